"""The seed article (Traditional Chinese, 瀋陽, 2023-06-25) found by Simplified filters in every format."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from icalendar import Calendar
from starlette.testclient import TestClient

from db.session import Database
from feed.web.app import create_app
from tests.test_web_support import BASE_URL, SEED, settings_for

pytestmark = pytest.mark.skipif(not SEED.exists(), reason=f"the shared seed {SEED} is absent (../shared)")
TITLE = "國資央企助力東北全面振興座談會在瀋陽舉行"
MEETING = "國資央企助力東北全面振興座談會"


def test_seed_through_filters(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'feed.db'}"
    env = {**os.environ, "FEED_DATABASE_URL": url}
    result = subprocess.run(
        [sys.executable, "-m", "feed", "ingest", str(SEED)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    database = Database(url)
    with TestClient(create_app(settings_for(url), database, version_ttl=0), base_url=BASE_URL) as client:
        for query in ("?city=沈阳", "?q=沈阳", "?region=辽宁", "?q=东北全面振兴"):
            items = client.get("/feeds/articles.json" + query).json()["items"]
            assert [i["title"] for i in items] == [TITLE], query
            assert TITLE.encode() in client.get("/feeds/articles.atom" + query).content
            assert TITLE.encode() in client.get("/feeds/articles.rss" + query).content
        calendar = Calendar.from_ical(client.get("/feeds/events.ics?city=沈阳").content)
        events = calendar.walk("VEVENT")
        assert [str(e["SUMMARY"]) for e in events] == [MEETING]
        assert events[0].decoded("DTSTART").isoformat() == "2023-06-25"
        simplified = client.get("/feeds/articles.json?city=沈阳&script=hans").json()["items"][0]
        assert simplified["title"] == "国资央企助力东北全面振兴座谈会在沈阳举行"
    database.dispose()
