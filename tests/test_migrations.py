from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, insert, select, text
from sqlalchemy import event as sa_event

from db.migrate import downgrade, is_current, upgrade
from db.models import Article, Event, IngestRun, Source, article_events, metadata
from db.search import search_key
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
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "feed", "db", "upgrade"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [p.communicate(timeout=120)[0] for p in processes]
    assert [p.returncode for p in processes] == [0, 0, 0], outputs
    database = Database(unmigrated_postgres_url)
    try:
        assert is_current(database.engine)
    finally:
        database.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def unmigrated(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """An empty database without tables: SQLite in a temp file, and PostgreSQL when configured."""
    url = (
        f"sqlite:///{tmp_path / 'feed.db'}"
        if request.param == "sqlite"
        else request.getfixturevalue("unmigrated_postgres_url")
    )
    database = Database(url)
    yield database
    database.dispose()


def test_stored_links_get_sort_times_and_meeting_versions(unmigrated: Database) -> None:
    """0009 copies coalesce(published_at, created_at) to the links already stored (here with the feed_version
    triggers pending on PostgreSQL, which once stopped the index build on a filled table)."""
    database = unmigrated
    upgrade(database.engine, "0008_rate_buckets")
    with database.engine.begin() as connection:
        _insert_articles(connection, {1: "'2023-06-26 02:11:34'", 2: "NULL"}, "'2023-06-27 00:00:00'", schedule=True)
        connection.execute(
            text(
                "INSERT INTO events (id, uid, name, start_date, end_date, timezone, organisers, status, confidence, "
                "sequence, created_at, updated_at) VALUES (1, 'u@x', 'm', '2023-06-25', '2023-06-25', 'UTC', '[]', "
                "'held', 0.5, 0, '2023-06-26 00:00:00', '2023-06-26 00:00:00'), (2, 'v@x', 'n', '2023-06-25', "
                "'2023-06-25', 'UTC', '[]', 'held', 0.5, 0, '2023-06-26 00:00:00', '2023-06-26 00:00:00')"
            )
        )
        connection.execute(text("INSERT INTO article_events (article_id, event_id) VALUES (1, 1), (2, 1)"))
    upgrade(database.engine)
    with database.begin() as session:
        times = dict(session.execute(select(article_events.c.article_id, article_events.c.article_time)).all())
        versions = dict(session.execute(text("SELECT id, reports_version FROM events")).all())
    assert times == {1: datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC), 2: datetime(2023, 6, 27, tzinfo=UTC)}
    assert versions[1] != 0 and versions[2] == 0  # 0010: linked meetings get a version, 0 means never linked


def _insert_articles(connection: Connection, published: dict[int, str], created: str, schedule: bool = False) -> None:
    """Source 1 and its articles by raw SQL (a revision before the models'): {id: published_at as an SQL
    literal}; `schedule`: a revision before 0011, when sources had that column."""
    columns, values = ("schedule, ", "'manual', ") if schedule else ("", "")
    connection.execute(
        text(
            f"INSERT INTO sources (id, key, name, kind, location, timezone, {columns}configured, error_count, options, "
            f"created_at) VALUES (1, 'lnd', 'x', 'files', '/tmp', 'UTC', {values}true, 0, '{{}}', '2023-06-26 00:00:00')"
        )
    )
    for article_id, when in published.items():
        connection.execute(
            text(
                "INSERT INTO articles (id, source_id, guid, title, text, editors, content_hash, published_at, "
                f"created_at, updated_at) VALUES ({article_id}, 1, 'g{article_id}', 't', 'x', '[]', 'h{article_id}', "
                f"{when}, {created}, {created})"
            )
        )


