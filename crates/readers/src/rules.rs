//! Reader rules as data: the selectors and label synonyms that break when a site ships new
//! markup. A newer version can arrive with a library sync; the built-in copy is the fallback.

use serde_json::Value;
use std::collections::BTreeMap;

/// Read from JSON by hand (`Rules::from_json`, through `serde_json::Value`): derived serde code
/// for these maps of lists cost the wasm module 3.8 KB, for one small file read at start and
/// on a sync.
#[derive(Debug, Clone, Default)]
pub struct SiteRules {
    /// Containers of the record being viewed, most specific first; the last visible one wins.
    pub record_roots: Vec<String>,
    /// Field → selectors of elements holding its value, tried in order.
    pub fields: BTreeMap<String, Vec<String>>,
    /// Field → label texts (any language) that mark it when no selector hits.
    pub labels: BTreeMap<String, Vec<String>>,
    pub label_selectors: Vec<String>,
    /// Inside a field element, where its value text sits (first match wins).
    pub value_selectors: Vec<String>,
    /// Field → links to the associated record (an account or company card, a related list),
    /// whose text is the value: the last resort, after selectors and labels.
    pub links: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Default)]
pub struct Rules {
    pub version: String,
    pub sites: BTreeMap<String, SiteRules>,
    /// Sites whose rules came with a sync rather than with the extension.
    synced: std::collections::BTreeSet<String>,
}

impl Rules {
    pub fn builtin() -> Rules {
        Rules::from_json(include_str!("rules.json")).expect("the built-in rules.json is valid (tested)")
    }

    /// Rules from their JSON, or none when it is not rules: `version` (a string) and `sites`
    /// are required, a site's every list must hold only strings, unknown keys are ignored.
    fn from_json(json: &str) -> Option<Rules> {
        let root: Value = serde_json::from_str(json).ok()?;
        let version = root.get("version")?.as_str()?.to_string();
        let mut sites = BTreeMap::new();
        for (id, site) in root.get("sites")?.as_object()? {
            sites.insert(id.clone(), SiteRules::from_value(site)?);
        }
        Some(Rules { version, sites, synced: Default::default() })
    }

    /// Rules from a sync, used only when they parse and are newer than what we have. A site
    /// they name replaces that site's rules; the other sites keep theirs.
    pub fn newer(mut self, candidate: &str) -> Rules {
        match Rules::from_json(candidate) {
            Some(r) if r.version > self.version => {
                self.version = r.version;
                self.synced.extend(r.sites.keys().cloned());
                self.sites.extend(r.sites);
                self
            }
            _ => self,
        }
    }

    pub fn site(&self, id: &str) -> Option<&SiteRules> {
        self.sites.get(id)
    }

    /// The record roots of a site whose rules came with a sync: the content script snapshots
    /// them too, so rules published for a changed page can reach what its built-in regions
    /// miss. None for built-in rules (their roots are covered by the site table).
    pub fn synced_roots(&self, id: &str) -> &[String] {
        match self.sites.get(id) {
            Some(r) if self.synced.contains(id) => &r.record_roots,
            _ => &[],
        }
    }
}

impl SiteRules {
    /// A missing key is an empty list or map; any other value that is not one is no rules.
    fn from_value(site: &Value) -> Option<SiteRules> {
        let site = site.as_object()?;
        let list = |key: &str| site.get(key).map_or(Some(Vec::new()), strings);
        // Inserted one by one: collecting into a BTreeMap would sort, one more sort in the wasm.
        let map = |key: &str| {
            let mut lists = BTreeMap::new();
            for (k, v) in site.get(key).map_or(Some(&serde_json::Map::new()), Value::as_object)? {
                lists.insert(k.clone(), strings(v)?);
            }
            Some(lists)
        };
        Some(SiteRules {
            record_roots: list("record_roots")?,
            fields: map("fields")?,
            labels: map("labels")?,
            label_selectors: list("label_selectors")?,
            value_selectors: list("value_selectors")?,
            links: map("links")?,
        })
    }
}

fn strings(list: &Value) -> Option<Vec<String>> {
    list.as_array()?.iter().map(|s| s.as_str().map(String::from)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::select::Selector;

    #[test]
    fn builtin_rules_parse_and_every_selector_is_supported() {
        let r = Rules::builtin();
        assert!(!r.version.is_empty());
        for (site, rules) in &r.sites {
            let all = rules.record_roots.iter().chain(rules.fields.values().flatten()).chain(&rules.label_selectors).chain(&rules.value_selectors);
            for sel in all {
                assert!(Selector::parse(sel).is_some(), "{site}: unsupported selector {sel:?}");
            }
        }
    }

    #[test]
    fn only_synced_sites_widen_what_is_snapshotted() {
        let r = Rules::builtin();
        assert!(r.synced_roots("salesforce").is_empty() && r.synced_roots("hubspot").is_empty());
        let r = r.newer(r#"{"version":"9999-01-01","sites":{"salesforce":{"record_roots":[".acme-shell-v2"]}}}"#);
        assert_eq!(r.synced_roots("salesforce"), [".acme-shell-v2"]);
        assert!(r.synced_roots("hubspot").is_empty(), "a site the sync did not name keeps its built-in roots out");
    }

    #[test]
    fn only_newer_valid_rules_replace_the_builtin_ones() {
        let r = Rules::builtin();
        let v = r.version.clone();
        assert_eq!(r.clone().newer("{not json").version, v);
        assert_eq!(r.clone().newer(r#"{"version":"2000-01-01","sites":{}}"#).version, v);
        for not_rules in [
            r#"{"sites":{}}"#,
            r#"{"version":2999,"sites":{}}"#,
            r#"{"version":"2999-01-01"}"#,
            r#"{"version":"2999-01-01","sites":{"hubspot":{"fields":{"stage":".s"}}}}"#,
            r#"{"version":"2999-01-01","sites":{"hubspot":{"record_roots":[1]}}}"#,
            r#"{"version":"2999-01-01","sites":{"hubspot":{"labels":null}}}"#,
        ] {
            assert_eq!(r.clone().newer(not_rules).version, v, "{not_rules}");
        }
        let updated = r.newer(r##"{"version":"2999-01-01","sites":{"hubspot":{"fields":{"stage":["#new-stage"]}}}}"##);
        assert_eq!(updated.version, "2999-01-01");
        assert_eq!(updated.site("hubspot").unwrap().fields["stage"], ["#new-stage"]);
        assert!(updated.site("salesforce").is_some_and(|s| !s.fields.is_empty()), "other sites keep their rules");
    }
}
