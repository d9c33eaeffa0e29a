//! What marketing sees: usage per item, adoption per rep, unused content, coverage gaps and
//! searches with no result — as JSON, or CSV with `?format=csv`. Filters: `from`, `to`
//! (RFC 3339), `vertical`, `stage`, `team`. Every query is scoped to the caller's org.

use crate::auth::{Admin, Rep};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handoff_core::library::Item;
use handoff_core::stats::{CellRating, CellWins, ItemStats};
use handoff_core::time::parse_rfc3339;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use sqlx::any::AnyRow;
use sqlx::Row;
use std::collections::BTreeMap;

#[derive(Deserialize, Default, Clone, schemars::JsonSchema)]
pub struct Filters {
    pub from: Option<String>,
    pub to: Option<String>,
    pub vertical: Option<String>,
    pub stage: Option<String>,
    pub team: Option<String>,
    /// `csv` for a CSV download of the report's rows.
    pub format: Option<String>,
}

/// `GET /v1/reports/usage`.
#[derive(Serialize, JsonSchema)]
pub struct Usage {
    pub items: Vec<UsageRow>,
    pub cells: Vec<UsageCell>,
}

/// One item's use in the window.
#[derive(Serialize, JsonSchema)]
pub struct UsageRow {
    pub item_id: String,
    pub title: String,
    pub shown: i64,
    pub inserted: i64,
    /// Opens of its tracked links by prospects (when the org tracks links).
    pub opened: i64,
    /// inserted / shown, to three decimals.
    pub insert_rate: f64,
    pub up: i64,
    pub down: i64,
    pub dismissed: i64,
}

/// Use per vertical × stage cell.
#[derive(Serialize, JsonSchema)]
pub struct UsageCell {
    pub vertical: String,
    pub stage: String,
    pub shown: i64,
    pub inserted: i64,
}

/// `GET /v1/reports/adoption`.
#[derive(Serialize, JsonSchema)]
pub struct Adoption {
    pub reps: Vec<RepRow>,
}

#[derive(Serialize, JsonSchema)]
pub struct RepRow {
    pub rep: String,
    pub name: String,
    pub team: String,
    pub events: i64,
    pub inserted: i64,
    pub last_active_ms: i64,
}

/// `GET /v1/reports/unused`.
#[derive(Serialize, JsonSchema)]
pub struct Unused {
    /// Approved, unexpired items.
    pub approved: u64,
    pub unused: Vec<UnusedRow>,
    pub unused_share: f64,
}

#[derive(Serialize, JsonSchema)]
pub struct UnusedRow {
    pub item_id: String,
    pub title: String,
    pub kind: String,
    /// `;`-separated.
    pub verticals: String,
    pub stages: String,
}

/// `GET /v1/reports/gaps`.
#[derive(Serialize, JsonSchema)]
pub struct Gaps {
    pub cells: Vec<GapCell>,
    pub searches_without_result: Vec<Search>,
}

/// A vertical × stage cell: is there approved, well-rated content for it?
#[derive(Serialize, JsonSchema)]
pub struct GapCell {
    pub vertical: String,
    pub stage: String,
    /// Approved items that fit the cell (general ones included).
    pub approved: u64,
    /// Approved items made for exactly this vertical and stage.
    pub specific: u64,
    pub up: i64,
    pub down: i64,
    pub gap: bool,
    pub poorly_rated: bool,
}

#[derive(Serialize, JsonSchema)]
pub struct Search {
    pub query: String,
    pub count: i64,
    pub last_ms: i64,
}

pub(crate) enum Bind {
    S(String),
    I(i64),
}

/// `AND ...` conditions for the filters, with their values numbered from `$first`.
pub(crate) fn conditions(f: &Filters, first: usize) -> Result<(String, Vec<Bind>), ApiError> {
    let mut sql = String::new();
    let mut binds = Vec::new();
    let mut add = |cond: &str, b: Bind, sql: &mut String| {
        binds.push(b);
        sql.push_str(&format!(" AND {cond} ${}", first + binds.len() - 1));
    };
    // A plain date (what the dashboard's date inputs send) is that whole day, UTC: `to` includes it.
    let time = |s: &str, name: &str| {
        let s = s.trim();
        let day = s.len() == 10;
        let at = if day { parse_rfc3339(&format!("{s}T00:00:00Z")).map(|t| if name == "to" { t + 86_400 } else { t }) } else { parse_rfc3339(s) };
        at.map(|t| t * 1000).ok_or_else(|| ApiError::bad_request(format!("`{name}` is not a date (YYYY-MM-DD) or an RFC 3339 time")))
    };
    // An empty field is no filter: the dashboard's form sends `from=&to=` when left blank.
    if let Some(s) = f.from.as_deref().filter(|s| !s.trim().is_empty()) {
        add("at_ms >=", Bind::I(time(s, "from")?), &mut sql);
    }
    if let Some(s) = f.to.as_deref().filter(|s| !s.trim().is_empty()) {
        add("at_ms <", Bind::I(time(s, "to")?), &mut sql);
    }
    for (col, v) in [("vertical", &f.vertical), ("stage", &f.stage), ("team", &f.team)] {
        if let Some(v) = v.as_ref().filter(|v| !v.is_empty()) {
            add(&format!("{col} ="), Bind::S(v.clone()), &mut sql);
        }
    }
    Ok((sql, binds))
}

