//! What the page asks for. A thread holds the prospect's latest message, quoted history,
//! signatures, disclaimers and the rep's own words; only some of it says what to send next.
//! This splits the page into weighted passages and picks out the requests (questions,
//! "please send…", "do you have…"), so the ranker can answer each of them.

use crate::fxhash::FxHashMap as HashMap;
use crate::thread::{is_boilerplate, is_name_line, is_sign_off, starts_history};
use std::sync::OnceLock;

/// One piece of page text and how much it says about what to send.
#[derive(Debug, Clone, PartialEq)]
pub struct Passage<'a> {
    pub text: &'a str,
    pub weight: f32,
    /// A request of the latest message: items should answer it.
    pub is_ask: bool,
}

/// A request sentence outweighs the rest of the latest message; history barely counts.
pub const ASK_W: f32 = 1.0;
pub const LATEST_W: f32 = 0.35;
const SUBJECT_W: f32 = 0.5;
const HISTORY_W: f32 = 0.08;
/// A page with no request (a CRM record, a fresh compose): every line counts alike.
const PLAIN_W: f32 = 1.0;

/// Words and phrases that make a sentence a request, lowercased.
const CUES: &[&str] = &[
    // English
    "can you",
    "could you",
    "would you",
    "will you",
    "can we",
    "could we",
    "please",
    "pls",
    "send",
    "share",
    "need",
    "needs",
    "we'd like",
    "we would like",
    "i'd like",
    "looking for",
    "do you have",
    "is there",
    "are there",
    "wondering",
    "let me know",
    "tell me",
    "walk me through",
    "walk us through",
    "provide",
    "require",
    "requires",
    "required",
    // The verb, not the noun ("the resident request portal", "public records requests").
    "we request",
    "i request",
    "to request",
    "requesting",
    "want to see",
    "want to know",
    "interested in",
    "how do",
    "how does",
    "how would",
    // Asked without a question mark, as chat is typed ("realistically how long to get set up").
    "how long",
    "how much",
    "how quickly",
    "how soon",
    "how fast",
    "what is",
    "what are",
    "what's",
    "any chance",
    "point me",
    "help us",
    "explain",
    "clarify",
    "confirm whether",
    "must have",
    "asks for",
    "is asking",
    "are asking",
    "asked for",
    "asking for",
    // A question relayed: "our broker keeps asking whether cameras bring premiums down".
    "asking whether",
    "asking if",
    "asked whether",
    "asked if",
    "wants",
    "wanted",
    "would love",
    "needed",
    "curious",
    // Hoping for something, not hoping to do it ("hoping to get the proposal to the board").
    "hoping you",
    "hoping for",
    "hoping to see",
    "hoping to learn",
    "hoping to understand",
    "keen",
    "expects",
    "expecting",
    "ask",
    "asks",
    "asked",
    "interested",
    "show us",
    "send over",
    "forward me",
    "requirement",
    "requirements",
    "concerned",
    "worried",
    "question is",
    "questions about",
    "question about",
    "questions on",
    "question on",
    "questions regarding",
    "questions around",
    "waiting on",
    "waiting for",
    "can u",
    "could u",
    "plz",
    "must",
    "has to",
    "have to",
    "how you",
    "how your",
    "two things",
    "three things",
    "few things",
    "few questions",
    "whether you",
    "if you can",
    "if you could",
    "do you",
    "would it be possible",
    "is it possible",
    "could i",
    "can i",
    "may we",
    "may i",
    "appreciate it if",
    "would appreciate",
    "what about",
    "how about",
    "shoot over",
    // What would be welcome is wanted ("a call with one of their engineers would be even better").
    "would be great",
    "would be better",
    "would be even better",
    "would be helpful",
    "would be ideal",
    "would be perfect",
    "would help",
    "pass along",
    // A condition someone sets: what they wait for is asked for.
    "won't approve",
    "will not approve",
    "can't approve",
    "cannot approve",
    "won't sign",
    "will not sign",
    // Agreement on a condition ("Rectoría acepta la propuesta si se aplica el descuento").
    "approve if",
    "approves if",
    "sign if",
    "signs if",
    "accept if",
    "accepts if",
    "proposal if",
    "contract if",
    "on condition that",
    "provided that",
    "acepta si",
    "aceptan si",
    "firma si",
    "firman si",
    "propuesta si",
    "contrato si",
    "con la condición de",
    "accepte si",
    "signe si",
    "proposition si",
    "contrat si",
    "à condition que",
    "unter der bedingung",
    "vorausgesetzt",
    "aceita se",
    "proposta se",
    "accetta se",
    "contratto se",
    "a condizione che",
    // German
    "bittet um",
    "bitten um",
    // After a lead-in the verb comes first ("Außerdem bitten wir um…").
    "bitten wir",
    "wir bitten",
    "ich bitte",
    "fragt nach",
    "fragen nach",
    "wünscht",
    "wünschen",
    "muss",
    "müssen",
    "können sie",
    "könnten sie",
    "bitte",
    "senden",
    "schicken",
    "benötigen",
    "brauchen",
    "gibt es",
    "haben sie",
    "wir suchen",
    "wie funktioniert",
    "würden sie",
    "benötigt",
    "benötige",
    "benötigten",
    "braucht",
    "brauche",
    "bräuchten",
    "zusenden",
    "zuschicken",
    "zukommen",
    "übermitteln",
    "übersenden",
    "bereitstellen",
    "erforderlich",
    "notwendig",
    "möchten",
    "hätten gerne",
    "hätten gern",
    "wäre es möglich",
    "ist es möglich",
    "interessiert",
    "interessieren",
    "wie sieht",
    "vorlegen",
    "nachweisen",
    "verlangt",
    "verlangen",
    "fordert",
    "anfordern",
    "setzt voraus",
    // French
    "demandent",
    "voudrait",
    "voudraient",
    "doit",
    "devons",
    "il faut",
    "pouvez-vous",
    "pourriez-vous",
    "pourrions-nous",
    "merci de",
    "envoyer",
    "besoin",
    "avez-vous",
    "auriez-vous",
    "nous souhaitons",
    "je souhaite",
    "comment",
    "est-ce que",
    "pourriez",
    "pouvez",
    "pourrions",
    "transmettre",
    "faire parvenir",
    "fournir",
    "souhaiterions",
    "souhaiterais",
    "souhaitons",
    "voudrions",
    "voudrais",
    "aimerions",
    "aimerais",
    "j'aimerais",
    "exige",
    "exigent",
    "nécessaire",
    "nécessite",
    "demande",
    "demandons",
    "envoyez",
    "envoyez-nous",
    "partager",
    "intéressés",
    "intéressé",
    // Spanish, Portuguese, Italian, Dutch
    "pide",
    "piden",
    "solicitan",
    "quiere",
    "quieren",
    "debe",
    "debemos",
    "moet",
    "moeten",
    "deve",
    "devemos",
    "puede",
    "podría",
    "podrían",
    "podrias",
    "por favor",
    "enviar",
    "necesitamos",
    "necesito",
    "tienen",
    "quisiéramos",
    "nos gustaría",
    "cómo",
    "poderia",
    "podem",
    "precisamos",
    "gostaríamos",
    "potete",
    "potreste",
    "abbiamo bisogno",
    "inviare",
    "kunt u",
    "kunnen jullie",
    "graag",
    "hebben jullie",
    "sturen",
    "necesita",
    "necesitan",
    "necesitaríamos",
    "necesitaría",
    "requerimos",
    "requiere",
    "requieren",
    "requisito",
    "requisitos",
    "pueden",
    "podrías",
    "quisiera",
    "enviarnos",
    "envíen",
    "envíenos",
    "envíe",
    "mandar",
    "compartir",
    "solicitar",
    "solicitamos",
    "agradecería",
    "agradeceríamos",
    "nos interesa",
    "interesados",
    "servirebbe",
    "vorremmo",
    "poderiam",
    "nodig",
    "zouden jullie",
    "zou u",
    // Polish
    "potrzebujemy",
    "potrzebuję",
    "potrzebuje",
    "potrzebują",
    "potrzebny",
    "potrzebna",
    "potrzebne",
    "prosimy",
    "proszę",
    "prosiłbym",
    "prosiłabym",
    "prosilibyśmy",
    "czy mogą",
    "czy możecie",
    "czy może",
    "czy mogliby",
    "czy moglibyście",
    "czy macie",
    "czy jest",
    "czy są",
    "przesłać",
    "przesłanie",
    "wysłać",
    "udostępnić",
    "wymagamy",
    "wymaga",
    "wymagane",
    "szukamy",
    "chcielibyśmy",
    "chciałbym",
    "chciałabym",
    // Danish, Norwegian and Swedish
    "kan i",
    "kunne i",
    "har i",
    "kan dere",
    "kunne dere",
    "har dere",
    "kan ni",
    "kunde ni",
    "skulle ni kunna",
    "har ni",
    "kan du",
    "kunne du",
    "sende",
    "skicka",
    "venligst",
    "vennligst",
    "vänligen",
    "brug for",
    "trenger",
    "behøver",
    "behöver",
    "ønsker",
    "önskar",
    "vil gerne",
    "vill gärna",
];

/// The cues by their first word, so a sentence is read once, word by word.
fn cues() -> &'static HashMap<&'static str, Vec<Vec<&'static str>>> {
    static BY_FIRST: OnceLock<HashMap<&'static str, Vec<Vec<&'static str>>>> = OnceLock::new();
    BY_FIRST.get_or_init(|| {
        let mut map: HashMap<&'static str, Vec<Vec<&'static str>>> = HashMap::default();
        for cue in CUES {
            let words: Vec<&'static str> = cue.split(' ').collect();
            map.entry(words[0]).or_default().push(words);
        }
        map
    })
}

/// A word that alone makes a request ("send", "envoyer", "benötigen"): it says that something
/// is asked, not what.
pub fn is_request_word(word: &str) -> bool {
    cues().get(word).is_some_and(|cues| cues.iter().any(|c| c.len() == 1))
}

/// Whether a sentence asks for something: a question, or a request in one of the languages
/// reps sell in. Cues are whole words or phrases, lowercased.
pub fn is_request(sentence: &str) -> bool {
    let s = sentence.trim();
    if (s.ends_with('?') || s.ends_with('？') || s.starts_with('¿')) && !quoted_question(s) {
        return true;
    }
    // A heading in capitals ("SECTION 5 - TECHNICAL REQUIREMENTS") names a part of a document.
    // (Every letter a capital: a script without case is no heading.)
    if s.chars().filter(|c| c.is_alphabetic()).count() > 3 && s.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) && !s.contains("PLEASE") {
        return false;
    }
    let by_first = cues();
    let lower = s.to_lowercase();
    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-').filter(|w| !w.is_empty()).map(elided).collect();
    // An RFP's or a form's instruction opens on its verb ("Describe the method and frequency").
    // So does a numbered one ("5.1  Describe the Respondent's PCI DSS validation").
    const IMPERATIVES: &[&str] =
        &["describe", "explain", "include", "outline", "submit", "attach", "specify", "indicate", "demonstrate", "provide", "confirm", "detail"];
    let numbered = words.iter().take_while(|w| w.bytes().all(|b| b.is_ascii_digit())).count();
    let verb_first = s.trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')') || c.is_whitespace());
    if numbered <= 3 && words.get(numbered).is_some_and(|w| IMPERATIVES.contains(w)) && verb_first.starts_with(char::is_uppercase) {
        return true;
    }
    // A short fragment that adds a thing to what was asked ("Also the DPA.", "Plus your SOC 2
    // report, please."): no subject of its own, so no statement.
    const FOLLOW_ON: &[&str] = &["also", "plus", "and", "außerdem", "zudem", "et", "aussi", "también", "además", "inoltre", "ook"];
    const SUBJECTS: &[&str] =
        &["i", "we", "they", "he", "she", "it", "there", "this", "that", "ich", "wir", "es", "je", "nous", "il", "yo", "nosotros", "ik", "wij"];
    if words.first().is_some_and(|w| FOLLOW_ON.contains(w))
        && (2..=5).contains(&words.len())
        && !words.iter().any(|w| SUBJECTS.contains(w))
        && !s.ends_with('!')
    {
        return true;
    }
    (0..words.len()).any(|i| {
        by_first
            .get(words[i])
            .is_some_and(|cues| cues.iter().any(|cue| words[i..].starts_with(cue) && !plans(cue, &words[i + cue.len()..]) && !need_not_asked(cue, &words[..i])))
    })
}

/// Whether a sentence of the latest message asks the seller to stop writing ("Please remove me
/// from your mailing list", "Bitte tragen Sie mich aus"). Said of oneself: a footer's bare
/// "Unsubscribe" link is not such a sentence.
pub fn opts_out(sentence: &str) -> bool {
    const OPT_OUT: &str = "\
        remove me from|take me off|unsubscribe me|want to unsubscribe|like to unsubscribe|\
        wish to unsubscribe|opt me out|stop emailing me|stop sending me|stop contacting me|\
        do not contact me|don't contact me|do not email me|don't email me|tragen sie mich aus|\
        mich abmelden|mich austragen|mich von ihrem verteiler|mich aus ihrem verteiler|me désabonner|me désinscrire|\
        me retirer de votre|darme de baja|dadme de baja|me den de baja|eliminarme de|\
        mij afmelden|mij uitschrijven|me descadastrar|me remover da|cancellarmi dalla|\
        disiscrivermi|wypisać mnie|usunąć mnie";
    holds_phrase(sentence, OPT_OUT)
}

