"""Security headers, CORS, the job rate limit, private URLs, query validation, 503 without a database."""

from __future__ import annotations

import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select
from starlette.testclient import TestClient

from db.api_state import RATE_SLACK
from db.feed_queries import Filters, events_for
from db.migrate import upgrade
from db.models import RateBucket
from db.session import Database, make_engine
from db.sources import source_by_key
from feed.config import Settings, SourceConfig
from feed.errors import ConfigError
from feed.sources import sync_sources
from feed.web.app import create_app
from feed.web.headers import CONTENT_SECURITY_POLICY
from feed.web.ratelimit import RateLimiter
from tests.test_web_support import FORUM, FORUM_ARTICLE, add

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
AUTH = {"Authorization": "Bearer s3cret"}
FORUM_UID_PATH = "/events/{uid}"


def make_client(database: Database, *, version_ttl: float = 0, **settings: Any) -> TestClient:
    settings.setdefault("api_token", "s3cret")
    app = create_app(
        Settings(database.url, DEMO / "none.toml", base_url="http://testserver", **settings),
        database,
        version_ttl=version_ttl,
    )
    return TestClient(app)


@pytest.fixture
def forum(database: Database) -> Iterator[tuple[Database, str]]:
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key="demo", name="Demo", kind="files", path=DEMO)])
        uid = events_for(session, Filters())[0].event.uid
    yield database, uid


# ---- headers ----------------------------------------------------------------


