//! Deals and their outcomes through the real router, on each database: the org's secret, events
//! that carry deal keys, an admin's export of closed deals, and the outcomes report.

mod common;

use axum::http::StatusCode;
use common::*;
use handoff_core::deal::{key, record_of, Record};
use serde_json::{json, Value};

fn opportunity(id: &str) -> String {
    format!("https://acme.lightning.force.com/lightning/r/Opportunity/{id}/view")
}

async fn post_events(env: &Env, events: Vec<Value>) -> (StatusCode, Value) {
    let (s, v, _) = call(&env.router, "POST", "/v1/events", Some(&env.rep), Some(json!({ "batch": events }).to_string())).await;
    (s, v)
}

#[tokio::test]
async fn deals_are_keyed_joined_to_outcomes_and_reported_per_item_and_cell() {
    for (db, env) in envs().await {
        let (s, v, _) = call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        let (s, org, _) = call(&env.router, "GET", "/v1/org", Some(&env.rep), None).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        let secret = org["deal_secret"].as_str().unwrap().to_string();
        assert!(secret.len() >= 32, "{db}: {secret}");
        let (_, again, _) = call(&env.router, "GET", "/v1/org", Some(&env.admin), None).await;
        assert_eq!(again["deal_secret"], org["deal_secret"], "{db}: one secret per org");
        let (_, other, _) = call(&env.router, "GET", "/v1/org", Some(&env.other_admin), None).await;
        assert_ne!(other["deal_secret"], org["deal_secret"], "{db}: each org its own");

        // Deals as the extension keys them, from the record pages' URLs (18-character ids).
        let deal = |id: &str| key(&secret, &record_of(&opportunity(id)).unwrap()).unwrap();
        let (won, lost, open) = (deal("0065e00000WON01AAA"), deal("0065e00000LOST1AAA"), deal("0065e00000OPEN1AAA"));
        let ev = |id: &str, item: &str, d: &str, at: &str| json!({"id": id, "at": at, "action": "inserted", "item_id": item, "vertical": "government", "stage": "proposal", "source": "salesforce", "deal": d});
        let (s, v) = post_events(&env, vec![
            ev("i1", "gov-1", &won, "2026-11-01T10:00:00Z"),
            ev("i2", "gov-1", &won, "2026-11-05T10:00:00Z"),
            ev("i3", "gov-1", &lost, "2026-11-02T10:00:00Z"),
            ev("i4", "all-1", &open, "2026-11-03T10:00:00Z"),
            // The rep opened the won deal once it showed Closed Won: one outcome event.
            json!({"id": format!("outcome-{won}-won"), "at": "2026-11-11T10:00:00Z", "action": "outcome", "deal": won, "outcome": "won", "stage": "closed-won", "source": "salesforce"}),
        ])
        .await;
        assert_eq!((s, v["accepted"].as_u64()), (StatusCode::OK, Some(5)), "{db}: {v}");

        // A raw CRM id in place of a key is refused, and names the field.
        let (s, v) = post_events(&env, vec![ev("bad", "gov-1", "0065e00000WON01AAA", "2026-11-01T10:00:00Z")]).await;
        assert!(s == StatusCode::BAD_REQUEST || v["rejected"].to_string().contains("`deal`"), "{db}: {s} {v}");

        // An admin's export: the lost deal by its 15-character id (never reopened by a rep), a
        // deal no rep worked on, an open one, and a row without an id.
        let export = "Opportunity ID,Opportunity Name,Stage,Amount,Close Date\n0065e00000LOST1,County renewal,Closed Lost,120000,2026-11-12\n0065e00000OTHER,Unrelated,Closed Won,5000,2026-11-01\n0065e00000OPEN1,Open one,Proposal/Price Quote,1,\n,No id,Closed Won,1,2026-11-01\n";
        let (s, v, _) = call(&env.router, "POST", "/v1/admin/outcomes?crm=salesforce", Some(&env.admin), Some(export.to_string())).await;
        assert_eq!(s, StatusCode::OK, "{db}: {v}");
        assert_eq!((v["recorded"].as_u64(), v["open"].as_u64(), v["problems"].as_array().map(Vec::len)), (Some(2), Some(1), Some(1)), "{db}: {v}");
        let (s, _, _) = call(&env.router, "POST", "/v1/admin/outcomes?crm=salesforce", Some(&env.rep), Some(export.to_string())).await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{db}: reps do not record outcomes");
        let (s, v, _) = call(&env.router, "POST", "/v1/admin/outcomes?crm=zoho", Some(&env.admin), Some(export.to_string())).await;
        assert_eq!(s, StatusCode::BAD_REQUEST, "{db}: {v}");

        let (s, r, _) = call(&env.router, "GET", "/v1/reports/outcomes", Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK, "{db}: {r}");
        assert_eq!(
            (r["deals"]["deals"].as_u64(), r["deals"]["won"].as_u64(), r["deals"]["lost"].as_u64(), r["deals"]["open"].as_u64()),
            (Some(3), Some(1), Some(1), Some(1)),
            "{db}: {r}"
        );
        let row = |item: &str, vertical: &str| {
            r["items"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["item_id"] == item && x["vertical"] == vertical)
                .cloned()
                .unwrap_or_else(|| panic!("{db}: no row {item} {vertical}: {r}"))
        };
        let gov = row("gov-1", "");
        assert_eq!(
            (gov["deals"].as_u64(), gov["won"].as_u64(), gov["lost"].as_u64(), gov["open"].as_u64()),
            (Some(2), Some(1), Some(1), Some(0)),
            "{db}: {gov}"
        );
        assert_eq!(gov["win_rate"].as_f64(), Some(0.5));
        assert!(gov["win_low"].as_f64().unwrap() < 0.1 && gov["win_high"].as_f64().unwrap() > 0.9, "{db}: two deals are no trend: {gov}");
        // From the first insert (Nov 1, 10:00) to the won close (Nov 11, 10:00): 10 days; the
        // lost one from Nov 2, 10:00 to its close date Nov 12: 9.58 days. Median 9.8.
        assert_eq!(gov["median_days_to_close"].as_f64(), Some(9.8), "{db}: {gov}");
        let cell = row("gov-1", "government");
        assert_eq!(
            (cell["stage"].as_str(), cell["deals"].as_u64(), cell["baseline_win_rate"].as_f64()),
            (Some("proposal"), Some(2), Some(0.5)),
            "{db}: {cell}"
        );
        let all = row("all-1", "");
        assert_eq!((all["open"].as_u64(), all["win_rate"].as_f64()), (Some(1), None), "{db}: {all}");
        assert_eq!(r["items"][0]["item_id"], "gov-1", "{db}: items with won deals first");

        let (s, _, csv) = call(&env.router, "GET", "/v1/reports/outcomes?format=csv", Some(&env.admin), None).await;
        assert_eq!(s, StatusCode::OK);
        assert!(
            csv.starts_with("item_id,title,vertical,stage,deals,won,lost,open,win_rate,win_low,win_high,baseline_win_rate,median_days_to_close\n"),
            "{db}: {csv}"
        );
        assert!(csv.contains("gov-1,FedRAMP package,,,2,1,1,0,0.5,"), "{db}: {csv}");

        // The ranking signal reps' extensions get: won and lost deals per cell, with its rate.
        let (s, stats, _) = call(&env.router, "GET", "/v1/stats", Some(&env.rep), None).await;
        assert_eq!(s, StatusCode::OK);
        let gov_stats = stats.as_array().unwrap().iter().find(|x| x["id"] == "gov-1").unwrap_or_else(|| panic!("{db}: {stats}"));
        assert_eq!(gov_stats["wins"], json!([{"vertical": "government", "stage": "proposal", "won": 1, "lost": 1, "cell_rate": 0.5}]), "{db}: {gov_stats}");

        // Another org sees none of it.
        let (_, other, _) = call(&env.router, "GET", "/v1/reports/outcomes", Some(&env.other_admin), None).await;
        assert_eq!(other["deals"]["deals"].as_u64(), Some(0), "{db}: {other}");
        // An export's ids are keyed and dropped: no raw id is stored anywhere.
        assert!(Record::deal("salesforce", "0065e00000LOST1").is_some());
    }
}

