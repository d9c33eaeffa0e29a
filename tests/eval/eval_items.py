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
