//! What the service worker sees of the core. The library is parsed and indexed once per
//! version and stays in wasm memory; each call passes only a page context or a query.

use handoff_core::events::{Event, Privacy};
use handoff_core::outbox::{self, Outcome};
use handoff_core::snapshot::{self, Meta};
use handoff_core::template::{fill, Extra};
use handoff_core::{Engine, Library, PageContext, Request};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen]
pub struct Handoff {
    engine: Engine,
    version: Option<String>,
    problems: Vec<String>,
    /// Reader options (rules parsed once, taxonomy of this library).
    reader: handoff_readers::Options,
}

/// A suggestion as the panel shows it: the contract's id/score/reasons plus what to display
/// and insert (the body with its variables filled, and the names of those left unfilled).
#[derive(Serialize)]
struct Card<'a> {
    id: &'a str,
    score: f32,
    reasons: &'a [String],
    /// After a search's matches: what fits the page (the panel says so).
    for_page: bool,
    title: &'a str,
    kind: &'a str,
    summary: &'a str,
    url: &'a str,
    text: String,
    missing: Vec<String>,
}

/// What the panel may say about an event beyond the page context. Anything else a content
/// script sends (a deal key, an outcome) is ignored: the page never decides those.
#[derive(serde::Deserialize)]
struct PanelFields {
    item_id: Option<String>,
    rating: Option<i8>,
    reason: Option<String>,
    query: Option<String>,
    proposal: Option<handoff_core::events::Proposal>,
}

/// What only the worker knows: the deal key of the record read on the tab, a deal's outcome.
#[derive(serde::Deserialize)]
struct WorkerFields {
    deal: Option<String>,
    outcome: Option<String>,
}

/// `None` for a JS `null` or `undefined`, else the value read as `T`.
fn optional<T: serde::de::DeserializeOwned>(v: JsValue, what: &str) -> Result<Option<T>, JsError> {
    if v.is_null() || v.is_undefined() {
        return Ok(None);
    }
    serde_wasm_bindgen::from_value(v).map(Some).map_err(|e| JsError::new(&format!("{what}: {e}")))
}

