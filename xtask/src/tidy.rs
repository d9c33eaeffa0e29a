//! `cargo xtask tidy`: checks that keep the repository honest about itself. A user clones
//! it alone, so nothing may reach outside it: no path into a sibling folder, no link in the
//! docs to a file that is not in the tree, no path named in the docs that does not exist,
//! no export of an extension module that no other file uses.
//! Then the code's own linters, each an error on any finding: rustfmt, clippy on every crate
//! and target, ESLint on the JavaScript (`eslint.config.js`), and `tsc` type-checking it
//! (`tsconfig.json`) against the wasm core's bindings and the message declarations, which needs
//! the built extension (`cargo xtask dist`) first.

use std::path::{Component, Path, PathBuf};
use std::process::Command;

/// Text files git tracks (a fresh clone has exactly these).
fn tracked(root: &Path) -> Result<Vec<PathBuf>, String> {
    let out = Command::new("git").args(["ls-files", "-z"]).current_dir(root).output().map_err(|e| format!("cannot run git: {e}"))?;
    if !out.status.success() {
        return Err(format!("git ls-files failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    Ok(out.stdout.split(|&b| b == 0).filter(|p| !p.is_empty()).map(|p| PathBuf::from(String::from_utf8_lossy(p).into_owned())).collect())
}

/// Whether git ignores the path: one the build or the tools write, not part of the tree.
fn ignored(root: &Path, path: &str) -> bool {
    Command::new("git").args(["check-ignore", "-q", "--no-index", path]).current_dir(root).status().is_ok_and(|s| s.success())
}

/// Where a relative path written in `file` lands, or `None` when it climbs out of `root`.
fn resolve_inside(file: &Path, target: &str) -> Option<PathBuf> {
    let mut parts: Vec<Component> = file.parent().map(|d| d.components().collect()).unwrap_or_default();
    for c in Path::new(target).components() {
        match c {
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir => {}
            Component::Normal(_) => parts.push(c),
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.iter().collect())
}

/// Relative link targets in a Markdown text: `[text](target)`, anchors and URLs left out.
fn markdown_links(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("](") {
        rest = &rest[at + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = rest[..end].split('#').next().unwrap_or("").trim();
        let remote = target.contains("://") || target.starts_with("mailto:");
        if !target.is_empty() && !remote && !target.contains(char::is_whitespace) {
            out.push(target);
        }
        rest = &rest[end..];
    }
    out
}

/// Every problem found, one line each; empty when the tree is tidy.
/// Paths in the repository that a document names in backticks (`crates/core/src/deal.rs`):
/// those under the top-level folders, without placeholders, globs or arguments.
fn named_paths(text: &str) -> Vec<&str> {
    const TOP: &[&str] = &["crates/", "extension/", "tests/", "docs/", "scripts/", "xtask/", "fuzz/", "demo/"];
    text.split('`')
        .skip(1)
        .step_by(2)
        // A line or range after the path (`rank.rs:447`, `api.rs:10-24`) is not part of it.
        .map(|s| match s.split_once(':') {
            Some((path, at)) if at.chars().all(|c| c.is_ascii_digit() || c == '-') => path,
            _ => s,
        })
        .map(|s| s.trim_end_matches([',', '.']))
        .filter(|s| TOP.iter().any(|t| s.starts_with(t)) && !s.contains(|c: char| c.is_whitespace() || "<>*{}[]$|".contains(c)))
        .collect()
}

/// Names a JavaScript module exports (`export function x`, `export const x`, `export class X`).
fn exported_names(text: &str) -> Vec<&str> {
    text.lines()
        .filter_map(|l| l.strip_prefix("export "))
        .filter_map(|l| ["async function ", "function ", "const ", "let ", "class "].iter().find_map(|k| l.strip_prefix(k)))
        .map(|l| l.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '$')).next().unwrap_or(""))
        .filter(|name| !name.is_empty())
        .collect()
}

/// Whether `name` occurs in `text` as a whole word.
fn has_word(text: &str, name: &str) -> bool {
    let word = |c: char| c.is_alphanumeric() || c == '_' || c == '$';
    text.match_indices(name).any(|(at, _)| !text[..at].chars().next_back().is_some_and(word) && !text[at + name.len()..].chars().next().is_some_and(word))
}

/// Exports of the extension's modules that no other file of the extension uses: dead code
/// (ESLint sees unused names inside a file, not across modules).
fn unused_exports(root: &Path, files: &[PathBuf]) -> Vec<String> {
    let sources: Vec<(&PathBuf, String)> = files
        .iter()
        .filter(|f| f.starts_with("extension") && f.extension().is_some_and(|e| e == "js" || e == "ts"))
        .filter_map(|f| std::fs::read_to_string(root.join(f)).ok().map(|t| (f, t)))
        .collect();
    let mut found = Vec::new();
    for (file, text) in &sources {
        for name in exported_names(text) {
            if !sources.iter().any(|(other, t)| other != file && has_word(t, name)) {
                found.push(format!("{}: exports `{name}`, which no other file of the extension uses", file.display()));
            }
        }
    }
    found
}

pub fn problems(root: &Path) -> Result<Vec<String>, String> {
    // Spelled in pieces so this file does not flag itself.
    let outside = [["..", "/shared"].concat(), ["/work", "/shared"].concat()];
    let files = tracked(root)?;
    let mut found = unused_exports(root, &files);
    for file in files {
        let Ok(text) = std::fs::read_to_string(root.join(&file)) else { continue };
        for (n, line) in text.lines().enumerate() {
            if let Some(p) = outside.iter().find(|p| line.contains(p.as_str())) {
                found.push(format!("{}:{}: reaches outside the repository ({p})", file.display(), n + 1));
            }
        }
        if file.extension().is_some_and(|e| e == "md") {
            for named in named_paths(&text) {
                // A place the tools make (fuzz/target/logs/) is named before it exists.
                if !root.join(named).exists() && !ignored(root, named) {
                    found.push(format!("{}: names `{named}`, which does not exist", file.display()));
                }
            }
            for target in markdown_links(&text) {
                match resolve_inside(&file, target) {
                    None => found.push(format!("{}: link {target} leaves the repository", file.display())),
                    Some(p) if !root.join(&p).exists() => found.push(format!("{}: link {target} names a path that does not exist", file.display())),
                    Some(_) => {}
                }
            }
        }
    }
    Ok(found)
}

pub fn run(root: &Path) -> Result<(), String> {
    let found = problems(root)?;
    if !found.is_empty() {
        return Err(format!("tidy found {} problem(s):\n  {}", found.len(), found.join("\n  ")));
    }
    println!("tidy: the repository stands alone");
    if !root.join("dist/extension/wasm/handoff_wasm.d.ts").exists() {
        return Err("tidy: tsc checks the extension against the built bindings: run `cargo xtask dist` first".into());
    }
    let linters: [(&str, &[&str]); 4] = [
        ("cargo", &["fmt", "--all", "--check"]),
        ("cargo", &["clippy", "--quiet", "--workspace", "--all-targets", "--", "-D", "warnings"]),
        ("npx", &["--no-install", "eslint", "."]),
        ("npx", &["--no-install", "tsc", "-p", "tsconfig.json"]),
    ];
    for (program, args) in linters {
        let status = std::process::Command::new(program).args(args).current_dir(root).status().map_err(|e| format!("tidy: cannot run {program}: {e}"))?;
        if !status.success() {
            return Err(format!("tidy: `{program} {}` found problems (above)", args.join(" ")));
        }
    }
    println!("tidy: rustfmt, clippy, ESLint and tsc found nothing");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_are_read_and_found_as_whole_words() {
        let module = "export async function pullOrg() {}\nexport const MESSAGES = {};\nconst local = 1;\nexport function send(msg) {}";
        assert_eq!(exported_names(module), ["pullOrg", "MESSAGES", "send"]);
        assert!(has_word("import { send } from './m.js';", "send"));
        assert!(!has_word("sendMessage(x); resend()", "send"));
    }

    #[test]
    fn named_paths_are_the_backticked_repository_paths() {
        let text =
            "See `crates/core/src/deal.rs`, `crates/core/src/rank.rs:447` and `docs/x.md:10-24`; not `cargo test`, `crates/<name>/` or `tests/e2e/*.mjs`.";
        assert_eq!(named_paths(text), ["crates/core/src/deal.rs", "crates/core/src/rank.rs", "docs/x.md"]);
    }

    #[test]
    fn links_and_paths_are_resolved_inside_the_tree() {
        assert_eq!(resolve_inside(Path::new("docs/a.md"), "../README.md"), Some(PathBuf::from("README.md")));
        assert_eq!(resolve_inside(Path::new("README.md"), &["..", "/elsewhere/CONTRACTS.md"].concat()), None);
        assert_eq!(markdown_links("see [x](docs/a.md#top), [y](https://e.com) and ![s](img/p.png)"), ["docs/a.md", "img/p.png"]);
    }

    #[test]
    fn the_repository_stands_alone() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
        let found = problems(root).expect("git ls-files");
        assert!(found.is_empty(), "{}", found.join("\n"));
    }
}
