//! Deterministic synthetic libraries that look like a real vendor's: titles from asset
//! templates, compliance and competitor tags, verticals and stages with realistic spread,
//! summaries and bodies drawn from a Zipf-distributed sales vocabulary.

use serde_json::{json, Value};

/// A tiny deterministic PRNG (SplitMix64): same seed, same library, on every platform.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
    pub fn pick<'a>(&mut self, xs: &[&'a str]) -> &'a str {
        xs[self.below(xs.len())]
    }
    /// Zipf-ish: low indexes far more often, like words in real text.
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        ((n as f64).powf(u) - 1.0) as usize % n
    }
}

pub const VERTICALS: &[&str] = &["government", "enterprise", "mid-market", "smb", "nonprofit", "education", "healthcare", "financial-services"];
pub const STAGES: &[&str] = &["prospecting", "discovery", "evaluation", "proposal", "negotiation", "closed-won", "closed-lost", "customer"];
const KINDS: &[&str] = &["snippet", "email-template", "case-study", "one-pager", "deck", "battlecard", "video", "link"];
const TOPICS: &[&str] = &[
    "FedRAMP",
    "StateRAMP",
    "CJIS",
    "SOC 2",
    "HIPAA",
    "FERPA",
    "GDPR",
    "PCI",
    "SSO",
    "SCIM",
    "audit trail",
    "records retention",
    "e-signature",
    "workflow automation",
    "pricing",
    "ROI",
    "security review",
    "procurement",
    "onboarding",
    "renewal",
    "integration",
    "Salesforce integration",
    "data residency",
    "accessibility",
    "uptime SLA",
    "migration",
    "training",
    "support",
    "API",
    "mobile",
    "analytics",
    "encryption",
];
const COMPETITORS: &[&str] = &["DocuFlow", "PaperTrail", "SignRight", "FormStack", "RecordHub"];
const ASSETS: &[&str] =
    &["overview", "one-pager", "case study", "battlecard", "FAQ", "email", "follow-up", "deck", "checklist", "guide", "webinar", "calculator"];
const AUDIENCE: &[&str] = &[
    "county governments",
    "state agencies",
    "hospitals",
    "universities",
    "school districts",
    "credit unions",
    "banks",
    "foundations",
    "startups",
    "global enterprises",
    "insurers",
    "city halls",
];
const VOCAB: &[&str] = &[
    "team",
    "process",
    "customers",
    "security",
    "compliance",
    "faster",
    "cost",
    "save",
    "hours",
    "approval",
    "documents",
    "contracts",
    "platform",
    "reduce",
    "risk",
    "manual",
    "paper",
    "audit",
    "report",
    "visibility",
    "control",
    "policy",
    "access",
    "users",
    "admin",
    "deploy",
    "weeks",
    "implementation",
    "partner",
    "results",
    "percent",
    "increase",
    "improve",
    "time",
    "budget",
    "value",
    "licensing",
    "seats",
    "tier",
    "review",
    "legal",
    "IT",
    "finance",
    "operations",
    "records",
    "requests",
    "public",
    "citizens",
    "patients",
    "students",
    "members",
    "donors",
    "grants",
    "board",
    "quarter",
    "annual",
    "contract",
    "signature",
    "workflow",
    "template",
    "integration",
    "data",
    "cloud",
    "hosted",
    "region",
    "backup",
    "recovery",
    "certified",
    "authorized",
    "assessment",
    "questionnaire",
    "vendor",
    "evaluation",
    "pilot",
    "trial",
    "demo",
    "stakeholders",
    "champion",
    "decision",
    "timeline",
    "scope",
    "requirements",
    "rollout",
    "adoption",
    "training",
    "success",
    "support",
    "response",
    "uptime",
];

fn sentence(rng: &mut Rng, words: usize) -> String {
    let mut s: Vec<&str> = (0..words).map(|_| VOCAB[rng.zipf(VOCAB.len())]).collect();
    if rng.below(3) == 0 {
        s.insert(rng.below(s.len()), TOPICS[rng.zipf(TOPICS.len())]);
    }
    let mut out = s.join(" ");
    if let Some(f) = out.get_mut(0..1) {
        f.make_ascii_uppercase();
    }
    out + "."
}

/// `n` items, about 85% approved, the rest drafts, retired or expired (traps for the ranker).
pub fn library(n: usize, seed: u64) -> Value {
    let mut rng = Rng::new(seed);
    let items: Vec<Value> = (0..n)
        .map(|i| {
            let topic = TOPICS[rng.zipf(TOPICS.len())];
            let asset = rng.pick(ASSETS);
            let audience = rng.pick(AUDIENCE);
            let kind = rng.pick(KINDS);
            let title = match rng.below(3) {
                0 => format!("{topic} {asset} for {audience}"),
                1 => format!("{} vs {}: {topic} {asset}", "Northwind", rng.pick(COMPETITORS)),
                _ => format!("{topic} {asset}"),
            };
            let verticals: Vec<&str> = (0..rng.below(3)).map(|_| rng.pick(VERTICALS)).collect();
            let stages: Vec<&str> = (0..rng.below(3)).map(|_| rng.pick(STAGES)).collect();
            let tags = vec![topic.to_lowercase(), rng.pick(COMPETITORS).to_lowercase(), rng.pick(ASSETS).to_lowercase()];
            let status = match rng.below(20) {
                0 => "draft",
                1 => "retired",
                _ => "approved",
            };
            let body = if matches!(kind, "snippet" | "email-template") {
                format!("Hi {{{{contact.first_name}}}}, {} {} {}", sentence(&mut rng, 14), sentence(&mut rng, 18), sentence(&mut rng, 12))
            } else {
                String::new()
            };
            let mut it = json!({
                "id": format!("item-{i:06}"), "title": title, "kind": kind, "summary": sentence(&mut rng, 16),
                "verticals": verticals, "stages": stages, "tags": tags, "status": status,
                "updated": format!("2026-{:02}-{:02}T10:00:00Z", 1 + rng.below(10), 1 + rng.below(28)),
            });
            if body.is_empty() {
                it["url"] = json!(format!("https://content.example/{i}"));
            } else {
                it["body"] = json!(body);
            }
            if rng.below(25) == 0 {
                it["expires"] = json!("2025-06-30");
            }
            it
        })
        .collect();
    json!({ "version": format!("synthetic-{n}-{seed}"), "items": items })
}

