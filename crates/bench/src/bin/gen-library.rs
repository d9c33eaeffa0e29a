//! Writes a synthetic library: `gen-library N [SEED] > lib.json` (and a context with --context).
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let n: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(7);
    if args.iter().any(|a| a == "--context") {
        println!("{}", handoff_bench::context(seed));
    } else {
        println!("{}", handoff_bench::library(n, seed));
    }
}
