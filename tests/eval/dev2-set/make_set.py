"""A third tuning set on a third vendor's library: Wrenchly, field-service and facilities-maintenance
software (work orders, preventive maintenance, asset tracking, technician app, dispatch, parts,
IoT sensor alerts, inspections). Written blind on 2026-12-05 from docs/contracts.md and a sales
expert's judgement, before any ranker ran on it. Reference date: 2026-11-23 (items whose
`expires` is before it are expired).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts,
retired and expired items that look relevant, and items restricted to another vertical when one
for the prospect's vertical answers. Run: python3 tests/eval/dev2-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import library, mail, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-01T09:00:00Z"
OLD = "2024-05-14T10:00:00Z"
ITEMS, add = library("https://content.wrenchly.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, no stages
add("wr-overview-deck", "Wrenchly platform overview", "deck", "Work orders, preventive maintenance, assets, dispatch, parts and the technician app in one maintenance platform.", tags=["overview", "platform", "cmms", "field service"])
add("wr-work-orders", "Work order management: from request to close-out", "one-pager", "Create, prioritise, assign and close work orders with labour, parts, photos and sign-off on every job.", tags=["work orders", "requests", "close-out"])
add("wr-preventive-maintenance", "Preventive maintenance: calendar, meter and condition-based PMs", "one-pager", "Schedule PMs by date, by runtime hours or meter readings, or by condition; never miss a PM again.", tags=["preventive maintenance", "pm", "pm schedules", "meter-based", "runtime hours"])
add("wr-asset-tracking", "Asset registry and lifecycle tracking", "one-pager", "Every asset with its location, hierarchy, QR code, history, warranty and lifetime cost.", tags=["asset tracking", "asset management", "qr codes", "lifecycle", "warranty"])
add("wr-mobile-app", "The Wrenchly technician app: offline, photos, signatures", "one-pager", "iOS and Android app that works fully offline in basements and plants; photos, checklists and signatures sync when back in coverage.", tags=["mobile app", "technician app", "offline", "ios", "android"])
add("wr-mobile-video", "Video: a day on the job with the Wrenchly app", "video", "Four-minute walk-through of a technician's day: job list, navigation, parts, photos, sign-off.", tags=["mobile app", "video", "technician"])
add("wr-app-languages", "Technician app languages: 14 languages incl. Spanish, French, German, Vietnamese", "one-pager", "Each technician picks the app's language; work order text can be translated on the phone.", tags=["languages", "spanish", "translation", "multilingual", "technician app"])
add("wr-dispatch", "Scheduling and dispatch board", "one-pager", "Drag-and-drop dispatch by skill, certification, territory and parts on the van, with route optimisation.", tags=["dispatch", "scheduling", "routing", "field service"])
add("wr-parts-inventory", "Parts inventory: storerooms, van stock and reorder points", "one-pager", "Stock per storeroom and per van, min/max and reorder points, purchase requests when a bin runs low.", tags=["parts", "inventory", "spare parts", "storeroom", "reorder"])
add("wr-iot-alerts", "IoT sensor alerts: condition monitoring that opens work orders", "one-pager", "Temperature, vibration, runtime and leak sensors, or your BMS, open a work order and page the on-call technician when a reading drifts.", tags=["iot", "sensors", "alerts", "condition monitoring", "bms", "temperature"])
add("wr-inspections", "Compliance inspections: digital checklists and audit-ready reports", "one-pager", "Fire and life-safety, elevator, playground and OSHA inspections on the phone, with photos, failed-item work orders and reports for inspectors.", tags=["inspections", "checklists", "compliance", "fire safety", "life safety", "osha"])
add("wr-customer-portal", "Requester and customer portal", "one-pager", "Tenants, staff, students or your own clients submit requests and follow their status; requester accounts are free and unlimited.", tags=["portal", "requests", "tenants", "requesters", "customer portal"])
add("wr-vendor-contractors", "Contractor management: outside vendors, COIs and contractor work orders", "one-pager", "Send work orders to outside contractors, track their certificates of insurance and licences, and block dispatch when one lapses.", tags=["contractors", "vendors", "coi", "certificate of insurance", "subcontractors"])
add("wr-integrations-erp", "Integrations: SAP, Oracle, QuickBooks and more", "one-pager", "Connectors for SAP S/4HANA, Oracle Fusion and EBS, QuickBooks Online, NetSuite and building systems.", tags=["integrations", "sap", "oracle", "quickbooks", "erp"])
add("wr-quickbooks-sync", "QuickBooks Online sync: invoices, customers and parts costs", "one-pager", "Completed work orders become QuickBooks invoices; customers and parts costs stay in sync, no double entry.", tags=["quickbooks", "accounting", "invoicing", "integration"])
add("wr-api", "Developer docs: REST API and webhooks", "link", "API reference, webhooks and sample code for custom integrations.", tags=["api", "webhooks", "developer"])
add("wr-security-overview", "Security at Wrenchly: SOC 2 Type II, encryption, pen tests", "one-pager", "Our current SOC 2 Type II report (available under NDA), encryption at rest and in transit, annual pen tests, backups and disaster recovery.", tags=["security", "soc 2", "encryption", "pen test", "disaster recovery", "business continuity"])
add("wr-security-questionnaire-reply", "Reply: security questionnaire (SIG Lite, CAIQ)", "snippet", "Pre-filled SIG Lite and CAIQ answers and how to request the SOC 2 report.", tags=["security questionnaire", "sig", "caiq", "vendor security"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite and CAIQ. Our SOC 2 Type II report is available under NDA from our trust portal; reply here and I'll send the NDA.\n\nBest,\n{{rep.name}}")
add("wr-sso", "SSO and user provisioning: SAML, Okta, Entra ID, SCIM", "one-pager", "SAML 2.0 single sign-on with Okta, Entra ID and Google, and SCIM provisioning that disables leavers automatically.", tags=["sso", "saml", "scim", "okta", "entra id", "azure ad"])
add("wr-data-residency", "Data residency and GDPR: US, EU (Frankfurt) and Canada hosting", "one-pager", "Choose where your data lives; EU customers are hosted in Frankfurt; our GDPR data processing agreement and subprocessor list.", tags=["data residency", "gdpr", "dpa", "eu hosting", "hosting"])
add("wr-accessibility", "Accessibility: VPAT / ACR for WCAG 2.1 AA and Section 508", "one-pager", "Accessibility Conformance Report for the web app and the technician app.", tags=["accessibility", "vpat", "acr", "wcag", "section 508"])
add("wr-analytics", "Maintenance analytics: backlog, MTTR, MTBF and PM compliance", "one-pager", "Dashboards for backlog, response times, MTTR and MTBF, PM compliance and cost per asset.", tags=["analytics", "reporting", "kpi", "mttr", "mtbf", "dashboards"])
add("wr-multi-site", "Multi-site maintenance: regions, sites and shared technicians", "one-pager", "Run many buildings, plants or campuses with site-level permissions and roll-up reporting.", tags=["multi-site", "portfolio", "regions"])
add("wr-fleet", "Fleet and vehicle maintenance", "one-pager", "Mileage- and engine-hour-based service for trucks, vans and heavy equipment, DVIR defects to work orders.", tags=["fleet", "vehicles", "dvir", "engine hours"])
add("wr-safety-permits", "Safety: lockout/tagout procedures and permits to work", "one-pager", "LOTO steps on the work order and electronic permits for hot work and confined spaces.", tags=["safety", "loto", "lockout tagout", "permit to work"])
add("wr-service-agreements", "Service agreements and recurring visits for service contractors", "one-pager", "For contractors serving clients: maintenance agreements, recurring visits and billing.", tags=["service agreements", "contracts", "recurring visits", "field service"])
add("wr-customer-stories", "All Wrenchly customer stories", "link", "Library of customer stories by industry.", tags=["case studies", "customer stories", "references"])
add("wr-roi-calculator", "ROI calculator: downtime, wrench time and overtime", "link", "Estimate savings from fewer breakdowns, more wrench time, less overtime and lower parts spend.", tags=["roi", "business case", "savings", "cost justification"])
add("wr-references", "Customer reference program: talk to a Wrenchly customer", "one-pager", "Customers who take reference calls, by industry and size.", tags=["references", "reference call", "customer reference"])
add("wr-rfp-kit", "RFP and RFI answer library", "deck", "Standard answers, a feature compliance matrix and references for maintenance-software RFPs.", tags=["rfp", "rfi", "compliance matrix"])
add("wr-data-import", "Data import: assets, locations and PM history from spreadsheets or your old CMMS", "one-pager", "Templates and a guided importer for asset lists, locations, parts and PM schedules.", tags=["data import", "migration", "spreadsheet", "excel", "onboarding"])
add("wr-support-sla", "Support plans, uptime SLA and service credits", "one-pager", "99.9% uptime commitment, service credits, support hours and response times by plan.", tags=["sla", "uptime", "support", "service credits"])
add("wr-obj-spreadsheets", "Objection: we run maintenance on spreadsheets and it works", "snippet", "What spreadsheets cost in missed PMs and lost history, and a low-risk way to start.", tags=["objection", "spreadsheets", "excel", "status quo"],
    body="Hi {{contact.first_name}},\n\nSpreadsheets work until the person who keeps them is on vacation. Most teams we meet find their first missed PMs in the first week on Wrenchly. Happy to import your sheet so you can see it side by side.\n\n{{rep.name}}")
add("wr-obj-budget", "Objection: no budget this year", "snippet", "A phased start at one site that pays for itself, and the ROI to show finance.", tags=["objection", "budget"])
add("wr-obj-adoption", "Objection: our technicians won't use an app", "snippet", "How crews adopt the app: two-tap close-out, offline, their language, and the proof from customers.", tags=["objection", "adoption", "technicians", "change management"])
# German, French and Spanish content (the contract has no language field; the text carries it).
add("de-overview", "Wrenchly im Überblick: Instandhaltung und Wartungsplanung", "one-pager", "Aufträge, vorbeugende Wartung, Anlagen und die Techniker-App in einer Instandhaltungssoftware.", tags=["übersicht", "instandhaltung", "wartung", "deutsch"])
add("de-dsgvo", "Datenschutz: DSGVO, AVV und Hosting in Frankfurt", "one-pager", "Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, Unterauftragsverarbeiter und Datenhaltung in der EU.", tags=["dsgvo", "avv", "datenschutz", "hosting", "deutsch"])
add("fr-overview", "Présentation de Wrenchly : GMAO et maintenance préventive", "one-pager", "Ordres de travail, maintenance préventive, équipements et application mobile pour les techniciens.", tags=["présentation", "gmao", "maintenance", "français"])
add("fr-relance", "E-mail : relance après la démonstration", "email-template", "Relance en français après une démonstration.", tags=["relance", "démo", "français"],
    body="Bonjour {{contact.first_name}},\n\nMerci encore pour votre temps lors de la démonstration. Vous trouverez ci-joint l'enregistrement et les prochaines étapes proposées.\n\nBien cordialement,\n{{rep.name}}")
add("es-overview", "Wrenchly en resumen: software de mantenimiento", "one-pager", "Órdenes de trabajo, mantenimiento preventivo, activos y la app móvil para técnicos.", tags=["resumen", "mantenimiento", "español"])
add("es-case-study", "Caso de éxito: Grupo Hotelero Solmar redujo las averías un 35%", "case-study", "Una cadena de 9 hoteles en México pasó del papel a Wrenchly y redujo averías y habitaciones fuera de servicio.", tags=["caso de éxito", "hoteles", "hotelería", "español"])

# ---------------------------------------------------------------- general, for certain stages
add("wr-cold-email", "Cold email: still chasing work orders on paper?", "email-template", "First touch for maintenance and facilities leaders.", stages=["prospecting"], tags=["cold email", "outbound"],
    body="Hi {{contact.first_name}},\n\nMost maintenance teams we talk to at {{company}} size still find out about a missed PM when something breaks. Worth 15 minutes to see how others fixed that?\n\n{{rep.name}}")
add("wr-meeting-confirm", "Email: confirm the first meeting", "email-template", "Confirms the booked first call, who should join and what to prepare.", stages=["discovery"], tags=["meeting", "first call", "confirmation"],
    body="Hi {{contact.first_name}},\n\nLooking forward to our call. If your maintenance lead can join, and you can share roughly how many technicians and sites you have, we'll make the most of the time.\n\n{{rep.name}}")
add("wr-discovery-agenda", "Discovery call agenda", "snippet", "Current process, sites and assets, technicians, systems, what breaks today, and who decides.", stages=["discovery"], tags=["discovery", "agenda", "first call"],
    body="Hi {{contact.first_name}},\n\nProposed agenda: 1) how work orders and PMs run today, 2) sites, assets and technicians, 3) systems to connect, 4) what success looks like and who needs to be involved.\n\n{{rep.name}}")
add("wr-demo-followup", "Follow-up after the demo", "email-template", "Recap, recording and proposed next steps after a demo.", stages=["evaluation"], tags=["demo", "follow-up", "recap"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. Here is the recording and the recap of what we covered. Proposed next step: a sandbox for your leads.\n\n{{rep.name}}")
add("wr-trial-access", "Reply: sandbox and trial access", "snippet", "How to get a 30-day sandbox with sample data.", stages=["evaluation"], tags=["trial", "sandbox"])
add("wr-pilot", "Pilot offer: 60 days at one site", "one-pager", "A paid-then-credited pilot at one site with agreed success criteria.", stages=["evaluation", "proposal"], tags=["pilot", "proof of concept"])
add("wr-pricing", "Pricing and plans", "one-pager", "Per-technician pricing, free requester seats, the IoT add-on and implementation packages.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans", "cost", "price per technician"])
add("wr-implementation", "Implementation plan: live in 30, 60 or 90 days", "one-pager", "Kickoff, data import, configuration, technician training and go-live, with who does what.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "timeline", "go-live"])
add("wr-discount-reply", "Reply: asking for a discount", "snippet", "Trade price for term, prepayment, a reference or more sites.", stages=["negotiation"], tags=["discount", "negotiation", "price"],
    body="Hi {{contact.first_name}},\n\nWe can move on price if we can move on the term: a three-year agreement or annual prepayment opens room, and so does agreeing to be a reference.\n\n{{rep.name}}")
add("wr-contract-redlines", "Reply: MSA redlines and legal review", "snippet", "Which terms we usually accept, and how to get legal-to-legal time.", stages=["negotiation"], tags=["msa", "legal", "redlines", "contract"])
add("promo-year-end-2026", "Year-end offer: implementation fee waived for orders signed by Dec 31, 2026", "one-pager", "Implementation fee waived on new annual contracts signed by December 31, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "implementation fee", "discount"], expires="2026-12-31")
add("wr-welcome", "Welcome to Wrenchly", "email-template", "First email after signature: kickoff, your onboarding manager, the academy.", stages=["closed-won"], tags=["welcome", "kickoff"],
    body="Hi {{contact.first_name}},\n\nWelcome to Wrenchly! Your onboarding manager will send the kickoff agenda today.\n\n{{rep.name}}")
add("wr-training", "Wrenchly Academy: admin and technician training", "link", "Self-paced courses and short videos for admins, supervisors and technicians.", stages=["closed-won", "customer"], tags=["training", "academy", "onboarding", "courses"])
add("wr-renewal", "Renewal check-in", "email-template", "Usage review and renewal options 90 days before term end.", stages=["customer"], tags=["renewal"])
add("wr-expansion", "Expansion: more sites, the IoT add-on and fleet", "one-pager", "For customers adding sites or modules.", stages=["customer"], tags=["expansion", "upsell", "iot", "new sites"])
add("wr-lost-note", "Stay in touch after a lost deal", "snippet", "A gracious note that keeps the door open.", stages=["closed-lost"], tags=["closed lost"])

# ---------------------------------------------------------------- competitors
add("wr-bc-fixflow", "Battlecard: Wrenchly vs FixFlow", "battlecard", "FixFlow has no true offline mode and limited PM scheduling; where we win and how to price against it.", stages=["evaluation", "proposal", "negotiation"], tags=["fixflow", "competitor", "battlecard"])
add("wr-obj-fixflow-cheaper", "Objection: FixFlow is cheaper", "snippet", "Total cost with FixFlow's add-ons and implementation, and what the price gap buys.", stages=["proposal", "negotiation"], tags=["fixflow", "competitor", "price", "objection"])
add("wr-bc-maintainpro", "Battlecard: Wrenchly vs MaintainPro", "battlecard", "MaintainPro's low entry price, its services-heavy rollouts and weak mobile app; total cost over three years.", stages=["evaluation", "proposal", "negotiation"], tags=["maintainpro", "competitor", "battlecard", "price"])
add("wr-switch-maintainpro", "Switching from MaintainPro: moving assets and PM history", "one-pager", "How we migrate MaintainPro assets, PM schedules and work order history in two weeks.", stages=["evaluation", "proposal"], tags=["maintainpro", "migration", "switching"])
add("wr-bc-taskgrid", "Battlecard: Wrenchly vs TaskGrid", "battlecard", "TaskGrid is a generic field-service scheduler; where its asset and PM features fall short.", stages=["evaluation", "proposal", "negotiation"], tags=["taskgrid", "competitor", "battlecard"])

# ---------------------------------------------------------------- per vertical
add("gov-case-study", "Case study: Calloway County Facilities cut its work order backlog 40%", "case-study", "A county public works department moved 120 buildings and 30 lift stations off paper.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["county", "public works", "case study"], updated="2026-08-12T09:00:00Z")
add("gov-contract-vehicles", "Buying Wrenchly through cooperative contracts: Sourcewell, NASPO ValuePoint, GSA", "one-pager", "Current contract numbers and how public agencies and schools buy without running their own bid.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "sourcewell", "naspo", "gsa", "procurement", "contract vehicle"])
add("gov-stateramp", "StateRAMP Moderate authorization", "one-pager", "Wrenchly is StateRAMP Moderate authorized; how to request the package.", verticals=["government"], stages=["evaluation", "proposal"], tags=["stateramp", "security", "authorization"])
add("gov-rfp-kit", "RFP response kit for public agencies", "deck", "Public-sector RFP answers, compliance matrix, insurance and references.", verticals=["government"], stages=["proposal"], tags=["rfp", "public sector", "bid"])
add("edu-case-study", "Case study: Ridgemont University runs 210 campus buildings on Wrenchly", "case-study", "Higher-ed facilities: student work requests, the central storeroom and deferred maintenance.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["university", "campus", "case study", "higher education"])
add("edu-k12-case-study", "Case study: Lakeview Unified School District", "case-study", "A 32-school district lets every teacher submit requests and cut response times in half.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["k-12", "school district", "case study"])
add("edu-discount", "Education pricing for schools, districts, colleges and universities", "one-pager", "Discounted technician seats for K-12 and higher education.", verticals=["education"], stages=["proposal", "negotiation"], tags=["education discount", "pricing", "k-12", "higher education"])
add("edu-hecvat", "HECVAT Full (current version), completed", "one-pager", "Our completed Higher Education Community Vendor Assessment Toolkit for campus security offices.", verticals=["education"], stages=["evaluation", "proposal"], tags=["hecvat", "security questionnaire", "higher education", "security"])
add("hc-case-study", "Case study: Northshore Health System passes its Joint Commission survey with no EC findings", "case-study", "A four-hospital system moved EC rounds, inspections and clinical engineering onto Wrenchly.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["hospital", "health system", "case study", "joint commission"])
add("hc-hipaa-baa", "HIPAA and our Business Associate Agreement", "one-pager", "How Wrenchly safeguards PHI in work orders, and our standard BAA for covered entities.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["hipaa", "baa", "business associate agreement", "phi"])
add("hc-joint-commission", "Environment of care: Joint Commission and CMS readiness", "one-pager", "EC rounds, life-safety inspections, medical equipment PMs and the reports surveyors ask for.", verticals=["healthcare"], tags=["joint commission", "cms", "environment of care", "ec rounds", "compliance"])
add("np-case-study", "Case study: Open Door Shelters maintains 40 sites with three technicians", "case-study", "A homeless-services nonprofit tracks every repair by site and funding source.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["nonprofit", "case study"])
add("np-discount", "Nonprofit pricing: 30% off for registered charities", "one-pager", "30% off technician seats for 501(c)(3) organisations and registered charities.", verticals=["nonprofit"], stages=["proposal", "negotiation"], tags=["nonprofit", "pricing", "discount", "501(c)(3)", "charity"])
add("np-grant-program", "Wrenchly Gives: free seats for small nonprofits", "one-pager", "Grant program: up to five free technician seats for nonprofits with budgets under $5M; 2027 applications open.", verticals=["nonprofit"], tags=["nonprofit", "grant", "wrenchly gives", "free seats"], expires="2027-06-30")
add("fs-case-study", "Case study: Meridian Credit Union keeps 140 branches open", "case-study", "Branch facilities, ATM vestibules and outsourced HVAC contractors managed in one place.", verticals=["financial-services"], stages=["evaluation", "proposal"], tags=["credit union", "bank", "branches", "case study"])
add("fs-vendor-risk", "Reply: third-party vendor due diligence package", "snippet", "For banks and credit unions: SOC 2 report, business continuity plan, insurance certificates and financials.", verticals=["financial-services"], stages=["evaluation", "proposal", "negotiation"], tags=["vendor risk", "due diligence", "third-party risk", "ncua", "ffiec"],
    body="Hi {{contact.first_name}},\n\nAttached is our vendor due diligence package: SOC 2 Type II report (under NDA), business continuity and disaster recovery summary, certificates of cyber and general liability insurance.\n\n{{rep.name}}")
add("ent-case-study", "Case study: Kestrel Logistics runs maintenance for 60 distribution centers", "case-study", "Global rollout with SAP integration, conveyor sensors and a central reliability team.", verticals=["enterprise"], stages=["evaluation", "proposal"], tags=["logistics", "distribution centers", "case study", "global"])
add("ent-security-pack", "Enterprise security review package", "one-pager", "SOC 2 report, pen test summary, SSO, data residency and architecture for enterprise reviews.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security review", "enterprise", "pen test"])
add("ent-sap-integration", "SAP S/4HANA Plant Maintenance integration guide", "one-pager", "Two-way sync of notifications, work orders, equipment and functional locations with SAP PM.", verticals=["enterprise"], stages=["discovery", "evaluation"], tags=["sap", "s/4hana", "plant maintenance", "sap pm", "integration"])
add("mm-case-study", "Case study: Brightwater Hotels (2026): 18 hotels, 41% fewer out-of-order rooms", "case-study", "A hotel group moved room PMs, guest requests and chief engineers' rounds to Wrenchly.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["hotels", "hospitality", "case study"], updated="2026-09-02T09:00:00Z")
add("mm-case-study-2024", "Case study: Brightwater Hotels (2024): first year on Wrenchly", "case-study", "The first-year story of the same hotel group, at 9 hotels.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["hotels", "hospitality", "case study"], updated=OLD)
add("smb-starter", "Starter plan for teams of up to 10 technicians", "one-pager", "Monthly billing, dispatch, the app and QuickBooks sync for small contractors.", verticals=["smb"], stages=["evaluation", "proposal"], tags=["starter", "pricing", "small business", "quickbooks"])
add("smb-quickbooks-video", "Video: connect QuickBooks Online in 3 minutes", "video", "Step-by-step QuickBooks Online connection for small teams.", verticals=["smb"], tags=["quickbooks", "video", "setup"])
add("smb-case-study", "Case study: Apex Heating & Cooling doubled jobs per tech", "case-study", "An 8-technician HVAC contractor on dispatch, the app and QuickBooks.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["hvac", "contractor", "case study"])

# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-maintainpro", "Battlecard: Wrenchly vs MaintainPro (2027 refresh, DRAFT)", "battlecard", "Updated positioning against MaintainPro's new pricing.", stages=["evaluation", "proposal", "negotiation"], tags=["maintainpro", "competitor", "battlecard"], status="draft")
add("draft-iso27001", "ISO 27001 certification", "one-pager", "Wrenchly's ISO 27001 certificate and statement of applicability.", tags=["iso 27001", "security", "certification"], status="draft")
add("draft-ai-copilot", "Wrenchly Copilot: AI work order triage", "one-pager", "Let AI categorise, prioritise and assign incoming requests.", tags=["ai", "copilot", "triage", "work orders"], status="draft")
add("retired-bc-fixflow", "Battlecard: Wrenchly vs FixFlow", "battlecard", "FixFlow positioning (2024).", stages=["evaluation", "proposal", "negotiation"], tags=["fixflow", "competitor", "battlecard"], status="retired", updated=OLD)
add("retired-gov-case-study-2024", "Case study: Calloway County Facilities (2024)", "case-study", "First version of the Calloway County story.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["county", "public works", "case study"], status="retired", updated=OLD)
add("retired-hc-baa-2023", "HIPAA Business Associate Agreement (2023 template)", "one-pager", "Our BAA template.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["hipaa", "baa", "business associate agreement"], status="retired", updated=OLD)
add("retired-pricing-2025", "Pricing and plans (2025)", "one-pager", "Per-technician pricing and plans for 2025.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans"], status="retired", updated="2025-01-10T09:00:00Z")
add("promo-q3-2026", "Q3 offer: 20% off annual plans", "one-pager", "20% off the first year for annual plans signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "discount", "pricing"], expires="2026-09-30")
add("gov-sourcewell-2021", "Sourcewell contract #091521-WRN: how to buy", "one-pager", "Buying Wrenchly through our Sourcewell contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["sourcewell", "cooperative contract", "procurement"], expires="2026-06-30", updated="2022-03-01T09:00:00Z")
add("edu-esser", "Using ESSER funds for facilities software", "one-pager", "How K-12 districts can pay for Wrenchly with ESSER relief funds.", verticals=["education"], tags=["esser", "funding", "k-12", "grants"], expires="2024-09-30", updated="2023-02-01T09:00:00Z")
add("wr-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "security", "audit report"], expires="2026-03-31", updated="2025-04-01T09:00:00Z")
add("webinar-oct-2026", "Webinar: preventive maintenance that actually happens (Oct 15, 2026)", "link", "Registration for the live webinar on PM programs.", tags=["webinar", "preventive maintenance", "event"], expires="2026-10-15")


# ---------------------------------------------------------------- cases
CASES = []


def case(id, kind, note, context, relevant, query=None, forbidden=()):
    CASES.append({"case": id, "note": f"{kind}: {note}", "context": context, "query": query, "relevant": relevant, "forbidden": list(forbidden)})


def crm(source, company, raw_stage, raw_industry, text, **extra):
    c = {"source": source, "company": company, "raw": {"stage": raw_stage, "industry": raw_industry}, "text": text}
    c.update(extra)
    return c


CASE_STUDIES = {"government": "gov-case-study", "education": "edu-case-study", "healthcare": "hc-case-study", "nonprofit": "np-case-study",
                "financial-services": "fs-case-study", "enterprise": "ent-case-study", "mid-market": "mm-case-study", "smb": "smb-case-study"}


def other_case_studies(*mine):
    """Case studies restricted to another vertical: never shown when the prospect's own vertical has one."""
    return [cs for v, cs in CASE_STUDIES.items() if v not in mine]


