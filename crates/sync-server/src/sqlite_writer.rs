//! SQLite ingest on a thread of its own, over a plain connection. The true limit of SQLite here
//! is one prepared single-row INSERT stepped per event (84k events/s on the bench machine, a
//! 100-row INSERT only 54k); through sqlx every statement is a hop to its worker thread and
//! back, so the server cannot step per event there. This thread does, for every batch in turn:
//! SQLite has one writer anyway, and batches queue on its channel instead of sleeping in the
//! busy handler. It writes the same rows and drafts as the sqlx path (`ingest::store_events`),
//! which PostgreSQL and in-memory SQLite keep using.

use crate::auth::Caller;
use crate::db::now_ms;
use crate::error::ApiError;
use crate::ingest::{event_row, in_id_order, insert_events_sql, proposal_item, Cell};
use crate::library::{fresh_proposal_id, INSERT_DRAFT_SQL, INSERT_VERSION_SQL};
use handoff_core::events::Event;
use handoff_core::library::Item;
use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{params, Connection, OpenFlags, OptionalExtension, ToSql, TransactionBehavior};
use std::sync::mpsc;
use tokio::sync::oneshot;

struct Job {
    who: Caller,
    events: Vec<Event>,
    done: oneshot::Sender<rusqlite::Result<(u64, u64)>>,
}

pub struct SqliteWriter(mpsc::Sender<Job>);

impl SqliteWriter {
    /// A writer for the file behind a `sqlite:` URL, already migrated by the pool; none for an
    /// in-memory database (only the pool's connection sees it) or a file it cannot open.
    pub fn start(url: &str) -> Option<SqliteWriter> {
        let path = url.strip_prefix("sqlite://").or_else(|| url.strip_prefix("sqlite:"))?.split('?').next()?;
        if path.is_empty() || path.contains(":memory:") {
            return None;
        }
        let mut conn = open(path).map_err(|e| eprintln!("handoff serve: SQLite writer for {path}: {e}")).ok()?;
        let (jobs, queue) = mpsc::channel::<Job>();
        let spawned = std::thread::Builder::new().name("handoff-sqlite-writer".into()).spawn(move || {
            // Ends when the router holding the sender is dropped.
            for job in queue {
                let _ = job.done.send(store(&mut conn, &job.who, &job.events));
            }
        });
        spawned.ok().map(|_| SqliteWriter(jobs))
    }

    /// Stores a batch; returns (new, already stored), as `ingest::store_events` does.
    pub async fn store(&self, who: &Caller, events: Vec<Event>) -> Result<(u64, u64), ApiError> {
        let (done, answer) = oneshot::channel();
        self.0.send(Job { who: who.clone(), events, done }).map_err(|_| ApiError::db_failure("the SQLite writer thread has stopped"))?;
        answer.await.map_err(|_| ApiError::db_failure("the SQLite writer thread has stopped"))?.map_err(ApiError::db_failure)
    }
}

/// Opens the file only if it exists (never a new empty database), as the pool does.
fn open(path: &str) -> rusqlite::Result<Connection> {
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX)?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    conn.pragma_update(None, "synchronous", "NORMAL")?;
    conn.pragma_update(None, "busy_timeout", 5000)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(conn)
}

/// One transaction: each event in id order, and the draft of each new proposal with it.
fn store(conn: &mut Connection, who: &Caller, events: &[Event]) -> rusqlite::Result<(u64, u64)> {
    let received = now_ms();
    // IMMEDIATE takes the write lock up front, so a wait for an admin's write goes through the
    // busy timeout instead of failing on the upgrade from a read lock.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let mut accepted = 0;
    {
        let mut insert = tx.prepare_cached(&insert_events_sql(1, false, true, false))?;
        for e in in_id_order(events) {
            if insert.execute(rusqlite::params_from_iter(event_row(who, e, received).iter()))? == 1 {
                accepted += 1;
                if let Some(p) = &e.proposal {
                    store_draft(&tx, who, &proposal_item(e, p))?;
                }
            }
        }
    }
    tx.commit()?;
    Ok((accepted, events.len() as u64 - accepted))
}

/// `library::store_proposal` on this connection: never over an existing item.
fn store_draft(tx: &rusqlite::Transaction, who: &Caller, draft: &Item) -> rusqlite::Result<()> {
    let mut item = draft.clone();
    for _ in 0..3 {
        let text = serde_json::to_string(&item).unwrap_or_default();
        let version: Option<i64> = tx.prepare_cached(INSERT_DRAFT_SQL)?.query_row(params![who.org_id, item.id, text, who.user_id], |r| r.get(0)).optional()?;
        if let Some(version) = version {
            tx.prepare_cached(INSERT_VERSION_SQL)?.execute(params![who.org_id, item.id, version, text, who.user_id, now_ms()])?;
            return Ok(());
        }
        item.id = fresh_proposal_id(&draft.id);
    }
    Err(rusqlite::Error::ToSqlConversionFailure(format!("no free id for the proposal {:?}", draft.id).into()))
}

impl ToSql for Cell<'_> {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Text(Some(s)) => ValueRef::Text(s.as_bytes()),
            Cell::Int(Some(n)) => ValueRef::Integer(*n),
            Cell::Text(None) | Cell::Int(None) => ValueRef::Null,
        }))
    }
}
