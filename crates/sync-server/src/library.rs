//! The approved library per org: delta sync for extensions, and marketing's changes (every
//! change bumps the org's library version and keeps the item's previous versions).

use crate::auth::{Admin, Caller, Rep};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use handoff_core::library::{Item, Library, Status};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sqlx::{AnyConnection, Row};

#[derive(Deserialize, JsonSchema)]
pub struct Since {
    /// A library version this client holds: only the changes after it are answered.
    since: Option<String>,
}

/// `GET /v1/library`: approved, unexpired items, and what travels with them.
#[derive(Serialize, JsonSchema)]
pub struct LibraryAnswer {
    pub version: String,
    pub items: Vec<Item>,
    /// Ids that left the approved set since `since` (retired, back to draft, expired).
    pub deleted: Vec<String>,
    /// True when `items` is the whole library, not a delta.
    pub full: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schemars(with = "Option<handoff_core::taxonomy::TaxonomyFile>")]
    pub taxonomy: Option<Value>,
    /// Page-reader rules newer than the extension's own: `{version, sites}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reader_rules: Option<Value>,
}

/// A write to the library: the version it made.
#[derive(Serialize, JsonSchema)]
pub struct Stored {
    pub version: String,
    /// Items stored (item uploads only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stored: Option<u64>,
    /// What was wrong with the items not stored, or fixed up (item uploads only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problems: Option<Vec<String>>,
}

/// `POST /v1/admin/items/{id}/status`.
#[derive(Serialize, JsonSchema)]
pub struct StatusSet {
    pub id: String,
    pub status: Status,
    pub version: String,
}

/// `GET /v1/admin/items/{id}/versions`, newest first.
#[derive(Serialize, JsonSchema)]
pub struct Versions {
    pub id: String,
    pub versions: Vec<Version>,
}

#[derive(Serialize, JsonSchema)]
pub struct Version {
    pub version: String,
    pub item: Item,
    /// The user id that made it.
    pub changed_by: String,
    pub at_ms: i64,
}

/// What travels with the library besides items: the org's taxonomy and reader rules.
async fn org_extras(db: &Db, org: &str) -> Result<(Option<Value>, Option<Value>), ApiError> {
    let row = sqlx::query("SELECT taxonomy, reader_rules FROM orgs WHERE id = $1").bind(org).fetch_one(db).await.map_err(ApiError::db)?;
    let get = |key: &str| row.try_get::<Option<String>, _>(key).map(|t| t.and_then(|t| serde_json::from_str(&t).ok())).map_err(ApiError::db);
    Ok((get("taxonomy")?, get("reader_rules")?))
}

/// The org's own taxonomy (its verticals, stages and CRM synonyms over the default), as the
/// extension ranks with it; the default when the org has none or it no longer parses.
pub async fn org_taxonomy(db: &Db, org: &str) -> Result<handoff_core::Taxonomy, ApiError> {
    let row = sqlx::query("SELECT taxonomy FROM orgs WHERE id = $1").bind(org).fetch_one(db).await.map_err(ApiError::db)?;
    let text: Option<String> = row.try_get("taxonomy").map_err(ApiError::db)?;
    Ok(text.and_then(|t| handoff_core::Taxonomy::from_json(&t).ok()).unwrap_or_default())
}

async fn org_version(db: &Db, org: &str) -> Result<i64, ApiError> {
    sqlx::query("SELECT library_version FROM orgs WHERE id = $1")
        .bind(org)
        .fetch_one(db)
        .await
        .map_err(ApiError::db)?
        .try_get("library_version")
        .map_err(ApiError::db)
}

