"""/sitemap.xml and /robots.txt: the pages search engines may list, and where the list is.

The sitemap lists the index, every meeting's page that the index and the calendars list (not
hidden, at least FEED_MIN_CONFIDENCE sure), then every article's page (/articles/{id}) that the
feeds list (a reprint is listed on its original's page). Past sitemap.MAX_URLS URLs,
/sitemap.xml becomes a sitemap index of /sitemap.xml?page=1, 2, ...; each page keeps its URLs,
as meetings and articles are each listed in the order they were found.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from db.feed_queries import Filters, feed_data_version
from db.sitemap import ArticlePage, EventPage, article_pages, count_article_pages, count_event_pages, event_pages
from feed.render import sitemap as sitemaps
from feed.render.links import Links
from feed.web.params import View
from feed.web.responses import cached_response

MAX_PAGE = 10**6


def _page(request: Request) -> int | None:
    params = request.query_params
    unknown = sorted(set(params.keys()) - {"page"})
    if unknown:
        raise HTTPException(400, f"unknown query parameter(s): {', '.join(unknown)}; known here: page")
    values = params.getlist("page")
    if not values:
        return None
    if len(values) > 1 or not values[0].isascii() or not values[0].isdigit() or not 1 <= int(values[0]) <= MAX_PAGE:
        raise HTTPException(400, f"page must be given once, a whole number from 1 to {MAX_PAGE}")
    return int(values[0])


async def sitemap_xml(request: Request) -> Response:
    page = _page(request)
    state = request.app.state
    links: Links = state.links
    min_confidence = state.settings.min_confidence
    per_page = sitemaps.MAX_URLS

    def entry(row: EventPage, now: datetime) -> tuple[str, datetime]:
        changed = max(row.updated_at, row.reported_at or row.updated_at)
        lastmod = sitemaps.page_changed(changed, row.start_date, row.end_date, row.timezone, row.status, now)
        return links.url("/events/" + quote(row.uid, safe="@")), lastmod

    def article(row: ArticlePage) -> tuple[str, datetime]:
        return links.url(f"/articles/{row.id}"), row.updated_at

    def build() -> tuple[bytes, dict[str, str]]:
        now = state.today.now()
        with state.database.begin() as session:
            home = (links.url("/"), state.today.version(feed_data_version(session)).modified)
            events = count_event_pages(session, min_confidence)
            pages = -(-(1 + events + count_article_pages(session)) // per_page)
            if page is None and pages > 1:
                everything = [home] + [entry(row, now) for row in event_pages(session, min_confidence)]
                everything += [article(row) for row in article_pages(session)]
                chunks = [everything[i : i + per_page] for i in range(0, len(everything), per_page)]
                index = [
                    (links.url("/sitemap.xml", {"page": str(n)}), max(lastmod for _, lastmod in chunk))
                    for n, chunk in enumerate(chunks, 1)
                ]
                return sitemaps.render_index(index), {}
            number = page or 1
            if number > pages:
                raise HTTPException(404, f"there are {pages} sitemap page(s)")
            # positions in the whole list: 0 the index page, 1..events the meetings, then the articles
            start, stop = (number - 1) * per_page, number * per_page
            urls = [home] if start == 0 else []
            first, last = max(start, 1), min(stop, 1 + events)
            if first < last:
                urls += [entry(row, now) for row in event_pages(session, min_confidence, first - 1, last - first)]
            first, last = max(start, 1 + events), stop
            if first < last:
                urls += [article(row) for row in article_pages(session, first - 1 - events, last - first)]
            return sitemaps.render_urlset(urls), {}

    view = View(Filters(), query=(("page", str(page)),) if page else ())
    return await cached_response(request, "xml", build, view, by_day=True)


def robots_txt(request: Request) -> Response:
    links: Links = request.app.state.links
    return PlainTextResponse(f"User-agent: *\nDisallow:\n\nSitemap: {links.url('/sitemap.xml')}\n")
