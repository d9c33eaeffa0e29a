//! The offline event queue: events wait here (persisted by the caller after every change)
//! until the server has them. Batching, retry with jittered exponential backoff, dead
//! letters and the bound are decided here, in pure code; the extension only does the I/O.

use crate::events::{Event, MAX_BATCH_BYTES, MAX_BATCH_EVENTS, MAX_EVENT_BYTES};
use serde::{Deserialize, Serialize};
use std::collections::VecDeque;

/// At most this many events wait; past it the policy in `push` applies.
pub const MAX_QUEUED: usize = 10_000;
pub const BACKOFF_BASE_MS: i64 = 2_000;
pub const BACKOFF_CAP_MS: i64 = 10 * 60_000;
/// An upload that never answered is tried again after this long (the worker may have died).
pub const IN_FLIGHT_TIMEOUT_MS: i64 = 60_000;

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct DeadLetter {
    pub event: Event,
    pub error: String,
    pub at_ms: i64,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Outbox {
    queue: VecDeque<Event>,
    /// Events the server refused for good (a 4xx other than 408/429): kept for the popup.
    pub dead: Vec<DeadLetter>,
    /// Events dropped because the queue was full (only `shown`/`searched` ever are).
    pub dropped: u64,
    /// Consecutive failed uploads, for the backoff.
    pub failures: u32,
    /// No upload before this time (ms since the epoch).
    pub next_try_ms: i64,
    /// The ids of the batch being uploaded and when it left; its events stay queued until acknowledged.
    in_flight: Option<(Vec<String>, i64)>,
    pub last_error: Option<String>,
}

/// What the server said to an upload.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// 2xx: stored (or already stored); `rejected` are (event id, reason) the server refused.
    Stored {
        #[serde(default)]
        rejected: Vec<(String, String)>,
    },
    /// Network error, 408, 429 or 5xx: try again later (`retry_after_ms` from Retry-After).
    Retry {
        #[serde(default)]
        retry_after_ms: Option<i64>,
        #[serde(default)]
        error: String,
    },
    /// Any other 4xx: this batch will never be accepted as it is.
    Refused { status: u16, error: String },
}

