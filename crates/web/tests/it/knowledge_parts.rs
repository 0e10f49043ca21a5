//! Attachments and collections over HTTP: checked uploads that leave nothing behind when
//! refused, downloads with the item's visibility (counted as "take"), ordered collections that
//! show each reader only what they may read.

use crate::ateliers::{ELS, FACILITATOR, YOUSSEF, demo, user_id};
use crate::knowledge::{draft, item_fields};
use crate::support::TestApp;
use axum::http::StatusCode;
use domain::knowledge::attachment::MAX_ATTACHMENT_BYTES;

const PDF: &[u8] = b"%PDF-1.4\n% Verslag van de bijeenkomst\n%%EOF\n";

fn stored_files(t: &TestApp) -> usize {
    std::fs::read_dir(t.mail_dir.join("data").join("attachments"))
        .map(|dir| dir.count())
        .unwrap_or(0)
}

async fn attachment_count(t: &TestApp, item: &str) -> usize {
    let id: i64 = item
        .trim_start_matches("/kennis/")
        .split('-')
        .next()
        .unwrap()
        .parse()
        .unwrap();
    store::knowledge_attachments::list_by_item(t.app.db(), domain::KnowledgeId(id))
        .await
        .unwrap()
        .len()
}

#[tokio::test]
async fn attachments_are_checked_stored_downloaded_and_removed() {
    let mut youssef = demo().await;
    let (item, atelier) = draft(&mut youssef).await;

    let added = youssef
        .post_file(
            &format!("{item}/bijlagen"),
            "../Verslag juni.pdf",
            PDF,
            true,
        )
        .await;
    assert_eq!(added.status, StatusCode::SEE_OTHER, "{}", added.body);
    assert!(added.location().ends_with("#bijlagen"));
    let page = youssef.get(&item).await;
    let link = page.attr("#bijlagen a[download]", "href").unwrap();
    assert_eq!(page.text("#bijlagen a[download]"), "Verslag juni.pdf");
    assert!(link.ends_with("/Verslag%20juni.pdf"), "{link}");
    assert!(page.text("#bijlagen .meta").contains("PDF"));
    assert_eq!(stored_files(&youssef), 1);

    // Refused uploads re-show the page with the reason and store nothing.
    for (name, bytes, message) in [
        (
            "rapport.pdf",
            b"MZ\x90\x00 a program".to_vec(),
            "past niet bij de naam",
        ),
        (
            "pagina.html",
            b"<script>alert(1)</script>".to_vec(),
            "kan niet als bijlage",
        ),
        ("", Vec::new(), "Kies een bestand"),
        (
            "groot.pdf",
            vec![b'%'; MAX_ATTACHMENT_BYTES + 10],
            "te groot",
        ),
    ] {
        let refused = youssef
            .post_file(&format!("{item}/bijlagen"), name, &bytes, true)
            .await;
        assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY, "{name}");
        assert!(refused.text("#file-error").contains(message), "{name}");
        assert_eq!(
            refused.attr("#file", "aria-invalid").as_deref(),
            Some("true")
        );
    }
    // Far beyond the limit: the error page, before anything is parsed.
    let huge = youssef
        .post_file(
            &format!("{item}/bijlagen"),
            "huge.pdf",
            &vec![b'%'; MAX_ATTACHMENT_BYTES + 1024 * 1024],
            true,
        )
        .await;
    assert_eq!(huge.status, StatusCode::PAYLOAD_TOO_LARGE);
    assert!(huge.text("main").contains("20 MB"));
    // Without the form token nothing happens.
    let forged = youssef
        .post_file(&format!("{item}/bijlagen"), "x.pdf", PDF, false)
        .await;
    assert_eq!(forged.status, StatusCode::FORBIDDEN);
    assert_eq!(attachment_count(&youssef, &item).await, 1);
    assert_eq!(stored_files(&youssef), 1);

    // A draft's files are as hidden as the draft; published, they follow its visibility.
    let mut visitor = youssef.other_browser();
    assert_eq!(visitor.get(&link).await.status, StatusCode::NOT_FOUND);
    let mut els = youssef.other_browser();
    els.log_in_as(ELS.0, ELS.1).await;
    assert_eq!(
        els.post_file(&format!("{item}/bijlagen"), "x.pdf", PDF, true)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    let mut facilitator = youssef.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    facilitator
        .post_form(&format!("{item}/publiceren"), &[])
        .await;
    let file = visitor.get(&link).await;
    assert_eq!(file.status, StatusCode::OK);
    assert_eq!(file.headers["content-type"], "application/pdf");
    let disposition = file.headers["content-disposition"].to_str().unwrap();
    assert!(
        disposition.starts_with("attachment;") && disposition.contains("Verslag%20juni.pdf"),
        "{disposition}"
    );
    assert_eq!(file.body.as_bytes(), PDF);

    // A download by another member counts as taking; the author's own does not.
    let els_id = user_id(&els, ELS.0).await;
    let downloads = |t: &TestApp, who: i64| {
        let db = t.app.db().clone();
        let atelier = domain::AtelierId(atelier.parse().unwrap());
        async move {
            store::activities::count_by_user(&db, atelier)
                .await
                .unwrap()
                .into_iter()
                .filter(|(user, kind, _)| *user == who && kind == "download")
                .map(|(_, _, n)| n)
                .sum::<i64>()
        }
    };
    let before = downloads(&els, els_id).await;
    assert_eq!(els.get(&link).await.status, StatusCode::OK);
    assert_eq!(downloads(&els, els_id).await, before + 1);
    let youssef_id = user_id(&youssef, YOUSSEF.0).await;
    let before = downloads(&youssef, youssef_id).await;
    youssef.get(&link).await;
    assert_eq!(downloads(&youssef, youssef_id).await, before);

    // Only writers remove; the file goes from the disk too.
    let remove = format!("{}/verwijderen", link.rsplit_once('/').unwrap().0);
    assert_eq!(
        els.post_form(&remove, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    let removed = youssef.post_form(&remove, &[]).await;
    assert_eq!(removed.status, StatusCode::SEE_OTHER);
    assert_eq!(stored_files(&youssef), 0);
    assert_eq!(visitor.get(&link).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn facilitators_arrange_collections_that_readers_see_filtered() {
    let mut youssef = demo().await;
    let (first, atelier) = draft(&mut youssef).await;
    let mut fields = item_fields(&atelier, "Alleen voor het atelier", "Tekst");
    fields.retain(|(k, _)| *k != "visibility");
    fields.push(("visibility", "atelier"));
    let second = youssef.post_form("/kennis", &fields).await;
    let second = second.location().to_owned();
    let mut facilitator = youssef.other_browser();
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    for item in [&first, &second] {
        let published = facilitator
            .post_form(&format!("{item}/publiceren"), &[])
            .await;
        assert_eq!(published.status, StatusCode::SEE_OTHER);
    }

    // A member of Impact (who facilitates elsewhere) cannot start one there.
    let choice = format!("#atelier option[value='{atelier}']");
    assert!(!youssef.get("/kennis/collecties").await.has(&choice));
    let overview = facilitator.get("/kennis/collecties").await;
    assert!(overview.has(&choice));
    let refused = facilitator
        .post_form(
            "/kennis/collecties",
            &[
                ("atelier", &atelier),
                ("title", " "),
                ("description", "Mijn uitleg"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.text("#description"), "Mijn uitleg");
    assert_eq!(
        youssef
            .post_form(
                "/kennis/collecties",
                &[("atelier", &atelier), ("title", "Van een lid")],
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let created = facilitator
        .post_form(
            "/kennis/collecties",
            &[
                ("atelier", &atelier),
                ("title", "Impact: aan de slag"),
                ("description", "Begin **hier**."),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    let collection = created.location().to_owned();
    assert!(collection.ends_with("-impact-aan-de-slag"), "{collection}");
    let id = collection
        .trim_start_matches("/kennis/collecties/")
        .split('-')
        .next()
        .unwrap()
        .to_owned();

    // Added from each item's page, in order.
    for item in [&first, &second] {
        let page = facilitator.get(item).await;
        assert!(page.has(&format!("#collection option[value='{id}']")));
        let added = facilitator
            .post_form(&format!("{item}/collecties"), &[("collection", &id)])
            .await;
        assert_eq!(added.status, StatusCode::SEE_OTHER);
    }
    let page = facilitator.get(&collection).await;
    assert_eq!(page.text(".prose strong"), "hier");
    assert_eq!(
        page.texts(".collection-items h3"),
        ["Stappen voor de wijk", "Alleen voor het atelier"]
    );
    assert!(
        facilitator
            .get(&first)
            .await
            .text("main")
            .contains("Impact: aan de slag")
    );

    // Moving and who may.
    let second_id = second
        .trim_start_matches("/kennis/")
        .split('-')
        .next()
        .unwrap();
    let up = format!("{collection}/items/{second_id}/omhoog");
    assert_eq!(
        youssef.post_form(&up, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        facilitator.post_form(&up, &[]).await.status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(
        facilitator
            .get(&collection)
            .await
            .texts(".collection-items h3"),
        ["Alleen voor het atelier", "Stappen voor de wijk"]
    );

    // A visitor sees only the public item; the member sees both.
    let mut visitor = youssef.other_browser();
    assert_eq!(
        visitor.get(&collection).await.texts(".collection-items h3"),
        ["Stappen voor de wijk"]
    );
    assert_eq!(
        youssef
            .get(&collection)
            .await
            .texts(".collection-items h3")
            .len(),
        2
    );

    // Renamed, the old address redirects; removed, the items stay.
    let renamed = facilitator
        .post_form(
            &format!("{collection}/bewerken"),
            &[("title", "Impact: beginnen"), ("description", "")],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    let old = visitor.get(&collection).await;
    assert_eq!(old.status, StatusCode::PERMANENT_REDIRECT);
    assert!(old.location().ends_with("-impact-beginnen"));
    let new_path = old.location().to_owned();
    let taken_out = facilitator
        .post_form(&format!("{new_path}/items/{second_id}/verwijderen"), &[])
        .await;
    assert_eq!(taken_out.status, StatusCode::SEE_OTHER);
    assert_eq!(
        facilitator
            .get(&new_path)
            .await
            .texts(".collection-items h3"),
        ["Stappen voor de wijk"]
    );
    let deleted = facilitator
        .post_form(&format!("{new_path}/verwijderen"), &[])
        .await;
    assert_eq!(deleted.location(), "/kennis/collecties");
    assert_eq!(visitor.get(&new_path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(visitor.get(&first).await.status, StatusCode::OK);
}

#[tokio::test]
async fn a_members_only_ateliers_collections_stay_with_its_members() {
    let mut admin = demo().await;
    admin
        .log_in_as(crate::ateliers::ADMIN.0, crate::ateliers::ADMIN.1)
        .await;
    let closed = crate::ateliers::path_of(&mut admin, "Sociale Duurzaamheid").await;
    let atelier = closed
        .trim_start_matches("/ateliers/")
        .split('-')
        .next()
        .unwrap()
        .to_owned();
    let created = admin
        .post_form(
            "/kennis/collecties",
            &[
                ("atelier", &atelier),
                ("title", "Binnen de wijk"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let collection = created.location().to_owned();
    let mut visitor = admin.other_browser();
    assert!(
        !visitor
            .get("/kennis/collecties")
            .await
            .body
            .contains("Binnen de wijk")
    );
    assert_eq!(visitor.get(&collection).await.status, StatusCode::NOT_FOUND);
    assert_eq!(admin.get(&collection).await.status, StatusCode::OK);
}
