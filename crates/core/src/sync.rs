//! Library delta sync: applying the server's answer to `GET /v1/library?since=V` to the
//! library the extension holds. All or nothing: the result is built and checked in full
//! before the caller swaps it in, so a half-applied library is never ranked.

use crate::library::Library;
use serde::Deserialize;
use serde_json::{Map, Value};

#[derive(Debug, Deserialize)]
pub struct Delta {
    pub version: String,
    #[serde(default)]
    pub items: Vec<Value>,
    #[serde(default)]
    pub deleted: Vec<String>,
    /// True when `items` is the whole library rather than the changes since `since`.
    #[serde(default)]
    pub full: bool,
    /// The org's taxonomy, when it has one; it replaces the stored one.
    #[serde(default)]
    pub taxonomy: Option<Value>,
    /// Newer page-reader rules (selectors, label synonyms), when the server has them.
    #[serde(default)]
    pub reader_rules: Option<Value>,
}

/// Returns the new library JSON, or why the delta cannot be applied (the old library stays).
pub fn apply_delta(current: Option<&str>, delta_json: &str) -> Result<String, String> {
    let delta: Delta = serde_json::from_str(delta_json).map_err(|e| format!("library delta: {e}"))?;
    let stored: Option<Value> = current.map(serde_json::from_str).transpose().map_err(|e| format!("stored library: {e}"))?;
    let mut items: Vec<Value> = match (&stored, delta.full) {
        (Some(v), false) => v.get("items").and_then(Value::as_array).cloned().ok_or("stored library has no items")?,
        (None, false) => return Err("a partial delta needs a stored library to apply to".into()),
        (_, true) => Vec::new(),
    };
    let id_of = |v: &Value| v.get("id").and_then(Value::as_str).map(String::from);
    items.retain(|it| id_of(it).is_some_and(|id| !delta.deleted.contains(&id)));
    for new in delta.items {
        let Some(id) = id_of(&new) else { return Err("a delta item has no id".into()) };
        match items.iter_mut().find(|it| id_of(it).as_deref() == Some(id.as_str())) {
            Some(slot) => *slot = new,
            None => items.push(new),
        }
    }
    let mut root = Map::new();
    root.insert("version".into(), Value::String(delta.version));
    root.insert("items".into(), Value::Array(items));
    // What travels with the library but is not items: the newest copy wins, else the stored one.
    for (key, fresh) in [("taxonomy", delta.taxonomy), ("reader_rules", delta.reader_rules)] {
        if let Some(v) = fresh.or_else(|| stored.as_ref().and_then(|s| s.get(key).cloned())) {
            root.insert(key.into(), v);
        }
    }
    let json = Value::Object(root).to_string();
    Library::from_json(&json).map_err(|e| format!("library after the delta: {e}"))?;
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deltas_upsert_delete_and_replace() {
        let v1 =
            apply_delta(None, r#"{"version":"1","full":true,"items":[{"id":"a","title":"A","status":"approved"},{"id":"b","title":"B","status":"approved"}]}"#)
                .unwrap();
        let v2 = apply_delta(
            Some(&v1),
            r#"{"version":"2","items":[{"id":"b","title":"B2","status":"approved","x":1},{"id":"c","title":"C","status":"approved"}],"deleted":["a"]}"#,
        )
        .unwrap();
        let lib = Library::from_json(&v2).unwrap();
        assert_eq!(lib.version.as_deref(), Some("2"));
        let titles: Vec<_> = lib.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["B2", "C"]);
        assert_eq!(lib.items[0].extra["x"], 1, "unknown fields kept");
    }

    #[test]
    fn the_org_taxonomy_travels_with_the_library() {
        let v1 =
            apply_delta(None, r#"{"version":"1","full":true,"items":[],"taxonomy":{"stages":[{"id":"proposal","synonyms":["Stage 4 - Quote"]}]}}"#).unwrap();
        let v2 = apply_delta(Some(&v1), r#"{"version":"2","items":[{"id":"a","title":"A","status":"approved"}]}"#).unwrap();
        let lib = Library::from_json(&v2).unwrap();
        let tax = crate::Taxonomy::with_file(lib.taxonomy.as_ref().unwrap());
        assert_eq!(tax.map_stage("stage 4: quote"), Some("proposal"), "kept across deltas");
        let v3 = apply_delta(Some(&v2), r#"{"version":"3","items":[],"reader_rules":{"version":"2999-01-01","sites":{}}}"#).unwrap();
        let v4 = apply_delta(Some(&v3), r#"{"version":"4","items":[]}"#).unwrap();
        let root: Value = serde_json::from_str(&v4).unwrap();
        assert_eq!(root["reader_rules"]["version"], "2999-01-01");
        assert!(root["taxonomy"].is_object());
    }

    #[test]
    fn broken_deltas_leave_the_library_alone() {
        let v1 = apply_delta(None, r#"{"version":"1","full":true,"items":[{"id":"a","title":"A","status":"approved"}]}"#).unwrap();
        assert!(apply_delta(Some(&v1), "{").is_err());
        assert!(apply_delta(Some(&v1), r#"{"version":"2","items":[{"title":"no id"}]}"#).is_err());
        assert!(apply_delta(None, r#"{"version":"2","items":[]}"#).is_err());
        assert!(apply_delta(Some("garbage"), r#"{"version":"2","items":[]}"#).is_err());
    }
}
