//! Who is calling: API tokens (stored only as SHA-256 hashes) sent as a bearer token, as the
//! user name of HTTP Basic auth (how Segment clients send a write key), or as the dashboard's
//! session cookie. Every query is then scoped to the caller's org.

use crate::db::Db;
use crate::error::ApiError;
use axum::extract::{Path, State};
use axum::http::HeaderMap;
use axum::{Extension, Json};
use base64::Engine;
use sha2::{Digest, Sha256};
use sqlx::Row;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

#[derive(Debug, Clone)]
pub struct Caller {
    pub org_id: String,
    pub user_id: String,
    pub role: String,
    pub team: String,
}

impl Caller {
    pub fn require_admin(&self) -> Result<(), ApiError> {
        if self.role == "admin" {
            Ok(())
        } else {
            Err(ApiError::forbidden("this route is for admins"))
        }
    }
}

pub fn hash_token(token: &str) -> String {
    let digest = Sha256::digest(token.as_bytes());
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

pub fn new_token() -> String {
    format!("hof_{}{}", uuid::Uuid::new_v4().simple(), uuid::Uuid::new_v4().simple())
}

/// The token in a request: `Authorization: Bearer T` or `Authorization: Basic base64(T:)`.
/// Never a cookie: a browser sends cookies with cross-site requests, a header it does not.
pub fn token_from(headers: &HeaderMap) -> Option<String> {
    if let Some(v) = headers.get("authorization").and_then(|v| v.to_str().ok()) {
        if let Some(t) = v.strip_prefix("Bearer ").or_else(|| v.strip_prefix("bearer ")) {
            return Some(t.trim().to_string());
        }
        if let Some(b) = v.strip_prefix("Basic ").or_else(|| v.strip_prefix("basic ")) {
            let decoded = base64::engine::general_purpose::STANDARD.decode(b.trim()).ok()?;
            let s = String::from_utf8(decoded).ok()?;
            return Some(s.split(':').next().unwrap_or("").to_string()).filter(|t| !t.is_empty());
        }
    }
    None
}

pub async fn caller(db: &Db, headers: &HeaderMap) -> Result<Caller, ApiError> {
    caller_by_hash(db, &hash_token(&token_from(headers).ok_or_else(no_token)?)).await
}

fn no_token() -> ApiError {
    ApiError::unauthorized("a token is required (Authorization: Bearer …)")
}

async fn caller_by_hash(db: &Db, token_hash: &str) -> Result<Caller, ApiError> {
    let row = sqlx::query("SELECT id, org_id, role, team FROM users WHERE token_hash = $1")
        .bind(token_hash)
        .fetch_optional(db)
        .await
        .map_err(ApiError::db)?
        .ok_or_else(|| ApiError::unauthorized("unknown token"))?;
    Ok(Caller {
        user_id: row.try_get("id").map_err(ApiError::db)?,
        org_id: row.try_get("org_id").map_err(ApiError::db)?,
        role: row.try_get("role").map_err(ApiError::db)?,
        team: row.try_get("team").map_err(ApiError::db)?,
    })
}

/// Any token of the org, a rep's or an admin's: what the route table's `Role::Rep` declares,
/// enforced before the handler runs (401 without a known token).
pub struct Rep(pub Caller);

/// An admin's token: `Role::Admin`, enforced before the handler runs (401, or 403 for a rep).
pub struct Admin(pub Caller);

impl axum::extract::FromRequestParts<Db> for Rep {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut axum::http::request::Parts, db: &Db) -> Result<Self, ApiError> {
        let callers = parts.extensions.get::<Callers>().cloned().unwrap_or_default();
        Ok(Rep(callers.caller(db, &parts.headers).await?))
    }
}

impl axum::extract::FromRequestParts<Db> for Admin {
    type Rejection = ApiError;
    async fn from_request_parts(parts: &mut axum::http::request::Parts, db: &Db) -> Result<Self, ApiError> {
        let Rep(who) = Rep::from_request_parts(parts, db).await?;
        who.require_admin()?;
        Ok(Admin(who))
    }
}

