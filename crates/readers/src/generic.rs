//! Any other page: title, meta tags, visible email addresses and their domains.

use crate::dom::Document;
use crate::util::{clean, clean_lines, email_domain, emails_in, first_name, host, name_from_email};
use crate::{Options, Trace};
use handoff_core::context::{Contact, PageContext};

const TEXT_CHARS: usize = 5_000;

pub fn read(doc: &Document, url: &str, opts: &Options, trace: &mut Trace) -> PageContext {
    let root = doc.root();
    let mut ctx = PageContext::default();
    let meta = |names: &[&str]| {
        names.iter().find_map(|n| {
            let sel = format!("meta[property='{n}'], meta[name='{n}']");
            doc.select(&sel).into_iter().find_map(|m| doc.attr(m, "content").map(|c| clean(c, 200)).filter(|c| !c.is_empty()))
        })
    };
    ctx.company = meta(&["og:site_name", "application-name", "author"]);
    if ctx.company.is_some() {
        trace.hit("company", "meta site name", 1);
    }
    ctx.subject = doc.first(root, "title").map(|t| clean(&doc.text_prefix(t, 300), 300)).filter(|s| !s.is_empty()).or_else(|| meta(&["og:title"]));

    let rep: Vec<String> = opts.rep_emails.iter().map(|e| e.to_ascii_lowercase()).collect();
    let rep_domains: Vec<String> = rep.iter().filter_map(|e| email_domain(e)).collect();
    let mut emails: Vec<String> = doc
        .select("a[href^='mailto:']")
        .into_iter()
        .filter_map(|a| doc.attr(a, "href"))
        .flat_map(|h| emails_in(&h["mailto:".len()..].replace("%40", "@")))
        .collect();
    if !emails.is_empty() {
        trace.hit("emails", "a[href^='mailto:']", emails.len());
    }
    let body_text = doc.first(root, "body").map(|b| doc.text(b)).unwrap_or_else(|| doc.text(root));
    emails.extend(emails_in(&body_text));
    if let Some(email) = emails.into_iter().find(|e| !rep.contains(e) && email_domain(e).is_some_and(|d| !rep_domains.contains(&d))) {
        ctx.domain = email_domain(&email);
        let name = name_from_email(&email);
        ctx.contact = Some(Contact { first_name: name.as_deref().and_then(first_name), name, email: Some(email) });
    }
    if ctx.domain.is_none() {
        let h = host(url);
        let h = h.strip_prefix("www.").unwrap_or(&h);
        if h.contains('.') && !h.chars().all(|c| c.is_ascii_digit() || c == '.') {
            ctx.domain = Some(h.to_string());
        }
    }
    let description = meta(&["description", "og:description"]).unwrap_or_default();
    let text = clean_lines(&format!("{description}\n{body_text}"), TEXT_CHARS);
    ctx.text = (!text.is_empty()).then_some(text);
    if ctx.contact.is_none() && ctx.company.is_none() {
        trace.miss("no company or contact on the page");
    }
    ctx
}
