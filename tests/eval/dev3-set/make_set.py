"""A fourth tuning set on a fourth vendor's library: Brightdesk, a customer-service, help-desk and
contact-centre platform (ticketing, shared inbox, live chat, knowledge base, AI reply suggestions,
telephony/IVR, workforce management, SLAs, CSAT, analytics, integrations). Written blind on
2026-12-05 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
Reference date: 2026-11-23 (items whose `expires` is before it are expired). The cases are
mail threads as Gmail and Outlook on the web show them.

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts,
retired and expired items that look relevant, and items restricted to another vertical when one
for the prospect's vertical answers. Run: python3 tests/eval/dev3-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, library, mail, others, quote as q, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-01T09:00:00Z"
OLD = "2024-04-22T10:00:00Z"
ITEMS, add = library("https://content.brightdesk.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, no stages
add("bd-platform-overview", "Brightdesk platform overview: every channel, one agent workspace", "deck", "Ticketing, shared inbox, live chat, knowledge base, AI assist, voice and workforce management on one platform, with the analytics to run it.", tags=["overview", "platform", "help desk", "contact center", "omnichannel"])
add("bd-ticketing", "Ticketing and shared inbox: email, web forms and social in one queue", "one-pager", "Every email, form and social message becomes a ticket with owner, priority, collision detection, macros and internal notes.", tags=["ticketing", "shared inbox", "email", "macros", "help desk"])
add("bd-live-chat", "Live chat and messaging: web, in-app, WhatsApp and SMS", "one-pager", "One conversation view for web chat, in-app messaging, WhatsApp, SMS and Facebook Messenger, with bots for the first reply and hand-off to agents.", tags=["live chat", "messaging", "whatsapp", "sms", "chat widget", "chatbot"])
add("bd-knowledge-base", "Knowledge base and help center: self-service in 40 languages", "one-pager", "Publish a branded help center with articles in 40 languages, search that deflects tickets, and article suggestions inside the chat widget.", tags=["knowledge base", "help center", "self-service", "deflection", "multilingual", "articles", "translation"])
add("bd-ai-assist", "Brightdesk Assist: AI reply suggestions, summaries and auto-triage", "one-pager", "Drafts replies grounded in your knowledge base and past tickets, summarises long threads, and tags and routes incoming tickets; agents approve every reply. Works in 30+ languages.", tags=["ai", "assist", "reply suggestions", "generative ai", "summaries", "triage", "automation", "deflection"])
add("bd-voice-ivr", "Brightdesk Voice: cloud telephony, IVR and skills-based routing", "one-pager", "Numbers in 60 countries, visual IVR builder, skills-based routing, callbacks instead of hold queues, call recording and transcripts in the same workspace as email and chat.", tags=["voice", "telephony", "ivr", "call center", "contact center", "call routing", "callbacks", "call recording", "ccaas"])
add("bd-wfm", "Workforce management: forecasting, agent scheduling and adherence", "one-pager", "Forecast volume by channel and half-hour, build shift schedules that meet service levels, let agents swap shifts, and track real-time adherence.", tags=["workforce management", "wfm", "scheduling", "forecasting", "shifts", "adherence", "staffing"])
add("bd-sla", "SLA policies, business hours and escalations", "one-pager", "First-response and resolution targets per customer tier, business-hour calendars, breach warnings and automatic escalation.", tags=["sla", "escalation", "business hours", "response time"])
add("bd-csat", "CSAT, NPS and CES surveys after every conversation", "one-pager", "Send a one-click survey by email, chat or SMS after a ticket or call closes; results by agent, team and channel.", tags=["csat", "nps", "ces", "surveys", "customer satisfaction", "feedback", "sms survey"])
add("bd-analytics", "Support analytics: first response, handle time, FCR and backlog dashboards", "one-pager", "Out-of-the-box dashboards for response and resolution times, first contact resolution, backlog, agent performance and channel mix, with scheduled exports.", tags=["analytics", "reporting", "dashboards", "kpi", "fcr", "aht"])
add("bd-salesforce", "Salesforce integration: cases, contacts and accounts in sync", "one-pager", "Two-way sync with Sales Cloud, Service Cloud and Financial Services Cloud: agents see the account, open opportunities and cases beside the ticket.", tags=["salesforce", "crm", "integration", "service cloud", "financial services cloud"])
add("bd-teams", "Microsoft Teams integration: escalate and swarm tickets in Teams", "one-pager", "Agents pull experts from engineering or billing into a Teams channel from the ticket; replies and decisions flow back into the ticket.", tags=["microsoft teams", "teams", "integration", "escalation", "collaboration", "swarming"])
add("bd-shopify", "Shopify integration: orders, refunds and returns inside the ticket", "one-pager", "See the customer's orders and tracking beside the conversation and refund, cancel or edit an order without leaving Brightdesk.", tags=["shopify", "e-commerce", "orders", "refunds", "returns", "integration", "wismo"])
add("bd-api-docs", "Developer docs: REST API, webhooks and SDKs", "link", "API reference, webhooks, rate limits and sample code for custom integrations.", tags=["api", "webhooks", "developer", "sdk"])
add("bd-security-overview", "Security at Brightdesk: SOC 2 Type II, ISO 27001, encryption and resilience", "one-pager", "How we protect customer data: certifications, encryption at rest and in transit, access control, annual third-party pen tests, backups and disaster recovery.", tags=["security", "soc 2", "iso 27001", "encryption", "pen test", "disaster recovery"])
add("bd-soc2-report", "SOC 2 Type II report (2026 audit period): request through the Trust Center", "link", "Our current SOC 2 Type II report, period April 1, 2025 to March 31, 2026, shared under NDA through the Trust Center.", tags=["soc 2", "soc 2 type ii", "audit report", "security", "trust center"], expires="2027-03-31")
add("bd-iso27001", "ISO/IEC 27001:2022 certificate and Statement of Applicability", "link", "Our ISO 27001:2022 certificate and, under NDA, the Statement of Applicability.", tags=["iso 27001", "certification", "security"])
add("bd-pentest-letter", "Penetration test attestation letter (2026, independent firm)", "one-pager", "Letter from our independent testing firm summarising scope, method and remediation of the September 2026 application and network penetration test; executive summary available under NDA.", tags=["pen test", "penetration test", "security", "attestation", "third-party testing"], expires="2027-09-30")
add("bd-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ or your own)", "snippet", "How we answer security questionnaires: pre-filled SIG Lite and CAIQ, and a turnaround time for custom ones.", tags=["security questionnaire", "sig", "caiq", "vendor security", "vendor risk"],
    body="Hi {{contact.first_name}},\n\nHappy to help your security team. Attached are our completed SIG Lite and CAIQ, which answer most questionnaires. If your team uses its own questionnaire, send it over and our security team will return it within 10 business days. Our SOC 2 Type II report is available under NDA from our Trust Center.\n\nBest,\n{{rep.name}}")
add("bd-sso-scim", "SSO and user provisioning: SAML 2.0, OIDC and SCIM 2.0", "one-pager", "Single sign-on with Okta, Microsoft Entra ID, Google and any SAML 2.0 or OIDC provider; SCIM 2.0 creates, updates and deactivates agents and maps groups to roles; SSO-only enforcement.", tags=["sso", "saml", "scim", "okta", "entra id", "azure ad", "provisioning", "identity"])
add("bd-data-residency", "Data residency: host in the US, the EU or Australia", "one-pager", "Choose the region where tickets, chats, call recordings and attachments are stored: US (Virginia, Oregon), EU (Frankfurt, Dublin) or Australia (Sydney); backups stay in region.", tags=["data residency", "hosting", "eu hosting", "australia", "data location", "gdpr"])
add("bd-dpa-gdpr", "GDPR: data processing addendum, SCCs and subprocessor list", "one-pager", "Our standard DPA under GDPR article 28 and the UK GDPR, standard contractual clauses, and the current list of subprocessors.", tags=["gdpr", "dpa", "data processing agreement", "subprocessors", "sccs", "privacy"])
add("bd-pci-ivr", "PCI DSS Level 1 payments in the IVR: take card payments without agents hearing card numbers", "one-pager", "Secure payment IVR with DTMF masking: callers key in card numbers, recordings and transcripts never hold card data; our PCI DSS Level 1 Attestation of Compliance is available on request.", tags=["pci", "pci dss", "payments", "ivr", "card payments", "aoc", "dtmf masking"])
add("bd-accessibility-vpat", "Accessibility: VPAT 2.5 (ACR) for WCAG 2.1 AA and Section 508", "one-pager", "Accessibility Conformance Report covering the agent workspace, the chat widget and the help center, against WCAG 2.1 AA and Section 508 (2026 edition).", tags=["accessibility", "vpat", "acr", "wcag", "wcag 2.1", "section 508", "ada"])
add("bd-uptime-sla", "Uptime SLA (99.95%) and support plans", "one-pager", "Our uptime commitment, service credits, status page, and support hours and response times by plan.", tags=["sla", "uptime", "support", "service credits", "availability"])
add("bd-roi-calculator", "ROI calculator: cost per ticket, deflection and agent hours", "link", "Put in your volumes, handle times and agent costs to estimate savings from self-service deflection, Assist and better scheduling; exports a business case for finance.", tags=["roi", "business case", "savings", "cost per ticket", "cfo", "cost justification"])
add("bd-customer-stories", "All Brightdesk customer stories", "link", "Library of customer stories by industry, size and channel.", tags=["case studies", "customer stories", "references"])
add("bd-reference-program", "Reference program: talk to a Brightdesk customer", "one-pager", "How to set up a reference call with a customer of similar size and industry, and what our references can speak to.", tags=["references", "reference call", "customer reference", "peer call"])
add("bd-rfp-library", "RFP and RFI answer library", "deck", "Standard answers, a feature compliance matrix and references for help-desk and contact-centre RFPs.", tags=["rfp", "rfi", "compliance matrix", "bid"])
add("bd-migration-services", "Migration services: move tickets, macros and help center from any help desk", "one-pager", "Our migration team moves tickets with attachments, users, macros, automations and help-center articles from HelpHive, Callora, Freshdesk or a CSV, with a test run and a delta sync at cut-over.", tags=["migration", "data import", "switching", "ticket history", "helphive", "callora"])
add("bd-obj-ai-trust", "Objection: we don't trust AI to answer our customers", "snippet", "How Assist stays grounded in your own content, keeps agents in control, and what it never does.", tags=["objection", "ai", "hallucination", "trust"],
    body="Hi {{contact.first_name}},\n\nFair concern. Assist only drafts from your own help center and past tickets, shows the source it used, and nothing goes to a customer until an agent sends it. Most teams start with summaries and internal drafts, then widen it.\n\n{{rep.name}}")
# German, French and Spanish content (the contract has no language field; the text carries it).
add("bd-de-overview", "Brightdesk im Überblick: Kundenservice-Plattform für Tickets, Chat und Telefonie", "one-pager", "Ticketsystem, Live-Chat, Wissensdatenbank, KI-Antwortvorschläge und Telefonie in einer Oberfläche für Ihr Service-Team.", tags=["übersicht", "kundenservice", "ticketsystem", "deutsch"])
add("bd-de-dsgvo-avv", "Datenschutz bei Brightdesk: DSGVO, AVV nach Art. 28 und Hosting in Frankfurt", "one-pager", "Unser Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO, die Liste der Unterauftragsverarbeiter, technische und organisatorische Maßnahmen (TOM) und Datenhaltung im Rechenzentrum Frankfurt.", tags=["dsgvo", "avv", "datenschutz", "hosting", "frankfurt", "tom", "deutsch"])
add("bd-fr-presentation", "Présentation de Brightdesk : service client et centre de contact omnicanal", "one-pager", "Tickets, chat, base de connaissances, suggestions de réponses par IA et téléphonie dans un seul espace de travail pour vos agents.", tags=["présentation", "service client", "centre de contact", "français"])
add("bd-fr-relance-demo", "E-mail : relance après la démonstration", "email-template", "Relance en français après une démonstration.", tags=["relance", "démo", "français"],
    body="Bonjour {{contact.first_name}},\n\nMerci encore pour votre temps lors de la démonstration. Vous trouverez ci-joint l'enregistrement et le récapitulatif, ainsi que les prochaines étapes proposées.\n\nBien cordialement,\n{{rep.name}}")
add("bd-es-resumen", "Brightdesk en resumen: plataforma de atención al cliente", "one-pager", "Tickets, chat en vivo, base de conocimiento, respuestas sugeridas por IA y telefonía en un solo espacio de trabajo.", tags=["resumen", "atención al cliente", "centro de contacto", "español"])
add("bd-es-caso-exito", "Caso de éxito: Tiendas Albora redujo un 58% el tiempo de primera respuesta", "case-study", "Una cadena de 120 tiendas en España y México unificó correo, WhatsApp y teléfono en Brightdesk.", tags=["caso de éxito", "retail", "comercio", "whatsapp", "español"])

# ---------------------------------------------------------------- general, for certain stages
add("bd-cold-email", "Cold email: your agents answer the same question 200 times a day", "email-template", "First touch for support and CX leaders.", stages=["prospecting"], tags=["cold email", "outbound", "prospecting"],
    body="Hi {{contact.first_name}},\n\nMost support teams we talk to at {{company}}'s size spend a third of their day on questions their help center already answers. Worth 15 minutes to see how others cut that in half?\n\n{{rep.name}}")
add("bd-discovery-agenda", "Discovery call agenda", "snippet", "Channels and volumes today, tools, team and shifts, what's broken, and who decides.", stages=["discovery"], tags=["discovery", "agenda", "first call"],
    body="Hi {{contact.first_name}},\n\nProposed agenda for our call: 1) channels and monthly volumes today, 2) your team, shifts and tools, 3) what isn't working, 4) what success looks like and who else should be involved.\n\n{{rep.name}}")
add("bd-meeting-recap", "Meeting recap and next steps", "email-template", "Recap of a call: what we heard, what we agreed, who does what by when.", stages=["discovery", "evaluation"], tags=["recap", "meeting notes", "next steps", "follow-up"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. What we heard: ...\nWhat we agreed: ...\nNext steps: ...\n\nAnything I missed?\n\n{{rep.name}}")
add("bd-demo-followup", "Follow-up after the demo: recording, recap and sandbox", "email-template", "Sends the demo recording, a recap of what was shown and the offer of a sandbox.", stages=["evaluation"], tags=["demo", "follow-up", "recording", "recap"],
    body="Hi {{contact.first_name}},\n\nThanks for joining the demo today. Here is the recording (link below), and a short recap of what we covered for anyone who couldn't make it. Next step I'd suggest: a 14-day sandbox with a slice of your own tickets.\n\n{{rep.name}}")
add("bd-trial", "Reply: 14-day sandbox with your own data", "snippet", "How to get a sandbox loaded with a sample of the prospect's tickets.", stages=["evaluation"], tags=["trial", "sandbox", "pilot"])
add("bd-pricing", "Pricing and plans 2026: Essentials, Professional, Enterprise and add-ons", "one-pager", "Per-agent pricing for each plan, light agents, and the Voice, WFM and Assist add-ons; annual and monthly billing.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans", "cost", "price per agent", "quote"])
add("bd-implementation-plan", "Implementation plan: live in 30, 60 or 90 days", "one-pager", "Week-by-week plan from kickoff to go-live: configuration, integrations, migration, agent training, and what we need from your team.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "timeline", "go-live", "project plan"])
add("bd-order-form", "Order form and MSA: how to sign", "link", "Our standard order form and master subscription agreement, and how e-signature works.", stages=["proposal", "negotiation"], tags=["order form", "msa", "contract", "signature"])
add("bd-msa-redlines", "Reply: MSA redlines and legal review", "snippet", "Where we usually move on liability, indemnity and termination, and how to set up counsel-to-counsel time.", stages=["negotiation"], tags=["msa", "redlines", "legal", "contract", "liability cap", "indemnity"],
    body="Hi {{contact.first_name}},\n\nThanks for the redlines. Our legal team will respond within five business days; most customers' changes on liability caps, indemnities and termination fall within positions we can accept. Would a 30-minute call between counsel this week help close the remaining points?\n\n{{rep.name}}")
add("bd-discount-reply", "Reply: asking for a discount", "snippet", "Trade price for term, prepayment, seat commitment or a case study.", stages=["negotiation"], tags=["discount", "negotiation", "price"],
    body="Hi {{contact.first_name}},\n\nWe can move on price if we can move on something else: a multi-year term, annual prepayment, a larger seat commitment, or agreeing to a joint case study each open room. Which of those works for {{company}}?\n\n{{rep.name}}")
add("bd-multi-year", "Reply: multi-year term with a price lock", "snippet", "Two- and three-year terms with per-agent prices locked and the option to add seats at the same rate.", stages=["negotiation", "customer"], tags=["multi-year", "price lock", "renewal", "term"],
    body="Hi {{contact.first_name}},\n\nOn a two-year term we lock today's per-agent price for the full term, and seats you add later come in at the same rate; a three-year term adds a further discount. Happy to send both options side by side.\n\n{{rep.name}}")
add("bd-yearend-promo", "Year-end offer: onboarding fee waived for orders signed by December 31, 2026", "one-pager", "Onboarding and migration fee waived on new annual contracts signed by December 31, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "onboarding fee", "discount"], expires="2026-12-31")
add("bd-kickoff-welcome", "Welcome to Brightdesk: your kickoff", "email-template", "First email after signature: your onboarding manager, the kickoff agenda and what to prepare.", stages=["closed-won"], tags=["welcome", "kickoff", "onboarding"],
    body="Hi {{contact.first_name}},\n\nWelcome to Brightdesk! Your onboarding manager will send the kickoff agenda today. To prepare: admin access to your email domain and phone numbers, a list of team leads, and any integrations you'd like on day one.\n\n{{rep.name}}")
add("bd-academy", "Brightdesk Academy: agent and admin training", "link", "Self-paced courses, certifications and short videos for agents, team leads and admins.", stages=["closed-won", "customer"], tags=["training", "academy", "onboarding", "courses", "certification"])
add("bd-renewal", "Renewal check-in: usage review and options", "email-template", "Usage review and renewal options 90 days before term end.", stages=["customer"], tags=["renewal", "usage review"],
    body="Hi {{contact.first_name}},\n\nYour Brightdesk term ends soon, so I'd like to set up 30 minutes to review usage and results and walk through renewal options, including multi-year terms.\n\n{{rep.name}}")
add("bd-expansion", "Add channels: Voice, WFM and Assist for existing customers", "one-pager", "For customers already on ticketing and chat: what adding Brightdesk Voice, workforce management or Assist involves, and how the add-ons are priced mid-term.", stages=["customer"], tags=["expansion", "upsell", "voice", "wfm", "add-on"])

# ---------------------------------------------------------------- competitors
add("bd-bc-zenithdesk", "Battlecard: Brightdesk vs Zenithdesk", "battlecard", "Zenithdesk's add-on pricing for AI and voice, its separate WFM partner, and where Brightdesk's single workspace wins; traps to set in the evaluation.", stages=["evaluation", "proposal", "negotiation"], tags=["zenithdesk", "competitor", "battlecard", "comparison"])
add("bd-switch-zenithdesk", "Switching from Zenithdesk: tickets, macros, triggers and Guide articles in three weeks", "one-pager", "How we move Zenithdesk tickets with attachments, macros, triggers, views and Guide articles, run both in parallel, and cut over in a weekend.", stages=["evaluation", "proposal"], tags=["zenithdesk", "migration", "switching", "ticket history"])
add("bd-bc-helphive", "Battlecard: Brightdesk vs HelpHive", "battlecard", "HelpHive's low entry price, its limits above 50 agents, bundled-but-basic WFM, and total cost over three years.", stages=["evaluation", "proposal", "negotiation"], tags=["helphive", "competitor", "battlecard", "price"])
add("bd-obj-helphive-price", "Objection: HelpHive is cheaper", "snippet", "What HelpHive's quote leaves out, three-year total cost, and what the price gap buys.", stages=["proposal", "negotiation"], tags=["helphive", "competitor", "price", "objection"],
    body="Hi {{contact.first_name}},\n\nHelpHive's quote is lower in year one. Before you decide, compare three-year cost with the items their quote leaves out: voice minutes, the AI add-on, sandbox and premium support. I've put both side by side in the attached, and I'm glad to walk your CFO through it.\n\n{{rep.name}}")
add("bd-bc-callora", "Battlecard: Brightdesk vs Callora", "battlecard", "Callora is voice-first with digital channels bolted on; how our IVR, callbacks and routing compare, and how to answer 'Brightdesk is just ticketing'.", stages=["evaluation", "proposal", "negotiation"], tags=["callora", "competitor", "battlecard", "voice", "ivr"])

# ---------------------------------------------------------------- per vertical
add("gov-case-study", "Case study: Marlow County 311 answers 40% more calls with the same staff", "case-study", "A county 311 and utility-billing contact centre moved phones, web requests and Spanish-language chat onto Brightdesk.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["county", "311", "public sector", "case study", "local government"], updated="2026-07-15T09:00:00Z")
add("gov-stateramp", "StateRAMP Moderate authorization: Brightdesk Public Sector Cloud", "one-pager", "Brightdesk Public Sector Cloud is StateRAMP Moderate authorized; how agencies request the security package.", verticals=["government"], stages=["evaluation", "proposal"], tags=["stateramp", "security", "authorization", "public sector cloud"])
add("gov-fedramp", "FedRAMP Moderate: 'In Process' status and timeline", "one-pager", "Brightdesk Public Sector Cloud is FedRAMP Moderate 'In Process' with an agency sponsor; expected authorization date and what agencies can rely on today (StateRAMP, SOC 2, NIST 800-53 mapping).", verticals=["government"], stages=["evaluation", "proposal"], tags=["fedramp", "in process", "security", "authorization", "nist 800-53"])
add("gov-coop-contracts", "Buy through cooperative contracts: Sourcewell, NASPO ValuePoint, OMNIA Partners", "one-pager", "Current contract numbers (Sourcewell #112625-BRD through 2029) and how agencies and schools buy Brightdesk without running their own bid.", verticals=["government", "education"], stages=["evaluation", "proposal", "negotiation"], tags=["cooperative contract", "sourcewell", "naspo", "omnia", "procurement", "contract vehicle", "piggyback"])
add("gov-pricing", "Public sector pricing and the Public Sector Cloud", "one-pager", "Per-agent pricing for agencies on the StateRAMP-authorized Public Sector Cloud, with fiscal-year billing.", verticals=["government"], stages=["proposal", "negotiation"], tags=["pricing", "public sector", "government pricing"])
add("hc-case-study", "Case study: Riverbend Health's patient access centre cut hold times from 9 to 2 minutes", "case-study", "A six-hospital system runs scheduling calls, MyChart messages and referrals on Brightdesk with Epic screen pops.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["hospital", "health system", "patient access", "case study", "epic"])
add("hc-baa", "Reply: HIPAA Business Associate Agreement", "snippet", "Our standard BAA for covered entities, signed alongside the MSA.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["hipaa", "baa", "business associate agreement", "phi"],
    body="Hi {{contact.first_name}},\n\nAttached is our standard HIPAA Business Associate Agreement (2026). We sign it alongside the MSA for every healthcare customer, and our legal team can review your own BAA template if you prefer to use it.\n\n{{rep.name}}")
add("hc-hipaa", "HIPAA at Brightdesk: protecting PHI in tickets, chats and call recordings", "one-pager", "Safeguards for PHI: encryption, access controls and audit logs, PHI redaction in transcripts, retention rules for call recordings.", verticals=["healthcare"], tags=["hipaa", "phi", "security", "call recording", "redaction"])
add("hc-epic", "Epic integration for patient access centres: screen pop, MyChart messages and scheduling context", "one-pager", "Agents see the caller's Epic record and upcoming appointments on answer; MyChart messages route into Brightdesk queues; notes write back to Epic.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["epic", "ehr", "mychart", "cadence", "integration", "patient access", "screen pop"])
add("edu-case-study", "Case study: Halvorsen State University's one-stop student services desk", "case-study", "Admissions, financial aid, the registrar and IT answer 180,000 student questions a year from one Brightdesk help center and chat.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["university", "higher education", "student services", "case study"])
add("edu-hecvat", "HECVAT 3 Full, completed", "one-pager", "Our completed Higher Education Community Vendor Assessment Toolkit (Full) for campus information security offices.", verticals=["education"], stages=["evaluation", "proposal"], tags=["hecvat", "security questionnaire", "higher education", "security"])
add("edu-ferpa", "FERPA and student data privacy at Brightdesk", "one-pager", "How Brightdesk acts as a school official under FERPA, protects education records in tickets and chats, and signs state student-privacy agreements.", verticals=["education"], tags=["ferpa", "student privacy", "education records", "privacy"])
add("edu-pricing", "Education pricing for colleges, universities and K-12", "one-pager", "Discounted agent seats and free student-worker light agents for schools and universities.", verticals=["education"], stages=["proposal", "negotiation"], tags=["education discount", "pricing", "higher education", "k-12"])
add("fin-case-study", "Case study: Granite Peak Credit Union runs its member contact centre on Brightdesk", "case-study", "A 38-branch credit union moved calls, secure messages and chat onto Brightdesk with Salesforce Financial Services Cloud.", verticals=["financial-services"], stages=["evaluation", "proposal"], tags=["credit union", "bank", "member service", "case study", "salesforce"])
add("fin-due-diligence", "Reply: vendor due diligence package for banks and credit unions", "snippet", "For third-party risk teams: SOC 2 Type II report, pen test attestation, business continuity plan, insurance certificates and financials.", verticals=["financial-services"], stages=["evaluation", "proposal", "negotiation"], tags=["vendor risk", "due diligence", "third-party risk", "ffiec", "ncua", "soc 2", "pen test"],
    body="Hi {{contact.first_name}},\n\nAttached is our vendor due diligence package for financial institutions: SOC 2 Type II report (under NDA), our 2026 pen test attestation letter, business continuity and disaster recovery summary, and certificates of cyber and E&O insurance.\n\n{{rep.name}}")
add("np-case-study", "Case study: Harbor Lines Crisis Helpline answers every chat within 60 seconds", "case-study", "A volunteer-staffed crisis line runs chat, text and phones on Brightdesk with shift scheduling for 300 volunteers.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["nonprofit", "helpline", "crisis line", "volunteers", "case study"])
add("np-pricing", "Nonprofit pricing: 40% off for 501(c)(3)s and registered charities", "one-pager", "40% off every plan for registered nonprofits, free light agents for volunteers.", verticals=["nonprofit"], tags=["nonprofit", "pricing", "discount", "501(c)(3)", "charity"])
add("np-grant", "Brightdesk for Good: 10 free agent seats for small nonprofits", "one-pager", "Grant program for nonprofits with annual budgets under $2M: 10 free Professional seats for a year; 2027 applications open now.", verticals=["nonprofit"], tags=["nonprofit", "grant", "free seats", "brightdesk for good"], expires="2027-06-30")
add("ent-case-study", "Case study: Voltaris Energy runs 1,200 agents in 9 countries on Brightdesk", "case-study", "A utility group consolidated four help desks and two phone systems onto Brightdesk with SSO, EU data residency and Salesforce.", verticals=["enterprise"], stages=["evaluation", "proposal"], tags=["enterprise", "utility", "global", "case study", "consolidation"])
add("ent-security-pack", "Enterprise security review pack", "one-pager", "SOC 2 and ISO certificates, pen test summary, SSO and SCIM, data residency and architecture diagrams for enterprise security reviews.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security review", "enterprise", "pen test", "architecture", "sso"])
add("mm-case-study", "Case study: Lumen & Oak Furniture (2026): 31% lower cost per ticket after leaving Zenithdesk", "case-study", "A 70-agent furniture retailer moved email, chat and phones from Zenithdesk and cut cost per ticket by 31% with Assist and self-service.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["retail", "e-commerce", "case study", "zenithdesk", "cost per ticket"], updated="2026-09-10T09:00:00Z")
add("smb-case-study", "Case study: Pawsome Supply Co. handles Black Friday with four agents", "case-study", "A Shopify pet-supply store answers orders, returns and chat with four agents using the Shopify integration and macros.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["shopify", "e-commerce", "small business", "case study"])
add("smb-starter", "Starter plan: up to 10 agents, monthly billing", "one-pager", "Email, chat, help center and the Shopify integration for small teams, billed monthly.", verticals=["smb"], stages=["evaluation", "proposal"], tags=["starter", "pricing", "small business"])
add("smb-shopify-video", "Video: connect your Shopify store in 3 minutes", "video", "Step-by-step: install the Brightdesk app from the Shopify App Store and see orders in tickets.", verticals=["smb"], tags=["shopify", "video", "setup"])

# ---------------------------------------------------------------- traps: drafts, retired, expired
add("bd-bc-helphive-2024", "Battlecard: Brightdesk vs HelpHive", "battlecard", "HelpHive positioning (2024).", stages=["evaluation", "proposal", "negotiation"], tags=["helphive", "competitor", "battlecard"], status="retired", updated=OLD)
add("bd-bc-callora-2027", "Battlecard: Brightdesk vs Callora (2027 refresh, DRAFT)", "battlecard", "Updated positioning against Callora's new digital channels.", stages=["evaluation", "proposal", "negotiation"], tags=["callora", "competitor", "battlecard", "voice"], status="draft")
add("bd-voice-agent", "Brightdesk Voice Agent: AI that answers calls end to end", "one-pager", "An AI voice agent that resolves routine calls without an agent.", tags=["ai", "voice", "voicebot", "ivr", "automation"], status="draft")
add("gov-fedramp-authorized", "FedRAMP Moderate Authorized: how to access our package", "one-pager", "Brightdesk is FedRAMP Moderate authorized; request the package on the FedRAMP Marketplace.", verticals=["government"], stages=["evaluation", "proposal"], tags=["fedramp", "authorization", "ato", "security"], status="draft")
add("hc-baa-2023", "HIPAA Business Associate Agreement (2023 template)", "one-pager", "Our BAA template.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["hipaa", "baa", "business associate agreement"], status="retired", updated="2023-03-01T09:00:00Z")
add("mm-case-study-2024", "Case study: Lumen & Oak Furniture (2024): first six months on Brightdesk", "case-study", "The first-year story of the same retailer, at 40 agents.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["retail", "e-commerce", "case study", "zenithdesk"], status="retired", updated=OLD)
add("np-pricing-2024", "Nonprofit pricing (2024): 25% off", "one-pager", "25% off for registered nonprofits.", verticals=["nonprofit"], tags=["nonprofit", "pricing", "discount"], status="retired", updated=OLD)
add("bd-pricing-2025", "Pricing and plans 2025", "one-pager", "Per-agent pricing and plans for 2025.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "plans"], status="retired", updated="2025-01-12T09:00:00Z")
add("bd-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the SOC 2 Type II report, period April 1, 2024 to March 31, 2025.", tags=["soc 2", "soc 2 type ii", "audit report", "security"], expires="2026-03-31", updated="2025-05-02T09:00:00Z")
add("bd-pentest-2025", "Penetration test attestation letter (2025)", "one-pager", "Summary letter for the 2025 third-party penetration test.", tags=["pen test", "penetration test", "security", "attestation"], expires="2026-08-31", updated="2025-09-15T09:00:00Z")
add("gov-sourcewell-2021", "Sourcewell contract #030121-BRD: how to buy", "one-pager", "Buying Brightdesk through our 2021 Sourcewell contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["sourcewell", "cooperative contract", "procurement"], expires="2026-06-30", updated="2022-02-01T09:00:00Z")
add("bd-promo-q3-2026", "Q3 offer: 25% off annual Professional plans", "one-pager", "25% off the first year of annual Professional plans signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "discount", "pricing"], expires="2026-09-30")
add("edu-vpat-2023", "VPAT 2.4 (WCAG 2.0 AA), 2023 edition", "one-pager", "Accessibility Conformance Report for the agent workspace and chat widget against WCAG 2.0 AA.", verticals=["education", "government"], tags=["accessibility", "vpat", "wcag", "section 508"], expires="2025-12-31", updated="2023-06-01T09:00:00Z")


# ---------------------------------------------------------------- cases
CASES, _, case = cases()


CASE_STUDIES = {"government": "gov-case-study", "education": "edu-case-study", "healthcare": "hc-case-study", "nonprofit": "np-case-study",
                "financial-services": "fin-case-study", "enterprise": "ent-case-study", "mid-market": "mm-case-study", "smb": "smb-case-study"}
VERTICAL_PRICING = {"government": "gov-pricing", "education": "edu-pricing", "nonprofit": "np-pricing", "smb": "smb-starter"}


def other_case_studies(*mine):
    return others(CASE_STUDIES, *mine)


def other_pricing(*mine):
    return others(VERTICAL_PRICING, *mine)


SEP = "________________________________"
MAYA = "Maya Castellanos\nSenior Account Executive, Public Sector & Healthcare | Brightdesk\nmaya.castellanos@brightdesk.example | +1 (303) 555-0142\nBook time with me: brightdesk.example/meet/maya"
JORDAN = "Jordan Whitfield | Account Executive | Brightdesk\njordan.whitfield@brightdesk.example | m: +1 (303) 555-0187\nEvery channel. One desk."
SAM = "Sam Okoro | Sales Development | Brightdesk\nsam.okoro@brightdesk.example"
MAYA_ADDR = "Maya Castellanos <maya.castellanos@brightdesk.example>"
JORDAN_ADDR = "Jordan Whitfield <jordan.whitfield@brightdesk.example>"

# ---- thread (20)
case("f01", "thread", "county: latest message only says 'following up on the below'; the ask two messages down is a cooperative contract to avoid a formal bid; the rep's older mail is about Voice, PCI and Zenithdesk",
     mail("gthornton@pickettcountytn.gov", "Gail Thornton", "Re: Brightdesk revised quote - 35 agents",
          "Hi Maya,\n\nFollowing up on the below. Our purchasing office needs an answer before the agenda for the Board of Commissioners closes on 12/8, otherwise this slips to January.\n\nThanks,\nGail\n\nGail Thornton\nCustomer Service Manager, Utility Billing & 311\nPickett County, Tennessee\n100 E. Main Street, Suite 204 | Byrdstown, TN 38549\nOffice: (931) 555-0116\n\nThis email and any files transmitted with it are subject to the Tennessee Public Records Act and may be disclosed to third parties upon request.\n\n"
          "On Thu, Nov 12, 2026 at 9:41 AM Gail Thornton <gthornton@pickettcountytn.gov> wrote:\n"
          + q("Maya,\n\nThanks for the revised quote for 35 agents (Voice + Ticketing). I shared it with Ray Delgado, our purchasing director. He says anything over $50,000 has to go out for formal bid unless we can piggyback on an existing cooperative contract. Are you on Sourcewell or NASPO ValuePoint, or anything else a Tennessee county can use? If so, what is the contract number and is it still current? A formal bid would push us to next summer.\n\nGail\n\n"
              "On Tue, Nov 10, 2026 at 4:05 PM " + MAYA_ADDR + " wrote:\n"
              + q("Hi Gail,\n\nAttached is the revised quote for 35 agents on Professional with Brightdesk Voice. A few notes from Tuesday's call:\n- Voice would replace the Zenithdesk Talk lines you use for utility billing today; we port your existing numbers.\n- The payment IVR lets residents pay water bills by phone without agents handling card numbers (PCI DSS Level 1).\n- The Spanish-language IVR menu and chat are included.\n\nLet me know what questions come up.\n\nMaya\n\n" + MAYA)),
          company="Pickett County", vertical="government", stage="proposal"),
     {"gov-coop-contracts": 3, "bd-rfp-library": 1}, forbidden=["gov-sourcewell-2021"])

case("f02", "thread", "hospital: contracts manager forwards the privacy officer's demand for a signed BAA and how PHI in recordings is protected; the rep's older mail is the order form with Epic and WFM",
     mail("treyes@lakeshorehealth.org", "Tom Reyes", "RE: Brightdesk agreement - PHI",
          "Maya,\n\nSee below from our Privacy Officer. Legal won't route the agreement for signature until this is resolved, and I'd like to get it done before the holiday.\n\nTom\n\nTom Reyes\nManager, Supply Chain Contracts\nLakeshore Regional Health\n2100 Shoreline Blvd, Muskegon, MI 49440\nP: 231-555-0173\n\n"
          + SEP + "\nFrom: Karen Liu <kliu@lakeshorehealth.org>\nSent: Friday, November 20, 2026 2:18 PM\nTo: Tom Reyes <treyes@lakeshorehealth.org>\nCc: Dana Whitaker <dwhitaker@lakeshorehealth.org>\nSubject: RE: Brightdesk agreement - PHI\n\n"
          "Tom,\n\nBefore we sign with Brightdesk: our patient access agents will handle PHI in calls, chats and tickets (names, DOB, MRNs, appointment and insurance details). We need the vendor's Business Associate Agreement executed alongside the MSA, no exceptions. I'd also like to understand how they protect PHI in call recordings and transcripts, and how long recordings are kept.\n\nIf they don't have their own BAA, ours is attached.\n\nKaren Liu, JD, CHPC\nChief Privacy Officer | Lakeshore Regional Health\n\n"
          "CONFIDENTIALITY NOTICE: This message and any attachments may contain protected health information (PHI) that is privileged and confidential under HIPAA (45 CFR Parts 160 and 164) and applicable state law. If you are not the intended recipient, you are hereby notified that any review, disclosure, copying or distribution is strictly prohibited. Please notify the sender immediately and delete this message.\n\n"
          + SEP + "\nFrom: " + MAYA_ADDR + "\nSent: Wednesday, November 18, 2026 11:02 AM\nTo: Tom Reyes <treyes@lakeshorehealth.org>; Dana Whitaker <dwhitaker@lakeshorehealth.org>\nSubject: Brightdesk agreement for signature\n\n"
          "Hi Tom, hi Dana,\n\nAttached are the final order form for 48 agents with Voice and Workforce Management, and our MSA. As discussed, the Epic screen pop is in the implementation scope and WFM will cover all three scheduling shifts.\n\nHappy to join a call with legal if that helps.\n\nMaya\n\n" + MAYA,
          source="outlook", company="Lakeshore Regional Health", vertical="healthcare", stage="negotiation"),
     {"hc-baa": 3, "hc-hipaa": 2}, forbidden=["hc-baa-2023"])

case("f03", "thread", "health system's patient access director: the survey question is answered; now Epic screen pop and MyChart routing, and is any health system doing it; Callora only in the rep's old mail",
     mail("radair@mercyvalleyhealth.org", "Renee Adair", "Re: Post-call surveys + next steps",
          "Hi Maya,\n\nThanks for the CSAT survey examples, that answered Linda's question and she's happy.\n\nBigger item for us now. Our whole patient access operation lives in Epic (Cadence for scheduling, MyChart for patient messages). Two things I need to see before I take Brightdesk to our CIO:\n- when a patient calls, does the agent see who is calling and their upcoming appointments from Epic, without searching?\n- can MyChart messages land in the same queues as calls and chats?\n\nAnd honestly, is any health system doing this today? Our CIO will ask.\n\nRenee\n\nRenee Adair, MHA\nDirector, Patient Access Center\nMercy Valley Health | 4 hospitals, 31 clinics\n(559) 555-0148\n\n"
          "On Mon, Nov 16, 2026 at 10:20 AM " + MAYA_ADDR + " wrote:\n"
          + q("Hi Renee,\n\nFollowing up on Linda's question about post-call surveys: yes, Brightdesk can text a one-question CSAT survey after each call and email one after each chat. Two example reports are attached.\n\nYou also mentioned your Callora contract on the phones runs through June; we can phase Voice in after that and start with chat and the web forms.\n\nMaya\n\n" + MAYA),
          company="Mercy Valley Health", vertical="healthcare", stage="evaluation"),
     {"hc-epic": 3, "hc-case-study": 2, "bd-reference-program": 1}, forbidden=other_case_studies("healthcare"))

case("f04", "thread", "university: 'see Priya's questions below'; the accessibility coordinator needs a current VPAT for WCAG 2.1 AA (the old one on the website is WCAG 2.0); the rep's mail is about the knowledge base",
     mail("bkowalski@northfield.edu", "Ben Kowalski", "FW: Brightdesk - student chat pilot",
          "Jordan,\n\nSee Priya's questions below. She's our Digital Accessibility Coordinator and signs off on anything students see, so this is on the critical path for the chat pilot in January.\n\nBen\n\nBen Kowalski\nDirector, IT Service Management\nNorthfield University | Information Technology Services\nRoom 210, Carver Hall | 515-555-0190\n\n"
          + SEP + "\nFrom: Priya Raman <praman@northfield.edu>\nSent: Thursday, November 19, 2026 3:47 PM\nTo: Ben Kowalski <bkowalski@northfield.edu>\nSubject: RE: Brightdesk - student chat pilot\n\n"
          "Ben,\n\nBefore the Brightdesk chat widget goes on the student portal I need their current Accessibility Conformance Report (VPAT) showing WCAG 2.1 AA, and it has to cover the student-facing widget and help center, not just the agent console. Under the DOJ Title II rule we must be at 2.1 AA by April 2027. The one linked on their website is a 2023 VPAT against WCAG 2.0, which I can't accept.\n\nPriya Raman\nDigital Accessibility Coordinator, Office of Equity & Access\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Tuesday, November 17, 2026 9:15 AM\nTo: Ben Kowalski <bkowalski@northfield.edu>\nSubject: Brightdesk - student chat pilot\n\n"
          "Hi Ben,\n\nGreat to see the service desk team on Monday. As promised: the knowledge base can import the IT help articles you keep in TeamDynamix today, and Assist will suggest answers from them in chat. I'll send the sandbox invite once you confirm the pilot group.\n\nJordan\n\n" + JORDAN,
          source="outlook", company="Northfield University", vertical="education", stage="evaluation"),
     {"bd-accessibility-vpat": 3}, forbidden=["edu-vpat-2023"])

case("f05", "thread", "bank: inline answers to the rep's numbered questions; the real ask hides in answer 4: the CISO needs a current SOC 2 Type II and pen test results (last spring's are outside the 12-month window)",
     mail("dkim@summitridgebank.com", "Dana Kim", "Re: Brightdesk - a few questions before the proposal",
          "Jordan, answers inline below. - DK\n\n"
          "On Wed, Nov 18, 2026 at 2:30 PM " + JORDAN_ADDR + " wrote:\n"
          "> Hi Dana,\n>\n> Thanks for the time on Monday. To put together the right proposal, a few questions:\n>\n> 1. How many agents in the contact centre today, and in a year?\n\n45 today across the two sites, 60 by Q3 next year.\n\n"
          "> 2. Do you need SSO?\n\nYes, Okta. SCIM would be nice to have.\n\n"
          "> 3. Which channels first?\n\nPhones and secure chat inside online banking. Email later.\n\n"
          "> 4. Is anything else gating the evaluation?\n\nYes, and it's the big one. Our CISO, Mark Fenton, won't sign off on any vendor touching customer data until he has reviewed a current SOC 2 Type II report and the results of your most recent independent penetration test. What your SE sent in the spring covers a 2024-2025 period, which is outside our 12-month policy window, so please send current ones.\n\n"
          "> 5. Timeline?\n\nBoard technology committee meets January 14. The security review has to be done before then.\n\n"
          "> Jordan\n\n"
          "Dana Kim\nSVP, Customer Experience\nSummit Ridge Bank\n800 Market St, Suite 1200, St. Louis, MO 63101 | 314-555-0129\n\n"
          "This e-mail and any attachments are confidential and may be privileged. Summit Ridge Bank will never ask for your account number, PIN or password by e-mail. If you have received this message in error, please notify the sender immediately and delete it. Member FDIC. Equal Housing Lender.",
          company="Summit Ridge Bank", vertical="financial-services", stage="evaluation"),
     {"bd-soc2-report": 3, "bd-pentest-letter": 3, "fin-due-diligence": 2, "bd-security-overview": 1}, forbidden=["bd-soc2-2025", "bd-pentest-2025"])

case("f06", "thread", "Shopify store owner from his iPhone: can refunds and order lookups happen inside the ticket; the SDR's cold email below is about AI Assist",
     mail("luis@barksidegoods.com", "Luis Ortega", "Re: Barkside Goods + Brightdesk",
          "Hey Sam, saw your email. We're a Shopify store (dog treats + gear), 3 of us doing support out of a shared Gmail. Biggest pain is every \"where's my order\" or refund means jumping into Shopify admin. Does Brightdesk pull the order into the ticket so we can refund or cancel from there?\n\nSent from my iPhone\n\n"
          "> On Nov 19, 2026, at 8:02 AM, Sam Okoro <sam.okoro@brightdesk.example> wrote:\n"
          + q("\nHi Luis,\n\nMost support teams we talk to at Barkside Goods's size spend a third of their day on questions their help center already answers. Brightdesk Assist drafts the reply for your agents from your own FAQ, so the team gets hours back every week.\n\nWorth 15 minutes?\n\n" + SAM),
          company="Barkside Goods", vertical="smb", stage="discovery"),
     {"bd-shopify": 3, "smb-shopify-video": 2, "smb-case-study": 2}, forbidden=other_case_studies("smb"))

case("f07", "thread", "retailer: Callora told the VP of Ops that Brightdesk is 'ticketing with phones bolted on'; needs something that answers it; Zenithdesk only in older reporting messages",
     mail("nbrooks@tidewelloutdoor.com", "Nadia Brooks", "Re: Brightdesk recap + Voice demo",
          "Jordan,\n\nCandidly: Callora's team told our VP of Ops yesterday that Brightdesk is \"a ticketing tool with phones bolted on\" and that your IVR can't do scheduled callbacks or route by skill and language. She's now leaning their way for the phone side. I'm presenting to her Thursday and need something that takes that on directly. What can you give me?\n\nThanks,\nNadia\n\nNadia Brooks | Director, Customer Care | Tidewell Outdoor Co.\no: 207-555-0164 | Portland, ME\n\n"
          "On Fri, Nov 13, 2026 at 11:48 AM " + JORDAN_ADDR + " wrote:\n"
          + q("Nadia,\n\nThanks for the time today. Recap of what we covered:\n- Shared inbox and macros for your returns team (your #1 volume driver)\n- Shopify order data inside the ticket\n- Reporting: first response time by channel, which you don't get from Zenithdesk today\n\nNext step: a demo of Voice for your 20 phone agents.\n\nJordan\n\n"
              "On Wed, Nov 11, 2026 at 9:30 AM Nadia Brooks <nbrooks@tidewelloutdoor.com> wrote:\n"
              + q("Hi Jordan, can your reports break out first response time by channel? Zenithdesk lumps chat and email together and it's driving me nuts.")),
          company="Tidewell Outdoor Co.", vertical="mid-market", stage="evaluation"),
     {"bd-bc-callora": 3, "bd-voice-ivr": 2}, forbidden=["bd-bc-callora-2027"])

case("f08", "thread", "latest message: HelpHive is 22% cheaper and bundles WFM, help me justify the price to the CFO; older messages are about leaving Zenithdesk",
     mail("mvega@crestlinehome.com", "Marisol Vega", "RE: Brightdesk proposal - 80 agents",
          "Jordan,\n\nI'll be straight with you. HelpHive's final number came in 22% under yours for 80 agents, and they're throwing in their workforce management module at no charge. I'd rather go with Brightdesk (the team liked the Assist demo a lot more), but I have to walk into Kevin's office (our CFO) with a reason to pay more. What can you do, and how do I explain the difference?\n\nMarisol\n\nMarisol Vega\nVP, Customer Experience\nCrestline Home Goods\n1450 Industrial Pkwy, Columbus, OH 43219\nM: 614-555-0137\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Monday, November 16, 2026 5:12 PM\nTo: Marisol Vega <mvega@crestlinehome.com>\nSubject: RE: Brightdesk proposal - 80 agents\n\n"
          "Hi Marisol,\n\nAttached is the proposal for 80 agents on Professional with Voice and Assist. On your Zenithdesk question: your Zenithdesk contract auto-renews on March 1, so we would plan the cut-over for mid-February. Our migration team moves tickets, macros and help center articles and we run both systems in parallel for two weeks.\n\nJordan\n\n" + JORDAN + "\n\n"
          + SEP + "\nFrom: Marisol Vega <mvega@crestlinehome.com>\nSent: Friday, November 13, 2026 10:03 AM\nTo: " + JORDAN_ADDR + "\nSubject: RE: Brightdesk proposal - 80 agents\n\n"
          "Jordan, when would we need to give Zenithdesk notice, and how long does moving our history take?\n\nM.",
          source="outlook", company="Crestline Home Goods", vertical="mid-market", stage="negotiation"),
     {"bd-obj-helphive-price": 3, "bd-bc-helphive": 2, "bd-discount-reply": 2, "bd-yearend-promo": 1}, forbidden=["bd-bc-helphive-2024", "bd-promo-q3-2026", "bd-pricing-2025"])

case("f09", "thread", "telecom ops head forwards the IAM engineer's numbered requirements: SAML SSO with Okta, SSO-only, SCIM with group mapping, fast deprovisioning; the rep's older mail sent Salesforce and EU residency",
     mail("cdonovan@orbiontel.com", "Claire Donovan", "Fwd: Brightdesk pilot - IAM requirements",
          "Hi Jordan,\n\nForwarding from our identity team. This is the last open item before we can start the pilot at the Manila site, so anything you can send Ahmed this week would be great.\n\nThanks,\nClaire\n\nClaire Donovan\nGlobal Head of Customer Operations | Orbion Telecom\n+44 20 7946 0321 | Orbion House, 8 Canada Square, London E14 5AB\n\n"
          "---------- Forwarded message ---------\nFrom: Ahmed Siddiqui <asiddiqui@orbiontel.com>\nDate: Fri, Nov 20, 2026 at 4:51 PM\nSubject: RE: Brightdesk pilot - IAM requirements\nTo: Claire Donovan <cdonovan@orbiontel.com>\n\n"
          "Claire,\n\nFor Brightdesk I need confirmation of the following before I can approve the pilot tenant:\n1. SAML 2.0 SSO with Okta, MFA enforced at the IdP, and the ability to switch off local passwords entirely (SSO-only).\n2. SCIM 2.0 provisioning for ~900 agents, with Okta groups mapped to Brightdesk roles.\n3. Deprovisioning within one hour of an HR termination.\n\nWe had a contractor account stay active in a vendor tool for four months last year. Not repeating that.\n\nAhmed Siddiqui\nSenior IAM Engineer, Group Information Security\n\n"
          "On Tue, Nov 17, 2026 at 1:15 PM " + JORDAN_ADDR + " wrote:\n"
          + q("Claire, thanks again for the workshop. As promised, the Salesforce integration guide and the data residency one-pager are attached; your Dublin and Frankfurt teams would be hosted in Frankfurt.\n\nJordan"),
          company="Orbion Telecom", vertical="enterprise", stage="evaluation"),
     {"bd-sso-scim": 3, "ent-security-pack": 2})

case("f10", "thread", "existing customer on email and chat wants to move 25 phone agents off an end-of-life phone system onto Brightdesk; older messages are a solved support ticket and the renewal",
     mail("hprice@quillmark.io", "Hannah Price", "Moving our phones to Brightdesk?",
          "Hi Jordan,\n\nQuick one. We've been on Brightdesk for email and chat for a year now and the team loves it. Our phone system (on-prem Avaya, end of life) comes off support in March, and my director asked whether we could move our 25 phone agents onto Brightdesk instead of buying another phone system. What would that look like, and do you have something I can forward to her?\n\nThanks!\nHannah\n\nHannah Price | Support Operations Lead | Quillmark Software\nhprice@quillmark.io | +1 (720) 555-0155\n\n"
          + SEP + "\nFrom: Brightdesk Support <support@brightdesk.example>\nSent: Tuesday, November 10, 2026 8:44 AM\nTo: Hannah Price <hprice@quillmark.io>\nSubject: [Ticket #448213] SLA timer not pausing on pending status - Solved\n\n"
          "Hi Hannah,\n\nYour ticket has been marked solved: the SLA policy now pauses on \"Pending customer\" as expected. Reply to this email to reopen it.\n\nBrightdesk Support\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Monday, October 5, 2026 3:30 PM\nTo: Hannah Price <hprice@quillmark.io>\nSubject: Your renewal\n\n"
          "Hi Hannah, thanks for renewing for another year. The countersigned renewal is attached.\n\nJordan",
          source="outlook", company="Quillmark Software", vertical="mid-market", stage="customer"),
     {"bd-expansion": 3, "bd-voice-ivr": 3})

case("f11", "thread", "state unemployment contact centre: the security office asks for FedRAMP status and timeline, and what it can accept meanwhile (state policy accepts StateRAMP); the rep's older mail is WFM and callbacks",
     mail("lferreira@workforce.ok.gov", "Luis Ferreira", "RE: Brightdesk - UI contact center follow-up",
          "Maya,\n\nOur Office of Information Security reviewed the materials from last week and came back with one question: what is Brightdesk's FedRAMP status? Your public sector page mentions FedRAMP. If you are not yet authorized, they want the expected timeline and to know what you can provide in the meantime. For reference, state policy accepts StateRAMP Moderate for systems holding claimant data.\n\nRegards,\n\nLuis Ferreira\nContact Center Administrator, Unemployment Insurance Division\nOklahoma Employment Security Commission\n(405) 555-0131\n\n"
          + SEP + "\nFrom: " + MAYA_ADDR + "\nSent: Friday, November 13, 2026 1:20 PM\nTo: Luis Ferreira <lferreira@workforce.ok.gov>\nCc: Angela Wu <awu@workforce.ok.gov>\nSubject: Brightdesk - UI contact center follow-up\n\n"
          "Hi Luis,\n\nThanks for walking me through last winter's claim surge. As promised:\n- Workforce management forecasts claim volume by half-hour so you can staff the surge weeks.\n- Callbacks replace the two-hour hold queue.\n- Brightdesk Public Sector Cloud runs in US-only data centres.\n\nAttached are the platform overview and the WFM one-pager.\n\nMaya\n\n" + MAYA,
          source="outlook", company="Oklahoma Employment Security Commission", vertical="government", stage="evaluation"),
     {"gov-fedramp": 3, "gov-stateramp": 3}, forbidden=["gov-fedramp-authorized"])

case("f12", "thread", "insurer: a thank-you for the demo whose P.S. is the real ask: the PCI attestation and how the payment IVR keeps card numbers out of recordings",
     mail("ogrant@keystonemutual.com", "Olivia Grant", "Re: Brightdesk demo - recording",
          "Hi Jordan,\n\nThanks for Tuesday's demo, the team really liked the agent workspace and the Assist summaries. Ryan will send over the list of Salesforce objects we want synced next week.\n\nHave a good Thanksgiving,\nOlivia\n\n"
          "P.S. The real gate for us is phone payments. About 30% of policyholders pay premiums over the phone, and our QSA is going to ask how card numbers stay out of our agents' ears, screens and call recordings. Do you have your PCI attestation or a write-up on how the payment IVR handles this?\n\n"
          "Olivia Grant\nDirector, Policyholder Services\nKeystone Mutual Insurance\n717-555-0180 | 2 Penn Center, Harrisburg, PA 17101\n\n"
          "The information in this e-mail is confidential and intended solely for the addressee. Access to this e-mail by anyone else is unauthorized. Keystone Mutual Insurance does not accept coverage requests or changes by e-mail.\n\n"
          "On Tue, Nov 17, 2026 at 5:58 PM " + JORDAN_ADDR + " wrote:\n"
          + q("Olivia, Ryan,\n\nThanks for the time today. The recording is below. Highlights: the unified agent workspace, Assist summaries on long claim threads, and the Salesforce sync for policy data. I'll follow up with pricing for 55 agents once we confirm the channels.\n\nJordan\n\n" + JORDAN),
          company="Keystone Mutual Insurance", vertical="financial-services", stage="evaluation"),
     {"bd-pci-ivr": 3, "bd-voice-ivr": 1, "fin-due-diligence": 1})

case("f13", "thread", "Australian retailer: head of risk requires all data incl. call recordings stored in Australia (Zenithdesk couldn't); the rep's older mail is AUD pricing and WFM",
     mail("sophie.nguyen@coastaloutdoors.com.au", "Sophie Nguyen", "RE: Brightdesk - pricing in AUD",
          "Hi Jordan,\n\nOur Head of Risk has come back with one condition on the Brightdesk evaluation: all customer data, including chat transcripts, call recordings and attachments, has to be stored in Australia, not just \"APAC\". Zenithdesk couldn't guarantee that for recordings, which is a big part of why we're talking to you. Can you confirm where our data would sit and send something I can put in the risk file?\n\nCheers,\nSophie\n\nSophie Nguyen | Head of Customer Care\nCoastal Outdoors Pty Ltd | Level 4, 88 Pitt St, Sydney NSW 2000\nT +61 2 5550 1942\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Thursday, 19 November 2026 6:40 AM\nTo: Sophie Nguyen <sophie.nguyen@coastaloutdoors.com.au>\nSubject: Brightdesk - pricing in AUD\n\n"
          "Hi Sophie, as requested, attached is pricing for 35 agents in AUD, billed annually. I've also added the WFM add-on since you mentioned rostering across Sydney and Perth.\n\nJordan\n\n" + JORDAN,
          source="outlook", company="Coastal Outdoors", vertical="mid-market", stage="evaluation"),
     {"bd-data-residency": 3, "bd-dpa-gdpr": 1, "bd-security-overview": 1})

case("f14", "thread", "closed-won: countersigned contract; the COO wants a week-by-week implementation plan, what's needed from their side and go-live before Jan 15; a calendar invite for the kickoff sits in the thread",
     mail("tessa.morgan@harborpine.com", "Tessa Morgan", "Re: Brightdesk order form - Harbor & Pine",
          "Hi Jordan,\n\nCountersigned copy attached \U0001F389 Excited to get going.\n\nNext question from our COO: what does implementation actually look like week by week, what do you need from our side (IT, team leads, anyone else), and can we realistically be live on email and chat before our January 15 sale? I'd like to show a plan at Monday's leadership meeting.\n\nBest,\nTessa\n\nTessa Morgan\nSenior Manager, Customer Support | Harbor & Pine Mattress Co.\ntessa.morgan@harborpine.com | 919-555-0126\n\n"
          "Alex Romero <alex.romero@brightdesk.example>\tFri, Nov 20, 4:12 PM\nto me, Jordan\n\nInvitation: Brightdesk kickoff - Harbor & Pine @ Wed Dec 2, 2026 11am - 12pm (EST) (tessa.morgan@harborpine.com)\nJoin with Google Meet\nmeet.google.com/xbd-kcko-hpm\nOrganizer: Alex Romero\nGuests: Tessa Morgan, Jordan Whitfield, Alex Romero\nView all guest info\nReply for tessa.morgan@harborpine.com: Yes  No  Maybe  More options\nInvitation from Google Calendar\n\n"
          "On Fri, Nov 20, 2026 at 3:00 PM " + JORDAN_ADDR + " wrote:\n"
          + q("Tessa, the DocuSign envelope is on its way. Once it's signed I'll introduce you to Alex Romero, your onboarding manager.\n\nJordan"),
          company="Harbor & Pine Mattress Co.", vertical="mid-market", stage="closed-won"),
     {"bd-implementation-plan": 3, "bd-kickoff-welcome": 2, "bd-academy": 1})

case("f15", "thread", "burned by HelpHive on a 2022 migration, now on Zenithdesk: how do 600k tickets, macros, triggers and Guide articles move, and can both run in parallel; the rep's older mail is pricing and Assist",
     mail("rfeldman@alderfinch.com", "Rob Feldman", "RE: Brightdesk next steps",
          "Jordan,\n\nBefore we go any further I need to understand the migration. We got burned by HelpHive in 2022: halfway through the switch they lost attachments and the ticket history for two years of warranty claims, and we crawled back to Zenithdesk. So I'm gun-shy.\n\nWhat we have in Zenithdesk today: about 600,000 tickets since 2019, ~300 macros, a few dozen triggers and automations, and 450 Guide articles in English and Spanish. How do you move all that, how long does it take, and can we run both systems side by side until we're confident?\n\nRob\n\nRob Feldman\nDirector of Customer Service | Alder & Finch Appliances\n(616) 555-0177\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Wednesday, November 18, 2026 10:25 AM\nTo: Rob Feldman <rfeldman@alderfinch.com>\nSubject: RE: Brightdesk next steps\n\n"
          "Hi Rob,\n\nThanks for the time with your team leads. Attached are pricing for 60 agents and the Assist one-pager; I also recorded a short video of Assist drafting a warranty reply from one of your help center articles.\n\nJordan\n\n" + JORDAN,
          source="outlook", company="Alder & Finch Appliances", vertical="mid-market", stage="evaluation"),
     {"bd-switch-zenithdesk": 3, "bd-migration-services": 2, "bd-implementation-plan": 1}, forbidden=["bd-bc-helphive-2024"])

case("f16", "thread", "enterprise counsel sends MSA and DPA redlines (liability cap, indemnity, termination) and asks for a counsel-to-counsel call; long privilege disclaimer; the rep's older mail is the final proposal",
     mail("ashah@northgatelogistics.com", "Anika Shah", "RE: Brightdesk - final proposal, 400 agents",
          "Jordan,\n\nAttached are our redlines to the Brightdesk Master Subscription Agreement and the DPA. The main open points:\n1. Limitation of liability: we need the cap at 2x annual fees, with a separate super-cap for data breach.\n2. Indemnity: mutual IP and data-protection indemnities.\n3. Termination for convenience on 90 days' notice after year one.\n4. Governing law: Delaware.\n\nProcurement would like to close before our fiscal year ends on December 31. Can we set up a call between counsel this week?\n\nBest regards,\n\nAnika Shah\nSenior Counsel, Commercial Transactions\nNorthgate Logistics Holdings, Inc.\n233 S. Wacker Dr., Chicago, IL 60606 | T +1 312 555 0109\n\n"
          "PRIVILEGED AND CONFIDENTIAL. This communication and any attachments may contain information that is protected by the attorney-client privilege and/or the attorney work product doctrine, or that is otherwise confidential. It is intended only for the named recipient(s). If you are not an intended recipient, you may not review, use, copy, disclose or distribute this communication; please notify the sender by reply e-mail and delete all copies. Nothing in this e-mail constitutes acceptance of any contract terms, which are binding only upon execution of a written agreement by authorized signatories.\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Friday, November 13, 2026 12:02 PM\nTo: Greg Tanaka <gtanaka@northgatelogistics.com>\nCc: Anika Shah <ashah@northgatelogistics.com>\nSubject: Brightdesk - final proposal, 400 agents\n\n"
          "Greg,\n\nAttached are the final proposal for 400 agents on Enterprise with Voice, WFM and Assist, the order form, and our MSA for Anika's review. As discussed, SSO/SCIM setup and the Salesforce integration are in the implementation scope.\n\nJordan\n\n" + JORDAN,
          source="outlook", company="Northgate Logistics", vertical="enterprise", stage="negotiation"),
     {"bd-msa-redlines": 3, "bd-dpa-gdpr": 1, "bd-order-form": 1})

case("f17", "thread", "airline: down to Brightdesk vs Zenithdesk, the steering committee wants a one-page comparison (AI, voice, total cost); HelpHive is out and only in old history; an out-of-office reply sits in the chain",
     mail("salvarez@skywayair.com", "Stephanie Alvarez", "Re: Brightdesk follow-up",
          "Hi Jordan,\n\nUpdate: we're down to two, Brightdesk and Zenithdesk. HelpHive is out (couldn't handle our volume). The steering committee meets December 3 and asked each finalist's internal sponsor for a one-page comparison against the other. Our Zenithdesk sponsor already sent theirs, and it leans hard on their AI and voice. Can you get me something that lays out where you're different, especially on AI, voice and total cost?\n\nStephanie\n\nStephanie Alvarez\nSenior Director, Customer Contact Operations\nSkyway Regional Airlines\nMobile: 602-555-0148\n\n"
          "On Mon, Nov 16, 2026 at 9:00 AM Stephanie Alvarez <salvarez@skywayair.com> wrote:\n"
          + q("Thank you for your email. I am out of the office through Wednesday, November 18, at our Denver hub with limited access to email. For urgent matters please contact Jerome Banks at jbanks@skywayair.com.\n\n"
              "On Mon, Nov 16, 2026 at 8:58 AM " + JORDAN_ADDR + " wrote:\n"
              + q("Hi Stephanie,\n\nFollowing up on your HelpHive question from last week: yes, we've replaced HelpHive at several airlines and travel companies; the usual reason is that it slows down past 300 agents. I've attached the Voice one-pager and the WFM overview for the irregular-operations surge planning we discussed.\n\nJordan")),
          company="Skyway Regional Airlines", vertical="enterprise", stage="proposal"),
     {"bd-bc-zenithdesk": 3, "ent-case-study": 1, "bd-ai-assist": 1, "bd-roi-calculator": 1}, forbidden=["bd-bc-helphive-2024"])

case("f18", "thread", "community college: 'any update on my question below?'; the earlier ask is a completed HECVAT Full and how FERPA records are handled; the rep's older mail was pricing and a case study",
     mail("glindqvist@westbrookcc.edu", "Grace Lindqvist", "Re: Brightdesk pricing - Enrollment Services",
          "Hi Maya,\n\nAny update on my question below? Dr. Okonkwo in the ISO is holding the review queue for December and I'd hate for us to miss it.\n\nThanks,\nGrace\n\n"
          "On Mon, Nov 16, 2026 at 1:34 PM Grace Lindqvist <glindqvist@westbrookcc.edu> wrote:\n"
          + q("Hi Maya,\n\nThanks for the pricing, it's within what we budgeted for the enrollment services desk.\n\nNext step on our side is the security review. Our Information Security Office requires a completed HECVAT (Full, not Lite) from any vendor that will store student data, and the registrar will want to know how you handle FERPA-protected records in tickets and chats. Can you send both?\n\nGrace\n\nGrace Lindqvist\nDirector, Enrollment Services\nWestbrook Community College\n(425) 555-0193\n\n"
              "On Thu, Nov 12, 2026 at 10:10 AM " + MAYA_ADDR + " wrote:\n"
              + q("Hi Grace,\n\nAttached is pricing for 25 agents plus free light agents for your student workers, at our education rate. I've also included the Halvorsen State case study, since their one-stop desk is close to what you described.\n\nMaya")),
          company="Westbrook Community College", vertical="education", stage="evaluation"),
     {"edu-hecvat": 3, "edu-ferpa": 3, "bd-security-questionnaire": 1})

case("f19", "thread", "CFO forwarded in: wants a business case he can put his own numbers into and a similar company that saw the savings; HelpHive only in the forward's history",
     mail("mlevin@copperleafhome.com", "Marcus Levin", "RE: FW: Brightdesk proposal - 50 agents",
          "Jordan,\n\nAna forwarded me your proposal. Before this goes to our board in January I need a business case, not a brochure: what does Brightdesk save us per year in cost per ticket and agent hours, and how realistic are the deflection numbers you're quoting for the AI? I'd like something I can put our own volumes and wage rates into, and ideally a company like ours that has actually seen those savings.\n\nMarcus Levin\nChief Financial Officer\nCopperleaf Home Services, Inc. | 480-555-0111\n\n"
          + SEP + "\nFrom: Ana Torres <atorres@copperleafhome.com>\nSent: Friday, November 20, 2026 9:14 AM\nTo: Marcus Levin <mlevin@copperleafhome.com>\nCc: " + JORDAN_ADDR + "\nSubject: FW: Brightdesk proposal - 50 agents\n\n"
          "Marcus, here's the Brightdesk proposal we discussed; Jordan is cc'd for questions. The team's recommendation is Brightdesk. HelpHive was cheaper but failed our reporting requirements.\n\nAna\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Thursday, November 19, 2026 4:45 PM\nTo: Ana Torres <atorres@copperleafhome.com>\nSubject: Brightdesk proposal - 50 agents\n\n"
          "Hi Ana, attached is the proposal for 50 agents on Professional with Assist and WFM, including the year-end onboarding fee waiver.\n\nJordan",
          source="outlook", company="Copperleaf Home Services", vertical="mid-market", stage="proposal"),
     {"bd-roi-calculator": 3, "mm-case-study": 2, "bd-ai-assist": 1}, forbidden=["mm-case-study-2024"] + other_case_studies("mid-market"))

case("f20", "thread", "county 311: a commissioner wants a peer county or city to call, or a write-up for the board packet; StateRAMP and the Spanish IVR were answered earlier",
     mail("dowens@bexfordcounty.gov", "Derek Owens", "Re: Brightdesk - StateRAMP / Spanish IVR",
          "Maya,\n\nCommissioner Alvarez asked at yesterday's work session whether any other county or city runs its 311 line on Brightdesk, and whether she could speak to someone there before the vote. Do you have a reference we could call, or at least a write-up we can put in the board packet?\n\nThanks,\nDerek\n\nDerek Owens\n311 Program Manager, Office of Constituent Services\nBexford County\n(970) 555-0115\n\nNotice: Emails sent to and from this address are subject to the Colorado Open Records Act and may be disclosed to the public.\n\n"
          "On Wed, Nov 18, 2026 at 4:22 PM " + MAYA_ADDR + " wrote:\n"
          + q("Hi Derek,\n\nGlad the StateRAMP letter answered your security team's question. On the Spanish IVR: yes, residents choose Spanish at the first menu and calls route to your bilingual agents.\n\nMaya\n\n"
              "On Tue, Nov 17, 2026 at 11:05 AM Derek Owens <dowens@bexfordcounty.gov> wrote:\n"
              + q("Maya, IT security asked whether Brightdesk is StateRAMP authorized. Also, can residents choose Spanish in the phone menu?")),
          company="Bexford County", vertical="government", stage="proposal"),
     {"gov-case-study": 3, "bd-reference-program": 3, "bd-customer-stories": 1}, forbidden=other_case_studies("government"))

# ---- multi-ask (5)
case("f21", "multi-ask", "city: numbered list: StateRAMP, a current VPAT for WCAG 2.1 AA, and buying off NASPO or Sourcewell",
     mail("kboyd@portcalder.gov", "Keisha Boyd", "Re: Brightdesk demo recap",
          "Hi Maya,\n\nGood news: the City Manager approved moving forward. Procurement and IT have three questions before they'll let me bring a contract to Council:\n\n1. Is Brightdesk StateRAMP authorized? Our IT security policy requires StateRAMP (or FedRAMP) for cloud systems holding resident data.\n2. Accessibility: the resident-facing chat and help center have to meet WCAG 2.1 AA. Please send a current VPAT.\n3. Can we buy off a cooperative contract (NASPO ValuePoint or Sourcewell) instead of running a formal RFP?\n\nThanks,\nKeisha\n\nKeisha Boyd\nDirector, Customer Service Center\nCity of Port Calder\n(360) 555-0122\n\nPUBLIC RECORDS NOTICE: This email and any responses may be subject to disclosure under the Washington Public Records Act (RCW 42.56).\n\n"
          "On Thu, Nov 12, 2026 at 2:47 PM " + MAYA_ADDR + " wrote:\n"
          + q("Hi Keisha,\n\nThanks for the demo time. Recap: one shared inbox for the 12 department mailboxes, the 311 line on Brightdesk Voice with callbacks, and a resident help center that answers the top 50 questions. Pricing for 20 agents is attached.\n\nMaya\n\n" + MAYA),
          company="City of Port Calder", vertical="government", stage="proposal"),
     {"gov-stateramp": 3, "bd-accessibility-vpat": 3, "gov-coop-contracts": 3}, forbidden=["gov-fedramp-authorized", "edu-vpat-2023", "gov-sourcewell-2021"])

case("f22", "multi-ask", "hospital scheduling centre: (a) forecasting and shift scheduling for 60 schedulers, (b) texted post-call satisfaction surveys by agent; the rep's recap below covered Epic and the BAA",
     mail("jpetrakis@cedarplainshealth.org", "Joanne Petrakis", "RE: Brightdesk demo - recap",
          "Hi Maya,\n\nTwo questions from Dr. Shah, our VP of Access, after Thursday's demo:\n\n(a) We have 60 schedulers across three shifts and build schedules in Excel every two weeks. Can Brightdesk forecast call volume and build the shifts for us, including the Monday-morning peaks after holidays?\n(b) Patient Experience wants a short satisfaction survey texted to patients after each call. Is that built in, and can results be broken down by agent?\n\nThanks,\nJoanne\n\nJoanne Petrakis | Manager, Central Scheduling | Cedar Plains Health\n(316) 555-0158\n\n"
          "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information under HIPAA. If you received it in error, notify the sender and delete it; any other use is prohibited.\n\n"
          + SEP + "\nFrom: " + MAYA_ADDR + "\nSent: Thursday, November 19, 2026 5:05 PM\nTo: Joanne Petrakis <jpetrakis@cedarplainshealth.org>\nSubject: Brightdesk demo - recap\n\n"
          "Hi Joanne, thanks for the demo time. Recap: Epic screen pop on inbound calls, MyChart messages in the same queue, and callbacks for the Monday peak. Our BAA is attached for your privacy office.\n\nMaya\n\n" + MAYA,
          source="outlook", company="Cedar Plains Health", vertical="healthcare", stage="evaluation"),
     {"bd-wfm": 3, "bd-csat": 3, "hc-case-study": 1}, forbidden=other_case_studies("healthcare"))

case("f23", "multi-ask", "credit union: two-way sync with Salesforce Financial Services Cloud, pricing for 150 agents with Voice, and a peer credit union to talk to",
     mail("thale@blueridgefcu.org", "Terrence Hale", "Re: Great meeting you at the CU conference",
          "Hi Jordan,\n\nThanks for the call. Pulling together what our team needs to finish the business case:\n\n1. We run on Salesforce Financial Services Cloud. Does Brightdesk sync cases and member records with it both ways, or only read?\n2. Please send pricing for 150 agents on Professional with Voice, annual billing.\n3. Is there a credit union or bank of our size we could talk to?\n\nAppreciate it,\nTerrence\n\nTerrence Hale\nVP, Member Contact Center\nBlue Ridge Federal Credit Union\n(540) 555-0170\n\nFederally insured by NCUA. This message may contain confidential member information. If you are not the intended recipient, please delete it and notify the sender.\n\n"
          "On Tue, Nov 17, 2026 at 10:31 AM " + JORDAN_ADDR + " wrote:\n"
          + q("Terrence, good to meet you at the CU conference. As promised, here's our security overview; the SOC 2 report is available under NDA through the Trust Center.\n\nJordan"),
          company="Blue Ridge Federal Credit Union", vertical="financial-services", stage="proposal"),
     {"bd-salesforce": 3, "bd-pricing": 3, "fin-case-study": 3, "bd-reference-program": 2},
     forbidden=["bd-pricing-2025", "bd-promo-q3-2026"] + other_case_studies("financial-services") + other_pricing())

case("f24", "multi-ask", "SaaS support head: do AI reply suggestions work in German and French from the help center, and can agents escalate into Microsoft Teams; then ready for a sandbox",
     mail("lukas.meyer@tandemly.io", "Lukas Meyer", "RE: Brightdesk demo follow-up",
          "Hi Jordan,\n\nFollowing the demo, my team leads asked two things:\n\n1. We support customers in English, German and French. Will Assist suggest replies from our help center articles in German and French too, or only in English?\n2. Our engineers live in Microsoft Teams. Can an agent escalate a ticket into a Teams channel and see the engineer's answer back in the ticket, without copy-pasting?\n\nIf both are yes, I think we're ready for a sandbox.\n\nBest,\nLukas\n\nLukas Meyer\nHead of Support | Tandemly\nlukas.meyer@tandemly.io | +49 30 5557 0193\n\n"
          + SEP + "\nFrom: " + JORDAN_ADDR + "\nSent: Wednesday, November 18, 2026 7:40 PM\nTo: Lukas Meyer <lukas.meyer@tandemly.io>\nSubject: Brightdesk demo follow-up\n\n"
          "Hi Lukas,\n\nThanks for the time today. Recap: SLA policies per customer tier, the Salesforce sync for account data, and the analytics dashboards for first response time. The recording is linked below.\n\nJordan\n\n" + JORDAN,
          source="outlook", company="Tandemly", vertical="mid-market", stage="evaluation"),
     {"bd-ai-assist": 3, "bd-teams": 3, "bd-knowledge-base": 1, "bd-trial": 1}, forbidden=["bd-voice-agent"])

case("f25", "multi-ask", "crisis text line (501(c)(3), $1.4M budget) from an iPhone: nonprofit pricing and another helpline using Brightdesk; the SDR's cold email below",
     mail("jess@beaconlinetext.org", "Jess Whitaker", "Re: quick question about your support inbox",
          "Hi Sam,\n\nThanks for reaching out, timing is good: our crisis text line has doubled since spring and we're running it out of a shared inbox and a Google Voice number. Before I set up a call with our ED, two things:\n- Do you have nonprofit pricing? We're a 501(c)(3) with a budget of about $1.4M.\n- Is any other helpline or crisis line using Brightdesk? Our volunteers will ask about safety and response times.\n\nThanks,\nJess\n\nSent from my iPhone\n\n"
          "> On Nov 18, 2026, at 10:00 AM, Sam Okoro <sam.okoro@brightdesk.example> wrote:\n"
          + q("\nHi Jess,\n\nMost support teams we talk to at Beacon Line's size spend a third of their day on questions their help center already answers. Worth 15 minutes to see how others cut that in half?\n\n" + SAM),
          company="Beacon Line", vertical="nonprofit", stage="discovery"),
     {"np-pricing": 3, "np-case-study": 3, "np-grant": 2}, forbidden=["np-pricing-2024"] + other_case_studies("nonprofit") + other_pricing("nonprofit"))

# ---- nulls (3)
case("f26", "nulls", "no company, vertical or stage: after a trade-show chat, can the help center and AI deflect 'where's my order' and password resets",
     mail("mei.tanaka@loopwear.co", "Mei Tanaka", "Re: Nice meeting you at CX Summit",
          "Hi Jordan,\n\nFollow-up from our chat at the booth. Half my agents' day goes to \"where's my order\" and password-reset questions that are already answered on our FAQ page, which nobody reads. Can your help center and the AI actually deflect that stuff before it becomes a ticket? What do you have that shows how?\n\nThanks,\nMei\n\nMei Tanaka\nSupport Manager\n\n"
          "On Thu, Nov 19, 2026 at 9:12 AM " + JORDAN_ADDR + " wrote:\n"
          + q("Hi Mei, great to meet you at the booth yesterday. As promised, here's the link to our platform overview. Let me know if a call next week works.\n\nJordan"),
          company=None, vertical=None, stage=None),
     {"bd-knowledge-base": 3, "bd-ai-assist": 2})

case("f27", "nulls", "company only, no vertical or stage fields: renewal on Jan 31, finance wants a two-year term with the per-agent price locked; an invoice email below",
     mail("preinholt@sorensenmarine.com", "Paul Reinholt", "Renewal options",
          "Hi Jordan,\n\nOur Brightdesk subscription renews on January 31. Finance asked me to get options for a two-year renewal with the per-agent price locked, since we expect to add about 15 agents next summer. Could you send what that would look like?\n\nThanks,\nPaul\n\nPaul Reinholt | Customer Care Manager | Sorensen Marine Supply\n(206) 555-0184\n\n"
          + SEP + "\nFrom: Brightdesk Billing <billing@brightdesk.example>\nSent: Sunday, November 1, 2026 6:00 AM\nTo: Paul Reinholt <preinholt@sorensenmarine.com>\nSubject: Your Brightdesk invoice INV-2026-11-0412\n\n"
          "Your invoice for November 2026 is ready. Amount due: $6,840.00 (38 agents, Professional). Due date: November 30, 2026. View and pay your invoice in the admin center under Billing.",
          source="outlook", company="Sorensen Marine Supply"),
     {"bd-multi-year": 3, "bd-renewal": 2})

case("f28", "nulls", "every field null but the text and subject: send the demo recording and a recap for the VP who missed it; an automated reminder is quoted below",
     {"source": "gmail", "url": None, "company": None, "domain": None, "contact": None, "vertical": None, "stage": None, "raw": None, "subject": "Re: Your Brightdesk demo",
      "text": "Hi,\n\nThanks for today's demo, really helpful. Could you send the recording and a short recap? My VP couldn't join and wants to watch it before our next call, and I'll forward the recap to the two team leads who dropped off early.\n\nThanks!\n\n"
              "On Mon, Nov 23, 2026 at 8:30 AM Brightdesk Events <events@brightdesk.example> wrote:\n"
              + q("Reminder: your Brightdesk demo starts in 1 hour.\nJoin: https://brightdesk.example/meet/demo-7731\nAdd to calendar | Reschedule")},
     {"bd-demo-followup": 3, "bd-meeting-recap": 2})

# ---- localized (2)
case("f29", "localized", "German logistics firm writes in German: where are tickets, chats and recordings stored (EU only), and the AVV under GDPR art. 28 with subprocessors, ideally in German; the rep's English recap below",
     mail("k.vogel@hansewerk-logistik.de", "Katrin Vogel", "AW: Brightdesk demo - recap",
          "Hallo Herr Whitfield,\n\nvielen Dank für die Demo am Dienstag, das Team war begeistert von den Antwortvorschlägen.\n\nBevor wir weitermachen, hat unser Datenschutzbeauftragter zwei Punkte:\n1. Wo genau werden Tickets, Chatverläufe und Anrufaufzeichnungen gespeichert? Für uns kommt nur ein Rechenzentrum in der EU infrage.\n2. Können Sie uns Ihren Auftragsverarbeitungsvertrag (AVV) nach Art. 28 DSGVO und die Liste der Unterauftragsverarbeiter schicken? Gerne auf Deutsch, unser Betriebsrat liest mit.\n\nMit freundlichen Grüßen\n\nKatrin Vogel\nLeiterin Kundenservice\nHansewerk Logistik GmbH | Am Sandtorkai 12 | 20457 Hamburg\nTel. +49 40 5550 2814\nGeschäftsführer: Dr. Jens Hollmann | Amtsgericht Hamburg HRB 123456\n\n"
          "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.\n\n"
          + SEP + "\nVon: " + JORDAN_ADDR + "\nGesendet: Dienstag, 17. November 2026 18:02\nAn: Katrin Vogel <k.vogel@hansewerk-logistik.de>\nBetreff: Brightdesk demo - recap\n\n"
          "Hi Katrin,\n\nThanks for the time today. Recap: one shared inbox for your six country mailboxes, Assist drafting replies in German, Dutch and Polish, and the Microsoft Teams integration for escalations to dispatch. Pricing for 45 agents follows this week.\n\nBest,\nJordan\n\n" + JORDAN,
          source="outlook", company="Hansewerk Logistik GmbH", vertical="mid-market", stage="evaluation"),
     {"bd-de-dsgvo-avv": 3, "bd-dpa-gdpr": 2, "bd-data-residency": 2})

case("f30", "localized", "Canadian ISP: English latest message forwards a French note from the Montréal centre: a presentation in French for team leads, and can the help center publish French and English articles (Bill 96)",
     mail("kmarsh@norlandinternet.ca", "Kevin Marsh", "Fwd: Brightdesk",
          "Hi Jordan,\n\nLooping in Amélie Gagnon, who runs our Montréal centre (about half of our 60 agents). Her note is below in French. Short version: she'd like material in French for her team leads before our call, and needs to know whether the help center can publish articles in both French and English. Can you help?\n\nThanks,\nKevin\n\nKevin Marsh | VP Customer Success | Norland Home Internet\n416-555-0149 | Toronto, ON\n\n"
          "---------- Forwarded message ---------\nFrom: Amélie Gagnon <agagnon@norlandinternet.ca>\nDate: Fri, Nov 20, 2026 at 2:12 PM\nSubject: Brightdesk\nTo: Kevin Marsh <kmarsh@norlandinternet.ca>\n\n"
          "Bonjour Kevin,\n\nAvant l'appel avec Brightdesk la semaine prochaine, est-ce qu'ils ont une présentation en français que je pourrais partager avec mes chefs d'équipe ? Aussi, avec la Loi 96, notre centre d'aide doit être en français : est-ce que leur base de connaissances peut publier les mêmes articles en français et en anglais ?\n\nMerci !\nAmélie\n\nAmélie Gagnon\nDirectrice, Centre de service à la clientèle - Montréal\nNorland Internet",
          company="Norland Home Internet", vertical="mid-market", stage="discovery"),
     {"bd-fr-presentation": 3, "bd-knowledge-base": 3})

# ---- nofit (2): nothing in the library answers
case("f31", "nofit", "accounts payable after signature asks for a signed W-9, remit-to bank details and a certificate of insurance naming them additional insured",
     mail("ap@harborpine.com", "Accounts Payable", "Vendor setup - Brightdesk",
          "Hello,\n\nTo set Brightdesk up as a supplier in our AP system, please send:\n- a signed W-9 (Rev. March 2024)\n- remit-to bank details on company letterhead\n- a certificate of insurance naming Harbor & Pine Mattress Co. as additional insured\n\nInvoices cannot be paid until vendor setup is complete.\n\nThank you,\nAccounts Payable | Harbor & Pine Mattress Co.\nPlease do not send invoices to this address; use invoices@harborpine.com.\n\n"
          + SEP + "\nFrom: Tessa Morgan <tessa.morgan@harborpine.com>\nSent: Monday, November 23, 2026 9:02 AM\nTo: Accounts Payable <ap@harborpine.com>\nCc: " + JORDAN_ADDR + "\nSubject: New vendor: Brightdesk\n\nHi AP team, please set up Brightdesk as a new vendor; the signed order form is attached. Jordan is cc'd.\n\nTessa",
          source="outlook", company="Harbor & Pine Mattress Co.", vertical="mid-market", stage="closed-won"),
     {})

case("f32", "nofit", "procurement asks whether Brightdesk holds a supplier diversity certification (MBE, WBE, SDVOSB) and wants the certificate; older mail is the proposal",
     mail("rkhan@meridianfoods.com", "Rina Khan", "Re: Brightdesk proposal",
          "Hi Jordan,\n\nOne more item from our supplier diversity office before the award: does Brightdesk hold any diversity certification (MBE, WBE, SDVOSB or similar)? If so, please send the certificate so we can count the spend toward our diversity goals. If not, that's fine, I just need to tick the box either way.\n\nRina\n\nRina Khan | Category Manager, Indirect Procurement | Meridian Foods\n(312) 555-0166\n\n"
          "On Wed, Nov 18, 2026 at 11:20 AM " + JORDAN_ADDR + " wrote:\n"
          + q("Hi Rina, attached are the proposal for 70 agents and the order form. Happy to walk procurement through the pricing.\n\nJordan"),
          company="Meridian Foods", vertical="mid-market", stage="proposal"),
     {})

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
by_id = {i["id"]: i for i in ITEMS}
live = {i["id"] for i in ITEMS if i["status"] == "approved" and i.get("expires", "9999") > NOW}
for c in CASES:
    vertical = (c["context"] or {}).get("vertical")
    assert 0 <= len(c["relevant"]) <= 4, c["case"]
    for f in c["forbidden"]:
        assert f not in live or (by_id[f]["verticals"] and vertical not in by_id[f]["verticals"]), (c["case"], f)
write_set(HERE, ITEMS, CASES, NOW, "f")
