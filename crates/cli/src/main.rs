//! `handoff`: the same core the extension runs, on the command line (CONTRACTS.md §4).
//! Every bad input ends in one line on stderr naming the file and the problem, exit 2.

mod load;

use clap::{Parser, Subcommand};
use handoff_core::{Engine, PageContext, Request};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "handoff", version, about = "Sales content that finds the rep: rank, read pages, import, serve.")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Rank the library for a page context (and a typed query).
    Suggest {
        #[arg(long)]
        library: PathBuf,
        #[arg(long)]
        context: PathBuf,
        #[arg(long)]
        query: Option<String>,
        #[arg(long, default_value_t = 5)]
        top: usize,
        #[arg(long)]
        json: bool,
        /// Ratings and usage (a JSON list of item stats) to blend in.
        #[arg(long)]
        stats: Option<PathBuf>,
        /// Rank as of this RFC 3339 time instead of now (reproducible runs).
        #[arg(long)]
        now: Option<String>,
        /// The rep's own name: never read as what the page is about.
        #[arg(long)]
        rep_name: Option<String>,
        /// Also print, on stderr, the requests found on the page.
        #[arg(long)]
        explain: bool,
    },
    /// Convert a library (JSON, CSV export, or a folder of Markdown files) into library JSON.
    Import {
        source: PathBuf,
        /// Write here instead of stdout.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Exit 1 when any item was left out.
        #[arg(long)]
        strict: bool,
    },
    /// Run the sync server (SQLite file by default, PostgreSQL with --db postgres://...).
    Serve {
        /// sqlite://FILE?mode=rwc (default sqlite://handoff.db?mode=rwc) or postgres://...
        #[arg(long)]
        db: Option<String>,
        #[arg(long, default_value = "127.0.0.1:8787")]
        addr: String,
        /// Load this library into the demo org when the database is new.
        #[arg(long = "demo-library")]
        demo_library: Option<PathBuf>,
    },
    /// Print the page context the extension's reader extracts from a saved page.
    ReadPage {
        #[arg(long)]
        url: String,
        #[arg(long)]
        html: PathBuf,
        #[arg(long)]
        taxonomy: Option<PathBuf>,
        /// The rep's own address(es): never taken for the prospect.
        #[arg(long = "rep-email")]
        rep_email: Vec<String>,
        /// Also print which strategy found each field, and what was not found, on stderr.
        #[arg(long)]
        trace: bool,
    },
}

/// A failure to report: the message already names the file.
pub struct Fail(pub String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(msg)) => {
            eprintln!("handoff: {}", msg.replace('\n', " "));
            ExitCode::from(2)
        }
    }
}

fn run(cmd: Command) -> Result<(), Fail> {
    match cmd {
        Command::Suggest { library, context, query, top, json, stats, now, rep_name, explain } => {
            let lib = load::library(&library)?;
            let ctx: PageContext = load::json_file(&context)?;
            let now = match now {
                Some(t) => handoff_core::time::parse_rfc3339(&t).ok_or_else(|| Fail(format!("--now {t:?}: not an RFC 3339 date-time")))?,
                None => load::unix_now(),
            };
            let mut engine = Engine::new(lib);
            if let Some(path) = stats {
                engine.set_stats(load::json_file(&path)?);
            }
            if explain {
                let res = handoff_core::context::resolve(&ctx, engine.taxonomy());
                for (facet, found) in [("vertical", &res.vertical), ("stage", &res.stage)] {
                    match found {
                        Some(r) => eprintln!("{facet}: {} ({}: {})", r.id, r.how, r.evidence),
                        None => eprintln!("{facet}: unknown"),
                    }
                }
                for (n, ask) in engine.asks(&ctx, rep_name.as_deref()).iter().enumerate() {
                    eprintln!("ask {}: {}", n + 1, ask.join(" "));
                }
            }
            let suggestions = engine.suggest(&Request { context: &ctx, query: query.as_deref(), top, now, rep: rep_name.as_deref() });
            if json {
                println!("{}", serde_json::json!({ "suggestions": suggestions }));
            } else if suggestions.is_empty() && query.is_none() && engine.opted_out(&ctx, rep_name.as_deref()) {
                println!("The prospect asks not to be contacted: nothing is suggested (a --query still searches).");
            } else if suggestions.is_empty() {
                println!("Nothing in the library fits this context.");
            } else {
                for (n, s) in suggestions.iter().enumerate() {
                    let item = &engine.items()[s.index];
                    println!("{}. {}  [{}]  score {:.3}\n   {}\n   {}", n + 1, item.title, item.id, s.score, item.kind, s.reasons.join(" · "));
                }
            }
            Ok(())
        }
        Command::Import { source, out, strict } => {
            let lib = load::library(&source)?;
            let json = lib.to_json_pretty();
            match out {
                Some(p) => std::fs::write(&p, json + "\n").map_err(|e| Fail(format!("{}: cannot write: {e}", p.display())))?,
                None => println!("{json}"),
            }
            let errors = lib.errors().count();
            eprintln!("handoff: {} items imported, {} left out, {} warnings", lib.items.len(), errors, lib.problems.len() - errors);
            if strict && errors > 0 {
                return Err(Fail(format!("{}: {errors} items left out (--strict)", source.display())));
            }
            Ok(())
        }
        Command::Serve { db, addr, demo_library } => {
            handoff_sync_server::run_blocking(handoff_sync_server::ServeOptions { db, addr, demo_library }).map_err(Fail)
        }
        Command::ReadPage { url, html, taxonomy, rep_email, trace } => {
            let page = load::text_file(&html)?;
            let taxonomy = match taxonomy {
                Some(p) => handoff_core::Taxonomy::from_json(&load::text_file(&p)?).map_err(|e| Fail(format!("{}: not a taxonomy file: {e}", p.display())))?,
                None => Default::default(),
            };
            let reading = handoff_readers::read_page(&url, &page, &handoff_readers::Options { rep_emails: rep_email, taxonomy, ..Default::default() });
            if trace {
                for h in &reading.hits {
                    eprintln!("hit   {:<16} {:>3}× {}", h.field, h.count, h.strategy);
                }
                for h in &reading.health {
                    eprintln!("miss  {h}");
                }
            }
            println!("{}", serde_json::to_string_pretty(&reading.context).map_err(|e| Fail(e.to_string()))?);
            Ok(())
        }
    }
}
