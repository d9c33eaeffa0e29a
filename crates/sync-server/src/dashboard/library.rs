//! The library pages: every item with filters and bulk status changes, one item's edit form
//! and history, and an upload of a JSON, CSV or Markdown export with its problems per row.

use super::html::{html, Html};
use super::{csrf_field, header, page, signed_in, urlencode};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use crate::library::{change_statuses, edit_items, org_taxonomy, StatusChange};
use crate::reports::items;
use axum::extract::{Form, Path, Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Redirect, Response};
use handoff_core::library::{Item, Status};
use serde::Deserialize;
use serde_json::{json, Value};
use sqlx::Row;
use std::collections::HashMap;

/// Rows on one page of the list: a 10,000-item library is paged, not sent whole.
const PAGE_ROWS: usize = 100;
/// "Expiring soon": within this many days.
const SOON_DAYS: i64 = 30;

#[derive(Deserialize, Default, schemars::JsonSchema)]
pub struct LibraryFilters {
    /// Words in the title, id, summary or tags.
    #[serde(default)]
    q: String,
    #[serde(default)]
    vertical: String,
    #[serde(default)]
    stage: String,
    /// approved, draft or retired.
    #[serde(default)]
    status: String,
    #[serde(default)]
    kind: String,
    /// Any value: only items expiring within 30 days.
    #[serde(default)]
    expiring: String,
    /// Any value: only items never inserted.
    #[serde(default)]
    unused: String,
    #[serde(default)]
    page: Option<usize>,
}

fn status_name(s: Status) -> &'static str {
    match s {
        Status::Approved => "approved",
        Status::Draft => "draft",
        Status::Retired => "retired",
    }
}

async fn insert_counts(db: &Db, org: &str) -> Result<HashMap<String, i64>, ApiError> {
    let rows = sqlx::query(
        "SELECT item_id, CAST(COUNT(*) AS BIGINT) AS n FROM events WHERE org_id = $1 AND action = 'inserted' AND item_id IS NOT NULL GROUP BY item_id",
    )
    .bind(org)
    .fetch_all(db)
    .await
    .map_err(ApiError::db)?;
    Ok(rows.iter().filter_map(|r| Some((r.try_get::<String, _>("item_id").ok()?, r.try_get::<i64, _>("n").ok()?))).collect())
}

fn matches(i: &Item, f: &LibraryFilters, inserts: &HashMap<String, i64>, now_s: i64) -> bool {
    let q = f.q.trim().to_lowercase();
    let text_ok = q.is_empty()
        || q.split_whitespace()
            .all(|w| [&i.title, &i.id, &i.summary].iter().any(|t| t.to_lowercase().contains(w)) || i.tags.iter().any(|t| t.to_lowercase().contains(w)));
    let list_ok = |want: &str, list: &[String]| want.is_empty() || list.iter().any(|v| v == want);
    let soon = i.expires_at().is_some_and(|e| e > now_s && e <= now_s + SOON_DAYS * 86_400);
    text_ok
        && list_ok(&f.vertical, &i.verticals)
        && list_ok(&f.stage, &i.stages)
        && (f.status.is_empty() || status_name(i.status) == f.status)
        && (f.kind.is_empty() || i.kind == f.kind)
        && (f.expiring.is_empty() || soon)
        && (f.unused.is_empty() || !inserts.contains_key(&i.id))
}

/// A `<select>` of `options`, the current one chosen; the first option is "any".
fn select(name: &str, label: &str, current: &str, options: &[(String, String)]) -> Html {
    let opts: Html = std::iter::once((String::new(), "any".to_string()))
        .chain(options.iter().cloned())
        .map(|(v, l)| html!("<option value=\"{}\"{}>{}</option>", &v, if v == current { " selected" } else { "" }, &l))
        .collect();
    html!("<label>{}<select name=\"{}\">{}</select></label>", label, name, opts)
}

