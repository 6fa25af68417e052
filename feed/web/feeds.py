"""Feed and calendar endpoints."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from db import store
from feed.render.articles import render_atom, render_json_feed, render_rss
from feed.render.calendar import render_calendar
from feed.render.links import Links
from feed.web.params import parse_filters
from feed.web.responses import FeedResponse, make_etag, not_modified, validator_headers

ARTICLE_RENDERERS: dict[str, Callable[..., bytes]] = {
    "rss": render_rss, "atom": render_atom, "json": render_json_feed,
}
TITLE = "News articles"
CALENDAR_NAME = "Meetings in the news"


def _last_modified(version: tuple[int, int, str, str], rows: list) -> datetime:  # type: ignore[type-arg]
    times = [r.updated_at for r in rows]
    return max(times, default=datetime(2023, 1, 1, tzinfo=UTC))


def articles_feed(request: Request) -> Response:
    kind = request.path_params["format"]
    if kind not in ARTICLE_RENDERERS:
        raise HTTPException(404, f"no article feed in format {kind!r}; try rss, atom or json")
    filters = parse_filters(request.query_params)
    database = request.app.state.database
    links: Links = request.app.state.links
    self_url = links.url(request.url.path, dict(request.query_params))
    with database.begin() as session:
        version = store.data_version(session)
        etag = make_etag(request.url.path, sorted(request.query_params.multi_items()), version, links.base_url)
        articles = store.recent_articles(session, filters)
        last_modified = _last_modified(version, articles)
        headers = validator_headers(etag, last_modified)
        if not_modified(request, etag, last_modified):
            return Response(status_code=304, headers=headers)
        body = ARTICLE_RENDERERS[kind](articles, links, TITLE, self_url)
    return FeedResponse(body, kind, headers)


def events_calendar(request: Request) -> Response:
    filters = parse_filters(request.query_params, default_limit=500)
    database = request.app.state.database
    links: Links = request.app.state.links
    with database.begin() as session:
        version = store.data_version(session)
        etag = make_etag(request.url.path, sorted(request.query_params.multi_items()), version, links.base_url)
        events = store.events_for(session, filters)
        last_modified = _last_modified(version, events)
        headers = validator_headers(etag, last_modified)
        if not_modified(request, etag, last_modified):
            return Response(status_code=304, headers=headers)
        self_url = links.url(request.url.path, dict(request.query_params))
        body = render_calendar(events, links, CALENDAR_NAME, self_url)
    return FeedResponse(body, "ics", headers, filename="events.ics")


def event_ics(request: Request) -> Response:
    uid = request.path_params["uid"]
    database = request.app.state.database
    links: Links = request.app.state.links
    with database.begin() as session:
        event = store.event_by_uid(session, uid)
        if event is None:
            raise HTTPException(404, f"no event with uid {uid!r}")
        etag = make_etag("event", event.uid, event.sequence, event.updated_at, links.base_url)
        headers = validator_headers(etag, event.updated_at)
        if not_modified(request, etag, event.updated_at):
            return Response(status_code=304, headers=headers)
        body = render_calendar([event], links, event.name, links.event_ics(event))
    return FeedResponse(body, "ics", headers, filename=f"{uid.split('@')[0]}.ics")
