"""Builds the ranking evaluation set: tests/eval/library.json (the library, 160+ items for a
fictional vendor, Northwind Cloud) and tests/eval/cases.json (labelled cases).

Relevance grades were judged as a sales-enablement manager would: 3 = the asset to send,
2 = a good alternative, 1 = acceptable. Traps (drafts, retired, expired items written to
match the cases' words) must never be suggested. Edit and rerun: python3 tests/eval/make_set.py
"""
import json, pathlib

HERE = pathlib.Path(__file__).parent
U = "https://content.northwind.example/"
ITEMS = []

def add(id, title, kind, summary, verticals=(), stages=(), tags=(), body=None, status="approved", expires=None):
    it = {"id": id, "title": title, "kind": kind, "summary": summary, "verticals": list(verticals), "stages": list(stages),
          "tags": list(tags), "status": status, "updated": "2026-09-15T10:00:00Z"}
    if body:
        it["body"] = body
    else:
        it["url"] = U + id
    if expires:
        it["expires"] = expires
    ITEMS.append(it)

# Per vertical: who the buyer is, the compliance regime, a proof story, typical pains.
V = {
  "government": dict(label="Government", who="county and state agencies", reg="FedRAMP Moderate", regtag="fedramp",
      story=("Travis County", "cut public records turnaround by 62%", "public-records"), story2=("State of Ohio DMV", "moved 40 forms online", "permits"),
      pain="public records requests and paper permits", buyer="CIO"),
  "education": dict(label="Education", who="universities and school districts", reg="FERPA", regtag="ferpa",
      story=("Lakeview University", "went paperless in admissions", "admissions"), story2=("Riverside USD", "sends enrollment packets online", "enrollment"),
      pain="enrollment packets and student records", buyer="registrar"),
  "healthcare": dict(label="Healthcare", who="hospitals and clinics", reg="HIPAA", regtag="hipaa",
      story=("St. Brigid Health System", "sped up patient intake", "patient-intake"), story2=("Northside Clinics", "digitized consent forms", "consent"),
      pain="patient intake and consent forms", buyer="VP of clinical operations"),
  "financial-services": dict(label="Financial services", who="banks, credit unions and insurers", reg="SOC 2 Type II and PCI", regtag="soc2",
      story=("Harbor Credit Union", "opens accounts in 8 minutes", "account-opening"), story2=("Summit Insurance", "settles claims paperwork online", "claims"),
      pain="account opening and loan documents", buyer="COO"),
  "nonprofit": dict(label="Nonprofit", who="foundations and charities", reg="donor data privacy", regtag="donor-privacy",
      story=("Open Harvest Food Bank", "runs grant paperwork online", "grants"), story2=("Bright Futures Foundation", "onboards volunteers in a day", "volunteers"),
      pain="volunteer agreements and grant reporting", buyer="operations director"),
  "enterprise": dict(label="Enterprise", who="global enterprises", reg="SSO, SCIM and data residency", regtag="sso",
      story=("Meridian Logistics", "standardized contracts in 30 countries", "contracts"), story2=("Atlas Manufacturing", "connected procurement to SAP", "procurement"),
      pain="contract cycles across regions", buyer="VP of legal operations"),
  "mid-market": dict(label="Mid-market", who="growing companies of 200 to 2,000 people", reg="SOC 2", regtag="soc2",
      story=("Brightline Software", "closes sales contracts 3x faster", "sales-contracts"), story2=("Cobalt Staffing", "onboards contractors same day", "hr-onboarding"),
      pain="sales contracts and HR onboarding", buyer="VP of operations"),
  "smb": dict(label="SMB", who="small businesses", reg="bank-grade encryption", regtag="encryption",
      story=("Corner Dental", "stopped printing patient forms", "forms"), story2=("Greenway Landscaping", "gets quotes signed on site", "quotes"),
      pain="quotes and customer forms", buyer="owner"),
}

