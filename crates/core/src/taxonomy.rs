//! The canonical vocabulary of who the buyer is (vertical) and where the deal stands (stage),
//! and the synonym tables that map each CRM's picklist values onto it (CONTRACTS.md §1).

use crate::bytes::{DecodeError, Decoded, Reader, Writer};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One canonical term: an id, a display label and the raw values that mean it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct Term {
    pub id: String,
    #[serde(default)]
    pub label: String,
    #[serde(default)]
    pub synonyms: Vec<String>,
}

/// An org's taxonomy file: extra or overriding terms. Terms with a known id merge their
/// synonyms into the default (and may relabel it); new ids are appended (stages in file order,
/// after the defaults, unless `replace_stages` is set).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub struct TaxonomyFile {
    #[serde(default)]
    pub verticals: Vec<Term>,
    #[serde(default)]
    pub stages: Vec<Term>,
    /// When true the file's stages replace the default funnel (order matters for "neighbouring stage").
    #[serde(default)]
    pub replace_stages: bool,
}

#[derive(Debug, Clone)]
pub struct Taxonomy {
    verticals: Vec<Term>,
    stages: Vec<Term>,
    vertical_keys: HashMap<String, usize>,
    stage_keys: HashMap<String, usize>,
    /// Where the verticals a library adopted start (`adopt_verticals`); the length when none.
    adopted_from: usize,
    /// The adopted verticals as `map` and `resolve` meet them (`Own::of`).
    own: Vec<Own>,
}

/// A vertical of a library's own: the runs of words that name it inside a longer CRM value,
/// and, for a known industry, the words companies in it name themselves with.
#[derive(Debug, Clone)]
struct Own {
    term: usize,
    words: Vec<Vec<String>>,
    company_words: &'static [&'static str],
}

impl Own {
    fn of(verticals: &[Term], adopted_from: usize) -> Vec<Own> {
        (adopted_from..verticals.len())
            .map(|term| {
                let t = &verticals[term];
                // A one-word spelling ("Power") inside a longer value ("Power Tools") is too often
                // another industry's: it meets only itself, by its key.
                let words = std::iter::once(key_words(&t.id))
                    .chain(t.synonyms.iter().map(|s| key_words(s)).filter(|w| w.len() > 1))
                    .filter(|w| !w.is_empty())
                    .collect();
                Own { term, words, company_words: crate::industries::known(&t.id).map_or(&[], |i| i.company_words) }
            })
            .collect()
    }
}

/// Which list a raw value is looked up in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Facet {
    Vertical,
    Stage,
}

/// A value's words as keys ("Oil & Gas_Exploration": oil, and, gas, exploration).
fn key_words(raw: &str) -> Vec<String> {
    raw.replace('&', " and ").split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(normalize_key).collect()
}

/// Whether `part` (non-empty) stands in `whole` as a run of words.
fn words_within(part: &[String], whole: &[String]) -> bool {
    !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
}

/// A label for an id nobody labelled: "oil-and-gas" reads "Oil and gas".
fn label_of(id: &str) -> String {
    let spaced = id.replace(['-', '_'], " ");
    let mut chars = spaced.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Case- and punctuation-insensitive key: "Proposal/Price Quote" and "proposal price-quote"
/// are the same value; "&" reads as "and" so "Hospital & Health Care" meets "hospital and health care".
pub fn normalize_key(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c == '&' {
            out.push_str("and");
        } else if c.is_alphanumeric() {
            for l in c.to_lowercase() {
                fold_accent(l, &mut out);
            }
        }
    }
    out
}

/// Lower case without accents, everything else kept: "Université" reads as "universite".
pub(crate) fn fold_lower(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for l in text.chars().flat_map(char::to_lowercase) {
        fold_accent(l, &mut out);
    }
    out
}

/// Accents are dropped ("Négociation" meets "Negociacion", as CRM exports often spell it).
fn fold_accent(c: char, out: &mut String) {
    let plain = match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' => 'd',
        'è' | 'é' | 'ê' | 'ë' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ł' => 'l',
        'ś' | 'š' | 'ş' => 's',
        'ř' => 'r',
        'ť' => 't',
        'ź' | 'ż' | 'ž' => 'z',
        'ì' | 'í' | 'î' | 'ï' | 'ı' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        'ß' => {
            out.push_str("ss");
            return;
        }
        other => other,
    };
    out.push(plain);
}

