//! Sales and compliance vocabulary of German, French, Spanish, Dutch, Portuguese and Italian
//! in the library's English:
//! a prospect writes "Sicherheitsfragebogen" or "tarifs" to a rep whose library says
//! "security questionnaire" and "pricing". Page words only; the library is not translated.

use crate::fxhash::FxHashMap as HashMap;
use crate::text::for_each_token;
use std::sync::OnceLock;

/// (foreign word, English words). Keys and values go through the same tokenizer as pages,
/// so plural and case forms meet. One English word per idea: two would count it twice.
const WORDS: &[(&str, &str)] = &[
    // German
    ("sicherheit", "security"), ("sicherheitskonzept", "security"), ("sicherheitsfragebogen", "security questionnaire"), ("fragebogen", "questionnaire"),
    ("datenschutz", "privacy"), ("dsgvo", "gdpr"), ("auftragsverarbeitungsvertrag", "dpa"), ("auftragsverarbeitung", "dpa"), ("avv", "dpa"),
    ("preis", "pricing"), ("preise", "pricing"), ("preisliste", "pricing"), ("preisangebot", "quote"), ("kosten", "cost"),
    ("angebot", "proposal"), ("vertrag", "contract"), ("vertragsentwurf", "contract"), ("referenz", "reference"), ("referenzen", "reference"),
    ("referenzkunde", "reference"), ("referenzkunden", "reference"), ("fallstudie", "case study"), ("fallstudien", "case study"),
    ("erfolgsgeschichte", "case study"), ("kunde", "customer"), ("kunden", "customer"), ("rabatt", "discount"), ("nachlass", "discount"),
    ("schulung", "training"), ("schulungen", "training"), ("einführung", "implementation"), ("implementierung", "implementation"),
    ("schnittstelle", "integration"), ("schnittstellen", "integration"), ("testversion", "trial"), ("testphase", "trial"),
    ("zertifikat", "certification"), ("zertifizierung", "certification"), ("rechenzentrum", "data center"), ("rechenzentren", "data center"),
    ("datenresidenz", "residency"), ("datenspeicherung", "residency"), ("verschlüsselung", "encryption"), ("ausschreibung", "rfp"),
    ("barrierefreiheit", "accessibility"), ("unterschrift", "signature"), ("signatur", "signature"), ("elektronische", "electronic"),
    ("verlängerung", "renewal"), ("lizenz", "license"), ("lizenzen", "license"), ("nutzer", "user"), ("benutzer", "user"), ("wettbewerber", "competitor"),
    ("vergleich", "comparison"), ("krankenhaus", "hospital"), ("patientendaten", "patient data"), ("behörde", "agency"), ("schule", "school"),
    ("universität", "university"), ("wechsel", "migration"), ("aufbewahrung", "retention"), ("archivierung", "retention"),
    ("prüfpfad", "audit trail"), ("revisionssicher", "audit"), ("vorlage", "template"), ("vorlagen", "template"), ("leitfaden", "guide"),
    ("rechtsabteilung", "legal"), ("speicherort", "residency"), ("datenstandort", "residency"), ("rechtsverbindlich", "legally binding"), ("verbindlich", "binding"), ("vereinbarung", "agreement"),
    ("erklärung", "statement"), ("konformität", "conformance"), ("bericht", "report"), ("penetrationstest", "penetration test"), ("studierende", "student"),
    ("förderung", "grant"), ("fördermittel", "grant"), ("gemeinnützige", "nonprofit"), ("spende", "donor"), ("spenden", "donor"),
    // French
    ("sécurité", "security"), ("confidentialité", "privacy"), ("rgpd", "gdpr"), ("soustraitant", "dpa"),
    ("prix", "pricing"), ("tarif", "pricing"), ("tarifs", "pricing"), ("tarification", "pricing"), ("coût", "cost"), ("coûts", "cost"),
    ("devis", "quote"), ("contrat", "contract"), ("référence", "reference"), ("références", "reference"), ("étude", "study"), ("client", "customer"),
    ("clients", "customer"), ("remise", "discount"), ("réduction", "discount"), ("formation", "training"), ("déploiement", "implementation"),
    ("intégration", "integration"), ("intégrations", "integration"), ("essai", "trial"), ("démonstration", "demo"), ("démo", "demo"),
    ("chiffrement", "encryption"), ("hébergement", "residency"), ("données", "data"), ("résidence", "residency"),
    ("accessibilité", "accessibility"), ("électronique", "electronic"), ("renouvellement", "renewal"), ("licence", "license"), ("licences", "license"),
    ("utilisateur", "user"), ("utilisateurs", "user"), ("concurrent", "competitor"), ("comparaison", "comparison"), ("hôpital", "hospital"),
    ("patients", "patient"), ("santé", "health"), ("école", "school"), ("université", "university"), ("conservation", "retention"), ("archivage", "retention"),
    ("modèle", "template"), ("modèles", "template"), ("subvention", "grant"), ("subventions", "grant"), ("donateurs", "donor"), ("appel", "rfp"),
    ("cas", "case"), ("localisation", "residency"), ("traitance", "dpa"), ("étudiant", "student"), ("étudiants", "student"), ("accord", "agreement"), ("juridique", "legal"), ("conformité", "conformance"),
    ("rapport", "report"), ("marché", "procurement"), ("achats", "procurement"), ("piste", "audit trail"),
    // Spanish
    ("seguridad", "security"), ("cuestionario", "questionnaire"), ("privacidad", "privacy"), ("protección", "protection"), ("precio", "pricing"),
    ("precios", "pricing"), ("tarifa", "pricing"), ("costo", "cost"), ("coste", "cost"), ("cotización", "quote"), ("presupuesto", "quote"),
    ("contrato", "contract"), ("referencia", "reference"), ("referencias", "reference"), ("caso", "case"), ("casos", "case"), ("éxito", "study"),
    ("cliente", "customer"), ("clientes", "customer"), ("descuento", "discount"), ("capacitación", "training"), ("formación", "training"),
    ("implementación", "implementation"), ("integración", "integration"), ("integraciones", "integration"), ("migración", "migration"), ("prueba", "trial"),
    ("demostración", "demo"), ("certificación", "certification"), ("certificado", "certification"), ("cifrado", "encryption"),
    ("alojamiento", "residency"), ("datos", "data"), ("residencia", "residency"), ("accesibilidad", "accessibility"), ("firma", "signature"),
    ("electrónica", "electronic"), ("renovación", "renewal"), ("licencia", "license"), ("licencias", "license"), ("usuario", "user"), ("usuarios", "user"),
    ("competidor", "competitor"), ("competencia", "competitor"), ("comparación", "comparison"), ("comparativa", "comparison"), ("paciente", "patient"),
    ("pacientes", "patient"), ("salud", "health"), ("escuela", "school"), ("universidad", "university"), ("licitación", "rfp"),
    ("conservación", "retention"), ("retención", "retention"), ("plantilla", "template"), ("plantillas", "template"), ("subvención", "grant"),
    ("subvenciones", "grant"), ("acuerdo", "agreement"), ("localización", "residency"), ("ubicación", "residency"), ("jurídico", "legal"), ("vinculante", "binding"), ("informe", "report"), ("estudiantes", "student"), ("donantes", "donor"), ("auditoría", "audit"),
    // Dutch
    ("beveiliging", "security"), ("vragenlijst", "questionnaire"), ("verwerkersovereenkomst", "dpa"), ("prijs", "pricing"),
    ("prijzen", "pricing"), ("offerte", "quote"), ("overeenkomst", "contract"), ("referentie", "reference"), ("referenties", "reference"),
    ("klant", "customer"), ("klanten", "customer"), ("korting", "discount"), ("implementatie", "implementation"), ("koppeling", "integration"),
    ("proefperiode", "trial"), ("certificering", "certification"), ("versleuteling", "encryption"), ("aanbesteding", "rfp"), ("toegankelijkheid", "accessibility"),
    ("handtekening", "signature"), ("verlenging", "renewal"), ("licentie", "license"), ("gebruikers", "user"), ("concurrent", "competitor"), ("ziekenhuis", "hospital"),
    ("penetratietest", "penetration test"), ("pentest", "penetration test"), ("studenten", "student"), ("gemeente", "municipality"), ("universiteit", "university"), ("bewaartermijn", "retention"),
    // Portuguese
    ("segurança", "security"), ("questionário", "questionnaire"), ("privacidade", "privacy"), ("lgpd", "gdpr"), ("preço", "pricing"), ("preços", "pricing"),
    ("orçamento", "quote"), ("contrato", "contract"), ("referência", "reference"), ("referências", "reference"), ("desconto", "discount"), ("treinamento", "training"),
    ("implantação", "implementation"), ("integração", "integration"), ("teste", "trial"), ("certificação", "certification"), ("criptografia", "encryption"),
    ("licitação", "rfp"), ("acessibilidade", "accessibility"), ("assinatura", "signature"), ("renovação", "renewal"), ("licença", "license"), ("usuários", "user"),
    ("concorrente", "competitor"), ("prefeitura", "municipality"), ("escola", "school"), ("universidade", "university"), ("retenção", "retention"),
    // Italian
    ("sicurezza", "security"), ("questionario", "questionnaire"), ("prezzo", "pricing"), ("prezzi", "pricing"), ("preventivo", "quote"),
    ("contratto", "contract"), ("referenza", "reference"), ("referenze", "reference"), ("sconto", "discount"), ("formazione", "training"), ("implementazione", "implementation"),
    ("integrazione", "integration"), ("prova", "trial"), ("certificazione", "certification"), ("crittografia", "encryption"), ("gara", "rfp"), ("accessibilità", "accessibility"),
    ("firma", "signature"), ("rinnovo", "renewal"), ("licenza", "license"), ("utenti", "user"), ("concorrente", "competitor"), ("ospedale", "hospital"), ("comune", "municipality"),
    ("scuola", "school"), ("università", "university"), ("conservazione", "retention"),
];

