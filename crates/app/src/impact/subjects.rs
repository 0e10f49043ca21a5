//! Pseudonymous subjects: added with the attributes results are broken down by and the
//! consent they gave per purpose; consent given again or withdrawn (withdrawing it for
//! evaluation removes every measurement of the subject, in one transaction).

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::FieldErrors;
use domain::impact::indicator::Purpose;
use domain::impact::subject::pseudonym;
use store::impact::indicators;
use store::impact::measurements::{self, MeasurementRow};
use store::impact::subjects::{self, SubjectRow};

/// Longest attribute value.
const MAX_ATTRIBUTE: usize = 60;

/// A subject as submitted.
#[derive(Debug, Clone, Default)]
pub struct SubjectInput {
    /// Pseudonym.
    pub pseudonym: String,
    /// Attribute values by dimension name.
    pub attributes: Vec<(String, String)>,
    /// Purposes consented to.
    pub consents: Vec<Purpose>,
}

/// A subject with everything recorded about them.
#[derive(Debug, Clone)]
pub struct SubjectView {
    /// The row.
    pub row: SubjectRow,
    /// Attributes.
    pub attributes: Vec<(String, String)>,
    /// Measurements.
    pub measurements: Vec<MeasurementRow>,
}

impl App {
    /// The dimensions the theory's indicators break results down by (attribute names).
    pub async fn impact_dimensions(&self, theory: i64) -> AppResult<Vec<String>> {
        let mut names: Vec<String> = indicators::list(self.db(), theory)
            .await?
            .iter()
            .flat_map(|i| {
                i.dimensions
                    .split(',')
                    .map(str::to_owned)
                    .collect::<Vec<_>>()
            })
            .filter(|d| !d.is_empty())
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    }

    /// The subjects of a theory, for its team.
    pub async fn subjects(&self, user: &CurrentUser, theory: i64) -> AppResult<Vec<SubjectRow>> {
        self.impact_theory(user, theory).await?;
        Ok(subjects::list(self.db(), theory).await?)
    }

    /// Adds a subject; returns its id.
    pub async fn add_subject(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &SubjectInput,
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let mut errors = FieldErrors::new();
        let name = pseudonym(&input.pseudonym).unwrap_or_else(|p| {
            errors.add("pseudonym", p.key());
            String::new()
        });
        let dimensions = self.impact_dimensions(theory).await?;
        let mut attributes = Vec::new();
        for (dimension, value) in &input.attributes {
            let value = value.trim();
            if !dimensions.contains(dimension) || value.is_empty() {
                continue;
            }
            if value.chars().count() > MAX_ATTRIBUTE {
                errors.add_with_limit("attributes", "error-too-long", MAX_ATTRIBUTE);
            }
            attributes.push((dimension.clone(), value.to_owned()));
        }
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let values: Vec<&str> = attributes.iter().map(|(_, v)| v.as_str()).collect();
        self.guard_texts("attributes", &values)?;
        let mut tx = self.db().begin().await?;
        let text = domain::impact::subject::attributes_text(&attributes);
        let Some(id) = subjects::insert(&mut tx, theory, &name, &text, self.now()).await? else {
            return Err(AppError::field("pseudonym", "impact-pseudonym-taken"));
        };
        for purpose in &input.consents {
            subjects::give_consent(&mut tx, id, purpose.code(), user.user.id.0, self.now()).await?;
        }
        tx.commit().await?;
        Ok(id)
    }

    /// A subject with attributes and measurements, for the team.
    pub async fn subject(
        &self,
        user: &CurrentUser,
        theory: i64,
        id: i64,
    ) -> AppResult<SubjectView> {
        self.impact_theory(user, theory).await?;
        let row = subjects::find(self.db(), theory, id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(SubjectView {
            attributes: domain::impact::subject::parse_attributes(&row.attributes),
            measurements: measurements::for_subject(self.db(), id).await?,
            row,
        })
    }

    /// Records consent given, or withdrawn; returns how many measurements were removed.
    pub async fn set_consent(
        &self,
        user: &CurrentUser,
        (theory, subject): (i64, i64),
        purpose: Purpose,
        given: bool,
    ) -> AppResult<u64> {
        self.impact_theory(user, theory).await?;
        subjects::find(self.db(), theory, subject)
            .await?
            .ok_or(AppError::NotFound)?;
        let mut tx = self.db().begin().await?;
        let removed = if given {
            subjects::give_consent(&mut tx, subject, purpose.code(), user.user.id.0, self.now())
                .await?;
            0
        } else {
            if purpose == Purpose::Evaluation {
                // A staged upload may hold this person's values.
                store::impact::measurements::drop_imports_of(&mut tx, theory).await?;
            }
            subjects::withdraw_consent(&mut tx, subject, purpose.code(), self.now()).await?
        };
        store::impact::touch(&mut tx, theory).await?;
        tx.commit().await?;
        Ok(removed)
    }
}
