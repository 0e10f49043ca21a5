//! Leerateliers: the page, joining (open and on approval), deciding requests, leaving,
//! members-only pages, stages; and every atelier route with every role.

use crate::support::TestApp;
use axum::http::StatusCode;

pub(crate) const FACILITATOR: (&str, &str) =
    ("facilitator@demo.leeratelier.nl", "demo-facilitator-2026");
pub(crate) const YOUSSEF: (&str, &str) = ("youssef@demo.leeratelier.nl", "demo-lid-2026");
pub(crate) const ELS: (&str, &str) = ("els@demo.leeratelier.nl", "demo-lid-2026");
pub(crate) const ADMIN: (&str, &str) = ("beheer@demo.leeratelier.nl", "demo-beheer-2026");

pub(crate) async fn demo() -> TestApp {
    let t = TestApp::with_demo(true).await;
    t.app.seed_demo_if_empty().await.unwrap();
    t
}

/// The path of the atelier called `name`, from the home page.
pub(crate) async fn path_of(t: &mut TestApp, name: &str) -> String {
    let home = t.get("/").await;
    let sel = scraper::Selector::parse(".atelier-card h4 a").unwrap();
    let html = home.html();
    let link = html
        .select(&sel)
        .find(|a| a.text().collect::<String>() == name)
        .unwrap();
    link.value().attr("href").unwrap().to_owned()
}

pub(crate) async fn user_id(t: &TestApp, email: &str) -> i64 {
    store::users::find_by_email(t.app.db(), email)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn a_newcomer_asks_to_join_and_a_facilitator_approves() {
    let mut newcomer = demo().await;
    let impact = path_of(&mut newcomer, "Impact").await;
    let anonymous = newcomer.get(&impact).await;
    assert_eq!(anonymous.text("h1"), "Impact");
    assert!(
        anonymous
            .text(".knowledge-question")
            .contains("impact van het sociaal werk")
    );
    assert!(anonymous.has(&format!(
        "a[href='/inloggen?terug={}']",
        impact.replace('/', "%2F")
    )));

    newcomer.register("fatima@example.nl", "Fatima").await;
    let page = newcomer.get(&impact).await;
    assert_eq!(page.text("#join-heading"), "Vraag om mee te doen");
    let asked = newcomer
        .post_form(
            &format!("{impact}/aanmelden"),
            &[
                ("meetings", "on"),
                ("online", "on"),
                ("message", "Ik werk in een wijkteam."),
            ],
        )
        .await;
    assert_eq!(
        (asked.status, asked.location()),
        (StatusCode::SEE_OTHER, impact.as_str())
    );
    let page = newcomer.get(&impact).await;
    assert!(page.text(".flash").contains("aanvraag is verstuurd"));
    assert!(
        page.text("#mine-heading + p")
            .contains("leerfacilitator bekijkt")
    );
    assert!(!page.has("#join-heading"), "no second request");

    let mut facilitator = newcomer.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let page = facilitator.get(&impact).await;
    let requests = page.texts(".request-list h3");
    assert!(requests.contains(&"Fatima".to_owned()), "{requests:?}");
    assert!(
        page.text(".request-list")
            .contains("Ik werk in een wijkteam.")
    );
    let fatima = user_id(&newcomer, "fatima@example.nl").await;
    let decided = facilitator
        .post_form(
            &format!("{impact}/verzoeken/{fatima}"),
            &[
                ("besluit", "approve"),
                ("message", "Welkom bij de volgende bijeenkomst!"),
            ],
        )
        .await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    let mail = facilitator.mails().await.pop().unwrap();
    assert!(
        mail.contains("To: fatima@example.nl")
            && mail.contains("Welkom bij de volgende bijeenkomst!")
    );

    let page = newcomer.get(&impact).await;
    assert!(page.text("#mine-heading + p").contains("deelnemer"));
    let members = page.texts("table tbody tr");
    let row = members.iter().find(|r| r.starts_with("Fatima")).unwrap();
    assert!(row.contains("bijeenkomsten, online platform"), "{row}");
}

#[tokio::test]
async fn joining_an_open_atelier_is_immediate_and_leaving_keeps_nothing_pending() {
    let mut t = demo().await;
    let armoede = path_of(&mut t, "Armoede").await;
    t.register("fatima@example.nl", "Fatima").await;
    let empty = t.post_form(&format!("{armoede}/aanmelden"), &[]).await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.text("#participation-error").contains("minstens één"));
    assert_eq!(
        empty.attr("#meetings", "checked"),
        None,
        "the choice is kept: nothing ticked"
    );

    t.post_form(&format!("{armoede}/aanmelden"), &[("public_events", "on")])
        .await;
    let page = t.get(&armoede).await;
    assert_eq!(page.text(".flash"), "Welkom! Je doet nu mee.");
    assert!(
        page.texts("table tbody tr")
            .iter()
            .any(|r| r.starts_with("Fatima") && r.ends_with("publieke evenementen"))
    );

    let left = t.post_form(&format!("{armoede}/verlaten"), &[]).await;
    assert_eq!(left.status, StatusCode::SEE_OTHER);
    let page = t.get(&armoede).await;
    assert!(page.text(".flash").contains("niet meer mee"));
    assert!(
        !page
            .texts("table tbody tr")
            .iter()
            .any(|r| r.starts_with("Fatima"))
    );
    assert!(page.has("#join-heading"), "may join again");
}

