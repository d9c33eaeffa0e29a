//! The routes, and the OpenAPI document generated from the same table, so the two cannot
//! drift: a route is served only if it is described.

use crate::db::{Db, WriteGate};
use crate::openapi::{openapi, Spec};
use crate::{auth, dashboard, enroll, health, ingest, library, outcomes, reports};
use axum::extract::DefaultBodyLimit;
use axum::routing::{delete, get, post, put, MethodRouter};
use axum::{Extension, Json, Router};
use serde_json::json;

/// Who may call a route.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Role {
    /// Anyone.
    None,
    /// Any token of the org, rep or admin.
    Rep,
    /// An admin's token.
    Admin,
    /// A dashboard session cookie (an admin signed in).
    Session,
}

impl Role {
    pub fn name(self) -> &'static str {
        match self {
            Role::None => "none",
            Role::Rep => "rep",
            Role::Admin => "admin",
            Role::Session => "session",
        }
    }
}

pub struct Route {
    pub method: &'static str,
    pub path: &'static str,
    pub summary: &'static str,
    pub role: Role,
    /// What the route reads and answers, for the OpenAPI document.
    pub spec: fn(&mut Spec),
    pub handler: fn() -> MethodRouter<Db>,
}

const CSV: &str = "text/csv; charset=utf-8";
const HTML: &str = "text/html; charset=utf-8";

fn csv_report<T: schemars::JsonSchema>(s: &mut Spec) {
    s.query::<reports::Filters>().ok::<T>(200).answer(200, "OK", CSV, Some(json!({ "type": "string" }))).errors(&[400, 503]);
}

fn html<'a, 'g>(s: &'a mut Spec<'g>, status: u16) -> &'a mut Spec<'g> {
    s.answer(status, "A page", HTML, Some(json!({ "type": "string" })))
}

