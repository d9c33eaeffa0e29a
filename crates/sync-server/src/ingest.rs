//! Usage events in: the product's own batch (`POST /v1/events`) and Segment's tracking API
//! batch (`POST /v1/batch`). Idempotent on the event id / messageId; each bad event is named
//! and the good ones are still stored.

use crate::auth::{Caller, Rep};
use crate::db::WriteGate;
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use crate::library::store_proposal;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::Extension;
use axum::Json;
use handoff_core::events::{Event, Proposal, MAX_BATCH_BYTES, MAX_BATCH_EVENTS, MAX_EVENT_BYTES};
use handoff_core::library::{Item, Status};
use handoff_core::time::parse_rfc3339;
use serde_json::value::RawValue;
use serde_json::Value;
use sqlx::{AnyConnection, Row};
use std::borrow::Cow;
use std::collections::HashSet;
use std::fmt::Write;

/// What became of a batch: stored now, stored before (same id), and each rejected event.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Outcome {
    pub accepted: u64,
    pub duplicates: u64,
    pub rejected: Vec<Rejected>,
    /// Segment only: identify, page, screen, group and alias messages, received and not stored.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ignored: Option<u64>,
    /// Segment only: its clients read this flag.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub success: Option<bool>,
}

/// One event the batch held that was not stored, and why.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Rejected {
    /// Its position in the batch, from 0.
    pub index: u64,
    /// Its `id` (or Segment `messageId`), empty when it had none.
    pub id: String,
    pub error: String,
}

/// The request body of `POST /v1/events`.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub struct EventBatch {
    /// At most 100 events and 500 KB.
    batch: Vec<Event>,
}

/// The request body of `POST /v1/batch` (Segment's tracking API); only `track` messages are stored.
#[derive(schemars::JsonSchema)]
#[allow(dead_code)]
pub struct SegmentBatch {
    batch: Vec<SegmentMessage>,
}

/// A Segment message: `event` is the action, `properties` carry the event's other fields.
#[derive(schemars::JsonSchema)]
#[allow(dead_code, non_snake_case)]
pub struct SegmentMessage {
    r#type: Option<String>,
    messageId: Option<String>,
    userId: Option<String>,
    anonymousId: Option<String>,
    event: Option<String>,
    timestamp: Option<String>,
    originalTimestamp: Option<String>,
    properties: Option<serde_json::Map<String, Value>>,
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
async fn ingest(
    db: &Db,
    gate: &WriteGate,
    who: &Caller,
    batch: Vec<Box<RawValue>>,
    parse: impl Fn(&str) -> Result<Event, String>,
) -> Result<Outcome, ApiError> {
    let mut good = Vec::new();
    let mut rejected = Vec::new();
    for (index, msg) in batch.iter().enumerate() {
        let raw = msg.get();
        let checked = if raw.len() > MAX_EVENT_BYTES {
            Err(format!("event is {} bytes; the limit is {MAX_EVENT_BYTES}", raw.len()))
        } else {
            parse(raw).and_then(|e| e.validate().map(|_| e))
        };
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
                rejected.push(Rejected { index: index as u64, id, error });
            }
        }
    }
    let (accepted, duplicates) = match gate.sqlite_writer() {
        Some(writer) => writer.store(who, good).await?,
        None => store_events(db, gate, who, &good).await?,
    };
    Ok(Outcome { accepted, duplicates, rejected, ignored: None, success: None })
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

/// Columns of an event row, in the order `bind_event` binds them.
const EVENT_COLUMNS: &str = "org_id, id, rep, team, action, item_id, item_version, rating, reason, vertical, stage, source, query, prospect, proposal, deal, outcome, at_ms, received_ms";
pub const PARAMS_PER_EVENT: usize = 19;
/// Rows per INSERT: SQLite binds at most 32,766 parameters a statement (PostgreSQL 65,535).
const EVENTS_PER_INSERT: usize = 32_766 / PARAMS_PER_EVENT;

/// `INSERT ... VALUES (...), (...)` for `rows` events. With `skip_stored`, ON CONFLICT DO
/// NOTHING skips ids already stored, and the count of rows it stored stays exact. With
/// `returning`, it answers their ids (to know which proposals are new); without, no row travels
/// back (sqlx-sqlite hands each over a channel from its worker thread, a wake-up a row).
/// PostgreSQL needs numbered `$n` placeholders; SQLite gets anonymous `?`, because sqlx looks
/// each numbered one up by name, a linear scan in SQLite, which made a 100-event statement
/// quadratic (a fifth of the time in a profile).
pub fn insert_events_sql(rows: usize, numbered: bool, skip_stored: bool, returning: bool) -> String {
    let mut sql = String::with_capacity(100 + rows * PARAMS_PER_EVENT * 7);
    let _ = write!(sql, "INSERT INTO events ({EVENT_COLUMNS}) VALUES ");
    for r in 0..rows {
        sql.push_str(if r == 0 { "(" } else { ", (" });
        for c in 1..=PARAMS_PER_EVENT {
            if c > 1 {
                sql.push_str(", ");
            }
            if numbered {
                let _ = write!(sql, "${}", r * PARAMS_PER_EVENT + c);
            } else {
                sql.push('?');
            }
        }
        sql.push(')');
    }
    if skip_stored {
        sql.push_str(" ON CONFLICT (org_id, id) DO NOTHING");
    }
    if returning {
        sql.push_str(" RETURNING id");
    }
    sql
}

