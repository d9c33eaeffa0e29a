//! What the server's integration tests share: a fresh environment on each database, requests
//! through the real router, and the dashboard's sign-in and forms.
#![allow(dead_code)] // each test file uses its own share of these

use axum::body::Body;
use axum::http::{Request, StatusCode};
use handoff_sync_server::{app, create_org, create_user, Db};
use http_body_util::BodyExt;
use serde_json::{json, Value};
use tower::ServiceExt;

pub struct Env {
    pub router: axum::Router,
    pub admin: String,
    pub rep: String,
    pub other_admin: String,
    pub _db: Db,
}

pub async fn env_for(url: &str) -> Env {
    let (router, db) = app(url).await.expect("database");
    let org = create_org(&db, "Acme").await.unwrap();
    let other = create_org(&db, "Globex").await.unwrap();
    Env {
        admin: create_user(&db, &org, "Mara", "admin", "marketing").await.unwrap(),
        rep: create_user(&db, &org, "Sam", "rep", "east").await.unwrap(),
        other_admin: create_user(&db, &other, "Gus", "admin", "marketing").await.unwrap(),
        router,
        _db: db,
    }
}

/// One environment per database under test: a new SQLite file, and a new PostgreSQL schema.
pub async fn envs() -> Vec<(String, Env)> {
    let dir = std::env::temp_dir().join(format!("handoff-server-test-{}-{}", std::process::id(), uuid_like()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut out = vec![("sqlite".to_string(), env_for(&format!("sqlite://{}?mode=rwc", dir.join("test.db").display())).await)];
    if let Ok(pg) = std::env::var("HANDOFF_TEST_PG") {
        let schema = format!("t{}", uuid_like());
        let admin_pool = sqlx::PgPool::connect(&pg).await.expect("HANDOFF_TEST_PG reachable");
        sqlx::query(&format!("CREATE SCHEMA {schema}")).execute(&admin_pool).await.unwrap();
        let sep = if pg.contains('?') { '&' } else { '?' };
        out.push(("postgres".to_string(), env_for(&format!("{pg}{sep}options=-c%20search_path%3D{schema}")).await));
    }
    out
}

pub fn uuid_like() -> String {
    format!("{:x}{:x}", std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos(), std::process::id())
}

pub async fn call(router: &axum::Router, method: &str, path: &str, token: Option<&str>, body: Option<String>) -> (StatusCode, Value, String) {
    let mut req = Request::builder().method(method).uri(path);
    if let Some(t) = token {
        req = req.header("authorization", format!("Bearer {t}"));
    }
    let req = req.header("content-type", "application/json").body(body.map(Body::from).unwrap_or_else(Body::empty)).unwrap();
    let res = router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    let bytes = res.into_body().collect().await.unwrap().to_bytes();
    let text = String::from_utf8_lossy(&bytes).to_string();
    (status, serde_json::from_str(&text).unwrap_or(Value::Null), text)
}

pub fn library() -> String {
    json!({"items": [
        {"id": "gov-1", "title": "FedRAMP package", "status": "approved", "verticals": ["government"], "stages": ["proposal"], "url": "https://c.example/1"},
        {"id": "hc-1", "title": "HIPAA brief", "status": "approved", "verticals": ["healthcare"], "url": "https://c.example/2"},
        {"id": "all-1", "title": "Security whitepaper", "status": "approved", "url": "https://c.example/3"},
        {"id": "draft-1", "title": "Draft pricing", "status": "draft", "url": "https://c.example/4"}
    ]})
    .to_string()
}

pub fn event(id: &str, action: &str, item: Option<&str>, extra: Value) -> Value {
    let mut e = json!({"id": id, "at": "2026-11-20T10:00:00Z", "action": action, "vertical": "government", "stage": "proposal", "source": "gmail"});
    if let Some(i) = item {
        e["item_id"] = json!(i);
    }
    for (k, v) in extra.as_object().unwrap() {
        e[k] = v.clone();
    }
    e
}
pub async fn login(env: &Env, token: &str) -> (StatusCode, Option<String>) {
    let req = Request::post("/login").header("content-type", "application/x-www-form-urlencoded").body(Body::from(format!("token={token}"))).unwrap();
    let res = env.router.clone().oneshot(req).await.unwrap();
    let cookie = res.headers().get("set-cookie").map(|v| v.to_str().unwrap().to_string());
    (res.status(), cookie.map(|c| c.split(';').next().unwrap().to_string()))
}

pub async fn get_page(env: &Env, path: &str, cookie: &str) -> (StatusCode, String, axum::http::HeaderMap) {
    let res = env.router.clone().oneshot(Request::get(path).header("cookie", cookie).body(Body::empty()).unwrap()).await.unwrap();
    let (status, headers) = (res.status(), res.headers().clone());
    (status, String::from_utf8(res.into_body().collect().await.unwrap().to_bytes().to_vec()).unwrap(), headers)
}

pub fn csrf_of(html: &str) -> String {
    html.split("name=\"csrf\" value=\"").nth(1).and_then(|r| r.split('"').next()).expect("a csrf field").to_string()
}

pub async fn post_form(env: &Env, path: &str, cookie: &str, body: &str, origin: Option<&str>) -> StatusCode {
    let mut req = Request::post(path).header("cookie", cookie).header("content-type", "application/x-www-form-urlencoded");
    if let Some(o) = origin {
        req = req.header("origin", o);
    }
    env.router.clone().oneshot(req.body(Body::from(body.to_string())).unwrap()).await.unwrap().status()
}

/// A dashboard form posted, and the page it answers.
pub async fn post_form_page(env: &Env, path: &str, cookie: &str, body: &str) -> (StatusCode, String) {
    let req =
        Request::post(path).header("cookie", cookie).header("content-type", "application/x-www-form-urlencoded").body(Body::from(body.to_string())).unwrap();
    let res = env.router.clone().oneshot(req).await.unwrap();
    let status = res.status();
    (status, String::from_utf8_lossy(&res.into_body().collect().await.unwrap().to_bytes()).to_string())
}