const VERTICALS: &[(&str, &str, &[&str])] = &[
    (
        "government",
        "Government",
        &[
            "Government",
            "Public Sector",
            "Government Administration",
            "Government Relations",
            "GOVERNMENT_ADMINISTRATION",
            "GOVERNMENT_RELATIONS",
            "Federal",
            "Federal Government",
            "State Government",
            "Local Government",
            "State and Local",
            "SLED",
            "Municipal",
            "Municipality",
            "Public Administration",
            "Military",
            "Defense",
            "Defense & Space",
            "DEFENSE_SPACE",
            "Law Enforcement",
            "LAW_ENFORCEMENT",
            "Public Safety",
            "PUBLIC_SAFETY",
            "Judiciary",
            "Legislative Office",
            "Executive Office",
            "International Affairs",
            "Gov",
        ],
    ),
    ("enterprise", "Enterprise", &["Enterprise", "Large Enterprise", "Strategic", "Global", "Global Enterprise", "Fortune 500", "Corporate Enterprise"]),
    ("mid-market", "Mid-market", &["Mid-Market", "Midmarket", "Mid Market", "Commercial", "Mid-size", "Midsize", "Medium Business"]),
    (
        "smb",
        "SMB",
        &[
            "SMB",
            "Small Business",
            "Small and Medium Business",
            "Small & Medium Business",
            "Small and Midsize Business",
            "Startup",
            "Start-up",
            "Small Business Owner",
        ],
    ),
    (
        "nonprofit",
        "Nonprofit",
        &[
            "Nonprofit",
            "Non-profit",
            "Not For Profit",
            "Not-for-profit",
            "NFP",
            "NPO",
            "Non-Profit Organization Management",
            "Nonprofit Organization Management",
            "NON_PROFIT_ORGANIZATION_MANAGEMENT",
            "Philanthropy",
            "PHILANTHROPY",
            "Fund-Raising",
            "FUND_RAISING",
            "Civic & Social Organization",
            "CIVIC_SOCIAL_ORGANIZATION",
            "Religious Institutions",
            "RELIGIOUS_INSTITUTIONS",
            "Charity",
            "Charities",
            "Foundation",
            "Non-Governmental Organization",
            "NGO",
        ],
    ),
    (
        "education",
        "Education",
        &[
            "Education",
            "Higher Education",
            "HIGHER_EDUCATION",
            "Education Management",
            "EDUCATION_MANAGEMENT",
            "Primary/Secondary Education",
            "PRIMARY_SECONDARY_EDUCATION",
            "E-Learning",
            "E_LEARNING",
            "K-12",
            "K12",
            "University",
            "College",
            "School",
            "School District",
            "Academic",
            "EdTech",
            "Higher Ed",
            "Higher-Ed",
        ],
    ),
    (
        "healthcare",
        "Healthcare",
        &[
            "Healthcare",
            "Health Care",
            "Hospital & Health Care",
            "HOSPITAL_HEALTH_CARE",
            "Hospital and Health Care",
            "Hospitals",
            "Medical",
            "Medical Practice",
            "MEDICAL_PRACTICE",
            "Medical Devices",
            "MEDICAL_DEVICES",
            "Mental Health Care",
            "MENTAL_HEALTH_CARE",
            "Pharmaceuticals",
            "PHARMACEUTICALS",
            "Biotechnology",
            "BIOTECHNOLOGY",
            "Life Sciences",
            "Health, Wellness and Fitness",
            "HEALTH_WELLNESS_AND_FITNESS",
            "Veterinary",
            "Payer",
            "Provider",
        ],
    ),
    (
        "financial-services",
        "Financial services",
        &[
            "Financial Services",
            "FINANCIAL_SERVICES",
            "Banking",
            "BANKING",
            "Finance",
            "Insurance",
            "INSURANCE",
            "Investment Banking",
            "INVESTMENT_BANKING",
            "Investment Management",
            "INVESTMENT_MANAGEMENT",
            "Capital Markets",
            "CAPITAL_MARKETS",
            "Accounting",
            "ACCOUNTING",
            "Venture Capital & Private Equity",
            "VENTURE_CAPITAL_PRIVATE_EQUITY",
            "Credit Union",
            "Credit Unions",
            "Fintech",
            "Wealth Management",
            "Asset Management",
        ],
    ),
    // Industries with shift work, stores and plants: Salesforce's and HubSpot's industry
    // values and their translations in the CRM labels reps sell with.
    (
        "manufacturing",
        "Manufacturing",
        &[
            "Manufacturing",
            "Machinery",
            "MACHINERY",
            "Industrial Automation",
            "INDUSTRIAL_AUTOMATION",
            "Automotive",
            "AUTOMOTIVE",
            "Chemicals",
            "CHEMICALS",
            "Electrical/Electronic Manufacturing",
            "ELECTRICAL_ELECTRONIC_MANUFACTURING",
            "Mechanical or Industrial Engineering",
            "MECHANICAL_OR_INDUSTRIAL_ENGINEERING",
            "Plastics",
            "PLASTICS",
            "Packaging and Containers",
            "PACKAGING_AND_CONTAINERS",
            "Food Production",
            "FOOD_PRODUCTION",
            "Textiles",
            "Industrial",
            "Fertigung",
            "Produktion",
            "Maschinenbau",
            "Verarbeitendes Gewerbe",
            "Industrie manufacturière",
            "Fabrication",
            "Manufactura",
            "Fabricación",
            "Industria manufacturera",
            "Produzione",
            "Industria",
            "Productie",
            "Indústria",
            "Produkcja",
            "Przemysł",
        ],
    ),
    (
        "retail",
        "Retail",
        &[
            "Retail",
            "Retail Trade",
            "Apparel & Fashion",
            "APPAREL_FASHION",
            "Supermarkets",
            "SUPERMARKETS",
            "Grocery",
            "E-commerce",
            "Ecommerce",
            "Einzelhandel",
            "Commerce de détail",
            "Grande distribution",
            "Comercio minorista",
            "Venta minorista",
            "Commercio al dettaglio",
            "Detailhandel",
            "Varejo",
        ],
    ),
    (
        "hospitality",
        "Hospitality",
        &[
            "Hospitality",
            "Hotels",
            "Hotel",
            "Restaurants",
            "RESTAURANTS",
            "Leisure, Travel & Tourism",
            "LEISURE_TRAVEL_TOURISM",
            "Hospitality & Tourism",
            "Gastgewerbe",
            "Hotellerie",
            "Gastronomie",
            "Hôtellerie",
            "Hôtellerie-restauration",
            "Restauration",
            "Hostelería",
            "Hotelería",
            "Ospitalità",
            "Horeca",
            "Hotelaria",
        ],
    ),
];

const STAGES: &[(&str, &str, &[&str])] = &[
    ("prospecting", "Prospecting", &["Prospecting", "Prospect", "Lead", "New", "Lead In", "Open", "Cold", "Outreach", "Initial Contact"]),
    (
        "discovery",
        "Discovery",
        &[
            "Discovery",
            // HubSpot's first deal stage: a first meeting is booked, so the deal is past
            // prospecting and that meeting is a discovery call.
            "appointmentscheduled",
            "Appointment Scheduled",
            "Qualification",
            "Qualify",
            "Qualified",
            "Needs Analysis",
            "qualifiedtobuy",
            "Qualified To Buy",
            "Contact Made",
            "Discovery Call",
            "Research",
        ],
    ),
    (
        "evaluation",
        "Evaluation",
        &[
            "Evaluation",
            "Value Proposition",
            "Id. Decision Makers",
            "Id Decision Makers",
            "Identify Decision Makers",
            "Perception Analysis",
            "presentationscheduled",
            "Presentation Scheduled",
            "Develop",
            "Demo",
            "Demo Scheduled",
            "Solution",
            "Technical Evaluation",
            "Proof of Concept",
            "POC",
            "Trial",
        ],
    ),
    (
        "proposal",
        "Proposal",
        &[
            "Proposal",
            "Proposal/Price Quote",
            "Price Quote",
            "Quote",
            "Propose",
            "Proposal Made",
            "decisionmakerboughtin",
            "Decision Maker Bought-In",
            "Decision Maker Bought In",
            "Proposal Sent",
            "RFP",
            "Security Review",
        ],
    ),
    (
        "negotiation",
        "Negotiation",
        &[
            "Negotiation",
            "Negotiation/Review",
            "Negotiations Started",
            "contractsent",
            "Contract Sent",
            "Close",
            "Closing",
            "Commit",
            "Legal Review",
            "Procurement",
            "Verbal",
        ],
    ),
    ("closed-won", "Closed won", &["Closed Won", "closedwon", "Won", "Closed/Won", "Booked"]),
    ("closed-lost", "Closed lost", &["Closed Lost", "closedlost", "Lost", "Closed/Lost", "Disqualified", "Dead"]),
    (
        "customer",
        "Customer",
        &[
            "Customer",
            "Existing Customer",
            "Renewal",
            "Upsell",
            "Expansion",
            "Onboarding",
            "Account Management",
            "Active Customer",
            "Customer - Direct",
            "Customer - Channel",
        ],
    ),
];

