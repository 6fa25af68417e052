"""Query parameters -> Filters. A bad parameter is a 400 with the reason."""

from __future__ import annotations

from datetime import date

from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException

from db.store import Filters

DEFAULT_LIMIT = 50
MAX_LIMIT = 500
KNOWN = {"source", "city", "q", "from", "to", "limit"}


def parse_filters(params: QueryParams, *, default_limit: int = DEFAULT_LIMIT) -> Filters:
    unknown = sorted(set(params.keys()) - KNOWN)
    if unknown:
        raise HTTPException(400, f"unknown query parameter(s): {', '.join(unknown)}; known: {', '.join(sorted(KNOWN))}")
    return Filters(
        source=_text(params, "source", 64),
        city=_text(params, "city", 100),
        q=_text(params, "q", 200),
        start=_date(params, "from"),
        end=_date(params, "to"),
        limit=_limit(params.get("limit"), default_limit),
    )


def _text(params: QueryParams, name: str, max_length: int) -> str | None:
    value = params.get(name)
    if value is None or not value.strip():
        return None
    if len(value) > max_length:
        raise HTTPException(400, f"{name} is longer than {max_length} characters")
    if any(ord(c) < 32 for c in value):
        raise HTTPException(400, f"{name} contains control characters")
    return value.strip()


def _date(params: QueryParams, name: str) -> date | None:
    value = params.get(name)
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(400, f"{name} must be a date like 2023-06-25 (got {value[:40]!r})") from None


def _limit(value: str | None, default: int) -> int:
    if value is None or value == "":
        return default
    if not value.isdigit() or not 1 <= int(value) <= MAX_LIMIT:
        raise HTTPException(400, f"limit must be a whole number from 1 to {MAX_LIMIT} (got {value[:20]!r})")
    return int(value)
