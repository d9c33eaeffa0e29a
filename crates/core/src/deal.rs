//! Deals without their ids: the record a page shows (a CRM opportunity or deal, else a mail
//! thread) is turned into a keyed hash with the org's secret, so the server can join the
//! events of one deal, and an admin's export of closed deals, without ever learning an id.

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// What a page is about: a deal in a CRM, or a mail thread (which may belong to a deal).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Record {
    /// `crm` is the site ("salesforce", "hubspot", "dynamics", "pipedrive"), `id` its own id.
    Deal {
        crm: &'static str,
        id: String,
    },
    Thread {
        site: &'static str,
        id: String,
    },
}

/// The CRMs whose deal ids an admin may upload closed deals for.
pub const CRMS: &[&str] = &["salesforce", "hubspot", "dynamics", "pipedrive"];

impl Record {
    /// The canonical form that is keyed: the same deal gives the same text from its page's URL
    /// and from a CRM export.
    pub fn canonical(&self) -> String {
        match self {
            Record::Deal { crm, id } => format!("deal:{crm}:{}", deal_id(crm, id)),
            Record::Thread { site, id } => format!("thread:{site}:{id}"),
        }
    }

    pub fn is_deal(&self) -> bool {
        matches!(self, Record::Deal { .. })
    }

    /// The record of a deal id from an export of `crm` (None for an unknown CRM or empty id).
    pub fn deal(crm: &str, id: &str) -> Option<Record> {
        let crm = CRMS.iter().find(|c| c.eq_ignore_ascii_case(crm.trim()))?;
        let id = id.trim();
        (!id.is_empty() && id.len() <= 128).then(|| Record::Deal { crm, id: id.to_string() })
    }
}

/// A CRM's id as it is keyed. Salesforce writes an id in 15 case-sensitive characters or in 18
/// (the 15 and a checksum of their case): the URL has 18, an export often 15. Dynamics ids are
/// GUIDs, written with or without braces, in either case.
fn deal_id(crm: &str, id: &str) -> String {
    match crm {
        "salesforce" if id.len() == 18 && id.is_ascii() => id[..15].to_string(),
        "dynamics" => id.trim_matches(|c| c == '{' || c == '}').to_ascii_lowercase(),
        _ => id.to_string(),
    }
}

/// The record a page's URL names, if any: a CRM deal, or a Gmail or Outlook thread.
pub fn record_of(url: &str) -> Option<Record> {
    let (host, path, query, fragment) = split_url(url)?;
    let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    let id_after = |marker: &str| segments.iter().position(|s| s.eq_ignore_ascii_case(marker)).and_then(|i| segments.get(i + 1)).copied();
    let ok = |id: &str| !id.is_empty() && id.len() <= 128 && id.chars().all(|c| c.is_ascii_alphanumeric() || "-_{}.=".contains(c));
    let deal = |crm: &'static str, id: Option<&str>| id.filter(|i| ok(i)).map(|id| Record::Deal { crm, id: id.to_string() });
    if host.ends_with(".lightning.force.com") || host.ends_with(".my.salesforce.com") || host.ends_with(".salesforce.com") {
        return deal("salesforce", id_after("Opportunity"));
    }
    if host == "app.hubspot.com" || (host.starts_with("app-") && host.ends_with(".hubspot.com")) {
        // /contacts/{portal}/record/0-3/{id} (0-3 is the deal object) or /contacts/{portal}/deal/{id}
        let id = id_after("deal").or_else(|| segments.windows(3).find(|w| w[0] == "record" && w[1] == "0-3").map(|w| w[2]));
        return deal("hubspot", id);
    }
    if host.ends_with(".dynamics.com") {
        let param = |k: &str| query.split('&').find_map(|kv| kv.split_once('=').filter(|(a, _)| a.eq_ignore_ascii_case(k)).map(|(_, v)| v));
        return if param("etn").is_some_and(|e| e.eq_ignore_ascii_case("opportunity")) { deal("dynamics", param("id")) } else { None };
    }
    if host.ends_with(".pipedrive.com") {
        return deal("pipedrive", id_after("deal"));
    }
    if host == "mail.google.com" {
        // #inbox/FMfcgz…, #label/x/FMfcgz…: the thread is the fragment's last part.
        let id = fragment.rsplit('/').next().filter(|id| id.len() >= 16 && ok(id))?;
        return Some(Record::Thread { site: "gmail", id: id.to_string() });
    }
    if host.starts_with("outlook.") {
        let id = id_after("id").filter(|id| ok(id))?;
        return Some(Record::Thread { site: "outlook", id: id.to_string() });
    }
    None
}

