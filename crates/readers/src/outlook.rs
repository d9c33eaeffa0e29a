//! Outlook on the web: class names are hashed per release, so this reader uses roles,
//! aria labels and the addresses in attributes (title, aria-label) only.

use crate::dom::{Document, NodeId};
use crate::util::{clean, clean_lines, email_domain, emails_in, first_name, name_from_email};
use crate::{Options, Trace};
use handoff_core::context::{Contact, PageContext};

const EDITOR: &[&str] = &[
    "div[role=textbox][contenteditable=true][aria-label^='Message body']",
    "div[contenteditable=true][aria-label*='Message body']",
    "div[role=textbox][contenteditable=true]",
];
const SUBJECT_INPUT: &[&str] = &["input[aria-label='Subject']", "input[aria-label='Add a subject']", "input[placeholder='Add a subject']"];
const RECIPIENTS: &[&str] = &["[role=textbox][aria-label='To']", "div[aria-label='To']", "[aria-label^='To ']"];
const READING_SUBJECT: &[&str] = &["[role=main] [role=heading][aria-level='2']", "[role=main] [role=heading]", "[role=heading][aria-level='2']"];
const SENDERS: &[&str] = &["[aria-label^='From:']", "[aria-label^='From ']", "[role=main] span[title*='@']"];
const BODIES: &[&str] = &["div[aria-label='Message body']", "div[role=document]"];
const ACCOUNT: &[&str] = &["#mectrl_currentAccount_secondary", "[aria-label^='Account manager for']", "button[aria-label*='Account manager']"];
const TEXT_CHARS: usize = 20_000;

/// An address found in an element: the address, the name beside it in an attribute ("Ann Ko
/// <ann@x>"), and the element whose own text names it when the attribute does not.
type Address = (String, Option<String>, Option<NodeId>);

/// Address-bearing text of an element: its attributes (title, aria-label) and its text. Names
/// are read from element text only for the address chosen ([`named`]): reading one per
/// candidate made a page of many nested senders slow.
fn addresses(doc: &Document, n: NodeId) -> Vec<Address> {
    let mut out = Vec::new();
    for m in std::iter::once(n).chain(doc.descendants(n)) {
        for attr in ["title", "aria-label", "data-email"] {
            if let Some(v) = doc.attr(m, attr) {
                for e in emails_in(v) {
                    let from_attr = v.split(['<', '(']).next().map(|s| s.replace(&e, "").trim().trim_start_matches("From:").trim().to_string());
                    out.push((e, from_attr.filter(|s| !s.is_empty() && !s.contains('@')), Some(m)));
                }
            }
        }
    }
    for e in emails_in(&doc.text(n)) {
        out.push((e, None, None));
    }
    out
}

/// The chosen address with its name: the attribute's, else its element's text ("Ann Ko").
fn named(doc: &Document, (email, name, at): Address) -> (String, Option<String>) {
    let name = name.or_else(|| at.map(|m| clean(&doc.text_prefix(m, 80), 80)).filter(|t| !t.is_empty() && !t.contains('@')));
    (email, name)
}

/// Matched elements not inside another matched one: an inner one's addresses are among its
/// outer one's, and reading each nested one's whole subtree again made reading quadratic.
fn outermost(doc: &Document, found: Vec<NodeId>) -> Vec<NodeId> {
    let set: std::collections::HashSet<NodeId> = found.iter().copied().collect();
    found.into_iter().filter(|&n| !doc.ancestors(n).any(|a| set.contains(&a))).collect()
}

pub fn read(doc: &Document, opts: &Options, trace: &mut Trace) -> PageContext {
    let root = doc.root();
    let mut rep: Vec<String> = opts.rep_emails.iter().map(|e| e.to_ascii_lowercase()).collect();
    if let Some(found) = trace.first_of(doc, root, "rep", ACCOUNT) {
        for n in outermost(doc, found) {
            rep.extend(addresses(doc, n).into_iter().map(|(e, _, _)| e).take(crate::util::MAX_REP_ADDRESSES));
        }
    }
    let rep_domains: Vec<String> = rep.iter().filter_map(|e| email_domain(e)).collect();
    let external = |e: &str| !rep.iter().any(|r| r == e) && email_domain(e).is_some_and(|d| !rep_domains.contains(&d));

    let mut ctx = PageContext::default();
    let mut text = String::new();
    let mut draft = String::new();
    let mut contact: Option<(String, Option<String>)> = None;
    let editor = EDITOR.iter().find_map(|sel| doc.select(sel).into_iter().rfind(|&n| doc.is_visible(n)).map(|n| (sel, n)));
    if let Some((sel, ed)) = editor {
        trace.hit("body", *sel, 1);
        draft = doc.text(ed);
        if let Some(n) = trace.first_of(doc, root, "subject", SUBJECT_INPUT) {
            ctx.subject = doc.attr(n[n.len() - 1], "value").map(|v| clean(v, 300)).filter(|s| !s.is_empty());
        }
        for n in outermost(doc, trace.first_of(doc, root, "recipients", RECIPIENTS).unwrap_or_default()) {
            if let Some(found) = addresses(doc, n).into_iter().find(|(e, _, _)| external(e)) {
                contact = Some(named(doc, found));
                break;
            }
        }
    }
    if ctx.subject.is_none() {
        ctx.subject = trace.first_of(doc, root, "thread_subject", READING_SUBJECT).map(|n| clean(&doc.text_prefix(n[0], 300), 300)).filter(|s| !s.is_empty());
    }
    if contact.is_none() {
        // Newest first; a sender nested in another is read with it.
        let senders = outermost(doc, trace.first_of(doc, root, "senders", SENDERS).unwrap_or_default());
        contact = senders.into_iter().rev().flat_map(|n| addresses(doc, n)).find(|(e, _, _)| external(e)).map(|found| named(doc, found));
    }
    // Newest message first, the rep's draft last: each after a boundary line ("---") that the
    // ranker reads as the start of history.
    let messages =
        trace.first_of(doc, root, "messages", BODIES).unwrap_or_default().into_iter().rev().filter(|&b| editor.is_none_or(|(_, ed)| ed != b)).take(3);
    for part in messages.map(|b| doc.text(b)).chain(std::iter::once(draft)).filter(|t| !t.trim().is_empty()) {
        if !text.is_empty() {
            text.push_str("\n---\n");
        }
        text.push_str(&part);
    }
    match contact {
        Some((email, name)) => {
            let name = name.or_else(|| name_from_email(&email));
            ctx.domain = email_domain(&email);
            ctx.contact = Some(Contact { first_name: name.as_deref().and_then(first_name), name, email: Some(email) });
        }
        None => trace.miss("no external recipient or sender"),
    }
    let text = clean_lines(&text, TEXT_CHARS);
    ctx.text = (!text.is_empty()).then_some(text);
    ctx
}
