//! Library sources besides JSON: a spreadsheet export (CSV) and a folder of Markdown files
//! with front matter. Both become raw item objects that `Library` validates like JSON
//! items, with the source line of every problem.

use crate::library::{split_list, Library, Problem, Severity};
use crate::taxonomy::Taxonomy;
use serde_json::{Map, Value};

const LIST_FIELDS: &[&str] = &["verticals", "stages", "tags"];

/// A CSV export: a header row naming the fields, one item a row; list cells split on `;` or `|`.
pub fn from_csv(text: &str, taxonomy: &Taxonomy) -> Result<Library, String> {
    let mut reader = csv::ReaderBuilder::new().flexible(true).trim(csv::Trim::All).from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let headers: Vec<String> = reader.headers().map_err(|e| format!("header row: {e}"))?.iter().map(|h| h.trim().to_ascii_lowercase()).collect();
    if !headers.iter().any(|h| h == "id") || !headers.iter().any(|h| h == "title") {
        return Err(format!("the header row must name at least `id` and `title` columns (found: {})", headers.join(", ")));
    }
    let mut lib = Library::default();
    let mut raw = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                let line = e.position().map(|p| p.line() as usize);
                lib.problems.push(Problem { severity: Severity::Error, item: "(row)".into(), field: None, message: format!("unreadable row: {e}"), line });
                continue;
            }
        };
        let line = record.position().map(|p| p.line() as usize);
        if record.iter().all(str::is_empty) {
            continue;
        }
        let mut obj = Map::new();
        for (h, cell) in headers.iter().zip(record.iter()) {
            if cell.is_empty() || h.is_empty() {
                continue;
            }
            let v = if LIST_FIELDS.contains(&h.as_str()) {
                Value::Array(split_list(cell).into_iter().map(Value::String).collect())
            } else {
                Value::String(cell.to_string())
            };
            obj.insert(h.clone(), v);
        }
        raw.push((Value::Object(obj), line));
    }
    lib.add_raw_items(raw, taxonomy);
    Ok(lib)
}

/// Markdown files (name, text): front matter between `---` lines holds the fields, the rest
/// is the body. The id defaults to the file name without `.md`.
pub fn from_markdown(files: &[(String, String)], taxonomy: &Taxonomy) -> Library {
    let mut lib = Library::default();
    let mut raw = Vec::new();
    for (name, text) in files {
        match front_matter(text) {
            Ok((mut obj, body)) => {
                if !obj.contains_key("id") {
                    let stem = name.rsplit('/').next().unwrap_or(name).trim_end_matches(".md").to_string();
                    obj.insert("id".into(), Value::String(stem));
                }
                if !body.trim().is_empty() && !obj.contains_key("body") {
                    obj.insert("body".into(), Value::String(body.trim().to_string()));
                }
                obj.insert("source_file".into(), Value::String(name.clone()));
                raw.push((Value::Object(obj), Some(1)));
            }
            Err((line, msg)) => lib.problems.push(Problem { severity: Severity::Error, item: name.clone(), field: None, message: msg, line: Some(line) }),
        }
    }
    lib.add_raw_items(raw, taxonomy);
    lib
}

/// The small YAML subset front matter uses: `key: value`, `key: [a, b]`, and block lists.
fn front_matter(text: &str) -> Result<(Map<String, Value>, String), (usize, String)> {
    let text = text.trim_start_matches('\u{feff}');
    let mut lines = text.lines().enumerate();
    match lines.next() {
        Some((_, l)) if l.trim() == "---" => {}
        _ => return Err((1, "no front matter: the file must start with a `---` line".into())),
    }
    let mut obj = Map::new();
    let mut list_key: Option<String> = None;
    for (n, line) in lines.by_ref() {
        let lineno = n + 1;
        if line.trim() == "---" {
            let body: Vec<&str> = text.lines().skip(lineno).collect();
            return Ok((obj, body.join("\n")));
        }
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if let Some(item) = line.trim_start().strip_prefix("- ") {
            let Some(key) = &list_key else { return Err((lineno, "a list item with no `key:` above it".into())) };
            if let Some(Value::Array(a)) = obj.get_mut(key) {
                a.push(Value::String(unquote(item)));
            }
            continue;
        }
        let Some((k, v)) = line.split_once(':') else { return Err((lineno, format!("expected `key: value`, found {:?}", line.trim()))) };
        let key = k.trim().to_ascii_lowercase();
        let v = v.trim();
        list_key = None;
        if v.is_empty() {
            obj.insert(key.clone(), Value::Array(vec![]));
            list_key = Some(key);
        } else if let Some(inner) = v.strip_prefix('[').and_then(|x| x.strip_suffix(']')) {
            obj.insert(key, Value::Array(inner.split(',').map(unquote).filter(|s| !s.is_empty()).map(Value::String).collect()));
        } else if LIST_FIELDS.contains(&key.as_str()) {
            obj.insert(key, Value::Array(split_list(&unquote(v)).into_iter().map(Value::String).collect()));
        } else {
            obj.insert(key, Value::String(unquote(v)));
        }
    }
    Err((text.lines().count(), "front matter is not closed by a `---` line".into()))
}

