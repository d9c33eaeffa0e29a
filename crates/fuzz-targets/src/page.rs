//! The page readers on arbitrary HTML, and a page context as the ranking receives it.

use crate::{split_nul, text, Clock};
use handoff_core::context::resolve;
use handoff_core::events::{Event, Privacy};
use handoff_core::template::{fill, Extra};
use handoff_core::{Engine, Library, PageContext, Request};
use handoff_readers::{read_page, source_for_url, Options};
use std::sync::OnceLock;

/// Pages of every reader: the first input byte picks one (modulo the count).
pub const URLS: &[&str] = &[
    "https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRmbRgNkTvwvZmbL",
    "https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNjE",
    "https://outlook.live.com/mail/0/deeplink/compose",
    "https://acme.lightning.force.com/lightning/r/Opportunity/0065e00000ABCDE/view",
    "https://acme.my.salesforce.com/lightning/r/Account/0015e00000XYZ/view",
    "https://app.hubspot.com/contacts/123456/record/0-3/987654",
    "https://app-eu1.hubspot.com/contacts/123456/company/42",
    "https://acme.crm.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=opportunity&id=7",
    "https://acme.pipedrive.com/deal/42",
    "https://www.example-hospital.org/about",
    "https://vendor.example.com/pricing?plan=team#faq",
    "file:///home/rep/saved-page.html",
];

fn options() -> &'static Options {
    static OPTIONS: OnceLock<Options> = OnceLock::new();
    OPTIONS.get_or_init(|| Options { rep_emails: vec!["rep@handoff.example".into()], ..Options::default() })
}

/// `readers`: byte 0 picks the URL (low bits) and whether reader rules from a sync come
/// first (bit 7: the rules JSON, a NUL, then the page); the rest is the page's HTML. Calls
/// what the extension's `readPage` does: `read_page`, then the reading as JSON.
pub fn readers(data: &[u8], clock: &Clock) {
    let Some((&pick, rest)) = data.split_first() else { return };
    let url = URLS[usize::from(pick & 0x7f) % URLS.len()];
    let synced;
    let (opts, html) = if pick & 0x80 != 0 {
        let (rules, html) = split_nul(rest);
        let rules = text(rules);
        let base = options();
        let newer = clock.time(data.len(), "Rules::newer", || base.rules.clone().newer(&rules));
        synced = Options { rules: newer, ..base.clone() };
        (&synced, html)
    } else {
        (options(), rest)
    };
    let html = text(html);
    let (reading, json) = clock.time(data.len(), "read_page", || {
        let reading = read_page(url, &html, opts);
        let json = serde_json::to_string(&reading).expect("a reading serializes");
        (reading, json)
    });
    let source = source_for_url(url);
    assert_eq!(reading.reader, source, "the reader is the one for the URL");
    assert_eq!(reading.context.source.as_deref(), Some(source));
    assert_eq!(reading.context.url.as_deref(), Some(url));
    if let Some(stage) = &reading.context.stage {
        assert!(opts.taxonomy.is_stage(stage), "stage {stage:?} is not a canonical id");
    }
    let back: serde_json::Value = serde_json::from_str(&json).expect("the reading's JSON parses");
    let ctx: PageContext = serde_json::from_value(back["context"].clone()).expect("the context read back is a page context");
    assert_eq!(ctx, reading.context, "the page context survives its JSON");
}

/// A small fixed library (the demo's), indexed once.
fn engine() -> &'static Engine {
    static ENGINE: OnceLock<Engine> = OnceLock::new();
    ENGINE.get_or_init(|| Engine::new(Library::from_json(include_str!("../../../demo/library.json")).expect("the demo library loads")))
}

/// 2026-12-04T00:00:00Z: suggestions depend on expiry dates, so the clock is fixed.
const NOW: i64 = 1_796_342_400;

/// `page_context`: the page context JSON (what `handoff suggest --context` reads and the
/// wasm `suggest` deserializes), optionally a NUL and a typed query. Resolves it, ranks the
/// demo library for it, fills each suggestion's body and makes the usage event, as `suggest`
/// and `event` do.
pub fn page_context(data: &[u8], clock: &Clock) {
    let (json, query) = split_nul(data);
    let (json, query) = (text(json), text(query));
    let query = (!query.is_empty()).then_some(query.as_ref());
    let Ok(ctx) = clock.time(data.len(), "PageContext::from_json", || PageContext::from_json(&json)) else { return };
    let engine = engine();
    let res = clock.time(data.len(), "resolve", || resolve(&ctx, engine.taxonomy()));
    if let Some(v) = &res.vertical {
        assert!(engine.taxonomy().is_vertical(&v.id), "vertical {:?} is not a canonical id", v.id);
    }
    if let Some(s) = &res.stage {
        assert!(engine.taxonomy().is_stage(&s.id), "stage {:?} is not a canonical id", s.id);
    }
    let rep = Some("Dana Rep");
    let top = 5;
    let cards = clock.time(data.len(), "suggest and fill", || {
        let found = engine.suggest(&Request { context: &ctx, query, top, now: NOW, rep });
        let filled: Vec<_> = found.iter().map(|s| fill(&engine.items()[s.index].body, &ctx, &Extra { rep_name: rep })).collect();
        (found, filled)
    });
    let (found, filled) = cards;
    assert!(found.len() <= top, "{} suggestions for top {top}", found.len());
    for (n, s) in found.iter().enumerate() {
        assert!(s.score.is_finite(), "score {} of {}", s.score, s.id);
        assert_eq!(engine.items()[s.index].id, s.id, "a suggestion's index names its item");
        assert!(found[..n].iter().all(|o| o.id != s.id), "{} suggested twice", s.id);
        assert!(n == 0 || found[n - 1].score >= s.score, "suggestions not best first");
    }
    for f in &filled {
        assert!(f.missing.iter().enumerate().all(|(i, m)| !f.missing[..i].contains(m)), "a missing variable named twice");
    }
    let event = clock.time(data.len(), "Event::for_context", || {
        Event::for_context("e1".into(), "2026-12-04T10:00:00.000Z".into(), "searched", &ctx, engine.taxonomy(), Privacy::Company)
    });
    let json = serde_json::to_string(&event).expect("an event serializes");
    assert_eq!(serde_json::from_str::<Event>(&json).expect("an event's JSON reads back"), event);
}