MARCUS = "Marcus Bell | Senior Account Executive | Wrenchly\nmarcus.bell@wrenchly.example | +1 (512) 555-0148\nWrenchly: work orders, PMs and dispatch in one app"
PRIYA = "Priya Nair\nAccount Executive, Healthcare & Public Sector | Wrenchly\npriya.nair@wrenchly.example | (512) 555-0161"

# ---- thread (12)
case("e01", "thread", "county wants a cooperative contract instead of its own RFP; older mail is about the offline app and PM schedules",
     mail("thalvorsen@dunmorecounty.gov", "Tom Halvorsen", "Re: Wrenchly demo follow-up / next steps",
          "Hi Marcus,\n\nQuick one before the holiday. Our purchasing director, Angela Ruiz, asked whether we can buy Wrenchly off an existing cooperative contract (Sourcewell, NASPO, GSA, whatever you're on) rather than issuing our own RFP. If we have to bid it out we're looking at March at the earliest. Which contract vehicles are you on, and can you send the contract numbers?\n\nThanks,\nTom\n\nTom Halvorsen\nFacilities Maintenance Superintendent\nDunmore County Department of Public Works\n410 Courthouse Square, Dunmore, OH 45732\nOffice: (740) 555-0193 | Cell: (740) 555-0178\n\nPUBLIC RECORDS NOTICE: Under Ohio law, most e-mail messages to or from county employees are public records and may be subject to public disclosure.\n\n---\nOn Tue, Nov 17, 2026 at 3:12 PM Marcus Bell <marcus.bell@wrenchly.example> wrote:\n> Hi Tom,\n>\n> Thanks again to you and the crew for the time today. Recap:\n> - The technician app works fully offline; work orders sync when the truck is back in coverage.\n> - PM schedules for your 14 lift stations can run off the pump runtime hours.\n> - Pricing for 22 technician seats is in the attached quote; requesters are free.\n>\n> Happy to set up a sandbox for your crew leads.\n>\n> " + MARCUS.replace("\n", "\n> ") + "\n>\n> On Mon, Nov 16, 2026, Tom Halvorsen wrote:\n>> Can the app work in the courthouse basement? There's no signal down there.",
          company="Dunmore County", stage="proposal"),
     {"gov-contract-vehicles": 3, "gov-rfp-kit": 1}, forbidden=["gov-sourcewell-2021"])

