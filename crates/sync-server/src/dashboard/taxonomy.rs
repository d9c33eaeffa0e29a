//! The taxonomy page: the org's own verticals and stages (labels and CRM synonyms over the
//! built-in ones), with a preview of how sample raw CRM values map before anything is saved.

use super::html::{html, Html};
use super::{csrf_field, header, page, signed_in};
use crate::db::Db;
use crate::error::ApiError;
use crate::library::put_extra;
use axum::extract::{Form, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use handoff_core::taxonomy::{Facet, TaxonomyFile, Term};
use handoff_core::Taxonomy;
use sqlx::Row;

/// Blank rows offered under each facet for new terms.
const BLANK_ROWS: usize = 3;
const SAMPLES: &str = "Gov't - State & Local\nHigher Ed\nHospital & Health Care\nCredit Union\nNegotiation/Review\nClosed Won\nQualification";

async fn org_file(db: &Db, org: &str) -> Result<TaxonomyFile, ApiError> {
    let row = sqlx::query("SELECT taxonomy FROM orgs WHERE id = $1").bind(org).fetch_one(db).await.map_err(ApiError::db)?;
    let text: Option<String> = row.try_get("taxonomy").map_err(ApiError::db)?;
    Ok(text.and_then(|t| serde_json::from_str(&t).ok()).unwrap_or_default())
}

/// `GET /dashboard/taxonomy`.
pub async fn taxonomy_page(State(db): State<Db>, headers: HeaderMap) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let file = org_file(&db, &sess.caller.org_id).await?;
    Ok(render(&sess, &file, SAMPLES, Html::default()).into_response())
}

/// The form's rows back into a file: `v_id`, `v_label`, `v_syn` (comma-separated) per
/// vertical row, `s_…` per stage row; a row without an id is left out.
fn file_from(fields: &[(String, String)]) -> TaxonomyFile {
    let mut file = TaxonomyFile::default();
    for (key, value) in fields {
        let Some((facet, part)) = key.split_once('_') else { continue };
        let terms = match facet {
            "v" => &mut file.verticals,
            "s" => &mut file.stages,
            _ => continue,
        };
        match part {
            "id" => terms.push(Term { id: value.trim().to_lowercase().replace(' ', "-"), label: String::new(), synonyms: Vec::new() }),
            "label" => {
                if let Some(t) = terms.last_mut() {
                    t.label = value.trim().to_string();
                }
            }
            "syn" => {
                if let Some(t) = terms.last_mut() {
                    t.synonyms = value.split(',').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect();
                }
            }
            _ => {}
        }
    }
    file.verticals.retain(|t| !t.id.is_empty());
    file.stages.retain(|t| !t.id.is_empty());
    file
}

/// `POST /dashboard/taxonomy`: `do=preview` shows how the samples map with the edited terms,
/// saving nothing; `do=save` stores them (a new library version: reps' extensions, reports,
/// gaps and imports use them from then on).
pub async fn taxonomy_post(State(db): State<Db>, headers: HeaderMap, Form(fields): Form<Vec<(String, String)>>) -> Result<Response, ApiError> {
    let field = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str()).unwrap_or("");
    let sess = match signed_in(&db, &headers, Some(field("csrf"))).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let file = file_from(&fields);
    let notice = if field("do") == "save" {
        let json = serde_json::to_string(&file).map_err(|e| ApiError::bad_request(e.to_string()))?;
        let version = put_extra(&db, &sess.caller, "taxonomy", &json).await?.0.version;
        html!("<p class=\"ok\" role=\"status\">Saved as library version {}: extensions use it at their next sync.</p>", &version)
    } else {
        Html::raw("<p role=\"status\">Preview only: nothing is saved until you press Save.</p>")
    };
    Ok(render(&sess, &file, field("samples"), notice).into_response())
}

