//! Usage events as the sync server receives them: one message of `POST /v1/events` (an
//! `Event` as JSON) or of `POST /v1/batch` (a Segment `track` message), then `validate`.

use crate::{text, Clock};
use handoff_core::events::Event;
use serde_json::Value;

/// A valid event is stored and later sent again as JSON: it must come back equal and valid.
fn check_valid(e: &Event) {
    let json = serde_json::to_string(e).expect("an event serializes");
    let back: Event = serde_json::from_str(&json).unwrap_or_else(|err| panic!("a valid event's JSON does not read back: {err}"));
    assert_eq!(&back, e, "a valid event changes through its JSON");
    assert_eq!(back.validate(), Ok(()), "a valid event is invalid after its JSON");
}

/// `events`: the message as both kinds; either way, what `validate` passes must round-trip.
pub fn events(data: &[u8], clock: &Clock) {
    let raw = text(data);
    let native = clock.time(data.len(), "Event from JSON + validate", || serde_json::from_str::<Event>(&raw).map(|e| (e.validate(), e)));
    if let Ok((Ok(()), e)) = &native {
        check_valid(e);
    }
    let segment = clock.time(data.len(), "Event::from_segment + validate", || {
        serde_json::from_str::<Value>(&raw).map_err(|e| e.to_string()).and_then(|v| Event::from_segment(&v)).map(|e| (e.validate(), e))
    });
    if let Ok((Ok(()), e)) = &segment {
        check_valid(e);
    }
}
