//! A second instance of the platform on the same database, and a browser that sends its
//! requests to two instances in turn: what several processes behind a load balancer are.

use super::{START, TestApp};
use app::{App, AppConfig, Clock, MailConfig, Mailer};
use std::collections::BTreeMap;

impl TestApp {
    /// A second instance of the platform on the same database and mail directory, as another
    /// process behind a load balancer: its own `App` and router, so nothing kept in memory
    /// (the page cache, the job worker's wake-ups) is shared.
    pub fn second_instance(&self) -> TestApp {
        let mail_config = MailConfig {
            smtp_url: None,
            from: "Leeratelier <noreply@example.nl>".into(),
            mail_dir: self.mail_dir.clone(),
        };
        let config = AppConfig {
            base_url: "http://leeratelier.test".into(),
            demo: false,
            data_dir: self.mail_dir.join("data"),
        };
        let app = App::new(
            self._db.db.clone(),
            config,
            Mailer::from_config(&mail_config).unwrap(),
            Clock::fixed(START),
        );
        let router = web::router(app.clone(), web::WebConfig::default());
        TestApp {
            app,
            router,
            cookies: BTreeMap::new(),
            headers: Vec::new(),
            mail_dir: self.mail_dir.clone(),
            also: None,
            turn: 0,
            _db: self._db.clone(),
            _mail: self._mail.clone(),
        }
    }

    /// A new browser whose requests go round robin to this instance and `other`, one each in
    /// turn, as nginx's default upstream would send them.
    pub fn round_robin_with(&self, other: &TestApp) -> TestApp {
        let mut browser = self.other_browser();
        browser.also = Some(other.router.clone());
        browser
    }
}
