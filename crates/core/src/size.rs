//! What the page's counts say of the prospect: its size segment (SMB, mid-market, enterprise)
//! from how many people it has ("We're 9 guys", "about 1,400 employees", "2.300 Beschäftigte"),
//! and its industry from the sites it counts ("160 stores", "12 hotels", "4 plants").

use crate::taxonomy::fold_lower;

/// Words for all of an organization's people, folded: right after a count they give its size.
const WHOLE: &[&str] = &[
    "employees",
    "employee",
    "staff",
    "people",
    "workers",
    "guys",
    "ftes",
    "fte",
    "mitarbeiter",
    "mitarbeitende",
    "mitarbeitenden",
    "beschaftigte",
    "beschaftigten",
    "angestellte",
    "salaries",
    "employes",
    "collaborateurs",
    "personnes",
    "empleados",
    "trabajadores",
    "personas",
    "colaboradores",
    "dipendenti",
    "collaboratori",
    "persone",
    "medewerkers",
    "werknemers",
    "mensen",
    "funcionarios",
    "empregados",
    "pessoas",
    "pracownikow",
    "pracownicy",
    "osob",
    "medarbejdere",
    "ansatte",
    "anstallda",
    "medarbetare",
];

/// Words for some of its people ("45 techs", "900 agents", "5,000 seats"), and the whole's
/// words after a qualifier ("1,900 hourly staff"): such a count is only a floor, since a
/// 20-agent contact centre may belong to a company of thousands.
const PART: &[&str] = &[
    "agents",
    "technicians",
    "techs",
    "drivers",
    "nurses",
    "officers",
    "users",
    "seats",
    "licenses",
    "licences",
    "supervisors",
    "managers",
    "engineers",
    "reps",
    "clinicians",
    "physicians",
    "teachers",
    "nutzer",
    "utilisateurs",
    "usuarios",
    "utenti",
    "gebruikers",
    "uzytkownikow",
];

/// Sites whose count tells an industry ("Tiller & Sage Home | 160 stores"), folded, in the eight
/// languages and Danish, Norwegian and Swedish. Branches and properties are left out: banks and retailers both have branches.
const SITES: &[(&str, &[&str])] = &[
    (
        "retail",
        &[
            "stores",
            "shops",
            "boutiques",
            "supermarkets",
            "magasins",
            "tiendas",
            "negozi",
            "winkels",
            "lojas",
            "sklepow",
            "sklepy",
            "butikker",
            "butiker",
            "supermarkeder",
            "varuhus",
        ],
    ),
    (
        "hospitality",
        &[
            "hotels",
            "resorts",
            "restaurants",
            "hoteles",
            "hoteis",
            "alberghi",
            "ristoranti",
            "trattorie",
            "pizzerie",
            "restaurantes",
            "hotele",
            "restauracji",
            "hoteller",
            "hotell",
            "restauranter",
            "restauranger",
        ],
    ),
    ("education", &["schools", "campuses", "ecoles", "escuelas", "scuole", "scholen", "escolas", "szkol", "schulen", "skoler", "skolor"]),
    (
        "healthcare",
        &[
            "hospitals",
            "clinics",
            "hopitaux",
            "cliniques",
            "hospitales",
            "clinicas",
            "ospedali",
            "cliniche",
            "ziekenhuizen",
            "hospitais",
            "szpitali",
            "kliniken",
            "krankenhauser",
            "sygehuse",
            "sykehus",
            "sjukhus",
            "klinikker",
            "kliniker",
        ],
    ),
    ("manufacturing", &["plants", "factories", "usines", "fabricas", "stabilimenti", "fabrieken", "fabryk", "werke", "fabrikker", "fabriker"]),
];

/// Words between a count and what it counts that make it no size: a limit or a threshold
/// ("up to 10 users", "100 or more employees"), a share ("12 of our staff").
const NOT_A_SIZE: &[&str] = &["or", "to", "of", "per", "and", "than", "million", "millions", "thousand", "hundred", "bis", "ou", "o"];

/// Words before a count that make it a limit, not a size ("up to 25 users", "bis zu 50").
const LIMITS: &[&str] = &["up to", "upto", "bis zu", "jusqu a", "hasta", "fino a", "tot", "ate", "do", "under", "max", "maximum"];

/// Below this many people, a small business; from `ENTERPRISE` on, an enterprise.
const MID_MARKET: u64 = 100;
const ENTERPRISE: u64 = 1000;

