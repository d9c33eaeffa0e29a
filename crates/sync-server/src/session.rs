//! Dashboard sessions: signing in with an admin token opens a server-side session named by a
//! random id (the cookie holds the id, never the token); it ends at logout, after 12 hours, after
//! 2 hours idle, or when the token it was opened with stops existing. Each session has a CSRF
//! token that every dashboard form posts back. The cookie is read by the dashboard's routes
//! only: the JSON API takes bearer tokens, so a cross-site request carries nothing it accepts.

use crate::auth::{hash_token, Caller};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use axum::http::HeaderMap;
use sqlx::Row;

pub const COOKIE: &str = "handoff_session";
const MAX_AGE_MS: i64 = 12 * 3_600_000;
const IDLE_MS: i64 = 2 * 3_600_000;

/// A signed-in admin on the dashboard, and the token their forms must post back.
pub struct Session {
    pub caller: Caller,
    pub csrf: String,
}

fn random() -> String {
    format!("{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple())
}

/// Opens a session for the holder of `token_hash`; returns the `Set-Cookie` value.
pub async fn open(db: &Db, token_hash: &str, headers: &HeaderMap) -> Result<String, ApiError> {
    let id = random();
    let now = now_ms();
    sqlx::query("INSERT INTO sessions (id_hash, token_hash, csrf, created_ms, last_ms, expires_ms) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(hash_token(&id))
        .bind(token_hash)
        .bind(random())
        .bind(now)
        .bind(now)
        .bind(now + MAX_AGE_MS)
        .execute(db)
        .await
        .map_err(ApiError::db)?;
    Ok(format!("{COOKIE}={id}; HttpOnly; SameSite=Strict; Path=/; Max-Age={}{}", MAX_AGE_MS / 1000, secure(headers)))
}

/// `; Secure` when the dashboard is reached over https: the scheme the server's own links use
/// (`X-Forwarded-Proto`, else https except on loopback).
fn secure(headers: &HeaderMap) -> &'static str {
    if crate::enroll::origin(headers).starts_with("https://") {
        "; Secure"
    } else {
        ""
    }
}

/// The cookie that ends a session in the browser too.
pub fn cleared(headers: &HeaderMap) -> String {
    format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{}", secure(headers))
}

fn cookie(headers: &HeaderMap) -> Option<String> {
    let cookies = headers.get("cookie").and_then(|v| v.to_str().ok())?;
    cookies.split(';').map(str::trim).find_map(|c| c.strip_prefix(&format!("{COOKIE}="))).map(String::from).filter(|v| !v.is_empty())
}

/// The live session the request's cookie names, touched; `None` when there is none, it has
/// expired or gone idle, or its token no longer exists.
pub async fn current(db: &Db, headers: &HeaderMap) -> Result<Option<Session>, ApiError> {
    let Some(id) = cookie(headers) else { return Ok(None) };
    let id_hash = hash_token(&id);
    let now = now_ms();
    let row = sqlx::query("SELECT u.id, u.org_id, u.role, u.team, s.csrf, s.last_ms, s.expires_ms FROM sessions s JOIN users u ON u.token_hash = s.token_hash WHERE s.id_hash = $1")
        .bind(&id_hash)
        .fetch_optional(db)
        .await
        .map_err(ApiError::db)?;
    let Some(row) = row else { return Ok(None) };
    let (last, expires): (i64, i64) = (row.try_get("last_ms").map_err(ApiError::db)?, row.try_get("expires_ms").map_err(ApiError::db)?);
    if now >= expires || now - last >= IDLE_MS {
        close(db, &id_hash).await?;
        return Ok(None);
    }
    sqlx::query("UPDATE sessions SET last_ms = $1 WHERE id_hash = $2").bind(now).bind(&id_hash).execute(db).await.map_err(ApiError::db)?;
    let caller = Caller {
        user_id: row.try_get("id").map_err(ApiError::db)?,
        org_id: row.try_get("org_id").map_err(ApiError::db)?,
        role: row.try_get("role").map_err(ApiError::db)?,
        team: row.try_get("team").map_err(ApiError::db)?,
    };
    Ok(Some(Session { caller, csrf: row.try_get("csrf").map_err(ApiError::db)? }))
}

/// Ends the session the request's cookie names (logout).
pub async fn end(db: &Db, headers: &HeaderMap) -> Result<(), ApiError> {
    match cookie(headers) {
        Some(id) => close(db, &hash_token(&id)).await,
        None => Ok(()),
    }
}

async fn close(db: &Db, id_hash: &str) -> Result<(), ApiError> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1").bind(id_hash).execute(db).await.map_err(ApiError::db)?;
    Ok(())
}

/// A form's CSRF token matches the session's (compared in constant time).
pub fn csrf_ok(session: &Session, posted: &str) -> bool {
    let (a, b) = (session.csrf.as_bytes(), posted.as_bytes());
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
