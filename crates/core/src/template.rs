//! Filling a snippet's `{{variables}}` from the page context, and naming the gaps so the
//! rep is asked before "Hi ," or a raw `{{contact.first_name}}` reaches a customer.

use crate::context::PageContext;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Filled {
    pub text: String,
    /// Variables with no value, in order of first appearance; their `{{...}}` is left in `text`.
    pub missing: Vec<String>,
}

/// Values beyond the page context (the rep's own name, from settings).
#[derive(Debug, Clone, Default)]
pub struct Extra<'a> {
    pub rep_name: Option<&'a str>,
}

fn lookup(name: &str, ctx: &PageContext, extra: &Extra) -> Option<String> {
    let contact = ctx.contact.as_ref();
    let v = match name {
        "contact.first_name" | "first_name" => contact
            .and_then(|c| c.first_name.clone())
            .or_else(|| contact.and_then(|c| c.name.as_deref()).and_then(|n| n.split_whitespace().next()).map(String::from)),
        "contact.name" => contact.and_then(|c| c.name.clone()),
        "contact.email" => contact.and_then(|c| c.email.clone()),
        "company" | "account.name" => ctx.company.clone(),
        "rep.name" => extra.rep_name.map(String::from),
        "rep.first_name" => extra.rep_name.and_then(|n| n.split_whitespace().next()).map(String::from),
        _ => None,
    };
    v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

pub fn fill(body: &str, ctx: &PageContext, extra: &Extra) -> Filled {
    substitute(body, |name| lookup(name, ctx, extra))
}

/// Fills the variables the rep typed in (name → value, as `missing` named them); the rest stay.
pub fn fill_values(body: &str, values: &std::collections::HashMap<String, String>) -> Filled {
    substitute(body, |name| values.get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty()))
}

/// One reading of `{{ name }}` for every filler: a name is whatever stands between the braces, trimmed.
fn substitute(body: &str, value: impl Fn(&str) -> Option<String>) -> Filled {
    let mut text = String::with_capacity(body.len());
    let mut missing: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start + 2..].find("}}") else { break };
        let name = rest[start + 2..start + 2 + len].trim();
        text.push_str(&rest[..start]);
        match value(name) {
            Some(v) => text.push_str(&v),
            None => {
                text.push_str(&rest[start..start + 4 + len]);
                if !missing.iter().any(|m| m == name) {
                    missing.push(name.to_string());
                }
            }
        }
        rest = &rest[start + 4 + len..];
    }
    text.push_str(rest);
    Filled { text, missing }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_known_and_names_missing() {
        let ctx: PageContext = serde_json::from_str(r#"{"company":"Acme County","contact":{"name":"Dana Lee"}}"#).unwrap();
        let f = fill("Hi {{contact.first_name}}, {{ company }} and {{rep.name}} / {{rep.name}} {{unclosed", &ctx, &Extra::default());
        assert_eq!(f.text, "Hi Dana, Acme County and {{rep.name}} / {{rep.name}} {{unclosed");
        assert_eq!(f.missing, ["rep.name"]);
        let f = fill("Hi {{contact.first_name}},", &PageContext::default(), &Extra { rep_name: Some("Sam Rivera") });
        assert_eq!(f.missing, ["contact.first_name"]);
        assert_eq!(fill("{{rep.first_name}}", &ctx, &Extra { rep_name: Some("Sam Rivera") }).text, "Sam");
    }

    #[test]
    fn values_the_rep_typed_fill_any_name_the_same_way() {
        let f = fill("{{ deal-size }} seats for {{Kunde: Name}}, {{other}}", &PageContext::default(), &Extra::default());
        assert_eq!(f.missing, ["deal-size", "Kunde: Name", "other"]);
        let values = [("deal-size", "400"), ("Kunde: Name", "Klinikum"), ("other", " ")].map(|(k, v)| (k.to_string(), v.to_string())).into_iter().collect();
        let f = fill_values(&f.text, &values);
        assert_eq!(f.text, "400 seats for Klinikum, {{other}}");
        assert_eq!(f.missing, ["other"], "a blank answer leaves the variable");
    }
}
