"""A fifth tuning set on a new vendor's library: Fleetrun, fleet-management and telematics software
(GPS tracking, ELD / hours-of-service compliance, AI dashcams and driver coaching, fuel cards and IFTA
fuel-tax reporting, vehicle preventive maintenance, EV fleet charging, driver app, route optimisation,
hardware and integrations). Written blind on 2026-12-05 from docs/contracts.md and a sales expert's
judgement, before any ranker ran on it. Reference date: 2026-11-23 (items whose `expires` is before it
are expired).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts,
retired and expired items that look relevant, and items restricted to another vertical when one
for the prospect's vertical answers. Run: python3 tests/eval/dev4-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import library, mail, write_set, quote  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-01T09:00:00Z"
OLD = "2024-05-14T10:00:00Z"
ITEMS, add = library("https://content.fleetrun.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, no stages
add("fr-overview-deck", "Fleetrun platform overview", "deck", "GPS tracking, ELD compliance, AI dashcams, fuel and IFTA, maintenance and EV charging in one fleet platform, with one driver app.", tags=["overview", "platform", "telematics", "fleet management"])
add("fr-gps-tracking", "Live GPS tracking, geofences and trip history", "one-pager", "Every vehicle and trailer on one map, refreshed every second; geofence and after-hours-use alerts, breadcrumb trip history for a year.", tags=["gps", "tracking", "geofence", "after-hours use", "trip history", "asset trackers", "trailers"])
add("fr-eld-compliance", "ELD and hours of service: FMCSA-registered, roadside-ready", "one-pager", "Fleetrun's ELD is on the FMCSA registered list; HOS logs, unassigned driving, DVIRs, and log transfer to officers by web services or email at roadside inspections.", tags=["eld", "hours of service", "hos", "fmcsa", "dvir", "roadside inspection", "compliance", "dot"])
add("fr-dashcam-ai", "AI dashcams: road-facing and driver-facing cameras with in-cab coaching", "one-pager", "Dual-facing HD cameras detect following distance, phone use, rolling stops and drowsiness, and coach the driver in the cab before a manager ever gets involved.", tags=["dashcam", "ai", "video telematics", "driver-facing camera", "road-facing camera", "safety", "coaching", "false alerts"])
add("fr-dashcam-privacy", "Dashcam privacy: what the driver-facing camera records and who can see it", "one-pager", "Event-only recording, privacy mode off duty, role-based access to footage, retention limits and an audit log of every view.", tags=["privacy", "dashcam", "driver-facing camera", "inward-facing camera", "privacy mode", "retention", "driver privacy"])
add("fr-union-faq", "Drivers and unions: FAQ on cameras, telematics and discipline", "one-pager", "Answers for shop stewards and business agents: what is recorded, who watches, how long it is kept, exoneration, and sample contract language fleets have bargained with their unions.", tags=["union", "teamsters", "collective bargaining", "drivers", "labor relations", "grievance", "driver buy-in", "dashcam"])
add("fr-driver-coaching", "Driver safety scores and coaching workflows", "one-pager", "Scores from harsh braking, speeding, phone use and following distance; coaching queues, driver self-coaching in the app, and recognition for the safest drivers.", tags=["safety score", "driver scorecard", "coaching", "harsh braking", "speeding", "safety program"])
add("fr-insurance-savings", "Dashcams and insurance: lower premiums, faster claims, exonerated drivers", "one-pager", "How fleets use Fleetrun video and safety scores with their insurers: average 12-20% lower premiums at renewal, claims settled faster, and footage that clears drivers of fault.", tags=["insurance", "premiums", "claims", "exoneration", "nuclear verdicts", "broker", "dashcam", "risk"])
add("fr-fuel-cards", "Fleetrun fuel cards: accepted at 95% of US fuel stations, fraud flagged automatically", "one-pager", "Each purchase is matched to the vehicle's location and tank size, so fuel going into a personal pickup is flagged; purchases flow into IFTA and cost reports.", tags=["fuel card", "fuel fraud", "fuel theft", "fuel purchases", "fuel"])
add("fr-idling", "Cut fuel spend 8-15%: idle reduction, speeding and right-sizing", "one-pager", "Idle-time reports by vehicle and driver, idle alerts and speed governance; what customers saved in the first year and where the savings come from.", tags=["fuel savings", "idling", "idle time", "fuel", "diesel", "speeding", "cost reduction"])
add("fr-ifta", "IFTA fuel-tax reporting: miles by jurisdiction, automatically", "one-pager", "GPS miles per state and province and fuel purchases per jurisdiction, ready for your quarterly IFTA return; no more paper trip sheets.", tags=["ifta", "fuel tax", "jurisdiction miles", "state mileage", "quarterly filing", "trip sheets"])
add("fr-maintenance", "Preventive maintenance for vehicles: mileage, engine hours and fault codes", "one-pager", "PM schedules by odometer, engine hours or date; engine fault codes and DVIR defects open work orders, so oil changes and inspections never slip.", tags=["preventive maintenance", "maintenance", "pm schedules", "oil change", "fault codes", "dtc", "engine hours", "breakdowns", "dvir"])
add("fr-ev-charging", "EV fleet charging management: depot charging, state of charge, demand charges", "one-pager", "Schedule and monitor depot charging so every EV is ready for its route, stay under demand-charge peaks, and see state of charge and range live; works with ChargePoint, ABB and other OCPP chargers.", tags=["ev", "electric vehicles", "charging", "depot charging", "state of charge", "demand charges", "ocpp", "chargepoint", "electrification"])
add("fr-driver-app", "The Fleetrun Driver app: HOS, DVIR, messages and documents", "one-pager", "One app for logs, inspections, messages, routes and documents, in English, Spanish and French.", tags=["driver app", "mobile app", "hos", "dvir", "spanish", "french", "drivers"])
add("fr-route-optimization", "Route optimisation and dispatch", "one-pager", "Plan multi-stop routes around time windows, vehicle capacity and traffic; dispatch to the driver app and share live ETAs with customers.", tags=["route optimisation", "route optimization", "routing", "dispatch", "eta", "multi-stop"])
add("fr-hardware-install", "Hardware and installation: gateways, cameras and install options", "one-pager", "Plug-and-play OBD and J1939 gateways, camera kits, and three ways to install: self-install, our certified installers on site (nights and weekends available) or your own shop.", tags=["hardware", "installation", "install", "gateway", "obd", "j1939", "installers", "on-site install"])
add("fr-hardware-compat", "Keep your devices: Fleetrun on Geotab and Samsara-style hardware", "one-pager", "Fleetrun reads data from Geotab GO devices and other third-party gateways, so you can switch software now and swap hardware when leases end.", tags=["geotab", "samsara", "go9", "hardware compatibility", "byod", "existing devices", "third-party hardware", "lease"])
add("fr-integrations", "Integrations: SAP, Oracle, Workday, Geotab and more", "one-pager", "Prebuilt connectors: SAP S/4HANA and Oracle for cost and assets, Workday for the driver roster (hires, terminations, licence class), Geotab for hardware, plus payroll and TMS systems.", tags=["integrations", "sap", "oracle", "workday", "hris", "driver roster", "geotab", "erp", "payroll"])
add("fr-api", "Developer docs: REST API and webhooks", "link", "API reference, webhooks and sample code for custom integrations.", tags=["api", "webhooks", "developer"])
add("fr-security-overview", "Security at Fleetrun: SOC 2 Type II, ISO 27001, encryption and pen tests", "one-pager", "Our current SOC 2 Type II report (under NDA) and ISO 27001 certificate, encryption at rest and in transit, annual third-party pen tests and disaster recovery.", tags=["security", "soc 2", "iso 27001", "encryption", "pen test", "disaster recovery"])
add("fr-pentest-letter", "Penetration test attestation letter (2026)", "link", "Letter from our independent testing firm summarising the 2026 penetration test of the web app, APIs, driver app and gateways.", tags=["pen test", "penetration test", "attestation", "security"])
add("fr-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ)", "snippet", "Pre-filled SIG Lite and CAIQ answers and how to request our SOC 2 report.", tags=["security questionnaire", "sig", "caiq", "vendor security"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite and CAIQ. Our SOC 2 Type II report and ISO 27001 certificate are available from our trust portal under NDA; reply here and I'll send the NDA.\n\nBest,\n{{rep.name}}")
add("fr-data-residency", "Data residency: hosting in the US, Canada or the EU", "one-pager", "Choose where your fleet's data lives: US, Canada (Montréal and Toronto) or EU (Frankfurt); data stays in region, including backups and support access.", tags=["data residency", "hosting", "canada", "eu", "gdpr", "pipeda", "law 25", "data sovereignty"])
add("fr-gdpr-dpa", "GDPR data processing agreement and subprocessor list", "one-pager", "Our standard DPA under Art. 28 GDPR with the EU Standard Contractual Clauses, and the current list of subprocessors.", tags=["gdpr", "dpa", "data processing agreement", "subprocessors", "scc", "privacy"])
add("fr-works-council", "EU fleets: works councils, driver consent and GDPR for telematics", "one-pager", "What to show a works council: data collected, private-trip mode, purpose limitation, a DPIA template and a model works agreement.", tags=["works council", "gdpr", "dpia", "employee monitoring", "private mode", "eu", "driver privacy"])
add("fr-roi-calculator", "ROI calculator: fuel, idling, accidents and insurance", "link", "Estimate annual savings from less idling and speeding, fewer accidents and claims, lower premiums and less admin time.", tags=["roi", "business case", "savings", "fuel savings", "cost justification", "calculator"])
add("fr-references", "Customer reference program: talk to a Fleetrun customer", "one-pager", "Fleet managers who take reference calls, by industry and fleet size.", tags=["references", "reference call", "customer reference"])
add("fr-support-sla", "Support plans, uptime SLA and hardware warranty", "one-pager", "99.9% uptime commitment with service credits, 24/7 driver support, and lifetime hardware warranty on subscription.", tags=["sla", "uptime", "support", "warranty", "service credits"])
add("fr-obj-existing-gps", "Objection: we already have GPS trackers", "snippet", "Dots on a map are not fleet management: what fleets gain beyond location, and how we can reuse their devices.", tags=["objection", "existing gps", "status quo"],
    body="Hi {{contact.first_name}},\n\nMost fleets we meet already have GPS. What they don't have is fuel, maintenance, safety and compliance in one place. And if your devices are Geotab, we can run on them until the contract ends.\n\n{{rep.name}}")
# German, French and Spanish content (the contract has no language field; the text carries it).
add("fr-de-betriebsrat", "Telematik und Betriebsrat: Muster-Betriebsvereinbarung und Fahrerdatenschutz", "one-pager", "Welche Daten Fleetrun erfasst, Privatfahrten-Modus, Zweckbindung und eine Muster-Betriebsvereinbarung nach § 87 Abs. 1 Nr. 6 BetrVG für die Vorlage beim Betriebsrat.", tags=["betriebsrat", "betriebsvereinbarung", "mitbestimmung", "fahrerdatenschutz", "dsgvo", "deutsch"])
add("fr-de-avv", "Datenschutz: DSGVO, AVV und Hosting in Frankfurt", "one-pager", "Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, Liste der Unterauftragsverarbeiter und Datenhaltung in der EU.", tags=["dsgvo", "avv", "auftragsverarbeitung", "unterauftragsverarbeiter", "datenschutz", "hosting", "deutsch"])
add("fr-fr-presentation", "Présentation de Fleetrun : télématique et gestion de flotte", "one-pager", "Géolocalisation, conformité réglementaire, caméras embarquées, carburant, entretien et recharge des véhicules électriques sur une seule plateforme.", tags=["présentation", "télématique", "gestion de flotte", "géolocalisation", "français"])
add("fr-fr-relance", "E-mail : relance après la démonstration", "email-template", "Relance en français après une démonstration.", tags=["relance", "démo", "français"],
    body="Bonjour {{contact.first_name}},\n\nMerci encore pour votre temps lors de la démonstration. Vous trouverez ci-joint l'enregistrement et les prochaines étapes proposées.\n\nBien cordialement,\n{{rep.name}}")
add("fr-es-resumen", "Fleetrun en resumen: gestión de flotas y telemática", "one-pager", "Localización GPS, cámaras con IA, combustible, mantenimiento y carga de vehículos eléctricos en una sola plataforma.", tags=["resumen", "gestión de flotas", "telemática", "español"])
add("fr-es-caso-exito", "Caso de éxito: Distribuciones Levante redujo el consumo de combustible un 14%", "case-study", "Una distribuidora con 220 furgonetas en España pasó a Fleetrun y redujo el ralentí, los siniestros y el tiempo de planificación de rutas.", tags=["caso de éxito", "distribución", "combustible", "españa", "español"])

# ---------------------------------------------------------------- general, for certain stages
add("fr-cold-email", "Cold email: what is idling costing your fleet?", "email-template", "First touch for fleet and operations leaders.", stages=["prospecting"], tags=["cold email", "outbound"],
    body="Hi {{contact.first_name}},\n\nMost fleets the size of {{company}} burn 10-15% of their fuel standing still. Worth 15 minutes to see where yours goes?\n\n{{rep.name}}")
add("fr-meeting-confirm", "Email: confirm the meeting", "email-template", "Confirms the booked call or demo, who should join and what to prepare.", stages=["discovery"], tags=["meeting", "first call", "demo", "confirmation"],
    body="Hi {{contact.first_name}},\n\nLooking forward to our call. If your fleet and safety leads can join, and you can share roughly how many vehicles and depots you run, we'll make the most of the time.\n\n{{rep.name}}")
add("fr-discovery-agenda", "Discovery call agenda", "snippet", "Fleet size and mix, what runs today, compliance, safety, fuel, and who decides.", stages=["discovery"], tags=["discovery", "agenda", "first call"],
    body="Hi {{contact.first_name}},\n\nProposed agenda: 1) your fleet, depots and drivers, 2) what you use today for tracking, ELD and fuel, 3) safety and compliance priorities, 4) what success looks like and who needs to be involved.\n\n{{rep.name}}")
add("fr-demo-followup", "Follow-up after the demo", "email-template", "Recap, recording and proposed next steps after a demo.", stages=["evaluation"], tags=["demo", "follow-up", "recap"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. Here is the recording and a recap of what we covered. Proposed next step: a 30-day pilot on 10 vehicles.\n\n{{rep.name}}")
add("fr-pilot", "Pilot offer: 30 days on up to 10 vehicles", "one-pager", "Hardware shipped free, self-installed in an afternoon, with agreed success criteria and a readout.", stages=["evaluation"], tags=["pilot", "trial", "proof of concept"])
add("fr-pricing", "Pricing and plans", "one-pager", "Per-vehicle monthly subscription, the dashcam and EV add-ons, hardware options and installation packages.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans", "cost", "per vehicle", "price"])
add("fr-implementation", "Implementation and onboarding: live in 30, 60 or 90 days", "one-pager", "Kickoff, hardware installs, driver rollout and training, integrations and go-live, with who does what.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "timeline", "go-live", "rollout"])
add("fr-discount-reply", "Reply: asking for a better price", "snippet", "Trade price for term, prepayment, a reference or more vehicles.", stages=["proposal", "negotiation"], tags=["discount", "negotiation", "price"],
    body="Hi {{contact.first_name}},\n\nWe can move on price if we can move on the term: a three-year agreement or annual prepayment opens room, and so does agreeing to be a reference.\n\n{{rep.name}}")
add("fr-msa-snippet", "Reply: MSA and DPA redlines, our standard positions", "snippet", "Which terms we usually accept (liability cap, data ownership, termination, DPA) and how to get legal-to-legal time.", stages=["negotiation"], tags=["msa", "dpa", "legal", "redlines", "contract", "limitation of liability"])
add("promo-year-end-2026", "Year-end offer: installation included for orders signed by Dec 31, 2026", "one-pager", "Professional installation at no charge on new annual contracts signed by December 31, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "installation", "discount"], expires="2026-12-31")
add("fr-welcome", "Welcome to Fleetrun", "email-template", "First email after signature: kickoff, your onboarding manager, install scheduling.", stages=["closed-won"], tags=["welcome", "kickoff", "onboarding"],
    body="Hi {{contact.first_name}},\n\nWelcome to Fleetrun! Your onboarding manager will reach out today to book the kickoff and schedule your installs.\n\n{{rep.name}}")
add("fr-training", "Fleetrun Academy: admin, dispatcher and driver training", "link", "Self-paced courses and two-minute driver videos for admins, dispatchers and drivers.", stages=["closed-won", "customer"], tags=["training", "academy", "onboarding", "driver training"])
add("fr-renewal", "Renewal check-in and QBR template", "email-template", "Usage and savings review with renewal options, 90 days before term end.", stages=["customer"], tags=["renewal", "qbr", "business review"],
    body="Hi {{contact.first_name}},\n\nYour Fleetrun term ends in about 90 days. I'd like to walk through what your fleet saved this year and the renewal options before we plan next year.\n\n{{rep.name}}")
add("fr-expansion", "Expansion: more vehicles, dashcams, EV and new regions", "one-pager", "For customers adding vehicles, modules or countries: co-terming, hardware logistics and pricing.", stages=["customer"], tags=["expansion", "upsell", "new regions", "co-term"])

# ---------------------------------------------------------------- competitors
add("fr-bc-trakstar", "Battlecard: Fleetrun vs Trakstar Fleet", "battlecard", "Trakstar's low per-vehicle price hides paid camera storage, a 5-year hardware lease and no EV charging; total cost over three years and where we win.", stages=["evaluation", "proposal", "negotiation"], tags=["trakstar", "trakstar fleet", "competitor", "battlecard", "price"])
add("fr-bc-routeiq", "Battlecard: Fleetrun vs RouteIQ", "battlecard", "RouteIQ is a routing tool with bolt-on tracking: no ELD, no dashcams; how to position a full platform.", stages=["evaluation", "proposal", "negotiation"], tags=["routeiq", "competitor", "battlecard", "routing"])
add("fr-bc-motiva", "Battlecard: Fleetrun vs Motiva", "battlecard", "Motiva's free-hardware offer and 3-year lock-in, its dashcam false-alert rate, and how our AI accuracy and coaching compare.", stages=["evaluation", "proposal", "negotiation"], tags=["motiva", "competitor", "battlecard", "dashcam", "false alerts"])
add("fr-obj-motiva-cheaper", "Objection: Motiva is cheaper and the hardware is free", "snippet", "What the free hardware costs over a 3-year term, and what the price gap buys in accuracy and support.", stages=["evaluation", "proposal", "negotiation"], tags=["motiva", "objection", "price", "cheaper", "free hardware"])

# ---------------------------------------------------------------- per vertical
add("gov-case-study", "Case study: City of Brookfield cut fleet fuel spend 12% across 640 vehicles", "case-study", "A city public works department put refuse trucks, plows and pool cars on Fleetrun and cut idling, fuel and breakdowns.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["city", "public works", "municipal fleet", "case study"], updated="2026-08-12T09:00:00Z")
add("gov-police-case-study", "Case study: Harlan County Sheriff's Office: officer safety and take-home car accountability", "case-study", "A 180-vehicle sheriff's fleet uses Fleetrun for live unit locations, CJIS-aligned data handling and take-home vehicle policy.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["police", "sheriff", "law enforcement", "case study", "cjis"])
add("gov-cjis", "CJIS Security Policy: how Fleetrun protects criminal justice information", "one-pager", "For police and sheriff fleets: CJIS-aligned controls, personnel screening, advanced authentication, audit logging and where CJI never leaves.", verticals=["government"], stages=["evaluation", "proposal", "negotiation"], tags=["cjis", "police", "law enforcement", "sheriff", "criminal justice information", "security"])
add("gov-cjis-addendum", "CJIS Security Addendum, signed by Fleetrun", "snippet", "Our executed FBI CJIS Security Addendum and personnel certification pages, for the agency's CJIS Systems Officer.", verticals=["government"], stages=["proposal", "negotiation"], tags=["cjis", "cjis addendum", "security addendum", "police", "cso"],
    body="Hi {{contact.first_name}},\n\nAttached is the FBI CJIS Security Addendum executed by Fleetrun, with the certification pages for the personnel who support your account. Your CJIS Systems Officer can reach our compliance team directly at any time.\n\n{{rep.name}}")
add("gov-stateramp", "StateRAMP Authorized (Moderate)", "one-pager", "Fleetrun is StateRAMP Authorized at Moderate; how state and local agencies request the security package.", verticals=["government"], stages=["evaluation", "proposal"], tags=["stateramp", "security", "authorization", "state government"])
add("gov-fedramp-status", "FedRAMP status: In Process (Moderate), with agency sponsor", "one-pager", "Where we are on the FedRAMP Moderate path, our sponsor, expected timing, and what federal agencies can rely on until authorization (StateRAMP, SOC 2, ISO 27001).", verticals=["government"], stages=["evaluation", "proposal"], tags=["fedramp", "in process", "federal", "ato", "security"])
add("gov-coop-contracts", "Buying Fleetrun through cooperative contracts: Sourcewell, NASPO ValuePoint, OMNIA Partners", "one-pager", "Current contract numbers and how agencies and school districts buy without running their own bid.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "sourcewell", "naspo", "omnia", "procurement", "piggyback", "contract vehicle"])
add("gov-pricing", "Public sector pricing: cities, counties and state agencies", "one-pager", "Per-vehicle government rates, multi-year budgeting options and fiscal-year billing.", verticals=["government"], stages=["proposal", "negotiation"], tags=["pricing", "public sector", "government pricing", "budget"])
add("gov-rfp-kit", "RFP response kit for public agencies", "deck", "Public-sector RFP answers, compliance matrix, insurance certificates and references.", verticals=["government"], stages=["proposal"], tags=["rfp", "public sector", "bid", "compliance matrix"])
add("edu-student-transport", "Student transportation: live bus tracking, parent app and ridership", "one-pager", "School-bus GPS, a parent app with live bus location and arrival alerts, student ridership by card scan, and driver inspections.", verticals=["education"], tags=["school bus", "student transportation", "parent app", "ridership", "k-12", "bus tracking"])
add("edu-ferpa", "Student data privacy: FERPA and state data privacy agreements", "one-pager", "How Fleetrun handles student ridership data under FERPA, and our signed state and national student data privacy agreements (NDPA).", verticals=["education"], stages=["evaluation", "proposal", "negotiation"], tags=["ferpa", "student data privacy", "ndpa", "sdpa", "data privacy agreement", "k-12"])
add("edu-case-study", "Case study: Pine Valley School District tracks 180 buses and ends the 'where's the bus' calls", "case-study", "A district of 14,000 students gave parents live bus locations and cut transport office calls by 70%.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["school district", "school bus", "case study", "k-12"])
add("edu-pricing", "Education pricing for school districts and universities", "one-pager", "Discounted per-vehicle rates for school buses and district white fleets, and for campus fleets.", verticals=["education"], stages=["proposal", "negotiation"], tags=["education pricing", "pricing", "school district", "k-12", "discount"])
add("edu-clean-school-bus", "Electric school buses: EPA Clean School Bus awards and charging", "one-pager", "For districts with Clean School Bus awards: charging schedules at the bus garage, state of charge before routes, and reporting for the grant.", verticals=["education"], tags=["electric school bus", "clean school bus", "epa", "ev", "charging", "grant"])
add("hc-nemt", "Non-emergency medical transport (NEMT): trip verification and broker reporting", "one-pager", "GPS-verified pickups and drop-offs, signature and timestamp capture, and trip logs formatted for Medicaid brokers' audits.", verticals=["healthcare"], tags=["nemt", "non-emergency medical transport", "medicaid", "broker", "trip verification", "wheelchair vans"])
add("hc-hipaa-baa", "HIPAA and our Business Associate Agreement", "one-pager", "How Fleetrun safeguards patient names and addresses in trips and the driver app, and our standard BAA for covered entities and their transport providers.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["hipaa", "baa", "business associate agreement", "phi", "patient data"])
add("hc-case-study", "Case study: MedRide Transit cut Medicaid broker clawbacks by 90%", "case-study", "A 140-vehicle NEMT provider replaced paper trip sheets with GPS-verified trips and passed every broker audit.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["nemt", "case study", "medical transport", "medicaid"])
add("np-pricing", "Nonprofit pricing: 25% off for 501(c)(3)s and charities", "one-pager", "25% off per-vehicle subscriptions for registered nonprofits, including meals-on-wheels and food bank fleets.", verticals=["nonprofit"], stages=["proposal", "negotiation"], tags=["nonprofit", "pricing", "discount", "501(c)(3)", "charity", "meals on wheels"])
add("np-grants", "Fleetrun Drives Good: hardware grants for nonprofit fleets (2027 cycle)", "one-pager", "Grants covering gateways and installation for nonprofits with budgets under $10M; 2027 applications open.", verticals=["nonprofit"], tags=["nonprofit", "grant", "drives good", "free hardware", "sponsorship"], expires="2027-06-30")
add("np-case-study", "Case study: Eastside Meals on Wheels delivers to 900 seniors a day with 18 vans", "case-study", "Route optimisation and live tracking cut drive time 22% and let volunteers see their routes on their phones.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["nonprofit", "meals on wheels", "case study", "volunteers"])
add("fin-case-study", "Case study: Granite Mutual Insurance cut claims-adjuster vehicle accidents 31%", "case-study", "An insurer's 1,100 field-adjuster vehicles on Fleetrun safety scores and coaching, tied to adjusters' reviews.", verticals=["financial-services"], stages=["evaluation", "proposal"], tags=["insurance", "insurer", "claims adjusters", "case study", "safety"])
add("fin-vendor-risk", "Reply: third-party vendor due diligence package", "snippet", "For banks and insurers: SOC 2 report, business continuity plan, insurance certificates and financials.", verticals=["financial-services"], stages=["evaluation", "proposal", "negotiation"], tags=["vendor risk", "due diligence", "third-party risk", "tprm", "bcp"],
    body="Hi {{contact.first_name}},\n\nAttached is our vendor due diligence package: SOC 2 Type II report (under NDA), business continuity and disaster recovery summary, and certificates of cyber and general liability insurance.\n\n{{rep.name}}")
add("ent-global-rollout", "Global rollout playbook: phased by region, one platform", "deck", "How multinational fleets roll out across countries: regional hosting, local hardware and installers, works councils, languages and a central programme office.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation", "customer"], tags=["global rollout", "international", "multi-country", "eu", "programme"])
add("ent-sso-scim", "Enterprise identity: SAML SSO, SCIM provisioning and regional roles", "one-pager", "SAML 2.0 SSO with Okta, Entra ID and Ping, SCIM user provisioning and deprovisioning, and role-based access by region.", verticals=["enterprise"], tags=["sso", "saml", "scim", "okta", "entra id", "provisioning"])
add("ent-security-pack", "Enterprise security review package", "one-pager", "SOC 2 report, ISO 27001 certificate, pen test summary, SSO, data residency and architecture for enterprise security reviews.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security review", "enterprise", "pen test", "architecture"])
add("ent-case-study", "Case study: Nordhavn Logistics runs 9,000 vehicles in 14 countries on Fleetrun", "case-study", "A global logistics group consolidated five telematics vendors, with EU hosting and SAP integration.", verticals=["enterprise"], stages=["evaluation", "proposal"], tags=["logistics", "global", "case study", "multi-country"])
add("mm-case-study", "Case study: Keystone Regional Freight: 310 trucks, 14% less fuel, clean DOT audit", "case-study", "A regional carrier cut idling and fuel, automated IFTA and passed its DOT compliance review with zero HOS violations.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["trucking", "carrier", "fuel", "case study", "dot audit"], updated="2026-07-20T09:00:00Z")
add("smb-starter", "Starter plan: up to 25 vehicles, month to month", "one-pager", "GPS, ELD and maintenance for small fleets, month-to-month billing and self-install hardware.", verticals=["smb"], stages=["evaluation", "proposal"], tags=["starter", "pricing", "small business", "month to month", "no contract"])
add("smb-self-install-video", "Video: self-install a Fleetrun gateway in 5 minutes", "video", "Plug in, mount and pair a gateway without an installer.", verticals=["smb"], tags=["self-install", "installation", "video", "gateway"])
add("smb-case-study", "Case study: Ortiz Landscaping stopped after-hours truck use in a week", "case-study", "A 14-truck landscaping company on GPS alerts and the driver app.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["landscaping", "small business", "case study", "after-hours use"])

# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-routeiq", "Battlecard: Fleetrun vs RouteIQ (2027 refresh, DRAFT)", "battlecard", "Updated positioning against RouteIQ's new telematics bundle.", stages=["evaluation", "proposal", "negotiation"], tags=["routeiq", "competitor", "battlecard"], status="draft")
add("draft-fedramp-authorized", "Fleetrun is FedRAMP Moderate Authorized", "one-pager", "Announcement and package request for our FedRAMP Moderate authorization.", verticals=["government"], tags=["fedramp", "authorized", "federal", "security"], status="draft")
add("draft-dashcam-privacy-v2", "Dashcam privacy FAQ v2 (DRAFT, in legal review)", "one-pager", "Rewritten privacy FAQ for driver-facing cameras, unions and works councils.", tags=["privacy", "dashcam", "driver-facing camera", "union"], status="draft")
add("retired-bc-motiva", "Battlecard: Fleetrun vs Motiva", "battlecard", "Motiva positioning (2024).", stages=["evaluation", "proposal", "negotiation"], tags=["motiva", "competitor", "battlecard"], status="retired", updated=OLD)
add("retired-pricing-2025", "Pricing and plans (2025)", "one-pager", "Per-vehicle pricing and plans for 2025.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans"], status="retired", updated="2025-01-10T09:00:00Z")
add("retired-gov-case-study-2024", "Case study: City of Brookfield (2024): first 200 vehicles", "case-study", "First version of the City of Brookfield story.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["city", "public works", "case study"], status="retired", updated=OLD)
add("retired-hc-baa-2023", "HIPAA Business Associate Agreement (2023 template)", "one-pager", "Our BAA template.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["hipaa", "baa", "business associate agreement"], status="retired", updated=OLD)
add("retired-eld-2019", "The ELD mandate: moving from AOBRDs to ELDs by Dec 2019", "one-pager", "How to switch your AOBRDs to a compliant ELD before the deadline.", tags=["eld", "aobrd", "fmcsa", "hours of service", "compliance"], status="retired", updated="2019-06-01T09:00:00Z")
add("promo-q3-2026", "Q3 offer: free dashcam hardware", "one-pager", "Free dashcam kits on annual plans signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "discount", "dashcam", "free hardware"], expires="2026-09-30")
add("gov-sourcewell-2022", "Sourcewell contract #020422-FLR: how to buy", "one-pager", "Buying Fleetrun through our 2022 Sourcewell contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["sourcewell", "cooperative contract", "procurement"], expires="2026-06-30", updated="2022-03-01T09:00:00Z")
add("np-grants-2025", "Fleetrun Drives Good: 2025 grant cycle", "one-pager", "Hardware grants for nonprofit fleets; 2025 applications.", verticals=["nonprofit"], tags=["nonprofit", "grant", "drives good"], expires="2025-12-31", updated="2025-01-15T09:00:00Z")
add("fr-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "security", "audit report"], expires="2026-03-31", updated="2025-04-01T09:00:00Z")
add("webinar-ifta-oct-2026", "Webinar: stop dreading IFTA season (Oct 14, 2026)", "link", "Registration for the live webinar on automating IFTA reporting.", tags=["webinar", "ifta", "fuel tax", "event"], expires="2026-10-14")
add("fr-ev-credit-45w", "Commercial EV tax credit (45W): up to $40,000 per vehicle", "one-pager", "How fleets claim the federal commercial clean vehicle credit for EVs placed in service before September 30, 2025.", tags=["ev", "electric vehicles", "tax credit", "45w", "incentives"], expires="2025-09-30", updated="2024-11-01T09:00:00Z")


# ---------------------------------------------------------------- cases
CASES = []
VERTICAL = {}  # the prospect's vertical as the labeller judges it (not written out; used by the checks)


def case(id, kind, note, context, relevant, query=None, forbidden=(), vertical=None):
    CASES.append({"case": id, "note": f"{kind}: {note}", "context": context, "query": query, "relevant": relevant, "forbidden": list(forbidden)})
    VERTICAL[id] = vertical


def crm(source, company, raw_stage, raw_industry, text, **extra):
    c = {"source": source, "company": company, "vertical": None, "stage": None, "raw": {"stage": raw_stage, "industry": raw_industry}, "text": text}
    c.update(extra)
    return c


CASE_STUDIES = {"government": ["gov-case-study", "gov-police-case-study"], "education": ["edu-case-study"], "healthcare": ["hc-case-study"],
                "nonprofit": ["np-case-study"], "financial-services": ["fin-case-study"], "enterprise": ["ent-case-study"],
                "mid-market": ["mm-case-study"], "smb": ["smb-case-study"]}


def other_case_studies(*mine):
    """Case studies restricted to another vertical: never shown when the prospect's own vertical has one."""
    return [cs for v, css in CASE_STUDIES.items() if v not in mine for cs in css]


