"""A further tuning set on a new vendor's library: Paystead, a payroll and HR (HCM) platform (multi-state US payroll,
Canada, the UK, the EU through in-country partners and an Employer of Record option; tax filing and year-end forms
(W-2, 1099, T4, RL-1, P60); time and attendance with geofenced mobile clock-in; scheduling for shift workers; benefits
administration and open enrollment; ACA reporting; onboarding with I-9 / E-Verify; earned wage access (Paystead Pay
Now); a general-ledger sync to NetSuite, QuickBooks, Sage Intacct and Dynamics 365; the HRIS core (records, org chart,
PTO policies, performance reviews); compensation planning; an API and webhooks; SSO / SCIM, SOC 1 Type II, SOC 2 Type
II, ISO 27001, a GDPR DPA, data residency, a VPAT; pricing per employee per month with a monthly minimum and a
nonprofit discount; implementation in 6-10 weeks with a parallel payroll run and a dedicated payroll specialist;
migration from legacy providers; battlecards and buyer-facing comparisons against three invented competitors:
Tallywell (a legacy service-bureau payroll provider charging per run, with separate HR and time systems), Rollbright
(a cheap US-only payroll app for small companies) and Corvanta HCM (a heavyweight enterprise HCM suite with long
implementations); and content per vertical).
Written blind on 2026-12-08 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
Reference date: 2026-11-23 (items whose `expires` is before it are expired).

Grades: 3 = what the rep should send or read first, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts,
retired and expired look-alikes, and items restricted to a vertical other than the prospect's that the page's words
would tempt a ranker towards.

Verticals: the contract's defaults, plus one of the library's own: `staffing` (staffing and recruiting agencies:
temporary workers paid weekly, bill and pay rates, client-approved timesheets, onboarding per assignment,
joint-employer questions). No taxonomy knows the id, so by contract section 1 it is a vertical of the library's own,
met by a page whose industry says the same. Pages name staffing only through raw CRM values ("Staffing and
Recruiting", "Personaldienstleistungen"), company names and text; no context gives "staffing" as its canonical
`vertical`, and no typed query spells it.
Run: python3 tests/eval/dev16-set/make_set.py
"""
import pathlib, re, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_traps_forbidden, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-19T09:00:00Z"
ITEMS, add = library("https://content.paystead.example/a/", NEW)
OWN = "staffing"
DEFAULT_VERTICALS = {"government", "enterprise", "mid-market", "smb", "nonprofit", "education", "healthcare",
                     "financial-services", "manufacturing", "retail", "hospitality"}
SALES = ["evaluation", "proposal", "negotiation"]