#[tokio::test]
async fn the_outcomes_page_shows_won_and_lost_content_and_records_an_export() {
    for (db, env) in envs().await {
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        let (_, org, _) = call(&env.router, "GET", "/v1/org", Some(&env.rep), None).await;
        let secret = org["deal_secret"].as_str().unwrap().to_string();
        let d = key(&secret, &Record::deal("hubspot", "987654").unwrap()).unwrap();
        post_events(&env, vec![json!({"id": "p1", "at": "2026-11-01T10:00:00Z", "action": "inserted", "item_id": "hc-1", "vertical": "healthcare", "stage": "negotiation", "deal": d})]).await;
        let (_, cookie) = login(&env, &env.admin).await;
        let cookie = cookie.unwrap();
        let (s, html, _) = get_page(&env, "/dashboard/outcomes", &cookie).await;
        assert_eq!(s, StatusCode::OK, "{db}");
        assert!(html.contains("Content in won deals") && html.contains("None yet."), "{db}");
        let form = format!("csrf={}&crm=hubspot&csv={}", csrf_of(&html), urlencode("Record ID,Deal Stage,Close Date\n987654,Closed won,2026-11-20\n"));
        let (s, html) = post_form_page(&env, "/dashboard/outcomes", &cookie, &form).await;
        assert_eq!(s, StatusCode::OK, "{db}: {html}");
        assert!(html.contains("1 closed deals recorded"), "{db}: {html}");
        let won_table = html.split("id=\"won-deals\"").nth(1).unwrap_or_else(|| panic!("{db}: no won table: {html}"));
        assert!(won_table.split("</table>").next().unwrap().contains("HIPAA brief"), "{db}");
        let (s, _) = post_form_page(&env, "/dashboard/outcomes", &cookie, "csrf=wrong&crm=hubspot&csv=x").await;
        assert_eq!(s, StatusCode::FORBIDDEN, "{db}");
    }
}