def test_html_pages_carry_a_content_security_policy(forum: tuple[Database, str]) -> None:
    database, uid = forum
    with make_client(database) as client:
        for path in ("/", f"/events/{uid}"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
            assert "script-src" not in CONTENT_SECURITY_POLICY and "default-src 'none'" in CONTENT_SECURITY_POLICY
            assert response.headers["x-content-type-options"] == "nosniff"
            assert response.headers["x-frame-options"] == "DENY"
            assert response.headers["referrer-policy"] == "same-origin"
            assert "access-control-allow-origin" not in response.headers
        missing = client.get("/events/nope")
        assert missing.status_code == 404 and missing.headers["x-content-type-options"] == "nosniff"


def test_the_json_api_is_not_open_to_other_origins(forum: tuple[Database, str]) -> None:
    database, _ = forum
    with make_client(database) as client:
        for response in (
            client.get("/api/articles"),
            client.get("/api/events"),
            client.get("/api/sources"),
            client.get("/openapi.json"),
            client.post("/api/jobs", json={"source": "demo"}, headers=AUTH | {"Origin": "https://x"}),
        ):
            assert response.status_code in (200, 202)
            assert "access-control-allow-origin" not in response.headers
            assert response.headers["x-content-type-options"] == "nosniff"
        preflight = client.options(
            "/api/jobs", headers={"Origin": "https://x", "Access-Control-Request-Method": "POST"}
        )
        assert preflight.status_code == 405 and "access-control-allow-origin" not in preflight.headers


def _cors_paths(uid: str) -> list[str]:
    return [
        "/feeds/articles.atom",
        "/feeds/articles.json?limit=5",
        "/feeds/events.rss",
        "/feeds/events.ics",
        f"/events/{uid}.ics",
    ]


@pytest.mark.parametrize("version_ttl", [0, 60], ids=["routed", "fast-path"])
def test_feeds_and_calendars_are_open_to_every_origin(forum: tuple[Database, str], version_ttl: float) -> None:
    database, uid = forum
    with make_client(database, version_ttl=version_ttl) as client:
        for path in _cors_paths(uid):
            first = client.get(path, headers={"Origin": "https://reader.example"})
            again = client.get(path)  # with a ttl, answered by the fast path from the cache
            head = client.head(path)
            unchanged = client.get(path, headers={"If-None-Match": first.headers["etag"]})
            assert [first.status_code, again.status_code, head.status_code, unchanged.status_code] == [
                200,
                200,
                200,
                304,
            ]
            for response in (first, again, head, unchanged):
                assert response.headers["access-control-allow-origin"] == "*", path
                assert "ETag" in response.headers["access-control-expose-headers"]
                assert response.headers["x-content-type-options"] == "nosniff"
                assert "content-security-policy" not in response.headers
            preflight = client.options(path, headers={"Origin": "https://x", "Access-Control-Request-Method": "GET"})
            assert preflight.status_code == 204
            assert preflight.headers["access-control-allow-origin"] == "*"
            assert "GET" in preflight.headers["access-control-allow-methods"]
        bad = client.get("/feeds/articles.atom?limit=zero")
        assert bad.status_code == 400 and bad.headers["access-control-allow-origin"] == "*"


def test_the_fast_path_sends_the_same_headers_without_the_app(forum: tuple[Database, str]) -> None:
    database, uid = forum
    with make_client(database, version_ttl=60) as client:
        routed = {path: client.get(path) for path in _cors_paths(uid)}
        fast_path = client.app.fast_path  # type: ignore[attr-defined]

        async def no_app(scope: Any, receive: Any, send: Any) -> None:
            raise AssertionError(f"{scope['path']} went past the fast path")

        fast_path.app = no_app
        for path, first in routed.items():
            for headers in ({}, {"Accept-Encoding": "gzip"}, {"If-None-Match": first.headers["etag"]}):
                cached = client.get(path, headers=headers)
                assert cached.status_code in (200, 304)
                for name in ("access-control-allow-origin", "access-control-expose-headers", "x-content-type-options"):
                    assert cached.headers[name] == first.headers[name]


# ---- rate limit on job triggers ---------------------------------------------


def test_rate_limiter_refills_over_time(database: Database) -> None:
    now = [1_800_000_000.0]
    limiter = RateLimiter(database, 2, 60.0, clock=lambda: now[0])
    wait = pytest.approx(30.0 - RATE_SLACK)
    assert [limiter.take("a"), limiter.take("a")] == [0.0, 0.0]
    assert limiter.take("a") == wait
    assert limiter.take("b") == 0.0  # buckets are per key
    now[0] += 30.0
    assert limiter.take("a") == 0.0 and limiter.take("a") == wait
    now[0] += 600.0
    assert [limiter.take("a"), limiter.take("a"), limiter.take("a")] == [0.0, 0.0, wait]


def test_a_burst_read_out_of_order_is_allowed_in_full(database: Database) -> None:
    """Requests read their clocks before they reach the row: a burst of `rate` arrives a few ms out of order."""
    clocks = iter([1_800_000_000.003, 1_800_000_000.001, 1_800_000_000.002, 1_800_000_000.002])
    limiter = RateLimiter(database, 3, 60.0, clock=lambda: next(clocks))
    assert [limiter.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert limiter.take("a") > 0  # and no more


def test_rate_limiter_forgets_full_buckets(database: Database) -> None:
    now = [1_800_000_000.0]
    limiter = RateLimiter(database, 1, 60.0, clock=lambda: now[0])
    for key in "abc":
        limiter.take(key)
    now[0] += 61.0
    limiter.take("d")
    with database.begin() as session:
        assert session.scalars(select(RateBucket.key)).all() == ["d"]


def test_web_processes_share_the_rate_limit(database: Database) -> None:
    """Two processes' limiters on one database, called from many threads at once, allow `rate` in all."""
    limiters = [RateLimiter(database, 5, 60.0), RateLimiter(database, 5, 60.0)]
    with ThreadPoolExecutor(8) as pool:
        waits = list(pool.map(lambda i: limiters[i % 2].take("shared"), range(16)))
    assert sum(wait == 0.0 for wait in waits) == 5
    assert all(0 < wait <= 12.0 + 1 for wait in waits if wait)


def test_job_triggers_are_rate_limited(database: Database) -> None:
    with make_client(database, job_rate=(2, 60.0)) as client:
        with database.begin() as session:
            sync_sources(session, [SourceConfig(key="demo", name="Demo", kind="files", path=DEMO)])
        statuses = [client.post("/api/jobs", json={"source": "demo"}, headers=AUTH).status_code for _ in range(3)]
        assert statuses == [202, 202, 429]
        limited = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH)
        assert limited.status_code == 429 and 1 <= int(limited.headers["retry-after"]) <= 30
        assert "too many" in limited.json()["error"]
        # guessing tokens counts against the caller's address too
        assert (
            client.post("/api/jobs", json={"source": "demo"}, headers={"Authorization": "Bearer x"}).status_code == 429
        )
        assert client.get("/api/sources").status_code == 200  # reads are not limited


def test_job_rate_is_configured_from_the_environment() -> None:
    def settings(**env: str) -> Settings:
        return Settings.from_env(env)

    assert settings().job_rate == (10, 60.0)
    assert settings(FEED_JOB_RATE="3/second").job_rate == (3, 1.0)
    assert settings(FEED_JOB_RATE="100 / hour").job_rate == (100, 3600.0)
    assert settings(FEED_JOB_RATE="off").job_rate is None
    for bad in ("10", "ten/minute", "10/fortnight", "0/minute", "-1/minute"):
        with pytest.raises(ConfigError, match="FEED_JOB_RATE"):
            settings(FEED_JOB_RATE=bad)
    assert settings(FEED_ALLOW_PRIVATE_NETWORKS="1").allow_private_networks is True
    assert settings(FEED_ALLOW_PRIVATE_NETWORKS="0").allow_private_networks is False
    with pytest.raises(ConfigError, match="FEED_ALLOW_PRIVATE_NETWORKS"):
        settings(FEED_ALLOW_PRIVATE_NETWORKS="maybe")


# ---- jobs for private addresses ---------------------------------------------

PRIVATE_URLS = [
    "http://127.0.0.1/feed.xml",
    "http://localhost:8000/feed.xml",
    "http://feeds.localhost/",
    "http://[::1]/feed.xml",
    "http://169.254.169.254/latest/meta-data/",
    "http://10.1.2.3/rss",
    "http://192.168.0.1/",
    "http://0.0.0.0/",
    "http://[::ffff:127.0.0.1]/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://127.1/",
    "https://LOCALHOST./x",
]


@pytest.mark.parametrize("url", PRIVATE_URLS)
def test_jobs_for_private_addresses_are_refused_up_front(sqlite_database: Database, url: str) -> None:
    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"url": url}, headers=AUTH)
    assert response.status_code == 400, url
    assert "FEED_ALLOW_PRIVATE_NETWORKS" in response.json()["error"]


