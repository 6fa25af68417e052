"""The lead of a news body before the report itself: photo captions, datelines, reporters' notes.

    開幕式現場(記者 王某攝) 新華社北京5月3日電(記者 李某) 第五屆…
    新华社北京六月二十五日电 …
    BEIJING, May 3 (Xinhua) -- The fifth …

`read_lead` says where the report begins and which day the dateline names
(month and day; datelines carry no year).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from feed.numerals import NUMERAL_CHARS, chinese_number

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_CAPTION = re.compile(r"^[^。！？!?()（）\n]{0,60}[(（][^()（）\n]{0,40}[攝摄][)）]\s*")
_REPORTERS = re.compile(r"^[(（]\s*(?:記者|记者|通訊員|通讯员)[^()（）\n]{0,40}[)）]\s*")
_ZH_DATELINE = re.compile(
    rf"^[\u4e00-\u9fff·/ ]{{0,16}}?(?:(?P<m>[{NUMERAL_CHARS}]{{1,3}})\s*月)?\s*(?P<d>[{NUMERAL_CHARS}]{{1,3}})\s*日"
    r"\s*(?:電|电|訊|讯)\s*[:：]?\s*"
)
_EN_DATELINE = re.compile(
    r"^[A-Z][A-Z .'’-]{1,30}[A-Z](?:,\s*(?P<mon>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:,\s*\d{4})?)?\s*"
    r"(?:\([A-Za-z][A-Za-z .]{1,30}\)\s*)?(?:--?|—|–)\s*"
)


@dataclass(frozen=True)
class Lead:
    """Where the report begins after the lead, and the dateline's month and day (None when not given)."""

    end: int = 0
    month: int | None = None
    day: int | None = None


def read_lead(text: str) -> Lead:
    position, month, day = 0, None, None
    while True:
        rest = text[position:]
        if match := _CAPTION.match(rest) or _REPORTERS.match(rest):
            position += match.end()
        elif day is None and (match := _ZH_DATELINE.match(rest)):
            position += match.end()
            month, day = (chinese_number(match["m"]) if match["m"] else None), chinese_number(match["d"])
        elif day is None and (match := _EN_DATELINE.match(rest)):
            position += match.end()
            if match["mon"] and match["mon"][:3].lower() in _MONTHS:
                month, day = _MONTHS.index(match["mon"][:3].lower()) + 1, int(match["d"])
            else:
                day = 0  # a dateline without a date: none is read after it
        else:
            return Lead(position, month, day or None)


def dateline_time(text: str, now: datetime, timezone: str) -> datetime | None:
    """The day a body's dateline names, at midnight in `timezone`, as the nearest such day not after `now`.

    Datelines give no year ('新華社北京5月3日電', 'BEIJING, May 3 (Xinhua) --'), and
    '本報3日訊' not even a month: they are taken from the fetch time.
    """
    first = next((p for p in text.split("\n") if p.strip()), "").strip()
    lead = read_lead(first[:300])
    if lead.day is None:
        return None
    today = now.astimezone(ZoneInfo(timezone)).date()
    if lead.month is None:
        candidates = [_day(today.year, today.month, lead.day), _day(*_month_before(today), lead.day)]
    else:
        candidates = [_day(today.year, lead.month, lead.day), _day(today.year - 1, lead.month, lead.day)]
    past = [day for day in candidates if day is not None and day <= today]
    if not past:
        return None
    return datetime.combine(max(past), time(), ZoneInfo(timezone))


def _day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_before(day: date) -> tuple[int, int]:
    return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
