"""Hostile requests (issue #17): each is answered without a 5xx and without growing the process."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from starlette.testclient import TestClient

from db import store
from db.session import Database
from feed.config import Settings
from feed.web.app import create_app
from tests.test_web_support import FORUM, FORUM_ARTICLE, add

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
AUTH = {"Authorization": "Bearer s3cret"}


def make_client(database: Database, **settings: Any) -> TestClient:
    settings.setdefault("api_token", "s3cret")
    settings.setdefault("job_rate", None)
    app = create_app(Settings(database.url, DEMO / "none.toml", base_url="http://testserver", **settings),
                     database, version_ttl=0)
    return TestClient(app)


# ---- the render cache -----------------------------------------------------------

def test_the_render_cache_keys_on_validated_parameters(sqlite_database: Database) -> None:
    add(sqlite_database, "lnd", FORUM_ARTICLE, [FORUM])
    with make_client(sqlite_database) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        for count in range(1, 41):  # a different query string each time, the same request
            response = client.get("/api/articles?source=lnd&q=" + "+" * (5000 + count))
            assert response.status_code == 200
        plain = client.get("/api/articles?source=lnd")
        assert plain.status_code == 200 and plain.headers["etag"] == response.headers["etag"]
        for alarm in ("PT1H", "PT60M", "PT0060M", "PT0H60M", "PT3600S", "P0DT1H"):
            assert client.get("/feeds/events.ics?alarm=" + alarm).status_code == 200
        for count in range(1, 21):
            assert client.get("/feeds/articles.atom?limit=0" + "0" * count + "7&city=+瀋陽+").status_code == 200
        assert len(cache._entries) == 3, list(cache._entries)
        assert all(len(path) + len(query) < 200 for path, query in cache._entries)


def test_the_render_cache_counts_its_keys_against_the_limit(sqlite_database: Database) -> None:
    from feed.web.cache import RenderCache, Rendered

    with sqlite_database.begin() as session:
        current = store.feed_data_version(session)
    cache = RenderCache(max_bytes=64 * 1024)
    for n in range(100):
        entry = Rendered.build(current, f"tag{n}", b"{}", "application/json")
        cache.put(("/api/articles", f"q={n:04d}".encode() + b"x" * 4000), entry)
    assert len(cache._entries) < 16 and cache._bytes <= cache.max_bytes
