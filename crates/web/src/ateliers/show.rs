//! An atelier's page, and changing its stage.

use super::{atelier_path, parse_id, redirect_to_atelier};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::AppError;
use app::agenda::TopicRow;
use app::ateliers::AtelierPage;
use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::AtelierId;
use domain::ateliers::Stage;
use serde::Deserialize;

/// Knowledge items on an atelier's home page; the knowledge base, filtered on the atelier,
/// has the rest.
const KNOWLEDGE_ON_HOME: usize = 10;

#[derive(Template)]
#[template(path = "ateliers/show.html")]
pub(crate) struct AtelierTemplate {
    pub ctx: Ctx,
    pub page: AtelierPage,
    pub path: String,
    pub join_form: FormView,
    pub stage_form: FormView,
    /// The request whose decision form shows problems, with them.
    pub decision: Option<(i64, FormView)>,
    /// The form to propose an agenda topic.
    pub topic_form: FormView,
    /// The topic whose decision form shows problems, with them.
    pub topic_decision: Option<(i64, FormView)>,
    /// The form to invite someone (facilitators).
    pub invite_form: FormView,
    /// Open invitations as (e-mail, valid until) (facilitators).
    pub invitations: Vec<(String, String)>,
    pub stages: Vec<(&'static str, String)>,
    /// Published knowledge of this atelier the visitor may read.
    pub knowledge: Vec<app::knowledge::ItemRow>,
    /// Upcoming events of this atelier the visitor may see.
    pub events: Vec<app::events::EventRow>,
    /// Impact plans shared in this atelier (for its members).
    pub plans: Vec<app::keuzehulp::PlanRow>,
}

impl AtelierTemplate {
    pub(crate) fn new(ctx: Ctx, page: AtelierPage) -> AtelierTemplate {
        let stages = Stage::ALL
            .iter()
            .map(|s| (s.code(), ctx.stage_name(s)))
            .collect();
        let stage_form = FormView::new(ctx.locale).value_of("stage", page.atelier.stage.code());
        let join_form = FormView::new(ctx.locale)
            .value_of("meetings", "on")
            .value_of("public_events", "on")
            .value_of("online", "on");
        AtelierTemplate {
            path: atelier_path(page.atelier.row.id, &page.atelier.row.slug),
            join_form,
            stage_form,
            decision: None,
            topic_form: FormView::new(ctx.locale),
            topic_decision: None,
            invite_form: FormView::new(ctx.locale),
            invitations: Vec::new(),
            knowledge: Vec::new(),
            events: Vec::new(),
            plans: Vec::new(),
            stages,
            page,
            ctx,
        }
    }

    /// The page for the current visitor, with the open invitations when they facilitate.
    pub(crate) async fn load(
        state: &WebState,
        ctx: Ctx,
        id: AtelierId,
    ) -> Result<AtelierTemplate, WebError> {
        let page = state.app.atelier_page(ctx.user.as_ref(), id).await?;
        let invitations = match (&ctx.user, page.may.decide) {
            (Some(user), true) => state
                .app
                .open_atelier_invitations(user, id)
                .await?
                .into_iter()
                .map(|i| (i.email, crate::dates::format_date(i.expires_at)))
                .collect(),
            _ => Vec::new(),
        };
        let knowledge = if page.may.view {
            state
                .app
                .atelier_knowledge(ctx.user.as_ref(), id, KNOWLEDGE_ON_HOME)
                .await?
        } else {
            Vec::new()
        };
        let events = if page.may.view {
            state.app.atelier_events(ctx.user.as_ref(), id, 5).await?
        } else {
            Vec::new()
        };
        let plans = state.app.atelier_plans(ctx.user.as_ref(), id).await?;
        let mut template = AtelierTemplate::new(ctx, page);
        template.invitations = invitations;
        template.knowledge = knowledge;
        template.events = events;
        template.plans = plans;
        Ok(template)
    }

    /// An event's address.
    pub fn event_href(&self, event: &app::events::EventRow) -> String {
        app::events::event_path(event.id, &event.slug)
    }

    /// The decision form's problems for one request.
    pub fn decision_form(&self, member: &i64) -> Option<&FormView> {
        self.decision
            .as_ref()
            .filter(|(m, _)| m == member)
            .map(|(_, f)| f)
    }

    /// The decision form's problems for one agenda topic.
    pub fn topic_decision_form(&self, topic: &i64) -> Option<&FormView> {
        self.topic_decision
            .as_ref()
            .filter(|(t, _)| t == topic)
            .map(|(_, f)| f)
    }

    /// The agenda topics with a given status.
    pub fn topics_with(&self, status: &str) -> Vec<&TopicRow> {
        self.page
            .topics
            .iter()
            .filter(|t| t.status == status)
            .collect()
    }

    /// The degrees of participation of a membership as words.
    pub fn participation(&self, meetings: &bool, public_events: &bool, online: &bool) -> String {
        participation_words(&self.ctx, [*meetings, *public_events, *online])
    }

    /// The members in the table (the first ones; the rest are on the members page).
    pub fn members_rows(&self) -> &[app::atelier_members::MembershipRow] {
        &self.page.members
    }

    /// Whether the table offers to remove members.
    pub fn may_remove(&self) -> bool {
        self.page.may.decide
    }
}

/// The degrees of participation (meetings, public events, online) as words.
pub(crate) fn participation_words(
    ctx: &Ctx,
    [meetings, public_events, online]: [bool; 3],
) -> String {
    let parts: Vec<String> = [
        (meetings, "participation-meetings"),
        (public_events, "participation-public-events"),
        (online, "participation-online"),
    ]
    .iter()
    .filter(|(on, _)| *on)
    .map(|(_, key)| ctx.t(key))
    .collect();
    parts.join(", ")
}

/// `GET /ateliers/{id-slug}`.
pub async fn show_atelier(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    let template = AtelierTemplate::load(&state, ctx, parse_id(&segment)?).await?;
    Ok(render(&template, StatusCode::OK))
}

/// The stage form.
#[derive(Deserialize)]
pub struct StageForm {
    #[serde(default)]
    stage: String,
    #[serde(default)]
    reason: String,
}

/// `POST /ateliers/{id}/fase`.
pub async fn update_stage(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    Form(form): Form<StageForm>,
) -> Result<Response, WebError> {
    let actor = require_user(&ctx)?;
    let id = parse_id(&segment)?;
    let errors = match state
        .app
        .change_stage(actor, id, &form.stage, &form.reason)
        .await
    {
        Ok(()) => return redirect_to_atelier(&state, &ctx, id, "", "flash-stage-changed").await,
        Err(AppError::Invalid(errors)) => errors,
        Err(other) => return Err(other.into()),
    };
    let mut template = AtelierTemplate::load(&state, ctx.clone(), id).await?;
    template.stage_form = FormView::new(ctx.locale)
        .value_of("stage", &form.stage)
        .value_of("reason", &form.reason)
        .errors(errors);
    Ok(render(&template, StatusCode::UNPROCESSABLE_ENTITY))
}