/// `GET /v1/library?since=V`: approved, unexpired items changed after version V (all when V is
/// absent), and the ids that left the approved set, so the client can drop them.
pub async fn get_library(State(db): State<Db>, Rep(who): Rep, headers: HeaderMap, Query(q): Query<Since>) -> Result<Response, ApiError> {
    let version = org_version(&db, &who.org_id).await?;
    let now = now_ms();
    // An item whose expiry passes changes the library with no write: the tag counts them.
    let expired: i64 = sqlx::query(
        "SELECT CAST(COUNT(*) AS BIGINT) AS n FROM items WHERE org_id = $1 AND status = 'approved' AND expires_ms IS NOT NULL AND expires_ms <= $2",
    )
    .bind(&who.org_id)
    .bind(now)
    .fetch_one(&db)
    .await
    .map_err(ApiError::db)?
    .try_get("n")
    .map_err(ApiError::db)?;
    let etag = format!("\"{version}.{expired}\"");
    seen(&db, &who, &headers, version).await?;
    if headers.get("if-none-match").and_then(|v| v.to_str().ok()).is_some_and(|h| etag_matches(h, &etag)) {
        return Ok((StatusCode::NOT_MODIFIED, [("etag", etag)]).into_response());
    }
    let since: i64 = match q.since.as_deref() {
        None | Some("") => 0,
        Some(s) => s.parse().map_err(|_| ApiError::bad_request("`since` must be a library version number"))?,
    };
    // A version this server never gave (negative, or ahead of it after a restore) gets the
    // whole library: a delta against it would be wrong.
    let since = if since < 0 || since > version { 0 } else { since };
    let rows = sqlx::query("SELECT id, json, status, expires_ms FROM items WHERE org_id = $1 AND (version > $2 OR ($2 > 0 AND status = 'approved' AND expires_ms IS NOT NULL AND expires_ms <= $3)) ORDER BY id")
        .bind(&who.org_id)
        .bind(since)
        .bind(now)
        .fetch_all(&db)
        .await
        .map_err(ApiError::db)?;
    let (mut items, mut deleted) = (Vec::new(), Vec::new());
    for r in rows {
        let id: String = r.try_get("id").map_err(ApiError::db)?;
        let status: String = r.try_get("status").map_err(ApiError::db)?;
        let expires: Option<i64> = r.try_get("expires_ms").map_err(ApiError::db)?;
        let live = status == "approved" && expires.is_none_or(|e| now < e);
        if live {
            let text: String = r.try_get("json").map_err(ApiError::db)?;
            match serde_json::from_str::<Item>(&text) {
                Ok(item) => items.push(item),
                Err(e) => eprintln!("handoff serve: item {id:?} no longer parses, not served: {e}"),
            }
        } else if since > 0 {
            deleted.push(id);
        }
    }
    let (taxonomy, reader_rules) = org_extras(&db, &who.org_id).await?;
    let body = LibraryAnswer { version: version.to_string(), items, deleted, full: since == 0, taxonomy, reader_rules };
    Ok(([("etag", etag)], Json(body)).into_response())
}

/// Which extension (its `x-handoff-client`, e.g. "handoff-extension/0.4.0") synced when, and
/// to which library version: the people page lists them.
async fn seen(db: &Db, who: &Caller, headers: &HeaderMap, version: i64) -> Result<(), ApiError> {
    let client: String =
        headers.get("x-handoff-client").and_then(|v| v.to_str().ok()).unwrap_or("another client").chars().filter(|c| !c.is_control()).take(100).collect();
    sqlx::query("INSERT INTO clients (org_id, user_id, client, last_sync_ms, version) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, user_id, client) DO UPDATE SET last_sync_ms = excluded.last_sync_ms, version = excluded.version")
        .bind(&who.org_id)
        .bind(&who.user_id)
        .bind(client)
        .bind(now_ms())
        .bind(version)
        .execute(db)
        .await
        .map(drop)
        .map_err(ApiError::db)
}

/// `If-None-Match` as RFC 9110 reads it: `*`, or a list of tags compared weakly (`W/"5"` is `"5"`).
fn etag_matches(header: &str, etag: &str) -> bool {
    header.split(',').map(str::trim).any(|t| t == "*" || t.trim_start_matches("W/") == etag)
}

