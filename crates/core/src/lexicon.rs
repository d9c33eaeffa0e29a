//! Sales and compliance vocabulary of German, French, Spanish, Dutch, Portuguese and Italian
//! in the library's English:
//! a prospect writes "Sicherheitsfragebogen" or "tarifs" to a rep whose library says
//! "security questionnaire" and "pricing". Page words only; the library is not translated.

use crate::fxhash::FxHashMap as HashMap;
use crate::taxonomy::fold_lower;
use crate::text::for_each_token;
use std::sync::OnceLock;

/// (foreign word, English words). Keys and values go through the same tokenizer as pages,
/// so plural and case forms meet. One English word per idea: two would count it twice.
const WORDS: &[(&str, &str)] = &[
    // German
    ("einschreibung", "enrollment"),
    ("immatrikulation", "enrollment"),
    ("sicherheit", "security"),
    ("sicherheitskonzept", "security"),
    ("sicherheitsfragebogen", "security questionnaire"),
    ("fragebogen", "questionnaire"),
    ("betriebsrat", "works council"),
    ("betriebsvereinbarung", "works council"),
    ("datenschutz", "privacy"),
    ("dsgvo", "gdpr"),
    ("gehostet", "residency"),
    ("erstgespräch", "discovery"),
    ("kennenlerngespräch", "discovery"),
    ("auftragsverarbeitungsvertrag", "dpa"),
    ("auftragsverarbeitung", "dpa"),
    ("avv", "dpa"),
    ("preis", "pricing"),
    ("preise", "pricing"),
    ("preisliste", "pricing"),
    ("preisangebot", "quote"),
    ("kosten", "cost"),
    ("angebot", "proposal"),
    ("vertrag", "contract"),
    ("vertragsentwurf", "contract"),
    ("referenz", "reference"),
    ("referenzen", "reference"),
    ("referenzkunde", "reference"),
    ("referenzkunden", "reference"),
    ("fallstudie", "case study"),
    ("fallstudien", "case study"),
    ("erfolgsgeschichte", "case study"),
    ("kunde", "customer"),
    ("kunden", "customer"),
    ("rabatt", "discount"),
    ("mehrjährig", "multi year"),
    ("mehrjahresvertrag", "multi year contract"),
    ("laufzeit", "term"),
    ("nachlass", "discount"),
    ("schulung", "training"),
    ("schulungen", "training"),
    ("einführung", "implementation"),
    ("implementierung", "implementation"),
    ("schnittstelle", "integration"),
    ("schnittstellen", "integration"),
    ("testversion", "trial"),
    ("testphase", "trial"),
    ("zertifikat", "certification"),
    ("zertifizierung", "certification"),
    ("rechenzentrum", "data center"),
    ("rechenzentren", "data center"),
    ("datenresidenz", "residency"),
    ("datenspeicherung", "residency"),
    ("verschlüsselung", "encryption"),
    ("ausschreibung", "rfp"),
    ("barrierefreiheit", "accessibility"),
    ("unterschrift", "signature"),
    ("signatur", "signature"),
    ("elektronische", "electronic"),
    ("verlängerung", "renewal"),
    ("lizenz", "license"),
    ("lizenzen", "license"),
    ("nutzer", "user"),
    ("benutzer", "user"),
    ("wettbewerber", "competitor"),
    ("vergleich", "comparison"),
    ("krankenhaus", "hospital"),
    ("patientendaten", "patient data"),
    ("behörde", "agency"),
    ("schule", "school"),
    ("universität", "university"),
    ("wechsel", "migration"),
    ("aufbewahrung", "retention"),
    ("archivierung", "retention"),
    ("prüfpfad", "audit trail"),
    ("revisionssicher", "audit"),
    ("vorlage", "template"),
    ("vorlagen", "template"),
    ("leitfaden", "guide"),
    ("rechtsabteilung", "legal"),
    ("speicherort", "residency"),
    ("datenstandort", "residency"),
    ("rechtsverbindlich", "legally binding"),
    ("verbindlich", "binding"),
    ("vereinbarung", "agreement"),
    ("erklärung", "statement"),
    ("konformität", "conformance"),
    ("bericht", "report"),
    ("penetrationstest", "penetration test"),
    ("studierende", "student"),
    ("förderung", "grant"),
    ("fördermittel", "grant"),
    ("gemeinnützige", "nonprofit"),
    ("spende", "donor"),
    ("spenden", "donor"),
    ("pilotprojekt", "pilot"),
    ("einarbeitung", "onboarding"),
    ("kundendienst", "support"),
    ("verfügbarkeit", "availability"),
    ("datensicherung", "backup"),
    ("rechnung", "invoice"),
    ("abrechnung", "billing"),
    ("zeitplan", "timeline"),
    ("beschaffung", "procurement"),
    ("einkauf", "procurement"),
    ("vergabe", "rfp"),
    ("vorführung", "demo"),
    ("übersicht", "overview"),
    ("präsentation", "presentation"),
    ("umstellung", "migration"),
    ("auswertung", "reporting"),
    ("handbuch", "guide"),
    ("haftung", "liability"),
    ("unterauftragsverarbeiter", "subprocessor"),
    ("prüfung", "audit"),
    ("kündigung", "cancellation"),
    ("erweiterung", "expansion"),
    ("wettbewerb", "competitor"),
    ("erfahrungsbericht", "case study"),
    ("anwenderbericht", "case study"),
    ("kundenbeispiel", "case study"),
    ("praxisbeispiel", "case study"),
    ("kundenstimmen", "testimonial"),
    ("wirtschaftlichkeit", "roi"),
    ("einsparungen", "savings"),
    ("ersparnis", "savings"),
    // French
    ("inscription", "enrollment"),
    ("inscriptions", "enrollment"),
    ("sécurité", "security"),
    ("confidentialité", "privacy"),
    ("rgpd", "gdpr"),
    ("soustraitant", "dpa"),
    ("prix", "pricing"),
    ("tarif", "pricing"),
    ("tarifs", "pricing"),
    ("tarification", "pricing"),
    ("coût", "cost"),
    ("coûts", "cost"),
    ("devis", "quote"),
    ("proposition", "proposal"),
    ("contrat", "contract"),
    ("référence", "reference"),
    ("références", "reference"),
    ("étude", "study"),
    ("client", "customer"),
    ("clients", "customer"),
    ("remise", "discount"),
    ("pluriannuel", "multi year"),
    ("pluriannuelle", "multi year"),
    ("réduction", "discount"),
    ("formation", "training"),
    ("déploiement", "implementation"),
    ("intégration", "integration"),
    ("intégrations", "integration"),
    ("essai", "trial"),
    ("démonstration", "demo"),
    ("démo", "demo"),
    ("chiffrement", "encryption"),
    ("hébergement", "residency"),
    ("héberger", "residency"),
    ("synchronisation", "sync"),
    ("synchronisé", "sync"),
    ("sincronización", "sync"),
    ("sincronizado", "sync"),
    ("synchronisiert", "sync"),
    ("hébergé", "residency"),
    ("conforme", "compliance"),
    ("ue", "eu"),
    ("données", "data"),
    ("résidence", "residency"),
    ("accessibilité", "accessibility"),
    ("électronique", "electronic"),
    ("renouvellement", "renewal"),
    ("licence", "license"),
    ("licences", "license"),
    ("utilisateur", "user"),
    ("utilisateurs", "user"),
    ("concurrent", "competitor"),
    ("comparaison", "comparison"),
    ("hôpital", "hospital"),
    ("patients", "patient"),
    ("santé", "health"),
    ("école", "school"),
    ("université", "university"),
    ("conservation", "retention"),
    ("archivage", "retention"),
    ("modèle", "template"),
    ("modèles", "template"),
    ("subvention", "grant"),
    ("subventions", "grant"),
    ("donateurs", "donor"),
    ("appel", "rfp"),
    ("cas", "case"),
    ("localisation", "residency"),
    ("traitance", "dpa"),
    ("étudiant", "student"),
    ("étudiants", "student"),
    ("accord", "agreement"),
    ("juridique", "legal"),
    ("conformité", "compliance"),
    ("rapport", "report"),
    ("marché", "procurement"),
    ("achats", "procurement"),
    ("piste", "audit trail"),
    ("disponibilité", "availability"),
    ("sauvegarde", "backup"),
    ("facture", "invoice"),
    ("facturation", "billing"),
    ("calendrier", "timeline"),
    ("délai", "timeline"),
    ("délais", "timeline"),
    ("approvisionnement", "procurement"),
    ("présentation", "presentation"),
    ("aperçu", "overview"),
    ("responsabilité", "liability"),
    ("vérification", "audit"),
    ("résiliation", "cancellation"),
    ("témoignage", "testimonial"),
    ("témoignages", "testimonial"),
    ("économies", "savings"),
    ("rentabilité", "roi"),
    ("cahier", "rfp"),
    ("pilote", "pilot"),
    // Spanish
    ("inscripción", "enrollment"),
    ("inscripciones", "enrollment"),
    ("matrícula", "enrollment"),
    ("seguridad", "security"),
    ("cuestionario", "questionnaire"),
    ("privacidad", "privacy"),
    ("protección", "protection"),
    ("precio", "pricing"),
    ("precios", "pricing"),
    ("tarifa", "pricing"),
    ("costo", "cost"),
    ("coste", "cost"),
    ("cotización", "quote"),
    ("presupuesto", "budget quote"),
    ("contrato", "contract"),
    ("referencia", "reference"),
    ("referencias", "reference"),
    ("caso", "case"),
    ("casos", "case"),
    ("éxito", "study"),
    ("cliente", "customer"),
    ("clientes", "customer"),
    ("descuento", "discount"),
    ("plurianual", "multi year"),
    ("plurianuales", "multi year"),
    ("capacitación", "training"),
    ("formación", "training"),
    ("implementación", "implementation"),
    ("integración", "integration"),
    ("integraciones", "integration"),
    ("migración", "migration"),
    ("prueba", "trial"),
    ("demostración", "demo"),
    ("certificación", "certification"),
    ("certificado", "certification"),
    ("cifrado", "encryption"),
    ("alojamiento", "residency"),
    ("alojar", "residency"),
    ("aloja", "residency"),
    ("alojado", "residency"),
    ("alojada", "residency"),
    ("datos", "data"),
    ("residencia", "residency"),
    ("accesibilidad", "accessibility"),
    ("firma", "signature"),
    ("electrónica", "electronic"),
    ("renovación", "renewal"),
    ("licencia", "license"),
    ("licencias", "license"),
    ("usuario", "user"),
    ("usuarios", "user"),
    ("competidor", "competitor"),
    ("competencia", "competitor"),
    ("comparación", "comparison"),
    ("comparativa", "comparison"),
    ("paciente", "patient"),
    ("pacientes", "patient"),
    ("salud", "health"),
    ("escuela", "school"),
    ("universidad", "university"),
    ("licitación", "rfp"),
    ("conservación", "retention"),
    ("retención", "retention"),
    ("plantilla", "template"),
    ("plantillas", "template"),
    ("subvención", "grant"),
    ("subvenciones", "grant"),
    ("acuerdo", "agreement"),
    ("localización", "residency"),
    ("ubicación", "residency"),
    ("jurídico", "legal"),
    ("vinculante", "binding"),
    ("informe", "report"),
    ("estudiantes", "student"),
    ("donantes", "donor"),
    ("auditoría", "audit"),
    ("soporte", "support"),
    ("disponibilidad", "availability"),
    ("respaldo", "backup"),
    ("factura", "invoice"),
    ("facturación", "billing"),
    ("cronograma", "timeline"),
    ("plazo", "timeline"),
    ("plazos", "timeline"),
    ("compras", "procurement"),
    ("adquisiciones", "procurement"),
    ("presentación", "presentation"),
    ("resumen", "overview"),
    ("guía", "guide"),
    ("responsabilidad", "liability"),
    ("cumplimiento", "compliance"),
    ("cancelación", "cancellation"),
    ("testimonio", "testimonial"),
    ("ahorro", "savings"),
    ("ahorros", "savings"),
    ("piloto", "pilot"),
    ("propuesta", "proposal"),
    // Dutch
    ("beveiliging", "security"),
    ("vragenlijst", "questionnaire"),
    ("verwerkersovereenkomst", "dpa"),
    ("prijs", "pricing"),
    ("prijzen", "pricing"),
    ("offerte", "quote"),
    ("overeenkomst", "contract"),
    ("referentie", "reference"),
    ("referenties", "reference"),
    ("klant", "customer"),
    ("klanten", "customer"),
    ("korting", "discount"),
    ("implementatie", "implementation"),
    ("koppeling", "integration"),
    ("proefperiode", "trial"),
    ("certificering", "certification"),
    ("versleuteling", "encryption"),
    ("aanbesteding", "rfp"),
    ("toegankelijkheid", "accessibility"),
    ("handtekening", "signature"),
    ("verlenging", "renewal"),
    ("licentie", "license"),
    ("gebruikers", "user"),
    ("concurrent", "competitor"),
    ("ziekenhuis", "hospital"),
    ("penetratietest", "penetration test"),
    ("pentest", "penetration test"),
    ("studenten", "student"),
    ("gemeente", "municipality"),
    ("universiteit", "university"),
    ("bewaartermijn", "retention"),
    ("ondersteuning", "support"),
    ("beschikbaarheid", "availability"),
    ("factuur", "invoice"),
    ("facturatie", "billing"),
    ("tijdlijn", "timeline"),
    ("inkoop", "procurement"),
    ("presentatie", "presentation"),
    ("overzicht", "overview"),
    ("migratie", "migration"),
    ("handleiding", "guide"),
    ("aansprakelijkheid", "liability"),
    ("subverwerker", "subprocessor"),
    ("naleving", "compliance"),
    ("gegevensbescherming", "privacy"),
    ("prijsopgave", "quote"),
    ("proef", "trial"),
    ("opleiding", "training"),
    ("integratie", "integration"),
    ("klantverhaal", "case study"),
    ("succesverhaal", "case study"),
    ("opzegging", "cancellation"),
    ("besparing", "savings"),
    ("besparingen", "savings"),
    ("vergelijking", "comparison"),
    ("certificaat", "certification"),
    ("korting", "discount"),
    ("voorstel", "proposal"),
    // Portuguese
    ("segurança", "security"),
    ("questionário", "questionnaire"),
    ("privacidade", "privacy"),
    ("lgpd", "gdpr"),
    ("preço", "pricing"),
    ("preços", "pricing"),
    ("orçamento", "quote"),
    ("contrato", "contract"),
    ("referência", "reference"),
    ("referências", "reference"),
    ("desconto", "discount"),
    ("treinamento", "training"),
    ("implantação", "implementation"),
    ("integração", "integration"),
    ("teste", "trial"),
    ("certificação", "certification"),
    ("criptografia", "encryption"),
    ("licitação", "rfp"),
    ("acessibilidade", "accessibility"),
    ("assinatura", "signature"),
    ("renovação", "renewal"),
    ("licença", "license"),
    ("usuários", "user"),
    ("concorrente", "competitor"),
    ("prefeitura", "municipality"),
    ("escola", "school"),
    ("universidade", "university"),
    ("retenção", "retention"),
    ("suporte", "support"),
    ("disponibilidade", "availability"),
    ("fatura", "invoice"),
    ("faturamento", "billing"),
    ("prazo", "timeline"),
    ("prazos", "timeline"),
    ("compras", "procurement"),
    ("apresentação", "presentation"),
    ("migração", "migration"),
    ("guia", "guide"),
    ("responsabilidade", "liability"),
    ("subprocessador", "subprocessor"),
    ("auditoria", "audit"),
    ("conformidade", "compliance"),
    ("estudo", "study"),
    ("sucesso", "study"),
    ("piloto", "pilot"),
    ("demonstração", "demo"),
    ("proposta", "proposal"),
    ("cliente", "customer"),
    ("clientes", "customer"),
    ("economia", "savings"),
    ("cancelamento", "cancellation"),
    ("depoimento", "testimonial"),
    ("comparação", "comparison"),
    ("integrações", "integration"),
    // Italian
    ("sicurezza", "security"),
    ("questionario", "questionnaire"),
    ("prezzo", "pricing"),
    ("prezzi", "pricing"),
    ("preventivo", "quote"),
    ("contratto", "contract"),
    ("referenza", "reference"),
    ("referenze", "reference"),
    ("sconto", "discount"),
    ("formazione", "training"),
    ("implementazione", "implementation"),
    ("integrazione", "integration"),
    ("prova", "trial"),
    ("certificazione", "certification"),
    ("crittografia", "encryption"),
    ("gara", "rfp"),
    ("accessibilità", "accessibility"),
    ("firma", "signature"),
    ("rinnovo", "renewal"),
    ("licenza", "license"),
    ("utenti", "user"),
    ("concorrente", "competitor"),
    ("ospedale", "hospital"),
    ("comune", "municipality"),
    ("scuola", "school"),
    ("università", "university"),
    ("conservazione", "retention"),
    ("supporto", "support"),
    ("assistenza", "support"),
    ("disponibilità", "availability"),
    ("fattura", "invoice"),
    ("fatturazione", "billing"),
    ("tempistiche", "timeline"),
    ("cronoprogramma", "timeline"),
    ("acquisti", "procurement"),
    ("approvvigionamento", "procurement"),
    ("presentazione", "presentation"),
    ("panoramica", "overview"),
    ("migrazione", "migration"),
    ("guida", "guide"),
    ("responsabilità", "liability"),
    ("subresponsabile", "subprocessor"),
    ("verifica", "audit"),
    ("conformità", "compliance"),
    ("caso", "case"),
    ("studio", "study"),
    ("successo", "study"),
    ("cliente", "customer"),
    ("clienti", "customer"),
    ("pilota", "pilot"),
    ("dimostrazione", "demo"),
    ("offerta", "proposal"),
    ("risparmio", "savings"),
    ("risparmi", "savings"),
    ("disdetta", "cancellation"),
    ("testimonianza", "testimonial"),
    ("confronto", "comparison"),
    ("integrazioni", "integration"),
    ("contratto", "contract"),
];

