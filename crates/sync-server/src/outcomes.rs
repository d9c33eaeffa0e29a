//! What helps win: each org's deal-key secret, closed deals from an admin's CRM export, and the
//! report of content per deal outcome. Deals are known by their keys only (core's deal.rs):
//! the extension keys record ids in the browser; an export's ids are keyed here and dropped.

use crate::auth::{Admin, Rep};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use crate::reports::{columns, items, respond, Filters};
use axum::extract::{Query, State};
use axum::response::Response;
use axum::Json;
use handoff_core::deal::{self, win_interval, Record};
use handoff_core::time::parse_rfc3339;
use handoff_core::Taxonomy;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sqlx::Row;
use std::collections::{BTreeMap, HashMap, HashSet};

/// `GET /v1/org`: what a rep's extension needs of its org besides the library.
#[derive(Serialize, JsonSchema)]
pub struct OrgSettings {
    /// The org's id, part of its tracked links.
    pub org: String,
    /// The key for deal and thread keys (HMAC-SHA256): record ids never leave the browser.
    pub deal_secret: String,
    /// Whether inserted links go through `/l/CODE` (an admin's setting, off by default).
    pub tracked_links: bool,
}

/// The org's deal-key secret, made on first use. Two first uses at once keep one secret: the
/// UPDATE only fills an empty column, and both then read what it holds.
pub async fn org_secret(db: &Db, org: &str) -> Result<String, ApiError> {
    let read = || async {
        sqlx::query("SELECT deal_secret FROM orgs WHERE id = $1")
            .bind(org)
            .fetch_one(db)
            .await
            .map_err(ApiError::db)?
            .try_get::<Option<String>, _>("deal_secret")
            .map_err(ApiError::db)
    };
    if let Some(s) = read().await? {
        return Ok(s);
    }
    let fresh = format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple());
    sqlx::query("UPDATE orgs SET deal_secret = $1 WHERE id = $2 AND deal_secret IS NULL").bind(&fresh).bind(org).execute(db).await.map_err(ApiError::db)?;
    read().await?.ok_or_else(|| ApiError::db_failure("the org's deal secret was not stored"))
}

pub async fn get_org(State(db): State<Db>, Rep(who): Rep) -> Result<Json<OrgSettings>, ApiError> {
    let deal_secret = org_secret(&db, &who.org_id).await?;
    Ok(Json(OrgSettings { tracked_links: tracked_links(&db, &who.org_id).await?, org: who.org_id, deal_secret }))
}

pub async fn tracked_links(db: &Db, org: &str) -> Result<bool, ApiError> {
    let row = sqlx::query("SELECT tracked_links FROM orgs WHERE id = $1").bind(org).fetch_one(db).await.map_err(ApiError::db)?;
    Ok(row.try_get::<i64, _>("tracked_links").map_err(ApiError::db)? != 0)
}

pub async fn set_tracked_links(db: &Db, org: &str, on: bool) -> Result<(), ApiError> {
    sqlx::query("UPDATE orgs SET tracked_links = $1 WHERE id = $2").bind(i64::from(on)).bind(org).execute(db).await.map_err(ApiError::db)?;
    Ok(())
}

