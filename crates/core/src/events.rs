//! Usage events: what reps did with content. Shared by the extension's outbox (through the
//! wasm crate) and the sync server. Nothing from the page's text is ever part of an event:
//! the only free text is a no-result search (what marketing needs to see) and a rep's own
//! proposed snippet.

use crate::time::parse_rfc3339;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub const ACTIONS: &[&str] = &["shown", "inserted", "rated", "dismissed", "searched", "search_no_result", "proposed", "outcome"];
/// How a deal ended, on `outcome`.
pub const OUTCOMES: &[&str] = &["won", "lost"];
/// Why a rep rated an item down: (id sent in events, the label the panel shows).
pub const RATING_REASONS: &[(&str, &str)] = &[
    ("outdated", "Outdated"),
    ("wrong-audience", "Wrong audience"),
    ("too-long", "Too long"),
    ("inaccurate", "Inaccurate"),
    ("off-brand", "Off-brand"),
    ("other", "Other"),
];
/// Segment's limit per event; ours too.
pub const MAX_EVENT_BYTES: usize = 32 * 1024;
pub const MAX_BATCH_BYTES: usize = 500 * 1024;
pub const MAX_BATCH_EVENTS: usize = 100;
/// Events are dated within these bounds (2020-01-01 and 2100-01-01, Unix seconds).
const EARLIEST_AT: i64 = 1_577_836_800;
const LATEST_AT: i64 = 4_102_444_800;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Proposal {
    pub title: String,
    pub body: String,
}

/// One usage event. `id` is given when the event is created and kept across retries:
/// the server stores each id once.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Event {
    pub id: String,
    /// When it happened (RFC 3339), by the rep's clock.
    pub at: String,
    pub action: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rep: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub item_version: Option<String>,
    /// +1 or -1, on `rated`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rating: Option<i8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vertical: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    /// The site: gmail, outlook, salesforce, ...
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The typed search, only on `search_no_result`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub query: Option<String>,
    /// Who the prospect is (company or domain), only when the org's privacy setting allows it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prospect: Option<String>,
    /// The deal (or mail thread) the page was about, as a key only the org's secret makes
    /// (deal.rs): never the CRM's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal: Option<String>,
    /// How the deal ended (`won` or `lost`), on `outcome`: sent once per deal and outcome.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<String>,
    /// A rep's snippet proposed to marketing, on `proposed`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub proposal: Option<Proposal>,
}

/// What an event may say about the prospect (an org setting; the default says nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Privacy {
    #[default]
    None,
    Domain,
    Company,
}

impl Privacy {
    /// The setting as the extension stores it (`none`, `domain`, `company`, as serialized);
    /// anything else says nothing.
    pub fn from_setting(setting: &str) -> Privacy {
        match setting {
            "domain" => Privacy::Domain,
            "company" => Privacy::Company,
            _ => Privacy::None,
        }
    }
}

impl Event {
    /// An event about a page: the canonical vertical and stage and the site, and — only as
    /// the privacy setting allows — the prospect's domain or company. Never the page's text,
    /// subject, contact or URL.
    pub fn for_context(
        id: String,
        at: String,
        action: &str,
        ctx: &crate::context::PageContext,
        taxonomy: &crate::taxonomy::Taxonomy,
        privacy: Privacy,
    ) -> Event {
        let res = crate::context::resolve(ctx, taxonomy);
        let site = ctx.source.as_deref().filter(|s| crate::sites::is_site(s)).unwrap_or("generic");
        let prospect = match privacy {
            Privacy::None => None,
            Privacy::Domain => ctx.domain.clone(),
            Privacy::Company => ctx.company.clone().or_else(|| ctx.domain.clone()),
        };
        Event {
            id,
            at,
            action: action.to_string(),
            vertical: res.vertical.map(|v| v.id),
            stage: res.stage.map(|s| s.id),
            source: Some(site.to_string()),
            prospect,
            ..Event::default()
        }
    }
}

fn short(field: &str, v: &Option<String>, max: usize) -> Result<(), String> {
    match v {
        Some(s) if s.chars().count() > max => Err(format!("`{field}` longer than {max} characters")),
        _ => Ok(()),
    }
}

