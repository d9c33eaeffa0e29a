//! A small, tolerant HTML parser and the DOM the readers walk. The same code reads a saved
//! page natively and the snapshot a content script sends from the live page. It never
//! panics and never executes anything: scripts and styles are skipped, not parsed.

use std::collections::HashMap;
use std::sync::OnceLock;

pub type NodeId = usize;

#[derive(Debug, Clone)]
pub enum NodeKind {
    Document,
    Element { name: String, attrs: Vec<(String, String)> },
    Text(String),
}

#[derive(Debug, Clone)]
pub struct Node {
    pub kind: NodeKind,
    pub parent: Option<NodeId>,
    pub children: Vec<NodeId>,
}

/// Node ids are in document order (the parser only appends below an open element), so a
/// node's subtree is the range of ids from it to [`Document::subtree_end`].
#[derive(Debug, Clone)]
pub struct Document {
    nodes: Vec<Node>,
    /// Elements by tag (`<div`), id (`#x`), class (`.x`) and attribute name (`[x`), each list
    /// in document order; built on the first selector query (see `select::Selector::keys`).
    index: OnceLock<HashMap<String, Vec<NodeId>>>,
}

/// Elements whose content is not markup.
const RAW_TEXT: &[&str] = &["script", "style", "textarea", "title", "xmp", "noscript"];
const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
/// Beyond this depth, elements are added flat: hostile nesting cannot exhaust anything.
const MAX_DEPTH: usize = 512;

