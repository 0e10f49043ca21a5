//! Search benchmark: generated data (10k knowledge items and 100k other documents by default),
//! then full search page requests (`GET /kennis?q=…`, stemmed Dutch queries, with facets and
//! snippets) through the real router, alternated round by round with a reference request
//! (`GET /healthz`, one database ping) so machine drift hits both alike.
//!
//! `cargo run --release -p bench --bin search -- [sqlite|postgres] [knowledge] [other]`
//! PostgreSQL: `BENCH_DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`), in a
//! fresh `test_…` schema.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    reason = "a benchmark that cannot set up should stop loudly"
)]

use app::App;
use axum::body::Body;
use axum::http::{Request, StatusCode, header};
use bench::stats::{Summary, machine, summarise};
use bench::textgen::{Rng, text, title, word};
use domain::accounts::{Background, RegistrationInput};
use domain::search::{TextLanguage, index_terms};
use std::time::{Duration, Instant};
use store::search::NewDocument;
use tower::ServiceExt;

const ATELIERS: usize = 50;
const KINDS: [&str; 6] = [
    "artikel",
    "tool",
    "methode",
    "casus",
    "publicatie",
    "verslag",
];
/// Stemmed Dutch queries: plurals, common and rare words, two-word queries, a filter, browsing.
const QUERIES: &[&str] = &[
    "/kennis?q=methoden",
    "/kennis?q=gemeenten",
    "/kennis?q=verhalen",
    "/kennis?q=wijkteam+bewoners",
    "/kennis?q=effecten+meten",
    "/kennis?q=ervaringsdeskundigen",
    "/kennis?q=jongeren+participatie",
    "/kennis?q=schulden+armoede",
    "/kennis?q=veranderingstheorie",
    "/kennis?q=onbedoelde+negatieve+effecten",
    "/kennis?q=impact&type=methode",
    "/kennis?q=rimpeleffecten",
    "/kennis",
];

async fn generate(db: &store::Db, knowledge: usize, other: usize) -> (i64, Vec<i64>) {
    let w = store::werkplaatsen::insert(db, "bench", "Bench", "", 1)
        .await
        .unwrap();
    let mut ateliers = Vec::new();
    for i in 0..ATELIERS {
        let slug = format!("atelier-{i}");
        let name = format!("Atelier {i}");
        let new = store::ateliers::NewAtelier {
            werkplaats: w,
            slug: &slug,
            name: &name,
            description: "",
            knowledge_question: "",
            visibility: "public",
            join_policy: "open",
            stage: "maturing",
        };
        ateliers.push(store::ateliers::insert(db, &new, 1).await.unwrap().0);
    }
    let mut rng = Rng::new(20_261_129);
    let total = knowledge + other;
    let mut done = 0;
    while done < total {
        let mut tx = db.begin().await.unwrap();
        for i in done..(done + 2000).min(total) {
            let is_knowledge = i < knowledge;
            let atelier = ateliers[rng.below(ATELIERS)];
            let roll = rng.below(10);
            let visibility = match (is_knowledge, roll) {
                (_, 0) | (false, 1) => "atelier",
                (_, 1..=2) | (false, 3) => "werkplaats",
                _ => "public",
            };
            let language = if rng.below(20) == 0 { "en" } else { "nl" };
            let title = title(&mut rng);
            let body = text(&mut rng, if is_knowledge { 300 } else { 80 });
            let lang = TextLanguage::from_code(language);
            let mut facets = vec![
                ("atelier", atelier.to_string()),
                ("language", language.to_owned()),
                ("year", (2020 + rng.below(7)).to_string()),
                ("tag", word(&mut rng)),
                ("tag", word(&mut rng)),
            ];
            if is_knowledge {
                facets.push(("type", KINDS[rng.below(KINDS.len())].to_owned()));
            }
            let doc = NewDocument {
                kind: if is_knowledge { "knowledge" } else { "post" },
                source_id: i as i64,
                werkplaats_id: w.0,
                atelier_id: Some(atelier),
                visibility: visibility.to_owned(),
                url: format!("/kennis/{i}"),
                summary: text(&mut rng, 20),
                title_terms: index_terms(&title, lang),
                body_terms: index_terms(&body, lang),
                title,
                body,
                language: language.to_owned(),
                updated_at: 1_700_000_000 + i as i64,
                facets,
            };
            store::search::upsert(&mut tx, &doc).await.unwrap();
        }
        tx.commit().await.unwrap();
        done = (done + 2000).min(total);
        eprint!("\rindexed {done}/{total}");
    }
    eprintln!();
    (w.0, ateliers)
}