/// The words naming what a sentence says is out of the running ("HelpHive is out", "we ruled
/// out Zenithdesk", "TimeCo ist raus"): at most three words of its clause before or after the
/// phrase that says so. A battlecard against a competitor already dropped answers nothing.
pub fn ruled_out(sentence: &str) -> Vec<&str> {
    // "X <phrase>": the name stands before.
    const NAME_BEFORE: &str = "\
        is out|is now out|is off the list|is off our list|was eliminated|has been eliminated|\
        was ruled out|has been ruled out|dropped out|didn't make the cut|did not make the cut|\
        didn't make the shortlist|did not make the shortlist|is no longer in the running|\
        is no longer an option|ist raus|ist ausgeschieden|ist aus dem rennen|est éliminé|\
        a été écarté|a été éliminé|est écarté|quedó fuera|queda fuera|está descartado|fue descartado";
    // "<phrase> X": the name follows.
    const NAME_AFTER: &str = "\
        ruled out|we eliminated|we've eliminated|have eliminated|we dropped|we've dropped|\
        have dropped|passed on|no longer considering|no longer evaluating|not moving forward with|\
        not going with|not going forward with|decided against|avons écarté|descartamos|hemos descartado";
    // The phrases as words, split once; matched word by word (every page's latest message passes
    // here: no substring search per phrase).
    static PHRASES: OnceLock<Vec<(Vec<&'static str>, bool)>> = OnceLock::new();
    let phrases = PHRASES.get_or_init(|| {
        let split = |all: &'static str, before: bool| all.split('|').map(move |p| (p.split(' ').collect(), before));
        let mut all: Vec<(Vec<&str>, bool)> = split(NAME_BEFORE, true).chain(split(NAME_AFTER, false)).collect();
        // By first word: a page's word is looked up, not compared with every phrase.
        all.sort_by(|a, b| a.0[0].cmp(b.0[0]));
        all
    });
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
    }
    let words: Vec<&str> = sentence.split_whitespace().collect();
    // Each word as the phrases write it (lower case, a straight apostrophe), copied only when it
    // differs.
    let lower: Vec<std::borrow::Cow<str>> = words
        .iter()
        .map(|w| {
            let b = bare(w);
            if b.bytes().all(|c| c.is_ascii_lowercase() || c == b'\'') {
                b.into()
            } else {
                b.to_lowercase().replace('’', "'").into()
            }
        })
        .collect();
    // A clause ends at a word written with its punctuation ("volume).", "out,").
    let ends_clause = |w: &str| w.ends_with(['.', ',', ';', ':', '!', '?', ')']);
    let mut out = Vec::new();
    for i in 0..words.len() {
        let first = phrases.partition_point(|(p, _)| p[0] < &*lower[i]);
        for (phrase, before) in phrases[first..].iter().take_while(|(p, _)| p[0] == &*lower[i]) {
            let n = phrase.len();
            if i + n > words.len() || !lower[i..i + n].iter().zip(phrase).all(|(w, p)| w == p) || words[i..i + n - 1].iter().any(|w| ends_clause(w)) {
                continue;
            }
            if *before {
                let from = (0..i).rev().take(3).take_while(|&k| !ends_clause(words[k])).last();
                out.extend(from.map_or(&[][..], |f| &words[f..i]).iter().map(|w| bare(w)));
            } else if !ends_clause(words[i + n - 1]) {
                let upto = (i + n..words.len().min(i + n + 3)).find(|&k| ends_clause(words[k])).map_or(words.len().min(i + n + 3), |k| k + 1);
                out.extend(words[i + n..upto].iter().map(|w| bare(w)));
            }
        }
    }
    out
}

/// Whether the sentence, lowercased and with typographic apostrophes straightened, holds one of
/// `phrases`, written as one string with bars between them (a table would cost a pointer pair a
/// phrase in wasm).
fn holds_phrase(sentence: &str, phrases: &str) -> bool {
    let mut lower = sentence.to_lowercase();
    if lower.contains('’') {
        lower = lower.replace('’', "'");
    }
    phrases.split('|').any(|p| lower.contains(p))
}

/// Whether a sentence arranges the meeting (its link, invitation or length) rather than asks
/// for anything a library holds.
fn about_the_meeting(sentence: &str) -> bool {
    const MEETING: &str = "\
        teams link|zoom link|webex link|meet link|meeting link|calendar invite|\
        calendar invitation|send an invite|send me an invite|send us an invite|send the invite|\
        plan on an hour|plan for an hour|plan on 30 minutes|plan for 30 minutes|\
        plan on 45 minutes|dial-in|what time works|teams-link|zoom-link|teams-einladung|\
        kalendereinladung|lien teams|lien zoom|lien de la réunion|invitation teams|\
        enlace de teams|enlace de zoom|enlace de la reunión|link do teams|link do zoom|\
        link di teams|link di zoom|link do spotkania|zaproszenie na spotkanie";
    holds_phrase(sentence, MEETING)
}

/// The meeting a record's activity says is booked ("Nov 20 - Meeting booked: Intro call, Dec
/// 3, 10:00 AM, with…"), up to its date or attendees: the rep's next send is what prepares it
/// (the confirmation, the agenda), which the page asks for as a request would.
fn booked_meeting(line: &str) -> Option<&str> {
    const BOOKED: &[&str] = &[
        "meeting booked",
        "meeting scheduled",
        "termin gebucht",
        "termin vereinbart",
        "rendez-vous programmé",
        "réunion planifiée",
        "reunión programada",
        "reunião agendada",
    ];
    // Every line of a page passes here: lowercase only one that holds a stem of the phrases.
    if !["eeting", "ermin", "endez", "éunion", "eunión", "eunião"].iter().any(|stem| line.contains(stem)) {
        return None;
    }
    // ASCII lowering keeps every byte offset.
    let lower = line.to_ascii_lowercase();
    let at = BOOKED.iter().find_map(|b| lower.find(b))?;
    // An activity's entry starts with it, after its date at most ("Nov 20, 2026 - "); in a
    // mail's sentence ("the meeting booked for Tuesday, can you send…") it is no entry.
    let before = line[..at].trim_end();
    if !(before.is_empty() || before.ends_with(['-', '–', ':', '|', '•'])) {
        return None;
    }
    let rest = &line[at..];
    // "… via scheduling link", "… with Jordan Pike": how it was booked and with whom.
    let end = rest.find([',', '(', '"', '\'']).into_iter().chain([" - ", " via ", " with "].iter().filter_map(|w| rest.find(w))).min().unwrap_or(rest.len());
    Some(rest[..end].trim_end())
}

/// A question inside an open quotation ("Email opened: \"What did overtime cost you last
/// quarter?"): a subject line or a title quoted on the page, not the page asking.
fn quoted_question(s: &str) -> bool {
    let straight = s.matches('"').count();
    straight % 2 == 1 || s.matches('“').count() > s.matches('”').count()
}

/// "So no need for that comparison", "does not want a 3-year contract": a need denied asks
/// nothing. Nor does the seller's ("attached in case you need it", "if you'll need our W-9").
fn need_not_asked(cue: &[&str], before: &[&str]) -> bool {
    const NEEDS: &[&str] = &["need", "needs", "needed", "require", "requires", "required", "want", "wants", "wanted"];
    const NOT: &[&str] = &["no", "not", "don't", "doesn't", "didn't", "won't", "never", "dont", "doesnt"];
    const YOURS: &[&str] = &["you", "you'll", "you'd"];
    const MAY: &[&str] = &["may", "might", "will", "would", "should", "still", "also", "ever"];
    let yours = match before {
        [.., you, may] => YOURS.contains(you) && MAY.contains(may) || YOURS.contains(may),
        [.., you] => YOURS.contains(you),
        [] => false,
    };
    // "The tip pool answer was exactly what our GMs needed": a need met, praised.
    let met = ["needed", "wanted"].contains(&cue[0]) && before.iter().rev().take(3).any(|w| *w == "what");
    NEEDS.contains(&cue[0]) && (before.last().is_some_and(|w| NOT.contains(w)) || yours || met)
}

/// "We'd like to be live by March", "we'd like to move you into the final round": a wish to do
/// something oneself is a plan, not a request ("we'd like to try it", "to see pricing" are).
/// So is what someone else must approve ("anything over $15,000 needs their approval", "the
/// works council has to approve any system"): the seller cannot send an approval.
fn plans(cue: &[&str], after: &[&str]) -> bool {
    const WISHES: &[&[&str]] = &[&["we'd", "like"], &["we", "would", "like"], &["i'd", "like"], &["wants"], &["want"], &["wanted"]];
    const PLAN_VERBS: &[&str] =
        &["be", "move", "start", "begin", "go", "sign", "finalize", "decide", "launch", "close", "wrap", "roll", "include", "expand", "add"];
    const NEEDS: &[&[&str]] = &[&["need"], &["needs"], &["needed"], &["require"], &["requires"], &["required"], &["must"], &["has", "to"], &["have", "to"]];
    const OWNERS: &[&str] = &["to", "their", "his", "her", "its", "our", "the", "a", "an", "board", "legal", "formal", "final", "written"];
    const APPROVALS: &[&str] = &["approve", "approval", "approvals", "sign-off", "signoff", "authorize", "authorization"];
    if WISHES.contains(&cue) && after.first() == Some(&"to") && after.get(1).is_some_and(|v| PLAN_VERBS.contains(v)) {
        return true;
    }
    NEEDS.contains(&cue) && after.iter().take(3).find(|w| !OWNERS.contains(w)).is_some_and(|w| APPROVALS.contains(w))
}

/// A French or Italian word after its elided article or pronoun ("d'envoyer" is "envoyer",
/// "l'offerta" "offerta"); English contractions ("we'd", "what's") stay as they are.
fn elided(word: &str) -> &str {
    match word.split_once(['\'', '’']) {
        Some((head, rest)) if rest.chars().count() > 2 && ["d", "l", "j", "qu", "n", "s", "c", "m", "t", "un", "dell", "all", "nell"].contains(&head) => rest,
        _ => word,
    }
}

/// The parts of one request joined by "and" (or its translations): "a BAA and your
/// StateRAMP status" asks two things, and each should be answered.
pub fn clauses(sentence: &str) -> Vec<&str> {
    const JOINS: &[&str] = &[
        " and ",
        " as well as ",
        " along with ",
        " together with ",
        " plus ",
        " und ",
        " sowie ",
        " ebenso wie ",
        " et ",
        " ainsi que ",
        " ainsi qu'",
        " de même que ",
        " y ",
        " así como ",
        " además de ",
        " e ",
        " assim como ",
        " bem como ",
        " nonché ",
        " oltre a ",
        " en ",
        " evenals ",
        " alsmede ",
        " oraz ",
        " a także ",
        ", then ",
        // Alternatives after a comma are two things either of which would do ("nonprofit
        // pricing, or any program for organizations like ours"); a bare "or" mostly joins
        // two words of one thing ("hosted in the US or the EU").
        ", or ",
        ", oder ",
        ", ou ",
        ", o ",
        ", oppure ",
        " + ",
        " & ",
        "; ",
        // "A case study is fine, a call with one of their engineers would be even better":
        // the second is another thing asked, preferred.
        " is fine, ",
        " would be fine, ",
        " is ok, ",
        " is okay, ",
        ", or even better ",
        ", or better ",
        ", even better, ",
    ];
    let Some(mut cuts) = marks(sentence, JOINS) else { return vec![sentence] };
    // "Does NOT want a 3-year contract, asked for month-to-month": what is refused ends at the comma.
    if let Some(end) = denial_at(sentence).and_then(|at| sentence[at..].find(", ").map(|k| at + k)) {
        cuts.push((end, end + 2));
    }
    // The reason stays whole, in the clause it follows, unless a request follows it ("…because
    // we are a covered entity, and we also need StateRAMP").
    if let Some(reason) = reason_at(sentence).filter(|&r| !is_request(&sentence[r..])) {
        cuts.retain(|&(a, _)| a < reason);
    }
    // "1) the SOC 2 report 2) a reference 3) pricing", "(a) … (b) …".
    let numbered = enumeration(sentence);
    if numbered.len() >= 2 {
        cuts.extend(numbered);
    }
    crate::sort::sort(&mut cuts);
    let mut spans: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for (a, b) in cuts {
        if a >= start {
            spans.push((start, a));
            start = b;
        } else if b > start {
            // Overlapping marks (", and "): one cut.
            start = b;
        }
    }
    spans.push((start, sentence.len()));
    spans.retain(|&(a, b)| !sentence[a..b].trim().is_empty());
    // "Can teachers and office staff submit requests?": the "and" joins who does it, and the
    // question is one. A part that is only a question's opening and its subject joins the next.
    let mut k = 0;
    while k + 1 < spans.len() {
        if opens_with_subject_only(&sentence[spans[k].0..spans[k].1]) {
            spans[k].1 = spans[k + 1].1;
            spans.remove(k + 1);
        } else {
            k += 1;
        }
    }
    spans.into_iter().map(|(a, b)| sentence[a..b].trim()).collect()
}

/// Which parts of a request sentence state something rather than ask it: in "Our fiscal year
/// starts February 1 and our CFO wants AP live from day one", "and" joins two sentences, each with
/// its own subject, and only the one with the request asks. A part before a request that opens
/// with a subject of its own ("our", "we", "I") and asks nothing itself is such a statement; a part
/// without a subject ("Pricing for 400 seats and we need it by Friday") is what is asked.
pub fn statements(parts: &[&str]) -> Vec<bool> {
    const SUBJECTS: &[&str] = &[
        "we", "i", "our", "my", "they", "their", "wir", "ich", "unser", "unsere", "nous", "je", "notre", "nos", "nosotros", "nuestro", "nuestra", "noi",
        "nostro", "nostra", "nós", "nosso", "nossa", "wij", "onze", "ons", "nasz", "nasza", "nasze",
    ];
    // Spanish, Italian, Portuguese and Polish leave the subject out: a clause that opens on its
    // negated verb ("y no puede aprobarlo sin un BAA") has the subject of the one before.
    const NEGATIONS: &[&str] = &["no", "non", "não", "nie"];
    let first_word = |part: &str| part.split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).map(str::to_lowercase);
    let subject_first = |part: &str| first_word(part).is_some_and(|w| SUBJECTS.contains(&w.as_str()));
    let own_clause = |part: &str| first_word(part).is_some_and(|w| SUBJECTS.contains(&w.as_str()) || NEGATIONS.contains(&w.as_str()));
    let asks: Vec<bool> = parts.iter().map(|p| is_request(p)).collect();
    (0..parts.len())
        .map(|n| !asks[n] && (subject_first(parts[n]) && (n + 1..parts.len()).any(|m| asks[m] && own_clause(parts[m])) || denial_at(parts[n]).is_some()))
        .collect()
}

