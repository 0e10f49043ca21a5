//! What ateliers do together: the private balance, the facilitator dashboard, the agenda,
//! invitations by e-mail.

use crate::ateliers::{ADMIN, FACILITATOR, YOUSSEF, demo, path_of};
use axum::http::StatusCode;

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
    // given (Sanne 23 + Anouk 10, plus 25 for the demo knowledge items they wrote), taken
    // (Youssef 18 + Anouk 6), then how many members are new, mostly taking (Youssef),
    // balanced (none), mostly giving (Sanne, Anouk)
    assert_eq!(reciprocity, ["58", "24", "0", "1", "0", "2"]);
    for name in ["Youssef", "Anouk", "Sanne"] {
        assert!(
            !page
                .text("section[aria-labelledby=reciprocity-heading]")
                .contains(name)
        );
    }
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