#[tokio::test]
async fn a_declined_request_shows_the_message_and_may_be_made_again() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let impact = path_of(&mut facilitator, "Impact").await;
    let els = user_id(&facilitator, ELS.0).await;
    let long = "x".repeat(1001);
    let bad = facilitator
        .post_form(
            &format!("{impact}/verzoeken/{els}"),
            &[("besluit", "decline"), ("message", &long)],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.has(&format!("#decision-message-{els}-error")));
    let ok = facilitator
        .post_form(
            &format!("{impact}/verzoeken/{els}"),
            &[
                ("besluit", "decline"),
                ("message", "Dit atelier is vol; probeer Armoede."),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let again = facilitator
        .post_form(
            &format!("{impact}/verzoeken/{els}"),
            &[("besluit", "approve")],
        )
        .await;
    assert_eq!(
        again.status,
        StatusCode::NOT_FOUND,
        "a decided request cannot be decided again"
    );

    let mut member = facilitator.other_browser();
    member.log_in_as(ELS.0, ELS.1).await;
    let page = member.get(&impact).await;
    assert!(
        page.text("#mine-heading ~ blockquote")
            .contains("probeer Armoede")
    );
    assert!(page.has("#join-heading"));
}

#[tokio::test]
async fn a_members_only_atelier_shows_its_content_to_members_only() {
    let mut t = demo().await;
    let closed = path_of(&mut t, "Sociale Duurzaamheid").await;
    let outside = t.get(&closed).await;
    assert_eq!(outside.status, StatusCode::OK);
    assert!(
        outside
            .text(".notice")
            .contains("alleen zichtbaar voor deelnemers")
    );
    assert!(!outside.has("#members-heading"));
    t.log_in_as(ELS.0, ELS.1).await;
    let inside = t.get(&closed).await;
    assert!(inside.has("#members-heading"));
    assert!(inside.text("table").contains("Els Jansen"));
}

#[tokio::test]
async fn facilitators_change_the_stage_with_a_reason() {
    let mut t = demo().await;
    let impact = path_of(&mut t, "Impact").await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert!(!t.get(&impact).await.has("form[action$='/fase']"));
    let refused = t
        .post_form(
            &format!("{impact}/fase"),
            &[("stage", "stewardship"), ("reason", "Ik wil dit")],
        )
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let mut f = t.other_browser();
    f.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let page = f.get(&impact).await;
    assert!(
        page.text("#stage-heading ~ p").contains("focus en grenzen"),
        "typical activities of the stage"
    );
    let empty = f
        .post_form(
            &format!("{impact}/fase"),
            &[("stage", "stewardship"), ("reason", " ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        empty.attr("#stage option[selected]", "value").as_deref(),
        Some("stewardship")
    );
    let ok = f
        .post_form(
            &format!("{impact}/fase"),
            &[
                ("stage", "stewardship"),
                ("reason", "Onze instrumenten worden breed gebruikt."),
            ],
        )
        .await;
    assert_eq!(ok.status, StatusCode::SEE_OTHER);
    let page = f.get(&impact).await;
    assert_eq!(page.text("#stage-heading"), "Fase: Onderhouden");
    assert!(
        page.text("#stage-heading ~ ul")
            .contains("Onze instrumenten worden breed gebruikt. (Sanne de Wit)")
    );
}

#[tokio::test]
async fn unknown_ateliers_are_not_found() {
    let mut t = demo().await;
    assert_eq!(
        t.get("/ateliers/99999-niets").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(t.get("/ateliers/niets").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn a_removed_member_leaves_their_contributions_attributed_as_they_chose() {
    let mut sanne = demo().await;
    let impact = path_of(&mut sanne, "Impact").await;
    let youssef = user_id(&sanne, YOUSSEF.0).await;
    let anouk = user_id(&sanne, ADMIN.0).await;
    let mut member = sanne.other_browser();
    member.log_in_as(ELS.0, ELS.1).await;
    let refused = member
        .post_form(&format!("{impact}/deelnemers/{youssef}/verwijderen"), &[])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    sanne.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let coordinator = sanne
        .post_form(&format!("{impact}/deelnemers/{anouk}/verwijderen"), &[])
        .await;
    assert_eq!(
        coordinator.status,
        StatusCode::FORBIDDEN,
        "a facilitator cannot remove a coordinator"
    );
    let removed = sanne
        .post_form(&format!("{impact}/deelnemers/{youssef}/verwijderen"), &[])
        .await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    let page = sanne.get(&impact).await;
    assert!(!page.text("table").contains("Youssef"));
    let topic = page
        .texts(".topic-list > li")
        .into_iter()
        .find(|t| t.contains("Verhalen verzamelen"))
        .unwrap();
    assert!(
        topic.contains("voorgesteld door Youssef El Amrani"),
        "{topic}"
    );

    let mut youssef_browser = sanne.other_browser();
    youssef_browser.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    youssef_browser
        .post_form(
            "/account",
            &[
                ("display_name", "Youssef El Amrani"),
                ("locale", "nl"),
                ("attribution", "anonymous"),
            ],
        )
        .await;
    let page = sanne.get(&impact).await;
    let topic = page
        .texts(".topic-list > li")
        .into_iter()
        .find(|t| t.contains("Verhalen verzamelen"))
        .unwrap();
    assert!(!topic.contains("Youssef"), "{topic}");
}
