//! Writes a synthetic library: `gen-library N [SEED] > lib.json` (and a context with --context);
//! with --small-vocabulary, the adversarial library whose every word repeats in thousands of items.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    let small = args.iter().any(|a| a == "--small-vocabulary");
    let out = match (args.iter().any(|a| a == "--context"), small) {
        (true, false) => handoff_bench::context(seed),
        (true, true) => handoff_bench::small_vocabulary_context(seed),
        (false, false) => handoff_bench::library(n, seed),
        (false, true) => handoff_bench::small_vocabulary_library(n, seed),
    };
    println!("{out}");
}