/// `GET /l/{code}`: a tracked link a prospect opened. Counted (item, deal key, time: nothing
/// about who opened it), then sent on to the asset. A code that does not check out gets a
/// page saying so, never a redirect to somewhere it names.
pub async fn open_link(State(db): State<Db>, axum::extract::Path(code): axum::extract::Path<String>) -> Result<Response, ApiError> {
    use axum::response::IntoResponse;
    let not_found = || {
        (
            axum::http::StatusCode::NOT_FOUND,
            [("content-type", "text/html; charset=utf-8")],
            "<!DOCTYPE html><title>Link not found</title><p>This link is not valid. Ask the sender for a new one.</p>",
        )
            .into_response()
    };
    let org = code.split('.').next().unwrap_or("").to_string();
    let secret: Option<String> = sqlx::query("SELECT deal_secret FROM orgs WHERE id = $1")
        .bind(&org)
        .fetch_optional(&db)
        .await
        .map_err(ApiError::db)?
        .and_then(|r| r.try_get("deal_secret").ok())
        .flatten();
    let Some((org, item, deal)) = deal::read_link(&code, |_| secret) else { return Ok(not_found()) };
    let json: Option<String> = sqlx::query("SELECT json FROM items WHERE org_id = $1 AND id = $2")
        .bind(&org)
        .bind(&item)
        .fetch_optional(&db)
        .await
        .map_err(ApiError::db)?
        .and_then(|r| r.try_get("json").ok());
    let url = json
        .and_then(|j| serde_json::from_str::<handoff_core::library::Item>(&j).ok())
        .map(|i| i.url)
        .filter(|u| u.starts_with("https://") || u.starts_with("http://"));
    let Some(url) = url else { return Ok(not_found()) };
    sqlx::query("INSERT INTO link_opens (org_id, item_id, deal, at_ms) VALUES ($1, $2, $3, $4)")
        .bind(&org)
        .bind(&item)
        .bind(deal)
        .bind(now_ms())
        .execute(&db)
        .await
        .map_err(ApiError::db)?;
    Ok((axum::http::StatusCode::FOUND, [("location", url), ("cache-control", "no-store".into()), ("referrer-policy", "no-referrer".into())]).into_response())
}

#[derive(Deserialize, JsonSchema)]
pub struct ImportQuery {
    /// The CRM the export comes from: salesforce, hubspot, dynamics or pipedrive.
    pub crm: String,
}

/// What an import of closed deals did.
#[derive(Serialize, JsonSchema, Default)]
pub struct Imported {
    /// Deals recorded as won or lost (a deal already recorded is updated).
    pub recorded: u64,
    /// Rows whose stage is not closed (won or lost): left out.
    pub open: u64,
    /// Rows not read, each with its line.
    pub problems: Vec<String>,
}

/// The columns an export names its id, stage and close date by (compared without case, spaces
/// or punctuation): Salesforce, HubSpot, Dynamics and Pipedrive exports' own headers.
const ID_HEADERS: &[&str] = &["id", "opportunityid", "recordid", "dealid", "opportunity", "18digitopportunityid"];
const STAGE_HEADERS: &[&str] = &["stage", "stagename", "dealstage", "status", "statuscode", "salesstage"];
const CLOSE_HEADERS: &[&str] = &["closedate", "closedon", "actualclosedate", "wonlosttime", "dealclosedate", "estimatedclosedate"];