fn rows(prefix: &str, own: &[Term], effective: &[Term]) -> Html {
    let builtin = |id: &str| effective.iter().find(|t| t.id == id).map(|t| t.synonyms.len()).unwrap_or(0);
    let row = |t: Option<&Term>| {
        let (id, label, syn) = t.map_or((String::new(), String::new(), String::new()), |t| (t.id.clone(), t.label.clone(), t.synonyms.join(", ")));
        html!(
            "<tr><td><input name=\"{prefix}_id\" value=\"{}\" size=\"18\"></td><td><input name=\"{prefix}_label\" value=\"{}\" size=\"22\"></td><td><input name=\"{prefix}_syn\" value=\"{}\" size=\"60\"></td></tr>",
            id,
            label,
            syn,
            prefix = prefix
        )
    };
    let h: Html = own.iter().map(|t| row(Some(t))).chain((0..BLANK_ROWS).map(|_| row(None))).collect();
    let listed = effective.iter().filter(|t| !own.iter().any(|o| o.id == t.id)).map(|t| html!("{} ({}, {} synonyms)", &t.id, &t.label, builtin(&t.id)));
    html!(
        "{}</table><p style=\"font-size:12px;color:#444\">Built in, unchanged: {}. Add a row with one of these ids to relabel it or give it more synonyms.</p>",
        h,
        Html::join(listed, " · ")
    )
}

fn render(sess: &crate::session::Session, file: &TaxonomyFile, samples: &str, notice: Html) -> Html {
    let tax = Taxonomy::with_file(file);
    let mut h = header(sess, "Taxonomy");
    h.push(Html::raw("<main>"));
    h.push(notice);
    h.push(Html::raw("<p>The verticals and deal stages Handoff sorts content and reports by, and the raw values your CRM uses for them (synonyms, comma-separated: \"Gov't - State &amp; Local, Public Sector\"). Matching ignores case, accents and punctuation.</p>"));
    h.push(html!("<form method=\"post\" id=\"taxonomy\">{}", csrf_field(sess)));
    h.push(Html::raw("<h2>Verticals</h2><table id=\"verticals\"><tr><th>id</th><th>label</th><th>CRM values (synonyms)</th></tr>"));
    h.push(rows("v", &file.verticals, tax.verticals()));
    h.push(Html::raw("<h2>Stages</h2><table id=\"stages\"><tr><th>id</th><th>label</th><th>CRM values (synonyms)</th></tr>"));
    h.push(rows("s", &file.stages, tax.stages()));
    h.push(html!("<h2>Preview</h2><label>Sample raw values from your CRM, one a line<textarea name=\"samples\" rows=\"7\">{}</textarea></label>", samples));
    h.push(Html::raw("<table id=\"preview\"><tr><th>raw value</th><th>vertical</th><th>stage</th></tr>"));
    for raw in samples.lines().map(str::trim).filter(|l| !l.is_empty()).take(100) {
        let shown = |facet: Facet, id: Option<&str>| id.map_or(Html::raw("<span class=\"err\">not recognised</span>"), |id| html!("{}", tax.label(facet, id)));
        h.push(html!(
            "<tr><td>{}</td><td>{}</td><td>{}</td></tr>",
            raw,
            shown(Facet::Vertical, tax.map_vertical(raw)),
            shown(Facet::Stage, tax.map_stage(raw))
        ));
    }
    h.push(Html::raw("</table><p style=\"display:flex;gap:8px\"><button type=\"submit\" name=\"do\" value=\"preview\">Preview</button><button type=\"submit\" name=\"do\" value=\"save\">Save</button></p></form></main>"));
    page("Handoff — taxonomy", h)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_rows_become_a_taxonomy_file() {
        let f = |k: &str, v: &str| (k.to_string(), v.to_string());
        let file = file_from(&[
            f("csrf", "x"),
            f("v_id", "Public Utilities"),
            f("v_label", "Utilities"),
            f("v_syn", "Water, Power & Gas,"),
            f("v_id", ""),
            f("v_label", "ignored"),
            f("s_id", "closed-won"),
            f("s_syn", "Signed"),
        ]);
        assert_eq!(file.verticals.len(), 1);
        assert_eq!((file.verticals[0].id.as_str(), file.verticals[0].label.as_str()), ("public-utilities", "Utilities"));
        assert_eq!(file.verticals[0].synonyms, ["Water", "Power & Gas"]);
        assert_eq!(file.stages[0].synonyms, ["Signed"]);
        let tax = Taxonomy::with_file(&file);
        assert_eq!(tax.map_vertical("power & gas"), Some("public-utilities"));
        assert_eq!(tax.map_stage("SIGNED"), Some("closed-won"));
    }
}
