from __future__ import annotations

import json
import logging

from feed.logs import JsonFormatter


def record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("feed.ingest", logging.INFO, __file__, 1, message, args, None)


def test_json_lines_lift_the_fixed_fields() -> None:
    line = JsonFormatter().format(record(
        "ingest source=%s url=%s status=%s new=%d duration_ms=%d error=%r", "lnd", "https://x/rss", "failed", 3, 41,
        "fetcher: timed out"))
    entry = json.loads(line)
    assert entry["level"] == "info" and entry["logger"] == "feed.ingest"
    assert (entry["source"], entry["url"], entry["status"], entry["new"], entry["duration_ms"]) == (
        "lnd", "https://x/rss", "failed", 3, 41)
    assert entry["error"] == "fetcher: timed out"
    assert entry["message"].startswith("ingest source=lnd")


def test_plain_messages_stay_plain() -> None:
    entry = json.loads(JsonFormatter().format(record("scheduler: started with 3 source job(s)")))
    assert set(entry) == {"time", "level", "logger", "message"}
