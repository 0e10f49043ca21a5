//! The knowledge base over HTTP, continued: bad input, who may do what, exports and feeds.

use crate::ateliers::{ADMIN, ELS, YOUSSEF, demo, path_of};
use crate::knowledge::{draft, id_of, item_fields};
use axum::http::StatusCode;

#[tokio::test]
async fn bad_input_is_kept_and_markdown_is_harmless() {
    let mut youssef = demo().await;
    let impact = path_of(&mut youssef, "Impact").await;
    let atelier = id_of(&impact);
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let nasty =
        "Tekst <script>alert(1)</script> [klik](javascript:alert(1)) <img src=x onerror=alert(1)>";
    let mut fields = item_fields(&atelier, "", nasty);
    fields.push(("preview", "1"));
    let preview = youssef.post_form("/kennis", &fields).await;
    assert_eq!(preview.status, StatusCode::OK);
    let shown = preview
        .html()
        .root_element()
        .select(&scraper::Selector::parse(".preview .prose").unwrap())
        .next()
        .unwrap()
        .inner_html();
    assert!(
        !shown.contains("<script") && !shown.contains("javascript:") && !shown.contains("onerror"),
        "{shown}"
    );
    assert!(
        store::knowledge::list_work_of(
            youssef.app.db(),
            domain::UserId(crate::ateliers::user_id(&youssef, YOUSSEF.0).await)
        )
        .await
        .unwrap()
        .is_empty(),
        "a preview saves nothing"
    );

    fields.pop();
    let refused = youssef.post_form("/kennis", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attr("#title", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(
        refused.text("#body").contains("<script>alert(1)</script>"),
        "the text typed is kept"
    );

    let mut visitor = youssef.other_browser();
    for query in [
        "\"",
        "NOT OR",
        "*",
        "🙂",
        "'; DROP TABLE users; --",
        "de het een",
    ] {
        let page = visitor
            .get(&format!("/kennis?q={}", urlencode(query)))
            .await;
        assert_eq!(page.status, StatusCode::OK, "{query}");
    }
    let long = "methode ".repeat(1500);
    assert_eq!(
        visitor
            .get(&format!("/kennis?q={}", urlencode(&long)))
            .await
            .status,
        StatusCode::OK
    );
    assert!(
        visitor
            .get("/kennis?q=de+het")
            .await
            .body
            .contains("geen woorden")
    );
}

fn urlencode(text: &str) -> String {
    form_urlencoded::byte_serialize(text.as_bytes()).collect()
}

#[tokio::test]
async fn who_may_do_what() {
    let mut els = demo().await;
    let impact = path_of(&mut els, "Impact").await;
    let atelier = id_of(&impact);
    let mut visitor = els.other_browser();
    let anonymous = visitor
        .post_form("/kennis", &item_fields(&atelier, "X", "x"))
        .await;
    assert_eq!(anonymous.status, StatusCode::SEE_OTHER);
    assert!(anonymous.location().starts_with("/inloggen"));
    els.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(
        els.get(&format!("/kennis/nieuw?atelier={atelier}"))
            .await
            .status,
        StatusCode::FORBIDDEN,
        "only members write in an atelier"
    );

    let mut youssef = els.other_browser();
    let (item, _) = draft(&mut youssef).await;
    assert_eq!(
        youssef
            .post_form(&format!("{item}/publiceren"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let mut admin = els.other_browser();
    admin.log_in_as(ADMIN.0, ADMIN.1).await;
    assert_eq!(
        admin
            .post_form(&format!("{item}/publiceren"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        els.post_form(
            &format!("{item}/bewerken"),
            &item_fields(&atelier, "Y", "y")
        )
        .await
        .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        admin
            .post_form(&format!("{item}/archiveren"), &[])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let archived = visitor.get(&item).await;
    assert_eq!(
        archived.status,
        StatusCode::OK,
        "archived items stay readable"
    );
    assert!(
        !visitor
            .get("/kennis?q=stappen")
            .await
            .texts(".hit h3")
            .contains(&"Stappen voor de wijk".to_owned())
    );
}

#[tokio::test]
async fn demo_knowledge_exports_and_feeds() {
    let mut visitor = demo().await;
    let list = visitor.get("/kennis").await;
    assert_eq!(list.status, StatusCode::OK);
    assert!(list.texts(".hit").len() >= 10);
    let found = visitor.get("/kennis?q=verhalen").await;
    // Forum posts are in the same search; take the first knowledge item.
    let first = found
        .html()
        .select(&scraper::Selector::parse(".hit h3 a").unwrap())
        .filter_map(|a| a.value().attr("href"))
        .find(|href| href.starts_with("/kennis/"))
        .unwrap()
        .to_owned();
    let markdown = visitor.get(&format!("{first}/markdown")).await;
    assert_eq!(markdown.status, StatusCode::OK);
    assert!(
        markdown.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/markdown")
    );
    assert!(markdown.body.starts_with("# "));
    let print = visitor.get(&format!("{first}/afdrukken")).await;
    assert!(print.has(".print-page .prose"));

    let feed = visitor.get("/kennis/feed.atom").await;
    assert!(
        feed.headers["content-type"]
            .to_str()
            .unwrap()
            .starts_with("application/atom+xml")
    );
    let doc = roxmltree::Document::parse(&feed.body).unwrap();
    let entries = doc
        .descendants()
        .filter(|n| n.has_tag_name("entry"))
        .count();
    assert!(entries >= 10, "{entries}");
    let impact = path_of(&mut visitor, "Impact").await;
    let atelier_feed = visitor.get(&format!("{impact}/kennis.atom")).await;
    roxmltree::Document::parse(&atelier_feed.body).unwrap();
    let page = visitor.get(&impact).await;
    assert!(page.texts("#knowledge-heading ~ ul li").len() >= 3);
    // Items only for werkplaats members are not in the public feed.
    assert!(!feed.body.contains("visibility"));
}
