//! Leerateliers as members meet them: the overview, an atelier's page, joining (open or on
//! approval), leaving, deciding requests and moving the atelier to another stage.

use crate::accounts::{CurrentUser, ensure};
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::{App, AppError, AppResult};
use domain::ateliers::{
    AtelierRole, JoinInput, JoinPolicy, MAX_MESSAGE_CHARS, MAX_REASON_CHARS, MembershipStatus,
    Stage, Visibility,
};
use domain::permissions::{Actor, AtelierAction, can_in_atelier};
use domain::reciprocity::Balance;
use domain::{AtelierId, FieldErrors, UserId, validation};
use store::ateliers::{AtelierRow, StageChangeRow, ThemeRow};
use store::memberships::{self, MembershipRow, NewMembership};
use store::{ateliers, users};

/// An atelier with its parsed settings.
#[derive(Debug, Clone)]
pub struct Atelier {
    /// The stored row.
    pub row: AtelierRow,
    /// Who may see its page.
    pub visibility: Visibility,
    /// How people join.
    pub join_policy: JoinPolicy,
    /// Its stage.
    pub stage: Stage,
}

impl Atelier {
    /// Parses a stored atelier, refusing unknown codes.
    pub(crate) fn from_row(row: AtelierRow) -> AppResult<Atelier> {
        let bad = |column: &'static str, value: &str| {
            AppError::Store(store::StoreError::BadValue {
                column,
                value: value.to_owned(),
            })
        };
        Ok(Atelier {
            visibility: Visibility::from_code(&row.visibility)
                .ok_or_else(|| bad("ateliers.visibility", &row.visibility))?,
            join_policy: JoinPolicy::from_code(&row.join_policy)
                .ok_or_else(|| bad("ateliers.join_policy", &row.join_policy))?,
            stage: Stage::from_code(&row.stage).ok_or_else(|| bad("ateliers.stage", &row.stage))?,
            row,
        })
    }

    /// The atelier's id.
    pub fn id(&self) -> AtelierId {
        AtelierId(self.row.id)
    }
}

/// What the actor may do on an atelier's page.
#[derive(Debug, Clone, Copy, Default)]
pub struct AtelierPermissions {
    /// See members, history and content.
    pub view: bool,
    /// Ask to join / join.
    pub join: bool,
    /// Leave.
    pub leave: bool,
    /// Approve or decline requests.
    pub decide: bool,
    /// Change the stage.
    pub change_stage: bool,
    /// Edit the atelier's settings.
    pub edit: bool,
    /// Propose and support agenda topics.
    pub propose_topic: bool,
    /// Schedule or close agenda topics.
    pub decide_topic: bool,
}

/// Everything an atelier's page shows, filtered by what the actor may see.
#[derive(Debug, Clone)]
pub struct AtelierPage {
    /// The atelier.
    pub atelier: Atelier,
    /// Its themes.
    pub themes: Vec<ThemeRow>,
    /// The actor's own membership or request, if any.
    pub mine: Option<MembershipRow>,
    /// The first active members, those who lead it first (when the actor may view).
    pub members: Vec<MembershipRow>,
    /// How many active members there are in all.
    pub member_count: i64,
    /// Pending requests (for facilitators).
    pub requests: Vec<MembershipRow>,
    /// Stage history, newest first (when the actor may view).
    pub stage_history: Vec<StageChangeRow>,
    /// What the actor may do.
    pub may: AtelierPermissions,
    /// The actor's own give/take balance here (members only; nobody else sees it).
    pub balance: Option<Balance>,
    /// Agenda topics, most supported first (when the actor may view).
    pub topics: Vec<crate::agenda::TopicRow>,
}

/// What joining did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JoinOutcome {
    /// A member at once (open atelier).
    Joined,
    /// A request waits for a facilitator.
    Requested,
}

fn actor_of(user: Option<&CurrentUser>) -> Actor {
    user.map_or(Actor::Anonymous, |u| u.user.actor())
}

pub(crate) fn active_role(membership: Option<&MembershipRow>) -> Option<AtelierRole> {
    membership
        .filter(|m| m.status == MembershipStatus::Active.code())
        .and_then(|m| AtelierRole::from_code(&m.role))
}