/// Where a clause that opens by refusing something ("Does NOT want a 3-year contract", "We don't
/// need a demo", "no need for the comparison") says so: the byte offset of its verb of needing.
/// What it refuses is not asked for.
fn denial_at(clause: &str) -> Option<usize> {
    const NOT: &[&str] = &["not", "don't", "doesn't", "dont", "doesnt", "no"];
    const NEEDS: &[&str] = &["need", "needs", "want", "wants", "require", "requires", "interested"];
    let words: Vec<&str> = clause.split_whitespace().take(6).collect();
    let plain = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’').to_lowercase().replace('’', "'");
    let k = words.windows(2).position(|w| NOT.contains(&plain(w[0]).as_str()) && NEEDS.contains(&plain(w[1]).as_str()))?;
    crate::text::offset_in(clause, words[k + 1])
}

/// "Can teachers", "Do your technicians", "Can your help center": a question's auxiliary and at
/// most three words more, no verb of its own yet. Who does something is written in lower case; a subject
/// in capitals is a thing asked about ("Are SSO and SCIM included?" asks two things).
fn opens_with_subject_only(part: &str) -> bool {
    const OPENERS: &[&str] = &[
        "can", "could", "do", "does", "did", "will", "would", "should", "may", "might", "are", "is", "können", "kann", "könnten", "pouvez", "peuvent",
        "pueden", "puede", "podrían",
    ];
    let words: Vec<&str> = part.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty()).collect();
    (2..=4).contains(&words.len())
        && OPENERS.iter().any(|o| words[0].eq_ignore_ascii_case(o))
        && words[1..].iter().all(|w| !w.chars().any(char::is_uppercase))
        && !part.trim_end().ends_with(['?', '？'])
}

/// The markers of an inline enumeration ("1) ", "(b) ", " 2. "), as byte spans.
fn enumeration(sentence: &str) -> Vec<(usize, usize)> {
    let b = sentence.as_bytes();
    let mut out = Vec::new();
    for i in 0..b.len() {
        if i > 0 && b[i - 1] != b' ' {
            continue;
        }
        let open = usize::from(b[i] == b'(');
        let k = i + open;
        let digits = b[k..].iter().take_while(|c| c.is_ascii_digit()).count();
        let letter = digits == 0 && b.get(k).is_some_and(|c| (b'a'..=b'h').contains(c));
        let len = if letter { 1 } else { digits };
        if len == 0 || len > 2 {
            continue;
        }
        let close = b.get(k + len).copied();
        let ok = close == Some(b')') || (close == Some(b'.') && digits > 0 && open == 0);
        if ok && b.get(k + len + 1) == Some(&b' ') {
            out.push((i, k + len + 2));
        }
    }
    out
}

/// Where a request's purpose, reason or time starts ("so our privacy office can review it",
/// "because", "damit", "afin de", "para que", "before we sign"), if it does, and whether it is a
/// reason (`reason_at`), which always follows what is asked.
pub fn purpose_at(clause: &str) -> Option<(usize, bool)> {
    const MARKS: &[&str] = &[
        " so that ",
        " so we ",
        " so our ",
        " so i ",
        " so they ",
        " so the ",
        " in order to ",
        " damit ",
        " pour que ",
        " afin de ",
        " afin d'",
        " afin que ",
        " para que ",
        // When it is wanted is not what is wanted either ("before paying" may be).
        " before we ",
        " before i ",
        " before they ",
        " once we ",
        " after we ",
        " until we ",
        " bevor wir ",
        " avant que nous ",
        " antes de que ",
    ];
    let purpose = marks(clause, MARKS)?.into_iter().map(|(at, _)| at).min();
    match (purpose, reason_at(clause)) {
        (Some(a), Some(b)) => Some(if b <= a { (b, true) } else { (a, false) }),
        (a, b) => a.map(|a| (a, false)).or(b.map(|b| (b, true))),
    }
}

/// Where a reason given after what is asked starts ("…and list of subprocessors, since the
/// German and Polish plants are in scope"): unlike a purpose ("we are a covered entity, so we
/// need a BAA"), it always follows the thing asked for, and it is no part of it, nor are the
/// things it joins with "and".
pub fn reason_at(clause: &str) -> Option<usize> {
    // "since" and "car" only after a comma: "since the 2024 rule" is a time, "car" an English word.
    const CAUSES: &[&str] = &[" because ", ", since ", " weil ", " parce que ", ", car ", " porque ", " ya que "];
    marks(clause, CAUSES)?.into_iter().map(|(at, _)| at).min()
}

/// Where what is waited for starts in a condition someone sets ("…will not approve the contract
/// until they have your SOC 2 report", "…won't sign without a BAA"): what comes before says who
/// waits and for what step, not what is asked.
/// "Without" in the other languages prospects write in ("no puede aprobarlo sin un BAA").
const WITHOUT: &[&str] = &[" sin ", " sans ", " ohne ", " senza ", " sem ", " zonder ", " bez "];

pub fn after_condition(clause: &str) -> Option<usize> {
    // Most clauses hold none of the marks: no lowercased copy for them.
    // The other languages' words with their spaces: "sin" alone is in "business" and "using".
    if !["until", "unless", "without"].iter().any(|w| clause.contains(w)) && !WITHOUT.iter().any(|w| clause.contains(w)) {
        return None;
    }
    // "until they have", "until he has reviewed", "unless we get": who, then what they wait on.
    // Built once for the worker's life (the strings live as long as it does).
    static MARKS: OnceLock<Vec<&'static str>> = OnceLock::new();
    let list = MARKS.get_or_init(|| {
        const WHO: &[&str] = &["they", "we", "he", "she", "i"];
        const WAIT: &[&str] = &["have", "has", "get", "gets", "receive", "receives", "see", "sees", "have reviewed", "has reviewed", "have seen", "has seen"];
        let mut out: Vec<&'static str> = vec![" without your ", " without a ", " without an ", " without the "];
        out.extend(WITHOUT);
        for word in ["until", "unless"] {
            for who in WHO {
                out.extend(WAIT.iter().map(|w| &*Box::leak(format!(" {word} {who} {w} ").into_boxed_str())));
            }
        }
        out
    });
    // "without" sets a condition only after a refusal ("won't sign without a BAA"); in "send the
    // report without the pricing section" what follows is not wanted.
    const REFUSALS: &[&str] = &["not ", "n't ", "never ", " no ", " non ", " ne ", " pas ", " nicht ", " kein", " não ", " niet ", " geen ", " nie "];
    // `marks` has lowercased the clause; the rare "without" reads only what stands before it.
    let refused = |at: usize| {
        let before = clause.get(..=at).unwrap_or_default().to_ascii_lowercase();
        REFUSALS.iter().any(|r| before.contains(r))
    };
    let without = |at: usize| {
        let rest = clause.get(at..).unwrap_or_default().as_bytes();
        [" without"].iter().chain(WITHOUT).any(|w| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w.as_bytes()))
    };
    // The first mark, at its longest ("until he has reviewed", not "until he has").
    let found = marks(clause, list)?.into_iter().filter(|&(at, _)| !without(at) || refused(at)).min_by_key(|&(at, end)| (at, usize::MAX - end))?;
    Some(found.1).filter(|&k| k < clause.len())
}

/// Where a request starts after a lead-in that says what it follows ("Following our call this
/// morning, could you…", "Suite à notre échange, …", "Wie besprochen: …"): the lead-in names the
/// occasion, not what is asked. None when the clause opens otherwise or the comma (colon) is far.
pub fn after_occasion(clause: &str) -> Option<usize> {
    const OPENERS: &[&str] = &[
        "following ",
        "further to ",
        "as discussed",
        "as promised",
        "as mentioned",
        "per our ",
        "after our ",
        "after the ",
        "suite à ",
        "suite a ",
        "comme convenu",
        "comme discuté",
        "après notre ",
        "tras ",
        "después de ",
        "como hablamos",
        "como acordamos",
        "como comentamos",
        "wie besprochen",
        "wie vereinbart",
        "im anschluss an",
        "nach unserem ",
        "nach dem ",
        "bezugnehmend auf",
    ];
    /// A lead-in longer than this is a sentence of its own, not an opener.
    const MAX_WORDS: usize = 12;
    let start = clause.len() - clause.trim_start().len();
    let head: String = clause[start..].chars().take(24).flat_map(char::to_lowercase).collect();
    if !OPENERS.iter().any(|o| head.starts_with(o)) {
        return None;
    }
    let end = clause.find([',', ':'])?;
    (clause[..end].split_whitespace().count() <= MAX_WORDS).then_some(end + 1)
}

/// The byte spans where any of `marks` (lowercase) stands in `text`, case aside; None when
/// lowercasing changes the text's length, as offsets would then not agree.
fn marks(text: &str, marks: &[&str]) -> Option<Vec<(usize, usize)>> {
    let lower = text.to_lowercase();
    if lower.len() != text.len() {
        return None;
    }
    // One pass: every mark begins with a space, a comma or a semicolon.
    debug_assert!(marks.iter().all(|m| m.starts_with([' ', ',', ';'])));
    let b = lower.as_bytes();
    let mut out = Vec::new();
    for i in (0..b.len()).filter(|&i| matches!(b[i], b' ' | b',' | b';')) {
        for m in marks {
            if b[i..].starts_with(m.as_bytes()) {
                out.push((i, i + m.len()));
            }
        }
    }
    Some(out)
}

/// "Do you sign BAAs?" as the subject over "see subject" (or over no text): the subject is the
/// request when the message itself asks nothing (a reply's "Re:" subject is the thread's).
fn subject_asks(out: &mut [Passage]) {
    if let Some(subject) = out.first_mut().filter(|p| p.weight == SUBJECT_W && is_request(p.text) && !is_reply_subject(p.text)) {
        subject.is_ask = true;
        subject.weight = ASK_W;
    }
}

/// A subject that a reply or a forward carried over: "Re:", "Fwd:", "AW:", "WG:", "TR:", "RV:".
fn is_reply_subject(subject: &str) -> bool {
    let head = subject.trim_start().split(':').next().unwrap_or_default().trim().to_lowercase();
    subject.contains(':') && ["re", "fw", "fwd", "aw", "wg", "tr", "rv", "sv", "vs", "r", "i"].contains(&head.as_str())
}

/// What follows a CRM record's next-step label (or another field of what the prospect still
/// needs: requirements, open questions, blockers) on its line ("Next Step: security review"),
/// empty when the label stands alone; None on any other line.
fn next_step(line: &str) -> Option<&str> {
    const LABELS: &[&str] = &[
        "next step",
        "next steps",
        "nächster schritt",
        "nächste schritte",
        "prochaine étape",
        "prochaines étapes",
        "próximo paso",
        "próximos pasos",
        "siguiente paso",
        "siguientes pasos",
        "prossimo passo",
        "prossimi passi",
        "próximo passo",
        "próximos passos",
        "volgende stap",
        "volgende stappen",
        "następny krok",
        "następne kroki",
        "kolejny krok",
        "kolejne kroki",
        // Fields that hold what the prospect still needs.
        "requirements",
        "open questions",
        "open items",
        "outstanding items",
        "action items",
        "blockers",
        "anforderungen",
        "offene fragen",
        "offene punkte",
        "exigences",
        "questions ouvertes",
        "points ouverts",
        "requisitos",
        "preguntas abiertas",
        "puntos abiertos",
        // An open task on the record: what the rep has to send or build next.
        "task",
        "open task",
        "to do",
        "aufgabe",
        "tâche",
        "tarea",
    ];
    let l = line.trim();
    let (label, rest) = l.split_once(':').unwrap_or((l, ""));
    LABELS.contains(&label.trim().to_lowercase().as_str()).then(|| rest.trim())
}

/// A record's notes field without its label ("Notes: Procurement pushing for a better price"):
/// the label names the field, not what the prospect asks; any other line as it is.
fn note_value(line: &str) -> &str {
    const LABELS: &[&str] = &[
        "notes",
        "note",
        "description",
        "comments",
        "comment",
        "summary",
        "details",
        "notizen",
        "notiz",
        "beschreibung",
        "kommentar",
        "kommentare",
        "remarques",
        "commentaires",
        "notas",
        "descripción",
        "descripcion",
        "comentarios",
    ];
    match line.split_once(':') {
        Some((label, rest)) if LABELS.contains(&label.trim().to_lowercase().as_str()) => rest,
        _ => line,
    }
}

/// A record's field with a short value ("Status: Needs Review", "Approval: Pending"): a state
/// the CRM shows, not a request, though its words may read as one.
fn is_record_field(line: &str) -> bool {
    let Some((label, value)) = line.split_once(':') else { return false };
    let label: Vec<&str> = label.split_whitespace().collect();
    let value = value.trim();
    (1..=3).contains(&label.len())
        && label.iter().all(|w| w.starts_with(char::is_uppercase))
        && !value.is_empty()
        && value.split_whitespace().count() <= 4
        && !value.contains('?')
}

/// Who speaks on a transcript's line ("Visitor: ok thanks", "Cobbleray Bot: Hi!"): a short
/// capitalised label before a colon, with words after it (a mail header's field is none).
fn speaker(line: &str) -> Option<&str> {
    let (label, said) = without_stamp(line).split_once(':')?;
    let words = label.split_whitespace().count();
    // A clock's colon ("Visitor 10:42 AM") is a chat export's header, no label.
    let clock = label.ends_with(|c: char| c.is_ascii_digit()) && said.starts_with(|c: char| c.is_ascii_digit());
    // (The header test, which lowercases the line, only for a line shaped like a turn.)
    ((1..=4).contains(&words)
        && !clock
        && label.len() <= 40
        && label.starts_with(char::is_uppercase)
        && !label.contains(['@', '/'])
        && !said.trim().is_empty()
        && !crate::thread::is_header(line))
    .then_some(label.trim())
}

/// A chat line without the time it leads with ("[10:41] Lumi (bot): Hi there!").
fn without_stamp(line: &str) -> &str {
    let line = line.trim();
    match line.strip_prefix('[').and_then(|rest| rest.split_once(']')) {
        Some((stamp, rest)) if !stamp.is_empty() && stamp.len() <= 12 && stamp.chars().all(|c| c.is_ascii_digit() || ":. apmAPM".contains(c)) => {
            rest.trim_start()
        }
        _ => line,
    }
}

/// Whose words a transcript's line holds.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Turn {
    /// The seller's side (a bot, an agent, the rep), or a turn's header or a notice: no part of
    /// the page.
    Seller,
    /// Another speaker's "Label: words": the label is a name, not what is said.
    Labelled,
    /// Another speaker's words, under a header line of their own.
    Said,
}

