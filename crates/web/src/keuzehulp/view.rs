//! What the keuzehulp templates show, prepared in the reader's language: the recommended
//! package with its reasons, a method's card, the builder's choices.

use app::keuzehulp::export::{method_words, reason_text};
use app::keuzehulp::method_path;
use domain::Locale;
use domain::keuzehulp::catalogue::Method;
use domain::keuzehulp::package::Package;

/// A method as a link with its name and question.
#[derive(Debug, Clone)]
pub struct MethodLink {
    /// Code (`M10`).
    pub id: String,
    /// Name.
    pub name: String,
    /// Address.
    pub href: String,
    /// The question it answers.
    pub question: String,
}

impl MethodLink {
    /// The link for `method` in `locale`.
    pub fn of(method: &Method, locale: Locale) -> MethodLink {
        let words = method_words(method, locale);
        MethodLink {
            id: method.id.clone(),
            name: words.name,
            href: method_path(method),
            question: words.question,
        }
    }
}

/// A recommended method with its reasons.
#[derive(Debug, Clone)]
pub struct PickView {
    /// The method.
    pub method: MethodLink,
    /// Its place in the package.
    pub slot: String,
    /// Waarom dit voorstel.
    pub why: Vec<String>,
    /// Let op.
    pub caution: Vec<String>,
    /// A close alternative and why it fits too.
    pub alternative: Option<(MethodLink, Vec<String>)>,
}

/// The recommendation in words.
#[derive(Debug, Clone, Default)]
pub struct PackageView {
    /// Recommended methods.
    pub picks: Vec<PickView>,
    /// Methods not recommended, with why not.
    pub not_recommended: Vec<(MethodLink, Vec<String>)>,
    /// Notes on the whole package.
    pub notes: Vec<String>,
}

impl PackageView {
    /// The package in `locale`.
    pub fn of(package: &Package<'_>, locale: Locale) -> PackageView {
        let texts = |reasons: &[domain::keuzehulp::rules::Reason]| {
            reasons
                .iter()
                .map(|r| reason_text(locale, r))
                .collect::<Vec<_>>()
        };
        PackageView {
            picks: package
                .picks
                .iter()
                .map(|p| PickView {
                    method: MethodLink::of(p.method, locale),
                    slot: app::i18n::text(
                        locale,
                        &format!("keuzehulp-slot-name-{}", p.slot.code()),
                    ),
                    why: texts(&p.why),
                    caution: texts(&p.caution),
                    alternative: p
                        .alternative
                        .as_ref()
                        .map(|a| (MethodLink::of(a.method, locale), texts(&a.why))),
                })
                .collect(),
            not_recommended: package
                .not_recommended
                .iter()
                .map(|n| (MethodLink::of(n.method, locale), texts(&n.reasons)))
                .collect(),
            notes: texts(&package.notes),
        }
    }

    /// Codes of every method offered: the recommended ones and their alternatives.
    pub fn offered(&self) -> Vec<String> {
        let mut ids = self.picked();
        ids.extend(
            self.picks
                .iter()
                .filter_map(|p| p.alternative.as_ref())
                .map(|(m, _)| m.id.clone()),
        );
        ids
    }

    /// Codes of the recommended methods.
    pub fn picked(&self) -> Vec<String> {
        self.picks.iter().map(|p| p.method.id.clone()).collect()
    }
}

/// A choice of a radio group: (code, label, hint).
pub type Choice = (String, String, String);

/// The choices of a builder field, in the order shown.
pub fn choices(locale: Locale, field: &str) -> Vec<Choice> {
    use domain::keuzehulp::answers::{Ambition, Budget, StaircaseLevel, Timing};
    use domain::keuzehulp::{Level, Locus, Purpose, Skill};
    let codes: Vec<String> = match field {
        "level" => StaircaseLevel::ALL
            .iter()
            .map(|v| v.code().to_owned())
            .collect(),
        "locus" => Locus::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "timing" => Timing::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "ambition" => Ambition::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "purpose" => Purpose::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "capacity" => Level::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "budget" => Budget::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "skills" => Skill::ALL.iter().map(|v| v.code().to_owned()).collect(),
        "evidence" => (0..=domain::keuzehulp::answers::MAX_EVIDENCE_ANSWER)
            .map(|n| format!("E{n}"))
            .collect(),
        _ => Vec::new(),
    };
    let family = match field {
        "timing" => "timing-option",
        other => other,
    };
    codes
        .into_iter()
        .map(|code| {
            let key = format!("keuzehulp-{family}-{}", code.to_lowercase());
            let hint = app::i18n::text(locale, &format!("{key}-hint"));
            // Only some choices have a hint; a missing message comes back as its own id.
            let hint = if hint.ends_with("-hint") {
                String::new()
            } else {
                hint
            };
            (code, app::i18n::text(locale, &key), hint)
        })
        .collect()
}