/// English words that name one idea, the word libraries most often use first (what a prospect
/// asks for, never who they are: "hospital" or "bank" as evidence was measured to hurt). A page word the
/// library never uses finds the first member the library does use ("pilot" for a library that
/// says "trial"): one idea counts once.
const SYNONYMS: &[&[&str]] = &[
    &["trial", "pilot", "poc", "evaluation"],
    &["pricing", "price", "cost", "fee", "rate", "quote"],
    &["discount", "concession", "rebate", "markdown"],
    &["reference", "referral", "referee"],
    &["case study", "testimonial", "story", "example"],
    &["implementation", "onboarding", "rollout", "deployment", "setup"],
    &["integration", "connector", "interoperability", "interface"],
    &["security", "infosec", "cybersecurity"],
    &["questionnaire", "sig", "caiq", "hecvat", "vsaq"],
    &["privacy", "confidentiality"],
    &["contract", "agreement", "msa", "terms"],
    &["renewal", "renew", "renewing"],
    &["migration", "switch", "switching", "transition", "migrate"],
    &["retention", "archiving", "archive", "preservation", "recordkeeping"],
    &["roi", "savings", "payback", "tco"],
    &["sla", "uptime", "availability"],
    &["sso", "saml"],
    &["accessibility", "a11y", "vpat", "wcag"],
    &["encryption", "encrypted", "encrypt"],
    &["certification", "certificate", "certified", "accreditation", "attestation"],
    &["audit", "auditing", "auditor"],
    &["compliance", "compliant", "regulatory"],
    &["training", "workshop", "course", "tutorial"],
    &["support", "helpdesk"],
    &["rfp", "tender", "rfq", "rfi", "solicitation", "bid"],
    &["demo", "demonstration", "walkthrough"],
    &["overview", "brochure", "datasheet", "factsheet", "flyer", "leaflet"],
    &["deck", "presentation", "slides"],
    &["webinar", "webcast"],
    &["competitor", "competition", "competitive"],
    &["comparison", "compare", "versus", "vs"],
    &["customer", "client"],
    &["budget", "funding", "financing"],
    &["grant", "subsidy"],
    &["invoice", "billing", "invoicing", "payment"],
    &["donor", "donation", "fundraising"],
    &["legal", "counsel", "lawyer", "attorney"],
    &["procurement", "purchasing", "sourcing"],
    &["timeline", "schedule", "timeframe"],
    &["backup", "recovery", "continuity"],
    &["incident", "breach"],
    &["penetration", "pentest", "pen test"],
    &["residency", "hosting", "sovereignty", "localization"],
    &["signature", "esignature", "signing"],
    &["template", "boilerplate"],
    &["objection", "pushback"],
    &["expansion", "upsell", "upgrade"],
    &["license", "licence", "licensing", "seat"],
    &["cancellation", "churn", "cancel"],
    &["reporting", "analytics", "dashboard", "insights"],
    &["guide", "playbook", "handbook", "manual"],
    &["whitepaper", "white paper"],
    &["video", "recording"],
    &["calculator", "estimator"],
    &["workflow", "automation"],
    &["liability", "indemnity", "indemnification"],
    &["subprocessor", "sub processor"],
    &["mobile", "phone", "smartphone", "cellphone"],
];

