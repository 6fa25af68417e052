"""Fixtures: a migrated database on SQLite and, when configured, PostgreSQL.

PostgreSQL tests read FEED_TEST_DATABASE_URL (e.g.
postgresql+psycopg://postgres@127.0.0.1:5432/test). Each test run creates its own
scratch database next to that one and drops it at the end. Without the
variable those tests skip; with FEED_TEST_NO_SKIPS=1 (set by .ci/run) any skip
is a failure.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.migrate import upgrade
from db.models import metadata
from db.session import Database
from feed.fetch import close_http_client

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT.parent / "shared" / "seeds" / "000_bf8f529006094c02.txt"
PG_URL = os.environ.get("FEED_TEST_DATABASE_URL")


_CLUSTER_LOCK = Path(tempfile.gettempdir()) / "feed-test-postgres-cluster.lock"


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[object]:
    """Tests run in several worker processes (pytest -n), and a test marked `restarts_postgres` stops the
    PostgreSQL cluster the others use: it holds this lock alone, every other test (its fixtures' set-up
    and teardown included) holds it shared. Two test sessions on one machine keep out of each other too."""
    if os.environ.get("FEED_TEST_RESTART_POSTGRES") != "1":
        return (yield)
    exclusive = item.get_closest_marker("restarts_postgres") is not None
    with _CLUSTER_LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH)
        try:
            return (yield)
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[pytest.TestReport]:
    report = yield
    if os.environ.get("FEED_TEST_NO_SKIPS") == "1" and report.skipped:
        report.outcome = "failed"
        report.longrepr = f"skipped, but FEED_TEST_NO_SKIPS=1 forbids skips: {report.longrepr}"
    return report


@pytest.fixture(scope="session", autouse=True)
def _user_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The default database lives in the user's data directory: tests (and the commands they run) get
    a temporary one, never the real ~/.local/share/feed."""
    saved = os.environ.get("XDG_DATA_HOME")
    os.environ["XDG_DATA_HOME"] = str(tmp_path_factory.mktemp("xdg-data"))
    yield
    if saved is None:
        del os.environ["XDG_DATA_HOME"]
    else:
        os.environ["XDG_DATA_HOME"] = saved


@pytest.fixture(autouse=True)
def _fresh_http_client() -> Iterator[None]:
    """Each test starts without pooled connections: a test server's port, once free, may be given to
    the next test's server, and a kept-alive connection to the old one must not answer for it."""
    yield
    close_http_client()


@contextmanager
def _scratch_database() -> Iterator[str]:
    """A new, empty database on FEED_TEST_DATABASE_URL's server, dropped afterwards."""
    if not PG_URL:
        pytest.skip("PostgreSQL tests need FEED_TEST_DATABASE_URL=postgresql+psycopg://USER@HOST:PORT/DB")
    base = make_url(PG_URL)
    name = f"feed_test_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT", pool_pre_ping=True)
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except Exception as exc:
        pytest.fail(f"cannot create a scratch database on {base.render_as_string()}: {exc}")
    try:
        yield base.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    with _scratch_database() as url:
        yield url


@pytest.fixture
def unmigrated_postgres_url() -> Iterator[str]:
    with _scratch_database() as url:
        yield url


@pytest.fixture(scope="session")
def migrated_postgres(postgres_url: str) -> Iterator[Database]:
    database = Database(postgres_url)
    upgrade(database.engine)
    yield database
    database.dispose()


def _empty(database: Database) -> None:
    tables = ", ".join(t.name for t in metadata.sorted_tables)
    with database.engine.begin() as connection:
        connection.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
        connection.execute(text("DROP TABLE IF EXISTS apscheduler_jobs"))


@pytest.fixture(scope="session")
def migrated_sqlite_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One SQLite file migrated to head per session; each test gets a copy (migrating takes longer)."""
    path = tmp_path_factory.mktemp("template") / "feed.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    database.dispose()
    return path


def _sqlite_copy(template: Path, folder: Path) -> Database:
    target = folder / "feed.db"
    shutil.copyfile(template, target)
    return Database(f"sqlite:///{target}")


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database: SQLite in a temp file, and PostgreSQL when configured."""
    if request.param == "sqlite":
        database = _sqlite_copy(request.getfixturevalue("migrated_sqlite_file"), tmp_path)
        yield database
        database.dispose()
    else:
        database = request.getfixturevalue("migrated_postgres")
        _empty(database)
        yield database


@pytest.fixture
def postgres_database(migrated_postgres: Database) -> Database:
    """The migrated PostgreSQL database, emptied: for what only PostgreSQL does."""
    _empty(migrated_postgres)
    return migrated_postgres


@pytest.fixture
def sqlite_database(tmp_path: Path, migrated_sqlite_file: Path) -> Iterator[Database]:
    database = _sqlite_copy(migrated_sqlite_file, tmp_path)
    yield database
    database.dispose()


@pytest.fixture
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"the seed article is not here ({SEED}): ../shared is absent")
    return SEED.read_text(encoding="utf-8")


# The web tests' shared database, app and live server (their data: tests/test_web_support.py).
@pytest.fixture(scope="module", params=["sqlite", "postgresql"] if PG_URL else ["sqlite"])
def populated(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """Shared by a module's tests, which only read it; a test that writes uses `database`."""
    from tests.test_web_support import populate, scratch_database

    with scratch_database(request.param, tmp_path_factory.mktemp("populated")) as db:
        populate(db, bulk=120)
        yield db


@pytest.fixture(scope="module")
def client(populated: Database) -> Iterator[object]:
    from starlette.testclient import TestClient

    from feed.web.app import create_app
    from tests.test_web_support import BASE_URL, settings_for

    app = create_app(settings_for(populated.url), populated, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as test_client:
        yield test_client


@pytest.fixture(scope="module")
def live(populated: Database) -> Iterator[object]:
    from tests.test_web_support import LiveServer

    with LiveServer(populated) as server:
        yield server


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    """Chromium driven through Playwright, for the browser tests (they skip without either)."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("no chromium binary (apt-get install chromium)")
    playwright_api = pytest.importorskip(
        "playwright.sync_api", reason="Playwright is not installed (pip install playwright)"
    )
    with playwright_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=chromium, args=["--no-sandbox", "--disable-gpu"])
        yield instance
        instance.close()
