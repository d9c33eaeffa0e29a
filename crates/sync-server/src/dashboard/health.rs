//! The site health page: how often the readers found each field on each site in the last 7
//! days against the 7 before, drops called out in words, and the reader rules an admin
//! publishes to fix a changed CRM page without an extension release.

use super::html::{html, Html};
use super::{csrf_field, header, page, signed_in};
use crate::db::Db;
use crate::error::ApiError;
use crate::health::field_health;
use crate::library::{put_extra, reader_rules};
use axum::extract::{Form, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use sqlx::Row;

fn site_name(id: &str) -> String {
    match id {
        "gmail" => "Gmail".into(),
        "outlook" => "Outlook".into(),
        "salesforce" => "Salesforce".into(),
        "hubspot" => "HubSpot".into(),
        "dynamics" => "Dynamics 365".into(),
        "pipedrive" => "Pipedrive".into(),
        other => other.to_string(),
    }
}

/// `GET /dashboard/health`.
pub async fn health_page(State(db): State<Db>, headers: HeaderMap) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let rules: Option<String> = sqlx::query("SELECT reader_rules FROM orgs WHERE id = $1")
        .bind(&sess.caller.org_id)
        .fetch_one(&db)
        .await
        .map_err(ApiError::db)?
        .try_get("reader_rules")
        .map_err(ApiError::db)?;
    Ok(render(&db, &sess, rules.as_deref().unwrap_or(""), Html::default()).await?.into_response())
}

async fn render(db: &Db, sess: &crate::session::Session, rules: &str, notice: Html) -> Result<Html, ApiError> {
    let fields = field_health(db, &sess.caller.org_id).await?;
    let mut h = header(sess, "Site health");
    h.push(Html::raw("<main>"));
    h.push(notice);
    let drops: Html = fields
        .iter()
        .filter_map(|f| {
            f.drop_since.as_ref().map(|since| {
                html!(
                    "<li><b>{} {}</b> not found on {:.0}% of pages since {} (was {:.0}% the week before).</li>",
                    site_name(&f.site),
                    &f.field,
                    100.0 - f.found_pct,
                    since,
                    100.0 - f.before_pct
                )
            })
        })
        .collect();
    if drops.is_empty() {
        h.push(Html::raw("<p id=\"drops\" class=\"ok\">No drop: every field is found about as often as the week before.</p>"));
    } else {
        h.push(html!(
            "<ul id=\"drops\" class=\"err\" role=\"alert\">{}</ul><p>A page the CRM changed is the usual cause: publish newer reader rules below.</p>",
            drops
        ));
    }
    h.push(Html::raw("<h2>How often each field is found (pages read by reps' extensions; counts only, no page text)</h2><table id=\"health\"><tr><th>site</th><th>field</th><th>last 7 days</th><th>pages</th><th>the 7 before</th><th>pages</th></tr>"));
    for f in &fields {
        let cls = if f.drop_since.is_some() { "n gap" } else { "n" };
        let before = if f.before_pages == 0 { "—".to_string() } else { format!("{:.0}%", f.before_pct) };
        h.push(html!(
            "<tr data-site=\"{}\" data-field=\"{}\"><td>{}</td><td>{}</td><td class=\"{}\">{:.0}%</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            &f.site,
            &f.field,
            site_name(&f.site),
            &f.field,
            cls,
            f.found_pct,
            f.pages,
            before,
            f.before_pages
        ));
    }
    h.push(Html::raw("</table>"));
    h.push(html!(
        "<h2>Reader rules</h2><p>Selectors and field labels per site, with a version (the extension's own rules are in <code>crates/readers/src/rules.json</code>). Extensions take newer rules at their next sync.</p><form method=\"post\" id=\"rules\">{}<textarea name=\"rules\" rows=\"10\" spellcheck=\"false\" placeholder='{{\"version\": \"2026-12-05\", \"sites\": {{\"salesforce\": {{ … }}}}}}'>{}</textarea><p><button type=\"submit\">Publish rules</button></p></form>",
        csrf_field(sess),
        rules
    ));
    h.push(Html::raw("</main>"));
    Ok(page("Handoff — site health", h))
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct RulesForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    rules: String,
}

/// `POST /dashboard/health`: publishes reader rules (checked as the API checks them).
pub async fn publish_rules(State(db): State<Db>, headers: HeaderMap, Form(form): Form<RulesForm>) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, Some(&form.csrf)).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let notice = match reader_rules(&form.rules) {
        Ok(r) => {
            let version = put_extra(&db, &sess.caller, "reader_rules", &form.rules).await?.0.version;
            html!("<p class=\"ok\" role=\"status\">Rules {} published as library version {}: extensions use them at their next sync.</p>", &r.version, &version)
        }
        Err(e) => html!("<p class=\"err\" role=\"alert\">Not published: {}</p>", &e),
    };
    Ok(render(&db, &sess, &form.rules, notice).await?.into_response())
}
