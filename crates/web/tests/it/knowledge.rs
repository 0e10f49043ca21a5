//! The knowledge base over HTTP: write, review, publish, find by a stemmed query, history with
//! compare and restore, stable URLs.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo, path_of};
use crate::support::TestApp;
use axum::http::StatusCode;

/// The atelier id at the start of `/ateliers/{id}-{slug}`.
pub(crate) fn id_of(path: &str) -> String {
    path.trim_start_matches("/ateliers/")
        .split('-')
        .next()
        .unwrap()
        .to_owned()
}

pub(crate) fn item_fields<'a>(
    atelier: &'a str,
    title: &'a str,
    body: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("atelier", atelier),
        ("title", title),
        ("kind", "tool"),
        (
            "summary",
            "Een werkvorm om samen met bewoners te kijken wat er veranderd is.",
        ),
        ("body", body),
        ("purpose", "Samen effecten zien"),
        ("duration", "60 minuten"),
        ("visibility", "public"),
        ("language", "nl"),
        ("licence", "CC BY 4.0"),
        ("tags", "werkvorm, gemeente"),
        ("authors", "Y. Demo"),
    ]
}

const BODY: &str = "## Zo werkt het\n\nWij vergelijken methoden die passen bij kleine gemeenten.\n\n- Stap een\n- Stap twee";

/// Youssef (member of Impact) writes a draft; returns (item path, atelier id).
pub(crate) async fn draft(youssef: &mut TestApp) -> (String, String) {
    let impact = path_of(youssef, "Impact").await;
    let atelier = id_of(&impact);
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let form = youssef
        .get(&format!("/kennis/nieuw?atelier={atelier}"))
        .await;
    assert_eq!(form.status, StatusCode::OK);
    let created = youssef
        .post_form(
            "/kennis",
            &item_fields(&atelier, "Stappen voor de wijk", BODY),
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    (created.location().to_owned(), atelier)
}

#[tokio::test]
async fn an_item_is_written_reviewed_published_and_found() {
    let mut youssef = demo().await;
    let (item, _) = draft(&mut youssef).await;
    assert!(
        item.starts_with("/kennis/") && item.ends_with("-stappen-voor-de-wijk"),
        "{item}"
    );
    let page = youssef.get(&item).await;
    assert_eq!(page.text("h1"), "Stappen voor de wijk");
    assert!(page.text(".status").contains("Concept"));
    assert!(page.has(".prose h2"), "Markdown is rendered");

    // Nobody else sees a draft; its existence is not revealed.
    let mut visitor = youssef.other_browser();
    assert_eq!(visitor.get(&item).await.status, StatusCode::NOT_FOUND);
    let mut els = youssef.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(els.get(&item).await.status, StatusCode::NOT_FOUND);

    // Asking for review needs a reviewer.
    let none = youssef.post_form(&format!("{item}/review"), &[]).await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        none.text(".error-summary")
            .contains("minstens één reviewer")
    );
    let facilitator_id = crate::ateliers::user_id(&youssef, FACILITATOR.0)
        .await
        .to_string();
    let asked = youssef
        .post_form(&format!("{item}/review"), &[("reviewer", &facilitator_id)])
        .await;
    assert_eq!(asked.status, StatusCode::SEE_OTHER);
    let mails = youssef.mails().await;
    let mail = mails.last().unwrap();
    assert!(
        mail.contains("To: facilitator@demo.leeratelier.nl")
            && mail.contains("Stappen voor de wijk"),
        "{mail}"
    );

    // The reviewer comments and asks for changes; the author reads it and gets a mail.
    let mut facilitator = youssef.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let review = facilitator.get(&item).await;
    assert!(review.has("input[name=verdict][value=changes]"));
    let commented = facilitator
        .post_form(
            &format!("{item}/opmerkingen"),
            &[("comment", "Noem ook een bron."), ("verdict", "changes")],
        )
        .await;
    assert_eq!(commented.status, StatusCode::SEE_OTHER);
    assert!(
        youssef
            .mails()
            .await
            .last()
            .unwrap()
            .contains("To: youssef@demo.leeratelier.nl")
    );
    let seen = youssef.get(&item).await;
    assert!(seen.text(".comments").contains("Noem ook een bron."));
    assert!(seen.text(".comments").contains("Eerst aanpassen"));
    assert!(
        !seen.has(&format!("form[action='{item}/publiceren']")),
        "authors do not publish"
    );

    // The facilitator publishes; now everyone finds it by a stemmed query, with a snippet.
    let published = facilitator
        .post_form(&format!("{item}/publiceren"), &[])
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    assert_eq!(visitor.get(&item).await.status, StatusCode::OK);
    let found = visitor.get("/kennis?q=methode").await;
    let titles = found.texts(".hit h3");
    assert!(
        titles.contains(&"Stappen voor de wijk".to_owned()),
        "{titles:?}"
    );
    assert!(found.texts(".hit mark").iter().any(|m| m == "methoden"));
    let found = visitor.get("/kennis?q=gemeente&type=tool").await;
    assert!(
        found
            .texts(".hit h3")
            .contains(&"Stappen voor de wijk".to_owned())
    );
    assert!(found.has(".facets a.facet--selected"));
    assert!(found.texts(".facets h3").contains(&"Soort".to_owned()));
}

#[tokio::test]
async fn revisions_are_compared_and_restored_and_old_urls_redirect() {
    let mut youssef = demo().await;
    let (item, atelier) = draft(&mut youssef).await;
    let mut facilitator = youssef.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    facilitator
        .post_form(&format!("{item}/publiceren"), &[])
        .await;

    let mut fields = item_fields(
        &atelier,
        "Stappen voor elke wijk",
        "## Zo werkt het\n\nNieuwe tekst.",
    );
    fields.push(("message", "Titel breder gemaakt"));
    let saved = youssef
        .post_form(&format!("{item}/bewerken"), &fields)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let new_path = saved.location().to_owned();
    assert!(new_path.ends_with("-stappen-voor-elke-wijk"));
    let old = youssef.get(&item).await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(
        old.location(),
        new_path,
        "the old title's address still leads there"
    );

    let history = youssef.get(&format!("{new_path}/versies")).await;
    let messages = history.texts(".data-table tbody td:nth-child(4)");
    assert_eq!(messages, ["Titel breder gemaakt", "Gepubliceerd"]);
    let compare = youssef
        .get(&format!("{new_path}/versies/vergelijk?van=1&naar=2"))
        .await;
    assert_eq!(compare.status, StatusCode::OK);
    assert!(
        compare
            .texts("del.diff-line")
            .iter()
            .any(|l| l.contains("Stappen voor de wijk"))
    );
    assert!(
        compare
            .texts("ins.diff-line")
            .iter()
            .any(|l| l.contains("Nieuwe tekst."))
    );
    assert_eq!(
        youssef
            .get(&format!("{new_path}/versies/vergelijk?van=1&naar=9"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );

    let restored = youssef
        .post_form(&format!("{new_path}/versies/1/terugzetten"), &[])
        .await;
    assert_eq!(restored.status, StatusCode::SEE_OTHER);
    let page = youssef.get(restored.location()).await;
    assert_eq!(page.text("h1"), "Stappen voor de wijk");
    let history = youssef.get(&format!("{item}/versies")).await;
    assert_eq!(
        history.texts(".data-table tbody th").len(),
        3,
        "restoring adds a revision"
    );
    // The search index follows: the restored title is found, the replaced text is not.
    let found = youssef.get("/kennis?q=nieuwe+tekst").await;
    assert!(
        !found
            .texts(".hit h3")
            .contains(&"Stappen voor de wijk".to_owned())
    );
}
