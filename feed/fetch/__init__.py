"""Fetching documents over HTTP (httpx).

Conditional GET, connect/read/total timeouts, a size cap that also holds for
compressed bodies, a redirect limit, a per-host concurrency limit, no private
addresses unless allowed, and charset detection for what comes back. One client
per process (`http_client()`), its connections pooled and kept alive.
"""

from __future__ import annotations

from feed.fetch.charset import declared_charset, decode_document
from feed.fetch.client import (
    ACCEPT_ANY,
    ACCEPT_FEED,
    ACCEPT_PAGE,
    FetchResult,
    close_http_client,
    fetch_url,
    http_client,
)
from feed.fetch.errors import (
    BadEncoding,
    BlockedAddress,
    BodyTooLarge,
    FetchError,
    FetchTimeout,
    Gone,
    HTTPStatusError,
    TooManyRedirects,
)
from feed.fetch.hints import backoff_delay, max_age, retry_after
from feed.fetch.limits import DEFAULT_LIMITS, USER_AGENT, FetchLimits

__all__ = [
    "ACCEPT_ANY",
    "ACCEPT_FEED",
    "ACCEPT_PAGE",
    "DEFAULT_LIMITS",
    "USER_AGENT",
    "BadEncoding",
    "BlockedAddress",
    "BodyTooLarge",
    "FetchError",
    "FetchLimits",
    "FetchResult",
    "FetchTimeout",
    "Gone",
    "HTTPStatusError",
    "TooManyRedirects",
    "backoff_delay",
    "close_http_client",
    "decode_document",
    "declared_charset",
    "fetch_url",
    "http_client",
    "max_age",
    "retry_after",
]
