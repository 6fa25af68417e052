"""A meeting's status comes from its dates and today in its zone, and cached answers change at midnight."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from starlette.testclient import TestClient

from db.feed_queries import DataVersion
from db.models import Event
from db.session import Database
from feed.model import Meeting
from feed.status import Today, status_on
from feed.web.app import create_app
from tests.test_web_support import BASE_URL, EXPO_ARTICLE, add, populate, settings_for

BERLIN_FAIR = Meeting(
    name="Example Berlin Fair",
    start=date(2023, 9, 1),
    end=date(2023, 9, 3),
    city="Berlin",
    timezone="Europe/Berlin",
    status="held",
    confidence=0.9,
)


@pytest.mark.parametrize(
    ("reported", "today", "status"),
    [
        ("held", date(2023, 8, 15), "scheduled"),
        ("scheduled", date(2023, 8, 16), "ongoing"),
        ("ongoing", date(2023, 8, 18), "ongoing"),
        ("ongoing", date(2023, 8, 19), "held"),
        ("cancelled", date(2023, 8, 15), "cancelled"),
        ("postponed", date(2024, 1, 1), "postponed"),
    ],
)
def test_status_on_a_day(reported: str, today: date, status: str) -> None:
    event = Event(start_date=date(2023, 8, 16), end_date=date(2023, 8, 18), status=reported)
    assert status_on(event, today) == status


def test_the_day_is_part_of_the_version_and_its_midnight_a_modification() -> None:
    data = DataVersion("g.7", datetime(2023, 8, 15, 10, 0, tzinfo=UTC))
    clock = Clock(datetime(2023, 8, 15, 15, 30, tzinfo=UTC))
    today = Today(clock)
    evening = today.version(data)
    assert evening.modified == data.modified and evening.token == "g.7@Asia/Shanghai=2023-08-15"
    clock.at = datetime(2023, 8, 15, 16, 30, tzinfo=UTC)
    assert today.version(data) == DataVersion("g.7@Asia/Shanghai=2023-08-16", datetime(2023, 8, 15, 16, 0, tzinfo=UTC))


class Clock:
    def __init__(self, now: datetime) -> None:
        self.at = now

    def __call__(self) -> datetime:
        return self.at


def statuses(client: TestClient) -> dict[str, str]:
    return {e["name"]: e["status"] for e in client.get("/api/events").json()["events"]}


def test_api_and_event_page_status_change_at_midnight_in_the_meetings_zone(database: Database) -> None:
    populate(database)
    add(
        database,
        "wire",
        EXPO_ARTICLE.__class__(**{**EXPO_ARTICLE.__dict__, "title": "Fair", "url": None}),
        [BERLIN_FAIR],
    )
    clock = Clock(datetime(2023, 8, 15, 15, 30, tzinfo=UTC))  # 23:30 in Shanghai
    app = create_app(settings_for(database.url), database, version_ttl=0, now=clock)
    with TestClient(app, base_url=BASE_URL) as client:
        before = client.get("/api/events")
        assert statuses(client) == {
            "東北振興示例座談會": "held",
            "示例博览会开幕式": "scheduled",
            "Example Summit on Small Towns": "cancelled",
            "示例論壇": "postponed",
            "Example Berlin Fair": "scheduled",
        }
        (expo,) = [e for e in before.json()["events"] if e["name"] == "示例博览会开幕式"]
        assert "scheduled" in client.get(f"/events/{expo['uid']}").text

        clock.at = datetime(2023, 8, 15, 16, 30, tzinfo=UTC)  # 00:30 on the 16th in Shanghai, same data
        after = client.get("/api/events", headers={"if-none-match": before.headers["etag"]})
        assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
        assert statuses(client)["示例博览会开幕式"] == "ongoing"
        assert "ongoing" in client.get(f"/events/{expo['uid']}").text

        clock.at = datetime(2023, 8, 31, 21, 30, tzinfo=UTC)  # 05:30 on 1 September in Shanghai, 23:30 in Berlin
        assert statuses(client)["Example Berlin Fair"] == "scheduled"
        clock.at = datetime(2023, 8, 31, 22, 30, tzinfo=UTC)  # 00:30 on 1 September in Berlin
        assert statuses(client)["Example Berlin Fair"] == "ongoing"
        clock.at = datetime(2023, 9, 3, 22, 30, tzinfo=UTC)
        assert statuses(client)["Example Berlin Fair"] == "held"
