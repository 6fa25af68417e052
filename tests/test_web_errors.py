"""Errors: a page for a browser (Accept: text/html), JSON for API clients and feed readers."""

from __future__ import annotations

from pathlib import Path

import pytest
from starlette.testclient import TestClient

from db.session import Database
from feed.config import Settings
from feed.web import pages
from feed.web.app import create_app

BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo"


def _client(database: Database) -> TestClient:
    app = create_app(Settings(database.url, DEMO / "sources.toml", None, "http://testserver"), database, version_ttl=0)
    return TestClient(app, raise_server_exceptions=False)


def test_an_unknown_event_is_a_404_page_for_a_browser_and_json_for_a_client(sqlite_database: Database) -> None:
    with _client(sqlite_database) as client:
        page = client.get("/events/x", headers=BROWSER)
        assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
        assert "<h1>Not found</h1>" in page.text and "no event with uid &#39;x&#39;" in page.text
        assert "<style>" in page.text and 'href="/"' in page.text  # the other pages' look, a way back
        assert "content-security-policy" in page.headers
        api = client.get("/events/x")
        assert api.status_code == 404 and api.json() == {"error": "no event with uid 'x'"}
        nowhere = client.get("/no/such/page", headers=BROWSER)
        assert nowhere.status_code == 404 and "<h1>Not found</h1>" in nowhere.text
        assert client.get("/api/jobs/999", headers={"Accept": "application/json"}).json() == {"error": "no job 999"}


def test_a_failure_is_a_500_page_for_a_browser(sqlite_database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("broken on purpose")

    monkeypatch.setattr(pages, "recent_articles", broken)
    with _client(sqlite_database) as client:
        page = client.get("/", headers=BROWSER)
        assert page.status_code == 500 and "<h1>Something went wrong</h1>" in page.text
        assert "broken on purpose" not in page.text
        assert client.get("/").json() == {"error": "internal server error"}


def test_without_the_database_a_browser_gets_a_503_page(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'no' / 'such' / 'folder' / 'feed.db'}")
    with _client(database) as client:
        page = client.get("/", headers=BROWSER)
        assert page.status_code == 503 and int(page.headers["retry-after"]) > 0
        assert "<h1>Temporarily unavailable</h1>" in page.text and "try again shortly" in page.text
        assert client.get("/api/events").json() == {"error": "the database is unavailable; try again shortly"}