/// A foreign key and the tokens it stands for; keys are stored as written and without accents.
type Table = HashMap<String, Vec<String>>;

fn tokens_of(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for_each_token(text, |t| out.push(t.to_string()));
    out
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: Table = HashMap::default();
        for (foreign, english) in WORDS {
            let Some(key) = tokens_of(foreign).pop() else { continue };
            let meaning = tokens_of(english);
            // Prospects type without accents as often as with them ("securite", "seguranca").
            for k in [fold_lower(&key), key] {
                let entry = map.entry(k).or_default();
                for t in &meaning {
                    if !entry.contains(t) {
                        entry.push(t.clone());
                    }
                }
            }
        }
        map
    })
}

/// Each synonym group's members in tokens, by the token of every one-word member.
fn synonym_table() -> &'static HashMap<String, &'static [Vec<String>]> {
    static TABLE: OnceLock<HashMap<String, &'static [Vec<String>]>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::default();
        for group in SYNONYMS {
            let members: &'static [Vec<String>] = Vec::leak(group.iter().map(|m| tokens_of(m)).collect());
            for m in members.iter().filter(|m| m.len() == 1) {
                map.insert(m[0].clone(), members);
            }
        }
        map
    })
}

/// Inflections a foreign word may carry beyond the key (German, Dutch, Romance plurals and
/// cases), longest first; the tokenizer has already taken an English plural `s`.
const ENDINGS: &[&str] = &["en", "es", "er", "n", "e", "s", "i", "a", "o"];
/// Linking letters between the parts of a German or Dutch compound ("Sicherheit-s-konzept").
const LINKS: &[&str] = &["", "s", "n", "en", "e", "es"];
/// Parts shorter than this are not read out of a compound (too many accidental matches).
const MIN_PART: usize = 4;

