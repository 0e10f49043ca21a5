//! Forum moderation over HTTP: flags with a reason reach the facilitators' queue, hiding takes
//! a post out of sight and out of search, locking and moving are logged with who and why; read
//! markers; an atelier turned members-only takes its posts out of public search.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo};
use crate::support::TestApp;
use axum::http::StatusCode;

/// The facilitator starts a thread in "Meten en vertellen"; returns (thread path, first post id).
pub(crate) async fn facilitator_thread(facilitator: &mut TestApp) -> (String, String) {
    let overview = facilitator.get("/forum").await;
    let category = overview.link(".result-title a", "Meten en vertellen");
    let created = facilitator
        .post_form(
            &category,
            &[
                ("title", "Oogstkaart gebruiken in de wijk"),
                ("kind", "discussion"),
                ("body", "Wie heeft de oogstkaart al gebruikt met bewoners?"),
                ("submission", "m-1"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let thread = created.location().to_owned();
    let page = facilitator.get(&thread).await;
    let id = page.attr(".posts article", "id").unwrap();
    (thread, id.trim_start_matches("bericht-").to_owned())
}

#[tokio::test]
async fn flags_hiding_locking_moving_and_the_log() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let (thread, post) = facilitator_thread(&mut facilitator).await;
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;

    // A flag needs a reason; the page says so and keeps nothing half done.
    let flag = format!("/forum/berichten/{post}/melden");
    let refused = youssef.post_form(&flag, &[("reason", " ")]).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(refused.has("#reason[aria-invalid='true']"));
    let flagged = youssef
        .post_form(&flag, &[("reason", "Lijkt op reclame")])
        .await;
    assert_eq!(flagged.status, StatusCode::SEE_OTHER);
    // The facilitator of Impact sees it; Youssef (facilitator elsewhere) does not.
    assert!(
        facilitator
            .get("/forum/moderatie")
            .await
            .text("main")
            .contains("Lijkt op reclame")
    );
    assert!(
        !youssef
            .get("/forum/moderatie")
            .await
            .text("main")
            .contains("Lijkt op reclame")
    );

    // Hiding: members see a note instead of the text, search forgets it, the log keeps why.
    assert_eq!(
        youssef
            .post_form(
                &format!("/forum/berichten/{post}/verbergen"),
                &[("reason", "x")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let hidden = facilitator
        .post_form(
            &format!("/forum/berichten/{post}/verbergen"),
            &[("reason", "Geen reclame hier")],
        )
        .await;
    assert_eq!(hidden.status, StatusCode::SEE_OTHER);
    let page = youssef.get(&thread).await;
    assert!(page.has(".hidden-note"));
    assert!(!page.text(".posts").contains("oogstkaart al gebruikt"));
    assert!(
        !youssef
            .get("/kennis?q=oogstkaart+bewoners")
            .await
            .body
            .contains("Oogstkaart gebruiken")
    );
    assert!(
        facilitator
            .get("/forum/moderatie")
            .await
            .text("main")
            .contains("geen open meldingen")
    );
    let log = facilitator.get(&format!("{thread}/logboek")).await;
    assert!(log.text("table").contains("Geen reclame hier"));
    assert!(log.text("table").contains("Bericht verborgen"));
    assert_eq!(
        youssef.get(&format!("{thread}/logboek")).await.status,
        StatusCode::FORBIDDEN
    );
    // A quote link to a post hidden since shows the thread with an empty form; hidden posts
    // cannot be flagged.
    let stale = youssef.get(&format!("{thread}?citeer={post}")).await;
    assert_eq!(stale.status, StatusCode::OK);
    assert_eq!(stale.text("#body"), "");
    assert_eq!(
        youssef
            .post_form(&flag, &[("reason", "Nog eens")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    facilitator
        .post_form(
            &format!("/forum/berichten/{post}/herstellen"),
            &[("reason", "Toch oké")],
        )
        .await;
    assert!(
        youssef
            .get(&thread)
            .await
            .text(".posts")
            .contains("oogstkaart al gebruikt")
    );

    // Locking and moving, both logged.
    let locked = facilitator
        .post_form(
            &format!("{thread}/sluiten"),
            &[("reason", "Loopt uit de hand")],
        )
        .await;
    assert_eq!(locked.status, StatusCode::SEE_OTHER);
    assert!(
        youssef
            .get(&thread)
            .await
            .text(".kind-label")
            .contains("gesloten")
    );
    let page = facilitator.get(&thread).await;
    let target = page
        .html()
        .select(&scraper::Selector::parse("#move-category option").unwrap())
        .find(|o| o.text().collect::<String>() == "Verantwoorden aan gemeente en fondsen")
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    let moved = facilitator
        .post_form(
            &format!("{thread}/verplaatsen"),
            &[
                ("category", &target),
                ("reason", "Past beter bij verantwoorden"),
            ],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER);
    let page = youssef.get(&thread).await;
    assert!(
        page.text(".breadcrumb")
            .contains("Verantwoorden aan gemeente en fondsen")
    );
    let log = facilitator.get(&format!("{thread}/logboek")).await;
    assert!(log.text("table").contains("Onderwerp gesloten"));
    assert!(log.text("table").contains("Past beter bij verantwoorden"));
}

#[tokio::test]
async fn new_posts_are_marked_until_read() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let (thread, post) = facilitator_thread(&mut facilitator).await;
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let category = youssef
        .get("/forum")
        .await
        .link(".result-title a", "Meten en vertellen");
    let list = youssef.get(&category).await;
    let news = list.html();
    let unread: Vec<String> = news
        .select(&scraper::Selector::parse(".unread a").unwrap())
        .map(|a| a.value().attr("href").unwrap().to_owned())
        .collect();
    assert!(
        unread.contains(&format!("/forum/berichten/{post}")),
        "{unread:?}"
    );
    assert!(youssef.get(&thread).await.has(".badge--new"));
    // Seen now: no longer new, neither in the thread nor in the list.
    assert!(!youssef.get(&thread).await.has(".badge--new"));
    assert!(
        !youssef
            .get(&category)
            .await
            .body
            .contains(&format!("/forum/berichten/{post}\""))
    );
    // One's own posts are never news.
    assert!(
        !facilitator
            .get(&category)
            .await
            .body
            .contains(&format!("/forum/berichten/{post}\""))
    );
}

#[tokio::test]
async fn an_atelier_turned_members_only_takes_its_posts_and_events_out_of_public_search() {
    let mut admin = demo().await;
    let mut visitor = admin.other_browser();
    let title = "Hoe leg je toestemming vast bij Most Significant Change-verhalen?";
    let query = "/kennis?q=toestemming+verhalen&type=bericht";
    assert!(
        visitor.get(query).await.body.contains(title),
        "public at first"
    );
    admin
        .log_in_as(crate::ateliers::ADMIN.0, crate::ateliers::ADMIN.1)
        .await;
    let events = "/kennis?q=verhalen&type=evenement";
    let meeting = "Bijeenkomst: verhalen als bewijs";
    assert!(visitor.get(events).await.body.contains(meeting));
    let impact = crate::ateliers::path_of(&mut admin, "Impact").await;
    let form = admin.get(&format!("{impact}/bewerken")).await;
    let question = form.text("#knowledge_question");
    let saved = admin
        .post_form(
            &format!("{impact}/bewerken"),
            &[
                ("name", "Impact"),
                ("knowledge_question", &question),
                ("description", ""),
                ("visibility", "members"),
                ("join_policy", "approval"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert!(
        !visitor.get(query).await.body.contains(title),
        "members only now"
    );
    assert!(
        admin.get(query).await.body.contains(title),
        "still there for members"
    );
    // The atelier's events follow too.
    assert!(!visitor.get(events).await.body.contains(meeting));
    assert!(admin.get(events).await.body.contains(meeting));
}

#[tokio::test]
async fn an_earlier_version_with_client_data_is_shielded_from_other_readers() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let (thread, _) = facilitator_thread(&mut facilitator).await;
    // Confirmed past the guard, then thought better of it.
    let risky = facilitator
        .post_form(
            &format!("{thread}/reacties"),
            &[
                ("body", "Mevrouw met BSN 123456782 deed mee."),
                ("submission", "s-1"),
                ("confirmed", "1"),
            ],
        )
        .await;
    let post = risky
        .location()
        .rsplit("#bericht-")
        .next()
        .unwrap()
        .to_owned();
    facilitator
        .post_form(
            &format!("/forum/berichten/{post}/bewerken"),
            &[("body", "Een bewoner deed mee."), ("confirmed", "1")],
        )
        .await;
    let history = format!("/forum/berichten/{post}/geschiedenis");
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let theirs = youssef.get(&history).await;
    assert!(!theirs.body.contains("123456782"));
    assert!(theirs.has(".comments .hidden-note"));
    assert!(
        facilitator.get(&history).await.body.contains("123456782"),
        "the writer sees it"
    );
}
