//! Files attached to knowledge items: checked on the way in (size, type, real content), kept
//! under the data folder with a random name, and handed out with the item's visibility. A
//! download by someone other than the author counts as "take" in the give/take balance.

use crate::accounts::CurrentUser;
use crate::{App, AppError, AppResult};
use domain::knowledge::KnowledgeAction;
use domain::knowledge::attachment::{MAX_ATTACHMENTS_PER_ITEM, check_upload};
use domain::reciprocity::Activity;
use domain::{AtelierId, KnowledgeId};
use std::path::PathBuf;
use store::activities;
use store::knowledge_attachments::{self as attachments, AttachmentRow, NewAttachment};

/// A file ready to hand to the reader.
#[derive(Debug)]
pub struct Download {
    /// Its record (name and content type to serve it with).
    pub attachment: AttachmentRow,
    /// Its bytes.
    pub bytes: Vec<u8>,
}

fn files_error(err: std::io::Error) -> AppError {
    AppError::Files(err.to_string())
}

impl App {
    fn attachments_dir(&self) -> PathBuf {
        self.config().data_dir.join("attachments")
    }

    /// Attaches an uploaded file to an item (those who may edit it). The file is written
    /// before its record and removed again when the record cannot be stored, so a refused or
    /// failed upload leaves nothing behind.
    pub async fn add_attachment(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
        name: &str,
        bytes: &[u8],
    ) -> AppResult<i64> {
        self.item_for(Some(user), id, KnowledgeAction::Edit).await?;
        let checked = check_upload(name, bytes).map_err(AppError::Invalid)?;
        if attachments::list_by_item(self.db(), id).await?.len() >= MAX_ATTACHMENTS_PER_ITEM {
            return Err(AppError::field("file", "attachment-error-too-many"));
        }
        let dir = self.attachments_dir();
        tokio::fs::create_dir_all(&dir).await.map_err(files_error)?;
        let stored_name = crate::security::new_token()?;
        let path = dir.join(&stored_name);
        // Write under a temporary name first: a crash mid-write never leaves a file that a
        // record could point at.
        let partial = dir.join(format!("{stored_name}.part"));
        tokio::fs::write(&partial, bytes)
            .await
            .map_err(files_error)?;
        tokio::fs::rename(&partial, &path)
            .await
            .map_err(files_error)?;
        let recorded = attachments::insert(
            self.db(),
            NewAttachment {
                item: id,
                file_name: &checked.file_name,
                content_type: checked.content_type,
                size_bytes: i64::try_from(bytes.len()).unwrap_or(i64::MAX),
                stored_name: &stored_name,
                uploaded_by: user.user.id,
                now: self.now(),
            },
        )
        .await;
        match recorded {
            Ok(attachment) => Ok(attachment),
            Err(err) => {
                let _ = tokio::fs::remove_file(&path).await;
                Err(err.into())
            }
        }
    }

    /// An item's attachments (for those who may read the item).
    pub(crate) async fn item_attachments(&self, id: KnowledgeId) -> AppResult<Vec<AttachmentRow>> {
        Ok(attachments::list_by_item(self.db(), id).await?)
    }

    /// A file for someone who may read its item (`NotFound` otherwise, as for the item).
    pub async fn download_attachment(
        &self,
        user: Option<&CurrentUser>,
        id: KnowledgeId,
        attachment: i64,
    ) -> AppResult<Download> {
        let (item, standing) = self.item_for(user, id, KnowledgeAction::View).await?;
        let row = attachments::find(self.db(), id, attachment)
            .await?
            .ok_or(AppError::NotFound)?;
        let bytes = match tokio::fs::read(self.attachments_dir().join(&row.stored_name)).await {
            Ok(bytes) => bytes,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                tracing::error!(attachment = row.id, "attachment file is missing");
                return Err(AppError::NotFound);
            }
            Err(err) => return Err(files_error(err)),
        };
        if let Some(reader) = user.filter(|_| !standing.author) {
            activities::insert(
                self.db(),
                AtelierId(item.row.atelier_id),
                reader.user.id,
                Activity::Download.code(),
                self.now(),
            )
            .await?;
        }
        Ok(Download {
            attachment: row,
            bytes,
        })
    }

    /// Removes an attachment (those who may edit the item): the record, then the file.
    pub async fn remove_attachment(
        &self,
        user: &CurrentUser,
        id: KnowledgeId,
        attachment: i64,
    ) -> AppResult<()> {
        self.item_for(Some(user), id, KnowledgeAction::Edit).await?;
        let row = attachments::find(self.db(), id, attachment)
            .await?
            .ok_or(AppError::NotFound)?;
        attachments::delete(self.db(), id, attachment).await?;
        match tokio::fs::remove_file(self.attachments_dir().join(&row.stored_name)).await {
            Ok(()) => Ok(()),
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(err) => Err(files_error(err)),
        }
    }
}
