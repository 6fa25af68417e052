"""Calendars and event feeds list only meetings the extractor is sure of; the API lists all, with why."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from starlette.testclient import TestClient

from db.session import Database
from feed.config import DEFAULT_MIN_CONFIDENCE, Settings
from feed.model import ArticleDoc, Evidence, Meeting
from feed.web.app import create_app
from tests.test_web_support import BASE_URL, add, settings_for

BEIJING = ZoneInfo("Asia/Shanghai")
SURE = Meeting(
    name="示例確定論壇",
    start=date(2024, 5, 3),
    city="臺北",
    confidence=0.9,
    evidence={
        "name": Evidence("示例確定論壇", 0.9, "name"),
        "date": Evidence("3日", 0.9, "clause"),
        "place": Evidence("臺北", 0.9, "clause"),
    },
    sentence="示例確定論壇3日在臺北舉行,這句話為測試撰寫。",
)
UNSURE = Meeting(
    name="示例存疑研討會",
    start=date(2024, 5, 1),
    confidence=0.4,
    evidence={"name": Evidence("示例存疑研討會", 0.8, "name"), "date": Evidence("1日", 0.6, "before")},
)


def _article(title: str) -> ArticleDoc:
    return ArticleDoc(
        title=title,
        text=f"{title}。測試用文字。",
        language="zh-Hant",
        published=datetime(2024, 5, 3, 18, 0, tzinfo=BEIJING),
    )


@pytest.fixture
def client(database: Database) -> TestClient:
    add(database, "tw", _article("示例確定論壇在臺北舉行"), [SURE])
    add(database, "tw", _article("一篇存疑的示例文章"), [UNSURE])
    return TestClient(create_app(settings_for(database.url), database, version_ttl=0), base_url=BASE_URL)


def _summaries(body: str) -> set[str]:
    return {line.removeprefix("SUMMARY").split(":", 1)[1] for line in body.split("\r\n") if line.startswith("SUMMARY")}


def test_the_default_threshold_sits_between_the_two_meetings() -> None:
    assert UNSURE.confidence < DEFAULT_MIN_CONFIDENCE <= SURE.confidence


def test_calendar_and_event_feeds_list_sure_meetings_by_default(client: TestClient) -> None:
    with client:
        assert _summaries(client.get("/feeds/events.ics").text) == {SURE.name}
        assert SURE.name in client.get("/feeds/events.atom").text
        assert UNSURE.name not in client.get("/feeds/events.atom").text
        assert UNSURE.name not in client.get("/").text


def test_a_request_may_lower_or_raise_the_threshold(client: TestClient) -> None:
    with client:
        assert _summaries(client.get("/feeds/events.ics?min_confidence=0.3").text) == {SURE.name, UNSURE.name}
        assert _summaries(client.get("/feeds/events.ics?min_confidence=0.95").text) == set()
        assert UNSURE.name in client.get("/feeds/events.rss?min_confidence=0").text
        # part of the cache key: the default view is not served from the lowered one
        assert _summaries(client.get("/feeds/events.ics").text) == {SURE.name}


@pytest.mark.parametrize("value", ["2", "-0.1", "high", "nan", "1e400"])
def test_a_bad_threshold_is_a_400(client: TestClient, value: str) -> None:
    with client:
        response = client.get(f"/feeds/events.ics?min_confidence={value}")
        assert response.status_code == 400
        assert "min_confidence" in response.text


def test_the_api_lists_every_meeting_with_its_evidence(client: TestClient) -> None:
    with client:
        events = {e["name"]: e for e in client.get("/api/events").json()["events"]}
        assert set(events) == {SURE.name, UNSURE.name}
        assert events[SURE.name]["confidence"] == 0.9
        assert events[SURE.name]["evidence"]["place"] == {"phrase": "臺北", "confidence": 0.9, "cue": "clause"}
        assert events[SURE.name]["sentence"] == SURE.sentence
        assert events[UNSURE.name]["evidence"]["date"]["cue"] == "before"
        assert [e["name"] for e in client.get("/api/events?min_confidence=0.5").json()["events"]] == [SURE.name]


def test_the_event_page_quotes_the_sentence(client: TestClient) -> None:
    with client:
        uid = next(e["uid"] for e in client.get("/api/events").json()["events"] if e["name"] == SURE.name)
        page = client.get(f"/events/{uid}").text
        assert f'<blockquote id="evidence" class="p-description" lang="zh-Hant">{SURE.sentence}</blockquote>' in page
        assert "0.90" in page and "place (臺北, 0.90)" in page


def test_the_service_threshold_comes_from_the_environment(database: Database) -> None:
    add(database, "tw", _article("一篇存疑的示例文章"), [UNSURE])
    settings: Settings = replace(settings_for(database.url), min_confidence=0.3)
    with TestClient(create_app(settings, database, version_ttl=0), base_url=BASE_URL) as client:
        assert _summaries(client.get("/feeds/events.ics").text) == {UNSURE.name}
    assert Settings.from_env({"FEED_MIN_CONFIDENCE": "0.55"}).min_confidence == 0.55
    with pytest.raises(Exception, match="FEED_MIN_CONFIDENCE"):
        Settings.from_env({"FEED_MIN_CONFIDENCE": "1.5"})
