//! Ranking behaviour on a small hand-made library: hard rules, signals, reasons.

use handoff_core::stats::{CellRating, CellWins, ItemStats};
use handoff_core::time::parse_rfc3339;
use handoff_core::{Engine, Library, PageContext, Request};

const LIB: &str = r#"{"items":[
 {"id":"gov-fedramp","title":"FedRAMP Moderate security package","kind":"one-pager","summary":"Our FedRAMP authorization, controls and security review answers.","tags":["fedramp","security-review"],"verticals":["government"],"stages":["proposal","evaluation"],"status":"approved","url":"https://c.example/fedramp","updated":"2026-10-01T00:00:00Z"},
 {"id":"gov-fedramp-draft","title":"FedRAMP security review pricing","tags":["fedramp","security-review"],"verticals":["government"],"stages":["proposal"],"status":"draft","body":"FedRAMP FedRAMP security review"},
 {"id":"gov-fedramp-expired","title":"FedRAMP security review answers 2025","tags":["fedramp","security-review"],"verticals":["government"],"stages":["proposal"],"status":"approved","expires":"2025-12-31","body":"FedRAMP security review"},
 {"id":"gov-fedramp-retired","title":"FedRAMP security review old","tags":["fedramp"],"status":"retired","body":"FedRAMP security review"},
 {"id":"hc-hipaa","title":"HIPAA BAA and security overview","kind":"one-pager","tags":["hipaa","security-review"],"verticals":["healthcare"],"status":"approved","url":"https://c.example/hipaa"},
 {"id":"roi-healthcare","title":"ROI calculator - healthcare","kind":"link","verticals":["healthcare"],"tags":["roi","pricing"],"status":"approved","url":"https://c.example/roi-hc"},
 {"id":"roi-education","title":"ROI calculator - education","kind":"link","verticals":["education"],"tags":["roi","pricing"],"status":"approved","url":"https://c.example/roi-ed"},
 {"id":"roi-general","title":"ROI calculator","kind":"link","tags":["roi","pricing"],"status":"approved","url":"https://c.example/roi"},
 {"id":"docuflow-battlecard","title":"DocuFlow battlecard","kind":"battlecard","tags":["docuflow","competitor"],"stages":["evaluation","proposal","negotiation"],"status":"approved","url":"https://c.example/bc"},
 {"id":"negotiation-discount","title":"Handling discount requests","kind":"snippet","stages":["negotiation"],"tags":["pricing","discount"],"status":"approved","body":"Hi {{contact.first_name}}, about the discount..."},
 {"id":"county-case-study","title":"County records case study","kind":"case-study","verticals":["government"],"tags":["records","county"],"status":"approved","url":"https://c.example/county"}
]}"#;

fn engine() -> Engine {
    Engine::new(Library::from_json(LIB).unwrap())
}

fn now() -> i64 {
    parse_rfc3339("2026-11-23T12:00:00Z").unwrap()
}

fn ctx(json: &str) -> PageContext {
    PageContext::from_json(json).unwrap()
}

