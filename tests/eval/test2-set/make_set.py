"""A second blind held-out set on a new vendor's library: Clausewise, contract lifecycle management (CLM)
software (contract repository with AI clause extraction, templates and clause library, redlining in Word,
approval workflows, e-signature, obligations and renewals, CRM/ERP/procurement integrations, procurement
intake, self-service NDAs, playbooks, security and data residency, public-sector procurement and records,
pricing, implementation and migration, battlecards against Pactline, Contractly and InkFlow).
Written blind on 2026-12-05 from docs/contracts.md and a sales expert's judgement, before any ranker ran on
it. HELD OUT: never tune on it; report its score only. Reference date: 2026-11-23 (items whose `expires` is
before it are expired).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts, retired
and expired items that look relevant, and items restricted to another vertical when one for the
prospect's vertical answers. Verticals are the contract's defaults, among them `mid-market`,
`financial-services`, and (since 2026-12-05) `manufacturing`, `retail` and `hospitality`.
Run: python3 tests/eval/test2-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-12T09:00:00Z"
OLD = "2024-02-19T10:00:00Z"
ITEMS, add = library("https://content.clausewise.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, mostly no stages
add("cw-overview-deck", "Clausewise platform overview", "deck", "One place for every contract: intake, templates, negotiation in Word, approvals, e-signature, and obligations and renewals after signature.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "clm", "contract lifecycle management"])
add("cw-repository", "Contract repository with AI clause extraction", "one-pager", "Drop in signed contracts and Clausewise reads parties, dates, values, renewal terms, governing law and 40+ key clauses into searchable fields, with a link back to the exact sentence.", tags=["repository", "ai extraction", "clause extraction", "metadata", "search", "contract inventory", "single source of truth"])
add("cw-legacy-import", "Bulk import of legacy contracts: scanned PDFs, OCR and metadata backfill", "one-pager", "Load tens of thousands of contracts from shared drives, SharePoint or an old CLM; OCR for scans and faxes, AI-extracted metadata reviewed by our team before go-live.", tags=["bulk import", "legacy contracts", "ocr", "scanned pdf", "backfill", "abstraction", "sharepoint"])
add("cw-ai-trust", "AI at Clausewise: your contracts never train shared models", "one-pager", "Which models we use and where they run, zero data retention with our LLM providers, no training on customer data, human review of extractions, and our AI subprocessors listed.", tags=["ai", "ai governance", "llm", "model training", "data retention", "generative ai", "ai policy", "subprocessors"])
add("cw-templates", "Templates: self-service contract generation", "one-pager", "Business users answer a short questionnaire and get a contract on approved language; conditional clauses by region, value and product; Word and PDF output.", tags=["templates", "contract generation", "questionnaire", "self-service", "document assembly"])
add("cw-clause-library", "Clause library: approved language and fallback positions", "one-pager", "Every approved clause with its fallbacks and guidance notes, so negotiators pick pre-approved alternatives instead of emailing legal.", tags=["clause library", "fallback", "approved language", "standard clauses", "guidance"])
add("cw-word-addin", "Redline and negotiate in Microsoft Word", "one-pager", "The Clausewise add-in for Word: tracked changes, version compare against the counterparty's draft, clause library and playbook checks in the sidebar, every version saved back to the contract record.", tags=["microsoft word", "word add-in", "redlining", "tracked changes", "version compare", "negotiation", "outside counsel"])
add("cw-playbooks", "Negotiation playbooks: review third-party paper against your positions", "one-pager", "AI compares incoming contracts to your playbook, flags deviations (indemnity, limitation of liability, auto-renewal, governing law) and suggests your fallback.", tags=["playbook", "third-party paper", "contract review", "ai review", "deviations", "risk"])
add("cw-approvals", "Approval workflows: route by value, risk and deviation", "one-pager", "Conditional approval chains (finance above a value, legal when a clause deviates from the playbook, security for data terms) with approvals from email, Slack or Teams and a full audit trail.", tags=["approvals", "workflow", "routing", "conditional approval", "audit trail", "slack", "teams"])
add("cw-esign", "Clausewise Sign: native e-signature", "one-pager", "Unlimited e-signatures included: ESIGN Act and UETA compliant, eIDAS advanced signatures, qualified signatures through EU trust service providers, signing order and certificates of completion.", tags=["e-signature", "esignature", "esign act", "ueta", "eidas", "qualified electronic signature", "qes", "signing"])
add("cw-docusign", "DocuSign and Adobe Acrobat Sign integrations", "one-pager", "Keep the e-signature tool you already own: send for signature from Clausewise through DocuSign or Adobe Acrobat Sign, and the signed PDF and status come back to the record.", tags=["docusign", "adobe sign", "acrobat sign", "e-signature", "integration", "envelopes"])
add("cw-obligations", "Obligations tracking after signature", "one-pager", "Deliverables, SLAs, reporting duties, audit rights and price changes extracted into tasks with owners and due dates, so what was promised gets done.", tags=["obligations", "post-signature", "deliverables", "sla", "compliance", "tasks", "audit rights"])
add("cw-renewals", "Renewals and auto-renewal alerts: never miss a notice date", "one-pager", "Every renewal, expiry and notice-period date extracted and put on a calendar, with alerts to the owner 90, 60 and 30 days before the notice deadline.", tags=["renewals", "auto-renewal", "evergreen", "notice period", "expiry", "alerts", "critical dates"])
add("cw-amendments", "Contract families: MSAs, SOWs, order forms and amendments linked", "one-pager", "See the master agreement with every SOW, order form and amendment under it, and which terms the latest amendment changed.", tags=["amendments", "msa", "sow", "order forms", "hierarchy", "parent agreement"])
add("cw-salesforce", "Salesforce integration: contracts from the opportunity", "one-pager", "Reps generate quotes, order forms and NDAs from the Salesforce opportunity; contract status, approvals and signed values write back to Salesforce; works with Salesforce CPQ.", tags=["salesforce", "salesforce cpq", "crm", "opportunity", "integration", "sales contracts"])
add("cw-hubspot", "HubSpot integration: contracts from the deal record", "one-pager", "Generate NDAs, order forms and MSAs from a HubSpot deal, track status on the deal, and move the deal when the contract is signed.", tags=["hubspot", "crm", "deal", "integration", "sales contracts"])
add("cw-netsuite", "NetSuite integration: signed contracts to billing and revenue", "one-pager", "Signed contract values, billing schedules and renewal dates flow into NetSuite customer and vendor records, so finance bills and recognises revenue from the signed terms.", tags=["netsuite", "erp", "finance", "billing", "revenue recognition", "asc 606", "integration"])
add("cw-ariba-coupa", "Procurement integrations: SAP Ariba and Coupa", "one-pager", "Supplier contracts start from an Ariba sourcing event or a Coupa requisition, are negotiated and signed in Clausewise, and the contract goes back to the supplier record.", tags=["sap ariba", "ariba", "coupa", "procurement", "p2p", "source to pay", "supplier contracts", "integration"])
add("cw-procurement-intake", "Procurement intake: one front door for every contract request", "one-pager", "A request form that collects what legal needs, triages by type and risk, and routes vendor contracts through security, privacy and finance review.", tags=["intake", "procurement", "request form", "triage", "vendor contracts", "legal front door"])
add("cw-nda-selfservice", "Self-service NDAs: signed in minutes without legal", "one-pager", "Sales, HR and BD generate a mutual or one-way NDA from an approved template, the counterparty signs, and legal only sees the ones that are changed.", tags=["nda", "non-disclosure agreement", "self-service", "sales", "turnaround", "confidentiality agreement"])
add("cw-sales-cycle", "For sales leaders: take legal out of the critical path", "one-pager", "Self-service NDAs and order forms, pre-approved fallbacks and approvals from Slack: customers cut contract cycle time from 18 days to 6.", stages=["discovery", "evaluation"], tags=["sales cycle", "deal velocity", "revops", "cro", "cycle time", "sales contracts"])
add("cw-legal-ops", "For legal operations: workload, cycle time and bottleneck dashboards", "one-pager", "See every open request by lawyer, type and stage, cycle times and where contracts wait, and report to the GC without a spreadsheet.", tags=["legal operations", "legal ops", "dashboards", "reporting", "workload", "cycle time", "analytics"])
add("cw-reporting", "Contract analytics: spend, risk and exposure reports", "one-pager", "Reports on contract value, counterparties, non-standard terms, uncapped liability and upcoming renewals, exported or scheduled to your inbox.", tags=["analytics", "reporting", "risk", "exposure", "contract value", "dashboards"])
add("cw-permissions", "Permissions, confidential contracts and audit trail", "one-pager", "Role- and team-based access, restricted folders for M&A, HR and board matters, and a tamper-evident history of who viewed, changed or signed what.", tags=["permissions", "access control", "confidential", "audit trail", "version history", "rbac"])
add("cw-security-overview", "Security at Clausewise: SOC 2 Type II, ISO 27001, encryption and pen tests", "one-pager", "Our SOC 2 Type II report (2026) and ISO 27001:2022 certificate, encryption at rest and in transit with customer-managed keys as an option, annual pen tests and disaster recovery.", stages=["evaluation", "proposal", "negotiation"], tags=["security", "soc 2", "iso 27001", "encryption", "byok", "pen test", "disaster recovery"])
add("cw-soc2-2026", "SOC 2 Type II report (2026 audit period): request link", "link", "Request the current SOC 2 Type II report, covering October 2025 to September 2026, from our trust center under NDA.", tags=["soc 2", "soc 2 type ii", "audit report", "security", "trust center"], expires="2027-09-30")
add("cw-iso-cert", "ISO 27001:2022 certificate and Statement of Applicability", "link", "Our current ISO/IEC 27001:2022 certificate and Statement of Applicability.", tags=["iso 27001", "certificate", "statement of applicability", "security"], expires="2028-05-31")
add("cw-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ)", "snippet", "Pre-filled SIG Lite and CAIQ answers and how to get the SOC 2 report.", stages=["evaluation", "proposal"], tags=["security questionnaire", "sig", "caiq", "vendor security", "third-party risk"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite and CAIQ. The SOC 2 Type II report and ISO 27001 certificate are in our trust center under NDA; reply here and I'll send access.\n\nBest,\n{{rep.name}}")
add("cw-sso-scim", "Single sign-on and provisioning: SAML, Okta, Entra ID and SCIM", "one-pager", "SAML 2.0 SSO with Okta, Microsoft Entra ID and Ping, SCIM provisioning and deprovisioning, and group-based roles.", tags=["sso", "saml", "okta", "entra id", "azure ad", "scim", "provisioning"])
add("cw-data-residency", "Data residency: hosting in the US, EU or Canada", "one-pager", "Choose where contracts and metadata live: US (Virginia), EU (Frankfurt) or Canada (Montreal); backups, AI processing and support access stay in region.", tags=["data residency", "hosting", "eu", "canada", "data sovereignty", "data location"])
add("cw-gdpr-dpa", "GDPR: data processing agreement, SCCs and subprocessors", "one-pager", "Our Art. 28 GDPR DPA with EU Standard Contractual Clauses and the UK addendum, and the current subprocessor list.", stages=["evaluation", "proposal", "negotiation"], tags=["gdpr", "dpa", "data processing agreement", "subprocessors", "scc", "privacy"])
add("cw-accessibility", "Accessibility: WCAG 2.2 AA and our VPAT", "one-pager", "Independent WCAG 2.2 AA audit of the web app and Word add-in, and our current VPAT / Accessibility Conformance Report (Section 508).", stages=["evaluation", "proposal"], tags=["accessibility", "wcag", "vpat", "acr", "section 508"])
add("cw-api", "Developer docs: REST API and webhooks", "link", "API reference, webhooks and sample code for custom integrations.", tags=["api", "webhooks", "developer", "integration"])
add("cw-slack-teams", "Clausewise in Slack and Microsoft Teams", "one-pager", "Request a contract, approve, and get renewal alerts without leaving Slack or Teams.", tags=["slack", "microsoft teams", "approvals", "notifications"])
add("cw-implementation", "Implementation: live in 6 to 10 weeks", "one-pager", "Kickoff, templates and workflow build, repository import, integrations, training and go-live, with who does what on each side.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "timeline", "go-live", "rollout"])
add("cw-migration", "Switching CLMs: migrating contracts, metadata, templates and workflows", "one-pager", "We export from your current CLM, map metadata, rebuild templates and approval workflows, and run both systems side by side until cut-over, typically in 8 weeks.", tags=["migration", "switching", "clm migration", "data migration", "cut-over", "replace"])
add("cw-pricing", "Pricing and plans", "one-pager", "Core, Pro and Enterprise plans: full users for legal and procurement, free requester seats for the business, and add-ons for AI extraction volume and integrations.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans", "cost", "price", "quote", "per user"])
add("cw-roi-calculator", "ROI calculator: cycle time, missed renewals and legal hours", "link", "Estimate savings from faster contract cycles, auto-renewals caught before the notice date and lawyer hours freed from routine paper.", stages=["evaluation", "proposal"], tags=["roi", "business case", "savings", "calculator"])
add("cw-business-case", "Business case for your CFO and GC", "deck", "A template that turns your own numbers into a one-page case: revenue pulled forward, renewals avoided, outside counsel spend and payback.", stages=["proposal"], tags=["business case", "cfo", "general counsel", "roi", "payback", "budget"])
add("cw-references", "Customer reference program", "one-pager", "General counsel, legal ops and procurement leaders who take reference calls, by industry and size.", stages=["evaluation", "proposal"], tags=["references", "reference call", "customer reference"])
add("cw-support-sla", "Support plans and uptime SLA", "one-pager", "99.9% uptime with service credits, support in US, EU and Canadian hours, and a named customer success manager on Enterprise.", tags=["sla", "uptime", "support", "customer success"])
add("cw-obj-sharepoint", "Objection: our contracts are fine in SharePoint", "snippet", "A shared drive stores files; it doesn't tell anyone that a notice date is 30 days away.", stages=["discovery", "evaluation"], tags=["objection", "sharepoint", "shared drive", "status quo"],
    body="Hi {{contact.first_name}},\n\nSharePoint is a fine place to keep files. What it can't do is tell you which of them auto-renews next month, or which ones have uncapped liability. Worth 20 minutes to see your own contracts answer those two questions?\n\n{{rep.name}}")
add("cw-obj-word", "Objection: our lawyers won't leave Word", "snippet", "They don't have to: negotiation happens in Word with the add-in.", tags=["objection", "microsoft word", "adoption", "lawyers", "change management"],
    body="Hi {{contact.first_name}},\n\nThey won't have to. Your lawyers keep redlining in Word; the Clausewise add-in saves each version to the contract and shows the playbook in the sidebar. Nobody learns a new editor.\n\n{{rep.name}}")
add("cw-obj-ai", "Objection: we don't trust AI with our contracts", "snippet", "Where AI helps, where a person still checks, and what never leaves your tenant.", tags=["objection", "ai", "accuracy", "trust", "risk"],
    body="Hi {{contact.first_name}},\n\nFair concern. Clausewise's AI suggests; a person confirms. Every extracted field links to the sentence it came from, and your contracts never train a shared model. Happy to show it on ten of your own contracts.\n\n{{rep.name}}")
add("cw-webinar-ai-review", "Webinar: AI contract review that your GC will sign off (Jan 14, 2027)", "link", "Registration for the live session on playbook-based AI review and AI governance.", tags=["webinar", "ai", "contract review", "event"], expires="2027-01-14")
# German, French and Spanish content (the contract has no language field; the text carries it).
add("cw-de-ueberblick", "Clausewise im Überblick: Vertragsmanagement von der Anfrage bis zur Verlängerung", "one-pager", "Vertragsanfragen, Vorlagen, Verhandlung in Word, Freigaben, elektronische Signatur, Fristen und Kündigungsfristen in einer Plattform.", tags=["überblick", "vertragsmanagement", "clm", "fristen", "deutsch"])
add("cw-de-datenschutz", "Datenschutz bei Clausewise: AVV, Hosting in Frankfurt, Unterauftragsverarbeiter", "one-pager", "Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, Hosting und KI-Verarbeitung in Frankfurt, Liste der Unterauftragsverarbeiter und TOMs.", tags=["datenschutz", "dsgvo", "avv", "auftragsverarbeitung", "hosting", "frankfurt", "toms", "deutsch"])
add("cw-fr-presentation", "Présentation de Clausewise : gestion du cycle de vie des contrats", "one-pager", "Demandes, modèles, négociation dans Word, circuits de validation, signature électronique, échéances et renouvellements dans une seule plateforme.", tags=["présentation", "gestion des contrats", "clm", "échéances", "français"])
add("cw-fr-signature", "Signature électronique avancée et qualifiée (eIDAS) avec Clausewise", "one-pager", "Signature simple, avancée ou qualifiée via des prestataires de services de confiance qualifiés, valeur probante et archivage.", tags=["signature électronique", "eidas", "signature qualifiée", "valeur probante", "français"])
add("cw-es-resumen", "Clausewise en resumen: gestión del ciclo de vida de contratos", "one-pager", "Solicitudes, plantillas, negociación en Word, aprobaciones, firma electrónica y alertas de vencimiento y renovación en una sola plataforma.", tags=["resumen", "gestión de contratos", "clm", "firma electrónica", "español"])

# ---------------------------------------------------------------- general, for certain stages
add("cw-cold-email", "Cold email: how many contracts auto-renewed last year without anyone deciding?", "email-template", "First touch for general counsel, legal ops and procurement leaders.", stages=["prospecting"], tags=["cold email", "outbound", "auto-renewal"],
    body="Hi {{contact.first_name}},\n\nMost companies the size of {{company}} auto-renew 5-10% of their vendor contracts without anyone deciding to. Worth 15 minutes to see what yours look like?\n\n{{rep.name}}")
add("cw-meeting-confirm", "Email: confirm the first meeting", "email-template", "Confirms the booked call, who should join and what to have to hand.", stages=["discovery"], tags=["meeting", "first call", "confirmation", "discovery"],
    body="Hi {{contact.first_name}},\n\nLooking forward to our call. If someone from legal ops or procurement can join, and you can tell me roughly how many contracts you sign a year and where they live today, we'll make the most of the time.\n\n{{rep.name}}")
add("cw-discovery-agenda", "Discovery call agenda", "snippet", "Contract volume and types, where contracts live, who drafts, approves and signs, systems, and who decides.", stages=["discovery"], tags=["discovery", "agenda", "first call"],
    body="Hi {{contact.first_name}},\n\nProposed agenda: 1) the contracts you sign (types, volume, whose paper), 2) how requests, drafting, approvals and signature work today, 3) the systems involved (CRM, ERP, procurement, e-signature), 4) what success looks like and who needs to be involved.\n\n{{rep.name}}")
add("cw-demo-followup", "Follow-up after the demo", "email-template", "Recap, recording and proposed next steps after a demo.", stages=["evaluation"], tags=["demo", "follow-up", "recap"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. Here is the recording and a recap. Proposed next step: a two-week sandbox loaded with 200 of your own contracts.\n\n{{rep.name}}")
add("cw-sandbox", "Sandbox trial: your own contracts, two weeks", "one-pager", "We load up to 500 of your contracts into a private sandbox so your team can test extraction, search and a template before deciding.", stages=["evaluation"], tags=["trial", "sandbox", "pilot", "proof of concept"])
add("cw-mutual-plan", "Mutual action plan template", "snippet", "A shared timeline from evaluation to signature and go-live.", stages=["evaluation", "proposal"], tags=["mutual action plan", "timeline", "next steps", "close plan"],
    body="Hi {{contact.first_name}},\n\nTo hit your go-live date, here's a draft plan from here to signature and launch, with an owner for each step on both sides. Edit freely.\n\n{{rep.name}}")
add("cw-discount-reply", "Reply: asking for a better price", "snippet", "Trade price for term, prepayment, a reference or more users.", stages=["proposal", "negotiation"], tags=["discount", "negotiation", "price"],
    body="Hi {{contact.first_name}},\n\nWe can move on price if we can move on the term: a three-year agreement or annual prepayment opens room, and so does agreeing to be a reference.\n\n{{rep.name}}")
add("cw-msa-snippet", "Reply: MSA and DPA redlines, our standard positions", "snippet", "The terms we usually accept (liability cap, termination for convenience, data ownership, DPA) and how to set up legal-to-legal time.", stages=["negotiation"], tags=["msa", "dpa", "legal", "redlines", "limitation of liability", "termination"])
add("promo-year-end-2026", "Year-end offer: implementation fee waived for contracts signed by Dec 31, 2026", "one-pager", "No implementation fee on new annual or multi-year contracts signed by December 31, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "implementation fee", "discount"], expires="2026-12-31")
add("cw-welcome", "Welcome to Clausewise", "email-template", "First email after signature: kickoff, your implementation lead, what to prepare.", stages=["closed-won"], tags=["welcome", "kickoff", "onboarding"],
    body="Hi {{contact.first_name}},\n\nWelcome to Clausewise! Your implementation lead will be in touch today to book the kickoff. Before then, it helps to gather your current templates, your approval rules and where your signed contracts live.\n\n{{rep.name}}")
add("cw-training", "Clausewise Academy: admin, legal and requester training", "link", "Self-paced courses for admins and legal users, live template-building workshops, and two-minute videos for requesters.", stages=["closed-won", "customer"], tags=["training", "academy", "onboarding", "admin training"])
add("cw-renewal-ebr", "Renewal check-in and business review template", "email-template", "Usage and value review with renewal options, 90 days before term end.", stages=["customer"], tags=["renewal", "qbr", "ebr", "business review"],
    body="Hi {{contact.first_name}},\n\nYour Clausewise term ends in about 90 days. I'd like to walk through cycle times and renewals caught this year, and the renewal options, before we plan next year.\n\n{{rep.name}}")
add("cw-expansion", "Expansion: new teams, entities and modules", "one-pager", "For customers adding procurement, HR or new legal entities: co-terming, modules and pricing.", stages=["customer"], tags=["expansion", "upsell", "new teams", "co-term", "modules"])
add("cw-winback", "After a lost deal: stay in touch", "email-template", "A short, gracious note after the prospect picked someone else, with a check-in in six months.", stages=["closed-lost"], tags=["closed lost", "win-back", "nurture"],
    body="Hi {{contact.first_name}},\n\nThanks for the time your team gave us. I hope the rollout goes well; if it would help, I'll check in around the six-month mark.\n\n{{rep.name}}")

# ---------------------------------------------------------------- competitors
add("cw-bc-pactline", "Battlecard: Clausewise vs Pactline", "battlecard", "Pactline is a heavyweight legacy CLM: 9-18 month implementations, consultants for every workflow change, and a Word plug-in lawyers avoid; where we win and how to handle their renewal.", stages=["evaluation", "proposal", "negotiation"], tags=["pactline", "competitor", "battlecard", "legacy clm"])
add("cw-bc-contractly", "Battlecard: Clausewise vs Contractly", "battlecard", "Contractly lives inside Salesforce and serves sales contracts well, but has no procurement intake, weak post-signature obligations and charges per Salesforce user; how to position.", stages=["evaluation", "proposal", "negotiation"], tags=["contractly", "competitor", "battlecard", "salesforce-native"])
add("cw-bc-inkflow", "Battlecard: Clausewise vs InkFlow", "battlecard", "InkFlow is an e-signature tool with a contract folder bolted on: no clause library, no approvals by deviation, no obligations; total cost once the add-ons are counted.", stages=["evaluation", "proposal", "negotiation"], tags=["inkflow", "competitor", "battlecard", "e-signature", "price"])
add("cw-obj-inkflow-cheaper", "Objection: InkFlow is cheaper", "snippet", "What InkFlow's per-seat price leaves out, and what one missed auto-renewal costs.", stages=["evaluation", "proposal", "negotiation"], tags=["inkflow", "objection", "price", "cheaper"],
    body="Hi {{contact.first_name}},\n\nFair question. InkFlow's price covers sending documents for signature. Ours also covers templates, approvals and renewal alerts, and e-signature is included. One auto-renewal caught before its notice date usually pays the difference for a team your size.\n\n{{rep.name}}")

# ---------------------------------------------------------------- per vertical
add("gov-public-records", "Public records, FOIA and records retention for government contracts", "one-pager", "Find and export responsive contracts for a FOIA or open-records request in minutes, redact before release, and apply your records retention schedule with legal holds and certified destruction.", verticals=["government"], tags=["foia", "public records", "open records", "records retention", "retention schedule", "legal hold", "redaction", "government"])
add("gov-coop-contracts", "Buying Clausewise through cooperative contracts: OMNIA Partners and NASPO ValuePoint", "one-pager", "Current contract numbers (OMNIA Partners R-250311, valid to 2029) and how agencies and school districts buy without running their own RFP.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "omnia partners", "naspo valuepoint", "procurement", "piggyback", "rfp"])
add("gov-pricing", "Public sector pricing: cities, counties and state agencies", "one-pager", "Government pricing, multi-year budgeting and fiscal-year billing.", verticals=["government"], stages=["proposal", "negotiation"], tags=["pricing", "public sector", "government pricing", "budget"])
add("gov-case-study", "Case study: Ashford County: 6,000 contracts out of filing cabinets, FOIA responses in a day", "case-study", "A county attorney's office and purchasing moved paper and shared-drive contracts into Clausewise and now answers open-records requests in a day instead of three weeks.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["county", "foia", "records", "purchasing", "case study"])
add("gov-grants", "Grants and intergovernmental agreements", "one-pager", "Grant agreements, subawards and interlocal agreements with their reporting deadlines and federal flow-down clauses tracked.", verticals=["government"], tags=["grants", "subawards", "interlocal agreement", "flow-down", "uniform guidance"])
add("edu-research", "Sponsored research agreements, DUAs and MTAs", "one-pager", "For offices of sponsored programs and tech transfer: research agreements, data use agreements and material transfer agreements negotiated against your sponsor playbook, with PI and compliance approvals.", verticals=["education"], tags=["sponsored research", "research agreements", "data use agreement", "dua", "material transfer agreement", "mta", "tech transfer", "university"])
add("edu-case-study", "Case study: Westbrook University: 4,200 research agreements a year, turnaround down 45%", "case-study", "The Office of Sponsored Programs moved intake, sponsor redlines and PI approvals into Clausewise.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["university", "sponsored programs", "research", "case study"])
add("edu-pricing", "Education pricing for universities, colleges and school districts", "one-pager", "Discounted plans for higher education and K-12.", verticals=["education"], stages=["proposal", "negotiation"], tags=["education pricing", "pricing", "university", "discount"])
add("hc-baa", "HIPAA and business associate agreements", "one-pager", "Find every vendor contract that touches PHI without a signed BAA, track BAA terms and breach-notice duties, and sign our own BAA for contracts holding PHI.", verticals=["healthcare"], tags=["hipaa", "baa", "business associate agreement", "phi", "vendor contracts"])
add("hc-provider-contracts", "Physician and provider agreements: fair market value, Stark and Anti-Kickback", "one-pager", "Physician employment, medical directorship and PSA agreements with FMV documentation, time-log obligations and renewal dates, so no arrangement runs unsigned or expired.", verticals=["healthcare"], tags=["physician contracts", "medical directorship", "fair market value", "fmv", "stark law", "anti-kickback", "provider agreements"])
add("hc-case-study", "Case study: Riverbend Health: 11 hospitals, every physician agreement signed and current", "case-study", "A health system found 140 expired physician arrangements in its first month and has had none since.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["health system", "physician contracts", "compliance", "case study"], updated="2026-08-24T09:00:00Z")
add("fs-vendor-risk", "Third-party risk for banks and insurers: contract inventory, DORA register and exit terms", "one-pager", "An inventory of third-party arrangements with criticality, audit, termination and subcontracting rights, the DORA register of information for EU entities, and the evidence examiners ask for under the interagency third-party guidance.", verticals=["financial-services"], tags=["third-party risk", "vendor management", "dora", "register of information", "occ", "interagency guidance", "outsourcing", "exit strategy", "bank", "insurance"])
add("fs-case-study", "Case study: Meridian Federal Credit Union: exam-ready vendor contracts in 60 days", "case-study", "A $9B credit union moved 1,800 vendor contracts into Clausewise and answered its examiners' third-party requests in hours.", verticals=["financial-services"], stages=["discovery", "evaluation", "proposal"], tags=["credit union", "bank", "vendor management", "exam", "case study"])
add("np-pricing", "Nonprofit pricing: 40% off for 501(c)(3)s", "one-pager", "40% off every plan for registered nonprofits and foundations.", verticals=["nonprofit"], stages=["proposal", "negotiation"], tags=["nonprofit", "pricing", "discount", "501(c)(3)", "charity"])
add("np-grants", "Grant agreements and restricted funds", "one-pager", "Funder agreements with their restrictions, reporting deadlines and renewal dates tracked, and subgrants generated from templates.", verticals=["nonprofit"], tags=["grants", "grant agreements", "funders", "restricted funds", "reporting deadlines", "subgrants"])
add("np-case-study", "Case study: Open Harbor Alliance: 900 funder and partner agreements in one place", "case-study", "A national nonprofit stopped missing funder reporting deadlines and cut partner agreement turnaround to three days.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["nonprofit", "grants", "funders", "case study"])
add("ent-case-study", "Case study: Norvik Group: 120,000 contracts in 30 countries, off Pactline in 10 weeks", "case-study", "A global industrial group replaced its legacy CLM, migrated 120,000 contracts and rolled out to 4,000 users country by country.", verticals=["enterprise"], stages=["evaluation", "proposal"], tags=["global", "migration", "pactline", "multi-country", "case study"])
add("ent-global-rollout", "Global rollout playbook: entities, languages and regional hosting", "deck", "How multinationals roll out by region: entity structures, local templates and languages, regional hosting and a central programme office.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation", "customer"], tags=["global rollout", "international", "multi-entity", "languages", "programme"])
add("ent-security-pack", "Enterprise security review package", "one-pager", "SOC 2 report, ISO 27001 certificate and SoA, pen test summary, SSO and SCIM, data residency and architecture, in one package for third-party risk teams.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security review", "enterprise", "third-party risk", "architecture", "pen test"])
add("mm-case-study", "Case study: Brightpath Software: NDAs in minutes and $240K of unwanted auto-renewals caught", "case-study", "A 600-person software company with a three-lawyer team took NDAs off legal's desk and caught 31 auto-renewals before their notice dates in year one.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["software", "saas", "nda", "auto-renewal", "case study"])
add("mm-small-legal", "For a legal team of one to five", "one-pager", "Self-serve NDAs and order forms, one intake queue and renewal alerts, set up in two weeks without IT.", verticals=["mid-market"], tags=["small legal team", "solo gc", "first legal hire", "quick setup"])
add("smb-essentials", "Essentials plan: up to 10 users, month to month", "one-pager", "Templates, e-signature, repository and renewal alerts for small teams, billed monthly with no annual contract.", verticals=["smb"], stages=["evaluation", "proposal"], tags=["essentials", "pricing", "small business", "month to month", "no contract"])
add("smb-case-study", "Case study: Loft & Ledger Agency: 25 people, client contracts out in an hour", "case-study", "A creative agency moved client SOWs from email attachments to templates and e-signature.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["small business", "agency", "sow", "case study"])
add("mfg-supplier-agreements", "Supply and quality agreements: price escalation, force majeure and rebates", "one-pager", "Supply agreements with price-index escalation, volume rebates, quality agreements and force majeure notices tracked, so buyers know when prices may move and what suppliers owe.", verticals=["manufacturing"], tags=["supply agreements", "supplier contracts", "price escalation", "index pricing", "quality agreement", "rebates", "force majeure"])
add("mfg-case-study", "Case study: Halden Industrial: 3,400 supplier contracts across 9 plants", "case-study", "A manufacturer connected Clausewise to SAP Ariba, put every supplier contract in one repository and recovered $1.1M in missed volume rebates.", verticals=["manufacturing"], stages=["discovery", "evaluation", "proposal"], tags=["manufacturing", "supplier contracts", "ariba", "rebates", "case study"])
add("rt-leases", "Store leases: abstraction, critical dates and options", "one-pager", "Abstract every store lease (rent escalations, co-tenancy, renewal and termination options, CAM) and get alerts before option windows close.", verticals=["retail"], tags=["leases", "store leases", "lease abstraction", "critical dates", "renewal options", "rent escalation", "cam", "real estate"])
add("rt-case-study", "Case study: Harlow & Finch: 380 store leases abstracted, no missed renewal option since", "case-study", "A specialty retailer's real estate team replaced a lease spreadsheet and scanned binders with Clausewise.", verticals=["retail"], stages=["discovery", "evaluation", "proposal"], tags=["retail", "leases", "real estate", "case study"])
add("hosp-event-contracts", "Group sales and event contracts for hotels", "one-pager", "Group and event contracts from templates with attrition, cancellation and food-and-beverage minimum clauses, generated from the sales system and signed the same day.", verticals=["hospitality"], tags=["group sales", "event contracts", "banquet", "attrition", "cancellation clause", "hotel", "f&b minimum"])
add("hosp-case-study", "Case study: Solano Hotels: group contracts out the same day at 18 properties", "case-study", "A hotel group cut group-contract turnaround from four days to same-day and stopped attrition-clause disputes.", verticals=["hospitality"], stages=["discovery", "evaluation", "proposal"], tags=["hotels", "group sales", "events", "case study"])

# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-pactline-2027", "Battlecard: Clausewise vs Pactline (2027 refresh, DRAFT)", "battlecard", "Updated positioning against Pactline's new AI edition.", stages=["evaluation", "proposal", "negotiation"], tags=["pactline", "competitor", "battlecard"], status="draft")
add("retired-bc-contractly-2024", "Battlecard: Clausewise vs Contractly (2024)", "battlecard", "Contractly positioning and pricing as of 2024.", stages=["evaluation", "proposal", "negotiation"], tags=["contractly", "competitor", "battlecard"], status="retired", updated=OLD)
add("retired-pricing-2025", "Pricing and plans (2025)", "one-pager", "Plans and per-user pricing for 2025.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans", "price"], status="retired", updated="2025-01-13T09:00:00Z")
add("promo-q3-2026", "Q3 offer: free migration from InkFlow", "one-pager", "Free migration of contracts and templates from InkFlow on annual plans signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "inkflow", "migration", "discount"], expires="2026-09-30")
add("cw-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "security", "audit report"], expires="2026-03-31", updated="2025-04-07T09:00:00Z")
add("cw-iso-cert-2013", "ISO 27001:2013 certificate (2022 cycle)", "link", "Our ISO 27001:2013 certificate and Statement of Applicability.", tags=["iso 27001", "certificate", "security"], expires="2025-10-31", updated="2022-11-02T09:00:00Z")
add("retired-hc-case-study-2023", "Case study: Riverbend Health (2023): first hospital live", "case-study", "The first version of the Riverbend Health story, from the pilot hospital.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["health system", "physician contracts", "case study"], status="retired", updated=OLD)
add("gov-omnia-2021", "OMNIA Partners contract R-210407: how to buy", "one-pager", "Buying Clausewise through our 2021 OMNIA Partners contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["omnia partners", "cooperative contract", "procurement"], expires="2026-04-30", updated="2021-05-10T09:00:00Z")
add("np-grant-2025", "Clausewise for Good: 2025 nonprofit grant", "one-pager", "Free first year for nonprofits under $5M budget; 2025 applications.", verticals=["nonprofit"], tags=["nonprofit", "grant", "free", "discount"], expires="2025-12-31", updated="2025-02-10T09:00:00Z")
add("draft-fedramp", "Clausewise is FedRAMP Moderate Authorized (DRAFT)", "one-pager", "Announcement and package request for our FedRAMP Moderate authorization.", verticals=["government"], tags=["fedramp", "security", "authorization", "federal"], status="draft")
add("draft-ai-copilot", "Clausewise Copilot: generative AI drafting (DRAFT, not announced)", "one-pager", "Draft launch sheet for AI drafting and negotiation suggestions, with the AI data-use FAQ.", tags=["ai", "copilot", "generative ai", "llm", "model training"], status="draft")
add("retired-docusign-v1", "DocuSign connector v1: setup guide", "one-pager", "Setting up the first-generation DocuSign connector (replaced in 2025).", tags=["docusign", "e-signature", "integration", "setup"], status="retired", updated="2023-09-18T09:00:00Z")
add("retired-salesforce-classic", "Salesforce Classic package: install guide", "one-pager", "Installing the managed package for Salesforce Classic.", tags=["salesforce", "crm", "integration", "install"], status="retired", updated="2022-03-07T09:00:00Z")
add("webinar-dora-oct-2026", "Webinar: the DORA register of information, one year on (Oct 8, 2026)", "link", "Registration for the live session for banks and insurers.", verticals=["financial-services"], tags=["dora", "webinar", "register of information", "third-party risk"], expires="2026-10-08")
add("draft-de-avv-v2", "AVV und TOMs v2 (ENTWURF, in rechtlicher Prüfung)", "one-pager", "Überarbeiteter Auftragsverarbeitungsvertrag mit neuen TOMs.", tags=["avv", "dsgvo", "datenschutz", "toms", "deutsch"], status="draft")


# ---------------------------------------------------------------- cases
CASES, VERTICAL, case = cases()

CASE_STUDIES = {"healthcare": "hc-case-study", "financial-services": "fs-case-study", "government": "gov-case-study", "education": "edu-case-study",
                "nonprofit": "np-case-study", "enterprise": "ent-case-study", "mid-market": "mm-case-study", "smb": "smb-case-study",
                "manufacturing": "mfg-case-study", "retail": "rt-case-study", "hospitality": "hosp-case-study"}
PRICING = {"government": "gov-pricing", "education": "edu-pricing", "nonprofit": "np-pricing", "smb": "smb-essentials"}


def other_case_studies(*mine):
    return others(CASE_STUDIES, *mine)


def other_pricing(*mine):
    return others(PRICING, *mine)


LENA = "Lena Hartmann | Senior Account Executive, Enterprise | Clausewise\nlena.hartmann@clausewise.example | +1 (617) 555-0182\nClausewise: every contract, one place"
OMAR = "Omar Haddad\nAccount Executive, Public Sector & Higher Education | Clausewise\nomar.haddad@clausewise.example | +1 (512) 555-0139"
PRIYA = "Priya Raman | Account Executive, Mid-Market | Clausewise\npriya.raman@clausewise.example | +1 (415) 555-0164"
SAM = "Sam Whitaker\nAccount Executive, Healthcare & Financial Services | Clausewise\nsam.whitaker@clausewise.example | +1 (704) 555-0120"
JULES = "Jules Moreau | Account Executive, EMEA | Clausewise SAS\njules.moreau@clausewise.example | +33 1 55 55 01 72"

# ---- thread (14)
case("t01", "thread", "health system's associate GC, Outlook chain under a PHI disclaimer: which vendor contracts touching PHI lack a BAA, and physician/medical-directorship agreements need FMV and renewal tracking for Stark (two asks)",
     mail("kpatel@lakeridgehealth.org", "Kavita Patel", "RE: Clausewise - follow up from Tuesday",
          "Sam,\n\nThanks again for Tuesday. I took it to our compliance officer and two things came out of that conversation.\n\n1. We have roughly 2,300 vendor agreements and honestly no reliable list of which vendors that touch PHI have a signed BAA. OCR asked about exactly that in an audit at a peer system last year. Can Clausewise surface contracts that should have a BAA and don't?\n\n2. Physician arrangements. Medical directorships and PSAs are where our Stark exposure is. Compliance wants every arrangement to have current FMV support, a signed agreement before any payment, and alerts before one expires. We found two running on expired agreements this spring.\n\nCan you send me what you have on both before our steering meeting on the 8th?\n\nKavita\n\nKavita Patel, JD\nAssociate General Counsel\nLakeridge Health System\n1800 Summit Ave | Raleigh, NC 27607\n\nCONFIDENTIALITY NOTICE: This message and any attachments may contain protected health information or legally privileged material. If you are not the intended recipient, notify the sender and delete all copies.\n\n"
          "-----Original Message-----\nFrom: Sam Whitaker <sam.whitaker@clausewise.example>\nSent: Tuesday, November 17, 2026 4:48 PM\nTo: Patel, Kavita <kpatel@lakeridgehealth.org>\nSubject: Clausewise - follow up from Tuesday\n\nKavita,\n\nThank you for the time today. As discussed I'll come back with options for the legal department's 40 users and for supply chain.\n\n" + SAM,
          source="outlook", company="Lakeridge Health System"),
     {"hc-baa": 3, "hc-provider-contracts": 3, "hc-case-study": 2, "cw-repository": 1},
     forbidden=["retired-hc-case-study-2023"] + other_case_studies("healthcare"), vertical="healthcare")

case("t02", "thread", "enterprise CISO above the rep's quoted recap: does Clausewise train AI on our contracts and which LLM providers see them, and can the German subsidiary's contracts stay in the EU (two asks)",
     mail("m.okafor@veltrongroup.com", "Michael Okafor", "Re: Clausewise evaluation - next steps",
          "Lena,\n\nBefore our AI review board will approve anything, I need clear answers on two points:\n\n- Does Clausewise use our contracts to train or fine-tune any model, yours or a third party's? Which LLM providers process our data, where, and do they retain prompts?\n- Our German subsidiary's works agreements and supplier contracts must not leave the EU. Can we host those in the EU while the US entities stay in the US?\n\nThe board meets December 10.\n\nMichael Okafor\nChief Information Security Officer\nVeltron Group | Chicago | Stuttgart | Singapore\n\n"
          "On Wed, Nov 18, 2026 at 3:05 PM Lena Hartmann <lena.hartmann@clausewise.example> wrote:\n"
          + quote("Michael,\n\nThanks for joining yesterday. To recap: about 60,000 contracts across 14 entities, Pactline today with a renewal in June, and a target of going live in Q2. Security review is the next gate.\n\n" + LENA),
          company="Veltron Group"),
     {"cw-ai-trust": 3, "cw-data-residency": 3, "ent-security-pack": 2, "cw-gdpr-dpa": 1}, forbidden=["draft-ai-copilot"], vertical="enterprise")

case("t03", "thread", "VP RevOps of a software company: deals sit in legal for weeks; wants contracts generated from Salesforce opportunities and reps able to send NDAs without legal (two asks)",
     mail("dana.cho@quillmetrics.io", "Dana Cho", "Contracts slowing our deals",
          "Hi Priya,\n\nGot your note. Timing is good: our CRO just asked me why Q4 deals are stuck in \"contract\" for 3 weeks on average.\n\nTwo things I'd want to see. First, can reps generate the order form and MSA straight from the Salesforce opportunity, with pricing pulled from CPQ, and see the contract status on the opp? Second, our two lawyers spend half their week on NDAs. Can reps send a standard NDA themselves?\n\nWe're about 450 people, 60 AEs.\n\nDana\n\nDana Cho\nVP Revenue Operations | Quill Metrics\nSent from Superhuman",
          company="Quill Metrics"),
     {"cw-salesforce": 3, "cw-nda-selfservice": 3, "cw-sales-cycle": 2, "mm-case-study": 1},
     forbidden=["retired-salesforce-classic"] + other_case_studies("mid-market"), vertical="mid-market")

case("t04", "thread", "manufacturer's procurement director: sourcing runs in SAP Ariba but supplier contracts live in email; wants Ariba-connected contracts; P.S. asks about tracking price-escalation clauses in supply agreements",
     mail("rgustafson@toreksteel.com", "Rolf Gustafson", "Supplier contracts + Ariba",
          "Hi Lena,\n\nGood to meet you at ProcureCon. As I mentioned, our sourcing events run in SAP Ariba, but once a supplier is awarded the contract is negotiated over email and ends up in someone's inbox. I want the contract to start from the Ariba event and the signed version to land back on the supplier record. Is that something you do out of the box?\n\nRegards,\nRolf\n\nP.S. Half our supply agreements have steel-index price escalation clauses and volume rebates. Finance never knows when a supplier is allowed to raise prices or when we're owed a rebate. Can you track that too?\n\nRolf Gustafson\nDirector, Global Procurement\nTorek Steel Products | 9 plants in the US and Mexico",
          company="Torek Steel Products"),
     {"cw-ariba-coupa": 3, "mfg-supplier-agreements": 3, "mfg-case-study": 2, "cw-procurement-intake": 1},
     forbidden=other_case_studies("manufacturing"), vertical="manufacturing")

case("t05", "thread", "county attorney, public-records disclaimer: FOIA requests for contracts take weeks and retention schedule isn't applied; also how to buy without an RFP (two asks)",
     mail("jmercer@harlancountyga.gov", "Janet Mercer", "RE: Contract management - questions from the County Attorney",
          "Omar,\n\nThank you for the overview. Two questions from our side before I can take this to the Board of Commissioners.\n\nFirst, open records. We received 212 open-records requests for contracts last year and each one means someone digging through filing cabinets and the shared drive. We also have a records retention schedule (GA state schedule, 7 years after expiration for most contracts) that nobody applies. How would Clausewise help us there?\n\nSecond, purchasing tells me anything over $25,000 needs a formal bid unless we use a cooperative contract. Are you on one?\n\nJanet Mercer\nCounty Attorney\nHarlan County, Georgia\n\nUnder Georgia's Open Records Act, this email and any reply may be subject to public disclosure.\n\n"
          "From: Omar Haddad <omar.haddad@clausewise.example>\nSent: Thursday, November 19, 2026 9:12 AM\nTo: Mercer, Janet <jmercer@harlancountyga.gov>\nSubject: Contract management for Harlan County\n\nJanet,\n\nAs promised, a short overview of Clausewise for county governments.\n\n" + OMAR,
          source="outlook", company="Harlan County"),
     {"gov-public-records": 3, "gov-coop-contracts": 3, "gov-case-study": 2, "gov-pricing": 1},
     forbidden=["gov-omnia-2021", "draft-fedramp"] + other_case_studies("government"), vertical="government")

case("t06", "thread", "owner of a 25-person agency from his phone: InkFlow is a third of the price, convince my partner or flex; the rep's quote is quoted",
     mail("theo@brickandbloom.co", "Theo Lang", "Re: Clausewise quote",
          "Priya,\n\nThanks for the quote. Straight up: InkFlow quoted us $12 a seat for the 6 of us who send contracts, and yours is about triple. My partner wants to know why we'd pay more just to send SOWs. Can you help me make the case, or is there room?\n\nTheo\n\nTheo Lang\nFounder, Brick & Bloom Creative\nSent from my iPhone\n\n"
          "On Mon, Nov 16, 2026 at 10:20 AM Priya Raman <priya.raman@clausewise.example> wrote:\n"
          + quote("Hi Theo,\n\nAttached is the quote for the Essentials plan for six users, with templates for your SOWs and e-signature included.\n\n" + PRIYA),
          company="Brick & Bloom Creative"),
     {"cw-obj-inkflow-cheaper": 3, "cw-bc-inkflow": 3, "smb-case-study": 2, "cw-discount-reply": 1},
     forbidden=["promo-q3-2026", "retired-pricing-2025"] + other_case_studies("smb"), vertical="smb")

case("t07", "thread", "bank's head of vendor management: examiners flagged no inventory of critical vendor contracts with termination and audit rights; the EU branch needs a DORA register; asks for a peer bank's story",
     mail("cwalsh@pinnaclecommercebank.com", "Colleen Walsh", "Vendor contract inventory",
          "Hi Sam,\n\nOur last OCC exam came with a finding: we could not produce, on request, a list of our critical third-party arrangements with their termination, audit and subcontracting rights. We have 90 days to remediate. On top of that, our Dublin branch has to maintain the DORA register of information.\n\nCan you send something on how Clausewise handles this? If another bank has been through the same thing, that would help me with our CRO.\n\nThanks,\nColleen\n\nColleen Walsh\nSVP, Third-Party Risk Management\nPinnacle Commerce Bank\nMember FDIC | Equal Housing Lender\n\nThis message may contain confidential information. If you are not the intended recipient, please delete it.",
          company="Pinnacle Commerce Bank"),
     {"fs-vendor-risk": 3, "fs-case-study": 3, "cw-repository": 2, "cw-obligations": 1},
     forbidden=["webinar-dora-oct-2026"] + other_case_studies("financial-services"), vertical="financial-services")

case("t08", "thread", "enterprise legal-ops director: Pactline renewal in March after a 14-month implementation; how would we get off it and how long; Outlook chain with a colleague's forward",
     mail("nadia.ruiz@corbelindustries.com", "Nadia Ruiz", "RE: Pactline renewal",
          "Lena,\n\nAdding context to Frank's note below. Our Pactline renewal is March 31 and they've proposed a 9% uplift. The original implementation took 14 months and every workflow change still needs their consultants. I'm not going through that again.\n\nWhat I need: a realistic plan and timeline for moving 85,000 contracts, 40 templates and our approval workflows off Pactline before March, and how you compare to them. Send whatever you'd give a GC.\n\nNadia Ruiz\nDirector, Legal Operations\nCorbel Industries\n\n"
          "From: Frank DeLuca <frank.deluca@corbelindustries.com>\nSent: Friday, November 20, 2026 11:30 AM\nTo: Lena Hartmann <lena.hartmann@clausewise.example>\nCc: Ruiz, Nadia <nadia.ruiz@corbelindustries.com>\nSubject: Pactline renewal\n\nLena, looping in Nadia who owns our CLM. - Frank",
          source="outlook", company="Corbel Industries"),
     {"cw-migration": 3, "cw-bc-pactline": 3, "ent-case-study": 2, "cw-implementation": 2},
     forbidden=["draft-bc-pactline-2027"] + other_case_studies("enterprise"), vertical="enterprise")

case("t09", "thread", "nonprofit grants director: 300 funder agreements with reporting deadlines and restricted funds, and is there nonprofit pricing (two asks, donate footer)",
     mail("amartin@brightwaterfoundation.org", "Alisha Martin", "Following up from the webinar",
          "Hi Omar,\n\nI attended your webinar last week. We manage about 300 active funder agreements, each with its own restrictions and reporting deadlines, and we track them in a spreadsheet that only I understand. We missed two interim reports this year and a funder noticed.\n\nIs there a discount for nonprofits? We're a 501(c)(3) and our operating budget is tight.\n\nWith gratitude,\nAlisha\n\nAlisha Martin | Director of Grants & Partnerships | Brightwater Community Foundation\nBrightwater is a 501(c)(3). Give today: brightwaterfoundation.org/give",
          company="Brightwater Community Foundation"),
     {"np-grants": 3, "np-pricing": 3, "cw-obligations": 2, "np-case-study": 1},
     forbidden=["np-grant-2025", "retired-pricing-2025"] + other_pricing("nonprofit") + other_case_studies("nonprofit"), vertical="nonprofit")

case("t10", "thread", "university's sponsored-programs director: research agreements, DUAs and MTAs bounce with sponsor redlines in Word; asks for another university's example",
     mail("gwen.albers@northfield.edu", "Gwen Albers", "OSP contract workload",
          "Hi Omar,\n\nThanks for reaching out after NCURA. Our Office of Sponsored Programs negotiates around 3,000 agreements a year: industry-sponsored research, data use agreements and MTAs. Sponsors send redlines in Word, we send them back, and the PIs email us daily asking where their agreement is. Faculty are threatening to go to the provost.\n\nHave other universities used Clausewise for this? An example would help me with our VP for Research.\n\nBest,\nDr. Gwen Albers\nDirector, Office of Sponsored Programs\nNorthfield University\nGo Falcons!",
          company="Northfield University"),
     {"edu-research": 3, "edu-case-study": 3, "cw-word-addin": 2, "cw-playbooks": 1},
     forbidden=other_case_studies("education"), vertical="education")

case("t11", "thread", "software company GC forwards the CFO's note ('see below'): $180K of SaaS auto-renewals nobody wanted; ask is in the forwarded message",
     mail("ben.ortiz@lumenstack.com", "Ben Ortiz", "Fwd: renewals - this can't happen again",
          "Priya - see below from our CFO. This is why I took your call. Can you send what you'd show her?\n\nBen\n\nBen Ortiz | General Counsel | Lumenstack\n\n"
          "---------- Forwarded message ---------\nFrom: Rita Osei <rita.osei@lumenstack.com>\nDate: Thu, Nov 19, 2026 at 7:02 PM\nSubject: renewals - this can't happen again\nTo: Ben Ortiz <ben.ortiz@lumenstack.com>\n\n"
          "Ben,\n\nWe just auto-renewed three SaaS contracts we had decided to cancel, $180K in total, because nobody saw the 60-day notice windows. I need a system that tells the owner before the notice date, not after. Please find one before the board meeting.\n\nRita\nCFO, Lumenstack",
          company="Lumenstack"),
     {"cw-renewals": 3, "mm-case-study": 2, "cw-obligations": 1, "cw-roi-calculator": 1},
     forbidden=other_case_studies("mid-market"), vertical="mid-market")

case("t12", "thread", "retailer's head of real estate: 410 store leases, missed a renewal option, leases are scanned PDFs in binders; wants abstraction and critical dates",
     mail("mhale@coastlinegoods.com", "Marcus Hale", "Lease tracking",
          "Hi Lena,\n\nWe have 410 store leases. Last month we missed a renewal option window on a top-20 store and the landlord is now asking 30% more. The lease data lives in a spreadsheet that's years out of date, and most of the leases are scanned PDFs in binders, some with amendments from the 90s.\n\nCan Clausewise abstract the leases and warn us before option windows and rent escalations? How do you handle the scanned ones?\n\nMarcus Hale\nVP Real Estate | Coastline Goods Co.\n",
          company="Coastline Goods Co."),
     {"rt-leases": 3, "cw-legacy-import": 2, "rt-case-study": 2, "cw-renewals": 1},
     forbidden=other_case_studies("retail"), vertical="retail")

case("t13", "thread", "hotel group's director of sales above the rep's quoted recap: group and event contracts with attrition clauses from templates, and send them through the DocuSign account they already own (two asks)",
     mail("ilana.berg@marisolhotels.com", "Ilana Berg", "Re: Group contracts",
          "Hi Priya,\n\nI shared the recap with our area directors. Two follow-ups:\n\n1. Our sales managers write group and event contracts by copying last year's Word file, and the attrition and cancellation clauses are all over the place. We need them coming from approved templates.\n2. We already pay for DocuSign through 2028. Can contracts go out through our DocuSign account rather than a new signing tool?\n\nThanks,\nIlana\n\nIlana Berg\nDirector of Sales | Marisol Hotels & Resorts\n12 properties | Florida & the Caribbean\n\n"
          "On Tue, Nov 17, 2026 at 1:15 PM Priya Raman <priya.raman@clausewise.example> wrote:\n"
          + quote("Hi Ilana,\n\nGreat to talk. Recap: 12 properties, about 2,800 group and event contracts a year, Delphi for sales, contracts in Word. Next step is a session with your area directors.\n\n" + PRIYA),
          company="Marisol Hotels & Resorts"),
     {"hosp-event-contracts": 3, "cw-docusign": 3, "cw-templates": 2, "hosp-case-study": 1},
     forbidden=["retired-docusign-v1"] + other_case_studies("hospitality"), vertical="hospitality")

case("t14", "thread", "deputy GC of a global company with three numbered asks: lawyers stay in Word, non-standard indemnity routes to legal for approval, pricing for 120 legal and 900 business users",
     mail("s.lindqvist@arvenholdings.com", "Sofia Lindqvist", "Three questions before the shortlist",
          "Lena,\n\nWe're narrowing to two vendors. Three questions from the legal leadership team:\n\n1. Our lawyers and outside counsel negotiate in Word and will not move to a browser editor. How do they work with Clausewise?\n2. When a business user accepts a non-standard indemnity or uncapped liability, we need legal approval before signature, automatically. How is that routed?\n3. Please send pricing for around 120 legal users and 900 business requesters.\n\nSofia Lindqvist\nDeputy General Counsel\nArven Holdings plc | London | New York | Singapore\n\nThis e-mail is confidential and may be legally privileged.",
          company="Arven Holdings"),
     {"cw-word-addin": 3, "cw-approvals": 3, "cw-pricing": 3, "cw-playbooks": 1},
     forbidden=["retired-pricing-2025"], vertical="enterprise")

# ---- crm (9)
case("t15", "crm", "Salesforce Proposal/Price Quote + Banking: head-to-head against Contractly, CFO wants a business case, proposal due",
     crm("salesforce", "Granite Trust Bank", "Proposal/Price Quote", "Banking",
         "Opportunity\nGranite Trust Bank - Enterprise CLM\nAccount Name: Granite Trust Bank\nOpportunity Owner: Sam Whitaker\nStage: Proposal/Price Quote\nAmount: $186,000.00\nClose Date: 12/19/2026\nProbability (%): 60\nIndustry: Banking\nPrimary Competitor: Contractly\nNext Step: Send proposal + comparison vs Contractly to GC (M. Feld). Contractly is pushing its Salesforce-native story; procurement and vendor management need more than sales contracts. CFO wants a business case.\n\nOpen Activities\nTask: Proposal + competitive comparison - Due 11/25/2026\n\nContact Roles\nMiriam Feld - General Counsel - Decision Maker\nTom Avery - CFO - Economic Buyer",
         url="https://granitetrust.lightning.force.com/lightning/r/Opportunity/0065e00000QrT7bAAF/view"),
     {"cw-bc-contractly": 3, "cw-business-case": 3, "cw-pricing": 2, "fs-case-study": 2},
     forbidden=["retired-bc-contractly-2024", "retired-pricing-2025"] + other_case_studies("financial-services"), vertical="financial-services")

case("t16", "crm", "HubSpot appointmentscheduled + HOSPITAL_HEALTH_CARE: discovery call booked with the GC and supply-chain VP; confirm and send an agenda",
     crm("hubspot", "Mercy Ridge Medical Group", "appointmentscheduled", "HOSPITAL_HEALTH_CARE",
         "Mercy Ridge Medical Group - CLM\nDeal stage: Appointment scheduled\nAmount: $72,000\nClose date: 04/30/2027\nDeal owner: Sam Whitaker\n\nActivity\nNov 23, 2026 - Meeting booked: Discovery call, Dec 3, 10:00 AM ET, with Laura Benson (General Counsel) and Rick Tan (VP Supply Chain)\nNov 19, 2026 - Email opened: \"How many contracts auto-renewed last year without anyone deciding?\" (4 opens)\nNote: 38 clinics, contracts on a shared drive.\n\nAssociated company\nMercy Ridge Medical Group | Hospital & Health Care | 2,100 employees"),
     {"cw-meeting-confirm": 3, "cw-discovery-agenda": 3, "hc-case-study": 1}, forbidden=["retired-hc-case-study-2023"], vertical="healthcare")

case("t17", "crm", "Salesforce Closed Won + Government (canonical vertical and stage given): welcome and kickoff, clerk's office training before go-live, retention schedule to configure",
     crm("salesforce", "City of Brookhaven", "Closed Won", "Government",
         "Opportunity\nCity of Brookhaven - Contract Management\nAccount Name: City of Brookhaven\nOpportunity Owner: Omar Haddad\nStage: Closed Won\nAmount: $64,000.00\nClose Date: 11/20/2026\nIndustry: Government\nNext Step: Send welcome + book kickoff. City Clerk wants her 8 staff trained before the Feb 1 go-live; records manager needs the retention schedule set up.\n\nOpen Activities\nTask: Welcome email to City Clerk and Purchasing Director - Due 11/24/2026",
         vertical="government", stage="closed-won"),
     {"cw-welcome": 3, "cw-training": 3, "cw-implementation": 2, "gov-public-records": 2}, vertical="government")

case("t18", "crm", "HubSpot contractsent + COMPUTER_SOFTWARE (canonical stage only): CFO will sign before year end for 10% off or the implementation fee waived; counsel has MSA redlines",
     crm("hubspot", "Tallyhawk", "contractsent", "COMPUTER_SOFTWARE",
         "Tallyhawk - Clausewise Pro\nDeal stage: Contract sent\nAmount: $58,000\nClose date: 12/31/2026\nDeal owner: Priya Raman\n\nActivity\nNov 21, 2026 - Logged call with Ana Silva (CFO): can sign before year end if we \"sharpen the pencil\" - 10% off or waive the implementation fee. Their outside counsel has two MSA redlines (liability cap, data ownership).\nNov 16, 2026 - Email sent: Order form and MSA\n\nAssociated company\nTallyhawk | Computer Software | 520 employees",
         stage="negotiation"),
     {"promo-year-end-2026": 3, "cw-discount-reply": 3, "cw-msa-snippet": 2}, forbidden=["promo-q3-2026", "retired-pricing-2025"], vertical="mid-market")

case("t19", "crm", "Salesforce with German labels (Phase: Verhandlung/Überprüfung, Branche: Maschinenbau): the data protection officer wants the AVV, hosting in Frankfurt and the subprocessor list before signature",
     crm("salesforce", "Brenner Antriebstechnik GmbH", "Verhandlung/Überprüfung", "Maschinenbau",
         "Verkaufschance\nBrenner Antriebstechnik GmbH – Vertragsmanagement\nAccountname: Brenner Antriebstechnik GmbH\nVerkaufschancen-Inhaber: Jules Moreau\nPhase: Verhandlung/Überprüfung\nBetrag: 148.000,00 €\nSchlusstermin: 18.12.2026\nBranche: Maschinenbau\nNächster Schritt: Datenschutzbeauftragter (Hr. Kuhn) verlangt vor Unterschrift den AVV, Bestätigung des Hostings in Frankfurt inkl. KI-Verarbeitung und die Liste der Unterauftragsverarbeiter.\nBeschreibung: 4 Werke, 1.900 Lieferantenverträge, heute SharePoint.\n\nAktivitätsverlauf\n20.11.2026 Anruf – Hr. Kuhn: ohne AVV keine Unterschrift."),
     {"cw-de-datenschutz": 3, "cw-gdpr-dpa": 3, "cw-data-residency": 2, "cw-ai-trust": 1}, forbidden=["draft-de-avv-v2"], vertical="manufacturing")

case("t20", "crm", "HubSpot with French labels (Qualifié pour l'achat, Assurances): insurer wants a presentation in French and qualified electronic signatures under eIDAS",
     crm("hubspot", "Mutuelle Atlantique Assurances", "Qualifié pour l'achat", "Assurances",
         "Mutuelle Atlantique – Gestion des contrats\nÉtape de la transaction : Qualifié pour l'achat\nMontant : 96 000 €\nDate de fermeture : 31/03/2027\nPropriétaire de la transaction : Jules Moreau\n\nActivité\n19 nov. 2026 – Appel avec Mme Lambert (directrice juridique) : le comité de direction veut une présentation en français. Les contrats avec les courtiers exigent une signature électronique qualifiée (eIDAS).\n\nEntreprise associée\nMutuelle Atlantique | Assurances | 1 400 salariés | Nantes"),
     {"cw-fr-presentation": 3, "cw-fr-signature": 3, "cw-esign": 2, "fs-case-study": 1}, vertical="financial-services")

case("t21", "crm", "Salesforce with Spanish labels (Etapa: Análisis de necesidades, Sector: Educación): university research office wants a summary in Spanish and how research agreements and MTAs are handled",
     crm("salesforce", "Universidad del Valle Central", "Análisis de necesidades", "Educación",
         "Oportunidad\nUniversidad del Valle Central – Gestión de contratos de investigación\nPropietario de la oportunidad: Jules Moreau\nEtapa: Análisis de necesidades\nImporte: 54.000,00 €\nFecha de cierre: 30/04/2027\nSector: Educación\nPaso siguiente: La vicerrectora de investigación pide un resumen en español para el consejo de gobierno y cómo gestionamos los convenios de investigación con empresas y los acuerdos de transferencia de material (MTA).\n\nHistorial de actividades\n17/11/2026 Llamada – Dra. Ibáñez: 1.100 convenios al año, hoy por correo y Word."),
     {"cw-es-resumen": 3, "edu-research": 3, "edu-case-study": 1}, forbidden=other_case_studies("education"), vertical="education")

case("t22", "crm", "Salesforce account of an enterprise customer (canonical vertical and stage given): renewal EBR and expanding to procurement on Coupa",
     {"source": "salesforce", "company": "Halvorsen Energy", "vertical": "enterprise", "stage": "customer",
      "raw": {"industry": "Utilities", "type": "Customer"},
      "text": "Account\nHalvorsen Energy\nType: Customer\nAccount Owner: Lena Hartmann\nIndustry: Utilities\nEmployees: 14,000\nContract End Date: 2/28/2027\nLicensed users: 85 (Legal)\n\nOpportunities (2)\nHalvorsen FY27 Renewal - Stage: Qualification - Close 2/28/2027\nHalvorsen Procurement Expansion - Stage: Prospecting - Close 6/30/2027\n\nNext Step: EBR 12/8 with the GC and CPO: renewal options + bringing procurement (Coupa) onto Clausewise.\n\nActivity History\n11/18 Call - CPO: 6,000 supplier contracts outside Clausewise, requests come in through Coupa."},
     {"cw-renewal-ebr": 3, "cw-expansion": 3, "cw-ariba-coupa": 2, "cw-procurement-intake": 1}, vertical="enterprise")

case("t23", "crm", "HubSpot closedlost + NON_PROFIT_ORGANIZATION_MANAGEMENT: lost to InkFlow on price, never saw the nonprofit rate; send a gracious note",
     crm("hubspot", "Fairway Youth Alliance", "closedlost", "NON_PROFIT_ORGANIZATION_MANAGEMENT",
         "Fairway Youth Alliance - CLM\nDeal stage: Closed lost\nClosed lost reason: Price - chose InkFlow\nAmount: $14,000\nDeal owner: Omar Haddad\n\nActivity\nNov 20, 2026 - Email received from Jo Reyes (Operations Director): \"We've decided to go with InkFlow for now, mostly on price. Thanks for all your help.\"\nNote: we never quoted our nonprofit rate - they were on list price.\n\nAssociated company\nFairway Youth Alliance | Non-Profit Organization Management | 140 employees"),
     {"cw-winback": 3, "np-pricing": 2}, forbidden=["np-grant-2025"] + other_pricing("nonprofit"), vertical="nonprofit")

# ---- foreign (5): German, French, Spanish, Dutch
case("t24", "foreign", "German mid-size company's legal counsel (Outlook 'Von:/Gesendet:' header, Impressum footer): missed notice periods on supplier contracts, and lawyers must keep working in Word",
     mail("j.vogt@kaltenbach-logistik.de", "Julia Vogt", "AW: Clausewise – Vertragsmanagement",
          "Hallo Herr Moreau,\n\nvielen Dank für das Gespräch. Zwei Punkte sind für uns entscheidend:\n\n1. Wir haben im Sommer zwei Kündigungsfristen bei Dienstleisterverträgen verpasst und sind jetzt zwei weitere Jahre gebunden. Wie stellt Clausewise sicher, dass uns Fristen rechtzeitig gemeldet werden?\n2. Unsere Juristen arbeiten ausschließlich in Word mit Änderungsverfolgung. Geht das mit Clausewise weiterhin?\n\nMit freundlichen Grüßen\nJulia Vogt\nSyndikusrechtsanwältin\nKaltenbach Logistik GmbH\nHafenstraße 12, 28217 Bremen\n\nSitz der Gesellschaft: Bremen | Amtsgericht Bremen HRB 30512 | Geschäftsführer: Karl Kaltenbach\n\n"
          "Von: Jules Moreau <jules.moreau@clausewise.example>\nGesendet: Dienstag, 17. November 2026 15:40\nAn: Vogt, Julia <j.vogt@kaltenbach-logistik.de>\nBetreff: Clausewise – Vertragsmanagement\n\nHallo Frau Vogt,\n\nanbei die Unterlagen zu unserem Gespräch.\n\n" + JULES,
          source="outlook", company="Kaltenbach Logistik GmbH"),
     {"cw-renewals": 3, "cw-word-addin": 3, "cw-de-ueberblick": 2, "cw-obj-word": 1}, vertical="mid-market")

case("t25", "foreign", "French retail chain's real-estate director: commercial leases (baux commerciaux) and their deadlines, and a presentation in French for the executive committee",
     mail("c.dupuis@maisonlaurier.fr", "Claire Dupuis", "Gestion des baux commerciaux",
          "Bonjour Jules,\n\nSuite à notre échange, je vous confirme notre intérêt. Nous gérons 260 baux commerciaux pour nos magasins, avec des échéances triennales, des indexations de loyer et des options de renouvellement que nous suivons dans un tableur. Nous avons laissé passer une échéance l'an dernier.\n\nPourriez-vous m'envoyer une présentation en français pour notre comité exécutif, et m'expliquer comment vous suivez ces échéances ?\n\nCordialement,\n\nClaire Dupuis\nDirectrice immobilier\nMaison Laurier – 260 magasins\n\nCe message est confidentiel et destiné exclusivement à ses destinataires.",
          company="Maison Laurier"),
     {"rt-leases": 3, "cw-fr-presentation": 3, "rt-case-study": 1, "cw-renewals": 1}, forbidden=other_case_studies("retail"), vertical="retail")

case("t26", "foreign", "Spanish software company's sales director: reps should send NDAs themselves from HubSpot, and a summary in Spanish",
     mail("lucia.navarro@tramaio.es", "Lucía Navarro", "NDAs y HubSpot",
          "Hola Priya:\n\nGracias por la llamada. Nuestro equipo comercial (35 personas) pierde días esperando a que el departamento legal revise cada acuerdo de confidencialidad. Queremos que los comerciales generen y envíen el NDA estándar directamente desde el negocio en HubSpot y que la firma quede registrada allí.\n\n¿Nos puedes mandar un resumen en español para el comité de dirección?\n\nUn saludo,\n\nLucía Navarro\nDirectora Comercial\nTramaio Software S.L. – Madrid\n\nAVISO LEGAL: Este mensaje es confidencial y va dirigido exclusivamente a su destinatario.",
          company="Tramaio Software"),
     {"cw-nda-selfservice": 3, "cw-hubspot": 3, "cw-es-resumen": 2, "cw-sales-cycle": 1}, vertical="mid-market")

case("t27", "foreign", "Dutch municipality's legal advisor: Woo requests (Dutch open-government act) for contracts, and data must stay in the EU; no Dutch content in the library",
     mail("r.dejong@gemeente-veldhoven-oost.nl", "Ruben de Jong", "Contractbeheer en Woo-verzoeken",
          "Beste Jules,\n\nDank voor de demo van vorige week. Voor ons zijn twee punten doorslaggevend:\n\n1. We krijgen steeds meer Woo-verzoeken waarin om contracten wordt gevraagd. Nu zoeken we alles handmatig op in de netwerkschijf en lakken we met de hand. Hoe helpt Clausewise daarbij, ook met de archiefwet en bewaartermijnen?\n2. Onze gegevens moeten binnen de EU blijven. Waar worden de contracten opgeslagen en waar draait de AI?\n\nMet vriendelijke groet,\n\nRuben de Jong\nJuridisch adviseur\nGemeente Veldhoven-Oost\n\nDisclaimer: dit bericht is uitsluitend bestemd voor de geadresseerde.",
          company="Gemeente Veldhoven-Oost"),
     {"gov-public-records": 3, "cw-data-residency": 3, "cw-gdpr-dpa": 1, "gov-case-study": 1}, forbidden=["gov-omnia-2021"], vertical="government")

case("t28", "foreign", "German insurer's outsourcing officer: DORA register of information and exit strategies for ICT contracts, data must be hosted in Germany/EU",
     mail("s.engel@rheinland-versicherung.de", "Stefan Engel", "DORA-Informationsregister",
          "Sehr geehrter Herr Moreau,\n\nseit Januar 2025 müssen wir das DORA-Informationsregister für alle IKT-Dienstleisterverträge führen, inklusive Kündigungsrechten, Prüfrechten und Ausstiegsstrategien. Heute pflegen wir das in Excel aus rund 1.400 Verträgen. Kann Clausewise diese Angaben aus den Verträgen ziehen und das Register erzeugen? Außerdem müssen die Daten in der EU gehostet werden.\n\nMit freundlichen Grüßen\nStefan Engel\nAuslagerungsbeauftragter\nRheinland Versicherung AG, Köln\n\nVorstand: Dr. A. Becker (Vors.), M. Yilmaz | Aufsichtsratsvorsitzender: H. Roth | Amtsgericht Köln HRB 11408",
          company="Rheinland Versicherung AG"),
     {"fs-vendor-risk": 3, "cw-repository": 2, "cw-de-datenschutz": 2, "cw-data-residency": 1},
     forbidden=["webinar-dora-oct-2026", "draft-de-avv-v2"], vertical="financial-services")

# ---- sparse (5): most fields null or missing
case("t29", "sparse", "only a domain and a subject line about NDA turnaround; no text, no contact",
     {"source": "gmail", "domain": "pellucid.ai", "subject": "NDA turnaround is killing us", "text": None, "contact": None},
     {"cw-nda-selfservice": 3, "cw-sales-cycle": 1, "mm-case-study": 1}, vertical="mid-market")

case("t30", "sparse", "a HubSpot company page with only a name and raw industry Banking",
     {"source": "hubspot", "company": "Northgate Credit Union", "raw": {"industry": "Banking"}},
     {"fs-case-study": 3, "fs-vendor-risk": 3, "cw-overview-deck": 2},
     forbidden=["webinar-dora-oct-2026"] + other_case_studies("financial-services"), vertical="financial-services")

case("t31", "sparse", "every field null but one line of text about missed auto-renewal notice dates",
     {"source": None, "url": None, "company": None, "domain": None, "contact": None, "vertical": None, "stage": None, "raw": None, "subject": None,
      "text": "we keep missing the notice dates on our auto-renewing saas subscriptions, finance found out after the invoices came"},
     {"cw-renewals": 3, "cw-obligations": 1})

case("t32", "sparse", "a Salesforce page where the reader found only canonical vertical government and stage proposal",
     {"source": "salesforce", "vertical": "government", "stage": "proposal"},
     {"gov-pricing": 3, "gov-coop-contracts": 3, "gov-case-study": 2, "gov-public-records": 1},
     forbidden=["gov-omnia-2021", "retired-pricing-2025", "draft-fedramp"] + other_pricing("government") + other_case_studies("government"), vertical="government")

case("t33", "sparse", "an Outlook mail with only sender and subject 'SOC 2 report?', body not read",
     mail("vendorrisk@harborpointbank.com", "Vendor Risk", "SOC 2 report?", None, source="outlook"),
     {"cw-soc2-2026": 3, "cw-security-questionnaire": 2, "cw-security-overview": 2}, forbidden=["cw-soc2-2025"])

# ---- query (4): the rep types
case("t34", "query", "a typo'd integration query on a thin HubSpot deal page",
     {"source": "hubspot", "company": "Orbital Freight", "raw": {"stage": "presentationscheduled"}, "text": "Orbital Freight - CLM\nDeal stage: Presentation scheduled\nNote: they already use DocuSign company-wide."},
     {"cw-docusign": 3, "cw-esign": 1}, query="docusgn integraton", forbidden=["retired-docusign-v1"])

case("t35", "query", "an empty generic page, the rep types a competitor name",
     {"source": "generic", "text": None},
     {"cw-bc-pactline": 3, "cw-migration": 1}, query="pactline", forbidden=["draft-bc-pactline-2027"])

case("t36", "query", "a Salesforce opportunity of a software company where the controller wants signed values in NetSuite; the rep types the product",
     crm("salesforce", "Brightloop Analytics", "Id. Decision Makers", "Computer Software",
         "Opportunity\nBrightloop Analytics - CLM\nStage: Id. Decision Makers\nAmount: $42,000.00\nIndustry: Computer Software\nNext Step: Controller (K. Imai) wants signed contract values and billing schedules to flow into NetSuite so billing stops re-keying order forms."),
     {"cw-netsuite": 3, "cw-amendments": 1}, query="netsuite", vertical="mid-market")

case("t37", "query", "a nonprofit's Gmail thread asking what it would cost; the rep types a generic word",
     mail("finance@harvesttablenetwork.org", "Dev Malhotra", "Re: Clausewise for our partner agreements",
          "Hi Omar,\n\nThe team liked the demo. Before I bring it to our finance committee: what would it cost for 8 users? We're a 501(c)(3) food bank network.\n\nDev Malhotra\nFinance Director, Harvest Table Network",
          company="Harvest Table Network"),
     {"np-pricing": 3, "cw-pricing": 2}, query="pricing",
     forbidden=["retired-pricing-2025", "np-grant-2025"] + other_pricing("nonprofit"), vertical="nonprofit")

# ---- nofit (3): nothing in the library answers
case("t38", "nofit", "a job applicant asks about the status of her paralegal application",
     mail("hannah.kemp@gmail.com", "Hannah Kemp", "Paralegal position - application status",
          "Hello,\n\nI applied for the Contracts Paralegal position on your careers page three weeks ago (ref. CW-2291) and wanted to check on the status of my application. I have five years of experience in contract administration.\n\nKind regards,\nHannah Kemp"),
     {})

case("t39", "nofit", "an events vendor says the rep's trade-show booth shipment arrived damaged and asks for the freight claim details",
     mail("ops@expoworksfreight.com", "Expo Works Operations", "Booth shipment damaged - CLOC Global Institute",
          "Hi,\n\nYour booth crate for the CLOC Global Institute arrived at the Las Vegas warehouse with a broken corner and water damage to the graphics panel. Please send your freight insurance details and the original bill of lading number so we can open a claim before move-in on Monday.\n\nExpo Works Operations",
          source="outlook"),
     {})

case("t40", "nofit", "a prospect's office manager asks the rep to recommend an employment lawyer for a dispute with a former employee",
     mail("office@greenlinepm.com", "Tara Boyd", "Quick question",
          "Hi Priya,\n\nUnrelated to the software: we have a dispute with a former employee over unpaid commission and I don't have a lawyer. Since you work with so many legal teams, could you recommend an employment attorney in Denver?\n\nThanks,\nTara\nOffice Manager, Greenline Property Management",
          company="Greenline Property Management"),
     {})

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
check_verticals(ITEMS, CASES, VERTICAL, NOW)
write_set(HERE, ITEMS, CASES, NOW, "t")
