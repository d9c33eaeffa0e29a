//! The formats of docs/contracts.md as others write them: every optional field of a page
//! context, a library item and an event may be null, missing or hold a value nobody here
//! expected, and every such document must still be read and ranked (never refused, never a
//! panic). Documents are generated with proptest: any subset of fields in any of those states.

use handoff_core::events::Event;
use handoff_core::{Engine, Library, PageContext, Request};
use proptest::prelude::*;
use serde_json::{json, Map, Value};

const NOW: i64 = 1_795_435_200; // 2026-11-23T12:00:00Z

/// A field that is missing (`None`), null, a value the contract expects, or one it does not.
fn field(valid: Value, unexpected: Value) -> impl Strategy<Value = Option<Value>> {
    prop_oneof![Just(None), Just(Some(Value::Null)), Just(Some(valid)), Just(Some(unexpected))]
}

fn object(fields: Vec<(&'static str, Option<Value>)>) -> Value {
    Value::Object(fields.into_iter().filter_map(|(k, v)| v.map(|v| (k.to_string(), v))).collect::<Map<_, _>>())
}

fn contact() -> impl Strategy<Value = Value> {
    (
        field(json!("Dana Lee"), json!("")),
        field(json!("Dana"), json!("🙂")),
        field(json!("dana@acmecounty.gov"), json!("not an address")),
        field(json!("+1 555"), json!({"x": 1})),
    )
        .prop_map(|(name, first, email, extra)| object(vec![("name", name), ("first_name", first), ("email", email), ("phone", extra)]))
}

fn raw() -> impl Strategy<Value = Value> {
    (field(json!("Proposal/Price Quote"), json!("Stage 7: Pondering")), field(json!("Government"), json!(42)), field(json!("x"), json!([1, 2])))
        .prop_map(|(stage, industry, extra)| object(vec![("stage", stage), ("industry", industry), ("pipeline", extra)]))
}

fn context() -> impl Strategy<Value = Value> {
    (
        (
            field(json!("gmail"), json!("myspace")),
            field(json!("https://mail.google.com/"), json!("not a url")),
            field(json!("Acme County"), json!("")),
            field(json!("acmecounty.gov"), json!("...")),
        ),
        (field(json!({}), json!({})), contact(), field(json!("government"), json!("Agriculture")), field(json!("proposal"), json!("Stage 7"))),
        (
            field(json!({}), json!({})),
            raw(),
            field(json!("Re: security review"), json!("")),
            field(json!("Can you send your FedRAMP package?\n> old"), json!("Ünïcödé ¿qué? 🙂 --- \n> > >")),
        ),
        field(json!(1), json!({"nested": [null, {"deep": true}]})),
    )
        .prop_map(|((source, url, company, domain), (c0, c, vertical, stage), (r0, r, subject, text), extra)| {
            // `contact` and `raw` are objects when present: the generated one or an empty one.
            let contact = c0.map(|v| if v.is_null() { v } else { c.clone() });
            let raw = r0.map(|v| if v.is_null() { v } else { r.clone() });
            object(vec![
                ("source", source),
                ("url", url),
                ("company", company),
                ("domain", domain),
                ("contact", contact),
                ("vertical", vertical),
                ("stage", stage),
                ("raw", raw),
                ("subject", subject),
                ("text", text),
                ("crm_record_id", extra),
            ])
        })
}

fn item() -> impl Strategy<Value = Value> {
    (
        (
            field(json!("case-study"), json!("podcast")),
            field(json!("A summary."), json!("")),
            field(json!("Hi {{contact.first_name}}, {{deal-size}}"), json!("{{")),
        ),
        (
            field(json!("https://c.example/a"), json!("javascript:alert(1)")),
            field(json!(["government"]), json!(["Agriculture"])),
            field(json!(["proposal"]), json!(["Stage 7"])),
        ),
        (
            field(json!(["fedramp"]), json!([])),
            field(json!("2027-01-01"), json!("someday")),
            field(json!("2026-10-01T00:00:00Z"), json!("yesterday")),
            field(json!("x"), json!({"owner": 1})),
        ),
    )
        .prop_map(|((kind, summary, body), (url, verticals, stages), (tags, expires, updated, extra))| {
            let mut v = object(vec![
                ("kind", kind),
                ("summary", summary),
                ("body", body),
                ("url", url),
                ("verticals", verticals),
                ("stages", stages),
                ("tags", tags),
                ("expires", expires),
                ("updated", updated),
                ("owner", extra),
            ]);
            v["id"] = json!("generated");
            v["title"] = json!("FedRAMP security package");
            v["status"] = json!("approved");
            v
        })
}

fn engine() -> Engine {
    let json = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo/library.json")).expect("demo library");
    Engine::new(Library::from_json(&json).expect("demo library parses"))
}

/// Page text built from the pieces the readers look at (numbers with dots, brackets, speaker
/// labels, list markers, capitals) mixed with any characters: multi-byte ones beside the ASCII
/// the rules slice at.
fn page_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("5.1  ".to_string()),
        Just("3.2.1 Describe ".to_string()),
        Just("東京都渋谷区2.1".to_string()),
        Just("(today we ".to_string()),
        Just(")".to_string()),
        Just("\n".to_string()),
        Just("Bot: ".to_string()),
        Just("Visitor: ".to_string()),
        Just("Could you send ".to_string()),
        Just("SECTION 5 - ".to_string()),
        Just("1) ".to_string()),
        Just("> ".to_string()),
        Just("First, ".to_string()),
        Just("¿".to_string()),
        Just("?".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn any_page_text_is_read_without_a_panic(text in page_text(), subject in page_text()) {
        let ctx = PageContext::from_json(&json!({ "text": text, "subject": subject, "domain": "acmecounty.gov" }).to_string()).unwrap();
        let e = engine();
        let found = e.suggest(&Request { context: &ctx, query: None, top: 5, now: NOW, rep: None });
        prop_assert!(found.len() <= 5);
    }

    #[test]
    fn every_contract_valid_context_is_read_and_ranked(ctx in context(), query in prop::option::of("[a-z ]{0,12}")) {
        let text = ctx.to_string();
        let parsed = PageContext::from_json(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
        let e = engine();
        let found = e.suggest(&Request { context: &parsed, query: query.as_deref(), top: 5, now: NOW, rep: None });
        prop_assert!(found.len() <= 5);
        prop_assert!(found.iter().all(|s| e.items()[s.index].is_live(NOW)));
    }

    #[test]
    fn an_item_with_any_optional_field_null_missing_or_unexpected_is_read(item in item()) {
        let lib = Library::from_json(&json!({"items": [item.clone()]}).to_string()).map_err(|e| TestCaseError::fail(e.to_string()))?;
        // Null and missing are "not given": those never cost the item. An unexpected value
        // either loads (kept, or reported as a warning) or is named in a problem.
        let unexpected = ["kind", "summary", "body", "url", "verticals", "stages", "tags", "expires", "updated"].iter().any(|f| {
            let v = &item[*f];
            !v.is_null() && [json!("podcast"), json!(""), json!("{{"), json!("javascript:alert(1)"), json!(["Agriculture"]), json!(["Stage 7"]), json!([]), json!("someday"), json!("yesterday")].contains(v)
        });
        if !unexpected {
            prop_assert_eq!(lib.items.len(), 1, "{} {:?}", item, lib.problems);
        } else {
            prop_assert!(lib.items.len() == 1 || !lib.problems.is_empty(), "{}", item);
        }
        if let Some(first) = lib.items.first() {
            prop_assert!(!first.extra.contains_key("id"));
            let e = Engine::new(lib.clone());
            let ctx = PageContext::from_json(r#"{"vertical":"government","stage":"proposal","text":"FedRAMP?"}"#).unwrap();
            let _ = e.suggest(&Request { context: &ctx, query: None, top: 5, now: NOW, rep: None });
        }
    }

    #[test]
    fn an_event_with_optional_fields_null_or_missing_parses(item in field(json!("x"), json!("y")), vertical in field(json!("government"), json!("Agriculture")), query in field(json!("fedramp"), json!(""))) {
        let ev = object(vec![("id", Some(json!("e1"))), ("at", Some(json!("2026-11-23T12:00:00Z"))), ("action", Some(json!("shown"))), ("item_id", item), ("vertical", vertical), ("query", query), ("stage", Some(Value::Null)), ("rating", Some(Value::Null)), ("proposal", Some(Value::Null)), ("unknown_field", Some(json!(1)))]);
        prop_assert!(serde_json::from_value::<Event>(ev.clone()).is_ok(), "{ev}");
    }
}

#[test]
fn null_raw_and_contact_mean_missing() {
    let ctx = PageContext::from_json(r#"{"raw": null, "contact": null, "vertical": null, "stage": null, "source": "myspace", "extra": {"a": 1}}"#).unwrap();
    assert!(ctx.raw.is_empty() && ctx.contact.is_none() && ctx.vertical.is_none());
}
