#!/usr/bin/env python3
"""test3-set: prospects who write in a language other than English (HELD OUT).

Writes cases.jsonl next to this file, labelled against library.json (a verbatim copy of
demo/library.json taken on 2026-12-06, so that the set stays stable when the demo changes).

Run: python3 tests/eval/test3-set/make_set.py

Checks (assertions): every referenced id exists in library.json; every graded item is live
(status "approved" and not expired as of the reference date); no graded item is restricted
to a vertical other than the prospect's (as the labeller judged it, kept here only); every
forbidden id exists and is either not live or restricted to another vertical than the
prospect's; no id is both graded and forbidden; no case grades more than 4 items; grades are
1..3; case ids are p01..p42 and the note's kind is the case's language.
"""

import json
import os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
REFERENCE_DATE = "2026-11-23"
LANGS = ["german", "french", "spanish", "italian", "portuguese", "dutch", "polish"]
SHAPES = ["thread", "multi", "crm", "query", "nofit"]

CASES = []


def T(s):
    """A page text: drop the newline after the opening quotes and trailing blanks."""
    return s.strip("\n").rstrip() if s is not None else None


def contact(name, email):
    return {"name": name, "first_name": name.split()[0], "email": email}


def add(case, lang, shape, vertical, note, context, relevant, forbidden, query=None):
    """vertical and shape are the labeller's judgement and the README's kind: kept here only."""
    CASES.append({
        "_lang": lang,
        "_shape": shape,
        "_vertical": vertical,
        "case": case,
        "note": f"{lang}: {note}",
        "context": context,
        "query": query,
        "relevant": relevant,
        "forbidden": forbidden,
    })


def ctx(source, company, domain, contact_, subject, text, url=None, vertical=None, stage=None,
        raw=None):
    return {
        "source": source,
        "url": url,
        "company": company,
        "domain": domain,
        "contact": contact_,
        "vertical": vertical,
        "stage": stage,
        "raw": raw,
        "subject": subject,
        "text": T(text),
    }


# --------------------------------------------------------------------------------------------
# German
# --------------------------------------------------------------------------------------------

add("p01", "german", "multi", "government",
    "Outlook reply from a town's information-security officer, Behörden footer, Von:/Gesendet: header over the rep's English recap: security concept (encryption, certifications, incidents), retention periods with provable deletion and a hold for pending cases, and a reference from another municipality (three asks)",
    ctx("outlook", "Stadt Hohenbrück", "hohenbrueck.de",
        contact("Matthias Oberländer", "matthias.oberlaender@hohenbrueck.de"),
        "AW: Northwind Cloud – Unterlagen für die Prüfung",
        """
Sehr geehrte Frau Holt,

vielen Dank für die Präsentation am vergangenen Donnerstag. Hauptamt und IT haben sich im Nachgang zusammengesetzt; bevor wir das Thema in den Haupt- und Finanzausschuss geben können, benötigen wir noch einige Unterlagen von Ihnen.

Unser Informationssicherheitsbeauftragter möchte zunächst eine aussagekräftige Beschreibung Ihres Sicherheitskonzepts erhalten – insbesondere zu Verschlüsselung, Zertifizierungen und dem Umgang mit Sicherheitsvorfällen.

Außerdem wäre für das Stadtarchiv wichtig zu wissen, wie in Northwind Aufbewahrungsfristen abgebildet werden und wie Unterlagen nach Fristablauf nachweisbar gelöscht bzw. bei laufenden Verfahren gesperrt werden können.

Und falls vorhanden: Gibt es eine andere Kommune oder Kreisverwaltung, die Northwind bereits für Bürgeranträge und Anträge auf Akteneinsicht einsetzt? Ein Erfahrungsbericht würde uns bei der Ausschussvorlage sehr helfen.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Im Auftrag

Matthias Oberländer
Informationssicherheitsbeauftragter
Stadt Hohenbrück – Fachbereich 1, Zentrale Dienste
Rathausplatz 1, 35619 Hohenbrück
Tel.: 06441 5502-213
matthias.oberlaender@hohenbrueck.de
www.hohenbrueck.de

Hinweis: Diese E-Mail kann vertrauliche Informationen enthalten. Sollten Sie nicht der beabsichtigte Empfänger sein, informieren Sie bitte den Absender und löschen Sie diese Nachricht. Informationen zum Datenschutz finden Sie unter www.hohenbrueck.de/datenschutz.

Von: Megan Holt <megan.holt@northwind.example>
Gesendet: Donnerstag, 12. November 2026 16:40
An: Oberländer, Matthias <matthias.oberlaender@hohenbrueck.de>
Cc: Krüger, Sabine <sabine.krueger@hohenbrueck.de>
Betreff: Northwind Cloud – Unterlagen für die Prüfung

Dear Mr. Oberländer, dear Ms. Krüger,

Thank you for your time today. As promised, here is the recording of the demo. Let me know which documents your team needs for the review and I will send them over.

Best regards,
Megan Holt
Account Executive DACH | Northwind Cloud
""",
        url="https://outlook.office.com/mail/inbox/id/AAQkADc4ZjE2NWQ1LTk0YjMtNDQxMC1hZGE2LTg3NzY0ZTI3ZTg0MQAQAJ3vXk"),
    {"all-security-whitepaper": 3, "all-records-retention-guide": 3,
     "gov-county-records-case-study": 3},
    ["all-security-whitepaper-2024-retired", "gov-fedramp-pricing-expired",
     "fs-soc2-pci-overview", "all-gdpr-dpa"])

add("p02", "german", "thread", "mid-market",
    "Gmail reply from a property manager's data-protection coordinator (GmbH, 14 offices, 220 seats in the rep's quoted proposal) before signature: the DPA under Art. 28 GDPR with the subprocessor list, and whether data stays in EU data centres; Impressum footer",
    ctx("gmail", "Brennecke Immobilienverwaltung GmbH", "brennecke-immobilien.de",
        contact("Katrin Wendt", "k.wendt@brennecke-immobilien.de"),
        "Re: Angebot Northwind Cloud – nächste Schritte",
        """
Hallo Herr Brooks,

kurzes Update von unserer Seite: Das Angebot liegt der Geschäftsführung vor, inhaltlich sind wir uns weitgehend einig. Bevor wir unterschreiben können, muss allerdings noch unser externer Datenschutzbeauftragter grünes Licht geben.

Dafür bräuchten wir Ihren Auftragsverarbeitungsvertrag nach Art. 28 DSGVO inkl. der Liste Ihrer Unterauftragsverarbeiter. Außerdem möchte er wissen, ob die Daten ausschließlich in Rechenzentren innerhalb der EU gespeichert werden – Mieterakten und Ausweiskopien dürfen bei uns nicht in ein Drittland.

Wenn Sie mir die Unterlagen bis Ende nächster Woche schicken könnten, wäre das super, dann schaffen wir die Unterschrift noch vor Jahresende.

Viele Grüße
Katrin Wendt

--
Katrin Wendt
Justiziariat & Datenschutzkoordination
Brennecke Immobilienverwaltung GmbH
Hafenstraße 22 · 28217 Bremen
T +49 421 690 47-31 · M +49 172 4471 903
k.wendt@brennecke-immobilien.de

Brennecke Immobilienverwaltung GmbH · Sitz: Bremen · Amtsgericht Bremen HRB 28841 · Geschäftsführer: Jens Brennecke, Tanja Oltmanns

Am Di., 10. Nov. 2026 um 09:15 Uhr schrieb Daniel Brooks <daniel.brooks@northwind.example>:
> Hi Katrin,
>
> Attached is our proposal for Brennecke: 220 seats across your 14 offices, the implementation plan and pricing held until December 15.
>
> Let me know if anything is unclear.
>
> Daniel
"""),
    {"all-gdpr-dpa": 3, "all-security-whitepaper": 1},
    ["ent-global-case-study"])

