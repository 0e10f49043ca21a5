//! Over HTTP: guests of public events register with name and e-mail only, confirm and cancel
//! with the link in the mail (a reused link gets a clear message); events are found in search;
//! a series of meetings gets its dates and one invitation.

use crate::ateliers::{YOUSSEF, demo};
use axum::http::StatusCode;

#[tokio::test]
async fn a_visitor_registers_for_a_public_event_by_mail_link_without_an_account() {
    let mut visitor = demo().await;
    let agenda = visitor.get("/agenda").await;
    let event = agenda.link(
        ".event-list a",
        "Open middag: tellen én vertellen over bestaanszekerheid",
    );
    let page = visitor.get(&event).await;
    assert!(page.has("#guest_email"), "the guest form");

    let refused = visitor
        .post_form(
            &format!("{event}/gast"),
            &[("guest_name", "Bea Bakker"), ("guest_email", "geen-adres")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attr("#guest_name", "value").as_deref(),
        Some("Bea Bakker")
    );
    assert!(refused.has("#guest_email-error"));

    let sent = visitor
        .post_form(
            &format!("{event}/gast"),
            &[
                ("guest_name", "Bea Bakker"),
                ("guest_email", "bea@example.nl"),
            ],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    let mails = visitor.mails().await;
    let mail = mails
        .iter()
        .find(|m| m.contains("To: bea@example.nl"))
        .expect("a confirmation mail");
    let token = crate::support::link_token(mail, "/agenda/gast/");
    let own = format!("/agenda/gast/{token}");
    let pending = visitor.get(&own).await;
    assert!(pending.text("main").contains("Bevestig je aanmelding"));

    let confirmed = visitor.post_form(&own, &[("actie", "bevestigen")]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert!(
        visitor
            .get(&own)
            .await
            .text("main")
            .contains("Je bent aangemeld")
    );
    // The same link again: a clear message, nothing changes.
    visitor.post_form(&own, &[("actie", "bevestigen")]).await;
    assert!(
        visitor
            .get(&own)
            .await
            .text(".flash")
            .contains("al bevestigd")
    );

    // The organiser sees the guest in the list.
    let mut youssef = visitor.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert!(
        youssef
            .get(&event)
            .await
            .text("#deelnemers table")
            .contains("Bea Bakker")
    );

    visitor.post_form(&own, &[("actie", "afmelden")]).await;
    assert!(visitor.get(&own).await.text("main").contains("afgemeld"));
    assert_eq!(
        visitor.get("/agenda/gast/onbekend").await.status,
        StatusCode::NOT_FOUND
    );
    // Every registration sends a mail: three per address per hour.
    let again = [
        ("guest_name", "Bea Bakker"),
        ("guest_email", "bea@example.nl"),
    ];
    for _ in 0..2 {
        let sent = visitor.post_form(&format!("{event}/gast"), &again).await;
        assert_eq!(sent.status, StatusCode::SEE_OTHER);
    }
    assert_eq!(
        visitor
            .post_form(&format!("{event}/gast"), &again)
            .await
            .status,
        StatusCode::TOO_MANY_REQUESTS
    );
}

#[tokio::test]
async fn events_are_found_in_search() {
    let mut visitor = demo().await;
    let found = visitor.get("/kennis?q=verhalen&type=evenement").await;
    assert_eq!(found.status, StatusCode::OK);
    assert!(
        found
            .text("main")
            .contains("Bijeenkomst: verhalen als bewijs"),
        "{}",
        found.text("main")
    );
}

#[tokio::test]
async fn a_series_of_meetings_every_fourth_thursday() {
    let mut facilitator = demo().await;
    facilitator
        .log_in_as(
            crate::ateliers::FACILITATOR.0,
            crate::ateliers::FACILITATOR.1,
        )
        .await;
    let form = facilitator.get("/agenda/nieuw").await;
    assert!(form.has("#repeat"));
    let html = form.html();
    let option = scraper::Selector::parse("#atelier option").unwrap();
    let impact = html
        .select(&option)
        .find(|o| o.text().collect::<String>() == "Impact")
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .unwrap();
    let mut fields = vec![
        ("atelier", impact.as_str()),
        ("title", "Leeratelier Impact"),
        ("kind", "meeting"),
        ("mode", "in_person"),
        ("date", "2027-01-28"),
        ("start", "19:30"),
        ("end", "21:30"),
        ("location", "Buurthuis De Brug"),
        ("repeat", "monthly-weekday"),
    ];
    let mut bad = fields.clone();
    bad.push(("repeat_count", "0"));
    let refused = facilitator.post_form("/agenda", &bad).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.has("#repeat_count-error"));
    assert_eq!(
        refused.attr("#title", "value").as_deref(),
        Some("Leeratelier Impact")
    );
    fields.push(("repeat_count", "3"));
    let created = facilitator.post_form("/agenda", &fields).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let first = facilitator.get(created.location()).await;
    let dates = first.texts("section[aria-labelledby=series-heading] li");
    assert_eq!(dates.len(), 3, "{dates:?}");
    assert!(dates[0].starts_with("28-01-2027 19:30"));
    assert!(dates[1].starts_with("25-02-2027 19:30"));
    assert!(dates[2].starts_with("25-03-2027 19:30"));
    let invitations = facilitator
        .mails()
        .await
        .into_iter()
        .filter(|m| m.contains("Uitnodiging: Leeratelier Impact") && m.contains("To: youssef@"))
        .count();
    assert_eq!(invitations, 1, "one invitation for the series");
}

#[tokio::test]
async fn the_agenda_as_a_month_table() {
    let mut visitor = demo().await;
    let list = visitor.get("/agenda").await;
    let month = visitor
        .get(&list.link(".inline-links a", "Maandoverzicht"))
        .await;
    assert_eq!(month.text("table.month caption"), "januari 2027");
    let february = visitor
        .get(&month.link(".inline-links a", "Volgende maand"))
        .await;
    assert_eq!(february.text("table.month caption"), "februari 2027");
    assert!(february.text("table.month").contains("Open middag"));
    assert_eq!(february.texts("table.month th").len(), 7);
    assert_eq!(
        visitor.get("/agenda?maand=2027-13").await.status,
        StatusCode::NOT_FOUND
    );
}
