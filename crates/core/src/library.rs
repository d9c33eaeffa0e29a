//! The content library (CONTRACTS.md §2): items as marketing publishes them, loaded with
//! validation that names every problem and keeps every good item.

use crate::bytes::{DecodeError, Decoded, Reader, Writer};
use crate::fields::{once, read_map, required};
use crate::taxonomy::{normalize_key, Facet, Taxonomy, TaxonomyFile};
use crate::time::{parse_rfc3339, Timestamp};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt;

pub const KINDS: &[&str] = &["snippet", "email-template", "case-study", "one-pager", "deck", "battlecard", "video", "link"];

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Status {
    Approved,
    Draft,
    Retired,
}

/// One content item. Unknown fields are kept in `extra` and written back unchanged.
/// `Deserialize` is written by hand below (the derived one would buffer through `flatten`).
#[derive(Debug, Clone, Serialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Item {
    pub id: String,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub kind: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub body: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub url: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verticals: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stages: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    pub status: Status,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl<'de> Deserialize<'de> for Item {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Item, D::Error> {
        d.deserialize_map(ItemVisitor)
    }
}

struct ItemVisitor;

impl<'de> serde::de::Visitor<'de> for ItemVisitor {
    type Value = Item;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("struct Item")
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Item, A::Error> {
        const FIELDS: &[&str] = &["id", "title", "kind", "summary", "body", "url", "verticals", "stages", "tags", "status", "expires", "updated"];
        let (mut id, mut title, mut kind, mut summary, mut body, mut url) = (None, None, None, None, None, None);
        let (mut verticals, mut stages, mut tags, mut status, mut expires, mut updated) = (None, None, None, None, None, None);
        let extra = read_map(map, FIELDS, |i, name, map| match i {
            0 => once(map, &mut id, name),
            1 => once(map, &mut title, name),
            2 => once(map, &mut kind, name),
            3 => once(map, &mut summary, name),
            4 => once(map, &mut body, name),
            5 => once(map, &mut url, name),
            6 => once(map, &mut verticals, name),
            7 => once(map, &mut stages, name),
            8 => once(map, &mut tags, name),
            9 => once(map, &mut status, name),
            10 => once(map, &mut expires, name),
            _ => once(map, &mut updated, name),
        })?;
        Ok(Item {
            id: required(id, "id")?,
            title: required(title, "title")?,
            kind: kind.unwrap_or_default(),
            summary: summary.unwrap_or_default(),
            body: body.unwrap_or_default(),
            url: url.unwrap_or_default(),
            verticals: verticals.unwrap_or_default(),
            stages: stages.unwrap_or_default(),
            tags: tags.unwrap_or_default(),
            status: required(status, "status")?,
            expires: expires.flatten(),
            updated: updated.flatten(),
            extra,
        })
    }
}

impl Item {
    /// An item with only these fields.
    pub fn new(id: &str, title: &str, status: Status) -> Item {
        Item {
            id: id.into(),
            title: title.into(),
            kind: String::new(),
            summary: String::new(),
            body: String::new(),
            url: String::new(),
            verticals: Vec::new(),
            stages: Vec::new(),
            tags: Vec::new(),
            status,
            expires: None,
            updated: None,
            extra: Map::new(),
        }
    }

    /// Seconds since the epoch after which the item may no longer be suggested.
    /// A bare date expires at the end of that day.
    pub fn expires_at(&self) -> Option<Timestamp> {
        let raw = self.expires.as_deref()?;
        let t = parse_rfc3339(raw)?;
        Some(if raw.trim().len() == 10 { t + 86_400 } else { t })
    }

    pub fn updated_at(&self) -> Option<Timestamp> {
        self.updated.as_deref().and_then(parse_rfc3339)
    }

    /// The item in the snapshot's binary form; fields nobody ranks on (`extra`) as JSON.
    pub(crate) fn write_to(&self, w: &mut Writer) {
        for s in [&self.id, &self.title, &self.kind, &self.summary, &self.body, &self.url] {
            w.str(s);
        }
        for list in [&self.verticals, &self.stages, &self.tags] {
            w.strs(list);
        }
        w.u8(self.status as u8);
        w.opt_str(self.expires.as_deref());
        w.opt_str(self.updated.as_deref());
        w.str(&if self.extra.is_empty() { String::new() } else { Value::Object(self.extra.clone()).to_string() });
    }