fn table() -> &'static HashMap<String, Vec<String>> {
    static TABLE: OnceLock<HashMap<String, Vec<String>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map: HashMap<String, Vec<String>> = HashMap::default();
        for (foreign, english) in WORDS {
            let mut key = None;
            for_each_token(foreign, |t| key = Some(t.to_string()));
            let Some(key) = key else { continue };
            let entry = map.entry(key).or_default();
            for_each_token(english, |t| {
                if !entry.iter().any(|e| e == t) {
                    entry.push(t.to_string());
                }
            });
        }
        map
    })
}

/// The English words a (tokenized) foreign page word stands for; empty when it is not one.
/// A German compound is read by its longest known head ("Datenschutzkonzept" → "datenschutz").
pub fn english(token: &str) -> &'static [String] {
    if let Some(words) = table().get(token) {
        return words;
    }
    if token.len() < 10 {
        return &[];
    }
    let mut best: Option<(&String, &Vec<String>)> = None;
    for (key, words) in table() {
        if key.len() >= 6 && token.starts_with(key.as_str()) && best.map_or(true, |(b, _)| key.len() > b.len()) {
            best = Some((key, words));
        }
    }
    best.map_or(&[], |(_, w)| w.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn foreign_words_meet_the_library_in_english() {
        let words = |t: &str| english(t).to_vec();
        assert_eq!(words("sicherheitsfragebogen"), ["security", "questionnaire"]);
        assert_eq!(words("tarif"), ["pricing"], "plural forms fold to one key");
        assert_eq!(words("dsgvo"), ["gdpr"]);
        assert_eq!(words("presupuesto"), ["quote"]);
        assert!(english("security").is_empty(), "English words are not looked up");
        assert_eq!(words("datenschutzkonzept"), ["privacy"], "a compound by its head");
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
