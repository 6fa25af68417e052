"""Date mentions found in an article, and how a missing year or month is filled in.

A mention keeps what the text said (which parts were written) so that the year
or month can be taken from the reference date afterwards: the publication date,
or the dateline date when the article has one.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import date, time, timedelta


@dataclass
class DateMention:
    """`start`/`end` are (year, month, day) with None for what the text left out."""

    begin: int  # offsets in the working text
    finish: int
    start: tuple[int | None, int | None, int]
    end: tuple[int | None, int | None, int] | None = None
    start_time: time | None = None
    end_time: time | None = None  # '上午9时至下午4时', 'from 9:30 am to 5 pm'
    relative_days: int | None = None  # 'today' = 0, 'yesterday' = -1, ...
    weekday: int | None = None  # 0 = Monday, for English 'on Monday'
    end_weekday: int | None = None
    duration_days: int | None = None
    future: bool = False  # the sentence announces it ('将于', 'will be held')
    flags: set[str] = field(default_factory=set)


def date_kind(mention: DateMention) -> str:
    """How the text names the day: 'explicit' (with its month), 'day' (its number alone), 'weekday', 'relative'
    or 'guessed' (a month and day run together, '330日')."""
    if "lost_month" in mention.flags:
        return "guessed"  # '330日': the month read back into digits that lost their 月
    if "weekday" in mention.flags or mention.weekday is not None:
        return "weekday"
    if mention.relative_days is not None or "relative" in mention.flags:
        return "relative"
    return "explicit" if mention.start[1] is not None else "day"


def days_in(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12 and 1 <= day <= days_in(year, month)):
        return None
    return date(year, month, day)


# A bare day ('16日登场') up to this far after the report is this month's: news names a coming day so, while a day
# weeks back is written with its month. Further ahead, it is last month's ('28日举行' in a report of the 2nd).
_BARE_DAY_AHEAD = 10
# a month and day no further ahead than this is this year's even in a report of what was held
MONTH_DAY_AHEAD = 75


def resolve_day(part: tuple[int | None, int | None, int], reference: date, future: bool) -> date | None:
    """Fill in the year (and month) the text left out, nearest to the reference date.

    Announcements ('将于') may point ahead; reports of past events point back.
    """
    year, month, day = part
    if year is not None and month is not None:
        return safe_date(year, month, day)
    if month is not None:
        found = safe_date(reference.year, month, day)
        if found is None:
            return None
        if future and found < reference - timedelta(days=20):
            return safe_date(reference.year + 1, month, day)
        if not future and found > reference + timedelta(days=MONTH_DAY_AHEAD):
            return safe_date(reference.year - 1, month, day)
        return found
    found = safe_date(reference.year, reference.month, day)
    if future and (found is None or found < reference - timedelta(days=3)):
        nxt = reference.replace(day=1) + timedelta(days=32)
        return safe_date(nxt.year, nxt.month, day)
    if not future and (found is None or found > reference + timedelta(days=_BARE_DAY_AHEAD)):
        prev = reference.replace(day=1) - timedelta(days=1)
        return safe_date(prev.year, prev.month, day)
    return found


# a month and day read back into last year ('10月19日至24日在臺南市舉行' in a report of May) that falls this far or
# further before the report: news gives last year's date its '去年' or its year, so the year is a guess
_SENT_BACK_DAYS = 120


def year_sent_back(mention: DateMention, start: date, reference: date) -> bool:
    """Whether `start`, resolved from `mention`, is last year's only because a month and day without a year lay
    more than MONTH_DAY_AHEAD after the report, and is so long before it that the year is a guess."""
    year, month, _ = mention.start
    return (
        year is None
        and month is not None
        and mention.relative_days is None
        and mention.weekday is None
        and not any(flag.startswith("year:") for flag in mention.flags)
        and start.year < reference.year
        and (reference - start).days >= _SENT_BACK_DAYS
    )


def resolve_weekday(weekday: int, reference: date, future: bool) -> date:
    """'on Monday' in a report means the last Monday (or today); in an announcement the next."""
    delta = weekday - reference.weekday()
    if future:
        return reference + timedelta(days=delta % 7)
    return reference - timedelta(days=(-delta) % 7)


def resolve_weekday_of_month(weekday: int, day: int, reference: date) -> date | None:
    """'Monday 17', 'Tuesday, the 18th': the day of that number near the reference that falls on that weekday."""
    first = reference.replace(day=1)
    months = [(first - timedelta(days=1)).replace(day=1), first, (first + timedelta(days=32)).replace(day=1)]
    found = [d for m in months if (d := safe_date(m.year, m.month, day)) is not None and d.weekday() == weekday]
    near = [d for d in found if abs((d - reference).days) <= _WEEKDAY_OF_MONTH_DAYS]
    return min(near, key=lambda d: abs((d - reference).days)) if near else None


_WEEKDAY_OF_MONTH_DAYS = 45


def _flag_number(mention: DateMention, prefix: str) -> int | None:
    """The number a flag such as 'week:-1' or 'month:1' carries, or None without that flag."""
    return next((int(f.removeprefix(prefix)) for f in mention.flags if f.startswith(prefix)), None)


def _in_named_month(mention: DateMention, reference: date) -> tuple[int | None, int | None, int]:
    """'本月10日', '下月10日': the day in the month named relative to the reference; '去年7月1日': in that year."""
    year, month, day = mention.start
    years = _flag_number(mention, "year:")
    if years is not None and year is None and month is not None:
        return (reference.year + years, month, day)
    offset = _flag_number(mention, "month:")
    if offset is None or month is not None:
        return mention.start
    months = reference.year * 12 + reference.month - 1 + offset
    return (months // 12, months % 12 + 1, day)


def _in_year_of_weekday(found: date, mention: DateMention, reference: date) -> date:
    """'Wednesday July 7' written in March 2020: July 7 falls on a Wednesday in 2021, not in 2020; the year next
    to the one the reference gives in which the date has the weekday written with it. A date near the reference
    keeps its year ('Sunday, February 19' two days after Saturday, February 17: a weekday written wrong)."""
    weekday = _flag_number(mention, "on-weekday:")
    if weekday is None or found.weekday() == weekday or abs((found - reference).days) <= _WEEKDAY_OF_MONTH_DAYS:
        return found
    for year in (found.year + 1, found.year - 1):
        other = safe_date(year, found.month, found.day)
        if other is not None and other.weekday() == weekday:
            return other
    return found


LONGEST_SHOW_DAYS = 184  # a world expo runs six months: a longer range is no meeting's run
LONGEST_RUN_DAYS = 31  # a meeting that is no show open for months runs a month at most


def resolve_mention(mention: DateMention, reference: date) -> tuple[date, date | None] | None:
    """The mention's first and last day (inclusive); None when it names no real day."""
    if mention.relative_days is not None:
        start = reference + timedelta(days=mention.relative_days)
    elif mention.weekday is not None and "of-month" in mention.flags:
        of_month = resolve_weekday_of_month(mention.weekday, mention.start[2], reference)
        if of_month is None:
            return None
        start = of_month
    elif mention.weekday is not None:
        week = _flag_number(mention, "week:")
        if week is None and "next" in mention.flags:  # 'next Sunday' told on a Sunday: a week on
            start = resolve_weekday(mention.weekday, reference + timedelta(days=1), future=True)
        elif week is None:
            start = resolve_weekday(mention.weekday, reference, mention.future)
        else:
            monday = reference - timedelta(days=reference.weekday())
            start = monday + timedelta(days=7 * week + mention.weekday)
    else:
        found = resolve_day(_in_named_month(mention, reference), reference, mention.future)
        if found is None:
            return None
        start = _in_year_of_weekday(found, mention, reference) if mention.start[0] is None else found
    end: date | None = None
    if mention.end is not None:
        year, month, day = mention.end
        months = _flag_number(mention, "end-month:")
        if months is not None and month is None:  # '…至下月8日': in the month after the reference's
            months += reference.year * 12 + reference.month - 1
            year, month = months // 12, months % 12 + 1
        end = safe_date(year or start.year, month or start.month, day)
        if end is not None and end < start and month is None:
            nxt = start.replace(day=1) + timedelta(days=32)
            end = safe_date(nxt.year, nxt.month, day)
        elif end is not None and end < start and year is None:
            end = safe_date(start.year + 1, month or start.month, day)
    elif mention.end_weekday is not None:
        end = resolve_weekday(mention.end_weekday, start, future=True)
    elif mention.duration_days and mention.duration_days > 1:
        end = start + timedelta(days=mention.duration_days - 1)
    if end is not None and (end <= start or (end - start).days > LONGEST_SHOW_DAYS):
        end = None
    return start, end
