//! `TestApp`: a browser-like client (cookie jar, CSRF field filled in) over the in-process router.

use app::{App, AppConfig, Clock, MailConfig, Mailer};
use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use std::collections::BTreeMap;
use store::testing::{TestDb, test_db};
use tower::ServiceExt;

/// Where the test clock starts (2027-01-15).
pub const START: i64 = 1_800_000_000;

mod instances;
/// Password used by helper accounts.
pub const PASSWORD: &str = "een lange zin als wachtwoord";

pub struct TestApp {
    pub app: App,
    pub router: Router,
    pub cookies: BTreeMap<String, String>,
    pub headers: Vec<(&'static str, String)>,
    pub mail_dir: std::path::PathBuf,
    /// A second instance this browser's requests alternate with (round robin), if any.
    pub also: Option<Router>,
    turn: usize,
    _db: std::sync::Arc<TestDb>,
    _mail: std::sync::Arc<tempfile::TempDir>,
}

pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
    /// The body as sent (for downloads that are not text).
    pub bytes: Vec<u8>,
}

impl TestResponse {
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// Texts of the elements matching a CSS selector.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let sel = scraper::Selector::parse(selector).unwrap();
        self.html()
            .select(&sel)
            .map(|e| {
                e.text()
                    .collect::<String>()
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// Text of the first element matching `selector` (panics when none).
    pub fn text(&self, selector: &str) -> String {
        self.texts(selector)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no {selector} in {}", self.body))
    }

    pub fn has(&self, selector: &str) -> bool {
        !self.texts(selector).is_empty()
    }

    /// An attribute of the first element matching `selector`.
    pub fn attr(&self, selector: &str, name: &str) -> Option<String> {
        let sel = scraper::Selector::parse(selector).unwrap();
        self.html()
            .select(&sel)
            .next()
            .and_then(|e| e.value().attr(name).map(str::to_owned))
    }

    /// The `href` of the link (within `selector`) whose text is `text`.
    pub fn link(&self, selector: &str, text: &str) -> String {
        let sel = scraper::Selector::parse(selector).unwrap();
        let html = self.html();
        let found = html
            .select(&sel)
            .find(|a| a.text().collect::<String>().trim() == text)
            .unwrap_or_else(|| panic!("no link {text:?}"));
        found.value().attr("href").unwrap().to_owned()
    }

    pub fn location(&self) -> &str {
        self.headers
            .get(header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
    }

    pub fn set_cookies(&self) -> Vec<String> {
        self.headers
            .get_all(header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().to_owned())
            .collect()
    }
}

impl TestApp {
    pub async fn new() -> TestApp {
        Self::with_demo(false).await
    }

    pub async fn with_demo(demo: bool) -> TestApp {
        let db = test_db().await;
        let mail = tempfile::tempdir().unwrap();
        let mail_config = MailConfig {
            smtp_url: None,
            from: "Leeratelier <noreply@example.nl>".into(),
            mail_dir: mail.path().to_owned(),
        };
        let config = AppConfig {
            base_url: "http://leeratelier.test".into(),
            demo,
            data_dir: mail.path().join("data"),
        };
        let app = App::new(
            db.db.clone(),
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
            mail_dir: mail.path().to_owned(),
            also: None,
            turn: 0,
            _db: std::sync::Arc::new(db),
            _mail: std::sync::Arc::new(mail),
        }
    }

    /// A second browser on the same platform (own cookies).
    pub fn other_browser(&self) -> TestApp {
        TestApp {
            app: self.app.clone(),
            router: self.router.clone(),
            cookies: BTreeMap::new(),
            headers: Vec::new(),
            mail_dir: self.mail_dir.clone(),
            also: None,
            turn: 0,
            _db: self._db.clone(),
            _mail: self._mail.clone(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn remember_cookies(&mut self, response: &TestResponse) {
        for cookie in response.set_cookies() {
            let first = cookie.split(';').next().unwrap();
            let (name, value) = first.split_once('=').unwrap();
            if cookie.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_owned(), value.to_owned());
            }
        }
    }

    pub async fn send(&mut self, request: Request<Body>) -> TestResponse {
        let router = match &self.also {
            Some(other) if self.turn % 2 == 1 => other.clone(),
            _ => self.router.clone(),
        };
        self.turn += 1;
        let response = router.oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = axum::body::to_bytes(response.into_body(), usize::MAX)
            .await
            .unwrap();
        let response = TestResponse {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
            bytes: bytes.to_vec(),
        };
        self.remember_cookies(&response);
        response
    }

    fn builder(&self, method: &str, path: &str) -> axum::http::request::Builder {
        let mut builder = Request::builder()
            .method(method)
            .uri(path)
            .header(header::HOST, "leeratelier.test");
        if !self.cookies.is_empty() {
            builder = builder.header(header::COOKIE, self.cookie_header());
        }
        for (name, value) in &self.headers {
            builder = builder.header(*name, value);
        }
        builder
    }

    pub async fn get(&mut self, path: &str) -> TestResponse {
        let request = self.builder("GET", path).body(Body::empty()).unwrap();
        self.send(request).await
    }

    /// The CSRF token a page would put in its forms (visits `/` first if needed).
    pub async fn csrf(&mut self) -> String {
        if !self.cookies.contains_key("la_csrf") {
            self.get("/").await;
        }
        self.cookies["la_csrf"].clone()
    }

    /// Posts a form as a browser would: with the page's CSRF token.
    pub async fn post_form(&mut self, path: &str, fields: &[(&str, &str)]) -> TestResponse {
        let csrf = self.csrf().await;
        let mut all: Vec<(&str, &str)> = vec![("csrf", &csrf)];
        all.extend_from_slice(fields);
        self.post_raw(path, &encode(&all)).await
    }

    /// Uploads a file as a browser's multipart form would, with the page's CSRF token first
    /// (or none when `csrf` is false).
    pub async fn post_file(
        &mut self,
        path: &str,
        file_name: &str,
        bytes: &[u8],
        csrf: bool,
    ) -> TestResponse {
        let boundary = "----leeratelier-test-boundary";
        let mut body = Vec::new();
        if csrf {
            let token = self.csrf().await;
            body.extend_from_slice(
                format!(
                    "--{boundary}\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n{token}\r\n"
                )
                .as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; \
                 filename=\"{file_name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"
            )
            .as_bytes(),
        );
        body.extend_from_slice(bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
        let request = self
            .builder("POST", path)
            .header(
                header::CONTENT_TYPE,
                format!("multipart/form-data; boundary={boundary}"),
            )
            .body(Body::from(body))
            .unwrap();
        self.send(request).await
    }

    /// Posts a body as is (no CSRF token added).
    pub async fn post_raw(&mut self, path: &str, body: &str) -> TestResponse {
        let request = self
            .builder("POST", path)
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_owned()))
            .unwrap();
        self.send(request).await
    }

    /// Registers through the form and stays logged in.
    pub async fn register(&mut self, email: &str, name: &str) -> TestResponse {
        let response = self
            .post_form(
                "/registreren",
                &[
                    ("email", email),
                    ("display_name", name),
                    ("password", PASSWORD),
                    ("background", "docent"),
                ],
            )
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        response
    }

    pub async fn log_in_as(&mut self, email: &str, password: &str) -> TestResponse {
        let response = self
            .post_form("/inloggen", &[("email", email), ("password", password)])
            .await;
        assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
        response
    }

    pub async fn log_out(&mut self) {
        let response = self.post_form("/uitloggen", &[]).await;
        assert_eq!(response.status, StatusCode::SEE_OTHER);
    }

    /// A platform admin, logged in in this browser.
    pub async fn log_in_as_admin(&mut self) {
        self.app
            .create_admin("beheer@example.nl", "Beheer", PASSWORD)
            .await
            .unwrap();
        self.log_in_as("beheer@example.nl", PASSWORD).await;
    }

    /// Sends queued mail and returns every mail file's text, oldest first.
    pub async fn mails(&self) -> Vec<String> {
        self.app.run_due_jobs().await.unwrap();
        let mut files: Vec<_> = match std::fs::read_dir(&self.mail_dir) {
            Ok(dir) => dir
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "eml"))
                .collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        files
            .iter()
            .map(|p| decode_mail(&std::fs::read_to_string(p).unwrap()))
            .collect()
    }
}

pub fn encode(fields: &[(&str, &str)]) -> String {
    let mut serializer = form_urlencoded::Serializer::new(String::new());
    for (k, v) in fields {
        serializer.append_pair(k, v);
    }
    serializer.finish()
}

/// Undoes quoted-printable soft breaks and escapes, enough to read links and words.
fn decode_mail(raw: &str) -> String {
    let joined = raw.replace("=\r\n", "").replace("=\n", "");
    let mut out = Vec::new();
    let bytes = joined.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'='
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&joined[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The first `/path/<64 hex>` link after `prefix` in a mail.
pub fn link_token(mail: &str, prefix: &str) -> String {
    let start = mail
        .find(prefix)
        .unwrap_or_else(|| panic!("no {prefix} in {mail}"))
        + prefix.len();
    mail[start..start + 64].to_owned()
}
