//! Every user-visible string is a message in both `locales/nl` and `locales/en`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

pub(crate) fn keys(locale: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    for entry in std::fs::read_dir(root().join("locales").join(locale)).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for line in text.lines() {
            if let Some((key, _)) = line.split_once(" =")
                && key.chars().next().is_some_and(|c| c.is_ascii_lowercase())
                && !key.contains(' ')
            {
                keys.insert(key.to_owned());
            }
        }
    }
    keys
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "html") {
            out.push(path);
        }
    }
}

/// Literals that look like message ids of a known family: in Rust code every string literal,
/// in templates the first argument of `t(`, `t_text(` and `t_number(` (templates are full of
/// dashed CSS classes and ids that are not messages).
fn used_keys(families: &BTreeSet<String>) -> BTreeSet<(String, String)> {
    let mut sources = Vec::new();
    for krate in ["domain", "app", "web", "server"] {
        files(&root().join("crates").join(krate).join("src"), &mut sources);
    }
    files(&root().join("crates/web/templates"), &mut sources);
    let mut used = BTreeSet::new();
    for path in sources {
        let text = std::fs::read_to_string(&path).unwrap();
        let literals: Vec<&str> = if path.extension().is_some_and(|e| e == "html") {
            ["t(\"", "t_text(\"", "t_number(\""]
                .iter()
                .flat_map(|call| text.split(call).skip(1))
                .filter_map(|rest| rest.split('"').next())
                .collect()
        } else {
            // Unit tests sit at the end of a file and use sample strings, not message ids.
            let code = text.split("#[cfg(test)]").next().unwrap_or_default();
            code.split('"').skip(1).step_by(2).collect()
        };
        for literal in literals {
            let looks_like_key = literal.contains('-')
                && !literal.ends_with('-')
                && literal
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            let family = literal.split('-').next().unwrap_or_default();
            if looks_like_key && families.contains(family) {
                used.insert((literal.to_owned(), path.display().to_string()));
            }
        }
    }
    used
}

#[test]
fn dutch_and_english_have_the_same_messages() {
    let nl = keys("nl");
    let en = keys("en");
    assert!(nl.len() > 50);
    let only_nl: Vec<_> = nl.difference(&en).collect();
    let only_en: Vec<_> = en.difference(&nl).collect();
    assert!(
        only_nl.is_empty() && only_en.is_empty(),
        "missing in en: {only_nl:?}; missing in nl: {only_en:?}"
    );
}