add("p03", "german", "crm", "financial-services",
    "Salesforce opportunity of a savings bank with German field labels (Phase: Bedarfsanalyse, Branche: Bankwesen, raw values only): call note asks for a comparable bank already live with paperless account opening, and internal audit / outsourcing management (MaRisk) want the SOC 2 report and will send their vendor questionnaire",
    ctx("salesforce", "Sparkasse Oberwaldkreis", "sparkasse-oberwaldkreis.de",
        contact("Thomas Krämer", "thomas.kraemer@sparkasse-oberwaldkreis.de"),
        "Sparkasse Oberwaldkreis – Digitale Kontoeröffnung",
        """
Opportunity
Sparkasse Oberwaldkreis – Digitale Kontoeröffnung
Accountname: Sparkasse Oberwaldkreis
Phase: Bedarfsanalyse
Betrag: 148.000,00 €
Schlusstermin: 31.03.2027
Wahrscheinlichkeit (%): 20
Opportunity-Inhaber: Megan Holt
Branche: Bankwesen
Typ: Neugeschäft
Nächster Schritt: Referenz aus dem Banken-/Genossenschaftsumfeld schicken, Unterlagen für die IT-Revision zusammenstellen

Aktivitätsverlauf
Anruf – 18.11.2026 – Thomas Krämer (Bereichsleiter Vertriebsmanagement)
Der Vertrieb will Kontoeröffnungen und Kreditunterlagen für Privatkunden komplett ohne Papier abwickeln, heute 3–4 Tage Durchlaufzeit. Hr. Krämer fragt, ob es ein vergleichbares Institut gibt, das die Lösung schon produktiv nutzt. IT-Revision und Auslagerungsmanagement (MaRisk AT 9) wollen vor der Evaluierung den SOC-2-Bericht sehen und schicken uns ihren Dienstleisterfragebogen.
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001QkVbTQAV/view",
        raw={"stage": "Bedarfsanalyse", "industry": "Bankwesen"}),
    {"fs-credit-union-case-study": 3, "fs-soc2-pci-overview": 3, "fs-vendor-risk-reply": 2},
    ["all-security-whitepaper-2024-retired", "gov-security-review-reply"])

add("p04", "german", "multi", "smb",
    "Gmail reply from a tax-advisory partnership (11 staff, 6 users): what it costs per month and whether support is included, and how fast they can start on their own without an implementation project (two asks); Partnerschaftsregister footer",
    ctx("gmail", "Hartmann & Vogt Steuerberater PartG mbB", "hartmann-vogt.de",
        contact("Susanne Vogt", "s.vogt@hartmann-vogt.de"),
        "Re: Mandatsvereinbarungen digital unterschreiben",
        """
Hallo Frau Holt,

danke für den Link zur Demo, das sah wirklich gut aus – genau so etwas suchen wir für unsere Mandatsvereinbarungen und Vollmachten.

Wir sind ein kleines Büro mit 11 Mitarbeitenden, davon bräuchten wohl 6 einen eigenen Zugang. Was würde uns das im Monat kosten, und ist der Support in den Paketen schon enthalten?

Und wie schnell wären wir startklar? Eine große Einführung mit Workshops können wir uns ehrlich gesagt nicht leisten, das müssten wir neben dem Tagesgeschäft hinbekommen.

Beste Grüße aus Freiburg
Susanne Vogt

Hartmann & Vogt Steuerberater PartG mbB
Kaiser-Joseph-Str. 188 | 79098 Freiburg i. Br.
Tel. 0761 389 22-0 | kanzlei@hartmann-vogt.de
Partnerschaftsregister AG Freiburg PR 700412

Am Fr., 13. Nov. 2026 um 11:02 Uhr schrieb Megan Holt <megan.holt@northwind.example>:
> Hi Ms. Vogt,
>
> Great to speak with you. Here is the five-minute demo we talked about. Happy to answer any questions.
>
> Best,
> Megan
"""),
    {"smb-pricing-sheet": 3, "smb-quick-start-video": 3},
    ["np-nonprofit-pricing", "all-promo-q3-2025-expired", "all-discount-policy-draft",
     "mm-implementation-plan"])

add("p05", "german", "crm", "education",
    "HubSpot deal of a university with German labels (Deal-Phase: Präsentation geplant, Branche: Hochschulbildung; raw HIGHER_EDUCATION): note asks which other university already signs enrolment and admission letters online, and documents on how student data is protected for the staff council and the data-protection officer",
    ctx("hubspot", "Universität Hallenberg", "uni-hallenberg.de",
        contact("Aylin Yılmaz", "aylin.yilmaz@uni-hallenberg.de"),
        "Uni Hallenberg – Studierendenservice digital",
        """
Uni Hallenberg – Studierendenservice digital
Betrag: 64.500 €
Abschlussdatum: 30.06.2027
Deal-Phase: Präsentation geplant
Pipeline: Vertrieb DACH
Deal-Inhaber: Megan Holt
Zugehöriges Unternehmen: Universität Hallenberg
Branche: Hochschulbildung
Anzahl der Mitarbeiter: 4.200

Notiz · 17. Nov. 2026
Gespräch mit Dr. Yılmaz (Leitung Studierendenservice). Immatrikulation, Beurlaubungen und Zulassungsbescheide laufen noch über Papier und Unterschrift im Original, ca. 9.000 Vorgänge pro Semester. Sie möchte vor der Präsentation wissen, welche andere Hochschule so etwas schon umgesetzt hat. Personalrat und Datenschutzbeauftragte werden fragen, wie wir Studierendendaten schützen – bitte Unterlagen dazu mitbringen.

Aufgabe: Präsentation am 2. Dez. vorbereiten (fällig 30. Nov.)
""",
        url="https://app-eu1.hubspot.com/contacts/25914433/record/0-3/21557093418",
        raw={"stage": "Präsentation geplant", "industry": "HIGHER_EDUCATION"}),
    {"edu-university-case-study": 3, "edu-ferpa-overview": 2, "all-security-whitepaper": 1},
    ["edu-ferpa-faq-draft", "all-security-whitepaper-2024-retired", "all-gdpr-dpa"])

add("p06", "german", "query", "enterprise",
    "Outlook mail from a logistics group's head of enterprise architecture (SE, 28 countries, long Vorstand/Aufsichtsrat footer) over an -----Ursprüngliche Nachricht----- block: how Northwind differs from DocuFlow on audit trail and retention, and how SAML SSO via Entra ID and SCIM provisioning work, with roles; rep types 'docuflow vergleich'",
    ctx("outlook", "Albers Group SE", "albers-group.com",
        contact("Florian Weidinger", "florian.weidinger@albers-group.com"),
        "AW: Northwind vs. DocuFlow / SSO",
        """
Hallo Herr Brooks,

wir haben uns intern auf zwei Anbieter für die engere Auswahl verständigt: Northwind und DocuFlow. Unser Einkauf möchte bis KW 50 eine Gegenüberstellung haben – können Sie mir kurz zusammenfassen, wo Sie sich aus Ihrer Sicht von DocuFlow unterscheiden, gerade bei Audit-Trail und Aufbewahrung?

Zweiter Punkt aus der IT-Architektur: Wir binden alle SaaS-Anwendungen über Microsoft Entra ID per SAML an, Benutzer werden über SCIM automatisch angelegt und wieder entzogen. Bitte schicken Sie uns eine technische Beschreibung, wie das bei Ihnen funktioniert, inkl. Rollenkonzept.

Danke und beste Grüße
Florian Weidinger

Florian Weidinger
Head of Enterprise Architecture
Albers Group SE | Überseering 40 | 22297 Hamburg
Mobil: +49 160 9034 1187
florian.weidinger@albers-group.com

Albers Group SE – Sitz der Gesellschaft: Hamburg – Registergericht: Amtsgericht Hamburg, HRB 187720
Vorstand: Dr. Henrik Albers (Vors.), Miriam Schöller, Kai-Uwe Brandt – Vorsitzender des Aufsichtsrats: Peter Lorenzen

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.

-----Ursprüngliche Nachricht-----
Von: Daniel Brooks <daniel.brooks@northwind.example>
Gesendet: Mittwoch, 11. November 2026 17:05
An: Weidinger, Florian <florian.weidinger@albers-group.com>
Betreff: Northwind vs. DocuFlow / SSO

Hi Florian,

Thanks for the call. We run agreements for Meridian Logistics in 30 countries, so your rollout across 28 countries is familiar ground. I'll follow up with whatever your architecture board needs.

Daniel
"""),
    {"all-docuflow-battlecard": 3, "ent-sso-scim-overview": 3, "ent-global-case-study": 1},
    ["all-docuflow-battlecard-retired", "all-records-retention-guide"],
    query="docuflow vergleich")

# --------------------------------------------------------------------------------------------
# French
# --------------------------------------------------------------------------------------------

add("p07", "french", "multi", "healthcare",
    "Gmail reply from a public hospital's head of admissions with a confidentiality footer: 'notre DSI souhaiterait recevoir' the security documentation (hosting, encryption, certifications, incidents; also asks about HDS certification, which the library has no item for) and a comparable hospital's experience with paperless admission and consent forms (two asks)",
    ctx("gmail", "Centre hospitalier intercommunal des Deux-Rives", "ch-deuxrives.fr",
        contact("Nathalie Giraud", "nathalie.giraud@ch-deuxrives.fr"),
        "RE: Dématérialisation des admissions – suite à notre échange",
        """
Bonjour Madame Turner,

Je vous remercie pour la démonstration de mardi, qui a suscité beaucoup d'intérêt auprès de l'équipe des admissions et du bureau des entrées.

Afin de préparer le comité de direction du 8 décembre, nous aurions besoin de deux éléments :

– notre DSI souhaiterait recevoir votre documentation relative à la sécurité : hébergement des données, chiffrement, certifications et gestion des incidents. Il m'a également demandé si vous êtes certifiés HDS ;
– par ailleurs, auriez-vous un retour d'expérience d'un établissement de santé ayant déjà dématérialisé les dossiers d'admission et le recueil du consentement éclairé ? Le témoignage d'un hôpital comparable pèserait beaucoup auprès de la direction.

Je reste à votre disposition pour tout complément.

Bien cordialement,

Nathalie Giraud
Responsable du service des admissions et de la relation patient
Centre hospitalier intercommunal des Deux-Rives
12, avenue du Général-Leclerc – 79000 Niort
Tél. : 05 49 78 31 06
nathalie.giraud@ch-deuxrives.fr

Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive de leurs destinataires. Toute utilisation non conforme à sa destination est interdite. Si vous avez reçu ce message par erreur, merci d'en avertir immédiatement l'expéditeur et de le détruire. Pensez à l'environnement avant d'imprimer ce message.

Le mar. 17 nov. 2026 à 17:22, Sophie Turner <sophie.turner@northwind.example> a écrit :
> Dear Ms. Giraud,
>
> Thank you for taking the time today. As discussed, Northwind can replace the paper admission packet with one online flow that patients sign on a tablet or at home.
>
> I'll follow up with anything your team needs.
>
> Best regards,
> Sophie Turner
"""),
    {"all-security-whitepaper": 3, "hc-hospital-case-study": 3},
    ["hc-hipaa-reply-draft", "all-security-whitepaper-2024-retired", "all-gdpr-dpa",
     "fs-soc2-pci-overview"])

add("p08", "french", "multi", "mid-market",
    "Outlook reply from a staffing firm's CFO (40 branches, ~260 users) over a -----Message d'origine----- block: numbered list asking for a priced commercial proposal, the deployment schedule (time to go-live, what their teams must do) and HubSpot/Outlook integration, for an investment committee (three asks)",
    ctx("outlook", "Altéa Recrutement", "altea-recrutement.fr",
        contact("Julien Marchand", "j.marchand@altea-recrutement.fr"),
        "RE: Suite démo Northwind – éléments pour le comité",
        """
Bonjour Lucas,

Merci encore pour la démo de jeudi dernier, les responsables d'agence ont été convaincus par la signature des contrats de mission depuis le mobile.

Pour avancer, pourriez-vous nous faire parvenir d'ici la fin du mois :

1. une proposition commerciale chiffrée pour nos 40 agences (environ 260 utilisateurs) ;
2. le planning de déploiement : combien de temps faut-il compter entre la signature et la mise en production, et qu'attendez-vous de nos équipes (paramétrage des modèles, formation) ?
3. des précisions sur l'intégration avec HubSpot, que nos commerciaux utilisent au quotidien, et avec Outlook.

Nous présenterons le dossier au comité d'investissement le 15 décembre.

Cordialement,

Julien Marchand
Directeur administratif et financier
Altéa Recrutement SAS
27 rue de la République – 69002 Lyon
Standard : 04 72 40 18 00 – Ligne directe : 04 72 40 18 37

AVERTISSEMENT : Ce courriel et les documents qui y sont attachés peuvent contenir des informations confidentielles. Si vous n'êtes pas le destinataire visé, nous vous remercions d'en informer l'expéditeur et de supprimer ce message.

-----Message d'origine-----
De : Lucas Grant <lucas.grant@northwind.example>
Envoyé : jeudi 12 novembre 2026 18:03
À : Julien Marchand <j.marchand@altea-recrutement.fr>
Objet : Suite démo Northwind – éléments pour le comité

Hi Julien,

Thanks again for today. To recap: mission contracts signed from a phone, approval routing for your branch managers, and the audit trail your finance team asked about. Let me know what the committee needs.

Lucas
""",
        url="https://outlook.office.com/mail/inbox/id/AAQkAGE1OWQ0ZTcxLWIyZjgtNGI3Ny1iMzA1LTYzMWE2YzRmMDk5ZQAQAM8sR2"),
    {"all-proposal-cover-note": 3, "mm-implementation-plan": 3, "all-integrations-overview": 3,
     "ent-executive-deck": 1},
    ["smb-pricing-sheet", "np-nonprofit-pricing", "all-promo-q3-2025-expired",
     "all-discount-policy-draft", "smb-quick-start-video"])

add("p09", "french", "crm", "financial-services",
    "Salesforce opportunity of a mutual insurer with French labels (Étape : Négociation/Révision, Secteur d'activité : Assurances, raw values only): purchasing wants 15% more discount to sign mid-December, and compliance (DORA) awaits the vendor due-diligence questionnaire and the SOC 2 report",
    ctx("salesforce", "Mutuelle Atlantique Assurances", "mutuelle-atlantique.fr",
        contact("Claire Dubreuil", "claire.dubreuil@mutuelle-atlantique.fr"),
        "Mutuelle Atlantique – Signature électronique contrats adhérents",
        """
Opportunité
Mutuelle Atlantique – Signature électronique contrats adhérents
Nom du compte : Mutuelle Atlantique Assurances
Étape : Négociation/Révision
Montant : 212 000,00 EUR
Date de clôture : 18/12/2026
Probabilité (%) : 80
Propriétaire de l'opportunité : Sophie Turner
Secteur d'activité : Assurances
Étape suivante : répondre aux Achats sur la remise avant le 27/11 ; renvoyer le questionnaire fournisseur complété à la Conformité

Description
Adhésions et avenants signés en ligne pour 410 000 adhérents. Budget validé, mais Mme Dubreuil (Achats) demande 15 % de remise supplémentaire pour signer avant la clôture annuelle. En parallèle, la Conformité (DORA, registre des prestataires TIC) attend nos réponses à son questionnaire de due diligence ainsi que le rapport d'audit SOC 2.

Historique des activités
Appel – 19/11/2026 – Claire Dubreuil : « Si vous faites un effort sur le prix, on peut signer mi-décembre. »
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001RtX2aQAF/view",
        raw={"stage": "Négociation/Révision", "industry": "Assurances"}),
    {"all-negotiation-discount": 3, "fs-vendor-risk-reply": 3, "fs-soc2-pci-overview": 2},
    ["all-discount-policy-draft", "all-promo-q3-2025-expired", "np-nonprofit-pricing",
     "all-security-whitepaper-2024-retired"])

