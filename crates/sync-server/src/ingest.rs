//! Usage events in: the product's own batch (`POST /v1/events`) and Segment's tracking API
//! batch (`POST /v1/batch`). Idempotent on the event id / messageId; each bad event is named
//! and the good ones are still stored.

use crate::auth::{caller, Caller};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use crate::library::store_items;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Json;
use handoff_core::events::{Event, MAX_BATCH_BYTES, MAX_BATCH_EVENTS, MAX_EVENT_BYTES};
use handoff_core::library::{Item, Status};
use handoff_core::time::parse_rfc3339;
use serde_json::value::RawValue;
use serde_json::{json, Value};

pub struct Outcome {
    pub accepted: u64,
    pub duplicates: u64,
    pub rejected: Vec<Value>,
}

impl Outcome {
    fn json(&self) -> Value {
        json!({ "accepted": self.accepted, "duplicates": self.duplicates, "rejected": self.rejected })
    }
}

/// The batch of a request body as raw JSON values (their byte spans give each event's size
/// without serializing it again), with the request-level limits.
fn batch_of(body: &Bytes) -> Result<Vec<Box<RawValue>>, ApiError> {
    if body.len() > MAX_BATCH_BYTES {
        return Err(ApiError::too_large(format!("batch is {} bytes; the limit is {MAX_BATCH_BYTES}", body.len())));
    }
    #[derive(serde::Deserialize)]
    struct Batch {
        batch: Vec<Box<RawValue>>,
    }
    let parsed: Batch = serde_json::from_slice(body).map_err(|e| {
        if e.is_syntax() || e.is_eof() {
            ApiError::bad_request(format!("body is not JSON: {e}"))
        } else {
            ApiError::bad_request("body must be an object with a \"batch\" array")
        }
    })?;
    // The clients' own limit, enforced here too: a batch of thousands of tiny messages costs
    // the server seconds and its answer megabytes.
    if parsed.batch.len() > MAX_BATCH_EVENTS {
        return Err(ApiError::too_large(format!("batch has {} events; the limit is {MAX_BATCH_EVENTS}", parsed.batch.len())));
    }
    Ok(parsed.batch)
}

/// Checks each message with `parse` and stores the good ones; the others are named.
async fn ingest(db: &Db, who: &Caller, batch: Vec<Box<RawValue>>, parse: impl Fn(&str) -> Result<Event, String>) -> Result<Outcome, ApiError> {
    let mut good = Vec::new();
    let mut rejected = Vec::new();
    for (index, msg) in batch.iter().enumerate() {
        let raw = msg.get();
        let checked = if raw.len() > MAX_EVENT_BYTES { Err(format!("event is {} bytes; the limit is {MAX_EVENT_BYTES}", raw.len())) } else { parse(raw).and_then(|e| e.validate().map(|_| e)) };
        match checked {
            Ok(e) => good.push(e),
            Err(error) => {
                #[derive(serde::Deserialize)]
                struct Ids {
                    id: Option<String>,
                    #[serde(rename = "messageId")]
                    message_id: Option<String>,
                }
                let ids: Option<Ids> = serde_json::from_str(raw).ok();
                let id = ids.and_then(|i| i.id.or(i.message_id)).unwrap_or_default();
                rejected.push(json!({ "index": index, "id": id, "error": error }));
            }
        }
    }
    let (accepted, duplicates, proposals) = store_events(db, who, &good).await?;
    for p in proposals {
        store_items(db, who, &[p], Some(&who.user_id)).await?;
    }
    Ok(Outcome { accepted, duplicates, rejected })
}

/// Whose event it is: a rep's token speaks only for that rep, whatever a message says
/// (Segment's `userId` included); an admin's token, as a pipeline forwarding for many reps,
/// may name the rep.
fn attributed_to(who: &Caller, e: &Event) -> String {
    match (&e.rep, who.role.as_str()) {
        (Some(rep), "admin") if !rep.trim().is_empty() => rep.clone(),
        _ => who.user_id.clone(),
    }
}

