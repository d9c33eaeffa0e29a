//! The page context (CONTRACTS.md §3) and its resolution into canonical vertical and stage,
//! inferring the vertical from domain, company and thread words when the page names none.

use crate::fields::{once, read_map};
use crate::taxonomy::{Facet, Taxonomy};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
}

impl Contact {
    pub fn is_empty(&self) -> bool {
        self.name.is_none() && self.first_name.is_none() && self.email.is_none()
    }
}

/// What a page reader extracted. Every field may be missing; unknown fields are kept.
/// `Deserialize` is written by hand below (the derived one would buffer through `flatten`).
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct PageContext {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub company: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub domain: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vertical: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage: Option<String>,
    #[serde(default, skip_serializing_if = "Map::is_empty")]
    pub raw: Map<String, Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    #[serde(flatten)]
    pub extra: Map<String, Value>,
}

impl<'de> Deserialize<'de> for PageContext {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<PageContext, D::Error> {
        d.deserialize_map(PageContextVisitor)
    }
}

struct PageContextVisitor;

impl<'de> serde::de::Visitor<'de> for PageContextVisitor {
    type Value = PageContext;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("struct PageContext")
    }

    /// §3: every field may be null, and null means missing (a `"raw": null` is no raw values).
    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<PageContext, A::Error> {
        const FIELDS: &[&str] = &["source", "url", "company", "domain", "contact", "vertical", "stage", "raw", "subject", "text"];
        let (mut source, mut url, mut company, mut domain, mut contact): (Option<Option<String>>, _, _, _, _) = (None, None, None, None, None);
        let (mut vertical, mut stage, mut raw, mut subject, mut text): (_, _, Option<Option<Map<String, Value>>>, _, _) = (None, None, None, None, None);
        let extra = read_map(map, FIELDS, |i, name, map| match i {
            0 => once(map, &mut source, name),
            1 => once(map, &mut url, name),
            2 => once(map, &mut company, name),
            3 => once(map, &mut domain, name),
            4 => once(map, &mut contact, name),
            5 => once(map, &mut vertical, name),
            6 => once(map, &mut stage, name),
            7 => once(map, &mut raw, name),
            8 => once(map, &mut subject, name),
            _ => once(map, &mut text, name),
        })?;
        Ok(PageContext {
            source: source.flatten(),
            url: url.flatten(),
            company: company.flatten(),
            domain: domain.flatten(),
            contact: contact.flatten(),
            vertical: vertical.flatten(),
            stage: stage.flatten(),
            raw: raw.flatten().unwrap_or_default(),
            subject: subject.flatten(),
            text: text.flatten(),
            extra,
        })
    }
}

impl PageContext {
    pub fn from_json(json: &str) -> Result<PageContext, serde_json::Error> {
        serde_json::from_str(json)
    }

    /// The prospect's domain: the page's, else its contact's address's.
    pub fn prospect_domain(&self) -> Option<&str> {
        let email_domain = self.contact.as_ref().and_then(|c| c.email.as_deref()).and_then(|e| e.rsplit_once('@')).map(|(_, d)| d);
        self.domain.as_deref().or(email_domain).map(|d| d.trim().trim_end_matches('.'))
    }

    fn raw_str(&self, key: &str) -> Option<&str> {
        self.raw.get(key).and_then(Value::as_str).filter(|s| !s.trim().is_empty())
    }
}

/// Where a canonical value came from, so a reason can be shown and a wrong guess explained.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Resolved {
    pub id: String,
    /// "page" when the page (or its CRM field) said so; "inferred" when guessed from signals
    /// (the domain, the company's name, a stated legal status); "counted" when guessed from
    /// the counts the page gives (its people or its sites), a weaker sign.
    pub how: &'static str,
    pub evidence: String,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Resolution {
    pub vertical: Option<Resolved>,
    pub stage: Option<Resolved>,
    /// Raw values no synonym knows: reported, never guessed.
    pub unmapped: Vec<String>,
}