impl Event {
    /// Checks one event; the error names the field.
    pub fn validate(&self) -> Result<(), String> {
        if self.id.trim().is_empty() || self.id.len() > 128 {
            return Err("`id` must be 1 to 128 characters".into());
        }
        match parse_rfc3339(&self.at) {
            None => return Err(format!("`at` {:?} is not an RFC 3339 date-time", self.at)),
            // Years 0000 and 9999 are clock faults or forgeries, not usage: reports by date
            // would carry them forever.
            Some(t) if !(EARLIEST_AT..LATEST_AT).contains(&t) => return Err(format!("`at` {:?} is outside 2020–2100", self.at)),
            Some(_) => {}
        }
        if !ACTIONS.contains(&self.action.as_str()) {
            return Err(format!("`action` {:?} is not one of {}", self.action, ACTIONS.join(", ")));
        }
        let needs_item = matches!(self.action.as_str(), "shown" | "inserted" | "rated" | "dismissed");
        if needs_item && self.item_id.as_deref().is_none_or(|s| s.trim().is_empty()) {
            return Err(format!("`item_id` is required on `{}`", self.action));
        }
        match (self.action.as_str(), self.rating) {
            ("rated", Some(1 | -1)) => {}
            ("rated", _) => return Err("`rating` must be 1 or -1 on `rated`".into()),
            (_, Some(_)) => return Err("`rating` only goes with `rated`".into()),
            _ => {}
        }
        if let Some(r) = &self.reason {
            if !RATING_REASONS.iter().any(|(id, _)| id == r) {
                let ids: Vec<&str> = RATING_REASONS.iter().map(|(id, _)| *id).collect();
                return Err(format!("`reason` {r:?} is not one of {}", ids.join(", ")));
            }
        }
        if self.query.is_some() && self.action != "search_no_result" {
            return Err("`query` is only sent with `search_no_result`".into());
        }
        if self.action == "search_no_result" && self.query.as_deref().is_none_or(|q| q.trim().is_empty()) {
            return Err("`query` is required on `search_no_result`".into());
        }
        match (&self.proposal, self.action.as_str()) {
            (Some(p), "proposed") if p.title.trim().is_empty() || p.body.trim().is_empty() => return Err("`proposal` needs a title and a body".into()),
            (Some(_), "proposed") => {}
            (None, "proposed") => return Err("`proposal` is required on `proposed`".into()),
            (Some(_), _) => return Err("`proposal` only goes with `proposed`".into()),
            _ => {}
        }
        match (self.action.as_str(), self.outcome.as_deref()) {
            ("outcome", Some(o)) if OUTCOMES.contains(&o) => {}
            ("outcome", _) => return Err(format!("`outcome` must be one of {} on `outcome`", OUTCOMES.join(", "))),
            (_, Some(_)) => return Err("`outcome` only goes with `outcome`".into()),
            _ => {}
        }
        if self.action == "outcome" && self.deal.is_none() {
            return Err("`deal` is required on `outcome`".into());
        }
        if self.deal.as_deref().is_some_and(|d| !crate::deal::is_key(d)) {
            return Err("`deal` must be a deal key (32 lowercase hex digits), never a CRM id".into());
        }
        short("vertical", &self.vertical, 64)?;
        short("stage", &self.stage, 64)?;
        short("source", &self.source, 64)?;
        short("item_version", &self.item_version, 64)?;
        short("rep", &self.rep, 200)?;
        short("item_id", &self.item_id, 200)?;
        short("query", &self.query, 200)?;
        short("prospect", &self.prospect, 200)?;
        Ok(())
    }

    /// Maps a Segment `track` message onto an event: `event` names the action ("Content
    /// Inserted" or "inserted"), `properties` carry the fields, `messageId` is the id.
    pub fn from_segment(msg: &Value) -> Result<Event, String> {
        let obj = msg.as_object().ok_or("not an object")?;
        match obj.get("type").and_then(Value::as_str) {
            Some("track") => {}
            other => return Err(format!("`type` {other:?}: only track messages carry usage events")),
        }
        let id = obj.get("messageId").and_then(Value::as_str).ok_or("`messageId` is required")?;
        let name = obj.get("event").and_then(Value::as_str).ok_or("`event` is required")?;
        let empty = Map::new();
        let props = obj.get("properties").and_then(Value::as_object).unwrap_or(&empty);
        let s = |k: &str| props.get(k).and_then(Value::as_str).map(String::from);
        Ok(Event {
            id: id.to_string(),
            at: obj.get("timestamp").or_else(|| obj.get("originalTimestamp")).and_then(Value::as_str).unwrap_or_default().to_string(),
            action: segment_action(name),
            rep: obj.get("userId").or_else(|| obj.get("anonymousId")).and_then(Value::as_str).map(String::from),
            item_id: s("item_id").or_else(|| s("content_id")),
            item_version: s("item_version"),
            rating: props.get("rating").and_then(Value::as_i64).and_then(|r| i8::try_from(r).ok()),
            reason: s("reason"),
            vertical: s("vertical"),
            stage: s("stage"),
            source: s("source"),
            query: s("query"),
            prospect: s("prospect"),
            deal: s("deal"),
            outcome: s("outcome"),
            proposal: props.get("proposal").and_then(|p| serde_json::from_value(p.clone()).ok()),
        })
    }
}

