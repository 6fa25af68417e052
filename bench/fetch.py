"""Fetcher cost per request, on loopback, in one run.

    python bench/fetch.py [--fetches 300] [--threads 4] [--repeat 3] [--kib 60]

A threaded HTTP/1.1 server on 127.0.0.1 (keep-alive, as most servers) serves one feed of --kib KiB.
`feed.fetch.fetch_url` fetches it --fetches times, first from one thread, then split over --threads
threads (the scheduler's worker count); each case is repeated --repeat times. Prints the median
milliseconds per fetch and the TCP connections the server accepted per case.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from feed.fetch import FetchLimits, fetch_url  # noqa: E402

LIMITS = FetchLimits(allow_private=True)


def feed_of(kib: int) -> bytes:
    item = b"<item><title>A forum opens</title><description>" + b"x" * 900 + b"</description></item>"
    items = item * max(1, kib * 1024 // len(item))
    return b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>' + items + b"</channel></rss>"


class Server(ThreadingHTTPServer):
    daemon_threads = True
    body = b""
    connections = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        self.connections += 1  # one call per accepted TCP connection
        super().process_request(request, client_address)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # else head and body, written apart, wait for the client's delayed ACK (40 ms)
    server: Server

    def do_GET(self) -> None:  # noqa: N802
        body = self.server.body
        self.send_response(200)
        self.send_header("Content-Type", "application/rss+xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


def run(url: str, fetches: int, threads: int) -> float:
    """Seconds for `fetches` fetches over `threads` threads."""
    started = time.perf_counter()
    if threads == 1:
        for _ in range(fetches):
            fetch_url(url, limits=LIMITS)
    else:
        with ThreadPoolExecutor(threads) as pool:
            list(pool.map(lambda _: fetch_url(url, limits=LIMITS), range(fetches)))
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--fetches", type=int, default=300)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--kib", type=int, default=60)
    args = parser.parse_args()
    server = Server(("127.0.0.1", 0), Handler)
    server.body = feed_of(args.kib)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    fetch_url(url, limits=LIMITS)  # imports and first connection, not timed
    for threads in (1, args.threads):
        times, connections = [], []
        for _ in range(args.repeat):
            before = server.connections
            times.append(run(url, args.fetches, threads))
            connections.append(server.connections - before)
        per_fetch = statistics.median(times) / args.fetches * 1000
        print(
            f"{threads} thread(s), {args.fetches} fetches of {len(server.body) // 1024} KiB: "
            f"{per_fetch:.2f} ms per fetch (median of {args.repeat}), "
            f"TCP connections per case: {sorted(set(connections))}"
        )
    server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
