//! Leerateliers: the page, joining (open and on approval), deciding requests, leaving,
//! members-only pages, stages; and every atelier route with every role.

use crate::support::TestApp;
use axum::http::StatusCode;

const FACILITATOR: (&str, &str) = ("facilitator@demo.leeratelier.nl", "demo-facilitator-2026");
const YOUSSEF: (&str, &str) = ("youssef@demo.leeratelier.nl", "demo-lid-2026");
const ELS: (&str, &str) = ("els@demo.leeratelier.nl", "demo-lid-2026");
const ADMIN: (&str, &str) = ("beheer@demo.leeratelier.nl", "demo-beheer-2026");

async fn demo() -> TestApp {
    let t = TestApp::with_demo(true).await;
    t.app.seed_demo_if_empty().await.unwrap();
    t
}

/// The path of the atelier called `name`, from the home page.
async fn path_of(t: &mut TestApp, name: &str) -> String {
    let home = t.get("/").await;
    let sel = scraper::Selector::parse(".atelier-card h4 a").unwrap();
    let html = home.html();
    let link = html
        .select(&sel)
        .find(|a| a.text().collect::<String>() == name)
        .unwrap();
    link.value().attr("href").unwrap().to_owned()
}

async fn user_id(t: &TestApp, email: &str) -> i64 {
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
async fn every_atelier_route_answers_every_role_as_intended() {
    #[derive(Debug, Clone, Copy)]
    enum Role {
        Anonymous,
        Outsider,
        Member,
        Facilitator,
        Admin,
    }
    // (method, path suffix, form, statuses for Anonymous, Outsider, Member, Facilitator, Admin)
    type Case = (
        &'static str,
        &'static str,
        &'static [(&'static str, &'static str)],
        [u16; 5],
    );
    let table: &[Case] = &[
        ("GET", "", &[], [200, 200, 200, 200, 200]),
        ("GET", "/dashboard", &[], [303, 403, 403, 200, 200]),
        // The facilitator of Impact is no coordinator there; the demo admin is.
        ("GET", "/bewerken", &[], [303, 403, 403, 403, 200]),
        (
            "POST",
            "/agenda",
            &[("title", "Onderwerp")],
            [303, 403, 303, 303, 303],
        ),
        (
            "POST",
            "/deelnemers/YOUSSEF/verwijderen",
            &[],
            [303, 403, 403, 303, 303],
        ),
        (
            "POST",
            "/aanmelden",
            &[("online", "on")],
            // The demo admin already coordinates Impact, so cannot join it again.
            [303, 303, 403, 403, 403],
        ),
        ("POST", "/verlaten", &[], [303, 403, 303, 303, 303]),
        (
            "POST",
            "/fase",
            &[("stage", "maturing"), ("reason", "Nog steeds")],
            [303, 403, 403, 303, 303],
        ),
        (
            "POST",
            "/verzoeken/ELS",
            &[("besluit", "approve")],
            [303, 403, 403, 303, 303],
        ),
    ];
    for role in [
        Role::Anonymous,
        Role::Outsider,
        Role::Member,
        Role::Facilitator,
        Role::Admin,
    ] {
        for (method, suffix, form, statuses) in table {
            let mut t = demo().await;
            let impact = path_of(&mut t, "Impact").await;
            match role {
                Role::Anonymous => {}
                Role::Outsider => {
                    t.register("buiten@example.nl", "Buiten").await;
                }
                Role::Member => {
                    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
                }
                Role::Facilitator => {
                    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
                }
                Role::Admin => {
                    t.log_in_as(ADMIN.0, ADMIN.1).await;
                }
            }
            let els = user_id(&t, ELS.0).await.to_string();
            let youssef = user_id(&t, YOUSSEF.0).await.to_string();
            let suffix = suffix.replace("ELS", &els).replace("YOUSSEF", &youssef);
            let path = format!("{impact}{suffix}");
            let response = match *method {
                "GET" => t.get(&path).await,
                _ => t.post_form(&path, form).await,
            };
            let expected = statuses[role as usize];
            assert_eq!(
                response.status.as_u16(),
                expected,
                "{role:?} {method} {suffix}: {}",
                response.body
            );
            if matches!(role, Role::Anonymous) && expected == 303 {
                assert!(response.location().starts_with("/inloggen?terug="));
            }
        }
    }
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
async fn a_member_sees_only_their_own_balance_and_a_suggestion() {
    let mut t = demo().await;
    let impact = path_of(&mut t, "Impact").await;
    assert!(
        !t.get(&impact).await.has("#balance-heading"),
        "not for visitors"
    );
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let page = t.get(&impact).await;
    let card = page.text("#balance-heading ~ p:nth-of-type(2)");
    assert!(card.contains("vooral kennis op"), "{card}");
    assert!(
        page.text("section[aria-labelledby=balance-heading]")
            .contains("gehaald: 18 punten")
    );
    assert!(
        page.text("section[aria-labelledby=balance-heading]")
            .contains("instrument dat je downloadde")
    );
    assert!(
        !page.body.contains("dashboard"),
        "members get no dashboard link"
    );
}

#[tokio::test]
async fn the_facilitator_dashboard_shows_numbers_not_names() {
    let mut t = demo().await;
    let impact = path_of(&mut t, "Impact").await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    assert!(
        t.get(&impact)
            .await
            .has(&format!("a[href='{impact}/dashboard']"))
    );
    let page = t.get(&format!("{impact}/dashboard")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.text("h1"), "Dashboard: Impact");
    assert!(page.text(".key-figures").contains("één open aanvraag"));
    assert_eq!(
        page.attr("svg#backgrounds, svg[aria-labelledby^=backgrounds]", "role")
            .as_deref(),
        Some("img")
    );
    assert_eq!(
        page.text("#backgrounds-title"),
        "Deelnemers naar achtergrond"
    );
    let participation = page.texts("section[aria-labelledby=participation-heading] tbody td");
    assert_eq!(
        participation,
        [
            "bijeenkomsten",
            "3",
            "publieke evenementen",
            "2",
            "online platform",
            "2"
        ]
    );
    assert_eq!(
        page.texts("section[aria-labelledby=activity-heading] tbody tr")
            .len(),
        6
    );
    let reciprocity = page.texts("section[aria-labelledby=reciprocity-heading] tbody td");
    // given (Sanne 23 + Anouk 10), taken (Youssef 18 + Anouk 6), then how many members are
    // new, mostly taking (Youssef), balanced (Anouk), mostly giving (Sanne)
    assert_eq!(reciprocity, ["33", "24", "0", "1", "1", "1"]);
    for name in ["Youssef", "Anouk", "Sanne"] {
        assert!(
            !page
                .text("section[aria-labelledby=reciprocity-heading]")
                .contains(name)
        );
    }
}

#[tokio::test]
async fn coordinators_edit_their_atelier_and_admins_create_new_ones() {
    let mut t = demo().await;
    let veerkrachtig = path_of(&mut t, "Veerkrachtig ouder worden").await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await; // coordinator of this atelier
    let page = t.get(&veerkrachtig).await;
    assert!(page.has(&format!("a[href='{veerkrachtig}/bewerken']")));
    let form = t.get(&format!("{veerkrachtig}/bewerken")).await;
    assert_eq!(
        form.attr("#name", "value").as_deref(),
        Some("Veerkrachtig ouder worden")
    );
    assert_eq!(form.texts("#themes input[checked]").len(), 3);

    let bad = t
        .post_form(
            &format!("{veerkrachtig}/bewerken"),
            &[
                ("name", "Veerkrachtig ouder worden"),
                ("knowledge_question", ""),
                ("visibility", "public"),
                ("join_policy", "open"),
                ("theme", "1"),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.has("#knowledge_question-error"));
    assert_eq!(
        bad.attr("#join_policy-open", "checked").as_deref(),
        Some(""),
        "choices are kept"
    );

    let theme_ids: Vec<String> = form
        .html()
        .select(&scraper::Selector::parse("#themes input").unwrap())
        .filter_map(|e| e.value().attr("value").map(str::to_owned))
        .collect();
    let fields = [
        ("name", "Veerkrachtig ouder worden in de wijk"),
        ("knowledge_question", "Wat helpt ouderen in de wijk?"),
        ("description", ""),
        ("visibility", "members"),
        ("join_policy", "open"),
        ("theme", theme_ids[0].as_str()),
        ("theme", theme_ids[1].as_str()),
    ];
    let saved = t
        .post_form(&format!("{veerkrachtig}/bewerken"), &fields)
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    assert!(
        saved
            .location()
            .ends_with("-veerkrachtig-ouder-worden-in-de-wijk")
    );
    let page = t.get(saved.location()).await;
    assert_eq!(page.text("h1"), "Veerkrachtig ouder worden in de wijk");
    assert_eq!(
        page.text(".knowledge-question"),
        "Wat helpt ouderen in de wijk?"
    );
    assert!(
        page.text(".meta").contains("Fase: Onderhouden"),
        "the stage stays"
    );
    assert!(
        t.get(&veerkrachtig).await.status == StatusCode::OK,
        "old links keep working"
    );

    // A facilitator who is no coordinator cannot edit; a member cannot create.
    let impact = path_of(&mut t, "Impact").await;
    assert_eq!(
        t.get(&format!("{impact}/bewerken")).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(t.get("/ateliers/nieuw").await.status, StatusCode::FORBIDDEN);

    let mut admin = t.other_browser();
    admin.log_in_as(ADMIN.0, ADMIN.1).await;
    assert!(admin.get("/").await.has("a[href^='/ateliers/nieuw']"));
    let created = admin
        .post_form(
            "/ateliers/nieuw",
            &[
                ("name", "Digitale inclusie"),
                ("knowledge_question", "Wie doet digitaal niet mee?"),
                ("visibility", "public"),
                ("join_policy", "approval"),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let page = admin.get(created.location()).await;
    assert!(
        page.text("#mine-heading + p").contains("coördinator"),
        "the creator coordinates"
    );
    assert!(page.text(".meta").contains("Fase: Mogelijkheid"));
    let again = admin
        .post_form(
            "/ateliers/nieuw",
            &[
                ("name", "Digitale Inclusie!"),
                ("knowledge_question", "?"),
                ("visibility", "public"),
                ("join_policy", "approval"),
            ],
        )
        .await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(again.text("#name-error").contains("al een leeratelier"));
}

#[tokio::test]
async fn members_set_the_agenda_together_and_facilitators_decide() {
    let mut youssef = demo().await;
    let impact = path_of(&mut youssef, "Impact").await;
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let empty = youssef
        .post_form(
            &format!("{impact}/agenda"),
            &[("title", " "), ("description", "Omdat")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        empty.attr("#description", "value").as_deref(),
        Some("Omdat")
    );
    let proposed = youssef
        .post_form(
            &format!("{impact}/agenda"),
            &[
                ("title", "Verhalen oogsten met bewoners"),
                ("description", "Hoe doe je dat zorgvuldig?"),
            ],
        )
        .await;
    assert_eq!(proposed.status, StatusCode::SEE_OTHER);
    assert!(proposed.location().ends_with("#agenda-heading"));
    let page = youssef.get(&impact).await;
    assert!(
        page.text(".topic-list")
            .contains("één deelnemer steunt dit"),
        "the proposer supports it"
    );

    let mut anouk = youssef.other_browser();
    anouk.log_in_as(ADMIN.0, ADMIN.1).await;
    let topic_page = anouk.get(&impact).await;
    let li = scraper::Selector::parse(".topic-list > li").unwrap();
    let form = scraper::Selector::parse("form.inline-form").unwrap();
    let html = topic_page.html();
    let ours = html
        .select(&li)
        .find(|l| {
            l.text()
                .collect::<String>()
                .contains("Verhalen oogsten met bewoners")
        })
        .unwrap();
    let action = ours
        .select(&form)
        .next()
        .unwrap()
        .value()
        .attr("action")
        .unwrap()
        .to_owned();
    let line = |page: &crate::support::TestResponse| {
        page.texts(".topic-list > li")
            .into_iter()
            .find(|t| t.contains("Verhalen oogsten met bewoners"))
            .unwrap()
    };
    anouk.post_form(&action, &[]).await;
    assert!(line(&anouk.get(&impact).await).contains("2 deelnemers steunen dit"));
    anouk.post_form(&action, &[]).await;
    assert!(
        line(&anouk.get(&impact).await).contains("één deelnemer"),
        "support withdrawn"
    );

    // Members may not decide; facilitators must give a reason to close.
    let decide = action.replace("/steun", "/besluit");
    let refused = youssef.post_form(&decide, &[("status", "scheduled")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let mut sanne = youssef.other_browser();
    sanne.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let no_reason = sanne
        .post_form(&decide, &[("status", "closed"), ("note", "")])
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        no_reason
            .text(".topic-list .field-error")
            .contains("Vul dit veld in")
    );
    let closed = sanne
        .post_form(
            &decide,
            &[
                ("status", "closed"),
                ("note", "Komt aan bod in het atelier Armoede."),
            ],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let page = youssef.get(&impact).await;
    let closed = "Verhalen oogsten met bewoners — Komt aan bod in het atelier Armoede.";
    assert!(
        page.texts("#agenda-heading ~ ul li")
            .iter()
            .any(|l| l == closed)
    );
    assert_eq!(
        sanne
            .post_form(&decide, &[("status", "scheduled")])
            .await
            .status,
        StatusCode::NOT_FOUND,
        "decided once"
    );
}

#[tokio::test]
async fn an_invitation_brings_someone_without_an_account_into_the_atelier_once() {
    let mut sanne = demo().await;
    let impact = path_of(&mut sanne, "Impact").await;
    sanne
        .app
        .create_admin("root@example.nl", "Root", crate::support::PASSWORD)
        .await
        .unwrap();
    let mut root = sanne.other_browser();
    root.log_in_as("root@example.nl", crate::support::PASSWORD)
        .await;
    root.post_form("/beheer/registratie", &[("mode", "invitation")])
        .await;

    sanne.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let bad = sanne
        .post_form(
            &format!("{impact}/uitnodigingen"),
            &[("invite_email", "geen adres")],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        bad.attr("#invite_email", "value").as_deref(),
        Some("geen adres")
    );
    let sent = sanne
        .post_form(
            &format!("{impact}/uitnodigingen"),
            &[("invite_email", "nieuw@example.nl")],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER);
    assert!(
        sent.location().ends_with("#invite-heading"),
        "{}",
        sent.location()
    );
    let section = sanne
        .get(&impact)
        .await
        .text("section[aria-labelledby=invite-heading]");
    assert!(section.contains("nieuw@example.nl"), "{section}");
    let mail = sanne.mails().await.pop().unwrap();
    assert!(mail.contains("To: nieuw@example.nl") && mail.contains("Sanne de Wit nodigt je uit"));
    let token = crate::support::link_token(&mail, "/uitnodiging/");

    let mut newcomer = sanne.other_browser();
    let page = newcomer.get(&format!("/uitnodiging/{token}")).await;
    assert!(
        page.text("main")
            .contains("uitgenodigd voor het leeratelier Impact")
    );
    let register = page.attr("main .actions a.button", "href").unwrap();
    let form = newcomer.get(&register).await;
    assert!(
        form.has("form.form"),
        "an atelier invitation opens registration on an invitation-only platform"
    );
    let fields = [
        ("email", "nieuw@example.nl"),
        ("display_name", "Nieuw"),
        ("password", crate::support::PASSWORD),
        ("uitnodiging", token.as_str()),
        ("terug", &format!("/uitnodiging/{token}")),
    ];
    let registered = newcomer.post_form("/registreren", &fields).await;
    assert_eq!(registered.location(), format!("/uitnodiging/{token}"));
    let accept = newcomer.get(&format!("/uitnodiging/{token}")).await;
    assert!(accept.has("#participation"));
    let none = newcomer
        .post_form(&format!("/uitnodiging/{token}"), &[])
        .await;
    assert_eq!(none.status, StatusCode::UNPROCESSABLE_ENTITY);
    let accepted = newcomer
        .post_form(&format!("/uitnodiging/{token}"), &[("online", "on")])
        .await;
    assert_eq!(
        (accepted.status, accepted.location()),
        (StatusCode::SEE_OTHER, impact.as_str())
    );
    let page = newcomer.get(&impact).await;
    assert!(
        page.text("#mine-heading + p").contains("deelnemer"),
        "a member at once, no approval needed"
    );

    let gone = newcomer.get(&format!("/uitnodiging/{token}")).await;
    assert_eq!(gone.status, StatusCode::GONE);
    assert!(gone.text("main").contains("werkt niet meer"));
    assert_eq!(
        newcomer
            .post_form(&format!("/uitnodiging/{token}"), &[("online", "on")])
            .await
            .status,
        StatusCode::GONE
    );
    assert_eq!(
        newcomer.get("/uitnodiging/onzin").await.status,
        StatusCode::GONE
    );
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

#[tokio::test]
async fn admins_edit_the_werkplaats_and_its_themes() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert!(
        !t.get("/").await.body.contains("/beheer\""),
        "members see no settings link"
    );
    let w = store::werkplaatsen::list(t.app.db()).await.unwrap()[0].id;
    assert_eq!(
        t.get(&format!("/werkplaatsen/{w}/beheer")).await.status,
        StatusCode::FORBIDDEN
    );

    let mut admin = t.other_browser();
    admin.log_in_as(ADMIN.0, ADMIN.1).await;
    let settings = format!("/werkplaatsen/{w}/beheer");
    assert!(admin.get("/").await.has(&format!("a[href='{settings}']")));
    let page = admin.get(&settings).await;
    assert_eq!(page.texts(".topic-list > li").len(), 5);
    let empty = admin
        .post_form(&settings, &[("name", " "), ("description", "Nieuw")])
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.text("#description"), "Nieuw");
    admin
        .post_form(
            &settings,
            &[
                ("name", "Werkplaats Noord (demo)"),
                ("description", "Samen leren"),
            ],
        )
        .await;
    assert_eq!(
        admin.get("/").await.text(".werkplaats h2"),
        "Werkplaats Noord (demo)"
    );

    let themes = format!("/werkplaatsen/{w}/themas");
    let taken = admin
        .post_form(&themes, &[("name", "Samenwerken"), ("description", "")])
        .await;
    assert_eq!(taken.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(taken.text("#name-error").contains("al een thema"));
    let added = admin
        .post_form(
            &themes,
            &[
                ("name", "Digitale inclusie"),
                ("description", "Meedoen online"),
            ],
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER);
    let theme_id =
        store::ateliers::list_themes_by_werkplaats(admin.app.db(), domain::WerkplaatsId(w))
            .await
            .unwrap()
            .into_iter()
            .find(|t| t.name == "Digitale inclusie")
            .unwrap()
            .id;
    let renamed = admin
        .post_form(
            &format!("{themes}/{theme_id}"),
            &[("name", "Digitaal meedoen"), ("description", "")],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    assert!(
        admin
            .get("/")
            .await
            .texts(".theme-list dt")
            .contains(&"Digitaal meedoen".to_owned())
    );
    assert_eq!(
        admin
            .post_form(&format!("{themes}/999999"), &[("name", "X")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn one_install_holds_several_werkplaatsen() {
    let mut admin = demo().await;
    admin.log_in_as(ADMIN.0, ADMIN.1).await;
    let mut facilitator = admin.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let refused = facilitator
        .post_form("/beheer/werkplaatsen", &[("name", "Werkplaats Zuid")])
        .await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);

    let empty = admin
        .post_form(
            "/beheer/werkplaatsen",
            &[("name", ""), ("description", "Zuid")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(empty.attr("#description", "value").as_deref(), Some("Zuid"));
    let created = admin
        .post_form(
            "/beheer/werkplaatsen",
            &[("name", "Werkplaats Zuid"), ("description", "")],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let home = admin.get("/").await;
    assert_eq!(
        home.texts(".werkplaats h2"),
        ["Werkplaats Sociaal Domein (demo)", "Werkplaats Zuid"]
    );
    let zuid = store::werkplaatsen::list(admin.app.db())
        .await
        .unwrap()
        .into_iter()
        .find(|w| w.name == "Werkplaats Zuid")
        .unwrap()
        .id;
    assert!(home.has(&format!("a[href='/ateliers/nieuw?werkplaats={zuid}']")));

    let form = admin
        .get(&format!("/ateliers/nieuw?werkplaats={zuid}"))
        .await;
    assert_eq!(
        form.attr("input[name=werkplaats]", "value"),
        Some(zuid.to_string())
    );
    let fields = [
        ("werkplaats", zuid.to_string()),
        ("name", "Armoede".to_owned()),
        ("knowledge_question", "Wat werkt in het zuiden?".to_owned()),
        ("visibility", "public".to_owned()),
        ("join_policy", "open".to_owned()),
    ];
    let fields: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let saved = admin.post_form("/ateliers/nieuw", &fields).await;
    assert_eq!(
        saved.status,
        StatusCode::SEE_OTHER,
        "the same name is fine in another werkplaats"
    );
    let home = admin.get("/").await;
    let sections = home.texts(".werkplaats");
    assert!(
        sections[1].contains("Wat werkt in het zuiden?"),
        "{sections:?}"
    );
    // The demo facilitator coordinates nothing in Zuid.
    assert_eq!(
        facilitator
            .get(&format!("/ateliers/nieuw?werkplaats={zuid}"))
            .await
            .status,
        StatusCode::FORBIDDEN
    );
}
