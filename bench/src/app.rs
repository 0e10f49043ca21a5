//! The platform as every benchmark runs it: the real `App` on a benchmark's database, with
//! mail written to a temporary directory and the system clock.

use app::{App, AppConfig, Clock, MailConfig, Mailer};

/// The app on `db`, and the temporary directory its mail and files go to (kept alive by the
/// caller for as long as the app runs).
pub fn bench_app(db: &store::Db) -> (App, tempfile::TempDir) {
    #[allow(
        clippy::expect_used,
        reason = "a benchmark that cannot set up should stop loudly"
    )]
    let mail = tempfile::tempdir().expect("a temporary directory");
    #[allow(
        clippy::expect_used,
        reason = "a benchmark that cannot set up should stop loudly"
    )]
    let mailer = Mailer::from_config(&MailConfig {
        smtp_url: None,
        from: "bench <bench@example.nl>".into(),
        mail_dir: mail.path().to_owned(),
    })
    .expect("a mailer writing files");
    let config = AppConfig {
        base_url: "http://bench.test".into(),
        demo: false,
        data_dir: mail.path().join("data"),
    };
    (App::new(db.clone(), config, mailer, Clock::System), mail)
}