    pub(crate) fn read_from(r: &mut Reader) -> Decoded<Item> {
        let (id, title, kind, summary, body, url) = (r.string()?, r.string()?, r.string()?, r.string()?, r.string()?, r.string()?);
        let (verticals, stages, tags) = (r.strings()?, r.strings()?, r.strings()?);
        let status = Item::status_from(r.u8()?, &id)?;
        let (expires, updated) = (r.opt_string()?, r.opt_string()?);
        let extra = match r.str()? {
            "" => Map::new(),
            json => serde_json::from_str(json).map_err(|e| DecodeError(format!("item {id}: extra fields: {e}")))?,
        };
        Ok(Item { id, title, kind, summary, body, url, verticals, stages, tags, status, expires, updated, extra })
    }

    pub(crate) fn status_from(byte: u8, id: &str) -> Decoded<Status> {
        match byte {
            0 => Ok(Status::Approved),
            1 => Ok(Status::Draft),
            2 => Ok(Status::Retired),
            s => Err(DecodeError(format!("item {id}: bad status {s}"))),
        }
    }

    /// The one rule that must never break: only approved, unexpired items reach a customer.
    pub fn is_live(&self, now: Timestamp) -> bool {
        self.status == Status::Approved && self.expires_at().is_none_or(|e| now < e)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Severity {
    /// The item was not loaded.
    Error,
    /// The item was loaded; something about it was fixed up or is suspicious.
    Warning,
}

/// One validation finding, precise enough to fix the source: which item (id, or position
/// when it has none), which field, what is wrong.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Problem {
    pub severity: Severity,
    /// The item's id, or `#N` (1-based position) when the id itself is missing.
    pub item: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    pub message: String,
    /// Line in the source file, when the importer knows it (CSV row, Markdown file line).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sev = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{sev}: item {}", self.item)?;
        if let Some(line) = self.line {
            write!(f, " (line {line})")?;
        }
        if let Some(field) = &self.field {
            write!(f, ", field `{field}`")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// A parsed library: the items that loaded and the problems of those that did not.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Library {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    pub items: Vec<Item>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub taxonomy: Option<TaxonomyFile>,
    #[serde(skip)]
    pub problems: Vec<Problem>,
}

/// The file is not a library at all (as opposed to a library with some bad items).
#[derive(Debug, Clone, PartialEq)]
pub struct LibraryError(pub String);

impl fmt::Display for LibraryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for LibraryError {}

impl Library {
    /// Parses library JSON. Broken JSON or a missing `items` array is an error; a bad item
    /// is reported in `problems` and left out, and every other item still loads.
    pub fn from_json(json: &str) -> Result<Library, LibraryError> {
        // Fast path: a well-formed library deserializes straight into items. Only when that
        // fails is the file read again as values, item by item, to name every problem.
        if let Ok(fast) = serde_json::from_str::<LibraryFile>(json) {
            let taxonomy = fast.taxonomy.as_ref().map(Taxonomy::with_file).unwrap_or_default();
            let mut lib = Library { version: fast.version.and_then(version_string), taxonomy: fast.taxonomy, ..Library::default() };
            let mut seen = std::collections::HashSet::new();
            for item in fast.items {
                let mut problems = Vec::new();
                if let Some(item) = check_item(item, None, &taxonomy, &mut problems) {
                    if seen.insert(item.id.clone()) {
                        lib.items.push(item);
                    } else {
                        problems.push(Problem {
                            severity: Severity::Error,
                            item: item.id.clone(),
                            field: Some("id".into()),
                            message: "duplicate id: an earlier item already has it; this one was not loaded".into(),
                            line: None,
                        });
                    }
                }
                lib.problems.extend(problems);
            }
            return Ok(lib);
        }
        let root: Value = serde_json::from_str(json)
            .map_err(|e| LibraryError(format!("invalid JSON at line {}, column {}: {}", e.line(), e.column(), strip_position(&e))))?;
        let Value::Object(mut root) = root else {
            return Err(LibraryError("a library must be a JSON object with an \"items\" array".into()));
        };
        let items = match root.remove("items") {
            Some(Value::Array(items)) => items,
            Some(_) => return Err(LibraryError("\"items\" must be an array".into())),
            None => return Err(LibraryError("no \"items\" array: not a library file".into())),
        };
        let mut lib = Library { version: root.get("version").cloned().and_then(version_string), ..Library::default() };
        if let Some(tax) = root.remove("taxonomy") {
            match serde_json::from_str::<TaxonomyFile>(&tax.to_string()) {
                Ok(t) => lib.taxonomy = Some(t),
                Err(e) => lib.problems.push(Problem {
                    severity: Severity::Warning,
                    item: "(library)".into(),
                    field: Some("taxonomy".into()),
                    message: format!("ignored, not a taxonomy: {}", strip_position(&e)),
                    line: None,
                }),
            }
        }
        let taxonomy = lib.taxonomy.as_ref().map(Taxonomy::with_file).unwrap_or_default();
        lib.add_raw_items(items.into_iter().map(|v| (v, None)).collect(), &taxonomy);
        Ok(lib)
    }

    /// Validates raw item objects (from JSON, CSV or Markdown) and adds the good ones.
    /// `line` is where the item starts in its source, when known.
    pub fn add_raw_items(&mut self, raw: Vec<(Value, Option<usize>)>, taxonomy: &Taxonomy) {
        let mut seen: HashSet<String> = self.items.iter().map(|i| i.id.clone()).collect();
        let offset = self.items.len() + self.problems.len();
        for (n, (value, line)) in raw.into_iter().enumerate() {
            let mut problems = Vec::new();
            let item = validate_item(value, offset + n + 1, line, taxonomy, &mut problems);
            if let Some(item) = item {
                if !seen.insert(item.id.clone()) {
                    problems.push(Problem {
                        severity: Severity::Error,
                        item: item.id.clone(),
                        field: Some("id".into()),
                        message: "duplicate id: an earlier item already has it; this one was not loaded".into(),
                        line,
                    });
                } else {
                    self.items.push(item);
                }
            }
            self.problems.extend(problems);
        }
    }

    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == Severity::Error)
    }

