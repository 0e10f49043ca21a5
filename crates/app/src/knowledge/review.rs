//! Review: the author asks named reviewers, reviewers comment (with a verdict), the author sees
//! what is asked, and an item in review can go back to its author. Each step sends a mail.

use super::item_path;
use crate::accounts::CurrentUser;
use crate::i18n::{self, Arg};
use crate::mail::OutgoingMail;
use crate::{App, AppError, AppResult};
use domain::knowledge::{KnowledgeAction, KnowledgeStatus};
use domain::reciprocity::Activity;
use domain::{AtelierId, FieldErrors, KnowledgeId, Locale, UserId, validation};
use store::{activities, knowledge, knowledge_reviews, users};

/// Longest review comment.
pub const MAX_COMMENT_CHARS: usize = 4000;

/// Verdicts a comment can carry.
pub const VERDICTS: [&str; 3] = ["comment", "approve", "changes"];

impl App {
    fn review_mail(
        &self,
        to: &str,
        locale: Locale,
        key: &str,
        who: &str,
        title: &str,
        path: &str,
    ) -> OutgoingMail {
        let link = format!("{}{path}", self.config().base_url);
        let args = [
            ("who", Arg::Text(who)),
            ("title", Arg::Text(title)),
            ("link", Arg::Text(&link)),
        ];
        OutgoingMail {
            to: to.to_owned(),
            subject: i18n::text_with(locale, &format!("{key}-subject"), &args),
            body: i18n::text_with(locale, &format!("{key}-body"), &args),
        }
    }

    /// Sends a draft to the chosen reviewers (members of the atelier); they get a mail.
    pub async fn submit_item(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
        reviewers: &[i64],
    ) -> AppResult<()> {
        let (item, _) = self
            .item_for(Some(user), id, KnowledgeAction::SubmitForReview)
            .await?;
        let choices = self.reviewer_choices(&item.row).await?;
        let chosen: Vec<UserId> = choices
            .iter()
            .filter(|(id, _)| reviewers.contains(id))
            .map(|(id, _)| UserId(*id))
            .collect();
        if chosen.is_empty() {
            return Err(AppError::field("reviewers", "error-reviewer-none"));
        }
        let now = self.now();
        let path = item_path(item.row.id, &item.row.slug);
        let mut tx = self.db().begin().await?;
        knowledge::update_status(&mut tx, id, KnowledgeStatus::Review.code(), now).await?;
        knowledge_reviews::set_reviewers(&mut tx, id, &chosen, now).await?;
        for (_, _, email, locale) in knowledge_reviews::list_reviewers(&mut tx, id).await? {
            let mail = self.review_mail(
                &email,
                Locale::from_code(&locale).unwrap_or_default(),
                "mail-review-asked",
                &user.user.display_name,
                &item.row.title,
                &path,
            );
            self.enqueue_mail(&mut tx, &mail).await?;
        }
        self.reindex_item(&mut tx, id).await?;
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// Adds a review comment; reviewers (and facilitators) can approve or ask for changes.
    /// The author gets a mail when someone else comments.
    pub async fn comment_item(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
        verdict: &str,
        body: &str,
    ) -> AppResult<()> {
        let (item, standing) = self
            .item_for(Some(user), id, KnowledgeAction::Comment)
            .await?;
        let mut errors = FieldErrors::new();
        let body = validation::required_text(&mut errors, "comment", body, MAX_COMMENT_CHARS);
        let judges = standing.reviewer
            || standing.admin
            || standing.atelier_role.is_some_and(|r| r.facilitates());
        let verdict = if VERDICTS.contains(&verdict) && (judges || verdict == "comment") {
            verdict
        } else {
            errors.add("verdict", "error-choice");
            "comment"
        };
        if !errors.is_empty() {
            return Err(AppError::Invalid(errors));
        }
        let now = self.now();
        let mut tx = self.db().begin().await?;
        knowledge_reviews::insert_comment(&mut tx, id, user.user.id, verdict, &body, now).await?;
        if standing.reviewer {
            activities::insert(
                &mut tx,
                AtelierId(item.row.atelier_id),
                user.user.id,
                Activity::ReviewGiven.code(),
                now,
            )
            .await?;
        }
        if let Some(author) = item.row.created_by.filter(|a| *a != user.user.id.0)
            && let Some(author) = users::find_by_id(&mut tx, UserId(author)).await?
        {
            let author = author.to_user()?;
            let mail = self.review_mail(
                &author.email,
                author.locale,
                "mail-review-comment",
                &user.user.display_name,
                &item.row.title,
                &item_path(item.row.id, &item.row.slug),
            );
            self.enqueue_mail(&mut tx, &mail).await?;
        }
        tx.commit().await?;
        self.wake_worker();
        Ok(())
    }

    /// Sends an item in review back to its author as a draft.
    pub async fn return_item(&self, user: &CurrentUser, id: KnowledgeId) -> AppResult<()> {
        self.item_for(Some(user), id, KnowledgeAction::ReturnToDraft)
            .await?;
        self.set_item_status(id, KnowledgeStatus::Draft).await
    }
}
