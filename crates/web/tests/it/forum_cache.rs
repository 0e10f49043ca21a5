//! Visitors without an account read public threads from the page cache: each gets the page with
//! their own form token (so the forms on it work), in their language, and every change shows at
//! once. Members read a thread's posts from memory too, and also see every change at once.

use crate::ateliers::{ELS, YOUSSEF, demo};
use crate::support::TestResponse;
use axum::http::StatusCode;

fn tokens(page: &TestResponse) -> Vec<String> {
    page.html()
        .select(&scraper::Selector::parse("input[name=csrf]").unwrap())
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect()
}

#[tokio::test]
async fn cached_thread_pages_carry_each_visitors_token_and_follow_every_change() {
    let mut youssef = demo().await;
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let overview = youssef.get("/forum").await;
    let category = overview.link(".result-title a", "Meten en vertellen");
    let created = youssef
        .post_form(
            &category,
            &[
                ("title", "Hoe laten jullie bewoners zelf meten?"),
                ("kind", "discussion"),
                ("body", "Wij proberen een fotostem met jongeren."),
                ("submission", "cache-1"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let thread = created.location().to_owned();

    let mut first = youssef.other_browser();
    first.log_out().await;
    let mut second = first.other_browser();
    let a = first.get(&thread).await;
    let a_again = first.get(&thread).await;
    let b = second.get(&thread).await;
    assert_eq!(a.status, StatusCode::OK);
    assert_eq!(a_again.text(".posts"), a.text(".posts"), "the same page");
    let own = first.csrf().await;
    assert!(!tokens(&a_again).is_empty());
    assert!(
        tokens(&a_again).iter().all(|t| *t == own),
        "every form on the page carries this visitor's own token"
    );
    let theirs = second.csrf().await;
    assert_ne!(own, theirs);
    assert!(tokens(&b).iter().all(|t| *t == theirs));
    // The token on the cached page works: the language switch accepts it.
    let switched = first
        .post_form("/taal", &[("taal", "en"), ("terug", &thread)])
        .await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER, "{}", switched.body);
    let english = first.get(&thread).await;
    assert_eq!(english.attr("html", "lang").as_deref(), Some("en"));
    assert_eq!(
        second.get(&thread).await.attr("html", "lang").as_deref(),
        Some("nl"),
        "each language is its own page"
    );

    // A reply shows to visitors at once, not after the cache expires.
    let reply = youssef
        .post_form(
            &format!("{thread}/reacties"),
            &[
                ("body", "Aanvulling: de foto's bespreken we samen."),
                ("submission", "cache-2"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let after = second.get(&thread).await;
    assert!(
        after.text(".posts").contains("foto's bespreken"),
        "{}",
        after.text(".posts")
    );
}

#[tokio::test]
async fn members_see_every_reply_and_edit_at_once() {
    let mut youssef = demo().await;
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let overview = youssef.get("/forum").await;
    let category = overview.link(".result-title a", "Meten en vertellen");
    let created = youssef
        .post_form(
            &category,
            &[
                ("title", "Wie meet er samen met bewoners?"),
                ("kind", "discussion"),
                ("body", "Wij werken met een buurtpanel."),
                ("submission", "kept-1"),
            ],
        )
        .await;
    let thread = created.location().to_owned();
    let mut els = youssef.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    // Read twice: the second read comes from memory.
    assert!(els.get(&thread).await.text(".posts").contains("buurtpanel"));
    assert!(els.get(&thread).await.text(".posts").contains("buurtpanel"));

    let reply = youssef
        .post_form(
            &format!("{thread}/reacties"),
            &[
                ("body", "Het panel kiest zelf de vragen."),
                ("submission", "kept-2"),
            ],
        )
        .await;
    assert_eq!(reply.status, StatusCode::SEE_OTHER, "{}", reply.body);
    let page = els.get(&thread).await;
    assert!(
        page.text(".posts").contains("kiest zelf de vragen"),
        "a reply at once"
    );

    let edit = page
        .html()
        .select(&scraper::Selector::parse("a[href$='/bewerken']").unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .find(|href| href.starts_with("/forum/berichten/"));
    // Els may not edit Youssef's posts; Youssef edits his reply.
    assert!(edit.is_none());
    let reply_page = youssef.get(&thread).await;
    let edit = reply_page
        .html()
        .select(&scraper::Selector::parse("a[href$='/bewerken']").unwrap())
        .filter_map(|a| a.value().attr("href").map(str::to_owned))
        .rfind(|href| href.starts_with("/forum/berichten/"))
        .unwrap();
    let edited = youssef
        .post_form(
            &edit,
            &[("body", "Het panel kiest zelf de vragen, elk kwartaal.")],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER, "{}", edited.body);
    assert!(
        els.get(&thread)
            .await
            .text(".posts")
            .contains("elk kwartaal"),
        "an edit at once"
    );
}