fn to_js<T: Serialize>(v: &T) -> Result<JsValue, JsError> {
    v.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

fn context_from(value: JsValue) -> Result<PageContext, JsError> {
    if value.is_null() || value.is_undefined() {
        return Ok(PageContext::default());
    }
    serde_wasm_bindgen::from_value(value).map_err(|e| JsError::new(&format!("page context: {e}")))
}

fn secs(ms: f64) -> i64 {
    (ms / 1000.0).floor() as i64
}

impl Handoff {
    fn with_engine(engine: Engine, version: Option<String>, problems: Vec<String>) -> Handoff {
        let reader = handoff_readers::Options { taxonomy: engine.taxonomy().clone(), ..Default::default() };
        Handoff { engine, version, problems, reader }
    }
}

#[wasm_bindgen]
impl Handoff {
    /// Builds the resident index from library JSON. Bad items are left out and listed in `problems()`.
    #[wasm_bindgen(constructor)]
    pub fn new(library_json: &str) -> Result<Handoff, JsError> {
        let lib = Library::from_json(library_json).map_err(|e| JsError::new(&format!("library: {e}")))?;
        let problems = lib.problems.iter().map(ToString::to_string).collect();
        let version = lib.version.clone();
        Ok(Handoff::with_engine(Engine::new(lib), version, problems))
    }

    /// The built index as bytes for the worker to persist: a later wake maps it back with
    /// `fromBytes` instead of rebuilding it from the JSON. Ratings and reader rules are not in it.
    #[wasm_bindgen(js_name = toBytes)]
    pub fn to_bytes(&self) -> Vec<u8> {
        snapshot::to_bytes(&self.engine, &Meta { version: self.version.clone(), problems: self.problems.clone() })
    }

    /// An index from `toBytes`; throws on bytes of another format, truncated or corrupt.
    #[wasm_bindgen(js_name = fromBytes)]
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Handoff, JsError> {
        // Owned: the items stay in these bytes (one copy into wasm memory, not two).
        let (engine, meta) = snapshot::from_vec(bytes).map_err(|e| JsError::new(&format!("snapshot: {e}")))?;
        Ok(Handoff::with_engine(engine, meta.version, meta.problems))
    }

    /// The display label of a vertical or stage id (`facet`: "vertical" | "stage"), from the
    /// taxonomy the library brought (an org's own vertical has its own label); unknown ids as given.
    pub fn label(&self, facet: &str, id: &str) -> String {
        let facet = if facet == "stage" { handoff_core::taxonomy::Facet::Stage } else { handoff_core::taxonomy::Facet::Vertical };
        self.engine.taxonomy().label(facet, id)
    }

    /// Why a rep may rate an item down, as `[id, label]` pairs: the panel shows these labels and
    /// events carry the ids, which the core and the server validate against the same list.
    #[wasm_bindgen(js_name = ratingReasons)]
    pub fn rating_reasons(&self) -> Result<JsValue, JsError> {
        to_js(&handoff_core::events::RATING_REASONS)
    }

    pub fn version(&self) -> Option<String> {
        self.version.clone()
    }

    #[wasm_bindgen(js_name = itemCount)]
    pub fn item_count(&self) -> usize {
        self.engine.items().len()
    }

    /// Items that may be suggested now (approved, unexpired).
    #[wasm_bindgen(js_name = liveCount)]
    pub fn live_count(&self, now_ms: f64) -> usize {
        self.engine.live_count(secs(now_ms))
    }

    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }

    /// Ratings and usage per item, from the sync server (`GET /v1/stats`).
    #[wasm_bindgen(js_name = setStats)]
    pub fn set_stats(&mut self, stats: JsValue) -> Result<(), JsError> {
        let stats = serde_wasm_bindgen::from_value(stats).map_err(|e| JsError::new(&format!("stats: {e}")))?;
        self.engine.set_stats(stats);
        Ok(())
    }

    /// Reads a page snapshot: `{context, reader, hits, health}`.
    #[wasm_bindgen(js_name = readPage)]
    pub fn read_page(&mut self, url: &str, html: &str, rep_emails: Vec<String>) -> Result<JsValue, JsError> {
        self.reader.rep_emails = rep_emails;
        to_js(&handoff_readers::read_page(url, html, &self.reader))
    }

    /// Newer reader rules from a sync (ignored unless valid and newer); returns the version in use.
    #[wasm_bindgen(js_name = setReaderRules)]
    pub fn set_reader_rules(&mut self, rules_json: &str) -> String {
        self.reader.rules = std::mem::take(&mut self.reader.rules).newer(rules_json);
        self.reader.rules.version.clone()
    }

    /// Containers a site's synced reader rules read that the content script should snapshot
    /// beside its own regions (empty while the built-in rules are in use).
    #[wasm_bindgen(js_name = syncedRoots)]
    pub fn synced_roots(&self, site: &str) -> Vec<String> {
        self.reader.rules.synced_roots(site).to_vec()
    }

    /// Ranks for a context and an optional typed query; `now_ms` is `Date.now()`.
    pub fn suggest(&self, context: JsValue, query: Option<String>, top: usize, now_ms: f64, rep_name: Option<String>) -> Result<JsValue, JsError> {
        let ctx = context_from(context)?;
        let found = self.engine.suggest(&Request { context: &ctx, query: query.as_deref(), top, now: secs(now_ms), rep: rep_name.as_deref() });
        let extra = Extra { rep_name: rep_name.as_deref() };
        let cards: Vec<Card> = found
            .iter()
            .map(|s| {
                let item = &self.engine.items()[s.index];
                let filled = fill(&item.body, &ctx, &extra);
                Card {
                    id: &s.id,
                    score: s.score,
                    reasons: &s.reasons,
                    for_page: s.for_page,
                    title: &item.title,
                    kind: &item.kind,
                    summary: &item.summary,
                    url: &item.url,
                    text: filled.text,
                    missing: filled.missing,
                }
            })
            .collect();
        to_js(&cards)
    }

    /// Whether the page's prospect asks not to be contacted: why the page has no suggestions.
    #[wasm_bindgen(js_name = optedOut)]
    pub fn opted_out(&self, context: JsValue, rep_name: Option<String>) -> Result<bool, JsError> {
        Ok(self.engine.opted_out(&context_from(context)?, rep_name.as_deref()))
    }

    /// A usage event about this page, with only what the privacy setting allows
    /// (`none`, `domain` or `company`): never page text. `panel` holds what the panel says
    /// (item_id, rating, reason, query, proposal; the rest ignored), `worker` what only the
    /// worker knows (deal, outcome).
    #[allow(clippy::too_many_arguments)] // one call per event kind, each argument a different source
    pub fn event(&self, id: String, action: &str, context: JsValue, privacy: &str, now_ms: f64, panel: JsValue, worker: JsValue) -> Result<JsValue, JsError> {
        let ctx = context_from(context)?;
        let privacy = Privacy::from_setting(privacy);
        let at = handoff_core::time::format_rfc3339_ms(now_ms as i64);
        let mut e = Event::for_context(id, at, action, &ctx, self.engine.taxonomy(), privacy);
        e.item_version = self.version.clone();
        if let Some(p) = optional::<PanelFields>(panel, "event fields")? {
            e.item_id = p.item_id;
            e.rating = p.rating;
            e.reason = p.reason;
            e.query = p.query;
            e.proposal = p.proposal;
        }
        if let Some(w) = optional::<WorkerFields>(worker, "worker fields")? {
            e.deal = w.deal;
            e.outcome = w.outcome;
        }
        to_js(&e)
    }

    /// Of the asset ids in a draft, those that may no longer be sent (retired, expired, gone).
    #[wasm_bindgen(js_name = noLongerLive)]
    pub fn no_longer_live(&self, ids: Vec<String>, now_ms: f64) -> Vec<String> {
        self.engine.no_longer_live(&ids, secs(now_ms)).into_iter().map(String::from).collect()
    }
}

