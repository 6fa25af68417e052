"""Query parameters -> what to show and how. A bad parameter is a 400 with the reason."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException

from db.feed_queries import Filters
from feed.render.script import AS_STORED, SCRIPTS, Script

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
FILTERS = frozenset({"source", "city", "region", "q", "from", "to", "lang", "limit"})
ARTICLE_FEED = FILTERS | {"before", "script"}
EVENT_FEED = FILTERS | {"before", "script", "min_confidence"}
CALENDAR = FILTERS | {"script", "alarm", "min_confidence"}
EVENT_LIST = FILTERS | {"before", "min_confidence"}
ONE_EVENT = frozenset({"script", "alarm"})
MAX_ALARM = timedelta(weeks=4)
_LANG = re.compile(r"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,2}$")
_CURSOR = re.compile(r"^(\d{1,19})-(\d{1,12})$")
_DURATION = re.compile(r"^-?P(?:(\d{1,3})W)?(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})S)?)?$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)
_MAX_CURSOR = (datetime(3000, 1, 1, tzinfo=UTC) - _EPOCH) // timedelta(microseconds=1)


@dataclass(frozen=True)
class View:
    """Everything a query string asks of a feed or calendar."""

    filters: Filters
    script: Script = AS_STORED
    alarm: timedelta | None = None


def parse_view(params: QueryParams, known: frozenset[str], *, default_limit: int = DEFAULT_LIMIT,
               min_confidence: float | None = None) -> View:
    """`min_confidence`: the meetings shown unless the query asks for another threshold."""
    unknown = sorted(set(params.keys()) - known)
    if unknown:
        raise HTTPException(400, f"unknown query parameter(s): {', '.join(unknown)}; "
                                 f"known here: {', '.join(sorted(known))}")
    repeated = sorted({k for k, _ in params.multi_items() if len(params.getlist(k)) > 1})
    if repeated:
        raise HTTPException(400, f"query parameter(s) given more than once: {', '.join(repeated)}")
    start, end = _date(params, "from"), _date(params, "to")
    if start and end and end < start:
        raise HTTPException(400, f"to ({end}) is before from ({start})")
    filters = Filters(
        source=_text(params, "source", 64),
        city=_text(params, "city", 100),
        region=_text(params, "region", 100),
        q=_text(params, "q", 200),
        start=start,
        end=end,
        lang=_lang(params.get("lang")),
        before=_cursor(params.get("before")),
        limit=_limit(params.get("limit"), default_limit),
        min_confidence=_confidence(params.get("min_confidence"), min_confidence),
    )
    return View(filters, _script(params.get("script")), _alarm(params.get("alarm")))


def no_params(params: QueryParams) -> None:
    """Endpoints that take no query parameters say so instead of ignoring them."""
    if params:
        raise HTTPException(400, f"unknown query parameter(s): {', '.join(sorted(set(params.keys())))}; "
                                 "this endpoint takes none")


def parse_filters(params: QueryParams, known: frozenset[str] = FILTERS | {"before"}, *,
                  default_limit: int = DEFAULT_LIMIT) -> Filters:
    """Filters of the JSON API lists."""
    return parse_view(params, known, default_limit=default_limit).filters


def _text(params: QueryParams, name: str, max_length: int) -> str | None:
    value = params.get(name)
    if value is None or not value.strip():
        return None
    if len(value) > max_length:
        raise HTTPException(400, f"{name} is longer than {max_length} characters")
    if any(ord(c) < 32 or 0xD800 <= ord(c) <= 0xDFFF or ord(c) == 0x7F for c in value):
        raise HTTPException(400, f"{name} contains control characters")
    if "\ufffd" in value:
        raise HTTPException(400, f"{name} is not valid UTF-8 (percent-encode UTF-8 bytes)")
    return value.strip()


def _date(params: QueryParams, name: str) -> date | None:
    value = params.get(name)
    if not value:
        return None
    try:
        if len(value) != 10:
            raise ValueError
        day = date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date like 2023-06-25 (got {value[:40]!r})") from None
    if not FIRST_DAY <= day <= LAST_DAY:
        raise HTTPException(400, f"{name} must be between {FIRST_DAY} and {LAST_DAY} (got {value})")
    return day


def _limit(value: str | None, default: int) -> int:
    if value is None or value == "":
        return default
    if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= MAX_LIMIT:
        raise HTTPException(400, f"limit must be a whole number from 1 to {MAX_LIMIT} (got {value[:20]!r})")
    return int(value)


def _confidence(value: str | None, default: float | None) -> float | None:
    if value is None or value == "":
        return default
    try:
        threshold = float(value) if len(value) <= 10 else -1.0
    except ValueError:
        threshold = -1.0
    if not 0.0 <= threshold <= 1.0:
        raise HTTPException(400, f"min_confidence must be a number from 0 to 1 (got {value[:20]!r})")
    return threshold


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    if not _LANG.match(value):
        raise HTTPException(400, f"lang must be a language tag like zh, zh-Hant or en (got {value[:40]!r})")
    return value


def _script(value: str | None) -> Script:
    if not value:
        return AS_STORED
    if value.lower() not in SCRIPTS:
        raise HTTPException(400, f"script must be hans (Simplified) or hant (Traditional) (got {value[:20]!r})")
    return SCRIPTS[value.lower()]


def _alarm(value: str | None) -> timedelta | None:
    if not value:
        return None
    match = _DURATION.match(value)
    if not match or not any(match.groups()):
        raise HTTPException(400, f"alarm must be an ISO 8601 duration before the start like PT1H, PT30M "
                                 f"or P1D (got {value[:40]!r})")
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    alarm = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    if value.startswith("-"):
        raise HTTPException(400, "alarm is the time before the start: give it without a sign, like PT1H")
    if alarm > MAX_ALARM:
        raise HTTPException(400, f"alarm must be at most {MAX_ALARM.days} days before the start")
    return alarm


def encode_cursor(when: datetime, article_id: int) -> str:
    return f"{(when - _EPOCH) // timedelta(microseconds=1)}-{article_id}"


def _cursor(value: str | None) -> tuple[datetime, int] | None:
    if not value:
        return None
    match = _CURSOR.match(value)
    if not match:
        raise HTTPException(400, f"before must be a paging cursor taken from a feed's next link (got {value[:40]!r})")
    when = _EPOCH + timedelta(microseconds=min(int(match.group(1)), _MAX_CURSOR))
    article_id = int(match.group(2))
    if article_id > 2**31 - 1:
        raise HTTPException(400, f"before must be a paging cursor taken from a feed's next link (got {value[:40]!r})")
    return when, article_id


__all__ = ["View", "parse_view", "parse_filters", "no_params", "encode_cursor"]
