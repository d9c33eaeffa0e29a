//! The site table (extension/sites.json) into the built extension: the content scripts get it
//! as `HANDOFF_SITES` (content/site-table.js) and the manifest's content-script matches are its
//! patterns, so adding a site is a row in the table (and its reader), not three edits.

use crate::Result;
use serde_json::Value;
use std::path::Path;

/// The manifest's content-script entry holds this, once, in place of its matches.
const PLACEHOLDER: &str = "\"matches\": []";

pub fn write(root: &Path, out: &Path) -> Result {
    let path = root.join("extension/sites.json");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let patterns = patterns(&text).map_err(|e| format!("extension/sites.json: {e}"))?;
    let script = format!(
        "// Written by `cargo xtask dist` from extension/sites.json: edit that file, not this one.\n'use strict';\n\nconst HANDOFF_SITES = {};\n",
        text.trim()
    );
    std::fs::write(out.join("content/site-table.js"), script).map_err(|e| format!("content/site-table.js: {e}"))?;

    let manifest_path = out.join("manifest.json");
    let manifest = std::fs::read_to_string(&manifest_path).map_err(|e| format!("{}: {e}", manifest_path.display()))?;
    if manifest.matches(PLACEHOLDER).count() != 1 {
        return Err(format!("manifest.json must hold `{PLACEHOLDER}` once, for the site table's patterns"));
    }
    let list = serde_json::to_string(&patterns).map_err(|e| e.to_string())?;
    std::fs::write(&manifest_path, manifest.replacen(PLACEHOLDER, &format!("\"matches\": {list}"), 1)).map_err(|e| format!("{}: {e}", manifest_path.display()))
}

/// Every row's match patterns, in table order, after checking each row has an id of its own,
/// a name, a kind (`mail` or `crm`) and at least one `https://host/…` pattern.
fn patterns(text: &str) -> Result<Vec<String>> {
    let rows: Vec<Value> = serde_json::from_str(text).map_err(|e| e.to_string())?;
    let mut ids = Vec::new();
    let mut out = Vec::new();
    for row in &rows {
        let id = row["id"].as_str().filter(|id| !id.is_empty()).ok_or("a row has no id")?;
        if ids.contains(&id) {
            return Err(format!("two rows are {id:?}"));
        }
        ids.push(id);
        if row["name"].as_str().is_none_or(str::is_empty) {
            return Err(format!("{id}: no name"));
        }
        if !matches!(row["kind"].as_str(), Some("mail" | "crm")) {
            return Err(format!("{id}: kind must be \"mail\" or \"crm\""));
        }
        let matches = row["matches"].as_array().filter(|m| !m.is_empty()).ok_or_else(|| format!("{id}: no matches"))?;
        for m in matches {
            let m = m
                .as_str()
                .filter(|m| m.starts_with("https://") && m[8..].contains('/'))
                .ok_or_else(|| format!("{id}: {m} is not an https://host/path pattern"))?;
            if !out.iter().any(|o| o == m) {
                out.push(m.to_string());
            }
        }
    }
    Ok(out)
}
