"""Scheduler leadership with real processes: one active scheduler per database."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from db.runs import queue_run, recent_runs, run_by_id
from db.session import Database
from db.sources import source_by_key
from feed import ingest
from feed.leader import LEASE_SECONDS, SERVER_KEEPALIVES, AdvisoryLock, FileLock
from tests.conftest import _empty
from tests.service import feed_env, free_port, run_feed

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"


def sources_file(tmp_path: Path) -> Path:
    path = tmp_path / "sources.toml"
    path.write_text(
        f'[[sources]]\nkey = "demo"\nname = "Demo"\nkind = "files"\npath = "{DEMO}"\nevery = "1h"\n', encoding="utf-8"
    )
    return path


class Scheduler:
    def __init__(self, env: dict[str, str], cwd: Path, name: str) -> None:
        self.log = cwd / f"{name}.log"
        self.metrics = f"http://127.0.0.1:{free_port()}/metrics"
        env = env | {"FEED_METRICS_PORT": self.metrics.split(":")[2].split("/")[0]}
        with self.log.open("w") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "feed", "scheduler"], env=env, cwd=cwd, stdout=log, stderr=subprocess.STDOUT
            )

    def said(self, text: str) -> bool:
        return text in self.log.read_text(encoding="utf-8", errors="replace")

    def said_after(self, earlier: str, text: str) -> bool:
        return text in self.log.read_text(encoding="utf-8", errors="replace").removeprefix(earlier)

    def active_gauge(self) -> str:
        text = urllib.request.urlopen(self.metrics, timeout=5).read().decode()
        return next(line for line in text.splitlines() if line.startswith("feed_scheduler_active "))

    def healthy(self) -> bool:
        checked = subprocess.run(
            [sys.executable, "-m", "feed.healthcheck", self.metrics, "--heartbeat", "30"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        return checked.returncode == 0

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def wait_until(condition, seconds: float) -> float | None:  # type: ignore[no-untyped-def]
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if condition():
            return time.monotonic() - start
        time.sleep(0.2)
    return None


def test_file_lock_is_exclusive(tmp_path: Path) -> None:
    first, second = FileLock(tmp_path / "x.lock"), FileLock(tmp_path / "x.lock")
    assert first.try_acquire() and not second.try_acquire()
    first.release()
    assert second.try_acquire()
    second.release()


def test_second_scheduler_on_sqlite_refuses_to_start(tmp_path: Path) -> None:
    env = feed_env(f"sqlite:///{tmp_path / 'feed.db'}", sources_file(tmp_path))
    first = Scheduler(env, tmp_path, "first")
    try:
        assert wait_until(lambda: first.said("scheduler: active"), 30) is not None, first.log.read_text()
        second = run_feed("scheduler", env=env, cwd=tmp_path)
        assert second.returncode == 2
        assert "another scheduler is already running on this SQLite database" in second.stderr
        serve = run_feed("serve", "--port", "1", env=env, cwd=tmp_path)
        assert serve.returncode == 2 and "--no-scheduler" in serve.stderr
    finally:
        first.stop()


def test_advisory_lock_is_freed_when_its_holder_goes(migrated_postgres: Database) -> None:
    first, second = AdvisoryLock(migrated_postgres.url), AdvisoryLock(migrated_postgres.url)
    try:
        assert first.try_acquire() and first.still_held()
        assert not second.try_acquire()
        first.release()
        assert second.try_acquire()
    finally:
        first.release()
        second.release()


def test_the_server_probes_the_lock_holders_connection(migrated_postgres: Database) -> None:
    """When the leader's network goes, PostgreSQL ends its session within ~11 s and frees the lock."""
    lock = AdvisoryLock(migrated_postgres.url)
    try:
        assert lock.try_acquire() and lock.connection is not None
        settings = {name: lock.connection.exec_driver_sql(f"SHOW {name}").scalar() for name in SERVER_KEEPALIVES}
        assert settings == {"tcp_keepalives_idle": "5", "tcp_keepalives_interval": "2", "tcp_keepalives_count": "3"}
    finally:
        lock.release()


