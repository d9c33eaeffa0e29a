//! The page as evidence in the library's own words: which index terms the page stresses, and
//! the terms of each request it makes. Names are never evidence: not the prospect's (the
//! vertical already speaks for who they are), not the rep's, not the seller's house words.

use crate::ask::{after_condition, after_occasion, clauses, is_request, is_request_word, passages, purpose_at, ruled_out, statements, ASK_W, LATEST_W};
use crate::context::PageContext;
use crate::fxhash::FxHashMap as HashMap;
use crate::index::{TermId, TextIndex};
use crate::language::Asked;
use crate::lexicon::{library_words, listed_english, mates};
use crate::text::{capitalized_inside_sentences, for_each_token, for_each_word, has_word, is_capitalized, offset_in};

/// Page words taken into account: the most informative ones only.
const PAGE_TERMS: usize = 24;
/// Page text beyond this is not read (a 100-message thread's tail adds little but time).
const PAGE_TEXT_CHARS: usize = 20_000;
/// Requests answered separately; more than this in one email are read as one topic list.
const MAX_ASKS: usize = 4;
/// When those are picked, what another clause of a sentence already picked adds, of its words'
/// information (0.3 to 0.8 measured).
const SAME_SENTENCE: f32 = 0.8;

/// Words of correspondence that say nothing about what to send: dates, courtesies, counts, the verbs
/// of asking, the function words of the languages prospects write in, and what is left of an
/// English contraction ("couldn't", "we'll") once split at its apostrophe. Filtered from page
/// evidence only; library items keep them.
const CHATTER: &[&str] = &[
    "aan",
    "aber",
    "able",
    "across",
    "actual",
    "actuales",
    "actually",
    "actuel",
    "actuelle",
    "af",
    "again",
    "against",
    "agli",
    "aktuelle",
    "aktuellen",
    "al",
    "alla",
    "alle",
    "already",
    "als",
    "also",
    "am",
    "anche",
    "andra",
    "andre",
    "another",
    "antes",
    "anybody",
    "anyone",
    "anything",
    "ao",
    "aos",
    "appreciate",
    "approximately",
    "apr",
    "apres",
    "april",
    "après",
    "aren",
    "around",
    "as",
    "asap",
    "ask",
    "asked",
    "asking",
    "asks",
    "atenciosamente",
    "atentamente",
    "att",
    "attach",
    "attached",
    "au",
    "auch",
    "auf",
    "aug",
    "august",
    "aus",
    "aussi",
    "aux",
    "av",
    "avant",
    "avec",
    "avez",
    "avons",
    "back",
    "bajo",
    "bara",
    "basically",
    "bei",
    "below",
    "beste",
    "bien",
    "bij",
    "bis",
    "bit",
    "bitte",
    "ble",
    "blev",
    "bli",
    "blir",
    "blive",
    "bliver",
    "bonjour",
    "both",
    "buongiorno",
    "bästa",
    "call",
    "ce",
    "certainly",
    "ces",
    "cette",
    "che",
    "ci",
    "com",
    "come",
    "coming",
    "como",
    "compresi",
    "compreso",
    "con",
    "copies",
    "copy",
    "cordialement",
    "cordiales",
    "cordiali",
    "couldn",
    "couple",
    "cual",
    "current",
    "currently",
    "cuál",
    "da",
    "dagar",
    "dage",
    "dager",
    "dai",
    "dan",
    "dank",
    "dans",
    "das",
    "dass",
    "dat",
    "de",
    "debe",
    "dec",
    "december",
    "definitely",
    "del",
    "della",
    "delle",
    "dem",
    "den",
    "denna",
    "denne",
    "depuis",
    "der",
    "deras",
    "dere",
    "deres",
    "dersom",
    "des",
    "describe",
    "desde",
    "despues",
    "después",
    "dessa",
    "det",
    "detail",
    "details",
    "detalles",
    "detta",
    "dette",
    "deux",
    "devons",
    "deze",
    "di",
    "didn",
    "die",
    "dies",
    "diese",
    "diesen",
    "dieser",
    "discuss",
    "disse",
    "distinguées",
    "dit",
    "do",
    "doch",
    "dock",
    "docs",
    "document",
    "documentación",
    "documentation",
    "documentos",
    "documents",
    "doesn",
    "doit",
    "doivent",
    "dokumentation",
    "dokumente",
    "don",
    "door",
    "dos",
    "drei",
    "drie",
    "du",
    "due",
    "during",
    "där",
    "détails",
    "e",
    "each",
    "een",
    "efter",
    "eftersom",
    "ei",
    "eight",
    "ein",
    "eine",
    "einem",
    "einen",
    "einer",
    "einschliesslich",
    "einschließlich",
    "el",
    "ela",
    "ele",
    "ella",
    "elle",
    "eller",
    "ellos",
    "else",
    "em",
    "email",
    "en",
    "endast",
    "enligt",
    "er",
    "ert",
    "es",
    "essa",
    "esse",
    "est",
    "esta",
    "este",
    "estimada",
    "estimado",
    "esto",
    "está",
    "et",
    "etes",
    "etre",
    "ett",
    "etter",
    "even",
    "every",
    "everybody",
    "everyone",
    "everything",
    "exactly",
    "explain",
    "feb",
    "february",
    "few",
    "five",
    "follow",
    "fordi",
    "forward",
    "four",
    "fra",
    "frankly",
    "freundlichen",
    "fri",
    "friday",
    "från",
    "further",
    "för",
    "før",
    "für",
    "geehrte",
    "geehrten",
    "geehrter",
    "gennem",
    "genom",
    "gentile",
    "gerne",
    "gibt",
    "gjerne",
    "glad",
    "gli",
    "go",
    "going",
    "good",
    "graag",
    "gracias",
    "grazie",
    "great",
    "groet",
    "groeten",
    "gruss",
    "gruß",
    "grüße",
    "grüßen",
    "gärna",
    "ha",
    "haben",
    "hade",
    "hallo",
    "hanno",
    "happy",
    "har",
    "hasn",
    "hat",
    "havde",
    "haven",
    "hear",
    "heard",
    "hei",
    "hej",
    "hela",
    "hele",
    "help",
    "het",
    "hier",
    "hilsen",
    "hoe",
    "hola",
    "honestly",
    "hope",
    "hopefully",
    "hos",
    "however",
    "hur",
    "hva",
    "hvad",
    "hvilken",
    "hvis",
    "hvor",
    "hvordan",
    "hälsningar",
    "här",
    "ich",
    "ifølge",
    "igennom",
    "ihnen",
    "ihr",
    "ihre",
    "ik",
    "ikke",
    "ikkje",
    "il",
    "ils",
    "im",
    "in",
    "incluant",
    "include",
    "including",
    "incluida",
    "incluido",
    "incluidos",
    "incluindo",
    "inclus",
    "incluse",
    "inclusief",
    "inclusive",
    "incluyendo",
    "incluído",
    "indicate",
    "info",
    "información",
    "information",
    "informationen",
    "informations",
    "ingen",
    "inget",
    "inklusiv",
    "inklusive",
    "innan",
    "inom",
    "inte",
    "io",
    "is",
    "isn",
    "isso",
    "ist",
    "ja",
    "jag",
    "jan",
    "january",
    "je",
    "jeg",
    "jer",
    "jeres",
    "jo",
    "jul",
    "jullie",
    "july",
    "jun",
    "june",
    "kan",
    "kann",
    "keep",
    "keeps",
    "kind",
    "know",
    "kring",
    "kun",
    "kunde",
    "kunne",
    "kunnen",
    "können",
    "könnten",
    "la",
    "las",
    "last",
    "latest",
    "le",
    "les",
    "let's",
    "lets",
    "leur",
    "liebe",
    "lieber",
    "like",
    "literally",
    "ll",
    "lo",
    "look",
    "looking",
    "looks",
    "los",
    "lot",
    "lots",
    "ma",
    "maar",
    "madame",
    "mais",
    "mange",
    "many",
    "mar",
    "march",
    "mas",
    "may",
    "me",
    "med",
    "meet",
    "meeting",
    "meget",
    "mellan",
    "mellom",
    "merci",
    "met",
    "mi",
    "mij",
    "mis",
    "mit",
    "mon",
    "monday",
    "monsieur",
    "month",
    "much",
    "must",
    "mvh",
    "mycket",
    "mye",
    "más",
    "månad",
    "måned",
    "många",
    "na",
    "naar",
    "nach",
    "nas",
    "need",
    "nei",
    "nej",
    "nel",
    "nella",
    "neste",
    "new",
    "next",
    "ni",
    "nicht",
    "niet",
    "nine",
    "no",
    "nobody",
    "noch",
    "noe",
    "noen",
    "nog",
    "nogen",
    "noget",
    "noi",
    "non",
    "nos",
    "nossa",
    "nosso",
    "nostra",
    "nostro",
    "notre",
    "nous",
    "nov",
    "november",
    "nu",
    "nuestra",
    "nuestro",
    "nuestros",
    "nur",
    "när",
    "nästa",
    "nå",
    "någon",
    "något",
    "når",
    "næste",
    "o",
    "obrigada",
    "obrigado",
    "obviously",
    "och",
    "också",
    "oct",
    "october",
    "oder",
    "of",
    "og",
    "også",
    "ohne",
    "olá",
    "om",
    "omkring",
    "only",
    "ons",
    "onze",
    "ook",
    "op",
    "os",
    "other",
    "ou",
    "outline",
    "over",
    "own",
    "par",
    "para",
    "pas",
    "pela",
    "pelo",
    "pendant",
    "per",
    "pero",
    "più",
    "plus",
    "pm",
    "pode",
    "podem",
    "podría",
    "podrían",
    "por",
    "possible",
    "potete",
    "pour",
    "pourriez",
    "pouvez",
    "prezado",
    "probably",
    "prospect",
    "prospects",
    "prüfen",
    "puede",
    "pueden",
    "può",
    "på",
    "quais",
    "qual",
    "que",
    "question",
    "qui",
    "quick",
    "quite",
    "qué",
    "reach",
    "realistically",
    "really",
    "reply",
    "revisar",
    "right",
    "roughly",
    "sa",
    "said",
    "saludos",
    "salutations",
    "saluti",
    "same",
    "sans",
    "sat",
    "saturday",
    "say",
    "says",
    "schicken",
    "se",
    "sea",
    "see",
    "sehr",
    "seit",
    "send",
    "senden",
    "sent",
    "sep",
    "sept",
    "september",
    "ser",
    "ses",
    "seven",
    "several",
    "share",
    "shouldn",
    "show",
    "si",
    "sich",
    "siden",
    "sidste",
    "sie",
    "simply",
    "sin",
    "sina",
    "since",
    "sind",
    "sinds",
    "sista",
    "siste",
    "sitt",
    "six",
    "ska",
    "skal",
    "skulle",
    "slik",
    "so",
    "sobre",
    "som",
    "somebody",
    "someone",
    "something",
    "sommes",
    "son",
    "sono",
    "sont",
    "soon",
    "sort",
    "sous",
    "specify",
    "status",
    "still",
    "su",
    "sua",
    "suas",
    "such",
    "sun",
    "sunday",
    "suo",
    "sur",
    "sure",
    "sus",
    "sådan",
    "sånn",
    "tack",
    "tak",
    "take",
    "takk",
    "talk",
    "talking",
    "tambien",
    "también",
    "também",
    "te",
    "team",
    "tell",
    "tem",
    "ten",
    "thank",
    "thing",
    "things",
    "think",
    "though",
    "thought",
    "three",
    "thu",
    "thursday",
    "tiene",
    "tienen",
    "til",
    "till",
    "time",
    "told",
    "totally",
    "touch",
    "tra",
    "tre",
    "tres",
    "trois",
    "truly",
    "tue",
    "tuesday",
    "twee",
    "two",
    "uge",
    "uke",
    "um",
    "uma",
    "un",
    "una",
    "und",
    "une",
    "uno",
    "uns",
    "unser",
    "unsere",
    "unter",
    "unterlagen",
    "update",
    "updates",
    "uses",
    "using",
    "usted",
    "ustedes",
    "utifrån",
    "uw",
    "vad",
    "validar",
    "valider",
    "van",
    "vara",
    "ve",
    "vecka",
    "ved",
    "venlig",
    "venlige",
    "vennlig",
    "version",
    "vi",
    "via",
    "vielen",
    "vil",
    "vilken",
    "vill",
    "você",
    "vocês",
    "vom",
    "von",
    "voor",
    "vor",
    "vores",
    "vos",
    "vostra",
    "vostro",
    "votre",
    "vous",
    "vriendelijke",
    "vår",
    "våra",
    "våre",
    "vårt",
    "være",
    "want",
    "war",
    "was",
    "wasn",
    "wat",
    "way",
    "we",
    "wed",
    "wednesday",
    "welche",
    "well",
    "weren",
    "whether",
    "while",
    "whole",
    "wie",
    "wij",
    "wir",
    "wird",
    "without",
    "wouldn",
    "wraz",
    "wrote",
    "y",
    "ya",
    "year",
    "yesterday",
    "zijn",
    "zou",
    "zu",
    "zum",
    "zur",
    "zwei",
    "är",
    "êtes",
    "être",
    "über",
    "łącznie",
];