/// The same picklists as localized CRM interfaces show them (German, French, Spanish, Italian,
/// Dutch, Portuguese, Polish):
/// Salesforce's standard Opportunity stages and industries, HubSpot's default deal stages.
const LOCALIZED: &[(&str, &[&str])] = &[
    (
        "government",
        &[
            "Regierung",
            "Behörde",
            "Behörden",
            "Öffentliche Verwaltung",
            "Öffentlicher Sektor",
            "Öffentlicher Dienst",
            "Gouvernement",
            "Administration publique",
            "Secteur public",
            "Fonction publique",
            "Gobierno",
            "Administración pública",
            "Sector público",
            "Gobierno local",
            "Pubblica amministrazione",
            "Governo",
            "Settore pubblico",
            "Enti pubblici",
            "Ente pubblico",
            "Overheid",
            "Publieke sector",
            "Openbaar bestuur",
            "Overheidsinstelling",
            "Administração pública",
            "Setor público",
            "Órgão público",
            "Administracja publiczna",
            "Sektor publiczny",
            "Administracja rządowa",
            "Samorząd",
            "Rząd",
        ],
    ),
    (
        "enterprise",
        &[
            "Großunternehmen",
            "Konzern",
            "Grande entreprise",
            "Grandes entreprises",
            "Gran empresa",
            "Grandes empresas",
            "Grande impresa",
            "Grandi imprese",
            "Grote onderneming",
            "Grote ondernemingen",
            "Grootbedrijf",
            "Grandes empresas e corporações",
            "Duże przedsiębiorstwo",
            "Duże przedsiębiorstwa",
            "Korporacja",
        ],
    ),
    (
        "mid-market",
        &[
            "Mittelstand",
            "Mittelständische Unternehmen",
            "Entreprise de taille intermédiaire",
            "ETI",
            "Mediana empresa",
            "Medianas empresas",
            "Media impresa",
            "Medie imprese",
            "Middelgrote onderneming",
            "Middelgrote ondernemingen",
            "Média empresa",
            "Médias empresas",
            "Średnie przedsiębiorstwo",
            "Średnie przedsiębiorstwa",
        ],
    ),
    (
        "smb",
        &[
            "KMU",
            "Kleinunternehmen",
            "Kleine und mittlere Unternehmen",
            "PME",
            "Petite entreprise",
            "Petites et moyennes entreprises",
            "Pyme",
            "Pymes",
            "Pequeña empresa",
            "PMI",
            "Piccola impresa",
            "Piccole e medie imprese",
            "MKB",
            "Midden- en kleinbedrijf",
            "Kleinbedrijf",
            "PMEs",
            "Pequena empresa",
            "Pequenas e médias empresas",
            "MŚP",
            "Małe przedsiębiorstwo",
            "Małe i średnie przedsiębiorstwa",
        ],
    ),
    (
        "nonprofit",
        &[
            "Gemeinnützig",
            "Gemeinnützige Organisation",
            "Non-Profit-Organisation",
            "Wohltätigkeit",
            "Stiftung",
            "Organisation à but non lucratif",
            "Organisme à but non lucratif",
            "But non lucratif",
            "Associatif",
            "Sin fines de lucro",
            "Sin ánimo de lucro",
            "Organización sin ánimo de lucro",
            "Organización sin fines de lucro",
            "Fundación",
            "Fondation",
            "No profit",
            "Non profit",
            "Organizzazione senza scopo di lucro",
            "Senza scopo di lucro",
            "Onlus",
            "Terzo settore",
            "Fondazione",
            "Zonder winstoogmerk",
            "Organisatie zonder winstoogmerk",
            "Goede doelen",
            "Stichting zonder winstoogmerk",
            "Sem fins lucrativos",
            "Organização sem fins lucrativos",
            "Terceiro setor",
            "Fundação",
            "Organizacja non-profit",
            "Organizacja pożytku publicznego",
            "Organizacja pozarządowa",
            "Fundacja",
        ],
    ),
    (
        "education",
        &[
            "Bildung",
            "Bildungswesen",
            "Hochschule",
            "Hochschulbildung",
            "Universität",
            "Schule",
            "Éducation",
            "Enseignement",
            "Enseignement supérieur",
            "Université",
            "Educación",
            "Enseñanza",
            "Educación superior",
            "Universidad",
            "Istruzione",
            "Istruzione superiore",
            "Università",
            "Scuola",
            "Onderwijs",
            "Hoger onderwijs",
            "Universiteit",
            "Educação",
            "Ensino",
            "Ensino superior",
            "Universidade",
            "Edukacja",
            "Szkolnictwo wyższe",
            "Oświata",
            "Uniwersytet",
            "Uczelnia",
        ],
    ),
    (
        "healthcare",
        &[
            "Gesundheitswesen",
            "Gesundheit",
            "Krankenhaus",
            "Krankenhäuser",
            "Pharma",
            "Santé",
            "Soins de santé",
            "Hôpital",
            "Hôpitaux",
            "Pharmaceutique",
            "Salud",
            "Sanidad",
            "Atención sanitaria",
            "Servicios de salud",
            "Hospitales",
            "Farmacéutica",
            "Sanità",
            "Assistenza sanitaria",
            "Ospedale",
            "Ospedali",
            "Farmaceutico",
            "Gezondheidszorg",
            "Ziekenhuis",
            "Ziekenhuizen",
            "Farmaceutisch",
            "Saúde",
            "Assistência médica",
            "Hospitais",
            "Farmacêutica",
            "Opieka zdrowotna",
            "Ochrona zdrowia",
            "Służba zdrowia",
            "Szpital",
            "Szpitale",
            "Farmacja",
        ],
    ),
    (
        "financial-services",
        &[
            "Bankwesen",
            "Banken",
            "Finanzen",
            "Finanzwesen",
            "Finanzdienstleistungen",
            "Versicherung",
            "Versicherungen",
            "Banque",
            "Banques",
            "Services financiers",
            "Assurance",
            "Assurances",
            "Banca",
            "Finanzas",
            "Servicios financieros",
            "Seguros",
            "Banche",
            "Servizi finanziari",
            "Finanza",
            "Assicurazioni",
            "Bankwezen",
            "Banken en verzekeringen",
            "Financiële dienstverlening",
            "Financiële diensten",
            "Financiën",
            "Verzekeringen",
            "Bancos",
            "Serviços financeiros",
            "Finanças",
            "Bankowość",
            "Usługi finansowe",
            "Finanse",
            "Ubezpieczenia",
        ],
    ),
    (
        "prospecting",
        &[
            "Akquise",
            "Interessent",
            "Prospektion",
            "Prospection",
            "Prospección",
            "Prospezione",
            "Prospectie",
            "Prospecção",
            "Pozyskiwanie klientów",
            "Poszukiwanie klientów",
        ],
    ),
    (
        "discovery",
        &[
            "Termin vereinbart",
            "Rendez-vous programmé",
            "Rendez-vous planifié",
            "Cita programada",
            "Reunión programada",
            "Cita agendada",
            "Qualifizierung",
            "Bedarfsanalyse",
            "Kaufbereit",
            "Qualifiziert zum Kauf",
            "Kaufbereitschaft qualifiziert",
            "Analyse des besoins",
            "Découverte",
            "Descubrimiento",
            "Qualifié pour acheter",
            "Calificación",
            "Cualificación",
            "Análisis de necesidades",
            "Calificado para comprar",
            "Cualificado para comprar",
            "Appuntamento programmato",
            "Qualificazione",
            "Qualificato per l'acquisto",
            "Analisi delle esigenze",
            "Analisi dei bisogni",
            "Afspraak gepland",
            "Afspraak ingepland",
            "Kwalificatie",
            "Gekwalificeerd om te kopen",
            "Behoefteanalyse",
            "Reunião agendada",
            "Compromisso agendado",
            "Qualificação",
            "Qualificado para comprar",
            "Análise de necessidades",
            "Spotkanie zaplanowane",
            "Kwalifikacja",
            "Zakwalifikowany do zakupu",
            "Analiza potrzeb",
        ],
    ),
    (
        "evaluation",
        &[
            "Wertangebot",
            "Nutzenversprechen",
            "Entscheidungsträger identifizieren",
            "Wahrnehmungsanalyse",
            "Präsentation geplant",
            "Bewertung",
            "Proposition de valeur",
            "Identification des décideurs",
            "Identifier les décideurs",
            "Analyse de la perception",
            "Présentation programmée",
            "Présentation planifiée",
            "Évaluation",
            "Propuesta de valor",
            "Identificar a los responsables de la toma de decisiones",
            "Identificar responsables de decisiones",
            "Análisis de percepción",
            "Presentación programada",
            "Evaluación",
            "Prueba de concepto",
            "Proposta di valore",
            "Identificazione dei decisori",
            "Identificare i decisori",
            "Analisi della percezione",
            "Presentazione programmata",
            "Valutazione",
            "Waardepropositie",
            "Beslissers identificeren",
            "Besluitvormers identificeren",
            "Perceptieanalyse",
            "Presentatie gepland",
            "Evaluatie",
            "Proposta de valor",
            "Identificar tomadores de decisão",
            "Análise de percepção",
            "Apresentação agendada",
            "Avaliação",
            "Propozycja wartości",
            "Identyfikacja decydentów",
            "Analiza percepcji",
            "Prezentacja zaplanowana",
            "Ocena",
        ],
    ),
    (
        "proposal",
        &[
            "Angebot/Preisangebot",
            "Angebot",
            "Preisangebot",
            "Entscheidungsträger überzeugt",
            "Proposition/Devis",
            "Proposition",
            "Devis",
            "Décisionnaire convaincu",
            "Décideur convaincu",
            "Propuesta/Presupuesto",
            "Propuesta/Cotización",
            "Propuesta",
            "Presupuesto",
            "Cotización",
            "Responsable de la toma de decisiones convencido",
            "Proposta/Preventivo",
            "Preventivo",
            "Proposta",
            "Decisore convinto",
            "Voorstel/Prijsofferte",
            "Voorstel/Offerte",
            "Voorstel",
            "Offerte",
            "Prijsofferte",
            "Beslisser overtuigd",
            "Proposta/Orçamento",
            "Proposta/Cotação",
            "Orçamento",
            "Cotação",
            "Tomador de decisão convencido",
            "Oferta/Wycena",
            "Propozycja/Wycena",
            "Oferta",
            "Wycena",
            "Decydent przekonany",
        ],
    ),
    (
        "negotiation",
        &[
            "Verhandlung/Überprüfung",
            "Verhandlung",
            "Verhandlungen",
            "Vertrag gesendet",
            "Vertrag versendet",
            "Négociation/Révision",
            "Négociation",
            "Contrat envoyé",
            "Negociación/Revisión",
            "Negociación",
            "Contrato enviado",
            "Negoziazione/Revisione",
            "Negoziazione",
            "Trattativa",
            "Contratto inviato",
            "Onderhandeling/Beoordeling",
            "Onderhandeling",
            "Onderhandelingen",
            "Contract verzonden",
            "Negociação/Revisão",
            "Negociação",
            "Negocjacje/Przegląd",
            "Negocjacje",
            "Umowa wysłana",
        ],
    ),
    (
        "closed-won",
        &[
            "Geschlossen und gewonnen",
            "Abgeschlossen und gewonnen",
            "Geschlossen/Gewonnen",
            "Gewonnen",
            "Fermée/Gagnée",
            "Fermée gagnée",
            "Fermé gagné",
            "Conclue gagnée",
            "Gagné",
            "Gagnée",
            "Cerrada ganada",
            "Cerrado ganado",
            "Cerrada/Ganada",
            "Ganada",
            "Ganado",
            "Chiusa/Vinta",
            "Chiuso vinto",
            "Chiusa vinta",
            "Vinta",
            "Vinto",
            "Gesloten/Gewonnen",
            "Gesloten gewonnen",
            "Fechado/Ganho",
            "Fechada/Ganha",
            "Fechado ganho",
            "Ganho",
            "Zamknięte/Wygrane",
            "Zamknięte wygrane",
            "Zamknięta wygrana",
            "Wygrana",
            "Wygrane",
        ],
    ),
    (
        "closed-lost",
        &[
            "Geschlossen und verloren",
            "Abgeschlossen und verloren",
            "Geschlossen/Verloren",
            "Verloren",
            "Fermée/Perdue",
            "Fermée perdue",
            "Fermé perdu",
            "Conclue perdue",
            "Perdu",
            "Perdue",
            "Cerrada perdida",
            "Cerrado perdido",
            "Cerrada/Perdida",
            "Perdida",
            "Perdido",
            "Chiusa/Persa",
            "Chiuso perso",
            "Chiusa persa",
            "Persa",
            "Perso",
            "Gesloten/Verloren",
            "Gesloten verloren",
            "Fechado/Perdido",
            "Fechada/Perdida",
            "Fechado perdido",
            "Zamknięte/Przegrane",
            "Zamknięte przegrane",
            "Zamknięta przegrana",
            "Przegrana",
            "Przegrane",
        ],
    ),
    (
        "customer",
        &[
            "Kunde",
            "Bestandskunde",
            "Verlängerung",
            "Client existant",
            "Renouvellement",
            "Cliente",
            "Cliente existente",
            "Renovación",
            "Cliente esistente",
            "Rinnovo",
            "Klant",
            "Bestaande klant",
            "Verlenging",
            "Renovação",
            "Klient",
            "Istniejący klient",
            "Odnowienie",
        ],
    ),
];

