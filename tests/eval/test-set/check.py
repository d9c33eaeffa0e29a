#!/usr/bin/env python3
"""Validate the blind Handoff evaluation set (library.json + cases.jsonl).

Usage: python3 check.py   (exit 0 when everything passes)
"""
import json, os, re, sys
from collections import Counter
from datetime import datetime, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DATE = datetime(2026, 11, 23, tzinfo=timezone.utc)
TRAP_EXPIRY_CUTOFF = datetime(2026, 11, 1, tzinfo=timezone.utc)

VERTICALS = {"government", "enterprise", "mid-market", "smb", "nonprofit", "education", "healthcare", "financial-services"}
STAGES = {"prospecting", "discovery", "evaluation", "proposal", "negotiation", "closed-won", "closed-lost", "customer"}
KINDS = {"snippet", "email-template", "case-study", "one-pager", "deck", "battlecard", "video", "link"}
STATUSES = {"approved", "draft", "retired"}
SOURCES = {"gmail", "outlook", "salesforce", "hubspot", "dynamics", "pipedrive", "generic"}
ITEM_FIELDS = {"id", "title", "kind", "summary", "body", "url", "verticals", "stages", "tags", "status", "expires", "updated"}
CONTEXT_FIELDS = {"source", "url", "company", "domain", "contact", "vertical", "stage", "raw", "subject", "text"}
CONTACT_FIELDS = {"name", "first_name", "email"}
RAW_FIELDS = {"stage", "industry"}
CASE_FIELDS = {"case", "context", "query", "relevant", "forbidden", "note"}
MIN_KIND_COUNTS = {"thread": 10, "multi-ask": 10, "specific-vs-generic": 8, "crm-raw": 8,
                   "localized": 8, "query": 10, "nulls": 6, "no-fit": 4}
MIN_ITEMS, MIN_CASES = 160, 64
MIN_DRAFT, MIN_RETIRED, MIN_EXPIRED = 8, 5, 6

errors = []
def err(msg): errors.append(msg)

def parse_dt(s):
    if not isinstance(s, str):
        return None
    s2 = s.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", s2):
        s2 += "T00:00:00Z"
    if s2.endswith("Z") or s2.endswith("z"):
        s2 = s2[:-1] + "+00:00"
    try:
        d = datetime.fromisoformat(s2)
    except ValueError:
        return None
    if d.tzinfo is None:
        return None
    return d

# ---------------- library ----------------
try:
    with open(os.path.join(HERE, "library.json"), encoding="utf-8") as f:
        lib = json.load(f)
except Exception as e:
    print(f"FAIL: library.json does not parse: {e}")
    sys.exit(1)

if not isinstance(lib, dict) or not isinstance(lib.get("items"), list):
    print("FAIL: library.json must be {\"items\": [...]}")
    sys.exit(1)

items = {}
kind_c, vert_c, stage_c, status_c = Counter(), Counter(), Counter(), Counter()
general_items = 0
drafts, retired, expired_traps = [], [], []
for n, it in enumerate(lib["items"]):
    where = f"library item #{n}"
    if not isinstance(it, dict):
        err(f"{where}: not an object"); continue
    iid = it.get("id")
    if not isinstance(iid, str) or not iid:
        err(f"{where}: missing id"); continue
    where = f"item {iid}"
    if iid in items:
        err(f"{where}: duplicate id")
    items[iid] = it
    extra = set(it) - ITEM_FIELDS
    if extra:
        err(f"{where}: unknown fields {sorted(extra)}")
    if not isinstance(it.get("title"), str) or not it["title"].strip():
        err(f"{where}: missing title")
    if it.get("kind") not in KINDS:
        err(f"{where}: bad kind {it.get('kind')!r}")
    else:
        kind_c[it["kind"]] += 1
    st = it.get("status", "approved")
    if st not in STATUSES:
        err(f"{where}: bad status {st!r}")
    status_c[st] += 1
    for fld, allowed, counter in (("verticals", VERTICALS, vert_c), ("stages", STAGES, stage_c)):
        val = it.get(fld)
        if val is None:
            continue
        if not isinstance(val, list):
            err(f"{where}: {fld} must be a list"); continue
        for v in val:
            if v not in allowed:
                err(f"{where}: bad {fld[:-1]} {v!r}")
            counter[v] += 1
    if not it.get("verticals"):
        general_items += 1
    if "tags" in it and not (isinstance(it["tags"], list) and all(isinstance(t, str) for t in it["tags"])):
        err(f"{where}: tags must be a list of strings")
    for fld in ("expires", "updated"):
        if fld in it and it[fld] is not None and parse_dt(it[fld]) is None:
            err(f"{where}: {fld} is not RFC 3339: {it[fld]!r}")
    if st == "draft":
        drafts.append(iid)
    elif st == "retired":
        retired.append(iid)
    elif st == "approved":
        exp = parse_dt(it.get("expires"))
        if exp is not None and exp < TRAP_EXPIRY_CUTOFF:
            expired_traps.append(iid)