add("p10", "french", "thread", "nonprofit",
    "Gmail first contact from a small integration association (loi 1901, 14 staff, ~100 volunteers, tax-deduction footer): asks whether there are special conditions for associations and how to apply",
    ctx("gmail", "Les Jardins Solidaires du Vercors", "jardins-solidaires.org",
        contact("Élodie Perrin", "elodie.perrin@jardins-solidaires.org"),
        "Tarif pour les associations ?",
        """
Bonjour,

Je me permets de vous écrire suite au webinaire de la semaine dernière.

Nous sommes une association loi 1901 d'insertion par le maraîchage : 14 salariés, une centaine de bénévoles et des documents à faire signer à chaque nouvel arrivant (chartes des bénévoles, conventions de stage, autorisations parentales pour nos ateliers jeunesse…). Aujourd'hui tout est sur papier et on passe un temps fou à relancer.

Votre outil nous intéresse, mais notre budget est très contraint. Est-ce que vous proposez des conditions particulières pour les associations ? Si oui, comment fait-on la demande ?

Merci d'avance et belle journée,

Élodie Perrin
Coordinatrice administrative
Les Jardins Solidaires du Vercors
38250 Villard-de-Lans
06 71 22 48 90
Association reconnue d'intérêt général – vos dons ouvrent droit à une réduction d'impôt de 66 %.
"""),
    {"np-nonprofit-pricing": 3, "np-grant-workflows-case-study": 1},
    ["smb-pricing-sheet", "all-promo-q3-2025-expired", "all-discount-policy-draft"])

add("p11", "french", "query", "smb",
    "HubSpot deal of an 18-person architecture practice with French labels (Étape de la transaction : Rendez-vous programmé; raw ARCHITECTURE_PLANNING): note says she wants a run-down of the first video call before Thursday and to try sending a contract herself; rep types 'ordre du jour'",
    ctx("hubspot", "Atelier Roussel Architectes", "atelier-roussel.fr",
        contact("Camille Roussel", "camille@atelier-roussel.fr"),
        "Atelier Roussel – signature des contrats de maîtrise d'œuvre",
        """
Atelier Roussel – signature des contrats de maîtrise d'œuvre
Montant : 4 800 €
Date de fermeture : 15/01/2027
Étape de la transaction : Rendez-vous programmé
Pipeline : Ventes France
Propriétaire de la transaction : Lucas Grant
Entreprise associée : Atelier Roussel Architectes
Secteur d'activité : Architecture et urbanisme
Nombre d'employés : 18

Note · 20 nov. 2026
Premier échange avec Camille Roussel (associée gérante), visio jeudi 26/11 à 10 h. Aujourd'hui les contrats de maîtrise d'œuvre et les avenants partent en recommandé, signature sous 2 à 3 semaines. Elle souhaite recevoir le déroulé du rendez-vous avant jeudi et aimerait tester elle-même l'envoi d'un contrat avant de s'engager.

Prochaine activité : Visio découverte – 26 nov. 2026 10:00
""",
        url="https://app-eu1.hubspot.com/contacts/26011457/record/0-3/19870234561",
        raw={"stage": "Rendez-vous programmé", "industry": "ARCHITECTURE_PLANNING"}),
    {"all-discovery-agenda": 3, "smb-quick-start-video": 2},
    ["hc-discovery-questions"],
    query="ordre du jour")

add("p12", "french", "thread", "mid-market",
    "Outlook mail from an accounting network's CIO (18 offices, 320 staff) announcing they chose DocuFlow on price and thanking the rep; no ask, the rep's quoted message offered pricing and a first-year discount",
    ctx("outlook", "Vidal Expertise", "vidal-expertise.fr",
        contact("Hélène Bastide", "h.bastide@vidal-expertise.fr"),
        "RE: Proposition Northwind – décision",
        """
Bonjour Madame Turner,

Je tenais à vous informer personnellement de notre décision : après un dernier arbitrage budgétaire en comité de direction, nous avons choisi de retenir la solution de DocuFlow. L'écart de prix sur trois ans a été déterminant, même si l'équipe projet appréciait beaucoup votre piste d'audit et la qualité de nos échanges.

Je vous remercie sincèrement pour votre disponibilité et votre accompagnement tout au long de la consultation. Je ne manquerai pas de revenir vers vous si le contexte devait évoluer.

Bien à vous,

Hélène Bastide
Directrice des systèmes d'information
Vidal Expertise – Expertise comptable & audit
18 agences en Nouvelle-Aquitaine | 320 collaborateurs
5 allées de Tourny – 33000 Bordeaux
Tél. : 05 56 44 90 12

-----Message d'origine-----
De : Sophie Turner <sophie.turner@northwind.example>
Envoyé : lundi 9 novembre 2026 10:14
À : Bastide Hélène <h.bastide@vidal-expertise.fr>
Objet : Proposition Northwind – décision

Hello Hélène,

Attached is our final proposal with the pricing we discussed and a 20% first-year discount if you sign by November 30. Happy to walk your team through it.

Sophie
"""),
    {"all-closed-lost-stay-in-touch": 3, "all-closed-lost-survey": 2,
     "all-docuflow-battlecard": 1},
    ["all-docuflow-battlecard-retired", "all-promo-q3-2025-expired", "all-discount-policy-draft"])

# --------------------------------------------------------------------------------------------
# Spanish
# --------------------------------------------------------------------------------------------

add("p13", "spanish", "multi", "government",
    "Gmail reply from a Spanish town hall's head of administrative modernization, AVISO LEGAL footer citing the GDPR: a case of another local administration handling transparency-law information requests, the technical security documentation (ENS compliance: the library has no ENS item), and whether Northwind is on a Spanish framework agreement (the cooperative-purchasing sheet covers only US vehicles: nothing to send) (three asks)",
    ctx("gmail", "Ayuntamiento de Castrovalle", "castrovalle.es",
        contact("Marta Iglesias Roldán", "miglesias@castrovalle.es"),
        "RE: Presentación Northwind – documentación",
        """
Buenos días, Sra. Collins:

En primer lugar, gracias por la presentación del pasado martes al equipo de Secretaría y de Modernización.

Tras comentarlo con el Secretario General y con el responsable de Informática, le trasladamos algunas cuestiones antes de plantear la contratación:

• Nos interesa especialmente cómo podría ayudarnos con las solicitudes de acceso a la información pública que recibimos al amparo de la Ley de Transparencia; este año llevamos casi 600 y los plazos nos ahogan. ¿Tienen algún caso de otra administración local que lo utilice para esto?
• Desde Informática preguntan si la plataforma cumple el Esquema Nacional de Seguridad (ENS) y nos pedirían la documentación técnica de seguridad de la que dispongan.
• Por último, ¿están ustedes adheridos a algún acuerdo marco (por ejemplo, de la Central de Contratación del Estado o de la FEMP) que nos permita contratar sin licitación propia?

Quedamos a la espera de su respuesta.

Un saludo cordial,

Marta Iglesias Roldán
Jefa del Servicio de Modernización Administrativa
Ayuntamiento de Castrovalle
Plaza Mayor, 1 – 50690 Castrovalle (Zaragoza)
Tel. 976 61 20 45 – Ext. 214

AVISO LEGAL: Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario, pudiendo contener información confidencial sometida a secreto profesional. No está permitida su reproducción o distribución sin la autorización expresa del Ayuntamiento de Castrovalle. Si usted no es el destinatario final, por favor elimínelo e infórmenos por esta vía. De conformidad con el Reglamento (UE) 2016/679 (RGPD), le informamos de que sus datos de contacto serán tratados por el Ayuntamiento de Castrovalle con la finalidad de gestionar esta comunicación.

El mar, 17 nov 2026 a las 13:48, Emma Collins (<emma.collins@northwind.example>) escribió:
> Dear Ms. Iglesias,
>
> Thank you for the session with your Secretaría and Modernization teams. I'll send over the recording and answer any follow-up questions.
>
> Best regards,
> Emma Collins
"""),
    {"gov-county-records-case-study": 3, "all-security-whitepaper": 2},
    ["all-security-whitepaper-2024-retired", "gov-fedramp-pricing-expired", "all-gdpr-dpa"])

add("p14", "spanish", "multi", "education",
    "Outlook reply from a Colombian university's admissions and registry director ('Vigilada Mineducación' footer) over a -----Mensaje original----- block, canonical vertical given: other universities' experience digitizing admissions and enrolment with figures, and a formal quote for ~120 administrative users with education conditions (no education pricing item in the library) (two asks)",
    ctx("outlook", "Universidad Santa Lucía del Valle", "usantalucia.edu.co",
        contact("Andrés Felipe Ocampo Restrepo", "aocampo@usantalucia.edu.co"),
        "RE: Información Northwind para admisiones",
        """
Estimada Emma, buenas tardes.

Reciba un cordial saludo. Le agradezco la información que nos compartió la semana pasada; la revisamos con la Vicerrectoría Académica y con el área de Tecnología.

Para poder presentar la iniciativa al Consejo Superior en diciembre, quería solicitarle dos cosas:

Primero, nos gustaría conocer la experiencia de otras universidades que hayan digitalizado el proceso de admisiones y matrícula con Northwind, idealmente con cifras de tiempos y ahorros.

Segundo, requeriríamos una cotización formal para aproximadamente 120 usuarios administrativos (Admisiones, Registro Académico y Bienestar Universitario), en lo posible con las condiciones que manejan para instituciones educativas.

Quedo atento a sus comentarios.

Cordialmente,

Andrés Felipe Ocampo Restrepo
Director de Admisiones, Registro y Control Académico
Universidad Santa Lucía del Valle
Calle 18 # 122-135, Cali – Colombia
PBX: (602) 555 2200 ext. 1403
Vigilada Mineducación

Este mensaje es confidencial y para uso exclusivo de su destinatario. Si lo recibió por error, por favor notifique al remitente y bórrelo de su sistema.

-----Mensaje original-----
De: Emma Collins <emma.collins@northwind.example>
Enviado el: martes, 10 de noviembre de 2026 9:31
Para: Andrés Felipe Ocampo Restrepo <aocampo@usantalucia.edu.co>
Asunto: Información Northwind para admisiones

Hi Andrés,

As promised, a short overview of how Northwind handles admission forms, e-signature and the audit trail. Let me know if your team would like a demo.

Emma
""",
        vertical="education"),
    {"edu-university-case-study": 3, "all-proposal-cover-note": 2},
    ["np-nonprofit-pricing", "smb-pricing-sheet", "all-promo-q3-2025-expired"])

