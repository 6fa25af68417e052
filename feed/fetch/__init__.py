"""Fetching documents over HTTP (httpx): conditional GET, timeouts, a body-size cap."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field

import httpx

from feed import __version__
from feed.errors import FetchError

log = logging.getLogger(__name__)

USER_AGENT = f"feed/{__version__} (event-feed syndication; +https://github.com/)"
DEFAULT_TIMEOUT = httpx.Timeout(20.0, connect=10.0)
DEFAULT_MAX_BYTES = 15 * 1024 * 1024
DEFAULT_MAX_REDIRECTS = 5


@dataclass
class FetchResult:
    url: str  # final URL after redirects
    status: int
    body: bytes = b""
    content_type: str = ""
    etag: str | None = None
    last_modified: str | None = None
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def not_modified(self) -> bool:
        return self.status == 304


def fetch_url(
    url: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    transport: httpx.BaseTransport | None = None,
) -> FetchResult:
    """GET `url`; 304 when the validators still match. Raises FetchError on any failure."""
    headers = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    started = time.monotonic()
    try:
        with httpx.Client(
            timeout=DEFAULT_TIMEOUT,
            follow_redirects=True,
            max_redirects=DEFAULT_MAX_REDIRECTS,
            transport=transport,
        ) as client:
            with client.stream("GET", url, headers=headers) as response:
                body = _read_capped(response, max_bytes) if response.status_code != 304 else b""
    except httpx.TooManyRedirects:
        raise FetchError(f"fetcher: too many redirects from {url}") from None
    except httpx.TimeoutException:
        raise FetchError(f"fetcher: timed out fetching {url}") from None
    except httpx.HTTPError as exc:
        raise FetchError(f"fetcher: {url}: {exc.__class__.__name__}: {exc}") from None
    log.info(
        "fetch url=%s status=%s bytes=%d duration_ms=%d",
        url, response.status_code, len(body), (time.monotonic() - started) * 1000,
    )
    if response.status_code >= 400:
        raise FetchError(f"fetcher: {url} answered HTTP {response.status_code}")
    return FetchResult(
        url=str(response.url),
        status=response.status_code,
        body=body,
        content_type=response.headers.get("content-type", ""),
        etag=response.headers.get("etag") or (etag if response.status_code == 304 else None),
        last_modified=response.headers.get("last-modified")
        or (last_modified if response.status_code == 304 else None),
        headers=dict(response.headers),
    )


def _read_capped(response: httpx.Response, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"fetcher: {response.url} is {declared} bytes, over the {max_bytes}-byte cap")
    chunks, size = [], 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise FetchError(f"fetcher: {response.url} is over the {max_bytes}-byte cap")
        chunks.append(chunk)
    return b"".join(chunks)
