"""Publication times as sources write them. Naive times are read in the source's zone."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from zoneinfo import ZoneInfo

_NUMERIC = re.compile(
    r"(?P<y>\d{4})\s*[-/.年]\s*(?P<m>\d{1,2})\s*[-/.月]\s*(?P<d>\d{1,2})\s*日?"
    r"(?:[\sT]*(?P<H>\d{1,2})[:：時时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?)?"
)

# '發稿時間:111年3月20日08:05', '民國113年9月19日': a Taiwan government release dated by the Republic's year
# (a three-digit year, or one after 民國; the Republic's year 1 is 1912)
_ROC = re.compile(
    r"(?:(?<=民國)|(?<=民国)|(?<![\d/.-]))(?P<y>1\d{2}|(?<=[國国])\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日"
    r"(?:\s*(?P<H>\d{1,2})[:：時时](?P<M>\d{2})(?:[:：分](?P<S>\d{2}))?)?"
)
_ROC_FIRST_YEAR = 1911

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = r"(?P<mon{n}>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\.?"
_ENGLISH = re.compile(
    r"\b(?:(?P<d1>\d{1,2})\s+" + _MONTH.format(n=1) + r",?\s+(?P<y1>\d{4})"
    r"|" + _MONTH.format(n=2) + r"\s+(?P<d2>\d{1,2}),?\s+(?P<y2>\d{4}))\b",
    re.I,
)
_CLOCK = re.compile(r"\b(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*(?P<ampm>[ap]\.?m\.?)?", re.I)
_EPOCH_MS = re.compile(r"\b1\d{12}\b")


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
    """The first date (with optional time) in a date line.

    Reads '2023-06-26 10:11:34來源', '2013年11月01日15:00', '(Xinhua) 08:46, September 12, 2023',
    '30 Nov 2022', 'Mon, Aug 06, 2012', epoch milliseconds and the Republic of China's years
    ('發稿時間:111年3月20日08:05').
    """
    match = _NUMERIC.search(text)
    roc = _ROC.search(text) if match is None else None
    if match is None and roc is None:
        return _english_datetime(text, timezone) or _epoch_ms(text)
    match = match or roc
    assert match is not None
    parts = {k: int(v) for k, v in match.groupdict().items() if v is not None}
    if match is roc:
        parts["y"] += _ROC_FIRST_YEAR
    try:
        value = datetime(parts["y"], parts["m"], parts["d"], parts.get("H", 0), parts.get("M", 0), parts.get("S", 0))
    except ValueError:
        return None
    return value.replace(tzinfo=ZoneInfo(timezone))


def _english_datetime(text: str, timezone: str) -> datetime | None:
    match = _ENGLISH.search(text)
    if not match:
        return None
    n = "1" if match.group("y1") else "2"
    month = _MONTHS.index(match.group(f"mon{n}")[:3].lower()) + 1
    hour = minute = second = 0
    if clock := _CLOCK.search(text):
        hour, minute, second = int(clock["H"]), int(clock["M"]), int(clock["S"] or 0)
        ampm = (clock["ampm"] or "").lower().replace(".", "")
        hour = hour % 12 + (12 if ampm == "pm" else 0) if ampm else hour
    try:
        value = datetime(int(match.group(f"y{n}")), month, int(match.group(f"d{n}")), hour, minute, second)
    except ValueError:
        return None
    return value.replace(tzinfo=ZoneInfo(timezone))


def _epoch_ms(text: str) -> datetime | None:
    match = _EPOCH_MS.search(text)
    return datetime.fromtimestamp(int(match.group()) / 1000, UTC) if match else None
