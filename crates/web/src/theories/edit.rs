//! The two ways to build: the guided backward-mapping steps (start from the impact, ask "what
//! must be true before this?" box by box, then the activities) and the free editor with a form
//! for every box and link. Both post to the same forms; a refused form comes back here with
//! what was typed and the problem.

use super::theory_id;
use super::view::{LinkView, NodeView, links, nodes};
use crate::WebState;
use crate::accounts::require_user;
use crate::context::Ctx;
use crate::error::WebError;
use crate::forms::{FormView, render};
use app::AppError;
use app::theories::TheoryView;
use askama::Template;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use domain::keuzehulp::answers::StaircaseLevel;
use domain::toc::{AssumptionKind, Certainty, NodeKind, Sphere, Strength};

/// Which page a form came from and goes back to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Page {
    /// The guided steps.
    Steps,
    /// The free editor.
    Editor,
}

impl Page {
    /// From the form's `terug` field.
    pub fn of(value: &str) -> Page {
        if value == "stappen" {
            Page::Steps
        } else {
            Page::Editor
        }
    }

    /// The path part.
    pub fn segment(self) -> &'static str {
        match self {
            Page::Steps => "stappen",
            Page::Editor => "bewerken",
        }
    }
}

#[derive(Template)]
#[template(path = "theories/edit.html")]
struct EditTemplate {
    ctx: Ctx,
    view: TheoryView,
    nodes: Vec<NodeView>,
    links: Vec<LinkView>,
    failed: Option<(String, FormView)>,
    guided: bool,
}

fn options(ctx: &Ctx, prefix: &str, codes: Vec<&'static str>) -> Vec<(String, String)> {
    codes
        .into_iter()
        .map(|c| (c.to_owned(), ctx.t(&format!("{prefix}{c}"))))
        .collect()
}

