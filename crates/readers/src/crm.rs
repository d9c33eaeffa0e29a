//! One reader for every CRM record page (Salesforce Lightning, HubSpot, Dynamics 365,
//! Pipedrive), driven by that site's rules: language-independent hooks first, visible
//! labels as the fallback, and only the record that is actually on screen.

use crate::dom::{Document, NodeId};
use crate::rules::SiteRules;
use crate::util::{clean, clean_lines, email_domain, emails_in, first_name};
use crate::Trace;
use handoff_core::context::{Contact, PageContext};
use serde_json::Value;

const TEXT_CHARS: usize = 5_000;

pub fn read(doc: &Document, rules: &SiteRules, url: &str, trace: &mut Trace) -> PageContext {
    let root = record_root(doc, rules, trace);
    let field = |name: &str, trace: &mut Trace| find_field(doc, root, rules, name, trace);
    let mut ctx = PageContext::default();
    let stage = field("stage", trace);
    let industry = field("industry", trace);
    let pipeline = field("pipeline", trace);
    let amount = field("amount", trace);
    let kind = field("type", trace);
    ctx.company = field("company", trace);
    ctx.subject = field("record_name", trace);
    let email = field("email", trace).and_then(|e| emails_in(&e).into_iter().next());
    let name = field("contact_name", trace).or_else(|| {
        let parts: Vec<String> = ["first_name", "last_name"].iter().filter_map(|f| find_field(doc, root, rules, f, trace)).collect();
        (!parts.is_empty()).then(|| parts.join(" "))
    });
    if name.is_some() || email.is_some() {
        ctx.contact = Some(Contact { first_name: name.as_deref().and_then(first_name), name, email: email.clone() });
    }
    ctx.domain = email.as_deref().and_then(email_domain).or_else(|| ctx.company.as_deref().and_then(|c| domain_beside(doc, root, c)));
    // A deal named "Acme County - Records modernization" names its company when no card does.
    if ctx.company.is_none() && is_deal_page(url) {
        if let Some(company) = ctx.subject.as_deref().and_then(company_in_deal_name) {
            trace.hit("company", "deal name", 1);
            ctx.company = Some(company);
        }
    }
    for (key, value) in [("stage", &stage), ("industry", &industry), ("pipeline", &pipeline), ("amount", &amount), ("type", &kind)] {
        if let Some(v) = value {
            ctx.raw.insert(key.into(), Value::String(v.clone()));
        }
    }
    if let Some(object) = record_object(url) {
        ctx.raw.insert("object".into(), Value::String(object));
    }
    if stage.is_none() && is_deal_page(url) {
        trace.miss("stage not found");
    }
    if ctx.company.is_none() {
        trace.miss("company not found");
    }
    let text = [field("description", trace), Some(doc.content_text(root))].into_iter().flatten().collect::<Vec<_>>().join("\n");
    let text = without_labels(&clean_lines(&text, TEXT_CHARS), doc, root, rules);
    ctx.text = (!text.is_empty()).then_some(text);
    ctx
}

/// The company's web domain as an association card shows it beside the company's name
/// ("Harbor City Schools · harborcityschools.org").
fn domain_beside(doc: &Document, root: NodeId, company: &str) -> Option<String> {
    let link = doc.select_in(root, "a").into_iter().find(|&a| doc.is_visible(a) && clean(&doc.text_prefix(a, 200), 200) == company)?;
    let card = doc.ancestors(link).take(3).last()?;
    clean(&doc.text_prefix(card, 2000), 2000)
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_ascii_lowercase())
        .find(|w| looks_like_domain(w))
}

fn looks_like_domain(w: &str) -> bool {
    let labels: Vec<&str> = w.split('.').collect();
    let tld = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && labels.iter().all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        && (2..=6).contains(&tld.len())
        && tld.chars().all(|c| c.is_ascii_alphabetic())
}

