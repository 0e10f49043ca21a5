//! Outgoing mail: through SMTP when configured, otherwise as `.eml` files in the data folder, so
//! that a default install works without a mail server and nothing is lost.

use crate::{AppError, AppResult};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// How mail leaves the platform.
#[derive(Clone, Debug)]
pub struct MailConfig {
    /// `smtp://host:port`, `smtps://user:pass@host` or `smtp://…?tls=required`; none: files.
    pub smtp_url: Option<String>,
    /// Sender, e.g. `Leeratelier <noreply@example.nl>`.
    pub from: String,
    /// Folder for `.eml` files when there is no SMTP server.
    pub mail_dir: PathBuf,
}

/// A mail ready to send (already in the recipient's language).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OutgoingMail {
    /// Recipient address.
    pub to: String,
    /// Subject line.
    pub subject: String,
    /// Plain-text body.
    pub body: String,
}

/// The configured way of sending.
#[derive(Clone)]
pub enum Mailer {
    /// An SMTP server.
    Smtp {
        /// The transport (pooled connections).
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// Sender.
        from: Mailbox,
    },
    /// `.eml` files in a folder.
    Files {
        /// The folder.
        dir: PathBuf,
        /// Sender.
        from: Mailbox,
    },
}

impl Mailer {
    /// Builds the mailer the configuration describes.
    pub fn from_config(config: &MailConfig) -> AppResult<Mailer> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|e| AppError::Mail(format!("sender address: {e}")))?;
        Ok(match &config.smtp_url {
            Some(url) => Mailer::Smtp {
                transport: AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
                    .map_err(|e| AppError::Mail(format!("SMTP URL: {e}")))?
                    .build(),
                from,
            },
            None => Mailer::Files {
                dir: config.mail_dir.clone(),
                from,
            },
        })
    }

    /// Sends one mail; `name` makes file names unique and sortable.
    pub async fn send(&self, mail: &OutgoingMail, name: &str) -> AppResult<()> {
        let (Mailer::Smtp { from, .. } | Mailer::Files { from, .. }) = self;
        let to: Mailbox = mail
            .to
            .parse()
            .map_err(|e| AppError::Mail(format!("recipient address: {e}")))?;
        let message = Message::builder()
            .from(from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(mail.body.clone())
            .map_err(|e| AppError::Mail(e.to_string()))?;
        match self {
            Mailer::Smtp { transport, .. } => {
                transport
                    .send(message)
                    .await
                    .map_err(|e| AppError::Mail(e.to_string()))?;
            }
            Mailer::Files { dir, .. } => {
                tokio::fs::create_dir_all(dir)
                    .await
                    .map_err(|e| AppError::Mail(e.to_string()))?;
                let path = dir.join(format!("{name}.eml"));
                tokio::fs::write(&path, message.formatted())
                    .await
                    .map_err(|e| AppError::Mail(e.to_string()))?;
                tracing::info!(path = %path.display(), "mail written to file (no SMTP configured)");
            }
        }
        Ok(())
    }
}