/// In a chat or call transcript (two or more speakers), who speaks on each line: the seller's
/// side, told by its label (a bot, an agent, the rep) or by joining the chat, whose words ("Can I
/// get your name and work email?") are no request of the prospect's; or another speaker. Two
/// shapes: "Label: words" with each label on several lines, and a chat export's header lines
/// ("Visitor 10:42 AM") over the words said. Empty when the page is no transcript: a record's
/// fields are labelled once each.
fn transcript_turns(lines: &[&str]) -> Vec<Option<Turn>> {
    const SELLER: &[&str] = &["bot", "chatbot", "assistant", "agent", "rep", "sales", "ae", "sdr", "bdr", "support", "concierge"];
    let seller = |label: &str| label.split(|c: char| !c.is_alphanumeric()).any(|w| SELLER.iter().any(|s| w.eq_ignore_ascii_case(s)));
    let labels: Vec<Option<&str>> = lines.iter().map(|l| speaker(l)).collect();
    let mut all: Vec<&str> = labels.iter().flatten().copied().collect();
    all.sort_unstable();
    // The labels on two lines or more.
    let mut speakers: Vec<&str> = all.windows(2).filter(|w| w[0] == w[1]).map(|w| w[0]).collect();
    speakers.dedup();
    if speakers.len() >= 2 {
        return labels.iter().map(|l| l.filter(|l| speakers.contains(l)).map(|l| if seller(l) { Turn::Seller } else { Turn::Labelled })).collect();
    }
    let heads: Vec<Option<&str>> = lines.iter().map(|l| turn_header(l)).collect();
    let mut names: Vec<&str> = heads.iter().flatten().copied().collect();
    names.sort_unstable();
    names.dedup();
    if names.len() < 2 {
        return Vec::new();
    }
    // Who joined the chat answers for the seller ("Owen Marchetti joined the chat").
    let notices: Vec<Option<&str>> = lines.iter().map(|l| joins_chat(l)).collect();
    let mut current = None;
    let mut out = Vec::with_capacity(lines.len());
    for (head, notice) in heads.into_iter().zip(&notices) {
        out.push(match head {
            Some(name) => {
                current = Some(if seller(name) || notices.contains(&Some(name)) { Turn::Seller } else { Turn::Said });
                Some(Turn::Seller)
            }
            None if notice.is_some() => Some(Turn::Seller),
            None => current,
        });
    }
    out
}

/// A chat export's turn header: a name (perhaps with a role in brackets) and a time, alone on
/// its line ("Visitor 10:42 AM", "Girderline Assistant (bot) 10:42").
fn turn_header(line: &str) -> Option<&str> {
    let l = line.trim();
    // Every line of a page passes here: most end in neither a digit nor "AM" / "PM".
    if !l.ends_with(|c: char| c.is_ascii_digit() || matches!(c, 'M' | 'm')) {
        return None;
    }
    let l = ["AM", "PM", "am", "pm"].iter().find_map(|m| l.strip_suffix(m)).map_or(l, str::trim_end);
    let (label, time) = l.rsplit_once(' ')?;
    let (h, m) = time.split_once(':')?;
    let clock = (1..=2).contains(&h.len()) && m.len() == 2 && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit());
    let label = label.trim();
    let words = label.split_whitespace().count();
    // A name: each word capitalised, or a role in brackets ("We meet at 10:30" is a sentence).
    let named = label.split_whitespace().all(|w| w.starts_with(char::is_uppercase) || w.starts_with('('));
    (clock && (1..=5).contains(&words) && label.len() <= 40 && named && !label.contains([':', '?', '.', '@'])).then_some(label)
}

/// Who a chat's notice says joined it ("Owen Marchetti joined the chat").
fn joins_chat(line: &str) -> Option<&str> {
    let l = line.trim();
    ["joined the chat", "joined the conversation", "has joined"]
        .iter()
        .find_map(|j| l.strip_suffix(j))
        .map(str::trim)
        .filter(|name| (1..=4).contains(&name.split_whitespace().count()) && name.starts_with(char::is_uppercase))
        .map(|name| name.strip_suffix(" has").unwrap_or(name))
}

/// A line of a bulleted or numbered list: "- SOC 2 report", "• pricing", "2) references", "b. a BAA".
fn is_list_item(line: &str) -> bool {
    let l = line.trim_start();
    if l.starts_with(['-', '*', '•', '·', '–', '—', '▪', '◦']) {
        return true;
    }
    // "1.", "2)", "a)", and in brackets "(a)", "(2)".
    let bracketed = l.starts_with('(');
    let l = if bracketed { &l[1..] } else { l };
    let marker: String = l.chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let after = l[marker.len()..].chars().next();
    !marker.is_empty()
        && (marker.len() <= 2 && marker.chars().all(|c| c.is_ascii_digit()) || marker.len() == 1)
        && (if bracketed { after == Some(')') } else { matches!(after, Some('.' | ')')) })
        && l[marker.len() + 1..].starts_with(' ')
}

/// Whether `passage` opens the list item `line` as its heading: a few words ending the first
/// sentence ("1. Weekly pay. We put about…", "- Hours."), which name what the item is about.
pub fn heads_list_item(line: &str, passage: &str) -> bool {
    let words = passage.split_whitespace().count();
    // The item's text after its marker ("1.", "a)", "-").
    let body = line.trim_start().split_once(' ').map_or("", |(_, b)| b);
    is_list_item(line) && (1..=3).contains(&words) && passage.ends_with(['.', ':']) && sentences(body).next() == Some(passage)
}

/// Sentences of a block of text, split at sentence ends and line breaks.
fn sentences(text: &str) -> impl Iterator<Item = &str> {
    let mut out = Vec::new();
    for line in text.lines() {
        let mut start = 0;
        let bytes: Vec<(usize, char)> = line.char_indices().collect();
        for (k, &(i, c)) in bytes.iter().enumerate() {
            let end_of_sentence = matches!(c, '?' | '!' | '？') || (c == '.' && bytes.get(k + 1).is_none_or(|&(_, n)| n.is_whitespace()));
            if end_of_sentence {
                let end = i + c.len_utf8();
                out.push(&line[start..end]);
                start = end;
            }
        }
        out.push(&line[start..]);
    }
    out.into_iter().map(str::trim).filter(|s| !s.is_empty())
}

