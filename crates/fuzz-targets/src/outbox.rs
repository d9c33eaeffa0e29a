//! The offline event queue under a sequence of operations decoded from the input: what the
//! extension's worker does (push, next batch, the server's answer, "Sync now", a restart
//! from the persisted JSON), checked against a model of what `outbox.rs` promises.
//!
//! Promised: no event is lost or duplicated (each valid event is queued once until the
//! server stores or refuses it, or the bound drops a low-value one and counts it); a batch
//! is the oldest queued events, at most 100 and 500 KB; an answer removes only the ids it
//! names; a retry waits within the jittered exponential backoff, never less than the
//! server's Retry-After, and, jitter for jitter, longer after each further failure; the
//! persisted JSON restores the same queue.

use crate::Clock;
use arbitrary::{Arbitrary, Unstructured};
use handoff_core::events::{Event, Proposal, ACTIONS, MAX_BATCH_BYTES, MAX_BATCH_EVENTS, MAX_EVENT_BYTES, RATING_REASONS};
use handoff_core::outbox::{Outbox, Outcome, BACKOFF_BASE_MS, BACKOFF_CAP_MS, IN_FLIGHT_TIMEOUT_MS, MAX_QUEUED};
use std::collections::{HashSet, VecDeque};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// 2026-12-04T00:00:00Z in ms: the worker's clock at the start.
const START_MS: i64 = 1_796_342_400_000;
const MAX_DEAD: usize = 1_000;
const FULL: u16 = 0xF011;
/// Operations one input may run, each costing 1 plus the queue's length (a restart
/// serializes the whole queue): keeps one input to a fraction of a second.
const MAX_WORK: usize = 100_000;

#[derive(Arbitrary, Debug, Clone)]
enum Op {
    /// The UI reports an event.
    Push(NewEvent),
    /// When `key` is [`FULL`]: the worker restarts with a full queue persisted (10,000
    /// events, all low-value or none), the rest of the state fresh. Rare on purpose: the
    /// queue's bound costs tens of milliseconds an operation.
    Full { key: u16, low_value: bool },
    /// The worker asks for the next batch, `after` ms later.
    Next { after: u32 },
    /// The server's answer, `after` ms later. Retry-After comes as the worker computes it
    /// (seconds × 1000, any finite number) and the wasm facade passes it (`as i64`).
    Ack { ids: AckIds, status: u16, retry_after_ms: Option<f64>, rejected: Vec<u8>, error: String, jitter: f64, after: u32 },
    /// The rep presses "Sync now".
    RetryNow,
    /// Time passes, or the clock steps back.
    Clock(i32),
    /// The worker dies; a new one restores the state from the JSON persisted after each change.
    Restart,
}

/// Which ids an answer names.
#[derive(Arbitrary, Debug, Clone)]
enum AckIds {
    LastBatch,
    /// The first n queued ids, sent or not.
    Oldest(u8),
    /// `e{n}` ids, queued or not.
    These(Vec<u8>),
}

#[derive(Arbitrary, Debug, Clone)]
struct NewEvent {
    id: u8,
    action: u8,
    item: bool,
    at: u8,
    rating: Option<i8>,
    reason: Option<u8>,
    query: Option<String>,
    /// A title and the body's length: up to 249 bytes, or near the 32 KB limit of an event.
    proposal: Option<(String, u8)>,
    rep: Option<String>,
}

fn body_len(n: u8) -> usize {
    match n {
        0..250 => usize::from(n),
        _ => MAX_EVENT_BYTES - 400 + usize::from(n - 250) * 100,
    }
}

impl NewEvent {
    fn event(&self) -> Event {
        let pick = |n: u8, of: &[&str], other: &str| of.get(usize::from(n) % (of.len() + 1)).copied().unwrap_or(other).to_string();
        let at = ["2026-12-04T10:00:00Z", "2026-12-04T10:00:00.123+01:00", "1999-12-31T23:59:59Z", "yesterday"][usize::from(self.at % 4)];
        Event {
            id: if self.id == 255 { " ".into() } else { format!("e{}", self.id) },
            at: at.into(),
            action: pick(self.action, ACTIONS, "bogus"),
            item_id: self.item.then(|| "a".into()),
            rating: self.rating,
            reason: self.reason.map(|r| pick(r, &RATING_REASONS.iter().map(|(id, _)| *id).collect::<Vec<_>>(), "because")),
            query: self.query.clone(),
            proposal: self.proposal.as_ref().map(|(title, len)| Proposal { title: title.clone(), body: "x".repeat(body_len(*len)) }),
            rep: self.rep.clone(),
            ..Event::default()
        }
    }
}

