//! A thread's messages: where each starts (a header, an attribution, a quote), which is the
//! latest, and the lines of a message that are no part of what it says (its sign-off and
//! signature, legal notices). Mail clients and CRM activity feeds put the newest message on
//! top, with older ones below their headers; an exported or printed conversation starts with a
//! header and runs oldest first. The dates in the headers tell them apart.

/// A sortable moment read from a header: (year, month, day, minute of the day).
pub type Moment = (u16, u8, u8, u16);

/// Month names and their abbreviations in the languages reps sell in, matched whole (a
/// prefix would read "mardi" or "Mark" as March).
const MONTHS: &[(&str, u8)] = &[
    ("jan", 1),
    ("january", 1),
    ("januar", 1),
    ("jänner", 1),
    ("janvier", 1),
    ("enero", 1),
    ("gennaio", 1),
    ("januari", 1),
    ("janeiro", 1),
    ("janv", 1),
    ("ene", 1),
    ("gen", 1),
    ("feb", 2),
    ("february", 2),
    ("februar", 2),
    ("février", 2),
    ("fév", 2),
    ("févr", 2),
    ("febrero", 2),
    ("febbraio", 2),
    ("februari", 2),
    ("fevereiro", 2),
    ("fev", 2),
    ("mar", 3),
    ("march", 3),
    ("märz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("maart", 3),
    ("março", 3),
    ("apr", 4),
    ("april", 4),
    ("avril", 4),
    ("abril", 4),
    ("aprile", 4),
    ("avr", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("mayo", 5),
    ("maggio", 5),
    ("mei", 5),
    ("maio", 5),
    ("jun", 6),
    ("june", 6),
    ("juni", 6),
    ("juin", 6),
    ("junio", 6),
    ("giugno", 6),
    ("junho", 6),
    ("jul", 7),
    ("july", 7),
    ("juli", 7),
    ("juillet", 7),
    ("juil", 7),
    ("julio", 7),
    ("luglio", 7),
    ("julho", 7),
    ("aug", 8),
    ("august", 8),
    ("août", 8),
    ("agosto", 8),
    ("augustus", 8),
    ("ago", 8),
    ("sep", 9),
    ("sept", 9),
    ("september", 9),
    ("septembre", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("settembre", 9),
    ("setembro", 9),
    ("set", 9),
    ("oct", 10),
    ("october", 10),
    ("oktober", 10),
    ("octobre", 10),
    ("octubre", 10),
    ("ottobre", 10),
    ("outubro", 10),
    ("okt", 10),
    ("ott", 10),
    ("out", 10),
    ("nov", 11),
    ("november", 11),
    ("novembre", 11),
    ("noviembre", 11),
    ("novembro", 11),
    ("dec", 12),
    ("december", 12),
    ("dezember", 12),
    ("décembre", 12),
    ("diciembre", 12),
    ("dicembre", 12),
    ("dezembro", 12),
    ("dez", 12),
    ("déc", 12),
    ("dic", 12),
];

pub(crate) fn month_of(word: &str) -> Option<u8> {
    MONTHS.iter().find(|(m, _)| *m == word).map(|&(_, n)| n)
}

/// The date and time a header line gives ("Sent: Monday, November 9, 2026 9:14 AM", "On Thu,
/// 19 Nov 2026 at 11:02, Dana wrote:", "Date: 2026-11-19 11:02", "Gesendet: 19.11.2026 11:02").
pub fn moment(line: &str) -> Option<Moment> {
    let lower = line.to_lowercase();
    // Words and numbers, with the time's parts kept apart by their colon.
    let tokens: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric() && c != ':').filter(|t| !t.is_empty()).collect();
    let mut year = None;
    let mut month = None;
    let mut numbers: Vec<u8> = Vec::new();
    let mut minute = None;
    for (k, t) in tokens.iter().enumerate() {
        if let Some((h, m)) = t.split_once(':').and_then(|(h, m)| Some((h.parse::<u16>().ok()?, m.get(..2)?.parse::<u16>().ok()?))) {
            if h < 24 && m < 60 && minute.is_none() {
                let pm = tokens.get(k + 1).is_some_and(|n| *n == "pm" || *n == "p") && h < 12;
                let am12 = tokens.get(k + 1).is_some_and(|n| *n == "am" || *n == "a") && h == 12;
                minute = Some(
                    if pm {
                        h + 12
                    } else if am12 {
                        0
                    } else {
                        h
                    } * 60
                        + m,
                );
            }
            continue;
        }
        if t.len() == 4 && t.chars().all(|c| c.is_ascii_digit()) {
            let y: u16 = t.parse().ok()?;
            if (1990..2100).contains(&y) && year.is_none() {
                year = Some(y);
            }
            continue;
        }
        if t.len() <= 2 && t.chars().all(|c| c.is_ascii_digit()) {
            numbers.push(t.parse().ok()?);
            continue;
        }
        if month.is_none() && t.chars().all(char::is_alphabetic) {
            month = month_of(t);
        }
    }
    let year = year?;
    let (month, day) = match (month, numbers.as_slice()) {
        (Some(m), [d, ..]) => (m, *d),
        // Numeric dates: ISO (2026-11-19) puts the year first; otherwise the number over 12 is
        // the day. "05/12/2026" is May or December by the writer's locale: no date is better
        // than a wrong order.
        (None, [a, b, ..]) => {
            let iso = lower.contains(&format!("{year}-"));
            if iso || *b > 12 {
                (*a, *b)
            } else if *a > 12 {
                (*b, *a)
            } else {
                return None;
            }
        }
        _ => return None,
    };
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day, minute.unwrap_or(0)))
}

