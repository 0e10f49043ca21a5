//! Field-level validation results: which field is wrong and why, as a message key for the UI.

/// One problem with one form field. `key` is a Fluent message id; `limit` fills `{ $limit }`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// The form field's name, as in the HTML `name` attribute.
    pub field: &'static str,
    /// The Fluent message id that explains the problem.
    pub key: &'static str,
    /// A number the message mentions (a maximum or minimum length).
    pub limit: Option<usize>,
}

/// All problems found in one submitted form, in field order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// No problems yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Records a problem with a field.
    pub fn add(&mut self, field: &'static str, key: &'static str) {
        self.0.push(FieldError {
            field,
            key,
            limit: None,
        });
    }

    /// Records a problem that mentions a number (a length limit).
    pub fn add_with_limit(&mut self, field: &'static str, key: &'static str, limit: usize) {
        self.0.push(FieldError {
            field,
            key,
            limit: Some(limit),
        });
    }

    /// Adds another set of problems (from a second check of the same form).
    pub fn extend(&mut self, other: FieldErrors) {
        self.0.extend(other.0);
    }

    /// True when the form can be accepted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first problem with `field`, if any.
    pub fn for_field(&self, field: &str) -> Option<&FieldError> {
        self.0.iter().find(|e| e.field == field)
    }

    /// Every problem, in the order found.
    pub fn iter(&self) -> impl Iterator<Item = &FieldError> {
        self.0.iter()
    }

    /// `Ok(value)` when there are no problems, else the problems.
    pub fn into_result<T>(self, value: T) -> Result<T, FieldErrors> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            Err(self)
        }
    }
}

/// Trims `value` and checks it is present and not longer than `max` characters.
pub fn required_text(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    max: usize,
) -> String {
    let trimmed = value.trim();
    if trimmed.is_empty() {
        errors.add(field, "error-required");
    } else {
        too_long(errors, field, trimmed, max);
    }
    trimmed.to_owned()
}

/// Trims `value`, which may be empty, and checks it is not longer than `max` characters.
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &'static str,
    value: &str,
    max: usize,
) -> String {
    let trimmed = value.trim();
    too_long(errors, field, trimmed, max);
    trimmed.to_owned()
}

fn too_long(errors: &mut FieldErrors, field: &'static str, value: &str, max: usize) {
    if value.chars().count() > max {
        errors.add_with_limit(field, "error-too-long", max);
    }
}

/// Normalises an e-mail address (trimmed, lower case) and checks its shape.
///
/// The check is deliberately simple: one `@`, something before it, a dot in the domain, no
/// spaces. Only a mail that arrives proves an address; this catches typing mistakes.
pub fn email(errors: &mut FieldErrors, field: &'static str, value: &str) -> String {
    let normalised = value.trim().to_lowercase();
    if normalised.is_empty() {
        errors.add(field, "error-required");
    } else if normalised.chars().count() > 254 || !looks_like_email(&normalised) {
        errors.add(field, "error-email");
    }
    normalised
}

fn looks_like_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !value.chars().any(|c| c.is_whitespace() || c.is_control())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_shapes() {
        let cases = [
            ("Ann@Example.NL ", true),
            ("a@b.c", true),
            ("no-at.example.nl", false),
            ("@example.nl", false),
            ("a@nodot", false),
            ("a b@example.nl", false),
            ("a@b@example.nl", false),
            ("a@example.", false),
        ];
        for (input, ok) in cases {
            let mut errors = FieldErrors::new();
            email(&mut errors, "email", input);
            assert_eq!(errors.is_empty(), ok, "{input}");
        }
        let mut errors = FieldErrors::new();
        assert_eq!(
            email(&mut errors, "email", " Ann@Example.NL "),
            "ann@example.nl"
        );
    }

    #[test]
    fn text_limits_count_characters_not_bytes() {
        let mut errors = FieldErrors::new();
        required_text(&mut errors, "name", "ëëë", 3);
        assert!(errors.is_empty());
        required_text(&mut errors, "name", "ëëëë", 3);
        required_text(&mut errors, "other", "   ", 3);
        assert_eq!(
            errors.for_field("name").map(|e| (e.key, e.limit)),
            Some(("error-too-long", Some(3)))
        );
        assert_eq!(
            errors.for_field("other").map(|e| e.key),
            Some("error-required")
        );
    }
}