/// Maps the context's vertical and stage onto canonical ids (§3: a non-canonical value is
/// mapped like a raw one), then falls back to `raw`, then to inference for the vertical.
pub fn resolve(ctx: &PageContext, taxonomy: &Taxonomy) -> Resolution {
    let mut res = Resolution::default();
    let candidates = |field: Option<&str>, raw_key: &str| -> Vec<String> {
        field.into_iter().chain(ctx.raw_str(raw_key)).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
    };
    // A vertical a reader guessed (it leaves its evidence beside it) is guessed again here, with
    // how it was guessed: it is not the page's word.
    let read = ctx.vertical.as_deref().filter(|_| !ctx.extra.contains_key(GUESS_EVIDENCE));
    for value in candidates(read, "industry").into_iter().chain(ctx.raw_str("vertical").map(String::from)) {
        match taxonomy.map(Facet::Vertical, &value) {
            Some(id) if res.vertical.is_none() => res.vertical = Some(Resolved { id: id.into(), how: "page", evidence: value }),
            Some(_) => {}
            None => res.unmapped.push(format!("vertical {value:?}")),
        }
    }
    for value in candidates(ctx.stage.as_deref(), "stage") {
        match taxonomy.map(Facet::Stage, &value) {
            Some(id) if res.stage.is_none() => res.stage = Some(Resolved { id: id.into(), how: "page", evidence: value }),
            Some(_) => {}
            None => res.unmapped.push(format!("stage {value:?}")),
        }
    }
    res.unmapped.dedup();
    if res.vertical.is_none() {
        res.vertical = infer_vertical(ctx, taxonomy);
    }
    res
}

/// The field a reader writes beside a vertical it guessed, with the guess's evidence.
pub const GUESS_EVIDENCE: &str = "vertical_evidence";

/// Guesses the vertical from the prospect's domain, company name and thread words. Each rule
/// carries its evidence; `.org` alone is too weak (plenty of companies use it) and needs words.
/// The taxonomy's own verticals of known industries ("construction") are met in company names.
pub fn infer_vertical(ctx: &PageContext, taxonomy: &Taxonomy) -> Option<Resolved> {
    let inferred = |id: &str, evidence: String| Some(Resolved { id: id.into(), how: "inferred", evidence });
    let domain = ctx.prospect_domain().map(str::to_ascii_lowercase);
    if let Some(d) = &domain {
        if let Some(id) = vertical_of_domain(d) {
            // A public school or hospital writes from a government domain: what it is comes
            // before who pays for it ("Centre de services scolaire …" at gouv.qc.ca).
            let kind = ctx
                .company
                .as_deref()
                .and_then(|c| vertical_of_words(c, COMPANY_WORDS))
                .filter(|&(k, _)| id == "government" && (k == "education" || k == "healthcare"));
            if let Some((k, word)) = kind {
                return inferred(k, format!("company name “{word}”"));
            }
            return inferred(id, format!("domain {d}"));
        }
    }
    let text = [ctx.company.as_deref(), ctx.subject.as_deref(), ctx.text.as_deref()].into_iter().flatten().collect::<Vec<_>>().join(" ");
    if domain.as_deref().and_then(org_name).is_some() {
        if let Some((id, word)) = vertical_of_words(
            &text,
            &[(
                "nonprofit",
                &[
                    "nonprofit",
                    "non-profit",
                    "donor",
                    "donors",
                    "grant",
                    "grants",
                    "charity",
                    "volunteers",
                    "fundraising",
                    "501(c)(3)",
                    "food bank",
                    "foundation",
                    "stiftelse",
                    "stiftelsen",
                    "association",
                    "caritative",
                    "banque alimentaire",
                    "fondation",
                    "verein",
                    "stiftung",
                    "spenden",
                    "tafel",
                    "asociacion",
                    "fundacion",
                    "donantes",
                    "voluntarios",
                    "benevoles",
                    "ehrenamtliche",
                    // Ukrainian and Russian: a charitable foundation, as its cases write it.
                    "благодійний",
                    "благодійного",
                    "благодійному",
                    "благодійна",
                    "благодійної",
                    "благодійній",
                    "благотворительный",
                    "благотворительного",
                    "благотворительной",
                    "благотворительная",
                ],
            )],
        ) {
            return inferred(id, format!(".org domain and “{word}”"));
        }
    }
    // A prospect stating its legal status says it on any domain.
    if let Some((id, word)) = vertical_of_words(&text, NONPROFIT_STATUS) {
        return inferred(id, format!("“{word}”"));
    }
    // Without such words, US hospitals and health systems mostly write from .org domains that say so
    // ("stbrigidhealth.org", "mercyhospital.org"); a company's ".com" with "health" in it may be
    // anything (a health-insurance broker, a fitness app).
    if let Some(name) = domain.as_deref().and_then(org_name) {
        if let Some(word) = ["health", "hospital", "medical", "clinic"].into_iter().find(|w| name.contains(w)) {
            return inferred("healthcare", format!(".org domain with “{word}”"));
        }
    }
    if let Some(company) = ctx.company.as_deref() {
        // The library's own industries first, so that a tie ("Healthcare Properties") goes to
        // the one it ranks by; a landlord's name says nothing of the defaults.
        let own: Vec<(&str, &[&str])> = taxonomy.own_company_words().collect();
        let landlord = is_landlord(company);
        // Most libraries have none of their own: the defaults are read in place.
        let rules: std::borrow::Cow<[(&str, &[&str])]> = match (own.is_empty(), landlord) {
            (true, false) => COMPANY_WORDS.into(),
            (_, true) => own.into(),
            (false, false) => [own.as_slice(), COMPANY_WORDS].concat().into(),
        };
        if let Some((id, word)) = vertical_of_words(company, &rules) {
            return inferred(id, format!("company name “{word}”"));
        }
    }
    let counted = |(id, evidence): (&str, String)| Resolved { id: id.into(), how: "counted", evidence };
    // The sites it counts say its industry ("160 stores", "6 hoteles"); without them, a count of
    // its people still says its size ("we're 9 guys").
    crate::size::industry(&text).or_else(|| crate::size::segment(&text)).map(counted)
}

