//! An admin's invitation: the link opens this page, which posts the code (kept in the link's
//! fragment, never sent by the browser on its own) with the new admin's name; the server takes
//! the invitation, signs them in and shows their token once.

use super::html::{html, Html};
use super::page;
use crate::db::Db;
use crate::enroll::take_invitation;
use crate::error::ApiError;
use crate::session;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

/// The join page's one script (allowed by its hash in the CSP): the code from the fragment
/// into the form.
pub const JOIN_SCRIPT: &str = "document.getElementById('code').value = new URLSearchParams(location.hash.slice(1)).get('code') || '';";

/// `GET /join`.
pub async fn join_page() -> Html {
    page(
        "Handoff — join",
        html!("<main><h1>Join your team's Handoff dashboard</h1><p>This invitation makes you an admin: you manage the content library, reps' proposals and invitations, and see the reports.</p><form method=\"post\" action=\"/join\" id=\"join\"><input type=\"hidden\" name=\"code\" id=\"code\"><p><label>Your name<input name=\"name\" maxlength=\"200\"></label></p><p><button type=\"submit\">Join and sign in</button></p></form><script>{}</script></main>", Html::raw(JOIN_SCRIPT)),
    )
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct Join {
    #[serde(default)]
    code: String,
    #[serde(default)]
    #[schemars(length(max = 200))]
    name: String,
}

/// `POST /join`: takes the admin invitation (once), opens a dashboard session and shows the new
/// admin's token once, to sign in again later.
pub async fn join(State(db): State<Db>, headers: HeaderMap, Form(form): Form<Join>) -> Result<Response, ApiError> {
    let me = match take_invitation(&db, &form.code, "admin", &form.name).await {
        Ok(me) => me,
        Err(e) if e.status.is_client_error() => {
            let body = html!("<main><h1>Handoff</h1><p role=\"alert\">{}</p></main>", &e.message);
            return Ok((e.status, page("Handoff — join", body)).into_response());
        }
        Err(e) => return Err(e),
    };
    let token = me.token.unwrap_or_default();
    let cookie = session::open(&db, &crate::auth::hash_token(&token), &headers).await?;
    let body = html!(
        "<main><h1>Welcome, {}</h1><p>You are an admin of {} on Handoff.</p><p>Your token, shown only now — keep it in your password manager to sign in again:</p><p><code id=\"new-token\">{}</code></p><p><a href=\"/dashboard\">Open the dashboard</a></p></main>",
        &me.name,
        &me.org,
        &token
    );
    Ok((StatusCode::OK, [("set-cookie", cookie)], page("Handoff — welcome", body)).into_response())
}