impl EditTemplate {
    /// The form named `name`: as sent, when it was refused; else `fresh`.
    fn form(&self, name: &str, fresh: FormView) -> FormView {
        match &self.failed {
            Some((failed, form)) if failed == name => form.clone(),
            _ => fresh,
        }
    }
    fn new_node_form(&self, name: &str, kind: &str, sphere: &str) -> FormView {
        self.form(
            name,
            FormView::new(self.ctx.locale)
                .value_of("kind", kind)
                .value_of("sphere", sphere),
        )
    }
    fn node_form(&self, node: &NodeView) -> FormView {
        let fresh = FormView::new(self.ctx.locale)
            .value_of("kind", &node.kind)
            .value_of("title", &node.title)
            .value_of("description", &node.description)
            .value_of("sphere", self.sphere_code(node.id))
            .value_of("level", self.level_code(node.id))
            .value_of("above_ceiling", if node.above_ceiling { "1" } else { "" })
            .value_of("negative", if node.negative { "1" } else { "" });
        self.form(&format!("node-{}", node.id), fresh)
    }
    fn link_form(&self, link: &LinkView) -> FormView {
        let fresh = FormView::new(self.ctx.locale)
            .value_of("rationale", &link.rationale)
            .value_of("interventions", &link.interventions);
        self.form(&format!("link-{}", link.ends()), fresh)
    }
    fn plain_form(&self, name: &str) -> FormView {
        self.form(name, FormView::new(self.ctx.locale))
    }
    fn sphere_code(&self, id: u32) -> &'static str {
        self.view.theory.node(id).map_or("", |n| n.sphere.code())
    }
    fn level_code(&self, id: u32) -> &'static str {
        self.view
            .theory
            .node(id)
            .and_then(|n| n.level)
            .map_or("", |l| l.code())
    }
    fn kinds(&self) -> Vec<(String, String)> {
        options(
            &self.ctx,
            "toc-kind-",
            NodeKind::ALL.iter().map(|k| k.code()).collect(),
        )
    }
    /// The kinds a box can have that leads to `target` (only those the rules accept).
    fn kinds_before(&self, target: &NodeView) -> Vec<(String, String)> {
        let target = NodeKind::from_code(&target.kind).unwrap_or(NodeKind::Impact);
        let fitting = [NodeKind::Intermediate, NodeKind::LongTerm, NodeKind::Output]
            .into_iter()
            .filter(|k| domain::toc::graph::kinds_fit(*k, target))
            .map(|k| k.code())
            .collect();
        options(&self.ctx, "toc-kind-", fitting)
    }
    /// The "about" form: as sent when refused, else the theory's own fields.
    fn about_form(&self) -> FormView {
        let t = &self.view.theory;
        let fresh = FormView::new(self.ctx.locale)
            .value_of("title", &t.title)
            .value_of("problem", &t.problem)
            .value_of("context", &t.context)
            .value_of("target_groups", &t.target_groups);
        self.form("over", fresh)
    }
    fn spheres(&self) -> Vec<(String, String)> {
        options(
            &self.ctx,
            "toc-sphere-",
            Sphere::ALL.iter().map(|k| k.code()).collect(),
        )
    }
    fn levels(&self) -> Vec<(String, String)> {
        let mut all = vec![(String::new(), self.ctx.t("toc-level-none"))];
        all.extend(options(
            &self.ctx,
            "keuzehulp-level-",
            StaircaseLevel::ALL.iter().map(|k| k.code()).collect(),
        ));
        all
    }
    fn assumption_kinds(&self) -> Vec<(String, String)> {
        options(
            &self.ctx,
            "toc-assumption-",
            AssumptionKind::ALL.iter().map(|k| k.code()).collect(),
        )
    }
    fn certainties(&self) -> Vec<(String, String)> {
        options(
            &self.ctx,
            "toc-certainty-",
            Certainty::ALL.iter().map(|k| k.code()).collect(),
        )
    }
    fn strengths(&self) -> Vec<(String, String)> {
        options(
            &self.ctx,
            "toc-strength-",
            Strength::ALL.iter().map(|k| k.code()).collect(),
        )
    }
    /// Boxes of `kind` (for the guided steps).
    fn of_kind(&self, kinds: &[&str]) -> Vec<&NodeView> {
        self.nodes
            .iter()
            .filter(|n| kinds.contains(&n.kind.as_str()))
            .collect()
    }
    /// True when the form `name` was refused.
    fn is_failed(&self, name: &str) -> bool {
        self.failed.as_ref().is_some_and(|(f, _)| f == name)
    }
    /// True when one of a link's forms was refused.
    fn link_failed(&self, link: &LinkView) -> bool {
        let ends = link.ends();
        ["link", "aanname", "bewijs"]
            .iter()
            .any(|kind| self.is_failed(&format!("{kind}-{ends}")))
    }
    /// Titles of the boxes that lead to `id`.
    fn leading_to(&self, id: &u32) -> Vec<String> {
        self.links
            .iter()
            .filter(|l| l.to == *id)
            .map(|l| l.from_title.clone())
            .collect()
    }
    fn node_options(&self) -> Vec<(String, String)> {
        self.nodes
            .iter()
            .map(|n| (n.id.to_string(), format!("{} ({})", n.title, n.kind_label)))
            .collect()
    }
}

/// Renders the steps or the editor, with the refused form when there is one.
pub(super) async fn edit_page(
    state: &WebState,
    ctx: Ctx,
    id: i64,
    page: Page,
    failed: Option<(String, FormView)>,
) -> Result<Response, WebError> {
    let user = require_user(&ctx)?;
    let view = state.app.theory_view(user, id).await?;
    if !view.may_edit {
        return Err(AppError::Forbidden.into());
    }
    let status = if failed.is_some() {
        StatusCode::UNPROCESSABLE_ENTITY
    } else {
        StatusCode::OK
    };
    let template = EditTemplate {
        nodes: nodes(&view.theory, ctx.locale),
        links: links(&view.theory, ctx.locale),
        view,
        failed,
        guided: page == Page::Steps,
        ctx,
    };
    Ok(render(&template, status))
}

/// `GET /veranderingstheorie/{id}/stappen`: the guided backward mapping.
pub async fn steps(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    edit_page(&state, ctx, theory_id(&segment)?, Page::Steps, None).await
}

/// `GET /veranderingstheorie/{id}/bewerken`: every box and link in its own form.
pub async fn editor(
    State(state): State<WebState>,
    ctx: Ctx,
    Path(segment): Path<String>,
) -> Result<Response, WebError> {
    edit_page(&state, ctx, theory_id(&segment)?, Page::Editor, None).await
}
