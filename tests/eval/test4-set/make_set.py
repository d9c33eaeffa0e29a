"""A held-out test set on a new vendor's library: Tidepost, a marketing messaging platform for customer
communications (email campaigns and transactional email ("Tidepost Mail"); SMS and MMS on short codes, toll-free
numbers and 10DLC, two-way texting ("Tidepost SMS"); mobile push, web push and in-app messages ("Tidepost Push");
WhatsApp and RCS; journeys across channels ("Tidepost Flows"); segments and profiles ("Tidepost Audiences");
deliverability ("Tidepost Deliver"); preference center and consent ledger ("Tidepost Consent"); emergency and
citizen notifications ("Tidepost Alert"); an email designer ("Tidepost Studio") and predictions ("Tidepost
Predict"); compliance (TCPA, CAN-SPAM, CASL, GDPR / ePrivacy, 10DLC / toll-free registration, HIPAA BAA, FINRA
and SEC 17a-4 archiving, SOC 2, ISO 27001, data residency, accessible email); integrations; pricing per contact
and per message; migration and implementation; per-vertical content and battlecards against Mailhaven (an
email-only ESP), Textlyne (SMS-only) and Omnicast Marketing Cloud (an enterprise suite)).
Written blind on 2026-12-07 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
HELD OUT: never tune on it. Reference date: 2026-11-23 (items whose `expires` is before it are expired).

Relevance: 3 = the asset to send first, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts, retired
and expired items, and items restricted to another vertical than the prospect's. Besides the default verticals,
the library uses one a messaging vendor organises its content by: `media` (newspapers, magazines, broadcasters,
digital publishers: newsletters, paywalls, breaking-news push); library.json carries no taxonomy, and no
context gives a canonical `vertical` of `media`: pages name it through raw values and text only.
Run: python3 tests/eval/test4-set/make_set.py
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_traps_forbidden, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-19T09:00:00Z"
OLD = "2024-02-05T10:00:00Z"
ITEMS, add = library("https://content.tidepost.example/a/", NEW)

PIPE = ["evaluation", "proposal", "negotiation"]
EARLY = ["prospecting", "discovery"]
CS_STAGES = ["discovery", "evaluation", "proposal"]
WON = ["closed-won", "customer"]

# ---------------------------------------------------------------- general: platform and channels
add("tp-overview-deck", "Tidepost platform overview", "deck", "Email, SMS and push from one customer profile: campaigns, automated journeys, transactional messages and consent in one platform, with the results customers see in the first year.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "deck", "intro", "tidepost", "email", "sms", "push", "omnichannel"])
add("tp-platform", "Tidepost in one page: email, SMS and push from one customer profile", "one-pager", "What Tidepost sends, what it connects to and what it reports, and why one profile and one consent record across channels beats three tools.", tags=["overview", "one-pager", "omnichannel", "cross-channel", "customer profile", "tidepost"])
add("tp-mail", "Tidepost Mail: email campaigns and newsletters at any volume", "one-pager", "Campaigns, newsletters and automated emails with dynamic content, send-time optimisation and deliverability tooling built in; SMTP relay and API for developers.", tags=["email", "email marketing", "campaigns", "newsletters", "esp", "tidepost mail", "bulk email"])
add("tp-sms", "Tidepost SMS: texting on short codes, toll-free numbers and 10DLC", "one-pager", "Marketing and service texts, MMS with images, keywords and auto-replies, link shortening and click tracking, on dedicated short codes, verified toll-free numbers or registered 10DLC numbers in 190 countries.", tags=["sms", "text messaging", "texting", "mms", "short code", "toll-free", "10dlc", "tidepost sms", "keywords"])
add("tp-two-way-sms", "Two-way texting: replies, keywords and a shared inbox", "one-pager", "Customers reply to confirm, cancel or ask a question; keyword rules answer automatically (C to confirm, R to reschedule) and everything else lands in a shared inbox your team works, with STOP and HELP handled for you.", tags=["two-way sms", "conversational", "replies", "keywords", "shared inbox", "confirm", "reschedule", "auto-reply", "stop", "help"])
add("tp-push", "Tidepost Push: mobile push, web push and in-app messages", "one-pager", "SDKs for iOS, Android, React Native and Flutter, browser push for Chrome, Safari and Firefox, in-app banners and message inbox, rich push with images and deep links, and push targeted by the same segments as email.", tags=["push", "push notifications", "mobile push", "web push", "browser push", "in-app", "sdk", "ios", "android", "react native", "flutter", "app", "tidepost push"])
add("tp-whatsapp", "WhatsApp Business and RCS messaging", "one-pager", "Send approved WhatsApp templates and hold two-way conversations from the same journeys, fall back to SMS where WhatsApp is not installed, and use RCS rich cards on Android where carriers support it.", tags=["whatsapp", "whatsapp business", "rcs", "rich messaging", "international", "europe", "latin america", "fallback", "chat"])
add("tp-flows", "Tidepost Flows: automated journeys across email, SMS and push", "one-pager", "A visual journey builder: welcome series, abandoned cart and browse, reminders, win-back and post-purchase flows with branches, waits, channel choice per step and quiet hours, triggered by events from your site, app or data warehouse.", tags=["flows", "journeys", "automation", "journey builder", "workflows", "triggers", "abandoned cart", "welcome series", "win-back", "drip", "tidepost flows", "orchestration"])
add("tp-audiences", "Tidepost Audiences: real-time segments from every data source", "one-pager", "Profiles merge events, purchases and attributes from your site, app, CRM and warehouse; segments update in real time and are shared by every channel.", tags=["segments", "segmentation", "audiences", "profiles", "cdp", "customer data", "real-time", "tidepost audiences", "personalisation"])
add("tp-transactional", "Transactional messaging: receipts, shipping updates and alerts on their own stream", "one-pager", "An API and SMTP relay for order confirmations, shipping and pickup notices, password resets and account alerts, sent on a separate IP pool and sender so they arrive even when a campaign does not, with a 99.95% delivery-API uptime SLA.", tags=["transactional", "transactional email", "api", "receipts", "order confirmation", "shipping notifications", "pickup", "alerts", "triggered messages", "smtp relay"])
add("tp-otp", "One-time passcodes and verification by SMS, voice and WhatsApp", "one-pager", "A verification API that sends passcodes by SMS with voice and WhatsApp fallback, checks them, and blocks SMS pumping fraud with per-country rate limits.", tags=["otp", "one-time passcode", "2fa", "mfa", "verification", "verify api", "sms pumping", "fraud", "login codes"])
add("tp-studio", "Tidepost Studio: drag-and-drop email designer, templates and brand kits", "one-pager", "Design responsive emails without code, lock brand elements in saved blocks, preview across 90 clients and dark mode, and write dynamic content with Liquid.", tags=["email designer", "drag and drop", "templates", "brand kit", "liquid", "responsive", "dark mode", "tidepost studio", "editor"])
add("tp-accessibility", "Accessible email and SMS: WCAG 2.2 AA templates and an accessibility checker", "one-pager", "Templates that meet WCAG 2.2 AA out of the box, a checker that flags missing alt text, contrast, heading order and link text before send, screen-reader previews, and what the European Accessibility Act and the ADA expect of customer communications.", tags=["accessibility", "wcag", "wcag 2.2", "ada", "section 508", "european accessibility act", "eaa", "alt text", "screen readers", "contrast", "inclusive"])
add("tp-predict", "Tidepost Predict: send-time optimisation, churn scores and next-best channel", "one-pager", "Models trained on your own data choose each contact's best send time and channel, score churn and purchase likelihood, and suggest subject lines you can approve before use.", tags=["ai", "machine learning", "predictive", "send time optimisation", "churn", "next best channel", "subject lines", "tidepost predict"])
add("tp-insights", "Analytics and revenue attribution across channels", "one-pager", "Opens, clicks, conversions and revenue per message, flow and channel, attribution windows you set, cohort and holdout reporting, and exports to your BI tool.", tags=["analytics", "reporting", "attribution", "revenue attribution", "dashboards", "conversions", "kpi", "roi"])
add("tp-ab-testing", "A/B tests, multivariate tests and holdout groups that prove incrementality", "one-pager", "Test subject lines, content, send times and channels; keep a global or per-flow holdout group and report the lift in revenue and conversions with confidence intervals your CFO will accept.", tags=["a/b testing", "ab test", "multivariate", "holdout", "control group", "incrementality", "lift", "experiment"])
add("tp-multilingual", "Multilingual messaging: one campaign, 40 languages", "one-pager", "Send each contact the language they chose, with translations managed per template, right-to-left layouts, and Unicode SMS segment counts shown before you send.", tags=["multilingual", "languages", "translation", "localisation", "spanish", "vietnamese", "chinese", "rtl", "unicode"])
add("tp-throughput", "High-volume sending: millions of emails an hour and 1,000 texts a second", "one-pager", "Burst capacity for time-critical sends: 12 million emails an hour, 1,000 SMS per second on a short code, priority queues, and how we test it with you before the day it matters.", tags=["throughput", "high volume", "speed", "scale", "burst", "priority queue", "short code", "emergency", "breaking news", "capacity"])
add("tp-roles", "Roles, approvals and audit log: who may send what", "one-pager", "Custom roles per workspace, approval workflows before a campaign or template goes out, reviewer comments kept with the version sent, and an exportable audit log of every change and send.", tags=["roles", "permissions", "approvals", "approval workflow", "audit log", "governance", "compliance review", "supervision", "review"])
add("tp-landing-forms", "Sign-up forms, pop-ups and SMS keyword opt-ins", "one-pager", "Pop-ups, embedded forms and text-to-join keywords that collect email and SMS consent with the disclosure wording your counsel approved, and send the double opt-in where required.", tags=["forms", "pop-ups", "sign-up", "opt-in", "list growth", "keywords", "text to join", "double opt-in"])
add("tp-list-hygiene", "List hygiene: email validation, sunset policies and re-permission campaigns", "one-pager", "Validate addresses at sign-up, sunset contacts who stopped engaging, and run re-permission campaigns before a migration or a GDPR clean-up.", tags=["list hygiene", "email validation", "sunset policy", "re-permission", "inactive contacts", "bounces", "spam traps"])
# deliverability
add("tp-deliverability", "Tidepost Deliver: inbox placement, dedicated IPs and reputation monitoring", "one-pager", "Dedicated or shared IP pools, automatic IP warm-up, seed-list inbox placement tests, Google Postmaster and Microsoft SNDS monitoring, and alerts when complaint rates or blocklistings rise.", tags=["deliverability", "inbox placement", "dedicated ip", "reputation", "spam", "blocklist", "postmaster tools", "snds", "spam folder", "tidepost deliver"])
add("tp-sender-rules", "Gmail, Yahoo and Microsoft bulk-sender rules: the checklist", "one-pager", "What bulk senders must have in place now: SPF, DKIM and DMARC aligned, one-click unsubscribe (RFC 8058) honoured within two days, spam complaints under 0.3%, and Microsoft's 2025 Outlook.com requirements; how Tidepost sets each up.", tags=["gmail", "yahoo", "microsoft", "outlook.com", "bulk sender requirements", "spf", "dkim", "dmarc", "one-click unsubscribe", "rfc 8058", "spam rate", "authentication", "bimi"])
add("tp-ip-warmup", "IP warm-up plan: moving your sending to Tidepost without losing the inbox", "one-pager", "A day-by-day warm-up schedule by mailbox provider, starting with your most engaged contacts, with the volumes we ramp and what we watch.", tags=["ip warm-up", "warmup", "warming", "dedicated ip", "migration", "deliverability", "new ip", "ramp"])
add("tp-deliverability-services", "Deliverability services: audits, blocklist removal and a named consultant", "one-pager", "A deliverability audit of your authentication, lists and content, help getting delisted, and a named consultant for high-volume senders.", tags=["deliverability", "consulting", "audit", "blocklist removal", "spamhaus", "services", "consultant", "reputation repair"])
# compliance and security
add("tp-tcpa", "TCPA and SMS consent: what your texts need in 2026", "one-pager", "Prior express written consent for marketing texts, the disclosure at the point of opt-in, quiet hours, revocation by any reasonable means, state rules (Florida's FTSA, Oklahoma, Maryland), and how Tidepost Consent records each opt-in with its proof.", tags=["tcpa", "sms compliance", "consent", "prior express written consent", "quiet hours", "opt-in", "opt-out", "stop", "ftsa", "florida", "mini-tcpa", "revocation", "fcc"])
add("tp-10dlc", "10DLC, toll-free verification and short codes: registration done for you", "one-pager", "We register your brand and campaigns with The Campaign Registry, verify toll-free numbers and apply for short codes; what carriers ask for, the usual timelines (10DLC in days, toll-free in one to three weeks, short codes in eight to twelve), and what gets campaigns rejected.", tags=["10dlc", "a2p 10dlc", "the campaign registry", "tcr", "brand registration", "campaign registration", "toll-free verification", "short code", "carrier", "registration", "vetting"])
add("tp-can-spam", "CAN-SPAM checklist for commercial email", "one-pager", "Accurate headers and subject lines, a physical address, an unsubscribe that works for 30 days and is honoured within 10 business days, and who is responsible when a partner sends for you.", tags=["can-spam", "can spam", "email compliance", "ftc", "unsubscribe", "commercial email", "physical address"])
add("tp-casl", "CASL: sending email and texts to Canadians", "one-pager", "Express and implied consent and when implied consent expires, identification and unsubscribe requirements, keeping proof of consent, and how Tidepost stores the consent type and date per contact.", tags=["casl", "canada", "canadian anti-spam legislation", "express consent", "implied consent", "crtc", "quebec", "law 25"])
add("tp-gdpr", "GDPR and ePrivacy: consent, our DPA and sub-processors", "one-pager", "Consent and legitimate interest for email and SMS under GDPR and the ePrivacy rules, double opt-in, our Art. 28 data processing agreement with SCCs and UK addendum, the sub-processor list, and deletion and access requests.", stages=PIPE, tags=["gdpr", "eprivacy", "dpa", "data processing agreement", "sccs", "sub-processors", "consent", "double opt-in", "privacy", "dsar", "eu", "uk gdpr", "avg", "dsgvo", "rgpd"])
add("tp-dpa-snippet", "Reply: sending our DPA for signature", "snippet", "Cover note with the DPA, SCCs and sub-processor list.", stages=["evaluation", "proposal", "negotiation"], tags=["dpa", "gdpr", "data processing agreement", "legal", "privacy"],
    body="Hi {{contact.first_name}},\n\nAttached is our data processing agreement, pre-signed, with the EU Standard Contractual Clauses, the UK addendum and our current sub-processor list. If your privacy team uses its own DPA template, send it over and our legal team will review it within five business days.\n\nBest,\n{{rep.name}}")
add("tp-data-residency", "Data residency: US, EU, UK, Canada and Australia", "one-pager", "Contact data, message content, event data and backups stay in the region you choose (US, EU in Frankfurt and Dublin, UK, Canada or Australia); EU customers' data is processed and supported from the EU.", tags=["data residency", "data sovereignty", "hosting", "regions", "eu", "eu hosting", "frankfurt", "uk", "canada", "australia", "data location"])
add("tp-security", "Security at Tidepost: SOC 2 Type II, ISO 27001, pen tests and SSO", "one-pager", "Our SOC 2 Type II and ISO 27001:2022 programmes, encryption in transit and at rest, annual third-party penetration tests with a summary for customers, SSO and MFA, and how we handle incidents.", stages=PIPE, tags=["security", "soc 2", "iso 27001", "penetration test", "pen test", "encryption", "sso", "mfa", "infosec", "security review", "vendor review"])
add("tp-soc2-2026", "SOC 2 Type II report (2026 audit period): request link", "link", "Request the current SOC 2 Type II report, covering October 2025 to September 2026, and the latest penetration test summary from our trust portal under NDA.", tags=["soc 2", "soc 2 type ii", "audit report", "security", "trust portal", "pen test summary"], expires="2027-10-31")
add("tp-iso27001-cert", "ISO/IEC 27001:2022 certificate and statement of applicability", "link", "Our current ISO 27001:2022 certificate and its scope, downloadable, with the statement of applicability on request.", tags=["iso 27001", "iso/iec 27001", "certificate", "certification", "isms", "statement of applicability", "security"])
add("tp-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ, HECVAT)", "snippet", "Pre-filled questionnaires and how to get the SOC 2 report.", stages=["evaluation", "proposal"], tags=["security questionnaire", "sig lite", "caiq", "hecvat", "vendor risk", "third-party risk", "due diligence"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite, CAIQ and HECVAT. The SOC 2 Type II report and the latest penetration test summary are in our trust portal under NDA; reply here and I'll send the NDA so your team can download them today.\n\n{{rep.name}}")
add("tp-sla", "Uptime SLA, status page and support response times", "one-pager", "99.95% uptime for the sending APIs and 99.9% for the app, service credits, the public status page, and response times by support plan.", tags=["sla", "uptime", "availability", "status page", "service credits", "reliability"])
add("tp-data-exit", "Leaving Tidepost: data export and deletion at the end of the contract", "one-pager", "What you can export at any time (contacts, consent records, events, templates), the 30 days after termination to take it, and our written certificate of deletion from production and backups.", tags=["data portability", "exit", "termination", "export", "deletion", "certificate of deletion", "offboarding", "lock-in", "procurement"])
# integrations
add("tp-shopify", "Shopify and Shopify Plus: orders, carts and catalogue in every message", "one-pager", "The Tidepost app for Shopify syncs customers, orders, carts and the catalogue in real time; abandoned checkout, back-in-stock and price-drop triggers; SMS consent from checkout; Shopify Flow actions and revenue attribution per order.", tags=["shopify", "shopify plus", "ecommerce", "abandoned checkout", "back in stock", "shopify flow", "checkout", "catalogue", "integration"])
add("tp-commerce-connectors", "Other commerce platforms: Adobe Commerce, BigCommerce, Salesforce Commerce Cloud, WooCommerce", "one-pager", "Pre-built connectors for orders, carts and catalogue on the main commerce platforms other than Shopify, with the same triggers.", tags=["adobe commerce", "magento", "bigcommerce", "salesforce commerce cloud", "sfcc", "woocommerce", "shopware", "ecommerce", "integration"])
add("tp-salesforce", "Salesforce integration: contacts, leads and activity both ways", "one-pager", "Sync contacts, leads and campaign members with Sales Cloud, log every email and text as activity, trigger journeys from Salesforce changes, and send from Service Cloud cases.", tags=["salesforce", "sales cloud", "service cloud", "crm", "sync", "integration", "activity logging"])
add("tp-hubspot", "HubSpot integration: contacts, lists and deal-triggered messages", "one-pager", "Two-way contact and list sync with HubSpot, texts and push triggered from HubSpot workflows, and engagement written back to the timeline.", tags=["hubspot", "crm", "sync", "integration", "workflows"])
add("tp-segment", "Segment, RudderStack and mParticle: events in, engagement out", "one-pager", "Tidepost as a Segment destination and source: identify and track calls become profile updates and flow triggers, and sends, opens and clicks flow back to your CDP.", tags=["segment", "twilio segment", "rudderstack", "mparticle", "cdp", "events", "destination", "source", "integration"])
add("tp-snowflake", "Warehouse-native: segments straight from Snowflake, BigQuery and Databricks", "one-pager", "Build audiences from tables in your warehouse without copying customer data into another system (zero-copy), and write engagement back to the warehouse daily.", tags=["snowflake", "bigquery", "databricks", "data warehouse", "warehouse-native", "zero-copy", "reverse etl", "data sharing", "integration"])
add("tp-integrations", "Integration catalogue", "link", "Every pre-built connector: commerce, CRM, CDP, warehouse, helpdesk, loyalty, reservations and EHR scheduling systems.", tags=["integrations", "catalogue", "connectors", "marketplace", "apps"])
add("tp-api", "Developer docs: REST API, SMTP relay, webhooks and SDKs", "link", "API reference for contacts, events and sends, webhooks for delivery and replies, mobile and web SDKs, and code samples.", tags=["api", "developer", "docs", "rest", "webhooks", "sdk", "smtp", "code samples"])
# pricing
add("tp-pricing", "Pricing: per contact for marketing, per message for SMS and transactional", "one-pager", "Marketing plans priced by the number of active contacts (unlimited email sends), SMS and MMS per message by country with carrier fees passed through at cost, push included, transactional email per thousand; annual commitments and volume tiers.", stages=PIPE, tags=["pricing", "price", "cost", "per contact", "per message", "sms pricing", "quote", "plans", "volume tiers", "budget"])
add("tp-pricing-faq", "FAQ: per contact or per message? How we count, with worked examples", "one-pager", "What counts as an active contact, how SMS segments and MMS are billed, what carrier surcharges are, and three worked examples (a 50,000-contact retailer, a 400,000-contact publisher, a clinic network sending reminders).", stages=PIPE, tags=["pricing", "faq", "per contact", "per message", "active contacts", "sms segments", "carrier fees", "billing"])
add("tp-sms-rates", "SMS and MMS rates by country and carrier surcharges", "link", "Our current per-message rates in 190 countries and the US carrier pass-through fees for 10DLC, toll-free and short code traffic.", tags=["sms rates", "rate card", "per message", "countries", "international sms", "carrier fees", "10dlc fees", "pricing"])
add("tp-pricing-snippet", "Reply: pricing summary and next step", "snippet", "A short pricing reply with the estimate attached.", stages=["evaluation", "proposal"], tags=["pricing", "quote", "estimate", "reply"],
    body="Hi {{contact.first_name}},\n\nAs promised, attached is an estimate for {{company}}: marketing priced on active contacts with unlimited email, texts per message at our published country rates with carrier fees at cost, and push included. Annual terms bring the contact price down a tier. Happy to walk your finance team through it this week.\n\n{{rep.name}}")
# migration, implementation, customers
add("tp-migration", "Moving to Tidepost: contacts, consent, templates and flows in six weeks", "one-pager", "Our migration plan from any ESP or SMS tool: contacts with consent history and suppressions, templates, flows rebuilt and tested, number porting, IP warm-up, and running both systems in parallel until cut-over.", stages=PIPE, tags=["migration", "switching", "move", "import", "suppression list", "number porting", "cut-over", "parallel run", "onboarding"])
add("tp-migrate-mailhaven", "Switching from Mailhaven: template importer, lists and suppressions in a day", "one-pager", "Import Mailhaven lists, tags, suppressions and templates with our importer, rebuild automations as Flows with our team, and keep unsubscribes intact.", stages=PIPE, tags=["mailhaven", "migration", "switching", "importer", "templates", "suppressions", "competitor"])
add("tp-migrate-omnicast", "Moving off Omnicast Marketing Cloud: journeys, data extensions and AMPscript", "one-pager", "How our services team maps Omnicast journeys to Flows, data extensions to Audiences and AMPscript to Liquid, and the usual 10-14 week plan for enterprise programs.", stages=PIPE, tags=["omnicast", "omnicast marketing cloud", "migration", "ampscript", "data extensions", "journeys", "competitor", "enterprise"])
add("tp-implementation", "Implementation services: QuickStart, Guided and Enterprise packages", "one-pager", "What each package includes (data and integration setup, domain and number registration, template build, flows, training), who does what on each side, and typical timelines from two to twelve weeks.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "services", "professional services", "project plan", "timeline", "go-live", "kickoff"])
add("tp-onboarding-kickoff", "Welcome to Tidepost: your onboarding kickoff", "email-template", "The welcome email sent after signature: kickoff agenda, who to invite, and what to prepare.", stages=WON, tags=["onboarding", "kickoff", "welcome", "new customer", "next steps", "closed won"],
    body="Hi {{contact.first_name}},\n\nWelcome to Tidepost, and thank you for choosing us. Your onboarding manager will send an invite for the kickoff this week. Please bring whoever owns your sending domains, your SMS numbers and your data (site, app or warehouse); before the call it helps to have your DNS access, your list of current automations and your SMS opt-in wording ready.\n\nThe kickoff covers your go-live date, domain authentication and SMS registration, data and integration setup, and training.\n\n{{rep.name}}")
add("tp-customer-success", "Customer success at Tidepost: your CSM, success plan and quarterly reviews", "one-pager", "A named customer success manager, a success plan with the goals you set, quarterly business reviews with benchmarks, and how to reach support and your deliverability consultant.", stages=WON, tags=["customer success", "csm", "success plan", "qbr", "account management", "after signing"])
add("tp-training", "Tidepost Academy: training and certification for your team", "link", "Self-paced courses and live sessions for marketers, admins and developers, with certification and a sandbox workspace.", stages=WON, tags=["training", "academy", "certification", "courses", "enablement", "onboarding", "users"])
add("tp-support-plans", "Support plans: Standard, Premium and 24/7 Critical", "one-pager", "Channels, hours and response times per plan, and the 24/7 critical line for customers whose messages cannot wait.", tags=["support", "support plans", "24/7", "premium support", "response times", "escalation"])
# sales process
add("tp-roi", "ROI calculator: revenue from flows, SMS and consolidated tools", "link", "Estimate the revenue from automated flows and SMS, the savings from replacing separate email and SMS tools, and payback.", stages=["evaluation", "proposal"], tags=["roi", "calculator", "payback", "business case", "tco", "savings", "revenue"])
add("tp-business-case", "Business case template for your CFO", "deck", "Set today's tools, agency fees and missed revenue against Tidepost's subscription and services, with payback in your own numbers.", stages=["proposal"], tags=["business case", "cfo", "roi", "payback", "budget", "finance", "approval"])
add("tp-references", "Customer reference program: talk to a Tidepost customer", "one-pager", "Marketing, CRM and IT leaders who take reference calls, by industry, size and the tool they moved from.", stages=["evaluation", "proposal"], tags=["references", "reference call", "customer reference", "peer"])
add("tp-pilot", "Pilot: one brand or one flow, 45 days, lift you can measure", "one-pager", "A scoped pilot with a holdout group, agreed success criteria and a readout for your steering group.", stages=["evaluation"], tags=["pilot", "proof of concept", "poc", "trial", "success criteria", "holdout"])
add("tp-rfp-kit", "RFP answer library: technical, security, compliance and implementation answers", "one-pager", "Our standard answers for messaging and marketing-automation tenders, with the evidence to attach (SOC 2, ISO 27001, accessibility statement, sample project plan).", stages=["evaluation", "proposal"], tags=["rfp", "rfi", "tender", "procurement", "questionnaire", "bid", "proposal response"])
add("tp-mutual-plan", "Mutual action plan template", "one-pager", "A shared plan from evaluation to signature and go-live: security review, legal, procurement, registration lead times and kickoff.", stages=["proposal", "negotiation"], tags=["mutual action plan", "map", "close plan", "timeline", "procurement", "signature"])
add("tp-msa-faq", "Contract FAQ for your legal team: MSA, order form and the usual redlines", "one-pager", "Our MSA's positions on liability, indemnity, data protection, SLAs, renewal and termination, and what we commonly agree to change.", stages=["negotiation"], tags=["msa", "contract", "legal", "redlines", "terms", "liability", "indemnity", "order form", "renewal", "termination"])
add("tp-intro-email", "First outreach: one profile for email, SMS and push", "email-template", "A first-touch email for a marketing leader.", stages=["prospecting"], tags=["outreach", "prospecting", "cold email", "intro"],
    body="Hi {{contact.first_name}},\n\nMost teams we talk to run email in one tool, texts in another and push in a third, each with its own list and its own consent records. Tidepost sends all three from one customer profile, so a cart reminder goes by text to the people who never open email, and an unsubscribe in one place is honoured everywhere.\n\nWould 20 minutes next week be worth it to see how {{company}} could do this?\n\n{{rep.name}}")
add("tp-demo-followup", "Follow-up after the demo: recap and next steps", "email-template", "A recap email after a demo, with the next steps.", stages=["discovery", "evaluation"], tags=["follow-up", "demo", "recap", "next steps"],
    body="Hi {{contact.first_name}},\n\nThank you for the time today. To recap what we saw: one profile across email, SMS and push, the abandoned-cart flow with a text step for non-openers, and the consent record per contact. Next steps we agreed: a technical session with your data team and a look at pricing for your contact volume.\n\n{{rep.name}}")
# competitors
add("tp-bc-mailhaven", "Battlecard: Tidepost vs Mailhaven (email-only ESP)", "battlecard", "Mailhaven is cheap to start and email-only: texts need a second tool and a second consent list, overages are charged per send, most plans share IPs, and its automations cannot branch by channel.", stages=PIPE, tags=["mailhaven", "competitor", "battlecard", "esp", "email only", "shared ip", "overages"])
add("tp-bc-textlyne", "Battlecard: Tidepost vs Textlyne (SMS-only)", "battlecard", "Textlyne does texting well and nothing else: no email or push, its flows cannot hand off to another channel, and its per-message price has no marketing contact plan; where it wins (conversational SMS) and how we answer.", stages=PIPE, tags=["textlyne", "competitor", "battlecard", "sms only", "texting"])
add("tp-bc-omnicast", "Battlecard: Tidepost vs Omnicast Marketing Cloud", "battlecard", "The enterprise suite: a nine-month implementation, SMS and push sold as extra SKUs, AMPscript skills needed for everyday changes, and a contract priced per super-message; where Omnicast wins and the questions to ask.", stages=PIPE, tags=["omnicast", "omnicast marketing cloud", "competitor", "battlecard", "enterprise suite", "marketing cloud"])
add("tp-compare", "Comparison chart: Tidepost, Mailhaven, Textlyne and Omnicast", "one-pager", "Channels, consent, deliverability tooling, integrations, pricing model and implementation time, side by side, for a buyer's evaluation matrix.", stages=PIPE, tags=["comparison", "compare", "competitors", "mailhaven", "textlyne", "omnicast", "evaluation matrix", "alternatives"])
add("tp-obj-cheaper", "Objection: Mailhaven is cheaper", "snippet", "A reply when the prospect's email tool costs less.", stages=["evaluation", "proposal", "negotiation"], tags=["objection", "price", "cheaper", "mailhaven", "cost"],
    body="Hi {{contact.first_name}},\n\nOn the email line alone, Mailhaven often is cheaper. The fair comparison adds the SMS tool you run beside it, the hours spent keeping two lists and two consent records in step, and the revenue from the customers who never open email but do read a text. Put together, most teams our size pay less with Tidepost; happy to run the numbers with yours.\n\n{{rep.name}}")
add("tp-obj-suite", "Objection: we already own a marketing cloud", "snippet", "A reply when the prospect's suite includes messaging.", stages=["discovery", "evaluation"], tags=["objection", "marketing cloud", "omnicast", "suite", "status quo", "shelfware"],
    body="Hi {{contact.first_name}},\n\nMany of our customers kept their marketing cloud for what it does well and moved day-to-day messaging to Tidepost because SMS and push were extra SKUs and every change waited for a developer. Your marketers build and send themselves, and the data stays in sync both ways. Worth a 30-minute look at what that would free up?\n\n{{rep.name}}")
add("tp-obj-sms-spam", "Objection: our customers will think texts are spam", "snippet", "A reply when the prospect worries SMS feels intrusive.", stages=["discovery", "evaluation"], tags=["objection", "sms", "spam", "intrusive", "opt-out", "frequency", "consent"],
    body="Hi {{contact.first_name}},\n\nTexts feel like spam when people did not ask for them or get too many. Ours only go to people who opted in for that purpose, with frequency caps, quiet hours and preferences they set themselves; opt-out rates on programmes run that way stay well under 1% a month. We can start with the messages people thank you for, like reminders and confirmations.\n\n{{rep.name}}")
add("tp-obj-stay", "Objection: switching sounds like too much work right now", "snippet", "A reply when the migration effort is the blocker.", stages=["evaluation", "proposal"], tags=["objection", "migration", "timing", "effort", "switching"],
    body="Hi {{contact.first_name}},\n\nFair concern. Our team does the heavy lifting: we import lists, consent and suppressions, rebuild your top flows, register your numbers and warm up your IPs while your current tool keeps sending. Most teams are fully cut over in six weeks with about two hours a week of their own time.\n\n{{rep.name}}")
# videos, webinars
add("tp-video-overview", "Video: Tidepost in two minutes", "video", "A two-minute tour for people who missed the demo.", tags=["video", "overview", "demo", "tour"])
add("tp-video-flows", "Video: building an abandoned-cart flow with an SMS step in five minutes", "video", "A marketer builds a cart flow in Flows: email first, a text to non-openers, push to app users, with quiet hours and a holdout.", tags=["video", "flows", "journey builder", "abandoned cart", "demo", "tidepost flows"])
add("tp-webinar-deliverability", "On-demand webinar: inbox placement after the Gmail, Yahoo and Microsoft rules", "video", "Our deliverability team on what changed for bulk senders, the authentication and complaint-rate numbers that matter, and fixes that worked.", tags=["webinar", "on-demand", "deliverability", "gmail", "yahoo", "microsoft", "dmarc", "spam rate"])
add("tp-webinar-sms-compliance", "On-demand webinar: SMS compliance in 2026 (TCPA, 10DLC, state laws)", "video", "Outside counsel and our carrier-relations lead on consent, quiet hours, state mini-TCPAs and registration.", tags=["webinar", "on-demand", "tcpa", "10dlc", "sms compliance", "state laws"])
add("tp-preference-center", "Tidepost Consent: preference center and consent ledger", "one-pager", "A hosted preference center where people choose topics, channels and frequency, and a consent ledger that records every opt-in and opt-out with source, wording and timestamp for audits.", tags=["preference center", "consent", "consent management", "consent ledger", "subscriptions", "frequency", "opt-out", "unsubscribe", "audit", "tidepost consent"])
add("tp-agency", "Agency partner program", "one-pager", "For agencies that run messaging for clients: a partner workspace, margins, certification and co-selling.", tags=["agency", "partner program", "partners", "resellers", "channel"])
add("tp-mms-links", "MMS and branded short links: images in texts and clicks you can track", "one-pager", "Send images, GIFs and contact cards by MMS, shorten links on your own domain so carriers trust them, and track clicks per recipient.", tags=["mms", "images", "gif", "short links", "branded links", "link shortener", "click tracking", "sms"])
add("tp-in-app", "In-app messages and a message inbox inside your app", "one-pager", "Banners, modals and a persistent inbox in your iOS, Android and web app, targeted by segment and triggered by events, without an app release.", tags=["in-app", "in-app messages", "message inbox", "banners", "modals", "app", "mobile app", "sdk"])
add("tp-voice", "Voice broadcasts and text-to-speech calls", "one-pager", "Recorded or text-to-speech voice calls for people without smartphones or who asked for calls, in the same send as texts and email, with landline detection.", tags=["voice", "voice broadcast", "text to speech", "robocall", "landlines", "calls", "ivr"])
add("tp-surveys", "Surveys by text and email: NPS, CSAT and one-question polls", "one-pager", "Ask by text or email, collect answers in the profile, and trigger follow-ups from the score.", tags=["surveys", "nps", "csat", "feedback", "polls", "reviews"])
add("tp-loyalty-reviews", "Loyalty and reviews integrations: Yotpo, LoyaltyLion, Smile.io, Okendo", "one-pager", "Points balances and tier changes in messages, review requests after delivery, and segments by loyalty tier.", tags=["loyalty", "reviews", "yotpo", "loyaltylion", "smile.io", "okendo", "points", "tiers", "integration"])
add("tp-helpdesk", "Helpdesk integrations: Zendesk, Gorgias and Intercom", "one-pager", "Replies to your texts open tickets in your helpdesk and agents answer from there; message history shows in the ticket.", tags=["zendesk", "gorgias", "intercom", "helpdesk", "support tickets", "integration", "replies"])
add("tp-video-push", "Video: web push on your site in ten minutes", "video", "A developer adds the web SDK, sets up the opt-in prompt and sends a first browser notification.", tags=["video", "web push", "browser push", "push", "sdk", "demo"])
# German, French, Spanish content (the contract has no language field; the text carries it)
add("tp-de-ueberblick", "Tidepost im Überblick: E-Mail, SMS und Push aus einer Plattform", "one-pager", "Was Tidepost versendet, womit es sich verbindet und was es auswertet, mit Hosting in Frankfurt und deutschsprachigem Support.", tags=["deutsch", "german", "überblick", "plattform", "e-mail-marketing", "sms", "push", "tidepost"])
add("tp-de-dsgvo", "DSGVO, Double-Opt-in und Einwilligungen rechtssicher dokumentieren", "one-pager", "Einwilligung und Double-Opt-in nach DSGVO, UWG § 7 und TDDDG, Nachweis jeder Einwilligung im Consent-Ledger, Auftragsverarbeitungsvertrag (AVV) und Datenhaltung in der EU.", tags=["deutsch", "german", "dsgvo", "gdpr", "double-opt-in", "doi", "einwilligung", "uwg", "tdddg", "avv", "auftragsverarbeitung", "datenschutz"])
add("tp-fr-presentation", "Tidepost en bref : e-mail, SMS et push depuis un seul profil client", "one-pager", "Ce que Tidepost envoie, à quoi il se connecte et ce qu'il mesure, avec hébergement dans l'UE et un support en français.", tags=["français", "french", "présentation", "plateforme", "e-mailing", "sms", "push", "tidepost"])
add("tp-fr-rgpd-cnil", "RGPD et recommandations de la CNIL pour l'e-mailing et le SMS marketing", "one-pager", "Consentement préalable, exception client, mentions obligatoires, désinscription par STOP, horaires d'envoi des SMS commerciaux, durée de conservation, et comment Tidepost enregistre la preuve du consentement.", tags=["français", "french", "rgpd", "cnil", "consentement", "sms marketing", "stop sms", "prospection", "opt-in", "gdpr"])
add("tp-es-resumen", "Tidepost en resumen: email, SMS, WhatsApp y push desde una sola plataforma", "one-pager", "Qué envía Tidepost, con qué se integra y qué mide, con soporte en español y tarifas de SMS para España y América Latina.", tags=["español", "spanish", "resumen", "plataforma", "email marketing", "sms", "whatsapp", "push", "latam", "tidepost"])

# ---------------------------------------------------------------- restricted to verticals
# retail
add("rt-ecommerce", "E-commerce playbook: abandoned cart, browse abandonment, back in stock and post-purchase", "one-pager", "The eight flows that earn most for online stores, with timing, channel mix and benchmarks by category.", verticals=["retail"], tags=["ecommerce", "e-commerce", "online store", "abandoned cart", "browse abandonment", "back in stock", "post-purchase", "dtc", "flows", "benchmarks"])
add("rt-sms-club", "Growing a retail SMS list: pop-ups, checkout opt-in and text-to-join in store", "one-pager", "Where retailers collect SMS subscribers, the consent wording that holds up, and how fast lists grow with each method.", verticals=["retail"], tags=["sms list", "sms subscribers", "list growth", "checkout opt-in", "pop-up", "text to join", "in-store", "retail"])
add("rt-stores", "Store messaging: ready-for-pickup texts, local events and loyalty", "one-pager", "BOPIS and curbside ready-for-pickup texts from your order system, store-level audiences for local events, and loyalty points and tier updates by push and text.", verticals=["retail"], tags=["stores", "bopis", "buy online pick up in store", "curbside", "ready for pickup", "pickup notification", "local events", "loyalty", "omnichannel retail", "pos"])
add("rt-holiday-2026", "Holiday 2026 playbook: Black Friday to Boxing Day", "one-pager", "Send calendar, SMS capacity reservation, list warm-up before the peak, and the flows that carry December for retailers.", verticals=["retail"], tags=["holiday", "black friday", "cyber monday", "bfcm", "peak season", "december", "retail"], expires="2026-12-31")
add("rt-case-study", "Case study: Northwind Outfitters: texts now 22% of online revenue", "case-study", "An outdoor apparel brand on Shopify Plus added SMS and push beside email in one platform and grew flow revenue 41% in a year.", verticals=["retail"], stages=CS_STAGES, tags=["retail", "apparel", "shopify plus", "sms", "case study"])
add("rt-case-beauty", "Case study: Lumière Beauty: off Mailhaven and live in five weeks", "case-study", "A beauty brand moved 600,000 contacts, templates and flows from Mailhaven and kept its inbox placement through the warm-up.", verticals=["retail"], stages=CS_STAGES, tags=["retail", "beauty", "mailhaven", "migration", "case study"])
add("rt-caso-moda", "Caso de éxito: Moda Olivares: un 18% más de ventas online con SMS y WhatsApp", "case-study", "Una cadena de moda española con 90 tiendas unió email, SMS y WhatsApp y recuperó carritos abandonados en España y México.", verticals=["retail"], stages=CS_STAGES, tags=["español", "spanish", "caso de éxito", "moda", "retail", "whatsapp", "sms", "carritos abandonados"])
# healthcare
add("hc-reminders", "Patient appointment reminders that cut no-shows", "one-pager", "Reminders by text and email from Epic, Oracle Health and athenahealth schedules, confirm or reschedule by reply, waitlist backfill, and the no-show reductions clinics see.", verticals=["healthcare"], tags=["appointment reminders", "no-shows", "patients", "scheduling", "epic", "oracle health", "cerner", "athenahealth", "confirm", "reschedule", "clinics", "dental"])
add("hc-hipaa", "HIPAA at Tidepost: BAA, PHI in messages and minimum-necessary templates", "one-pager", "We sign a business associate agreement; how PHI is protected in our platform, what a reminder text may safely say, patient consent for texts, and our HIPAA safeguards.", verticals=["healthcare"], tags=["hipaa", "baa", "business associate agreement", "phi", "protected health information", "minimum necessary", "patient privacy", "hitech"])
add("hc-baa-snippet", "Reply: our BAA and HIPAA summary", "snippet", "Cover note sending the BAA.", verticals=["healthcare"], stages=["evaluation", "proposal", "negotiation"], tags=["baa", "hipaa", "business associate agreement", "legal"],
    body="Hi {{contact.first_name}},\n\nAttached is our business associate agreement, ready for signature, and a one-page summary of how we protect PHI. We sign the BAA before any patient data is loaded. If your compliance office prefers its own BAA, send it over and we'll review it.\n\n{{rep.name}}")
add("hc-patient-engagement", "Patient engagement: recalls, flu-shot campaigns and portal sign-up", "one-pager", "Recall and preventive-care campaigns, seasonal vaccination outreach, patient-portal activation and post-visit surveys, each with the patient's channel and language.", verticals=["healthcare"], tags=["patient engagement", "recalls", "preventive care", "flu shot", "vaccination", "patient portal", "surveys", "population health"])
add("hc-case-study", "Case study: Cedar Valley Health: no-shows down 31% across 46 clinics", "case-study", "A health system replaced phone-call reminders with two-way texts from Epic and filled cancelled slots from a waitlist.", verticals=["healthcare"], stages=CS_STAGES, tags=["health system", "clinics", "no-shows", "epic", "reminders", "case study"])
add("hc-dental", "Dental and specialty practices: reminders from Dentrix, Open Dental and Eaglesoft", "one-pager", "Reminders, recall and hygiene-visit texts from practice-management systems, two-way rescheduling and review requests for multi-location practices.", verticals=["healthcare"], tags=["dental", "dentists", "dental practices", "dentrix", "open dental", "eaglesoft", "recall", "hygiene", "dso", "specialty practices", "reminders"])
# government
add("gov-alerts", "Tidepost Alert: emergency and community notifications for residents", "one-pager", "Residents opt in by address or ZIP code and language; send evacuation, boil-water and road-closure alerts by text, voice, email and push in minutes, alongside IPAWS and wireless emergency alerts.", verticals=["government"], tags=["emergency alerts", "mass notification", "emergency management", "residents", "citizens", "ipaws", "evacuation", "opt-in by address", "zip code", "community alerts", "tidepost alert"])
add("gov-stateramp", "Government cloud: StateRAMP (GovRAMP) Authorized, US-only data and support", "one-pager", "Our StateRAMP Moderate environment for state and local government, with data and support staff in the US, CJIS-aligned controls and the security package for your CISO.", verticals=["government"], tags=["stateramp", "govramp", "fedramp", "government cloud", "authorization", "us data", "cjis", "public sector security"])
add("gov-accessibility", "Public-sector communications under ADA Title II and Section 508", "one-pager", "What the DOJ's Title II web rule requires of state and local governments' emails and web content, the April 2026 and 2027 deadlines, and our accessibility conformance report (VPAT).", verticals=["government"], tags=["ada title ii", "section 508", "vpat", "acr", "accessibility", "wcag 2.1", "doj rule", "public sector"])
add("gov-pricing", "Public-sector pricing for cities, counties and agencies", "one-pager", "Government pricing by population served, fiscal-year terms and not-to-exceed budgets.", verticals=["government"], stages=["proposal", "negotiation"], tags=["government pricing", "public sector", "pricing", "fiscal year", "population"])
add("gov-coop", "Buying without a new RFP: Sourcewell and OMNIA Partners contracts", "one-pager", "Our current cooperative contracts (Sourcewell #031825-TDP, OMNIA Partners R-2025-207), their pricing schedules, and how agencies and school districts buy through them.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "sourcewell", "omnia partners", "procurement", "piggyback", "contract number"])
add("gov-case-study", "Case study: Marlow County: 140,000 residents alerted in four minutes during the flood", "case-study", "A county replaced its legacy notification system, signed up residents by address in three languages, and reached every affected household when the river crested.", verticals=["government"], stages=CS_STAGES, tags=["county", "emergency management", "flood", "residents", "case study"])
add("gov-service-alerts", "Transit, utility and public-works service alerts", "one-pager", "Route and service-change texts for transit riders, outage and boil-water notices for utility customers, and trash and street-sweeping reminders, by route, address or account.", verticals=["government"], tags=["transit", "utilities", "public works", "service alerts", "outages", "boil water", "riders", "routes", "street sweeping"])
# education
add("edu-enrollment", "Higher education: recruitment and yield journeys by email and text", "one-pager", "Journeys from inquiry to enrolled student with Slate and Salesforce Education Cloud, yield texts to admitted students, FERPA-conscious data handling, and parent communications.", verticals=["education"], tags=["higher education", "admissions", "enrollment", "recruitment", "yield", "slate", "education cloud", "ferpa", "students", "university", "college"])
add("edu-campus-alerts", "Campus alerts: emergency notifications and Clery Act timely warnings", "one-pager", "Emergency notifications and timely warnings to students, staff and parents by text, email and push, with test messages and records for your Clery report.", verticals=["education"], tags=["campus alerts", "clery act", "timely warnings", "emergency notification", "campus safety", "students", "university"])
add("edu-k12", "K-12: attendance, snow days and messages families can read", "one-pager", "District and school messages by text, email and app in the family's home language, attendance notices from your SIS, and closure alerts in minutes.", verticals=["education"], tags=["k-12", "school district", "schools", "parents", "families", "attendance", "snow days", "closures", "sis", "powerschool"])
add("edu-pricing", "Education pricing for districts, colleges and universities", "one-pager", "Discounted pricing per enrolled student or per contact, terms that follow the academic year.", verticals=["education"], stages=["proposal", "negotiation"], tags=["education pricing", "pricing", "discount", "higher education", "k-12", "academic year"])
add("edu-case-study", "Case study: Ridgemont University: yield up six points with texts to admitted students", "case-study", "A university texted admitted students from Slate with deadline reminders and counsellor replies and raised its yield from 24% to 30%.", verticals=["education"], stages=CS_STAGES, tags=["university", "admissions", "yield", "slate", "case study"])
# nonprofit
add("np-fundraising", "Fundraising messaging: giving days, monthly donors, year-end appeals and text-to-give", "one-pager", "Giving Tuesday and year-end sequences, text-to-give keywords, monthly-donor upgrade journeys and donor stewardship by email and text.", verticals=["nonprofit"], tags=["fundraising", "donors", "giving tuesday", "year-end", "text to give", "text-to-donate", "recurring donors", "monthly giving", "appeals", "stewardship", "charity"])
add("np-integrations", "Donor CRM sync: Raiser's Edge NXT, Salesforce Nonprofit Cloud, Bloomerang", "one-pager", "Two-way sync of constituents and gifts, donations made by text recorded in your CRM, and segments by giving history.", verticals=["nonprofit"], tags=["raiser's edge", "raisers edge nxt", "blackbaud", "nonprofit cloud", "npsp", "bloomerang", "donor crm", "gifts", "integration"])
add("np-pricing", "Nonprofit pricing: 30% off for registered charities", "one-pager", "Discounted contact pricing for registered nonprofits, free text-to-give keyword, and grant-ready quotes.", verticals=["nonprofit"], tags=["nonprofit pricing", "discount", "charity", "501(c)(3)", "grants", "pricing"])
add("np-case-study", "Case study: Harbor Light Food Alliance: $1.2M on Giving Tuesday", "case-study", "A food-relief charity added texts to its Giving Tuesday emails and raised 2.4 times the previous year, with 1,900 new monthly donors.", verticals=["nonprofit"], stages=CS_STAGES, tags=["charity", "fundraising", "giving tuesday", "case study"])
add("np-advocacy", "Advocacy: action alerts, petitions and call-your-legislator texts", "one-pager", "Mobilise supporters by text and email with click-to-call and petition links, matched to their legislators by address.", verticals=["nonprofit"], tags=["advocacy", "action alerts", "petitions", "click to call", "legislators", "supporters", "campaigns"])
# financial services
add("fs-finra", "Financial services: FINRA 2210, SEC 17a-4 and supervised messaging", "one-pager", "Pre-approval workflows for retail communications under FINRA Rule 2210, supervision and lexicon review of texts, retention of every email and text under SEC 17a-4 and FINRA 4511, and what the off-channel enforcement cases mean for client texting.", verticals=["financial-services"], tags=["finra", "finra 2210", "sec 17a-4", "finra 4511", "recordkeeping", "record-keeping", "supervision", "off-channel communications", "broker-dealer", "ria", "compliance"])
add("fs-archiving", "Archiving connectors: Smarsh, Global Relay and Proofpoint", "one-pager", "Every email and two-way text captured to your archive in real time, with message content, metadata and attachments.", verticals=["financial-services"], tags=["archiving", "smarsh", "global relay", "proofpoint", "message archive", "retention", "17a-4", "worm"])
add("fs-alerts", "Banking alerts and fraud notifications: fast, secure and GLBA-aware", "one-pager", "Balance, payment and fraud alerts with reply-to-confirm, one-time passcodes, priority routing, and how we handle non-public personal information under GLBA.", verticals=["financial-services"], tags=["banking alerts", "fraud alerts", "glba", "npi", "transaction alerts", "reply to confirm", "credit unions", "banks", "otp"])
add("fs-case-study", "Case study: Summit Federal Credit Union: fraud texts confirmed in 90 seconds", "case-study", "A credit union with 310,000 members moved fraud alerts and member newsletters to Tidepost and cut card-fraud losses 27%.", verticals=["financial-services"], stages=CS_STAGES, tags=["credit union", "fraud alerts", "members", "case study"])
add("fs-insurance", "Insurers: renewals, claims updates and payment reminders by text", "one-pager", "Policy renewal and payment reminders, first-notice-of-loss links and claim status texts, with the consent and record-keeping regulators expect.", verticals=["financial-services"], tags=["insurance", "insurers", "policy renewal", "claims", "fnol", "payment reminders", "agents"])
# hospitality
add("hosp-guest", "Hotel guest messaging: pre-arrival, upsell, check-in and post-stay", "one-pager", "Messages timed from Opera Cloud, Mews or Cloudbeds reservations: pre-arrival offers and upgrades, digital check-in links, texts during the stay and review requests after it.", verticals=["hospitality"], tags=["hotels", "guests", "pre-arrival", "upsell", "upgrades", "check-in", "pms", "opera cloud", "mews", "cloudbeds", "post-stay", "reviews", "resorts"])
add("hosp-restaurant", "Restaurants: reservation reminders, waitlist texts and guest marketing", "one-pager", "Reminders and confirmations from OpenTable, SevenRooms and Resy, waitlist 'your table is ready' texts, and birthday and win-back offers.", verticals=["hospitality"], tags=["restaurants", "reservations", "reservation reminders", "opentable", "sevenrooms", "resy", "waitlist", "dining", "no-shows"])
add("hosp-case-study", "Case study: Saltmarsh Hotels: 14% more upgrades from pre-arrival texts", "case-study", "A group of 22 coastal hotels connected its PMS and sent upgrade offers by text before arrival.", verticals=["hospitality"], stages=CS_STAGES, tags=["hotels", "upsell", "pre-arrival", "case study"])
# manufacturing
add("mfg-dealers", "Manufacturers: dealer and distributor communications", "one-pager", "Newsletters, product launches, recall and service bulletins to dealer networks and installers, with co-branded templates each dealer can send.", verticals=["manufacturing"], tags=["manufacturers", "dealers", "distributors", "dealer network", "installers", "product launch", "service bulletins", "recall", "co-branded", "b2b"])
add("mfg-case-study", "Case study: Brandt Hydraulics: one newsletter program for 1,400 dealers", "case-study", "An equipment maker replaced 30 dealer mailing lists with co-branded campaigns and cut bulletin delivery from days to minutes.", verticals=["manufacturing"], stages=CS_STAGES, tags=["manufacturing", "dealers", "case study"])
# enterprise
add("ent-security-package", "Enterprise security and governance: SSO, SCIM, dedicated tenancy, audit logs", "one-pager", "SAML SSO and SCIM provisioning, exportable audit logs, IP allow-lists, a dedicated tenant option, custom data retention and a named security contact.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["enterprise", "security", "sso", "saml", "scim", "audit logs", "dedicated tenant", "ip allowlist", "retention"])
add("ent-multibrand", "Many brands and countries: workspaces, shared templates and central governance", "one-pager", "Workspaces per brand or country with central templates, suppression lists and approvals, and billing rolled up to one contract.", verticals=["enterprise"], tags=["multi-brand", "brands", "countries", "workspaces", "governance", "global", "centre of excellence"])
add("ent-case-study", "Case study: Kestrel Brands: 14 brands, 30 countries, one messaging platform", "case-study", "A consumer-goods group consolidated four ESPs and two SMS tools onto Tidepost and cut messaging costs 35%.", verticals=["enterprise"], stages=CS_STAGES, tags=["global", "consumer goods", "multi-brand", "consolidation", "case study"])
# mid-market
add("mm-growth", "Growth plan for marketing teams of two to ten", "one-pager", "A plan built for mid-sized companies: all channels, Flows, a shared onboarding specialist and annual pricing that steps with your contacts.", verticals=["mid-market"], stages=PIPE, tags=["growth plan", "mid-market", "pricing", "annual", "plan"])
add("mm-case-study", "Case study: Brightline Fitness: 64 clubs, member churn down 9%", "case-study", "A fitness club chain moved from separate email and SMS tools and used churn scores to win back lapsing members.", verticals=["mid-market"], stages=CS_STAGES, tags=["fitness", "members", "churn", "win-back", "case study"])
# smb
add("smb-starter", "Tidepost Starter: free up to 1,000 contacts, monthly plans after that", "one-pager", "Email and texts for small businesses: free to start, monthly billing with no contract, templates and a welcome flow ready to go.", verticals=["smb"], tags=["starter", "small business", "free plan", "monthly", "no contract", "pricing", "self-serve"])
add("smb-case-study", "Case study: Hollow Oak Bakery: weekend pre-orders by text", "case-study", "A three-shop bakery sends a Thursday text and sells out its weekend pre-orders.", verticals=["smb"], stages=CS_STAGES, tags=["small business", "local business", "sms", "case study"])
add("smb-video", "Video: your first campaign and text in 15 minutes", "video", "An owner imports contacts, picks a template and sends an email and a text.", verticals=["smb"], tags=["video", "getting started", "small business", "tutorial"])
# media (the library's own vertical)
add("media-newsletters", "Publishers: newsletters at scale and subscription journeys", "one-pager", "Dozens of newsletters from your CMS feeds, sign-up walls, trial-to-paid and paywall journeys, churn save flows and newsletter ad slots.", verticals=["media"], tags=["publishers", "newsletters", "newsroom", "subscriptions", "paywall", "trial", "digital subscriptions", "cms", "ad slots", "audience"])
add("media-breaking-push", "Breaking-news push: five million devices in under a minute", "one-pager", "Push by topic and region to app and browser subscribers, sent from the newsroom's CMS in one click, with delivery speed monitored per alert.", verticals=["media"], tags=["breaking news", "news alerts", "push", "app", "topics", "newsroom", "editors", "speed", "publishers"])
add("media-pricing", "Publisher pricing: high-volume newsletter tiers", "one-pager", "Pricing per thousand sends for daily newsletters instead of per contact, with push included.", verticals=["media"], stages=["proposal", "negotiation"], tags=["publisher pricing", "per thousand", "cpm", "newsletters", "pricing", "volume"])
add("media-case-study", "Case study: The Harbor Ledger: 38,000 new digital subscribers from newsletters", "case-study", "A regional daily moved 40 newsletters to Tidepost, added a trial-to-paid journey and breaking-news push, and doubled newsletter-driven subscriptions.", verticals=["media"], stages=CS_STAGES, tags=["newspaper", "newsletters", "subscriptions", "push", "case study"])

# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-omnicast-2027", "Battlecard: Tidepost vs Omnicast (2027 refresh, DRAFT)", "battlecard", "Updated positioning after Omnicast's bundled SMS announcement.", stages=PIPE, tags=["omnicast", "competitor", "battlecard", "marketing cloud"], status="draft")
add("draft-copilot", "Tidepost Copilot: generative AI that writes your campaigns (launch February 2027, DRAFT)", "one-pager", "Announcement copy for the AI writing assistant.", tags=["ai", "copilot", "generative ai", "content", "launch"], status="draft")
add("draft-rcs-launch", "RCS Business Messaging is here: branded, verified texts (DRAFT)", "one-pager", "Launch one-pager for RCS in the US.", tags=["rcs", "rich messaging", "launch", "sms"], status="draft")
add("draft-hc-telehealth", "Telehealth visit links by text (DRAFT)", "one-pager", "Sending video-visit links and pre-visit forms by text.", verticals=["healthcare"], tags=["telehealth", "video visits", "patients", "reminders", "hipaa"], status="draft")
add("draft-it-panoramica", "Tidepost in breve: email, SMS e push da un'unica piattaforma (BOZZA)", "one-pager", "Panoramica in italiano, in revisione.", tags=["italiano", "italian", "panoramica", "piattaforma", "sms", "email"], status="draft")
add("retired-bc-mailhaven-2024", "Battlecard: Tidepost vs Mailhaven (2024)", "battlecard", "Positioning against Mailhaven from before its 2025 plans.", stages=PIPE, tags=["mailhaven", "competitor", "battlecard"], status="retired", updated=OLD)
add("retired-pricing-2024", "Pricing 2024: per email sent", "one-pager", "Our former pricing per thousand emails sent.", stages=PIPE, tags=["pricing", "per email", "price", "cost"], status="retired", updated=OLD)
add("retired-tcpa-2024", "Get ready for the FCC's one-to-one consent rule (January 2025)", "one-pager", "Preparing lead forms for the one-to-one consent rule, which was vacated before it took effect.", tags=["tcpa", "one-to-one consent", "fcc", "lead generation", "consent"], status="retired", updated=OLD)
add("retired-gmail-2024", "Gmail and Yahoo's February 2024 changes: what bulk senders must do by then", "one-pager", "The original announcement-era guide to the 2024 sender requirements.", tags=["gmail", "yahoo", "dmarc", "bulk senders", "deliverability", "february 2024"], status="retired", updated="2023-11-02T10:00:00Z")
add("retired-shopify-v1", "Shopify private app (legacy v1) setup guide", "one-pager", "Installing the legacy private app with API keys, before the public Tidepost app.", tags=["shopify", "private app", "legacy", "integration", "setup"], status="retired", updated="2022-06-14T10:00:00Z")
add("retired-shared-shortcode", "Shared short code program: start texting today", "one-pager", "Sending on our shared short code with your keyword, withdrawn after carriers ended shared short codes.", tags=["short code", "shared short code", "sms", "keywords"], status="retired", updated="2021-03-01T10:00:00Z")
add("promo-switch-q3-2026", "Switch offer: three months free when you leave Mailhaven or Textlyne", "one-pager", "Three months at no charge on annual agreements signed by September 30, 2026 that replace Mailhaven or Textlyne.", stages=["proposal", "negotiation"], tags=["promotion", "switch offer", "mailhaven", "textlyne", "discount", "free months"], expires="2026-09-30")
add("tp-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "security", "audit report"], expires="2026-03-31", updated="2025-04-20T09:00:00Z")
add("gov-naspo-2021", "NASPO ValuePoint contract 2021-2026: how to buy", "one-pager", "Buying Tidepost through our 2021 NASPO ValuePoint participating addenda.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["naspo valuepoint", "cooperative contract", "procurement"], expires="2026-06-30", updated="2021-07-01T09:00:00Z")
add("webinar-bfcm-live-2026", "Live webinar: SMS prep for Black Friday (Nov 12, 2026)", "link", "Registration for the live session on holiday SMS capacity and list warm-up.", verticals=["retail"], tags=["webinar", "black friday", "bfcm", "sms", "holiday", "registration"], expires="2026-11-12")
add("webinar-ada-live-2026", "Live webinar: ADA Title II and accessible public communications (Nov 19, 2026)", "link", "Registration for the live session with a former DOJ accessibility attorney.", verticals=["government"], tags=["webinar", "ada title ii", "accessibility", "registration", "public sector"], expires="2026-11-19")
add("np-givingtuesday-2025", "Giving Tuesday 2025 toolkit", "one-pager", "Timeline, templates and text-to-give setup for Giving Tuesday, December 2, 2025.", verticals=["nonprofit"], tags=["giving tuesday", "toolkit", "fundraising", "text to give"], expires="2025-12-31", updated="2025-09-15T09:00:00Z")
add("rt-holiday-2025", "Holiday 2025 playbook: Black Friday to Boxing Day", "one-pager", "Last year's send calendar and SMS capacity plan.", verticals=["retail"], tags=["holiday", "black friday", "bfcm", "peak season", "retail"], expires="2026-01-15", updated="2025-09-01T09:00:00Z")
add("carrier-fees-2025", "US carrier fees for 10DLC and toll-free traffic, 2025 schedule", "one-pager", "The per-message carrier surcharges in effect during 2025.", tags=["10dlc", "carrier fees", "surcharges", "toll-free", "t-mobile", "at&t", "verizon"], expires="2025-12-31", updated="2025-01-10T09:00:00Z")
add("promo-hc-baa-2026", "Healthcare offer: free implementation for reminder programs signed by October 31, 2026", "one-pager", "QuickStart implementation at no charge for new appointment-reminder customers.", verticals=["healthcare"], stages=["proposal", "negotiation"], tags=["promotion", "healthcare", "reminders", "implementation", "free"], expires="2026-10-31")

TRAPS = [i["id"] for i in ITEMS if i["status"] != "approved" or i.get("expires", "9999") <= NOW]


# ---------------------------------------------------------------- cases
CASES, VERTICAL, _case = cases()
_n = [0]


def case(kind, note, context, relevant, **kw):
    """Append the next case, numbered w01, w02, ... in the order written."""
    _n[0] += 1
    _case(f"w{_n[0]:02d}", kind, note, context, relevant, **kw)


# Other verticals' case studies and pricing: never shown when the prospect's own vertical (or general content) answers.
INDUSTRY_CS = {"retail": ["rt-case-study", "rt-case-beauty", "rt-caso-moda"], "healthcare": "hc-case-study", "government": "gov-case-study",
               "education": "edu-case-study", "nonprofit": "np-case-study", "financial-services": "fs-case-study",
               "hospitality": "hosp-case-study", "manufacturing": "mfg-case-study", "media": "media-case-study"}
SIZE_CS = {"enterprise": "ent-case-study", "mid-market": "mm-case-study", "smb": "smb-case-study"}
INDUSTRY_PRICING = {"government": "gov-pricing", "education": "edu-pricing", "nonprofit": "np-pricing", "media": "media-pricing"}


def other_cs(mine):
    """Other industries' case studies; for a prospect judged by size, the other sizes' too (an industry
    prospect's size is unknown, so size-based items are never forbidden to it)."""
    out = others(INDUSTRY_CS, mine)
    if mine in SIZE_CS:
        out += others(SIZE_CS, mine)
    return out


def other_pricing(mine):
    return others(INDUSTRY_PRICING, mine)


NADIA = "Nadia Brandt | Account Executive, Retail & Consumer | Tidepost\nnadia.brandt@tidepost.example | +1 (646) 555-0132"
MARCUS = "Marcus Levy | Account Executive, Public Sector & Education | Tidepost\nmarcus.levy@tidepost.example | +1 (512) 555-0177"
PRIYA = "Priya Raman | Account Executive, Healthcare & Financial Services | Tidepost\npriya.raman@tidepost.example | +1 (617) 555-0119"
ELLIE = "Ellie Sato | Account Executive, Commercial | Tidepost\nellie.sato@tidepost.example | +1 (303) 555-0164"
OWEN = "Owen Price | Account Executive, Publishers & Nonprofits | Tidepost\nowen.price@tidepost.example | +1 (202) 555-0148"
GRACE = "Grace Holloway | Enterprise Account Executive | Tidepost\ngrace.holloway@tidepost.example | +1 (415) 555-0105"
JONAS = "Jonas Weber | Account Executive DACH | Tidepost GmbH\njonas.weber@tidepost.example | +49 89 5555 0142"
CLAIRE = "Claire Dubois | Account Executive France & Benelux | Tidepost SAS\nclaire.dubois@tidepost.example | +33 1 55 55 01 27"
TOMAS = "Tomás Ferrer | Account Executive Iberia & LATAM | Tidepost\ntomas.ferrer@tidepost.example | +34 91 555 0163"

# ================================================================ thread (12): mail threads, most with two or three asks
case("thread", "DTC apparel brand on Shopify Plus runs Mailhaven for email and Textlyne for SMS; three numbered asks after the demo: one abandoned-checkout flow across email and text pulling the cart from Shopify, rough pricing for 180k contacts and 350-400k texts a month, and how SMS consent from checkout is captured and proven under the TCPA",
     mail("hannah.cole@fernhillsupply.com", "Hannah Cole", "Re: Tidepost demo follow-up",
          "Hi Nadia,\n\nThanks again for Thursday, the team liked seeing the cart flow with the text step. Some context before our internal review on Dec 3: we're on Shopify Plus, Mailhaven does our email and Textlyne our texts, and the two never agree on who is subscribed to what.\n\n"
          "Three things I need from you:\n"
          "1. Can one flow do abandoned checkout as email first and then a text if they don't open, pulling the cart contents straight from Shopify? Right now we glue it together with Zapier.\n"
          "2. Rough pricing for about 180k email contacts and somewhere between 350k and 400k texts a month (US only).\n"
          "3. Our outside counsel keeps asking how SMS consent collected at checkout is captured and proven if we ever get a TCPA demand letter. How do you store it?\n\n"
          "If I can get these by Tuesday I can put you on the agenda.\n\nCheers,\nHannah\n\n"
          "Hannah Cole\nHead of Retention, Fernhill Supply Co.\nfernhillsupply.com | @fernhillsupply",
          company="Fernhill Supply Co."),
     {"tp-shopify": 3, "tp-pricing": 3, "tp-tcpa": 2, "rt-ecommerce": 1},
     forbidden=["retired-shopify-v1", "retired-pricing-2024", "promo-switch-q3-2026", "retired-tcpa-2024"] + other_cs("retail"), vertical="retail")

case("thread", "clinic network's patient-access director (32 clinics on Epic, 18% no-shows): will you sign a BAA, what can a reminder text say without exposing PHI, and can patients reply C to confirm or R to reschedule",
     mail("mwhitaker@lakeshorefm.org", "Monica Whitaker", "Reminder texts - a few questions before Friday",
          "Hi Priya,\n\nGood talking Tuesday. I briefed our CMO and compliance officer and they're supportive, with conditions.\n\n"
          "Our no-show rate is running about 18% across the 32 clinics and the phone reminders our front desk makes just aren't happening on busy days. Before we go further, compliance wants to know:\n\n"
          "- Will Tidepost sign our BAA (or do you have your own)?\n"
          "- What exactly can the text say? Our privacy officer is nervous about provider names and visit types showing on a lock screen.\n"
          "- Can patients text back C to confirm or R to reschedule, and does that go back into Epic somehow, or at least to a person?\n\n"
          "Thanks,\nMonica\n\n"
          "Monica Whitaker\nDirector, Patient Access\nLakeshore Family Medicine\nThis message may contain confidential information intended only for the addressee.",
          company="Lakeshore Family Medicine"),
     {"hc-reminders": 3, "hc-hipaa": 3, "hc-baa-snippet": 2, "tp-two-way-sms": 2},
     forbidden=["draft-hc-telehealth", "promo-hc-baa-2026"] + other_cs("healthcare"), vertical="healthcare")

case("thread", "county emergency-management coordinator after a wildfire evacuation: residents must opt in by address, alerts in English, Spanish and Vietnamese, 200,000 texts out within minutes, and the county CISO asks about StateRAMP; a campus-alerts sheet for universities is a look-alike of another vertical",
     mail("dtran@harlowcounty.gov", "David Tran", "After-action: resident notifications",
          "Marcus,\n\nThanks for your patience, it's been a long month. Our after-action review on the Pine Gulch fire came back and the public notification piece was the worst-rated item. The old system only had landlines and people who signed up in 2015.\n\n"
          "What the board wants by January:\n"
          "- residents sign up by their home address so we can target evacuation zones, not the whole county\n"
          "- messages in English, Spanish and Vietnamese, at minimum\n"
          "- we need to reach ~200,000 cell phones within a few minutes, not the 40 minutes it took in September\n\n"
          "Our CISO will also ask whether you're StateRAMP authorized; she won't look at anything that isn't.\n\n"
          "David Tran\nEmergency Management Coordinator\nHarlow County Office of Emergency Management\n(541) 555-0190",
          company="Harlow County"),
     {"gov-alerts": 3, "tp-multilingual": 2, "tp-throughput": 2, "gov-stateramp": 2},
     forbidden=["edu-campus-alerts"] + other_cs("government"), vertical="government")

case("thread", "animal-rescue charity's digital fundraising manager, nine days before Giving Tuesday: can a text-to-give keyword be live by then, do gifts sync into Raiser's Edge NXT, and is there a nonprofit discount",
     mail("lena.park@riverbendrescue.org", "Lena Park", "Giving Tuesday - is this realistic?",
          "Hi Owen,\n\nOK, honest question: Giving Tuesday is December 1 and our board chair just asked why we don't do text-to-give like the humane society across the river. Could we have a keyword live by then, or is that crazy?\n\n"
          "Two other things our ED will ask: do the gifts land in Raiser's Edge NXT automatically (our gift processor will mutiny if it's another spreadsheet), and do you have nonprofit pricing? We're a 501(c)(3) with about 40,000 supporters on our list.\n\n"
          "Thank you!!\nLena\n\n"
          "Lena Park | Digital Fundraising Manager\nRiverbend Animal Rescue\nEvery animal deserves a home. 🐾",
          company="Riverbend Animal Rescue"),
     {"np-fundraising": 3, "np-integrations": 3, "np-pricing": 2, "np-case-study": 1},
     forbidden=["np-givingtuesday-2025"] + other_pricing("nonprofit") + other_cs("nonprofit"), vertical="nonprofit")

case("thread", "wealth-management firm's chief compliance officer before marketing may text clients: are texts archived to Smarsh or Global Relay under SEC 17a-4, can every message be pre-approved under FINRA 2210, and the current SOC 2",
     mail("rkessler@ashgroveadvisors.com", "Ruth Kessler", "RE: Client texting - compliance requirements",
          "Priya,\n\nMarketing forwarded your proposal. I'm not against texting clients, but after the off-channel fines at the big firms I need three things in writing before I sign off:\n\n"
          "1. Every text, inbound and outbound, archived to our Smarsh instance, in a form that meets 17a-4.\n"
          "2. A workflow where compliance approves any template or campaign before it goes out, and our reviewers' approval is kept with what was sent (FINRA 2210).\n"
          "3. Your current SOC 2 Type II report.\n\n"
          "Regards,\nRuth Kessler\nChief Compliance Officer\nAshgrove Advisors LLC | Member FINRA/SIPC\n\n"
          "Securities offered through Ashgrove Securities LLC, member FINRA/SIPC. This communication is for the intended recipient only and may be monitored and archived.",
          company="Ashgrove Advisors"),
     {"fs-finra": 3, "fs-archiving": 3, "tp-roles": 2, "tp-soc2-2026": 2},
     forbidden=["tp-soc2-2025"] + other_cs("financial-services"), vertical="financial-services")

case("thread", "university's associate VP of enrollment: text admitted students from Slate during yield season, the registrar's FERPA question, and higher-ed pricing",
     mail("jmorales@coastalstate.edu", "Jorge Morales", "Texting admitted students",
          "Hi Marcus,\n\nFollowing up on the conference chat in Denver. We admit about 14,000 students a year and our yield has slipped three years running. Counselors text from their own phones today, which our registrar hates.\n\n"
          "What I'd want to see: texts and emails to admits driven from Slate (deposit deadlines, housing, orientation), replies going to the right counselor, and something for the registrar on how you handle FERPA. And roughly what this costs for a public university; budget requests are due in January.\n\n"
          "Jorge Morales\nAssociate Vice President, Enrollment Management\nCoastal State University",
          company="Coastal State University"),
     {"edu-enrollment": 3, "edu-case-study": 2, "edu-pricing": 2, "tp-two-way-sms": 1},
     forbidden=other_pricing("education") + other_cs("education"), vertical="education")

case("thread", "boutique hotel group on Mews, many European guests: pre-arrival upgrade offers timed from reservations, WhatsApp rather than SMS for European guests, and GDPR for guests' numbers (an RCS launch sheet is a draft)",
     mail("sofia.lind@norrhotels.com", "Sofia Lind", "Guest messaging for our 11 hotels",
          "Hi Ellie,\n\nWe run 11 boutique hotels (Copenhagen, Stockholm, Lisbon, and four in New England), all on Mews. Most of our revenue from upgrades comes from the front desk at check-in, which is too late.\n\n"
          "Could your platform send pre-arrival messages a few days before the stay with room upgrades and breakfast, based on the Mews reservation? And for our European guests, SMS looks a bit old-fashioned; can these go by WhatsApp instead?\n\n"
          "Lastly our DPO will want to know how guests' phone numbers are handled under GDPR.\n\nBest,\nSofia\n\nSofia Lind\nCommercial Director, Norr Hotels",
          company="Norr Hotels"),
     {"hosp-guest": 3, "tp-whatsapp": 3, "tp-gdpr": 2, "hosp-case-study": 1},
     forbidden=["draft-rcs-launch"] + other_cs("hospitality"), vertical="hospitality")

case("thread", "regional newspaper's audience director: 40 newsletters on Mailhaven, a trial-expiry journey for the paywall, and breaking-news push for the app; a 2024 Mailhaven battlecard is retired",
     mail("tbeaumont@harborcitydaily.com", "Teresa Beaumont", "Newsletters + push",
          "Owen,\n\nWe publish 40 newsletters (morning briefing, high school sports, food, politics...) to about 300,000 readers out of Mailhaven, and our editors build each one by copy-pasting from the CMS. Two things I want to fix in 2027:\n\n"
          "1) People who start a 30-day digital trial get nothing from us until the renewal bill. I want a journey that gets them reading and converts them before day 30.\n"
          "2) Our app's breaking-news alerts go out through a homegrown script that takes 6-7 minutes to reach everyone. On election night that's forever.\n\n"
          "And realistically, how painful is it to get 40 newsletters and their lists out of Mailhaven?\n\n"
          "Teresa Beaumont\nDirector of Audience Development\nHarbor City Daily",
          company="Harbor City Daily"),
     {"media-newsletters": 3, "media-breaking-push": 3, "tp-migrate-mailhaven": 2, "media-case-study": 1},
     forbidden=["retired-bc-mailhaven-2024"] + other_cs("media"), vertical="media")

case("thread", "global consumer-goods group's IT security lead relays procurement's checklist: SAML SSO and SCIM, EU customer data in the EU, the ISO 27001 certificate, and the DPA",
     mail("k.osei@valmontgroup.com", "Kwame Osei", "Vendor onboarding checklist - Tidepost",
          "Hi Grace,\n\nProcurement has moved Tidepost into vendor onboarding for the brands pilot. From the IT security side, I need the following before our architecture board on the 9th:\n\n"
          "- SAML SSO with Entra ID and SCIM provisioning; no local accounts\n"
          "- Confirmation that data of EU consumers (our 9 European markets) is stored and processed in the EU\n"
          "- Your ISO 27001 certificate with its scope\n"
          "- Your DPA, so legal can compare it to ours\n\n"
          "Kind regards,\nKwame Osei\nLead, Third-Party Security\nValmont Group plc\n\n"
          "This e-mail and any attachments are confidential and intended solely for the addressee. Valmont Group plc, registered in England and Wales.",
          source="outlook", company="Valmont Group"),
     {"ent-security-package": 3, "tp-data-residency": 3, "tp-iso27001-cert": 2, "tp-dpa-snippet": 2},
     forbidden=["tp-soc2-2025", "smb-starter", "mm-growth"] + other_cs("enterprise"), vertical="enterprise")

case("thread", "yoga studio owner, lower-case and chatty: is there a free plan, can she text members class reminders, and can she bring her list over from Mailhaven",
     mail("jess@brightmatyoga.com", "Jess Alvarez", "question from a tiny studio",
          "hi! found you on instagram. i run a yoga studio (2 locations, about 900 people on my list) and i'm paying mailhaven every month for emails nobody opens lol. couple questions:\n\n"
          "is there a free plan or something cheap for small businesses?\ncan i text people reminders before class? like 2 hrs before\nhow hard is it to move my list from mailhaven, i'm not techy\n\nthanks so much!!\njess\nBrightmat Yoga",
          company="Brightmat Yoga"),
     {"smb-starter": 3, "tp-migrate-mailhaven": 2, "tp-sms": 1, "smb-video": 1},
     forbidden=["retired-pricing-2024", "retired-shared-shortcode", "mm-growth"] + other_pricing("smb") + other_cs("smb"), vertical="smb")

case("thread", "HR-software company (350 staff) whose product emails started landing in Gmail spam: 0.4% spam rate in Postmaster Tools, no DMARC, no one-click unsubscribe; they want a dedicated IP and someone to help (a 2024 Gmail guide is retired)",
     mail("owen.marsh@payroster.io", "Owen Marsh", "Deliverability is on fire",
          "Hi Ellie,\n\nI'll skip the niceties: since about October a big share of our emails to Gmail users goes to spam. Postmaster Tools shows a spam rate around 0.4%, we never set up DMARC properly, and our newsletter doesn't have one-click unsubscribe. Our current ESP shrugs.\n\n"
          "If we move to you, do we get our own IP, and how do you warm it up without making things worse? And is there someone who can actually look at our setup with us? We send about 2M emails a month.\n\n"
          "Owen Marsh\nDirector of Lifecycle Marketing, PayRoster\nPayRoster Inc. · 350 people · Austin, TX",
          company="PayRoster"),
     {"tp-sender-rules": 3, "tp-deliverability": 3, "tp-ip-warmup": 2, "tp-deliverability-services": 2},
     forbidden=["retired-gmail-2024"], vertical="mid-market")

case("thread", "regional transit authority's communications manager: rider emails and texts must meet the DOJ Title II rule (WCAG 2.1 AA) by the deadline, an accessibility conformance report for procurement, and route-level service-change alerts (an expired live ADA webinar)",
     mail("abenoit@metrolinktransit.org", "Anne Benoit", "Accessibility requirements + service alerts",
          "Good morning Marcus,\n\nOur legal counsel reminded us this week that the DOJ's Title II rule applies to our rider communications as well as the website, and that we're in the April 2027 group. Two requests:\n\n"
          "1. How do your templates and editor make sure what we send meets WCAG 2.1 AA? Procurement will want your ACR/VPAT.\n"
          "2. We want riders to subscribe to the routes they use and get service-change and detour alerts only for those.\n\n"
          "Thank you,\nAnne Benoit\nManager, Customer Communications\nMetrolink Regional Transit Authority",
          company="Metrolink Regional Transit Authority"),
     {"gov-accessibility": 3, "tp-accessibility": 3, "gov-service-alerts": 3, "gov-alerts": 1},
     forbidden=["webinar-ada-live-2026"] + other_cs("government"), vertical="government")

# ================================================================ longthread (6): quoted history, signatures, disclaimers; the ask only in the latest message
GROCER_HISTORY = ("On Mon, Nov 9, 2026 at 4:02 PM Nadia Brandt <nadia.brandt@tidepost.example> wrote:\n"
    + quote("Hi Carla,\n\nAttached is the pricing for 1.1M contacts we discussed, with SMS at our published rates. I also mentioned our Q3 switch offer on the call; let me check whether we can still honour it.\n\nOn Omnicast: I know the renewal is due in April. Happy to show side by side what your team would stop paying for.\n\n" + NADIA + "\n\n"
            "On Thu, Nov 5, 2026 at 11:40 AM Carla Mendes <cmendes@freshwaymarkets.com> wrote:\n"
            + quote("Nadia, please send pricing for the loyalty email program; we're comparing against our Omnicast renewal.\n\nCarla")))
case("longthread", "grocery chain's e-commerce lead: the quoted history is about pricing, an Omnicast renewal and an expired switch offer; the latest message asks only whether ready-for-pickup texts can fire from their order system for curbside orders",
     mail("cmendes@freshwaymarkets.com", "Carla Mendes", "Re: Tidepost pricing",
          "Hi Nadia,\n\nFinance is still chewing on the numbers, so park pricing for now. Something else came up in our ops meeting: curbside pickup customers get no text when their order is ready, they sit in the lot and call the store. Could your system text them the moment the order system (Manhattan Active Omni) marks an order ready for pickup, with their parking spot number?\n\n"
          "Carla\n\nCarla Mendes\nDirector, E-commerce & Loyalty\nFreshway Markets | 118 stores\n\n" + GROCER_HISTORY,
          company="Freshway Markets"),
     {"rt-stores": 3, "tp-transactional": 2, "tp-sms": 1},
     forbidden=["promo-switch-q3-2026"] + other_cs("retail"), vertical="retail")

HOSPITAL_HISTORY = ("From: Priya Raman <priya.raman@tidepost.example>\nSent: Wednesday, November 11, 2026 9:15 AM\nTo: Kevin Burke <kburke@stcolumba.org>\nSubject: RE: Appointment reminders - next steps\n\n"
    "Hi Kevin,\n\nGreat call. As discussed, reminders would go out 72 and 24 hours before each visit from your Epic Cadence schedules, with confirm and cancel by reply. I'll send the BAA once legal is engaged.\n\n" + PRIYA + "\n\n"
    "From: Kevin Burke <kburke@stcolumba.org>\nSent: Monday, November 9, 2026 2:30 PM\nTo: Priya Raman <priya.raman@tidepost.example>\nSubject: Appointment reminders - next steps\n\n"
    "Priya, we'd like to move forward with a pilot in our outpatient imaging and cardiology clinics. Can we talk Wednesday?\n\nKevin")
case("longthread", "hospital's patient-experience director (Outlook, disclaimer, quoted history about reminders and the BAA): the latest message says IS security will not start its review without the current SOC 2 report and pen-test summary, plus their standard questionnaire",
     mail("kburke@stcolumba.org", "Kevin Burke", "RE: Appointment reminders - next steps",
          "Priya,\n\nQuick update. Information Security has put us in the queue for vendor review but won't start until they have your current SOC 2 Type II report and the summary of your last penetration test. They'll also send you their questionnaire (it's HECVAT-style, about 200 questions). Can you get the reports to me by Friday?\n\n"
          "Kevin Burke\nDirector, Patient Experience\nSt. Columba Medical Center\n\n"
          "CONFIDENTIALITY NOTICE: This email, including attachments, may contain protected health information and is intended only for the recipient(s) named above. If you received it in error, notify the sender and destroy all copies.\n\n"
          + HOSPITAL_HISTORY,
          source="outlook", company="St. Columba Medical Center"),
     {"tp-soc2-2026": 3, "tp-security": 2, "tp-security-questionnaire": 2, "hc-hipaa": 1},
     forbidden=["tp-soc2-2025", "draft-hc-telehealth"] + other_cs("healthcare"), vertical="healthcare")

case("longthread", "credit union's VP of marketing forwards the rep's earlier mail to the CEO and back (forwarded headers, quoted fraud-alert discussion); the latest message asks only for references from other credit unions before Tuesday's board meeting",
     mail("dlopez@pinecrestfcu.org", "Diana Lopez", "Fwd: RE: Fraud alerts + member newsletter",
          "Hi Priya, adding to the thread below. Our CEO is bringing this to the board on Tuesday and the first thing they'll ask is who else like us uses you. Could you send me a couple of credit union references, ideally someone our size (~150k members) who'd take a call?\n\nThanks,\nDiana\n\n"
          "Diana Lopez\nVP, Marketing & Member Experience\nPinecrest Federal Credit Union\nFederally insured by NCUA. Equal Housing Opportunity.\n\n"
          "---------- Forwarded message ---------\nFrom: Mark Hensley <mhensley@pinecrestfcu.org>\nDate: Fri, Nov 20, 2026 at 5:12 PM\nSubject: RE: Fraud alerts + member newsletter\nTo: Diana Lopez <dlopez@pinecrestfcu.org>\n\n"
          "Diana, I like it. The fraud-alert piece alone could pay for it. Let's take it to the board.\nMark\n\n"
          "---------- Forwarded message ---------\nFrom: Priya Raman <priya.raman@tidepost.example>\nDate: Thu, Nov 19, 2026 at 10:03 AM\nSubject: Fraud alerts + member newsletter\nTo: Diana Lopez <dlopez@pinecrestfcu.org>\n\n"
          "Hi Diana,\n\nRecap of our call: card fraud alerts with reply Y/N to confirm, one-time passcodes for online banking, and the monthly member newsletter moved off your current ESP. Pricing to follow.\n\n" + PRIYA,
          company="Pinecrest Federal Credit Union"),
     {"fs-case-study": 3, "tp-references": 3, "fs-alerts": 1},
     forbidden=other_cs("financial-services"), vertical="financial-services")

case("longthread", "school district's communications director: long history about snow-day calls and Spanish-speaking families; the latest message asks whether purchasing can piggyback on a cooperative contract instead of an RFP (she names NASPO, whose contract expired) and for district pricing",
     mail("rgreene@millbrookschools.org", "Rachel Greene", "Re: Snow days and family messaging",
          "Marcus, thanks for the demo recording, the superintendent watched it. Our purchasing office says we don't have to run a full RFP if we buy through a cooperative contract we already belong to; I think they mentioned NASPO or Sourcewell? Could you send whatever they'd need, and the pricing for a district our size (9,500 students)?\n\nRachel\n\n"
          "Rachel Greene\nDirector of Communications\nMillbrook Unified School District\n\n"
          "On Tue, Nov 17, 2026 at 3:44 PM Marcus Levy <marcus.levy@tidepost.example> wrote:\n"
          + quote("Hi Rachel,\n\nHere's the recording. The part on translated messages starts at 14:20: each family gets the message in the language set in PowerSchool, and snow-day alerts go out as text, call and email at once.\n\n" + MARCUS + "\n\n"
                  "On Mon, Nov 16, 2026 at 8:05 AM Rachel Greene <rgreene@millbrookschools.org> wrote:\n"
                  + quote("Marcus, last winter our robocall system took 50 minutes to call everyone about a snow day, and 30% of our families prefer Spanish. Can you send the demo recording?\n\nRachel")),
          company="Millbrook Unified School District"),
     {"gov-coop": 3, "edu-pricing": 3, "edu-k12": 1},
     forbidden=["gov-naspo-2021", "gov-pricing"] + other_cs("education"), vertical="education")

case("longthread", "environmental charity's membership manager: quoted history about year-end appeals; the latest message, above a long signature and legal footer, asks what changes for their Canadian supporters under CASL and how consent and its expiry are tracked",
     mail("asingh@greenwaterstrust.org", "Amrit Singh", "Re: Year-end appeal plan",
          "Hi Owen,\n\nOne thing I forgot on the call: about a fifth of our supporters live in Canada (the Great Lakes programs). Our Toronto office says CASL is stricter than what we do in the US, especially for people who gave once years ago. How would Tidepost handle that? We'd need to know which Canadians we may still email and which consent has lapsed.\n\n"
          "Warm regards,\nAmrit\n\n"
          "Amrit Singh (he/him)\nMembership & Supporter Care Manager\nGreenwaters Trust\n1200 Lakeshore Ave, Cleveland, OH | 40 Bloor St W, Toronto, ON\n"
          "Greenwaters Trust is a 501(c)(3) organisation (EIN 34-5550123) and a registered Canadian charity (BN 85555 0123 RR0001).\n"
          "You are receiving this email because you are a valued partner of Greenwaters Trust. To manage your preferences, visit greenwaterstrust.org/preferences.\n\n"
          "On Wed, Nov 18, 2026 at 1:10 PM Owen Price <owen.price@tidepost.example> wrote:\n"
          + quote("Amrit,\n\nThanks for walking me through the year-end plan: three emails from Dec 1, a text on Dec 31 to recent donors, and a matching-gift push on the 29th. I'll send a draft flow.\n\n" + OWEN),
          company="Greenwaters Trust"),
     {"tp-casl": 3, "tp-preference-center": 2, "np-fundraising": 1},
     forbidden=["np-givingtuesday-2025"] + other_cs("nonprofit"), vertical="nonprofit")

case("longthread", "hotel group's marketing director: quoted history about guest pre-arrival texts; the latest message says the GM wants the same for the group's six restaurants: reservation reminders from SevenRooms and texts when a waitlisted table is ready (a healthcare appointment-reminder sheet is another vertical's look-alike)",
     mail("pgallo@bayviewhospitality.com", "Paolo Gallo", "Re: Pre-arrival messaging pilot",
          "Ellie, one more wrinkle. Our GM at the Harbor property asked if this would work for our six restaurants too: reminders for reservations that come in through SevenRooms (we eat a lot of no-shows on Fridays) and a text to people on the waitlist when their table is ready. Possible in the same contract?\n\nPaolo\n\n"
          "Paolo Gallo | Director of Marketing | Bayview Hospitality Group\n\n"
          "-----Original Message-----\nFrom: Ellie Sato <ellie.sato@tidepost.example>\nSent: Thursday, November 19, 2026 11:21 AM\nTo: Paolo Gallo\nSubject: Pre-arrival messaging pilot\n\n"
          "Paolo, attached is the pilot outline for pre-arrival upgrade texts at two hotels, driven from Opera Cloud reservations.\n\n" + ELLIE,
          source="outlook", company="Bayview Hospitality Group"),
     {"hosp-restaurant": 3, "tp-two-way-sms": 2, "hosp-case-study": 1},
     forbidden=["hc-reminders", "hc-dental"] + other_cs("hospitality"), vertical="hospitality")

# ================================================================ competing (5): a specific ask against the stage's generic content
case("competing", "fitness-app company at the proposal stage (the reader took the stage from the CRM panel beside the mail): the mobile lead's only question is whether the push SDK supports Flutter and React Native and how deep links work, not pricing or the business case",
     mail("ravi.k@pulsefit.app", "Ravi Kumar", "SDK question before we sign off",
          "Hi Ellie,\n\nProcurement has your proposal, so this is the last technical thing from my side. Our iOS and Android apps are Flutter, and the new coach app is React Native. Do your push SDKs support both, and can a push open a specific workout screen (deep link) rather than the home screen?\n\nRavi\nMobile Engineering Lead, PulseFit (240 employees)",
          stage="proposal", company="PulseFit"),
     {"tp-push": 3, "tp-api": 2, "tp-in-app": 1, "tp-video-push": 1},
     vertical="mid-market")

case("competing", "HubSpot deal at raw 'contractsent' for a home-services marketplace (raw industry 'Consumer Services', no default vertical): legal approved the order form; the blocker is 10DLC registration after their last vendor's campaign was rejected twice, with a January 12 launch",
     crm("hubspot", "Fixwell Home Services", "contractsent", "Consumer Services",
         "Deal: Fixwell - SMS + email platform\nDeal stage: Contract sent\nAmount: $64,000\nClose date: 12/15/2026\n\n"
         "Notes (Ellie Sato, Nov 20)\n- Legal approved the order form, signature expected next week\n- BLOCKER: their last vendor's 10DLC campaign was rejected twice ('opt-in not verifiable'); their ops VP won't sign until we explain how we get the brand and campaigns registered and how long it takes\n- Launch of technician arrival texts planned for Jan 12"),
     {"tp-10dlc": 3, "tp-sms-rates": 1, "tp-mutual-plan": 1},
     forbidden=["carrier-fees-2025", "retired-shared-shortcode"])

case("competing", "Salesforce opportunity at raw 'Prospecting' for a fashion retailer: the CRM director replied to the first outreach only to ask whether Tidepost can build segments directly from their Snowflake without copying customer data",
     crm("salesforce", "Marlowe & Finch", "Prospecting", "Retail",
         "Opportunity: Marlowe & Finch - Messaging\nStage: Prospecting\nLead Source: Outbound\n\n"
         "Activity: Email reply from Tom Reilly (Director, CRM & Data), Nov 20:\n\"Before I take a meeting: our data team won't approve another tool that keeps its own copy of our customer data. Everything lives in Snowflake. Can your segments run off Snowflake directly? If yes, send me something and we can talk.\""),
     {"tp-snowflake": 3, "tp-audiences": 2, "tp-segment": 1},
     vertical="retail")

case("competing", "Dynamics 365 opportunity at raw 'Close' for an insurer (raw industry 'Insurance'): at the negotiation stage procurement's last question is what happens to their data at the end of the contract (export window, deletion certificate)",
     crm("dynamics", "Northgate Mutual Insurance", "Close", "Insurance",
         "Opportunity: Northgate Mutual - policyholder messaging\nSales stage: Close\nEst. revenue: $210,000\n\n"
         "Timeline\n- 11/19 Call with procurement (J. Whitford): price agreed, MSA redlines almost done\n- Open item from procurement: 'What happens to our policyholder data if we leave? How long do we have to export it, in what format, and will you certify deletion, backups included?'"),
     {"tp-data-exit": 3, "tp-msa-faq": 2, "tp-gdpr": 1},
     vertical="financial-services")

case("competing", "Pipedrive deal at raw 'Demo Scheduled' for an online furniture retailer: the CMO wants proof of incrementality with holdout groups before any contract, and her board keeps asking about AI (the AI Copilot announcement is a draft)",
     crm("pipedrive", "Oakline Home", "Demo Scheduled", "Furniture Retail",
         "Deal: Oakline Home - lifecycle messaging\nStage: Demo Scheduled\nValue: $48,000\n\n"
         "Notes: CMO (Beth Navarro) burned by last vendor's attribution ('they took credit for every sale'). Wants to see how we prove incremental revenue: holdout groups, lift reporting. Would consider a limited pilot. Also: 'my board asks every quarter what we're doing with AI'."),
     {"tp-ab-testing": 3, "tp-insights": 2, "tp-pilot": 2, "tp-predict": 1},
     forbidden=["draft-copilot"], vertical="retail")

# ================================================================ crm (11): CRM records with raw values only
case("crm", "Salesforce opportunity at raw 'Needs Analysis', raw industry 'Retail & eCommerce': a home-improvement chain with 62 stores launching a loyalty app wants push for points and member offers",
     crm("salesforce", "Hartwell Home & Garden", "Needs Analysis", "Retail & eCommerce",
         "Opportunity Name: Hartwell - Loyalty App Messaging\nStage: Needs Analysis\nAmount: $135,000\nClose Date: 3/31/2027\n\n"
         "Description: 62 stores in the Midwest. Launching the Hartwell Rewards app in March (built on their Yotpo loyalty program). Want push notifications for points balance, tier changes and member-only offers, tied to the store the member shops at. Email today is in-house; no SMS yet.\n"
         "Next Step: send push material + examples from other retailers"),
     {"tp-push": 3, "tp-loyalty-reviews": 2, "rt-stores": 2, "rt-case-study": 1},
     forbidden=["rt-holiday-2025"] + other_cs("retail"), vertical="retail")

case("crm", "HubSpot deal at raw 'qualifiedtobuy', raw industry 'Hospital & Health Care': a community health centre network wants flu-shot and preventive-care recall campaigns from athenahealth, many patients preferring Spanish",
     crm("hubspot", "Valle Verde Community Health", "qualifiedtobuy", "Hospital & Health Care",
         "Deal: Valle Verde CHC - patient outreach\nDeal stage: Qualified to buy\nAmount: $52,000\n\n"
         "Notes\n- 14 health centres, athenahealth\n- Quality team behind on HEDIS measures: wants recall campaigns for overdue screenings and a fall flu-shot campaign\n- ~60% of patients prefer Spanish\n- Also interested in getting more patients onto the portal"),
     {"hc-patient-engagement": 3, "tp-multilingual": 2, "hc-reminders": 1, "hc-case-study": 1},
     forbidden=["draft-hc-telehealth"] + other_cs("healthcare"), vertical="healthcare")

case("crm", "Dynamics 365 opportunity at raw 'Develop', raw industry 'Banking': a community bank wants card-fraud texts members confirm by reply and passcodes for online banking",
     crm("dynamics", "First Prairie Bank", "Develop", "Banking",
         "Opportunity: First Prairie - fraud alerts & OTP\nSales stage: Develop\nEst. revenue: $88,000\n\n"
         "Description: Card processor's fraud alerts go by email today and customers don't see them for hours. Want texts that customers answer YES/NO to confirm a transaction, plus one-time passcodes for online and mobile banking login (their current SMS OTP vendor had outages). Information security will review GLBA handling."),
     {"fs-alerts": 3, "tp-otp": 3, "tp-transactional": 1, "fs-case-study": 1},
     forbidden=other_cs("financial-services"), vertical="financial-services")

case("crm", "Pipedrive deal at raw 'Proposal made' for a hunger-relief charity (raw industry 'Non-profit'): 90,000 donor contacts, the development director wants the price and how contacts are counted",
     crm("pipedrive", "Second Harvest of the Valley", "Proposal made", "Non-profit",
         "Deal: Second Harvest of the Valley\nStage: Proposal made\nValue: $18,000\n\n"
         "Notes: 90k donor contacts in Bloomerang, 12k of them with mobile numbers. Development director (Carol Ng) asked for pricing in writing and 'how you count contacts; our old ESP charged us for lapsed donors we never email'."),
     {"np-pricing": 3, "tp-pricing-faq": 2, "tp-pricing": 2, "np-integrations": 1},
     forbidden=["retired-pricing-2024"] + other_pricing("nonprofit") + other_cs("nonprofit"), vertical="nonprofit")

case("crm", "Zoho CRM deal (an unknown source) at raw 'Negotiation/Review', raw industry 'Government/Military': a city ready to buy through a cooperative contract, asking for public-sector pricing and its legal's MSA positions; the NASPO contract expired and the education price sheet is another vertical's",
     crm("zoho", "City of Alder Springs", "Negotiation/Review", "Government/Military",
         "Deal Name: City of Alder Springs - resident notifications\nStage: Negotiation/Review\nAmount: $74,000\nClosing Date: 12/18/2026\n\n"
         "Description: City manager approved. Purchasing will buy through a cooperative agreement if we have one (they are Sourcewell members). Need: contract number and pricing schedule, public-sector price sheet for population 82,000, and our MSA positions for the city attorney (indemnity, liability cap)."),
     {"gov-coop": 3, "gov-pricing": 3, "tp-msa-faq": 2, "tp-mutual-plan": 1},
     forbidden=["gov-naspo-2021", "edu-pricing"] + other_cs("government"), vertical="government")

case("crm", "Salesforce lead record (Lead Status 'Working - Contacted', raw industry 'Higher Education', no stage): a university's emergency manager asks about campus emergency alerts and Clery timely warnings; a county alerts sheet for government is a look-alike",
     crm("salesforce", "Westbrook University", None, "Higher Education",
         "Lead: Dana Okafor, Emergency Manager, Westbrook University\nLead Status: Working - Contacted\nLead Source: Web - Contact Us\n\n"
         "Web form message: \"We need to replace our campus emergency notification system before fall. 22,000 students and staff; must send texts, email and voice within minutes, and we need records of timely warnings for our Clery report. Please send information.\""),
     {"edu-campus-alerts": 3, "tp-throughput": 2, "tp-voice": 1},
     forbidden=["gov-alerts"] + other_cs("education"), vertical="education")

case("crm", "HubSpot deal at raw 'appointmentscheduled', raw industry 'Publishing': a magazine publisher's first meeting is booked; notes on newsletter sponsorship revenue and app push",
     crm("hubspot", "Lakefront Magazine Group", "appointmentscheduled", "Publishing",
         "Deal: Lakefront Magazine Group\nDeal stage: Appointment scheduled\nAmount: $0\n\n"
         "Notes: 6 titles (food, travel, regional). 22 newsletters, sponsorships sold per issue; want to grow subscribers and push for the new app. Intro call Dec 2 with VP Audience."),
     {"media-newsletters": 3, "media-case-study": 2, "media-breaking-push": 2, "tp-overview-deck": 1},
     forbidden=other_cs("media"), vertical="media")

case("crm", "Salesforce opportunity at raw 'Value Proposition', raw industry 'Hospitality', Omnicast listed on the Competitors related list: a resort group whose guest emails run on Omnicast",
     crm("salesforce", "Cypress Point Resorts", "Value Proposition", "Hospitality",
         "Opportunity Name: Cypress Point Resorts - Guest Messaging\nStage: Value Proposition\nAmount: $160,000\n\n"
         "Competitors: Omnicast Marketing Cloud (incumbent)\n"
         "Description: 9 resorts. Guest emails built in Omnicast by an agency; every change takes two weeks. Want pre-arrival upsell texts from Opera Cloud. Renewal with Omnicast in June.\nNext Step: value prop meeting with VP Marketing, position against Omnicast"),
     {"tp-bc-omnicast": 3, "hosp-guest": 2, "hosp-case-study": 2, "tp-migrate-omnicast": 1},
     forbidden=["draft-bc-omnicast-2027"] + other_cs("hospitality"), vertical="hospitality")

case("crm", "Dynamics 365 opportunity whose reader gave canonical fields (vertical 'enterprise', stage 'evaluation') with the raw 'Develop': a global travel company's RFP for a messaging platform is due in two weeks with a security section",
     crm("dynamics", "Meridian Travel Group", "Develop", "Travel & Leisure",
         "Opportunity: Meridian Travel Group - RFP 2026-MKT-07\nSales stage: Develop\nEst. revenue: $620,000\n\n"
         "RFP due Dec 8. 340 questions: functional, integration, security (SSO/SCIM, audit logs, tenancy), implementation. 11 brands in 24 countries. Security team will also send their own questionnaire.",
         vertical="enterprise", stage="evaluation"),
     {"tp-rfp-kit": 3, "ent-security-package": 2, "tp-security-questionnaire": 2, "ent-case-study": 1},
     forbidden=["tp-soc2-2025", "smb-starter"] + other_cs("enterprise"), vertical="enterprise")

case("crm", "Pipedrive deal at raw 'Negotiations Started' for a fitness-club chain (no raw industry): wants a multi-year price and help moving off Textlyne; an expired switch offer names Textlyne",
     crm("pipedrive", "Summit Athletic Clubs", "Negotiations Started", None,
         "Deal: Summit Athletic Clubs\nStage: Negotiations Started\nValue: $39,000\nOrganization: Summit Athletic Clubs (48 clubs, ~210k members)\n\n"
         "Notes: Marketing director wants 3-year pricing with a price lock; worried about moving two years of SMS subscribers and keywords off Textlyne without losing opt-ins. Asked for an example from another club chain."),
     {"mm-growth": 3, "tp-migration": 2, "mm-case-study": 2, "tp-bc-textlyne": 1},
     forbidden=["promo-switch-q3-2026", "retired-pricing-2024", "smb-starter"] + other_cs("mid-market"), vertical="mid-market")

case("crm", "Salesforce opportunity at raw 'Qualification', raw industry 'Machinery': an equipment maker wants one newsletter and service-bulletin program for 1,400 dealers",
     crm("salesforce", "Kessler Agri Equipment", "Qualification", "Machinery",
         "Opportunity Name: Kessler Agri - Dealer Communications\nStage: Qualification\nAmount: $72,000\n\n"
         "Description: 1,400 dealers in North America. Today each region emails dealers from Outlook lists; service bulletins arrive days late. Want co-branded newsletters dealers can forward to their farm customers, and bulletins out the same day."),
     {"mfg-dealers": 3, "mfg-case-study": 2, "tp-studio": 1},
     forbidden=other_cs("manufacturing"), vertical="manufacturing")

# ================================================================ foreign (8): German, French, Spanish, Italian, Dutch mails and CRM labels
case("foreign", "German online retailer on Shopware (German mail): double opt-in and consent proof under DSGVO, customer data only in Germany or the EU, and a German-language overview for the managing director",
     mail("m.hoffmann@wohnwerk-shop.de", "Miriam Hoffmann", "Rückfragen zu Tidepost",
          "Hallo Herr Weber,\n\nvielen Dank für die Präsentation am Dienstag. Bevor wir intern weitermachen, drei Punkte:\n\n"
          "1. Wie läuft bei Ihnen das Double-Opt-in, und wie können wir im Streitfall nachweisen, wann und wie ein Kunde eingewilligt hat?\n"
          "2. Wo liegen unsere Kundendaten? Unser Datenschutzbeauftragter akzeptiert nur Hosting in Deutschland oder zumindest in der EU.\n"
          "3. Haben Sie eine Unterlage auf Deutsch, die ich unserem Geschäftsführer weitergeben kann? Wir sind auf Shopware 6, falls das wichtig ist.\n\n"
          "Viele Grüße\nMiriam Hoffmann\nLeitung E-Commerce\nWohnwerk GmbH\nAmtsgericht Köln HRB 55501",
          company="Wohnwerk GmbH"),
     {"tp-de-dsgvo": 3, "tp-data-residency": 3, "tp-de-ueberblick": 2, "tp-commerce-connectors": 1},
     forbidden=other_cs("retail"), vertical="retail")

case("foreign", "Salesforce opportunity with German labels ('Phase: Verhandlung/Überprüfung', 'Branche: Bankwesen'): a savings bank's legal needs the data processing agreement (AVV) and confirmation of EU-only processing before signing",
     crm("salesforce", "Sparkasse Oberland", "Verhandlung/Überprüfung", "Bankwesen",
         "Opportunity-Name: Sparkasse Oberland - Kundenkommunikation\nPhase: Verhandlung/Überprüfung\nBetrag: 145.000 EUR\nSchlusstermin: 18.12.2026\nAccountname: Sparkasse Oberland\nBranche: Bankwesen\n\n"
         "Nächster Schritt: AVV mit Anlagen (Unterauftragsverarbeiter, TOMs) an die Rechtsabteilung senden; schriftlich bestätigen, dass Verarbeitung und Support ausschließlich in der EU stattfinden.\n"
         "Beschreibung: Newsletter und Service-SMS für 380.000 Kunden. Datenschutz hat das Thema Einwilligung/Double-Opt-in bereits abgenommen."),
     {"tp-dpa-snippet": 3, "tp-data-residency": 3, "tp-gdpr": 2, "tp-de-dsgvo": 1},
     forbidden=other_cs("financial-services"), vertical="financial-services")

case("foreign", "French online retailer (French mail): the CNIL's rules for SMS marketing (consent, STOP, sending hours) before a Black Friday SMS campaign, and a presentation in French for the committee; the live Black Friday webinar is over",
     mail("c.garnier@maisonlumen.fr", "Camille Garnier", "SMS marketing et CNIL",
          "Bonjour Claire,\n\nMerci pour l'échange de lundi. Nous aimerions lancer des SMS promotionnels avant le Black Friday, mais notre juriste a des questions : faut-il un consentement préalable pour nos clients existants, comment gérer le STOP, et y a-t-il des horaires à respecter pour l'envoi ?\n\n"
          "Par ailleurs, pourriez-vous m'envoyer une présentation de Tidepost en français pour notre comité de direction ?\n\n"
          "Bien cordialement,\nCamille Garnier\nResponsable CRM\nMaison Lumen — maisonlumen.fr",
          company="Maison Lumen"),
     {"tp-fr-rgpd-cnil": 3, "tp-fr-presentation": 2, "rt-sms-club": 1, "tp-sms": 1},
     forbidden=["webinar-bfcm-live-2026", "rt-holiday-2025"] + other_cs("retail"), vertical="retail")

case("foreign", "HubSpot deal with French labels ('Étape de la transaction : Présentation programmée', 'Secteur : Enseignement supérieur'): a Québec university's recruitment office asks about CASL and Law 25 for students and hosting in Canada",
     crm("hubspot", "Université du Littoral-Nord", "Présentation programmée", "Enseignement supérieur",
         "Transaction : Université du Littoral-Nord - recrutement étudiant\nÉtape de la transaction : Présentation programmée\nMontant : 58 000 $\n\n"
         "Notes\n- Bureau du recrutement : courriels et textos aux futurs étudiants (Québec, Ontario, international)\n- Questions de la conseillère juridique : LCAP (consentement exprès ou tacite, durée), Loi 25, hébergement des données au Canada\n- Présentation le 4 décembre"),
     {"tp-casl": 3, "tp-data-residency": 2, "edu-enrollment": 2, "tp-fr-presentation": 1},
     forbidden=other_cs("education"), vertical="education")

case("foreign", "Mexican resort chain (Spanish mail): WhatsApp for pre-arrival messages and upsells from the PMS, and material in Spanish for the director; a Spanish retail case study is another vertical's and the RCS launch is a draft",
     mail("lfuentes@grupocaribemar.mx", "Luis Fuentes", "Mensajes a huéspedes por WhatsApp",
          "Hola Tomás,\n\nGracias por la llamada. Tenemos 7 resorts en la Riviera Maya y casi todos nuestros huéspedes (mexicanos, estadounidenses y europeos) usan WhatsApp. Queremos enviar mensajes antes de la llegada con upgrades, traslados y spa, a partir de las reservas de Opera Cloud.\n\n"
          "¿Pueden enviar por WhatsApp y, si el huésped no lo tiene, por SMS? ¿Y tienen una presentación en español para nuestro director comercial?\n\n"
          "Saludos,\nLuis Fuentes\nGerente de Marketing Digital\nGrupo Caribemar Resorts",
          company="Grupo Caribemar Resorts"),
     {"tp-whatsapp": 3, "hosp-guest": 3, "tp-es-resumen": 2, "hosp-case-study": 1},
     forbidden=["draft-rcs-launch"] + other_cs("hospitality"), vertical="hospitality")

case("foreign", "Salesforce opportunity with Spanish labels ('Etapa: Propuesta/Presupuesto', 'Sector: Comercio minorista'): a Spanish fashion chain asks for a success story from a similar brand in Spain and prices per contact and per SMS for Spain and Mexico",
     crm("salesforce", "Calzados Brisa", "Propuesta/Presupuesto", "Comercio minorista",
         "Nombre de la oportunidad: Calzados Brisa - email y SMS\nEtapa: Propuesta/Presupuesto\nImporte: 96.000 EUR\nFecha de cierre: 31/01/2027\n\n"
         "Próximo paso: enviar un caso de éxito de una marca de moda española y la propuesta con precio por contacto y por SMS (España y México).\n"
         "Descripción: 140 tiendas en España y 30 en México, 1,2 M de contactos. Hoy usan Mailhaven para email y nada para SMS."),
     {"rt-caso-moda": 3, "tp-pricing": 2, "tp-sms-rates": 2, "tp-es-resumen": 1},
     forbidden=["retired-pricing-2024", "carrier-fees-2025"] + other_cs("retail"), vertical="retail")

case("foreign", "Italian private hospital group (Italian mail): SMS appointment reminders to cut no-shows, GDPR and the Garante, data in the EU, and material in Italian (the Italian overview is only a draft)",
     mail("g.ferraro@gruppovillasalus.it", "Giulia Ferraro", "Promemoria appuntamenti via SMS",
          "Buongiorno,\n\ncome anticipato al telefono, il Gruppo Villa Salus (5 strutture in Lombardia) vorrebbe ridurre le mancate presentazioni agli appuntamenti ambulatoriali, oggi intorno al 15%. Vorremmo inviare promemoria via SMS ed e-mail con possibilità di disdire rispondendo al messaggio.\n\n"
          "Il nostro DPO chiede: i dati restano nell'Unione Europea? Come gestite il GDPR e le indicazioni del Garante sui dati sanitari? Avete materiale in italiano?\n\n"
          "Cordiali saluti,\nGiulia Ferraro\nResponsabile Accettazione e CUP\nGruppo Villa Salus S.p.A.",
          company="Gruppo Villa Salus"),
     {"hc-reminders": 3, "tp-data-residency": 2, "tp-gdpr": 2, "hc-case-study": 1},
     forbidden=["draft-it-panoramica", "draft-hc-telehealth"] + other_cs("healthcare"), vertical="healthcare")

case("foreign", "HubSpot deal with Dutch labels ('Dealfase: Presentatie gepland', 'Branche: Non-profit organisatiebeheer'): a Dutch charity's fundraising campaigns by email and SMS, AVG (GDPR) and hosting in the EU",
     crm("hubspot", "Stichting Kustwacht Vrienden", "Presentatie gepland", "Non-profit organisatiebeheer",
         "Deal: Stichting Kustwacht Vrienden - fondsenwerving\nDealfase: Presentatie gepland\nBedrag: € 24.000\n\n"
         "Notities\n- 65.000 donateurs, campagnes voor de eindejaarsactie en maandelijkse donateurs\n- Willen SMS naast e-mail, ook voor donaties per sms\n- Vraag van de FG: AVG, verwerkersovereenkomst, data in de EU?"),
     {"np-fundraising": 3, "tp-gdpr": 2, "tp-data-residency": 2, "np-pricing": 1},
     forbidden=["np-givingtuesday-2025"] + other_cs("nonprofit"), vertical="nonprofit")

# ================================================================ query (7): the rep types a search
case("query", "an online-travel company's CMO: renewing Omnicast in March with an 18% increase and SMS sold as an extra SKU; the rep types the competitor's name misspelt",
     mail("nadia.rahman@wanderlane.com", "Nadia Rahman", "Omnicast renewal",
          "Grace,\n\nStraight to it: our Omnicast renewal quote came in 18% higher, SMS and push are separate SKUs, and my team still needs an agency for anything beyond a simple email. I have until March to decide. Convince me switching is worth the risk.\n\n"
          "Nadia Rahman\nChief Marketing Officer, Wanderlane (4,000 employees, 31 markets)",
          company="Wanderlane"),
     {"tp-bc-omnicast": 3, "tp-migrate-omnicast": 2, "tp-compare": 2, "tp-obj-suite": 1},
     query="omnicst", forbidden=["draft-bc-omnicast-2027"], vertical="enterprise")

case("query", "a pet-supply retailer happy with Textlyne for texts asks why they would move SMS too; the rep types 'textlyne vs'",
     mail("ben@pawsandpantry.com", "Ben Okoro", "Re: email + SMS",
          "Hey Nadia, the email side looks great. But we're honestly happy with Textlyne for SMS; the team likes the inbox. Why would we move texting too instead of just swapping our email tool?\n\nBen\nPaws & Pantry | Head of Growth",
          company="Paws & Pantry"),
     {"tp-bc-textlyne": 3, "tp-compare": 2, "tp-platform": 1},
     query="textlyne vs", forbidden=["promo-switch-q3-2026"], vertical="retail")

case("query", "HubSpot deal for a two-van plumbing business (raw industry 'Construction', treated as no default vertical) whose appointment texts are being filtered by carriers; the rep types '10dlc registartion'",
     crm("hubspot", "Reyes Plumbing & Drain", "qualifiedtobuy", "Construction",
         "Deal: Reyes Plumbing - texting\nDeal stage: Qualified to buy\nAmount: $1,800\n\n"
         "Notes: Owner (Luis Reyes) says texts from his current app 'stopped arriving' for about half of customers since October; technician ETA texts matter most. Probably unregistered 10DLC traffic."),
     {"tp-10dlc": 3, "tp-sms": 1, "tp-mms-links": 1},
     query="10dlc registartion", forbidden=["carrier-fees-2025", "retired-shared-shortcode"])

case("query", "a hospital's population-health director wants post-discharge follow-up messages (day 2 text, day 7 email, survey) and asks how they would be automated; the rep types the product name",
     mail("ewalsh@northridgehealth.org", "Erin Walsh", "Post-discharge follow-up",
          "Priya,\n\nOur readmission numbers for heart failure are bad. Could your system send a text two days after discharge asking how they're doing, an email at day 7 with their follow-up appointment, and a short survey, and stop the sequence if they're readmitted? How would that be set up?\n\nErin Walsh, RN\nDirector, Population Health, Northridge Health",
          company="Northridge Health"),
     {"tp-flows": 3, "hc-patient-engagement": 2, "tp-video-flows": 1, "tp-surveys": 1},
     query="tidepost flows", forbidden=["draft-hc-telehealth"] + other_cs("healthcare"), vertical="healthcare")

case("query", "Salesforce opportunity at raw 'Id. Decision Makers' for a dental group (raw industry 'Healthcare'): the compliance officer must see the BAA; the rep types 'hipa baa'",
     crm("salesforce", "Brightsmile Dental Partners", "Id. Decision Makers", "Healthcare",
         "Opportunity Name: Brightsmile Dental Partners - reminders\nStage: Id. Decision Makers\nAmount: $41,000\n\n"
         "Description: 38 practices on Dentrix. Compliance officer (Dr. Amy Chen) must sign off; asked for the BAA and how PHI is handled in texts."),
     {"hc-hipaa": 3, "hc-baa-snippet": 3, "hc-dental": 1},
     query="hipa baa", forbidden=["promo-hc-baa-2026"] + other_cs("healthcare"), vertical="healthcare")

case("query", "florist with two shops (chatty mail) wants to leave Mailhaven before Valentine's Day without losing her list; the rep types 'mailhaven migraton'",
     mail("rosa@petalandstem.com", "Rosa Delgado", "switching before valentines",
          "Hi Ellie! Valentine's is our Super Bowl and I want to be off Mailhaven before then (their price went up AGAIN). I have about 6,000 contacts and 3 automations. Can it be done in January and will my emails still land in the inbox?\n\nRosa\nPetal & Stem Florists (2 shops)",
          company="Petal & Stem Florists"),
     {"tp-migrate-mailhaven": 3, "tp-migration": 2, "smb-starter": 2, "tp-ip-warmup": 1},
     query="mailhaven migraton", forbidden=["retired-bc-mailhaven-2024", "promo-switch-q3-2026"] + other_cs("smb"), vertical="smb")

case("query", "community college's web accessibility coordinator: the board's new policy says every email to students must be accessible; the rep types 'accesibilty' (a government Title II sheet and an expired ADA webinar are look-alikes)",
     mail("tnguyen@lakeviewcc.edu", "Thanh Nguyen", "Accessible email policy",
          "Hi Marcus,\n\nOur board adopted a digital accessibility policy last month: every email we send to students has to be accessible, and I'm the one who has to prove it. How does your editor help our 60 senders get alt text, headings and contrast right before they hit send?\n\nThanh Nguyen\nWeb Accessibility Coordinator, Lakeview Community College",
          company="Lakeview Community College"),
     {"tp-accessibility": 3, "tp-studio": 1},
     query="accesibilty", forbidden=["gov-accessibility", "webinar-ada-live-2026"], vertical="education")

# ================================================================ nulls (5): most fields null or missing
case("nulls", "an Outlook page with nothing but a subject line: 'SOC 2 + pen test summary for vendor review?' (no text, sender, company, vertical or stage)",
     {"source": "outlook", "subject": "SOC 2 + pen test summary for vendor review?"},
     {"tp-soc2-2026": 3, "tp-security": 2, "tp-security-questionnaire": 1},
     forbidden=["tp-soc2-2025"])

case("nulls", "a Salesforce opportunity page of which the reader got only the URL and the raw stage 'Proposal/Price Quote': no account, industry, contact or text, so only the stage says what fits",
     {"source": "salesforce", "url": "https://brookfield-ops.lightning.force.com/lightning/r/Opportunity/0065g00000Xk2PqAAJ/view", "company": None, "contact": None,
      "vertical": None, "stage": None, "raw": {"stage": "Proposal/Price Quote", "industry": None}, "subject": None, "text": None},
     {"tp-pricing": 2, "tp-business-case": 2, "tp-pricing-faq": 1, "tp-roi": 1},
     forbidden=["retired-pricing-2024", "promo-switch-q3-2026"])

case("nulls", "a website chat widget with `raw: null`, no contact and one lower-case line: 'quick q - do u do push for websites too or just apps?'",
     {"source": "generic", "url": "https://www.tidepost.example/pricing", "company": None, "contact": None, "raw": None, "vertical": None, "stage": None,
      "text": "quick q - do u do push for websites too or just apps? we dont have an app yet"},
     {"tp-push": 3, "tp-video-push": 2})

case("nulls", "a Gmail page with only a subject and a company name (no text, no sender address, no domain): 'Giving Tuesday text-to-give?' from an animal shelter",
     {"source": "gmail", "company": "Hillcrest Humane Society", "contact": {"name": "Joanne Pratt", "first_name": "Joanne", "email": None},
      "subject": "Giving Tuesday text-to-give?"},
     {"np-fundraising": 3, "np-case-study": 1},
     forbidden=["np-givingtuesday-2025"], vertical="nonprofit")

case("nulls", "a HubSpot deal whose reader found only the company and the raw industry 'Retail' (raw stage null, no text, no contact)",
     {"source": "hubspot", "company": "Copper & Pine Home", "raw": {"stage": None, "industry": "Retail"}, "vertical": None, "stage": None},
     {"rt-ecommerce": 2, "rt-case-study": 2, "rt-case-beauty": 1, "rt-stores": 1},
     forbidden=["rt-holiday-2025", "webinar-bfcm-live-2026"] + other_cs("retail"), vertical="retail")

# ================================================================ nofit (3): nothing in the library answers
case("nofit", "a consumer who gets marketing texts from one of Tidepost's customers writes in anger: stop texting me, how did you get my number, I'll report you to the FCC; the rep forwards it to support and the customer, and sends no asset",
     mail("gary.w.1962@yahoo.com", "Gary Whitfield", "STOP TEXTING ME",
          "I have replied STOP three times to texts from some furniture store and they keep coming through your company. How did you get my number??? I never signed up for anything. If this doesn't stop today I'm filing a complaint with the FCC and my attorney.\n\nGary Whitfield"),
     {}, forbidden=["retired-tcpa-2024"])

case("nofit", "a job applicant asks whether the customer success role is still open and whether it can be remote; a recruiting matter",
     mail("maya.ortiz.cs@gmail.com", "Maya Ortiz", "Customer Success Manager role",
          "Hi,\n\nI applied for the Customer Success Manager opening on your careers page two weeks ago and haven't heard back. Is the role still open, and could it be remote from Chicago? I've spent five years in CS at a marketing-tech company and would love to chat.\n\nBest,\nMaya Ortiz"),
     {}, forbidden=["draft-copilot"])

case("nofit", "an SEO agency pitches its link-building services to Tidepost; a vendor selling to the vendor",
     mail("outreach@rankrocket.agency", "Jake Miller", "Quick idea for tidepost.example",
          "Hi there,\n\nI was looking at tidepost.example and noticed you're not ranking for 'sms marketing platform' or 'email automation software'. We helped 40+ SaaS brands get to page one with high-authority backlinks. Would you be open to a 15-minute call this week? Packages start at $1,500/month.\n\nCheers,\nJake\nRankRocket Agency"),
     {}, forbidden=["draft-rcs-launch"])

# ================================================================ won (3): closed-won deals and new customers
case("won", "Salesforce opportunity at raw 'Closed Won', raw industry 'Hospitality': the hotel group signed; next step is the kickoff, 10DLC registration and warming up the new sending IP",
     crm("salesforce", "Harborline Hotels", "Closed Won", "Hospitality",
         "Opportunity Name: Harborline Hotels - Guest Messaging\nStage: Closed Won\nAmount: $118,000\nClose Date: 11/20/2026\n\n"
         "Next Step: send the kickoff email; their IT needs the DNS records for the new dedicated IP and we must start the 10DLC brand registration this week so texts can go live for the holiday season."),
     {"tp-onboarding-kickoff": 3, "tp-implementation": 2, "tp-10dlc": 2, "tp-ip-warmup": 2},
     forbidden=["retired-shared-shortcode", "carrier-fees-2025"], vertical="hospitality")

case("won", "a publisher's audience director writes the day after signing: what happens next, who is their customer success manager, and training for six newsletter editors",
     mail("tbeaumont@harborcitydaily.com", "Teresa Beaumont", "Signed! What's next?",
          "Owen,\n\nDocuSign is done, it's official. 🎉 So what happens now? Who will our customer success manager be, and is there training for my six newsletter editors? Some of them have used Mailhaven for ten years and are nervous.\n\nTeresa",
          company="Harbor City Daily"),
     {"tp-customer-success": 3, "tp-training": 3, "tp-onboarding-kickoff": 2, "tp-implementation": 1},
     forbidden=["retired-bc-mailhaven-2024"], vertical="media")

case("won", "HubSpot deal at raw 'closedwon' for a retailer live on email and SMS: the account manager's note says the customer launches its app in February and wants push and in-app messages",
     crm("hubspot", "Fernhill Supply Co.", "closedwon", "Apparel & Fashion",
         "Deal: Fernhill Supply Co. - year 1\nDeal stage: Closed won\nAmount: $92,000\n\n"
         "Notes (Nov 21)\n- Live on email and SMS since Oct 30\n- Expansion: their iOS/Android app launches in February; Hannah wants push for order updates and in-app messages for new drops\n- Send push + in-app material before their sprint planning on Dec 1"),
     {"tp-push": 3, "tp-in-app": 3, "tp-api": 1},
     forbidden=["retired-shopify-v1"], vertical="retail")

# ================================================================ reply (4): the rep is writing a reply; the draft is part of the page
case("reply", "dental group's operations director asks whether patients can text back to reschedule; below the boundary the rep's own draft promises the BAA and a case study from a clinic network",
     mail("kjordan@summitdentalgroup.com", "Karen Jordan", "Re: Reminder pilot",
          "Priya, one thing the hygienists asked: when a patient gets the reminder, can they just text back that they need another day, and who sees that? Our front desks are slammed.\n\nKaren Jordan\nDirector of Operations, Summit Dental Group (27 offices, Open Dental)\n\n"
          "---\n"
          "Hi Karen,\n\nYes: patients reply to the reminder and the message lands with the right office, and simple answers like C to confirm are handled automatically. I'm attaching our BAA so your compliance lead can review it, and a short case study from a clinic network that cut no-shows by a third.\n\nPriya",
          company="Summit Dental Group"),
     {"hc-dental": 3, "tp-two-way-sms": 3, "hc-baa-snippet": 2, "hc-case-study": 2},
     forbidden=["promo-hc-baa-2026", "draft-hc-telehealth"], vertical="healthcare")

case("reply", "a digital publisher's CFO asks how pricing works for 2 million subscribers on daily newsletters; the rep's draft below says publishers are priced per thousand sends, with an example from a regional daily",
     mail("mcallahan@thecoastwire.com", "Mark Callahan", "Pricing at our volume",
          "Owen, per-contact pricing would bankrupt us: we have 2 million newsletter subscribers and send daily. How do you price for publishers?\n\nMark Callahan\nCFO, The Coast Wire\n\n"
          "---\n"
          "Hi Mark,\n\nFor publishers we don't price per contact: daily newsletters are priced per thousand sends, with push included. I'll attach the publisher price sheet and the story of a regional daily that moved 40 newsletters to us.\n\nOwen",
          company="The Coast Wire"),
     {"media-pricing": 3, "tp-pricing-faq": 2, "media-case-study": 1},
     forbidden=["retired-pricing-2024"] + other_pricing("media") + other_cs("media"), vertical="media")

case("reply", "a new Gmail compose window with only the rep's draft to a retail group's VP of CRM: following up on the call about moving 40 Omnicast journeys, the project plan and who does what",
     {"source": "gmail", "domain": "castellanbrands.com", "contact": {"name": "Tom Castellan", "first_name": "Tom", "email": "tom.c@castellanbrands.com"},
      "company": "Castellan Brands", "subject": "Follow-up: moving your journeys off Omnicast",
      "text": "Hi Tom,\n\nGreat to talk this morning. As promised, here's how we would move your 40 Omnicast journeys and the AMPscript in your templates over to Tidepost, what our services team does and what your team does, and the 12-week plan we walked through. I'll also share how a 14-brand group did the same move last year.\n\nBest,\nGrace"},
     {"tp-migrate-omnicast": 3, "tp-implementation": 2, "ent-case-study": 2, "tp-bc-omnicast": 1},
     forbidden=["draft-bc-omnicast-2027", "smb-starter"], vertical="enterprise")

case("reply", "a youth-mentoring charity's executive director worries texts will feel spammy to donors; the rep's draft below reassures her and offers a food-relief charity's results and a preference center",
     mail("tbrooks@brightfuturesmentoring.org", "Tanya Brooks", "Re: Adding texts",
          "Owen, I'll be honest, my board chair thinks texting donors is tacky and they'll feel spammed. We've spent 20 years building these relationships.\n\nTanya Brooks\nExecutive Director, Bright Futures Mentoring\n\n"
          "---\n"
          "Hi Tanya,\n\nYour board chair's instinct is right about unsolicited texts. What we'd do is only text donors who ask for it, let them choose how often, and start with thank-yous and event reminders rather than asks. A food-relief charity did exactly this and raised 2.4x on Giving Tuesday with very few opt-outs; I'll send the story.\n\nOwen",
          company="Bright Futures Mentoring"),
     {"tp-obj-sms-spam": 3, "np-case-study": 2, "tp-preference-center": 2, "np-fundraising": 1},
     forbidden=["np-givingtuesday-2025"] + other_cs("nonprofit"), vertical="nonprofit")

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
check_verticals(ITEMS, CASES, VERTICAL, NOW)
BY_ID = {i["id"]: i for i in ITEMS}
for c in CASES:
    for rid in list(c["relevant"]) + c["forbidden"]:
        assert rid in BY_ID, (c["case"], rid, "unknown id")
    assert len(c["forbidden"]) == len(set(c["forbidden"])), (c["case"], "duplicate forbidden id")
    assert len(c["relevant"]) <= 4, (c["case"], "more than 4 graded items")
    # The library's own vertical is never given as a canonical field: pages name it through raw values and text.
    assert (c["context"].get("vertical") or "") != "media", (c["case"], "a context gives the library's own vertical")
    # The expected vertical of a case with a canonical vertical is that vertical.
    if c["context"].get("vertical"):
        assert c["context"]["vertical"] == VERTICAL[c["case"]], c["case"]
check_traps_forbidden(ITEMS, CASES, NOW)
# Expiry dates never fall on the reference day, where a date-only comparison and sets.mjs's end-of-day reading differ.
assert all(i.get("expires", "")[:10] != NOW for i in ITEMS)
# Only no-fit cases grade nothing, and they forbid only non-live items.
for c in CASES:
    if not c["relevant"]:
        assert c["note"].startswith("nofit:"), c["case"]
        assert all(f in TRAPS for f in c["forbidden"]), c["case"]
write_set(HERE, ITEMS, CASES, NOW, "w")
