//! Settings: coordinators edit their atelier; admins create ateliers, themes and werkplaatsen.

use crate::ateliers::{ADMIN, FACILITATOR, YOUSSEF, demo, path_of};
use axum::http::StatusCode;

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
