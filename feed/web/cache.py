"""Rendered feed bytes, kept per request key until the data changes.

The data version (feed_data_version) is read at most once per `ttl`
seconds; a rendered entry is valid while its version is current. Concurrent
requests for one key and version wait for a single render.
"""

from __future__ import annotations

import asyncio
import gzip
import hashlib
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import format_datetime

from starlette.concurrency import run_in_threadpool

from db.feed_queries import DataVersion, feed_data_version
from db.session import Database
from feed.metrics import CACHE

log = logging.getLogger(__name__)

Key = tuple[str, bytes]  # (path, canonical query string of the validated parameters: params.View.query_string)
CACHE_CONTROL = "public, max-age=300"
RENDER_REVISION = "6"  # part of every ETag: bump when the output format changes
GZIP_LEVEL = 6
# Sent with every feed and calendar answer (200 and 304), also by the fast path: see headers.py.
PUBLIC_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Content-Disposition, Link",
    "X-Content-Type-Options": "nosniff",
}


def make_etag(version: DataVersion, key: Key, base_url: str) -> str:
    """The ETag (without quotes) of the identity representation; gzip adds '-gz'."""
    parts = (RENDER_REVISION, version.token, key[0], key[1].decode("latin-1"), base_url)
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:32]


@dataclass
class Rendered:
    """One response, built once: plain and gzipped bytes and the raw headers for each answer."""

    token: str
    etag: str
    body: bytes
    gzipped: bytes
    headers_plain: list[tuple[bytes, bytes]] = field(default_factory=list)
    headers_gzip: list[tuple[bytes, bytes]] = field(default_factory=list)
    headers_304: list[tuple[bytes, bytes]] = field(default_factory=list)
    headers_304_gzip: list[tuple[bytes, bytes]] = field(default_factory=list)
    exact_tags: frozenset[bytes] = frozenset()  # If-None-Match values that match as sent: '"tag"', '"tag-gz"'

    @property
    def size(self) -> int:
        return len(self.body) + len(self.gzipped) + 512

    @classmethod
    def build(
        cls,
        version: DataVersion,
        etag: str,
        body: bytes,
        media_type: str,
        extra: dict[str, str] | None = None,
        *,
        public: bool = True,
    ) -> Rendered:
        gzipped = gzip.compress(body, GZIP_LEVEL, mtime=0)
        common = validator_headers(version, public=public)
        common.update(extra or {})
        raw = [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in common.items()]

        def answer(tag: str, length: int | None, encoding: str | None) -> list[tuple[bytes, bytes]]:
            headers = [(b"etag", f'"{tag}"'.encode())] + raw
            if length is not None:
                headers = [(b"content-type", media_type.encode()), (b"content-length", str(length).encode())] + headers
            if encoding:
                headers.append((b"content-encoding", encoding.encode()))
            return headers

        return cls(
            token=version.token,
            etag=etag,
            body=body,
            gzipped=gzipped,
            headers_plain=answer(etag, len(body), None),
            headers_gzip=answer(etag + "-gz", len(gzipped), "gzip"),
            headers_304=answer(etag, None, None),
            headers_304_gzip=answer(etag + "-gz", None, None),
            exact_tags=frozenset({f'"{etag}"'.encode(), f'"{etag}-gz"'.encode()}),
        )


def validator_headers(version: DataVersion, *, public: bool = True) -> dict[str, str]:
    """Feeds and calendars (`public`) may be kept five minutes and read from any origin; the API
    is revalidated on every use and stays same-origin (headers.py adds nosniff)."""
    headers = {
        "Last-Modified": format_datetime(version.modified, usegmt=True),
        "Cache-Control": CACHE_CONTROL if public else "no-cache",
        "Vary": "Accept-Encoding",
    }
    return headers | PUBLIC_HEADERS if public else headers


class VersionClock:
    """The current data version, read from the database at most once per `ttl` seconds.

    A version is used for at most `ttl` seconds. Under steady traffic it is re-read in the
    background once it is `ttl / 2` old, so requests do not wait for the query.
    """

    def __init__(self, database: Database, ttl: float = 1.0) -> None:
        self.database = database
        self.ttl = ttl
        self._version: DataVersion | None = None
        self._checked = 0.0
        self._lock = threading.Lock()
        self._refreshing = False

    def fresh(self) -> DataVersion | None:
        age = time.monotonic() - self._checked
        if self._version is None or age >= self.ttl:
            return None
        if age >= self.ttl / 2 and not self._refreshing:
            self._refreshing = True
            asyncio.get_running_loop().run_in_executor(None, self._refresh)
        return self._version

    def _refresh(self) -> None:
        try:
            self.read(force=True)
        except Exception:  # the database is away: the next request reads (and answers 503) itself
            log.warning("web: background read of the data version failed", exc_info=True)
        finally:
            self._refreshing = False

    def read(self, force: bool = False) -> DataVersion:
        with self._lock:  # one reader at a time; the others take its answer
            version = None if force else self._current()
            if version is None:
                checked = time.monotonic()
                with self.database.begin() as session:
                    version = feed_data_version(session)
                self._version, self._checked = version, checked
            return version

    def _current(self) -> DataVersion | None:
        if self._version is not None and time.monotonic() - self._checked < self.ttl:
            return self._version
        return None

    async def current(self) -> DataVersion:
        version = self.fresh()
        if version is not None:
            return version
        return await run_in_threadpool(self.read)


class RenderCache:
    """Rendered entries by key, least recently used out first once `max_bytes` is reached."""

    def __init__(self, max_bytes: int = 64 * 1024 * 1024) -> None:
        self.max_bytes = max_bytes
        self.renders = 0  # how many times a body was built (tests and metrics)
        self._entries: OrderedDict[Key, Rendered] = OrderedDict()
        self._bytes = 0
        self._inflight: dict[tuple[Key, str], asyncio.Future[Rendered]] = {}

    def get(self, key: Key, token: str) -> Rendered | None:
        entry = self._entries.get(key)
        if entry is None or entry.token != token:
            return None
        self._entries.move_to_end(key)
        return entry

    @staticmethod
    def _cost(key: Key, entry: Rendered) -> int:
        """What an entry holds: its bytes and its key's."""
        return entry.size + len(key[0]) + len(key[1])

    def put(self, key: Key, entry: Rendered) -> None:
        old = self._entries.pop(key, None)
        if old is not None:
            self._bytes -= self._cost(key, old)
        if self._cost(key, entry) > self.max_bytes:
            return
        self._entries[key] = entry
        self._bytes += self._cost(key, entry)
        while self._bytes > self.max_bytes:
            dropped_key, dropped = self._entries.popitem(last=False)
            self._bytes -= self._cost(dropped_key, dropped)

    async def get_or_render(self, key: Key, token: str, build: Callable[[], Rendered]) -> Rendered:
        """The cached entry, or one render in a worker thread shared by every concurrent caller."""
        entry = self.get(key, token)
        if entry is not None:
            CACHE.labels(result="hit").inc()
            return entry
        waiting = self._inflight.get((key, token))
        if waiting is not None:
            CACHE.labels(result="shared_render").inc()
            return await asyncio.shield(waiting)
        CACHE.labels(result="render").inc()
        future: asyncio.Future[Rendered] = asyncio.get_running_loop().create_future()
        self._inflight[(key, token)] = future
        try:
            self.renders += 1
            entry = await run_in_threadpool(build)
            self.put(key, entry)
            future.set_result(entry)
            return entry
        except BaseException as exc:
            future.set_exception(exc)
            future.exception()  # retrieved: waiters re-raise it, nobody logs it twice
            raise
        finally:
            del self._inflight[(key, token)]