def test_private_addresses_are_allowed_when_the_operator_says_so(sqlite_database: Database) -> None:
    with make_client(sqlite_database, allow_private_networks=True) as client:
        response = client.post("/api/jobs", json={"url": "http://127.0.0.1:9/feed.xml"}, headers=AUTH)
    assert response.status_code == 202


@pytest.mark.parametrize("url", ["http://", "http:///path", "http://[::1/", "http://host:99999/", "http://host:x/"])
def test_malformed_job_urls_are_400(sqlite_database: Database, url: str) -> None:
    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"url": url}, headers=AUTH)
    assert response.status_code == 400 and response.json()["error"].startswith("url")


def test_public_job_urls_are_queued(sqlite_database: Database) -> None:
    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"url": "https://news.example.org/rss.xml"}, headers=AUTH)
    assert response.status_code == 202 and response.json()["status"] == "queued"


# ---- request validation -----------------------------------------------------


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("GET", "/api/sources?x=1", 400),
        ("GET", "/api/jobs/1?verbose=1", 400),
        ("POST", "/api/jobs?x=1", 400),
        ("GET", "/api/jobs/%C2%B2", 404),
        ("GET", "/api/jobs/99999999999", 404),
        ("GET", "/api/jobs/2147483648", 404),
        ("GET", "/api/jobs/-1", 404),
        ("GET", "/api/articles?limit=%00", 400),
        ("GET", "/api/events?from=2023-13-01", 400),
        ("GET", "/api/articles?q=%FF", 400),
        ("GET", "/api/articles?before=1-99999999999", 400),
    ],
)
def test_bad_requests_are_4xx_with_a_reason(sqlite_database: Database, method: str, path: str, status: int) -> None:
    with make_client(sqlite_database) as client:
        response = client.request(method, path, json={"source": "demo"}, headers=AUTH)
    assert response.status_code == status
    assert response.json()["error"]


def test_a_large_job_body_is_413(sqlite_database: Database) -> None:
    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"source": "x" * 10_000}, headers=AUTH)
    assert response.status_code == 413


def test_sources_show_their_retry_time_disabled_reason_and_options(database: Database) -> None:
    listing = SourceConfig(
        key="list", name="List", kind="listing", url="https://example.org/news/", selector="a.story", allow_private=True
    )
    with database.begin() as session:
        sync_sources(session, [listing])
        source = source_by_key(session, "list")
        assert source is not None
        from datetime import UTC, datetime

        source.retry_at = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
        source.disabled_reason = "gone: 410 from the server"
    with make_client(database) as client:
        row = client.get("/api/sources").json()["sources"][0]
    assert row["retry_at"] == "2030-01-02T03:04:05+00:00"
    assert row["disabled_reason"] == "gone: 410 from the server"
    assert row["options"] == {"selector": "a.story", "allow_private": True}


