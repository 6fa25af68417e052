"""Feed and calendar responses: prebuilt bytes plus validators (ETag, Last-Modified)."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import Response

MEDIA_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
}
CACHE_CONTROL = "public, max-age=300"


def make_etag(*parts: object) -> str:
    return '"' + hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:32] + '"'


def not_modified(request: Request, etag: str, last_modified: datetime) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since only when it is absent."""
    if_none_match = request.headers.get("if-none-match")
    if if_none_match is not None:
        tags = {t.strip().removeprefix("W/") for t in if_none_match.split(",")}
        return etag in tags or "*" in tags
    since = request.headers.get("if-modified-since")
    if since:
        try:
            return last_modified.replace(microsecond=0) <= parsedate_to_datetime(since)
        except (TypeError, ValueError):
            return False
    return False


def validator_headers(etag: str, last_modified: datetime) -> dict[str, str]:
    return {
        "ETag": etag,
        "Last-Modified": format_datetime(last_modified.astimezone(UTC), usegmt=True),
        "Cache-Control": CACHE_CONTROL,
        "Vary": "Accept-Encoding",
    }


class FeedResponse(Response):
    def __init__(self, body: bytes, kind: str, headers: dict[str, str], filename: str | None = None) -> None:
        if filename:
            headers = headers | {"Content-Disposition": f'inline; filename="{filename}"'}
        super().__init__(body, media_type=MEDIA_TYPES[kind], headers=headers)
        self.headers["content-type"] = MEDIA_TYPES[kind]  # Starlette would add a second charset