/// How buyers ask for a kind of content without naming it, in the words libraries name it
/// with: "could we talk to another credit union that uses you" asks for a reference.
const INTENTS: &[(&str, &str)] = &[
    // A first meeting booked on a record: what prepares it ("Meeting booked: Intro call").
    ("meeting booked", "meeting agenda"),
    ("meeting scheduled", "meeting agenda"),
    ("intro call", "discovery"),
    ("introductory call", "discovery"),
    ("premier rendez vous", "discovery"),
    ("premier échange", "discovery"),
    ("primera reunión", "discovery"),
    ("primera llamada", "discovery"),
    ("talk to another", "reference"),
    ("talk with another", "reference"),
    ("speak to another", "reference"),
    ("speak with another", "reference"),
    ("talk to a customer", "reference"),
    ("speak to a customer", "reference"),
    ("speak with a customer", "reference"),
    ("talk to an existing", "reference"),
    ("we could call", "reference"),
    // A call with someone at another customer ("a call with one of their chief engineers").
    ("call with one of their", "reference"),
    ("call with one of your", "reference"),
    ("talk to one of their", "reference"),
    ("talk to one of your", "reference"),
    ("talk with one of their", "reference"),
    ("talk with one of your", "reference"),
    ("speak to one of their", "reference"),
    ("speak to one of your", "reference"),
    ("speak with one of their", "reference"),
    ("speak with one of your", "reference"),
    ("call with a customer", "reference"),
    ("call with an existing", "reference"),
    ("talk to someone who uses", "reference"),
    ("speak to someone who uses", "reference"),
    ("already uses you", "reference"),
    ("already use you", "reference"),
    ("already using you", "reference"),
    // The same in a prospect's own language ("un cliente con el que podamos hablar").
    ("podamos hablar", "reference"),
    ("podamos llamar", "reference"),
    ("pudiéramos hablar", "reference"),
    ("pourrions parler", "reference"),
    ("pourrions appeler", "reference"),
    ("puissions parler", "reference"),
    ("puissions appeler", "reference"),
    ("sprechen könnten", "reference"),
    ("anrufen könnten", "reference"),
    ("sprechen können", "reference"),
    // Data brought from the old system into the new one is a migration.
    ("brought over", "migration"),
    ("bring over", "migration"),
    ("carried over", "migration"),
    ("carry over", "migration"),
    ("moved over", "migration"),
    // Where the seller differs is a comparison (against the competitor the page names).
    ("where you're different", "comparison"),
    ("how you're different", "comparison"),
    ("where you are different", "comparison"),
    ("how you are different", "comparison"),
    ("where you differ", "comparison"),
    ("how you differ", "comparison"),
    ("how you compare", "comparison"),
    ("what sets you apart", "comparison"),
    ("what makes you different", "comparison"),
    ("an example of", "case study"),
    ("examples of", "case study"),
    ("who else", "case study"),
    ("success story", "case study"),
    ("similar organization", "case study"),
    ("similar organisation", "case study"),
    ("organizations like ours", "case study"),
    ("someone like us", "case study"),
    ("how much", "pricing"),
    ("what would it cost", "pricing"),
    ("what does it cost", "pricing"),
    ("what will it cost", "pricing"),
    ("better price", "discount"),
    ("lower price", "discount"),
    ("price down", "discount"),
    ("flexibility on price", "discount"),
    ("best price", "discount"),
    ("do better on", "discount"),
    ("come down on", "discount"),
    ("sharpen your pencil", "discount"),
    ("get closer on", "discount"),
    ("money saved", "roi"),
    ("time and money", "roi"),
    ("business case", "roi"),
    ("return on investment", "roi"),
    ("payback", "roi"),
    ("request for proposal", "rfp"),
    ("request for proposals", "rfp"),
    ("invitation to tender", "rfp"),
    // A prospect's own language: phrases whose words mean nothing alone ("appel", "offres").
    ("appel d'offres", "rfp"),
    ("cahier des charges", "rfp"),
    ("pliego de condiciones", "rfp"),
    ("concurso público", "rfp"),
    ("gara d'appalto", "rfp"),
    ("étude de cas", "case study"),
    ("cas client", "case study"),
    ("cas clients", "case study"),
    ("caso cliente", "case study"),
    ("caso de cliente", "case study"),
    ("klantcase", "case study"),
    ("retour d'expérience", "case study"),
    ("caso de éxito", "case study"),
    ("casos de éxito", "case study"),
    ("caso de sucesso", "case study"),
    ("caso di successo", "case study"),
    ("combien coûte", "pricing"),
    ("quel est le prix", "pricing"),
    ("cuánto cuesta", "pricing"),
    ("cuanto cuesta", "pricing"),
    ("was kostet", "pricing"),
    ("wie viel kostet", "pricing"),
    ("quanto custa", "pricing"),
    ("quanto costa", "pricing"),
    ("wat kost", "pricing"),
    ("en ligne", "online"),
    ("en línea", "online"),
    // Where the data lives, said without the word for it.
    ("keep data in", "residency"),
    ("keep our data in", "residency"),
    ("keep the data in", "residency"),
    ("data stays in", "residency"),
    ("data stay in", "residency"),
    ("data is stored", "residency"),
    ("data will be stored", "residency"),
    ("where you store", "residency"),
    ("where do you store", "residency"),
    ("where you host", "residency"),
    ("where do you host", "residency"),
    ("data is hosted", "residency"),
    ("protection des données", "privacy"),
    ("protección de datos", "privacy"),
    ("encargado del tratamiento", "dpa"),
    ("hors connexion", "offline"),
    ("hors ligne", "offline"),
    ("sin conexión", "offline"),
    ("sin conexion", "offline"),
    ("fuera de línea", "offline"),
    ("ohne internet", "offline"),
    ("ohne netz", "offline"),
    ("encargado de tratamiento", "dpa"),
    ("proteção de dados", "privacy"),
    ("protezione dei dati", "privacy"),
];