/// `GET /dashboard/library`: the org's items, filtered, 100 to a page, with bulk actions.
pub async fn library_page(State(db): State<Db>, headers: HeaderMap, Query(f): Query<LibraryFilters>) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let org = &sess.caller.org_id;
    let all = items(&db, org).await?;
    let inserts = insert_counts(&db, org).await?;
    let tax = org_taxonomy(&db, org).await?;
    let now_s = now_ms() / 1000;
    let shown: Vec<&Item> = all.iter().filter(|i| matches(i, &f, &inserts, now_s)).collect();
    let page_no = f.page.unwrap_or(1).max(1);
    let pages = shown.len().div_ceil(PAGE_ROWS).max(1);
    let terms = |ts: &[handoff_core::taxonomy::Term]| {
        ts.iter().map(|t| (t.id.clone(), if t.label.is_empty() { t.id.clone() } else { t.label.clone() })).collect::<Vec<_>>()
    };
    let mut kinds: Vec<String> = all.iter().map(|i| i.kind.clone()).filter(|k| !k.is_empty()).collect();
    kinds.sort();
    kinds.dedup();
    let check = |name: &str, label: &str, on: &str| {
        html!(
            "<label style=\"flex-direction:row;gap:4px;align-items:center\"><input type=\"checkbox\" name=\"{}\" value=\"1\"{}>{}</label>",
            name,
            if on.is_empty() { "" } else { " checked" },
            label
        )
    };
    let mut h = header(&sess, "Library");
    h.push(Html::raw("<main><p><a href=\"/dashboard/library/upload\">Upload a library export (JSON, CSV or Markdown)</a></p>"));
    h.push(html!(
        "<form class=\"filters\" id=\"library-filters\" method=\"get\"><label>Search<input name=\"q\" value=\"{}\"></label>{}{}{}{}{}{}<button type=\"submit\">Filter</button></form>",
        &f.q,
        select("vertical", "Vertical", &f.vertical, &terms(tax.verticals())),
        select("stage", "Stage", &f.stage, &terms(tax.stages())),
        select("status", "Status", &f.status, &["approved", "draft", "retired"].map(|s| (s.to_string(), s.to_string()))),
        select("kind", "Type", &f.kind, &kinds.iter().map(|k| (k.clone(), k.clone())).collect::<Vec<_>>()),
        check("expiring", &format!("expiring in {SOON_DAYS} days"), &f.expiring),
        check("unused", "never inserted", &f.unused),
    ));
    h.push(html!("<p id=\"library-count\">{} of {} items · page {} of {}</p>", shown.len(), all.len(), page_no, pages));
    h.push(html!(
        "<form method=\"post\" action=\"/dashboard/library/bulk\" id=\"bulk\">{}<p class=\"filters\" style=\"display:flex;gap:8px;align-items:end\"><label>With the ticked items<select name=\"action\"><option value=\"approve\">approve</option><option value=\"retire\">retire</option><option value=\"draft\">return to draft</option><option value=\"expire\">set expiry</option></select></label><label>Expiry date<input type=\"date\" name=\"expires\"></label><button type=\"submit\">Apply</button></p>",
        csrf_field(&sess)
    ));
    h.push(Html::raw(
        "<table id=\"library\"><tr><th></th><th>title</th><th>type</th><th>verticals</th><th>stages</th><th>status</th><th>expires</th><th>inserts</th></tr>",
    ));
    let any = |v: &[String]| if v.is_empty() { "any".to_string() } else { v.join(", ") };
    // Approved but past its expiry: reps no longer see it, and the list says so.
    let expired = |i: &Item| i.status == Status::Approved && !i.is_live(now_s);
    for i in shown.iter().skip((page_no - 1) * PAGE_ROWS).take(PAGE_ROWS) {
        h.push(html!(
            "<tr data-id=\"{id}\"><td><input type=\"checkbox\" name=\"id\" value=\"{id}\" aria-label=\"select {title}\"></td><td><a href=\"/dashboard/library/item/{link}\">{title}</a></td><td>{}</td><td>{}</td><td>{}</td><td><span class=\"pill{}\">{}</span></td><td>{}</td><td class=\"n\">{}</td></tr>",
            &i.kind, any(&i.verticals), any(&i.stages), if expired(i) { " err" } else { "" }, if expired(i) { "expired" } else { status_name(i.status) }, i.expires.as_deref().unwrap_or(""), inserts.get(&i.id).copied().unwrap_or(0),
            id = &i.id, link = urlencode(&i.id), title = if i.title.is_empty() { &i.id } else { &i.title },
        ));
    }
    h.push(Html::raw("</table></form>"));
    if pages > 1 {
        let link = |n: usize| html!("<a href=\"/dashboard/library?{}\">{}</a>", serde_urlencoded_pairs(&f, n), n);
        h.push(html!("<p>Pages: {}</p>", Html::join((1..=pages).map(|n| if n == page_no { html!("<b>{}</b>", n) } else { link(n) }), " ")));
    }
    h.push(Html::raw("</main>"));
    Ok(page("Handoff — library", h).into_response())
}

