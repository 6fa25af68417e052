"""Publication times as sources write them. Naive times are read in the source's zone."""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

_NUMERIC = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]*(?P<H>\d{1,2})[:：時时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?)?"
)


def localise(value: datetime, timezone: str) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=ZoneInfo(timezone))


def parse_datetime(text: str, timezone: str) -> datetime | None:
    """Read ISO 8601, RFC 822 or Chinese numeric dates; None when there is no date."""
    text = text.strip()
    if not text:
        return None
    try:
        return localise(datetime.fromisoformat(text.replace("Z", "+00:00")), timezone)
    except ValueError:
        pass
    try:
        return localise(parsedate_to_datetime(text), timezone)
    except (TypeError, ValueError, IndexError):
        pass
    return find_datetime(text, timezone)


def find_datetime(text: str, timezone: str) -> datetime | None:
    """The first numeric date (with optional time) in `text`, e.g. '2023-06-26 10:11:34來源'."""
    match = _NUMERIC.search(text)
    if not match:
        return None
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    try:
        value = datetime(
            parts["y"], parts["m"], parts["d"], parts.get("H", 0), parts.get("M", 0), parts.get("S", 0)
        )
    except ValueError:
        return None
    return value.replace(tzinfo=ZoneInfo(timezone))