/// "Content Inserted" → "inserted", "Search No Result" → "search_no_result".
fn segment_action(name: &str) -> String {
    let snake: String = name.trim().to_lowercase().split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect::<Vec<_>>().join("_");
    let stripped = snake.strip_prefix("content_").unwrap_or(&snake);
    match stripped {
        "search_no_results" | "searched_no_result" | "no_result_search" => "search_no_result".into(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ev(v: Value) -> Event {
        serde_json::from_value(v).unwrap()
    }

    #[test]
    fn valid_events_pass_and_bad_ones_name_the_field() {
        assert!(ev(json!({"id":"e1","at":"2026-11-23T10:00:00Z","action":"inserted","item_id":"a"})).validate().is_ok());
        assert!(ev(json!({"id":"e2","at":"2026-11-23T10:00:00Z","action":"rated","item_id":"a","rating":-1,"reason":"outdated"})).validate().is_ok());
        assert!(ev(json!({"id":"e4","at":"2026-11-23T10:00:00Z","action":"outcome","deal":"0123456789abcdef0123456789abcdef","outcome":"won"}))
            .validate()
            .is_ok());
        assert!(ev(json!({"id":"e3","at":"2026-11-23T10:00:00Z","action":"search_no_result","query":"fedramp high"})).validate().is_ok());
        let cases = [
            (json!({"id":"","at":"2026-11-23T10:00:00Z","action":"inserted","item_id":"a"}), "`id`"),
            (json!({"id":"x","at":"yesterday","action":"inserted","item_id":"a"}), "`at`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"clicked","item_id":"a"}), "`action`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"inserted"}), "`item_id`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"rated","item_id":"a","rating":5}), "`rating`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"inserted","item_id":"a","query":"page text"}), "`query`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"proposed"}), "`proposal`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"outcome","deal":"0123456789abcdef0123456789abcdef","outcome":"maybe"}), "`outcome`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"outcome","outcome":"won"}), "`deal`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"inserted","item_id":"a","deal":"0065e00000ABCDE"}), "`deal`"),
            (json!({"id":"x","at":"2026-11-23T10:00:00Z","action":"inserted","item_id":"a","outcome":"won"}), "`outcome`"),
        ];
        for (v, field) in cases {
            let err = ev(v.clone()).validate().unwrap_err();
            assert!(err.contains(field), "{v}: {err}");
        }
    }

    #[test]
    fn events_about_a_page_carry_no_page_text_and_respect_privacy() {
        let ctx: crate::context::PageContext = serde_json::from_value(json!({
            "source": "gmail", "url": "https://mail.google.com/mail/u/0/#inbox/SECRETURL", "company": "Acme County", "domain": "acmecounty.gov",
            "contact": {"name": "Dana Lee", "email": "dana@acmecounty.gov"}, "raw": {"stage": "Proposal/Price Quote"},
            "subject": "Re: SECRETSUBJECT", "text": "SECRETTEXT budget is 400k"
        }))
        .unwrap();
        let tax = crate::taxonomy::Taxonomy::default();
        let e = Event::for_context("e1".into(), "2026-11-23T10:00:00Z".into(), "shown", &ctx, &tax, Privacy::None);
        assert_eq!(
            (e.vertical.as_deref(), e.stage.as_deref(), e.source.as_deref(), e.prospect.as_deref()),
            (Some("government"), Some("proposal"), Some("gmail"), None)
        );
        let all = serde_json::to_string(&e).unwrap();
        for secret in ["SECRET", "Dana", "dana@", "Acme", "400k", "mail.google.com"] {
            assert!(!all.contains(secret), "{secret} leaked: {all}");
        }
        assert_eq!(Event::for_context("e".into(), "t".into(), "shown", &ctx, &tax, Privacy::Domain).prospect.as_deref(), Some("acmecounty.gov"));
        assert_eq!(Event::for_context("e".into(), "t".into(), "shown", &ctx, &tax, Privacy::Company).prospect.as_deref(), Some("Acme County"));
    }

    #[test]
    fn segment_track_messages_map_to_events() {
        let e = Event::from_segment(&json!({"type":"track","event":"Content Inserted","messageId":"m-1","timestamp":"2026-11-23T10:00:00.000Z","userId":"rep-7","properties":{"item_id":"gov-fedramp","vertical":"government","stage":"proposal","source":"gmail"}})).unwrap();
        assert_eq!((e.id.as_str(), e.action.as_str(), e.item_id.as_deref(), e.rep.as_deref()), ("m-1", "inserted", Some("gov-fedramp"), Some("rep-7")));
        assert!(e.validate().is_ok());
        let e = Event::from_segment(
            &json!({"type":"track","event":"Search No Result","messageId":"m-2","timestamp":"2026-11-23T10:00:00Z","properties":{"query":"cjis"}}),
        )
        .unwrap();
        assert_eq!(e.action, "search_no_result");
        assert!(Event::from_segment(&json!({"type":"identify","messageId":"m"})).is_err());
        assert!(Event::from_segment(&json!({"type":"track","event":"x"})).unwrap_err().contains("messageId"));
    }

    #[test]
    fn a_privacy_setting_reads_as_its_serialized_name_and_anything_else_says_nothing() {
        for p in [Privacy::None, Privacy::Domain, Privacy::Company] {
            assert_eq!(Privacy::from_setting(serde_json::to_value(p).unwrap().as_str().unwrap()), p);
        }
        assert_eq!(Privacy::from_setting("Domain"), Privacy::None);
    }
}