/// One message's lines `start..end` as passages, each with the line it is on, and whether any
/// sentence of it is a request. A request that introduces a list asks for each item of it, and a
/// record's next step is a request.
fn read_message<'a>(lines: &[&'a str], start: usize, end: usize) -> (Vec<(usize, Passage<'a>)>, bool) {
    let mut out: Vec<(usize, Passage<'a>)> = Vec::new();
    let mut requested = false;
    // A request that introduces a list asks for each item of it: bullets or numbers after a
    // request line, and every line up to a blank one after a request that ends in a colon.
    let mut list: Option<bool> = None; // Some(plain lines count too)
    let mut in_list = false;
    // The list was introduced by a line that asks nothing itself ("Three questions:").
    let mut announced = false;
    // Items still to come of a list announced with its count ("Two things." and two paragraphs,
    // or two numbered lines); whether the item being read is a bullet or numbered line.
    let mut items_left = 0usize;
    let mut bulleted = false;
    // A list a blank line interrupted: it goes on if the next line is another bullet or number.
    let mut gap: Option<bool> = None;
    let mut step_value_next = false;
    for (at, line) in lines.iter().enumerate().take(end).skip(start) {
        if is_boilerplate(line) {
            continue;
        }
        if line.trim().is_empty() {
            // A blank line may stand between the introduction and its list, and between the
            // list's numbered or counted items, not after them.
            if in_list {
                if !bulleted {
                    items_left = items_left.saturating_sub(1);
                }
                if items_left == 0 {
                    gap = list.take();
                }
            }
            bulleted = false;
            step_value_next = false;
            continue;
        }
        if let Some(meeting) = booked_meeting(line) {
            out.push((at, Passage { text: meeting, weight: LATEST_W, is_ask: true }));
            continue;
        }
        let listed = is_list_item(line);
        if let Some(plain) = gap.take() {
            if listed {
                list = Some(plain);
            }
        }
        // A record's "Next Step" (or "Requirements", "Open questions") says what the deal needs
        // next, as a request does; the label on a line of its own has its value on the next line.
        let step = next_step(line).or(step_value_next.then_some(line));
        step_value_next = step.is_some_and(str::is_empty);
        if step_value_next {
            continue;
        }
        let item = step.is_some() || list.is_some_and(|plain| plain || listed);
        if item && listed {
            items_left = items_left.saturating_sub(1);
            bulleted = true;
        }
        let mut asked = false;
        let said = step.unwrap_or_else(|| note_value(line));
        // Under a line that only announces questions, an item that puts its own question asks
        // that, and the rest of it says why ("Czy macie terminale na karty RFID? Część
        // pracowników nie ma smartfonów").
        // So does an item under its own heading ("1. Isolation. We have… How do you guarantee…?").
        let heading = (item && listed).then(|| sentences(said).find(|&s| heads_list_item(line, s))).flatten();
        let whole_item = item && !((announced || heading.is_some()) && step.is_none() && sentences(said).any(|s| s.ends_with('?')));
        let field = step.is_none() && is_record_field(said);
        for s in sentences(said) {
            let request = is_request(s) && !field;
            requested |= request;
            // "Please send a Teams link", "Should we plan on an hour?": the meeting, not content.
            let is_ask = (whole_item || request || heading == Some(s)) && !about_the_meeting(s);
            asked |= is_ask;
            out.push((at, Passage { text: s, weight: LATEST_W, is_ask }));
        }
        in_list = item;
        if !item {
            let tail = line.trim_end();
            // "Two things." says its items follow, as a colon does. (Only such a line is lowercased.)
            let lists = tail.ends_with([':', '.']) && announces_list(tail);
            let count = if lists { announced_count(tail) } else { 0 };
            announced = lists && (!asked && tail.ends_with(':') || count > 1 && tail.ends_with('.'));
            items_left = if announced { count } else { 0 };
            list = if announced {
                Some(true)
            } else if !asked {
                None
            } else if tail.ends_with(':') {
                Some(true)
            } else if !tail.ends_with(['.', '?', '!']) {
                Some(false)
            } else {
                None
            };
        }
    }
    (out, requested)
}

/// A line that announces a list of questions or needs ("Our IT team has two questions:",
/// "Temos duas necessidades urgentes:"): each item below it is a request, the line itself not.
pub(crate) fn announces_list(line: &str) -> bool {
    const NOUNS: &[&str] = &[
        "questions",
        "things",
        "dinge",
        "choses",
        "cosas",
        "coisas",
        "cose",
        "dingen",
        "rzeczy",
        "needs",
        "requirements",
        "concerns",
        "points",
        "requests",
        "topics",
        "fragen",
        "anliegen",
        "punkte",
        "anforderungen",
        "themen",
        "besoins",
        "demandes",
        "exigences",
        "sujets",
        "preguntas",
        "necesidades",
        "dudas",
        "puntos",
        "requisitos",
        "temas",
        "perguntas",
        "necessidades",
        "dúvidas",
        "pontos",
        "pedidos",
        "domande",
        "esigenze",
        "punti",
        "richieste",
        "dubbi",
        "requisiti",
        "vragen",
        "behoeften",
        "punten",
        "wensen",
        "eisen",
        "pytania",
        "potrzeby",
        "kwestie",
        "wymagania",
    ];
    // "We're evaluating a system to:", "Estamos avaliando um sistema para:": what the system
    // must do follows.
    const SEEKING: &[&str] = &[
        "evaluating",
        "looking for",
        "avaliando",
        "procurando",
        "buscando",
        "evaluando",
        "évaluons",
        "cherchons",
        "suchen",
        "evaluieren",
        "cerchiamo",
        "valutando",
        "zoeken",
        "evalueren",
        "szukamy",
    ];
    const SYSTEMS: &[&str] = &[
        "system",
        "platform",
        "solution",
        "tool",
        "software",
        "sistema",
        "plataforma",
        "solução",
        "solución",
        "herramienta",
        "ferramenta",
        "outil",
        "lösung",
        "systeem",
        "oplossing",
        "piattaforma",
        "soluzione",
        "strumento",
        "systemu",
        "narzędzia",
    ];
    // "Here's the short list:", "Unsere Liste:": what a prospect lists for a vendor is wanted.
    const LIST: &[&str] = &["list", "shortlist", "wishlist", "liste", "lista", "lijst"];
    let lower = line.to_lowercase();
    NOUNS.iter().any(|w| crate::text::has_word(&lower, w))
        || line.ends_with(':') && LIST.iter().any(|w| crate::text::has_word(&lower, w))
        || line.ends_with(':') && SEEKING.iter().any(|w| crate::text::has_word(&lower, w)) && SYSTEMS.iter().any(|w| crate::text::has_word(&lower, w))
}

/// How many items a line announces ("two things", "drei Fragen"); 0 when it does not say.
fn announced_count(line: &str) -> usize {
    const COUNTS: &[(usize, &[&str])] = &[
        (2, &["two", "2", "zwei", "deux", "dos", "duas", "dois", "due", "twee", "dwa", "dwie"]),
        (3, &["three", "3", "drei", "trois", "tres", "três", "tre", "drie", "trzy"]),
        (4, &["four", "4", "vier", "quatre", "cuatro", "quatro", "quattro", "cztery"]),
    ];
    let lower = line.to_lowercase();
    COUNTS.iter().find(|(_, words)| words.iter().any(|w| crate::text::has_word(&lower, w))).map_or(0, |&(n, _)| n)
}

/// A request about what follows it in the thread ("see below", "answer these").
fn points_below(sentence: &str) -> bool {
    const LIST: &[&str] = &["these", "the following", "folgenden", "suivantes", "siguientes"];
    // Every sentence of a forward's note is looked at: only one holding a stem is lowercased.
    const STEMS: &[&str] = &["elow", "ELOW", "nten", "essous", "bajo", "hese", "HESE", "ollowing", "olgenden", "uivantes", "iguientes"];
    if !STEMS.iter().any(|s| sentence.contains(s)) {
        return false;
    }
    let lower = sentence.to_lowercase();
    BELOW.iter().chain(LIST).any(|w| crate::text::has_word(&lower, w))
}

/// "Below" in the languages reps sell in.
const BELOW: &[&str] = &["below", "unten", "ci-dessous", "abajo", "debajo"];

/// A short sentence about what stands below it in the thread ("See Priya's questions below",
/// "Following up on the below", "Any update on my question below?").
fn refers_below(sentence: &str) -> bool {
    // A bump ("Any update on this?", "Following up on this") points at the message it bumps.
    const BUMPS: &[&str] =
        &["any update", "any news", "following up", "just following up", "bumping this", "circling back", "checking in on this", "just checking in"];
    if sentence.len() < 80
        && BUMPS.iter().any(|b| sentence.get(..b.len()).is_some_and(|h| h.eq_ignore_ascii_case(b)))
        && sentence.split_whitespace().count() <= 8
    {
        return true;
    }
    if wants_the_answers(sentence) {
        return true;
    }
    // Every sentence of the latest message is looked at: only one holding a stem is lowercased.
    if !["elow", "nten", "essous", "bajo", "ebajo"].iter().any(|s| sentence.contains(s)) || sentence.split_whitespace().count() > 14 {
        return false;
    }
    let lower = sentence.to_lowercase();
    BELOW.iter().any(|w| crate::text::has_word(&lower, w))
}

/// "Please have the answers ready", "send me your answers by Friday": the answers to questions
/// asked earlier in the thread, not a topic of their own ("answers to the RFP" names one).
fn wants_the_answers(sentence: &str) -> bool {
    const ANSWERS: &[&str] = &[
        "the answers",
        "your answers",
        "those answers",
        "die antworten",
        "ihre antworten",
        "les réponses",
        "vos réponses",
        "las respuestas",
        "sus respuestas",
        "le risposte",
        "de antwoorden",
    ];
    const ABOUT: &[&str] = &["to", "for", "on", "about", "regarding", "zu", "auf", "à", "aux", "sur", "a", "de", "para", "sobre", "alle", "op"];
    if !["nswers", "ntworten", "éponses", "espuestas", "isposte"].iter().any(|s| sentence.contains(s)) || sentence.split_whitespace().count() > 16 {
        return false;
    }
    let lower = sentence.to_lowercase();
    ANSWERS.iter().any(|a| {
        lower.match_indices(a).any(|(k, _)| {
            let before = lower[..k].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
            let next = lower[k + a.len()..].split(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty());
            before && !next.is_some_and(|w| ABOUT.contains(&w))
        })
    })
}

/// Runs of unquoted lines (`from..to`) after line `start` that stand between quoted lines: a
/// reply written inline, into the message it answers.
fn inline_answers(lines: &[&str], start: usize) -> Vec<(usize, usize)> {
    let quoted = |i: usize| lines[i].trim_start().starts_with('>');
    let Some(first) = (start..lines.len()).find(|&i| quoted(i)) else { return Vec::new() };
    let mut out = Vec::new();
    let mut i = first;
    while i < lines.len() {
        if quoted(i) || lines[i].trim().is_empty() {
            i += 1;
            continue;
        }
        let from = i;
        while i < lines.len() && !quoted(i) {
            i += 1;
        }
        // Only a run with quoted lines after it: what follows the last quote is its signature.
        if i < lines.len() && !(from..i).any(|k| starts_history(lines[k], &lines[k + 1..])) {
            out.push((from, i));
        }
    }
    out
}

/// A line without its quote marks ("> > text" is "text").
fn unquoted(line: &str) -> &str {
    line.trim_start_matches(|c: char| c == '>' || c.is_whitespace()).trim_end()
}

/// The body (`from..to` of `bare`, the thread's lines unquoted) of the first message at or
/// after line `start` whose header names the prospect's mail `domain`.
fn prospects_message_below(bare: &[&str], start: usize, domain: &str) -> Option<(usize, usize)> {
    let at = format!("@{}", domain.trim().to_lowercase());
    if at.len() < 4 {
        return None;
    }
    let separator = |l: &str| l.len() >= 3 && l.chars().all(|c| c == '-' || c == '_' || c == '—');
    let opens = |i: usize| !bare[i].is_empty() && !separator(bare[i]) && starts_history(bare[i], &bare[i + 1..]);
    let mut i = start;
    while i < bare.len() {
        if !opens(i) {
            i += 1;
            continue;
        }
        // The header block: the opening line and the header fields after it.
        let body = (i + 1..bare.len()).find(|&k| !crate::thread::is_header(bare[k])).unwrap_or(bare.len());
        let end = (body..bare.len()).find(|&k| opens(k) || separator(bare[k])).unwrap_or(bare.len());
        // Written by the prospect: a reply to them names them too, as its recipient.
        if bare[i..body].iter().any(|l| !crate::thread::is_recipients(l) && l.to_lowercase().contains(&at)) {
            return Some((body, end));
        }
        i = end.max(i + 1);
    }
    None
}

/// A message signed with a mail address on a company's domain other than the prospect's
/// `domain`: the seller's own. (A prospect writing from a free mailbox is still the prospect.)
fn signed_elsewhere(message: &[&str], domain: &str) -> bool {
    const FREE_MAIL: &[&str] = &[
        "gmail.com",
        "googlemail.com",
        "outlook.com",
        "hotmail.com",
        "live.com",
        "yahoo.com",
        "icloud.com",
        "me.com",
        "aol.com",
        "proton.me",
        "protonmail.com",
        "gmx.de",
        "web.de",
    ];
    let domain = domain.trim().to_lowercase();
    let other = |host: &str| {
        let host = host.trim_end_matches('.').to_lowercase();
        host.contains('.') && host != domain && !host.ends_with(&format!(".{domain}")) && !FREE_MAIL.contains(&host.as_str())
    };
    let addresses = |l: &&str| {
        if !l.contains('@') {
            return false;
        }
        let words = l.split(|c: char| c.is_whitespace() || matches!(c, '<' | '>' | '|' | '(' | ')' | ',' | ';' | '[' | ']'));
        words.filter_map(|w| w.split_once('@')).any(|(user, host)| !user.is_empty() && other(host))
    };
    // The signature: the message's last few lines.
    message.iter().rev().filter(|l| !l.trim().is_empty()).take(4).any(addresses)
}

/// How many forwards deep a chain of notes is read.
const MAX_FORWARDS: usize = 3;

/// A note saying it forwards what is below ("forwarding Raj's note from our IT team").
fn says_forwarding(sentence: &str) -> bool {
    const FORWARDING: &[&str] = &["forwarding", "forwarded", "weiterleite", "weitergeleitet", "transfère", "transféré", "reenvío", "reenviando", "reenvio"];
    // Every passage of the latest message is asked: only one holding a stem is lowercased.
    const STEMS: &[&str] = &["orward", "eiterl", "eiterge", "ransf", "eenv"];
    if !STEMS.iter().any(|s| sentence.contains(s)) {
        return false;
    }
    let lower = sentence.to_lowercase();
    FORWARDING.iter().any(|w| crate::text::has_word(&lower, w))
}

/// The page's text as weighted passages: the subject, the latest message's requests and its
/// other sentences, and the history (quoted, forwarded, older messages) at a small weight.
pub fn passages<'a>(subject: Option<&'a str>, text: Option<&'a str>, prospect: Option<&str>) -> Vec<Passage<'a>> {
    let mut out = Vec::new();
    if let Some(s) = subject.map(str::trim).filter(|s| !s.is_empty()) {
        out.push(Passage { text: s, weight: SUBJECT_W, is_ask: false });
    }
    let Some(text) = text else {
        subject_asks(&mut out);
        return out;
    };
    let mut lines: Vec<&str> = text.lines().collect();
    // A transcript's bot or agent lines are the seller's words: read as no part of the page.
    // The other speakers' labels are names, not what they say.
    let turns = transcript_turns(&lines);
    for (line, turn) in lines.iter_mut().zip(turns) {
        match turn {
            Some(Turn::Seller) => *line = "",
            Some(Turn::Labelled) => *line = without_stamp(line).split_once(':').map_or(*line, |(_, said)| said.trim_start()),
            Some(Turn::Said) | None => {}
        }
    }
    // The latest message (the top one, unless its headers' dates say otherwise) runs until the
    // next message starts; its signature and boilerplate are dropped.
    let (start, latest_end) = crate::thread::latest(&lines, |i| starts_history(lines[i], &lines[i + 1..]));
    let mut signature_at = (start + 1..latest_end).find(|&i| is_sign_off(lines[i]));
    // A "Thanks." mid-message is not a sign-off when a request or a long text follows it.
    if let Some(at) = signature_at {
        let after: Vec<&&str> = lines[at + 1..latest_end].iter().filter(|l| !l.trim().is_empty()).collect();
        if after.len() > 6 || after.iter().any(|l| is_request(l)) {
            signature_at = None;
        }
    }
    let mut body_end = signature_at.unwrap_or(latest_end).min(latest_end);
    // Each passage with the line it is on: a trailing name line is cut below, once the
    // message's sentences have been read (once).
    let (latest, requested) = read_message(&lines, start, body_end);
    // A message with a request that ends on a bare name ("Priya", "Dana L.") is signed there.
    if requested {
        while body_end > start && (lines[body_end - 1].trim().is_empty() || is_name_line(lines[body_end - 1])) {
            body_end -= 1;
        }
    }
    let mut latest: Vec<Passage<'a>> = latest.into_iter().filter(|&(at, _)| at < body_end).map(|(_, p)| p).collect();
    // A forward whose note points at what is below ("Can you answer these?", "I'd like to tick
    // these boxes") or says it forwards it ("forwarding Raj's note"): the forwarded message's
    // requests are the page's too, read as a latest message is. So are those of a forward inside
    // it, when its own note points below (a chain of notes over the message they pass on).
    let passes_on = |ps: &[Passage]| ps.iter().any(|p| points_below(p.text) || says_forwarding(p.text));
    let mut forwarded = 0..0;
    let mut forward = if passes_on(&latest) { (body_end..lines.len()).find(|&i| crate::thread::opens_forward(lines[i])) } else { None };
    let mut depth = 0;
    while let Some(f) = forward.filter(|_| depth < MAX_FORWARDS) {
        // Its header block runs to the first blank line; its body to the next message.
        let from = (f + 1..lines.len()).find(|&i| lines[i].trim().is_empty()).map_or(lines.len(), |i| i + 1);
        let to = (from..lines.len()).find(|&i| starts_history(lines[i], &lines[i + 1..])).unwrap_or(lines.len());
        let message: Vec<Passage<'a>> = read_message(&lines, from, to).0.into_iter().map(|(_, p)| p).collect();
        // Only a forward that starts right where this message ends is passed on with it.
        forward = if passes_on(&message) { Some(to).filter(|&k| k < lines.len() && crate::thread::opens_forward(lines[k])) } else { None };
        latest.extend(message);
        forwarded = if forwarded.is_empty() { from..to } else { forwarded.start..to };
        depth += 1;
    }
    // Answers written between the quoted lines of the message they answer ("> 2. Do you need
    // SSO?" then "Yes, and SCIM too."): the latest message's, however far down.
    let inline = if forwarded.is_empty() { inline_answers(&lines, body_end) } else { Vec::new() };
    for &(from, to) in &inline {
        let (message, _) = read_message(&lines, from, to);
        latest.extend(message.into_iter().map(|(_, p)| p));
    }
    // "See Priya's questions below", "Following up on the below": the prospect's own message
    // further down (its header names their mail domain) asks what the page asks.
    // So does the prospect's message under a latest message that asks nothing (the rep's own
    // reply on top: "Great questions, I'll have it by Friday").
    // So does it under the rep's own message that asks the prospect something ("Did you get a
    // chance to look at the deck?"), signed with the seller's address.
    let sellers = forwarded.is_empty() && inline.is_empty() && prospect.is_some_and(|d| signed_elsewhere(&lines[start..latest_end], d));
    if forwarded.is_empty() && inline.is_empty() && (sellers || latest.iter().any(|p| refers_below(p.text)) || !latest.iter().any(|p| p.is_ask)) {
        let bare: Vec<&'a str> = lines.iter().map(|l| unquoted(l)).collect();
        if let Some((from, to)) = prospect.and_then(|d| prospects_message_below(&bare, body_end, d)) {
            if sellers {
                latest.clear();
            }
            // The pointer asks nothing of its own ("Please have the answers ready").
            for p in latest.iter_mut().filter(|p| p.is_ask && refers_below(p.text)) {
                p.is_ask = false;
            }
            let (message, _) = read_message(&bare, from, to);
            latest.extend(message.into_iter().map(|(_, p)| p));
            forwarded = from..to;
        }
    }
    if !latest.iter().any(|p| p.is_ask) {
        subject_asks(&mut out);
    }
    if latest.iter().any(|p| p.is_ask) {
        for p in &mut latest {
            if p.is_ask {
                p.weight = ASK_W;
            }
        }
    } else {
        for p in &mut latest {
            p.weight = PLAIN_W;
        }
    }
    out.extend(latest);
    // History: every other message (and the latest's signature), minus boilerplate.
    let answered = |at: usize| inline.iter().any(|&(a, b)| (a..b).contains(&at));
    for (_, line) in lines.iter().enumerate().filter(|&(at, _)| (at < start || at >= body_end) && !forwarded.contains(&at) && !answered(at)) {
        let l = line.trim().trim_start_matches('>').trim();
        if !l.is_empty() && !is_boilerplate(l) {
            out.push(Passage { text: l, weight: HISTORY_W, is_ask: false });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_after_what_is_asked_stays_whole() {
        let s = "your data processing agreement and list of subprocessors, since the German and Polish plants are in scope";
        assert_eq!(clauses(s), ["your data processing agreement", "list of subprocessors, since the German and Polish plants are in scope"]);
        assert_eq!(reason_at(s).map(|k| &s[k..]), Some(", since the German and Polish plants are in scope"));
        // "since" without a comma is mostly a time.
        assert_eq!(reason_at("I learned that since the 2024 rule plants have to submit the 301"), None);
        assert!(reason_at("the BAA because we are a covered entity").is_some());
        // A request after the reason is a clause of its own again.
        let s = "We need a BAA because we are a covered entity, and we also need your StateRAMP letter";
        assert_eq!(clauses(s), ["We need a BAA because we are a covered entity,", "we also need your StateRAMP letter"]);
    }

    #[test]
    fn asking_to_be_removed_is_said_of_oneself() {
        for s in [
            "Please remove me from your mailing list.",
            "Take me off your list",
            "Stop emailing me.",
            "I’d like to unsubscribe",
            "Merci de me désabonner.",
            "Por favor, darme de baja.",
            "Proszę wypisać mnie z listy.",
        ] {
            assert!(opts_out(s), "{s}");
        }
        for s in [
            "Unsubscribe",
            "To unsubscribe from these emails, click here.",
            "Can you remove the old contact from our account?",
            "We removed the module from scope.",
        ] {
            assert!(!opts_out(s), "{s}");
        }
    }

    #[test]
    fn a_lead_in_naming_the_occasion_is_not_the_request() {
        let rest = |c: &'static str| after_occasion(c).map(|k| c[k..].trim());
        assert_eq!(rest("Following our call this morning, could you send the SOC 2 report"), Some("could you send the SOC 2 report"));
        assert_eq!(
            rest("Suite à notre échange téléphonique de ce matin, pourriez-vous m'envoyer une présentation"),
            Some("pourriez-vous m'envoyer une présentation")
        );
        assert_eq!(rest("Wie besprochen, schicken Sie uns bitte die Preisliste"), Some("schicken Sie uns bitte die Preisliste"));
        assert_eq!(
            rest("Before we can move the records project to contract, our CISO needs the vendor security review completed"),
            None,
            "a lead-in saying when may say what the request is about"
        );
        assert_eq!(rest("Could you send the BAA, the pricing and the SOC 2 report"), None, "no lead-in");
        assert_eq!(
            rest("Following the county's new retention schedule that our records office adopted last spring and the state audit, we need"),
            None,
            "a sentence, not a lead-in"
        );
    }

    fn passages_of<'a>(subject: Option<&'a str>, text: Option<&'a str>) -> Vec<Passage<'a>> {
        passages(subject, text, None)
    }

    fn asks<'a>(p: &[Passage<'a>]) -> Vec<&'a str> {
        p.iter().filter(|p| p.is_ask).map(|p| p.text).collect()
    }

    #[test]
    fn answers_written_between_quoted_lines_are_the_latest_message() {
        let text = "Jordan, answers inline below.\n\nOn Wed, Nov 18, 2026 at 2:30 PM Jordan <jordan@seller.example> wrote:\n> 1. How many agents?\n\n45 today.\n\n> 2. Is anything gating the evaluation?\n\nYes. Please send a current SOC 2 Type II report.\n\n> Jordan\n\nDana Kim\nSVP, Customer Experience\nCan you believe this signature line?";
        let p = passages_of(None, Some(text));
        assert_eq!(asks(&p), ["Please send a current SOC 2 Type II report."]);
        assert_eq!(p.iter().filter(|p| p.text.contains("SOC 2")).count(), 1, "read once, not again as history");
        // After the last quoted line: the signature, history.
        assert!(!asks(&p).iter().any(|a| a.contains("signature")));
        // Outlook's history has no quote marks: nothing is inline.
        let outlook = "Thanks.\n\nFrom: Jordan <jordan@seller.example>\nSent: Tuesday\n\nCan you send the agent count?";
        assert!(asks(&passages_of(None, Some(outlook))).is_empty());
    }

    #[test]
    fn a_pointer_below_asks_what_the_prospects_own_message_below_asks() {
        // Outlook: the prospect's colleague's message, below the rep's own.
        let outlook = "Jordan,\n\nSee Priya's questions below. She signs off on anything students see.\n\nBen\n\n________________________________\nFrom: Priya Raman <praman@northfield.edu>\nSent: Thursday, November 19, 2026 3:47 PM\nTo: Ben Kowalski <bkowalski@northfield.edu>\nSubject: RE: pilot\n\nBen,\n\nI need their current VPAT showing WCAG 2.1 AA.\n\nPriya\n\n________________________________\nFrom: Jordan Whitfield <jordan@seller.example>\nSent: Tuesday, November 17, 2026 9:15 AM\nTo: Ben Kowalski <bkowalski@northfield.edu>\nSubject: pilot\n\nCan you confirm the pilot group?";
        let p = passages(None, Some(outlook), Some("northfield.edu"));
        assert_eq!(asks(&p), ["I need their current VPAT showing WCAG 2.1 AA."]);
        assert_eq!(p.iter().filter(|p| p.text.contains("VPAT")).count(), 1, "read once, not again as history");
        // Gmail: the prospect's own earlier message, quoted; the seller's message under it is not asked.
        let gmail = "Hi Maya,\n\nFollowing up on the below.\n\nGail\n\nOn Thu, Nov 12, 2026 at 9:41 AM Gail Thornton <gthornton@pickett.gov> wrote:\n> Are you on Sourcewell or NASPO ValuePoint?\n>\n> On Tue, Nov 10, 2026 at 4:05 PM Maya <maya@seller.example> wrote:\n> > Let me know what questions come up.";
        assert_eq!(asks(&passages(None, Some(gmail), Some("pickett.gov"))), ["Are you on Sourcewell or NASPO ValuePoint?"]);
        // Without the prospect's domain, or with only the seller's message below: history.
        assert!(asks(&passages(None, Some(gmail), None)).is_empty());
        assert!(asks(&passages(None, Some(gmail), Some("other.org"))).is_empty());
        // A bump from a phone points at the prospect's own message it quotes.
        let bump = "Any update on this?\n\nSent from my iPhone\n\n> On Nov 18, 2026, at 3:52 PM, Ruth <ruth@mow.org> wrote:\n>\n> Do you have pricing for nonprofits?\n>\n> On Nov 17, 2026, at 11:08 AM, Miles <miles@seller.example> wrote:\n>> Let me know what questions come up.";
        assert_eq!(asks(&passages(None, Some(bump), Some("mow.org"))), ["Do you have pricing for nonprofits?"], "the pointer asks nothing of its own");
        // The rep's own reply on top asks nothing: the prospect's message it quotes does.
        let reply = "Thanks Greg, great questions. I'll pull the numbers together by Friday.\n\nMarcus\n\nOn Fri, Nov 20, 2026 at 9:02 AM Greg <greg@northstar.com> wrote:\n> Roughly what rebate would we earn on virtual cards?\n>\n> On Wed, Nov 18, 2026 at 3:30 PM Marcus <marcus@seller.example> wrote:\n>> Happy to run the numbers.";
        assert_eq!(asks(&passages(None, Some(reply), Some("northstar.com"))), ["Roughly what rebate would we earn on virtual cards?"]);
        assert!(asks(&passages(None, Some(reply), Some("other.com"))).is_empty(), "only the prospect's own message");
        // The rep's own bump on top asks the prospect something: the prospect's message it
        // quotes is what the page asks.
        let bump = "Hi Carla,\n\nJust bumping this. Did you get a chance to look at the overview deck?\n\nPriya Raman | Account Executive | Girderline\npriya@girderline.example | +1 916 555 0147\n\nOn Tue, Nov 10, 2026 at 7:48 AM Carla Benedetti <carla@stvincent.org> wrote:\n> Priya,\n> Does the app work offline?\n> Carla";
        assert_eq!(asks(&passages(None, Some(bump), Some("stvincent.org"))), ["Does the app work offline?"]);
        // Signed by the prospect, from a free mailbox: still the prospect's.
        let own = bump.replace("priya@girderline.example", "priya.raman@gmail.com");
        assert_eq!(asks(&passages(None, Some(&own), Some("stvincent.org"))), ["Did you get a chance to look at the overview deck?"]);
        // A long sentence that merely mentions "below" is no pointer.
        let long = gmail.replace(
            "Following up on the below.",
            "The numbers below are what our finance team put together for the board meeting next month. Can you send your W-9?",
        );
        assert_eq!(asks(&passages(None, Some(&long), Some("pickett.gov"))), ["Can you send your W-9?"]);
    }

    #[test]
    fn asking_for_the_answers_asks_what_the_prospects_earlier_questions_ask() {
        let thread = "Thursday 2 pm works. Please have the answers ready so we don't need a second session.\n\nJeff\n\nFrom: Jordan Blake <jordan@seller.example>\nSent: Monday, November 23, 2026 9:12 AM\nTo: Jeff Morrow <jmorrow@brennan.com>\nSubject: RE: OT VLAN\n\nHappy to walk your team through it. Does Thursday work?\n\nFrom: Jeff Morrow <jmorrow@brennan.com>\nSent: Friday, November 20, 2026 4:40 PM\nTo: Jordan Blake <jordan@seller.example>\nSubject: OT VLAN\n\nOur OT security lead needs to understand how your gateway talks BACnet on the OT VLAN.";
        // The prospect's message is the one they sent, not the rep's reply addressed to them.
        assert_eq!(
            asks(&passages(None, Some(thread), Some("brennan.com"))),
            ["Our OT security lead needs to understand how your gateway talks BACnet on the OT VLAN."]
        );
        for s in ["Please have the answers ready.", "Can you send me your answers by Friday?", "Wir brauchen die Antworten bis Freitag."] {
            assert!(wants_the_answers(s), "{s}");
        }
        for s in [
            "Please send the answers to the security questionnaire.",
            "Where are the answers for the RFP?",
            "We need answers on data residency before we sign.",
        ] {
            assert!(!wants_the_answers(s), "{s}: names what the answers are about");
        }
    }

    #[test]
    fn an_instruction_opening_on_its_verb_is_a_request() {
        assert!(is_request("Describe the method and frequency."));
        assert!(is_request("Include the contract number and the contract's pricing schedule."));
        assert!(!is_request("Our plans include a second site next year."), "the verb inside a statement");
        assert!(!is_request("describe"), "a bare word, not an instruction");
    }

    #[test]
    fn a_short_fragment_adding_a_thing_is_a_request() {
        for s in ["Also the DPA.", "Plus your SOC 2 report, please.", "And the pricing sheet.", "Außerdem die Preisliste.", "Et aussi le DPA."] {
            assert!(is_request(s), "{s}");
        }
        for s in ["Also, we have 40 stores.", "And it runs on Azure.", "Also happy to jump on a call next week if that helps.", "And thanks again!"] {
            assert!(!is_request(s), "{s}");
        }
    }

    #[test]
    fn requests_in_danish_norwegian_and_swedish() {
        for s in [
            "Kan I sende en prisliste?",
            "Kan dere sende oss avtalen",
            "Skicka gärna en offert",
            "Vi behöver ert säkerhetsdokument",
            "Vi har brug for jeres databehandleraftale",
        ] {
            assert!(is_request(s), "{s}");
        }
        assert!(!is_request("Vi driver 48 supermarkeder i Jylland og på Fyn."));
    }

    #[test]
    fn a_forward_that_asks_about_what_is_below_asks_what_the_forwarded_message_asks() {
        let text = |note: &str| {
            format!("{note}\n\nPriya\n\n---------- Forwarded message ---------\nFrom: Mark Chen <mchen@stbrigid.org>\nDate: Mon, Nov 16, 2026\nSubject: vendor questions\n\nPriya,\nWill they sign our BAA? And how do they handle consent forms in Epic?\nMark")
        };
        let below = text("Sam, see below from our CISO. Can you answer these before Friday?");
        let p = passages_of(None, Some(&below));
        assert_eq!(asks(&p), ["Can you answer these before Friday?", "Will they sign our BAA?", "And how do they handle consent forms in Epic?"]);
        assert_eq!(p.iter().filter(|p| p.text.contains("BAA")).count(), 1, "read once, not again as history");
        // A note with a request of its own keeps the forwarded message as history.
        let own = text("Sam, can you send your pricing for hospitals?");
        assert_eq!(asks(&passages_of(None, Some(&own))), ["Sam, can you send your pricing for hospitals?"]);
        // A note that says it forwards asks what the forwarded message asks, whatever it asks itself.
        let forwarding = text("Sam, forwarding Mark's note from our privacy office. Can you get him an answer this week?");
        assert_eq!(
            asks(&passages_of(None, Some(&forwarding))),
            ["Can you get him an answer this week?", "Will they sign our BAA?", "And how do they handle consent forms in Epic?"]
        );
        // A note pointing below in a statement passes on a chain of forwards: the forwarded
        // note points further down, to the questions at its end.
        let chain = below
            .replace("Sam, see below from our CISO. Can you answer these before Friday?", "Sam - I'd like to tick these boxes this time. Can you help?")
            .replace(
                "Subject: vendor questions\n\n",
                "Subject: Fwd: vendor questions\n\nPriya, please see below.\n\n---------- Forwarded message ---------\nFrom: Raj <raj@stbrigid.org>\n\n",
            );
        let p = passages_of(None, Some(&chain));
        assert!(asks(&p).contains(&"Will they sign our BAA?"), "{:?}", asks(&p));
        assert_eq!(p.iter().filter(|p| p.text.contains("BAA")).count(), 1, "read once, not again as history");
    }

    #[test]
    fn the_latest_message_holds_the_ask_and_history_is_quiet() {
        let text = "Hi Jordan,\n\nThanks for Tuesday. Our compliance officer needs to know whether you will sign a BAA. Can you send that this week?\n\nPriya\n\nOn Thu, Nov 12, 2026 at 3:40 PM Jordan Ellis <jordan@seller.example> wrote:\n> Confirming the demo of ransomware rollback.\n> Jordan";
        let p = passages_of(Some("Re: demo follow-up"), Some(text));
        assert_eq!(asks(&p), ["Our compliance officer needs to know whether you will sign a BAA.", "Can you send that this week?"]);
        let history: Vec<&Passage> = p.iter().filter(|p| p.text.contains("ransomware")).collect();
        assert_eq!(history.len(), 1);
        assert!(history[0].weight < 0.1);
        assert!(!p.iter().any(|p| p.text == "Priya" && p.weight > 0.1), "the signature is not the ask");
    }

    #[test]
    fn outlook_headers_and_reader_boundaries_start_history() {
        let text = "Please send the SOC 2 report.\nFrom: Sam Seller <sam@seller.example>\nSent: Monday\nSubject: pricing\nHere is our pricing sheet.";
        let p = passages_of(None, Some(text));
        assert_eq!(asks(&p), ["Please send the SOC 2 report."]);
        assert!(p.iter().find(|p| p.text.contains("pricing sheet")).unwrap().weight < 0.1);
        let p = passages_of(None, Some("Do you support SSO?\n---\nWhat about discounts?"));
        assert_eq!(asks(&p), ["Do you support SSO?"]);
    }

    #[test]
    fn requests_in_several_languages() {
        for s in [
            "Können Sie uns bitte das Sicherheitskonzept schicken",
            "Pourriez-vous nous envoyer la fiche",
            "¿Podría enviarnos el caso de éxito",
            "We need a BAA and StateRAMP status.",
            "Is there a nonprofit discount?",
            "Three things before the board meets: how you handle FERPA, and a district we could call.",
            // Inflected verbs and polite forms, as prospects write them without a question mark.
            "Vor der Unterzeichnung benötigt unsere IT-Abteilung den ausgefüllten Sicherheitsfragebogen.",
            "Wir bräuchten außerdem Ihren Penetrationstestbericht",
            "Pourriez vous nous transmettre la grille tarifaire",
            "J’aimerais recevoir une étude de cas dans l’enseignement",
            "Necesitaríamos el informe de auditoría antes del viernes",
            "Le agradecería que nos envíen la propuesta",
            "Would it be possible to get the SOC 2 letter by Friday.",
            "also realistically how long to get set up if we buy.",
            "Looping in our CISO, who has questions on encryption at rest",
            "Still waiting on the ROI numbers",
            // Who asks, in the third person.
            "Der Einkauf bittet um einen Rabatt auf den Angebotspreis.",
            "El cliente pide un descuento",
            "Procurement is asking for a discount",
            // An elided article or pronoun before the verb.
            "Merci d'envoyer la proposition commerciale",
            "Il faudrait qu'on reçoive l'offre, merci d'avance de nous l'envoyer",
            "We are hoping for a case study from another county",
            "We'd like to try it for a couple of weeks",
            "We request a copy of your SOC 2 report",
            "Our board wants to see a case study from a county like ours",
            "Our insurance broker keeps asking whether cameras bring premiums down",
            "A case study is fine, a call with one of their chief engineers would be even better.",
            "Legal needs the approved BAA template",
            "The committee has to review your accessibility statement",
            "Rectoría acepta la propuesta si se aplica el descuento para instituciones educativas",
            "Legal will sign if the liability cap is raised",
            "Außerdem bitten wir um den Auftragsverarbeitungsvertrag.",
            // Polish.
            "Przed podpisaniem umowy nasz dział IT potrzebuje raportu SOC 2.",
            "Prosimy o przesłanie cennika dla 300 użytkowników.",
        ] {
            assert!(is_request(s), "{s}");
        }
        assert_eq!(clauses("potrzebuje raportu SOC 2 oraz informacji o szyfrowaniu").len(), 2, "oraz: and");
        for s in [
            "Thanks again for the demo.",
            "Our board meets in March.",
            "Sendai office opens soon",
            "Stage: Proposal",
            "Wir haben den Vertrag gestern unterschrieben.",
            "La réunion a eu lieu mardi.",
            "El equipo de compras revisó el contrato.",
            "We'd already signed it last week.",
            // A plan, not a request: in the demo thread it took the place of the FedRAMP ask.
            "We are hoping to get the proposal in front of the county board in December.",
            "We'd like to be live before spring turn season in March.",
            "The committee liked the demo, and we would like to move you into the final round.",
            "The scope is exactly right (all 31 buildings, the resident request portal), but the price is above budget.",
            // Approvals someone else gives, and others' plans.
            "The board meets December 10 and anything over $15,000/yr needs their approval.",
            "The German works council and our DPO have to approve any system that records technicians' activities.",
            "Corporate wants to include our two German plants in phase 1.",
            "Any purchase over $50k requires board approval.",
            // A need denied.
            "We ran it from 2021 to 2024 and the support is why we left, so no need for that comparison.",
            "We don't need a demo of the portal.",
            "Does NOT want a 3-year contract.",
            // The seller's need.
            "Our mutual NDA is attached in case you need it for the SOC 2.",
            "Our insurance certificate is attached if you'll need it for onboarding.",
            "Here is our W-9 should you ever need it.",
            // A need met, praised.
            "The tip pool answer was exactly what our GMs needed, thank you.",
            "That deck is just what we wanted.",
            // A question quoted on the page: the rep's own email subject in a CRM timeline.
            "Nov 20, 2026 - Email opened: \"What did unplanned overtime cost you last quarter?",
            "Webinar registered: “Is your AP team ready for e-invoicing?",
        ] {
            assert!(!is_request(s), "{s}");
        }
        assert!(is_request("Our CFO asked: \"What would it cost?\" Can you answer that?"), "a closed quote before the question");
        assert!(is_request("We need your NDA signed before the SOC 2 call."), "the prospect's own need");
    }

    #[test]
    fn what_a_condition_waits_for_is_asked() {
        let s = "Legal is ready, but our security team will not approve the contract until they have your SOC 2 Type II report";
        assert!(is_request(s));
        assert_eq!(after_condition(s).map(|k| &s[k..]), Some("your SOC 2 Type II report"));
        let s = "Our CISO won't sign off on any vendor until he has reviewed a current SOC 2 Type II report";
        assert!(is_request(s));
        assert_eq!(after_condition(s).map(|k| &s[k..]), Some("a current SOC 2 Type II report"), "the longest mark");
        let s = "Our IT department won't sign without a BAA";
        assert!(is_request(s));
        assert_eq!(after_condition(s).map(|k| &s[k..]), Some("BAA"));
        assert_eq!(after_condition("We can start without the"), None, "nothing after it");
        assert_eq!(after_condition("Please send the SOC 2 report"), None);
        assert_eq!(after_condition("Please send the report without the pricing section"), None, "no refusal before it");
        let s = "Legal can't without a signed DPA";
        assert_eq!(after_condition(s).map(|k| &s[k..]), Some("signed DPA"));
        // In the prospect's language, after a refusal only.
        let s = "Nuestro departamento legal no puede aprobarlo sin un BAA firmado";
        assert_eq!(after_condition(s).map(|k| &s[k..]), Some("un BAA firmado"));
        let s = "Unser Betriebsrat stimmt nicht zu ohne eine Betriebsvereinbarung";
        assert_eq!(after_condition(s).map(|k| &s[k..]), Some("eine Betriebsvereinbarung"));
        assert_eq!(after_condition("Envoyez le rapport sans la section des prix"), None, "no refusal before it");
    }

    #[test]
    fn an_item_under_its_own_heading_asks_its_question_and_names_its_heading() {
        let text = "Two things I need answered before engineering commits a squad:\n\n1. Isolation. We have 310 customers in one schema. How do you keep each customer's data apart?\n2. Cost. Our customers have 9,000 users who would open these.";
        let a = asks(&passages_of(None, Some(text)));
        assert!(a.contains(&"Isolation.") && a.contains(&"Cost."), "{a:?}");
        assert!(a.contains(&"How do you keep each customer's data apart?"), "{a:?}");
        assert!(!a.iter().any(|s| s.starts_with("We have 310")), "what the item says before its question: {a:?}");
        assert!(a.iter().any(|s| s.starts_with("Our customers have")), "an item with no question of its own asks whole: {a:?}");
        assert!(heads_list_item("1. Isolation. We have", "Isolation.") && !heads_list_item("- Hours: paper timesheets", "Hours: paper timesheets"));
        assert!(!heads_list_item("We need three things.", "We need three things."));
    }

    #[test]
    fn a_request_that_introduces_a_list_asks_for_each_item() {
        let text = "Thanks for the demo. Before the vote we will need the following:\n\n- your SOC 2 Type II report\n- a reference from another county\n3) pricing for 400 seats\n\nOur board meets in March.\n- the agenda is attached";
        assert_eq!(
            asks(&passages_of(None, Some(text))),
            ["Before the vote we will need the following:", "- your SOC 2 Type II report", "- a reference from another county", "3) pricing for 400 seats"]
        );
        // Without a colon, bullets after a request line; plain lines only after a colon.
        assert_eq!(
            asks(&passages_of(None, Some("Could you send over\n• the BAA\n• your HITRUST letter"))),
            ["Could you send over", "• the BAA", "• your HITRUST letter"]
        );
        assert_eq!(asks(&passages_of(None, Some("We need:\nSOC 2 report\nreferences"))), ["We need:", "SOC 2 report", "references"]);
        // A list under a line that asks nothing is not a request.
        assert!(asks(&passages_of(None, Some("Agenda for Tuesday:\n- intros\n- product tour"))).is_empty());
    }

    #[test]
    fn a_line_announcing_questions_makes_each_item_below_it_a_request() {
        let text = "Obrigado pela apresentação. Temos duas necessidades urgentes:\n\n1. Nossas permissões de trabalho ainda são em papel.\n2. A diretoria quer publicar o inventário de GEE.\n\nAbraços,\nRafael";
        // (A list's number reads as a sentence of its own, and carries no words.)
        assert_eq!(
            asks(&passages_of(None, Some(text))),
            ["1.", "Nossas permissões de trabalho ainda são em papel.", "2.", "A diretoria quer publicar o inventário de GEE."]
        );
        let text =
            "Unsere IT hat zwei Fragen, bevor wir in die Pilotplanung gehen:\n1. Wir nutzen SAP SuccessFactors.\n2. Die Fertigung läuft im 5-Schicht-System.";
        assert_eq!(
            asks(&passages_of(None, Some(text))),
            ["1.", "Wir nutzen SAP SuccessFactors.", "2.", "Die Fertigung läuft im 5-Schicht-System."],
            "the announcing line itself asks nothing"
        );
        // An item that puts its own question asks that; the rest of it says why.
        let text = "Mam dwa pytania:\n\n1. Czy aplikacja jest dostępna po polsku?\n2. Czy macie terminale na karty RFID? Część pracowników nie ma smartfonów.";
        assert_eq!(asks(&passages_of(None, Some(text))), ["Czy aplikacja jest dostępna po polsku?", "Czy macie terminale na karty RFID?"]);
        // A line ending in a colon that announces nothing still starts no list.
        assert!(asks(&passages_of(None, Some("Our plants:\n- Ohio\n- Texas"))).is_empty());
        // Looking for a system that does what the list says.
        let text = "Estamos avaliando um sistema para:\n– controlar os aditivos desde o pedido do campo;\n– fazer as medições mensais dos empreiteiros.";
        assert_eq!(asks(&passages_of(None, Some(text))), ["– controlar os aditivos desde o pedido do campo;", "– fazer as medições mensais dos empreiteiros."]);
        assert!(asks(&passages_of(None, Some("Our current system:\n- on premise\n- ten years old"))).is_empty(), "a system described, not sought");
        // The list a prospect sends a vendor.
        let text = "Following our call, here's the short list:\n\n- Producer reports: new business and renewals.\n- Retention by carrier.";
        assert_eq!(asks(&passages_of(None, Some(text))), ["- Producer reports: new business and renewals.", "- Retention by carrier."]);
        assert!(asks(&passages_of(None, Some("The attendee list is below.\n- Ann\n- Bo"))).is_empty(), "a list named, not announced");
    }

    #[test]
    fn a_list_goes_on_across_blank_lines_between_its_numbered_or_counted_items() {
        let text = "Before we sign we need:\n\n- a BAA\n\n- your StateRAMP letter\n\nThanks,\nDana";
        assert_eq!(asks(&passages_of(None, Some(text))), ["Before we sign we need:", "- a BAA", "- your StateRAMP letter"]);
        // Items marked in brackets, a blank line apart.
        let text = "For the board's review I need:\n\n(a) a BAA;\n\n(b) the county requires StateRAMP;\n\n(c) pricing for 18,000 invoices a year.\n\nThank you,\nMonica";
        assert_eq!(asks(&passages_of(None, Some(text))).len(), 4, "{:?}", asks(&passages_of(None, Some(text))));
        // "Two things." and then two paragraphs; what follows them is no item.
        let text = "On your note: two things.\n\nOur MOC process is a Word form nobody tracks.\n\nAnd contractors are graded in ISNetworld already.\n\nWednesday works for a call.\n\nCody";
        assert_eq!(
            asks(&passages_of(None, Some(text))),
            ["On your note: two things.", "Our MOC process is a Word form nobody tracks.", "And contractors are graded in ISNetworld already."]
        );
        // Numbered lines count as the items: the signature after them is none.
        let text = "Two questions:\n1) Can you read our GO9 data?\n2) Can you schedule charging?\n\nAna Ramirez\nFleet Operations Manager";
        assert_eq!(asks(&passages_of(None, Some(text))), ["1) Can you read our GO9 data?", "2) Can you schedule charging?"]);
    }

    #[test]
    fn a_thread_that_opens_with_a_header() {
        // Outlook's reading pane and saved messages put the newest message's header on top.
        let text = "From: Maria Lopez <maria@harborhealth.org>\nSent: Thursday, November 19, 2026 11:02 AM\nTo: Jordan\nSubject: RE: proposal\n\nCan you send the BAA?\n\nFrom: Jordan <j@seller.example>\nSent: Monday, November 9, 2026 2:30 PM\n\nAttached is our pricing.";
        assert_eq!(asks(&passages_of(None, Some(text))), ["Can you send the BAA?"]);
        // An exported conversation runs oldest first: its dates find the latest.
        let text = "From: Maria\nSent: Monday, November 9, 2026 9:14 AM\n\nCould you send a case study?\n\nFrom: Jordan\nSent: Monday, November 9, 2026 2:30 PM\n\nAttached.\n\nFrom: Maria\nSent: Thursday, November 19, 2026 11:02 AM\n\nNow legal needs the BAA. Can you send it?";
        assert_eq!(asks(&passages_of(None, Some(text))), ["Now legal needs the BAA.", "Can you send it?"]);
        let p = passages_of(None, Some(text));
        assert!(p.iter().find(|p| p.text.contains("case study")).unwrap().weight < 0.1, "the older request is history");
        // Gmail's printed thread: sender and date head each message, oldest first.
        let text = "Dana Lee <dana@acmecounty.gov>\tMon, Nov 9, 2026 at 9:14 AM\nTo: Jordan <j@seller.example>\n\nCan you send a case study?\n\nJordan <j@seller.example>\tMon, Nov 9, 2026 at 2:30 PM\nTo: Dana\n\nAttached.\n\nDana Lee <dana@acmecounty.gov>\tThu, Nov 19, 2026 at 11:02 AM\nTo: Jordan\n\nOur CISO now needs your FedRAMP details.";
        assert_eq!(asks(&passages_of(None, Some(text))), ["Our CISO now needs your FedRAMP details."]);
    }

    #[test]
    fn a_subject_asks_when_the_message_does_not() {
        let p = passages_of(Some("Do you sign BAAs?"), Some("Hi Jordan, quick one, see subject.\nMaria"));
        assert_eq!(asks(&p), ["Do you sign BAAs?"]);
        assert_eq!(asks(&passages_of(Some("Pricing for 400 users?"), None)), ["Pricing for 400 users?"], "a subject and no text");
        // A reply's subject is the thread's; a message that asks has its own request.
        assert!(asks(&passages_of(Some("Re: Do you sign BAAs?"), Some("Thanks, that helps."))).is_empty());
        assert_eq!(asks(&passages_of(Some("Do you sign BAAs?"), Some("Also, can you send pricing?"))), ["Also, can you send pricing?"]);
    }

    #[test]
    fn a_booked_first_meeting_asks_for_what_prepares_it() {
        let record = "Deal stage: Appointment scheduled\nActivity\nNov 20, 2026 - Meeting booked: Intro call, Dec 3, 10:00 AM PT, with Rosa Delgado (CIO), via meetings link\nNov 16, 2026 - Email opened: \"Who still has access?\" (4 opens)";
        assert_eq!(asks(&passages_of(None, Some(record))), ["Meeting booked: Intro call"]);
        // How it was booked and with whom are not what it is about.
        assert_eq!(super::booked_meeting("Nov 22 - Meeting booked via scheduling link: 'Intro' Dec 1 with Jordan Pike"), Some("Meeting booked"));
        assert_eq!(super::booked_meeting("Meeting scheduled - Discovery"), Some("Meeting scheduled"));
        assert_eq!(super::booked_meeting("Email opened: pricing (3 opens)"), None);
        // A mail's sentence is read as a sentence: its request is not cut off.
        assert_eq!(super::booked_meeting("I saw the meeting booked for Tuesday, can you send the agenda?"), None);
    }

    #[test]
    fn a_records_next_step_is_what_the_deal_asks_for() {
        let record = "Opportunity Name: Pine County - Permits\nAmount: $96,000.00\nNext Step: security review with the CISO, then StateRAMP letter\nDescription: Board vote in January.";
        assert_eq!(asks(&passages_of(None, Some(record))), ["security review with the CISO, then StateRAMP letter"]);
        assert_eq!(clauses("security review with the CISO, then StateRAMP letter"), ["security review with the CISO", "StateRAMP letter"]);
        // A reader's label and value on lines of their own, in a German org.
        assert_eq!(
            asks(&passages_of(None, Some("Phase\nAngebot\nNächster Schritt\nSicherheitsprüfung mit dem CISO\nBeschreibung\n3 Ämter"))),
            ["Sicherheitsprüfung mit dem CISO"]
        );
        // A Polish org's record.
        assert_eq!(asks(&passages_of(None, Some("Etap: Propozycja/Wycena\nNastępny krok: Wysłać ofertę cenową."))), ["Wysłać ofertę cenową."]);
        assert!(asks(&passages_of(None, Some("Next Step:\n\nAmount: 5"))).is_empty(), "an empty field asks nothing");
        // An open task in the record's activities says what the rep must send or build.
        let record = "Stage: Id. Decision Makers\nOpen Activities\nTask: Build fuel business case for CFO - Due 12/2\nContact Roles";
        assert_eq!(asks(&passages_of(None, Some(record))), ["Build fuel business case for CFO - Due 12/2"]);
        // A field's short value is the record's state, though "needs" reads as a request.
        let quote =
            "Quote Number: 00000412\nStatus: Needs Review\nApproval Status: Required\nDescription: Procurement asked for 25% off. Can we trade term instead?";
        assert_eq!(asks(&passages_of(None, Some(quote))), ["Procurement asked for 25% off.", "Can we trade term instead?"]);
        assert_eq!(asks(&passages_of(None, Some("Question: Do you sign BAAs?"))), ["Question: Do you sign BAAs?"], "a field that asks");
    }

    #[test]
    fn an_rfps_numbered_instructions_ask_and_its_headings_and_rules_of_contact_do_not() {
        let rfp = "SECTION 5 - TECHNICAL REQUIREMENTS\n5.1  Describe the Respondent's PCI DSS validation.\n5.2 Provide three (3) references.\nQuestions must be submitted in writing.\nPlease do not contact other Authority staff during the solicitation period.";
        assert_eq!(asks(&passages_of(None, Some(rfp))), ["5.1  Describe the Respondent's PCI DSS validation.", "5.2 Provide three (3) references."]);
        assert!(!is_request("5.1 describe"), "an instruction's verb is capitalised");
        assert!(is_request("PLEASE SEND THE PRICING"), "shouting is asking");
        assert!(is_request("価格表を送っていただけますか？"), "a script without capitals");
    }

    #[test]
    fn a_transcripts_bot_and_agent_lines_are_the_sellers() {
        let chat = "Cobbleray Bot: Hi! What brings you here?\nVisitor: looking at options for our concessions\nCobbleray Bot: Can I get your name and work email?\nVisitor: Alicia Romero\nVisitor: Can you send pricing for parks?";
        assert_eq!(asks(&passages_of(None, Some(chat))), ["Can you send pricing for parks?"]);
        // A record's fields, each labelled once, are no transcript.
        let record = "Sales Rep: Dana\nSupport Tier: Gold\nNotes: Can you send the SOC 2 report?";
        assert_eq!(asks(&passages_of(None, Some(record))), ["Can you send the SOC 2 report?"]);
        // A call with the rep: her questions are not the prospect's.
        let call = "Rep (Maya): What POS are you on today?\nOwner: Regisys, and it crashes.\nRep (Maya): Do you need offline mode?\nOwner: Yes. Do you have gift cards?";
        assert_eq!(asks(&passages_of(None, Some(call))), ["Do you have gift cards?"]);
        // A chat export: each turn under a header line with its time; who joined the chat is
        // the seller's side.
        let export = "Acme Assistant (bot) 10:42 AM\nHi there! What brings you here today?\n[See a demo] [Pricing]\n\nVisitor 10:42 AM\nTalk to sales\n\nAcme Assistant (bot) 10:43 AM\nWhat's your work email?\n\nOwen Marchetti joined the chat\n\nOwen Marchetti 10:44 AM\nHi Kiran, what are you looking at?\n\nVisitor 10:46 AM\nis there a free trial I can click around in?";
        assert_eq!(asks(&passages_of(None, Some(export))), ["is there a free trial I can click around in?"]);
        assert_eq!(turn_header("Visitor 10:42 AM"), Some("Visitor"));
        assert_eq!(turn_header("Acme Assistant (bot) 9:05"), Some("Acme Assistant (bot)"));
        assert_eq!(turn_header("We meet at 10:30"), None, "a sentence is no header");
        assert_eq!(joins_chat("Owen Marchetti has joined the chat"), Some("Owen Marchetti"));
        // Each line led by its time: the bot's question is the seller's, the time no word.
        let stamped = "Marisol Vega · visited /pricing\n\n[10:41] Lumi (bot): Hi there! 👋 I'm Lumi. What brings you to Acme today?\n[10:41] Marisol: we're a small agency\n[10:42] Lumi (bot): Can I get your work email?\n[10:42] Marisol: marisol@example.com\n[10:44] Nora (Acme): Hi Marisol, Nora here. Happy to help!\n[10:45] Marisol: is there a free trial?";
        assert_eq!(asks(&passages_of(None, Some(stamped))), ["is there a free trial?"]);
        assert_eq!(speaker("[10:41] Lumi (bot): Hi there!"), Some("Lumi (bot)"));
        assert_eq!(speaker("[10:45] Marisol: is there a free trial?"), Some("Marisol"));
    }

    #[test]
    fn a_sentence_joined_to_a_request_by_and_is_not_asked() {
        let read = |s: &str| statements(&clauses(s));
        assert_eq!(read("Our new fiscal year starts February 1 and our CFO wants AP on Ledgerline from day one."), [true, false]);
        assert_eq!(read("We are a covered entity and we need a BAA before we sign."), [true, false]);
        // Without a subject of its own, the first part is what is asked.
        assert_eq!(read("Pricing for 400 seats and we need it by Friday."), [false, false]);
        // Two things asked, each with its subject.
        assert_eq!(read("We need the SOC 2 report and we need your pen test letter."), [false, false]);
        // A request's second object has no subject: it is asked.
        assert_eq!(read("Can you send a BAA and your StateRAMP status?"), [false, false]);
        // A language that leaves the subject out: the negated verb carries the one before.
        let s = "Nuestro departamento legal revisó el piloto de 30 días y no puede aprobarlo sin un BAA firmado.";
        assert_eq!(read(s), [true, false], "{:?}", clauses(s));
    }

    #[test]
    fn a_request_joined_by_and_is_two_requests() {
        assert_eq!(clauses("Can you send a BAA and your StateRAMP status?"), ["Can you send a BAA", "your StateRAMP status?"]);
        assert_eq!(clauses("Bitte Preise und Datenschutz"), ["Bitte Preise", "Datenschutz"]);
        assert_eq!(clauses("Is there a nonprofit discount?"), ["Is there a nonprofit discount?"]);
        assert_eq!(
            clauses("Do you have nonprofit pricing, or any program for groups like ours?"),
            ["Do you have nonprofit pricing", "any program for groups like ours?"]
        );
        assert_eq!(clauses("Is it hosted in the US or the EU?"), ["Is it hosted in the US or the EU?"]);
        assert_eq!(
            clauses("A case study is fine, a call with one of their engineers would be even better."),
            ["A case study", "a call with one of their engineers would be even better."],
            "a thing preferred to another is asked too"
        );
        assert_eq!(clauses("Something for a business our size, ideally month to month?").len(), 1, "ideally: a wish of the same thing");
        assert_eq!(clauses("Does NOT want a 3-year contract, asked for month-to-month."), ["Does NOT want a 3-year contract", "asked for month-to-month."]);
        assert_eq!(statements(&["Does NOT want a 3-year contract", "asked for month-to-month."]), [true, false], "what is refused is not asked");
        assert_eq!(
            clauses("Thanks, we don't need a demo, send pricing."),
            ["Thanks, we don't need a demo", "send pricing."],
            "cut after the refusal, not at the first comma"
        );
        // French elides "que" before a vowel; Spanish and Italian join lists with their own words.
        assert_eq!(clauses("la conformité RGPD, ainsi qu'une étude de cas"), ["la conformité RGPD,", "une étude de cas"]);
        assert_eq!(clauses("el precio así como la integración"), ["el precio", "la integración"]);
        assert_eq!(clauses("il prezzo nonché un caso di successo"), ["il prezzo", "un caso di successo"]);
        assert_eq!(clauses("Prospect wants SOC2 + pen test results & the BAA"), ["Prospect wants SOC2", "pen test results", "the BAA"]);
        // An inline enumeration parts it too.
        assert_eq!(clauses("We need: 1) your SOC 2 report 2) a reference (3) pricing"), ["We need:", "your SOC 2 report", "a reference", "pricing"]);
        assert_eq!(clauses("Version 2.0 works with SOC 2 reports"), ["Version 2.0 works with SOC 2 reports"]);
        // Who does it, joined by "and", is one question; things in capitals are two.
        let one = "Can teachers and front-office staff submit work requests from their phones?";
        assert_eq!(clauses(one), [one]);
        assert_eq!(clauses("Do your technicians and dispatchers get a mobile app?").len(), 1);
        assert_eq!(clauses("Can your help center and the AI deflect that before it becomes a ticket?").len(), 1);
        assert_eq!(
            clauses("Could you and your team send the SOC 2 report and the pen test letter?"),
            ["Could you and your team send the SOC 2 report", "the pen test letter?"]
        );
        assert_eq!(clauses("Are SSO and SCIM included?"), ["Are SSO", "SCIM included?"]);
    }

    #[test]
    fn a_record_with_no_request_weighs_every_line_alike() {
        let p = passages_of(None, Some("Stage: Proposal\nIndustry: Government\nDescription: security review"));
        assert!(p.iter().all(|p| p.weight == PLAIN_W && !p.is_ask));
    }

    #[test]
    fn disclaimers_are_dropped() {
        let p = passages_of(None, Some("Can you send pricing?\nThis email and any attachments are confidential and intended solely for the addressee."));
        assert_eq!(p.len(), 1);
        // Notices whose "please" or "merci de" would otherwise read as a request.
        for notice in [
            "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender.",
            "Ce message est confidentiel et destiné exclusivement à ses destinataires ; merci de le détruire si vous l'avez reçu par erreur.",
            "Si usted ha recibido este mensaje por error, por favor notifíquelo al remitente.",
            "Please consider the environment before printing this email.",
            "Envoyé de mon iPhone",
        ] {
            let text = format!("Können Sie uns die Preisliste schicken?\n{notice}");
            assert_eq!(asks(&passages_of(None, Some(&text))), ["Können Sie uns die Preisliste schicken?"], "{notice}");
        }
    }

    #[test]
    fn sign_offs_in_the_languages_prospects_write() {
        for s in ["Herzliche Grüsse", "Viele Grüße,", "MfG", "Meilleures salutations", "Un cordial saludo,", "Thanks in advance!", "Warmly,"] {
            assert!(is_sign_off(s), "{s}");
        }
        let text = "Gibt es einen Rabatt bei drei Jahren Laufzeit?\n\nHerzliche Grüsse\nPetra Lang\nKlinikum Nord | Einkauf, Abteilung Datenschutz";
        let p = passages_of(None, Some(text));
        assert!(p.iter().filter(|p| p.text.contains("Datenschutz")).all(|p| p.weight < 0.1), "the signature is not the message");
    }

    #[test]
    fn a_competitor_out_of_the_running_is_named() {
        use super::ruled_out;
        assert_eq!(ruled_out("We're down to two. HelpHive is out (couldn't handle our volume)."), ["HelpHive"]);
        assert_eq!(ruled_out("After the demos we ruled out Zenithdesk, mostly on price."), ["Zenithdesk"]);
        assert_eq!(ruled_out("Honestly, TimeCo didn’t make the cut."), ["TimeCo"]);
        assert_eq!(ruled_out("Leider ist klar: TimeCo ist raus."), ["TimeCo"]);
        assert!(ruled_out("The new release is outstanding.").is_empty(), "a whole phrase only");
        assert!(ruled_out("Can you send your SOC 2 report?").is_empty());
    }
}
