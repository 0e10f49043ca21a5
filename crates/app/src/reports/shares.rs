//! Share links: a published report for a reader without an account (a funder), by a secret
//! token in the link. Only the token's hash is stored; a revoked link says so instead of
//! showing the report.

use super::{ReportPage, Scope};
use crate::accounts::CurrentUser;
use crate::security::{new_token, token_hash};
use crate::{App, AppError, AppResult};
use store::reports::{self, shares};

/// The longest label of a link.
const MAX_LABEL: usize = 120;

/// The address a share link opens.
pub fn share_path(token: &str) -> String {
    format!("/rapport/{token}")
}

/// What a share link leads to.
#[derive(Debug, Clone)]
pub enum Shared {
    /// The report.
    Report(Box<ReportPage>),
    /// The team revoked the link.
    Revoked,
}

impl App {
    /// The share links of a report, for its team.
    pub async fn report_shares(
        &self,
        user: &CurrentUser,
        scope: Scope,
        id: i64,
    ) -> AppResult<Vec<shares::ShareRow>> {
        self.report_row(user, scope, id).await?;
        Ok(shares::list(self.db(), id).await?)
    }

    /// Makes a share link for a published report; returns the token (shown once).
    pub async fn share_report(
        &self,
        user: &CurrentUser,
        (scope, id): (Scope, i64),
        label: &str,
    ) -> AppResult<String> {
        if self.report_row(user, scope, id).await?.snapshot.is_none() {
            return Err(AppError::field("label", "report-share-draft"));
        }
        let label = label.trim();
        if label.chars().count() > MAX_LABEL {
            return Err(AppError::field("label", "report-share-label-long"));
        }
        let token = new_token()?;
        shares::insert(
            self.db(),
            id,
            (&token_hash(&token), label),
            (user.user.id.0, self.now()),
        )
        .await?;
        Ok(token)
    }

    /// Revokes a share link of a report.
    pub async fn revoke_report_share(
        &self,
        user: &CurrentUser,
        (scope, id): (Scope, i64),
        share: i64,
    ) -> AppResult<()> {
        self.report_row(user, scope, id).await?;
        if !shares::revoke(self.db(), (id, share), self.now()).await? {
            return Err(AppError::NotFound);
        }
        Ok(())
    }

    /// The report behind a share link, for anyone holding it; `NotFound` for an unknown token.
    pub async fn shared_report(&self, token: &str) -> AppResult<Shared> {
        let Some(link) = shares::find_by_hash(self.db(), &token_hash(token)).await? else {
            return Err(AppError::NotFound);
        };
        if link.revoked_at.is_some() {
            return Ok(Shared::Revoked);
        }
        let row = reports::find(self.db(), link.report_id)
            .await?
            .filter(|r| r.snapshot.is_some())
            .ok_or(AppError::NotFound)?;
        Ok(Shared::Report(Box::new(self.report_page(row).await?)))
    }
}
