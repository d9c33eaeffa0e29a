//! The routes, and the OpenAPI document generated from the same table, so the two cannot
//! drift: a route is served only if it is described.

use crate::db::{Db, WriteGate};
use crate::{auth, dashboard, enroll, ingest, library, reports};
use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, post, put, MethodRouter};
use axum::{Extension, Json, Router};
use serde_json::{json, Value};

pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    /// "rep" (any token), "admin", "none", or "session" (dashboard cookie).
    pub auth: &'static str,
    pub handler: fn() -> MethodRouter<Db>,
}

pub const ROUTES: &[Route] = &[
    Route { method: "get", path: "/healthz", summary: "Liveness", auth: "none", handler: || get(|| async { "ok" }) },
    Route { method: "get", path: "/v1/openapi.json", summary: "This document", auth: "none", handler: || get(|| async { Json(openapi()) }) },
    Route { method: "get", path: "/v1/me", summary: "Who this token belongs to: {name, org, role, team} (a client tells a rep's token from an admin's)", auth: "rep", handler: || get(enroll::me) },
    Route { method: "post", path: "/v1/enroll", summary: "Exchange an invitation code {\"code\", \"name\"?} for a new rep token (answered once); 404 unknown, 410 used or expired", auth: "none", handler: || post(enroll::post_enroll) },
    Route { method: "get", path: "/enroll", summary: "The page an invitation link opens: tells the rep to paste the link into the extension's settings", auth: "none", handler: || get(enroll::enroll_page) },
    Route { method: "get", path: "/v1/library", summary: "Approved library, or the changes since `since` (ETag / If-None-Match)", auth: "rep", handler: || get(library::get_library) },
    Route { method: "post", path: "/v1/events", summary: "Usage events in the product's batch format {\"batch\": [Event]}; idempotent on id", auth: "rep", handler: || post(ingest::post_events) },
    Route { method: "post", path: "/v1/batch", summary: "Segment tracking API batch (track messages); idempotent on messageId; Basic auth with the token as user name", auth: "rep", handler: || post(ingest::post_segment_batch) },
    Route { method: "get", path: "/v1/stats", summary: "Ratings per item and vertical × stage, inserts in 30 days (ranking signals)", auth: "rep", handler: || get(reports::stats) },
    Route { method: "put", path: "/v1/admin/items", summary: "Create or update items from a library JSON document, or a CSV export (Content-Type: text/csv)", auth: "admin", handler: || put(library::put_items) },
    Route { method: "put", path: "/v1/admin/taxonomy", summary: "Set the org's taxonomy (synonyms, verticals, stages); delivered with the library", auth: "admin", handler: || put(library::put_taxonomy) },
    Route { method: "put", path: "/v1/admin/reader-rules", summary: "Newer page-reader rules (selectors, label synonyms); delivered with the library", auth: "admin", handler: || put(library::put_reader_rules) },
    Route { method: "post", path: "/v1/admin/items/{id}/status", summary: "Approve, retire, return to draft, or set an expiry", auth: "admin", handler: || post(library::set_status) },
    Route { method: "get", path: "/v1/admin/items/{id}/versions", summary: "Every version of an item", auth: "admin", handler: || get(library::versions) },
    Route { method: "post", path: "/v1/admin/users", summary: "Create a rep or admin in your org; answers its token once", auth: "admin", handler: || post(auth::post_user) },
    Route { method: "get", path: "/v1/admin/users", summary: "The org's reps and admins: id, name, role, team, revoked (never tokens)", auth: "admin", handler: || get(auth::list_users) },
    Route { method: "post", path: "/v1/admin/users/{id}/token", summary: "Rotate a user's token: the new one is answered once, the old one and its dashboard sessions stop working", auth: "admin", handler: || post(auth::rotate_token) },
    Route { method: "delete", path: "/v1/admin/users/{id}/token", summary: "Revoke a user's token (and its dashboard sessions); the user stays in reports", auth: "admin", handler: || delete(auth::revoke_token) },
    Route { method: "post", path: "/v1/admin/enrollments", summary: "Invite a rep {name?, team?, uses? (1), expires_in_hours? (72, max 720)}: answers a one-time code and the link carrying it", auth: "admin", handler: || post(enroll::post_enrollment) },
    Route { method: "get", path: "/v1/admin/proposals", summary: "Rep-proposed snippets awaiting review", auth: "admin", handler: || get(library::proposals) },
    Route { method: "get", path: "/v1/reports/usage", summary: "Shown, inserted, insert rate, ratings per item; cells per vertical × stage (?format=csv)", auth: "admin", handler: || get(reports::usage) },
    Route { method: "get", path: "/v1/reports/adoption", summary: "Events and inserts per rep (?format=csv)", auth: "admin", handler: || get(reports::adoption) },
    Route { method: "get", path: "/v1/reports/unused", summary: "Approved items never inserted in the window, and their share (?format=csv)", auth: "admin", handler: || get(reports::unused) },
    Route { method: "get", path: "/v1/reports/gaps", summary: "Vertical × stage cells without approved or well-rated content; searches with no result (?format=csv)", auth: "admin", handler: || get(reports::gaps) },
    Route { method: "get", path: "/login", summary: "Dashboard sign-in page", auth: "none", handler: || get(dashboard::login_page).post(dashboard::login) },
    Route { method: "get", path: "/dashboard", summary: "Marketing dashboard", auth: "session", handler: || get(dashboard::dashboard) },
    Route { method: "post", path: "/logout", summary: "Dashboard form: end the session (csrf)", auth: "session", handler: || post(dashboard::logout) },
    Route { method: "post", path: "/dashboard/proposals/{id}", summary: "Dashboard form: approve or decline a rep's proposal (action, csrf)", auth: "session", handler: || post(dashboard::decide_proposal) },
    Route { method: "post", path: "/dashboard/invite", summary: "Dashboard form: make an invitation link (name, team, uses, hours)", auth: "session", handler: || post(dashboard::invite) },
];