case("e02", "thread", "hospital (vertical only from the name, .org domain) needs the BAA before production; older mail is the quote",
     mail("dokafor@stbrigidmc.org", "Denise Okafor", "RE: Wrenchly quote - 45 techs",
          "Priya,\n\nThanks for turning the revised quote around so fast. Numbers look workable.\n\nOne blocker: our Privacy & Compliance office says we cannot put a vendor into production without a signed Business Associate Agreement. Our techs put room numbers and sometimes patient names in work order notes (\"bed 4 call light broken, pt. J. Smith\"), so they're treating it as PHI. Can you send your BAA and a short write-up of how you protect that data?\n\nRegards,\nDenise Okafor, CHFM\nDirector, Facilities & Clinical Engineering\nSt. Brigid Regional Medical Center\n1200 Harmon Ave, Wichita KS 67203 | 316-555-0122\n\nCONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information, including protected health information subject to HIPAA. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.\n\n---\nFrom: Priya Nair <priya.nair@wrenchly.example>\nSent: Thursday, November 19, 2026 4:40 PM\nTo: Okafor, Denise\nSubject: Wrenchly quote - 45 techs\n\nHi Denise,\n\nAttached is the revised quote for 45 technician seats across the main campus and the two outpatient clinics, with the IoT starter kit for your pharmacy and lab refrigerators. I've also included the annual prepay option we discussed.\n\nBest,\nPriya\n\n" + PRIYA,
          source="outlook", company="St. Brigid Regional Medical Center", stage="proposal"),
     {"hc-hipaa-baa": 3, "wr-security-overview": 2}, forbidden=["retired-hc-baa-2023", "wr-soc2-2025"])