/// A company that owns or manages buildings ("Meridian Healthcare Properties", "Education Realty
/// Trust"): the industry in its name is its tenants', not its own.
fn is_landlord(company: &str) -> bool {
    vertical_of_words(company, &[("", crate::industries::REAL_ESTATE.company_words)]).is_some()
}

fn vertical_of_domain(d: &str) -> Option<&'static str> {
    let labels: Vec<&str> = d.split('.').collect();
    let tld = *labels.last()?;
    let has = |l: &str| labels.contains(&l);
    if tld == "gov" || tld == "mil" || has("gov") || has("mil") || has("gouv") || has("govt") {
        return Some("government");
    }
    // US state and local: state.tx.us, co.travis.tx.us, ci.austin.tx.us, k12.tx.us (schools).
    if tld == "us" {
        if has("k12") {
            return Some("education");
        }
        if has("state") || has("co") || has("ci") || has("city") || has("county") {
            return Some("government");
        }
    }
    // "univ-rennes.fr", "uni-hamburg.de": European universities name themselves in the domain.
    let university = labels.iter().any(|l| l.starts_with("univ-") || l.starts_with("uni-"));
    if tld == "edu" || has("ac") || has("edu") || has("k12") || has("sch") || university {
        return Some("education");
    }
    None
}

/// Phrases only a nonprofit writes of itself, in the languages prospects write in (accents folded).
const NONPROFIT_STATUS: &[(&str, &[&str])] = &[(
    "nonprofit",
    &[
        "501(c)(3)",
        "a but non lucratif",
        "sans but lucratif",
        "association caritative",
        "sin animo de lucro",
        "sin fines de lucro",
        "gemeinnutzig",
        "gemeinnutziger verein",
        "gemeinnutzige",
        "gemeinnutzigen",
        "senza scopo di lucro",
        "sem fins lucrativos",
        "zonder winstoogmerk",
    ],
)];