impl Document {
    pub fn parse(html: &str) -> Document {
        let mut b = Builder {
            doc: Document { nodes: vec![Node { kind: NodeKind::Document, parent: None, children: vec![] }], index: OnceLock::new() },
            stack: vec![0],
        };
        let bytes = html.as_bytes();
        let mut i = 0;
        let mut text_start = 0;
        while i < bytes.len() {
            if bytes[i] != b'<' {
                i += 1;
                continue;
            }
            let rest = &html[i..];
            let next = if rest.starts_with("<!--") {
                b.text(&html[text_start..i]);
                Some(rest.find("-->").map_or(html.len(), |e| i + e + 3))
            } else if rest.starts_with("<!") || rest.starts_with("<?") {
                b.text(&html[text_start..i]);
                Some(rest.find('>').map_or(html.len(), |e| i + e + 1))
            } else if rest.starts_with("</") && rest[2..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                b.text(&html[text_start..i]);
                let end = rest.find('>').map_or(html.len(), |e| i + e + 1);
                let name: String = html[i + 2..end].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == ':').collect();
                b.close(&name.to_ascii_lowercase());
                Some(end)
            } else if rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
                b.text(&html[text_start..i]);
                let (name, attrs, self_closing, end) = parse_tag(html, i + 1);
                let raw = RAW_TEXT.contains(&name.as_str());
                let id = b.open(name.clone(), attrs, self_closing);
                if raw && !self_closing {
                    let close = find_ci(&html[end..], &format!("</{name}")).map_or(html.len(), |e| end + e);
                    if name != "script" && name != "style" && name != "noscript" {
                        b.add(id, NodeKind::Text(decode_entities(&html[end..close])));
                    }
                    b.close(&name);
                    Some(html[close..].find('>').map_or(html.len(), |e| close + e + 1))
                } else {
                    Some(end)
                }
            } else {
                None
            };
            match next {
                Some(n) => {
                    i = n.max(i + 1);
                    text_start = i;
                }
                None => i += 1,
            }
        }
        b.text(&html[text_start.min(html.len())..]);
        b.doc
    }

    pub fn root(&self) -> NodeId {
        0
    }

    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }

    pub fn len(&self) -> usize {
        self.nodes.len()
    }

    pub fn is_empty(&self) -> bool {
        self.nodes.len() <= 1
    }

    pub fn name(&self, id: NodeId) -> Option<&str> {
        match &self.nodes[id].kind {
            NodeKind::Element { name, .. } => Some(name),
            _ => None,
        }
    }

    pub fn attr(&self, id: NodeId, key: &str) -> Option<&str> {
        match &self.nodes[id].kind {
            NodeKind::Element { attrs, .. } => attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str()),
            _ => None,
        }
    }

    pub fn has_class(&self, id: NodeId, class: &str) -> bool {
        self.attr(id, "class").is_some_and(|c| c.split_ascii_whitespace().any(|x| x == class))
    }

    pub fn parent(&self, id: NodeId) -> Option<NodeId> {
        self.nodes[id].parent
    }

    pub fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.parent(id), move |&p| self.parent(p))
    }

    /// All nodes below `id`, in document order (iterative: deep trees are fine).
    pub fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants { doc: self, stack: self.nodes[id].children.iter().rev().copied().collect() }
    }

    /// Visible text below `id`: whitespace collapsed, block boundaries as line breaks,
    /// hidden subtrees skipped.
    pub fn text(&self, id: NodeId) -> String {
        self.text_up_to(id, usize::MAX, false)
    }

    /// What a record says: [`Document::text`] without the page's controls. A stage path lists
    /// every stage and a tab bar every tab, on every record: words about none of them.
    pub fn content_text(&self, id: NodeId) -> String {
        self.text_up_to(id, usize::MAX, true)
    }

    /// Buttons, menus, tab bars, listboxes (a stage path), navigation.
    fn is_control(&self, id: NodeId) -> bool {
        let NodeKind::Element { name, .. } = &self.nodes[id].kind else { return false };
        matches!(name.as_str(), "button" | "nav" | "select" | "menu")
            || self
                .attr(id, "role")
                .is_some_and(|r| matches!(r, "button" | "listbox" | "option" | "tablist" | "tab" | "menu" | "menubar" | "menuitem" | "navigation" | "toolbar"))
    }

    /// The start of [`Document::text`], with at least its first `max_chars` characters when
    /// it has them: reading stops there, so a short label of a large subtree costs little
    /// (an element's own name, looked up for each of thousands of nested elements, made
    /// reading a 105 KB page quadratic).
    pub fn text_prefix(&self, id: NodeId, max_chars: usize) -> String {
        self.text_up_to(id, max_chars.saturating_add(1).saturating_mul(4), false)
    }

    fn text_up_to(&self, id: NodeId, max_bytes: usize, skip_controls: bool) -> String {
        let mut out = String::new();
        let mut stack: Vec<(NodeId, bool)> = vec![(id, false)];
        while let Some((n, leaving)) = stack.pop() {
            if out.len() >= max_bytes {
                break;
            }
            match &self.nodes[n].kind {
                NodeKind::Text(t) if !leaving && t.len() > max_bytes - out.len() => {
                    // In pieces (collapsing is the same piece by piece), until the output is
                    // long enough; then stop: what was read stays a prefix of the whole text.
                    let mut rest = t.as_str();
                    while !rest.is_empty() && out.len() < max_bytes {
                        let mut cut = (max_bytes - out.len()).max(64).min(rest.len());
                        while !rest.is_char_boundary(cut) {
                            cut += 1;
                        }
                        push_collapsed(&mut out, &rest[..cut]);
                        rest = &rest[cut..];
                    }
                    if out.len() >= max_bytes {
                        break;
                    }
                }
                NodeKind::Text(t) if !leaving => push_collapsed(&mut out, t),
                NodeKind::Element { name, .. } => {
                    let block = is_block(name);
                    if leaving {
                        if block {
                            newline(&mut out);
                        }
                        continue;
                    }
                    if n != id && (self.hidden_here(n) || (skip_controls && self.is_control(n))) {
                        continue;
                    }
                    if name == "br" {
                        newline(&mut out);
                    }
                    if block {
                        newline(&mut out);
                    }
                    stack.push((n, true));
                    stack.extend(self.nodes[n].children.iter().rev().map(|&c| (c, false)));
                }
                NodeKind::Document if !leaving => stack.extend(self.nodes[n].children.iter().rev().map(|&c| (c, false))),
                _ => {}
            }
        }
        out.trim().to_string()
    }

    /// Hidden by this element itself (not its ancestors).
    pub fn hidden_here(&self, id: NodeId) -> bool {
        if self.attr(id, "hidden").is_some() || self.attr(id, "aria-hidden") == Some("true") {
            return true;
        }
        if let Some(style) = self.attr(id, "style") {
            let s: String = style.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
            if s.contains("display:none") || s.contains("visibility:hidden") {
                return true;
            }
        }
        // Salesforce's and common CSS frameworks' hiding classes.
        ["slds-hide", "hidden", "hide", "d-none", "is-hidden"].iter().any(|c| self.has_class(id, c))
    }

    /// Visible: neither it nor an ancestor is hidden.
    pub fn is_visible(&self, id: NodeId) -> bool {
        !self.hidden_here(id) && !self.ancestors(id).any(|a| self.hidden_here(a))
    }

    /// Elements matching a CSS selector (a practical subset; see `select`), in document order.
    pub fn select(&self, selector: &str) -> Vec<NodeId> {
        self.select_in(self.root(), selector)
    }

    /// Elements below `scope` matching the selector, in document order. Only the elements
    /// that have each complex selector's key (its last compound's id, class, attribute or
    /// tag) are tried, not every element: readers run dozens of selectors over a page, and
    /// trying each on every element of a 100 KB page took over 50 ms.
    pub fn select_in(&self, scope: NodeId, selector: &str) -> Vec<NodeId> {
        let Some(sel) = crate::select::Selector::parse(selector) else { return Vec::new() };
        let Some(keys) = sel.keys() else { return self.descendants(scope).filter(|&n| sel.matches(self, n)).collect() };
        let index = self.index.get_or_init(|| self.build_index());
        let end = self.subtree_end(scope);
        let mut found: Vec<NodeId> = Vec::new();
        for key in &keys {
            let Some(list) = index.get(key) else { continue };
            let (lo, hi) = (list.partition_point(|&n| n <= scope), list.partition_point(|&n| n < end));
            found.extend(list[lo..hi].iter().copied().filter(|&n| sel.matches(self, n)));
        }
        if keys.len() > 1 {
            handoff_core::sort::sort(&mut found);
            found.dedup();
        }
        found
    }

    pub fn first(&self, scope: NodeId, selector: &str) -> Option<NodeId> {
        self.select_in(scope, selector).first().copied()
    }

    /// One past the last id in `id`'s subtree.
    fn subtree_end(&self, id: NodeId) -> NodeId {
        let mut last = id;
        while let Some(&c) = self.nodes[last].children.last() {
            last = c;
        }
        last + 1
    }

    fn build_index(&self) -> HashMap<String, Vec<NodeId>> {
        let mut index: HashMap<String, Vec<NodeId>> = HashMap::new();
        for (n, node) in self.nodes.iter().enumerate() {
            let NodeKind::Element { name, attrs } = &node.kind else { continue };
            index.entry(format!("<{name}")).or_default().push(n);
            // As `attr` reads them: the first `id` and `class` attributes count.
            if let Some(id) = self.attr(n, "id") {
                index.entry(format!("#{id}")).or_default().push(n);
            }
            for class in self.attr(n, "class").into_iter().flat_map(str::split_ascii_whitespace) {
                index.entry(format!(".{class}")).or_default().push(n);
            }
            for (k, _) in attrs {
                index.entry(format!("[{k}")).or_default().push(n);
            }
        }
        for list in index.values_mut() {
            list.dedup(); // a repeated class or attribute name pushed the same node twice in a row
        }
        index
    }
}