add("p15", "spanish", "crm", "healthcare",
    "Salesforce opportunity of a private hospital group with Spanish labels (Etapa: Propuesta/Presupuesto, Sector: Sanidad, raw values only): the CFO will not approve without the staff hours and print costs saved on admission and informed consent, and asks for a hospital group that has implemented it",
    ctx("salesforce", "Grupo Clínica San Rafael de Levante", "clinicasanrafael.es",
        contact("Beatriz Soler", "bsoler@clinicasanrafael.es"),
        "Clínica San Rafael – Admisión y consentimientos digitales",
        """
Oportunidad
Clínica San Rafael – Admisión y consentimientos digitales
Nombre de la cuenta: Grupo Clínica San Rafael de Levante
Etapa: Propuesta/Presupuesto
Importe: 96.000,00 €
Fecha de cierre: 29/01/2027
Probabilidad (%): 60
Propietario de la oportunidad: Emma Collins
Sector: Sanidad
Próximo paso: enviar propuesta revisada con justificación económica antes del 4/12

Descripción
3 hospitales y 11 centros de consultas externas. Admisión y consentimientos informados en papel, que se escanean después. La Dirección Médica ya está convencida; la directora financiera (Beatriz Soler) no lo aprueba sin ver cuántas horas de personal administrativo y cuánto papel e impresión nos ahorraríamos. Pide también el ejemplo de algún grupo hospitalario que lo haya implantado.

Historial de actividades
Reunión – 19/11/2026 – Beatriz Soler, Dr. Ignacio Pardo (Director Médico)
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001SbH7cQAE/view",
        raw={"stage": "Propuesta/Presupuesto", "industry": "Sanidad"}),
    {"hc-roi-calculator": 3, "hc-hospital-case-study": 3, "all-proposal-cover-note": 1},
    ["ent-executive-deck"])

add("p16", "spanish", "multi", "mid-market",
    "Gmail from a Mexican logistics company's purchasing manager, typed without most accents, 'Enviado desde mi iPhone': PaperTrail is ~25% cheaper, how do you really differ (security certifications, Salesforce integration), and can you improve the offer to sign before year end (two asks)",
    ctx("gmail", "Transportes y Logística Altamira", "tlaltamira.com.mx",
        contact("Rodrigo Garza", "rgarza@tlaltamira.com.mx"),
        "Re: Propuesta Northwind",
        """
Hola Lucas, ¿que tal?

Te escribo para ser transparente contigo: tenemos sobre la mesa tu propuesta y la de PaperTrail, y la de ellos viene casi 25% mas barata por el mismo numero de usuarios. A nivel funcional el equipo de operaciones prefiere Northwind, pero asi es dificil defenderlo con direccion.

¿Nos podrias explicar en que se diferencian realmente? Sobre todo nos preocupa el tema de certificaciones de seguridad y la integracion con Salesforce, que es donde PaperTrail nos dejo dudas.

Y siendo directos: ¿hay forma de mejorar la oferta? Si nos ayudas con el precio podriamos firmar antes de fin de año.

Saludos,
Rodrigo Garza

Enviado desde mi iPhone

El lun, 16 nov 2026 a las 18:20, Lucas Grant (<lucas.grant@northwind.example>) escribió:
> Hi Rodrigo,
>
> Attached is our proposal for 180 users, with the implementation plan and pricing held for 30 days.
>
> Lucas
"""),
    {"all-papertrail-battlecard": 3, "all-negotiation-discount": 3,
     "all-integrations-overview": 1, "all-security-whitepaper": 1},
    ["all-discount-policy-draft", "all-promo-q3-2025-expired", "all-docuflow-battlecard-retired"])

add("p17", "spanish", "query", "nonprofit",
    "HubSpot deal of a foundation with Spanish labels (Etapa del negocio: Cualificado para comprar; raw NON_PROFIT_ORGANIZATION_MANAGEMENT): 1,200 volunteers, note asks for another social organization's case and special prices for foundations before the board; rep types 'caso de exito ong' (no accent)",
    ctx("hubspot", "Fundación Manos Abiertas", "fundacionmanosabiertas.org",
        contact("Lucía Navarro", "lnavarro@fundacionmanosabiertas.org"),
        "Fundación Manos Abiertas – acuerdos de voluntariado",
        """
Fundación Manos Abiertas – acuerdos de voluntariado
Importe: 7.200 €
Fecha de cierre: 28/02/2027
Etapa del negocio: Cualificado para comprar
Propietario del negocio: Emma Collins
Empresa asociada: Fundación Manos Abiertas
Sector: Gestión de organizaciones sin ánimo de lucro

Nota · 18 nov. 2026
Llamada con Lucía Navarro (directora de Operaciones). 1.200 voluntarios en 9 provincias; los acuerdos de voluntariado, las autorizaciones de menores y los justificantes de subvenciones van en papel. Quiere ver el caso de otra entidad social que lo haya digitalizado y saber si tenemos precios especiales para fundaciones antes de llevarlo al patronato.
""",
        url="https://app-eu1.hubspot.com/contacts/26590312/record/0-3/20418876530",
        raw={"stage": "Cualificado para comprar",
             "industry": "NON_PROFIT_ORGANIZATION_MANAGEMENT"}),
    {"np-grant-workflows-case-study": 3, "np-nonprofit-pricing": 2},
    ["smb-pricing-sheet", "all-promo-q3-2025-expired"],
    query="caso de exito ong")

add("p18", "spanish", "multi", "smb",
    "Outlook mail from a 22-person law firm's managing partner, a customer, with a professional-secrecy footer: the annual subscription ends in February; before renewing, the price per additional user (five new lawyers) or a better-fitting plan, and a look at this year's actual usage on a call (two asks)",
    ctx("outlook", "Ortega & Salinas Abogados", "ortegasalinas.es",
        contact("Javier Ortega Lamas", "jortega@ortegasalinas.es"),
        "Renovación suscripción Northwind",
        """
Buenos días, Daniel:

Nuestra suscripción anual a Northwind vence el 28 de febrero. En líneas generales estamos contentos: las hojas de encargo ya se firman todas por la plataforma.

Antes de renovar querríamos revisar un par de cosas con usted. Por un lado, en enero se incorporan cinco abogados nuevos, así que necesitaríamos ampliar las licencias: ¿cuánto nos costaría cada usuario adicional? ¿Hay algún plan que nos encaje mejor? Por otro, nos vendría bien ver qué uso real le hemos dado este año.

¿Podríamos tener una llamada la semana que viene?

Un saludo,

Javier Ortega Lamas
Socio director
Ortega & Salinas Abogados, S.L.P.
C/ San Fernando, 14, 2.º – 41004 Sevilla
Tel. 954 21 76 30

Este mensaje y sus anexos se dirigen exclusivamente a su destinatario y pueden contener información privilegiada o confidencial sujeta al secreto profesional de la abogacía. Si no es usted el destinatario indicado, queda notificado de que la utilización, divulgación y/o copia sin autorización está prohibida.
"""),
    {"all-customer-renewal": 3, "smb-pricing-sheet": 2},
    ["all-promo-q3-2025-expired", "np-nonprofit-pricing", "all-discount-policy-draft"])

# --------------------------------------------------------------------------------------------
# Italian
# --------------------------------------------------------------------------------------------

add("p19", "italian", "multi", "government",
    "Outlook reply from a comune's records and preservation officer (privacy footer, -----Messaggio originale----- block): how retention periods from the preservation plan are handled and disposal suspended for litigated files, whether the service is ACN-qualified (no item) plus security documentation, and the data-processing agreement for the art. 28 GDPR appointment (the DPA item is restricted to enterprise/mid-market: nothing for a government prospect) (three asks)",
    ctx("outlook", "Comune di Castelmarino", "comune.castelmarino.it",
        contact("Francesca Rinaldi", "f.rinaldi@comune.castelmarino.it"),
        "R: Northwind – richiesta documentazione",
        """
Gentile dott.ssa Collins,

faccio seguito all'incontro del 12 novembre con il Segretario comunale e il Servizio Sistemi Informativi per sottoporLe alcune richieste, necessarie per poter valutare l'eventuale affidamento.

In qualità di Responsabile della gestione documentale, avrei bisogno di capire come la piattaforma gestisce i tempi di conservazione previsti dal nostro piano di conservazione e dal massimario di scarto, e se è possibile sospendere lo scarto dei fascicoli oggetto di contenzioso.

Il Servizio Sistemi Informativi chiede inoltre se il servizio è qualificato ACN per la PA e, in ogni caso, una documentazione sulle misure di sicurezza adottate (cifratura, certificazioni, gestione degli incidenti).

Infine, ai fini della nomina a responsabile del trattamento ex art. 28 GDPR, ci servirebbe la bozza di accordo sul trattamento dei dati che utilizzate di solito.

Resto in attesa di un cortese riscontro e porgo distinti saluti.

Dott.ssa Francesca Rinaldi
Responsabile della gestione documentale e della conservazione
Comune di Castelmarino – Settore Affari Generali
Piazza del Municipio 1 – 61032 Castelmarino (PU)
Tel. 0721 887 412 – PEC: protocollo@pec.comune.castelmarino.it

Ai sensi del Regolamento UE 2016/679 e del D.Lgs. 196/2003, le informazioni contenute in questo messaggio sono riservate e ad uso esclusivo del destinatario. Qualora il messaggio Le fosse pervenuto per errore, La invitiamo a eliminarlo senza copiarlo e a non inoltrarlo a terzi, dandocene gentilmente comunicazione.

-----Messaggio originale-----
Da: Emma Collins <emma.collins@northwind.example>
Inviato: giovedì 12 novembre 2026 17:26
A: Rinaldi Francesca <f.rinaldi@comune.castelmarino.it>
Oggetto: Northwind – richiesta documentazione

Dear Dr. Rinaldi,

Thank you for meeting with us today. Please send me the list of documents your team needs and I will get them to you this week.

Kind regards,
Emma
"""),
    {"all-records-retention-guide": 3, "all-security-whitepaper": 3,
     "gov-county-records-case-study": 1},
    ["all-gdpr-dpa", "all-security-whitepaper-2024-retired", "gov-fedramp-pricing-expired"])

add("p20", "italian", "multi", "enterprise",
    "Gmail from a transport group's operations director (S.p.A., 14 countries) after a good pilot: the CFO wants a concise deck on costs, risks and time saved for the investment committee, and an example of an international group with companies in several countries (two asks); the rep's quoted mail was about SSO and the security review",
    ctx("gmail", "Gruppo Ferraresi Trasporti S.p.A.", "ferraresigroup.com",
        contact("Marco Bellandi", "marco.bellandi@ferraresigroup.com"),
        "Re: Progetto contratti digitali – materiale per il CFO",
        """
Ciao Daniel,

ti aggiorno: il pilota con l'ufficio contratti di Milano è andato bene e ora il tema passa al Comitato Investimenti di gennaio. Il nostro CFO però non ha tempo per le demo: vorrebbe qualcosa di sintetico che metta in fila costi, rischi e tempi risparmiati, da girare anche all'AD.

Mi mandi una presentazione di questo tipo? Se avete anche un esempio di un gruppo internazionale con società in più paesi, tanto meglio: noi siamo presenti in 14 paesi e la domanda arriverà sicuramente.

Grazie mille,
Marco

Ing. Marco Bellandi
Direttore Operations & Trasformazione Digitale
Gruppo Ferraresi Trasporti S.p.A.
Via dell'Industria 40 – 20096 Pioltello (MI)
M +39 335 612 9087

Questo messaggio e i suoi allegati sono indirizzati esclusivamente alle persone indicate e possono contenere informazioni riservate. La diffusione, copia o qualsiasi altra azione derivante dalla conoscenza di queste informazioni sono rigorosamente vietate.

Il giorno ven 13 nov 2026 alle ore 10:47 Daniel Brooks <daniel.brooks@northwind.example> ha scritto:
> Hi Marco,
>
> Great news about the pilot. Here is the SSO setup guide your IT team asked for; let me know if they need anything else for the security review.
>
> Daniel
"""),
    {"ent-executive-deck": 3, "ent-global-case-study": 3},
    ["hc-roi-calculator"])

add("p21", "italian", "crm", "financial-services",
    "Salesforce opportunity of a cooperative bank with Italian labels (Fase: Analisi dei requisiti, Settore: Servizi bancari, raw values only): call note asks whether a bank of similar size already uses the platform, and compliance asks how contracts are kept for 10 years and deletion blocked during litigation",
    ctx("salesforce", "Banca di Credito Cooperativo di Montefalco e Valnerina", "bccmontefalco.it",
        contact("Paolo Santini", "p.santini@bccmontefalco.it"),
        "BCC Montefalco – apertura conti digitale",
        """
Opportunità
BCC Montefalco – apertura conti digitale
Nome account: Banca di Credito Cooperativo di Montefalco e Valnerina
Fase: Analisi dei requisiti
Importo: € 78.000,00
Data di chiusura: 30/04/2027
Probabilità (%): 25
Titolare opportunità: Daniel Brooks
Settore: Servizi bancari
Passo successivo: inviare referenza di una banca di credito cooperativo simile; chiarire la conservazione documentale

Cronologia attività
Chiamata – 20/11/2026 – Paolo Santini (Responsabile Organizzazione e Processi)
23 filiali, apertura conti e pratiche di mutuo ancora con firma su carta e scansione. Vogliono capire se un istituto di dimensioni simili usa già la piattaforma. La Compliance chiede come vengono conservati i contratti per 10 anni e come si blocca la cancellazione in caso di contenzioso o di richiesta dell'autorità di vigilanza.
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001T4pLqQAJ/view",
        raw={"stage": "Analisi dei requisiti", "industry": "Servizi bancari"}),
    {"fs-credit-union-case-study": 3, "all-records-retention-guide": 3},
    ["gov-county-records-case-study"])

