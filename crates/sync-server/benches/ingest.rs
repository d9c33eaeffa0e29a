//! Ingest speed against the real limit. The baseline is the fastest plain way to put the same
//! rows into the same schema outside the server: one connection, a prepared multi-row INSERT
//! of 100 rows, one transaction per 100 (WAL, synchronous=NORMAL on SQLite), on a fresh
//! database. The server then takes the same batches through `POST /v1/events` (HTTP/1.1
//! keep-alive over loopback, JSON, auth, validation, idempotent insert) from 1 and from 8
//! concurrent clients, each on its own fresh database. Rounds alternate the three paths so
//! they share the machine's load; the median round is printed as a markdown table.
//! PostgreSQL too when HANDOFF_TEST_PG holds a URL (each path in a fresh schema).
//!   cargo bench -p handoff-sync-server --bench ingest

use handoff_sync_server::{app, create_org, create_user};
use sqlx::Connection;
use std::time::{Duration, Instant};
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const BATCHES: usize = 300;
const PER_BATCH: usize = 100;
const ROUNDS: usize = 3;
const COLUMNS: &str = "org_id, id, rep, team, action, item_id, item_version, rating, reason, vertical, stage, source, query, prospect, proposal, at_ms, received_ms";
const AT_MS: i64 = 1_795_168_800_000; // 2026-11-20T10:00:00Z, as in the JSON below

fn action(i: usize) -> &'static str {
    if i % 3 == 0 {
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
    let tuples: Vec<String> = (0..rows).map(|r| format!("({})", (1..=17).map(|c| mark(r * 17 + c)).collect::<Vec<_>>().join(", "))).collect();
    format!("INSERT INTO events ({COLUMNS}) VALUES {}", tuples.join(", "))
}

/// One batch's rows, bound as the server binds them (NULLs where the JSON has no value).
struct Ids {
    org: String,
    rep: String,
}

fn bind_batch<'q, DB>(mut q: sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>, ids: &'q Ids, round: usize, prefix: &str) -> sqlx::query::Query<'q, DB, <DB as sqlx::Database>::Arguments<'q>>
where
    DB: sqlx::Database,
    String: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<String>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
{
    for i in 0..PER_BATCH {
        q = q
            .bind(ids.org.as_str())
            .bind(format!("{prefix}-{round}-{i:03}"))
            .bind(ids.rep.as_str())
            .bind("")
            .bind(action(i))
            .bind(Some(format!("item-{}", i % 40)))
            .bind(None::<String>)
            .bind(None::<i64>)
            .bind(None::<String>)
            .bind(Some("government".to_string()))
            .bind(Some("proposal".to_string()))
            .bind(Some("gmail".to_string()))
            .bind(None::<String>)
            .bind(None::<String>)
            .bind(None::<String>)
            .bind(AT_MS)
            .bind(AT_MS);
    }
    q
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

/// The baseline on SQLite: sqlx's own SQLite connection, no pool, no server.
async fn baseline_sqlite(file: &std::path::Path) -> Run {
    use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqliteSynchronous};
    let opts = SqliteConnectOptions::new().filename(file).journal_mode(SqliteJournalMode::Wal).synchronous(SqliteSynchronous::Normal);
    baseline::<sqlx::Sqlite>(sqlx::SqliteConnection::connect_with(&opts).await.unwrap(), &multi_row_insert(PER_BATCH, false)).await
}

/// The baseline on PostgreSQL: one plain connection, the same multi-row insert.
async fn baseline_pg(url: &str) -> Run {
    baseline::<sqlx::Postgres>(sqlx::PgConnection::connect(url).await.unwrap(), &multi_row_insert(PER_BATCH, true)).await
}

