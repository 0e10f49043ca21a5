//! Impact plans: saved by a member for themselves or for an atelier team, readable by the
//! atelier when shared, edited by the owner (or, for a team plan, by every active member),
//! discussed in one forum thread of the atelier.

use super::catalogue;
use crate::accounts::CurrentUser;
use crate::forum::{PostOutcome, ReplyInput};
use crate::i18n::{self, Arg};
use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::forum::ThreadInput;
use domain::forum::guard::{Finding, client_data_signs};
use domain::keuzehulp::Answers;
use domain::keuzehulp::catalogue::Method;
use domain::keuzehulp::plan::{PlanAction, PlanInput, PlanStanding, can_on_plan};
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
    /// The reader may change who owns it, its atelier and whether it is shared.
    pub may_arrange: bool,
    /// The reader may delete it.
    pub may_delete: bool,
    /// The reader may start or join its discussion.
    pub may_discuss: bool,
}

/// What became of a save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveOutcome {
    /// Saved as the plan with this id.
    Saved(i64),
    /// Not saved: some text looks like client data. Show these and ask.
    Check(Vec<Finding>),
}

/// Thread titles stay under the forum's limit with the prefix.
const THREAD_TITLE_CHARS: usize = 140;

/// Parses a stored JSON list; a damaged one reads as empty rather than breaking the page.
fn list(json: &str) -> Vec<String> {
    serde_json::from_str(json).unwrap_or_default()
}

impl App {
    /// Who `user` is to `row`.
    async fn plan_standing(&self, user: &CurrentUser, row: &PlanRow) -> AppResult<PlanStanding> {
        Ok(PlanStanding {
            owner: row.owner_id == user.user.id.0,
            admin: user.user.is_admin,
            atelier_member: self.active_in(user, row.atelier_id).await?,
            team: row.team,
            shared: row.shared,
        })
    }

    /// Ateliers a plan can belong to: where the member is active (every atelier for admins).
    pub async fn plan_ateliers(&self, user: &CurrentUser) -> AppResult<Vec<(i64, String)>> {
        self.writable_ateliers(user).await
    }

