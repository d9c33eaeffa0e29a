#!/usr/bin/env bash
# Property-based API tests: schemathesis (PyPI) reads the server's own OpenAPI document and
# sends generated requests, with an admin's and a rep's token, to a live server on a fresh
# SQLite file with the demo library. Fails on any 5xx, any status the document does not
# declare, and any answer whose body or media type does not match its schema.
#   bash tests/api/schemathesis.sh [MAX_EXAMPLES]   (needs target/debug/handoff and target/py)
set -euo pipefail
cd "$(dirname "$0")/../.."
EXAMPLES="${1:-40}"
ST=target/py/bin/schemathesis
[ -x "$ST" ] || { echo "schemathesis.sh: $ST missing: run scripts/setup.sh (it installs schemathesis from PyPI)" >&2; exit 1; }
[ -x target/debug/handoff ] || { echo "schemathesis.sh: target/debug/handoff missing: cargo build -p handoff-cli" >&2; exit 1; }
WORK=$(mktemp -d)
PORT=$((20000 + RANDOM % 20000))
target/debug/handoff serve --db "sqlite://$WORK/api.db?mode=rwc" --addr "127.0.0.1:$PORT" --demo-library demo/library.json >"$WORK/serve.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 100); do grep -q "listening on" "$WORK/serve.log" && break; sleep 0.1; done
ADMIN=$(sed -n 's/.*admin token: //p' "$WORK/serve.log")
REP=$(sed -n 's/.*rep token: *//p' "$WORK/serve.log")
[ -n "$ADMIN" ] && [ -n "$REP" ] || { cat "$WORK/serve.log" >&2; echo "schemathesis.sh: the server did not start" >&2; exit 1; }
# Usage to report on, so the reports' rows are checked against their schemas too.
AT=$(date -u +%Y-%m-%dT%H:%M:%SZ)
curl -sf -H "Authorization: Bearer $REP" -H 'content-type: application/json' "http://127.0.0.1:$PORT/v1/events" -d '{"batch": [
  {"id": "st-1", "at": "'"$AT"'", "action": "shown", "item_id": "gov-security-review-reply", "vertical": "government", "stage": "evaluation", "source": "gmail"},
  {"id": "st-2", "at": "'"$AT"'", "action": "inserted", "item_id": "gov-security-review-reply", "vertical": "government", "stage": "evaluation", "source": "gmail"},
  {"id": "st-3", "at": "'"$AT"'", "action": "rated", "rating": -1, "reason": "outdated", "item_id": "gov-security-review-reply", "vertical": "government", "stage": "evaluation"},
  {"id": "st-4", "at": "'"$AT"'", "action": "search_no_result", "query": "=cmd|calc", "source": "salesforce"},
  {"id": "st-5", "at": "'"$AT"'", "action": "proposed", "proposal": {"title": "My reply", "body": "Hello {{contact.first_name}}"}, "vertical": "government", "stage": "proposal"}]}' >/dev/null
CHECKS=not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance
run() {
  local who=$1 token=$2; shift 2
  echo "== schemathesis as $who $* ($EXAMPLES examples per operation)"
  "$ST" run "http://127.0.0.1:$PORT/v1/openapi.json" --checks "$CHECKS" -H "Authorization: Bearer $token" \
    --max-examples "$EXAMPLES" --workers 2 --phases examples,coverage,fuzzing --suppress-health-check all \
    --request-timeout 20 --seed 1 --no-color "$@"
}
# Rotating and revoking tokens would end the run's own tokens (schemathesis learns user ids from
# GET /v1/admin/users): those two operations go last.
run admin "$ADMIN" --exclude-path-regex '/token$'
run rep "$REP"
run admin "$ADMIN" --include-path-regex '/token$'
