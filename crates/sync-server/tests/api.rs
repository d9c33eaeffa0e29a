//! The sync server over its real router and a real database: an SQLite file always, and
//! PostgreSQL too when HANDOFF_TEST_PG holds a URL (scripts/test.sh starts one). Every test
//! runs on each database in its own fresh schema.

mod common;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use common::*;
use handoff_sync_server::{hash_token, Db, Role, ROUTES};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

#[tokio::test]
async fn library_delta_sync_with_etag_and_deletions() {
    for (db, env) in envs().await {
        let (s, v, _) = call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        assert_eq!(v["stored"], 4);
        let (s, full, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(s, StatusCode::OK);
        let ids: Vec<&str> = full["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["all-1", "gov-1", "hc-1"], "{db}: drafts never reach reps");
        let version = full["version"].as_str().unwrap().to_string();
        let etag = format!("\"{version}.0\"");
        // RFC 9110: the tag itself, its weak form, a list holding it, and `*` all match.
        for header in [etag.clone(), format!("W/{etag}"), format!("\"1.0\", {etag}"), "*".to_string()] {
            let req = Request::get("/v1/library")
                .header("authorization", format!("Bearer {}", env.rep))
                .header("if-none-match", header.as_str())
                .body(Body::empty())
                .unwrap();
            assert_eq!(env.router.clone().oneshot(req).await.unwrap().status(), StatusCode::NOT_MODIFIED, "{db}: {header}");
        }
        let (s, _, _) = call(&env.router, "POST", "/v1/admin/items/gov-1/status", Some(&env.admin), Some(json!({"status": "retired"}).to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        let (_, delta, _) = call(&env.router, "GET", &format!("/v1/library?since={version}"), Some(&env.rep), None).await;
        assert_eq!(delta["deleted"], json!(["gov-1"]), "{db}: {delta}");
        assert_eq!(delta["items"], json!([]));
        assert_eq!(delta["full"], false);
        let (_, vers, _) = call(&env.router, "GET", "/v1/admin/items/gov-1/versions", Some(&env.admin), None).await;
        assert_eq!(vers["versions"].as_array().unwrap().len(), 2, "{db}: {vers}");
        let (s, _, _) = call(&env.router, "GET", "/v1/library?since=abc", Some(&env.rep), None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        // The org's taxonomy travels with the library and bumps its version.
        let (s, t, _) = call(
            &env.router,
            "PUT",
            "/v1/admin/taxonomy",
            Some(&env.admin),
            Some(json!({"stages": [{"id": "proposal", "synonyms": ["Stage 4 - Quote"]}]}).to_string()),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{db}: {t}");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(lib["taxonomy"]["stages"][0]["synonyms"][0], "Stage 4 - Quote", "{db}");
        let (s, _, _) = call(&env.router, "PUT", "/v1/admin/taxonomy", Some(&env.admin), Some("{\"stages\": 5}".into())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST);
        let rules = json!({"version": "2026-12-01.1", "sites": {"hubspot": {"fields": {"stage": ["[data-test-id=new-stage-hook]"]}}}});
        let (s, _, _) = call(&env.router, "PUT", "/v1/admin/reader-rules", Some(&env.admin), Some(rules.to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(lib["reader_rules"]["version"], "2026-12-01.1", "{db}: reader rules ship with the library");
        let (s, _, _) = call(&env.router, "PUT", "/v1/admin/reader-rules", Some(&env.admin), Some("{\"sites\": {}}".into())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "rules without a version are refused");
        // A spreadsheet export loads like `handoff import` reads it.
        let req = Request::put("/v1/admin/items")
            .header("authorization", format!("Bearer {}", env.admin))
            .header("content-type", "text/csv")
            .body(Body::from("id,title,status,verticals,url\ncsv-1,From a sheet,approved,Government;Education,https://c.example/csv\n"))
            .unwrap();
        let res = env.router.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        let csv_item = lib["items"].as_array().unwrap().iter().find(|i| i["id"] == "csv-1").cloned().unwrap();
        assert_eq!(csv_item["verticals"], json!(["government", "education"]), "{db}");
    }
}

#[tokio::test]
async fn ingest_is_idempotent_names_bad_events_and_feeds_the_reports() {
    for (db, env) in envs().await {
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        let batch = json!({"batch": [
            event("e1", "shown", Some("gov-1"), json!({})),
            event("e2", "inserted", Some("gov-1"), json!({})),
            event("e3", "rated", Some("gov-1"), json!({"rating": 1})),
            event("e4", "search_no_result", None, json!({"query": "CJIS audit"})),
            event("e5", "search_no_result", None, json!({"query": " cjis AUDIT "})),
            event("e6", "inserted", None, json!({})),
            event("e7", "proposed", None, json!({"proposal": {"title": "County expansion", "body": "Start with the clerk."}})),
        ]})
        .to_string();
        let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.clone())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        assert_eq!((v["accepted"].as_u64(), v["duplicates"].as_u64()), (Some(6), Some(0)), "{db}: {v}");
        assert_eq!(v["rejected"][0]["id"], "e6");
        assert_eq!(v["rejected"][0]["index"], 5);
        assert!(v["rejected"][0]["error"].as_str().unwrap().contains("item_id"));
        let (_, again, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch)).await;
        assert_eq!((again["accepted"].as_u64(), again["duplicates"].as_u64()), (Some(0), Some(6)), "{db}: the same batch twice is stored once");

        let (_, usage, _) = call(&env.router, "GET", "/v1/reports/usage", Some(&env.admin), None).await;
        let gov = usage["items"].as_array().unwrap().iter().find(|i| i["item_id"] == "gov-1").unwrap().clone();
        assert_eq!(
            (gov["shown"].as_i64(), gov["inserted"].as_i64(), gov["up"].as_i64(), gov["insert_rate"].as_f64()),
            (Some(1), Some(1), Some(1), Some(1.0)),
            "{db}: {gov}"
        );
        let (_, gaps, _) = call(&env.router, "GET", "/v1/reports/gaps", Some(&env.admin), None).await;
        assert_eq!(
            gaps["searches_without_result"],
            json!([{"query": "cjis audit", "count": 2, "last_ms": 1795168800000i64}]),
            "{db}: grouped by normalized text"
        );
        let cell = |v: &str, s: &str| gaps["cells"].as_array().unwrap().iter().find(|c| c["vertical"] == v && c["stage"] == s).cloned().unwrap();
        assert_eq!(cell("government", "proposal")["approved"], 2);
        assert_eq!(cell("education", "proposal")["approved"], 1, "the whitepaper fits every vertical");
        let (_, unused, _) = call(&env.router, "GET", "/v1/reports/unused", Some(&env.admin), None).await;
        assert_eq!(unused["approved"], 3);
        assert_eq!(unused["unused_share"].as_f64(), Some(0.667), "{db}: {unused}");
        let (_, adoption, _) = call(&env.router, "GET", "/v1/reports/adoption", Some(&env.admin), None).await;
        assert_eq!(adoption["reps"][0]["name"], "Sam");
        assert_eq!(adoption["reps"][0]["inserted"], 1);
        let (_, proposals, _) = call(&env.router, "GET", "/v1/admin/proposals", Some(&env.admin), None).await;
        assert_eq!(proposals["proposals"][0]["item"]["title"], "County expansion", "{db}: proposals land as drafts");
        assert_eq!(proposals["proposals"][0]["item"]["status"], "draft");
        let (_, stats, _) = call(&env.router, "GET", "/v1/stats", Some(&env.rep), None).await;
        assert_eq!(stats[0]["id"], "gov-1");
        assert_eq!(stats[0]["ratings"][0]["up"], 1);
        let (s, _, csv) = call(&env.router, "GET", "/v1/reports/usage?format=csv&vertical=government", Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(csv.starts_with("item_id,title,shown,inserted,insert_rate,up,down,dismissed,opened\ngov-1,FedRAMP package,1,1,1.0,1,0,0,0\n"), "{db}: {csv}");
        let (_, none, _) = call(&env.router, "GET", "/v1/reports/usage?from=2026-11-21", Some(&env.admin), None).await;
        assert_eq!(none["items"], json!([]), "{db}: time window");
    }
}

#[tokio::test]
async fn segment_batches_are_accepted_with_basic_auth_and_deduplicated() {
    use base64::Engine;
    for (db, env) in envs().await {
        let body = json!({"batch": [
            {"type": "track", "event": "Content Inserted", "messageId": "m-1", "timestamp": "2026-11-20T10:00:00Z", "userId": "rep-7", "properties": {"item_id": "gov-1", "vertical": "government", "stage": "proposal"}},
            {"type": "identify", "messageId": "m-2", "traits": {}}
        ], "sentAt": "2026-11-20T10:00:01Z"})
        .to_string();
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{}:", env.rep));
        for expect in [(1, 0), (0, 1)] {
            let req = Request::post("/v1/batch").header("authorization", format!("Basic {basic}")).body(Body::from(body.clone())).unwrap();
            let res = env.router.clone().oneshot(req).await.unwrap();
            assert_eq!(res.status(), StatusCode::OK, "{db}");
            let v: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
            assert_eq!((v["accepted"].as_u64(), v["duplicates"].as_u64(), v["success"].as_bool()), (Some(expect.0), Some(expect.1), Some(true)), "{db}: {v}");
            assert_eq!(
                (v["ignored"].as_u64(), v["rejected"].as_array().map(Vec::len)),
                (Some(1), Some(0)),
                "{db}: an identify is received and ignored, not rejected: {v}"
            );
        }
    }
}

#[tokio::test]
async fn limits_and_malformed_batches_get_clear_answers() {
    for (db, env) in envs().await {
        let big = json!({"batch": [event("e1", "inserted", Some("x"), json!({"padding": "x".repeat(600 * 1024)}))]}).to_string();
        let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(big)).await;
        assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{db}: {v}");
        let fat =
            json!({"batch": [event("e1", "inserted", Some("x"), json!({"padding": "x".repeat(40 * 1024)})), event("e2", "inserted", Some("x"), json!({}))]})
                .to_string();
        let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(fat)).await;
        assert_eq!(s, StatusCode::OK);
        assert_eq!(v["accepted"], 1);
        assert!(v["rejected"][0]["error"].as_str().unwrap().contains("32768"), "{db}: {v}");
        for bad in ["{", "[]", "{\"batch\": 3}", ""] {
            let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(bad.to_string())).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{db}: {bad:?} → {v}");
            assert!(v["error"].is_string());
        }
        let (s, _, _) = call(&env.router, "POST", "/v1/events", None, Some("{\"batch\":[]}".into())).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
        let (s, _, _) = call(&env.router, "POST", "/v1/events", Some("hof_not_a_token"), Some("{\"batch\":[]}".into())).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED);
    }
}

#[tokio::test]
async fn orgs_are_isolated_and_reps_cannot_reach_admin_routes() {
    for (db, env) in envs().await {
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(json!({"batch": [event("e1", "inserted", Some("gov-1"), json!({}))]}).to_string())).await;
        // Another org's admin sees none of it and can change none of it.
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.other_admin), None).await;
        assert_eq!(lib["items"], json!([]), "{db}");
        let (_, usage, _) = call(&env.router, "GET", "/v1/reports/usage", Some(&env.other_admin), None).await;
        assert_eq!(usage["items"], json!([]), "{db}");
        let (s, _, _) = call(&env.router, "POST", "/v1/admin/items/gov-1/status", Some(&env.other_admin), Some(json!({"status": "retired"}).to_string())).await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{db}");
        let (_, vers, _) = call(&env.router, "GET", "/v1/admin/items/gov-1/versions", Some(&env.other_admin), None).await;
        assert_eq!(vers["versions"], json!([]));
        let (_, mine, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(mine["items"].as_array().unwrap().len(), 3, "{db}: the first org's library is untouched");
        // Same event id in another org is another event.
        let (_, v, _) = call(
            &env.router,
            "POST",
            "/v1/events",
            Some(&env.other_admin),
            Some(json!({"batch": [event("e1", "inserted", Some("gov-1"), json!({}))]}).to_string()),
        )
        .await;
        assert_eq!(v["accepted"], 1, "{db}");
        // Every admin route refuses a rep token.
        for r in ROUTES.iter().filter(|r| r.role == Role::Admin) {
            let path = r.path.replace("{id}", "gov-1");
            let body = if r.method == "get" { None } else { Some("{}".to_string()) };
            let (s, _, _) = call(&env.router, &r.method.to_uppercase(), &path, Some(&env.rep), body).await;
            assert_eq!(s, StatusCode::FORBIDDEN, "{db}: {} {path}", r.method);
        }
    }
}

#[tokio::test]
async fn the_openapi_document_describes_every_route_and_the_dashboard_needs_a_login() {
    for (db, env) in envs().await {
        let (s, doc, _) = call(&env.router, "GET", "/v1/openapi.json", None, None).await;
        assert_eq!(s, StatusCode::OK);
        for r in ROUTES {
            let op = &doc["paths"][r.path][r.method];
            assert!(op.is_object(), "{db}: {} {} undocumented", r.method, r.path);
            let answers = op["responses"].as_object().unwrap();
            assert!(answers.keys().any(|k| k.starts_with('2') || k.starts_with('3')), "{db}: {} {} has no success answer", r.method, r.path);
            if r.role == Role::Admin {
                assert!(answers.contains_key("401") && answers.contains_key("403"), "{} {}", r.method, r.path);
            }
        }
        // The answers' schemas come from the Rust types, and every reference resolves.
        let schemas = doc["components"]["schemas"].as_object().unwrap();
        for name in ["Item", "Event", "Outcome", "LibraryAnswer", "Usage", "Gaps", "ErrorBody", "TaxonomyFile"] {
            assert!(schemas.contains_key(name), "{name} missing from components");
        }
        assert_eq!(schemas["Outcome"]["required"], json!(["accepted", "duplicates", "rejected"]));
        let text = doc.to_string();
        for r in text.split("\"$ref\":\"#/components/schemas/").skip(1) {
            let name = r.split('"').next().unwrap();
            assert!(schemas.contains_key(name), "{db}: $ref to {name} does not resolve");
        }
        // What the table declares is what runs: no token, no way into a rep's or admin's route.
        for r in ROUTES.iter().filter(|r| matches!(r.role, Role::Rep | Role::Admin)) {
            let path = r.path.replace("{id}", "x");
            let body = if r.method == "get" { None } else { Some("{}".to_string()) };
            let (s, _, _) = call(&env.router, &r.method.to_uppercase(), &path, None, body).await;
            assert_eq!(s, StatusCode::UNAUTHORIZED, "{db}: {} {path}", r.method);
        }
        let (s, _, _) = call(&env.router, "GET", "/v1/nope", None, None).await;
        assert_eq!(s, StatusCode::NOT_FOUND);
        let res = env.router.clone().oneshot(Request::get("/dashboard").body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{db}: no dashboard without a login");
        let (s, cookie) = login(&env, &env.rep).await;
        assert_eq!((s, cookie), (StatusCode::UNAUTHORIZED, None), "{db}: a rep token is not a dashboard login");
        let (s, cookie) = login(&env, &env.admin).await;
        assert_eq!(s, StatusCode::SEE_OTHER);
        assert_eq!(get_page(&env, "/dashboard", &cookie.unwrap()).await.0, StatusCode::OK);
    }
}

#[tokio::test]
async fn a_token_says_whose_it_is() {
    for (db, env) in envs().await {
        let (s, me, _) = call(&env.router, "GET", "/v1/me", Some(&env.rep), None).await;
        assert_eq!(s, StatusCode::OK, "{db}: {me}");
        assert_eq!(me, json!({"name": "Sam", "org": "Acme", "role": "rep", "team": "east"}), "{db}");
        let (_, me, _) = call(&env.router, "GET", "/v1/me", Some(&env.admin), None).await;
        assert_eq!(me["role"], "admin", "{db}");
        let (s, _, _) = call(&env.router, "GET", "/v1/me", None, None).await;
        assert_eq!(s, StatusCode::UNAUTHORIZED, "{db}");
    }
}

async fn invite(env: &Env, body: Value) -> String {
    let (s, inv, _) = call(&env.router, "POST", "/v1/admin/enrollments", Some(&env.admin), Some(body.to_string())).await;
    assert_eq!(s, StatusCode::OK, "{inv}");
    let code = inv["code"].as_str().unwrap().to_string();
    assert!(inv["link"].as_str().unwrap().ends_with(&format!("/enroll#code={code}")), "{inv}");
    code
}

async fn exchange(env: &Env, code: &str, name: &str) -> (StatusCode, Value) {
    let (s, v, _) = call(&env.router, "POST", "/v1/enroll", None, Some(json!({"code": code, "name": name}).to_string())).await;
    (s, v)
}

async fn count(db: &Db, sql: &str, bind: &str) -> i64 {
    use sqlx::Row;
    sqlx::query(sql).bind(bind).fetch_one(db).await.unwrap().try_get::<i64, _>(0).unwrap()
}

#[tokio::test]
async fn an_invitation_gives_one_rep_their_own_token_once() {
    for (db, env) in envs().await {
        let code = invite(&env, json!({"name": "Ana Ruiz", "team": "west"})).await;
        assert_eq!(count(&env._db, "SELECT COUNT(*) FROM enrollments WHERE code_hash = $1", &code).await, 0, "{db}: codes are stored hashed");
        let (s, got) = exchange(&env, &code, "ignored: the invitation names the rep").await;
        assert_eq!(s, StatusCode::OK, "{db}: {got}");
        assert_eq!(
            (got["name"].as_str(), got["role"].as_str(), got["team"].as_str(), got["org"].as_str()),
            (Some("Ana Ruiz"), Some("rep"), Some("west"), Some("Acme")),
            "{db}"
        );
        let token = got["token"].as_str().unwrap().to_string();
        assert_eq!(count(&env._db, "SELECT COUNT(*) FROM users WHERE token_hash = $1", &token).await, 0, "{db}: tokens are stored hashed");
        let (_, me, _) = call(&env.router, "GET", "/v1/me", Some(&token), None).await;
        assert_eq!((me["name"].as_str(), me["role"].as_str()), (Some("Ana Ruiz"), Some("rep")), "{db}: the new token is the rep's own");
        let (s, _, _) = call(&env.router, "GET", "/v1/library", Some(&token), None).await;
        assert_eq!(s, StatusCode::OK, "{db}");

        let (s, again) = exchange(&env, &code, "").await;
        assert_eq!(s, StatusCode::GONE, "{db}: {again}");
        assert!(again["error"].as_str().unwrap().contains("already used"), "{db}: {again}");
        let (s, unknown) = exchange(&env, "hoe_not_a_code", "").await;
        assert_eq!(s, StatusCode::NOT_FOUND, "{db}: {unknown}");
        assert!(unknown["error"].as_str().unwrap().contains("not known"), "{db}");

        // Two exchanges of one code at the same moment: exactly one gets a token.
        let code = invite(&env, json!({})).await;
        let (a, b) = tokio::join!(exchange(&env, &code, "Lee"), exchange(&env, &code, "Kim"));
        let mut statuses = [a.0, b.0];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::OK, StatusCode::GONE], "{db}: {a:?} {b:?}");
    }
}

