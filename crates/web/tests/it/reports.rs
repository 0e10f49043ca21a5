//! Reports over HTTP on the demo housing team: a bad report keeps its text (422); a draft is
//! laid out (a section hidden, one moved, own text) and shows every claim with its basis and
//! a link into the evidence list; publishing freezes the figures against later measurements;
//! a share link shows the report without an account until it is revoked (410); the PDF is a
//! tagged PDF/UA file that `pdftoppm` turns into pages.

use crate::ateliers::{FACILITATOR, demo};
use crate::impact::housing;
use crate::support::{TestApp, TestResponse};
use axum::http::StatusCode;

/// Starts a report on the demo housing model; returns its path.
async fn new_report(t: &mut TestApp, impact: &str) -> String {
    let made = t
        .post_form(
            &format!("{impact}/rapporten"),
            &[
                ("title", "Rapportage Wmo 2024–2025"),
                ("template", "municipality"),
                ("from", "2024-01-01"),
                ("to", "2025-12-31"),
                ("plan", ""),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    made.location().to_owned()
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The PDF is tagged (a structure tree, marked content, PDF/UA) and has pages with text.
pub(crate) fn assert_accessible_pdf(pdf: &TestResponse, expected_text: &str) {
    assert_eq!(pdf.status, StatusCode::OK);
    assert!(pdf.bytes.starts_with(b"%PDF-"));
    assert!(contains(&pdf.bytes, b"/StructTreeRoot"), "structure tree");
    assert!(contains(&pdf.bytes, b"/Marked true"), "marked content");
    assert!(contains(&pdf.bytes, b"pdfuaid:part"), "PDF/UA");
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("rapport.pdf");
    std::fs::write(&file, &pdf.bytes).unwrap();
    // `pdftoppm` and `pdftotext` come with poppler-utils, which CI installs. Without them
    // (a fresh developer machine) only the byte checks above run, unless CI asks for all.
    let required = std::env::var_os("REQUIRE_POPPLER").is_some();
    let Ok(pages) = std::process::Command::new("pdftoppm")
        .args(["-r", "30", "-png"])
        .arg(&file)
        .arg(dir.path().join("page"))
        .status()
    else {
        assert!(!required, "pdftoppm is missing");
        return;
    };
    assert!(pages.success());
    let count = std::fs::read_dir(dir.path())
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .ends_with(".png")
        })
        .count();
    assert!(count >= 2, "pages: {count}");
    let text = std::process::Command::new("pdftotext")
        .arg(&file)
        .arg("-")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains(expected_text), "{text}");
}

