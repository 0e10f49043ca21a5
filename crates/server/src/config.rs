//! Command line and configuration: every option is a flag and a `LEERATELIER_*` variable, with
//! a default that works on a fresh machine.

use clap::{Args, Parser, Subcommand};
use std::net::SocketAddr;
use std::path::PathBuf;

/// Leeratelier: the platform for learning communities in social work.
#[derive(Parser, Debug)]
#[command(name = "leeratelier", version, about)]
pub struct Cli {
    /// Options shared by every command.
    #[command(flatten)]
    pub options: Options,
    /// What to do (default: serve).
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The commands.
#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the platform (the default).
    Serve,
    /// Apply database migrations and stop.
    Migrate,
    /// Create a platform admin (or make an existing account admin). The password is read from
    /// LEERATELIER_ADMIN_PASSWORD or, if that is not set, from the first line of standard input.
    CreateAdmin {
        /// E-mail address (log-in name).
        #[arg(long)]
        email: String,
        /// Display name.
        #[arg(long, default_value = "Beheerder")]
        name: String,
    },
    /// Write a consistent copy of the SQLite database to FILE, also while the server runs.
    Backup {
        /// Where to write the copy (must not exist yet).
        file: PathBuf,
    },
    /// Show the effective configuration with secrets masked.
    PrintConfig,
    /// Add the demo content to an empty database.
    SeedDemo,
    /// Fill an empty database with generated, realistic data for benchmarks and trials (every
    /// account's password is `gegenereerd-wachtwoord`). The same seed gives the same data.
    Generate {
        /// Member accounts.
        #[arg(long, default_value_t = 10_000)]
        members: usize,
        /// Ateliers.
        #[arg(long, default_value_t = 50)]
        ateliers: usize,
        /// Forum posts.
        #[arg(long, default_value_t = 100_000)]
        posts: usize,
        /// Knowledge items.
        #[arg(long, default_value_t = 10_000)]
        knowledge: usize,
        /// Events.
        #[arg(long, default_value_t = 5_000)]
        events: usize,
        /// Measurements in the ateliers' impact models (40 per participant).
        #[arg(long, default_value_t = 1_000_000)]
        measurements: usize,
        /// Seed.
        #[arg(long, default_value_t = 20_261_130)]
        seed: u64,
    },
}

/// Options for every command.
#[derive(Args, Debug, Clone)]
pub struct Options {
    /// Address and port to listen on.
    #[arg(
        long,
        env = "LEERATELIER_BIND",
        default_value = "127.0.0.1:8080",
        global = true
    )]
    pub bind: SocketAddr,
    /// Folder for the SQLite database and mail files.
    #[arg(
        long,
        env = "LEERATELIER_DATA_DIR",
        default_value = "./data",
        global = true
    )]
    pub data_dir: PathBuf,
    /// Database: sqlite:path or postgres://user:password@host/database
    /// [default: sqlite:<data-dir>/leeratelier.db]
    #[arg(long, env = "LEERATELIER_DATABASE_URL", global = true)]
    pub database_url: Option<String>,
    /// Demo content and the demo passwords on the home page [default: on when the database is
    /// empty at start, and afterwards while the demo werkplaats exists].
    #[arg(long, env = "LEERATELIER_DEMO", num_args = 0..=1, require_equals = true, default_missing_value = "true", global = true)]
    pub demo: Option<bool>,
    /// Public address of the platform, for links in mail [default: http://<bind>].
    #[arg(long, env = "LEERATELIER_BASE_URL", global = true)]
    pub base_url: Option<String>,
    /// SMTP server, e.g. smtps://user:password@mail.example.nl or smtp://localhost:25
    /// [default: none; mail is written as .eml files to <data-dir>/mail].
    #[arg(long, env = "LEERATELIER_SMTP_URL", global = true)]
    pub smtp_url: Option<String>,
    /// Sender of mail.
    #[arg(
        long,
        env = "LEERATELIER_MAIL_FROM",
        default_value = "Leeratelier <noreply@leeratelier.invalid>",
        global = true
    )]
    pub mail_from: String,
    /// Most database connections.
    #[arg(
        long,
        env = "LEERATELIER_DB_MAX_CONNECTIONS",
        default_value_t = 10,
        global = true
    )]
    pub db_max_connections: u32,
    /// Longest time a request may take, in seconds.
    #[arg(
        long,
        env = "LEERATELIER_REQUEST_TIMEOUT",
        default_value_t = 30,
        global = true
    )]
    pub request_timeout: u64,
    /// Log format: text or json.
    #[arg(long, env = "LEERATELIER_LOG_FORMAT", default_value = "text", value_parser = ["text", "json"], global = true)]
    pub log_format: String,
}