DANA = "Dana Whitaker\nSenior Account Executive, State & Local Government | Fleetrun\ndana.whitaker@fleetrun.example | +1 (614) 555-0142\nFleetrun: every vehicle, every mile, one platform"
MILES = "Miles Okonkwo | Account Executive, Commercial Fleets | Fleetrun\nmiles.okonkwo@fleetrun.example | +1 (303) 555-0187"
LENA = "Lena Vogel | Account Executive DACH | Fleetrun GmbH\nlena.vogel@fleetrun.example | +49 40 555 3120"
CLAIRE = "Claire Dubois | Directrice de comptes, France & Québec | Fleetrun\nclaire.dubois@fleetrun.example | +1 (514) 555-0139"
SOFIA = "Sofía Herrera | Account Executive, LatAm & Caribbean | Fleetrun\nsofia.herrera@fleetrun.example | +1 (787) 555-0120"

# ---- thread (14)
case("g01", "thread", "city fleet must buy off a cooperative contract (Sourcewell or NASPO) to avoid a formal bid; Outlook -----Original Message----- chain holds the pilot recap",
     mail("rcastellanos@millbrook.in.gov", "Roberta Castellanos", "RE: Fleetrun pilot results",
          "Dana,\n\nGood news and a wrinkle. Fleet Services wants to move forward with Fleetrun for all 412 city vehicles (including the 38 refuse trucks). The wrinkle is Purchasing: anything over $100K has to go out to formal bid unless we buy off an existing cooperative contract. Gerald in Purchasing says Sourcewell or NASPO ValuePoint would work for us. Are you on either one? If so, please send the contract number and whatever we need to piggyback on it, so I can get this on the January council agenda.\n\nThanks,\nRoberta\n\nRoberta Castellanos, CPFP\nFleet Services Manager\nCity of Millbrook | Department of Public Works\n225 Civic Center Dr., Millbrook, IN 46060\nO: (317) 555-0124 | M: (317) 555-0166\n\"Building a better Millbrook, together\"\n\nThis message and any reply may be subject to disclosure under the Indiana Access to Public Records Act.\n\n"
          "-----Original Message-----\nFrom: Dana Whitaker <dana.whitaker@fleetrun.example>\nSent: Wednesday, November 18, 2026 2:47 PM\nTo: Castellanos, Roberta <rcastellanos@millbrook.in.gov>\nCc: Pham, Kevin <kpham@millbrook.in.gov>\nSubject: RE: Fleetrun pilot results\n\nHi Roberta,\n\nThanks for sharing the pilot numbers with the team. A quick recap for Kevin:\n- Idle time on the 20 pilot vehicles dropped 31% in six weeks.\n- Two refuse trucks threw engine fault codes that we caught before they broke down on route.\n- The quote for the full fleet (412 vehicles, dashcams on the 38 refuse trucks) is attached.\n\n" + DANA + "\n\n"
          "-----Original Message-----\nFrom: Castellanos, Roberta <rcastellanos@millbrook.in.gov>\nSent: Monday, November 16, 2026 9:03 AM\nTo: Dana Whitaker <dana.whitaker@fleetrun.example>\nSubject: Fleetrun pilot results\n\nDana - the pilot report is attached. Kevin (our assistant director) would like a short recap before he signs off on going to the full fleet.",
          source="outlook", company="City of Millbrook", stage="proposal"),
     {"gov-coop-contracts": 3, "gov-rfp-kit": 1, "gov-pricing": 1}, forbidden=["gov-sourcewell-2022", "retired-gov-case-study-2024"], vertical="government")

