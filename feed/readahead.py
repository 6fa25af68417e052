"""Chunks of an iterator, the next one read in a thread while the caller works on the last one.

A large run parses its feed and stores what it parsed in one process; storing waits on the
database (the server's index work, the disk), and a thread reading the next chunk meanwhile
uses that wait. The iterator is only ever advanced by the reading thread; what it raises is
raised to the caller when it asks for the chunk that raised it, as a plain loop would.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")

_POLL_SECONDS = 0.1


def chunks_read_ahead(items: Iterator[T], size: int) -> Iterator[list[T]]:
    """Lists of up to `size` items, in order; the next one is read while the caller has the one before,
    and no further (one chunk ahead at most, so memory stays bounded by two chunks)."""
    ready: queue.Queue[list[T] | BaseException] = queue.Queue()
    wanted = threading.Semaphore(1)  # the caller took the last chunk: read the next one
    stop = threading.Event()

    def read() -> None:
        try:
            while True:
                while not wanted.acquire(timeout=_POLL_SECONDS):
                    if stop.is_set():
                        return
                if stop.is_set():
                    return
                chunk = list(islice(items, size))
                ready.put(chunk)
                if not chunk:
                    return
        except BaseException as exc:  # the caller raises it, in its own thread
            ready.put(exc)

    reader = threading.Thread(target=read, name="read-ahead", daemon=True)
    reader.start()
    try:
        while True:
            value = ready.get()
            if isinstance(value, BaseException):
                raise value
            if not value:
                return
            wanted.release()
            yield value
    finally:
        stop.set()
        reader.join()
