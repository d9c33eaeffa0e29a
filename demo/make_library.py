"""Writes demo/library.json: the demo library bundled with the extension (about 40 approved
items for a fictional vendor, Northwind Cloud, plus drafts, retired and expired traps).
Edit the table below and rerun: python3 demo/make_library.py"""
import json, pathlib

U = "https://content.northwind.example/"
A = []
def item(id, title, kind, summary, verticals=(), stages=(), tags=(), body=None, url=None, status="approved", expires=None, updated="2026-10-14T09:00:00Z"):
    it = {"id": id, "title": title, "kind": kind, "summary": summary, "verticals": list(verticals), "stages": list(stages), "tags": list(tags), "status": status, "updated": updated}
    if body: it["body"] = body
    if url: it["url"] = url
    if expires: it["expires"] = expires
    A.append(it)

# Government
item("gov-security-review-reply", "Reply: security review and FedRAMP package", "snippet",
     "Answer a public-sector security review: FedRAMP Moderate package, questionnaire, next steps.",
     ["government"], ["evaluation", "proposal"], ["fedramp", "security-review", "questionnaire"],
     body="Hi {{contact.first_name}},\n\nThanks for sending over the security questionnaire. Northwind Cloud holds a FedRAMP Moderate authorization, and I have attached our authorization letter, the SSP summary and our completed questionnaire for {{company}}.\n\nIf your CISO would like to walk through our continuous monitoring reports, I can set up 30 minutes with our security team this week.\n\nBest,\n{{rep.name}}")
item("gov-fedramp-one-pager", "FedRAMP Moderate authorization at a glance", "one-pager",
     "What our FedRAMP Moderate ATO covers, the agencies that rely on it, and how to request the package.",
     ["government"], ["discovery", "evaluation", "proposal"], ["fedramp", "security-review", "compliance"], url=U+"fedramp-moderate")
item("gov-county-records-case-study", "Case study: Travis County cut public records turnaround by 62%", "case-study",
     "How a county clerk's office automated records retention and public records requests.",
     ["government"], ["discovery", "evaluation", "proposal"], ["records-retention", "public-records", "county"], url=U+"case-travis-county")
item("gov-cooperative-purchasing", "Buying through cooperative contracts (NASPO, GSA)", "one-pager",
     "Skip a full RFP: the cooperative purchasing vehicles agencies can use to buy Northwind.",
     ["government", "education"], ["proposal", "negotiation"], ["procurement", "naspo", "gsa", "pricing"], url=U+"cooperative-purchasing")
item("gov-stateramp-cjis-brief", "StateRAMP and CJIS: state and local compliance brief", "one-pager",
     "Our StateRAMP status and how Northwind supports CJIS requirements for law enforcement records.",
     ["government"], ["evaluation", "proposal"], ["stateramp", "cjis", "compliance", "security-review"], url=U+"stateramp-cjis")
# Education
item("edu-ferpa-overview", "FERPA and student records: how Northwind protects them", "one-pager",
     "Controls, data handling and contract language for student education records.",
     ["education"], ["discovery", "evaluation"], ["ferpa", "security-review", "student-records"], url=U+"ferpa")
item("edu-university-case-study", "Case study: Lakeview University goes paperless in admissions", "case-study",
     "Admissions and registrar forms moved to e-signature; 9,000 hours a year saved.",
     ["education"], ["discovery", "evaluation", "proposal"], ["e-signature", "admissions", "higher-ed"], url=U+"case-lakeview")
item("edu-k12-intro-email", "Intro email for school district IT directors", "email-template",
     "First touch for K-12 districts: enrollment packets and board approvals without paper.",
     ["education"], ["prospecting"], ["k12", "e-signature", "outreach"],
     body="Hi {{contact.first_name}},\n\nEvery August, district offices drown in enrollment packets. Districts like Riverside USD now send them as one signed online form, and their front offices got back two weeks.\n\nWould a 20-minute look at how that works for {{company}} be useful?\n\n{{rep.name}}")
# Healthcare
item("hc-hipaa-baa-snippet", "Reply: HIPAA and our Business Associate Agreement", "snippet",
     "Confirm HIPAA readiness and offer the BAA when a provider asks about PHI.",
     ["healthcare"], ["discovery", "evaluation", "proposal"], ["hipaa", "baa", "security-review", "phi"],
     body="Hi {{contact.first_name}},\n\nYes, Northwind Cloud signs a Business Associate Agreement with every healthcare customer. PHI is encrypted at rest and in transit, access is logged in a tamper-evident audit trail, and we are audited annually against HIPAA and SOC 2.\n\nI have attached our standard BAA so your compliance team can start their review.\n\n{{rep.name}}")