/// "Acme County - Records modernization" → "Acme County"; HubSpot and Pipedrive name new
/// deals after the company by default.
fn company_in_deal_name(name: &str) -> Option<String> {
    let (head, _) = [" - ", " – ", " — ", " | ", ": "].iter().filter_map(|sep| name.split_once(sep)).min_by_key(|(h, _)| h.len())?;
    let head = head.trim();
    (2..=80).contains(&head.chars().count()).then(|| head.to_string())
}

/// The record on screen: the last visible match of the first root rule that has one.
fn record_root(doc: &Document, rules: &SiteRules, trace: &mut Trace) -> NodeId {
    for sel in &rules.record_roots {
        let visible: Vec<NodeId> = doc.select(sel).into_iter().filter(|&n| doc.is_visible(n)).collect();
        if let Some(&last) = visible.last() {
            trace.hit("record", sel.clone(), visible.len());
            return last;
        }
    }
    trace.miss("record container not found; reading the whole page");
    doc.root()
}

fn find_field(doc: &Document, root: NodeId, rules: &SiteRules, name: &str, trace: &mut Trace) -> Option<String> {
    let field: &'static str = match name {
        "stage" => "stage",
        "industry" => "industry",
        "pipeline" => "pipeline",
        "company" => "company",
        "record_name" => "record_name",
        "contact_name" => "contact_name",
        "first_name" => "first_name",
        "last_name" => "last_name",
        "email" => "email",
        "amount" => "amount",
        "type" => "type",
        _ => "description",
    };
    for sel in rules.fields.get(name).into_iter().flatten() {
        let hits: Vec<NodeId> = doc.select_in(root, sel).into_iter().filter(|&n| doc.is_visible(n)).collect();
        if let Some(v) = hits.iter().find_map(|&n| value_of(doc, n, rules)) {
            trace.hit(field, sel.clone(), hits.len());
            return Some(v);
        }
    }
    if let Some(v) = labelled_value(doc, root, rules, name, field, trace) {
        return Some(v);
    }
    for sel in rules.links.get(name).into_iter().flatten() {
        let hits: Vec<NodeId> = doc.select_in(root, sel).into_iter().filter(|&n| doc.is_visible(n)).collect();
        if let Some(v) = hits.iter().find_map(|&n| nonempty(&clean(&doc.text_prefix(n, 200), 200))) {
            trace.hit(field, sel.clone(), hits.len());
            return Some(v);
        }
    }
    None
}

/// The value beside a visible label naming the field, in any language the rules list.
fn labelled_value(doc: &Document, root: NodeId, rules: &SiteRules, name: &str, field: &'static str, trace: &mut Trace) -> Option<String> {
    let labels = rules.labels.get(name)?;
    for sel in &rules.label_selectors {
        for label in doc.select_in(root, sel) {
            let text = label_text(doc, label);
            let text = text.as_str();
            if !labels.iter().any(|l| l.eq_ignore_ascii_case(text)) || !doc.is_visible(label) {
                continue;
            }
            // The value sits beside the label: look in the label's ancestors, nearest first.
            for container in doc.ancestors(label).take(4) {
                if let Some(v) = value_near(doc, container, label, rules) {
                    trace.hit(field, format!("label “{text}” ({sel})"), 1);
                    return Some(v);
                }
            }
        }
    }
    None
}

/// A field element's value: form controls by their value, else the first value element inside.
/// A label as it names its field: "Close Date:" and "Amount *" are "Close Date" and "Amount".
fn label_text(doc: &Document, label: NodeId) -> String {
    clean(&doc.text_prefix(label, 80), 80).trim_end_matches([':', '*']).trim().to_string()
}