/// Inserts the events in chunks; returns how many were new, and puts their ids in `new_ids`
/// when asked (it starts empty).
async fn insert_events(
    conn: &mut AnyConnection,
    who: &Caller,
    ordered: &[&Event],
    received: i64,
    skip_stored: bool,
    mut new_ids: Option<&mut HashSet<String>>,
) -> Result<u64, sqlx::Error> {
    let mut accepted = 0;
    for chunk in ordered.chunks(EVENTS_PER_INSERT) {
        accepted += insert_rows(conn, who, chunk, received, skip_stored, new_ids.as_deref_mut()).await?;
    }
    Ok(accepted)
}

async fn insert_rows(
    conn: &mut AnyConnection,
    who: &Caller,
    chunk: &[&Event],
    received: i64,
    skip_stored: bool,
    new_ids: Option<&mut HashSet<String>>,
) -> Result<u64, sqlx::Error> {
    let sql = insert_events_sql(chunk.len(), conn.backend_name() != "SQLite", skip_stored, new_ids.is_some());
    let rows: Vec<_> = chunk.iter().map(|e| event_row(who, e, received)).collect();
    let q = rows.iter().flatten().fold(sqlx::query(&sql), bind_cell);
    let Some(ids) = new_ids else {
        return Ok(q.execute(conn).await?.rows_affected());
    };
    let rows = q.fetch_all(conn).await?;
    for row in &rows {
        ids.insert(row.try_get::<String, _>("id")?);
    }
    Ok(rows.len() as u64)
}

/// A value of an event row, bound the same way by sqlx and by the SQLite writer thread.
pub enum Cell<'a> {
    Text(Option<Cow<'a, str>>),
    Int(Option<i64>),
}

/// An event's row, in `EVENT_COLUMNS` order.
pub fn event_row<'a>(who: &'a Caller, e: &'a Event, received: i64) -> [Cell<'a>; PARAMS_PER_EVENT] {
    let text = |v: &'a Option<String>| Cell::Text(v.as_deref().map(Cow::Borrowed));
    let own = |v: &'a str| Cell::Text(Some(Cow::Borrowed(v)));
    let at = parse_rfc3339(&e.at).map_or(received, |s| s * 1000);
    let proposal = e.proposal.as_ref().map(|p| Cow::Owned(serde_json::to_string(p).unwrap_or_default()));
    [
        own(&who.org_id),
        own(&e.id),
        Cell::Text(Some(Cow::Owned(attributed_to(who, e)))),
        own(&who.team),
        own(&e.action),
        text(&e.item_id),
        text(&e.item_version),
        Cell::Int(e.rating.map(i64::from)),
        text(&e.reason),
        text(&e.vertical),
        text(&e.stage),
        text(&e.source),
        text(&e.query),
        text(&e.prospect),
        Cell::Text(proposal),
        text(&e.deal),
        text(&e.outcome),
        Cell::Int(Some(at)),
        Cell::Int(Some(received)),
    ]
}

type AnyQuery<'q> = sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>;

fn bind_cell<'q>(q: AnyQuery<'q>, cell: &'q Cell<'_>) -> AnyQuery<'q> {
    match cell {
        Cell::Text(v) => q.bind(v.as_deref()),
        Cell::Int(v) => q.bind(*v),
    }
}

/// The events in id order, each id once (a repeat inside the batch is a duplicate). Every batch
/// locks its rows in id order, so two batches sharing ids in different orders wait for each
/// other instead of deadlocking on PostgreSQL.
pub fn in_id_order(events: &[Event]) -> Vec<&Event> {
    let mut ordered: Vec<&Event> = events.iter().collect();
    ordered.sort_by(|a, b| a.id.cmp(&b.id));
    ordered.dedup_by(|a, b| a.id == b.id);
    ordered
}