/// The library words of the intents a passage expresses (lowercase phrase match on word edges).
fn intents(part: &str) -> impl Iterator<Item = &'static str> + '_ {
    let lower = part.to_lowercase().replace('’', "'");
    let padded = format!(" {} ", lower.split(|c: char| !c.is_alphanumeric() && c != '\'').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "));
    // The phrases padded once, not on every request of every page.
    static PADDED: std::sync::OnceLock<Vec<(String, &'static str)>> = std::sync::OnceLock::new();
    let phrases = PADDED.get_or_init(|| INTENTS.iter().map(|&(phrase, words)| (format!(" {phrase} "), words)).collect());
    // After "for" a phrase says whom something is for, not what is asked ("any program for
    // organizations like ours" asks for a program, not a case study).
    // "Will install the trackers himself": installing without the seller is a self-install.
    const REFLEXIVE: &[&str] = &[" himself ", " herself ", " themselves ", " ourselves ", " myself ", " yourselves "];
    const SETTING_UP: &[&str] = &[" install ", " installs ", " installing ", " set up ", " setting up ", " configure ", " deploy "];
    // (Every reflexive holds "sel": one search rules out most requests.)
    let self_done = padded.contains("sel") && REFLEXIVE.iter().any(|r| padded.contains(r)) && SETTING_UP.iter().any(|v| padded.contains(v));
    phrases
        .iter()
        .filter(move |(phrase, _)| padded.contains(phrase.as_str()) && padded.match_indices(phrase.as_str()).any(|(at, _)| !padded[..at].ends_with(" for")))
        .map(|&(_, words)| words)
        .chain(self_done.then_some("self"))
}

/// A word of correspondence or a function word ("de", "für", "please"…): no topic of its own.
/// `t` is a token: the list is read through the tokenizer once, so that its plurals ("saludos",
/// "documents") meet the pages' tokens ("saludo", "document").
pub(crate) fn is_chatter(t: &str) -> bool {
    static TOKENS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let tokens = TOKENS.get_or_init(|| {
        let mut out: Vec<String> = CHATTER.iter().flat_map(|w| crate::text::tokens(w)).collect();
        crate::sort::sort(&mut out);
        out.dedup();
        out
    });
    tokens.binary_search_by(|x| x.as_str().cmp(t)).is_ok()
}

/// "Support" as the verb of a capability question ("do you support SSO", "it supports
/// Epic") asks about the thing supported, not for a support plan.
fn is_capability_verb(part: &str, word: &str) -> bool {
    // Every page word passes here: compare in place, no lowercased copy.
    let is = |w: &str, as_: &str| w.eq_ignore_ascii_case(as_);
    if is(word, "supports") || is(word, "supported") {
        return true;
    }
    // "Do you offer a discount" asks for the discount, not for an offer.
    if !is(word, "support") && !is(word, "offer") && !is(word, "offers") {
        return false;
    }
    // `word` is a slice of `part`: the word written before it decides.
    let at = offset_in(part, word).unwrap_or_default();
    let mut before = part.get(..at).unwrap_or_default().rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let just_before = before.next().unwrap_or_default();
    ["you", "we", "they", "it", "do", "does", "can", "to", "also", "fully", "still", "natively"].iter().any(|w| is(just_before, w))
        // "Does your platform support…", "can the app support…": a question's verb a few words back.
        || before.take(2).any(|w| ["do", "does", "can", "could", "will", "would"].iter().any(|v| is(w, v)))
}

/// A count ("40 branches", "2 000 students", "400 users", "three campuses", "dos cosas") or a
/// year is not what is asked for, even when an item's title holds the same number; a
/// standard's number ("ISO 14001", "Section 508") is.
fn is_count(t: &str) -> bool {
    // A match, not a list search: this runs for every word of the page.
    let in_words = matches!(
        t,
        "two"
            | "three"
            | "four"
            | "five"
            | "six"
            | "seven"
            | "eight"
            | "nine"
            | "ten"
            | "eleven"
            | "twelve"
            | "fifteen"
            | "twenty"
            | "thirty"
            | "fifty"
            | "hundred"
            | "dozen"
            | "zwei"
            | "drei"
            | "vier"
            | "fünf"
            | "sechs"
            | "acht"
            | "zehn"
            | "zwölf"
            | "deux"
            | "trois"
            | "quatre"
            | "cinq"
            | "huit"
            | "dix"
            | "douze"
            | "dos"
            | "tres"
            | "cuatro"
            | "cinco"
            | "seis"
            | "ocho"
            | "diez"
            | "doce"
    );
    in_words || (t.bytes().all(|b| b.is_ascii_digit()) && (t.len() < 3 || is_round(t)))
}

/// Whether the word (a slice of `part`) stands in an e-mail address or a link.
fn in_address(part: &str, word: &str) -> bool {
    let Some(at) = offset_in(part, word) else { return false };
    let (before, after) = part.split_at(at);
    // After the last space, however many bytes it takes (a no-break or an ideographic space).
    let start = before.char_indices().rev().find(|(_, c)| c.is_whitespace()).map_or(0, |(k, c)| k + c.len_utf8());
    let end = at + after.find(char::is_whitespace).unwrap_or(after.len());
    let chunk = &part[start..end];
    chunk.contains('@') || chunk.contains("://") || chunk.starts_with("www.")
}

/// Whether the word (a slice of `part`) is a "month" of "month-to-month" ("month to month").
fn month_to_month(part: &str, word: &str) -> bool {
    if !word.eq_ignore_ascii_case("month") {
        return false;
    }
    let Some(at) = offset_in(part, word) else { return false };
    let phrase = |p: &str| p.to_ascii_lowercase().replace('-', " ");
    phrase(part.get(at..at + 14).unwrap_or_default()) == "month to month" || phrase(part.get(at.saturating_sub(9)..at).unwrap_or_default()) == "month to "
}

/// How many short form codes a piece of text names: one or two letters, a hyphen, one or two
/// digits and perhaps letters after them ("W-9", "I-9s", "W-8BEN", "SF-86"). Longer numbers count
/// as unknown words already.
fn short_codes(part: &str) -> usize {
    part.split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| {
            let Some((letters, rest)) = w.split_once('-') else { return false };
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            (1..=2).contains(&letters.len())
                && letters.bytes().all(|b| b.is_ascii_alphabetic())
                && (1..=2).contains(&digits)
                && rest.bytes().skip(digits).all(|b| b.is_ascii_alphabetic())
        })
        .count()
}

/// A list's marker ("1. What…", "2) Where…", "First, …", "Zweitens: …" at a line's or
/// sentence's start): its place in the list, not a number or a "first" the prospect names
/// ("SOC 2", "first-pass review").
fn is_list_marker(part: &str, word: &str) -> bool {
    const ORDINALS: &[&str] = &[
        "first",
        "firstly",
        "second",
        "secondly",
        "third",
        "thirdly",
        "fourth",
        "finally",
        "lastly",
        "erstens",
        "zweitens",
        "drittens",
        "premièrement",
        "deuxièmement",
        "troisièmement",
        "primero",
        "segundo",
        "tercero",
        "primeiro",
        "terceiro",
        "primo",
        "secondo",
        "terzo",
    ];
    let number = !word.is_empty() && word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit());
    if !number && !ORDINALS.iter().any(|o| o.eq_ignore_ascii_case(word)) {
        return false;
    }
    let Some(at) = offset_in(part, word) else { return false };
    let opens = |before: &str| {
        let before = before.trim_end_matches([' ', '\t', '\u{a0}']);
        before.is_empty() || before.ends_with(['\n', '.', '?', '!', ':', ';'])
    };
    // A section's number ("5.1  Describe…", "3.2.1 Provide…") at a line's start, each of its parts.
    if number {
        let start = part[..at].char_indices().rev().find(|&(_, c)| !(c.is_ascii_digit() || c == '.')).map_or(0, |(k, c)| k + c.len_utf8());
        let end = part[at..].find(|c: char| !(c.is_ascii_digit() || c == '.')).map_or(part.len(), |k| at + k);
        let section = &part[start..end];
        let groups = section.trim_end_matches('.').split('.');
        if section.contains('.')
            && !section.starts_with('.')
            && groups.clone().count() >= 2
            && groups.clone().all(|g| (1..=2).contains(&g.len()))
            && part[end..].starts_with(char::is_whitespace)
            && opens(&part[..start])
        {
            return true;
        }
    }
    let mut after = part[at + word.len()..].chars();
    let marks: &[char] = if number { &['.', ')'] } else { &[',', ':'] };
    after.next().is_some_and(|c| marks.contains(&c)) && after.next().is_none_or(char::is_whitespace) && opens(&part[..at])
}

/// Whether the word (a slice of `part`) is the first group of a number written with thousands
/// separators ("2 000", "2.000", "2,000").
fn in_thousands(part: &str, word: &str) -> bool {
    if word.is_empty() || !word.bytes().all(|b| b.is_ascii_digit()) || word.len() > 3 {
        return false;
    }
    let Some(at) = offset_in(part, word) else { return false };
    let rest = &part[at + word.len()..];
    let mut chars = rest.chars();
    matches!(chars.next(), Some(' ' | '.' | ',' | '\u{a0}' | '\u{202f}' | '\''))
        && chars.by_ref().take(3).filter(char::is_ascii_digit).count() == 3
        && !chars.next().is_some_and(|c| c.is_ascii_digit())
}

/// A day of the month beside its month's name ("due Nov 24", "on December 8", "le 3 déc."): when
/// something is due, never what is asked, even where an item holds the number ("24/7 support").
/// What follows a day's number when it is written as an ordinal, in the languages prospects
/// write in ("" for the number alone).
const ORDINAL: &[&str] = &["", "st", "nd", "rd", "th", "er", "re", "e", "º", "°", "o", "a"];

fn in_date(part: &str, word: &str) -> bool {
    // The day, perhaps as an ordinal ("1st", "1er", "3rd", "1º").
    let digits = word.bytes().take_while(u8::is_ascii_digit).count();
    let day = &word[..digits];
    if day.is_empty() || day.len() > 2 || !(1..=31).contains(&day.parse::<u8>().unwrap_or(0)) || !ORDINAL.contains(&word[digits..].to_lowercase().as_str()) {
        return false;
    }
    let Some(at) = offset_in(part, word) else { return false };
    let is_month = |w: &str| {
        let lower = w.to_lowercase();
        // Month abbreviations that are English words count only capitalized ("May 2", not "set 2").
        crate::thread::month_of(&lower).is_some() && (!["may", "set", "out", "ago", "gen", "mar"].contains(&lower.as_str()) || is_capitalized(w))
    };
    let edge = |c: char| !c.is_alphanumeric();
    let before = part[..at].trim_end_matches(|c: char| c == '.' || c == ',' || c.is_whitespace()).rsplit(edge).next().unwrap_or_default();
    let after = part[at + word.len()..].trim_start_matches(|c: char| c == '.' || c.is_whitespace()).split(edge).next().unwrap_or_default();
    is_month(before) || is_month(after)
}

/// A round number or a year: never a name, so never evidence even where the library has it
/// ("2,000 people" in a title). Small numbers can be ("SOC 2").
fn is_round(t: &str) -> bool {
    t.bytes().all(|b| b.is_ascii_digit()) && (t.ends_with("00") || (t.len() == 4 && (t.starts_with("19") || t.starts_with("20"))))
}

/// At most this many names are kept from one page (a long thread of capitalised words).
const MAX_WRITTEN: usize = 64;

/// One request of the page, in index terms (in the order the page says them).
#[derive(Debug, Clone, PartialEq)]
pub struct Ask {
    pub terms: Vec<TermId>,
    /// Per term, the library's other words for the same idea ("pricing" for "price").
    pub mates: Vec<Vec<TermId>>,
    /// How much of the request is in words the library never uses (their idf, summed): an
    /// ask for "an ISO 14001 certificate" is not answered by the one word "certificate".
    pub unknown: f32,
    /// The request's words that say who asks or when, not what ("County clerk" of "County
    /// clerk wants…", "sign" of "… before we sign"): a reason names what is asked. Ranking still
    /// reads them.
    pub aside: Vec<TermId>,
    /// The request as the page writes it (at most `ASK_TEXT` characters), for a reason to quote a
    /// phrase of it that an item also has ("single sign-on").
    pub text: String,
    /// Material in this language is asked for ("anything in German they can read"): a request
    /// without terms, answered by the library's items written in it.
    pub language: Option<Asked>,
}

/// How much of a request's text is kept for reasons.
const ASK_TEXT: usize = 300;

/// Verbs after which a short clause's first words are who asks, not what.
const WANTING: &[&str] = &["asked", "asks", "expects", "insists", "need", "needs", "require", "requires", "want", "wants"];
/// A subject is at most this many words before its verb.
const SUBJECT_WORDS: usize = 3;
/// "before we sign", "once they renew": the words after these say when, not what.
const WHEN: &[&str] = &["after", "before", "once", "until", "when"];
const WHO: &[&str] = &["i", "they", "we", "you"];
/// At most this many words after a "before we" say when.
const WHEN_WORDS: usize = 3;

/// Acronyms of the library's ("SIG", the questionnaire) that are everyday words of a language
/// prospects write in when not written in capitals.
const FALSE_FRIENDS: &[&str] = &["sig"];

/// Remarks in brackets that say how things are ("(today each stand sells its own paper
/// certificates)"): why something is asked, not what. A bracketed list of what is meant ("(SOC 2
/// report and a pen test)") is no remark. Byte ranges of the clause.
fn remarks(clause: &str) -> Vec<std::ops::Range<usize>> {
    const OPENERS: &[&str] = &["today", "currently", "now", "right", "we", "they", "it", "this", "which", "who", "since", "i", "he", "she"];
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(open) = clause[from..].find('(').map(|k| from + k + 1) {
        let Some(close) = clause[open..].find(')').map(|k| open + k) else { break };
        let mut said = clause[open..close].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
        if said.next().is_some_and(|w| OPENERS.iter().any(|o| w.eq_ignore_ascii_case(o))) && said.count() >= 3 {
            out.push(open..close);
        }
        from = close;
    }
    out
}