/// Stores items (already validated) in one transaction and one new library version.
pub async fn store_items(db: &Db, who: &Caller, items: &[Item], proposed_by: Option<&str>) -> Result<i64, ApiError> {
    let mut tx = db.begin().await.map_err(ApiError::db)?;
    let version: i64 = sqlx::query("UPDATE orgs SET library_version = library_version + 1 WHERE id = $1 RETURNING library_version")
        .bind(&who.org_id)
        .fetch_one(&mut *tx)
        .await
        .map_err(ApiError::db)?
        .try_get("library_version")
        .map_err(ApiError::db)?;
    let now = now_ms();
    for item in items {
        let text = serde_json::to_string(item).map_err(|e| ApiError::bad_request(e.to_string()))?;
        let status = match item.status {
            Status::Approved => "approved",
            Status::Draft => "draft",
            Status::Retired => "retired",
        };
        let expires = item.expires_at().map(|s| s * 1000);
        sqlx::query("INSERT INTO items (org_id, id, json, status, expires_ms, version, proposed_by) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (org_id, id) DO UPDATE SET json = excluded.json, status = excluded.status, expires_ms = excluded.expires_ms, version = excluded.version")
            .bind(&who.org_id)
            .bind(&item.id)
            .bind(&text)
            .bind(status)
            .bind(expires)
            .bind(version)
            .bind(proposed_by)
            .execute(&mut *tx)
            .await
            .map_err(ApiError::db)?;
        record_version(&mut tx, who, &item.id, version, &text, now).await?;
    }
    tx.commit().await.map_err(ApiError::db)?;
    Ok(version)
}

/// An item's version in its history: (org, item, version, json, changed_by, at_ms).
pub const INSERT_VERSION_SQL: &str = "INSERT INTO item_versions (org_id, item_id, version, json, changed_by, at_ms) VALUES ($1, $2, $3, $4, $5, $6)";

/// A draft proposal (org, id, json, proposed_by) at the library's current version, unless the id
/// is taken; answers the version when stored. WHERE also keeps SQLite from reading ON CONFLICT
/// as part of the SELECT.
pub const INSERT_DRAFT_SQL: &str = "INSERT INTO items (org_id, id, json, status, version, proposed_by) SELECT $1, $2, $3, 'draft', library_version, $4 FROM orgs WHERE id = $1 ON CONFLICT (org_id, id) DO NOTHING RETURNING version";

/// Another id for a proposal whose own is taken.
pub fn fresh_proposal_id(taken: &str) -> String {
    format!("{taken}-{}", uuid::Uuid::new_v4().simple())
}

/// Keeps this version of an item in its history.
async fn record_version(conn: &mut AnyConnection, who: &Caller, item_id: &str, version: i64, text: &str, at_ms: i64) -> Result<(), ApiError> {
    sqlx::query(INSERT_VERSION_SQL)
        .bind(&who.org_id)
        .bind(item_id)
        .bind(version)
        .bind(text)
        .bind(&who.user_id)
        .bind(at_ms)
        .execute(conn)
        .await
        .map(drop)
        .map_err(ApiError::db)
}

/// Stores a rep's proposal as a draft, inside the caller's transaction (its event's). The draft
/// takes the library's current version instead of a new one: drafts are never served, so
/// extensions see no change and re-download nothing until an admin approves it. It never
/// overwrites an item: when its id is taken (an admin's item, or an event id picked to
/// collide), the draft gets a fresh id. Returns the id it was stored under.
pub async fn store_proposal(conn: &mut AnyConnection, who: &Caller, draft: &Item) -> Result<String, ApiError> {
    let mut item = draft.clone();
    for _ in 0..3 {
        let text = serde_json::to_string(&item).map_err(|e| ApiError::bad_request(e.to_string()))?;
        let stored = sqlx::query(INSERT_DRAFT_SQL)
            .bind(&who.org_id)
            .bind(&item.id)
            .bind(&text)
            .bind(&who.user_id)
            .fetch_optional(&mut *conn)
            .await
            .map_err(ApiError::db)?;
        if let Some(row) = stored {
            let version: i64 = row.try_get("version").map_err(ApiError::db)?;
            record_version(conn, who, &item.id, version, &text, now_ms()).await?;
            return Ok(item.id);
        }
        item.id = fresh_proposal_id(&draft.id);
    }
    Err(ApiError::new(StatusCode::CONFLICT, format!("no free id for the proposal {:?}", draft.id)))
}

