//! Which language a text is written in, and which language a page asks material in
//! ("anything in German they can read", "une documentation en français").

use crate::taxonomy::fold_lower;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    English,
    German,
    French,
    Spanish,
    Italian,
    Dutch,
    Portuguese,
    Polish,
    Danish,
    Norwegian,
    Swedish,
}

impl Lang {
    /// The language's name as the panel (in English) writes it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::English => "English",
            Lang::German => "German",
            Lang::French => "French",
            Lang::Spanish => "Spanish",
            Lang::Italian => "Italian",
            Lang::Dutch => "Dutch",
            Lang::Portuguese => "Portuguese",
            Lang::Polish => "Polish",
            Lang::Danish => "Danish",
            Lang::Norwegian => "Norwegian",
            Lang::Swedish => "Swedish",
        }
    }
}

/// Per language, folded function words no other of these languages writes as often: a title
/// and summary hold a few of them whatever they are about.
const FUNCTION_WORDS: &[(Lang, &[&str])] = &[
    (Lang::English, &["the", "and", "for", "with", "your", "our", "how", "what", "from", "of"]),
    (Lang::German, &["und", "der", "die", "das", "mit", "fur", "ihre", "sie", "wir", "nach", "von", "zur", "zum", "ist", "im", "auf", "den", "dem"]),
    (Lang::French, &["et", "le", "les", "des", "pour", "avec", "vos", "nos", "du", "est", "une", "sur", "au", "aux", "votre", "notre"]),
    (Lang::Spanish, &["y", "el", "los", "las", "para", "con", "sus", "del", "es", "una", "como", "por", "su", "nuestro", "nuestra"]),
    (Lang::Italian, &["il", "gli", "per", "della", "del", "dei", "delle", "una", "come", "alla", "nel", "nella", "che", "di"]),
    (Lang::Dutch, &["het", "van", "voor", "met", "uw", "onze", "een", "hoe", "bij", "zijn", "naar", "wat"]),
    (Lang::Portuguese, &["os", "para", "com", "da", "do", "dos", "das", "uma", "como", "seu", "sua", "nossa", "nosso", "ao"]),
    (Lang::Polish, &["w", "z", "na", "dla", "oraz", "jak", "sie", "jest", "przez", "od", "ze", "po"]),
    // The three share "og"/"och", "til"/"till", "ikke": each list holds the words that tell it apart.
    (Lang::Danish, &["af", "hvad", "vores", "jeres", "nogle", "meget", "og", "ikke"]),
    (Lang::Norwegian, &["av", "hva", "noen", "mye", "vare", "ikkje", "og", "ikke"]),
    (Lang::Swedish, &["och", "att", "inte", "hur", "vad", "ett", "fran", "till", "ocksa"]),
];

/// The language a text is written in, when its function words say so clearly: at least two of
/// one language's, and more than of any other's.
pub fn of_text(text: &str) -> Option<Lang> {
    let folded = fold_lower(text);
    let mut counts = [0u32; FUNCTION_WORDS.len()];
    for word in folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        for (k, (_, words)) in FUNCTION_WORDS.iter().enumerate() {
            if words.contains(&word) {
                counts[k] += 1;
            }
        }
    }
    let best = (0..counts.len()).max_by_key(|&k| counts[k])?;
    let clear = counts[best] >= 2 && counts.iter().enumerate().all(|(k, &c)| k == best || c < counts[best]);
    clear.then_some(FUNCTION_WORDS[best].0)
}

/// Folded names of each language as prospects write them in these languages.
const NAMES: &[(Lang, &[&str])] = &[
    (Lang::English, &["english", "englisch", "anglais", "ingles", "inglese", "engels", "angielsku"]),
    (Lang::German, &["german", "deutsch", "allemand", "aleman", "tedesco", "duits", "alemao", "niemiecku"]),
    (Lang::French, &["french", "franzosisch", "francais", "frances", "francese", "frans", "francusku"]),
    (Lang::Spanish, &["spanish", "spanisch", "espagnol", "espanol", "castellano", "spagnolo", "spaans", "espanhol", "hiszpansku"]),
    (Lang::Italian, &["italian", "italienisch", "italien", "italiano", "italiaans", "wlosku"]),
    (Lang::Dutch, &["dutch", "niederlandisch", "neerlandais", "neerlandes", "olandese", "nederlands", "holandes", "niderlandzku"]),
    (Lang::Portuguese, &["portuguese", "portugiesisch", "portugais", "portugues", "portoghese", "portugees", "portugalsku"]),
    (Lang::Polish, &["polish", "polnisch", "polonais", "polaco", "polacco", "pools", "polones", "polsku"]),
    (Lang::Danish, &["danish", "danisch", "danois", "danes", "danese", "deens", "dunsku", "dansk", "danska", "danske"]),
    (Lang::Norwegian, &["norwegian", "norwegisch", "norvegien", "noruego", "norvegese", "noors", "norwesku", "norsk", "norska", "norske"]),
    (Lang::Swedish, &["swedish", "schwedisch", "suedois", "sueco", "svedese", "zweeds", "szwedzku", "svenska", "svensk", "svenske"]),
];

/// The words before a language's name that make it the language something is written in.
const IN: &[&str] = &["in", "en", "auf", "em", "po", "het", "na", "på"];

