"""The hostile-input corpus, served on 127.0.0.1 and run through the whole ingest path.

For each case: a one-line error starting with its stage on the run (no traceback),
memory stays bounded, the articles stored before stay, and the feeds stay valid.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import feedparser
import pytest
from sqlalchemy import func, select

from db.feed_queries import Filters, recent_articles
from db.models import Article, Source
from db.runs import queue_run
from db.session import Database
from db.sources import source_by_key
from feed.config import SourceConfig
from feed.fetch import FetchLimits
from feed.ingest import ingest_now, refresh
from tests.fetchkit import (
    configure,
    endless,
    file,
    gzip_bomb,
    lying_gzip,
    make_database,
    redirect,
    serve,
    slow_drip,
    status,
    truncated_gzip,
)

LIMITS = FetchLimits(allow_private=True, max_bytes=1 << 20, total_timeout=1.5, read_timeout=1.0, max_redirects=3)
GOOD = (Path(__file__).parent / "data" / "hostile" / "good.xml").read_bytes()
BIG_TITLE = (
    b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item><guid isPermaLink="false">big</guid><title>'
    + b"long " * 20_000
    + b"</title><description>A body for the long title item.</description></item></channel></rss>"
)


def _dies_mid_body(h, body: bytes) -> None:  # type: ignore[no-untyped-def]
    """Promise the whole feed, send half of it, and hang up: a source server that dies."""
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    h.wfile.write(body[: len(body) // 2])
    h.wfile.flush()
    h.close_connection = True


ROUTES = {
    "/good.xml": file("good.xml"),
    "/broken.xml": file("broken.xml"),
    "/truncated.gz": truncated_gzip(GOOD),
    "/lying.gz": lying_gzip(GOOD),
    "/bomb.gz": gzip_bomb(64 << 20),
    "/huge": endless(200 << 20),
    "/slow": slow_drip(0.2, 100),
    "/loop": redirect("/loop"),
    "/laughs.xml": file("laughs.xml"),
    "/xxe.xml": file("xxe.xml"),
    "/laughs-comment.xml": file("laughs-comment.xml"),
    "/xxe-pi.xml": file("xxe-pi.xml"),
    "/entities.html": file("entities.html", "text/html"),
    "/listing.html": file("entities.html", "text/html"),
    "/html": file("html.html", "text/html"),
    "/empty": lambda h: h.reply(200, b"", "application/rss+xml"),
    "/dupguid.xml": file("dupguid.xml"),
    "/dates.xml": file("dates.xml"),
    "/bigtitle.xml": lambda h: h.reply(200, BIG_TITLE, "application/rss+xml"),
    "/control.xml": file("control.xml"),
    "/dies": lambda h: _dies_mid_body(h, GOOD),
    "/gone": status(410),
    "/busy": status(503, Retry_After="7200"),
    "/ttl20.xml": lambda h: h.reply(200, GOOD.replace(b"<ttl>90</ttl>", b"<ttl>20</ttl>"), "application/rss+xml"),
}

FAILING = {
    "/broken.xml": "parse: the feed is not well-formed XML .*; 1 item\\(s\\) recovered",
    "/truncated.gz": "fetcher: .*not valid gzip",
    "/lying.gz": "fetcher: .*not valid gzip",
    "/bomb.gz": "fetcher: .*over the 1048576-byte cap once decompressed",
    "/huge": "fetcher: .*over the 1048576-byte cap",
    "/slow": "fetcher: .*(total timeout|timed out)",
    "/loop": "fetcher: .*more than 3 redirects",
    "/dies": "fetcher: .*(incomplete|peer closed|closed)",
    "/laughs.xml": "parse: the document declares XML entities",
    "/xxe.xml": "parse: the document declares XML entities",
    "/laughs-comment.xml": "parse: the document declares XML entities",
    "/xxe-pi.xml": "parse: the document declares XML entities",
    "/entities.html": "parse: the document declares XML entities",
    "/listing.html": "parse: the document declares XML entities",
    "/html": "parse: expected a feed but got an HTML page; the page announces a feed at http://127.0.0.1:.*/real-feed.xml",
    "/empty": "fetcher: .*empty body",
    "/gone": "fetcher: .*410 Gone",
    "/busy": "fetcher: .*HTTP 503.*Retry-After 7200 s",
}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    with serve(ROUTES) as url:
        yield url


KINDS = {"/entities.html": "page", "/listing.html": "listing"}  # the others are feeds


def _run(database, key: str, url: str, kind: str = "feed", **config):  # type: ignore[no-untyped-def]
    configure(database, SourceConfig(key=key, name=key, kind=kind, url=url, **config))
    with database.begin() as session:
        run = queue_run(session, key, "cli", source_by_key(session, key))
        run.status = "running"
        run_id = run.id
    return refresh(database, run_id, limits=LIMITS)


def _articles(database) -> int:  # type: ignore[no-untyped-def]
    with database.begin() as session:
        return session.scalar(select(func.count(Article.id))) or 0


def _feeds_valid(database) -> None:  # type: ignore[no-untyped-def]
    import json

    from feed.render.articles import render_atom, render_json_feed, render_rss
    from feed.render.links import Links

    links = Links("http://127.0.0.1:8000")
    with database.begin() as session:
        articles = recent_articles(session, Filters(limit=200))
        for render in (render_atom, render_rss):
            parsed = feedparser.parse(render(articles, links, "All", links.url("/feeds/articles")))
            assert not parsed.bozo, parsed.bozo_exception
            assert len(parsed.entries) == len(articles)
        assert len(json.loads(render_json_feed(articles, links, "All", links.url("/f")))["items"]) == len(articles)


@pytest.mark.parametrize("path", sorted(FAILING))
def test_a_hostile_document_fails_its_run_with_one_line(base: str, path: str, tmp_path: Path) -> None:
    database = make_database(tmp_path)
    assert _run(database, "wire", base + "/good.xml").status == "succeeded"
    before = _articles(database)
    tracemalloc.start()
    summary = _run(database, "wire", base + path, KINDS.get(path, "feed"))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert summary.status == ("succeeded" if path == "/broken.xml" else "failed")  # broken: read leniently
    assert summary.error and "\n" not in summary.error and "Traceback" not in summary.error
    assert pytest.importorskip("re").match(FAILING[path], summary.error), summary.error
    assert peak < 40 << 20, f"peak {peak >> 20} MiB"
    assert _articles(database) >= before
    _feeds_valid(database)


def test_gone_disables_and_busy_backs_off_as_asked(base: str, database: Database) -> None:
    _run(database, "gone", base + "/gone")
    _run(database, "busy", base + "/busy")
    with database.begin() as session:
        gone, busy = source_by_key(session, "gone"), source_by_key(session, "busy")
        assert gone.disabled_reason and "410" in gone.disabled_reason
        assert busy.disabled_reason is None and busy.error_count == 1
        assert (busy.retry_at - busy.last_run_at).total_seconds() == pytest.approx(7200, abs=5)
    skipped = ingest_now(database, "gone", "schedule")
    assert skipped.status == "skipped" and skipped.error.startswith("disabled:")
    assert ingest_now(database, "busy", "schedule").status == "skipped"


def _waits(database: Database, key: str) -> float:
    with database.begin() as session:
        source = source_by_key(session, key)
        return round((source.retry_at - source.last_run_at).total_seconds())


def test_failures_back_off_exponentially_and_keep_being_retried(base: str, database: Database) -> None:
    delays = []
    for _ in range(4):
        _run(database, "flaky", base + "/empty")
        delays.append(_waits(database, "flaky"))
    assert delays == [3600, 7200, 14400, 28800]
    with database.begin() as session:
        assert session.scalar(select(Source.error_count).where(Source.key == "flaky")) == 4


def test_a_cron_source_backs_off_from_its_own_interval(base: str, database: Database) -> None:
    """A source run every 5 minutes by cron retries after 5, 10, 20 minutes (it waited an hour, as for any cron)."""
    delays = []
    for _ in range(3):
        _run(database, "often", base + "/empty", cron="*/5 * * * *")
        delays.append(_waits(database, "often"))
    assert delays == [300, 600, 1200]


def test_a_cron_source_honours_a_ttl_under_an_hour(base: str, database: Database) -> None:
    assert _run(database, "often", base + "/ttl20.xml", cron="*/5 * * * *").status == "succeeded"
    assert _waits(database, "often") == 1200  # ttl 20 minutes, longer than its 5
    assert _run(database, "hourly", base + "/ttl20.xml", cron="0 * * * *").status == "succeeded"
    with database.begin() as session:
        assert source_by_key(session, "hourly").retry_at is None  # shorter than its hour: nothing to wait for


def test_odd_but_readable_documents_are_stored_safely(base: str, tmp_path: Path) -> None:
    database = make_database(tmp_path)
    for path in ("/dupguid.xml", "/dates.xml", "/bigtitle.xml", "/control.xml"):
        summary = _run(database, "odd" + path.strip("/").split(".")[0], base + path)
        assert summary.status == "succeeded", summary.error
    with database.begin() as session:
        rows = {a.guid: a for a in session.scalars(select(Article))}
    assert rows["same"].title == "First telling of the bridge story"
    assert rows["d1"].published_at.isoformat() == "2024-05-03T02:11:34+00:00"  # naive: Beijing time
    assert rows["d2"].published_at is None  # the year 2100 is not believed
    assert len(rows["big"].title) == 500
    assert "\x07" not in rows["c1"].title and "\x01" not in rows["c1"].text
    _feeds_valid(database)


def test_conditional_state_is_kept_and_ttl_is_honoured(base: str, tmp_path: Path) -> None:
    database = make_database(tmp_path)
    summary = _run(database, "wire", base + "/good.xml")
    assert summary.new == 2
    with database.begin() as session:
        source = source_by_key(session, "wire")
        # ttl 90 min is longer than the default hourly schedule: the next attempt waits for it
        assert (source.retry_at - source.last_success_at).total_seconds() == pytest.approx(5400, abs=5)