/// The lines of the latest message's body, `start..end`, given where messages begin
/// (`starts_message(i)`: a header, an attribution, a quote or a separator at line `i`).
/// A text that opens with its message is newest first (a reply above its history), as Handoff's
/// readers and mail clients write it. One that opens with a header is either the newest
/// message with its header on top or a conversation oldest first: when two or more of its
/// headers give dates, the latest date decides; otherwise the first message with a body.
pub fn latest(lines: &[&str], starts_message: impl Fn(usize) -> bool) -> (usize, usize) {
    let bounds: Vec<usize> = (0..lines.len()).filter(|&i| starts_message(i)).collect();
    let Some(first) = lines.iter().position(|l| !l.trim().is_empty()) else { return (0, lines.len()) };
    if bounds.first() != Some(&first) {
        return (0, bounds.first().copied().unwrap_or(lines.len()));
    }
    // Each message that is not a quote and has a body: where its body runs, and its date.
    let messages: Vec<(usize, usize, Option<Moment>)> = bounds
        .iter()
        .enumerate()
        .filter(|&(_, &start)| !lines[start].trim_start().starts_with('>'))
        .filter_map(|(k, &start)| {
            let end = bounds.get(k + 1).copied().unwrap_or(lines.len());
            let mut header = lines[start..end].iter().take_while(|l| is_header(l)).count().max(1);
            // A messaging site's sender line has the headline and the time on lines of their own.
            if opens_profile_message(lines[start]) {
                if let Some(k) = (start + 1..end.min(start + 3)).find(|&k| moment(lines[k]).is_some()) {
                    header = k + 1 - start;
                }
            }
            let body = start + header;
            lines[body..end].iter().any(|l| !l.trim().is_empty()).then(|| (body, end, lines[start..body].iter().find_map(|l| moment(l))))
        })
        .collect();
    let dated = messages.iter().filter(|m| m.2.is_some()).count();
    // Without two dates to compare, the top message is the latest; ties go to the earlier one.
    let pick = if dated < 2 { messages.first() } else { messages.iter().filter(|m| m.2.is_some()).reduce(|a, b| if b.2 > a.2 { b } else { a }) };
    pick.map_or((0, bounds.first().copied().unwrap_or(lines.len())), |&(body, end, _)| (body, end))
}

/// The line that opens a forwarded message ("---------- Forwarded message ---------"), in the
/// languages mail clients write it.
pub(crate) fn opens_forward(line: &str) -> bool {
    // The marker alone on its line, between dashes: "I forwarded your message" is prose.
    let lower = line.to_lowercase();
    let core = lower.trim_matches(|c: char| c == '-' || c == '_' || c == '*' || c == ':' || c.is_whitespace());
    let (words, marker) = (core.split_whitespace().count(), |m: &str| core.contains(m));
    words <= 3
        && ["forwarded", "weitergeleitete", "transféré", "reenviado", "encaminhada", "inoltrato", "doorgestuurd"].iter().any(|m| marker(m))
        && ["message", "nachricht", "mensaje", "mensagem", "messaggio", "bericht"].iter().any(|m| marker(m))
}