/// Words of organization names, in the languages prospects write in (accents folded).
const COMPANY_WORDS: &[(&str, &[&str])] = &[
    (
        "government",
        &[
            "county",
            "kommune",
            "kommun",
            "kommunen",
            "city of",
            "state of",
            "department of",
            "dept of",
            "ministry",
            "municipality",
            "township",
            "borough",
            "sheriff",
            "police",
            "federal",
            "agency",
            "commonwealth of",
            "public works",
            "district",
            "authority",
            "public safety",
            "emergency communications",
            "911",
            "fire department",
            "fire rescue",
            "stadt",
            "stadtverwaltung",
            "gemeinde",
            "landkreis",
            "landratsamt",
            "ministerium",
            "behorde",
            "bundesamt",
            "landesamt",
            "ville de",
            "mairie",
            "prefecture",
            "conseil departemental",
            "conseil regional",
            "ministere",
            "ayuntamiento",
            "gobierno",
            "ministerio",
            "municipio",
            "diputacion",
            "gemeente",
            "provincie",
            "rijksoverheid",
            "prefeitura",
            "comune di",
            "regione",
            "camara municipal",
            "urzad",
            "gmina",
            "starostwo",
            "powiat",
            "ministerstwo",
            "ministerstvo",
            "kaupunki",
            "kunta",
            "kuntayhtyma",
            "virasto",
            "mesto",
            "magistrat",
            "obec",
            "urad",
            "belediye",
            "belediyesi",
            "bakanligi",
            "valiligi",
        ],
    ),
    (
        "education",
        &[
            "university",
            "universitet",
            "hogskola",
            "hogskole",
            "college",
            "school district",
            "school",
            "schools",
            "public schools",
            "academy",
            "institute of technology",
            "isd",
            "usd",
            "universitat",
            "hochschule",
            "schule",
            "gymnasium",
            "universite",
            "ecole",
            "scolaire",
            "escolar",
            "lycee",
            "universidad",
            "colegio",
            "escuela",
            "universiteit",
            "hogeschool",
            "universidade",
            "universita",
            "scuola",
            "politecnico",
            "uniwersytet",
            "politechnika",
            "szkola",
            "yliopisto",
            "korkeakoulu",
            "ammattikorkeakoulu",
            "lukio",
            "univerzita",
            "vysoka skola",
            "gymnazium",
            "universitesi",
            "lisesi",
            "okulu",
            "liceum",
        ],
    ),
    (
        "healthcare",
        &[
            "hospital",
            "sygehus",
            "sykehus",
            "sjukhus",
            "sygehuset",
            "sykehuset",
            "sjukhuset",
            "health system",
            "health authority",
            "hospital district",
            "healthcare",
            "health care",
            "medical center",
            "clinic",
            "pharma",
            "pharmaceuticals",
            "therapeutics",
            "biologics",
            "biosciences",
            "biotech",
            "biopharma",
            "genomics",
            "health",
            "klinikum",
            "krankenhaus",
            "klinik",
            "kliniken",
            "uniklinik",
            "hopital",
            "clinique",
            "centre hospitalier",
            "groupe hospitalier",
            "hospitalario",
            "hospitalaria",
            "azienda ospedaliera",
            "chu",
            "clinica",
            "ziekenhuis",
            "ospedale",
            "azienda sanitaria",
            "sante",
            "gesundheit",
            "szpital",
            "przychodnia",
            "medical group",
            "gruppo medico",
            "grupo medico",
            "centro medico",
            "centre medical",
            "medisch centrum",
            "casa di cura",
            "poliambulatorio",
            "sairaala",
            "sairaanhoitopiiri",
            "hyvinvointialue",
            "terveyskeskus",
            "nemocnice",
            "poliklinika",
            "hastane",
            "hastanesi",
            // Care in the patient's home is healthcare too (an agency's caregivers, Medicaid visits).
            "home care",
            "homecare",
            "home health",
            "hospice",
        ],
    ),
    (
        "hospitality",
        &[
            "hotel",
            "hotels",
            "resort",
            "resorts",
            "hospitality",
            "restaurant",
            "restaurants",
            "hotellerie",
            "hoteles",
            "hotelaria",
            "ristorante",
            "ristorazione",
            "restauration",
            "gastronomie",
        ],
    ),
    ("retail", &["stores", "grocery", "grocers", "mart", "supermarket", "supermarkets", "retail", "retailer", "einzelhandel", "supermercados"]),
    (
        "manufacturing",
        &[
            "manufacturing",
            "manufacturer",
            "fabrication",
            "fertigung",
            "maschinenbau",
            "castings",
            "foundry",
            "foundries",
            "machining",
            "fabricators",
            "metalworks",
        ],
    ),
    (
        "financial-services",
        &[
            "bank",
            "credit union",
            "insurance",
            "bancorp",
            "financial",
            "capital",
            "securities",
            "assurance",
            "sparkasse",
            "volksbank",
            "raiffeisenbank",
            "versicherung",
            "banque",
            "credit agricole",
            "mutuelle",
            "banco",
            "caja",
            "seguros",
            "spaarbank",
            "verzekeringen",
            "banca",
            "assicurazioni",
            "ubezpieczenia",
            "sparbank",
            "sparebank",
            "sparekasse",
            "forsikring",
            "forsakring",
            "pankki",
            "osuuspankki",
            "vakuutus",
            "banka",
            "pojistovna",
            "bankasi",
            "sigorta",
        ],
    ),
    (
        "nonprofit",
        &[
            "foundation",
            "charity",
            "charitable",
            "nonprofit",
            "non-profit",
            "ngo",
            "relief fund",
            "food bank",
            "habitat for humanity",
            "united way",
            "stiftung",
            "verein",
            "fondation",
            "association",
            "fundacion",
            "asociacion",
            "stichting",
            "fondazione",
            "onlus",
            "fundacja",
            "stowarzyszenie",
        ],
    ),
];