/// The list's query string for page `n`, the filters kept.
fn serde_urlencoded_pairs(f: &LibraryFilters, n: usize) -> String {
    let pairs = [
        ("q", &f.q),
        ("vertical", &f.vertical),
        ("stage", &f.stage),
        ("status", &f.status),
        ("kind", &f.kind),
        ("expiring", &f.expiring),
        ("unused", &f.unused),
    ];
    let mut out: Vec<String> = pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| format!("{k}={}", urlencode(v))).collect();
    out.push(format!("page={n}"));
    out.join("&")
}

/// `POST /dashboard/library/bulk`: one status change for every ticked item, as one library
/// version. Fields: csrf, action, expires, and `id` once per item.
pub async fn bulk(State(db): State<Db>, headers: HeaderMap, Form(fields): Form<Vec<(String, String)>>) -> Result<Response, ApiError> {
    let field = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()).unwrap_or("");
    let sess = match signed_in(&db, &headers, Some(field("csrf"))).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let ids: Vec<String> = fields.iter().filter(|(n, _)| n == "id").map(|(_, v)| v.clone()).collect();
    if ids.is_empty() {
        return Err(ApiError::bad_request("tick at least one item"));
    }
    let expires = field("expires").trim().to_string();
    match field("action") {
        "expire" => {
            if expires.is_empty() {
                return Err(ApiError::bad_request("set expiry needs a date"));
            }
            edit_items(&db, &sess.caller, &ids, |v| v["expires"] = Value::String(expires.clone())).await?;
        }
        action => {
            let status = match action {
                "approve" => Status::Approved,
                "retire" => Status::Retired,
                "draft" => Status::Draft,
                other => return Err(ApiError::bad_request(format!("unknown action {other:?}"))),
            };
            change_statuses(&db, &sess.caller, &ids, &StatusChange { status, expires: None }).await?;
        }
    }
    Ok(Redirect::to("/dashboard/library").into_response())
}

/// The fields of the edit form; lists are comma-separated.
#[derive(Deserialize, schemars::JsonSchema)]
pub struct ItemForm {
    #[serde(default)]
    csrf: String,
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    body: String,
    #[serde(default)]
    url: String,
    #[serde(default)]
    verticals: String,
    #[serde(default)]
    stages: String,
    #[serde(default)]
    tags: String,
    #[serde(default)]
    expires: String,
    /// approved, draft or retired.
    status: Status,
}

fn list(s: &str) -> Value {
    json!(s.split(',').map(str::trim).filter(|v| !v.is_empty()).collect::<Vec<_>>())
}

/// `POST /dashboard/library/item/{id}`: the edited item as a new version (checked as an upload
/// would be: a bad value is refused with the reason, and nothing changes).
pub async fn save_item(State(db): State<Db>, headers: HeaderMap, Path(id): Path<String>, Form(form): Form<ItemForm>) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, Some(&form.csrf)).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    edit_items(&db, &sess.caller, std::slice::from_ref(&id), |v| {
        for (key, text) in [("title", &form.title), ("kind", &form.kind), ("summary", &form.summary), ("body", &form.body), ("url", &form.url)] {
            // Browsers post a textarea's line breaks as CRLF: the stored text keeps LF.
            v[key] = Value::String(text.trim().replace("\r\n", "\n"));
        }
        for (key, text) in [("verticals", &form.verticals), ("stages", &form.stages), ("tags", &form.tags)] {
            v[key] = list(text);
        }
        v["expires"] = if form.expires.trim().is_empty() { Value::Null } else { Value::String(form.expires.trim().to_string()) };
        v["status"] = json!(status_name(form.status));
    })
    .await?;
    Ok(Redirect::to(&format!("/dashboard/library/item/{}?saved=1", urlencode(&id))).into_response())
}

/// What changed from one version of an item to the next, field by field; long texts are shown
/// from a little before where they first differ.
fn changes(before: &Value, after: &Value) -> Vec<String> {
    let (empty, b, a) = (serde_json::Map::new(), before.as_object(), after.as_object());
    let (b, a) = (b.unwrap_or(&empty), a.unwrap_or(&empty));
    let mut keys: Vec<&String> = b.keys().chain(a.keys()).collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .filter(|k| b.get(*k) != a.get(*k))
        .map(|k| {
            let (old, new) = (text_of(b.get(k)), text_of(a.get(k)));
            let from = old.chars().zip(new.chars()).take_while(|(x, y)| x == y).count().saturating_sub(20);
            format!("{k}: {} → {}", excerpt(&old, from), excerpt(&new, from))
        })
        .collect()
}

