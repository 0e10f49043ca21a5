//! Running a meeting over HTTP: agenda topics onto the meeting, an intervision format with its
//! step view, notes behind the client-data guard, and the outcome report as a draft verslag.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo};
use axum::http::StatusCode;

#[tokio::test]
async fn a_facilitator_runs_an_intervision_session_and_publishes_its_report() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let agenda = facilitator.get("/agenda").await;
    let event = agenda.link(
        ".event-list a",
        "Intervisie: als de cijfers iets anders zeggen dan je gevoel",
    );
    // A topic the atelier proposed goes onto this meeting's agenda.
    let page = facilitator.get(&event).await;
    let topic = page.attr("#topic option", "value").unwrap();
    let scheduled = facilitator
        .post_form(&format!("{event}/onderwerpen"), &[("topic", &topic)])
        .await;
    assert_eq!(scheduled.status, StatusCode::SEE_OTHER);
    let mut reader = facilitator.other_browser();
    reader.log_out().await;
    let agenda_section = reader
        .get(&event)
        .await
        .text("section[aria-labelledby=agenda-onderwerpen]");
    assert!(
        agenda_section.contains("Verhalen verzamelen zonder cliënten te belasten")
            || agenda_section.contains("Welke cijfers"),
        "{agenda_section}"
    );
    assert_eq!(
        facilitator
            .post_form(&format!("{event}/onderwerpen"), &[("topic", "999999")])
            .await
            .status,
        StatusCode::UNPROCESSABLE_ENTITY
    );

    let chosen = facilitator
        .post_form(&format!("{event}/werkvorm"), &[("format", "incident")])
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    let step_one = facilitator.get(&format!("{event}/sessie")).await;
    assert_eq!(step_one.status, StatusCode::OK);
    assert_eq!(step_one.text("h1"), "Opening en check-in");
    let step_two = facilitator
        .get(&step_one.link(".session-nav a.button", "Volgende stap"))
        .await;
    assert_eq!(step_two.text("h1"), "Het incident vertellen");
    assert!(step_two.has("[aria-current=step]"));

    // Notes with what looks like a client's BSN are held back until the writer confirms.
    let notes = "Casus van mevrouw met BSN 111222333 besproken.";
    let held = facilitator
        .post_form(
            &format!("{event}/notities"),
            &[("notes", notes), ("stap", "2")],
        )
        .await;
    assert_eq!(held.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(held.has(".guard-warning"));
    assert_eq!(held.text("#notes"), notes, "nothing lost");
    let anonymous = "We bespraken hoe registratie en gevoel uit elkaar kunnen lopen.";
    let saved = facilitator
        .post_form(
            &format!("{event}/notities"),
            &[("notes", anonymous), ("stap", "2")],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(saved.location().ends_with("/sessie?stap=2"));

    // A member cannot open the step view.
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert_eq!(
        youssef.get(&format!("{event}/sessie")).await.status,
        StatusCode::FORBIDDEN
    );

    // The report may be published: what looks like client data is held back until confirmed.
    let client = "Mevrouw met BSN 111222333 kwam ter sprake.";
    let held = facilitator
        .post_form(&format!("{event}/verslag"), &[("insights", client)])
        .await;
    assert_eq!(held.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(held.has(".guard-warning"));
    assert_eq!(held.text("#insights"), client, "nothing lost");

    // The outcome report: empty is refused, then saved and published once.
    let empty = facilitator
        .post_form(&format!("{event}/verslag"), &[("insights", " ")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    let report = facilitator
        .post_form(
            &format!("{event}/verslag"),
            &[
                ("insights", "Cijfers en verhalen vullen elkaar aan."),
                ("decisions", "We proberen een verhalenronde in de wijk."),
                ("actions", "Youssef zet een opzet op het forum."),
            ],
        )
        .await;
    assert_eq!(report.status, StatusCode::SEE_OTHER);
    let published = facilitator
        .post_form(&format!("{event}/verslag/publiceren"), &[])
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let item = published.location().to_owned();
    assert!(item.starts_with("/kennis/"), "{item}");
    let page = facilitator.get(&item).await;
    let page = if page.status == StatusCode::PERMANENT_REDIRECT {
        facilitator.get(page.location()).await
    } else {
        page
    };
    assert!(
        page.text("h1").contains("Verslag: Intervisie"),
        "{}",
        page.text("h1")
    );
    assert!(
        page.text("main")
            .contains("Cijfers en verhalen vullen elkaar aan")
    );
    assert!(
        page.text("main").contains("registratie en gevoel"),
        "the notes"
    );
    let again = facilitator
        .post_form(&format!("{event}/verslag/publiceren"), &[])
        .await;
    assert_eq!(again.location(), item, "published once");
}