/// The record's text without its field labels' lines ("Company", "Close Date", "Lead Status"):
/// the page's furniture, not what the prospect is about (a label was a reason: "mentions company").
fn without_labels(text: &str, doc: &Document, root: NodeId, rules: &SiteRules) -> String {
    let labels: Vec<String> = rules.label_selectors.iter().flat_map(|s| doc.select_in(root, s)).map(|l| label_text(doc, l)).collect();
    // A few dozen labels: a linear look-up (a sorted set would add a sort's code to the wasm).
    let is_label = |line: &str| {
        let line = line.trim_end_matches([':', '*']).trim();
        !line.is_empty() && labels.iter().any(|l| l == line)
    };
    text.lines().filter(|line| !is_label(line)).collect::<Vec<_>>().join("\n")
}

fn value_of(doc: &Document, n: NodeId, rules: &SiteRules) -> Option<String> {
    if let Some(v) = control_value(doc, n) {
        return Some(v);
    }
    for sel in &rules.value_selectors {
        for v in doc.select_in(n, sel) {
            if let Some(text) = control_value(doc, v).or_else(|| nonempty(&doc.text(v))) {
                return Some(text);
            }
        }
    }
    let labels: Vec<String> = rules.label_selectors.iter().flat_map(|s| doc.select_in(n, s)).map(|l| doc.text(l)).collect();
    let mut text = doc.text(n);
    for l in labels {
        text = text.replacen(&l, "", 1);
    }
    nonempty(&text)
}

fn value_near(doc: &Document, container: NodeId, label: NodeId, rules: &SiteRules) -> Option<String> {
    for sel in &rules.value_selectors {
        for v in doc.select_in(container, sel) {
            if v == label || doc.ancestors(v).any(|a| a == label) || doc.ancestors(label).any(|a| a == v) {
                continue;
            }
            if let Some(text) = control_value(doc, v).or_else(|| nonempty(&doc.text(v))) {
                return Some(text);
            }
        }
    }
    None
}

fn control_value(doc: &Document, n: NodeId) -> Option<String> {
    match doc.name(n)? {
        "input" | "textarea" => doc.attr(n, "value").and_then(nonempty).or_else(|| nonempty(&doc.text(n))),
        "select" => doc.select_in(n, "option[selected]").first().and_then(|&o| nonempty(&doc.text(o))).or_else(|| doc.attr(n, "value").and_then(nonempty)),
        _ => doc.attr(n, "data-value").and_then(nonempty),
    }
}

fn nonempty(s: &str) -> Option<String> {
    let c = clean(s, 300);
    (!c.is_empty()).then_some(c)
}

/// `/lightning/r/Opportunity/006.../view` → "Opportunity"; HubSpot `record/0-3/` → "deal".
fn record_object(url: &str) -> Option<String> {
    let path = crate::util::path(url);
    let parts: Vec<&str> = path.split('/').collect();
    if let Some(i) = parts.iter().position(|p| *p == "r") {
        return parts.get(i + 1).map(|s| s.to_string());
    }
    if let Some(i) = parts.iter().position(|p| *p == "record") {
        return parts.get(i + 1).map(|t| match *t {
            "0-1" => "contact".into(),
            "0-2" => "company".into(),
            "0-3" => "deal".into(),
            other => other.into(),
        });
    }
    if url.contains("etn=") {
        return url.split("etn=").nth(1).map(|s| s.split('&').next().unwrap_or("").to_string());
    }
    parts.iter().position(|p| *p == "deal").map(|_| "deal".into())
}

fn is_deal_page(url: &str) -> bool {
    handoff_core::deal::record_of(url).is_some_and(|r| r.is_deal())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deal_names_and_domains() {
        assert_eq!(company_in_deal_name("Acme County - Records modernization").as_deref(), Some("Acme County"));
        assert_eq!(company_in_deal_name("Pinecrest Dental – New Deal").as_deref(), Some("Pinecrest Dental"));
        assert_eq!(company_in_deal_name("Records modernization"), None);
        assert!(looks_like_domain("harborcityschools.org") && looks_like_domain("k12.tx.us"));
        assert!(!looks_like_domain("3.5") && !looks_like_domain("e.g") && !looks_like_domain("$180,000.00"));
    }
}