/// The longest phrase of any rule that stands in the text as whole words ("food bank"
/// beats "bank"); ties go to the earlier rule.
/// The words organizations of a vertical name themselves with ("hospital", "county",
/// "universidad"), as in `COMPANY_WORDS`.
pub fn organization_words(vertical: &str) -> impl Iterator<Item = &'static str> + '_ {
    COMPANY_WORDS.iter().filter(move |(id, _)| *id == vertical).flat_map(|(_, words)| words.iter().copied())
}

/// Whether `token` is a word of the names organizations give their kind ("county", "school",
/// "district", "klinikum"), in any vertical.
pub fn is_organization_word(token: &str) -> bool {
    static WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let mut out: Vec<String> = COMPANY_WORDS.iter().flat_map(|(_, words)| words.iter()).flat_map(|w| crate::text::tokens(w)).collect();
        crate::sort::sort(&mut out);
        out.dedup();
        out
    });
    words.binary_search_by(|w| w.as_str().cmp(token)).is_ok()
}

/// The name before an organization's top-level domain: ".org", or a country's ".org.uk",
/// ".org.ua", ".org.br" ("dimporuch.org.ua" is "dimporuch").
fn org_name(domain: &str) -> Option<&str> {
    let rest = domain.strip_suffix(".org").or_else(|| domain.rsplit_once('.').filter(|(_, cc)| cc.len() == 2).and_then(|(d, _)| d.strip_suffix(".org")))?;
    Some(rest.rsplit('.').next().unwrap_or_default())
}