    /// Saves a new plan (`existing` is `None`) or changes one. Incomplete answers or a wrong
    /// plan field come back as field problems, text that looks like client data as findings
    /// (unless `confirmed`); nothing is saved then. Only the owner (or an admin) decides who
    /// owns a plan, its atelier and whether it is shared; other editors keep those as they are.
    pub async fn save_plan(
        &self,
        user: &CurrentUser,
        existing: Option<i64>,
        answers: &Answers,
        input: &PlanInput,
        confirmed: bool,
    ) -> AppResult<SaveOutcome> {
        if let Some(step) = answers.first_incomplete_step() {
            return Err(AppError::Invalid(answers.clone().check_step(step)));
        }
        let mut ateliers: Vec<i64> = self
            .plan_ateliers(user)
            .await?
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        let mut input = input.clone();
        let found = match existing {
            Some(id) => {
                let row = impact_plans::find(self.db(), id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                let standing = self.plan_standing(user, &row).await?;
                if !can_on_plan(standing, PlanAction::Read) {
                    return Err(AppError::NotFound);
                }
                if !can_on_plan(standing, PlanAction::Edit) {
                    return Err(AppError::Forbidden);
                }
                // A plan may stay where it is, even if the editor is not (or no longer) there.
                ateliers.extend(row.atelier_id);
                if !can_on_plan(standing, PlanAction::Arrange) {
                    input.atelier = row.atelier_id.map(|a| a.to_string()).unwrap_or_default();
                    input.owner = if row.team { "team" } else { "member" }.to_owned();
                    input.shared = row.shared;
                }
                Some(row)
            }
            None => None,
        };
        let plan = input
            .validate(catalogue()?, &ateliers)
            .map_err(AppError::Invalid)?;
        let mut text: Vec<&str> = vec![&plan.title];
        text.extend(plan.questions.iter().map(String::as_str));
        let pairs = answers.to_pairs();
        text.extend(pairs.values().map(String::as_str));
        let findings = client_data_signs(
            &text.join("\n"),
            crate::events::sessions::year_of(self.now()),
        );
        if !findings.is_empty() && !confirmed {
            return Ok(SaveOutcome::Check(findings));
        }
        let json_error = |e: serde_json::Error| AppError::Content(e.to_string());
        let answers_json = serde_json::to_string(&pairs).map_err(json_error)?;
        let questions = serde_json::to_string(&plan.questions).map_err(json_error)?;
        let methods = serde_json::to_string(&plan.methods).map_err(json_error)?;
        let fields = PlanFields {
            atelier: plan.atelier,
            team: plan.team,
            shared: plan.shared,
            title: &plan.title,
            answers: &answers_json,
            questions: &questions,
            methods: &methods,
        };
        let id = match found {
            Some(row) => {
                impact_plans::update(self.db(), row.id, fields, self.now()).await?;
                row.id
            }
            None => impact_plans::insert(self.db(), user.user.id, fields, self.now()).await?,
        };
        Ok(SaveOutcome::Saved(id))
    }

    /// A plan for its reader; `NotFound` for those who may not read it.
    pub async fn plan_view(&self, user: &CurrentUser, id: i64) -> AppResult<PlanView> {
        let row = impact_plans::find(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        let standing = self.plan_standing(user, &row).await?;
        if !can_on_plan(standing, PlanAction::Read) {
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
        Ok(PlanView {
            answers: Answers::from_pairs(&pairs),
            questions: list(&row.questions),
            methods,
            may_edit: can_on_plan(standing, PlanAction::Edit),
            may_arrange: can_on_plan(standing, PlanAction::Arrange),
            may_delete: can_on_plan(standing, PlanAction::Delete),
            may_discuss: row.atelier_id.is_some() && can_on_plan(standing, PlanAction::Discuss),
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

    /// The address of the plan's linked thread, if it still exists.
    async fn linked_thread(&self, id: i64) -> AppResult<Option<String>> {
        let Some(row) = impact_plans::find(self.db(), id).await? else {
            return Ok(None);
        };
        let Some(thread) = row.thread_id else {
            return Ok(None);
        };
        Ok(store::forum::threads::find(self.db(), thread)
            .await?
            .map(|found| crate::forum::thread_path(found.id, &found.slug)))
    }

    /// The plan's discussion thread in its atelier's forum, started on first use; returns its
    /// address. The first post holds only the title and a link: the plan's text stays behind
    /// its own access rules, also when the atelier's forum is public.
    pub async fn discuss_plan(&self, user: &CurrentUser, id: i64) -> AppResult<String> {
        let view = self.plan_view(user, id).await?;
        let Some(atelier) = view.row.atelier_id.filter(|_| view.may_discuss) else {
            return Err(AppError::Forbidden);
        };
        if let Some(path) = self.linked_thread(id).await? {
            return Ok(path);
        }
        let category = store::forum::categories::list(self.db())
            .await?
            .into_iter()
            .find(|c| c.atelier_id == Some(atelier))
            .ok_or(AppError::field("plan", "keuzehulp-error-no-forum"))?;
        let locale = user.user.locale;
        let link = format!("{}{}", self.config().base_url, plan_path(id));
        let title: String = view.row.title.chars().take(THREAD_TITLE_CHARS).collect();
        let input = ThreadInput {
            title: i18n::text_with(
                locale,
                "keuzehulp-thread-title",
                &[("title", Arg::Text(&title))],
            ),
            kind: domain::forum::ThreadKind::Discussion.code().to_owned(),
            body: i18n::text_with(
                locale,
                "keuzehulp-thread-body",
                &[("link", Arg::Text(&link))],
            ),
        };
        // One key per plan (made at its creation) and member: the same member starting twice
        // finds the first thread. The plan's text passed the client-data guard when saved.
        let reply = ReplyInput {
            body: String::new(),
            submission: format!("impact-plan-{id}-{}", view.row.created_at),
            confirmed: true,
        };
        let path = match self.start_thread(user, category.id, &input, &reply).await {
            Ok(PostOutcome::Saved(path)) => path,
            Ok(PostOutcome::Check(_)) | Err(AppError::Invalid(_)) => {
                return Err(AppError::field("plan", "keuzehulp-error-discuss-guard"));
            }
            Err(other) => return Err(other),
        };
        let thread = path
            .trim_start_matches("/forum/onderwerpen/")
            .split('-')
            .next()
            .and_then(|n| n.parse::<i64>().ok());
        if let Some(thread) = thread
            && !impact_plans::set_thread(self.db(), id, thread).await?
            && let Some(first) = self.linked_thread(id).await?
        {
            // Someone else started the discussion a moment earlier: go there.
            return Ok(first);
        }
        Ok(path)
    }
}