impl App {
    pub(crate) async fn atelier(&self, id: AtelierId) -> AppResult<Atelier> {
        let row = ateliers::find_by_id(self.db(), id)
            .await?
            .ok_or(AppError::NotFound)?;
        Atelier::from_row(row)
    }

    /// The actor's membership and what it lets them do in this atelier.
    pub(crate) async fn standing(
        &self,
        user: Option<&CurrentUser>,
        atelier: &Atelier,
    ) -> AppResult<(Option<MembershipRow>, AtelierPermissions)> {
        let mine = match user {
            Some(u) => memberships::find(self.db(), atelier.id(), u.user.id).await?,
            None => None,
        };
        let role = active_role(mine.as_ref());
        let can = |action| {
            can_in_atelier(
                actor_of(user),
                role,
                atelier.visibility,
                atelier.join_policy,
                action,
            )
        };
        let pending = mine
            .as_ref()
            .is_some_and(|m| m.status == MembershipStatus::Requested.code());
        let may = AtelierPermissions {
            view: can(AtelierAction::View),
            join: can(AtelierAction::RequestToJoin) && !pending,
            leave: can(AtelierAction::Leave) || pending,
            decide: can(AtelierAction::DecideRequests),
            change_stage: can(AtelierAction::ChangeStage),
            edit: can(AtelierAction::Edit),
            propose_topic: can(AtelierAction::ProposeTopic),
            decide_topic: can(AtelierAction::DecideTopic),
        };
        Ok((mine, may))
    }

    /// The atelier's current slug (for its canonical URL after a change), in one query.
    pub async fn atelier_slug(&self, id: AtelierId) -> AppResult<String> {
        Ok(self.atelier(id).await?.row.slug)
    }

    /// An atelier's page as the actor may see it.
    pub async fn atelier_page(
        &self,
        user: Option<&CurrentUser>,
        id: AtelierId,
    ) -> AppResult<AtelierPage> {
        let atelier = self.atelier(id).await?;
        let (mine, may) = self.standing(user, &atelier).await?;
        let themes = ateliers::list_themes_by_atelier(self.db(), id).await?;
        let ((members, member_count), stage_history) = if may.view {
            (
                self.home_members(id).await?,
                ateliers::list_stage_changes(self.db(), id).await?,
            )
        } else {
            ((Vec::new(), 0), Vec::new())
        };
        let requests = if may.decide {
            memberships::list_by_atelier(self.db(), id, MembershipStatus::Requested.code()).await?
        } else {
            Vec::new()
        };
        let balance = match (user, active_role(mine.as_ref())) {
            (Some(u), Some(_)) => Some(self.own_balance(id, u.user.id.0).await?),
            _ => None,
        };
        let topics = if may.view {
            let viewer = user.map_or(0, |u| u.user.id.0);
            store::agenda::list_by_atelier(self.db(), id, viewer).await?
        } else {
            Vec::new()
        };
        Ok(AtelierPage {
            atelier,
            themes,
            mine,
            members,
            member_count,
            requests,
            stage_history,
            may,
            balance,
            topics,
        })
    }

