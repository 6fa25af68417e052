"""Test kit for the fetcher: a real HTTP server on 127.0.0.1 serving the hostile corpus,
and a database with one source. Never any other address."""

from __future__ import annotations

import gzip
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import brotli

DATA = Path(__file__).parent / "data"
HOSTILE = DATA / "hostile"
PAGES = DATA / "pages"

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    routes: dict[str, Route] = {}
    seen: list[dict[str, str]] = []
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:  # noqa: N802
        self.seen.append({"path": self.path, **{k.lower(): v for k, v in self.headers.items()}})
        route = self.routes.get(self.path.split("?", 1)[0])
        try:
            if route is None:
                self.reply(404, b"not found")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def reply(self, status: int, body: bytes, content_type: str = "text/plain", **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # a client that hangs up on a hostile body is the point, not an error


@contextmanager
def serve(routes: dict[str, Route]) -> Iterator[str]:
    """A server on 127.0.0.1 (port chosen by the OS); yields its base URL."""
    handler = type("H", (Handler,), {"routes": routes, "seen": []})
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def file(name: str, content_type: str = "application/rss+xml", **headers: str) -> Route:
    body = (HOSTILE / name).read_bytes()
    return lambda h: h.reply(200, body, content_type, **headers)


def encoded_page(name: str, codec: str, declared: str | None) -> Route:
    body = (PAGES / name).read_text(encoding="utf-8").encode(codec)
    content_type = f"text/html; charset={declared}" if declared else "text/html"
    return lambda h: h.reply(200, body, content_type)


def conditional(body: bytes, etag: str, content_type: str = "application/rss+xml") -> Route:
    def route(h: Handler) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.send_header("ETag", etag)
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        h.reply(200, body, content_type, ETag=etag, Last_Modified="Wed, 01 May 2024 00:00:00 GMT")

    return route


def compressed(body: bytes, encoding: str) -> Route:
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[encoding](body)
    return lambda h: h.reply(200, packed, "application/rss+xml", Content_Encoding=encoding)


def truncated_gzip(body: bytes) -> Route:
    packed = gzip.compress(body)[:-30]
    return lambda h: h.reply(200, packed, "application/rss+xml", Content_Encoding="gzip")


def lying_gzip(body: bytes) -> Route:
    return lambda h: h.reply(200, body, "application/rss+xml", Content_Encoding="gzip")


def gzip_bomb(size: int) -> Route:
    """`size` zero bytes gzipped (a 64 MiB bomb is about 64 KiB on the wire)."""
    compressor = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    zeros = bytes(1 << 20)
    packed = b"".join(compressor.compress(zeros) for _ in range(size >> 20)) + compressor.flush()
    return lambda h: h.reply(200, packed, "application/rss+xml", Content_Encoding="gzip")


def endless(total: int) -> Route:
    """`total` bytes without Content-Length (the connection closes at the end)."""

    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Connection", "close")
        h.end_headers()
        chunk = b"<rss>" + b" " * (64 * 1024 - 5)
        sent = 0
        while sent < total:
            h.wfile.write(chunk)
            sent += len(chunk)
        h.close_connection = True

    return route


def slow_drip(interval: float, count: int) -> Route:
    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "application/rss+xml")
        h.send_header("Content-Length", str(count))
        h.end_headers()
        for _ in range(count):
            h.wfile.write(b" ")
            h.wfile.flush()
            time.sleep(interval)

    return route


def redirect(to: str, status: int = 302) -> Route:
    return lambda h: h.reply(status, b"", Location=to)


def status(code: int, **headers: str) -> Route:
    return lambda h: h.reply(code, b"status", **headers)


def make_database(tmp_path: Path):  # type: ignore[no-untyped-def]
    from db.migrate import upgrade
    from db.session import Database

    database = Database(f"sqlite:///{tmp_path / 'feed.db'}")
    upgrade(database.engine)
    return database


def configure(database, *configs) -> None:  # type: ignore[no-untyped-def]
    from feed.sources import sync_sources

    with database.begin() as session:
        sync_sources(session, list(configs))