item("hc-hospital-case-study", "Case study: St. Brigid Health System speeds patient intake", "case-study",
     "A 14-hospital system moved intake and consent forms to e-signature and cut wait times.",
     ["healthcare"], ["evaluation", "proposal"], ["patient-intake", "e-signature", "hospital"], url=U+"case-st-brigid")
item("hc-roi-calculator", "ROI calculator: healthcare forms and consent", "link",
     "Estimate staff hours and print costs saved on intake, consent and referrals.",
     ["healthcare"], ["evaluation", "proposal"], ["roi", "pricing", "business-case"], url=U+"roi/healthcare")
item("hc-discovery-questions", "Discovery questions for clinical operations leaders", "snippet",
     "Five questions that surface the cost of paper intake and consent.",
     ["healthcare"], ["discovery"], ["discovery", "questions"],
     body="A few questions before we meet, {{contact.first_name}}:\n1. How many intake and consent forms does a typical patient sign?\n2. Where do signed forms live today, and who files them?\n3. How long does a referral take to reach the right department?\n4. Which audits (HIPAA, Joint Commission) touch these records?\n5. What would you do with the hours back?")
# Financial services
item("fs-soc2-pci-overview", "SOC 2 Type II and PCI: security for financial institutions", "one-pager",
     "Audit reports, encryption, key management and vendor-risk answers for banks and credit unions.",
     ["financial-services"], ["evaluation", "proposal"], ["soc2", "pci", "security-review", "vendor-risk"], url=U+"soc2-pci")
item("fs-credit-union-case-study", "Case study: Harbor Credit Union opens accounts in 8 minutes", "case-study",
     "Member account opening and loan documents signed online, with a full audit trail.",
     ["financial-services"], ["discovery", "evaluation"], ["account-opening", "e-signature", "credit-union"], url=U+"case-harbor-cu")
item("fs-vendor-risk-reply", "Reply: vendor risk assessment request", "snippet",
     "Answer a bank's third-party risk team and route them to the trust portal.",
     ["financial-services"], ["evaluation", "proposal", "negotiation"], ["vendor-risk", "security-review", "soc2"],
     body="Hi {{contact.first_name}},\n\nHappy to help your third-party risk team. Our SOC 2 Type II report, penetration test summary and completed SIG Lite questionnaire are in our trust portal; I have requested access for you.\n\nIf your team uses its own questionnaire, send it over and we will return it within five business days.\n\n{{rep.name}}")
# Nonprofit
item("np-nonprofit-pricing", "Nonprofit pricing program", "one-pager",
     "Discounted plans for registered nonprofits, and how to apply.",
     ["nonprofit"], ["proposal", "negotiation"], ["pricing", "discount", "nonprofit"], url=U+"nonprofit-pricing")
item("np-grant-workflows-case-study", "Case study: Open Harvest Food Bank runs grant paperwork online", "case-study",
     "Volunteer agreements, donor forms and grant reporting on one platform.",
     ["nonprofit"], ["discovery", "evaluation"], ["grants", "volunteers", "donors"], url=U+"case-open-harvest")
item("np-intro-email", "Intro email for nonprofit operations directors", "email-template",
     "First touch for nonprofits: volunteer and donor paperwork without the chase.",
     ["nonprofit"], ["prospecting", "discovery"], ["volunteers", "donors", "outreach"],
     body="Hi {{contact.first_name}},\n\nMost nonprofit teams we talk to spend more time chasing signatures on volunteer agreements and donor forms than they would like. Open Harvest Food Bank moved all of it online and got a day a week back.\n\nWould it help {{company}} to see how?\n\n{{rep.name}}")
# Enterprise
item("ent-sso-scim-overview", "Enterprise identity: SSO, SCIM and admin controls", "one-pager",
     "SAML and OIDC single sign-on, SCIM provisioning, roles and data retention controls.",
     ["enterprise"], ["evaluation", "proposal"], ["sso", "scim", "security-review", "it"], url=U+"enterprise-identity")
item("ent-global-case-study", "Case study: Meridian Logistics standardizes contracts in 30 countries", "case-study",
     "One contract workflow for a global enterprise, with data residency in the EU and US.",
     ["enterprise"], ["evaluation", "proposal"], ["data-residency", "gdpr", "contracts"], url=U+"case-meridian")
item("ent-executive-deck", "Executive briefing deck: the business case for digital agreements", "deck",
     "Twelve slides for a CFO or COO audience: cost, risk, speed.",
     ["enterprise", "mid-market"], ["evaluation", "proposal"], ["business-case", "roi", "executive"], url=U+"deck-executive")
# Mid-market
item("mm-implementation-plan", "30-day implementation plan for mid-market teams", "one-pager",
     "What happens in the first month: setup, templates, training, go-live.",
     ["mid-market"], ["proposal", "negotiation", "closed-won"], ["implementation", "onboarding"], url=U+"implementation-30-days")