add("p22", "italian", "nofit", "mid-market",
    "Gmail from a customer's accounts-payable clerk completing vendor registration: SDI code or PEC address for e-invoicing, bank details with the payment-traceability declaration, and which group company invoice 2026-1187 is addressed to; nothing the library covers (a matter for the rep's finance team)",
    ctx("gmail", "Vettori Servizi Integrati S.r.l.", "vettoriservizi.it",
        contact("Giulia Ferri", "amministrazione@vettoriservizi.it"),
        "Anagrafica fornitore – documenti mancanti",
        """
Buongiorno,

per completare l'inserimento di Northwind nella nostra anagrafica fornitori e poter liquidare la prima fattura, l'ufficio amministrazione ha bisogno dei seguenti dati:

- codice destinatario SDI o indirizzo PEC per la fatturazione elettronica (ci serve anche per le note di credito);
- coordinate bancarie su carta intestata, con la dichiarazione di tracciabilità dei flussi finanziari;
- conferma che la fattura n. 2026-1187 va intestata alla capogruppo e non alla controllata, come concordato con il nostro ufficio acquisti.

Vi chiederei di rispondere entro venerdì, altrimenti il pagamento slitta al mese successivo.

Cordiali saluti

Giulia Ferri
Ufficio Amministrazione e Contabilità Fornitori
Vettori Servizi Integrati S.r.l.
Via Emilia Ponente 318 – 40133 Bologna
Tel. 051 638 2290
"""),
    {},
    ["fs-vendor-risk-reply"])

add("p23", "italian", "query", "education",
    "HubSpot deal of a university with Italian labels (Fase della trattativa: Qualificato per l'acquisto, Settore: Istruzione superiore, raw values): 14,000 students on paper enrolment forms, the vice-rector wants another university's experience before a demo; rep types 'caso studio universita' (accent omitted)",
    ctx("hubspot", "Università degli Studi del Montefeltro", "unimontefeltro.it",
        contact("Stefano Lodi", "stefano.lodi@unimontefeltro.it"),
        "UniMontefeltro – immatricolazioni online",
        """
UniMontefeltro – immatricolazioni online
Importo: 52.000 €
Data di chiusura: 31/05/2027
Fase della trattativa: Qualificato per l'acquisto
Proprietario della trattativa: Emma Collins
Azienda associata: Università degli Studi del Montefeltro
Settore: Istruzione superiore
Numero di dipendenti: 1.350

Nota · 16 nov 2026
Call con il dott. Lodi (Segreteria studenti). 14.000 iscritti; immatricolazioni, passaggi di corso e rinunce agli studi ancora su modulo cartaceo con firma autografa, code agli sportelli a settembre. Il Prorettore alla didattica vuole vedere prima l'esperienza di un altro ateneo, poi fissiamo la demo.

Attività successiva: inviare caso studio + proporre date per la demo (scadenza 25 nov)
""",
        url="https://app-eu1.hubspot.com/contacts/25310988/record/0-3/22064719305",
        raw={"stage": "Qualificato per l'acquisto", "industry": "Istruzione superiore"}),
    {"edu-university-case-study": 3},
    ["hc-hospital-case-study", "fs-credit-union-case-study", "np-grant-workflows-case-study",
     "gov-county-records-case-study", "mm-demo-follow-up"],
    query="caso studio universita")

add("p24", "italian", "multi", "smb",
    "Outlook first contact from a 9-person real-estate agency, some accents typed as plain letters, VAT-number signature: price for 5 users and a monthly plan without annual commitment, a free trial with a guide to start on their own, and whether it connects to (free) HubSpot (three asks)",
    ctx("outlook", "Immobiliare Colombo & Figli", "immobiliarecolombo.it",
        contact("Chiara Colombo", "chiara@immobiliarecolombo.it"),
        "Informazioni su prezzi e prova",
        """
Buonasera,

sono Chiara Colombo dell'agenzia Immobiliare Colombo & Figli di Verona. Vi contatto dopo aver visto il vostro video su LinkedIn.

Siamo un'agenzia piccola (9 persone, 3 uffici) e ogni settimana facciamo firmare incarichi di vendita, proposte d'acquisto e contratti di locazione, spesso a clienti che sono fuori citta. Avrei qualche domanda prima di fissare una chiamata:

– quanto costerebbe per 5 utenti? Esiste un piano mensile senza vincolo annuale?
– e possibile provarlo gratis per qualche settimana, magari con una guida per partire da soli?
– si collega a HubSpot? Usiamo il CRM gratuito per i contatti e vorremmo evitare di inserire due volte gli stessi dati.

Grazie in anticipo, buona serata

Chiara Colombo
Immobiliare Colombo & Figli s.a.s.
Corso Porta Nuova 61 – 37122 Verona
Tel. 045 803 1174 – Cell. 348 772 0519
P.IVA 03877610236
"""),
    {"smb-pricing-sheet": 3, "smb-quick-start-video": 3, "all-integrations-overview": 3},
    ["np-nonprofit-pricing", "all-promo-q3-2025-expired", "all-discount-policy-draft",
     "mm-implementation-plan"])

# --------------------------------------------------------------------------------------------
# Portuguese (Brazil and Portugal)
# --------------------------------------------------------------------------------------------

add("p25", "portuguese", "thread", "mid-market",
    "Gmail from a Brazilian HR-services company's DPO (~700 staff) in the final legal review: the standard DPA with the list of subprocessors for the LGPD, and where data is stored / whether there is an international transfer (no LGPD-specific item: the GDPR DPA with residency and subprocessors is the closest)",
    ctx("gmail", "Conecta RH Soluções em Pessoas Ltda.", "conectarh.com.br",
        contact("Fernanda Albuquerque", "fernanda.albuquerque@conectarh.com.br"),
        "Re: Contrato Northwind – LGPD",
        """
Olá, Lucas, tudo bem?

Estamos na reta final da análise jurídica do contrato. Como vamos tratar dados pessoais de candidatos e colaboradores (hoje somos cerca de 700 e processamos uns 40 mil candidatos por ano), inclusive documentos de identidade e dados bancários, nosso jurídico precisa anexar ao contrato um acordo de tratamento de dados que atenda à LGPD.

Vocês poderiam nos enviar o DPA padrão de vocês, com a relação de suboperadores? Também precisamos saber em que país os dados ficam armazenados e se há transferência internacional — se estiver tudo na Europa ou nos EUA, teremos que mencionar isso no contrato.

Se conseguir me mandar até quarta, agradeço muito.

Abraço,

Fernanda Albuquerque
Encarregada pelo Tratamento de Dados Pessoais (DPO)
Conecta RH Soluções em Pessoas Ltda.
Av. Paulista, 1842 – 14º andar – São Paulo/SP
+55 11 3090-4471

Esta mensagem pode conter informações confidenciais e/ou privilegiadas. Se você não for o destinatário ou a pessoa autorizada a recebê-la, não poderá utilizar, copiar ou divulgar as informações nela contidas. Caso tenha recebido esta mensagem por engano, por favor avise imediatamente o remetente e apague-a.

Em qui., 12 de nov. de 2026 às 15:37, Lucas Grant <lucas.grant@northwind.example> escreveu:
> Hi Fernanda,
>
> Attached is the master subscription agreement for your legal team's review. Let me know who should receive the signature request.
>
> Lucas
"""),
    {"all-gdpr-dpa": 3, "all-security-whitepaper": 1},
    ["ent-global-case-study"])

add("p26", "portuguese", "multi", "education",
    "Outlook reply in European Portuguese from a polytechnic's academic-services director over a -----Mensagem original----- block: numbered asks for a case study of another higher-education institution, how student data is protected for the DPO (the FERPA overview, a US law, is the closest item), and Microsoft 365 / Outlook / SharePoint integration (three asks)",
    ctx("outlook", "Instituto Politécnico do Douro Interior", "ipdi.pt",
        contact("Rui Pereira Magalhães", "rmagalhaes@ipdi.pt"),
        "RE: Desmaterialização dos Serviços Académicos",
        """
Cara Dra. Emma Collins,

Agradeço desde já a disponibilidade demonstrada na reunião de quarta-feira.

Conforme combinado, envio as questões que ficaram pendentes, para que as possamos levar ao Conselho de Gestão:

1) Gostaríamos de conhecer a experiência de outra instituição de ensino superior que tenha desmaterializado as candidaturas e as matrículas com a vossa solução. Seria possível enviarem-nos um caso de estudo?
2) O nosso Encarregado de Proteção de Dados pede informação sobre a forma como são protegidos os dados dos estudantes (processos académicos, classificações, dados de saúde para estatutos especiais).
3) Utilizamos o Microsoft 365 em toda a instituição. A plataforma integra com o Outlook e o SharePoint?

Fico a aguardar as vossas notícias.

Com os melhores cumprimentos,

Rui Pereira Magalhães
Diretor dos Serviços Académicos
Instituto Politécnico do Douro Interior
Av. Dr. Francisco Sá Carneiro, 50 – 5300-252 Bragança
Tel.: (+351) 273 300 150

Antes de imprimir este e-mail, pense bem se tem mesmo de o fazer.
Esta mensagem e quaisquer ficheiros anexos são confidenciais e destinam-se exclusivamente ao(s) destinatário(s) indicado(s).

-----Mensagem original-----
De: Emma Collins <emma.collins@northwind.example>
Enviada: quarta-feira, 18 de novembro de 2026 18:12
Para: Rui Pereira Magalhães <rmagalhaes@ipdi.pt>
Assunto: Desmaterialização dos Serviços Académicos

Dear Mr. Magalhães,

Thank you for the meeting today. Please send me your open questions and I'll answer them in writing.

Best regards,
Emma Collins
"""),
    {"edu-university-case-study": 3, "all-integrations-overview": 3, "edu-ferpa-overview": 2,
     "all-security-whitepaper": 1},
    ["edu-ferpa-faq-draft", "all-gdpr-dpa", "hc-hipaa-baa-snippet"])