fn split_url(url: &str) -> Option<(String, &str, &str, &str)> {
    let rest = url.strip_prefix("https://")?;
    let (rest, fragment) = rest.split_once('#').unwrap_or((rest, ""));
    let (rest, query) = rest.split_once('?').unwrap_or((rest, ""));
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    Some((host.to_ascii_lowercase(), path, query, fragment))
}

/// A record's key: HMAC-SHA256 of its canonical form under the org's secret, the first 16 bytes
/// in hex. Without the secret nobody can tell which deal a key stands for, nor test a guess.
pub fn key(secret: &str, record: &Record) -> Option<String> {
    if secret.len() < 16 {
        return None; // no secret delivered yet (or a broken one): no key rather than a weak one
    }
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).ok()?;
    mac.update(record.canonical().as_bytes());
    Some(mac.finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect())
}

/// A tracked link's code: `<org>.<item id, base64url>.<deal key or _>.<mac>`. The MAC (the first
/// 8 bytes of HMAC-SHA256 of `link\n<org>\n<item>\n<deal>` under the org's secret, in hex) keeps a
/// prospect from counting opens for items or deals the rep never sent them; the worker makes
/// the same code with WebCrypto (extension/worker/deals.js).
pub fn link_code(org: &str, secret: &str, item: &str, deal: Option<&str>) -> Option<String> {
    let deal = deal.unwrap_or("_");
    Some(format!("{org}.{}.{deal}.{}", base64url(item.as_bytes()), link_mac(secret, org, item, deal)?))
}

fn link_mac(secret: &str, org: &str, item: &str, deal: &str) -> Option<String> {
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).ok()?;
    mac.update(format!("link\n{org}\n{item}\n{deal}").as_bytes());
    Some(mac.finalize().into_bytes()[..8].iter().map(|b| format!("{b:02x}")).collect())
}

/// A tracked link's parts, read back: (org, item, deal), once its MAC is checked against the
/// org's secret by `secret_of(org)`. None for anything else.
pub fn read_link(code: &str, secret_of: impl FnOnce(&str) -> Option<String>) -> Option<(String, String, Option<String>)> {
    let mut parts = code.split('.');
    let (org, item, deal, mac) = (parts.next()?, parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || org.is_empty() || org.len() > 64 || (deal != "_" && !is_key(deal)) {
        return None;
    }
    let item = String::from_utf8(unbase64url(item)?).ok()?;
    let secret = secret_of(org)?;
    (link_mac(&secret, org, &item, deal)? == mac).then(|| (org.to_string(), item, (deal != "_").then(|| deal.to_string())))
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 3);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(B64[(n >> (18 - 6 * i) & 63) as usize] as char);
        }
    }
    out
}

fn unbase64url(text: &str) -> Option<Vec<u8>> {
    if text.len() > 400 || text.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    for chunk in text.as_bytes().chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= (B64.iter().position(|b| b == c)? as u32) << (18 - 6 * i);
        }
        out.extend_from_slice(&n.to_be_bytes()[1..chunk.len()]);
    }
    Some(out)
}

