//! Who may make the reports of a scope: the team of a theory's impact model (as for the model
//! itself), or those who steer an atelier (its facilitators and coordinators, and admins).
//! Everyone else gets a 404, because a draft shows data about clients and members.

use super::Scope;
use crate::accounts::CurrentUser;
use crate::theories::TheoryView;
use crate::{App, AppError, AppResult};
use domain::AtelierId;

/// A report scope as its pages name it.
#[derive(Debug, Clone)]
pub struct ScopeView {
    /// The scope.
    pub scope: Scope,
    /// The theory (impact reports), for the impact model's navigation.
    pub theory: Option<TheoryView>,
    /// What the reports are about: the theory's or the atelier's name.
    pub title: String,
    /// The page the reports belong to (the impact model or the atelier).
    pub home: String,
}

/// The address of a scope's reports, and of report `id` in it.
pub fn report_path(scope: Scope, id: Option<i64>) -> String {
    let base = match scope {
        Scope::Theory(t) => format!("/veranderingstheorie/{t}/impact/rapporten"),
        Scope::Atelier(a) => format!("/ateliers/{a}/rapporten"),
    };
    match id {
        Some(id) => format!("{base}/{id}"),
        None => base,
    }
}

impl App {
    /// The scope for someone who may make its reports; `NotFound` for anyone else.
    pub async fn report_scope(&self, user: &CurrentUser, scope: Scope) -> AppResult<ScopeView> {
        match scope {
            Scope::Theory(t) => {
                let view = self.impact_theory(user, t).await?;
                Ok(ScopeView {
                    scope,
                    title: view.row.title.clone(),
                    home: crate::impact::impact_path(t),
                    theory: Some(view),
                })
            }
            Scope::Atelier(a) => {
                let atelier = self.atelier(AtelierId(a)).await?;
                let (_, may) = self.standing(Some(user), &atelier).await?;
                // Facilitators and coordinators (and admins): those who steer the atelier.
                if !may.change_stage {
                    return Err(AppError::NotFound);
                }
                Ok(ScopeView {
                    scope,
                    theory: None,
                    home: format!("/ateliers/{}-{}", a, atelier.row.slug),
                    title: atelier.row.name,
                })
            }
        }
    }
}