/// `PUT /v1/admin/items`: a library JSON document, or a CSV export (`Content-Type: text/csv`,
/// as `handoff import` reads it); good items are stored, problems returned.
pub async fn put_items(State(db): State<Db>, Admin(who): Admin, headers: HeaderMap, body: String) -> Result<Json<Stored>, ApiError> {
    let csv = headers.get("content-type").and_then(|v| v.to_str().ok()).is_some_and(|c| c.starts_with("text/csv"));
    let lib =
        if csv { handoff_core::import::from_csv(&body, &org_taxonomy(&db, &who.org_id).await?) } else { Library::from_json(&body).map_err(|e| e.to_string()) }
            .map_err(|e| ApiError::bad_request(format!("library: {e}")))?;
    let version = if lib.items.is_empty() { org_version(&db, &who.org_id).await? } else { store_items(&db, &who, &lib.items, None).await? };
    let problems: Vec<String> = lib.problems.iter().map(ToString::to_string).collect();
    Ok(Json(Stored { version: version.to_string(), stored: Some(lib.items.len() as u64), problems: Some(problems) }))
}

#[derive(Deserialize, JsonSchema)]
pub struct StatusChange {
    pub status: Status,
    #[serde(default)]
    pub expires: Option<String>,
}

/// `POST /v1/admin/items/{id}/status`: approve, retire, send back to draft, or set an expiry.
pub async fn set_status(State(db): State<Db>, Admin(who): Admin, Path(id): Path<String>, body: String) -> Result<Json<StatusSet>, ApiError> {
    let change: StatusChange = serde_json::from_str(&body).map_err(|e| ApiError::bad_request(format!("body: {e}")))?;
    let version = change_status(&db, &who, &id, &change).await?;
    Ok(Json(StatusSet { id, status: change.status, version: version.to_string() }))
}

/// Sets an item's status (and expiry) as a new version; the library version it got.
pub async fn change_status(db: &Db, who: &Caller, id: &str, change: &StatusChange) -> Result<i64, ApiError> {
    change_statuses(db, who, &[id.to_string()], change).await
}

/// Sets the status (and expiry) of several items as one new library version.
pub async fn change_statuses(db: &Db, who: &Caller, ids: &[String], change: &StatusChange) -> Result<i64, ApiError> {
    let status = serde_json::to_value(change.status).map_err(|e| ApiError::bad_request(e.to_string()))?;
    edit_items(db, who, ids, |value| {
        value["status"] = status.clone();
        if let Some(e) = &change.expires {
            value["expires"] = if e.trim().is_empty() { Value::Null } else { Value::String(e.trim().to_string()) };
        }
    })
    .await
}

/// Changes stored items' JSON with `edit`, checks each as an upload would (an invalid result
/// is refused with the reason), and stores them all as one new library version.
pub async fn edit_items(db: &Db, who: &Caller, ids: &[String], edit: impl Fn(&mut Value)) -> Result<i64, ApiError> {
    let mut values = Vec::new();
    for id in ids {
        let row = sqlx::query("SELECT json FROM items WHERE org_id = $1 AND id = $2")
            .bind(&who.org_id)
            .bind(id)
            .fetch_optional(db)
            .await
            .map_err(ApiError::db)?
            .ok_or_else(|| ApiError::not_found(format!("no item {id:?}")))?;
        let text: String = row.try_get("json").map_err(ApiError::db)?;
        let mut value: Value = serde_json::from_str(&text).map_err(|e| ApiError::bad_request(e.to_string()))?;
        edit(&mut value);
        values.push(value);
    }
    let lib = Library::from_json(&json!({ "items": values }).to_string()).map_err(|e| ApiError::bad_request(e.to_string()))?;
    if let Some(p) = lib.problems.iter().find(|p| p.severity == handoff_core::library::Severity::Error) {
        return Err(ApiError::bad_request(p.to_string()));
    }
    if lib.items.len() != ids.len() {
        return Err(ApiError::bad_request("an item could not be stored"));
    }
    store_items(db, who, &lib.items, None).await
}

