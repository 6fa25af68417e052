"""Security headers on every routed response, CORS on feeds and calendars.

Feed and calendar responses carry their CORS headers from the cache already
(see cache.PUBLIC_HEADERS): the fast path sends them without this layer.
"""

from __future__ import annotations

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
HTML_HEADERS = [
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
]
# /embed is made to be framed by other sites: any ancestor, so no X-Frame-Options (it cannot say "any")
EMBED_PATH = "/embed"
EMBED_HEADERS = [
    (
        b"content-security-policy",
        CONTENT_SECURITY_POLICY.replace("frame-ancestors 'none'", "frame-ancestors *").encode(),
    ),
    (b"referrer-policy", b"same-origin"),
]
NOSNIFF = (b"x-content-type-options", b"nosniff")
CORS_HEADERS = [
    (b"access-control-allow-origin", b"*"),
    (b"access-control-expose-headers", b"ETag, Content-Disposition"),
]
PREFLIGHT_HEADERS = CORS_HEADERS + [
    (b"access-control-allow-methods", b"GET, HEAD, OPTIONS"),
    (b"access-control-allow-headers", b"If-None-Match, If-Modified-Since, Cache-Control"),
    (b"access-control-max-age", b"86400"),
    (b"allow", b"GET, HEAD, OPTIONS"),
    (b"content-length", b"0"),
    NOSNIFF,
]


def is_public(path: str) -> bool:
    """Feeds, calendars and the list of them: readable from any origin."""
    return (
        path.startswith("/feeds/") or (path.startswith("/events/") and path.endswith(".ics")) or path == "/feeds.opml"
    )


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        public = is_public(scope["path"])
        if public and scope["method"] == "OPTIONS":
            await send({"type": "http.response.start", "status": 204, "headers": PREFLIGHT_HEADERS})
            await send({"type": "http.response.body", "body": b""})
            return
        cors = public and scope["method"] in ("GET", "HEAD")

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {name.lower() for name, _ in headers}
                extra = [NOSNIFF]
                content_type = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if content_type.startswith(b"text/html"):
                    extra += EMBED_HEADERS if scope["path"] == EMBED_PATH else HTML_HEADERS
                if cors:
                    extra += CORS_HEADERS
                headers += [(k, v) for k, v in extra if k not in names]
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