fn text_of(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "—".to_string(),
        Some(Value::String(s)) => s.clone(),
        Some(other) => other.to_string(),
    }
}

/// 80 characters of `s` from char `from`, with … where it was cut.
fn excerpt(s: &str, from: usize) -> String {
    let n = s.chars().count();
    let from = from.min(n.saturating_sub(1));
    let part: String = s.chars().skip(from).take(80).collect();
    format!("{}{part}{}", if from > 0 { "…" } else { "" }, if from + 80 < n { "…" } else { "" })
}

/// `GET /dashboard/library/item/{id}`: the edit form, and every version with what changed.
pub async fn item_page(
    State(db): State<Db>,
    headers: HeaderMap,
    Path(id): Path<String>,
    Query(q): Query<HashMap<String, String>>,
) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let org = &sess.caller.org_id;
    let row = sqlx::query("SELECT json FROM items WHERE org_id = $1 AND id = $2")
        .bind(org)
        .bind(&id)
        .fetch_optional(&db)
        .await
        .map_err(ApiError::db)?
        .ok_or_else(|| ApiError::not_found(format!("no item {id:?}")))?;
    let text: String = row.try_get("json").map_err(ApiError::db)?;
    let item: Item = serde_json::from_str(&text).map_err(|e| ApiError::bad_request(e.to_string()))?;
    let input = |name: &str, label: &str, value: &str| html!("<label>{}<input name=\"{}\" value=\"{}\" size=\"60\"></label>", label, name, value);
    let status_opts: Html = ["approved", "draft", "retired"]
        .iter()
        .map(|s| html!("<option{}>{}</option>", if *s == status_name(item.status) { " selected" } else { "" }, s))
        .collect();
    let mut h = header(&sess, "Library");
    h.push(html!("<main><p><a href=\"/dashboard/library\">← Library</a></p><h2>{}</h2>", &item.title));
    if q.contains_key("saved") {
        h.push(Html::raw("<p class=\"ok\" role=\"status\">Saved as a new version.</p>"));
    }
    h.push(html!(
        "<form method=\"post\" id=\"edit\" style=\"display:grid;gap:8px;max-width:760px\">{}{}{}{}<label>Body (snippets: {{{{contact.first_name}}}} and other variables)<textarea name=\"body\" rows=\"8\">{}</textarea></label>{}{}{}{}{}<label>Status<select name=\"status\">{}</select></label><p><button type=\"submit\">Save</button></p></form>",
        csrf_field(&sess),
        input("title", "Title", &item.title),
        input("kind", "Type", &item.kind),
        input("summary", "Summary", &item.summary),
        &item.body,
        input("url", "Link", &item.url),
        input("verticals", "Verticals (comma-separated; empty for all)", &item.verticals.join(", ")),
        input("stages", "Stages (comma-separated; empty for all)", &item.stages.join(", ")),
        input("tags", "Tags (comma-separated)", &item.tags.join(", ")),
        input("expires", "Expires (YYYY-MM-DD; empty for never)", item.expires.as_deref().unwrap_or("")),
        status_opts,
    ));
    let rows = sqlx::query("SELECT v.version, v.json, v.at_ms, u.name FROM item_versions v LEFT JOIN users u ON u.id = v.changed_by WHERE v.org_id = $1 AND v.item_id = $2 ORDER BY v.version").bind(org).bind(&id).fetch_all(&db).await.map_err(ApiError::db)?;
    let mut history = Vec::new();
    let mut before = Value::Null;
    for r in &rows {
        let text: String = r.try_get("json").map_err(ApiError::db)?;
        let after: Value = serde_json::from_str(&text).unwrap_or(Value::Null);
        let what = if before.is_null() { vec!["created".to_string()] } else { changes(&before, &after) };
        let when = handoff_core::time::format_rfc3339_ms(r.try_get::<i64, _>("at_ms").unwrap_or(0)).get(..16).unwrap_or_default().replace('T', " ") + " UTC";
        let who: String = r.try_get::<Option<String>, _>("name").ok().flatten().unwrap_or_default();
        history.push(html!(
            "<tr><td class=\"n\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            r.try_get::<i64, _>("version").unwrap_or(0),
            when,
            who,
            Html::join(what.iter().map(|c| html!("{}", c)), "<br>")
        ));
        before = after;
    }
    history.reverse();
    h.push(html!(
        "<h2>History</h2><table id=\"history\"><tr><th>version</th><th>when</th><th>by</th><th>what changed</th></tr>{}</table></main>",
        history.into_iter().collect::<Html>()
    ));
    Ok(page("Handoff — item", h).into_response())
}