case("g02", "thread", "top-posted reply above a long chain about fuel cards and installs: the safety director needs to know the ELD is FMCSA-registered and works at roadside inspections",
     mail("treinholt@prairiestartransport.com", "Tom Reinholt", "Re: Fleetrun for Prairie Star - next steps",
          "Looping in Priya Shah, our Director of Safety & Compliance. She has the final say on anything ELD.\n\nPriya's question, which I should have asked weeks ago: is the Fleetrun ELD on FMCSA's registered list, and how does a roadside inspection actually work with it? Two of our drivers got written up at a scale house in Kansas last year because the old tablets couldn't transfer the logs to the officer. We can't have that happen again.\n\nTom\n\nTom Reinholt | VP Operations | Prairie Star Transport, Inc.\n186 power units | 240 trailers | Hastings, NE\nUSDOT 1289034\n\n"
          "On Thu, Nov 19, 2026 at 4:10 PM Miles Okonkwo <miles.okonkwo@fleetrun.example> wrote:\n"
          + quote("Tom,\n\nOn the owners' questions:\n1. Fuel cards: yes. Every purchase is matched to the truck's location and tank size, so a fill-up into a personal pickup gets flagged the same day.\n2. Install: our installers do 25-30 trucks a day in your yard, nights if you want, so nobody loses a dispatch.\n3. Fuel purchases feed the IFTA report automatically.\n\n" + MILES + "\n\nOn Tue, Nov 17, 2026 at 8:22 AM Tom Reinholt <treinholt@prairiestartransport.com> wrote:")
          + "\n" + quote("Thanks Miles. The owners had a few more: can the fuel card tell us when somebody fuels a personal vehicle? And what does install look like for 186 trucks, do we lose them off the road for a day? Also does the fuel data go into IFTA or is that separate?\n\nOn Mon, Nov 16, 2026 at 5:45 PM Miles Okonkwo <miles.okonkwo@fleetrun.example> wrote:", 2)
          + "\n" + quote("Great demo today, Tom. Pricing for 186 units with the fuel card program is attached. Talk Thursday.\nMiles", 3),
          company="Prairie Star Transport", stage="evaluation"),
     {"fr-eld-compliance": 3, "fr-driver-app": 1}, forbidden=["retired-eld-2019"], vertical="mid-market")

