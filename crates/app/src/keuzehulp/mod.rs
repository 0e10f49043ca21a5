//! The keuzehulp in the application: the shipped method catalogue, the drafted key questions in
//! the reader's language, knowledge items linked to a method, and impact plans ([`plans`]) with
//! their Markdown export ([`export`]).

pub mod export;
pub mod plans;

use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::{App, AppError, AppResult};
use domain::Locale;
use domain::keuzehulp::catalogue::Method;
use domain::keuzehulp::questions::key_questions;
use domain::keuzehulp::{Answers, Catalogue};
use domain::knowledge::{KnowledgeKind, KnowledgeVisibility};
use std::sync::LazyLock;
use store::knowledge::{self, ItemRow};

pub use plans::{PlanView, SaveOutcome, plan_path};
pub use store::impact_plans::PlanRow;

const METHODS_TOML: &str = include_str!("../../../../content/methods.toml");

static CATALOGUE: LazyLock<Result<Catalogue, String>> =
    LazyLock::new(|| Catalogue::parse(METHODS_TOML));

/// Published method items searched for links to the catalogue.
const METHOD_ITEMS: i64 = 500;

/// The shipped method catalogue.
pub fn catalogue() -> AppResult<&'static Catalogue> {
    CATALOGUE
        .as_ref()
        .map_err(|e| AppError::Content(format!("methods.toml: {e}")))
}

/// A method's address.
pub fn method_path(method: &Method) -> String {
    format!("/methoden/{}", method.slug)
}

/// The drafted key questions for complete answers, in `locale`.
pub fn drafted_questions(locale: Locale, answers: &Answers) -> Vec<String> {
    key_questions(answers)
        .iter()
        .map(|draft| {
            // Arguments ending in `_key` name a phrase; it is looked up first and passed on
            // under the name without the suffix.
            let resolved: Vec<(&'static str, String)> = draft
                .args
                .iter()
                .map(|(name, value)| match name.strip_suffix("_key") {
                    Some(short) => (short_name(short), i18n::text(locale, value)),
                    None => (*name, value.clone()),
                })
                .collect();
            let args: Vec<(&'static str, Arg<'_>)> = resolved
                .iter()
                .map(|(name, value)| (*name, Arg::Text(value)))
                .collect();
            i18n::text_with(locale, draft.key, &args)
        })
        .collect()
}

/// `&'static` names for the resolved phrase arguments.
fn short_name(name: &str) -> &'static str {
    match name {
        "facets" => "facets",
        "timing" => "timing",
        _ => "others",
    }
}

/// True when the item's tags name the method.
fn tagged_with(item: &ItemRow, method: &Method) -> bool {
    item.tag_list()
        .iter()
        .any(|tag| method.tags.contains(&tag.to_lowercase()))
}

impl App {
    /// Published knowledge items of kind *methode* that the reader may see and whose tags name
    /// the method.
    pub async fn method_knowledge(
        &self,
        user: Option<&CurrentUser>,
        method: &Method,
    ) -> AppResult<Vec<ItemRow>> {
        let scope = self.reader_scope(user).await?;
        let items = knowledge::list_published_of_kind(
            self.db(),
            KnowledgeKind::Method.code(),
            METHOD_ITEMS,
        )
        .await?;
        Ok(items
            .into_iter()
            .filter(|item| tagged_with(item, method))
            .filter(
                |item| match KnowledgeVisibility::from_code(&item.visibility) {
                    Some(KnowledgeVisibility::Public) => true,
                    Some(KnowledgeVisibility::Werkplaats) => {
                        scope.admin || scope.werkplaatsen.contains(&item.werkplaats_id)
                    }
                    Some(KnowledgeVisibility::Atelier) => {
                        scope.admin || scope.ateliers.contains(&item.atelier_id)
                    }
                    None => false,
                },
            )
            .collect())
    }
}
