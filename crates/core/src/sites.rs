//! Which site a page is on, from the site table the extension runs on (extension/sites.json):
//! the rows that decide where the content scripts run also decide which reader reads the page
//! and which sites an event may name.

use serde::Deserialize;
use std::sync::OnceLock;

#[derive(Deserialize)]
struct Site {
    id: String,
    /// Manifest match patterns: `https://host/*`, the host maybe `*.`-prefixed.
    matches: Vec<String>,
}

fn table() -> &'static [Site] {
    static TABLE: OnceLock<Vec<Site>> = OnceLock::new();
    TABLE.get_or_init(|| serde_json::from_str(include_str!("../../../extension/sites.json")).expect("extension/sites.json is valid (tested)"))
}

/// Whether `id` is a row of the site table.
pub fn is_site(id: &str) -> bool {
    table().iter().any(|s| s.id == id)
}

/// The site table's id for a host (lowercase), or "generic".
pub fn site_for_host(host: &str) -> &'static str {
    table().iter().find(|s| s.matches.iter().any(|m| host_matches(m, host))).map_or("generic", |s| s.id.as_str())
}

/// The host part of a match pattern against a host, as the content scripts' `handoffHostMatches`:
/// `*.pipedrive.com` is any subdomain of pipedrive.com.
fn host_matches(pattern: &str, host: &str) -> bool {
    let rest = pattern.split_once("://").map_or(pattern, |(_, r)| r);
    let pattern_host = rest.split('/').next().unwrap_or("");
    match pattern_host.strip_prefix('*') {
        Some(suffix) => suffix.starts_with('.') && host.ends_with(suffix),
        None => host == pattern_host,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_hosts_go_to_their_rows_only() {
        assert!(table().len() >= 6);
        assert_eq!(site_for_host("acme.lightning.force.com"), "salesforce");
        assert_eq!(site_for_host("app-eu1.hubspot.com"), "hubspot");
        assert_eq!(site_for_host("mail.google.com"), "gmail");
        assert!(is_site("pipedrive") && !is_site("generic") && !is_site("evil"));
        for host in ["lightning.force.com.evil.example", "evilpipedrive.com", "google.com", ""] {
            assert_eq!(site_for_host(host), "generic", "{host}");
        }
    }
}