add("p27", "portuguese", "crm", "financial-services",
    "Salesforce opportunity of a Brazilian credit cooperative with Portuguese labels (Fase: Proposta/Cotação, Setor: Serviços financeiros) and no raw values: risk management requires the SOC 2 Type II report and the vendor due-diligence questionnaire (CMN 4.893) before contracting, and a formal proposal is the next step",
    ctx("salesforce", "Cooperativa de Crédito Serra Gaúcha – CrediSerra", "crediserra.coop.br",
        contact("Marcelo Tonietto", "marcelo.tonietto@crediserra.coop.br"),
        "CrediSerra – Abertura de contas e crédito digital",
        """
Oportunidade
CrediSerra – Abertura de contas e crédito digital
Nome da conta: Cooperativa de Crédito Serra Gaúcha – CrediSerra
Fase: Proposta/Cotação
Valor: R$ 640.000,00
Data de fechamento: 26/02/2027
Probabilidade (%): 50
Proprietário da oportunidade: Lucas Grant
Setor: Serviços financeiros
Próxima etapa: enviar proposta formal + responder ao questionário de fornecedores da área de Riscos

Descrição
38 agências, 160 mil cooperados. Associação de novos cooperados e cédulas de crédito ainda assinadas em papel. A diretoria aprovou seguir com a proposta. A Gerência de Riscos (Marcelo Tonietto) exige, conforme a Resolução CMN 4.893, o relatório SOC 2 Tipo II e o preenchimento do questionário de due diligence de fornecedores antes da contratação.

Histórico de atividades
E-mail – 17/11/2026 – Marcelo Tonietto: questionário de segurança em anexo, prazo de resposta de 10 dias úteis.
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001UcW9eQAF/view"),
    {"fs-vendor-risk-reply": 3, "fs-soc2-pci-overview": 3, "all-proposal-cover-note": 2,
     "fs-credit-union-case-study": 1},
    ["all-security-whitepaper-2024-retired", "gov-security-review-reply",
     "gov-fedramp-pricing-expired"])

add("p28", "portuguese", "thread", "mid-market",
    "Gmail in European Portuguese from an engineering-services company's operations director (S.A., 120 users, registry footer), canonical stage closed-won given: the contract was signed yesterday, how implementation works, who must be involved and when users can start, aiming for end of January",
    ctx("gmail", "Nortécnica – Engenharia e Serviços, S.A.", "nortecnica.pt",
        contact("Inês Carvalho", "ines.carvalho@nortecnica.pt"),
        "Re: Northwind – contrato assinado",
        """
Olá Daniel,

Boas notícias: o contrato seguiu ontem assinado pela nossa administração, já deve ter recebido a cópia pela plataforma.

Agora queremos arrancar o quanto antes. Pode explicar-me como funciona a implementação — o que acontece nas primeiras semanas, quem do nosso lado tem de estar envolvido e quando é que os nossos 120 utilizadores podem começar a trabalhar? O objetivo era termos os contratos de subempreitada a circular na plataforma antes do fim de janeiro.

Obrigada e até breve,

Inês Carvalho
Diretora de Operações
Nortécnica – Engenharia e Serviços, S.A.
Rua de Sá da Bandeira, 481 – 4000-436 Porto
T. +351 222 055 310 | M. +351 912 448 073

Capital social: 2.500.000 € | NIPC 508 221 004 | Matriculada na Conservatória do Registo Comercial do Porto

Daniel Brooks <daniel.brooks@northwind.example> escreveu (sexta, 20/11/2026 à(s) 09:58):
> Hi Inês,
>
> The signature request for the agreement is on its way to your board. Once it's signed, I'll introduce you to your onboarding lead.
>
> Daniel
""",
        stage="closed-won"),
    {"all-closed-won-welcome": 3, "mm-implementation-plan": 3},
    ["smb-quick-start-video"])

add("p29", "portuguese", "query", "healthcare",
    "HubSpot deal of a Brazilian hospital network with Portuguese labels (Etapa do negócio: Apresentação agendada; raw HOSPITAL_HEALTH_CARE): before the board presentation the administrative director wants an estimate of reception hours and printing saved on admission forms and consent terms; rep types 'calculadora roi'",
    ctx("hubspot", "Rede Hospitalar Santa Clara", "redesantaclara.com.br",
        contact("Ricardo Meireles", "ricardo.meireles@redesantaclara.com.br"),
        "Rede Santa Clara – admissão e termos de consentimento",
        """
Rede Santa Clara – admissão e termos de consentimento
Valor: R$ 385.000
Data de fechamento: 31/03/2027
Etapa do negócio: Apresentação agendada
Pipeline: Vendas LATAM
Proprietário do negócio: Lucas Grant
Empresa associada: Rede Hospitalar Santa Clara
Setor: Hospital e assistência médica
Número de funcionários: 5.800

Nota · 19 de nov. de 2026
Reunião com Ricardo Meireles (Diretor Administrativo). 4 hospitais, ~22 mil internações/ano. Fichas de admissão e termos de consentimento impressos, assinados e digitalizados depois. Antes da apresentação para a diretoria (3/12), ele quer uma estimativa de quanto economizariam em horas da recepção e em impressão — sem isso o CFO nem olha.

Próxima atividade: Apresentação para a diretoria – 3 de dez. de 2026
""",
        url="https://app.hubspot.com/contacts/24877102/record/0-3/19034456871",
        raw={"stage": "Apresentação agendada", "industry": "HOSPITAL_HEALTH_CARE"}),
    {"hc-roi-calculator": 3, "hc-hospital-case-study": 2},
    ["ent-executive-deck"],
    query="calculadora roi")

add("p30", "portuguese", "multi", "nonprofit",
    "Outlook reply from a Brazilian NGO's admin-finance manager (OSCIP, donate line) over a De:/Enviado: header: special price for civil-society organizations, a case of another NGO using it for volunteer terms and project reporting, and Salesforce Nonprofit Cloud integration (three asks)",
    ctx("outlook", "Instituto Semear Futuro", "semearfuturo.org.br",
        contact("Patrícia Nogueira", "patricia@semearfuturo.org.br"),
        "RE: Northwind para o Instituto",
        """
Bom dia, Emma!

Obrigada pelo retorno rápido. Conversei com a nossa diretora executiva e temos interesse em seguir, mas precisamos de algumas informações para levar ao conselho:

• Vocês têm preço diferenciado para organizações da sociedade civil? Somos uma OSCIP e o orçamento administrativo é bem limitado.
• Teria algum case de outra ONG que use a plataforma para termos de voluntariado e prestação de contas de projetos? Ajudaria muito a convencer o conselho.
• Usamos o Salesforce (Nonprofit Cloud, doado pelo programa Power of Us). Dá para integrar, para que os termos assinados fiquem no cadastro do voluntário?

Um abraço,

Patrícia Nogueira
Gerente Administrativo-Financeira
Instituto Semear Futuro – OSCIP
Rua Voluntários da Pátria, 1200 – Porto Alegre/RS
(51) 3062-8814
Faça parte: semearfuturo.org.br/doe

De: Emma Collins <emma.collins@northwind.example>
Enviado: segunda-feira, 16 de novembro de 2026 14:05
Para: Patrícia Nogueira <patricia@semearfuturo.org.br>
Assunto: Northwind para o Instituto

Hi Patrícia,

Thanks for reaching out. Here's a short overview of how nonprofits use Northwind for volunteer and donor paperwork. Happy to set up a call.

Emma
"""),
    {"np-nonprofit-pricing": 3, "np-grant-workflows-case-study": 3,
     "all-integrations-overview": 3},
    ["smb-pricing-sheet", "all-promo-q3-2025-expired", "all-discount-policy-draft"])

# --------------------------------------------------------------------------------------------
# Dutch (Netherlands and Flanders)
# --------------------------------------------------------------------------------------------

add("p31", "dutch", "multi", "government",
    "Gmail reply from a municipality's head of information management: an example of another government body that shortened turnaround of Woo (freedom-of-information) requests, with figures, and documentation on how retention periods from the selection list are recorded and destruction accounted for (two asks)",
    ctx("gmail", "Gemeente Lindewaard", "lindewaard.nl",
        contact("Sanne de Groot", "s.degroot@lindewaard.nl"),
        "Re: Woo-verzoeken en archivering",
        """
Beste Megan,

Dank voor het prettige gesprek van vorige week. Ik heb het intern besproken met onze Woo-coördinator en de gemeentearchivaris.

Wat ons vooral bezighoudt is de afhandeling van Woo-verzoeken: we zitten dit jaar op ruim 140 verzoeken en halen bij de helft de wettelijke termijn niet, omdat stukken verspreid staan over mailboxen, netwerkschijven en papier. Hebben jullie een voorbeeld van een andere overheidsorganisatie die met Northwind de doorlooptijd van dit soort informatieverzoeken heeft verkort? Graag met cijfers, als dat kan.

Daarnaast wil de archivaris graag weten hoe bewaartermijnen uit de selectielijst worden vastgelegd en hoe vernietiging na afloop van de termijn wordt verantwoord. Is daar documentatie over?

Met vriendelijke groet,

Sanne de Groot
Teamleider Informatiebeheer & DIV
Gemeente Lindewaard
Postbus 40, 1620 AA Lindewaard
T 14 0229 | M 06 41 83 27 90
Werkdagen: ma, di, do

Op do 12 nov 2026 om 16:31 schreef Megan Holt <megan.holt@northwind.example>:
> Hi Sanne,
>
> Thanks for the conversation today. I'll send over anything your team needs to take this further.
>
> Megan
"""),
    {"gov-county-records-case-study": 3, "all-records-retention-guide": 3},
    [])

add("p32", "dutch", "thread", "smb",
    "Outlook reply from a nine-person accountancy firm after the demo (Van:/Verzonden: header over the rep's English recap): can they first try it for a few weeks with their own engagement letters, and is there a short explanation or video to get going without help",
    ctx("outlook", "Van Dijk & De Boer Accountants", "vandijkdeboer.nl",
        contact("Bram van Dijk", "bram@vandijkdeboer.nl"),
        "RE: Demo Northwind",
        """
Hoi Daniel,

Bedankt voor de demo van gisteren, helder verhaal. We zijn met z'n negenen, dus een groot implementatietraject zit er voor ons niet in. Kunnen we het eerst een paar weken zelf uitproberen met onze eigen opdrachtbevestigingen en machtigingen? En is er ergens een korte uitleg of video, zodat we zonder hulp aan de slag kunnen?

Als het bevalt, beslissen we begin januari.

Groet,
Bram

Bram van Dijk AA
Van Dijk & De Boer Accountants
Stationsweg 12 | 8011 CZ Zwolle
038 421 66 10

Aan dit e-mailbericht kunnen geen rechten worden ontleend. Dit bericht is uitsluitend bestemd voor de geadresseerde.

Van: Daniel Brooks <daniel.brooks@northwind.example>
Verzonden: woensdag 18 november 2026 15:02
Aan: Bram van Dijk <bram@vandijkdeboer.nl>
Onderwerp: Demo Northwind

Hi Bram,

Thanks for the time today. To recap: engagement letters and authorizations sent for signature, reminders, and the audit trail. Let me know how you'd like to proceed.

Daniel
"""),
    {"smb-quick-start-video": 3, "mm-demo-follow-up": 3, "smb-pricing-sheet": 1},
    ["mm-implementation-plan"])

add("p33", "dutch", "crm", "healthcare",
    "Salesforce opportunity of a care group (two hospital sites) with Dutch labels (Fase: Behoefteanalyse, Branche: Gezondheidszorg, raw values only): before any demo the patient-services manager wants a proposal for how the discovery session with department heads is set up and which questions will be asked",
    ctx("salesforce", "Zorggroep Amstelland", "zorggroepamstelland.nl",
        contact("Eline Bakker", "e.bakker@zorggroepamstelland.nl"),
        "Zorggroep Amstelland – digitale intake en toestemmingsformulieren",
        """
Opportunity
Zorggroep Amstelland – digitale intake en toestemmingsformulieren
Accountnaam: Zorggroep Amstelland
Fase: Behoefteanalyse
Bedrag: € 118.000,00
Sluitingsdatum: 30-06-2027
Kans (%): 20
Eigenaar opportunity: Megan Holt
Branche: Gezondheidszorg
Volgende stap: discoverysessie plannen met afdelingshoofden poli's en patiëntenservice (wk 49)

Beschrijving
Twee ziekenhuislocaties en vier poliklinieken. Intakeformulieren, toestemmingsverklaringen en verwijzingen gaan nog op papier en worden achteraf gescand. Eline Bakker (manager Patiëntenservice) wil eerst goed in kaart brengen waar het misgaat voordat er een demo komt: zij vraagt om een voorstel voor de opzet van de sessie en welke vragen we gaan stellen, zodat de afdelingshoofden zich kunnen voorbereiden.
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001VfN3sQAF/view",
        raw={"stage": "Behoefteanalyse", "industry": "Gezondheidszorg"}),
    {"hc-discovery-questions": 3, "all-discovery-agenda": 3, "hc-hospital-case-study": 1},
    [])

