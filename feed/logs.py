"""Logging set-up: one line per event with fixed `key=value` fields, or JSON.

FEED_LOG_FORMAT=json writes one JSON object per line; the message's `key=value`
fields (source=, url=, status=, duration_ms=) become keys of their own.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s %(message)s"
MAX_LOGGED_URL = 1024  # characters of a request's path and query string that a log line shows
_FIELD = re.compile(r"(?P<key>[a-z_]+)=(?P<value>'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|[^\s]+)")


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        message = record.getMessage()
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "message": message,
        }
        for match in _FIELD.finditer(message):
            value = match.group("value")
            if value[:1] in "'\"":
                value = value[1:-1]
            entry.setdefault(match.group("key"), int(value) if value.isdigit() else value)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: int, log_format: str = "text") -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # alembic announces each of its plugins at INFO when imported, which the commands do after this
    logging.getLogger("alembic.runtime.plugins").setLevel(logging.WARNING)
    access = logging.getLogger("uvicorn.access")
    if not any(isinstance(f, AccessLogFilter) for f in access.filters):
        access.addFilter(AccessLogFilter())


def loggable_url(value: str, limit: int = MAX_LOGGED_URL) -> str:
    """A request's path (and query) as logged: its first `limit` characters and, when cut, its length."""
    if len(value) <= limit:
        return value
    return f"{value[:limit]}…[{len(value)} chars]"


class AccessLogFilter(logging.Filter):
    """uvicorn's access lines ('%s - "%s %s HTTP/%s" %d') with the path and query cut by loggable_url:
    a request with a 60 kB query string made a 60 kB line."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], loggable_url(args[2]), *args[3:])
        return True


class RepeatFilter(logging.Filter):
    """One record a minute of a message that repeats while something is down (the database, for one),
    with how many were held back; only the first line of its values.

    Attached to a logger, it holds back records whose format string starts with one of `prefixes`.
    """

    def __init__(
        self, prefixes: tuple[str, ...], every: float = 60.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.prefixes, self.every, self.clock = prefixes, every, clock
        self._last: dict[str, float] = {}
        self._held: dict[str, int] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        prefix = next((p for p in self.prefixes if str(record.msg).startswith(p)), None)
        if prefix is None:
            return True
        now = self.clock()
        with self._lock:
            last = self._last.get(prefix)
            if last is not None and now - last < self.every:
                self._held[prefix] = self._held.get(prefix, 0) + 1
                return False
            self._last[prefix] = now
            held = self._held.pop(prefix, 0)
        if isinstance(record.args, tuple):
            record.args = tuple(str(a).splitlines()[0] if isinstance(a, BaseException) else a for a in record.args)
        if held:
            record.msg = f"{record.msg} ({held} more like it held back)"
        return True
