//! Ingest speed against the real limit. The baseline is the fastest plain way to put the same
//! rows into the same schema outside the server, on a fresh database, one transaction per 100
//! events: on SQLite (WAL, synchronous=NORMAL) plain rusqlite, measured both as one prepared
//! single-row INSERT stepped 100 times (Python's executemany) and as one prepared 100-row INSERT,
//! the faster being the baseline; on PostgreSQL one sqlx connection and a prepared 100-row
//! INSERT. The server then takes the same batches through `POST /v1/events` (HTTP/1.1
//! keep-alive over loopback, JSON, auth, validation, idempotent insert) from 1 and from 8
//! concurrent clients, each on its own fresh database. Rounds alternate the paths so they share
//! the machine's load; the median round is printed as a markdown table.
//! PostgreSQL too when HANDOFF_TEST_PG holds a URL (each path in a fresh schema).
//!   cargo bench -p handoff-sync-server --bench ingest

use handoff_sync_server::{app, create_org, create_user};
use sqlx::Connection;
use std::time::{Duration, Instant};
use tokio::io::BufReader;
use tokio::net::TcpStream;

#[path = "common/http.rs"]
mod http;
use http::post;

const BATCHES: usize = 300;
const PER_BATCH: usize = 100;
const ROUNDS: usize = 3;
const COLUMNS: &str = "org_id, id, rep, team, action, item_id, item_version, rating, reason, vertical, stage, source, query, prospect, proposal, deal, outcome, at_ms, received_ms";
const COLS: usize = 19;
const AT_MS: i64 = 1_795_168_800_000; // 2026-11-20T10:00:00Z, as in the JSON below

fn action(i: usize) -> &'static str {
    if i.is_multiple_of(3) {
        "inserted"
    } else {
        "shown"
    }
}

fn batch_json(round: usize, prefix: &str) -> String {
    let events: Vec<String> = (0..PER_BATCH)
        .map(|i| format!(r#"{{"id":"{prefix}-{round}-{i:03}","at":"2026-11-20T10:00:00Z","action":"{}","item_id":"item-{}","vertical":"government","stage":"proposal","source":"gmail"}}"#, action(i), i % 40))
        .collect();
    format!(r#"{{"batch":[{}]}}"#, events.join(","))
}

/// `INSERT INTO events (...) VALUES (...), (...), ...` for `rows` rows: numbered `$n`
/// placeholders for PostgreSQL, anonymous `?` for SQLite (sqlx looks each numbered one up by
/// name, a linear scan in SQLite, which makes a 1,700-parameter statement quadratic).
fn multi_row_insert(rows: usize, numbered: bool) -> String {
    let mark = |n: usize| if numbered { format!("${n}") } else { "?".to_string() };
    let tuples: Vec<String> = (0..rows).map(|r| format!("({})", (1..=COLS).map(|c| mark(r * COLS + c)).collect::<Vec<_>>().join(", "))).collect();
    format!("INSERT INTO events ({COLUMNS}) VALUES {}", tuples.join(", "))
}

/// A bound value; NULLs keep their column's type, which PostgreSQL checks.
enum Val {
    Text(String),
    Int(i64),
    NullText,
    NullInt,
}

/// One batch's rows as the server stores them, flattened row after row. They carry an org's
/// and a rep's UUIDs, as the server's do (in three indexes: short stand-ins run faster).
fn batch_rows(org: &str, rep: &str, round: usize, prefix: &str) -> Vec<Val> {
    use Val::*;
    let t = |s: &str| Text(s.to_string());
    (0..PER_BATCH)
        .flat_map(|i| {
            [
                t(org),
                Text(format!("{prefix}-{round}-{i:03}")),
                t(rep),
                t(""),
                t(action(i)),
                Text(format!("item-{}", i % 40)),
                NullText,
                NullInt,
                NullText,
                t("government"),
                t("proposal"),
                t("gmail"),
                NullText,
                NullText,
                NullText,
                NullText,
                NullText,
                Int(AT_MS),
                Int(AT_MS),
            ]
        })
        .collect()
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self {
            Val::Text(s) => ValueRef::Text(s.as_bytes()),
            Val::Int(n) => ValueRef::Integer(*n),
            Val::NullText | Val::NullInt => ValueRef::Null,
        }))
    }
}

