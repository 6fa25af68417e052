"""Topics: the service's own feed and calendar URLs, rendered as a GET of them would be."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

from starlette.types import ASGIApp, Message

from feed.errors import FeedError
from feed.web.headers import is_public

__all__ = ["Topic", "TopicError", "internal_get", "self_link", "topic_path"]

_SELF = re.compile(r'<([^>]*)>\s*;\s*rel="?self"?')


class TopicError(FeedError):
    """hub: a hub.topic this hub does not publish (the message says why)."""


@dataclass(frozen=True)
class Topic:
    """A topic's answer to a GET: status, content type, the canonical self URL, the body."""

    status: int
    content_type: str
    self_url: str | None
    body: bytes

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def error(self) -> str:
        """What the app said of a topic it does not serve (its JSON error, else the status)."""
        text = self.body.decode("utf-8", "replace")
        match = re.search(r'"error"\s*:\s*"((?:[^"\\]|\\.)*)"', text)
        return match.group(1) if match else f"HTTP {self.status}"


def topic_path(topic: str, base_url: str) -> tuple[str, str]:
    """(path, raw query) of a topic URL of this service, or TopicError with the reason."""
    if not topic.startswith(base_url + "/"):
        raise TopicError(f"hub: hub.topic must be a feed or calendar of this service, under {base_url}/")
    parts = urlsplit(topic[len(base_url) :])
    if parts.fragment:
        raise TopicError("hub: hub.topic must not have a fragment (#...)")
    path = unquote(parts.path)
    if not is_public(path):
        raise TopicError(
            "hub: hub.topic must be a feed or calendar: /feeds/articles.(rss|atom|json), "
            "/feeds/events.(ics|rss|atom) or /events/UID.ics, with any of their filters"
        )
    return parts.path, parts.query


def self_link(link_header: str) -> str | None:
    match = _SELF.search(link_header)
    return match.group(1) if match else None


async def internal_get(app: ASGIApp, host: str, raw_path: str, query: str) -> Topic:
    """GET `raw_path?query` from the app in this process, without a socket."""
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": unquote(raw_path),
        "raw_path": raw_path.encode("latin-1", "replace"),
        "root_path": "",
        "query_string": query.encode("latin-1", "replace"),
        "headers": [(b"host", host.encode("idna") if host else b"localhost")],
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 80),
        "state": {},
    }
    sent = False
    status, headers, chunks = 500, [], []

    async def receive() -> Message:
        nonlocal sent
        if sent:
            return {"type": "http.disconnect"}
        sent = True
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Message) -> None:
        nonlocal status, headers
        if message["type"] == "http.response.start":
            status, headers = message["status"], message.get("headers", [])
        elif message["type"] == "http.response.body":
            chunks.append(message.get("body", b""))

    await app(scope, receive, send)
    fields = {name.decode("latin-1").lower(): value.decode("latin-1") for name, value in headers}
    return Topic(status, fields.get("content-type", ""), self_link(fields.get("link", "")), b"".join(chunks))
