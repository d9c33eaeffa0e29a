//! The outcomes page: which content was used in deals that were won or lost, each win rate
//! beside its cell's baseline and its interval, and the import of a CRM export of closed deals.

use super::html::{html, Html};
use super::{csrf_field, header, page, signed_in};
use crate::db::Db;
use crate::error::ApiError;
use crate::outcomes::{import_closed, outcomes_data, OutcomeRow};
use crate::reports::Filters;
use axum::extract::{Form, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use handoff_core::taxonomy::Facet;
use serde::Deserialize;

/// Loads a chosen export file into the form's text field (the form posts it as text).
pub const OUTCOMES_SCRIPT: &str = r#"document.getElementById('file').addEventListener('change',e=>{const f=e.target.files[0];if(f)f.text().then(t=>{document.getElementById('csv').value=t})});"#;

/// `GET /dashboard/outcomes`.
pub async fn outcomes_page(State(db): State<Db>, headers: HeaderMap) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    Ok(render(&db, &sess, Html::default()).await?.into_response())
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct OutcomesForm {
    #[serde(default)]
    csrf: String,
    crm: String,
    csv: String,
}

/// `POST /dashboard/outcomes`: an export of closed deals, pasted or loaded from a file.
pub async fn import_outcomes(State(db): State<Db>, headers: HeaderMap, Form(form): Form<OutcomesForm>) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, Some(&form.csrf)).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let tax = crate::library::org_taxonomy(&db, &sess.caller.org_id).await?;
    let notice = match import_closed(&db, &sess.caller.org_id, &form.crm, &form.csv, &tax).await {
        Ok(done) => {
            let problems: Html = done.problems.iter().take(20).map(|p| html!("<li>{}</li>", p)).collect();
            html!(
                "<p class=\"ok\" id=\"imported\">{} closed deals recorded; {} rows still open left out; {} problem(s).</p><ul>{}</ul>",
                done.recorded,
                done.open,
                done.problems.len(),
                problems
            )
        }
        Err(e) => html!("<p class=\"err\" id=\"imported\">{}</p>", &e.message),
    };
    Ok(render(&db, &sess, notice).await?.into_response())
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct LinksForm {
    #[serde(default)]
    csrf: String,
    /// "1" turns tracked links on, anything else off.
    #[serde(default)]
    on: String,
}

/// `POST /dashboard/outcomes/links`: tracked links on or off for the org.
pub async fn set_links(State(db): State<Db>, headers: HeaderMap, Form(form): Form<LinksForm>) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, Some(&form.csrf)).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    crate::outcomes::set_tracked_links(&db, &sess.caller.org_id, form.on == "1").await?;
    Ok(axum::response::Redirect::to("/dashboard/outcomes").into_response())
}

fn pct(x: Option<f64>) -> String {
    x.map_or("—".into(), |v| format!("{:.0}%", v * 100.0))
}

fn row_html(r: &OutcomeRow, cell: &str) -> Html {
    let interval = match (r.win_low, r.win_high) {
        (Some(lo), Some(hi)) => format!("{}–{}", pct(Some(lo)), pct(Some(hi))),
        _ => "—".into(),
    };
    // Fewer than 10 decided deals: say so rather than let a rate read as a trend.
    let few = if r.won + r.lost < 10 { Html::raw(" <span class=\"pill\">few deals</span>") } else { Html::default() };
    html!(
        "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
        if r.title.is_empty() { &r.item_id } else { &r.title },
        cell,
        r.deals,
        r.won,
        r.lost,
        r.open,
        pct(r.win_rate),
        few,
        interval,
        pct(r.baseline_win_rate),
        r.median_days_to_close.map_or("—".into(), |d| format!("{d:.0}")),
    )
}

const HEAD: &str = "<tr><th>Item</th><th>Vertical · stage</th><th>Deals</th><th>Won</th><th>Lost</th><th>Open</th><th>Win rate</th><th>95% interval</th><th>Baseline</th><th>Median days to close</th></tr>";

