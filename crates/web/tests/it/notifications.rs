//! Notifications over HTTP: a mention and a followed category reach the right member in the
//! app; the digest is off until chosen, goes out by mail with only what is new, and its
//! unsubscribe link works without logging in.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo};
use crate::support::TestApp;
use axum::http::StatusCode;

async fn start(t: &mut TestApp, category: &str, title: &str, key: &str) -> String {
    let created = t
        .post_form(
            category,
            &[
                ("title", title),
                ("kind", "discussion"),
                ("body", "Wat zien jullie?"),
                ("submission", key),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    created.location().to_owned()
}

#[tokio::test]
async fn mentions_follows_and_digests_reach_the_right_member() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let category = youssef
        .get("/forum")
        .await
        .link(".result-title a", "Meten en vertellen");
    assert!(
        youssef
            .get("/meldingen")
            .await
            .text("main")
            .contains("geen nieuwe meldingen")
    );

    // Youssef follows the category; the facilitator's new thread reaches him.
    let followed = youssef
        .post_form(&format!("{category}/volgen"), &[("on", "1")])
        .await;
    assert_eq!(followed.status, StatusCode::SEE_OTHER);
    assert!(
        youssef
            .get(&category)
            .await
            .body
            .contains("Categorie niet meer volgen")
    );
    // Els is no member of the (public) atelier yet, but may read it and follows it too.
    let mut els = facilitator.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    els.post_form(&format!("{category}/volgen"), &[("on", "1")])
        .await;
    let thread = start(&mut facilitator, &category, "Meetmoment plannen", "n-1").await;
    assert!(
        els.get("/meldingen")
            .await
            .text(".notifications")
            .contains("Meetmoment plannen"),
        "a follower of a public atelier's category hears of it"
    );
    let mine = youssef.get("/meldingen").await;
    assert!(
        mine.text(".notifications")
            .contains("Nieuw in een categorie die je volgt")
    );
    assert!(mine.text(".notifications").contains("Meetmoment plannen"));

    // A reply that mentions the facilitator: one notification, as a mention.
    let replied = youssef
        .post_form(
            &format!("{thread}/reacties"),
            &[
                (
                    "body",
                    "@Sanne de Wit, zullen we het in de bijeenkomst doen?",
                ),
                ("submission", "n-2"),
            ],
        )
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER);
    let hers = facilitator.get("/meldingen").await;
    assert_eq!(
        hers.texts(".notifications > li").len(),
        1,
        "{}",
        hers.text("main")
    );
    assert!(hers.text(".notifications").contains("Je werd genoemd"));
    assert!(hers.text("main").contains("één nieuwe melding"));
    // Every page shows the count beside "Meldingen" in the menu.
    assert_eq!(
        facilitator.get("/forum").await.text(".main-nav .nav-count"),
        "1 ongelezen"
    );
    facilitator.post_form("/meldingen/gelezen", &[]).await;
    let seen = facilitator.get("/meldingen").await;
    assert!(seen.text("main").contains("geen nieuwe meldingen"));
    assert!(
        !seen.has(".main-nav .nav-count"),
        "no count when all is seen"
    );

    // Digest: a wrong choice is refused, "daily" sends what is new, once.
    let wrong = youssef
        .post_form("/meldingen/instellingen", &[("digest", "hourly")])
        .await;
    assert_eq!(wrong.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        youssef
            .post_form("/meldingen/instellingen", &[("digest", "daily")])
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    let before = youssef.mails().await.len();
    assert_eq!(youssef.app.send_due_digests().await.unwrap(), 1);
    let mails = youssef.mails().await;
    assert_eq!(mails.len(), before + 1);
    let digest = mails.last().unwrap();
    assert!(
        digest.contains("To: youssef@demo.leeratelier.nl"),
        "{digest}"
    );
    assert!(digest.contains("Meetmoment plannen"));
    assert_eq!(
        youssef.app.send_due_digests().await.unwrap(),
        0,
        "nothing new"
    );

    // The unsubscribe link works in another browser, without logging in.
    let url = digest
        .split("http://leeratelier.test")
        .find(|part| part.starts_with("/meldingen/afmelden?token="))
        .unwrap()
        .split_whitespace()
        .next()
        .unwrap()
        .to_owned();
    let mut mailbox = youssef.other_browser();
    let page = mailbox.get(&url).await;
    assert_eq!(page.status, StatusCode::OK);
    let token = page.attr("input[name='token']", "value").unwrap();
    let done = mailbox
        .post_form("/meldingen/afmelden", &[("token", &token)])
        .await;
    assert_eq!(done.status, StatusCode::OK);
    assert!(done.text("main").contains("afgemeld"));
    let unknown = mailbox
        .post_form("/meldingen/afmelden", &[("token", "onbekend")])
        .await;
    assert_eq!(unknown.status, StatusCode::NOT_FOUND);
    assert!(youssef.get("/meldingen").await.has("#digest-off[checked]"));
}
