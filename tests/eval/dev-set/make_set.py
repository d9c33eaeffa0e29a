"""A second tuning set on another vendor's library: Ledgerline, spend management (purchase
requests, invoice automation, virtual cards, supplier onboarding). Written 2026-12-05, before
any ranker ran on it, so that its first score says how the ranker carries to a library whose
words it was never tuned on; tuned on afterwards like the tuning set (never the test set).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts,
retired and expired items, and items the case must never show. Run: python3 tests/eval/dev-set/make_set.py
"""
import json, pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import item  # noqa: E402

ITEMS = []


def add(id, title, kind, summary, verticals=(), stages=(), tags=(), body=None, status="approved", expires=None):
    ITEMS.append(item("https://content.ledgerline.example/a/", "2026-10-01T09:00:00Z", id, title, kind, summary, verticals, stages, tags, body, status, expires))


# General content, often without stages (half the library, as marketing teams write it).
add("ll-overview-deck", "Ledgerline platform overview", "deck", "Purchase requests, approvals, invoice automation, virtual cards and supplier onboarding in one place.", tags=["overview", "platform"])
add("ll-ap-automation", "Invoice automation: capture, 3-way match and approvals", "one-pager", "How Ledgerline AP reads invoices, matches them to purchase orders and receipts, and routes exceptions.", tags=["accounts payable", "invoice", "3-way match", "ocr"])
add("ll-procure-guide", "Purchase requests and approval workflows", "one-pager", "Request-to-PO in minutes: approval chains by amount, department and category.", tags=["procurement", "purchase order", "approvals"])
add("ll-virtual-cards", "Virtual cards for vendor payments", "one-pager", "Single-use and recurring virtual cards with spend limits, plus card rebates.", tags=["virtual cards", "payments", "rebates"])
add("ll-supplier-onboarding", "Supplier onboarding: W-9, bank details and sanctions screening", "one-pager", "Vendors onboard themselves; Ledgerline collects tax forms, verifies bank accounts and screens against sanctions lists.", tags=["supplier", "vendor onboarding", "w-9", "bank verification"])
add("ll-erp-integrations", "ERP integrations: NetSuite, SAP, Microsoft Dynamics, Sage Intacct", "one-pager", "Two-way sync of vendors, GL codes, POs and bills with the ERP.", stages=["discovery", "evaluation"], tags=["erp", "integration", "netsuite", "sap"])
add("ll-api-docs", "Developer docs: REST API and webhooks", "link", "API reference for custom integrations.", stages=["evaluation"], tags=["api", "developer"])
add("ll-security-overview", "Security at Ledgerline: SOC 1, SOC 2 Type II, ISO 27001", "one-pager", "Audit reports, encryption, access controls and our trust portal.", stages=["evaluation", "proposal"], tags=["security", "soc 2", "soc 1", "iso 27001"])
add("ll-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ)", "snippet", "Pre-filled answers to the SIG Lite and CAIQ and how to request our SOC reports.", stages=["evaluation", "proposal", "negotiation"], tags=["security questionnaire", "sig", "caiq"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite and CAIQ. Our SOC 1 and SOC 2 Type II reports are available under NDA from our trust portal.\n\n{{rep.name}}")
add("ll-dpa-gdpr", "GDPR, our DPA and EU data hosting", "one-pager", "Data processing agreement, subprocessors, EU hosting in Frankfurt.", stages=["evaluation", "proposal", "negotiation"], tags=["gdpr", "dpa", "data residency", "eu"])
add("ll-roi-calculator", "ROI calculator: cost per invoice and early-payment discounts", "link", "Estimate savings from touchless invoices, captured discounts and card rebates.", stages=["discovery", "evaluation", "proposal"], tags=["roi", "business case"])
add("ll-pricing", "Pricing and plans", "one-pager", "Platform fee plus per-invoice pricing; volume tiers; implementation packages.", stages=["proposal", "negotiation"], tags=["pricing", "plans"])
add("ll-discount-reply", "Reply: asking for a discount", "snippet", "Trade a discount for a longer term, prepayment or a case study.", stages=["negotiation"], tags=["discount", "negotiation"],
    body="Hi {{contact.first_name}},\n\nWe can look at the price if we can look at the term: a three-year agreement or annual prepayment opens room.\n\n{{rep.name}}")
add("ll-objection-budget", "Objection: no budget this year", "snippet", "Show the ROI and a phased start that pays for itself.", stages=["discovery", "evaluation", "proposal"], tags=["objection", "budget"])
add("ll-objection-erp-module", "Objection: our ERP already has an AP module", "snippet", "Where ERP AP modules stop: capture, matching exceptions, supplier portal.", stages=["discovery", "evaluation"], tags=["objection", "erp"])
add("ll-implementation-plan", "Implementation plan: live in 6 weeks", "one-pager", "Kickoff, ERP connection, approval rules, supplier migration, go-live.", stages=["proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "timeline"])
add("ll-welcome-email", "Welcome to Ledgerline", "email-template", "First email after signature: kickoff, your CSM, the admin academy.", stages=["closed-won"], tags=["welcome"],
    body="Hi {{contact.first_name}},\n\nWelcome aboard! Your kickoff is booked; your customer success manager will send the agenda.\n\n{{rep.name}}")
add("ll-admin-academy", "Ledgerline Academy: admin and approver training", "link", "Self-paced courses for admins, AP clerks and approvers.", stages=["closed-won", "customer"], tags=["training", "academy"])
add("ll-renewal-email", "Renewal check-in", "email-template", "Usage review and renewal options 90 days before term end.", stages=["customer"], tags=["renewal"])
add("ll-expansion-playbook", "Expansion: from AP to procurement and cards", "one-pager", "Adding modules and entities for existing customers.", stages=["customer"], tags=["expansion", "upsell"])
add("ll-lost-deal-note", "Stay in touch after a lost deal", "snippet", "A gracious note that keeps the door open.", stages=["closed-lost"], tags=["closed lost"])
add("ll-discovery-agenda", "Discovery call agenda", "snippet", "Current process, invoice volume, ERP, approvers, pain points.", stages=["discovery"], tags=["discovery", "agenda"])
add("ll-cold-email", "Cold email: invoices still keyed by hand?", "email-template", "First touch for finance leaders.", stages=["prospecting"], tags=["cold email", "outbound"])
add("ll-demo-follow-up", "Follow-up after the demo", "email-template", "Recap, recording and next steps.", stages=["evaluation"], tags=["demo", "follow-up"])
add("ll-references", "Customer references program", "one-pager", "Customers who take reference calls, by industry and ERP.", stages=["evaluation", "proposal"], tags=["references", "customer reference"])
add("ll-multi-entity", "Multi-entity and multi-currency AP", "one-pager", "Subsidiaries, intercompany, 40 currencies and local tax rules.", tags=["multi-entity", "currency", "subsidiaries"])
add("ll-fraud-controls", "Payment fraud controls: bank change verification and duplicate detection", "one-pager", "Stops vendor bank-detail fraud and duplicate invoices.", tags=["fraud", "duplicate invoices", "bank verification"])
add("ll-audit-trail", "Audit trail and SOX controls", "one-pager", "Segregation of duties, approval evidence and audit exports for SOX.", stages=["evaluation", "proposal"], tags=["audit", "sox", "controls"])
add("ll-e-invoicing", "E-invoicing compliance: Peppol, XRechnung, Factur-X", "one-pager", "Send and receive compliant e-invoices in Europe.", tags=["e-invoicing", "peppol", "xrechnung", "factur-x"])
add("ll-mobile-approvals", "Video: approve purchases from your phone", "video", "Two-minute tour of mobile approvals.", stages=["discovery", "evaluation"], tags=["mobile", "approvals"])
add("ll-uptime-sla", "Uptime SLA and support plans", "one-pager", "99.9% uptime, support hours and response times by plan.", stages=["evaluation", "proposal", "negotiation"], tags=["sla", "support"])
add("ll-sso", "SSO and user provisioning (Okta, Entra ID)", "one-pager", "SAML single sign-on and SCIM provisioning.", stages=["evaluation"], tags=["sso", "scim", "okta"])
# Battlecards and switching.
add("ll-bc-spendora", "Battlecard: Ledgerline vs Spendora", "battlecard", "Spendora's suite is heavy to implement; where we win on AP and time to value.", stages=["evaluation", "proposal", "negotiation"], tags=["spendora", "competitor"])
add("ll-bc-paytrellis", "Battlecard: Ledgerline vs PayTrellis", "battlecard", "PayTrellis is payments-first; where its approvals and matching fall short.", stages=["evaluation", "proposal", "negotiation"], tags=["paytrellis", "competitor"])
add("ll-switch-spendora", "Switching from Spendora", "one-pager", "Moving suppliers, open POs and approval rules off Spendora.", stages=["evaluation", "proposal"], tags=["spendora", "migration"])
# Per vertical.
add("gov-case-study", "Case study: Marion County paid vendors 3x faster", "case-study", "A county moved from paper purchase orders to Ledgerline and cut vendor payment time.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["county", "case study"])
add("gov-procurement-rules", "Public procurement: thresholds, bids and cooperative contracts", "one-pager", "Competitive bid thresholds, sole-source justifications and buying Ledgerline through OMNIA Partners.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["public procurement", "cooperative contract", "omnia"])
add("gov-stateramp", "StateRAMP authorization", "one-pager", "Ledgerline is StateRAMP Moderate authorized.", verticals=["government"], stages=["evaluation", "proposal"], tags=["stateramp", "security"])
add("gov-rfp-kit", "RFP response kit for public agencies", "deck", "Standard answers, compliance matrix and references for public-sector RFPs.", verticals=["government"], stages=["proposal"], tags=["rfp"])
add("edu-case-study", "Case study: Northlake University closes the books 5 days sooner", "case-study", "Grant-funded purchases, departmental approvals and faster month-end.", verticals=["education"], stages=["evaluation", "proposal"], tags=["university", "case study"])
add("edu-grants-spend", "Grant-funded spend: budget checks and allowability", "one-pager", "Purchases checked against grant budgets and allowable cost rules (Uniform Guidance).", verticals=["education", "nonprofit"], stages=["discovery", "evaluation"], tags=["grants", "uniform guidance", "budget"])
add("hc-case-study", "Case study: Bayview Health matched 95% of supply invoices automatically", "case-study", "A health system automated supply-chain invoices across 12 hospitals.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["health system", "case study", "supply chain"])
add("hc-gpo-contracts", "GPO contract pricing and price-variance checks", "one-pager", "Check invoices against GPO contract prices (Vizient, Premier).", verticals=["healthcare"], stages=["evaluation"], tags=["gpo", "price variance", "vizient"])
add("fs-case-study", "Case study: Harbor Bank cut AP headcount growth to zero", "case-study", "A regional bank scaled invoice volume 3x without new hires.", verticals=["financial-services"], stages=["evaluation", "proposal"], tags=["bank", "case study"])
add("fs-third-party-risk", "Reply: third-party risk management review", "snippet", "Vendor due diligence package for banks: SOC reports, BCP, insurance certificates.", verticals=["financial-services"], stages=["evaluation", "proposal"], tags=["third-party risk", "due diligence", "vendor risk"])
add("np-case-study", "Case study: Open Table Food Network tracks every grant dollar", "case-study", "A nonprofit ties every purchase to a grant and a program.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["nonprofit", "case study", "grants"])
add("np-pricing", "Nonprofit pricing", "one-pager", "25% off the platform fee for registered charities.", verticals=["nonprofit"], stages=["proposal", "negotiation"], tags=["nonprofit", "pricing", "discount"])
add("ent-case-study", "Case study: Atlas Freight runs AP for 30 entities", "case-study", "Global AP with local e-invoicing across 30 entities.", verticals=["enterprise"], stages=["evaluation", "proposal"], tags=["global", "case study", "multi-entity"])
add("ent-security-pack", "Enterprise security review package", "one-pager", "SOC reports, pen test summary, SSO and data residency for enterprise reviews.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security review", "pen test", "enterprise"])
add("mm-case-study", "Case study: Cobalt Retail replaced spreadsheets and email approvals", "case-study", "A 600-person retailer moved purchase approvals off email.", verticals=["mid-market"], stages=["evaluation", "proposal"], tags=["case study", "retail"])
add("smb-starter", "Starter plan for small finance teams", "one-pager", "Monthly billing, up to 300 invoices a month, QuickBooks and Xero sync.", verticals=["smb"], stages=["evaluation", "proposal"], tags=["starter", "quickbooks", "xero", "pricing"])
add("smb-quickbooks-video", "Video: connect QuickBooks Online in 3 minutes", "video", "Step-by-step connection for small teams.", verticals=["smb"], stages=["evaluation", "customer"], tags=["quickbooks", "setup"])
# More competitive content, as libraries hold it: an objection card and a sector card per
# competitor, a status-quo card, switching guides, a retired card.
add("ll-obj-spendora-cheaper", "Objection: \u201cSpendora is cheaper\u201d", "battlecard", "Total cost: Spendora's implementation fees and consultants against our six-week rollout.", stages=["proposal", "negotiation"], tags=["Spendora", "pricing", "objection", "competitor"])
add("ll-paytrellis-public", "PayTrellis in the public sector: no StateRAMP, no cooperative contract", "battlecard", "Where PayTrellis cannot bid for agencies.", verticals=["government"], stages=["evaluation", "proposal"], tags=["PayTrellis", "competitor", "StateRAMP"])
add("ll-status-quo", "Battlecard: vs spreadsheets and email approvals (status quo)", "battlecard", "The cost of keeping purchase approvals in email and invoices in spreadsheets.", stages=["discovery", "evaluation"], tags=["status quo", "spreadsheets", "objection"])
add("ll-switch-paytrellis", "Switching from PayTrellis", "one-pager", "Moving vendors and payment runs off PayTrellis.", stages=["evaluation", "proposal"], tags=["PayTrellis", "migration"])
add("retired-bc-paytrellis", "Battlecard: Ledgerline vs PayTrellis (2024)", "battlecard", "Old positioning.", stages=["evaluation"], tags=["PayTrellis", "competitor"], status="retired")
# Traps.
add("draft-pricing-2027", "Pricing and plans 2027 (draft)", "one-pager", "Next year's price list, not approved.", stages=["proposal", "negotiation"], tags=["pricing"], status="draft")
add("draft-bc-spendora", "Battlecard: Ledgerline vs Spendora (new draft)", "battlecard", "Rewrite in progress.", stages=["evaluation"], tags=["spendora"], status="draft")
add("retired-security-2024", "Security overview (2024)", "one-pager", "Superseded by the 2026 security overview.", stages=["evaluation"], tags=["security", "soc 2"], status="retired")
add("retired-sso-guide", "SSO setup guide (old UI)", "one-pager", "Screens from the old admin.", tags=["sso", "okta"], status="retired")
add("expired-q3-promo", "Q3 2026 promotion: implementation fee waived", "one-pager", "Sign by September 30.", stages=["proposal", "negotiation"], tags=["promotion", "discount"], expires="2026-09-30")
add("expired-gov-webinar", "Webinar replay: public procurement 2025", "video", "Recording from last year.", verticals=["government"], stages=["discovery"], tags=["webinar", "public procurement"], expires="2026-03-31")

CASES = []


def case(id, kind, context, relevant, query=None, forbidden=()):
    CASES.append({"case": id, "note": f"{kind}: ", "context": context, "query": query, "relevant": relevant, "forbidden": list(forbidden)})


def mail(email, name, subject, text, **extra):
    c = {"source": "gmail", "domain": email.split("@")[1], "contact": {"name": name, "email": email}, "subject": subject, "text": text}
    c.update(extra)
    return c


REP = "\n\n--\nSam Okafor | Account Executive | Ledgerline\nsam.okafor@ledgerline.example"

case("d01", "thread", mail("ap.manager@brightonmfg.com", "Tess Moran", "Re: invoice volumes",
     "Thanks for the recap. Our controller's main worry is duplicate invoices and vendors phoning in new bank details. What controls do you have for that?\n\nTess\n\nOn Mon, Sam Okafor wrote:\n> Great to meet you. As discussed, pricing for 2,000 invoices a month is attached." + REP, stage="evaluation"),
     {"ll-fraud-controls": 3, "ll-supplier-onboarding": 2, "ll-audit-trail": 1})
case("d02", "thread", mail("cfo@harborbank.com", "Lin Zhou", "Re: Re: next steps",
     "Before procurement can sign off, our third-party risk team needs your due diligence package. Please send the SOC 1 report too.\n\nOn Fri, Sam Okafor wrote:\n> Attached is the ROI model we walked through.", company="Harbor Valley Bank", stage="proposal"),
     {"fs-third-party-risk": 3, "ll-security-overview": 3, "ll-security-questionnaire": 2})
case("d03", "multi-ask", mail("purchasing@pinecounty.gov", "Ray Ortiz", "Two questions",
     "Two questions from our purchasing office: can we buy through a cooperative contract instead of running a full bid, and are you StateRAMP authorized?", stage="proposal"),
     {"gov-procurement-rules": 3, "gov-stateramp": 3, "gov-rfp-kit": 1})
case("d04", "multi-ask", mail("controller@cobaltretail.com", "Ana Ruiz", "Follow-up",
     "Three things: does it sync with NetSuite both ways, can approvers approve on their phone, and what does a six-week rollout look like?", vertical="mid-market", stage="evaluation"),
     {"ll-erp-integrations": 3, "ll-mobile-approvals": 3, "ll-implementation-plan": 3, "mm-case-study": 1})
case("d05", "localized", mail("einkauf@stadtwerke-oberhain.de", "Jonas Keller", "Frage zur E-Rechnung",
     "Guten Tag,\n\nab 2027 müssen wir E-Rechnungen im Format XRechnung empfangen. Unterstützt Ihre Lösung das, und wie funktioniert die Anbindung an SAP?\n\nMit freundlichen Grüßen\nJonas Keller"),
     {"ll-e-invoicing": 3, "ll-erp-integrations": 3})
case("d06", "localized", mail("daf@fondation-lumiere.org", "Claire Dubois", "Tarifs",
     "Bonjour,\n\nNous sommes une fondation reconnue d'utilité publique. Avez-vous des tarifs pour les associations ? Nous devons aussi suivre chaque dépense par subvention.\n\nCordialement,\nClaire"),
     {"np-pricing": 3, "edu-grants-spend": 3, "np-case-study": 2}, forbidden=["draft-pricing-2027"])
case("d07", "localized", mail("compras@hospitalsantaclara.es", "Marta Gil", "Consulta",
     "Hola Sam,\n\n¿Pueden comprobar las facturas contra los precios del contrato de nuestra central de compras? Y nos gustaría ver un caso de éxito de otro hospital.\n\nGracias,\nMarta", company="Hospital Santa Clara"),
     {"hc-gpo-contracts": 3, "hc-case-study": 3})
case("d08", "localized", {"source": "salesforce", "company": "Ville de Rennes", "raw": {"stage": "Négociation/Révision", "industry": "Administration publique"}, "subject": "Ville de Rennes – plateforme achats", "text": "Le service juridique demande une remise pour un engagement de trois ans."},
     {"ll-discount-reply": 3, "gov-procurement-rules": 2, "ll-pricing": 2}, forbidden=["expired-q3-promo", "draft-pricing-2027"])
case("d09", "localized", {"source": "hubspot", "company": "Klinikum Süd", "raw": {"stage": "Termin vereinbart", "industry": "Krankenhaus"}, "subject": "Klinikum Süd – Rechnungseingang", "text": ""},
     {"hc-case-study": 3, "ll-ap-automation": 2, "ll-discovery-agenda": 2, "hc-gpo-contracts": 1})
case("d10", "localized", mail("tesoreria@bancodelsur.com", "Luis Romero", "Seguridad",
     "Buenos días,\n\nnuestro equipo de riesgos necesita el informe SOC 2 Tipo II y su política de protección de datos antes del comité.\n\nSaludos,\nLuis Romero\nBanco del Sur"),
     {"ll-security-overview": 3, "ll-dpa-gdpr": 2, "fs-third-party-risk": 2, "ll-security-questionnaire": 1}, forbidden=["retired-security-2024"])
case("d11", "crm-raw", {"source": "salesforce", "company": "Northlake University", "raw": {"stage": "Value Proposition", "industry": "Higher Education"}, "subject": "Northlake University – procure-to-pay", "text": "Grant-funded purchases need budget checks before approval."},
     {"edu-grants-spend": 3, "edu-case-study": 2, "ll-procure-guide": 2, "ll-roi-calculator": 1})
case("d12", "crm-raw", {"source": "hubspot", "company": "Atlas Freight", "raw": {"stage": "decisionmakerboughtin", "industry": "LOGISTICS_AND_SUPPLY_CHAIN"}, "subject": "Atlas Freight – global AP", "text": "30 entities, invoices in 12 currencies, Peppol in Belgium."},
     {"ll-multi-entity": 3, "ll-e-invoicing": 3, "ent-case-study": 2})
case("d13", "crm-raw", {"source": "salesforce", "company": "Greenway Landscaping", "raw": {"stage": "Prospecting", "industry": None}, "subject": "Greenway Landscaping", "text": None},
     {"ll-cold-email": 3, "ll-overview-deck": 1})
case("d14", "crm-raw", {"source": "hubspot", "company": "Bayview Health", "raw": {"stage": "closedwon", "industry": "HOSPITAL_HEALTH_CARE"}, "subject": "Bayview Health – AP automation", "text": ""},
     {"ll-welcome-email": 3, "ll-implementation-plan": 3, "ll-admin-academy": 2})
case("d15", "nulls", {"source": "outlook", "domain": None, "contact": None, "company": None, "vertical": None, "stage": None, "raw": None, "subject": "SOX", "text": "Our auditors want to see how approvals are evidenced for SOX. Do you have segregation of duties?"},
     {"ll-audit-trail": 3, "ll-procure-guide": 1})
case("d16", "nulls", {"source": "gmail", "subject": None, "text": "Can you send the SIG Lite answers?", "domain": "acme-holdings.com", "stage": None},
     {"ll-security-questionnaire": 3, "ll-security-overview": 2})
case("d17", "specific", mail("finance@marioncity.gov", "Dee Park", "Card rebates",
     "Our treasurer asked whether paying vendors by virtual card earns rebates for the city.", stage="proposal"),
     {"ll-virtual-cards": 3, "ll-roi-calculator": 1})
case("d18", "specific", mail("it@bayviewhealth.org", "Kim Osei", "Login",
     "Our IT team asks whether staff can log in with Entra ID single sign-on.", stage="evaluation"),
     {"ll-sso": 3}, forbidden=["retired-sso-guide"])
case("d19", "specific", mail("ap@smallco.example", "Jo Tran", "QuickBooks",
     "We are a team of 6 on QuickBooks Online. How hard is the setup?", vertical="smb", stage="evaluation"),
     {"smb-quickbooks-video": 3, "smb-starter": 2})
case("d20", "competitor", mail("vp.finance@brightonmfg.com", "Tess Moran", "Comparison",
     "We are also looking at Spendora. How are you different, and how hard is it to move our suppliers over if we leave it later?", stage="evaluation"),
     {"ll-bc-spendora": 3, "ll-switch-spendora": 3}, forbidden=["draft-bc-spendora", "ll-bc-paytrellis"])
case("d21", "competitor", mail("cfo@cobaltretail.com", "Ana Ruiz", "Objection",
     "Honestly our ERP has an AP module already. Why would we add another tool?", vertical="mid-market", stage="discovery"),
     {"ll-objection-erp-module": 3, "ll-ap-automation": 2, "ll-erp-integrations": 1}, forbidden=["ll-bc-spendora", "ll-bc-paytrellis"])
case("d22", "query", mail("x@pinecounty.gov", "Ray Ortiz", "Re:", ""), {"gov-procurement-rules": 3}, query="coperative contract")
case("d23", "query", {"source": "generic"}, {"ll-supplier-onboarding": 3, "ll-fraud-controls": 1}, query="w9 bank verif")
case("d24", "query", mail("x@harborbank.com", "Lin Zhou", "Re:", "", vertical="financial-services"), {"ll-virtual-cards": 3}, query="virtual card rebat")
case("d25", "query", {"source": "generic"}, {"ll-bc-paytrellis": 3}, query="paytrelis", forbidden=["ll-bc-spendora"])
case("d26", "thread", mail("ops@openfoodnetwork.org", "Ben Lowe", "Re: Re: proposal",
     "Thanks. One last thing before the board meets: do you offer a nonprofit discount?\n\nBen\n\nOn Tue, Sam Okafor wrote:\n> Here is the proposal and the implementation plan.\n>> On Mon, Ben wrote:\n>> Could you send a proposal?", stage="proposal"),
     {"np-pricing": 3, "ll-discount-reply": 1}, forbidden=["expired-q3-promo"])
case("d27", "thread", mail("controller@atlasfreight.com", "Omar Haddad", "Re: security review",
     "Security is done, thanks! Now legal asks about GDPR: where is our data hosted and can you send the DPA?\n\nOn Wed, Sam wrote:\n> The SIG Lite answers and SOC 2 report are attached.", vertical="enterprise", stage="negotiation"),
     {"ll-dpa-gdpr": 3, "ent-security-pack": 1})
case("d28", "none", {"source": "gmail", "subject": "Team offsite", "text": "Reminder: the team offsite is on Thursday, bring a jacket."}, {})
case("d29", "none", {"source": "generic"}, {}, query="forklift maintenance schedule")
case("d30", "multi-ask", mail("it@northlake.edu", "Raj Patel", "IT review",
     "IT needs two things for the review: your SOC 2 report and whether you support SSO with Okta.", stage="evaluation"),
     {"ll-security-overview": 3, "ll-sso": 3, "ll-security-questionnaire": 1}, forbidden=["retired-sso-guide", "retired-security-2024"])

# Long pages as prospects and CRMs write them: signatures, disclaimers, quoted history about
# other things, forwarded headers, several fields of CRM text.
DISCLAIMER = "\n\nCONFIDENTIALITY NOTICE: This message and any attachments are intended only for the named recipient and may contain confidential or privileged information. If you are not the intended recipient, please delete it and notify the sender."
case("d31", "thread", mail("m.feeney@bayviewhealth.org", "Mark Feeney", "RE: pilot scope + SSO",
     "Hi Sam,\n\nFollowing up from finance: before we can let any supply invoices into the pilot, our compliance team needs to confirm how you check invoice prices against our Vizient contract pricing. Is there a document on that?\n\nThanks,\nMark Feeney\nDirector, Supply Chain Finance | Bayview Health\nT: 555-0102" + DISCLAIMER +
     "\n\nFrom: Sam Okafor <sam.okafor@ledgerline.example>\nSent: Tuesday, November 17, 2026 3:12 PM\nTo: Mark Feeney\nSubject: RE: pilot scope + SSO\n\nHi Mark, good news on SSO: your IT team can use our Entra ID setup and SCIM provisioning, so pilot users won't need new passwords. I also attached our SOC 2 report and the pricing for the pilot.\n\nSam",
     stage="evaluation"),
     {"hc-gpo-contracts": 3, "hc-case-study": 1, "ll-ap-automation": 1})
case("d32", "thread", mail("jwalsh@cityofoakridge.gov", "Jen Walsh", "Fwd: vendor payment process",
     "Sam - see below from our treasurer. Can you answer her question about card rebates? Everything else on the list we covered last week.\n\nJen Walsh\nProcurement Officer, City of Oak Ridge\n\n---------- Forwarded message ---------\nFrom: Treasurer's Office\nSubject: vendor payment process\n\nJen, if we move vendor payments to virtual cards, does the city earn a rebate, and who keeps it? Also confirm the 3-way match works with our PO numbers.\n\n> On Nov 10 Sam wrote:\n> Attached: RFP response kit, StateRAMP letter, implementation plan.",
     stage="proposal"),
     {"ll-virtual-cards": 3, "ll-ap-automation": 2, "ll-roi-calculator": 1})
case("d33", "localized", mail("r.becker@hansewerft.de", "Ralf Becker", "AW: Angebot Ledgerline",
     "Hallo Herr Okafor,\n\nvielen Dank für das Angebot. Unsere Rechtsabteilung bittet vor der Unterschrift noch um den Auftragsverarbeitungsvertrag und eine Liste der Unterauftragsverarbeiter. Wo werden unsere Daten gespeichert?\n\nBeste Grüße\nRalf Becker\nLeiter Kreditorenbuchhaltung\nHansewerft GmbH · Am Kai 4 · 20457 Hamburg\nGeschäftsführer: K. Lorenz · Amtsgericht Hamburg HRB 12345" +
     "\n\n-----Ursprüngliche Nachricht-----\nVon: Sam Okafor\nGesendet: Montag, 16. November 2026\nBetreff: Angebot Ledgerline\n\nAnbei unser Angebot mit Preisen für 3 Gesellschaften.",
     vertical="enterprise", stage="negotiation"),
     {"ll-dpa-gdpr": 3, "ent-security-pack": 1})
case("d34", "localized", mail("s.moreau@groupe-alvea.fr", "Sophie Moreau", "RE: démonstration",
     "Bonjour Sam,\n\nMerci pour la démonstration de jeudi. Notre DAF souhaite savoir comment vous gérez la facturation électronique (Factur-X) et la conformité à la réforme de 2026, ainsi que la synchronisation avec Sage.\n\nBien cordialement,\nSophie Moreau\nResponsable comptabilité fournisseurs\nGroupe Alvéa\n\nDe : Sam Okafor\nEnvoyé : vendredi\nObjet : démonstration\n> Voici l'enregistrement et le deck de présentation.",
     stage="evaluation"),
     {"ll-e-invoicing": 3, "ll-erp-integrations": 3, "ll-demo-follow-up": 1})
case("d35", "localized", {"source": "salesforce", "company": "Universidad del Valle", "raw": {"stage": "Análisis de necesidades", "industry": "Educación superior"},
     "subject": "Universidad del Valle – compras con fondos de subvenciones",
     "text": "Descripción: La universidad gestiona compras con fondos de subvenciones federales y necesita controles de presupuesto por proyecto.\nPróximo paso: enviar preguntas de descubrimiento y un caso de éxito."},
     {"edu-grants-spend": 3, "edu-case-study": 3, "ll-discovery-agenda": 2})
case("d36", "crm-raw", {"source": "salesforce", "company": "Harbor Valley Bank", "raw": {"stage": "Perception Analysis", "industry": "Banking"},
     "subject": "Harbor Valley Bank – AP automation",
     "text": "Opportunity Name: Harbor Valley Bank – AP automation\nAmount: $84,000\nNext Step: TPRM review kicks off Monday; send due diligence package\nDescription: Regional bank, 9,000 invoices/month, NetSuite. Competitor: PayTrellis (incumbent payments vendor)."},
     {"fs-third-party-risk": 3, "ll-bc-paytrellis": 2, "ll-security-overview": 2, "fs-case-study": 1}, forbidden=["ll-bc-spendora"])
case("d37", "crm-raw", {"source": "hubspot", "company": "Cobalt Retail", "raw": {"stage": "contractsent", "industry": "RETAIL"},
     "subject": "Cobalt Retail – Ledgerline Procure + AP",
     "text": "Deal owner: Sam Okafor\nAmount: $46,500\nClose date: 12/18/2026\nNotes: Procurement pushing for a better price; wants the implementation fee waived. Legal reviewing order form."},
     {"ll-discount-reply": 3, "ll-pricing": 2, "ll-implementation-plan": 1}, forbidden=["expired-q3-promo", "draft-pricing-2027"])
case("d38", "nulls", {"source": "gmail", "domain": None, "company": None, "contact": {"name": None, "email": None}, "vertical": None, "stage": None, "raw": {"stage": None, "industry": None},
     "subject": "Re: questions", "text": "Hello,\n\nHow long does implementation usually take, and is there training for our approvers?\n\nThanks\n\n> On Mon Sam wrote:\n> Happy to help with pricing."},
     {"ll-implementation-plan": 3, "ll-admin-academy": 3})
case("d39", "multi-ask", mail("it-security@atlasfreight.com", "Priya Raman", "Security review - Ledgerline",
     "Hi Sam,\n\nOur security team kicked off the vendor review. We need (1) your latest SOC 2 Type II report, (2) a pen test summary, and (3) confirmation that you support SSO with Okta and SCIM. Our standard questionnaire will follow.\n\nRegards,\nPriya Raman\nInformation Security, Atlas Freight",
     vertical="enterprise", stage="evaluation"),
     {"ent-security-pack": 3, "ll-security-overview": 3, "ll-sso": 3, "ll-security-questionnaire": 2})
case("d40", "competitor", mail("cfo@northfieldfoods.com", "Greg Hale", "Re: proposal",
     "Sam, PayTrellis came back 20% cheaper and says they can do approvals too. Give me a reason to stay with you.\n\nGreg\n\n> On Thu Sam wrote:\n> Proposal attached; Spendora customers usually move in four weeks.",
     stage="negotiation"),
     {"ll-bc-paytrellis": 3, "ll-discount-reply": 2, "ll-roi-calculator": 1}, forbidden=["ll-bc-spendora", "expired-q3-promo"])

case("d41", "competitor", mail("cfo@northfieldfoods.com", "Greg Hale", "Price",
     "Spendora quoted us 15% less for the same scope. Can you get closer?", stage="negotiation"),
     {"ll-obj-spendora-cheaper": 3, "ll-bc-spendora": 3, "ll-discount-reply": 2}, forbidden=["ll-bc-paytrellis", "ll-paytrellis-public", "draft-bc-spendora", "expired-q3-promo"])
case("d42", "competitor", mail("purchasing@cityofoakridge.gov", "Jen Walsh", "Evaluation",
     "We are also evaluating PayTrellis for this bid. What should we know?", stage="proposal"),
     {"ll-paytrellis-public": 3, "ll-bc-paytrellis": 3, "ll-switch-paytrellis": 1}, forbidden=["ll-bc-spendora", "ll-obj-spendora-cheaper", "retired-bc-paytrellis"])
case("d43", "competitor", mail("ops@cobaltretail.com", "Ana Ruiz", "Why change",
     "Honestly we run purchase approvals on spreadsheets and email today and it mostly works. Why change?", stage="discovery"),
     {"ll-status-quo": 3, "ll-procure-guide": 2, "ll-roi-calculator": 1}, forbidden=["ll-bc-spendora", "ll-bc-paytrellis", "ll-obj-spendora-cheaper", "ll-paytrellis-public"])
case("d44", "query", {"source": "generic"}, {"ll-bc-spendora": 3, "ll-obj-spendora-cheaper": 2, "ll-switch-spendora": 2}, query="spendora", forbidden=["ll-bc-paytrellis", "draft-bc-spendora"])
case("d45", "competitor", mail("cfo@northfieldfoods.com", "Greg Hale", "Price", "Can you do better on the price?", stage="negotiation"),
     {"ll-discount-reply": 3, "ll-pricing": 2}, forbidden=["ll-bc-spendora", "ll-bc-paytrellis", "ll-obj-spendora-cheaper", "ll-paytrellis-public", "expired-q3-promo"])

ids = {i["id"] for i in ITEMS}
live = {i["id"] for i in ITEMS if i["status"] == "approved" and i.get("expires", "9999") >= "2026-11"}
for c in CASES:
    for rid in c["relevant"]:
        assert rid in live, (c["case"], rid)
    for f in c["forbidden"]:
        assert f in ids, (c["case"], f)
(HERE / "library.json").write_text(json.dumps({"items": ITEMS}, indent=1, ensure_ascii=False) + "\n")
(HERE / "cases.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in CASES))
print(f"library: {len(ITEMS)} items; cases: {len(CASES)}")
