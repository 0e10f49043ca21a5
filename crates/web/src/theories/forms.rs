//! The forms that change a theory: boxes (optionally leading to another box, for the guided
//! steps), links, their reasons, assumptions and evidence. Each carries the revision its page
//! showed and the page to go back to; a refusal shows that page again with the form as sent.

use super::edit::{Page, edit_page};
use super::{ends, fields, theory_id};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, see_other};
use app::AppError;
use app::theories::theory_path;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::response::Response;
use domain::FieldErrors;
use domain::toc::input::{AssumptionInput, EvidenceInput, NodeInput};
use std::collections::BTreeMap;

/// Every field a theory form can send.
const FIELDS: [&str; 17] = [
    "kind",
    "title",
    "description",
    "level",
    "sphere",
    "above_ceiling",
    "negative",
    "leads_to",
    "from",
    "to",
    "rationale",
    "interventions",
    "assumption",
    "assumption_kind",
    "certainty",
    "test_plan",
    "source",
];
const MORE_FIELDS: [&str; 5] = [
    "evidence_kind",
    "strength",
    "problem",
    "context",
    "target_groups",
];

struct Sent {
    f: BTreeMap<String, String>,
}

impl Sent {
    fn get(&self, key: &str) -> String {
        self.f.get(key).cloned().unwrap_or_default()
    }
    fn on(&self, key: &str) -> bool {
        !self.get(key).is_empty()
    }
    fn revision(&self) -> i64 {
        self.get("revision").parse().unwrap_or(0)
    }
    fn page(&self) -> Page {
        Page::of(&self.get("terug"))
    }
    fn node(&self) -> NodeInput {
        NodeInput {
            kind: self.get("kind"),
            title: self.get("title"),
            description: self.get("description"),
            level: self.get("level"),
            sphere: self.get("sphere"),
            above_ceiling: self.on("above_ceiling"),
            negative: self.on("negative"),
        }
    }
    /// The form as sent, for showing it again.
    fn form_view(&self, ctx: &Ctx) -> FormView {
        FIELDS
            .iter()
            .chain(MORE_FIELDS.iter())
            .fold(FormView::new(ctx.locale), |form, field| {
                form.value_of(field, &self.get(field))
            })
    }
}

/// Problems that belong to no field of the form (a stale page, a box or link that is gone) are
/// shown as a message about the whole form; the others stay at their field.
fn with_general(form: FormView, errors: FieldErrors) -> FormView {
    let mut kept = FieldErrors::new();
    let mut general = None;
    for e in errors.iter() {
        if ["revision", "link", "node"].contains(&e.field) {
            general = Some(e.key);
        } else {
            match e.limit {
                Some(limit) => kept.add_with_limit(e.field, e.key, limit),
                None => kept.add(e.field, e.key),
            }
        }
    }
    let form = form.errors(kept);
    match general {
        Some(key) => form.general(key),
        None => form,
    }
}

/// After a change: back to the page (at `anchor`), or the page again with the refused form.
async fn answer(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    sent: &Sent,
    result: Result<String, AppError>,
) -> Result<Response, WebError> {
    let page = sent.page();
    match result {
        Ok(anchor) => {
            let to = format!("{}/{}{anchor}", theory_path(id), page.segment());
            Ok(see_other(
                &to,
                Some("flash-theory-saved"),
                ctx.secure_cookies,
            ))
        }
        Err(AppError::Invalid(errors)) => {
            let form = with_general(sent.form_view(&ctx), errors);
            edit_page(state, ctx, id, page, Some((sent.get("form"), form))).await
        }
        Err(other) => Err(other.into()),
    }
}

