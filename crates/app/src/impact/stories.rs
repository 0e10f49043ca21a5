//! Stories and Most Significant Change rounds for a theory's team: stories collected (in a
//! round or on their own), a round's panel choosing the most significant story per domain with
//! its reason, and the choice fed back by mail to the team the tellers' stories came from.

use crate::accounts::CurrentUser;
use crate::mail::OutgoingMail;
use crate::{App, AppError, AppResult, i18n};
use domain::FieldErrors;
use domain::Locale;
use domain::impact::story::{RoundInput, StoryInput, domains_of};
use store::impact::stories::{self, NewStory, RoundRow, StoryRow};

/// A round with its stories.
#[derive(Debug, Clone)]
pub struct RoundView {
    /// The round.
    pub round: RoundRow,
    /// Its domains.
    pub domains: Vec<String>,
    /// Its stories.
    pub stories: Vec<StoryRow>,
}

impl App {
    /// Saves a story (in `round` when given); returns its id.
    pub async fn add_story(
        &self,
        user: &CurrentUser,
        (theory, round): (i64, Option<i64>),
        input: &StoryInput,
    ) -> AppResult<i64> {
        let view = self.impact_theory(user, theory).await?;
        let domains = match round {
            Some(id) => {
                let r = stories::round(self.db(), theory, id)
                    .await?
                    .ok_or(AppError::NotFound)?;
                if r.status != "collecting" {
                    return Err(AppError::field("state", "impact-round-closed"));
                }
                domains_of(&r.domains)
            }
            None => Vec::new(),
        };
        let spec = input
            .validate(&domains, &super::node_keys(&view.theory))
            .map_err(AppError::Invalid)?;
        self.guard_texts(
            "body",
            &[
                &spec.teller_role,
                &spec.title,
                &spec.body,
                &spec.why_significant,
            ],
        )?;
        let keys: Vec<String> = spec.nodes.iter().map(u32::to_string).collect();
        let keys = keys.join(",");
        Ok(stories::insert(
            self.db(),
            theory,
            &NewStory {
                round,
                teller_role: &spec.teller_role,
                told_on: &spec.told_on,
                domain: &spec.domain,
                title: &spec.title,
                body: &spec.body,
                why_significant: &spec.why_significant,
                node_keys: &keys,
                unexpected: spec.unexpected,
            },
            user.user.id.0,
            self.now(),
        )
        .await?)
    }

    /// The stories of a theory, newest first.
    pub async fn stories(&self, user: &CurrentUser, theory: i64) -> AppResult<Vec<StoryRow>> {
        self.impact_theory(user, theory).await?;
        Ok(stories::list(self.db(), theory, None).await?)
    }