fn uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

struct Run {
    rate: f64,
    lat_ms: Vec<f64>,
}

impl Run {
    fn of(start: Instant, mut lat_ms: Vec<f64>) -> Run {
        let rate = (lat_ms.len() * PER_BATCH) as f64 / start.elapsed().as_secs_f64();
        lat_ms.sort_by(f64::total_cmp);
        Run { rate, lat_ms }
    }
    fn pct(&self, p: f64) -> f64 {
        self.lat_ms[((self.lat_ms.len() as f64 * p) as usize).min(self.lat_ms.len() - 1)]
    }
}

/// Plain SQLite (rusqlite, in-process, no async hop), two ways: `rows_per_insert` 1 is what
/// Python's executemany does (one prepared single-row INSERT stepped 100 times), 100 is one
/// prepared 100-row INSERT. Each transaction holds one batch.
fn baseline_sqlite(file: &std::path::Path, rows_per_insert: usize) -> Run {
    let conn = rusqlite::Connection::open(file).unwrap();
    conn.pragma_update(None, "journal_mode", "WAL").unwrap();
    conn.pragma_update(None, "synchronous", "NORMAL").unwrap();
    let (org, rep) = (uuid(), uuid());
    let mut insert = conn.prepare(&multi_row_insert(rows_per_insert, false)).unwrap();
    let (start, mut lat) = (Instant::now(), Vec::new());
    for round in 0..BATCHES {
        let rows = batch_rows(&org, &rep, round, "raw");
        let s = Instant::now();
        conn.execute_batch("BEGIN").unwrap();
        for chunk in rows.chunks(rows_per_insert * COLS) {
            insert.execute(rusqlite::params_from_iter(chunk)).unwrap();
        }
        conn.execute_batch("COMMIT").unwrap();
        lat.push(s.elapsed().as_secs_f64() * 1000.0);
    }
    Run::of(start, lat)
}

/// The baseline on PostgreSQL: one plain sqlx connection, a prepared 100-row INSERT.
async fn baseline_pg(url: &str) -> Run {
    let mut conn = sqlx::PgConnection::connect(url).await.unwrap();
    let sql = multi_row_insert(PER_BATCH, true);
    let (org, rep) = (uuid(), uuid());
    let (start, mut lat) = (Instant::now(), Vec::new());
    for round in 0..BATCHES {
        let rows = batch_rows(&org, &rep, round, "raw");
        let s = Instant::now();
        let mut tx = conn.begin().await.unwrap();
        let q = rows.iter().fold(sqlx::query(&sql), |q, v| match v {
            Val::Text(s) => q.bind(s.as_str()),
            Val::Int(n) => q.bind(*n),
            Val::NullText => q.bind(None::<&str>),
            Val::NullInt => q.bind(None::<i64>),
        });
        q.execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        lat.push(s.elapsed().as_secs_f64() * 1000.0);
    }
    Run::of(start, lat)
}

/// The server on a fresh database, `clients` keep-alive connections sharing the batches.
async fn through_server(url: &str, clients: usize) -> Run {
    let (router, db) = app(url).await.unwrap();
    let org = create_org(&db, "Bench").await.unwrap();
    let token = create_user(&db, &org, "Rep", "rep", "").await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(handoff_sync_server::serve(listener, router, handoff_sync_server::READ_TIMEOUT, std::future::pending()));
    let bodies: Vec<String> = (0..BATCHES).map(|r| batch_json(r, "http")).collect();
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let mine: Vec<String> = bodies.iter().skip(c).step_by(clients).cloned().collect();
        let token = token.clone();
        tasks.push(tokio::spawn(async move {
            let mut stream = BufReader::new(TcpStream::connect(addr).await.unwrap());
            let mut lat = Vec::new();
            for b in &mine {
                let s = Instant::now();
                assert_eq!(post(&mut stream, "/v1/events", &token, b).await.unwrap(), 200);
                lat.push(s.elapsed().as_secs_f64() * 1000.0);
            }
            lat
        }));
    }
    let mut lat = Vec::new();
    for t in tasks {
        lat.extend(t.await.unwrap());
    }
    let run = Run::of(start, lat);
    server.abort();
    db.close().await;
    run
}