def test_a_silent_holder_loses_the_lock_to_a_standby(migrated_postgres: Database) -> None:
    """A frozen leader keeps its connection (its kernel answers the probes): a standby ends its session."""
    holder, standby = (
        AdvisoryLock(migrated_postgres.url, lease_seconds=1),
        AdvisoryLock(migrated_postgres.url, lease_seconds=1),
    )
    try:
        assert holder.try_acquire()
        for _ in range(3):  # a holder that speaks within the lease keeps the lock
            time.sleep(0.6)
            assert holder.still_held() and not standby.try_acquire()
        time.sleep(1.5)  # silent for longer than the lease
        assert wait_until(standby.try_acquire, 10) is not None
        assert not holder.still_held()
    finally:
        holder.release()
        standby.release()


@pytest.fixture
def postgres(migrated_postgres: Database) -> Iterator[Database]:
    _empty(migrated_postgres)
    yield migrated_postgres
    _empty(migrated_postgres)


def test_standby_takes_over_when_the_active_scheduler_is_killed(postgres: Database, tmp_path: Path) -> None:
    env = feed_env(postgres.url, sources_file(tmp_path))
    one, two = Scheduler(env, tmp_path, "one"), Scheduler(env, tmp_path, "two")
    try:
        logs = lambda: one.log.read_text() + "\n----\n" + two.log.read_text()  # noqa: E731
        assert wait_until(lambda: one.said("scheduler: active") or two.said("scheduler: active"), 60) is not None, (
            logs()
        )
        assert wait_until(lambda: one.said("standing by") or two.said("standing by"), 60) is not None, logs()
        active, standby = (one, two) if one.said("scheduler: active") else (two, one)
        assert not standby.said("scheduler: active")
        assert active.healthy() and standby.healthy()  # the compose file's health check
        assert wait_until(lambda: active.active_gauge() == "feed_scheduler_active 1.0", 30) is not None
        assert standby.active_gauge() == "feed_scheduler_active 0.0"
        os.kill(active.process.pid, signal.SIGKILL)
        active.process.wait(timeout=10)
        assert not active.healthy()
        took = wait_until(lambda: standby.said("scheduler: active"), 30)
        assert took is not None, standby.log.read_text()
        assert wait_until(lambda: standby.active_gauge() == "feed_scheduler_active 1.0", 30) is not None
        assert standby.healthy()
        run_id = ingest.queue(postgres, "demo", "api")

        def succeeded() -> bool:
            with postgres.begin() as session:
                run = run_by_id(session, run_id)
                return run is not None and run.status == "succeeded"

        assert wait_until(succeeded, 30) is not None, standby.log.read_text()
    finally:
        one.stop()
        two.stop()


def test_standby_takes_over_from_a_frozen_scheduler(postgres: Database, tmp_path: Path) -> None:
    """SIGSTOP (as `docker pause`): the standby ends the silent leader's session after the lease and takes
    over; the frozen one, resumed, finds its lock gone and stands by."""
    env = feed_env(postgres.url, sources_file(tmp_path))
    one, two = Scheduler(env, tmp_path, "one"), Scheduler(env, tmp_path, "two")
    try:
        logs = lambda: one.log.read_text() + "\n----\n" + two.log.read_text()  # noqa: E731
        assert wait_until(lambda: one.said("standing by") or two.said("standing by"), 60) is not None, logs()
        active, standby = (one, two) if one.said("scheduler: active") else (two, one)
        os.kill(active.process.pid, signal.SIGSTOP)
        took = wait_until(lambda: standby.said("scheduler: active"), LEASE_SECONDS + 20)
        assert took is not None, logs()
        assert standby.said("has not spoken for over"), logs()
        said_before = active.log.read_text(encoding="utf-8", errors="replace")
        os.kill(active.process.pid, signal.SIGCONT)
        # frozen in the middle of its start-up, it fails that start instead of losing a running lock
        stood_down = ("lost the leader lock", "could not start as the active scheduler")
        assert wait_until(lambda: any(active.said_after(said_before, s) for s in stood_down), 30) is not None, logs()
        # one leader again; the standby, had its start met the resumed one's half-made tables, retries in 5 s
        gauges = lambda: sorted(s.active_gauge() for s in (one, two))  # noqa: E731
        one_active = ["feed_scheduler_active 0.0", "feed_scheduler_active 1.0"]
        assert wait_until(lambda: gauges() == one_active, 30) is not None, logs()
        run_id = ingest.queue(postgres, "demo", "api")

        def succeeded() -> bool:
            with postgres.begin() as session:
                run = run_by_id(session, run_id)
                return run is not None and run.status == "succeeded"

        assert wait_until(succeeded, 30) is not None, logs()
    finally:
        for scheduler in (one, two):
            if scheduler.process.poll() is None:
                os.kill(scheduler.process.pid, signal.SIGCONT)
        one.stop()
        two.stop()