/// Folded words for material to read, one of which the sentence names beside the language
/// ("documentation en français", "anything in German"): without one, the language is what the
/// product handles ("Will Assist suggest replies from our articles in German?"). These ask for
/// documentation in general, an overview first.
const DOCUMENTATION: &[&str] = &[
    "documentation",
    "brochure",
    "deck",
    "presentation",
    "overview",
    "slides",
    "unterlagen",
    "dokumentation",
    "praesentation",
    "prasentation",
    "plaquette",
    "documentacion",
    "presentacion",
    "folleto",
    "documentazione",
    "presentazione",
    "documentatie",
    "documentacao",
    "apresentacao",
    "dokumentacja",
    "prezentacja",
    "dokumentasjon",
    "præsentation",
    "presentasjon",
];

/// These ask for something on what the page is about ("anything in German they can read").
const ON_THE_TOPIC: &[&str] = &[
    "document",
    "documents",
    "material",
    "materials",
    "anything",
    "something",
    "information",
    "info",
    "version",
    "copy",
    "informationen",
    "etwas",
    "quelque",
    "informacion",
    "algo",
    "materiale",
    "qualcosa",
    "materiaal",
    "iets",
    "informatie",
    "material",
    "materialy",
    "cos",
    "informacje",
    "noget",
    "noe",
    "nagot",
    "informasjon",
];

/// Folded title words of an overview ("Présentation de …", "… im Überblick", "… en resumen"):
/// what a prospect asking for "a documentation in French" is sent first.
const OVERVIEW: &[&str] = &[
    "overview",
    "presentation",
    "uberblick",
    "ueberblick",
    "resumen",
    "panoramica",
    "overzicht",
    "apresentacao",
    "prezentacja",
    "introduction",
    "einfuhrung",
    "oversigt",
    "oversikt",
    "overblik",
];

/// Whether a title names its item an overview of the product.
pub fn is_overview(title: &str) -> bool {
    fold_lower(title).split(|c: char| !c.is_alphanumeric()).any(|w| OVERVIEW.contains(&w))
}

/// What a sentence asks in another language than English, if it does.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Asked {
    pub lang: Lang,
    /// Documentation in general ("une documentation en français"), not something on the
    /// page's topic ("anything in German they can read").
    pub general: bool,
}

/// The language a sentence asks material in ("anything in German they can read", "une
/// documentation en français", "Unterlagen auf Deutsch"), if it does. English is not asked for:
/// the library's material mostly is.
pub fn asked_in(sentence: &str) -> Option<Asked> {
    // Every page sentence passes here: words are compared in place, and only a word after "in"
    // ("en", "auf"…) is folded.
    let mut words = sentence.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty());
    let mut before = words.next()?;
    let lang = words.find_map(|word| {
        let after_in = IN.iter().any(|w| before.eq_ignore_ascii_case(w));
        before = word;
        after_in.then(|| NAMES.iter().find(|(_, names)| names.contains(&fold_lower(word).as_str())).map(|&(lang, _)| lang)).flatten()
    })?;
    if lang == Lang::English {
        return None;
    }
    let folded = fold_lower(sentence);
    let words: Vec<&str> = folded.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let general = words.iter().any(|w| DOCUMENTATION.contains(w));
    (general || words.iter().any(|w| ON_THE_TOPIC.contains(w))).then_some(Asked { lang, general })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_title_and_summary_say_their_language() {
        for (text, want) in [
            ("Datenschutz: DSGVO, AVV und Hosting in Frankfurt. Wo Ihre Daten liegen und wer auf sie zugreift.", Some(Lang::German)),
            ("Présentation de Shiftwise : planification des équipes et gestion des temps", Some(Lang::French)),
            ("Registro de jornada obligatorio: cómo cumplir con Shiftwise", Some(Lang::Spanish)),
            ("Data residency and GDPR: US, EU (Frankfurt) and Canada hosting", Some(Lang::English)),
            ("Voltgrid i korthet: energiuppföljning och klimatrapportering, och hur det fungerar", Some(Lang::Swedish)),
            // Too little to tell.
            ("Shiftwise DSGVO", None),
        ] {
            assert_eq!(of_text(text), want, "{text}");
        }
    }

    #[test]
    fn an_overview_says_so_in_its_title() {
        assert!(is_overview("Présentation de Shiftwise : planification des équipes"));
        assert!(is_overview("Brightdesk im Überblick: Kundenservice-Plattform"));
        assert!(is_overview("Wrenchly en resumen: software de mantenimiento"));
        assert!(!is_overview("Datenschutz: DSGVO, AVV und Hosting in Frankfurt"));
    }

    #[test]
    fn material_asked_in_a_language() {
        let asked = |lang, general| Some(Asked { lang, general });
        assert_eq!(asked_in("If there's anything in German they can read, even better."), asked(Lang::German, false));
        assert_eq!(asked_in("Pourriez-vous m'envoyer une documentation en français pour notre comité ?"), asked(Lang::French, true));
        assert_eq!(asked_in("Haben Sie Unterlagen auf Deutsch?"), asked(Lang::German, true));
        assert_eq!(asked_in("Har ni något på svenska som jag kan skicka till vår ledningsgrupp?"), asked(Lang::Swedish, false));
        // The product's languages are no material asked for.
        assert_eq!(asked_in("Does the technician app come in Spanish?"), None);
        assert_eq!(asked_in("Will Assist suggest replies from our help center articles in German and French too?"), None);
        assert_eq!(asked_in("We are based in Germany."), None);
        assert_eq!(asked_in("Avez-vous une version en anglais ?"), None);
    }
}