fn builtin(table: &[(&str, &str, &[&str])]) -> Vec<Term> {
    table
        .iter()
        .map(|(id, label, syn)| Term {
            id: id.to_string(),
            label: label.to_string(),
            synonyms: syn.iter().chain(LOCALIZED.iter().filter(|l| l.0 == *id).flat_map(|l| l.1.iter())).map(|s| s.to_string()).collect(),
        })
        .collect()
}

impl Default for Taxonomy {
    fn default() -> Self {
        Taxonomy::from_terms(builtin(VERTICALS), builtin(STAGES))
    }
}

impl Taxonomy {
    fn from_terms(verticals: Vec<Term>, stages: Vec<Term>) -> Self {
        let keys = |terms: &[Term]| {
            let mut map = HashMap::new();
            for (i, t) in terms.iter().enumerate() {
                for raw in std::iter::once(&t.id).chain(std::iter::once(&t.label)).chain(t.synonyms.iter()) {
                    let k = normalize_key(raw);
                    if !k.is_empty() {
                        // Later terms (an org's file) win over built-in ones for the same key.
                        map.insert(k, i);
                    }
                }
            }
            map
        };
        Taxonomy { vertical_keys: keys(&verticals), stage_keys: keys(&stages), adopted_from: verticals.len(), verticals, stages, own: Vec::new() }
    }