pub struct Descendants<'a> {
    doc: &'a Document,
    stack: Vec<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;
    fn next(&mut self) -> Option<NodeId> {
        let n = self.stack.pop()?;
        self.stack.extend(self.doc.nodes[n].children.iter().rev());
        Some(n)
    }
}

struct Builder {
    doc: Document,
    stack: Vec<NodeId>,
}

impl Builder {
    fn add(&mut self, parent: NodeId, kind: NodeKind) -> NodeId {
        let id = self.doc.nodes.len();
        self.doc.nodes.push(Node { kind, parent: Some(parent), children: vec![] });
        self.doc.nodes[parent].children.push(id);
        id
    }

    fn top(&self) -> NodeId {
        *self.stack.last().unwrap_or(&0)
    }

    fn text(&mut self, raw: &str) {
        if raw.is_empty() {
            return;
        }
        let top = self.top();
        self.add(top, NodeKind::Text(decode_entities(raw)));
    }

    fn open(&mut self, name: String, attrs: Vec<(String, String)>, self_closing: bool) -> NodeId {
        self.imply_end(&name);
        let top = self.top();
        let void = VOID.contains(&name.as_str()) || self_closing;
        let id = self.add(top, NodeKind::Element { name, attrs });
        if !void && self.stack.len() < MAX_DEPTH {
            self.stack.push(id);
        }
        id
    }

