//! Marketing's dashboard: server-rendered HTML (no script), behind a login with an admin token
//! kept in an HttpOnly cookie. Every page is built with `html!` (html.rs): values are escaped by type.

use crate::auth::hash_token;
use crate::db::Db;
use crate::enroll::create_enrollment;
use crate::error::ApiError;
use crate::reports::{adoption_data, columns, csv, gaps_data, timeline_data, unused_data, usage_data, Day, Filters};
use crate::session::{self, Session};
use axum::extract::{Form, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use html::{html, Html};
use serde::Deserialize;
use sqlx::Row;

mod health;
mod html;
mod join;
mod library;
mod outcomes;
mod people;
mod taxonomy;
mod upload;
pub use health::{health_page, publish_rules, RulesForm};
pub use join::{join, join_page, Join, JOIN_SCRIPT};
pub use library::{bulk, item_page, library_page, save_item, ItemForm, LibraryFilters};
pub use outcomes::{import_outcomes, outcomes_page, set_links, LinksForm, OutcomesForm, OUTCOMES_SCRIPT};
pub use people::{people_page, person_action, PersonForm};
pub use taxonomy::{taxonomy_page, taxonomy_post};
pub use upload::{upload, upload_page, UploadQuery, Uploaded, UPLOAD_LIMIT, UPLOAD_PATH, UPLOAD_SCRIPT};

const STYLE: &str = ".bar{height:10px;background:#1e8e3e;border-radius:2px}a{color:#0b57d0}.err{color:#a50e0e}.ok{color:#1e8e3e}textarea{width:100%;font:inherit}.pill{display:inline-block;padding:0 8px;border-radius:10px;background:#eef2f9;font-size:12px}body{font:14px/1.5 system-ui,sans-serif;margin:0;color:#1f1f1f;background:#f6f8fc}header{background:#0b57d0;color:#fff;padding:12px 24px;display:flex;gap:24px;align-items:center}main{padding:16px 24px;max-width:1280px}h1{font-size:20px;margin:0}h2{font-size:16px;margin:24px 0 8px}.tiles{display:flex;gap:12px;flex-wrap:wrap}.tile{background:#fff;border-radius:8px;padding:12px 16px;min-width:160px;box-shadow:0 1px 2px rgba(0,0,0,.1)}.tile b{display:block;font-size:24px}table{border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 2px rgba(0,0,0,.1)}th,td{padding:6px 10px;text-align:left;border-bottom:1px solid #eee}th{background:#eef2f9;font-weight:600}td.n{text-align:right}.heat td{text-align:center;min-width:70px}.gap{background:#fce8e6;color:#a50e0e;font-weight:600}form.filters{display:flex;gap:8px;align-items:end;margin:12px 0}label{font-size:12px;color:#444;display:flex;flex-direction:column}input,select{padding:4px 6px}button{padding:6px 14px;border-radius:16px;border:0;background:#0b57d0;color:#fff}";

fn page(title: &str, body: Html) -> Html {
    html!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{}</title><style>{}</style></head><body>{}</body></html>",
        title,
        Html::raw(STYLE),
        body
    )
}

