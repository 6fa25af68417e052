"""Source URLs: one check for the sources file, the job API and `feed ingest URL`."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

__all__ = ["MAX_URL", "URL_PATTERN", "is_api_url", "url_problem"]

MAX_URL = 2048
_HTTP = re.compile(r"^https?://", re.I)
# What POST /api/jobs takes, and what /openapi.json says it takes (format: uri, this pattern): an
# RFC 3986 http(s) URI, ASCII only, with a host, a port up to 65535, and no user information.
_CHAR = r"[A-Za-z0-9\-._~!$&'()*+,;=]|%[0-9A-Fa-f]{2}"
_PORT = r"\d{0,4}|[1-5]\d{4}|6[0-4]\d{3}|65[0-4]\d{2}|655[0-2]\d|6553[0-5]"
URL_PATTERN = (
    rf"^[Hh][Tt][Tt][Pp][Ss]?://(?:\[[0-9A-Fa-f:.]+\]|(?:{_CHAR})+)(?::(?:{_PORT}))?"
    rf"(?:[/?#](?:{_CHAR}|[:@/?#])*)?$"
)
_API_URL = re.compile(URL_PATTERN)


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


def is_api_url(url: str) -> bool:
    """An ASCII http(s) URI as URL_PATTERN says (the API asks url_problem first, for its reasons)."""
    return _API_URL.match(url) is not None