/// The words of a clause that say who asks or when, not what: those before a verb of wanting
/// that starts it ("County clerk wants…"; not a passive "the questionnaire needs to be
/// completed"), those after "before we", "once they"… ("… before we sign"), and a short
/// "before …" ending the clause ("… before contract").
fn aside_words(clause: &str) -> Vec<&str> {
    let words: Vec<&str> = clause.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let one_of = |w: &str, set: &[&str]| set.iter().any(|s| w.eq_ignore_ascii_case(s));
    let mut out = Vec::new();
    // A name in brackets is part of the subject, not one of its words ("Risk Manager (Jerome
    // Pike) wants…").
    let bracketed = clause
        .split_once('(')
        .and_then(|(_, rest)| rest.split_once(')'))
        .map_or(0, |(inside, _)| inside.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count());
    if let Some(k) = words.iter().take(SUBJECT_WORDS + 1 + bracketed).position(|w| one_of(w, WANTING)) {
        let passive = words.get(k + 1..k + 3).is_some_and(|next| next[0].eq_ignore_ascii_case("to") && next[1].eq_ignore_ascii_case("be"));
        if !passive {
            out.extend_from_slice(&words[..k]);
        }
    }
    for r in remarks(clause) {
        out.extend(clause[r].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()));
    }
    for k in 0..words.len().saturating_sub(1) {
        if one_of(words[k], WHEN) && one_of(words[k + 1], WHO) {
            out.extend(words[k + 2..].iter().take(WHEN_WORDS));
        } else if k > 0 && words[k].eq_ignore_ascii_case("before") && words[k + 1..].iter().filter(|w| !is_chatter(&w.to_lowercase())).nth(WHEN_WORDS).is_none()
        {
            // "… FedRAMP evidence before contract", "… before budget hearings in January": a
            // clause's last few words after "before" say when (its dates and small words aside).
            out.extend(&words[k + 1..]);
        }
    }
    out
}

/// The words saying whom the prospect would talk to at another customer ("a call with one of
/// their chief engineers"): who, for a reference, not what is asked.
fn whom_words(clause: &str) -> Vec<&str> {
    let lower = clause.to_ascii_lowercase();
    let mut out = Vec::new();
    if !lower.contains(" one of ") {
        return out;
    }
    // The reference intents that name whom the call is with ("call with one of their").
    let whom = INTENTS.iter().filter(|(p, w)| *w == "reference" && (p.ends_with(" one of their") || p.ends_with(" one of your"))).map(|&(p, _)| p);
    for (at, w) in whom.flat_map(|w| lower.match_indices(w)) {
        let rest = &clause[at + w.len()..];
        let rest = &rest[..rest.find(['.', ',', ';', ':', '?', '!', '(']).unwrap_or(rest.len())];
        out.extend(
            rest.split_whitespace().take_while(|x| !["who", "that", "would", "could", "to", "about", "on"].contains(&x.to_ascii_lowercase().as_str())).take(2),
        );
    }
    out
}

/// The whole line of the page a passage stands on (the passage itself when it is not the page's).
fn line_of<'a>(text: Option<&'a str>, passage: &'a str) -> &'a str {
    let Some((text, at)) = text.and_then(|t| Some((t, offset_in(t, passage)?))) else { return passage };
    let start = text[..at].rfind('\n').map_or(0, |k| k + 1);
    &text[start..]
}

/// A line of a record's activity log: it opens on a date ("11/17 Call - …", "2026-11-17 Email").
fn dated_entry(line: &str) -> bool {
    let first = line.split_whitespace().next().unwrap_or_default();
    let parts: Vec<&str> = first.split(['/', '.', '-']).collect();
    (2..=3).contains(&parts.len()) && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
}

#[derive(Debug, Clone, Default)]
pub struct Evidence {
    /// The page's most informative terms, weight 1 for the strongest.
    pub terms: Vec<(TermId, f32)>,
    /// Every term the page uses as evidence with its weight where the page weighs it most (the
    /// latest message's words more than quoted history's, however often history repeats them),
    /// sorted by term (a competitor named once in passing counts).
    pub all: Vec<(TermId, f32)>,
    pub asks: Vec<Ask>,
    /// How the page writes its words, for reasons to print them so: names with the capital they
    /// have inside a sentence ("connect it to Epic"), the words of its requests as inflected
    /// ("sign our BAA", "records retention").
    pub written: Vec<(TermId, String)>,
    /// The latest message asks not to be written to again ("Please remove me from your mailing
    /// list"): no content is for it.
    pub opted_out: bool,
    /// Words of what the latest message says is out of the running ("HelpHive is out"), sorted.
    pub ruled_out: Vec<TermId>,
}

/// Terms that name people and companies on this page, or the rep: never topic evidence.
fn names(ix: &TextIndex, ctx: &PageContext, rep: Option<&str>) -> Vec<TermId> {
    let mut out = Vec::new();
    let contact = ctx.contact.as_ref();
    let fields = [
        ctx.company.as_deref(),
        ctx.domain.as_deref(),
        rep,
        contact.and_then(|c| c.name.as_deref()),
        contact.and_then(|c| c.first_name.as_deref()),
        contact.and_then(|c| c.email.as_deref()),
    ];
    for f in fields.into_iter().flatten() {
        for_each_token(f, |t| out.extend(ix.lookup(t)));
    }
    // The prospect's domain writes its name run together ("stbrigidhealth.org"): the page's words
    // inside it ("St. Brigid Health System" in a signature) are that name. Short words only at
    // its start ("st"), where they cannot be an accident of spelling ("westbrook" holds "st").
    let label = ctx.prospect_domain().and_then(|d| d.rsplit('.').nth(1)).map(str::to_lowercase);
    if let (Some(label), Some(text)) = (label.filter(|l| l.len() >= 6), ctx.text.as_deref()) {
        // A label is a few dozen bytes: comparing windows costs less than setting up a substring search a word.
        let inside = |t: &str| label.as_bytes().windows(t.len()).any(|w| w == t.as_bytes());
        for_each_token(text, |t| {
            if (t.len() >= 4 && inside(t)) || (t.len() >= 2 && label.starts_with(t) && label.len() > t.len()) {
                out.extend(ix.lookup(t));
            }
        });
    }
    // Addresses in the thread name people and organizations (the seller's own among them:
    // "sam@northwind.example wrote:"), whatever the words of their domains mean.
    if let Some(text) = ctx.text.as_deref() {
        let mut orgs: Vec<String> = Vec::new();
        let addresses = if text.contains('@') { text } else { "" };
        for word in addresses.split(|c: char| c.is_whitespace() || "<>()[],;:\"'".contains(c)).filter(|w| w.contains('@')) {
            let (local, domain) = word.split_once('@').unwrap_or_default();
            let labels: Vec<&str> = domain.split('.').collect();
            // The last label is a TLD and the mail provider's name is nobody's company.
            let org = labels
                .iter()
                .rev()
                .skip(1)
                .filter(|l| !["gmail", "googlemail", "outlook", "hotmail", "yahoo", "icloud", "mail", "co", "com", "org", "ac", "gov"].contains(l));
            for part in std::iter::once(&local).chain(org.clone()) {
                for_each_token(part, |t| out.extend(ix.lookup(t)));
            }
            orgs.extend(org.map(|l| l.to_lowercase()));
        }
        // The words that follow an organization's name in capitals are its name too
        // ("Northwind Cloud"); a line with the rep's name on it is the rep's signature.
        let rep_words: Vec<String> = rep.map(|r| r.split_whitespace().map(str::to_lowercase).collect()).unwrap_or_default();
        let lines = if orgs.is_empty() && rep_words.is_empty() { "" } else { text };
        for line in lines.lines() {
            let words: Vec<&str> = line.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
            // Most words are in lower case already: no copy for them.
            let lower: Vec<std::borrow::Cow<str>> =
                words.iter().map(|&w| if w.chars().any(char::is_uppercase) { w.to_lowercase().into() } else { w.into() }).collect();
            if !rep_words.is_empty() && rep_words.iter().all(|r| lower.iter().any(|w| w == r)) {
                for_each_token(line, |t| out.extend(ix.lookup(t)));
                continue;
            }
            for (k, w) in lower.iter().enumerate() {
                if orgs.iter().any(|o| o == w) {
                    // Within its sentence: "…review for Tidevault. The SOC 2 we have" names no "SOC".
                    let name_goes_on = |a: &str, b: &str| {
                        offset_in(line, a).zip(offset_in(line, b)).is_some_and(|(i, j)| !line[i + a.len()..j].contains(['.', '!', '?', ':', ';']))
                    };
                    let mut prev = words[k];
                    for next in words[k + 1..].iter().take(2) {
                        if !next.chars().next().is_some_and(char::is_uppercase) || !name_goes_on(prev, next) {
                            break;
                        }
                        for_each_token(next, |t| out.extend(ix.lookup(t)));
                        prev = next;
                    }
                }
            }
        }
    }
    crate::sort::sort(&mut out);
    out.dedup();
    out
}

/// Whether two pieces of the page's text stand in one paragraph, the first before the second
/// (no line break between them).
fn same_paragraph(text: Option<&str>, first: &str, then: &str) -> bool {
    let Some(text) = text else { return false };
    match (offset_in(text, first), offset_in(text, then)) {
        (Some(a), Some(b)) if a + first.len() <= b => !text[a + first.len()..b].contains('\n'),
        _ => false,
    }
}