pub async fn login_page() -> Html {
    page("Handoff — sign in", Html::raw("<main><h1>Handoff for marketing</h1><form method=\"post\" action=\"/login\"><p><label>Admin token<input type=\"password\" name=\"token\" autocomplete=\"off\" required></label></p><p><button type=\"submit\">Sign in</button></p></form></main>"))
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct Login {
    token: String,
}

pub async fn login(State(db): State<Db>, headers: HeaderMap, Form(form): Form<Login>) -> Result<Response, ApiError> {
    let token_hash = hash_token(form.token.trim());
    let row = sqlx::query("SELECT role FROM users WHERE token_hash = $1").bind(&token_hash).fetch_optional(&db).await.map_err(ApiError::db)?;
    match row.map(|r| r.try_get::<String, _>("role")) {
        Some(Ok(role)) if role == "admin" => {
            let cookie = session::open(&db, &token_hash, &headers).await?;
            Ok((StatusCode::SEE_OTHER, [("set-cookie", cookie), ("location", "/dashboard".to_string())]).into_response())
        }
        _ => Ok((
            StatusCode::UNAUTHORIZED,
            page(
                "Handoff — sign in",
                Html::raw(
                    "<main><h1>Handoff for marketing</h1><p role=\"alert\">That token is not an admin token.</p><p><a href=\"/login\">Try again</a></p></main>",
                ),
            ),
        )
            .into_response()),
    }
}

/// The signed-in admin, or the answer to give instead: the login page without a session, 403
/// when a posted form's CSRF field is not this session's.
async fn signed_in(db: &Db, headers: &HeaderMap, posted_csrf: Option<&str>) -> Result<Result<Session, Response>, ApiError> {
    let Some(sess) = admin_session(db, headers).await? else { return Ok(Err(Redirect::to("/login").into_response())) };
    if posted_csrf.is_some_and(|c| !session::csrf_ok(&sess, c)) {
        return Err(ApiError::forbidden("this form is not from your dashboard (CSRF token missing or wrong)"));
    }
    Ok(Ok(sess))
}

/// The top bar of every signed-in page: where you are, the other pages, and signing out.
fn header(sess: &Session, here: &str) -> Html {
    let links = [
        ("/dashboard", "Overview"),
        ("/dashboard/library", "Library"),
        ("/dashboard/people", "People"),
        ("/dashboard/outcomes", "Outcomes"),
        ("/dashboard/taxonomy", "Taxonomy"),
        ("/dashboard/health", "Site health"),
    ]
    .iter()
    .map(|(href, name)| if *name == here { html!("<b>{}</b>", name) } else { html!("<a href=\"{}\" style=\"color:#fff\">{}</a>", href, name) });
    html!("<header><h1>Handoff · {}</h1><nav style=\"display:flex;gap:16px\">{}</nav>{}</header>", here, Html::join(links, " "), logout_form(sess))
}

/// The signed-in admin's session, or `None` (the caller sends them to the login page).
async fn admin_session(db: &Db, headers: &HeaderMap) -> Result<Option<Session>, ApiError> {
    Ok(session::current(db, headers).await?.filter(|s| s.caller.role == "admin"))
}

/// `POST /logout`: ends the session (its CSRF token required) and clears the cookie.
pub async fn logout(State(db): State<Db>, headers: HeaderMap, Form(form): Form<Csrf>) -> Result<Response, ApiError> {
    if let Some(s) = admin_session(&db, &headers).await? {
        if !session::csrf_ok(&s, &form.csrf) {
            return Err(ApiError::forbidden("this form is not from your dashboard (CSRF token missing or wrong)"));
        }
        session::end(&db, &headers).await?;
    }
    Ok((StatusCode::SEE_OTHER, [("set-cookie", session::cleared(&headers)), ("location", "/login".to_string())]).into_response())
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct Csrf {
    #[serde(default)]
    csrf: String,
}

pub async fn dashboard(State(db): State<Db>, headers: HeaderMap, Query(f): Query<Filters>) -> Result<Response, ApiError> {
    let Some(sess) = admin_session(&db, &headers).await? else { return Ok(Redirect::to("/login").into_response()) };
    let who = &sess.caller;
    let org = &who.org_id;
    let usage = usage_data(&db, org, &f).await?;
    let unused = unused_data(&db, org, &f).await?;
    let gaps = gaps_data(&db, org, &f).await?;
    let reps = adoption_data(&db, org, &f).await?;
    let proposals: i64 = sqlx::query("SELECT COUNT(*) AS n FROM items WHERE org_id = $1 AND proposed_by IS NOT NULL AND status = 'draft'")
        .bind(org)
        .fetch_one(&db)
        .await
        .map_err(ApiError::db)?
        .try_get("n")
        .map_err(ApiError::db)?;
    let items = &usage.items;
    let searches = &gaps.searches_without_result;
    let unused_list = &unused.unused;

    let mut h = header(&sess, "Overview");
    h.push(Html::raw("<main>"));
    h.push(html!(
        "<form class=\"filters\" method=\"get\"><label>From<input type=\"date\" name=\"from\" value=\"{}\"></label><label>To<input type=\"date\" name=\"to\" value=\"{}\"></label><label>Team<input name=\"team\" value=\"{}\"></label><button type=\"submit\">Apply</button></form>",
        f.from.as_deref().unwrap_or(""), f.to.as_deref().unwrap_or(""), f.team.as_deref().unwrap_or("")
    ));
    h.push(html!(
        "<section class=\"tiles\" aria-label=\"Summary\"><div class=\"tile\" id=\"tile-inserted\"><b>{}</b>inserts</div><div class=\"tile\" id=\"tile-shown\"><b>{}</b>suggestions shown</div><div class=\"tile\" id=\"tile-unused\"><b>{:.0}%</b>of {} approved items never inserted</div><div class=\"tile\" id=\"tile-searches\"><b>{}</b>searches with no result</div><div class=\"tile\" id=\"tile-proposals\"><b>{}</b>proposals to review</div></section>",
        items.iter().map(|i| i.inserted).sum::<i64>(), items.iter().map(|i| i.shown).sum::<i64>(), unused.unused_share * 100.0, unused.approved, searches.iter().map(|s| s.count).sum::<i64>(), proposals
    ));

    // Heat map: approved coverage per vertical × stage, with inserts; gaps in red.
    let cells = &gaps.cells;
    let usage_cells = &usage.cells;
    let mut verticals: Vec<String> = Vec::new();
    let mut stages: Vec<String> = Vec::new();
    for c in cells {
        if !verticals.contains(&c.vertical) {
            verticals.push(c.vertical.clone());
        }
        if !stages.contains(&c.stage) {
            stages.push(c.stage.clone());
        }
    }
    let max_ins = usage_cells.iter().map(|c| c.inserted).max().unwrap_or(0).max(1);
    let query = filters_query(&f);
    let csv_link = |report: &str| html!(" <a class=\"csv\" href=\"/dashboard/export/{}{}\" style=\"font-size:12px;font-weight:400\">CSV</a>", report, &query);
    let timeline = timeline_data(&db, org, &f).await?;
    h.push(html!("<h2>Use over time{}</h2>", csv_link("timeline")));
    h.push(timeline_chart(&timeline.days));
    h.push(Html::raw("<h2>Coverage and use by vertical × stage</h2><p>Each cell: approved items that fit / inserts. Red: no approved content, or rated poorly.</p><table class=\"heat\" id=\"heatmap\"><tr><th>vertical</th>"));
    for s in &stages {
        h.push(html!("<th>{}</th>", s));
    }
    h.push(Html::raw("</tr>"));
    for v in &verticals {
        h.push(html!("<tr><th>{}</th>", v));
        for s in &stages {
            let c = cells.iter().find(|c| &c.vertical == v && &c.stage == s);
            let ins = usage_cells.iter().find(|c| &c.vertical == v && &c.stage == s).map_or(0, |c| c.inserted);
            let gap = c.is_some_and(|c| c.gap);
            let alpha = ins as f64 / max_ins as f64 * 0.8;
            let style = if gap { Html::default() } else { html!(" style=\"background:rgba(30,142,62,{:.2})\"", alpha) };
            h.push(html!(
                "<td class=\"{}\" data-vertical=\"{}\" data-stage=\"{}\"{}>{} / {}</td>",
                if gap { "gap" } else { "" },
                v,
                s,
                style,
                c.map_or(0, |c| c.approved),
                ins
            ));
        }
        h.push(Html::raw("</tr>"));
    }
    h.push(Html::raw("</table>"));

    h.push(html!("<h2>Content used{}</h2><table id=\"usage\"><tr><th>item</th><th>shown</th><th>inserted</th><th>opened</th><th>insert rate</th><th>liked</th><th>disliked</th><th></th></tr>", csv_link("usage")));
    let most = items.iter().map(|i| i.inserted).max().unwrap_or(0).max(1);
    for i in items.iter().take(25) {
        h.push(html!("<tr data-id=\"{}\"><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td class=\"n\">{:.0}%</td><td class=\"n\">{}</td><td class=\"n\">{}</td><td><div class=\"bar\" style=\"width:{}px\"></div></td></tr>", &i.item_id, if i.title.is_empty() { &i.item_id } else { &i.title }, i.shown, i.inserted, i.opened, i.insert_rate * 100.0, i.up, i.down, i.inserted * 160 / most));
    }
    h.push(Html::raw("</table>"));
    h.push(html!("<h2>What reps searched for and did not find{}</h2>", csv_link("gaps")));
    h.push(Html::raw("<table id=\"searches\"><tr><th>search</th><th>times</th></tr>"));
    for s in searches.iter().take(25) {
        h.push(html!("<tr><td>{}</td><td class=\"n\">{}</td></tr>", &s.query, s.count));
    }
    h.push(Html::raw("</table>"));
    h.push(html!("<h2>Never inserted ({} items){}</h2><table id=\"unused\"><tr><th>item</th><th>kind</th></tr>", unused_list.len(), csv_link("unused")));
    for u in unused_list.iter().take(50) {
        h.push(html!("<tr><td>{}</td><td>{}</td></tr>", &u.title, &u.kind));
    }
    h.push(html!("</table><h2>Adoption by rep{}</h2>", csv_link("adoption")));
    h.push(Html::raw("<table id=\"adoption\"><tr><th>rep</th><th>team</th><th>events</th><th>inserts</th></tr>"));
    for r in &reps {
        h.push(html!(
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            if r.name.is_empty() { &r.rep } else { &r.name },
            &r.team,
            r.events,
            r.inserted
        ));
    }
    h.push(Html::raw("</table>"));
    h.push(proposals_section(&crate::library::proposals_data(&db, org).await?, &sess));
    h.push(Html::raw("</main>"));
    Ok(page("Handoff — marketing dashboard", h).into_response())
}

/// Reps' proposed snippets, each with what it says, who proposed it for which vertical and
/// stage, and the two decisions marketing makes on it.
fn proposals_section(proposals: &[crate::library::Proposed], sess: &Session) -> Html {
    let mut h = Html::raw("<h2>Proposals from reps</h2>");
    if proposals.is_empty() {
        h.push(Html::raw("<p>No proposal is waiting.</p>"));
        return h;
    }
    h.push(Html::raw("<table id=\"proposals\"><tr><th>title</th><th>proposed by</th><th>for</th><th>text</th><th></th></tr>"));
    for p in proposals {
        let item = &p.item;
        let id = item.id.as_str();
        let list = |v: &[String]| if v.is_empty() { "any".to_string() } else { v.join(", ") };
        let body = item.body.as_str();
        let preview: String = body.chars().take(200).collect();
        let decide = |action: &str, label: &str, note: Html| {
            html!("<form method=\"post\" action=\"/dashboard/proposals/{}\" style=\"display:inline\">{}<input type=\"hidden\" name=\"action\" value=\"{}\">{}<button type=\"submit\">{}</button></form>", urlencode(id), csrf_field(sess), action, note, label)
        };
        let note = Html::raw("<input name=\"note\" placeholder=\"Why (the rep sees this)\" aria-label=\"note to the rep\" maxlength=\"500\"> ");
        let edit = html!("<a href=\"/dashboard/library/item/{}\">Edit, then approve</a>", urlencode(id));
        h.push(html!(
            "<tr data-id=\"{}\"><td>{}</td><td>{}</td><td>{} × {}</td><td>{}{}</td><td>{} {edit}<br>{}</td></tr>",
            id,
            &item.title,
            p.proposer.as_deref().unwrap_or_default(),
            list(&item.verticals),
            list(&item.stages),
            preview,
            if body.chars().count() > 200 { "…" } else { "" },
            decide("approve", "Approve", Html::default()),
            decide("decline", "Decline", note),
            edit = edit
        ));
    }
    h.push(Html::raw("</table>"));
    h
}

/// A path segment: item ids are free text.
fn urlencode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[derive(Deserialize, schemars::JsonSchema)]
pub struct Decision {
    #[serde(default)]
    action: String,
    /// On decline: why, in words the rep reads in the extension's popup.
    #[serde(default)]
    #[schemars(length(max = 500))]
    note: String,
    #[serde(default)]
    csrf: String,
}

/// `POST /dashboard/proposals/{id}`: approve a rep's proposal (it joins the library, the rep
/// credited as its proposer) or decline it (retired: never served, kept in the history).
pub async fn decide_proposal(
    State(db): State<Db>,
    headers: HeaderMap,
    axum::extract::Path(id): axum::extract::Path<String>,
    Form(form): Form<Decision>,
) -> Result<Response, ApiError> {
    let Some(sess) = admin_session(&db, &headers).await? else { return Ok(Redirect::to("/login").into_response()) };
    if !session::csrf_ok(&sess, &form.csrf) {
        return Err(ApiError::forbidden("this form is not from your dashboard (CSRF token missing or wrong)"));
    }
    let status = match form.action.as_str() {
        "approve" => "approved",
        "decline" => "retired",
        other => return Err(ApiError::bad_request(format!("action must be approve or decline, not {other:?}"))),
    };
    let note: String = form.note.trim().chars().take(500).collect();
    crate::library::edit_items(&db, &sess.caller, std::slice::from_ref(&id), |v| {
        v["status"] = serde_json::Value::from(status);
        if !note.is_empty() {
            v["review_note"] = serde_json::Value::from(note.clone());
        }
    })
    .await?;
    Ok(Redirect::to("/dashboard#proposals").into_response())
}

/// The hidden field that proves a form came from this session's own page.
fn csrf_field(sess: &Session) -> Html {
    html!("<input type=\"hidden\" name=\"csrf\" value=\"{}\">", &sess.csrf)
}

fn logout_form(sess: &Session) -> Html {
    html!("<form method=\"post\" action=\"/logout\" style=\"margin-left:auto\">{}<button type=\"submit\">Sign out</button></form>", csrf_field(sess))
}

/// Open at its end: the page adds the session's CSRF field and closes it.
const INVITE_FORM: &str = "<h2>Invite reps and admins</h2><p>Each rep gets a link to paste into Handoff's settings: it connects their browser with a token of their own. For a managed browser policy, make one code with several uses. An admin's link opens this dashboard and signs them in.</p><form id=\"invite\" class=\"filters\" method=\"post\" action=\"/dashboard/invite\"><label>Rep's name<input name=\"name\"></label><label>Team<input name=\"team\"></label><label>Role<select name=\"role\"><option value=\"rep\">rep (extension)</option><option value=\"admin\">admin (dashboard, one use)</option></select></label><label>Uses<input type=\"number\" name=\"uses\" value=\"1\" min=\"1\" max=\"10000\"></label><label>Valid for (hours)<input type=\"number\" name=\"hours\" value=\"72\" min=\"1\" max=\"720\"></label><button type=\"submit\">Create invitation link</button>";

#[derive(Deserialize, schemars::JsonSchema)]
pub struct Invite {
    #[serde(default)]
    name: String,
    #[serde(default)]
    team: String,
    /// `rep` (default) or `admin`.
    #[serde(default)]
    role: String,
    uses: Option<String>,
    hours: Option<String>,
    #[serde(default)]
    csrf: String,
}

/// `POST /dashboard/invite`: an invitation link made from the dashboard (the session cookie is
/// SameSite=Strict, so another site cannot post this form for a signed-in admin).
pub async fn invite(State(db): State<Db>, headers: HeaderMap, Form(form): Form<Invite>) -> Result<Response, ApiError> {
    let Some(sess) = admin_session(&db, &headers).await? else { return Ok(Redirect::to("/login").into_response()) };
    if !session::csrf_ok(&sess, &form.csrf) {
        return Err(ApiError::forbidden("this form is not from your dashboard (CSRF token missing or wrong)"));
    }
    let who = &sess.caller;
    let number = |v: &Option<String>, what: &str| match v.as_deref().map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(s) => s.parse::<i64>().map(Some).map_err(|_| ApiError::bad_request(format!("{what} must be a whole number"))),
    };
    let result = match (number(&form.uses, "uses"), number(&form.hours, "hours")) {
        (Ok(uses), Ok(hours)) => {
            create_enrollment(&db, who, &headers, &form.name, &form.team, if form.role.is_empty() { "rep" } else { &form.role }, uses, hours).await
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
    };
    let body = match result {
        Ok(inv) => {
            let whom = if form.name.trim().is_empty() { "the rep" } else { form.name.trim() };
            let uses = inv.uses;
            html!(
                "<p>Send this link to {}. It works {} and expires in {} hours.</p><p><code id=\"invitation\">{}</code></p><p>{}. It is shown only now: the server keeps only its hash.</p>",
                whom,
                if uses == 1 { String::from("once") } else { format!("for {uses} reps") },
                (inv.expires_ms - crate::db::now_ms() + 1_800_000) / 3_600_000,
                &inv.link,
                if form.role == "admin" {
                    Html::raw("Opened in a browser, it makes them an admin and signs them in to this dashboard")
                } else {
                    Html::raw("Handoff's settings take it under <b>Invitation link</b>")
                }
            )
        }
        Err(e) if e.status == StatusCode::BAD_REQUEST => html!("<p role=\"alert\">{}</p>", &e.message),
        Err(e) => return Err(e),
    };
    Ok(page("Handoff — invitation", html!("{}<main>{}<p><a href=\"/dashboard/people\">Back to people</a></p></main>", header(&sess, "People"), body))
        .into_response())
}

/// The overview's filters as a query string, for its CSV links (escaped where it is written).
fn filters_query(f: &Filters) -> String {
    let pairs = [("from", &f.from), ("to", &f.to), ("vertical", &f.vertical), ("stage", &f.stage), ("team", &f.team)];
    let q: Vec<String> = pairs.iter().filter_map(|(k, v)| v.as_deref().filter(|v| !v.is_empty()).map(|v| format!("{k}={}", urlencode(v)))).collect();
    if q.is_empty() {
        String::new()
    } else {
        format!("?{}", q.join("&"))
    }
}

/// Suggestions shown (light) and inserted (dark) per day as an SVG bar chart, every day of
/// the span drawn (a day without use is a gap, not skipped).
fn timeline_chart(days: &[Day]) -> Html {
    let (Some(first), Some(last)) = (days.first(), days.last()) else { return Html::raw("<p>No use recorded yet.</p>") };
    let day_no = |d: &str| handoff_core::time::parse_rfc3339(&format!("{d}T00:00:00Z")).map_or(0, |t| t / 86_400);
    let (start, span) = (day_no(&first.day), (day_no(&last.day) - day_no(&first.day) + 1).clamp(1, 366));
    let top = days.iter().map(|d| d.shown.max(d.inserted)).max().unwrap_or(0).max(1) as f64;
    let (w, h) = (720.0, 140.0);
    let bar = w / span as f64;
    let mut svg = html!(
        "<svg id=\"timeline\" role=\"img\" aria-label=\"Suggestions shown and inserted per day\" width=\"{}\" height=\"{}\" style=\"background:#fff;border-radius:8px\">",
        w,
        h + 24.0
    );
    for d in days {
        let x = (day_no(&d.day) - start) as f64 * bar;
        if x >= w {
            break;
        }
        for (n, color, name) in [(d.shown, "#c6dafc", "shown"), (d.inserted, "#0b57d0", "inserted")] {
            let bh = n as f64 / top * h;
            svg.push(html!(
                "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{bh:.1}\" fill=\"{color}\"><title>{} {name}: {n}</title></rect>",
                x + 1.0,
                h - bh + 4.0,
                (bar - 2.0).max(1.0),
                &d.day,
                bh = bh,
                color = color,
                name = name,
                n = n
            ));
        }
    }
    svg.push(html!(
        "<text x=\"2\" y=\"{}\" font-size=\"11\">{}</text><text x=\"{}\" y=\"{}\" font-size=\"11\" text-anchor=\"end\">{}</text></svg>",
        h + 20.0,
        &first.day,
        w,
        h + 20.0,
        &last.day
    ));
    svg.push(Html::raw("<p style=\"font-size:12px\"><span style=\"color:#0b57d0\">■</span> inserted <span style=\"color:#c6dafc\">■</span> shown</p>"));
    svg
}

/// `GET /dashboard/export/{report}`: a report's rows as a CSV download, for the signed-in
/// marketer, with the overview's filters.
pub async fn export(
    State(db): State<Db>,
    headers: HeaderMap,
    axum::extract::Path(report): axum::extract::Path<String>,
    Query(f): Query<Filters>,
) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let org = &sess.caller.org_id;
    let cols = columns(&report);
    let body = match report.as_str() {
        "usage" => csv(&usage_data(&db, org, &f).await?.items, cols),
        "adoption" => csv(&adoption_data(&db, org, &f).await?, cols),
        "unused" => csv(&unused_data(&db, org, &f).await?.unused, cols),
        "gaps" => csv(&gaps_data(&db, org, &f).await?.searches_without_result, cols),
        "timeline" => csv(&timeline_data(&db, org, &f).await?.days, cols),
        "outcomes" => csv(&crate::outcomes::outcomes_data(&db, org, &f).await?.items, cols),
        other => return Err(ApiError::not_found(format!("no report {other:?}"))),
    };
    let disposition = format!("attachment; filename=\"handoff-{report}.csv\"");
    Ok(([("content-type", "text/csv; charset=utf-8".to_string()), ("content-disposition", disposition)], body).into_response())
}
