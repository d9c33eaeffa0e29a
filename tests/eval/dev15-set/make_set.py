"""A further tuning set on a new vendor's library: Lumenfold, a business-intelligence and analytics platform
(a semantic layer / metrics store; governed dashboards; Lumenfold Explore for self-serve exploration; Lumenfold Embed
for white-label analytics inside a customer's own app with per-tenant row-level security; the Workbench for SQL and
Python notebooks; alerts and scheduled / paginated reports; Lumenfold Catalog with lineage; connectors to the usual
warehouses, Salesforce, NetSuite, Google Analytics and flat files; a dbt integration; Lumenfold Migrate from Tableau,
Power BI, Qlik and Crystal Reports; Lumenfold Ask, natural-language questions with guardrails; a mobile app; SSO /
SCIM, SOC 2 Type II, ISO 27001, a HIPAA BAA, FedRAMP Moderate (in process) and StateRAMP, data residency in the US, EU,
Canada and Australia, a DPA, SIG / CAIQ, a VPAT; per-creator pricing with free viewers, capacity pricing for embedded,
nonprofit and education discounts, a multi-year price lock; a 30/60/90 implementation, the Academy, customer success
and a partner program; battlecards against Quarrybase (a desktop-first incumbent priced per user), Metricly Cloud (a
cheap cloud tool with no semantic layer) and Vantage Suite (a heavyweight on-premise enterprise reporting server);
and content per vertical).
Written blind on 2026-12-07 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
Reference date: 2026-11-23 (items whose `expires` is before it are expired).

Grades: 3 = what the rep should send or read first, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts,
retired and expired look-alikes, and items restricted to a vertical other than the prospect's that the page's words
would tempt a ranker towards.

Verticals: the contract's defaults, plus one of the library's own: `insurance` (carriers, MGAs, brokers: loss ratios,
claims, underwriting, NAIC / state DOI reporting, IFRS 17). The library also uses `financial-services`, so by
contract section 1 `insurance` is a vertical of its own and "Insurance" on a page is insurance's, not
financial-services'. Pages name insurance only through raw CRM values ("Insurance", "Assurance"), company names and
text; no context gives "insurance" as its canonical `vertical`, and no typed query spells it.
Run: python3 tests/eval/dev15-set/make_set.py
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_traps_forbidden, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-26T09:00:00Z"
ITEMS, add = library("https://content.lumenfold.example/a/", NEW)
OWN = "insurance"
DEFAULT_VERTICALS = {"government", "enterprise", "mid-market", "smb", "nonprofit", "education", "healthcare",
                     "financial-services", "manufacturing", "retail", "hospitality"}
SALES = ["evaluation", "proposal", "negotiation"]


# ---------------------------------------------------------------- general: the platform and its modules
add("lf-overview-deck", "Lumenfold platform overview", "deck", "The platform in 20 slides: the semantic layer, governed dashboards, self-serve exploration, embedded analytics, the SQL and notebook workbench, alerts, the catalog, connectors and Lumenfold Ask.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "business intelligence", "bi", "analytics", "lumenfold"])
add("lf-platform", "Lumenfold in one page: governed BI that business people actually open", "one-pager", "What Lumenfold replaces (desktop workbooks, a report server, the same metric defined in five places) and what customers see in year one: one definition of revenue, three times more weekly viewers, 40% fewer BI licences.", tags=["overview", "one-pager", "bi platform", "consolidation", "lumenfold", "analytics platform"])
add("lf-semantic-layer", "The Lumenfold semantic layer: define a metric once, use it everywhere", "one-pager", "Metrics, dimensions and joins defined once in version-controlled models; every dashboard, exploration, spreadsheet and AI answer computes 'net revenue' or 'active customer' the same way, and a certified definition shows who owns it.", tags=["semantic layer", "metrics store", "metrics layer", "metric definitions", "single source of truth", "governance", "certified metrics", "data model"])
add("lf-metrics-api", "Metrics API: governed metrics in spreadsheets, notebooks and your own apps", "one-pager", "Query the semantic layer over REST, GraphQL, JDBC or the Excel and Google Sheets add-ins, so tools outside Lumenfold get the same numbers as the dashboards.", tags=["metrics api", "semantic layer", "metrics store", "headless bi", "excel", "google sheets", "jdbc", "graphql", "api"])
add("lf-governed-dashboards", "Governed dashboards: certified content, versions and promotion from dev to production", "one-pager", "Dashboards built on certified metrics carry a badge; changes go through a branch, a review and a promotion from development to production, with every version kept and restorable and every change logged with who made it.", tags=["dashboards", "governance", "certified content", "version history", "audit trail", "dev to prod", "content lifecycle", "reporting"])
add("lf-explore", "Lumenfold Explore: self-serve questions without breaking the numbers", "one-pager", "Business users drag governed fields to answer their own questions, drill to the rows they are allowed to see and save what they find, without writing SQL or making a private copy of the metric.", tags=["self-serve", "self-service analytics", "exploration", "ad hoc analysis", "business users", "drill down", "no sql"])
add("lf-embed", "Lumenfold Embed: white-label analytics inside your own product", "one-pager", "Put dashboards and self-serve exploration in your customer-facing app under your brand: your colours, fonts and domain, no Lumenfold logo, and no second login for your customers.", tags=["embedded analytics", "embed", "white label", "customer-facing analytics", "saas", "product analytics", "multi-tenant", "oem", "portal"])
add("lf-embed-rls", "Per-tenant row-level security for embedded analytics", "one-pager", "Each of your customers sees only its own rows: the tenant id travels in a signed token, row-level policies apply to every query whatever the URL or filter says, one dashboard serves thousands of tenants with no copies, and a tenant-isolation test suite ships with it.", tags=["row-level security", "rls", "multi-tenant", "tenant isolation", "embedded analytics", "data security", "signed token", "jwt"])
add("lf-embed-sdk", "Embed SDK: React components, signed iframes and the APIs developers ask for", "one-pager", "Signed embedding with JWT, a React and web-component SDK, events for filters and clicks, theming tokens, and APIs to create users and content per tenant; a sample app on GitHub.", tags=["embed sdk", "react", "iframe", "jwt", "api", "developers", "embedded analytics", "web components"])
add("lf-workbench", "Lumenfold Workbench: SQL and Python notebooks on governed data", "one-pager", "Analysts and data scientists write SQL and Python in notebooks beside the dashboards, start from certified metrics instead of raw tables, schedule a notebook, and publish a result as a governed dataset.", tags=["notebooks", "sql", "python", "workbench", "data science", "analysts", "sql editor", "pandas", "jupyter"])
add("lf-alerts", "Alerts and scheduled reports: the numbers come to people", "one-pager", "Threshold and anomaly alerts on any metric by email, push, Slack or Microsoft Teams; scheduled dashboards and reports as PDF, Excel or CSV to inboxes and SFTP, on a calendar or a business day, split per region or per customer.", tags=["alerts", "scheduled reports", "subscriptions", "anomaly detection", "threshold", "slack", "microsoft teams", "pdf", "excel", "report distribution", "bursting"])
add("lf-pixel-perfect", "Paginated reports: pixel-perfect statements, forms and board packs", "one-pager", "Page-formatted reports with headers, footers, page breaks and exact layouts for statements, regulatory forms, financial packs and board books, rendered from the same governed metrics and scheduled like any report.", tags=["paginated reports", "pixel perfect", "board pack", "financial statements", "p&l", "regulatory reports", "printable", "pdf", "forms"])
add("lf-catalog", "Lumenfold Catalog: definitions, owners and lineage from source column to dashboard tile", "one-pager", "Search every metric, dataset and dashboard with its owner and definition; column-level lineage from the warehouse through dbt models to each tile, and an impact report before anyone changes a column.", tags=["data catalog", "lineage", "column-level lineage", "impact analysis", "metadata", "data governance", "glossary", "data dictionary"])
add("lf-connectors", "Connectors: your warehouse, queried live", "one-pager", "Native connections to Snowflake, BigQuery, Databricks, Redshift, PostgreSQL and SQL Server, queried live with pushdown; plus Salesforce, NetSuite, Google Analytics and flat files.", tags=["connectors", "integrations", "snowflake", "bigquery", "databricks", "redshift", "postgres", "sql server", "data sources", "warehouse"])
add("lf-connector-apps", "Salesforce and NetSuite connectors: CRM and ERP data without an ETL project", "one-pager", "Pull Salesforce objects and NetSuite transactions, items and saved searches into a managed schema every hour, with ready-made pipeline, bookings, inventory and P&L models to start from; no warehouse needed.", tags=["salesforce", "netsuite", "crm", "erp", "connectors", "pipeline", "p&l", "general ledger", "inventory", "finance"])
add("lf-connector-ga", "Google Analytics 4 and marketing data in Lumenfold", "one-pager", "Connect GA4 properties and ad platforms' exports, and join sessions and conversions to orders and CRM pipeline in one dashboard.", tags=["google analytics", "ga4", "marketing analytics", "web analytics", "e-commerce", "conversion", "attribution", "connectors"])
add("lf-flat-files", "Spreadsheets and flat files: upload them, or drop them on SFTP every night", "one-pager", "Upload CSV and Excel files or Google Sheets, or point Lumenfold at an SFTP folder or cloud bucket that another system fills every night; files become governed datasets with types and history.", tags=["csv", "excel", "google sheets", "flat files", "spreadsheets", "sftp", "upload", "file import", "nightly export"])
add("lf-dbt", "dbt integration: your models, docs and metrics in Lumenfold", "one-pager", "Lumenfold reads dbt Core and dbt Cloud projects: models become datasets, descriptions flow into the catalog, dbt metrics import into the semantic layer so nobody defines them twice, and a CI check flags dashboards a pull request would break.", tags=["dbt", "dbt cloud", "dbt core", "analytics engineering", "ci", "lineage", "semantic layer", "metrics", "data transformation"])
add("lf-ask", "Lumenfold Ask: plain-language questions answered from governed metrics", "one-pager", "Business users type a question and get a chart built on certified metrics, with the query and the definitions shown so anyone can check it; Ask says when a question falls outside the model instead of guessing.", tags=["ai", "natural language", "nlq", "lumenfold ask", "genai", "llm", "ask data", "conversational analytics"])
add("lf-ai-guardrails", "AI guardrails: what Lumenfold Ask sends, keeps and never trains on", "one-pager", "Ask sends the model metadata (metric names and definitions), never your rows, to a model hosted in your region; no customer data trains any model; admins switch Ask on or off per group and log every prompt and generated query.", tags=["ai", "ai governance", "guardrails", "llm", "data privacy", "no training", "prompt logging", "ciso", "responsible ai", "lumenfold ask"])
add("lf-mobile", "The Lumenfold mobile app: dashboards and alerts on iOS and Android", "one-pager", "Dashboards laid out for a phone, push alerts when a metric crosses its threshold, offline snapshots for places with no signal, and MDM support (Intune, Jamf) with SSO.", tags=["mobile", "mobile app", "ios", "android", "offline", "push notifications", "mdm", "intune", "phone"])
add("lf-live-query", "Live query, no extracts: your data stays in your warehouse", "one-pager", "Lumenfold pushes every query down to your database and keeps no copy of the rows; result caching can be switched off per connection, so your data stays wherever your warehouse is.", tags=["live query", "no extracts", "pushdown", "data stays", "data localization", "caching", "in-database", "data sovereignty"])
add("lf-private-connect", "Private connectivity: PrivateLink, VPC peering and a secure agent for on-premise databases", "one-pager", "Reach your warehouse without the public internet over AWS PrivateLink, Azure Private Link or GCP Private Service Connect, or run the outbound-only Lumenfold agent beside an on-premise SQL Server or PostgreSQL with no inbound firewall port; bring your own encryption keys.", tags=["privatelink", "private link", "vpc", "on-premise", "secure agent", "firewall", "byok", "encryption keys", "network security"])
add("lf-performance", "Performance at scale: aggregate awareness, caching and concurrency", "one-pager", "Aggregate tables picked automatically, a result cache with per-dataset freshness rules, and tested concurrency of 5,000 viewers on one dashboard.", tags=["performance", "scalability", "caching", "aggregates", "concurrency", "speed", "large data"])
add("lf-localization", "Dashboards in 24 languages: translated interface, labels and local formats", "one-pager", "The Lumenfold interface in 24 languages (German, French, Spanish, Portuguese, Italian, Dutch, Polish, Swedish, Turkish and Japanese among them), dashboard and metric labels translated once per language, and local number, date and currency formats.", tags=["localization", "languages", "translation", "multilingual", "international", "locale", "i18n"])
add("lf-content-as-code", "Content as code: Git-backed models and dashboards, and an admin API", "one-pager", "Every model and dashboard is a file in your Git repository; promote with pull requests, and automate users, groups and schedules through the admin API.", tags=["git", "version control", "content as code", "ci/cd", "admin api", "automation", "devops"])
add("lf-admin", "Administration and usage: who uses what, and what to retire", "one-pager", "Usage dashboards per user, group and piece of content; stale dashboards flagged for archiving; workspaces and permissions by team.", tags=["administration", "usage monitoring", "adoption", "content lifecycle", "permissions", "workspaces", "admin"])
add("lf-rls-internal", "Row- and column-level security for your own people", "one-pager", "Policies from your identity provider's groups or a mapping table: a regional manager sees her region, an advisor his own caseload, and salary columns are masked for everyone outside HR.", tags=["row-level security", "column-level security", "data masking", "permissions", "access control", "pii", "need to know"])
add("lf-roi", "The business case: what consolidating BI onto Lumenfold saves", "one-pager", "Typical results across 60 customers: 38% lower BI spend, 1.5 FTE less report upkeep, one set of board numbers; with a worksheet to fill in with your own licence counts.", tags=["roi", "business case", "tco", "cost savings", "consolidation", "cfo", "value"])

# migration
add("lf-migrate", "Lumenfold Migrate: moving off Tableau, Power BI, Qlik or Crystal Reports", "one-pager", "Our migration service inventories what you have, retires what nobody opens (usually 40%), converts calculations into the semantic layer and rebuilds the rest, with both tools running side by side until the business signs off.", tags=["migration", "migrate", "tableau", "power bi", "qlik", "crystal reports", "bi migration", "switch", "consolidation"])
add("lf-migrate-tableau", "Migrating from Tableau: workbooks, calculated fields and extracts", "one-pager", "How calculated fields, LOD expressions and extracts map to Lumenfold; the workbook inventory scanner; a typical 400-workbook migration in 12 weeks.", tags=["tableau", "migration", "workbooks", "calculated fields", "lod", "extracts"])
add("lf-migrate-powerbi", "Migrating from Power BI: DAX measures into the semantic layer", "one-pager", "How DAX measures, datasets and row-level security roles carry over, what is rebuilt by hand, and how long 200 reports take.", tags=["power bi", "dax", "migration", "datasets", "microsoft"])
add("lf-migrate-crystal", "Retiring Crystal Reports: paginated reports rebuilt and rescheduled", "one-pager", "We convert Crystal Reports into Lumenfold paginated reports in batches, keep the parameters and subreports people rely on, and move the schedules and distribution lists.", tags=["crystal reports", "paginated reports", "legacy reporting", "migration", "report server", "scheduling", "rpt"])
add("lf-migrate-qlik", "Migrating from Qlik: apps, load scripts and set analysis", "one-pager", "Load scripts become warehouse or dbt models, set analysis becomes governed metrics, associative selections map to cross-filtering; a typical 500-app estate moves in four waves over six months.", tags=["qlik", "qlik sense", "qlikview", "migration", "load scripts", "set analysis", "apps"])
add("vid-migration", "Video: a Tableau migration in 9 minutes", "video", "A customer's BI lead walks through the inventory, the conversion and the side-by-side sign-off of a 300-workbook migration.", tags=["video", "migration", "tableau", "customer story"])

# security, privacy and compliance (every vertical)
add("lf-security-overview", "Security at Lumenfold: architecture, encryption and access", "one-pager", "How Lumenfold is built and run: single-tenant metadata stores, encryption in transit and at rest, least-privilege operations access, logging, vulnerability management and incident response.", tags=["security", "security overview", "encryption", "architecture", "infosec", "incident response"])
add("lf-security-package", "Security review package: SOC 2 report, ISO 27001 certificate, pen test summary, SIG Lite and CAIQ", "link", "Everything a security team asks for in one request: the current SOC 2 Type II report (under NDA), the ISO/IEC 27001:2022 certificate, the latest penetration test summary, and pre-filled SIG Lite and CAIQ questionnaires.", tags=["security review", "security package", "soc 2", "iso 27001", "pen test", "sig", "caiq", "vendor assessment", "questionnaire", "due diligence"])
add("lf-soc2-2026", "SOC 2 Type II report (2026 audit period)", "link", "Request link for the SOC 2 Type II report covering October 1, 2025 to September 30, 2026, with a bridge letter on request.", tags=["soc 2", "soc2", "soc 2 type ii", "audit report", "bridge letter", "security", "compliance"], updated="2026-11-02T09:00:00Z")
add("lf-iso27001", "ISO/IEC 27001:2022 certificate", "link", "Our certificate under the 2022 edition of the standard, with the statement of applicability on request.", tags=["iso 27001", "iso", "certificate", "isms", "27001:2022", "compliance"])
add("lf-sig-caiq", "Pre-filled SIG Lite and CAIQ questionnaires", "link", "The Shared Assessments SIG Lite and the CSA CAIQ v4, answered and kept current, to attach to a vendor risk review.", tags=["sig", "sig lite", "caiq", "questionnaire", "vendor risk", "third-party risk", "security questionnaire"])
add("lf-pen-test", "Penetration test summary letter (2026)", "link", "The independent tester's summary of our 2026 application and infrastructure penetration test, with findings by severity and their remediation.", tags=["penetration test", "pen test", "pentest", "security testing", "vulnerabilities", "security"])
add("lf-sso-scim", "SSO and SCIM: Okta, Microsoft Entra ID, Ping and Google", "one-pager", "SAML 2.0 and OpenID Connect single sign-on, SCIM 2.0 provisioning and deprovisioning with groups, and group-to-role mapping, tested with Okta, Microsoft Entra ID (Azure AD), Ping and Google Workspace.", tags=["sso", "single sign-on", "saml", "oidc", "scim", "okta", "entra id", "azure ad", "provisioning", "deprovisioning", "identity"])
add("lf-data-residency", "Data residency: US, EU, Canada and Australia regions", "one-pager", "Choose where your Lumenfold metadata, caches, logs and AI processing live: United States, European Union (Frankfurt, with Dublin for failover), Canada (Montreal) or Australia (Sydney); nothing leaves the region, support access included.", tags=["data residency", "data location", "eu hosting", "gdpr", "hosting", "region", "frankfurt", "canada", "australia", "data sovereignty", "schrems ii"])
add("lf-dpa", "Data Processing Addendum and subprocessor list", "link", "Our DPA under GDPR Article 28, the UK GDPR and US state privacy laws, with the EU Standard Contractual Clauses and the current list of subprocessors by region.", tags=["dpa", "data processing agreement", "gdpr", "article 28", "subprocessors", "scc", "privacy", "ccpa"])
add("lf-hipaa-baa", "HIPAA: our Business Associate Agreement and how PHI is protected", "one-pager", "Lumenfold signs a BAA with covered entities and business associates (health systems, health plans, their vendors); PHI stays in your warehouse under live query, access is logged, and the HIPAA controls are in the SOC 2 report.", tags=["hipaa", "baa", "business associate agreement", "phi", "covered entity", "health plan", "privacy", "compliance"])
add("lf-vpat", "Accessibility: VPAT 2.5 and WCAG 2.1 AA conformance report", "link", "Our Accessibility Conformance Report for the viewer, creator and public dashboard experiences against WCAG 2.1 AA, Section 508 and EN 301 549.", tags=["vpat", "accessibility", "wcag", "wcag 2.1", "section 508", "ada", "en 301 549", "screen reader", "acr"])
add("lf-trust-center", "The Lumenfold Trust Center", "link", "Live status, uptime history, certifications, subprocessors and security notices in one place.", tags=["trust center", "status", "uptime", "certifications", "security", "subprocessors"])
add("lf-availability", "Availability and recovery: 99.9% SLA, backups, RPO and RTO", "one-pager", "A 99.9% uptime commitment with service credits, hourly backups kept 35 days, and a tested recovery plan with a one-hour RPO and four-hour RTO.", tags=["sla", "uptime", "availability", "backup", "disaster recovery", "rpo", "rto", "business continuity"])

# pricing and commercial
add("lf-pricing", "Pricing: pay for creators, viewers are free", "one-pager", "Lumenfold is priced per creator seat (people who model and build); viewers who read, filter, drill, subscribe and use the mobile app are free and unlimited. Platform tiers, what each includes, and how to size creators.", stages=SALES, tags=["pricing", "price", "creator seats", "free viewers", "licensing", "cost", "per user", "quote"])
add("lf-pricing-faq", "Pricing FAQ: who needs a creator seat, and what viewers can do", "one-pager", "Answers to the questions buyers ask: can a viewer build a filter or export, what about API users, service accounts, contractors and auditors, and how true-ups work.", stages=SALES, tags=["pricing", "faq", "viewers", "creator seats", "licensing", "true-up"])
add("lf-pricing-embed", "Embedded analytics pricing: by capacity, never per viewer", "one-pager", "Lumenfold Embed is priced by query capacity and the number of tenants, not by your customers' users, so 10,000 end users cost the same as 1,000 on the same capacity; examples for SaaS companies at three sizes.", stages=SALES, tags=["embedded pricing", "capacity pricing", "oem pricing", "pricing", "embedded analytics", "end users", "tenants", "price"])
add("lf-price-lock", "Multi-year price lock: three years at this year's rate", "one-pager", "Sign a two- or three-year agreement and your per-creator and capacity rates stay fixed for the term, with a cap on renewal uplift after it.", stages=["proposal", "negotiation"], tags=["price lock", "multi-year", "three-year", "price protection", "renewal cap", "pricing", "contract term"])
add("lf-price-lock-yearend", "Year-end: lock 2026 rates for three years on agreements signed by December 31, 2026", "one-pager", "Agreements signed by December 31, 2026 keep 2026 rates for three years and get implementation at half price.", stages=["proposal", "negotiation"], tags=["year-end", "price lock", "multi-year", "offer", "pricing", "deadline"], expires="2026-12-31")
add("lf-pov", "Proof of value: two weeks on your own data", "one-pager", "A scoped two-week proof of value on your warehouse with our solutions engineer: success criteria agreed up front, three dashboards on governed metrics, and a read-out to your sponsor.", stages=["discovery", "evaluation"], tags=["proof of value", "pov", "poc", "proof of concept", "pilot", "evaluation", "success criteria"])
add("lf-trial", "Free 14-day trial: start on your own", "link", "Sign up with a work email, connect a warehouse, Google Analytics or a spreadsheet, and build your first dashboard from a template; no credit card.", stages=["prospecting", "discovery", "evaluation"], tags=["free trial", "trial", "sign up", "self-serve", "try", "templates", "no credit card"])
add("lf-msa", "Master subscription agreement and order form", "link", "Our standard MSA, order form and support terms, with the positions legal teams usually ask about.", stages=["proposal", "negotiation"], tags=["msa", "contract", "legal", "order form", "terms", "redlines"])

# implementation, training, success, partners
add("lf-implementation", "Implementation: the 30/60/90-day plan", "one-pager", "Day 30: warehouse connected, SSO on, the first certified metrics and dashboards live. Day 60: the first departments self-serve, creators certified. Day 90: legacy reports retired and adoption reviewed with your sponsor.", tags=["implementation", "onboarding", "30/60/90", "rollout", "go-live", "project plan", "kickoff", "next steps"])
add("lf-academy", "Lumenfold Academy: role-based training and certification", "one-pager", "Free self-paced courses for viewers, creators and admins, live virtual classes every week, and the Certified Creator and Certified Modeler exams.", tags=["training", "academy", "certification", "courses", "enablement", "learning", "creators", "admins", "data literacy"])
add("lf-customer-success", "Customer success: a named CSM, adoption reviews and business reviews", "one-pager", "Every customer gets a named customer success manager after go-live, monthly adoption reports, and a business review each quarter with your sponsor.", tags=["customer success", "csm", "account management", "qbr", "adoption", "success plan", "after signing"])
add("lf-support", "Support plans: 24/7 for production outages", "one-pager", "Standard and Premier support, response times by severity, channels, and how to escalate.", tags=["support", "sla", "response time", "help desk", "escalation", "premier support"])
add("lf-adoption-kit", "Rollout kit: launch emails, office hours and a data-literacy path", "one-pager", "Templates and a four-week plan to bring viewers in: launch emails, office hours, champions in each team, and short lessons for people new to data.", tags=["adoption", "rollout", "change management", "champions", "data literacy", "launch", "end users", "volunteers"])
add("lf-partner-program", "The Lumenfold partner program: consulting, reseller and technology partners", "one-pager", "Tiers, margins, certification requirements, deal registration and co-selling for consultancies, resellers and technology partners.", tags=["partner program", "partners", "reseller", "consulting partner", "deal registration", "alliances", "referral"])
add("lf-partner-directory", "Find a certified Lumenfold implementation partner", "link", "Certified consulting partners by region, language and industry.", tags=["partners", "implementation partner", "consultants", "directory", "system integrator"])

# competitors: battlecards for the rep, comparisons for the buyer
add("bc-quarrybase", "Battlecard: Lumenfold vs Quarrybase", "battlecard", "Quarrybase is desktop-first and priced per user, viewers included: where it wins (finance power users), where it loses (sharing, governance, cost at scale), landmines to lay, and the licence math to show.", stages=SALES, tags=["quarrybase", "competitor", "battlecard", "competitive", "desktop", "per user pricing", "objection handling"])
add("bc-metricly", "Battlecard: Lumenfold vs Metricly Cloud", "battlecard", "Metricly Cloud is cheap and quick to start but has no semantic layer: the same metric is rebuilt on every chart. How to show the cost of numbers that disagree, and the questions to ask.", stages=SALES, tags=["metricly cloud", "metricly", "competitor", "battlecard", "competitive", "semantic layer", "low cost"])
add("bc-vantage", "Battlecard: Lumenfold vs Vantage Suite", "battlecard", "Vantage Suite is a heavyweight on-premise reporting server: strong on scheduled paginated reports, weak on self-serve and cloud. Handling 'we have 2,000 reports on it', the upgrade-cost argument, and migration proof points.", stages=SALES, tags=["vantage suite", "vantage", "competitor", "battlecard", "on-premise", "report server", "legacy", "competitive"])
add("bc-build", "Battlecard: building embedded analytics in-house vs Lumenfold Embed", "battlecard", "When a product team says 'we'll build it with a charting library': the hidden cost of tenant security, exports, scheduling and self-serve, and the timeline math.", stages=SALES, tags=["build vs buy", "embedded analytics", "in-house", "charting library", "competitive", "engineering cost"])
add("cmp-quarrybase", "Lumenfold or Quarrybase? A side-by-side for buyers", "one-pager", "For evaluation teams comparing the two: sharing and governance, browser versus desktop, what free viewers do to the licence bill, and migration of Quarrybase workbooks.", stages=SALES, tags=["quarrybase", "comparison", "vs", "alternative", "per user", "desktop", "evaluation"])
add("cmp-metricly", "Why our numbers match: Lumenfold's semantic layer vs chart-by-chart tools like Metricly Cloud", "one-pager", "A buyer-facing explainer on why tools without a semantic layer drift apart, with the two-dashboard revenue example.", stages=SALES, tags=["metricly cloud", "comparison", "semantic layer", "consistency", "alternative", "numbers don't match"])
add("cmp-vantage", "Leaving Vantage Suite: from an on-premise report server to governed cloud BI", "one-pager", "What moves, what retires and what improves when you leave a Vantage Suite report server: paginated reports rebuilt, schedules moved, self-serve added, hardware and upgrade cycles gone.", tags=["vantage suite", "migration", "report server", "on-premise", "legacy", "cloud", "modernization", "alternative"])

# case studies that fit every vertical
add("cs-saas-embed", "Case study: a B2B SaaS company ships customer dashboards in six weeks with Lumenfold Embed", "case-study", "How a 300-person software company replaced CSV exports with white-label dashboards for 1,400 customers, each isolated by tenant, and turned analytics into a paid add-on.", tags=["case study", "embedded analytics", "saas", "white label", "multi-tenant", "customer story"])
add("cs-ask", "Case study: ad hoc report requests down 60% with Lumenfold Ask", "case-study", "How an operations team answered its own questions in plain language on governed metrics, and what the data team did with the time.", tags=["case study", "ai", "lumenfold ask", "natural language", "self-serve", "customer story"])

# snippets and email templates (bodies with variables)
add("sn-viewer-free", "Snippet: only builders pay, viewers are free", "snippet", "A short answer for 'do the people who only look need a licence?'.", tags=["pricing", "free viewers", "licensing", "creator seats", "viewers"], body="Hi {{contact.first_name}},\n\nShort answer on licences: in Lumenfold only the people who build content need a creator seat. Everyone who views dashboards, filters and drills, gets scheduled reports and alerts, or uses the mobile app is a viewer, and viewers are free, with no cap. Most organisations need one creator for every 20 to 40 viewers.\n\nHappy to size it with you,\n{{rep.name}}")
add("sn-embed-tenant", "Snippet: how each of your customers sees only its own data", "snippet", "Explains per-tenant isolation in embedded analytics for a product or security lead.", tags=["embedded analytics", "tenant isolation", "row-level security", "multi-tenant", "security"], body="Hi {{contact.first_name}},\n\nOn isolation: when your app loads a dashboard it signs a token that carries the tenant id. Lumenfold applies the row-level policy for that tenant to every query on the server, so editing a URL or a filter in the browser cannot widen what a user sees. One dashboard serves every tenant with no copies, and we hand your security team the tenant-isolation test suite we run on each release.\n\nBest,\n{{rep.name}}")
add("sn-ai-guardrails", "Snippet: what our AI does with your data (for a CISO)", "snippet", "Plain answers for a security leader about Lumenfold Ask.", tags=["ai", "guardrails", "ciso", "llm", "data privacy", "no training"], body="Hi {{contact.first_name}},\n\nFor your CISO: Lumenfold Ask sends the model only metadata (metric and field names and their definitions), never your rows. The model runs in the same region as your account, your data trains no model (ours or anyone's), every prompt and generated query is logged, and admins can switch Ask off for any group.\n\n{{rep.name}}")
add("sn-dbt-answer", "Snippet: how Lumenfold works with your dbt project", "snippet", "Answers 'do we define metrics twice if we use dbt?'.", tags=["dbt", "dbt cloud", "semantic layer", "metrics", "analytics engineering"], body="Hi {{contact.first_name}},\n\nYou keep dbt as the place models are built. Lumenfold reads your dbt project (Core or Cloud): models become datasets, descriptions flow into our catalog, and dbt metrics import into our semantic layer, so nothing is defined twice. A CI check on your pull requests tells you which dashboards a change would break before it merges.\n\n{{rep.name}}")
add("sn-price-lock", "Snippet: three years at this year's price", "snippet", "Offers a multi-year price lock to a buyer asking for price certainty.", stages=["proposal", "negotiation"], tags=["price lock", "multi-year", "pricing", "negotiation"], body="Hi {{contact.first_name}},\n\nOn price certainty: if {{company}} signs for three years, your per-creator rate and any capacity stay at this year's price for the whole term, and renewal after that is capped. I can put both options (annual and three-year) side by side in the order form.\n\n{{rep.name}}")
add("sn-data-residency", "Snippet: where your data lives", "snippet", "Answers the data residency question in two sentences.", tags=["data residency", "eu hosting", "region", "gdpr"], body="Hi {{contact.first_name}},\n\nYou choose the region when we set up your account: US, EU (Frankfurt), Canada or Australia. Metadata, caches, logs and AI processing stay in that region, and with live query your rows stay in your own warehouse.\n\n{{rep.name}}")
add("sn-es-visores", "Fragmento: solo pagan quienes crean; ver es gratis", "snippet", "Respuesta corta en español sobre licencias de Lumenfold.", tags=["español", "spanish", "precios", "licencias", "visores gratis", "pricing"], body="Hola {{contact.first_name}}:\n\nEn Lumenfold solo pagan las personas que crean contenido (licencia de creador). Quienes consultan tableros, filtran, reciben reportes programados o usan la app móvil son visores, y los visores son gratis y sin límite.\n\nSaludos,\n{{rep.name}}")
add("et-demo-followup", "Email: after the first demo", "email-template", "Recap, next steps and a proof-of-value offer after a first demo.", stages=["discovery", "evaluation"], tags=["follow-up", "demo", "recap", "next steps"], body="Hi {{contact.first_name}},\n\nThanks for the time today. What I heard from {{company}}: numbers that disagree between teams, too many report requests waiting on two analysts, and a renewal coming on your current tool. What you saw: one definition of each metric, self-serve on top of it, and free viewers.\n\nNext step I'd suggest: a two-week proof of value on your own warehouse. Does next week work for a scoping call?\n\n{{rep.name}}")
add("et-security-send", "Email: sending the security review package", "email-template", "Cover email for the security package.", stages=SALES, tags=["security review", "soc 2", "iso 27001", "sig", "caiq", "vendor risk"], body="Hi {{contact.first_name}},\n\nAs promised, here is the Lumenfold security review package for {{company}}: the SOC 2 Type II report (2026 period, under NDA), our ISO/IEC 27001:2022 certificate, the 2026 penetration test summary, and pre-filled SIG Lite and CAIQ questionnaires. If your team uses its own questionnaire, send it over and we will return it within five business days.\n\nBest,\n{{rep.name}}")
add("et-reference", "Email: offering a customer reference call", "email-template", "Offers a call with a comparable customer.", stages=SALES, tags=["reference", "reference call", "customer reference", "peer"], body="Hi {{contact.first_name}},\n\nHappy to connect you with a customer like {{company}}. I have two in mind who went through the same decision last year; each is glad to spend 30 minutes with your team. Tell me who should join and a couple of times that work, and I'll set it up.\n\n{{rep.name}}")
add("et-kickoff", "Email: welcome aboard, and what happens next", "email-template", "Sent the day a deal is signed: kickoff, the 30/60/90 plan, training and who's who.", stages=["closed-won", "customer"], tags=["welcome", "kickoff", "onboarding", "next steps", "implementation", "signed"], body="Hi {{contact.first_name}},\n\nWelcome to Lumenfold, and thank you! Here is what happens next for {{company}}:\n\n1. Kickoff within five business days with your implementation lead and your customer success manager.\n2. Our 30/60/90-day plan: warehouse and SSO in the first weeks, first certified dashboards by day 30.\n3. Academy seats for your creators, with the Certified Creator exam.\n\nCould you send me two kickoff times that work?\n\n{{rep.name}}")
add("et-cold-outreach", "Email: first touch to a head of data", "email-template", "A short first email for a prospect who has not spoken to us.", stages=["prospecting"], tags=["outreach", "prospecting", "cold email", "first touch"], body="Hi {{contact.first_name}},\n\nMost heads of data I talk to have the same metric defined in four tools and a queue of report requests. Lumenfold puts one governed definition under every dashboard and lets business people answer their own questions. Worth 20 minutes to see if that's true at {{company}}?\n\n{{rep.name}}")

# videos
add("vid-overview", "Video: Lumenfold in 3 minutes", "video", "A three-minute tour of the platform.", stages=["prospecting", "discovery"], tags=["video", "overview", "demo", "tour"])
add("vid-semantic-layer", "Video: building a governed metric in the semantic layer (6 min)", "video", "A modeler defines net revenue once, certifies it, and shows it in a dashboard, a spreadsheet and an Ask answer.", tags=["video", "semantic layer", "metrics", "demo", "governance", "dbt"])
add("vid-embed", "Video: a white-label dashboard with per-tenant security (8 min)", "video", "A developer embeds a dashboard in a sample SaaS app, themes it and switches tenants to show isolation.", tags=["video", "embedded analytics", "white label", "tenant isolation", "developers", "demo"])
add("vid-ask", "Video: Lumenfold Ask in action (4 min)", "video", "Plain-language questions answered from certified metrics, with the query shown.", tags=["video", "ai", "lumenfold ask", "natural language", "demo"])
add("vid-mobile", "Video: the mobile app for managers on the move (3 min)", "video", "Dashboards, push alerts and offline snapshots on a phone.", tags=["video", "mobile", "mobile app", "alerts", "offline", "demo"])

# in other languages (the contract has no language field: the language is in the text and tags)
add("de-overview", "Lumenfold im Überblick: Business Intelligence mit Semantic Layer", "one-pager", "Überblick auf Deutsch für Geschäftsführung und Fachbereiche: einheitliche Kennzahlen, geprüfte Dashboards, Self-Service-Analysen, eingebettete Analysen und Lumenfold Ask.", tags=["deutsch", "german", "überblick", "business intelligence", "kennzahlen", "dashboards", "geschäftsführung"])
add("de-datenschutz", "Datenschutz bei Lumenfold: Hosting in Frankfurt, AVV und DSGVO", "one-pager", "Für Datenschutzbeauftragte: Rechenzentrum in Frankfurt am Main, Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, Unterauftragsverarbeiter, technische und organisatorische Maßnahmen (TOM).", tags=["deutsch", "german", "datenschutz", "dsgvo", "avv", "auftragsverarbeitung", "hosting deutschland", "frankfurt", "tom", "unterauftragsverarbeiter"])
add("es-overview", "Lumenfold en resumen: analítica gobernada y autoservicio", "one-pager", "Resumen en español para directivos: métricas únicas para toda la organización, tableros certificados, análisis de autoservicio, visores gratis y Lumenfold Ask.", tags=["español", "spanish", "resumen", "inteligencia de negocios", "tableros", "métricas", "directivos"])
add("fr-overview", "Lumenfold en bref : la BI gouvernée avec couche sémantique", "one-pager", "Présentation en français pour les comités de direction : indicateurs uniques, tableaux de bord certifiés, analyses en libre-service, hébergement dans l'UE et Lumenfold Ask.", tags=["français", "french", "présentation", "informatique décisionnelle", "tableaux de bord", "indicateurs", "comité de direction"])
add("ja-overview", "Lumenfold 製品概要：セマンティックレイヤーとガバナンスされたダッシュボード", "one-pager", "経営層向けの日本語資料：全社で統一された指標定義、認定ダッシュボード、セルフサービス分析、組み込み分析、Lumenfold Ask。", tags=["日本語", "japanese", "製品概要", "bi", "ダッシュボード", "セマンティックレイヤー", "経営層"])


# ---------------------------------------------------------------- restricted to verticals
# government
add("gov-overview", "Lumenfold for state and local government: performance dashboards leaders and residents can read", "one-pager", "Budget-to-actuals, service levels (311, permits, response times) and grant spending on governed metrics, shared with council, staff and the public.", verticals=["government"], tags=["government", "public sector", "state and local", "performance management", "budget", "311", "city", "county", "transparency"])
add("gov-open-data", "Public dashboards and open-data pages: no login, no per-viewer fee, WCAG 2.1 AA", "one-pager", "Publish dashboards on your website for residents with no login; the public sector plan includes public capacity so nobody pays per citizen viewer, and public pages meet WCAG 2.1 AA.", verticals=["government"], tags=["public dashboards", "open data", "transparency", "citizens", "residents", "no login", "accessibility", "wcag", "website"])
add("gov-stateramp", "StateRAMP Authorized (Moderate): authorization letter and security package", "link", "Our StateRAMP Moderate authorization, the letter state and local agencies and public universities ask for, and how to request the security package.", verticals=["government", "education"], tags=["stateramp", "state ramp", "authorization", "moderate", "public sector", "cloud security", "state agency"])
add("gov-fedramp", "FedRAMP Moderate: In Process, with our sponsoring agency and timeline", "one-pager", "Where Lumenfold's FedRAMP Moderate authorization stands (In Process on the marketplace, agency sponsored, 3PAO assessment under way), the expected date, and what federal teams can do meanwhile.", verticals=["government"], tags=["fedramp", "fedramp moderate", "in process", "federal", "ato", "3pao", "authorization", "federal agency"])
add("gov-pricing", "Public sector pricing: creator seats, free staff viewers, public capacity included", "one-pager", "Government pricing: a per-creator rate, free viewers for staff, public dashboard capacity included, fiscal-year billing and a not-to-exceed quote for budget requests.", verticals=["government"], stages=SALES, tags=["pricing", "government pricing", "public sector", "price", "fiscal year", "budget", "quote"])
add("gov-coop-contract", "Buy through the Northstar Cooperative Purchasing contract (2026-2031)", "one-pager", "Public agencies and public colleges can buy Lumenfold through our competitively awarded Northstar cooperative contract without running their own RFP: the contract number, discount and how to order.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "contract vehicle", "procurement", "no rfp", "piggyback", "consortium"])
add("gov-case-study-county", "Case study: a county retires its Vantage Suite report server and publishes 40 public dashboards", "case-study", "How a 900,000-resident county moved 1,300 scheduled reports off Vantage Suite, cut report maintenance in half and put budget and service dashboards on its website.", verticals=["government"], tags=["case study", "county", "vantage suite", "public dashboards", "migration", "customer story"])
# education
add("edu-overview", "Lumenfold for colleges and universities: enrollment, retention and student success", "one-pager", "Enrollment funnels, retention and completion, course demand and early alerts on governed student data, for institutional research, advisors and deans.", verticals=["education"], tags=["higher education", "university", "college", "enrollment", "retention", "student success", "institutional research", "advising"])
add("edu-ferpa", "FERPA and student records: need-to-know access, audit logs and the AI feature", "one-pager", "How an advisor sees only her advisees, how directory and non-directory data are masked, how access to student records is logged, and why no student data is sent to Lumenfold Ask.", verticals=["education"], tags=["ferpa", "student records", "student privacy", "advisors", "row-level security", "audit log", "education records"])
add("edu-hecvat", "HECVAT Full (v3), completed", "link", "Our completed Higher Education Community Vendor Assessment Toolkit, Full version, for campus security and procurement reviews.", verticals=["education"], tags=["hecvat", "hecvat full", "higher education", "vendor assessment", "security questionnaire", "educause"])
add("edu-pricing", "Education pricing: 40% off creator seats, free viewers for faculty, staff and advisors", "one-pager", "Pricing for accredited colleges, universities and school districts: 40% off creator seats, unlimited free viewers, and a campus-wide option.", verticals=["education"], stages=SALES, tags=["pricing", "education pricing", "academic discount", "university", "discount", "price", "campus"])
add("edu-case-study", "Case study: a state university gives 700 advisors one student-success dashboard", "case-study", "How a 31,000-student university put retention risk and holds in front of every advisor, limited to their own students, and lifted first-year retention 3 points.", verticals=["education"], tags=["case study", "university", "advisors", "student success", "retention", "customer story"])
# healthcare
add("hc-overview", "Lumenfold for health systems: capacity, throughput and quality on governed EHR data", "one-pager", "ED throughput and boarding, census and length of stay, case mix and readmissions from Epic Clarity / Caboodle, Oracle Health or your clinical warehouse, for operations, nursing, finance and medical controlling.", verticals=["healthcare"], tags=["healthcare", "hospital", "health system", "ehr", "epic clarity", "length of stay", "census", "ed throughput", "patient flow", "medical controlling"])
add("hc-phi", "PHI in analytics: minimum necessary, de-identified views and small-cell suppression", "one-pager", "How a health system keeps PHI to those who need it: patient-level views by role, de-identified datasets for board and public reporting, and suppression of cells under 11.", verticals=["healthcare"], tags=["phi", "hipaa", "de-identification", "minimum necessary", "small cell suppression", "privacy", "board reporting"])
add("hc-quality", "CMS quality measures and readmission dashboards", "one-pager", "Core measures, HCAHPS, hospital-acquired conditions and 30-day readmissions by unit and service line.", verticals=["healthcare"], tags=["quality", "cms measures", "readmissions", "hcahps", "patient safety", "service line"])
add("hc-case-study", "Case study: a nine-hospital system cuts ED boarding with hourly capacity dashboards", "case-study", "How hourly census and boarding dashboards and push alerts to nurse managers' phones cut ED boarding hours by 22%.", verticals=["healthcare"], tags=["case study", "health system", "ed boarding", "capacity", "nurse managers", "customer story"])
# financial services (banks, credit unions)
add("fs-overview", "Lumenfold for banks and credit unions: one set of numbers for finance, risk and branches", "one-pager", "Deposits, loans, margin and branch performance on governed metrics from the core and the GL, with the controls examiners and auditors expect.", verticals=["financial-services"], tags=["banking", "bank", "credit union", "financial services", "branches", "deposits", "loans", "net interest margin", "core banking"])
add("fs-regulatory", "Controls for regulated reporting: audit trail, SOX evidence, DORA and model-risk documentation", "one-pager", "Every change to a metric or report logged with who, when and why; certified-report sign-offs as SOX evidence; our DORA register-of-information data and exit plan for EU banks; documentation for model risk reviews.", verticals=["financial-services"], tags=["sox", "audit trail", "dora", "model risk", "sr 11-7", "regulatory reporting", "controls", "examiners", "ict third-party risk"])
add("fs-vendor-dd", "Bank vendor due diligence package: FFIEC and interagency third-party risk", "link", "What a bank's vendor management asks for under the interagency third-party risk guidance: SOC 2 and bridge letter, business continuity and DR tests, financial statements, insurance and the FFIEC-aligned questionnaire.", verticals=["financial-services"], tags=["vendor due diligence", "third-party risk", "ffiec", "occ", "vendor management", "bank", "bridge letter", "business continuity"])
add("fs-cecl", "CECL and loan portfolio dashboards: allowance, vintages and concentrations", "one-pager", "Allowance for credit losses by segment, vintage and scenario, delinquency roll rates and concentration limits, from the loan system and the model outputs.", verticals=["financial-services"], tags=["cecl", "allowance", "acl", "credit losses", "loan portfolio", "vintage", "delinquency", "concentration"])
add("fs-case-study-bank", "Case study: a $9B regional bank leaves Vantage Suite and closes the month two days sooner", "case-study", "How a regional bank moved 900 scheduled reports off its Vantage Suite server and gave branch and lending managers self-serve dashboards.", verticals=["financial-services"], tags=["case study", "bank", "vantage suite", "month-end close", "migration", "customer story"])
# insurance (the library's own vertical: carriers, MGAs, brokers)
add("ins-overview", "Lumenfold for carriers, MGAs and brokers: one set of numbers from submission to claim", "one-pager", "Premium, exposure, loss and claim metrics defined once across policy admin, claims and finance systems, for underwriting, claims, actuarial and distribution teams.", verticals=["insurance"], tags=["carriers", "p&c", "life and annuity", "mga", "brokers", "policy admin", "premium", "written premium", "actuarial"])
add("ins-loss-ratio", "Loss ratio and combined ratio dashboards by line, state, program and agency", "one-pager", "Earned premium, incurred losses and expenses rolled into loss, expense and combined ratios by line of business, state, program and agency, refreshed weekly instead of at quarter end.", verticals=["insurance"], tags=["loss ratio", "combined ratio", "earned premium", "incurred losses", "line of business", "program", "agency", "profitability"])
add("ins-claims", "Claims analytics: severity, frequency, cycle time and reserve development", "one-pager", "Claim counts, severity and frequency trends, cycle time by adjuster and stage, litigation rate and reserve development triangles for claims leaders.", verticals=["insurance"], tags=["claims", "claims analytics", "severity", "frequency", "cycle time", "reserves", "triangles", "litigation", "adjusters"])
add("ins-underwriting", "Underwriting dashboards: submission to bind, rate adequacy and appetite", "one-pager", "Submission flow, quote and bind ratios, rate change and rate adequacy by segment, and appetite exceptions for underwriting managers.", verticals=["insurance"], tags=["underwriting", "submissions", "quote to bind", "hit ratio", "rate adequacy", "appetite", "pricing"])
add("ins-regulatory", "Statutory and regulatory reporting: NAIC annual statement exhibits, Schedule P and state DOI data calls", "one-pager", "Paginated, reconciled reports for the statutory statement, Schedule P loss development, market conduct and state Department of Insurance data calls, with the audit trail an examiner asks for.", verticals=["insurance"], tags=["naic", "statutory reporting", "annual statement", "schedule p", "state doi", "department of insurance", "market conduct", "data call", "regulator"])
add("ins-ifrs17", "IFRS 17 and LDTI analytics: CSM roll-forwards, cohorts and disclosure tables", "one-pager", "Contractual service margin and risk adjustment roll-forwards by portfolio, cohort and group, reconciliation to the ledger, and the disclosure tables finance signs off each quarter.", verticals=["insurance"], tags=["ifrs 17", "ifrs17", "csm", "contractual service margin", "risk adjustment", "ldti", "cohorts", "disclosures", "insurance accounting"])
add("ins-mga-embed", "For MGAs and program administrators: carrier-facing bordereaux and loss-run portals", "one-pager", "Give each capacity provider a branded portal with its own programs only: premium and claims bordereaux, loss runs and monthly reports, without Excel on a shared drive.", verticals=["insurance"], tags=["mga", "program administrator", "bordereaux", "loss runs", "carrier reporting", "capacity providers", "delegated authority", "portal", "white label"])
add("ins-broker", "For brokers and agencies: producer, book-of-business and retention dashboards", "one-pager", "New business and renewals by producer, retention and rate by carrier and line, commission and book-of-business views, from your agency management system and CRM.", verticals=["insurance"], tags=["broker", "agency", "producers", "book of business", "retention", "commission", "new business", "renewals", "agency management system"])
add("ins-vendor-risk", "Carrier vendor due diligence: NYDFS Part 500 and the NAIC data security model law", "link", "How Lumenfold supports a carrier's third-party service provider program under 23 NYCRR 500 and state versions of the NAIC Insurance Data Security Model Law, with the questionnaire answered.", verticals=["insurance"], tags=["nydfs", "part 500", "23 nycrr 500", "naic model law", "vendor risk", "third-party service provider", "cybersecurity regulation"])
add("ins-case-study-carrier", "Case study: a regional mutual sees loss ratio by program every week instead of every quarter", "case-study", "How a seven-state property and casualty mutual put weekly loss ratios by line, state and agency in front of underwriting, and caught a deteriorating homeowners program two quarters sooner.", verticals=["insurance"], tags=["case study", "mutual", "p&c", "loss ratio", "underwriting", "customer story"])
# enterprise
add("ent-overview", "Standardising enterprise BI on one governed platform", "one-pager", "For CIOs and CDOs consolidating several BI tools: one semantic layer, federated teams with central governance, and global scale.", verticals=["enterprise"], tags=["enterprise", "standardization", "bi consolidation", "cio", "cdo", "global", "operating model"])
add("ent-security-procurement", "Enterprise security and procurement package", "link", "For large security and procurement reviews: SIG Core, architecture diagrams, insurance certificates, MSA redline positions and the supplier onboarding forms.", verticals=["enterprise"], tags=["enterprise", "procurement", "sig core", "vendor onboarding", "msa redlines", "security review"])
add("ent-agreement", "Enterprise agreement: unlimited creators on committed capacity", "one-pager", "An enterprise licence with unlimited creators, committed query capacity, global support and a three-year term.", verticals=["enterprise"], stages=["proposal", "negotiation"], tags=["enterprise agreement", "ela", "pricing", "unlimited", "capacity", "contract"])
add("ent-case-study", "Case study: a global freight group replaces Quarrybase and Vantage Suite for 14,000 users", "case-study", "How a 60-country logistics group moved 2,100 Quarrybase users and 1,400 Vantage Suite reports onto Lumenfold in nine months, and what it saved.", verticals=["enterprise"], tags=["case study", "global", "quarrybase", "vantage suite", "consolidation", "migration", "customer story"])
add("ent-coe", "Building an analytics center of excellence: roles, governance and a federated model", "one-pager", "The operating model large customers use: a central team that owns the semantic layer, domain teams that build, and a council for definitions.", verticals=["enterprise"], tags=["center of excellence", "coe", "operating model", "governance", "federated"])
# mid-market
add("mm-growth-plan", "Growth plan: 10 to 75 creators, unlimited viewers, implementation included", "one-pager", "The plan most companies of 200 to 2,000 people buy: creator pricing by band, free viewers and a fixed-fee 30-day implementation.", verticals=["mid-market"], stages=SALES, tags=["pricing", "growth plan", "mid-market", "price", "implementation included"])
add("mm-case-study", "Case study: a 600-person distributor leaves Metricly Cloud and agrees on one gross margin", "case-study", "How a regional distributor ended the monthly argument over gross margin by moving from Metricly Cloud to governed metrics.", verticals=["mid-market"], tags=["case study", "distributor", "metricly cloud", "gross margin", "customer story"])
add("mm-quickstart", "Live in 30 days: the mid-market quick start", "one-pager", "A fixed-scope start: warehouse or apps connected, SSO, ten certified metrics and three dashboards in 30 days.", verticals=["mid-market"], tags=["quick start", "implementation", "30 days", "mid-market", "fixed fee", "onboarding"])
# smb
add("smb-starter", "Starter plan: up to 5 creators, unlimited viewers, from $600 a month", "one-pager", "For small companies: five creators, free viewers, connectors for spreadsheets, Google Analytics and the common apps, and email support.", verticals=["smb"], tags=["pricing", "starter plan", "small business", "price", "monthly", "small team"])
add("smb-case-study", "Case study: a 14-person marketing agency sends 60 clients live dashboards instead of monthly decks", "case-study", "How a small agency joined GA4, ad exports and spreadsheets and gave each client its own branded dashboard.", verticals=["smb"], tags=["case study", "agency", "marketing agency", "client reporting", "ga4", "customer story"])
add("smb-metricly-switch", "Outgrowing Metricly Cloud: when your numbers stop matching", "one-pager", "For small teams whose Metricly Cloud dashboards disagree: what changes with a semantic layer, what it costs, and a one-day move.", verticals=["smb"], tags=["metricly cloud", "switch", "small business", "numbers don't match", "semantic layer"])
add("vid-smb-setup", "Video: connect GA4 and a spreadsheet, first dashboard in 20 minutes", "video", "A small business owner's first dashboard from scratch.", verticals=["smb"], tags=["video", "setup", "ga4", "spreadsheet", "getting started", "small business"])
# nonprofit
add("np-pricing", "Nonprofit pricing: half-price creator seats, viewers free", "one-pager", "Registered charities and 501(c)(3) organisations get 50% off creator seats, unlimited free viewers and free Academy training.", verticals=["nonprofit"], stages=SALES, tags=["pricing", "nonprofit pricing", "discount", "charity", "501(c)(3)", "ngo", "price"])
add("np-impact", "Impact reporting for funders and boards", "one-pager", "Outcomes by program and site, donor- and grant-specific reports, and a board dashboard from your case management and donor systems.", verticals=["nonprofit"], tags=["impact reporting", "outcomes", "funders", "donors", "grants", "board", "programs"])
add("np-case-study", "Case study: a food bank network of 48 pantries reports to funders from one dashboard", "case-study", "How a regional food bank network, most of whose pantry coordinators are volunteers, tracks pounds distributed and households served by site.", verticals=["nonprofit"], tags=["case study", "food bank", "network", "volunteers", "impact", "customer story"])
# manufacturing, retail, hospitality
add("mfg-overview", "Plant dashboards: OEE, scrap and downtime on governed data", "one-pager", "OEE, first-pass yield, scrap and downtime by plant, line and shift from MES, historian and ERP data, on screens on the floor and on plant managers' phones.", verticals=["manufacturing"], tags=["manufacturing", "oee", "plant", "scrap", "downtime", "mes", "historian", "shift", "production"])
add("mfg-case-study", "Case study: a nine-plant packaging maker compares OEE across plants for the first time", "case-study", "How one definition of OEE across nine plants exposed a 14-point gap between the best and worst line.", verticals=["manufacturing"], tags=["case study", "manufacturing", "packaging", "oee", "plants", "customer story"])
add("rt-overview", "Store, merchandising and e-commerce analytics in one place", "one-pager", "Sell-through, margin and stock by store, category and channel, joined with e-commerce traffic and conversion, for merchants and store managers.", verticals=["retail"], tags=["retail", "stores", "boutiques", "merchandising", "sell-through", "omnichannel", "e-commerce", "inventory"])
add("hosp-overview", "Hotel and restaurant groups: RevPAR, labour and guest scores", "one-pager", "Occupancy, ADR and RevPAR, covers and labour cost by property and shift, and guest review scores.", verticals=["hospitality"], tags=["hospitality", "hotels", "restaurants", "revpar", "labour cost", "guest scores"])


# ---------------------------------------------------------------- traps: drafts, retired, expired (all look relevant)
add("draft-bc-quarrybase-2027", "Battlecard: Lumenfold vs Quarrybase (2027 refresh, DRAFT)", "battlecard", "Positioning after Quarrybase's announced browser edition; not approved by product marketing.", stages=SALES, tags=["quarrybase", "competitor", "battlecard", "comparison"], status="draft")
add("draft-ask-agents", "Lumenfold Ask Agents: AI that investigates a metric on its own (DRAFT)", "one-pager", "Announcement copy for agents that chase down why a metric moved; positioning and data-handling terms pending launch review.", tags=["ai", "agents", "lumenfold ask", "llm", "automation", "genai"], status="draft")
add("draft-it-panoramica", "Lumenfold in breve: BI governata e self-service (BOZZA)", "one-pager", "Panoramica in italiano per direzione e CdA: metriche uniche, dashboard certificate, analisi self-service; traduzione non ancora verificata.", tags=["italiano", "italian", "panoramica", "business intelligence", "dashboard"], status="draft")
add("draft-pricing-2027", "Price list 2027 (DRAFT)", "one-pager", "Proposed 2027 creator and capacity rates; not approved.", stages=SALES, tags=["pricing", "price list", "2027", "price", "creator seats"], status="draft")
add("draft-ins-solvency", "Solvency II QRTs and ORSA reporting pack (DRAFT)", "one-pager", "Planned templates for Solvency II quantitative reporting templates and ORSA dashboards for European insurers; pending actuarial review.", verticals=["insurance"], tags=["solvency ii", "solvabilité ii", "qrt", "orsa", "regulatory reporting", "europe"], status="draft")
add("retired-bc-vantage-2023", "Battlecard: Lumenfold vs Vantage Suite (2023)", "battlecard", "Vantage Suite positioning as of 2023, before Vantage launched its hosted edition.", stages=SALES, tags=["vantage suite", "vantage", "competitor", "battlecard", "on-premise", "report server"], status="retired", updated="2023-05-08T09:00:00Z")
add("retired-pricing-per-viewer-2023", "Pricing (2023): $35 per viewer, $90 per creator", "one-pager", "Our 2023 per-user pricing, viewers included; replaced by free viewers.", stages=SALES, tags=["pricing", "per user", "per viewer", "price", "licences", "viewers"], status="retired", updated="2023-01-16T09:00:00Z")
add("retired-embed-v1", "Embedded dashboards v1: iframe with a shared service login", "one-pager", "The first embedding option: an iframe signed in as one shared account per customer, with filters passed in the URL.", tags=["embedded analytics", "embed", "iframe", "white label", "multi-tenant"], status="retired", updated="2022-06-20T09:00:00Z")
add("retired-iso27001-2013", "ISO/IEC 27001:2013 certificate", "link", "Our certificate under the 2013 edition of the standard, replaced by the 2022 transition.", tags=["iso 27001", "iso", "certificate", "isms"], status="retired", updated="2024-10-14T09:00:00Z")
add("retired-pt-visao-geral", "Lumenfold: visão geral em português (2022)", "one-pager", "Visão geral em português: dashboards, relatórios e análises self-service; versão de 2022, antes da camada semântica.", tags=["português", "portuguese", "visão geral", "business intelligence", "dashboards"], status="retired", updated="2022-08-30T09:00:00Z")
add("retired-mobile-v1", "Mobile v1: PDF snapshots by email", "one-pager", "The first mobile experience: dashboards mailed as PDF snapshots to read on a phone; no live dashboards, no alerts.", tags=["mobile", "mobile app", "pdf", "snapshots", "offline"], status="retired", updated="2023-02-27T09:00:00Z")
add("retired-ask-beta", "Lumenfold Ask beta (2024): preview terms and data handling", "one-pager", "Beta terms for the natural-language preview: questions and sample rows sent to a third-party model in the US; replaced by the generally available Ask with guardrails.", tags=["ai", "lumenfold ask", "beta", "natural language", "llm", "data handling"], status="retired", updated="2024-09-02T09:00:00Z")
add("retired-hc-phi-extracts-2023", "PHI in extracts (2023): encrypted extracts in Lumenfold's cloud", "one-pager", "How PHI was protected when dashboards ran on encrypted extracts copied into Lumenfold's cloud; replaced by live query.", verticals=["healthcare"], tags=["phi", "hipaa", "extracts", "encryption", "privacy"], status="retired", updated="2023-07-11T09:00:00Z")
add("promo-q3-switch-2026", "Q3 switch offer: first year at half price when you leave Quarrybase or Metricly Cloud", "one-pager", "Half the first-year fee and free migration on agreements signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "switch offer", "quarrybase", "metricly cloud", "discount", "migration"], expires="2026-09-30")
add("lf-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the SOC 2 Type II report covering October 1, 2024 to September 30, 2025.", tags=["soc 2", "soc2", "soc 2 type ii", "audit report", "security"], expires="2026-03-31", updated="2025-11-03T09:00:00Z")
add("gov-coop-2020", "Buy through the 2020 state cooperative contract (to June 30, 2026)", "one-pager", "Buying Lumenfold through our 2020-2026 multi-state cooperative contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "procurement", "contract vehicle", "public sector"], expires="2026-06-30", updated="2020-07-01T09:00:00Z")
add("gov-fedramp-letter-2025", "FedRAMP readiness letter (2025)", "link", "Our 2025 letter on FedRAMP readiness, before the In Process designation.", verticals=["government"], tags=["fedramp", "readiness", "federal", "authorization", "letter"], expires="2026-01-31", updated="2025-06-02T09:00:00Z")
add("webinar-semantic-nov-2026", "Live webinar: one version of revenue, with dbt and the semantic layer (Nov 12, 2026)", "link", "Registration for the live session with two analytics engineering leads.", tags=["webinar", "semantic layer", "dbt", "metrics", "event", "registration"], expires="2026-11-12")
add("event-datadays-2026", "Meet Lumenfold at DataDays Summit, October 13-15, 2026", "link", "Book a meeting or a demo at booth 412.", stages=["prospecting", "discovery"], tags=["event", "conference", "trade show", "booth", "datadays", "meeting"], expires="2026-10-15")
add("ins-renewal-2026", "January renewals offer for carriers: free IFRS 17 starter dashboards (ends March 31, 2026)", "one-pager", "IFRS 17 starter dashboards and two weeks of actuarial modelling help, free on agreements signed by March 31, 2026.", verticals=["insurance"], tags=["promotion", "ifrs 17", "carriers", "offer", "starter pack"], expires="2026-03-31")
add("edu-fy26-offer", "Fiscal-year-end offer for universities: 25% off the first year (ends June 30, 2026)", "one-pager", "An extra 25% off the first year for institutions signing before their FY26 year end.", verticals=["education"], stages=["proposal", "negotiation"], tags=["promotion", "higher education", "fiscal year end", "discount", "offer", "pricing"], expires="2026-06-30")
TRAPS = [i["id"] for i in ITEMS if i["status"] != "approved" or i.get("expires", "9999") < NOW]


# ---------------------------------------------------------------- cases
CASES, VERTICAL, case = cases()

NORA = ("Nora Castellanos\nAccount Executive, Mid-Market | Lumenfold\n"
        "nora.castellanos@lumenfold.example | +1 (512) 555-0136\nBook a time: lumenfold.example/meet/nora")
JAMES = ("James Okafor | Enterprise Account Executive | Lumenfold\n"
         "james.okafor@lumenfold.example | +1 (646) 555-0119\nLumenfold Inc. · 88 Harbor Street · Boston, MA 02210")
AMARA = "Amara Whitfield | Account Executive, Financial Services | Lumenfold\namara.whitfield@lumenfold.example | +1 (860) 555-0171"
PEDRO = "Pedro Salgado | Account Executive, Public Sector & Higher Education | Lumenfold\npedro.salgado@lumenfold.example | +1 (916) 555-0158"
MAYA = "Maya Rosen | Account Executive, Healthcare | Lumenfold\nmaya.rosen@lumenfold.example | +1 (615) 555-0182"
LIESL = "Liesl Brandt | Account Executive DACH | Lumenfold GmbH\nliesl.brandt@lumenfold.example | +49 89 5550 2214\nLumenfold GmbH · Leopoldstraße 31 · 80802 München"

# ---- reply (6): the rep's own words are not the ask (prospect first then the rep's draft after `---`, or the rep's
# draft or bump on top with the prospect's message quoted below it)
case("u01", "reply", "a logistics SaaS company's VP Product asks how each of 310 shipper customers is kept to its own rows in embedded dashboards, and how embedded is priced with ~9,000 end users; the rep's draft below pitches the semantic layer, Lumenfold Ask and a Quarrybase comparison",
     mail("priya.natarajan@routewise.io", "Priya Natarajan", "Re: Lumenfold session - customer-facing reporting",
          "Hi Nora,\n\nThanks for the session on Tuesday. Our product council met yesterday and the call is that customer-facing reporting moves into the Routewise app this year, instead of the CSV exports every customer complains about.\n\n"
          "Two things I need answered before engineering will commit a squad:\n\n"
          "1. Isolation. We have ~310 shipper customers in one Postgres schema, keyed by account_id. How do you guarantee Customer A never sees Customer B's shipments, even if somebody edits a URL or a filter in the browser? Our security lead will want to read the mechanism, not a promise.\n"
          "2. Cost. Our customers have something like 9,000 users who'd open these dashboards. If this is priced per viewer it's dead on arrival. How do you price embedded?\n\n"
          "Priya\n\nPriya Natarajan | VP Product | Routewise\nFreight visibility for shippers & 3PLs\nroutewise.io | +1 (737) 555-0164\n\n"
          "---\n"
          "Hi Priya,\n\nThanks again for the time! As promised, I'm attaching a short overview of our semantic layer and a two-minute clip of Lumenfold Ask, so your ops team can see plain-English questions in action. "
          "Since your internal BI team runs Quarrybase, I'm also happy to walk through how we compare to them.\n\n" + NORA,
          company="Routewise"),
     {"lf-embed-rls": 3, "lf-pricing-embed": 3, "sn-embed-tenant": 2, "lf-embed": 1},
     forbidden=["retired-embed-v1", "draft-bc-quarrybase-2027"], vertical="mid-market")

case("u02", "reply", "the newest text is the rep's own bump ('did you get a chance to look at the deck?'); the health system's chief analytics officer asked, in the quoted message below, whether Lumenfold signs a BAA and whether patient-level data is copied out of Snowflake, and for de-identified board numbers with small cells suppressed",
     mail("aokonjo@lakeshorehealth.org", "Adaeze Okonjo", "Re: Lumenfold overview for Lakeshore Health",
          "Hi Adaeze,\n\nJust bumping this up your inbox, I know budget season has everyone buried. Did you get a chance to look at the overview deck? Happy to set up 30 minutes with our healthcare solutions team whenever it suits.\n\nBest,\nMaya\n\n" + MAYA + "\n\n"
          "On Tue, Nov 10, 2026 at 4:12 PM Adaeze Okonjo <aokonjo@lakeshorehealth.org> wrote:\n" +
          quote("Maya,\n\nThanks for the deck. Before this goes to our privacy office I need two answers in writing:\n\n"
                "- Will Lumenfold sign our Business Associate Agreement? We do not put PHI into any system without one.\n"
                "- Our Epic Clarity data lands in Snowflake. Does Lumenfold copy patient-level data into its own cloud (extracts, caches), or does it query Snowflake in place? "
                "And can the board pack show de-identified numbers only, with small cells suppressed?\n\n"
                "Adaeze Okonjo, MD, MPH\nChief Analytics Officer | Lakeshore Health\n\n"
                "CONFIDENTIALITY: This message may contain protected health information. If you are not the intended recipient, notify the sender and destroy all copies.\n\n"
                "On Mon, Nov 2, 2026 at 9:03 AM Maya Rosen <maya.rosen@lumenfold.example> wrote:\n" +
                quote("Hi Adaeze, great to meet you at the analytics summit. Our overview deck is attached, would you be open to a short call?")),
          company="Lakeshore Health"),
     {"lf-hipaa-baa": 3, "hc-phi": 3, "lf-live-query": 2, "lf-security-package": 1},
     forbidden=["retired-hc-phi-extracts-2023"], vertical="healthcare")

case("u03", "reply", "the rep's half-written draft on top talks FedRAMP and a cooperative contract; the county budget director's quoted question is whether budget and 311 dashboards can go on the county website publicly with no per-viewer fee, and whether they pass an ADA / WCAG review",
     mail("mbell@dunmorecounty.gov", "Marcus Bell", "Re: Public dashboards for the budget hearings",
          "Hi Marcus,\n\nGreat question. Before I answer, a quick heads-up that we are In Process for FedRAMP Moderate and can also be bought off a cooperative contract, which should make procurement simpler for Dunmore County. On the public side, [PS: add the link + check with SE]\n\n" + PEDRO + "\n\n"
          "On Mon, Nov 16, 2026 at 2:37 PM Marcus Bell <mbell@dunmorecounty.gov> wrote:\n" +
          quote("Pedro,\n\nThe Commissioners want budget-to-actuals and 311 response times on the county website by the March budget hearings. Public, no login. "
                "Our current vendor charges us for every viewer, which is absurd for a public web page.\n\n"
                "So: can Lumenfold publish dashboards to the public without per-viewer fees? And will they pass an ADA / Section 508 review? Our web team checks every page against WCAG before it goes live.\n\n"
                "Marcus Bell\nDirector, Office of Budget & Performance\nDunmore County, Pennsylvania\n\n"
                "PUBLIC RECORDS NOTICE: Email sent to or from this address may be subject to disclosure under the Right-to-Know Law.")),
     {"gov-open-data": 3, "lf-vpat": 3, "gov-pricing": 2, "gov-overview": 1},
     forbidden=["gov-coop-2020", "gov-fedramp-letter-2025"], vertical="government")

case("u04", "reply", "an MGA's head of data wants each of its four carriers to log into a Bluewater-branded portal that shows only the programs that carrier backs (bordereaux, loss runs), and asks whether a carrier's auditor needs a licence; the rep's draft below pitches Lumenfold Ask and a Metricly Cloud comparison, and the rep's signature says 'Financial Services'; the prospect never writes the word insurance",
     mail("dkowalczyk@bluewateruw.com", "Dana Kowalczyk", "RE: Follow-up from Thursday", source="outlook",
          text="Hi Amara,\n\nWhere we landed internally after Thursday: the first use case is not our own dashboards, it's our carriers. We write on paper from four carriers, and each of them wants monthly premium and claims bordereaux and loss runs for the programs it backs. Today that is Excel files on a shared drive and a lot of apologising.\n\n"
               "Can we give each carrier a login where it sees only its own programs, under the Bluewater brand rather than yours? And does a carrier's auditor need a paid licence just to look?\n\n"
               "Thanks,\nDana\n\nDana Kowalczyk | Head of Data & Analytics\nBluewater Specialty Underwriters, LLC\nA Managing General Agency · Licensed in 46 states\n\n"
               "---\n"
               "Hi Dana,\n\nThank you for the time Thursday! Attached is our general overview plus the comparison with Metricly Cloud that Carl asked about. I'd also love to show you Lumenfold Ask, our natural-language feature, on some of your claims data.\n\n" + AMARA,
          company="Bluewater Specialty Underwriters"),
     {"ins-mga-embed": 3, "lf-embed-rls": 2, "lf-embed": 2, "lf-pricing-embed": 2},
     forbidden=["retired-embed-v1", "fs-overview"], vertical=OWN)

case("u05", "reply", "the rep's draft on top pitches Lumenfold Ask and the mobile app; below it, in Outlook's header style, the freight group's chief of staff to the CIO asks for the migration approach for 2,400 Quarrybase licences and a Vantage Suite server with 1,100 scheduled reports, and a reference of comparable size",
     mail("helena.voss@meridian-freight.com", "Helena Voss", "RE: BI consolidation - next step", source="outlook",
          text="Hi Helena,\n\nThanks for the note, and congratulations on getting the program approved. I'd love to show your team Lumenfold Ask and our new mobile app, which operations leaders have really liked. Would Tuesday work for a 45-minute session?\n\n" + JAMES + "\n\n"
               "From: Helena Voss <helena.voss@meridian-freight.com>\nSent: Wednesday, November 18, 2026 9:47 AM\nTo: James Okafor <james.okafor@lumenfold.example>\nCc: Tobias Lind <tobias.lind@meridian-freight.com>\nSubject: BI consolidation - next step\n\n"
               "James,\n\nThe steering committee approved the BI consolidation program. Scope: about 2,400 Quarrybase desktop licences across 31 countries, and the Vantage Suite report server that Finance runs (roughly 1,100 scheduled reports, many of them bursting to country controllers).\n\n"
               "Before we shortlist, I need (a) your migration approach for both estates, in writing, and (b) a reference of comparable size that has done this, ideally one we can call.\n\n"
               "Kind regards,\nHelena Voss\nChief of Staff to the CIO | Meridian Freight Group\nHamburg · Rotterdam · Singapore · Chicago\n\n"
               "Meridian Freight Group SE, Registered office Hamburg, HRB 184220. This e-mail may contain confidential information.",
          company="Meridian Freight Group"),
     {"ent-case-study": 3, "lf-migrate": 3, "cmp-vantage": 2, "cmp-quarrybase": 2},
     forbidden=["retired-bc-vantage-2023", "promo-q3-switch-2026", "mm-case-study", "gov-case-study-county"], vertical="enterprise")

case("u06", "reply", "a university's director of institutional research asks how FERPA is handled when advisors see student-level data (and whether any goes to the AI feature), and what 650 advisors and 200 chairs who only view would cost; the rep's draft below follows up on notebooks and dbt",
     mail("rlachance@calderstate.edu", "Renée Lachance", "Re: Lumenfold follow-up",
          "Pedro,\n\nTwo things came up at our IR team meeting.\n\n"
          "First, FERPA. Advisors would see student-level data: GPA, holds, early-alert flags. What does Lumenfold do to keep each advisor to their own advisees, and is any student data sent to the AI feature?\n\n"
          "Second, we have about 650 advisors and 200 department chairs who would only ever view. Our current vendor wants a licence for each of them. What would that look like with you?\n\n"
          "Renée\n\nRenée Lachance, PhD\nDirector, Office of Institutional Research & Effectiveness\nCalder State University\n\n"
          "---\n"
          "Hi Renée,\n\nFollowing up with the notebook workbench and the dbt integration your data engineers asked about on our call, plus a recording of the demo. Let me know if the team would like a deeper technical session.\n\n" + PEDRO,
          company="Calder State University"),
     {"edu-ferpa": 3, "edu-pricing": 3, "sn-viewer-free": 2, "lf-rls-internal": 1},
     forbidden=["edu-fy26-offer", "retired-pricing-per-viewer-2023"], vertical="education")


# ---- foreign (9): German, French, Spanish, Portuguese, Italian, Polish, Japanese, Swedish, Turkish
case("u07", "foreign", "German: an insurance broker's head of IT needs, for the data protection officer, where data is stored (EU, ideally Germany), an AVV under Art. 28 GDPR and the subprocessor list, plus a short German overview for the managing directors",
     mail("j.huettemann@huettemann-makler.de", "Jörg Hüttemann", "AW: Lumenfold Präsentation",
          "Sehr geehrte Frau Brandt,\n\nvielen Dank für die Präsentation am Dienstag. Bevor wir weitermachen, braucht unser Datenschutzbeauftragter drei Dinge: "
          "wo unsere Daten gespeichert werden (wir erwarten ein Rechenzentrum in der EU, am liebsten in Deutschland), einen Auftragsverarbeitungsvertrag nach Art. 28 DSGVO und die Liste der Unterauftragsverarbeiter.\n\n"
          "Außerdem hätte unsere Geschäftsführung gern eine kurze Unterlage auf Deutsch, die sie vor der Beiratssitzung am 14. Dezember lesen kann.\n\n"
          "Mit freundlichen Grüßen\n\nJörg Hüttemann\nLeiter IT & Daten\nHüttemann & Partner Versicherungsmakler GmbH\nKönigsallee 48 · 40212 Düsseldorf\n"
          "Registergericht Düsseldorf HRB 77312 · Vermittlerregister D-H5KQ-R7T42-41 (Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO)\n\n"
          "Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
          company="Hüttemann & Partner Versicherungsmakler GmbH"),
     {"de-datenschutz": 3, "de-overview": 3, "lf-dpa": 2, "lf-data-residency": 2},
     vertical=OWN)

case("u08", "foreign", "French: a regional bank's head of data asks whether the interface and dashboard labels can be in French for branch staff, how Lumenfold fits DORA with data in the EU, and for a French presentation for the selection committee",
     mail("sophie.marchal@brv-banque.fr", "Sophie Marchal", "RE : Démonstration Lumenfold - suite",
          "Bonjour Camille,\n\nMerci pour la démonstration de jeudi. Trois points avant notre comité de sélection du 9 décembre :\n\n"
          "1) Nos collaborateurs en agence ne parlent pas tous anglais : l'interface et les libellés des tableaux de bord peuvent-ils être en français ?\n"
          "2) Hébergement et conformité : nos données doivent rester dans l'UE, et la direction des risques demande comment vous vous inscrivez dans DORA (registre d'informations des prestataires TIC, tests de résilience, stratégie de sortie).\n"
          "3) Auriez-vous une présentation en français à joindre au dossier du comité ?\n\n"
          "Bien cordialement,\n\nSophie Marchal\nResponsable Data & Reporting\nBanque Régionale du Vercors\n12, place Grenette · 38000 Grenoble\n\n"
          "Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires.",
          company="Banque Régionale du Vercors"),
     {"fs-regulatory": 3, "lf-localization": 3, "fr-overview": 3, "lf-data-residency": 2},
     forbidden=["ins-vendor-risk"], vertical="financial-services")

case("u09", "foreign", "Spanish: a Mexican foundation running scholarship and child-nutrition programs asks whether there is nonprofit pricing and for Spanish material for its board; donors want quarterly impact reports",
     mail("lucia.garza@semillasdelnorte.org.mx", "Lucía Garza", "Re: Llamada con Lumenfold",
          "Hola Tomás:\n\nGracias por la llamada del martes. Como te comenté, somos una fundación con 14 programas de becas y nutrición infantil en Nuevo León y Coahuila, y nuestros donantes nos piden informes de impacto trimestrales que hoy armamos a mano en Excel.\n\n"
          "Dos preguntas: ¿tienen un precio especial para organizaciones sin fines de lucro? Y ¿tienen algún material en español que pueda compartir con nuestro consejo directivo?\n\n"
          "Saludos cordiales,\nLucía Garza\nCoordinadora de Evaluación y Seguimiento\nFundación Semillas del Norte, A.C.\nMonterrey, N.L.\n\n"
          "AVISO DE PRIVACIDAD: La información contenida en este correo es confidencial y para uso exclusivo del destinatario.",
          company="Fundación Semillas del Norte"),
     {"np-pricing": 3, "es-overview": 3, "np-impact": 2, "sn-es-visores": 1},
     forbidden=["edu-pricing"], vertical="nonprofit")

case("u10", "foreign", "Brazilian Portuguese: an insurer's head of controllership needs IFRS 17 (CPC 50) CSM tracking by group and cohort reconciled monthly, mentions SUSEP statistical tables, and asks for material in Portuguese, which exists only as a retired 2022 overview",
     mail("beatriz.tavares@atlanticasul.com.br", "Beatriz Tavares", "Re: Lumenfold - próximos passos",
          "Olá Rafael,\n\nObrigada pelo retorno. Nossa prioridade para 2027 é a divulgação do IFRS 17 (CPC 50): precisamos acompanhar a margem contratual de serviço (CSM) e o ajuste de risco por grupo de contratos e por coorte, e conciliar com a contabilidade todo mês. "
          "Também temos os quadros estatísticos da SUSEP, hoje montados em planilhas.\n\n"
          "Vocês têm material sobre isso, de preferência em português, para apresentar à diretoria?\n\n"
          "Abraços,\nBeatriz Tavares\nSuperintendente de Controladoria\nSeguradora Atlântica Sul S.A.\nAv. Paulista, 1842 · São Paulo · SP\n\n"
          "Esta mensagem pode conter informação confidencial. Se você a recebeu por engano, apague-a e avise o remetente.",
          company="Seguradora Atlântica Sul S.A."),
     {"ins-ifrs17": 3, "ins-regulatory": 2, "ins-overview": 2, "lf-localization": 1},
     forbidden=["retired-pt-visao-geral", "ins-renewal-2026", "fs-regulatory"], vertical=OWN)

case("u11", "foreign", "Italian: a fashion house with 62 boutiques and an online shop wants NetSuite (orders, stock) and GA4 joined for sell-through and conversion by boutique and channel, and asks for Italian material for the board, which exists only as a draft",
     mail("g.rinaldi@maisonferri.it", "Giulia Rinaldi", "R: Demo Lumenfold",
          "Buongiorno Marco,\n\ngrazie ancora per la demo di venerdì. Per passare alla fase successiva ci servono due chiarimenti:\n\n"
          "1) Possiamo collegare direttamente NetSuite (ordini, giacenze di magazzino) e Google Analytics 4 dell'e-commerce, per vedere sell-through e tasso di conversione per boutique e per canale?\n"
          "2) Avete del materiale in italiano da far girare al Consiglio di Amministrazione?\n\n"
          "Cordiali saluti,\nGiulia Rinaldi\nResponsabile Business Intelligence\nMaison Ferri S.p.A. · Via de' Tornabuoni 9 · 50123 Firenze\n\n"
          "Ai sensi del Regolamento UE 2016/679 (GDPR), le informazioni contenute in questo messaggio sono riservate e a uso esclusivo del destinatario.",
          company="Maison Ferri S.p.A."),
     {"rt-overview": 3, "lf-connector-apps": 3, "lf-connector-ga": 2, "lf-localization": 1},
     forbidden=["draft-it-panoramica"], vertical="retail")

case("u12", "foreign", "Polish: a fleet-management SaaS company's CTO wants reports embedded for ~1,200 fleet customers and asks whether each customer sees only its own data (one PostgreSQL database with tenant_id), whether data can stay in the EU, and whether the interface can be in Polish",
     mail("pawel.zielinski@flotex.pl", "Paweł Zieliński", "Re: Prezentacja Lumenfold",
          "Dzień dobry Pani Noro,\n\ndziękuję za wczorajszą prezentację. Chcemy osadzić raporty w naszej aplikacji dla ok. 1 200 klientów flotowych. Mam trzy pytania:\n\n"
          "1) Czy każdy klient widzi wyłącznie swoje dane? Mamy jedną bazę PostgreSQL z kolumną tenant_id.\n"
          "2) Czy dane mogą być przechowywane w UE?\n"
          "3) Czy interfejs może być po polsku? Nasi klienci to głównie polskie firmy transportowe.\n\n"
          "Pozdrawiam,\nPaweł Zieliński\nCTO · Flotex Sp. z o.o.\nul. Legnicka 55 · 54-203 Wrocław\nKRS 0000612334 · NIP 8971822190",
          company="Flotex Sp. z o.o."),
     {"lf-embed-rls": 3, "lf-data-residency": 2, "lf-localization": 2, "lf-embed": 2},
     forbidden=["retired-embed-v1"], vertical="mid-market")

case("u13", "foreign", "Japanese: a 12,000-person trading company's head of information systems asks how a move off ~800 Qlik apps would go and how long it takes, whether SSO and automatic provisioning work with Microsoft Entra ID, and for a Japanese product document for executives",
     mail("k.sato@tohounion.co.jp", "佐藤 健一", "Re: Lumenfold デモのお礼とご質問",
          "森様\n\nいつもお世話になっております。東邦ユニオン商事の佐藤です。\n先日はデモのお時間をいただき、ありがとうございました。社内検討にあたり、以下についてご教示いただけますでしょうか。\n\n"
          "1. 現在グループ全体で Qlik を利用しております（アプリ約800本）。移行の進め方と期間の目安\n"
          "2. Microsoft Entra ID によるシングルサインオンと、ユーザーの自動プロビジョニングへの対応可否\n"
          "3. 役員向けに日本語の製品資料があれば頂戴したく存じます。\n\n"
          "お忙しいところ恐縮ですが、よろしくお願いいたします。\n\n"
          "佐藤 健一\n株式会社東邦ユニオン商事　情報システム部 部長\n〒100-0005 東京都千代田区丸の内2-4-1\nTEL 03-5555-0142\n\n"
          "本メールは機密情報を含む場合があります。誤って受信された場合は、送信者にご連絡のうえ削除してください。",
          company="株式会社東邦ユニオン商事"),
     {"lf-migrate-qlik": 3, "lf-sso-scim": 3, "ja-overview": 3, "lf-migrate": 1},
     vertical="enterprise")

case("u14", "foreign", "Swedish: a municipality's digitalisation strategist needs, before procurement, where personal data is stored (EU/EEA after Schrems II) with a data processing agreement, and an accessibility report for dashboards published to residents (WCAG 2.1 AA)",
     mail("erik.lindqvist@norrvik.se", "Erik Lindqvist", "Sv: Genomgång av Lumenfold",
          "Hej Sara,\n\nTack för genomgången i torsdags. Innan vi går vidare till upphandling behöver vi svar på två frågor:\n\n"
          "1) Var lagras våra uppgifter? Efter Schrems II kräver vårt dataskyddsombud att personuppgifter stannar inom EU/EES och att vi tecknar ett personuppgiftsbiträdesavtal.\n"
          "2) Tillgänglighet: de dashboards vi publicerar för invånarna måste uppfylla lagen om tillgänglighet till digital offentlig service (WCAG 2.1 AA). Har ni en tillgänglighetsredogörelse eller motsvarande rapport?\n\n"
          "Med vänliga hälsningar\nErik Lindqvist\nDigitaliseringsstrateg, Kommunledningskontoret\nNorrviks kommun\n\n"
          "När du skickar e-post till Norrviks kommun behandlar vi dina personuppgifter enligt dataskyddsförordningen. E-post till kommunen kan bli allmän handling.",
          company="Norrviks kommun"),
     {"lf-data-residency": 3, "lf-dpa": 3, "lf-vpat": 3, "gov-open-data": 2},
     forbidden=["gov-coop-2020"], vertical="government")

case("u15", "foreign", "Turkish: a bank's data management head says regulation keeps customer data in Turkey, on an on-premise SQL Server warehouse in Istanbul, and asks whether Lumenfold can query it in place without copying, what reaches the vendor's cloud, and notes the network team allows no internet-facing connection",
     mail("mehmet.yildiz@anadoluticaretbank.com.tr", "Mehmet Yıldız", "Ynt: Lumenfold sunumu",
          "Merhaba James Bey,\n\nSunum için teşekkür ederiz. BDDK düzenlemeleri gereği müşteri verilerimiz Türkiye dışına çıkamıyor; veri ambarımız İstanbul'daki kendi veri merkezimizde, SQL Server üzerinde çalışıyor.\n\n"
          "Lumenfold bu veriyi kopyalamadan, yerinde sorgulayabilir mi? Sizin bulutunuza tam olarak hangi veriler gidiyor? "
          "Ayrıca ağ ekibimiz dışarıdan içeriye açılan bir bağlantıya kesinlikle izin vermiyor.\n\n"
          "Saygılarımla,\nMehmet Yıldız\nVeri Yönetimi Müdürü\nAnadolu Ticaret Bankası A.Ş.\nBüyükdere Cad. No:121 · Şişli / İstanbul\n\n"
          "Yasal Uyarı: Bu e-posta ve ekleri yalnızca gönderildiği kişi ya da kuruma özeldir ve gizlidir.",
          company="Anadolu Ticaret Bankası A.Ş."),
     {"lf-live-query": 3, "lf-private-connect": 3, "fs-overview": 1, "lf-connectors": 1},
     vertical="financial-services")


# ---- crm (7): raw picklist values (canonical ones only in u16), some under German, French and Spanish labels
case("u16", "crm", "a Salesforce opportunity at a state revenue department at Proposal/Price Quote: 45 creators and 1,800 staff viewers, procurement wants a cooperative contract instead of an RFP, the CISO requires StateRAMP Moderate before award, and pricing held for three years",
     crm("salesforce", "Arden Department of Revenue", "Proposal/Price Quote", "Government",
         "Opportunity: Arden DOR - Agency Analytics Platform\nAccount Name: Arden Department of Revenue\nStage: Proposal/Price Quote\nAmount: $312,000.00\nClose Date: 1/29/2027\nIndustry: Government\n"
         "Next Step: Send pricing + StateRAMP letter; confirm contract vehicle\n"
         "Description: 45 analysts (creators), ~1,800 staff viewers, 6 public-facing dashboards later in FY28. Procurement (Linda Avery) wants to buy off an existing cooperative contract rather than run an RFP. CISO requires StateRAMP Moderate authorization before award.\n"
         "Activity History\n11/17/2026 Call - Procurement: asked whether pricing can be held for a 3-year term; budget request due 12/15.\n11/03/2026 Email - Sent overview deck.",
         url="https://arden-lumenfold.lightning.force.com/lightning/r/Opportunity/0065e00000Xq2AbAAJ/view",
         vertical="government", stage="proposal"),
     {"gov-stateramp": 3, "gov-pricing": 3, "gov-coop-contract": 3, "lf-price-lock": 2},
     forbidden=["gov-coop-2020", "gov-fedramp-letter-2025", "edu-pricing"], vertical="government")

case("u17", "crm", "a HubSpot deal at a regional property and casualty mutual ('qualifiedtobuy', 'Insurance'): underwriting wants weekly loss and combined ratios by state, line and agency, claims wants severity and cycle time; asked for examples and a customer like them",
     crm("hubspot", "Granite Valley Mutual Insurance Company", "qualifiedtobuy", "Insurance",
         "Deal name: Granite Valley Mutual - BI platform\nDeal stage: Qualified To Buy\nPipeline: New Business\nAmount: $140,000\nCompany: Granite Valley Mutual Insurance Company\nIndustry: Insurance\n\n"
         "Notes (discovery call, Nov 12): Regional P&C mutual, personal auto + homeowners + farmowners in 7 states, DWP ~$640M. Today loss ratios come from the actuarial team once a quarter in Excel. "
         "VP Underwriting (Carla Dunn) wants loss ratio and combined ratio by state, line and agency every week. VP Claims wants severity and cycle-time trends. "
         "They asked for examples of loss ratio dashboards and a customer like them. Data: Guidewire-style policy and claims DBs replicated to Snowflake.\n"
         "Next step: send examples + customer story; schedule technical demo with actuarial.",
         url="https://app.hubspot.com/contacts/4412093/record/0-3/18832201944"),
     {"ins-loss-ratio": 3, "ins-case-study-carrier": 3, "ins-claims": 2, "ins-overview": 1},
     forbidden=["fs-case-study-bank", "fs-overview"], vertical=OWN)

case("u18", "crm", "a Salesforce opportunity under German labels at a hospital group ('Bedarfsanalyse', 'Gesundheitswesen'): medical controlling wants daily case numbers, length of stay and occupancy; the next step asks for German material for management and data protection information (hosting in Germany / EU, AVV)",
     crm("salesforce", "Klinikverbund Oberland gGmbH", "Bedarfsanalyse", "Gesundheitswesen",
         "Opportunity-Name: Klinikverbund Oberland - Medizincontrolling BI\nAccountname: Klinikverbund Oberland gGmbH\nPhase: Bedarfsanalyse\nBranche: Gesundheitswesen\nBetrag: 148.000,00 €\nSchlusstermin: 31.03.2027\n"
         "Nächster Schritt: Unterlagen an die Geschäftsführung (auf Deutsch!) + Datenschutz-Infos an Frau Dr. Kessler (DSB)\n"
         "Beschreibung: 4 Kliniken, 2.100 Betten. Das Medizincontrolling will Fallzahlen, Verweildauer und Belegung täglich statt monatlich sehen; Daten liegen im Data Warehouse auf SQL Server. Die Datenschutzbeauftragte verlangt Hosting in Deutschland bzw. der EU und einen AVV.\n"
         "Aktivitäten: 19.11.2026 Anruf mit Herrn Brandl (Leitung Medizincontrolling)",
         url="https://oberland.lightning.force.com/lightning/r/Opportunity/0067Q00000KlMnOQA3/view"),
     {"hc-overview": 3, "de-datenschutz": 3, "de-overview": 2, "lf-data-residency": 2},
     forbidden=["retired-hc-phi-extracts-2023"], vertical="healthcare")

case("u19", "crm", "a HubSpot deal under French labels at a mutual health insurer ('Rendez-vous programmé', 'Assurance'): first meeting with the CFO and chief actuary on IFRS 17 (CSM, risk adjustment) and Solvency II reporting now in Excel; they want a French overview before the meeting",
     crm("hubspot", "Mutuelle Santé Horizon", "Rendez-vous programmé", "Assurance",
         "Nom de la transaction : Mutuelle Santé Horizon - Pilotage IFRS 17\nÉtape de la transaction : Rendez-vous programmé\nSecteur d'activité : Assurance\nMontant : 95 000 €\nPropriétaire : Camille Dufresne\n\n"
         "Notes : premier rendez-vous le 2 décembre avec le DAF et la directrice de l'actuariat. Mutuelle santé et prévoyance, 410 000 adhérents. "
         "Enjeu : production des états IFRS 17 (CSM, ajustement pour risque, tableaux de passage) et des QRT Solvabilité II, aujourd'hui sous Excel. "
         "Ils souhaitent recevoir une présentation de la plateforme en français avant le rendez-vous.",
         url="https://app-eu1.hubspot.com/contacts/26110455/record/0-3/9938120045"),
     {"ins-ifrs17": 3, "fr-overview": 3, "ins-overview": 2, "ins-regulatory": 1},
     forbidden=["draft-ins-solvency", "hc-overview", "fs-regulatory"], vertical=OWN)

case("u20", "crm", "a Dynamics 365 opportunity at a community bank ('Propose', 'Banking'): vendor management must finish third-party due diligence (current SOC 2 Type II or a bridge letter, business continuity, financials per FFIEC guidance) and the CFO wants a price for 35 creators and ~900 viewers",
     crm("dynamics", "Tri-County Community Bank", "Propose", "Banking",
         "Opportunity: Tri-County Community Bank - Finance & Risk Analytics\nSales Stage: Propose\nIndustry: Banking\nEst. Revenue: $86,400.00\nEst. Close Date: 12/18/2026\n"
         "Description: $2.1B community bank, 38 branches. Vendor Management (third-party risk) must complete due diligence before contract: SOC 2 Type II for the current period, business continuity and DR testing, financial statements, per FFIEC guidance. "
         "CFO wants a price for 35 creators and ~900 viewers (branch managers, lenders, credit admin).\n"
         "Posts\n11/19/2026 Vendor Mgmt (R. Osei) sent their questionnaire; asked for a SOC 2 bridge letter if the audit period ended more than 3 months ago.\n11/05/2026 Demo to CFO and Controller.",
         url="https://tricounty.crm.dynamics.com/main.aspx?etn=opportunity&id=7d3f2a10-5b1e-4c1a-9a77-2f3c8e0d9b41"),
     {"fs-vendor-dd": 3, "lf-soc2-2026": 3, "lf-pricing": 2, "lf-security-package": 2},
     forbidden=["lf-soc2-2025", "ins-vendor-risk", "retired-pricing-per-viewer-2023"], vertical="financial-services")

case("u21", "crm", "a Pipedrive deal with no industry and no person at a 22-person coffee roaster on Metricly Cloud whose sales and finance revenue never match: what does it cost for 4 builders with everyone else viewing, and why would Lumenfold fix the numbers",
     crm("pipedrive", "Copperleaf Coffee Roasters", "Proposal Made", None,
         "Deal: Copperleaf Coffee Roasters - 4 editors\nStage: Proposal Made\nValue: $7,200\nOrganization: Copperleaf Coffee Roasters (22 employees)\nPerson: (none)\n"
         "Notes: Owner (Jess) uses Metricly Cloud today; revenue on the sales dashboard never matches the finance dashboard, 'which number do I give the bank?'. "
         "Wholesale + online store, GA4 + spreadsheets. Wants to know what it costs for 4 people building and everyone else just looking, and why we'd fix the numbers problem when Metricly didn't.",
         contact=None, url="https://copperleaf.pipedrive.com/deal/1184"),
     {"smb-starter": 3, "smb-metricly-switch": 3, "bc-metricly": 2, "lf-semantic-layer": 1},
     forbidden=["promo-q3-switch-2026", "mm-growth-plan", "mm-case-study"], vertical="smb")

case("u22", "crm", "a Salesforce opportunity under Spanish labels at a Chilean university ('Negociación/Revisión', 'Educación'): the rector's office accepts if the education discount applies and the price is fixed for a three-year agreement, signed before the budget year closes on Dec 15",
     crm("salesforce", "Universidad Austral del Pacífico", "Negociación/Revisión", "Educación",
         "Nombre de la oportunidad: UAP - Analítica Institucional\nNombre de la cuenta: Universidad Austral del Pacífico\nEtapa: Negociación/Revisión\nSector: Educación\nImporte: USD 118.000,00\nFecha de cierre: 15/12/2026\n"
         "Próximo paso: responder a la contraoferta de Rectoría\n"
         "Descripción: Rectoría acepta la propuesta si (1) se aplica el descuento para instituciones educativas y (2) el precio queda fijo por 3 años (convenio trienal). Firma antes del cierre del año presupuestario (15 de diciembre).",
         url="https://uap.lightning.force.com/lightning/r/Opportunity/0068c00000PqRsTAAV/view"),
     {"edu-pricing": 3, "lf-price-lock": 3, "lf-price-lock-yearend": 2, "sn-price-lock": 2},
     forbidden=["draft-pricing-2027", "gov-coop-2020", "edu-fy26-offer"], vertical="education")


# ---- thread (5): the ask is only in the latest message; older asks below were answered
case("u23", "thread", "a distributor's controller, after SSO and viewer pricing were answered further down, now asks whether Lumenfold reads NetSuite directly (no finance warehouse yet) and whether the monthly P&L and flash report can go to the board as a formatted PDF on business day 3",
     mail("opratt@brightwatersupply.com", "Owen Pratt", "Re: Lumenfold questions from Finance",
          "Thanks Nora, that covers SSO and the licence question.\n\n"
          "Last piece from my side. Our GL lives in NetSuite and we don't have a warehouse for finance data yet. Can Lumenfold pull from NetSuite directly? "
          "And can I schedule the monthly P&L and the flash report as a properly formatted PDF (page breaks, our header, no cut-off tables) that goes to the board on business day 3?\n\n"
          "Owen\n\nOwen Pratt, CPA | Corporate Controller | Brightwater Supply Co.\n\n"
          "---\n"
          "Hi Owen,\n\nYes to both. SSO works with Okta over SAML, and SCIM removes people when they leave. On licences: only people who build need a creator seat; the 120 managers who just read are free viewers.\n\n" + NORA + "\n\n"
          "---\n"
          "Nora,\n\nTwo follow-ups from our CFO after the demo: how does SSO work with Okta, and what did you say the price per viewer was? We'd have about 120 managers looking at dashboards.\n\nOwen\n\n"
          "---\n"
          "Hi Owen, thanks for joining the demo with Rick today. Recording attached.\n\n" + NORA,
          company="Brightwater Supply Co."),
     {"lf-connector-apps": 3, "lf-pixel-perfect": 3, "lf-alerts": 2},
     forbidden=["retired-pricing-per-viewer-2023"], vertical="mid-market")

case("u24", "thread", "an excess and surplus lines carrier's data lead, after SOC 2 and SSO cleared InfoSec further down, now asks whether the actuaries (Python, pandas, chainladder) can work in notebooks on the same governed data, and how Lumenfold fits the dbt Cloud standard",
     mail("mfarrow@ironbridge-es.com", "Miles Farrow", "Re: Ironbridge / Lumenfold - InfoSec review",
          "Amara,\n\nGood news: the SOC 2 and SSO answers cleared InfoSec.\n\n"
          "Next hurdle is actuarial. They live in Python (pandas, the chainladder package) and will not export CSVs from dashboards. Can they work in notebooks on the same governed data the dashboards use? "
          "And our data engineering team is standardising on dbt Cloud this quarter. How does Lumenfold fit with dbt? I don't want two places where 'earned premium' is defined.\n\n"
          "Miles\n\nMiles Farrow\nDirector, Data & Analytics\nIronbridge Excess & Surplus Insurance Company\nScottsdale, AZ\n\n"
          "On Thu, Nov 12, 2026 at 10:02 AM Amara Whitfield <amara.whitfield@lumenfold.example> wrote:\n" +
          quote("Hi Miles, attached is our SOC 2 Type II report for the 2026 period (under the NDA we signed) and the SSO guide for Entra ID. Let me know what InfoSec thinks.\n\n" + AMARA + "\n\n"
                "On Tue, Nov 10, 2026 at 3:40 PM Miles Farrow <mfarrow@ironbridge-es.com> wrote:\n" +
                quote("Amara, InfoSec needs your current SOC 2 Type II report and confirmation that SSO works with Entra ID before we go further. Miles")),
          company="Ironbridge Excess & Surplus Insurance Company"),
     {"lf-workbench": 3, "lf-dbt": 3, "sn-dbt-answer": 2, "lf-metrics-api": 1},
     forbidden=["lf-soc2-2025"], vertical=OWN)

case("u25", "thread", "a food bank network's executive director, after nonprofit pricing was answered further down (Outlook headers), now asks for another food bank or similar network to hear from, and whether Lumenfold trains volunteers with little data background",
     mail("gmendez@heartlandharvest.org", "Gloria Mendez", "RE: Pricing for Heartland Harvest", source="outlook",
          text="Hi Nora,\n\nThank you for sending the nonprofit pricing. Our treasurer was pleased.\n\n"
               "Two things our board chair asked for before the vote on the 10th: is there another food bank or similar network using Lumenfold that we could hear from? "
               "And do you train volunteers? Most of our 48 pantry coordinators are volunteers with little data background, and if they can't use it, it doesn't matter what it costs.\n\n"
               "Gratefully,\nGloria Mendez\nExecutive Director | Heartland Harvest Food Network\n\"No neighbor goes hungry.\"\n\n"
               "From: Nora Castellanos <nora.castellanos@lumenfold.example>\nSent: Friday, November 13, 2026 11:20 AM\nTo: Gloria Mendez <gmendez@heartlandharvest.org>\nSubject: RE: Pricing for Heartland Harvest\n\n"
               "Hi Gloria,\n\nGreat question. As a 501(c)(3), Heartland Harvest gets half-price creator seats, and everyone who only views is free. For your 3 staff builders that comes to well under your budget line; details attached.\n\n" + NORA + "\n\n"
               "From: Gloria Mendez <gmendez@heartlandharvest.org>\nSent: Thursday, November 12, 2026 4:05 PM\nTo: Nora Castellanos <nora.castellanos@lumenfold.example>\nSubject: Pricing for Heartland Harvest\n\n"
               "Nora, what would this cost us? We're a 501(c)(3) with a very tight budget. Gloria",
          company="Heartland Harvest Food Network"),
     {"np-case-study": 3, "lf-academy": 3, "et-reference": 2, "lf-adoption-kit": 1},
     forbidden=["mm-case-study", "hc-case-study", "smb-case-study"], vertical="nonprofit")

case("u26", "thread", "a health system's director of patient flow, after the Epic Clarity question was answered below, now asks whether nurse managers can see unit census and ED boarding on their phones, also where there is no Wi-Fi, and get a push alert when ED boarding passes 12 patients",
     mail("twierzbicki@stbrendanhealth.org", "Tomasz Wierzbicki", "Re: Epic Clarity + Lumenfold",
          "Maya,\n\nThanks, the Clarity answer helps and our Epic team is comfortable.\n\n"
          "Here is what our CNO actually cares about: nurse managers are never at a desk. Can they see unit census and ED boarding on their phones, including in parts of the building where there is no Wi-Fi (the old tower basement, the parking structure)? "
          "And can they get a push alert when ED boarding goes over 12 patients, instead of hearing it from the charge nurse?\n\n"
          "Tomasz Wierzbicki, RN, MBA\nDirector, Patient Flow & Capacity Management\nSaint Brendan Health\n\n"
          "On Mon, Nov 9, 2026 at 8:15 AM Maya Rosen <maya.rosen@lumenfold.example> wrote:\n" +
          quote("Hi Tomasz, on Clarity: most of our health-system customers replicate Clarity to Snowflake or SQL Server and Lumenfold queries it there live; nothing is copied into our cloud. Happy to put our Epic-experienced SE on a call.\n\n"
                "On Fri, Nov 6, 2026, Tomasz Wierzbicki wrote:\n" + quote("Does Lumenfold work with Epic Clarity? Our Epic team will ask first.")),
          company="Saint Brendan Health"),
     {"lf-mobile": 3, "lf-alerts": 3, "vid-mobile": 2, "hc-case-study": 1},
     forbidden=["retired-mobile-v1"], vertical="healthcare")

case("u27", "thread", "a media group's data platform director (canonical enterprise / evaluation given), after the proof of concept was set up below, says the CISO will not approve the AI feature until he knows what Lumenfold Ask sends to an LLM, whether data trains a model, where it runs, and whether it can be off for HR and Finance",
     mail("radeyemi@northlightmedia.com", "Rachel Adeyemi", "Re: Northlight POC - week 2",
          "James,\n\nThe POC is going well. The content team built their first dashboards without us, which is a first.\n\n"
          "One blocker. Our CISO, Dev Anand, will not approve the AI feature until he knows exactly what Lumenfold Ask sends to a language model, whether any of our data trains a model, where the model runs, and whether we can switch it off for the HR and Finance groups. "
          "Can you send something he can read this week?\n\n"
          "Rachel Adeyemi\nDirector, Data Platform | Northlight Media Group\n\n"
          "---\n"
          "Hi Rachel, your POC workspace is live and connected to the Databricks SQL warehouse. Our SE Priyanka will join your Wednesday stand-up.\n\n" + JAMES + "\n\n"
          "---\n"
          "James, we'd like to start the POC on Monday with the content analytics team (about 15 people). Rachel",
          company="Northlight Media Group", vertical="enterprise", stage="evaluation"),
     {"lf-ai-guardrails": 3, "sn-ai-guardrails": 2, "lf-ask": 1, "lf-security-package": 1},
     forbidden=["retired-ask-beta", "draft-ask-agents"], vertical="enterprise")


# ---- multi-ask (5): two or three asks in one message
case("u28", "multi-ask", "an HR-software company's security lead asks three things: SSO with Okta and SCIM deprovisioning, EU hosting for the EU subsidiaries, and the latest penetration test summary",
     mail("ines.duarte@peaklinehr.com", "Ines Duarte", "Security questions - Lumenfold",
          "Hi Nora,\n\nI'm running the security review for the BI project. Three items, please:\n\n"
          "1. SSO: we're on Okta. We need SAML SSO and SCIM so a leaver's access is gone the same day.\n"
          "2. Hosting: data from our German and Irish subsidiaries has to be stored in the EU. Can we pick an EU region?\n"
          "3. Please send your most recent penetration test summary (executive summary is fine).\n\n"
          "Thanks,\nInes\n\nInes Duarte | IT Security Lead | Peakline HR\nPeakline HR, Inc. · 450 employees · Denver, CO",
          company="Peakline HR"),
     {"lf-sso-scim": 3, "lf-data-residency": 3, "lf-pen-test": 3, "lf-security-package": 2},
     forbidden=["retired-iso27001-2013", "lf-soc2-2025"], vertical="mid-market")

case("u29", "multi-ask", "a retail property and casualty agency's COO asks three things: producer dashboards (new business vs renewals, retention by producer), a Salesforce connection for the pipeline, and nightly CSV drops on SFTP from the agency management system",
     mail("kwebb@coastalridgebrokers.com", "Kendra Webb", "What we'd need from Lumenfold",
          "Amara,\n\nFollowing our call, here's the short list:\n\n"
          "- Producer production: new business vs. renewals, retention and rate by producer and carrier, so the sales managers stop building it by hand every month.\n"
          "- Our pipeline lives in Salesforce. Does Lumenfold connect to it directly?\n"
          "- Our agency management system can only export CSV files, which it drops on an SFTP server every night. Can you pick those up automatically?\n\n"
          "Kendra Webb\nChief Operating Officer\nCoastal Ridge Insurance Brokers · 140 producers · Charleston, SC\n"
          "Coastal Ridge Insurance Brokers, LLC. Coverage cannot be bound or changed by email.",
          company="Coastal Ridge Insurance Brokers"),
     {"ins-broker": 3, "lf-connector-apps": 3, "lf-flat-files": 3, "ins-overview": 1},
     forbidden=["fs-overview", "fs-case-study-bank"], vertical=OWN)

case("u30", "multi-ask", "a city's IT director asks three things: the VPAT, StateRAMP authorization, and how 300 Crystal Reports (utility billing, permits) would be migrated",
     mail("achen@portalder.gov", "Alan Chen", "Lumenfold - three items for our review",
          "Pedro,\n\nFor our evaluation committee I need three things:\n\n"
          "(1) Your VPAT / accessibility conformance report.\n"
          "(2) Proof of StateRAMP authorization. Our state requires it for any cloud system holding resident data.\n"
          "(3) We have about 300 Crystal Reports (utility billing registers, permit activity, payroll) on an old report server. How would those move to Lumenfold, and do they keep their parameters and schedules?\n\n"
          "Thanks,\nAlan Chen\nDirector of Information Technology\nCity of Port Alder, Washington\n\nThis email is a public record and may be subject to disclosure.",
          company="City of Port Alder"),
     {"lf-vpat": 3, "gov-stateramp": 3, "lf-migrate-crystal": 3, "lf-pixel-perfect": 1},
     forbidden=["gov-fedramp-letter-2025"], vertical="government")

case("u31", "multi-ask", "a community college district's formal request for information asks for a completed HECVAT Full, a VPAT for the end-user interface, and pricing for educational institutions including any consortium discounts",
     mail("procurement@sierravistaccd.edu", "Janet Morales", "Request for Information No. 2026-114: Analytics Platform",
          "Dear Vendor,\n\nSierra Vista Community College District (\"the District\") requests the following information in connection with RFI No. 2026-114, Institutional Analytics Platform. Responses are due December 4, 2026 by 2:00 PM Pacific.\n\n"
          "1. A completed Higher Education Community Vendor Assessment Toolkit (HECVAT), Full version.\n"
          "2. A Voluntary Product Accessibility Template (VPAT) covering the end-user interface.\n"
          "3. Pricing applicable to public educational institutions, including any consortium or cooperative purchasing discounts available to California community colleges.\n\n"
          "Questions must be submitted in writing to the undersigned. Contact with District staff other than the Purchasing Office during the RFI period may result in disqualification.\n\n"
          "Janet Morales\nPurchasing Manager, Sierra Vista Community College District",
          company="Sierra Vista Community College District"),
     {"edu-hecvat": 3, "lf-vpat": 3, "edu-pricing": 3, "gov-coop-contract": 1},
     forbidden=["edu-fy26-offer", "gov-coop-2020"], vertical="education")

case("u32", "multi-ask", "a bank's head of finance analytics asks for CECL allowance dashboards by segment and vintage, an audit trail of every change to a metric definition for SOX and model risk, and lineage back to the core banking tables",
     mail("dprescott@harborlinebank.com", "Daniel Prescott", "CECL, SOX and lineage",
          "James,\n\nThree questions from our CFO and Internal Audit before the next session:\n\n"
          "- CECL: can we see the allowance by segment, vintage and scenario next to delinquency roll rates, fed from the loan system and the model outputs?\n"
          "- SOX / model risk: if someone changes how a metric is calculated, is there an audit trail of who changed what and when, that we can hand to our auditors?\n"
          "- Lineage: can we trace a number on a dashboard back to the core banking tables it came from?\n\n"
          "Daniel Prescott\nSVP, Finance Analytics | Harborline Bancorp\nMember FDIC. Equal Housing Lender.",
          company="Harborline Bancorp"),
     {"fs-cecl": 3, "fs-regulatory": 3, "lf-catalog": 2, "lf-governed-dashboards": 1},
     forbidden=["ins-loss-ratio", "ins-regulatory", "ins-claims"], vertical="financial-services")


# ---- query (6): the rep types a query (typos, competitor and product names) over an open page
case("u33", "query", "'quarybase vs lumenfold' (misspelled competitor) typed over a freight company's mail saying the CFO wants a Quarrybase quote too and asking help to explain why they lean to Lumenfold",
     mail("sam.okoro@kestrelfreight.com", "Sam Okoro", "quick heads up",
          "Nora, quick heads up: our new CFO's old team used Quarrybase and he's asked us to get a quote from them too. I'm still leaning toward you. Can you help me explain why, in a way he'll accept? Thx, Sam\n\n"
          "Sent from my iPhone",
          company="Kestrel Freight Solutions"),
     {"bc-quarrybase": 3, "cmp-quarrybase": 3, "lf-roi": 1},
     query="quarybase vs lumenfold", forbidden=["draft-bc-quarrybase-2027", "promo-q3-switch-2026"], vertical="mid-market")

case("u34", "query", "'semantic layer dbt metrics' typed over a conglomerate's mail (canonical enterprise / evaluation) asking how Lumenfold's metrics layer relates to the dbt project, do they define metrics twice",
     mail("a.ferreira@callowaygroup.com", "Ana Ferreira", "Metrics layer question before Thursday",
          "James, our analytics engineering lead wants to understand how your metrics layer relates to our dbt project. Do we end up defining metrics twice? Anything you can send before Thursday's architecture review would help.\n\nAna\n\nAna Ferreira | Head of Enterprise Data | Calloway Group plc",
          company="Calloway Group", vertical="enterprise", stage="evaluation"),
     {"lf-dbt": 3, "lf-semantic-layer": 3, "vid-semantic-layer": 2, "sn-dbt-answer": 2},
     query="semantic layer dbt metrics", forbidden=["webinar-semantic-nov-2026"], vertical="enterprise")

case("u35", "query", "'ifrs17 csm rollforward' typed over a life and annuity company's mail about the quarterly disclosure close",
     mail("hgrant@lakeviewlife.com", "Harriet Grant", "Q4 close - reporting tools",
          "Amara,\n\nOur finance transformation team is drowning at quarter end. The CSM roll-forward and the disclosure tables take two weeks of spreadsheet work. Do you have anything that shows how other companies do this in Lumenfold?\n\n"
          "Harriet Grant\nVP, Finance Transformation\nLakeview Life & Annuity Company",
          company="Lakeview Life & Annuity Company"),
     {"ins-ifrs17": 3, "ins-overview": 1, "lf-pixel-perfect": 1},
     query="ifrs17 csm rollforward", forbidden=["ins-renewal-2026", "fs-regulatory"], vertical=OWN)

case("u36", "query", "'vantge suite report server' (misspelled competitor) typed over a water utility district's mail saying their Vantage Suite server reaches end of support next year",
     mail("tgarrity@clearcreekwater.org", "Tom Garrity", "Our report server",
          "Pedro,\n\nFollowing the conference: our Vantage Suite server reaches end of support next September, and the upgrade quote was eye-watering. We run about 600 scheduled reports on it (billing, meter reads, board reports). What would leaving it look like?\n\n"
          "Tom Garrity\nIT Manager | Clear Creek Water District\nA public water utility serving 140,000 residents",
          company="Clear Creek Water District"),
     {"cmp-vantage": 3, "bc-vantage": 3, "gov-case-study-county": 2, "lf-migrate-crystal": 1},
     query="vantge suite report server", forbidden=["retired-bc-vantage-2023"], vertical="government")

case("u37", "query", "'baa health plan' typed over a mutual health insurer's compliance mail: claims data holds PHI and they, a covered entity, need a signed BAA before anything else",
     mail("lnguyen@prairiemutualhealth.com", "Linh Nguyen", "BAA before we proceed",
          "Hello,\n\nBefore our claims analytics team can share any data with you: as a health plan we are a HIPAA covered entity, and our claims data contains PHI. We need your Business Associate Agreement (or to send you ours) signed before the proof of value starts.\n\n"
          "Linh Nguyen, JD, CHC\nCompliance Officer\nPrairie Mutual Health Insurance Company",
          company="Prairie Mutual Health Insurance Company"),
     {"lf-hipaa-baa": 3, "lf-security-package": 1, "ins-claims": 1},
     query="baa health plan", forbidden=["hc-phi", "retired-hc-phi-extracts-2023"], vertical=OWN)

case("u38", "query", "'fedramp status' typed over a federal program office's mail asking where the FedRAMP authorization stands",
     mail("r.boateng@orbp.gov", "Richard Boateng", "Cloud authorization",
          "Pedro,\n\nOur ISSO asked me where Lumenfold stands on FedRAMP. We can't put program data in a cloud service without an authorization or at least an In Process designation with a sponsor. What is your status and timeline?\n\n"
          "Richard Boateng\nProgram Analyst (contractor support)\nOffice of Rural Broadband Programs, a federal program office",
          company="Office of Rural Broadband Programs"),
     {"gov-fedramp": 3, "gov-stateramp": 1, "lf-security-package": 1},
     query="fedramp status", forbidden=["gov-fedramp-letter-2025"], vertical="government")


# ---- nofit (3): nothing in the library answers; no vertical, only non-live items forbidden
case("u39", "nofit", "a candidate asks about the solutions engineer opening and the interview process; nothing in a sales library answers a job application",
     mail("daniel.kirsch.data@gmail.com", "Daniel Kirsch", "Solutions Engineer role - quick question",
          "Hi Nora,\n\nI saw the Solutions Engineer opening on your careers page and noticed you're on the mid-market team. I've spent four years as a BI developer (mostly Tableau and dbt) and I'm certified in two warehouses. "
          "Would you be open to a quick chat about what the SE team is like, and do you know if the role can be remote from Austin? I've already applied through the site.\n\nThanks so much,\nDaniel Kirsch\nlinkedin.com/in/danielkirsch-data"),
     {}, forbidden=[])

case("u40", "nofit", "an end user of a freight vendor's customer portal (embedded, white-label) complains that invoice totals on 'your' dashboard do not match what she was billed; she is not Lumenfold's customer and wants a billing dispute fixed",
     mail("accounts@harlowbakingco.com", "Mina Harlow", "Wrong totals on your dashboard",
          "To whom it may concern,\n\nI found your company's name in the footer of the PDF reports that our freight carrier sends us from their customer portal. The October invoice total on the dashboard says $18,240 but we were billed $21,730. "
          "I need this corrected before we pay. Our account number with them is HB-20931.\n\nMina Harlow\nAccounts Payable, Harlow Baking Co."),
     {}, forbidden=["retired-embed-v1"])

case("u41", "nofit", "a conference organiser sells 2027 sponsorship packages for DataDays Summit and asks to reserve last year's booth; the expired 2026 event link is the trap",
     mail("partnerships@datadays-summit.com", "Kyle Brandt", "Re-book booth 412 for DataDays 2027?",
          "Hi Nora,\n\nThanks for being part of DataDays Summit 2026! Early-bird sponsorship for DataDays 2027 (October 12-14, Austin) opens this week. Your booth 412 is held for you until December 15; Gold packages include a speaking slot and 800 badge scans.\n\n"
          "Want me to send the prospectus and the contract?\n\nKyle Brandt\nSponsorship Sales | DataDays Summit"),
     {}, forbidden=["event-datadays-2026"])


# ---- chat, meeting notes, LinkedIn, a won deal
case("u42", "chat", "a website chat transcript: a 12-person marketing agency's owner asks the bot, then a rep, whether there is a free trial and whether GA4 and Google Sheets connect, to build client-facing reports",
     {"source": "generic", "url": "https://app.chatdesk.example/inbox/conversations/88213",
      "company": "Brightpath Digital", "domain": "brightpathdigital.co",
      "contact": {"name": "Marisol Vega", "first_name": "Marisol", "email": "marisol@brightpathdigital.co"},
      "subject": "Website chat - lumenfold.example/pricing",
      "text": "Marisol Vega · Brightpath Digital · visited /pricing, /connectors, /customers\n\n"
              "[10:41] Lumi (bot): Hi there! 👋 I'm Lumi. What brings you to Lumenfold today?\n"
              "[10:41] Marisol: we're a 12 person marketing agency. we send 30ish clients monthly reports built in slides and it's killing us\n"
              "[10:42] Lumi (bot): Got it! Can I get your work email so a specialist can follow up?\n"
              "[10:42] Marisol: marisol@brightpathdigital.co\n"
              "[10:43] Lumi (bot): Thanks! Connecting you with Nora from our team.\n"
              "[10:44] Nora (Lumenfold): Hi Marisol, Nora here. Happy to help!\n"
              "[10:45] Marisol: is there a free trial? and can I hook up GA4 and google sheets (that's where our ad spend lives) so each client gets their own dashboard instead of a deck?\n"
              "[10:45] Marisol: also budget is tight, we're small"},
     {"lf-trial": 3, "lf-connector-ga": 3, "smb-case-study": 2, "smb-starter": 2},
     forbidden=[], vertical="smb")

case("u43", "meeting", "a rep's Google Doc of discovery-call notes with a nine-plant packaging manufacturer; the follow-up list (an OEE example, reaching the on-premise SQL Server historian without opening the firewall, the app for plant managers, a similar customer) is the ask; pricing was discussed and is not a blocker",
     {"source": "generic", "url": "https://docs.google.com/document/d/1kP9vQ-hollis-discovery/edit",
      "company": "Hollis Packaging", "domain": None, "contact": None,
      "subject": "Hollis Packaging - discovery call notes (Nov 19)",
      "text": "Hollis Packaging - discovery call - Thu Nov 19, 2026\n"
              "Attendees: Greg Tomlin (VP Operations), Anita Shah (IT Manager), Luis Ortega (Plant Manager, Dayton), Nora Castellanos (Lumenfold), Raj Mehta (Lumenfold SE)\n\n"
              "Background\n- 9 plants (corrugated + folding cartons), ~1,900 employees. Each plant reports OEE differently; corporate gets numbers by email on Mondays.\n"
              "- Data: MES + historian on an on-prem SQL Server in each plant; ERP consolidated at HQ.\n"
              "- Pricing: discussed briefly, ~15 creators, not a blocker per Greg.\n\n"
              "Pain\n- Can't compare OEE across plants, scrap definitions differ.\n- Plant managers live on the floor, not at desks.\n\n"
              "Follow-ups (Nora to send by Tue)\n"
              "1. Example of a plant OEE / scrap / downtime dashboard\n"
              "2. Anita: how we reach the on-prem SQL Servers without opening inbound firewall ports (security will ask)\n"
              "3. Mobile app for plant managers (Luis)\n"
              "4. A customer with several plants that standardised OEE"},
     {"mfg-overview": 3, "lf-private-connect": 3, "lf-mobile": 2, "mfg-case-study": 2},
     forbidden=["retired-mobile-v1"], vertical="manufacturing")

case("u44", "linkedin", "a LinkedIn messaging thread, newest first: a credit union's BI manager, stuck on Vantage Suite for 11 years, asks whether a credit union or bank has moved off it, something to show the CIO; older messages are the rep's connection note",
     {"source": "generic", "url": "https://www.linkedin.com/messaging/thread/2-MzY4ZWQ1/",
      "company": "Summit Federal Credit Union", "domain": None,
      "contact": {"name": "Grace Liu", "first_name": "Grace", "email": None},
      "subject": None,
      "text": "Grace Liu · BI Manager at Summit Federal Credit Union\n11:02 AM\n"
              "Honestly, timing is good. We've been stuck on Vantage Suite for 11 years and our CIO finally asked for options. Do you have a credit union or a bank that moved off it? I'd need something concrete to show him.\n\n"
              "---\n"
              "James Okafor · Enterprise Account Executive at Lumenfold\nNov 16\n"
              "Thanks for connecting, Grace! Saw your post about month-end reporting. If the report server is ever up for review, I'd be glad to share how other teams modernised.\n\n"
              "---\n"
              "James Okafor sent a connection request · Nov 14"},
     {"fs-case-study-bank": 3, "cmp-vantage": 2, "fs-overview": 2, "lf-migrate": 1},
     forbidden=["retired-bc-vantage-2023", "gov-case-study-county"], vertical="financial-services")

case("u45", "won", "a home-services company's VP, right after signing: what do the first 90 days look like, how do 40 report builders get trained and certified, and who is the day-to-day contact after the rep; kickoff as early as next week",
     mail("bhale@ridgewayhome.com", "Brandon Hale", "Signed! Next steps?",
          "Nora,\n\nDocuSign is done, we're official!\n\n"
          "Can you send over what the first 90 days look like? I also need to tell our 40 report builders how they get trained and certified, and who our day-to-day contact is once you hand us off. We'd like to kick off as early as next week.\n\n"
          "Thanks for making this easy,\nBrandon\n\nBrandon Hale | VP, Business Systems | Ridgeway Home Services\n1,100 technicians · 14 states",
          company="Ridgeway Home Services"),
     {"lf-implementation": 3, "et-kickoff": 3, "lf-academy": 2, "lf-customer-success": 2},
     forbidden=[], vertical="mid-market")


# ---------------------------------------------------------------- the set's own checks, then write it out
STAGES = {"prospecting", "discovery", "evaluation", "proposal", "negotiation", "closed-won", "closed-lost", "customer"}
KINDS = {"reply": 6, "foreign": 9, "crm": 7, "thread": 5, "multi-ask": 5, "query": 6, "nofit": 3,
         "chat": 1, "meeting": 1, "linkedin": 1, "won": 1}
CANONICAL = {"u16": ("government", "proposal"), "u27": ("enterprise", "evaluation"), "u34": ("enterprise", "evaluation")}
LANGUAGE = {"u07": "German", "u08": "French", "u09": "Spanish", "u10": "Portuguese", "u11": "Italian",
            "u12": "Polish", "u13": "Japanese", "u14": "Swedish", "u15": "Turkish"}
CRM_SOURCES = {"salesforce", "hubspot", "dynamics", "pipedrive"}


def kind_of(c):
    return c["note"].split(":")[0]


def check_set():
    by_id = {i["id"]: i for i in ITEMS}
    assert 160 <= len(ITEMS) <= 175, len(ITEMS)
    assert len(CASES) == 45, len(CASES)
    # items: verticals are defaults or the own one; stages are canonical; bodies use the contract's variables
    for i in ITEMS:
        assert set(i["verticals"]) <= DEFAULT_VERTICALS | {OWN}, (i["id"], i["verticals"])
        assert set(i["stages"]) <= STAGES, (i["id"], i["stages"])
        assert i["status"] in ("approved", "draft", "retired"), i["id"]
        body = i.get("body")
        if body and "{{" in body:
            assert "{{contact.first_name}}" in body, (i["id"], "body without {{contact.first_name}}")
            assert set(re.findall(r"\{\{([^}]+)\}\}", body)) <= {"contact.first_name", "company", "rep.name"}, i["id"]
    assert OWN in {v for i in ITEMS for v in i["verticals"]} and "financial-services" in {v for i in ITEMS for v in i["verticals"]}
    # kinds
    counts = {}
    for c in CASES:
        counts[kind_of(c)] = counts.get(kind_of(c), 0) + 1
    assert counts == KINDS, counts
    assert sorted(LANGUAGE) == sorted(c["case"] for c in CASES if kind_of(c) == "foreign") and len(set(LANGUAGE.values())) >= 6
    for c in CASES:
        cid, ctx, kind = c["case"], c["context"], kind_of(c)
        # the own vertical's id is never a canonical value nor typed in a query
        assert str(ctx.get("vertical") or "").lower() != OWN, (cid, "canonical own vertical")
        assert OWN not in str(c["query"] or "").lower(), (cid, "query spells the own vertical id")
        assert "vertical_evidence" not in ctx, cid
        # canonical vertical / stage only where named, and then the judged ones
        given = (ctx.get("vertical"), ctx.get("stage"))
        if cid in CANONICAL:
            assert given == CANONICAL[cid] and given[0] == VERTICAL[cid], (cid, given)
            for rid in c["relevant"]:
                assert not by_id[rid]["stages"] or given[1] in by_id[rid]["stages"], (cid, rid, "graded item for another stage")
        else:
            assert given == (None, None), (cid, given)
        # gains: a 3 in every case but the no-fits, which grade nothing and have no vertical
        if kind == "nofit":
            assert not c["relevant"] and VERTICAL[cid] is None, cid
        else:
            assert 3 in c["relevant"].values(), (cid, "no gain 3")
            assert VERTICAL[cid] in DEFAULT_VERTICALS | {OWN}, (cid, VERTICAL[cid])
        # only query cases carry a query
        assert (c["query"] is not None) == (kind == "query"), (cid, "query")
        if kind == "crm":
            assert ctx["source"] in CRM_SOURCES and ctx.get("raw"), cid
    assert 2 <= len(CANONICAL) <= 3
    assert sum(1 for c in CASES if c["context"].get("vertical") or c["context"].get("stage")) == len(CANONICAL)


check_set()
check_verticals(ITEMS, CASES, VERTICAL, NOW)
check_traps_forbidden(ITEMS, CASES, NOW)
write_set(HERE, ITEMS, CASES, NOW, "u")
