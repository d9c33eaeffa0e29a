//! Site health: how often the extensions' page readers find each field, per day, site and
//! reader-rules version — counts only. A day's counts arrive as totals and replace what the
//! same browser sent before, so a resend never double-counts. Drops are found here for the
//! dashboard ("Salesforce stage not found on 30% of pages since 2026-12-01").

use crate::auth::Rep;
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use axum::extract::State;
use axum::Json;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use sqlx::Row;

/// Rows a browser may send at once (14 days × 7 sites × 5 fields is 490).
const MAX_ROWS: usize = 1000;
/// A drop is this many points of "found" lost, on at least this many pages.
const DROP_POINTS: f64 = 20.0;
const MIN_PAGES: i64 = 5;

#[derive(Deserialize, JsonSchema)]
pub struct HealthReport {
    #[schemars(length(max = 1000))]
    pub reports: Vec<HealthRow>,
}

/// One day's counts for one field on one site, as one browser saw them.
#[derive(Deserialize, JsonSchema)]
pub struct HealthRow {
    /// YYYY-MM-DD (UTC).
    #[schemars(length(min = 10, max = 10))]
    pub day: String,
    #[schemars(length(min = 1, max = 40))]
    pub site: String,
    #[schemars(length(max = 40))]
    pub rules_version: String,
    #[schemars(length(min = 1, max = 40))]
    pub field: String,
    #[schemars(range(min = 0, max = 1_000_000))]
    pub found: i64,
    #[schemars(range(min = 0, max = 1_000_000))]
    pub missing: i64,
}

#[derive(Serialize, JsonSchema)]
pub struct HealthStored {
    pub stored: u64,
}

fn check(r: &HealthRow) -> Result<(), String> {
    let day_ok = r.day.len() == 10 && handoff_core::time::parse_rfc3339(&format!("{}T00:00:00Z", r.day)).is_some();
    let name_ok = |s: &str, min: usize| (min..=40).contains(&s.chars().count()) && s.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c));
    if !day_ok {
        return Err(format!("day {:?} is not YYYY-MM-DD", r.day));
    }
    if !name_ok(&r.site, 1) || !name_ok(&r.field, 1) || !name_ok(&r.rules_version, 0) {
        return Err("site, field and rules_version are short names (letters, digits, - _ .)".into());
    }
    if !(0..=1_000_000).contains(&r.found) || !(0..=1_000_000).contains(&r.missing) {
        return Err("found and missing are counts from 0 to 1,000,000".into());
    }
    Ok(())
}

/// `POST /v1/health`: a browser's reader counts (any token of the org).
pub async fn post_health(State(db): State<Db>, Rep(who): Rep, body: String) -> Result<Json<HealthStored>, ApiError> {
    let report: HealthReport = serde_json::from_str(&body).map_err(|e| ApiError::bad_request(format!("body: {e}")))?;
    if report.reports.len() > MAX_ROWS {
        return Err(ApiError::too_large(format!("{} rows; the limit is {MAX_ROWS}", report.reports.len())));
    }
    for r in &report.reports {
        check(r).map_err(ApiError::bad_request)?;
    }
    let mut tx = db.begin().await.map_err(ApiError::db)?;
    for r in &report.reports {
        sqlx::query("INSERT INTO reader_health (org_id, user_id, day, site, rules_version, field, found, missing, received_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (org_id, user_id, day, site, rules_version, field) DO UPDATE SET found = excluded.found, missing = excluded.missing, received_ms = excluded.received_ms")
            .bind(&who.org_id).bind(&who.user_id).bind(&r.day).bind(&r.site).bind(&r.rules_version).bind(&r.field).bind(r.found).bind(r.missing).bind(now_ms())
            .execute(&mut *tx)
            .await
            .map_err(ApiError::db)?;
    }
    tx.commit().await.map_err(ApiError::db)?;
    Ok(Json(HealthStored { stored: report.reports.len() as u64 }))
}

