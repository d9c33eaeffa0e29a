//! Small helpers the readers share: URLs, email addresses, names.

pub fn host(url: &str) -> String {
    let after = url.split_once("://").map_or(url, |(_, r)| r);
    let hostport = after.split(['/', '?', '#']).next().unwrap_or("");
    let host = hostport.rsplit_once('@').map_or(hostport, |(_, h)| h);
    host.split(':').next().unwrap_or("").to_ascii_lowercase()
}

pub fn path(url: &str) -> String {
    let after = url.split_once("://").map_or(url, |(_, r)| r);
    after.find('/').map_or(String::new(), |i| after[i..].split(['?', '#']).next().unwrap_or("").to_string())
}

pub fn email_domain(email: &str) -> Option<String> {
    email.rsplit_once('@').map(|(_, d)| d.trim().trim_end_matches('>').to_ascii_lowercase()).filter(|d| d.contains('.'))
}

/// Email addresses in free text (`a@b.c` shapes), lowercased, in order, without repeats.
pub fn emails_in(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Seen addresses in a set: a field holding thousands must not cost a scan per address.
    let mut seen = std::collections::HashSet::new();
    for word in text.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '(' | ')' | ',' | ';' | '"' | '\'' | ':' | '[' | ']')) {
        let w = word.trim_matches(|c: char| c == '.' || c == '-');
        if let Some((local, domain)) = w.split_once('@') {
            if !local.is_empty() && domain.contains('.') && !domain.starts_with('.') && w.chars().all(|c| c.is_alphanumeric() || "@._+-".contains(c)) {
                let e = w.to_ascii_lowercase();
                if seen.insert(e.clone()) {
                    out.push(e);
                }
            }
        }
    }
    out
}

pub fn first_name(name: &str) -> Option<String> {
    let name = name.trim();
    // "Lee, Dana" is how some directories write it.
    let first = match name.split_once(',') {
        Some((_, given)) if !given.trim().is_empty() => given.split_whitespace().next(),
        _ => name.split_whitespace().next(),
    }?;
    (first.chars().next().is_some_and(char::is_alphabetic) && !first.contains('@')).then(|| first.to_string())
}

/// A readable name from an address when the page shows none: "dana.lee@x" → "Dana Lee".
pub fn name_from_email(email: &str) -> Option<String> {
    let local = email.split('@').next()?;
    let parts: Vec<String> = local
        .split(['.', '_'])
        .filter(|p| p.len() > 1 && p.chars().all(char::is_alphabetic))
        .map(|p| {
            let mut c = p.chars();
            c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
        })
        .collect();
    (parts.len() >= 2).then(|| parts.join(" "))
}

/// Collapses whitespace and caps length on a character boundary.
/// A rep has a few addresses (aliases, send-as): more in one account field is a hostile page,
/// and every address read is compared with every recipient.
pub const MAX_REP_ADDRESSES: usize = 32;

/// A page's text for the ranker: spaces collapsed within each line, empty lines dropped, line
/// breaks kept (they tell a request from a signature and a message from the quoted history).
pub fn clean_lines(text: &str, max_chars: usize) -> String {
    let joined = text.lines().map(|l| l.split_whitespace().collect::<Vec<_>>().join(" ")).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    match joined.char_indices().nth(max_chars) {
        Some((i, _)) => joined[..i].to_string(),
        None => joined,
    }
}

pub fn clean(text: &str, max_chars: usize) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    match joined.char_indices().nth(max_chars) {
        Some((i, _)) => joined[..i].to_string(),
        None => joined,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_text_keeps_its_lines() {
        assert_eq!(clean_lines("  Hi   Dana,\n\n Can you send it?\r\n---\n> old ", 100), "Hi Dana,\nCan you send it?\n---\n> old");
        assert_eq!(clean_lines("abcdef", 3), "abc");
    }

    #[test]
    fn urls() {
        assert_eq!(host("https://mail.google.com:443/mail/u/0/#inbox"), "mail.google.com");
        assert_eq!(host("https://user@Acme.Lightning.Force.com/lightning/r/x"), "acme.lightning.force.com");
        assert_eq!(path("https://a.b/lightning/r/Opportunity/1/view?x#y"), "/lightning/r/Opportunity/1/view");
        assert_eq!(host("not a url"), "not a url");
    }

    #[test]
    fn emails_and_names() {
        assert_eq!(emails_in("Dana <Dana@AcmeCounty.gov>, x@y, mailto:b.c@d.org."), ["dana@acmecounty.gov", "b.c@d.org"]);
        assert_eq!(first_name("Dana Lee").as_deref(), Some("Dana"));
        assert_eq!(first_name("Lee, Dana").as_deref(), Some("Dana"));
        assert_eq!(first_name("dana@x.gov"), None);
        assert_eq!(name_from_email("dana.lee@x.gov").as_deref(), Some("Dana Lee"));
        assert_eq!(name_from_email("info@x.gov"), None);
        assert_eq!(clean("a\n  b\tc", 3), "a b");
    }
}