/// Whether `s` has the form of a key (32 lowercase hex digits): what the server accepts.
pub fn is_key(s: &str) -> bool {
    s.len() == 32 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A 95% Wilson score interval for `wins` of `n`: honest on small counts (five deals give a
/// wide interval, not a trend), never outside 0..1. `None` for no deals.
pub fn win_interval(wins: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || wins > n {
        return None;
    }
    let (z, n, p) = (1.96_f64, n as f64, wins as f64 / n as f64);
    let centre = p + z * z / (2.0 * n);
    let spread = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt();
    let denom = 1.0 + z * z / n;
    Some((((centre - spread) / denom).max(0.0), ((centre + spread) / denom).min(1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_come_from_crm_and_mail_urls() {
        let cases = [
            ("https://acme.lightning.force.com/lightning/r/Opportunity/0065e00000ABCDEAAZ/view", Some("deal:salesforce:0065e00000ABCDE")),
            ("https://acme.lightning.force.com/lightning/r/Account/0015e00000XYZ/view", None),
            ("https://app.hubspot.com/contacts/123456/record/0-3/987654", Some("deal:hubspot:987654")),
            ("https://app-eu1.hubspot.com/contacts/123456/deal/987654/", Some("deal:hubspot:987654")),
            ("https://app.hubspot.com/contacts/123456/record/0-1/55", None),
            ("https://acme.crm4.dynamics.com/main.aspx?appid=1&pagetype=entityrecord&etn=opportunity&id={A1B2}", Some("deal:dynamics:a1b2")),
            ("https://acme.crm.dynamics.com/main.aspx?etn=account&id=7", None),
            ("https://acme.pipedrive.com/deal/42", Some("deal:pipedrive:42")),
            ("https://mail.google.com/mail/u/0/#inbox/FMfcgzQVxRmbRgNkTvwvZmbL", Some("thread:gmail:FMfcgzQVxRmbRgNkTvwvZmbL")),
            ("https://mail.google.com/mail/u/0/#inbox", None),
            ("https://outlook.office.com/mail/inbox/id/AAQkADAwATM0MDAAMS1hNjE", Some("thread:outlook:AAQkADAwATM0MDAAMS1hNjE")),
            ("https://www.example.com/deal/42", None),
            ("http://acme.pipedrive.com/deal/42", None),
            ("not a url", None),
        ];
        for (url, want) in cases {
            assert_eq!(record_of(url).map(|r| r.canonical()).as_deref(), want, "{url}");
        }
    }

    #[test]
    fn a_deal_keys_the_same_from_its_page_and_from_an_export() {
        let secret = "0123456789abcdef0123456789abcdef";
        let page = record_of("https://acme.lightning.force.com/lightning/r/Opportunity/0065e00000ABCDEAAZ/view").unwrap();
        let export = Record::deal("Salesforce", "0065e00000ABCDE").unwrap();
        assert_eq!(key(secret, &page), key(secret, &export));
        assert!(is_key(&key(secret, &page).unwrap()));
        assert_ne!(key(secret, &page), key("another-org-secret-0123456789", &page), "another org's key differs");
        let other = Record::deal("salesforce", "0065e00000ABCDF").unwrap();
        assert_ne!(key(secret, &page), key(secret, &other));
        assert_eq!(key("short", &page), None, "no key without a real secret");
        assert_eq!(Record::deal("zoho", "1"), None);
        assert!(!is_key("0065e00000ABCDE") && !is_key(&"g".repeat(32)));
    }

    #[test]
    fn a_link_code_reads_back_only_with_its_orgs_secret_and_untouched() {
        let secret = "0123456789abcdef0123456789abcdef";
        let deal = key(secret, &Record::deal("hubspot", "42").unwrap()).unwrap();
        for (item, d) in [("gov-case-study", Some(deal.as_str())), ("a", None), ("ünïcode id/with.dots", Some(deal.as_str())), ("ab", None), ("abc", None)] {
            let code = link_code("org1", secret, item, d).unwrap();
            assert!(code.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)), "{code}");
            let back = read_link(&code, |o| (o == "org1").then(|| secret.to_string()));
            assert_eq!(back, Some(("org1".to_string(), item.to_string(), d.map(String::from))), "{code}");
            assert_eq!(read_link(&code, |_| Some("another-secret-0123456789".into())), None);
            assert_eq!(read_link(&code.replacen("org1", "org2", 1), |_| Some(secret.to_string())), None);
            let tampered = format!("{}0", &code[..code.len() - 1]);
            assert!(tampered == code || read_link(&tampered, |_| Some(secret.to_string())).is_none());
        }
        // The worker's WebCrypto code for "gov-case-study" with no deal (extension/worker/deals.js).
        assert_eq!(base64url(b"gov-case-study"), "Z292LWNhc2Utc3R1ZHk");
        for bad in ["", "org1", "org1.x.y.z", "org1.Z292.notakey.00", "org1.Z.x.00", "a.b.c.d.e"] {
            assert_eq!(read_link(bad, |_| Some(secret.to_string())), None, "{bad}");
        }
    }

    #[test]
    fn the_interval_is_wide_on_few_deals_and_narrows_with_more() {
        let (lo, hi) = win_interval(4, 5).unwrap();
        assert!(lo < 0.4 && hi > 0.95, "4 of 5: ({lo:.3}, {hi:.3})");
        // Published values for the Wilson interval: 4 of 5 → (0.376, 0.964); 80 of 100 → (0.711, 0.867).
        assert!((lo - 0.376).abs() < 0.001 && (hi - 0.964).abs() < 0.001);
        let (lo, hi) = win_interval(80, 100).unwrap();
        assert!((lo - 0.711).abs() < 0.001 && (hi - 0.867).abs() < 0.001, "({lo:.3}, {hi:.3})");
        let (lo, hi) = win_interval(0, 3).unwrap();
        assert!(lo == 0.0 && hi < 0.6);
        let (lo, hi) = win_interval(3, 3).unwrap();
        assert!(hi == 1.0 && lo > 0.4);
        assert_eq!(win_interval(0, 0), None);
        assert_eq!(win_interval(5, 4), None);
    }
}
