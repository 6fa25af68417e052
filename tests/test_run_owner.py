"""A run whose process is gone does not block its source: owners, heartbeats, and the next request."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy import event as sa_event
from sqlalchemy.orm import Session

from db.models import IngestRun, Source, utcnow
from db.runs import queue_run, run_by_id, start_run
from db.session import Database
from db.sources import source_by_key
from feed import ingest
from feed.model import RunTrigger
from feed.owners import STALE_AFTER, heartbeat, run_is_dead, this_process
from feed.scheduler import poll_job, recover_orphaned_runs
from tests.test_ingest_batches import configure, feed_file


def dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _run(owner: str | None, beat_age: timedelta | None, now: datetime) -> IngestRun:
    beat = None if beat_age is None else now - beat_age
    return IngestRun(owner=owner, started_at=beat, heartbeat_at=beat)


def test_a_run_owned_on_this_host_is_dead_when_its_process_is() -> None:
    now = utcnow()
    assert not run_is_dead(_run(this_process(), timedelta(hours=5), now), now)  # alive, however old its heartbeat
    assert run_is_dead(_run(f"{socket.gethostname()}:{dead_pid()}", timedelta(0), now), now)


def test_a_run_owned_elsewhere_or_by_nobody_is_dead_when_its_heartbeat_is_stale() -> None:
    now = utcnow()
    for owner in ("another-host:12", None):
        assert not run_is_dead(_run(owner, STALE_AFTER - timedelta(seconds=5), now), now)
        assert run_is_dead(_run(owner, STALE_AFTER + timedelta(seconds=5), now), now)
        assert run_is_dead(_run(owner, None, now), now)  # marked running, never started nor beating
    late = _run("another-host:12", STALE_AFTER + timedelta(seconds=5), now)
    late.heartbeat_at = now
    assert not run_is_dead(late, now)  # the heartbeat, not the start, is the last sign of life


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


def test_a_run_records_its_owner_and_start(database: Database, tmp_path: Path) -> None:
    key = configure(database, feed_file(tmp_path / "feed.xml", 5), "news")
    summary = ingest.ingest_now(database, key, RunTrigger.CLI)
    with database.begin() as session:
        run = run_by_id(session, summary.run_id)
        assert run is not None and run.owner == this_process()
        assert run.started_at is not None and run.finished_at is not None and run.finished_at >= run.started_at


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


def _running(session: Session, source: Source, trigger: RunTrigger, owner: str | None, beat_age: timedelta) -> int:
    run = queue_run(session, source.key, trigger, source)
    start_run(run, owner)
    run.started_at = run.heartbeat_at = utcnow() - beat_age
    session.flush()
    return run.id


DEAD_RUNS = {  # (trigger, owner, age of the last sign of life) -> dead?
    (RunTrigger.CLI, "here-dead", timedelta(seconds=1)): True,  # the process table says so at once
    (RunTrigger.API, "here-alive", timedelta(hours=5)): False,  # alive, however old its heartbeat
    (RunTrigger.SCHEDULE, "another-host:7", timedelta(seconds=5)): False,
    (RunTrigger.CLI, "another-host:8", STALE_AFTER + timedelta(seconds=5)): True,
    (RunTrigger.API, None, STALE_AFTER + timedelta(seconds=5)): True,  # no owner recorded: the heartbeat decides
    (RunTrigger.API, None, timedelta(seconds=5)): False,
}


def _owner(name: str | None) -> str | None:
    return {"here-dead": f"{socket.gethostname()}:{dead_pid()}", "here-alive": this_process()}.get(name or "", name)


def test_the_scheduler_and_the_next_request_judge_a_run_dead_by_one_rule(database: Database, tmp_path: Path) -> None:
    """A scheduler that becomes active fails the runs that a request for their source would fail, and no other."""
    keys = [f"s{n}" for n in range(len(DEAD_RUNS))]
    configure(database, feed_file(tmp_path / "feed.xml", 1), *keys)
    with database.begin() as session:
        runs = {
            _running(session, source, trigger, _owner(owner), age): dead
            for key, (trigger, owner, age), dead in zip(keys, DEAD_RUNS, DEAD_RUNS.values(), strict=True)
            if (source := source_by_key(session, key)) is not None
        }
    recover_orphaned_runs(database)
    with database.begin() as session:
        by_scheduler = {run_id: _status(session, run_id) == "failed" for run_id in runs}
    assert by_scheduler == runs

    with database.begin() as session:  # the same runs again, judged by the next request for their source
        for run_id in runs:
            run = run_by_id(session, run_id)
            assert run is not None
            run.status = "running"
            session.execute(delete(IngestRun).where(IngestRun.trigger == RunTrigger.RETRY))
    by_request = {run_id: ingest.queue(database, key, RunTrigger.API) != run_id for run_id, key in zip(runs, keys)}
    assert by_request == runs


def _status(session: Session, run_id: int) -> str:
    run = run_by_id(session, run_id)
    assert run is not None
    return run.status


def test_only_the_heartbeat_writes_a_runs_heartbeat(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One writer: the heartbeat thread beats while a run works; storing a batch does not touch the heartbeat."""
    monkeypatch.setattr("feed.owners.BEAT_EVERY", 0.01)
    key = configure(database, feed_file(tmp_path / "feed.xml", 6), "news")
    writes: list[str] = []

    @sa_event.listens_for(database.engine, "before_cursor_execute")
    def _seen(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.startswith("UPDATE ingest_runs") and "heartbeat_at" in statement:
            writes.append(statement.partition(" SET ")[2].partition(" WHERE ")[0])

    def slowly(processed: int, total: int | None) -> None:
        threading.Event().wait(0.02)

    try:
        summary = ingest.ingest_now(database, key, RunTrigger.CLI, progress=slowly)
    finally:
        sa_event.remove(database.engine, "before_cursor_execute", _seen)
    assert summary.status == "succeeded" and summary.new == 6
    assert writes and {columns.split("=")[0].strip() for columns in writes} == {"heartbeat_at"}, writes


def test_the_active_scheduler_recovers_a_run_gone_silent_on_another_host(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Not only when it becomes active: a leader that died elsewhere less than STALE_AFTER before the takeover
    leaves runs that go stale later."""
    key = configure(database, feed_file(tmp_path / "feed.xml", 2), "news")
    with database.begin() as session:
        source = source_by_key(session, key)
        assert source is not None
        silent = _running(session, source, RunTrigger.API, "another-host:9", STALE_AFTER + timedelta(seconds=1))
    monkeypatch.setattr("feed.scheduler._database", database)
    poll_job()
    with database.begin() as session:
        assert _status(session, silent) == "failed"
        retried = session.scalars(select(IngestRun).where(IngestRun.trigger == RunTrigger.RETRY)).one()
        assert (retried.status, retried.new) == ("succeeded", 2)