/// Reads a CSV export of deals and records the closed ones under their keys. The amount
/// column, if any, is not read: the report counts deals, and an amount is not needed for it.
pub async fn import_closed(db: &Db, org: &str, crm: &str, text: &str, tax: &Taxonomy) -> Result<Imported, ApiError> {
    if !deal::CRMS.iter().any(|c| c.eq_ignore_ascii_case(crm.trim())) {
        return Err(ApiError::bad_request(format!("`crm` {crm:?} is not one of {}", deal::CRMS.join(", "))));
    }
    let secret = org_secret(db, org).await?;
    let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let squash = |s: &str| s.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase();
    let headers: Vec<String> = reader.headers().map_err(|e| ApiError::bad_request(format!("not a CSV export: {e}")))?.iter().map(squash).collect();
    let col = |names: &[&str]| names.iter().find_map(|n| headers.iter().position(|h| h == n));
    let (Some(id_col), Some(stage_col)) = (col(ID_HEADERS), col(STAGE_HEADERS)) else {
        return Err(ApiError::bad_request("the export needs an id column (Id, Opportunity ID, Record ID or Deal ID) and a stage column (Stage, Deal Stage)"));
    };
    let close_col = col(CLOSE_HEADERS);
    let mut done = Imported::default();
    let mut rows: Vec<(String, &'static str, Option<i64>)> = Vec::new();
    for (n, row) in reader.records().enumerate() {
        let line = n + 2;
        let row = match row {
            Ok(r) => r,
            Err(e) => {
                done.problems.push(format!("line {line}: {e}"));
                continue;
            }
        };
        let (id, stage) = (row.get(id_col).unwrap_or("").trim(), row.get(stage_col).unwrap_or("").trim());
        let Some(record) = Record::deal(crm, id) else {
            done.problems.push(format!("line {line}: no deal id"));
            continue;
        };
        let outcome = match tax.map_stage(stage) {
            Some("closed-won") => "won",
            Some("closed-lost") => "lost",
            _ => {
                done.open += 1;
                continue;
            }
        };
        let closed = close_col.and_then(|c| row.get(c)).and_then(parse_day);
        rows.push((deal::key(&secret, &record).ok_or_else(|| ApiError::db_failure("the org's deal secret is too short"))?, outcome, closed));
    }
    let received = now_ms();
    let mut tx = db.begin().await.map_err(ApiError::db)?;
    for (key, outcome, closed) in &rows {
        sqlx::query("INSERT INTO deal_outcomes (org_id, deal, outcome, closed_ms, received_ms) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, deal) DO UPDATE SET outcome = excluded.outcome, closed_ms = excluded.closed_ms, received_ms = excluded.received_ms")
            .bind(org)
            .bind(key)
            .bind(*outcome)
            .bind(*closed)
            .bind(received)
            .execute(&mut *tx)
            .await
            .map_err(ApiError::db)?;
    }
    tx.commit().await.map_err(ApiError::db)?;
    done.recorded = rows.len() as u64;
    Ok(done)
}

/// A close date as exports write it: 2026-03-14, 2026-03-14T10:00:00Z, or 3/14/2026 (US).
fn parse_day(s: &str) -> Option<i64> {
    let s = s.trim();
    if let Some(t) = parse_rfc3339(s) {
        return Some(t * 1000);
    }
    let iso = if let Some((m, rest)) = s.split_once('/') {
        let (d, y) = rest.split_once('/')?;
        format!("{:0>4}-{:0>2}-{:0>2}", y.get(..4)?, m, d)
    } else {
        s.get(..10)?.to_string()
    };
    parse_rfc3339(&format!("{iso}T00:00:00Z")).map(|t| t * 1000)
}

/// `POST /v1/admin/outcomes?crm=…`: a CSV export of closed deals (id, stage, close date).
pub async fn post_outcomes(State(db): State<Db>, Admin(who): Admin, Query(q): Query<ImportQuery>, body: String) -> Result<Json<Imported>, ApiError> {
    let tax = crate::library::org_taxonomy(&db, &who.org_id).await?;
    Ok(Json(import_closed(&db, &who.org_id, &q.crm, &body, &tax).await?))
}

/// `GET /v1/reports/outcomes`.
#[derive(Serialize, JsonSchema)]
pub struct Outcomes {
    /// Deals with an insert in the window: all, won, lost, still open.
    pub deals: DealCount,
    /// Per item over all cells, then per item × vertical × stage (`vertical` and `stage` empty
    /// on the item's own row).
    pub items: Vec<OutcomeRow>,
}

#[derive(Serialize, JsonSchema, Default, Clone, Copy)]
pub struct DealCount {
    pub deals: u64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
}

impl DealCount {
    fn add(&mut self, outcome: Option<&str>) {
        self.deals += 1;
        match outcome {
            Some("won") => self.won += 1,
            Some("lost") => self.lost += 1,
            _ => self.open += 1,
        }
    }

    /// Won of the decided deals, with its 95% interval.
    fn rate(&self) -> (Option<f64>, Option<(f64, f64)>) {
        let decided = self.won + self.lost;
        ((decided > 0).then(|| round3(self.won as f64 / decided as f64)), win_interval(self.won, decided).map(|(lo, hi)| (round3(lo), round3(hi))))
    }
}

/// One item's deals, over all cells or in one vertical × stage cell.
#[derive(Serialize, JsonSchema)]
pub struct OutcomeRow {
    pub item_id: String,
    pub title: String,
    pub vertical: String,
    pub stage: String,
    /// Deals where the item was inserted, and how they stand.
    pub deals: u64,
    pub won: u64,
    pub lost: u64,
    pub open: u64,
    /// won / (won + lost); null while none is decided.
    pub win_rate: Option<f64>,
    /// 95% interval of the win rate (Wilson): five deals give a wide one, not a trend.
    pub win_low: Option<f64>,
    pub win_high: Option<f64>,
    /// The win rate of every deal with any insert in the same cell (the whole org on an
    /// item's own row): what the item's rate is read against.
    pub baseline_win_rate: Option<f64>,
    /// Median days from the item's first insert in a deal to the deal's close, to a tenth.
    pub median_days_to_close: Option<f64>,
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// How each deal ended, and when: an admin's export (the CRM's word) over the extension's.
async fn deal_outcomes(db: &Db, org: &str) -> Result<HashMap<String, (String, Option<i64>)>, ApiError> {
    let mut out: HashMap<String, (String, Option<i64>, i64)> = HashMap::new();
    for r in sqlx::query("SELECT deal, outcome, at_ms FROM events WHERE org_id = $1 AND action = 'outcome' AND deal IS NOT NULL")
        .bind(org)
        .fetch_all(db)
        .await
        .map_err(ApiError::db)?
    {
        let (deal, outcome, at): (String, String, i64) =
            (r.try_get("deal").map_err(ApiError::db)?, r.try_get("outcome").map_err(ApiError::db)?, r.try_get("at_ms").map_err(ApiError::db)?);
        // A deal reopened and closed again: the latest word counts.
        if out.get(&deal).is_none_or(|(_, _, seen)| *seen < at) {
            out.insert(deal, (outcome, Some(at), at));
        }
    }
    for r in sqlx::query("SELECT deal, outcome, closed_ms FROM deal_outcomes WHERE org_id = $1").bind(org).fetch_all(db).await.map_err(ApiError::db)? {
        let (deal, outcome, closed): (String, String, Option<i64>) =
            (r.try_get("deal").map_err(ApiError::db)?, r.try_get("outcome").map_err(ApiError::db)?, r.try_get("closed_ms").map_err(ApiError::db)?);
        out.insert(deal, (outcome, closed, i64::MAX));
    }
    Ok(out.into_iter().map(|(k, (o, at, _))| (k, (o, at))).collect())
}

/// The outcomes report, its rows titled from the library.
pub async fn outcomes_data(db: &Db, org: &str, f: &Filters) -> Result<Outcomes, ApiError> {
    let mut out = deal_counts(db, org, f).await?;
    let titles: BTreeMap<String, String> = items(db, org).await?.into_iter().map(|i| (i.id, i.title)).collect();
    for row in &mut out.items {
        row.title = titles.get(&row.item_id).cloned().unwrap_or_default();
    }
    Ok(out)
}

/// The report's counts without titles: `/v1/stats`, which every rep's extension asks for after
/// each sync, needs no item parsed.
pub async fn deal_counts(db: &Db, org: &str, f: &Filters) -> Result<Outcomes, ApiError> {
    let (cond, binds) = crate::reports::conditions(f, 2)?;
    let sql = format!("SELECT deal, item_id, vertical, stage, MIN(at_ms) AS first_ms FROM events WHERE org_id = $1 AND action = 'inserted' AND deal IS NOT NULL AND item_id IS NOT NULL{cond} GROUP BY deal, item_id, vertical, stage");
    let inserts = crate::reports::fetch(db, &sql, org, binds).await?;
    let ended = deal_outcomes(db, org).await?;
    let get_s = |r: &sqlx::any::AnyRow, c: &str| r.try_get::<Option<String>, _>(c).ok().flatten().unwrap_or_default();

    // (item, vertical, stage) → deal → first insert; "" vertical and stage is the item's own row.
    let mut per: BTreeMap<(String, String, String), HashMap<String, i64>> = BTreeMap::new();
    let mut cell_deals: HashMap<(String, String), HashSet<String>> = HashMap::new();
    let mut all_deals: HashSet<String> = HashSet::new();
    for r in &inserts {
        let (deal, item, vertical, stage) = (get_s(r, "deal"), get_s(r, "item_id"), get_s(r, "vertical"), get_s(r, "stage"));
        let first = r.try_get::<i64, _>("first_ms").map_err(ApiError::db)?;
        for key in [(item.clone(), String::new(), String::new()), (item.clone(), vertical.clone(), stage.clone())] {
            let at = per.entry(key).or_default().entry(deal.clone()).or_insert(first);
            *at = (*at).min(first);
        }
        cell_deals.entry((vertical, stage)).or_default().insert(deal.clone());
        all_deals.insert(deal);
    }
    let outcome_of = |d: &str| ended.get(d).map(|(o, _)| o.as_str());
    let count = |deals: &mut dyn Iterator<Item = &String>| {
        deals.fold(DealCount::default(), |mut c, d| {
            c.add(outcome_of(d));
            c
        })
    };
    let total = count(&mut all_deals.iter());
    let baselines: HashMap<(String, String), Option<f64>> = cell_deals.iter().map(|(cell, deals)| (cell.clone(), count(&mut deals.iter()).rate().0)).collect();
    let mut rows = Vec::new();
    for ((item, vertical, stage), deals) in per {
        let c = count(&mut deals.keys());
        let (win_rate, interval) = c.rate();
        let baseline =
            if vertical.is_empty() && stage.is_empty() { total.rate().0 } else { baselines.get(&(vertical.clone(), stage.clone())).copied().flatten() };
        let mut days: Vec<f64> =
            deals.iter().filter_map(|(d, first)| ended.get(d).and_then(|(_, closed)| *closed).map(|c| (c - first).max(0) as f64 / 86_400_000.0)).collect();
        days.sort_by(f64::total_cmp);
        let median = (!days.is_empty()).then(|| {
            let m = days.len() / 2;
            let median = if days.len() % 2 == 1 { days[m] } else { (days[m - 1] + days[m]) / 2.0 };
            (median * 10.0).round() / 10.0
        });
        rows.push(OutcomeRow {
            title: String::new(),
            item_id: item,
            vertical,
            stage,
            deals: c.deals,
            won: c.won,
            lost: c.lost,
            open: c.open,
            win_rate,
            win_low: interval.map(|i| i.0),
            win_high: interval.map(|i| i.1),
            baseline_win_rate: baseline,
            median_days_to_close: median,
        });
    }
    // The item's own row first, then its cells; items with the most won deals first.
    let won_by_item: HashMap<String, u64> = rows.iter().filter(|r| r.vertical.is_empty() && r.stage.is_empty()).map(|r| (r.item_id.clone(), r.won)).collect();
    rows.sort_by(|a, b| {
        let won = |id: &String| won_by_item.get(id).copied().unwrap_or(0);
        won(&b.item_id)
            .cmp(&won(&a.item_id))
            .then_with(|| a.item_id.cmp(&b.item_id))
            .then_with(|| (a.vertical.as_str(), a.stage.as_str()).cmp(&(b.vertical.as_str(), b.stage.as_str())))
    });
    Ok(Outcomes { deals: total, items: rows })
}

pub async fn outcomes(State(db): State<Db>, Admin(who): Admin, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let body = outcomes_data(&db, &who.org_id, &f).await?;
    Ok(respond(&f, &body, &body.items, columns("outcomes")))
}

#[cfg(test)]
mod tests {
    use super::parse_day;

    #[test]
    fn close_dates_read_as_exports_write_them() {
        let day = Some(1_773_446_400_000); // 2026-03-14
        assert_eq!(parse_day("2026-03-14"), day);
        assert_eq!(parse_day("3/14/2026"), day);
        assert_eq!(parse_day("2026-03-14T00:00:00Z"), day);
        assert_eq!(parse_day("soon"), None);
        assert_eq!(parse_day(""), None);
    }
}