for v, d in V.items():
    L = d["label"]
    add(f"{v}-case-study", f"Case study: {d['story'][0]} {d['story'][1]}", "case-study",
        f"How {d['story'][0]} tackled {d['pain']} with Northwind Cloud.", [v], ["discovery", "evaluation", "proposal"], [d["story"][2], "case-study"])
    add(f"{v}-case-study-2", f"Case study: {d['story2'][0]} {d['story2'][1]}", "case-study",
        f"{d['story2'][0]}: results in the first quarter.", [v], ["evaluation", "proposal"], [d["story2"][2], "case-study"])
    add(f"{v}-intro-email", f"Intro email for {d['who']}", "email-template",
        f"A first touch about {d['pain']}.", [v], ["prospecting"], ["outreach", "intro"],
        body=f"Hi {{{{contact.first_name}}}},\n\nTeams at {d['who']} tell us {d['pain']} eat hours every week. {d['story'][0]} {d['story'][1]} with Northwind Cloud.\n\nWorth 20 minutes to see if {{{{company}}}} could do the same?\n\n{{{{rep.name}}}}")
    add(f"{v}-discovery-questions", f"Discovery questions for a {d['buyer']}", "snippet",
        f"Questions that surface the cost of {d['pain']}.", [v], ["discovery"], ["discovery", "questions"],
        body=f"Before we meet, {{{{contact.first_name}}}}: how do {d['pain']} move today, where do they get stuck, and what would your team do with the hours back?")
    add(f"{v}-security-brief", f"{d['reg']}: how Northwind protects {L.lower()} data", "one-pager",
        f"Controls, audits and contract terms for {d['who']}: {d['reg']}.", [v], ["evaluation", "proposal"], [d["regtag"], "security-review", "compliance"])
    add(f"{v}-security-reply", f"Reply: {L.lower()} security review questionnaire", "snippet",
        f"Answer a {L.lower()} security questionnaire with our {d['reg']} evidence.", [v], ["evaluation", "proposal", "negotiation"], [d["regtag"], "security-review", "questionnaire"],
        body=f"Hi {{{{contact.first_name}}}},\n\nThanks for the security questionnaire. Our {d['reg']} documentation and completed answers for {{{{company}}}} are attached; our security team can walk your reviewers through them this week.\n\n{{{{rep.name}}}}")
    add(f"roi-calculator-{v}", f"ROI calculator – {L.lower()}", "link",
        f"Estimate hours and costs saved on {d['pain']}.", [v], ["evaluation", "proposal"], ["roi", "business-case", "pricing"])
    add(f"{v}-pricing", f"Pricing and packaging for {d['who']}", "one-pager",
        f"Plans, volume tiers and how {d['who']} usually buy.", [v], ["proposal", "negotiation"], ["pricing", "plans"])
    add(f"{v}-proposal-note", f"Proposal cover note for {d['who']}", "snippet",
        "A short note to send with the proposal.", [v], ["proposal"], ["proposal", "cover-note"],
        body=f"Hi {{{{contact.first_name}}}},\n\nAttached is our proposal for {{{{company}}}}: scope for {d['pain']}, pricing and a 30-day rollout plan. Pricing is held for 30 days.\n\n{{{{rep.name}}}}")
    add(f"{v}-onboarding-plan", f"Onboarding plan for new {L.lower()} customers", "one-pager",
        "Kickoff, templates, training and go-live in 30 days.", [v], ["closed-won", "customer"], ["onboarding", "implementation"])
    add(f"{v}-renewal-email", f"Renewal check-in for {L.lower()} customers", "email-template",
        "Review the value delivered and open the renewal conversation 90 days out.", [v], ["customer"], ["renewal", "customer-success"],
        body="Hi {{contact.first_name}},\n\nYour renewal is 90 days out. I would like to share what {{company}} achieved this year and hear your plans for next year. Could we find 30 minutes?\n\n{{rep.name}}")

# Vertical-specific extras.
add("government-cooperative-contracts", "Buying through cooperative contracts: NASPO and GSA Schedule", "one-pager",
    "How agencies buy Northwind without a full RFP.", ["government", "education"], ["proposal", "negotiation"], ["procurement", "naspo", "gsa", "rfp"])
add("government-stateramp-cjis", "StateRAMP and CJIS brief for law enforcement", "one-pager",
    "Our StateRAMP status and CJIS support for police and sheriff records.", ["government"], ["evaluation", "proposal"], ["stateramp", "cjis", "law-enforcement", "security-review"])
add("government-rfp-response-kit", "RFP response kit for public agencies", "deck",
    "Boilerplate answers, references and compliance matrix for government RFPs.", ["government"], ["proposal"], ["rfp", "procurement"])
add("education-accessibility-vpat", "Accessibility: VPAT and WCAG 2.1 AA conformance", "one-pager",
    "Our VPAT for universities' accessibility reviews.", ["education", "government"], ["evaluation", "proposal"], ["accessibility", "vpat", "wcag"])
add("healthcare-baa-snippet", "Reply: Business Associate Agreement (BAA) request", "snippet",
    "Confirm we sign a BAA and attach it.", ["healthcare"], ["evaluation", "proposal", "negotiation"], ["hipaa", "baa", "legal"],
    body="Hi {{contact.first_name}},\n\nYes, we sign a Business Associate Agreement with every healthcare customer; our standard BAA is attached for {{company}}'s compliance team.\n\n{{rep.name}}")
add("healthcare-epic-integration", "Epic and Cerner integration overview", "one-pager",
    "Send signed consent forms straight into the EHR.", ["healthcare"], ["discovery", "evaluation"], ["integration", "epic", "ehr"])
add("financial-vendor-risk-reply", "Reply: third-party vendor risk assessment", "snippet",
    "Route a bank's vendor-risk team to the trust portal and SIG Lite.", ["financial-services"], ["evaluation", "proposal"], ["vendor-risk", "sig", "security-review"],
    body="Hi {{contact.first_name}},\n\nOur SOC 2 Type II report, pen test summary and completed SIG Lite are in our trust portal; I have requested access for your vendor risk team.\n\n{{rep.name}}")
add("nonprofit-discount-program", "Nonprofit discount program", "one-pager",
    "Discounted plans for registered 501(c)(3) organizations.", ["nonprofit"], ["proposal", "negotiation"], ["pricing", "discount", "501c3"])
add("nonprofit-grant-reporting-webinar", "Webinar: grant reporting without spreadsheets", "video",
    "45 minutes with two program directors.", ["nonprofit"], ["prospecting", "discovery"], ["grants", "webinar"])
add("enterprise-sso-scim-guide", "SSO and SCIM setup guide for IT", "one-pager",
    "SAML/OIDC single sign-on, SCIM provisioning with Okta and Entra ID.", ["enterprise", "mid-market"], ["evaluation", "closed-won"], ["sso", "scim", "okta", "it"])
add("enterprise-data-residency", "Data residency: EU and US regions", "one-pager",
    "Where data lives, subprocessors and GDPR commitments.", ["enterprise"], ["evaluation", "proposal", "negotiation"], ["gdpr", "data-residency", "dpa"])
add("enterprise-msa-redlines", "Our MSA: common redlines and fallback positions", "battlecard",
    "What legal usually asks to change and what we can accept.", ["enterprise", "mid-market"], ["negotiation"], ["legal", "msa", "redlines"])
