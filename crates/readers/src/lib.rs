//! Page readers: turn a page (a saved file, or the snapshot the content script sends from
//! the live page) into the page context of CONTRACTS.md §3. Each reader tries several
//! strategies per field, records which one hit, and reports what it could not find,
//! with no page text in the report.

mod crm;
pub mod dom;
mod generic;
mod gmail;
mod outlook;
pub mod rules;
pub mod select;
mod util;

use dom::Document;
use handoff_core::context::{resolve, PageContext};
use handoff_core::Taxonomy;
use serde::Serialize;

/// What the reader knows beyond the page: who the rep is, so the rep is never taken for the prospect.
#[derive(Debug, Clone)]
pub struct Options {
    pub rep_emails: Vec<String>,
    pub taxonomy: Taxonomy,
    pub rules: rules::Rules,
}

impl Default for Options {
    fn default() -> Self {
        Options { rep_emails: Vec::new(), taxonomy: Taxonomy::default(), rules: rules::Rules::builtin() }
    }
}

/// Which strategy found a field, and how many elements it matched.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Hit {
    pub field: &'static str,
    pub strategy: String,
    pub count: usize,
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Reading {
    pub context: PageContext,
    pub reader: &'static str,
    pub hits: Vec<Hit>,
    /// Health signals ("gmail: subject not found"): field names only, never page text.
    pub health: Vec<String>,
}

/// Collects hits and misses while a reader works.
#[derive(Debug, Default)]
pub struct Trace {
    reader: &'static str,
    hits: Vec<Hit>,
    health: Vec<String>,
}

impl Trace {
    fn new(reader: &'static str) -> Trace {
        Trace { reader, ..Trace::default() }
    }

    pub fn hit(&mut self, field: &'static str, strategy: impl Into<String>, count: usize) {
        self.hits.push(Hit { field, strategy: strategy.into(), count });
    }

    pub fn miss(&mut self, what: &str) {
        self.health.push(format!("{} reader: {what}", self.reader));
    }

    /// The first selector that matches anything inside `scope`: (selector, matches).
    pub fn first_of(&mut self, doc: &Document, scope: dom::NodeId, field: &'static str, selectors: &[&str]) -> Option<Vec<dom::NodeId>> {
        for sel in selectors {
            let found = doc.select_in(scope, sel);
            if !found.is_empty() {
                self.hit(field, *sel, found.len());
                return Some(found);
            }
        }
        None
    }
}

/// The row of the site table (extension/sites.json) a URL is on, which names its reader, or "generic".
pub fn source_for_url(url: &str) -> &'static str {
    handoff_core::sites::site_for_host(&util::host(url))
}

/// Reads a page. Never fails: a page no strategy reads gives a near-empty context and health signals.
pub fn read_page(url: &str, html: &str, opts: &Options) -> Reading {
    let doc = Document::parse(html);
    let source = source_for_url(url);
    let mut trace = Trace::new(source);
    let mut ctx = match source {
        "gmail" => gmail::read(&doc, opts, &mut trace),
        "outlook" => outlook::read(&doc, opts, &mut trace),
        site => match opts.rules.site(site) {
            Some(rules) => crm::read(&doc, rules, url, &mut trace),
            None => generic::read(&doc, url, opts, &mut trace),
        },
    };
    ctx.source = Some(source.to_string());
    ctx.url = Some(url.to_string());
    finish(&mut ctx, &opts.taxonomy);
    Reading { context: ctx, reader: source, hits: trace.hits, health: trace.health }
}

/// Canonical vertical and stage from what the reader put in `raw` (or inferred from the domain).
fn finish(ctx: &mut PageContext, taxonomy: &Taxonomy) {
    if ctx.domain.is_none() {
        ctx.domain = ctx.contact.as_ref().and_then(|c| c.email.as_deref()).and_then(util::email_domain);
    }
    let res = resolve(ctx, taxonomy);
    if let Some(v) = res.vertical {
        if v.how != "page" {
            ctx.extra.insert(handoff_core::context::GUESS_EVIDENCE.into(), v.evidence.into());
        }
        ctx.vertical = Some(v.id);
    }
    ctx.stage = res.stage.map(|s| s.id);
    if !res.unmapped.is_empty() {
        ctx.extra.insert("unmapped".into(), res.unmapped.into());
    }
}