fn lookup(key: &str) -> Option<&'static Vec<String>> {
    let t = table();
    t.get(key).or_else(|| ENDINGS.iter().filter_map(|e| key.strip_suffix(e)).filter(|k| k.chars().count() >= MIN_PART).find_map(|k| t.get(k)))
}

/// The English words a (tokenized) foreign page word stands for; empty when it is not one.
/// Accents may be missing, an inflection may be added, and a compound is read part by part
/// ("Sicherheitszertifikate" → security, certification).
pub fn english(token: &str) -> Vec<&'static str> {
    let listed = listed_english(token);
    if !listed.is_empty() {
        return listed.iter().map(String::as_str).collect();
    }
    let folded = fold_lower(token);
    if folded.len() < 8 || !folded.is_ascii() {
        return Vec::new();
    }
    compound(&folded).unwrap_or_default()
}

/// The English of a foreign word the lexicon lists (with its inflections), not read as a
/// compound: for a library's own words, each of which is looked up on every suggestion.
pub fn listed_english(token: &str) -> &'static [String] {
    lookup(token).or_else(|| lookup(&fold_lower(token))).map_or(&[], Vec::as_slice)
}

/// Reads a compound as known parts with linking letters, the whole word covered; None when
/// it cannot be. Byte positions are char positions here (the word is ASCII after folding).
fn compound(word: &str) -> Option<Vec<&'static str>> {
    let n = word.len();
    // best[i]: the fewest parts that cover word[..i], with the parts' meanings.
    let mut best: Vec<Option<(usize, Vec<&'static str>)>> = vec![None; n + 1];
    best[0] = Some((0, Vec::new()));
    for start in 0..n {
        let Some((parts, meaning)) = best[start].clone() else { continue };
        for link in LINKS {
            let from = start + link.len();
            if (start == 0 && !link.is_empty()) || from > n || !word[start..].starts_with(link) {
                continue;
            }
            for end in (from + MIN_PART)..=n {
                let Some(words) = table().get(&word[from..end]) else { continue };
                if best[end].as_ref().is_none_or(|(p, _)| parts + 1 < *p) {
                    let mut m = meaning.clone();
                    m.extend(words.iter().map(String::as_str).filter(|w| !meaning.contains(w)));
                    best[end] = Some((parts + 1, m));
                }
            }
        }
    }
    // A compound ends in a known part, perhaps with an inflection…
    let whole = (n.saturating_sub(2)..=n).rev().filter(|&i| i == n || ENDINGS.contains(&&word[i..])).find_map(|i| best[i].clone()).filter(|(p, _)| *p >= 2);
    // …or a long one is read by the known parts it begins with ("Datenschutzkonzept" → privacy).
    let head = || (n >= 10).then(|| (6..n).rev().find_map(|i| best[i].clone())).flatten();
    whole.or_else(head).map(|(_, m)| m)
}