    /// The default taxonomy with an org's file applied on top.
    pub fn with_file(file: &TaxonomyFile) -> Self {
        let merge = |mut base: Vec<Term>, extra: &[Term]| {
            // Positions by id: an org file with thousands of terms must not merge in quadratic time.
            let mut at: HashMap<String, usize> = base.iter().enumerate().map(|(i, t)| (t.id.clone(), i)).collect();
            for t in extra {
                match at.get(&t.id).map(|&i| &mut base[i]) {
                    Some(b) => {
                        if !t.label.is_empty() {
                            b.label = t.label.clone();
                        }
                        b.synonyms.extend(t.synonyms.iter().cloned());
                    }
                    None => {
                        at.insert(t.id.clone(), base.len());
                        base.push(Term { label: if t.label.is_empty() { t.id.clone() } else { t.label.clone() }, ..t.clone() });
                    }
                }
            }
            base
        };
        let stages_base = if file.replace_stages { Vec::new() } else { builtin(STAGES) };
        let mut tax = Taxonomy::from_terms(merge(builtin(VERTICALS), &file.verticals), merge(stages_base, &file.stages));
        // An org's own synonym must win even if a built-in term already claimed that key.
        for (facet, terms) in [(Facet::Vertical, &file.verticals), (Facet::Stage, &file.stages)] {
            let at: HashMap<String, usize> = tax.facet(facet).0.iter().enumerate().map(|(i, t)| (t.id.clone(), i)).collect();
            for t in terms {
                if let Some(&i) = at.get(&t.id) {
                    tax.claim(facet, i, t);
                }
            }
        }
        tax
    }

    /// The merged taxonomy in the snapshot's binary form: terms and key tables as built, so
    /// that an org file's claimed synonyms survive exactly.
    pub(crate) fn write_to(&self, w: &mut Writer) {
        for (terms, keys) in [(&self.verticals, &self.vertical_keys), (&self.stages, &self.stage_keys)] {
            w.len(terms.len());
            for t in terms {
                w.str(&t.id);
                w.str(&t.label);
                w.strs(&t.synonyms);
            }
            let mut pairs: Vec<(&String, &usize)> = keys.iter().collect();
            crate::sort::sort(&mut pairs); // the same taxonomy always gives the same bytes
            w.len(pairs.len());
            for (k, &i) in pairs {
                w.str(k);
                w.u32(i as u32);
            }
        }
        w.len(self.adopted_from);
    }

    pub(crate) fn read_from(r: &mut Reader) -> Decoded<Taxonomy> {
        let mut facet = || -> Decoded<(Vec<Term>, HashMap<String, usize>)> {
            let n = r.len(12)?;
            let terms = (0..n).map(|_| Ok(Term { id: r.string()?, label: r.string()?, synonyms: r.strings()? })).collect::<Decoded<Vec<Term>>>()?;
            let k = r.len(8)?;
            let keys = (0..k)
                .map(|_| {
                    let key = r.string()?;
                    let i = r.u32()? as usize;
                    if i >= terms.len() {
                        return Err(DecodeError("taxonomy: a key names no term".into()));
                    }
                    Ok((key, i))
                })
                .collect::<Decoded<HashMap<String, usize>>>()?;
            Ok((terms, keys))
        };
        let (verticals, vertical_keys) = facet()?;
        let (stages, stage_keys) = facet()?;
        let adopted_from = r.u32()? as usize;
        if adopted_from > verticals.len() {
            return Err(DecodeError("taxonomy: adopted verticals out of range".into()));
        }
        let own = Own::of(&verticals, adopted_from);
        Ok(Taxonomy { verticals, stages, vertical_keys, stage_keys, adopted_from, own })
    }

    /// Parses an org taxonomy file (JSON), or a library's embedded `"taxonomy"` value.
    pub fn from_json(json: &str) -> Result<Self, serde_json::Error> {
        let file: TaxonomyFile = serde_json::from_str(json)?;
        Ok(Taxonomy::with_file(&file))
    }

    fn claim(&mut self, facet: Facet, i: usize, t: &Term) {
        let keys = match facet {
            Facet::Vertical => &mut self.vertical_keys,
            Facet::Stage => &mut self.stage_keys,
        };
        for raw in &t.synonyms {
            let k = normalize_key(raw);
            if !k.is_empty() {
                keys.insert(k, i);
            }
        }
    }

