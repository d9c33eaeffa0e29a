"""Sends usage events to Handoff's /v1/batch with Segment's own Python client
(segment-analytics-python), twice with the same message ids: Handoff must store them once.
Usage: python3 tests/segment/send.py SERVER_URL WRITE_KEY"""
import sys

import segment.analytics as analytics

url, key = sys.argv[1], sys.argv[2]
analytics.write_key = key
analytics.host = url
analytics.sync_mode = True  # send now, in this process, and raise on failure
errors = []
analytics.on_error = lambda error, items: errors.append(error)

for round in range(2):
    for n, (event, props) in enumerate([
        ("Content Inserted", {"item_id": "gov-fedramp-one-pager", "vertical": "government", "stage": "proposal", "source": "gmail"}),
        ("Content Inserted", {"item_id": "gov-fedramp-one-pager", "vertical": "government", "stage": "proposal", "source": "gmail"}),
        ("Search No Result", {"query": "fedramp high boundary diagram"}),
    ]):
        analytics.track(user_id="rep-segment", event=event, properties=props, message_id=f"segment-msg-{n}", timestamp=None)
    analytics.flush()

if errors:
    sys.exit(f"segment client errors: {errors}")
print("sent 3 track events twice")
