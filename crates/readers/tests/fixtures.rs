//! Every reader on every saved page in tests/fixtures/pages: the context a good reader
//! extracts (each `<name>.expected.json`), and the selector contract — which strategy found
//! each field and how many elements it matched (tests/fixtures/pages/contract.json), so a
//! selector that stops matching shows at once. `UPDATE_CONTRACT=1` rewrites the contract.

use handoff_readers::{read_page, Options, Reading};
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

fn pages_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/pages")
}

fn fixtures() -> Vec<(String, PathBuf, Value)> {
    let mut out = Vec::new();
    for site in std::fs::read_dir(pages_dir()).unwrap().flatten().filter(|e| e.path().is_dir()) {
        for f in std::fs::read_dir(site.path()).unwrap().flatten() {
            let p = f.path();
            let name = p.file_name().unwrap().to_string_lossy().to_string();
            if let Some(stem) = name.strip_suffix(".expected.json") {
                let html = p.with_file_name(format!("{stem}.html"));
                let expected: Value = serde_json::from_str(&std::fs::read_to_string(&p).unwrap()).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
                let key = format!("{}/{stem}", site.file_name().to_string_lossy());
                out.push((key, html, expected));
            }
        }
    }
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn read(html: &Path, expected: &Value) -> Reading {
    let url = expected["url"].as_str().expect("expected.json has a url");
    let page = std::fs::read_to_string(html).unwrap_or_else(|e| panic!("{}: {e}", html.display()));
    let rep = expected.get("rep_emails").and_then(Value::as_array).map(|a| a.iter().filter_map(Value::as_str).map(String::from).collect()).unwrap_or_default();
    read_page(url, &page, &Options { rep_emails: rep, ..Default::default() })
}

/// Every field in `want` must equal the same field in `got` (objects compared field by field).
fn compare(path: &str, want: &Value, got: &Value, errors: &mut Vec<String>) {
    match want {
        Value::Object(w) => {
            for (k, v) in w {
                compare(&format!("{path}.{k}"), v, got.get(k).unwrap_or(&Value::Null), errors);
            }
        }
        _ if want != got => errors.push(format!("{path}: want {want}, got {got}")),
        _ => {}
    }
}

#[test]
fn readers_extract_the_expected_context_from_every_fixture() {
    let all = fixtures();
    assert!(!all.is_empty());
    let mut failures = Vec::new();
    for (key, html, expected) in &all {
        let reading = read(html, expected);
        let got = serde_json::to_value(&reading.context).unwrap();
        let mut errors = Vec::new();
        compare("context", &expected["context"], &got, &mut errors);
        let text = reading.context.text.clone().unwrap_or_default();
        for phrase in expected.get("text_contains").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !text.contains(phrase) {
                errors.push(format!("text lacks {phrase:?}"));
            }
        }
        for phrase in expected.get("text_excludes").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if text.contains(phrase) {
                errors.push(format!("text holds {phrase:?} (hidden or foreign content, or a field label)"));
            }
        }
        if !errors.is_empty() {
            failures.push(format!("{key}:\n    {}\n    health: {:?}", errors.join("\n    "), reading.health));
        }
    }
    assert!(failures.is_empty(), "{} of {} fixtures read wrong:\n{}", failures.len(), all.len(), failures.join("\n"));
}

#[test]
fn selector_contract_holds() {
    let path = pages_dir().join("contract.json");
    let mut actual: BTreeMap<String, Value> = BTreeMap::new();
    for (key, html, expected) in fixtures() {
        let reading = read(&html, &expected);
        let hits: Map<String, Value> = reading.hits.iter().map(|h| (h.field.to_string(), json!(format!("{} ×{}", h.strategy, h.count)))).collect();
        actual.insert(key, Value::Object(hits));
    }
    let actual = serde_json::to_string_pretty(&actual).unwrap() + "\n";
    if std::env::var_os("UPDATE_CONTRACT").is_some() {
        std::fs::write(&path, &actual).unwrap();
        return;
    }
    let recorded = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(recorded == actual, "selector hits changed (rerun with UPDATE_CONTRACT=1 if intended):\n--- recorded\n{recorded}\n--- actual\n{actual}");
}

#[test]
fn pages_saved_by_others_read_without_panic_and_without_guessing() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/external/inboxsdk");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        panic!("{} missing: pages saved by others are vendored in the repository", dir.display());
    };
    let mut read_any = false;
    for f in entries.flatten().filter(|f| f.path().extension().is_some_and(|x| x == "html")) {
        let page = std::fs::read_to_string(f.path()).unwrap();
        let r = read_page("https://mail.google.com/mail/u/0/#inbox", &page, &Options::default());
        read_any = true;
        // An inbox list or an add-on sidebar has no single prospect: say so, do not guess.
        assert!(r.context.contact.is_none(), "{}: guessed a contact {:?}", f.path().display(), r.context.contact);
        assert!(!r.health.is_empty(), "{}: a page with no prospect reports why", f.path().display());
    }
    assert!(read_any);
}

#[test]
fn a_page_no_reader_knows_gives_an_empty_context_and_a_health_signal() {
    let r = read_page("https://acme.lightning.force.com/lightning/r/Opportunity/006/view", "<html><body><p>Loading…</p></body></html>", &Options::default());
    assert_eq!(r.context.source.as_deref(), Some("salesforce"));
    assert!(r.context.raw.get("stage").is_none());
    assert!(r.health.iter().any(|h| h == "salesforce reader: stage not found"), "{:?}", r.health);
    // Health signals carry field names only, never page text.
    let r = read_page("https://mail.google.com/mail/u/0/", "<div role=main><h2 class=hP>Secret merger plans</h2></div>", &Options::default());
    assert!(r.health.iter().all(|h| !h.contains("Secret")), "{:?}", r.health);
}

#[test]
fn a_thread_reads_the_prospects_latest_message_first_and_the_reps_words_after_it() {
    let page = std::fs::read_to_string(pages_dir().join("gmail/inline-reply.html")).unwrap();
    let r = read_page("https://mail.google.com/mail/u/0/#inbox/FMfcg", &page, &Options::default());
    let text = r.context.text.unwrap_or_default();
    let (latest, rest) = text.split_once("\n---\n").expect("messages are separated by a boundary line");
    assert!(latest.starts_with("Hi Sam,") && latest.contains("Can you send your FedRAMP authorization details"), "{latest}");
    assert!(rest.contains("Here is the recording of our demo"), "the rep's own message comes after: {rest}");
    assert!(latest.lines().count() > 3, "line breaks are kept: {latest}");
}