# ---- the database away: 503 quickly, never a hang or a 500 --------------------

ENDPOINTS = [
    ("GET", "/"),
    ("GET", "/events/x"),
    ("GET", "/events/x.ics"),
    ("GET", "/feeds/articles.atom"),
    ("GET", "/feeds/events.ics"),
    ("GET", "/api/articles"),
    ("GET", "/api/events"),
    ("GET", "/api/sources"),
    ("GET", "/api/jobs/1"),
    ("POST", "/api/jobs"),
    ("GET", "/readyz"),
    ("GET", "/metrics"),
]


def _unreachable(kind: str, tmp_path: Path) -> Database:
    if kind == "sqlite":
        return Database(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'feed.db'}")
    return Database("postgresql+psycopg://postgres@127.0.0.1:1/feed")  # nothing listens on port 1


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_without_a_database_every_endpoint_answers_503_quickly(kind: str, tmp_path: Path) -> None:
    database = _unreachable(kind, tmp_path)
    with make_client(database) as client:
        for method, path in ENDPOINTS:
            started = time.monotonic()
            response = client.request(method, path, json={"source": "demo"}, headers=AUTH)
            assert response.status_code == 503, (path, response.text)
            assert time.monotonic() - started < 5, path
            assert int(response.headers["retry-after"]) > 0
        assert client.get("/healthz").status_code == 200  # alive, even so
        assert client.get("/readyz").json() == {
            "status": "unavailable",
            "database": "unreachable",
            "migrations": "unknown",
        }
    database.dispose()


def test_feeds_turn_503_once_the_cached_version_is_stale(tmp_path: Path) -> None:
    path = tmp_path / "feed.db"
    database = Database(f"sqlite:///{path}")
    upgrade(database.engine)
    with make_client(database, version_ttl=0) as client:
        assert client.get("/feeds/articles.atom").status_code == 200
        database.dispose()
        path.rename(tmp_path / "moved.db")
        (tmp_path / "feed.db").mkdir()  # no database file can be opened there
        response = client.get("/feeds/articles.atom")
        assert response.status_code == 503 and response.headers["retry-after"]
    database.dispose()


def test_readyz_reports_ready_and_behind(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'feed.db'}")
    upgrade(database.engine, "0003_search")
    with make_client(database) as client:
        behind = client.get("/readyz")
        assert behind.status_code == 503 and behind.json()["migrations"] == "behind"
        upgrade(database.engine)
        ready = client.get("/readyz")
        assert ready.status_code == 200
        assert ready.json() == {"status": "ready", "database": "reachable", "migrations": "current"}
    database.dispose()


def _connect_params(url: str) -> dict[str, Any]:
    engine = make_engine(url)
    seen: dict[str, Any] = {}

    @event.listens_for(engine, "do_connect")
    def capture(dialect: Any, record: Any, cargs: Any, cparams: dict[str, Any]) -> None:
        seen.update(cparams)
        raise ConnectionAbortedError("captured")

    with pytest.raises(ConnectionAbortedError):
        engine.connect()
    engine.dispose()
    return seen


def test_postgres_connections_time_out_quickly() -> None:
    assert _connect_params("postgresql+psycopg://postgres@127.0.0.1:1/feed")["connect_timeout"] == 5
    assert _connect_params("postgresql+psycopg://postgres@127.0.0.1:1/feed?connect_timeout=2")["connect_timeout"] == "2"


def test_postgres_connections_notice_a_vanished_peer() -> None:
    """TCP keepalives and tcp_user_timeout by default, each overridable from the URL."""
    params = _connect_params("postgresql+psycopg://postgres@127.0.0.1:1/feed")
    assert {k: params[k] for k in ("keepalives", "keepalives_idle", "keepalives_count", "tcp_user_timeout")} == {
        "keepalives": 1,
        "keepalives_idle": 5,
        "keepalives_count": 3,
        "tcp_user_timeout": 10_000,
    }
    assert (
        _connect_params("postgresql+psycopg://postgres@127.0.0.1:1/feed?keepalives_idle=30")["keepalives_idle"] == "30"
    )


def test_postgres_sessions_run_in_utc() -> None:
    """Times then come back as datetime.UTC and need no conversion (db/types.py)."""
    assert _connect_params("postgresql+psycopg://postgres@127.0.0.1:1/feed")["options"] == "-c TimeZone=UTC"