def test_schedules_become_interval_and_cron_columns_and_back(unmigrated: Database) -> None:
    database = unmigrated
    upgrade(database.engine, "0010_reports_version")
    schedules = {"half-hourly": "every 1800s", "often": "cron */5 * * * *", "adhoc": "manual"}
    with database.engine.begin() as connection:
        for index, (key, schedule) in enumerate(schedules.items(), 1):
            connection.execute(
                text(
                    "INSERT INTO sources (id, key, name, kind, location, timezone, schedule, configured, error_count, "
                    "options, created_at) VALUES (:id, :key, 'x', 'files', '/tmp', 'UTC', :schedule, true, 0, '{}', "
                    "'2023-06-26 00:00:00')"
                ),
                {"id": index, "key": key, "schedule": schedule},
            )
    upgrade(database.engine, "0011")
    with database.engine.connect() as connection:
        columns = connection.execute(text("SELECT key, interval_seconds, cron FROM sources ORDER BY id")).all()
    assert [tuple(row) for row in columns] == [
        ("half-hourly", 1800, None),
        ("often", None, "*/5 * * * *"),
        ("adhoc", None, None),
    ]
    downgrade(database.engine, "0010_reports_version")
    with database.engine.connect() as connection:
        assert dict(connection.execute(text("SELECT key, schedule FROM sources")).all()) == schedules


def test_finished_runs_count_what_they_stored_as_processed(unmigrated: Database) -> None:
    database = unmigrated
    upgrade(database.engine, "0013_tag_authority")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO ingest_runs (id, target, trigger, status, queued_at, new, updated, unchanged, events, "
                "errors) VALUES (1, 'lnd', 'cli', 'succeeded', '2023-06-26 00:00:00', 3, 1, 2, 4, 0)"
            )
        )
    upgrade(database.engine)
    with database.engine.connect() as connection:
        assert tuple(connection.execute(text("SELECT processed, total FROM ingest_runs")).one()) == (6, None)
    with database.engine.begin() as connection:  # a new run needs no value: the model gives 0
        connection.execute(insert(IngestRun).values(id=2, target="x", trigger="cli", status="queued"))
    downgrade(database.engine, "0013_tag_authority")
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM ingest_runs")).scalar_one() == 2


def test_band_keys_are_filed_under_their_articles_month_and_back(unmigrated: Database) -> None:
    """0020 puts each stored band key behind the month of its article's date (published, else stored, in
    UTC), as feed.prints files new ones; a downgrade takes the month off again."""
    database = unmigrated
    upgrade(database.engine, "0019_event_orphaned_source")
    with database.engine.begin() as connection:
        _insert_articles(connection, {1: "'2023-06-30 23:11:34'", 2: "NULL"}, "'2023-07-01 00:00:00'")
        connection.execute(
            text("INSERT INTO article_bands (band, article_id) VALUES ('0:aa', 1), ('f:bb', 1), ('0:aa', 2)")
        )
    upgrade(database.engine)
    with database.engine.connect() as connection:
        keys = set(connection.execute(text("SELECT band, article_id FROM article_bands")).all())
    assert keys == {("202306/0:aa", 1), ("202306/f:bb", 1), ("202307/0:aa", 2)}
    downgrade(database.engine, "0019_event_orphaned_source")
    with database.engine.connect() as connection:
        keys = set(connection.execute(text("SELECT band, article_id FROM article_bands")).all())
    assert keys == {("0:aa", 1), ("f:bb", 1), ("0:aa", 2)}


def test_article_trigrams_wait_in_a_large_pending_list_on_postgresql(unmigrated_postgres_url: str) -> None:
    """0021 gives the trigram index of article search a 64 MB pending list, which (auto)vacuum merges, rather
    than the server's 4 MB that a new article's insert has to merge when it is full; a downgrade resets it.
    (SQLite has no trigram index.)"""
    database = Database(unmigrated_postgres_url)
    options = text("SELECT reloptions FROM pg_class WHERE relname = 'ix_articles_search_text_trgm'")
    upgrade(database.engine)
    with database.engine.connect() as connection:
        assert connection.execute(options).scalar_one() == ["gin_pending_list_limit=65536"]
    downgrade(database.engine, "0020_dated_band_keys")
    with database.engine.connect() as connection:
        assert connection.execute(options).scalar_one() is None
    database.dispose()