#[test]
fn every_message_the_code_uses_exists() {
    let nl = keys("nl");
    let families: BTreeSet<String> = nl
        .iter()
        .map(|k| k.split('-').next().unwrap().to_owned())
        .collect();
    // Literals in Rust code of those families that are not message ids (codes, HTML ids).
    // Prefixes of composed ids ("join-policy" + code) are checked in the test below.
    let not_keys = [
        "sociaal-werker",
        "error-summary-title",
        "join-policy",
        "field-visibility",
        "knowledge-kind",
        "knowledge-visibility",
        "content-language",
        "mail-review-asked",
        "mail-review-comment",
        "content-security-policy",
        "knowledge-improved",
        "knowledge-written",
        "guard-sign",
        "forum-kind",
        "forum-action",
        "notification-kind",
        "event-kind",
        "event-mode",
        "event-offer",
        "event-reminder",
        "event-invitation",
        "event-guest-confirm",
        "event-repeat",
        "weekday",
        // prefixes of impact-model ids composed from codes (checked in locales_impact)
        "impact-aggregation",
        // prefixes of report ids composed from section and template codes (locales_impact)
        "report-section",
        "report-template",
        "impact-kind",
        "impact-perspective",
        "impact-purpose",
        "impact-timepoint",
        "impact-instrument-kind",
        "impact-instrument-scoring",
        "impact-gas-level",
        "impact-value-estimate",
        // ids and classes inside the drawn SVG of a theory of change
        "toc-arrow",
        "toc-desc",
        "toc-link",
    ];
    let missing: Vec<_> = used_keys(&families)
        .into_iter()
        .filter(|(key, _)| !nl.contains(key) && !not_keys.contains(&key.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "messages used but not in locales: {missing:?}"
    );
}

#[test]
fn composed_message_ids_exist_in_both_languages() {
    let nl = keys("nl");
    let en = keys("en");
    let mut composed: Vec<String> = domain::accounts::Background::ALL
        .iter()
        .map(|b| format!("background-{}", b.code()))
        .collect();
    composed.extend(["member", "facilitator", "coordinator"].map(|r| format!("role-{r}")));
    use domain::ateliers::{JoinPolicy, Stage, Visibility};
    composed.extend(
        Visibility::ALL
            .iter()
            .map(|v| format!("visibility-{}", v.code())),
    );
    composed.extend(
        JoinPolicy::ALL
            .iter()
            .map(|p| format!("join-policy-{}", p.code())),
    );
    for field in [
        "email",
        "organisation",
        "background",
        "expertise",
        "ateliers",
    ] {
        composed.push(format!("label-{field}-visibility"));
    }
    composed.extend(
        domain::profiles::FieldVisibility::ALL
            .iter()
            .map(|v| format!("field-visibility-{}", v.code())),
    );
    for stage in Stage::ALL {
        composed.push(format!("stage-{}", stage.code()));
        composed.push(format!("stage-{}-activities", stage.code()));
    }
    for page in [
        "bad-request",
        "forbidden",
        "csrf",
        "not-found",
        "too-large",
        "too-many",
        "internal",
    ] {
        composed.push(format!("error-page-{page}-title"));
        composed.push(format!("error-page-{page}-text"));
    }
    use domain::knowledge::{ContentLanguage, KnowledgeKind, KnowledgeStatus, KnowledgeVisibility};
    composed.extend(
        KnowledgeKind::ALL
            .iter()
            .map(|k| format!("knowledge-kind-{}", k.code())),
    );
    for status in KnowledgeStatus::ALL {
        composed.push(format!("knowledge-status-{}", status.code()));
        composed.push(format!("knowledge-status-{}-explained", status.code()));
    }
    composed.extend(
        KnowledgeVisibility::ALL
            .iter()
            .map(|v| format!("knowledge-visibility-{}", v.code())),
    );
    composed.extend(
        ContentLanguage::ALL
            .iter()
            .map(|l| format!("content-language-{}", l.code())),
    );
    composed.extend(
        domain::search::FACETS
            .iter()
            .map(|f| format!("knowledge-facet-{f}")),
    );
    for verdict in app::knowledge::VERDICTS {
        composed.push(format!("knowledge-verdict-{verdict}-choice"));
        if verdict != "comment" {
            composed.push(format!("knowledge-verdict-{verdict}"));
        }
    }
    for (field, _) in domain::knowledge::KnowledgeContent::default().fields() {
        composed.push(format!("knowledge-field-{field}"));
    }
    for key in ["mail-review-asked", "mail-review-comment"] {
        composed.push(format!("{key}-subject"));
        composed.push(format!("{key}-body"));
    }
    for kind in domain::forum::ThreadKind::ALL {
        composed.push(format!("forum-kind-{}", kind.code()));
        composed.push(format!("forum-kind-{}-hint", kind.code()));
    }
    use domain::forum::guard::ClientDataSign;
    for sign in [
        ClientDataSign::Bsn,
        ClientDataSign::BirthDate,
        ClientDataSign::Address,
        ClientDataSign::NameWithData,
    ] {
        composed.push(format!("guard-sign-{}", sign.code()));
    }
    composed.push(format!("knowledge-kind-{}", app::forum::POST_TYPE));
    composed.push(format!("knowledge-kind-{}", app::events::EVENT_TYPE));
    use domain::events::{EventKind, EventMode, Rsvp};
    for kind in [
        EventKind::Meeting,
        EventKind::Intervision,
        EventKind::Public,
    ] {
        composed.push(format!("event-kind-{}", kind.code()));
    }
    for mode in [EventMode::InPerson, EventMode::Online, EventMode::Hybrid] {
        composed.push(format!("event-mode-{}", mode.code()));
    }
    for status in [
        Rsvp::Going,
        Rsvp::Maybe,
        Rsvp::NotGoing,
        Rsvp::Waiting,
        Rsvp::Offered,
    ] {
        composed.push(format!("event-status-{}", status.code()));
        composed.push(format!("event-your-status-{}", status.code()));
    }
    for key in [
        "event-offer",
        "event-cancelled",
        "event-reminder",
        "event-invitation",
        "event-guest-confirm",
    ] {
        composed.push(format!("{key}-subject"));
        composed.push(format!("{key}-body"));
    }
    composed.extend((1..=12).map(|m| format!("month-{m}")));
    for day in 1..=7 {
        composed.push(format!("weekday-{day}"));
        composed.push(format!("weekday-{day}-short"));
    }
    use domain::events::series::Repeat;
    for repeat in [
        Repeat::Once,
        Repeat::Weekly,
        Repeat::Biweekly,
        Repeat::FourWeekly,
        Repeat::MonthlyWeekday,
    ] {
        composed.push(format!("event-repeat-{}", repeat.code()));
    }
    for kind in ["mention", "reply", "watched_thread", "watched_category"] {
        composed.push(format!("notification-kind-{kind}"));
        composed.push(format!("digest-item-{}", kind.replace('_', "-")));
    }
    for digest in app::notifications::DIGESTS {
        composed.push(format!("digest-{digest}"));
        composed.push(format!("digest-{digest}-choice"));
    }
    for action in ["hide", "restore", "lock", "unlock", "move"] {
        composed.push(format!("forum-action-{action}"));
    }
    for key in composed {
        assert!(nl.contains(&key) && en.contains(&key), "{key}");
    }
}
