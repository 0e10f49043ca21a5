//! The job worker: runs queued side effects (mail) with retries and backoff, and purges
//! expired sessions, old throttle windows and finished jobs on the side.

use crate::mail::OutgoingMail;
use crate::{App, AppError, AppResult};
use std::time::Duration;
use store::{Tx, jobs};

/// Attempts before a job is given up.
const MAX_ATTEMPTS: i64 = 6;
/// A claimed job is someone else's for this long; a crashed worker's job then runs again.
const LEASE_SECS: i64 = 120;
/// How often the worker looks for due jobs when nobody woke it.
const POLL: Duration = Duration::from_secs(5);
/// How long the unsubscribe link in a digest keeps working.
pub const UNSUBSCRIBE_LINK_DAYS: i64 = 365;

/// How often old rows are purged.
const PURGE_EVERY_SECS: i64 = 60 * 60;
/// How often statistics are refreshed and search indexes compacted (the first time an hour
/// after start, so a restart neither slows the start nor postpones it forever).
const OPTIMIZE_EVERY_SECS: i64 = 24 * 60 * 60;

/// Delay before attempt `attempts + 1`: 30 s, 1 min, 2 min, … at most one hour.
pub fn backoff_secs(attempts: i64) -> i64 {
    let exponent = attempts.clamp(1, 8) - 1;
    (30 * (1_i64 << exponent)).min(3600)
}

impl App {
    /// Queues a mail in the caller's transaction: it is sent only if the transaction commits.
    pub async fn enqueue_mail(&self, tx: &mut Tx, mail: &OutgoingMail) -> AppResult<i64> {
        let payload = serde_json::to_string(mail).map_err(|e| AppError::Mail(e.to_string()))?;
        let now = self.now();
        Ok(jobs::insert(tx, "mail", &payload, now, MAX_ATTEMPTS, now).await?)
    }

    /// Tells the worker that a job is waiting, so mail leaves at once instead of at next poll.
    pub fn wake_worker(&self) {
        self.inner.jobs_waiting.notify_one();
    }

    /// Runs every job that is due now; returns how many ran (succeeded or not).
    pub async fn run_due_jobs(&self) -> AppResult<usize> {
        let mut ran = 0;
        loop {
            let mut tx = self.db().begin().await?;
            let claimed = jobs::claim_next(&mut tx, self.now(), LEASE_SECS).await?;
            tx.commit().await?;
            let Some(job) = claimed else { return Ok(ran) };
            ran += 1;
            match self.run_job(&job).await {
                Ok(()) => jobs::update_done(self.db(), job.id, self.now()).await?,
                Err(err) if job.attempts >= job.max_attempts => {
                    tracing::error!(job = job.id, kind = %job.kind, error = %err, "job given up");
                    jobs::update_failed(self.db(), job.id, self.now(), &err.to_string()).await?;
                }
                Err(err) => {
                    let next = self.now() + backoff_secs(job.attempts);
                    tracing::warn!(job = job.id, kind = %job.kind, error = %err, "job failed; will retry");
                    jobs::update_retry(self.db(), job.id, next, &err.to_string()).await?;
                }
            }
        }
    }

    async fn run_job(&self, job: &jobs::JobRow) -> AppResult<()> {
        match job.kind.as_str() {
            "mail" => {
                let mail: OutgoingMail = serde_json::from_str(&job.payload)
                    .map_err(|e| AppError::Mail(format!("bad payload: {e}")))?;
                let name = format!("{}-{:06}", self.now(), job.id);
                self.inner.mailer.send(&mail, &name).await
            }
            other => Err(AppError::Content(format!("unknown job kind {other}"))),
        }
    }

    /// Deletes expired sessions, throttle windows older than a day, jobs finished more than
    /// thirty days ago, unsubscribe links older than a year and the guests of events that
    /// ended thirty days ago (unless they asked to stay informed).
    pub async fn purge_expired(&self) -> AppResult<()> {
        let now = self.now();
        let sessions = store::sessions::delete_expired(self.db(), now).await?;
        let windows = store::throttle::delete_older_than(self.db(), now - 24 * 60 * 60).await?;
        let finished = jobs::delete_finished_before(self.db(), now - 30 * 24 * 60 * 60).await?;
        let unsubscribe_links = store::notifications::delete_unsubscribe_tokens_before(
            self.db(),
            now - UNSUBSCRIBE_LINK_DAYS * 24 * 60 * 60,
        )
        .await?;
        let guests = self.purge_event_guests().await?;
        // Staged imports hold values of people; a week after upload they are gone.
        store::impact::measurements::drop_import(
            self.db(),
            0,
            now - crate::impact::import::STAGED_SECS,
        )
        .await?;
        tracing::debug!(
            sessions,
            windows,
            finished,
            unsubscribe_links,
            guests,
            "purged"
        );
        Ok(())
    }

    /// The worker loop: runs due jobs and passes on expired event offers when woken or every few
    /// seconds; purges and sends due digests, event reminders and measurement reminders hourly;
    /// compacts the indexes daily, and stops when `shutdown` resolves (after finishing the job in hand).
    pub async fn run_worker(&self, shutdown: impl std::future::Future<Output = ()>) {
        tokio::pin!(shutdown);
        let mut last_purge = 0;
        let mut last_optimize = self.now() - OPTIMIZE_EVERY_SECS + PURGE_EVERY_SECS;
        loop {
            if let Err(err) = self.run_due_jobs().await {
                tracing::error!(error = %err, "job worker");
            }
            if let Err(err) = self.expire_event_offers().await {
                tracing::error!(error = %err, "event offers");
            }
            if self.now() - last_purge >= PURGE_EVERY_SECS {
                last_purge = self.now();
                if let Err(err) = self.purge_expired().await {
                    tracing::error!(error = %err, "purge");
                }
                if let Err(err) = self.send_due_digests().await {
                    tracing::error!(error = %err, "digests");
                }
                if let Err(err) = self.send_event_reminders().await {
                    tracing::error!(error = %err, "event reminders");
                }
                if let Err(err) = self.send_indicator_reminders().await {
                    tracing::error!(error = %err, "indicator reminders");
                }
            }
            if self.now() - last_optimize >= OPTIMIZE_EVERY_SECS {
                last_optimize = self.now();
                if let Err(err) = self.db().optimize().await {
                    tracing::error!(error = %err, "optimize");
                }
            }
            tokio::select! {
                () = &mut shutdown => return,
                () = self.inner.jobs_waiting.notified() => {}
                () = tokio::time::sleep(POLL) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::backoff_secs;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let delays: Vec<i64> = (1..=9).map(backoff_secs).collect();
        assert_eq!(delays, [30, 60, 120, 240, 480, 960, 1920, 3600, 3600]);
    }
}
