//! The agenda over HTTP: a facilitator plans an event (bad input is kept and explained), members
//! register until it is full and then join the waiting list, a freed place is offered by mail
//! and confirmed, organisers see and export the attendee list and record who came, and every
//! calendar file passes an independent iCalendar parser.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo};
use crate::support::{TestApp, TestResponse};
use axum::http::StatusCode;

/// Parses iCalendar text with the `ical` crate and returns each event's properties.
fn parse_ics(text: &str) -> Vec<Vec<(String, String)>> {
    let reader = ical::IcalParser::new(std::io::BufReader::new(text.as_bytes()));
    let mut events = Vec::new();
    for calendar in reader {
        let calendar = calendar.expect("valid iCalendar");
        for event in calendar.events {
            events.push(
                event
                    .properties
                    .into_iter()
                    .map(|p| (p.name, p.value.unwrap_or_default()))
                    .collect(),
            );
        }
    }
    events
}

fn property<'a>(event: &'a [(String, String)], name: &str) -> &'a str {
    event
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
        .unwrap_or_default()
}

/// The value of the atelier "Impact" in the new-event form.
async fn atelier_id(t: &mut TestApp) -> String {
    let form = t.get("/agenda/nieuw").await;
    let html = form.html();
    let option = scraper::Selector::parse("#atelier option").unwrap();
    html.select(&option)
        .find(|o| o.text().collect::<String>() == "Impact")
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .unwrap()
}

fn fields<'a>(atelier: &'a str, capacity: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("atelier", atelier),
        ("title", "Bijeenkomst: verhalen als bewijs"),
        ("kind", "meeting"),
        ("mode", "hybrid"),
        ("date", "2027-02-18"),
        ("start", "19:30"),
        ("end", "21:30"),
        ("location", "Buurthuis De Brug, Utrecht"),
        ("online_url", "https://meet.example.nl/impact"),
        ("capacity", capacity),
        ("description", "We bespreken *verhalen*; neem er één mee."),
    ]
}

fn status_line(page: &TestResponse) -> String {
    page.text("#aanmelden p")
}