add("p34", "dutch", "nofit", "mid-market",
    "Outlook mail from an installation company's office manager about the rep's on-site workshop: licence plates for the barrier, visitors sign a confidentiality statement at reception, dietary wishes for lunch, HDMI/USB-C screen; nothing the library covers",
    ctx("outlook", "Van Rijn Installatietechniek B.V.", "vanrijn-installatie.nl",
        contact("Mirjam Hoekstra", "m.hoekstra@vanrijn-installatie.nl"),
        "Bezoek 1 december – praktische zaken",
        """
Goedemiddag Megan,

Leuk dat jullie op 1 december met z'n drieën langskomen voor de workshop. Een paar praktische zaken vooraf:

- Willen jullie uiterlijk vrijdag de kentekens doorgeven? Dan zet ik ze op de lijst voor de slagboom; parkeren kan op het terrein aan de achterzijde.
- Bij binnenkomst meldt iedereen zich bij de receptie en tekent een geheimhoudingsverklaring voor bezoekers – dat is bij ons standaard.
- We verzorgen een lunch. Zijn er dieetwensen of allergieën waar we rekening mee moeten houden?

De vergaderruimte heeft een scherm met HDMI en USB-C, een eigen laptop meenemen is dus genoeg.

Hartelijke groet,

Mirjam Hoekstra
Officemanager
Van Rijn Installatietechniek B.V.
Industrieweg 7 | 3861 KS Nijkerk
T 033 245 19 00
"""),
    {},
    [])

add("p35", "dutch", "query", "enterprise",
    "HubSpot deal of an energy company (6,200 staff) with Dutch labels (Dealfase: Presentatie gepland; raw UTILITIES): the lead IT architect wants to know how Northwind connects to Entra ID (SAML) and provisions/deprovisions via SCIM, and the privacy officer asks for the processing agreement and EU data location; rep types 'sso azure'",
    ctx("hubspot", "Delta Noord Energie N.V.", "deltanoord-energie.nl",
        contact("Joost Verbeek", "joost.verbeek@deltanoord-energie.nl"),
        "Delta Noord Energie – contractbeheer en ondertekening",
        """
Delta Noord Energie – contractbeheer en ondertekening
Bedrag: € 340.000
Sluitingsdatum: 30-04-2027
Dealfase: Presentatie gepland
Pipeline: Enterprise Benelux
Eigenaar deal: Megan Holt
Gekoppeld bedrijf: Delta Noord Energie N.V.
Branche: Nutsvoorzieningen
Aantal medewerkers: 6.200

Notitie · 20 nov. 2026
Call met Joost Verbeek (lead IT-architect) en inkoop. Voordat de presentatie aan de architectuurboard doorgaat, wil Joost weten hoe we aansluiten op hun Entra ID (SAML) en of accounts via SCIM automatisch worden aangemaakt en verwijderd bij in- en uitdienst. De privacy officer vraagt om de verwerkersovereenkomst en wil weten waar de data staat (moet binnen de EU blijven).

Taak: technische documentatie SSO + AVG-stukken sturen vóór 27 nov.
""",
        url="https://app-eu1.hubspot.com/contacts/26702245/record/0-3/21993402187",
        raw={"stage": "Presentatie gepland", "industry": "UTILITIES"}),
    {"ent-sso-scim-overview": 3, "all-gdpr-dpa": 3, "ent-global-case-study": 1},
    [],
    query="sso azure")

add("p36", "dutch", "multi", "mid-market",
    "Gmail reply in Flemish from a facility-services company's purchaser (520 staff, BTW/RPR footer): DocuFlow is ~20% cheaper, what do we get more with Northwind, what is your sharpest price, and how long the start-up takes from signature to the first contracts (three asks)",
    ctx("gmail", "Verstraete Facility Services NV", "verstraete-fs.be",
        contact("Lies Vermeulen", "lies.vermeulen@verstraete-fs.be"),
        "Re: Offerte Northwind",
        """
Beste Lucas,

Alvast bedankt voor de offerte. Ik zal eerlijk zijn: we hebben ook een voorstel van DocuFlow ontvangen en dat ligt zo'n 20 % lager dan het jouwe. Onze directie vraagt mij dan ook om een paar zaken te verduidelijken vooraleer we een beslissing nemen.

Ten eerste: wat krijgen we bij Northwind meer dan bij DocuFlow? Graag een concreet overzicht, geen marketingpraat.

Ten tweede: wat is jullie scherpste prijs? Als er nog beweging mogelijk is, hoor ik het graag.

En nog een praktische vraag van onze HR-dienst: hoe lang duurt de opstart effectief, van ondertekening tot de eerste arbeidscontracten voor onze 520 medewerkers via het platform?

Met vriendelijke groeten,

Lies Vermeulen
Aankoopverantwoordelijke
Verstraete Facility Services NV
Kortrijksesteenweg 1120 – 9051 Sint-Denijs-Westrem
T +32 9 245 88 10
BTW BE 0448.122.907 – RPR Gent

Op di 17 nov 2026 om 11:20 schreef Lucas Grant <lucas.grant@northwind.example>:
> Hi Lies,
>
> Please find attached our quote for 300 users, including implementation and training, valid until December 18.
>
> Best,
> Lucas
"""),
    {"all-docuflow-battlecard": 3, "all-negotiation-discount": 3, "mm-implementation-plan": 3},
    ["all-docuflow-battlecard-retired", "all-promo-q3-2025-expired", "all-discount-policy-draft",
     "smb-quick-start-video"])

# --------------------------------------------------------------------------------------------
# Polish
# --------------------------------------------------------------------------------------------

add("p37", "polish", "multi", "government",
    "Outlook reply from a town hall's secretary (formal 'uprzejmie proszę', personal-data administrator footer, -----Oryginalna wiadomość----- block): how retention periods under the uniform file list and disposal of non-archival records work, deployments in other local-government units handling residents' applications, and a short costs-and-benefits presentation for the mayor (the executive deck is restricted to enterprise/mid-market: nothing to send a government prospect) (three asks)",
    ctx("outlook", "Urząd Miasta Brzezinowo", "brzezinowo.pl",
        contact("Agnieszka Wróblewska", "a.wroblewska@brzezinowo.pl"),
        "Odp: Northwind – materiały dla Burmistrza",
        """
Szanowna Pani,

dziękuję za spotkanie w ubiegłym tygodniu i prezentację systemu. Przed podjęciem decyzji o dalszych krokach Pan Burmistrz poprosił o przygotowanie krótkiej notatki, w związku z czym uprzejmie proszę o przesłanie kilku materiałów.

Po pierwsze, nasze archiwum zakładowe pyta, w jaki sposób system obsługuje okresy przechowywania dokumentacji zgodnie z jednolitym rzeczowym wykazem akt oraz brakowanie dokumentacji niearchiwalnej po upływie tych okresów.

Po drugie, bylibyśmy wdzięczni za informację o wdrożeniach w innych jednostkach samorządu terytorialnego – najlepiej w urzędach miast lub starostwach, które obsługują w Northwind wnioski mieszkańców.

Po trzecie, Pan Burmistrz chętnie obejrzałby krótką prezentację dla kierownictwa, pokazującą koszty i korzyści wdrożenia.

Z poważaniem

Agnieszka Wróblewska
Sekretarz Miasta
Urząd Miasta Brzezinowo
ul. Rynek 1, 97-410 Brzezinowo
tel. 44 633 20 15 wew. 112
www.bip.brzezinowo.pl

Informujemy, że administratorem Pani/Pana danych osobowych jest Burmistrz Miasta Brzezinowo. Szczegółowe informacje o przetwarzaniu danych osobowych dostępne są w Biuletynie Informacji Publicznej. Treść tej wiadomości jest poufna i przeznaczona wyłącznie dla adresata.

-----Oryginalna wiadomość-----
Od: Emma Collins <emma.collins@northwind.example>
Wysłano: czwartek, 12 listopada 2026 15:48
Do: Agnieszka Wróblewska <a.wroblewska@brzezinowo.pl>
Temat: Northwind – materiały dla Burmistrza

Dear Ms. Wróblewska,

Thank you for the meeting today. Please let me know which materials the Mayor's office would like to see.

Kind regards,
Emma Collins
"""),
    {"all-records-retention-guide": 3, "gov-county-records-case-study": 3},
    ["ent-executive-deck", "hc-roi-calculator", "all-gdpr-dpa"])

add("p38", "polish", "multi", "financial-services",
    "Gmail from a cooperative bank's operational-risk head (KRS footer, banking-secrecy line) under the outsourcing policy: complete the attached vendor security questionnaire, send the SOC 2 Type II report or say how to access it, and a write-up on encryption and key management for banks (three asks)",
    ctx("gmail", "Bank Spółdzielczy w Nowej Dębinie", "bsnowadebina.pl",
        contact("Tomasz Zieliński", "t.zielinski@bsnowadebina.pl"),
        "Re: Northwind – ocena dostawcy",
        """
Dzień dobry Panie Danielu,

zgodnie z naszą polityką zarządzania ryzykiem powierzenia czynności (outsourcingu) każdy nowy dostawca usług chmurowych musi przejść ocenę przed podpisaniem umowy. W związku z tym prosilibyśmy o:

– wypełnienie załączonego kwestionariusza bezpieczeństwa dla dostawców (termin: 4 grudnia),
– przesłanie aktualnego raportu SOC 2 typu II lub, jeśli jest objęty NDA, informację, w jaki sposób możemy uzyskać do niego dostęp.

Dział IT pyta ponadto o szyfrowanie danych i zarządzanie kluczami – jeżeli mają Państwo gotowe opracowanie dla banków, chętnie je otrzymamy.

Pozdrawiam serdecznie
Tomasz Zieliński
Kierownik Zespołu Zarządzania Ryzykiem Operacyjnym i Bezpieczeństwa
Bank Spółdzielczy w Nowej Dębinie
ul. Kościuszki 8, 26-600 Nowa Dębina
tel. 48 362 71 40

Bank Spółdzielczy w Nowej Dębinie, wpisany do rejestru przedsiębiorców KRS pod nr 0000123456, Sąd Rejonowy Lublin-Wschód w Lublinie z siedzibą w Świdniku, VI Wydział Gospodarczy KRS, NIP 796-000-12-34. Wiadomość może zawierać informacje objęte tajemnicą bankową.

pt., 13 lis 2026 o 10:05 Daniel Brooks <daniel.brooks@northwind.example> napisał(a):
> Dear Mr. Zieliński,
>
> Thank you for the call. Our team is ready to support your vendor assessment; just send over whatever you need.
>
> Daniel
"""),
    {"fs-vendor-risk-reply": 3, "fs-soc2-pci-overview": 3, "all-security-whitepaper": 1},
    ["all-security-whitepaper-2024-retired", "gov-security-review-reply",
     "gov-fedramp-pricing-expired"])