/// `GET /v1/admin/items/{id}/versions`: every stored version of an item, newest first.
pub async fn versions(State(db): State<Db>, Admin(who): Admin, Path(id): Path<String>) -> Result<Json<Versions>, ApiError> {
    let rows = sqlx::query("SELECT version, json, changed_by, at_ms FROM item_versions WHERE org_id = $1 AND item_id = $2 ORDER BY version DESC")
        .bind(&who.org_id)
        .bind(&id)
        .fetch_all(&db)
        .await
        .map_err(ApiError::db)?;
    let mut out = Vec::new();
    for r in rows {
        let text: String = r.try_get("json").map_err(ApiError::db)?;
        let Ok(item) = serde_json::from_str::<Item>(&text) else { continue };
        out.push(Version {
            version: r.try_get::<i64, _>("version").map_err(ApiError::db)?.to_string(),
            item,
            changed_by: r.try_get("changed_by").map_err(ApiError::db)?,
            at_ms: r.try_get("at_ms").map_err(ApiError::db)?,
        });
    }
    Ok(Json(Versions { id, versions: out }))
}

#[derive(Serialize, JsonSchema)]
pub struct Proposals {
    pub proposals: Vec<Proposed>,
}

/// A rep's proposed snippet: the draft item, the proposer's user id and name.
#[derive(Serialize, JsonSchema)]
pub struct Proposed {
    pub item: Item,
    pub proposed_by: Option<String>,
    pub proposer: Option<String>,
}

/// `GET /v1/admin/proposals`: snippets reps proposed, waiting for review as drafts.
pub async fn proposals(State(db): State<Db>, Admin(who): Admin) -> Result<Json<Proposals>, ApiError> {
    Ok(Json(Proposals { proposals: proposals_data(&db, &who.org_id).await? }))
}

/// Reps' proposed snippets awaiting review, newest first: the draft item, who proposed it
/// (their id) and their name.
pub async fn proposals_data(db: &Db, org: &str) -> Result<Vec<Proposed>, ApiError> {
    let rows = sqlx::query("SELECT i.json, i.proposed_by, u.name FROM items i LEFT JOIN users u ON u.id = i.proposed_by WHERE i.org_id = $1 AND i.proposed_by IS NOT NULL AND i.status = 'draft' ORDER BY i.version DESC, i.id").bind(org).fetch_all(db).await.map_err(ApiError::db)?;
    let mut out = Vec::new();
    for r in rows {
        let text: String = r.try_get("json").map_err(ApiError::db)?;
        let Ok(item) = serde_json::from_str::<Item>(&text) else { continue };
        out.push(Proposed { item, proposed_by: r.try_get("proposed_by").map_err(ApiError::db)?, proposer: r.try_get("name").map_err(ApiError::db)? });
    }
    Ok(out)
}

/// `GET /v1/proposals`: the calling rep's own proposals and what became of them.
#[derive(Serialize, JsonSchema)]
pub struct MyProposals {
    pub proposals: Vec<MyProposal>,
}

