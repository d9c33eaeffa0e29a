//! Ingest speed on SQLite: batches of 100 events through the real HTTP endpoint (JSON,
//! auth, validation, idempotent insert), beside the same rows inserted directly with SQL on the
//! same database file in the same run. Prints a markdown table.
//!   cargo bench -p handoff-sync-server --bench ingest

use handoff_sync_server::{app, create_org, create_user};
use std::time::Instant;
use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const BATCHES: usize = 200;
const PER_BATCH: usize = 100;

fn batch(round: usize, prefix: &str) -> String {
    let events: Vec<String> = (0..PER_BATCH)
        .map(|i| format!(r#"{{"id":"{prefix}-{round}-{i}","at":"2026-11-20T10:00:00Z","action":"{}","item_id":"item-{}","vertical":"government","stage":"proposal","source":"gmail"}}"#, if i % 3 == 0 { "inserted" } else { "shown" }, i % 40))
        .collect();
    format!(r#"{{"batch":[{}]}}"#, events.join(","))
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

fn pct(sorted: &[f64], p: f64) -> f64 {
    sorted[((sorted.len() as f64 * p) as usize).min(sorted.len() - 1)]
}

#[tokio::main]
async fn main() {
    let dir = std::env::temp_dir().join(format!("handoff-ingest-bench-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let url = format!("sqlite://{}?mode=rwc", dir.join("bench.db").display());
    let (router, db) = app(&url).await.unwrap();
    let org = create_org(&db, "Bench").await.unwrap();
    let token = create_user(&db, &org, "Rep", "rep", "").await.unwrap();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });

    // Alternating, batch by batch, so both paths see the same table size and machine load:
    // through the endpoint (one client, keep-alive), then the same rows straight into the
    // same table with SQL, 100 a transaction.
    let mut stream = BufReader::new(TcpStream::connect(addr).await.unwrap());
    let bodies: Vec<String> = (0..BATCHES).map(|r| batch(r, "http")).collect();
    let (mut lat, mut raw_lat) = (Vec::new(), Vec::new());
    for (round, b) in bodies.iter().enumerate() {
        let s = Instant::now();
        assert_eq!(post(&mut stream, &token, b).await, 200);
        lat.push(s.elapsed().as_secs_f64() * 1000.0);

        let s = Instant::now();
        let mut tx = db.begin().await.unwrap();
        for i in 0..PER_BATCH {
            sqlx::query("INSERT INTO events (org_id, id, rep, team, action, item_id, item_version, rating, reason, vertical, stage, source, query, prospect, proposal, at_ms, received_ms) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) ON CONFLICT (org_id, id) DO NOTHING")
                .bind(&org)
                .bind(format!("raw-{round}-{i}"))
                .bind("rep")
                .bind("")
                .bind(if i % 3 == 0 { "inserted" } else { "shown" })
                .bind(format!("item-{}", i % 40))
                .bind(None::<String>)
                .bind(None::<i64>)
                .bind(None::<String>)
                .bind("government")
                .bind("proposal")
                .bind("gmail")
                .bind(None::<String>)
                .bind(None::<String>)
                .bind(None::<String>)
                .bind(1_795_168_800_000i64)
                .bind(1_795_168_800_000i64)
                .execute(&mut *tx)
                .await
                .unwrap();
        }
        tx.commit().await.unwrap();
        raw_lat.push(s.elapsed().as_secs_f64() * 1000.0);
    }
    let http_secs: f64 = lat.iter().sum::<f64>() / 1000.0;
    let raw_secs: f64 = raw_lat.iter().sum::<f64>() / 1000.0;

    lat.sort_by(f64::total_cmp);
    raw_lat.sort_by(f64::total_cmp);
    let n = (BATCHES * PER_BATCH) as f64;
    let (http_rate, raw_rate) = (n / http_secs, n / raw_secs);
    println!("\nIngest on SQLite (WAL, synchronous=NORMAL), {BATCHES} batches of {PER_BATCH} events, one client\n");
    println!("| path | events/s | batch p50 ms | batch p99 ms |");
    println!("|---|---:|---:|---:|");
    println!("| POST /v1/events (HTTP, JSON, auth, validation, idempotent insert) | {http_rate:.0} | {:.2} | {:.2} |", pct(&lat, 0.5), pct(&lat, 0.99));
    println!("| the same inserts directly with SQL, 100 a transaction | {raw_rate:.0} | {:.2} | {:.2} |", pct(&raw_lat, 0.5), pct(&raw_lat, 0.99));
    println!("\nendpoint rate = {:.0}% of raw (goal ≥ 50%)", http_rate / raw_rate * 100.0);
    std::fs::remove_dir_all(&dir).ok();
}
