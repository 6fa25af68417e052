from __future__ import annotations

import os
import subprocess
import sys

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from db.migrate import is_current, upgrade
from db.models import metadata
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