#[derive(Serialize, JsonSchema)]
pub struct MyProposal {
    pub id: String,
    pub title: String,
    /// `waiting`, `approved` or `declined`.
    pub state: String,
    /// Marketing's note on a decision, when it wrote one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

pub async fn my_proposals(State(db): State<Db>, Rep(who): Rep) -> Result<Json<MyProposals>, ApiError> {
    let rows = sqlx::query("SELECT json FROM items WHERE org_id = $1 AND proposed_by = $2 ORDER BY version DESC, id LIMIT 50")
        .bind(&who.org_id)
        .bind(&who.user_id)
        .fetch_all(&db)
        .await
        .map_err(ApiError::db)?;
    let mut out = Vec::new();
    for r in rows {
        let text: String = r.try_get("json").map_err(ApiError::db)?;
        let Ok(item) = serde_json::from_str::<Item>(&text) else { continue };
        let state = match item.status {
            Status::Draft => "waiting",
            Status::Approved => "approved",
            Status::Retired => "declined",
        };
        let note = item.extra.get("review_note").and_then(Value::as_str).map(String::from);
        out.push(MyProposal { id: item.id, title: item.title, state: state.into(), note });
    }
    Ok(Json(MyProposals { proposals: out }))
}

/// Stores one of the documents that travel with the library and bumps its version, so every
/// extension picks it up on its next sync.
pub(crate) async fn put_extra(db: &Db, who: &Caller, column: &str, body: &str) -> Result<Json<Stored>, ApiError> {
    let version: i64 = sqlx::query(&format!("UPDATE orgs SET {column} = $1, library_version = library_version + 1 WHERE id = $2 RETURNING library_version"))
        .bind(body)
        .bind(&who.org_id)
        .fetch_one(db)
        .await
        .map_err(ApiError::db)?
        .try_get("library_version")
        .map_err(ApiError::db)?;
    Ok(Json(Stored { version: version.to_string(), stored: None, problems: None }))
}

/// `PUT /v1/admin/taxonomy`: the org's taxonomy file (extra synonyms, verticals, stages).
pub async fn put_taxonomy(State(db): State<Db>, Admin(who): Admin, body: String) -> Result<Json<Stored>, ApiError> {
    put_extra(&db, &who, "taxonomy", &taxonomy_json(&body).map_err(ApiError::bad_request)?).await
}

/// A JSON object of the parsed document's own fields, or why not: serde would also take a
/// struct written as an array (`[]` is an empty taxonomy to it), which reaches the extensions
/// in that shape.
fn object_of<T: serde::de::DeserializeOwned>(body: &str, what: &str) -> Result<T, String> {
    let value: Value = serde_json::from_str(body).map_err(|e| format!("{what}: {e}"))?;
    if !value.is_object() {
        return Err(format!("{what}: a JSON object is needed"));
    }
    serde_json::from_value(value).map_err(|e| format!("{what}: {e}"))
}

/// A taxonomy file as stored and delivered: checked, and written back in its own fields only.
pub(crate) fn taxonomy_json(body: &str) -> Result<String, String> {
    let file: handoff_core::taxonomy::TaxonomyFile = object_of(body, "taxonomy")?;
    serde_json::to_string(&file).map_err(|e| e.to_string())
}

/// Reader rules as checked before they are stored: an object with a version.
pub(crate) fn reader_rules(body: &str) -> Result<ReaderRules, String> {
    let r: ReaderRules = object_of(body, "reader rules")?;
    if r.version.trim().is_empty() {
        return Err("reader rules need a version".into());
    }
    Ok(r)
}

/// Page-reader rules: per site, selectors and label synonyms (crates/readers/src/rules.json).
#[derive(Deserialize, JsonSchema)]
pub struct ReaderRules {
    #[schemars(length(min = 1))]
    pub version: String,
    #[allow(dead_code)]
    sites: serde_json::Map<String, Value>,
}

/// `PUT /v1/admin/reader-rules`: newer page-reader rules (selectors and label synonyms per
/// site, with a version), so a fix for a changed CRM page ships without an extension release.
pub async fn put_reader_rules(State(db): State<Db>, Admin(who): Admin, body: String) -> Result<Json<Stored>, ApiError> {
    reader_rules(&body).map_err(ApiError::bad_request)?;
    put_extra(&db, &who, "reader_rules", &body).await
}