async fn baseline<DB>(mut conn: DB::Connection, sql: &str) -> Run
where
    DB: sqlx::Database,
    for<'c> &'c mut DB::Connection: sqlx::Executor<'c, Database = DB>,
    for<'q> String: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> &'q str: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<String>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> Option<i64>: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> i64: sqlx::Encode<'q, DB> + sqlx::Type<DB>,
    for<'q> <DB as sqlx::Database>::Arguments<'q>: sqlx::IntoArguments<'q, DB>,
{
    // The server's rows carry an org's and a rep's UUIDs (in three indexes): so do these.
    let ids = Ids { org: uuid::Uuid::new_v4().to_string(), rep: uuid::Uuid::new_v4().to_string() };
    let (start, mut lat) = (Instant::now(), Vec::new());
    for round in 0..BATCHES {
        let s = Instant::now();
        let mut tx = conn.begin().await.unwrap();
        bind_batch(sqlx::query::<DB>(sql), &ids, round, "raw").execute(&mut *tx).await.unwrap();
        tx.commit().await.unwrap();
        lat.push(s.elapsed().as_secs_f64() * 1000.0);
    }
    Run::of(start, lat)
}

async fn post(stream: &mut BufReader<TcpStream>, token: &str, body: &str) -> u16 {
    let req = format!("POST /v1/events HTTP/1.1\r\nHost: bench\r\nAuthorization: Bearer {token}\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}", body.len());
    stream.get_mut().write_all(req.as_bytes()).await.unwrap();
    let mut status_line = String::new();
    stream.read_line(&mut status_line).await.unwrap();
    let mut len = 0;
    loop {
        let mut line = String::new();
        stream.read_line(&mut line).await.unwrap();
        if line == "\r\n" {
            break;
        }
        if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
            len = v.trim().parse().unwrap();
        }
    }
    let mut buf = vec![0; len];
    stream.read_exact(&mut buf).await.unwrap();
    status_line.split_whitespace().nth(1).unwrap().parse().unwrap()
}

/// The server on a fresh database, `clients` keep-alive connections sharing the batches.
async fn through_server(url: &str, clients: usize) -> Run {
    let (router, db) = app(url).await.unwrap();
    let org = create_org(&db, "Bench").await.unwrap();
    let token = create_user(&db, &org, "Rep", "rep", "").await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let server = tokio::spawn(handoff_sync_server::serve(listener, router, handoff_sync_server::HEADER_READ_TIMEOUT, std::future::pending()));
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
                assert_eq!(post(&mut stream, &token, b).await, 200);
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

fn table(title: &str, baseline: Run, one: Run, eight: Run) {
    println!("\n{title}: {BATCHES} batches of {PER_BATCH} events, median of {ROUNDS} rounds\n");
    println!("| path | events/s | % of baseline | batch p50 ms | batch p99 ms |");
    println!("|---|---:|---:|---:|---:|");
    let row = |name: &str, r: &Run| println!("| {name} | {:.0} | {:.0}% | {:.2} | {:.2} |", r.rate, r.rate / baseline.rate * 100.0, r.pct(0.5), r.pct(0.99));
    row("baseline: prepared 100-row INSERT, 100 a transaction, one connection", &baseline);
    row("POST /v1/events, 1 client", &one);
    row("POST /v1/events, 8 concurrent clients", &eight);
}

async fn bench_sqlite() {
    let dir = std::env::temp_dir().join(format!("handoff-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (mut base, mut one, mut eight) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let file = |name: &str| dir.join(format!("{name}-{round}.db"));
        // The same schema: the server's own migrations make the baseline's file.
        handoff_sync_server::db::connect(&format!("sqlite://{}?mode=rwc", file("base").display())).await.unwrap().close().await;
        base.push(baseline_sqlite(&file("base")).await);
        one.push(through_server(&format!("sqlite://{}?mode=rwc", file("one").display()), 1).await);
        eight.push(through_server(&format!("sqlite://{}?mode=rwc", file("eight").display()), 8).await);
    }
    table("Ingest on SQLite (WAL, synchronous=NORMAL)", median(base), median(one), median(eight));
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
    table("Ingest on PostgreSQL (loopback)", median(base), median(one), median(eight));
}

#[tokio::main]
async fn main() {
    bench_sqlite().await;
    if let Ok(pg) = std::env::var("HANDOFF_TEST_PG") {
        bench_pg(&pg).await;
    }
}
