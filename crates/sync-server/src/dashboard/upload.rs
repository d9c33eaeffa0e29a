//! A library export uploaded from the dashboard. A CSV export is read as it arrives and stored
//! 2,000 rows at a time, so its size is not bounded by memory; JSON and Markdown are read
//! whole (up to 64 MB). Every problem keeps the line of the file it is on.

use super::html::{html, Html};
use super::{csrf_field, header, page, signed_in};
use crate::auth::Caller;
use crate::db::Db;
use crate::error::ApiError;
use crate::library::{org_taxonomy, store_items};
use axum::body::Body;
use axum::extract::{Query, State};
use axum::http::HeaderMap;
use axum::response::{IntoResponse, Response};
use axum::Json;
use handoff_core::library::{Library, Problem};
use handoff_core::Taxonomy;
use http_body_util::BodyExt;
use serde::Deserialize;

/// The largest JSON or Markdown upload (read whole): a 10,000-item export is 3-5 MB.
pub const UPLOAD_LIMIT: usize = 64 * 1024 * 1024;
/// The one route that takes a body over 1 MB (serve.rs gives it time by its declared size).
pub const UPLOAD_PATH: &str = "/dashboard/library/upload";
/// CSV rows parsed and stored together.
const CSV_CHUNK_ROWS: usize = 2_000;
/// One CSV row may not be longer than this (a file without line ends is not a CSV export).
const MAX_ROW_BYTES: usize = 8 * 1024 * 1024;

#[derive(Deserialize, schemars::JsonSchema)]
pub struct UploadQuery {
    /// The file's name: its extension says the format (.csv, .md, otherwise JSON).
    #[serde(default)]
    name: String,
}

/// What an upload did.
#[derive(serde::Serialize, schemars::JsonSchema)]
pub struct Uploaded {
    pub stored: u64,
    /// The library version after the last stored rows ("0" when nothing was stored).
    pub version: String,
    pub problems: Vec<Problem>,
}

/// `POST /dashboard/library/upload?name=FILE`: the file as the body, the session's CSRF token
/// in `x-csrf-token` (checked before any of the body is read).
pub async fn upload(State(db): State<Db>, headers: HeaderMap, Query(q): Query<UploadQuery>, body: Body) -> Result<Response, ApiError> {
    let csrf = headers.get("x-csrf-token").and_then(|v| v.to_str().ok()).unwrap_or("");
    let sess = match signed_in(&db, &headers, Some(csrf)).await? {
        Ok(s) => s,
        Err(_) => return Err(ApiError::unauthorized("sign in to the dashboard first")),
    };
    let tax = org_taxonomy(&db, &sess.caller.org_id).await?;
    let name = q.name.to_lowercase();
    let done = if name.ends_with(".csv") {
        csv_stream(&db, &sess.caller, &tax, body, &q.name).await?
    } else {
        let bytes = axum::body::to_bytes(body, UPLOAD_LIMIT)
            .await
            .map_err(|_| ApiError::too_large(format!("{}: over {} MB (a CSV export has no limit)", q.name, UPLOAD_LIMIT >> 20)))?;
        let text = std::str::from_utf8(&bytes).map_err(|_| ApiError::bad_request(format!("{}: not UTF-8 text", q.name)))?;
        let lib = if name.ends_with(".md") || name.ends_with(".markdown") {
            handoff_core::import::from_markdown(&[(q.name.clone(), text.to_string())], &tax)
        } else {
            Library::from_json(text).map_err(|e| ApiError::bad_request(format!("{}: {e}", q.name)))?
        };
        let version = if lib.items.is_empty() { 0 } else { store_items(&db, &sess.caller, &lib.items, None).await? };
        Uploaded { stored: lib.items.len() as u64, version: version.to_string(), problems: lib.problems }
    };
    Ok(Json(done).into_response())
}

/// Reads a CSV body as it arrives: the header row, then rows in chunks cut at record ends
/// (a line end outside quotes), each parsed with the header and stored.
async fn csv_stream(db: &Db, who: &Caller, tax: &Taxonomy, mut body: Body, file: &str) -> Result<Uploaded, ApiError> {
    let mut out = Uploaded { stored: 0, version: "0".into(), problems: Vec::new() };
    let mut pending: Vec<u8> = Vec::new();
    let mut header: Option<String> = None;
    // The file line of pending's first byte; record ends found so far in pending.
    let (mut line, mut ends, mut scanned, mut last_end, mut in_quotes) = (1usize, 0usize, 0usize, 0usize, false);
    loop {
        let frame = body.frame().await.transpose().map_err(|e| ApiError::bad_request(format!("{file}: the upload broke off: {e}")))?;
        let finished = frame.is_none();
        if let Some(data) = frame.and_then(|f| f.into_data().ok()) {
            pending.extend_from_slice(&data);
        }
        for (i, &b) in pending.iter().enumerate().skip(scanned) {
            match b {
                b'"' => in_quotes = !in_quotes,
                b'\n' if !in_quotes => {
                    ends += 1;
                    last_end = i + 1;
                }
                _ => {}
            }
        }
        scanned = pending.len();
        if header.is_none() && (ends > 0 || finished) {
            let end = if ends > 0 { pending.iter().position(|&b| b == b'\n').map_or(pending.len(), |i| i + 1) } else { pending.len() };
            let text = std::str::from_utf8(&pending[..end]).map_err(|_| ApiError::bad_request(format!("{file}: the header row is not UTF-8 text")))?;
            header = Some(text.trim_start_matches('\u{feff}').trim_end().to_string());
            pending.drain(..end);
            (line, ends, last_end, in_quotes) = (2, ends.saturating_sub(1), 0, false);
            for (i, &b) in pending.iter().enumerate() {
                match b {
                    b'"' => in_quotes = !in_quotes,
                    b'\n' if !in_quotes => last_end = i + 1,
                    _ => {}
                }
            }
            scanned = pending.len();
        }
        if ends >= CSV_CHUNK_ROWS || (finished && !pending.is_empty()) {
            let cut = if finished { pending.len() } else { last_end };
            let chunk: Vec<u8> = pending.drain(..cut).collect();
            scanned = pending.len();
            // What is left holds no record end yet (the cut was at the last one).
            (ends, last_end) = (0, 0);
            store_chunk(db, who, tax, header.as_deref().unwrap_or_default(), &chunk, line, file, &mut out).await?;
            line += chunk.iter().filter(|&&b| b == b'\n').count();
        }
        if finished {
            break;
        }
        if pending.len() > MAX_ROW_BYTES && ends == 0 {
            return Err(ApiError::bad_request(format!("{file}: line {line} runs over {} MB without ending: is this a CSV export?", MAX_ROW_BYTES >> 20)));
        }
    }
    if header.is_none() {
        return Err(ApiError::bad_request(format!("{file}: the file is empty")));
    }
    Ok(out)
}