case("e03", "thread", "forwarded IT note: SAML SSO and SCIM deprovisioning block the pilot; older mail sent the SAP guide",
     mail("lchen@kesslerind.com", "Laura Chen", "Fwd: Wrenchly - IT questions",
          "Hi Marcus - forwarding Raj's note from our IT team. The SSO piece is the last thing holding up the pilot at the Toledo plant. Can you get him an answer this week?\n\nThanks,\nLaura\n\nLaura Chen | Director of Maintenance & Reliability | Kessler Industrial Group\nT: +1 419 555 0107 | 2200 Commerce Pkwy, Toledo, OH 43615\n\n---------- Forwarded message ---------\nFrom: Raj Patel <rpatel@kesslerind.com>\nDate: Fri, Nov 20, 2026 at 9:02 AM\nSubject: RE: Wrenchly - IT questions\nTo: Laura Chen <lchen@kesslerind.com>\n\nLaura,\n\nWe've cleared the network side (the app only needs outbound 443, fine). What I still need from the vendor: do they support SAML 2.0 SSO against Entra ID, and SCIM so accounts are disabled automatically when someone leaves? We had an incident last year with a contractor account on another system that stayed live for months. No SSO, no go for me.\n\nRaj Patel\nIT Security Architect, Kessler Industrial Group\n\n---\nOn Wed, Nov 18, 2026, Marcus Bell <marcus.bell@wrenchly.example> wrote:\n> Laura, great session with your reliability engineers. As promised, our SAP S/4HANA integration guide is attached, along with the vibration sensor spec sheet.\n> Marcus",
          company="Kessler Industrial Group", vertical="enterprise", stage="evaluation"),
     {"wr-sso": 3, "ent-security-pack": 2, "wr-security-overview": 1})

case("e04", "thread", "hotel group back from vacation asks for a hotel case study or a reference call; out-of-office and older demo recap below",
     mail("badeyemi@coastlinehg.com", "Ben Adeyemi", "Re: Re: Wrenchly for Coastline properties",
          "Hi Priya,\n\nSorry for the radio silence, I was out for two weeks. Caught up on your notes. Before I take this to our GMs meeting on the 3rd: do you have a hotel group using Wrenchly that I could point them to? A case study is fine, a call with one of their chief engineers would be even better. Our GMs only trust other hotel people.\n\nCheers,\nBen\n\nBen Adeyemi\nVP Engineering & Facilities | Coastline Hospitality Group\n11 properties | 2,400 keys\nm. 843-555-0134\n\n---\nAutomatic reply: Re: Wrenchly for Coastline properties\nI am out of the office until Monday, November 23 with limited access to email. For urgent engineering issues please contact our Director of Engineering, Sam Price, at 843-555-0190.\n\n---\nOn Nov 6, 2026, at 10:15 AM, Priya Nair <priya.nair@wrenchly.example> wrote:\n> Hi Ben, following up on the demo. Two things I wanted to flag:\n> 1. Guest room PMs rotate rooms out of inventory on a schedule so housekeeping and engineering stay in sync.\n> 2. The sensor kit can watch your walk-in freezers and boilers and open a work order when something drifts.\n> Pricing for 11 properties is attached. Let me know what questions come up.\n> Priya",
          company="Coastline Hospitality Group", vertical="mid-market", stage="evaluation"),
     {"mm-case-study": 3, "wr-references": 3, "mm-case-study-2024": 1}, forbidden=other_case_studies("mid-market"))

case("e05", "thread", ".edu security office requires a HECVAT; older mail answered a storeroom question",
     mail("emorris@ashfordstate.edu", "Elaine Morris", "Re: Facilities CMMS evaluation - security review",
          "Good afternoon Marcus,\n\nThe committee liked the demo and we'd like to move Wrenchly into the final round. Before that can happen, the Information Security Office requires every vendor that will store university data to submit a completed HECVAT (Full, current version). Could you send yours by December 4? If you also have a SOC 2 report, please include it, but the HECVAT is mandatory.\n\nBest regards,\nDr. Elaine Morris\nAssociate Vice President, Facilities Operations\nAshford State University | Physical Plant Building, Room 110\n(605) 555-0117 | emorris@ashfordstate.edu\nGo Hawks!\n\n---\nOn Thu, Nov 12, 2026 at 11:48 AM Marcus Bell <marcus.bell@wrenchly.example> wrote:\n> Dr. Morris,\n> Thanks for including your storeroom manager. To his question about parts: Wrenchly tracks stock per storeroom and per van, sets reorder points, and can raise a purchase request when a bin drops below minimum. I'll show it in detail on the 19th.\n> Best,\n> Marcus",
          company="Ashford State University", stage="evaluation"),
     {"edu-hecvat": 3, "wr-security-overview": 2, "wr-security-questionnaire-reply": 1}, forbidden=["wr-soc2-2025", "draft-iso27001"])

case("e06", "thread", "small HVAC contractor from his iPhone: does it work with QuickBooks; the SDR's cold email below is about dispatch",
     mail("rick@daltonheatingair.com", "Rick Dalton", "Re: Quick question, Rick",
          "Does this thing work with quickbooks? Judy in the office does all our invoicing in QB online and she will kill me if she has to type everything twice. We're 9 guys, 7 trucks.\n\nRick\n\nSent from my iPhone\n\n> On Nov 20, 2026, at 8:03 AM, Dev Castillo <dev.castillo@wrenchly.example> wrote:\n>\n> Hi Rick,\n>\n> Saw Dalton Heating & Air just added a second service area up in Oak Ridge, congrats. Teams your size usually tell us the hardest part of growing is dispatch: who's closest, who has the part, who's certified on that unit. Wrenchly's dispatch board handles that from one screen.\n>\n> Worth 15 minutes next week?\n>\n> Dev Castillo | Wrenchly\n> Book time: wrenchly.example/meet/dev",
          company="Dalton Heating & Air", stage="discovery"),
     {"wr-quickbooks-sync": 3, "smb-quickbooks-video": 2, "smb-starter": 1})

