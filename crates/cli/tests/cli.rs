//! The `handoff` binary as users and scripts meet it (CONTRACTS.md §4).

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn handoff(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_handoff")).args(args).current_dir(root()).output().expect("run handoff")
}

fn tmp(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("handoff-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn suggest_prints_the_contract_json_best_first() {
    let o = handoff(&["suggest", "--library", "demo/library.json", "--context", "demo/contexts/gov-proposal.json", "--json", "--top", "3"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let s = v["suggestions"].as_array().unwrap();
    assert!(!s.is_empty() && s.len() <= 3);
    for x in s {
        assert!(x["id"].is_string() && x["score"].is_number() && x["reasons"].is_array(), "{x}");
        assert_eq!(x.as_object().unwrap().len(), 3, "exactly id, score, reasons: {x}");
    }
    let scores: Vec<f64> = s.iter().map(|x| x["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]));
    let ids: Vec<&str> = s.iter().map(|x| x["id"].as_str().unwrap()).collect();
    assert!(ids.iter().all(|id| !id.contains("draft") && !id.contains("expired") && !id.contains("retired")), "{ids:?}");
}

#[test]
fn suggest_defaults_to_five_and_gives_an_empty_list_when_nothing_fits() {
    let o = handoff(&["suggest", "--library", "demo/library.json", "--context", "demo/contexts/gov-proposal.json", "--json"]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["suggestions"].as_array().unwrap().len(), 5);
    let ctx = tmp("nothing.json", r#"{"text": "lunch friday? croissants at the bakery", "source": "generic"}"#);
    let o = handoff(&["suggest", "--library", "demo/library.json", "--context", ctx.to_str().unwrap(), "--json"]);
    assert!(o.status.success());
    assert_eq!(String::from_utf8_lossy(&o.stdout).trim(), r#"{"suggestions":[]}"#);
}

#[test]
fn bad_input_is_one_line_on_stderr_and_exit_2() {
    let broken = tmp("broken.json", "{\"items\": [");
    let not_lib = tmp("notlib.json", "{\"title\": 1}");
    let bad_ctx = tmp("badctx.json", "{\"contact\": 5}");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["suggest", "--library", "missing.json", "--context", "demo/contexts/gov-proposal.json"], "missing.json"),
        (vec!["suggest", "--library", broken.to_str().unwrap(), "--context", "demo/contexts/gov-proposal.json"], "broken.json"),
        (vec!["suggest", "--library", not_lib.to_str().unwrap(), "--context", "demo/contexts/gov-proposal.json"], "notlib.json"),
        (vec!["suggest", "--library", "demo/library.json", "--context", bad_ctx.to_str().unwrap()], "badctx.json"),
        (vec!["read-page", "--url", "https://mail.google.com/", "--html", "nope.html"], "nope.html"),
        (vec!["import", "missing-folder/"], "missing-folder"),
    ];
    for (args, file) in cases {
        let o = handoff(&args);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
        assert!(err.contains(file), "names the file: {err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn import_converts_csv_and_markdown_and_reports_bad_rows() {
    let csv = tmp("lib.csv", "id,title,status,verticals,body\na,Alpha,approved,government;education,Hi\n,NoId,approved,,x\n");
    let o = handoff(&["import", csv.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["items"][0]["verticals"], serde_json::json!(["government", "education"]));
    let err = stderr(&o);
    assert!(err.contains("line 3") && err.contains("`id`"), "{err}");
    let o = handoff(&["import", csv.to_str().unwrap(), "--strict"]);
    assert_eq!(o.status.code(), Some(2));

    let dir = std::env::temp_dir().join(format!("handoff-md-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("reply.md"), "---\ntitle: Reply\nstatus: approved\n---\nHi {{company}}\n").unwrap();
    let o = handoff(&["import", dir.to_str().unwrap()]);
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["items"][0]["id"], "reply");
    assert_eq!(v["items"][0]["body"], "Hi {{company}}");
}

#[test]
fn read_page_prints_the_context_of_a_saved_gmail_compose() {
    let o = handoff(&["read-page", "--url", "https://mail.google.com/mail/u/0/#inbox/x", "--html", "tests/fixtures/pages/gmail/compose-popup.html"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["source"], "gmail");
    assert_eq!(v["contact"]["email"], "dana.lee@acmecounty.gov");
    assert_eq!(v["vertical"], "government");
}

#[test]
fn suggest_reads_contexts_whose_fields_are_null_missing_or_unknown() {
    // docs/contracts.md §3: every field may be null or missing; unknown fields and sources are
    // accepted. Such documents come from other people's readers and must rank, exit 0.
    let docs = [
        r#"{"source":"gmail","raw":null,"contact":null,"vertical":null,"stage":null,"subject":"Re: FedRAMP","text":"Can you send your FedRAMP package?"}"#,
        r#"{"source":null,"url":null,"company":null,"domain":null,"contact":{"name":null,"first_name":null,"email":null},"vertical":null,"stage":null,"raw":{"stage":null,"industry":null},"subject":null,"text":null}"#,
        r#"{"source":"myspace","raw":{"stage":"Proposal/Price Quote","industry":"Government","owner_id":7},"crm":{"id":[1,2]}}"#,
        r#"{}"#,
    ];
    for (n, doc) in docs.iter().enumerate() {
        let ctx = tmp(&format!("nullish-{n}.json"), doc);
        let o = handoff(&["suggest", "--library", "demo/library.json", "--context", ctx.to_str().unwrap(), "--json"]);
        assert!(o.status.success(), "{doc}: {}", stderr(&o));
        let v: Value = serde_json::from_slice(&o.stdout).unwrap();
        assert!(v["suggestions"].is_array(), "{doc}");
    }
}