async fn member_cookie(app: &App, db: &store::Db, ateliers: &[i64]) -> String {
    let input = RegistrationInput {
        email: "lid@bench.example".into(),
        display_name: "Lid".into(),
        password: "bench-wachtwoord-2026".into(),
        organisation: String::new(),
        background: Background::Anders.code().into(),
    };
    let session = app
        .register(&input, None, domain::Locale::Nl)
        .await
        .unwrap();
    for atelier in ateliers.iter().take(5) {
        let m = store::memberships::NewMembership {
            atelier: domain::AtelierId(*atelier),
            user: session.user.id,
            role: "member",
            status: "active",
            meetings: true,
            public_events: true,
            online: true,
            request_message: "",
        };
        store::memberships::upsert(db, &m, 1).await.unwrap();
    }
    format!("la_session={}", session.token)
}

async fn round(
    router: &axum::Router,
    paths: &[&str],
    cookie: &str,
    requests: usize,
    concurrency: usize,
) -> (Vec<Duration>, Duration) {
    let start = Instant::now();
    let mut tasks = Vec::new();
    for worker in 0..concurrency {
        let router = router.clone();
        let paths: Vec<String> = paths.iter().map(|p| (*p).to_owned()).collect();
        let cookie = cookie.to_owned();
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            for i in (worker..requests).step_by(concurrency) {
                let path = &paths[i % paths.len()];
                let mut request = Request::get(path).header(header::HOST, "bench.test");
                if !cookie.is_empty() {
                    request = request.header(header::COOKIE, &cookie);
                }
                let began = Instant::now();
                let response = router
                    .clone()
                    .oneshot(request.body(Body::empty()).unwrap())
                    .await
                    .unwrap();
                assert_eq!(response.status(), StatusCode::OK, "{path}");
                axum::body::to_bytes(response.into_body(), usize::MAX)
                    .await
                    .unwrap();
                latencies.push(began.elapsed());
            }
            latencies
        }));
    }
    let mut all = Vec::new();
    for task in tasks {
        all.extend(task.await.unwrap());
    }
    (all, start.elapsed())
}