/// A request that ends on what was just said ("What controls do you have for that?", "Können
/// Sie uns dazu etwas schicken?", "¿Tienen algo para eso?").
/// Or on such a word and a word or two of manner ("Does it connect to it directly?", "Can you
/// pick those up automatically?"), where what stands before it is no auxiliary: "Does it support
/// SSO?" asks about the product.
fn refers_back(part: &str) -> bool {
    const BACK: &[&str] = &["that", "this", "it", "those", "these", "them", "dazu", "dafür", "darüber", "davon", "das", "cela", "ça", "eso", "esto", "ello"];
    const AUXILIARY: &[&str] = &["does", "do", "did", "is", "are", "was", "can", "could", "will", "would", "should", "has", "have"];
    // The last four words, lowered, last first: only they are looked at.
    let last: Vec<String> = part.rsplit(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(4).map(str::to_lowercase).collect();
    let back = |k: usize| last.get(k).is_some_and(|w| BACK.contains(&w.as_str()));
    back(0) || (1..=2).any(|k| back(k) && last.get(k + 1).is_some_and(|w| !AUXILIARY.contains(&w.as_str())))
}

/// A request for a piece of material and nothing it is about ("Do you have a one-pager I can
/// forward to our facilities VP?"): it is about what the sentence before it says.
fn asks_for_material(part: &str) -> bool {
    const MATERIAL: &[&str] = &["pager", "deck", "brochure", "slide", "pdf", "writeup", "flyer", "datasheet", "collateral"];
    // Every request with a sentence before it is looked at: only one holding a stem is tokenized.
    const STEMS: &[&str] = &["ager", "eck", "rochure", "lide", "pdf", "PDF", "riteup", "lyer", "atasheet", "ollateral"];
    if !STEMS.iter().any(|s| part.contains(s)) {
        return false;
    }
    let mut found = false;
    for_each_token(part, |t| found |= MATERIAL.contains(&t));
    found
}

/// A question asking why ("Why change?", "Warum sollten wir wechseln?"): its reasons are in
/// what the sentence before it says.
fn asks_why(part: &str) -> bool {
    let head: String = part.trim_start_matches(['¿', ' ']).chars().take(8).flat_map(char::to_lowercase).collect();
    ["why ", "why?", "warum", "wieso", "weshalb", "pourquoi", "por qué", "por que", "perché"].iter().any(|w| head.starts_with(w))
}

/// Whether a piece of a request names anything the library holds, besides words of asking.
fn has_content(piece: &str, usable: &impl Fn(&str) -> Option<TermId>) -> bool {
    let mut found = false;
    for_each_token(piece, |t| found |= usable(t).is_some() && !is_request(t));
    found
}

/// Counts a page term, and in a request also as one of its terms.
fn note(tf: &mut HashMap<TermId, (f32, f32)>, terms: &mut Vec<TermId>, id: TermId, weight: f32, is_ask: bool) {
    let (sum, peak) = tf.entry(id).or_default();
    *sum += weight;
    *peak = peak.max(weight);
    if is_ask && !terms.contains(&id) {
        terms.push(id);
    }
}

/// `common[t]`: the term stands in so much of the library (the seller's own name, its
/// product line) that its presence on a page says nothing about which item to send.
pub fn gather(ix: &TextIndex, common: &[bool], ctx: &PageContext, rep: Option<&str>) -> Evidence {
    let named = names(ix, ctx, rep);
    let usable_id = |id: TermId| !common[id as usize] && named.binary_search(&id).is_err();
    let usable = |t: &str| -> Option<TermId> {
        let id = ix.lookup(t)?;
        (usable_id(id) && !is_chatter(t) && !is_round(t)).then_some(id)
    };
    let text = ctx.text.as_deref().map(|t| t.char_indices().nth(PAGE_TEXT_CHARS).map_or(t, |(i, _)| &t[..i]));
    // Per term: its weight summed over the page, and its weight where the page weighs it most.
    let mut tf: HashMap<TermId, (f32, f32)> = HashMap::default();
    let mut asks: Vec<(Ask, f32)> = Vec::new();
    // Per request: it is a logged activity of a record ("11/17 Call - T. Okonjo: … wants …").
    let mut logged: Vec<bool> = Vec::new();
    // Per request: it is the heading of a list item ("1. Weekly pay. We put about…"), the
    // prospect's own name for one of the things asked.
    let mut headings: Vec<bool> = Vec::new();
    let mut sentence_no = 0.0f32;
    let mut written: Vec<(TermId, String)> = Vec::new();
    let mut forms: Vec<(TermId, String)> = Vec::new();
    // A word in at most one item of 10 (and never fewer than two items) names a thing.
    let rare = ix.idf_at((ix.docs() / 10).max(2));
    // A word the library never uses weighs like one it uses once.
    let unknown_idf = ix.idf_at(1);
    // The latest message's sentence before the one being read, when it asks nothing.
    let mut before: Option<&str> = None;
    // The prospect's mail domain tells their messages in a thread from the seller's.
    let prospect = ctx.domain.as_deref().or_else(|| ctx.contact.as_ref().and_then(|c| c.email.as_deref()).and_then(|e| e.split_once('@')).map(|(_, d)| d));
    // On a page that names only the company, the kind of organization its name says it is ("…
    // Unified School District") tells which of the vertical's content is for it. (Beside a
    // thread's own words it was measured to add more noise than it told.)
    if let Some(company) = ctx.company.as_deref().filter(|_| [text, ctx.subject.as_deref()].iter().all(|f| f.is_none_or(|t| t.trim().is_empty()))) {
        for_each_token(company, |t| {
            // (The name's words are the prospect's names everywhere else: not `usable`.)
            if let Some(id) = ix.lookup(t).filter(|&id| !common[id as usize] && crate::context::is_organization_word(t)) {
                note(&mut tf, &mut Vec::new(), id, LATEST_W, false);
            }
        });
    }
    let mut opted_out = false;
    let mut ruled: Vec<TermId> = Vec::new();
    for p in passages(ctx.subject.as_deref(), text, prospect) {
        opted_out |= (p.is_ask || p.weight == LATEST_W) && crate::ask::opts_out(p.text);
        if p.is_ask || p.weight == LATEST_W {
            for word in ruled_out(p.text) {
                for_each_token(word, |t| ruled.extend(ix.lookup(t)));
            }
        }
        // Each clause of a request is a request of its own ("a BAA and StateRAMP").
        sentence_no += 1.0;
        let parts = if p.is_ask { clauses(p.text) } else { vec![p.text] };
        let stated = if parts.len() > 1 { statements(&parts) } else { Vec::new() };
        // "…the BAA so our privacy office can review it": why it is wanted is not what is asked.
        let mut pieces: Vec<(&str, f32, bool)> = Vec::with_capacity(parts.len());
        for (n, mut part) in parts.into_iter().enumerate() {
            if stated.get(n) == Some(&true) {
                pieces.push((part, LATEST_W, false));
                continue;
            }
            // "Following our call, could you send…": the occasion is read, not asked.
            if let Some(k) = p.is_ask.then(|| after_occasion(part)).flatten().filter(|&k| is_request(&part[k..])) {
                pieces.push((&part[..k], LATEST_W, false));
                part = &part[k..];
            }
            // "…will not approve the contract until they have your SOC 2 report": what they wait for.
            if let Some(k) = p.is_ask.then(|| after_condition(part)).flatten() {
                pieces.push((&part[..k], LATEST_W, false));
                part = &part[k..];
            }
            // Only where the request stands before it: in "we are a covered entity, so we need a
            // BAA" the reason comes first and what follows is the request.
            // A later clause of a request is part of it ("…needs your BAA and HIPAA documentation
            // before we sign": "before we sign" is when, in the second clause too).
            let purpose = p.is_ask.then(|| purpose_at(part)).flatten().filter(|&(k, reason)| {
                (is_request(&part[..k]) || n > 0 || reason) && !is_request(part[k..].trim_end_matches(['?', '？'])) && has_content(&part[..k], &usable)
            });
            match purpose {
                // "…wants two things before we can recommend this: a way to estimate the
                // savings": what follows the colon is what is wanted again.
                Some((k, _)) => match part[k..].find(':').map(|c| k + c + 1) {
                    Some(c) => pieces.extend([(&part[..k], p.weight, true), (&part[k..c], LATEST_W, false), (&part[c..], p.weight, true)]),
                    None => pieces.extend([(&part[..k], p.weight, true), (&part[k..], LATEST_W, false)]),
                },
                None => pieces.push((part, p.weight, p.is_ask)),
            }
        }
        let this = (p.weight == LATEST_W && !p.is_ask).then_some(p.text);
        for word in capitalized_inside_sentences(p.text).take(MAX_WRITTEN.saturating_sub(written.len())) {
            if let Some(id) = ix.lookup(&word.to_lowercase()) {
                written.push((id, word.to_string()));
            }
        }
        let whole = pieces.len() == 1;
        for (part, weight, is_ask) in pieces {
            let mut terms = Vec::new();
            let mut unknown = 0.0;
            // In a request written in another language (a word of it translated by the lexicon),
            // its other lower-case words the library lacks are mostly its grammar ("klären",
            // "aimerions"), not things asked for: only acronyms and numbers then stay unknown.
            let mut translated = false;
            let mut unknown_plain = 0.0;
            // The word after a count is what is counted ("40 branches"), not what is asked.
            let mut after_count = false;
            let aside: Vec<TermId> = if is_ask { aside_words(part).iter().filter_map(|w| ix.lookup(&w.to_lowercase())).collect() } else { Vec::new() };
            let whom = if is_ask { whom_words(part) } else { Vec::new() };
            let remarked = if is_ask { remarks(part) } else { Vec::new() };
            for_each_word(part, |t, word| {
                let is_ask = is_ask && !offset_in(part, word).is_some_and(|at| remarked.iter().any(|r| r.contains(&at)));
                if is_capability_verb(part, word) || whom.iter().any(|w| offset_in(w, word).is_some()) {
                    return;
                }
                // An acronym that is a Scandinavian pronoun in lower case ("klarar det sig").
                if FALSE_FRIENDS.contains(&t) && word.chars().any(char::is_lowercase) {
                    return;
                }
                // An address or a link is where to write, not what is asked ("sam@northwind.example").
                if in_address(part, word) {
                    return;
                }
                if in_date(part, word) {
                    after_count = false;
                    return;
                }
                if is_list_marker(part, word) {
                    return;
                }
                // "2 000 étudiants", "2.000 Nutzer": the thousands of a count, not "SOC 2".
                if in_thousands(part, word) {
                    after_count = true;
                    return;
                }
                // "Month-to-month" is a term of contract, though "month" alone is a date's word.
                let monthly = month_to_month(part, word);
                match usable(t).or_else(|| ix.lookup(t).filter(|&id| monthly && usable_id(id))) {
                    Some(id) => {
                        note(&mut tf, &mut terms, id, weight, is_ask);
                        if is_ask && forms.len() < MAX_WRITTEN && word.chars().all(char::is_lowercase) && !forms.iter().any(|f: &(TermId, String)| f.0 == id) {
                            forms.push((id, if monthly { "month-to-month".to_string() } else { word.to_string() }));
                        }
                    }
                    // A prospect's own language, in the library's words.
                    None => {
                        // Only a word the library never uses can be foreign (a common English word is not).
                        let in_library = ix.lookup(t).is_some();
                        let mut known = false;
                        if !in_library {
                            library_words(
                                t,
                                |e| ix.lookup(e),
                                |id| {
                                    known = true;
                                    translated = true;
                                    if usable_id(id) {
                                        note(&mut tf, &mut terms, id, weight, is_ask);
                                    }
                                },
                            );
                        }
                        // A plain capitalised word is most often somebody's name; an acronym
                        // or a number ("ISO 14001") is the thing asked for.
                        let name_like = is_capitalized(word);
                        // Nor is a verb of asking ("envoyer", "schicken") a thing asked for.
                        if !known
                            && !in_library
                            && t.chars().count() >= 2
                            && !name_like
                            && !is_count(t)
                            && !after_count
                            && !is_chatter(t)
                            && !is_request_word(&word.to_lowercase())
                        {
                            unknown += unknown_idf;
                            if word.chars().all(char::is_lowercase) {
                                unknown_plain += unknown_idf;
                            }
                        }
                    }
                }
                after_count = is_count(t);
            });
            if translated {
                unknown -= unknown_plain;
            }
            // A form's short code ("a signed W-9", "I-9s") is a thing asked for that no word
            // of it names: the library holds neither "w" nor a bare "9".
            unknown += short_codes(part) as f32 * unknown_idf;
            if is_ask {
                for words in intents(part) {
                    for_each_token(words, |t| usable(t).into_iter().for_each(|id| note(&mut tf, &mut terms, id, weight, is_ask)));
                }
                // "What should we know?", "Why change?": the question is about what the sentence
                // before it says ("We are also evaluating PayTrellis", "it mostly works").
                // (A whole sentence: an empty clause of a list is no such question.)
                // (A line announcing the list below asks what its items ask: "Three things decide
                // this for us:".)
                if let Some(said) = before.filter(|said| {
                    whole
                        && !(part.trim_end().ends_with(':') && crate::ask::announces_list(part.trim_end()))
                        && (terms.is_empty() || asks_why(part) || terms.len() <= 1 && refers_back(part) || terms.len() <= 2 && asks_for_material(part))
                        && same_paragraph(text, said, part)
                }) {
                    for_each_token(said, |t| {
                        if let Some(id) = usable(t) {
                            if !terms.contains(&id) {
                                terms.push(id);
                            }
                        } else if ix.lookup(t).is_none() {
                            // In the prospect's own language, in the library's words ("Sjukförsäkring
                            // och andra förmåner … Hur fungerar det?").
                            library_words(
                                t,
                                |e| ix.lookup(e),
                                |id| {
                                    if usable_id(id) && !terms.contains(&id) {
                                        terms.push(id);
                                    }
                                },
                            );
                        }
                    });
                }
            }
            // A request the page repeats (a CRM description shown twice, a quoted subject) is one
            // request: it must not crowd out the others.
            // Numbers alone ask nothing ("we run 14 hotels"): a number tells only beside a name ("SOC 2").
            let only_numbers = terms.iter().all(|&t| ix.term(t).bytes().all(|b| b.is_ascii_digit()));
            if only_numbers || asks.iter().any(|(a, _)| a.terms.len() == terms.len() && terms.iter().all(|t| a.terms.contains(t))) {
                continue;
            }
            // One common word is not a request of its own ("our state and…"): it belongs to the
            // clause before it, unless the clause asks it ("…; and what would pricing be?").
            // A rare one is ("a BAA and StateRAMP").
            match asks.last_mut() {
                Some((last, sentence))
                    if *sentence == sentence_no && last.language.is_none() && terms.len() == 1 && ix.idf(terms[0]) < rare && !is_request(part) =>
                {
                    if !last.terms.contains(&terms[0]) {
                        last.terms.push(terms[0]);
                    }
                }
                _ => {
                    let shown = part.char_indices().nth(ASK_TEXT).map_or(part, |(k, _)| &part[..k]).to_string();
                    asks.push((Ask { terms, mates: Vec::new(), unknown, aside, text: shown, language: None }, sentence_no));
                    logged.push(dated_entry(line_of(text, p.text)));
                    // (An item that puts its own question asks that: its heading is kept only
                    // by what it weighs.)
                    let line = line_of(text, p.text).lines().next().unwrap_or_default();
                    headings.push(whole && is_ask && !line.contains(['?', '？']) && crate::ask::heads_list_item(line, p.text));
                }
            }
        }
        // "If there's anything in German they can read": the prospect's, not quoted history's.
        if let Some(lang) = (p.is_ask || p.weight == LATEST_W).then(|| crate::language::asked_in(p.text)).flatten() {
            if !asks.iter().any(|(a, _)| a.language.is_some_and(|l| l.lang == lang.lang)) {
                let shown = p.text.char_indices().nth(ASK_TEXT).map_or(p.text, |(k, _)| &p.text[..k]).to_string();
                asks.push((Ask { terms: Vec::new(), mates: Vec::new(), unknown: 0.0, aside: Vec::new(), text: shown, language: Some(lang) }, sentence_no));
                logged.push(false);
                headings.push(false);
            }
        }
        before = this;
    }
    for (ask, _) in &mut asks {
        // A mate that is itself one of the request's words already counts as that word.
        let own = ask.terms.clone();
        // A foreign word the library also uses ("client" in a French item) is held by an item that
        // says it in English ("customer") as well.
        ask.mates = own
            .iter()
            .map(|&t| {
                let mut m = mates(ix.term(t), |m| ix.lookup(m).filter(|&id| usable_id(id) && !own.contains(&id)));
                for id in listed_english(ix.term(t)).iter().filter_map(|e| ix.lookup(e)) {
                    if id != t && usable_id(id) && !own.contains(&id) && !m.contains(&id) {
                        m.push(id);
                    }
                }
                m
            })
            .collect();
    }
    // The strongest requests, kept in the page's order. Each pick counts only the words no
    // request picked before it holds, so that two readings of one thing ("plan for the 6
    // plants", "the plants live by Q3") leave room for another; what a record logged as done
    // weighs less than what it says comes next.
    if asks.len() > MAX_ASKS {
        let mut covered: Vec<TermId> = Vec::new();
        // A language asked for holds no words to weigh: it is kept; so are the headings of the
        // items a prospect numbered, when they fit ("1. Margin. … 2. Workers' comp. … 3. ACA.").
        let headed = headings.iter().filter(|&&h| h).count() + asks.iter().filter(|(a, _)| a.language.is_some()).count() <= MAX_ASKS;
        let mut picked: Vec<bool> = asks.iter().zip(&headings).map(|((a, _), &h)| a.language.is_some() || headed && h).collect();
        for _ in picked.iter().filter(|&&p| p).count()..MAX_ASKS {
            let gain = |k: usize| {
                let mut g: f32 = asks[k].0.terms.iter().filter(|t| !covered.contains(t)).map(|&t| ix.idf(t)).sum();
                // Another clause of a sentence already picked ("MFA on email, on remote access,
                // and on admin accounts") leaves room for the page's other sentences.
                if (0..asks.len()).any(|m| picked[m] && asks[m].1 == asks[k].1) {
                    g *= SAME_SENTENCE;
                }
                if logged[k] {
                    0.25 * g
                } else {
                    g
                }
            };
            // The largest gain, the page's first on a tie.
            let Some(k) = (0..asks.len()).filter(|&k| !picked[k]).map(|k| (k, gain(k))).min_by(|a, b| b.1.total_cmp(&a.1)).map(|(k, _)| k) else {
                break;
            };
            picked[k] = true;
            covered.extend_from_slice(&asks[k].0.terms);
        }
        asks = asks.into_iter().zip(picked).filter_map(|(a, keep)| keep.then_some(a)).collect();
    }
    let mut all: Vec<(TermId, f32)> = tf.iter().map(|(&id, &(_, peak))| (id, peak)).collect();
    crate::sort::sort_by(&mut all, |a, b| a.0.cmp(&b.0));
    let mut terms: Vec<(TermId, f32)> = tf.into_iter().map(|(id, (f, _))| (id, f / (f + 0.5 * ASK_W) * ix.idf(id))).collect();
    crate::sort::sort_by(&mut terms, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    terms.truncate(PAGE_TERMS);
    let max = terms.first().map_or(1.0, |t| t.1).max(f32::EPSILON);
    // A word the page also writes in lower case is a word, its capital a heading's ("Security
    // review for the records project" above "the vendor security review").
    let pages = [ctx.subject.as_deref(), text];
    written.retain(|(_, w)| {
        let lower = w.to_lowercase();
        !pages.iter().flatten().any(|f| has_word(f, &lower))
    });
    forms.retain(|(id, _)| !written.iter().any(|w| w.0 == *id));
    written.append(&mut forms);
    crate::sort::sort(&mut ruled);
    ruled.dedup();
    Evidence {
        terms: terms.into_iter().map(|(id, w)| (id, w / max)).collect(),
        all,
        asks: asks.into_iter().map(|a| a.0).collect(),
        written,
        opted_out,
        ruled_out: ruled,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_forms_short_code_is_one_thing() {
        assert_eq!(super::short_codes("please send a signed W-9 and the I-9s"), 2);
        assert_eq!(super::short_codes("W-8BEN, SF-86"), 2);
        for none in ["a 3-year contract", "SOC 2", "month-to-month", "e-signature", "COVID-19 policy", "ISO-27001"] {
            assert_eq!(super::short_codes(none), 0, "{none}");
        }
    }

    #[test]
    fn a_request_ending_on_what_was_just_said_refers_back() {
        use super::refers_back;
        assert!(refers_back("What controls do you have for that?"));
        assert!(refers_back("Does Lumenfold connect to it directly?"), "a word of manner after it");
        assert!(refers_back("Can you pick those up automatically?"));
        assert!(!refers_back("Does it support SSO?"), "the product, after an auxiliary");
        assert!(!refers_back("Can it export to Excel?"));
    }

    #[test]
    fn whom_a_reference_call_is_with_is_not_what_is_asked() {
        use super::whom_words;
        assert_eq!(whom_words("a call with one of their chief engineers would be even better"), ["chief", "engineers"]);
        assert_eq!(whom_words("could we speak with one of your customers who runs payroll?"), ["customers"]);
        assert!(whom_words("Can you send one of your case studies?").is_empty(), "only whom a call is with");
    }

    #[test]
    fn who_asks_and_when_are_aside_from_what_is_asked() {
        use super::aside_words;
        assert_eq!(aside_words("County clerk wants to replace paper records"), ["County", "clerk"]);
        assert_eq!(aside_words("Our CISO requires a vendor security review"), ["Our", "CISO"]);
        assert_eq!(aside_words("Risk Manager (Jerome Pike) wants the claims history"), ["Risk", "Manager", "Jerome", "Pike"]);
        assert!(aside_words("The security questionnaire needs to be completed by Friday").is_empty(), "passive: what, not who");
        assert!(aside_words("Can you send the BAA that legal wants").is_empty(), "not at the clause's start");
        assert!(aside_words("Pricing for 400 users").is_empty());
        assert_eq!(
            aside_words("gift cards that work at every stand (today each stand sells its own paper)"),
            ["today", "each", "stand", "sells", "its", "own", "paper"]
        );
        assert!(aside_words("the security documents (SOC 2 report and pen test summary)").is_empty(), "what is meant stays asked");
        assert_eq!(aside_words("HIPAA documentation before we sign"), ["sign"]);
        assert_eq!(aside_words("Legal needs the BAA before we sign the contract"), ["Legal", "sign", "the", "contract"]);
        assert_eq!(aside_words("FedRAMP evidence before contract"), ["contract"]);
        assert_eq!(
            aside_words("The Sheriff wants to see options before budget hearings in January"),
            ["The", "Sheriff", "budget", "hearings", "in", "January"],
            "dates and small words aside"
        );
        assert!(!aside_words("Pricing before the rollout of payroll, scheduling and time tracking").contains(&"payroll"), "a long ending is what is asked");
        assert!(aside_words("Before contract, the FedRAMP evidence and the audit report").is_empty(), "a lead-in, not the clause's end");
    }

    use super::*;

    #[test]
    fn support_as_the_verb_of_a_capability_question_is_not_asked_for() {
        let verb = |part: &str, w: &str| is_capability_verb(part, &part[part.find(w).unwrap()..][..w.len()]);
        assert!(verb("whether you support single sign-on with Okta", "support"));
        assert!(verb("Does your platform support records retention schedules?", "support"));
        assert!(!verb("We need 24/7 phone support for our clinics", "support"), "support asked for");
        assert!(verb("Does it integrate? It supports Epic", "supports"));
        assert!(!verb("Please send your support tiers", "support"));
        assert!(!verb("what support do we get after go-live", "support"));
        assert!(verb("Do you offer any discount for public school districts?", "offer"));
        assert!(!verb("Is the year-end offer still open?", "offer"), "an offer asked about");
    }

    #[test]
    fn phrases_whose_words_mean_nothing_alone_name_their_intent() {
        let of = |s: &str| intents(s).collect::<Vec<_>>();
        assert_eq!(of("Pour notre appel d’offres, merci"), ["rfp"], "typographic apostrophes too");
        assert_eq!(of("¿Tienen un caso de éxito de otro hospital?"), ["case study"]);
        assert_eq!(of("Was kostet das für 400 Nutzer?"), ["pricing"]);
        assert_eq!(of("¿Disponen de un contrato de encargado del tratamiento?"), ["dpa"]);
        assert_eq!(of("Est-ce que l'application fonctionne hors connexion ?"), ["offline"]);
        assert_eq!(of("Pouvez-vous préparer le premier rendez-vous ?"), ["discovery"], "a hyphen is a word edge");
        assert_eq!(of("Can you do better on the price?"), ["discount"]);
        assert_eq!(of("our IT director wants to understand how you keep data in the US"), ["residency"]);
        assert!(of("Appel demain pour les offres").is_empty(), "the words apart are not the phrase");
        assert_eq!(of("Do you work with organizations like ours?"), ["case study"]);
        assert!(of("Do you have nonprofit pricing, or any program for organizations like ours?").is_empty(), "whom a program is for");
    }

    #[test]
    fn words_of_addresses_and_links_are_not_asked_for() {
        let part = "Please send the legal review to legal@acme.example or see https://acme.example/legal-docs today";
        let at = |k: usize| in_address(part, &part[k..k + 5]);
        let words: Vec<usize> = part.match_indices("legal").map(|(k, _)| k).collect();
        assert_eq!(words.iter().map(|&k| at(k)).collect::<Vec<_>>(), [false, true, true]);
        // Spaces of more than one byte before the word (found by the fuzzer: a panic).
        for part in ["send\u{a0}legal terms", "send\u{3000}legal@x.example", "\u{2003}legal"] {
            let k = part.find("legal").unwrap();
            assert_eq!(in_address(part, &part[k..k + 5]), part.contains('@'), "{part:?}");
        }
    }

    #[test]
    fn a_day_beside_its_month_is_a_date() {
        let at = |part: &'static str, word: &str| in_date(part, &part[part.find(word).unwrap()..][..word.len()]);
        for (part, word) in [
            ("Send county story + Sourcewell info - due Nov 24", "24"),
            ("before December 8.", "8"),
            ("le 3 déc. à 10h00", "3"),
            ("am 15. Januar", "15"),
            ("on May 2", "2"),
            ("depuis le 1er janvier 2026", "1er"),
            ("by March 1st", "1st"),
        ] {
            assert!(at(part, word), "{part}");
        }
        for (part, word) in [
            ("24/7 support", "24"),
            ("SOC 2 report", "2"),
            ("we may 2 weeks", "2"),
            ("ISO 27001 by Nov", "27001"),
            ("Nov 2026", "2026"),
            ("set 2 of the forms", "2"),
            ("3rd party risk", "3rd"),
        ] {
            assert!(!at(part, word), "{part}");
        }
    }

    #[test]
    fn thousands_separators_make_one_count() {
        let at = |part: &'static str, word: &str| in_thousands(part, &part[part.find(word).unwrap()..][..word.len()]);
        for part in ["tarifs pour 2 000 étudiants", "2.000 Nutzer", "for 2,000 users", "1,000,000 rows"] {
            assert!(at(part, part.split(|c: char| !c.is_ascii_digit()).find(|w| !w.is_empty()).unwrap()), "{part}");
        }
        for (part, word) in [("SOC 2 report", "2"), ("version 2.1 of WCAG", "2"), ("ISO 27001", "27001"), ("2 reports", "2"), ("1.5 days", "1")] {
            assert!(!at(part, word), "{part}");
        }
    }

    #[test]
    fn chatter_meets_pages_as_tokens() {
        // Plurals as the tokenizer leaves them ("saludos" → "saludo", "documents" → "document").
        for w in CHATTER {
            for t in crate::text::tokens(w) {
                assert!(is_chatter(&t), "{w} as {t}");
            }
        }
        assert!(is_chatter("saludo") && is_chatter("ante") && !is_chatter("baa"));
        // "including" in other languages: a German item's "inklusive" made one a request alone.
        assert!(["inklusive", "einschließlich", "incluyendo", "incluindo"].iter().all(|w| is_chatter(w)));
        // What "couldn't" and "we'll" leave once split at the apostrophe.
        let mut left = Vec::new();
        crate::text::for_each_word("We couldn't open it, so we'll wait.", |t, _| left.push(t.to_string()));
        assert!(left.iter().any(|t| t == "couldn") && left.iter().any(|t| t == "ll"), "{left:?}");
        assert!(is_chatter("couldn") && is_chatter("ll"));
    }

    #[test]
    fn chatter_is_sorted_for_binary_search() {
        let mut sorted = CHATTER.to_vec();
        sorted.sort_unstable();
        assert_eq!(sorted, CHATTER);
    }

    #[test]
    fn names_and_house_words_are_not_evidence_and_each_request_is_its_own_ask() {
        let docs = [
            vec![("HIPAA BAA template", 3.0), ("Northwind healthcare", 3.0)],
            vec![("StateRAMP authorization letter", 3.0), ("Northwind government", 3.0)],
            vec![("Riverside County case study", 3.0), ("Northwind", 3.0)],
            vec![("Pricing sheet", 3.0)],
        ];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common: Vec<bool> = (0..ix.term_count() as TermId).map(|t| ix.doc_freq(t) * 10 >= ix.docs() * 6).collect();
        let ctx = PageContext::from_json(r#"{"company":"Riverside County Health","contact":{"name":"Dana Lee"},"text":"Hi Sam,\nWe are a HIPAA covered entity: will you sign a BAA? We also need your StateRAMP authorization.\nDana\n\nOn Mon, Sam Northwind wrote:\n> pricing attached"}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, Some("Sam Seller"));
        let words = |ts: &[TermId]| ts.iter().map(|&t| ix.term(t).to_string()).collect::<Vec<_>>();
        assert_eq!(ev.asks.len(), 2);
        assert_eq!(words(&ev.asks[0].terms), ["hipaa", "baa"]);
        assert!(ev.asks[0].unknown > 0.0, "“covered entity” is not in this library");
        assert_eq!(words(&ev.asks[1].terms), ["stateramp", "authorization"]);
        let all = words(&ev.terms.iter().map(|t| t.0).collect::<Vec<_>>());
        assert!(!all.iter().any(|w| w == "northwind" || w == "riverside" || w == "county"), "{all:?}");
        assert_eq!(all.last().map(String::as_str), Some("pricing"), "quoted history counts least: {all:?}");
    }

    #[test]
    fn an_organizations_name_ends_with_its_sentence() {
        let docs = [vec![("SOC 2 report", 3.0)], vec![("Tidevault Vault overview", 3.0)], vec![("Pricing", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(
            r#"{"text":"We're picking up the risk review for Tidevault. The SOC 2 we have has lapsed, so we'll need the report for this year.\n\nFrom: Ellen <ellen@tidevault.example>"}"#,
        )
        .unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asked: Vec<&str> = ev.asks.iter().flat_map(|a| a.terms.iter().map(|&t| ix.term(t))).collect();
        assert!(asked.contains(&"soc"), "“SOC” starts the next sentence, it is no part of Tidevault's name: {asked:?}");
    }

    #[test]
    fn when_it_is_wanted_is_not_asked_in_a_later_clause_either() {
        let docs = [vec![("Business Associate Agreement", 3.0)], vec![("HIPAA overview", 3.0)], vec![("Patients sign forms", 3.0)], vec![("Legal", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Sam, legal needs your Business Associate Agreement and HIPAA documentation before we sign."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks.last().unwrap(), &vec!["hipaa"], "{asks:?}");
    }

    #[test]
    fn everyone_is_no_request_of_its_own() {
        let docs = [vec![("Pricing: creators pay, viewers are free", 3.0)], vec![("Everyone reads the same numbers", 3.0)], vec![("Connectors", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Wants to know what it costs for 4 people building and everyone else just looking."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert!(asks.iter().flatten().all(|&t| t != "everyone"), "{asks:?}");
    }

    #[test]
    fn going_further_is_no_part_of_what_is_asked() {
        let docs = [vec![("Migration services: move tickets", 3.0)], vec![("Go further with analytics", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Before we go any further I need to understand the migration."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["migration"]]);
        // Nor is taking it somewhere, or who is using what.
        let ctx = PageContext::from_json(r#"{"text":"Before I take this to our board: is anyone using your migration services?"}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["migration", "service"]]);
    }

    #[test]
    fn data_brought_over_from_the_old_system_asks_for_the_migration() {
        let docs = [vec![("Migration: import years of incident history", 3.0)], vec![("Incident reporting on mobile", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx =
            PageContext::from_json(r#"{"text":"Next Step: the risk manager wants the claims from the old Access database brought over before go-live."}"#)
                .unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        assert!(ev.asks.iter().any(|a| a.terms.iter().any(|&t| ix.term(t) == "migration")), "{:?}", ev.asks);
    }

    #[test]
    fn a_condition_asks_for_what_it_waits_for() {
        let docs = [vec![("SOC 2 report", 3.0)], vec![("Contract terms", 3.0)], vec![("Security team approval", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Our security team will not approve the contract until they have your SOC 2 report."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["soc", "2", "report"]]);
    }

    #[test]
    fn a_request_in_another_language_is_not_unknown_for_its_grammar() {
        let docs = [vec![("Pricing sheet", 3.0)], vec![("ISO 9001 certificate", 3.0)], vec![("Case study", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ask = |text: &str| {
            let ctx = PageContext::from_json(&serde_json::json!({ "text": text }).to_string()).unwrap();
            gather(&ix, &common, &ctx, None).asks.pop().unwrap()
        };
        for text in ["Nous aimerions connaître vos tarifs.", "Können Sie uns die Preise nennen, damit wir sie klären?"] {
            assert_eq!(ask(text).unknown, 0.0, "{text}: its verbs are no part of what is asked");
        }
        // In English a word the library lacks is part of the request; in another language an
        // acronym or a number still is.
        assert!(ask("Please send your pricing for covered entities.").unknown > 0.0);
        assert!(ask("Pouvez-vous envoyer vos tarifs et le certificat ISO 14001 ?").unknown > 0.0, "the last request: le certificat ISO 14001");
    }

    #[test]
    fn what_a_count_in_words_counts_is_not_asked() {
        let docs = [vec![("Pricing sheet", 3.0)], vec![("SOC 2 report", 3.0)], vec![("Case study", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        for text in ["Needs pricing for three campuses.", "Necesitamos el precio para doce sedes."] {
            let ctx = PageContext::from_json(&serde_json::json!({ "text": text }).to_string()).unwrap();
            let ev = gather(&ix, &common, &ctx, None);
            assert_eq!(ev.asks.len(), 1, "{text}");
            assert_eq!(ev.asks[0].unknown, 0.0, "{text}: the campuses are counted, not asked for");
        }
    }

    #[test]
    fn a_foreign_word_the_library_uses_is_held_in_english_too() {
        // "client" stands in a French item; the English items say "customer".
        let docs = [vec![("Présentation client", 3.0)], vec![("Customer references", 3.0)], vec![("Pricing", 3.0)], vec![("SOC 2 report", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Pourriez-vous m'envoyer des références clients ?"}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let ask = &ev.asks[0];
        let k = ask.terms.iter().position(|&t| ix.term(t) == "client").expect("client is asked");
        assert_eq!(ask.mates[k].iter().map(|&t| ix.term(t)).collect::<Vec<_>>(), ["customer"]);
    }

    #[test]
    fn what_follows_a_colon_after_when_it_is_wanted_is_asked() {
        let docs =
            [vec![("ROI calculator: estimate your savings", 3.0)], vec![("Nonprofit case study", 3.0)], vec![("Board deck", 3.0)], vec![("Pricing", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Our treasurer wants two things before we can recommend this: a way to estimate the savings."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["estimate", "saving"]]);
    }

    #[test]
    fn words_of_extent_ask_nothing() {
        // "across", "including", "roughly" in a library's text matched every item that has them.
        let docs = [vec![("Pricing and plans, including implementation", 3.0)], vec![("Roughly 40 sites across three states", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(r#"{"text":"Please send pricing for roughly 4,200 staff across 6 sites, including implementation."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["pricing", "site", "implementation"]]);
    }

    #[test]
    fn a_booked_intro_call_asks_for_the_agenda() {
        let docs = [vec![("Discovery call agenda", 3.0)], vec![("Email: confirm the booked meeting", 3.0)], vec![("Students and alumni accounts", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let record =
            "Deal stage: Appointment scheduled\nActivity\nNov 20, 2026 - Meeting booked: Intro call, Dec 3, with Rosa Delgado (CIO)\nNote: 9,000 students.";
        let ctx = PageContext::from_json(&serde_json::json!({ "source": "hubspot", "text": record }).to_string()).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["booked", "agenda", "discovery"]]);
    }

    #[test]
    fn a_sentences_other_clauses_leave_room_for_other_sentences() {
        let docs = [
            vec![("MFA for email", 3.0)],
            vec![("Remote access", 3.0)],
            vec![("Admin accounts", 3.0)],
            vec![("Live fast", 3.0)],
            vec![("Case study", 3.0)],
            vec![("Pricing for nonprofits", 3.0)],
        ];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let text =
            "We need MFA on remote access, and on admin accounts. How fast can we be live? Do you have a case study? Can you send pricing for nonprofits?";
        let ctx = PageContext::from_json(&serde_json::json!({ "text": text }).to_string()).unwrap();
        let asks: Vec<String> =
            gather(&ix, &common, &ctx, None).asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect::<Vec<_>>().join(" ")).collect();
        assert_eq!(asks, ["mfa remote access", "fast live", "case study", "pricing nonprofit"]);
        // A remark in brackets says why, not what: its words are read, not asked.
        let (ix, _) = TextIndex::build([vec![("Gift cards at every stand", 3.0)], vec![("Paper certificates", 3.0)], vec![("Pricing", 3.0)]].into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let text = "Erin wants gift cards that work at every stand (today each stand sells paper certificates).";
        let ctx = PageContext::from_json(&serde_json::json!({ "text": text }).to_string()).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asked: Vec<&str> = ev.asks.iter().flat_map(|a| a.terms.iter().map(|&t| ix.term(t))).collect();
        assert!(asked.contains(&"gift") && !asked.contains(&"paper"), "{asked:?}");
        assert!(ev.all.iter().any(|&(t, _)| ix.term(t) == "paper"), "still read");
    }

    #[test]
    fn a_scandinavian_pronoun_is_not_the_questionnaire() {
        let (ix, _) = TextIndex::build([vec![("SIG Lite questionnaire", 3.0)], vec![("Offline mode", 3.0)]].into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let read = |text: &str| {
            let ctx = PageContext::from_json(&serde_json::json!({ "text": text }).to_string()).unwrap();
            gather(&ix, &common, &ctx, None).all.iter().any(|&(t, _)| ix.term(t) == "sig")
        };
        assert!(!read("Klarar det sig när mobilnätet är överbelastat?"));
        assert!(read("Can you fill in our SIG Lite?"));
    }

    #[test]
    fn numbers_alone_ask_nothing() {
        let docs = [vec![("Technician app in 14 languages", 3.0)], vec![("SOC 2 report", 3.0)], vec![("Customer references", 3.0)], vec![("Pricing", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let ctx =
            PageContext::from_json(r#"{"text":"Could you send customer references? Can it cover our 14 hotels? Please also send the SOC 2 report."}"#).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<Vec<&str>> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect()).collect();
        assert_eq!(asks, [vec!["customer", "reference"], vec!["soc", "2", "report"]]);
        // A list's markers are no number the page names: a list in words the library lacks
        // matches nothing, though the library has "2".
        let list = PageContext::from_json(r#"{"text":"Sorularım şunlar:\n1. Yapay zekâ?\n2) Veriler nerede?\nSorular: 3. Fiyat?"}"#).unwrap();
        let ev = gather(&ix, &common, &list, None);
        assert!(ev.all.is_empty() && ev.asks.is_empty(), "{:?}", ev.all);
        let soc = PageContext::from_json(r#"{"text":"Can you send the SOC 2. Thanks"}"#).unwrap();
        assert!(gather(&ix, &common, &soc, None).all.iter().any(|(t, _)| ix.term(*t) == "2"), "a number after a name is not a marker");
        // Nor a section's number ("5.1  Describe…"), after any script; "SOC 2.1" stays a name's.
        let rfp = PageContext::from_json(r#"{"text":"5.1  Describe the SOC 2 report.\n東京都渋谷区2.1 and 5.2.1 Provide pricing."}"#).unwrap();
        let words: Vec<&str> = gather(&ix, &common, &rfp, None).all.iter().map(|(t, _)| ix.term(*t)).collect();
        assert!(!words.contains(&"5") && !words.contains(&"1"), "{words:?}");
        assert_eq!(words.iter().filter(|&&w| w == "2").count(), 1, "{words:?}");
        // Nor is a list's "First," a word the page names, where the library has "first".
        let docs = [vec![("First-pass review", 3.0)], vec![("Pricing", 3.0)]];
        let (ix, _) = TextIndex::build(docs.into_iter(), 0);
        let common = vec![false; ix.term_count()];
        let first = |text: &str| {
            let ctx = PageContext::from_json(&format!(r#"{{"text":{text:?}}}"#)).unwrap();
            gather(&ix, &common, &ctx, None).all.iter().any(|(t, _)| ix.term(*t) == "first")
        };
        assert!(!first("Three things. First, I'm the only lawyer here. Second, what does pricing look like?"));
        assert!(first("Do you do a first pass on third-party paper?"));
    }

    /// The requests `gather` keeps from a page of `source`, each as its words, over a library
    /// of one-title items (`titles` apart by "|").
    fn kept_asks(titles: &str, source: &str, text: &str) -> Vec<String> {
        let (ix, _) = TextIndex::build(titles.split('|').map(|t| vec![(t, 3.0)]), 0);
        let common = vec![false; ix.term_count()];
        let ctx = PageContext::from_json(&serde_json::json!({ "source": source, "text": text }).to_string()).unwrap();
        let ev = gather(&ix, &common, &ctx, None);
        let asks: Vec<String> = ev.asks.iter().map(|a| a.terms.iter().map(|&t| ix.term(t)).collect::<Vec<_>>().join(" ")).collect();
        assert_eq!(asks.len(), MAX_ASKS, "{asks:?}");
        asks
    }

    #[test]
    fn a_question_about_what_was_just_said_reads_it_in_the_prospects_language() {
        let (ix, _) = TextIndex::build(["Health insurance and benefits", "Tax filing", "Payroll in the USA"].iter().map(|t| vec![(*t, 3.0)]), 0);
        let common = vec![false; ix.term_count()];
        let text = "Tre frågor:\n1. Sjukförsäkring och andra förmåner är helt nytt för oss. Hur fungerar det?";
        let ctx = PageContext::from_json(&serde_json::json!({ "source": "gmail", "text": text }).to_string()).unwrap();
        let asked: Vec<&str> = gather(&ix, &common, &ctx, None).asks.iter().flat_map(|a| a.terms.iter().map(|&t| ix.term(t))).collect();
        assert!(asked.contains(&"benefit") && asked.contains(&"health"), "{asked:?}");
    }

    #[test]
    fn a_line_announcing_a_list_does_not_ask_what_the_sentence_before_it_says() {
        let (ix, _) = TextIndex::build(["Home care agency payroll", "Clock in by phone at the client's home"].iter().map(|t| vec![(*t, 3.0)]), 0);
        let common = vec![false; ix.term_count()];
        let text = "We're a home care agency with 700 caregivers, paid weekly. Three things decide this for us:\n\n1. Caregivers must clock in from their phones at the client's home.";
        let ctx = PageContext::from_json(&serde_json::json!({ "source": "gmail", "text": text }).to_string()).unwrap();
        let asked: Vec<&str> = gather(&ix, &common, &ctx, None).asks.iter().flat_map(|a| a.terms.iter().map(|&t| ix.term(t))).collect();
        assert!(asked.contains(&"clock") && !asked.contains(&"agency"), "{asked:?}");
    }

    #[test]
    fn a_numbered_items_heading_is_kept_among_the_requests() {
        let titles = "Weekly pay for temps|Client approval of hours on timesheets|Warehouse staffing case study|Paper checks to direct deposit|Bank accounts for workers|Branch billing leads";
        let text = "Two things decide this for us.\n\n1. Weekly pay. We put 1,700 people to work in warehouses every week. Many have no bank account and nobody will wait for a paper check.\n2. Hours. Client supervisors sign paper timesheets that branch staff re-key. We need the client to approve before billing.";
        let asks = kept_asks(titles, "gmail", text);
        assert!(asks.iter().any(|a| a == "weekly pay"), "the first item's heading: {asks:?}");
        assert!(asks.iter().any(|a| a == "hour"), "the second's: {asks:?}");
    }

    #[test]
    fn the_requests_kept_cover_the_most_and_a_logged_activity_comes_last() {
        let titles = "Renewal template|Expansion: new sites|Data residency: UK hosting|Case study: overtime down|Business review deck|Acquired plants rollout plan|SSO setup";
        let record = "Next Step: business review: renewal options + expansion plan for the acquired plants in the UK. The UK data must be hosted in the UK. Their IT needs SSO.\n\nActivity History\n11/17 Call - T. Okonjo: overtime down 18%; wants the acquired plants live by Q3.";
        let asks = kept_asks(titles, "salesforce", record);
        assert!(asks.iter().any(|a| a.contains("hosted") || a.contains("data")), "the UK data ask is kept: {asks:?}");
        assert!(!asks.iter().any(|a| a.contains("overtime")), "the logged call waits: {asks:?}");
        assert!(dated_entry("11/17 Call - T. Okonjo: wants") && dated_entry("2026-11-17 Email") && !dated_entry("12 plants in the UK"));
    }
}