/// Parses rows (starting at file line `first_line`) under the header and stores the good ones;
/// problems get their line in the file.
#[allow(clippy::too_many_arguments)]
async fn store_chunk(
    db: &Db,
    who: &Caller,
    tax: &Taxonomy,
    header: &str,
    rows: &[u8],
    first_line: usize,
    file: &str,
    out: &mut Uploaded,
) -> Result<(), ApiError> {
    let rows = std::str::from_utf8(rows).map_err(|_| ApiError::bad_request(format!("{file}: line {first_line} onwards is not UTF-8 text")))?;
    let lib = handoff_core::import::from_csv(&format!("{header}\n{rows}"), tax).map_err(|e| ApiError::bad_request(format!("{file}: {e}")))?;
    // In the chunk's own text the header is line 1 and its first row line 2.
    out.problems.extend(lib.problems.into_iter().map(|p| Problem { line: p.line.map(|l| l + first_line - 2), ..p }));
    if !lib.items.is_empty() {
        out.version = store_items(db, who, &lib.items, None).await?.to_string();
        out.stored += lib.items.len() as u64;
    }
    Ok(())
}

/// The upload page's one script (allowed by its hash in the CSP): sends the chosen file with a
/// progress bar, then lists what was wrong, row by row, as text (never as HTML).
pub const UPLOAD_SCRIPT: &str = r#"const f=document.getElementById('upload');f.addEventListener('submit',e=>{e.preventDefault();const file=f.file.files[0];if(!file)return;const bar=document.getElementById('progress'),out=document.getElementById('result'),x=new XMLHttpRequest();x.open('POST','/dashboard/library/upload?name='+encodeURIComponent(file.name));x.setRequestHeader('x-csrf-token',f.csrf.value);x.upload.onprogress=p=>{if(p.lengthComputable)bar.value=p.loaded/p.total};x.onload=()=>{bar.value=1;out.textContent='';let r;try{r=JSON.parse(x.responseText)}catch(_){r={error:x.responseText}}const p=document.createElement('p');p.id='upload-summary';if(r.error){p.className='err';p.textContent=r.error}else{p.className='ok';p.textContent=r.stored+' items stored (library version '+r.version+'), '+r.problems.length+' problem(s).'}out.append(p);if(r.problems&&r.problems.length){const t=document.createElement('table');t.id='problems';const head=t.insertRow();for(const h of['line','item','field','problem'])head.insertCell().textContent=h;for(const q of r.problems){const row=t.insertRow();row.className=q.severity;for(const v of[q.line??'',q.item,q.field??'',q.message])row.insertCell().textContent=v}out.append(t)}};x.onerror=()=>{out.textContent='The upload failed: check the connection and try again.'};bar.value=0;out.textContent='';x.send(file)});"#;

/// `GET /dashboard/library/upload`.
pub async fn upload_page(State(db): State<Db>, headers: HeaderMap) -> Result<Response, ApiError> {
    let sess = match signed_in(&db, &headers, None).await? {
        Ok(s) => s,
        Err(to_login) => return Ok(to_login),
    };
    let mut h = header(&sess, "Library");
    h.push(html!(
        "<main><p><a href=\"/dashboard/library\">← Library</a></p><h2>Upload a library export</h2><p>A library JSON document, a CSV export (a header row with id, title, kind, verticals, stages, tags, status, expires, summary, body, url) or a Markdown file with front matter. Good items are stored (a CSV export of any size, 2,000 rows at a time as it arrives; JSON and Markdown up to 64 MB); each problem is listed with its line and field. Uploading the same id again replaces that item.</p><form id=\"upload\">{}<input type=\"file\" name=\"file\" accept=\".json,.csv,.md,.markdown,text/csv,application/json,text/markdown\"> <button type=\"submit\">Upload</button></form><p><progress id=\"progress\" value=\"0\" max=\"1\" style=\"width:360px\"></progress></p><div id=\"result\" aria-live=\"polite\"></div><script>{}</script></main>",
        csrf_field(&sess),
        Html::raw(UPLOAD_SCRIPT)
    ));
    Ok(page("Handoff — upload", h).into_response())
}