#[tokio::test]
async fn an_invitation_expires_and_a_team_code_counts_its_uses() {
    for (db, env) in envs().await {
        let code = invite(&env, json!({"expires_in_hours": 1})).await;
        sqlx::query("UPDATE enrollments SET expires_ms = $1 WHERE code_hash = $2").bind(1_i64).bind(hash_token(&code)).execute(&env._db).await.unwrap();
        let users_before = count(&env._db, "SELECT COUNT(*) FROM users WHERE role = $1", "rep").await;
        let (s, v) = exchange(&env, &code, "Lee").await;
        assert_eq!(s, StatusCode::GONE, "{db}: {v}");
        assert!(v["error"].as_str().unwrap().contains("expired"), "{db}: {v}");
        assert_eq!(count(&env._db, "SELECT COUNT(*) FROM users WHERE role = $1", "rep").await, users_before, "{db}: no user from an expired code");

        // A code for a managed policy: several reps, each with their own name and token.
        let code = invite(&env, json!({"uses": 2, "team": "east"})).await;
        let (s1, lee) = exchange(&env, &code, "Lee").await;
        let (s2, kim) = exchange(&env, &code, "").await;
        assert_eq!((s1, s2), (StatusCode::OK, StatusCode::OK), "{db}: {lee} {kim}");
        assert_eq!((lee["name"].as_str(), kim["name"].as_str()), (Some("Lee"), Some("Rep")), "{db}");
        assert_ne!(lee["token"], kim["token"]);
        let (s, v) = exchange(&env, &code, "Third").await;
        assert_eq!(s, StatusCode::GONE, "{db}: {v}");

        for bad in [json!({"uses": 0}), json!({"expires_in_hours": 1000}), json!({"uses": "many"})] {
            let (s, v, _) = call(&env.router, "POST", "/v1/admin/enrollments", Some(&env.admin), Some(bad.to_string())).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{db}: {bad} → {v}");
        }
        let (s, _, _) = call(&env.router, "POST", "/v1/admin/enrollments", Some(&env.rep), Some("{}".into())).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{db}: reps cannot invite");
    }
}

