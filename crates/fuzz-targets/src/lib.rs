//! The bodies of Handoff's fuzz targets, one per entry point that reads outside input, each
//! calling the core the way the product does (the wasm facade, the CLI, the sync server).
//! `fuzz/` wraps each in a libFuzzer target; the normal test suite replays the committed
//! corpora and regression inputs through the same functions (crates/fuzz-targets/tests).
//!
//! A target fails by panicking: on a panic inside the product, on a broken invariant, or when
//! one product call on an input of at most [`MAX_INPUT`] bytes takes longer than the
//! [`Clock`]'s limit (50 ms under `cargo fuzz`, off in the debug test build).

use std::time::{Duration, Instant};

mod events;
mod library;
mod outbox;
mod page;
mod template;

/// Inputs up to this size must be read within the time limit (libFuzzer's `-max_len`).
pub const MAX_INPUT: usize = 400 * 1024;
/// How long one product call may take on an input of at most [`MAX_INPUT`] bytes.
pub const SLOW_MS: u64 = 50;

/// Times product calls and turns a slow one into a panic, so libFuzzer saves the input.
#[derive(Debug, Clone, Copy)]
pub struct Clock {
    limit: Option<Duration>,
}

impl Clock {
    /// The fuzzing clock: [`SLOW_MS`], or `HANDOFF_FUZZ_SLOW_MS` when set (0 turns it off).
    pub fn fuzzing() -> Clock {
        let ms = std::env::var("HANDOFF_FUZZ_SLOW_MS").ok().and_then(|v| v.parse().ok()).unwrap_or(SLOW_MS);
        Clock { limit: (ms > 0).then(|| Duration::from_millis(ms)) }
    }

    /// No time limit (the replay tests run the debug build, several times slower).
    pub fn off() -> Clock {
        Clock { limit: None }
    }

    pub fn limited(limit: Duration) -> Clock {
        Clock { limit: Some(limit) }
    }

    /// Whether one call that took `elapsed` on an input of `len` bytes is too slow.
    pub fn over(&self, len: usize, elapsed: Duration) -> bool {
        self.limit.is_some_and(|limit| len <= MAX_INPUT && elapsed > limit)
    }

    /// Reruns a call that was over the limit, measuring its wall time and the time this
    /// thread was on the CPU, and fails the input when both are over: a call that only
    /// waited for the CPU (the machine is shared) is not a slow input, a call that worked
    /// longer than the limit twice is.
    pub fn recheck<T>(&self, what: &str, len: usize, first: Duration, f: impl FnOnce() -> T) -> T {
        let cpu_start = thread_cpu_time();
        let start = Instant::now();
        let out = f();
        let wall = start.elapsed();
        let cpu = match (cpu_start, thread_cpu_time()) {
            (Some(a), Some(b)) => b.saturating_sub(a),
            _ => wall,
        };
        if self.over(len, wall) && self.over(len, cpu) {
            let limit = self.limit.map_or(0, |l| l.as_millis());
            panic!(
                "slow input: {what} took {} ms, then {} ms ({} ms on the CPU), on {len} bytes (limit {limit} ms)",
                first.as_millis(),
                wall.as_millis(),
                cpu.as_millis()
            );
        }
        out
    }

    /// Runs `f`. When it took longer than the limit on an input of at most [`MAX_INPUT`]
    /// bytes, runs it again through [`Clock::recheck`].
    pub fn time<T>(&self, len: usize, what: &str, mut f: impl FnMut() -> T) -> T {
        let start = Instant::now();
        let out = f();
        let first = start.elapsed();
        if self.over(len, first) {
            self.recheck(what, len, first, f);
        }
        out
    }
}

/// This thread's time on the CPU so far (Linux's schedstat), where the system tells it.
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    stat.split_whitespace().next()?.parse().ok().map(Duration::from_nanos)
}

/// A fuzz target: its name (the folder of its corpus and regressions) and its body.
pub struct Target {
    pub name: &'static str,
    pub run: fn(&[u8], &Clock),
}

/// Every target, in the order `scripts/fuzz.sh` runs them.
pub const TARGETS: &[Target] = &[
    Target { name: "readers", run: page::readers },
    Target { name: "library_json", run: library::library_json },
    Target { name: "import_csv", run: library::import_csv },
    Target { name: "import_markdown", run: library::import_markdown },
    Target { name: "taxonomy", run: library::taxonomy },
    Target { name: "page_context", run: page::page_context },
    Target { name: "events", run: events::events },
    Target { name: "template", run: template::template },
    Target { name: "outbox", run: outbox::outbox },
];

/// The target of this name.
pub fn target(name: &str) -> &'static Target {
    TARGETS.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no fuzz target {name:?}"))
}

/// What a libFuzzer target calls: the named body with the fuzzing clock.
pub fn fuzz(name: &str, data: &[u8]) {
    (target(name).run)(data, &Clock::fuzzing());
}

/// Text as the product receives it: JavaScript strings and the CLI's files are UTF-8, so
/// bytes that are not become replacement characters rather than being thrown away.
fn text(data: &[u8]) -> std::borrow::Cow<'_, str> {
    String::from_utf8_lossy(data)
}

/// `data` cut at its first NUL byte: (before, after); no NUL leaves `after` empty.
fn split_nul(data: &[u8]) -> (&[u8], &[u8]) {
    match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[]),
    }
}
