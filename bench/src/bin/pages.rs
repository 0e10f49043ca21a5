//! Pages and writes benchmark (issue 11), in-process through the real router, on SQLite or
//! PostgreSQL: the event calendar (this month's grid and the list), an atelier's home page and
//! posting a forum reply (write throughput, one writer and four at once), over
//! `leeratelier generate`'s data (its 5,000 events from 2023 to 2027, knowledge items, forum
//! and a small impact model per atelier), alternating round by round with `GET /healthz` as
//! the reference.
//!
//! `cargo run --release -p bench --bin pages -- [sqlite|postgres] [members] [posts]`
//! (`BENCH_DATABASE_URL` for another PostgreSQL).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark that cannot set up should stop loudly"
)]

use app::Clock;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use bench::stats::{Summary, machine, summarise};
use domain::accounts::{Background, RegistrationInput};
use domain::events::local_time::LocalTime;
use std::time::{Duration, Instant};
use store::memberships::{self, NewMembership};
use tower::ServiceExt;

/// Sends one request; returns its time. `form` makes it a POST that must redirect.
async fn send(router: &axum::Router, path: &str, cookie: &str, form: Option<&str>) -> Duration {
    let builder = Request::builder()
        .uri(path)
        .header(header::HOST, "bench.test")
        .header(header::COOKIE, cookie);
    let request = match form {
        Some(body) => builder
            .method("POST")
            .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .body(Body::from(body.to_owned())),
        None => builder.method("GET").body(Body::empty()),
    }
    .unwrap();
    let began = Instant::now();
    let response = router.clone().oneshot(request).await.unwrap();
    let expected = if form.is_some() {
        StatusCode::SEE_OTHER
    } else {
        StatusCode::OK
    };
    assert_eq!(response.status(), expected, "{path}");
    axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    began.elapsed()
}

fn row(name: &str, s: &Summary, reference: &Summary) {
    println!(
        "| {name} | {} | {:.0} | {:.2} | {:.2} | {:.2} | {:.1}× |",
        s.count,
        s.per_second,
        s.p50,
        s.p95,
        s.p99,
        s.p50 / reference.p50.max(1e-9)
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let backend = args.get(1).map_or("sqlite", String::as_str).to_owned();
    let members: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let posts: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let test_db = if backend == "postgres" {
        let url = std::env::var("BENCH_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        store::testing::postgres_schema(&url).await
    } else {
        store::testing::sqlite_file().await
    };
    let db = test_db.db.clone();
    db.migrate().await.unwrap();
    let began = Instant::now();
    let scale = generate::Scale {
        members,
        posts,
        // An impact model per atelier (one participant each) for the atelier pages; the
        // dashboard bench measures models at size.
        measurements: 50 * generate::impact::PER_PARTICIPANT,
        ..generate::Scale::default()
    };
    let made = generate::generate(&db, scale, &mut |step, done, total| {
        if done == total {
            eprintln!("{step}: {total}");
        }
    })
    .await
    .unwrap();

    let (app, _mail) = bench::bench_app(&db);
    let input = RegistrationInput {
        email: "schrijver@bench.example".into(),
        display_name: "Schrijver".into(),
        password: "bench-wachtwoord-2026".into(),
        organisation: String::new(),
        background: Background::SociaalWerker.code().into(),
    };
    let session = app
        .register(&input, None, domain::Locale::Nl)
        .await
        .unwrap();
    let atelier = made.ateliers[0];
    memberships::upsert(
        &db,
        &NewMembership {
            atelier: domain::AtelierId(atelier),
            user: session.user.id,
            role: "member",
            status: "active",
            meetings: true,
            public_events: true,
            online: true,
            request_message: "",
        },
        Clock::System.now(),
    )
    .await
    .unwrap();
    db.optimize().await.unwrap();
    let generated = began.elapsed();

    let csrf = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    let cookie = format!("la_session={}; la_csrf={csrf}", session.token);
    let router = web::router(app.clone(), web::WebConfig::default());
    let slug = store::ateliers::find_by_id(&db, domain::AtelierId(atelier))
        .await
        .unwrap()
        .unwrap()
        .slug;
    let atelier_home = format!("/ateliers/{atelier}-{slug}");
    let today = LocalTime::of(Clock::System.now());
    let month = format!("/agenda?maand={:04}-{:02}", today.year, today.month);
    let replies = format!("{}/reacties", made.thread_of_50);
    // Every form carries its own submission key (a resent form is not a second post).
    let reply = |n: usize| {
        format!(
            "csrf={csrf}&submission=bench-{n}&body=Dank+voor+het+delen%2C+dit+helpt+ons+team+verder+met+meten+{n}."
        )
    };

    let rounds = 5;
    let per_round = 40;
    for path in ["/agenda", month.as_str(), atelier_home.as_str()] {
        send(&router, path, &cookie, None).await;
    }
    let (mut reference, mut list, mut grid, mut home) = (vec![], vec![], vec![], vec![]);
    let (mut write, mut written) = (vec![], 0usize);
    let mut concurrent_wall = Duration::ZERO;
    let mut concurrent = vec![];
    for _ in 0..rounds {
        for _ in 0..per_round {
            reference.push(send(&router, "/healthz", "", None).await);
        }
        for _ in 0..per_round {
            list.push(send(&router, "/agenda", &cookie, None).await);
        }
        for _ in 0..per_round {
            grid.push(send(&router, &month, &cookie, None).await);
        }
        for _ in 0..per_round {
            home.push(send(&router, &atelier_home, &cookie, None).await);
        }
        for _ in 0..per_round {
            written += 1;
            write.push(send(&router, &replies, &cookie, Some(&reply(written))).await);
        }
        // Four writers at once: what the database lets through together.
        let started = Instant::now();
        let tasks: Vec<_> = (0..4)
            .map(|w| {
                let (router, cookie, replies) = (router.clone(), cookie.clone(), replies.clone());
                let bodies: Vec<String> = (0..per_round / 4)
                    .map(|i| reply(100_000 + written * 10 + w * 1_000 + i))
                    .collect();
                tokio::spawn(async move {
                    let mut times = vec![];
                    for body in bodies {
                        times.push(send(&router, &replies, &cookie, Some(&body)).await);
                    }
                    times
                })
            })
            .collect();
        for task in tasks {
            concurrent.extend(task.await.unwrap());
        }
        concurrent_wall += started.elapsed();
    }
    let wall = |v: &[Duration]| v.iter().sum::<Duration>();
    let reference = summarise(reference.clone(), wall(&reference));
    let list = summarise(list.clone(), wall(&list));
    let grid = summarise(grid.clone(), wall(&grid));
    let home = summarise(home.clone(), wall(&home));
    let write = summarise(write.clone(), wall(&write));
    let concurrent = summarise(concurrent, concurrent_wall);
    println!(
        "\nPages and writes · {backend} · {} members, {} ateliers, {} posts, {} events, {} knowledge items (generated in {:.0} s) · {}\n",
        made.members,
        made.ateliers.len(),
        made.posts,
        scale.events,
        scale.knowledge,
        generated.as_secs_f64(),
        machine()
    );
    println!("| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | p50 vs reference |");
    println!("|---|---|---|---|---|---|---|");
    row(
        "reference: GET /healthz (one DB ping)",
        &reference,
        &reference,
    );
    row("event calendar, upcoming list (member)", &list, &reference);
    row(
        "event calendar, this month's grid (member)",
        &grid,
        &reference,
    );
    row("atelier home (member)", &home, &reference);
    row("posting a reply, one writer", &write, &reference);
    row(
        "posting a reply, four writers at once",
        &concurrent,
        &reference,
    );
}
