//! The library importers (JSON, CSV, Markdown) and the taxonomy file.

use crate::{text, Clock};
use handoff_core::snapshot::{self, Meta};
use handoff_core::taxonomy::Facet;
use handoff_core::{import, Engine, Library, Taxonomy};

/// What every loaded library must satisfy, and what the CLI's `import` and the extension do
/// next: unique ids, the JSON `import` writes loads back to the same items, and the index
/// built from it survives its snapshot (`toBytes`/`fromBytes`).
fn check_loaded(lib: Library, len: usize, clock: &Clock) {
    let ids: Vec<&str> = lib.items.iter().map(|i| i.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), ids.len(), "duplicate item ids loaded");
    let json = clock.time(len, "Library::to_json_pretty", || lib.to_json_pretty());
    let again = Library::from_json(&json).unwrap_or_else(|e| panic!("the imported JSON does not load: {e}"));
    assert_eq!(again.items, lib.items, "the imported JSON loads back to other items");
    assert_eq!(again.errors().count(), 0, "the imported JSON has errors: {:?}", again.problems);
    let meta = Meta { version: lib.version.clone(), problems: lib.problems.iter().map(ToString::to_string).collect() };
    let engine = clock.time(len, "Engine::new", || Engine::new(again.clone()));
    let bytes = clock.time(len, "snapshot::to_bytes", || snapshot::to_bytes(&engine, &meta));
    let (back, back_meta) = clock.time(len, "snapshot::from_bytes", || snapshot::from_bytes(&bytes)).expect("a snapshot maps back");
    assert_eq!(back_meta, meta);
    assert_eq!(back.items(), engine.items(), "the snapshot keeps the items");
}

/// `library_json`: library JSON as the extension (`new Handoff(json)`), the CLI and the sync
/// server load it.
pub fn library_json(data: &[u8], clock: &Clock) {
    let json = text(data);
    if let Ok(lib) = clock.time(data.len(), "Library::from_json", || Library::from_json(&json)) {
        check_loaded(lib, data.len(), clock);
    }
}

/// `import_csv`: a spreadsheet export, as `handoff import x.csv` and the server's CSV upload read it.
pub fn import_csv(data: &[u8], clock: &Clock) {
    let csv = text(data);
    if let Ok(lib) = clock.time(data.len(), "import::from_csv", || import::from_csv(&csv, &Taxonomy::default())) {
        check_loaded(lib, data.len(), clock);
    }
}

/// `import_markdown`: a folder of Markdown files. NUL bytes separate the files; in each, the
/// text up to the first newline is its file name, the rest its content.
pub fn import_markdown(data: &[u8], clock: &Clock) {
    let files: Vec<(String, String)> = data
        .split(|&b| b == 0)
        .map(|file| {
            let file = text(file);
            let (name, body) = file.split_once('\n').unwrap_or((&file, ""));
            (name.to_string(), body.to_string())
        })
        .collect();
    let lib = clock.time(data.len(), "import::from_markdown", || import::from_markdown(&files, &Taxonomy::default()));
    check_loaded(lib, data.len(), clock);
}

/// `taxonomy`: an org's taxonomy file (`handoff read-page --taxonomy`, the server's
/// `PUT /v1/taxonomy`), then the lookups readers and ranking make with it; the taxonomy
/// must survive the index snapshot.
pub fn taxonomy(data: &[u8], clock: &Clock) {
    let json = text(data);
    let Ok(tax) = clock.time(data.len(), "Taxonomy::from_json", || Taxonomy::from_json(&json)) else { return };
    let engine = Engine::with_taxonomy(Vec::new(), tax.clone());
    let bytes = clock.time(data.len(), "snapshot::to_bytes", || snapshot::to_bytes(&engine, &Meta::default()));
    let (back, _) = clock.time(data.len(), "snapshot::from_bytes", || snapshot::from_bytes(&bytes)).expect("a snapshot maps back");
    let back = back.taxonomy();
    // Lookups are single product calls, each far below the limit: not timed as a whole.
    for (facet, terms) in [(Facet::Vertical, tax.verticals()), (Facet::Stage, tax.stages())] {
        let ids: std::collections::HashSet<&str> = terms.iter().map(|t| t.id.as_str()).collect();
        for (n, term) in terms.iter().enumerate() {
            for raw in std::iter::once(&term.id).chain(std::iter::once(&term.label)).chain(&term.synonyms) {
                let id = tax.map(facet, raw);
                if let Some(id) = id {
                    assert!(ids.contains(id), "{raw:?} maps to {id:?}, not a term");
                }
                assert_eq!(back.map(facet, raw), id, "the snapshot maps {raw:?} otherwise");
            }
            if n < 256 {
                assert_eq!(back.label(facet, &term.id), tax.label(facet, &term.id));
                // a scan: a few suffice
            }
        }
    }
    for t in tax.stages().iter().take(64) {
        for u in tax.stages().iter().take(8) {
            assert_eq!(tax.neighbours(&t.id, &u.id), tax.neighbours(&u.id, &t.id), "neighbours is not symmetric for {:?}, {:?}", t.id, u.id);
        }
    }
}