fn median(mut runs: Vec<Run>) -> Run {
    runs.sort_by(|a, b| a.rate.total_cmp(&b.rate));
    runs.swap_remove(runs.len() / 2)
}

/// The first row is the baseline the others are measured against.
fn table(title: &str, rows: &[(&str, &Run)]) {
    println!("\n{title}: {BATCHES} batches of {PER_BATCH} events, median of {ROUNDS} rounds\n");
    println!("| path | events/s | % of baseline | batch p50 ms | batch p99 ms |");
    println!("|---|---:|---:|---:|---:|");
    for (name, r) in rows {
        println!("| {name} | {:.0} | {:.0}% | {:.2} | {:.2} |", r.rate, r.rate / rows[0].1.rate * 100.0, r.pct(0.5), r.pct(0.99));
    }
}

/// A fresh file with the server's schema, made by its own migrations.
async fn fresh_sqlite(file: &std::path::Path) -> String {
    let url = format!("sqlite://{}?mode=rwc", file.display());
    handoff_sync_server::db::connect(&url).await.unwrap().close().await;
    url
}

async fn bench_sqlite() {
    let dir = std::env::temp_dir().join(format!("handoff-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (mut single, mut multi, mut one, mut eight) = (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let file = |name: &str| dir.join(format!("{name}-{round}.db"));
        fresh_sqlite(&file("single")).await;
        single.push(tokio::task::block_in_place(|| baseline_sqlite(&file("single"), 1)));
        fresh_sqlite(&file("multi")).await;
        multi.push(tokio::task::block_in_place(|| baseline_sqlite(&file("multi"), PER_BATCH)));
        one.push(through_server(&fresh_sqlite(&file("one")).await, 1).await);
        eight.push(through_server(&fresh_sqlite(&file("eight")).await, 8).await);
    }
    let (single, multi) = (median(single), median(multi));
    let single_is_faster = single.rate >= multi.rate;
    let (baseline, other) = if single_is_faster { (single, multi) } else { (multi, single) };
    let name = |single: bool| {
        if single {
            "plain SQLite (rusqlite): prepared 1-row INSERT ×100 (executemany)"
        } else {
            "plain SQLite (rusqlite): prepared 100-row INSERT"
        }
    };
    let (baseline_name, other_name) = (name(single_is_faster), name(!single_is_faster));
    table(
        "Ingest on SQLite (WAL, synchronous=NORMAL, a transaction per 100 events)",
        &[
            (&format!("baseline: {baseline_name}"), &baseline),
            (other_name, &other),
            ("POST /v1/events, 1 client", &median(one)),
            ("POST /v1/events, 8 concurrent clients", &median(eight)),
        ],
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// A fresh schema on the test server; returns a URL that uses it.
async fn fresh_pg_schema(pg: &str, admin: &sqlx::PgPool) -> String {
    let schema = format!("bench{}", uuid_like());
    sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(admin).await.unwrap();
    let sep = if pg.contains('?') { '&' } else { '?' };
    format!("{pg}{sep}options=-c%20search_path%3D{schema}")
}

fn uuid_like() -> String {
    format!("{:x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos())
}

async fn bench_pg(pg: &str) {
    let admin = sqlx::PgPool::connect(pg).await.expect("HANDOFF_TEST_PG reachable");
    let (mut base, mut one, mut eight) = (Vec::new(), Vec::new(), Vec::new());
    for _ in 0..ROUNDS {
        let url = fresh_pg_schema(pg, &admin).await;
        handoff_sync_server::db::connect(&url).await.unwrap().close().await;
        base.push(baseline_pg(&url).await);
        one.push(through_server(&fresh_pg_schema(pg, &admin).await, 1).await);
        eight.push(through_server(&fresh_pg_schema(pg, &admin).await, 8).await);
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let rows = [
        ("baseline: prepared 100-row INSERT, one sqlx connection", &median(base)),
        ("POST /v1/events, 1 client", &median(one)),
        ("POST /v1/events, 8 concurrent clients", &median(eight)),
    ];
    table("Ingest on PostgreSQL (loopback, a transaction per 100 events)", &rows);
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    bench_sqlite().await;
    if let Ok(pg) = std::env::var("HANDOFF_TEST_PG") {
        bench_pg(&pg).await;
    }
}
