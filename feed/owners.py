"""Which process runs an ingest run, and whether it is still alive.

A run records its owner as `host:pid` and a heartbeat while it works. A run whose owner is
gone (killed, or its machine lost) would otherwise block its source. `run_is_dead` is the one
rule, for the scheduler that recovers runs and for the next request for a source alike: on
the owner's own host the process table says so at once; elsewhere, or when no owner was
recorded, a last sign of life older than STALE_AFTER does.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.models import IngestRun

BEAT_EVERY = 15.0  # seconds between heartbeats while a run works
STALE_AFTER = timedelta(seconds=60)


def this_process() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def run_is_dead(run: IngestRun, now: datetime) -> bool:
    """True when the process running `run` is gone from this host, or silent for more than STALE_AFTER."""
    host, _, pid = (run.owner or "").rpartition(":")
    if host == socket.gethostname() and pid.isdigit():
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            return True
        except PermissionError:
            return False  # alive, another user's
        return False
    last_sign = run.heartbeat_at or run.started_at
    return last_sign is None or now - last_sign > STALE_AFTER


@contextmanager
def heartbeat(beat: Callable[[], None], every: float | None = None) -> Iterator[None]:
    """Call `beat` every `every` seconds (BEAT_EVERY) in a thread while the body runs (a failed beat is skipped)."""
    stop = threading.Event()
    interval = BEAT_EVERY if every is None else every

    def loop() -> None:
        while not stop.wait(interval):
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