fn unquote(s: &str) -> String {
    let s = s.trim();
    if s.len() >= 2 && ((s.starts_with('"') && s.ends_with('"')) || (s.starts_with('\'') && s.ends_with('\''))) {
        s[1..s.len() - 1].to_string()
    } else {
        s.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::library::Status;

    #[test]
    fn csv_rows_become_items_with_list_cells_split() {
        let csv = "id,title,kind,verticals,stages,tags,status,body\n\
                   gov-1,FedRAMP one-pager,one-pager,government;education,proposal|evaluation,fedramp; security,approved,\"Hi {{contact.first_name}},\nline two\"\n\
                   ,No id,snippet,,,,approved,x\n\
                   bad-status,T,snippet,Public Sector,,,maybe,x\n";
        let lib = from_csv(csv, &Taxonomy::default()).unwrap();
        let ids: Vec<_> = lib.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(ids, ["gov-1", "bad-status"]);
        let g = &lib.items[0];
        assert_eq!(g.verticals, ["government", "education"]);
        assert_eq!(g.stages, ["proposal", "evaluation"]);
        assert_eq!(g.tags, ["fedramp", "security"]);
        assert!(g.body.contains("line two"));
        assert_eq!(lib.items[1].verticals, ["government"], "a CRM label maps to the canonical id");
        assert_eq!(lib.items[1].status, Status::Draft);
        let no_id = lib.problems.iter().find(|p| p.field.as_deref() == Some("id")).unwrap();
        assert_eq!(no_id.line, Some(4), "the row's line in the file (the quoted body spans two)");
        assert!(lib.problems.iter().any(|p| p.item == "bad-status" && p.field.as_deref() == Some("status") && p.line == Some(5)));
    }

    #[test]
    fn csv_without_id_and_title_columns_is_refused() {
        assert!(from_csv("name,url\na,b\n", &Taxonomy::default()).unwrap_err().contains("`id`"));
    }

    #[test]
    fn markdown_front_matter_and_body() {
        let files = vec![
            ("gov-reply.md".to_string(), "---\ntitle: \"Security review reply\"\nkind: snippet\nverticals: [government]\nstages:\n  - proposal\n  - negotiation\ntags: fedramp; security\nstatus: approved\n---\nHi {{contact.first_name}},\n\nHere is our package.\n".to_string()),
            ("broken.md".to_string(), "title: no fences\n".to_string()),
            ("open.md".to_string(), "---\ntitle: x\n".to_string()),
            ("bad-line.md".to_string(), "---\ntitle x\n---\n".to_string()),
        ];
        let lib = from_markdown(&files, &Taxonomy::default());
        assert_eq!(lib.items.len(), 1);
        let it = &lib.items[0];
        assert_eq!(it.id, "gov-reply");
        assert_eq!(it.title, "Security review reply");
        assert_eq!(it.stages, ["proposal", "negotiation"]);
        assert_eq!(it.tags, ["fedramp", "security"]);
        assert_eq!(it.body, "Hi {{contact.first_name}},\n\nHere is our package.");
        let p = |f: &str| lib.problems.iter().find(|p| p.item == f).map(|p| (p.line, p.message.clone()));
        assert_eq!(p("broken.md").unwrap().0, Some(1));
        assert!(p("open.md").unwrap().1.contains("not closed"));
        assert_eq!(p("bad-line.md").unwrap().0, Some(2));
    }
}
