//! Enrollment: an admin issues an invitation (a code, or a link carrying it) that a rep's
//! extension exchanges for the rep's own token, so no one copies tokens by hand. Codes are
//! stored only as SHA-256 hashes, like tokens; each has an expiry and a number of uses (one by
//! default; more for a code an admin puts in a managed browser policy for a whole team).

use crate::auth::{create_user, hash_token, Admin, Caller, Rep};
use crate::db::{now_ms, Db};
use crate::error::ApiError;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::Html;
use axum::Json;
use serde::Deserialize;
use sqlx::Row;

const HOUR_MS: i64 = 3_600_000;
const DEFAULT_HOURS: i64 = 72;
const MAX_HOURS: i64 = 720;
const MAX_USES: i64 = 10_000;

#[derive(Deserialize, schemars::JsonSchema)]
pub struct NewEnrollment {
    #[serde(default)]
    #[schemars(length(max = 200))]
    name: String,
    #[serde(default)]
    #[schemars(length(max = 200))]
    team: String,
    /// How many reps may use the code (1 when missing).
    #[schemars(range(min = 1, max = 10_000))]
    uses: Option<i64>,
    /// 72 when missing.
    #[schemars(range(min = 1, max = 720))]
    expires_in_hours: Option<i64>,
    /// `rep` (the default: a link for the extension) or `admin` (one use: a link to the dashboard).
    #[schemars(extend("enum" = ["rep", "admin"]))]
    role: Option<String>,
}

/// An invitation: the code is answered once, inside the link.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Invitation {
    pub code: String,
    pub link: String,
    pub uses: i64,
    pub expires_ms: i64,
    pub name: String,
    pub team: String,
}

/// Who a token belongs to; `token` only when the exchange just made it.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Me {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    pub name: String,
    pub org: String,
    /// `rep` or `admin`.
    pub role: String,
    pub team: String,
}

fn new_code() -> String {
    format!("hoe_{}", uuid::Uuid::new_v4().simple())
}

/// The server's own address as the admin reached it, for the link (`X-Forwarded-Proto` when
/// behind a proxy; plain http only for loopback).
pub(crate) fn origin(headers: &HeaderMap) -> String {
    let host = headers.get("host").and_then(|v| v.to_str().ok()).unwrap_or("localhost");
    let name = host.rsplit_once(':').filter(|(_, port)| port.chars().all(|c| c.is_ascii_digit())).map_or(host, |(name, _)| name);
    let loopback = matches!(name, "127.0.0.1" | "localhost" | "[::1]");
    let proto = headers.get("x-forwarded-proto").and_then(|v| v.to_str().ok()).unwrap_or(if loopback { "http" } else { "https" });
    format!("{proto}://{host}")
}

/// A new invitation for the caller's org: checks the limits, stores the code's hash, and
/// answers the code, its link and when it expires. Used by the API and the dashboard.
#[allow(clippy::too_many_arguments)]
pub async fn create_enrollment(
    db: &Db,
    who: &Caller,
    headers: &HeaderMap,
    name: &str,
    team: &str,
    role: &str,
    uses: Option<i64>,
    hours: Option<i64>,
) -> Result<Invitation, ApiError> {
    who.require_admin()?;
    let uses = uses.unwrap_or(1);
    if !(1..=MAX_USES).contains(&uses) {
        return Err(ApiError::bad_request(format!("uses must be between 1 and {MAX_USES}")));
    }
    // An admin is invited one person at a time.
    match role {
        "rep" => {}
        "admin" if uses == 1 => {}
        "admin" => return Err(ApiError::bad_request("an admin invitation is for one person: uses must be 1")),
        other => return Err(ApiError::bad_request(format!("role must be rep or admin, not {other:?}"))),
    }
    let hours = hours.unwrap_or(DEFAULT_HOURS);
    if !(1..=MAX_HOURS).contains(&hours) {
        return Err(ApiError::bad_request(format!("expires_in_hours must be between 1 and {MAX_HOURS}")));
    }
    let (name, team) = (name.trim(), team.trim());
    crate::auth::check_name(name, team)?;
    let code = new_code();
    let now = now_ms();
    let expires_ms = now + hours * HOUR_MS;
    sqlx::query("INSERT INTO enrollments (code_hash, org_id, name, team, max_uses, uses, expires_ms, created_by, created_ms, role) VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9)")
        .bind(hash_token(&code))
        .bind(&who.org_id)
        .bind(name)
        .bind(team)
        .bind(uses)
        .bind(expires_ms)
        .bind(&who.user_id)
        .bind(now)
        .bind(role)
        .execute(db)
        .await
        .map_err(ApiError::db)?;
    // The code rides in the fragment, which browsers never send to the server (nor its logs).
    // A rep's link is pasted into the extension; an admin's opens the dashboard's join page.
    let page = if role == "admin" { "join" } else { "enroll" };
    let link = format!("{}/{page}#code={code}", origin(headers));
    Ok(Invitation { code, link, uses, expires_ms, name: name.to_string(), team: team.to_string() })
}

