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


def write_set(here, items, cases, now, prefix):
    """The checks every set holds (unique ids, graded items live, forbidden ids real and not graded,
    case ids numbered in order), then library.json and cases.jsonl written beside the generator."""
    import json

    ids = [i["id"] for i in items]
    assert len(ids) == len(set(ids)), "duplicate item id"
    live = {i["id"] for i in items if i["status"] == "approved" and i.get("expires", "9999") > now}
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
