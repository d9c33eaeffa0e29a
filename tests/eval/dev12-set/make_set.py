"""A thirteenth tuning set on a new vendor's library: Covenly, contract lifecycle management and legal operations
(legal intake and a front door in Slack / Teams / the web ("Covenly Intake"); self-service templates, a clause library
and negotiation playbooks; redlining in Microsoft Word (a Windows / Mac / web add-in) and a counterparty portal;
approval workflows on a delegation-of-authority matrix; built-in e-signature ("Covenly Sign") with eIDAS qualified
signatures through trust service providers, and DocuSign / Adobe Acrobat Sign integrations; a searchable repository,
legacy migration and AI extraction; obligations and renewal / auto-renewal alerts ("Covenly Obligations"); AI review
of third-party paper against the customer's playbook and NDA autopilot ("Covenly Review"), AI data use, the EU AI
Act and an accuracy report; Salesforce (CPQ) and HubSpot integrations for sell-side contracts, Coupa / Ariba /
Workday for buy-side ones, Microsoft 365 and Slack; legal spend, LEDES e-billing and outside counsel guidelines
("Covenly Spend") and matter management; repapering, M&A diligence, 30 contract languages; SOC 2 / ISO 27001 /
ISO 42001, SSO / SCIM, data residency, DPA, VPAT; pricing per full user with requesters and signers free; per-vertical
content and battlecards against Inkvault (a legacy enterprise CLM suite, the incumbent), Signara (an e-signature
vendor's CLM add-on, priced per envelope) and Quilldesk AI (an AI review tool for Word only)).
Written blind on 2026-12-07 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
Reference date: 2026-11-23 (items whose `expires` is before it are expired).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts, retired
and expired items that look relevant, and items restricted to another vertical when one for the
prospect's vertical (or general content) answers. Besides the default verticals (among them `mid-market`,
`manufacturing`, `retail` and `hospitality`), the library uses one that a CLM vendor organises its content by:
`life-sciences` (pharma, biotech, medical devices and CROs: clinical trial agreements and site budgets, CDAs, HCP
agreements and transparency reporting, 21 CFR Part 11); library.json carries no taxonomy, so pages name it only in
raw values ("Biotechnology", "Pharmaceuticals") and text, and never spell the id or its words.
Run: python3 tests/eval/dev12-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_traps_forbidden, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-19T09:00:00Z"
OLD = "2024-02-05T10:00:00Z"
ITEMS, add = library("https://content.covenly.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, mostly no stages
add("cv-overview-deck", "Covenly platform overview", "deck", "Contract lifecycle management for in-house legal and the teams it serves: intake, templates and clause library, redlining in Word, approvals, e-signature, a searchable repository, obligations and renewals, AI review and legal spend on one platform.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "clm", "contract lifecycle management", "contract management", "legal operations", "covenly"])
add("cv-platform", "Covenly in one page: from request to renewal", "one-pager", "What Covenly does at each step of a contract's life, and what customers see in the first year: contract cycle time down 40%, NDAs turned in hours, and no missed notice dates.", tags=["overview", "one-pager", "clm", "cycle time", "contract management", "legal ops", "covenly"])
add("cv-intake", "Covenly Intake: one front door for every legal request", "one-pager", "Request forms in Slack, Teams, Salesforce or the browser that ask the right questions for each contract type, route to the right lawyer by type, value and region, and track turnaround against your SLAs, so requests stop arriving by email and in the hallway.", tags=["intake", "legal front door", "legal requests", "triage", "routing", "sla", "request forms", "workload", "covenly intake"])
add("cv-selfserve", "Self-service contracts: sales and procurement generate NDAs and order forms without waiting for legal", "one-pager", "Business users answer a short questionnaire and get an approved template (NDA, order form, SOW, DPA) with the right clauses filled in; legal only sees the ones that leave the playbook.", tags=["self-service", "templates", "nda", "order form", "sow", "document generation", "automation", "business users", "sales"])
add("cv-clause-library", "Clause library: approved language, fallbacks and who may approve them", "one-pager", "Every approved clause with its fallbacks, usage notes and owner, searchable from Word and the template editor; when a clause changes, templates that use it are updated and flagged.", tags=["clause library", "clauses", "standard clauses", "fallback language", "approved language", "templates", "knowledge management"])
add("cv-playbooks", "Negotiation playbooks: preferred, fallback and walk-away positions for each clause", "one-pager", "Turn your negotiation guide into a playbook that Covenly checks every draft against: limitation of liability, indemnities, IP, data protection, payment terms; going beyond a fallback routes to the approver you name.", tags=["playbook", "negotiation playbook", "positions", "fallback", "limitation of liability", "indemnity", "escalation", "standards"])
add("cv-word-addin", "Covenly for Microsoft Word: redline and check the playbook without leaving Word", "one-pager", "The add-in runs in Word for Windows, Word for Mac and Word on the web: insert approved clauses, check the draft against the playbook, see suggested redlines, and save each version back to the contract record. Nothing to install for counterparties.", tags=["word", "microsoft word", "word add-in", "add-in", "redlining", "track changes", "mac", "word online", "word on the web", "office 365", "microsoft 365"])
add("cv-redline", "Negotiating with counterparties: version history, compare and a counterparty portal", "one-pager", "Send a draft from Covenly and every version that comes back, whether by email or through the portal, lands on the contract with a clean compare against the last; outside counsel and counterparties redline in their own Word with no licence.", tags=["redlining", "redline", "negotiation", "version control", "compare", "counterparty", "outside counsel", "external collaboration", "track changes", "email attachments"])
add("cv-approvals", "Approval workflows: conditional approvals and your delegation-of-authority matrix", "one-pager", "Route by contract type, value, deviation from the playbook and region; approvals in email, Slack or Teams; signing authority checked against your delegation-of-authority matrix before anything goes out for signature.", tags=["approvals", "approval workflow", "delegation of authority", "signing authority", "doa", "finance approval", "conditional routing", "workflow", "admin"])
add("cv-sign", "Covenly Sign: built-in e-signature with a tamper-evident audit trail", "one-pager", "Legally binding simple and advanced electronic signatures under ESIGN, UETA and eIDAS: signing order, bulk send, in-person signing, SMS verification and a certificate of completion; included in every plan at no charge per envelope.", tags=["e-signature", "esignature", "electronic signature", "esign", "ueta", "eidas", "audit trail", "signing", "bulk send", "covenly sign"])
add("cv-qes", "Qualified electronic signatures (eIDAS QES) where the law or your counterparty requires them", "one-pager", "For contracts that need a qualified signature (written-form requirements in Germany, Austria, Italy or Poland, some public bodies and banks), Covenly Sign hands off to qualified trust service providers with video or eID identification, inside the same workflow and audit trail.", tags=["qes", "qualified electronic signature", "eidas", "qtsp", "schriftform", "written form", "advanced electronic signature", "germany", "eu", "trust service provider"])
add("cv-esign-integrations", "Keep your e-signature: DocuSign and Adobe Acrobat Sign integrations", "one-pager", "Send for signature through your existing DocuSign or Acrobat Sign account from Covenly; envelopes, status and signed copies flow back to the contract record.", tags=["docusign", "adobe sign", "acrobat sign", "e-signature", "integration", "envelopes"])
add("cv-repository", "Contract repository: every contract searchable, with its key terms extracted", "one-pager", "Full-text and clause search across every contract, OCR for scans, 60+ extracted fields, saved views and reports, and the related amendments, SOWs and orders linked to their master agreement.", tags=["repository", "contract repository", "search", "metadata", "ocr", "full-text search", "central repository", "single source of truth", "reporting"])
add("cv-migration", "Legacy contract migration: shared drives, scanned paper and your old CLM in the repository in weeks", "one-pager", "Bulk import from SharePoint, Google Drive, Box, network drives, scanned paper and other CLMs; AI extracts 60+ fields (parties, dates, renewal and notice terms, governing law, liability caps) and our team checks them, with a field-level accuracy report at the end.", tags=["migration", "legacy contracts", "import", "bulk upload", "sharepoint", "google drive", "box", "scanned", "paper", "ocr", "extraction", "data migration", "backfile", "metadata"])
add("cv-obligations", "Covenly Obligations: every contractual commitment with an owner and a reminder", "one-pager", "Obligations extracted from signed contracts (reports, audits, insurance certificates, service levels, price reviews, exclusivity), assigned to an owner with due dates and escalation, and evidence of completion kept on the contract.", tags=["obligations", "obligation management", "obligation tracking", "commitments", "deliverables", "compliance", "sla credits", "post-signature", "reminders", "covenly obligations"])
add("cv-renewals", "Renewals and auto-renewals: never miss a notice date again", "one-pager", "Covenly reads renewal terms and notice periods from every contract, alerts the owner 90, 60 and 30 days before the notice date, and shows the spend that renews automatically next quarter so you can cancel or renegotiate in time.", tags=["renewals", "auto-renewal", "auto renewal", "autorenewal", "evergreen", "notice period", "notice date", "termination", "alerts", "reminders", "saas spend", "cancellation"])
add("cv-ai-review", "Covenly Review: AI first-pass review of third-party paper against your own playbook", "one-pager", "Upload the other side's draft and Review marks each clause against your playbook positions, lists the issues by risk and proposes redlines in your language; your lawyers accept, edit or reject each suggestion in Word.", tags=["ai", "ai review", "contract review", "artificial intelligence", "genai", "third-party paper", "risk", "issues list", "suggested redlines", "covenly review"])
add("cv-nda-auto", "NDA autopilot: inbound NDAs reviewed and approved in minutes", "one-pager", "Review checks every incoming NDA against your NDA playbook; those within it are approved and sent for signature automatically, the rest reach a lawyer with the issues marked.", tags=["nda", "ndas", "non-disclosure agreement", "confidentiality agreement", "auto-approval", "ai review", "high volume", "triage"])
add("cv-ai-trust", "Covenly AI and your data: no training on your contracts, and where the data goes", "one-pager", "Which models Covenly AI uses and where they run (in your data-residency region), zero data retention at model providers, no training on customer data, per-feature opt-out, human review of every suggestion, and our ISO/IEC 42001 certification.", tags=["ai trust", "ai governance", "data use", "no training", "model providers", "llm", "zero retention", "iso 42001", "responsible ai", "ai policy", "privacy"])
add("cv-eu-ai-act", "The EU AI Act and contract AI: what applies to you and what we do", "one-pager", "Why contract review and extraction are not high-risk uses under the AI Act, the transparency and AI-literacy duties that do apply from 2025 and 2026, and the documentation we provide to deployers.", tags=["eu ai act", "ai act", "regulation", "ai compliance", "transparency", "ai literacy", "gpai", "europe"])
add("cv-ai-accuracy", "AI extraction accuracy: field-by-field results on 12,000 contracts", "link", "Precision and recall for each extracted field (dates, renewal terms, parties, governing law, liability caps) on scanned and native contracts in six languages, with the method.", tags=["accuracy", "benchmark", "precision", "recall", "extraction", "ai quality", "validation", "qa"])
add("cv-salesforce", "Salesforce integration: contracts from opportunities and CPQ quotes, status back in Salesforce", "one-pager", "A managed package for Lightning: generate the order form or MSA from the opportunity and the CPQ quote lines, request legal review from the record, and see redline status and the signed contract on the opportunity.", tags=["salesforce", "salesforce cpq", "cpq", "opportunity", "quote-to-contract", "quote to cash", "sales contracts", "crm integration", "managed package", "lightning", "order form"])
add("cv-hubspot", "HubSpot integration: generate and track contracts from the deal", "one-pager", "Create the contract from a HubSpot deal with its line items and company properties, follow approvals and signature on the deal timeline, and move the deal stage when it is signed.", tags=["hubspot", "crm integration", "deals", "line items", "quotes", "sales contracts"])
add("cv-procurement", "Buy-side contracts: supplier agreements from Coupa, SAP Ariba and Workday", "one-pager", "Start supplier contracts from the sourcing event or purchase requisition, negotiate on your paper or theirs, and send signed terms, dates and spend commitments back to the procurement system.", tags=["procurement", "supplier contracts", "vendor contracts", "coupa", "sap ariba", "ariba", "workday", "source-to-contract", "buy-side", "purchasing", "sourcing"])
add("cv-m365", "Microsoft 365: Outlook, Teams and SharePoint", "one-pager", "File contracts from Outlook, request and approve in Teams, and keep a SharePoint library in sync with the repository for the teams who live there.", tags=["microsoft 365", "outlook", "teams", "microsoft teams", "sharepoint", "onedrive", "microsoft"])
add("cv-slack", "Covenly for Slack: request, approve and check a contract's status in Slack", "one-pager", "A Slack app for the legal front door: ask for a contract in a message, approve from a notification, and ask 'where is the Acme MSA?' without opening another tool.", tags=["slack", "intake", "approvals", "notifications", "chat", "status"])
add("cv-spend", "Covenly Spend: legal spend and outside counsel e-billing", "one-pager", "Law firms submit LEDES invoices into Covenly, which checks them against your outside counsel guidelines and matter budgets, flags block billing and unapproved rate increases, and routes approvals; accruals and spend reports for finance.", tags=["legal spend", "e-billing", "ebilling", "ledes", "outside counsel", "law firm invoices", "invoice review", "matter budgets", "accruals", "spend management", "covenly spend"])
add("cv-ocg", "Outside counsel guidelines, enforced line by line with AI invoice review", "one-pager", "Your billing guidelines turned into rules that every invoice line is checked against: block billing, vague descriptions, junior staffing on partner tasks, travel, rates above the agreed card; typical savings of 6 to 11% of outside spend.", tags=["outside counsel guidelines", "ocg", "invoice review", "block billing", "rate increases", "billing guidelines", "law firms", "ai", "savings"])
add("cv-matters", "Matter management for in-house legal teams", "one-pager", "Disputes, investigations, regulatory and corporate matters with their documents, budgets, outside counsel and deadlines, linked to the contracts and spend behind them.", tags=["matter management", "matters", "legal ops", "litigation", "disputes", "investigations", "case management", "workload"])
add("cv-reporting", "Legal ops dashboards: cycle time, bottlenecks, workload and contract value", "one-pager", "Where contracts wait and for whom, cycle time by contract type and team, requests per lawyer, and the value under contract by counterparty, for the GC's board report.", tags=["reporting", "dashboards", "analytics", "cycle time", "kpi", "metrics", "legal ops", "bottlenecks", "board report"])
add("cv-repapering", "Repapering at scale: bulk amendments for new terms, price changes or a new entity name", "one-pager", "Find every contract a change touches, generate the amendment for each from one template, send in bulk for signature and track who has signed, as for the 2021 SCCs, a price-adjustment round or a rebrand.", tags=["repapering", "bulk amendments", "amendments", "mass update", "scc", "price increase", "price adjustment", "novation", "rebrand", "bulk send"])
add("cv-ma", "M&A due diligence: a target's contracts reviewed for change of control and assignment in days", "one-pager", "Load the data room and get every change-of-control, assignment, exclusivity and termination-for-convenience clause in a diligence report, with the source page for each finding.", tags=["m&a", "due diligence", "change of control", "assignment", "merger", "acquisition", "data room", "bulk review"])
add("cv-multilingual", "Contracts in 30 languages: review, extraction and search beyond English", "one-pager", "AI review, extraction and search work on contracts in 30 languages, among them German, French, Spanish, Italian, Dutch, Polish, Czech, Portuguese, Turkish, Finnish and Japanese, and on bilingual contracts; the interface is available in nine.", tags=["languages", "multilingual", "language support", "translation", "bilingual", "german", "french", "spanish", "portuguese", "czech", "turkish", "finnish", "polish", "international"])
add("cv-permissions", "Permissions and confidentiality: who sees which contract", "one-pager", "Role- and attribute-based access by team, entity, contract type and sensitivity, so HR, M&A and board contracts stay restricted while everyone can find what is theirs; every view is logged.", tags=["permissions", "access control", "confidentiality", "rbac", "roles", "restricted contracts", "audit log", "ethical walls"])
add("cv-retention", "Retention schedules and legal holds", "one-pager", "Apply your records retention schedule by contract type and jurisdiction, delete or archive at the end of it with a certificate, and suspend deletion under a legal hold.", tags=["retention", "records management", "legal hold", "deletion", "retention schedule", "archive", "gdpr"])
add("cv-api", "Developer docs: REST API, webhooks and bulk exports", "link", "API reference for contracts, metadata, obligations and workflows, webhooks for status changes, and bulk exports to your data warehouse.", tags=["api", "developer", "webhooks", "export", "data warehouse", "rest"])
add("cv-integrations", "Integration catalogue: CRM, procurement, ERP, HRIS, storage and e-signature", "link", "Every pre-built connector: Salesforce, HubSpot, Dynamics 365, Coupa, SAP Ariba, Workday, NetSuite, SAP S/4HANA, SharePoint, Box, Google Drive, DocuSign and more.", tags=["integrations", "catalogue", "connectors", "dynamics 365", "netsuite", "sap", "erp", "hris", "box", "google drive"])
add("cv-security-overview", "Security at Covenly: SOC 2 Type II, ISO 27001 and 27701, annual pen tests", "one-pager", "Our SOC 2 Type II report for 2026 (under NDA), ISO 27001:2022 and ISO 27701 certification, encryption at rest with customer-managed keys, SSO and MFA, and annual third-party penetration tests.", stages=["evaluation", "proposal", "negotiation"], tags=["security", "soc 2", "iso 27001", "iso 27701", "pen test", "encryption", "byok", "trust", "security review", "it security", "infosec"])
add("cv-soc2-2026", "SOC 2 Type II report (2026 audit period): request link", "link", "Request the current SOC 2 Type II report, covering October 2025 to September 2026, and its bridge letter from our trust portal under NDA.", tags=["soc 2", "soc 2 type ii", "audit report", "bridge letter", "security", "trust portal"], expires="2027-10-31")
add("cv-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ)", "snippet", "Pre-filled questionnaires and how to get the SOC 2 report.", stages=["evaluation", "proposal"], tags=["security questionnaire", "sig", "sig lite", "caiq", "vendor risk", "third-party risk", "vendor onboarding"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite and CAIQ. The SOC 2 Type II report and bridge letter are in our trust portal under NDA; reply here and I'll send the NDA across so {{company}}'s security team has them this week.\n\n{{rep.name}}")
add("cv-sso", "SSO and user provisioning: SAML, SCIM with Okta and Microsoft Entra ID", "one-pager", "SAML 2.0 single sign-on, SCIM provisioning and same-day deprovisioning from Okta, Entra ID or OneLogin, group-to-role mapping, and MFA enforced for any local accounts.", tags=["sso", "saml", "scim", "okta", "entra id", "azure ad", "onelogin", "provisioning", "deprovisioning", "mfa", "identity"])
add("cv-data-residency", "Data residency: US, EU (Frankfurt), UK, Canada and Australia", "one-pager", "Your contracts, extracted data, AI processing, backups and support access stay in the region you choose; EU customers' data is stored and processed in the EU.", tags=["data residency", "data sovereignty", "hosting", "regions", "eu", "eea", "uk", "canada", "australia", "germany", "data location"])
add("cv-dpa", "GDPR: data processing agreement, SCCs and sub-processors", "one-pager", "Our Art. 28 DPA with the EU Standard Contractual Clauses and UK addendum, the sub-processor list (AI model providers included), transfer impact assessment, and the personal data contracts usually hold.", stages=["evaluation", "proposal", "negotiation"], tags=["gdpr", "dpa", "data processing agreement", "scc", "standard contractual clauses", "sub-processors", "privacy", "lgpd", "dsgvo", "avv", "transfer impact assessment"])
add("cv-vpat", "Accessibility: VPAT and WCAG 2.2 AA conformance report", "one-pager", "Our current Accessibility Conformance Report (VPAT 2.5, WCAG 2.2 AA, Section 508 and EN 301 549) for the web app, the Word add-in and the signing experience.", tags=["accessibility", "vpat", "acr", "wcag", "section 508", "en 301 549", "ada", "screen reader"])
add("cv-sla", "Uptime SLA, support plans and the status page", "one-pager", "99.9% monthly uptime with service credits, support response times by plan, business continuity and disaster recovery objectives, and our public status page.", tags=["sla", "uptime", "availability", "support", "status page", "response times", "business continuity", "disaster recovery"])
add("cv-pricing", "Pricing: per full user, with business requesters and signers free", "one-pager", "Plans priced per full user (legal, contract managers, procurement) per year; requesters, approvers and signers are free; AI review included up to a yearly volume, Spend priced by outside-counsel spend; multi-year and volume tiers.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "price", "cost", "per user", "per seat", "licence", "license", "plans", "quote", "subscription", "budget"])
add("cv-pricing-faq", "Pricing FAQ: full users or requesters? AI review volumes, add-on modules and growth", "one-pager", "Who counts as a full user and who is free, what happens when you exceed your yearly AI review volume, how modules are added mid-term, and a worked example for a team of 4 lawyers and 60 sales reps.", stages=["evaluation", "proposal", "negotiation"], tags=["faq", "pricing", "pricing model", "full users", "requesters", "ai volume", "overage", "add-ons", "cost"])
add("cv-implementation", "Implementation: live in eight weeks, with your templates and playbook built in", "one-pager", "Week by week from kickoff to go-live: integrations, templates and clause library, playbook, approval workflows, migration, training; who does what on each side.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "project plan", "timeline", "go-live", "rollout", "time to value"])
add("cv-services", "Professional services: template build, playbook digitisation and migration packages", "one-pager", "Fixed-price packages delivered by Covenly's legal engineers: up to 25 templates built, your negotiation guide turned into a playbook, and legacy migration with a human-checked extraction.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["professional services", "services", "legal engineers", "template build", "playbook", "migration", "fixed price"])
add("cv-roi", "ROI calculator: lawyer hours, cycle time, missed renewals and outside counsel", "link", "Estimate three-year savings and payback from lawyer hours returned, faster signature, auto-renewals caught and outside-counsel spend reduced.", stages=["evaluation", "proposal"], tags=["roi", "calculator", "payback", "savings", "tco", "business case"])
add("cv-business-case", "Business case template for your general counsel and CFO", "deck", "A template that sets what contracting costs today (lawyer time, deals waiting, renewals missed, outside counsel) against the subscription and services, with payback in your own numbers.", stages=["proposal"], tags=["business case", "cfo", "general counsel", "roi", "payback", "budget", "finance approval"])
add("cv-references", "Customer reference program: talk to a Covenly customer", "one-pager", "General counsel and legal ops leaders who take reference calls, by industry, team size and region.", stages=["evaluation", "proposal"], tags=["references", "reference call", "customer reference"])
add("cv-rfp-kit", "RFP answer library: functional, security, AI and implementation responses", "one-pager", "Current standard answers for CLM and legal-technology tenders with the evidence to attach (SOC 2, DPA, AI data use, VPAT, sample project plan).", stages=["evaluation", "proposal"], tags=["rfp", "rfi", "tender", "procurement", "standard answers", "bid", "requirements", "questionnaire"])
add("cv-pilot", "Pilot: 30 days on your own contracts with agreed success criteria", "one-pager", "A scoped pilot on one contract type with your templates and playbook, success criteria agreed up front (cycle time, review hours, extraction accuracy), and a readout for your steering group.", stages=["evaluation"], tags=["pilot", "proof of concept", "poc", "trial", "success criteria", "sandbox"])
add("cv-health-check", "Free contract health check: send 50 contracts, see your auto-renewals and risky terms", "one-pager", "Upload 50 contracts; within a week we return their renewal and notice dates, auto-renewals coming up, and the terms that depart most from market standard.", stages=["prospecting", "discovery"], tags=["health check", "assessment", "free assessment", "auto-renewals", "risk", "contract audit", "sample"])
add("cv-buyers-guide", "CLM buyer's guide: 40 questions to ask every vendor", "one-pager", "What to ask about intake, Word, AI, integrations, migration and total cost before you shortlist, and how to run a fair proof of concept.", stages=["prospecting", "discovery"], tags=["buyers guide", "buyer's guide", "evaluation criteria", "rfp", "checklist", "clm selection"])
add("cv-benchmark-2026", "2026 contracting benchmark: cycle times and volumes by contract type and team size", "one-pager", "Median days from request to signature for NDAs, sales agreements, supplier contracts and amendments, contracts per lawyer and how teams of each size handle them, from 900 legal departments.", stages=["prospecting", "discovery"], tags=["benchmark", "research", "cycle time", "report", "statistics", "legal department"])
add("cv-bc-inkvault", "Battlecard: Covenly vs Inkvault (legacy enterprise CLM)", "battlecard", "Inkvault's suite against Covenly: 9 to 18-month implementations through a systems integrator, every requester a paid user, a Word plug-in that works only on Windows desktop, AI sold as a separate module, and migrations that stall; our switch plan and what customers who left say.", stages=["evaluation", "proposal", "negotiation"], tags=["inkvault", "competitor", "battlecard", "legacy clm", "incumbent", "comparison", "switch", "replacement"])
add("cv-bc-signara", "Battlecard: Covenly vs Signara Agreements (e-signature vendor's CLM add-on)", "battlecard", "Signara's add-on against Covenly: a store for signed documents with no intake, clause library, playbook or negotiation in Word before signature, obligations limited to date reminders, and a per-envelope price that grows with volume; Covenly Sign is included.", stages=["evaluation", "proposal", "negotiation"], tags=["signara", "signara agreements", "competitor", "battlecard", "e-signature", "per envelope", "comparison", "bundle"])
add("cv-bc-quilldesk", "Battlecard: Covenly vs Quilldesk AI (AI contract review for Word)", "battlecard", "Quilldesk's review-only add-in against Covenly: AI review without a repository, workflow, approvals or obligations, generic playbooks rather than yours, per-page pricing, and no record of what was agreed after the draft leaves Word.", stages=["evaluation", "proposal", "negotiation"], tags=["quilldesk", "quilldesk ai", "competitor", "battlecard", "ai review", "point solution", "comparison"])
add("cv-obj-sharepoint", "Objection: we manage fine with SharePoint and email", "snippet", "A short reply when folders and inboxes are the status quo.", stages=["discovery", "evaluation"], tags=["objection", "sharepoint", "email", "status quo", "shared drive", "folders"],
    body="Hi {{contact.first_name}},\n\nSharePoint is a fine place to keep a file; it can't tell you which contracts renew next quarter, which ones cap liability below your policy, or where the Acme MSA has been waiting for four days. Many of our customers keep SharePoint in sync with Covenly so nobody has to change where they look. Worth 20 minutes to see it on a few of {{company}}'s own contracts?\n\n{{rep.name}}")
add("cv-obj-esign", "Objection: we already pay for e-signature", "snippet", "When the prospect thinks their e-signature tool covers contract management.", stages=["discovery", "evaluation"], tags=["objection", "e-signature", "signara", "docusign", "status quo", "already have"],
    body="Hi {{contact.first_name}},\n\nE-signature covers the last five minutes of a contract's life. The weeks before it (the request, the right template, redlines, approvals) and the years after it (renewals, obligations, finding what you agreed) are where the time and money go. Covenly Sign is included in every plan, or we work with the e-signature you already have.\n\n{{rep.name}}")
add("cv-obj-ai", "Objection: our general counsel won't let AI near our contracts", "snippet", "Answer AI caution without pushing AI.", stages=["discovery", "evaluation"], tags=["objection", "ai", "ai risk", "general counsel", "data use", "no training", "human review"],
    body="Hi {{contact.first_name}},\n\nThat caution is right, and every AI feature in Covenly can be switched off per feature and per team. Where it is on, nothing is used to train a model, nothing is kept by the model provider, and no suggestion reaches a contract without a lawyer accepting it. Happy to send our AI data-use summary for your GC.\n\n{{rep.name}}")
add("cv-obj-small-team", "Objection: we're only two lawyers, too small for CLM", "snippet", "When a small legal team thinks CLM is for big departments.", stages=["discovery", "evaluation"], tags=["objection", "small team", "too small", "cost", "smb", "lean legal team"],
    body="Hi {{contact.first_name}},\n\nSmall teams feel contract volume most: two lawyers can't review every NDA and order form and also do the work only they can do. Teams your size use Covenly mainly to let sales self-serve the routine paper and to stop auto-renewals slipping through. Pricing is per full user, so it stays small too.\n\n{{rep.name}}")
add("cv-discount-reply", "Reply: a discount request in negotiation", "snippet", "Trade price for term, volume or timing instead of discounting the list.", stages=["negotiation"], tags=["discount", "negotiation", "procurement", "price", "multi-year", "price lock", "payment terms"],
    body="Hi {{contact.first_name}},\n\nThanks for the clear ask. We don't reduce the per-user price on its own, but we can move on structure: a three-year term with the price locked for all three years, annual billing in advance, or the migration services package included if we sign this quarter. Which of these helps {{company}} most?\n\n{{rep.name}}")
add("cv-redlines-reply", "Reply: the customer's redlines on our MSA", "snippet", "Our standard positions on the clauses customers redline most.", stages=["negotiation"], tags=["msa", "redlines", "liability cap", "indemnity", "data deletion", "audit rights", "legal", "terms"],
    body="Hi {{contact.first_name}},\n\nThanks for the redlines. Our positions in short: liability capped at 12 months' fees, with a higher cap for data-protection breaches; mutual IP indemnities; your data exported and deleted within 30 days of termination, with a certificate; audit rights met through our SOC 2 report. I've marked up the rest and can walk your counsel through it.\n\n{{rep.name}}")
add("cv-prospecting-email", "Cold email: how many of your contracts renew without anyone deciding?", "email-template", "First touch for general counsel and legal operations.", stages=["prospecting"], tags=["cold email", "outbound", "prospecting", "auto-renewal", "first touch"],
    body="Hi {{contact.first_name}},\n\nMost legal teams we speak to find out about an auto-renewal from the invoice. If you send us 50 of {{company}}'s contracts, we'll return every renewal and notice date in them, free, within a week. Worth a look?\n\n{{rep.name}}")
add("cv-followup-discovery", "Follow-up after the discovery call", "email-template", "Recap of what we heard, what we'll show in the demo and what we need beforehand.", stages=["discovery"], tags=["follow-up", "recap", "discovery", "next steps"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. What I heard: [volumes and contract types], [where contracts wait], [what success looks like]. For the demo I'll use two of {{company}}'s own templates if you can send them. Talk soon,\n\n{{rep.name}}")
add("cv-followup-demo", "Follow-up after the demo, with the recording", "email-template", "Recording link, the questions we owe answers to, and the proposed next step.", stages=["evaluation"], tags=["follow-up", "demo", "recording", "next steps", "evaluation"],
    body="Hi {{contact.first_name}},\n\nThanks for today's session. The recording is here: [link]. Answers to the open questions: [list]. Suggested next step: a 30-day pilot on your sales agreements. Does the week of [date] work?\n\n{{rep.name}}")
add("cv-mutual-plan", "Mutual action plan template", "email-template", "Dates and owners from evaluation to signature and kickoff.", stages=["evaluation", "proposal", "negotiation"], tags=["mutual action plan", "close plan", "timeline", "next steps", "procurement"],
    body="Hi {{contact.first_name}},\n\nHere is a draft plan to get {{company}} live before [date]: security review, legal review of the MSA and DPA, business case to [approver], signature, kickoff. Owners and dates are in the attached sheet; edit anything that's off.\n\n{{rep.name}}")
add("cv-kickoff", "Welcome and kickoff: what we need from you in week one", "email-template", "Sent after signature: the kickoff date, the implementation team, and the templates, playbook and access we need first.", stages=["closed-won", "customer"], tags=["kickoff", "welcome", "onboarding", "closed won", "implementation", "week one"],
    body="Hi {{contact.first_name}},\n\nWelcome to Covenly, and thank you. Your implementation lead will send a kickoff invite for next week. Before then it helps to have: your five most-used templates, your negotiation guide or playbook, a list of approvers, and an admin for SSO. Everything else we'll plan together.\n\n{{rep.name}}")
add("cv-admin-training", "Covenly Academy: admin certification and training for new administrators", "one-pager", "Self-paced admin certification (templates, workflows, approvals, permissions, reports), live office hours each week, and a handover checklist for when an admin leaves.", stages=["closed-won", "customer"], tags=["training", "academy", "admin", "administrator", "certification", "enablement", "handover", "customer"])
add("cv-expansion", "Adding users, modules or entities to your Covenly subscription", "one-pager", "Add Spend, Obligations or AI review volume mid-term, co-termed with your current agreement by order form, with no new master agreement.", stages=["customer"], tags=["expansion", "upsell", "add-on", "modules", "co-term", "order form", "existing customer"])
add("cv-year-end-2026", "Year-end offer: migration services included on agreements signed by December 18, 2026", "one-pager", "New agreements of three years or more signed by December 18, 2026 include the legacy migration package at no charge.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "offer", "migration", "discount", "incentive"], expires="2026-12-18")
add("cv-sales-team", "For sales and revenue teams: from quote to signature without the wait", "one-pager", "Order forms and MSAs from the CRM, self-service for standard deals, legal review only when terms leave the playbook, and a signature the same day.", tags=["sales", "revenue", "deal desk", "quote to cash", "sales contracts", "order forms", "sell-side", "cycle time"])
add("cv-hr", "For HR: offer letters, employment contracts and policy acknowledgements at volume", "one-pager", "Generate offer letters and contracts from your HRIS by country, send them for signature in bulk and keep them restricted to HR.", tags=["hr", "human resources", "offer letters", "employment contracts", "workday", "bulk send"])
add("cv-video-overview", "Video: Covenly in three minutes", "video", "A three-minute tour for the people who missed the demo.", tags=["video", "overview", "demo"])
add("cv-video-word", "Video: negotiating a supplier agreement in Word with Covenly", "video", "A contract manager and the supplier's counsel trade three rounds of redlines in Word; each version lands on the contract, and the playbook flags the liability cap.", tags=["video", "word", "word add-in", "redlining", "negotiation", "outside counsel", "demo"])
add("cv-video-intake", "Video: from a Slack request to a signed NDA in six minutes", "video", "A sales rep asks for an NDA in Slack, the playbook approves it and the customer signs before the call ends.", tags=["video", "intake", "slack", "nda", "self-service", "demo"])
add("cv-webinar-ai", "On-demand webinar: AI contract review in practice, what general counsel learned in year one", "video", "Three general counsel on where AI review saved time, where it did not, and how they set the rules for their teams.", tags=["webinar", "on-demand", "ai", "ai review", "general counsel", "lessons learned"])
add("cv-maturity", "Legal operations maturity assessment: where your contracting stands in 15 minutes", "one-pager", "Twenty questions on intake, templates, negotiation, signature, repository and reporting, scored against the 2026 benchmark, with the three changes that pay back first.", stages=["prospecting", "discovery"], tags=["maturity", "assessment", "legal ops", "self-assessment", "benchmark", "roadmap"])
add("cv-playbook-builder", "Playbook builder: a first playbook drafted from the contracts you already negotiated", "one-pager", "Covenly reads a sample of your signed agreements, proposes preferred and fallback positions for each clause from what you actually accepted, and your lawyers edit and approve it.", tags=["playbook", "playbook builder", "ai", "negotiation positions", "fallback", "historical contracts"])
add("cv-esg-clauses", "Supplier sustainability and human-rights clauses: find, add and track them", "one-pager", "Which supplier contracts carry your code of conduct, audit and remediation clauses under the German supply-chain act and the EU due-diligence directive, and bulk amendments for those that don't.", tags=["esg", "sustainability clauses", "supplier code of conduct", "csddd", "lksg", "supply chain due diligence", "human rights", "suppliers"])
add("cv-partner-program", "Covenly partner program for law firms and consultancies", "one-pager", "Referral and implementation partnerships for law firms, legal consultancies and systems integrators: certification, margins and deal registration.", tags=["partner program", "partners", "law firms", "consultancies", "systems integrators", "referral", "channel"])
add("cv-mobile", "Covenly on mobile: approve and sign from your phone", "one-pager", "iOS and Android apps for approvers and signers: see what changed against the playbook, approve or reject with a comment, and sign.", tags=["mobile", "ios", "android", "app", "approvals", "signing", "on the go"])
# German, French, Spanish, Italian and Brazilian Portuguese content (the contract has no language field; the text carries it).
add("cv-de-ueberblick", "Covenly im Überblick: Vertragsmanagement von der Anfrage bis zur Verlängerung", "one-pager", "Anfragen an die Rechtsabteilung, Vorlagen und Klauselbibliothek, Verhandlung in Word, Freigaben, elektronische Signatur (auch qualifiziert nach eIDAS), Vertragsdatenbank, Fristen und Pflichten, KI-Prüfung; Hosting in Frankfurt.", tags=["deutsch", "german", "überblick", "vertragsmanagement", "clm", "rechtsabteilung", "fristen", "dsgvo"])
add("cv-fr-presentation", "Présentation de Covenly : la gestion des contrats, de la demande au renouvellement", "one-pager", "Demandes à la direction juridique, modèles et bibliothèque de clauses, négociation dans Word, validations, signature électronique, référentiel des contrats, obligations et échéances, revue par IA ; hébergement dans l'UE.", tags=["français", "french", "présentation", "gestion des contrats", "clm", "direction juridique"])
add("cv-es-resumen", "Covenly en una página: gestión de contratos de la solicitud a la renovación", "one-pager", "Solicitudes al departamento legal, plantillas y biblioteca de cláusulas, negociación en Word, aprobaciones, firma electrónica, repositorio de contratos, obligaciones y vencimientos, revisión con IA; datos alojados en la UE.", tags=["español", "spanish", "resumen", "gestión de contratos", "clm", "departamento legal"])
add("cv-it-panoramica", "Covenly in breve: la gestione dei contratti dalla richiesta al rinnovo", "one-pager", "Richieste all'ufficio legale, modelli e libreria di clausole, negoziazione in Word, approvazioni, firma elettronica (anche qualificata), archivio dei contratti, scadenze e obblighi, revisione con IA; dati ospitati nell'UE.", tags=["italiano", "italian", "panoramica", "gestione contratti", "clm", "ufficio legale", "scadenze"])
add("cv-pt-visao", "Covenly em uma página: gestão de contratos do pedido à renovação", "one-pager", "Pedidos ao jurídico, modelos e biblioteca de cláusulas, negociação no Word, aprovações, assinatura eletrônica, repositório de contratos, obrigações e vencimentos, revisão com IA; adequado à LGPD.", tags=["português", "portuguese", "brasil", "visão geral", "gestão de contratos", "clm", "jurídico", "lgpd"])


# ---------------------------------------------------------------- restricted to verticals
# government
add("gov-procurement", "Public-sector contracting: procurement contracts, grants and intergovernmental agreements", "one-pager", "Solicitation-to-contract with your procurement rules, contract templates with mandatory public clauses, insurance and bond tracking, council or board approval steps, and grant agreements with their reporting conditions.", verticals=["government"], tags=["public sector", "procurement", "public procurement", "government contracts", "grants", "intergovernmental agreements", "council approval", "insurance certificates"])
add("gov-hosting", "Covenly Government Cloud: US-only hosting, FedRAMP Moderate and StateRAMP", "one-pager", "A US-only environment operated by US persons, FedRAMP Moderate authorised and StateRAMP Moderate, for federal, state and local agencies.", verticals=["government"], tags=["fedramp", "stateramp", "government cloud", "us hosting", "us persons", "cjis", "compliance", "public sector"])
add("gov-records", "Public records and retention: open-records requests and retention schedules for contracts", "one-pager", "Find and export every responsive contract for a public-records request with redactions logged, publish contracts to a transparency portal, and keep each contract for its statutory retention period.", verticals=["government"], tags=["public records", "foia", "open records", "freedom of information", "transparency", "retention schedule", "redaction", "public sector"])
add("gov-coop", "Buy Covenly through Sourcewell (contract #092225-CVL, to 2029)", "one-pager", "Our Sourcewell cooperative contract, awarded in 2025 after a national competitive solicitation: what it covers, the pricing schedule, and how agencies and schools buy without their own RFP.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["sourcewell", "cooperative contract", "cooperative purchasing", "procurement vehicle", "piggyback", "public sector"])
add("gov-pricing", "Public sector pricing", "one-pager", "Per-user pricing for agencies, with unlimited requesters, the Government Cloud option and multi-year fiscal-year terms.", verticals=["government"], stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "public sector pricing", "government", "fiscal year", "price"])
add("gov-case-study", "Case study: Marlow County: 1,900 contracts a year through one front door", "case-study", "A county attorney's office replaced email requests and paper routing slips with Covenly Intake and board-approval workflows and answered open-records requests in days, not weeks.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "county", "local government", "intake", "public records"])
# education
add("edu-research", "Research agreements: sponsored research, data use and material transfer agreements", "one-pager", "Intake from principal investigators, templates for sponsored research, DUAs, MTAs and subawards, negotiation with sponsors, and links to the award in your grants system.", verticals=["education"], tags=["research", "sponsored research", "sra", "dua", "data use agreement", "mta", "material transfer agreement", "subawards", "research office", "principal investigator", "university"])
add("edu-hecvat", "HECVAT 3 Full: our completed assessment", "one-pager", "The Higher Education Community Vendor Assessment Toolkit, completed in full, with our SOC 2 and accessibility report for your IT and accessibility review.", verticals=["education"], tags=["hecvat", "higher education", "vendor assessment", "security questionnaire", "educause", "it review"])
add("edu-pricing", "Education pricing for universities, colleges and school districts", "one-pager", "Academic pricing per full user, unlimited requesters for faculty and staff, and terms that follow the fiscal year.", verticals=["education"], stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "education pricing", "academic discount", "university", "price"])
add("edu-case-study", "Case study: Northgate University's research office: agreements out in 9 days instead of 41", "case-study", "A research university moved sponsored research and data use agreements into Covenly, cut turnaround by three quarters and gave PIs a status page.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "university", "research office", "sponsored research"])
# healthcare
add("hc-hipaa", "Covenly and HIPAA: we sign your business associate agreement", "one-pager", "When contracts and exhibits hold PHI, Covenly signs a BAA, keeps PHI in our HIPAA-aligned environment with access logging, and supports your minimum-necessary rules.", verticals=["healthcare"], tags=["hipaa", "baa", "business associate agreement", "phi", "protected health information", "covered entity", "compliance"])
add("hc-baa-tracking", "Your business associate agreements: an inventory of every BAA and the vendors without one", "one-pager", "Covenly finds every vendor that touches PHI, links each to its BAA, flags those missing or out of date, and tracks breach-notification terms for your privacy officer.", verticals=["healthcare"], tags=["baa", "business associate agreements", "baa tracking", "hipaa", "privacy officer", "vendors", "phi", "compliance"])
add("hc-physician", "Physician and referral-source agreements: FMV, Stark and Anti-Kickback tracking", "one-pager", "Physician employment, medical directorships and on-call agreements with their fair-market-value opinions, time logs and expiry dates tracked, so no arrangement runs on an expired agreement or a stale FMV opinion.", verticals=["healthcare"], tags=["physician agreements", "fmv", "fair market value", "stark law", "anti-kickback", "medical director", "on-call", "compliance", "expired agreements"])
add("hc-case-study", "Case study: Riverbend Health: 14,000 vendor and physician agreements in one place", "case-study", "A 9-hospital system moved vendor, physician and payer contracts into Covenly and found 212 physician arrangements past their FMV review date in the first month.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "health system", "hospital", "physician agreements", "fmv"])
# financial services
add("fs-dora", "DORA: the register of information from your ICT contracts, and the Article 30 clauses", "one-pager", "Covenly extracts the register-of-information fields from every ICT third-party contract, flags contracts missing the mandatory Article 30 provisions, and exports the register in the supervisors' format.", verticals=["financial-services"], tags=["dora", "digital operational resilience act", "register of information", "ict third-party", "article 30", "outsourcing", "eba", "supervisor", "regulation"])
add("fs-tprm", "Third-party risk: the contract controls examiners look for", "one-pager", "Contract provisions the interagency guidance on third-party relationships expects (audit rights, subcontracting, termination, data), and how Covenly evidences them for each critical vendor.", verticals=["financial-services"], tags=["third-party risk", "tprm", "vendor management", "interagency guidance", "occ", "examiners", "outsourcing", "audit rights", "critical vendors"])
add("fs-case-study", "Case study: Harbourline Bank: a DORA register from 3,100 ICT contracts in six weeks", "case-study", "A European bank extracted its register of information and found 240 contracts without the DORA clauses, then repapered them in one quarter.", verticals=["financial-services"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "bank", "dora", "register of information", "repapering"])
# life sciences (the library's own vertical)
add("ls-cta", "Clinical trial agreements and site budgets: negotiate with 200 sites in parallel", "one-pager", "CTA templates per country, site budget negotiation in the same workflow, a tracker of every site from CDA to executed CTA, and payment terms linked to visits, so study start-up stops waiting on contracts.", verticals=["life-sciences"], tags=["clinical trial agreement", "cta", "clinical trial agreements", "site budgets", "study start-up", "sites", "sponsor", "cro", "clinical operations", "investigator"])
add("ls-cda", "CDAs at study start-up speed", "one-pager", "Confidentiality agreements with sites, investigators and partners generated and approved in minutes from a playbook, the CDA linked to the CTA that follows.", verticals=["life-sciences"], tags=["cda", "confidential disclosure agreement", "nda", "sites", "study start-up", "investigators", "partners"])
add("ls-hcp", "HCP consulting and speaker agreements, with transparency reporting", "one-pager", "Fair-market-value rates by specialty, caps per HCP, contract and payment data ready for Open Payments and EFPIA disclosure.", verticals=["life-sciences"], tags=["hcp", "healthcare professionals", "speaker agreements", "consulting agreements", "open payments", "sunshine act", "efpia", "transparency", "fmv"])
add("ls-part11", "21 CFR Part 11: validated e-signature and our GxP validation package", "one-pager", "Part 11 and EU Annex 11 controls for electronic records and signatures (signature manifestation, re-authentication, audit trails), with the validation package (URS, IQ/OQ scripts, traceability) your QA team asks for.", verticals=["life-sciences"], tags=["21 cfr part 11", "part 11", "annex 11", "gxp", "validation", "computer system validation", "csv", "quality assurance", "qa", "e-signature", "audit trail"])
add("ls-case-study", "Case study: Calderwood Therapeutics: CDAs in a day, CTAs in half the time", "case-study", "A clinical-stage biotech running a 90-site phase 3 cut median CTA turnaround from 11 weeks to 5 and moved CDAs to self-service.", verticals=["life-sciences"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "biotech", "phase 3", "cta", "cda", "study start-up"])
add("ls-case-cro", "Case study: Meridian Clinical (CRO): 2,400 site contracts a year across 18 countries", "case-study", "A contract research organisation runs site contracting for its sponsors in Covenly, with sponsor-specific templates and a shared tracker per study.", verticals=["life-sciences"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "cro", "contract research organization", "site contracts", "sponsors", "cta"])
# manufacturing
add("mfg-supplier", "Supplier and quality agreements across plants and countries", "one-pager", "Supply, quality and tooling agreements with their terms compared plant by plant, price and raw-material clauses tracked, and one playbook for suppliers in every language you buy in.", verticals=["manufacturing"], tags=["supplier agreements", "supply agreements", "quality agreements", "tooling", "plants", "purchasing", "raw materials", "automotive", "supplier terms"])
add("mfg-distributor", "Distributor and dealer agreements: territories, exclusivity and price-adjustment clauses", "one-pager", "Every distributor's territory, exclusivity, minimum volumes and price-adjustment clause in one view, with renewals and the notice each needs before a price increase.", verticals=["manufacturing"], tags=["distributor agreements", "dealer agreements", "distribution", "territory", "exclusivity", "price adjustment", "price escalation", "channel"])
add("mfg-case-study", "Case study: Kessler Antriebstechnik: supplier terms harmonised across 11 plants", "case-study", "A drive-systems maker brought 6,500 supplier contracts in four languages into Covenly and moved 70% of suppliers onto its standard terms within a year.", verticals=["manufacturing"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "manufacturer", "supplier contracts", "plants", "harmonisation"])
# retail
add("retail-leases", "Store leases: abstraction, critical dates, rent escalations and co-tenancy", "one-pager", "Every store lease abstracted (rent and escalations, options, co-tenancy, exclusives, radius restrictions), critical dates with alerts, and the notices each landlord must receive.", verticals=["retail"], tags=["leases", "store leases", "lease abstraction", "critical dates", "rent escalations", "co-tenancy", "kick-out", "options", "landlords", "stores"])
add("retail-vendor", "Vendor agreements for retailers: chargebacks, compliance and private label", "one-pager", "Vendor and supplier agreements with their chargeback schedules, routing-guide and compliance terms, private-label and marketplace seller terms, searchable by vendor and category.", verticals=["retail"], tags=["vendor agreements", "supplier agreements", "chargebacks", "vendor compliance", "private label", "marketplace sellers", "merchandising", "retail"])
add("retail-case-study", "Case study: Bramble & Co.: 640 store leases abstracted and every critical date met", "case-study", "A specialty retailer abstracted its leases in six weeks and used co-tenancy and kick-out rights to renegotiate rent at 38 stores.", verticals=["retail"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "retailer", "store leases", "critical dates"])
# hospitality
add("hosp-group", "Group, event and meeting contracts: attrition, cancellation and force majeure", "one-pager", "Group and event contracts generated from the sales system with approved attrition, cancellation and force-majeure clauses, and every contract's attrition and cutoff dates tracked so damages are collected.", verticals=["hospitality"], tags=["group contracts", "event contracts", "meetings", "mice", "attrition", "cancellation", "force majeure", "cutoff dates", "hotel sales"])
add("hosp-franchise", "Hotel management and franchise agreements: performance tests, key money and termination rights", "one-pager", "Owner, operator and brand agreements with their performance tests, key money, PIP obligations, fees and termination windows, for asset managers and development teams.", verticals=["hospitality"], tags=["hotel management agreements", "franchise agreements", "performance test", "key money", "pip", "owners", "brands", "termination rights"])
add("hosp-case-study", "Case study: Solana Hotels: attrition collected on group contracts across 22 hotels", "case-study", "A hotel group standardised group and event contracts and collected attrition on 31% more groups in the first year.", verticals=["hospitality"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "hotel group", "group contracts", "attrition"])
# enterprise
add("ent-global", "Global rollouts: 40 entities, local templates and signing authority by country", "one-pager", "How multinational legal departments roll Covenly out by region: entity-specific templates and languages, signing authority per entity and country, data residency per region.", verticals=["enterprise"], tags=["global", "multinational", "rollout", "entities", "subsidiaries", "signing authority", "languages", "regions"])
add("ent-security-package", "Enterprise security package: pen test summary, BCP / DR, ISO certificates and insurance", "one-pager", "For enterprise security reviews: the latest penetration-test executive summary, business continuity and DR test results, certificates, cyber insurance and our SSO / SCIM set-up.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security package", "pen test", "penetration test", "bcp", "disaster recovery", "iso certificates", "cyber insurance", "security review", "ciso"])
add("ent-case-study", "Case study: Vantage Global: Inkvault replaced in 16 weeks across 38 entities", "case-study", "A global manufacturer-services group moved 120,000 contracts off Inkvault and put 2,300 requesters on Covenly Intake.", verticals=["enterprise"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "global", "inkvault", "replacement", "migration"])
# mid-market
add("mm-launch", "Covenly Launch: live in 30 days with pre-built templates and playbooks", "one-pager", "A fixed-scope package for legal teams of one to five: our template and playbook starter set, CRM integration and migration of up to 3,000 contracts, for a fixed fee.", verticals=["mid-market"], stages=["evaluation", "proposal"], tags=["launch", "quick start", "fixed price", "package", "small legal team", "templates", "playbooks"])
add("mm-case-study", "Case study: Orbitly: sales contracts from Salesforce, cycle time from 19 days to 6", "case-study", "A 600-person software company with a legal team of three put order forms and NDAs into self-service from Salesforce.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "software", "salesforce", "self-service", "cycle time"])
# smb
add("smb-starter", "Covenly Starter: three users, templates and e-signature, billed monthly", "one-pager", "For small businesses: up to three full users, unlimited requesters and signers, templates, the repository with renewal alerts, and Covenly Sign, billed monthly with no annual contract.", verticals=["smb"], tags=["starter", "small business", "pricing", "monthly", "no contract", "self-serve", "price", "cheap"])
add("smb-case-study", "Case study: Finch & Hollow, a 40-person agency: client contracts signed in a day", "case-study", "A creative agency moved client SOWs and freelancer agreements onto Starter and stopped paying for three tools.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "agency", "small business", "e-signature", "sows"])
add("smb-video-setup", "Video: set up Covenly Starter in 20 minutes", "video", "Upload your templates, invite your team and send your first contract for signature.", verticals=["smb"], tags=["video", "setup", "starter", "self-serve", "small business"])
# nonprofit
add("np-pricing", "Nonprofit pricing", "one-pager", "Discounted per-user pricing for registered charities and foundations, with unlimited requesters for programme staff.", verticals=["nonprofit"], stages=["evaluation", "proposal", "negotiation"], tags=["nonprofit pricing", "charity", "discount", "foundations", "pricing"])
add("np-grants", "Grant agreements and restricted funds: every funder's conditions and reporting dates", "one-pager", "Grant and subsidy agreements with their conditions, restricted uses, reporting and audit deadlines tracked per funder, with reminders to programme and finance staff.", verticals=["nonprofit"], tags=["grants", "grant agreements", "funders", "restricted funds", "subsidies", "reporting deadlines", "foundations", "compliance"])
add("np-case-study", "Case study: Hearthstone Foundation: 900 grant agreements and every funder report on time", "case-study", "A family-services charity tracked each funder's conditions in Covenly and has not missed a report since.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "charity", "grants", "funders"])


# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-inkvault-2027", "Battlecard: Covenly vs Inkvault (2027 refresh, DRAFT)", "battlecard", "Positioning after Inkvault's announced cloud re-platforming; not approved.", stages=["evaluation", "proposal", "negotiation"], tags=["inkvault", "competitor", "battlecard", "legacy clm"], status="draft")
add("draft-ai-agent", "Covenly Agent: autonomous negotiation of routine contracts (DRAFT)", "one-pager", "Announcement of an AI agent that negotiates NDAs and order forms with counterparties within the playbook; positioning pending launch.", tags=["ai", "agent", "autonomous negotiation", "genai", "nda"], status="draft")
add("draft-nl-overzicht", "Covenly in het kort: contractbeheer van aanvraag tot verlenging (CONCEPT)", "one-pager", "Aanvragen bij juridische zaken, sjablonen, onderhandelen in Word, goedkeuringen, elektronisch ondertekenen, contractarchief en termijnen; vertaling nog niet gecontroleerd.", tags=["nederlands", "dutch", "overzicht", "contractbeheer", "clm"], status="draft")
add("draft-ls-budget-benchmarks", "Site budget benchmarks by therapeutic area (DRAFT)", "one-pager", "Per-patient site budget ranges by therapeutic area and country; data still being validated.", verticals=["life-sciences"], tags=["site budgets", "benchmarks", "clinical trials", "cta", "therapeutic area"], status="draft")
add("draft-pricing-2027", "Price list 2027 (DRAFT)", "one-pager", "Proposed 2027 prices per full user and for AI review volumes; not approved.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "price list", "2027", "price"], status="draft")
add("retired-bc-signara-2024", "Battlecard: Covenly vs Signara (2024)", "battlecard", "Signara positioning and pricing as of 2024, before Signara Agreements launched.", stages=["evaluation", "proposal", "negotiation"], tags=["signara", "competitor", "battlecard", "e-signature"], status="retired", updated=OLD)
add("retired-pricing-per-contract-2023", "Pricing (2023): per contract stored and per user", "one-pager", "Our 2023 price list per contract in the repository plus per user.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "price", "per contract", "cost"], status="retired", updated="2023-01-09T09:00:00Z")
add("retired-word-addin-v1", "Covenly Word plug-in v1 for Word 2013 / 2016 on Windows (COM add-in)", "one-pager", "Installation and use of the first-generation Windows-only Word plug-in.", tags=["word", "word plug-in", "add-in", "redlining", "windows", "install"], status="retired", updated="2021-03-15T09:00:00Z")
add("retired-ai-beta-2024", "Covenly Review beta: terms and data use (2024)", "one-pager", "Beta terms for AI review, including the opt-in to let anonymised contracts improve the models.", tags=["ai", "ai review", "beta", "data use", "training"], status="retired", updated="2024-04-02T09:00:00Z")
add("retired-privacy-shield", "EU-US data transfers under Privacy Shield (2019)", "one-pager", "How Covenly transferred EU personal data to the US under the EU-US Privacy Shield.", tags=["privacy shield", "gdpr", "data transfers", "eu", "dpa", "privacy"], status="retired", updated="2019-06-20T09:00:00Z")
add("retired-sf-classic", "Salesforce Classic integration (2021)", "one-pager", "Set-up of the Visualforce integration for Salesforce Classic orgs.", tags=["salesforce", "salesforce classic", "visualforce", "crm integration"], status="retired", updated="2021-08-30T09:00:00Z")
add("promo-q3-switch-2026", "Q3 switch offer: migration free when you leave Inkvault or Signara", "one-pager", "Legacy migration at no charge on agreements signed by September 30, 2026 that replace Inkvault or Signara Agreements.", stages=["proposal", "negotiation"], tags=["promotion", "switch offer", "inkvault", "signara", "migration", "discount"], expires="2026-09-30")
add("cv-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "security", "audit report"], expires="2026-03-31", updated="2025-04-10T09:00:00Z")
add("gov-tips-2021", "TIPS cooperative contract 2021-2026: how to buy", "one-pager", "Buying Covenly through our 2021 TIPS-USA cooperative contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["tips", "cooperative contract", "cooperative purchasing", "procurement"], expires="2026-06-30", updated="2021-07-01T09:00:00Z")
add("webinar-live-nov-2026", "Live webinar: AI review with your outside counsel (Nov 12, 2026)", "link", "Registration for the live session with two law-firm innovation partners.", tags=["webinar", "ai", "ai review", "outside counsel", "event", "registration"], expires="2026-11-12")
add("fs-dora-readiness-2024", "DORA readiness offer: your register of information free before January 17, 2025", "one-pager", "A free register-of-information extraction for banks and insurers signing before DORA applied.", verticals=["financial-services"], tags=["dora", "register of information", "promotion", "offer"], expires="2025-01-17", updated="2024-09-02T09:00:00Z")
add("event-legalops-summit-2026", "Meet Covenly at the LegalOps Summit, May 19-21, 2026", "link", "Book a meeting with our team at booth 14.", stages=["prospecting", "discovery"], tags=["event", "conference", "legal ops", "meeting"], expires="2026-05-21")


# ---------------------------------------------------------------- cases
CASES, VERTICAL, case = cases()


CASE_STUDIES = {"government": "gov-case-study", "education": "edu-case-study", "healthcare": "hc-case-study",
                "financial-services": "fs-case-study", "life-sciences": ["ls-case-study", "ls-case-cro"],
                "manufacturing": "mfg-case-study", "retail": "retail-case-study", "hospitality": "hosp-case-study",
                "enterprise": "ent-case-study", "mid-market": "mm-case-study", "smb": "smb-case-study",
                "nonprofit": "np-case-study"}
PRICING = {"government": "gov-pricing", "education": "edu-pricing", "nonprofit": "np-pricing",
           "smb": "smb-starter", "mid-market": "mm-launch"}


def other_case_studies(*mine):
    return others(CASE_STUDIES, *mine)


def other_pricing(*mine):
    return others(PRICING, *mine)


NADIA = "Nadia Brennan | Senior Account Executive, Enterprise | Covenly\nnadia.brennan@covenly.example | +1 (646) 555-0139"
OWEN = ("Owen Fischer | Account Executive, Mid-Market | Covenly\n"
        "Covenly Intake · Covenly Review (AI) · Covenly Sign · Covenly Obligations · Covenly Spend\n"
        "owen.fischer@covenly.example | +1 (415) 555-0172")
PRIYA = "Priya Raman | Account Executive, Pharma, Biotech & Healthcare | Covenly\npriya.raman@covenly.example | +1 (617) 555-0118"
TOMAS = "Tomás Rey | Account Executive, Public Sector & Education | Covenly\ntomas.rey@covenly.example | +1 (512) 555-0164"
LEA = "Léa Martin | Account Executive, EMEA | Covenly SAS\nlea.martin@covenly.example | +33 1 55 50 12 84"
JONAS = "Jonas Weber | Account Executive, DACH & CEE | Covenly GmbH\njonas.weber@covenly.example | +49 69 5550 2231"

# ---- thread (8)
case("z01", "thread", "a CRO's head of contracts, fourth message of a long thread: pricing was settled and IT accepted the SOC 2 in the quoted history; the only ask is in the latest message: how migration of ~11,000 legacy contracts (SharePoint, a Box account from an acquisition, filing cabinets) works, who pulls out the key dates, and how long it takes",
     mail("rnovak@haldenclinical.com", "Renata Novak", "RE: Covenly proposal - Halden Clinical",
          "Hi Priya,\n\nThanks, the pricing works and IT is happy with the SOC 2. One last thing before I take this to our COO on the 2nd: we have roughly 11,000 contracts (sponsor MSAs, site agreements, vendor contracts) spread across SharePoint, a Box account we inherited with the Lisbon acquisition, and honestly two filing cabinets in Durham. How does the migration actually work, who pulls the dates and renewal terms out of them, and how long does it take? I don't want my team keying in 11,000 records.\n\n"
          "Renata\n\nRenata Novak\nHead of Contracts & Proposals\nHalden Clinical Research\n\n"
          "On Wed, Nov 18, 2026 at 4:02 PM Priya Raman <priya.raman@covenly.example> wrote:\n"
          + quote("Hi Renata,\n\nAttached is the revised proposal: 9 full users for your contracts team, unlimited requesters for project managers, AI review included up to 4,000 documents a year, three-year term. I've also attached the SOC 2 Type II report request link for Ahmed in IT.\n\n" + PRIYA)
          + "\n\nOn Mon, Nov 16, 2026 at 9:15 AM Renata Novak <rnovak@haldenclinical.com> wrote:\n"
          + quote("Priya, can you resend pricing with 9 users instead of 12? And Ahmed needs the current SOC 2 before he signs off.\n\nRenata", 2),
          company="Halden Clinical Research"),
     {"cv-migration": 3, "cv-ai-accuracy": 2, "cv-services": 2, "ls-case-cro": 1},
     forbidden=["cv-soc2-2025", "retired-pricing-per-contract-2023"] + other_case_studies("life-sciences"), vertical="life-sciences")

case("z02", "thread", "a health system's contracts manager answers the rep's questions inline, in her initials, inside the quoted mail; her one question to the rep sits in an inline comment (can Covenly flag physician agreements whose FMV opinion is over two years old), and another inline note says any vendor touching PHI signs their BAA",
     mail("kokafor@stlukesvalley.org", "Kemi Okafor", "Re: Next steps + a few questions",
          "Hi Priya, answers inline below in [KO]. Sorry it took a week.\n\nKemi\n\n"
          "On Fri, Nov 13, 2026 at 11:20 AM Priya Raman <priya.raman@covenly.example> wrote:\n"
          "> Hi Kemi,\n>\n> Thanks again for Tuesday. A few questions so I can tailor the demo:\n>\n"
          "> 1. Roughly how many contracts do you manage, and of which types?\n"
          "[KO] About 9,000 vendor contracts and 1,400 physician agreements (employment, medical directorships, call coverage).\n>\n"
          "> 2. Where do they live today?\n"
          "[KO] A 2014 Access database plus a shared drive. Don't laugh.\n>\n"
          "> 3. What is the single biggest pain?\n"
          "[KO] Physician agreements. Compliance keeps finding arrangements running on an expired agreement or an FMV opinion that's years old. Question for you: can Covenly flag physician agreements whose FMV opinion is more than two years old, before the auditors do?\n>\n"
          "> 4. Anything IT or compliance will need before a pilot?\n"
          "[KO] Our standard BAA, since some contract exhibits contain PHI. Every vendor signs it.\n>\n"
          "> Best,\n> Priya\n\n"
          "Kemi Okafor, CHC\nManager, Contract Administration\nSt. Luke's Valley Health\n\n"
          "This message may contain confidential and privileged information, including protected health information. If you received it in error, please notify the sender and delete it.",
          company="St. Luke's Valley Health"),
     {"hc-physician": 3, "hc-hipaa": 2, "cv-obligations": 2, "hc-case-study": 1},
     forbidden=other_case_studies("healthcare"), vertical="healthcare")

case("z03", "thread", "a calendar invitation page (Gmail shows the invite) from a Nordic bank for a security and AI deep dive; the agenda in the description is the ask: how Covenly AI processes contracts (model providers, retention, training), hosting for the EU entities, and data export at exit; attendees CISO, DPO and head of legal ops",
     mail("sigrid.aasen@fjordvikbank.no", "Sigrid Aasen", "Invitation: Covenly <> Fjordvik Bank - Security & AI deep dive @ Thu Dec 3, 2026 15:00 - 16:00 (CET)",
          "Covenly <> Fjordvik Bank - Security & AI deep dive\n\nWhen: Thursday Dec 3, 2026 15:00 - 16:00 Central European Time - Oslo\n"
          "Joining info: meet.google.com/xqa-ruhd-kpt\n\nCalendar: lea.martin@covenly.example\n"
          "Who:\n  Sigrid Aasen - organiser (Head of Legal Operations)\n  Henrik Lund (CISO)\n  Marte Solberg (Data Protection Officer)\n  Léa Martin (Covenly)\n\n"
          "Description:\nAgenda (please come prepared, we have 60 minutes):\n"
          "1. How does Covenly's AI process our contracts? Which model providers, where do they run, is anything retained, is anything used for training?\n"
          "2. Hosting: where will data for our Norwegian and Swedish entities be stored and processed?\n"
          "3. Exit: how do we get all contracts and metadata back if we terminate, and when is it deleted?\n\n"
          "Going (lea.martin@covenly.example)?   Yes - Maybe - No   more options »\n\n"
          "Invitation from Google Calendar\nYou are receiving this email because you are an attendee on the event. Forwarding this invitation could allow any recipient to send a response to the organiser.",
          company="Fjordvik Bank"),
     {"cv-ai-trust": 3, "cv-data-residency": 3, "cv-security-overview": 2, "cv-dpa": 1},
     forbidden=["retired-ai-beta-2024", "draft-ai-agent", "retired-privacy-shield", "cv-soc2-2025", "fs-dora-readiness-2024"], vertical="financial-services")

case("z04", "thread", "a retailer's general counsel, privilege banner on top and a long legal disclaimer below a two-sentence ask: which of 2,000 vendor agreements let the company charge back for late or non-compliant shipments, and at what rate; the quoted earlier mail asked for a generic overview, already sent",
     mail("dmarsh@tillmanandreed.com", "Diane Marsh", "RE: Covenly - follow up",
          "PRIVILEGED & CONFIDENTIAL\nATTORNEY-CLIENT COMMUNICATION / ATTORNEY WORK PRODUCT\n\n"
          "Owen - thanks for the overview deck. The question I actually need answered: can your system tell me which of our ~2,000 vendor agreements allow us to charge back for late or non-compliant shipments, and at what percentage? Merchandising wants to start enforcing chargebacks in Q1 and nobody can tell them which vendors agreed to what.\n\n"
          "Diane\n\nDiane Marsh\nGeneral Counsel & Corporate Secretary\nTillman & Reed Stores, Inc.\n\n"
          "The information contained in this e-mail message is intended only for the personal and confidential use of the recipient(s) named above. This message may be an attorney-client communication and/or work product and as such is privileged and confidential. If the reader of this message is not the intended recipient or an agent responsible for delivering it to the intended recipient, you are hereby notified that you have received this document in error and that any review, dissemination, distribution, or copying of this message is strictly prohibited. If you have received this communication in error, please notify us immediately by e-mail, and delete the original message.\n\n"
          "From: Owen Fischer <owen.fischer@covenly.example>\nSent: Thursday, November 19, 2026 2:31 PM\nTo: Diane Marsh <dmarsh@tillmanandreed.com>\nSubject: Covenly - follow up\n\n"
          "Hi Diane,\n\nGreat to meet you at the retail GC roundtable. As promised, attached is our platform overview deck. Happy to set up a demo with your team.\n\n" + OWEN,
          source="outlook", company="Tillman & Reed Stores"),
     {"retail-vendor": 3, "cv-repository": 2, "cv-migration": 2, "retail-case-study": 1},
     forbidden=other_case_studies("retail"), vertical="retail")

case("z05", "thread", "the champion loops in her CISO; the latest message is the CISO's, a new person with three pointed asks: SAML SSO with Okta and SCIM so leavers lose access the same day, a pen test summary from the last 12 months, the SOC 2 with a bridge letter; the quoted intro mentions they are replacing Inkvault, which is not asked about",
     mail("rvaidya@castellan-group.com", "Raj Vaidya", "RE: Intro: Covenly security review",
          "Nadia,\n\nThanks for the quick intro call. Three things before my team starts the review:\n"
          "(a) SAML SSO with Okta, and SCIM, so that leavers lose access the same day HR terminates them\n"
          "(b) an executive summary of your most recent external pen test, no older than 12 months\n"
          "(c) your current SOC 2 Type II report and a bridge letter covering the gap to today\n\n"
          "Raj Vaidya\nChief Information Security Officer\nCastellan Group plc\n\n"
          "From: Elena Fischer <efischer@castellan-group.com>\nSent: Friday, November 20, 2026 8:55 AM\nTo: Raj Vaidya <rvaidya@castellan-group.com>\nCc: Nadia Brennan <nadia.brennan@covenly.example>\nSubject: Intro: Covenly security review\n\n"
          "Raj, meet Nadia from Covenly, the CLM we're evaluating to replace Inkvault across our 26 entities. Legal would like to get the security review going before Christmas so we're not stuck in Q1 again. Nadia, Raj owns vendor security for the group.\n\nThanks both,\nElena\n\n"
          "Elena Fischer | Director, Legal Operations | Castellan Group plc",
          source="outlook", company="Castellan Group"),
     {"cv-sso": 3, "ent-security-package": 3, "cv-soc2-2026": 3, "cv-security-overview": 1},
     forbidden=["cv-soc2-2025", "draft-bc-inkvault-2027"], vertical="enterprise")

case("z06", "thread", "the rep's quoted pitch and signature are full of the seller's product names (Covenly Spend, Review, Obligations, Intake, Sign); the prospect's short reply says none of that is the problem: can the order form come out of Salesforce CPQ with the quote lines and go back to the opportunity when signed; a 450-person software company",
     mail("jtorres@quantrix.io", "Jamie Torres", "Re: Covenly for Quantrix",
          "Owen, appreciate it, but none of that is our problem right now. What I need is for sales to stop emailing Word docs around. Can the order form come straight out of Salesforce CPQ with the quote lines already in it, and go back onto the opportunity once it's signed? That's the whole ask.\n\n"
          "Jamie Torres\nSenior Corporate Counsel | Quantrix (450 people, and one of me)\n\n"
          "On Tue, Nov 17, 2026 at 10:41 AM Owen Fischer <owen.fischer@covenly.example> wrote:\n"
          + quote("Hi Jamie,\n\nGreat connecting at LegalGeek. A quick picture of what teams like yours run on Covenly: Covenly Spend keeps outside counsel bills inside budget, Covenly Review gives you an AI first pass on third-party paper, Covenly Obligations tracks every commitment after signature, and Covenly Intake gives sales one front door to legal. Everything signs with Covenly Sign.\n\nWould 30 minutes next week work?\n\n" + OWEN),
          company="Quantrix"),
     {"cv-salesforce": 3, "cv-sales-team": 2, "cv-selfserve": 2, "mm-case-study": 1},
     forbidden=["retired-sf-classic"] + other_case_studies("mid-market"), vertical="mid-market")

case("z07", "thread", "an existing customer (a manufacturer) whose Covenly admin left: the new legal ops hire asks where to start, whether there is training, and how to change the approval chain so deals over $250k go to the CFO; no sale, a customer's ask",
     mail("mchen@ostranderindustrial.com", "Michael Chen", "New Covenly admin - where do I start?",
          "Hi Nadia,\n\nI joined Ostrander two weeks ago as Legal Operations Manager and it turns out I'm now the Covenly admin, since Jess left at the end of October and didn't leave much behind. Two things:\n\n"
          "- Is there training for admins, ideally something I can work through this month?\n"
          "- Our CFO wants every sales contract over $250k to come to her before signature, effective January 1. How do I change the approval chain to do that?\n\n"
          "Thanks,\nMichael Chen\nLegal Operations Manager\nOstrander Industrial Corp. | Plants in Toledo, Saltillo and Győr",
          company="Ostrander Industrial"),
     {"cv-admin-training": 3, "cv-approvals": 3, "cv-implementation": 1},
     forbidden=other_case_studies("manufacturing"), vertical="manufacturing")

case("z08", "thread", "a national charity's head of legal: Signara's rep says their Agreements add-on does everything Covenly does for a per-envelope price and they already pay Signara for e-signature at a nonprofit rate; 'give me one reason not to just switch it on'",
     mail("hannah.price@brightpathtrust.org", "Hannah Price", "Re: Covenly - pricing for Brightpath",
          "Hi Owen,\n\nHonest question. Signara's account manager rang yesterday: their 'Agreements' add-on apparently does everything you showed us, we already pay them for e-signature on the charity rate, and it would be about $9 per envelope on top. Give me one good reason not to just switch it on.\n\n"
          "We're 180 staff, about 1,100 grant and partnership agreements a year, and a legal team of two.\n\n"
          "Hannah\n\nHannah Price\nHead of Legal & Governance\nBrightpath Trust\nRegistered charity no. 1183462",
          company="Brightpath Trust"),
     {"cv-bc-signara": 3, "cv-obj-esign": 3, "np-pricing": 2, "np-grants": 1},
     forbidden=["retired-bc-signara-2024", "promo-q3-switch-2026"] + other_pricing("nonprofit") + other_case_studies("nonprofit"), vertical="nonprofit")

# ---- multi (3): two or three asks in one message
case("z09", "multi", "a 90-person startup's first lawyer, three asks in one message: sales should self-serve NDAs and simple order forms, does it work with HubSpot (their CRM), and rough pricing for one lawyer, one finance person and 30 sales reps; a P.S. about possibly doing it all in Google Docs",
     mail("sam@fernwoodlabs.com", "Sam Oduya", "Few questions before our call",
          "Hey Owen,\n\nAhead of Thursday, three things so we can use the time well:\n\n"
          "First, I'm the only lawyer here (90 people) and I spend half my week on NDAs and order forms that are 95% the same. I want sales to generate those themselves and only come to me when something's off-template.\n"
          "Second, we live in HubSpot. Does Covenly pull the deal and line items from there?\n"
          "Third, ballpark pricing for me, our finance lead and about 30 reps who'd request contracts. We're a seed-stage budget, so please be realistic.\n\n"
          "Thanks!\nSam\n\nP.S. Our CEO asked why we can't just do this in Google Docs. I'd love an answer I can forward.\n\n"
          "Sam Oduya | Head of Legal | Fernwood Labs",
          company="Fernwood Labs"),
     {"cv-selfserve": 3, "cv-hubspot": 3, "smb-starter": 3, "cv-pricing-faq": 1},
     forbidden=["retired-pricing-per-contract-2023", "draft-pricing-2027"] + other_pricing("smb"), vertical="smb")

case("z10", "multi", "a manufacturer's procurement director writes prose after a steering group, with three asks buried in it: supplier contracts started from Coupa, migration of ~8,000 supplier contracts from SharePoint, and whether German and Polish contracts can be reviewed; the quoted earlier thread is about a demo date",
     mail("p.kowalczyk@haverlandgroup.com", "Piotr Kowalczyk", "Re: Demo follow-up - steering group outcome",
          "Jonas,\n\nThe steering group met yesterday and agreed to move to a proper evaluation. A few things came up that I promised to check with you. We run sourcing in Coupa, and the group wants supplier contracts to start from the Coupa sourcing event rather than someone downloading a template, so I need to understand how that works end to end. Then there is the backlog: roughly 8,000 supplier contracts in SharePoint libraries, one per plant, with no consistent naming, and nobody volunteering to tag them. And our Wrocław and Chemnitz plants contract in Polish and German, so whatever reviews contracts has to cope with that, not only English.\n\n"
          "If you can send material on those three points by the 4th, I'll circulate it before our next session.\n\n"
          "Best regards,\nPiotr Kowalczyk\nDirector, Indirect & Direct Procurement\nHaverland Group | 7 plants, 4 countries\n\n"
          "From: Jonas Weber <jonas.weber@covenly.example>\nSent: Monday, 16 November 2026 09:02\nTo: Piotr Kowalczyk <p.kowalczyk@haverlandgroup.com>\nSubject: Demo follow-up\n\n"
          "Hi Piotr, thanks for joining the demo. Would Thursday 19 November suit for the steering group session?\n\n" + JONAS,
          source="outlook", company="Haverland Group"),
     {"cv-procurement": 3, "cv-migration": 3, "cv-multilingual": 3, "mfg-supplier": 2},
     forbidden=other_case_studies("manufacturing"), vertical="manufacturing")

case("z11", "multi", "a university's director of research contracts: three asks (sponsored research agreements and data use agreements with sponsors, IT requires a completed HECVAT before any review, and can they buy through a cooperative contract instead of an RFP) with her signature's office hours and a land acknowledgement",
     mail("lgarza@southplains.edu", "Laura Garza", "Questions from our research office",
          "Good morning Tomás,\n\nWe are interested in Covenly for the Office of Research Contracts. Before I can schedule a demo with our associate VP, I need answers to three questions:\n\n"
          "1. Can Covenly handle sponsored research agreements and data use agreements, including negotiating with industry sponsors? We process about 1,300 a year and our average turnaround is 47 days.\n"
          "2. Our Information Security Office will not start a review without a completed HECVAT (Full). Do you have one?\n"
          "3. Procurement asks whether we can buy through a cooperative contract rather than running our own RFP.\n\n"
          "Thank you,\nLaura Garza\nDirector, Research Contracts\nOffice of Research | South Plains University\nOffice hours: Mon-Thu 8:00-5:00 CT\n\n"
          "South Plains University acknowledges that it is located on the traditional lands of the Comanche and Apache peoples.",
          company="South Plains University"),
     {"edu-research": 3, "edu-hecvat": 3, "gov-coop": 3, "edu-case-study": 1},
     forbidden=["gov-tips-2021"] + other_pricing("education") + other_case_studies("education"), vertical="education")

# ---- crm (7): raw values only, never a canonical vertical or stage
case("z12", "crm", "Dynamics 365 opportunity (raw sales stage 'Develop', industry 'Durable Manufacturing'): an industrial pump maker has 340 distributor agreements in 30 countries, a steel surcharge is coming, and nobody knows which agreements allow a mid-term price adjustment or how much notice each needs; then amendments must go to those that don't",
     crm("dynamics", "Norrland Pumps", "Develop", "Durable Manufacturing",
         "Opportunity: Norrland Pumps - distributor contracts\nPotential Customer: Norrland Pumps AB\nSales Stage: Develop\nPipeline Phase: 2-Develop\nEst. Revenue: $184,000.00\nEst. Close Date: 3/15/2027\nRating: Warm\n\n"
         "Description: 340 distributor agreements in 30 countries, mostly PDFs in a shared drive. Steel surcharge planned for Q2 2027. Commercial team doesn't know which agreements allow a mid-term price adjustment, how much notice each requires, or which have exclusivity. For those without a price clause they want to send an amendment, not renegotiate one by one.\n\n"
         "Current Situation: spreadsheet maintained by a sales admin, last updated 2024.\nCustomer Need: find the clause + notice period per distributor; amend the rest in bulk."),
     {"mfg-distributor": 3, "cv-repapering": 3, "cv-migration": 2, "mfg-case-study": 1},
     forbidden=other_case_studies("manufacturing"), vertical="manufacturing")

case("z13", "crm", "Zoho CRM deal at 'Closed Lost to Competition' (a win-back page, raw industry 'Small/Medium Enterprise'): a 35-person architecture firm chose Signara because e-signature was bundled; the note says their Signara renewal is in May and to revisit in February; what to send now",
     crm("zoho", "Lindqvist + Oyelaran Architects", "Closed Lost to Competition", "Small/Medium Enterprise",
         "Deal Name: Lindqvist + Oyelaran - CLM\nStage: Closed Lost to Competition\nAmount: $7,800\nClosing Date: Oct 30, 2026\nAccount Name: Lindqvist + Oyelaran Architects\nIndustry: Small/Medium Enterprise\nEmployees: 35\nCompetitor: Signara\nReason For Loss: Price - e-sign bundled\n\n"
         "Notes\nOct 30, 2026 - Owen Fischer: Went with Signara Agreements because they already pay for Signara e-sign. Partner (Tove) liked our templates and renewal alerts but couldn't justify a second tool. Their Signara renewal is in May. Revisit early Feb."),
     {"cv-bc-signara": 3, "cv-obj-esign": 2, "smb-starter": 2, "smb-case-study": 1},
     forbidden=["retired-bc-signara-2024", "promo-q3-switch-2026"] + other_pricing("smb") + other_case_studies("smb"), vertical="smb")

case("z14", "crm", "HubSpot contact record (not a deal) of a marketing-qualified lead at a 1,100-person logistics company: activity timeline with buyer's-guide download, three pricing-page visits, and a form answer 'we keep missing renewal notice dates on carrier and warehouse contracts'; the rep is about to write the first outreach",
     crm("hubspot", "Brightwell Freight", None, "Logistics and Supply Chain",
         "Contact: Marisol Vega\nJob title: Associate General Counsel\nCompany: Brightwell Freight\nLifecycle stage: Marketing Qualified Lead\nLead status: New\nIndustry: Logistics and Supply Chain\nNumber of employees: 1,100\nContact owner: Owen Fischer\n\n"
         "Activity\nNov 20, 2026  Visited page: /pricing (3 page views)\nNov 19, 2026  Form submission: CLM buyer's guide download\n    What is your biggest contracting challenge? \"We keep missing renewal notice dates on carrier and warehouse contracts. Found out about two auto-renewals from the invoice this year.\"\n"
         "Nov 12, 2026  Opened email: Covenly newsletter - November\nOct 28, 2026  Visited page: /blog/auto-renewals-cost",
         contact={"name": "Marisol Vega", "first_name": "Marisol", "email": "mvega@brightwellfreight.com"}),
     {"cv-renewals": 3, "cv-prospecting-email": 2, "cv-health-check": 2, "cv-obligations": 1},
     forbidden=["event-legalops-summit-2026", "webinar-live-nov-2026"] + other_case_studies("mid-market"), vertical="mid-market")

case("z15", "crm", "Salesforce opportunity with MEDDICC custom fields (raw stage 'Perception Analysis', industry 'Insurance'): the Paper Process field says vendor onboarding needs a SIG Lite, the SOC 2 and an accessibility VPAT before redlines; Competition says Inkvault is the incumbent with renewal June 30; the Next Step is to send the security package and the Inkvault comparison to the champion",
     crm("salesforce", "Larkspur Mutual Insurance", "Perception Analysis", "Insurance",
         "Opportunity Name: Larkspur Mutual - CLM replacement\nStage: Perception Analysis\nAmount: $265,000\nClose Date: 4/30/2027\nType: New Business\n\n"
         "MEDDICC\nMetrics: cut claims-vendor contract turnaround from 38 to 10 days\nEconomic Buyer: Deputy GC (T. Haskell)\nDecision Criteria: Word add-in that outside counsel can use; live before Inkvault renewal\nDecision Process: Legal ops eval > IT security > Procurement > EB\n"
         "Paper Process: Vendor onboarding requires completed SIG Lite, current SOC 2 Type II, and an accessibility VPAT (two contract analysts use screen readers) BEFORE they will redline our MSA\n"
         "Identify Pain: Inkvault upgrade failed twice; requesters pay per seat\nChampion: Priya Das, Legal Ops Manager\nCompetition: Inkvault (incumbent, renewal 6/30/2027)\n\n"
         "Next Step: send security package + Inkvault comparison to Priya Das by 12/1"),
     {"cv-security-questionnaire": 3, "cv-vpat": 3, "cv-bc-inkvault": 3, "cv-soc2-2026": 2},
     forbidden=["draft-bc-inkvault-2027", "cv-soc2-2025", "promo-q3-switch-2026"] + other_case_studies("financial-services"), vertical="financial-services")

case("z16", "crm", "Pipedrive deal in a custom stage 'Demo done' with a 'Hot' label, organisation industry 'Biotechnology': 400 CDAs a year, CTAs with 60 sites for a phase 2 study starting in March, and QA asks whether signatures are 21 CFR Part 11 compliant and validated",
     crm("pipedrive", "Aventine Bio", "Demo done", "Biotechnology",
         "Deal: Aventine Bio - clinical contracts\nValue: $96,000\nPipeline: New business\nStage: Demo done\nLabel: Hot\nOrganization: Aventine Bio, Inc.\nIndustry: Biotechnology\nPerson: Grace Whitfield, Sr. Director, Clinical Operations\n\n"
         "Notes (Nov 19, 2026)\n- ~400 CDAs/yr with sites, vendors and partners, all through one paralegal\n- Phase 2 (AVB-214) starts March: CTAs + site budgets with ~60 sites in US, Spain, Poland; last study took 16 weeks median to executed CTA\n- QA (Dr. Mehta) asked whether our e-signature is 21 CFR Part 11 compliant and whether we provide a validation package\n\n"
         "Activities\nNov 24  Call - follow-up with Grace + QA"),
     {"ls-cta": 3, "ls-part11": 3, "ls-cda": 2, "ls-case-study": 1},
     forbidden=["draft-ls-budget-benchmarks"] + other_case_studies("life-sciences"), vertical="life-sciences")

case("z17", "crm", "Salesforce Quote record (not the opportunity): 3-year quote in status 'Needs Review' with an 18% discount pending approval, opportunity raw stage 'Negotiation/Review', industry 'Healthcare'; the description says the hospital's procurement wants 25% off and a three-year price lock, and the VP wants a reply that trades term for discount",
     crm("salesforce", "Vellum Health Partners", "Negotiation/Review", "Healthcare",
         "Quote\nQuote Name: Vellum Health - 3yr CLM\nQuote Number: 00000412\nStatus: Needs Review\nExpiration Date: 12/18/2026\nOpportunity Name: Vellum Health Partners - CLM\nOpportunity Stage: Negotiation/Review\nAccount Industry: Healthcare\n\n"
         "Quote Line Items\nCovenly Professional - full user / yr | Qty 14 | List $1,740.00 | Discount 18% | Approval: Pending (RVP)\nCovenly Review AI volume 5,000 docs / yr | Qty 1 | List $12,000.00\nImplementation - standard | Qty 1 | List $24,000.00\n\n"
         "Description: Procurement (G. Ellison) asked for 25% off and a price lock for all 3 years, citing budget freeze. RVP: don't go past 18%; reply trading term / billing / services instead."),
     {"cv-discount-reply": 3, "cv-year-end-2026": 2, "cv-pricing-faq": 1, "cv-mutual-plan": 1},
     forbidden=["draft-pricing-2027", "retired-pricing-per-contract-2023", "promo-q3-switch-2026"], vertical="healthcare")

case("z18", "crm", "Salesforce opportunity page whose Chatter feed carries the ask (raw stage 'Needs Analysis', industry 'Government'): a colleague posts that the county attorney asked whether data can be hosted in the US only and how Covenly handles the ~300 open-records requests a year that touch contracts",
     crm("salesforce", "Dunmore County", "Needs Analysis", "Government",
         "Opportunity: Dunmore County - Contract Management\nStage: Needs Analysis\nAmount: $138,000\nClose Date: 6/30/2027\n\n"
         "Chatter\nKaren Voss (Solutions Engineer) - Nov 20, 2026 at 4:12 PM\n@Tomás Rey heads up from today's call with the County Attorney's office: (1) IT won't approve anything that isn't US-only hosting, they mentioned FedRAMP; (2) they get ~300 open-records requests a year that touch contracts and currently pull them by hand from file rooms and email. Deputy County Attorney Harlan asked us to send something on both before the Dec 8 commissioners' work session.\n"
         "  Like · Comment\n"
         "Tomás Rey - Nov 20, 2026 at 4:40 PM\nThanks Karen, on it."),
     {"gov-hosting": 3, "gov-records": 3, "gov-case-study": 2, "gov-procurement": 1},
     forbidden=["gov-tips-2021"] + other_case_studies("government"), vertical="government")

# ---- foreign (9)
case("z19", "foreign", "German mail from a machine builder's in-house lawyer (Syndikusrechtsanwältin): some contracts need the written form and must be signed with a qualified electronic signature; data must stay in the EU; wants German material for the board; German imprint disclaimer below",
     mail("k.brandt@hoffmann-maschinenbau.de", "Katrin Brandt", "Rückfragen zu Covenly: Schriftform, QES und Hosting",
          "Hallo Herr Weber,\n\nvielen Dank für die Präsentation am Dienstag. Bevor wir das Thema in die Geschäftsführung bringen, zwei Rückfragen:\n\n"
          "1. Einige unserer Verträge (z. B. langfristige Mietverträge für unsere Lagerflächen und Bürgschaften) unterliegen der Schriftform. Können diese in Covenly mit einer qualifizierten elektronischen Signatur unterschrieben werden, und wie läuft die Identifizierung ab?\n"
          "2. Wo werden unsere Vertragsdaten gespeichert? Für uns kommt nur ein Hosting in der EU in Frage.\n\n"
          "Außerdem wäre es hilfreich, wenn Sie uns Unterlagen auf Deutsch für die Geschäftsführung schicken könnten.\n\n"
          "Mit freundlichen Grüßen\nKatrin Brandt\nSyndikusrechtsanwältin | Leiterin Recht & Compliance\nHoffmann Maschinenbau GmbH\n\n"
          "Hoffmann Maschinenbau GmbH · Sitz der Gesellschaft: Reutlingen · Registergericht: Amtsgericht Stuttgart HRB 734561 · Geschäftsführer: Dr. Ulrich Hoffmann, Sabine Keller\n"
          "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.",
          company="Hoffmann Maschinenbau GmbH"),
     {"cv-qes": 3, "cv-de-ueberblick": 3, "cv-data-residency": 2, "mfg-case-study": 1},
     forbidden=["retired-privacy-shield"] + other_case_studies("manufacturing"), vertical="manufacturing")

case("z20", "foreign", "Salesforce opportunity with French labels ('Étape : Proposition/Devis', 'Secteur d'activité : Banque', 'Prochaine étape', 'Description'): a French regional bank must build its DORA register of information from ~2,600 ICT contracts and wants a French presentation for its risk committee",
     crm("salesforce", "Banque Populaire du Val-de-Loire", "Proposition/Devis", "Banque",
         "Nom de l'opportunité : BPVL - Registre DORA et gestion des contrats\nÉtape : Proposition/Devis\nMontant : 210 000 EUR\nDate de clôture : 31/01/2027\nNom du compte : Banque Populaire du Val-de-Loire\nSecteur d'activité : Banque\n\n"
         "Prochaine étape : envoyer la présentation en français pour le comité des risques du 9 décembre + notre approche du registre d'informations.\n"
         "Description : environ 2 600 contrats avec des prestataires TIC, dispersés entre la direction des achats et les métiers. Le registre d'informations DORA a été rempli à la main en 2025 et l'ACPR a relevé des lacunes. Ils veulent aussi identifier les contrats qui n'ont pas les clauses exigées par l'article 30."),
     {"fs-dora": 3, "cv-fr-presentation": 3, "fs-tprm": 1, "fs-case-study": 2},
     forbidden=["fs-dora-readiness-2024"] + other_case_studies("financial-services"), vertical="financial-services")

case("z21", "foreign", "Spanish mail from a Mallorca hotel group's legal director: after last autumn's storms they could not tell which group and event contracts let them keep deposits; can Covenly extract the cancellation, attrition and force-majeure clauses from 2,300 group contracts, in Spanish, English and German; wants material in Spanish",
     mail("aferrer@grupoolivera.es", "Alba Ferrer", "Contratos de grupos y eventos - consulta",
          "Hola Léa:\n\nGracias por la llamada del jueves. Te resumo lo que nos preocupa: con las tormentas del otoño pasado tuvimos cancelaciones de grupos en cuatro hoteles y no supimos decir, contrato por contrato, en cuáles podíamos quedarnos con el depósito. Tenemos unos 2.300 contratos de grupos y eventos de los últimos tres años, en español, inglés y alemán.\n\n"
          "¿Podéis extraer de todos ellos las cláusulas de cancelación, de attrition y de fuerza mayor? ¿Y tenéis alguna presentación en español para el comité de dirección?\n\n"
          "Un saludo,\nAlba Ferrer\nDirectora de Asesoría Jurídica\nGrupo Hotelero Olivera | Palma de Mallorca\n\n"
          "Este mensaje y sus archivos adjuntos van dirigidos exclusivamente a su destinatario y pueden contener información confidencial. Si no es usted el destinatario, le rogamos que lo comunique al remitente y lo elimine.",
          company="Grupo Hotelero Olivera"),
     {"hosp-group": 3, "cv-es-resumen": 2, "cv-multilingual": 2, "hosp-case-study": 1},
     forbidden=other_case_studies("hospitality"), vertical="hospitality")

case("z22", "foreign", "HubSpot deal with Italian labels ('Fase della trattativa: Presentazione programmata', 'Settore: Commercio al dettaglio'): a fashion chain with 180 stores whose leases sit with the store-network team in spreadsheets; two break-option dates were missed this year; presentation to the CFO and material in Italian",
     crm("hubspot", "Vesta Moda S.p.A.", "Presentazione programmata", "Commercio al dettaglio",
         "Trattativa: Vesta Moda - contratti di locazione negozi\nFase della trattativa: Presentazione programmata\nImporto: 96.000 €\nData di chiusura: 31/03/2027\nProprietario della trattativa: Léa Martin\nSettore: Commercio al dettaglio\n\n"
         "Note\n- 180 negozi in Italia, Svizzera e Austria; i contratti di locazione sono gestiti dal team Rete Negozi in fogli Excel\n- Quest'anno hanno perso due finestre di recesso anticipato (Bergamo, Lugano) e pagato un anno di canone in più\n- Vogliono vedere le scadenze, gli aggiornamenti ISTAT dei canoni e le clausole di recesso per ogni negozio\n- Presentazione al CFO il 2 dicembre; chiedono materiale in italiano"),
     {"retail-leases": 3, "cv-it-panoramica": 2, "cv-renewals": 2, "retail-case-study": 1},
     forbidden=other_case_studies("retail"), vertical="retail")

case("z23", "foreign", "Dynamics 365 opportunity with Dutch labels ('Verkoopkans', 'Verkoopfase: Ontwikkelen', 'Branche: Sociale dienstverlening'): a Dutch foundation (stichting) with subsidies from 14 municipalities and three funds, missed an accountability deadline; asks for nonprofit pricing and Dutch material (only a draft exists)",
     crm("dynamics", "Stichting Samen Sterk", "Ontwikkelen", "Sociale dienstverlening",
         "Verkoopkans: Stichting Samen Sterk - subsidie- en contractbeheer\nPotentiële klant: Stichting Samen Sterk\nVerkoopfase: Ontwikkelen\nGeschatte omzet: € 38.000,00\nGeschatte sluitingsdatum: 31-3-2027\nBranche: Sociale dienstverlening\n\n"
         "Beschrijving: Landelijke stichting (210 medewerkers) met subsidies van 14 gemeenten en drie vermogensfondsen, elk met eigen voorwaarden en verantwoordingstermijnen. Dit jaar is één verantwoording te laat ingediend; de gemeente heeft € 40.000 teruggevorderd. Controller vraagt naar de prijs voor goede doelen en of er materiaal in het Nederlands is voor het bestuur."),
     {"np-grants": 3, "np-pricing": 3, "cv-obligations": 2, "np-case-study": 1},
     forbidden=["draft-nl-overzicht"] + other_pricing("nonprofit") + other_case_studies("nonprofit"), vertical="nonprofit")

case("z24", "foreign", "Finnish mail from a city's legal services lead: procurement contracts in three systems, information requests under the Finnish openness act, data must stay in the EU and IT needs to know where AI processing runs; answered by English items",
     mail("minna.heikkinen@kaarnala.fi", "Minna Heikkinen", "Sopimushallinta - kysymyksiä ennen jatkoa",
          "Hei Léa,\n\nkiitos eilisestä esittelystä. Kaarnalan kaupungilla on noin 4 500 voimassa olevaa hankintasopimusta kolmessa eri järjestelmässä, ja kaupunginhallitus haluaa ne yhteen paikkaan ennen seuraavaa valtuustokautta. Kaksi asiaa meidän täytyy selvittää ennen kuin jatketaan:\n\n"
          "1. Saamme vuosittain satoja julkisuuslain mukaisia tietopyyntöjä, jotka koskevat sopimuksia. Miten järjestelmä auttaa löytämään pyydetyt sopimukset ja peittämään salassa pidettävät kohdat?\n"
          "2. Tietojen pitää pysyä EU:ssa. Missä tekoälyn käsittely tapahtuu?\n\n"
          "Englanninkielinen materiaali käy hyvin.\n\nYstävällisin terveisin\nMinna Heikkinen\nLakimies, hallintopalvelut\nKaarnalan kaupunki",
          company="Kaarnalan kaupunki"),
     {"gov-records": 3, "gov-procurement": 2, "cv-data-residency": 3, "cv-ai-trust": 2},
     forbidden=["gov-tips-2021", "retired-ai-beta-2024"] + other_case_studies("government"), vertical="government")

case("z25", "foreign", "Czech mail from an automotive supplier's head of legal in Brno: supplier contracts in Czech, German and English, lawyers work in Word and some on Macs; can AI review Czech contracts and does the add-in run on Mac",
     mail("jana.dvorakova@moravatech.cz", "Jana Dvořáková", "Dotaz: smlouvy s dodavateli a Word",
          "Dobrý den, pane Webere,\n\nděkuji za včerejší schůzku. Jsme dodavatel pro automobilový průmysl se třemi závody a máme přibližně 3 200 smluv s dodavateli, v češtině, němčině a angličtině. Naši právníci pracují ve Wordu, dva z nich na Macu.\n\n"
          "Mám dvě otázky:\n1. Umí vaše AI kontrolovat i smlouvy v češtině, nebo jen v angličtině?\n2. Funguje doplněk pro Word i na Macu?\n\n"
          "S pozdravem\nJana Dvořáková\nvedoucí právního oddělení\nMorava Tech s.r.o., Brno",
          company="Morava Tech s.r.o."),
     {"cv-multilingual": 3, "cv-word-addin": 3, "mfg-supplier": 2, "cv-ai-review": 1},
     forbidden=["retired-word-addin-v1"] + other_case_studies("manufacturing"), vertical="manufacturing")

case("z26", "foreign", "Turkish mail from an Istanbul e-commerce retailer's legal counsel: about 3,000 marketplace seller and supplier agreements, mostly in Turkish; can AI review them against their own standards and flag the risky ones, and where is data kept",
     mail("elif.yildiz@pazarium.com.tr", "Elif Yıldız", "Satıcı sözleşmeleri ve yapay zekâ incelemesi",
          "Merhaba Léa Hanım,\n\nGeçen haftaki görüşme için teşekkürler. Pazaryerimizde yaklaşık 3.000 satıcı ve tedarikçi sözleşmemiz var; çoğu Türkçe, bir kısmı İngilizce. Hukuk ekibimiz üç kişi ve her sözleşmeyi tek tek okuyamıyoruz.\n\n"
          "Sorularım şunlar:\n1. Yapay zekâ Türkçe sözleşmeleri kendi standartlarımıza göre inceleyip riskli maddeleri işaretleyebilir mi?\n2. Veriler nerede saklanıyor?\n\n"
          "Saygılarımla,\nElif Yıldız\nKıdemli Hukuk Müşaviri\nPazarium Elektronik Ticaret A.Ş.",
          company="Pazarium"),
     {"cv-ai-review": 3, "cv-multilingual": 3, "retail-vendor": 2, "cv-data-residency": 1},
     forbidden=["retired-ai-beta-2024", "draft-ai-agent"] + other_case_studies("retail"), vertical="retail")

case("z27", "foreign", "Brazilian Portuguese mail, chatty register, from a São Paulo fintech's legal coordinator: is there material in Portuguese, is Covenly Sign valid in Brazil, and is there a DPA that works under LGPD",
     mail("bruna.carvalho@pagaja.com.br", "Bruna Carvalho", "Covenly - umas dúvidas rápidas",
          "Oi Léa, tudo bem?\n\nAdorei a demo de ontem, o time todo curtiu!! 😊 Antes de levar pro nosso diretor jurídico, umas dúvidas rápidas:\n\n"
          "- Vocês têm algum material em português? Ele não vai ler nada em inglês, rs\n"
          "- A assinatura eletrônica de vocês vale aqui no Brasil? A gente assina uns 600 contratos com parceiros e estabelecimentos por mês\n"
          "- Tem um acordo de tratamento de dados (DPA) que funcione com a LGPD?\n\n"
          "Valeu!\nBruna\n\nBruna Carvalho\nCoordenadora Jurídica | PagaJá Instituição de Pagamento S.A.",
          company="PagaJá"),
     {"cv-pt-visao": 3, "cv-sign": 2, "cv-dpa": 2, "fs-case-study": 1},
     forbidden=["retired-privacy-shield"] + other_case_studies("financial-services"), vertical="financial-services")

# ---- register (3): registers B2B tools rarely see
case("z28", "register", "a Slack Connect shared channel in a very informal register, emoji and lol: a startup ops lead got auto-renewed on a $48k tool nobody uses; does Covenly do 'the auto-renew thing', and in a thread reply, can it read old PDFs or do they have to type everything in (company size unknown, so no vertical is judged)",
     {"source": "generic", "url": "https://app.slack.com/client/T04KQ8ZL1/C06BRQ2M8X4", "company": None,
      "contact": {"name": "Dev Malhotra", "first_name": "Dev"}, "vertical": None, "stage": None, "subject": None,
      "text": "#covenly-pollenpine  (shared with Covenly)\n\n"
              "Dev Malhotra  11:42 AM\nyo @Owen quick q 🙏 does covenly do the auto-renew thing?? we just got auto-renewed on a $48k tool nobody has logged into since like march 💀 finance is on the warpath lol\n"
              "👀 2  😭 1\n\n"
              "Dev Malhotra  11:44 AM\n(replied in thread) also can it read our old pdfs or do we have to type all the dates in ourselves bc that is not happening"},
     {"cv-renewals": 3, "cv-migration": 2, "cv-health-check": 2, "cv-obligations": 1})

case("z29", "register", "a voicemail transcribed by the phone system (voice-to-text, no punctuation, fillers) on a behavioural-health provider: any vendor touching contracts must sign their BAA because exhibits hold patient information, and compliance wants to track the ~400 BAAs they hold with their own vendors",
     mail("voicemail@ringcentral.com", "RingCentral", "New Voice Message from (614) 555-0197",
          "New voice message\nFrom: (614) 555-0197 TRI COUNTY BEHAV\nTo: Priya Raman (ext. 4418)\nReceived: Mon, Nov 23, 2026 8:47 AM\nDuration: 0:58\n\n"
          "Transcription (preview):\n"
          "hi priya this is marcus delgado from tri county behavioral health um we met at the conference in october uh so a couple things first anybody who touches our contracts has to sign our business associate agreement because some of the exhibits have patient information in them so i need to know you'll sign a baa and uh second our compliance officer wants to know if your system can keep track of the baas we already have with our own vendors we've got like four hundred of them and honestly we don't know which ones are current so yeah give me a call back at six one four five five five zero one nine seven thanks\n\n"
          "Transcriptions are automatically generated and may not be accurate.",
          company=None),
     {"hc-hipaa": 3, "hc-baa-tracking": 3, "cv-security-overview": 1, "hc-case-study": 1},
     forbidden=other_case_studies("healthcare"), vertical="healthcare")

case("z30", "register", "a call-recording page with a speaker-labelled transcript excerpt (fillers, cross-talk): an enterprise's deputy GC wants to see how outside counsel redline in Word and whether their changes come back into Covenly instead of being emailed around",
     {"source": "generic", "url": "https://app.callrecap.example/calls/8817234/transcript", "company": "Ashgrove Holdings", "contact": None, "vertical": None, "stage": None, "raw": None,
      "subject": "Covenly / Ashgrove - discovery (42 min)",
      "text": "Covenly / Ashgrove - discovery · Nov 20, 2026 · 42 min\n\n"
              "[18:02] Nadia Brennan (Covenly): ...and that's really where Intake and the Obligations piece come in, so, um\n"
              "[18:09] Greg Ashby (Ashgrove): yeah, no, that's fine, that's all fine, I mean, honestly that's table stakes for us\n"
              "[18:14] Nadia Brennan (Covenly): sure\n"
              "[18:15] Greg Ashby (Ashgrove): the thing I'd want to see, like, really see, is how our outside counsel redline. We use, what, eleven firms, and they all live in Word, and right now every turn comes back as an email attachment called FINAL_v7_clean_GA and, um, nobody knows which one's current\n"
              "[18:33] Greg Ashby (Ashgrove): so, does their markup come back into your system or are we still emailing docs around\n"
              "[18:38] Nadia Brennan (Covenly): great question, let me, I'll show you that next time\n"
              "[18:41] Greg Ashby (Ashgrove): and it has to work for them without buying a licence, they won't do that\n"},
     {"cv-redline": 3, "cv-word-addin": 3, "cv-video-word": 2, "cv-followup-discovery": 1},
     forbidden=["retired-word-addin-v1"], vertical="enterprise")

# ---- query (5): the rep types a search
case("z31", "query", "an enterprise's VP of legal operations, 14 months into an Inkvault implementation that is not live, renewal in June; what would switching look like and how long; the rep types the competitor's name misspelt",
     mail("spatel@corvane.com", "Sunita Patel", "Honest conversation about where we are",
          "Nadia,\n\nI'll be candid since we've known each other a while. We are 14 months into our Inkvault implementation, the SI has changed its project manager three times, and we still aren't live in more than two of our nine regions. Our renewal is June 30 and my GC has asked me to come back with an alternative.\n\n"
          "What would a switch to Covenly actually look like, and how long would it take to get the nine regions live? We have about 85,000 contracts in Inkvault today.\n\n"
          "Sunita Patel\nVP, Legal Operations\nCorvane Inc.",
          source="outlook", company="Corvane"),
     {"cv-bc-inkvault": 3, "cv-implementation": 2, "cv-migration": 2, "ent-case-study": 2},
     query="inkvalt", forbidden=["draft-bc-inkvault-2027", "promo-q3-switch-2026"] + other_case_studies("enterprise"), vertical="enterprise")

case("z32", "query", "HubSpot deal (raw stage 'qualifiedtobuy', industry 'Pharmaceuticals') for a specialty pharma company whose site contracts hold up study start-up; the rep types the single abbreviation 'CTA', which here means clinical trial agreement (not call to action)",
     crm("hubspot", "Solvane Pharmaceuticals", "qualifiedtobuy", "Pharmaceuticals",
         "Deal: Solvane Pharmaceuticals - site contracting\nDeal stage: Qualified to buy\nAmount: $142,000\nClose date: 02/26/2027\nDeal owner: Priya Raman\n\n"
         "Notes\n- Two phase 3 programs starting 2027, ~140 sites in 11 countries\n- Clinical ops blames contracts for start-up delays: median 14 weeks from site selection to executed agreement, budget back-and-forth by email\n- Contracts team of 5 uses a shared tracker; sites send their own templates half the time"),
     {"ls-cta": 3, "ls-case-cro": 2, "ls-case-study": 2, "ls-cda": 1},
     query="CTA", forbidden=["draft-ls-budget-benchmarks"] + other_case_studies("life-sciences"), vertical="life-sciences")

case("z33", "query", "a health system's associate general counsel: 40 law firms (mostly malpractice defence), invoices arrive as PDFs, block billing and rate increases nobody approved; the rep types the seller's product name misspelt",
     mail("tbergstrom@northshorehealth.org", "Tom Bergstrom", "outside counsel bills",
          "Priya,\n\nFollowing up on our chat at the ACC dinner. We use about 40 law firms, mostly malpractice defence and some employment, and spend roughly $22M a year with them. Invoices arrive as PDFs to an inbox, get printed, and a paralegal eyeballs them against our billing guidelines. We know there's block billing and rate increases nobody approved, but we can't prove it at scale.\n\nIs this something you do, or are you only contracts?\n\n"
          "Tom Bergstrom\nAssociate General Counsel, Litigation\nNorthshore Health System\n\n"
          "CONFIDENTIALITY NOTICE: This communication may contain privileged or confidential information, including PHI.",
          company="Northshore Health System"),
     {"cv-spend": 3, "cv-ocg": 3, "cv-matters": 1, "cv-reporting": 1},
     query="covenly spnd", forbidden=other_case_studies("healthcare"), vertical="healthcare")

case("z34", "query", "Pipedrive deal for an Irish software company whose notes are about pricing and Salesforce; the rep types the single abbreviation 'DPA' because the prospect's legal asked for it on the last call",
     crm("pipedrive", "Tallow Software Ltd", "Proposal made", "Computer Software",
         "Deal: Tallow Software - CLM\nValue: €48,000\nPipeline: New business\nStage: Proposal made\nOrganization: Tallow Software Ltd (Dublin, 220 employees)\nPerson: Aoife Brennan, Head of Legal\n\n"
         "Notes\n- Proposal sent Nov 16: 4 full users, Salesforce integration, 3-year term\n- Sales ops wants order forms generated from Salesforce opps\n- On the Nov 20 call Aoife said their privacy counsel needs to review our processing terms and sub-processors before they sign anything; customers in DE and FR"),
     {"cv-dpa": 3, "cv-data-residency": 2, "cv-security-overview": 1},
     query="DPA", forbidden=["retired-privacy-shield"], vertical="mid-market")

case("z35", "query", "Dynamics 365 opportunity for a regional electric utility (raw industry 'Utility Creation and Distribution', 6,000 employees): the regulator fined them for missed reporting and insurance commitments buried in vendor contracts; the rep types 'obligaton tracking' with a typo",
     crm("dynamics", "Crestline Energy Cooperative", "Qualify", "Utility Creation and Distribution",
         "Opportunity: Crestline Energy - contract obligations\nPotential Customer: Crestline Energy Cooperative\nSales Stage: Qualify\nEst. Revenue: $310,000.00\nEmployees: 6,000\n\n"
         "Description: After the state commission's audit, Crestline paid a $1.2M penalty partly because commitments in vendor contracts (quarterly safety reports from tree-trimming contractors, insurance certificates, cyber-incident notice within 72 hours) were never tracked. Internal audit now wants an owner and a due date for every contractual obligation, with evidence.\n\n"
         "Stakeholders: Chief Compliance Officer (sponsor), Internal Audit, Supply Chain."),
     {"cv-obligations": 3, "cv-repository": 1, "cv-reporting": 1, "ent-case-study": 1},
     query="obligaton tracking", forbidden=other_case_studies("enterprise"), vertical="enterprise")

# ---- nulls (2): most fields null or missing
case("z36", "nulls", "a Gmail page of which the reader got only the company and domain of a school district: no contact, subject, text, stage or raw values, so only the company's name says what fits",
     {"source": "gmail", "company": "Westbrook Unified School District", "domain": "westbrookusd.org", "contact": None, "vertical": None, "stage": None, "raw": None, "subject": None, "text": None},
     {"edu-case-study": 2, "cv-overview-deck": 2, "edu-pricing": 1, "cv-platform": 1},
     forbidden=["gov-tips-2021"] + other_case_studies("education") + other_pricing("education"), vertical="education")

case("z37", "nulls", "a Salesforce opportunity page of which the reader got only the account name and the raw stage 'Closed Won' (no industry, contact or text): the deal is signed, so onboarding content fits; the food company's vertical is not judged",
     {"source": "salesforce", "url": "https://hollander.lightning.force.com/lightning/r/Opportunity/0065f00000TzQ4bAAF/view", "company": "Hollander Foods", "contact": None,
      "vertical": None, "stage": None, "raw": {"stage": "Closed Won", "industry": None}, "subject": None, "text": None},
     {"cv-kickoff": 3, "cv-implementation": 2, "cv-admin-training": 2, "cv-services": 1},
     forbidden=["promo-q3-switch-2026"])

# ---- nofit (3): nothing in the library answers
case("z38", "nofit", "a law student asks for a summer internship in Covenly's legal team and attaches a CV; a rep forwards it to recruiting, there is no asset to send",
     mail("a.osei@lawschool.example.edu", "Ama Osei", "Summer 2027 internship inquiry",
          "Dear Covenly team,\n\nI am a second-year law student with a strong interest in legal technology and contract automation. I used Covenly during my clinic placement last spring and would love to learn how a legal-tech company works from the inside. Do you offer summer internships in your legal or product team? My CV is attached.\n\n"
          "Kind regards,\nAma Osei\nJ.D. Candidate, 2028",
          company=None),
     {}, forbidden=["event-legalops-summit-2026"])

case("z39", "nofit", "a counterparty's signer (a small supplier of a Covenly customer) writes to the rep because the signing link expired and asks Covenly to resend the contract; that is the customer's contract, not a sale, and nothing in the library answers",
     mail("ops@bluefinlogistics.example.com", "Carl Reyes", "signing link expired??",
          "Hello,\n\nI got an email to sign a contract from Ostrander Industrial through Covenly but the link says it expired. Can you resend it? I need to get this signed today or we don't get the PO. I don't have an account with you.\n\nCarl Reyes\nBluefin Logistics LLC",
          company=None),
     {}, forbidden=["retired-word-addin-v1"])

case("z40", "nofit", "an SEO and link-building agency's cold pitch to the rep, offering guest posts and backlinks for Covenly's blog; a vendor selling to Covenly, not a prospect",
     mail("outreach@rankforge-digital.example", "Kelly Mason", "Quick idea to grow covenly.example traffic",
          "Hi there,\n\nI was checking out covenly.example and noticed you're not ranking for 'contract management software' or 'AI contract review', which get 14,000 searches a month combined. We help SaaS brands like yours land guest posts on DA 60+ legal and business sites.\n\n"
          "Would you be open to a quick 10-minute call this week? I can send a free audit first.\n\nBest,\nKelly Mason\nPartnerships | RankForge Digital\n\nIf you'd rather not hear from me again, just reply 'no thanks'.",
          company="RankForge Digital"),
     {})

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
check_verticals(ITEMS, CASES, VERTICAL, NOW)
for c in CASES:
    flat = str(c["context"]).lower().replace("-", " ")
    # Pages never spell the library's own vertical id, nor its words: only raw values and text say it.
    assert "life science" not in flat and "lifescience" not in flat, (c["case"], "page spells the library's own vertical")
    assert c["context"].get("vertical") is None, (c["case"], "a context gives a canonical vertical")
    assert c["context"].get("stage") is None, (c["case"], "a context gives a canonical stage")
# The library's own vertical is used by its items, and every trap is forbidden somewhere.
assert any("life-sciences" in i["verticals"] for i in ITEMS)
check_traps_forbidden(ITEMS, CASES, NOW)
write_set(HERE, ITEMS, CASES, NOW, "z")
