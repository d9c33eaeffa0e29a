//! What the service worker sees of the core. The library is parsed and indexed once per
//! version and stays in wasm memory; each call passes only a page context or a query.

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
    title: &'a str,
    kind: &'a str,
    summary: &'a str,
    url: &'a str,
    text: String,
    missing: Vec<String>,
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

#[wasm_bindgen]
impl Handoff {
    /// Builds the resident index from library JSON. Bad items are left out and listed in `problems()`.
    #[wasm_bindgen(constructor)]
    pub fn new(library_json: &str) -> Result<Handoff, JsError> {
        let lib = Library::from_json(library_json).map_err(|e| JsError::new(&format!("library: {e}")))?;
        let problems = lib.problems.iter().map(ToString::to_string).collect();
        let version = lib.version.clone();
        let engine = Engine::new(lib);
        let reader = handoff_readers::Options { taxonomy: engine.taxonomy().clone(), ..Default::default() };
        Ok(Handoff { engine, version, problems, reader })
    }

    pub fn version(&self) -> Option<String> {
        self.version.clone()
    }

    #[wasm_bindgen(js_name = itemCount)]
    pub fn item_count(&self) -> usize {
        self.engine.items().len()
    }

    pub fn problems(&self) -> Vec<String> {
        self.problems.clone()
    }

    /// Ratings and usage per item, from the sync server.
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

    /// Ranks for a context and an optional typed query; `now_ms` is `Date.now()`.
    pub fn suggest(&self, context: JsValue, query: Option<String>, top: usize, now_ms: f64, rep_name: Option<String>) -> Result<JsValue, JsError> {
        let ctx = context_from(context)?;
        let found = self.engine.suggest(&Request { context: &ctx, query: query.as_deref(), top, now: secs(now_ms) });
        let extra = Extra { rep_name: rep_name.as_deref() };
        let cards: Vec<Card> = found
            .iter()
            .map(|s| {
                let item = &self.engine.items()[s.index];
                let filled = fill(&item.body, &ctx, &extra);
                Card { id: &s.id, score: s.score, reasons: &s.reasons, title: &item.title, kind: &item.kind, summary: &item.summary, url: &item.url, text: filled.text, missing: filled.missing }
            })
            .collect();
        to_js(&cards)
    }

    /// Of the asset ids in a draft, those that may no longer be sent (retired, expired, gone).
    #[wasm_bindgen(js_name = noLongerLive)]
    pub fn no_longer_live(&self, ids: Vec<String>, now_ms: f64) -> Vec<String> {
        self.engine.no_longer_live(&ids, secs(now_ms)).into_iter().map(String::from).collect()
    }
}