case("e07", "thread", "501(c)(3) housing nonprofit (.org) asks for nonprofit pricing after the proposal",
     mail("gmendes@riversidehousing.org", "Gloria Mendes", "Re: Proposal - Riverside Community Housing",
          "Hi Priya,\n\nThank you for the proposal. I shared it with our ED and our finance committee. The scope is exactly right (all 31 buildings, the resident request portal, and the 6 maintenance techs), but the price is above what we budgeted. We're a 501(c)(3) and most of our operating budget comes from HUD and city grants. Do you have nonprofit pricing, or any program for organizations like ours? The board meets December 10 and anything over $15,000/yr needs their approval.\n\nWarmly,\nGloria Mendes\nDirector of Property Operations\nRiverside Community Housing\n\"Everyone deserves a safe place to call home.\"\n2100 River Rd, Sacramento, CA 95815 | (916) 555-0144\n\n---\nOn Mon, Nov 16, 2026, Priya Nair wrote:\n> Hi Gloria, attached is our proposal. It covers asset tracking for boilers, elevators and roofs across your 31 buildings, the resident request portal, and onboarding.\n> Priya Nair | Wrenchly",
          company="Riverside Community Housing", stage="proposal"),
     {"np-discount": 3, "np-grant-program": 2, "wr-discount-reply": 1}, forbidden=["edu-discount", "promo-q3-2026", "retired-pricing-2025"])

case("e08", "thread", "latest message: MaintainPro is 18% cheaper and throws in implementation; the older message was about FixFlow",
     mail("msorensen@halversonfoods.com", "Mike Sorensen", "Re: Order form - Halverson Foods",
          "Marcus,\n\nI'll be straight with you. MaintainPro came back with a number about 18% under yours for the same five plants, and they're throwing in implementation. Our CFO is asking why we'd pay more. I prefer your product, but I need something I can put in front of him by Friday that explains the difference, ideally in hard numbers.\n\nMike\n\nMike Sorensen\nCorporate Maintenance Manager\nHalverson Foods, Inc. | Des Moines, IA\n(515) 555-0129\n\n---\nOn Tue, Nov 10, 2026, Marcus Bell <marcus.bell@wrenchly.example> wrote:\n> Mike, on your earlier question about FixFlow: yes, we replaced FixFlow at two food plants last year. FixFlow has no real offline mode, which matters in your freezers. Happy to connect you with their maintenance leads.\n> Order form attached.\n> Marcus",
          company="Halverson Foods", vertical="enterprise", stage="negotiation"),
     {"wr-bc-maintainpro": 3, "wr-roi-calculator": 2, "promo-year-end-2026": 2, "wr-discount-reply": 1},
     forbidden=["draft-bc-maintainpro", "promo-q3-2026", "retired-bc-fixflow"])

case("e09", "thread", "credit union (.org, vertical from the name) needs the vendor due diligence package; bank legal footer",
     mail("kliu@tvfcu.org", "Karen Liu", "RE: Wrenchly - vendor onboarding",
          "Hello Marcus,\n\nWe're ready to move forward pending vendor due diligence. Per NCUA guidance our Vendor Management team needs the following before the contract goes to the Board:\n1. Your most recent SOC 2 Type II report\n2. Business continuity / disaster recovery summary\n3. Certificate of cyber liability insurance\n\nPlease send to vendormanagement@tvfcu.org and copy me.\n\nThank you,\nKaren Liu\nVP, Facilities & Branch Services\nTri-Valley Federal Credit Union\nFederally insured by NCUA. Equal Housing Opportunity.\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it. Tri-Valley FCU will never ask for your account password by email.\n\n---\nOn Nov 13, 2026, Marcus Bell wrote:\n> Karen, thanks for walking me through the 38 branches. Attached is the ROI summary we built together: 22% fewer emergency HVAC call-outs and about 300 technician hours saved a year.\n> Marcus Bell | Wrenchly",
          source="outlook", company="Tri-Valley Federal Credit Union", stage="proposal"),
     {"fs-vendor-risk": 3, "wr-security-overview": 2, "wr-security-questionnaire-reply": 1}, forbidden=["wr-soc2-2025", "draft-iso27001", "np-discount"])

case("e10", "thread", "existing customer: self-serve training for 12 seasonal hires; older messages are a resolved support ticket",
     mail("cbenitez@northgateps.com", "Carla Benitez", "Re: [Wrenchly Support #48213] Sync stuck on iPad",
          "Hi Priya,\n\nSupport fixed the sync issue, thanks for escalating. Different topic: we just hired 12 technicians for the winter season and they start December 7. Is there training they can do on their own before we hand them the app? Videos, a course, anything. My supervisors don't have time to sit with each one.\n\nThanks!\nCarla\n\nCarla Benitez | Operations Manager | Northgate Property Services\n(602) 555-0158\n\n---\nOn Fri, Nov 20, 2026, Wrenchly Support <support@wrenchly.example> wrote:\n> Hello Carla,\n> Ticket #48213 has been resolved. The iPad was on app version 6.2; after updating to 6.4 the offline queue synced 37 pending work orders.\n> If the problem comes back, reply to this email to reopen the ticket.\n> Wrenchly Support | Mon-Fri 6am-8pm CT",
          company="Northgate Property Services", vertical="mid-market", stage="customer"),
     {"wr-training": 3, "wr-mobile-video": 2, "wr-mobile-app": 1})

case("e11", "thread", "state procurement officer: the VPAT/ACR was missing from the RFP response",
     mail("janelle.price@dgs.westbrook.gov", "Janelle Price", "RE: RFP DGS-2026-031 Clarification",
          "Mr. Bell,\n\nThank you for your proposal submission for RFP DGS-2026-031 (Computerized Maintenance Management System). During the compliance review the evaluation committee noted that the Accessibility Conformance Report required under Section 4.7 (Section 508 / WCAG 2.1 AA) was not included. Please submit a current VPAT-based ACR covering the web application and the technician mobile app no later than 2:00 PM Central on December 2, 2026. No other changes to the proposal will be accepted.\n\nRespectfully,\nJanelle Price\nProcurement Officer III\nState of Westbrook - Department of General Services, Procurement Division\n500 Capitol Way, Suite 300, Westbrook City, WB 60100\n\n---\nFrom: Marcus Bell <marcus.bell@wrenchly.example>\nSent: Monday, November 9, 2026 1:55 PM\nSubject: RFP DGS-2026-031 - Wrenchly proposal submission\n\nAttached please find Wrenchly's response to RFP DGS-2026-031, including pricing, references and the signed addenda 1-3.\n\n" + MARCUS,
          source="outlook", company="State of Westbrook Department of General Services", stage="evaluation"),
     {"wr-accessibility": 3, "gov-rfp-kit": 1})

case("e12", "thread", "German works council and DPO: where is EU data hosted, will you sign a DPA, anything in German; older mail about parts",
     mail("stefan.krueger@vantorpack.com", "Stefan Krüger", "Re: Rollout to EU plants",
          "Hi Marcus,\n\nGood news: corporate wants to include our two German plants (Bielefeld and Hof) in phase 1. Bad news: the German works council and our DPO have to approve any system that records technicians' activities. Their first two questions: where exactly would the data for the German sites be hosted, and will you sign a GDPR data processing agreement? If there's anything in German they can read, even better.\n\nBest,\nStefan\n\nStefan Krüger\nGlobal Reliability Lead, Vantor Packaging\n+1 (414) 555 0183 | Milwaukee, WI\n\n---\nOn Nov 19, 2026, Marcus Bell wrote:\n> Stefan, per your note about the Milwaukee plant: parts reorder points can be set per storeroom and we can import your current min/max from SAP.\n> Marcus",
          company="Vantor Packaging", vertical="enterprise", stage="evaluation"),
     {"wr-data-residency": 3, "de-dsgvo": 3, "ent-security-pack": 1})

# ---- multi-ask (7)
case("e13", "multi-ask", "city: StateRAMP and a fire/life-safety inspection checklist",
     mail("nflores@cityoffairhaven.gov", "Nadia Flores", "Two questions before Thursday",
          "Hi Marcus,\n\nTwo things our team needs before Thursday's scoring session:\n\n1. Is Wrenchly StateRAMP authorized? Our IT department won't approve a cloud system without it.\n2. Can you send an example of a fire and life-safety inspection checklist built in Wrenchly? Our fire marshal wants to see how extinguisher, sprinkler and exit-light inspections would be recorded and reported.\n\nThank you,\nNadia Flores\nFacilities Manager, City of Fairhaven\n(360) 555-0150",
          company="City of Fairhaven", vertical="government", stage="evaluation"),
     {"gov-stateramp": 3, "wr-inspections": 3, "wr-security-overview": 1})

