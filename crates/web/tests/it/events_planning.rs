//! Who may plan events over HTTP, how the agenda follows each member's participation degree,
//! and reminders on or off.

use crate::ateliers::{ELS, YOUSSEF, demo};
use axum::http::StatusCode;

#[tokio::test]
async fn only_facilitators_plan_and_unknown_events_are_not_found() {
    let mut youssef = demo().await;
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    // Youssef facilitates Armoede: he may plan there, not in Impact.
    let form = youssef.get("/agenda/nieuw").await;
    assert_eq!(form.status, StatusCode::OK);
    let options = form.texts("#atelier option");
    assert_eq!(options, vec!["Armoede".to_owned()]);
    // A meeting in Armoede: Els takes part in public events only there, so it is not in her
    // agenda and she gets no invitation, but she can still find and open it.
    let armoede = form.attr("#atelier option", "value").unwrap();
    let planned = youssef
        .post_form(
            "/agenda",
            &[
                ("atelier", armoede.as_str()),
                ("title", "Werkbijeenkomst schuldhulp"),
                ("kind", "meeting"),
                ("mode", "in_person"),
                ("date", "2027-03-04"),
                ("start", "10:00"),
                ("end", "12:00"),
                ("location", "Wijkcentrum Oost"),
            ],
        )
        .await;
    assert_eq!(planned.status, StatusCode::SEE_OTHER, "{}", planned.body);
    let meeting = planned.location().to_owned();
    let mut els = youssef.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    assert!(
        !els.get("/agenda")
            .await
            .text("main")
            .contains("Werkbijeenkomst schuldhulp")
    );
    assert!(
        els.get("/agenda?alles=1")
            .await
            .text("main")
            .contains("Werkbijeenkomst schuldhulp")
    );
    assert_eq!(els.get(&meeting).await.status, StatusCode::OK);
    assert!(
        !youssef
            .mails()
            .await
            .iter()
            .any(|m| m.contains("To: els@demo.leeratelier.nl")
                && m.contains("Werkbijeenkomst schuldhulp"))
    );

    // Reminders a day before: on by default, off with the box unticked.
    assert!(
        youssef
            .get("/meldingen")
            .await
            .has("#event_reminders[checked]")
    );
    let saved = youssef.post_form("/meldingen/herinneringen", &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(
        !youssef
            .get("/meldingen")
            .await
            .has("#event_reminders[checked]")
    );

    // A new member facilitates nothing: no form.
    let mut newcomer = youssef.other_browser();
    newcomer.log_out().await;
    newcomer.register("nieuw@example.nl", "Nieuw Lid").await;
    assert_eq!(
        newcomer.get("/agenda/nieuw").await.status,
        StatusCode::FORBIDDEN
    );
    let mut anonymous = newcomer.other_browser();
    anonymous.log_out().await;
    assert_eq!(anonymous.get("/agenda").await.status, StatusCode::OK);
    assert_eq!(
        anonymous.get("/agenda/999999-niets").await.status,
        StatusCode::NOT_FOUND
    );
}