pub const ROUTES: &[Route] = &[
    Route { method: "get", path: "/healthz", summary: "Liveness", role: Role::None, spec: |s| { s.answer(200, "ok", "text/plain; charset=utf-8", Some(json!({ "type": "string" }))); }, handler: || get(|| async { "ok" }) },
    Route { method: "get", path: "/v1/openapi.json", summary: "This document", role: Role::None, spec: |s| { s.answer(200, "OK", "application/json", Some(json!({ "type": "object" }))); }, handler: || get(|| async { Json(openapi()) }) },
    Route { method: "get", path: "/v1/me", summary: "Who this token belongs to: {name, org, role, team} (a client tells a rep's token from an admin's)", role: Role::Rep, spec: |s| { s.ok::<enroll::Me>(200).errors(&[503]); }, handler: || get(enroll::me) },
    Route { method: "post", path: "/v1/enroll", summary: "Exchange an invitation code {\"code\", \"name\"?} for a new rep token (answered once); 404 unknown, 410 used or expired", role: Role::None, spec: |s| { s.json::<enroll::Exchange>().ok::<enroll::Me>(200).errors(&[400, 404, 409, 410, 413, 503]); }, handler: || post(enroll::post_enroll) },
    Route { method: "get", path: "/enroll", summary: "The page an invitation link opens: tells the rep to paste the link into the extension's settings", role: Role::None, spec: |s| { html(s, 200); }, handler: || get(enroll::enroll_page) },
    Route { method: "get", path: "/v1/library", summary: "Approved library, or the changes since `since` (ETag / If-None-Match)", role: Role::Rep, spec: |s| { s.query::<library::Since>().ok::<library::LibraryAnswer>(200).empty(304, "Not modified: the If-None-Match tag is current").errors(&[400, 503]); }, handler: || get(library::get_library) },
    Route { method: "post", path: "/v1/events", summary: "Usage events in the product's batch format {\"batch\": [Event]}; idempotent on id", role: Role::Rep, spec: |s| { s.json::<ingest::EventBatch>().ok::<ingest::Outcome>(200).errors(&[400, 413, 503]); }, handler: || post(ingest::post_events) },
    Route { method: "post", path: "/v1/batch", summary: "Segment tracking API batch (track messages); idempotent on messageId; Basic auth with the token as user name", role: Role::Rep, spec: |s| { s.json::<ingest::SegmentBatch>().ok::<ingest::Outcome>(200).errors(&[400, 413, 503]); }, handler: || post(ingest::post_segment_batch) },
    Route { method: "get", path: "/v1/proposals", summary: "The calling rep's own proposals: waiting, approved or declined, with marketing's note", role: Role::Rep, spec: |s| { s.ok::<library::MyProposals>(200).errors(&[503]); }, handler: || get(library::my_proposals) },
    Route { method: "post", path: "/v1/health", summary: "Page-reader counts from a browser: per day, site, reader-rules version and field, how often it was found (totals: a resend replaces)", role: Role::Rep, spec: |s| { s.json::<health::HealthReport>().ok::<health::HealthStored>(200).errors(&[400, 413, 503]); }, handler: || post(health::post_health) },
    Route { method: "get", path: "/v1/org", summary: "What the extension needs of its org besides the library: its id, the deal-key secret, whether links are tracked", role: Role::Rep, spec: |s| { s.ok::<outcomes::OrgSettings>(200).errors(&[503]); }, handler: || get(outcomes::get_org) },
    Route { method: "get", path: "/l/{code}", summary: "A tracked link (an org setting): counts the open (item, deal key, time; no address, user agent or cookie) and redirects to the asset; 404 for a code that does not check out", role: Role::None, spec: |s| { html(s.empty(302, "To the asset"), 404).errors(&[503]); }, handler: || get(outcomes::open_link) },
    Route { method: "get", path: "/v1/stats", summary: "Ratings per item and vertical × stage, inserts in 30 days (ranking signals)", role: Role::Rep, spec: |s| { s.ok::<Vec<handoff_core::stats::ItemStats>>(200).errors(&[503]); }, handler: || get(reports::stats) },
    Route { method: "put", path: "/v1/admin/items", summary: "Create or update items from a library JSON document, or a CSV export (Content-Type: text/csv)", role: Role::Admin, spec: |s| { s.json::<handoff_core::library::LibraryFile>().body(CSV, json!({ "type": "string" })).ok::<library::Stored>(200).errors(&[400, 413, 503]); }, handler: || put(library::put_items) },
    Route { method: "put", path: "/v1/admin/taxonomy", summary: "Set the org's taxonomy (synonyms, verticals, stages); delivered with the library", role: Role::Admin, spec: |s| { s.json::<handoff_core::taxonomy::TaxonomyFile>().ok::<library::Stored>(200).errors(&[400, 413, 503]); }, handler: || put(library::put_taxonomy) },
    Route { method: "put", path: "/v1/admin/reader-rules", summary: "Newer page-reader rules (selectors, label synonyms); delivered with the library", role: Role::Admin, spec: |s| { s.json::<library::ReaderRules>().ok::<library::Stored>(200).errors(&[400, 413, 503]); }, handler: || put(library::put_reader_rules) },
    Route { method: "post", path: "/v1/admin/items/{id}/status", summary: "Approve, retire, return to draft, or set an expiry", role: Role::Admin, spec: |s| { s.json::<library::StatusChange>().ok::<library::StatusSet>(200).errors(&[400, 404, 413, 503]); }, handler: || post(library::set_status) },
    Route { method: "get", path: "/v1/admin/items/{id}/versions", summary: "Every version of an item", role: Role::Admin, spec: |s| { s.ok::<library::Versions>(200).errors(&[503]); }, handler: || get(library::versions) },
    Route { method: "post", path: "/v1/admin/users", summary: "Create a rep or admin in your org; answers its token once", role: Role::Admin, spec: |s| { s.json::<auth::NewUser>().ok::<auth::CreatedUser>(200).errors(&[400, 413, 503]); }, handler: || post(auth::post_user) },
    Route { method: "get", path: "/v1/admin/users", summary: "The org's reps and admins: id, name, role, team, revoked (never tokens)", role: Role::Admin, spec: |s| { s.ok::<auth::Users>(200).errors(&[503]); }, handler: || get(auth::list_users) },
    Route { method: "post", path: "/v1/admin/users/{id}/token", summary: "Rotate a user's token: the new one is answered once, the old one and its dashboard sessions stop working", role: Role::Admin, spec: |s| { s.ok::<auth::NewToken>(200).errors(&[404, 503]); }, handler: || post(auth::rotate_token) },
    Route { method: "delete", path: "/v1/admin/users/{id}/token", summary: "Revoke a user's token (and its dashboard sessions); the user stays in reports", role: Role::Admin, spec: |s| { s.ok::<auth::Revoked>(200).errors(&[404, 503]); }, handler: || delete(auth::revoke_token) },
    Route { method: "post", path: "/v1/admin/enrollments", summary: "Invite a rep {name?, team?, uses? (1), expires_in_hours? (72, max 720)}: answers a one-time code and the link carrying it", role: Role::Admin, spec: |s| { s.json::<enroll::NewEnrollment>().ok::<enroll::Invitation>(200).errors(&[400, 413, 503]); }, handler: || post(enroll::post_enrollment) },
    Route { method: "get", path: "/v1/admin/proposals", summary: "Rep-proposed snippets awaiting review", role: Role::Admin, spec: |s| { s.ok::<library::Proposals>(200).errors(&[503]); }, handler: || get(library::proposals) },
    Route { method: "get", path: "/v1/reports/usage", summary: "Shown, inserted, insert rate, ratings per item; cells per vertical × stage (?format=csv)", role: Role::Admin, spec: csv_report::<reports::Usage>, handler: || get(reports::usage) },
    Route { method: "get", path: "/v1/reports/adoption", summary: "Events and inserts per rep (?format=csv)", role: Role::Admin, spec: csv_report::<reports::Adoption>, handler: || get(reports::adoption) },
    Route { method: "get", path: "/v1/reports/unused", summary: "Approved items never inserted in the window, and their share (?format=csv)", role: Role::Admin, spec: csv_report::<reports::Unused>, handler: || get(reports::unused) },
    Route { method: "get", path: "/v1/reports/gaps", summary: "Vertical × stage cells without approved or well-rated content; searches with no result (?format=csv)", role: Role::Admin, spec: csv_report::<reports::Gaps>, handler: || get(reports::gaps) },
    Route { method: "post", path: "/v1/admin/outcomes", summary: "Closed deals from a CRM export (CSV: id, stage, close date): keyed with the org's secret, recorded as won or lost", role: Role::Admin, spec: |s| { s.query::<outcomes::ImportQuery>().body(CSV, json!({ "type": "string" })).ok::<outcomes::Imported>(200).errors(&[400, 413, 503]); }, handler: || post(outcomes::post_outcomes) },
    Route { method: "get", path: "/v1/reports/outcomes", summary: "Deals where each item was inserted, won, lost, open; win rate with its interval against the cell's baseline; median days to close (?format=csv)", role: Role::Admin, spec: csv_report::<outcomes::Outcomes>, handler: || get(outcomes::outcomes) },
    Route { method: "get", path: "/v1/reports/timeline", summary: "Suggestions shown and inserted per day, UTC (?format=csv)", role: Role::Admin, spec: csv_report::<reports::Timeline>, handler: || get(reports::timeline) },
    Route { method: "get", path: "/dashboard/export/{report}", summary: "A report as CSV for the signed-in marketer (report: usage, adoption, unused, gaps, timeline or outcomes; the overview's filters apply)", role: Role::Session, spec: |s| { s.query::<reports::Filters>().answer(200, "CSV", CSV, Some(json!({ "type": "string" }))).empty(303, "Not signed in: to /login").errors(&[400, 404, 503]); }, handler: || get(dashboard::export) },
    Route { method: "get", path: "/join", summary: "The page an admin's invitation link opens: their name, then Join and sign in", role: Role::None, spec: |s| { html(s, 200); }, handler: || get(dashboard::join_page) },
    Route { method: "post", path: "/join", summary: "Takes an admin invitation once (code, name): a new admin, signed in, their token shown once", role: Role::None, spec: |s| { html(html(s.form::<dashboard::Join>(), 200), 404).answer(409, "A rep's invitation", HTML, Some(json!({ "type": "string" }))).answer(410, "Used or expired", HTML, Some(json!({ "type": "string" }))).answer(400, "Not an invitation", HTML, Some(json!({ "type": "string" }))).errors(&[413, 415, 422, 503]); }, handler: || post(dashboard::join) },
    Route { method: "get", path: "/login", summary: "Dashboard sign-in page", role: Role::None, spec: |s| { html(s, 200); }, handler: || get(dashboard::login_page) },
    Route { method: "post", path: "/login", summary: "Dashboard sign-in form: an admin token opens a session (303 to /dashboard), any other gets 401", role: Role::None, spec: |s| { html(s.form::<dashboard::Login>().empty(303, "Signed in: the session cookie is set"), 401).errors(&[413, 415, 422, 503]); }, handler: || post(dashboard::login) },
    Route { method: "get", path: "/dashboard", summary: "Marketing dashboard (303 to /login without a session)", role: Role::Session, spec: |s| { html(s.query::<reports::Filters>(), 200).empty(303, "Not signed in: to /login").errors(&[400, 503]); }, handler: || get(dashboard::dashboard) },
    Route { method: "post", path: "/logout", summary: "Dashboard form: end the session (csrf)", role: Role::Session, spec: |s| { s.form::<dashboard::Csrf>().empty(303, "Signed out: to /login").errors(&[403, 413, 415, 422, 503]); }, handler: || post(dashboard::logout) },
    Route { method: "post", path: "/dashboard/proposals/{id}", summary: "Dashboard form: approve or decline a rep's proposal (action, csrf)", role: Role::Session, spec: |s| { s.form::<dashboard::Decision>().empty(303, "Decided, or not signed in").errors(&[400, 403, 404, 413, 415, 422, 503]); }, handler: || post(dashboard::decide_proposal) },
    Route { method: "get", path: "/dashboard/library", summary: "Library page: every item, filtered (search, vertical, stage, status, type, expiring, never inserted), 100 to a page, with bulk actions", role: Role::Session, spec: |s| { html(s.query::<dashboard::LibraryFilters>(), 200).empty(303, "Not signed in: to /login").errors(&[400, 503]); }, handler: || get(dashboard::library_page) },
    Route { method: "post", path: "/dashboard/library/bulk", summary: "Dashboard form: approve, retire, return to draft or set the expiry of the ticked items (csrf, action, expires, id…), as one library version", role: Role::Session, spec: |s| { s.body("application/x-www-form-urlencoded", json!({ "type": "object" })).empty(303, "Done, or not signed in").errors(&[400, 403, 404, 413, 415, 422, 503]); }, handler: || post(dashboard::bulk) },
    Route { method: "get", path: "/dashboard/library/item/{id}", summary: "An item's edit page and its history (what changed in each version, by whom)", role: Role::Session, spec: |s| { html(s, 200).empty(303, "Not signed in: to /login").errors(&[400, 404, 503]); }, handler: || get(dashboard::item_page) },
    Route { method: "post", path: "/dashboard/library/item/{id}", summary: "Dashboard form: save an edited item as a new version (checked as an upload is)", role: Role::Session, spec: |s| { s.form::<dashboard::ItemForm>().empty(303, "Saved, or not signed in").errors(&[400, 403, 404, 413, 415, 422, 503]); }, handler: || post(dashboard::save_item) },
    Route { method: "get", path: "/dashboard/library/upload", summary: "Upload page: a JSON, CSV or Markdown export with a progress bar and its problems row by row", role: Role::Session, spec: |s| { html(s, 200).empty(303, "Not signed in: to /login"); }, handler: || get(dashboard::upload_page) },
    Route { method: "post", path: dashboard::UPLOAD_PATH, summary: "The upload page's request: the file as the body (a CSV of any size, read as it arrives; JSON or Markdown up to 64 MB), its name in ?name=, the session's CSRF token in x-csrf-token", role: Role::Session, spec: |s| { s.query::<dashboard::UploadQuery>().body("application/octet-stream", json!({ "type": "string" })).ok::<dashboard::Uploaded>(200).errors(&[400, 401, 403, 413, 503]); }, handler: || post(dashboard::upload) },
    Route { method: "get", path: "/dashboard/people", summary: "People page: invite reps, add an admin, rotate or revoke tokens", role: Role::Session, spec: |s| { html(s, 200).empty(303, "Not signed in: to /login").errors(&[503]); }, handler: || get(dashboard::people_page) },
    Route { method: "post", path: "/dashboard/people/{id}/{action}", summary: "Dashboard form: rotate or revoke a user's token (action rotate|revoke), or add an admin (id new, action admin)", role: Role::Session, spec: |s| { html(s.form::<dashboard::PersonForm>(), 200).empty(303, "Not signed in: to /login").errors(&[400, 403, 404, 413, 415, 422, 503]); }, handler: || post(dashboard::person_action) },
    Route { method: "get", path: "/dashboard/outcomes", summary: "Outcomes page: content in won and lost deals, win rates against each cell's baseline, and the import of closed deals", role: Role::Session, spec: |s| { html(s, 200).empty(303, "Not signed in: to /login").errors(&[503]); }, handler: || get(dashboard::outcomes_page) },
    Route { method: "post", path: "/dashboard/outcomes", summary: "Dashboard form: record closed deals from a CRM export (crm, csv, csrf)", role: Role::Session, spec: |s| { html(s.form::<dashboard::OutcomesForm>(), 200).empty(303, "Not signed in: to /login").errors(&[400, 403, 413, 415, 422, 503]); }, handler: || post(dashboard::import_outcomes) },
    Route { method: "post", path: "/dashboard/outcomes/links", summary: "Dashboard form: tracked links on or off (on, csrf)", role: Role::Session, spec: |s| { s.form::<dashboard::LinksForm>().empty(303, "Set, or not signed in").errors(&[403, 413, 415, 422, 503]); }, handler: || post(dashboard::set_links) },
    Route { method: "get", path: "/dashboard/taxonomy", summary: "Taxonomy page: the org's verticals and stages, their labels and CRM synonyms, with a preview of sample values", role: Role::Session, spec: |s| { html(s, 200).empty(303, "Not signed in: to /login").errors(&[503]); }, handler: || get(dashboard::taxonomy_page) },
    Route { method: "post", path: "/dashboard/taxonomy", summary: "Dashboard form: preview (do=preview) or save (do=save) the taxonomy rows (v_id, v_label, v_syn, s_…, samples, csrf)", role: Role::Session, spec: |s| { html(s.body("application/x-www-form-urlencoded", json!({ "type": "object" })), 200).empty(303, "Not signed in: to /login").errors(&[400, 403, 413, 415, 422, 503]); }, handler: || post(dashboard::taxonomy_post) },
    Route { method: "get", path: "/dashboard/health", summary: "Site health page: how often each field is found per site, drops called out, and the reader rules to publish", role: Role::Session, spec: |s| { html(s, 200).empty(303, "Not signed in: to /login").errors(&[503]); }, handler: || get(dashboard::health_page) },
    Route { method: "post", path: "/dashboard/health", summary: "Dashboard form: publish reader rules (rules, csrf)", role: Role::Session, spec: |s| { html(s.form::<dashboard::RulesForm>(), 200).empty(303, "Not signed in: to /login").errors(&[403, 413, 415, 422, 503]); }, handler: || post(dashboard::publish_rules) },
    Route { method: "post", path: "/dashboard/invite", summary: "Dashboard form: make an invitation link (name, team, uses, hours)", role: Role::Session, spec: |s| { html(s.form::<dashboard::Invite>(), 200).empty(303, "Not signed in: to /login").errors(&[403, 413, 415, 422, 503]); }, handler: || post(dashboard::invite) },
];