/// Times each product call. The first pass notes the first slow call and goes on; a second
/// pass replays the same operations (the run is deterministic) and rechecks that call
/// ([`Clock::recheck`]), so a call slowed once by the machine is not reported.
struct Timer<'a> {
    clock: &'a Clock,
    len: usize,
    calls: usize,
    first_slow: Option<(usize, Duration)>,
    recheck: Option<(usize, Duration)>,
}

impl Timer<'_> {
    fn call<T>(&mut self, what: &str, f: impl FnOnce() -> T) -> T {
        let n = self.calls;
        self.calls += 1;
        match self.recheck {
            Some((at, first)) if at == n => return self.clock.recheck(what, self.len, first, f),
            Some(_) => return f(),
            None => {}
        }
        let start = Instant::now();
        let out = f();
        let took = start.elapsed();
        if self.first_slow.is_none() && self.clock.over(self.len, took) {
            self.first_slow = Some((n, took));
        }
        out
    }

    fn done(&self) -> bool {
        self.recheck.is_some_and(|(at, _)| self.calls > at)
    }
}

/// What the outbox should hold.
#[derive(Default)]
struct Model {
    /// Queued ids, oldest first, and whether each is low-value (`shown`, `searched`).
    queue: VecDeque<(String, bool)>,
    ids: HashSet<String>,
    in_flight: Option<(Vec<String>, i64)>,
    dead: usize,
    dropped: u64,
    failures: u32,
    /// The clamped jitter and wait of the last retry without Retry-After, since the last success.
    last_retry: Option<(f64, i64)>,
}

impl Model {
    fn push(&mut self, id: String, low: bool) {
        self.ids.insert(id.clone());
        self.queue.push_back((id, low));
    }

    /// Takes these ids out of the queue; returns those that were in it.
    fn remove(&mut self, ids: &[String]) -> Vec<String> {
        let named: HashSet<&String> = ids.iter().collect();
        let removed: Vec<String> = self.queue.iter().filter(|(id, _)| named.contains(id)).map(|(id, _)| id.clone()).collect();
        self.queue.retain(|(id, _)| !named.contains(id));
        for id in &removed {
            self.ids.remove(id);
        }
        removed
    }
}

/// The persisted state of a full queue: events `f0`..`f9999`, `shown` or `inserted`.
fn full_state(low_value: bool) -> &'static str {
    static STATES: OnceLock<[String; 2]> = OnceLock::new();
    let states = STATES.get_or_init(|| {
        [false, true].map(|low| {
            let mut o = Outbox::default();
            for n in 0..MAX_QUEUED {
                let action = if low { "shown" } else { "inserted" };
                o.push(
                    Event { id: format!("f{n}"), at: "2026-12-04T10:00:00Z".into(), action: action.into(), item_id: Some("a".into()), ..Event::default() },
                    START_MS,
                )
                .expect("room");
            }
            o.to_json()
        })
    });
    &states[usize::from(low_value)]
}

/// The queued ids as the persisted JSON holds them.
fn queued_ids(o: &Outbox) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_str(&o.to_json()).expect("the outbox JSON parses");
    v["queue"].as_array().expect("a queue array").iter().map(|e| e["id"].as_str().expect("an id").to_string()).collect()
}

fn check_queue(o: &Outbox, m: &Model) {
    let ids = queued_ids(o);
    let expected: Vec<&String> = m.queue.iter().map(|(id, _)| id).collect();
    assert!(ids.iter().eq(expected.iter().copied()), "queued {ids:?}, expected {expected:?}");
}

