//! One schema, two databases: an embedded SQLite file (WAL) by default, PostgreSQL to scale
//! out. Portable SQL only (TEXT, BIGINT, `$n` placeholders, ON CONFLICT), applied as ordered
//! migrations recorded in `schema_version`.

use crate::sqlite_writer::SqliteWriter;
use sqlx::any::{install_default_drivers, AnyPoolOptions};
use sqlx::{AnyPool, Row};
use std::sync::Arc;

pub type Db = AnyPool;

const MIGRATIONS: &[&str] = &[
    "CREATE TABLE orgs (id TEXT PRIMARY KEY, name TEXT NOT NULL, library_version BIGINT NOT NULL DEFAULT 0)",
    "CREATE TABLE users (id TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL, role TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', token_hash TEXT NOT NULL UNIQUE)",
    "CREATE TABLE items (org_id TEXT NOT NULL, id TEXT NOT NULL, json TEXT NOT NULL, status TEXT NOT NULL, expires_ms BIGINT, version BIGINT NOT NULL, proposed_by TEXT, PRIMARY KEY (org_id, id))",
    "CREATE TABLE item_versions (org_id TEXT NOT NULL, item_id TEXT NOT NULL, version BIGINT NOT NULL, json TEXT NOT NULL, changed_by TEXT NOT NULL, at_ms BIGINT NOT NULL, PRIMARY KEY (org_id, item_id, version))",
    "CREATE TABLE events (org_id TEXT NOT NULL, id TEXT NOT NULL, rep TEXT NOT NULL, team TEXT NOT NULL DEFAULT '', action TEXT NOT NULL, item_id TEXT, item_version TEXT, rating BIGINT, reason TEXT, vertical TEXT, stage TEXT, source TEXT, query TEXT, prospect TEXT, proposal TEXT, at_ms BIGINT NOT NULL, received_ms BIGINT NOT NULL, PRIMARY KEY (org_id, id))",
    "CREATE INDEX events_item ON events (org_id, item_id, action)",
    "CREATE INDEX events_time ON events (org_id, at_ms)",
    "ALTER TABLE orgs ADD COLUMN taxonomy TEXT",
    "ALTER TABLE orgs ADD COLUMN reader_rules TEXT",
    "CREATE TABLE enrollments (code_hash TEXT PRIMARY KEY, org_id TEXT NOT NULL, name TEXT NOT NULL DEFAULT '', team TEXT NOT NULL DEFAULT '', max_uses BIGINT NOT NULL, uses BIGINT NOT NULL DEFAULT 0, expires_ms BIGINT NOT NULL, created_by TEXT NOT NULL, created_ms BIGINT NOT NULL)",
    "CREATE TABLE sessions (id_hash TEXT PRIMARY KEY, token_hash TEXT NOT NULL, csrf TEXT NOT NULL, created_ms BIGINT NOT NULL, last_ms BIGINT NOT NULL, expires_ms BIGINT NOT NULL)",
    "ALTER TABLE enrollments ADD COLUMN role TEXT NOT NULL DEFAULT 'rep'",
    "CREATE TABLE reader_health (org_id TEXT NOT NULL, user_id TEXT NOT NULL, day TEXT NOT NULL, site TEXT NOT NULL, rules_version TEXT NOT NULL, field TEXT NOT NULL, found BIGINT NOT NULL, missing BIGINT NOT NULL, received_ms BIGINT NOT NULL, PRIMARY KEY (org_id, user_id, day, site, rules_version, field))",
    "CREATE TABLE clients (org_id TEXT NOT NULL, user_id TEXT NOT NULL, client TEXT NOT NULL, last_sync_ms BIGINT NOT NULL, version BIGINT NOT NULL, PRIMARY KEY (org_id, user_id, client))",
    // Outcomes (deal.rs): events name a deal by its key only; an admin's export of closed deals
    // lands in deal_outcomes, keyed the same way.
    "ALTER TABLE events ADD COLUMN deal TEXT",
    "ALTER TABLE events ADD COLUMN outcome TEXT",
    "CREATE INDEX events_deal ON events (org_id, deal)",
    "ALTER TABLE orgs ADD COLUMN deal_secret TEXT",
    "CREATE TABLE deal_outcomes (org_id TEXT NOT NULL, deal TEXT NOT NULL, outcome TEXT NOT NULL, closed_ms BIGINT, received_ms BIGINT NOT NULL, PRIMARY KEY (org_id, deal))",
    // Tracked links (an org setting, off by default): an open is the item, the deal key and
    // the time; no address, user agent or cookie.
    "ALTER TABLE orgs ADD COLUMN tracked_links BIGINT NOT NULL DEFAULT 0",
    "CREATE TABLE link_opens (org_id TEXT NOT NULL, item_id TEXT NOT NULL, deal TEXT, at_ms BIGINT NOT NULL)",
    "CREATE INDEX link_opens_item ON link_opens (org_id, item_id)",
];

