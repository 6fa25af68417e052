"""A run whose process is gone does not block its source: owners, heartbeats, and the next request."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from datetime import timedelta
from pathlib import Path

from db.models import utcnow
from db.runs import queue_run, run_by_id, start_run
from db.session import Database
from db.sources import source_by_key
from feed import ingest
from feed.model import RunTrigger
from feed.owners import STALE_AFTER, heartbeat, owner_gone, this_process
from tests.test_ingest_batches import configure, feed_file


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_an_owner_on_this_host_is_gone_when_its_process_is() -> None:
    now = utcnow()
    assert not owner_gone(this_process(), now - timedelta(hours=5), now)  # alive, however old its heartbeat
    assert owner_gone(f"{socket.gethostname()}:{dead_pid()}", now, now)


def test_an_owner_elsewhere_is_gone_when_its_heartbeat_is_stale() -> None:
    now = utcnow()
    assert not owner_gone("another-host:12", now - STALE_AFTER + timedelta(seconds=5), now)
    assert owner_gone("another-host:12", now - STALE_AFTER - timedelta(seconds=5), now)
    assert not owner_gone(None, None, now)  # a run from before owners were recorded: left to the scheduler


def test_a_source_whose_run_lost_its_process_takes_a_new_job(database: Database, tmp_path: Path) -> None:
    key = configure(database, feed_file(tmp_path / "feed.xml", 3), "news")
    with database.begin() as session:
        source = source_by_key(session, key)
        assert source is not None
        dead = queue_run(session, key, RunTrigger.CLI, source)
        start_run(dead, f"{socket.gethostname()}:{dead_pid()}")
        alive = queue_run(session, key, RunTrigger.CLI, source)
        start_run(alive, "another-host:7")
        dead_id, alive_id = dead.id, alive.id
    assert ingest.queue(database, key, RunTrigger.API) == alive_id  # a live run elsewhere still holds it
    with database.begin() as session:
        gone = run_by_id(session, dead_id)
        assert gone is not None and gone.status == "failed"
        assert gone.error is not None and "stopped before it finished" in gone.error
        stale = run_by_id(session, alive_id)
        assert stale is not None
        stale.heartbeat_at = utcnow() - STALE_AFTER - timedelta(seconds=1)
    fresh = ingest.queue(database, key, RunTrigger.API)
    assert fresh not in (dead_id, alive_id)
    with database.begin() as session:
        run = run_by_id(session, fresh)
        assert run is not None and run.status == "queued"


def test_a_run_records_its_owner_and_beats_while_it_works(database: Database, tmp_path: Path) -> None:
    key = configure(database, feed_file(tmp_path / "feed.xml", 5), "news")
    summary = ingest.ingest_now(database, key, RunTrigger.CLI)
    with database.begin() as session:
        run = run_by_id(session, summary.run_id)
        assert run is not None and run.owner == this_process()
        assert run.heartbeat_at is not None and run.started_at is not None
        assert run.heartbeat_at >= run.started_at


def test_the_heartbeat_calls_on_until_the_body_ends() -> None:
    beats: list[float] = []
    twice = threading.Event()

    def beat() -> None:
        beats.append(0.0)
        if len(beats) >= 2:
            twice.set()

    with heartbeat(beat, every=0.01):
        assert twice.wait(timeout=5)
    after = len(beats)
    assert not threading.Event().wait(0.1) and len(beats) == after
