//! Impact plans: saved by a member for themselves or for an atelier team, readable by the
//! atelier when shared, edited by the owner (or, for a team plan, by every active member),
//! discussed in one forum thread of the atelier.

use super::catalogue;
use crate::accounts::CurrentUser;
use crate::forum::{PostOutcome, ReplyInput};
use crate::i18n::{self, Arg};
use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::ateliers::MembershipStatus;
use domain::forum::ThreadInput;
use domain::keuzehulp::Answers;
use domain::keuzehulp::catalogue::Method;
use domain::keuzehulp::plan::PlanInput;
use std::collections::BTreeMap;
use store::impact_plans::{self, PlanFields, PlanRow};

/// A plan's address.
pub fn plan_path(id: i64) -> String {
    format!("/plannen/{id}")
}

/// A plan as its reader sees it.
#[derive(Debug, Clone)]
pub struct PlanView {
    /// The stored plan.
    pub row: PlanRow,
    /// The impact question's answers.
    pub answers: Answers,
    /// The key questions.
    pub questions: Vec<String>,
    /// The chosen methods, in catalogue order.
    pub methods: Vec<&'static Method>,
    /// The reader may change it.
    pub may_edit: bool,
    /// The reader may delete it.
    pub may_delete: bool,
    /// The reader may start or join its discussion.
    pub may_discuss: bool,
}