case("g03", "thread", "HR colleague replies all with a different question than the fleet superintendent's (answered) EV ask: Workday sync of the driver roster",
     mail("dford@cascadevalleyelectric.coop", "Denise Ford", "RE: EV charging for the line trucks",
          "Hi all - jumping in on Mark's thread with a separate question from HR, since we'd own the driver roster. We run Workday HCM. Can Fleetrun pull driver records (new hires, terminations, CDL class) from Workday automatically? With our current tracker someone in fleet keys every new hire by hand, and terminated drivers keep their key fob for weeks.\n\nThanks,\nDenise\n\nDenise Ford, SHRM-CP\nHRIS Manager | Human Resources\nCascade Valley Electric Cooperative\n\"Owned by the members we serve\"\n\n"
          "From: Mark Ellison <mellison@cascadevalleyelectric.coop>\nSent: Thursday, November 19, 2026 11:20 AM\nTo: Miles Okonkwo <miles.okonkwo@fleetrun.example>\nCc: Denise Ford <dford@cascadevalleyelectric.coop>; Alan Brooks <abrooks@cascadevalleyelectric.coop>\nSubject: RE: EV charging for the line trucks\n\nMiles, thanks for the EV charging overview, that answers it for the 30 pickups we're electrifying next year. The bucket trucks we'll revisit in 2028.\n\nMark Ellison | Fleet Superintendent | Cascade Valley Electric Cooperative\n\n"
          "From: Miles Okonkwo <miles.okonkwo@fleetrun.example>\nSent: Tuesday, November 17, 2026 3:02 PM\nTo: Mark Ellison <mellison@cascadevalleyelectric.coop>\nSubject: RE: EV charging for the line trucks\n\nMark, attached is our EV charging management overview: depot charging schedules, state of charge before each shift, and demand-charge limits for your Yakima yard.\n\n" + MILES,
          source="outlook", company="Cascade Valley Electric Cooperative", stage="evaluation"),
     {"fr-integrations": 3, "fr-api": 1}, forbidden=["fr-ev-credit-45w"])

