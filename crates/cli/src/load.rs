//! Reading the CLI's input files, each failure naming the file.

use crate::Fail;
use handoff_core::{import, Library, Taxonomy};
use serde::de::DeserializeOwned;
use std::path::Path;

pub fn text_file(path: &Path) -> Result<String, Fail> {
    let bytes = std::fs::read(path).map_err(|e| Fail(format!("{}: cannot read: {e}", path.display())))?;
    String::from_utf8(bytes).map_err(|e| Fail(format!("{}: not UTF-8 text (byte {})", path.display(), e.utf8_error().valid_up_to())))
}

pub fn json_file<T: DeserializeOwned>(path: &Path) -> Result<T, Fail> {
    let text = text_file(path)?;
    serde_json::from_str(&text).map_err(|e| Fail(format!("{}: {e}", path.display())))
}

/// Loads a library from JSON, CSV or a folder of Markdown files; item problems go to stderr
/// as warnings (the good items load). Problems are also returned for `import --strict`.
pub fn library(path: &Path) -> Result<Library, Fail> {
    let taxonomy = Taxonomy::default();
    let lib = if path.is_dir() {
        let mut files = Vec::new();
        let entries = std::fs::read_dir(path).map_err(|e| Fail(format!("{}: cannot read folder: {e}", path.display())))?;
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "md")).collect();
        paths.sort();
        if paths.is_empty() {
            return Err(Fail(format!("{}: no .md files in this folder", path.display())));
        }
        for p in paths {
            files.push((p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(), text_file(&p)?));
        }
        import::from_markdown(&files, &taxonomy)
    } else {
        let text = text_file(path)?;
        let is_csv = path.extension().is_some_and(|x| x.eq_ignore_ascii_case("csv"));
        if is_csv { import::from_csv(&text, &taxonomy) } else { Library::from_json(&text).map_err(|e| e.to_string()) }
            .map_err(|e| Fail(format!("{}: {e}", path.display())))?
    };
    for p in &lib.problems {
        eprintln!("handoff: {}: {p}", path.display());
    }
    Ok(lib)
}

pub fn unix_now() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64)
}
