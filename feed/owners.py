"""Which process runs an ingest run, and whether it is still alive.

A run records its owner as `host:pid` and a heartbeat while it works. A run whose owner is
gone (killed, or its machine lost) would otherwise block its source: on the owner's own host
the process table says so at once; elsewhere a heartbeat older than STALE_AFTER does.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta

BEAT_EVERY = 15.0  # seconds between heartbeats while a run works
STALE_AFTER = timedelta(seconds=60)


def this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def owner_gone(owner: str | None, heartbeat_at: datetime | None, now: datetime) -> bool:
    """True when the process that owns a running run is known to be dead or silent too long."""
    if owner is None:
        return False  # a run from before owners were recorded: the scheduler's recovery handles it
    host, _, pid = owner.rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # alive, another user's
        return False
    return heartbeat_at is None or now - heartbeat_at > STALE_AFTER


@contextmanager
def heartbeat(beat: Callable[[], None], every: float = BEAT_EVERY) -> Iterator[None]:
    """Call `beat` every `every` seconds in a thread while the body runs (a failed beat is skipped)."""
    stop = threading.Event()

    def loop() -> None:
        while not stop.wait(every):
            try:
                beat()
            except Exception:  # the database is briefly unreachable: the next beat will do
                pass

    thread = threading.Thread(target=loop, name="ingest-heartbeat", daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=5)
