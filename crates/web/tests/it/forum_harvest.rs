//! Forum over HTTP, continued: harvesting (ticked posts) into a draft knowledge item that the
//! thread links to, facilitators' categories (make, rename, remove when empty), quoting, and
//! slow questions on the meeting agenda.

use crate::ateliers::{FACILITATOR, YOUSSEF, demo};
use crate::forum_moderation::facilitator_thread;
use axum::http::StatusCode;

#[tokio::test]
async fn harvesting_and_new_categories() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let (thread, _) = facilitator_thread(&mut facilitator).await;
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    assert_eq!(
        youssef
            .post_form(&format!("{thread}/oogsten"), &[])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    // A second post that is not taken along.
    youssef
        .post_form(
            &format!("{thread}/reacties"),
            &[
                ("body", "Wij nog niet, maar wel met de Impactladder."),
                ("submission", "h-2"),
            ],
        )
        .await;
    let page = facilitator.get(&thread).await;
    let choices: Vec<String> = page
        .html()
        .select(&scraper::Selector::parse("input[name='post']").unwrap())
        .map(|i| i.value().attr("value").unwrap().to_owned())
        .collect();
    assert_eq!(choices.len(), 2);
    let harvested = facilitator
        .post_form(&format!("{thread}/oogsten"), &[("post", &choices[0])])
        .await;
    assert_eq!(harvested.status, StatusCode::SEE_OTHER);
    let edit = harvested.location().to_owned();
    assert!(
        edit.starts_with("/kennis/") && edit.ends_with("/bewerken"),
        "{edit}"
    );
    let form = facilitator.get(&edit).await;
    assert_eq!(form.status, StatusCode::OK);
    assert!(form.text("#body").contains("oogstkaart al gebruikt"));
    assert!(
        !form.text("#body").contains("Impactladder"),
        "only the ticked post"
    );
    assert!(
        form.text("#body").contains("/forum/onderwerpen/"),
        "links back"
    );
    let page = facilitator.get(&thread).await;
    assert!(page.has(".harvest-note a"));
    // Once: harvesting again leads to the same draft.
    let again = facilitator
        .post_form(&format!("{thread}/oogsten"), &[])
        .await;
    assert_eq!(again.location(), edit);

    // Categories: the facilitator of Impact may add one there, a member may not.
    let impact = facilitator
        .get("/forum/categorieen/nieuw")
        .await
        .html()
        .select(&scraper::Selector::parse("#atelier option").unwrap())
        .find(|o| o.text().collect::<String>() == "Impact")
        .unwrap()
        .value()
        .attr("value")
        .unwrap()
        .to_owned();
    let refused = facilitator
        .post_form(
            "/forum/categorieen",
            &[
                ("atelier", &impact),
                ("name", ""),
                ("description", "Over meten"),
            ],
        )
        .await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(
        refused.attr("#description", "value").as_deref(),
        Some("Over meten")
    );
    let created = facilitator
        .post_form(
            "/forum/categorieen",
            &[
                ("atelier", &impact),
                ("name", "Intervisie"),
                ("description", ""),
            ],
        )
        .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER);
    assert!(created.location().ends_with("-intervisie"));
    assert_eq!(
        youssef
            .post_form(
                "/forum/categorieen",
                &[("atelier", &impact), ("name", "Van een lid")]
            )
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert!(
        youssef
            .get("/forum")
            .await
            .text("main")
            .contains("Intervisie")
    );

    // Renaming and removing: moderators only; a category with topics stays.
    let intervisie = created.location().to_owned();
    assert_eq!(
        youssef
            .post_form(&format!("{intervisie}/bewerken"), &[("name", "Van mij")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let renamed = facilitator
        .post_form(
            &format!("{intervisie}/bewerken"),
            &[
                ("name", "Intervisie en reflectie"),
                ("description", "Samen terugkijken"),
            ],
        )
        .await;
    assert_eq!(renamed.status, StatusCode::SEE_OTHER);
    let intervisie = renamed.location().to_owned();
    assert!(
        intervisie.ends_with("-intervisie-en-reflectie"),
        "{intervisie}"
    );
    // The order: a new category comes last in its atelier; moving it up swaps it with the one
    // before (moderators only; an unknown direction is a bad request).
    let titles = |page: &crate::support::TestResponse| page.texts(".result-title a");
    let before = titles(&facilitator.get("/forum").await);
    let at = before
        .iter()
        .position(|t| t == "Intervisie en reflectie")
        .unwrap();
    let order = format!("{intervisie}/volgorde");
    assert_eq!(
        youssef
            .post_form(&order, &[("richting", "omhoog")])
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        facilitator
            .post_form(&order, &[("richting", "zijwaarts")])
            .await
            .status,
        StatusCode::BAD_REQUEST
    );
    let moved = facilitator
        .post_form(&order, &[("richting", "omhoog")])
        .await;
    assert_eq!(moved.location(), "/forum");
    let after = titles(&facilitator.get("/forum").await);
    assert_eq!(after[at - 1], "Intervisie en reflectie", "{after:?}");
    assert_eq!(after[at], before[at - 1]);
    facilitator
        .post_form(&order, &[("richting", "omlaag")])
        .await;
    assert_eq!(titles(&facilitator.get("/forum").await), before);

    let overview = facilitator.get("/forum").await;
    let busy = overview.link(".result-title a", "Meten en vertellen");
    let kept = facilitator
        .post_form(&format!("{busy}/verwijderen"), &[])
        .await;
    assert_eq!(kept.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(kept.text(".error-summary").contains("Verplaats ze eerst"));
    let removed = facilitator
        .post_form(&format!("{intervisie}/verwijderen"), &[])
        .await;
    assert_eq!(removed.location(), "/forum");
    assert_eq!(
        facilitator.get(&intervisie).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn quoting_and_slow_questions_on_the_agenda() {
    let mut facilitator = demo().await;
    facilitator.log_in_as(FACILITATOR.0, FACILITATOR.1).await;
    let (thread, post) = facilitator_thread(&mut facilitator).await;
    let mut youssef = facilitator.other_browser();
    youssef.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let page = youssef.get(&thread).await;
    let quote = page.attr(".quote-link", "href").unwrap();
    assert!(quote.contains(&format!("citeer={post}")), "{quote}");
    let form = youssef.get(&quote).await;
    let body = form.text("#body");
    assert!(body.starts_with("@Sanne de Wit schreef:"), "{body:?}");
    assert!(
        form.body
            .contains("schreef:\n&#62; Wie heeft de oogstkaart"),
        "each line quoted"
    );

    // A slow question from the demo goes onto the Impact agenda once.
    let overview = youssef.get("/forum").await;
    let category = overview.link(".result-title a", "Verantwoorden aan gemeente en fondsen");
    let slow = youssef.get(&category).await.link(
        ".result-title a",
        "Mag je een verhaal van een bewoner gebruiken in een verantwoording aan de gemeente?",
    );
    let page = youssef.get(&slow).await;
    assert!(page.has(".slow-prompt form"));
    let put = youssef.post_form(&format!("{slow}/agenderen"), &[]).await;
    assert_eq!(put.status, StatusCode::SEE_OTHER);
    let atelier = put.location().split('#').next().unwrap().to_owned();
    youssef.post_form(&format!("{slow}/agenderen"), &[]).await;
    let agenda = youssef.get(&atelier).await;
    let title =
        "Mag je een verhaal van een bewoner gebruiken in een verantwoording aan de gemeente?";
    let titles = agenda.texts(".topic-list h3");
    assert_eq!(
        titles.iter().filter(|t| *t == title).count(),
        1,
        "proposed once"
    );
    // Only slow questions go there.
    assert_eq!(
        youssef
            .post_form(&format!("{thread}/agenderen"), &[])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}