def test_runs_orphaned_by_a_dead_scheduler_are_failed_and_queued_again(postgres: Database, tmp_path: Path) -> None:
    env = feed_env(postgres.url, sources_file(tmp_path))
    assert run_feed("sources", env=env, cwd=tmp_path).returncode == 0
    with postgres.begin() as session:
        source = source_by_key(session, "demo")
        orphan = queue_run(session, "demo", "api", source)
        orphan.status = "running"
        orphan_id = orphan.id
    scheduler = Scheduler(env, tmp_path, "s")
    try:

        def retried() -> bool:
            with postgres.begin() as session:
                runs = recent_runs(session)
                return any(r.trigger == "retry" and r.status == "succeeded" for r in runs)

        assert wait_until(retried, 30) is not None, scheduler.log.read_text()
        with postgres.begin() as session:
            run = run_by_id(session, orphan_id)
            assert run is not None and run.status == "failed" and "stopped before it finished" in (run.error or "")
    finally:
        scheduler.stop()


def test_killed_mid_ingest_nothing_half_written_run_failed_and_retried(postgres: Database, tmp_path: Path) -> None:
    """The active scheduler dies while a fetch is under way; the standby fails that run and retries it."""
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from sqlalchemy import func, select

    from db.models import Article

    feed_xml = (DEMO.parent.parent.parent / "tests" / "data" / "hostile" / "good.xml").read_bytes()
    requests: list[float] = []

    class SlowOnce(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            requests.append(time.monotonic())
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(feed_xml)))
            self.end_headers()
            if len(requests) == 1:  # the first fetch drips for a minute: the scheduler dies meanwhile
                for byte in feed_xml[:60]:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(1)
                return
            self.wfile.write(feed_xml)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), SlowOnce)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    config = tmp_path / "sources.toml"
    config.write_text(
        f'[[sources]]\nkey = "slow"\nkind = "feed"\nurl = "http://127.0.0.1:{server.server_address[1]}/feed.xml"\n'
        'every = "1h"\nallow_private = true\n',
        encoding="utf-8",
    )
    env = feed_env(postgres.url, config)
    one = Scheduler(env, tmp_path, "one")
    two: Scheduler | None = None
    try:
        assert wait_until(lambda: requests, 60) is not None, one.log.read_text()
        two = Scheduler(env, tmp_path, "two")
        assert wait_until(lambda: two.said("standing by"), 60) is not None, two.log.read_text()
        os.kill(one.process.pid, signal.SIGKILL)
        one.process.wait(timeout=10)

        def runs() -> list[tuple[str, str, str | None]]:
            with postgres.begin() as session:
                return [(r.trigger, r.status, r.error) for r in reversed(recent_runs(session))]

        assert wait_until(lambda: any(t == "retry" and s == "succeeded" for t, s, _ in runs()), 60), runs()
        first = runs()[0]
        assert first[1] == "failed" and "stopped before it finished" in (first[2] or "")
        with postgres.begin() as session:
            stored = session.scalar(select(func.count(Article.id)))
        assert stored == feed_xml.count(b"<item>")  # every item once: nothing half-written, no duplicates
        assert len(requests) == 2
    finally:
        one.stop()
        if two is not None:
            two.stop()
        server.shutdown()
        server.server_close()
