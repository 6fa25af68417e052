"""Fetch limits and manners: a small value object with module-level defaults."""

from __future__ import annotations

import os
from dataclasses import dataclass

from feed import __version__
from feed.config import parse_flag
from feed.errors import ConfigError

USER_AGENT = (
    f"feed/{__version__} (event-feed syndication service; polls feeds and news pages; "
    "honours ETag, Last-Modified and Retry-After)"
)


@dataclass(frozen=True)
class FetchLimits:
    """Every bound the fetcher keeps. Defaults suit hundreds of public news sources."""

    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 15 * 1024 * 1024  # raw and decompressed alike
    max_redirects: int = 5
    per_host: int = 2  # concurrent requests to one host
    allow_private: bool = False
    user_agent: str = USER_AGENT
    # scheduling bounds (seconds): backoff after failures, server hints (Retry-After, ttl, max-age)
    backoff_ceiling: float = 24 * 3600
    hint_ceiling: float = 24 * 3600
    # article pages fetched for one run of a `fulltext` feed or a listing
    max_pages_per_run: int = 30

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> FetchLimits:
        """FEED_ALLOW_PRIVATE_NETWORKS=1, FEED_FETCH_MAX_BYTES, FEED_FETCH_TIMEOUT (total, s),
        FEED_FETCH_PER_HOST, FEED_FETCH_MAX_REDIRECTS, FEED_BACKOFF_CEILING (s)."""
        env = os.environ if environ is None else environ
        defaults = cls()

        def number(name: str, default: float) -> float:
            raw = env.get(name)
            if not raw:
                return default
            try:
                value = float(raw)
            except ValueError:
                value = -1.0
            if value < 0:
                raise ConfigError(f"config: {name} must be a number, 0 or more (got {raw!r})")
            return value

        return cls(
            total_timeout=number("FEED_FETCH_TIMEOUT", defaults.total_timeout),
            max_bytes=int(number("FEED_FETCH_MAX_BYTES", defaults.max_bytes)),
            max_redirects=int(number("FEED_FETCH_MAX_REDIRECTS", defaults.max_redirects)),
            per_host=max(1, int(number("FEED_FETCH_PER_HOST", defaults.per_host))),
            allow_private=parse_flag(env.get("FEED_ALLOW_PRIVATE_NETWORKS"), "FEED_ALLOW_PRIVATE_NETWORKS"),
            backoff_ceiling=number("FEED_BACKOFF_CEILING", defaults.backoff_ceiling),
        )


DEFAULT_LIMITS = FetchLimits()