pub fn router(db: Db) -> Router {
    let mut r = Router::new();
    for route in ROUTES {
        r = r.route(route.path, (route.handler)());
    }
    // Above the 500 KB batch limit so the handler can answer 413 with its own message.
    r.layer(Extension(WriteGate::for_db(&db))).layer(Extension(auth::Callers::default())).layer(DefaultBodyLimit::max(1024 * 1024)).layer(axum::middleware::map_response(errors_as_json)).layer(axum::middleware::map_response(security_headers)).with_state(db)
}

/// On every answer: no script but the enrollment page's own (by hash), no framing, no MIME
/// sniffing, no referrer (an invitation link's code must not leak to a linked site).
async fn security_headers(mut res: axum::response::Response) -> axum::response::Response {
    use sha2::Digest;
    use std::sync::OnceLock;
    static CSP: OnceLock<String> = OnceLock::new();
    let csp = CSP.get_or_init(|| {
        use base64::Engine;
        let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(crate::enroll::ENROLL_SCRIPT.as_bytes()));
        format!("default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-{hash}'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
    });
    let h = res.headers_mut();
    h.insert("content-security-policy", csp.parse().expect("ASCII header"));
    h.insert("x-content-type-options", axum::http::HeaderValue::from_static("nosniff"));
    h.insert("referrer-policy", axum::http::HeaderValue::from_static("no-referrer"));
    res
}

/// Every error answer in the API's one shape, `{"error": "..."}`: axum's own rejections (a body
/// over the limit, a missing route, a wrong method) are plain text or empty otherwise.
async fn errors_as_json(res: axum::response::Response) -> axum::response::Response {
    use axum::response::IntoResponse;
    let status = res.status();
    let plain = res.headers().get("content-type").map_or(true, |v| v.to_str().is_ok_and(|t| t.starts_with("text/plain")));
    if !(status.is_client_error() || status.is_server_error()) || !plain {
        return res;
    }
    let (parts, body) = res.into_parts();
    let text = axum::body::to_bytes(body, 64 * 1024).await.map(|b| String::from_utf8_lossy(&b).trim().to_string()).unwrap_or_default();
    let message = if text.is_empty() { status.canonical_reason().unwrap_or("error").to_string() } else { text };
    let mut out = (status, axum::Json(json!({ "error": message }))).into_response();
    for (k, v) in parts.headers.iter().filter(|(k, _)| *k != "content-type" && *k != "content-length") {
        out.headers_mut().insert(k.clone(), v.clone());
    }
    out
}

pub fn openapi() -> Value {
    let mut paths = serde_json::Map::new();
    for r in ROUTES {
        let security = match r.auth {
            "none" => json!([]),
            "session" => json!([{ "session": [] }]),
            _ => json!([{ "bearer": [] }, { "basic": [] }]),
        };
        let entry = paths.entry(r.path.replace("{id}", "{id}")).or_insert_with(|| json!({}));
        entry[r.method] = json!({ "summary": r.summary, "security": security, "x-handoff-role": r.auth, "responses": { "200": { "description": "OK" }, "401": { "description": "No or unknown token" }, "403": { "description": "Admin only" } } });
        if r.path.contains("{id}") {
            entry[r.method]["parameters"] = json!([{ "name": "id", "in": "path", "required": true, "schema": { "type": "string" } }]);
        }
    }
    json!({
        "openapi": "3.1.0",
        "info": { "title": "Handoff sync API", "version": "1" },
        "paths": paths,
        "components": { "securitySchemes": {
            "bearer": { "type": "http", "scheme": "bearer" },
            "basic": { "type": "http", "scheme": "basic", "description": "Segment style: the token as user name, empty password" },
            "session": { "type": "apiKey", "in": "cookie", "name": "handoff_session" } } }
    })
}