/// Applies a library delta from the sync server; returns the new library JSON or throws
/// (and the caller keeps the old library).
/// The record a page's URL names, in the form that is keyed: `deal:<crm>:<id>` for a CRM deal,
/// `thread:<site>:<id>` for a mail thread, none for any other page. The worker keys it with
/// the org's secret (HMAC-SHA256 in WebCrypto, as core's `deal::key` does on the server) and
/// sends only the key.
#[wasm_bindgen(js_name = recordOf)]
pub fn record_of(url: &str) -> Option<String> {
    handoff_core::deal::record_of(url).map(|r| r.canonical())
}

#[wasm_bindgen(js_name = applyDelta)]
pub fn apply_delta(current: Option<String>, delta: &str) -> Result<String, JsError> {
    handoff_core::sync::apply_delta(current.as_deref(), delta).map_err(|e| JsError::new(&e))
}

/// The offline event queue. The worker persists `toJSON()` after every change, before
/// acknowledging anything to the UI.
#[wasm_bindgen]
pub struct Outbox(outbox::Outbox);

#[derive(Serialize)]
struct OutboxStatus<'a> {
    waiting: usize,
    dead: usize,
    dropped: u64,
    failures: u32,
    next_try_ms: i64,
    last_error: Option<&'a str>,
}

#[wasm_bindgen]
impl Outbox {
    /// Restores a persisted queue; a state that does not parse starts empty and says so.
    #[wasm_bindgen(constructor)]
    pub fn new(state: Option<String>) -> Result<Outbox, JsError> {
        match state {
            Some(s) => outbox::Outbox::from_json(&s).map(Outbox).map_err(|e| JsError::new(&e)),
            None => Ok(Outbox(outbox::Outbox::default())),
        }
    }

    pub fn push(&mut self, event: JsValue, now_ms: f64) -> Result<(), JsError> {
        let e: Event = serde_wasm_bindgen::from_value(event).map_err(|e| JsError::new(&format!("event: {e}")))?;
        self.0.push(e, now_ms as i64).map_err(|e| JsError::new(&e))
    }