pub fn router(db: Db) -> Router {
    let mut r = Router::new();
    for route in ROUTES {
        r = r.route(route.path, (route.handler)());
    }
    // Above the 500 KB batch limit so the handler can answer 413 with its own message.
    r.layer(Extension(WriteGate::for_db(&db)))
        .layer(Extension(auth::Callers::default()))
        .layer(DefaultBodyLimit::max(1024 * 1024))
        .layer(axum::middleware::map_response(errors_as_json))
        .layer(axum::middleware::map_response(security_headers))
        .with_state(db)
}

/// On every answer: no script but the enrollment page's own (by hash), no framing, no MIME
/// sniffing, no referrer (an invitation link's code must not leak to a linked site).
async fn security_headers(mut res: axum::response::Response) -> axum::response::Response {
    use sha2::Digest;
    use std::sync::OnceLock;
    static CSP: OnceLock<String> = OnceLock::new();
    let csp = CSP.get_or_init(|| {
        use base64::Engine;
        // The inline scripts the server sends, each allowed by its hash: nothing else runs.
        let hash = |script: &str| format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(script.as_bytes())));
        let scripts = [crate::enroll::ENROLL_SCRIPT, dashboard::UPLOAD_SCRIPT, dashboard::JOIN_SCRIPT, dashboard::OUTCOMES_SCRIPT].map(hash).join(" ");
        format!("default-src 'none'; style-src 'unsafe-inline'; script-src {scripts}; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
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
    let plain = res.headers().get("content-type").is_none_or(|v| v.to_str().is_ok_and(|t| t.starts_with("text/plain")));
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