async fn render(db: &Db, sess: &crate::session::Session, notice: Html) -> Result<Html, ApiError> {
    let org = &sess.caller.org_id;
    let data = outcomes_data(db, org, &Filters::default()).await?;
    let tax = crate::library::org_taxonomy(db, org).await?;
    let cell = |r: &OutcomeRow| {
        if r.vertical.is_empty() && r.stage.is_empty() {
            "all".to_string()
        } else {
            format!("{} · {}", tax.label(Facet::Vertical, &r.vertical), tax.label(Facet::Stage, &r.stage))
        }
    };
    let own: Vec<&OutcomeRow> = data.items.iter().filter(|r| r.vertical.is_empty() && r.stage.is_empty()).collect();
    let mut won: Vec<&&OutcomeRow> = own.iter().filter(|r| r.won > 0).collect();
    won.sort_by(|a, b| b.won.cmp(&a.won).then_with(|| a.item_id.cmp(&b.item_id)));
    let mut lost: Vec<&&OutcomeRow> = own.iter().filter(|r| r.lost > 0).collect();
    lost.sort_by(|a, b| b.lost.cmp(&a.lost).then_with(|| a.item_id.cmp(&b.item_id)));
    let table = |id: &str, rows: &mut dyn Iterator<Item = &OutcomeRow>| {
        let body: Html = rows.map(|r| row_html(r, &cell(r))).collect();
        if body.is_empty() {
            Html::raw("<p>None yet.</p>")
        } else {
            html!("<table id=\"{}\">{}{}</table>", id, Html::raw(HEAD), body)
        }
    };
    let d = data.deals;
    let tracked = crate::outcomes::tracked_links(db, org).await?;
    let links = html!(
        "<h2>Tracked links</h2><form method=\"post\" action=\"/dashboard/outcomes/links\" id=\"tracked-links\">{}<input type=\"hidden\" name=\"on\" value=\"{}\"><p>{} <button type=\"submit\">{}</button></p></form>",
        csrf_field(sess),
        if tracked { "0" } else { "1" },
        if tracked { Html::raw("<b>On.</b> Links reps insert go through this server, which counts each open by the prospect per item and deal (no address, browser or cookie is kept) and sends them on; the counts are in the overview's Content used table.") } else { Html::raw("<b>Off.</b> Links reps insert point at the asset itself. Turned on, they go through this server, which counts each open per item and deal (no address, browser or cookie is kept).") },
        if tracked { "Turn off" } else { "Turn on" },
    );
    let mut h = header(sess, "Outcomes");
    h.push(html!(
        "<main>{}<p>Deals are known by a key the extension makes from the CRM record in the browser: no deal id, name or amount reaches this server from the extension. A deal counts for an item when a rep inserted it while working on that deal; it is won or lost when a rep opened it closed, or an export below says so.</p>\
         <div class=\"tiles\"><div class=\"tile\"><b>{}</b>deals with content</div><div class=\"tile\"><b>{}</b>won</div><div class=\"tile\"><b>{}</b>lost</div><div class=\"tile\"><b>{}</b>still open</div></div>\
         <h2>Content in won deals <a class=\"csv\" href=\"/dashboard/export/outcomes\" style=\"font-size:12px;font-weight:400\">CSV</a></h2>{}\
         <h2>Content used in lost deals</h2>{}\
         <h2>By vertical and stage</h2><p>Each win rate is read against its cell's baseline: the win rate of every deal that had any content inserted in that vertical and stage. The interval is wide on few deals.</p>{}\
         {}<h2>Add closed deals from your CRM</h2><p>A CSV export of opportunities or deals with an id, a stage and a close date (amount and other columns are not read). Closed won and closed lost rows are recorded under their keys; deals no rep reopened count too.</p>\
         <form method=\"post\" action=\"/dashboard/outcomes\" id=\"outcomes-import\">{}<p><label>CRM<select name=\"crm\"><option value=\"salesforce\">Salesforce</option><option value=\"hubspot\">HubSpot</option><option value=\"dynamics\">Dynamics 365</option><option value=\"pipedrive\">Pipedrive</option></select></label></p><p><label>Export file<input type=\"file\" id=\"file\" accept=\".csv,text/csv\"></label></p><p><label>or paste it<textarea name=\"csv\" id=\"csv\" rows=\"6\" placeholder=\"Id,Stage,Amount,Close Date\"></textarea></label></p><p><button type=\"submit\">Record closed deals</button></p></form><script>{}</script></main>",
        notice,
        d.deals,
        d.won,
        d.lost,
        d.open,
        table("won-deals", &mut won.iter().map(|r| **r)),
        table("lost-deals", &mut lost.iter().map(|r| **r)),
        table("outcome-cells", &mut data.items.iter().filter(|r| !(r.vertical.is_empty() && r.stage.is_empty()))),
        links,
        csrf_field(sess),
        Html::raw(OUTCOMES_SCRIPT),
    ));
    Ok(page("Handoff — outcomes", h))
}