add("smb-quick-start-video", "Video: send your first agreement in five minutes", "video",
    "A walkthrough for small businesses on a trial.", ["smb"], ["evaluation", "customer"], ["trial", "video", "onboarding"])
add("smb-monthly-plans", "Monthly plans for small teams", "one-pager", "Monthly billing, no contract, up to 25 users.", ["smb"], ["evaluation", "proposal"], ["pricing", "monthly"])

# Everyone: competitors, stages, product.
for comp, angle in (("docuflow", "audit trail, retention and compliance"), ("papertrail", "security certifications and integrations"), ("signright", "templates, approvals and price per envelope")):
    C = {"docuflow": "DocuFlow", "papertrail": "PaperTrail", "signright": "SignRight"}[comp]
    add(f"battlecard-{comp}", f"Battlecard: Northwind vs {C}", "battlecard",
        f"Where we win against {C} ({angle}) and how to answer their pitch.", [], ["evaluation", "proposal", "negotiation"], [comp, "competitor"])
    add(f"switching-from-{comp}", f"Switching from {C}: migration guide", "one-pager",
        f"Move templates and history off {C} in two weeks.", [], ["evaluation", "proposal"], [comp, "migration"])
add("objection-price", "Objection: your price is higher", "snippet", "Reframe price as cost per agreement and risk avoided.", [], ["proposal", "negotiation"], ["pricing", "objection"],
    body="Hi {{contact.first_name}},\n\nFair question on price. Per agreement, Northwind costs less than the staff time of one re-signed form, and the audit trail removes a risk your auditors flagged. Happy to build the numbers for {{company}}.\n\n{{rep.name}}")
add("objection-timing", "Objection: not the right time", "snippet", "Keep the door open with a concrete next step.", [], ["discovery", "evaluation"], ["objection", "timing"],
    body="Hi {{contact.first_name}},\n\nUnderstood. Would it help if I sent a one-page business case you can bring to next quarter's planning?\n\n{{rep.name}}")
add("discount-request-reply", "Handling a discount request", "snippet", "Trade, don't give: multi-year or scope trades.", [], ["negotiation"], ["discount", "pricing", "negotiation"],
    body="Hi {{contact.first_name}},\n\nWe can get closer to your number with a two-year term or by starting with one department. Which works better for {{company}}?\n\n{{rep.name}}")
add("security-whitepaper", "Security and compliance whitepaper", "one-pager",
    "Architecture, encryption, SOC 2, FedRAMP, HIPAA and incident response in one document.", [], ["evaluation", "proposal"], ["security-review", "soc2", "fedramp", "hipaa", "encryption"])
add("uptime-sla", "Uptime SLA and support tiers", "one-pager", "99.95% uptime commitment, response times and escalation.", [], ["evaluation", "proposal", "negotiation"], ["sla", "uptime", "support"])
add("integrations-overview", "Integrations: Salesforce, HubSpot, Microsoft 365, Google Workspace", "one-pager",
    "Native integrations and the open REST API.", [], ["discovery", "evaluation"], ["integration", "salesforce", "hubspot", "api"])