pub async fn connect(url: &str) -> Result<Db, String> {
    install_default_drivers();
    let is_sqlite = url.starts_with("sqlite:");
    let pool = AnyPoolOptions::new()
        // SQLite has one writer; a small pool avoids lock churn. PostgreSQL can take more.
        .max_connections(if is_sqlite { 4 } else { 16 })
        // A file cannot drop a connection: pinging it before each use only cost a round trip
        // to sqlx's worker thread, twice a request. A server's connection can be dropped.
        .test_before_acquire(!is_sqlite)
        .after_connect(move |conn, _| {
            Box::pin(async move {
                if is_sqlite {
                    use sqlx::Executor;
                    conn.execute("PRAGMA journal_mode = WAL").await?;
                    conn.execute("PRAGMA synchronous = NORMAL").await?;
                    conn.execute("PRAGMA busy_timeout = 5000").await?;
                    conn.execute("PRAGMA foreign_keys = ON").await?;
                }
                Ok(())
            })
        })
        .connect(url)
        .await
        .map_err(|e| format!("cannot open database {}: {e}", redact(url)))?;
    migrate(&pool).await?;
    Ok(pool)
}

/// A database URL without its password, for messages.
pub fn redact(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(s), Some(at)) if at > s => format!("{}://…@{}", &url[..s], &url[at + 1..]),
        _ => url.to_string(),
    }
}

async fn migrate(db: &Db) -> Result<(), String> {
    let err = |e: sqlx::Error| format!("migration: {e}");
    sqlx::query("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)").execute(db).await.map_err(err)?;
    let current: i64 = match sqlx::query("SELECT MAX(version) AS v FROM schema_version").fetch_one(db).await.map_err(err)?.try_get::<Option<i64>, _>("v") {
        Ok(v) => v.unwrap_or(0),
        Err(_) => 0,
    };
    for (n, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let mut tx = db.begin().await.map_err(err)?;
        sqlx::query(sql).execute(&mut *tx).await.map_err(err)?;
        sqlx::query("INSERT INTO schema_version (version) VALUES ($1)").bind(n as i64 + 1).execute(&mut *tx).await.map_err(err)?;
        tx.commit().await.map_err(err)?;
    }
    Ok(())
}

/// Who may write next on SQLite. It takes one writer at a time, and a connection that finds
/// the file locked sleeps in SQLite's busy handler (up to 100 ms a try), so 8 clients were no
/// faster than one. A file's ingest goes to its own writer thread (`SqliteWriter`), whose
/// channel is the queue; an in-memory database's batches queue on a lock here. PostgreSQL locks
/// rows, not the database, so its gate is open.
#[derive(Clone)]
pub struct WriteGate {
    lock: Option<Arc<tokio::sync::Mutex<()>>>,
    writer: Option<Arc<SqliteWriter>>,
}

impl WriteGate {
    pub fn for_db(db: &Db) -> WriteGate {
        let url = db.connect_options().database_url.to_string();
        let sqlite = url.starts_with("sqlite:");
        WriteGate { lock: sqlite.then(|| Arc::new(tokio::sync::Mutex::new(()))), writer: sqlite.then(|| SqliteWriter::start(&url)).flatten().map(Arc::new) }
    }

    pub fn sqlite_writer(&self) -> Option<&SqliteWriter> {
        self.writer.as_deref()
    }

    /// Waits for this writer's turn; the turn lasts while the guard lives.
    pub async fn turn(&self) -> Option<tokio::sync::MutexGuard<'_, ()>> {
        match &self.lock {
            Some(lock) => Some(lock.lock().await),
            None => None,
        }
    }
}

pub fn now_ms() -> i64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64)
}
