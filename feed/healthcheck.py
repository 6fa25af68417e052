"""Container health checks: `python -m feed.healthcheck URL [--heartbeat SECONDS]`.

Exits 0 when URL answers 200 and, with --heartbeat, when the scheduler loop whose
/metrics URL is given turned within SECONDS (a stuck loop fails even while its
metrics thread still answers). Standard library only, so a check starts quickly.
"""

from __future__ import annotations

import argparse
import sys
import time
import urllib.request
from collections.abc import Sequence

HEARTBEAT = "feed_scheduler_heartbeat_seconds"


def heartbeat_age(metrics: str, now: float) -> float | None:
    """Seconds since the scheduler loop last turned, read from Prometheus text; None if never."""
    for line in metrics.splitlines():
        name, _, value = line.partition(" ")
        if name == HEARTBEAT and float(value) > 0:
            return now - float(value)
    return None


def check(url: str, heartbeat: float | None, timeout: float = 3.0) -> str | None:
    """None when healthy, else the reason."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            body = response.read().decode("utf-8", "replace")
    except OSError as exc:  # HTTPError (a 503 from /readyz) included
        return f"{url}: {exc}"
    if heartbeat is not None:
        age = heartbeat_age(body, time.time())
        if age is None:
            return f"{url}: no {HEARTBEAT}: is this a `feed scheduler` with FEED_METRICS_PORT?"
        if age > heartbeat:
            return f"{url}: the scheduler loop last turned {age:.0f} s ago (more than {heartbeat:g} s)"
    return None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m feed.healthcheck", description=__doc__.splitlines()[0])
    parser.add_argument("url", help="e.g. http://127.0.0.1:8000/readyz, or a scheduler's /metrics")
    parser.add_argument(
        "--heartbeat",
        type=float,
        metavar="SECONDS",
        help="also require the scheduler loop to have turned within SECONDS",
    )
    args = parser.parse_args(argv)
    problem = check(args.url, args.heartbeat)
    if problem:
        print("unhealthy: " + problem, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