/// An engine over a library of the given items (JSON objects, comma-separated).
fn engine_of(items: &str) -> Engine {
    Engine::new(Library::from_json(&format!(r#"{{"items":[{items}]}}"#)).unwrap())
}

fn ids(e: &Engine, c: &PageContext, q: Option<&str>, top: usize) -> Vec<String> {
    e.suggest(&Request { context: c, query: q, top, now: now(), rep: None }).into_iter().map(|s| s.id).collect()
}

#[test]
fn government_proposal_thread_gets_the_fedramp_package_first_and_no_traps() {
    let e = engine();
    let c = ctx(
        r#"{"domain":"acmecounty.gov","stage":"Proposal/Price Quote","subject":"Re: security review","text":"Please send your FedRAMP details for the security review."}"#,
    );
    let s = e.suggest(&Request { context: &c, query: None, top: 5, now: now(), rep: None });
    assert_eq!(s[0].id, "gov-fedramp");
    assert!(s.iter().all(|x| !x.id.contains("draft") && !x.id.contains("expired") && !x.id.contains("retired")));
    assert!(s.iter().all(|x| x.id != "hc-hipaa"), "healthcare-only content is not shown to government");
    let r = &s[0].reasons;
    assert!(r.iter().any(|x| x == "Government ✓ (domain acmecounty.gov)"), "{r:?}");
    assert!(r.iter().any(|x| x == "Proposal stage ✓"), "{r:?}");
    assert!(r.iter().any(|x| x.starts_with("asks about") && x.contains("FedRAMP")), "{r:?}");
    assert!(s.windows(2).all(|w| w[0].score >= w[1].score), "best first");
}

#[test]
fn neighbouring_stage_counts_for_something_and_far_stages_do_not_show() {
    let e = engine();
    let c = ctx(r#"{"vertical":"government","stage":"negotiation","text":"pricing discount"}"#);
    let got = ids(&e, &c, None, 10);
    assert_eq!(got[0], "negotiation-discount");
    // gov-fedramp is for proposal/evaluation: proposal neighbours negotiation.
    let s = e.suggest(&Request { context: &c, query: None, top: 10, now: now(), rep: None });
    let fed = s.iter().find(|x| x.id == "gov-fedramp").expect("neighbouring stage shown");
    assert!(fed.reasons.iter().any(|r| r == "near Negotiation stage"), "{:?}", fed.reasons);
    let c = ctx(r#"{"vertical":"government","stage":"prospecting","text":"discount"}"#);
    assert!(!ids(&e, &c, None, 10).contains(&"negotiation-discount".to_string()));
}

#[test]
fn typed_queries_tolerate_typos() {
    let e = engine();
    let none = PageContext::default();
    assert_eq!(ids(&e, &none, Some("fedrampp"), 1), ["gov-fedramp"]);
    assert_eq!(ids(&e, &none, Some("docuflw batle"), 1), ["docuflow-battlecard"]);
    assert_eq!(ids(&e, &none, Some("hipa"), 1), ["hc-hipaa"]);
    assert_eq!(ids(&e, &none, Some("coun"), 1), ["county-case-study"], "prefix while typing");
    let s = e.suggest(&Request { context: &none, query: Some("fedrampp"), top: 1, now: now(), rep: None });
    assert!(s[0].reasons[0].contains("≈ FedRAMP"), "{:?}", s[0].reasons);
    assert!(ids(&e, &none, Some("zzzzqqq"), 5).is_empty(), "no result when nothing matches");
    // The first keystroke already finds items with a word it begins.
    let first = ids(&e, &none, Some("f"), 5);
    assert!(!first.is_empty(), "one letter finds something");
    for id in &first {
        let item = e.items().iter().find(|i| &i.id == id).unwrap();
        let words = format!("{} {} {} {}", item.title, item.tags.join(" "), item.summary, item.body).to_lowercase();
        assert!(words.split(|c: char| !c.is_alphanumeric()).any(|w| w.starts_with('f')), "{id}: no word begins with f");
    }
}

#[test]
fn a_search_with_few_matches_is_followed_by_what_fits_the_page_marked_so() {
    let e = engine();
    let c = ctx(r#"{"domain":"acmecounty.gov","stage":"proposal","text":"Please send your FedRAMP details for the security review."}"#);
    let s = e.suggest(&Request { context: &c, query: Some("docuflow"), top: 3, now: now(), rep: None });
    assert_eq!(s[0].id, "docuflow-battlecard");
    assert!(!s[0].for_page, "the search's own match");
    assert_eq!(s[1].id, "gov-fedramp", "then the page's best");
    assert!(s[1..].iter().all(|x| x.for_page), "{s:?}");
    assert!(s.windows(2).all(|w| w[0].score >= w[1].score), "best first still: {s:?}");
    assert!(s.iter().all(|x| x.id != "hc-hipaa" && !x.id.contains("draft")), "the page's rules hold for what fills");
    let json = serde_json::to_value(&s).unwrap();
    assert_eq!((json[0].get("for_page"), &json[1]["for_page"]), (None, &serde_json::json!(true)), "only a fill says so");
    // Nothing matches: all of it is the page's; a search with enough matches is not filled.
    let none = e.suggest(&Request { context: &c, query: Some("zzzzqqq"), top: 3, now: now(), rep: None });
    assert!(!none.is_empty() && none.iter().all(|x| x.for_page));
    assert!(e.suggest(&Request { context: &c, query: Some("roi"), top: 1, now: now(), rep: None }).iter().all(|x| !x.for_page));
}

#[test]
fn a_typed_word_that_names_a_vertical_finds_its_items() {
    let e = engine();
    let none = PageContext::default();
    // No item says "hospital" or "healthcare" in its text: the ROI calculator is marked for it.
    assert_eq!(ids(&e, &none, Some("roi hospital"), 1), ["roi-healthcare"]);
    assert_eq!(ids(&e, &none, Some("roi edu"), 1), ["roi-education"], "a vertical's name as it is being typed");
    // A missing letter in a short word ("stdy") still counts when the library lacks the word.
    assert_eq!(ids(&e, &none, Some("caes stdy county"), 1), ["county-case-study"]);
}

#[test]
fn restricted_items_show_only_when_asked_for_by_name() {
    let e = engine();
    let gov = ctx(r#"{"vertical":"government","text":"HIPAA security review"}"#);
    assert!(!ids(&e, &gov, None, 10).contains(&"hc-hipaa".to_string()));
    let s = e.suggest(&Request { context: &gov, query: Some("hipaa baa"), top: 3, now: now(), rep: None });
    assert_eq!(s[0].id, "hc-hipaa");
    assert!(s[0].reasons.iter().any(|r| r == "for Healthcare: nothing for Government matches your search"), "{:?}", s[0].reasons);
}

#[test]
fn a_vertical_only_the_library_uses_is_one_of_its_own() {
    // No taxonomy names "logistics": its case study is for logistics prospects only, whether a
    // page's CRM industry or an item writes it "Logistics" or "logistics".
    let lib = Library::from_json(
        r#"{"items":[
        {"id":"log-case","title":"Case study: a freight carrier's onboarding","kind":"case-study","verticals":["logistics"],"status":"approved","url":"https://c.example/log"},
        {"id":"log-sheet","title":"Dock scheduling one-pager","verticals":[" Logistics "],"status":"approved","url":"https://c.example/dock"},
        {"id":"gov-case","title":"Case study: a county's onboarding","kind":"case-study","verticals":["government"],"status":"approved","url":"https://c.example/gov"}]}"#,
    )
    .unwrap();
    let warning = lib.problems.iter().find(|p| p.item == "log-case").expect("the load still says so");
    assert!(warning.message.contains("vertical of its own"), "{}", warning.message);
    let e = Engine::new(lib);
    assert_eq!(e.taxonomy().label(handoff_core::taxonomy::Facet::Vertical, "logistics"), "Logistics");
    let carrier = ctx(r#"{"source":"salesforce","raw":{"industry":"LOGISTICS"},"text":"Can you share a case study?"}"#);
    let s = e.suggest(&Request { context: &carrier, query: None, top: 5, now: now(), rep: None });
    assert_eq!(s.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), ["log-case", "log-sheet"], "{s:?}");
    assert!(s[0].reasons.iter().any(|r| r.contains("Logistics")), "{:?}", s[0].reasons);
    // HubSpot's industry value for it holds more words.
    let hubspot = ctx(r#"{"source":"hubspot","raw":{"industry":"LOGISTICS_AND_SUPPLY_CHAIN"},"text":"Can you share a case study?"}"#);
    assert_eq!(ids(&e, &hubspot, None, 5), ["log-case", "log-sheet"]);
    let back = handoff_core::snapshot::from_bytes(&handoff_core::snapshot::to_bytes(&e, &Default::default())).unwrap().0;
    assert_eq!(ids(&back, &hubspot, None, 5), ["log-case", "log-sheet"], "the same after a snapshot");
    let county = ctx(r#"{"vertical":"government","text":"Can you share a case study?"}"#);
    assert_eq!(ids(&e, &county, None, 5), ["gov-case"], "another vertical's items stay out");
}

#[test]
fn a_library_that_names_life_sciences_beside_healthcare_keeps_them_apart() {
    // "Pharmaceuticals" is healthcare by default; this library writes content for each.
    let json = |with_healthcare: bool| {
        let hc = if with_healthcare {
            r#"{"id":"hc-baa","title":"Signed BAA for hospitals","verticals":["healthcare"],"status":"approved","url":"https://c.example/baa"},"#
        } else {
            ""
        };
        format!(
            r#"{{"items":[{hc}
            {{"id":"ls-cta","title":"Clinical trial agreements: templates and site budgets","verticals":["life-sciences"],"status":"approved","url":"https://c.example/cta"}},
            {{"id":"gen","title":"Agreements overview","status":"approved","url":"https://c.example/gen"}}]}}"#
        )
    };
    let e = Engine::new(Library::from_json(&json(true)).unwrap());
    let pharma = ctx(r#"{"source":"salesforce","raw":{"industry":"Pharmaceuticals"},"text":"Can you send something on agreements?"}"#);
    let got = ids(&e, &pharma, None, 5);
    assert!(got.contains(&"ls-cta".to_string()) && !got.contains(&"hc-baa".to_string()), "{got:?}");
    let hospital = ctx(r#"{"source":"salesforce","raw":{"industry":"Hospital & Health Care"},"text":"Can you send something on agreements?"}"#);
    let got = ids(&e, &hospital, None, 5);
    assert!(got.contains(&"hc-baa".to_string()) && !got.contains(&"ls-cta".to_string()), "{got:?}");
    let back = handoff_core::snapshot::from_bytes(&handoff_core::snapshot::to_bytes(&e, &Default::default())).unwrap().0;
    assert_eq!(ids(&back, &pharma, None, 5), ids(&e, &pharma, None, 5), "the same after a snapshot");
    // Without healthcare's own items, life sciences is healthcare, as before.
    let alone = Engine::new(Library::from_json(&json(false)).unwrap());
    assert_eq!(alone.taxonomy().map_vertical("life-sciences"), Some("healthcare"));
    assert!(ids(&alone, &hospital, None, 5).contains(&"ls-cta".to_string()));
}

#[test]
fn near_duplicates_do_not_both_take_top_places() {
    let e = engine();
    let c = ctx(r#"{"text":"what is the ROI of the calculator and the pricing? any discount?"}"#);
    let got = ids(&e, &c, None, 3);
    let rois = got.iter().take(2).filter(|id| id.starts_with("roi-")).count();
    assert_eq!(rois, 1, "{got:?}");
}

#[test]
fn nothing_fits_gives_an_empty_list() {
    let e = engine();
    assert!(ids(&e, &ctx(r#"{"text":"lunch on friday? the bakery has new croissants"}"#), None, 5).is_empty());
    assert!(ids(&e, &PageContext::default(), None, 5).is_empty());
}

/// Win evidence orders what the rules let through and is said as a reason; it never brings
/// back an item the rules exclude (another vertical's, a retired or expired one).
#[test]
fn win_evidence_lifts_within_the_rules_and_never_past_them() {
    let mut e = engine();
    let c = ctx(r#"{"vertical":"government","stage":"proposal","text":"county records"}"#);
    let before = e.suggest(&Request { context: &c, query: None, top: 50, now: now(), rep: None });
    let score = |s: &[handoff_core::Suggestion], id: &str| s.iter().find(|x| x.id == id).map(|x| x.score);
    let excluded: Vec<String> = e.items().iter().map(|i| i.id.clone()).filter(|id| score(&before, id).is_none()).collect();
    assert!(!excluded.is_empty(), "the library has items the rules exclude for this context");
    let won = |id: &str| ItemStats {
        id: id.into(),
        wins: vec![CellWins { vertical: "government".into(), stage: "proposal".into(), won: 40, lost: 2, cell_rate: 0.25 }],
        ..Default::default()
    };
    e.set_stats(excluded.iter().map(|id| won(id)).chain(std::iter::once(won("county-case-study"))).collect());
    let after = e.suggest(&Request { context: &c, query: None, top: 50, now: now(), rep: None });
    for id in &excluded {
        assert_eq!(score(&after, id), None, "{id} is excluded by the rules: 40 won deals do not bring it back");
    }
    assert!(score(&after, "county-case-study") > score(&before, "county-case-study"));
    let r = &after.iter().find(|x| x.id == "county-case-study").unwrap().reasons;
    assert!(r.iter().any(|x| x == "in 40 won government deals"), "{r:?}");
}

#[test]
fn ratings_from_the_same_cell_lift_an_item_and_are_explained() {
    let mut e = engine();
    let c = ctx(r#"{"vertical":"government","stage":"proposal","text":"county records"}"#);
    let before = e.suggest(&Request { context: &c, query: None, top: 5, now: now(), rep: None });
    let score = |s: &[handoff_core::Suggestion], id: &str| s.iter().find(|x| x.id == id).map(|x| x.score).unwrap();
    e.set_stats(vec![ItemStats {
        id: "county-case-study".into(),
        ratings: vec![CellRating { vertical: "government".into(), stage: "proposal".into(), up: 11, down: 1 }],
        inserts_30d: 14,
        ..Default::default()
    }]);
    let after = e.suggest(&Request { context: &c, query: None, top: 5, now: now(), rep: None });
    assert!(score(&after, "county-case-study") > score(&before, "county-case-study"));
    let r = &after.iter().find(|x| x.id == "county-case-study").unwrap().reasons;
    assert!(r.iter().any(|x| x == "liked by 11 of 12 reps at this stage"), "{r:?}");
    assert!(r.iter().any(|x| x == "used 14× this month"), "{r:?}");
}

#[test]
fn pre_send_check_names_assets_that_went_stale() {
    let e = engine();
    let ids: Vec<String> = ["gov-fedramp", "gov-fedramp-expired", "gov-fedramp-retired", "deleted-item"].map(String::from).to_vec();
    assert_eq!(e.no_longer_live(&ids, now()), ["gov-fedramp-expired", "gov-fedramp-retired", "deleted-item"]);
}

/// After the items that answer the page, an item sharing the best answer's rare title words
/// comes before a filler that only fits the vertical and stage (the HIPAA package beside the
/// BAA, before a hospital case study).
#[test]
fn fillers_like_the_best_answer_come_first() {
    let lib = r#"{"items": [
        {"id": "baa", "title": "Business associate agreement (BAA) for HIPAA covered entities", "status": "approved", "verticals": ["healthcare"], "stages": ["proposal"], "tags": ["baa", "hipaa"], "body": "Our BAA template, signed with the order form."},
        {"id": "hipaa-package", "title": "HIPAA security package", "status": "approved", "verticals": ["healthcare"], "stages": ["proposal"], "tags": ["hipaa"], "body": "Safeguards, audit logging, breach notification."},
        {"id": "a-hospital-case-study", "title": "Hospital case study: discharge paperwork in half the time", "status": "approved", "verticals": ["healthcare"], "stages": ["proposal"], "body": "How a regional hospital moved intake online."},
        {"id": "a-pricing", "title": "Healthcare pricing", "status": "approved", "verticals": ["healthcare"], "stages": ["proposal"], "body": "Per-seat pricing for clinics."}
    ]}"#;
    let e = Engine::new(Library::from_json(lib).unwrap());
    let c = ctx(r#"{"vertical": "healthcare", "stage": "proposal", "text": "Before we sign, can you send us your business associate agreement?"}"#);
    let got = ids(&e, &c, None, 4);
    assert_eq!(got[0], "baa", "{got:?}");
    assert_eq!(got[1], "hipaa-package", "{got:?}");
}

#[test]
fn general_content_for_the_stage_beats_the_verticals_content_for_the_next_stage() {
    // A won deal: the welcome email every new customer gets comes before the enterprise renewal
    // check-in, which belongs to the stage after (a neighbour, so it may still fill the list).
    let lib = r#"{"items": [
        {"id": "renewal-enterprise", "title": "Renewal check-in for enterprise customers", "status": "approved", "verticals": ["enterprise"], "stages": ["customer"], "body": "Your renewal is 90 days out."},
        {"id": "welcome", "title": "Welcome email for new customers", "status": "approved", "stages": ["closed-won"], "body": "Welcome! Your onboarding lead will reach out within a day."}
    ]}"#;
    let e = Engine::new(Library::from_json(lib).unwrap());
    let c = ctx(r#"{"vertical": "enterprise", "stage": "closed-won", "company": "Meridian Logistics"}"#);
    assert_eq!(ids(&e, &c, None, 5), ["welcome", "renewal-enterprise"]);
}

#[test]
fn an_industry_the_library_does_not_know_puts_other_industries_content_after_the_rest() {
    // The CRM says "Transportation": the prospect is no county and no hospital, whatever its size.
    let e = engine_of(
        r#"
        {"id":"gov-case","title":"Case study: a county cut fuel spend","kind":"case-study","verticals":["government"],"stages":["evaluation"],"status":"approved","url":"https://c.example/gov"},
        {"id":"mm-case","title":"Case study: a regional carrier cut fuel spend","kind":"case-study","verticals":["mid-market"],"stages":["evaluation"],"status":"approved","url":"https://c.example/mm"},
        {"id":"fuel","title":"Fuel reports","kind":"one-pager","status":"approved","url":"https://c.example/fuel"}"#,
    );
    let page = |industry: &str| {
        ctx(&format!(r#"{{"source":"salesforce","raw":{{"industry":"{industry}","stage":"Evaluation"}},"text":"Can you share a case study on fuel spend?"}}"#))
    };
    let carrier = ids(&e, &page("Transportation"), None, 5);
    assert_eq!(carrier.last().map(String::as_str), Some("gov-case"), "{carrier:?}");
    assert!(carrier.iter().position(|id| id == "mm-case") < carrier.iter().position(|id| id == "gov-case"), "{carrier:?}");
    // An industry the taxonomy knows is read as before.
    assert_eq!(ids(&e, &page("Government"), None, 1), ["gov-case"]);
}

#[test]
fn a_count_of_the_prospects_people_tells_its_size_and_nothing_of_its_industry() {
    let e = engine_of(
        r#"
        {"id":"smb-plan","title":"Starter plan for small teams","kind":"one-pager","verticals":["smb"],"status":"approved","url":"https://c.example/smb"},
        {"id":"ent-pack","title":"Enterprise security review package","kind":"one-pager","verticals":["enterprise"],"status":"approved","url":"https://c.example/ent"},
        {"id":"gov-plan","title":"Public sector plan","kind":"one-pager","verticals":["government"],"status":"approved","url":"https://c.example/gov"},
        {"id":"quickbooks","title":"QuickBooks Online sync","kind":"one-pager","tags":["quickbooks"],"status":"approved","url":"https://c.example/qb"}"#,
    );
    let page = |text: &str| ctx(&format!(r#"{{"source":"gmail","domain":"daltonhvac.com","text":"Does this work with QuickBooks? {text}"}}"#));
    let small = e.suggest(&Request { context: &page("We're 9 guys, 7 trucks."), query: None, top: 5, now: now(), rep: None });
    let got: Vec<&str> = small.iter().map(|s| s.id.as_str()).collect();
    // What the page asks leads; the size brings its content in; another size's is not shown.
    assert_eq!(got, ["quickbooks", "smb-plan"], "{got:?}");
    assert!(small[1].reasons.contains(&"SMB ✓ (“9 guys”)".to_string()), "{:?}", small[1].reasons);
    let large = e.suggest(&Request { context: &page("We are 1,400 employees. Is there a public sector plan?"), query: None, top: 5, now: now(), rep: None });
    let got: Vec<&str> = large.iter().map(|s| s.id.as_str()).collect();
    assert!(got.contains(&"ent-pack") && !got.contains(&"smb-plan"), "{got:?}");
    // A size is no industry: the public sector's plan answers as on a page with no count, not as
    // another vertical's content shown for want of the prospect's own.
    let public = large.iter().find(|s| s.id == "gov-plan").expect("the public sector plan is shown");
    assert!(public.reasons.iter().all(|r| !r.starts_with("for ")), "{:?}", public.reasons);
    // Without a count nothing is read.
    assert_eq!(ids(&e, &page(""), None, 5), ["quickbooks"]);
}

#[test]
fn the_sites_the_prospect_counts_tell_its_industry_and_keep_other_industries_out() {
    let e = engine_of(
        r#"
        {"id":"pricing","title":"Pricing: per active learner, per month","kind":"pricing","status":"approved","url":"https://c.example/p"},
        {"id":"gov-pricing","title":"Public-sector pricing for agencies","summary":"Active learner pricing for counties.","kind":"pricing","verticals":["government"],"status":"approved","url":"https://c.example/g"},
        {"id":"retail-store","title":"Store associates: onboarding on the shop floor","kind":"one-pager","verticals":["retail"],"status":"approved","url":"https://c.example/r"}"#,
    );
    let text = "Could you send how your active-learner pricing works?\\n\\nHannah\\nTiller & Sage Home | 160 stores";
    let page = ctx(&format!(r#"{{"source":"gmail","text":"{text}"}}"#));
    let got = e.suggest(&Request { context: &page, query: None, top: 5, now: now(), rep: None });
    let order: Vec<&str> = got.iter().map(|s| s.id.as_str()).collect();
    // The answer leads; the retail item follows it, as general content would; the public
    // sector's is not this prospect's.
    assert_eq!(order, ["pricing", "retail-store"], "{order:?}");
    assert!(got[1].reasons.contains(&"Retail ✓ (“160 stores”)".to_string()), "{:?}", got[1].reasons);
    // The extension ranks the context its reader returned, with the guess filled in and its
    // evidence beside it: the same list.
    let read = ctx(&format!(r#"{{"source":"gmail","vertical":"retail","vertical_evidence":"“160 stores”","text":"{text}"}}"#));
    assert_eq!(ids(&e, &read, None, 5), order);
}

#[test]
fn material_asked_in_a_language_is_answered_by_the_librarys_items_written_in_it() {
    let e = engine_of(
        r#"
        {"id":"overview","title":"Northwind platform overview","summary":"What the platform does for your team.","kind":"one-pager","status":"approved","url":"https://c.example/o"},
        {"id":"fr-overview","title":"Présentation de Northwind : la plateforme","summary":"Ce que la plateforme fait pour vos équipes et vos clients.","kind":"one-pager","status":"approved","url":"https://c.example/fr"},
        {"id":"de-overview","title":"Northwind im Überblick","summary":"Was die Plattform für Ihre Teams und Kunden leistet.","kind":"one-pager","status":"approved","url":"https://c.example/de"},
        {"id":"de-dsgvo","title":"Datenschutz: DSGVO, AVV und Hosting in Frankfurt","summary":"Wo die Daten liegen und wer auf sie zugreift, mit dem AVV.","kind":"one-pager","status":"approved","url":"https://c.example/dsgvo"},
        {"id":"residency","title":"Data residency and GDPR: EU hosting in Frankfurt","summary":"Where your data is hosted, and our DPA.","kind":"one-pager","status":"approved","url":"https://c.example/r"}"#,
    );
    // Documentation in general: the overview in that language, saying why.
    let page = ctx(r#"{"source":"gmail","domain":"clinique.fr","text":"Pourriez-vous m'envoyer une documentation en français pour notre comité ?"}"#);
    let got = e.suggest(&Request { context: &page, query: None, top: 5, now: now(), rep: None });
    assert_eq!(got[0].id, "fr-overview", "{got:?}");
    assert!(got[0].reasons.contains(&"in French, as asked".to_string()), "{:?}", got[0].reasons);
    // Something on the page's topic: the item in that language about it, beside the English one.
    let page = ctx(
        r#"{"source":"gmail","domain":"vantor.de","subject":"Re: Rollout to our Frankfurt plant","text":"Where exactly would the data be hosted, and will you sign a GDPR DPA? If there's anything in German they can read, even better."}"#,
    );
    let got = ids(&e, &page, None, 3);
    assert!(got[..2].contains(&"residency".to_string()) && got[..2].contains(&"de-dsgvo".to_string()), "{got:?}");
    // The product's languages are no material asked for.
    let page = ctx(r#"{"source":"gmail","domain":"vantor.de","text":"Will the platform show replies to our teams in German?"}"#);
    assert!(!e
        .suggest(&Request { context: &page, query: None, top: 5, now: now(), rep: None })
        .iter()
        .any(|s| s.reasons.iter().any(|r| r.contains("as asked"))));
}

#[test]
fn a_page_naming_only_the_company_finds_content_for_its_kind_of_organization() {
    let e = engine_of(
        r#"
        {"id":"uni-case","title":"Case study: Ridgemont University runs 210 campus buildings","kind":"case-study","verticals":["education"],"status":"approved","url":"https://c.example/uni"},
        {"id":"k12-case","title":"Case study: Lakeview Unified School District","kind":"case-study","verticals":["education"],"status":"approved","url":"https://c.example/k12"},
        {"id":"edu-pricing","title":"Education pricing","kind":"one-pager","verticals":["education"],"status":"approved","url":"https://c.example/price"}"#,
    );
    let district = ctx(r#"{"company":"Pinecrest Unified School District","raw":null}"#);
    assert_eq!(ids(&e, &district, None, 1), ["k12-case"]);
    // Its proper name is still nobody's evidence: "Ridgemont" names the other customer.
    let ridgemont = ctx(r#"{"company":"Ridgemont School District"}"#);
    assert_eq!(ids(&e, &ridgemont, None, 1), ["k12-case"]);
}

#[test]
fn a_prospect_who_asks_to_be_left_alone_gets_nothing_suggested() {
    let e = engine();
    let thread = |latest: &str| {
        ctx(&format!(
            r#"{{"source":"gmail","domain":"acmecounty.gov","text":"{latest}\n\n> On Mon, Sam Rivera wrote:\n> Could our FedRAMP security package help with your security review?"}}"#
        ))
    };
    assert!(ids(&e, &thread("Please remove me from your mailing list. This is the third time I'm asking."), None, 5).is_empty());
    assert!(ids(&e, &thread("Bitte tragen Sie mich aus Ihrem Verteiler aus."), None, 5).is_empty());
    assert!(ids(&e, &thread("Bitte nehmen Sie mich aus Ihrem Verteiler."), None, 5).is_empty());
    // What the rep types is still found.
    assert_eq!(ids(&e, &thread("Please remove me from your mailing list."), Some("fedramp"), 1), ["gov-fedramp"]);
    // A footer's link, or an opt-out quoted below, is not the prospect's answer.
    assert!(!ids(&e, &thread("Can you send the FedRAMP security package? Unsubscribe"), None, 5).is_empty());
    // The panel is told why the page has nothing.
    assert!(e.opted_out(&thread("Please remove me from your mailing list."), None));
    assert!(!e.opted_out(&thread("Can you send the FedRAMP security package? Unsubscribe"), None));
}

#[test]
fn a_competitor_the_prospect_has_dropped_brings_nothing_against_it() {
    let e = engine_of(
        r#"{"id":"bc-zenith","title":"Battlecard: us vs Zenithdesk","kind":"battlecard","summary":"Zenithdesk's add-on pricing for AI and voice.","tags":["zenithdesk","competitor","comparison"],"status":"approved","url":"https://c.example/bc-z"},
        {"id":"bc-hive","title":"Battlecard: us vs HelpHive","kind":"battlecard","summary":"Where HelpHive slows down.","tags":["helphive","competitor","comparison"],"status":"approved","url":"https://c.example/bc-h"},
        {"id":"obj-hive","title":"Objection: HelpHive is cheaper","kind":"snippet","summary":"What HelpHive's quote leaves out: three-year total cost.","tags":["helphive","price","objection"],"status":"approved","body":"Compare three-year total cost."},
        {"id":"pricing","title":"Pricing and plans","kind":"one-pager","summary":"Per-agent pricing and add-ons.","tags":["pricing","cost"],"status":"approved","url":"https://c.example/pricing"}"#,
    );
    let page = |latest: &str| ctx(&format!(r#"{{"source":"gmail","domain":"skyway.com","text":"{latest}"}}"#));
    let dropped = page("We're down to two, you and Zenithdesk. HelpHive is out (couldn't handle our volume). Can you get me something that lays out where you're different, especially on total cost?");
    let shown = ids(&e, &dropped, None, 5);
    assert_eq!(shown.first().map(String::as_str), Some("bc-zenith"), "where they differ is the comparison with the rival still in the running: {shown:?}");
    assert!(!shown.iter().any(|id| id.contains("hive")), "nothing against the competitor they dropped: {shown:?}");
    // Named while still in the running, its objection answers the cost question.
    let running = page("We're comparing you with HelpHive. Can you get me something on total cost?");
    assert!(ids(&e, &running, None, 5).contains(&"obj-hive".to_string()));
    // The rep can still search for it.
    assert_eq!(ids(&e, &dropped, Some("helphive objection"), 1), ["obj-hive"]);
}
