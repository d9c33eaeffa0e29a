//! A practical CSS selector subset for reader rules: type, `*`, `#id`, `.class`,
//! `[attr]`, `[attr=v]`, `^=`, `$=`, `*=`, `~=`, descendant and `>` child combinators,
//! and `,` lists. Rules are data (they ship with library syncs), so a selector this
//! engine does not understand parses to `None`, never to a panic.

use crate::dom::{Document, NodeId};

#[derive(Debug, Clone, PartialEq)]
enum AttrOp {
    Exists,
    Equals(String),
    Prefix(String),
    Suffix(String),
    Contains(String),
    Word(String),
}

#[derive(Debug, Clone, Default, PartialEq)]
struct Compound {
    tag: Option<String>,
    id: Option<String>,
    classes: Vec<String>,
    attrs: Vec<(String, AttrOp)>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Combinator {
    Descendant,
    Child,
}

/// One complex selector: compounds from left to right, each with the combinator before it.
#[derive(Debug, Clone, PartialEq)]
struct Complex(Vec<(Combinator, Compound)>);

#[derive(Debug, Clone, PartialEq)]
pub struct Selector(Vec<Complex>);

impl Selector {
    pub fn parse(s: &str) -> Option<Selector> {
        let list: Option<Vec<Complex>> = split_top(s, ',').into_iter().map(|part| parse_complex(part.trim())).collect();
        let list = list?;
        (!list.is_empty()).then_some(Selector(list))
    }

    /// For each complex selector, a key of `Document`'s index that every element it matches
    /// has: its last compound's id, else a class, else an attribute name, else its tag.
    /// `None` when one has none (`*` alone): then every element must be tried.
    pub fn keys(&self) -> Option<Vec<String>> {
        self.0
            .iter()
            .map(|c| {
                let (_, last) = c.0.last()?;
                last.id
                    .as_ref()
                    .map(|id| format!("#{id}"))
                    .or_else(|| last.classes.first().map(|cl| format!(".{cl}")))
                    .or_else(|| last.attrs.first().map(|(k, _)| format!("[{k}")))
                    .or_else(|| last.tag.as_ref().map(|t| format!("<{t}")))
            })
            .collect()
    }