/// `outbox`: the operations decoded from the input with `arbitrary`.
pub fn outbox(data: &[u8], clock: &Clock) {
    let mut u = Unstructured::new(data);
    let mut ops = Vec::new();
    while !u.is_empty() {
        match Op::arbitrary(&mut u) {
            Ok(op) => ops.push(op),
            Err(_) => break,
        }
    }
    let first = run(&ops, &mut Timer { clock, len: data.len(), calls: 0, first_slow: None, recheck: None });
    if let Some(slow) = first {
        run(&ops, &mut Timer { clock, len: data.len(), calls: 0, first_slow: None, recheck: Some(slow) });
    }
}

/// Runs the operations, checking the model after each; returns the first slow call, if any.
fn run(ops: &[Op], t: &mut Timer) -> Option<(usize, Duration)> {
    let mut o = Outbox::default();
    let mut m = Model::default();
    let mut now = START_MS;
    let mut last_batch: Vec<String> = Vec::new();
    let mut work = 0usize;
    for op in ops {
        work += 1 + o.len();
        if t.done() || work > MAX_WORK {
            break;
        }
        match op {
            Op::Push(new) => push(&mut o, &mut m, new.event(), now, t),
            Op::Full { key, low_value } if *key == FULL => {
                let json = full_state(*low_value);
                o = t.call("from_json", || Outbox::from_json(json)).expect("a full queue restores");
                m = Model::default();
                for n in 0..MAX_QUEUED {
                    m.push(format!("f{n}"), *low_value);
                }
                last_batch.clear();
            }
            Op::Full { .. } => {}
            Op::Next { after } => {
                now += i64::from(*after);
                let due = !m.queue.is_empty() && now >= o.next_try_ms && m.in_flight.as_ref().is_none_or(|(_, since)| now - since >= IN_FLIGHT_TIMEOUT_MS);
                let batch = t.call("next_batch", || o.next_batch(now));
                assert_eq!(batch.is_some(), due, "a batch {} due", if due { "was" } else { "was not" });
                if let Some(b) = batch {
                    assert!(!b.ids.is_empty() && b.ids.len() <= MAX_BATCH_EVENTS, "a batch of {} events", b.ids.len());
                    assert!(b.ids.iter().eq(m.queue.iter().take(b.ids.len()).map(|(id, _)| id)), "a batch is the oldest events");
                    assert!(b.body.len() <= MAX_BATCH_BYTES || b.ids.len() == 1, "a batch of {} bytes", b.body.len());
                    let body: serde_json::Value = serde_json::from_str(&b.body).expect("a batch body is JSON");
                    let sent: Vec<&str> = body["batch"].as_array().expect("a batch array").iter().map(|e| e["id"].as_str().expect("an id")).collect();
                    assert!(sent.iter().eq(b.ids.iter()), "the body carries the batch's ids");
                    m.in_flight = Some((b.ids.clone(), now));
                    last_batch = b.ids;
                }
            }
            Op::Ack { ids, status, retry_after_ms, rejected, error, jitter, after } => {
                now += i64::from(*after);
                let ids: Vec<String> = match ids {
                    AckIds::LastBatch => last_batch.clone(),
                    AckIds::Oldest(n) => m.queue.iter().take(usize::from(*n)).map(|(id, _)| id.clone()).collect(),
                    // The worker names one batch's ids, and the server rejects within it: at most 100.
                    AckIds::These(v) => v.iter().take(MAX_BATCH_EVENTS).map(|n| format!("e{n}")).collect(),
                };
                let mut outcome = Outcome::from_status(*status, retry_after_ms.map(|r| r as i64), error.clone());
                if let Outcome::Stored { rejected: r } = &mut outcome {
                    *r = rejected.iter().take(MAX_BATCH_EVENTS).map(|n| (format!("e{n}"), "unknown item".to_string())).collect();
                }
                let expected = outcome.clone();
                t.call("acknowledge", || o.acknowledge(&ids, outcome, now, *jitter));
                m.in_flight = None;
                acknowledged(&o, &mut m, &ids, expected, now, *jitter);
            }
            Op::RetryNow => {
                t.call("retry_now", || o.retry_now());
                m.in_flight = None;
                assert_eq!(o.next_try_ms, 0);
            }
            Op::Clock(d) => now += i64::from(*d),
            Op::Restart => {
                let json = t.call("to_json", || o.to_json());
                let back = t.call("from_json", || Outbox::from_json(&json)).expect("the persisted state restores");
                assert_eq!(back, o, "the persisted state restores the same outbox");
                o = back;
            }
        }
        assert_eq!(o.len(), m.queue.len(), "queue length after {op:?}");
        assert_eq!(o.dropped, m.dropped, "dropped count after {op:?}");
        assert_eq!(o.dead.len(), m.dead, "dead letters after {op:?}");
        assert_eq!(o.failures, m.failures, "failures after {op:?}");
    }
    if !t.done() {
        check_queue(&o, &m);
    }
    t.first_slow
}