#[tokio::test]
async fn an_admin_makes_an_invitation_link_on_the_dashboard() {
    for (db, env) in envs().await {
        let admin = login(&env, &env.admin).await.1.unwrap();
        let csrf = csrf_of(&get_page(&env, "/dashboard", &admin).await.1);
        let form = |cookie: &str, body: &str| {
            Request::post("/dashboard/invite")
                .header("cookie", cookie)
                .header("content-type", "application/x-www-form-urlencoded")
                .body(Body::from(format!("{body}&csrf={csrf}")))
                .unwrap()
        };
        let res = env.router.clone().oneshot(form(&admin, "name=Ana+Ruiz&team=west&uses=1&hours=24")).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
        assert!(html.contains("Send this link to Ana Ruiz. It works once and expires in 24 hours."), "{db}: {html}");
        let code = html.split("#code=").nth(1).and_then(|rest| rest.split('<').next()).unwrap().to_string();
        let (s, got) = exchange(&env, &code, "").await;
        assert_eq!((s, got["name"].as_str(), got["team"].as_str()), (StatusCode::OK, Some("Ana Ruiz"), Some("west")), "{db}: {got}");

        let res = env.router.clone().oneshot(form(&admin, "uses=0")).await.unwrap();
        let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
        assert!(html.contains("uses must be between 1 and 10000"), "{db}: {html}");
        let res = env.router.clone().oneshot(form(&format!("handoff_session={}", env.rep), "name=Me")).await.unwrap();
        assert_eq!(res.status(), StatusCode::SEE_OTHER, "{db}: a rep's token is no session: back to the login");
    }
}

#[tokio::test]
async fn csv_reports_never_hand_a_spreadsheet_a_formula() {
    // OWASP: a cell starting with =, +, -, @, tab or CR is a formula in Excel and Sheets.
    for (db, env) in envs().await {
        let lib = json!({"items": [{"id": "f-1", "title": "=HYPERLINK(\"http://x\",\"y\")", "status": "approved", "url": "https://c.example/f"}]}).to_string();
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(lib)).await;
        let batch = json!({"batch": [
            event("c1", "inserted", Some("f-1"), json!({})),
            event("c2", "search_no_result", None, json!({"query": "=1+1"})),
            event("c3", "search_no_result", None, json!({"query": "@SUM(A1)"})),
        ]})
        .to_string();
        call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch)).await;
        let (_, _, usage) = call(&env.router, "GET", "/v1/reports/usage?format=csv", Some(&env.admin), None).await;
        assert!(usage.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""), "{db}: {usage}");
        let (_, _, gaps) = call(&env.router, "GET", "/v1/reports/gaps?format=csv", Some(&env.admin), None).await;
        for line in usage.lines().chain(gaps.lines()) {
            for cell in line.split(',') {
                let c = cell.trim_start_matches('"');
                assert!(!c.starts_with(['=', '+', '@', '\t', '\r']), "{db}: live formula {cell:?} in {line:?}");
            }
        }
        assert!(gaps.contains("'=1+1") && gaps.to_lowercase().contains("'@sum(a1)"), "{db}: {gaps}");
    }
}

#[tokio::test]
async fn the_server_enforces_its_own_limits_on_batches_dates_and_field_lengths() {
    for (db, env) in envs().await {
        // More events than the clients' own limit: refused whole, in the JSON error shape.
        let many: Vec<Value> = (0..101).map(|n| event(&format!("m{n}"), "searched", None, json!({}))).collect();
        let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(json!({"batch": many}).to_string())).await;
        assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE, "{db}");
        assert!(v["error"].as_str().unwrap().contains("limit is 100"), "{db}: {v}");
        // A date from year 0 or 9999, and a 30,000-character vertical, are named and not stored.
        let batch = json!({"batch": [
            event("d1", "searched", None, json!({"at": "0000-01-01T00:00:00Z"})),
            event("d2", "searched", None, json!({"at": "9999-12-31T00:00:00Z"})),
            event("d3", "searched", None, json!({"vertical": "x".repeat(30_000)})),
            event("d4", "searched", None, json!({})),
        ]});
        let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        assert_eq!(v["accepted"], 1, "{db}: {v}");
        let errors: Vec<&str> = v["rejected"].as_array().unwrap().iter().map(|r| r["error"].as_str().unwrap()).collect();
        assert!(errors[0].contains("outside") && errors[1].contains("outside") && errors[2].contains("`vertical` longer"), "{db}: {errors:?}");
    }
}

#[tokio::test]
async fn an_item_whose_expiry_passes_leaves_the_library_without_a_write() {
    for (db, env) in envs().await {
        let now_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis() as i64;
        let expires = handoff_core::time::format_rfc3339_ms(now_ms + 2000);
        let lib = json!({"items": [
            {"id": "lasting", "title": "Lasting", "status": "approved", "url": "https://c.example/l"},
            {"id": "fleeting", "title": "Fleeting offer", "status": "approved", "url": "https://c.example/f", "expires": expires}
        ]});
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(lib.to_string())).await;
        let req = Request::get("/v1/library").header("authorization", format!("Bearer {}", env.rep)).body(Body::empty()).unwrap();
        let res = env.router.clone().oneshot(req).await.unwrap();
        let etag = res.headers()["etag"].to_str().unwrap().to_string();
        let full: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        assert_eq!(full["items"].as_array().unwrap().len(), 2, "{db}");
        let version = full["version"].as_str().unwrap().to_string();
        std::thread::sleep(std::time::Duration::from_millis(2500));
        let req = Request::get("/v1/library")
            .header("authorization", format!("Bearer {}", env.rep))
            .header("if-none-match", etag.as_str())
            .body(Body::empty())
            .unwrap();
        assert_eq!(env.router.clone().oneshot(req).await.unwrap().status(), StatusCode::OK, "{db}: the library changed when the item expired");
        let (_, delta, _) = call(&env.router, "GET", &format!("/v1/library?since={version}"), Some(&env.rep), None).await;
        assert_eq!(delta["deleted"], json!(["fleeting"]), "{db}: {delta}");
        // A version the server never gave (negative, or ahead of it) gets the whole library.
        for since in ["-5", "999999"] {
            let (s, v, _) = call(&env.router, "GET", &format!("/v1/library?since={since}"), Some(&env.rep), None).await;
            assert_eq!((s, v["full"].as_bool()), (StatusCode::OK, Some(true)), "{db}: since={since}");
            assert_eq!(v["items"].as_array().unwrap().len(), 1, "{db}: since={since}: {v}");
        }
    }
}