/// `POST /v1/admin/enrollments`: a new invitation for a rep of the caller's org; the code is
/// answered once, inside a link to this server's `/enroll` page.
pub async fn post_enrollment(State(db): State<Db>, Admin(who): Admin, headers: HeaderMap, body: String) -> Result<Json<Invitation>, ApiError> {
    let e: NewEnrollment = serde_json::from_str(if body.trim().is_empty() { "{}" } else { &body }).map_err(|e| ApiError::bad_request(format!("body: {e}")))?;
    Ok(Json(create_enrollment(&db, &who, &headers, &e.name, &e.team, e.role.as_deref().unwrap_or("rep"), e.uses, e.expires_in_hours).await?))
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct Exchange {
    code: String,
    /// The rep's own name, used when the invitation names nobody (a team-wide code).
    #[serde(default)]
    name: String,
}

/// `POST /v1/enroll`: exchanges a rep's invitation code for a new rep token (answered once).
pub async fn post_enroll(State(db): State<Db>, body: String) -> Result<Json<Me>, ApiError> {
    let x: Exchange = serde_json::from_str(&body).map_err(|_| ApiError::bad_request("send {\"code\": \"hoe_…\"}"))?;
    Ok(Json(take_invitation(&db, &x.code, "rep", &x.name).await?))
}

/// Uses an invitation of `role` once and creates its user: the new token, and who it is.
pub async fn take_invitation(db: &Db, code: &str, role: &str, own_name: &str) -> Result<Me, ApiError> {
    let code_hash = hash_token(code.trim());
    let now = now_ms();
    let mut tx = db.begin().await.map_err(ApiError::db)?;
    // One statement takes a use, so two exchanges of a one-use code cannot both succeed.
    let taken = sqlx::query("UPDATE enrollments SET uses = uses + 1 WHERE code_hash = $1 AND uses < max_uses AND expires_ms > $2 AND role = $3")
        .bind(&code_hash)
        .bind(now)
        .bind(role)
        .execute(&mut *tx)
        .await
        .map_err(ApiError::db)?
        .rows_affected();
    if taken != 1 {
        drop(tx);
        return Err(why_refused(db, &code_hash, role, now).await);
    }
    let row = sqlx::query("SELECT e.org_id, e.name, e.team, o.name AS org FROM enrollments e JOIN orgs o ON o.id = e.org_id WHERE e.code_hash = $1")
        .bind(&code_hash)
        .fetch_one(&mut *tx)
        .await
        .map_err(ApiError::db)?;
    let get = |c: &str| row.try_get::<String, _>(c).map_err(ApiError::db);
    let (org_id, invited, team, org) = (get("org_id")?, get("name")?, get("team")?, get("org")?);
    let name = [invited.as_str(), own_name.trim()].into_iter().find(|n| !n.is_empty()).unwrap_or(if role == "admin" { "Admin" } else { "Rep" }).to_string();
    let token = create_user(&mut *tx, &org_id, &name, role, &team).await?;
    tx.commit().await.map_err(ApiError::db)?;
    Ok(Me { token: Some(token), name, org, role: role.into(), team })
}

/// Why a code was refused, in words a rep can act on.
async fn why_refused(db: &Db, code_hash: &str, role: &str, now: i64) -> ApiError {
    let row = match sqlx::query("SELECT uses, max_uses, expires_ms, role FROM enrollments WHERE code_hash = $1").bind(code_hash).fetch_optional(db).await {
        Ok(row) => row,
        Err(e) => return ApiError::db(e),
    };
    let n = |r: &sqlx::any::AnyRow, c: &str| r.try_get::<i64, _>(c).unwrap_or(0);
    match row {
        None => ApiError::not_found("this invitation code is not known here: check the link, or ask your admin for a new one"),
        Some(r) if r.try_get::<String, _>("role").is_ok_and(|r| r != role) => ApiError::new(
            StatusCode::CONFLICT,
            if role == "rep" {
                "this invitation is for marketing's dashboard: open the link in your browser instead"
            } else {
                "this invitation is for Handoff in a rep's browser: paste it into the extension's settings"
            },
        ),
        Some(r) if n(&r, "expires_ms") <= now => ApiError::new(StatusCode::GONE, "this invitation has expired: ask your admin for a new one"),
        Some(r) if n(&r, "uses") >= n(&r, "max_uses") => ApiError::new(StatusCode::GONE, "this invitation was already used: ask your admin for a new one"),
        Some(_) => ApiError::new(StatusCode::CONFLICT, "this invitation could not be used just now: try again"),
    }
}

/// `GET /v1/me`: who the token belongs to, so a client can tell a rep's token from an admin's.
pub async fn me(State(db): State<Db>, Rep(who): Rep) -> Result<Json<Me>, ApiError> {
    let row = sqlx::query("SELECT u.name, o.name AS org FROM users u JOIN orgs o ON o.id = u.org_id WHERE u.id = $1")
        .bind(&who.user_id)
        .fetch_one(&db)
        .await
        .map_err(ApiError::db)?;
    let get = |c: &str| row.try_get::<String, _>(c).map_err(ApiError::db);
    Ok(Json(Me { token: None, name: get("name")?, org: get("org")?, role: who.role, team: who.team }))
}

/// `GET /enroll`: the page an invitation link opens. The code stays in the fragment: this page
/// only tells the rep where to paste the link (the extension's settings exchange it).
pub async fn enroll_page() -> Html<&'static str> {
    Html(ENROLL_PAGE)
}

