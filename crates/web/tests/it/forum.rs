//! The forum over HTTP: members of an atelier discuss in its categories, a double submit makes
//! one post, the client-data guard asks before anything is saved, helpful answers and
//! appreciation count as giving, posts have permanent addresses and join the search with the
//! category's visibility; outsiders and locked threads get a clear answer.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo, user_id};
use crate::support::{TestApp, TestResponse};
use axum::http::StatusCode;

async fn start(t: &mut TestApp, category: &str, fields: &[(&str, &str)]) -> TestResponse {
    t.post_form(category, fields).await
}

fn post_count(page: &TestResponse) -> usize {
    page.texts(".posts > li").len()
}

#[tokio::test]
async fn members_discuss_with_the_guard_helpful_answers_and_stable_links() {
    let mut youssef = demo().await;
    let mut visitor = youssef.other_browser();
    // A public atelier's forum can be read without an account, not written in.
    let outside = visitor.get("/forum").await;
    assert_eq!(outside.status, StatusCode::OK);
    let public = outside.link(".result-title a", "Meten en vertellen");
    assert!(
        !outside.body.contains("Door de werkplaats heen"),
        "werkplaats-wide: members only"
    );
    let read_only = visitor.get(&public).await;
    assert_eq!(read_only.status, StatusCode::OK);
    assert!(
        !read_only.body.contains("/nieuw\""),
        "no new-thread link for visitors"
    );
    assert_eq!(
        visitor.post_form(&public, &[("title", "x")]).await.status,
        StatusCode::SEE_OTHER,
        "writing needs logging in"
    );

    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let overview = youssef.get("/forum").await;
    assert_eq!(overview.status, StatusCode::OK);
    let category = overview.link(".result-title a", "Meten en vertellen");
    // Els asked to join Impact but is not a member yet: she reads, she cannot write.
    let mut els = youssef.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(els.get(&category).await.status, StatusCode::OK);

    // A practice question, sent twice by an impatient double click: one thread, one post.
    assert_eq!(
        youssef.get(&format!("{category}/nieuw")).await.status,
        StatusCode::OK
    );
    let question = [
        (
            "title",
            "Welke vragenlijst voor eenzaamheid gebruiken jullie?",
        ),
        ("kind", "question"),
        ("body", "We zoeken iets korts dat bewoners niet belast."),
        ("submission", "vorm-1"),
    ];
    let created = start(&mut youssef, &category, &question).await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let thread = created.location().to_owned();
    assert!(thread.starts_with("/forum/onderwerpen/"), "{thread}");
    let again = start(&mut youssef, &category, &question).await;
    assert!(
        again.location().starts_with(&thread),
        "the first thread, not a second"
    );
    let listed = youssef.get(&category).await;
    let titles = listed.texts(".thread-list h2");
    let same = titles
        .iter()
        .filter(|t| *t == "Welke vragenlijst voor eenzaamheid gebruiken jullie?")
        .count();
    assert_eq!(same, 1);
    let page = youssef.get(&thread).await;
    assert_eq!(
        page.text("h1"),
        "Welke vragenlijst voor eenzaamheid gebruiken jullie?"
    );
    assert_eq!(post_count(&page), 1);
    assert_eq!(post_count(&page), 1);

    // The guard: a reply with a citizen service number is not saved; the text stays.
    let mut facilitator = youssef.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let risky = [
        (
            "body",
            "Bij mevrouw met BSN 123456782 werkte de korte lijst goed.",
        ),
        ("submission", "vorm-2"),
    ];
    let asked = facilitator
        .post_form(&format!("{thread}/reacties"), &risky)
        .await;
    assert_eq!(asked.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(asked.text(".guard-warning").contains("123456782"));
    assert!(asked.text("#body").contains("BSN 123456782"));
    assert_eq!(post_count(&youssef.get(&thread).await), 1, "nothing saved");
    let anonymised = [
        (
            "body",
            "Bij een oudere bewoner werkte de **korte lijst** goed.",
        ),
        ("submission", "vorm-2"),
    ];
    let replied = facilitator
        .post_form(&format!("{thread}/reacties"), &anonymised)
        .await;
    assert_eq!(replied.status, StatusCode::SEE_OTHER, "{}", replied.body);
    let anchor = replied.location().to_owned();
    assert!(anchor.contains("#bericht-"), "{anchor}");
    // The same form again: still one reply.
    facilitator
        .post_form(&format!("{thread}/reacties"), &anonymised)
        .await;
    let page = youssef.get(&thread).await;
    assert_eq!(post_count(&page), 2);

    // A post's permanent address leads to its page and place.
    let reply_id = anchor.rsplit("#bericht-").next().unwrap().to_owned();
    let permalink = youssef.get(&format!("/forum/berichten/{reply_id}")).await;
    assert!(permalink.status.is_redirection());
    assert_eq!(permalink.location(), anchor);

    // The asker marks the helpful answer; the facilitator's giving is recorded.
    let facilitator_id = user_id(&youssef, FACILITATOR.0).await;
    let given = |t: &TestApp| {
        let db = t.app.db().clone();
        async move {
            let mut total = 0;
            for (id, _) in store::ateliers::list_names(&db).await.unwrap() {
                total += store::activities::count_by_user(&db, domain::AtelierId(id))
                    .await
                    .unwrap()
                    .into_iter()
                    .filter(|(u, k, _)| {
                        *u == facilitator_id && (k == "answer-helpful" || k == "post-appreciated")
                    })
                    .map(|(_, _, n)| n)
                    .sum::<i64>();
            }
            total
        }
    };
    let before = given(&youssef).await;
    assert_eq!(
        els.post_form(&format!("/forum/berichten/{reply_id}/nuttig"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let els_reply = els
        .post_form(
            &format!("{thread}/reacties"),
            &[("body", "Mag ik?"), ("submission", "e-1")],
        )
        .await;
    assert_eq!(els_reply.status, StatusCode::FORBIDDEN);
    let marked = youssef
        .post_form(&format!("/forum/berichten/{reply_id}/nuttig"), &[])
        .await;
    assert_eq!(marked.status, StatusCode::SEE_OTHER);
    let page = youssef.get(&thread).await;
    assert!(page.text(".post--helpful").contains("korte lijst"));
    let appreciated = youssef
        .post_form(&format!("/forum/berichten/{reply_id}/waardevol"), &[])
        .await;
    assert_eq!(appreciated.status, StatusCode::SEE_OTHER);
    assert_eq!(given(&youssef).await, before + 2);
    assert!(
        youssef
            .get(&thread)
            .await
            .body
            .contains("één keer waardevol gevonden")
    );

    // Editing keeps the earlier version for readers.
    let edited = facilitator
        .post_form(
            &format!("/forum/berichten/{reply_id}/bewerken"),
            &[(
                "body",
                "Bij een oudere bewoner werkte de korte lijst van vijf vragen goed.",
            )],
        )
        .await;
    assert_eq!(edited.status, StatusCode::SEE_OTHER);
    let history = youssef
        .get(&format!("/forum/berichten/{reply_id}/geschiedenis"))
        .await;
    assert!(history.text("main").contains("van vijf vragen"));
    assert!(history.text(".comments").contains("**korte lijst**"));
    assert_eq!(
        youssef
            .get(&format!("/forum/berichten/{reply_id}/bewerken"))
            .await
            .status,
        StatusCode::FORBIDDEN,
        "not even the form"
    );
    assert_eq!(
        youssef
            .post_form(
                &format!("/forum/berichten/{reply_id}/bewerken"),
                &[("body", "Nee")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN,
        "only the author edits"
    );

    // Posts join the search with their category's visibility: a public atelier's for
    // everyone, the werkplaats-wide category's for members of the werkplaats only.
    let found = visitor.get("/kennis?q=vragenlijsten+eenzaamheid").await;
    assert!(
        found.body.contains("Welke vragenlijst voor eenzaamheid"),
        "stemmed, public"
    );
    let wide = "Wanneer wordt meten een last voor bewoners?";
    assert!(
        youssef
            .get("/kennis?q=last+bewoners+meten")
            .await
            .body
            .contains(wide)
    );
    assert!(
        !visitor
            .get("/kennis?q=last+bewoners+meten")
            .await
            .body
            .contains(wide)
    );

    // A locked thread refuses replies with a message.
    let id: i64 = thread
        .trim_start_matches("/forum/onderwerpen/")
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    store::forum::threads::set_locked(youssef.app.db(), id, true)
        .await
        .unwrap();
    let refused = youssef
        .post_form(
            &format!("{thread}/reacties"),
            &[("body", "Nog een vraag"), ("submission", "vorm-3")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.text(".error-summary").contains("gesloten"));
}

#[tokio::test]
async fn bad_thread_input_is_kept_and_harmless() {
    let mut youssef = demo().await;
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let overview = youssef.get("/forum").await;
    let category = overview.link(".result-title a", "Meten en vertellen");
    let refused = start(
        &mut youssef,
        &category,
        &[
            ("title", ""),
            ("kind", "zomaar"),
            ("body", "<script>alert(1)</script>"),
            ("submission", "a"),
        ],
    )
    .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attr("#title", "aria-invalid").as_deref(),
        Some("true")
    );
    assert!(refused.text("#body").contains("<script>"));
    let created = start(
        &mut youssef,
        &category,
        &[
            ("title", "<img src=x onerror=alert(1)>"),
            ("kind", "slow"),
            (
                "body",
                "Tekst <script>alert(1)</script> [klik](javascript:alert(1))",
            ),
            ("submission", "b"),
        ],
    )
    .await;
    let page = youssef.get(created.location()).await;
    assert!(!page.body.contains("<script>alert") && !page.body.contains("javascript:alert"));
    assert!(!page.body.contains("<img src=x"));
    assert!(page.has(".slow-prompt"), "a slow question shows its prompt");
}
