"""Feed and calendar endpoints: validators before rendering, bytes rendered once per data version."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TypeVar

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from db.feed_queries import (
    Filters,
    article_cursor,
    event_cursor,
    event_with_reports,
    events_for,
    newer_article_cursor,
    newer_event_cursor,
    recent_articles,
)
from feed.render.articles import articles_feed
from feed.render.calendar import CalendarInfo, render_calendar
from feed.render.events import events_feed
from feed.render.feeds import RENDERERS, Link
from feed.render.geojson import render_geojson
from feed.render.links import Links
from feed.web import params
from feed.web.params import View, encode_cursor, parse_view
from feed.web.responses import cached_response

ARTICLES_TITLE = "News articles"
EVENTS_TITLE = "Meetings in the news"
CALENDAR_NAME = "Meetings in the news"
CALENDAR_DESCRIPTION = "Meetings reported in the news, collected by the event-feed service"
PAGING_PARAMS = ("before", "limit")
Row = TypeVar("Row")


async def articles_feed_endpoint(request: Request) -> Response:
    kind = request.path_params["format"]
    if kind not in RENDERERS:
        raise HTTPException(404, f"no article feed in format {kind!r}; try rss, atom or json")
    view = parse_view(request.query_params, params.ARTICLE_FEED)
    links: Links = request.app.state.links
    database = request.app.state.database

    def build() -> tuple[bytes, dict[str, str]]:
        with database.begin() as session:
            rows, newer = recent_articles(session, _one_more(view)), newer_article_cursor(session, view.filters)
            articles, paging = _page(request, links, view, rows, article_cursor, newer)
            doc = articles_feed(
                articles,
                links,
                title=ARTICLES_TITLE,
                self_url=_self_url(request, links, view),
                paging=paging,
                archive=_is_archive(view),
                script=view.script,
                feed_id=links.feed_id("/feeds/articles", view.params(PAGING_PARAMS)),
            )
            doc = replace(doc, hubs=request.app.state.hubs)
            return RENDERERS[kind](doc), {}

    return await cached_response(request, kind, build, view)


def _self_url(request: Request, links: Links, view: View) -> str:
    return links.url(request.url.path, view.params())


def _one_more(view: View) -> Filters:
    """The filters of a page and one row more, which tells whether an older page exists."""
    return replace(view.filters, limit=view.filters.limit + 1)


def _is_archive(view: View) -> bool:
    return view.filters.before is not None


def _page(
    request: Request,
    links: Links,
    view: View,
    rows: Sequence[Row],
    cursor: Callable[[Row], tuple[datetime, int]],
    newer: tuple[datetime, int] | None,
) -> tuple[list[Row], list[Link]]:
    """The page of `rows` (fetched with _one_more) and its RFC 5005 links: first (the subscription
    document), current on older pages, next and prev-archive only when an older page exists, and
    next-archive to the newer page when it is an archive too (`newer`, its cursor: None when it is the first)."""
    page = list(rows[: view.filters.limit])
    path = request.url.path
    first = links.url(path, view.params(("before",)))

    def page_at(before: tuple[datetime, int]) -> str:
        return links.url(path, view.params(("before",)) | {"before": encode_cursor(*before)})

    paging = [Link(first, "first")]
    if _is_archive(view):
        paging.append(Link(first, "current"))
    if newer is not None:
        paging.append(Link(page_at(newer), "next-archive"))
    if len(rows) > len(page):
        older = page_at(cursor(page[-1]))
        paging += [Link(older, "next"), Link(older, "prev-archive")]
    return page, paging


async def events_feed_endpoint(request: Request) -> Response:
    kind = request.path_params["format"]
    if kind not in ("rss", "atom"):
        raise HTTPException(404, f"no events feed in format {kind!r}; try rss, atom, or events.ics")
    view = parse_view(request.query_params, params.EVENT_FEED, min_confidence=request.app.state.settings.min_confidence)
    links: Links = request.app.state.links
    database = request.app.state.database

    def build() -> tuple[bytes, dict[str, str]]:
        with database.begin() as session:
            rows, newer = events_for(session, _one_more(view)), newer_event_cursor(session, view.filters)
            events, paging = _page(request, links, view, rows, lambda shown: event_cursor(shown.event), newer)
            doc = events_feed(
                events,
                links,
                title=EVENTS_TITLE,
                self_url=_self_url(request, links, view),
                paging=paging,
                archive=_is_archive(view),
                script=view.script,
                feed_id=links.feed_id("/feeds/events", view.params(("before",))),
            )
            doc = replace(doc, hubs=request.app.state.hubs)
            return RENDERERS[kind](doc), {}

    return await cached_response(request, kind, build, view)


async def events_calendar(request: Request) -> Response:
    view = parse_view(
        request.query_params,
        params.CALENDAR,
        default_limit=params.MAX_LIMIT,
        min_confidence=request.app.state.settings.min_confidence,
    )
    links: Links = request.app.state.links
    database = request.app.state.database
    info = CalendarInfo(
        CALENDAR_NAME,
        CALENDAR_DESCRIPTION,
        _self_url(request, links, view),
        links.url("/"),
        alarm=view.alarm,
        script=view.script,
    )

    def build() -> tuple[bytes, dict[str, str]]:
        with database.begin() as session:
            events = events_for(session, view.filters)
            body = render_calendar(events, links, info)
        return body, {"Content-Disposition": 'inline; filename="events.ics"'}

    return await cached_response(request, "ics", build, view)


async def events_geojson(request: Request) -> Response:
    """The calendar's meetings (same filters, threshold and limit) that have coordinates, as GeoJSON.

    Kept per day as well as per data version: each feature carries its status as of today.
    """
    view = parse_view(
        request.query_params,
        params.GEOJSON,
        default_limit=params.MAX_LIMIT,
        min_confidence=request.app.state.settings.min_confidence,
    )
    links: Links = request.app.state.links
    database, today = request.app.state.database, request.app.state.today

    def build() -> tuple[bytes, dict[str, str]]:
        with database.begin() as session:
            events = [shown.event for shown in events_for(session, replace(view.filters, located=True))]
            body = render_geojson(events, links, today.status, view.script)
        return body, {"Content-Disposition": 'inline; filename="events.geojson"'}

    return await cached_response(request, "geojson", build, view, by_day=True)


async def event_ics(request: Request) -> Response:
    uid = request.path_params["uid"]
    view = parse_view(request.query_params, params.ONE_EVENT)
    links: Links = request.app.state.links
    database = request.app.state.database

    def build() -> tuple[bytes, dict[str, str]]:
        with database.begin() as session:
            shown = event_with_reports(session, uid)
            if shown is None:
                raise HTTPException(404, f"no event with uid {uid!r}")
            event = shown.event
            info = CalendarInfo(
                view.script.convert(event.name),
                CALENDAR_DESCRIPTION,
                links.event_ics(event),
                links.event_page(event),
                alarm=view.alarm,
                script=view.script,
            )
            body = render_calendar([shown], links, info)
        filename = uid.split("@")[0]
        return body, {"Content-Disposition": f'attachment; filename="{filename}.ics"'}

    return await cached_response(request, "ics", build, view)
