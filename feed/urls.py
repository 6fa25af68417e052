"""Source URLs: one check for the sources file, the job API and `feed ingest URL`."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["MAX_URL", "url_problem"]

MAX_URL = 2048
_HTTP = re.compile(r"^https?://", re.I)


def url_problem(url: str) -> str | None:
    """Why `url` cannot be a source's URL ('must start with ...'), or None. Never repeats the URL."""
    if not _HTTP.match(url):
        return "must start with http:// or https://"
    if len(url) > MAX_URL:
        return f"must be at most {MAX_URL} characters"
    try:
        parts = urlsplit(url)
        host, _ = parts.hostname, parts.port
    except ValueError as exc:
        return f"is not a valid URL: {exc}"
    if "@" in parts.netloc:  # stored and shown by /api/sources and /api/jobs: no secrets in it
        return "must not carry a user name or password (user:password@host): the API would show it"
    if not host:
        return "has no host name"
    return None
