//! Agenda-setting together: members propose topics and support them; facilitators schedule a
//! topic or close it with a reason.

use crate::accounts::{CurrentUser, ensure};
use crate::{App, AppError, AppResult};
use domain::AtelierId;
use domain::agenda::{TopicDecisionInput, TopicInput, TopicStatus};

/// An agenda topic with its support, as pages show it.
pub use store::agenda::TopicRow;

impl App {
    /// Proposes a topic for the atelier's agenda; the proposer supports it.
    pub async fn propose_topic(
        &self,
        user: &CurrentUser,
        id: AtelierId,
        input: &TopicInput,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.propose_topic)?;
        let (title, description) = input.validate().map_err(AppError::Invalid)?;
        let now = self.now();
        let mut tx = self.db().begin().await?;
        let topic =
            store::agenda::insert(&mut tx, id, user.user.id, &title, &description, now).await?;
        store::agenda::insert_support(&mut tx, topic, user.user.id, now).await?;
        tx.commit().await?;
        Ok(())
    }

    /// Supports a proposed topic, or withdraws the support given before.
    pub async fn toggle_topic_support(
        &self,
        user: &CurrentUser,
        id: AtelierId,
        topic: i64,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.propose_topic)?;
        let row = store::agenda::find(self.db(), id, topic)
            .await?
            .ok_or(AppError::NotFound)?;
        if row.status != TopicStatus::Proposed.code() {
            return Err(AppError::NotFound);
        }
        if !store::agenda::delete_support(self.db(), topic, user.user.id).await? {
            store::agenda::insert_support(self.db(), topic, user.user.id, self.now()).await?;
        }
        Ok(())
    }

    /// Schedules a topic or closes it with a reason (facilitators).
    pub async fn decide_topic(
        &self,
        user: &CurrentUser,
        id: AtelierId,
        topic: i64,
        input: &TopicDecisionInput,
    ) -> AppResult<()> {
        let atelier = self.atelier(id).await?;
        let (_, may) = self.standing(Some(user), &atelier).await?;
        ensure(may.decide_topic)?;
        store::agenda::find(self.db(), id, topic)
            .await?
            .ok_or(AppError::NotFound)?;
        let (status, note) = input.validate().map_err(AppError::Invalid)?;
        if !store::agenda::update_status(
            self.db(),
            topic,
            status.code(),
            &note,
            user.user.id,
            self.now(),
        )
        .await?
        {
            return Err(AppError::NotFound);
        }
        Ok(())
    }
}