/// Parses a stored JSON list; a damaged one reads as empty rather than breaking the page.
fn list(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

impl App {
    async fn active_in(&self, user: &CurrentUser, atelier: Option<i64>) -> AppResult<bool> {
        let Some(atelier) = atelier else {
            return Ok(false);
        };
        Ok(
            store::memberships::find(self.db(), AtelierId(atelier), user.user.id)
                .await?
                .is_some_and(|m| m.status == MembershipStatus::Active.code()),
        )
    }

    /// (read, edit) rights of `user` on `row`.
    async fn plan_rights(&self, user: &CurrentUser, row: &PlanRow) -> AppResult<(bool, bool)> {
        if row.owner_id == user.user.id.0 || user.user.is_admin {
            return Ok((true, true));
        }
        let member = self.active_in(user, row.atelier_id).await?;
        Ok(((row.shared || row.team) && member, row.team && member))
    }

    /// Ateliers a plan can belong to: where the member is active (every atelier for admins).
    pub async fn plan_ateliers(&self, user: &CurrentUser) -> AppResult<Vec<(i64, String)>> {
        self.writable_ateliers(user).await
    }

    /// Saves a new plan (`existing` is `None`) or changes one; returns its id. Incomplete
    /// answers or a wrong plan field come back as field problems and nothing is saved.
    pub async fn save_plan(
        &self,
        user: &CurrentUser,
        existing: Option<i64>,
        answers: &Answers,
        input: &PlanInput,
    ) -> AppResult<i64> {
        if let Some(step) = answers.first_incomplete_step() {
            return Err(AppError::Invalid(answers.clone().check_step(step)));
        }
        let mut ateliers: Vec<i64> = self
            .plan_ateliers(user)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let found = match existing {
            Some(id) => {
                let row = impact_plans::find(self.db(), id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let (read, edit) = self.plan_rights(user, &row).await?;
                if !read {
                    return Err(AppError::NotFound);
                }
                if !edit {
                    return Err(AppError::Forbidden);
                }
                // A plan may stay where it is, even if the editor is not (or no longer) there.
                ateliers.extend(row.atelier_id);
                Some(row)
            }
            None => None,
        };
        let plan = input
            .validate(catalogue()?, &ateliers)
            .map_err(AppError::Invalid)?;
        let answers_json = serde_json::to_string(&answers.to_pairs())
            .map_err(|e| AppError::Content(e.to_string()))?;
        let questions =
            serde_json::to_string(&plan.questions).map_err(|e| AppError::Content(e.to_string()))?;
        let methods =
            serde_json::to_string(&plan.methods).map_err(|e| AppError::Content(e.to_string()))?;
        let fields = PlanFields {
            atelier: plan.atelier,
            team: plan.team,
            shared: plan.shared,
            title: &plan.title,
            answers: &answers_json,
            questions: &questions,
            methods: &methods,
        };
        match found {
            Some(row) => {
                impact_plans::update(self.db(), row.id, fields, self.now()).await?;
                Ok(row.id)
            }
            None => Ok(impact_plans::insert(self.db(), user.user.id, fields, self.now()).await?),
        }
    }

    /// A plan for its reader; `NotFound` for those who may not read it.
    pub async fn plan_view(&self, user: &CurrentUser, id: i64) -> AppResult<PlanView> {
        let row = impact_plans::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let (read, edit) = self.plan_rights(user, &row).await?;
        if !read {
            return Err(AppError::NotFound);
        }
        let pairs: BTreeMap<String, String> =
            serde_json::from_str(&row.answers).unwrap_or_default();
        let chosen = list(&row.methods);
        let methods = catalogue()?
            .methods
            .iter()
            .filter(|m| chosen.contains(&m.id))
            .collect();
        let may_discuss = row.atelier_id.is_some() && (row.shared || row.team);
        Ok(PlanView {
            answers: Answers::from_pairs(&pairs),
            questions: list(&row.questions),
            methods,
            may_edit: edit,
            may_delete: row.owner_id == user.user.id.0 || user.user.is_admin,
            may_discuss,
            row,
        })
    }

    /// The plans a member may read: their own and those shared in their ateliers.
    pub async fn my_plans(&self, user: &CurrentUser) -> AppResult<Vec<PlanRow>> {
        Ok(impact_plans::list_visible(self.db(), user.user.id).await?)
    }

    /// An atelier's shared and team plans, for its active members (and admins); none for others.
    pub async fn atelier_plans(
        &self,
        user: Option<&CurrentUser>,
        atelier: AtelierId,
    ) -> AppResult<Vec<PlanRow>> {
        let Some(user) = user else {
            return Ok(Vec::new());
        };
        if !user.user.is_admin && !self.active_in(user, Some(atelier.0)).await? {
            return Ok(Vec::new());
        }
        Ok(impact_plans::list_by_atelier(self.db(), atelier.0).await?)
    }

    /// Deletes a plan (its owner or an admin).
    pub async fn delete_plan(&self, user: &CurrentUser, id: i64) -> AppResult<()> {
        let view = self.plan_view(user, id).await?;
        if !view.may_delete {
            return Err(AppError::Forbidden);
        }
        impact_plans::delete(self.db(), id).await?;
        Ok(())
    }

    /// The plan's discussion thread in its atelier's forum, started on first use; returns its
    /// address.
    pub async fn discuss_plan(&self, user: &CurrentUser, id: i64) -> AppResult<String> {
        let view = self.plan_view(user, id).await?;
        let Some(atelier) = view.row.atelier_id.filter(|_| view.may_discuss) else {
            return Err(AppError::Forbidden);
        };
        if let Some(thread) = view.row.thread_id
            && let Some(found) = store::forum::threads::find(self.db(), thread).await?
        {
            return Ok(crate::forum::thread_path(found.id, &found.slug));
        }
        let category = store::forum::categories::list(self.db())
            .await?
            .into_iter()
            .find(|c| c.atelier_id == Some(atelier))
            .ok_or(AppError::field("plan", "keuzehulp-error-no-forum"))?;
        let locale = user.user.locale;
        let link = format!("{}{}", self.config().base_url, plan_path(id));
        let questions: Vec<String> = view.questions.iter().map(|q| format!("- {q}")).collect();
        let input = ThreadInput {
            title: i18n::text_with(
                locale,
                "keuzehulp-thread-title",
                &[("title", Arg::Text(&view.row.title))],
            ),
            kind: domain::forum::ThreadKind::Discussion.code().to_owned(),
            body: i18n::text_with(
                locale,
                "keuzehulp-thread-body",
                &[
                    ("link", Arg::Text(&link)),
                    ("questions", Arg::Text(&questions.join("\n"))),
                ],
            ),
        };
        // One key per plan and member: the same member starting twice finds the first thread.
        let reply = ReplyInput {
            body: String::new(),
            submission: format!("impact-plan-{id}"),
            confirmed: false,
        };
        let path = match self.start_thread(user, category.id, &input, &reply).await? {
            PostOutcome::Saved(path) => path,
            PostOutcome::Check(_) => {
                return Err(AppError::field("plan", "keuzehulp-error-discuss-guard"));
            }
        };
        let thread = path
            .trim_start_matches("/forum/onderwerpen/")
            .split('-')
            .next()
            .and_then(|n| n.parse::<i64>().ok());
        if let Some(thread) = thread {
            impact_plans::set_thread(self.db(), id, thread).await?;
        }
        Ok(path)
    }
}