const ENROLL_PAGE: &str = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Your Handoff invitation</title>
<style>body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1f1f1f;background:#f6f8fc}main{max-width:640px;margin:40px auto;background:#fff;padding:24px 32px;border-radius:8px;box-shadow:0 1px 2px rgba(0,0,0,.1)}code{word-break:break-all;background:#eef2f9;padding:2px 4px}</style>
</head><body><main>
<h1>Your Handoff invitation</h1>
<p>To connect Handoff to your team's library:</p>
<ol>
<li>Install the Handoff extension, if it is not installed yet.</li>
<li>Open Handoff's settings: click the Handoff icon in the toolbar, then <b>Settings</b>.</li>
<li>Paste this page's address into <b>Invitation link</b> and press <b>Connect</b>.</li>
</ol>
<p>This page's address: <code id="link"></code></p>
<p>The invitation works once, and expires: if Handoff says it was used or expired, ask your admin for a new one.</p>
</main>
<script>document.getElementById('link').textContent = location.href;</script>
</body></html>"#;

/// The enrollment page's one script (allowed by its hash in the Content-Security-Policy).
pub const ENROLL_SCRIPT: &str = "document.getElementById('link').textContent = location.href;";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pages_script_is_the_one_its_csp_hash_allows() {
        assert!(ENROLL_PAGE.contains(&format!("<script>{ENROLL_SCRIPT}</script>")));
    }

    #[test]
    fn links_use_http_only_for_loopback() {
        let link = |host: &str, proto: Option<&str>| {
            let mut h = HeaderMap::new();
            h.insert("host", host.parse().unwrap());
            if let Some(p) = proto {
                h.insert("x-forwarded-proto", p.parse().unwrap());
            }
            origin(&h)
        };
        assert_eq!(link("127.0.0.1:8787", None), "http://127.0.0.1:8787");
        assert_eq!(link("[::1]:8787", None), "http://[::1]:8787");
        assert_eq!(link("localhost", None), "http://localhost");
        assert_eq!(link("localhost.example.com", None), "https://localhost.example.com");
        assert_eq!(link("handoff.example.com", None), "https://handoff.example.com");
        assert_eq!(link("10.0.0.5:8080", Some("http")), "http://10.0.0.5:8080");
    }
}
