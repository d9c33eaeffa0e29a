//! `select_in` tries only the elements its index names (tag, id, class, attribute name):
//! it must find exactly what trying every element finds, in the same order.

use handoff_readers::dom::Document;
use handoff_readers::select::Selector;
use std::path::Path;

fn every_element(doc: &Document, scope: usize, selector: &str) -> Vec<usize> {
    match Selector::parse(selector) {
        Some(sel) => doc.descendants(scope).filter(|&n| sel.matches(doc, n)).collect(),
        None => Vec::new(),
    }
}

fn selectors() -> Vec<String> {
    let rules: serde_json::Value = serde_json::from_str(include_str!("../src/rules.json")).expect("rules.json");
    let mut out: Vec<String> = [
        "a",
        "*",
        "div span",
        "*[id]",
        "[class~=slds-path__item]",
        "div > span, span",
        "option[selected]",
        "#mainContent",
        ".a3s, div[role=dialog] [g_editable=true]",
        "h1, h2, [email]",
    ]
    .map(String::from)
    .to_vec();
    fn strings(v: &serde_json::Value, out: &mut Vec<String>) {
        match v {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(a) => a.iter().for_each(|x| strings(x, out)),
            serde_json::Value::Object(o) => o.values().for_each(|x| strings(x, out)),
            _ => {}
        }
    }
    for site in rules["sites"].as_object().expect("sites").values() {
        for key in ["record_roots", "fields", "label_selectors", "value_selectors", "links"] {
            strings(&site[key], &mut out);
        }
    }
    out
}

#[test]
fn the_index_finds_what_a_full_scan_finds() {
    let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pages");
    let selectors = selectors();
    let mut checked = 0;
    for site in std::fs::read_dir(&pages).expect("fixtures").filter_map(|e| e.ok()).filter(|e| e.path().is_dir()) {
        for page in
            std::fs::read_dir(site.path()).expect("site").filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "html"))
        {
            let doc = Document::parse(&std::fs::read_to_string(&page).expect("page"));
            let scopes: Vec<usize> = (0..doc.len()).step_by(37).collect();
            for sel in &selectors {
                for &scope in &scopes {
                    assert_eq!(doc.select_in(scope, sel), every_element(&doc, scope, sel), "{sel:?} below node {scope} of {}", page.display());
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
}

#[test]
fn repeated_classes_and_attributes_find_an_element_once() {
    let doc = Document::parse(r#"<div class="a a b" x=1 x=2 class="c"><p id=q id=r class=a>t</p></div>"#);
    assert_eq!(doc.select(".a").len(), 2);
    assert_eq!(doc.select("[x]").len(), 1);
    assert!(doc.select(".c").is_empty(), "only the first class attribute counts");
    assert_eq!(doc.select("#q").len(), 1);
    assert!(doc.select("#r").is_empty(), "only the first id counts");
}

/// A reader runs every rule selector over the page: none may need every element tried
/// (a 103 KB page fuzzing made took over 50 ms when each was, fuzz/regressions/readers/).
#[test]
fn every_rule_selector_is_answered_from_the_index() {
    for sel in selectors().iter().filter(|s| *s != "*") {
        let parsed = Selector::parse(sel).unwrap_or_else(|| panic!("{sel:?} parses"));
        assert!(parsed.keys().is_some(), "{sel:?} would try every element");
    }
}