/// Stores events in one transaction; returns (new, already stored, draft items for new proposals).
pub async fn store_events(db: &Db, who: &Caller, events: &[Event]) -> Result<(u64, u64, Vec<Item>), ApiError> {
    let received = now_ms();
    let mut tx = db.begin().await.map_err(ApiError::db)?;
    let (mut accepted, mut duplicates, mut proposals) = (0, 0, Vec::new());
    // Rows are locked in id order by every batch, so two batches sharing ids in different
    // orders wait for each other instead of deadlocking on PostgreSQL.
    let mut ordered: Vec<&Event> = events.iter().collect();
    ordered.sort_by(|a, b| a.id.cmp(&b.id));
    for e in ordered {
        let at = parse_rfc3339(&e.at).map_or(received, |s| s * 1000);
        let proposal = e.proposal.as_ref().map(|p| serde_json::to_string(p).unwrap_or_default());
        let done = sqlx::query("INSERT INTO events (org_id, id, rep, team, action, item_id, item_version, rating, reason, vertical, stage, source, query, prospect, proposal, at_ms, received_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT (org_id, id) DO NOTHING")
            .bind(&who.org_id)
            .bind(&e.id)
            .bind(attributed_to(who, e))
            .bind(&who.team)
            .bind(&e.action)
            .bind(&e.item_id)
            .bind(&e.item_version)
            .bind(e.rating.map(i64::from))
            .bind(&e.reason)
            .bind(&e.vertical)
            .bind(&e.stage)
            .bind(&e.source)
            .bind(&e.query)
            .bind(&e.prospect)
            .bind(proposal)
            .bind(at)
            .bind(received)
            .execute(&mut *tx)
            .await
            .map_err(ApiError::db)?;
        if done.rows_affected() == 1 {
            accepted += 1;
            if let Some(p) = &e.proposal {
                proposals.push(Item {
                    id: format!("proposal-{}", e.id),
                    title: p.title.clone(),
                    kind: "snippet".into(),
                    summary: format!("Proposed by a rep ({} {})", e.vertical.as_deref().unwrap_or("any vertical"), e.stage.as_deref().unwrap_or("any stage")),
                    body: p.body.clone(),
                    url: String::new(),
                    verticals: e.vertical.iter().cloned().collect(),
                    stages: e.stage.iter().cloned().collect(),
                    tags: vec!["proposed-by-rep".into()],
                    status: Status::Draft,
                    expires: None,
                    updated: Some(e.at.clone()),
                    extra: Default::default(),
                });
            }
        } else {
            duplicates += 1;
        }
    }
    tx.commit().await.map_err(ApiError::db)?;
    Ok((accepted, duplicates, proposals))
}

/// `POST /v1/events`: `{"batch": [Event, ...]}`. The rep is the token's user.
pub async fn post_events(State(db): State<Db>, headers: HeaderMap, body: Bytes) -> Result<Json<Value>, ApiError> {
    let who = caller(&db, &headers).await?;
    let batch = batch_of(&body)?;
    let rep = who.user_id.clone();
    let out = ingest(&db, &who, batch, |raw| {
        serde_json::from_str::<Event>(raw)
            .map(|mut e| {
                e.rep = Some(rep.clone());
                e
            })
            .map_err(|e| e.to_string())
    })
    .await?;
    Ok(Json(out.json()))
}

/// `POST /v1/batch`: Segment's tracking API batch; `track` messages become events.
pub async fn post_segment_batch(State(db): State<Db>, headers: HeaderMap, body: Bytes) -> Result<Json<Value>, ApiError> {
    let who = caller(&db, &headers).await?;
    let gzipped = headers.get("content-encoding").and_then(|v| v.to_str().ok()).is_some_and(|v| v.trim().eq_ignore_ascii_case("gzip"));
    let body = if gzipped { gunzip(&body)? } else { body };
    let batch = batch_of(&body)?;
    let out = ingest(&db, &who, batch, |raw| serde_json::from_str::<Value>(raw).map_err(|e| e.to_string()).and_then(|v| Event::from_segment(&v))).await?;
    let mut v = out.json();
    v["success"] = Value::Bool(true);
    Ok(Json(v))
}

/// Segment's clients send `Content-Encoding: gzip` when built with `gzip=True`. Read no more
/// than the batch limit allows, so a small bomb cannot fill memory.
fn gunzip(body: &Bytes) -> Result<Bytes, ApiError> {
    use std::io::Read;
    let mut out = Vec::new();
    flate2::read::GzDecoder::new(&body[..])
        .take(MAX_BATCH_BYTES as u64 + 1)
        .read_to_end(&mut out)
        .map_err(|e| ApiError::bad_request(format!("body is not valid gzip: {e}")))?;
    if out.len() > MAX_BATCH_BYTES {
        return Err(ApiError::too_large(format!("batch is over {MAX_BATCH_BYTES} bytes once unzipped")));
    }
    Ok(Bytes::from(out))
}
