"""Item ids are tag: URIs fixed in the database: a new FEED_BASE_URL changes links, never ids."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text
from starlette.testclient import TestClient

from db.migrate import upgrade
from db.session import Database
from feed.config import Settings
from feed.web.app import create_app
from tests.test_web_support import populate

IDS = {
    "/feeds/articles.rss": re.compile(r"<guid[^>]*>([^<]*)</guid>"),
    "/feeds/articles.atom": re.compile(r"<id>([^<]*)</id>"),
    "/feeds/events.rss": re.compile(r"<guid[^>]*>([^<]*)</guid>"),
    "/feeds/events.atom": re.compile(r"<id>([^<]*)</id>"),
    "/feeds/events.ics": re.compile(r"^UID:(.*)\r$", re.M),
}


def served(database: Database, base_url: str) -> tuple[dict[str, list[str]], str]:
    """Every id each feed shows, and the whole bodies (for the links)."""
    settings = Settings(database.url, Path("/nonexistent"), None, base_url)
    ids: dict[str, list[str]] = {}
    with TestClient(create_app(settings, database, version_ttl=0)) as client:
        bodies = []
        for path, pattern in IDS.items():
            body = client.get(path).text
            ids[path] = pattern.findall(body)
            bodies.append(body)
        feed = client.get("/feeds/articles.json").json()
        ids["/feeds/articles.json"] = [item["id"] for item in feed["items"]]
        bodies.append(feed["feed_url"])
    return ids, "\n".join(bodies)


def test_a_new_base_url_changes_links_but_no_id(database: Database) -> None:
    populate(database)
    before, old_bodies = served(database, "http://127.0.0.1:8000")
    after, new_bodies = served(database, "https://feeds.example.org")
    assert all(before.values()) and after == before
    assert "https://feeds.example.org/" in new_bodies and "https://feeds.example.org/" not in old_bodies
    today = datetime.now(UTC).date().isoformat()
    assert before["/feeds/articles.atom"][0] == f"tag:127.0.0.1,{today}:feeds/articles"


@pytest.mark.parametrize(
    ("environ", "authority"), [("https://old.example.org/", "old.example.org"), (None, "127.0.0.1")]
)
def test_a_database_that_served_ids_keeps_their_authority(
    unmigrated_sqlite: Database, monkeypatch: pytest.MonkeyPatch, environ: str | None, authority: str
) -> None:
    database = unmigrated_sqlite
    upgrade(database.engine, "0012_event_evidence")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sources (id, key, name, kind, location, timezone, configured, error_count, options, "
                "created_at) VALUES (1, 'lnd', 'x', 'files', '/tmp', 'UTC', true, 0, '{}', '2023-06-26 00:00:00')"
            )
        )
    if environ:
        monkeypatch.setenv("FEED_BASE_URL", environ)
    else:
        monkeypatch.delenv("FEED_BASE_URL", raising=False)
    upgrade(database.engine)
    monkeypatch.delenv("FEED_BASE_URL", raising=False)
    populate(database)
    ids, _ = served(database, "https://new.example.net")
    assert ids["/feeds/articles.atom"][0] == f"tag:{authority},2023:feeds/articles"
    assert all(i.startswith(f"tag:{authority},2023:") for i in ids["/feeds/articles.rss"])


@pytest.fixture
def unmigrated_sqlite(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'feed.db'}")
    yield database
    database.dispose()