/// Recently seen ingest callers by token hash. Every batch names its token, and looking it up
/// was a database round trip per batch on the hottest route. No route changes a user's org,
/// role or team or deletes one, so an entry cannot go stale through the API; an edit made in
/// the database directly takes effect within `CALLER_TTL`.
#[derive(Clone, Default)]
pub struct Callers(Arc<Mutex<HashMap<String, (Caller, Instant)>>>);

const CALLER_TTL: Duration = Duration::from_secs(60);
/// Past this many tokens the cache starts over, so a flood of tokens cannot grow it unbounded.
const MAX_CACHED_CALLERS: usize = 10_000;

impl Callers {
    /// The caller, from the cache while fresh, else from the database.
    pub async fn caller(&self, db: &Db, headers: &HeaderMap) -> Result<Caller, ApiError> {
        let hash = hash_token(&token_from(headers).ok_or_else(no_token)?);
        if let Some((who, at)) = self.0.lock().unwrap_or_else(|p| p.into_inner()).get(&hash) {
            if at.elapsed() < CALLER_TTL {
                return Ok(who.clone());
            }
        }
        let who = caller_by_hash(db, &hash).await?;
        let mut cache = self.0.lock().unwrap_or_else(|p| p.into_inner());
        if cache.len() >= MAX_CACHED_CALLERS {
            cache.clear();
        }
        cache.insert(hash, (who.clone(), Instant::now()));
        Ok(who)
    }
}

impl Callers {
    /// Forgets every cached caller: a token was rotated or revoked and must stop working now.
    pub fn forget_all(&self) {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }
}

#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Users {
    pub users: Vec<User>,
}

/// A rep or admin as the people page lists them: never their token.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct User {
    pub id: String,
    pub name: String,
    /// `rep` or `admin`.
    pub role: String,
    pub team: String,
    pub revoked: bool,
}

/// `GET /v1/admin/users`: the org's reps and admins (never their tokens).
pub async fn list_users(State(db): State<Db>, Admin(who): Admin) -> Result<Json<Users>, ApiError> {
    Ok(Json(Users { users: users_of(&db, &who.org_id).await? }))
}

/// An org's users by name (never their tokens).
pub async fn users_of(db: &Db, org: &str) -> Result<Vec<User>, ApiError> {
    let rows = sqlx::query("SELECT id, name, role, team, token_hash FROM users WHERE org_id = $1 ORDER BY name, id")
        .bind(org)
        .fetch_all(db)
        .await
        .map_err(ApiError::db)?;
    let mut users = Vec::new();
    for r in rows {
        let hash: String = r.try_get("token_hash").map_err(ApiError::db)?;
        let get = |col: &str| r.try_get::<String, _>(col).map_err(ApiError::db);
        users.push(User { id: get("id")?, name: get("name")?, role: get("role")?, team: get("team")?, revoked: hash.starts_with(REVOKED) });
    }
    Ok(users)
}

/// A revoked user's token hash: unique, and no token hashes to it. The user stays, so the
/// reports keep their name on past events.
pub(crate) const REVOKED: &str = "revoked:";

/// `POST /v1/admin/users/{id}/token`: a new token for a user of the caller's org, shown once;
/// the old one (and dashboard sessions opened with it) stops working at once.
pub async fn rotate_token(
    State(db): State<Db>,
    Admin(who): Admin,
    Extension(callers): Extension<Callers>,
    Path(id): Path<String>,
) -> Result<Json<NewToken>, ApiError> {
    let token = new_token();
    set_token_hash(&db, &callers, &who, &id, &hash_token(&token)).await?;
    Ok(Json(NewToken { id, token }))
}

/// A user's new token, answered once.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct NewToken {
    pub id: String,
    pub token: String,
}

#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Revoked {
    pub id: String,
    pub revoked: bool,
}

/// `DELETE /v1/admin/users/{id}/token`: revokes a user's token (and its dashboard sessions).
pub async fn revoke_token(
    State(db): State<Db>,
    Admin(who): Admin,
    Extension(callers): Extension<Callers>,
    Path(id): Path<String>,
) -> Result<Json<Revoked>, ApiError> {
    set_token_hash(&db, &callers, &who, &id, &format!("{REVOKED}{}", uuid::Uuid::new_v4().simple())).await?;
    Ok(Json(Revoked { id, revoked: true }))
}

