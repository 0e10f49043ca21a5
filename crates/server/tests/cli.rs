//! The `leeratelier` binary as an operator uses it: serve with demo content and stop on
//! SIGTERM, print-config, create-admin, backup, generate.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "test helpers fail the test loudly instead of handling errors"
)]

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn leeratelier(data_dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_leeratelier"));
    command
        .arg("--data-dir")
        .arg(data_dir)
        .env_remove("LEERATELIER_DATABASE_URL")
        .env_remove("LEERATELIER_DEMO")
        .env_remove("LEERATELIER_SMTP_URL")
        .env("RUST_LOG", "info");
    command
}

fn http_get(address: &str, path: &str) -> String {
    let mut stream = TcpStream::connect(address).unwrap();
    stream
        .set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
}

#[test]
fn serves_demo_content_and_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = leeratelier(dir.path())
        .args(["--bind", "127.0.0.1:0", "--log-format", "json", "serve"])
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    let address = loop {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.split("\"address\":\"").nth(1) {
            break rest.split('"').next().unwrap().to_owned();
        }
    };
    let health = http_get(&address, "/healthz");
    assert!(health.starts_with("HTTP/1.1 200"), "{health}");
    let home = http_get(&address, "/");
    assert!(home.contains("Werkplaats Sociaal Domein (demo)"));
    assert!(
        home.contains("demo-beheer-2026"),
        "demo passwords shown on a demo install"
    );
    assert!(
        dir.path().join("leeratelier.db").exists(),
        "SQLite under the data folder"
    );

    // A request in flight when SIGTERM arrives: headers and half the body sent first.
    let body = "csrf=x&email=a%40b.nl&password=geheim";
    let mut slow = TcpStream::connect(&address).unwrap();
    slow.set_read_timeout(Some(Duration::from_secs(10)))
        .unwrap();
    write!(
        slow,
        "POST /inloggen HTTP/1.1\r\nHost: {address}\r\nConnection: close\r\n\
         Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\r\n{}",
        body.len(),
        &body[..10]
    )
    .unwrap();
    slow.flush().unwrap();
    std::thread::sleep(Duration::from_millis(300));

    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "waits for the request in flight"
    );
    slow.write_all(&body.as_bytes()[10..]).unwrap();
    let mut answer = String::new();
    slow.read_to_string(&mut answer).unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 403"),
        "the request in flight got its answer: {answer}"
    );

    let deadline = Instant::now() + Duration::from_secs(20);
    let exit = loop {
        if let Some(exit) = child.try_wait().unwrap() {
            break exit;
        }
        assert!(Instant::now() < deadline, "did not stop after SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(exit.success(), "graceful shutdown exits 0: {exit:?}");
    let rest: Vec<String> = lines.map_while(Result::ok).collect();
    assert!(rest.iter().any(|l| l.contains("stopped")), "{rest:?}");
}

/// Starts `serve` and returns the process and the address it listens on.
#[allow(clippy::zombie_processes, reason = "the caller kills and waits for it")]
fn serve(dir: &std::path::Path, extra: &[&str]) -> (std::process::Child, String) {
    let mut child = leeratelier(dir)
        .args(["--bind", "127.0.0.1:0", "--log-format", "json"])
        .args(extra)
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let started = Instant::now();
    loop {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        let line = lines.next().unwrap().unwrap();
        if let Some(rest) = line.split("\"address\":\"").nth(1) {
            let address = rest.split('"').next().unwrap().to_owned();
            // Keep reading the log so the server never blocks on a full pipe.
            std::thread::spawn(move || lines.for_each(drop));
            return (child, address);
        }
    }
}

#[test]
fn generate_fills_an_empty_database_whose_thread_of_50_visitors_can_read() {
    let dir = tempfile::tempdir().unwrap();
    let run = |dir: &std::path::Path| {
        leeratelier(dir)
            .args([
                "generate",
                "--members",
                "80",
                "--ateliers",
                "4",
                "--posts",
                "300",
            ])
            .output()
            .unwrap()
    };
    let output = run(dir.path());
    assert!(output.status.success(), "{output:?}");
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.contains("80 members, 4 ateliers"), "{text}");
    assert!(text.contains("300 posts"), "{text}");
    let thread = text
        .lines()
        .find_map(|l| l.strip_prefix("thread of 50 posts: "))
        .unwrap()
        .to_owned();
    assert!(
        !run(dir.path()).status.success(),
        "never into a database with accounts"
    );

    let (mut child, address) = serve(dir.path(), &["--demo=false"]);
    let page = http_get(&address, &thread);
    assert!(page.starts_with("HTTP/1.1 200"), "{page}");
    assert_eq!(page.matches("class=\"post\"").count(), 50);
    child.kill().unwrap();
    child.wait().unwrap();
}

#[test]
fn print_config_masks_secrets() {
    let dir = tempfile::tempdir().unwrap();
    let output = leeratelier(dir.path())
        .args([
            "print-config",
            "--database-url",
            "postgres://app:geheim@db.example/leer",
        ])
        .env(
            "LEERATELIER_SMTP_URL",
            "smtps://mail:ookgeheim@mail.example:465",
        )
        .output()
        .unwrap();
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(
        text.contains("database_url = postgres://app:****@db.example/leer"),
        "{text}"
    );
    assert!(text.contains("smtp_url = smtps://mail:****@mail.example:465"));
    assert!(text.contains("bind = 127.0.0.1:8080"));
    assert!(!text.contains("geheim"));
}

#[test]
fn create_admin_then_backup_gives_a_database_with_that_admin() {
    let dir = tempfile::tempdir().unwrap();
    let weak = leeratelier(dir.path())
        .args(["create-admin", "--email", "beheer@example.nl"])
        .env("LEERATELIER_ADMIN_PASSWORD", "kort")
        .output()
        .unwrap();
    assert!(!weak.status.success());
    assert!(String::from_utf8_lossy(&weak.stderr).contains("at least 12"));

    let mut child = leeratelier(dir.path())
        .args([
            "create-admin",
            "--email",
            "beheer@example.nl",
            "--name",
            "Beheer",
        ])
        .env_remove("LEERATELIER_ADMIN_PASSWORD")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"een lang beheerwachtwoord\n")
        .unwrap();
    assert!(child.wait().unwrap().success());

    let copy = dir.path().join("kopie.db");
    let backup = leeratelier(dir.path())
        .arg("backup")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(
        backup.status.success(),
        "{}",
        String::from_utf8_lossy(&backup.stderr)
    );
    let again = leeratelier(dir.path())
        .arg("backup")
        .arg(&copy)
        .output()
        .unwrap();
    assert!(!again.status.success(), "never overwrites a file");

    let runtime = tokio::runtime::Runtime::new().unwrap();
    runtime.block_on(async {
        let db = store::Db::connect(&format!("sqlite:{}", copy.display()), 1)
            .await
            .unwrap();
        assert!(db.integrity_check().await.unwrap());
        let admin = store::users::find_by_email(&db, "beheer@example.nl")
            .await
            .unwrap()
            .unwrap();
        assert!(admin.is_admin);
    });
}
