//! Theories of change in the application: who may do what (the same rights as impact plans:
//! the owner arranges, the atelier reads what is published, a team edits its own), creating,
//! reading with its picture, checklist and story, and the lists. Editing is in [`edit`];
//! versions, comments, publishing and forking in [`review`].

pub mod edit;
pub mod own;
pub mod review;

use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::{App, AppError, AppResult};
use domain::Locale;
use domain::keuzehulp::plan::{PlanAction, PlanStanding, can_on_plan, home_atelier};
use domain::toc::Theory;
use domain::toc::layout::layout;
use domain::toc::narrative::story;
use domain::toc::svg::{SvgLabels, render};
use domain::validation::{FieldErrors, required_text};
use store::theories::{self, Arrangement};

pub use store::theories::TheoryRow;

/// A theory's address.
pub fn theory_path(id: i64) -> String {
    format!("/veranderingstheorie/{id}")
}

/// A theory as its reader sees it.
#[derive(Debug, Clone)]
pub struct TheoryView {
    /// The stored row.
    pub row: TheoryRow,
    /// The model.
    pub theory: Theory,
    /// The reader may change the model and the story.
    pub may_edit: bool,
    /// The reader may publish, move and hand it to the team.
    pub may_arrange: bool,
    /// The reader may delete it.
    pub may_delete: bool,
}

/// A stored model; a damaged one reads as an empty theory rather than breaking the page.
pub(crate) fn model_of(row: &TheoryRow) -> Theory {
    serde_json::from_str(&row.model).unwrap_or_else(|_| Theory {
        title: row.title.clone(),
        ..Theory::default()
    })
}

pub(crate) fn model_json(theory: &Theory) -> AppResult<String> {
    serde_json::to_string(theory).map_err(|e| AppError::Content(e.to_string()))
}

/// The picture of a theory in `locale`.
pub fn theory_svg(theory: &Theory, locale: Locale) -> String {
    let labels = SvgLabels {
        title: theory.title.clone(),
        description: i18n::text_with(
            locale,
            "toc-svg-description",
            &[
                ("nodes", Arg::Number(theory.nodes.len() as i64)),
                ("links", Arg::Number(theory.links.len() as i64)),
            ],
        ),
        ceiling: i18n::text(locale, "toc-ceiling"),
    };
    render(theory, &layout(theory), &labels)
}

/// The generated story in `locale`, paragraph by paragraph.
pub fn theory_story(theory: &Theory, locale: Locale) -> Vec<String> {
    story(theory)
        .iter()
        .map(|paragraph| {
            paragraph
                .iter()
                .map(|s| {
                    let args: Vec<(&'static str, Arg<'_>)> =
                        s.args.iter().map(|(k, v)| (*k, Arg::Text(v))).collect();
                    i18n::text_with(locale, s.key, &args)
                })
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect()
}

/// The new-theory form.
#[derive(Debug, Clone, Default)]
pub struct NewTheory {
    /// Title.
    pub title: String,
    /// Atelier id (empty: none).
    pub atelier: String,
    /// Owned by the atelier team.
    pub team: bool,
}

impl App {
    /// A theory for its reader; `NotFound` for those who may not read it.
    pub async fn theory_view(&self, user: &CurrentUser, id: i64) -> AppResult<TheoryView> {
        let row = theories::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let standing = PlanStanding {
            owner: row.owner_id == user.user.id.0,
            admin: user.user.is_admin,
            atelier_member: self.active_in(user, row.atelier_id).await?,
            team: row.team,
            shared: row.published,
        };
        if !can_on_plan(standing, PlanAction::Read) {
            return Err(AppError::NotFound);
        }
        Ok(TheoryView {
            theory: model_of(&row),
            may_edit: can_on_plan(standing, PlanAction::Edit),
            may_arrange: can_on_plan(standing, PlanAction::Arrange),
            may_delete: can_on_plan(standing, PlanAction::Delete),
            row,
        })
    }

    /// Starts an empty theory; returns its id.
    pub async fn create_theory(&self, user: &CurrentUser, input: &NewTheory) -> AppResult<i64> {
        let mut errors = FieldErrors::new();
        let title = required_text(
            &mut errors,
            "title",
            &input.title,
            domain::toc::input::MAX_TITLE,
        );
        let ateliers: Vec<i64> = self
            .writable_ateliers(user)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let atelier = home_atelier(&mut errors, &input.atelier, &ateliers, input.team);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let theory = Theory {
            title: title.clone(),
            ..Theory::default()
        };
        let arrangement = Arrangement {
            atelier,
            team: input.team,
            published: input.team,
        };
        let model = model_json(&theory)?;
        Ok(theories::insert(
            self.db(),
            user.user.id,
            arrangement,
            (&title, &model, None),
            self.now(),
        )
        .await?)
    }

    /// The theories a member may read.
    pub async fn my_theories(&self, user: &CurrentUser) -> AppResult<Vec<TheoryRow>> {
        Ok(theories::list_visible(self.db(), user.user.id).await?)
    }
}
