from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import inspect

from db.runs import run_by_id
from db.session import Database
from db.sources import source_by_key
from feed import ingest
from feed.config import SourceConfig
from feed.scheduler import JOB_PREFIX, POLL_JOB, build_scheduler, start_scheduler, sync_jobs
from feed.sources import sync_sources

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"


def configs(every: timedelta = timedelta(hours=1)) -> list[SourceConfig]:
    return [
        SourceConfig(key="demo", name="Demo", kind="files", path=DEMO, every=every),
        SourceConfig(key="cron", name="Cron", kind="files", path=DEMO, cron="*/30 * * * *"),
    ]


def wait_for(condition, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def test_one_persistent_job_per_source_and_first_runs(database: Database) -> None:
    with database.begin() as session:
        sync_sources(session, configs())
    scheduler = build_scheduler(database)
    start_scheduler(scheduler, database, configs())
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
        assert set(jobs) == {JOB_PREFIX + "demo", JOB_PREFIX + "cron", POLL_JOB}
        assert jobs[JOB_PREFIX + "demo"].coalesce is True
        assert "apscheduler_jobs" in inspect(database.engine).get_table_names()
        # sources that never ran are run at once
        assert wait_for(lambda: _last_success(database, "demo") and _last_success(database, "cron"))

        def next_run_recorded() -> bool:
            with database.begin() as session:
                demo = source_by_key(session, "demo")
                return demo is not None and demo.next_run_at is not None

        assert wait_for(next_run_recorded)
    finally:
        scheduler.shutdown(wait=True)


def test_restart_keeps_jobs_and_replaces_changed_triggers(database: Database) -> None:
    first = build_scheduler(database)
    start_scheduler(first, database, configs())
    next_run = first.get_job(JOB_PREFIX + "cron").next_run_time
    first.shutdown(wait=True)

    second = build_scheduler(database)
    start_scheduler(second, database, configs(every=timedelta(minutes=5))[:1])
    try:
        ids = {job.id for job in second.get_jobs(jobstore="default")}
        assert ids == {JOB_PREFIX + "demo"}  # the source no longer configured lost its job
        assert "0:05:00" in str(second.get_job(JOB_PREFIX + "demo").trigger)
        sync_jobs(second, database, configs(every=timedelta(minutes=5)))
        assert second.get_job(JOB_PREFIX + "cron").next_run_time >= next_run
    finally:
        second.shutdown(wait=True)


def test_poll_runs_jobs_queued_by_the_api(database: Database) -> None:
    with database.begin() as session:
        sync_sources(session, configs()[:1])
    scheduler = build_scheduler(database)
    start_scheduler(scheduler, database, [])
    try:
        run_id = ingest.queue(database, "demo", "api")

        def finished() -> bool:
            with database.begin() as session:
                run = run_by_id(session, run_id)
                return run is not None and run.status == "succeeded"

        assert wait_for(finished)
    finally:
        scheduler.shutdown(wait=True)


def _last_success(database: Database, key: str) -> bool:
    with database.begin() as session:
        source = source_by_key(session, key)
        return source is not None and source.last_success_at is not None


def test_stopping_while_a_source_job_finishes_does_not_hang(database: Database) -> None:
    """shutdown(wait=True) holds the job stores' lock while it waits for running jobs; the job-done
    listener must not need that lock in the job's thread (it once did: the process hung on SIGTERM)."""
    scheduler = build_scheduler(database)
    start_scheduler(scheduler, database, [])
    scheduler.add_job(
        time.sleep, args=[1.0], id=JOB_PREFIX + "slow", jobstore="memory", next_run_time=datetime.now(UTC)
    )
    assert wait_for(lambda: scheduler.get_job(JOB_PREFIX + "slow") is None, 5)  # started (a one-off job)
    stopping = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True)
    stopping.start()
    stopping.join(timeout=15)
    assert not stopping.is_alive(), "scheduler.shutdown(wait=True) hung"


def test_a_database_error_while_taking_over_stands_by_and_tries_again(
    database: Database,
    monkeypatch,
    caplog,  # type: ignore[no-untyped-def]
) -> None:
    """A frozen leader, resumed, may create the job table at the moment its successor starts: the successor
    must not exit on the database's error but stand by and take over again."""
    from sqlalchemy.exc import OperationalError

    from feed import scheduler as module
    from feed.scheduler import SchedulerService

    real, calls = module.start_scheduler, [0]

    def failing_once(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls[0] += 1
        if calls[0] == 1:
            raise OperationalError("CREATE TABLE apscheduler_jobs", {}, Exception("duplicate key value (a race)"))
        return real(*args, **kwargs)

    monkeypatch.setattr(module, "start_scheduler", failing_once)
    with database.begin() as session:
        sync_sources(session, configs())
    service = SchedulerService(database, configs(), poll_seconds=0.1)
    stop = threading.Event()
    thread = threading.Thread(target=service.run, args=(stop,), daemon=True)
    caplog.set_level("INFO", logger="feed.scheduler")
    thread.start()
    try:
        assert wait_for(lambda: calls[0] >= 2 and module.SCHEDULER_ACTIVE._value.get() == 1.0, 20)  # type: ignore[attr-defined]
        assert "could not start as the active scheduler (duplicate key value (a race))" in caplog.text
    finally:
        stop.set()
        thread.join(20)
    assert not thread.is_alive()
