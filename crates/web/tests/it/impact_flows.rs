//! The impact model's flows over HTTP: an import with every kind of bad row is reported by line
//! and saves nothing, the upload comes back as a corrections file, a clean CSV or XLSX saves all
//! rows at once; exports are safe to open; an MSC round goes from collecting to the panel's
//! choice to feedback mailed to the team; effects carry every facet.

use crate::ateliers::{YOUSSEF, demo};
use crate::impact::{fresh, indicator, person};
use axum::http::StatusCode;

const HEADER: &str = "pseudoniem;indicator;meetmoment;datum;waarde;perspectief;toelichting\n";

#[tokio::test]
async fn an_import_is_checked_line_by_line_and_saved_all_or_nothing() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    indicator(&mut t, &impact).await;
    for n in 1..=6 {
        person(
            &mut t,
            &impact,
            &format!("BK-{n}"),
            if n < 4 { "Noord" } else { "Zuid" },
        )
        .await;
    }
    let bad = format!(
        "{HEADER}BK-1;BK-1;nulmeting;1-3-2026;veel;;\n\
         BK-2;BK-1;nulmeting;1-3-2026;9;;\n\
         ONBEKEND-7;BK-1;nulmeting;1-3-2026;3;;\n\
         BK-3;BK-1;nulmeting;1-3-2026;3;;=HYPERLINK(\"http://x\")\n\
         BK-4;BK-1;nulmeting;1-3-2026;3;;\n\
         BK-4;BK-1;nulmeting;1-3-2026;4;;\n"
    );
    let upload = t
        .post_file(
            &format!("{impact}/metingen/importeren"),
            "metingen.csv",
            bad.as_bytes(),
            true,
        )
        .await;
    assert_eq!(upload.status, StatusCode::SEE_OTHER, "{}", upload.body);
    let preview_path = upload.location().to_owned();
    let preview = t.get(&preview_path).await;
    assert_eq!(preview.status, StatusCode::UNPROCESSABLE_ENTITY);
    let problems = preview.texts(".error-summary li");
    for expected in [
        "Regel 2, kolom waarde",
        "Regel 3, kolom waarde",
        "Regel 4, kolom pseudoniem",
        "Regel 5, kolom toelichting",
        "Regel 7, kolom pseudoniem: dezelfde meting staat al op regel 6",
    ] {
        assert!(
            problems.iter().any(|p| p.starts_with(expected)),
            "{expected} in {problems:?}"
        );
    }
    assert!(
        !preview.has("main form button[type=submit]"),
        "nothing to save"
    );
    let commit = t.post_form(&preview_path, &[]).await;
    assert_eq!(
        commit.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "refused again"
    );
    assert_eq!(
        t.get(&format!("{impact}/metingen.csv"))
            .await
            .body
            .lines()
            .count(),
        1
    );
    let corrections = t.get(&format!("{preview_path}/correcties.csv")).await;
    assert!(corrections.body.contains("problemen"));
    assert!(corrections.body.contains("'=HYPERLINK"), "made safe");
    assert!(corrections.body.lines().nth(1).unwrap().contains("Regel 2"));

    let wrong_columns = t
        .post_file(
            &format!("{impact}/metingen/importeren"),
            "m.csv",
            b"naam;score\nJan;3\n",
            true,
        )
        .await;
    let wrong_path = wrong_columns.location().to_owned();
    let shown = t.get(&wrong_path).await;
    assert!(
        shown
            .text(".error-summary")
            .contains("onbekende kolom \"naam\"")
    );
    let junk = t
        .post_file(
            &format!("{impact}/metingen/importeren"),
            "m.xlsx",
            b"geen spreadsheet",
            true,
        )
        .await;
    assert_eq!(junk.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(junk.has("#file-error"));

    // Seen once before the import, so figures kept from before must not be shown after it.
    assert!(!t.get(&impact).await.has("svg.chart"));
    let mut good = String::from(HEADER);
    for n in 1..=6 {
        good.push_str(&format!("BK-{n};BK-1;nulmeting;1-3-2026;2;;\n"));
        good.push_str(&format!(
            "BK-{n};BK-1;eindmeting;1-9-2026;{};;\n",
            3 + n % 3
        ));
    }
    let upload = t
        .post_file(
            &format!("{impact}/metingen/importeren"),
            "goed.csv",
            good.as_bytes(),
            true,
        )
        .await;
    let preview_path = upload.location().to_owned();
    let ready = t.get(&preview_path).await;
    assert_eq!(ready.status, StatusCode::OK);
    assert!(ready.text("main").contains("12"));
    let saved = t.post_form(&preview_path, &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let dashboard = t.get(&impact).await;
    assert!(dashboard.has("svg.chart"));
    assert!(
        dashboard.text("main").contains("minder dan 5"),
        "Noord and Zuid hold 3 each"
    );
    assert_eq!(
        t.get(&preview_path).await.status,
        StatusCode::NOT_FOUND,
        "dropped once saved"
    );

    let xlsx = t.get(&format!("{impact}/metingen.xlsx")).await;
    assert_eq!(xlsx.status, StatusCode::OK);
    let back = app::impact::sheets::read_upload("m.xlsx", &xlsx.bytes).unwrap();
    assert_eq!(back.len(), 13);
    // The export imports back; every row is already there, so each is reported.
    let again = t
        .post_file(
            &format!("{impact}/metingen/importeren"),
            "terug.xlsx",
            &xlsx.bytes,
            true,
        )
        .await;
    let again = t.get(again.location()).await;
    assert_eq!(again.texts(".error-summary li").len(), 12);

    // A staged upload holds people's values: a week later it is gone.
    assert_eq!(
        t.get(&wrong_path).await.status,
        StatusCode::UNPROCESSABLE_ENTITY
    );
    t.app.clock().advance(8 * 24 * 3600);
    t.app.purge_expired().await.unwrap();
    assert_eq!(t.get(&wrong_path).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn answers_in_words_are_counted_on_the_dashboard() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    let made = t
        .post_form(
            &format!("{impact}/indicatoren"),
            &[
                ("node", "1"),
                ("code", "WOORD"),
                ("name", "Wat is er veranderd"),
                ("definition", "Antwoord in eigen woorden"),
                ("kind", "qualitative"),
                ("aggregation", "sum"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let mut sheet = String::from(HEADER);
    for n in 1..=6 {
        person(&mut t, &impact, &format!("BK-{n}"), "Noord").await;
        sheet.push_str(&format!(
            "BK-{n};WOORD;eindmeting;1-9-2026;meer contact;;\n"
        ));
    }
    let upload = t
        .post_file(
            &format!("{impact}/metingen/importeren"),
            "w.csv",
            sheet.as_bytes(),
            true,
        )
        .await;
    let saved = t.post_form(upload.location(), &[]).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let table = t.get(&impact).await.text("table.data-table tbody");
    // Six answers: six people and a count of six, not a sum of zeros.
    assert_eq!(table, "Eindmeting66");
}
