//! Every fuzz target over its committed corpus (fuzz/corpus/<target>/) and its regression
//! inputs (fuzz/regressions/<target>/: crashes and slow inputs fuzzing found, kept after
//! the fix), through the same bodies `cargo fuzz` runs, without libFuzzer. The time limit
//! is off for the corpora here (a debug build); regression inputs get ten times the limit.

use handoff_fuzz_targets::{Clock, TARGETS};
use std::path::{Path, PathBuf};
use std::time::Duration;

fn inputs(kind: &str, target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz").join(kind).join(target);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.is_file()).collect()).unwrap_or_default();
    files.sort();
    files
}

fn replay(kind: &str, clock: &Clock) -> usize {
    let mut count = 0;
    for t in TARGETS {
        for path in inputs(kind, t.name) {
            let data = std::fs::read(&path).expect("readable input");
            let outcome = std::panic::catch_unwind(|| (t.run)(&data, clock));
            assert!(outcome.is_ok(), "{} fails on {}", t.name, path.display());
            count += 1;
        }
    }
    count
}

#[test]
fn every_target_passes_its_committed_corpus() {
    for t in TARGETS {
        assert!(!inputs("corpus", t.name).is_empty(), "fuzz/corpus/{} is empty", t.name);
    }
    assert!(replay("corpus", &Clock::off()) > 0);
}

/// Crashes and slow inputs fuzzing found. Slow ones are timed with room for the debug
/// build: ten times the release limit (a quadratic reading of them took seconds).
#[test]
fn every_crash_and_slow_input_fuzzing_found_stays_fixed() {
    replay("regressions", &Clock::limited(Duration::from_millis(10 * handoff_fuzz_targets::SLOW_MS)));
}