/// `POST …/knopen`: a new box, leading to `leads_to` when given.
pub async fn add_node(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let sent = Sent { f: fields(&body) };
    let leads_to = sent.get("leads_to").parse().ok();
    let result = state
        .app
        .add_theory_node(user, (id, sent.revision()), &sent.node(), leads_to)
        .await
        .map(|key| format!("#knoop-{key}"));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/knopen/{key}`: change a box.
pub async fn update_node(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, key)): Path<(String, u32)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let sent = Sent { f: fields(&body) };
    let result = state
        .app
        .update_theory_node(user, (id, sent.revision()), key, &sent.node())
        .await
        .map(|()| format!("#knoop-{key}"));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/knopen/{key}/verwijderen`.
pub async fn delete_node(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, key)): Path<(String, u32)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let sent = Sent { f: fields(&body) };
    let result = state
        .app
        .delete_theory_node(user, (id, sent.revision()), key)
        .await
        .map(|()| String::new());
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/verbanden`: a new link.
pub async fn add_link(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let sent = Sent { f: fields(&body) };
    let (from, to) = (
        sent.get("from").parse().unwrap_or(0),
        sent.get("to").parse().unwrap_or(0),
    );
    let result = state
        .app
        .add_theory_link(
            user,
            (id, sent.revision()),
            from,
            to,
            &sent.get("rationale"),
        )
        .await
        .map(|()| format!("#verband-{from}-{to}"));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/verbanden/{from}-{to}`: a link's rationale and interventions.
pub async fn update_link(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, link)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let link = ends(&link)?;
    let sent = Sent { f: fields(&body) };
    let texts = (sent.get("rationale"), sent.get("interventions"));
    let result = state
        .app
        .update_theory_link(user, (id, sent.revision()), link, (&texts.0, &texts.1))
        .await
        .map(|()| format!("#verband-{}-{}", link.0, link.1));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/verbanden/{from}-{to}/verwijderen`.
pub async fn delete_link(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, link)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let link = ends(&link)?;
    let sent = Sent { f: fields(&body) };
    let result = state
        .app
        .delete_theory_link(user, (id, sent.revision()), link)
        .await
        .map(|()| String::new());
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/verbanden/{from}-{to}/aannames`.
pub async fn add_assumption(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, link)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let link = ends(&link)?;
    let sent = Sent { f: fields(&body) };
    let input = AssumptionInput {
        text: sent.get("assumption"),
        kind: sent.get("assumption_kind"),
        certainty: sent.get("certainty"),
        test_plan: sent.get("test_plan"),
    };
    let result = state
        .app
        .add_theory_assumption(user, (id, sent.revision()), link, &input)
        .await
        .map(|()| format!("#verband-{}-{}", link.0, link.1));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/verbanden/{from}-{to}/bewijs`.
pub async fn add_evidence(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, link)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let link = ends(&link)?;
    let sent = Sent { f: fields(&body) };
    let input = EvidenceInput {
        source: sent.get("source"),
        kind: sent.get("evidence_kind"),
        strength: sent.get("strength"),
    };
    let result = state
        .app
        .add_theory_evidence(user, (id, sent.revision()), link, &input)
        .await
        .map(|()| format!("#verband-{}-{}", link.0, link.1));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/verbanden/{from}-{to}/weghalen`: remove assumption or evidence number `nr`.
pub async fn remove_support(
    State(state): State<WebState>,
    ctx: Ctx,
    Path((segment, link)): Path<(String, String)>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let link = ends(&link)?;
    let sent = Sent { f: fields(&body) };
    let which = (
        sent.get("soort") == "bewijs",
        sent.get("nr").parse().unwrap_or(usize::MAX),
    );
    let result = state
        .app
        .remove_theory_support(user, (id, sent.revision()), link, which)
        .await
        .map(|()| format!("#verband-{}-{}", link.0, link.1));
    answer(&state, ctx, id, &sent, result).await
}

/// `POST …/over`: title, problem, context and target groups.
pub async fn update_about(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
    body: Bytes,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let id = theory_id(&segment)?;
    let sent = Sent { f: fields(&body) };
    let about = [
        sent.get("title"),
        sent.get("problem"),
        sent.get("context"),
        sent.get("target_groups"),
    ];
    let result = state
        .app
        .update_theory_about(
            user,
            (id, sent.revision()),
            [&about[0], &about[1], &about[2], &about[3]],
        )
        .await
        .map(|()| "#over".to_owned());
    answer(&state, ctx, id, &sent, result).await
}