/// Gives a user of the admin's org a new token hash (a rotated token, or a revoked mark).
pub(crate) async fn set_token_hash(db: &Db, callers: &Callers, who: &Caller, id: &str, hash: &str) -> Result<(), ApiError> {
    who.require_admin()?;
    let done = sqlx::query("UPDATE users SET token_hash = $1 WHERE id = $2 AND org_id = $3")
        .bind(hash)
        .bind(id)
        .bind(&who.org_id)
        .execute(db)
        .await
        .map_err(ApiError::db)?;
    if done.rows_affected() == 0 {
        return Err(ApiError::not_found(format!("no user {id:?} in your org")));
    }
    callers.forget_all();
    Ok(())
}

const MAX_NAME_CHARS: usize = 200;

/// Names show on the dashboard and in every report row: a person's, not a document.
pub fn check_name(name: &str, team: &str) -> Result<(), ApiError> {
    if name.chars().count() > MAX_NAME_CHARS || team.chars().count() > MAX_NAME_CHARS {
        return Err(ApiError::bad_request(format!("a name or team is at most {MAX_NAME_CHARS} characters")));
    }
    Ok(())
}

/// Creates a user in an org, on the pool or inside a transaction; returns the user's new token.
pub async fn create_user<'e, E: sqlx::Executor<'e, Database = sqlx::Any>>(db: E, org_id: &str, name: &str, role: &str, team: &str) -> Result<String, ApiError> {
    if !matches!(role, "admin" | "rep") {
        return Err(ApiError::bad_request("role must be admin or rep"));
    }
    check_name(name, team)?;
    let token = new_token();
    sqlx::query("INSERT INTO users (id, org_id, name, role, team, token_hash) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(uuid::Uuid::new_v4().to_string())
        .bind(org_id)
        .bind(name)
        .bind(role)
        .bind(team)
        .bind(hash_token(&token))
        .execute(db)
        .await
        .map_err(ApiError::db)?;
    Ok(token)
}

pub async fn create_org(db: &Db, name: &str) -> Result<String, ApiError> {
    let id = uuid::Uuid::new_v4().to_string();
    sqlx::query("INSERT INTO orgs (id, name, library_version) VALUES ($1, $2, 0)").bind(&id).bind(name).execute(db).await.map_err(ApiError::db)?;
    Ok(id)
}

#[derive(serde::Deserialize, schemars::JsonSchema)]
pub struct NewUser {
    #[schemars(length(max = 200))]
    name: String,
    #[schemars(extend("enum" = ["rep", "admin"]))]
    role: String,
    #[serde(default)]
    #[schemars(length(max = 200))]
    team: String,
}

/// A new user and their token, answered once.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct CreatedUser {
    pub name: String,
    pub role: String,
    pub team: String,
    pub token: String,
}

/// `POST /v1/admin/users`: a new rep or admin in the caller's org; the token is shown once.
pub async fn post_user(axum::extract::State(db): axum::extract::State<Db>, Admin(who): Admin, body: String) -> Result<axum::Json<CreatedUser>, ApiError> {
    let u: NewUser = serde_json::from_str(&body).map_err(|e| ApiError::bad_request(format!("body: {e}")))?;
    let token = create_user(&db, &who.org_id, &u.name, &u.role, &u.team).await?;
    Ok(axum::Json(CreatedUser { name: u.name, role: u.role, team: u.team, token }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_come_from_bearer_or_basic_never_a_cookie() {
        let mut h = HeaderMap::new();
        h.insert("authorization", "Bearer abc".parse().unwrap());
        assert_eq!(token_from(&h).as_deref(), Some("abc"));
        h.insert("authorization", format!("Basic {}", base64::engine::general_purpose::STANDARD.encode("writekey:")).parse().unwrap());
        assert_eq!(token_from(&h).as_deref(), Some("writekey"));
        let mut c = HeaderMap::new();
        c.insert("cookie", "a=b; handoff_session=tok".parse().unwrap());
        assert_eq!(token_from(&c), None, "a cookie travels with cross-site requests");
        assert_eq!(token_from(&HeaderMap::new()), None);
        assert_ne!(hash_token("a"), hash_token("b"));
        assert_eq!(hash_token("a").len(), 64);
    }
}
