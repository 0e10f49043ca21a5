//! Two instances of the platform on one database, a browser's requests going to them in turn
//! (round robin, as nginx's default upstream sends them): sessions and CSRF tokens made by one
//! are accepted by the other, what one indexes the other finds, a job runs once however many
//! workers run, and two members racing for the last place get one place and one waiting-list
//! spot. With `TEST_DATABASE_URL` this runs on PostgreSQL, the set-up for several instances.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo};
use axum::http::StatusCode;

#[tokio::test]
async fn two_instances_behave_as_one() {
    let a = demo().await;
    let b = a.second_instance();

    // Sessions and CSRF: logged in through one, every later request works through either.
    let mut youssef = a.round_robin_with(&b);
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    for _ in 0..4 {
        assert_eq!(youssef.get("/account").await.status, StatusCode::OK);
    }
    let mut facilitator = a.round_robin_with(&b);
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let form = facilitator.get("/agenda/nieuw").await;
    let atelier = form
        .html()
        .select(&scraper::Selector::parse("#atelier option").unwrap())
        .find(|o| o.text().collect::<String>() == "Impact")
        .and_then(|o| o.value().attr("value").map(str::to_owned))
        .unwrap();
    // The form came from one instance; it is posted to the other.
    let created = facilitator
        .post_form(
            "/agenda",
            &[
                ("atelier", &atelier),
                ("title", "Rondetafel over veerkrachtmeting"),
                ("kind", "meeting"),
                ("mode", "in_person"),
                ("date", "2027-03-18"),
                ("start", "19:30"),
                ("end", "21:30"),
                ("location", "Buurthuis De Brug"),
                ("online_url", ""),
                ("capacity", "1"),
                ("description", "Eén plaats."),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let event = created.location().to_owned();

    // Search: written through one instance, found through both.
    for _ in 0..2 {
        let found = facilitator.get("/kennis?q=veerkrachtmeting").await;
        assert!(
            found
                .text("main")
                .contains("Rondetafel over veerkrachtmeting")
        );
    }

    // Jobs: both instances' workers run at once; every invitation goes out exactly once.
    let (sent_a, sent_b) = tokio::join!(a.app.run_due_jobs(), b.app.run_due_jobs());
    assert!(sent_a.unwrap() + sent_b.unwrap() > 0);
    let mails = a.mails().await;
    let invitations = mails
        .iter()
        .filter(|m| m.contains("Rondetafel over veerkrachtmeting"))
        .filter(|m| m.contains("To: youssef@demo.leeratelier.nl"))
        .count();
    assert_eq!(invitations, 1, "one invitation, not one per worker");

    // The waiting list: two members take the only place at the same moment, one through each
    // instance; one gets it, the other waits.
    let going = [("status", "going")];
    let register = format!("{event}/aanmelden");
    let mut youssef_on_a = a.other_browser();
    youssef_on_a.cookies = youssef.cookies.clone();
    let mut facilitator_on_b = b.other_browser();
    facilitator_on_b.cookies = facilitator.cookies.clone();
    let (first, second) = tokio::join!(
        youssef_on_a.post_form(&register, &going),
        facilitator_on_b.post_form(&register, &going)
    );
    assert_eq!(first.status, StatusCode::SEE_OTHER);
    assert_eq!(second.status, StatusCode::SEE_OTHER);
    let lines = [
        youssef.get(&event).await.text("#aanmelden p"),
        facilitator.get(&event).await.text("#aanmelden p"),
    ];
    let placed = lines
        .iter()
        .filter(|l| l.contains("Je bent aangemeld"))
        .count();
    let waiting = lines.iter().filter(|l| l.contains("wachtlijst")).count();
    assert_eq!((placed, waiting), (1, 1), "{lines:?}");
}