    /// Vertical ids a library's items use that no term knows ("logistics" in a library without a
    /// taxonomy) become terms of their own, labelled from the id, so that a page whose industry
    /// says "Logistics" meets them; a known industry's id ("real-estate") brings the values CRMs
    /// spell it with ("Property Management"). So does a known industry that a default's synonym
    /// knows when the library also names that default ("life-sciences" beside "healthcare"): the
    /// library tells them apart. Loading the library still reports each new one: a typo becomes
    /// a vertical that only the same typo on a page meets, as it matched nothing before.
    pub fn adopt_verticals<'a>(&mut self, ids: impl IntoIterator<Item = &'a str>) {
        let mut seen = std::collections::HashSet::new();
        let ids: Vec<(&str, String)> = ids.into_iter().map(str::trim).filter(|id| seen.insert(*id)).map(|id| (id, normalize_key(id))).collect();
        let names = |t: &Term, key: &str| normalize_key(&t.id) == key || normalize_key(&t.label) == key;
        let named: std::collections::HashSet<usize> =
            ids.iter().filter_map(|(id, key)| self.known_index(Facet::Vertical, id).filter(|&i| names(&self.verticals[i], key))).collect();
        let before = self.verticals.len();
        for (id, key) in ids {
            // Only the terms' own keys and parts are asked here, not the adopted terms' words
            // inside the value: a library of thousands of its own ids adopts them in linear time.
            let apart = match self.known_index(Facet::Vertical, id) {
                None => false,
                Some(i) if i < self.adopted_from && named.contains(&i) && !names(&self.verticals[i], &key) && crate::industries::known(id).is_some() => true,
                Some(_) => continue,
            };
            if key.is_empty() {
                continue;
            }
            let at = self.verticals.len();
            self.vertical_keys.insert(key, at);
            let synonyms: Vec<String> = crate::industries::known(id).map_or(&[][..], |i| i.synonyms).iter().map(|s| s.to_string()).collect();
            for s in &synonyms {
                let k = normalize_key(s);
                if apart {
                    // The library's finer vertical takes its spellings from the default's.
                    self.vertical_keys.insert(k, at);
                } else {
                    // An org's taxonomy file says what its values mean: an industry's spelling does
                    // not take a key from it.
                    self.vertical_keys.entry(k).or_insert(at);
                }
            }
            self.verticals.push(Term { id: id.to_string(), label: label_of(id), synonyms });
        }
        if self.verticals.len() > before {
            self.own = Own::of(&self.verticals, self.adopted_from);
        }
    }

    /// The library's own verticals of known industries, with the words companies in each name
    /// themselves with.
    pub fn own_company_words(&self) -> impl Iterator<Item = (&str, &'static [&'static str])> {
        self.own.iter().filter(|o| !o.company_words.is_empty()).map(|o| (self.verticals[o.term].id.as_str(), o.company_words))
    }

    /// Maps a raw CRM value (or a canonical id) to its canonical id; `None` if no synonym knows it.
    pub fn map(&self, facet: Facet, raw: &str) -> Option<&str> {
        // A library's own vertical ("logistics") in a longer CRM value ("Logistics and Supply
        // Chain", "LOGISTICS_AND_SUPPLY_CHAIN"): its words, in order, inside the value's.
        self.map_known(facet, raw).or_else(|| match facet {
            Facet::Vertical if !self.own.is_empty() => {
                let words = key_words(raw);
                self.own.iter().find(|o| o.words.iter().any(|w| words_within(w, &words))).map(|o| self.verticals[o.term].id.as_str())
            }
            _ => None,
        })
    }

    /// `map` by the terms' keys and the value's parts alone.
    fn map_known(&self, facet: Facet, raw: &str) -> Option<&str> {
        self.known_index(facet, raw).map(|i| self.facet(facet).0[i].id.as_str())
    }

    fn known_index(&self, facet: Facet, raw: &str) -> Option<usize> {
        let keys = self.facet(facet).1;
        if let Some(&i) = keys.get(&normalize_key(raw)) {
            return Some(i);
        }
        // An org's own label made of known ones ("Verhandlung/Prüfung", "Proposal - EMEA",
        // "Discovery (qualified)"): its parts decide when those that are known agree.
        let mut found = None;
        for part in raw.split(['/', '|', ',', ';', '(', ')', ':', '–', '—']).flat_map(|p| p.split(" - ")) {
            if let Some(&i) = keys.get(&normalize_key(part)) {
                if found.is_some_and(|f| f != i) {
                    return None;
                }
                found = Some(i);
            }
        }
        found
    }

    pub fn map_vertical(&self, raw: &str) -> Option<&str> {
        self.map(Facet::Vertical, raw)
    }

    pub fn map_stage(&self, raw: &str) -> Option<&str> {
        self.map(Facet::Stage, raw)
    }

    fn facet(&self, facet: Facet) -> (&[Term], &HashMap<String, usize>) {
        match facet {
            Facet::Vertical => (&self.verticals, &self.vertical_keys),
            Facet::Stage => (&self.stages, &self.stage_keys),
        }
    }

    pub fn verticals(&self) -> &[Term] {
        &self.verticals
    }

    pub fn stages(&self) -> &[Term] {
        &self.stages
    }

    pub fn is_vertical(&self, id: &str) -> bool {
        self.verticals.iter().any(|t| t.id == id)
    }

    /// Position in the funnel, for "neighbouring stage" credit. Terminal outcomes
    /// (closed-won/lost) have no neighbours in the open funnel.
    pub fn is_stage(&self, id: &str) -> bool {
        self.stages.iter().any(|t| t.id == id)
    }

    pub fn vertical_position(&self, id: &str) -> Option<usize> {
        self.position(Facet::Vertical, id)
    }

    pub fn stage_position(&self, id: &str) -> Option<usize> {
        self.position(Facet::Stage, id)
    }

    /// A term's position by its id: through the key map (an id is one of its keys), checked,
    /// and by a scan only when an org's synonym took the id's key for another term.
    fn position(&self, facet: Facet, id: &str) -> Option<usize> {
        let (terms, keys) = self.facet(facet);
        match keys.get(&normalize_key(id)) {
            Some(&i) if terms[i].id == id => Some(i),
            _ => terms.iter().position(|t| t.id == id),
        }
    }

    /// Neighbouring stages, whose content still counts for something. In the default funnel
    /// these are adjacent open stages and closed-won ↔ customer: once a deal is decided,
    /// pre-close content no longer fits, and nothing neighbours closed-lost.
    pub fn neighbours(&self, a: &str, b: &str) -> bool {
        const OPEN: &[&str] = &["prospecting", "discovery", "evaluation", "proposal", "negotiation"];
        let (Some(pa), Some(pb)) = (self.stage_position(a), self.stage_position(b)) else { return false };
        let known = |s: &str| STAGES.iter().any(|(id, _, _)| *id == s);
        if known(a) && known(b) {
            let open = |s: &str| OPEN.contains(&s);
            return (open(a) && open(b) && pa.abs_diff(pb) == 1) || matches!((a, b), ("closed-won", "customer") | ("customer", "closed-won"));
        }
        pa.abs_diff(pb) == 1 && a != "closed-lost" && b != "closed-lost"
    }

    pub fn label(&self, facet: Facet, id: &str) -> String {
        let (terms, _) = self.facet(facet);
        terms.iter().find(|t| t.id == id).map(|t| t.label.clone()).unwrap_or_else(|| id.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_librarys_own_verticals_are_adopted_once_and_met_inside_longer_values() {
        let mut t = Taxonomy::default();
        t.adopt_verticals(["oil-and-gas", "Oil & Gas", "government", "care", " "]);
        let own: Vec<(&str, &str)> = t.verticals()[t.adopted_from..].iter().map(|v| (v.id.as_str(), v.label.as_str())).collect();
        assert_eq!(own, [("oil-and-gas", "Oil and gas"), ("care", "Care")], "a known id and a second spelling add nothing");
        assert_eq!(t.map_vertical("OIL_AND_GAS_EXPLORATION"), Some("oil-and-gas"));
        assert_eq!(t.map_vertical("Hospital & Health Care"), Some("healthcare"), "a default term's own synonym first");
        assert_eq!(t.map_vertical("Daycare"), None, "whole words only");
        assert_eq!(Taxonomy::default().map_vertical("Oil & Gas Exploration"), None, "only adopted verticals are looked for inside values");
    }

    #[test]
    fn a_known_industry_brings_its_crm_spellings_and_a_finer_one_is_told_apart() {
        let mut t = Taxonomy::default();
        t.adopt_verticals(["real-estate", "energy", "healthcare", "life-sciences", "pharmaceuticals"]);
        assert_eq!(t.map_vertical("Property Management"), Some("real-estate"));
        assert_eq!(t.map_vertical("COMMERCIAL_REAL_ESTATE"), Some("real-estate"));
        let mut agencies = Taxonomy::default();
        agencies.adopt_verticals(["staffing"]);
        assert_eq!(agencies.map_vertical("Personaldienstleistungen"), Some("staffing"));
        assert_eq!(agencies.map_vertical("STAFFING_AND_RECRUITING"), Some("staffing"));
        assert_eq!(t.map_vertical("Fastigheter"), Some("real-estate"));
        assert_eq!(t.map_vertical("Utilities"), Some("energy"));
        assert_eq!(t.map_vertical("Oil & Energy Services"), Some("energy"), "a spelling of several words inside a longer value");
        assert_eq!(t.map_vertical("Power Tools"), None, "a one-word spelling meets only itself");
        // The library names healthcare and life sciences: pharma is the finer one's.
        assert_eq!(t.map_vertical("Pharmaceuticals"), Some("life-sciences"));
        assert_eq!(t.map_vertical("Biotechnology"), Some("life-sciences"));
        assert_eq!(t.map_vertical("Hospital & Health Care"), Some("healthcare"));
        assert_eq!(t.map_vertical("pharmaceuticals"), Some("life-sciences"), "a second spelling of the finer one adds no term");
        let words: Vec<&str> = t.own_company_words().map(|(id, _)| id).collect();
        assert_eq!(words, ["real-estate", "energy", "life-sciences"]);
        // A library without healthcare's own id: life sciences stays healthcare, as by default.
        let mut alone = Taxonomy::default();
        alone.adopt_verticals(["life-sciences"]);
        assert_eq!(alone.map_vertical("life-sciences"), Some("healthcare"));
        assert_eq!(alone.map_vertical("Pharmaceuticals"), Some("healthcare"));
        // An org file's own meaning of a value is kept.
        let mut org = Taxonomy::from_json(r#"{"verticals":[{"id":"facilities","synonyms":["Property Management"]}]}"#).unwrap();
        org.adopt_verticals(["real-estate"]);
        assert_eq!(org.map_vertical("Property Management"), Some("facilities"));
        assert_eq!(org.map_vertical("REIT"), Some("real-estate"));
    }

    #[test]
    fn salesforce_standard_stages_map() {
        let t = Taxonomy::default();
        let cases = [
            ("Prospecting", "prospecting"),
            ("Qualification", "discovery"),
            ("Needs Analysis", "discovery"),
            ("Value Proposition", "evaluation"),
            ("Id. Decision Makers", "evaluation"),
            ("Perception Analysis", "evaluation"),
            ("Proposal/Price Quote", "proposal"),
            ("Negotiation/Review", "negotiation"),
            ("Closed Won", "closed-won"),
            ("Closed Lost", "closed-lost"),
        ];
        for (raw, id) in cases {
            assert_eq!(t.map_stage(raw), Some(id), "{raw}");
        }
    }

    #[test]
    fn shift_work_industries_are_verticals_of_their_own() {
        // Items restricted to them used to match no page: a retailer was any vertical.
        let t = Taxonomy::default();
        for (raw, id) in [
            ("RESTAURANTS", "hospitality"),
            ("Hostelería", "hospitality"),
            ("Leisure, Travel & Tourism", "hospitality"),
            ("Einzelhandel", "retail"),
            ("Retail", "retail"),
            ("Machinery", "manufacturing"),
            ("Industrie manufacturière", "manufacturing"),
            ("ELECTRICAL_ELECTRONIC_MANUFACTURING", "manufacturing"),
            ("Produkcja", "manufacturing"),
        ] {
            assert_eq!(t.map_vertical(raw), Some(id), "{raw}");
        }
        assert_eq!(t.map_vertical("Food & Beverages"), None, "makers and restaurants alike");
    }

    #[test]
    fn hubspot_stages_map_by_internal_value_and_label() {
        let t = Taxonomy::default();
        let cases = [
            ("appointmentscheduled", "Appointment Scheduled", "discovery"),
            ("qualifiedtobuy", "Qualified To Buy", "discovery"),
            ("presentationscheduled", "Presentation Scheduled", "evaluation"),
            ("decisionmakerboughtin", "Decision Maker Bought-In", "proposal"),
            ("contractsent", "Contract Sent", "negotiation"),
            ("closedwon", "Closed Won", "closed-won"),
            ("closedlost", "Closed Lost", "closed-lost"),
        ];
        for (internal, label, id) in cases {
            assert_eq!(t.map_stage(internal), Some(id), "{internal}");
            assert_eq!(t.map_stage(label), Some(id), "{label}");
        }
    }

    #[test]
    fn industries_map_case_and_punctuation_insensitively() {
        let t = Taxonomy::default();
        let cases = [
            ("Government", "government"),
            ("GOVERNMENT_ADMINISTRATION", "government"),
            ("Not For Profit", "nonprofit"),
            ("not-for-profit", "nonprofit"),
            ("NON_PROFIT_ORGANIZATION_MANAGEMENT", "nonprofit"),
            ("Education", "education"),
            ("HIGHER_EDUCATION", "education"),
            ("Healthcare", "healthcare"),
            ("Hospital & Health Care", "healthcare"),
            ("hospital and health care", "healthcare"),
            ("Banking", "financial-services"),
            ("Finance", "financial-services"),
            ("Insurance", "financial-services"),
            ("  financial-services ", "financial-services"),
        ];
        for (raw, id) in cases {
            assert_eq!(t.map_vertical(raw), Some(id), "{raw}");
        }
        assert_eq!(t.map_vertical("Agriculture"), None, "unknown values are not guessed");
        assert_eq!(t.map_vertical(""), None);
    }

    #[test]
    fn localized_crm_labels_map() {
        let t = Taxonomy::default();
        let stages = [
            ("Angebot/Preisangebot", "proposal"),
            ("Verhandlung/Überprüfung", "negotiation"),
            ("Qualifizierung", "discovery"),
            ("Vertrag gesendet", "negotiation"),
            ("Proposition/Devis", "proposal"),
            ("Négociation/Révision", "negotiation"),
            ("Negociacion/Revision", "negotiation"),
            ("Propuesta/Presupuesto", "proposal"),
            ("Cerrada ganada", "closed-won"),
            ("Análisis de necesidades", "discovery"),
            ("Negoziazione/Revisione", "negotiation"),
            ("Proposta/Orçamento", "proposal"),
            ("Gesloten gewonnen", "closed-won"),
            ("Zamknięte/Przegrane", "closed-lost"),
            ("Analiza potrzeb", "discovery"),
            ("Prezentacja zaplanowana", "evaluation"),
        ];
        for (raw, id) in stages {
            assert_eq!(t.map_stage(raw), Some(id), "{raw}");
        }
        for (raw, id) in [
            ("Gesundheitswesen", "healthcare"),
            ("Öffentliche Verwaltung", "government"),
            ("Santé", "healthcare"),
            ("Éducation", "education"),
            ("Sin ánimo de lucro", "nonprofit"),
            ("Banca", "financial-services"),
            ("Pubblica amministrazione", "government"),
            ("Gezondheidszorg", "healthcare"),
            ("Organização sem fins lucrativos", "nonprofit"),
            ("Administracja publiczna", "government"),
            ("Szkolnictwo wyższe", "education"),
            ("Usługi finansowe", "financial-services"),
            ("MŚP", "smb"),
        ] {
            assert_eq!(t.map_vertical(raw), Some(id), "{raw}");
        }
    }

    #[test]
    fn an_orgs_own_label_maps_by_its_known_parts() {
        let t = Taxonomy::default();
        for (raw, id) in [
            ("Verhandlung/Prüfung", "negotiation"),
            ("Proposal - EMEA", "proposal"),
            ("Closed Lost (went with a competitor)", "closed-lost"),
            ("Découverte", "discovery"),
        ] {
            assert_eq!(t.map_stage(raw), Some(id), "{raw}");
        }
        assert_eq!(t.map_vertical("Government - Federal"), Some("government"));
        assert_eq!(t.map_vertical("Healthcare / Government"), None, "parts that disagree say nothing");
        assert_eq!(t.map_stage("Stage 7 / custom"), None);
    }

    #[test]
    fn no_builtin_synonym_means_two_things() {
        for table in [VERTICALS, STAGES] {
            let mut seen: HashMap<String, &str> = HashMap::new();
            for term in builtin(table) {
                for raw in std::iter::once(&term.id).chain(std::iter::once(&term.label)).chain(&term.synonyms) {
                    let key = normalize_key(raw);
                    if let Some(other) = seen.insert(key.clone(), table.iter().find(|t| t.0 == term.id).map(|t| t.0).unwrap_or_default()) {
                        assert_eq!(other, term.id, "{raw:?} ({key}) maps to both {other} and {}", term.id);
                    }
                }
            }
        }
    }

    #[test]
    fn org_file_adds_synonyms_verticals_and_stages() {
        let t = Taxonomy::from_json(
            r#"{"verticals":[{"id":"government","synonyms":["Public Agencies"]},{"id":"retail","label":"Retail","synonyms":["Retail","E-commerce"]}],
                "stages":[{"id":"discovery","synonyms":["Stage 1 - Discover"]},{"id":"pilot","synonyms":["Pilot"]}]}"#,
        )
        .unwrap();
        assert_eq!(t.map_vertical("public agencies"), Some("government"));
        assert_eq!(t.map_vertical("E-Commerce"), Some("retail"));
        assert_eq!(t.map_stage("stage 1: discover"), Some("discovery"));
        assert_eq!(t.map_stage("PILOT"), Some("pilot"));
        assert_eq!(t.map_stage("Proposal/Price Quote"), Some("proposal"), "defaults stay");
        assert!(t.is_vertical("retail"));
        assert_eq!(t.label(Facet::Vertical, "retail"), "Retail");
    }

    #[test]
    fn org_synonym_overrides_a_builtin_one() {
        // This org's "Commit" is a late proposal, not negotiation.
        let t = Taxonomy::from_json(r#"{"stages":[{"id":"proposal","synonyms":["Commit"]}]}"#).unwrap();
        assert_eq!(t.map_stage("Commit"), Some("proposal"));
    }

    #[test]
    fn neighbouring_stages() {
        let t = Taxonomy::default();
        assert!(t.neighbours("discovery", "evaluation"));
        assert!(t.neighbours("closed-won", "customer"));
        assert!(!t.neighbours("negotiation", "closed-won"), "pre-close content does not fit a won deal");
        assert!(!t.neighbours("closed-lost", "customer"));
        assert!(!t.neighbours("discovery", "proposal"));
        let custom = Taxonomy::from_json(r#"{"stages":[{"id":"pilot"}]}"#).unwrap();
        assert!(custom.neighbours("customer", "pilot"), "an org's own stages neighbour by position");
    }

    #[test]
    fn replacing_the_funnel_keeps_file_order() {
        let t = Taxonomy::from_json(r#"{"replace_stages":true,"stages":[{"id":"a"},{"id":"b"},{"id":"c"}]}"#).unwrap();
        assert_eq!(t.stage_position("b"), Some(1));
        assert_eq!(t.map_stage("Proposal"), None);
    }
}