item("mm-demo-follow-up", "Follow-up after the demo", "email-template",
     "Recap the demo, confirm the use cases and propose next steps.",
     ["mid-market", "smb"], ["evaluation"], ["demo", "follow-up"],
     body="Hi {{contact.first_name}},\n\nThanks for the time today. To recap what we saw: templates for your most common agreements, approval routing, and the audit trail your finance team asked about.\n\nNext step, as agreed: a two-week trial for {{company}} with your own documents. I will send the invite tomorrow.\n\n{{rep.name}}")
# SMB
item("smb-pricing-sheet", "Pricing for small teams", "one-pager",
     "Plans, seats and what is included for teams under 50 people.",
     ["smb"], ["evaluation", "proposal"], ["pricing", "plans"], url=U+"pricing-small-teams")
item("smb-quick-start-video", "Video: send your first agreement in five minutes", "video",
     "A short walkthrough for small businesses starting a trial.",
     ["smb"], ["evaluation", "customer"], ["trial", "onboarding", "video"], url=U+"video-quick-start")
# Cross-vertical by stage
item("all-discovery-agenda", "Discovery call agenda", "snippet",
     "A short agenda that sets up a discovery call.",
     [], ["discovery"], ["agenda", "discovery"],
     body="Hi {{contact.first_name}},\n\nFor our call, I suggest: 1) how agreements and forms move today, 2) where they get stuck, 3) what a good outcome looks like for {{company}} this year. 30 minutes is plenty.\n\n{{rep.name}}")
item("all-prospecting-intro", "Cold intro: paperwork that slows your team", "email-template",
     "A first-touch email for any vertical.",
     [], ["prospecting"], ["outreach", "intro"],
     body="Hi {{contact.first_name}},\n\nTeams like yours lose hours each week chasing signatures and filing forms. Northwind Cloud turns that paperwork into one secure online flow with an audit trail.\n\nWorth a short conversation?\n\n{{rep.name}}")
item("all-docuflow-battlecard", "Battlecard: Northwind vs DocuFlow", "battlecard",
     "Where we win against DocuFlow (audit trail, retention, compliance) and how to handle their price objection.",
     [], ["evaluation", "proposal", "negotiation"], ["docuflow", "competitor", "pricing"], url=U+"battlecard-docuflow")
item("all-papertrail-battlecard", "Battlecard: Northwind vs PaperTrail", "battlecard",
     "PaperTrail's gaps in security certifications and integrations, with proof points.",
     [], ["evaluation", "proposal"], ["papertrail", "competitor", "security-review"], url=U+"battlecard-papertrail")
item("all-proposal-cover-note", "Proposal cover note", "snippet",
     "A short note to send with a proposal and pricing.",
     [], ["proposal"], ["proposal", "pricing"],
     body="Hi {{contact.first_name}},\n\nAttached is our proposal for {{company}}, with the scope we discussed, pricing and the implementation plan. I have held the pricing for 30 days.\n\nHappy to walk your team through it; does Thursday work?\n\n{{rep.name}}")
item("all-negotiation-discount", "Handling a discount request", "snippet",
     "Trade, don't give: respond to a discount request with a multi-year or scope trade.",
     [], ["negotiation"], ["discount", "pricing", "negotiation"],
     body="Hi {{contact.first_name}},\n\nThanks for being direct about budget. We can get closer to your number with a two-year term or by starting with one department and expanding in the second half of the year. Which would work better for {{company}}?\n\n{{rep.name}}")
item("all-security-whitepaper", "Security and compliance whitepaper", "one-pager",
     "Architecture, encryption, certifications (SOC 2, FedRAMP, HIPAA) and incident response.",
     [], ["evaluation", "proposal"], ["security-review", "soc2", "fedramp", "hipaa", "encryption"], url=U+"security-whitepaper")
item("all-closed-won-welcome", "Welcome email for new customers", "email-template",
     "Thank the buyer, introduce the onboarding team and the first milestones.",
     [], ["closed-won"], ["welcome", "onboarding"],
     body="Hi {{contact.first_name}},\n\nWelcome to Northwind Cloud, and thank you for choosing us. Your onboarding lead will reach out within one business day to schedule kickoff; in the first two weeks we will set up your templates and train your admins.\n\n{{rep.name}}")
item("all-closed-lost-stay-in-touch", "Stay-in-touch note after a lost deal", "snippet",
     "Close the loop gracefully and leave the door open.",
     [], ["closed-lost"], ["nurture"],
     body="Hi {{contact.first_name}},\n\nThanks for considering us; I understand the decision. If priorities change or you want a second look next year, I am a note away. I will send our product update in the spring.\n\n{{rep.name}}")
item("all-closed-lost-survey", "Loss review: why buyers chose another vendor", "one-pager",
     "What we hear in loss reviews, for the rep's debrief.",
     [], ["closed-lost"], ["loss-review", "competitor"], url=U+"loss-review")
