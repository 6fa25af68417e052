"""Sending a rendered entry: content negotiation (gzip), conditional requests (304), HEAD."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from email.utils import parsedate_to_datetime

from starlette.requests import Request
from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from feed.web.cache import Rendered, make_etag, validator_headers
from feed.web.headers import is_public
from feed.web.params import View

MEDIA_TYPES = {
    "rss": "application/rss+xml; charset=utf-8",
    "atom": "application/atom+xml; charset=utf-8",
    "json": "application/feed+json; charset=utf-8",
    "ics": "text/calendar; charset=utf-8",
    "geojson": "application/geo+json",
    "api": "application/json",
    "opml": "text/x-opml; charset=utf-8",
    "html": "text/html; charset=utf-8",
    "xml": "application/xml; charset=utf-8",
}


def accepts_gzip(accept_encoding: str) -> bool:
    for part in accept_encoding.split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip().lower() in ("gzip", "x-gzip", "*"):
            q = params.strip().lower()
            return not (q.startswith("q=") and q[2:].strip() in ("0", "0.0", "0.00", "0.000"))
    return False


def etag_matches(if_none_match: str, etag: str) -> bool:
    """Weak comparison (RFC 9110 §13.1.2), accepting either representation's tag."""
    for tag in if_none_match.split(","):
        tag = tag.strip().removeprefix("W/").strip('"').removesuffix("-gz")
        if tag == etag or tag == "*":
            return True
    return False


def is_not_modified(if_none_match: str | None, if_modified_since: str | None, etag: str, modified: datetime) -> bool:
    """RFC 9110 §13.2.2: If-None-Match wins; If-Modified-Since only when it is absent."""
    if if_none_match is not None:
        return etag_matches(if_none_match, etag)
    if if_modified_since:
        try:
            return modified <= parsedate_to_datetime(if_modified_since)
        except (TypeError, ValueError):
            return False
    return False


async def send_entry(entry: Rendered, scope: Scope, send: Send, *, not_modified: bool, gzip: bool) -> None:
    if not_modified:
        status, headers, body = 304, entry.headers_304_gzip if gzip else entry.headers_304, b""
    elif gzip:
        status, headers, body = 200, entry.headers_gzip, entry.gzipped
    else:
        status, headers, body = 200, entry.headers_plain, entry.body
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": b"" if scope["method"] == "HEAD" else body})


class EntryResponse(Response):
    """A Starlette response for a rendered entry, negotiated against the request headers."""

    def __init__(self, entry: Rendered, *, not_modified: bool, gzip: bool) -> None:
        self.entry, self.not_modified, self.gzip = entry, not_modified, gzip
        self.background = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await send_entry(self.entry, scope, send, not_modified=self.not_modified, gzip=self.gzip)


def websub_links(hubs: Sequence[str], self_url: str) -> dict[str, str]:
    """WebSub discovery (W3C WebSub §4): the hubs and the exact topic URL to subscribe to."""
    values = [f'<{hub}>; rel="hub"' for hub in hubs] + [f'<{self_url}>; rel="self"']
    return {"Link": ", ".join(values)}


async def cached_response(
    request: Request,
    kind: str,
    build: Callable[[], tuple[bytes, dict[str, str]]],
    view: View,
    *,
    by_day: bool = False,
    variant: str = "",
) -> Response:
    """Validators first (304 without rendering), then the cached or freshly built entry for this path and
    the view's validated parameters (not the raw query string: its spellings are endless).

    Feeds and calendars get the public caching and CORS headers (headers.is_public); the API does not.
    `by_day`: the body shows meeting statuses, so it is kept per day as well (feed.status.Today).
    `variant`: a fingerprint of anything else the body shows that the data version does not count.
    """
    state = request.app.state
    public = is_public(request.url.path)
    version = await state.clock.current()
    if by_day:
        version = state.today.version(version)
    if variant:
        version = replace(version, token=f"{version.token}+{variant}")
    key = (request.url.path, view.query_string)
    etag = make_etag(version, key, state.links.base_url)
    links = websub_links(state.hubs, state.links.url(request.url.path, view.params())) if public else {}
    gzip = accepts_gzip(request.headers.get("accept-encoding", ""))
    if is_not_modified(
        request.headers.get("if-none-match"), request.headers.get("if-modified-since"), etag, version.modified
    ):
        tag = etag + "-gz" if gzip else etag
        headers = {"ETag": f'"{tag}"'} | validator_headers(version, public=public) | links
        return Response(status_code=304, headers=headers)

    def render() -> Rendered:
        body, extra = build()
        return Rendered.build(version, etag, body, MEDIA_TYPES[kind], extra | links, public=public)

    entry = await state.cache.get_or_render(key, version.token, render)
    return EntryResponse(entry, not_modified=False, gzip=gzip)