impl Options {
    /// The database URL, defaulting to SQLite in the data folder.
    pub fn database_url(&self) -> String {
        self.database_url
            .clone()
            .unwrap_or_else(|| format!("sqlite:{}", self.data_dir.join("leeratelier.db").display()))
    }

    /// The public base URL without a trailing slash.
    pub fn base_url(&self) -> String {
        let url = self
            .base_url
            .clone()
            .unwrap_or_else(|| format!("http://{}", self.bind));
        url.trim_end_matches('/').to_owned()
    }

    /// Every setting as (name, value) with passwords masked, for `print-config`.
    pub fn describe(&self) -> Vec<(&'static str, String)> {
        vec![
            ("bind", self.bind.to_string()),
            ("data_dir", self.data_dir.display().to_string()),
            ("database_url", mask_password(&self.database_url())),
            (
                "demo",
                self.demo.map_or("auto".to_owned(), |d| d.to_string()),
            ),
            ("base_url", self.base_url()),
            (
                "smtp_url",
                self.smtp_url.as_deref().map_or(
                    "(none: .eml files in data_dir/mail)".to_owned(),
                    mask_password,
                ),
            ),
            ("mail_from", self.mail_from.clone()),
            ("db_max_connections", self.db_max_connections.to_string()),
            ("request_timeout", format!("{}s", self.request_timeout)),
            ("log_format", self.log_format.clone()),
        ]
    }
}

/// Replaces the password in `scheme://user:password@host…` with `****`.
pub fn mask_password(url: &str) -> String {
    let Some((scheme, rest)) = url.split_once("://") else {
        return url.to_owned();
    };
    let Some((userinfo, host)) = rest.rsplit_once('@') else {
        return url.to_owned();
    };
    match userinfo.split_once(':') {
        Some((user, _)) => format!("{scheme}://{user}:****@{host}"),
        None => url.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_are_masked() {
        assert_eq!(
            mask_password("postgres://app:geheim@db/leer"),
            "postgres://app:****@db/leer"
        );
        assert_eq!(
            mask_password("smtps://u:p@w@mail.nl:465"),
            "smtps://u:****@mail.nl:465"
        );
        assert_eq!(
            mask_password("postgres://app@db/leer"),
            "postgres://app@db/leer"
        );
        assert_eq!(mask_password("sqlite:data/x.db"), "sqlite:data/x.db");
    }

    #[test]
    fn defaults_work_on_a_fresh_machine() {
        let cli = Cli::try_parse_from(["leeratelier"]).unwrap();
        assert!(cli.command.is_none());
        assert_eq!(cli.options.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(cli.options.database_url(), "sqlite:./data/leeratelier.db");
        assert_eq!(cli.options.base_url(), "http://127.0.0.1:8080");
        let cli = Cli::try_parse_from(["leeratelier", "--demo", "serve"]).unwrap();
        assert_eq!(cli.options.demo, Some(true));
        let cli = Cli::try_parse_from(["leeratelier", "--demo=false"]).unwrap();
        assert_eq!(cli.options.demo, Some(false));
    }
}