# ---------------------------------------------------------------- general: the platform and its modules
add("ps-overview-deck", "Paystead platform overview", "deck", "Payroll, HR, time, scheduling and benefits in 22 slides: multi-state and international payroll, tax filing, time and attendance, benefits and ACA, onboarding, earned wage access, the GL sync and the API.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "payroll", "hcm", "hr", "paystead"])
add("ps-platform", "Paystead in one page: payroll, HR, time and benefits on one employee record", "one-pager", "What Paystead replaces (a payroll bureau, a separate time system, benefits spreadsheets and a stack of re-keyed imports) and what customers see in year one: one employee record, payroll in under an hour, 70% fewer manual corrections.", tags=["overview", "one-pager", "hcm", "payroll", "hr platform", "all in one", "paystead", "single system"])
add("ps-payroll", "Paystead Payroll: unlimited runs, off-cycle checks and pay stubs people understand", "one-pager", "Weekly, biweekly, semi-monthly and monthly schedules in one company, unlimited regular and off-cycle runs, bonus and final checks with the right supplemental withholding, direct deposit split across accounts, and a preview that flags anomalies before you approve.", tags=["payroll", "payroll processing", "off-cycle", "direct deposit", "pay stubs", "pay schedules", "bonus", "final pay", "weekly payroll"])
add("ps-multistate", "Multi-state payroll: work state, home state, local taxes and remote employees", "one-pager", "Withholding by work and resident state with reciprocity agreements applied, local and school-district taxes (Ohio, Pennsylvania, New York City, Kentucky), employees who move or work from home across a state line, and unemployment insurance per state.", tags=["multi-state payroll", "state taxes", "local taxes", "reciprocity", "remote employees", "work location", "resident state", "sui", "nexus"])
add("ps-state-registration", "Hiring in a new state: we register your withholding and unemployment accounts", "one-pager", "When you hire your first employee in a new state, Paystead files the state withholding and unemployment insurance registrations for you, tracks the account numbers and rates, and holds taxes until the accounts are open.", tags=["state registration", "new state", "withholding account", "unemployment account", "sui", "remote hire", "expansion"])
add("ps-tax-filing", "Tax filing and payments: federal, state and local, deposited and filed for you", "one-pager", "Paystead calculates, deposits and files payroll taxes (941, 940, state withholding and unemployment, local returns) on time, handles amendments, and answers agency notices on your behalf.", tags=["payroll tax", "tax filing", "941", "940", "tax deposits", "amendments", "tax notices", "agency notices", "compliance"])
add("ps-tax-guarantee", "The tax filing guarantee: if we file late or wrong, we pay the penalty", "one-pager", "When a penalty or interest results from a Paystead filing error, we pay it and deal with the agency; what is covered, what you need to give us, and how claims work.", tags=["tax guarantee", "penalties", "accuracy", "tax filing", "liability", "risk"])
add("ps-year-end", "Year-end forms: W-2, 1099-NEC, T4, RL-1 and P60 produced, filed and delivered", "one-pager", "W-2 and 1099-NEC for US workers, T4 and RL-1 for Canada, P60 for the UK: generated from the year's payroll, filed with the agencies, delivered electronically with paper on request, and corrections (W-2c, amended T4) in the same place.", tags=["year-end", "w-2", "w2", "1099", "1099-nec", "t4", "rl-1", "p60", "w-2c", "corrections", "year end forms"])
add("ps-global", "Paystead Global: US, Canada, UK and EU payroll in one place", "one-pager", "Run US, Canadian and UK payroll natively and pay employees in Germany, France, the Netherlands, Ireland, Spain, Poland and 30 more countries through vetted in-country partners, with one approval flow, one set of reports and one GL export.", tags=["global payroll", "international payroll", "multi-country", "canada", "uk", "europe", "eu", "in-country partners", "consolidation"])
add("ps-canada", "Canadian payroll: every province, Quebec included", "one-pager", "CPP and QPP, EI, provincial income tax and health levies, CNESST and WCB premiums, Records of Employment filed with Service Canada, and T4 / RL-1 slips at year end, in English and French.", tags=["canada", "canadian payroll", "quebec", "cpp", "qpp", "ei", "roe", "t4", "rl-1", "cnesst", "provinces"])
add("ps-uk", "UK payroll: RTI, PAYE, pensions auto-enrolment and P60s", "one-pager", "Full Payment Submissions to HMRC in real time, PAYE and National Insurance, workplace pension auto-enrolment with contribution files to your provider, statutory sick and parental pay, and P60s, P45s and P11Ds.", tags=["uk payroll", "hmrc", "rti", "paye", "national insurance", "auto-enrolment", "pensions", "p60", "p45", "p11d", "united kingdom"])
add("ps-eor", "Employer of Record: hire in 40+ countries without setting up an entity", "one-pager", "Paystead's Employer of Record employs your people on your behalf where you have no entity, with compliant local contracts, payroll, benefits and tax, for a flat monthly fee per employee; convert to your own entity later without a break in employment.", tags=["eor", "employer of record", "international hiring", "no entity", "global hiring", "hire abroad", "us expansion", "contracts"])
add("ps-time", "Paystead Time: time and attendance that feeds payroll without an import", "one-pager", "Clock in by phone, web, kiosk or wall clock; breaks and meal periods enforced by state; overtime, holiday and shift premiums computed before payroll; managers approve timecards in one screen and exceptions reach them the same day.", tags=["time and attendance", "time tracking", "timesheets", "time clock", "kiosk", "breaks", "meal periods", "timecards", "hourly workers"])
add("ps-geofence", "Geofenced mobile clock-in: punches only where the work is", "one-pager", "Employees clock in from the app only inside a geofence around the site or a client's address; an optional photo at the punch stops buddy punching; location is read at the punch only, never tracked between punches or off shift.", tags=["geofencing", "geofence", "mobile clock-in", "gps", "buddy punching", "job sites", "location", "field workers", "privacy"])
add("ps-biometric", "Biometric clocks and privacy laws: BIPA consent, retention and opt-outs", "one-pager", "How Paystead's clocks meet the Illinois Biometric Information Privacy Act and similar laws in Texas and Washington: written consent collected in onboarding, a published retention schedule, templates encrypted and destroyed on schedule, and a badge or PIN option for anyone who opts out.", tags=["biometric", "bipa", "illinois", "fingerprint", "face", "consent", "privacy", "time clock", "retention"])
add("ps-scheduling", "Paystead Schedule: shift scheduling for hourly teams", "one-pager", "Build schedules from templates and demand, publish to the app, let employees swap and pick up open shifts within the rules you set, and see labor cost against budget before you publish.", tags=["scheduling", "shift scheduling", "shift swaps", "open shifts", "labor budget", "hourly workers", "rosters", "shift workers", "availability"])
add("ps-overtime-rules", "Pay rules engine: overtime, differentials and premiums computed right", "one-pager", "FLSA weekly overtime at the blended (regular) rate across jobs, California and Alaska daily overtime, the 8/80 rule for hospitals, shift and weekend differentials, call-back and on-call pay, union premiums and travel time between sites, all set up as rules rather than manual adjustments.", tags=["overtime", "flsa", "regular rate", "blended rate", "daily overtime", "8/80", "shift differential", "on-call", "call-back pay", "travel time", "pay rules", "premiums"])
add("ps-benefits", "Benefits administration: eligibility, carrier feeds and deductions in sync", "one-pager", "Plans, eligibility rules and waiting periods set up once; EDI 834 feeds to medical, dental and vision carriers; deductions update in payroll the moment an election changes; qualifying life events handled in the app.", tags=["benefits administration", "ben admin", "carrier connections", "edi 834", "eligibility", "deductions", "life events", "health insurance", "carriers"])
add("ps-open-enrollment", "Open enrollment without the paper: decision support, reminders and a live dashboard", "one-pager", "Employees compare plans with side-by-side costs, watch short videos and elect on their phones; HR sees who has not enrolled, sends reminders, and carrier feeds and payroll deductions update on January 1.", tags=["open enrollment", "benefits enrollment", "decision support", "annual enrollment", "elections", "employee communication", "mobile"])
add("ps-aca", "ACA reporting: 1094-C and 1095-C, measurement periods and affordability", "one-pager", "Hours tracked against the look-back measurement method, eligibility and stability periods, affordability safe harbors, and Forms 1094-C and 1095-C generated, e-filed with the IRS and state mandates (California, New Jersey, Massachusetts, Rhode Island, DC), and delivered to employees.", tags=["aca", "affordable care act", "1095-c", "1094-c", "aca reporting", "look-back measurement", "affordability", "applicable large employer", "ale", "measurement period"])
add("ps-onboarding", "Onboarding: offer letter to first paycheck in one flow", "one-pager", "Offer letters and e-signatures, W-4 and state withholding forms, direct deposit, policies and handbooks, equipment requests and a first-day checklist, all before day one, with nothing re-keyed into payroll.", tags=["onboarding", "new hire", "offer letter", "e-signature", "w-4", "new hire paperwork", "first day", "hiring", "paperless"])
add("ps-i9-everify", "Form I-9 and E-Verify, built into onboarding", "one-pager", "Section 1 completed by the new hire, Section 2 by an authorised representative or under the DHS remote alternative procedure, E-Verify cases opened automatically where you use it, reverification reminders, and an audit trail ready for an inspection.", tags=["i-9", "form i-9", "e-verify", "employment eligibility", "remote verification", "reverification", "ice audit", "compliance", "onboarding"])
add("ps-ewa", "Paystead Pay Now: earned wage access at no cost to the employer", "one-pager", "Employees draw up to half of the wages they have already earned before payday, to a bank account or the Paystead card; Paystead funds the advance, the draw is settled in the next payroll, there is no interest or credit check, and the employer pays nothing. State rules and what employees pay for an instant transfer.", tags=["earned wage access", "ewa", "on-demand pay", "pay now", "early wage access", "financial wellness", "retention", "hourly workers"])
add("ps-paycards", "Pay cards and instant pay for workers without a bank account", "one-pager", "Pay anyone on the Paystead Visa payroll card with fee-free ATM access in-network, or push net pay instantly to a debit card after approval; written consent and a choice of payment method as state pay-card laws require.", tags=["pay cards", "paycard", "unbanked", "instant pay", "same-day pay", "debit card", "direct deposit alternative", "daily pay"])
add("ps-gl-sync", "General-ledger sync: NetSuite, QuickBooks, Sage Intacct and Dynamics 365", "one-pager", "After each payroll Paystead posts a balanced journal entry to your ledger, split by department, location, class, entity or project as you map it, with employer taxes and benefits accrued; NetSuite, QuickBooks Online, Sage Intacct and Microsoft Dynamics 365 Business Central and Finance, with month-end accruals for pay periods that cross the month.", tags=["general ledger", "gl sync", "gl integration", "netsuite", "quickbooks", "sage intacct", "dynamics 365", "journal entries", "accounting", "accruals", "month-end close"])
add("ps-labor-costing", "Labor cost allocation: jobs, projects, grants and cost centers", "one-pager", "Split each hour and each dollar of wages, taxes and benefits across jobs, projects, grants, departments and locations from the timecard or by percentage, and report and post labor cost exactly as finance needs it.", tags=["labor costing", "labor allocation", "cost centers", "projects", "jobs", "grants", "job costing", "labor distribution"])
add("ps-hris", "Paystead HR: employee records, org chart and self-service", "one-pager", "One record per person from hire to exit: positions and history, documents and e-signatures, a live org chart, custom fields, approvals for changes, and self-service for addresses, tax forms and pay stubs.", tags=["hris", "hr", "employee records", "org chart", "self-service", "documents", "employee database", "core hr"])
add("ps-pto", "Time-off policies: accruals, carryover and state sick leave laws", "one-pager", "PTO and sick leave accrued per hour worked, per period or up front, with caps and carryover; paid sick leave rules for the states and cities that require them; requests and approvals in the app; balances on every pay stub.", tags=["pto", "time off", "paid time off", "sick leave", "accruals", "carryover", "leave policies", "vacation"])
add("ps-performance", "Performance reviews and goals", "one-pager", "Review cycles with self, manager and peer reviews, goals that roll up, one-on-one notes, and calibration views for HR.", tags=["performance management", "performance reviews", "goals", "360 feedback", "one-on-ones", "calibration"])
add("ps-comp-planning", "Compensation planning: merit cycles, pay bands and budgets", "one-pager", "Run merit, bonus and equity cycles on a budget, with pay bands, compa-ratios and approvals by manager; approved changes flow into payroll on the effective date.", tags=["compensation planning", "merit cycle", "pay bands", "salary ranges", "compa-ratio", "bonus", "comp budget", "raises"])
add("ps-pay-transparency", "Pay transparency and pay equity: ranges in job posts, EU directive, state pay data reports", "one-pager", "Salary ranges carried from pay bands into job postings where the law requires them, pay-gap analysis by job level, the California and Illinois pay data reports, and readiness for the EU Pay Transparency Directive.", tags=["pay transparency", "pay equity", "salary ranges", "pay gap", "eu pay transparency directive", "pay data report", "california", "illinois"])
add("ps-reporting", "Reports and analytics: headcount, turnover and labor cost", "one-pager", "Ready-made payroll registers, tax and deduction reports, headcount and turnover, overtime and labor cost by location; a report builder for anything else, scheduled to inboxes or SFTP.", tags=["reporting", "reports", "analytics", "payroll register", "headcount", "turnover", "labor cost", "custom reports", "sftp"])
add("ps-api", "The Paystead API and webhooks", "one-pager", "A REST API for employees, jobs, time, pay statements and payroll results, webhooks for hires, changes, terminations and completed payrolls, OAuth 2.0 scopes, a sandbox company and published rate limits.", tags=["api", "rest api", "webhooks", "integration", "developers", "oauth", "sandbox", "events", "data export"])
add("ps-integrations", "Integrations: applicant tracking, 401(k), expenses, ERP and more", "one-pager", "Prebuilt connections to applicant tracking systems, retirement plan recordkeepers, expense tools, learning systems and ERPs, so hires, deductions and reimbursements move without files.", tags=["integrations", "marketplace", "ats", "applicant tracking", "401k", "expenses", "erp", "connectors"])
add("ps-retirement", "401(k), 403(b) and pension contributions remitted every payroll", "one-pager", "Deferrals, employer match and loan repayments calculated each run and sent to your recordkeeper with the census file, with catch-up limits and auto-enrolment handled.", tags=["401k", "401(k)", "403b", "retirement", "pension", "recordkeeper", "employer match", "deferrals", "loan repayments"])
add("ps-garnishments", "Garnishments and child support: calculated, withheld and remitted", "one-pager", "Wage garnishments, tax levies and child support orders withheld by priority and state limits, and paid to the agency or court for you.", tags=["garnishments", "child support", "wage garnishment", "levies", "remittance", "deductions"])
add("ps-contractors", "Paying contractors: W-9s, payments and 1099-NEC filing", "one-pager", "Invite contractors to self-onboard with a W-9, pay them alongside employees or on their own schedule, and file and deliver the 1099-NEC at year end.", tags=["contractors", "1099", "1099-nec", "w-9", "freelancers", "independent contractors", "contractor payments"])
add("ps-workers-comp", "Pay-as-you-go workers' compensation", "one-pager", "Workers' comp premiums calculated every payroll from actual wages by class code, with no large deposit and no surprise at the annual audit, through our partner carriers in 48 states.", tags=["workers comp", "workers' compensation", "pay as you go", "class codes", "premium audit", "insurance"])
add("ps-certified-payroll", "Prevailing wage and certified payroll reports", "one-pager", "Prevailing wage rates by project and classification, fringe benefit credits, and the WH-347 and state certified payroll reports for public works contracts.", tags=["certified payroll", "prevailing wage", "wh-347", "davis-bacon", "public works", "construction"])
add("ps-employee-app", "The Paystead app for employees", "one-pager", "Pay stubs and W-2s, time-off requests, clock-in, shifts and swaps, benefits elections and Pay Now on one app for iOS and Android, in English, Spanish, French and nine other languages.", tags=["employee app", "mobile app", "self-service", "pay stubs", "ios", "android", "employees"])
add("ps-languages", "Paystead in 12 languages: the employee app, pay stubs and forms", "one-pager", "The employee app, pay stubs, onboarding forms and notices in English, Spanish, French (Canada and France), Portuguese, Haitian Creole, Vietnamese, Chinese, Korean, Tagalog, Polish, German and Japanese; the admin interface in English, French and Spanish.", tags=["languages", "multilingual", "spanish", "translation", "localization", "haitian creole", "vietnamese", "employee app", "pay stubs"])
add("ps-audit-trail", "Payroll controls: approvals, segregation of duties and a complete change log", "one-pager", "Two-person approval for payroll and bank changes, role-based permissions that separate who edits pay from who approves it, alerts on new bank accounts, and a change log of every field with who, when and the old value, the evidence SOX and external auditors ask for.", tags=["audit trail", "controls", "segregation of duties", "dual approval", "sox", "internal controls", "change log", "fraud prevention", "auditors"])

# security, privacy and compliance (every vertical)
add("ps-security-overview", "Security at Paystead: how employee and bank data is protected", "one-pager", "Encryption in transit and at rest with field-level encryption of bank and tax identifiers, least-privilege access for our staff, 24/7 monitoring, annual penetration tests and incident response.", tags=["security", "security overview", "encryption", "infosec", "data protection", "incident response"])
add("ps-security-package", "Security review package: SOC 1 and SOC 2 Type II reports, ISO 27001 certificate, pen test summary, SIG Lite", "link", "Everything a security or audit team asks for in one request: the current SOC 1 Type II and SOC 2 Type II reports (under NDA), the ISO/IEC 27001:2022 certificate, the latest penetration test summary and a pre-filled SIG Lite questionnaire.", tags=["security review", "security package", "soc 1", "soc 2", "iso 27001", "pen test", "sig", "vendor assessment", "questionnaire", "due diligence"])
add("ps-soc1-2026", "SOC 1 Type II report (2026 period): payroll processing controls for your auditors", "link", "Request link for the SOC 1 Type II report on controls over payroll processing, tax filing and funds movement relevant to your financial statements, covering October 1, 2025 to September 30, 2026, with complementary user entity controls listed and a bridge letter on request.", tags=["soc 1", "soc1", "soc 1 type ii", "ssae 18", "icfr", "sox", "external auditors", "bridge letter", "payroll controls", "j-sox"], updated="2026-11-09T09:00:00Z")
add("ps-soc2-2026", "SOC 2 Type II report (2026 period)", "link", "Request link for the SOC 2 Type II report on security, availability and confidentiality covering October 1, 2025 to September 30, 2026.", tags=["soc 2", "soc2", "soc 2 type ii", "audit report", "security", "compliance", "bridge letter"], updated="2026-11-09T09:00:00Z")
add("ps-iso27001", "ISO/IEC 27001:2022 certificate", "link", "Our certificate under the 2022 edition of the standard, with the statement of applicability on request.", tags=["iso 27001", "iso", "certificate", "isms", "27001:2022", "compliance"])
add("ps-pen-test", "Penetration test summary letter (2026)", "link", "The independent tester's summary of our 2026 application, mobile app and infrastructure penetration test, with findings by severity and their remediation.", tags=["penetration test", "pen test", "pentest", "security testing", "vulnerabilities"])
add("ps-sso-scim", "SSO and SCIM: Okta, Microsoft Entra ID, Google and OneLogin", "one-pager", "SAML 2.0 and OpenID Connect single sign-on for admins and employees, and SCIM 2.0 so Paystead hires and terminations create and remove accounts in your identity provider (or the other way round), tested with Okta, Microsoft Entra ID, Google Workspace and OneLogin.", tags=["sso", "single sign-on", "saml", "oidc", "scim", "okta", "entra id", "azure ad", "provisioning", "deprovisioning", "identity"])
add("ps-gdpr-dpa", "GDPR Data Processing Agreement and subprocessor list", "link", "Our DPA under Article 28 GDPR and the UK GDPR, with the EU Standard Contractual Clauses and UK addendum, technical and organisational measures, and the current subprocessors by region.", tags=["gdpr", "dpa", "data processing agreement", "article 28", "scc", "subprocessors", "privacy", "uk gdpr", "toms"])
add("ps-data-residency", "Data residency: US, Canada, EU and UK regions", "one-pager", "Choose where your employee data lives: United States, Canada (Montreal and Toronto), the European Union (Frankfurt) or the United Kingdom (London); Canadian employees' data can stay in Canada, as Quebec's Law 25 assessments ask, and support access follows the region.", tags=["data residency", "data location", "hosting", "canada", "eu hosting", "uk", "frankfurt", "law 25", "quebec", "data sovereignty", "gdpr"])
add("ps-hipaa-benefits", "HIPAA and benefits data: our BAA for your group health plan", "one-pager", "Benefits administration touches protected health information, so Paystead signs a Business Associate Agreement with your group health plan and keeps enrollment and life-event data under the HIPAA safeguards in our SOC 2.", tags=["hipaa", "baa", "business associate agreement", "phi", "group health plan", "benefits", "privacy"])
add("ps-vpat", "Accessibility: VPAT 2.5 and WCAG 2.1 AA conformance report", "link", "Our Accessibility Conformance Report for the employee app, the employee web portal and the admin console against WCAG 2.1 AA, Section 508 and EN 301 549.", tags=["vpat", "accessibility", "wcag", "section 508", "ada", "en 301 549", "screen reader", "acr"])
add("ps-trust-center", "The Paystead Trust Center", "link", "Live status, uptime history, certifications, subprocessors and security notices in one place.", tags=["trust center", "status", "uptime", "certifications", "security", "subprocessors"])
add("ps-availability", "Availability and payroll-day continuity: 99.9% SLA and on-time pay", "one-pager", "A 99.9% uptime commitment with service credits, payroll funding deadlines we keep even in an outage, tested disaster recovery with a one-hour RPO and four-hour RTO.", tags=["sla", "uptime", "availability", "disaster recovery", "business continuity", "rpo", "rto", "payday"])

# pricing and commercial
add("ps-pricing", "Pricing: per employee per month, with a monthly minimum", "one-pager", "Paystead is priced per active employee per month by bundle (Payroll, Payroll + HR, Complete with time, scheduling and benefits), with a monthly minimum; contractors, terminated employees and year-end forms are included. What each bundle holds and how to size it.", stages=SALES, tags=["pricing", "price", "per employee per month", "pepm", "minimum", "bundles", "cost", "quote", "fees"])
add("ps-pricing-faq", "Pricing FAQ: who counts as an employee, and what is never extra", "one-pager", "Answers buyers ask for: are seasonal and terminated employees billed, what about contractors, off-cycle runs, amendments, year-end forms and implementation; how the monthly minimum works and when it stops applying.", stages=SALES, tags=["pricing", "faq", "minimum", "seasonal employees", "who counts", "no hidden fees", "per employee"])
add("ps-price-lock", "Multi-year price lock: three years at this year's rate", "one-pager", "Sign a two- or three-year agreement and your per-employee rate stays fixed for the term, with a cap on renewal uplift after it.", stages=["proposal", "negotiation"], tags=["price lock", "multi-year", "three-year", "price protection", "renewal cap", "pricing", "contract term"])
add("ps-price-lock-yearend", "Year-end: lock 2026 rates for three years on agreements signed by December 31, 2026", "one-pager", "Agreements signed by December 31, 2026 keep 2026 rates for three years, and implementation fees are waived for a January 1 or first-quarter start.", stages=["proposal", "negotiation"], tags=["year-end", "price lock", "multi-year", "offer", "pricing", "deadline", "implementation fee"], expires="2026-12-31")
add("ps-guided-tour", "Take the guided product tour", "link", "A self-guided, click-through tour of running payroll, approving timecards and enrolling in benefits, with a demo company; no sales call needed.", stages=["prospecting", "discovery", "evaluation"], tags=["product tour", "demo", "self-guided", "try", "interactive demo", "sandbox"])
add("ps-msa", "Master services agreement and order form", "link", "Our standard MSA, order form, service levels and the positions legal teams usually ask about.", stages=["proposal", "negotiation"], tags=["msa", "contract", "legal", "order form", "terms", "redlines"])
add("ps-roi", "The business case: what moving payroll and HR onto Paystead saves", "one-pager", "Results across 200 customers: 9 hours saved per payroll, 60% fewer correction runs, per-run and per-form fees gone; with a worksheet to fill in from your current invoices.", tags=["roi", "business case", "tco", "cost savings", "cfo", "value", "fees"])

# implementation, migration, service
add("ps-implementation", "Implementation: live in 6 to 10 weeks, with a parallel payroll run", "one-pager", "Week 1 kickoff and data request; weeks 2-5 company, tax, pay rules and benefits set up and employee data loaded; weeks 5-8 a parallel run reconciled to the cent; first live payroll in week 6 to 10 depending on states, countries and modules.", tags=["implementation", "onboarding", "go-live", "timeline", "project plan", "kickoff", "next steps", "6-10 weeks"])
add("ps-parallel-run", "The parallel payroll run: proving every paycheck before you switch", "one-pager", "Before go-live we run one or two of your real payrolls in Paystead beside your current provider and reconcile gross pay, taxes, deductions and net pay per employee to the cent; nothing goes live until the differences are explained and signed off.", tags=["parallel run", "parallel payroll", "reconciliation", "go-live", "cutover", "testing", "risk", "validation"])
add("ps-migration", "Switching from your current payroll provider: what moves and how", "one-pager", "Employee, pay, tax and deduction data, year-to-date balances, tax IDs and rates, PTO balances and history move from your current provider or legacy system; we collect the reports from them, load and check them, and you keep read access to history.", tags=["migration", "switching providers", "data conversion", "legacy payroll", "history", "year-to-date", "ytd", "conversion"])
add("ps-midyear", "Switching mid-year: year-to-date wages, tax liabilities and one W-2", "one-pager", "Changing provider in March or August: we load quarter-to-date and year-to-date wages and taxes so limits and caps continue, file the remaining quarters, and each employee still gets one W-2 for the year.", tags=["mid-year switch", "year-to-date", "ytd", "quarter start", "conversion", "w-2", "switching", "timing"])
add("ps-specialist", "Your dedicated payroll specialist", "one-pager", "From the first live payroll on, every customer has a named payroll specialist who knows its setup, joins the first three pay runs, and answers by phone or email on payday; backed by a team that covers holidays.", tags=["payroll specialist", "dedicated specialist", "account manager", "support", "named contact", "after go-live", "service"])
add("ps-support", "Support: payday priority, phone, chat and email", "one-pager", "Support hours, response times by severity, payday-priority routing for anything that could stop a payroll, and how to escalate.", tags=["support", "help desk", "response time", "phone support", "chat", "escalation", "sla"])
add("ps-academy", "Paystead Academy: admin training and certification", "one-pager", "Self-paced courses and live classes for payroll and HR admins and managers, and the Paystead Certified Payroll Administrator exam.", tags=["training", "academy", "certification", "courses", "admins", "managers", "enablement", "learning"])
add("ps-partner-program", "The Paystead partner program for accountants and advisors", "one-pager", "Tiers, revenue share, a partner dashboard for client companies, and certification for accounting firms, benefits brokers and HR consultants.", tags=["partner program", "accountants", "cpa firms", "brokers", "advisors", "referral", "reseller"])

# competitors: battlecards for the rep, comparisons for the buyer
add("bc-tallywell", "Battlecard: Paystead vs Tallywell", "battlecard", "Tallywell is a legacy service bureau: per-run and per-form fees, separate HR and time systems, a call center instead of a specialist. Where it holds on (inertia, bundled tax service), landmines to lay, and the fee math to show.", stages=SALES, tags=["tallywell", "competitor", "battlecard", "competitive", "legacy payroll", "service bureau", "per run fees", "objection handling"])
add("bc-rollbright", "Battlecard: Paystead vs Rollbright", "battlecard", "Rollbright is cheap and quick for a small US company but stops at the border and at hourly complexity: no Canada, no time and scheduling, thin multi-state support. When to walk away and when to win.", stages=SALES, tags=["rollbright", "competitor", "battlecard", "competitive", "small business payroll", "us only", "low cost"])
add("bc-corvanta", "Battlecard: Paystead vs Corvanta HCM", "battlecard", "Corvanta HCM is a heavyweight suite: broad, but 9-18 month implementations, a systems integrator on every change, and payroll bolted on in some countries. Handling 'we want one global suite', time-to-value proof points and the total cost of ownership.", stages=SALES, tags=["corvanta", "corvanta hcm", "competitor", "battlecard", "competitive", "enterprise hcm", "suite", "implementation time"])
add("bc-peo", "Battlecard: Paystead vs staying with a PEO", "battlecard", "When a growing company says 'our PEO does all this': co-employment, the benefits markup, losing control of plans, and what leaving a PEO takes.", stages=SALES, tags=["peo", "co-employment", "competitor", "battlecard", "leaving a peo", "benefits markup"])
add("cmp-tallywell", "Leaving Tallywell: a side-by-side for payroll teams", "one-pager", "For teams comparing their Tallywell service with Paystead: fees per run and per form versus one monthly price, separate time and HR systems versus one record, and how the switch and history migration work.", tags=["tallywell", "comparison", "vs", "alternative", "switch", "legacy payroll", "fees", "migration"])
add("cmp-rollbright", "Outgrowing Rollbright: when you hire in Canada or go past 50 hourly staff", "one-pager", "A buyer-facing comparison for small companies: what changes when you hire across the border, add shift workers or need time and scheduling, and how a move from Rollbright works.", tags=["rollbright", "comparison", "alternative", "switch", "canada", "hourly", "growing company"])
add("cmp-corvanta", "Paystead or Corvanta HCM? Time to value for the buyer", "one-pager", "For evaluation teams: live in 6-10 weeks against a year, payroll native in the US, Canada and the UK, changes made by your team rather than a consultant, and three-year cost side by side.", stages=SALES, tags=["corvanta", "corvanta hcm", "comparison", "vs", "alternative", "enterprise hcm", "time to value", "evaluation"])

# case studies that fit every vertical
add("cs-multistate", "Case study: a remote-first software company pays 640 people in 38 states without a tax notice", "case-study", "How a fully remote company stopped registering states by hand and ended a year of agency notices after moving payroll to Paystead.", tags=["case study", "multi-state", "remote", "software", "state taxes", "customer story"])
add("cs-cross-border", "Case study: a US-Canadian distributor runs both payrolls and one ledger", "case-study", "How a distributor with 900 employees in Ohio, Ontario and Quebec replaced two providers with Paystead and closes payroll into NetSuite the same day.", tags=["case study", "canada", "cross-border", "quebec", "netsuite", "customer story"])
add("cs-ewa", "Case study: a regional logistics company cuts hourly turnover 19% with Pay Now", "case-study", "How a 1,400-person warehouse and delivery workforce used earned wage access, and what it did to first-90-day turnover and overtime fill rates.", tags=["case study", "earned wage access", "ewa", "turnover", "hourly workers", "retention", "customer story"])

# snippets and email templates (bodies with variables)
add("sn-parallel-run", "Snippet: how we make sure the first paycheck is right", "snippet", "A short answer for 'what if payroll is wrong after the switch?'.", tags=["parallel run", "go-live", "risk", "reconciliation", "switching"], body="Hi {{contact.first_name}},\n\nOn the switch: before your first live payroll we run one or two of your real pay periods in Paystead beside your current provider and reconcile every employee's gross, taxes, deductions and net pay to the cent. Nothing goes live until each difference is explained and you have signed off, and your payroll specialist sits in on the first three live runs.\n\nBest,\n{{rep.name}}")
add("sn-ewa", "Snippet: what earned wage access costs the employer (nothing)", "snippet", "Answers an HR or finance leader asking about Pay Now's cost and risk.", tags=["earned wage access", "ewa", "pay now", "cost", "employer"], body="Hi {{contact.first_name}},\n\nOn Pay Now: it costs {{company}} nothing. Paystead funds each draw out of wages your people have already earned, the amount is settled in the next payroll, and there is no interest, credit check or subscription for employees. A standard transfer is free; an instant one has a small flat fee the employee sees before confirming. You choose the cap (up to 50% of earned net pay).\n\n{{rep.name}}")
add("sn-pricing-minimum", "Snippet: per employee per month, and how the minimum works", "snippet", "A short pricing answer for a buyer who asked 'how do you charge?'.", stages=SALES, tags=["pricing", "per employee per month", "minimum", "pepm"], body="Hi {{contact.first_name}},\n\nShort answer on price: Paystead charges per active employee per month, by bundle, with a monthly minimum for small companies. Contractors, off-cycle runs, tax filings and year-end forms are included, and there is no per-run fee. Once your headcount passes the minimum, you simply pay per employee.\n\nHappy to size it with you,\n{{rep.name}}")
add("sn-soc1", "Snippet: the SOC 1 report for your auditors", "snippet", "Explains to a controller or auditor what the SOC 1 Type II covers and how to get it.", tags=["soc 1", "auditors", "sox", "icfr", "bridge letter"], body="Hi {{contact.first_name}},\n\nFor your auditors: our SOC 1 Type II report covers the controls over payroll calculation, tax filing and movement of funds that matter to your financial statements, for October 1, 2025 to September 30, 2026. It lists the complementary user entity controls your team should have in place, and we issue a bridge letter for the months after the period. I'll send the request link under NDA.\n\n{{rep.name}}")
add("sn-geofence-privacy", "Snippet: what geofenced clock-in does and does not track", "snippet", "A plain answer for employees, unions or privacy officers worried about location tracking.", tags=["geofencing", "privacy", "location", "mobile clock-in", "union"], body="Hi {{contact.first_name}},\n\nOn location: the Paystead app reads the phone's location only at the moment someone taps clock in or clock out, to check the punch is inside the site's geofence. It does not track anyone between punches, on breaks or off shift, and managers see only whether a punch was inside the fence, not a map of where people go. Employees without a company phone can punch at a kiosk instead.\n\n{{rep.name}}")
add("sn-es-app", "Fragmento: la app de Paystead en español para sus empleados", "snippet", "Respuesta corta en español sobre la app para empleados y los recibos de pago.", tags=["español", "spanish", "app", "empleados", "recibos de pago", "employee app"], body="Hola {{contact.first_name}}:\n\nLa app de Paystead está completamente en español: recibos de pago, W-2, solicitudes de tiempo libre, marcación de entrada y salida, turnos y Pay Now. Cada empleado elige su idioma y los avisos le llegan en ese idioma.\n\nSaludos,\n{{rep.name}}")
add("et-demo-followup", "Email: after the first demo", "email-template", "Recap, next steps and the implementation outline after a first demo.", stages=["discovery", "evaluation"], tags=["follow-up", "demo", "recap", "next steps"], body="Hi {{contact.first_name}},\n\nThanks for the time today. What I heard from {{company}}: payroll and time in separate systems, corrections every other run, and fees that grow with each form. What you saw: one employee record, time that feeds payroll without an import, and one monthly price.\n\nNext step I'd suggest: a 45-minute session on your pay rules with our payroll specialist. Does next week work?\n\n{{rep.name}}")
add("et-security-send", "Email: sending the security review package", "email-template", "Cover email for the security package.", stages=SALES, tags=["security review", "soc 1", "soc 2", "iso 27001", "vendor risk"], body="Hi {{contact.first_name}},\n\nAs promised, here is the Paystead security review package for {{company}}: the SOC 1 Type II and SOC 2 Type II reports (2026 period, under NDA), our ISO/IEC 27001:2022 certificate, the 2026 penetration test summary and a pre-filled SIG Lite. If your team uses its own questionnaire, send it over and we will return it within five business days.\n\nBest,\n{{rep.name}}")
add("et-reference", "Email: offering a customer reference call", "email-template", "Offers a call with a comparable customer.", stages=SALES, tags=["reference", "reference call", "customer reference", "peer"], body="Hi {{contact.first_name}},\n\nHappy to connect you with a customer like {{company}}. I have two in mind who made the same switch in the last year, and each is glad to spend 30 minutes with your payroll and HR leads. Tell me who should join and a couple of times that work, and I'll set it up.\n\n{{rep.name}}")
add("et-kickoff", "Email: welcome aboard, and what happens next", "email-template", "Sent the day a deal is signed: kickoff, the implementation plan, the parallel run and who's who.", stages=["closed-won", "customer"], tags=["welcome", "kickoff", "onboarding", "next steps", "implementation", "signed"], body="Hi {{contact.first_name}},\n\nWelcome to Paystead, and thank you! Here is what happens next for {{company}}:\n\n1. Kickoff within five business days with your implementation manager.\n2. The data request: prior payroll registers, tax IDs and rates, deductions and year-to-date totals.\n3. A parallel run of one or two real payrolls before your first live one, 6 to 10 weeks from kickoff.\n4. Your dedicated payroll specialist joins from the parallel run on.\n\nCould you send me two kickoff times that work?\n\n{{rep.name}}")
add("et-data-request", "Email: what we need from you to start implementation", "email-template", "The checklist of documents and reports a new customer gathers for implementation.", stages=["closed-won", "customer"], tags=["implementation", "data request", "checklist", "onboarding", "go-live", "prior provider reports"], body="Hi {{contact.first_name}},\n\nTo start {{company}}'s setup, here is what we need (your implementation manager will share a secure upload link):\n\n- Payroll registers for the last two pay periods and year-to-date totals per employee\n- Federal, state and local tax IDs, deposit schedules and unemployment rates\n- Deduction and benefit plan details, garnishment orders\n- Pay rules: overtime, differentials, PTO policies\n- Your GL chart of accounts for the journal mapping\n\n{{rep.name}}")
add("et-cold-outreach", "Email: first touch to a head of HR or payroll", "email-template", "A short first email for a prospect who has not spoken to us.", stages=["prospecting"], tags=["outreach", "prospecting", "cold email", "first touch"], body="Hi {{contact.first_name}},\n\nMost payroll leads I talk to re-key time into payroll, pay per run and per form, and fix corrections every other cycle. Paystead puts payroll, time and benefits on one employee record for one monthly price. Worth 20 minutes to see if that holds at {{company}}?\n\n{{rep.name}}")

# videos
add("vid-overview", "Video: Paystead in 3 minutes", "video", "A three-minute tour of the platform.", stages=["prospecting", "discovery"], tags=["video", "overview", "demo", "tour"])
add("vid-payroll-run", "Video: running a 300-person payroll in 4 minutes", "video", "Timecards approved, the preview's anomaly checks, approval and funding, start to finish.", tags=["video", "payroll run", "demo", "approval", "preview"])
add("vid-clockin", "Video: geofenced clock-in on a job site (2 min)", "video", "An employee clocks in at a site, a punch outside the fence is blocked, and the manager approves the timecard.", tags=["video", "geofencing", "mobile clock-in", "time tracking", "demo"])
add("vid-open-enrollment", "Video: open enrollment on a phone (3 min)", "video", "An employee compares plans, adds a dependant and elects coverage in the app.", tags=["video", "open enrollment", "benefits", "mobile", "demo"])

# in other languages (the contract has no language field: the language is in the text and tags)
add("de-overview", "Paystead im Überblick: Lohnabrechnung und HR für Ihre Gesellschaften in den USA, Kanada und Großbritannien", "one-pager", "Überblick auf Deutsch für Geschäftsführung und Personalleitung: Lohnabrechnung in allen US-Bundesstaaten, Kanada und Großbritannien, Zeiterfassung, Sozialleistungen, Steuermeldungen und Anbindung an Ihr Rechnungswesen.", tags=["deutsch", "german", "überblick", "lohnabrechnung", "personal", "usa", "tochtergesellschaft", "geschäftsführung"])
add("de-datenschutz", "Datenschutz bei Paystead: Hosting in Frankfurt, AVV und DSGVO", "one-pager", "Für Datenschutzbeauftragte: Rechenzentrum in Frankfurt am Main, Auftragsverarbeitungsvertrag nach Art. 28 DSGVO, Standardvertragsklauseln für Zugriffe aus den USA, Unterauftragsverarbeiter und technische und organisatorische Maßnahmen (TOM).", tags=["deutsch", "german", "datenschutz", "dsgvo", "avv", "auftragsverarbeitung", "frankfurt", "tom", "unterauftragsverarbeiter", "standardvertragsklauseln"])
add("fr-overview", "Paystead en bref : paie et RH aux États-Unis, au Canada et au Royaume-Uni", "one-pager", "Présentation en français pour les directions RH et financières : paie multi-États et multi-pays, déclarations fiscales, temps et présences, avantages sociaux, et une application employé en français.", tags=["français", "french", "présentation", "paie", "rh", "ressources humaines", "direction"])
add("fr-quebec", "La paie au Québec avec Paystead : RL-1, RQAP, CNESST et Loi 25", "one-pager", "Pour les employeurs québécois : retenues QPP, RQAP et impôt du Québec, cotisations CNESST, relevés 1 et T4 en fin d'année, relevés d'emploi, et hébergement des données au Canada pour vos évaluations au titre de la Loi 25.", tags=["français", "french", "québec", "quebec", "paie", "rl-1", "relevé 1", "rqap", "cnesst", "loi 25", "canada"])
add("es-overview", "Paystead en resumen: nómina y recursos humanos en Estados Unidos", "one-pager", "Resumen en español para directivos y equipos de recursos humanos: nómina en todos los estados, impuestos, control de asistencia, turnos, beneficios y una app para empleados en español.", tags=["español", "spanish", "resumen", "nómina", "recursos humanos", "estados unidos", "directivos"])
add("pt-overview", "Paystead em resumo: folha de pagamento e RH nos Estados Unidos e no Canadá", "one-pager", "Visão geral em português para empresas que contratam nos EUA e no Canadá: folha de pagamento multiestadual, impostos, benefícios, Employer of Record para quem ainda não tem entidade local.", tags=["português", "portuguese", "visão geral", "folha de pagamento", "rh", "estados unidos", "eor"])
add("ja-overview", "Paystead 製品概要：米国・カナダ子会社の給与計算と人事", "one-pager", "日本本社・経営層向けの日本語資料：米国全州とカナダの給与計算、税務申告、勤怠管理、福利厚生、会計システム連携、SOC 1 / SOC 2 報告書。", tags=["日本語", "japanese", "製品概要", "給与計算", "米国子会社", "人事", "経営層"])


# ---------------------------------------------------------------- restricted to verticals
# staffing (the library's own vertical: staffing and recruiting agencies)
add("stf-overview", "Paystead for staffing agencies: pay temps weekly, bill clients on time, stay compliant", "one-pager", "Built for agencies that place temporary and contract workers: assignment-based onboarding, client-approved timesheets feeding weekly payroll and invoicing, pay and bill rates per assignment, worksite taxes, and ACA for variable-hour workers.", verticals=["staffing"], tags=["staffing", "staffing agency", "temporary workers", "temps", "contract staffing", "recruiting", "light industrial", "assignments", "weekly payroll"])
add("stf-weekly-pay", "Weekly pay for thousands of temps: direct deposit, pay cards and same-day pay", "one-pager", "Run weekly payroll for every active assignment in one batch, pay new temps on a pay card before their bank details arrive, offer same-day or daily pay for day labor, and reissue a lost check in minutes.", verticals=["staffing"], tags=["weekly payroll", "weekly pay", "temps", "pay cards", "daily pay", "same-day pay", "day labor", "unbanked", "staffing"])
add("stf-bill-pay", "Pay rates, bill rates and gross margin by assignment", "one-pager", "Each assignment carries its pay rate, bill rate and markup, including overtime and shift bill rates; approved hours produce both the paycheck and the client invoice, and gross margin reports by client, branch, recruiter and worker show where you make money.", verticals=["staffing"], tags=["bill rates", "pay rates", "markup", "gross margin", "spread", "invoicing", "client billing", "assignments", "branch reporting"])
add("stf-timesheets", "Client timesheet approval: supervisors approve hours from an email or their phone", "one-pager", "Temps clock in at the client's site or submit hours in the app; the client supervisor approves or corrects them from an email link or the client portal without a Paystead login; approved hours go to payroll and billing, and the approval is kept as evidence for disputes.", verticals=["staffing"], tags=["timesheets", "client approval", "client portal", "timesheet approval", "supervisors", "hours approval", "billing", "disputes", "temps"])
add("stf-onboarding", "Onboarding per assignment: hire once, redeploy without new paperwork", "one-pager", "A worker onboards once (I-9, E-Verify, tax forms, pay method) and is redeployed to the next client without repeating it; client-specific documents, drug screens and safety training are tracked per assignment, and rehires within a year keep their I-9.", verticals=["staffing"], tags=["onboarding", "assignments", "redeploy", "rehire", "i-9", "e-verify", "client requirements", "temps", "compliance"])
add("stf-joint-employer", "Joint employment and co-employment: a guide for staffing agencies and their clients", "one-pager", "Who is the W-2 employer, who controls the work, and who owes what under the FLSA, the ACA and state temp-worker laws (such as Illinois' equal-pay rule for temps); the clauses to put in client agreements and how Paystead records the split.", verticals=["staffing"], tags=["joint employer", "co-employment", "flsa", "client agreements", "temp worker laws", "illinois", "liability", "equal pay", "staffing"])
add("stf-aca", "ACA for variable-hour temps: look-back measurement done for you", "one-pager", "Variable-hour and seasonal temps measured under the look-back method across assignments, stability periods, breaks in service and rehire rules applied, offers of coverage tracked, and 1095-Cs produced for a workforce that turns over every month.", verticals=["staffing"], tags=["aca", "variable hour", "look-back measurement", "temps", "stability period", "break in service", "1095-c", "seasonal workers", "offers of coverage"])
add("stf-worksite-tax", "Worksite taxes for temps on assignment across state and city lines", "one-pager", "Withholding and local taxes follow the assignment's address rather than the branch, unemployment insurance per state with the agency's rates, tax-free stipends for travelling workers with a verified tax home, and new-state registration when a client sends workers across a border.", verticals=["staffing"], tags=["worksite tax", "local taxes", "multi-state", "assignments", "travel stipends", "tax home", "per diem", "sui", "traveling workers"])
add("stf-pricing", "Staffing pricing: pay only for workers paid in the month", "one-pager", "Agencies are billed per worker who receives a paycheck in the month, not per person on file, with weekly payroll, client invoicing exports and the timesheet portal included.", verticals=["staffing"], stages=SALES, tags=["pricing", "staffing pricing", "per worker paid", "price", "temps", "quote", "per employee per month"])
add("stf-case-study", "Case study: a light-industrial staffing firm pays 4,800 temps a week after leaving Tallywell", "case-study", "How a 22-branch agency moved weekly payroll off Tallywell, cut timesheet disputes with client-approved hours, and closes payroll and billing on Monday instead of Wednesday.", verticals=["staffing"], tags=["case study", "light industrial", "tallywell", "weekly payroll", "temps", "migration", "customer story"])
add("stf-case-study-travel", "Case study: a travel nurse agency pays 1,100 clinicians across 41 states", "case-study", "How a healthcare staffing agency handles tax homes and stipends, worksite taxes and weekly pay for travelling nurses and therapists on 13-week assignments.", verticals=["staffing"], tags=["case study", "travel nurses", "healthcare staffing", "stipends", "tax home", "multi-state", "customer story"])
# shift-work industries: retail and hospitality share predictive scheduling laws
add("ps-fair-workweek", "Fair workweek and predictive scheduling laws: notice, premiums and records", "one-pager", "Schedules published with the notice periods New York City, Chicago, Seattle, Oregon, Philadelphia, Los Angeles and San Francisco require, predictability pay added automatically when a shift changes late, rest between shifts, and the records an inspector asks for.", verticals=["retail", "hospitality"], tags=["fair workweek", "predictive scheduling", "schedule notice", "predictability pay", "clopening", "nyc", "chicago", "seattle", "oregon", "compliance"])
add("rt-overview", "Paystead for retailers: store scheduling, seasonal hiring and hourly payroll", "one-pager", "Schedules built from store traffic, seasonal hires onboarded in bulk and paid in their first week, breaks enforced by state, and labor cost against sales by store.", verticals=["retail"], tags=["retail", "stores", "seasonal hiring", "holiday hiring", "store scheduling", "hourly", "labor cost", "multi-location"])
add("rt-case-study", "Case study: a 70-store specialty retailer onboards 900 holiday hires in three weeks", "case-study", "How a retailer took seasonal hiring paperless and cut late-schedule premiums by publishing two weeks out.", verticals=["retail"], tags=["case study", "retail", "seasonal hiring", "stores", "scheduling", "customer story"])
add("hosp-overview", "Paystead for restaurants and hotels: tips, shifts and hourly payroll", "one-pager", "Tip credits and tip pools, shift scheduling by covers and occupancy, split shifts and spread-of-hours pay, and the FICA tip credit report for your accountant.", verticals=["hospitality"], tags=["hospitality", "restaurants", "hotels", "tips", "tip credit", "shifts", "hourly", "food service"])
add("hosp-tips", "Tip management: tip pools, tip credits and the FICA tip credit", "one-pager", "Card and cash tips imported from the POS per shift, tip pools shared with back-of-house where the law allows, tip credits applied per state minimum wage, and Form 8027 and the FICA tip credit (Form 8846) numbers ready for tax time.", verticals=["hospitality"], tags=["tips", "tip pooling", "tip credit", "fica tip credit", "8846", "8027", "tipped employees", "back of house", "pos", "restaurants"])
add("hosp-case-study", "Case study: a 31-restaurant group stops hand-calculating tip pools", "case-study", "How a restaurant group in three states moved tip pools and schedules into Paystead and ended weekly tip disputes.", verticals=["hospitality"], tags=["case study", "restaurants", "tips", "tip pooling", "customer story"])
# manufacturing
add("mfg-overview", "Paystead for manufacturers: plant time clocks, shift pay and union rules", "one-pager", "Rugged wall clocks and kiosks on the floor, shift differentials and union overtime and seniority rules, labor cost by line and shift, and safety certifications tracked per worker.", verticals=["manufacturing"], tags=["manufacturing", "plants", "time clocks", "shift differentials", "union", "collective bargaining", "shifts", "labor cost"])
add("mfg-case-study", "Case study: a six-plant metal fabricator leaves Tallywell and ends timecard re-keying", "case-study", "How a manufacturer with three union contracts moved payroll and plant time clocks off Tallywell and cut payroll processing from two days to half a day.", verticals=["manufacturing"], tags=["case study", "manufacturing", "tallywell", "plants", "union", "time clocks", "customer story"])
# healthcare
add("hc-overview", "Paystead for hospitals, clinics and home care: differentials, on-call and 24/7 payroll", "one-pager", "Shift, weekend and charge differentials, on-call and call-back pay, the 8/80 overtime rule, multiple jobs and rates per clinician, and visit-based pay with travel time for home care, on one payroll.", verticals=["healthcare"], tags=["healthcare", "hospital", "clinics", "home care", "nurses", "shift differentials", "on-call", "8/80", "clinicians"])
add("hc-scheduling", "Nurse scheduling: self-scheduling, float pools and staffing to census", "one-pager", "Units publish schedules built to target ratios, nurses self-schedule and trade within rules, the float pool fills gaps, and managers see overtime and agency hours before they happen.", verticals=["healthcare"], tags=["nurse scheduling", "self-scheduling", "float pool", "staffing ratios", "census", "units", "nurses", "overtime"])
add("hc-credentials", "Licence and certification tracking for clinicians", "one-pager", "RN licences, BLS / ACLS and other certifications tracked per person with expiry alerts, and a block on scheduling anyone whose credential has lapsed.", verticals=["healthcare"], tags=["credentials", "licences", "certifications", "expiry", "compliance", "nurses", "bls", "acls"])
add("hc-case-study", "Case study: a four-hospital system replaces three payroll and scheduling tools", "case-study", "How a regional health system put 6,200 employees on one payroll with its differential rules and cut agency overtime with self-scheduling.", verticals=["healthcare"], tags=["case study", "health system", "hospitals", "nurses", "scheduling", "customer story"])
# government and education (some shared)
add("gov-overview", "Paystead for cities, counties and special districts", "one-pager", "Step-and-grade pay tables, union contracts and longevity pay, multiple positions per employee, fiscal-year budgets and encumbrances, and public pension contributions, for public employers of 100 to 10,000.", verticals=["government"], tags=["government", "public sector", "city", "county", "special district", "step and grade", "union contracts", "fiscal year"])
add("gov-pension", "Public pension and state retirement system reporting", "one-pager", "Contribution files in the format your state retirement system or teachers' retirement system requires, service credit and earnable compensation calculated per pay period, and reconciliation before each submission.", verticals=["government", "education"], tags=["pension", "state retirement system", "teachers retirement", "public pension", "contribution reporting", "service credit", "calpers"])
add("gov-stateramp", "StateRAMP Authorized (Moderate): authorization letter", "link", "Our StateRAMP Moderate authorization letter, which state and local agencies and public universities ask for, and how to request the security package.", verticals=["government", "education"], tags=["stateramp", "state ramp", "authorization", "moderate", "public sector", "cloud security"])
add("gov-pricing", "Public sector pricing: per employee per month, fiscal-year billing and a not-to-exceed quote", "one-pager", "Government pricing per employee per month with seasonal and election workers billed only in the months they are paid, fiscal-year billing and a not-to-exceed quote for budget requests.", verticals=["government"], stages=SALES, tags=["pricing", "government pricing", "public sector", "price", "fiscal year", "budget", "quote", "seasonal workers"])
add("gov-coop-contract", "Buy through the Northwind Cooperative Purchasing contract (2026-2031)", "one-pager", "Cities, counties, districts and public schools can buy Paystead through our competitively awarded Northwind cooperative contract without running their own RFP: the contract number, the discount and how to order.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "contract vehicle", "procurement", "no rfp", "piggyback", "consortium"])
add("gov-case-study", "Case study: a 2,300-employee county moves payroll off Tallywell with four union contracts", "case-study", "How a county put step-and-grade pay, four bargaining units and state pension reporting on Paystead and passed its first audit with the SOC 1 report.", verticals=["government"], tags=["case study", "county", "tallywell", "union contracts", "pension", "customer story"])
add("edu-overview", "Paystead for school districts and colleges: contracts, substitutes and stipends", "one-pager", "Ten-month contracts paid over twelve with summer holdback, substitutes and coaches paid by day and stipend, multiple assignments per employee, and the teachers' retirement system file.", verticals=["education"], tags=["education", "school district", "k-12", "college", "teachers", "substitutes", "stipends", "10-month contracts", "summer pay"])
add("edu-student-workers", "Student employment: work-study, the FICA student exemption and hour limits", "one-pager", "Student workers paid from the right fund, Federal Work-Study award tracking, the FICA student exemption applied by enrollment status, and hour limits per term enforced on timecards.", verticals=["education"], tags=["student workers", "student employment", "work-study", "fica exemption", "student fica", "university", "hour limits"])
add("edu-aca-adjuncts", "ACA for adjunct faculty: crediting teaching hours", "one-pager", "Adjunct hours credited per classroom hour under the IRS's reasonable methods, measured with the look-back method across terms, and offers of coverage tracked for 1095-C.", verticals=["education"], tags=["aca", "adjuncts", "adjunct faculty", "credit hours", "look-back measurement", "1095-c", "higher education"])
add("edu-hecvat", "HECVAT Full, completed", "link", "Our completed Higher Education Community Vendor Assessment Toolkit, Full version, for campus security and procurement reviews.", verticals=["education"], tags=["hecvat", "hecvat full", "higher education", "vendor assessment", "security questionnaire", "educause"])
add("edu-pricing", "Education pricing: 25% off for schools, colleges and universities", "one-pager", "Pricing for accredited schools, school districts, colleges and universities: 25% off the per-employee rate, student workers billed only in the months they are paid.", verticals=["education"], stages=SALES, tags=["pricing", "education pricing", "discount", "university", "school district", "price"])
add("edu-case-study", "Case study: a 4,000-employee school district pays substitutes weekly and teachers over twelve months", "case-study", "How a school district replaced its legacy system and ended summer-pay errors and late substitute checks.", verticals=["education"], tags=["case study", "school district", "substitutes", "teachers", "customer story"])
# nonprofit
add("np-pricing", "Nonprofit pricing: 20% off every bundle", "one-pager", "Registered 501(c)(3) organisations and charities get 20% off the per-employee rate on every bundle, a lower monthly minimum and free Academy training.", verticals=["nonprofit"], stages=SALES, tags=["pricing", "nonprofit pricing", "nonprofit discount", "discount", "501(c)(3)", "charity", "price"])
add("np-grant-allocation", "Grant labor allocation: time and effort for federal and private grants", "one-pager", "Staff time split across grants and programs from timecards, time-and-effort certifications for Uniform Guidance, and wages, taxes and benefits posted to each grant in the ledger.", verticals=["nonprofit"], tags=["grants", "grant allocation", "time and effort", "uniform guidance", "federal grants", "programs", "funders", "labor allocation"])
add("np-case-study", "Case study: a youth services nonprofit allocates 300 staff across 27 grants", "case-study", "How a multi-site nonprofit stopped building grant labor reports in spreadsheets and passed its single audit.", verticals=["nonprofit"], tags=["case study", "nonprofit", "grants", "single audit", "customer story"])
# enterprise, mid-market, smb, financial services
add("ent-security-procurement", "Enterprise security and procurement package", "link", "For large security and procurement reviews: SIG Core, architecture diagrams, insurance certificates, MSA redline positions and supplier onboarding forms.", verticals=["enterprise"], tags=["enterprise", "procurement", "sig core", "vendor onboarding", "msa redlines", "security review"])
add("ent-agreement", "Enterprise agreement: global payroll on one contract", "one-pager", "One agreement for US, Canadian, UK and partner-country payroll, volume pricing per employee, a named implementation team and a three-year term.", verticals=["enterprise"], stages=["proposal", "negotiation"], tags=["enterprise agreement", "pricing", "volume pricing", "global", "contract", "three-year"])
add("ent-case-study", "Case study: a 12,000-employee manufacturer consolidates US, Canadian and UK payroll in five months", "case-study", "How a global company chose Paystead over Corvanta HCM, retired four payroll providers and went live country by country with parallel runs.", verticals=["enterprise"], tags=["case study", "global", "corvanta", "consolidation", "canada", "uk", "parallel run", "customer story"])
add("mm-plan", "Growth plan for 100 to 1,000 employees: payroll, HR, time and benefits", "one-pager", "The bundle most mid-sized companies buy: per-employee pricing by band, every module, and a fixed-fee implementation.", verticals=["mid-market"], stages=SALES, tags=["pricing", "growth plan", "mid-market", "price", "bundle", "implementation fee"])
add("mm-case-study", "Case study: a 450-person distributor leaves Tallywell and stops paying per run", "case-study", "How a regional distributor cut its payroll bill by a third and moved time tracking into the same system.", verticals=["mid-market"], tags=["case study", "distributor", "tallywell", "fees", "customer story"])
add("mm-quickstart", "Live in six weeks: the fixed-scope start for one-country companies", "one-pager", "For companies under 1,000 employees in one country: a fixed six-week plan, one parallel run and standard pay rules.", verticals=["mid-market"], tags=["quick start", "implementation", "six weeks", "fixed fee", "onboarding"])
add("smb-essentials", "Essentials plan for teams under 50: payroll and HR from $49 a month", "one-pager", "For small companies: payroll in every state, tax filing, onboarding and the employee app for $49 a month plus $8 per employee.", verticals=["smb"], tags=["pricing", "essentials plan", "small business", "price", "monthly", "minimum", "small team"])
add("smb-case-study", "Case study: a 16-person design studio switches from Rollbright in a week", "case-study", "How a small studio that hired its first people in Canada and two new states moved off Rollbright mid-year.", verticals=["smb"], tags=["case study", "small business", "rollbright", "canada", "mid-year switch", "customer story"])
add("vid-smb-setup", "Video: set up your company and run your first payroll in 15 minutes", "video", "A small business owner's first payroll from scratch.", verticals=["smb"], tags=["video", "setup", "first payroll", "getting started", "small business"])
add("fs-overview", "Paystead for banks and credit unions: controls examiners expect", "one-pager", "Dual approval and segregation of duties, the SOC 1 for your auditors, incentive and commission pay for lenders and branch staff, and vendor due diligence support.", verticals=["financial-services"], tags=["banking", "bank", "credit union", "financial services", "controls", "vendor due diligence", "examiners"])
add("fs-incentive-comp", "Incentive pay for loan officers and branch staff", "one-pager", "Commissions and incentives calculated from loan and deposit data, paid on the right schedule, with the overtime regular-rate effect handled and the records the mortgage loan originator rules require.", verticals=["financial-services"], tags=["incentive compensation", "commissions", "loan officers", "mlo", "bonus", "regular rate", "branch staff"])


# ---------------------------------------------------------------- traps: drafts, retired, expired (all look relevant)
add("draft-bc-corvanta-2027", "Battlecard: Paystead vs Corvanta HCM (2027 refresh, DRAFT)", "battlecard", "Positioning after Corvanta's announced 'rapid deployment' package; not approved by product marketing.", stages=SALES, tags=["corvanta", "corvanta hcm", "competitor", "battlecard", "implementation time"], status="draft")
add("draft-assist-ai", "Paystead Assist: an AI that answers employees' pay questions (DRAFT)", "one-pager", "Launch copy for an assistant in the employee app that explains pay stubs, deductions and time off in 12 languages; data-handling terms pending legal review.", tags=["ai", "assistant", "employee app", "pay questions", "languages", "chatbot"], status="draft")
add("draft-it-panoramica", "Paystead in breve: paghe e HR negli Stati Uniti (BOZZA)", "one-pager", "Panoramica in italiano per la direzione: paghe multi-stato, imposte, presenze, turni e mance; traduzione non ancora verificata.", tags=["italiano", "italian", "panoramica", "paghe", "stati uniti", "direzione"], status="draft")
add("draft-pricing-2027", "Price list 2027 (DRAFT)", "one-pager", "Proposed 2027 per-employee rates and minimums; not approved.", stages=SALES, tags=["pricing", "price list", "2027", "price", "per employee", "minimum"], status="draft")
add("draft-stf-vms", "VMS integrations: hours and invoices to clients' vendor management systems (DRAFT)", "one-pager", "Planned connectors that send approved hours and invoices to the vendor management systems large clients require; scope not confirmed.", verticals=["staffing"], tags=["vms", "vendor management system", "timesheets", "invoices", "client portal", "staffing"], status="draft")
add("retired-bc-tallywell-2023", "Battlecard: Paystead vs Tallywell (2023)", "battlecard", "Tallywell positioning as of 2023, before Tallywell launched its cloud HR add-on and dropped per-form fees for W-2s.", stages=SALES, tags=["tallywell", "competitor", "battlecard", "legacy payroll", "service bureau"], status="retired", updated="2023-04-17T09:00:00Z")
add("retired-pricing-2023", "Pricing (2023): $95 per payroll run plus $4 per employee", "one-pager", "Our 2023 per-run pricing; replaced by per-employee-per-month bundles.", stages=SALES, tags=["pricing", "per run", "price", "per employee", "fees"], status="retired", updated="2023-01-09T09:00:00Z")
add("retired-ewa-pilot-2024", "Pay Now pilot (2024): $2.99 per transfer, employer-funded float", "one-pager", "Terms of the 2024 earned wage access pilot, in which employers funded advances and employees paid a fee per transfer; replaced by the generally available Pay Now.", tags=["earned wage access", "ewa", "pay now", "pilot", "fees", "transfer fee"], status="retired", updated="2024-08-05T09:00:00Z")
add("retired-iso27001-2013", "ISO/IEC 27001:2013 certificate", "link", "Our certificate under the 2013 edition of the standard, replaced by the 2022 transition.", tags=["iso 27001", "iso", "certificate", "isms"], status="retired", updated="2024-10-14T09:00:00Z")
add("retired-nl-overzicht-2022", "Paystead in het kort: salarisadministratie in de VS (2022)", "one-pager", "Overzicht in het Nederlands: salarisadministratie voor Amerikaanse dochterondernemingen; versie van 2022, voor de EU-regio en de nieuwe AVG-verwerkersovereenkomst.", tags=["nederlands", "dutch", "overzicht", "salarisadministratie", "verenigde staten", "avg"], status="retired", updated="2022-05-23T09:00:00Z")
add("retired-clockin-v1", "Mobile clock-in v1: continuous GPS tracking during shifts", "one-pager", "The first mobile time clock, which recorded employees' GPS location every five minutes while clocked in; replaced by geofenced punches that read location only at clock-in and clock-out.", tags=["mobile clock-in", "gps", "location tracking", "geofencing", "time tracking"], status="retired", updated="2023-03-13T09:00:00Z")
add("retired-hc-scheduling-2023", "Nurse scheduling (2023): the spreadsheet import for unit schedules", "one-pager", "How unit schedules were imported from spreadsheets before self-scheduling and float pools were built in.", verticals=["healthcare"], tags=["nurse scheduling", "units", "import", "spreadsheet", "nurses"], status="retired", updated="2023-06-26T09:00:00Z")
add("retired-stf-paycard-2022", "Temp pay cards (2022 program): $1.50 per ATM withdrawal", "one-pager", "The 2022 pay card program for temporary workers with per-withdrawal fees, replaced by the fee-free Paystead card.", verticals=["staffing"], tags=["pay cards", "temps", "weekly pay", "unbanked", "atm fees"], status="retired", updated="2022-09-12T09:00:00Z")
add("promo-q3-switch-2026", "Q3 switch offer: no implementation fee and two months free when you leave Tallywell or Rollbright", "one-pager", "Implementation fee waived and two months free on agreements signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "switch offer", "tallywell", "rollbright", "discount", "migration"], expires="2026-09-30")
add("ps-soc1-2025", "SOC 1 Type II report (2025 period)", "link", "Request link for the SOC 1 Type II report on payroll processing controls covering October 1, 2024 to September 30, 2025.", tags=["soc 1", "soc1", "soc 1 type ii", "ssae 18", "auditors", "sox"], expires="2026-03-31", updated="2025-11-10T09:00:00Z")
add("ps-soc2-2025", "SOC 2 Type II report (2025 period)", "link", "Request link for the SOC 2 Type II report covering October 1, 2024 to September 30, 2025.", tags=["soc 2", "soc2", "soc 2 type ii", "audit report", "security"], expires="2026-03-31", updated="2025-11-10T09:00:00Z")
add("gov-coop-2020", "Buy through the 2020 state cooperative contract (to June 30, 2026)", "one-pager", "Buying Paystead through our 2020-2026 multi-state cooperative contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "procurement", "contract vehicle", "public sector"], expires="2026-06-30", updated="2020-07-01T09:00:00Z")
add("webinar-year-end-nov-2026", "Live webinar: year-end readiness for W-2s, 1099s and T4s (Nov 10, 2026)", "link", "Registration for the live year-end session with our tax team: deadlines, corrections and what changed for 2026.", tags=["webinar", "year-end", "w-2", "1099", "t4", "event", "registration"], expires="2026-11-10")
add("event-staffing-2026", "Meet Paystead at Staffing Forward 2026, October 20-22", "link", "Book a meeting or a demo at booth 218.", verticals=["staffing"], stages=["prospecting", "discovery"], tags=["event", "conference", "trade show", "booth", "staffing forward", "meeting"], expires="2026-10-22")
add("edu-fy26-offer", "Fiscal-year-end offer for school districts: 15% off the first year (ends June 30, 2026)", "one-pager", "An extra 15% off the first year for districts and colleges signing before their FY26 year end.", verticals=["education"], stages=["proposal", "negotiation"], tags=["promotion", "school district", "fiscal year end", "discount", "offer", "pricing"], expires="2026-06-30")
add("ps-aca-2025-deadlines", "ACA filing calendar for tax year 2025: 1095-C and 1094-C deadlines", "one-pager", "When forms for tax year 2025 were due to employees, the IRS and the states, and the extensions available.", tags=["aca", "1095-c", "1094-c", "deadlines", "filing calendar", "aca reporting"], expires="2026-03-31", updated="2025-10-06T09:00:00Z")
TRAPS = [i["id"] for i in ITEMS if i["status"] != "approved" or i.get("expires", "9999") < NOW]


# ---------------------------------------------------------------- cases
CASES, VERTICAL, case = cases()

TESSA = ("Tessa Quinlan\nAccount Executive, Mid-Market | Paystead\n"
         "tessa.quinlan@paystead.example | +1 (720) 555-0143\nBook a time: paystead.example/meet/tessa")
MARCUS = ("Marcus Adeyemi | Enterprise Account Executive | Paystead\n"
          "marcus.adeyemi@paystead.example | +1 (312) 555-0127\nPaystead Inc. · 77 Lakefront Row · Chicago, IL 60601")
DEV = "Dev Raman | Account Executive, Healthcare & Light Industrial | Paystead\ndev.raman@paystead.example | +1 (614) 555-0190"
INES = "Inés Calderón | Account Executive, Public Sector & Education | Paystead\nines.calderon@paystead.example | +1 (916) 555-0172"
OLIVIA = "Olivia Brandt | Account Executive, Small Business | Paystead\nolivia.brandt@paystead.example | +1 (503) 555-0114"

# ---- reply (6): the rep's own words are not the ask (prospect first then the rep's draft after `---`, or the rep's
# draft or bump on top with the prospect's message quoted below it)
case("u01", "reply", "a light-industrial staffing firm's VP Operations needs temps paid weekly from their first week (many have no bank account) and client supervisors approving hours before payroll and billing run; the rep's draft below pitches performance reviews, compensation planning and a Corvanta HCM comparison, and the rep's signature says 'Healthcare & Light Industrial'",
     mail("rcosta@keystonestaffgroup.com", "Renata Costa", "Re: Paystead walkthrough - next steps",
          "Hi Dev,\n\nThanks for Tuesday. I took it to our leadership meeting and the two things that decide this for us are not the ones on your slides.\n\n"
          "1. Weekly pay. We put about 1,700 people to work every week at warehouses and plants around Columbus and Dayton. A lot of them don't have a bank account, and nobody will wait two weeks for a paper check. They need to be paid on Friday for the week they worked, starting with their very first week.\n"
          "2. Hours. Right now client supervisors sign paper timesheets that our branch staff re-key on Monday. We need the supervisor at the client to approve hours before payroll AND our invoices go out, so we stop eating disputed hours.\n\n"
          "If you can show me those two, we'll set up a deeper session with our payroll and billing leads.\n\n"
          "Renata\n\nRenata Costa | VP Operations | Keystone Staffing Group\n14 branches in Ohio and Indiana\n\n"
          "---\n"
          "Hi Renata,\n\nGreat to meet you and the team! As promised, here's more on our performance reviews and compensation planning, which HR leaders love, "
          "and since you mentioned your parent company runs Corvanta HCM, I'm happy to walk through how we compare.\n\n" + DEV,
          company="Keystone Staffing Group"),
     {"stf-weekly-pay": 3, "stf-timesheets": 3, "ps-paycards": 2, "stf-overview": 1},
     forbidden=["retired-stf-paycard-2022", "mfg-overview", "draft-bc-corvanta-2027"], vertical=OWN)

case("u02", "reply", "the newest text is the rep's own bump; the hospital's payroll director asked, in the quoted message below, how night and weekend differentials stack, how on-call and call-back pay work, whether the 8/80 overtime rule is supported, and how a nurse with two jobs at two rates gets overtime; the hospital also uses agency travel nurses",
     mail("kfairbanks@stmarenmedical.org", "Karen Fairbanks", "Re: Paystead for St. Maren Medical Center",
          "Hi Karen,\n\nJust floating this back to the top of your inbox, I know year-end is a busy time in payroll. Did you get a chance to look at the overview I sent? Happy to set up 30 minutes whenever suits.\n\nBest,\nDev\n\n" + DEV + "\n\n"
          "On Thu, Nov 12, 2026 at 3:48 PM Karen Fairbanks <kfairbanks@stmarenmedical.org> wrote:\n" +
          quote("Dev,\n\nBefore I put any time into a demo, our pay rules are where every vendor falls down, so:\n\n"
                "- Nights get a $4.50 differential, weekends $3.00, and they stack. Charge nurses get another $2.00.\n"
                "- On-call pays $5/hour, and if they're called back it's a 3-hour minimum at time and a half.\n"
                "- Our RNs are on the 8/80 overtime system, not the 40-hour week.\n"
                "- Some nurses also work as educators at a different rate. Overtime has to be at the blended rate.\n\n"
                "We still lean on agency travelers for the ICU, but that's a separate conversation. Can you handle the list above without custom scripts?\n\n"
                "Karen Fairbanks, CPP\nPayroll Director | St. Maren Medical Center\n\n"
                "On Mon, Nov 2, 2026 at 10:15 AM Dev Raman <dev.raman@paystead.example> wrote:\n" +
                quote("Hi Karen, good to meet you at the state HFMA chapter meeting. Overview attached, would you be open to a short call?")),
          company="St. Maren Medical Center"),
     {"ps-overtime-rules": 3, "hc-overview": 3, "hc-case-study": 1},
     forbidden=["stf-case-study-travel"], vertical="healthcare")

case("u03", "reply", "the rep's half-written draft on top pitches Pay Now and compensation planning; the restaurant group CFO's quoted question is how tip pools shared with the kitchen work in New York, New Jersey and Pennsylvania, how tip credits are applied, and whether the FICA tip credit numbers come out for the accountant",
     mail("aduarte@saltandembergroup.com", "Andrés Duarte", "Re: Tips, tips, tips",
          "Hi Andrés,\n\nThanks for the detail! Before I get to it: have you thought about Pay Now? Restaurants using it see much lower turnover, and it costs you nothing. We also have compensation planning for your GMs' raises. On the tip question, [TQ: ask SE about PA tip credit]\n\n" + TESSA + "\n\n"
          "On Wed, Nov 18, 2026 at 11:02 AM Andrés Duarte <aduarte@saltandembergroup.com> wrote:\n" +
          quote("Tessa,\n\nWe have 19 restaurants: 11 in New York, 5 in New Jersey, 3 in Pennsylvania. Our managers calculate tip pools in a spreadsheet every week, and since we started sharing the pool with the kitchen it takes forever and people argue.\n\n"
                "What I need to know: can Paystead pull card tips from our POS per shift, split the pool including back-of-house where it's legal, and apply the tip credit right in each state? "
                "And can it give my accountant the FICA tip credit numbers at year end without another spreadsheet?\n\n"
                "Andrés Duarte\nCFO | Salt & Ember Restaurant Group")),
     {"hosp-tips": 3, "hosp-overview": 2, "hosp-case-study": 2},
     forbidden=["retired-ewa-pilot-2024"], vertical="hospitality")

case("u04", "reply", "the rep's draft on top pitches Pay Now and scheduling; below it, in Outlook's header style, a marine group's chief of staff to the CHRO asks how Paystead would consolidate payroll for the US (22 states), Canada (Ontario and Quebec), the UK, Germany and the Netherlands, and how the cutover is made safe before the old providers are switched off",
     mail("ingrid.solberg@halvorsenmarine.com", "Ingrid Solberg", "RE: Payroll consolidation - your approach", source="outlook",
          text="Hi Ingrid,\n\nThanks for the note and congratulations on the board approval! I'd love to show your operations leaders Pay Now, our earned wage access, and our shift scheduling, which yard and terminal managers really like. Would Thursday work for 45 minutes?\n\n" + MARCUS + "\n\n"
               "From: Ingrid Solberg <ingrid.solberg@halvorsenmarine.com>\nSent: Thursday, November 19, 2026 8:31 AM\nTo: Marcus Adeyemi <marcus.adeyemi@paystead.example>\nCc: Pieter de Groot <pieter.degroot@halvorsenmarine.com>\nSubject: Payroll consolidation - your approach\n\n"
               "Marcus,\n\nThe board approved the payroll consolidation program. Scope: about 7,400 employees, of which 5,100 in the US across 22 states, 1,200 in Canada (Ontario and Quebec), 700 in the UK, and 400 split between Germany and the Netherlands. Today that is six providers.\n\n"
               "Before the shortlist I need in writing (a) how you would run all five countries, including the two where you don't run payroll yourselves, and (b) how you make the cutover safe: we will not switch off a provider until we have proof the new payroll is right to the cent.\n\n"
               "Best regards,\nIngrid Solberg\nChief of Staff to the CHRO | Halvorsen Marine Group\nBergen · Houston · Halifax · Southampton\n\n"
               "Halvorsen Marine Group ASA. This e-mail may contain confidential information.",
          company="Halvorsen Marine Group"),
     {"ps-global": 3, "ps-parallel-run": 3, "ps-canada": 2, "ps-uk": 2},
     forbidden=["mm-quickstart", "retired-ewa-pilot-2024"], vertical="enterprise")

case("u05", "reply", "a youth-services nonprofit's finance director asks whether there is a nonprofit discount and how staff time is split across federal, county and foundation grants for time-and-effort reports; the rep's draft below follows up on scheduling and geofenced clock-in; the nonprofit runs after-school programs in school district buildings",
     mail("mthornton@harborlightyouth.org", "Michelle Thornton", "Re: Paystead call follow-up",
          "Hi Tessa,\n\nTwo things from our finance committee before we go further.\n\n"
          "First, budget. We're a 501(c)(3) with about 210 staff. Do you have nonprofit pricing?\n\n"
          "Second, and this is the big one: almost every position is funded by two or three grants (federal, county and foundation), and our youth workers run after-school programs in school district buildings. "
          "Every month I build time-and-effort reports by hand so the auditors can see the hours and wages charged to each grant. Can Paystead split time and payroll costs by grant and give me those reports?\n\n"
          "Michelle\n\nMichelle Thornton, CPA\nDirector of Finance | Harborlight Youth Services\n\n"
          "---\n"
          "Hi Michelle,\n\nThanks for the call! As promised, here's more on Paystead Schedule and our geofenced mobile clock-in, which would make life easier for your program sites. Let me know if you'd like a demo for your site directors.\n\n" + TESSA,
          company="Harborlight Youth Services"),
     {"np-pricing": 3, "np-grant-allocation": 3, "ps-labor-costing": 2, "np-case-study": 1},
     forbidden=["gov-pricing", "edu-pricing"], vertical="nonprofit")

case("u06", "reply", "a school district's payroll supervisor asks how teachers on 10-month contracts are paid over 12 months, how daily substitutes are paid, how salary-schedule steps and lanes work, and whether Paystead produces the state teachers' retirement system file; the rep's draft below is about ACA and open enrollment",
     mail("jokafor@pinehollowisd.org", "Janet Okafor", "Re: Paystead follow-up",
          "Inés,\n\nThanks for the session. My team's questions, since payroll is where districts get burned:\n\n"
          "1. Most of our 1,300 teachers are on 10-month contracts but paid over 12, with the summer checks held back. How does Paystead handle that, including someone who resigns in May?\n"
          "2. Substitutes are paid by the day at three rates and we pay them every two weeks.\n"
          "3. Our salary schedule has steps and lanes (BA, MA, MA+30). Can it move people automatically in August?\n"
          "4. We report every pay period to the state teachers' retirement system. Can Paystead produce that file?\n\n"
          "Janet Okafor\nPayroll Supervisor | Pine Hollow Independent School District\n\n"
          "---\n"
          "Hi Janet,\n\nFollowing up with more on our ACA reporting and our open enrollment experience, which districts your size love, plus the recording of the demo.\n\n" + INES,
          company="Pine Hollow Independent School District"),
     {"edu-overview": 3, "gov-pension": 3, "edu-case-study": 2},
     forbidden=["edu-fy26-offer", "gov-overview"], vertical="education")


# ---- foreign (9): German, French, Spanish, Portuguese, Italian, Dutch, Polish, Japanese, Swedish
case("u07", "foreign", "German: a German drive-systems maker's head of HR asks, for its US subsidiary's two plants, about plant time clocks and shift premiums, about GDPR (an AVV, since HR in Germany will see US employees' data) and for a German overview for the managing board",
     mail("s.hollweg@hollweg-antriebe.de", "Sabine Hollweg", "AW: Paystead - Lohnabrechnung für Hollweg Drives Inc.",
          "Sehr geehrte Frau Kessler,\n\nvielen Dank für das Gespräch am Montag. Zur Einordnung: Unsere Tochter Hollweg Drives Inc. hat rund 340 Mitarbeitende in zwei Werken (Spartanburg, South Carolina, und Dayton, Ohio), überwiegend im Schichtbetrieb.\n\n"
          "Bevor wir ein Angebot anfragen, bitte ich um Informationen zu drei Punkten:\n\n"
          "1. Zeiterfassung in den Werken: Stempeluhren am Hallenausgang, Schichtzulagen für Spät- und Nachtschicht und Überstunden – wird das ohne Excel-Import in die Lohnabrechnung übernommen?\n"
          "2. Datenschutz: Unsere Personalabteilung in Deutschland soll Zugriff auf die Daten der US-Mitarbeitenden haben. Unser Datenschutzbeauftragter verlangt deshalb einen AVV nach Art. 28 DSGVO und Angaben zu den Unterauftragsverarbeitern.\n"
          "3. Gibt es eine Unterlage auf Deutsch für unsere Geschäftsführung?\n\n"
          "Mit freundlichen Grüßen\n\nSabine Hollweg\nLeiterin Personal\nHollweg Antriebstechnik GmbH\nIndustriestraße 14 · 73430 Aalen\n"
          "Amtsgericht Ulm HRB 712845 · Geschäftsführer: Dr. Markus Hollweg, Jens Baumann",
          company="Hollweg Antriebstechnik GmbH"),
     {"mfg-overview": 3, "de-datenschutz": 3, "de-overview": 3, "ps-time": 2},
     vertical="manufacturing")

case("u08", "foreign", "French (Quebec): a Montreal distributor's HR director asks whether Paystead handles Quebec payroll (RL-1, RQAP, CNESST), whether employee data can stay in Canada for a Law 25 assessment, how the first hires in Vermont and New York would be set up, and for a French presentation for the executive committee",
     mail("genevieve.tremblay@borealdistribution.ca", "Geneviève Tremblay", "RE : Paystead - nos questions",
          "Bonjour Claire,\n\nMerci pour la présentation de mardi. Avant notre comité de direction du 8 décembre, j'aurais besoin de réponses sur quatre points :\n\n"
          "1) La paie au Québec : nos 310 employés sont surtout au Québec (quelques-uns en Ontario). Vous occupez-vous des relevés 1, du RQAP et des cotisations à la CNESST ?\n"
          "2) Hébergement : pour notre évaluation des facteurs relatifs à la vie privée (Loi 25), les données de nos employés doivent rester au Canada. Est-ce possible ?\n"
          "3) Nous embauchons nos premiers employés au Vermont et dans l'État de New York en janvier. Comment se fait l'inscription auprès de ces États ?\n"
          "4) Auriez-vous une présentation en français à joindre au dossier du comité ?\n\n"
          "Merci et bonne journée,\n\nGeneviève Tremblay, CRHA\nDirectrice des ressources humaines\nGroupe Boréal Distribution inc.\n2400, boulevard Industriel · Laval (Québec)",
          company="Groupe Boréal Distribution inc."),
     {"fr-quebec": 3, "ps-data-residency": 3, "fr-overview": 2, "ps-state-registration": 2},
     vertical="mid-market")

case("u09", "foreign", "Spanish: a Spanish temporary-work agency (ETT) opening in Texas and Florida asks how temps are paid every week when many have no bank account, how client supervisors at hotels and warehouses confirm hours, and for Spanish material and an app in Spanish for the workers",
     mail("mvidal@laborum-ett.es", "Marta Vidal", "Re: Reunión con Paystead",
          "Hola Tessa:\n\nGracias por la reunión del jueves. Como te conté, Laborum abre en enero sus primeras oficinas en Estados Unidos (Houston y Orlando) y esperamos tener unos 600 trabajadores en misión en el primer trimestre, sobre todo en hoteles y almacenes.\n\n"
          "Nuestras dudas principales:\n\n"
          "1. Los trabajadores cobran cada semana y muchos no tienen cuenta bancaria al empezar. ¿Cómo les pagamos desde la primera semana?\n"
          "2. El supervisor del cliente (el hotel, el almacén) tiene que confirmar las horas antes de pagar y de facturar. ¿Cómo funciona eso con Paystead?\n"
          "3. ¿Tienen material en español para nuestra dirección en Madrid? Y la app para los trabajadores, ¿está en español?\n\n"
          "Un saludo,\nMarta Vidal\nDirectora de Expansión Internacional\nLaborum Trabajo Temporal ETT, S.L.\nCalle de Alcalá 214 · 28028 Madrid",
          company="Laborum Trabajo Temporal ETT, S.L."),
     {"stf-weekly-pay": 3, "es-overview": 3, "stf-timesheets": 2, "sn-es-app": 2},
     forbidden=["hosp-overview", "retired-stf-paycard-2022"], vertical=OWN)

case("u10", "foreign", "Brazilian Portuguese: a São Paulo software company hiring its first 12 people in the US and 4 in Canada without a local entity asks how the Employer of Record works and what it costs, and for material in Portuguese for its board",
     mail("rodrigo.almeida@verticesoftware.com.br", "Rodrigo Almeida", "Re: Contratação nos EUA e no Canadá",
          "Olá Tessa,\n\nObrigado pela conversa de ontem. Resumindo nossa situação: somos uma empresa de software com 280 pessoas no Brasil e vamos contratar 12 pessoas nos Estados Unidos (Flórida e Califórnia) e 4 no Canadá (Toronto) no primeiro semestre de 2027. Ainda não temos empresa constituída em nenhum dos dois países.\n\n"
          "Perguntas:\n"
          "1. Como funciona o Employer of Record de vocês? Os contratos, a folha, os benefícios e os impostos ficam com vocês?\n"
          "2. Qual é o custo por funcionário? E se depois abrirmos nossa própria empresa nos EUA, os funcionários podem passar para ela sem rescisão?\n"
          "3. Vocês têm algum material em português para apresentar ao nosso conselho?\n\n"
          "Abraço,\nRodrigo Almeida\nDiretor de Pessoas e Operações\nVértice Software Ltda. · São Paulo · SP",
          company="Vértice Software Ltda."),
     {"ps-eor": 3, "pt-overview": 3, "ps-global": 1},
     vertical="mid-market")

case("u11", "foreign", "Italian: an Italian restaurant group with 14 trattorias in New York and New Jersey asks how tip pools and tip credits work, how schedules comply with New York City's fair workweek law, and for Italian material for the board, which exists only as a draft",
     mail("l.bellini@gruppobellini.it", "Lorenzo Bellini", "R: Paystead - domande",
          "Buongiorno Tessa,\n\ngrazie per la presentazione. Il nostro gruppo gestisce 14 trattorie negli Stati Uniti (9 a New York City, 5 in New Jersey) con circa 520 dipendenti.\n\n"
          "Ci servono tre chiarimenti:\n\n"
          "1) Mance: oggi i responsabili dividono le mance a mano. Paystead gestisce il tip pool con la cucina e il tip credit nei due Stati?\n"
          "2) Turni: a New York la legge 'Fair Workweek' ci obbliga a pubblicare i turni con due settimane di anticipo e a pagare un premio se li cambiamo. Il vostro sistema ci aiuta a rispettarla?\n"
          "3) Avete materiale in italiano da presentare al Consiglio di Amministrazione a Milano?\n\n"
          "Cordiali saluti,\nLorenzo Bellini\nDirettore Operativo\nGruppo Bellini Ristorazione S.r.l. · Corso Magenta 12 · 20123 Milano",
          company="Gruppo Bellini Ristorazione S.r.l."),
     {"hosp-tips": 3, "ps-fair-workweek": 3, "hosp-overview": 2, "ps-scheduling": 1},
     forbidden=["draft-it-panoramica"], vertical="hospitality")

case("u12", "foreign", "Dutch: a Dutch flower-trading company with a US subsidiary asks, for its privacy officer and IT security, whether data can be stored in the EU, for a data processing agreement (verwerkersovereenkomst), for the SOC 2 and ISO 27001 evidence, and for Dutch material, which exists only as a retired 2022 overview",
     mail("j.vandermeer@kroonveld.nl", "Joost van der Meer", "Re: Paystead voor Kroonveld USA",
          "Beste Tessa,\n\nDank voor de demo van vorige week. Voor onze Amerikaanse dochter (Kroonveld USA Inc., 230 medewerkers in Florida en Californië) willen we verder, maar onze functionaris gegevensbescherming en IT-security hebben eerst een paar dingen nodig:\n\n"
          "1. Kunnen de gegevens in de EU worden opgeslagen? Ons HR-team in Aalsmeer werkt er ook mee.\n"
          "2. Een verwerkersovereenkomst volgens de AVG, met de lijst van subverwerkers.\n"
          "3. Jullie SOC 2-rapport en het ISO 27001-certificaat.\n"
          "4. Hebben jullie ook materiaal in het Nederlands voor de directie?\n\n"
          "Met vriendelijke groet,\nJoost van der Meer\nManager HR & IT\nKroonveld Groep B.V. · Legmeerdijk 300 · Aalsmeer",
          company="Kroonveld Groep B.V."),
     {"ps-gdpr-dpa": 3, "ps-data-residency": 3, "ps-security-package": 2, "ps-iso27001": 1},
     forbidden=["retired-nl-overzicht-2022", "retired-iso27001-2013", "ps-soc2-2025"], vertical="mid-market")

case("u13", "foreign", "Polish: a Chicago staffing agency's owner, writing in Polish, asks how ACA hours are measured for temps who move between client assignments, and what Illinois' temp-worker law (equal pay after 90 days, client duties) means for the agency and its clients; the temps work in factories and warehouses",
     mail("t.nowak@wislastaffing.com", "Tomasz Nowak", "Re: Paystead - pytania",
          "Dzień dobry Pani Tesso,\n\ndziękuję za spotkanie. Nasza agencja zatrudnia co tydzień około 1 900 pracowników tymczasowych w fabrykach i magazynach w Illinois i Indianie. Mamy dwa pytania, które są dla nas najważniejsze:\n\n"
          "1) ACA: pracownicy przechodzą od jednego klienta do drugiego, mają przerwy, wracają po kilku tygodniach. Jak liczycie godziny do ACA i kto musi dostać ofertę ubezpieczenia?\n"
          "2) Ustawa stanu Illinois o pracy tymczasowej: po 90 dniach pracownik tymczasowy ma dostać takie same wynagrodzenie jak pracownik klienta. Kto za to odpowiada – my czy klient – i jak to zapisać w umowach z klientami?\n\n"
          "Z poważaniem,\nTomasz Nowak\nWłaściciel · Wisła Staffing Services, Inc.\n5400 W. Belmont Ave · Chicago, IL",
          company="Wisła Staffing Services, Inc."),
     {"stf-aca": 3, "stf-joint-employer": 3, "ps-aca": 2, "stf-overview": 1},
     forbidden=["ps-aca-2025-deadlines", "mfg-overview"], vertical=OWN)

case("u14", "foreign", "Japanese: a trading company's head of global HR asks whether Paystead provides a SOC 1 report that its J-SOX auditors accept for the US and Canadian subsidiaries' payroll, whether journal entries post to Dynamics 365, and for a Japanese product document for executives",
     mail("h.yamamoto@hokusei-shoji.co.jp", "山本 博之", "Re: Paystead ご提案の件",
          "Adeyemi様\n\nいつもお世話になっております。北星商事の山本です。\n先日は米国・カナダ子会社（従業員約2,600名）の給与計算についてご説明いただき、ありがとうございました。社内稟議にあたり、以下をご教示ください。\n\n"
          "1. 当社は J-SOX の対象のため、給与計算の委託先について監査法人から SOC 1 Type II 報告書の提出を求められております。御社の報告書の対象期間と入手方法\n"
          "2. 子会社の会計システム（Microsoft Dynamics 365）への仕訳連携の可否\n"
          "3. 役員向けの日本語の製品資料\n\n"
          "お手数をおかけしますが、よろしくお願いいたします。\n\n"
          "山本 博之\n北星商事株式会社　グローバル人事部 部長\n〒105-0001 東京都港区虎ノ門3-8-21",
          company="北星商事株式会社"),
     {"ps-soc1-2026": 3, "ja-overview": 3, "ps-gl-sync": 2, "sn-soc1": 2},
     forbidden=["ps-soc1-2025"], vertical="enterprise")

case("u15", "foreign", "Swedish: a Swedish design company with 18 US employees in three states, leaving a PEO, asks who registers it with the states and handles payroll taxes, how US health benefits can be offered, and what it costs",
     mail("anna.lindgren@fjallbo.se", "Anna Lindgren", "Sv: Paystead",
          "Hej Olivia,\n\nTack för samtalet i fredags. Vi har idag 18 anställda i USA (Kalifornien, New York och Texas) via en PEO, men vi har nu bildat ett eget amerikanskt bolag och vill sköta lönerna själva från 1 februari.\n\n"
          "Tre frågor:\n"
          "1. Vi har aldrig registrerat oss hos de amerikanska delstaterna för skatter. Hjälper ni till med det, och sköter ni skatteinbetalningarna?\n"
          "2. Sjukförsäkring och andra förmåner för de anställda i USA är helt nytt för oss. Hur fungerar det i Paystead?\n"
          "3. Vad kostar det för 18 personer?\n\n"
          "Vänliga hälsningar,\nAnna Lindgren\nCFO, Fjällbo Design AB\nStockholm",
          company="Fjällbo Design AB"),
     {"ps-state-registration": 3, "ps-benefits": 3, "smb-essentials": 3, "ps-multistate": 2},
     vertical="smb")


# ---- crm (7): raw picklist values (canonical ones only in u22), some under German, French and Spanish labels
case("u16", "crm", "a Salesforce opportunity at a staffing firm at Negotiation/Review ('Staffing and Recruiting'): ~3,100 temps paid weekly, the CFO will not pay for everyone on file, only workers actually paid, and wants the rate held for three years; signature targeted before year end",
     crm("salesforce", "Summit Workforce Solutions", "Negotiation/Review", "Staffing and Recruiting",
         "Opportunity: Summit Workforce - Payroll & Timekeeping\nAccount Name: Summit Workforce Solutions\nStage: Negotiation/Review\nAmount: $486,000.00\nClose Date: 12/22/2026\nIndustry: Staffing and Recruiting\n"
         "Next Step: Revised pricing to CFO (Gary Whitlock) by 12/1\n"
         "Description: ~3,100 temporary associates on assignment weekly across 9 states, 31 branches; 14,000+ people on file because of turnover. CFO objects to being billed per employee on file: 'we pay for people who got a check that month, not everyone who ever applied'. "
         "Also wants the rate locked for 3 years; board approval 12/15.\n"
         "Activity History\n11/18/2026 Call - CFO: asked about multi-year price protection; 11/04/2026 Email - Sent standard pricing sheet.",
         url="https://summitworkforce.lightning.force.com/lightning/r/Opportunity/0065e00000Tr7QpAAJ/view"),
     {"stf-pricing": 3, "ps-price-lock": 3, "ps-price-lock-yearend": 2},
     forbidden=["ent-agreement", "mm-plan", "draft-pricing-2027", "retired-pricing-2023"], vertical=OWN)

case("u17", "crm", "a HubSpot deal at a regional medical center ('presentationscheduled', 'Hospital & Health Care'): nursing wants self-scheduling and a float pool to cut agency and overtime hours, and licence and certification tracking so nobody lapsed is scheduled",
     crm("hubspot", "St. Brendan Regional Medical Center", "presentationscheduled", "Hospital & Health Care",
         "Deal name: St. Brendan RMC - Scheduling + Payroll\nDeal stage: Presentation Scheduled\nPipeline: New Business\nAmount: $210,000\nCompany: St. Brendan Regional Medical Center\nIndustry: Hospital & Health Care\n\n"
         "Notes (discovery, Nov 16): 412 beds, ~2,300 employees, ~900 RNs. Unit schedules are built in spreadsheets; the CNO (Dr. Paula Reyes) wants nurses to self-schedule and a float pool to fill gaps before they call agency travelers. "
         "Also: two lapsed BLS certifications were found on the schedule in a Joint Commission survey, so the manager of nursing operations wants licence and certification tracking that blocks scheduling.\n"
         "Next step: demo Dec 3 with CNO and nursing ops; send materials beforehand.",
         url="https://app.hubspot.com/contacts/7720314/record/0-3/20418837712"),
     {"hc-scheduling": 3, "hc-credentials": 3, "hc-overview": 2, "ps-scheduling": 1},
     forbidden=["retired-hc-scheduling-2023", "stf-case-study-travel"], vertical="healthcare")

case("u18", "crm", "a Salesforce opportunity under German labels at a German personnel-services company ('Bedarfsanalyse', 'Personaldienstleistungen') whose US subsidiary places temps with automotive suppliers in Georgia and South Carolina: onboard each worker once and redeploy between clients, E-Verify that Georgia clients require, and German material for the managing directors",
     crm("salesforce", "Brückner Personalservice GmbH", "Bedarfsanalyse", "Personaldienstleistungen",
         "Opportunity-Name: Brückner Workforce USA - Payroll & Onboarding\nAccountname: Brückner Personalservice GmbH\nPhase: Bedarfsanalyse\nBranche: Personaldienstleistungen\nBetrag: 96.000,00 $\nSchlusstermin: 31.03.2027\n"
         "Nächster Schritt: Unterlagen (auf Deutsch) an die Geschäftsführung in Nürnberg; Demo für das US-Team\n"
         "Beschreibung: Tochter Brückner Workforce USA LLC überlässt ca. 850 Zeitarbeitskräfte an Automobilzulieferer in Georgia und South Carolina. Heute wird bei jedem neuen Einsatz die komplette Einstellung (I-9, Steuerformulare) wiederholt. "
         "Ziel: einmal einstellen, dann von Kunde zu Kunde umsetzen. Kunden in Georgia verlangen E-Verify.\n"
         "Aktivitäten: 17.11.2026 Anruf mit Herrn Vogt (Leiter US-Geschäft)",
         url="https://brueckner.lightning.force.com/lightning/r/Opportunity/0067Q00000MnOpQQA3/view"),
     {"stf-onboarding": 3, "ps-i9-everify": 2, "de-overview": 2, "stf-overview": 2},
     forbidden=["mfg-overview"], vertical=OWN)

case("u19", "crm", "a HubSpot deal under French labels at a Quebec retail chain ('Rendez-vous programmé', 'Commerce de détail'): 600 holiday hires to onboard in weeks, schedules for 42 stores, and a French overview before the first meeting",
     crm("hubspot", "Boutiques Lumière inc.", "Rendez-vous programmé", "Commerce de détail",
         "Nom de la transaction : Boutiques Lumière - Paie et horaires\nÉtape de la transaction : Rendez-vous programmé\nSecteur d'activité : Commerce de détail\nMontant : 74 000 $\nPropriétaire : Claire Dumont\n\n"
         "Notes : premier rendez-vous le 1er décembre avec la vice-présidente RH et le directeur des opérations. 42 magasins au Québec et en Ontario, 1 100 employés permanents et environ 600 embauches saisonnières pour les Fêtes, toutes sur papier aujourd'hui. "
         "Les gérants font les horaires dans Excel. Ils souhaitent recevoir une présentation en français avant la rencontre.",
         url="https://app.hubspot.com/contacts/5530981/record/0-3/11920348871"),
     {"rt-overview": 3, "fr-overview": 3, "ps-onboarding": 2, "fr-quebec": 1},
     vertical="retail")

case("u20", "crm", "a Dynamics 365 opportunity at a credit union ('Propose', 'Banking'): external auditors need a SOC 1 Type II with a bridge letter, internal audit wants dual approval of payroll and bank-account changes, and the CFO wants a price for 420 employees",
     crm("dynamics", "Lakeshore Community Credit Union", "Propose", "Banking",
         "Opportunity: Lakeshore CCU - Payroll & HR\nSales Stage: Propose\nIndustry: Banking\nEst. Revenue: $61,200.00\nEst. Close Date: 12/30/2026\n"
         "Description: $1.4B credit union, 22 branches, 420 employees. External auditors require the payroll provider's SOC 1 Type II report, with a bridge letter for the months after the period. "
         "Internal audit wants two-person approval on every payroll and any change to an employee's bank account, after a fraud attempt last spring. CFO wants a price for 420 employees.\n"
         "Posts\n11/18/2026 Internal audit (M. Delgado) sent their vendor checklist.\n11/06/2026 Demo to CFO and HR director.",
         url="https://lakeshoreccu.crm.dynamics.com/main.aspx?etn=opportunity&id=4b1e9c2a-7d3f-4e8b-a1c6-9f02d5e7b318"),
     {"ps-soc1-2026": 3, "ps-audit-trail": 3, "fs-overview": 2, "ps-pricing": 2},
     forbidden=["ps-soc1-2025", "retired-pricing-2023"], vertical="financial-services")

case("u21", "crm", "a Pipedrive deal with no industry and no person at a landscaping company on Rollbright with 14 crew members (30 in summer): crews should clock in from phones only at job sites, and what does it cost with the minimum",
     crm("pipedrive", "Greenline Landscapes", "Proposal Made", None,
         "Deal: Greenline Landscapes - payroll + time\nStage: Proposal Made\nValue: $4,800\nOrganization: Greenline Landscapes (14 employees, ~30 Apr-Oct)\nPerson: (none)\n"
         "Notes: Owner (Luis) runs payroll on Rollbright, crews text their hours to the office. Wants crew leads and crews to clock in from their phones only when they're actually at the job site. "
         "Asked what it costs for 14 people in winter and 30 in summer, and whether there's a minimum.",
         contact=None, url="https://greenline.pipedrive.com/deal/2207"),
     {"smb-essentials": 3, "ps-geofence": 3, "cmp-rollbright": 2, "sn-pricing-minimum": 2},
     forbidden=["promo-q3-switch-2026", "mm-plan", "retired-clockin-v1"], vertical="smb")

case("u22", "crm", "a Salesforce opportunity under Spanish labels (the rep's interface language) at a Texas city at Propuesta/Presupuesto ('Administración pública', canonical government / proposal): buy through a cooperative contract instead of an RFP, StateRAMP before award, a price with seasonal pool and parks staff, and the municipal retirement system file",
     crm("salesforce", "City of San Lorenzo, Texas", "Propuesta/Presupuesto", "Administración pública",
         "Nombre de la oportunidad: City of San Lorenzo - Nómina y RR. HH.\nNombre de la cuenta: City of San Lorenzo, Texas\nEtapa: Propuesta/Presupuesto\nSector: Administración pública\nImporte: USD 138.000,00\nFecha de cierre: 28/01/2027\n"
         "Próximo paso: enviar precios y carta StateRAMP; confirmar el contrato cooperativo\n"
         "Descripción: 1.150 empleados más ~220 temporales de verano (piscinas y parques). Compras (Diane Ruiz) quiere comprar mediante un contrato cooperativo existente en lugar de una licitación. El CISO exige StateRAMP Moderate antes de la adjudicación. "
         "Finanzas necesita el archivo de aportes al sistema municipal de pensiones de Texas en cada periodo.",
         url="https://sanlorenzotx.lightning.force.com/lightning/r/Opportunity/0068c00000WxYzAAAV/view",
         vertical="government", stage="proposal"),
     {"gov-coop-contract": 3, "gov-pricing": 3, "gov-stateramp": 2, "gov-pension": 2},
     forbidden=["gov-coop-2020", "edu-pricing"], vertical="government")


# ---- thread (5): the ask is only in the latest message; older asks below were answered
case("u23", "thread", "a software company's controller, after SSO and pricing were answered further down, now asks whether payroll journal entries post to Sage Intacct split by department and location, with accruals when a pay period crosses month end, and R&D labor by project",
     mail("npatel@cobaltridge.io", "Nikhil Patel", "Re: Paystead questions from Finance",
          "Thanks Tessa, that settles SSO and the per-employee price.\n\n"
          "Last piece from my side. Our ledger is Sage Intacct. Today I build the payroll journal entry by hand from the provider's register, split by department and location, and then book an accrual when a pay period crosses month end. "
          "Can Paystead post that entry for us, with the accrual? And can we track engineers' hours by project so R&D labor can be capitalised?\n\n"
          "Nikhil\n\nNikhil Patel, CPA | Controller | Cobalt Ridge Software\n\n"
          "---\n"
          "Hi Nikhil,\n\nYes on both. SSO works with Okta over SAML, and SCIM creates and removes accounts when people join and leave. On price: it's per active employee per month, so for your 260 people on the Complete bundle I've attached a quote.\n\n" + TESSA + "\n\n"
          "---\n"
          "Tessa,\n\nTwo follow-ups from our CFO after the demo: does SSO work with Okta, and what's the price per employee for the Complete bundle? We have about 260 people.\n\nNikhil\n\n"
          "---\n"
          "Hi Nikhil, thanks for joining the demo with Rachel today. Recording attached.\n\n" + TESSA,
          company="Cobalt Ridge Software"),
     {"ps-gl-sync": 3, "ps-labor-costing": 2, "ps-reporting": 1},
     forbidden=["retired-pricing-2023"], vertical="mid-market")

case("u24", "thread", "a travel-nurse staffing agency's payroll director, after the SOC 2 question was settled further down, now asks how tax homes and tax-free stipends are handled for nurses on 13-week assignments across many states, and how worksite taxes follow the assignment; the nurses' compact licences are mentioned, and the rep's signature says 'Healthcare & Light Industrial'",
     mail("lwhitaker@bluecrestnursing.com", "Laura Whitaker", "Re: Paystead - security review done",
          "Dev,\n\nGood news, InfoSec signed off on the SOC 2 report.\n\n"
          "Now the part I actually lose sleep over. We have ~620 travel nurses and therapists on 13-week assignments in 34 states. Most of our pay is tax-free housing and meal stipends, which only works if the clinician has a real tax home, and the states keep auditing us on it. "
          "Withholding and local taxes need to follow the hospital's address, not our office in Omaha. Our nurses mostly hold compact licences, so they move a lot.\n\n"
          "How does Paystead handle tax homes, stipends and worksite taxes? And is there an agency like us I could talk to?\n\n"
          "Laura\n\nLaura Whitaker | Director of Payroll | Bluecrest Nurse Staffing\n\n"
          "---\n"
          "Hi Laura,\n\nHere is the request link for our SOC 2 Type II report for the 2026 period; once you accept the NDA it downloads straight away. I've also included our pen test summary.\n\n" + DEV + "\n\n"
          "---\n"
          "Dev, InfoSec needs your current SOC 2 Type II report before we can go further. Can you send it? - Laura",
          company="Bluecrest Nurse Staffing"),
     {"stf-worksite-tax": 3, "stf-case-study-travel": 3, "ps-multistate": 1, "stf-weekly-pay": 1},
     forbidden=["hc-credentials", "hc-overview", "ps-soc2-2025"], vertical=OWN)

case("u25", "thread", "a Florida hotel group's HR director (Outlook headers), after the tip question was answered below, now asks what Pay Now costs the company and the housekeepers, and whether the app is in Spanish and Haitian Creole",
     mail("cmoreau@coralsandshotels.com", "Camille Moreau", "RE: Tips and next questions", source="outlook",
          text="Tessa,\n\nThe tip pool answer was exactly what our GMs needed, thank you.\n\n"
               "Next topic: our housekeepers and stewards keep asking for advances, and our GMs are tired of handing out cash. Your Pay Now came up. What does it cost us as the employer, and what does it cost the employee? We don't want to put our people into a payday-loan situation.\n\n"
               "Also, most of our housekeeping teams speak Spanish or Haitian Creole. Is the app available in those languages?\n\n"
               "Camille Moreau\nDirector of Human Resources | Coral Sands Hotels\n6 properties · Miami · Fort Lauderdale · Naples\n\n"
               "From: Tessa Quinlan <tessa.quinlan@paystead.example>\nSent: Monday, November 16, 2026 2:10 PM\nTo: Camille Moreau <cmoreau@coralsandshotels.com>\nSubject: RE: Tips and next questions\n\n"
               "Hi Camille,\n\nOn tips: Paystead imports card tips per shift from your POS, splits the pools by the points you set per role, and applies the Florida tip credit. The FICA tip credit numbers come out at year end.\n\n" + TESSA + "\n\n"
               "From: Camille Moreau <cmoreau@coralsandshotels.com>\nSent: Friday, November 13, 2026 9:22 AM\nTo: Tessa Quinlan <tessa.quinlan@paystead.example>\nSubject: Tips and next questions\n\n"
               "Tessa, first question from our GMs: can Paystead handle tip pools for our restaurants and bars? - Camille",
          company="Coral Sands Hotels"),
     {"ps-ewa": 3, "sn-ewa": 3, "ps-languages": 2, "cs-ewa": 1},
     forbidden=["retired-ewa-pilot-2024", "draft-assist-ai"], vertical="hospitality")

case("u26", "thread", "a retail chain's HR director, after scheduling was covered below, now relays the union's concern: does the app track employees' location off shift, and is the photo at clock-in a biometric under Illinois' BIPA",
     mail("bkowalski@hartwelloutdoor.com", "Brian Kowalski", "Re: Scheduling + clock-in",
          "Tessa,\n\nThe scheduling piece landed well with our district managers.\n\n"
          "Now a harder one. The union at our 19 Illinois stores has heard we want mobile clock-in, and their first question is whether the app tracks where people are when they're not working. "
          "Second, our counsel wants to know whether the photo at clock-in counts as biometric data under BIPA, and if so what consent and retention you support. After the lawsuits in Illinois I can't bring this to legal without answers.\n\n"
          "Brian\n\nBrian Kowalski | Director of HR | Hartwell Outdoor Supply\n48 stores in Illinois, Wisconsin and Michigan\n\n"
          "---\n"
          "Hi Brian,\n\nOn scheduling: managers build the week from templates and store traffic, publish to the app, and employees swap shifts within your rules. I've attached a short overview.\n\n" + TESSA + "\n\n"
          "---\n"
          "Tessa, can you send something on how store managers would build schedules in Paystead? - Brian",
          company="Hartwell Outdoor Supply"),
     {"ps-geofence": 3, "sn-geofence-privacy": 3, "ps-biometric": 3, "vid-clockin": 1},
     forbidden=["retired-clockin-v1"], vertical="retail")

case("u27", "thread", "an industrial group's integration architect (canonical enterprise / evaluation given), after the security review was settled below, now asks for the API documentation, webhooks for hires and terminations to drive IT provisioning, and whether accounts flow to Microsoft Entra ID",
     mail("t.achterberg@norvaleindustries.com", "Thomas Achterberg", "Re: Paystead evaluation - integration questions",
          "Marcus,\n\nSecurity is happy with the SOC reports, thanks.\n\n"
          "My part is integration. When HR hires or terminates someone in Paystead, our IT service desk should get a ticket automatically so laptops and access are ready on day one and gone on the last day. "
          "I need the API documentation, to know which webhook events you publish (hire, job change, termination), and whether Paystead can provision and deprovision accounts in Microsoft Entra ID directly.\n\n"
          "Thomas Achterberg\nEnterprise Integration Architect | Norvale Industries\n\n"
          "---\n"
          "Hi Thomas,\n\nAttached are the request links for our SOC 1 and SOC 2 Type II reports (2026 period) and the ISO 27001 certificate.\n\n" + MARCUS + "\n\n"
          "---\n"
          "Marcus, our security team needs your SOC reports before the evaluation continues. - Thomas",
          company="Norvale Industries", vertical="enterprise", stage="evaluation"),
     {"ps-api": 3, "ps-sso-scim": 3, "ps-integrations": 1},
     forbidden=["ps-soc2-2025"], vertical="enterprise")


# ---- multi-ask (5): two or three asks in one message
case("u28", "multi-ask", "a workforce company's CFO (the text says it places ~2,600 temps a week at client warehouses and call centers; neither its name nor its industry says staffing) asks three things: gross margin by client and branch from bill and pay rates, pay-as-you-go workers' comp by class code, and ACA for temps whose hours vary",
     mail("dmercer@harborandmain.com", "Diane Mercer", "Three questions before our board meeting",
          "Tessa,\n\nWe place about 2,600 temps a week at client warehouses and call centers from 12 branches. Before our board meeting on December 10 I need three answers:\n\n"
          "1. Margin. Every assignment has a bill rate and a pay rate. I want gross margin by client, branch and recruiter every week without exporting to Excel.\n"
          "2. Workers' comp. Our carrier bills on estimated payroll and the year-end audit always hurts. Can premiums be calculated each payroll by class code?\n"
          "3. ACA. Our temps' hours go up and down with client demand. How do you decide who is full-time and who must be offered coverage?\n\n"
          "Diane Mercer | CFO | Harbor & Main Workforce",
          company="Harbor & Main Workforce"),
     {"stf-bill-pay": 3, "stf-aca": 3, "ps-workers-comp": 3, "stf-overview": 1},
     forbidden=["ps-aca-2025-deadlines"], vertical=OWN)

case("u29", "multi-ask", "an engineering firm's HR director asks three things before open enrollment next year: carrier feeds for benefits elections, 1095-C filing including the California and New Jersey state filings, and 401(k) contributions sent to the recordkeeper each payroll",
     mail("sgallagher@tidewatereng.com", "Siobhan Gallagher", "Benefits questions",
          "Hi Tessa,\n\nWe finished this year's open enrollment on spreadsheets and I'd like never to do that again. For our 520 employees I need to know:\n\n"
          "1. Benefits: do elections go straight to our medical, dental and vision carriers, and do deductions update in payroll on their own?\n"
          "2. ACA: do you produce and file the 1095-Cs, including the state filings for our people in California and New Jersey?\n"
          "3. 401(k): do deferrals, match and loan repayments go to our recordkeeper every payroll?\n\n"
          "Thanks,\nSiobhan\n\nSiobhan Gallagher, SHRM-CP | Director of HR | Tidewater Engineering Group",
          company="Tidewater Engineering Group"),
     {"ps-benefits": 3, "ps-aca": 3, "ps-retirement": 2, "ps-open-enrollment": 2},
     forbidden=["ps-aca-2025-deadlines"], vertical="mid-market")

case("u30", "multi-ask", "a city's HR and finance director asks three things: the VPAT for the employee portal, a SOC 1 report the state auditor will accept, and how 15 years of payroll history would move off Tallywell",
     mail("rhawkins@cityofmillbrook.gov", "Rita Hawkins", "Payroll system RFI follow-up",
          "Inés,\n\nThank you for the demonstration. Before the evaluation committee scores responses, please send:\n\n"
          "1. Your VPAT. About 60 of our 640 employees use screen readers or other assistive technology, and the employee portal must meet WCAG 2.1 AA.\n"
          "2. A SOC 1 Type II report. The State Auditor's office relies on it for our annual audit.\n"
          "3. Your approach for moving our payroll history off Tallywell. We have been with them for 15 years and need year-to-date balances and at least seven years of history available.\n\n"
          "Rita Hawkins\nDirector of Human Resources & Finance\nCity of Millbrook",
          company="City of Millbrook"),
     {"ps-vpat": 3, "ps-soc1-2026": 3, "ps-migration": 2, "gov-case-study": 2},
     forbidden=["retired-bc-tallywell-2023", "ps-soc1-2025", "mm-case-study"], vertical="government")

case("u31", "multi-ask", "a university's formal request for information asks for student worker payroll (work-study, the FICA student exemption, hour limits), how adjunct hours are credited for ACA, and a completed HECVAT Full",
     mail("procurement@westbrookuniversity.edu", "Office of Procurement", "RFI 2026-114: Payroll and HR System - vendor questions",
          "Dear Vendor,\n\nWestbrook University (14,000 students, 3,800 employees) invites responses to RFI 2026-114 by December 18, 2026. Please address each item:\n\n"
          "4.1 Student employment: describe how the system pays 2,400 student workers, tracks Federal Work-Study awards, applies the FICA student exemption by enrollment status, and enforces hour limits per term.\n"
          "4.2 ACA: describe how hours are credited for adjunct faculty paid per course, and how variable-hour employees are measured.\n"
          "4.3 Security: attach a completed HECVAT Full.\n\n"
          "Questions must be submitted in writing to the Office of Procurement.\n\nWestbrook University · Office of Procurement",
          company="Westbrook University"),
     {"edu-student-workers": 3, "edu-aca-adjuncts": 3, "edu-hecvat": 3, "ps-aca": 1},
     forbidden=["edu-fy26-offer", "ps-aca-2025-deadlines"], vertical="education")

case("u32", "multi-ask", "a home care agency's COO asks three things: caregivers clocking in only at clients' homes, travel time between visits counted for overtime, and pay cards for caregivers without bank accounts; the word agency and weekly pay tempt staffing items, but this is a healthcare provider",
     mail("jbarnes@evergreenhomecare.com", "Joanne Barnes", "What we need",
          "Hi Dev,\n\nWe're a home care agency with about 700 caregivers visiting clients in their homes across two states, paid weekly. Three things decide this for us:\n\n"
          "1. Caregivers must clock in and out from their phones only when they are actually at the client's home. Our state Medicaid program audits visit times.\n"
          "2. Travel time between visits has to count as hours worked, including for overtime. We got a Department of Labor letter about it last year.\n"
          "3. A third of our caregivers don't have a bank account. Can we pay them on a card?\n\n"
          "Joanne Barnes, RN | Chief Operating Officer | Evergreen Home Care Partners",
          company="Evergreen Home Care Partners"),
     {"ps-geofence": 3, "ps-overtime-rules": 3, "ps-paycards": 3, "hc-overview": 2},
     forbidden=["stf-weekly-pay", "retired-clockin-v1", "retired-stf-paycard-2022"], vertical="healthcare")


# ---- query (6): the rep types a query (typos, competitor and product names) over an open page
case("u33", "query", "'tallywel vs paystead' (misspelled competitor) typed over a marketing firm's mail saying the CFO wants to stay with Tallywell because switching payroll feels risky",
     mail("jreyes@summerlinemg.com", "Jordan Reyes", "CFO pushback",
          "Tessa, heads up: our CFO is getting cold feet. We've been on Tallywell for nine years and he says switching payroll is 'the riskiest thing a finance team can do'. I still want Paystead. Can you give me something that makes the case and shows him it won't blow up our first payroll? - Jordan\n\n"
          "Jordan Reyes | Director of People Operations | Summerline Marketing Group (310 employees)",
          company="Summerline Marketing Group"),
     {"bc-tallywell": 3, "cmp-tallywell": 3, "ps-parallel-run": 2, "mm-case-study": 2},
     query="tallywel vs paystead", forbidden=["retired-bc-tallywell-2023", "promo-q3-switch-2026"], vertical="mid-market")

case("u34", "query", "'corvanta hcm implementation' typed over a building-materials group's mail (canonical enterprise / evaluation) saying the steering committee doubts a smaller vendor against Corvanta HCM and wants to know how long implementation really takes",
     mail("e.whitford@ashcombegroup.com", "Eleanor Whitford", "Steering committee questions",
          "Marcus,\n\nThe steering committee met. Corvanta HCM is the other finalist, and some members feel 'nobody gets fired for buying Corvanta'. "
          "The question they keep coming back to is implementation: Corvanta quoted 14 months, you say weeks. I need something credible on how long this really takes for 9,000 employees in the US, Canada and the UK, and why it's faster.\n\n"
          "Eleanor Whitford | VP HR Operations | Ashcombe Group plc",
          company="Ashcombe Group", vertical="enterprise", stage="evaluation"),
     {"cmp-corvanta": 3, "bc-corvanta": 3, "ps-implementation": 2, "ent-case-study": 2},
     query="corvanta hcm implementation", forbidden=["draft-bc-corvanta-2027"], vertical="enterprise")

case("u35", "query", "'temp pay card weekly' typed over a temp agency branch manager's mail: new temps will not wait two weeks for a paper check and many have no bank account",
     mail("kjohnson@corridortemps.com", "Keisha Johnson", "Losing people before payday",
          "Hi Dev,\n\nWe lost 40 new people last month before their first payday. They start on a Monday, the first check comes two weeks later on paper, and half of them don't have a bank account anyway. "
          "Another agency down the road pays on a card every Friday. What can Paystead do for us?\n\n"
          "Keisha Johnson | Branch Manager, Memphis | Corridor Temps LLC",
          company="Corridor Temps LLC"),
     {"stf-weekly-pay": 3, "ps-paycards": 3, "stf-overview": 1},
     query="temp pay card weekly", forbidden=["retired-stf-paycard-2022"], vertical=OWN)

case("u36", "query", "'aca 1095-c' typed over a hardware retailer's mail: with seasonal staff it became an applicable large employer this year and needs to know what to file and when",
     mail("pmcallister@mapletonhardware.com", "Paul McAllister", "ACA - first year",
          "Tessa,\n\nOur accountant tells us that with our seasonal staff we crossed 50 full-time equivalents this year, so for the first time we have to do the ACA forms. I honestly don't know what we file, for whom, or by when. Is this something Paystead does?\n\n"
          "Paul McAllister | Owner | Mapleton Hardware (36 stores)",
          company="Mapleton Hardware"),
     {"ps-aca": 3, "ps-year-end": 1, "rt-overview": 1},
     query="aca 1095-c", forbidden=["ps-aca-2025-deadlines", "stf-aca", "edu-aca-adjuncts"], vertical="retail")

case("u37", "query", "'w2 t4 year end' typed over a bank's mail: it has US employees and a Canadian subsidiary and asks who produces this year's W-2s and T4s if it signs now, and how next year's work in both countries",
     mail("cdeschamps@granitepinebank.com", "Claude Deschamps", "Timing question",
          "Tessa,\n\nIf we sign in December and go live in the first quarter, who produces the 2026 W-2s for our 380 US employees and the T4s for the 45 people at our New Brunswick subsidiary, you or our current provider? "
          "And for 2027, do you produce both countries' year-end forms, corrections included?\n\n"
          "Claude Deschamps | VP Finance | Granite & Pine Bank",
          company="Granite & Pine Bank"),
     {"ps-year-end": 3, "ps-midyear": 2, "ps-canada": 2},
     query="w2 t4 year end", forbidden=["webinar-year-end-nov-2026"], vertical="financial-services")

case("u38", "query", "'nonprofit discount' typed over a family-shelter nonprofit's mail asking about nonprofit pricing and the monthly minimum",
     mail("afoster@opendoorshelters.org", "Amy Foster", "Pricing question",
          "Hi Tessa,\n\nWe're a 501(c)(3) running four family shelters with 140 staff, most of them hourly. Do you discount for nonprofits, and is there a monthly minimum we should budget for?\n\n"
          "Amy Foster | Operations Director | Open Door Family Shelters",
          company="Open Door Family Shelters"),
     {"np-pricing": 3, "ps-pricing": 1, "sn-pricing-minimum": 1},
     query="nonprofit discount", forbidden=["draft-pricing-2027", "edu-pricing", "gov-pricing"], vertical="nonprofit")


# ---- nofit (3): nothing in the library answers; no vertical, only non-live items forbidden
case("u39", "nofit", "a candidate asks about the payroll implementation specialist opening and whether it can be remote; nothing in a sales library answers a job application",
     mail("m.oyelaran.cpp@gmail.com", "Mariam Oyelaran", "Implementation Specialist role",
          "Hi Tessa,\n\nI saw the Payroll Implementation Specialist opening on your careers page. I'm a Certified Payroll Professional with six years running multi-state payroll at a staffing firm and two implementations behind me. "
          "Would you be open to a quick chat about the team, and do you know if the role can be remote from Denver? I've already applied through the site.\n\nThank you,\nMariam Oyelaran\nlinkedin.com/in/mariamoyelaran"),
     {}, forbidden=[])

case("u40", "nofit", "an employee of a Paystead customer complains that her Pay Now transfer was charged a fee and asks where her pay stub is; she is not a buyer, and the retired 2024 pilot's fee terms are the trap",
     mail("dani.ruiz88@yahoo.com", "Daniela Ruiz", "fee on my pay now??",
          "Hello,\n\nI work at a restaurant that uses your app. I took $120 from Pay Now on Tuesday and I was charged a fee, my coworker says it should be free. Also I can't find my pay stub from last Friday in the app. Please fix this, I need the money for rent.\n\nDaniela"),
     {}, forbidden=["retired-ewa-pilot-2024"])

case("u41", "nofit", "a conference organiser sells 2027 sponsorship packages for Staffing Forward and asks to rebook last year's booth; the expired 2026 event link is the trap",
     mail("sponsors@staffingforward.events", "Greg Talbot", "Rebook booth 218 for Staffing Forward 2027?",
          "Hi Dev,\n\nThanks for exhibiting at Staffing Forward 2026! Early-bird sponsorship for Staffing Forward 2027 (October 19-21, Las Vegas) opens this week, and your booth 218 is held until December 15. Gold packages include a speaking slot and 600 badge scans.\n\n"
          "Want me to send the prospectus and the contract?\n\nGreg Talbot\nSponsorship Sales | Staffing Forward"),
     {}, forbidden=["event-staffing-2026"])


# ---- chat, meeting notes, LinkedIn, a won deal
case("u42", "chat", "a website chat transcript: an 11-person architecture studio on Rollbright, which has just hired its first employee in Vancouver, asks the bot, then a rep, whether Paystead can pay the Canadian hire, whether it can switch in December or should wait for January, and what it costs",
     {"source": "generic", "url": "https://app.chatdesk.example/inbox/conversations/40917",
      "company": "Juniper & Oak Architects", "domain": "juniperoak.design",
      "contact": {"name": "Hana Mori", "first_name": "Hana", "email": "hana@juniperoak.design"},
      "subject": "Website chat - paystead.example/pricing",
      "text": "Hana Mori · Juniper & Oak Architects · visited /pricing, /canada, /switch\n\n"
              "[14:02] Penny (bot): Hi! 👋 I'm Penny. What brings you to Paystead today?\n"
              "[14:02] Hana: we're an 11 person architecture studio in portland, we use rollbright for payroll\n"
              "[14:03] Penny (bot): Great! Can I get your work email so a specialist can follow up?\n"
              "[14:03] Hana: hana@juniperoak.design\n"
              "[14:03] Penny (bot): Thanks! Connecting you with Olivia from our team.\n"
              "[14:05] Olivia (Paystead): Hi Hana, Olivia here. How can I help?\n"
              "[14:06] Hana: we just hired our first person in vancouver BC and rollbright can't pay her. can you? and is it crazy to switch in december or should we wait until january 1?\n"
              "[14:06] Hana: also what does it cost for ~12 people, we're small"},
     {"cmp-rollbright": 3, "smb-essentials": 3, "ps-canada": 2, "ps-midyear": 2},
     forbidden=["promo-q3-switch-2026"], vertical="smb")

case("u43", "meeting", "a rep's Google Doc of discovery-call notes with a staffing firm (IT and light-industrial placements); the follow-up list (client timesheet approval by email, joint-employer language for client agreements, front-office ATS integration through the API, a similar customer) is the ask; one client's VMS requirement and the October trade-show meeting are traps",
     {"source": "generic", "url": "https://docs.google.com/document/d/1rQ7-ridgeline-discovery/edit",
      "company": "Ridgeline Staffing Partners", "domain": None, "contact": None,
      "subject": "Ridgeline Staffing Partners - discovery call notes (Nov 18)",
      "text": "Ridgeline Staffing Partners - discovery call - Wed Nov 18, 2026\n"
              "Attendees: Carla Jensen (COO), Mike Osei (Controller), Priti Shah (Director of IT), Dev Raman (Paystead), Sam Lutz (Paystead SE)\n\n"
              "Background\n- Met Carla at the Staffing Forward booth in October.\n- ~1,400 contractors and temps on assignment (IT contract + light industrial), 9 branches in Colorado and Utah.\n"
              "- Front office: an ATS where recruiters manage placements; back office today is Tallywell plus spreadsheets for billing.\n"
              "- One large client pushes hours through its VMS; everyone else signs paper or emailed timesheets.\n"
              "- Pricing: discussed briefly, not the blocker per Carla.\n\n"
              "Pain\n- Timesheets arrive late and disputed; payroll and invoicing slip to Wednesday.\n- Client legal keeps redlining co-employment clauses.\n\n"
              "Follow-ups (Dev to send by Tue)\n"
              "1. How client supervisors approve hours by email or phone without a login (Carla)\n"
              "2. Joint-employer / co-employment guidance Mike can use for client agreement language\n"
              "3. Priti: API + webhooks so placements in the ATS create assignments and workers in Paystead\n"
              "4. A staffing customer of similar size that moved off Tallywell"},
     {"stf-timesheets": 3, "stf-joint-employer": 3, "stf-case-study": 2, "ps-api": 2},
     forbidden=["draft-stf-vms", "event-staffing-2026", "retired-bc-tallywell-2023"], vertical=OWN)

case("u44", "linkedin", "a LinkedIn messaging thread, newest first: a castings manufacturer's HR director, stuck on Tallywell for 14 years, asks whether a manufacturer has moved off it, something concrete for the plant controllers; older messages are the rep's connection note",
     {"source": "generic", "url": "https://www.linkedin.com/messaging/thread/2-Njk3YzE4/",
      "company": "Orchard Valley Castings", "domain": None,
      "contact": {"name": "Ray Lindholm", "first_name": "Ray", "email": None},
      "subject": None,
      "text": "Ray Lindholm · Director of Human Resources at Orchard Valley Castings\n9:47 AM\n"
              "Timing is decent actually. We've been on Tallywell for 14 years, our plant controllers still re-key time clock hours every week, and my CFO asked me for options. Do you have a manufacturer that actually moved off Tallywell? I'd need something concrete for the plant controllers.\n\n"
              "---\n"
              "Dev Raman · Account Executive at Paystead\nNov 17\n"
              "Thanks for connecting, Ray! Saw your post on the second-shift hiring push. If payroll and time clocks are ever up for review, happy to share what other plants did.\n\n"
              "---\n"
              "Dev Raman sent a connection request · Nov 15"},
     {"mfg-case-study": 3, "cmp-tallywell": 2, "mfg-overview": 2, "ps-migration": 1},
     forbidden=["retired-bc-tallywell-2023", "stf-case-study", "mm-case-study", "gov-case-study"], vertical="manufacturing")

case("u45", "won", "an engineering firm's VP, right after signing: what the implementation timeline looks like, how the first payroll is proven before cutover, who the day-to-day payroll contact is, and what data to start gathering; kickoff as early as next week",
     mail("gfitzgerald@copperlineeng.com", "Grace Fitzgerald", "Signed! What's next?",
          "Tessa,\n\nThe order form is signed, we're official!\n\n"
          "Can you send the implementation timeline? Our CFO wants to know how we'll know the first payroll is right before we leave our current provider. I also need to tell my team who our day-to-day payroll contact will be, and what data we should start pulling together. We'd love to kick off next week.\n\n"
          "Thanks for making this painless,\nGrace\n\nGrace Fitzgerald | VP People & Finance Operations | Copperline Engineering\n430 employees · 6 states",
          company="Copperline Engineering"),
     {"ps-implementation": 3, "et-kickoff": 3, "ps-specialist": 2, "et-data-request": 2},
     forbidden=[], vertical="mid-market")


# ---------------------------------------------------------------- the set's own checks, then write it out
STAGES = {"prospecting", "discovery", "evaluation", "proposal", "negotiation", "closed-won", "closed-lost", "customer"}
KINDS = {"reply": 6, "foreign": 9, "crm": 7, "thread": 5, "multi-ask": 5, "query": 6, "nofit": 3,
         "chat": 1, "meeting": 1, "linkedin": 1, "won": 1}
CANONICAL = {"u22": ("government", "proposal"), "u27": ("enterprise", "evaluation"), "u34": ("enterprise", "evaluation")}
LANGUAGE = {"u07": "German", "u08": "French", "u09": "Spanish", "u10": "Portuguese", "u11": "Italian",
            "u12": "Dutch", "u13": "Polish", "u14": "Japanese", "u15": "Swedish"}
CRM_SOURCES = {"salesforce", "hubspot", "dynamics", "pipedrive"}
# how each page judged `staffing` names it: a raw CRM value, the company's name, or only the text
STAFFING_NAMED = {"u01": "company", "u09": "company", "u13": "company", "u16": "raw", "u18": "raw", "u24": "company",
                  "u28": "text", "u35": "company", "u43": "company"}


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
    assert OWN in {v for i in ITEMS for v in i["verticals"]}
    # traps of every sort, and at least one of the own vertical's
    assert sum(1 for i in ITEMS if i["status"] == "draft") >= 4 and sum(1 for i in ITEMS if i["status"] == "retired") >= 6
    assert sum(1 for i in ITEMS if i["status"] == "approved" and i.get("expires", "9999") < NOW) >= 6
    assert any(OWN in by_id[t]["verticals"] for t in TRAPS)
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
        # a staffing page names staffing as recorded: a raw CRM value, the company's name, or only its text
        if VERTICAL[cid] == OWN:
            how = STAFFING_NAMED[cid]
            raw_industry = str((ctx.get("raw") or {}).get("industry") or "")
            company = str(ctx.get("company") or "").lower()
            if how == "raw":
                assert raw_industry and kind == "crm", cid
            elif how == "company":
                assert re.search(r"staff|temps|trabajo temporal|ett\b", company), (cid, company)
            else:
                assert not re.search(r"staff|temp", company) and not raw_industry and re.search(r"\btemps\b", ctx["text"]), cid
    assert sorted(STAFFING_NAMED) == sorted(cid for cid, v in VERTICAL.items() if v == OWN)
    assert 2 <= len(CANONICAL) <= 3
    assert sum(1 for c in CASES if c["context"].get("vertical") or c["context"].get("stage")) == len(CANONICAL)


check_set()
check_verticals(ITEMS, CASES, VERTICAL, NOW)
check_traps_forbidden(ITEMS, CASES, NOW)
write_set(HERE, ITEMS, CASES, NOW, "u")
