//! Changing a theory: boxes, links with their reasons, assumptions and evidence, the team's own
//! story, and importing a JSON export. Every change is checked by the domain rules and saved
//! against the revision the editor saw, so two editors never silently overwrite each other.

use super::{TheoryView, model_json};
use crate::accounts::CurrentUser;
use crate::events::sessions::year_of;
use crate::{App, AppError, AppResult};
use domain::forum::guard::client_data_signs;
use domain::toc::graph::add_link;
use domain::toc::input::{AssumptionInput, EvidenceInput, NodeInput};
use domain::toc::json::{MAX_LINKS, MAX_NODES, MAX_SUPPORT, MAX_TEXT, MAX_TITLE};
use domain::toc::{Link, NodeId, Theory};
use domain::validation::{FieldErrors, optional_text, required_text};
use std::collections::HashSet;
use store::theories;

fn problem(field: &'static str, key: &'static str) -> FieldErrors {
    let mut errors = FieldErrors::new();
    errors.add(field, key);
    errors
}

fn link_mut(theory: &mut Theory, (from, to): (NodeId, NodeId)) -> Result<&mut Link, FieldErrors> {
    theory
        .links
        .iter_mut()
        .find(|l| l.from == from && l.to == to)
        .ok_or_else(|| problem("link", "toc-error-link-unknown"))
}

impl App {
    /// Applies `change` to the model and saves it if the theory is still at `revision`. The
    /// result must stay within the size limits of an export, and new text that looks like
    /// client data is refused at `field` (a theory is shared; it never needs a client's data).
    async fn change_theory<T>(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        field: &'static str,
        change: impl FnOnce(&mut Theory) -> Result<T, FieldErrors>,
    ) -> AppResult<T> {
        let TheoryView {
            row,
            mut theory,
            may_edit,
            ..
        } = self.theory_view(user, id).await?;
        if !may_edit {
            return Err(AppError::Forbidden);
        }
        if row.revision != revision {
            return Err(AppError::field("revision", "toc-error-stale"));
        }
        let before = theory.clone();
        let result = change(&mut theory).map_err(AppError::Invalid)?;
        let too_many = theory.nodes.len() > MAX_NODES
            || theory.links.len() > MAX_LINKS
            || theory
                .links
                .iter()
                .any(|l| l.assumptions.len() > MAX_SUPPORT || l.evidence.len() > MAX_SUPPORT);
        if too_many {
            return Err(AppError::field(field, "toc-error-too-many"));
        }
        let old: HashSet<&str> = before.texts().into_iter().collect();
        let new: Vec<&str> = theory
            .texts()
            .into_iter()
            .filter(|t| !old.contains(t))
            .collect();
        if !client_data_signs(&new.join("\n"), year_of(self.now())).is_empty() {
            return Err(AppError::field(field, "toc-error-client-data"));
        }
        let model = model_json(&theory)?;
        if !theories::save_model(self.db(), id, (&theory.title, &model), revision, self.now())
            .await?
        {
            return Err(AppError::field("revision", "toc-error-stale"));
        }
        Ok(result)
    }

    /// Changes the title, problem, context and target groups.
    pub async fn update_theory_about(
        &self,
        user: &CurrentUser,
        at: (i64, i64),
        about: [&str; 4],
    ) -> AppResult<()> {
        self.change_theory(user, at, "title", |t| {
            let mut e = FieldErrors::new();
            let [title, problem, context, groups] = about;
            t.title = required_text(&mut e, "title", title, MAX_TITLE);
            t.problem = optional_text(&mut e, "problem", problem, MAX_TEXT);
            t.context = optional_text(&mut e, "context", context, MAX_TEXT);
            t.target_groups = optional_text(&mut e, "target_groups", groups, MAX_TEXT);
            e.into_result(())
        })
        .await
    }

    /// Adds a box; with `leads_to`, also the link from it to that box (backward mapping:
    /// "what must be true before this?"). Returns the new box's key.
    pub async fn add_theory_node(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        input: &NodeInput,
        leads_to: Option<NodeId>,
    ) -> AppResult<NodeId> {
        self.change_theory(user, (id, revision), "title", |t| {
            let node = input.validate(t.next_id())?;
            let key = node.id;
            t.push_node(node);
            if let Some(target) = leads_to {
                let link = Link {
                    from: key,
                    to: target,
                    rationale: String::new(),
                    interventions: String::new(),
                    assumptions: vec![],
                    evidence: vec![],
                };
                // Not a field of the form: shown above it.
                add_link(t, link).map_err(|p| problem("link", p.key()))?;
            }
            Ok(key)
        })
        .await
    }