ARTICLES = 2100  # more than two of migration 0003's batches


def _fill(connection: Connection) -> None:
    """Sources of each schedule, articles (Traditional Chinese, some undated), meetings, links and runs."""
    when = datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC)
    source = {
        "kind": "files",
        "location": "/tmp",
        "timezone": "UTC",
        "interval_seconds": None,
        "cron": None,
        "configured": True,
    }
    connection.execute(
        insert(Source),
        [
            source
            | {
                "id": 1,
                "key": "often",
                "name": "遼寧日報",
                "kind": "feed",
                "location": "https://x.example/rss",
                "timezone": "Asia/Shanghai",
                "cron": "*/5 * * * *",
            },
            source | {"id": 2, "key": "files", "name": "Files", "interval_seconds": 1800},
            source | {"id": 3, "key": "adhoc-1", "name": "/tmp/a.txt", "configured": False},
        ],
    )
    connection.execute(
        insert(Article),
        [
            {
                "id": i,
                "source_id": 1 + i % 3,
                "guid": f"g{i}",
                "title": f"座談會在瀋陽舉行 第{i}號",
                "text": "東北振興。" * 20,
                "content_hash": f"h{i}",
                "published_at": None if i % 7 == 0 else when + timedelta(minutes=i),
                "language": "zh-Hant",
            }
            for i in range(1, ARTICLES + 1)
        ],
    )
    connection.execute(
        insert(Event),
        [
            {
                "id": i,
                "uid": f"m{i}@x",
                "name": f"國資央企座談會{i}",
                "start_date": date(2023, 6, 25),
                "end_date": date(2023, 6, 25),
                "timezone": "Asia/Shanghai",
                "city": "瀋陽",
                "city_en": "Shenyang",
                "region": "遼寧省",
                "venue": "會議中心",
            }
            for i in range(1, 4)
        ],
    )
    connection.execute(
        insert(article_events), [{"article_id": i, "event_id": 1 + i % 2} for i in range(1, 41)]
    )  # meeting 3 has no report
    run = {"new": 0, "error": None}
    connection.execute(
        insert(IngestRun),
        [
            run | {"id": 1, "source_id": 1, "target": "often", "trigger": "schedule", "status": "succeeded", "new": 5},
            run | {"id": 2, "source_id": 2, "target": "files", "trigger": "api", "status": "queued"},
            run | {"id": 3, "source_id": None, "target": "/gone", "trigger": "cli", "status": "failed", "error": "x"},
        ],
    )


