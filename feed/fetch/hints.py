"""What servers and feeds say about when to come back: Retry-After, Cache-Control, RSS ttl."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime

__all__ = ["backoff_delay", "max_age", "retry_after"]

_MAX_AGE = re.compile(r"(?:^|,)\s*(?:s-maxage|max-age)\s*=\s*\"?(\d+)", re.I)


def retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After value (delay-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def max_age(cache_control: str | None) -> float | None:
    """max-age (or s-maxage) seconds; None when absent or with no-store/no-cache."""
    if not cache_control or re.search(r"no-store|no-cache", cache_control, re.I):
        return None
    match = _MAX_AGE.search(cache_control)
    return float(match.group(1)) if match else None


def backoff_delay(error_count: int, base: float, ceiling: float) -> timedelta:
    """Exponential backoff: base, 2x base, 4x base, ... up to the ceiling (error_count >= 1)."""
    exponent = min(max(error_count - 1, 0), 30)
    return timedelta(seconds=min(base * (2**exponent), ceiling))
