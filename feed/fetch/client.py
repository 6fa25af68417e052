"""One GET with every limit: conditional, capped, timed, redirect-checked, host-limited."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urljoin

import httpx

from feed.fetch.decoding import ACCEPT_ENCODING, decoded_chunks
from feed.fetch.errors import (
    BodyTooLarge,
    FetchError,
    FetchTimeout,
    Gone,
    HTTPStatusError,
    TooManyRedirects,
)
from feed.fetch.hints import max_age, retry_after
from feed.fetch.hosts import host_slot
from feed.fetch.limits import DEFAULT_LIMITS, FetchLimits
from feed.fetch.netguard import check_host
from feed.fetch.transport import ALLOW_PRIVATE, GuardedTransport
from feed.metrics import FETCH_SECONDS

__all__ = ["ACCEPT_ANY", "ACCEPT_FEED", "ACCEPT_PAGE", "FetchResult", "close_http_client", "fetch_url", "http_client"]

log = logging.getLogger(__name__)

ACCEPT_FEED = (
    "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
ACCEPT_PAGE = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
ACCEPT_ANY = (
    "application/rss+xml, application/atom+xml, application/feed+json, text/html;q=0.9, "
    "application/xml;q=0.9, */*;q=0.5"
)
_REDIRECTS = {301, 302, 303, 307, 308}


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    max_age: float | None = None  # Cache-Control max-age, seconds

    @property
    def not_modified(self) -> bool:
        return self.status == 304


_client: httpx.Client | None = None
_client_lock = threading.Lock()


def http_client() -> httpx.Client:
    """The process's one HTTP client, made on first use and shared by every thread.

    Its connections are pooled and kept alive (`feed.fetch.transport`); it follows no redirects
    itself (`fetch_url` checks each hop), reads no proxy settings and keeps no cookies between
    fetches. Close it with `close_http_client()` when the process stops fetching.
    """
    global _client
    with _client_lock:
        if _client is None:
            _client = _new_client(GuardedTransport())
        return _client


def close_http_client() -> None:
    """Close the shared client and its connections; a later fetch makes a new one."""
    global _client
    with _client_lock:
        client, _client = _client, None
    if client is not None:
        client.close()


def _new_client(transport: httpx.BaseTransport) -> httpx.Client:
    no_cookies = CookieJar(DefaultCookiePolicy(allowed_domains=[]))
    return httpx.Client(transport=transport, follow_redirects=False, trust_env=False, cookies=no_cookies)


@contextmanager
def _client_for(transport: httpx.BaseTransport | None) -> Iterator[httpx.Client]:
    """The shared client, or a client of its own for a given transport (tests: httpx.MockTransport)."""
    if transport is None:
        yield http_client()
    else:
        with _new_client(transport) as client:
            yield client


def fetch_url(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    limits: FetchLimits = DEFAULT_LIMITS,
    allow_private: bool = False,
    accept: str = ACCEPT_ANY,
    transport: httpx.BaseTransport | None = None,
) -> FetchResult:
    """GET `url`; a 304 (or a 200 with the same ETag) comes back with an empty body and
    `not_modified` set. Raises a FetchError (see `feed.fetch.errors`) on any failure."""
    allow = limits.allow_private or allow_private
    started = time.monotonic()
    deadline = started + limits.total_timeout
    headers = {
        "User-Agent": limits.user_agent,
        "Accept": accept,
        "Accept-Encoding": ACCEPT_ENCODING,
    }
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    current, outcome = url, "error"
    cookies = httpx.Cookies()  # a redirect hop's cookies go to the next hop, never to another fetch
    try:
        with _client_for(transport) as client:
            for _hop in range(limits.max_redirects + 1):
                target = httpx.URL(current)
                if target.scheme not in ("http", "https"):
                    raise FetchError(f"fetcher: {url}: redirected to a non-HTTP URL {current!r}")
                check_host(target.host, allow)
                result = _get_once(client, current, headers, cookies, allow, limits, deadline, etag, last_modified)
                if isinstance(result, FetchResult):
                    log.info(
                        "fetch url=%s status=%s bytes=%d duration_ms=%d",
                        url,
                        result.status,
                        len(result.body),
                        (time.monotonic() - started) * 1000,
                    )
                    outcome = "not_modified" if result.not_modified else "fetched"
                    return result
                current = result
            raise TooManyRedirects(f"fetcher: {url}: more than {limits.max_redirects} redirects")
    except httpx.TimeoutException as exc:
        raise FetchTimeout(f"fetcher: {current}: timed out ({exc.__class__.__name__})") from None
    except httpx.InvalidURL as exc:
        raise FetchError(f"fetcher: {current!r} is not a valid URL: {exc}") from None
    except httpx.HTTPError as exc:
        reason = str(exc) or exc.__class__.__name__
        raise FetchError(f"fetcher: {current}: {reason}") from None
    finally:
        FETCH_SECONDS.labels(outcome=outcome).observe(time.monotonic() - started)


def _get_once(
    client: httpx.Client,
    url: str,
    headers: dict[str, str],
    cookies: httpx.Cookies,
    allow_private: bool,
    limits: FetchLimits,
    deadline: float,
    etag: str | None,
    last_modified: str | None,
) -> FetchResult | str:
    """One request: a FetchResult, or the next URL when the answer is a redirect."""
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise FetchTimeout(f"fetcher: {url}: gave up after {limits.total_timeout:g} s (total timeout)")
    host = httpx.URL(url).host
    with host_slot(host, limits.per_host, remaining) as acquired:
        if not acquired:
            raise FetchTimeout(f"fetcher: {url}: no free slot for {host} within the total timeout")
        timeout = httpx.Timeout(
            connect=min(limits.connect_timeout, remaining),
            read=min(limits.read_timeout, remaining),
            write=min(limits.read_timeout, remaining),
            pool=min(limits.connect_timeout, remaining),
        )
        request = client.build_request(
            "GET", url, headers=headers, timeout=timeout, extensions={ALLOW_PRIVATE: allow_private}
        )
        cookies.set_cookie_header(request)
        response = client.send(request, stream=True)
        try:
            cookies.extract_cookies(response)
            status = response.status_code
            if status in _REDIRECTS and response.headers.get("location"):
                return urljoin(str(response.url), response.headers["location"])
            if status >= 400:
                raise _status_error(url, response)
            response_etag, response_modified = _validators(response)
            common = {
                "url": str(response.url),
                "content_type": response.headers.get("content-type", ""),
                "headers": dict(response.headers),
                "max_age": max_age(response.headers.get("cache-control")),
            }
            if status == 304 or (status == 200 and etag and response_etag == etag):
                return FetchResult(
                    status=304,
                    etag=response_etag or etag,
                    last_modified=response_modified or last_modified,
                    **common,
                )
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > limits.max_bytes and not response.headers.get("content-encoding"):
                raise BodyTooLarge(f"fetcher: {url}: body is {declared} bytes, over the {limits.max_bytes}-byte cap")
            body = _read(response, limits, deadline, url)
        finally:
            response.close()
    if not body.strip():
        raise FetchError(f"fetcher: {url}: empty body (HTTP {status})")
    return FetchResult(status=status, body=body, etag=response_etag, last_modified=response_modified, **common)


def _read(response: httpx.Response, limits: FetchLimits, deadline: float, url: str) -> bytes:
    chunks = []
    encoding = response.headers.get("content-encoding", "")
    raw = response.iter_raw()
    if response.is_stream_consumed:  # a transport that handed over a decoded body (MockTransport)
        raw, encoding = iter([response.content]), ""
    for chunk in decoded_chunks(raw, encoding, limits.max_bytes, url):
        chunks.append(chunk)
        if time.monotonic() > deadline:
            raise FetchTimeout(
                f"fetcher: {url}: gave up after {limits.total_timeout:g} s (total timeout; body still arriving)"
            )
    return b"".join(chunks)


def _validators(response: httpx.Response) -> tuple[str | None, str | None]:
    if response.headers.get("expires", "").strip() == "0":  # the server asks for no caching
        return None, None
    return response.headers.get("etag") or None, response.headers.get("last-modified") or None


def _status_error(url: str, response: httpx.Response) -> HTTPStatusError:
    status = response.status_code
    wait = retry_after(response.headers.get("retry-after")) if status in (429, 503) else None
    if status == 410:
        return Gone(f"fetcher: {url}: 410 Gone (the publisher removed it)", status)
    reason = response.reason_phrase or "error"
    hint = f"; Retry-After {wait:g} s" if wait is not None else ""
    return HTTPStatusError(f"fetcher: {url}: HTTP {status} {reason}{hint}", status, wait)