/// How an attribution line ends: "On Tue, … Dana <d@x.gov> wrote:" and its translations.
pub(crate) const WROTE: &[&str] = &["wrote:", "schrieb:", "a écrit :", "a écrit:", "escribió:", "scrisse:", "schreef:", "escreveu:", "skrev:"];

/// A header block's sender and date labels ("From:", "Sent:") and its other fields, in the
/// languages mail clients write them.
const FROM: &[&str] = &["from", "von", "de", "da", "van"];
const SENT: &[&str] = &["sent", "date", "gesendet", "datum", "envoyé", "enviado", "enviado el", "inviato", "verzonden"];
const OTHER_FIELDS: &[&str] = &["to", "cc", "bcc", "subject", "an", "betreff", "à", "objet", "para", "asunto", "a", "oggetto", "aan", "onderwerp"];
/// How an attribution line starts: "On Tue, …", "Am …", "Le …".
const OPENERS: &[&str] = &["on ", "am ", "le ", "el ", "il ", "op ", "em ", "den ", "the "];

/// The label of a header field ("from" of "From: Dana"), lowercased; `lower` is lowercased.
fn label(lower: &str) -> Option<&str> {
    lower.split_once(':').map(|(label, _)| label.trim())
}

/// A line of a message's header block: its fields, and an attribution's "… wrote:".
pub(crate) fn is_header(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    label(&l).is_some_and(|f| FROM.contains(&f) || SENT.contains(&f) || OTHER_FIELDS.contains(&f))
        || WROTE.iter().any(|w| l.ends_with(w))
        || (l.starts_with("on ") && l.len() < 200 && moment(&l).is_some())
}

/// A header field that names who a message went to ("To:", "Cc:"), not who wrote it.
pub(crate) fn is_recipients(line: &str) -> bool {
    const RECIPIENTS: &[&str] = &["to", "cc", "bcc", "an", "à", "para", "a", "aan", "cci"];
    label(&line.trim().to_lowercase()).is_some_and(|f| RECIPIENTS.contains(&f))
}

/// A messaging site's head of a message: the sender and their degree of connection ("Nathan
/// Feld · 1st", as LinkedIn shows it).
fn opens_profile_message(line: &str) -> bool {
    let line = line.trim();
    // Every line of a page passes here: look for the separator only where a degree ends it.
    if !line.ends_with(['t', 'd', '+']) {
        return false;
    }
    let Some((name, degree)) = line.rsplit_once(" · ") else { return false };
    matches!(degree, "1st" | "2nd" | "3rd" | "3rd+") && (1..=5).contains(&name.split_whitespace().count()) && name.starts_with(char::is_uppercase)
}

