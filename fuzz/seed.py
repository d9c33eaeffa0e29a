#!/usr/bin/env python3
"""Seeds fuzz/corpus/<target>/ from the repository's fixtures (pages, libraries, contexts)
and a few hand-written inputs, in each target's input format (crates/fuzz-targets/src).
Files are named by the SHA-1 of their content, as libFuzzer names them; existing files stay.
Run once, then `cargo fuzz cmin` keeps only what adds coverage."""

import hashlib
import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "fuzz" / "corpus"

# The index in crates/fuzz-targets/src/page.rs URLS of a page of each site.
SITE_URL = {"gmail": 0, "outlook": 1, "salesforce": 3, "hubspot": 5, "dynamics": 7, "pipedrive": 8, "generic": 9}


def put(target, data):
    if isinstance(data, str):
        data = data.encode()
    folder = CORPUS / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def readers():
    pages = ROOT / "tests" / "fixtures" / "pages"
    for html in sorted(pages.glob("*/*.html")):
        put("readers", bytes([SITE_URL[html.parent.name]]) + html.read_bytes())
    for html in sorted((ROOT / "tests" / "fixtures" / "external").glob("*/*.html")):
        put("readers", bytes([SITE_URL["gmail"]]) + html.read_bytes())
    rules = json.loads((ROOT / "crates" / "readers" / "src" / "rules.json").read_text())
    rules["version"] = "2999-01-01"
    small = (pages / "hubspot" / "deal-current.html").read_bytes()
    put("readers", bytes([0x80 | SITE_URL["hubspot"]]) + json.dumps(rules).encode() + b"\0" + small)


def libraries():
    for lib in [ROOT / "demo" / "library.json", ROOT / "tests" / "eval" / "library.json"]:
        put("library_json", lib.read_bytes())
    put("library_json", '{"version":9,"taxonomy":{"verticals":[{"id":"agriculture","label":"Agriculture","synonyms":["Farming"]}],"stages":[{"id":"pilot"}]},'
        '"items":[{"id":"a","title":"Crop insurance one-pager","status":"approved","verticals":["Farming"],"stages":["pilot"],"expires":"2027-01-01"},'
        '{"id":"","title":"x"},{"id":"a","title":"dup"},{"id":"b","title":"T","status":"maybe","url":"javascript:alert(1)"}]}')
    put("import_csv", "id,title,kind,verticals,stages,tags,status,body\n"
        "gov-1,FedRAMP one-pager,one-pager,government;education,proposal|evaluation,fedramp; security,approved,\"Hi {{contact.first_name}},\nline two\"\n"
        ",No id,snippet,,,,approved,x\nbad-status,T,snippet,Public Sector,,,maybe,x\n")
    put("import_csv", "\ufeffID,Title,URL,Expires,Updated,Summary,Owner\nx,\"Quoted, title\",https://example.com/a,2027-01-01,2026-11-01T10:00:00Z,s,marketing\n\"y\",\"\"\"q\"\"\",,,,,\n")
    items = json.loads((ROOT / "demo" / "library.json").read_text())["items"][:4]
    for n, item in enumerate(items):
        front = "\n".join(f"{k}: [{', '.join(v)}]" if isinstance(v, list) else f"{k}: {json.dumps(v) if k == 'title' else v}"
                          for k, v in item.items() if k not in ("body", "id") and isinstance(v, (str, list)))
        put("import_markdown", f"{item['id']}.md\n---\n{front}\n---\n{item.get('body', '')}\n")
    put("import_markdown", "gov-reply.md\n---\ntitle: \"Security review reply\"\nkind: snippet\nverticals: [government]\nstages:\n  - proposal\n  - negotiation\n"
        "tags: fedramp; security\nstatus: approved\n---\nHi {{contact.first_name}},\n\nHere is our package.\n\0broken.md\ntitle: no fences\n\0open.md\n---\ntitle: x\n\0bad-line.md\n---\ntitle x\n---\n")
    put("taxonomy", '{"verticals":[{"id":"agriculture","label":"Agriculture","synonyms":["Farming","Agri"]},{"id":"government","synonyms":["Gov"]}],'
        '"stages":[{"id":"pilot","label":"Pilot"},{"id":"discovery","synonyms":["Qualify"]}]}')
    put("taxonomy", '{"replace_stages":true,"stages":[{"id":"lead"},{"id":"won","label":"Won","synonyms":["closed-won","Gagné"]},{"id":"closed-lost"}]}')
    put("taxonomy", "{}")