#[tokio::test]
async fn a_team_lays_out_publishes_and_shares_a_report() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = format!("{}/impact", housing(&mut t).await);

    // A report without a title and with the period the wrong way round keeps what was typed.
    let bad = t
        .post_form(
            &format!("{impact}/rapporten"),
            &[
                ("title", ""),
                ("template", "fund"),
                ("from", "2025-12-31"),
                ("to", "2025-01-01"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.has("#title[aria-invalid='true']"));
    assert!(bad.text("#to-error").contains("voor de begindatum"));
    assert!(bad.has("#template option[value='fund'][selected]"));

    let report = new_report(&mut t, &impact).await;
    let draft = t.get(&report).await;
    assert_eq!(draft.status, StatusCode::OK);
    let headings = draft.texts(".report-section h2");
    assert_eq!(headings[0], "De vraag en het doel");
    assert!(
        headings.iter().any(|h| h == "Bronnen en onderbouwing"),
        "{headings:?}"
    );
    // No plan chosen: the gap is said, not hidden.
    assert!(draft.text("main").contains("geen impactplan"));
    // Every source line links to a record in the evidence list.
    let sources = draft.texts(".report-source a");
    assert!(
        sources
            .iter()
            .any(|s| s.starts_with("Bron: gemeten — WOON-1")),
        "{sources:?}"
    );
    assert!(draft.has(".report-record h3[id^='bron-indicator-']"));
    assert!(draft.has(".report-document svg"));

    // A text that is too long is refused with everything kept; the rest saves with a move.
    let long = "x".repeat(10_001);
    let mut fields = vec![
        ("title", "Rapportage Wmo 2024–2025"),
        ("template", "municipality"),
        ("from", "2024-01-01"),
        ("to", "2025-12-31"),
        ("plan", ""),
    ];
    let codes = [
        "question",
        "reach",
        "changes",
        "unexpected",
        "contribution",
        "theory",
        "value",
        "learning",
        "methods",
    ];
    for code in codes {
        fields.push(("section", code));
    }
    let shown: Vec<String> = codes
        .iter()
        .filter(|c| **c != "question")
        .map(|c| format!("shown_{c}"))
        .collect();
    for s in &shown {
        fields.push((s.as_str(), "on"));
    }
    let mut refused = fields.clone();
    refused.push(("text_learning", &long));
    let page = t.post_form(&report, &refused).await;
    assert_eq!(page.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(page.has("#text_learning[aria-invalid='true']"));
    assert!(
        !page.has("#shown_question[checked]"),
        "the unticked box stays unticked"
    );

    fields.push(("text_learning", "We gaan vaker met cliënten samen meten."));
    fields.push(("move", "up:changes"));
    let saved = t.post_form(&report, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let draft = t.get(&report).await;
    let headings = draft.texts(".report-section h2");
    assert_eq!(headings[0], "Wat er veranderde", "{headings:?}");
    assert!(
        !headings.iter().any(|h| h == "De vraag en het doel"),
        "hidden"
    );
    assert!(
        draft
            .text("main")
            .contains("We gaan vaker met cliënten samen meten.")
    );
    let before = draft.text(".report-document");

    // Sharing needs a published report.
    let early = t
        .post_form(&format!("{report}/delen"), &[("label", "gemeente")])
        .await;
    assert_eq!(early.status, StatusCode::UNPROCESSABLE_ENTITY);

    let published = t.post_form(&format!("{report}/publiceren"), &[]).await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let frozen = t.get(&report).await;
    assert!(frozen.text("main").contains("gegevens zijn vastgelegd"));
    assert!(!frozen.has("#builder"));
    let frozen_text = frozen.text(".report-document");

    // A later measurement (a new person measured in the period) changes a draft, not this.
    let made = t
        .post_form(
            &format!("{impact}/personen"),
            &[
                ("pseudonym", "WB-999"),
                ("attr_wijk", "Noord"),
                ("consent_evaluation", "1"),
                ("consent_report", "1"),
            ],
        )
        .await;
    assert_eq!(made.status, StatusCode::SEE_OTHER, "{}", made.body);
    let person = made.location().to_owned();
    let indicator = t
        .get(&person)
        .await
        .attr("#indicator option:nth-child(2)", "value")
        .unwrap();
    let measured = t
        .post_form(
            &format!("{person}/metingen"),
            &[
                ("indicator", &indicator),
                ("timepoint", "baseline"),
                ("date", "1-3-2025"),
                ("perspective", ""),
                ("value", "3"),
            ],
        )
        .await;
    assert_eq!(measured.status, StatusCode::SEE_OTHER, "{}", measured.body);
    let after = t.get(&report).await.text(".report-document");
    assert_eq!(after, frozen_text);
    let reached = |text: &str| -> i64 {
        let at = text.find(" mensen gemeten die toestemming").unwrap();
        text[..at].rsplit(' ').next().unwrap().parse().unwrap()
    };
    let n = reached(&before);

    let pdf = t.get(&format!("{report}/rapport.pdf")).await;
    assert_accessible_pdf(&pdf, "Rapportage Wmo");

    // A share link, shown once; the funder needs no account.
    let shared = t
        .post_form(&format!("{report}/delen"), &[("label", "gemeente, Wmo")])
        .await;
    assert_eq!(shared.status, StatusCode::OK);
    let link = shared
        .html()
        .select(&scraper::Selector::parse("#new-link").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    let path = link
        .split_once("/rapport/")
        .map(|(_, token)| format!("/rapport/{token}"))
        .unwrap();
    t.log_out().await;
    let funder = t.get(&path).await;
    assert_eq!(funder.status, StatusCode::OK);
    // The same report, less the links to the team's own pages.
    let content = |page: &TestResponse| {
        let mut all = page.texts(".report-section h2");
        all.extend(page.texts(".report-text"));
        all.extend(page.texts(".report-source"));
        all.extend(page.texts(".report-document td"));
        all
    };
    assert_eq!(content(&funder), content(&frozen));
    assert!(
        !funder.has(".report-record a"),
        "no links to the team's own pages"
    );
    assert_eq!(
        t.get(&format!("{path}/rapport.pdf")).await.status,
        StatusCode::OK
    );
    assert_eq!(t.get("/rapport/00ff").await.status, StatusCode::NOT_FOUND);

    // Revoked: a clear page, not the report.
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let page = t.get(&report).await;
    let revoke = page
        .html()
        .select(&scraper::Selector::parse("#links form[action$='/intrekken']").unwrap())
        .next()
        .unwrap()
        .value()
        .attr("action")
        .unwrap()
        .to_owned();
    assert_eq!(
        t.post_form(&revoke, &[]).await.status,
        StatusCode::SEE_OTHER
    );
    t.log_out().await;
    let gone = t.get(&path).await;
    assert_eq!(gone.status, StatusCode::GONE);
    assert_eq!(
        t.get(&format!("{path}/rapport.pdf")).await.status,
        StatusCode::GONE
    );
    assert!(gone.text("h1").contains("ingetrokken"));

    // A new version starts as a draft with the same layout, live again.
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let next = t.post_form(&format!("{report}/nieuwe-versie"), &[]).await;
    assert_eq!(next.status, StatusCode::SEE_OTHER);
    let draft2 = t.get(next.location()).await;
    assert!(draft2.text("main").contains("Versie 2"));
    assert_eq!(
        reached(&draft2.text(".report-document")),
        n + 1,
        "the new version reads live data"
    );
    assert_eq!(draft2.texts(".report-section h2")[0], "Wat er veranderde");
}

#[tokio::test]
async fn others_do_not_see_a_teams_reports() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = format!("{}/impact", housing(&mut t).await);
    let report = new_report(&mut t, &impact).await;
    // Not under another theory of the same team either.
    let other = crate::theories::new_theory(&mut t, "Ander model").await;
    let id = report.rsplit('/').next().unwrap();
    let elsewhere = format!("{other}/impact/rapporten/{id}");
    assert_eq!(t.get(&elsewhere).await.status, StatusCode::NOT_FOUND);
    // A draft has no versions: it is changed in place.
    let refused = t.post_form(&format!("{report}/nieuwe-versie"), &[]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    t.log_out().await;
    t.log_in_as(crate::ateliers::ELS.0, crate::ateliers::ELS.1)
        .await;
    assert_eq!(t.get(&report).await.status, StatusCode::NOT_FOUND);
    assert_eq!(
        t.get(&format!("{report}/rapport.pdf")).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn every_demo_report_renders_to_an_accessible_pdf() {
    let mut t = demo().await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = format!("{}/impact", housing(&mut t).await);
    let list = t.get(&format!("{impact}/rapporten")).await;
    let reports: Vec<String> = list
        .html()
        .select(&scraper::Selector::parse("main .plan-list h2 a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert!(!reports.is_empty(), "the demo has a finished report");
    for report in reports {
        let page = t.get(&report).await;
        assert!(
            page.text("main").contains("gegevens zijn vastgelegd"),
            "published"
        );
        assert!(
            page.text(".report-document")
                .contains("We meten voortaan samen")
        );
        assert!(page.texts(".report-source a").len() > 3);
        let pdf = t.get(&format!("{report}/rapport.pdf")).await;
        assert_accessible_pdf(&pdf, "Ambulante woonbegeleiding");
    }
}