    /// `{ids, body}` of the next upload, or undefined when nothing is due.
    #[wasm_bindgen(js_name = nextBatch)]
    pub fn next_batch(&mut self, now_ms: f64) -> Result<JsValue, JsError> {
        match self.0.next_batch(now_ms as i64) {
            Some(b) => to_js(&b),
            None => Ok(JsValue::UNDEFINED),
        }
    }

    /// The server's answer: HTTP status (0 for a network error), Retry-After in ms,
    /// `rejected` as [[id, reason], ...] from a 2xx body, `jitter` = Math.random().
    #[allow(clippy::too_many_arguments)] // flat arguments: the worker calls it from JavaScript
    pub fn acknowledge(
        &mut self,
        ids: Vec<String>,
        status: u16,
        retry_after_ms: Option<f64>,
        rejected: JsValue,
        error: String,
        now_ms: f64,
        jitter: f64,
    ) -> Result<(), JsError> {
        let mut outcome = Outcome::from_status(status, retry_after_ms.map(|r| r as i64), error);
        if let Outcome::Stored { rejected: r } = &mut outcome {
            if !(rejected.is_null() || rejected.is_undefined()) {
                *r = serde_wasm_bindgen::from_value(rejected).map_err(|e| JsError::new(&format!("rejected: {e}")))?;
            }
        }
        self.0.acknowledge(&ids, outcome, now_ms as i64, jitter);
        Ok(())
    }

    #[wasm_bindgen(js_name = retryNow)]
    pub fn retry_now(&mut self) {
        self.0.retry_now();
    }

    #[wasm_bindgen(js_name = toJSON)]
    pub fn to_json(&self) -> String {
        self.0.to_json()
    }

    pub fn status(&self) -> Result<JsValue, JsError> {
        let o = &self.0;
        to_js(&OutboxStatus {
            waiting: o.len(),
            dead: o.dead.len(),
            dropped: o.dropped,
            failures: o.failures,
            next_try_ms: o.next_try_ms,
            last_error: o.last_error.as_deref(),
        })
    }

    #[wasm_bindgen(js_name = deadLetters)]
    pub fn dead_letters(&self) -> Result<JsValue, JsError> {
        to_js(&self.0.dead)
    }
}

/// Fills the variables the rep typed in (`values`: name → value) with the same reading of
/// `{{ name }}` as the page-context filling; returns the text and the names still missing.
#[wasm_bindgen(js_name = fillValues)]
pub fn fill_values(text: &str, values: JsValue) -> Result<JsValue, JsError> {
    let values: std::collections::HashMap<String, String> = serde_wasm_bindgen::from_value(values).map_err(|e| JsError::new(&format!("values: {e}")))?;
    let filled = handoff_core::template::fill_values(text, &values);
    serde_wasm_bindgen::to_value(&filled).map_err(|e| JsError::new(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_come_from_the_librarys_taxonomy_so_an_orgs_own_vertical_has_one() {
        let json = r#"{"taxonomy":{"verticals":[{"id":"agriculture","label":"Agriculture","synonyms":["Farming"]}]},"items":[]}"#;
        let h = Handoff::new(json).expect("library builds");
        assert_eq!(h.label("vertical", "agriculture"), "Agriculture");
        assert_eq!(h.label("vertical", "financial-services"), "Financial services");
        assert_eq!(h.label("stage", "closed-won"), "Closed won");
        assert_eq!(h.label("stage", "stage-9"), "stage-9", "an unknown id is shown as given");
    }

    #[test]
    fn a_handoff_from_its_snapshot_keeps_version_problems_and_labels() {
        let json = r#"{"version":"9","taxonomy":{"verticals":[{"id":"agriculture","label":"Agriculture"}]},"items":[{"id":"a","title":"Crop insurance one-pager","status":"approved"},{"id":"","title":"x"}]}"#;
        let h = Handoff::new(json).expect("library builds");
        let back = Handoff::from_bytes(h.to_bytes()).expect("snapshot maps back");
        assert_eq!((back.version(), back.problems(), back.item_count()), (h.version(), h.problems(), h.item_count()));
        assert_eq!(back.label("vertical", "agriculture"), "Agriculture");
    }
}
