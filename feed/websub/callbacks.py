"""Requests to subscribers' callbacks and to outside hubs, through the fetcher's network guard.

The process's shared HTTP client (`feed.fetch.http_client`) opens connections only to vetted
addresses; a callback on a private, loopback or link-local address is refused unless
FEED_WEBSUB_ALLOW_PRIVATE is set. No redirects are followed, every request has a timeout, and at
most two go to one host at a time.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
from dataclasses import dataclass

import httpx

from feed.errors import FeedError
from feed.fetch import USER_AGENT, FetchError, http_client
from feed.fetch.hosts import host_slot
from feed.fetch.netguard import check_host
from feed.fetch.transport import ALLOW_PRIVATE

__all__ = ["Answer", "CallbackError", "call", "signature"]

log = logging.getLogger(__name__)

PER_HOST = 2
READ_LIMIT = 64 * 1024  # what is read of an answer: a challenge, or an error message


class CallbackError(FeedError):
    """hub: a callback or outside hub could not be reached (the message says why)."""


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes

    @property
    def ok(self) -> bool:
        return 200 <= self.status < 300


def signature(secret: str, body: bytes) -> str:
    """The X-Hub-Signature value: sha256=HEX(HMAC-SHA256(secret, body))."""
    return "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()


def callback_problem(url: str, allow_private: bool) -> str | None:
    """Why `url` cannot be a callback (before any request), or None."""
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as exc:
        return f"is not a valid URL: {exc}"
    if parsed.scheme not in ("http", "https") or not parsed.host:
        return "must be an http:// or https:// URL with a host"
    try:
        check_host(parsed.host, allow_private)
    except FetchError as exc:
        return str(exc).replace("fetcher: ", "").replace("FEED_ALLOW_PRIVATE_NETWORKS", "FEED_WEBSUB_ALLOW_PRIVATE")
    return None


def call(
    method: str,
    url: str,
    *,
    timeout: float,
    allow_private: bool,
    content: bytes = b"",
    headers: dict[str, str] | None = None,
    params: dict[str, str] | None = None,
) -> Answer:
    """One request, its answer's status and the first READ_LIMIT bytes of its body; CallbackError when
    there is no answer (refused address, timeout, connection error)."""
    try:
        target = httpx.URL(url)
        if params:
            target = target.copy_merge_params(params)  # a callback's own query is kept (WebSub §5.3)
        if target.scheme not in ("http", "https"):
            raise CallbackError(f"hub: {url}: not an http(s) URL")
        check_host(target.host, allow_private)
        client = http_client()
        request = client.build_request(
            method,
            target,
            content=content,
            headers={"User-Agent": USER_AGENT, **(headers or {})},
            timeout=httpx.Timeout(timeout),
            extensions={ALLOW_PRIVATE: allow_private},
        )
        with host_slot(target.host, PER_HOST, timeout) as acquired:
            if not acquired:
                raise CallbackError(f"hub: {url}: no free slot for {target.host} within {timeout:g} s")
            response = client.send(request, stream=True)
            try:
                body = b""
                for chunk in response.iter_bytes():
                    body += chunk
                    if len(body) >= READ_LIMIT:
                        break
            finally:
                response.close()
    except FetchError as exc:
        message = str(exc).replace("fetcher: ", "").replace("FEED_ALLOW_PRIVATE_NETWORKS", "FEED_WEBSUB_ALLOW_PRIVATE")
        raise CallbackError(f"hub: {url}: {message}") from None
    except httpx.TimeoutException as exc:
        raise CallbackError(f"hub: {url}: timed out ({exc.__class__.__name__})") from None
    except httpx.HTTPError as exc:
        raise CallbackError(f"hub: {url}: {exc or exc.__class__.__name__}") from None
    return Answer(response.status_code, body[:READ_LIMIT])