pub(crate) async fn fetch(db: &Db, sql: &str, org: &str, binds: Vec<Bind>) -> Result<Vec<AnyRow>, ApiError> {
    let mut q = sqlx::query(sql).bind(org.to_string());
    for b in binds {
        q = match b {
            Bind::S(s) => q.bind(s),
            Bind::I(i) => q.bind(i),
        };
    }
    q.fetch_all(db).await.map_err(ApiError::db)
}

fn get_i(r: &AnyRow, col: &str) -> i64 {
    r.try_get::<Option<i64>, _>(col).ok().flatten().unwrap_or(0)
}

fn get_s(r: &AnyRow, col: &str) -> String {
    r.try_get::<Option<String>, _>(col).ok().flatten().unwrap_or_default()
}

/// The org's current items (all statuses) as parsed items.
pub async fn items(db: &Db, org: &str) -> Result<Vec<Item>, ApiError> {
    let rows = sqlx::query("SELECT json FROM items WHERE org_id = $1 ORDER BY id").bind(org).fetch_all(db).await.map_err(ApiError::db)?;
    Ok(rows.iter().filter_map(|r| serde_json::from_str::<Item>(&get_s(r, "json")).ok()).collect())
}

/// JSON, or CSV of `rows` with `columns` when `?format=csv`.
pub(crate) fn respond<B: Serialize, R: Serialize>(f: &Filters, body: &B, rows: &[R], columns: &[&str]) -> Response {
    if f.format.as_deref() != Some("csv") {
        return Json(body).into_response();
    }
    ([("content-type", "text/csv; charset=utf-8")], csv(rows, columns)).into_response()
}

/// `rows` as CSV with a header row of `columns` (each a field of the row's JSON).
pub fn csv<R: Serialize>(rows: &[R], columns: &[&str]) -> String {
    let mut out = columns.join(",") + "\n";
    for r in rows.iter().filter_map(|r| serde_json::to_value(r).ok()) {
        out.push_str(&columns.iter().map(|c| csv_cell(&r[*c])).collect::<Vec<_>>().join(","));
        out.push('\n');
    }
    out
}

/// The columns of each report's CSV, by report name.
pub const CSV_COLUMNS: &[(&str, &[&str])] = &[
    ("usage", &["item_id", "title", "shown", "inserted", "insert_rate", "up", "down", "dismissed", "opened"]),
    ("adoption", &["rep", "name", "team", "events", "inserted", "last_active_ms"]),
    ("unused", &["item_id", "title", "kind", "verticals", "stages"]),
    ("gaps", &["query", "count", "last_ms"]),
    ("timeline", &["day", "shown", "inserted"]),
    (
        "outcomes",
        &[
            "item_id",
            "title",
            "vertical",
            "stage",
            "deals",
            "won",
            "lost",
            "open",
            "win_rate",
            "win_low",
            "win_high",
            "baseline_win_rate",
            "median_days_to_close",
        ],
    ),
];

/// A report's columns (the names above are the only reports).
pub fn columns(report: &str) -> &'static [&'static str] {
    CSV_COLUMNS.iter().find(|(n, _)| *n == report).map_or(&[], |(_, c)| c)
}

