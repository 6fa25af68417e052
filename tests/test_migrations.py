from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from db.migrate import downgrade, is_current, upgrade
from db.models import article_events, metadata
from db.session import Database


# SQLite's reflection skips expression indexes (events' lower(city_en)); PostgreSQL compares them
@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_migrations_match_the_models(database: Database) -> None:
    assert is_current(database.engine)
    with database.engine.connect() as connection:
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []


def test_upgrade_is_idempotent(database: Database) -> None:
    upgrade(database.engine)
    assert is_current(database.engine)


def test_processes_migrating_at_once_take_turns(unmigrated_postgres_url: str) -> None:
    """Web and schedulers started together on a new database each run migrations: none fails."""
    env = {**os.environ, "FEED_DATABASE_URL": unmigrated_postgres_url}
    processes = [subprocess.Popen([sys.executable, "-m", "feed", "db", "upgrade"], env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True) for _ in range(3)]
    outputs = [p.communicate(timeout=120)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], outputs
    database = Database(unmigrated_postgres_url)
    try:
        assert is_current(database.engine)
    finally:
        database.dispose()


@pytest.mark.parametrize("engine_kind", ["sqlite", "postgresql"])
def test_stored_links_get_sort_times_and_meeting_versions(engine_kind: str, tmp_path: Path,
                                                       request: pytest.FixtureRequest) -> None:
    """0009 copies coalesce(published_at, created_at) to the links already stored (here with the feed_version
    triggers pending on PostgreSQL, which once stopped the index build on a filled table)."""
    url = f"sqlite:///{tmp_path / 'feed.db'}" if engine_kind == "sqlite" else request.getfixturevalue(
        "unmigrated_postgres_url")
    database = Database(url)
    upgrade(database.engine, "0008_rate_buckets")
    with database.engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sources (id, key, name, kind, location, timezone, schedule, configured, error_count, "
            "options, created_at) VALUES (1, 'lnd', 'x', 'files', '/tmp', 'UTC', 'manual', true, 0, '{}', "
            "'2023-06-26 00:00:00')"))
        for article_id, published in ((1, "'2023-06-26 02:11:34'"), (2, "NULL")):
            connection.execute(text(
                "INSERT INTO articles (id, source_id, guid, title, text, editors, content_hash, published_at, "
                f"created_at, updated_at) VALUES ({article_id}, 1, 'g{article_id}', 't', 'x', '[]', 'h{article_id}', "
                f"{published}, '2023-06-27 00:00:00', '2023-06-27 00:00:00')"))
        connection.execute(text(
            "INSERT INTO events (id, uid, name, start_date, end_date, timezone, organisers, status, confidence, "
            "sequence, created_at, updated_at) VALUES (1, 'u@x', 'm', '2023-06-25', '2023-06-25', 'UTC', '[]', "
            "'held', 0.5, 0, '2023-06-26 00:00:00', '2023-06-26 00:00:00'), (2, 'v@x', 'n', '2023-06-25', "
            "'2023-06-25', 'UTC', '[]', 'held', 0.5, 0, '2023-06-26 00:00:00', '2023-06-26 00:00:00')"))
        connection.execute(text("INSERT INTO article_events (article_id, event_id) VALUES (1, 1), (2, 1)"))
    upgrade(database.engine)
    with database.begin() as session:
        times = dict(session.execute(select(article_events.c.article_id, article_events.c.article_time)).all())
        versions = dict(session.execute(text("SELECT id, reports_version FROM events")).all())
    assert times == {1: datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC), 2: datetime(2023, 6, 27, tzinfo=UTC)}
    assert versions[1] != 0 and versions[2] == 0  # 0010: linked meetings get a version, 0 means never linked
    database.dispose()


@pytest.mark.parametrize("engine_kind", ["sqlite", "postgresql"])
def test_schedules_become_interval_and_cron_columns_and_back(engine_kind: str, tmp_path: Path,
                                                             request: pytest.FixtureRequest) -> None:
    url = f"sqlite:///{tmp_path / 'feed.db'}" if engine_kind == "sqlite" else request.getfixturevalue(
        "unmigrated_postgres_url")
    database = Database(url)
    upgrade(database.engine, "0010_reports_version")
    schedules = {"half-hourly": "every 1800s", "often": "cron */5 * * * *", "adhoc": "manual"}
    with database.engine.begin() as connection:
        for index, (key, schedule) in enumerate(schedules.items(), 1):
            connection.execute(text(
                "INSERT INTO sources (id, key, name, kind, location, timezone, schedule, configured, error_count, "
                "options, created_at) VALUES (:id, :key, 'x', 'files', '/tmp', 'UTC', :schedule, true, 0, '{}', "
                "'2023-06-26 00:00:00')"), {"id": index, "key": key, "schedule": schedule})
    upgrade(database.engine, "0011")
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT key, interval_seconds, cron FROM sources ORDER BY id")).all()
    assert [tuple(row) for row in columns] == [
        ("half-hourly", 1800, None), ("often", None, "*/5 * * * *"), ("adhoc", None, None)]
    downgrade(database.engine, "0010_reports_version")
    with database.engine.connect() as connection:
        assert dict(connection.execute(text("SELECT key, schedule FROM sources")).all()) == schedules
    database.dispose()
