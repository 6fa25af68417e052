"""POST /websub: the WebSub hub's subscription endpoint (W3C WebSub §5.1).

A valid request is stored and answered 202; the scheduler's WebSub job verifies intent with a
GET to the callback (feed.websub.hub). Anything else is a 4xx whose plain-text body says why.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

import httpx
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response

from db.models import WebSubRequest
from db.websub import add_request, count_for_host, count_for_topic
from feed.config import WebSubSettings
from feed.websub.callbacks import callback_problem
from feed.websub.hub import HUB_PATH
from feed.websub.topics import TopicError, internal_get, topic_path

__all__ = ["HUB_PATH", "hub_endpoint"]

MAX_BODY = 16 * 1024
MAX_URL = 2048
MAX_SECRET_BYTES = 199  # under 200 bytes (WebSub §5.1)
FORM = "application/x-www-form-urlencoded"


def _refuse(status: int, reason: str) -> Response:
    return PlainTextResponse(reason + "\n", status_code=status)


async def hub_endpoint(request: Request) -> Response:
    if request.headers.get("content-type", "").split(";")[0].strip().lower() != FORM:
        return _refuse(415, f"hub: send the request as {FORM}")
    body = b""
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return _refuse(413, f"hub: the request is over {MAX_BODY} bytes")
    try:
        pairs = parse_qsl(body.decode("utf-8"), keep_blank_values=True, strict_parsing=bool(body))
    except (UnicodeDecodeError, ValueError):
        return _refuse(400, "hub: the request body is not a UTF-8 form")
    names = [name for name, _ in pairs]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        return _refuse(400, f"hub: given more than once: {', '.join(repeated)}")
    form = dict(pairs)
    mode = form.get("hub.mode", "")
    if mode == "publish":
        return _refuse(400, "hub: this hub publishes only this service's topics and notices their changes itself")
    if mode not in ("subscribe", "unsubscribe"):
        return _refuse(400, "hub: hub.mode must be subscribe or unsubscribe")
    options: WebSubSettings = request.app.state.settings.websub
    callback, topic = form.get("hub.callback", ""), form.get("hub.topic", "")
    if not callback or not topic:
        return _refuse(400, "hub: hub.callback and hub.topic are required")
    if len(callback) > MAX_URL or len(topic) > MAX_URL:
        return _refuse(400, f"hub: hub.callback and hub.topic must be at most {MAX_URL} characters")
    if problem := callback_problem(callback, options.allow_private):
        return _refuse(400, f"hub: hub.callback {problem}")
    lease = form.get("hub.lease_seconds")
    if lease is not None and not (lease.isascii() and lease.isdigit() and 0 < int(lease) < 10**10):
        return _refuse(400, "hub: hub.lease_seconds must be a whole number of seconds above 0")
    secret = form.get("hub.secret") or None
    if secret is not None and len(secret.encode("utf-8")) > MAX_SECRET_BYTES:
        return _refuse(400, "hub: hub.secret must be under 200 bytes")
    base_url: str = request.app.state.links.base_url
    try:
        path, query = topic_path(topic, base_url)
    except TopicError as exc:
        return _refuse(400, str(exc))
    answer = await internal_get(request.app.routed, request.headers.get("host", ""), path, query)
    if answer.status != 200 or answer.self_url is None:
        return _refuse(400, f"hub: hub.topic is not a feed or calendar of this service: {answer.error()}")
    host = (httpx.URL(callback).host or "").lower()
    stored = WebSubRequest(
        mode=mode,
        topic=topic,
        topic_key=answer.self_url,
        callback=callback,
        callback_host=host,
        secret=secret,
        lease_seconds=options.lease(int(lease) if lease else None),
    )

    def store() -> str | None:
        with request.app.state.database.begin() as session:
            if mode == "subscribe":
                if count_for_topic(session, stored.topic_key, callback) >= options.max_per_topic:
                    return f"hub: this topic has the most subscriptions allowed ({options.max_per_topic})"
                if count_for_host(session, host, stored.topic_key, callback) >= options.max_per_host:
                    return f"hub: callbacks on {host} have the most subscriptions allowed ({options.max_per_host})"
            add_request(session, stored)
        return None

    refused = await run_in_threadpool(store)
    if refused:
        return _refuse(429, refused)
    return PlainTextResponse(f"Accepted: the hub will verify this {mode} request at the callback\n", status_code=202)