#[tokio::test]
async fn a_reps_token_speaks_only_for_that_rep() {
    use base64::Engine;
    for (db, env) in envs().await {
        // Segment's userId and the own format's `rep` name somebody else: both are Sam's events.
        let body = json!({"batch": [{"type": "track", "event": "Content Inserted", "messageId": "s-1", "timestamp": "2026-11-20T10:00:00Z", "userId": "mara-the-admin", "properties": {"item_id": "gov-1"}}]}).to_string();
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{}:", env.rep));
        let req = Request::post("/v1/batch").header("authorization", format!("Basic {basic}")).body(Body::from(body)).unwrap();
        assert_eq!(env.router.clone().oneshot(req).await.unwrap().status(), StatusCode::OK, "{db}");
        let own = json!({"batch": [event("o-1", "inserted", Some("gov-1"), json!({"rep": "somebody-else"}))]}).to_string();
        call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(own)).await;
        let (_, adoption, _) = call(&env.router, "GET", "/v1/reports/adoption", Some(&env.admin), None).await;
        let reps = adoption["reps"].as_array().unwrap();
        assert_eq!(reps.len(), 1, "{db}: {adoption}");
        assert_eq!((reps[0]["name"].as_str(), reps[0]["inserted"].as_i64()), (Some("Sam"), Some(2)), "{db}: {adoption}");
    }
}

#[tokio::test]
async fn segment_gzip_bodies_are_read() {
    use base64::Engine;
    use std::io::Write;
    for (db, env) in envs().await {
        let body = json!({"batch": [{"type": "track", "event": "Content Inserted", "messageId": "g-1", "timestamp": "2026-11-20T10:00:00Z", "properties": {"item_id": "gov-1"}}]}).to_string();
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(body.as_bytes()).unwrap();
        let basic = base64::engine::general_purpose::STANDARD.encode(format!("{}:", env.rep));
        let req = Request::post("/v1/batch")
            .header("authorization", format!("Basic {basic}"))
            .header("content-encoding", "gzip")
            .body(Body::from(gz.finish().unwrap()))
            .unwrap();
        let res = env.router.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let v: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        assert_eq!(v["accepted"], 1, "{db}: {v}");
        // Not gzip at all: a clear 400, not a crash.
        let req = Request::post("/v1/batch")
            .header("authorization", format!("Basic {basic}"))
            .header("content-encoding", "gzip")
            .body(Body::from("{not gzip"))
            .unwrap();
        assert_eq!(env.router.clone().oneshot(req).await.unwrap().status(), StatusCode::BAD_REQUEST, "{db}");
    }
}

#[tokio::test]
async fn every_error_answer_is_json() {
    for (db, env) in envs().await {
        // A body over the server's own size limit, a route that does not exist, a wrong method,
        // bytes that are not UTF-8: each answered as {"error": "..."}.
        let huge = "x".repeat(2 * 1024 * 1024);
        let cases: Vec<(&str, &str, Vec<u8>)> = vec![
            ("POST", "/v1/events", huge.into_bytes()),
            ("GET", "/v1/nowhere", vec![]),
            ("DELETE", "/v1/events", vec![]),
            ("POST", "/v1/events", vec![0xff, 0xfe, 0x00, 0x80]),
        ];
        for (method, path, body) in cases {
            let req = Request::builder()
                .method(method)
                .uri(path)
                .header("authorization", format!("Bearer {}", env.rep))
                .header("content-type", "application/json")
                .body(Body::from(body))
                .unwrap();
            let res = env.router.clone().oneshot(req).await.unwrap();
            let status = res.status();
            assert!(status.is_client_error(), "{db}: {method} {path}: {status}");
            assert!(res.headers()["content-type"].to_str().unwrap().starts_with("application/json"), "{db}: {method} {path}");
            let v: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap_or(Value::Null);
            assert!(v["error"].as_str().is_some_and(|e| !e.is_empty()), "{db}: {method} {path}: {v}");
        }
    }
}

#[tokio::test]
async fn concurrent_batches_sharing_ids_in_other_orders_are_all_stored_once() {
    for (db, env) in envs().await {
        for round in 0..10 {
            let ids: Vec<String> = (0..40).map(|n| format!("r{round}-{n:02}")).collect();
            let forward = json!({"batch": ids.iter().map(|id| event(id, "searched", None, json!({}))).collect::<Vec<_>>()}).to_string();
            let backward = json!({"batch": ids.iter().rev().map(|id| event(id, "searched", None, json!({}))).collect::<Vec<_>>()}).to_string();
            let (a, b) = tokio::join!(
                call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(forward)),
                call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(backward))
            );
            assert_eq!((a.0, b.0), (StatusCode::OK, StatusCode::OK), "{db} round {round}: {} / {}", a.1, b.1);
            let stored = a.1["accepted"].as_u64().unwrap() + b.1["accepted"].as_u64().unwrap();
            assert_eq!(stored, 40, "{db} round {round}: each event once");
        }
    }
}

fn proposal(id: &str, title: &str) -> Value {
    event(id, "proposed", None, json!({"proposal": {"title": title, "body": "Start with the clerk."}}))
}

async fn item_row(db: &Db, id: &str) -> Option<(String, String, i64)> {
    use sqlx::Row;
    let row = sqlx::query("SELECT json, status, version FROM items WHERE id = $1").bind(id).fetch_optional(db).await.unwrap()?;
    Some((row.get("json"), row.get("status"), row.get("version")))
}

async fn proposal_titles(env: &Env) -> Vec<String> {
    let (_, v, _) = call(&env.router, "GET", "/v1/admin/proposals", Some(&env.admin), None).await;
    v["proposals"].as_array().unwrap().iter().map(|p| p["item"]["title"].as_str().unwrap().to_string()).collect()
}

#[tokio::test]
async fn a_proposal_never_overwrites_an_item_whose_id_it_would_take() {
    for (db, env) in envs().await {
        let lib = json!({"items": [{"id": "proposal-e1", "title": "Approved pricing", "status": "approved", "url": "https://c.example/p"}]}).to_string();
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(lib)).await;
        let before = item_row(&env._db, "proposal-e1").await.unwrap();
        let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(json!({"batch": [proposal("e1", "Hijack")]}).to_string())).await;
        assert_eq!((s, v["accepted"].as_u64()), (StatusCode::OK, Some(1)), "{db}: {v}");
        assert_eq!(item_row(&env._db, "proposal-e1").await.unwrap(), before, "{db}: the approved item is untouched");
        assert_eq!(proposal_titles(&env).await, ["Hijack"], "{db}: the proposal is kept under a fresh id");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(lib["items"][0]["title"], "Approved pricing", "{db}: {lib}");
    }
}

#[tokio::test]
async fn batches_without_proposals_are_stored_once_when_retried_overlapping_or_repeating_an_id() {
    for (db, env) in envs().await {
        let post = |ids: &[&str]| {
            let batch = json!({"batch": ids.iter().map(|id| event(id, "shown", Some("gov-1"), json!({}))).collect::<Vec<_>>()}).to_string();
            let router = env.router.clone();
            let rep = env.rep.clone();
            async move {
                let (s, v, _) = call(&router, "POST", "/v1/events", Some(&rep), Some(batch)).await;
                assert_eq!(s, StatusCode::OK, "{v}");
                (v["accepted"].as_u64().unwrap(), v["duplicates"].as_u64().unwrap())
            }
        };
        assert_eq!(post(&["b1", "b2"]).await, (2, 0), "{db}");
        assert_eq!(post(&["b1", "b2"]).await, (0, 2), "{db}: a retry");
        assert_eq!(post(&["b2", "b3"]).await, (1, 1), "{db}: half stored before");
        assert_eq!(post(&["b4", "b4"]).await, (1, 1), "{db}: an id twice in one batch");
        let stored: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM events").fetch_one(&env._db).await.unwrap();
        assert_eq!(stored, 4, "{db}: b1 to b4, each once");
    }
}

#[tokio::test]
async fn an_event_and_its_proposal_are_stored_together_or_not_at_all() {
    for (db, env) in envs().await {
        // A failure between the two writes, as a crash would leave it: the items insert fails.
        let fail: &[&str] = if db == "sqlite" {
            &["CREATE TRIGGER no_items BEFORE INSERT ON items BEGIN SELECT RAISE(ABORT, 'simulated crash'); END"]
        } else {
            &[
                "CREATE FUNCTION no_items() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'simulated crash'; END $$ LANGUAGE plpgsql",
                "CREATE TRIGGER no_items BEFORE INSERT ON items FOR EACH ROW EXECUTE FUNCTION no_items()",
            ]
        };
        for sql in fail {
            sqlx::query(sql).execute(&env._db).await.unwrap();
        }
        let batch = json!({"batch": [event("a1", "shown", Some("gov-1"), json!({})), proposal("a2", "County expansion")]}).to_string();
        let (s, _, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.clone())).await;
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE, "{db}");
        sqlx::query(if db == "sqlite" { "DROP TRIGGER no_items" } else { "DROP TRIGGER no_items ON items" }).execute(&env._db).await.unwrap();
        // The retry stores the batch, proposal included; the next retry is all duplicates.
        for expect in [(2, 0), (0, 2)] {
            let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.clone())).await;
            assert_eq!((s, v["accepted"].as_u64(), v["duplicates"].as_u64()), (StatusCode::OK, Some(expect.0), Some(expect.1)), "{db}: {v}");
        }
        assert_eq!(proposal_titles(&env).await, ["County expansion"], "{db}: exactly one draft");
        // A batch mixing a stored proposal and a new one stores only the new one.
        let mixed = json!({"batch": [proposal("a3", "City pilot"), proposal("a2", "County expansion")]}).to_string();
        let (_, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(mixed)).await;
        assert_eq!((v["accepted"].as_u64(), v["duplicates"].as_u64()), (Some(1), Some(1)), "{db}: {v}");
        let mut titles = proposal_titles(&env).await;
        titles.sort();
        assert_eq!(titles, ["City pilot", "County expansion"], "{db}");
    }
}

