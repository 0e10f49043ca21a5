//! Stories, MSC rounds and the effect register over HTTP: a story needs consent and a box (or
//! "unexpected"); a round collects per domain, then the panel chooses one story per domain with
//! its reason, and the choice is mailed to the team; an effect is refused without its facets and
//! the basis of its judgements, and keeps what was typed.

use crate::ateliers::{YOUSSEF, demo};
use crate::impact::fresh;
use axum::http::StatusCode;

fn story<'a>(title: &'a str, domain: &'a str, consent: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("domain", domain),
        ("teller_role", "bewoner"),
        ("told_on", "12-3-2026"),
        ("title", title),
        ("body", "Ik ken nu de buren van twee hoog."),
        ("why_significant", "Ik ben niet meer alleen."),
        ("nodes", "1"),
        ("consent", consent),
    ]
}

#[tokio::test]
async fn an_msc_round_collects_chooses_and_feeds_back() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    let empty = t
        .post_form(
            &format!("{impact}/msc"),
            &[("title", "Ronde 1"), ("domains", " \n ")],
        )
        .await;
    assert_eq!(empty.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(empty.has("#domains-error"));
    assert_eq!(empty.attr("#title", "value").as_deref(), Some("Ronde 1"));
    let started = t
        .post_form(
            &format!("{impact}/msc"),
            &[
                ("title", "Ronde 1"),
                ("domains", "Contact\nMeedoen"),
                ("panel", "twee bewoners"),
            ],
        )
        .await;
    let round = started.location().to_owned();
    let nothing = t.post_form(&format!("{round}/sluiten"), &[]).await;
    assert_eq!(
        nothing.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "no stories yet"
    );

    let no_consent = t
        .post_form(&format!("{round}/verhalen"), &story("Buren", "Contact", ""))
        .await;
    assert_eq!(no_consent.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_consent.has("#consent-error"));
    assert_eq!(no_consent.attr("#title", "value").as_deref(), Some("Buren"));
    assert!(
        no_consent.has("#node-1[checked]"),
        "the chosen box stays chosen"
    );
    let guard = t
        .post_form(
            &format!("{round}/verhalen"),
            &[
                ("domain", "Contact"),
                ("teller_role", "bewoner"),
                ("told_on", "12-3-2026"),
                ("title", "Adres"),
                (
                    "body",
                    "Mevrouw Jansen, Dorpsstraat 12, 1234 AB Utrecht, geboren 3-4-1950.",
                ),
                ("nodes", "1"),
                ("consent", "1"),
            ],
        )
        .await;
    assert!(guard.text("#body-error").contains("cliënt"));
    for (title, domain) in [
        ("Buren", "Contact"),
        ("Koffie", "Contact"),
        ("Koor", "Meedoen"),
    ] {
        let saved = t
            .post_form(&format!("{round}/verhalen"), &story(title, domain, "1"))
            .await;
        assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    }
    let closed = t.post_form(&format!("{round}/sluiten"), &[]).await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    let page = t.get(&round).await;
    let koffie = page.attr("input[name=story] + label", "for").unwrap();
    let koffie_id = koffie.trim_start_matches("pick-").to_owned();
    let no_reason = t
        .post_form(
            &format!("{round}/kiezen"),
            &[
                ("story", &koffie_id),
                ("reason", " "),
                ("domain_index", "1"),
            ],
        )
        .await;
    assert_eq!(no_reason.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_reason.has("#reason-1-error"));
    let no_story = t
        .post_form(
            &format!("{round}/kiezen"),
            &[("reason", "Mooi verhaal"), ("domain_index", "1")],
        )
        .await;
    assert_eq!(no_story.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(no_story.has("#story-1-error"));
    assert_eq!(no_story.text("#reason-1"), "Mooi verhaal");
    let chosen = t
        .post_form(
            &format!("{round}/kiezen"),
            &[
                ("story", &koffie_id),
                ("reason", "Het laat zien hoe contact begint."),
                ("domain_index", "1"),
            ],
        )
        .await;
    assert_eq!(chosen.status, StatusCode::SEE_OTHER);
    let before = t.mails().await.len();
    let fed = t
        .post_form(
            &format!("{round}/terugkoppelen"),
            &[("feedback", "Dank jullie wel!")],
        )
        .await;
    assert_eq!(fed.status, StatusCode::SEE_OTHER);
    let mails = t.mails().await;
    let mail = &mails[before..];
    assert_eq!(mail.len(), 1, "the owner of a private theory is its team");
    assert!(mail[0].contains("Het laat zien hoe contact begint."));
    assert!(mail[0].contains(YOUSSEF.0));
    let twice = t
        .post_form(
            &format!("{round}/terugkoppelen"),
            &[("feedback", "Nog eens")],
        )
        .await;
    assert_eq!(twice.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(
        twice
            .text(".error-summary")
            .contains("panel aan het kiezen")
    );
    assert_eq!(t.mails().await.len(), mails.len(), "no second mail");
    let done = t.get(&round).await;
    assert!(done.text("main").contains("Dank jullie wel!"));
    assert!(done.text(".selected").contains("Het laat zien"));
    assert!(
        !done.has("form[action$='/verhalen']"),
        "no more stories in a closed round"
    );
}

#[tokio::test]
async fn effects_carry_every_facet_and_outcomes_can_be_harvested() {
    let mut t = demo().await;
    t.log_in_as(YOUSSEF.0, YOUSSEF.1).await;
    let impact = fresh(&mut t).await;
    let missing = t
        .post_form(
            &format!("{impact}/effecten"),
            &[
                ("description", "Kinderen spelen vaker buiten"),
                ("valence", "positive"),
                ("intent", "unintended"),
                ("reach", "indirect"),
                ("timing", "during"),
            ],
        )
        .await;
    assert_eq!(missing.status, StatusCode::UNPROCESSABLE_ENTITY);
    for field in ["via_whom", "anyway", "others", "basis"] {
        assert!(missing.has(&format!("#{field}-error")), "{field}");
    }
    assert!(missing.text("#description").contains("Kinderen spelen"));
    assert!(missing.has("#reach-indirect[checked]"));
    let outcome = t
        .post_form(
            &format!("{impact}/oogst"),
            &[
                ("social_actor", "De woningcorporatie"),
                ("change", "stelt de gemeenschappelijke ruimte open"),
                ("significance", "Er is een plek om elkaar te zien."),
                ("contribution", "De buurtkamer vroeg erom."),
            ],
        )
        .await;
    assert_eq!(outcome.status, StatusCode::SEE_OTHER);
    let page = t.get(&format!("{impact}/effecten")).await;
    let from = page
        .texts("#source_id option")
        .into_iter()
        .position(|o| o.contains("stelt de gemeenschappelijke ruimte open"))
        .unwrap();
    let value = page.html();
    let option = scraper::Selector::parse("#source_id option").unwrap();
    let from = value
        .select(&option)
        .nth(from)
        .and_then(|o| o.value().attr("value"))
        .unwrap()
        .to_owned();
    let saved = t
        .post_form(
            &format!("{impact}/effecten"),
            &[
                ("description", "Kinderen spelen vaker buiten"),
                ("source_id", &from),
                ("node", ""),
                ("valence", "positive"),
                ("intent", "unintended"),
                ("reach", "indirect"),
                ("via_whom", "de ouders"),
                ("timing", "after"),
                ("anyway", "Deels: het was een warme zomer."),
                ("others", "De speeltuinvereniging."),
                ("basis", "Gesprekken met vijf ouders."),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let listed = t.get(&format!("{impact}/effecten")).await;
    let effect = listed.text("article.effect");
    for facet in [
        "Positief",
        "Onbedoeld",
        "Indirect, via de ouders",
        "Na afloop",
        "Uitkomstbeschrijving",
    ] {
        assert!(effect.contains(facet), "{facet} in {effect}");
    }
    let forged = t
        .post_form(
            &format!("{impact}/effecten"),
            &[
                ("description", "x"),
                ("source_id", "story:999999"),
                ("valence", "negative"),
                ("intent", "intended"),
                ("reach", "direct"),
                ("timing", "during"),
                ("anyway", "a"),
                ("others", "b"),
                ("basis", "c"),
            ],
        )
        .await;
    assert_eq!(
        forged.status,
        StatusCode::UNPROCESSABLE_ENTITY,
        "another theory's story"
    );
    assert!(forged.has("#source_id-error"));
    let dashboard = t.get(&impact).await;
    assert!(dashboard.text("dl.facts").contains("1 van 1 (100%)"));
}
