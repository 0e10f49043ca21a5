//! Password-reset mail leaves through SMTP; a failing server means retries with backoff.

use crate::smtp_sink;
use app::{App, AppConfig, Clock, MailConfig, Mailer};
use domain::Locale;
use domain::accounts::RegistrationInput;
use store::testing::test_db;

fn app_with_smtp(db: store::Db, smtp_url: &str) -> App {
    let mail = MailConfig {
        smtp_url: Some(smtp_url.to_owned()),
        from: "Leeratelier <noreply@example.nl>".into(),
        mail_dir: std::env::temp_dir(),
    };
    let config = AppConfig {
        base_url: "https://leer.example.nl".into(),
        demo: false,
        data_dir: std::env::temp_dir().join("leeratelier-mail-test"),
    };
    App::new(
        db,
        config,
        Mailer::from_config(&mail).unwrap(),
        Clock::fixed(1_800_000_000),
    )
}

async fn register(app: &App) {
    let input = RegistrationInput {
        email: "ann@example.nl".into(),
        display_name: "Ann".into(),
        password: "een lange zin als wachtwoord".into(),
        organisation: String::new(),
        background: "docent".into(),
    };
    app.register(&input, None, Locale::En).await.unwrap();
}

#[tokio::test]
async fn a_reset_mail_is_delivered_over_smtp_in_the_members_language() {
    let t = test_db().await;
    let mut sink = smtp_sink::start().await;
    let app = app_with_smtp(t.db.clone(), &format!("smtp://127.0.0.1:{}", sink.port));
    register(&app).await;
    app.request_password_reset("ann@example.nl", "127.0.0.1")
        .await
        .unwrap();
    assert_eq!(app.run_due_jobs().await.unwrap(), 1);
    let message = sink.messages.recv().await.unwrap();
    assert!(message.contains("To: ann@example.nl"), "{message}");
    assert!(message.contains("Subject: New password for Leeratelier"));
    assert!(message.contains("https://leer.example.nl/wachtwoord-herstellen/"));
    assert_eq!(app.run_due_jobs().await.unwrap(), 0, "sent once");
}

#[tokio::test]
async fn an_unreachable_smtp_server_means_retries_with_backoff_then_giving_up() {
    let t = test_db().await;
    // A port nobody listens on: bind, note the port, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let app = app_with_smtp(t.db.clone(), &format!("smtp://127.0.0.1:{port}"));
    register(&app).await;
    app.request_password_reset("ann@example.nl", "127.0.0.1")
        .await
        .unwrap();

    let mut tx = t.db.begin().await.unwrap();
    let payload = r#"{"to":"x@example.nl","subject":"s","body":"b"}"#;
    let id = store::jobs::insert(&mut tx, "mail", payload, app.now(), 2, app.now())
        .await
        .unwrap();
    tx.commit().await.unwrap();

    assert_eq!(app.run_due_jobs().await.unwrap(), 2);
    let status = store::jobs::find_status(&t.db, id).await.unwrap().unwrap();
    assert_eq!((status.attempts, status.run_at), (1, app.now() + 30));
    assert!(status.last_error.is_some() && status.done_at.is_none());
    assert_eq!(
        app.run_due_jobs().await.unwrap(),
        0,
        "waits for the backoff"
    );

    app.clock().advance(30);
    app.run_due_jobs().await.unwrap();
    let status = store::jobs::find_status(&t.db, id).await.unwrap().unwrap();
    assert_eq!(status.attempts, 2);
    assert!(
        status.failed_at.is_some(),
        "given up after the last attempt"
    );
}

#[tokio::test]
async fn a_digest_leaves_over_smtp_with_an_unsubscribe_link_and_only_once() {
    let t = test_db().await;
    let mut sink = smtp_sink::start().await;
    let app = app_with_smtp(t.db.clone(), &format!("smtp://127.0.0.1:{}", sink.port));
    let input = RegistrationInput {
        email: "ann@example.nl".into(),
        display_name: "Ann".into(),
        password: "een lange zin als wachtwoord".into(),
        organisation: String::new(),
        background: "docent".into(),
    };
    let session = app.register(&input, None, Locale::En).await.unwrap();
    let user = app.current_user(&session.token).await.unwrap().unwrap();
    let ann = user.user.id;
    let db = app.db();
    // A thread Ann follows, and a reply to it by Bob.
    let w = store::werkplaatsen::insert(db, "w", "W", "", 1)
        .await
        .unwrap();
    let bob = store::users::insert(
        db,
        &store::users::NewUser {
            email: "bob@example.nl",
            display_name: "Bob",
            password_hash: "x",
            organisation: "",
            background: domain::accounts::Background::Docent,
            locale: Locale::Nl,
            is_admin: false,
        },
        1,
    )
    .await
    .unwrap();
    let category = store::forum::categories::insert(
        db,
        store::forum::categories::NewCategory {
            werkplaats: w,
            atelier: None,
            slug: "algemeen",
            name: "Algemeen",
            description: "",
            position: 0,
        },
        1,
    )
    .await
    .unwrap();
    let mut tx = db.begin().await.unwrap();
    let thread = store::forum::threads::insert(
        &mut tx,
        category,
        ("discussion", "Meten zonder last", "m"),
        ann,
        1,
    )
    .await
    .unwrap();
    let (post, _) = store::forum::posts::insert(&mut tx, thread, bob, "Reactie", "k", 2)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let note = store::notifications::NewNotification {
        user: ann.0,
        kind: "reply",
        thread,
        post,
        actor: bob,
    };
    store::notifications::insert(db, note, 3).await.unwrap();

    // Off by default: nothing goes out.
    assert_eq!(app.send_due_digests().await.unwrap(), 0);
    app.set_digest(&user, "daily").await.unwrap();
    assert_eq!(app.send_due_digests().await.unwrap(), 1);
    assert_eq!(app.run_due_jobs().await.unwrap(), 1);
    let message = sink.messages.recv().await.unwrap();
    assert!(message.contains("To: ann@example.nl"), "{message}");
    assert!(message.contains("Bob replied to your topic"), "{message}");
    assert!(message.contains(&format!("https://leer.example.nl/forum/berichten/{post}")));
    // The body is quoted-printable: undo soft line breaks and the encoded "=".
    let plain = message
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    let token = unsubscribe_token(&plain);
    // Sent once: the next round has nothing new for Ann.
    assert_eq!(app.send_due_digests().await.unwrap(), 0);

    // A day later a new reply brings a second digest with its own link; the link in the first
    // mail still works.
    let yesterday = 1_800_000_000 - 25 * 60 * 60;
    store::notifications::set_last_digest(db, ann, yesterday)
        .await
        .unwrap();
    store::notifications::insert(db, note, 4).await.unwrap();
    assert_eq!(app.send_due_digests().await.unwrap(), 1);
    assert_eq!(app.run_due_jobs().await.unwrap(), 1);
    let second = sink.messages.recv().await.unwrap();
    let second = second
        .replace("=\r\n", "")
        .replace("=\n", "")
        .replace("=3D", "=");
    assert_ne!(
        unsubscribe_token(&second),
        token,
        "each digest its own link"
    );
    assert!(app.unsubscribe_digest(&token).await.unwrap());
    assert_eq!(
        store::notifications::digest_of(db, ann).await.unwrap(),
        "off"
    );
}

/// The token of the unsubscribe link in a (decoded) digest mail.
fn unsubscribe_token(mail: &str) -> String {
    mail.split("/meldingen/afmelden?token=")
        .nth(1)
        .unwrap()
        .chars()
        .take_while(char::is_ascii_hexdigit)
        .collect()
}
