//! Property: for random libraries, contexts and queries, no draft, retired or expired item
//! is ever suggested.

use handoff_core::{Engine, Library, PageContext, Request};
use proptest::prelude::*;
use serde_json::json;

const WORDS: &[&str] = &["fedramp", "security", "review", "pricing", "hipaa", "county", "roi", "docuflow", "renewal", "grant", "discount", "records"];
const VERTICALS: &[&str] = &["government", "healthcare", "education", "nonprofit", "smb"];
const STAGES: &[&str] = &["discovery", "evaluation", "proposal", "negotiation", "customer"];
const NOW: i64 = 1_795_000_000; // 2026-11-18

fn words() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 0..6).prop_map(|w| w.join(" "))
}

fn item() -> impl Strategy<Value = serde_json::Value> {
    (
        words(),
        words(),
        prop::sample::select(vec!["approved", "draft", "retired"]),
        prop::option::of(-400i64..400),
        prop::collection::vec(prop::sample::select(VERTICALS), 0..2),
        prop::collection::vec(prop::sample::select(STAGES), 0..2),
    )
        .prop_map(|(title, body, status, expires_in_days, v, s)| {
            let mut it = json!({"title": format!("{title} x"), "body": body, "status": status, "verticals": v, "stages": s});
            if let Some(d) = expires_in_days {
                let t = NOW + d * 86_400;
                let date = handoff_date(t);
                it["expires"] = json!(date);
            }
            it
        })
}

fn handoff_date(t: i64) -> String {
    handoff_core::time::format_rfc3339_ms(t * 1000)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn never_suggests_an_item_that_is_not_live(
        items in prop::collection::vec(item(), 1..40),
        text in words(),
        query in prop::option::of(words()),
        vertical in prop::option::of(prop::sample::select(VERTICALS)),
        stage in prop::option::of(prop::sample::select(STAGES)),
        top in 1usize..20,
    ) {
        let items: Vec<_> = items.into_iter().enumerate().map(|(n, mut it)| { it["id"] = json!(format!("i{n}")); it }).collect();
        let lib = Library::from_json(&json!({"items": items}).to_string()).unwrap();
        let live: Vec<bool> = lib.items.iter().map(|i| i.is_live(NOW)).collect();
        let engine = Engine::new(lib);
        let ctx = PageContext { text: Some(text), vertical: vertical.map(String::from), stage: stage.map(String::from), ..Default::default() };
        for s in engine.suggest(&Request { context: &ctx, query: query.as_deref(), top, now: NOW, rep: None }) {
            prop_assert!(live[s.index], "suggested {} which is not live", s.id);
        }
    }
}

#[test]
fn date_helper_agrees_with_the_parser() {
    for t in [0, NOW, NOW + 400 * 86_400 + 3_723] {
        assert_eq!(handoff_core::time::parse_rfc3339(&handoff_date(t)), Some(t));
    }
}
