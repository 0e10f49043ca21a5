//! The member directory and profiles respect what each member chose to show.

use crate::support::TestApp;
use axum::http::StatusCode;

#[tokio::test]
async fn members_choose_who_sees_what_and_the_email_stays_private_by_default() {
    let mut ann = TestApp::new().await;
    ann.register("ann@example.nl", "Ann").await;
    let settings = ann.get("/account").await;
    assert_eq!(
        settings
            .attr("#email_visibility option[selected]", "value")
            .as_deref(),
        Some("private")
    );

    let bad = ann
        .post_form(
            "/account",
            &[
                ("display_name", "Ann"),
                ("locale", "nl"),
                ("expertise", &"x".repeat(41)),
            ],
        )
        .await;
    assert_eq!(bad.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(bad.text("#expertise-error").contains("40"));

    let saved = ann
        .post_form(
            "/account",
            &[
                ("display_name", "Ann"),
                ("organisation", "Wijkteam Zuid"),
                ("background", "sociaal-werker"),
                ("locale", "nl"),
                ("bio", "Ik werk met gezinnen."),
                ("expertise", "schuldhulp, Most Significant Change"),
                ("email_visibility", "private"),
                ("organisation_visibility", "public"),
                ("background_visibility", "members"),
                ("expertise_visibility", "members"),
                ("ateliers_visibility", "private"),
                ("attribution", "anonymous"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let settings = ann.get("/account").await;
    assert_eq!(
        settings.attr("#expertise", "value").as_deref(),
        Some("schuldhulp, Most Significant Change")
    );
    assert_eq!(
        settings
            .attr("#attribution-anonymous", "checked")
            .as_deref(),
        Some("")
    );
    let ann_id = store::users::find_by_email(ann.app.db(), "ann@example.nl")
        .await
        .unwrap()
        .unwrap()
        .id;
    let own = ann.get(&format!("/deelnemers/{ann_id}")).await;
    assert!(
        own.body.contains("ann@example.nl"),
        "the owner sees everything"
    );

    let mut bob = ann.other_browser();
    let anonymous = bob.get(&format!("/deelnemers/{ann_id}")).await;
    assert_eq!(anonymous.text("h1"), "Ann");
    assert!(
        anonymous.text("main").contains("Wijkteam Zuid"),
        "public organisation"
    );
    assert!(
        !anonymous.text("main").contains("schuldhulp"),
        "members-only expertise"
    );
    assert_eq!(
        bob.get("/deelnemers").await.status,
        StatusCode::SEE_OTHER,
        "the directory needs log-in"
    );

    bob.register("bob@example.nl", "Bob").await;
    let member = bob.get(&format!("/deelnemers/{ann_id}")).await;
    assert!(
        member.text("main").contains("schuldhulp")
            && member.text("main").contains("Sociaal werker")
    );
    assert!(
        !member.body.contains("ann@example.nl"),
        "the e-mail address stays private"
    );

    let directory = bob.get("/deelnemers?vraag=Significant").await;
    assert_eq!(directory.texts(".member-cards h2"), ["Ann"]);
    assert_eq!(
        bob.get("/deelnemers?achtergrond=docent")
            .await
            .texts(".member-cards h2"),
        ["Bob"]
    );
    let all = bob.get("/deelnemers").await;
    assert_eq!(all.texts(".member-cards h2"), ["Ann", "Bob"]);
    assert_eq!(all.text("[role=status]"), "2 deelnemers gevonden");
}

#[tokio::test]
async fn hidden_fields_cannot_be_found_by_filtering() {
    let mut ann = TestApp::new().await;
    ann.register("ann@example.nl", "Ann").await;
    let fields = [
        ("display_name", "Ann"),
        ("locale", "nl"),
        ("background", "onderzoeker"),
        ("expertise", "geheim onderwerp"),
        ("expertise_visibility", "private"),
        ("background_visibility", "private"),
    ];
    ann.post_form("/account", &fields).await;
    let mut bob = ann.other_browser();
    bob.register("bob@example.nl", "Bob").await;
    assert!(
        bob.get("/deelnemers?vraag=geheim")
            .await
            .texts(".member-cards h2")
            .is_empty()
    );
    assert!(
        bob.get("/deelnemers?achtergrond=onderzoeker")
            .await
            .texts(".member-cards h2")
            .is_empty()
    );
    assert_eq!(
        bob.get("/deelnemers/999999").await.status,
        StatusCode::NOT_FOUND
    );
}
