//! Load and faults, against the server in its own process (this binary, re-run as the server):
//! events/s and batch p99 at 8 and 32 clients on SQLite and PostgreSQL; 200 slow clients
//! holding connections open while 8 others ingest; `kill -9` of the server during ingest with
//! rep proposals in every batch; a PostgreSQL restart during ingest. Clients resend a batch
//! until it is answered 200, as the extension's outbox does; at the end the database must hold
//! every event and every proposal exactly once.
//!   bash scripts/faults.sh     (sets HANDOFF_TEST_PG and HANDOFF_PG_RESTART, then runs this)

use handoff_sync_server::{app, create_org, create_user};
use sqlx::Row;
use std::process::{Child, Command};
use std::time::{Duration, Instant};
use tokio::io::{AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

#[path = "common/http.rs"]
mod http;
use http::post;

const PER_BATCH: usize = 100;
/// Set in the child process: serve this database on this address.
const SERVE_ENV: &str = "HANDOFF_FAULTS_SERVE";

/// One batch: 99 usage events and, with `proposal`, one rep proposal (which becomes a draft
/// item in the same transaction as the events).
fn batch_json(tag: &str, n: usize, proposal: bool) -> String {
    let mut events: Vec<String> = (0..PER_BATCH - usize::from(proposal))
        .map(|i| format!(r#"{{"id":"{tag}-{n}-{i:03}","at":"2026-11-20T10:00:00Z","action":"{}","item_id":"item-{}","vertical":"government","stage":"proposal","source":"gmail"}}"#, if i % 3 == 0 { "inserted" } else { "shown" }, i % 40))
        .collect();
    if proposal {
        events.push(format!(r#"{{"id":"{tag}-{n}-p","at":"2026-11-20T10:00:00Z","action":"proposed","vertical":"government","stage":"proposal","proposal":{{"title":"Proposal {n}","body":"Hello {{{{contact.first_name}}}}, batch {n}"}}}}"#));
    }
    format!(r#"{{"batch":[{}]}}"#, events.join(","))
}

/// The server as a child process of this binary, killable with SIGKILL.
struct Server {
    child: Child,
    url: String,
    addr: String,
}

impl Server {
    fn start(url: &str, addr: &str) -> Server {
        let child = Command::new(std::env::current_exe().unwrap()).env(SERVE_ENV, format!("{url} {addr}")).spawn().expect("re-run this bench as the server");
        let server = Server { child, url: url.into(), addr: addr.into() };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(addr).is_err() {
            assert!(Instant::now() < deadline, "the server did not start on {addr}");
            std::thread::sleep(Duration::from_millis(20));
        }
        server
    }
    /// `kill -9`, then the same database on the same address.
    fn kill_and_restart(&mut self) {
        self.child.kill().unwrap();
        self.child.wait().unwrap();
        *self = Server::start(&self.url.clone(), &self.addr.clone());
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

fn free_addr() -> String {
    std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().to_string()
}

/// A fresh database with the schema, an org and a rep; the rep's token.
async fn prepare(url: &str) -> String {
    let (_, db) = app(url).await.unwrap();
    let org = create_org(&db, "Faults").await.unwrap();
    let token = create_user(&db, &org, "Rep", "rep", "").await.unwrap();
    db.close().await;
    token
}

struct Load {
    rate: f64,
    p50: f64,
    p99: f64,
    resent: usize,
}

/// `clients` connections share the batches; each batch is sent until answered 200 (a broken
/// connection is reopened, a 503 waited out).
async fn ingest(addr: &str, token: &str, bodies: Vec<String>, clients: usize) -> Load {
    let start = Instant::now();
    let mut tasks = Vec::new();
    for c in 0..clients {
        let mine: Vec<String> = bodies.iter().skip(c).step_by(clients).cloned().collect();
        let (token, addr) = (token.to_string(), addr.to_string());
        tasks.push(tokio::spawn(async move {
            let (mut lat, mut resent) = (Vec::new(), 0);
            let mut stream: Option<BufReader<TcpStream>> = None;
            for b in &mine {
                let s = Instant::now();
                loop {
                    if stream.is_none() {
                        stream = TcpStream::connect(&addr).await.ok().map(BufReader::new);
                    }
                    let answer = match stream.as_mut() {
                        Some(st) => post(st, "/v1/events", &token, b).await.ok(),
                        None => None,
                    };
                    match answer {
                        Some(200) => break,
                        Some(503) => {}
                        Some(other) => panic!("batch answered {other}"),
                        None => stream = None,
                    }
                    resent += 1;
                    tokio::time::sleep(Duration::from_millis(50)).await;
                }
                lat.push(s.elapsed().as_secs_f64() * 1000.0);
            }
            (lat, resent)
        }));
    }
    let (mut lat, mut resent) = (Vec::new(), 0);
    for t in tasks {
        let (l, r) = t.await.unwrap();
        lat.extend(l);
        resent += r;
    }
    let rate = (lat.len() * PER_BATCH) as f64 / start.elapsed().as_secs_f64();
    lat.sort_by(f64::total_cmp);
    let pct = |p: f64| lat[((lat.len() as f64 * p) as usize).min(lat.len() - 1)];
    Load { rate, p50: pct(0.5), p99: pct(0.99), resent }
}

/// Events, distinct event ids and proposal items stored.
async fn counts(url: &str) -> (i64, i64, i64) {
    let (_, db) = app(url).await.unwrap();
    let one = |sql: &'static str| {
        let db = db.clone();
        async move { sqlx::query(sql).fetch_one(&db).await.unwrap().try_get::<i64, _>(0).unwrap() }
    };
    let out = (
        one("SELECT CAST(COUNT(*) AS BIGINT) FROM events").await,
        one("SELECT CAST(COUNT(DISTINCT id) AS BIGINT) FROM events").await,
        one("SELECT CAST(COUNT(*) AS BIGINT) FROM items WHERE proposed_by IS NOT NULL").await,
    );
    db.close().await;
    out
}

/// A fresh database URL: a file for SQLite, a schema for PostgreSQL.
async fn fresh(kind: &str, name: &str, dir: &std::path::Path) -> String {
    if kind == "sqlite" {
        return format!("sqlite://{}?mode=rwc", dir.join(format!("{name}.db")).display());
    }
    let pg = std::env::var("HANDOFF_TEST_PG").unwrap();
    let admin = sqlx::PgPool::connect(&pg).await.unwrap();
    let schema = format!("faults_{name}_{}", std::process::id());
    sqlx::query(&format!("DROP SCHEMA IF EXISTS {schema} CASCADE")).execute(&admin).await.unwrap();
    sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin).await.unwrap();
    admin.close().await;
    let sep = if pg.contains('?') { '&' } else { '?' };
    format!("{pg}{sep}options=-c%20search_path%3D{schema}")
}

async fn load_table(kinds: &[&str], dir: &std::path::Path) {
    println!("\n### Load: 300 batches of 100 events through POST /v1/events, server in its own process\n");
    println!("| database | clients | events/s | batch p50 ms | batch p99 ms |");
    println!("|---|---:|---:|---:|---:|");
    for kind in kinds {
        for clients in [8, 32] {
            let url = fresh(kind, &format!("load{clients}"), dir).await;
            let token = prepare(&url).await;
            let server = Server::start(&url, &free_addr());
            let bodies = (0..300).map(|n| batch_json("load", n, false)).collect();
            let l = ingest(&server.addr, &token, bodies, clients).await;
            println!("| {kind} | {clients} | {:.0} | {:.1} | {:.1} |", l.rate, l.p50, l.p99);
        }
    }
}

/// 200 connections that send a request line and then one byte every two seconds, while 8
/// clients ingest: the slow ones must be cut off by the read timeout and not slow the others.
async fn slow_clients(dir: &std::path::Path) {
    let url = fresh("sqlite", "slow", dir).await;
    let token = prepare(&url).await;
    let server = Server::start(&url, &free_addr());
    let addr = server.addr.clone();
    let baseline = ingest(&addr, &token, (0..150).map(|n| batch_json("quiet", n, false)).collect(), 8).await;
    let mut slow = Vec::new();
    for _ in 0..200 {
        let addr = addr.clone();
        slow.push(tokio::spawn(async move {
            let start = Instant::now();
            let mut s = TcpStream::connect(&addr).await.unwrap();
            s.write_all(b"POST /v1/events HTTP/1.1\r\nHost: slow\r\n").await.unwrap();
            // Dribble a header until the server closes the connection.
            for _ in 0..60 {
                tokio::time::sleep(Duration::from_secs(2)).await;
                if s.write_all(b"X").await.is_err() {
                    return Some(start.elapsed().as_secs_f64());
                }
            }
            None
        }));
    }
    tokio::time::sleep(Duration::from_millis(500)).await;
    let busy = ingest(&addr, &token, (0..150).map(|n| batch_json("busy", n, false)).collect(), 8).await;
    let mut closed = Vec::new();
    for t in slow {
        closed.extend(t.await.unwrap());
    }
    closed.sort_by(f64::total_cmp);
    println!("\n### 200 slow clients (one header byte every 2 s) beside 8 ingesting clients, SQLite\n");
    println!("| | events/s | batch p50 ms | batch p99 ms |");
    println!("|---|---:|---:|---:|");
    println!("| 8 clients alone | {:.0} | {:.1} | {:.1} |", baseline.rate, baseline.p50, baseline.p99);
    println!("| 8 clients with 200 slow ones connected | {:.0} | {:.1} | {:.1} |", busy.rate, busy.p50, busy.p99);
    let max = closed.last().copied().unwrap_or(f64::NAN);
    println!(
        "\nSlow connections closed by the server: {} of 200, the last after {max:.1} s (read timeout 10 s; a write notices the close up to 2 s later).",
        closed.len()
    );
    assert_eq!(closed.len(), 200, "every slow connection must be cut off");
}

/// Ingest with a proposal in every batch while `fault` strikes three times; then every event
/// and proposal must be stored exactly once.
async fn under_fault(kind: &str, what: &str, dir: &std::path::Path, fault: impl Fn(&mut Server) + Send + 'static) {
    let url = fresh(kind, &what.replace(' ', "_").replace('-', ""), dir).await;
    let token = prepare(&url).await;
    let server = std::sync::Arc::new(std::sync::Mutex::new(Server::start(&url, &free_addr())));
    let addr = server.lock().unwrap().addr.clone();
    let batches = 2000;
    let bodies = (0..batches).map(|n| batch_json("fault", n, true)).collect();
    let striker = {
        let server = server.clone();
        std::thread::spawn(move || {
            for _ in 0..3 {
                std::thread::sleep(Duration::from_millis(600));
                fault(&mut server.lock().unwrap());
            }
        })
    };
    let l = ingest(&addr, &token, bodies, 8).await;
    striker.join().unwrap();
    drop(server);
    let (events, distinct, proposals) = counts(&url).await;
    let want = (batches * PER_BATCH) as i64;
    let ok = events == want && distinct == want && proposals == batches as i64;
    // Batches were resent: the faults struck while the clients were still sending.
    assert!(l.resent > 0, "{kind} {what}: ingest finished before the faults struck; send more batches");
    println!(
        "| {kind} | {what} ×3 | {want} | {events} | {distinct} | {batches} | {proposals} | {} | {:.0} | {} |",
        l.resent,
        l.rate,
        if ok { "yes" } else { "**NO**" }
    );
    assert!(ok, "{kind} {what}: events {events}/{want}, distinct {distinct}, proposals {proposals}/{batches}");
}

fn pg_restart() {
    let cmd = std::env::var("HANDOFF_PG_RESTART").expect("HANDOFF_PG_RESTART: the shell command that restarts PostgreSQL");
    let status = Command::new("sh").arg("-c").arg(&cmd).status().unwrap();
    assert!(status.success(), "{cmd} failed");
}

/// The child: serve `url` on `addr` until killed.
async fn serve_child(spec: &str) {
    let (url, addr) = spec.split_once(' ').unwrap();
    let (router, _db) = app(url).await.unwrap();
    let listener = tokio::net::TcpListener::bind(addr).await.unwrap();
    handoff_sync_server::serve(listener, router, handoff_sync_server::READ_TIMEOUT, std::future::pending()).await;
}

#[tokio::main(flavor = "multi_thread")]
async fn main() {
    if let Ok(spec) = std::env::var(SERVE_ENV) {
        return serve_child(&spec).await;
    }
    let dir = std::env::temp_dir().join(format!("handoff-faults-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let pg = std::env::var("HANDOFF_TEST_PG").is_ok();
    let kinds: &[&str] = if pg { &["sqlite", "postgres"] } else { &["sqlite"] };
    load_table(kinds, &dir).await;
    slow_clients(&dir).await;
    println!("\n### Faults during ingest: 2,000 batches of 99 events and 1 proposal, 8 clients resending until answered 200\n");
    println!("| database | fault | events sent | stored | distinct | proposals sent | stored | batches resent | events/s | exactly once |");
    println!("|---|---|---:|---:|---:|---:|---:|---:|---:|---|");
    for kind in kinds {
        under_fault(kind, "server kill -9", &dir, Server::kill_and_restart).await;
    }
    if pg {
        under_fault("postgres", "PostgreSQL restart", &dir, |_| pg_restart()).await;
    }
    std::fs::remove_dir_all(&dir).ok();
}