case("g04", "thread", "German fleet lead replies in German above English history: the works council must approve; wants German material / a model works agreement and off-duty tracking off",
     mail("jan.petersen@nordline-logistics.de", "Jan Petersen", "AW: Nordline EU rollout - next steps",
          "Hallo Frau Vogel, hallo Mr. Okonkwo,\n\nwie in der Telefonkonferenz angekündigt, übernehme ich ab jetzt für die deutschen Standorte. Bevor wir die 640 Fahrzeuge in Hamburg, Bremen und Duisburg anbinden können, muss unser Betriebsrat zustimmen (§ 87 Abs. 1 Nr. 6 BetrVG). Der Betriebsrat fragt konkret:\n- Welche Fahrerdaten werden erfasst, und lässt sich die Ortung in den Pausen und nach Feierabend abschalten?\n- Gibt es einen Entwurf für eine Betriebsvereinbarung oder Unterlagen auf Deutsch, die wir dem Gremium vorlegen können?\n\nDie nächste Sitzung ist am 10. Dezember.\n\nMit freundlichen Grüßen\n\nJan Petersen\nLeiter Fuhrparkmanagement Deutschland\nNordline Logistics GmbH | Ein Unternehmen der Nordline Group\nAm Sandtorkai 12, 20457 Hamburg\nTel. +49 40 555 7810\n\nNordline Logistics GmbH | Sitz: Hamburg | Amtsgericht Hamburg HRB 118842 | Geschäftsführer: Dr. Ulrike Sommer, Frank Meißner\n\nDiese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. / This e-mail contains confidential information. If you are not the intended recipient, please notify the sender immediately and destroy this e-mail.\n\n"
          "---\nFrom: Miles Okonkwo <miles.okonkwo@fleetrun.example>\nSent: Friday, November 20, 2026 6:15 PM\nTo: Karen Whitfield <kwhitfield@nordlinegroup.com>\nCc: Lena Vogel <lena.vogel@fleetrun.example>; Jan Petersen <jan.petersen@nordline-logistics.de>\nSubject: RE: Nordline EU rollout - next steps\n\nKaren,\n\nGreat to hear the US pilot went well and that Germany is next. I'm copying Lena Vogel, who leads our DACH team and will be Jan's contact. As discussed, German data will be hosted in Frankfurt.\n\n" + MILES + "\n\n"
          "On Thu, Nov 19, 2026, Karen Whitfield <kwhitfield@nordlinegroup.com> wrote:\n> Miles, the US pilot results are in and the exec team wants Germany in phase 2. I'll introduce Jan Petersen, who runs the German fleet.",
          source="outlook", company="Nordline Logistics GmbH", vertical="enterprise", stage="evaluation"),
     {"fr-de-betriebsrat": 3, "fr-works-council": 2, "fr-gdpr-dpa": 1}, forbidden=["draft-dashcam-privacy-v2"], vertical="enterprise")

case("g05", "thread", "one-line mobile bump from a meals-on-wheels nonprofit; the actual ask (nonprofit pricing and a grant for the hardware) is in her own quoted previous message",
     mail("ralvarez@mowgreatervalley.org", "Ruth Alvarez", "Re: Fleetrun demo recording",
          "Any update on this? Board votes on the budget Thursday 12/3 and I'd like to bring numbers.\n\nSent from my iPhone\n\n"
          "> On Nov 18, 2026, at 3:52 PM, Ruth Alvarez <ralvarez@mowgreatervalley.org> wrote:\n>\n"
          + quote("Hi Miles,\n\nThanks again for the demo and the recording. The board liked seeing the routes on the map and the drivers' ETAs. Two things before they'll vote: do you have pricing for nonprofits? We're a 501(c)(3) running 22 delivery vans (meals on wheels, about 1,100 seniors a day). And is there any grant or sponsorship program that could cover the hardware? Most of our money comes from county contracts and donations.\n\nRuth Alvarez\nOperations Director | Meals on Wheels of Greater Valley\n\"No senior hungry. No senior alone.\"\n(559) 555-0181\n\nOn Nov 17, 2026, at 11:08 AM, Miles Okonkwo <miles.okonkwo@fleetrun.example> wrote:")
          + "\n" + quote("Hi Ruth, great to meet you and the team. The demo recording is here, along with the route optimisation summary for your 22 vans.\nMiles", 2),
          company="Meals on Wheels of Greater Valley", stage="proposal"),
     {"np-pricing": 3, "np-grants": 3, "np-case-study": 1},
     forbidden=["np-grants-2025", "retired-pricing-2025", "promo-q3-2026", "edu-pricing", "gov-pricing"], vertical="nonprofit")

case("g06", "thread", "mail about demo logistics; the real ask is a P.S.: do dashcams actually lower insurance premiums, with numbers",
     mail("cmedina@summitridgebuilders.com", "Carlos Medina", "Re: Fleetrun demo for the Summit Ridge team",
          "Hi Miles,\n\nTuesday 12/1 at 10 MT works for the demo. I'll have our fleet coordinator (Jess) and two of the superintendents on. We'll be in the Englewood yard office, so please send a Teams link, our IT blocks Zoom. Should we plan on an hour?\n\nThanks,\nCarlos\n\nCarlos Medina\nEquipment & Fleet Manager\nSummit Ridge Builders, Inc.\n\"Building the Front Range since 1987\"\n7400 S Santa Fe Dr, Englewood, CO 80120 | (303) 555-0175\n\nP.S. Our insurance broker keeps asking whether cameras actually bring premiums down or just create more evidence against us. Do you have anything with real numbers from other contractors? Our renewal is in February and we're paying $1.9M a year for 140 vehicles.\n\n"
          "---\nOn Fri, Nov 20, 2026 at 9:14 AM Miles Okonkwo <miles.okonkwo@fleetrun.example> wrote:\n> Hi Carlos, thanks for the call yesterday. Would Tuesday 12/1 or Wednesday 12/2 work for a demo with your team? I'll show GPS, the AI dashcams and the maintenance schedules for your heavy equipment.\n> Miles",
          company="Summit Ridge Builders", stage="discovery"),
     {"fr-insurance-savings": 3, "fr-roi-calculator": 2, "fr-dashcam-ai": 1, "fr-meeting-confirm": 1}, vertical="mid-market")

case("g07", "thread", "Quebec carrier's general counsel needs written confirmation that Canadian data stays in Canada (Law 25); long bilingual signature, tagline and disclaimers",
     mail("magagnon@transportslaurentides.ca", "Marc-André Gagnon", "RE: Fleetrun order form - Transports Laurentides",
          "Good afternoon Claire,\n\nOur General Counsel reviewed the draft order form yesterday. Before she signs off she needs written confirmation that the GPS, camera and driver data for our Canadian operations will be hosted in Canada and not transferred to the U.S., given Quebec's Law 25 and our own privacy policy. Could you send whatever documentation you have on this?\n\nBest regards / Cordialement,\n\nMarc-André Gagnon, ing., MBA\nDirecteur principal, Opérations de flotte et Sécurité routière | Senior Director, Fleet Operations & Road Safety\nTransports Laurentides Inc.\nMontréal (QC) | Laval (QC) | Ottawa (ON)\nT. 514 555-0148 | C. 514 555-0193\n« Livrer la confiance, kilomètre après kilomètre » / \"Delivering trust, mile after mile\"\n\nAVIS DE CONFIDENTIALITÉ : Ce courriel et les pièces jointes sont confidentiels et destinés uniquement au destinataire. Si vous l'avez reçu par erreur, veuillez en aviser l'expéditeur et le supprimer.\nCONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and intended only for the addressee. If you received it in error, please notify the sender and delete it.\n\n"
          "---\nFrom: Claire Dubois <claire.dubois@fleetrun.example>\nSent: Tuesday, November 17, 2026 4:31 PM\nTo: Gagnon, Marc-André\nSubject: Fleetrun order form - Transports Laurentides\n\nMarc-André,\n\nAttached is the order form for 260 units with dual-facing dashcams, plus the setup notes for your drivers' Canadian ELD cycle rules. Let me know what legal needs.\n\n" + CLAIRE,
          source="outlook", company="Transports Laurentides Inc.", stage="negotiation"),
     {"fr-data-residency": 3, "fr-security-overview": 1}, forbidden=["fr-soc2-2025"], vertical="mid-market")

case("g08", "thread", "negotiation: Trakstar Fleet is evaluated now and 25% cheaper; RouteIQ was used in the past and explicitly dropped",
     mail("dkowalski@lakeshoredist.com", "Derek Kowalski", "Re: Fleetrun proposal - Lakeshore Distribution",
          "Miles,\n\nStraight answer time. Trakstar Fleet came in this week at $27 per vehicle per month on a 3-year term with the dashcams included, against your $34. My CFO likes their number. I like your product better, but I need to explain why we'd pay about 25% more. And to be clear, we are not going back to RouteIQ: we ran it from 2021 to 2024 and the support is why we left, so no need for that comparison.\n\nWhat can you give me by Friday?\n\nDerek\n\nDerek Kowalski\nDirector of Transportation | Lakeshore Distribution Co.\n230 vehicles | Milwaukee - Chicago - Grand Rapids\n\n"
          "---\nOn Mon, Nov 16, 2026 at 1:30 PM Miles Okonkwo <miles.okonkwo@fleetrun.example> wrote:\n> Derek, attached is our proposal for 230 vehicles with GPS, fuel cards and dashcams on the 90 box trucks, on a 3-year term.\n> " + MILES.replace("\n", "\n> "),
          company="Lakeshore Distribution Co.", stage="negotiation"),
     {"fr-bc-trakstar": 3, "fr-roi-calculator": 2, "fr-discount-reply": 1, "promo-year-end-2026": 1},
     forbidden=["draft-bc-routeiq", "retired-pricing-2025", "promo-q3-2026"], vertical="mid-market")