    pub fn matches(&self, doc: &Document, node: NodeId) -> bool {
        doc.name(node).is_some() && self.0.iter().any(|c| matches_complex(&c.0, doc, node))
    }
}

fn split_top(s: &str, sep: char) -> Vec<&str> {
    let (mut out, mut depth, mut quote, mut start) = (Vec::new(), 0i32, None, 0);
    for (i, c) in s.char_indices() {
        match (quote, c) {
            (Some(q), _) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '[') => depth += 1,
            (None, ']') => depth -= 1,
            (None, _) if c == sep && depth == 0 => {
                out.push(&s[start..i]);
                start = i + c.len_utf8();
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn parse_complex(s: &str) -> Option<Complex> {
    let mut parts = Vec::new();
    let mut comb = Combinator::Descendant;
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c == '>' {
            comb = Combinator::Child;
            i += 1;
            continue;
        }
        let start = i;
        let mut depth = 0;
        let mut quote: Option<char> = None;
        while i < chars.len() {
            let ch = chars[i];
            match quote {
                Some(q) if ch == q => quote = None,
                Some(_) => {}
                None if ch == '"' || ch == '\'' => quote = Some(ch),
                None if ch == '[' => depth += 1,
                None if ch == ']' => depth -= 1,
                None if depth == 0 && (ch.is_whitespace() || ch == '>') => break,
                None => {}
            }
            i += 1;
        }
        let text: String = chars[start..i].iter().collect();
        parts.push((comb, parse_compound(&text)?));
        comb = Combinator::Descendant;
    }
    (!parts.is_empty()).then_some(Complex(parts))
}

fn ident_end(s: &str) -> usize {
    s.find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_')).unwrap_or(s.len())
}

fn parse_compound(s: &str) -> Option<Compound> {
    let mut c = Compound::default();
    let mut rest = s;
    if rest.starts_with('*') {
        rest = &rest[1..];
    } else {
        let e = ident_end(rest);
        if e > 0 {
            c.tag = Some(rest[..e].to_ascii_lowercase());
            rest = &rest[e..];
        }
    }
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('#') {
            let e = ident_end(r);
            if e == 0 {
                return None;
            }
            c.id = Some(r[..e].to_string());
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('.') {
            let e = ident_end(r);
            if e == 0 {
                return None;
            }
            c.classes.push(r[..e].to_string());
            rest = &r[e..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let close = closing_bracket(r)?;
            c.attrs.push(parse_attr(&r[..close])?);
            rest = &r[close + 1..];
        } else {
            return None;
        }
    }
    Some(c)
}

/// Index of the `]` that closes an attribute selector, skipping quoted values.
fn closing_bracket(s: &str) -> Option<usize> {
    let mut quote = None;
    for (i, c) in s.char_indices() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => {}
            None if c == '"' || c == '\'' => quote = Some(c),
            None if c == ']' => return Some(i),
            None => {}
        }
    }
    None
}

fn parse_attr(s: &str) -> Option<(String, AttrOp)> {
    let Some(eq) = s.find('=') else {
        let name = s.trim().to_ascii_lowercase();
        return (!name.is_empty()).then_some((name, AttrOp::Exists));
    };
    let (lhs, rhs) = (&s[..eq], &s[eq + 1..]);
    let (name, op) = match lhs.chars().last() {
        Some(c @ ('^' | '$' | '*' | '~')) => (&lhs[..lhs.len() - 1], Some(c)),
        _ => (lhs, None),
    };
    let mut v = rhs.trim();
    // Trailing case-insensitivity flag ` i` is accepted and ignored (values compare exactly).
    if v.len() > 2 && (v.ends_with(" i") || v.ends_with(" s")) {
        v = v[..v.len() - 2].trim_end();
    }
    let v = v.trim_matches(|c| c == '"' || c == '\'').to_string();
    let name = name.trim().to_ascii_lowercase();
    if name.is_empty() {
        return None;
    }
    let op = match op {
        None => AttrOp::Equals(v),
        Some('^') => AttrOp::Prefix(v),
        Some('$') => AttrOp::Suffix(v),
        Some('*') => AttrOp::Contains(v),
        _ => AttrOp::Word(v),
    };
    Some((name, op))
}

fn matches_compound(c: &Compound, doc: &Document, n: NodeId) -> bool {
    let Some(name) = doc.name(n) else { return false };
    if c.tag.as_deref().is_some_and(|t| t != name) {
        return false;
    }
    if c.id.as_deref().is_some_and(|id| doc.attr(n, "id") != Some(id)) {
        return false;
    }
    if !c.classes.iter().all(|cl| doc.has_class(n, cl)) {
        return false;
    }
    c.attrs.iter().all(|(k, op)| match (doc.attr(n, k), op) {
        (None, _) => false,
        (Some(_), AttrOp::Exists) => true,
        (Some(v), AttrOp::Equals(x)) => v == x,
        (Some(v), AttrOp::Prefix(x)) => !x.is_empty() && v.starts_with(x.as_str()),
        (Some(v), AttrOp::Suffix(x)) => !x.is_empty() && v.ends_with(x.as_str()),
        (Some(v), AttrOp::Contains(x)) => !x.is_empty() && v.contains(x.as_str()),
        (Some(v), AttrOp::Word(x)) => v.split_ascii_whitespace().any(|w| w == x),
    })
}

/// Right to left: the last compound must match `n`, then each earlier one an ancestor
/// (or the parent, for `>`). Backtracks over descendant combinators.
fn matches_complex(parts: &[(Combinator, Compound)], doc: &Document, n: NodeId) -> bool {
    let Some(((comb, last), before)) = parts.split_last() else { return true };
    if !matches_compound(last, doc, n) {
        return false;
    }
    if before.is_empty() {
        return true;
    }
    match comb {
        Combinator::Child => doc.parent(n).is_some_and(|p| matches_complex(before, doc, p)),
        Combinator::Descendant => doc.ancestors(n).any(|a| matches_complex(before, doc, a)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTML: &str = r#"<div role="dialog" class="M9 nH"><form><input name="subjectbox" value="Hi">
        <div class="aoD"><span email="dana@acme.gov" class="vN">Dana</span></div>
        <div g_editable="true" contenteditable="true" role="textbox" aria-label="Message Body">x</div></form></div>
        <records-record-layout-item data-target-selection-name="sfdc:RecordField.Opportunity.StageName"><span>P</span></records-record-layout-item>"#;

    fn count(sel: &str) -> usize {
        Document::parse(HTML).select(sel).len()
    }

    #[test]
    fn matches_the_subset() {
        assert_eq!(count("input[name=subjectbox]"), 1);
        assert_eq!(count("div[role=dialog] [g_editable=true]"), 1);
        assert_eq!(count("div.M9.nH > form > div"), 2);
        assert_eq!(count("div.M9 > div"), 0);
        assert_eq!(count("[email$='.gov']"), 1);
        assert_eq!(count("[data-target-selection-name$=\"Opportunity.StageName\"] span"), 1);
        assert_eq!(count("[aria-label*=Body], .vN"), 2);
        assert_eq!(count("[class~=nH]"), 1);
        assert_eq!(count("*[contenteditable]"), 1);
    }

    #[test]
    fn unsupported_selectors_parse_to_none() {
        for bad in ["", "div:hover", "a[", "#", ".", "[=x]", "div,"] {
            assert!(Selector::parse(bad).is_none(), "{bad}");
        }
    }
}
