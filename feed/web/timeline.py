"""GET /timeline: the calendar's meetings by month, upcoming and past, as a page without JavaScript."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from itertools import groupby
from typing import Any

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import Response

from db.feed_queries import events_for
from db.models import Event
from feed.config import DEFAULT_ZONE
from feed.render.links import Links
from feed.web import params
from feed.web.pages import templates
from feed.web.params import View, parse_view
from feed.web.responses import cached_response

PAGE_PARAMS = params.FILTERS | {"script", "min_confidence"}  # the calendar's, less its alarm
MONTHS = (
    "January February March April May June July August September October November December"
).split()  # not strftime("%B"): feedgen switches the process-wide locale while it renders


@dataclass(frozen=True)
class Month:
    id: str  # 2023-06: the section's anchor and <time datetime>
    name: str  # June 2023
    events: list[Event]


def page_view(request: Request, *, default_limit: int) -> View:
    """The filters of a page: as the calendar's, with the empty fields a filter form sends left out."""
    return parse_view(
        QueryParams([(k, v) for k, v in request.query_params.multi_items() if v]),
        PAGE_PARAMS,
        default_limit=default_limit,
        min_confidence=request.app.state.settings.min_confidence,
    )


def today_in_beijing(request: Request) -> date:
    """The day that separates upcoming from past, as on the index; by_day caching follows it."""
    today: date = request.app.state.today.now().astimezone(DEFAULT_ZONE).date()
    return today


def render_page(name: str, context: dict[str, Any]) -> bytes:
    """A template's page as bytes, for the render cache (the template reads rows: call it in their session)."""
    return templates.env.get_template(name).render(context).encode("utf-8")


def by_month(events: list[Event]) -> list[Month]:
    """Consecutive meetings of one month (by their first day) together, in the order given."""
    return [
        Month(f"{year}-{month:02d}", f"{MONTHS[month - 1]} {year}", list(group))
        for (year, month), group in groupby(events, key=lambda e: (e.start_date.year, e.start_date.month))
    ]


async def timeline(request: Request) -> Response:
    view = page_view(request, default_limit=params.MAX_LIMIT)
    links: Links = request.app.state.links
    database = request.app.state.database
    today = today_in_beijing(request)

    def build() -> tuple[bytes, dict[str, str]]:
        limit = view.filters.limit
        with database.begin() as session:
            listed = events_for(session, replace(view.filters, limit=limit + 1))  # latest start first
            events = [s.event for s in listed]
            shown = events[:limit]
            upcoming = sorted((e for e in shown if e.end_date >= today), key=lambda e: (e.start_date, e.id))
            context = {
                "title": "Meetings by month",
                "links": links,
                "query": view.params(),
                "script": view.script,
                "upcoming": by_month(upcoming),
                "past": by_month([e for e in shown if e.end_date < today]),
                "earlier": _earlier(links, view, shown) if len(events) > limit else None,
                "calendar": links.url("/feeds/events.ics", view.params(("limit",))),
            }
            return render_page("timeline.html", context), {}

    return await cached_response(request, "html", build, view, by_day=True)


def _earlier(links: Links, view: View, shown: list[Event]) -> str | None:
    """The page of the meetings before the ones shown: up to the earliest day shown, which may be
    cut short here (or the day before, when this page already ends there)."""
    last = min(e.start_date for e in shown)
    if view.filters.end == last:
        last -= timedelta(days=1)
    if last < max(view.filters.start or params.FIRST_DAY, params.FIRST_DAY):
        return None
    return links.url("/timeline", view.params(("to",)) | {"to": last.isoformat()})
