"""A per-host limit on concurrent requests, shared by every thread of the process."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["host_slot"]

_lock = threading.Lock()
_slots: dict[tuple[str, int], threading.BoundedSemaphore] = {}


@contextmanager
def host_slot(host: str, limit: int, timeout: float) -> Iterator[bool]:
    """Hold one of `limit` slots for `host`; yields False if none freed up within `timeout`."""
    with _lock:
        semaphore = _slots.get((host, limit))
        if semaphore is None:
            semaphore = _slots[(host, limit)] = threading.BoundedSemaphore(limit)
    acquired = semaphore.acquire(timeout=timeout)
    try:
        yield acquired
    finally:
        if acquired:
            semaphore.release()
