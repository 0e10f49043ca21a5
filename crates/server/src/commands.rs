//! The commands: serve, migrate, create-admin, backup, print-config, seed-demo, generate.

use crate::config::{Cli, Command, Options};
use anyhow::{Context, bail};
use app::{App, AppConfig, Clock, MailConfig, Mailer};
use std::net::SocketAddr;
use std::time::Duration;
use store::Db;

/// Runs the command the command line asks for.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let options = cli.options;
    match cli.command.unwrap_or(Command::Serve) {
        Command::Serve => serve(&options).await,
        Command::Migrate => {
            let db = open_db(&options).await?;
            db.close().await;
            println!("migrations applied");
            Ok(())
        }
        Command::CreateAdmin { email, name } => {
            let password = match std::env::var("LEERATELIER_ADMIN_PASSWORD") {
                Ok(p) => p,
                Err(_) => {
                    eprintln!("Password (at least 12 characters), then Enter:");
                    let mut line = String::new();
                    std::io::stdin().read_line(&mut line)?;
                    line.trim_end_matches(['\r', '\n']).to_owned()
                }
            };
            let app = build_app(&options, false).await?;
            match app.create_admin(&email, &name, &password).await {
                Ok(id) => println!("admin {email} ready (account {id})"),
                Err(app::AppError::Invalid(errors)) => {
                    let problems: Vec<String> = errors
                        .iter()
                        .map(|e| {
                            format!(
                                "{}: {}",
                                e.field,
                                app::i18n::field_message(domain::Locale::En, e)
                            )
                        })
                        .collect();
                    bail!("not created: {}", problems.join("; "));
                }
                Err(other) => return Err(other.into()),
            }
            app.db().close().await;
            Ok(())
        }
        Command::Backup { file } => {
            if file.exists() {
                bail!("{} exists already; choose a new file name", file.display());
            }
            let db = open_db(&options).await?;
            db.backup(&file).await.context("backup failed")?;
            db.close().await;
            println!("backup written to {}", file.display());
            Ok(())
        }
        Command::PrintConfig => {
            for (name, value) in options.describe() {
                println!("{name} = {value}");
            }
            Ok(())
        }
        Command::SeedDemo => {
            let app = build_app(&options, true).await?;
            let seeded = app.seed_demo_if_empty().await?;
            println!(
                "{}",
                if seeded {
                    "demo content created"
                } else {
                    "database not empty: nothing done"
                }
            );
            app.db().close().await;
            Ok(())
        }
        Command::Generate {
            members,
            ateliers,
            posts,
            knowledge,
            events,
            measurements,
            seed,
        } => {
            let scale = generate::Scale {
                members,
                ateliers,
                posts,
                knowledge,
                events,
                measurements,
                seed,
            };
            generate_data(&options, scale).await
        }
    }
}

/// `generate`: fills an empty database and prints where the landmarks are.
async fn generate_data(options: &Options, scale: generate::Scale) -> anyhow::Result<()> {
    let db = open_db(options).await?;
    let started = std::time::Instant::now();
    let mut shown = String::new();
    let mut progress = |step: &str, done: usize, total: usize| {
        let line = format!("{step}: {done}/{total}");
        if line != shown {
            eprint!("\r{line}   ");
            shown = line;
        }
    };
    let made = generate::generate(&db, scale, &mut progress).await?;
    eprintln!();
    db.optimize()
        .await
        .context("optimising after generating failed")?;
    db.close().await;
    println!(
        "generated in {:.0} s: {} members, {} ateliers, {} threads, {} posts",
        started.elapsed().as_secs_f64(),
        made.members,
        made.ateliers.len(),
        made.threads,
        made.posts
    );
    println!("thread of 50 posts: {}", made.thread_of_50);
    println!(
        "{} knowledge items published, {} events with {} registrations, {} measurements",
        made.published_knowledge, scale.events, made.registrations, made.measurements
    );
    if let Some(dashboard) = &made.dashboard {
        println!("impact dashboard of the first atelier: {dashboard}");
    }
    Ok(())
}

async fn open_db(options: &Options) -> anyhow::Result<Db> {
    let url = options.database_url();
    if let Some(parent) = store::sqlite_path(&url)
        .and_then(|path| path.parent())
        .filter(|p| !p.as_os_str().is_empty())
    {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("cannot create {}", parent.display()))?;
    }
    let db = Db::connect(&url, options.db_max_connections)
        .await
        .with_context(|| {
            format!(
                "cannot open database {}",
                crate::config::mask_password(&url)
            )
        })?;
    db.migrate().await.context("migrations failed")?;
    Ok(db)
}

async fn build_app(options: &Options, demo: bool) -> anyhow::Result<App> {
    let db = open_db(options).await?;
    let mail = MailConfig {
        smtp_url: options.smtp_url.clone(),
        from: options.mail_from.clone(),
        mail_dir: options.data_dir.join("mail"),
    };
    let mailer = Mailer::from_config(&mail)?;
    let config = AppConfig {
        base_url: options.base_url(),
        demo,
        data_dir: options.data_dir.clone(),
    };
    Ok(App::new(db, config, mailer, Clock::System))
}

async fn serve(options: &Options) -> anyhow::Result<()> {
    let app = build_app(options, false).await?;
    // Demo content: on request, or by default for a new (empty) database.
    let demo = match options.demo {
        Some(false) => false,
        Some(true) => {
            app.seed_demo_if_empty().await?;
            true
        }
        None => app.seed_demo_if_empty().await? || app.demo_present().await?,
    };
    let app = app.with_demo(demo);
    let web_config = web::WebConfig {
        secure_cookies: options.base_url().starts_with("https://"),
        request_timeout: Duration::from_secs(options.request_timeout),
    };
    let router = web::router(app.clone(), web_config);
    let listener = tokio::net::TcpListener::bind(options.bind)
        .await
        .with_context(|| format!("cannot listen on {}", options.bind))?;
    let address = listener.local_addr()?;
    tracing::info!(%address, demo, "Leeratelier listening on http://{address}");

    let (stop_worker, mut worker_stopped) = tokio::sync::watch::channel(false);
    let worker_app = app.clone();
    let worker = tokio::spawn(async move {
        worker_app
            .run_worker(async move {
                let _ = worker_stopped.changed().await;
            })
            .await;
    });

    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown_signal())
    .await
    .context("server failed")?;
    tracing::info!("requests finished; stopping the job worker");
    let _ = stop_worker.send(true);
    let _ = worker.await;
    app.db().close().await;
    tracing::info!("stopped");
    Ok(())
}

/// Resolves on Ctrl-C or SIGTERM (what systemd and container runtimes send).
async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(err) = tokio::signal::ctrl_c().await {
            tracing::error!(error = %err, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(err) => {
                tracing::error!(error = %err, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("shutting down: finishing requests in flight");
}