def _snapshot(connection: Connection) -> dict[str, list[tuple[object, ...]]]:
    """What a round trip must keep: every table's rows as the head schema reads them, and the triggers."""
    queries = {
        "sources": select(
            Source.id, Source.key, Source.name, Source.interval_seconds, Source.cron, Source.configured
        ).order_by(Source.id),
        "articles": select(
            Article.id, Article.source_id, Article.guid, Article.title, Article.published_at, Article.created_at
        ).order_by(Article.id),
        "events": select(Event.id, Event.uid, Event.name, Event.city, Event.region, Event.sequence).order_by(Event.id),
        "links": select(article_events).order_by(article_events.c.article_id, article_events.c.event_id),
        "runs": select(
            IngestRun.id, IngestRun.source_id, IngestRun.target, IngestRun.status, IngestRun.new, IngestRun.error
        ).order_by(IngestRun.id),
    }
    snapshot = {name: [tuple(row) for row in connection.execute(query)] for name, query in queries.items()}
    triggers = (
        "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"
        if connection.dialect.name == "postgresql"
        else "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    )
    snapshot["triggers"] = sorted(tuple(row) for row in connection.execute(text(triggers)))
    return snapshot


def _counts(connection: Connection) -> list[int]:
    return [
        connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
        for table in ("sources", "articles", "events", "article_events", "ingest_runs")
    ]


@pytest.mark.filterwarnings("ignore:Skipped unsupported reflection of expression-based index")
@pytest.mark.filterwarnings("ignore:autogenerate skipping metadata-specified expression-based index")
def test_upgrade_downgrade_upgrade_with_data(unmigrated: Database) -> None:
    """Every migration after the first goes down and up again over stored articles, meetings and runs:
    the rows stay, and what the migrations derive (search keys, links' sort times, meeting versions,
    schedules, triggers) comes back."""
    database = unmigrated
    upgrade(database.engine)
    with database.engine.begin() as connection:
        _fill(connection)
        before = _snapshot(connection)
        counts = _counts(connection)
    assert counts == [3, ARTICLES, 3, 40, 3] and len(before["triggers"]) >= 8

    downgrade(database.engine, "0001")
    with database.engine.connect() as connection:
        assert _counts(connection) == counts
        schedules = dict(connection.execute(text("SELECT key, schedule FROM sources")).all())
    assert schedules == {"often": "cron */5 * * * *", "files": "every 1800s", "adhoc-1": "manual"}

    updates: dict[str, list[int]] = {"articles": [], "events": []}  # 0003 fills the keys a batch at a time

    @sa_event.listens_for(database.engine, "before_cursor_execute")
    def _count(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        for table in updates:
            if statement.startswith(f"UPDATE {table} SET") and "search_text" in statement:
                updates[table].append(len(parameters) if executemany else 1)

    upgrade(database.engine)
    assert updates == {"articles": [1000, 1000, ARTICLES - 2000], "events": [3]}  # executemany, a batch each
    assert is_current(database.engine)
    with database.engine.connect() as connection:
        assert _snapshot(connection) == before
        assert compare_metadata(MigrationContext.configure(connection), metadata) == []
        articles = connection.execute(select(Article.title, Article.text, Article.search_text)).all()
        events = connection.execute(
            select(
                Event.city,
                Event.region,
                Event.name,
                Event.venue,
                Event.city_en,
                Event.city_key,
                Event.region_key,
                Event.search_text,
                Event.reports_version,
            ).order_by(Event.id)
        ).all()
    assert all(stored == search_key(title, body) for title, body, stored in articles)
    assert articles[0].search_text.startswith("座谈会在沈阳举行")
    for city, region, name, venue, city_en, city_key, region_key, stored, _ in events:
        assert (city_key, region_key) == (search_key(city), search_key(region)) == ("沈阳", "辽宁省")
        assert stored == search_key(name, venue, city, city_en, region)
    assert [version != 0 for *_, version in events] == [True, True, False]  # meeting 3 was never linked
    with database.engine.connect() as connection:
        processed = connection.execute(select(IngestRun.id, IngestRun.processed).order_by(IngestRun.id)).all()
        authority = connection.execute(text("SELECT authority, date FROM tag_authority")).all()
    assert [tuple(row) for row in processed] == [(1, 5), (2, 0), (3, 0)]  # 0016: what finished runs stored
    host = urlsplit(os.environ.get("FEED_BASE_URL") or "").hostname or "127.0.0.1"
    assert [tuple(row) for row in authority] == [(host, "2023")]  # 0013: a database with sources kept its ids


def test_the_head_read_from_the_newest_file_is_alembics_and_each_file_revises_the_one_before() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from db.migrate import MIGRATIONS, head_revision

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    assert script.get_heads() == [head_revision()]
    by_file = {Path(r.path).name: r for r in script.walk_revisions()}
    files = sorted(p.name for p in (MIGRATIONS / "versions").glob("[0-9][0-9][0-9][0-9]_*.py"))
    assert sorted(by_file) == files
    for before, name in zip([None, *files], files, strict=False):
        assert by_file[name].down_revision == (by_file[before].revision if before else None), name