case("e14", "multi-ask", "hospital: fridge temperature alerts to the on-call tech, and Joint Commission EC rounds",
     mail("ohaddad@mercyridgehealth.org", "Omar Haddad", "questions from our call",
          "Hi Priya,\n\nFollowing up on today's call with a few questions from my team:\n- Can your sensors alert us when a pharmacy or lab fridge goes out of range, at 2am, to the on-call tech's phone?\n- How does Wrenchly support Joint Commission environment of care rounds and inspections? We had findings on our last survey and I need to show the surveyors a better paper trail.\n\nThanks,\nOmar\n\nOmar Haddad | Manager, Plant Operations | Mercy Ridge Health\nPager 4471 | Office 608-555-0139",
          source="outlook", company="Mercy Ridge Health", vertical="healthcare", stage="discovery"),
     {"wr-iot-alerts": 3, "hc-joint-commission": 3, "wr-inspections": 2, "hc-case-study": 1})

case("e15", "multi-ask", "apartment operator: price for 25 technicians and time to go live",
     mail("jpike@summitridgeres.com", "Jordan Pike", "pricing + timeline",
          "Hi Marcus,\nQuick ones:\nWhat would this cost for 25 technicians and 4 office schedulers?\nAnd realistically how long from signing to having techs on the app? We'd like to be live before spring turn season in March.\nThanks, Jordan\n\nJordan Pike\nDirector of Maintenance, Summit Ridge Residential",
          company="Summit Ridge Residential", vertical="mid-market", stage="evaluation"),
     {"wr-pricing": 3, "wr-implementation": 3, "wr-data-import": 1}, forbidden=["retired-pricing-2025", "promo-q3-2026"])

case("e16", "multi-ask", "chemical plant: two-way SAP S/4HANA PM integration, and offline use in dead zones",
     mail("hbrandt@orionchem.com", "Helga Brandt", "Re: Wrenchly overview",
          "Marcus,\nThanks for the overview deck. Before I pull in our SAP team, I need to know two things:\n(a) Does Wrenchly integrate with SAP S/4HANA Plant Maintenance, specifically notifications, work orders and equipment master data, in both directions?\n(b) Our tank farm and the basement MCC rooms have zero coverage. Can the techs keep working offline and sync later?\nRegards,\nHelga Brandt\nReliability Engineering Manager | Orion Chemical Company | Baton Rouge Site",
          company="Orion Chemical Company", vertical="enterprise", stage="discovery"),
     {"ent-sap-integration": 3, "wr-mobile-app": 3, "wr-integrations-erp": 2})

case("e17", "multi-ask", "K-12 district (k12 domain): free requester seats, a school discount, other districts using it",
     mail("treyes@mvsd411.k12.wa.us", "Tammy Reyes", "Questions from our maintenance committee",
          "Hello,\n\nOur maintenance committee met yesterday and came out with three questions:\n1. Can teachers and front-office staff submit work requests without us paying for a license for each of them? We have 1,400 staff.\n2. Do you offer any discount for public school districts?\n3. Are any other school districts using Wrenchly? We'd love to see how a district like ours set it up.\n\nThank you!\nTammy Reyes\nDirector of Maintenance & Operations\nMaple Valley School District No. 411\n(425) 555-0196",
          company="Maple Valley School District", stage="evaluation"),
     {"wr-customer-portal": 3, "edu-discount": 3, "edu-k12-case-study": 3, "edu-case-study": 1},
     forbidden=["edu-esser", "np-discount"] + other_case_studies("education"))

case("e18", "multi-ask", "commercial real estate: tenant request portal and contractor insurance certificates",
     mail("mgoldberg@lakesidecre.com", "Maya Goldberg", "Re: Lakeside + Wrenchly",
          "Hi Dev,\nThanks for reaching out. Timing is actually good, our current system's contract ends in April. Two things matter most to us:\n- our tenants need a simple way to submit and follow maintenance requests (today it's phone calls and emails to the property managers)\n- we use ~60 outside contractors (HVAC, elevators, roofing) and we keep getting burned by expired insurance certificates. Can Wrenchly track COIs and block a contractor from being dispatched when theirs lapses?\nIf you can answer those, let's set up a call.\nBest,\nMaya Goldberg\nVP Property Operations | Lakeside Commercial Realty\n18 office & retail properties in the Chicago area\n\n---\nOn Nov 18, 2026, Dev Castillo <dev.castillo@wrenchly.example> wrote:\n> Hi Maya, congrats on the Oak Brook acquisition. Worth a quick chat about how your engineers handle work orders across the new buildings?\n> Dev Castillo | Wrenchly",
          company="Lakeside Commercial Realty", stage="discovery"),
     {"wr-customer-portal": 3, "wr-vendor-contractors": 3, "wr-meeting-confirm": 1})

case("e19", "multi-ask", "food bank: a way to estimate savings and another nonprofit's story",
     mail("agrant@harvesttable.org", "Alicia Grant", "For our board treasurer",
          "Hi Priya,\nOur board treasurer wants two things before we can recommend this: a way to estimate the savings (we spend a lot on emergency repairs to our cold storage and trucks), and an example of another nonprofit that's using Wrenchly. Could you send both?\nThank you so much,\nAlicia\n\nAlicia Grant | Facilities & Fleet Coordinator\nHarvest Table Food Bank\nDonate: harvesttable.org/give",
          company="Harvest Table Food Bank", vertical="nonprofit", stage="evaluation"),
     {"wr-roi-calculator": 3, "np-case-study": 3, "wr-customer-stories": 1}, forbidden=other_case_studies("nonprofit"))

# ---- crm-raw (7): only raw CRM values, no canonical vertical/stage
case("e20", "crm-raw", "Salesforce Qualification + Government: book the discovery call, public-agency story",
     crm("salesforce", "Port of Bellhaven", "Qualification", "Government",
         "Opportunity\nPort of Bellhaven - Terminal Maintenance CMMS\nAccount Name: Port of Bellhaven\nOpportunity Owner: Marcus Bell\nStage: Qualification\nClose Date: 6/30/2027\nAmount: $96,000.00\nLead Source: Webinar\nNext Step: Book discovery call with Harbor Maintenance Supt. (R. Vance)\nDescription: Cranes, reefers and gate equipment maintained on paper + an Access DB. Supt. attended the PM webinar in Oct. Wants to see how other public agencies use it.\nAccount Industry: Government\nActivity History: Call 11/19 - left voicemail; Email 11/20 - sent times for a call",
         url="https://bellhaven-demo.lightning.force.com/lightning/r/Opportunity/0065g00000XyZ1AAK/view"),
     {"wr-discovery-agenda": 3, "gov-case-study": 3, "wr-meeting-confirm": 1}, forbidden=["retired-gov-case-study-2024", "webinar-oct-2026"])

case("e21", "crm-raw", "Salesforce Proposal/Price Quote + Hospital & Health Care: quote and BAA to legal; FixFlow noted",
     crm("salesforce", "Lakeland Children's Hospital", "Proposal/Price Quote", "Hospital & Health Care",
         "Opportunity\nLakeland Children's Hospital - Facilities & Biomed\nStage: Proposal/Price Quote\nProbability (%): 60\nAmount: $142,500.00\nClose Date: 12/18/2026\nNext Step: Send quote + BAA to Legal (K. Ambrose) by 11/25\nIndustry: Hospital & Health Care\nPrimary Contact: Kevin Ambrose, Associate General Counsel\nCompetitors: FixFlow (incumbent at sister hospital)\nNotes: Legal will not review the MSA without the BAA attached."),
     {"hc-hipaa-baa": 3, "wr-pricing": 2, "wr-bc-fixflow": 1}, forbidden=["retired-hc-baa-2023", "retired-pricing-2025", "retired-bc-fixflow"])

case("e22", "crm-raw", "Salesforce Negotiation/Review + Education: buy off a cooperative contract, education discount",
     crm("salesforce", "Coastal Plains Community College", "Negotiation/Review", "Education",
         "Opportunity\nCoastal Plains Community College - Campus CMMS\nStage: Negotiation/Review\nAmount: $58,000.00\nClose Date: 12/31/2026\nIndustry: Education\nNext Step: Purchasing (D. Hart) wants to buy off a cooperative contract - send contract vehicle info. Also asked again re: edu discount.\nLast Activity: 11/20 Call with purchasing - they can't run a bid before FY end."),
     {"gov-contract-vehicles": 3, "edu-discount": 3, "wr-discount-reply": 1}, forbidden=["gov-sourcewell-2021", "promo-q3-2026", "np-discount"])

case("e23", "crm-raw", "HubSpot appointmentscheduled + Non-Profit: first call booked, spreadsheet today",
     crm("hubspot", "Bright Futures Youth Centers", "appointmentscheduled", "Non-Profit",
         "Bright Futures Youth Centers - Facilities\nDeal stage: appointmentscheduled\nPipeline: Sales Pipeline\nAmount: $18,000\nClose date: 03/31/2027\nDeal owner: Priya Nair\nIndustry: Non-Profit\nAssociated contact: Luis Ortega (Facilities Coordinator)\nActivity\nMeeting booked: Intro call - Tue Dec 1, 2026 10:00 AM PT (booked via meetings link)\nNote: 12 youth centers, 3 maintenance staff, everything tracked in a shared Google Sheet.",
         url="https://app.hubspot.com/contacts/4412871/deal/9912034455"),
     {"wr-discovery-agenda": 3, "wr-meeting-confirm": 2, "np-case-study": 2, "wr-obj-spreadsheets": 1})