/// Lines that start the quoted or forwarded history of a message, in the languages reps write in.
pub(crate) fn starts_history(line: &str, next: &[&str]) -> bool {
    let l = line.trim();
    if l.starts_with('>') || opens_profile_message(l) {
        return true;
    }
    // Message boundary written by the readers, and Outlook's "-----Original Message-----".
    if l.len() >= 3 && l.chars().all(|c| c == '-' || c == '_' || c == '—') {
        return true;
    }
    // Gmail's printed thread heads each message with its sender and date, oldest first:
    // "Dana Lee <dana@acmecounty.gov>	Mon, Nov 9, 2026 at 9:14 AM".
    if l.contains('<') && l.contains('@') && moment(l).is_some() {
        return true;
    }
    // Most lines are prose: only a line that could open history is looked at closely.
    let first = l.chars().next().unwrap_or(' ');
    if !(first.is_alphabetic() || first == '-' || first == '_') || l.len() > 400 {
        return false;
    }
    // The markers below all hold one of these fragments or start like an attribution or header:
    // only such lines are lowercased and looked at closely.
    let head: String = l.chars().take(6).flat_map(char::to_lowercase).collect();
    let attribution = OPENERS.iter().any(|o| head.starts_with(o));
    let header = FROM.iter().any(|f| head.starts_with(f));
    if !attribution && !header && !["essage", "achricht", "ensaje"].iter().any(|m| l.contains(m)) {
        return false;
    }
    let lower = l.to_lowercase();
    if lower.contains("original message")
        || lower.contains("forwarded message")
        || lower.contains("message d'origine")
        || lower.contains("ursprüngliche nachricht")
        || lower.contains("mensaje original")
    {
        return true;
    }
    // "On Tue, Nov 3, 2026 at 9:12 AM Dana <d@x.gov> wrote:" and its translations; long
    // attributions wrap, so the verb may end the next line.
    if OPENERS.iter().any(|o| lower.starts_with(o)) {
        if WROTE.iter().any(|w| lower.ends_with(w)) {
            return true;
        }
        let next = next.first().map(|n| n.trim().to_lowercase()).unwrap_or_default();
        if l.len() < 160 && !lower.contains(':') && WROTE.iter().any(|w| next.ends_with(w)) {
            return true;
        }
    }
    // Outlook's header block: "From: …" followed by "Sent:"/"Date:" within a few lines.
    if label(&lower).is_some_and(|f| FROM.contains(&f)) {
        return next.iter().take(4).any(|n| label(&n.trim().to_lowercase()).is_some_and(|f| SENT.contains(&f)));
    }
    false
}

/// A closing line: what follows is the signature.
pub(crate) fn is_sign_off(line: &str) -> bool {
    const CLOSINGS: &[&str] = &[
        "best",
        "best regards",
        "best wishes",
        "regards",
        "kind regards",
        "warm regards",
        "thanks",
        "thank you",
        "thanks so much",
        "many thanks",
        "thanks again",
        "cheers",
        "sincerely",
        "yours",
        "all the best",
        "talk soon",
        "respectfully",
        "mit freundlichen grüßen",
        "mit freundlichen grüssen",
        "viele grüße",
        "beste grüße",
        "freundliche grüße",
        "danke",
        "vielen dank",
        "cordialement",
        "bien cordialement",
        "bien à vous",
        "merci",
        "merci beaucoup",
        "salutations",
        "saludos",
        "un saludo",
        "atentamente",
        "gracias",
        "muchas gracias",
        "saludos cordiales",
        "cordiali saluti",
        "met vriendelijke groet",
        "atenciosamente",
        "obrigado",
        "obrigada",
        "warmly",
        "warm wishes",
        "all best",
        "with thanks",
        "thanks in advance",
        "thx",
        "speak soon",
        "herzliche grüße",
        "herzliche grüsse",
        "liebe grüße",
        "liebe grüsse",
        "viele grüsse",
        "beste grüsse",
        "freundliche grüsse",
        "mit besten grüßen",
        "mit besten grüssen",
        "mit freundlichem gruß",
        "mit freundlichem gruss",
        "gruß",
        "gruss",
        "grüße",
        "grüsse",
        "mfg",
        "salutations distinguées",
        "meilleures salutations",
        "sincères salutations",
        "bien à toi",
        "à bientôt",
        "bonne journée",
        "un cordial saludo",
        "reciba un cordial saludo",
        "cordialmente",
        "un abrazo",
        "quedo atento",
        "quedo atenta",
        "distinti saluti",
        "saluti",
        "met vriendelijke groeten",
        "vriendelijke groet",
        "groeten",
        "cumprimentos",
        "abraços",
    ];
    let l = line.trim().trim_end_matches([',', '.', '!']).trim().to_lowercase();
    l == "--" || CLOSINGS.contains(&l.as_str())
}

/// A signature's name line: one to three capitalised words, nothing else.
pub(crate) fn is_name_line(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '.' || c == '-' || c == '\''))
}