/// One site's field over the last 7 days and the 7 before.
pub struct FieldHealth {
    pub site: String,
    pub field: String,
    pub pages: i64,
    pub found_pct: f64,
    pub before_pages: i64,
    pub before_pct: f64,
    /// The first day of the last 7 whose rate fell by the drop margin, when it did.
    pub drop_since: Option<String>,
}

/// Every site × field seen in the last 14 days, with its drop if any.
pub async fn field_health(db: &Db, org: &str) -> Result<Vec<FieldHealth>, ApiError> {
    let day = |days_ago: i64| handoff_core::time::format_rfc3339_ms(now_ms() - days_ago * 86_400_000).chars().take(10).collect::<String>();
    let (start, split) = (day(13), day(6));
    let rows = sqlx::query("SELECT site, field, day, CAST(SUM(found) AS BIGINT) AS found, CAST(SUM(missing) AS BIGINT) AS missing FROM reader_health WHERE org_id = $1 AND day >= $2 GROUP BY site, field, day ORDER BY site, field, day").bind(org).bind(&start).fetch_all(db).await.map_err(ApiError::db)?;
    let mut out: Vec<FieldHealth> = Vec::new();
    let mut days: Vec<(String, i64, i64)> = Vec::new();
    let pct = |f: i64, m: i64| if f + m == 0 { 0.0 } else { f as f64 * 100.0 / (f + m) as f64 };
    for r in &rows {
        let (site, field, d): (String, String, String) =
            (r.try_get("site").map_err(ApiError::db)?, r.try_get("field").map_err(ApiError::db)?, r.try_get("day").map_err(ApiError::db)?);
        let (found, missing): (i64, i64) = (r.try_get("found").map_err(ApiError::db)?, r.try_get("missing").map_err(ApiError::db)?);
        if out.last().is_none_or(|h| h.site != site || h.field != field) {
            finish(out.last_mut(), &days, &split);
            days.clear();
            out.push(FieldHealth { site, field, pages: 0, found_pct: 0.0, before_pages: 0, before_pct: 0.0, drop_since: None });
        }
        days.push((d.clone(), found, missing));
        let h = out.last_mut().expect("pushed above");
        let (f, m) = (found, missing);
        if d >= split {
            let n = h.pages + f + m;
            h.found_pct = if n == 0 { 0.0 } else { (h.found_pct * h.pages as f64 + pct(f, m) * (f + m) as f64) / n as f64 };
            h.pages = n;
        } else {
            let n = h.before_pages + f + m;
            h.before_pct = if n == 0 { 0.0 } else { (h.before_pct * h.before_pages as f64 + pct(f, m) * (f + m) as f64) / n as f64 };
            h.before_pages = n;
        }
    }
    finish(out.last_mut(), &days, &split);

    /// A drop: the last 7 days found the field `DROP_POINTS` less often than the 7 before, on
    /// enough pages; it began on the first recent day below that line.
    fn finish(h: Option<&mut FieldHealth>, days: &[(String, i64, i64)], split: &str) {
        let Some(h) = h else { return };
        if h.pages < MIN_PAGES || h.before_pages < MIN_PAGES || h.before_pct - h.found_pct < DROP_POINTS {
            return;
        }
        let line = h.before_pct - DROP_POINTS;
        h.drop_since =
            days.iter().filter(|(d, f, m)| d.as_str() >= split && f + m > 0 && (*f as f64 * 100.0 / (f + m) as f64) < line).map(|d| d.0.clone()).next();
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_are_short_names_and_counts() {
        let row = |day: &str, site: &str, found: i64| HealthRow {
            day: day.into(),
            site: site.into(),
            rules_version: "3".into(),
            field: "stage".into(),
            found,
            missing: 0,
        };
        assert!(check(&row("2026-12-01", "salesforce", 4)).is_ok());
        assert!(check(&row("2026-13-01", "salesforce", 4)).is_err(), "no 13th month");
        assert!(check(&row("2026-12-01", "<script>", 4)).is_err());
        assert!(check(&row("2026-12-01", "salesforce", -1)).is_err());
    }
}
