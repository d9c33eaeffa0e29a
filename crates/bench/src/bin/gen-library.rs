//! Writes a synthetic library: `gen-library N [SEED] > lib.json` (and a context with --context);
//! with --small-vocabulary, the adversarial library whose every word repeats in thousands of items;
//! with --wide-vocabulary, the one of tens of thousands of distinct words.
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    let small = args.iter().any(|a| a == "--small-vocabulary");
    let wide = args.iter().any(|a| a == "--wide-vocabulary");
    let out = match (args.iter().any(|a| a == "--context"), small, wide) {
        (true, true, _) => handoff_bench::small_vocabulary_context(seed),
        (true, false, _) => handoff_bench::context(seed),
        (false, true, _) => handoff_bench::small_vocabulary_library(n, seed),
        (false, false, true) => handoff_bench::wide_vocabulary_library(n, seed),
        (false, false, false) => handoff_bench::library(n, seed),
    };
    println!("{out}");
}
