//! The web shell: layout landmarks, language, error pages, health, demo content.

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn every_page_has_a_skip_link_landmarks_and_a_language() {
    let mut t = TestApp::new().await;
    for path in [
        "/",
        "/inloggen",
        "/registreren",
        "/wachtwoord-vergeten",
        "/bestaat-niet",
    ] {
        let page = t.get(path).await;
        assert_eq!(
            page.attr("a.skip-link", "href").as_deref(),
            Some("#main"),
            "{path}"
        );
        assert!(
            page.has("header nav[aria-label]") && page.has("main#main") && page.has("footer"),
            "{path}"
        );
        assert_eq!(page.attr("html", "lang").as_deref(), Some("nl"), "{path}");
        assert_eq!(page.texts("h1").len(), 1, "{path}: one h1");
        assert!(
            !page.body.contains("<script") && !page.body.contains("style="),
            "{path}: CSP-clean"
        );
    }
}

#[tokio::test]
async fn the_language_follows_the_switch_then_the_browser() {
    let mut t = TestApp::new().await;
    t.headers.push(("accept-language", "en-GB,en;q=0.9".into()));
    assert_eq!(
        t.get("/").await.text("h1"),
        "How do you make the impact of social work visible?"
    );
    let switched = t
        .post_form("/taal", &[("taal", "nl"), ("terug", "/inloggen")])
        .await;
    assert_eq!(
        (switched.status, switched.location()),
        (StatusCode::SEE_OTHER, "/inloggen")
    );
    let page = t.get("/inloggen").await;
    assert_eq!(page.attr("html", "lang").as_deref(), Some("nl"));
    assert_eq!(page.text("h1"), "Inloggen");
    assert_eq!(page.text(".language-switch button"), "English");
}

#[tokio::test]
async fn a_members_language_choice_is_kept_in_the_profile() {
    let mut t = TestApp::new().await;
    t.register("ann@example.nl", "Ann").await;
    t.post_form("/taal", &[("taal", "en"), ("terug", "/")])
        .await;
    let mut other = t.other_browser();
    other
        .log_in_as("ann@example.nl", crate::support::PASSWORD)
        .await;
    assert_eq!(
        other.get("/").await.attr("html", "lang").as_deref(),
        Some("en")
    );
}

#[tokio::test]
async fn error_pages_are_localised_and_show_the_request_id() {
    let mut t = TestApp::new().await;
    let page = t.get("/bestaat-niet").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(page.text("h1"), "Pagina niet gevonden");
    let id = page.headers["x-request-id"].to_str().unwrap().to_owned();
    assert!(page.text(".request-id").contains(&id));
    t.headers.push(("accept-language", "en".into()));
    assert_eq!(t.get("/bestaat-niet").await.text("h1"), "Page not found");
}

#[tokio::test]
async fn the_health_check_asks_the_database() {
    let mut t = TestApp::new().await;
    assert_eq!(t.get("/healthz").await.status, StatusCode::OK);
    t.app.db().close().await;
    assert_eq!(
        t.get("/healthz").await.status,
        StatusCode::SERVICE_UNAVAILABLE
    );
    // A page that needs the database now shows the localised 500 page with the request id.
    let page = t.get("/").await;
    assert_eq!(page.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(page.text("h1"), "Er ging iets mis bij ons");
    let id = page.headers["x-request-id"].to_str().unwrap().to_owned();
    assert!(page.text(".request-id").contains(&id));
}

#[tokio::test]
async fn demo_content_and_its_passwords_show_only_in_demo_mode() {
    let mut demo = TestApp::with_demo(true).await;
    assert!(demo.app.seed_demo_if_empty().await.unwrap());
    assert!(
        !demo.app.seed_demo_if_empty().await.unwrap(),
        "only on an empty database"
    );
    let home = demo.get("/").await;
    assert_eq!(
        home.text(".werkplaats h2"),
        "Werkplaats Sociaal Domein (demo)"
    );
    assert_eq!(home.texts(".atelier-card h4").len(), 6);
    assert_eq!(home.texts(".theme-list dt").len(), 5);
    assert!(home.text(".atelier-list").contains("Fase: Groeien"));
    assert!(home.text(".card--demo").contains("demo-beheer-2026"));
    demo.log_in_as("beheer@demo.leeratelier.nl", "demo-beheer-2026")
        .await;
    assert_eq!(
        demo.get("/beheer").await.status,
        StatusCode::OK,
        "the demo admin is admin"
    );

    let mut plain = TestApp::with_demo(false).await;
    plain.app.seed_demo_if_empty().await.unwrap();
    assert!(!plain.get("/").await.has(".card--demo"));
}
