"""`python -m feed.healthcheck`, the compose file's health check: HTTP status and the scheduler's heartbeat."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from feed.healthcheck import check, heartbeat_age

METRICS = (
    "# HELP feed_scheduler_heartbeat_seconds x\nfeed_scheduler_active 1.0\nfeed_scheduler_heartbeat_seconds {at}\n"
)


def test_heartbeat_age_is_read_from_prometheus_text() -> None:
    assert heartbeat_age(METRICS.format(at=1000.5), now=1010.5) == pytest.approx(10.0)
    assert heartbeat_age("feed_scheduler_heartbeat_seconds 0.0\n", now=5.0) is None  # a web process: no loop
    assert heartbeat_age("feed_articles 3.0\n", now=5.0) is None


@pytest.fixture
def server() -> Iterator[dict[str, object]]:
    reply: dict[str, object] = {"status": 200, "body": ""}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            body = str(reply["body"]).encode()
            self.send_response(int(reply["status"]))  # type: ignore[call-overload]
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    reply["url"] = f"http://127.0.0.1:{httpd.server_address[1]}/metrics"
    yield reply
    httpd.shutdown()
    httpd.server_close()


def test_check_fails_on_an_error_status_a_stale_heartbeat_or_no_answer(server: dict[str, object]) -> None:
    import time

    url = str(server["url"])
    server["body"] = f"feed_scheduler_heartbeat_seconds {time.time() - 5}\n"
    assert check(url, heartbeat=30) is None
    assert check(url, heartbeat=None) is None
    server["body"] = f"feed_scheduler_heartbeat_seconds {time.time() - 120}\n"
    assert "last turned 120 s ago" in (check(url, heartbeat=30) or "")
    assert check(url, heartbeat=None) is None  # status only
    server["body"] = "feed_articles 3.0\n"
    assert "no feed_scheduler_heartbeat_seconds" in (check(url, heartbeat=30) or "")
    server["status"] = 503
    assert "503" in (check(url, heartbeat=None) or "")
    assert "Connection refused" in (check("http://127.0.0.1:9/readyz", heartbeat=None, timeout=2) or "")
