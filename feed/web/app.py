"""The Starlette application: every route is listed in `routes()`."""

from __future__ import annotations

import gc
import logging
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from datetime import datetime

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from db import migrate
from db.session import Database
from feed.config import Settings
from feed.logs import loggable_url
from feed.metrics import process_registry, registry_for
from feed.render.links import Links
from feed.status import Today, utc_now
from feed.web import api, embed, feeds, map_page, openapi, opml, pages, timeline, websub
from feed.web.assets import bundled_assets, static_file
from feed.web.cache import RenderCache, VersionClock
from feed.web.fastpath import CachedFeeds
from feed.web.headers import SecurityHeaders
from feed.web.observe import RequestMetrics
from feed.web.params import has_control
from feed.web.ratelimit import RateLimiter
from feed.web.sitemap import robots_txt, sitemap_xml
from feed.web.tagging import StoredTaggingEntity
from feed.web.websub import HUB_PATH

log = logging.getLogger(__name__)


RETRY_AFTER = "5"  # seconds, on 503s while the database is away


def healthz(request: Request) -> Response:
    """Liveness: the process answers. Readiness (the database) is /readyz."""
    return PlainTextResponse("ok\n")


def readyz(request: Request) -> Response:
    """Readiness: the database answers and its schema is at the newest migration."""
    try:
        current = migrate.is_current(request.app.state.database.engine)
    except (DBAPIError, PoolTimeout) as exc:
        log.warning("web: readyz: database unreachable: %s", exc.__class__.__name__)
        body = {"status": "unavailable", "database": "unreachable", "migrations": "unknown"}
        return JSONResponse(body, status_code=503, headers={"Retry-After": RETRY_AFTER})
    if not current:
        body = {"status": "unavailable", "database": "reachable", "migrations": "behind"}
        return JSONResponse(body, status_code=503, headers={"Retry-After": RETRY_AFTER})
    return JSONResponse({"status": "ready", "database": "reachable", "migrations": "current"})


def metrics(request: Request) -> Response:
    """The web processes' counters (HTTP, cache, fetches, runs) and the database's gauges."""
    body = generate_latest(request.app.state.process_metrics) + generate_latest(request.app.state.metrics)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


def routes() -> list[Route]:
    return [
        Route("/", pages.index),
        Route("/feeds/articles.{format}", feeds.articles_feed_endpoint),
        Route("/feeds/events.ics", feeds.events_calendar),
        Route("/feeds/events.geojson", feeds.events_geojson),
        Route("/feeds/events.{format}", feeds.events_feed_endpoint),
        Route("/events/{uid}.ics", feeds.event_ics),
        Route("/events/{uid}", pages.event_page),
        Route("/articles/{id}", pages.article_page),
        Route("/feeds.opml", opml.feeds_opml),
        Route("/timeline", timeline.timeline),
        Route("/embed", embed.embed),
        Route("/map", map_page.map_page),
        Route("/static/{path:path}", static_file),
        Route("/sitemap.xml", sitemap_xml),
        Route("/robots.txt", robots_txt),
        Route("/api/articles", api.list_articles),
        Route("/api/events", api.list_events),
        Route("/api/events/{uid}", api.correct_event, methods=["PATCH"]),
        Route("/api/events/{uid}", api.hide_event, methods=["DELETE"]),
        Route("/api/sources", api.list_sources),
        Route("/api/jobs", api.create_job, methods=["POST"]),
        Route("/api/jobs/{id}", api.get_job),
        Route("/healthz", healthz),
        Route("/readyz", readyz),
        Route("/metrics", metrics),
        Route("/openapi.json", openapi.openapi_json),
        Route(HUB_PATH, websub.hub_endpoint, methods=["POST"]),
    ]


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 304 or exc.status_code < 400:
        return Response(status_code=exc.status_code, headers=exc.headers)
    return _error(request, exc.status_code, exc.detail, exc.headers)


def _error(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None) -> Response:
    """A page for a browser, `{"error": ...}` for everyone else."""
    if pages.wants_html(request):
        return pages.error_page(request, status, message, headers)
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def database_error(request: Request, exc: Exception) -> Response:
    """The database is away (refused, timed out, dropped): 503, so clients and balancers retry."""
    if isinstance(exc, OperationalError | PoolTimeout) or (isinstance(exc, DBAPIError) and exc.connection_invalidated):
        log.warning(
            "web: %s %s: database unavailable: %s",
            request.method,
            loggable_url(request.url.path),
            str(exc).splitlines()[0][:200],
        )
        return _error(request, 503, "the database is unavailable; try again shortly", {"Retry-After": RETRY_AFTER})
    return await server_error(request, exc)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("web: %s %s failed", request.method, loggable_url(request.url.path), exc_info=exc)
    return _error(request, 500, "internal server error")


class FeedApp(Starlette):
    """Starlette, with feed bytes that are already built answered before routing (see fastpath)."""

    fast_path: CachedFeeds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        await self.fast_path(scope, receive, send)

    async def routed(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http" and has_control(scope["path"]):  # in any path parameter: a 400, not a 500
            response = JSONResponse({"error": "the path contains control characters"}, status_code=400)
            await response(scope, receive, send)
            return
        await super().__call__(scope, receive, send)


def create_app(
    settings: Settings,
    database: Database,
    *,
    on_startup: Callable[[], None] | None = None,
    on_shutdown: Callable[[], None] | None = None,
    version_ttl: float = 1.0,
    now: Callable[[], datetime] = utc_now,
) -> Starlette:
    """The web app. `on_startup`/`on_shutdown` run in its lifespan (the embedded scheduler).

    Feeds and calendars notice new data within `version_ttl` seconds (0: on every request).
    Meeting statuses are as of `now()`.
    """

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if on_startup:
            on_startup()
        # Everything loaded so far (libraries, OpenCC's tables) lives as long as the process:
        # keep it out of the collector, whose full passes over it are long enough to stall requests.
        gc.freeze()
        try:
            yield
        finally:
            if on_shutdown:
                on_shutdown()

    table = routes()
    app = FeedApp(
        routes=table,
        exception_handlers={
            HTTPException: http_error,
            DBAPIError: database_error,
            PoolTimeout: database_error,
            Exception: server_error,
        },
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    site = Links(settings.base_url)
    app.state.links = Links(settings.base_url, StoredTaggingEntity(database, site.host))
    app.state.metrics = registry_for(database)
    app.state.process_metrics = process_registry()
    app.state.clock = VersionClock(database, ttl=version_ttl)
    app.state.cache = RenderCache()
    app.state.assets = bundled_assets()
    app.state.hubs = (site.url(HUB_PATH), *settings.websub.hubs)  # WebSub: ours, then any outside ones
    app.state.today = Today(now)
    rate = settings.job_rate
    app.state.job_limiter = RateLimiter(database, *rate) if rate else None
    app.fast_path = CachedFeeds(SecurityHeaders(RequestMetrics(app.routed, table)), app.state.cache, app.state.clock)
    return app
