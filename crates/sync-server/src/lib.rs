//! The sync server: serves each org's approved library to extensions (delta sync), takes their
//! usage events (own and Segment batch formats), and gives marketing reports and a dashboard.
//! SQLite by default (one file, WAL), PostgreSQL with `--db postgres://...`.

mod api;
mod auth;
mod dashboard;
pub mod db;
mod enroll;
mod error;
mod health;
mod ingest;
mod library;
mod openapi;
mod outcomes;
mod reports;
mod serve;
mod session;
mod sqlite_writer;

pub use api::{router, Role, ROUTES};
pub use auth::{create_org, create_user, hash_token};
pub use db::Db;
pub use openapi::openapi;
pub use serve::{serve, READ_TIMEOUT};

use std::path::PathBuf;

pub struct ServeOptions {
    pub db: Option<String>,
    pub addr: String,
    pub demo_library: Option<PathBuf>,
}

pub async fn app(db_url: &str) -> Result<(axum::Router, Db), String> {
    let db = db::connect(db_url).await?;
    Ok((router(db.clone()), db))
}

/// On a database with no org yet: an org "Demo" with an admin and a rep token, and the demo
/// library when given. Returns the tokens (printed once; only their hashes are stored).
async fn bootstrap(db: &Db, demo_library: Option<&PathBuf>) -> Result<Option<(String, String)>, String> {
    use sqlx::Row;
    let orgs: i64 = sqlx::query("SELECT COUNT(*) AS n FROM orgs").fetch_one(db).await.and_then(|r| r.try_get("n")).map_err(|e| e.to_string())?;
    if orgs > 0 {
        return Ok(None);
    }
    let e = |e: error::ApiError| e.message;
    let org = create_org(db, "Demo").await.map_err(e)?;
    let admin = create_user(db, &org, "Marketing admin", "admin", "marketing").await.map_err(e)?;
    let rep = create_user(db, &org, "Demo rep", "rep", "sales").await.map_err(e)?;
    if let Some(path) = demo_library {
        let text = std::fs::read_to_string(path).map_err(|err| format!("{}: {err}", path.display()))?;
        let lib = handoff_core::Library::from_json(&text).map_err(|err| format!("{}: {err}", path.display()))?;
        let who = auth::caller(db, &{
            let mut h = axum::http::HeaderMap::new();
            h.insert("authorization", format!("Bearer {admin}").parse().map_err(|_| "token header")?);
            h
        })
        .await
        .map_err(e)?;
        library::store_items(db, &who, &lib.items, None).await.map_err(e)?;
    }
    Ok(Some((admin, rep)))
}

pub fn run_blocking(opts: ServeOptions) -> Result<(), String> {
    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build().map_err(|e| e.to_string())?;
    rt.block_on(async move {
        let url = opts.db.unwrap_or_else(|| "sqlite://handoff.db?mode=rwc".to_string());
        let (app, db) = app(&url).await?;
        if let Some((admin, rep)) = bootstrap(&db, opts.demo_library.as_ref()).await? {
            println!("New database: created org \"Demo\".\n  admin token: {admin}\n  rep token:   {rep}\n(Only their hashes are stored: keep them now.)");
        }
        let listener = tokio::net::TcpListener::bind(&opts.addr).await.map_err(|e| format!("cannot listen on {}: {e}", opts.addr))?;
        println!("handoff serve: listening on http://{} (database {})", listener.local_addr().map_err(|e| e.to_string())?, db::redact(&url));
        serve(listener, app, READ_TIMEOUT, async {
            let _ = tokio::signal::ctrl_c().await;
        })
        .await;
        Ok(())
    })
}
