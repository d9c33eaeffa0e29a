"""A further tuning set on a new vendor's library: Cobbleray, point of sale and payments for restaurants and
retailers (the Counter POS app on Station countertop terminals, Tab handhelds and Kiosk self-order screens; the Pass
kitchen display system; Cobbleray Online ordering and delivery-marketplace integration; Cobbleray Stock inventory and
recipe costing; Cobbleray Perks loyalty and gift cards; Cobbleray Payroll with tip pooling and tip-outs; Cobbleray HQ
multi-location reporting and central menus; Cobbleray Payments (EMV, contactless, Tap to Pay, interchange-plus or flat
rates), offline mode and LTE failover, PCI DSS / P2PE, SOC 2, data residency, ADA-accessible kiosks and a VPAT;
European fiscal compliance; per-terminal software plans and Cobbleray Flex hardware financing; per-vertical content
and battlecards against Regisys (the incumbent legacy on-premise POS), Plattr (a restaurant cloud POS that locks in
its processing) and Swypa (a flat-rate card-reader app)).
Written blind on 2026-12-07 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
Reference date: 2026-11-23 (items whose `expires` is before it are expired).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts, retired
and expired items that look relevant, and items restricted to another vertical when one for the
prospect's vertical (or general content) answers. Besides the default verticals (among them `hospitality` for
restaurants and hotels, `retail`, `mid-market` and `smb`), the library uses one that a POS vendor organises its
content by: `cannabis` (licensed dispensaries: seed-to-sale tracking with Metrc / BioTrack, purchase limits, ID and
medical-card checks, PIN-debit payments and cash handling); library.json carries no taxonomy, so pages name it only
in raw values ("Adult-use & medical retail") and text (dispensary, budtenders, Metrc, medical patients), and never
spell the id.
Run: python3 tests/eval/dev13-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_traps_forbidden, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-26T09:00:00Z"
ITEMS, add = library("https://content.cobbleray.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, mostly no stages
# platform and products
add("cb-overview-deck", "Cobbleray platform overview", "deck", "Point of sale, payments and the back office on one platform for restaurants and retailers: Counter on Station terminals, Tab handhelds and Kiosks, Pass kitchen displays, Online ordering, Stock inventory, Perks loyalty and gift cards, Payroll and tips, and HQ reporting across locations.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "pos", "point of sale", "payments", "restaurant pos", "retail pos", "cobbleray"])
add("cb-platform", "Cobbleray in one page: the POS, the payments and the back office", "one-pager", "What Cobbleray replaces (register, card machine, kitchen printer, gift-card vendor, payroll spreadsheet) and what customers see in year one: 11% faster checkout, 2.1 more table turns a week per section, and deposits the next morning.", tags=["overview", "one-pager", "pos", "point of sale", "payments", "all-in-one", "cobbleray"])
add("cb-counter", "Cobbleray Counter: the point-of-sale app on every terminal", "one-pager", "Order entry built for rush hour: modifiers and forced questions, combos, open items, discounts and comps with manager approval, split checks by seat or amount, cash and card on the same screen.", tags=["pos", "point of sale", "register", "order entry", "modifiers", "split checks", "discounts", "comps", "cobbleray counter"])
add("cb-hardware", "Cobbleray hardware: Station, Tab, Kiosk, printers, drawers and scanners", "one-pager", "The Station countertop terminal with a customer-facing screen, the Tab handheld, the Kiosk in floor, wall and counter mounts, kitchen and receipt printers, cash drawers, barcode scanners and scales; all spill-rated and covered by the hardware warranty.", tags=["hardware", "terminal", "station", "handheld", "kiosk", "printers", "cash drawer", "scanner", "spec sheet", "devices"])
add("cb-tab", "Cobbleray Tab: order and pay at the table, in line or in the stands", "one-pager", "A handheld that takes orders, fires them to the kitchen and takes payment (chip, tap and PIN) wherever the guest is: at the table, in the drive-thru line, in the stands; Wi-Fi and 5G, a battery that lasts a double shift.", tags=["handheld", "tab", "pay at the table", "pay at table", "tableside ordering", "line busting", "mobile pos", "in-seat", "servers", "cobbleray tab"])
add("cb-qr-order-pay", "Scan to order and pay: QR codes at the table", "one-pager", "Guests scan the code on the table, add rounds and dishes to the open check, pay and tip from their phone; every order lands on the right table and the kitchen display, and servers stay in control of the check.", tags=["qr code", "qr ordering", "order at table", "scan to pay", "contactless ordering", "add to order", "mobile ordering", "tableside"])
add("cb-kiosk", "Cobbleray Kiosk: self-order kiosks with upsell built in", "one-pager", "Self-order kiosks in floor, wall and countertop mounts that take the order and the payment, suggest the add-ons your menu defines, and send the ticket straight to the kitchen display; a typical store recovers the kiosk's cost in five months from larger checks.", tags=["kiosk", "self-order", "self-service", "self ordering kiosk", "upsell", "quick service", "lines", "lunch rush", "cobbleray kiosk"])
add("cb-kiosk-ada", "Accessible kiosks: ADA reach ranges, a tactile keypad and audio guidance", "one-pager", "Cobbleray Kiosk meets the 2010 ADA Standards for reach range and clear floor space in every mount, with a tactile navigation keypad, a headphone jack with text-to-speech, high-contrast and large-text modes and a lowered-screen mode for wheelchair users.", tags=["ada", "accessibility", "kiosk", "accessible kiosk", "2010 ada standards", "reach range", "wheelchair", "tactile keypad", "audio guidance", "screen reader", "section 508"])
add("cb-vpat", "Accessibility conformance report (VPAT 2.5, WCAG 2.1 AA): Counter, Online and guest-facing screens", "link", "Our VPAT for the POS app, the online ordering site and the guest-facing screens (customer display, kiosk, pay-at-table), with known exceptions and the roadmap.", tags=["vpat", "acr", "accessibility conformance report", "wcag", "wcag 2.1", "section 508", "accessibility", "ada"])
add("cb-kds", "Cobbleray Pass: the kitchen display system", "one-pager", "Tickets routed to each station, an expo screen that shows when the whole order is ready, bump bars, colour-coded ticket times, allergy flags in red, and the speed-of-service reports that show which station holds up the rush.", tags=["kds", "kitchen display", "kitchen display system", "kitchen screens", "expo", "bump bar", "ticket times", "back of house", "cobbleray pass"])
add("cb-online", "Cobbleray Online: commission-free online ordering for pickup and delivery", "one-pager", "Your own ordering site and app with your menu, prices and hours synced from the POS, scheduled pickups, curbside, and delivery through on-demand drivers, with no commission on your orders.", tags=["online ordering", "pickup", "takeout", "delivery", "commission-free", "ordering website", "curbside", "app", "cobbleray online"])
add("cb-delivery", "Delivery marketplaces in the POS: DoorDash, Uber Eats and Grubhub orders without the tablets", "one-pager", "Marketplace orders arrive in the POS and on the kitchen display, menus and 86'd items sync to every marketplace, and payouts reconcile against sales.", tags=["delivery", "doordash", "uber eats", "grubhub", "third-party delivery", "marketplaces", "tablet hell", "integration"])
add("cb-inventory", "Cobbleray Stock: inventory, recipe costing and purchasing", "one-pager", "Ingredients depleted by recipe as you sell, counts on a phone, par levels and purchase orders to your suppliers, waste logs, and the theoretical-versus-actual food cost by location.", tags=["inventory", "recipe costing", "food cost", "counts", "par levels", "purchase orders", "suppliers", "waste", "cost of goods", "cobbleray stock"])
add("cb-loyalty", "Cobbleray Perks: loyalty built into checkout", "one-pager", "Guests join with a phone number at the terminal, kiosk or online; points or visits, rewards by location, birthday rewards, and the reports that show whether members come back more often.", tags=["loyalty", "rewards", "loyalty program", "points", "repeat visits", "punch card", "members", "cobbleray perks"])
add("cb-gift-cards", "Gift cards and eGift cards that work at every location and online", "one-pager", "Physical and digital gift cards sold at the counter, online and in bulk for corporate orders, redeemable at every location and on your ordering site, with balances and liability reported per location.", tags=["gift cards", "egift", "e-gift cards", "stored value", "gift card balances", "corporate gifts", "multi-location", "breakage", "liability"])
add("cb-payroll-tips", "Cobbleray Payroll: payroll and tips straight from the POS", "one-pager", "Hours and tips flow from the POS into payroll, with tip pooling and tip-outs calculated, taxes filed, W-2s at year end and same-day tip payouts to a debit card.", tags=["payroll", "tips", "tip payouts", "tip pooling", "tip-outs", "w-2", "cash tips", "credit card tips", "cobbleray payroll"])
add("cb-tip-rules", "Tip pooling and tip-outs by role: set the rules once, the POS does the math every night", "one-pager", "Pool by percentage, points or hours between servers, bartenders, bussers and kitchen staff, per location, with a tip report each employee can see and the record the state and federal rules ask you to keep.", tags=["tip pooling", "tip pool", "tip-outs", "tip sharing", "kitchen staff", "servers", "back of house", "tip report", "flsa", "tip credit"])
add("cb-hq", "Cobbleray HQ: every location's sales, in one place", "one-pager", "Sales, product mix, discounts, voids and payment types across all your locations in real time, location against location, with roles that let a district manager see only her stores.", tags=["multi-location", "reporting", "dashboard", "consolidated reporting", "district managers", "head office", "real-time sales", "chains", "cobbleray hq"])
add("cb-menu", "Central menu management: one menu, prices by location and channel", "one-pager", "Edit the menu once and publish it to every location, kiosk and ordering channel, with location-specific prices and items, scheduled price changes and an 86 that reaches every channel at once.", tags=["menu management", "central menu", "price changes", "pricing by location", "menu sync", "86", "multi-location", "channels"])
add("cb-reporting", "Reporting and the owner's app: yesterday's numbers before your first coffee", "one-pager", "Daily sales summary by email, hourly sales, product mix, labour cost against sales and payment deposits on the owner's phone app.", tags=["reporting", "reports", "owner app", "mobile app", "daily summary", "product mix", "sales reports", "analytics"])
add("cb-data-export", "Data export and warehouse connectors: Snowflake, BigQuery and nightly files", "one-pager", "Item-level sales, payments and labour data delivered to your warehouse every night or streamed through the API, for the analysts who build their own reports.", tags=["data export", "snowflake", "bigquery", "data warehouse", "etl", "api", "analytics", "bi"])
add("cb-offline", "Offline mode: keep taking cards when the internet goes down", "one-pager", "When the connection drops, Stations and Tabs keep taking chip, tap and swipe payments for up to 72 hours and sync when it returns; you set the maximum per transaction and see the small risk of a decline when offline payments are submitted.", tags=["offline", "offline mode", "offline payments", "internet outage", "store and forward", "connectivity", "uptime", "resilience", "outage"])
add("cb-network", "Connectivity: LTE failover, network requirements and what the site needs", "one-pager", "The Cobbleray router with automatic 4G/5G failover, our wired and Wi-Fi requirements, and the outbound-only connections the devices use, so IT can plan a network the rush can't break.", tags=["network", "lte failover", "cellular backup", "4g", "5g", "wi-fi", "router", "network requirements", "firewall", "it"])
add("cb-events", "Markets, pop-ups and events: Station Go with built-in LTE and a battery", "one-pager", "A portable terminal with its own cellular connection, a printer and a battery for the market stall, the food truck, the pop-up bar or the festival stand, with offline mode when the signal fails.", tags=["events", "pop-up", "farmers market", "food truck", "festival", "mobile pos", "portable", "lte", "station go", "seasonal"])
# payments
add("cb-payments", "Cobbleray Payments: card processing built into the POS", "one-pager", "One provider for POS and payments: next-day deposits (same-day for a small fee), one statement, one support line, and chargebacks handled from the POS.", tags=["payments", "card processing", "merchant account", "processing", "deposits", "next-day deposits", "acquiring", "cobbleray payments"])
add("cb-emv", "Chip, tap and mobile wallets: EMV, contactless, Apple Pay and Google Pay", "one-pager", "Every Cobbleray terminal takes EMV chip, contactless cards and phones, PIN debit and Interac in Canada, and is certified with every major card brand.", tags=["emv", "chip", "contactless", "tap", "apple pay", "google pay", "mobile wallets", "nfc", "pin debit", "cashless"])
add("cb-tap-to-pay", "Tap to Pay on iPhone and Android: take contactless payments on a phone, no reader", "one-pager", "Turn a manager's or server's phone into a contactless terminal for the overflow line, the curb or the event, with the same reporting and deposits.", tags=["tap to pay", "tap to pay on iphone", "softpos", "phone as terminal", "contactless", "no reader", "mobile payments"])
add("cb-rates", "Processing rates: interchange-plus or flat rate, and the fees we don't charge", "one-pager", "Interchange-plus for businesses above $250,000 a year in cards, a flat rate below it; no PCI, statement, batch or monthly-minimum fees, and no long-term processing contract.", tags=["processing rates", "rates", "interchange plus", "flat rate", "fees", "pricing", "credit card fees", "effective rate", "no pci fee", "merchant fees"])
add("cb-software-pricing", "Software plans per terminal: Essentials, Pro and Multi-location", "one-pager", "What each plan includes and costs per terminal and per location per month, which modules are add-ons (Payroll, Stock, Perks), and volume pricing from 10 locations.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "software pricing", "per terminal", "subscription", "plans", "price", "cost", "modules"])
add("cb-pricing-faq", "Pricing FAQ: software, processing, hardware and what's never charged", "one-pager", "Answers to the questions every owner asks: is there a contract, what happens to the hardware if I leave, are there setup fees, what does a second terminal cost.", tags=["pricing", "faq", "contract", "setup fees", "cancellation", "hardware", "price", "cost"])
add("cb-surcharging", "Surcharging, cash discounts and dual pricing: what the card brands and your state allow", "one-pager", "How surcharges, cash-discount programs and dual pricing differ, the card-brand rules and state laws that apply to each, and how Cobbleray configures the compliant option for your state (or recommends none).", tags=["surcharging", "surcharge", "cash discount", "cash discount program", "dual pricing", "card brand rules", "state law", "compliance", "convenience fee"])
add("cb-chargebacks", "Chargebacks and disputes: answer them from the POS with the evidence attached", "one-pager", "Dispute alerts in the POS, the signed receipt, itemised check, order history and deposit invoice attached automatically, and the practices that prevent chargebacks on catering deposits and card-not-present orders.", tags=["chargebacks", "disputes", "chargeback", "evidence", "fraud", "card not present", "deposits", "retrieval request"])
add("cb-financing", "Cobbleray Flex: hardware with $0 down over 24 or 36 months", "one-pager", "Finance terminals, handhelds, kiosks and printers with no money down and a fixed monthly payment, with the warranty included for the term and upgrades at the end of it.", tags=["hardware financing", "financing", "lease", "leasing", "$0 down", "monthly payments", "no upfront cost", "cobbleray flex", "capex"])
add("cb-warranty", "Hardware warranty and next-day replacement", "one-pager", "Every device covered for the life of your subscription; a failed device replaced by the next business day, pre-configured, with a loaner for same-day emergencies in 120 metros.", tags=["warranty", "hardware replacement", "next-day", "repairs", "devices", "support", "loaner"])
add("cb-etf-buyout", "Switching? We reimburse your processor's early termination fee", "one-pager", "Send us the bill and we reimburse the early termination fee from your current processor or POS contract, up to $1,500 per location, as a credit on your first statements.", stages=["evaluation", "proposal", "negotiation"], tags=["early termination fee", "etf", "buyout", "contract buyout", "switching", "locked in", "cancellation fee", "processor contract"])
add("cb-statement-review", "Free processing statement review", "email-template", "Ask the prospect for a recent processing statement; we return their effective rate and what it would be with Cobbleray.", stages=["prospecting", "discovery"], tags=["statement review", "processing statement", "effective rate", "savings", "rates", "prospecting"],
    body="Hi {{contact.first_name}},\n\nIf you send me one recent month's processing statement from {{company}}, our payments team will return your effective rate, every fee on it in plain English, and what the same month would have cost on Cobbleray. No obligation, usually within two business days.\n\n{{rep.name}}")
add("cb-year-end-2026", "Year-end offer: hardware at 0% over 36 months on agreements signed by December 18, 2026", "one-pager", "New agreements signed by December 18, 2026 get Cobbleray Flex financing at 0% over 36 months and free installation.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "offer", "financing", "hardware", "incentive"], expires="2026-12-18")
# security and compliance
add("cb-pci", "PCI DSS: what Cobbleray covers and what's left for you", "one-pager", "Cobbleray is a PCI DSS v4.0 Level 1 service provider; with our P2PE-validated devices most merchants qualify for the shortest self-assessment (SAQ P2PE), which we help you complete each year, and we charge no PCI fee.", tags=["pci", "pci dss", "pci dss 4.0", "saq", "saq p2pe", "self-assessment questionnaire", "aoc", "attestation of compliance", "level 1 service provider", "compliance", "card data"])
add("cb-p2pe", "P2PE and tokenisation: card data never touches your network", "one-pager", "Card data is encrypted in the terminal's secure reader and decrypted only in our PCI-validated environment; your network, POS database and staff never see a card number, which removes most of your PCI scope.", tags=["p2pe", "point-to-point encryption", "tokenization", "tokenisation", "pci scope", "encryption", "card data", "scope reduction", "pci"])
add("cb-soc2-2026", "SOC 2 Type II report (2026 audit period)", "link", "Request link for the 2026 SOC 2 Type II report with its bridge letter, under NDA.", tags=["soc 2", "soc 2 type ii", "soc2", "audit report", "security", "bridge letter", "compliance"])
add("cb-security-overview", "Security at Cobbleray: encryption, access, monitoring and testing", "one-pager", "Encryption in transit and at rest, SSO and role-based access for staff, every access to customer data logged, annual third-party penetration tests, a 24/7 security operations team and incident notification terms.", tags=["security", "security overview", "encryption", "access control", "audit logs", "penetration test", "pen test", "incident response", "sso", "infosec", "questionnaire"])
add("cb-data-residency", "Where your data lives: US, Canadian and EU regions", "one-pager", "Customer, sales and card-token data stored and processed in the region you choose (United States, Canada or the EU), with backups in the same region and a list of sub-processors by region.", tags=["data residency", "data location", "hosting", "canada", "eu", "us-only", "data sovereignty", "region", "gdpr", "sub-processors"])
add("cb-dpa", "Data processing addendum: GDPR, CCPA/CPRA, PIPEDA and Quebec's Law 25", "one-pager", "Our standard DPA for guest and employee personal data, with sub-processors, breach-notification terms and standard contractual clauses.", tags=["dpa", "data processing agreement", "gdpr", "ccpa", "cpra", "pipeda", "law 25", "loi 25", "privacy", "personal data", "legal"])
add("cb-uptime", "Uptime SLA: 99.95% and what happens when we miss it", "one-pager", "The service levels for the POS cloud, payments and kitchen display, service credits, our incident history and the status page where outages are posted as they happen.", tags=["uptime", "sla", "service level", "availability", "status page", "outage", "incidents", "service credits", "reliability"])
add("cb-fiscal", "Fiscal compliance in Europe: Germany, Austria, France, Italy, Spain and Greece", "one-pager", "Certified fiscal recording for each country Cobbleray sells in: TSE under the KassenSichV in Germany, RKSV signature in Austria, NF525 in France, RT in Italy, Verifactu in Spain and receipt transmission to AADE myDATA in Greece.", tags=["fiscal", "fiscalisation", "fiscal compliance", "tse", "kassensichv", "rksv", "nf525", "verifactu", "mydata", "aade", "europe", "germany", "austria", "greece", "receipts"])
add("cb-canada", "Cobbleray in Canada: Interac, French by default, and data in Canada", "one-pager", "Interac debit and flash on every terminal and handheld, staff screens, receipts and support in French by default where Quebec's Charter requires it (Bill 96), GST/HST/QST handling, and data stored in our Canadian region.", tags=["canada", "interac", "quebec", "french", "bill 96", "loi 96", "gst", "qst", "canadian data", "bilingual"])
add("cb-multilingual", "Menus and screens in 14 languages", "one-pager", "Guests pick their language on the kiosk, the online menu and the pay-at-table screen; staff see the POS and kitchen tickets in theirs; one menu holds every translation.", tags=["languages", "multilingual", "translation", "spanish", "japanese", "korean", "chinese", "french", "language", "menu translation"])
# restaurant and store operations
add("cb-table-service", "Full-service features: floor plans, coursing, seats and tabs", "one-pager", "Floor plans by section, holds and fires by course, seat numbers carried to the kitchen, transfers between servers, split and merge checks, and open tabs with a card on file.", tags=["table service", "floor plan", "coursing", "seats", "sections", "split checks", "tabs", "full service", "servers"])
add("cb-bar", "Bars and tabs: pre-authorised tabs, quick re-orders and age checks", "one-pager", "Open a tab with a card pre-authorisation, re-order a round with one tap, close out tabs at last call automatically, and scan IDs for age at the door or the bar.", tags=["bar", "tabs", "pre-authorization", "bartenders", "nightlife", "age verification", "id scanning", "last call", "drinks"])
add("cb-allergens", "Allergens and nutrition from the menu to the ticket", "one-pager", "Allergens and calorie counts kept with each item and modifier, shown on the kiosk, online menu and customer display, and flagged in red on the kitchen ticket when a guest declares an allergy.", tags=["allergens", "allergy", "nutrition", "calories", "menu labeling", "dietary", "food safety", "gluten", "kds"])
add("cb-catering", "Catering and large orders: deposits, invoices and scheduled pickups", "one-pager", "Catering orders taken days ahead with a deposit, an invoice the client pays by link, prep lists for the kitchen and a reminder before pickup or delivery.", tags=["catering", "large orders", "deposits", "invoices", "pay by link", "events", "scheduled orders", "prep lists"])
add("cb-cash", "Cash management: drawers, blind counts, safe drops and over/short by employee", "one-pager", "Drawers assigned to an employee, blind counts at close, safe drops when a drawer is too full, over/short by employee and shift, and the deposit report for the bank.", tags=["cash management", "cash handling", "drawers", "tills", "blind counts", "safe drops", "over short", "deposits", "accountability", "counting"])
add("cb-permissions", "Employee permissions and the audit log: voids, comps, refunds and no-sales", "one-pager", "Who may void, comp, discount, refund or open the drawer, manager approval by swipe, and every such action logged with the employee, time and reason.", tags=["permissions", "roles", "audit log", "voids", "comps", "refunds", "no sale", "manager approval", "theft", "loss prevention"])
add("cb-tax", "Sales tax by location, tax-exempt orders and tax reports", "one-pager", "Tax rates per location and item type, tax-exempt customers with their certificate on file, inclusive pricing where required, and the reports your accountant files from.", tags=["sales tax", "tax", "tax exempt", "tax rates", "vat", "tax reports", "accounting"])
add("cb-ebt", "EBT/SNAP at checkout: eligible items flagged, split tenders handled", "one-pager", "SNAP-eligible items flagged in the catalogue, EBT cards taken on the same terminal as credit and debit, split tenders between EBT and card or cash, and the FNS authorisation steps for your store.", tags=["ebt", "snap", "food stamps", "wic", "grocery", "eligible items", "split tender", "fns", "benefits"])
add("cb-scales", "Scales, PLUs and barcodes for grocery, deli and bulk", "one-pager", "Certified scales that send the weight to the POS, PLU codes, price-embedded barcode labels printed at the deli counter, and scanners for packaged goods.", tags=["scales", "scale integration", "plu", "barcodes", "barcode labels", "deli", "grocery", "weighed items", "bulk", "scanner"])
add("cb-accounting", "Accounting integrations: QuickBooks, Xero, NetSuite and Sage Intacct", "one-pager", "Daily sales, tax, tips, fees and deposits posted to your general ledger by location and account, ready to reconcile.", tags=["accounting", "quickbooks", "xero", "netsuite", "sage intacct", "general ledger", "gl", "reconciliation", "bookkeeping"])
add("cb-api", "Open API and webhooks", "one-pager", "REST APIs for orders, menus, payments, customers and labour, webhooks for every order event, and a sandbox for your developers or agency.", tags=["api", "open api", "webhooks", "developers", "integration", "sandbox", "rest"])
add("cb-integrations", "Integrations marketplace: reservations, accounting, payroll, delivery and more", "one-pager", "More than 180 integrations, among them reservations and waitlists, accounting, delivery, inventory, hotel property management systems and e-commerce.", tags=["integrations", "marketplace", "partners", "reservations", "opentable", "resy", "apps", "ecosystem"])
add("cb-customer-display", "Customer-facing display and digital receipts", "one-pager", "The guest sees the order as it's rung, tips and signs on the display, and gets a receipt by text or email with a link back to your ordering site.", tags=["customer display", "customer-facing display", "digital receipts", "email receipts", "text receipts", "tipping screen"])
# services and onboarding
add("cb-implementation", "Implementation: from signed agreement to your first order in three weeks", "one-pager", "A named onboarding specialist, your menu or catalogue built with you, hardware configured before it ships, staff training on site or remote, and support on go-live night.", tags=["implementation", "onboarding", "go-live", "setup", "timeline", "training", "project plan", "installation"])
add("cb-migration", "Switching from your current POS: menu, items, customers and history moved for you", "one-pager", "We import menus and item catalogues, customer profiles, and sales history from Regisys, Plattr, Swypa and most other systems, and run both side by side until you're ready.", tags=["migration", "switching", "data migration", "import", "menu import", "customer data", "history", "legacy pos", "regisys", "replacement"])
add("cb-gift-migration", "Bringing over gift card balances, store credit and loyalty members", "one-pager", "Outstanding gift card and store-credit balances and loyalty points imported from your old system, old card numbers honoured, and members told about the change by your own email.", tags=["gift card migration", "gift card balances", "store credit", "loyalty migration", "points", "balances", "switching", "liability"])
add("cb-site-survey", "Site survey and installation", "one-pager", "A technician walks the site, checks power, network and mounting, and installs and tests every device on the night before go-live.", tags=["site survey", "installation", "install", "on-site", "technician", "cabling", "mounting"])
add("cb-support", "Support: 24/7 by phone and chat, with on-site technicians in 120 metros", "one-pager", "Average answer under two minutes, restaurant and retail specialists on nights and weekends, escalation to engineering for outages, and a technician on site when a device can't be fixed remotely.", tags=["support", "24/7", "customer support", "help", "phone support", "on-site", "technicians", "response time", "escalation"])
add("cb-success-plan", "When something goes wrong: escalation, service recovery and your success manager", "one-pager", "For customers whose service fell short: a named success manager within a day, the incident's root cause in writing, credits under the SLA, and a 30-day plan with weekly check-ins.", stages=["customer"], tags=["escalation", "service recovery", "customer success", "success manager", "complaint", "churn", "retention", "root cause", "credits", "at risk"])
add("cb-training", "Cobbleray Academy: training for owners, managers and new staff", "one-pager", "Ten-minute courses for servers and cashiers, a manager certification, and a training mode on every terminal so new hires practice without ringing real sales.", stages=["closed-won", "customer"], tags=["training", "academy", "staff training", "onboarding", "training mode", "managers", "new hires", "seasonal staff"])
add("cb-expansion", "Adding locations, terminals or modules", "one-pager", "Open a new location from a copy of an existing one, add devices on Flex financing, and add Payroll, Stock or Perks mid-term, co-termed with your agreement.", tags=["expansion", "new locations", "add terminals", "add-on", "upsell", "modules", "co-term", "existing customer", "growth"])
add("cb-business-review", "Quarterly business review for customers", "one-pager", "What we review each quarter: sales and speed-of-service trends, payment costs, adoption of the modules you pay for, and the next quarter's plan.", stages=["customer"], tags=["qbr", "business review", "account review", "customer", "adoption", "renewal"])
add("cb-partner-program", "Cobbleray partner program for resellers, dealers and ISOs", "one-pager", "Referral and reseller partnerships for POS dealers, payment ISOs and consultants: residuals, deal registration, certification and co-selling with our team.", tags=["partner program", "partners", "resellers", "dealers", "iso", "var", "deal registration", "referral", "residuals", "channel"])
add("cb-rfp-library", "RFP and questionnaire answers: standard responses with evidence", "one-pager", "Current standard answers for POS and payments tenders (functional, payments, PCI, accessibility, security, implementation and references) with the documents to attach.", stages=["evaluation", "proposal"], tags=["rfp", "rfi", "tender", "questionnaire", "responses", "security questionnaire", "procurement", "bid"])
add("cb-roi", "ROI calculator: what Cobbleray saves a location in a year", "link", "Enter card volume, covers or transactions and current fees; see processing savings, labour saved by handhelds and kiosks, and the payback on hardware.", stages=["discovery", "evaluation", "proposal"], tags=["roi", "calculator", "savings", "business case", "payback", "tco"])
add("cb-references", "Customer references: talk to an owner like you", "one-pager", "Owners, operators and IT leaders who take reference calls, by segment, size and region.", stages=["evaluation", "proposal"], tags=["references", "reference call", "customer reference", "peers"])
# battlecards and objections
add("cb-bc-regisys", "Battlecard: Cobbleray vs Regisys (legacy on-premise POS)", "battlecard", "Regisys against Cobbleray: a back-office server in every store that fails with its hard drive, no offline card payments, updates by site visit, separate gift-card and loyalty vendors, five-year processing contracts, and reports that arrive the next morning.", stages=["discovery", "evaluation", "proposal", "negotiation"], tags=["regisys", "competitor", "battlecard", "legacy pos", "on-premise", "server", "incumbent", "replacement"])
add("cb-bc-plattr", "Battlecard: Cobbleray vs Plattr (restaurant cloud POS)", "battlecard", "Plattr against Cobbleray: processing locked to Plattr with a three-year term and an early termination fee, proprietary hardware that can't be reused, payroll and inventory as paid add-ons, and weak retail features for mixed businesses.", stages=["discovery", "evaluation", "proposal", "negotiation"], tags=["plattr", "competitor", "battlecard", "restaurant pos", "processing lock-in", "early termination fee"])
add("cb-bc-swypa", "Battlecard: Cobbleray vs Swypa (card-reader app)", "battlecard", "Swypa against Cobbleray: a flat rate that costs more above $250k a year, a reader on a consumer tablet, no kitchen display or table service, offline limited to swipe, and no support at night.", stages=["discovery", "evaluation", "proposal", "negotiation"], tags=["swypa", "competitor", "battlecard", "card reader", "flat rate", "tablet pos", "small business"])
add("sn-pci-answer", "Short answer: are you PCI compliant, and what do we have to do?", "snippet", "A two-paragraph answer to the PCI question, with the AOC link.", tags=["pci", "pci dss", "saq", "compliance", "short answer", "aoc"],
    body="Hi {{contact.first_name}},\n\nYes: Cobbleray is a PCI DSS v4.0 Level 1 service provider and our devices are P2PE-validated, so card numbers never touch {{company}}'s network. That usually means the shortest self-assessment (SAQ P2PE), about 30 questions, and we walk you through it each year. There is no PCI fee on our statements. Our attestation of compliance is here: [AOC link].\n\n{{rep.name}}")
add("sn-offline-answer", "Short answer: what happens when the internet goes down?", "snippet", "The offline mode answer in three sentences.", tags=["offline", "offline mode", "internet outage", "short answer", "connectivity"],
    body="Hi {{contact.first_name}},\n\nIf the internet drops, every Station and Tab keeps ringing orders, printing to the kitchen and taking chip and tap payments, for up to 72 hours. Payments taken offline go through the moment the connection is back; you set a per-transaction limit so the small risk of a later decline stays small. Add our LTE failover router and most outages never reach the terminals at all.\n\n{{rep.name}}")
add("sn-rates-answer", "Short answer: what are your processing rates?", "snippet", "Rates without a pitch, and the ask for a statement.", tags=["rates", "processing rates", "fees", "short answer", "interchange plus", "flat rate"],
    body="Hi {{contact.first_name}},\n\nFor a business {{company}}'s size we'd quote interchange-plus: the card brands' cost plus a fixed margin, shown line by line, with no PCI, statement or batch fees. Below $250k a year in cards a flat rate is usually simpler. Send one month's statement and I'll show you both against what you pay today.\n\n{{rep.name}}")
add("sn-financing-answer", "Short answer: can we spread the hardware cost?", "snippet", "Cobbleray Flex in three sentences.", tags=["financing", "hardware financing", "short answer", "monthly payments", "$0 down"],
    body="Hi {{contact.first_name}},\n\nYes: with Cobbleray Flex, {{company}} can take the terminals, handhelds and printers with nothing down and pay over 24 or 36 months, warranty included for the whole term. Most customers' first payment is lower than what they save on processing in the same month.\n\n{{rep.name}}")
add("sn-meeting-ask", "Ask for a 20-minute walkthrough", "snippet", "A short meeting request after a first reply.", stages=["prospecting", "discovery"], tags=["meeting", "demo request", "walkthrough", "next step"],
    body="Hi {{contact.first_name}},\n\nWould 20 minutes next week work to walk through how {{company}} would run on Cobbleray? I'll build your busiest menu items into the demo so you see your own rush. Tuesday or Wednesday afternoon?\n\n{{rep.name}}")
# email templates
add("em-prospecting-restaurant", "Cold email for restaurant owners: what did last Friday's rush cost you?", "email-template", "First touch for restaurant owners and operators.", stages=["prospecting"], tags=["cold email", "outbound", "prospecting", "restaurants", "first touch"],
    body="Hi {{contact.first_name}},\n\nOwners who move to Cobbleray usually find two things in the first month: servers turning tables faster with handhelds, and 0.4 to 0.8 points less on processing. If you send me one statement, I'll show you what {{company}} would have paid last month. Worth ten minutes?\n\n{{rep.name}}")
add("em-prospecting-retail", "Cold email for store owners: one system for the counter and the website", "email-template", "First touch for retailers.", stages=["prospecting"], tags=["cold email", "outbound", "prospecting", "retail", "first touch", "inventory"],
    body="Hi {{contact.first_name}},\n\nMost store owners we meet count stock in one system and sell online in another. Cobbleray keeps {{company}}'s counter, stockroom and web store on one inventory, so what sells online comes off the shelf count. Open to a short look?\n\n{{rep.name}}")
add("em-discovery-recap", "Follow-up after the discovery call", "email-template", "What we heard, what we'll show in the demo, and what we need from them.", stages=["discovery"], tags=["follow-up", "recap", "discovery", "next steps"],
    body="Hi {{contact.first_name}},\n\nThanks for the time today. What I heard: [locations and volume], [what breaks during the rush], [what success looks like]. For the demo I'll build {{company}}'s top items into the menu, so a copy of your current menu would help.\n\n{{rep.name}}")
add("em-demo-recap", "Follow-up after the demo", "email-template", "Recording, open questions and the proposed next step.", stages=["evaluation"], tags=["follow-up", "demo", "recap", "next steps", "evaluation"],
    body="Hi {{contact.first_name}},\n\nThanks for the session. The recording is here: [link]. Answers to the open questions: [list]. The next step I'd suggest is a site survey at your busiest location. Does [date] work?\n\n{{rep.name}}")
add("em-proposal-cover", "Cover note for the proposal", "email-template", "Sends the proposal with the three numbers that matter.", stages=["proposal"], tags=["proposal", "quote", "cover note", "pricing"],
    body="Hi {{contact.first_name}},\n\nAttached is {{company}}'s proposal: software per terminal, hardware (outright or on Flex), and processing at the rates we discussed. The summary on page one shows the monthly total against what you pay today. Happy to walk your partner or accountant through it.\n\n{{rep.name}}")
add("em-mutual-plan", "Mutual go-live plan", "email-template", "Dates and owners from decision to go-live.", stages=["evaluation", "proposal", "negotiation"], tags=["mutual action plan", "go-live plan", "timeline", "next steps", "close plan"],
    body="Hi {{contact.first_name}},\n\nHere's a draft plan to get {{company}} live before [date]: agreement signed, site survey, menu build, hardware shipped, staff training, go-live night. Owners and dates are in the sheet; tell me what's off.\n\n{{rep.name}}")
add("em-reference-offer", "Offer a reference call", "email-template", "Connect the prospect with a customer like them.", stages=["evaluation", "proposal"], tags=["references", "reference call", "customer reference", "social proof"],
    body="Hi {{contact.first_name}},\n\nWould it help to hear it from an operator rather than from me? I can connect you with [customer], who runs [similar business] and switched last year. They're happy to take a 15-minute call with {{company}}.\n\n{{rep.name}}")
add("em-kickoff", "Welcome to Cobbleray: what happens between now and go-live", "email-template", "Sent after signature: onboarding specialist, dates, and what we need first.", stages=["closed-won", "customer"], tags=["kickoff", "welcome", "onboarding", "closed won", "go-live", "implementation"],
    body="Hi {{contact.first_name}},\n\nWelcome to Cobbleray, and thank you. Your onboarding specialist will call within two business days to book the site survey. To start the build we need: your current menu or item list, your staff list with roles, and your bank details for deposits. Go-live is usually three weeks from today.\n\n{{rep.name}}")
add("em-go-live", "Go-live checklist: the night before and the first week", "email-template", "The customer's checklist for a calm first service.", stages=["closed-won", "customer"], tags=["go-live", "checklist", "launch", "first week", "onboarding"],
    body="Hi {{contact.first_name}},\n\nFor {{company}}'s go-live: the night before, we install and test every device and run a mock service with your managers. On day one, a specialist is on call through close. During week one, check the daily summary each morning and tell us anything that feels slow.\n\n{{rep.name}}")
add("em-winback", "Win-back note after a lost deal", "email-template", "A respectful check-in months after losing to a competitor.", stages=["closed-lost"], tags=["win-back", "closed lost", "competitor", "check-in", "re-engage"],
    body="Hi {{contact.first_name}},\n\nIt's been a few months since {{company}} chose another system, and I hope it's going well. If anything is harder than it was sold to you (fees, the contract, support on a Saturday night), I'm glad to compare notes. No pitch unless you ask for one.\n\n{{rep.name}}")
add("em-renewal", "Renewal note: your year in numbers and what's next", "email-template", "Opens the renewal conversation with the customer's own results.", stages=["customer"], tags=["renewal", "customer", "account review", "year in review", "retention"],
    body="Hi {{contact.first_name}},\n\nAhead of {{company}}'s renewal, here's your year on Cobbleray: [sales processed], [speed of service], [processing cost]. I'd like 30 minutes to go through it, hear what should be better, and plan next year's openings with you.\n\n{{rep.name}}")
add("em-partner-thanks", "Thank a referring partner and set next steps", "email-template", "Reply-all to a partner's introduction: thanks, deal registration confirmed, meeting proposed.", stages=["prospecting", "discovery"], tags=["partner", "referral", "introduction", "reseller", "deal registration", "thank you"],
    body="Hi {{contact.first_name}},\n\nThank you for the introduction, and I've confirmed the registration on our side. [Prospect], great to meet you: would a 30-minute call this week work to hear how your locations run today? I'll keep [partner] in the loop throughout.\n\n{{rep.name}}")
# videos
add("vid-overview", "Video: Cobbleray in three minutes", "video", "A three-minute tour for the people who missed the demo.", tags=["video", "overview", "demo", "tour"])
add("vid-kds", "Video: a Friday night rush on Cobbleray Pass", "video", "A 120-cover kitchen runs service on Pass: routing, expo, allergy flags and ticket times.", tags=["video", "kds", "kitchen display", "kitchen", "rush", "demo"])
add("vid-tab", "Video: order and pay at the table with Cobbleray Tab", "video", "A server takes the order, fires the appetiser and takes payment at the table in under a minute.", tags=["video", "handheld", "pay at table", "tableside", "servers", "demo"])
add("vid-offline", "Video: we pulled the plug during lunch (offline mode)", "video", "A café unplugs its internet mid-service; orders and card payments keep going and sync when it's back.", tags=["video", "offline", "offline mode", "internet outage", "demo"])
add("vid-kiosk", "Video: ordering at Cobbleray Kiosk with the keypad and audio guidance", "video", "A blind guest orders with the tactile keypad and headphones, and a wheelchair user with the lowered-screen mode.", tags=["video", "kiosk", "accessibility", "ada", "audio guidance", "demo"])
add("webinar-food-cost", "On-demand webinar: pricing your menu when food costs rise", "video", "Three operators on recipe costing, menu engineering and price increases guests accept.", tags=["webinar", "on-demand", "food cost", "menu pricing", "menu engineering", "inventory"])
# other languages (the contract has no language field; the text carries it)
add("cb-es-resumen", "Cobbleray en una página: punto de venta y pagos para restaurantes y tiendas", "one-pager", "Punto de venta, terminales de mano y quioscos, pantallas de cocina, pedidos en línea, inventario, lealtad y tarjetas de regalo, nómina y propinas; tarifas de procesamiento transparentes (intercambio más) y sin cargos de PCI.", tags=["español", "spanish", "resumen", "punto de venta", "pagos", "tarifas", "restaurantes", "tiendas"])
add("cb-fr-apercu", "Cobbleray en bref : caisse et paiements pour restaurants et commerces", "one-pager", "Caisse enregistreuse, terminaux de table et bornes, écrans de cuisine, commande en ligne, inventaire, fidélité et cartes-cadeaux ; interface en français, Interac et données hébergées au Canada.", tags=["français", "french", "aperçu", "caisse", "point de vente", "paiements", "québec", "restaurants", "commerces"])
add("cb-ja-gaiyou", "Cobbleray のご紹介：飲食店・小売店のためのPOSレジと決済", "one-pager", "POSレジ、ハンディ端末、セルフオーダー端末（キオスク）、キッチンディスプレイ、オンライン注文、在庫管理、ポイント・ギフトカード、給与とチップ管理を一つに。米国・カナダ・欧州で導入実績。", tags=["日本語", "japanese", "会社案内", "posレジ", "決済", "セルフオーダー", "キオスク", "飲食店"])
add("cb-sv-oversikt", "Cobbleray i korthet: kassasystem och kortbetalningar för restauranger, butiker och arenor", "one-pager", "Kassasystem, handdatorer och självbetjäningskiosker, köksskärmar, onlinebeställning, lager, lojalitet och presentkort; kontaktlösa betalningar och data i EU.", tags=["svenska", "swedish", "översikt", "kassasystem", "kortbetalning", "restauranger", "butiker", "arenor"])


# ---------------------------------------------------------------- restricted to verticals
# hospitality (restaurants, bars and hotels)
add("hosp-qsr", "Quick service: speed of service, drive-thru timers and order-ready screens", "one-pager", "Drive-thru order confirmation boards and timers, line busting with Tab, kiosks, order-ready screens and the speed-of-service reports quick-service operators run their shifts by.", verticals=["hospitality"], tags=["quick service", "qsr", "drive-thru", "speed of service", "order ready", "fast casual", "line busting", "counter service"])
add("hosp-fsr", "Full service: table turns, pay at the table and server tip reports", "one-pager", "Floor plans, coursing, pay at the table, server banking and tip reports, and the turn-time reports full-service operators manage sections by.", verticals=["hospitality"], tags=["full service", "fsr", "fine dining", "casual dining", "table turns", "pay at table", "servers", "tips", "sections"])
add("hosp-hotel", "Hotel restaurants, bars and room service: charge to the room", "one-pager", "Outlets post checks to the guest's folio in Oracle OPERA and other property management systems, room-service orders reach the kitchen display, and pool and beach bars sell on Tab.", verticals=["hospitality"], tags=["hotel", "room charge", "charge to room", "pms", "opera", "property management system", "folio", "room service", "pool bar", "resort", "outlets"])
add("hosp-pricing", "Restaurant plans and pricing", "one-pager", "Per-terminal plans for quick-service and full-service restaurants, with Pass, Tab and Online included in Pro, and processing quoted interchange-plus.", verticals=["hospitality"], stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "restaurant pricing", "plans", "price", "per terminal"])
add("hosp-case-qsr", "Case study: Brightbun Burgers: 42 drive-thrus, 38 seconds faster per car", "case-study", "A regional burger chain put Tab in the drive-thru lane and Pass in the kitchen and cut average service time by 38 seconds.", verticals=["hospitality"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "quick service", "drive-thru", "burger chain", "speed of service"])
add("hosp-case-fsr", "Case study: Marrow & Vine: nine restaurants from Regisys to Cobbleray in a month", "case-study", "A full-service restaurant group replaced Regisys servers in every back office, moved servers to handhelds and gained 1.8 turns per section on Saturdays.", verticals=["hospitality"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "full service", "restaurant group", "regisys", "pay at table", "handhelds"])
add("hosp-case-hotel", "Case study: Calypso Bay Resorts: room charges and beach bars on Tab", "case-study", "A group of four seasonal resorts stopped re-keying paper room charges and kept the beach bars selling through Wi-Fi outages with offline mode.", verticals=["hospitality"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "resort", "hotel", "room charge", "beach bar", "offline", "seasonal"])
# retail
add("retail-solution", "Cobbleray for retail: SKUs, variants, barcodes, purchase orders and counts", "one-pager", "Items with sizes and colours, barcode labels, purchase orders and receiving, stock counts with a scanner, transfers between stores and a warehouse, and reorder points per store.", verticals=["retail"], tags=["retail", "inventory", "skus", "variants", "barcodes", "purchase orders", "receiving", "stock counts", "transfers", "multi-store inventory", "warehouse"])
add("retail-omnichannel", "Online and in store: Shopify and BigCommerce sync, pickup in store, returns anywhere", "one-pager", "One inventory for the stores and the web store, buy online and pick up in store, ship from store, returns of online orders at any counter, and one customer record across both.", verticals=["retail"], tags=["omnichannel", "shopify", "shopify plus", "bigcommerce", "e-commerce", "bopis", "buy online pick up in store", "click and collect", "ship from store", "returns", "endless aisle"])
add("retail-lp", "Loss prevention for stores: returns without receipt, voids and no-sale alerts", "one-pager", "Rules for returns without a receipt (store credit only, ID required, limits per customer), alerts on unusual voids, discounts and no-sales by employee, and the exception reports loss-prevention teams review weekly.", verticals=["retail"], tags=["loss prevention", "shrink", "return fraud", "returns without receipt", "voids", "no sale", "exception reports", "theft", "store credit"])
add("retail-pricing", "Retail plans and pricing", "one-pager", "Per-register plans for specialty and multi-store retailers, with the e-commerce sync and inventory included in Pro.", verticals=["retail"], stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "retail pricing", "plans", "price", "per register"])
add("retail-case-study", "Case study: Fernhill Outfitters: 28 stores and a web store on one inventory", "case-study", "An outdoor retailer connected its stores to Shopify, started buy online / pick up in store in six weeks and cut stock-outs by a third.", verticals=["retail"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "retailer", "outdoor", "shopify", "pickup in store", "inventory"])
# education
add("edu-campus", "Campus dining: meal plans, dining dollars and the campus card", "one-pager", "Meal swipes and declining-balance plans from your campus card system applied at every register, kiosk and mobile order, with board plans, guest passes and reports by outlet for auxiliary services.", verticals=["education"], tags=["campus dining", "meal plans", "meal swipes", "dining dollars", "declining balance", "campus card", "student id", "auxiliary services", "university", "college"])
add("edu-k12", "School nutrition: student accounts, parent prepay and private meal eligibility", "one-pager", "Student PIN pads and ID scans at the line, parent online prepay and low-balance alerts, and free and reduced-price eligibility applied without identifying students at the register.", verticals=["education"], tags=["k-12", "school nutrition", "school lunch", "cafeteria", "student accounts", "parent prepay", "free and reduced", "nslp", "school district", "overt identification"])
add("edu-hecvat", "HECVAT Full: our completed assessment", "one-pager", "The Higher Education Community Vendor Assessment Toolkit, completed in full, with our SOC 2, PCI attestation and VPAT for your IT and accessibility review.", verticals=["education"], tags=["hecvat", "higher education", "vendor assessment", "security questionnaire", "educause", "it security review"])
add("edu-pricing", "Education pricing for universities, colleges and school districts", "one-pager", "Per-terminal pricing for campus dining and school nutrition, with the campus card integration included and terms that follow the fiscal year.", verticals=["education"], stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "education pricing", "university", "school district", "price"])
add("edu-case-study", "Case study: Westmarch University dining: 23 outlets, meal swipes at the kiosk, 40% shorter lines", "case-study", "A university's dining services moved its cafés, markets and food court to Cobbleray and accepted meal swipes at kiosks and mobile order.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "university", "campus dining", "meal plans", "kiosks"])
# government (stadiums, arenas, parks, fairs)
add("gov-venues", "Stadiums, arenas and convention centers: concessions at volume", "one-pager", "Stands, portables and in-seat sellers on Tab, mobile order to the seat, express kiosks for half-time, offline mode for the moment 20,000 phones overload the network, and revenue by stand for the operator.", verticals=["government"], tags=["stadium", "arena", "convention center", "venues", "concessions", "in-seat", "sell in the stands", "half-time", "cashless venue", "mobile order to seat", "public venues"])
add("gov-parks", "Parks, recreation and fairs: seasonal stands, pools, golf shops and cash accountability", "one-pager", "Snack bars, pro shops, rinks and fair stands that open for a season, training new staff in ten minutes, every drawer counted, and revenue by stand, concessionaire or cost centre.", verticals=["government"], tags=["parks and recreation", "parks", "recreation", "state fair", "fairgrounds", "pools", "golf", "seasonal", "concessions", "cost center", "revenue share"])
add("gov-revenue", "Public funds: GL codes by cost centre, deposit reports and fund accounting exports", "one-pager", "Every sale coded to the fund and cost centre, daily deposit reports for the treasurer, and exports to Tyler Munis, Workday and other government ERPs.", verticals=["government"], tags=["public funds", "fund accounting", "gl codes", "cost center", "treasury", "deposit reports", "audit", "erp", "munis"])
add("gov-coop", "Buy Cobbleray through NASPO ValuePoint (contract #24-POS-117, to 2029)", "one-pager", "Our cooperative contract for point-of-sale and payment services: what it covers, the pricing schedule and how agencies, universities and districts buy without their own solicitation.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "naspo", "naspo valuepoint", "cooperative purchasing", "piggyback", "procurement", "public sector"])
add("gov-pricing", "Public sector pricing", "one-pager", "Per-terminal pricing for agencies and authorities, seasonal terminals billed only in the months they run, and fiscal-year terms.", verticals=["government"], stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "public sector pricing", "seasonal pricing", "government", "price"])
add("gov-case-study", "Case study: Tri-State Fair & Expo: 140 stands, 11 days, lines cut in half", "case-study", "A state fair authority put its food and merchandise stands on Tab and Station Go, kept selling through a cellular outage and reconciled each concessionaire's share nightly.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "state fair", "fairgrounds", "concessions", "offline", "revenue share"])
# healthcare (hospital cafeterias and retail)
add("hc-cafeteria", "Hospital cafeterias: badge pay, payroll deduction and employee pricing", "one-pager", "Staff pay by tapping their badge with payroll deduction, employee and visitor pricing, meal entitlements for residents and night staff, and 24/7 micro-markets with self-checkout.", verticals=["healthcare"], tags=["hospital cafeteria", "badge pay", "payroll deduction", "employee pricing", "food and nutrition services", "micro market", "hospital", "health system", "night shift"])
add("hc-security", "Hospital IT review: isolated network, outbound-only devices and no PHI", "one-pager", "Cobbleray devices run on a segmented guest or retail VLAN with outbound-only connections, hold no protected health information, and are managed centrally; the answers biomedical and network teams ask for.", verticals=["healthcare"], tags=["hospital it", "network segmentation", "vlan", "no phi", "hipaa", "security review", "outbound only", "device management", "health system"])
add("hc-case-study", "Case study: St. Anselm Health: six cafeterias and a coffee bar on badge pay", "case-study", "A five-hospital system replaced cash-heavy cafeteria registers with badge pay and payroll deduction and cut the line at shift change by half.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "hospital", "health system", "cafeteria", "badge pay"])
# nonprofit (museum and cultural shops)
add("np-museum", "Museum and cultural shops and cafés: member discounts, admissions and donations", "one-pager", "The member card looked up at checkout and its discount applied, admissions and shop on the same terminal, café and shop in one report, and a donation prompt at the end of every sale.", verticals=["nonprofit"], tags=["museum", "museum shop", "gift shop", "members", "membership discount", "admissions", "cultural", "zoo", "aquarium", "donations"])
add("np-roundup", "Round up for the mission: donations at checkout", "one-pager", "Guests round up or add a set amount at the terminal or online, donations are reported separately from sales, and acknowledgement receipts carry your charity number.", verticals=["nonprofit"], tags=["donations", "round up", "round-up", "checkout donations", "fundraising", "giving", "charity"])
add("np-pricing", "Nonprofit pricing", "one-pager", "Discounted software for registered charities, museums and cultural organisations, and a reduced processing margin on donations.", verticals=["nonprofit"], stages=["evaluation", "proposal", "negotiation"], tags=["nonprofit pricing", "charity", "discount", "museum", "pricing"])
add("np-case-study", "Case study: Harborlight Science Museum: shop, café and memberships on one system", "case-study", "A science museum replaced three systems, applied member discounts automatically and raised $61,000 in a year from round-ups.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "museum", "museum shop", "members", "round up"])
# enterprise (franchise systems and large chains)
add("ent-franchise", "Franchise systems: brand control for the franchisor, own accounts for each franchisee", "one-pager", "The brand controls the menu, recipes and reporting across every unit; each franchisee keeps its own Cobbleray Payments merchant account and deposits at system-negotiated rates, finances its own hardware on Flex, and royalty reports run nightly.", verticals=["enterprise"], tags=["franchise", "franchisor", "franchisees", "brand standards", "royalty reporting", "system-wide rates", "multi-unit", "franchise mandate"])
add("ent-rollout", "Enterprise rollout: 300 locations in a quarter", "one-pager", "Staged hardware shipped pre-configured per store, overnight installs, a rollout team with a weekly plan of 25 to 40 stores, and a command centre for go-live weekends.", verticals=["enterprise"], tags=["rollout", "deployment", "enterprise", "chain", "hundreds of locations", "staged hardware", "project management"])
add("ent-security-package", "Enterprise security package: pen test summary, PCI AOC, SOC 2 bridge letter and insurance", "one-pager", "For enterprise security reviews: the latest penetration-test summary, our PCI attestation, the SOC 2 bridge letter, BC/DR test results, cyber insurance certificate and our SSO and SCIM set-up.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["security package", "pen test", "pci aoc", "soc 2", "bcp", "disaster recovery", "sso", "scim", "ciso", "security review"])
add("ent-case-study", "Case study: Northwind Restaurant Group: 310 franchise units off Regisys in 14 weeks", "case-study", "A multi-brand franchisor moved every unit from Regisys to Cobbleray, with franchisees on their own merchant accounts and royalties reported nightly.", verticals=["enterprise"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "franchise", "franchisor", "regisys", "rollout"])
# mid-market (regional chains)
add("mm-growth", "Cobbleray Growth: the package for 2 to 25 locations", "one-pager", "Multi-location software, HQ and central menus, a success manager and onboarding for every new opening, at one price per location.", verticals=["mid-market"], stages=["evaluation", "proposal"], tags=["growth", "package", "multi-location", "regional chain", "pricing", "per location"])
add("mm-case-study", "Case study: Sweetfield Creamery: 11 shops, one menu, gift cards that work everywhere", "case-study", "A regional ice-cream chain left Regisys, put every shop on one menu and sold gift cards redeemable at all of them, with loyalty members up 3x.", verticals=["mid-market"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "ice cream", "regional chain", "gift cards", "loyalty", "regisys"])
# smb (single locations)
add("smb-starter", "Cobbleray Starter: one location, one terminal, flat-rate processing", "one-pager", "For single locations: the Counter software on one terminal at no monthly fee, a flat processing rate, Online ordering included, and more terminals from $39 a month.", verticals=["smb"], tags=["starter", "small business", "single location", "pricing", "flat rate", "no monthly fee", "price", "cheap", "affordable"])
add("smb-case-study", "Case study: Little Anvil Coffee: from Swypa to Starter in a weekend", "case-study", "A one-location café and roaster moved off Swypa, started its own online ordering for pickup and stopped paying marketplace commissions.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "coffee shop", "café", "small business", "online ordering", "swypa"])
add("smb-video-setup", "Video: set up Cobbleray Starter in an afternoon", "video", "Add your items, connect your bank and take your first payment.", verticals=["smb"], tags=["video", "setup", "starter", "small business", "self-serve"])
# cannabis (the library's own vertical: licensed dispensaries)
add("can-compliance", "Dispensary compliance: Metrc and BioTrack sync, purchase limits and package tags", "one-pager", "Every sale reported to the state's seed-to-sale system in real time, package tags scanned at sale, daily and per-visit purchase limits enforced for adult-use and medical customers, and a nightly reconciliation of inventory against the state.", verticals=["cannabis"], tags=["cannabis", "dispensary", "metrc", "biotrack", "seed to sale", "compliance", "purchase limits", "package tags", "reconciliation", "state reporting", "medical patients"])
add("can-id", "ID and medical-card checks at check-in and at the counter", "one-pager", "Driver's licences and medical cards scanned at the door, age and card expiry checked, returning customers recognised, and the patient's limits applied when the budtender rings the sale.", verticals=["cannabis"], tags=["cannabis", "id scanning", "age verification", "medical card", "patients", "check-in", "budtenders", "dispensary"])
add("can-payments", "Payments for dispensaries: PIN debit, cash handling and what not to do", "one-pager", "PIN debit on compliant rails where your state allows it, cash management built for cash-heavy stores (smart safes, blind counts, deposit reports), and why we don't offer 'cashless ATM' workarounds that card networks prohibit.", verticals=["cannabis"], tags=["cannabis", "dispensary payments", "pin debit", "cashless", "cash management", "smart safe", "cashless atm", "card network rules", "banking"])
add("can-case-study", "Case study: Greenlight Provisions: five dispensaries reconciled with Metrc every night", "case-study", "A five-store operator ended manual package-tag reconciliation, enforced purchase limits automatically and moved a third of sales to PIN debit.", verticals=["cannabis"], stages=["discovery", "evaluation", "proposal"], tags=["case study", "cannabis", "dispensary", "metrc", "purchase limits"])


# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-regisys-2027", "Battlecard: Cobbleray vs Regisys (2027 refresh, DRAFT)", "battlecard", "Positioning after Regisys's announced cloud edition; not approved by product marketing.", stages=["evaluation", "proposal", "negotiation"], tags=["regisys", "competitor", "battlecard", "legacy pos"], status="draft")
add("draft-ai-menu", "Cobbleray Copilot: AI menu pricing recommendations (DRAFT)", "one-pager", "Announcement of AI that recommends menu prices per location from food costs and demand; positioning pending launch.", tags=["ai", "menu pricing", "price recommendations", "copilot", "menu management"], status="draft")
add("draft-ko-sogae", "Cobbleray 소개: 레스토랑과 매장을 위한 POS와 결제 (초안)", "one-pager", "POS, 핸디 단말기, QR 주문, 주방 디스플레이, 팁 관리; 번역 검토 전.", tags=["한국어", "korean", "소개", "pos", "결제", "qr 주문"], status="draft")
add("draft-pricing-2027", "Price list 2027 (DRAFT)", "one-pager", "Proposed 2027 software prices per terminal and processing margins; not approved.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "price list", "2027", "rates", "price"], status="draft")
add("draft-can-cashless", "Cashless ATM at the counter: FAQ for dispensaries (DRAFT)", "one-pager", "How a 'cashless ATM' debit workaround would be offered to dispensaries; on hold pending legal review.", verticals=["cannabis"], tags=["cannabis", "cashless atm", "cashless", "debit", "dispensary payments"], status="draft")
add("retired-bc-plattr-2024", "Battlecard: Cobbleray vs Plattr (2024)", "battlecard", "Plattr positioning and pricing as of 2024, before Plattr dropped its setup fees.", stages=["evaluation", "proposal", "negotiation"], tags=["plattr", "competitor", "battlecard"], status="retired", updated="2024-05-14T09:00:00Z")
add("retired-pricing-2023", "Processing rates and plans (2023): 2.9% + 30¢ flat", "one-pager", "Our 2023 flat processing rate and per-terminal plans.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "processing rates", "flat rate", "fees", "price"], status="retired", updated="2023-02-01T09:00:00Z")
add("retired-station-gen1", "Cobbleray Station Gen 1: spec sheet", "one-pager", "The first-generation countertop terminal with a magstripe reader and external chip reader.", tags=["hardware", "terminal", "station", "spec sheet", "magstripe"], status="retired", updated="2022-06-10T09:00:00Z")
add("retired-pci-321", "PCI DSS v3.2.1 attestation of compliance (2023)", "link", "Our attestation of compliance under PCI DSS v3.2.1, retired with the move to v4.0.", tags=["pci", "pci dss", "aoc", "attestation of compliance", "compliance"], status="retired", updated="2023-09-01T09:00:00Z")
add("retired-offline-v1", "Offline mode v1: cash-only when the internet is down", "one-pager", "How the first offline mode kept ringing orders while taking cash only.", tags=["offline", "offline mode", "internet outage", "cash"], status="retired", updated="2022-03-15T09:00:00Z")
add("retired-kiosk-gen1", "Cobbleray Kiosk Gen 1: floor stand and spec sheet", "one-pager", "The first kiosk on its 60-inch floor stand, without the keypad or audio guidance.", tags=["kiosk", "self-order", "hardware", "spec sheet"], status="retired", updated="2023-04-20T09:00:00Z")
add("promo-q3-switch-2026", "Q3 switch offer: double ETF reimbursement and free handhelds when you leave Plattr or Regisys", "one-pager", "Early termination fees reimbursed up to $3,000 per location and two Tabs free on agreements signed by September 30, 2026.", stages=["proposal", "negotiation"], tags=["promotion", "switch offer", "early termination fee", "etf", "plattr", "regisys", "free hardware"], expires="2026-09-30")
add("cb-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "soc2", "audit report", "security"], expires="2026-03-31", updated="2025-04-08T09:00:00Z")
add("gov-coop-2021", "Buy through the 2021 state cooperative contract (to June 30, 2026)", "one-pager", "Buying Cobbleray through our 2021-2026 multi-state cooperative contract.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "procurement", "public sector"], expires="2026-06-30", updated="2021-07-01T09:00:00Z")
add("webinar-live-nov-2026", "Live webinar: is your POS ready for the holiday rush? (Nov 12, 2026)", "link", "Registration for the live session with two operators on holiday staffing, gift cards and offline readiness.", tags=["webinar", "holiday", "gift cards", "event", "registration"], expires="2026-11-12")
add("promo-holiday-gift-2025", "Holiday gift card kit 2025: bonus cards and in-store signage", "one-pager", "A 'buy $50, get $10' bonus-card campaign kit for the 2025 holidays.", tags=["gift cards", "holiday", "promotion", "bonus cards", "loyalty"], expires="2025-12-31", updated="2025-10-01T09:00:00Z")
add("event-nra-2026", "Meet Cobbleray at the National Restaurant Show, May 16-19, 2026", "link", "Book a meeting or demo at booth 4212.", stages=["prospecting", "discovery"], tags=["event", "trade show", "conference", "meeting", "demo"], expires="2026-05-19")
add("edu-bts-2026", "Back-to-campus offer: kiosks at half price for fall 2026 (ends Sept 15, 2026)", "one-pager", "Half-price kiosks for campus dining agreements signed by September 15, 2026.", verticals=["education"], tags=["promotion", "campus dining", "kiosks", "offer", "back to school"], expires="2026-09-15")
add("hosp-patio-2026", "Patio season bundle: two extra Tabs free through August 31, 2026", "one-pager", "Two additional handhelds for patios and terraces on restaurant agreements signed by August 31, 2026.", verticals=["hospitality"], tags=["promotion", "patio", "handhelds", "outdoor", "summer", "bundle"], expires="2026-08-31")


# ---------------------------------------------------------------- cases
CASES, VERTICAL, case = cases()

CASE_STUDIES = {"hospitality": ["hosp-case-qsr", "hosp-case-fsr", "hosp-case-hotel"], "retail": "retail-case-study",
                "education": "edu-case-study", "government": "gov-case-study", "healthcare": "hc-case-study",
                "nonprofit": "np-case-study", "enterprise": "ent-case-study", "mid-market": "mm-case-study",
                "smb": "smb-case-study", "cannabis": "can-case-study"}
PRICING = {"hospitality": "hosp-pricing", "retail": "retail-pricing", "education": "edu-pricing",
           "government": "gov-pricing", "nonprofit": "np-pricing", "mid-market": "mm-growth", "smb": "smb-starter"}


def other_case_studies(*mine):
    return others(CASE_STUDIES, *mine)


def other_pricing(*mine):
    return others(PRICING, *mine)


MAYA = ("Maya Okonkwo | Account Executive, Restaurants | Cobbleray\n"
        "Counter · Pass · Tab · Online · Perks · Payroll\n"
        "maya.okonkwo@cobbleray.example | +1 (312) 555-0146")
LUIS = "Luis Ferreira | Account Executive, Retail & Specialty | Cobbleray\nluis.ferreira@cobbleray.example | +1 (210) 555-0133"
GRACE = "Grace Whitfield | Account Executive, Public Sector, Campus & Healthcare | Cobbleray\ngrace.whitfield@cobbleray.example | +1 (614) 555-0190"
DEREK = "Derek Amsel | Enterprise Account Director, Franchise & Multi-Unit | Cobbleray\nderek.amsel@cobbleray.example | +1 (404) 555-0157"
TOBIAS = "Tobias Lind | Account Executive, Europe | Cobbleray Europe AB\ntobias.lind@cobbleray.example | +46 8 555 217 40"
NINA = "Nina Castellanos | Account Executive, Dispensaries | Cobbleray\nnina.castellanos@cobbleray.example | +1 (720) 555-0171"

# ---- thread (7): mail threads in shapes no earlier set used
case("y01", "thread", "a support agent forwards a customer's ticket to the rep ('this is really a sales thing'): a 7-location chicken chain wants two self-order kiosks per store at two stores with 15-minute lunch lines, asks what they cost, whether they can be financed like the terminals, and whether they meet ADA because a landlord is strict; an expansion at an existing customer",
     mail("jordan.beck@cobbleray.example", "Jordan Beck", "Fwd: [Ticket #448213] Kiosks for our stores?",
          "Hey Maya, this came into the support queue but it's really a sales thing, so it's all yours. I told her someone from her account team would reach out today. I closed the ticket as 'routed to sales'.\n\n"
          "Jordan Beck\nSupport Specialist, Tier 2 | Cobbleray\n\n"
          "---------- Forwarded message ---------\nFrom: Cobbleray Support <support@cobbleray.example>\nDate: Fri, Nov 20, 2026 at 1:12 PM\nSubject: [Ticket #448213] Kiosks for our stores?\n\n"
          "Ticket #448213 | Priority: Normal | Channel: Web form\nAccount: Rooster Run Chicken (7 locations) | Plan: Pro | Products: Counter, Pass, Online\nRequester: Danielle Frey <danielle@roosterrunchicken.com>\n\n"
          "Hi there,\nNot a problem exactly, more of a question. Our two stores by the college (Elmwood and Clark St) have 15-minute lines at lunch and we lose people out the door. We'd like to add 2 self-order kiosks per store, starting with those two.\n"
          "What do they cost, and can we finance them the way we did the terminals? Also, do they meet ADA? Our landlord at Elmwood is very strict about ADA after a lawsuit at another tenant.\n"
          "Thanks!\nDanielle Frey\nDirector of Operations, Rooster Run Chicken",
          company="Rooster Run Chicken"),
     {"cb-kiosk": 3, "cb-kiosk-ada": 3, "cb-financing": 2, "cb-expansion": 2},
     forbidden=["retired-kiosk-gen1"] + other_case_studies("hospitality"), vertical="hospitality")

case("y02", "thread", "an executive assistant forwards an Outlook meeting invitation whose description is the hospital's internal agenda, pasted by the director of food and nutrition services: badge pay and payroll deduction for 9,000 employees, employee versus visitor prices, calorie and allergen display, and IT's requirement that nothing sits on the clinical network",
     mail("tmorales@lakeviewhealth.org", "Teresa Morales", "FW: Cafeteria POS replacement - vendor session (Cobbleray)",
          "Hi Grace, forwarding the invite from Dr. Okafor's calendar so you have the agenda. Room is Conference B, Level 2 of the Pavilion; visitor parking is in Garage C and I'll validate. - Teresa\n\n"
          "Teresa Morales\nExecutive Assistant to the VP, Support Services\nLakeview Health\n\n"
          "-----Original Appointment-----\nFrom: Okafor, Daniel <dokafor@lakeviewhealth.org>\nSent: Thursday, November 19, 2026 4:40 PM\n"
          "To: Okafor, Daniel; Brandt, Linda; Nguyen, Kevin (IT Network); Morales, Teresa; grace.whitfield@cobbleray.example\n"
          "Subject: Cafeteria POS replacement - vendor session (Cobbleray)\nWhen: Wednesday, December 2, 2026 10:00 AM-11:30 AM (UTC-06:00) Central Time (US & Canada).\nWhere: Pavilion Conf B / Microsoft Teams Meeting\n\n"
          "Agenda (internal, please review before):\n"
          "1. Badge pay w/ payroll deduction. ~9,000 employees across main campus + 2 community hospitals. Current vendor's deduction file fails every other pay period.\n"
          "2. Employee vs visitor pricing (employees get 20% off; residents get a $12/shift meal allowance on nights)\n"
          "3. Calorie + allergen display at the registers and the grab-and-go kiosk (menu labeling rule, and Linda's allergy complaints from Q3)\n"
          "4. IT (Kevin): POS cannot sit on the clinical network. Need segmentation answer + confirm no PHI touches vendor.\n\n"
          "Microsoft Teams meeting\nJoin on your computer, mobile app or room device\nClick here to join the meeting\nMeeting ID: 284 119 530 772  Passcode: q7Xm2B\n"
          "________________________________________________________________________________",
          source="outlook", company="Lakeview Health"),
     {"hc-cafeteria": 3, "hc-security": 2, "cb-allergens": 2, "hc-case-study": 1},
     forbidden=["promo-holiday-gift-2025"] + other_case_studies("healthcare"), vertical="healthcare")

case("y03", "thread", "the newest message is the champion's out-of-office auto-reply; the real ask sits below it in a colleague's earlier reply on the same thread: the campus card office needs to know how meal swipes and dining dollars apply at the registers (11 outlets, 2 markets) and the information security office requires a HECVAT before any review",
     mail("mdelaney@stonebridge.edu", "Mark Delaney", "Automatic reply: RE: Cobbleray follow-up - Stonebridge Dining",
          "Thank you for your message. I am out of the office for Thanksgiving break from Monday, November 23 through Monday, November 30, with limited access to email. For urgent Dining Services matters please contact Rosa Jimenez, Associate Director, at rjimenez@stonebridge.edu or (555) 310-4471.\n\n"
          "Mark Delaney\nDirector, Dining Services | Stonebridge University\n\n"
          "From: Rosa Jimenez <rjimenez@stonebridge.edu>\nSent: Friday, November 20, 2026 3:18 PM\nTo: Grace Whitfield <grace.whitfield@cobbleray.example>\nCc: Mark Delaney <mdelaney@stonebridge.edu>\nSubject: RE: Cobbleray follow-up - Stonebridge Dining\n\n"
          "Hi Grace,\n\nMark asked me to pick this up while he's out next week. Two things from our side before we can schedule the demo with the AVP:\n\n"
          "Our campus card office needs to understand how meal swipes and Dining Dollars from our card system get applied at your registers. We have 11 retail outlets and 2 markets, plus the all-you-care-to-eat hall at the door.\n\n"
          "Also, the Information Security Office won't look at any vendor without a completed HECVAT. Can you send both before December 4?\n\n"
          "Thanks,\nRosa\n\nRosa Jimenez\nAssociate Director, Dining Services\nStonebridge University\n\n"
          "From: Grace Whitfield <grace.whitfield@cobbleray.example>\nSent: Tuesday, November 17, 2026 10:02 AM\nTo: Mark Delaney <mdelaney@stonebridge.edu>\nSubject: Cobbleray follow-up - Stonebridge Dining\n\n"
          "Hi Mark, great to meet you at NACUFS. Would the week of December 7 work for a demo with your team?\n\n" + GRACE,
          source="outlook", company="Stonebridge University"),
     {"edu-campus": 3, "edu-hecvat": 3, "edu-case-study": 1, "cb-security-overview": 1},
     forbidden=["edu-bts-2026", "gov-coop-2021"] + other_case_studies("education") + other_pricing("education"), vertical="education")

case("y04", "thread", "a franchisee (six units of a sandwich brand) replies to all on the franchisor's mandate to move every unit to Cobbleray by Q3 2027: who pays for the new hardware when he just paid off his Regisys terminals, and can he keep his own processor because his bank gives him a better rate; he asks the rep to answer directly",
     mail("raj@patelhospitalitycbus.com", "Raj Patel", "Re: Brand technology standard 2027 - POS migration",
          "Brian, with respect, before I or any of the Ohio franchisees sign anything I need two straight answers.\n\n"
          "1. Who pays for the new hardware? I just finished paying off my Regisys terminals in March.\n"
          "2. Can I keep my own processor? My bank gives me a better rate than anything corporate has negotiated, and I'm not giving that up for a brand standard.\n\n"
          "Maya, you're copied, so feel free to answer directly rather than through corporate.\n\n"
          "Raj Patel\nOwner, Patel Hospitality LLC\nCrumbhouse Sandwiches #118, #131, #140, #152, #166, #171 (Columbus, OH)\nSent from my iPad\n\n"
          "On Wed, Nov 18, 2026 at 9:00 AM Brian Kessler <bkessler@crumbhouse.com> wrote:\n"
          + quote("All,\n\nAs shared at the franchise council, Crumbhouse has selected Cobbleray as the brand POS standard. All franchised and company units must complete migration by the end of Q3 2027. Corporate will manage the menu, recipes and promotions centrally from day one, and royalty reporting will move to the new system.\n\n"
                  "Maya Okonkwo from Cobbleray (copied) will reach out to each franchisee group to schedule site surveys.\n\n"
                  "Brian Kessler\nVP, Information Technology\nCrumbhouse Brands, Inc. | 212 units in 9 states"),
          company="Patel Hospitality LLC"),
     {"ent-franchise": 3, "cb-financing": 3, "cb-rates": 2, "cb-migration": 1},
     forbidden=["draft-bc-regisys-2027", "promo-q3-switch-2026"] + other_case_studies("enterprise"), vertical="enterprise")

case("y05", "thread", "a churn-risk complaint from a customer with three bar-and-grill locations: the kitchen screens froze at 7:40 on a Saturday, 45 minutes on hold, last week's tip-outs in payroll were short, 60 days left on the contract and Regisys has already called; 'fix this or I'm out'",
     mail("sully@thecopperspoke.com", "Sean Sullivan", "Saturday night",
          "Maya,\n\nI'm going to be blunt because I've been a good customer. Saturday at 7:40pm, full house, the kitchen screens froze at the Northside location. We ran paper tickets for an hour. I called support and sat on hold for 45 minutes. Forty five.\n\n"
          "And on top of that, my bartenders' tip-outs in last week's payroll were short at two locations and I had to cover it out of my own pocket before anyone quit.\n\n"
          "I have 60 days left on my agreement. Regisys already called me Monday, which tells you word gets around. Fix this or I'm out. I want a call with someone who can actually do something, not another ticket number.\n\n"
          "Sean Sullivan\nOwner, The Copper Spoke Bar & Grill (Northside, Riverfront, Westgate)",
          company="The Copper Spoke"),
     {"cb-success-plan": 3, "cb-support": 2, "cb-tip-rules": 2, "cb-uptime": 1},
     forbidden=["draft-bc-regisys-2027"] + other_case_studies("hospitality"), vertical="hospitality")

case("y06", "thread", "an authorised reseller introduces a prospect and wants the deal registered: a 9-stand seasonal frozen-custard chain on Regisys since 2012 whose back-office servers die every summer, and who want gift cards that work at every stand and a loyalty program",
     mail("dale@prairiepos.com", "Dale Kuhn", "Intro: Two Rivers Frozen Custard <> Cobbleray",
          "Maya, meet Erin Vos, Director of Operations at Two Rivers Frozen Custard. Erin, Maya is the Cobbleray rep I mentioned.\n\n"
          "Quick background for you, Maya: Two Rivers has 9 stands across Iowa and Nebraska, open March to October. They've been on Regisys since 2012 and the back-office server at one stand or another dies every July, right when they're busiest. Erin's top two wishes: gift cards that work at every stand (today each stand sells its own paper certificates) and a proper loyalty program instead of the punch cards.\n\n"
          "Please register this one under our partner agreement (Prairie POS Solutions, partner ID PPS-0412). I'll join the first call.\n\n"
          "Dale Kuhn\nOwner, Prairie POS Solutions | Cobbleray Authorized Reseller\nDes Moines, IA | (515) 555-0128",
          company="Two Rivers Frozen Custard"),
     {"cb-gift-cards": 3, "cb-loyalty": 2, "cb-bc-regisys": 2, "mm-case-study": 2},
     forbidden=["draft-bc-regisys-2027", "promo-holiday-gift-2025"] + other_case_studies("mid-market"), vertical="mid-market")

case("y07", "thread", "a hospital's network security analyst replies to the champion's thread with IT's conditions: POS devices on an isolated VLAN, confirm outbound-only connections, confirm no PHI, and the current PCI attestation and SOC 2 report; a short pointed message above the quoted intro",
     mail("kevin.nguyen@lakeviewhealth.org", "Kevin Nguyen", "RE: Cafeteria POS - IT requirements",
          "Grace,\n\nFollowing up on Wednesday's session. For IT to approve a pilot I need the following in writing:\n"
          "- Confirmation the devices can run on an isolated VLAN with no inbound connections from the internet (please list the outbound destinations/ports)\n"
          "- Confirmation that no PHI is stored or transmitted by your system\n"
          "- Your current PCI DSS attestation of compliance\n"
          "- Your most recent SOC 2 Type II report\n\n"
          "Kevin Nguyen, CISSP\nSenior Network Security Analyst | Information Services\nLakeview Health\n\n"
          "From: Okafor, Daniel <dokafor@lakeviewhealth.org>\nSent: Wednesday, December 2, 2026 12:15 PM\nTo: Nguyen, Kevin; Grace Whitfield\nSubject: Cafeteria POS - IT requirements\n\n"
          "Kevin, can you send Grace your list directly so we don't lose another month? Thanks. -Dan",
          source="outlook", company="Lakeview Health"),
     {"hc-security": 3, "cb-pci": 2, "cb-soc2-2026": 2, "cb-network": 1},
     forbidden=["cb-soc2-2025", "retired-pci-321"], vertical="healthcare")

# ---- multi (2): many asks in a structured paste
case("y08", "multi", "a state fair authority's procurement officer pastes an excerpt of the RFP's technical questionnaire into her mail with the deadline: 5.1 PCI DSS validation (level, AOC date, P2PE), 5.2 card transactions when connectivity is lost at remote fairground locations, 5.3 accessibility of self-service devices under the 2010 ADA Standards, 5.4 three references of comparable fairs or events",
     mail("l.hargrove@statefair.ok.example.gov", "Lorraine Hargrove", "RFP 2026-114 Concessions POS - Section 5 clarification",
          "Good afternoon,\n\nPer the pre-bid conference, below is Section 5 of RFP 2026-114 (Point of Sale and Payment Services for Concessions) as amended by Addendum 2. Responses are due December 4, 2026 at 2:00 PM Central via the e-procurement portal. Late responses will not be considered.\n\n"
          "SECTION 5 - TECHNICAL REQUIREMENTS\n"
          "5.1  Describe the Respondent's PCI DSS validation, including the validation level, the date of the current Attestation of Compliance, and whether devices are listed as a PCI-validated P2PE solution.\n"
          "5.2  The Fairgrounds include remote locations (Midway, Livestock Barns, Lot F) where cellular and Wi-Fi connectivity is unreliable during peak attendance. Describe how the system processes card transactions when connectivity is lost, including limits and risk of decline.\n"
          "5.3  Describe the accessibility of any self-service ordering devices proposed, including conformance with the 2010 ADA Standards for Accessible Design.\n"
          "5.4  Provide three (3) references for comparable fairs, festivals or multi-vendor events of 500,000+ annual attendance.\n\n"
          "Questions must be submitted in writing. Please do not contact other Authority staff during the solicitation period.\n\n"
          "Lorraine Hargrove, CPPB\nProcurement Officer\nState Fair Authority",
          company="State Fair Authority"),
     {"cb-pci": 3, "cb-offline": 3, "cb-kiosk-ada": 3, "gov-case-study": 2},
     forbidden=["retired-pci-321", "retired-offline-v1", "retired-kiosk-gen1", "gov-coop-2021"] + other_case_studies("government"), vertical="government")

case("y09", "multi", "a 31-store home-goods retailer's IT director pastes the requirements matrix from their RFI as tab-separated rows (requirement, priority, notes): inventory across stores and the DC, Shopify Plus sync, buy online pick up in store, returns at any store, gift cards online and in store, loyalty, PCI AOC, offline",
     mail("bchang@tamsinrowe.com", "Brenda Chang", "Tamsin & Rowe - POS requirements",
          "Hi Luis,\n\nAs promised, here's our requirements matrix so you can tell us where you fit before the demo. Copied straight out of our sheet, sorry about the formatting.\n\n"
          "Requirement\tPriority\tNotes\n"
          "Real-time inventory across 31 stores + DC\tMust\tTransfers between stores today are on paper\n"
          "Shopify Plus sync (products, inventory, customers)\tMust\tWeb is 22% of sales\n"
          "Buy online, pick up in store\tMust\tLaunch before Mother's Day\n"
          "Return online orders at any store\tShould\t\n"
          "Gift cards usable online and in store\tMust\tCurrent GC vendor contract ends Mar 31\n"
          "Loyalty\tNice to have\tMarketing evaluating separately\n"
          "PCI DSS\tMust\tVendor to provide AOC\n"
          "Offline mode\tShould\tTwo mall stores lose connection often\n\n"
          "Thanks,\nBrenda\n\nBrenda Chang\nDirector, Store Systems\nTamsin & Rowe Home | 31 stores in the Southeast",
          company="Tamsin & Rowe"),
     {"retail-omnichannel": 3, "retail-solution": 3, "cb-gift-cards": 2, "cb-pci": 1},
     forbidden=["retired-pci-321"] + other_case_studies("retail") + other_pricing("retail"), vertical="retail")

# ---- chat (3): chat tools and messaging, not mail
case("y10", "chat", "a Microsoft Teams chat with a 140-unit franchisee group's IT director: when the ISP went out in Dayton on Friday their Regisys terminals took no cards for two hours; does Cobbleray keep taking cards offline, for how long, what is the risk, and is there a cellular backup",
     {"source": "generic", "url": "https://teams.microsoft.com/l/chat/19:a81c2e0f6b1d4c0e9f11@unq.gbl.spaces/0", "company": "Kestrel Restaurant Partners",
      "contact": {"name": "Marcus Webb", "first_name": "Marcus", "email": "mwebb@kestrelrp.com"}, "vertical": None, "stage": None, "raw": None, "subject": None,
      "text": "Chat with Marcus Webb (External)\n\n"
              "Marcus Webb 9:14 AM\nmorning! quick one before my call with ops at 10\n"
              "Marcus Webb 9:14 AM\nFriday the ISP went down at our Dayton cluster (6 stores) and the Regisys terminals wouldn't take a single card for just over 2 hrs. cash only on a Friday lunch 🙃 ops VP is asking me what happens on your system in the same situation\n"
              "Derek Amsel 9:16 AM\nOuch. Short version: it keeps going. Happy to get you specifics\n"
              "Marcus Webb 9:17 AM\nyes pls - does it keep taking cards, how long can it stay offline, and what's our exposure if cards decline later. also do you have a cellular backup option, that's what our ops VP really wants\n"
              "Marcus Webb 9:17 AM\nneed something I can paste into my deck by 10 👍\n"
              "👍 1"},
     {"cb-offline": 3, "sn-offline-answer": 2, "cb-network": 2, "vid-offline": 1},
     forbidden=["retired-offline-v1", "draft-bc-regisys-2027"], vertical="enterprise")

case("y11", "chat", "a LinkedIn message thread: the retail manager of a natural history museum answers the rep's InMail; the shop runs on Swypa on two iPads, the café uses another register, member discounts are keyed by hand, and the board wants a 'round up for the museum' at checkout; 'do you work with museums?'",
     {"source": "generic", "url": "https://www.linkedin.com/messaging/thread/2-ZmM4NDE3YjMtNzY1OS00/", "company": "Corvid Natural History Museum",
      "contact": {"name": "Ingrid Salo", "first_name": "Ingrid"}, "vertical": None, "stage": None,
      "subject": None,
      "text": "Ingrid Salo · 2nd\nRetail & Visitor Services Manager at Corvid Natural History Museum\n\n"
              "Luis Ferreira sent the following message at 10:02 AM (Nov 16)\nInMail: Hi Ingrid, I work with museum and cultural shops on their point of sale... would a short conversation be useful?\n\n"
              "Ingrid Salo sent the following message at 4:37 PM (Nov 20)\n"
              "Hi Luis, thanks for the note, and sorry for the slow reply, it's our members' preview week. Timing is actually not bad. Our shop runs on Swypa on two iPads, the café uses a completely separate register, and when members show their card we key in the 10% by hand (you can imagine how consistent that is). Our board has also asked us to add a 'round up for the museum' option at checkout before the spring exhibition.\n"
              "Do you work with museums? If so I'd be happy to look at something.\n"
              "Ingrid\n\n"
              "Write a message..."},
     {"np-museum": 3, "np-roundup": 2, "np-case-study": 2, "cb-bc-swypa": 1},
     forbidden=other_case_studies("nonprofit") + other_pricing("nonprofit"), vertical="nonprofit")

case("y12", "chat", "a website chat transcript handed to the rep: the bot collects name and email, then a city parks and recreation concessions supervisor types her need: four pool snack bars, a golf pro shop and the ice-rink concession, teenage seasonal staff who must learn it in ten minutes, and finance wants every drawer counted and deposits coded to cost centres",
     {"source": "generic", "url": "https://app.chatdesk.example/inbox/conversations/88213407", "company": "City of Linden Parks & Recreation",
      "contact": {"name": "Alicia Romero", "first_name": "Alicia", "email": "aromero@lindenparks.example.gov"}, "vertical": None, "stage": None, "raw": None,
      "subject": "Website chat: Pricing page",
      "text": "Conversation #88213407 · Started on /pricing · Assigned to Grace Whitfield\n\n"
              "Cobbleray Bot: Hi! 👋 What brings you to Cobbleray today?\n"
              "Visitor: looking at options for our concessions\n"
              "Cobbleray Bot: Great! Can I get your name and work email so the right person can follow up?\n"
              "Visitor: Alicia Romero, aromero@lindenparks.example.gov\n"
              "Cobbleray Bot: Thanks Alicia! Tell us a bit about your business and I'll connect you with a specialist.\n"
              "Visitor: I supervise concessions for the City of Linden Parks & Rec. 4 pool snack bars (summer only), the golf course pro shop, and the ice rink concession in winter. Almost all my staff are 16-19 and seasonal so whatever we use they need to learn it in like 10 minutes. Our finance office is also on me because drawers don't get counted consistently and they want every deposit coded to the right cost center.\n"
              "Cobbleray Bot: Thanks! A specialist will follow up by email within one business day.\n"
              "Visitor: ok thanks, budget is set in February fyi"},
     {"gov-parks": 3, "cb-cash": 3, "gov-revenue": 2, "cb-training": 1},
     forbidden=["gov-coop-2021"] + other_case_studies("government") + other_pricing("government"), vertical="government")

# ---- crm (7): record pages of CRMs and objects no earlier set used; raw values only
case("y13", "crm", "a HubSpot quote record (pending approval) for a four-restaurant full-service group, with line items for Stations, Tabs and processing; the buyer's comment on the quote asks to spread the hardware over 24 months instead of paying up front and what happens to the Plattr contract's early termination fee",
     crm("hubspot", "Oleander Table Group", "Decision maker bought-in", "Restaurants",
         "Quote: Oleander Table Group - 4 locations (Q-2026-0871)\nQuote status: Pending approval\nExpiration date: 12/18/2026\nAssociated deal: Oleander Table Group - POS + Payments\nDeal stage: Decision maker bought-in\nQuote owner: Maya Okonkwo\n\n"
         "Line items\nCobbleray Pro software (per terminal / month)   x 10   $69.00   $690.00 / mo\nCobbleray Station (countertop)   x 6   $899.00   $5,394.00\nCobbleray Tab (handheld)   x 14   $549.00   $7,686.00\nKitchen printer   x 4   $329.00   $1,316.00\nInstallation and menu build   x 1   $1,200.00   $1,200.00\nProcessing: interchange + 0.30% + $0.10\n\n"
         "Comments (1)\nNadia Serrano (buyer), Nov 21: Numbers look right. Two things before Thomas signs: we'd rather not pay $15.6k for hardware up front, can it be spread over 24 months? And we still have 14 months on our Plattr contract; their ETF is $995 per location. Who eats that?",
         contact={"name": "Nadia Serrano", "first_name": "Nadia", "email": "nadia@oleandertable.com"}),
     {"cb-financing": 3, "cb-etf-buyout": 3, "cb-bc-plattr": 2, "sn-financing-answer": 1},
     forbidden=["promo-q3-switch-2026", "retired-bc-plattr-2024", "draft-pricing-2027", "retired-station-gen1", "hosp-patio-2026"], vertical="hospitality")

case("y14", "crm", "a Salesforce renewal opportunity (record type Renewal, raw stage 'Negotiation/Review', industry 'Hospitality') at a 22-location quick-service customer with a yellow health score: renewal January 31, eight new locations opening in 2027, and the customer asking about a loyalty program to replace a punch-card app",
     crm("salesforce", "Brisket Brothers BBQ", "Negotiation/Review", "Hospitality",
         "Opportunity Name: Brisket Brothers - FY27 Renewal + Expansion\nRecord Type: Renewal\nStage: Negotiation/Review\nAmount: $214,800\nClose Date: 1/31/2027\nType: Existing Customer - Renewal\nCustomer Health: Yellow\nCustomer Since: 3/2023\nProducts: Counter, Pass, Online (22 locations)\n\n"
         "Description: Renewal due 1/31. Eight new locations opening in 2027 (first two in March: Round Rock, Kyle). COO asked on the QBR call about replacing their punch-card app with a real loyalty program tied to the POS. Health yellow because of last spring's drive-thru timer issue (resolved in May; credits issued).\n"
         "Next Step: send renewal + expansion proposal with loyalty option before 12/10 exec meeting."),
     {"cb-expansion": 3, "cb-loyalty": 3, "em-renewal": 2, "cb-business-review": 1},
     forbidden=["promo-holiday-gift-2025", "draft-pricing-2027"] + other_case_studies("hospitality"), vertical="hospitality")

case("y15", "crm", "a Close.com lead page (status 'Qualified', custom field 'Adult-use & medical retail') with a logged call: three stores in Michigan, the current POS does not sync with Metrc so the inventory manager reconciles package tags by hand every night, they oversold a daily purchase limit last month, they want ID scanning at check-in, and pay with cash and a PIN-debit kiosk",
     crm("close", "Evergreen Provisioning Co.", "Qualified", "Adult-use & medical retail",
         "Lead: Evergreen Provisioning Co.\nStatus: Qualified\nLicense type: Adult-use & medical retail\nLocations: 3 (Lansing, Ypsilanti, Traverse City)\nOwner: Nina Castellanos\n\n"
         "Call · Outbound · 23m 41s · Nov 19, 2026\nNote: Spoke w/ Marcus Hale (GM). Current POS doesn't talk to Metrc, so their inventory manager reconciles package tags by hand every night (2 hrs/store). Last month a budtender oversold a medical patient's daily limit, state sent a warning letter, owner spooked. Wants ID + medical card scan at check-in instead of the clipboard. Payments: cash + a PIN debit kiosk in the lobby that's down half the time. Decision by end of Q1, owner (Dana Hale) signs.\n\n"
         "Task: Send compliance overview + a customer story before the Dec 3 call",
         contact={"name": "Marcus Hale", "first_name": "Marcus", "email": "marcus@evergreenprov.com"}),
     {"can-compliance": 3, "can-id": 2, "can-case-study": 2, "can-payments": 1},
     forbidden=["draft-can-cashless"] + other_case_studies("cannabis"), vertical="cannabis")

case("y16", "crm", "a HubSpot ticket record (support pipeline, status 'Waiting on us', no deal stage) for a catering company fighting a $2,480 chargeback on a catering order; the account manager's note says the customer wants to know how to contest it and how to stop it happening on catering deposits",
     crm("hubspot", "Bayleaf Catering & Events", None, "Food & Beverages",
         "Ticket: Chargeback - $2,480 catering order (Oct 31 event)\nPipeline: Support Pipeline\nTicket status: Waiting on us\nPriority: High\nSource: Email\nTicket owner: Support Queue\nAssociated company: Bayleaf Catering & Events\n\n"
         "Description: Client paid a 50% deposit by card on Oct 2, balance on Oct 31. Client's company now disputing the full $2,480 as 'services not rendered'. Event happened, 140 guests, signed delivery sheet in hand.\n\n"
         "Note (Maya Okonkwo, account manager): Owner (Priya Desai) is upset. She wants to know (1) how to fight this one and what evidence to send, (2) how to set up catering deposits so this doesn't keep happening. Sending guidance today.",
         contact={"name": "Priya Desai", "first_name": "Priya", "email": "priya@bayleafcatering.com"}),
     {"cb-chargebacks": 3, "cb-catering": 2, "cb-support": 1},
     vertical="hospitality")

case("y17", "crm", "a Freshsales deal (raw stage 'Demo', industry 'Primary/Secondary Education') for a 14-school district's food services: current system end of life, parents want online prepay, free and reduced eligibility must not be visible at the line, students key PINs; procurement asks whether a cooperative contract exists",
     crm("freshsales", "Maple Ridge School District", "Demo", "Primary/Secondary Education",
         "Deal: Maple Ridge SD - Food Services POS\nDeal stage: Demo\nDeal value: $58,000\nExpected close: 06/30/2027\nSales owner: Grace Whitfield\n\n"
         "Notes (Nov 18): Call with Janet Olsen, Director of Food Services. 14 schools, 9,100 students, 31 serving lines. Current POS vendor ends support June 2027. Parents have asked for years for online prepay + low-balance emails. Janet stressed that free/reduced status can NOT be visible to anyone in line (they got a complaint last year). Elementary students key a PIN; high schools want ID card scan.\n"
         "Procurement (Tom Reyes) asked if we are on a cooperative contract so they can skip a full RFP."),
     {"edu-k12": 3, "gov-coop": 3, "edu-pricing": 2},
     forbidden=["gov-coop-2021", "edu-bts-2026"] + other_case_studies("education") + other_pricing("education"), vertical="education")

case("y18", "crm", "a Salesforce lead record from the web-to-lead form on the pricing page (no opportunity yet, lead status only): one café that also roasts and sells beans online pays 30% to delivery apps and wants its own ordering for pickup, and needs something cheap for a single location",
     {"source": "salesforce", "url": "https://cobbleray.lightning.force.com/lightning/r/Lead/00Q8a00001XbR2kEAF/view", "company": "Half Moon Roasters",
      "contact": {"name": "Theo Lindqvist", "first_name": "Theo", "email": "theo@halfmoonroasters.com"}, "vertical": None, "stage": None,
      "raw": {"stage": None, "industry": "Food & Beverage"}, "subject": None,
      "text": "Lead\nTheo Lindqvist\nCompany: Half Moon Roasters\nLead Status: Open - Not Contacted\nLead Source: Web - Pricing Page\nIndustry: Food & Beverage\nNo. of Employees: 9\nLocations: 1\n\n"
              "Description (web form: 'What are you hoping to solve?'):\nWe're one café + we roast and sell beans online. Paying 30% to the delivery apps on every pickup order people could have just placed with us. Want our own online ordering for pickup, and honestly something cheap, we're one location."},
     {"cb-online": 3, "smb-starter": 3, "smb-case-study": 2, "cb-delivery": 1},
     forbidden=other_case_studies("smb") + other_pricing("smb"), vertical="smb")

case("y19", "crm", "an Attio company record (raw stage 'In Progress', industry 'Apparel & Fashion') for an 18-store boutique chain on Regisys: the store server is end of life, no-receipt returns are being abused, and they must bring over 40,000 customer profiles and outstanding store-credit balances",
     crm("attio", "Juniper Lane Boutiques", "In Progress", "Apparel & Fashion",
         "Juniper Lane Boutiques\nDeal stage: In Progress\nOwner: Luis Ferreira\nStores: 18 (TX, OK, LA)\nCurrent POS: Regisys 7.2 (on-prem, server per store)\n\n"
         "Notes\nNov 17 · Luis: Call with Carla Nguyen (VP Stores) + Dev (IT). Regisys server hardware end of support Aug 2027. Biggest pain: no-receipt returns, shoplifted items returned for store credit at another store, ~$90k last year. Must move 40k customer profiles and all outstanding store credit + gift card balances; Carla: 'if one customer loses a balance it's on Facebook by lunch'.\n"
         "Nov 20 · Luis: Dev asked for our Regisys comparison for the steering deck."),
     {"retail-lp": 3, "cb-gift-migration": 3, "cb-bc-regisys": 2, "cb-migration": 2},
     forbidden=["draft-bc-regisys-2027"] + other_case_studies("retail"), vertical="retail")

# ---- foreign (7): prospects writing in other languages (or mixing them)
case("y20", "foreign", "Japanese: a Tokyo ramen chain's overseas division opening three stores in Los Angeles asks about self-order kiosks (instead of the ticket machines used in Japan) and the flow to the kitchen, menus switchable between English, Japanese and Spanish, and Japanese material for the head-office approval (ringi)",
     mail("k.sato@menya-homura.co.jp", "佐藤 健太", "米国店舗のセルフオーダー端末について（麺屋ほむら）",
          "Cobbleray ご担当者様\n\n突然のご連絡失礼いたします。株式会社麺屋ほむら 海外事業部の佐藤と申します。\n"
          "弊社は国内でラーメン店を42店舗運営しており、2027年春にロサンゼルス（トーランス）とアーバインに計3店舗を出店する予定です。\n\n"
          "日本の店舗では券売機を使用しておりますが、米国店舗ではお客様ご自身で注文・決済ができるセルフオーダー端末を検討しております。以下についてご教示いただけますでしょうか。\n\n"
          "・セルフオーダー端末での注文から、厨房への伝票送信までの流れ\n"
          "・メニュー表示を英語・日本語・スペイン語で切り替えられるか\n"
          "・本社で稟議を通す必要があるため、日本語の資料があればお送りいただけますと幸いです\n\n"
          "お忙しいところ恐縮ですが、何卒よろしくお願い申し上げます。\n\n"
          "佐藤 健太\n株式会社麺屋ほむら 海外事業部 マネージャー\n〒150-0002 東京都渋谷区渋谷2-14-6\nTEL 03-5555-0184",
          company="株式会社麺屋ほむら"),
     {"cb-ja-gaiyou": 3, "cb-kiosk": 3, "cb-multilingual": 2, "cb-kds": 1},
     forbidden=["retired-kiosk-gen1", "draft-ko-sogae"] + other_case_studies("hospitality"), vertical="hospitality")

case("y21", "foreign", "Korean mixed with English: the daughter of the owners of a single Korean BBQ restaurant asks whether guests can add orders and pay by QR code at the table, whether tip pooling between servers and grill staff (70/30, done in a notebook today) can be automatic, and for material in Korean for her parents (the Korean overview is only a draft)",
     mail("jiwoo.han@seoulgardenbbq.com", "Jiwoo Han", "Re: Seoul Garden + Cobbleray",
          "Hi Maya, it's Jiwoo from Seoul Garden (the KBBQ place in Fort Lee). Sorry for the slow reply, 아빠가 한국에 다녀오셨어요.\n\n"
          "So my parents are like 70% convinced lol. The two things they care about:\n\n"
          "1) 손님들이 테이블에서 QR 코드로 고기 추가 주문하고 바로 결제까지 할 수 있나요? Right now servers are running around all night just to add brisket and pork belly.\n"
          "2) 팁 나누는 거요. We pool tips between servers and the grill/kitchen guys, 70/30, and my mom does it in a notebook every night after close. Can your system do that automatically?\n\n"
          "그리고 혹시 한국어로 된 자료 있으면 부모님께 보여드리고 싶어요. 영어 자료는 제가 하나하나 설명해야 해서요 😅\n\n"
          "Thanks!\nJiwoo Han\nSeoul Garden Korean BBQ · Fort Lee, NJ",
          company="Seoul Garden Korean BBQ"),
     {"cb-qr-order-pay": 3, "cb-tip-rules": 3, "cb-payroll-tips": 2, "smb-starter": 1},
     forbidden=["draft-ko-sogae"] + other_case_studies("smb") + other_pricing("smb"), vertical="smb")

case("y22", "foreign", "Greek: the operations manager of three seasonal island hotels asks whether drinks at the restaurant, pool bar and beach bar can be charged straight to the room in Opera instead of paper slips re-keyed at night, what happens to card payments when the beach bar's Wi-Fi drops, and (from the accountant) whether receipts are transmitted to AADE myDATA",
     mail("e.papadaki@aegeanpearl.gr", "Ελένη Παπαδάκη", "Σύστημα POS για τη σεζόν 2027",
          "Καλησπέρα κ. Lind,\n\nΣας γράφω εκ μέρους της Aegean Pearl Hotels. Έχουμε τρία ξενοδοχεία σε Νάξο και Πάρο (λειτουργούμε Μάιο με Οκτώβριο), με εστιατόριο, pool bar και beach bar στο καθένα. Δύο πράγματα μας απασχολούν για τη νέα σεζόν:\n\n"
          "1. Οι πελάτες θέλουν να χρεώνουν τα ποτά και το φαγητό στο δωμάτιο. Σήμερα το προσωπικό γράφει χειρόγραφα δελτία και τα περνάμε στο Opera το βράδυ, με πολλά λάθη. Μπορεί το σύστημά σας να στέλνει τη χρέωση απευθείας στο δωμάτιο;\n"
          "2. Στο beach bar το Wi-Fi πέφτει συχνά. Τι γίνεται με τις πληρωμές με κάρτα όταν δεν υπάρχει σύνδεση;\n\n"
          "Επίσης, ο λογιστής μας ρωτά αν οι αποδείξεις διαβιβάζονται στο myDATA της ΑΑΔΕ όπως απαιτείται.\n\n"
          "Ευχαριστώ εκ των προτέρων,\nΕλένη Παπαδάκη\nOperations Manager, Aegean Pearl Hotels\nΝάξος · +30 22850 55512",
          company="Aegean Pearl Hotels"),
     {"hosp-hotel": 3, "cb-offline": 3, "cb-fiscal": 2, "hosp-case-hotel": 2},
     forbidden=["hosp-patio-2026", "retired-offline-v1"] + other_case_studies("hospitality"), vertical="hospitality")

case("y23", "foreign", "Hungarian: the managing director of a chimney-cake chain with 14 kiosks in Vienna, Munich and Berlin (and six Christmas-market pop-ups) wants central menu and price management with prices per location, asks whether the German TSE and Austrian RKSV fiscal requirements are handled, and wants every kiosk's sales in one place",
     mail("szabo.reka@tekercs.hu", "Szabó Réka", "Kürtőskalács pavilonok - kasszarendszer",
          "Kedves Tobias!\n\nKöszönöm a tegnapi hívást. Ahogy említettem, 14 kürtőskalács-pavilonunk van Bécsben, Münchenben és Berlinben, decemberben pedig még hat pop-up standunk a karácsonyi vásárokon. Jelenleg minden helyen más kassza van, az árakat egyenként, kézzel állítjuk át, és nem látjuk egy helyen a napi forgalmat.\n\n"
          "Amit tudnom kell, mielőtt a tulajdonosokkal beszélek:\n"
          "- Lehet-e központilag kezelni a menüt és az árakat, helyszínenként eltérő árakkal (a bécsi belváros drágább)?\n"
          "- A német kasszáknál a TSE, az osztrákoknál az RKSV kötelező. Ezt a rendszeretek kezeli?\n"
          "- Látjuk-e egy felületen az összes pavilon forgalmát?\n\n"
          "Üdvözlettel,\nSzabó Réka\nügyvezető igazgató\nTekercs Kft. · Budapest",
          company="Tekercs Kft."),
     {"cb-fiscal": 3, "cb-menu": 3, "cb-hq": 2, "cb-events": 1},
     forbidden=["draft-ai-menu"] + other_case_studies("mid-market"), vertical="mid-market")

case("y24", "foreign", "Swedish: the operations manager of a municipally owned hockey arena (6,200 seats, cashless since 2024) has 15-20 minute kiosk queues in the second intermission; he is considering selling in the stands with handhelds and letting fans order from their seats, asks whether it copes when the mobile network is overloaded, and wants material in Swedish for the finance director and the municipality's procurement officer",
     mail("johan.ekstrom@norrvikarena.se", "Johan Ekström", "Försäljning på läktaren - Norrvik Arena",
          "Hej Tobias,\n\nTack för senast på Arenadagarna. Vi driver Norrvik Arena (helägt av Norrviks kommun, 6 200 platser, hockey och konserter) och har varit kontantfria sedan 2024. Problemet är andra periodpausen: köerna vid kioskerna blir 15–20 minuter och folk missar nedsläppet.\n\n"
          "Vi funderar på att sälja direkt på läktarna med handdatorer och att låta publiken beställa från sin plats. Hur fungerar det hos er, och klarar det sig när mobilnätet är överbelastat med 6 000 personer i hallen?\n\n"
          "Har ni material på svenska som jag kan skicka vidare till vår ekonomichef och till kommunens upphandlare?\n\n"
          "Vänliga hälsningar\nJohan Ekström\nDriftchef, Norrvik Arena AB",
          company="Norrvik Arena AB"),
     {"gov-venues": 3, "cb-tab": 3, "cb-sv-oversikt": 2, "cb-offline": 1},
     forbidden=["gov-coop-2021"] + other_case_studies("government"), vertical="government")

case("y25", "foreign", "Romanian: the owner of a single Romanian grocery in Niles, Illinois, with two registers and a deli counter sold by weight, needs SNAP/EBT, the deli scale sending the weight to the register with barcode labels for weighed goods, and a clear price for a small family business; 'do you also work with shops that aren't restaurants?'",
     mail("ioana@alimentaracarpati.com", "Ioana Mureșan", "Sistem de casă pentru magazin",
          "Bună ziua,\n\nMă numesc Ioana Mureșan și am un magazin alimentar românesc în Niles (Illinois), Alimentara Carpați. Avem o singură locație, două case de marcat și o vitrină de mezeluri și brânzeturi vândute la kilogram.\n\n"
          "Vrem să schimbăm sistemul vechi. Ce ne trebuie:\n"
          "- să acceptăm SNAP/EBT (mulți clienți plătesc așa),\n"
          "- cântarul de la vitrină să trimită greutatea direct la casă, și etichete cu cod de bare pentru produsele cântărite,\n"
          "- și un preț clar, suntem o afacere mică de familie.\n\n"
          "Lucrați și cu magazine, nu doar cu restaurante?\n\n"
          "Mulțumesc,\nIoana Mureșan\nAlimentara Carpați · Niles, IL",
          company="Alimentara Carpați"),
     {"cb-ebt": 3, "cb-scales": 3, "smb-starter": 2},
     forbidden=["retired-pricing-2023"] + other_pricing("smb"), vertical="smb")

case("y26", "foreign", "Quebec French: the operations director of a 12-restaurant group sets three conditions: staff screens and receipts in French by default under Bill 96, Interac on every terminal including tableside, and customer data hosted in Canada (their lawyer cites Law 25); and asks for documentation in French for the executive committee",
     mail("mgagnon@groupeboreal.ca", "Mathieu Gagnon", "Conditions de base - système de caisse",
          "Bonjour Maya,\n\nSuite à notre appel de mardi, voici nos conditions de base avant d'aller plus loin. Nous exploitons 12 restaurants (Groupe Boréal : trois bistros et neuf comptoirs) à Québec, Lévis et Saguenay.\n\n"
          "1. Avec la loi 96, l'interface des employés et les reçus doivent être en français. Pas juste « traduisible » : en français par défaut.\n"
          "2. Paiement Interac sur tous les terminaux, y compris les appareils de table.\n"
          "3. Nos données clients doivent rester hébergées au Canada (notre avocate insiste depuis la Loi 25).\n\n"
          "Si vous avez de la documentation en français, ce serait très apprécié pour notre comité de direction.\n\n"
          "Merci,\nMathieu Gagnon\nDirecteur des opérations, Groupe Boréal\nQuébec (Québec)",
          company="Groupe Boréal"),
     {"cb-canada": 3, "cb-fr-apercu": 3, "cb-data-residency": 2, "cb-dpa": 1},
     forbidden=other_case_studies("mid-market"), vertical="mid-market")

# ---- register (3): registers B2B tools rarely see
case("y27", "register", "a message typed on a phone with no punctuation or capitals: a coffee cart run by two sisters at farmers markets; the Swypa reader drops when there is no signal and they lose sales; does Cobbleray work offline and what is the fee per swipe",
     mail("brewsisterscart@gmail.com", "Tess Okafor", "coffee cart",
          "hey saw ur booth at the makers market last wknd my swypa reader keeps dropping when theres no signal at the saturday market and i just lose the sale people dont carry cash anymore does urs work offline and whats the fee per swipe were tiny its just me and my sister and one cart\n\nsent from my iphone",
          company=None),
     {"cb-offline": 3, "smb-starter": 3, "cb-events": 2, "cb-bc-swypa": 1},
     forbidden=["retired-offline-v1", "retired-pricing-2023"] + other_pricing("smb"), vertical="smb")

case("y28", "register", "a trade-show lead-retrieval record: the badge scan of a two-restaurant owner at a food and beverage expo, with tick-box qualifiers (current POS Regisys) and the rep's terse booth note: servers walk cards to the back, wants pay at the table and kitchen screens, 'send video'",
     {"source": "generic", "url": "https://leads.expoconnect.example/events/ffbe-2026/leads/L-20417", "company": "Marchetti's Trattoria",
      "contact": {"name": "Theo Marchetti", "first_name": "Theo", "email": "theo@marchettistrattoria.com"}, "vertical": None, "stage": None, "raw": None,
      "subject": "Lead L-20417 · Fine Food & Beverage Expo 2026",
      "text": "Lead retrieval · Fine Food & Beverage Expo 2026 · Nov 18-20 · Booth 2214\nScanned by: Maya Okonkwo · Nov 19, 2026 2:47 PM\n\n"
              "Name: Theo Marchetti\nTitle: Owner\nCompany: Marchetti's Trattoria (2 locations)\n\n"
              "Qualifiers\n[x] Evaluating in next 6 months\n[ ] Budget approved\n[x] Current POS: Regisys\n[ ] Current POS: Other\nLead rating: Hot\n\n"
              "Notes: hates servers walking cards to back office. wants pay at table + kitchen screens. 2nd location opened in June, same problems x2. send video. ☎ after 3pm only"},
     {"cb-tab": 3, "vid-tab": 2, "cb-kds": 2, "cb-bc-regisys": 1},
     forbidden=["event-nra-2026", "draft-bc-regisys-2027"] + other_case_studies("smb"), vertical="smb")

case("y29", "register", "a dispensary group's compliance officer writes a formal, numbered request for written assurances in a legalistic register: where patient and purchase records are stored (the state requires them within the US), who at the vendor can access them, whether every access is logged, and retention of purchase-limit records for seven years",
     mail("compliance@harvestlinewellness.com", "Gwendolyn Price", "Request for Written Assurances - Vendor Data Handling",
          "Ms. Castellanos:\n\nIn connection with Harvestline Wellness, LLC's evaluation of Cobbleray (the \"Vendor\"), and pursuant to our obligations under the Commission's regulations governing medical and adult-use retailers, we request written assurances on the following points:\n\n"
          "1. The physical location(s) at which patient records, medical card data and purchase histories will be stored and processed. The regulations require that such records remain within the United States.\n"
          "2. The categories of Vendor personnel with access to such records, and the controls governing that access.\n"
          "3. Whether each access to patient records by Vendor personnel is logged, and whether such logs are available to the Licensee upon request.\n"
          "4. Confirmation that records of each sale, including the purchase-limit calculation applied, are retained for no fewer than seven (7) years.\n\n"
          "We ask that the Vendor respond in writing no later than December 11, 2026.\n\n"
          "Respectfully,\nGwendolyn Price, Esq.\nChief Compliance Officer\nHarvestline Wellness, LLC (4 licensed retail locations)",
          company="Harvestline Wellness"),
     {"cb-data-residency": 3, "cb-security-overview": 2, "can-compliance": 2, "can-id": 1},
     forbidden=["draft-can-cashless"] + other_case_studies("cannabis"), vertical="cannabis")

# ---- query (5): the rep types a search (no typos; abbreviations, another language, a question, a kind of asset)
case("y30", "query", "a 140-unit franchisor's director of risk: franchisees keep paying monthly PCI non-compliance fees to their processors because nobody fills out the questionnaire; if they standardise on Cobbleray, does that go away and what does a franchisee have to fill out; the rep types the abbreviation 'SAQ'",
     mail("lmbeki@parlorandpie.com", "Lindiwe Mbeki", "PCI fees across the system",
          "Derek,\n\nOne more topic for our steering group. Our franchisees keep getting hit with $29.95 a month 'PCI non-compliance' fees from their processors because nobody ever fills out the questionnaire, and it comes up at every franchise council. Across 140 units that's real money and real irritation.\n\n"
          "If we standardize on Cobbleray, does that go away? And what exactly would a franchisee have to fill out each year?\n\n"
          "Lindiwe Mbeki\nDirector of Risk & Compliance\nParlor & Pie Franchising, LLC",
          company="Parlor & Pie Franchising"),
     {"cb-pci": 3, "cb-p2pe": 3, "sn-pci-answer": 2, "ent-franchise": 1},
     query="SAQ", forbidden=["retired-pci-321"], vertical="enterprise")

case("y31", "query", "a six-store grocery chain's owner writes in English: their processor wants to put them on a 'cash discount program' where card customers pay 3.5% more, is that legal in Texas, and what would Cobbleray's rates be on $1.1M a month of cards, much of it debit and EBT; the rep types a search in Spanish, 'tarifas de procesamiento', to find material the owner can share with his Spanish-speaking partners",
     mail("rafael@laesperanzasupermercados.com", "Rafael Ortega", "rates question",
          "Luis,\n\nGood talking Friday. Our current processor is pushing us onto what they call a 'cash discount program', where card customers pay 3.5% more at the register. My brother thinks it's not even legal in Texas and our customers will hate it. Is it?\n\n"
          "And straight question: what would your rates be for us? We do about $1.1M a month in cards across the six stores, a lot of it debit, plus EBT.\n\n"
          "Rafael Ortega\nSupermercados La Esperanza · San Antonio, TX",
          company="Supermercados La Esperanza"),
     {"cb-rates": 3, "cb-surcharging": 3, "cb-es-resumen": 2, "cb-ebt": 1},
     query="tarifas de procesamiento", forbidden=["retired-pricing-2023", "draft-pricing-2027"] + other_pricing("retail"), vertical="retail")

case("y32", "query", "a HubSpot deal (raw stage 'presentationscheduled', industry 'Hospital & Health Care') for the café in a hospital's new patient tower with two self-order kiosks, facilities and the patient-experience office involved; the rep types a whole question, 'does the kiosk meet ADA?'",
     crm("hubspot", "Lakeshore Regional Medical Center", "presentationscheduled", "Hospital & Health Care",
         "Deal: Lakeshore Regional - Tower café\nDeal stage: Presentation scheduled\nAmount: $38,500\nClose date: 03/31/2027\nDeal owner: Grace Whitfield\n\n"
         "Notes\n- New patient tower opens Sept 2027; ground-floor café + grab-and-go\n- Plan: 2 registers, 2 self-order kiosks by the elevators\n- Facilities (Ron Pike) and the Patient Experience office must sign off on anything guest-facing\n- Demo Dec 9 with Food & Nutrition Services + Facilities"),
     {"cb-kiosk-ada": 3, "vid-kiosk": 2, "cb-vpat": 2, "cb-kiosk": 1},
     query="does the kiosk meet ADA?", forbidden=["retired-kiosk-gen1"], vertical="healthcare")

case("y33", "query", "a nonprofit zoo's director of visitor services (three cafés, a gift shop, admissions at the gate) says her board will want to see an organisation like theirs that has done this; the rep types 'case study', and only the nonprofit one fits",
     mail("hbrooks@wildwoodzoo.org", "Helen Brooks", "Re: POS for the zoo",
          "Hi Luis,\n\nThanks for the demo yesterday, the team liked it, especially the member lookup. Before this goes to our board's finance committee on the 15th, they will want to see an organization like ours that has actually done this: a nonprofit with a shop, food and memberships, not a restaurant chain.\n\n"
          "We have three cafés, the gift shop and admissions at the main gate, and about 11,000 member households.\n\n"
          "Helen Brooks\nDirector of Visitor Services\nWildwood Zoological Society · a 501(c)(3) nonprofit",
          company="Wildwood Zoological Society"),
     {"np-case-study": 3, "np-museum": 1},
     query="case study", forbidden=other_case_studies("nonprofit"), vertical="nonprofit")

case("y34", "query", "the owner of two cash-only dispensaries in Colorado: budtenders hate counting tills, another POS company pitched a 'cashless ATM', his banker told him to be careful; how do other stores take cards legitimately; the rep types 'cashless'",
     mail("cody@peakleafdispensary.com", "Cody Brandt", "card payments?",
          "Nina,\n\nWe're cash only at both stores and my budtenders hate counting tills at close, plus I don't love having that much cash around. The rep from another POS company pitched me a 'cashless ATM' setup last month, and when I asked my banker about it he said be really careful, the card networks are cracking down.\n\n"
          "So how do other shops take cards and do it legit? What do your customers do?\n\n"
          "Cody Brandt\nOwner, Peak Leaf (Denver & Golden, CO)\nMED & REC licensed",
          company="Peak Leaf"),
     {"can-payments": 3, "cb-cash": 2, "can-case-study": 1},
     query="cashless", forbidden=["draft-can-cashless"] + other_case_studies("cannabis"), vertical="cannabis")

# ---- nulls (3): most fields null or missing
case("y35", "nulls", "an Outlook page of which the reader got only the sender's name and address at a university's dining subdomain: no company, subject, text, stage or raw values (the keys are missing, not null), and no first name",
     {"source": "outlook", "domain": "dining.stonebridgecollege.edu", "contact": {"name": "Priya Natarajan", "first_name": None, "email": "pnatarajan@dining.stonebridgecollege.edu"}},
     {"edu-campus": 2, "edu-case-study": 2, "cb-overview-deck": 1, "edu-pricing": 1},
     forbidden=["edu-bts-2026", "gov-coop-2021"] + other_case_studies("education") + other_pricing("education"), vertical="education")

case("y36", "nulls", "a Salesforce opportunity page of which the reader got only the account name of a golf and country club and the raw stage 'Id. Decision Makers' (no industry, contact or text); a private club could be a hospitality business or a member-owned nonprofit, so no vertical is judged, and evaluation-stage general content fits",
     {"source": "salesforce", "url": "https://cobbleray.lightning.force.com/lightning/r/Opportunity/0068a00001RkT7vAAF/view", "company": "Hollow Creek Golf & Country Club", "contact": None,
      "vertical": None, "stage": None, "raw": {"stage": "Id. Decision Makers", "industry": None}, "subject": None, "text": None},
     {"cb-overview-deck": 2, "cb-platform": 2, "em-reference-offer": 1, "em-mutual-plan": 1},
     forbidden=["hosp-patio-2026", "draft-pricing-2027"])

case("y37", "nulls", "a HubSpot page of which the reader got only the company name of a single bookshop café and the raw stage 'closedwon': no contact, industry or text; the deal is signed, so onboarding content fits",
     {"source": "hubspot", "company": "Bramblewood Books & Café", "raw": {"stage": "closedwon"}},
     {"em-kickoff": 3, "cb-implementation": 2, "cb-training": 2, "smb-video-setup": 1},
     forbidden=["webinar-live-nov-2026"], vertical="smb")

# ---- nofit (3): nothing in the library answers
case("y38", "nofit", "a restaurant guest writes because a restaurant that uses Cobbleray charged her card twice; she asks for a refund; that is the merchant's matter, not a sale, and nothing in the library is for her",
     mail("kmorrow82@gmail.com", "Kelly Morrow", "Charged twice??",
          "Hello,\n\nI ate at Luigi's Trattoria on Saturday and my bank statement shows two charges of $84.20 from 'CBR*LUIGIS TRATT'. I called the restaurant and the hostess said the card company is Cobbleray and to contact you. Please refund the duplicate charge.\n\nKelly Morrow",
          company=None),
     {})

case("y39", "nofit", "a supplier of thermal receipt paper and kitchen printer rolls pitches bulk pricing to the rep; a vendor selling to Cobbleray, not a prospect",
     mail("sales@rollrightsupply.example", "Gary Pell", "Bulk thermal paper pricing for Cobbleray",
          "Hi there,\n\nRollRight Supply provides BPA-free thermal receipt rolls and two-ply kitchen rolls to POS companies and their merchants. We can ship under your brand with 2-day delivery nationwide, and our pricing beats most distributors by 15-20% on pallets.\n\n"
          "Could I send samples to your office, or is there someone in purchasing I should speak with?\n\nGary Pell\nRollRight Supply Co.",
          company="RollRight Supply"),
     {}, forbidden=["retired-station-gen1"])

case("y40", "nofit", "a trade journalist asks the rep for comment on a competitor's outage and reported data breach for a story due today; that is for the press office, and no asset (least of all a battlecard) goes to a reporter",
     mail("mreyes@restauranttechdaily.example", "Marisol Reyes", "Comment request: Plattr outage and data breach",
          "Hi,\n\nI'm writing a story for Restaurant Tech Daily on last weekend's Plattr outage and the customer-data breach they disclosed on Monday. I'm asking several POS providers how they'd handle a similar incident and whether they've seen merchants switching since.\n\n"
          "Would you or someone at Cobbleray be able to comment by 5pm ET today? Happy to keep it on background.\n\nMarisol Reyes\nSenior Reporter, Restaurant Tech Daily",
          company="Restaurant Tech Daily"),
     {}, forbidden=["retired-bc-plattr-2024"])

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
check_verticals(ITEMS, CASES, VERTICAL, NOW)
for c in CASES:
    flat = str(c["context"]).lower()
    # Pages never spell the library's own vertical id: only raw values and text say it.
    assert "cannabis" not in flat, (c["case"], "page spells the library's own vertical")
    assert c["context"].get("vertical") is None, (c["case"], "a context gives a canonical vertical")
    assert c["context"].get("stage") is None, (c["case"], "a context gives a canonical stage")
    # No-fit cases forbid only items that are not live.
    if c["note"].startswith("nofit:"):
        assert not c["relevant"], c["case"]
# The library's own vertical is used by its items, and every trap is forbidden somewhere.
assert any("cannabis" in i["verticals"] for i in ITEMS)
# (A no-fit case forbidding only items that are not live is check_verticals': it has no vertical.)
check_traps_forbidden(ITEMS, CASES, NOW)
for i in ITEMS:
    if "body" in i:
        assert "{{" not in i["body"] or "{{contact.first_name}}" in i["body"], (i["id"], "body without the contract's variables")
assert len(ITEMS) >= 150 and len(CASES) == 40
write_set(HERE, ITEMS, CASES, NOW, "y")