    pub fn to_json_pretty(&self) -> String {
        serde_json::to_string_pretty(self).expect("a Library always serializes")
    }
}

/// A library document (CONTRACTS.md §2) as the fast path reads it: well-formed items.
#[derive(Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct LibraryFile {
    items: Vec<Item>,
    #[serde(default)]
    version: Option<Value>,
    #[serde(default)]
    taxonomy: Option<TaxonomyFile>,
}

fn version_string(v: Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn strip_position(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.rfind(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn validate_item(value: Value, position: usize, line: Option<usize>, taxonomy: &Taxonomy, problems: &mut Vec<Problem>) -> Option<Item> {
    let Value::Object(mut obj) = value else {
        problems.push(Problem { severity: Severity::Error, item: format!("#{position}"), field: None, message: "not an object".into(), line });
        return None;
    };
    let name = match obj.get("id") {
        Some(Value::String(s)) if !s.trim().is_empty() => s.trim().to_string(),
        _ => format!("#{position}"),
    };
    let mut report = |severity, field: &str, message: String| {
        problems.push(Problem { severity, item: name.clone(), field: Some(field.to_string()), message, line });
    };
    let mut ok = true;

    if name.starts_with('#') {
        report(Severity::Error, "id", "missing or empty; every item needs a stable id".into());
        ok = false;
    }
    obj.insert("id".into(), Value::String(name.clone()));
    match obj.get("title") {
        Some(Value::String(s)) if !s.trim().is_empty() => {}
        _ => {
            report(Severity::Error, "title", "missing or empty; a rep sees the title first".into());
            ok = false;
        }
    }
    for field in ["kind", "summary", "body", "url", "expires", "updated"] {
        match obj.get(field) {
            None | Some(Value::Null) => {
                obj.remove(field);
            }
            Some(Value::String(_)) => {}
            Some(other) => {
                report(Severity::Error, field, format!("must be a string, found {}", type_name(other)));
                ok = false;
            }
        }
    }
    for field in ["verticals", "stages", "tags"] {
        match obj.get(field) {
            None | Some(Value::Null) => {
                obj.remove(field);
            }
            // A spreadsheet habit: one string for a one-element list.
            Some(Value::String(s)) => {
                let list: Vec<Value> = split_list(s).into_iter().map(Value::String).collect();
                obj.insert(field.into(), Value::Array(list));
            }
            Some(Value::Array(a)) if a.iter().all(Value::is_string) => {}
            Some(other) => {
                report(Severity::Error, field, format!("must be a list of strings, found {}", type_name(other)));
                ok = false;
            }
        }
    }
    match obj.get("status") {
        Some(Value::String(s)) => {
            let norm = s.trim().to_ascii_lowercase();
            if matches!(norm.as_str(), "approved" | "draft" | "retired") {
                obj.insert("status".into(), Value::String(norm));
            } else {
                report(Severity::Warning, "status", format!("unknown status {s:?}; treated as draft (never suggested)"));
                obj.insert("status".into(), Value::String("draft".into()));
            }
        }
        None | Some(Value::Null) => {
            report(Severity::Warning, "status", "missing; treated as draft (never suggested)".into());
            obj.insert("status".into(), Value::String("draft".into()));
        }
        Some(other) => {
            report(Severity::Error, "status", format!("must be a string, found {}", type_name(other)));
            ok = false;
        }
    }
    if !ok {
        return None;
    }
    // Every known field has its type now: the item is built from the object (no serde_json
    // Value reader in the wasm), and what is left of the object is `extra`.
    let item = Item {
        id: take_str(&mut obj, "id").unwrap_or_default(),
        title: take_str(&mut obj, "title").unwrap_or_default(),
        kind: take_str(&mut obj, "kind").unwrap_or_default(),
        summary: take_str(&mut obj, "summary").unwrap_or_default(),
        body: take_str(&mut obj, "body").unwrap_or_default(),
        url: take_str(&mut obj, "url").unwrap_or_default(),
        verticals: take_list(&mut obj, "verticals"),
        stages: take_list(&mut obj, "stages"),
        tags: take_list(&mut obj, "tags"),
        status: match take_str(&mut obj, "status").as_deref() {
            Some("approved") => Status::Approved,
            Some("retired") => Status::Retired,
            _ => Status::Draft,
        },
        expires: take_str(&mut obj, "expires"),
        updated: take_str(&mut obj, "updated"),
        extra: obj,
    };
    check_item(item, line, taxonomy, problems)
}

fn take_str(obj: &mut Map<String, Value>, field: &str) -> Option<String> {
    match obj.remove(field) {
        Some(Value::String(s)) => Some(s),
        _ => None,
    }
}

fn take_list(obj: &mut Map<String, Value>, field: &str) -> Vec<String> {
    match obj.remove(field) {
        Some(Value::Array(list)) => list.into_iter().filter_map(|v| if let Value::String(s) = v { Some(s) } else { None }).collect(),
        _ => Vec::new(),
    }
}

/// The checks on a well-typed item: what it says must be safe and meaningful.
fn check_item(mut item: Item, line: Option<usize>, taxonomy: &Taxonomy, problems: &mut Vec<Problem>) -> Option<Item> {
    item.id = item.id.trim().to_string();
    item.title = item.title.trim().to_string();
    let name = item.id.clone();
    let mut report = |severity, field: &str, message: String| {
        problems.push(Problem { severity, item: name.clone(), field: Some(field.to_string()), message, line });
    };
    if item.id.is_empty() || item.title.is_empty() {
        let field = if item.id.is_empty() { "id" } else { "title" };
        report(Severity::Error, field, "missing or empty".into());
        return None;
    }
    if !item.kind.is_empty() && !KINDS.contains(&item.kind.as_str()) {
        report(Severity::Warning, "kind", format!("unknown kind {:?}; expected one of {}", item.kind, KINDS.join(", ")));
    }
    if !item.url.is_empty() && !is_web_url(&item.url) {
        // A javascript: or data: link inserted into a customer email is an attack, not content.
        report(Severity::Error, "url", format!("{:?} is not an http(s) URL", item.url));
        return None;
    }
    if item.body.is_empty() && item.url.is_empty() {
        report(Severity::Warning, "body", "neither body nor url: nothing to insert".into());
    }
    if let Some(raw) = &item.expires {
        if item.expires_at().is_none() {
            report(Severity::Error, "expires", format!("{raw:?} is not an RFC 3339 date; an item whose expiry is unknown is not loaded"));
            return None;
        }
    }
    if let Some(raw) = &item.updated {
        if item.updated_at().is_none() {
            report(Severity::Warning, "updated", format!("{raw:?} is not an RFC 3339 date-time; ignored"));
            item.updated = None;
        }
    }
    canonicalize(&mut item.verticals, Facet::Vertical, "verticals", taxonomy, &mut report);
    canonicalize(&mut item.stages, Facet::Stage, "stages", taxonomy, &mut report);
    Some(item)
}

/// Item lists hold canonical ids; a CRM label ("Not For Profit") is mapped, an unknown value
/// is kept as written (it will match nothing) and reported.
fn canonicalize(values: &mut Vec<String>, facet: Facet, field: &str, taxonomy: &Taxonomy, report: &mut impl FnMut(Severity, &str, String)) {
    for v in values.iter_mut() {
        let trimmed = v.trim();
        match taxonomy.map(facet, trimmed) {
            Some(id) if id == trimmed => {}
            // An industry a default holds ("life-sciences" in healthcare) stays as written: the
            // engine tells it apart when the library also names the default.
            Some(id) if facet == Facet::Vertical && crate::industries::known(trimmed).is_some_and(|i| i.within == Some(id)) => *v = trimmed.to_string(),
            Some(id) => *v = id.to_string(),
            // A vertical of the library's own ("logistics") is ranked as one (`Taxonomy::adopt_verticals`).
            None if facet == Facet::Vertical => {
                let spelled = match crate::industries::known(trimmed) {
                    Some(i) => format!(
                        "{trimmed:?} or a CRM's name for it ({})",
                        i.synonyms
                            .iter()
                            .filter(|s| !s.contains('_') && normalize_key(s) != normalize_key(trimmed))
                            .take(3)
                            .map(|s| format!("{s:?}"))
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    None => format!("{trimmed:?}"),
                };
                report(Severity::Warning, field, format!("{trimmed:?} is not a known vertical: ranked as a vertical of its own, which a page meets when its industry says {spelled}; give it a label and synonyms in the library's taxonomy"));
                *v = trimmed.to_string();
            }
            None => report(Severity::Warning, field, format!("{trimmed:?} is not a known id or synonym; it will match no page")),
        }
    }
    values.retain(|v| !v.trim().is_empty());
}

/// Splits a spreadsheet list cell: `a; b`, `a | b`, or a single value.
pub fn split_list(s: &str) -> Vec<String> {
    let sep = if s.contains(';') { ';' } else { '|' };
    s.split(sep).map(str::trim).filter(|x| !x.is_empty()).map(String::from).collect()
}

pub fn is_web_url(u: &str) -> bool {
    let lower = u.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")) && lower.len() > 8 && !u.chars().any(|c| c.is_whitespace() || c.is_control())
}

fn type_name(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(json: &str) -> Library {
        Library::from_json(json).expect("library")
    }

    #[test]
    fn the_validating_path_builds_the_items_the_fast_path_does() {
        let good = r#"{"id":" a ","title":"T","kind":"deck","verticals":["government"],"tags":["x"],"status":"approved","expires":"2030-01-01","owner":{"team":"m"},"n":1.5}"#;
        let fast = load(&format!(r#"{{"items":[{good}]}}"#));
        let slow = load(&format!(r#"{{"items":[{good},{{"id":"b","title":5}}]}}"#));
        assert_eq!((fast.items.len(), slow.errors().count()), (1, 1));
        assert_eq!(slow.items, fast.items);
    }

    /// A taxonomy on the validating path is read back from its JSON text (serde_json's Value
    /// reader would be one more copy of its serde code in the wasm); the messages are the same.
    #[test]
    fn a_taxonomy_read_from_its_text_fails_with_the_value_readers_messages() {
        let same = |v: Value| {
            let from_value = serde_json::from_value::<TaxonomyFile>(v.clone()).unwrap_err().to_string();
            assert_eq!(strip_position(&serde_json::from_str::<TaxonomyFile>(&v.to_string()).unwrap_err()), from_value);
        };
        same(serde_json::json!({"verticals": "government"}));
        same(serde_json::json!({"verticals": [{"id": 5}]}));
        same(serde_json::json!({"verticals": [{"label": "x"}]}));
        same(serde_json::json!({"replace_stages": "yes"}));
        same(serde_json::json!(["a"]));
    }

    #[test]
    fn loads_items_and_keeps_unknown_fields() {
        let lib = load(r#"{"version":"7","items":[{"id":"a","title":"A","status":"approved","owner":"mk@x","verticals":["government"],"body":"Hi"}]}"#);
        assert_eq!(lib.version.as_deref(), Some("7"));
        assert_eq!(lib.items.len(), 1);
        assert_eq!(lib.items[0].extra.get("owner"), Some(&Value::String("mk@x".into())));
        assert!(lib.problems.is_empty(), "{:?}", lib.problems);
        let out = lib.to_json_pretty();
        assert!(out.contains("\"owner\""), "unknown fields survive a round trip");
    }

    #[test]
    fn broken_files_are_errors_not_panics() {
        assert!(Library::from_json("{").unwrap_err().0.contains("line 1"));
        assert!(Library::from_json("[]").is_err());
        assert!(Library::from_json(r#"{"items":{}}"#).is_err());
        assert!(Library::from_json(r#"{"title":"x"}"#).unwrap_err().0.contains("items"));
    }

    #[test]
    fn bad_items_are_reported_with_id_and_field_and_the_rest_loads() {
        let lib = load(
            r#"{"items":[
            {"id":"ok","title":"Fine","status":"approved","body":"hi"},
            {"title":"No id","status":"approved"},
            {"id":"no-title","status":"approved"},
            {"id":"bad-tags","title":"T","status":"approved","tags":[1,2]},
            {"id":"bad-url","title":"T","status":"approved","url":"javascript:alert(1)"},
            {"id":"bad-exp","title":"T","status":"approved","expires":"next tuesday"},
            {"id":"ok","title":"Dup","status":"approved"},
            {"id":"odd","title":"T","status":"Approved","verticals":["Not For Profit","Martian"],"kind":"podcast","url":"https://x.example/a"},
            42
        ]}"#,
        );
        let ids: Vec<_> = lib.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["ok", "odd"]);
        let has =
            |item: &str, field: &str, sev: Severity| lib.problems.iter().any(|p| p.item == item && p.field.as_deref() == Some(field) && p.severity == sev);
        assert!(has("#2", "id", Severity::Error));
        assert!(has("no-title", "title", Severity::Error));
        assert!(has("bad-tags", "tags", Severity::Error));
        assert!(has("bad-url", "url", Severity::Error));
        assert!(has("bad-exp", "expires", Severity::Error));
        assert!(has("ok", "id", Severity::Error), "duplicate id");
        assert!(has("odd", "verticals", Severity::Warning), "unknown vertical reported");
        assert!(has("odd", "kind", Severity::Warning));
        assert!(lib.problems.iter().any(|p| p.item == "#9" && p.message == "not an object"));
        let odd = lib.items.iter().find(|i| i.id == "odd").unwrap();
        assert_eq!(odd.status, Status::Approved, "status is case-insensitive");
        assert_eq!(odd.verticals, ["nonprofit", "Martian"], "CRM labels map to ids; unknowns kept");
    }

    #[test]
    fn missing_status_is_never_approved() {
        let lib = load(r#"{"items":[{"id":"a","title":"A","body":"x"}]}"#);
        assert_eq!(lib.items[0].status, Status::Draft);
        assert!(lib.problems.iter().any(|p| p.field.as_deref() == Some("status")));
    }

    #[test]
    fn liveness_respects_status_and_expiry() {
        let lib = load(
            r#"{"items":[
            {"id":"a","title":"A","status":"approved","expires":"2026-01-31"},
            {"id":"b","title":"B","status":"approved","expires":"2026-01-31T12:00:00Z"},
            {"id":"c","title":"C","status":"draft"},
            {"id":"d","title":"D","status":"retired"}]}"#,
        );
        let jan31_noon = parse_rfc3339("2026-01-31T12:00:00Z").unwrap();
        assert!(lib.items[0].is_live(jan31_noon), "a bare date lasts the whole day");
        assert!(!lib.items[1].is_live(jan31_noon));
        assert!(lib.items[1].is_live(jan31_noon - 1));
        assert!(!lib.items[2].is_live(0));
        assert!(!lib.items[3].is_live(0));
    }

    #[test]
    fn list_cells_split_like_a_spreadsheet() {
        assert_eq!(split_list("a; b ;c"), ["a", "b", "c"]);
        assert_eq!(split_list("a|b"), ["a", "b"]);
        assert_eq!(split_list(" one "), ["one"]);
        assert!(split_list(" ; ").is_empty());
    }
}