/// Legal boilerplate and mail-client lines carry no ask.
pub(crate) fn is_boilerplate(line: &str) -> bool {
    let l = line.to_lowercase();
    let has = |words: &[&str]| words.iter().any(|w| l.contains(w));
    // A confidentiality notice names confidentiality and its addressee, in each language.
    (has(&["confidential", "vertraulich", "confidentiel", "confidencial", "riservat", "vertrouwelijk"])
        && has(&["intended", "privileged", "recipient", "empfänger", "adressat", "destinataire", "destiné", "destinatario", "destinatário", "geadresseerde"]))
        || has(&[
            "this email and any attachments",
            "if you have received this",
            "received it in error",
            "received this in error",
            "notify the sender",
            "recibió por error",
            "notifique al remitente",
            "reçu par erreur",
            "prévenir l'expéditeur",
            "benachrichtigen sie den absender",
            "irrtümlich erhalten",
            "reçu ce message par erreur",
            "reçu cet e-mail par erreur",
            "recibido este mensaje por error",
            "recibido este correo por error",
            "ricevuto questo messaggio per errore",
            "per abuis",
            "before printing",
            "bevor sie diese e-mail ausdrucken",
            "avant d'imprimer",
            "antes de imprimir",
            "unsubscribe",
            "abmelden",
            "se désabonner",
            "darse de baja",
            // A solicitation's rules of contact: how to ask, not what is asked.
            "submitted in writing",
            "solicitation period",
            "cone of silence",
            "blackout period",
            // A notification's footer: nobody reads a reply to it.
            "do not reply to this",
            "automated message",
            "automatically generated",
            "notification settings",
            "nicht auf diese e-mail",
            "automatisch generiert",
            "ne pas répondre",
            "no responda a este",
            "non rispondere a questa",
        ])
        || ["sent from my", "get outlook for", "von meinem", "envoyé de mon", "enviado desde mi", "inviato da"].iter().any(|p| l.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_to_a_wrong_recipient_is_boilerplate() {
        for l in [
            "CONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If you received it in error, please notify the sender and delete it.",
            "AVISO DE CONFIDENCIALIDAD: Este mensaje puede contener información de salud protegida (PHI). Si lo recibió por error, notifique al remitente y elimínelo.",
            "This email and any attachments are confidential.",
        ] {
            assert!(is_boilerplate(l), "{l}");
        }
        assert!(!is_boilerplate("Please notify us when the BAA is signed."));
        assert!(is_boilerplate("This is an automated message from PublicBidNet. Please do not reply to this email."));
        assert!(!is_boilerplate("Can the alerts be automated?"));
    }

    #[test]
    fn a_forward_opens_on_its_marker_line_alone() {
        for l in [
            "---------- Forwarded message ---------",
            "Begin forwarded message:",
            "-------- Weitergeleitete Nachricht --------",
            "---- Message transféré ----",
            "Mensaje reenviado",
        ] {
            assert!(opens_forward(l), "{l}");
        }
        assert!(!opens_forward("I forwarded your message to our CISO."));
        assert!(!opens_forward("-----Original Message-----"));
    }

    #[test]
    fn an_outlook_header_block_starts_history_in_each_language() {
        for (from, sent) in [
            ("From: Dana Lee", "Sent: Thursday, November 19, 2026 11:02 AM"),
            ("Von: Dana Lee", "Gesendet: Donnerstag, 19. November 2026 11:02"),
            ("De : Dana Lee", "Envoyé : jeudi 19 novembre 2026 11:02"),
            ("De: Dana Lee", "Enviado el: jueves, 19 de noviembre de 2026 11:02"),
        ] {
            assert!(starts_history(from, &["To: Sam", sent]), "{from} / {sent}");
            assert!(is_header(from) && is_header(sent), "{from} / {sent}");
        }
        assert!(!starts_history("From: the county's side, nothing new.", &["We still need the BAA."]), "a From: without a date below");
        assert!(!is_header("Note: we still need the BAA."));
    }

    #[test]
    fn header_dates_in_the_forms_clients_write() {
        for (line, want) in [
            ("Sent: Monday, November 9, 2026 9:14 AM", (2026, 11, 9, 9 * 60 + 14)),
            ("On Thu, Nov 12, 2026 at 3:40 PM Jordan Ellis <j@x.example> wrote:", (2026, 11, 12, 15 * 60 + 40)),
            ("Date: 2026-11-19 11:02", (2026, 11, 19, 11 * 60 + 2)),
            ("Gesendet: Donnerstag, 19. November 2026 11:02", (2026, 11, 19, 662)),
            ("Gesendet: 19.11.2026 11:02", (2026, 11, 19, 662)),
            ("Envoyé : jeudi 19 novembre 2026 11:02", (2026, 11, 19, 662)),
            ("Le jeu. 3 déc. 2026 à 09:15, Anne <a@b.fr> a écrit :", (2026, 12, 3, 555)),
            ("Enviado el: jueves, 19 de noviembre de 2026 11:02", (2026, 11, 19, 662)),
            ("Sent: 11/19/2026 12:05 AM", (2026, 11, 19, 5)),
            ("Sent: 19/11/2026 09:00", (2026, 11, 19, 540)),
        ] {
            assert_eq!(moment(line), Some(want), "{line}");
        }
        assert_eq!(moment("From: Maria Lopez <maria@harborhealth.org>"), None);
        assert_eq!(moment("We have 3 sites and 400 users"), None);
        assert_eq!(moment("Sent: 05/12/2026 10:00"), None, "May or December");
        assert_eq!(moment("Am 19.11.2026 um 11:02 schrieb Mark Jones:"), Some((2026, 11, 19, 662)), "a name is no month");
        assert_eq!(moment("El martes, 17 de noviembre de 2026"), Some((2026, 11, 17, 0)), "nor a weekday");
    }

    fn body(text: &str) -> Vec<&str> {
        let lines: Vec<&str> = text.lines().collect();
        let starts = |i: usize| {
            let l = lines[i].trim();
            l.starts_with("From:") || l.starts_with('>') || l.starts_with("---") || (l.starts_with("On ") && l.ends_with("wrote:"))
        };
        let (a, b) = latest(&lines, starts);
        lines[a..b].iter().copied().filter(|l| !l.trim().is_empty()).collect()
    }

    #[test]
    fn the_latest_message_by_its_place_or_its_date() {
        // A reply above its history: the top.
        assert_eq!(body("Can you send the BAA?\nFrom: Jo\nSent: Monday, November 9, 2026 9:14 AM\nOld text"), ["Can you send the BAA?"]);
        // Oldest first, as an exported conversation: the last date.
        let thread = "From: Maria\nSent: Monday, November 9, 2026 9:14 AM\n\nA case study, please?\n\nFrom: Jordan\nSent: Monday, November 9, 2026 2:30 PM\n\nAttached.\n\nFrom: Maria\nSent: Thursday, November 19, 2026 11:02 AM\n\nNow we need the BAA.";
        assert_eq!(body(thread), ["Now we need the BAA."]);
        // Newest first, each with its header: still the latest date.
        let thread = "From: Maria\nSent: Thursday, November 19, 2026 11:02 AM\n\nNow we need the BAA.\n\nFrom: Maria\nSent: Monday, November 9, 2026 9:14 AM\n\nA case study, please?";
        assert_eq!(body(thread), ["Now we need the BAA."]);
        // A header on top and no dates to compare: the top message.
        assert_eq!(body("From: Maria\nSubject: pricing\n\nPricing for 400 seats?\n> older"), ["Pricing for 400 seats?"]);
    }

    #[test]
    fn a_messaging_sites_conversation_by_its_dates() {
        fn latest_of(text: &str) -> Vec<&str> {
            let lines: Vec<&str> = text.lines().collect();
            let (a, b) = latest(&lines, |i| starts_history(lines[i], &lines[i + 1..]));
            lines[a..b].iter().copied().filter(|l| !l.trim().is_empty()).collect()
        }
        // Oldest first, as LinkedIn shows it; the headline and time under each sender.
        let chat = "Priya Raman · 2nd\nAccount Executive at Girderline\nNov 16, 2026, 9:02 AM\nWould a short conversation be useful?\n\nNathan Feld · 1st\nDirector, Capital Projects\nNov 21, 2026, 8:14 PM\nWhat does a migration look like?";
        assert_eq!(latest_of(chat), ["What does a migration look like?"]);
        // Newest first: the same message.
        let newest_first = "Nathan Feld · 1st\nDirector, Capital Projects\nNov 21, 2026, 8:14 PM\nWhat does a migration look like?\n\nPriya Raman · 2nd\nAccount Executive at Girderline\nNov 16, 2026, 9:02 AM\nWould a short conversation be useful?";
        assert_eq!(latest_of(newest_first), ["What does a migration look like?"]);
        assert!(!opens_profile_message("Pricing · 2nd tier"), "a degree ends the line");
    }
}
