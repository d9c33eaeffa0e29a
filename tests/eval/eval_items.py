"""One library item in the contract's format, for the eval sets' generators."""


def item(url_base, updated, id, title, kind, summary, verticals=(), stages=(), tags=(), body=None, status="approved", expires=None):
    it = {"id": id, "title": title, "kind": kind, "summary": summary, "verticals": list(verticals), "stages": list(stages), "tags": list(tags), "status": status, "updated": updated}
    if body:
        it["body"] = body
    else:
        it["url"] = url_base + id
    if expires:
        it["expires"] = expires
    return it


def library(url_base, default_updated):
    """A set's items and the `add` that appends one, linked under the vendor's `url_base`."""
    items = []

    def add(id, title, kind, summary, verticals=(), stages=(), tags=(), body=None, status="approved", expires=None, updated=default_updated):
        items.append(item(url_base, updated, id, title, kind, summary, verticals, stages, tags, body, status, expires))

    return items, add


def mail(email, name, subject, text, source="gmail", **extra):
    """A mail page's context: the sender as contact, their domain, the subject and the reading pane."""
    c = {"source": source, "domain": email.split("@")[1], "contact": {"name": name, "first_name": name.split()[0], "email": email}, "subject": subject, "text": text}
    c.update(extra)
    return c


def quote(text, depth=1):
    """Text quoted as Gmail quotes it: every line prefixed with '>' (one per level)."""
    mark = ">" * depth
    return "\n".join(f"{mark} {line}" if line else mark for line in text.split("\n"))


def cases():
    """A set's cases, the prospect's vertical per case as the labeller judged it (kept for the
    checks, never written out), and the `case` that appends one."""
    out, verticals = [], {}

    def case(id, kind, note, context, relevant, query=None, forbidden=(), vertical=None):
        out.append({"case": id, "note": f"{kind}: {note}", "context": context, "query": query, "relevant": relevant, "forbidden": list(forbidden)})
        verticals[id] = vertical

    return out, verticals, case


def crm(source, company, raw_stage, raw_industry, text, **extra):
    """A CRM record's context as a reader gives it: canonical fields null, the raw values kept."""
    c = {"source": source, "company": company, "vertical": None, "stage": None, "raw": {"stage": raw_stage, "industry": raw_industry}, "text": text}
    c.update(extra)
    return c


def others(by_vertical, *mine):
    """The items of `by_vertical` (vertical -> id or ids) restricted to a vertical not in `mine`:
    never shown when the prospect's own vertical has its version."""
    return [i for v, ids in by_vertical.items() if v not in mine for i in ([ids] if isinstance(ids, str) else ids)]


def live_ids(items, now):
    """The ids of the items a rep may be shown at `now`: approved and not expired."""
    return {i["id"] for i in items if i["status"] == "approved" and i.get("expires", "9999") > now}


def check_traps_forbidden(items, cases, now):
    """Every trap (draft, retired, expired) is forbidden in at least one case: each is tested."""
    live = live_ids(items, now)
    forbidden_somewhere = {f for c in cases for f in c["forbidden"]}
    for i in items:
        assert i["id"] in live or i["id"] in forbidden_somewhere, (i["id"], "trap forbidden in no case")


def check_verticals(items, cases, verticals, now):
    """Graded items fit the prospect's vertical; forbidden ones are not live or are another
    vertical's; at most 4 graded items, and only no-fit cases grade none."""
    by_id = {i["id"]: i for i in items}
    live = live_ids(items, now)
    for c in cases:
        v = verticals[c["case"]]
        assert len(c["relevant"]) <= 4, (c["case"], "more than 4 graded items")
        assert c["relevant"] or c["note"].startswith("nofit:"), (c["case"], "no graded item")
        for rid, grade in c["relevant"].items():
            assert grade in (1, 2, 3), (c["case"], rid, grade)
            assert not by_id[rid]["verticals"] or v in by_id[rid]["verticals"], (c["case"], rid, "graded item for another vertical")
        for f in c["forbidden"]:
            other_vertical = bool(by_id[f]["verticals"]) and v is not None and v not in by_id[f]["verticals"]
            assert f not in live or other_vertical, (c["case"], f, "forbidden item is live and not restricted to another vertical")


def write_set(here, items, cases, now, prefix):
    """The checks every set holds (unique ids, graded items live, forbidden ids real and not graded,
    case ids numbered in order), then library.json and cases.jsonl written beside the generator."""
    import json

    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate item id"
    live = live_ids(items, now)
    for c in cases:
        for rid in c["relevant"]:
            assert rid in live, (c["case"], rid)
        for f in c["forbidden"]:
            assert f in ids, (c["case"], f)
            assert f not in c["relevant"], (c["case"], f)
    assert [c["case"] for c in cases] == [f"{prefix}{n:02d}" for n in range(1, len(cases) + 1)]
    (here / "library.json").write_text(json.dumps({"items": items}, indent=1, ensure_ascii=False) + "\n")
    (here / "cases.jsonl").write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in cases))
    print(f"library: {len(items)} items; cases: {len(cases)}")
