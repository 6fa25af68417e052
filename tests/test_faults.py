"""Fault tests with real processes: PostgreSQL restarts under load.

This restarts the machine's PostgreSQL cluster, so it runs only where that is
allowed: FEED_TEST_RESTART_POSTGRES=1 (set by .ci/run) and pg_ctlcluster present.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service import feed_env, run_feed, running_service

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
pytestmark = pytest.mark.restarts_postgres


def cluster() -> list[str]:
    if os.environ.get("FEED_TEST_RESTART_POSTGRES") != "1":
        pytest.skip("restarting PostgreSQL needs FEED_TEST_RESTART_POSTGRES=1 (it stops the local cluster)")
    if shutil.which("pg_ctlcluster") is None or not Path("/etc/postgresql").is_dir():
        pytest.skip("pg_ctlcluster is not here: cannot restart PostgreSQL")
    version = sorted(os.listdir("/etc/postgresql"))[-1]
    return ["pg_ctlcluster", "--skip-systemctl-redirect", version, "main"]


def get(url: str) -> tuple[int, float]:
    started = time.monotonic()
    try:
        with urllib.request.urlopen(url, timeout=15) as response:
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    except OSError:
        status = -1  # no answer at all
    return status, time.monotonic() - started


@pytest.fixture
def service(postgres_url: str, tmp_path: Path) -> Iterator[str]:
    (tmp_path / "sources.toml").write_text(
        f'[[sources]]\nkey = "demo"\nname = "Demo"\nkind = "files"\npath = "{DEMO}"\nevery = "1h"\n', encoding="utf-8"
    )
    env = feed_env(postgres_url, tmp_path / "sources.toml")
    assert run_feed("ingest", "demo", env=env, cwd=tmp_path).returncode == 0
    with running_service(env, tmp_path, "--no-scheduler") as base:
        yield base


def test_postgres_restart_under_load_gives_503_then_recovers(service: str) -> None:
    command = cluster()
    results: list[tuple[float, str, int, float]] = []
    stop = threading.Event()

    def load() -> None:
        paths = ["/api/articles?limit=5", "/healthz", "/api/events", "/feeds/articles.atom"]
        while not stop.is_set():
            for path in paths:
                status, took = get(service + path)
                results.append((time.monotonic(), path, status, took))

    workers = [threading.Thread(target=load) for _ in range(3)]
    for worker in workers:
        worker.start()
    try:
        time.sleep(2)
        down_at = time.monotonic()
        subprocess.run([*command, "stop", "-m", "fast"], check=True, capture_output=True, timeout=60)
        time.sleep(4)
        subprocess.run([*command, "start"], check=True, capture_output=True, timeout=60)
        up_at = time.monotonic()
        deadline, recovered_at = up_at + 30, None
        while time.monotonic() < deadline and recovered_at is None:
            if get(service + "/api/articles?limit=5")[0] == 200:
                recovered_at = time.monotonic()
            time.sleep(0.5)
        time.sleep(4)
    finally:
        stop.set()
        for worker in workers:
            worker.join(timeout=30)
        subprocess.run([*command, "start"], capture_output=True, timeout=60)  # never leave it down
    assert recovered_at is not None, "the service did not recover within 30 s of PostgreSQL's restart"
    during = [r for r in results if down_at + 1 < r[0] < up_at]
    after = [r for r in results if r[0] > recovered_at + 1]
    print(
        f"\nfault: {len(during)} requests while PostgreSQL was down, statuses "
        f"{sorted({s for _, _, s, _ in during})}, slowest {max(t for _, _, _, t in results):.2f} s, "
        f"recovered {recovered_at - up_at:.1f} s after it was back"
    )
    assert during, "no requests while PostgreSQL was down"
    assert {status for _, _, status, _ in during} <= {200, 503}, sorted({(p, s) for _, p, s, _ in during})
    assert any(status == 503 for _, _, status, _ in during), "the database outage was never reported"
    assert max(took for _, _, _, took in results) < 10, "a request hung"
    assert after and all(status == 200 for _, _, status, _ in after), sorted({(p, s) for _, p, s, _ in after})
    assert 500 not in {status for _, _, status, _ in results}
