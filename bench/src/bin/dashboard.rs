//! Impact dashboard benchmark (issue 9: ≤ 200 ms over 1M measurements): one theory of change
//! with 10 indicators, 25,000 pseudonymous participants and 1,000,000 measurements (generated
//! with a fixed seed), then the dashboard page through the real router: computed from the
//! figures cached per indicator for its data version, after one indicator's data changed
//! (only its figures are computed), and with every indicator computed (as after a consent
//! withdrawal or a bulk import); alternated round by round with a reference request
//! (`GET /healthz`, one database ping).
//!
//! `cargo run --release -p bench --bin dashboard -- [sqlite|postgres] [participants]`
//! PostgreSQL: `BENCH_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`).

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark that cannot set up should stop loudly"
)]

use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use bench::stats::{Summary, machine, summarise};
use bench::textgen::Rng;
use domain::accounts::{Background, RegistrationInput};
use std::time::{Duration, Instant};
use tower::ServiceExt;

/// The impact model of one large programme: the generator's housing-support model with
/// `participants` participants (40 measurements each).
async fn impact_model(db: &store::Db, owner: domain::UserId, participants: usize) -> i64 {
    let began = Instant::now();
    let owner = generate::impact::Owner {
        user: owner,
        atelier: None,
    };
    let mut shown = 0;
    let mut progress = |_: &str, done: usize, total: usize| {
        if done >= shown + 100_000 || done == total {
            shown = done;
            eprint!(
                "\rmeasurements {done}/{total} ({:.0} s)",
                began.elapsed().as_secs_f64()
            );
        }
    };
    let total = participants * generate::impact::PER_PARTICIPANT;
    let id = generate::impact::theory(
        db,
        owner,
        participants,
        &mut Rng::new(20_261_130),
        (0, total, &mut progress),
    )
    .await
    .unwrap();
    eprintln!();
    id
}

async fn get(router: &axum::Router, path: &str, cookie: &str) -> Duration {
    let request = Request::get(path)
        .header(header::HOST, "bench.test")
        .header(header::COOKIE, cookie)
        .body(Body::empty())
        .unwrap();
    let began = Instant::now();
    let response = router.clone().oneshot(request).await.unwrap();
    assert_eq!(response.status(), StatusCode::OK, "{path}");
    axum::body::to_bytes(response.into_body(), usize::MAX)
        .await
        .unwrap();
    began.elapsed()
}

fn row(name: &str, s: &Summary, reference: &Summary) {
    println!(
        "| {name} | {} | {:.2} | {:.2} | {:.2} | {:.1}× |",
        s.count,
        s.p50,
        s.p95,
        s.p99,
        s.p50 / reference.p50.max(1e-9)
    );
}

