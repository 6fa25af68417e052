"""Query parameters -> what to show and how. A bad parameter is a 400 with the reason.

The limits and patterns below are also what /openapi.json says of each parameter (openapi.py
builds its parameter schemas from them), so the document and the validation agree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlencode

from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException

from db.feed_queries import Filters
from feed.config import confidence_value
from feed.render.script import AS_STORED, SCRIPTS, Script

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
FILTERS = frozenset({"source", "city", "region", "q", "from", "to", "lang", "limit"})
API_LIST = FILTERS | {"before"}
ARTICLE_FEED = FILTERS | {"before", "script"}
EVENT_FEED = FILTERS | {"before", "script", "min_confidence"}
CALENDAR = FILTERS | {"script", "alarm", "min_confidence"}
GEOJSON = FILTERS | {"script", "min_confidence"}
EVENT_LIST = API_LIST | {"min_confidence"}
ONE_EVENT = frozenset({"script", "alarm"})
MAX_ALARM = timedelta(weeks=4)
TEXT_PARAMS = {"source": 64, "city": 100, "region": 100, "q": 200}  # name: most characters
# no control characters, nor U+FFFD (what bytes that are not UTF-8 decode to); JSON Schema and `re` read it alike
TEXT_PATTERN = "^[^\\u0000-\\u001f\\u007f-\\u009f\\ufffd]*$"
LANG_PATTERN = r"^(?:[Zz][Hh]|[Ee][Nn])(-[A-Za-z0-9]{2,8}){0,2}$"  # the languages articles are stored in
CURSOR_PATTERN = r"^\d{1,19}-\d{1,10}$"
DATE_PATTERN = r"^(19\d\d|2\d\d\d)-\d\d-\d\d$"  # FIRST_DAY to LAST_DAY; JSON Schema's format: date does the rest
# parameters that must have a value when given (an empty text parameter is the same as none)
TYPED = frozenset({"from", "to", "lang", "before", "limit", "script", "alarm", "min_confidence"})
_LANG = re.compile(LANG_PATTERN)
_CURSOR = re.compile(r"^(\d{1,19})-(\d{1,10})$")
_DATE = re.compile(r"^\d{4}-\d\d-\d\d$")
_TEXT = re.compile(TEXT_PATTERN)
_DURATION = re.compile(r"^-?P(?:(\d{1,3})W)?(?:(\d{1,3})D)?(?:T(?:(\d{1,4})H)?(?:(\d{1,5})M)?(?:(\d{1,6})S)?)?$")
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
# C0 and C1 control characters and DEL (PostgreSQL refuses NUL in text), and lone surrogates (not UTF-8)
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff]")
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)
_MAX_CURSOR = (datetime(3000, 1, 1, tzinfo=UTC) - _EPOCH) // timedelta(microseconds=1)


@dataclass(frozen=True)
class View:
    """Everything a query string asks of a feed or calendar."""

    filters: Filters
    script: Script = AS_STORED
    alarm: timedelta | None = None
    # The parameters as validated, in a canonical form and sorted: the render cache's key and the
    # query of self links, so that spellings of one request share one entry (see cache.py).
    query: tuple[tuple[str, str], ...] = ()

    def params(self, drop: tuple[str, ...] = ()) -> dict[str, str]:
        return {k: v for k, v in self.query if k not in drop}

    @property
    def query_string(self) -> bytes:
        return urlencode(self.query).encode("ascii")


def parse_view(
    params: QueryParams,
    known: frozenset[str],
    *,
    default_limit: int = DEFAULT_LIMIT,
    min_confidence: float | None = None,
) -> View:
    """`min_confidence`: the meetings shown unless the query asks for another threshold."""
    unknown = sorted(set(params.keys()) - known)
    if unknown:
        raise HTTPException(
            400, f"unknown query parameter(s): {', '.join(unknown)}; known here: {', '.join(sorted(known))}"
        )
    repeated = sorted({k for k, _ in params.multi_items() if len(params.getlist(k)) > 1})
    if repeated:
        raise HTTPException(400, f"query parameter(s) given more than once: {', '.join(repeated)}")
    empty = sorted(k for k, v in params.items() if k in TYPED and v == "")
    if empty:
        raise HTTPException(
            400, f"query parameter(s) given without a value: {', '.join(empty)}; give one or leave the parameter out"
        )
    start, end = _date(params, "from"), _date(params, "to")
    if start and end and end < start:
        raise HTTPException(400, f"to ({end}) is before from ({start})")
    filters = Filters(
        source=_text(params, "source"),
        city=_text(params, "city"),
        region=_text(params, "region"),
        q=_text(params, "q"),
        start=start,
        end=end,
        lang=_lang(params.get("lang")),
        before=_cursor(params.get("before")),
        limit=_limit(params.get("limit"), default_limit),
        min_confidence=_confidence(params.get("min_confidence"), min_confidence),
    )
    script, alarm = _script(params.get("script")), _alarm(params.get("alarm"))
    # A parameter not put in canonical form here keys as given: none may be left out of the cache key.
    canonical: dict[str, str | None] = dict(params.items())
    canonical |= {
        "source": filters.source,
        "city": filters.city,
        "region": filters.region,
        "q": filters.q,
        "from": start.isoformat() if start else None,
        "to": end.isoformat() if end else None,
        "lang": filters.lang,
        "before": encode_cursor(*filters.before) if filters.before else None,
        "limit": str(filters.limit) if params.get("limit") else None,
        "script": script.name,
        "alarm": _iso_duration(alarm) if alarm is not None else None,
        "min_confidence": f"{filters.min_confidence:g}" if params.get("min_confidence") else None,
    }
    query = tuple(sorted((k, v) for k, v in canonical.items() if v))
    return View(filters, script, alarm, query)


def no_params(params: QueryParams) -> None:
    """Endpoints that take no query parameters say so instead of ignoring them."""
    if params:
        raise HTTPException(
            400, f"unknown query parameter(s): {', '.join(sorted(set(params.keys())))}; this endpoint takes none"
        )


def has_control(value: str) -> bool:
    return _CONTROL.search(value) is not None


def refuse_control(name: str, value: str) -> None:
    """A 400 for control characters in a query parameter, path or JSON field."""
    if has_control(value):
        raise HTTPException(400, f"{name} contains control characters")


def _text(params: QueryParams, name: str) -> str | None:
    value, max_length = params.get(name), TEXT_PARAMS[name]
    if value is None:
        return None
    if len(value) > max_length:
        raise HTTPException(400, f"{name} is longer than {max_length} characters")
    refuse_control(name, value)
    if not _TEXT.match(value):
        raise HTTPException(400, f"{name} is not valid UTF-8 (percent-encode UTF-8 bytes)")
    return value.strip() or None


def _date(params: QueryParams, name: str) -> date | None:
    value = params.get(name)
    if value is None:
        return None
    try:
        if not _DATE.match(value):  # fromisoformat also reads 2023-W26-7 and 20230625
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
    threshold = confidence_value(value) if len(value) <= 10 else None
    if threshold is None:
        raise HTTPException(400, f"min_confidence must be a number from 0 to 1 (got {value[:20]!r})")
    return threshold


def _lang(value: str | None) -> str | None:
    if not value:
        return None
    if not _LANG.match(value):
        raise HTTPException(400, f"lang must be zh, zh-Hans, zh-Hant or en, or a tag under them (got {value[:40]!r})")
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
        raise HTTPException(
            400, f"alarm must be an ISO 8601 duration before the start like PT1H, PT30M or P1D (got {value[:40]!r})"
        )
    weeks, days, hours, minutes, seconds = (int(g or 0) for g in match.groups())
    alarm = timedelta(weeks=weeks, days=days, hours=hours, minutes=minutes, seconds=seconds)
    if value.startswith("-"):
        raise HTTPException(400, "alarm is the time before the start: give it without a sign, like PT1H")
    if alarm > MAX_ALARM:
        raise HTTPException(400, f"alarm must be at most {MAX_ALARM.days} days before the start")
    return alarm


def _iso_duration(value: timedelta) -> str:
    """The shortest ISO 8601 form of a non-negative duration: 3600 s -> PT1H, 90000 s -> P1DT1H."""
    days, rest = divmod(int(value.total_seconds()), 86400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    time = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M"), (seconds, "S")) if n)
    return ("P" + (f"{days}D" if days else "") + (f"T{time}" if time else "")) if days or time else "PT0S"


def encode_cursor(when: datetime, article_id: int) -> str:
    return f"{(when - _EPOCH) // timedelta(microseconds=1)}-{article_id}"


def _cursor(value: str | None) -> tuple[datetime, int] | None:
    if not value:
        return None
    match = _CURSOR.match(value)
    if not match:
        raise HTTPException(400, f"before must be a paging cursor taken from a feed's next link (got {value[:40]!r})")
    when = _EPOCH + timedelta(microseconds=min(int(match.group(1)), _MAX_CURSOR))
    return when, min(int(match.group(2)), 2**31 - 1)  # ids are 32-bit: none is above, so the order holds


__all__ = ["View", "parse_view", "no_params", "encode_cursor", "has_control", "refuse_control"]