case("g09", "thread", "a problem, not a request: the drivers' union (Teamsters) pushes back on inward-facing cameras",
     mail("gmarsh@northstarbev.com", "Greg Marsh", "RE: Dashcam rollout plan",
          "Miles,\n\nAn update from our side, and not a great one. We presented the dashcam plan to the shop stewards yesterday and Teamsters Local 117 is pushing back hard on the inward-facing cameras. Their position is that the footage will be used to nitpick drivers, and nobody has told them who watches it or how long it's kept. The business agent told our VP they'll file a grievance if we install them without bargaining it first.\n\nThe road-facing side isn't the issue. It's the lens pointed at the driver.\n\nGreg\n\nGreg Marsh | Safety & Fleet Manager | Northstar Beverage Distributors\n240 trucks | Tacoma, WA\n\n"
          "-----Original Message-----\nFrom: Miles Okonkwo <miles.okonkwo@fleetrun.example>\nSent: Wednesday, November 18, 2026 10:40 AM\nTo: Marsh, Greg\nSubject: Dashcam rollout plan\n\nGreg, here's the rollout plan we discussed: 60 trucks in the first wave, installs on Saturdays at the Tacoma yard, coaching turned on after two weeks of baseline.\n\n" + MILES,
          source="outlook", company="Northstar Beverage Distributors", stage="evaluation"),
     {"fr-union-faq": 3, "fr-dashcam-privacy": 3, "fr-driver-coaching": 1}, forbidden=["draft-dashcam-privacy-v2"], vertical="mid-market")

case("g10", "thread", "ask full of numbers and product names: reuse 85 Geotab GO9s until the lease ends, and manage charging for 40 Ford E-Transits on ChargePoint chargers",
     mail("aramirez@valleyproduce.com", "Ana Ramirez", "Geotab + E-Transit questions",
          "Hi Miles,\n\nHere's where we are. We have 85 Freightliner Cascadias with Geotab GO9 devices hard-wired in, on a lease that runs to March 2027. We also take delivery of 40 Ford E-Transit vans in Q2, and we're installing 12 Level 2 chargers (ChargePoint CP6000) at our Fresno and Bakersfield depots. Two questions:\n1) Can Fleetrun read the data from the GO9s so we don't rip and replace 85 devices before the lease is up?\n2) Can you schedule and monitor charging on the E-Transits so they're at 100% by 5 a.m. without blowing through our PG&E demand charges?\n\nAna Ramirez\nFleet Operations Manager | Valley Fresh Produce\n\n---\nOn Wed, Nov 18, 2026, Miles Okonkwo <miles.okonkwo@fleetrun.example> wrote:\n> Ana, thanks for the intro call. As promised, our platform overview is attached. Happy to go deeper on hardware and EVs whenever you're ready.\n> Miles",
          company="Valley Fresh Produce", stage="discovery"),
     {"fr-hardware-compat": 3, "fr-ev-charging": 3, "fr-hardware-install": 1}, forbidden=["fr-ev-credit-45w"], vertical="mid-market")

case("g11", "thread", "Quebec school service centre replies in French above English history: wants a French presentation for management and asks for a parent bus-tracking app",
     mail("s.tremblay@csshr.gouv.qc.ca", "Sylvie Tremblay", "RE: Fleetrun demo - school buses",
          "Bonjour Claire,\n\nMerci pour la démonstration de mardi, l'équipe du transport a beaucoup aimé. Notre direction générale travaille en français : auriez-vous une présentation de Fleetrun en français que je pourrais lui transmettre? Aussi, plusieurs parents nous demandent depuis longtemps de savoir en temps réel où se trouve l'autobus de leur enfant. Est-ce que votre solution offre une application pour les parents?\n\nMerci et bonne journée,\n\nSylvie Tremblay\nCoordonnatrice du transport scolaire\nCentre de services scolaire des Hautes-Rivières\n210, rue Notre-Dame, Saint-Jean-sur-Richelieu (Québec)\n450 555-0127\n\n"
          "---\nOn Tue, Nov 17, 2026 at 3:45 PM Claire Dubois <claire.dubois@fleetrun.example> wrote:\n> Hi Sylvie,\n> Thank you for your time today. The recording of the demo is attached, along with the GPS specifications for your 140 contracted buses. Happy to answer any questions.\n> " + CLAIRE.replace("\n", "\n> "),
          company="Centre de services scolaire des Hautes-Rivières", stage="evaluation"),
     {"fr-fr-presentation": 3, "edu-student-transport": 3, "edu-case-study": 1}, vertical="education")

case("g12", "thread", "Puerto Rico NEMT provider's compliance director writes in Spanish above English history: legal needs the HIPAA BAA before the pilot",
     mail("mrivera@tmborinquen.com", "Marisol Rivera", "RE: Fleetrun pilot proposal",
          "Hola Sofía:\n\nGracias por enviar la propuesta. Nuestro departamento legal revisó el piloto de 30 días con 15 vehículos y no puede aprobarlo sin un Business Associate Agreement (BAA) firmado, porque los conductores ven nombres y direcciones de pacientes en la aplicación. ¿Nos pueden enviar su BAA y una explicación de cómo protegen esa información?\n\nSaludos cordiales,\n\nLcda. Marisol Rivera, CHC\nDirectora de Cumplimiento y Privacidad\nTransporte Médico Borinquen, LLC\nCalle Loíza 1750, San Juan, PR 00911 | Tel. (787) 555-0164\n\nAVISO DE CONFIDENCIALIDAD: Este mensaje puede contener información de salud protegida (PHI). Si lo recibió por error, notifique al remitente y elimínelo.\nCONFIDENTIALITY NOTICE: This message may contain protected health information (PHI). If you received it in error, please notify the sender and delete it.\n\n"
          "---\nFrom: Sofía Herrera <sofia.herrera@fleetrun.example>\nSent: Thursday, November 19, 2026 5:05 PM\nTo: Rivera, Marisol\nSubject: Fleetrun pilot proposal\n\nMarisol, attached is the pilot proposal for 15 wheelchair vans: GPS-verified pickups and drop-offs and the driver app with the trip manifest.\n\n" + SOFIA,
          source="outlook", company="Transporte Médico Borinquen", stage="evaluation"),
     {"hc-hipaa-baa": 3, "fr-security-overview": 2, "hc-nemt": 1}, forbidden=["retired-hc-baa-2023"], vertical="healthcare")

case("g13", "thread", "small trucking owner: IFTA by state automatically, with fuel purchases; rep typed 'ifta report'",
     mail("bobby@harlanandsons.com", "Bobby Harlan", "RE: Fleetrun for Harlan & Sons",
          "Miles - got your voicemail. Honestly the GPS is nice to have. What would actually sell me is IFTA. We've got 11 trucks running 14 states and my wife spends most of a week every quarter adding up miles from the drivers' paper trip sheets. Q4 is due January 31. Does your system give me the miles by state automatically, and can it pull in the fuel purchases too?\n\nBobby Harlan\nOwner, Harlan & Sons Trucking LLC\nUSDOT 2874415 | MC 948120\n\n"
          "From: Miles Okonkwo <miles.okonkwo@fleetrun.example>\nSent: Friday, November 20, 2026 10:02 AM\nTo: Bobby Harlan <bobby@harlanandsons.com>\nSubject: Fleetrun for Harlan & Sons\n\nHi Bobby,\n\nSaw you added three trucks this year, congrats. Fleetrun gives small carriers live GPS and ELD in one app. Worth 15 minutes next week?\n\n" + MILES,
          source="outlook", company="Harlan & Sons Trucking", stage="discovery"),
     {"fr-ifta": 3, "fr-fuel-cards": 2, "smb-starter": 1}, query="ifta report", forbidden=["webinar-ifta-oct-2026"], vertical="smb")

case("g14", "thread", "federal land agency's fleet lead: the ISSO requires FedRAMP; what is Fleetrun's status (it is In Process, not Authorized)",
     mail("kevin.oduya@blr.gov", "Kevin Oduya", "RE: Fleetrun - security documentation",
          "Dana,\n\nThanks for the StateRAMP package, but it turns out our ISSO can't use it: as a federal bureau we can only authorize cloud services that are FedRAMP authorized, or that are in process with an agency sponsor and can show us a timeline. What is Fleetrun's FedRAMP status exactly? If you're in process, who is the sponsor and when do you expect the authorization?\n\nV/r,\n\nKevin Oduya\nNational Fleet Program Manager\nBureau of Land Resources | U.S. Department of the Interior\nOffice of Facilities, Fleet & Property Management\n1849 C Street NW, Washington, DC 20240 | (202) 555-0158\n\"Stewardship of America's public lands\"\n\n"
          "---\nOn Mon, Nov 16, 2026 at 11:40 AM Dana Whitaker <dana.whitaker@fleetrun.example> wrote:\n> Kevin, as requested, attached is our StateRAMP Moderate authorization letter and the security package request form.\n> " + DANA.replace("\n", "\n> "),
          source="outlook", company="Bureau of Land Resources", vertical="government", stage="evaluation"),
     {"gov-fedramp-status": 3, "fr-security-overview": 1}, forbidden=["draft-fedramp-authorized"], vertical="government")