/// Where the time of one computation goes: each grouped query on its own, over all indicators.
async fn profile(db: &store::Db, theory: i64) {
    use store::impact::dashboard as counts;
    let indicators = store::impact::indicators::list(db, theory).await.unwrap();
    let t = Instant::now();
    for i in &indicators {
        counts::histogram(db, i.id).await.unwrap();
    }
    eprintln!("histograms: {:?}", t.elapsed());
    let t = Instant::now();
    for i in &indicators {
        counts::changes(db, i.id).await.unwrap();
    }
    eprintln!("changes: {:?}", t.elapsed());
    let t = Instant::now();
    counts::attributes(db, theory).await.unwrap();
    eprintln!("attributes: {:?}", t.elapsed());
    let t = Instant::now();
    for i in indicators.iter().filter(|i| !i.dimensions.is_empty()) {
        counts::values_at(db, i.id, ("follow_up", ""))
            .await
            .unwrap();
    }
    eprintln!("values for breakdowns: {:?}", t.elapsed());
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let backend = args.get(1).map_or("sqlite", String::as_str).to_owned();
    let participants: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(25_000);
    let test_db = if backend == "postgres" {
        let url = std::env::var("BENCH_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        store::testing::postgres_schema(&url).await
    } else {
        store::testing::sqlite_file().await
    };
    // BENCH_KEEP_SQLITE=/path keeps the generated database there (to study query plans).
    let db = match std::env::var("BENCH_KEEP_SQLITE") {
        Ok(path) => {
            let _ = std::fs::remove_file(&path);
            store::Db::connect(&format!("sqlite:{path}"), 4)
                .await
                .unwrap()
        }
        Err(_) => test_db.db.clone(),
    };
    db.migrate().await.unwrap();
    let (app, _mail) = bench::bench_app(&db);
    let input = RegistrationInput {
        email: "team@bench.example".into(),
        display_name: "Team".into(),
        password: "bench-wachtwoord-2026".into(),
        organisation: String::new(),
        background: Background::Anders.code().into(),
    };
    let session = app
        .register(&input, None, domain::Locale::Nl)
        .await
        .unwrap();
    let cookie = format!("la_session={}", session.token);
    let began = Instant::now();
    let theory = impact_model(&db, session.user.id, participants).await;
    db.optimize().await.unwrap();
    let generated = began.elapsed();
    let router = web::router(app.clone(), web::WebConfig::default());
    let page = format!("/veranderingstheorie/{theory}/impact");
    if std::env::var("BENCH_PROFILE").is_ok() {
        profile(&db, theory).await;
        return;
    }

    let rounds = 5;
    let per_round = 10;
    get(&router, &page, &cookie).await;
    let (mut cold, mut warm, mut reference) = (Vec::new(), Vec::new(), Vec::new());
    let (mut compute, mut one) = (Vec::new(), Vec::new());
    let first = store::impact::indicators::list(&db, theory).await.unwrap()[0].id;
    for _ in 0..rounds {
        for _ in 0..per_round {
            reference.push(get(&router, "/healthz", "").await);
        }
        for _ in 0..per_round {
            // As after a new measurement of one indicator: only its figures are computed.
            store::impact::touch_indicator(&db, first).await.unwrap();
            one.push(get(&router, &page, &cookie).await);
        }
        for _ in 0..2 {
            // As after a consent withdrawal or a large import: every indicator is computed.
            store::impact::touch(&db, theory).await.unwrap();
            cold.push(get(&router, &page, &cookie).await);
        }
        for _ in 0..per_round {
            warm.push(get(&router, &page, &cookie).await);
        }
        for _ in 0..2 {
            let t = Instant::now();
            app.compute_dashboard(theory).await.unwrap();
            compute.push(t.elapsed());
        }
    }
    let wall = Duration::from_secs(1);
    let reference = summarise(reference, wall);
    let cold = summarise(cold, wall);
    let one = summarise(one, wall);
    let warm = summarise(warm, wall);
    let compute = summarise(compute, wall);
    println!(
        "\nDashboard benchmark · {backend} · {participants} participants × 10 indicators × 4 timepoints = {} measurements (generated in {:.0} s) · one client · {}\n",
        participants * 40,
        generated.as_secs_f64(),
        machine()
    );
    println!("| scenario | requests | p50 ms | p95 ms | p99 ms | p50 vs reference |");
    println!("|---|---|---|---|---|---|");
    row(
        "reference: GET /healthz (one DB ping)",
        &reference,
        &reference,
    );
    row(
        "dashboard page after a new measurement of one indicator",
        &one,
        &reference,
    );
    row(
        "dashboard page, every indicator computed (after a withdrawal or a bulk import)",
        &cold,
        &reference,
    );
    row(
        "dashboard page, cached for the data version",
        &warm,
        &reference,
    );
    row(
        "the computation alone (App::compute_dashboard)",
        &compute,
        &reference,
    );
    let verdict = |ms: f64| if ms <= 200.0 { "met" } else { "missed" };
    println!(
        "\nTarget ≤ 200 ms (p95): cached {} ({:.0} ms); after one change {} ({:.0} ms); everything recomputed {} ({:.0} ms).",
        verdict(warm.p95),
        warm.p95,
        verdict(one.p95),
        one.p95,
        verdict(cold.p95),
        cold.p95
    );
}
