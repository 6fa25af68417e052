"""A plain ASGI layer in front of the app: answers for feed bytes that are already built.

A GET or HEAD whose exact path and query string were rendered for the current
data version is answered here (200 plain or gzipped, or 304) without routing,
parameter parsing or the database. Everything else goes on to the app, which
validates, renders once and fills the cache.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Receive, Scope, Send

from feed.metrics import CACHE
from feed.web.cache import RenderCache, VersionClock
from feed.web.responses import accepts_gzip, is_not_modified, send_entry

PREFIXES = ("/feeds/", "/events/")
_GZIP_ANSWERS: dict[bytes, bool] = {}  # Accept-Encoding values seen -> gzip or not


FAST_PATH_ANSWERS = CACHE.labels(result="fast_path")


class CachedFeeds:
    def __init__(self, app: ASGIApp, cache: RenderCache, clock: VersionClock) -> None:
        self.app, self.cache, self.clock = app, cache, clock

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and scope["path"].startswith(PREFIXES):
            version = self.clock.fresh()
            if version is not None:
                entry = self.cache.get((scope["path"], scope["query_string"]), version.token)
                if entry is not None:
                    if_none_match = if_modified_since = None
                    accept_encoding = b""
                    for name, value in scope["headers"]:
                        if name == b"if-none-match":
                            if_none_match = value
                        elif name == b"if-modified-since":
                            if_modified_since = value
                        elif name == b"accept-encoding":
                            accept_encoding = value
                    if if_none_match is not None and if_none_match in entry.exact_tags:
                        unchanged = True  # the usual poll: the tag we sent, echoed back
                    else:
                        unchanged = is_not_modified(
                            None if if_none_match is None else if_none_match.decode("latin-1"),
                            None if if_modified_since is None else if_modified_since.decode("latin-1"),
                            entry.etag,
                            version.modified,
                        )
                    gzip = _GZIP_ANSWERS.get(accept_encoding)
                    if gzip is None:
                        gzip = accepts_gzip(accept_encoding.decode("latin-1"))
                        if len(_GZIP_ANSWERS) < 256:
                            _GZIP_ANSWERS[accept_encoding] = gzip
                    FAST_PATH_ANSWERS.inc()
                    await send_entry(entry, scope, send, not_modified=unchanged, gzip=gzip)
                    return
        await self.app(scope, receive, send)
