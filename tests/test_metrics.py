"""The database gauges of /metrics: counted at most once per max_age, whatever the scrape rate."""

from __future__ import annotations

from prometheus_client import CollectorRegistry, generate_latest
from sqlalchemy import event

from db.session import Database
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