case("e24", "crm-raw", "HubSpot contractsent + an unmapped industry: what happens after signature, go-live before the season",
     crm("hubspot", "Granite Peak Resorts", "contractsent", "Leisure, Travel & Tourism",
         "Granite Peak Resorts - Lift & Snowmaking Maintenance\nDeal stage: contractsent\nAmount: $74,400\nClose date: 11/30/2026\nDeal owner: Marcus Bell\nIndustry: Leisure, Travel & Tourism\nNotes (11/18): Order form + MSA sent via DocuSign. Ops director (Erin Walsh) asked what happens after signature: who runs onboarding, how long until techs are on the app, can we be live before lifts open Dec 19?"),
     {"wr-implementation": 3, "wr-data-import": 2, "wr-training": 1})

case("e25", "crm-raw", "Salesforce Id. Decision Makers + Banking: CFO needs a business case and a peer bank",
     crm("salesforce", "First Harbor Bank", "Id. Decision Makers", "Banking",
         "Opportunity\nFirst Harbor Bank - Branch Facilities Maintenance\nStage: Id. Decision Makers\nAmount: $61,000.00\nClose Date: 3/31/2027\nIndustry: Banking\nNext Step: Get CFO (T. Whitman) to the next call; needs a business case and a peer bank example.\nDescription: 54 branches + 2 ops centers. Facilities team of 6 + outsourced HVAC/electrical. Pain: no visibility into contractor spend, surprise ATM vestibule and HVAC failures."),
     {"wr-roi-calculator": 3, "fs-case-study": 3, "wr-vendor-contractors": 1}, forbidden=other_case_studies("financial-services"))

case("e26", "crm-raw", "Salesforce Perception Analysis + Government: FixFlow incumbent, committee scoring",
     crm("salesforce", "Riverton Water Authority", "Perception Analysis", "Government",
         "Opportunity\nRiverton Water Authority - Plant & Collections CMMS\nStage: Perception Analysis\nAmount: $118,000.00\nIndustry: Government\nCompetitor: FixFlow (incumbent, contract ends 6/2027)\nNext Step: Evaluation committee scores on 12/8. Board member asked why switch from FixFlow. Send competitive positioning to champion (A. Osei).\nDescription: 3 treatment plants, 40 lift stations. Users complain FixFlow has no offline mode in the lift stations."),
     {"wr-bc-fixflow": 3, "gov-case-study": 2, "wr-mobile-app": 1}, forbidden=["retired-bc-fixflow", "retired-gov-case-study-2024"])

# ---- localized (7)
case("e27", "localized", "German municipal utility: where is the data hosted, send the AVV (GDPR art. 28)",
     mail("s.hoffmann@stadtwerke-kellerbach.de", "Sabine Hoffmann", "AW: Wrenchly - Datenschutz",
          "Hallo Herr Weber,\n\nvielen Dank für die Demo letzte Woche, das Team war sehr angetan. Bevor wir weitermachen können, hat unser Datenschutzbeauftragter zwei Fragen:\n\n1. In welchem Rechenzentrum werden unsere Daten gespeichert? Eine Speicherung außerhalb der EU ist für uns ausgeschlossen.\n2. Können Sie uns Ihren Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO zusenden?\n\nMit freundlichen Grüßen\n\nSabine Hoffmann\nLeitung Technischer Service\nStadtwerke Kellerbach GmbH\nAm Wasserwerk 4, 87435 Kellerbach\nTel. +49 831 555 2210\n\nStadtwerke Kellerbach GmbH | Sitz: Kellerbach | Amtsgericht Kempten HRB 5521 | Geschäftsführer: Dr. Thomas Brandl\n\n---\nAm 17.11.2026 um 14:05 schrieb Jonas Weber <jonas.weber@wrenchly.example>:\n> Sehr geehrte Frau Hoffmann,\n> anbei wie besprochen die Unterlagen zur Wartungsplanung für Ihre Pumpwerke und die Preisübersicht.\n> Beste Grüße\n> Jonas Weber | Account Executive DACH | Wrenchly",
          source="outlook", company="Stadtwerke Kellerbach GmbH", stage="evaluation"),
     {"de-dsgvo": 3, "wr-data-residency": 3})

case("e28", "localized", "German HubSpot labels: Termin vereinbart, Maschinenbau; Excel and paper today",
     crm("hubspot", "Brenner Maschinenbau AG", "Termin vereinbart", "Maschinenbau",
         "Brenner Maschinenbau AG - Instandhaltung Werk Ulm\nDeal-Phase: Termin vereinbart\nBetrag: 42.000 EUR\nAbschlussdatum: 31.03.2027\nDeal-Inhaber: Jonas Weber\nBranche: Maschinenbau\nNotiz: Erstgespräch am 02.12. mit dem Instandhaltungsleiter (Herr Vogt). Wartung läuft heute über Excel und Papier-Checklisten, ca. 15 Techniker."),
     {"wr-discovery-agenda": 3, "de-overview": 2, "wr-obj-spreadsheets": 1})

case("e29", "localized", "French hotel group: a presentation and hotel references",
     mail("j.marchand@groupe-belvedere.fr", "Julien Marchand", "Demande d'informations - GMAO",
          "Bonjour Madame Durand,\n\nSuite à notre échange téléphonique de ce matin, pourriez-vous m'envoyer une présentation de votre solution ainsi que des références clients dans l'hôtellerie ? Nous gérons 14 hôtels en France et en Belgique et nous souhaitons remplacer nos carnets d'entretien papier d'ici l'été.\n\nBien cordialement,\n\nJulien Marchand\nDirecteur Technique\nGroupe Hôtelier Belvédère\n12 rue de la République, 69002 Lyon\nTél. : +33 4 78 55 01 23\n\nCe message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs destinataires.",
          source="outlook", company="Groupe Hôtelier Belvédère", stage="discovery"),
     {"fr-overview": 3, "mm-case-study": 2, "wr-references": 1})

case("e30", "localized", "French facility-services firm in trial: does the app work offline, do offline photos sync",
     mail("n.roux@facilitia.fr", "Nathalie Roux", "RE: Essai Wrenchly",
          "Bonjour Camille,\n\nMerci pour l'accès à l'environnement d'essai. Nos chefs d'équipe ont une question importante : est-ce que l'application mobile fonctionne hors connexion ? Nos techniciens interviennent souvent dans des parkings souterrains et des locaux techniques sans réseau. Et les photos prises hors ligne sont-elles bien synchronisées ensuite ?\n\nCordialement,\nNathalie Roux\nResponsable des opérations - Facilitia Services\nEnvoyé de mon iPhone\n\n---\nLe 18 nov. 2026 à 09:12, Camille Durand <camille.durand@wrenchly.example> a écrit :\n> Bonjour Nathalie,\n> Voici vos accès à l'environnement d'essai Wrenchly. N'hésitez pas à me solliciter pour toute question.\n> Camille Durand - Wrenchly France",
          company="Facilitia Services", stage="evaluation"),
     {"wr-mobile-app": 3, "wr-mobile-video": 2, "fr-overview": 1})

case("e31", "localized", "Mexican hotel group in Spanish: hotel case studies and price per technician",
     mail("rsalinas@costaazulhoteles.mx", "Roberto Salinas", "Re: Propuesta Wrenchly",
          "Hola Lucía,\n\nGracias por la demostración del martes. El director general quiere dos cosas antes de avanzar: ¿tienen casos de éxito con cadenas hoteleras? y ¿cuánto cuesta por técnico? Somos 6 hoteles en Cancún y Playa del Carmen con unos 40 técnicos.\n\nSaludos cordiales,\nIng. Roberto Salinas\nGerente Corporativo de Mantenimiento\nGrupo Costa Azul Hoteles\nTel. +52 998 555 0172\n\n---\nEl mar, 17 nov 2026 a las 16:30, Lucía Romero <lucia.romero@wrenchly.example> escribió:\n> Estimado Roberto, muchas gracias por su tiempo. Le comparto la grabación de la demo y el resumen de la app móvil para técnicos.\n> Lucía Romero | Wrenchly",
          company="Grupo Costa Azul Hoteles", stage="evaluation"),
     {"es-case-study": 3, "wr-pricing": 3, "mm-case-study": 2}, forbidden=["retired-pricing-2025", "promo-q3-2026"])

case("e32", "localized", "Spanish clinic's DPO: EU hosting and a GDPR processor agreement",
     mail("m.iglesias@clinicalevante.es", "Marta Iglesias", "Protección de datos",
          "Buenos días Lucía,\n\nNuestro delegado de protección de datos necesita confirmar antes de seguir con la evaluación:\n- ¿Dónde se alojan los datos? ¿Está garantizado que permanecen en la UE?\n- ¿Disponen de un contrato de encargado del tratamiento conforme al RGPD?\n\nUn saludo,\nMarta Iglesias\nJefa de Mantenimiento e Infraestructuras\nClínica Levante | Av. del Puerto 210, 46023 Valencia\nTel. 963 55 01 88\n\nAVISO LEGAL: Este mensaje y sus anexos pueden contener información confidencial. Si usted no es el destinatario, le rogamos lo comunique al remitente y proceda a su eliminación.",
          source="outlook", company="Clínica Levante", vertical="healthcare", stage="evaluation"),
     {"wr-data-residency": 3, "wr-security-overview": 2}, forbidden=["wr-soc2-2025"])

