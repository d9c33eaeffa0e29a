//! The people page: the org's reps and admins, invitations for reps, a new admin, and a token
//! rotated or revoked — all in the browser, each form with the session's CSRF token.

use super::{csrf_field, esc, header, page, signed_in, urlencode, INVITE_FORM};
use crate::auth::{create_user, set_token_hash, users_of, Callers, REVOKED};
use crate::db::Db;
use crate::error::ApiError;
use axum::extract::{Form, Path, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Extension;
use serde::Deserialize;

/// `GET /dashboard/people`.
pub async fn people_page(State(db): State<Db>, headers: HeaderMap) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    Ok(render(&db, &sess, "").await?.into_response())
}

async fn render(db: &Db, sess: &crate::session::Session, notice: &str) -> Result<axum::response::Html<String>, ApiError> {
    let users = users_of(db, &sess.caller.org_id).await?;
    let mut h = header(sess, "People");
    h.push_str("<main>");
    h.push_str(notice);
    h.push_str(&INVITE_FORM.replace("</form>", &format!("{}</form>", csrf_field(sess))));
    h.push_str(&format!(
        "<h2>Add an admin</h2><p>Admins manage the library and see the reports. Their token is shown once, here.</p><form id=\"add-admin\" class=\"filters\" method=\"post\" action=\"/dashboard/people/new/admin\">{}<label>Name<input name=\"name\" required maxlength=\"200\"></label><label>Team<input name=\"team\" maxlength=\"200\"></label><button type=\"submit\">Add admin</button></form>",
        csrf_field(sess)
    ));
    h.push_str("<h2>Reps and admins</h2><table id=\"people\"><tr><th>name</th><th>role</th><th>team</th><th>token</th><th></th></tr>");
    for u in &users {
        let act = |action: &str, label: &str| format!("<form method=\"post\" action=\"/dashboard/people/{}/{action}\" style=\"display:inline\">{}<button type=\"submit\">{label}</button></form>", esc(&urlencode(&u.id)), csrf_field(sess));
        let me = u.id == sess.caller.user_id;
        h.push_str(&format!(
            "<tr data-id=\"{}\"><td>{}{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            esc(&u.id), esc(&u.name), if me { " (you)" } else { "" }, esc(&u.role), esc(&u.team),
            if u.revoked { "<span class=\"pill err\">revoked</span>" } else { "<span class=\"pill\">active</span>" },
            if me { String::new() } else { format!("{} {}", act("rotate", "New token"), if u.revoked { String::new() } else { act("revoke", "Revoke") }) }
        ));
    }
    h.push_str("</table></main>");
    Ok(page("Handoff — people", &h))
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
pub async fn person_action(State(db): State<Db>, Extension(callers): Extension<Callers>, headers: HeaderMap, Path((id, action)): Path<(String, String)>, Form(form): Form<PersonForm>) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, Some(&form.csrf)).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let who = &sess.caller;
    let shown = |what: &str, token: &str| format!("<p class=\"ok\" role=\"status\">{}. Its token, shown only now: <code id=\"new-token\">{}</code></p>", esc(what), esc(token));
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
            "<p class=\"ok\" role=\"status\">The token was revoked: that browser no longer syncs, and its dashboard sessions ended.</p>".to_string()
        }
        (_, other) => return Err(ApiError::bad_request(format!("unknown action {other:?}"))),
    };
    Ok(render(&db, &sess, &notice).await?.into_response())
}