add("api-docs-link", "Developer docs: REST API and webhooks", "link", "For the prospect's engineers.", [], ["evaluation"], ["api", "developers", "webhooks"])
add("product-overview-deck", "Northwind Cloud product overview deck", "deck", "Twenty slides: platform, use cases, proof.", [], ["prospecting", "discovery", "evaluation"], ["overview", "deck"])
add("demo-follow-up", "Follow-up after the demo", "email-template", "Recap the demo and agree next steps.", [], ["evaluation"], ["demo", "follow-up"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. Recap: templates, approval routing and the audit trail. Next step as agreed: a two-week trial for {{company}}.\n\n{{rep.name}}")
add("discovery-agenda", "Discovery call agenda", "snippet", "A short agenda that frames a discovery call.", [], ["discovery"], ["agenda", "discovery"],
    body="Hi {{contact.first_name}},\n\nFor our call: how agreements move today, where they stall, and what success looks like this year.\n\n{{rep.name}}")
add("cold-intro", "Cold intro: paperwork that slows your team", "email-template", "First touch for any vertical.", [], ["prospecting"], ["outreach", "intro"],
    body="Hi {{contact.first_name}},\n\nTeams like yours lose hours chasing signatures. Northwind turns paperwork into one secure online flow. Worth a short conversation?\n\n{{rep.name}}")
add("implementation-timeline", "Implementation timeline: 30 days to go-live", "one-pager", "What happens each week after signature.", [], ["proposal", "negotiation", "closed-won"], ["implementation", "onboarding", "timeline"])
add("welcome-email", "Welcome email for new customers", "email-template", "Thank the buyer and introduce onboarding.", [], ["closed-won"], ["welcome", "onboarding"],
    body="Hi {{contact.first_name}},\n\nWelcome to Northwind Cloud! Your onboarding lead will reach out within a day to schedule kickoff.\n\n{{rep.name}}")
add("stay-in-touch", "Stay-in-touch note after a lost deal", "snippet", "Close the loop and leave the door open.", [], ["closed-lost"], ["nurture", "closed-lost"],
    body="Hi {{contact.first_name}},\n\nThanks for considering us. If priorities change, I am a note away.\n\n{{rep.name}}")
add("loss-review-guide", "Loss review guide for reps", "one-pager", "Questions for the debrief after a lost deal.", [], ["closed-lost"], ["loss-review"])
add("expansion-playbook", "Expansion playbook: from one team to the whole organization", "one-pager", "Signals and plays for upsell.", [], ["customer"], ["expansion", "upsell"])
add("customer-reference-program", "Customer references: who can take a call", "one-pager", "Reference customers by vertical and use case.", [], ["evaluation", "proposal"], ["references", "proof"])
add("e-signature-legal-validity", "Is e-signature legally binding? ESIGN, UETA and eIDAS", "one-pager", "The law, by country, in plain words.", [], ["discovery", "evaluation"], ["legal", "esign", "eidas"])
add("records-retention-guide", "Records retention and legal hold", "one-pager", "Retention schedules, legal hold, defensible deletion.", ["government", "financial-services", "healthcare"], ["evaluation", "proposal"], ["records-retention", "legal-hold", "compliance"])
add("mobile-app-overview", "Mobile app: sign and approve anywhere", "video", "Two-minute tour of the iOS and Android apps.", [], ["discovery", "evaluation"], ["mobile"])
add("accessibility-statement", "Accessibility statement", "link", "Our commitment and current conformance.", [], ["evaluation"], ["accessibility"])
add("training-academy", "Northwind Academy: admin and user training", "link", "Self-paced courses and certifications.", [], ["closed-won", "customer"], ["training", "onboarding"])

# Traps: match the cases' words well, must never be suggested.
T = dict(status="draft")
add("draft-fedramp-high-pricing", "FedRAMP High pricing and security review package (draft)", "one-pager", "Unapproved pricing for FedRAMP High.", ["government"], ["proposal"], ["fedramp", "pricing", "security-review"], status="draft")
add("draft-hipaa-reply", "Reply: HIPAA security review questionnaire (draft rewrite)", "snippet", "Draft.", ["healthcare"], ["evaluation", "proposal"], ["hipaa", "security-review", "questionnaire"], body="Hi {{contact.first_name}}, draft HIPAA questionnaire answers.", status="draft")
add("draft-docuflow-battlecard", "Battlecard: Northwind vs DocuFlow (new draft)", "battlecard", "Draft with unverified claims.", [], ["evaluation"], ["docuflow", "competitor"], status="draft")
add("draft-discount-policy", "Discount approval policy (internal draft)", "one-pager", "Internal only.", [], ["negotiation"], ["discount", "pricing"], status="draft")
add("draft-roi-calculator-healthcare", "ROI calculator – healthcare (v2 draft)", "link", "Draft calculator.", ["healthcare"], ["evaluation"], ["roi"], status="draft")
add("retired-security-whitepaper-2024", "Security and compliance whitepaper (2024 edition)", "one-pager", "Outdated certifications.", [], ["evaluation", "proposal"], ["security-review", "soc2", "fedramp"], status="retired")
add("retired-papertrail-battlecard", "Battlecard: Northwind vs PaperTrail (2024)", "battlecard", "Old claims.", [], ["evaluation", "proposal"], ["papertrail", "competitor"], status="retired")
add("retired-nonprofit-pricing", "Nonprofit discount program (2024 prices)", "one-pager", "Old prices.", ["nonprofit"], ["proposal"], ["pricing", "discount"], status="retired")
add("retired-ferpa-brief", "FERPA brief (retired)", "one-pager", "Superseded.", ["education"], ["evaluation"], ["ferpa", "security-review"], status="retired")
add("expired-fedramp-promo", "FedRAMP security review reply with 2025 pricing", "snippet", "Expired offer.", ["government"], ["proposal"], ["fedramp", "security-review", "pricing"], body="Hi {{contact.first_name}}, our FedRAMP package and 2025 pricing for {{company}}.", expires="2025-12-31")
add("expired-q3-promo", "Q3 2025 promotion: 20% off annual plans", "one-pager", "Ended promotion.", [], ["proposal", "negotiation"], ["pricing", "discount", "promotion"], expires="2025-09-30")
add("expired-credit-union-case-study", "Case study: Harbor Credit Union (2023 figures)", "case-study", "Superseded figures.", ["financial-services"], ["evaluation"], ["account-opening", "case-study"], expires="2026-01-31")
add("expired-webinar-grants", "Webinar replay: grant reporting (2025)", "video", "Expired replay.", ["nonprofit"], ["discovery"], ["grants", "webinar"], expires="2026-06-30")
add("retired-smb-pricing", "Pricing for small teams (2024)", "one-pager", "Old plans.", ["smb"], ["evaluation", "proposal"], ["pricing", "plans"], status="retired")

for v, d in V.items():
    add(f"{v}-buying-checklist", f"Buying checklist for {d['who']}", "one-pager",
        f"What {d['who']} check before choosing an agreements platform.", [v], ["evaluation"], ["checklist", "evaluation"])

ids = [i["id"] for i in ITEMS]
assert len(ids) == len(set(ids)), "duplicate ids"
(HERE / "library.json").write_text(json.dumps({"version": "eval-1", "items": ITEMS}, indent=1, ensure_ascii=False) + "\n")
TRAPS = [i["id"] for i in ITEMS if i["status"] != "approved" or i.get("expires", "9999") < "2026-11"]
print(f"library: {len(ITEMS)} items, {len(TRAPS)} traps")

# ---------------------------------------------------------------- cases
CASES = []

def case(id, description, context, relevant, query=None, traps=()):
    CASES.append({"id": id, "description": description, "context": context, "query": query, "relevant": relevant, "traps": list(traps)})

def gmail(email, name, subject, text, company=None, **extra):
    c = {"source": "gmail", "domain": email.split("@")[1], "contact": {"name": name, "first_name": name.split()[0], "email": email}, "subject": subject, "text": text}
    if company:
        c["company"] = company
    c.update(extra)
    return c

def sf(company, stage, industry, subject, text=""):
    return {"source": "salesforce", "company": company, "raw": {"stage": stage, "industry": industry}, "subject": subject, "text": text}

def hs(company, dealstage, industry, subject, text=""):
    return {"source": "hubspot", "company": company, "raw": {"stage": dealstage, "industry": industry}, "subject": subject, "text": text}

G = "government"
case("gov-security-review", "County CISO asks for the security review at proposal stage",
     gmail("dana.lee@acmecounty.gov", "Dana Lee", "Re: security review for the records project", "Before we move to contract our CISO needs the vendor security review completed. Please send your FedRAMP authorization details and answers to the attached security questionnaire.", "Acme County", stage="proposal"),
     {"government-security-reply": 3, "government-security-brief": 3, "security-whitepaper": 2, "government-stateramp-cjis": 1},
     traps=["draft-fedramp-high-pricing", "expired-fedramp-promo", "retired-security-whitepaper-2024"])
case("gov-prospecting", "First outreach to a city clerk about paper permits",
     sf("City of Springfield", "Prospecting", "Government", "Springfield - Permits modernization", "Clerk's office still processes paper permits."),
     {"government-intro-email": 3, "cold-intro": 2, "product-overview-deck": 1})
case("gov-cooperative-purchasing", "Procurement wants to buy through a cooperative contract",
     sf("Franklin County", "Negotiation/Review", "Government", "Franklin County - Records", "Procurement asks whether we can buy through the NASPO cooperative contract instead of running a full RFP."),
     {"government-cooperative-contracts": 3, "government-pricing": 2, "government-rfp-response-kit": 1})
case("gov-cjis", "Sheriff's office asks about CJIS, no stage known",
     gmail("records@co.travis.tx.us", "Maria Gomez", "CJIS compliance question", "Does your platform meet CJIS requirements for our sheriff's records management?"),
     {"government-stateramp-cjis": 3, "government-security-brief": 2, "government-security-reply": 1})
case("gov-discovery", "HubSpot deal qualified, public records backlog",
     hs("Lake County", "qualifiedtobuy", "GOVERNMENT_ADMINISTRATION", "Lake County - public records", "Backlog of public records requests; clerk wants to understand options."),
     {"government-case-study": 3, "government-discovery-questions": 3, "discovery-agenda": 2, "records-retention-guide": 1})
case("gov-rfp", "RFP due this week",
     gmail("purchasing@marioncounty.gov", "Tom Reyes", "RFP 2026-114 response", "Reminder: the RFP response with the compliance matrix is due Friday.", stage="proposal"),
     {"government-rfp-response-kit": 3, "government-proposal-note": 2, "government-cooperative-contracts": 1})
E = "education"
case("edu-ferpa", "Registrar asks about FERPA during evaluation",
     gmail("registrar@lakeshore.edu", "Ann Ko", "FERPA and student records", "Our security review needs to confirm FERPA compliance for student records.", stage="evaluation"),
     {"education-security-brief": 3, "education-security-reply": 3, "security-whitepaper": 1}, traps=["retired-ferpa-brief"])
case("edu-accessibility", "University accessibility review wants a VPAT",
     gmail("it@westfield.edu", "Raj Patel", "Accessibility review", "Our accessibility office needs your VPAT and WCAG conformance.", stage="evaluation"),
     {"education-accessibility-vpat": 3, "accessibility-statement": 2})
case("edu-k12-prospecting", "Cold outreach to a school district",
     gmail("itdirector@sunvalley.k12.ca.us", "Lee Chen", "Enrollment season", "Enrollment packets every August take weeks.", stage="prospecting"),
     {"education-intro-email": 3, "cold-intro": 2})
case("edu-pricing-proposal", "Pricing for three campuses",
     sf("Westfield University", "Proposal/Price Quote", "Higher Education", "Westfield - 3 campuses", "Needs pricing for three campuses; asked about cooperative purchasing."),
     {"education-pricing": 3, "education-proposal-note": 2, "government-cooperative-contracts": 2, "roi-calculator-education": 1})
H = "healthcare"
case("hc-baa-negotiation", "Legal needs the BAA before signing",
     sf("St. Brigid Health System", "Negotiation/Review", "Hospital & Health Care", "St. Brigid - intake", "Legal needs the BAA before signing the contract."),
     {"healthcare-baa-snippet": 3, "healthcare-security-reply": 2, "healthcare-pricing": 1})
case("hc-discovery-intake", "Needs analysis: paper patient intake",
     sf("Northside Clinics", "Needs Analysis", "Hospital & Health Care", "Northside - patient intake", "Patient intake and consent forms are still on paper."),
     {"healthcare-discovery-questions": 3, "healthcare-case-study": 3, "healthcare-epic-integration": 1, "discovery-agenda": 1})
case("hc-roi", "CFO wants a business case",
     gmail("cfo@mercyhealth.org", "Paul Grant", "Business case", "Our CFO wants an ROI estimate before approving.", vertical="healthcare", stage="evaluation"),
     {"roi-calculator-healthcare": 3, "healthcare-case-study": 1, "healthcare-case-study-2": 1}, traps=["draft-roi-calculator-healthcare"])
case("hc-epic", "Does it integrate with Epic?",
     gmail("it@mercyhealth.org", "Jo Park", "EHR integration", "Can signed consent forms go into Epic?", vertical="healthcare", stage="discovery"),
     {"healthcare-epic-integration": 3, "integrations-overview": 2})
case("hc-hipaa-questionnaire", "HIPAA security questionnaire in evaluation",
     gmail("security@stbrigidhealth.org", "Sam Ito", "HIPAA security questionnaire", "Please complete the attached HIPAA security questionnaire.", vertical="healthcare", stage="evaluation"),
     {"healthcare-security-reply": 3, "healthcare-security-brief": 3, "healthcare-baa-snippet": 2, "security-whitepaper": 1}, traps=["draft-hipaa-reply"])
F = "financial-services"
case("fs-vendor-risk", "Bank third-party risk assessment",
     gmail("tprm@firstvalleybank.com", "Nina Volk", "Third-party risk assessment", "Our vendor risk team needs your SIG questionnaire and SOC 2 report.", "First Valley Bank", stage="evaluation"),
     {"financial-vendor-risk-reply": 3, "financial-services-security-reply": 3, "financial-services-security-brief": 2, "security-whitepaper": 1})
case("fs-account-opening", "Credit union: account opening takes too long",
     sf("Harbor Credit Union", "Qualification", "Banking", "Harbor CU - account opening", "Account opening takes 40 minutes at the branch."),
     {"financial-services-case-study": 3, "financial-services-discovery-questions": 2}, traps=["expired-credit-union-case-study"])
case("fs-insurance-claims", "Insurer: claims paperwork",
     sf("Summit Insurance", "Value Proposition", "Insurance", "Summit - claims", "Claims paperwork and adjuster forms."),
     {"financial-services-case-study-2": 3, "financial-services-case-study": 1, "roi-calculator-financial-services": 1})
case("fs-records-retention", "Bank asks about retention and legal hold",
     gmail("legal@firstvalleybank.com", "Ivan Ruiz", "Retention schedules", "How do you handle retention schedules and legal hold?", "First Valley Bank", stage="evaluation"),
     {"records-retention-guide": 3, "financial-services-security-brief": 1})
N = "nonprofit"
case("np-pricing", "Food bank asks for nonprofit pricing",
     gmail("luis@openharvest.org", "Luis Ortega", "Pricing", "Do you have nonprofit pricing for a 501(c)(3)?", "Open Harvest Food Bank", stage="proposal"),
     {"nonprofit-discount-program": 3, "nonprofit-pricing": 2}, traps=["retired-nonprofit-pricing"])
case("np-grants", "Foundation: grant reporting in spreadsheets",
     gmail("ops@brightfutures.org", "Kim Lowe", "Grant reporting", "Our grant reporting lives in spreadsheets and donors wait weeks.", "Bright Futures Foundation", stage="discovery"),
     {"nonprofit-grant-reporting-webinar": 3, "nonprofit-case-study": 3, "nonprofit-discovery-questions": 2}, traps=["expired-webinar-grants"])
case("np-volunteers", "Volunteer onboarding",
     hs("Helping Hands", "presentationscheduled", "NON_PROFIT_ORGANIZATION_MANAGEMENT", "Helping Hands", "Volunteer onboarding takes a week of paperwork."),
     {"nonprofit-case-study-2": 3, "nonprofit-case-study": 1})
X = "enterprise"
case("ent-sso", "IT asks about Okta SSO and SCIM",
     gmail("it-security@meridian.com", "Ola Berg", "SSO", "We need Okta SSO and SCIM provisioning.", "Meridian Logistics", vertical="enterprise", stage="evaluation"),
     {"enterprise-sso-scim-guide": 3, "enterprise-security-brief": 3, "enterprise-security-reply": 1})
case("ent-gdpr", "EU data residency and DPA",
     gmail("dpo@meridian.com", "Eva Roth", "GDPR", "Where is data stored? We need EU data residency and your DPA.", "Meridian Logistics", vertical="enterprise", stage="proposal"),
     {"enterprise-data-residency": 3, "enterprise-security-brief": 2})
case("ent-msa", "Legal redlines on the MSA",
     sf("Atlas Manufacturing", "Negotiation/Review", "Enterprise", "Atlas - global", "Legal sent redlines on the MSA."),
     {"enterprise-msa-redlines": 3})
case("ent-global-rollout", "Global rollout, contract cycles",
     gmail("vp.legalops@atlas.com", "Ben Cole", "Global rollout", "Contract cycles differ across regions; we want one process.", "Atlas Manufacturing", vertical="enterprise", stage="evaluation"),
     {"enterprise-case-study": 3, "enterprise-case-study-2": 1})
M = "mid-market"
case("mm-demo-follow-up", "After the demo",
     gmail("ops@brightline.io", "Zoe Hart", "Thanks for the demo", "Thanks for the demo yesterday.", "Brightline", vertical="mid-market", stage="evaluation"),
     {"demo-follow-up": 3, "mid-market-case-study": 1})
case("mm-contractor-onboarding", "HR contractor onboarding",
     gmail("hr@cobaltstaffing.com", "Al Diaz", "Contractor onboarding", "Contractor onboarding paperwork delays start dates.", "Cobalt Staffing", vertical="mid-market", stage="discovery"),
     {"mid-market-case-study-2": 3, "mid-market-discovery-questions": 2})
S = "smb"
case("smb-pricing", "Small team asks for monthly price",
     gmail("owner@greenwaylandscaping.com", "Dan Moss", "Price", "How much for 10 users, billed monthly?", "Greenway Landscaping", vertical="smb", stage="evaluation"),
     {"smb-monthly-plans": 3, "smb-pricing": 3}, traps=["retired-smb-pricing"])
case("smb-trial", "Trial user asks how to start",
     gmail("office@cornerdental.com", "Eve Stone", "Getting started", "Started the trial, how do I send my first document?", "Corner Dental", vertical="smb", stage="evaluation"),
     {"smb-quick-start-video": 3})
case("comp-docuflow", "Government prospect also looks at DocuFlow",
     gmail("cio@acmecounty.gov", "Rae Wu", "Comparison", "We are also evaluating DocuFlow.", stage="evaluation"),
     {"battlecard-docuflow": 3, "switching-from-docuflow": 2}, traps=["draft-docuflow-battlecard"])
case("comp-papertrail", "Hospital currently on PaperTrail",
     sf("Mercy Health", "Proposal/Price Quote", "Healthcare", "Mercy - replace PaperTrail", "Currently on PaperTrail; worried about migration effort."),
     {"switching-from-papertrail": 3, "battlecard-papertrail": 3}, traps=["retired-papertrail-battlecard"])
case("comp-signright", "SMB says SignRight is cheaper",
     gmail("owner@greenwaylandscaping.com", "Dan Moss", "Price comparison", "SignRight is cheaper per envelope.", vertical="smb", stage="evaluation"),
     {"battlecard-signright": 3, "objection-price": 2, "smb-monthly-plans": 1})
case("closed-won-enterprise", "Deal won, enterprise",
     sf("Meridian Logistics", "Closed Won", "Enterprise", "Meridian - global"),
     {"welcome-email": 3, "enterprise-onboarding-plan": 3, "implementation-timeline": 2, "training-academy": 1, "enterprise-sso-scim-guide": 1})
case("closed-lost", "Deal lost to another vendor",
     hs("Brightline", "closedlost", "COMPUTER_SOFTWARE", "Brightline", "They went with another vendor."),
     {"stay-in-touch": 3, "loss-review-guide": 2})
case("edu-renewal", "University renewal coming up",
     gmail("registrar@lakeshore.edu", "Ann Ko", "Renewal", "Our renewal is coming up next quarter.", stage="customer"),
     {"education-renewal-email": 3, "expansion-playbook": 1})
case("hc-expansion", "Other departments want it",
     gmail("cmo@stbrigidhealth.org", "Lia Fox", "Expansion", "Other departments want to use it too.", vertical="healthcare", stage="customer"),
     {"expansion-playbook": 3, "healthcare-renewal-email": 1})
case("gov-price-objection", "Price above budget in negotiation",
     gmail("cfo@acmecounty.gov", "Jim Hale", "Budget", "Your price is higher than our budget allows.", stage="negotiation"),
     {"objection-price": 3, "discount-request-reply": 3, "government-pricing": 2, "government-cooperative-contracts": 1}, traps=["expired-q3-promo", "draft-discount-policy"])
case("timing-objection", "Not a priority this quarter",
     gmail("vp@brightline.io", "Zoe Hart", "Timing", "Not a priority this quarter.", vertical="mid-market", stage="discovery"),
     {"objection-timing": 3})
case("legal-validity", "Is e-signature binding in Germany?",
     gmail("legal@atlas.de", "Jan Vogel", "Legal question", "Is e-signature legally binding in Germany under eIDAS?", stage="evaluation"),
     {"e-signature-legal-validity": 3})
case("uptime", "What uptime do you guarantee?",
     gmail("it@brightline.io", "Zoe Hart", "SLA", "What uptime SLA and support do you guarantee?", vertical="mid-market", stage="evaluation"),
     {"uptime-sla": 3})
case("api", "Developers want the API",
     gmail("cto@brightline.io", "Max Lin", "API", "Our developers want webhooks and REST API docs.", vertical="mid-market", stage="evaluation"),
     {"api-docs-link": 3, "integrations-overview": 2})
case("sf-raw-banking-valueprop", "Salesforce raw values only: Value Proposition, Banking",
     sf("First Valley Bank", "Value Proposition", "Banking", "First Valley - account opening", "Building the business case for account opening."),
     {"roi-calculator-financial-services": 3, "financial-services-case-study": 2})
case("hs-raw-contractsent-hospital", "HubSpot raw values: contract sent, hospital",
     hs("Mercy Health", "contractsent", "HOSPITAL_HEALTH_CARE", "Mercy Health", "Contract sent; they want the BAA attached."),
     {"healthcare-baa-snippet": 3, "healthcare-pricing": 1, "implementation-timeline": 1})
case("hs-raw-presentation-nonprofit", "HubSpot raw values: presentation scheduled, nonprofit",
     hs("Bright Futures Foundation", "presentationscheduled", "NON_PROFIT_ORGANIZATION_MANAGEMENT", "Bright Futures", "Demo for the board next week."),
     {"nonprofit-case-study": 2, "nonprofit-case-study-2": 2, "product-overview-deck": 2, "nonprofit-buying-checklist": 1})
case("sf-raw-decision-makers-edu", "Salesforce raw values: Id. Decision Makers, Education Management",
     sf("Lakeshore College", "Id. Decision Makers", "Education Management", "Lakeshore - admissions", "Meeting the registrar and the CIO about admissions."),
     {"education-case-study": 3, "education-case-study-2": 2, "customer-reference-program": 1})
case("dynamics-propose-gov", "Dynamics stage Propose, government",
     {"source": "dynamics", "company": "City of Springfield", "raw": {"stage": "Propose", "industry": "Government"}, "subject": "Springfield permits", "text": "Proposal for the permits office."},
     {"government-proposal-note": 3, "government-case-study-2": 2, "government-pricing": 2})
case("pipedrive-negotiation-insurance", "Pipedrive negotiation, insurer, discount",
     {"source": "pipedrive", "company": "Summit Insurance", "raw": {"stage": "Negotiations Started", "industry": "Insurance"}, "subject": "Summit", "text": "Pricing discussion; they ask for a discount."},
     {"discount-request-reply": 3, "financial-services-pricing": 3, "objection-price": 2}, traps=["draft-discount-policy", "expired-q3-promo"])
case("no-vertical-security", "Security questionnaire, vertical unknown (gmail.com)",
     gmail("jsmith@gmail.com", "John Smith", "Security questionnaire", "Can you fill in our security review questionnaire?", stage="proposal"),
     {"security-whitepaper": 3, "government-security-reply": 1, "healthcare-security-reply": 1, "education-security-reply": 1, "financial-services-security-reply": 1, "enterprise-security-reply": 1, "mid-market-security-reply": 1, "smb-security-reply": 1, "nonprofit-security-reply": 1},
     traps=["retired-security-whitepaper-2024"])
case("no-stage-hipaa", "Healthcare, stage unknown, HIPAA",
     gmail("privacy@mercyhealth.org", "Ada Kim", "HIPAA", "How do you handle HIPAA?", vertical="healthcare"),
     {"healthcare-security-brief": 3, "healthcare-security-reply": 2, "healthcare-baa-snippet": 2})
case("edu-inferred-ferpa", "Vertical inferred from .edu, stage unknown",
     gmail("records@northlake.edu", "Ty Ng", "Student records", "How do you protect student records under FERPA?"),
     {"education-security-brief": 3, "education-security-reply": 3}, traps=["retired-ferpa-brief"])
case("text-only-integrations", "Only the thread text: Salesforce integration",
     {"source": "generic", "text": "Do you integrate with Salesforce and HubSpot?"},
     {"integrations-overview": 3})
case("smb-closed-won", "SMB deal won, no text",
     {"source": "hubspot", "vertical": "smb", "stage": "closed-won"},
     {"smb-onboarding-plan": 3, "welcome-email": 3, "smb-quick-start-video": 2, "training-academy": 2, "implementation-timeline": 1})
case("q-fedrampp", "Typed query with a typo: fedrampp",
     gmail("dana.lee@acmecounty.gov", "Dana Lee", "Re: project", "", "Acme County"),
     {"government-security-brief": 3, "security-whitepaper": 2, "government-security-reply": 2}, query="fedrampp", traps=["draft-fedramp-high-pricing", "expired-fedramp-promo"])
case("q-hipa-baa", "Typed query: hipa baa", gmail("it@mercyhealth.org", "Jo Park", "Re:", "", vertical="healthcare"),
     {"healthcare-baa-snippet": 3, "healthcare-security-brief": 2}, query="hipa baa", traps=["draft-hipaa-reply"])
case("q-docuflw", "Typed query: docuflw battlecard", {"source": "generic"}, {"battlecard-docuflow": 3, "switching-from-docuflow": 1}, query="docuflw battlecard", traps=["draft-docuflow-battlecard"])
case("q-case-sutdy-hospital", "Typed query: case sutdy hospital", gmail("it@mercyhealth.org", "Jo Park", "Re:", "", vertical="healthcare"),
     {"healthcare-case-study": 3, "healthcare-case-study-2": 2}, query="case sutdy hospital")
case("q-roi-calculater", "Typed query: roi calculater (education)", gmail("it@westfield.edu", "Raj Patel", "Re:", ""),
     {"roi-calculator-education": 3}, query="roi calculater")
case("q-nonprfit-discount", "Typed query: nonprfit discount", {"source": "generic"}, {"nonprofit-discount-program": 3}, query="nonprfit discount", traps=["retired-nonprofit-pricing"])
case("q-welcom-email", "Typed query: welcom email", {"source": "generic"}, {"welcome-email": 3}, query="welcom email")
case("q-vpat", "Typed query: vpat (government)", gmail("it@acmecounty.gov", "Rae Wu", "Re:", ""), {"education-accessibility-vpat": 3, "accessibility-statement": 1}, query="vpat")
case("q-prefix-migrat-papertrail", "Typed while typing: migrat papertr", {"source": "generic"}, {"switching-from-papertrail": 3, "battlecard-papertrail": 1}, query="migrat papertr", traps=["retired-papertrail-battlecard"])
case("none-lunch", "Nothing fits: lunch plans", {"source": "gmail", "subject": "Lunch Friday?", "text": "The bakery has new croissants. Lunch on Friday?"}, {})
case("none-birthday", "Nothing fits: birthday note", {"source": "gmail", "subject": "Happy birthday!", "text": "Happy birthday! Hope you have a great day with the family."}, {})
case("none-query-kubernetes", "Nothing fits: kubernetes helm chart", {"source": "generic"}, {}, query="kubernetes helm chart")
case("none-query-drones", "Nothing fits: drone fleet insurance (government page)", gmail("x@acmecounty.gov", "X Y", "Re:", ""), {}, query="drone fleet hangar")
case("none-ooo", "Nothing fits: out of office", {"source": "outlook", "subject": "Automatic reply: Out of office", "text": "I am out of the office until Monday with limited access to email."}, {})

live = {i["id"] for i in ITEMS if i["status"] == "approved" and i.get("expires", "9999") >= "2026-11"}
for c in CASES:
    for rid in c["relevant"]:
        assert rid in live, (c["id"], rid)
    for t in c["traps"]:
        assert t in ids and t not in live, (c["id"], t)
(HERE / "cases.json").write_text(json.dumps({"cases": CASES}, indent=1, ensure_ascii=False) + "\n")
print(f"cases: {len(CASES)} ({sum(1 for c in CASES if c['query'])} typed queries, {sum(1 for c in CASES if not c['relevant'])} where nothing fits)")