fn push(o: &mut Outbox, m: &mut Model, e: Event, now: i64, t: &mut Timer) {
    let size = serde_json::to_string(&e).map_or(usize::MAX, |s| s.len());
    let valid = e.validate().is_ok() && size <= MAX_EVENT_BYTES;
    let (id, low) = (e.id.clone(), matches!(e.action.as_str(), "shown" | "searched"));
    let result = t.call("push", || o.push(e, now));
    if !valid {
        assert!(result.is_err(), "an invalid event was queued");
        m.dead += 1;
    } else if m.ids.contains(&id) {
        assert_eq!(result, Ok(()), "the same event twice is one event");
    } else if m.queue.len() >= MAX_QUEUED {
        m.dropped += 1;
        let sent = |q: &String| m.in_flight.as_ref().is_some_and(|(ids, _)| ids.contains(q));
        match m.queue.iter().position(|(q, low)| *low && !sent(q)) {
            Some(i) => {
                let (gone, _) = m.queue.remove(i).expect("in range");
                m.ids.remove(&gone);
                assert_eq!(result, Ok(()), "a full queue makes room by dropping a low-value event");
                m.push(id, low);
            }
            None => assert!(result.is_err(), "a full queue with nothing to drop refuses"),
        }
    } else {
        assert_eq!(result, Ok(()), "a valid event is queued");
        m.push(id, low);
    }
}

/// Checks the outbox after the server answered `ids` with `outcome`, and updates the model.
fn acknowledged(o: &Outbox, m: &mut Model, ids: &[String], outcome: Outcome, now: i64, jitter: f64) {
    match outcome {
        Outcome::Stored { rejected } => {
            let removed = m.remove(ids);
            m.dead += removed.iter().filter(|id| rejected.iter().any(|(r, _)| r == *id)).count();
            m.failures = 0;
            m.last_retry = None;
            assert_eq!(o.next_try_ms, now, "after a success the next upload may go at once");
        }
        Outcome::Retry { retry_after_ms, .. } => {
            m.failures = m.failures.saturating_add(1);
            let ceiling = BACKOFF_BASE_MS.saturating_mul(1i64 << m.failures.min(20)).min(BACKOFF_CAP_MS);
            let asked = retry_after_ms.unwrap_or(0);
            let lo = asked.max(BACKOFF_BASE_MS / 2);
            let hi = ceiling.max(lo);
            let at = |wait: i64| (i128::from(now) + i128::from(wait)).min(i128::from(i64::MAX));
            let next = i128::from(o.next_try_ms);
            assert!(
                at(lo) <= next && next <= at(hi),
                "retry at {} after {now}: outside [{}, {}] (failures {}, Retry-After {retry_after_ms:?})",
                o.next_try_ms,
                at(lo),
                at(hi),
                m.failures
            );
            let j = if jitter.is_nan() { 0.0 } else { jitter.clamp(0.0, 1.0) };
            let wait = o.next_try_ms.saturating_sub(now);
            if retry_after_ms.is_none() {
                if let Some((pj, pwait)) = m.last_retry {
                    assert!(j < pj || wait >= pwait, "a later retry with no less jitter waits less: {wait} < {pwait}");
                }
                m.last_retry = Some((j, wait));
            } else {
                m.last_retry = None;
            }
        }
        Outcome::Refused { .. } => m.dead += m.remove(ids).len(),
    }
    m.dead = m.dead.min(MAX_DEAD);
}