/// Stores events, and a draft item for each new proposal, in one transaction: a crash leaves
/// both or neither, so a retried batch never loses a proposal. Returns (new, already stored).
pub async fn store_events(db: &Db, gate: &WriteGate, who: &Caller, events: &[Event]) -> Result<(u64, u64), ApiError> {
    let received = now_ms();
    let ordered = in_id_order(events);
    let with_proposals = ordered.iter().any(|e| e.proposal.is_some());
    let _turn = gate.turn().await;
    if !with_proposals && (1..=EVENTS_PER_INSERT).contains(&ordered.len()) {
        return store_in_one_statement(db, who, &ordered, received, events.len()).await;
    }
    let mut new_ids = HashSet::new();
    let mut tx = db.begin().await.map_err(ApiError::db)?;
    // A plain INSERT first: ON CONFLICT checks every row speculatively, which cost PostgreSQL
    // about 40% of its insert rate, and most batches hold only new events. When one is already
    // stored (a retry) the transaction is rolled back, nothing in it yet but these inserts, and
    // the batch goes again skipping stored ids.
    let accepted = match insert_events(&mut tx, who, &ordered, received, false, with_proposals.then_some(&mut new_ids)).await {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            tx.rollback().await.map_err(ApiError::db)?;
            tx = db.begin().await.map_err(ApiError::db)?;
            new_ids.clear();
            insert_events(&mut tx, who, &ordered, received, true, with_proposals.then_some(&mut new_ids)).await
        }
        first => first,
    }
    .map_err(ApiError::db)?;
    for e in ordered.iter().filter(|e| new_ids.contains(&e.id)) {
        if let Some(p) = &e.proposal {
            store_proposal(&mut tx, who, &proposal_item(e, p)).await?;
        }
    }
    tx.commit().await.map_err(ApiError::db)?;
    Ok((accepted, events.len() as u64 - accepted))
}

/// A batch that is one INSERT, with no proposal to store beside it, needs no transaction: the
/// statement is applied whole or not at all, and BEGIN and COMMIT were two of the batch's four
/// round trips to PostgreSQL. A unique violation (a retried batch) stored nothing; the batch
/// goes again skipping stored ids, as in `store_events`.
async fn store_in_one_statement(db: &Db, who: &Caller, ordered: &[&Event], received: i64, sent: usize) -> Result<(u64, u64), ApiError> {
    let mut conn = db.acquire().await.map_err(ApiError::db)?;
    let accepted = match insert_rows(&mut conn, who, ordered, received, false, None).await {
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => insert_rows(&mut conn, who, ordered, received, true, None).await,
        first => first,
    }
    .map_err(ApiError::db)?;
    Ok((accepted, sent as u64 - accepted))
}

/// The draft item a rep's proposal becomes, `proposal-` + its event's id.
pub fn proposal_item(e: &Event, p: &Proposal) -> Item {
    Item {
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
    }
}

/// `POST /v1/events`: `{"batch": [Event, ...]}`. The rep is the token's user.
pub async fn post_events(State(db): State<Db>, Rep(who): Rep, Extension(gate): Extension<WriteGate>, body: Bytes) -> Result<Json<Outcome>, ApiError> {
    let batch = batch_of(&body)?;
    let rep = who.user_id.clone();
    let out = ingest(&db, &gate, &who, batch, |raw| {
        serde_json::from_str::<Event>(raw)
            .map(|mut e| {
                e.rep = Some(rep.clone());
                e
            })
            .map_err(|e| e.to_string())
    })
    .await?;
    Ok(Json(out))
}

/// `POST /v1/batch`: Segment's tracking API batch; `track` messages become events.
pub async fn post_segment_batch(
    State(db): State<Db>,
    Rep(who): Rep,
    Extension(gate): Extension<WriteGate>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Outcome>, ApiError> {
    let gzipped = headers.get("content-encoding").and_then(|v| v.to_str().ok()).is_some_and(|v| v.trim().eq_ignore_ascii_case("gzip"));
    let body = if gzipped { gunzip(&body)? } else { body };
    let mut batch = batch_of(&body)?;
    // identify, page, screen, group and alias say who someone is, not what content they used:
    // received and ignored, not "rejected" (a Segment client counts a 200 as delivered anyway).
    let before = batch.len();
    batch.retain(|m| segment_type(m.get()).is_none_or(|t| t == "track"));
    let ignored = before - batch.len();
    let out =
        ingest(&db, &gate, &who, batch, |raw| serde_json::from_str::<Value>(raw).map_err(|e| e.to_string()).and_then(|v| Event::from_segment(&v))).await?;
    Ok(Json(Outcome { ignored: Some(ignored as u64), success: Some(true), ..out }))
}

/// A Segment message's `type`, when it has a string one.
fn segment_type(raw: &str) -> Option<String> {
    #[derive(serde::Deserialize)]
    struct Typed {
        #[serde(rename = "type")]
        kind: Option<String>,
    }
    serde_json::from_str::<Typed>(raw).ok().and_then(|t| t.kind)
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