#[tokio::test]
async fn proposals_leave_the_served_library_version_alone_until_approved() {
    for (db, env) in envs().await {
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        let req = || Request::get("/v1/library").header("authorization", format!("Bearer {}", env.rep));
        let res = env.router.clone().oneshot(req().body(Body::empty()).unwrap()).await.unwrap();
        let etag = res.headers()["etag"].to_str().unwrap().to_string();
        let version = serde_json::from_slice::<Value>(&res.into_body().collect().await.unwrap().to_bytes()).unwrap()["version"].as_str().unwrap().to_string();
        for n in 0..3 {
            let batch: Vec<Value> = (0..40).map(|i| proposal(&format!("p{n}-{i:02}"), &format!("Idea {n}.{i}"))).collect();
            let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(json!({ "batch": batch }).to_string())).await;
            assert_eq!((s, v["accepted"].as_u64()), (StatusCode::OK, Some(40)), "{db}: {v}");
        }
        assert_eq!(proposal_titles(&env).await.len(), 120, "{db}");
        let res = env.router.clone().oneshot(req().header("if-none-match", etag.as_str()).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::NOT_MODIFIED, "{db}: 120 drafts change nothing an extension sees");
        let (_, delta, _) = call(&env.router, "GET", &format!("/v1/library?since={version}"), Some(&env.rep), None).await;
        assert_eq!((delta["version"].as_str(), delta["items"].as_array().unwrap().len()), (Some(version.as_str()), 0), "{db}: {delta}");
        // Approving one is a change extensions must fetch.
        let (s, _, _) =
            call(&env.router, "POST", "/v1/admin/items/proposal-p0-07/status", Some(&env.admin), Some(json!({"status": "approved"}).to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        let res = env.router.clone().oneshot(req().header("if-none-match", etag.as_str()).body(Body::empty()).unwrap()).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let (_, delta, _) = call(&env.router, "GET", &format!("/v1/library?since={version}"), Some(&env.rep), None).await;
        assert_eq!(delta["items"][0]["title"], "Idea 0.7", "{db}: {delta}");
    }
}

#[tokio::test]
async fn a_connection_that_stalls_in_its_request_line_or_body_is_ended_within_the_timeout() {
    use std::time::{Duration, Instant};
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let (_, env) = envs().await.remove(0);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let timeout = Duration::from_millis(500);
    tokio::spawn(handoff_sync_server::serve(listener, env.router.clone(), timeout, std::future::pending()));
    let mut stalled = tokio::net::TcpStream::connect(addr).await.unwrap();
    stalled.write_all(b"POST /v1/ev").await.unwrap();
    let started = Instant::now();
    // A healthy request meanwhile is answered.
    let mut healthy = tokio::net::TcpStream::connect(addr).await.unwrap();
    healthy.write_all(b"GET /healthz HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n").await.unwrap();
    let mut answer = String::new();
    healthy.read_to_string(&mut answer).await.unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // The stalled one is closed (EOF or reset) soon after the timeout, not left open.
    let mut rest = Vec::new();
    let closed = tokio::time::timeout(Duration::from_secs(5), stalled.read_to_end(&mut rest)).await;
    assert!(closed.is_ok(), "still open after 5 s");
    assert!(started.elapsed() < timeout * 3, "closed after {:?}", started.elapsed());
    // A whole head, then a body that stops half way: the request fails in time, it does not hang.
    let mut trickle = tokio::net::TcpStream::connect(addr).await.unwrap();
    trickle
        .write_all(format!("POST /v1/events HTTP/1.1\r\nHost: t\r\nAuthorization: Bearer {}\r\nContent-Length: 100\r\n\r\n{{\"batch\": [", env.rep).as_bytes())
        .await
        .unwrap();
    let started = Instant::now();
    let mut head = [0u8; 12];
    tokio::time::timeout(Duration::from_secs(5), trickle.read_exact(&mut head)).await.expect("answered within 5 s").unwrap();
    assert_eq!(&head, b"HTTP/1.1 400", "{:?}", String::from_utf8_lossy(&head));
    assert!(started.elapsed() < timeout * 3, "answered after {:?}", started.elapsed());
}

#[tokio::test]
async fn reports_and_imports_use_the_orgs_own_taxonomy_and_blank_filters_are_no_filter() {
    for (db, env) in envs().await {
        let tax = json!({ "verticals": [{ "id": "agriculture", "label": "Agriculture", "synonyms": ["Farming", "Agribusiness"] }] });
        let (s, _, text) = call(&env.router, "PUT", "/v1/admin/taxonomy", Some(&env.admin), Some(tax.to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {text}");
        // A CSV export naming the org's own CRM value is mapped to its own vertical.
        // A vertical no taxonomy names ("Logistics") is the library's own, in the report too.
        let csv = "id,title,kind,verticals,stages,status,body\nfarm-case,Case study: Valley Co-op,case-study,Farming,evaluation,approved,How a co-op went paperless.\nlog-case,Case study: Freight Co,case-study,Logistics,evaluation,approved,How a carrier cut detention fees.\n";
        let req = Request::put("/v1/admin/items")
            .header("authorization", format!("Bearer {}", env.admin))
            .header("content-type", "text/csv")
            .body(Body::from(csv))
            .unwrap();
        let res = env.router.clone().oneshot(req).await.unwrap();
        let body: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        assert_eq!(body["stored"], 2, "{db}: {body}");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        let item = lib["items"].as_array().unwrap().iter().find(|i| i["id"] == "farm-case").cloned().unwrap();
        assert_eq!(item["verticals"], json!(["agriculture"]), "{db}: {item}");
        // The coverage report has the org's vertical, with that item in its evaluation cell.
        let (s, gaps, text) = call(&env.router, "GET", "/v1/reports/gaps?from=&to=&vertical=&team=", Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{db}: blank filters are no filter: {text}");
        let cell = gaps["cells"].as_array().unwrap().iter().find(|c| c["vertical"] == "agriculture" && c["stage"] == "evaluation").cloned();
        assert_eq!(cell.map(|c| c["specific"].clone()), Some(json!(1)), "{db}: {gaps}");
        let cell = gaps["cells"].as_array().unwrap().iter().find(|c| c["vertical"] == "Logistics" && c["stage"] == "evaluation").cloned();
        assert_eq!(cell.map(|c| c["specific"].clone()), Some(json!(1)), "{db}: {gaps}");
        // The dashboard's date inputs send plain dates; `to` includes its day.
        let (s, _, text) = call(&env.router, "GET", "/v1/reports/usage?from=2026-01-01&to=2026-12-31", Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{db}: {text}");
        let (s, err, _) = call(&env.router, "GET", "/v1/reports/usage?from=yesterday", Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{db}");
        assert!(err["error"].as_str().unwrap().contains("YYYY-MM-DD"), "{db}: {err}");
    }
}

/// Signs in on the dashboard's form; the status and the `name=value` of the session cookie.
#[tokio::test]
async fn dashboard_sessions_are_server_side_csrf_checked_and_end_at_logout() {
    for (db, env) in envs().await {
        let req = Request::post("/login").header("content-type", "application/x-www-form-urlencoded").body(Body::from(format!("token={}", env.admin))).unwrap();
        let res = env.router.clone().oneshot(req).await.unwrap();
        let set = res.headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
        assert!(!set.contains(&env.admin), "{db}: the cookie holds a session id, never the token: {set}");
        for attr in ["HttpOnly", "SameSite=Strict", "Max-Age=43200", "Path=/"] {
            assert!(set.contains(attr), "{db}: {attr} missing: {set}");
        }
        assert!(!set.contains("Secure"), "{db}: plain http on loopback");
        let cookie = set.split(';').next().unwrap().to_string();
        let (s, html, headers) = get_page(&env, "/dashboard", &cookie).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        let csp = headers.get("content-security-policy").unwrap().to_str().unwrap();
        assert!(csp.contains("frame-ancestors 'none'") && csp.contains("default-src 'none'"), "{db}: {csp}");
        assert_eq!(headers.get("x-content-type-options").unwrap(), "nosniff");
        let csrf = csrf_of(&html);

        // The JSON API does not take the cookie: a cross-site text/plain POST carrying it
        // (what a form on another site can send) creates nobody.
        let req = Request::post("/v1/admin/users")
            .header("cookie", &cookie)
            .header("content-type", "text/plain")
            .body(Body::from(r#"{"name":"Eve","role":"admin"}"#))
            .unwrap();
        assert_eq!(env.router.clone().oneshot(req).await.unwrap().status(), StatusCode::UNAUTHORIZED, "{db}");
        // A dashboard form without the session's CSRF token is refused.
        assert_eq!(post_form(&env, "/dashboard/invite", &cookie, "name=Eve", Some("https://evil.example")).await, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(post_form(&env, "/dashboard/invite", &cookie, "name=Eve&csrf=guess", None).await, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(post_form(&env, "/logout", &cookie, "csrf=guess", None).await, StatusCode::FORBIDDEN, "{db}: no logging out from another site");
        assert_eq!(post_form(&env, "/dashboard/invite", &cookie, &format!("name=Ana&csrf={csrf}"), None).await, StatusCode::OK, "{db}");

        // Signing out ends the session on the server: the old cookie is refused.
        assert_eq!(post_form(&env, "/logout", &cookie, &format!("csrf={csrf}"), None).await, StatusCode::SEE_OTHER, "{db}");
        assert_eq!(get_page(&env, "/dashboard", &cookie).await.0, StatusCode::SEE_OTHER, "{db}: the old cookie goes to the login");

        // Behind TLS the cookie is Secure.
        let req = Request::post("/login")
            .header("x-forwarded-proto", "https")
            .header("content-type", "application/x-www-form-urlencoded")
            .body(Body::from(format!("token={}", env.admin)))
            .unwrap();
        let set = env.router.clone().oneshot(req).await.unwrap().headers().get("set-cookie").unwrap().to_str().unwrap().to_string();
        assert!(set.contains("; Secure"), "{db}: {set}");
    }
}

#[tokio::test]
async fn a_session_expires_and_goes_idle() {
    for (db, env) in envs().await {
        let expired = login(&env, &env.admin).await.1.unwrap();
        let idle = login(&env, &env.admin).await.1.unwrap();
        let hash = |c: &str| handoff_sync_server::hash_token(c.split_once('=').unwrap().1);
        let now = handoff_sync_server::db::now_ms();
        sqlx::query("UPDATE sessions SET expires_ms = $1 WHERE id_hash = $2").bind(now - 1).bind(hash(&expired)).execute(&env._db).await.unwrap();
        sqlx::query("UPDATE sessions SET last_ms = $1 WHERE id_hash = $2").bind(now - 3 * 3_600_000).bind(hash(&idle)).execute(&env._db).await.unwrap();
        assert_eq!(get_page(&env, "/dashboard", &expired).await.0, StatusCode::SEE_OTHER, "{db}: past its 12 hours");
        assert_eq!(get_page(&env, "/dashboard", &idle).await.0, StatusCode::SEE_OTHER, "{db}: idle for 3 hours");
        let fresh = login(&env, &env.admin).await.1.unwrap();
        assert_eq!(get_page(&env, "/dashboard", &fresh).await.0, StatusCode::OK, "{db}");
    }
}

#[tokio::test]
async fn an_admin_rotates_and_revokes_tokens_and_they_stop_working_at_once() {
    for (db, env) in envs().await {
        let (_, list, _) = call(&env.router, "GET", "/v1/admin/users", Some(&env.admin), None).await;
        let sam = list["users"].as_array().unwrap().iter().find(|u| u["name"] == "Sam").cloned().unwrap();
        assert!(!list.to_string().contains("token_hash") && !list.to_string().contains(&env.rep), "{db}: no tokens listed");
        let id = sam["id"].as_str().unwrap();
        // Warm the ingest route's caller cache with the old token first.
        let batch = json!({ "batch": [event("r1", "shown", Some("a"), json!({}))] }).to_string();
        assert_eq!(call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.clone())).await.0, StatusCode::OK, "{db}");

        let (s, rotated, text) = call(&env.router, "POST", &format!("/v1/admin/users/{id}/token"), Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{db}: {text}");
        let new = rotated["token"].as_str().unwrap().to_string();
        assert_eq!(
            call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.clone())).await.0,
            StatusCode::UNAUTHORIZED,
            "{db}: the old token is refused at once"
        );
        assert_eq!(call(&env.router, "GET", "/v1/me", Some(&env.rep), None).await.0, StatusCode::UNAUTHORIZED, "{db}");
        assert_eq!(call(&env.router, "GET", "/v1/me", Some(&new), None).await.0, StatusCode::OK, "{db}");

        // Another org's admin cannot touch this user.
        assert_eq!(call(&env.router, "DELETE", &format!("/v1/admin/users/{id}/token"), Some(&env.other_admin), None).await.0, StatusCode::NOT_FOUND, "{db}");
        assert_eq!(
            call(&env.router, "DELETE", &format!("/v1/admin/users/{id}/token"), Some(&env.rep), None).await.0,
            StatusCode::UNAUTHORIZED,
            "{db}: the old rep token is nobody"
        );
        let (s, _, _) = call(&env.router, "DELETE", &format!("/v1/admin/users/{id}/token"), Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        assert_eq!(call(&env.router, "GET", "/v1/me", Some(&new), None).await.0, StatusCode::UNAUTHORIZED, "{db}: revoked");
        let (_, list, _) = call(&env.router, "GET", "/v1/admin/users", Some(&env.admin), None).await;
        assert!(list["users"].as_array().unwrap().iter().any(|u| u["id"] == id && u["revoked"] == true), "{db}: {list}");

        // An admin's dashboard session ends when the admin's token is rotated.
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let (_, me, _) = call(&env.router, "GET", "/v1/me", Some(&env.admin), None).await;
        let (_, admins, _) = call(&env.router, "GET", "/v1/admin/users", Some(&env.admin), None).await;
        let admin_id = admins["users"].as_array().unwrap().iter().find(|u| u["name"] == me["name"]).unwrap()["id"].as_str().unwrap().to_string();
        let (_, fresh, _) = call(&env.router, "POST", &format!("/v1/admin/users/{admin_id}/token"), Some(&env.admin), None).await;
        assert!(fresh["token"].is_string(), "{db}");
        assert_eq!(get_page(&env, "/dashboard", &cookie).await.0, StatusCode::SEE_OTHER, "{db}: the session went with its token");
    }
}

#[tokio::test]
async fn a_user_name_is_a_name_not_a_document() {
    for (db, env) in envs().await {
        let long = "x".repeat(900_000);
        let (s, err, _) = call(&env.router, "POST", "/v1/admin/users", Some(&env.admin), Some(json!({ "name": long, "role": "rep" }).to_string())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{db}");
        assert!(err["error"].as_str().unwrap().contains("at most 200"), "{db}: {err}");
        let (s, _, _) = call(
            &env.router,
            "POST",
            "/v1/admin/users",
            Some(&env.admin),
            Some(json!({ "name": "Ana Ruiz", "role": "rep", "team": "t".repeat(201) }).to_string()),
        )
        .await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{db}");
        let (s, _, _) = call(&env.router, "POST", "/v1/admin/users", Some(&env.admin), Some(json!({ "name": "Ana Ruiz", "role": "rep" }).to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}");
    }
}

#[tokio::test]
async fn marketing_approves_or_declines_reps_proposals_on_the_dashboard() {
    for (db, env) in envs().await {
        let batch = json!({"batch": [
            event("p1", "proposed", None, json!({"proposal": {"title": "County expansion <b>note</b>", "body": "Start with the clerk."}})),
            event("p2", "proposed", None, json!({"proposal": {"title": "Discount wording", "body": "We can do 10%."}})),
        ]})
        .to_string();
        assert_eq!(call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch)).await.0, StatusCode::OK, "{db}");
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let (_, html, _) = get_page(&env, "/dashboard", &cookie).await;
        assert!(
            html.contains("County expansion &lt;b&gt;note&lt;/b&gt;") && html.contains("<td>Sam</td>"),
            "{db}: the queue names the proposal and its proposer, escaped"
        );
        let (_, list, _) = call(&env.router, "GET", "/v1/admin/proposals", Some(&env.admin), None).await;
        let id_of = |title: &str| {
            list["proposals"].as_array().unwrap().iter().find(|p| p["item"]["title"].as_str().unwrap().starts_with(title)).unwrap()["item"]["id"]
                .as_str()
                .unwrap()
                .to_string()
        };
        let (county, discount) = (id_of("County"), id_of("Discount"));
        let csrf = csrf_of(&html);
        assert_eq!(post_form(&env, &format!("/dashboard/proposals/{county}"), &cookie, "action=approve&csrf=wrong", None).await, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(
            post_form(&env, &format!("/dashboard/proposals/{county}"), &cookie, &format!("action=approve&csrf={csrf}"), None).await,
            StatusCode::SEE_OTHER,
            "{db}"
        );
        assert_eq!(
            post_form(&env, &format!("/dashboard/proposals/{discount}"), &cookie, &format!("action=decline&csrf={csrf}"), None).await,
            StatusCode::SEE_OTHER,
            "{db}"
        );
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        let ids: Vec<&str> = lib["items"].as_array().unwrap().iter().map(|i| i["id"].as_str().unwrap()).collect();
        assert!(ids.contains(&county.as_str()) && !ids.contains(&discount.as_str()), "{db}: approved is served, declined is not: {ids:?}");
        let (_, html, _) = get_page(&env, "/dashboard", &cookie).await;
        assert!(html.contains("No proposal is waiting."), "{db}: the queue is empty");
    }
}

#[tokio::test]
async fn stored_markup_is_shown_as_text_on_every_dashboard_page() {
    const XSS: &str = "<img src=x onerror=alert(1)>";
    for (db, env) in envs().await {
        let item =
            json!({"id": "x-1", "title": XSS, "summary": XSS, "body": XSS, "kind": XSS, "tags": [XSS], "status": "approved", "url": "https://c.example/x"});
        let unused = json!({"id": "x-2", "title": XSS, "status": "approved", "url": "https://c.example/y"});
        let (s, v, _) = call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(json!({ "items": [item, unused] }).to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        let (s, rep, _) =
            call(&env.router, "POST", "/v1/admin/users", Some(&env.admin), Some(json!({ "name": XSS, "role": "rep", "team": XSS }).to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {rep}");
        let batch = json!({"batch": [
            event("x1", "inserted", Some("x-1"), json!({})),
            event("x2", "search_no_result", None, json!({"query": XSS})),
            event("x3", "proposed", None, json!({"proposal": {"title": XSS, "body": XSS}})),
        ]});
        let (s, v, _) = call(&env.router, "POST", "/v1/events", rep["token"].as_str(), Some(batch.to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let q = "%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E";
        for path in [
            "/dashboard".to_string(),
            "/dashboard/library".to_string(),
            format!("/dashboard/library?q={q}"),
            "/dashboard/library/item/x-1".to_string(),
            "/dashboard/people".to_string(),
        ] {
            let (s, html, _) = get_page(&env, &path, &cookie).await;
            assert_eq!(s, StatusCode::OK, "{db}: {path}");
            assert!(!html.contains("<img src=x onerror"), "{db}: {path} shows stored markup as markup");
            assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{db}: {path} shows the value, escaped");
        }
        // Posted forms answer with the value they were given.
        let csrf = csrf_of(&get_page(&env, "/dashboard", &cookie).await.1);
        for (path, body) in [
            ("/dashboard/invite", format!("name={q}&team={q}&csrf={csrf}")),
            ("/dashboard/taxonomy", format!("v_id=gov&v_label={q}&samples={q}&do=preview&csrf={csrf}")),
            ("/dashboard/health", format!("rules={q}&csrf={csrf}")),
        ] {
            let (s, html) = post_form_page(&env, path, &cookie, &body).await;
            assert_eq!(s, StatusCode::OK, "{db}: {path}: {html}");
            assert!(!html.contains("<img src=x onerror") && html.contains("&lt;img src=x onerror=alert(1)&gt;"), "{db}: {path}");
        }
    }
}

#[tokio::test]
async fn the_library_and_people_pages_change_things_only_with_the_sessions_csrf_token() {
    for (db, env) in envs().await {
        let lib = json!({"items": [{"id": "gov-1", "title": "FedRAMP package", "status": "approved", "verticals": ["government"], "body": "Hi"}, {"id": "gov-2", "title": "StateRAMP brief", "status": "approved"}]});
        assert_eq!(call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(lib.to_string())).await.0, StatusCode::OK, "{db}");
        assert_eq!(get_page(&env, "/dashboard/library", "handoff_session=nobody").await.0, StatusCode::SEE_OTHER, "{db}: no library page without a login");
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let (s, html, _) = get_page(&env, "/dashboard/library?status=approved&q=fedramp", &cookie).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        assert!(html.contains("1 of 2 items"), "{db}: filtered");
        let csrf = csrf_of(&html);
        let status = |id: &'static str| {
            let router = env.router.clone();
            let admin = env.admin.clone();
            async move { call(&router, "GET", &format!("/v1/admin/items/{id}/versions"), Some(&admin), None).await.1["versions"][0]["item"]["status"].clone() }
        };

        // Bulk: refused without the token, done with it, as one version for both items.
        assert_eq!(
            post_form(&env, "/dashboard/library/bulk", &cookie, "action=retire&id=gov-1&id=gov-2&csrf=guess", None).await,
            StatusCode::FORBIDDEN,
            "{db}"
        );
        assert_eq!(status("gov-1").await, "approved", "{db}");
        assert_eq!(
            post_form(&env, "/dashboard/library/bulk", &cookie, &format!("action=retire&id=gov-1&id=gov-2&csrf={csrf}"), None).await,
            StatusCode::SEE_OTHER,
            "{db}"
        );
        assert_eq!((status("gov-1").await, status("gov-2").await), (json!("retired"), json!("retired")), "{db}");
        let (_, v1, _) = call(&env.router, "GET", "/v1/admin/items/gov-1/versions", Some(&env.admin), None).await;
        let (_, v2, _) = call(&env.router, "GET", "/v1/admin/items/gov-2/versions", Some(&env.admin), None).await;
        assert_eq!(v1["versions"][0]["version"], v2["versions"][0]["version"], "{db}: one library version");

        // Editing: CSRF-checked, validated, CRLF from the textarea stored as LF.
        let edit = |title: &str, csrf: &str| format!("title={title}&kind=snippet&body=Hi%0D%0Athere&verticals=government&status=approved&csrf={csrf}");
        assert_eq!(post_form(&env, "/dashboard/library/item/gov-1", &cookie, &edit("New", "guess"), None).await, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(
            post_form(&env, "/dashboard/library/item/gov-1", &cookie, &edit("", &csrf), None).await,
            StatusCode::BAD_REQUEST,
            "{db}: an empty title is refused"
        );
        assert_eq!(post_form(&env, "/dashboard/library/item/gov-1", &cookie, &edit("FedRAMP package v2", &csrf), None).await, StatusCode::SEE_OTHER, "{db}");
        let (_, v, _) = call(&env.router, "GET", "/v1/admin/items/gov-1/versions", Some(&env.admin), None).await;
        assert_eq!(
            (v["versions"][0]["item"]["title"].as_str(), v["versions"][0]["item"]["body"].as_str(), v["versions"][0]["item"]["status"].as_str()),
            (Some("FedRAMP package v2"), Some("Hi\nthere"), Some("approved")),
            "{db}"
        );
        let (_, page, _) = get_page(&env, "/dashboard/library/item/gov-1", &cookie).await;
        assert!(page.contains("title: FedRAMP package → FedRAMP package v2"), "{db}: the history says what changed");

        // Upload: the CSRF token travels in a header.
        let upload = |token: &str| {
            Request::post("/dashboard/library/upload?name=more.csv")
                .header("cookie", &cookie)
                .header("x-csrf-token", token)
                .body(Body::from("id,title,status,url\nup-1,Uploaded,approved,https://c.example/u\nup-2,,approved,https://c.example/v\n"))
                .unwrap()
        };
        assert_eq!(env.router.clone().oneshot(upload("guess")).await.unwrap().status(), StatusCode::FORBIDDEN, "{db}");
        let res = env.router.clone().oneshot(upload(&csrf)).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let body: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        assert_eq!(
            (body["stored"].as_u64(), body["problems"][0]["line"].as_u64(), body["problems"][0]["field"].as_str()),
            (Some(1), Some(3), Some("title")),
            "{db}: {body}"
        );

        // People: a rep's token rotated from the page stops working; one's own is not changed here.
        let users = call(&env.router, "GET", "/v1/admin/users", Some(&env.admin), None).await.1;
        let id_of = |role: &str| users["users"].as_array().unwrap().iter().find(|u| u["role"] == role).unwrap()["id"].as_str().unwrap().to_string();
        let (rep_id, admin_id) = (id_of("rep"), id_of("admin"));
        assert_eq!(post_form(&env, &format!("/dashboard/people/{rep_id}/rotate"), &cookie, "csrf=guess", None).await, StatusCode::FORBIDDEN, "{db}");
        assert_eq!(call(&env.router, "GET", "/v1/me", Some(&env.rep), None).await.0, StatusCode::OK, "{db}");
        assert_eq!(
            post_form(&env, &format!("/dashboard/people/{admin_id}/revoke"), &cookie, &format!("csrf={csrf}"), None).await,
            StatusCode::BAD_REQUEST,
            "{db}: not one's own"
        );
        assert_eq!(post_form(&env, &format!("/dashboard/people/{rep_id}/rotate"), &cookie, &format!("csrf={csrf}"), None).await, StatusCode::OK, "{db}");
        assert_eq!(call(&env.router, "GET", "/v1/me", Some(&env.rep), None).await.0, StatusCode::UNAUTHORIZED, "{db}: the old token stopped working");
    }
}

#[tokio::test]
async fn a_rep_sees_what_became_of_their_own_proposals_and_nobody_elses() {
    for (db, env) in envs().await {
        let proposal =
            |id: &str, title: &str| json!({"id": id, "at": "2026-11-20T10:00:00Z", "action": "proposed", "proposal": {"title": title, "body": "Hi"}});
        let batch = json!({"batch": [proposal("p1", "Keep"), proposal("p2", "Drop")]});
        assert_eq!(call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(batch.to_string())).await.1["accepted"], 2, "{db}");
        let (_, mine, _) = call(&env.router, "GET", "/v1/proposals", Some(&env.rep), None).await;
        let states = |v: &Value| {
            v["proposals"]
                .as_array()
                .unwrap()
                .iter()
                .map(|p| (p["title"].as_str().unwrap().to_string(), p["state"].as_str().unwrap().to_string(), p["note"].as_str().map(String::from)))
                .collect::<Vec<_>>()
        };
        assert_eq!(states(&mine).len(), 2, "{db}");
        assert!(states(&mine).iter().all(|(_, s, _)| s == "waiting"), "{db}");
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let (_, html, _) = get_page(&env, "/dashboard", &cookie).await;
        let csrf = csrf_of(&html);
        let ids = call(&env.router, "GET", "/v1/admin/proposals", Some(&env.admin), None).await.1;
        let id_of = |title: &str| {
            ids["proposals"].as_array().unwrap().iter().find(|p| p["item"]["title"] == title).unwrap()["item"]["id"].as_str().unwrap().to_string()
        };
        assert_eq!(
            post_form(&env, &format!("/dashboard/proposals/{}", id_of("Keep")), &cookie, &format!("action=approve&csrf={csrf}"), None).await,
            StatusCode::SEE_OTHER,
            "{db}"
        );
        assert_eq!(
            post_form(&env, &format!("/dashboard/proposals/{}", id_of("Drop")), &cookie, &format!("action=decline&note=Use+the+2027+sheet&csrf={csrf}"), None)
                .await,
            StatusCode::SEE_OTHER,
            "{db}"
        );
        let (_, mine, _) = call(&env.router, "GET", "/v1/proposals", Some(&env.rep), None).await;
        let mut got = states(&mine);
        got.sort();
        assert_eq!(got, [("Drop".into(), "declined".into(), Some("Use the 2027 sheet".into())), ("Keep".into(), "approved".into(), None)], "{db}");
        let (_, theirs, _) = call(&env.router, "GET", "/v1/proposals", Some(&env.admin), None).await;
        assert_eq!(theirs["proposals"], json!([]), "{db}: another user's proposals are not listed");
        let (_, other_org, _) = call(&env.router, "GET", "/v1/proposals", Some(&env.other_admin), None).await;
        assert_eq!(other_org["proposals"], json!([]), "{db}");
    }
}

#[tokio::test]
async fn site_health_counts_are_idempotent_and_a_drop_is_called_out() {
    for (db, env) in envs().await {
        let day = |ago: i64| handoff_core::time::format_rfc3339_ms(handoff_sync_server::db::now_ms() - ago * 86_400_000)[..10].to_string();
        let row = |ago: i64, field: &str, found: i64, missing: i64| json!({"day": day(ago), "site": "salesforce", "rules_version": "built-in", "field": field, "found": found, "missing": missing});
        let report = json!({"reports": [row(10, "stage", 20, 0), row(10, "company", 20, 0), row(2, "stage", 2, 8), row(2, "company", 10, 0)]});
        for _ in 0..2 {
            let (s, v, _) = call(&env.router, "POST", "/v1/health", Some(&env.rep), Some(report.to_string())).await;
            assert_eq!((s, v["stored"].as_u64()), (StatusCode::OK, Some(4)), "{db}: {v}");
        }
        let bad = json!({"reports": [{"day": "yesterday", "site": "salesforce", "rules_version": "", "field": "stage", "found": 1, "missing": 0}]});
        assert_eq!(call(&env.router, "POST", "/v1/health", Some(&env.rep), Some(bad.to_string())).await.0, StatusCode::BAD_REQUEST, "{db}");
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let (s, html, _) = get_page(&env, "/dashboard/health", &cookie).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        assert!(
            html.contains(&format!("<b>Salesforce stage</b> not found on 80% of pages since {} (was 0% the week before)", day(2))),
            "{db}: the drop, counted once despite the resend: {html}"
        );
        assert!(!html.contains("<b>Salesforce company</b>"), "{db}: no drop for a field still found");
        // Publishing rules from the page: checked, then stored for the extensions' next sync.
        let csrf = csrf_of(&html);
        assert_eq!(post_form(&env, "/dashboard/health", &cookie, "rules=%7B%7D&csrf=guess", None).await, StatusCode::FORBIDDEN, "{db}");
        let rules = r#"{"version":"2026-12-05","sites":{}}"#;
        let form = format!("rules={}&csrf={csrf}", rules.replace('{', "%7B").replace('}', "%7D").replace('"', "%22").replace(':', "%3A").replace(',', "%2C"));
        assert_eq!(post_form(&env, "/dashboard/health", &cookie, &form, None).await, StatusCode::OK, "{db}");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(lib["reader_rules"]["version"], "2026-12-05", "{db}");
    }
}

/// A body sent in small frames, as a browser's upload arrives.
struct Frames(std::collections::VecDeque<axum::body::Bytes>);

impl http_body::Body for Frames {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;
    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        _: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        std::task::Poll::Ready(self.0.pop_front().map(|b| Ok(http_body::Frame::data(b))))
    }
}

#[tokio::test]
async fn a_csv_upload_is_read_as_it_arrives_and_its_problems_keep_their_lines() {
    for (db, env) in envs().await {
        let cookie = login(&env, &env.admin).await.1.unwrap();
        let csrf = csrf_of(&get_page(&env, "/dashboard/library/upload", &cookie).await.1);
        // 4,500 rows over three chunks; a quoted body with line breaks across the first cut;
        // no title on file lines 3 and 4,503; no line end at the end of the file.
        let mut csv = String::from("\u{feff}id,title,status,url,body\n");
        for n in 0..4500 {
            let title = if n == 1 || n == 4499 { String::new() } else { format!("Row {n}") };
            let body = if n == 1998 { "\"first line\nsecond, with a comma\nthird \"\"quoted\"\"\"".to_string() } else { "plain".to_string() };
            csv.push_str(&format!("r{n},{title},approved,https://c.example/{n},{body}"));
            if n < 4499 {
                csv.push('\n');
            }
        }
        let frames: std::collections::VecDeque<_> = csv.as_bytes().chunks(997).map(axum::body::Bytes::copy_from_slice).collect();
        let req = Request::post("/dashboard/library/upload?name=big.csv")
            .header("cookie", &cookie)
            .header("x-csrf-token", &csrf)
            .body(Body::new(Frames(frames)))
            .unwrap();
        let res = env.router.clone().oneshot(req).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let v: Value = serde_json::from_slice(&res.into_body().collect().await.unwrap().to_bytes()).unwrap();
        assert_eq!(v["stored"], 4498, "{db}: {}", v["problems"]);
        let lines: Vec<u64> = v["problems"].as_array().unwrap().iter().map(|p| p["line"].as_u64().unwrap()).collect();
        assert_eq!(lines, [3, 4503], "{db}: file lines (row n is on line n + 2, and n + 4 after the three-line body)");
        let (_, item, _) = call(&env.router, "GET", "/v1/admin/items/r1998/versions", Some(&env.admin), None).await;
        assert_eq!(item["versions"][0]["item"]["body"], "first line\nsecond, with a comma\nthird \"quoted\"", "{db}");
        // Without the session's token nothing is read or stored.
        let req = Request::post("/dashboard/library/upload?name=x.csv")
            .header("cookie", &cookie)
            .header("x-csrf-token", "guess")
            .body(Body::from("id,title\nz,Z\n"))
            .unwrap();
        assert_eq!(env.router.clone().oneshot(req).await.unwrap().status(), StatusCode::FORBIDDEN, "{db}");
    }
}

#[tokio::test]
async fn a_taxonomy_or_reader_rules_written_as_an_array_are_refused() {
    // Found by schemathesis: serde reads a struct from an array, so `[]` was stored as a
    // taxonomy and served to every extension as `[]`.
    for (db, env) in envs().await {
        for (path, body) in [("/v1/admin/taxonomy", "[]"), ("/v1/admin/taxonomy", "[[], []]"), ("/v1/admin/reader-rules", r#"["1", {}]"#)] {
            let (s, v, _) = call(&env.router, "PUT", path, Some(&env.admin), Some(body.to_string())).await;
            assert_eq!(s, StatusCode::BAD_REQUEST, "{db}: {path} {body}: {v}");
        }
        let (s, _, _) = call(
            &env.router,
            "PUT",
            "/v1/admin/taxonomy",
            Some(&env.admin),
            Some(r#"{"verticals": [{"id": "utilities", "synonyms": ["Power"]}], "extra": 1}"#.to_string()),
        )
        .await;
        assert_eq!(s, StatusCode::OK, "{db}");
        let (_, lib, _) = call(&env.router, "GET", "/v1/library", Some(&env.rep), None).await;
        assert_eq!(lib["taxonomy"]["verticals"][0]["id"], "utilities", "{db}");
        assert!(lib["taxonomy"].get("extra").is_none(), "{db}: stored in its own fields only");
    }
}

#[tokio::test]
async fn an_admin_is_invited_by_a_link_that_signs_them_in_once() {
    for (db, env) in envs().await {
        let (s, inv, _) = call(&env.router, "POST", "/v1/admin/enrollments", Some(&env.admin), Some(json!({"name": "Mia", "role": "admin"}).to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {inv}");
        let link = inv["link"].as_str().unwrap();
        assert!(link.contains("/join#code=hoe_"), "{db}: {link}");
        let code = inv["code"].as_str().unwrap();
        assert_eq!(
            call(&env.router, "POST", "/v1/admin/enrollments", Some(&env.admin), Some(json!({"role": "admin", "uses": 5}).to_string())).await.0,
            StatusCode::BAD_REQUEST,
            "{db}: one admin per link"
        );
        // Pasted into a rep's extension, it is refused and not used up.
        let (s, v, _) = call(&env.router, "POST", "/v1/enroll", None, Some(json!({"code": code}).to_string())).await;
        assert_eq!(s, StatusCode::CONFLICT, "{db}: {v}");
        let join = |code: &str| {
            Request::post("/join").header("content-type", "application/x-www-form-urlencoded").body(Body::from(format!("code={code}&name=ignored"))).unwrap()
        };
        let res = env.router.clone().oneshot(join(code)).await.unwrap();
        assert_eq!(res.status(), StatusCode::OK, "{db}");
        let cookie = res.headers().get("set-cookie").unwrap().to_str().unwrap().split(';').next().unwrap().to_string();
        let html = String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap();
        assert!(html.contains("Welcome, Mia"), "{db}: the invitation's name wins");
        let token = html.split("id=\"new-token\">").nth(1).unwrap().split('<').next().unwrap().to_string();
        let (_, me, _) = call(&env.router, "GET", "/v1/me", Some(&token), None).await;
        assert_eq!((me["name"].as_str(), me["role"].as_str()), (Some("Mia"), Some("admin")), "{db}");
        assert_eq!(get_page(&env, "/dashboard", &cookie).await.0, StatusCode::OK, "{db}: signed in");
        assert_eq!(env.router.clone().oneshot(join(code)).await.unwrap().status(), StatusCode::GONE, "{db}: once");
        // A rep's code does not make an admin.
        let rep_code = call(&env.router, "POST", "/v1/admin/enrollments", Some(&env.admin), Some("{}".into())).await.1["code"].as_str().unwrap().to_string();
        assert_eq!(env.router.clone().oneshot(join(&rep_code)).await.unwrap().status(), StatusCode::CONFLICT, "{db}");
    }
}
