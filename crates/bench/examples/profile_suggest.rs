//! Runs page-context suggestions at 10k items in a loop, for a profiler (callgrind, perf):
//! `cargo build --release -p handoff-bench --example profile_suggest`; args: items, runs, and a
//! typed query (a hopeless typo, "xqzvw", ranks the page a second time for the fill).
use handoff_core::{Engine, Library, PageContext, Request};

fn main() {
    let n: usize = std::env::args().nth(1).and_then(|a| a.parse().ok()).unwrap_or(10_000);
    let runs: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(200);
    let engine = Engine::new(Library::from_json(&handoff_bench::library(n, 7).to_string()).expect("generated library"));
    let query = std::env::args().nth(3);
    let ctx: PageContext = serde_json::from_value(handoff_bench::context(3)).expect("generated context");
    let start = std::time::Instant::now();
    let mut found = 0;
    for _ in 0..runs {
        found += engine.suggest(&Request { context: &ctx, query: query.as_deref(), top: 5, now: 1_795_400_000, rep: None }).len();
    }
    eprintln!("{n} items: {:.3} ms a suggestion ({found} found)", start.elapsed().as_secs_f64() * 1000.0 / runs as f64);
}