def contexts():
    for ctx in sorted((ROOT / "demo" / "contexts").glob("*.json")):
        put("page_context", ctx.read_bytes())
    cases = json.loads((ROOT / "tests" / "eval" / "cases.json").read_text())["cases"]
    for case in cases[:6]:
        put("page_context", json.dumps(case["context"]) + ("\0" + case["query"] if case.get("query") else ""))
    put("page_context", '{"raw":null,"contact":{"name":"Ana"},"stage":"Negotiation/Review","vertical":"Healthcare","unknown":[1,2]}\0hipaa baa')


def events():
    for e in [
        {"id": "e1", "at": "2026-11-23T10:00:00Z", "action": "inserted", "item_id": "a", "vertical": "government", "source": "gmail"},
        {"id": "e2", "at": "2026-11-23T10:00:00.5+02:00", "action": "rated", "item_id": "a", "rating": -1, "reason": "outdated"},
        {"id": "e3", "at": "2026-11-23T10:00:00Z", "action": "search_no_result", "query": "fedramp high"},
        {"id": "e4", "at": "2026-11-23T10:00:00Z", "action": "proposed", "proposal": {"title": "Reply", "body": "Hi {{first_name}}"}, "rep": "rep-7"},
        {"type": "track", "event": "Content Inserted", "messageId": "m-1", "timestamp": "2026-11-23T10:00:00.000Z", "userId": "rep-7",
         "properties": {"item_id": "gov-fedramp", "vertical": "government", "stage": "proposal", "source": "gmail"}},
        {"type": "track", "event": "Search No Result", "messageId": "m-2", "originalTimestamp": "2026-11-23T10:00:00Z", "anonymousId": "x", "properties": {"query": "cjis"}},
        {"type": "track", "event": "Content Rated", "messageId": "m-3", "timestamp": "2026-11-23T10:00:00Z", "properties": {"content_id": "a", "rating": 1, "reason": "other"}},
    ]:
        put("events", json.dumps(e))


def templates():
    for item in json.loads((ROOT / "demo" / "library.json").read_text())["items"]:
        if "{{" in item.get("body", ""):
            put("template", item["body"] + "\0company=Acme County\ncontact.name=Dana Lee\ncontact.email=dana@acmecounty.gov\nrep.name=Sam Rep\nmeeting_time= 3pm \n")
    put("template", "Hi {{ first_name }}, {{x}} {{ {{nested}} }} {{ unclosed\0first_name=Ana\nx=\n")


def outbox():
    rng = random.Random(13)
    for size in [16, 64, 256, 1024, 4096]:
        put("outbox", bytes(rng.randrange(256) for _ in range(size)))
    # Op::Full (variant 1 of 7: a u32 in [2^32/7, 2*2^32/7)) with its key 0xF011, low-value
    # or not, then random operations: the queue's bound.
    for low in [0, 1]:
        put("outbox", bytes([0, 0, 0, 0x30, 0x11, 0xF0, low]) + bytes(rng.randrange(256) for _ in range(512)))


if __name__ == "__main__":
    readers()
    libraries()
    contexts()
    events()
    templates()
    outbox()
    for folder in sorted(CORPUS.iterdir()):
        files = list(folder.iterdir())
        print(f"{folder.name}: {len(files)} files, {sum(f.stat().st_size for f in files) // 1024} KB")
