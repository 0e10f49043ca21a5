//! Translations: every user-visible string is a Fluent message in `locales/nl` and `locales/en`,
//! embedded in the binary. Web pages and mails both look up here.

use domain::Locale;
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{LazyLock, RwLock};

fluent_templates::static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "nl",
        // Unicode isolation marks would show up in plain-text mail and `<title>`s.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

fn language(locale: Locale) -> LanguageIdentifier {
    match locale {
        Locale::Nl => fluent_templates::langid!("nl"),
        Locale::En => fluent_templates::langid!("en"),
    }
}

/// An argument for a message: text or a number.
pub enum Arg<'a> {
    /// Text.
    Text(&'a str),
    /// A number (Fluent picks the plural form with it).
    Number(i64),
}

/// Messages without arguments as formatted before, per locale (Dutch, English). A page asks
/// for the same few many times (a thread of 50 posts asks for "Citeer" 50 times) and
/// formatting a Fluent message costs far more than finding it here. Bounded, although the keys
/// come from the templates and codes and so are few.
static FORMATTED: LazyLock<[RwLock<HashMap<String, String>>; 2]> =
    LazyLock::new(|| [RwLock::default(), RwLock::default()]);

/// Messages kept in `FORMATTED` per locale at most.
const FORMATTED_MAX: usize = 10_000;

/// The message `key` in `locale`; the key itself when missing (a test keeps that from happening).
pub fn text(locale: Locale, key: &str) -> String {
    let kept = &FORMATTED[match locale {
        Locale::Nl => 0,
        Locale::En => 1,
    }];
    if let Some(found) = kept.read().ok().and_then(|m| m.get(key).cloned()) {
        return found;
    }
    let formatted = LOCALES
        .try_lookup(&language(locale), key)
        .unwrap_or_else(|| key.to_owned());
    if let Ok(mut m) = kept.write()
        && m.len() < FORMATTED_MAX
    {
        m.insert(key.to_owned(), formatted.clone());
    }
    formatted
}

/// The message `key` with arguments.
pub fn text_with(locale: Locale, key: &str, args: &[(&'static str, Arg<'_>)]) -> String {
    let mut map: HashMap<Cow<'static, str>, FluentValue<'_>> = HashMap::new();
    for (name, value) in args {
        let value = match value {
            Arg::Text(s) => FluentValue::from(s.to_string()),
            Arg::Number(n) => FluentValue::from(*n),
        };
        map.insert(Cow::Borrowed(*name), value);
    }
    LOCALES
        .try_lookup_complete(&language(locale), key, Some(&map))
        .unwrap_or_else(|| key.to_owned())
}

/// The message for a form field problem, with its limit filled in.
pub fn field_message(locale: Locale, error: &domain::validation::FieldError) -> String {
    match error.limit {
        Some(limit) => text_with(locale, error.key, &[("limit", Arg::Number(limit as i64))]),
        None => text(locale, error.key),
    }
}

/// True when `key` exists in `locale` itself, without falling back to the other language.
pub fn has_key(locale: Locale, key: &str) -> bool {
    LOCALES
        .lookup_no_default_fallback::<&str>(&language(locale), key, None)
        .is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_formatted_before_is_the_same_message() {
        for locale in [Locale::Nl, Locale::En] {
            let direct = LOCALES
                .try_lookup(&language(locale), "forum-quote")
                .unwrap();
            assert_eq!(text(locale, "forum-quote"), direct);
            assert_eq!(text(locale, "forum-quote"), direct, "the kept one");
        }
        assert_ne!(
            text(Locale::Nl, "forum-quote"),
            text(Locale::En, "forum-quote")
        );
        assert_eq!(text(Locale::En, "no-such-message"), "no-such-message");
    }
}
