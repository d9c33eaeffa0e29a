//! Builds the index from a library file, for a profiler: `cargo build --release -p handoff-bench
//! --example profile_build`, then `profile_build LIBRARY.json [RUNS]` (best of RUNS builds).
use handoff_core::{Engine, Library};
fn main() {
    let json = std::fs::read_to_string(std::env::args().nth(1).expect("a library file")).expect("readable");
    let runs: usize = std::env::args().nth(2).and_then(|a| a.parse().ok()).unwrap_or(5);
    let (mut parse, mut build) = (f64::MAX, f64::MAX);
    for _ in 0..runs {
        let t = std::time::Instant::now();
        let lib = Library::from_json(&json).expect("a library");
        parse = parse.min(t.elapsed().as_secs_f64() * 1e3);
        let t = std::time::Instant::now();
        std::hint::black_box(Engine::new(lib));
        build = build.min(t.elapsed().as_secs_f64() * 1e3);
    }
    eprintln!("parse and validate {parse:.1} ms, index {build:.1} ms");
}
