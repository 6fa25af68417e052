"""Request metrics for the routed app: count and latency by route template, method and status."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from feed.metrics import HTTP_REQUESTS, HTTP_SECONDS


class RequestMetrics:
    def __init__(self, app: ASGIApp, routes: list[Route]) -> None:
        self.app = app
        self.templates: dict[Callable[..., Any], str] = {route.endpoint: route.path for route in routes}

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, status = time.perf_counter(), 500

        async def send_status(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, send_status)
        finally:
            route = self.templates.get(scope.get("endpoint"), "unmatched")  # type: ignore[arg-type]
            HTTP_REQUESTS.labels(route=route, method=scope["method"], status=str(status)).inc()
            HTTP_SECONDS.labels(route=route).observe(time.perf_counter() - started)