def suggestible(iid):
    it = items.get(iid)
    if it is None or it.get("status", "approved") != "approved":
        return False
    exp = parse_dt(it.get("expires"))
    return exp is None or exp > EVAL_DATE

if len(items) < MIN_ITEMS:
    err(f"library: {len(items)} items, need at least {MIN_ITEMS}")
for k in KINDS - set(kind_c):
    err(f"library: no item of kind {k}")
for v in VERTICALS - set(vert_c):
    err(f"library: no item restricted to vertical {v}")
for s in STAGES - set(stage_c):
    err(f"library: no item for stage {s}")
if general_items == 0:
    err("library: no general (all-vertical) items")
if len(drafts) < MIN_DRAFT:
    err(f"library: {len(drafts)} draft items, need {MIN_DRAFT}")
if len(retired) < MIN_RETIRED:
    err(f"library: {len(retired)} retired items, need {MIN_RETIRED}")
if len(expired_traps) < MIN_EXPIRED:
    err(f"library: {len(expired_traps)} approved items expiring before 2026-11-01, need {MIN_EXPIRED}")
traps = set(drafts) | set(retired) | set(expired_traps)

# ---------------- cases ----------------
cases = []
with open(os.path.join(HERE, "cases.jsonl"), encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            continue
        try:
            cases.append((ln, json.loads(line)))
        except Exception as e:
            err(f"cases.jsonl line {ln}: does not parse: {e}")

case_ids = set()
kind_counts = Counter()
grade_c = Counter()
trap_hits = Counter()
for ln, c in cases:
    where = f"cases.jsonl line {ln}"
    if not isinstance(c, dict):
        err(f"{where}: not an object"); continue
    cid = c.get("case")
    if not isinstance(cid, str) or not cid:
        err(f"{where}: missing case id"); continue
    where = f"case {cid}"
    if cid in case_ids:
        err(f"{where}: duplicate case id")
    case_ids.add(cid)
    extra = set(c) - CASE_FIELDS
    missing = CASE_FIELDS - set(c)
    if extra: err(f"{where}: unknown fields {sorted(extra)}")
    if missing: err(f"{where}: missing fields {sorted(missing)}")

    note = c.get("note")
    m = re.match(r"^([a-z-]+):\s+\S", note or "")
    kind = m.group(1) if m else None
    if kind not in MIN_KIND_COUNTS:
        err(f"{where}: note must start with one of {sorted(MIN_KIND_COUNTS)} followed by ':'")
    kind_counts[kind] += 1

    q = c.get("query")
    if q is not None and (not isinstance(q, str) or not q.strip()):
        err(f"{where}: query must be null or a non-empty string")

    ctx = c.get("context")
    if not isinstance(ctx, dict):
        err(f"{where}: context must be an object"); ctx = {}
    extra = set(ctx) - CONTEXT_FIELDS
    if extra: err(f"{where}: context has unknown fields {sorted(extra)}")
    if ctx.get("source") is not None and ctx["source"] not in SOURCES:
        err(f"{where}: bad source {ctx['source']!r}")
    if ctx.get("vertical") is not None and ctx["vertical"] not in VERTICALS:
        err(f"{where}: bad vertical {ctx['vertical']!r}")
    if ctx.get("stage") is not None and ctx["stage"] not in STAGES:
        err(f"{where}: bad stage {ctx['stage']!r}")
    for fld in ("url", "company", "domain", "subject", "text"):
        if ctx.get(fld) is not None and not isinstance(ctx[fld], str):
            err(f"{where}: context.{fld} must be a string or null")
    contact = ctx.get("contact")
    if contact is not None:
        if not isinstance(contact, dict):
            err(f"{where}: contact must be an object or null")
        else:
            extra = set(contact) - CONTACT_FIELDS
            if extra: err(f"{where}: contact has unknown fields {sorted(extra)}")
    raw = ctx.get("raw")
    if raw is not None:
        if not isinstance(raw, dict):
            err(f"{where}: raw must be an object or null")
        else:
            extra = set(raw) - RAW_FIELDS
            if extra: err(f"{where}: raw has unknown fields {sorted(extra)}")

    # kind-specific shape checks
    if kind == "crm-raw":
        if ctx.get("source") not in {"salesforce", "hubspot", "dynamics", "pipedrive"}:
            err(f"{where}: crm-raw needs a CRM source")
        if ctx.get("vertical") is not None or ctx.get("stage") is not None:
            err(f"{where}: crm-raw needs vertical and stage null")
        if not isinstance(raw, dict) or not raw.get("stage"):
            err(f"{where}: crm-raw needs raw.stage")
    if kind == "localized":
        if ctx.get("vertical") is not None or ctx.get("stage") is not None:
            err(f"{where}: localized needs canonical vertical and stage null")
    if kind == "nulls":
        filled = [k for k in CONTEXT_FIELDS if ctx.get(k) not in (None, "", {}, [])]
        if len(filled) > 3:
            err(f"{where}: nulls case has too many filled fields {filled}")
    if kind == "thread":
        if ctx.get("source") not in {"gmail", "outlook"}:
            err(f"{where}: thread needs gmail/outlook source")
        t = ctx.get("text") or ""
        if not re.search(r"(wrote:|^From:|Original Message)", t, re.M):
            err(f"{where}: thread text has no quoted older message")
    if kind == "query" and not q:
        err(f"{where}: query case needs a typed query")

    rel = c.get("relevant")
    if not isinstance(rel, dict):
        err(f"{where}: relevant must be an object"); rel = {}
    forb = c.get("forbidden")
    if not isinstance(forb, list):
        err(f"{where}: forbidden must be a list"); forb = []
    if kind == "no-fit":
        if rel:
            err(f"{where}: no-fit case must have relevant {{}}")
    else:
        if not 1 <= len(rel) <= 6:
            err(f"{where}: {len(rel)} relevant items, need 1-6")
        if rel and 3 not in rel.values():
            err(f"{where}: no grade-3 item")
    for iid, g in rel.items():
        grade_c[g] += 1
        if iid not in items:
            err(f"{where}: relevant id {iid!r} not in library")
        elif not suggestible(iid):
            err(f"{where}: relevant id {iid!r} is not approved+unexpired on 2026-11-23")
        if g not in (1, 2, 3) or isinstance(g, bool):
            err(f"{where}: grade for {iid!r} must be 1, 2 or 3")
    if len(set(forb)) != len(forb):
        err(f"{where}: duplicate ids in forbidden")
    for iid in forb:
        if iid not in items:
            err(f"{where}: forbidden id {iid!r} not in library")
        elif not suggestible(iid):
            err(f"{where}: forbidden id {iid!r} should be an approved, unexpired item (traps are filtered anyway)")
        if iid in rel:
            err(f"{where}: {iid!r} is both relevant and forbidden")
    # which traps does this case's note name / text brush against (informational)
    for t in traps:
        if t in (note or ""):
            trap_hits[t] += 1

if len(cases) < MIN_CASES:
    err(f"cases: {len(cases)} cases, need at least {MIN_CASES}")
for k, n in MIN_KIND_COUNTS.items():
    if kind_counts[k] < n:
        err(f"cases: {kind_counts[k]} '{k}' cases, need at least {n}")

# ---------------- report ----------------
print(f"library.json: {len(items)} items  ({general_items} general, {len(items) - general_items} vertical-restricted)")
print("  kinds:    " + ", ".join(f"{k}={kind_c[k]}" for k in sorted(KINDS)))
print("  verticals:" + ", ".join(f" {v}={vert_c[v]}" for v in sorted(VERTICALS)))
print("  stages:   " + ", ".join(f"{s}={stage_c[s]}" for s in sorted(STAGES)))
print(f"  status:   approved={status_c['approved']} draft={status_c['draft']} retired={status_c['retired']}")
print(f"  traps:    draft={len(drafts)} retired={len(retired)} approved-but-expired(<2026-11-01)={len(expired_traps)}")
print(f"cases.jsonl: {len(cases)} cases")
print("  kinds:    " + ", ".join(f"{k}={kind_counts[k]}" for k in MIN_KIND_COUNTS))
print("  grades:   " + ", ".join(f"{g}={grade_c[g]}" for g in (3, 2, 1)))
print(f"  forbidden entries: {sum(len(c.get('forbidden') or []) for _, c in cases if isinstance(c, dict))}")
if errors:
    print(f"\nFAIL: {len(errors)} problem(s)")
    for e in errors:
        print("  - " + e)
    sys.exit(1)
print("\nOK: all checks passed")