    /// Joins an open atelier or asks to join one that needs approval, with the chosen degree
    /// of participation.
    pub async fn join_atelier(
        &self,
        user: &CurrentUser,
        id: AtelierId,
        input: &JoinInput,
    ) -> AppResult<JoinOutcome> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.join)?;
        let (participation, message) = input.validate().map_err(AppError::Invalid)?;
        let outcome = match atelier.join_policy {
            JoinPolicy::Open => JoinOutcome::Joined,
            JoinPolicy::Approval | JoinPolicy::Invitation => JoinOutcome::Requested,
        };
        let status = match outcome {
            JoinOutcome::Joined => MembershipStatus::Active,
            JoinOutcome::Requested => MembershipStatus::Requested,
        };
        let membership = NewMembership {
            atelier: id,
            user: user.user.id,
            role: AtelierRole::Member.code(),
            status: status.code(),
            meetings: participation.meetings,
            public_events: participation.public_events,
            online: participation.online,
            request_message: &message,
        };
        memberships::upsert(self.db(), &membership, self.now()).await?;
        tracing::info!(atelier = id.0, user = user.user.id.0, ?outcome, "join");
        Ok(outcome)
    }

    /// Leaves an atelier (or withdraws a request). Contributions stay.
    pub async fn leave_atelier(&self, user: &CurrentUser, id: AtelierId) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.leave)?;
        memberships::delete(self.db(), id, user.user.id).await?;
        Ok(())
    }

    /// Removes someone from an atelier (facilitators). What they contributed stays, attributed
    /// as they chose in their profile. A facilitator cannot remove a coordinator.
    pub async fn remove_member(
        &self,
        facilitator: &CurrentUser,
        id: AtelierId,
        member: UserId,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (mine, _) = self.standing(Some(facilitator), &atelier).await?;
        let role = active_role(mine.as_ref());
        let allowed = can_in_atelier(
            facilitator.user.actor(),
            role,
            atelier.visibility,
            atelier.join_policy,
            AtelierAction::RemoveMember,
        );
        ensure(allowed)?;
        let target = memberships::find(self.db(), id, member)
            .await?
            .ok_or(AppError::NotFound)?;
        let outranks = target.role == AtelierRole::Coordinator.code()
            && role != Some(AtelierRole::Coordinator)
            && !facilitator.user.is_admin;
        ensure(!outranks)?;
        memberships::delete(self.db(), id, member).await?;
        tracing::info!(
            atelier = id.0,
            member = member.0,
            by = facilitator.user.id.0,
            "member removed"
        );
        Ok(())
    }

    /// Approves or declines a join request, with a message for the person; they get a mail.
    pub async fn decide_join_request(
        &self,
        facilitator: &CurrentUser,
        id: AtelierId,
        member: UserId,
        approve: bool,
        message: &str,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(facilitator), &atelier).await?;
        ensure(may.decide)?;
        let mut errors = FieldErrors::new();
        let message = validation::optional_text(&mut errors, "message", message, MAX_MESSAGE_CHARS);
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let status = if approve {
            MembershipStatus::Active
        } else {
            MembershipStatus::Declined
        };
        let person = users::find_by_id(self.db(), member)
            .await?
            .ok_or(AppError::NotFound)?
            .to_user()?;
        let (subject_key, body_key) = if approve {
            ("mail-join-approved-subject", "mail-join-approved-body")
        } else {
            ("mail-join-declined-subject", "mail-join-declined-body")
        };
        let args = [
            ("name", Arg::Text(&person.display_name)),
            ("atelier", Arg::Text(&atelier.row.name)),
            ("message", Arg::Text(&message)),
        ];
        let mail = OutgoingMail {
            to: person.email.clone(),
            subject: i18n::text_with(person.locale, subject_key, &args),
            body: i18n::text_with(person.locale, body_key, &args),
        };
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let decided = memberships::update_decision(
            &mut tx,
            id,
            member,
            status.code(),
            &message,
            facilitator.user.id,
            now,
        )
        .await?;
        if !decided {
            return Err(AppError::NotFound);
        }
        self.enqueue_mail(&mut tx, &mail).await?;
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// Moves the atelier to another stage, with a short reason kept in its history.
    pub async fn change_stage(
        &self,
        facilitator: &CurrentUser,
        id: AtelierId,
        stage: &str,
        reason: &str,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(facilitator), &atelier).await?;
        ensure(may.change_stage)?;
        let mut errors = FieldErrors::new();
        let stage = Stage::from_code(stage);
        if stage.is_none() {
            errors.add("stage", "error-choice");
        }
        let reason = validation::required_text(&mut errors, "reason", reason, MAX_REASON_CHARS);
        let Some(stage) = stage.filter(|_| errors.is_empty()) else {
            return Err(AppError::Invalid(errors));
        };
        let now = self.now();
        let mut tx = self.db().begin().await?;
        ateliers::update_stage(&mut tx, id, stage.code(), now).await?;
        ateliers::insert_stage_change(
            &mut tx,
            id,
            stage.code(),
            &reason,
            Some(facilitator.user.id),
            now,
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
