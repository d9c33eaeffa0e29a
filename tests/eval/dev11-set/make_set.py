"""A twelfth tuning set on a new vendor's library: Voltgrid, building energy management and sustainability
reporting (wireless IoT sub-metering and sensors ("Voltgrid Sense"); HVAC / BMS integration over BACnet, Modbus
and Niagara through an edge gateway ("Voltgrid Connect", "Voltgrid Edge"); fault detection and diagnostics and
monitoring-based commissioning ("Voltgrid Detect"); demand response, utility tariff optimisation and EV-charging
load management ("Voltgrid Flex"); scope 1 / 2 carbon accounting and scope 3 estimation, CSRD / ESRS E1, the
SEC climate rule's status and California SB 253 / 261, assurance-ready data ("Voltgrid Ledger"); ENERGY STAR
Portfolio Manager sync, NYC Local Law 97, Boston BERDO and other building performance standards, decarbonisation
roadmaps ("Voltgrid Pathway"); utility bill ingestion and audit ("Voltgrid Billsync"); measurement and
verification (IPMVP), an ROI calculator, financing and energy-savings-as-a-service; installation by certified
partners; OT network security, SOC 2, data residency; pricing per square foot and per meter; per-vertical
content and battlecards against Kelvara (a BMS maker's bundled analytics, the incumbent), Emitrace (template-
based carbon accounting software) and Billoro (utility-bill-only analytics, priced per meter)).
Written blind on 2026-12-07 from docs/contracts.md and a sales expert's judgement, before any ranker ran on it.
Reference date: 2026-11-23 (items whose `expires` is before it are expired).

Relevance: 3 = the asset to send, 2 = a good alternative, 1 = acceptable. `forbidden`: drafts, retired
and expired items that look relevant, and items restricted to another vertical when one for the
prospect's vertical (or general content) answers. Besides the default verticals (among them
`manufacturing`, `retail` and `hospitality`, defaults since 2026-12-05), the library uses one that an energy
vendor organises its content by: `real-estate` (commercial property owners, REITs, property managers:
GRESB, tenant sub-metering and recharge, green leases, CRREM, multifamily); library.json carries no taxonomy,
so pages name it only in raw values and text, and never spell the id.
Run: python3 tests/eval/dev11-set/make_set.py
"""
import pathlib, sys

HERE = pathlib.Path(__file__).parent
sys.path.insert(0, str(HERE.parent))
from eval_items import cases, check_verticals, crm, library, mail, others, quote, write_set  # noqa: E402

NOW = "2026-11-23"
NEW = "2026-10-26T09:00:00Z"
OLD = "2024-03-11T10:00:00Z"
ITEMS, add = library("https://content.voltgrid.example/a/", NEW)


# ---------------------------------------------------------------- general: no verticals, mostly no stages
add("vg-overview-deck", "Voltgrid platform overview", "deck", "One platform for a building portfolio's energy and carbon: wireless sub-metering, BMS integration, fault detection, demand and tariff management, and carbon and compliance reporting from the same metered data.", stages=["prospecting", "discovery", "evaluation"], tags=["overview", "platform", "energy management", "building energy management", "emis", "sustainability reporting", "voltgrid"])
add("vg-platform", "Voltgrid in one page: meters, building systems, savings and carbon in one place", "one-pager", "What Voltgrid measures, what it connects to, what it finds and what it reports, and the typical results in the first year: 8 to 15% lower energy spend and an audit-ready carbon inventory.", tags=["overview", "one-pager", "energy management", "carbon reporting", "savings", "voltgrid"])
add("vg-sense", "Voltgrid Sense: wireless sub-metering and building sensors, no IT network needed", "one-pager", "Clip-on CT meters for panels and circuits, pulse readers for gas and water meters, temperature, humidity, CO2 and occupancy sensors, all on their own LoRaWAN or cellular backhaul, installed without shutting power off.", tags=["sub-metering", "submetering", "iot", "sensors", "ct clamps", "circuit level", "lorawan", "cellular", "wireless", "meters", "voltgrid sense"])
add("vg-connect", "Voltgrid Connect: read and optimise your BMS over BACnet, Modbus and Niagara", "one-pager", "The Voltgrid Edge gateway discovers BACnet/IP and MS/TP devices, Modbus TCP and RTU meters and Niagara stations, maps points to a standard model (Brick / Haystack tags) and streams trend data to the cloud, whatever brand your controls are.", tags=["bms", "bas", "building automation", "hvac", "bacnet", "modbus", "niagara", "integration", "edge gateway", "point mapping", "haystack", "brick", "voltgrid connect"])
add("vg-niagara", "Niagara sites: Voltgrid as a Niagara 4 module on your JACE or Supervisor", "one-pager", "For Tridium Niagara 4 sites, a signed Voltgrid module on the JACE 8000 or the Supervisor sends histories out over an outbound connection, with no new hardware and no changes to your controls contractor's station logic.", tags=["niagara", "niagara 4", "tridium", "jace", "jace 8000", "supervisor", "niagara module", "controls contractor", "integration"])
add("vg-bms-compat", "BMS and meter compatibility list", "link", "Every building automation system, controller family and meter model we read today, by brand and protocol: Johnson Controls Metasys, Siemens Desigo, Honeywell, Schneider EcoStruxure, Distech, Automated Logic, Tridium and more.", tags=["compatibility", "bms", "metasys", "johnson controls", "siemens", "desigo", "honeywell", "schneider", "distech", "automated logic", "alc", "meters", "protocols"])
add("vg-detect", "Voltgrid Detect: fault detection and diagnostics that ranks faults by what they cost", "one-pager", "Over 400 rules for air handlers, VAV boxes, chillers, boilers and heat pumps run on BMS trend data; each fault comes with its likely cause, its cost per month and a suggested fix, so technicians work the few that matter instead of a thousand alarms.", tags=["fdd", "fault detection", "diagnostics", "afdd", "hvac faults", "alarms", "ahu", "vav", "chiller", "prioritisation", "voltgrid detect", "analytics"])
add("vg-fdd-rules", "FDD rule library: every rule, its inputs and the fault it finds", "link", "The full list of Detect rules by equipment type, the points each needs, and the ASHRAE Guideline 36 sequences they check.", tags=["fdd", "rules", "rule library", "guideline 36", "ashrae", "fault detection"])
add("vg-mbcx", "Monitoring-based commissioning (MBCx) with Voltgrid Detect", "one-pager", "Continuous commissioning instead of a one-time retro-commissioning study: Detect's findings, the fix log and persistence reports in the format utility MBCx and RCx incentive programs and your commissioning agent ask for.", tags=["mbcx", "monitoring-based commissioning", "retro-commissioning", "rcx", "commissioning", "cxa", "commissioning agent", "persistence", "utility incentive"])
add("vg-flex-dr", "Voltgrid Flex: demand response and peak shaving, automated", "one-pager", "Enrol in utility and ISO demand-response programs, receive events over OpenADR 2.0b, and let Flex pre-cool, shed and restore loads by the plan you approve, with the performance report the program pays on.", tags=["demand response", "dr", "peak shaving", "openadr", "capacity", "grid events", "load shedding", "curtailment", "voltgrid flex"])
add("vg-tariff", "Tariff optimisation: demand charges, time-of-use rates and the right rate class", "one-pager", "See which loads set each month's demand peak, shift them out of peak hours, and let our rate analysts check every account against the tariffs it qualifies for.", tags=["tariff", "rate analysis", "demand charges", "peak demand", "time of use", "tou", "rate class", "utility costs", "kw", "electricity bill"])
add("vg-ev", "EV charging load management: add chargers without a service upgrade", "one-pager", "Flex connects to OCPP 1.6J and 2.0.1 chargers and shares the building's spare capacity among them minute by minute, so you install more Level 2 and DC fast chargers on the service you have and keep them out of the demand peak.", tags=["ev charging", "electric vehicles", "ev chargers", "load management", "dynamic load balancing", "ocpp", "level 2", "dc fast charging", "service upgrade", "fleet", "garage"])
add("vg-ledger", "Voltgrid Ledger: scope 1 and 2 carbon accounting from metered data", "one-pager", "A GHG Protocol inventory built from meter and bill data: fuels, refrigerants and fleet in scope 1, location- and market-based scope 2 with your renewable purchases, by building, entity and country, with every number traceable to its source.", tags=["carbon accounting", "ghg protocol", "scope 1", "scope 2", "emissions", "greenhouse gas inventory", "refrigerants", "market-based", "location-based", "carbon footprint", "voltgrid ledger"])
add("vg-scope3", "Scope 3 estimation: spend-based to start, activity data where it matters", "one-pager", "Estimate the 15 scope 3 categories from spend data with current emission factors, then replace the largest ones with activity and supplier data; the method and factors are documented for your auditor.", tags=["scope 3", "value chain", "supply chain emissions", "spend-based", "emission factors", "supplier data", "purchased goods", "category 1"])
add("vg-recs", "Renewable energy in your inventory: RECs, guarantees of origin and PPAs", "one-pager", "How Ledger applies RECs, GOs and power purchase agreements to market-based scope 2 under the GHG Protocol's quality criteria, and tracks certificates against each site's consumption.", tags=["recs", "renewable energy certificates", "guarantees of origin", "ppa", "market-based", "scope 2", "renewables"])
add("vg-csrd", "CSRD and ESRS E1 after the Omnibus: who reports when, and what buildings data it needs", "one-pager", "The revised timeline and thresholds, the ESRS E1 energy and GHG datapoints your buildings feed, and how Ledger exports them with the evidence trail for limited assurance.", tags=["csrd", "esrs", "esrs e1", "omnibus", "eu reporting", "sustainability reporting", "double materiality", "eu taxonomy"])
add("vg-sec-climate", "US climate disclosure: where the SEC rule stands, and California SB 253 and SB 261", "one-pager", "The SEC's 2024 climate rule is stayed and no longer defended by the SEC; California's SB 253 still requires scope 1 and 2 reporting for companies over $1 billion in revenue doing business in the state, with scope 3 to follow. What to prepare now.", tags=["sec", "sec climate rule", "climate disclosure", "sb 253", "sb 261", "california", "carb", "scope 1", "scope 2", "10-k"])
add("vg-assurance", "Assurance-ready: an audit trail your auditor can test", "one-pager", "Every reported figure traces back to the meter reading or bill, the emission factor and its version, and every manual change is logged with who and why; what auditors sample for limited assurance under ISAE 3000 and ISO 14064-3.", tags=["assurance", "limited assurance", "reasonable assurance", "audit trail", "isae 3000", "iso 14064", "auditors", "data quality", "controls"])
add("vg-energystar", "ENERGY STAR Portfolio Manager sync: scores and benchmarking filings without re-keying", "one-pager", "Voltgrid sends monthly meter and bill data to each property in Portfolio Manager, pulls back the ENERGY STAR score and EUI, and prepares the benchmarking submissions that city and state laws ask for.", tags=["energy star", "portfolio manager", "espm", "benchmarking", "energy star score", "eui", "benchmarking ordinance", "ll84", "disclosure"])
add("vg-ll97", "Local Law 97: your 2024-2029 and 2030 limits, your penalty exposure, and the plan", "one-pager", "For NYC buildings over 25,000 sq ft: emissions per building against the current and 2030 limits, the $268-per-ton penalty forecast, the annual report due May 1, and the measures that close the gap in order of cost per ton.", tags=["ll97", "local law 97", "nyc", "new york city", "emissions limits", "penalties", "2030", "building emissions", "ll88", "ll87"])
add("vg-bps", "Building performance standards beyond NYC: Boston BERDO, Denver, Washington State, St. Louis, Maryland", "one-pager", "Which buildings each standard covers, its reporting calendar and emissions or EUI targets, the alternative compliance payments, and how Voltgrid tracks every building against the standard where it stands.", tags=["bps", "building performance standards", "berdo", "boston", "energize denver", "washington cbps", "st. louis", "maryland beps", "emissions standards", "compliance"])
add("vg-pathway", "Voltgrid Pathway: a decarbonisation roadmap and capital plan per building", "one-pager", "Measures for each building ranked by cost per ton and payback, timed against your equipment's end of life and the limits you must meet, rolled up into a capital plan for your board or investment committee.", tags=["decarbonization", "decarbonisation", "roadmap", "capital plan", "net zero", "retrofit", "measures", "cost per ton", "voltgrid pathway"])
add("vg-electrification", "Electrification planning: heat pumps, panel capacity and the electric load you will add", "one-pager", "Size heat pumps and electric hot water from measured loads, check panel and service capacity from sub-meter data, and see the new demand peak before you buy the equipment.", tags=["electrification", "heat pumps", "panel capacity", "service capacity", "fuel switching", "gas to electric", "load study"])
add("vg-bills", "Voltgrid Billsync: every utility bill in one place, without keying it in", "one-pager", "Bills collected straight from 9,000+ utilities (EDI, online portals or PDF), checked for errors and late fees, and turned into cost, consumption and emissions data by meter and building; exports to AP and your ERP.", tags=["utility bills", "bill ingestion", "bill pay", "invoice", "utility data", "edi", "ocr", "bill audit", "accounts payable", "voltgrid billsync"])
add("vg-mv", "Measurement and verification: IPMVP plans and savings reports finance can trust", "one-pager", "An M&V plan under IPMVP Option B (retrofit isolation) or Option C (whole building), baselines adjusted for weather and occupancy under ASHRAE Guideline 14, and a sample quarterly savings report.", tags=["m&v", "measurement and verification", "ipmvp", "option b", "option c", "ashrae guideline 14", "baseline", "savings verification", "savings report"])
add("vg-eaas", "Energy-savings-as-a-service: no capital, paid from the savings", "one-pager", "Voltgrid and our financing partner fund the meters, installation and software; you pay a monthly service fee below the verified savings, with a savings guarantee and an off-balance-sheet structure.", tags=["eaas", "energy as a service", "savings as a service", "shared savings", "no capex", "off balance sheet", "opex", "savings guarantee", "financing"])
add("vg-financing", "Financing options: subscription, lease, C-PACE and on-bill financing", "one-pager", "Ways to fund a project without the capital budget: an all-in subscription, an equipment lease, C-PACE for owners, and utility on-bill financing where it is offered.", tags=["financing", "lease", "c-pace", "pace", "on-bill financing", "subscription", "opex", "capital budget"])
add("vg-incentives", "Utility incentives and rebates: we find them and file them", "one-pager", "Our incentives team checks your utilities' rebate, MBCx and demand-response programs and prepares the applications and savings documentation.", tags=["incentives", "rebates", "utility programs", "grants", "applications", "funding"])
add("vg-installation", "Installation by Voltgrid Certified Partners: what happens on site", "one-pager", "Licensed electricians and controls technicians trained and certified by Voltgrid install meters and the Edge gateway, usually in a day per building and without a power shutdown; one project plan and one point of contact.", tags=["installation", "certified partners", "installers", "electricians", "site survey", "on site", "no shutdown", "project plan"])
add("vg-partner-program", "Voltgrid Certified Partner Program: electrical contractors, controls integrators and ESCOs", "one-pager", "Certification, margins on hardware and subscriptions, deal registration and leads for partners who install and service Voltgrid.", tags=["partner program", "certified partner", "controls integrator", "electrical contractor", "esco", "reseller", "channel", "deal registration"])
add("vg-ot-security", "OT network security: how the Voltgrid Edge gateway connects to your building systems", "one-pager", "Outbound-only TLS (no inbound ports or VPN), its own cellular path or a segmented VLAN, read-only BACnet and Modbus by default with written setpoint changes off until you enable them per point, signed firmware, and alignment with IEC 62443 and NIST SP 800-82.", tags=["ot security", "operational technology", "network security", "bms security", "iec 62443", "nist 800-82", "segmentation", "vlan", "outbound only", "read-only", "cybersecurity", "ciso", "firewall"])
add("vg-security-overview", "Security at Voltgrid: SOC 2 Type II, ISO 27001 and annual pen tests", "one-pager", "Our SOC 2 Type II report for the 2026 period (under NDA), ISO 27001:2022 certification, encryption in transit and at rest, SSO and MFA for users, and annual third-party penetration tests of the cloud and the Edge gateway.", stages=["evaluation", "proposal", "negotiation"], tags=["security", "soc 2", "iso 27001", "pen test", "encryption", "trust", "security review", "it security"])
add("vg-soc2-2026", "SOC 2 Type II report (2026 audit period): request link", "link", "Request the current SOC 2 Type II report, covering January to September 2026, from our trust portal under NDA.", tags=["soc 2", "soc 2 type ii", "audit report", "security", "trust portal"], expires="2027-09-30")
add("vg-security-questionnaire", "Reply: security questionnaire (SIG Lite, CAIQ, HECVAT)", "snippet", "Pre-filled questionnaires and how to request the SOC 2 report.", stages=["evaluation", "proposal"], tags=["security questionnaire", "sig", "caiq", "hecvat", "vendor risk", "third-party risk"],
    body="Hi {{contact.first_name}},\n\nAttached are our completed SIG Lite, CAIQ and HECVAT, plus a one-page description of how the Edge gateway sits on your OT network. The SOC 2 Type II report is in our trust portal under NDA; reply here and I'll send the NDA across.\n\n{{rep.name}}")
