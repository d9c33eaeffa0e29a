"""Builds the tuning set's library: tests/eval/library.json (152 items for a fictional vendor,
Northwind Cloud). Rerun after editing: python3 tests/eval/make_set.py

Its labelled cases are tests/eval/cases.json, edited by hand since the cases outgrew this
script (relevance 3 = the asset to send, 2 = a good alternative, 1 = acceptable; traps are
drafts, retired and expired items written to match the cases' words, never to be suggested).
"""
import json, pathlib
from eval_items import item

HERE = pathlib.Path(__file__).parent
ITEMS = []

def add(id, title, kind, summary, verticals=(), stages=(), tags=(), body=None, status="approved", expires=None):
    ITEMS.append(item("https://content.northwind.example/", "2026-09-15T10:00:00Z", id, title, kind, summary, verticals, stages, tags, body, status, expires))

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
