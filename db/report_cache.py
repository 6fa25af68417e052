"""The articles each meeting lists, kept between renders while the meeting's reports_version stays.

A calendar lists every article of its 500 meetings, about 2,000 at a million articles, each
fetched by primary key; a change to the data touches a few meetings. Triggers give a meeting
a new random `reports_version` whenever its list may change (migration 0010), so an entry is
valid while the version it was read at is the meeting's current one. One cache per engine:
ids and versions mean nothing in another database.
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Sequence
from typing import Generic, TypeVar

from sqlalchemy.engine import Engine

T = TypeVar("T")
LIMIT = 20_000  # listed articles over all meetings (a few MB); meetings count one more each


class ReportCache(Generic[T]):
    """Least recently used (event id) -> (version, reports), bounded by the reports held."""

    def __init__(self, limit: int = LIMIT) -> None:
        self.limit = limit
        self._entries: OrderedDict[int, tuple[int, tuple[T, ...]]] = OrderedDict()
        self._size = 0
        self._lock = threading.Lock()

    def get(self, event_id: int, version: int) -> tuple[T, ...] | None:
        with self._lock:
            entry = self._entries.get(event_id)
            if entry is None or entry[0] != version:
                return None
            self._entries.move_to_end(event_id)
            return entry[1]

    def put(self, event_id: int, version: int, reports: Sequence[T]) -> tuple[T, ...]:
        kept = tuple(reports)
        with self._lock:
            old = self._entries.pop(event_id, None)
            if old is not None:
                self._size -= len(old[1]) + 1
            self._entries[event_id] = (version, kept)
            self._size += len(kept) + 1
            while self._size > self.limit:
                _, (_, dropped) = self._entries.popitem(last=False)
                self._size -= len(dropped) + 1
        return kept

    def __len__(self) -> int:
        return len(self._entries)


_CACHES: weakref.WeakKeyDictionary[Engine, ReportCache] = weakref.WeakKeyDictionary()  # type: ignore[type-arg]
_CACHES_LOCK = threading.Lock()


def cache_for(engine: Engine) -> ReportCache:  # type: ignore[type-arg]
    with _CACHES_LOCK:
        cache = _CACHES.get(engine)
        if cache is None:
            cache = _CACHES[engine] = ReportCache()
        return cache
