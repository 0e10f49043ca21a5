//! A large atelier's home page: its first members (those who lead it first) with a link to
//! everyone, and its newest knowledge with a link to the rest in the knowledge base. The members
//! page lists everyone, with the remove buttons for facilitators, and is closed to whoever may
//! not see the atelier's members.

use crate::ateliers::{ELS, FACILITATOR, demo, path_of};
use axum::http::StatusCode;
use domain::{AtelierId, Locale};
use store::memberships::NewMembership;
use store::users::NewUser;

/// The id of the atelier at `path`.
fn id_of(path: &str) -> i64 {
    path.trim_start_matches("/ateliers/")
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

/// Adds `n` active members to the atelier at `path`.
async fn add_members(t: &crate::support::TestApp, path: &str, n: usize) {
    let id = id_of(path);
    for k in 0..n {
        let email = format!("extra{k}@example.nl");
        let name = format!("Aaron Extra {k:02}");
        let user = NewUser {
            email: &email,
            password_hash: "$argon2id$not-used",
            display_name: &name,
            organisation: "",
            background: domain::accounts::Background::Student,
            locale: Locale::Nl,
            is_admin: false,
        };
        let user = store::users::insert(t.app.db(), &user, 1).await.unwrap();
        let membership = NewMembership {
            atelier: AtelierId(id),
            user,
            role: "member",
            status: "active",
            meetings: true,
            public_events: true,
            online: true,
            request_message: "",
        };
        store::memberships::upsert(t.app.db(), &membership, 1)
            .await
            .unwrap();
    }
}

#[tokio::test]
async fn a_large_atelier_shows_its_first_members_and_links_to_everyone() {
    let mut t = demo().await;
    let impact = path_of(&mut t, "Impact").await;
    add_members(&t, &impact, 30).await;
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;

    let home = t.get(&impact).await;
    let rows = home.texts("#members-heading ~ table tbody tr");
    assert_eq!(rows.len(), 24, "the first 24 on the home page");
    // "Aaron Extra" sorts before everyone by name; those who lead the atelier still come first.
    assert!(!rows[0].contains("Aaron Extra"), "{}", rows[0]);
    let all = home.texts("#members-heading ~ p a");
    let link = all.iter().find(|l| l.starts_with("Alle ")).unwrap();
    let count: usize = link.split_whitespace().nth(1).unwrap().parse().unwrap();
    assert!(count > 30, "{link}");

    let page = t.get(&format!("{impact}/deelnemers")).await;
    assert_eq!(page.status, StatusCode::OK);
    let everyone = page.texts("table tbody tr");
    assert_eq!(everyone.len(), count);
    assert!(everyone.iter().any(|r| r.contains("Aaron Extra 29")));
    assert!(
        page.has("form[action$='/verwijderen']"),
        "a facilitator may remove"
    );
}

#[tokio::test]
async fn the_members_page_is_for_those_who_may_see_the_members() {
    let mut t = demo().await;
    let closed = path_of(&mut t, "Sociale Duurzaamheid").await;
    let members = format!("{closed}/deelnemers");
    assert_eq!(t.get(&members).await.status, StatusCode::NOT_FOUND);
    t.log_in_as(ELS.0, ELS.1).await;
    let page = t.get(&members).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text("table").contains("Els Jansen"));
    assert!(
        !page.has("form[action$='/verwijderen']"),
        "a member removes nobody"
    );
    assert_eq!(
        t.get("/ateliers/9999/deelnemers").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn the_home_page_shows_the_newest_knowledge_and_links_to_the_rest() {
    let mut t = demo().await;
    let impact = path_of(&mut t, "Impact").await;
    let author = crate::ateliers::user_id(&t, FACILITATOR.0).await;
    // 12 public items, then 45 newer ones for the atelier's members only: more than the page
    // reads beyond what it shows, so the visibility must be asked of the database.
    for n in 0..57 {
        let content = domain::knowledge::KnowledgeContent {
            kind: "artikel".into(),
            visibility: if n < 12 { "public" } else { "atelier" }.into(),
            language: "nl".into(),
            title: format!("Nieuwste notitie {n:02}"),
            summary: "Kort.".into(),
            body: String::new(),
            target_group: String::new(),
            authors: String::new(),
            organisations: String::new(),
            licence: "CC BY 4.0".into(),
            tags: Vec::new(),
            themes: Vec::new(),
            purpose: String::new(),
            duration: String::new(),
            group_size: String::new(),
            materials: String::new(),
        };
        let id = store::knowledge::insert(
            t.app.db(),
            AtelierId(id_of(&impact)),
            domain::UserId(author),
            "notitie",
            &content,
            4_000_000_000 + n,
        )
        .await
        .unwrap();
        store::knowledge::update_status(t.app.db(), id, "published", 4_000_000_000 + n)
            .await
            .unwrap();
    }
    let visitor = t.get(&impact).await;
    let items = visitor.texts("#knowledge-heading ~ ul li");
    assert_eq!(items.len(), 10, "{items:?}");
    assert!(
        items[0].contains("Nieuwste notitie 11"),
        "the newest public first"
    );
    t.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let home = t.get(&impact).await;
    let items = home.texts("#knowledge-heading ~ ul li");
    assert_eq!(items.len(), 10, "{items:?}");
    assert!(
        items[0].contains("Nieuwste notitie 56"),
        "a member sees the newest"
    );
    let all = format!("/kennis?atelier={}", id_of(&impact));
    assert!(home.has(&format!("#knowledge-heading ~ p a[href='{all}']")));
}
