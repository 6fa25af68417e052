"""GET /feeds.opml: every feed and calendar of the service, overall and per source, city and region."""

from __future__ import annotations

import hashlib
import re

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from db.feed_queries import Place, meeting_cities, meeting_regions
from db.session import Database
from db.sources import all_sources
from feed.render.links import Links
from feed.render.opml import Folder, Subscription, render_opml
from feed.render.script import Script
from feed.web.feeds import ARTICLES_TITLE, EVENTS_TITLE
from feed.web.params import TEXT_PARAMS, TEXT_PATTERN, parse_view
from feed.web.responses import cached_response

OPML_PARAMS = frozenset({"script"})
TITLE = "Event feeds"
_FILTERABLE = re.compile(TEXT_PATTERN)


def _configured_sources(database: Database) -> list[tuple[str, str]]:
    with database.begin() as session:
        return [(s.key, s.name) for s in all_sources(session) if s.configured]


async def feeds_opml(request: Request) -> Response:
    view = parse_view(request.query_params, OPML_PARAMS)
    state = request.app.state
    links: Links = state.links
    database: Database = state.database
    threshold: float = state.settings.min_confidence
    # Sources are configuration, which the data version does not count: their names are part of the ETag.
    sources = await run_in_threadpool(_configured_sources, database)
    fingerprint = hashlib.sha256(repr(sources).encode("utf-8")).hexdigest()[:16]

    def build() -> tuple[bytes, dict[str, str]]:
        with database.begin() as session:
            cities, regions = meeting_cities(session, threshold), meeting_regions(session, threshold)
        script = view.script
        folders = [
            Folder("All sources", _subscriptions(links, script, {}, "")),
            Folder(
                "By source",
                [
                    Folder(script.convert(name), _subscriptions(links, script, {"source": key}, name))
                    for key, name in sources
                ],
            ),
            Folder("By city", [_place(links, script, "city", place) for place in cities if _filterable("city", place)]),
            Folder(
                "By region",
                [_place(links, script, "region", place) for place in regions if _filterable("region", place)],
            ),
        ]
        body = render_opml(script.convert(TITLE), folders, owner_url=links.url("/"))
        return body, {"Content-Disposition": 'inline; filename="feeds.opml"'}

    return await cached_response(request, "opml", build, view, variant=fingerprint)


def _filterable(name: str, place: Place) -> bool:
    """A place whose name the filter would refuse (too long, not text) gets no feeds of its own."""
    return len(place.value) <= TEXT_PARAMS[name] and _FILTERABLE.match(place.value) is not None


def _place(links: Links, script: Script, name: str, place: Place) -> Folder:
    shown = f"{place.name} ({place.name_en})" if place.name_en and place.name_en != place.name else place.name
    return Folder(script.convert(shown), _subscriptions(links, script, {name: place.value}, shown))


def _subscriptions(links: Links, script: Script, filters: dict[str, str], of: str) -> list[Subscription]:
    """The article feed, the meetings feed and the calendar with these filters, titled in the script asked for."""
    query = filters | ({"script": script.name} if script.name else {})
    of = f": {script.convert(of)}" if of else ""
    page = links.url("/", query)
    return [
        Subscription(ARTICLES_TITLE + of, links.url("/feeds/articles.atom", query), page),
        Subscription(EVENTS_TITLE + of, links.url("/feeds/events.atom", query), page),
        Subscription("Meetings calendar" + of, links.url("/feeds/events.ics", query), page, calendar=True),
    ]