    /// Deletes a story.
    pub async fn delete_story(&self, user: &CurrentUser, theory: i64, id: i64) -> AppResult<()> {
        self.impact_theory(user, theory).await?;
        if !stories::delete(self.db(), theory, id).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// Starts an MSC round; returns its id.
    pub async fn start_round(
        &self,
        user: &CurrentUser,
        theory: i64,
        input: &RoundInput,
    ) -> AppResult<i64> {
        self.impact_theory(user, theory).await?;
        let (title, period, domains, panel) = input.validate().map_err(AppError::Invalid)?;
        Ok(stories::insert_round(
            self.db(),
            theory,
            (&title, &period, &domains.join("\n"), &panel),
            self.now(),
        )
        .await?)
    }

    /// The rounds of a theory, newest first.
    pub async fn rounds(&self, user: &CurrentUser, theory: i64) -> AppResult<Vec<RoundRow>> {
        self.impact_theory(user, theory).await?;
        Ok(stories::rounds(self.db(), theory).await?)
    }

    /// A round with its stories.
    pub async fn round(&self, user: &CurrentUser, theory: i64, id: i64) -> AppResult<RoundView> {
        self.impact_theory(user, theory).await?;
        let round = stories::round(self.db(), theory, id)
            .await?
            .ok_or(AppError::NotFound)?;
        Ok(RoundView {
            domains: domains_of(&round.domains),
            stories: stories::list(self.db(), theory, Some(id)).await?,
            round,
        })
    }

    /// Closes collecting: the panel selects now.
    pub async fn close_collecting(
        &self,
        user: &CurrentUser,
        theory: i64,
        id: i64,
    ) -> AppResult<()> {
        let view = self.round(user, theory, id).await?;
        if view.stories.is_empty() {
            return Err(AppError::field("state", "impact-round-no-stories"));
        }
        if !stories::set_status(self.db(), id, ("collecting", "selecting"), "", self.now()).await? {
            return Err(AppError::field("state", "impact-round-closed"));
        }
        Ok(())
    }

    /// Records the panel's choice of the most significant story of its domain, and why.
    pub async fn select_story(
        &self,
        user: &CurrentUser,
        (theory, round): (i64, i64),
        story: Option<i64>,
        reason: &str,
    ) -> AppResult<()> {
        let view = self.round(user, theory, round).await?;
        if view.round.status != "selecting" {
            return Err(AppError::field("state", "impact-round-not-selecting"));
        }
        let mut e = FieldErrors::new();
        if story.is_none() {
            e.add("story", "impact-error-choose");
        }
        let reason = domain::validation::required_text(&mut e, "reason", reason, 2000);
        if !e.is_empty() {
            return Err(AppError::Invalid(e));
        }
        self.guard_texts("reason", &[&reason])?;
        let mut tx = self.db().begin().await?;
        if !stories::select(&mut tx, round, story.unwrap_or(0), &reason).await? {
            return Err(AppError::NotFound);
        }
        tx.commit().await?;
        Ok(())
    }

    /// Feeds the panel's choices and reasons back to the team by mail; returns how many mails.
    pub async fn feed_back_round(
        &self,
        user: &CurrentUser,
        (theory, round): (i64, i64),
        message: &str,
    ) -> AppResult<usize> {
        let view = self.round(user, theory, round).await?;
        if view.round.status != "selecting" {
            return Err(AppError::field("state", "impact-round-not-selecting"));
        }
        let chosen: Vec<&StoryRow> = view.stories.iter().filter(|s| s.selected).collect();
        if chosen.is_empty() {
            return Err(AppError::field("feedback", "impact-round-none-selected"));
        }
        let mut e = FieldErrors::new();
        let message = domain::validation::optional_text(&mut e, "feedback", message, 4000);
        if !e.is_empty() {
            return Err(AppError::Invalid(e));
        }
        self.guard_texts("feedback", &[&message])?;
        let theory_row = self.impact_theory(user, theory).await?.row;
        let team = self.theory_team(&theory_row).await?;
        let link = format!(
            "{}{}/msc/{round}",
            self.config().base_url,
            super::impact_path(theory)
        );
        let mut tx = self.db().begin().await?;
        // Only the request that moves the round on sends mail (not a second click).
        let moved = ("selecting", "fed_back");
        if !stories::set_status(&mut tx, round, moved, &message, self.now()).await? {
            return Err(AppError::field("state", "impact-round-not-selecting"));
        }
        for (email, locale) in &team {
            let locale = Locale::from_code(locale).unwrap_or(Locale::Nl);
            let mut body = i18n::text_with(
                locale,
                "impact-feedback-body",
                &[
                    ("round", i18n::Arg::Text(&view.round.title)),
                    ("link", i18n::Arg::Text(&link)),
                ],
            );
            for s in &chosen {
                body.push_str(&format!(
                    "\n\n{} — {}\n{}",
                    s.domain, s.title, s.selection_reason
                ));
            }
            if !message.is_empty() {
                body.push_str(&format!("\n\n{message}"));
            }
            let subject = i18n::text_with(
                locale,
                "impact-feedback-subject",
                &[("round", i18n::Arg::Text(&view.round.title))],
            );
            let mail = OutgoingMail {
                to: email.clone(),
                subject,
                body,
            };
            self.enqueue_mail(&mut tx, &mail).await?;
        }
        tx.commit().await?;
        self.wake_worker();
        Ok(team.len())
    }

    /// The team of a theory as (address, language): the owner, and for a team theory every
    /// active member of its atelier.
    async fn theory_team(
        &self,
        row: &crate::theories::TheoryRow,
    ) -> AppResult<Vec<(String, String)>> {
        Ok(store::impact::stories::team(self.db(), row.id).await?)
    }
}