add("vg-data-residency", "Data residency: US, Canada, EU (Frankfurt), UK and Australia", "one-pager", "Your meter, BMS and bill data, backups and support access stay in the region you choose; EU customers' data never leaves the EU.", tags=["data residency", "data sovereignty", "hosting", "regions", "eu", "eea", "uk", "canada", "australia", "germany"])
add("vg-dpa", "GDPR: data processing agreement, SCCs and sub-processors", "one-pager", "Our Art. 28 DPA with the EU Standard Contractual Clauses and UK addendum, the sub-processor list, and what personal data building systems hold (occupancy, badge and EV-driver data) and how long we keep it.", stages=["evaluation", "proposal", "negotiation"], tags=["gdpr", "dpa", "data processing agreement", "scc", "sub-processors", "privacy", "dsgvo", "avv"])
add("vg-pricing", "Pricing: per square foot for the platform, per meter for sub-metering", "one-pager", "Platform modules priced per square foot per year, Sense meters and sensors per meter per month with hardware included, installation quoted per site; volume tiers for portfolios and multi-year terms.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "price", "per square foot", "per sq ft", "per meter", "cost", "quote", "budgetary pricing", "plans", "subscription"])
add("vg-pricing-faq", "FAQ: per square foot or per meter? Which pricing fits your buildings", "one-pager", "When square-foot pricing is cheaper (large, simple buildings) and when per-meter pricing is (small sites with few circuits), what counts as a meter, and a worked comparison for a 20-building portfolio.", stages=["evaluation", "proposal", "negotiation"], tags=["faq", "pricing model", "per square foot", "per meter", "comparison", "billing", "cost"])
add("vg-implementation", "Implementation guide: first building live in 30 days, the portfolio in a quarter", "one-pager", "From kickoff to reporting: data access and utility authorisations, site surveys, installation, BMS integration, baselines and the first savings review; who does what on each side.", stages=["evaluation", "proposal", "negotiation", "closed-won"], tags=["implementation", "onboarding", "project plan", "timeline", "go-live", "kickoff", "rollout"])
add("vg-api", "Developer docs: REST API, webhooks and data exports", "link", "API reference for meters, points, faults and emissions, webhooks for alarms, and bulk exports to data warehouses.", tags=["api", "developer", "webhooks", "export", "data warehouse", "snowflake"])
add("vg-integrations", "Integration catalogue: utilities, BMS, CMMS, ERP and reporting tools", "link", "Search every pre-built connector: utility data, building systems, work-order systems, ERPs and ESG reporting platforms.", tags=["integrations", "catalogue", "connectors", "erp", "sap", "cmms", "workiva"])
add("vg-references", "Customer reference program: talk to a Voltgrid customer", "one-pager", "Facilities, energy and sustainability leaders who take reference calls, by industry, portfolio size and region.", stages=["evaluation", "proposal"], tags=["references", "reference call", "customer reference"])
add("vg-rfp-kit", "RFP answer library: technical, security, reporting and implementation responses", "one-pager", "Our current standard answers for energy management information system (EMIS) and carbon-reporting tenders, with the evidence to attach (SOC 2, OT security, compatibility list, sample reports).", stages=["evaluation", "proposal"], tags=["rfp", "rfi", "tender", "emis", "procurement", "standard answers", "bid", "requirements"])
add("vg-pilot", "Pilot: one building, 90 days, savings you can verify", "one-pager", "A scoped pilot with agreed success criteria (faults found and fixed, kWh and demand reduction against an IPMVP baseline) and a readout for your steering group.", stages=["evaluation"], tags=["pilot", "proof of concept", "poc", "trial", "success criteria"])
add("vg-assessment", "Free remote savings assessment from 12 months of bills", "one-pager", "Send 12 months of utility bills and floor areas; within two weeks we return a benchmark of each building, its likely savings and its exposure to local performance standards.", stages=["prospecting", "discovery"], tags=["assessment", "free assessment", "energy assessment", "benchmark", "savings estimate", "utility bills"])
add("vg-roi", "ROI calculator: energy, demand charges, maintenance and penalties avoided", "link", "Estimate three-year savings and payback from energy and demand reduction, faults fixed earlier, bill errors caught and performance-standard penalties avoided.", stages=["evaluation", "proposal"], tags=["roi", "calculator", "payback", "savings", "tco", "business case"])
add("vg-business-case", "Business case template for your CFO", "deck", "A template that sets what energy, demand charges, truck rolls and looming penalties cost you today against the subscription and installation, with payback and NPV in your own numbers.", stages=["proposal"], tags=["business case", "cfo", "roi", "payback", "npv", "budget", "capital committee", "finance"])
add("vg-bc-kelvara", "Battlecard: Voltgrid vs Kelvara Insights (BMS vendor analytics)", "battlecard", "Kelvara's analytics, bundled with its controls service contracts, against Voltgrid: it reads only Kelvara controllers, locks the site into a five-year service renewal, has no sub-metering, tariff or carbon reporting, and its FDD is an alarm list rather than faults ranked by cost.", stages=["evaluation", "proposal", "negotiation"], tags=["kelvara", "kelvara insights", "competitor", "battlecard", "bms vendor", "comparison", "incumbent", "bundled analytics"])
add("vg-bc-emitrace", "Battlecard: Voltgrid vs Emitrace (carbon accounting software)", "battlecard", "Emitrace's template-based carbon accounting against Voltgrid: quarterly CSV uploads instead of meter and bill data, estimates where we measure, no energy savings to pay for the programme, and a spreadsheet trail that auditors test harder.", stages=["evaluation", "proposal", "negotiation"], tags=["emitrace", "competitor", "battlecard", "carbon accounting", "csrd", "comparison", "spreadsheets", "templates"])
add("vg-bc-billoro", "Battlecard: Voltgrid vs Billoro (utility bill analytics)", "battlecard", "Billoro's bill-only platform, priced per meter, against Voltgrid: monthly bill data cannot show what set the peak or which equipment is faulty, no BMS integration or sub-metering, and the per-meter price climbs with every account.", stages=["evaluation", "proposal", "negotiation"], tags=["billoro", "competitor", "battlecard", "utility bills", "per meter", "price", "comparison", "cheaper"])
add("vg-obj-bms", "Objection: our BMS vendor already gives us analytics", "snippet", "A short reply when the controls vendor's bundled analytics is the status quo.", stages=["discovery", "evaluation"], tags=["objection", "bms vendor", "kelvara", "bundled", "status quo", "controls contract"],
    body="Hi {{contact.first_name}},\n\nMost of our customers keep their controls vendor for service; we read their system and every other brand alongside it. What changes is what the analytics covers: all your buildings regardless of controller brand, sub-metered loads, demand charges and carbon reporting, and faults ranked by what they cost you rather than an alarm list. Happy to show both side by side on one of your buildings.\n\n{{rep.name}}")
add("vg-obj-spreadsheet", "Objection: our consultant already does our carbon numbers in spreadsheets", "snippet", "Answer 'we already have this covered' without criticising the consultant.", stages=["discovery", "evaluation"], tags=["objection", "spreadsheets", "consultant", "carbon accounting", "status quo", "assurance"],
    body="Hi {{contact.first_name}},\n\nKeep your consultant; many of our customers do. What we replace is the data gathering underneath: bills and meter data collected automatically, every figure traceable to its source, so the consultant spends their time on strategy and your auditor can test the numbers without a week of back-and-forth.\n\n{{rep.name}}")
add("vg-obj-bills", "Objection: we only need our utility bills tracked", "snippet", "When a prospect thinks bill tracking is enough.", stages=["discovery", "evaluation"], tags=["objection", "utility bills", "billoro", "bill tracking", "status quo"],
    body="Hi {{contact.first_name}},\n\nBills tell you what you spent last month. They can't tell you which unit set this month's demand peak, which air handler has been heating and cooling at once since August, or what a building will owe under its performance standard in 2030. We start from your bills too, and add the meters where they pay for themselves.\n\n{{rep.name}}")
add("vg-video-overview", "Video: Voltgrid in two minutes", "video", "A two-minute tour for people who missed the demo.", tags=["video", "overview", "demo"])
add("vg-video-fdd", "Video: from 1,200 alarms to the five faults that cost money", "video", "A chief engineer walks through a night of BMS alarms in Detect: faults grouped by cause, ranked by cost, and the simultaneous heating and cooling fixed the same morning.", tags=["video", "fdd", "fault detection", "alarms", "demo", "voltgrid detect"])
add("vg-video-install", "Video: sub-metering a live office building in one afternoon", "video", "A certified partner's electrician clips CT meters onto a panel without a shutdown, and the first readings arrive before they leave.", tags=["video", "installation", "sub-metering", "ct clamps", "voltgrid sense", "demo"])
add("vg-webinar-ll97", "On-demand webinar: Local Law 97's 2030 limits and how buildings are closing the gap", "video", "Our LL97 team and two owners' engineers on the 2030 limits, penalty exposure, and which measures have paid off.", tags=["webinar", "on-demand", "ll97", "local law 97", "nyc", "2030"])
add("vg-water", "Water and gas sub-metering with leak detection", "one-pager", "Pulse readers on water and gas meters, overnight-flow and leak alarms, and cooling-tower make-up tracking.", tags=["water", "gas", "leak detection", "water metering", "cooling tower", "sub-metering"])
add("vg-iaq", "Indoor environment: temperature, humidity, CO2 and ventilation monitoring", "one-pager", "Wireless sensors for temperature, relative humidity, CO2, PM2.5 and VOCs, alarms on excursions outside your set bands, and ventilation checked against ASHRAE 62.1; reports for WELL, RESET or a collections-care policy.", tags=["iaq", "indoor air quality", "humidity", "relative humidity", "temperature", "co2", "ventilation", "pm2.5", "well", "reset", "excursions"])
add("vg-occupancy", "Occupancy-based HVAC: heat, cool and ventilate the spaces people actually use", "one-pager", "Occupancy sensors and badge data reset schedules and setpoints floor by floor, so half-empty offices stop running at full load.", tags=["occupancy", "hybrid work", "schedules", "setpoints", "hvac", "occupancy sensors"])
add("vg-solar-storage", "On-site solar and batteries: monitor production and dispatch storage against your peak", "one-pager", "Read inverters and battery systems alongside your meters, report production in scope 2, and dispatch storage to cut demand charges.", tags=["solar", "pv", "battery storage", "bess", "inverters", "onsite generation"])
add("vg-alarms", "Alerts that reach the right person: after-hours usage, equipment and threshold alarms", "one-pager", "Alarms by text, call, email or your CMMS, on-call rotations and escalation until someone acknowledges, so a night-time problem is fixed before morning.", tags=["alarms", "alerts", "notifications", "escalation", "on-call", "after hours", "sms", "24/7"])
add("vg-dashboards", "Dashboards and scheduled reports for facilities, finance and sustainability", "one-pager", "Energy, cost, demand and emissions by building, floor and meter, with reports sent to each team on a schedule.", tags=["dashboards", "reports", "reporting", "analytics", "kpi", "scheduled reports"])
add("vg-lobby-display", "Lobby and classroom energy displays", "one-pager", "Public screens that show a building's energy, solar production and carbon in real time, for lobbies, classrooms and student competitions.", tags=["display", "kiosk", "public dashboard", "lobby", "engagement", "students"])
add("vg-mobile-cmms", "Mobile app for technicians and CMMS work orders", "one-pager", "Technicians get faults and alarms on their phone and close them with notes and photos; work orders flow to ServiceNow, IBM Maximo, Corrigo or UpKeep.", tags=["mobile app", "technicians", "work orders", "cmms", "servicenow", "maximo", "corrigo", "upkeep"])
add("vg-energy-audit", "Energy audits with our partners: ASHRAE Level 1 and 2, LL87 and EED audits", "one-pager", "Audits by certified partner engineers using your Voltgrid data, meeting ASHRAE Standard 211, NYC Local Law 87 and EU Energy Efficiency Directive audit requirements.", tags=["energy audit", "ashrae level 2", "ashrae 211", "ll87", "eed", "audit"])
# German, Spanish, Swedish and French content (the contract has no language field; the text carries it).
add("vg-de-ueberblick", "Voltgrid im Überblick: Energiemonitoring, Gebäudeautomation und CO2-Bilanz aus einer Hand", "one-pager", "Funk-Unterzähler, Anbindung der Gebäudeleittechnik über BACnet, Modbus und Niagara, Fehlererkennung, Lastmanagement und die CO2-Bilanz nach GHG Protocol; Daten in Frankfurt.", tags=["überblick", "energiemonitoring", "energiemanagement", "gebäudeleittechnik", "co2-bilanz", "deutsch"])
add("vg-de-enefg", "Energieeffizienzgesetz (EnEfG): Energiemanagementsystem nach ISO 50001 mit Voltgrid", "one-pager", "Für Unternehmen mit mehr als 7,5 GWh Jahresverbrauch: Messkonzept, Energieleistungskennzahlen und Nachweise für das Energiemanagementsystem nach ISO 50001 oder EMAS sowie für Energieaudits nach DIN EN 16247.", tags=["enefg", "energieeffizienzgesetz", "iso 50001", "emas", "energiemanagementsystem", "energieaudit", "din en 16247", "deutsch"])
add("vg-es-resumen", "Voltgrid en resumen: gestión energética de edificios y huella de carbono", "one-pager", "Submedición inalámbrica, integración con el sistema de gestión del edificio (BACnet, Modbus, Niagara), detección de fallas, gestión de la demanda y huella de carbono de alcance 1 y 2 en una plataforma.", tags=["resumen", "gestión energética", "eficiencia energética", "huella de carbono", "español"])
add("vg-es-huella", "Huella de carbono de alcance 1, 2 y 3 para informes CSRD y clientes corporativos", "one-pager", "Inventario de emisiones según el GHG Protocol a partir de medidores y facturas, con la trazabilidad que piden los auditores y los cuestionarios de sostenibilidad de los clientes.", tags=["huella de carbono", "alcance 1", "alcance 2", "alcance 3", "csrd", "emisiones", "español"])
add("vg-sv-oversikt", "Voltgrid i korthet: energiuppföljning, undermätning och klimatrapportering för fastigheter och verksamheter", "one-pager", "Trådlösa undermätare, anslutning till styr- och övervakningssystem via BACnet, Modbus och Niagara, felavhjälpning och klimatrapportering enligt GHG Protocol; all data lagras inom EU.", tags=["översikt", "energiuppföljning", "undermätning", "klimatrapportering", "styr och övervakning", "svenska"])
add("vg-fr-presentation", "Présentation de Voltgrid : suivi énergétique, GTB et bilan carbone", "one-pager", "Sous-comptage sans fil, connexion à la GTB (BACnet, Modbus, Niagara), détection de défauts et bilan carbone ; données hébergées dans l'Union européenne et suivi du décret tertiaire.", tags=["présentation", "suivi énergétique", "gtb", "bilan carbone", "décret tertiaire", "français"])

# ---------------------------------------------------------------- general, for certain stages
add("vg-cold-email", "Cold email: what set last month's demand peak?", "email-template", "First touch for facilities and energy managers.", stages=["prospecting"], tags=["cold email", "outbound", "demand charges"],
    body="Hi {{contact.first_name}},\n\nDo you know which equipment set last month's demand peak at {{company}}? Most facilities teams we talk to find out from the bill, a month late. Worth 15 minutes to see it by the hour?\n\n{{rep.name}}")
add("vg-ll97-letter", "Cold email: your buildings' Local Law 97 exposure", "email-template", "Prospecting email to NYC owners and managers, offering a free penalty estimate.", stages=["prospecting"], tags=["cold email", "outbound", "ll97", "local law 97", "penalty estimate"],
    body="Hi {{contact.first_name}},\n\nThe 2030 Local Law 97 limits roughly halve what most office buildings may emit. If you send us the buildings' addresses, we'll estimate {{company}}'s exposure building by building, at no charge.\n\n{{rep.name}}")
add("vg-discovery-agenda", "Discovery call agenda", "snippet", "Buildings, systems, data, drivers and who decides.", stages=["discovery"], tags=["discovery", "agenda", "first call"],
    body="Hi {{contact.first_name}},\n\nProposed agenda: 1) your buildings and what you pay for energy, 2) the building systems and meters in place, 3) what drives this (cost, a performance standard, carbon reporting), 4) who needs to be involved and by when.\n\n{{rep.name}}")
add("vg-data-request", "What we need from you for the savings assessment", "snippet", "The short list of data to send before an assessment.", stages=["discovery"], tags=["data request", "utility bills", "floor areas", "assessment", "checklist"],
    body="Hi {{contact.first_name}},\n\nTo prepare the assessment we need: 12 months of utility bills (or read access to the utility portals), the gross floor area and main use of each building, and a list of the building automation systems and who services them.\n\n{{rep.name}}")
add("vg-demo-followup", "Follow-up after the demo", "email-template", "Recap, recording and the proposed pilot.", stages=["evaluation"], tags=["demo", "follow-up", "recap", "recording"],
    body="Hi {{contact.first_name}},\n\nThanks for your time today. Here are the recording and a recap. Proposed next step: a 90-day pilot on one building with success criteria we agree up front.\n\n{{rep.name}}")
add("vg-mutual-plan", "Mutual action plan template", "snippet", "A shared timeline from evaluation to signature and first building live.", stages=["evaluation", "proposal"], tags=["mutual action plan", "timeline", "next steps", "close plan"],
    body="Hi {{contact.first_name}},\n\nSo we hit your dates, here's a draft plan from here to signature and the first building live, with an owner for each step on both sides. Edit freely.\n\n{{rep.name}}")
add("vg-discount-reply", "Reply: asking for a better price", "snippet", "Trade price for term, square footage, prepayment or a reference.", stages=["proposal", "negotiation"], tags=["discount", "negotiation", "price", "procurement", "multi-year"],
    body="Hi {{contact.first_name}},\n\nWe can move on price if we can move on something else: a three-year term, annual prepayment or adding the rest of the portfolio opens room, and so does agreeing to be a reference after the first year's savings report.\n\n{{rep.name}}")
add("vg-msa-snippet", "Reply: MSA and DPA redlines, our standard positions", "snippet", "The terms we usually accept (liability cap, deletion of data at termination, SLA credits, DPA with SCCs) and legal-to-legal time.", stages=["negotiation"], tags=["msa", "dpa", "legal", "redlines", "contract", "limitation of liability", "data deletion", "termination"],
    body="Hi {{contact.first_name}},\n\nThanks for the redlines. Our standard positions on the points your counsel raised are attached: the liability cap, how your data is returned and deleted at the end of the term, and the DPA with the EU SCCs. If it's faster, our counsel is happy to join a call with yours this week.\n\n{{rep.name}}")
add("promo-year-end-2026", "Year-end offer: installation included with agreements signed by December 31", "one-pager", "Multi-year agreements signed by December 31, 2026 include standard Sense installation by a certified partner at no charge.", stages=["proposal", "negotiation"], tags=["promotion", "year-end", "discount", "installation"], expires="2026-12-31")
add("vg-welcome", "Welcome to Voltgrid", "email-template", "First email after signature: kickoff, your project manager, what to prepare.", stages=["closed-won"], tags=["welcome", "kickoff", "onboarding"],
    body="Hi {{contact.first_name}},\n\nWelcome to Voltgrid! Your project manager will be in touch today to book the kickoff. Before then, it helps to gather the utility account numbers, site contacts and your controls contractors' details.\n\n{{rep.name}}")
add("vg-kickoff-checklist", "Kickoff checklist: site access, electricians, network and utility authorisations", "one-pager", "What each site needs before installation day: access and escorts, panel schedules, a network or cellular decision, and signed letters of authorisation for the utilities.", stages=["closed-won"], tags=["kickoff", "checklist", "site access", "letter of authorization", "installation"])
add("vg-qbr-deck", "Quarterly business review deck", "deck", "Verified savings, faults closed, demand peaks avoided, emissions and compliance status for the quarter, and the plan for the next.", stages=["customer"], tags=["qbr", "business review", "renewal", "customer", "results"])
add("vg-expansion", "Adding Detect, Flex, Ledger or more buildings to your Voltgrid", "one-pager", "For customers: what each module adds on the meters and gateways you already have, how it switches on, and the pricing for adding it to your current agreement.", stages=["customer"], tags=["expansion", "upsell", "add-on", "upgrade", "customer", "detect", "flex", "ledger"])
add("vg-savings-report", "Annual verified savings report (sample)", "one-pager", "The yearly report customers share with finance: savings against the IPMVP baseline, by building and measure.", stages=["customer"], tags=["savings report", "annual report", "m&v", "results", "customer"])
add("vg-winback", "Email: gracious note after a loss", "email-template", "Thank them, leave the door open.", stages=["closed-lost"], tags=["closed lost", "win-back", "follow-up"],
    body="Hi {{contact.first_name}},\n\nThanks for letting me know, and for the time your team gave us. If it would help, I'll check in after your first reporting season to compare notes; no pitch.\n\n{{rep.name}}")
add("vg-admin-academy", "Voltgrid Academy: training for energy managers and technicians", "link", "Self-paced courses and certification for users, and live onboarding sessions.", stages=["closed-won", "customer"], tags=["training", "academy", "certification", "onboarding", "users"])
add("vg-help-center", "Help Center: how-to articles", "link", "Articles on meters, gateways, alarms, reports and integrations.", tags=["help center", "support", "how-to", "knowledge base", "troubleshooting"])

# ---------------------------------------------------------------- restricted to verticals
# real-estate: the library's own vertical (owners, REITs, property managers)
add("re-gresb", "GRESB submission: asset-level energy, GHG, water and waste, filled in from your data", "one-pager", "Ledger completes the GRESB Real Estate asset spreadsheet for every asset, including tenant-controlled areas, with data coverage and estimation flags, and keeps the evidence for the validation phase.", verticals=["real-estate"], tags=["gresb", "gresb real estate", "asset spreadsheet", "data coverage", "esg benchmark", "investors", "reit", "portfolio"])
add("re-tenant-billing", "Tenant sub-metering and energy recharge: bill each suite for what it uses", "one-pager", "Revenue-grade sub-meters per tenant space, monthly recharge invoices and statements from actual use instead of square-footage allocation, and NYC Local Law 88 tenant sub-metering covered.", verticals=["real-estate"], tags=["tenant billing", "tenant sub-metering", "recharge", "submeter billing", "tenants", "landlord", "allocation", "ll88", "suites", "leases"])
add("re-green-lease", "Green leases and tenant data: whole-building data without chasing tenants", "one-pager", "Lease clauses for data sharing, automated collection of tenants' utility data with their consent, and the whole-building coverage investors, GRESB and scope 3 category 13 reporting need.", verticals=["real-estate"], tags=["green lease", "tenant data", "data sharing", "whole building data", "scope 3", "category 13", "downstream leased assets", "tenants", "landlord"])
add("re-crrem", "CRREM stranding analysis: when each asset crosses its decarbonisation pathway", "one-pager", "Each asset's energy and carbon intensity plotted against its CRREM pathway, the year it strands, and the retrofits that move that date, for acquisitions, refinancing and investor reports.", verticals=["real-estate"], tags=["crrem", "stranding", "stranded assets", "pathways", "acquisitions", "due diligence", "investors", "valuation", "refinancing"])
add("re-valuation", "Energy, NOI and asset value: what a portfolio owner gains", "one-pager", "How lower operating expenses, recovered tenant charges and avoided penalties raise net operating income and valuation across a portfolio, with examples by asset class.", verticals=["real-estate"], tags=["noi", "net operating income", "valuation", "asset management", "opex", "portfolio", "cap rate", "owners"])
add("re-multifamily", "Multifamily, co-ops and condos: common areas, boilers and building emissions limits", "one-pager", "For property managers of residential buildings: boiler and heating plant monitoring, common-area sub-metering, performance-standard reporting for each building's board, and plans boards can vote on.", verticals=["real-estate"], tags=["multifamily", "co-op", "condo", "residential", "property manager", "boards", "boilers", "common areas", "apartments"])
add("re-pricing", "Portfolio pricing for owners and property managers", "one-pager", "Per-square-foot pricing that falls with portfolio size, buildings added or sold mid-term, and fees recoverable from tenants where leases allow.", verticals=["real-estate"], stages=["proposal", "negotiation"], tags=["pricing", "portfolio pricing", "per square foot", "owners", "property managers", "volume discount"])
add("re-case-study", "Case study: Harbourline Office Trust: 42 towers, GRESB score up 19 points, 2030 LL97 gap halved", "case-study", "An office REIT connected 42 buildings' BMSs and tenant meters, raised GRESB data coverage from 48% to 96% and halved its 2030 Local Law 97 exposure with measures ranked by cost per ton.", verticals=["real-estate"], stages=["discovery", "evaluation", "proposal"], tags=["reit", "office", "gresb", "ll97", "portfolio", "case study"])
add("re-case-multifamily", "Case study: Parkside Residential: 60 apartment buildings, boiler faults found before tenants called", "case-study", "A property manager monitored boilers and common areas in 60 buildings, cut heating fuel 14% and produced each co-op board's emissions report on time.", verticals=["real-estate"], stages=["discovery", "evaluation", "proposal"], tags=["multifamily", "property manager", "co-op", "boilers", "case study"])
# government
add("gov-coop", "Buying without a new RFP: Sourcewell 2025 and OMNIA Partners contracts", "one-pager", "Our current cooperative contracts (Sourcewell #092425-VGD, OMNIA Partners R-2026-118), the pricing schedules on them, and how agencies, districts and universities buy through them.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["cooperative contract", "cooperative purchasing", "sourcewell", "omnia partners", "procurement", "piggyback", "contract number"])
add("gov-pricing", "Public-sector pricing for cities, counties and state agencies", "one-pager", "Government pricing per square foot, multi-year terms aligned to fiscal years, and not-to-exceed budgets for capital-funded installations.", verticals=["government"], stages=["proposal", "negotiation"], tags=["government pricing", "public sector", "pricing", "fiscal year"])
add("gov-stateramp", "Government cloud: StateRAMP authorized, US-only data", "one-pager", "Our StateRAMP Authorized (Moderate) environment for state and local government, with data and support in the US and the package for your security office.", verticals=["government"], tags=["stateramp", "govramp", "government cloud", "authorization", "us data", "public sector security"])
add("gov-climate-action", "Municipal operations: climate action plan tracking and council reporting", "one-pager", "An emissions inventory of the city's own buildings, streetlights and fleet, progress against the climate action plan's targets, and council-ready reports, with exports for CDP and ICLEI.", verticals=["government"], tags=["climate action plan", "municipal operations", "city council", "ghg inventory", "cdp", "iclei", "municipal buildings"])
add("gov-case-study", "Case study: City of Fairhaven: 180 municipal buildings, $1.1M saved, council report in a day", "case-study", "A mid-sized city connected fire stations, libraries and recreation centres, fixed scheduling and heating faults, and now reports its climate action plan progress from one system.", verticals=["government"], stages=["discovery", "evaluation", "proposal"], tags=["city", "municipal", "local government", "climate action plan", "case study"])
# education
add("edu-campus", "Campuses: central plants, steam and chilled water, and AASHE STARS reporting", "one-pager", "Metering of central steam and chilled-water plants and their distribution to buildings, FDD across departments' buildings, and the energy and emissions data for AASHE STARS and climate commitments.", verticals=["education"], tags=["campus", "university", "higher education", "central plant", "steam", "chilled water", "aashe stars", "climate commitment", "second nature"])
add("edu-k12", "K-12 districts: schedules, holidays and portable classrooms", "one-pager", "School calendars pushed to every building's schedule, holiday and summer setbacks, portable classrooms monitored, and student energy dashboards.", verticals=["education"], tags=["k-12", "school district", "schools", "calendars", "holidays", "portables", "students"])
add("edu-pricing", "Education pricing for districts, colleges and universities", "one-pager", "Discounted per-square-foot pricing for academic and residential buildings, and multi-year terms that follow the academic budget cycle.", verticals=["education"], stages=["proposal", "negotiation"], tags=["education pricing", "pricing", "discount", "higher education", "k-12"])
add("edu-case-study", "Case study: Northgate State University: 94 buildings, steam losses found, $2.3M saved in three years", "case-study", "A university metered its steam and chilled-water loops, found failed traps and simultaneous heating and cooling, and reports STARS emissions from the same data.", verticals=["education"], stages=["discovery", "evaluation", "proposal"], tags=["university", "campus", "steam", "case study"])
# healthcare
add("hc-hospital", "Hospitals: 24/7 loads, OR setback and pressure monitoring", "one-pager", "Operating-room air-change setback when rooms are unoccupied within ASHRAE 170, continuous monitoring of OR and isolation-room pressurisation and humidity, and the environment-of-care records surveyors ask for.", verticals=["healthcare"], tags=["hospital", "operating rooms", "or setback", "ashrae 170", "pressurization", "isolation rooms", "environment of care", "joint commission", "health system"])
add("hc-anesthetic", "Healthcare carbon inventory: anesthetic gases, scope 3 and the climate pledge", "one-pager", "Scope 1 including desflurane and nitrous oxide, scope 2 by facility, a first scope 3 estimate of purchased goods, and the reporting behind health-sector climate pledges and Practice Greenhealth.", verticals=["healthcare"], tags=["anesthetic gases", "desflurane", "nitrous oxide", "health sector climate pledge", "practice greenhealth", "hospital emissions", "scope 3"])
add("hc-case-study", "Case study: Riverside Health: five hospitals, 11% less energy, OR setback without a single survey finding", "case-study", "A health system set back 38 operating rooms at night, fixed chiller-plant faults and passed its Joint Commission survey with pressurisation logs on demand.", verticals=["healthcare"], stages=["discovery", "evaluation", "proposal"], tags=["health system", "hospital", "or setback", "case study"])
# retail
add("retail-refrigeration", "Grocery refrigeration: case temperatures, alarms at 2 a.m. and refrigerant leaks", "one-pager", "Wireless probes in cases and walk-ins, alarms that call store staff and your refrigeration contractor until someone acknowledges, temperature logs for food safety, and refrigerant leak rates for scope 1.", verticals=["retail"], tags=["refrigeration", "grocery", "supermarket", "case temperatures", "walk-in", "freezers", "food safety", "spoilage", "refrigerant leaks", "haccp"])
add("retail-multisite", "Many stores: rooftop units, schedules and store-by-store benchmarks", "one-pager", "Rooftop-unit monitoring and schedules set from store hours across hundreds of stores, outliers found by benchmarking similar stores, and repairs dispatched to your service contractors.", verticals=["retail"], tags=["multi-site", "chain stores", "stores", "rooftop units", "rtu", "store hours", "benchmarking", "service contractors"])
add("retail-case-study", "Case study: Wexley Market: 140 stores, $3.4M saved, spoilage down by half", "case-study", "A regional grocer connected rooftop units and refrigeration in 140 stores, halved product losses from overnight failures and cut energy 12%.", verticals=["retail"], stages=["discovery", "evaluation", "proposal"], tags=["grocery", "stores", "refrigeration", "case study"])
# hospitality
add("hosp-guestroom", "Hotels: guest-room HVAC that follows check-in and check-out", "one-pager", "Integration with Opera Cloud and other property management systems sets back unsold and vacant rooms and pre-conditions them before arrival, without guest complaints.", verticals=["hospitality"], tags=["hotels", "guest rooms", "pms", "opera", "check-in", "check-out", "occupancy", "setback", "hvac", "resorts"])
add("hosp-hcmi", "Hotel carbon per occupied room: HCMI reporting and corporate RFP answers", "one-pager", "Carbon and energy per occupied room and per meeting space under the Hotel Carbon Measurement Initiative, ready for corporate travel buyers' sustainability questions.", verticals=["hospitality"], tags=["hcmi", "hotel carbon measurement initiative", "carbon per room night", "corporate travel", "rfp", "sustainability questionnaire", "hotels"])
add("hosp-case-study", "Case study: Seabright Resorts: 9 hotels, 17% less HVAC energy, no guest complaints", "case-study", "A resort group linked its PMS to guest-room HVAC and cut energy without a single comfort complaint.", verticals=["hospitality"], stages=["discovery", "evaluation", "proposal"], tags=["hotels", "resorts", "guest rooms", "case study"])
# manufacturing
add("mfg-compressed-air", "Compressed air and process loads: find the leaks and the waste", "one-pager", "Sub-meter compressors, dryers and process lines, spot leaks from weekend and night-time baseloads, and rank fixes by kWh saved.", verticals=["manufacturing"], tags=["compressed air", "air leaks", "compressors", "process loads", "plant", "baseload", "factory"])
add("mfg-enpi", "Energy per unit produced: production-normalised KPIs and ISO 50001", "one-pager", "kWh per part, per tonne or per shift by line, from sub-meters and MES or ERP production counts, and the energy performance indicators, baselines and records an ISO 50001 energy management system needs.", verticals=["manufacturing"], tags=["energy intensity", "kwh per unit", "enpi", "iso 50001", "energy management system", "production", "mes", "lines"])
add("mfg-case-study", "Case study: Dalton Components: three plants, 18% less energy per part", "case-study", "An auto-parts maker sub-metered three plants, fixed compressed-air leaks worth $410,000 a year and certified to ISO 50001.", verticals=["manufacturing"], stages=["discovery", "evaluation", "proposal"], tags=["manufacturing", "plants", "compressed air", "iso 50001", "case study"])
# financial services
add("fs-branches", "Bank and credit-union branch networks: energy and emissions for hundreds of small sites", "one-pager", "Branch and ATM sites monitored with per-meter pricing, schedules enforced remotely, and scope 1 and 2 by branch for the annual report and regulators.", verticals=["financial-services"], tags=["branches", "bank branches", "credit unions", "atms", "branch network", "scope 1", "scope 2"])
add("fs-pcaf", "Financed emissions for commercial property loans: PCAF with measured data", "one-pager", "Actual energy data from borrowers' buildings to replace PCAF proxy estimates for commercial property loans and mortgages.", verticals=["financial-services"], tags=["pcaf", "financed emissions", "commercial mortgages", "loan book", "scope 3 category 15", "lenders", "insurers"])
add("fs-case-study", "Case study: Granite Trust Bank: 210 branches, scope 1 and 2 assured in one quarter", "case-study", "A regional bank replaced a spreadsheet inventory with metered branch data and passed its first limited assurance review.", verticals=["financial-services"], stages=["discovery", "evaluation", "proposal"], tags=["bank", "branches", "assurance", "case study"])
# enterprise
add("ent-case-study", "Case study: Vireo Technologies: 58 sites in 12 countries, one carbon inventory", "case-study", "A global technology company connected offices, labs and data rooms on three continents and reports CSRD and SB 253 figures from one system.", verticals=["enterprise"], stages=["discovery", "evaluation", "proposal"], tags=["global", "multinational", "csrd", "case study"])
add("ent-security-package", "Enterprise security package: SSO, audit logs, dedicated tenancy and security reviews", "one-pager", "SAML SSO and SCIM, exportable audit logs, a dedicated tenant option and a named security contact for your reviews.", verticals=["enterprise"], stages=["evaluation", "proposal", "negotiation"], tags=["enterprise", "security", "sso", "saml", "audit logs", "dedicated tenant"])
add("ent-global", "Global portfolios: many countries, currencies, entities and reporting regimes", "one-pager", "Sites in any country, bills in any currency, emissions by legal entity for CSRD and other regimes, and regional data hosting.", verticals=["enterprise"], tags=["global", "multinational", "countries", "currencies", "legal entities", "csrd"])
# smb
add("smb-starter", "Voltgrid Starter: per-meter monthly pricing for small businesses, self-install kit", "one-pager", "From a single site: meters you clip on yourself or have an electrician fit, monthly per-meter pricing with no long contract, and a demand-charge report from the first month.", verticals=["smb"], tags=["starter", "small business", "per meter", "monthly", "no contract", "self-install", "pricing", "demand charges"])
add("smb-case-study", "Case study: Brightway Dry Cleaners: five shops, demand charges down 31%", "case-study", "A family business found that two pressing machines and the AC starting together set its monthly peak, and staggered them.", verticals=["smb"], stages=["discovery", "evaluation", "proposal"], tags=["small business", "demand charges", "case study"])
add("smb-video", "Video: installing Voltgrid Starter yourself in 20 minutes", "video", "An owner clips the meters on, scans the QR code and sees live data.", verticals=["smb"], tags=["video", "self-install", "starter", "small business"])
# nonprofit
add("np-pricing", "Nonprofit pricing and grant-ready quotes", "one-pager", "Discounted pricing for registered nonprofits, quotes formatted for foundation and government grants, and hardware that a grant can fund outright.", verticals=["nonprofit"], tags=["nonprofit pricing", "discount", "grants", "foundations", "charities", "pricing"])
add("np-case-study", "Case study: Halden Science Museum: collections climate held, energy down 16%", "case-study", "A museum monitored humidity in galleries and storage, kept within its loan agreements' bands and cut energy, funded by a foundation grant.", verticals=["nonprofit"], stages=["discovery", "evaluation", "proposal"], tags=["museum", "collections", "humidity", "grant", "case study"])

# ---------------------------------------------------------------- traps: drafts, retired, expired
add("draft-bc-kelvara-2027", "Battlecard: Voltgrid vs Kelvara Insights (2027 refresh, DRAFT)", "battlecard", "Updated positioning after Kelvara's new multi-vendor connector announcement.", stages=["evaluation", "proposal", "negotiation"], tags=["kelvara", "competitor", "battlecard", "bms vendor"], status="draft")
add("draft-ai-copilot", "Voltgrid Copilot: ask your buildings in plain English (DRAFT)", "one-pager", "Announcement of an AI assistant that answers questions about faults, bills and emissions; positioning pending launch.", tags=["ai", "copilot", "generative ai", "fdd", "assistant"], status="draft")
add("draft-ja-gaiyou", "Voltgrid no gaiyou: biru no enerugi kanri to CO2 santei (SOAN)", "one-pager", "Waiyaresu sabumeta, BMS setsuzoku, fuguai kenchi, CO2 santei no shoukai shiryou; honyaku kakuninchuu.", tags=["gaiyou", "nihongo", "japanese", "enerugi kanri", "overview"], status="draft")
add("draft-re-gresb-2027", "What changes in the 2027 GRESB assessment (DRAFT)", "one-pager", "Notes on the 2027 GRESB Real Estate changes, pending GRESB's final reference guide.", verticals=["real-estate"], tags=["gresb", "2027", "assessment", "reit"], status="draft")
add("draft-scope3-portal", "Voltgrid supplier portal for scope 3 data (DRAFT)", "one-pager", "Announcement of a portal where suppliers enter their own emissions data; launch date not set.", tags=["scope 3", "supplier portal", "supplier data", "value chain"], status="draft")
add("retired-bc-emitrace-2024", "Battlecard: Voltgrid vs Emitrace (2024)", "battlecard", "Emitrace positioning and pricing as of 2024.", stages=["evaluation", "proposal", "negotiation"], tags=["emitrace", "competitor", "battlecard", "carbon accounting"], status="retired", updated=OLD)
add("retired-pricing-per-point-2024", "Pricing (2024): per BMS point and per site", "one-pager", "Our 2024 price list per connected BMS point and per site.", stages=["evaluation", "proposal", "negotiation"], tags=["pricing", "price", "per point", "per site", "cost"], status="retired", updated=OLD)
add("retired-ll97-2022", "Local Law 97 guide (2022): the limits before the final rules", "one-pager", "Our 2022 guide to Local Law 97, written before the Department of Buildings' 2023 final rules and the current penalty and reporting procedures.", tags=["ll97", "local law 97", "nyc", "emissions limits", "penalties"], status="retired", updated="2022-06-14T09:00:00Z")
add("retired-gateway-v1", "Edge gateway v1: remote access through an inbound VPN (2020)", "one-pager", "Network set-up for the first-generation gateway, reached by our support team through a site-to-site VPN.", tags=["gateway", "network", "vpn", "remote access", "bms", "firewall", "security"], status="retired", updated="2020-09-01T09:00:00Z")
add("retired-sec-rule-2024", "Getting ready for the SEC climate rule: your first filing in 2026", "one-pager", "What the SEC's March 2024 climate disclosure rule requires and a timeline to the first 10-K disclosures.", tags=["sec", "sec climate rule", "climate disclosure", "10-k", "scope 1", "scope 2"], status="retired", updated="2024-03-20T09:00:00Z")
add("retired-ev-ocpp15-2021", "EV charging load management with OCPP 1.5 chargers (2021)", "one-pager", "Load sharing for first-generation chargers on OCPP 1.5 through the v1 gateway.", tags=["ev charging", "ocpp", "load management", "chargers"], status="retired", updated="2021-05-10T09:00:00Z")
add("promo-q3-switch-2026", "Q3 switch offer: first year of Detect free when you leave Kelvara or Billoro", "one-pager", "Detect at no charge for the first year on agreements signed by September 30, 2026 that replace Kelvara Insights or Billoro.", stages=["proposal", "negotiation"], tags=["promotion", "switch offer", "kelvara", "billoro", "discount", "detect"], expires="2026-09-30")
add("vg-soc2-2025", "SOC 2 Type II report (2025 audit period)", "link", "Request link for the 2025 SOC 2 Type II report.", tags=["soc 2", "security", "audit report"], expires="2026-03-31", updated="2025-04-14T09:00:00Z")
add("gov-naspo-2021", "NASPO ValuePoint contract 2021-2026: how to buy", "one-pager", "Buying Voltgrid through our 2021 NASPO ValuePoint participating addenda.", verticals=["government", "education"], stages=["proposal", "negotiation"], tags=["naspo valuepoint", "cooperative contract", "procurement"], expires="2026-06-30", updated="2021-07-01T09:00:00Z")
add("webinar-ll97-live-nov-2026", "Live webinar: LL97 annual reports and the May 1 deadline (Nov 10, 2026)", "link", "Registration for the live session with the Department of Buildings' former compliance lead.", tags=["webinar", "ll97", "local law 97", "event", "registration"], expires="2026-11-10")
add("promo-dr-summer-2026", "Summer 2026 demand-response enrolment: sign up by May 31", "one-pager", "Enrol your buildings in this summer's utility DR programs through Flex and keep 100% of the first season's payments.", tags=["demand response", "promotion", "enrolment", "summer", "voltgrid flex"], expires="2026-10-31")
add("incentive-coned-2025", "Con Edison 2025 incentives: commercial MBCx and sub-metering rebates", "one-pager", "The 2025 Con Edison commercial rebates for monitoring-based commissioning and sub-metering, and how we filed them.", tags=["con edison", "incentives", "rebates", "mbcx", "sub-metering", "nyc", "utility programs"], expires="2025-12-31", updated="2025-01-15T09:00:00Z")


# ---------------------------------------------------------------- cases
CASES, VERTICAL, case = cases()


CASE_STUDIES = {"government": "gov-case-study", "healthcare": "hc-case-study", "education": "edu-case-study",
                "financial-services": "fs-case-study", "nonprofit": "np-case-study", "enterprise": "ent-case-study",
                "smb": "smb-case-study", "manufacturing": "mfg-case-study", "hospitality": "hosp-case-study",
                "retail": "retail-case-study", "real-estate": ["re-case-study", "re-case-multifamily"]}
PRICING = {"government": "gov-pricing", "education": "edu-pricing", "nonprofit": "np-pricing",
           "real-estate": "re-pricing", "smb": "smb-starter"}


def other_case_studies(*mine):
    return others(CASE_STUDIES, *mine)


def other_pricing(*mine):
    return others(PRICING, *mine)


MAYA = "Maya Okafor | Account Executive, Property Portfolios | Voltgrid\nmaya.okafor@voltgrid.example | +1 (212) 555-0148"
DEVIN = "Devin Park | Account Executive, Public Sector & Education | Voltgrid\ndevin.park@voltgrid.example | +1 (617) 555-0126"
LENA = "Lena Marsh | Account Executive, Healthcare & Hospitality | Voltgrid\nlena.marsh@voltgrid.example | +1 (404) 555-0171"
SAM = ("Sam Ortiz | Account Executive, Commercial | Voltgrid\n"
       "Carbon accounting for scope 1, 2 & 3 · LL97 and BERDO compliance · CSRD-ready reporting · EV charging load management · Demand response\n"
       "sam.ortiz@voltgrid.example | +1 (312) 555-0193")
JORDAN = "Jordan Blake | Account Executive, Industrial | Voltgrid\njordan.blake@voltgrid.example | +1 (513) 555-0154"
ERIK = "Erik Lindqvist | Account Executive, Nordics | Voltgrid AB\nerik.lindqvist@voltgrid.example | +46 8 555 013 42"

# ---- thread (13)
case("y01", "thread", "hospital system's facilities director, the ask is an attachment list for the capital committee: 1) current SOC 2 Type II report, 2) how the gateway connects to the segmented BMS network and whether it can write setpoints, 3) a sample M&V report, 4) budgetary pricing for four hospitals (2.6M sq ft)",
     mail("dkowal@stmarysmercy.org", "Diane Kowal", "Documents for capital committee - Voltgrid",
          "Hi Lena,\n\nThe capital committee meets December 10 and I'd like to send them a complete packet on the sub-metering and FDD project. Could you please send:\n\n"
          "1) Your current SOC 2 Type II report (our IS security team will not review anything older than 12 months)\n"
          "2) A description of how your gateway connects to our building automation network: what traffic goes in and out, and whether it can write setpoints. Our OT network is segmented from clinical systems and IS will ask.\n"
          "3) A sample measurement & verification report, so finance can see how savings are calculated\n"
          "4) Budgetary pricing for the four hospitals, about 2.6 million square feet in total\n\n"
          "A shared folder link is fine if that's easier.\n\nThank you,\nDiane\n\n"
          "Diane Kowal, CHFM, CEM\nDirector, Facilities & Energy\nSt. Mary's Mercy Health System\n(614) 555-0182\n\n"
          "CONFIDENTIALITY NOTICE: This e-mail may contain protected health information. If you are not the intended recipient, notify the sender and delete it.",
          company="St. Mary's Mercy Health System"),
     {"vg-soc2-2026": 3, "vg-ot-security": 3, "vg-mv": 3, "vg-pricing": 2},
     forbidden=["vg-soc2-2025", "retired-gateway-v1", "retired-pricing-per-point-2024"] + other_pricing("healthcare"), vertical="healthcare")

case("y02", "thread", "property-services firm's director of engineering answers the rep's five discovery questions in a numbered reply (portfolio, BMS, utility data, decision, timing); the only question to the rep is hidden in answer 3: can you pull the 600 monthly Con Edison and National Grid bills straight from the utilities",
     mail("treyes@crestmarkps.com", "Tom Reyes", "RE: Follow-up questions from Friday",
          "Hi Maya,\n\nAnswers to your questions from Friday:\n\n"
          "1. Portfolio: 38 buildings we manage for four owners, 6.1M sq ft, mostly Class A/B office, 11 of them in Manhattan.\n"
          "2. BMS: Niagara on most of them (JACE 8000s), Metasys in the two newest towers.\n"
          "3. Utility data: honestly this is the pain point. AP keys in roughly 600 electric, gas and steam bills a month from Con Edison and National Grid, and we find the errors months later. Can your system pull the bills straight from the utilities instead of us scanning PDFs?\n"
          "4. Decision: our VP of Engineering and the owners' asset managers; it comes out of each building's operating budget.\n"
          "5. Timing: we'd like something in place before the 2027 budgets lock in February.\n\n"
          "Best,\nTom\n\nTom Reyes\nDirector of Engineering\nCrestmark Property Services\n1250 Broadway, New York, NY",
          source="outlook", company="Crestmark Property Services"),
     {"vg-bills": 3, "vg-connect": 2, "re-case-study": 1, "vg-bms-compat": 1},
     forbidden=["incentive-coned-2025"] + other_case_studies("real-estate"), vertical="real-estate")

case("y03", "thread", "the prospect corrects his own ask an hour later: not three hospitals but three medical office buildings his firm owns and leases to physician groups, in Boston (BERDO) not New York (LL97); the bigger win is billing each tenant suite for its own electricity instead of allocating by square footage",
     mail("pwhitcomb@meridianhp.com", "Paul Whitcomb", "Re: LL97 plan",
          "Maya, correction to my note from this morning, I wrote it between meetings and got two things wrong:\n\n"
          "- These aren't hospitals. They're three medical office buildings we own and lease to physician practices and an outpatient imaging group; the health systems are our tenants, not us.\n"
          "- They're in Boston, not New York, so it's BERDO we have to meet, not Local Law 97.\n\n"
          "Also, each tenant pays for its own electricity, which today we allocate by square footage and the tenants hate it. If your meters can bill each suite for what it actually uses, that's the bigger win for us.\n\nPaul\n\n"
          "On Mon, Nov 23, 2026 at 8:12 AM Paul Whitcomb <pwhitcomb@meridianhp.com> wrote:\n"
          + quote("Maya,\n\nWe need a plan for Local Law 97 at our three hospitals before the next compliance period. Can you send something on how you'd forecast our penalties?\n\nPaul Whitcomb\nVP, Asset Management\nMeridian Healthcare Properties"),
          company="Meridian Healthcare Properties"),
     {"vg-bps": 3, "re-tenant-billing": 3, "vg-sense": 2, "re-green-lease": 1},
     forbidden=["retired-ll97-2022", "hc-hospital", "hc-anesthetic"] + other_case_studies("real-estate"), vertical="real-estate")

case("y04", "thread", "hotel group's director of engineering forwards the CFO's internal note with one line on top: no more capex after the PIP renovations, can it be paid from savings with no upfront capital, who carries the risk if savings do not show up and how they are measured, and the payback in their own numbers",
     mail("rdominguez@harborviewhotels.com", "Rob Dominguez", "Fwd: RE: Voltgrid proposal",
          "Lena, see below from our CFO. Can you help me answer her before Friday?\n\nRob\n\n"
          "---------- Forwarded message ---------\nFrom: Karen Liu <kliu@harborviewhotels.com>\nDate: Thu, Nov 19, 2026 at 6:47 PM\nSubject: RE: Voltgrid proposal\nTo: Rob Dominguez <rdominguez@harborviewhotels.com>\n\n"
          "Rob,\n\nI read the Voltgrid proposal. I'm not opposed, but I won't put another $900K of capex into 2027 after the PIP renovations at three properties. Two questions for them: can they do this with no upfront capital, paid out of the savings? And if the savings don't show up, who carries that risk and how is it measured? I'd also want the payback in our own numbers before it goes to the owners' group.\n\n"
          "Karen Liu\nChief Financial Officer\nHarborview Hotels & Resorts",
          company="Harborview Hotels & Resorts"),
     {"vg-eaas": 3, "vg-mv": 2, "vg-financing": 2, "vg-business-case": 1},
     forbidden=other_case_studies("hospitality"), vertical="hospitality")

case("y05", "thread", "an automated procurement-portal notification (no-reply sender, portal boilerplate): Addendum 2 to a county's EMIS RFP lets respondents price through an existing cooperative contract (Sourcewell, NASPO ValuePoint, OMNIA) and requires ENERGY STAR Portfolio Manager data exchange for 86 facilities",
     mail("noreply@publicbidnet.com", "PublicBidNet Notifications", "Addendum No. 2 issued: RFP 2026-114 Energy Management Information System",
          "Calloway County, Purchasing Division\nSolicitation: RFP 2026-114 Energy Management Information System (EMIS) for County Facilities\n\n"
          "Addendum No. 2 has been issued. Log in to view and acknowledge it.\n\nSummary of changes:\n"
          "- Responses to 23 vendor questions have been posted.\n"
          "- Section 5.3 amended: Respondents may offer pricing through an existing cooperative purchasing contract (e.g., Sourcewell, NASPO ValuePoint, OMNIA Partners). Include the contract number and the contract's pricing schedule.\n"
          "- Section 6.2 amended: The EMIS shall exchange data with ENERGY STAR Portfolio Manager for the County's 86 facilities. Describe the method and frequency.\n"
          "- Proposal due date extended to December 18, 2026, 2:00 PM CT.\n\n"
          "Respondents must acknowledge all addenda. Failure to do so may result in the proposal being deemed non-responsive.\n\n"
          "This is an automated message from PublicBidNet. Please do not reply to this email. To change your notification settings, visit your vendor profile.",
          company="Calloway County"),
     {"gov-coop": 3, "vg-energystar": 3, "vg-rfp-kit": 2, "gov-pricing": 1},
     forbidden=["gov-naspo-2021"] + other_pricing("government"), vertical="government")

case("y06", "thread", "a LinkedIn direct message, a few casual lines with an emoji: 24 Level 2 chargers going into the HQ garage, the utility quotes 14+ months for a service upgrade; wants a one-pager to forward to the facilities VP (a software company whose size is unknown, so no vertical is judged)",
     {"source": "generic", "url": "https://www.linkedin.com/messaging/thread/2-MTk3ZmE0YzEtNjhiNS00/", "company": None,
      "contact": {"name": "Priya Nair", "first_name": "Priya"}, "vertical": None, "stage": None, "subject": None,
      "text": "Priya Nair · 2:14 PM\nHey! Saw your post about EV chargers tripping main breakers 😅 that's literally us. We're putting 24 Level 2 chargers in our HQ garage and the utility says a service upgrade is 14+ months out. Do you have a one-pager I can forward to our facilities VP?\n\nPriya Nair · Workplace Experience Lead at Lumen Analytics"},
     {"vg-ev": 3, "vg-electrification": 1, "vg-tariff": 1},
     forbidden=["retired-ev-ocpp15-2021"])

case("y07", "thread", "regional grocer's store-operations director (Outlook, top-posted): two stores lost $40,000 of product when cases warmed overnight and the controller's alarm went to a pager nobody carries; do your sensors watch case temperatures and call someone at 2 a.m.? The rep's quoted mail below is about carbon reporting and his signature lists scope 1-3, LL97 / BERDO, CSRD, EV charging and demand response: none of it is asked",
     mail("ghollis@hollismarkets.com", "Greg Hollis", "RE: Voltgrid follow-up",
          "Sam,\n\nDifferent topic from the carbon report you mentioned. Last month two of our stores lost about $40,000 of dairy and meat when cases warmed up overnight, and the alarm from the refrigeration controller went to a pager nobody carries any more. Do your sensors watch case temperatures and call someone at 2 a.m.? We have 27 stores.\n\n"
          "Greg Hollis\nDirector of Store Operations\nHollis Family Markets\n\n"
          "From: Sam Ortiz <sam.ortiz@voltgrid.example>\nSent: Tuesday, November 17, 2026 10:04 AM\nTo: Greg Hollis <ghollis@hollismarkets.com>\nSubject: Voltgrid follow-up\n\n"
          "Hi Greg,\n\nGood to meet you at the grocers' association meeting. As promised, here's how other regional grocers report scope 1 and 2 emissions, refrigerant leaks included, without hiring a consultant. Happy to walk you through it.\n\n" + SAM,
          source="outlook", company="Hollis Family Markets"),
     {"retail-refrigeration": 3, "vg-alarms": 2, "vg-sense": 2, "retail-case-study": 1},
     forbidden=other_case_studies("retail"), vertical="retail")

case("y08", "thread", "university energy manager's acronym-only ask: for the utility's MBCx incentive they need an M&V plan (IPMVP Opt B or C?), FDD with MBCx reporting for the CxA, and the savings method (ASHRAE G14); application due 12/15",
     mail("ahaddad@westfieldstate.edu", "Amir Haddad", "MBCx app - docs?",
          "Hi Devin - quick one. For the utility's MBCx incentive we need: M&V plan (IPMVP Opt B or C?), FDD w/ MBCx reporting for the CxA, and the savings calc method (ASHRAE G14). Got docs? App due 12/15.\n\nThx\n\n"
          "-- \nAmir Haddad, CEM, LEED AP O+M\nEnergy Manager | Facilities Management\nWestfield State University",
          company="Westfield State University"),
     {"vg-mv": 3, "vg-mbcx": 3, "vg-detect": 2, "vg-incentives": 1},
     forbidden=["incentive-coned-2025"] + other_case_studies("education"), vertical="education")

case("y09", "thread", "owner of four laundromats writes in lower case with typos ('electrity bils', 'utilty', 'realy', 'ur'): summer demand charges are 40% of the bill, can the meters show which machine or hour sets the peak, and what it costs per meter without a big contract",
     mail("ray@sunwashlaundry.com", "Ray Vasquez", "question about ur meters",
          "hi, im the owner of 4 laundromats in the tampa area. our electrity bils are crazy in summer and the utilty has a 'demand charge' line i dont realy understand, its like 40% of the bill some months. can ur meters tell me what machine or what time is causing the peaks?? and how much per meter, i dont want a big contract.\nthx\nRay\n\nSent from my iPhone",
          company="SunWash Laundry"),
     {"smb-starter": 3, "vg-tariff": 3, "vg-sense": 2, "smb-case-study": 1},
     forbidden=["retired-pricing-per-point-2024"] + other_pricing("smb"), vertical="smb")

case("y10", "thread", "an office-property trust's VP of ESG sends her meeting recap with action items for both sides; only Voltgrid's are asks (an example of the GRESB asset spreadsheet the platform fills in; how the Niagara integration works and whether anything is installed on their JACEs; a site-survey date), the trust's own items (floor areas, bill export, JACE IPs) are not",
     mail("lchen@oakhavenpt.com", "Lisa Chen", "Recap and action items - Voltgrid / Oakhaven, Nov 23",
          "Hi Maya and Jordan,\n\nThanks for today. My notes below; shout if I missed anything.\n\n"
          "Attendees: Lisa Chen, Ben Alvarez (Oakhaven); Maya Okafor, Jordan Blake (Voltgrid)\n\n"
          "Discussed\n- First GRESB submission next spring for the 22 office assets\n- Niagara at 14 of the 22 buildings, the rest on Metasys\n- Tenant electricity: we have data for about 40% of leased floor area today\n\n"
          "Action items\n- Oakhaven: send floor areas and the 2025 utility bill export for the 22 assets (Lisa, by Dec 4)\n"
          "- Oakhaven: confirm JACE IP addresses and firmware versions with our controls contractor (Ben)\n"
          "- Voltgrid: send an example of the GRESB asset spreadsheet your platform fills in (Maya)\n"
          "- Voltgrid: send how the Niagara integration works, and whether it needs anything installed on our JACEs (Jordan)\n"
          "- Voltgrid: propose a date for the site survey at 400 Harbor Ave\n\n"
          "Next meeting: Dec 10, 10:00 ET.\n\nLisa Chen\nVP, ESG & Sustainability\nOakhaven Property Trust",
          source="outlook", company="Oakhaven Property Trust"),
     {"re-gresb": 3, "vg-niagara": 3, "vg-connect": 2, "re-green-lease": 1},
     forbidden=["draft-re-gresb-2027"] + other_case_studies("real-estate"), vertical="real-estate")

case("y11", "thread", "hospital plant-operations manager pastes last night's BMS alarm summary (1,217 alarms: supply-air, zone-temperature, chilled-water, OR pressurisation, comm failures) and asks how fault detection differs and how to know which alarms matter; the OR pressurisation alarms surveyors care about are buried",
     mail("mbell@valleyregionalmc.org", "Marcus Bell", "Re: FDD vs our alarms",
          "Lena,\n\nHere's what our night shift sees. This is last night's Metasys alarm summary, pasted:\n\n"
          "ALARM SUMMARY  11/22/2026 18:00 - 11/23/2026 06:00   Site: North Campus\n"
          "Pri  Count  Point\n 3    412   AHU-*/SAT-HI        supply air temp high\n 3    297   VAV-*/ZN-T-DEV      zone temp deviation\n 2     61   CH-2/CHWST-HI       chilled water supply temp high\n 1      9   OR-*/PRESS-LOW      OR pressurization low\n 4    438   *.COMM-FAIL         communication failure\nTotal: 1,217\n\n"
          "Nobody can work 1,200 alarms a night. How is your fault detection different from this, and how do we know which ones matter? The OR pressurization alarms are the only ones the surveyors care about and they're buried in the noise.\n\n"
          "Marcus Bell\nManager, Plant Operations\nValley Regional Medical Center",
          company="Valley Regional Medical Center"),
     {"vg-detect": 3, "hc-hospital": 3, "vg-video-fdd": 2, "vg-fdd-rules": 1},
     forbidden=["draft-ai-copilot"] + other_case_studies("healthcare"), vertical="healthcare")

case("y12", "thread", "an insurer's head of sustainability reporting pastes the competitor Emitrace's quote line by line (platform, CSRD module, scope 3 calculator, CSV templates, workshop) and asks what metered data adds over templates and whether it matters for limited assurance next year; the auditors already complained about spreadsheet trails",
     mail("martina.koehler@altmark-versicherung.de", "Martina Köhler", "Emitrace offer vs. yours",
          "Hello Hanna,\n\nHere is Emitrace's offer as they sent it, so you can see what we are comparing:\n\n"
          "  Emitrace Carbon Platform (Enterprise)      EUR 42,000 / year\n  CSRD module (ESRS E1 datapoints)           included\n  Scope 3 spend-based calculator             included\n  Data collection: CSV templates, quarterly  included\n  Onboarding workshop (2 days)               EUR 6,500\n\n"
          "Your quote is higher. What do we get from metered data that we don't get from Emitrace's templates, and does it matter for the limited assurance we need next year? Our auditors already complained about the spreadsheet trail for 2025.\n\n"
          "Kind regards\nMartina Köhler\nHead of Sustainability Reporting\nAltmark Versicherung AG, Magdeburg",
          company="Altmark Versicherung AG"),
     {"vg-bc-emitrace": 3, "vg-assurance": 3, "vg-obj-spreadsheet": 2, "vg-csrd": 1},
     forbidden=["retired-bc-emitrace-2024"] + other_case_studies("financial-services"), vertical="financial-services")

case("y13", "thread", "food plant's engineering manager: the latest message is only scheduling ('Thursday 2 pm works, I'll bring OT security, have the answers ready'); what is asked is in the subject (BACnet/IP on the OT VLAN, remote access) and in his quoted first mail (can anything write to the controllers, how does support get in)",
     mail("jmorrow@brennanfoods.com", "Jeff Morrow", "RE: BACnet/IP on our OT VLAN + remote access - security review Thu",
          "Thursday 2 pm Central works. I'll bring Dana (OT security) and our controls integrator. Please have the answers ready so we don't need a second session.\n\nJeff\n\n"
          "Jeff Morrow | Plant Engineering Manager | Brennan Foods, Plant 2 (Kenosha, WI)\n\n"
          "From: Jordan Blake <jordan.blake@voltgrid.example>\nSent: Monday, November 23, 2026 9:12 AM\nTo: Jeff Morrow <jmorrow@brennanfoods.com>\nSubject: RE: BACnet/IP on our OT VLAN + remote access\n\n"
          "Jeff, happy to walk your team through it. Does Thursday or Friday afternoon work?\n\n" + JORDAN + "\n\n"
          "From: Jeff Morrow <jmorrow@brennanfoods.com>\nSent: Friday, November 20, 2026 4:40 PM\nTo: Jordan Blake <jordan.blake@voltgrid.example>\nSubject: BACnet/IP on our OT VLAN + remote access\n\n"
          "Jordan, before we go further our OT security lead needs to understand how your box talks BACnet/IP on the OT VLAN, whether anything on your side can write to the controllers, and how your support people get remote access. After the ransomware incident at our sister plant nothing new goes on that network without her sign-off.",
          source="outlook", company="Brennan Foods"),
     {"vg-ot-security": 3, "vg-security-overview": 2, "vg-security-questionnaire": 1, "vg-connect": 1},
     forbidden=["retired-gateway-v1", "vg-soc2-2025"], vertical="manufacturing")

# ---- crm (9): raw values only, never a canonical vertical or stage
case("y14", "crm", "Salesforce opportunity showing only its Next Step and Description fields (no stage, industry or contact): send the LL97 penalty forecast and a sample Pathway roadmap before the co-op board meeting; three co-op buildings managed by a property firm, over the 2030 limit by ~380 t a year, heat pumps being priced, a sceptical board president",
     {"source": "salesforce", "company": "Parkline Residential", "vertical": None, "stage": None, "raw": {"stage": None, "industry": None}, "contact": None,
      "text": "Next Step\nSend LL97 penalty forecast + sample Pathway roadmap before 12/9 co-op board mtg\n\n"
              "Description\n3 co-op buildings in Jackson Heights (approx. 240 apartments, 310k sq ft), managed by Parkline. Boards got their 2024 LL97 report from the engineer: over the 2030 limit by ~380 tCO2e/yr combined. Oil-to-gas conversion done 2019; air-source heat pumps being priced for 2 of 3. Board president skeptical of 'another software subscription'."},
     {"vg-ll97": 3, "vg-pathway": 3, "re-multifamily": 2, "vg-electrification": 1},
     forbidden=["retired-ll97-2022", "webinar-ll97-live-nov-2026"] + other_case_studies("real-estate"), vertical="real-estate")

case("y15", "crm", "HubSpot company record (not a deal) with the rep's timeline notes: 212 stores, ~1,100 rooftop units, heat and cooling running 24/7 because schedules are not reset; the BMS vendor Kelvara offers Kelvara Insights 'free' on a renewal due Feb 1 and the VP wants to know why they would pay for Voltgrid",
     crm("hubspot", "Cardinal Outfitters", None, "Retail",
         "Cardinal Outfitters\nIndustry: Retail\nNumber of employees: 4,300\nCity: Columbus, OH\nLifecycle stage: Opportunity\nCompany owner: Sam Ortiz\n\n"
         "Notes\nNov 18, 2026 (Sam Ortiz): Call w/ VP Facilities (Dana Whitfield). 212 stores, ~1,100 rooftop units, half of them 15+ years old. Stores run heat/cool 24/7 because schedules never get reset after the time change. Their BMS vendor (Kelvara) offered Kelvara Insights 'free' if they renew the service contract; Dana wants to know why she'd pay us.\n"
         "Nov 20, 2026 (Sam Ortiz): Dana forwarded the Kelvara renewal - due Feb 1."),
     {"vg-bc-kelvara": 3, "retail-multisite": 3, "vg-obj-bms": 2, "retail-case-study": 1},
     forbidden=["draft-bc-kelvara-2027", "promo-q3-switch-2026"] + other_case_studies("retail"), vertical="retail")

case("y16", "crm", "Pipedrive deal (a source no earlier set used) at 'Proposal made', organisation a six-hotel group: the GM wants guest EV charging on 40 bays but a new transformer means 11 months and $310k; demand charges are 38% of the summer bill; the proposal must show chargers throttled at peak without guest complaints",
     crm("pipedrive", "Aurelia Hotels", "Proposal made", "Hotels & Lodging",
         "Deal: Aurelia Hotels - EV charging + demand charges\nValue: $146,000\nPipeline: New business\nStage: Proposal made\nOrganization: Aurelia Hotels (6 properties, coastal Carolinas)\nPerson: Nicole Brandt, Director of Engineering\n\n"
         "Notes\n- GM at Aurelia Myrtle Beach wants guest EV charging on 40 bays; utility says a new transformer = 11 months + $310k\n- Demand charges are 38% of the electric bill in summer\n- Nicole asked that the proposal show how chargers are throttled at peak without guests complaining"),
     {"vg-ev": 3, "vg-tariff": 2, "vg-flex-dr": 1, "hosp-case-study": 1},
     forbidden=["retired-ev-ocpp15-2021", "promo-dr-summer-2026"] + other_case_studies("hospitality"), vertical="hospitality")

case("y17", "crm", "Salesforce lead record from the web form (Lead Status, Lead Source, raw industry Banking, no stage): scope 1 and 2 for 140 branches and 3 operations centres, limited assurance from FY2027, and whether California SB 253 applies; today a spreadsheet from utility bills",
     crm("salesforce", "Summit Ridge Bank", None, "Banking",
         "Lead\nName: Carla Jennings\nTitle: SVP, Corporate Facilities\nCompany: Summit Ridge Bank\nLead Status: Open - Not Contacted\nLead Source: Web - Contact Us\nIndustry: Banking\nNo. of Employees: 2,900\nState: AZ\n\n"
         "Description (web form): We need scope 1 and 2 emissions for 140 branches and 3 operations centers. Our auditor wants limited assurance starting with FY2027, and the board is asking whether California SB 253 applies to us. Today it's a spreadsheet built from utility bills.",
         contact={"name": "Carla Jennings", "first_name": "Carla", "email": "cjennings@summitridgebank.com"}),
     {"fs-branches": 3, "vg-ledger": 3, "vg-assurance": 2, "vg-sec-climate": 2},
     forbidden=["retired-sec-rule-2024"] + other_case_studies("financial-services"), vertical="financial-services")

case("y18", "crm", "Salesforce opportunity at Negotiation/Review with Products line items (per sq ft, per meter, installation) and a Competitors related list (Billoro primary, bids per meter only): procurement asks for 12% off and net-60 because Billoro's total is lower",
     crm("salesforce", "Lakeshore University", "Negotiation/Review", "Higher Education",
         "Opportunity: Lakeshore University - Campus EMIS\nStage: Negotiation/Review\nAmount: $412,000\nClose Date: 12/18/2026\nAccount Name: Lakeshore University\n\n"
         "Products (3)\nVoltgrid Platform - per sq ft / yr | Qty 4,800,000 | $0.045\nVoltgrid Sense meter - per meter / mo | Qty 620 | $9.00\nInstallation (Certified Partner) | Qty 1 | $58,000\n\n"
         "Competitors (2)\nBilloro - Primary - bid is per meter only, no sq ft fee\nStatus quo (spreadsheets + BMS)\n\n"
         "Next Step: Procurement (R. Odom) asks for 12% off and net-60 terms; says Billoro's total is lower. Reply by Friday."),
     {"vg-discount-reply": 3, "vg-bc-billoro": 3, "edu-pricing": 2, "promo-year-end-2026": 1},
     forbidden=["retired-pricing-per-point-2024", "promo-q3-switch-2026", "gov-naspo-2021"] + other_pricing("education"), vertical="education")

case("y19", "crm", "HubSpot deal in a customer-expansion pipeline (raw 'qualifiedtobuy', industry 'Plastics'): an existing Sense customer wants FDD on six air handlers and the chiller plant and a compressed-air leak survey (compressors 31% of plant kWh), and pricing for adding modules to the current contract",
     crm("hubspot", "Tessaro Plastics", "qualifiedtobuy", "Plastics",
         "Deal: Tessaro Plastics - Expansion: Detect + compressed air\nPipeline: Customer expansion\nDeal stage: Qualified to buy\nAmount: $52,000\n\n"
         "Associated company: Tessaro Plastics | customer since March 2025 | 3 plants (OH, IN)\n\n"
         "Notes\n- Sense on 140 circuits at the Dayton plant since 2025; plant manager likes the kWh-per-part dashboard\n- Wants FDD on the 6 air handlers and the chiller plant, and a leak survey for compressed air (compressors are 31% of plant kWh)\n- Needs pricing for adding modules to the existing contract, not a new MSA"),
     {"vg-expansion": 3, "mfg-compressed-air": 3, "vg-detect": 2, "mfg-enpi": 1},
     forbidden=["promo-q3-switch-2026"] + other_case_studies("manufacturing"), vertical="manufacturing")

case("y20", "crm", "Salesforce Task ('Log a Call', completed) rather than an opportunity: a city's facilities director, 64 buildings; IT approves only StateRAMP cloud vendors with US data; council adopted a climate action plan and wants the first progress report on municipal operations in April",
     crm("salesforce", "City of Ardmore", None, "Government",
         "Task\nSubject: Call - Facilities Director, City of Ardmore\nStatus: Completed\nRelated To: City of Ardmore - Facilities Energy Program (Opportunity)\nAssigned To: Devin Park\nDue Date: 11/20/2026\n\n"
         "Comments: 64 city buildings (fire stations, library branches, rec centers, water treatment admin). IT will only approve cloud vendors with StateRAMP; data must stay in the US. Council adopted its climate action plan in September; first progress report on municipal operations emissions due to council in April, and nobody owns the numbers yet.\n"
         "Follow-up: send StateRAMP info + how we'd produce the council report."),
     {"gov-stateramp": 3, "gov-climate-action": 3, "gov-case-study": 2, "vg-data-residency": 1},
     forbidden=other_case_studies("government"), vertical="government")

case("y21", "crm", "HubSpot deal for a natural history museum (raw industry 'Museums and Institutions'): collections storage must hold 45-55% RH and a loan is at risk after two excursions; a foundation grant pays for sensors and meters but the software needs nonprofit pricing; the board wants a carbon footprint for the annual report",
     crm("hubspot", "Carrow Museum of Natural History", "qualifiedtobuy", "Museums and Institutions",
         "Deal: Carrow Museum - collections climate & sub-metering\nDeal stage: Qualified to buy\nAmount: $68,000\nClose date: 03/31/2027\n\n"
         "Notes\n- Collections storage must hold 45-55% RH; two humidity excursions this year and an incoming loan from a national museum is at risk\n- A foundation grant ($75k) can pay for meters and sensors; they need nonprofit pricing for the software\n- The board's sustainability committee wants a carbon footprint in the annual report"),
     {"np-pricing": 3, "vg-iaq": 2, "np-case-study": 2, "vg-ledger": 1},
     forbidden=other_pricing("nonprofit") + other_case_studies("nonprofit"), vertical="nonprofit")

case("y22", "crm", "HubSpot deal at raw 'contractsent' for a 19-site multinational: legal returned MSA redlines (liability cap at 2x fees, data deletion within 30 days), the DPA must include the EU SCCs because sites are in Germany and Ireland, and the DPO asks where meter data is hosted",
     crm("hubspot", "Norhaven Group", "contractsent", "Information Technology and Services",
         "Deal: Norhaven Group - global sites\nDeal stage: Contract sent\nAmount: $1,240,000 (3 yrs)\nDeal owner: Maya Okafor\n\n"
         "Notes\nNov 20, 2026: Legal (Ines Duarte) returned the MSA with redlines: liability cap at 2x annual fees, deletion of all data within 30 days of termination. The DPA must include the EU SCCs because 3 of the 19 sites are in Germany and Ireland. Their DPO asked where the meter data is hosted.\n\n"
         "Associated company: Norhaven Group | 14,000 employees | 19 sites in 7 countries"),
     {"vg-msa-snippet": 3, "vg-dpa": 3, "vg-data-residency": 2, "ent-global": 1},
     forbidden=other_case_studies("enterprise"), vertical="enterprise")

# ---- foreign (6)
case("y23", "foreign", "Swedish property company's head of sustainability (64 office and retail properties): first GRESB report next year, tenants' electricity is on their own contracts, can sub-meters recharge tenants, is all data in the EU, and is there material in Swedish",
     mail("karin.lindgren@vastfast.se", "Karin Lindgren", "GRESB och hyresgästernas el",
          "Hej Erik,\n\nTack för mötet i tisdags. Som jag nämnde äger vi 64 kontors- och handelsfastigheter i Göteborg och Borås och ska rapportera till GRESB för första gången nästa år. Det svåra är hyresgästernas el: i många hus har hyresgästerna egna elavtal och vi ser bara fastighetselen.\n\n"
          "Två frågor:\n1. Hur får ni in hyresgästernas förbrukning, och kan vi vidarefakturera el till hyresgästerna utifrån undermätare?\n2. Ligger all data inom EU?\n\n"
          "Har ni något på svenska som jag kan skicka till vår ledningsgrupp?\n\nVänliga hälsningar\nKarin Lindgren\nHållbarhetschef\nVästfast Fastigheter AB",
          company="Västfast Fastigheter AB"),
     {"re-gresb": 3, "re-tenant-billing": 3, "vg-sv-oversikt": 2, "vg-data-residency": 2},
     forbidden=["draft-re-gresb-2027"] + other_case_studies("real-estate"), vertical="real-estate")

case("y24", "foreign", "Japanese-romanised mail from the plant manager of a Japanese auto-parts maker's Ohio plant: head office wants 15% less energy by FY2027; compressed-air leaks (compressors ~30% of power) and energy per unit by line, ISO 50001 under consideration; English material is fine (a Japanese overview exists only as a draft)",
     mail("t.sato@kizunaseiko.com", "Takeshi Sato", "Konpuressa no eaa more to enerugi kanri ni tsuite",
          "Jordan-sama\n\nItsumo osewa ni natte orimasu. Kizuna Seiko America no Sato desu.\n\nSenjitsu wa Ohio kojo no kengaku, arigatou gozaimashita. Honsha (Nagoya) kara, 2027 nendo made ni kojo no enerugi shiyouryou o 15% sakugen suru you ni shiji ga arimashita.\n\n"
          "Toku ni ki ni natte iru no wa:\n1. Konpuressa no eaa more (compressed air leaks). Denryoku no yaku 30% ga konpuressa desu.\n2. Seisan suuryou atari no enerugi (kWh/ko) o rain goto ni mitai desu. ISO 50001 no ninshou mo kentou shite imasu.\n\n"
          "Honsha ni setsumei suru tame no shiryou o okutte itadakemasu deshou ka. Eigo no shiryou de daijoubu desu.\n\nYoroshiku onegai itashimasu.\n\nSato Takeshi\nPlant Manager\nKizuna Seiko America, Inc.",
          company="Kizuna Seiko America"),
     {"mfg-compressed-air": 3, "mfg-enpi": 3, "mfg-case-study": 2, "vg-overview-deck": 1},
     forbidden=["draft-ja-gaiyou"] + other_case_studies("manufacturing"), vertical="manufacturing")

case("y25", "foreign", "HubSpot deal with Spanish labels ('Etapa del negocio: Presentación programada', raw industry 'Hostelería'): five Mexican resort hotels, 1,900 rooms, AC running in empty rooms, Opera Cloud PMS should drive room climate at check-out, corporate agencies ask for carbon per room night, the CEO wants material in Spanish",
     crm("hubspot", "Grupo Hotelero Marea", "Presentación programada", "Hostelería",
         "Negocio: Grupo Hotelero Marea - climatización de habitaciones\nEtapa del negocio: Presentación programada\nImporte: 2.150.000 MXN\nFecha de cierre: 28/02/2027\nPropietario del negocio: Lena Marsh\n\n"
         "Notas\n- 5 hoteles en Quintana Roo y Baja California Sur, 1.900 habitaciones; el aire acondicionado de las habitaciones vacías se queda encendido todo el día.\n"
         "- Usan Opera Cloud como PMS; quieren que la climatización se ajuste cuando el huésped hace check-out.\n"
         "- Varias agencias de viajes corporativos les piden la huella de carbono por noche de habitación para las licitaciones de 2027.\n"
         "- El director general pidió material en español."),
     {"hosp-guestroom": 3, "hosp-hcmi": 2, "vg-es-resumen": 2, "hosp-case-study": 1},
     forbidden=other_case_studies("hospitality"), vertical="hospitality")

case("y26", "foreign", "Salesforce opportunity with German labels ('Phase: Bedarfsanalyse', 'Branche: Gesundheitswesen', 'Nächster Schritt', 'Beschreibung'): a 620-bed hospital should already have an energy management system under the EnEfG (the auditor noted it) and its OR ventilation runs at full load at night",
     crm("salesforce", "Klinikum Oberhavel-Süd", "Bedarfsanalyse", "Gesundheitswesen",
         "Opportunity-Name: Klinikum Oberhavel-Süd - Energiemonitoring\nPhase: Bedarfsanalyse\nBetrag: 380.000 EUR\nSchlusstermin: 31.03.2027\nAccountname: Klinikum Oberhavel-Süd gGmbH\nBranche: Gesundheitswesen\n\n"
         "Nächster Schritt: Unterlagen zum EnEfG (Pflicht zum Energiemanagementsystem) und zur nächtlichen Absenkung der OP-Lüftung an den Technischen Leiter senden.\n"
         "Beschreibung: 620 Betten, 14 OP-Säle, ca. 31 GWh/Jahr. Nach dem Energieeffizienzgesetz hätte das Klinikum bereits ein Energiemanagementsystem einführen müssen; der Wirtschaftsprüfer hat das im Lagebericht angemerkt. Die OP-Lüftung läuft nachts auf Volllast."),
     {"vg-de-enefg": 3, "hc-hospital": 3, "vg-de-ueberblick": 2, "hc-case-study": 1},
     forbidden=other_case_studies("healthcare"), vertical="healthcare")

case("y27", "foreign", "Danish supermarket chain's operations manager (48 stores): goods worth DKK 180,000 lost when a night-time refrigeration alarm went unnoticed; can case and freezer temperatures be monitored with alarms to the on-call, and can refrigerant leaks go into the scope 1 inventory the bank asks for (answered by English items)",
     mail("mette.holm@nordkob.dk", "Mette Holm", "Køleovervågning i 48 butikker",
          "Hej Sam,\n\nTak for snakken på messen i Herning. Vi driver 48 supermarkeder i Jylland og på Fyn. Det, der koster os mest, er køle- og frostanlæggene: i sidste måned mistede vi varer for ca. 180.000 kr. i to butikker, fordi en alarm ikke blev opdaget om natten. Samtidig vil vores bank have opgjort vores CO2-udledning, også lækager af kølemidler.\n\n"
          "Kan I overvåge temperaturen i kølediske og frysere og sende alarmer til vagten? Og kan kølemiddellækager komme med i klimaregnskabet (scope 1)?\n\n"
          "Venlig hilsen\nMette Holm\nDriftschef\nNordkøb A/S",
          company="Nordkøb A/S"),
     {"retail-refrigeration": 3, "vg-alarms": 2, "vg-ledger": 2, "retail-multisite": 1},
     forbidden=other_case_studies("retail"), vertical="retail")

case("y28", "foreign", "Norwegian municipality's energy adviser in the property department ('Eiendomsavdelingen'): 120 public buildings (schools, nursing homes, sports halls) with BMSs from four vendors, mostly BACnet and some Modbus; can you connect without replacing them, is data stored in the EU/EEA, and the council wants a climate inventory of the municipality's own operations (answered by English items)",
     mail("ingrid.bakke@fjellvik.kommune.no", "Ingrid Bakke", "Energioppfølging i 120 formålsbygg",
          "Hei Erik,\n\nTakk for presentasjonen forrige uke. Fjellvik kommune har 120 formålsbygg (skoler, sykehjem, idrettshaller) med SD-anlegg fra fire leverandører, mest BACnet og noe Modbus. Vi ønsker energioppfølging for alle byggene i ett system, og kommunestyret vil ha et klimaregnskap for kommunens egen drift.\n\n"
          "To spørsmål før vi går videre: Kan dere koble dere på SD-anleggene uten at vi må bytte dem? Og hvor lagres dataene? De må ligge i EU/EØS.\n\n"
          "Med vennlig hilsen\nIngrid Bakke\nEnergirådgiver, Eiendomsavdelingen\nFjellvik kommune",
          company="Fjellvik kommune"),
     {"vg-connect": 3, "vg-data-residency": 2, "gov-climate-action": 2, "gov-case-study": 1},
     forbidden=["re-pricing", "re-valuation"] + other_case_studies("government"), vertical="government")

# ---- query (5): the rep types a search
case("y29", "query", "global technology company's facilities director: Kelvara, their BMS vendor at 31 campuses, offers Kelvara Insights at no charge with a five-year service renewal, FDD only on its own controllers; 'why add a third party?', the CFO wants a one-slide answer; the rep types the competitor's name misspelt",
     mail("bacosta@vantixsystems.com", "Brian Acosta", "Re: Voltgrid vs what we already have",
          "Devin,\n\nI'll be straight with you. Kelvara is our BMS vendor at 31 campuses and they've offered Kelvara Insights at no charge if we renew the service contract for five years. Their FDD only runs on their own controllers, and about a third of our buildings are Siemens, but it's free. Why would we add a third party? My CFO wants a one-slide answer.\n\n"
          "Brian Acosta\nSenior Director, Global Facilities\nVantix Systems",
          company="Vantix Systems"),
     {"vg-bc-kelvara": 3, "vg-obj-bms": 3, "vg-detect": 2, "ent-case-study": 1},
     query="kelvera", forbidden=["draft-bc-kelvara-2027", "promo-q3-switch-2026"] + other_case_studies("enterprise"), vertical="enterprise")

case("y30", "query", "Boston college's sustainability director: three buildings fell under the 2025 emissions standard and nine more come in at 2030, they report through Portfolio Manager each May; wants to see each building tracked; the rep types 'berdy' for BERDO",
     mail("jfarrell@fenwick.edu", "Julia Farrell", "Emissions standards - three buildings now covered",
          "Hi Devin,\n\nOur facilities team just realised that three of our buildings have been under the city's emissions standard since 2025 and the other nine come in at 2030. We do the annual reporting through Portfolio Manager every May, but nobody tracks where each building stands against its limit until the report is due.\n\nCould you show me how you'd track this building by building, and what we'd do about the ones that will be over?\n\n"
          "Julia Farrell\nDirector of Sustainability\nFenwick College, Boston",
          company="Fenwick College"),
     {"vg-bps": 3, "vg-energystar": 2, "vg-pathway": 2, "edu-campus": 1},
     query="berdy", forbidden=["retired-ll97-2022"] + other_case_studies("education"), vertical="education")

case("y31", "query", "a packaging plant's energy manager forwards the utility's capacity-bidding enrolment notice (quoted) after a $38,000 August peak charge, asking if it can be automated; the rep types the product name misspelt",
     mail("kpatel@ridgelinepkg.com", "Kiran Patel", "Fwd: 2027 Capacity Bidding Program - enrollment opens Jan 5",
          "Jordan, the utility sent us the below. We got hit with a $38k peak demand charge in August when two extruders and the chillers came on together. Is this something your system can handle automatically, including the events?\n\nKiran\n\n"
          "Kiran Patel | Energy Manager | Ridgeline Packaging, Plant 4\n\n"
          "---------- Forwarded message ---------\nFrom: Business Energy Programs <programs@midstatepower.com>\nSubject: 2027 Capacity Bidding Program - enrollment opens Jan 5\n\n"
          "Dear Business Customer,\n\nEnrollment for the 2027 Capacity Bidding Program opens January 5. Participants commit to reduce load during event hours (May-October, 1-7 PM) and receive monthly capacity payments plus energy payments per kWh reduced. Automated participation through an OpenADR-certified provider is eligible for a technology incentive.\n\nMidState Power Business Programs",
          company="Ridgeline Packaging"),
     {"vg-flex-dr": 3, "vg-tariff": 2, "vg-incentives": 1, "mfg-case-study": 1},
     query="voltgird flex", forbidden=["promo-dr-summer-2026"] + other_case_studies("manufacturing"), vertical="manufacturing")

case("y32", "query", "HubSpot deal at raw 'decisionmakerboughtin' for a health system that signed the health-sector climate pledge: scope 1 including anesthetic gases, scope 2 and a first scope 3 estimate (purchased goods ~70% of the footprint); the CFO approves if the scope 3 method is shown; the rep types 'scope 3 estimaton'",
     crm("hubspot", "Brightwater Health", "decisionmakerboughtin", "Hospital & Health Care",
         "Deal: Brightwater Health - carbon inventory\nDeal stage: Decision maker bought in\nAmount: $96,000\n\n"
         "Notes\n- Signed the health sector climate pledge in 2025; first public inventory due next fall\n- Needs scope 1 incl. anesthetic gases (still some desflurane in 2 ORs), scope 2 for 3 hospitals + 22 clinics, and a first scope 3 estimate: purchased goods look like ~70% of the footprint per their Practice Greenhealth benchmark\n- CFO will approve if we can show how the scope 3 number is calculated and defended"),
     {"vg-scope3": 3, "hc-anesthetic": 3, "vg-ledger": 2, "hc-case-study": 1},
     query="scope 3 estimaton", forbidden=["draft-scope3-portal"] + other_case_studies("healthcare"), vertical="healthcare")

case("y33", "query", "HubSpot deal at raw 'presentationscheduled' for an office-building management firm (raw industry 'Property Management'): the chief engineer asks whether anything must be installed on their Niagara JACEs or their controls contractor's station ($185/hr and slow), and whether Modbus switchgear meters can be read; the rep types 'niagra jace'",
     crm("hubspot", "Bellhaven Management", "presentationscheduled", "Property Management",
         "Deal: Bellhaven - 9 office buildings\nDeal stage: Presentation scheduled\nAmount: $118,000\n\n"
         "Notes\n- Chief engineer (Luis Ortega) asked on the call whether we need to install anything on their Niagara JACEs or touch the controls contractor's Supervisor; the contractor charges $185/hr and takes weeks to show up\n- Also asked if we can read the Modbus meters on the main switchgear\n- Presentation Dec 3 with the owners' asset manager"),
     {"vg-niagara": 3, "vg-connect": 3, "vg-bms-compat": 1, "re-case-study": 1},
     query="niagra jace", forbidden=other_case_studies("real-estate"), vertical="real-estate")

# ---- nulls (4): most fields null or missing
case("y34", "nulls", "an Outlook page with nothing but a subject line: 'LL97 penalty estimate for 3 bldgs?' (no text, sender, company, vertical or stage)",
     {"source": "outlook", "subject": "LL97 penalty estimate for 3 bldgs?"},
     {"vg-ll97": 3, "vg-pathway": 2, "vg-webinar-ll97": 1},
     forbidden=["retired-ll97-2022", "webinar-ll97-live-nov-2026"])

case("y35", "nulls", "a Salesforce opportunity page of which the reader got only the URL and the raw stage 'Id. Decision Makers': no account, industry, contact or text, so only the stage (evaluation) says what fits",
     {"source": "salesforce", "url": "https://calderon-group.lightning.force.com/lightning/r/Opportunity/0068c00000Q2xYzAAJ/view", "company": None, "contact": None,
      "vertical": None, "stage": None, "raw": {"stage": "Id. Decision Makers", "industry": None}, "subject": None, "text": None},
     {"vg-roi": 2, "vg-references": 2, "vg-pilot": 1, "vg-mutual-plan": 1})

case("y36", "nulls", "a Gmail page with only a REIT's domain and a two-line message above an attachment chip named 'GRESB_2026_Asset_Spreadsheet.xlsx': can you fill this in for all 40 buildings? (no contact name, company, subject, vertical or stage)",
     {"source": "gmail", "domain": "granitepeakreit.com",
      "text": "Can you fill this in for all 40 of our buildings? This took my team three months last year.\n\nGRESB_2026_Asset_Spreadsheet.xlsx\n212 KB"},
     {"re-gresb": 3, "re-case-study": 2, "vg-ledger": 1, "vg-energystar": 1},
     forbidden=["draft-re-gresb-2027"] + other_case_studies("real-estate"), vertical="real-estate")

case("y37", "nulls", "a Microsoft Teams external chat with only the URL and one lower-case line: 'can u send the OT cyber doc before our CISO call at 3? he'll ask if ur box can write to the BMS' (no company, contact, vertical or stage)",
     {"source": "generic", "url": "https://teams.microsoft.com/l/chat/19:8f2c1e0b7a@unq.gbl.spaces/conversations", "company": None, "contact": None, "vertical": None, "stage": None, "raw": None, "subject": None,
      "text": "can u send the OT cyber doc before our CISO call at 3? he'll ask if ur box can write to the BMS"},
     {"vg-ot-security": 3, "vg-security-overview": 2, "vg-security-questionnaire": 1},
     forbidden=["retired-gateway-v1"])

# ---- nofit (3): nothing in the library answers
case("y38", "nofit", "an apartment tenant saw a Voltgrid sensor in her hallway and asks Voltgrid to turn her heat up remotely because the super does not answer; a rep redirects her to the building's management, not to an asset",
     mail("jess.moreno88@gmail.com", "Jessica Moreno", "No heat apt 4C",
          "Hello,\n\nThere is a Voltgrid sensor on the wall in my apartment hallway and my heat hasn't worked for three days. The super doesn't answer his phone. Can you turn the heat up from your end? I have a baby and it's 58 degrees in here.\n\nJessica Moreno\nApt 4C, 311 Linden St",
          company=None),
     {}, forbidden=["retired-gateway-v1"])

case("y39", "nofit", "a homeowner wants a quote for rooftop solar, a home battery and a garage EV charger for his house; Voltgrid sells to commercial buildings and installs none of these",
     mail("dan.whitaker.home@outlook.com", "Dan Whitaker", "Quote for solar + battery",
          "Hi,\n\nLooking for a quote for rooftop solar and a battery backup for my house in Sacramento, about 2,400 sq ft, south-facing roof. We'd also like an EV charger in the garage for our new car. What would the whole package cost, and do you handle the permits?\n\nThanks,\nDan",
          source="outlook", company=None),
     {}, forbidden=["retired-ev-ocpp15-2021"])

case("y40", "nofit", "a local food bank's development director asks Voltgrid to sponsor its annual gala or donate a silent-auction item; a request for money, not a sale",
     mail("events@riversidefoodbank.org", "Angela Brooks", "Invitation to sponsor: Harvest Gala 2027",
          "Dear Voltgrid team,\n\nRiverside Food Bank's Harvest Gala returns on March 6, 2027, and we'd love to count Voltgrid among our community sponsors. Sponsorship levels run from $2,500 (Table Sponsor) to $25,000 (Presenting Sponsor), and we're also collecting items for the silent auction.\n\nLast year the gala raised enough to provide 1.2 million meals. The sponsorship packet is attached; I'm happy to talk through options.\n\nWarmly,\nAngela Brooks\nDirector of Development\nRiverside Food Bank\nDonate: riversidefoodbank.org/give",
          company="Riverside Food Bank"),
     {})

# ---------------------------------------------------------------- checks and output
# This set's own checks; write_set holds the ones every set has.
check_verticals(ITEMS, CASES, VERTICAL, NOW)
# Pages never spell the library's own vertical id: only raw values and words say it.
for c in CASES:
    flat = str(c["context"]).lower().replace("-", " ")
    assert "real estate" not in flat, (c["case"], "page spells the library's own vertical")
    assert c["context"].get("vertical") in (None,), (c["case"], "a context gives a canonical vertical")
write_set(HERE, ITEMS, CASES, NOW, "y")