impl Outcome {
    /// Classifies an HTTP status (0 = network error) the way the retry policy needs.
    /// 401 and 403 say the token is wrong, not the events: they wait (and the popup shows
    /// why) until the rep fixes the settings, rather than being dead-lettered.
    pub fn from_status(status: u16, retry_after_ms: Option<i64>, error: String) -> Outcome {
        match status {
            200..=299 => Outcome::Stored { rejected: Vec::new() },
            0 | 401 | 403 | 408 | 429 | 500..=599 => Outcome::Retry { retry_after_ms, error },
            _ => Outcome::Refused { status, error },
        }
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Batch {
    pub ids: Vec<String>,
    /// The request body: `{"batch": [...]}`.
    pub body: String,
}

impl Outbox {
    pub fn from_json(json: &str) -> Result<Outbox, String> {
        serde_json::from_str(json).map_err(|e| format!("outbox state: {e}"))
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("outbox serializes")
    }

    pub fn len(&self) -> usize {
        self.queue.len()
    }

    pub fn is_empty(&self) -> bool {
        self.queue.is_empty()
    }

    /// Queues an event. A malformed or oversized one is dead-lettered at once (it would
    /// only block the queue). When full, the oldest low-value event (`shown`, `searched`)
    /// makes room; if there is none, the new event is refused and counted — inserts,
    /// ratings and proposals already queued are never dropped.
    pub fn push(&mut self, event: Event, now_ms: i64) -> Result<(), String> {
        let size = serde_json::to_string(&event).map(|s| s.len()).unwrap_or(usize::MAX);
        let invalid = event.validate().err().or_else(|| (size > MAX_EVENT_BYTES).then(|| format!("event is {size} bytes, over {MAX_EVENT_BYTES}")));
        if let Some(error) = invalid {
            self.dead.push(DeadLetter { event, error: error.clone(), at_ms: now_ms });
            return Err(error);
        }
        if self.queue.iter().any(|e| e.id == event.id) {
            return Ok(()); // the same event queued twice is one event
        }
        if self.queue.len() >= MAX_QUEUED {
            let in_flight = |e: &Event| self.in_flight.as_ref().is_some_and(|(ids, _)| ids.contains(&e.id));
            match self.queue.iter().position(|e| matches!(e.action.as_str(), "shown" | "searched") && !in_flight(e)) {
                Some(i) => {
                    self.queue.remove(i);
                    self.dropped += 1;
                }
                None => {
                    self.dropped += 1;
                    return Err(format!("outbox full ({MAX_QUEUED} events waiting)"));
                }
            }
        }
        self.queue.push_back(event);
        Ok(())
    }

    /// The next batch to upload, if it is time: the oldest events, at most 100 and 500 KB.
    /// Its events stay queued until `acknowledge`; a batch that never returns is offered
    /// again after `IN_FLIGHT_TIMEOUT_MS` with the same ids (the server stores each id once).
    pub fn next_batch(&mut self, now_ms: i64) -> Option<Batch> {
        if self.queue.is_empty() || now_ms < self.next_try_ms {
            return None;
        }
        if let Some((_, since)) = &self.in_flight {
            if now_ms - since < IN_FLIGHT_TIMEOUT_MS {
                return None;
            }
        }
        let mut body = String::from("{\"batch\":[");
        let mut ids = Vec::new();
        for e in self.queue.iter().take(MAX_BATCH_EVENTS) {
            let json = serde_json::to_string(e).expect("event serializes");
            if !ids.is_empty() && body.len() + json.len() + 3 > MAX_BATCH_BYTES {
                break;
            }
            if !ids.is_empty() {
                body.push(',');
            }
            body.push_str(&json);
            ids.push(e.id.clone());
        }
        body.push_str("]}");
        self.in_flight = Some((ids.clone(), now_ms));
        Some(Batch { ids, body })
    }

    /// The rep pressed "Sync now": forget the backoff and any upload that never answered.
    /// Safe because the server stores each event id once.
    pub fn retry_now(&mut self) {
        self.next_try_ms = 0;
        self.in_flight = None;
    }

    /// Records the server's answer to the batch with these ids. `jitter` in [0, 1) spreads
    /// retries of many browsers (pass a random number).
    pub fn acknowledge(&mut self, ids: &[String], outcome: Outcome, now_ms: i64, jitter: f64) {
        self.in_flight = None;
        match outcome {
            Outcome::Stored { rejected } => {
                let mut dead: Vec<DeadLetter> = Vec::new();
                self.queue.retain(|e| {
                    if !ids.contains(&e.id) {
                        return true;
                    }
                    if let Some((_, why)) = rejected.iter().find(|(id, _)| *id == e.id) {
                        dead.push(DeadLetter { event: e.clone(), error: why.clone(), at_ms: now_ms });
                    }
                    false
                });
                self.dead.extend(dead);
                self.failures = 0;
                self.next_try_ms = now_ms;
                self.last_error = None;
            }
            Outcome::Retry { retry_after_ms, error } => {
                self.failures = self.failures.saturating_add(1);
                let ceiling = BACKOFF_BASE_MS.saturating_mul(1i64 << self.failures.min(20)).min(BACKOFF_CAP_MS);
                // Full jitter, but never sooner than the server asked.
                let wait = ((ceiling as f64) * jitter.clamp(0.0, 1.0)) as i64;
                let wait = wait.max(retry_after_ms.unwrap_or(0)).max(BACKOFF_BASE_MS / 2);
                // Saturating: a Retry-After of 1e300 seconds reaches here as i64::MAX.
                self.next_try_ms = now_ms.saturating_add(wait);
                self.last_error = Some(error);
            }
            Outcome::Refused { status, error } => {
                let msg = format!("HTTP {status}: {error}");
                let mut dead = Vec::new();
                self.queue.retain(|e| {
                    if ids.contains(&e.id) {
                        dead.push(DeadLetter { event: e.clone(), error: msg.clone(), at_ms: now_ms });
                        false
                    } else {
                        true
                    }
                });
                self.dead.extend(dead);
                self.last_error = Some(msg);
            }
        }
        const MAX_DEAD: usize = 1_000;
        if self.dead.len() > MAX_DEAD {
            let excess = self.dead.len() - MAX_DEAD;
            self.dead.drain(..excess);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ev(n: usize, action: &str) -> Event {
        Event { id: format!("e{n}"), at: "2026-11-23T10:00:00Z".into(), action: action.into(), item_id: Some("a".into()), ..Default::default() }
    }

    #[test]
    fn batches_hold_at_most_100_events_and_500_kb() {
        let mut o = Outbox::default();
        for n in 0..250 {
            o.push(ev(n, "shown"), 0).unwrap();
        }
        let b = o.next_batch(0).unwrap();
        assert_eq!(b.ids.len(), 100);
        assert_eq!(b.ids[0], "e0");
        let v: serde_json::Value = serde_json::from_str(&b.body).unwrap();
        assert_eq!(v["batch"].as_array().unwrap().len(), 100);
        o.acknowledge(&b.ids, Outcome::Stored { rejected: vec![] }, 1, 0.5);
        assert_eq!(o.len(), 150);

        let mut o = Outbox::default();
        for n in 0..100 {
            let mut e = ev(n, "proposed");
            e.item_id = None;
            e.proposal = Some(crate::events::Proposal { title: "t".into(), body: "x".repeat(30_000) });
            o.push(e, 0).unwrap();
        }
        let b = o.next_batch(0).unwrap();
        assert!(b.body.len() <= MAX_BATCH_BYTES, "{}", b.body.len());
        assert_eq!(b.ids.len(), 17, "17 events of ~30 KB fill 500 KB");
    }

    #[test]
    fn retries_back_off_exponentially_with_jitter_and_honour_retry_after() {
        let mut o = Outbox::default();
        o.push(ev(1, "inserted"), 0).unwrap();
        let mut now = 0;
        let mut waits = Vec::new();
        for _ in 0..12 {
            let b = o.next_batch(now).expect("due");
            o.acknowledge(&b.ids, Outcome::from_status(503, None, "down".into()), now, 1.0);
            waits.push(o.next_try_ms - now);
            assert!(o.next_batch(now).is_none(), "not before the backoff");
            now = o.next_try_ms;
        }
        assert_eq!(waits[..4], [4_000, 8_000, 16_000, 32_000]);
        assert_eq!(*waits.last().unwrap(), BACKOFF_CAP_MS, "capped");
        let b = o.next_batch(now).unwrap();
        o.acknowledge(&b.ids, Outcome::from_status(429, Some(90_000), "slow down".into()), now, 0.0);
        assert_eq!(o.next_try_ms - now, 90_000, "Retry-After wins over a shorter jitter");
        assert_eq!(o.len(), 1, "nothing lost while retrying");
        let b = o.next_batch(o.next_try_ms).unwrap();
        o.acknowledge(&b.ids, Outcome::from_status(200, None, String::new()), o.next_try_ms, 0.0);
        assert!(o.is_empty());
        assert_eq!(o.failures, 0);
    }

    #[test]
    fn a_retry_after_past_the_end_of_time_waits_rather_than_wrapping_round() {
        let mut o = Outbox::default();
        o.push(ev(1, "inserted"), 0).unwrap();
        let now = 1_796_342_400_000;
        let b = o.next_batch(now).unwrap();
        // The worker passes Retry-After × 1000 as a float; `as i64` saturates a huge one.
        o.acknowledge(&b.ids, Outcome::from_status(503, Some(1e303_f64 as i64), "busy".into()), now, 0.5);
        assert_eq!(o.next_try_ms, i64::MAX, "waits as long as it can, not until a date before now");
        assert!(o.next_batch(now + 1).is_none());
        o.retry_now();
        assert!(o.next_batch(now + 1).is_some(), "Sync now still sends");
    }

    #[test]
    fn other_4xx_go_to_dead_letters_and_rejected_events_too() {
        let mut o = Outbox::default();
        for n in 0..3 {
            o.push(ev(n, "inserted"), 0).unwrap();
        }
        let b = o.next_batch(0).unwrap();
        o.acknowledge(&b.ids, Outcome::Stored { rejected: vec![("e1".into(), "unknown item".into())] }, 5, 0.0);
        assert!(o.is_empty());
        assert_eq!(o.dead.len(), 1);
        assert_eq!(o.dead[0].event.id, "e1");
        o.push(ev(9, "inserted"), 6).unwrap();
        let b = o.next_batch(6).unwrap();
        o.acknowledge(&b.ids, Outcome::from_status(422, None, "bad batch".into()), 7, 0.0);
        assert_eq!(o.dead.len(), 2);
        assert!(o.last_error.as_deref().unwrap().contains("422"));
        assert!(matches!(Outcome::from_status(0, None, String::new()), Outcome::Retry { .. }), "network errors retry");
        assert!(matches!(Outcome::from_status(408, None, String::new()), Outcome::Retry { .. }));
        assert!(matches!(Outcome::from_status(413, None, String::new()), Outcome::Refused { .. }));
        assert!(matches!(Outcome::from_status(401, None, String::new()), Outcome::Retry { .. }), "a wrong token keeps the events");
    }

    #[test]
    fn the_bound_drops_low_value_events_first_and_never_inserts() {
        let mut o = Outbox::default();
        for n in 0..MAX_QUEUED {
            o.push(ev(n, if n % 2 == 0 { "shown" } else { "inserted" }), 0).unwrap();
        }
        o.push(ev(MAX_QUEUED, "inserted"), 0).unwrap();
        assert_eq!(o.len(), MAX_QUEUED);
        assert_eq!(o.dropped, 1);
        assert!(!o.queue.iter().any(|e| e.id == "e0"), "the oldest `shown` made room");
        let mut full = Outbox::default();
        for n in 0..MAX_QUEUED {
            full.push(ev(n, "inserted"), 0).unwrap();
        }
        assert!(full.push(ev(MAX_QUEUED, "inserted"), 0).is_err());
        assert_eq!(full.len(), MAX_QUEUED, "queued inserts are never dropped");
    }

    #[test]
    fn state_survives_a_round_trip_and_unanswered_uploads_are_resent_with_the_same_ids() {
        let mut o = Outbox::default();
        o.push(ev(1, "inserted"), 0).unwrap();
        assert!(o.push(ev(2, "bogus"), 0).is_err());
        let first = o.next_batch(0).unwrap();
        // The worker dies mid-upload: the persisted state comes back in a new worker.
        let mut again = Outbox::from_json(&o.to_json()).unwrap();
        assert_eq!(again, o);
        assert!(again.next_batch(1_000).is_none(), "an upload may still be under way");
        let retry = again.next_batch(IN_FLIGHT_TIMEOUT_MS + 1).unwrap();
        assert_eq!(retry.ids, first.ids);
        assert_eq!(again.dead.len(), 1, "the invalid event was dead-lettered, not queued");
        o.push(ev(1, "inserted"), 0).unwrap();
        assert_eq!(o.len(), 1, "same id queued once");
        again.acknowledge(&retry.ids, Outcome::from_status(503, None, String::new()), 70_000, 1.0);
        assert!(again.next_batch(70_001).is_none());
        again.retry_now();
        assert_eq!(again.next_batch(70_001).unwrap().ids, first.ids, "sync now skips the backoff");
    }
}