# ---- crm (10): record pages as the reader extracts them
case("g15", "crm", "HubSpot deal, stage label 'Contract Sent', industry GOVERNMENT_ADMINISTRATION: open task 'Send CJIS addendum' for a sheriff's office",
     crm("hubspot", "Dorsey County Sheriff's Office", "Contract Sent", "GOVERNMENT_ADMINISTRATION",
         "Dorsey County Sheriff's Office - Patrol Fleet Telematics\nDeal stage: Contract Sent\nPipeline: Public Sector\nAmount: $212,400\nClose date: 12/18/2026\nDeal owner: Dana Whitaker\nIndustry: GOVERNMENT_ADMINISTRATION\n\nAbout this deal\nVehicles: 164 (126 patrol, 38 admin/transport)\nCompetitor: none\n\nActivity\nNov 20, 2026 - Logged call with Lt. Aaron Pike (CJIS Systems Officer): contract is with the county attorney. It cannot be signed until Fleetrun signs the FBI CJIS Security Addendum and shows how it meets the CJIS Security Policy. The CAD/MDT integration touches CJI.\nNov 16, 2026 - Email sent: Contract package (order form, MSA)\n\nTasks (2)\nSend CJIS addendum - Due Nov 24 - Dana Whitaker\nPlan install blitz for patrol vehicles - Due Jan 8 - Dana Whitaker\n\nContacts (2)\nAaron Pike - Lieutenant, CJIS Systems Officer\nMaureen Hale - County Fleet Administrator",
         url="https://app.hubspot.com/contacts/2231907/record/0-3/18821093344"),
     {"gov-cjis-addendum": 3, "gov-cjis": 3, "fr-hardware-install": 1}, forbidden=["draft-fedramp-authorized"], vertical="government")

case("g16", "crm", "HubSpot presentationscheduled + Transportation/Trucking/Railroad: Motiva incumbent, cheaper with free hardware, drivers mute its false alerts; rep typed 'motiva cheaper'",
     crm("hubspot", "Blue Ridge Freight Lines", "presentationscheduled", "Transportation/Trucking/Railroad",
         "Blue Ridge Freight Lines\nDeal stage: presentationscheduled\nAmount: $96,000\nClose date: 03/15/2027\nDeal owner: Miles Okonkwo\nIndustry: Transportation/Trucking/Railroad\nNumber of vehicles: 145\n\nActivity\nNov 19, 2026 - Call notes (Miles Okonkwo): Spoke with Rhonda Styles (Safety Director). On Motiva since 2023, contract up 3/31/2027. Owner likes Motiva's price (hardware free on 3-yr term) and will ask why we cost more. But Motiva's dashcam false alerts are killing driver trust, drivers mute the in-cab alerts. Demo booked Dec 2: wants a side-by-side on AI accuracy and coaching.\nNov 12, 2026 - Email opened: What is idling costing your fleet?\n\nAssociated contacts\nRhonda Styles - Safety Director\nWayne Blevins - Owner/President"),
     {"fr-obj-motiva-cheaper": 3, "fr-bc-motiva": 3, "fr-dashcam-ai": 1}, query="motiva cheaper", forbidden=["retired-bc-motiva", "promo-q3-2026"], vertical="mid-market")

case("g17", "crm", "HubSpot closedwon + Non-Profit: send the welcome email and schedule after-hours installs at three warehouses",
     crm("hubspot", "Harvest Hope Food Network", "closedwon", "Non-Profit",
         "Harvest Hope Food Network - Fleet Telematics\nDeal stage: closedwon\nClose date: 11/20/2026\nAmount: $21,600\nDeal owner: Miles Okonkwo\nIndustry: Non-Profit\n\nActivity\nNov 20, 2026 - Note: Signed! 2-year term, 48 vehicles (refrigerated box trucks + volunteer vans). Nonprofit pricing applied.\n\nTasks (2)\nSend welcome email + introduce onboarding manager - Due Nov 23\nSchedule gateway installs at 3 warehouses - Tanya wants after-hours installs so trucks don't miss pickups - Due Dec 1\n\nAssociated contacts\nTanya Brooks - Director of Logistics",
         vertical="nonprofit", stage="closed-won"),
     {"fr-welcome": 3, "fr-hardware-install": 2, "fr-implementation": 2, "fr-training": 1}, vertical="nonprofit")

case("g18", "crm", "Salesforce Id. Decision Makers + Transportation: the CFO needs hard fuel numbers (420 tractors, $14M diesel, 38% idle)",
     crm("salesforce", "Great Lakes Carriers, Inc.", "Id. Decision Makers", "Transportation",
         "Opportunity\nGreat Lakes Carriers - Fleet Telematics Replacement\nAccount Name: Great Lakes Carriers, Inc.\nOpportunity Owner: Miles Okonkwo\nStage: Id. Decision Makers\nAmount: $302,000.00\nClose Date: 3/31/2027\nProbability (%): 40\nIndustry: Transportation\nNext Step: CFO (P. Lindqvist) joins the 12/4 call. Needs hard numbers on fuel before he'll sponsor: 420 tractors, ~$14M diesel/yr, idle time averages 38% of engine hours.\nDescription: Regional LTL carrier, 6 terminals. Current tracker is GPS only. VP Ops is champion.\n\nOpen Activities\nTask: Build fuel business case for CFO - Due 12/2\n\nContact Roles\nPer Lindqvist - CFO - Economic Buyer\nJoanne Whitlock - VP Operations - Champion"),
     {"fr-roi-calculator": 3, "fr-idling": 3, "mm-case-study": 2}, forbidden=other_case_studies("mid-market"), vertical="mid-market")

case("g19", "crm", "Salesforce record with German labels (Phase: Verhandlung/Überprüfung, Branche: Großhandel): legal needs the AVV/DPA and subprocessor list; works council already agreed",
     crm("salesforce", "Hanseatic Retail Logistik AG", "Verhandlung/Überprüfung", "Großhandel",
         "Verkaufschance\nHanseatic Retail Logistik AG – Telematik-Rollout DACH/PL\nAccountname: Hanseatic Retail Logistik AG\nVerkaufschancen-Inhaber: Lena Vogel\nPhase: Verhandlung/Überprüfung\nBetrag: 486.000,00 €\nSchlusstermin: 15.01.2027\nBranche: Großhandel\nNächster Schritt: Rechtsabteilung (Dr. Kessler) braucht den AVV nach Art. 28 DSGVO und die Liste der Unterauftragsverarbeiter bis 01.12. Betriebsrat hat am 18.11. zugestimmt.\nBeschreibung: 2.300 Fahrzeuge in DE, AT, CH und PL. Hosting muss in der EU erfolgen.\n\nAktivitätsverlauf\n20.11.2026 Anruf – Dr. Kessler: ohne unterschriebenen AVV keine Unterschrift unter den Rahmenvertrag.\n18.11.2026 E-Mail – Betriebsrat: Zustimmung zur Betriebsvereinbarung Telematik.\n\nKontaktrollen\nDr. Miriam Kessler – Leiterin Recht – Entscheider\nOle Brandt – Head of Fleet – Champion",
         url="https://hanseatic-rl.lightning.force.com/lightning/r/Opportunity/0061t00000QbR7xAAF/view"),
     {"fr-de-avv": 3, "fr-gdpr-dpa": 3, "fr-data-residency": 2, "fr-msa-snippet": 1}, forbidden=["fr-soc2-2025"], vertical="enterprise")

case("g20", "crm", "HubSpot deal with French labels (Rendez-vous programmé, Transport routier): first meeting booked, send a presentation in French before it",
     crm("hubspot", "Transports Rhône-Alpes Express", "Rendez-vous programmé", "Transport routier",
         "Transports Rhône-Alpes Express\nÉtape de la transaction : Rendez-vous programmé\nMontant : 68 000 €\nDate de fermeture : 31/03/2027\nPropriétaire de la transaction : Claire Dubois\nSecteur d'activité : Transport routier\n\nActivité\n23 nov. 2026 – Réunion réservée : premier rendez-vous le 3 déc. à 10h00 avec M. Fabre (Directeur d'exploitation), via le lien de prise de rendez-vous\nNote : 90 poids lourds, 35 utilitaires, dépôts à Lyon et Grenoble. Suivi actuel sur tableur. Envoyer une présentation en français avant le RDV.\n\nContacts associés\nÉric Fabre – Directeur d'exploitation"),
     {"fr-fr-presentation": 3, "fr-discovery-agenda": 1, "fr-meeting-confirm": 1}, vertical="mid-market")

case("g21", "crm", "Salesforce Proposal/Price Quote + Hospital & Health Care: NEMT provider, send the proposal with broker trip verification and a NEMT customer story",
     crm("salesforce", "CareWay Medical Transportation", "Proposal/Price Quote", "Hospital & Health Care",
         "Opportunity\nCareWay Medical Transportation - NEMT Fleet Platform\nAccount Name: CareWay Medical Transportation LLC\nStage: Proposal/Price Quote\nAmount: $88,000.00\nClose Date: 1/15/2027\nIndustry: Hospital & Health Care\nNext Step: Send proposal + how we handle Medicaid broker trip verification + a NEMT customer story for the owner.\nDescription: 110 wheelchair vans and sedans across 3 counties. Brokers audit GPS trip logs; a failed audit means clawbacks. Owner lost $140K in clawbacks last year.\n\nOpen Activities\nTask: Send proposal w/ NEMT story - Due 11/25 - Sofía Herrera\n\nContact Roles\nDenise Ortiz - Owner/CEO - Decision Maker\nTerrell Banks - Operations Manager - Evaluator"),
     {"hc-nemt": 3, "hc-case-study": 3, "fr-pricing": 2}, forbidden=other_case_studies("healthcare"), vertical="healthcare")

