//! Reader rules as data: the selectors and label synonyms that break when a site ships new
//! markup. A newer version can arrive with a library sync; the built-in copy is the fallback.

use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Clone, Deserialize, Default)]
pub struct SiteRules {
    /// Containers of the record being viewed, most specific first; the last visible one wins.
    #[serde(default)]
    pub record_roots: Vec<String>,
    /// Field → selectors of elements holding its value, tried in order.
    #[serde(default)]
    pub fields: BTreeMap<String, Vec<String>>,
    /// Field → label texts (any language) that mark it when no selector hits.
    #[serde(default)]
    pub labels: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub label_selectors: Vec<String>,
    /// Inside a field element, where its value text sits (first match wins).
    #[serde(default)]
    pub value_selectors: Vec<String>,
    /// Field → links to the associated record (an account or company card, a related list),
    /// whose text is the value: the last resort, after selectors and labels.
    #[serde(default)]
    pub links: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Clone, Deserialize, Default)]
pub struct Rules {
    pub version: String,
    pub sites: BTreeMap<String, SiteRules>,
    /// Sites whose rules came with a sync rather than with the extension.
    #[serde(skip)]
    synced: std::collections::BTreeSet<String>,
}

impl Rules {
    pub fn builtin() -> Rules {
        serde_json::from_str(include_str!("rules.json")).expect("the built-in rules.json is valid (tested)")
    }

    /// Rules from a sync, used only when they parse and are newer than what we have. A site
    /// they name replaces that site's rules; the other sites keep theirs.
    pub fn newer(mut self, candidate: &str) -> Rules {
        match serde_json::from_str::<Rules>(candidate) {
            Ok(r) if r.version > self.version => {
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
        let updated = r.newer(r##"{"version":"2999-01-01","sites":{"hubspot":{"fields":{"stage":["#new-stage"]}}}}"##);
        assert_eq!(updated.version, "2999-01-01");
        assert_eq!(updated.site("hubspot").unwrap().fields["stage"], ["#new-stage"]);
        assert!(updated.site("salesforce").is_some_and(|s| !s.fields.is_empty()), "other sites keep their rules");
    }
}