    /// The end tags HTML lets authors leave out (`<li>`, `<p>`, table cells...).
    fn imply_end(&mut self, name: &str) {
        let closes: &[&str] = match name {
            "li" => &["li"],
            "dt" | "dd" => &["dt", "dd"],
            "tr" => &["tr", "td", "th"],
            "td" | "th" => &["td", "th"],
            "option" => &["option"],
            "p" | "div" | "ul" | "ol" | "table" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "section" | "form" => &["p"],
            _ => return,
        };
        let boundary = ["ul", "ol", "table", "tbody", "div", "section", "body", "template", "select", "dl"];
        for pos in (1..self.stack.len()).rev() {
            let n = self.doc.name(self.stack[pos]).unwrap_or("");
            if closes.contains(&n) {
                self.stack.truncate(pos);
                return;
            }
            if boundary.contains(&n) {
                return;
            }
        }
    }

    fn close(&mut self, name: &str) {
        if let Some(pos) = (1..self.stack.len()).rev().find(|&p| self.doc.name(self.stack[p]) == Some(name)) {
            self.stack.truncate(pos);
        }
    }
}

/// Parses `name attr="v" ...>` starting just after `<`; returns (name, attrs, self-closing, index after `>`).
fn parse_tag(html: &str, start: usize) -> (String, Vec<(String, String)>, bool, usize) {
    let b = html.as_bytes();
    let mut i = start;
    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' && b[i] != b'/' {
        i += 1;
    }
    let name = html[start..i].to_ascii_lowercase();
    let mut attrs: Vec<(String, String)> = Vec::new();
    let mut self_closing = false;
    loop {
        while i < b.len() && (b[i].is_ascii_whitespace() || b[i] == b'/') {
            self_closing = b[i] == b'/';
            i += 1;
        }
        if i >= b.len() {
            return (name, attrs, self_closing, b.len());
        }
        if b[i] == b'>' {
            return (name, attrs, self_closing, i + 1);
        }
        self_closing = false;
        let ks = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == ks {
            i += 1; // a stray '=' or similar: skip it
            continue;
        }
        let key = html[ks..i].to_ascii_lowercase();
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = String::new();
        if i < b.len() && b[i] == b'=' {
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < b.len() && (b[i] == b'"' || b[i] == b'\'') {
                let q = b[i];
                let vs = i + 1;
                let ve = html[vs..].bytes().position(|c| c == q).map_or(b.len(), |p| vs + p);
                value = decode_entities(&html[vs..ve]);
                i = (ve + 1).min(b.len());
            } else {
                let vs = i;
                while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                    i += 1;
                }
                value = decode_entities(&html[vs..i]);
            }
        }
        // Real elements carry a handful of attributes; past the cap the rest are skipped, so a
        // hostile tag with thousands cannot make the duplicate check quadratic.
        if attrs.len() < MAX_ATTRS && !attrs.iter().any(|(k, _)| *k == key) {
            attrs.push((key, value));
        }
    }
}

const MAX_ATTRS: usize = 64;

fn find_ci(hay: &str, needle: &str) -> Option<usize> {
    let n = needle.len();
    hay.as_bytes().windows(n).position(|w| w.eq_ignore_ascii_case(needle.as_bytes()))
}

