"""GET /embed: the next meetings as a small page for other sites' <iframe>s.

Framable by any site (headers.EMBED_HEADERS), its own small stylesheet, no cookies, no JavaScript;
its links open in a new tab (the pages they lead to refuse to be framed).
"""

from __future__ import annotations

from dataclasses import replace

from starlette.requests import Request
from starlette.responses import Response

from db.feed_queries import upcoming_events
from feed.render.links import Links
from feed.web.responses import cached_response
from feed.web.timeline import page_view, render_page, today_in_beijing

EMBED_LIMIT = 10
TITLE = "Upcoming meetings"


async def embed(request: Request) -> Response:
    view = page_view(request, default_limit=EMBED_LIMIT)
    links: Links = request.app.state.links
    database = request.app.state.database
    today = today_in_beijing(request)

    def build() -> tuple[bytes, dict[str, str]]:
        filters = replace(view.filters, start=max(view.filters.start or today, today))
        more = view.params(("limit",))
        with database.begin() as session:
            context = {
                "title": TITLE,
                "links": links,
                "script": view.script,
                "events": [shown.event for shown in upcoming_events(session, filters)],
                "timeline": links.url("/timeline", more),
                "calendar": links.url("/feeds/events.ics", more),
            }
            return render_page("embed.html", context), {}

    return await cached_response(request, "html", build, view, by_day=True)