    /// Changes a box. A new kind must still fit every link it has.
    pub async fn update_theory_node(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        key: NodeId,
        input: &NodeInput,
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "title", |t| {
            let node = input.validate(key)?;
            let place = t
                .nodes
                .iter()
                .position(|n| n.id == key)
                .ok_or_else(|| problem("node", "toc-error-node-unknown"))?;
            t.nodes[place] = node;
            let links = std::mem::take(&mut t.links);
            for link in links {
                add_link(t, link).map_err(|p| problem("kind", p.key()))?;
            }
            Ok(())
        })
        .await
    }

    /// Removes a box and its links.
    pub async fn delete_theory_node(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        key: NodeId,
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "node", |t| {
            t.nodes.retain(|n| n.id != key);
            t.links.retain(|l| l.from != key && l.to != key);
            Ok(())
        })
        .await
    }

    /// Adds a link, checked against the rules (no backwards links, duplicates or loops).
    pub async fn add_theory_link(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        from: NodeId,
        to: NodeId,
        rationale: &str,
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "to", |t| {
            let mut errors = FieldErrors::new();
            let rationale = optional_text(
                &mut errors,
                "rationale",
                rationale,
                domain::toc::input::MAX_TEXT,
            );
            if !errors.is_empty() {
                return Err(errors);
            }
            let link = Link {
                from,
                to,
                rationale,
                interventions: String::new(),
                assumptions: vec![],
                evidence: vec![],
            };
            add_link(t, link).map_err(|p| problem("to", p.key()))
        })
        .await
    }

    /// Changes a link's rationale and interventions.
    pub async fn update_theory_link(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        ends: (NodeId, NodeId),
        (rationale, interventions): (&str, &str),
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "rationale", |t| {
            let mut errors = FieldErrors::new();
            let rationale = optional_text(
                &mut errors,
                "rationale",
                rationale,
                domain::toc::input::MAX_TEXT,
            );
            let interventions = optional_text(
                &mut errors,
                "interventions",
                interventions,
                domain::toc::input::MAX_TEXT,
            );
            if !errors.is_empty() {
                return Err(errors);
            }
            let link = link_mut(t, ends)?;
            link.rationale = rationale;
            link.interventions = interventions;
            Ok(())
        })
        .await
    }

    /// Removes a link.
    pub async fn delete_theory_link(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        (from, to): (NodeId, NodeId),
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "link", |t| {
            t.links.retain(|l| !(l.from == from && l.to == to));
            Ok(())
        })
        .await
    }

    /// Adds an assumption to a link.
    pub async fn add_theory_assumption(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        ends: (NodeId, NodeId),
        input: &AssumptionInput,
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "assumption", |t| {
            let assumption = input.validate()?;
            link_mut(t, ends)?.assumptions.push(assumption);
            Ok(())
        })
        .await
    }

    /// Adds evidence to a link.
    pub async fn add_theory_evidence(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        ends: (NodeId, NodeId),
        input: &EvidenceInput,
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "source", |t| {
            let evidence = input.validate()?;
            link_mut(t, ends)?.evidence.push(evidence);
            Ok(())
        })
        .await
    }

    /// Removes the `index`-th assumption (`evidence`: false) or piece of evidence of a link.
    pub async fn remove_theory_support(
        &self,
        user: &CurrentUser,
        (id, revision): (i64, i64),
        ends: (NodeId, NodeId),
        (evidence, index): (bool, usize),
    ) -> AppResult<()> {
        self.change_theory(user, (id, revision), "link", |t| {
            let link = link_mut(t, ends)?;
            let list_len = if evidence {
                link.evidence.len()
            } else {
                link.assumptions.len()
            };
            if index >= list_len {
                return Err(problem("link", "toc-error-link-unknown"));
            }
            if evidence {
                link.evidence.remove(index);
            } else {
                link.assumptions.remove(index);
            }
            Ok(())
        })
        .await
    }
}
