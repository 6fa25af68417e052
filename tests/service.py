"""Run the real `feed` command in a subprocess: one-shot commands and a live server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

FEED = [sys.executable, "-m", "feed"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def feed_env(database_url: str, config: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FEED_")}
    return env | {"FEED_DATABASE_URL": database_url, "FEED_CONFIG": str(config)} | extra


def run_feed(*args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*FEED, *args], env=env, cwd=cwd, capture_output=True, text=True, timeout=120)


@contextmanager
def running_service(env: dict[str, str], cwd: Path, *extra: str) -> Iterator[str]:
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log = (cwd / "serve.log").open("w")
    process = subprocess.Popen(
        [*FEED, "serve", "--host", "127.0.0.1", "--port", str(port), *extra],
        env=env | {"FEED_BASE_URL": base},
        cwd=cwd,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        deadline = time.monotonic() + 30
        while not _serving(process, base, cwd / "serve.log"):
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("feed serve did not start: " + (cwd / "serve.log").read_text())
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
        log.close()


def _serving(process: subprocess.Popen[bytes], base: str, log: Path) -> bool:
    """Up, and this process is the one answering: its own log says it bound the port (a free port can be
    taken by another test's server between free_port and the bind)."""
    if f"running on {base} " not in log.read_text(errors="replace"):
        return False
    try:
        urllib.request.urlopen(base + "/healthz", timeout=2).read()
    except OSError:
        return False
    return process.poll() is None