fn vertical_of_words<'a>(text: &str, rules: &[(&'a str, &[&str])]) -> Option<(&'a str, String)> {
    let lower = format!(
        " {} ",
        crate::taxonomy::fold_lower(text).chars().map(|c| if c.is_alphanumeric() || c == '(' || c == ')' || c == '-' { c } else { ' ' }).collect::<String>()
    );
    let lower = lower.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = format!(" {lower} ");
    let mut best: Option<(&'a str, &str)> = None;
    for (id, words) in rules {
        for w in words.iter() {
            // A whole word or phrase, without a padded copy of each.
            let whole = || lower.match_indices(w).any(|(at, _)| lower[..at].ends_with(' ') && lower[at + w.len()..].starts_with(' '));
            if best.is_none_or(|(_, b)| w.len() > b.len()) && whole() {
                best = Some((id, w));
            }
        }
    }
    best.map(|(id, w)| (id, w.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(json: &str) -> PageContext {
        PageContext::from_json(json).unwrap()
    }

    #[test]
    fn canonical_and_raw_values_resolve() {
        let t = Taxonomy::default();
        let r = resolve(&ctx(r#"{"vertical":"government","stage":"proposal"}"#), &t);
        assert_eq!(r.vertical.unwrap().id, "government");
        assert_eq!(r.stage.unwrap().id, "proposal");
        let r = resolve(&ctx(r#"{"raw":{"stage":"Proposal/Price Quote","industry":"Not For Profit"}}"#), &t);
        assert_eq!(r.vertical.as_ref().unwrap().id, "nonprofit");
        assert_eq!(r.vertical.unwrap().how, "page");
        assert_eq!(r.stage.unwrap().id, "proposal");
        // A non-canonical value in the canonical field is mapped like a raw one.
        let r = resolve(&ctx(r#"{"vertical":"Hospital & Health Care","stage":"contractsent"}"#), &t);
        assert_eq!(r.vertical.unwrap().id, "healthcare");
        assert_eq!(r.stage.unwrap().id, "negotiation");
    }

    #[test]
    fn unknown_values_are_reported_not_guessed() {
        let r = resolve(&ctx(r#"{"stage":"Stage 7: Pondering","raw":{"industry":"Agriculture"}}"#), &Taxonomy::default());
        assert!(r.stage.is_none());
        assert!(r.vertical.is_none());
        assert_eq!(r.unmapped, ["vertical \"Agriculture\"", "stage \"Stage 7: Pondering\""]);
    }

    #[test]
    fn vertical_is_inferred_with_evidence() {
        let cases = [
            (r#"{"domain":"acmecounty.gov"}"#, "government", "domain acmecounty.gov"),
            (r#"{"contact":{"email":"j@army.mil"}}"#, "government", "domain army.mil"),
            (r#"{"domain":"co.travis.tx.us"}"#, "government", "domain co.travis.tx.us"),
            (r#"{"domain":"austinisd.k12.tx.us"}"#, "education", "domain austinisd.k12.tx.us"),
            (r#"{"domain":"ox.ac.uk"}"#, "education", "domain ox.ac.uk"),
            (r#"{"domain":"state.edu"}"#, "education", "domain state.edu"),
            (r#"{"company":"Riverside County Sheriff"}"#, "government", "company name “sheriff”"),
            (r#"{"company":"St. Mary's Hospital"}"#, "healthcare", "company name “hospital”"),
            (r#"{"domain":"stbrigidhealth.org"}"#, "healthcare", ".org domain with “health”"),
            (r#"{"domain":"globalhealthfund.org","text":"Our donors fund clinics abroad."}"#, "nonprofit", ".org domain and “donors”"),
            (r#"{"company":"Université Rennes Sud"}"#, "education", "company name “universite”"),
            (r#"{"company":"Klinikum Nordstadt"}"#, "healthcare", "company name “klinikum”"),
            (r#"{"company":"Grupo Hospitalario San Rafael"}"#, "healthcare", "company name “hospitalario”"),
            (r#"{"company":"Cascade Crest Hospitality Group"}"#, "hospitality", "company name “hospitality”"),
            (r#"{"company":"Gruppo Bellini Ristorazione S.r.l."}"#, "hospitality", "company name “ristorazione”"),
            (r#"{"company":"Orchard Valley Castings"}"#, "manufacturing", "company name “castings”"),
            (r#"{"company":"Evergreen Home Care Partners"}"#, "healthcare", "company name “home care”"),
            (r#"{"company":"Lindqvist Supermarkets"}"#, "retail", "company name “supermarkets”"),
            (r#"{"company":"Ayuntamiento de Soria"}"#, "government", "company name “ayuntamiento”"),
            (r#"{"company":"Urząd Miasta Opola"}"#, "government", "company name “urzad”"),
            (r#"{"company":"Szpital Wojewódzki w Bielsku-Białej"}"#, "healthcare", "company name “szpital”"),
            (r#"{"company":"Gruppo Medico Lario S.p.A."}"#, "healthcare", "company name “gruppo medico”"),
            (r#"{"company":"Politechnika Śląska"}"#, "education", "company name “politechnika”"),
            (r#"{"company":"Fundacja Dobrych Serc"}"#, "nonprofit", "company name “fundacja”"),
            // Special districts and authorities are local government; a school's or a hospital's is the school or hospital.
            (r#"{"company":"Tri-Rivers Regional Emergency Communications District"}"#, "government", "company name “emergency communications”"),
            (r#"{"company":"Lower Valley Water District"}"#, "government", "company name “district”"),
            (r#"{"company":"Metro Transit Authority"}"#, "government", "company name “authority”"),
            (r#"{"company":"Tri-County 911"}"#, "government", "company name “911”"),
            (r#"{"company":"Fairview Independent School District"}"#, "education", "company name “school district”"),
            (r#"{"company":"Fraser Health Authority"}"#, "healthcare", "company name “health authority”"),
            (r#"{"company":"Palo Verde Hospital District"}"#, "healthcare", "company name “hospital district”"),
            (r#"{"company":"Northside Grocery"}"#, "retail", "company name “grocery”"),
            (r#"{"company":"Aarhus Kommune"}"#, "government", "company name “kommune”"),
            (r#"{"company":"Kaarnalan kaupunki"}"#, "government", "company name “kaupunki”"),
            (r#"{"company":"Statutární město Brno"}"#, "government", "company name “mesto”"),
            (r#"{"company":"Kadıköy Belediyesi"}"#, "government", "company name “belediyesi”"),
            (r#"{"company":"Helsingin yliopisto"}"#, "education", "company name “yliopisto”"),
            (r#"{"company":"Fakultní nemocnice Olomouc"}"#, "healthcare", "company name “nemocnice”"),
            (r#"{"company":"Sjukhuset i Värnamo"}"#, "healthcare", "company name “sjukhuset”"),
            (r#"{"domain":"univ-rennes-sud.fr"}"#, "education", "domain univ-rennes-sud.fr"),
            // A public school or hospital on a government domain is a school or a hospital.
            (r#"{"domain":"csshr.gouv.qc.ca","company":"Centre de services scolaire des Hautes-Rivières"}"#, "education", "company name “scolaire”"),
            (r#"{"domain":"va.gov","company":"VA Palo Alto Medical Center"}"#, "healthcare", "company name “medical center”"),
            (r#"{"domain":"pinecounty.gov","company":"Pine County Sheriff"}"#, "government", "domain pinecounty.gov"),
            (r#"{"company":"First Valley Credit Union"}"#, "financial-services", "company name “credit union”"),
            (r#"{"domain":"helpinghands.org","text":"our donors and volunteers"}"#, "nonprofit", ".org domain and “volunteers”"),
            (r#"{"domain":"stmarysgrant.org.uk","text":"Our volunteers run it."}"#, "nonprofit", ".org domain and “volunteers”"),
            (r#"{"domain":"dimporuch.org.ua","text":"Я координаторка у благодійному фонді."}"#, "nonprofit", ".org domain and “благодійному”"),
            (r#"{"domain":"northgatehealth.org.au"}"#, "healthcare", ".org domain with “health”"),
            (r#"{"company":"Open Harvest Food Bank"}"#, "nonprofit", "company name “food bank”"),
            (r#"{"company":"Open Harvest Food Bank","domain":"openharvest.org"}"#, "nonprofit", ".org domain and “food bank”"),
            (r#"{"domain":"banque-alimentaire-lyon.org","text":"Nous sommes une association caritative."}"#, "nonprofit", ".org domain and “association”"),
            (r#"{"domain":"hilfswerk.de","text":"Wir sind ein gemeinnütziger Verein."}"#, "nonprofit", "“gemeinnutziger verein”"),
            (r#"{"domain":"ayuda.es","text":"Somos una entidad sin ánimo de lucro"}"#, "nonprofit", "“sin animo de lucro”"),
        ];
        for (json, id, evidence) in cases {
            let r = infer_vertical(&ctx(json), &Taxonomy::default()).unwrap_or_else(|| panic!("{json}"));
            assert_eq!((r.id.as_str(), r.how, r.evidence.as_str()), (id, "inferred", evidence), "{json}");
        }
        // Nothing else tells the industry: the sites the prospect counts tell it, and a count of
        // its people tells its size; both weaker signs ("counted").
        for (json, id, evidence) in [
            (r#"{"domain":"tillerandsage.com","text":"Hannah Beaumont\nTiller & Sage Home | 160 stores\nwe paid for 2,400 seats"}"#, "retail", "“160 stores”"),
            (r#"{"text":"Nous gérons 14 hôtels en France et en Belgique."}"#, "hospitality", "“14 hôtels”"),
            (r#"{"text":"Vi driver 48 supermarkeder i Jylland og på Fyn."}"#, "retail", "“48 supermarkeder”"),
            (r#"{"domain":"daltonhvac.com","text":"We're 9 guys, 7 trucks."}"#, "smb", "“9 guys”"),
            (r#"{"company":"Atlas Distribution Group","text":"the pilot sites, about 1,400 employees"}"#, "enterprise", "“1,400 employees”"),
            // Hospitals it sells to are not its own.
            (r#"{"text":"We are 2,000 employees; our specialists train OR staff in about 900 hospitals."}"#, "enterprise", "“2,000 employees”"),
        ] {
            let r = infer_vertical(&ctx(json), &Taxonomy::default()).unwrap_or_else(|| panic!("{json}"));
            assert_eq!((r.id.as_str(), r.how, r.evidence.as_str()), (id, "counted", evidence), "{json}");
        }
    }

    #[test]
    fn a_vertical_a_reader_guessed_is_guessed_again_not_taken_as_the_pages() {
        let t = Taxonomy::default();
        let guessed = resolve(&ctx(r#"{"vertical":"retail","vertical_evidence":"“160 stores”","text":"Tiller & Sage Home | 160 stores"}"#), &t);
        let v = guessed.vertical.unwrap();
        assert_eq!((v.id.as_str(), v.how), ("retail", "counted"));
        let stated = resolve(&ctx(r#"{"vertical":"retail","text":"Tiller & Sage Home | 160 stores"}"#), &t);
        assert_eq!(stated.vertical.unwrap().how, "page");
    }

    #[test]
    fn weak_signals_infer_nothing() {
        for json in [
            r#"{"domain":"wikipedia.org"}"#,
            r#"{"domain":"acme.org.uk","text":"Our products ship worldwide."}"#,
            r#"{"domain":"acme.com","company":"Acme Corp"}"#,
            r#"{}"#,
            r#"{"domain":""}"#,
            r#"{"contact":{"email":"nobody"}}"#,
            // A landlord's name says whose buildings it owns, not what it is.
            r#"{"company":"Meridian Healthcare Properties"}"#,
            r#"{"company":"Education Realty Trust"}"#,
            r#"{"company":"Sjukhusfastigheter Fastigheter AB"}"#,
        ] {
            assert_eq!(infer_vertical(&ctx(json), &Taxonomy::default()), None, "{json}");
        }
    }

    #[test]
    fn a_librarys_own_industries_are_met_in_company_names() {
        let mut t = Taxonomy::default();
        t.adopt_verticals(["real-estate", "construction", "legal", "healthcare", "life-sciences", "staffing"]);
        for (json, id) in [
            (r#"{"company":"Meridian Healthcare Properties"}"#, "real-estate"),
            (r#"{"company":"Västfast Fastigheter AB"}"#, "real-estate"),
            (r#"{"company":"Hartwell Construction Group"}"#, "construction"),
            (r#"{"company":"Castellan Brooks LLP"}"#, "legal"),
            (r#"{"company":"Halbrook Therapeutics"}"#, "life-sciences"),
            (r#"{"company":"St. Brigid Hospital"}"#, "healthcare"),
            // An agency placing nurses is an agency: the library's own industry comes first.
            (r#"{"company":"Bluecrest Nurse Staffing"}"#, "staffing"),
            (r#"{"company":"Laborum Trabajo Temporal ETT, S.L."}"#, "staffing"),
            // The domain still comes first, and a longer phrase of a default beats a word.
            (r#"{"company":"City of Austin Construction Permits","domain":"austintexas.gov"}"#, "government"),
        ] {
            assert_eq!(resolve(&ctx(json), &t).vertical.map(|v| v.id), Some(id.to_string()), "{json}");
        }
        // Without the library's industry, a builder's name says nothing, and pharma is healthcare.
        assert_eq!(resolve(&ctx(r#"{"company":"Hartwell Construction Group"}"#), &Taxonomy::default()).vertical, None);
        assert_eq!(resolve(&ctx(r#"{"company":"Halbrook Therapeutics"}"#), &Taxonomy::default()).vertical.map(|v| v.id), Some("healthcare".into()));
        // A utility says what it is; "X Electric Inc." is as likely an electrical contractor.
        let mut energy = Taxonomy::default();
        energy.adopt_verticals(["energy"]);
        assert_eq!(resolve(&ctx(r#"{"company":"Tri-County Gas and Electric"}"#), &energy).vertical.map(|v| v.id), Some("energy".into()));
        assert_eq!(resolve(&ctx(r#"{"company":"Kowalczyk Electric Inc."}"#), &energy).vertical, None);
    }

    #[test]
    fn page_value_beats_inference() {
        let r = resolve(&ctx(r#"{"domain":"acmecounty.gov","vertical":"education"}"#), &Taxonomy::default());
        assert_eq!(r.vertical.unwrap().id, "education");
    }
}