fn row(name: &str, s: &Summary, reference: &Summary) {
    println!(
        "| {name} | {} | {:.0} | {:.2} | {:.2} | {:.2} | {:.1}× |",
        s.count,
        s.per_second,
        s.p50,
        s.p95,
        s.p99,
        s.p95 / reference.p95.max(1e-9)
    );
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let backend = args.get(1).map_or("sqlite", String::as_str).to_owned();
    let knowledge: usize = args.get(2).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let other: usize = args.get(3).and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let test_db = if backend == "postgres" {
        let url = std::env::var("BENCH_DATABASE_URL")
            .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/test".into());
        store::testing::postgres_schema(&url).await
    } else {
        store::testing::sqlite_file().await
    };
    if let Ok(path) = std::env::var("BENCH_KEEP_SQLITE") {
        let _ = std::fs::remove_file(&path);
        let url = format!("sqlite:{path}");
        let kept = store::Db::connect(&url, 4).await.unwrap();
        kept.migrate().await.unwrap();
        generate(&kept, knowledge, other).await;
        eprintln!("kept a copy of the generated data at {path}");
        return;
    }
    // A copy of data kept earlier (BENCH_KEEP_SQLITE) skips the generation: for profiling.
    let reuse_dir = tempfile::tempdir().unwrap();
    let reuse = std::env::var("BENCH_SQLITE_DATA")
        .ok()
        .filter(|_| backend == "sqlite");
    let db = match &reuse {
        Some(path) => {
            let copy = reuse_dir.path().join("bench.db");
            std::fs::copy(path, &copy).unwrap();
            store::Db::connect(&format!("sqlite:{}", copy.display()), 4)
                .await
                .unwrap()
        }
        None => test_db.db.clone(),
    };
    db.migrate().await.unwrap();
    let began = Instant::now();
    let ateliers = if reuse.is_some() {
        let mut ids: Vec<i64> = store::ateliers::list_names(&db)
            .await
            .unwrap()
            .into_iter()
            .map(|(id, _)| id)
            .collect();
        ids.sort_unstable();
        ids
    } else {
        generate(&db, knowledge, other).await.1
    };
    db.optimize().await.unwrap();
    let indexing = began.elapsed();
    let (app, _mail) = bench::bench_app(&db);
    let cookie = member_cookie(&app, &db, &ateliers).await;
    if std::env::var("BENCH_PROFILE").is_ok() {
        profile(&app, &db).await;
    }
    let router = web::router(app, web::WebConfig::default());

    let (requests, concurrency, rounds) = (600, 4, 5);
    round(&router, QUERIES, "", 200, concurrency).await;
    let (mut anon, mut member, mut reference) = (Vec::new(), Vec::new(), Vec::new());
    let (mut anon_wall, mut member_wall, mut reference_wall) =
        (Duration::ZERO, Duration::ZERO, Duration::ZERO);
    for _ in 0..rounds {
        let (l, w) = round(&router, &["/healthz"], "", requests, concurrency).await;
        reference.extend(l);
        reference_wall += w;
        let (l, w) = round(&router, QUERIES, "", requests, concurrency).await;
        anon.extend(l);
        anon_wall += w;
        let (l, w) = round(&router, QUERIES, &cookie, requests, concurrency).await;
        member.extend(l);
        member_wall += w;
    }
    // One client at a time: the latency of a search itself, without queueing behind others.
    let (mut anon_one, mut member_one) = (Vec::new(), Vec::new());
    let (mut anon_one_wall, mut member_one_wall) = (Duration::ZERO, Duration::ZERO);
    for _ in 0..rounds {
        let (l, w) = round(&router, QUERIES, "", QUERIES.len() * 10, 1).await;
        anon_one.extend(l);
        anon_one_wall += w;
        let (l, w) = round(&router, QUERIES, &cookie, QUERIES.len() * 10, 1).await;
        member_one.extend(l);
        member_one_wall += w;
    }
    let reference = summarise(reference, reference_wall);
    let anon = summarise(anon, anon_wall);
    let member = summarise(member, member_wall);
    let anon_one = summarise(anon_one, anon_one_wall);
    let member_one = summarise(member_one, member_one_wall);
    let data = match &reuse {
        Some(path) => format!("data copied from {path}"),
        None => format!(
            "{knowledge} knowledge items + {other} other documents (indexed in {:.1} s)",
            indexing.as_secs_f64()
        ),
    };
    println!(
        "\nSearch benchmark · {backend} · {data} · {concurrency} concurrent clients · {}\n",
        machine()
    );
    println!("| scenario | requests | req/s | p50 ms | p95 ms | p99 ms | p95 vs reference |");
    println!("|---|---|---|---|---|---|---|");
    row(
        "reference: GET /healthz (one DB ping)",
        &reference,
        &reference,
    );
    row("search page, anonymous (4 clients)", &anon, &reference);
    row(
        "search page, member of 5 ateliers (4 clients)",
        &member,
        &reference,
    );
    row("search page, anonymous (one client)", &anon_one, &reference);
    row(
        "search page, member of 5 ateliers (one client)",
        &member_one,
        &reference,
    );
    println!("\n| query (one client, anonymous) | p50 ms | p95 ms |\n|---|---|---|");
    for query in QUERIES {
        let (l, w) = round(&router, &[query], "", 60, 1).await;
        let s = summarise(l, w);
        println!("| `{query}` | {:.2} | {:.2} |", s.p50, s.p95);
    }
    // The target is the latency of a search (one client at a time, every query, anonymous and
    // as a member); with more clients than cores the p95 also holds the time spent waiting.
    let target = 20.0;
    let met = anon_one.p95 <= target && member_one.p95 <= target;
    println!(
        "\nTarget p95 ≤ {target} ms per search (one client at a time): {} \
         (anonymous {:.2} ms, member {:.2} ms). With {concurrency} concurrent clients on 2 cores: \
         p95 {:.2} / {:.2} ms.",
        if met { "met" } else { "NOT met" },
        anon_one.p95,
        member_one.p95,
        anon.p95,
        member.p95
    );
    // PostgreSQL schemas named test_… are dropped by `.ci/run`; the SQLite file goes with
    // the temporary folder.
    drop(test_db);
}

/// Where the time of one search goes: the store alone, the use case (snippets, labels).
async fn profile(app: &App, db: &store::Db) {
    use domain::search::{MatchExpression, Scope, SearchQuery};
    for q in ["methoden", "wijkteam bewoners", "veranderingstheorie"] {
        let query = SearchQuery::parse(q);
        let request = store::search::SearchRequest {
            ranked: true,
            matcher: MatchExpression::new(query, &Scope::default(), &[]),
            scope: Scope::default(),
            filters: Vec::new(),
            offset: 0,
            limit: 20,
        };
        let began = Instant::now();
        for _ in 0..20 {
            store::search::search(db, &request).await.unwrap();
        }
        let store_ms = began.elapsed().as_secs_f64() * 50.0;
        let params = app::knowledge::SearchParams {
            q: q.to_owned(),
            ..Default::default()
        };
        let began = Instant::now();
        for _ in 0..20 {
            app.search(None, &params).await.unwrap();
        }
        let app_ms = began.elapsed().as_secs_f64() * 50.0;
        eprintln!("{q}: store {store_ms:.2} ms, use case {app_ms:.2} ms");
    }
}
