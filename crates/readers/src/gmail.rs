//! Gmail: the open compose (new message, inline reply, pop-out) and the open thread.
//! Structural and data attributes first (`name=subjectbox`, `g_editable`, `email=`),
//! Gmail's short class names as fallbacks: they change, the attributes rarely do.

use crate::dom::{Document, NodeId};
use crate::util::{clean, clean_lines, email_domain, emails_in, first_name, name_from_email, MAX_REP_ADDRESSES};
use crate::{Options, Trace};
use handoff_core::context::{Contact, PageContext};

const COMPOSE_ROOTS: &[&str] = &["div[role=dialog]", "div.M9", "div.ip.adB", "form.bAs"];
const EDITOR: &[&str] = &["div[g_editable=true]", "div[contenteditable=true][role=textbox]", "div[aria-label='Message Body']"];
const SUBJECT_INPUT: &[&str] = &["input[name=subjectbox]", "input[aria-label=Subject]"];
const RECIPIENTS: &[&str] = &["[email]", "[data-hovercard-id*='@']", "input[name=to]", "textarea[name=to]"];
const THREAD_SUBJECT: &[&str] = &["h2.hP", "h2[data-thread-perm-id]"];
const SENDERS: &[&str] = &["span.gD[email]", "h3.iw [email]", "span[email].go"];
const BODIES: &[&str] = &["div.a3s", "div.ii.gt"];
const ACCOUNT: &[&str] = &["[aria-label^='Google Account']", "a[href^='https://accounts.google.com/SignOutOptions']", "input[name=from]", "[name=from]"];
/// Latest messages read for the thread's text.
const LATEST_MESSAGES: usize = 3;
const TEXT_CHARS: usize = 20_000;

pub fn read(doc: &Document, opts: &Options, trace: &mut Trace) -> PageContext {
    let root = doc.root();
    let mut rep: Vec<String> = opts.rep_emails.iter().map(|e| e.to_ascii_lowercase()).collect();
    if let Some(found) = trace.first_of(doc, root, "rep", ACCOUNT) {
        for n in found {
            for attr in ["aria-label", "value", "title"] {
                rep.extend(doc.attr(n, attr).map(emails_in).unwrap_or_default().into_iter().take(MAX_REP_ADDRESSES));
            }
        }
    }
    let rep_domains: Vec<String> = rep.iter().filter_map(|e| email_domain(e)).collect();
    let external = |email: &str| !rep.iter().any(|r| r == email) && email_domain(email).is_some_and(|d| !rep_domains.contains(&d));

    let compose = find_compose(doc, trace);
    let mut ctx = PageContext::default();
    let mut text = String::new();
    let mut draft = String::new();

    let thread_subject = trace
        .first_of(doc, root, "thread_subject", THREAD_SUBJECT)
        .and_then(|n| n.into_iter().find(|&n| doc.is_visible(n)))
        .map(|n| clean(&doc.text_prefix(n, 300), 300));
    let senders: Vec<(String, Option<String>)> = trace
        .first_of(doc, root, "senders", SENDERS)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|n| {
            doc.attr(n, "email")
                .map(|e| (e.trim().to_ascii_lowercase(), doc.attr(n, "name").map(String::from).or_else(|| Some(doc.text(n)).filter(|t| !t.is_empty()))))
        })
        .collect();
    let bodies = trace.first_of(doc, root, "messages", BODIES).unwrap_or_default();

    let mut contact: Option<(String, Option<String>)> = None;
    if let Some(c) = compose {
        if let Some(n) = trace.first_of(doc, c, "subject", SUBJECT_INPUT) {
            ctx.subject = doc.attr(n[0], "value").map(|v| clean(v, 300)).filter(|s| !s.is_empty());
        }
        for n in trace.first_of(doc, c, "recipients", RECIPIENTS).unwrap_or_default() {
            let emails = ["email", "data-hovercard-id", "value"].iter().filter_map(|a| doc.attr(n, a)).flat_map(emails_in).collect::<Vec<_>>();
            if let Some(e) = emails.into_iter().find(|e| external(e)) {
                let name = doc.attr(n, "name").map(String::from).or_else(|| Some(doc.text(n)).filter(|t| !t.is_empty() && !t.contains('@')));
                contact = Some((e, name));
                break;
            }
        }
        match trace.first_of(doc, c, "body", EDITOR) {
            Some(ed) => draft = doc.text(ed[0]),
            None => trace.miss("compose body not found"),
        }
    }
    if ctx.subject.is_none() {
        ctx.subject = thread_subject.clone();
    }
    if contact.is_none() {
        // In a thread, the prospect is the latest external sender.
        contact = senders.iter().rev().find(|(e, _)| external(e)).cloned();
    }
    // The prospect's latest message says what to send next; the rep's own messages and the
    // draft being written are the seller's words. Newest first, each after a boundary line the
    // ranker reads as history ("---").
    let sent_by_rep = |k: usize| senders.get(k).is_some_and(|(e, _)| !external(e));
    let mut order: Vec<usize> = (0..bodies.len()).rev().take(LATEST_MESSAGES).collect();
    handoff_core::sort::sort_by_key(&mut order, |&k| (sent_by_rep(k), std::cmp::Reverse(k)));
    let parts = order.into_iter().map(|k| doc.text(bodies[k])).chain(std::iter::once(draft)).filter(|t| !t.trim().is_empty());
    for part in parts {
        if !text.is_empty() {
            text.push_str("\n---\n");
        }
        text.push_str(&part);
    }
    if let Some((email, name)) = contact {
        let name = name.map(|n| clean(&n, 100)).filter(|n| !n.is_empty()).or_else(|| name_from_email(&email));
        ctx.company = company_from_signature(doc, &bodies, &senders, &email);
        ctx.domain = email_domain(&email);
        ctx.contact = Some(Contact { first_name: name.as_deref().and_then(first_name), name, email: Some(email) });
    } else if compose.is_some() || !senders.is_empty() {
        trace.miss("no external recipient or sender");
    }
    if compose.is_none() && thread_subject.is_none() {
        trace.miss("no open compose or thread");
    }
    let text = clean_lines(&text, TEXT_CHARS);
    ctx.text = (!text.is_empty()).then_some(text);
    ctx
}