/// The segment the page's counts of people put the prospect in, and the words that say so.
/// A count of all its people decides; a count of some only raises the floor (100 agents make
/// it at least mid-market; 20 say nothing).
pub fn segment(text: &str) -> Option<(&'static str, String)> {
    let mut whole: Option<(u64, String)> = None;
    let mut part: Option<(u64, String)> = None;
    for (count, words, is_whole) in counts(text) {
        let best = if is_whole { &mut whole } else { &mut part };
        if best.as_ref().is_none_or(|(n, _)| count > *n) {
            *best = Some((count, words));
        }
    }
    let (count, words) = match (whole, part) {
        (Some(w), Some(p)) if p.0 > w.0 => p,
        (Some(w), _) => w,
        (None, Some(p)) if p.0 >= MID_MARKET => p,
        _ => return None,
    };
    let id = match count {
        n if n < MID_MARKET => "smb",
        n if n < ENTERPRISE => "mid-market",
        _ => "enterprise",
    };
    Some((id, format!("“{words}”")))
}

/// The industry of the sites the page counts, and the words that say so: the one counted most
/// often, from two sites up ("one store" is any company's shop).
pub fn industry(text: &str) -> Option<(&'static str, String)> {
    let found: Vec<(&'static str, String)> = scan(text, |before, after| {
        counted_word(after, |word, _| SITES.iter().find(|(_, words)| words.contains(&word)).map(|&(id, _)| id)).filter(|_| !serves(before))
    })
    .into_iter()
    .filter(|(n, _, _)| *n >= 2)
    .map(|(_, words, id)| (id, words))
    .collect();
    let times = |id: &str| found.iter().filter(|(f, _)| *f == id).count();
    let (best, words) = found.iter().max_by_key(|(id, _)| times(id))?;
    // Two industries counted as often (a hotel group's restaurants and shops): none is told.
    found.iter().all(|(id, _)| id == best || times(id) < times(best)).then(|| (*best, format!("“{words}”")))
}

/// Each count of people in the text: the number, the words as written from the count to what
/// it counts, and whether they are all of the organization's people.
fn counts(text: &str) -> Vec<(u64, String, bool)> {
    scan(text, |before, after| counted(after).or_else(|| counted_cjk(before, after)))
}

/// Japanese and Chinese write no space and put the people first: "従業員約2,600名",
/// "员工约2600人"; or after the counter: "2,600名の従業員".
fn counted_cjk(before: &str, after: &str) -> Option<(usize, bool)> {
    const PEOPLE: &[&str] = &["従業員", "社員", "職員", "员工", "員工", "职工"];
    let counter = after.chars().next().filter(|c| ['名', '人'].contains(c))?.len_utf8();
    let lead = before.trim_end_matches(['約', '约', '数', '：', ':', ' ', '\u{3000}', 'は', '计', '計']);
    let trail = after[counter..].trim_start_matches(['の', '的']);
    (PEOPLE.iter().any(|p| lead.ends_with(p) || trail.starts_with(p))).then_some((counter, true))
}

/// Words before a count of sites that make them places the prospect serves, not its own ("train
/// OR staff in about 900 hospitals", "sold to 300 stores"); "in our 11 stores" are its own.
const SERVED: &[&str] = &[
    "in",
    "at",
    "across",
    "to",
    "into",
    "for",
    "by",
    "from",
    "with",
    "serving",
    "serve",
    "serves",
    "within",
    "throughout",
    "dans",
    "aux",
    "chez",
    "bei",
    "fur",
    "para",
    "em",
    "por",
    "presso",
    "per",
    "dla",
    "bij",
    "voor",
    "naar",
];
/// Words of approximation that may stand between such a word and the count.
const ABOUT: &[&str] = &[
    "about",
    "around",
    "roughly",
    "over",
    "nearly",
    "some",
    "approximately",
    "almost",
    "more",
    "than",
    "environ",
    "etwa",
    "rund",
    "unos",
    "unas",
    "cerca",
    "circa",
    "ongeveer",
    "okolo",
];

/// Whether the words before a count say the counted sites are served, not owned.
fn serves(before: &str) -> bool {
    let tail = before.char_indices().rev().nth(40).map_or(before, |(k, _)| &before[k..]);
    let folded = fold_lower(tail);
    folded.split(|c: char| !c.is_alphanumeric()).rev().filter(|w| !w.is_empty()).find(|w| !ABOUT.contains(w)).is_some_and(|w| SERVED.contains(&w))
}