const ENTITIES: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", "\u{a0}"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("hellip", "…"),
    ("mdash", "—"),
    ("ndash", "–"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bull", "•"),
    ("middot", "·"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("euro", "€"),
    ("pound", "£"),
    ("zwnj", "\u{200c}"),
    ("zwj", "\u{200d}"),
    ("shy", "\u{ad}"),
    ("times", "×"),
    ("eacute", "é"),
    ("uuml", "ü"),
];

pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let end = rest[1..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '#')).map(|e| e + 1).unwrap_or(rest.len());
        let name = &rest[1..end];
        let decoded = if let Some(num) = name.strip_prefix('#') {
            let code = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
                u32::from_str_radix(hex, 16).ok()
            } else {
                num.parse::<u32>().ok()
            };
            code.and_then(char::from_u32).filter(|c| *c != '\0').map(String::from)
        } else {
            ENTITIES.iter().find(|(n, _)| *n == name).map(|(_, v)| v.to_string())
        };
        match decoded {
            Some(d) if end > 1 => {
                out.push_str(&d);
                rest = if rest[end..].starts_with(';') { &rest[end + 1..] } else { &rest[end..] };
            }
            _ => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn is_block(name: &str) -> bool {
    matches!(
        name,
        "p" | "div"
            | "li"
            | "ul"
            | "ol"
            | "tr"
            | "table"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
            | "article"
            | "header"
            | "footer"
            | "blockquote"
            | "pre"
            | "dt"
            | "dd"
            | "td"
            | "th"
            | "form"
            | "nav"
            | "aside"
            | "main"
    )
}

fn push_collapsed(out: &mut String, t: &str) {
    for (n, part) in t.split(|c: char| c.is_whitespace() || c == '\u{a0}').enumerate() {
        if n > 0 && !out.ends_with(' ') && !out.ends_with('\n') && !out.is_empty() {
            out.push(' ');
        }
        out.push_str(part);
    }
}

fn newline(out: &mut String) {
    while out.ends_with(' ') {
        out.pop();
    }
    if !out.is_empty() && !out.ends_with('\n') {
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_tolerantly() {
        let d = Document::parse("<div id=a class='x y'><p>One<p>Two &amp; <b>three</b><br>four</div><li>x<li>y</li>");
        let div = d.select("#a")[0];
        assert!(d.has_class(div, "y"));
        assert_eq!(d.text(div), "One\nTwo & three\nfour");
        assert_eq!(d.select("p").len(), 2);
        assert_eq!(d.select("li").len(), 2);
    }

    #[test]
    fn scripts_and_comments_are_not_content() {
        let d = Document::parse("<p>a<script>if (a < b) document.write('<p>x</p>')</script><!-- <p>c</p> -->b<style>p{}</style></p>");
        assert_eq!(d.select("p").len(), 1);
        assert_eq!(d.text(0), "ab");
    }

    #[test]
    fn a_tag_with_thousands_of_attributes_keeps_only_the_first_ones() {
        let attrs: String = (0..60_000).map(|i| format!(" a{i}=\"x\"")).collect();
        let d = Document::parse(&format!("<div id=keep{attrs}>hi</div>"));
        let div = d.select("div")[0];
        assert_eq!(d.attr(div, "id"), Some("keep"));
        assert_eq!(d.attr(div, "a62"), Some("x"));
        assert_eq!(d.attr(div, "a59999"), None, "past the cap: kept attributes stay few");
    }

    #[test]
    fn attributes_and_entities() {
        let d = Document::parse(r#"<input name=subjectbox value="Re: a &quot;b&quot; &#x26; &#169; &bogus; &"><a href=x disabled data-x = 'y'>"#);
        let i = d.select("input[name=subjectbox]")[0];
        assert_eq!(d.attr(i, "value"), Some("Re: a \"b\" & © &bogus; &"));
        let a = d.select("a[disabled]")[0];
        assert_eq!(d.attr(a, "data-x"), Some("y"));
    }

    #[test]
    fn hidden_subtrees_are_not_visible_text() {
        let d =
            Document::parse(r#"<div><span style="display: none">secret</span><span aria-hidden="true">x</span><span class="slds-hide">y</span>shown</div>"#);
        assert_eq!(d.text(0), "shown");
        let s = d.select("span")[0];
        assert!(!d.is_visible(s));
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let deep = "<div>".repeat(100_000) + "x" + &"</div>".repeat(100_000);
        let d = Document::parse(&deep);
        assert_eq!(d.text(0), "x");
        for s in ["<", "<a", "<a b='", "</", "<!--", "<!", "&#", "&#x110000;", "&#0;", "<script>", "<a\u{e9}=1>", "é<é>", "<p =x>", "<textarea>&lt;b&gt;"] {
            let d = Document::parse(s);
            let _ = d.text(0);
        }
        let t = Document::parse("<textarea>&lt;b&gt;</textarea>");
        assert_eq!(t.text(0), "<b>");
    }

    #[test]
    fn declarative_shadow_roots_are_part_of_the_tree() {
        let d = Document::parse(r#"<x-field><template shadowrootmode="open"><span class="v">Proposal</span></template></x-field>"#);
        assert_eq!(d.select("x-field .v").len(), 1);
    }
}