case("e33", "localized", "German registered charity (e.V.) asks for a nonprofit discount or funding program",
     mail("m.lehmann@sozialwerk-amrhein.de", "Markus Lehmann", "AW: Angebot Wrenchly",
          "Guten Tag Herr Weber,\n\ndanke für das Angebot. Inhaltlich passt es sehr gut zu unseren 23 Einrichtungen. Als gemeinnütziger Verein sind wir allerdings stark an unser Budget gebunden: Gibt es bei Wrenchly einen Rabatt oder ein Förderprogramm für gemeinnützige Organisationen?\n\nFreundliche Grüße\nMarkus Lehmann\nLeiter Gebäudemanagement\nSozialwerk Am Rhein e.V.\nRheinallee 31 | 53173 Bonn\nVereinsregister Bonn VR 4412 | als gemeinnützig anerkannt",
          company="Sozialwerk Am Rhein e.V.", stage="proposal"),
     {"np-discount": 3, "np-grant-program": 2, "wr-discount-reply": 1}, forbidden=["edu-discount", "promo-q3-2026"])

# ---- nulls (5)
case("e34", "nulls", "every field null but the text: missed PMs on rooftop units and chillers",
     {"source": None, "url": None, "company": None, "domain": None, "contact": None, "vertical": None, "stage": None, "raw": None, "subject": None,
      "text": "Can you send me something on preventive maintenance? We keep missing PMs on our rooftop units and chillers and only find out when a tenant complains."},
     {"wr-preventive-maintenance": 3, "wr-iot-alerts": 1, "wr-analytics": 1}, forbidden=["webinar-oct-2026"])

case("e35", "nulls", "only a .gov domain and an RFP subject line, no text",
     {"domain": "cityofmarlow.gov", "subject": "RFP 2026-114 Facilities Maintenance Management Software"},
     {"gov-rfp-kit": 3, "wr-rfp-kit": 2, "gov-contract-vehicles": 1}, forbidden=["retired-gov-case-study-2024", "gov-sourcewell-2021"])

case("e36", "nulls", "a Salesforce record with nothing read but the canonical stage closed-won",
     {"source": "salesforce", "url": None, "company": None, "contact": None, "vertical": None, "stage": "closed-won", "raw": None, "subject": None, "text": None},
     {"wr-welcome": 3, "wr-implementation": 2, "wr-training": 2})

case("e37", "nulls", "no contact, company or stage; vertical healthcare and one line asking for hospital material",
     {"source": "outlook", "contact": None, "company": None, "domain": None, "vertical": "healthcare", "stage": None, "raw": None,
      "text": "Thanks for the call earlier. Send over whatever you have for hospitals and I'll share it with our VP."},
     {"hc-case-study": 3, "hc-joint-commission": 2, "hc-hipaa-baa": 1}, forbidden=other_case_studies("healthcare"))

case("e38", "nulls", "only a school district's name, empty text",
     {"company": "Pinecrest Unified School District", "text": "", "raw": None, "stage": None, "contact": None},
     {"edu-k12-case-study": 3, "wr-overview-deck": 2, "edu-case-study": 1}, forbidden=["edu-esser"])

# ---- query (6)
case("e39", "query", "competitor name typed on an evaluation-stage record",
     {"source": "salesforce", "company": "Redline Logistics", "stage": "evaluation", "raw": {"stage": "Value Proposition", "industry": "Transportation"}},
     {"wr-bc-maintainpro": 3, "wr-switch-maintainpro": 2}, query="maintainpro", forbidden=["draft-bc-maintainpro"])

case("e40", "query", "typo in the query: 'fixflow cheeper', on a mail asking to sharpen the pencil",
     mail("purchasing@tallgrassfarms.com", "Dana Whitfield", "Re: pricing",
          "Hi Marcus, can you sharpen the pencil a bit? The other vendor is well below you and my boss keeps bringing it up.\nDana", stage="negotiation", source="outlook"),
     {"wr-obj-fixflow-cheaper": 3, "wr-bc-fixflow": 2, "wr-discount-reply": 1}, query="fixflow cheeper", forbidden=["retired-bc-fixflow", "promo-q3-2026"])

case("e41", "query", "typo 'hipa baa' on a HubSpot record of a dialysis provider",
     crm("hubspot", "Evergreen Dialysis Partners", None, "Hospital & Health Care",
         "Evergreen Dialysis Partners\nIndustry: Hospital & Health Care\n27 clinics in OR and WA\nLast activity: Email opened 11/21"),
     {"hc-hipaa-baa": 3, "wr-security-overview": 1}, query="hipa baa", forbidden=["retired-hc-baa-2023"])

case("e42", "query", "a bare acronym with an empty generic context",
     {"source": "generic"},
     {"wr-accessibility": 3}, query="vpat")

case("e43", "query", "misspelled 'preventative maintenence schedules' on a small contractor's mail about something else",
     mail("office@brightlineplumbing.com", "Sue Kramer", "Re: invoice from Tuesday", "Got it, thanks. I'll forward it to our bookkeeper.\n\nSue\nBrightline Plumbing", stage="evaluation"),
     {"wr-preventive-maintenance": 3, "wr-analytics": 1}, query="preventative maintenence schedules", forbidden=["webinar-oct-2026"])

case("e44", "query", "query about sensor alerts on a customer's renewal mail",
     mail("facilities@oakmontsenior.com", "Grace Tan", "Re: Renewal",
          "Hi Priya, renewal paperwork is with our finance team, you should have it back next week. Talk soon!\nGrace", stage="customer"),
     {"wr-iot-alerts": 3, "wr-expansion": 2}, query="sensor alerts")

# ---- specific (4): a precise ask against the stage's generic content
case("e45", "specific", "proposal stage, but the ask is whether the app is in Spanish for the crew",
     mail("facilities@cityofalder.gov", "Hector Lozano", "Re: Wrenchly proposal",
          "Hi Marcus,\n\nThe proposal looks good. One thing the council will ask: does the technician app come in Spanish? About half of our grounds and custodial crew are more comfortable in Spanish than English.\n\nHector Lozano\nFacilities & Grounds Supervisor, City of Alder",
          company="City of Alder", stage="proposal"),
     {"wr-app-languages": 3, "wr-mobile-app": 2})

case("e46", "specific", "negotiation stage, but legal's last open item is the uptime SLA and service credits",
     mail("legal@meridianlabs.com", "Owen Park", "Re: Wrenchly MSA - open items",
          "Marcus,\n\nWe're down to one open item on the MSA: the SLA exhibit. What uptime do you commit to, and what service credits apply if you miss it? Our standard is 99.9% with credits.\n\nOwen Park\nSenior Counsel, Meridian Labs",
          source="outlook", company="Meridian Labs", vertical="enterprise", stage="negotiation"),
     {"wr-support-sla": 3, "wr-contract-redlines": 1})

case("e47", "specific", "discovery stage, but the ask is meter-based PMs on generator engine hours",
     mail("ops@hollisterdc.com", "Nick Alvarez", "generators",
          "Hey Marcus, before Thursday's call: can Wrenchly schedule PMs off meter readings? Our generators need service every 500 engine hours, not every X months, and today someone reads the hour meters by hand.\n\nNick Alvarez | Critical Facilities Manager | Hollister Data Centers",
          company="Hollister Data Centers", stage="discovery"),
     {"wr-preventive-maintenance": 3, "wr-iot-alerts": 1})

case("e48", "specific", "closed-won, but the ask is how to import the existing asset spreadsheet",
     mail("kwong@baysidepp.com", "Kevin Wong", "asset list",
          "Hi Priya,\n\nContract's signed, excited to get going! Our asset list is a 3,000-row Excel sheet with locations, make/model and last service date. How do we get it into Wrenchly without typing it in?\n\nKevin",
          company="Bayside Property Partners", stage="closed-won"),
     {"wr-data-import": 3, "wr-implementation": 2})

# ---- nofit (3): nothing in the library answers
case("e49", "nofit", "asks for a point-of-sale system for a lobby cafe",
     mail("facilities@northwindhq.com", "Renee Cole", "POS?",
          "Hi Marcus, odd question: does Wrenchly also do point-of-sale? We're opening a cafe in the lobby of our HQ and facilities got asked to find a POS and card reader. If not, no worries.\nRenee",
          stage="evaluation"),
     {})

case("e50", "nofit", "buyer's AP asks for the seller's W-9, bank details and a certificate of insurance to set up the vendor",
     mail("ap@ridgewaymfg.com", "Accounts Payable", "Vendor setup - Wrenchly",
          "Hello,\n\nTo set Wrenchly up as a supplier in our AP system, please send:\n- a signed W-9\n- remit-to bank details on company letterhead\n- a certificate of insurance naming Ridgeway Manufacturing as additional insured\n\nThank you,\nAccounts Payable | Ridgeway Manufacturing\nPlease do not reply to invoices@ with questions.",
          source="outlook", company="Ridgeway Manufacturing", stage="closed-won"),
     {})

case("e51", "nofit", "unsubscribe request",
     mail("jlarsen@tidewaterlogistics.com", "Jens Larsen", "Re: Still chasing work orders on paper?",
          "Please remove me from your mailing list. This is the third time I'm asking.\n\n> Hi Jens, most maintenance teams we talk to still find out about a missed PM when something breaks...\n> Dev Castillo | Wrenchly"),
     {})

# ---------------------------------------------------------------- checks and output
write_set(HERE, ITEMS, CASES, NOW, "e")
