//! The people page: the org's reps and admins, invitations for reps, a new admin, and a token
//! rotated or revoked — all in the browser, each form with the session's CSRF token.

use super::html::{html, Html};
use super::{csrf_field, header, page, signed_in, urlencode, INVITE_FORM};
use crate::auth::{create_user, set_token_hash, users_of, Callers, REVOKED};
use crate::db::Db;
use crate::error::ApiError;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde::Deserialize;
use sqlx::Row;

/// `GET /dashboard/people`.
pub async fn people_page(State(db): State<Db>, headers: HeaderMap) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    Ok(render(&db, &sess, Html::default()).await?.into_response())
}

async fn render(db: &Db, sess: &crate::session::Session, notice: Html) -> Result<Html, ApiError> {
    let users = users_of(db, &sess.caller.org_id).await?;
    let mut h = header(sess, "People");
    h.push(Html::raw("<main>"));
    h.push(notice);
    h.push(html!("{}{}</form>", Html::raw(INVITE_FORM), csrf_field(sess)));
    h.push(html!(
        "<h2>Add an admin</h2><p>Admins manage the library and see the reports. Their token is shown once, here.</p><form id=\"add-admin\" class=\"filters\" method=\"post\" action=\"/dashboard/people/new/admin\">{}<label>Name<input name=\"name\" required maxlength=\"200\"></label><label>Team<input name=\"team\" maxlength=\"200\"></label><button type=\"submit\">Add admin</button></form>",
        csrf_field(sess)
    ));
    h.push(Html::raw("<h2>Reps and admins</h2><table id=\"people\"><tr><th>name</th><th>role</th><th>team</th><th>token</th><th></th></tr>"));
    for u in &users {
        let act = |action: &str, label: &str| {
            html!(
                "<form method=\"post\" action=\"/dashboard/people/{}/{}\" style=\"display:inline\">{}<button type=\"submit\">{}</button></form>",
                urlencode(&u.id),
                action,
                csrf_field(sess),
                label
            )
        };
        let me = u.id == sess.caller.user_id;
        h.push(html!(
            "<tr data-id=\"{}\"><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            &u.id,
            &u.name,
            if me { " (you)" } else { "" },
            &u.role,
            &u.team,
            if u.revoked { Html::raw("<span class=\"pill err\">revoked</span>") } else { Html::raw("<span class=\"pill\">active</span>") },
            if me { Html::default() } else { html!("{} {}", act("rotate", "New token"), if u.revoked { Html::default() } else { act("revoke", "Revoke") }) }
        ));
    }
    h.push(Html::raw("</table>"));
    h.push(clients_table(db, &sess.caller.org_id).await?);
    h.push(Html::raw("</main>"));
    Ok(page("Handoff — people", h))
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct PersonForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: String,
}

/// `POST /dashboard/people/{id}/{action}`: `rotate` or `revoke` a user's token (never one's
/// own: that would end this session), or with id `new` and action `admin`, add an admin.
/// A new token is shown once.
pub async fn person_action(
    State(db): State<Db>,
    Extension(callers): Extension<Callers>,
    headers: HeaderMap,
    Path((id, action)): Path<(String, String)>,
    Form(form): Form<PersonForm>,
) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, Some(&form.csrf)).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let who = &sess.caller;
    let shown =
        |what: &str, token: &str| html!("<p class=\"ok\" role=\"status\">{}. Its token, shown only now: <code id=\"new-token\">{}</code></p>", what, token);
    let notice = match (id.as_str(), action.as_str()) {
        ("new", "admin") => {
            if form.name.trim().is_empty() {
                return Err(ApiError::bad_request("an admin needs a name"));
            }
            let token = create_user(&db, &who.org_id, form.name.trim(), "admin", form.team.trim()).await?;
            shown(&format!("{} is an admin", form.name.trim()), &token)
        }
        (id, _) if id == who.user_id => return Err(ApiError::bad_request("you cannot change your own token here: it would end this session")),
        (id, "rotate") => {
            let token = crate::auth::new_token();
            set_token_hash(&db, &callers, who, id, &crate::auth::hash_token(&token)).await?;
            shown("A new token was made; the old one and its sessions stopped working", &token)
        }
        (id, "revoke") => {
            set_token_hash(&db, &callers, who, id, &format!("{REVOKED}{}", uuid::Uuid::new_v4().simple())).await?;
            Html::raw("<p class=\"ok\" role=\"status\">The token was revoked: that browser no longer syncs, and its dashboard sessions ended.</p>")
        }
        (_, other) => return Err(ApiError::bad_request(format!("unknown action {other:?}"))),
    };
    Ok(render(&db, &sess, notice).await?.into_response())
}

/// The extensions that synced: whose, which version, when, and whether their library is
/// current (a rep whose browser stopped syncing shows here first).
async fn clients_table(db: &Db, org: &str) -> Result<Html, ApiError> {
    let current: i64 = sqlx::query("SELECT library_version FROM orgs WHERE id = $1")
        .bind(org)
        .fetch_one(db)
        .await
        .map_err(ApiError::db)?
        .try_get("library_version")
        .map_err(ApiError::db)?;
    let rows = sqlx::query(
        "SELECT u.name, c.client, c.last_sync_ms, c.version FROM clients c JOIN users u ON u.id = c.user_id WHERE c.org_id = $1 ORDER BY c.last_sync_ms DESC",
    )
    .bind(org)
    .fetch_all(db)
    .await
    .map_err(ApiError::db)?;
    if rows.is_empty() {
        return Ok(Html::raw("<h2>Extensions seen</h2><p>No extension has synced yet.</p>"));
    }
    let now = crate::db::now_ms();
    let mut h = Html::raw("<h2>Extensions seen</h2><table id=\"clients\"><tr><th>rep</th><th>extension</th><th>last sync</th><th>library</th></tr>");
    for r in &rows {
        let get = |c: &str| r.try_get::<String, _>(c).unwrap_or_default();
        let (last, version) = (r.try_get::<i64, _>("last_sync_ms").unwrap_or(0), r.try_get::<i64, _>("version").unwrap_or(0));
        let ago = match (now - last) / 60_000 {
            m if m < 1 => "just now".to_string(),
            m if m < 120 => format!("{m} min ago"),
            m if m < 48 * 60 => format!("{} h ago", m / 60),
            m => format!("{} days ago", m / 1440),
        };
        let state = if version >= current {
            Html::raw("<span class=\"pill\">up to date</span>")
        } else {
            html!("<span class=\"pill err\">{} version{} behind</span>", current - version, if current - version == 1 { "" } else { "s" })
        };
        h.push(html!("<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>", get("name"), get("client"), ago, state));
    }
    h.push(Html::raw("</table>"));
    Ok(h)
}