/// What a page word the library never uses means in the library's words: the English of a
/// foreign word, or the first synonym the library uses. `find` says whether the library uses a
/// token; `f` gets each idea's tokens once.
pub fn library_words<T>(token: &str, mut find: impl FnMut(&str) -> Option<T>, mut f: impl FnMut(T)) {
    let foreign = english(token);
    let ideas: Vec<&str> = if foreign.is_empty() { vec![token] } else { foreign };
    for idea in ideas {
        if let Some(id) = find(idea) {
            f(id);
            continue;
        }
        let Some(members) = synonym_table().get(idea) else { continue };
        // The first member the library uses with all its words stands for the idea.
        for m in members.iter() {
            let ids: Vec<T> = m.iter().map_while(|t| find(t)).collect();
            if ids.len() == m.len() {
                ids.into_iter().for_each(&mut f);
                break;
            }
        }
    }
}

/// The other forms of a library word in its synonym group that the library also uses
/// ("pricing" for "price", "renewal" for "renew"): an item holding either holds the idea. Only
/// forms of one word (the same first four letters): another word of the group names a kinder or
/// narrower thing ("SIG" is one questionnaire, "VPAT" one accessibility document).
pub fn mates<T>(token: &str, mut find: impl FnMut(&str) -> Option<T>) -> Vec<T> {
    let Some(members) = synonym_table().get(token) else { return Vec::new() };
    let stem = |w: &str| w.get(..4).map(str::to_string);
    members.iter().filter(|m| m.len() == 1 && m[0] != token && stem(&m[0]).is_some() && stem(&m[0]) == stem(token)).filter_map(|m| find(&m[0])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_words_meet_the_library_in_english() {
        assert_eq!(english("sicherheitsfragebogen"), ["security", "questionnaire"]);
        assert_eq!(english("tarif"), ["pricing"], "plural forms fold to one key");
        assert_eq!(english("dsgvo"), ["gdpr"]);
        for hosted in ["alojan", "alojados", "hébergées", "gehostet"] {
            assert_eq!(english(hosted), ["residency"], "{hosted}: where the data is hosted");
        }
        assert_eq!(english("ue"), ["eu"], "la UE, l'UE");
        assert_eq!(english("synchronisées"), ["sync"]);
        assert_eq!(english("erstgespräch"), ["discovery"], "a first meeting");
        assert_eq!(english("presupuesto"), ["budget", "quote"], "controles de presupuesto: budget controls; pedir un presupuesto: ask for a quote");
        assert!(english("security").is_empty(), "English words are not looked up");
        assert_eq!(english("datenschutzkonzept"), ["privacy"], "a long compound by its known head");
        assert_eq!(english("securite"), ["security"], "accents may be missing");
        assert_eq!(english("conformité"), ["compliance"], "« conformité RGPD » is GDPR compliance");
        assert_eq!(english("zertifikate"), ["certification"], "an inflection on a key");
        assert_eq!(english("sicherheitszertifikate"), ["security", "certification"], "a compound part by part, with its link");
        assert_eq!(english("kundenreferenz"), ["customer", "reference"]);
        assert!(english("informed").is_empty(), "a short English word is not a foreign key with an ending");
    }

    #[test]
    fn a_word_the_library_lacks_finds_its_synonym_or_its_english() {
        let library = ["trial", "case", "study", "security", "questionnaire"];
        let find = |t: &str| library.iter().position(|l| *l == t);
        let words = |token: &str| {
            let mut out = Vec::new();
            library_words(token, find, |i| out.push(library[i]));
            out
        };
        assert_eq!(words("pilot"), ["trial"]);
        assert_eq!(words("testimonial"), ["case", "study"], "a two-word member counts when the library has both words");
        assert_eq!(words("example"), ["case", "study"], "\"an example from another university\"");
        assert_eq!(words("sicherheitsfragebogen"), ["security", "questionnaire"]);
        assert_eq!(words("infosec"), ["security"]);
        assert!(words("hospital").is_empty(), "no member of the group is in the library");
        assert!(words("weather").is_empty());
    }

    #[test]
    fn mates_are_other_forms_of_the_same_word_that_the_library_uses() {
        let library = ["pricing", "price", "sig", "questionnaire", "renewal"];
        let find = |t: &str| library.iter().position(|l| *l == t).map(|i| library[i]);
        assert_eq!(mates("price", find), ["pricing"]);
        assert_eq!(mates("renew", find), ["renewal"]);
        assert!(mates("questionnaire", find).is_empty(), "SIG is one questionnaire, not another form of the word");
        assert!(mates("cost", find).is_empty(), "another word for the idea is not a form of this one");
    }

    #[test]
    fn synonym_groups_do_not_overlap() {
        let mut seen = std::collections::HashSet::new();
        for member in SYNONYMS.iter().flat_map(|g| g.iter()) {
            assert!(seen.insert(*member), "{member} is in two groups");
        }
    }

    #[test]
    fn every_entry_has_a_key_and_a_meaning() {
        for (foreign, english_words) in WORDS {
            let mut n = 0;
            for_each_token(foreign, |_| n += 1);
            assert_eq!(n, 1, "{foreign} must be one token");
            let mut m = 0;
            for_each_token(english_words, |_| m += 1);
            assert!(m >= 1, "{foreign} → {english_words}");
        }
    }
}
