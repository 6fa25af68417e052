"""The Starlette application: every route is listed in `routes()`."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager

from prometheus_client import CONTENT_TYPE_LATEST, generate_latest
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route

from db.session import Database
from feed.config import Settings
from feed.metrics import registry_for
from feed.render.links import Links
from feed.web import api, feeds, pages

log = logging.getLogger(__name__)


def healthz(request: Request) -> Response:
    if request.app.state.database.ping():
        return PlainTextResponse("ok\n")
    return PlainTextResponse("database unreachable\n", status_code=503)


def metrics(request: Request) -> Response:
    body = generate_latest(request.app.state.metrics)
    return Response(body, media_type=CONTENT_TYPE_LATEST)


def routes() -> list[Route]:
    return [
        Route("/", pages.index),
        Route("/feeds/articles.{format}", feeds.articles_feed),
        Route("/feeds/events.ics", feeds.events_calendar),
        Route("/events/{uid}.ics", feeds.event_ics),
        Route("/api/articles", api.list_articles),
        Route("/api/events", api.list_events),
        Route("/api/sources", api.list_sources),
        Route("/api/jobs", api.create_job, methods=["POST"]),
        Route("/api/jobs/{id}", api.get_job),
        Route("/healthz", healthz),
        Route("/metrics", metrics),
    ]


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 304 or exc.status_code < 400:
        return Response(status_code=exc.status_code, headers=exc.headers)
    return JSONResponse({"error": exc.detail}, status_code=exc.status_code, headers=exc.headers)


async def server_error(request: Request, exc: Exception) -> Response:
    log.exception("web: %s %s failed", request.method, request.url.path, exc_info=exc)
    return JSONResponse({"error": "internal server error"}, status_code=500)


def create_app(
    settings: Settings,
    database: Database,
    *,
    on_startup: Callable[[], None] | None = None,
    on_shutdown: Callable[[], None] | None = None,
) -> Starlette:
    """The web app. `on_startup`/`on_shutdown` run in its lifespan (the embedded scheduler)."""

    @asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        if on_startup:
            on_startup()
        try:
            yield
        finally:
            if on_shutdown:
                on_shutdown()

    app = Starlette(
        routes=routes(),
        exception_handlers={HTTPException: http_error, Exception: server_error},
        lifespan=lifespan,
    )
    app.state.settings = settings
    app.state.database = database
    app.state.links = Links(settings.base_url)
    app.state.metrics = registry_for(database)
    return app
