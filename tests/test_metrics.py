"""The database gauges of /metrics: counted at most once per max_age, whatever the scrape rate."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest
from sqlalchemy import event

from db.models import IngestRun
from db.session import Database
from db.sources import source_by_key
from feed.metrics import DatabaseCollector
from tests.test_web_support import FORUM, FORUM_ARTICLE, add


def test_database_counts_are_reused_until_they_are_max_age_old(database: Database) -> None:
    now = [0.0]
    registry = CollectorRegistry()
    registry.register(DatabaseCollector(database, max_age=15.0, clock=lambda: now[0]))
    statements: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *args: statements.append(args[2]))
    assert b"feed_articles 0.0" in generate_latest(registry)
    counted = len(statements)
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    before = len(statements)
    now[0] = 14.9
    assert b"feed_articles 0.0" in generate_latest(registry) and len(statements) == before  # no query
    now[0] = 15.0
    assert b"feed_articles 1.0" in generate_latest(registry) and b"feed_events 1.0" in generate_latest(registry)
    assert len(statements) == before + counted


def test_a_running_runs_progress_is_a_gauge_by_source(database: Database) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    add(database, "yn", FORUM_ARTICLE, [FORUM])
    with database.begin() as session:
        lnd, yn = (source_by_key(session, key) for key in ("lnd", "yn"))
        session.add_all(
            [
                IngestRun(target="lnd", trigger="cli", source=lnd, status="running", processed=40, total=100),
                IngestRun(target="yn", trigger="cli", source=yn, status="running", processed=7),
                IngestRun(target="old", trigger="cli", source=yn, status="succeeded", processed=3, total=3),
            ]
        )
    registry = CollectorRegistry()
    registry.register(DatabaseCollector(database))
    text = generate_latest(registry).decode()
    assert 'feed_ingest_run_processed{source="lnd"} 40.0' in text
    assert 'feed_ingest_run_total{source="lnd"} 100.0' in text
    assert 'feed_ingest_run_processed{source="yn"}' not in text  # a newer run of the source finished: it died
    with database.begin() as session:
        session.add(IngestRun(target="yn", trigger="cli", source=source_by_key(session, "yn"), status="running"))
    registry = CollectorRegistry()
    registry.register(DatabaseCollector(database))
    text = generate_latest(registry).decode()
    assert 'feed_ingest_run_processed{source="yn"} 0.0' in text and 'feed_ingest_run_total{source="yn"}' not in text