fn urlencode(s: &str) -> String {
    s.bytes().map(|b| if b.is_ascii_alphanumeric() { (b as char).to_string() } else { format!("%{b:02X}") }).collect()
}

#[tokio::test]
async fn a_tracked_link_counts_the_open_and_sends_the_prospect_on() {
    for (db, env) in envs().await {
        call(&env.router, "PUT", "/v1/admin/items", Some(&env.admin), Some(library())).await;
        let (_, org, _) = call(&env.router, "GET", "/v1/org", Some(&env.rep), None).await;
        assert_eq!(org["tracked_links"], false, "{db}: off by default");
        let (_, cookie) = login(&env, &env.admin).await;
        let cookie = cookie.unwrap();
        let (_, html, _) = get_page(&env, "/dashboard/outcomes", &cookie).await;
        assert_eq!(post_form(&env, "/dashboard/outcomes/links", &cookie, &format!("csrf={}&on=1", csrf_of(&html)), None).await, StatusCode::SEE_OTHER);
        let (_, org, _) = call(&env.router, "GET", "/v1/org", Some(&env.rep), None).await;
        assert_eq!(org["tracked_links"], true, "{db}: {org}");

        let (org_id, secret) = (org["org"].as_str().unwrap(), org["deal_secret"].as_str().unwrap());
        let deal = key(secret, &Record::deal("pipedrive", "42").unwrap()).unwrap();
        let code = handoff_core::deal::link_code(org_id, secret, "gov-1", Some(&deal)).unwrap();
        let (s, _, _) = call(&env.router, "GET", &format!("/l/{code}"), None, None).await;
        assert_eq!(s, StatusCode::FOUND, "{db}");
        let res = tower::ServiceExt::oneshot(env.router.clone(), axum::http::Request::get(format!("/l/{code}")).body(axum::body::Body::empty()).unwrap())
            .await
            .unwrap();
        assert_eq!(res.headers()["location"], "https://c.example/1", "{db}: sent on to the asset");
        assert_eq!(res.headers()["referrer-policy"], "no-referrer");
        // A forged or altered code is counted nowhere and sends nobody anywhere.
        let parts: Vec<&str> = code.split('.').collect();
        let other_item = format!("{}.eA.{}.{}", parts[0], parts[2], parts[3]); // "x" under gov-1's MAC
        let other_mac = format!("{}.{}.{}.{}", parts[0], parts[1], parts[2], "0".repeat(16));
        let forged = handoff_core::deal::link_code(org_id, "not-the-orgs-secret-000000", "gov-1", None).unwrap();
        for bad in [other_item, other_mac, forged, "nothing".to_string()] {
            let (s, _, _) = call(&env.router, "GET", &format!("/l/{bad}"), None, None).await;
            assert_eq!(s, StatusCode::NOT_FOUND, "{db}: {bad}");
        }
        let (_, usage, _) = call(&env.router, "GET", "/v1/reports/usage", Some(&env.admin), None).await;
        let (s, v) = post_events(&env, vec![json!({"id": "t1", "at": "2026-11-20T10:00:00Z", "action": "inserted", "item_id": "gov-1", "deal": deal})]).await;
        assert_eq!(s, StatusCode::OK, "{v}");
        let (_, after, _) = call(&env.router, "GET", "/v1/reports/usage", Some(&env.admin), None).await;
        let opened = |u: &Value| u["items"].as_array().and_then(|a| a.iter().find(|r| r["item_id"] == "gov-1")).map(|r| r["opened"].clone());
        assert_eq!(opened(&after), Some(json!(2)), "{db}: two opens beside the insert: {after} (before: {usage})");
    }
}