/// The compose the rep is working in: the last visible one that holds an editor.
fn find_compose(doc: &Document, trace: &mut Trace) -> Option<NodeId> {
    for sel in COMPOSE_ROOTS {
        let roots: Vec<NodeId> = doc.select(sel).into_iter().filter(|&r| doc.is_visible(r) && EDITOR.iter().any(|e| doc.first(r, e).is_some())).collect();
        if let Some(&last) = roots.last() {
            trace.hit("compose", *sel, roots.len());
            return Some(last);
        }
    }
    // No known container: the editor's nearest form or table stands in for it.
    for sel in EDITOR {
        if let Some(&ed) = doc.select(sel).iter().rev().find(|&&e| doc.is_visible(e)) {
            trace.hit("compose", format!("{sel} ancestor"), 1);
            return doc.ancestors(ed).find(|&a| matches!(doc.name(a), Some("form" | "table"))).or(Some(ed));
        }
    }
    None
}

/// The company line of the contact's signature in their latest message, if it has one.
fn company_from_signature(doc: &Document, bodies: &[NodeId], senders: &[(String, Option<String>)], email: &str) -> Option<String> {
    // Bodies and senders come in the same message order when both are present.
    let body = senders.iter().zip(bodies).rev().find(|((e, _), _)| e == email).map(|(_, &b)| b)?;
    let sig = doc.first(body, ".gmail_signature").map(|s| doc.text(s)).unwrap_or_else(|| {
        let t = doc.text(body);
        t.lines().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect::<Vec<_>>().join("\n")
    });
    let name = senders.iter().find(|(e, _)| e == email).and_then(|(_, n)| n.clone()).unwrap_or_default();
    let lines: Vec<&str> = sig
        .lines()
        .map(str::trim)
        .filter(|l| {
            !l.is_empty() && l.len() < 80 && !l.contains('@') && !l.contains("http") && *l != name.trim() && l.chars().filter(char::is_ascii_digit).count() < 5
        })
        .collect();
    const ORG_WORDS: &[&str] = &[
        "county",
        "city",
        "state",
        "department",
        "inc",
        "llc",
        "ltd",
        "corp",
        "university",
        "college",
        "hospital",
        "health",
        "bank",
        "foundation",
        "district",
        "agency",
        "group",
        "company",
        "school",
        "credit union",
    ];
    lines
        .iter()
        .find(|l| {
            let lower = l.to_lowercase();
            ORG_WORDS.iter().any(|w| lower.split(|c: char| !c.is_alphanumeric()).any(|x| x == *w) || (w.contains(' ') && lower.contains(w)))
        })
        .map(|l| l.trim_end_matches([',', '.']).to_string())
}