/// One CSV cell. Text a spreadsheet would run as a formula (starting with `=`, `+`, `-`, `@`,
/// tab or carriage return) is prefixed with `'` and quoted, as OWASP advises; numbers stay
/// numbers.
fn csv_cell(v: &Value) -> String {
    let s = match v {
        Value::String(s) if s.starts_with(['=', '+', '-', '@', '\t', '\r']) => format!("'{s}"),
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => return other.to_string(),
    };
    if s.starts_with('\'') || s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

pub async fn usage_data(db: &Db, org: &str, f: &Filters) -> Result<Usage, ApiError> {
    let (cond, binds) = conditions(f, 2)?;
    let sql = format!(
        "SELECT item_id, CAST(SUM(CASE WHEN action = 'shown' THEN 1 ELSE 0 END) AS BIGINT) AS shown, CAST(SUM(CASE WHEN action = 'inserted' THEN 1 ELSE 0 END) AS BIGINT) AS inserted, CAST(SUM(CASE WHEN action = 'rated' AND rating > 0 THEN 1 ELSE 0 END) AS BIGINT) AS up, CAST(SUM(CASE WHEN action = 'rated' AND rating < 0 THEN 1 ELSE 0 END) AS BIGINT) AS down, CAST(SUM(CASE WHEN action = 'dismissed' THEN 1 ELSE 0 END) AS BIGINT) AS dismissed FROM events WHERE org_id = $1 AND item_id IS NOT NULL{cond} GROUP BY item_id ORDER BY inserted DESC, shown DESC, item_id"
    );
    let titles: BTreeMap<String, String> = items(db, org).await?.into_iter().map(|i| (i.id, i.title)).collect();
    // Opens are not events: only the time filters apply to them.
    let window = Filters { from: f.from.clone(), to: f.to.clone(), ..Filters::default() };
    let (cond, open_binds) = conditions(&window, 2)?;
    let opens: BTreeMap<String, i64> =
        fetch(db, &format!("SELECT item_id, COUNT(*) AS n FROM link_opens WHERE org_id = $1{cond} GROUP BY item_id"), org, open_binds)
            .await?
            .iter()
            .map(|r| (get_s(r, "item_id"), get_i(r, "n")))
            .collect();
    let rows: Vec<UsageRow> = fetch(db, &sql, org, binds)
        .await?
        .iter()
        .map(|r| {
            let (shown, inserted) = (get_i(r, "shown"), get_i(r, "inserted"));
            let id = get_s(r, "item_id");
            UsageRow {
                title: titles.get(&id).cloned().unwrap_or_default(),
                opened: opens.get(&id).copied().unwrap_or(0),
                item_id: id,
                shown,
                inserted,
                insert_rate: if shown > 0 { (inserted as f64 / shown as f64 * 1000.0).round() / 1000.0 } else { 0.0 },
                up: get_i(r, "up"),
                down: get_i(r, "down"),
                dismissed: get_i(r, "dismissed"),
            }
        })
        .collect();
    let (cond, binds) = conditions(f, 2)?;
    let cells_sql = format!("SELECT vertical, stage, CAST(SUM(CASE WHEN action = 'shown' THEN 1 ELSE 0 END) AS BIGINT) AS shown, CAST(SUM(CASE WHEN action = 'inserted' THEN 1 ELSE 0 END) AS BIGINT) AS inserted FROM events WHERE org_id = $1{cond} GROUP BY vertical, stage");
    let cells = fetch(db, &cells_sql, org, binds)
        .await?
        .iter()
        .map(|r| UsageCell { vertical: get_s(r, "vertical"), stage: get_s(r, "stage"), shown: get_i(r, "shown"), inserted: get_i(r, "inserted") })
        .collect();
    Ok(Usage { items: rows, cells })
}

pub async fn usage(State(db): State<Db>, Admin(who): Admin, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let body = usage_data(&db, &who.org_id, &f).await?;
    Ok(respond(&f, &body, &body.items, columns("usage")))
}

pub async fn adoption_data(db: &Db, org: &str, f: &Filters) -> Result<Vec<RepRow>, ApiError> {
    let (cond, binds) = conditions(f, 2)?;
    let sql = format!("SELECT e.rep AS rep, u.name AS name, e.team AS team, COUNT(*) AS events, CAST(SUM(CASE WHEN e.action = 'inserted' THEN 1 ELSE 0 END) AS BIGINT) AS inserted, MAX(e.at_ms) AS last_ms FROM events e LEFT JOIN users u ON u.id = e.rep AND u.org_id = e.org_id WHERE e.org_id = $1{} GROUP BY e.rep, u.name, e.team ORDER BY inserted DESC, events DESC", cond.replace(" AND ", " AND e."));
    Ok(fetch(db, &sql, org, binds)
        .await?
        .iter()
        .map(|r| RepRow {
            rep: get_s(r, "rep"),
            name: get_s(r, "name"),
            team: get_s(r, "team"),
            events: get_i(r, "events"),
            inserted: get_i(r, "inserted"),
            last_active_ms: get_i(r, "last_ms"),
        })
        .collect())
}

pub async fn adoption(State(db): State<Db>, Admin(who): Admin, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let rows = adoption_data(&db, &who.org_id, &f).await?;
    let body = Adoption { reps: rows };
    Ok(respond(&f, &body, &body.reps, columns("adoption")))
}

fn live(i: &Item, now_ms: i64) -> bool {
    i.is_live(now_ms / 1000)
}

pub async fn unused_data(db: &Db, org: &str, f: &Filters) -> Result<Unused, ApiError> {
    let (cond, binds) = conditions(f, 2)?;
    let sql = format!("SELECT DISTINCT item_id FROM events WHERE org_id = $1 AND action = 'inserted'{cond}");
    let used: std::collections::HashSet<String> = fetch(db, &sql, org, binds).await?.iter().map(|r| get_s(r, "item_id")).collect();
    let now = now_ms();
    let approved: Vec<Item> = items(db, org).await?.into_iter().filter(|i| live(i, now)).collect();
    let unused: Vec<UnusedRow> = approved
        .iter()
        .filter(|i| !used.contains(&i.id))
        .map(|i| UnusedRow {
            item_id: i.id.clone(),
            title: i.title.clone(),
            kind: i.kind.clone(),
            verticals: i.verticals.join(";"),
            stages: i.stages.join(";"),
        })
        .collect();
    let share = if approved.is_empty() { 0.0 } else { unused.len() as f64 / approved.len() as f64 };
    Ok(Unused { approved: approved.len() as u64, unused, unused_share: (share * 1000.0).round() / 1000.0 })
}

pub async fn unused(State(db): State<Db>, Admin(who): Admin, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let body = unused_data(&db, &who.org_id, &f).await?;
    Ok(respond(&f, &body, &body.unused, columns("unused")))
}

pub async fn gaps_data(db: &Db, org: &str, f: &Filters) -> Result<Gaps, ApiError> {
    let now = now_ms();
    let approved: Vec<Item> = items(db, org).await?.into_iter().filter(|i| live(i, now)).collect();
    let mut tax = crate::library::org_taxonomy(db, org).await?;
    // The library's own verticals, as the extension ranks with them (`Taxonomy::adopt_verticals`).
    tax.adopt_verticals(approved.iter().flat_map(|i| i.verticals.iter().map(String::as_str)));
    let (cond, binds) = conditions(f, 2)?;
    let rating_sql = format!("SELECT vertical, stage, CAST(SUM(CASE WHEN rating > 0 THEN 1 ELSE 0 END) AS BIGINT) AS up, CAST(SUM(CASE WHEN rating < 0 THEN 1 ELSE 0 END) AS BIGINT) AS down FROM events WHERE org_id = $1 AND action = 'rated'{cond} GROUP BY vertical, stage");
    let ratings: BTreeMap<(String, String), (i64, i64)> =
        fetch(db, &rating_sql, org, binds).await?.iter().map(|r| ((get_s(r, "vertical"), get_s(r, "stage")), (get_i(r, "up"), get_i(r, "down")))).collect();
    let mut cells = Vec::new();
    for v in tax.verticals() {
        for s in tax.stages() {
            let n = approved
                .iter()
                .filter(|i| (i.verticals.is_empty() || i.verticals.contains(&v.id)) && (i.stages.is_empty() || i.stages.contains(&s.id)))
                .count();
            let specific = approved.iter().filter(|i| i.verticals.contains(&v.id) && i.stages.contains(&s.id)).count();
            let (up, down) = ratings.get(&(v.id.clone(), s.id.clone())).copied().unwrap_or((0, 0));
            let poor = up + down >= 3 && down > up;
            cells.push(GapCell {
                vertical: v.id.clone(),
                stage: s.id.clone(),
                approved: n as u64,
                specific: specific as u64,
                up,
                down,
                gap: n == 0 || poor,
                poorly_rated: poor,
            });
        }
    }
    let (cond, binds) = conditions(f, 2)?;
    let search_sql = format!("SELECT LOWER(TRIM(query)) AS q, COUNT(*) AS n, MAX(at_ms) AS last_ms FROM events WHERE org_id = $1 AND action = 'search_no_result'{cond} GROUP BY LOWER(TRIM(query)) ORDER BY n DESC, q");
    let searches =
        fetch(db, &search_sql, org, binds).await?.iter().map(|r| Search { query: get_s(r, "q"), count: get_i(r, "n"), last_ms: get_i(r, "last_ms") }).collect();
    Ok(Gaps { cells, searches_without_result: searches })
}

pub async fn gaps(State(db): State<Db>, Admin(who): Admin, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let body = gaps_data(&db, &who.org_id, &f).await?;
    Ok(respond(&f, &body, &body.searches_without_result, columns("gaps")))
}

/// `GET /v1/reports/timeline`: suggestions shown and inserted per day (UTC).
#[derive(Serialize, JsonSchema)]
pub struct Timeline {
    pub days: Vec<Day>,
}

#[derive(Serialize, JsonSchema)]
pub struct Day {
    /// YYYY-MM-DD.
    pub day: String,
    pub shown: i64,
    pub inserted: i64,
}

pub async fn timeline_data(db: &Db, org: &str, f: &Filters) -> Result<Timeline, ApiError> {
    let (cond, binds) = conditions(f, 2)?;
    let sql = format!("SELECT CAST(at_ms / 86400000 AS BIGINT) AS d, CAST(SUM(CASE WHEN action = 'shown' THEN 1 ELSE 0 END) AS BIGINT) AS shown, CAST(SUM(CASE WHEN action = 'inserted' THEN 1 ELSE 0 END) AS BIGINT) AS inserted FROM events WHERE org_id = $1{cond} GROUP BY CAST(at_ms / 86400000 AS BIGINT) ORDER BY d");
    let days = fetch(db, &sql, org, binds)
        .await?
        .iter()
        .map(|r| Day {
            day: handoff_core::time::format_rfc3339_ms(get_i(r, "d") * 86_400_000).chars().take(10).collect(),
            shown: get_i(r, "shown"),
            inserted: get_i(r, "inserted"),
        })
        .collect();
    Ok(Timeline { days })
}

pub async fn timeline(State(db): State<Db>, Admin(who): Admin, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let body = timeline_data(&db, &who.org_id, &f).await?;
    Ok(respond(&f, &body, &body.days, columns("timeline")))
}

/// `GET /v1/stats` (reps too): ratings per item and vertical × stage cell, inserts in the last
/// 30 days, and won and lost deals per cell — the ranking signals the extension blends in.
pub async fn stats(State(db): State<Db>, Rep(who): Rep) -> Result<Json<Vec<ItemStats>>, ApiError> {
    let rows = fetch(&db, "SELECT item_id, vertical, stage, CAST(SUM(CASE WHEN rating > 0 THEN 1 ELSE 0 END) AS BIGINT) AS up, CAST(SUM(CASE WHEN rating < 0 THEN 1 ELSE 0 END) AS BIGINT) AS down FROM events WHERE org_id = $1 AND action = 'rated' AND item_id IS NOT NULL GROUP BY item_id, vertical, stage", &who.org_id, vec![]).await?;
    let mut by_item: BTreeMap<String, ItemStats> = BTreeMap::new();
    for r in &rows {
        let id = get_s(r, "item_id");
        by_item.entry(id.clone()).or_insert_with(|| ItemStats { id, ..Default::default() }).ratings.push(CellRating {
            vertical: get_s(r, "vertical"),
            stage: get_s(r, "stage"),
            up: get_i(r, "up") as u32,
            down: get_i(r, "down") as u32,
        });
    }
    let month_ago = now_ms() - 30 * 86_400_000;
    let inserts = fetch(
        &db,
        "SELECT item_id, COUNT(*) AS n FROM events WHERE org_id = $1 AND action = 'inserted' AND at_ms >= $2 GROUP BY item_id",
        &who.org_id,
        vec![Bind::I(month_ago)],
    )
    .await?;
    for r in &inserts {
        let id = get_s(r, "item_id");
        by_item.entry(id.clone()).or_insert_with(|| ItemStats { id, ..Default::default() }).inserts_30d = get_i(r, "n") as u32;
    }
    // Win evidence per cell: the decided deals each item was inserted in, and the cell's rate.
    for r in crate::outcomes::deal_counts(&db, &who.org_id, &Filters::default()).await?.items {
        if r.vertical.is_empty() || r.won + r.lost == 0 {
            continue;
        }
        let Some(cell_rate) = r.baseline_win_rate else { continue };
        let wins = CellWins { vertical: r.vertical, stage: r.stage, won: r.won as u32, lost: r.lost as u32, cell_rate: cell_rate as f32 };
        by_item.entry(r.item_id.clone()).or_insert_with(|| ItemStats { id: r.item_id, ..Default::default() }).wins.push(wins);
    }
    Ok(Json(by_item.into_values().collect()))
}
