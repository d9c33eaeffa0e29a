//! Template filling: a snippet's `{{variables}}` from the page context (`suggest`) and from
//! what the rep typed (`fillValues`).

use crate::{split_nul, text, Clock};
use handoff_core::context::{Contact, PageContext};
use handoff_core::template::{fill, fill_values, Extra};
use std::collections::HashMap;

/// `template`: the snippet body, a NUL, then `name=value` lines: the values the rep typed,
/// which also make the page context (`company`, `contact.name`, `contact.first_name`,
/// `contact.email`) and the rep's name (`rep.name`).
pub fn template(data: &[u8], clock: &Clock) {
    let (body, values) = split_nul(data);
    let (body, values) = (text(body), text(values));
    let values: HashMap<String, String> = values.lines().filter_map(|l| l.split_once('=')).map(|(k, v)| (k.to_string(), v.to_string())).collect();
    let get = |k: &str| values.get(k).cloned();
    let ctx = PageContext {
        company: get("company"),
        contact: Some(Contact { name: get("contact.name"), first_name: get("contact.first_name"), email: get("contact.email") }),
        ..PageContext::default()
    };
    let rep = get("rep.name");
    let extra = Extra { rep_name: rep.as_deref() };
    let len = data.len();

    let from_page = clock.time(len, "fill", || fill(&body, &ctx, &extra));
    let typed = clock.time(len, "fill_values", || fill_values(&body, &values));
    let none = clock.time(len, "fill_values (no values)", || fill_values(&body, &HashMap::new()));
    assert_eq!(none.text, body, "with no values the text is unchanged");
    for f in [&from_page, &typed, &none] {
        assert!(f.missing.iter().enumerate().all(|(i, m)| !f.missing[..i].contains(m)), "a missing variable is named twice: {:?}", f.missing);
        assert!(f.missing.iter().all(|m| none.missing.contains(m)), "missing {:?} is not a variable of the body {:?}", f.missing, none.missing);
    }
    for m in &typed.missing {
        assert!(values.get(m).is_none_or(|v| v.trim().is_empty()), "{m:?} was typed yet is missing");
    }
    // The rep fills every gap the panel named: nothing is missing after.
    let all: HashMap<String, String> = none.missing.iter().map(|m| (m.clone(), "x".to_string())).collect();
    let done = clock.time(len, "fill_values (all)", || fill_values(&body, &all));
    assert!(done.missing.is_empty(), "still missing after every variable was given: {:?}", done.missing);
}
