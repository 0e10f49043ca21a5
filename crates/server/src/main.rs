//! `leeratelier`: the platform's one binary. Without arguments it serves the platform on
//! http://127.0.0.1:8080 with SQLite in `./data` and, on an empty database, demo content.

mod commands;
mod config;
mod logging;

use clap::Parser;
use config::Cli;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    logging::init(&cli.options.log_format);
    commands::run(cli).await
}