#[tokio::test]
async fn plan_register_wait_offer_confirm_export_and_cancel() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let atelier = atelier_id(&mut facilitator).await;

    // Bad input: everything kept, each problem named.
    let mut bad = fields(&atelier, "0");
    bad.retain(|(k, _)| *k != "end");
    bad.push(("end", "18:00"));
    let refused = facilitator.post_form("/agenda", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attr("#title", "value").as_deref(),
        Some("Bijeenkomst: verhalen als bewijs")
    );
    assert!(refused.text("#end-error").contains("na het begin"));
    assert!(refused.text("#capacity-error").contains("1 of meer"));

    let created = facilitator
        .post_form("/agenda", &fields(&atelier, "1"))
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let path = created.location().to_owned();
    assert!(path.starts_with("/agenda/"), "{path}");
    // Members whose way of taking part includes meetings are invited by mail.
    let invitations: Vec<String> = facilitator
        .mails()
        .await
        .into_iter()
        .filter(|m| m.contains("Uitnodiging: Bijeenkomst: verhalen als bewijs"))
        .collect();
    assert!(
        invitations
            .iter()
            .any(|m| m.contains("To: youssef@demo.leeratelier.nl"))
    );
    assert!(
        !invitations
            .iter()
            .any(|m| m.contains("To: els@demo.leeratelier.nl")),
        "a pending request is no membership"
    );
    assert!(
        !invitations.iter().any(|m| m.contains("To: facilitator@")),
        "not the organiser"
    );
    let agenda = facilitator.get("/agenda").await;
    assert!(agenda.text("main").contains("februari 2027"));
    assert!(
        agenda
            .text("main")
            .contains("Bijeenkomst: verhalen als bewijs")
    );

    // A visitor sees the public atelier's meeting, not its online link, and cannot register.
    let mut visitor = facilitator.other_browser();
    visitor.log_out().await;
    let seen = visitor.get(&path).await;
    assert_eq!(seen.status, StatusCode::OK);
    assert!(!seen.body.contains("meet.example.nl"));
    assert!(seen.text("#aanmelden").contains("Log in"));
    // The atelier's page lists it, with the atelier's calendar feed.
    let atelier_page = visitor.get(&seen.link(".breadcrumb a", "Impact")).await;
    let section = atelier_page.text("section[aria-labelledby=events-heading]");
    assert!(
        section.contains("Bijeenkomst: verhalen als bewijs"),
        "{section}"
    );
    assert!(atelier_page.has(&format!("a[href='/agenda/atelier/{atelier}.ics']")));

    // Youssef takes the only place and sees the link; the facilitator joins the waiting list.
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let going = youssef
        .post_form(&format!("{path}/aanmelden"), &[("status", "going")])
        .await;
    assert_eq!(going.status, StatusCode::SEE_OTHER);
    let page = youssef.get(&path).await;
    assert!(status_line(&page).contains("Je bent aangemeld"));
    assert!(page.body.contains("https://meet.example.nl/impact"));
    facilitator
        .post_form(&format!("{path}/aanmelden"), &[("status", "going")])
        .await;
    assert!(status_line(&facilitator.get(&path).await).contains("wachtlijst"));
    // Els has only asked to join the atelier: she may read, not register.
    let mut els = facilitator.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(
        els.post_form(&format!("{path}/aanmelden"), &[("status", "going")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let nonsense = youssef
        .post_form(&format!("{path}/aanmelden"), &[("status", "offered")])
        .await;
    assert_eq!(nonsense.status, StatusCode::UNPROCESSABLE_ENTITY);

    // Youssef cancels: the place is offered to the facilitator by mail, who confirms.
    youssef
        .post_form(&format!("{path}/aanmelden"), &[("status", "not_going")])
        .await;
    let mails = facilitator.mails().await;
    assert!(
        mails.iter().any(|m| m.contains("Er is een plaats vrij")
            && m.contains(&format!("http://leeratelier.test{path}"))),
        "{mails:?}"
    );
    let offered = facilitator.get(&path).await;
    assert!(status_line(&offered).contains("plaats vrijgekomen"));
    facilitator
        .post_form(&format!("{path}/aanmelden"), &[("status", "going")])
        .await;
    assert!(status_line(&facilitator.get(&path).await).contains("Je bent aangemeld"));

    // Youssef becomes a co-organiser and sees the organiser tools; Els (not a member) cannot.
    let youssef_id = facilitator
        .get(&path)
        .await
        .html()
        .select(&scraper::Selector::parse("#organiser option").unwrap())
        .find(|o| o.text().collect::<String>().contains("Youssef"))
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .unwrap();
    let els_id = crate::ateliers::user_id(&facilitator, ELS.0)
        .await
        .to_string();
    assert_eq!(
        facilitator
            .post_form(&format!("{path}/organisatoren"), &[("organiser", &els_id)])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    facilitator
        .post_form(
            &format!("{path}/organisatoren"),
            &[("organiser", &youssef_id)],
        )
        .await;
    assert!(
        youssef.get(&path).await.has("#deelnemers"),
        "a co-organiser organises"
    );
    assert!(
        facilitator
            .get(&path)
            .await
            .text("main")
            .contains("Organisatie")
    );

    // Organisers: the attendee list, CSV export and check-in; members get no list.
    let organiser_view = facilitator.get(&path).await;
    assert!(organiser_view.text("#deelnemers table").contains("Youssef"));
    let csv = facilitator.get(&format!("{path}/deelnemers.csv")).await;
    assert_eq!(csv.status, StatusCode::OK);
    assert!(csv.body.contains("\"Naam\";\"E-mail\""), "{}", csv.body);
    assert!(csv.body.contains("\"Komt\""));
    assert_eq!(
        els.get(&format!("{path}/deelnemers.csv")).await.status,
        StatusCode::FORBIDDEN,
        "not for someone who does not organise"
    );

    let me = organiser_view
        .attr("#deelnemers input[name=registration]", "value")
        .unwrap();
    let came = facilitator
        .post_form(
            &format!("{path}/aanwezig"),
            &[("registration", &me), ("came", "1")],
        )
        .await;
    assert_eq!(came.status, StatusCode::SEE_OTHER);
    assert!(
        facilitator
            .get(&path)
            .await
            .text("#deelnemers table")
            .contains("ja")
    );

    // Calendar files, read by an independent parser.
    let ics = visitor.get(&format!("{path}/evenement.ics")).await;
    assert_eq!(ics.status, StatusCode::OK);
    let events = parse_ics(&ics.body);
    assert_eq!(events.len(), 1);
    assert_eq!(property(&events[0], "DTSTART"), "20270218T183000Z");
    assert_eq!(property(&events[0], "STATUS"), "CONFIRMED");
    let uid = property(&events[0], "UID").to_owned();
    assert!(uid.starts_with("event-"), "{uid}");
    let atelier_feed = visitor.get(&format!("/agenda/atelier/{atelier}.ics")).await;
    let listed = parse_ics(&atelier_feed.body);
    assert!(
        listed.iter().any(|e| property(e, "UID") == uid),
        "same UID in every feed"
    );
    let feed_url = facilitator
        .get("/agenda")
        .await
        .attr("#feed-url", "value")
        .unwrap();
    let feed_path = feed_url
        .trim_start_matches("http://leeratelier.test")
        .to_owned();
    let personal = visitor.get(&feed_path).await;
    assert_eq!(personal.status, StatusCode::OK, "no log-in needed");
    assert!(
        parse_ics(&personal.body)
            .iter()
            .any(|e| property(e, "UID") == uid)
    );
    facilitator
        .post_form("/agenda/mijn-feed/vernieuwen", &[])
        .await;
    assert_eq!(visitor.get(&feed_path).await.status, StatusCode::NOT_FOUND);

    // Cancelling: marked, mailed, and the calendar says so.
    let cancelled = facilitator
        .post_form(&format!("{path}/annuleren"), &[])
        .await;
    assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
    assert!(
        facilitator
            .get(&path)
            .await
            .text("main")
            .contains("gaat niet door")
    );
    let ics = visitor.get(&format!("{path}/evenement.ics")).await;
    assert_eq!(property(&parse_ics(&ics.body)[0], "STATUS"), "CANCELLED");
    assert!(
        facilitator
            .mails()
            .await
            .iter()
            .any(|m| m.contains("Geannuleerd"))
    );
    assert_eq!(
        youssef
            .post_form(&format!("{path}/aanmelden"), &[("status", "going")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "a cancelled event takes no registrations"
    );
}