add("p39", "polish", "crm", "mid-market",
    "Salesforce opportunity of a 310-person logistics company with Polish labels (Etap: Negocjacje/Przegląd, Branża: Transport i logistyka, raw values only): the CFO wants 10% off and would sign for 3 years instead of one, and legal asks for the data-processing agreement (RODO) with the list of processors, data to stay in the EEA",
    ctx("salesforce", "Trans-Pol Logistyka Sp. z o.o.", "transpol-logistyka.pl",
        contact("Marek Kowalczyk", "m.kowalczyk@transpol-logistyka.pl"),
        "Trans-Pol – umowy przewozowe i dokumenty kadrowe online",
        """
Szansa sprzedaży
Trans-Pol – umowy przewozowe i dokumenty kadrowe online
Nazwa konta: Trans-Pol Logistyka Sp. z o.o.
Etap: Negocjacje/Przegląd
Kwota: 186 000,00 PLN
Data zamknięcia: 18.12.2026
Prawdopodobieństwo (%): 75
Właściciel szansy sprzedaży: Lucas Grant
Branża: Transport i logistyka
Liczba pracowników: 310
Następny krok: odpowiedzieć na prośbę o rabat; wysłać wzór umowy powierzenia do działu prawnego

Historia działań
Rozmowa telefoniczna – 19.11.2026 – Marek Kowalczyk (Dyrektor Finansowy)
Zarząd akceptuje zakres, ale dyrektor finansowy oczekuje 10% rabatu. Przy rabacie są gotowi podpisać umowę na 3 lata zamiast na rok. Dział prawny prosi o wzór umowy powierzenia przetwarzania danych osobowych (RODO) i listę podmiotów przetwarzających; dane kierowców i pracowników muszą pozostać w EOG.
""",
        url="https://northwind.lightning.force.com/lightning/r/Opportunity/0067R00001WqA5dQAF/view",
        raw={"stage": "Negocjacje/Przegląd", "industry": "Transport i logistyka"}),
    {"all-negotiation-discount": 3, "all-gdpr-dpa": 3},
    ["all-discount-policy-draft", "all-promo-q3-2025-expired", "ent-global-case-study"])

add("p40", "polish", "query", "smb",
    "Gmail first contact from a 14-person accounting office typed without Polish diacritics: price of a licence for 6 users with monthly billing, and whether there is a trial period (two asks); rep types 'cenik' (typo for cennik)",
    ctx("gmail", "Biuro Rachunkowe Nowak i Wspólnicy", "brnowak.pl",
        contact("Katarzyna Nowak", "k.nowak@brnowak.pl"),
        "Zapytanie o oferte",
        """
Dzien dobry,

prowadzimy biuro rachunkowe w Poznaniu (14 osob) i szukamy narzedzia do podpisywania umow z klientami i pelnomocnictw na odleglosc. Kolega polecil Panstwa rozwiazanie.

Chcialabym zapytac, ile kosztowalaby licencja dla 6 uzytkownikow i czy rozliczenie moze byc miesieczne. Interesuje mnie tez, czy jest okres probny – wolelibysmy najpierw sprawdzic, czy nasi klienci sobie poradza.

Z gory dziekuje za odpowiedz.

Pozdrawiam
Katarzyna Nowak
Biuro Rachunkowe Nowak i Wspolnicy s.c.
ul. Polwiejska 22/4, 61-888 Poznan
tel. 61 852 44 90
"""),
    {"smb-pricing-sheet": 3, "smb-quick-start-video": 2},
    ["np-nonprofit-pricing", "all-promo-q3-2025-expired", "all-discount-policy-draft"],
    query="cenik")

add("p41", "polish", "crm", "enterprise",
    "HubSpot company record of an energy group, a customer (Etap cyklu życia: Klient, raw 'customer' and UTILITIES, 4,600 staff): quarterly-meeting note says they want to extend from the contracts team to HR and purchasing and asks how other companies did such a rollout, and to propose the renewal talk (March) with a year in review",
    ctx("hubspot", "Vistula Energia S.A.", "vistulaenergia.pl",
        contact("Michał Lewandowski", "michal.lewandowski@vistulaenergia.pl"),
        "Vistula Energia S.A.",
        """
Vistula Energia S.A.
Domena firmy: vistulaenergia.pl
Branża: Usługi komunalne i energetyka
Etap cyklu życia: Klient
Liczba pracowników: 4 600
Właściciel firmy: Daniel Brooks
Data odnowienia umowy: 31.03.2027

Notatka · 18 lis 2026
Spotkanie kwartalne z Michałem Lewandowskim (Dyrektor Centrum Usług Wspólnych). Dział umów korzysta z Northwind od marca, w tym roku podpisano ok. 2 300 umów. Chcą rozszerzyć wdrożenie na kadry (umowy o pracę, aneksy) i dział zakupów – pyta, jak inne firmy przeprowadziły takie rozszerzenie na kolejne działy i od czego zacząć. Przy okazji zaproponować rozmowę o odnowieniu umowy (marzec) i podsumowanie wyników za rok.

Zadanie: wysłać materiały o rozszerzeniu + termin przeglądu rocznego (do 27 lis)
""",
        url="https://app-eu1.hubspot.com/contacts/26118830/record/0-2/14230987112",
        raw={"stage": "customer", "industry": "UTILITIES"}),
    {"all-customer-expansion-case-study": 3, "all-customer-renewal": 3},
    ["mm-implementation-plan"])

add("p42", "polish", "multi", "healthcare",
    "Outlook reply from a regional hospital's deputy director (600 beds, health-data footer, -----Oryginalna wiadomość----- block): a reference hospital of similar scale for admissions and procedure consents, documentation on medical-data security (storage, encryption, certificates), and an estimate of registration staff time and paper saved for the 2027 budget (three asks)",
    ctx("outlook", "Wojewódzki Szpital Zespolony w Radomirowie", "wsz-radomirow.pl",
        contact("Joanna Kaczmarek", "j.kaczmarek@wsz-radomirow.pl"),
        "RE: Elektroniczna izba przyjęć – prośba o materiały",
        """
Dzień dobry Pani Emmo,

dziękuję za wczorajszą rozmowę. Po konsultacji z Dyrektorem oraz Inspektorem Ochrony Danych przesyłam listę materiałów, o które prosilibyśmy przed posiedzeniem zarządu:

1. Referencje – czy Państwa rozwiązanie działa już w szpitalu o podobnej skali (ok. 600 łóżek), zwłaszcza w zakresie przyjęć pacjentów i zgód na zabiegi?
2. Dokumentacja dotycząca bezpieczeństwa danych medycznych: gdzie są przechowywane, jak są szyfrowane i jakie certyfikaty posiada platforma.
3. Szacunek oszczędności – ile czasu rejestratorek i papieru możemy zaoszczędzić. Bez tego trudno będzie uzasadnić wydatek w planie finansowym na 2027 r.

Z wyrazami szacunku
Joanna Kaczmarek
Zastępca Dyrektora ds. Administracyjno-Technicznych
Wojewódzki Szpital Zespolony w Radomirowie
ul. Szpitalna 5, 08-110 Radomirów
tel. 25 640 31 22 | sekretariat@wsz-radomirow.pl

Niniejsza wiadomość może zawierać informacje prawnie chronione, w tym dane osobowe i dane dotyczące zdrowia. Jeżeli nie są Państwo jej adresatem, prosimy o niezwłoczne powiadomienie nadawcy i usunięcie wiadomości.

-----Oryginalna wiadomość-----
Od: Emma Collins <emma.collins@northwind.example>
Wysłano: czwartek, 19 listopada 2026 16:20
Do: Joanna Kaczmarek <j.kaczmarek@wsz-radomirow.pl>
Temat: Elektroniczna izba przyjęć – prośba o materiały

Dear Ms. Kaczmarek,

Thank you for the call today. I'll send the materials your board needs as soon as you confirm the list.

Emma
"""),
    {"hc-hospital-case-study": 3, "all-security-whitepaper": 3, "hc-roi-calculator": 3},
    ["hc-hipaa-reply-draft", "all-security-whitepaper-2024-retired", "ent-executive-deck",
     "all-gdpr-dpa", "fs-soc2-pci-overview"])


# --------------------------------------------------------------------------------------------
# Checks and output
# --------------------------------------------------------------------------------------------

def load_library():
    with open(os.path.join(HERE, "library.json"), encoding="utf-8") as f:
        return {it["id"]: it for it in json.load(f)["items"]}


def is_live(item):
    if item.get("status") != "approved":
        return False
    exp = item.get("expires")
    return not exp or exp[:10] >= REFERENCE_DATE


def other_vertical(item, vertical):
    vs = item.get("verticals") or []
    return bool(vs) and vertical not in vs


def check(items):
    ids = [c["case"] for c in CASES]
    assert ids == [f"p{i:02d}" for i in range(1, 43)], ids
    for c in CASES:
        cid, v = c["case"], c["_vertical"]
        assert c["_lang"] in LANGS and c["note"].startswith(c["_lang"] + ": "), cid
        assert c["_shape"] in SHAPES, cid
        assert len(c["relevant"]) <= 4, f"{cid}: more than 4 graded items"
        assert (c["_shape"] == "nofit") == (not c["relevant"]), f"{cid}: no-fit iff nothing graded"
        for iid, g in c["relevant"].items():
            assert iid in items, f"{cid}: unknown graded id {iid}"
            assert g in (1, 2, 3), f"{cid}: bad grade {g} for {iid}"
            assert is_live(items[iid]), f"{cid}: graded item {iid} is not live"
            assert not other_vertical(items[iid], v), \
                f"{cid}: graded item {iid} is restricted to {items[iid]['verticals']}, prospect {v}"
        assert len(set(c["forbidden"])) == len(c["forbidden"]), f"{cid}: duplicate forbidden id"
        for iid in c["forbidden"]:
            assert iid in items, f"{cid}: unknown forbidden id {iid}"
            assert iid not in c["relevant"], f"{cid}: {iid} both graded and forbidden"
            assert (not is_live(items[iid])) or other_vertical(items[iid], v), \
                f"{cid}: forbidden item {iid} is live and open to the prospect's vertical {v}"
        ctx_ = c["context"]
        for k in ("source", "company", "domain", "contact", "vertical", "stage", "raw",
                  "subject", "text"):
            assert k in ctx_, f"{cid}: context lacks {k}"
        assert ctx_["source"] in ("gmail", "outlook", "salesforce", "hubspot"), cid
        assert (c["_shape"] == "crm") <= (ctx_["source"] in ("salesforce", "hubspot")), cid
    for lang in LANGS:
        mine = [c for c in CASES if c["_lang"] == lang]
        assert len(mine) == 6, f"{lang}: {len(mine)} cases"
        assert sum(1 for c in mine if c["query"]) <= 1, f"{lang}: more than one query case"
        assert any(c["context"]["source"] in ("salesforce", "hubspot") for c in mine), lang
        assert {c["context"]["source"] for c in mine} >= {"gmail", "outlook"}, lang
    assert sum(1 for c in CASES if c["_shape"] == "nofit") == 2


def main():
    items = load_library()
    check(items)
    out = os.path.join(HERE, "cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for c in CASES:
            row = {k: v for k, v in c.items() if not k.startswith("_")}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_lang = Counter(c["_lang"] for c in CASES)
    by_shape = Counter(c["_shape"] for c in CASES)
    print(f"wrote {out}: {len(CASES)} cases")
    print("by language:", ", ".join(f"{l} {by_lang[l]}" for l in LANGS))
    print("by kind:", ", ".join(f"{s} {by_shape[s]}" for s in SHAPES))
    print("all checks passed")


if __name__ == "__main__":
    main()
