from __future__ import annotations

import json
import logging

from feed.logs import JsonFormatter, RepeatFilter


def record(message: str, *args: object) -> logging.LogRecord:
    return logging.LogRecord("feed.ingest", logging.INFO, __file__, 1, message, args, None)


def test_json_lines_lift_the_fixed_fields() -> None:
    line = JsonFormatter().format(
        record(
            "ingest source=%s url=%s status=%s new=%d duration_ms=%d error=%r",
            "lnd",
            "https://x/rss",
            "failed",
            3,
            41,
            "fetcher: timed out",
        )
    )
    entry = json.loads(line)
    assert entry["level"] == "info" and entry["logger"] == "feed.ingest"
    assert (entry["source"], entry["url"], entry["status"], entry["new"], entry["duration_ms"]) == (
        "lnd",
        "https://x/rss",
        "failed",
        3,
        41,
    )
    assert entry["error"] == "fetcher: timed out"
    assert entry["message"].startswith("ingest source=lnd")


def test_plain_messages_stay_plain() -> None:
    entry = json.loads(JsonFormatter().format(record("scheduler: started with 3 source job(s)")))
    assert set(entry) == {"time", "level", "logger", "message"}


def test_a_message_repeating_while_the_database_is_down_is_said_once_a_minute() -> None:
    now = [100.0]
    repeats = RepeatFilter(("Error getting due jobs",), every=60.0, clock=lambda: now[0])
    logger = logging.getLogger("test.repeats")
    logger.addFilter(repeats)
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append  # type: ignore[method-assign]
    logger.addHandler(handler)
    logger.propagate = False
    try:
        down = OSError("connection failed: Connection refused\n\tIs the server running on that host?")
        for _ in range(5):
            logger.warning("Error getting due jobs from job store %r: %s", "default", down)
            logger.warning("scheduler: active (pid %d)", 7)  # other messages pass
            now[0] += 1.0
        now[0] += 60.0
        logger.warning("Error getting due jobs from job store %r: %s", "default", down)
    finally:
        logger.removeHandler(handler)
        logger.removeFilter(repeats)
    said = [r.getMessage() for r in records]
    assert said.count("scheduler: active (pid 7)") == 5
    assert [m for m in said if m.startswith("Error")] == [
        "Error getting due jobs from job store 'default': connection failed: Connection refused",
        "Error getting due jobs from job store 'default': connection failed: Connection refused (4 more like it held back)",
    ]