case("g22", "crm", "HubSpot decisionmakerboughtin + Primary/Secondary Education: pricing for 120 buses and a signed student data privacy agreement (FERPA) for the board",
     crm("hubspot", "Riverbend Unified School District", "decisionmakerboughtin", "Primary/Secondary Education",
         "Riverbend Unified School District - Bus Fleet\nDeal stage: decisionmakerboughtin\nAmount: $74,000\nClose date: 12/31/2026\nDeal owner: Dana Whitaker\nIndustry: Primary/Secondary Education\n\nActivity\nNov 20, 2026 - Logged email from Dr. Karen Liu (Asst. Superintendent, Operations): \"The superintendent is on board. To put this on the December 15 board agenda I need (1) your pricing for 120 buses and 35 white-fleet vehicles, and (2) a signed student data privacy agreement - our ridership data is covered by FERPA and the state requires the NDPA.\"\nNov 9, 2026 - Meeting: demo with transportation team\n\nAssociated contacts\nKaren Liu - Asst. Superintendent, Operations\nRoy Delgado - Director of Transportation",
         vertical="education"),
     {"edu-pricing": 3, "edu-ferpa": 3, "edu-student-transport": 1}, forbidden=["np-pricing", "gov-pricing", "retired-pricing-2025"], vertical="education")

case("g23", "crm", "Salesforce account of an enterprise customer: renewal QBR plus expansion to the Netherlands and Belgium with EU hosting",
     {"source": "salesforce", "company": "Atlas Foodservice Group", "vertical": "enterprise", "stage": "customer",
      "raw": {"stage": "Closed Won", "industry": "Food & Beverages"},
      "text": "Account\nAtlas Foodservice Group\nType: Customer\nAccount Owner: Miles Okonkwo\nIndustry: Food & Beverages\nContract End Date: 2/28/2027\nVehicles under contract: 1,850 (US)\n\nOpportunities (2)\nAtlas FY27 Renewal - Stage: Qualification - Close 2/28/2027\nAtlas Benelux Expansion - Stage: Prospecting - Close 4/1/2027\n\nNext Step: QBR 12/10 with VP Fleet (S. Graves): renewal proposal + expansion to NL/BE (300 reefers and vans from April). Their DPO needs EU hosting confirmed before anything goes to procurement.\n\nActivity History\n11/18 Call - S. Graves: happy with fuel savings (9% YoY), wants one platform for the EU acquisition."},
     {"fr-renewal": 3, "ent-global-rollout": 2, "fr-data-residency": 2, "fr-expansion": 2}, vertical="enterprise")

case("g24", "crm", "HubSpot qualifiedtobuy + Construction: 14-truck landscaper wants month-to-month, will self-install, to stop after-hours truck use",
     crm("hubspot", "Ortega Brothers Landscaping", "qualifiedtobuy", "Construction",
         "Ortega Brothers Landscaping\nDeal stage: qualifiedtobuy\nAmount: $4,800\nClose date: 01/15/2027\nDeal owner: Miles Okonkwo\nIndustry: Construction\nLifecycle stage: Sales Qualified Lead\n\nActivity\nNov 21, 2026 - Call notes: Luis Ortega (Owner), 14 trucks + 6 trailers. Wants GPS to stop crews taking trucks home and using them on weekends. Does NOT want a 3-year contract, asked for month-to-month. Will install the trackers himself over a weekend, no installer visit.\n\nAssociated contacts\nLuis Ortega - Owner"),
     {"smb-starter": 3, "smb-self-install-video": 2, "fr-gps-tracking": 1, "smb-case-study": 1}, forbidden=["retired-pricing-2025", "promo-q3-2026"], vertical="smb")

# ---- multi-ask (4)
case("g25", "multi-ask", "school district: parent bus-tracking app, charging for 10 Clean School Bus electric buses, and another district using it",
     mail("lmoreno@oakhollowschools.org", "Linda Moreno", "Questions from our transportation committee",
          "Hello Dana,\n\nOur transportation committee met yesterday and came out with three questions:\n1. Can parents see where their child's bus is on their phone, and get a text when it's five minutes out?\n2. We were awarded 10 electric buses under the EPA Clean School Bus program, arriving next August. Can Fleetrun manage their charging at the bus garage alongside our 86 diesel buses?\n3. Is any other school district using Fleetrun for its buses? We'd love to hear how it went.\n\nThank you!\nLinda Moreno\nDirector of Transportation\nOak Hollow Independent School District\n(512) 555-0162",
          company="Oak Hollow ISD", stage="discovery"),
     {"edu-student-transport": 3, "edu-clean-school-bus": 3, "edu-case-study": 3, "fr-ev-charging": 1},
     forbidden=["fr-ev-credit-45w"] + other_case_studies("education"), vertical="education")

case("g26", "multi-ask", "enterprise security review: Okta SSO with SCIM, the latest pen test letter and the ISO 27001 certificate",
     mail("pnakamura@meridianpg.com", "Paul Nakamura", "Fleetrun - security architecture review 12/8",
          "Miles,\n\nOur security architecture review is on December 8. Please send, by December 3:\n1) confirmation that you support SAML SSO with Okta and SCIM provisioning (we deprovision within 24 hours of termination);\n2) your most recent third-party penetration test letter;\n3) your ISO 27001 certificate.\n\nRegards,\nPaul Nakamura\nPrincipal Security Architect, Global IT Risk\nMeridian Packaging Group",
          source="outlook", company="Meridian Packaging Group", vertical="enterprise", stage="evaluation"),
     {"ent-sso-scim": 3, "fr-pentest-letter": 3, "fr-security-overview": 2, "ent-security-pack": 2}, forbidden=["fr-soc2-2025"], vertical="enterprise")

case("g27", "multi-ask", "all-in monthly price for 60 vehicles with dashcams on 25, and Saturday installs in the yard",
     mail("kim@brightwaterplumbing.com", "Kim Tran", "Two quick ones",
          "Hi Miles,\n\nQuick ones from our owner:\n- What's the all-in monthly cost for 60 vehicles with GPS, plus the AI dashcam on 25 of them?\n- How does install work? We can't have vans sitting at a shop for a day. Can your installers come to our yard on a Saturday?\n\nThanks,\nKim\n\nKim Tran | Operations Manager | Brightwater Plumbing & Drain",
          company="Brightwater Plumbing & Drain", stage="evaluation"),
     {"fr-pricing": 3, "fr-hardware-install": 3, "promo-year-end-2026": 1}, forbidden=["retired-pricing-2025", "promo-q3-2026"], vertical="mid-market")

case("g28", "multi-ask", "insurer: vendor due diligence package, a peer insurer's story, and how driver safety scores work",
     mail("hbergstrom@northfieldmutual.com", "Hannah Bergstrom", "Before the vendor risk committee",
          "Miles,\n\nFollowing our call, three things from our side before we can take Fleetrun to the vendor risk committee on the 14th:\n1. Your third-party due diligence package (SOC 2, BCP/DR, insurance certificates).\n2. An example from another insurer or bank with a field fleet like ours (640 claims-adjuster cars).\n3. How the driver safety scores are calculated. We want to tie them to adjusters' annual reviews.\n\nThanks,\nHannah Bergstrom\nAVP, Corporate Real Estate & Fleet\nNorthfield Mutual Insurance Company",
          source="outlook", company="Northfield Mutual Insurance", vertical="financial-services", stage="evaluation"),
     {"fin-vendor-risk": 3, "fin-case-study": 3, "fr-driver-coaching": 2, "fr-references": 1},
     forbidden=["fr-soc2-2025"] + other_case_studies("financial-services"), vertical="financial-services")

# ---- nulls (2)
case("g29", "nulls", "every field null but the text: breakdowns because nobody tracks oil changes by mileage",
     {"source": None, "url": None, "company": None, "domain": None, "contact": None, "vertical": None, "stage": None, "raw": None, "subject": None,
      "text": "Do you have anything on maintenance for our trucks? We keep getting hit with breakdowns because nobody tracks oil changes by mileage, it's all on a whiteboard in the shop."},
     {"fr-maintenance": 3, "fr-roi-calculator": 1})

case("g30", "nulls", "only a police department's .gov domain and a 'CJIS questionnaire' subject line, no text",
     {"source": "outlook", "domain": "lakewoodpd.gov", "subject": "CJIS questionnaire - telematics vendor", "text": None, "contact": None, "company": None, "raw": None},
     {"gov-cjis": 3, "gov-cjis-addendum": 2, "fr-security-questionnaire": 1}, forbidden=["draft-fedramp-authorized", "fr-soc2-2025"], vertical="government")

# ---- nofit (2): nothing in the library answers
case("g31", "nofit", "asks Fleetrun to lease them 30 new vans",
     mail("procurement@kestrelcouriers.com", "Owen Blake", "Van leasing?",
          "Hi Miles, we're replacing 30 Sprinter vans next spring. Does Fleetrun lease vehicles, or do you have a leasing partner you can quote through? We just need the vans, we're happy with our current tracking.\nOwen",
          company="Kestrel Couriers", stage="discovery"),
     {})

case("g32", "nofit", "invitation to sponsor a charity golf tournament",
     mail("events@wafleetassoc.org", "Sherry Polk", "Sponsorship: 2027 Fleet Safety Golf Classic",
          "Hello Fleetrun team,\n\nThe Washington Fleet Managers Association is inviting vendors to sponsor our 2027 Fleet Safety Golf Classic on May 14. Hole sponsorships start at $750 and include signage and two players. Please let me know by January 15 if you'd like to take part.\n\nSherry Polk\nEvents Coordinator, WFMA"),
     {})

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
by_id = {i["id"]: i for i in ITEMS}
live = {i["id"] for i in ITEMS if i["status"] == "approved" and i.get("expires", "9999") > NOW}
for c in CASES:
    v = VERTICAL[c["case"]]
    assert len(c["relevant"]) <= 4, (c["case"], "more than 4 graded items")
    assert c["relevant"] or c["note"].startswith("nofit:"), (c["case"], "no graded item")
    for rid, grade in c["relevant"].items():
        assert grade in (1, 2, 3), (c["case"], rid, grade)
        assert not by_id[rid]["verticals"] or v in by_id[rid]["verticals"], (c["case"], rid, "graded item for another vertical")
    for f in c["forbidden"]:
        other_vertical = bool(by_id[f]["verticals"]) and v is not None and v not in by_id[f]["verticals"]
        assert f not in live or other_vertical, (c["case"], f, "forbidden item is live and not restricted to another vertical")
write_set(HERE, ITEMS, CASES, NOW, "g")