item("all-customer-renewal", "Renewal check-in email", "email-template",
     "Review value delivered and start the renewal conversation 90 days out.",
     [], ["customer"], ["renewal", "customer-success"],
     body="Hi {{contact.first_name}},\n\nYour renewal is coming up in 90 days. Before then, I would like to share what {{company}} has achieved this year (agreements sent, hours saved) and hear what you want from next year.\n\nCould we find 30 minutes?\n\n{{rep.name}}")
item("all-customer-expansion-case-study", "Case study: expanding from one department to the whole organization", "case-study",
     "How customers roll Northwind out beyond the first team.",
     [], ["customer", "closed-won"], ["expansion", "upsell"], url=U+"case-expansion")
item("all-integrations-overview", "Integrations: Salesforce, HubSpot, Microsoft 365", "one-pager",
     "Native integrations and the open API.",
     [], ["discovery", "evaluation"], ["integration", "salesforce", "hubspot", "api"], url=U+"integrations")
item("all-records-retention-guide", "Records retention and legal hold guide", "one-pager",
     "Retention schedules, legal hold and defensible deletion in Northwind.",
     ["government", "financial-services", "healthcare"], ["evaluation", "proposal"], ["records-retention", "legal-hold", "compliance"], url=U+"records-retention")
item("all-gdpr-dpa", "GDPR and our Data Processing Agreement", "one-pager",
     "EU data residency, subprocessors and the DPA.",
     ["enterprise", "mid-market"], ["evaluation", "proposal", "negotiation"], ["gdpr", "dpa", "data-residency"], url=U+"gdpr-dpa", expires="2027-06-30")

# Traps: never to be suggested.
item("gov-fedramp-high-pricing-draft", "FedRAMP High pricing sheet (draft)", "one-pager",
     "Pricing for a FedRAMP High environment: not approved.", ["government"], ["proposal"], ["fedramp", "pricing", "security-review"], url=U+"draft/fedramp-high-pricing", status="draft")
item("hc-hipaa-reply-draft", "Reply: HIPAA security review (draft rewrite)", "snippet",
     "Draft of a new HIPAA reply.", ["healthcare"], ["evaluation"], ["hipaa", "security-review"], body="Hi {{contact.first_name}}, draft text about HIPAA and our BAA.", status="draft")
item("all-discount-policy-draft", "Discount approval policy (draft)", "one-pager",
     "Internal draft: not for customers.", [], ["negotiation"], ["discount", "pricing"], url=U+"draft/discount-policy", status="draft")
item("edu-ferpa-faq-draft", "FERPA FAQ (draft)", "one-pager", "Draft FAQ.", ["education"], ["evaluation"], ["ferpa"], url=U+"draft/ferpa-faq", status="draft")
item("all-security-whitepaper-2024-retired", "Security whitepaper 2024 edition (retired)", "one-pager",
     "Old edition with outdated certifications.", [], ["evaluation", "proposal"], ["security-review", "soc2", "fedramp"], url=U+"old/security-2024", status="retired")
item("all-docuflow-battlecard-retired", "Battlecard: Northwind vs DocuFlow (2024, retired)", "battlecard",
     "Outdated claims about DocuFlow pricing.", [], ["evaluation", "negotiation"], ["docuflow", "competitor"], url=U+"old/docuflow", status="retired")
item("gov-fedramp-pricing-expired", "Reply: FedRAMP security review with 2025 pricing", "snippet",
     "Security review reply with a 2025 price promise: expired.", ["government"], ["proposal"], ["fedramp", "security-review", "pricing"],
     body="Hi {{contact.first_name}}, for the security review, here is our FedRAMP package and 2025 pricing for {{company}}.", expires="2025-12-31")
item("all-promo-q3-2025-expired", "Q3 2025 promotion: 20% off annual plans", "one-pager",
     "Ended promotion.", [], ["proposal", "negotiation"], ["pricing", "discount", "promotion"], url=U+"promo-q3-2025", expires="2025-09-30")

lib = {"version": "demo-1", "items": A}
out = pathlib.Path(__file__).with_name("library.json")
out.write_text(json.dumps(lib, indent=2, ensure_ascii=False) + "\n")
live = [i for i in A if i["status"] == "approved" and not i.get("expires", "9999").startswith("2025")]
print(f"{out}: {len(A)} items, {len(live)} live")
for facet, ids in (("verticals", ["government","enterprise","mid-market","smb","nonprofit","education","healthcare","financial-services"]), ("stages", ["prospecting","discovery","evaluation","proposal","negotiation","closed-won","closed-lost","customer"])):
    for v in ids:
        n = sum(1 for i in live if v in i[facet] or not i[facet])
        assert n >= 2, (facet, v, n)