/// The adversarial case for an inverted index: `n` items whose titles, tags and text all come
/// from the same 100 words, uniformly, so that every word stands in thousands of items.
pub fn small_vocabulary_library(n: usize, seed: u64) -> Value {
    let mut rng = Rng::new(seed);
    let words = |rng: &mut Rng, k: usize| (0..k).map(|_| VOCAB[rng.below(VOCAB.len())]).collect::<Vec<_>>().join(" ");
    let items: Vec<Value> = (0..n)
        .map(|i| {
            json!({
                "id": format!("item-{i:06}"), "title": words(&mut rng, 5), "kind": rng.pick(KINDS), "summary": words(&mut rng, 16),
                "body": words(&mut rng, 40), "tags": [words(&mut rng, 1), words(&mut rng, 1)],
                "verticals": (0..rng.below(3)).map(|_| rng.pick(VERTICALS)).collect::<Vec<_>>(),
                "stages": (0..rng.below(3)).map(|_| rng.pick(STAGES)).collect::<Vec<_>>(),
                "status": "approved", "updated": "2026-09-01T10:00:00Z",
            })
        })
        .collect();
    json!({ "version": format!("small-vocabulary-{n}-{seed}"), "items": items })
}

/// The case for what is built per distinct word (the term table, typo lookups, the snapshot):
/// `library(n, seed)` with a dozen more words in each summary and body, drawn from a
/// vocabulary of four words an item (40,000 at 10,000 items) the way words occur in text, so
/// that the index holds tens of thousands of words, as a real library's does (product and
/// customer names, places, numbers), where the generator's holds about 150.
pub fn wide_vocabulary_library(n: usize, seed: u64) -> Value {
    const SYLLABLES: &[&str] = &["ba", "ce", "di", "fo", "gu", "ka", "le", "mi", "no", "pu", "ra", "se", "ti", "vo", "zu", "tra", "qui", "ster", "lon", "mar"];
    let coined = |mut k: usize| {
        let mut w = String::new();
        k += SYLLABLES.len() * SYLLABLES.len(); // three syllables at least
        while k > 0 {
            w.push_str(SYLLABLES[k % SYLLABLES.len()]);
            k /= SYLLABLES.len();
        }
        w
    };
    let mut lib = library(n, seed);
    let mut rng = Rng::new(seed ^ 0x5EED);
    let vocabulary = 4 * n.max(25);
    for item in lib["items"].as_array_mut().expect("items") {
        for field in ["summary", "body"] {
            if let Some(Value::String(text)) = item.get_mut(field) {
                let words: Vec<String> = (0..12).map(|_| coined(rng.zipf(vocabulary))).collect();
                *text = format!("{text} {}.", words.join(" "));
            }
        }
    }
    lib["version"] = json!(format!("wide-vocabulary-{n}-{seed}"));
    lib
}

/// A thread in the same 100 words, asking for things in them.
pub fn small_vocabulary_context(seed: u64) -> Value {
    let mut rng = Rng::new(seed ^ 0xBEEF);
    let mut words = |k: usize| (0..k).map(|_| VOCAB[rng.below(VOCAB.len())]).collect::<Vec<_>>().join(" ");
    let asks: Vec<String> = (0..4).map(|_| format!("Could you send the {}? ", words(4))).collect();
    json!({ "source": "gmail", "vertical": "government", "stage": "proposal", "subject": words(5), "text": format!("{}{}", asks.concat(), words(120)) })
}

/// A page context like a reader produces on a government proposal thread.
pub fn context(seed: u64) -> Value {
    let mut rng = Rng::new(seed ^ 0xC0FFEE);
    let text: Vec<String> = (0..12).map(|_| sentence(&mut rng, 16)).collect();
    json!({
        "source": "gmail", "domain": "acmecounty.gov", "company": "Acme County",
        "contact": {"name": "Dana Lee", "first_name": "Dana", "email": "dana.lee@acmecounty.gov"},
        "vertical": rng.pick(VERTICALS), "stage": rng.pick(&STAGES[..5]),
        "subject": format!("Re: {} {} for the records project", rng.pick(TOPICS), rng.pick(ASSETS)),
        "text": text.join(" "),
    })
}

/// A typed query, as the prefixes a rep's keystrokes produce: "f", "fe", ..., "fedramp ove".
pub fn keystrokes(query: &str) -> Vec<String> {
    query.char_indices().map(|(i, c)| query[..i + c.len_utf8()].to_string()).collect()
}