/// Each count in the text in which `what` (given the text before the count and after it) reads
/// a counted thing: the number, the words as written from the count to that thing, and what
/// `what` says of it.
fn scan<T>(text: &str, what: impl Fn(&str, &str) -> Option<(usize, T)>) -> Vec<(u64, String, T)> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_digit() || at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'.' || bytes[at - 1] == b',') {
            at += 1;
            continue;
        }
        let (value, end) = number(text, at);
        let Some(value) = value else {
            at = end.max(at + 1);
            continue;
        };
        if let Some((span_end, said)) = what(&text[..at], &text[end..]).filter(|_| !after_limit(&text[..at])) {
            out.push((value, text[at..end + span_end].to_string(), said));
        }
        at = end;
    }
    out
}

/// The number starting at `at` ("1,400", "2.300", "1 150", "~300"), and where it ends. A
/// decimal ("1.5 million") or a date's part is no count: `None`.
fn number(text: &str, at: usize) -> (Option<u64>, usize) {
    let bytes = text.as_bytes();
    let digits = |from: usize| bytes[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let mut end = at + digits(at);
    let mut value: u64 = text[at..end].parse().unwrap_or(u64::MAX);
    // Thousands: a separator, then exactly three digits.
    while let Some(sep) = text[end..].chars().next().filter(|c| [',', '.', ' ', '\u{a0}', '\u{202f}', '\''].contains(c)) {
        let from = end + sep.len_utf8();
        let n = digits(from);
        if n == 3 {
            value = value.saturating_mul(1000).saturating_add(text[from..from + n].parse().unwrap_or(0));
            end = from + n;
            continue;
        }
        // "1.5", "12.30", "1,4": a decimal or a time, no count.
        if n > 0 && ![' ', '\u{a0}', '\u{202f}'].contains(&sep) {
            return (None, from + n);
        }
        break;
    }
    // "1/15/2027", "11-24", "3:30": parts of dates and times.
    if text[end..].starts_with(['/', ':']) || text[..at].ends_with(['/', ':']) {
        return (None, end);
    }
    (Some(value), end)
}

/// Whether the text after a count names people: the byte length up to the end of that word,
/// and whether it is all of them. Up to two qualifiers may come between ("full-time staff",
/// "maintenance techs"); a plus sign or a hyphen may join ("40-employee", "100+ staff").
fn counted(after: &str) -> Option<(usize, bool)> {
    counted_word(after, |word, k| if WHOLE.contains(&word) { Some(k == 0) } else { PART.contains(&word).then_some(false) }).or_else(|| {
        // "a 12 person marketing agency", "a 14-person firm": the whole organization, when one of
        // the next words names it (a "4-person data team" is part of one).
        const FIRMS: &[&str] = &["agency", "firm", "company", "business", "shop", "startup", "practice", "studio", "consultancy", "nonprofit"];
        let (end, ()) = counted_word(after, |word, k| (k == 0 && word == "person").then_some(()))?;
        let next: Vec<String> = after[end..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(3).map(fold_lower).collect();
        next.iter().any(|w| FIRMS.contains(&w.as_str())).then_some((end, true))
    })
}

/// The first of up to three words after a count (folded) that `accept` reads, with the byte
/// length up to its end; `accept` also gets how many words came before it.
fn counted_word<T>(after: &str, accept: impl Fn(&str, usize) -> Option<T>) -> Option<(usize, T)> {
    let mut offset = after.len() - after.trim_start_matches(['+', '-']).len();
    for k in 0..3 {
        let tail = &after[offset..];
        let gap = tail.len() - tail.trim_start_matches([' ', '-']).len();
        let tail = &tail[gap..];
        let written = &tail[..tail.find(|c: char| !c.is_alphanumeric()).unwrap_or(tail.len())];
        // Most words after a number are plain ASCII: folded only when not.
        let folded;
        let word = if written.bytes().all(|b| b.is_ascii_lowercase()) {
            written
        } else {
            folded = fold_lower(written);
            folded.as_str()
        };
        if word.is_empty() || word.bytes().any(|b| b.is_ascii_digit()) || NOT_A_SIZE.contains(&word) {
            return None;
        }
        let end = offset + gap + written.len();
        if let Some(said) = accept(word, k) {
            return Some((end, said));
        }
        offset = end;
    }
    None
}

/// Whether a count follows words making it a limit ("up to 25").
fn after_limit(before: &str) -> bool {
    let tail = before.char_indices().rev().nth(15).map_or(before, |(k, _)| &before[k..]);
    let before = fold_lower(tail);
    let before = before.trim_end_matches([' ', '~']);
    LIMITS.iter().any(|l| before.ends_with(l) && before[..before.len() - l.len()].ends_with(|c: char| !c.is_alphanumeric()) || before == *l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_of_all_its_people_gives_the_segment() {
        for (text, want) in [
            ("We're 9 guys, 7 trucks.", Some(("smb", "“9 guys”"))),
            ("We are 60 people in total.", Some(("smb", "“60 people”"))),
            ("Confirming the pilot sites, about 1,400 employees.", Some(("enterprise", "“1,400 employees”"))),
            ("Wir sind 2.300 Beschäftigte an vier Standorten.", Some(("enterprise", "“2.300 Beschäftigte”"))),
            ("Nous sommes 430 salariés.", Some(("mid-market", "“430 salariés”"))),
            ("Somos 1 150 empleados.", Some(("enterprise", "“1 150 empleados”"))),
            ("a 40-employee firm", Some(("smb", "“40-employee”"))),
            ("we're a 12 person marketing agency", Some(("smb", "“12 person”"))),
            ("A 14-person firm.", Some(("smb", "“14-person”"))),
            ("our 4-person data team", None),
            ("米国・カナダ子会社（従業員約2,600名）の給与計算", Some(("enterprise", "“2,600名”"))),
            ("当社は350名の社員がおります", Some(("mid-market", "“350名”"))),
            ("东京有200人", None),
        ] {
            assert_eq!(segment(text).as_ref().map(|(id, w)| (*id, w.as_str())), want, "{text}");
        }
    }

    #[test]
    fn a_count_of_some_of_its_people_only_raises_the_floor() {
        // 20 agents say nothing of the company around them; 900 make it at least mid-market.
        assert_eq!(segment("We have 20 phone agents."), None);
        assert_eq!(segment("We need 900 agents live by March.").map(|(id, _)| id), Some("mid-market"));
        assert_eq!(segment("40 road and facilities supervisors; 1,050 employees in all.").map(|(id, _)| id), Some("enterprise"));
        // A qualified whole ("hourly staff") is a part: 3 maintenance staff are not the company.
        assert_eq!(segment("Our 3 maintenance staff use paper."), None);
        assert_eq!(segment("1,900 hourly staff across 12 hotels").map(|(id, _)| id), Some("enterprise"));
        // The part outnumbering the stated whole ("60 employees", "5,000 seats") is the floor.
        assert_eq!(segment("60 employees and 5,000 seats for members").map(|(id, _)| id), Some("enterprise"));
    }

    #[test]
    fn the_sites_it_counts_tell_its_industry() {
        for (text, want) in [
            ("Tiller & Sage Home | 160 stores", Some(("retail", "“160 stores”"))),
            ("We run 11 neighborhood grocery stores.", Some(("retail", "“11 neighborhood grocery stores”"))),
            ("Ridgeline Eats (14 restaurants)", Some(("hospitality", "“14 restaurants”"))),
            ("Somos 6 hoteles en Cancún", Some(("hospitality", "“6 hoteles”"))),
            ("Il nostro gruppo gestisce 14 trattorie", Some(("hospitality", "“14 trattorie”"))),
            ("Wir betreiben 4 Werke in Bayern", Some(("manufacturing", "“4 Werke”"))),
            ("in our 12 schools", Some(("education", "“12 schools”"))),
            // Sites it serves, one site, and two industries counted as often tell nothing.
            ("our specialists train OR staff in about 900 hospitals", None),
            ("we sell to 300 stores", None),
            ("our 1 store", None),
            ("4 hotels and 4 shops", None),
        ] {
            assert_eq!(industry(text).as_ref().map(|(id, w)| (*id, w.as_str())), want, "{text}");
        }
        assert_eq!(industry("12 hotels, 30 restaurants and 5 shops, 4 hotels").map(|(id, _)| id), Some("hospitality"), "the industry counted most");
    }

    #[test]
    fn limits_thresholds_dates_and_decimals_are_no_size() {
        for text in [
            "Starter plan: up to 25 users, month to month",
            "Employers with 100 or more employees must report.",
            "12 of our staff attended.",
            "Call on 11/24 at 3:30",
            "Our app has 1.5 million users",
            "Close date: 01/15/2027",
        ] {
            assert_eq!(segment(text), None, "{text}");
        }
        assert_eq!(segment("Call on 11/24 at 3:30, 15 people max").map(|(id, _)| id), Some("smb"));
    }
}
