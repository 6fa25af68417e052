"""Corrections by an editor: PATCH and DELETE /api/events/{uid}, which outlive later ingests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select
from starlette.testclient import TestClient

from db.models import EventCorrection
from db.session import Database
from feed.config import Settings
from feed.web.app import create_app
from tests.test_event_moves import FORUM, MOVED, PUBLISHED, _article, _ingest

AUTH = {"Authorization": "Bearer s3cret"}


@pytest.fixture
def client(database: Database) -> Iterator[TestClient]:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    settings = Settings(database.url, Path("/nonexistent.toml"), "s3cret", "http://testserver")
    with TestClient(create_app(settings, database, version_ttl=0)) as client:
        yield client


def _uid(client: TestClient) -> str:
    (event,) = client.get("/api/events").json()["events"]
    return str(event["uid"])


def _vevent(client: TestClient, uid: str) -> dict[str, str]:
    (event,) = Calendar.from_ical(client.get(f"/events/{uid}.ics").content).walk("VEVENT")
    return {
        "start": event.decoded("DTSTART").isoformat(),
        "sequence": str(event["SEQUENCE"]),
        "status": str(event["STATUS"]),
        "summary": str(event["SUMMARY"]),
        "location": str(event.get("LOCATION", "")),
    }


def test_a_correction_outlives_later_ingests_and_is_recorded(client: TestClient, database: Database) -> None:
    uid = _uid(client)
    assert _vevent(client, uid)["start"] == "2024-05-17"
    body = {
        "name": "滨江湿地保护论坛",
        "start": "2024-05-18",
        "venue": "滨江会展中心B馆",
        "editor": "Ann",
        "note": "see site",
    }
    response = client.patch(f"/api/events/{uid}", json=body, headers=AUTH)
    assert response.status_code == 200, response.text
    corrected = response.json()
    assert (corrected["uid"], corrected["name"], corrected["start"], corrected["end"]) == (
        uid,
        "滨江湿地保护论坛",
        "2024-05-18",
        "2024-05-18",
    )
    assert corrected["sequence"] == 1 and corrected["corrected"]["by"] == "Ann"
    assert corrected["corrected"]["fields"] == ["end_date", "name", "start_date", "venue"]
    event = _vevent(client, uid)
    assert (event["start"], event["sequence"], event["status"]) == ("2024-05-18", "1", "CONFIRMED")
    assert event["summary"] == "滨江湿地保护论坛" and event["location"].startswith("滨江会展中心B馆")

    # the article is updated, and reprinted: the correction stays
    _ingest(database, "jc", _article(MOVED, "jc-1"))
    _ingest(database, "ny", _article(MOVED, "ny-1", PUBLISHED.replace(day=20)))
    after = _vevent(client, uid)
    assert (after["start"], after["summary"]) == ("2024-05-18", "滨江湿地保护论坛")
    assert [e["uid"] for e in client.get("/api/events").json()["events"]] == [uid]

    page = client.get(f"/events/{uid}").text
    assert 'id="corrected"' in page and "by Ann on " in page
    with database.begin() as session:
        (record,) = session.scalars(select(EventCorrection))
        assert (record.editor, record.note, record.changes["start_date"]) == ("Ann", "see site", "2024-05-18")
        assert isinstance(record.created_at, datetime) and len(record.token) == 16


def test_status_and_times(client: TestClient) -> None:
    uid = _uid(client)
    body = {"status": "cancelled", "start_time": "09:30", "end_time": "11:00"}
    assert client.patch(f"/api/events/{uid}", json=body, headers=AUTH).status_code == 200
    event = _vevent(client, uid)
    assert (event["status"], event["start"], event["sequence"]) == ("CANCELLED", "2024-05-17T09:30:00+08:00", "1")
    assert client.get("/api/events").json()["events"][0]["status"] == "cancelled"


def test_delete_hides_the_event_for_good(client: TestClient, database: Database) -> None:
    uid = _uid(client)
    assert client.delete(f"/api/events/{uid}", headers=AUTH).status_code == 204
    assert client.delete(f"/api/events/{uid}", headers=AUTH).status_code == 204  # again: nothing more
    assert client.get("/api/events").json()["events"] == []
    assert Calendar.from_ical(client.get("/feeds/events.ics?min_confidence=0").content).walk("VEVENT") == []
    assert client.get(f"/events/{uid}").status_code == 404
    assert client.get(f"/events/{uid}.ics").status_code == 404
    _ingest(database, "jc", _article(MOVED, "jc-1"))
    assert client.get("/api/events").json()["events"] == []
    shown = client.patch(f"/api/events/{uid}", json={"hidden": False}, headers=AUTH).json()
    assert shown["hidden"] is False and shown["sequence"] == 3  # hidden, moved by the update, shown
    assert shown["start"] == "2024-05-24"
    assert [e["uid"] for e in client.get("/api/events").json()["events"]] == [uid]
    with database.begin() as session:
        assert [r.changes for r in session.scalars(select(EventCorrection))] == [{"hidden": True}, {"hidden": False}]


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 400),
        ({"editor": "Ann"}, 400),
        ({"colour": "red"}, 400),
        ({"start": "2024-13-01"}, 400),
        ({"start": "20240517"}, 400),
        ({"start_time": "25:00"}, 400),
        ({"status": "maybe"}, 400),
        ({"name": " "}, 400),
        ({"name": "a\x00b"}, 400),
        ({"hidden": "yes"}, 400),
        ({"end": "2024-05-01"}, 422),
    ],
)
def test_bad_corrections_are_refused(client: TestClient, body: dict[str, object], status: int) -> None:
    uid = _uid(client)
    assert client.patch(f"/api/events/{uid}", json=body, headers=AUTH).status_code == status
    assert client.get("/api/events").json()["events"][0]["sequence"] == 0


def test_corrections_need_the_token(client: TestClient) -> None:
    uid = _uid(client)
    assert client.patch(f"/api/events/{uid}", json={"name": "x"}).status_code == 401
    assert client.delete(f"/api/events/{uid}", headers={"Authorization": "Bearer nope"}).status_code == 401
    assert client.patch("/api/events/nothing@feed.local", json={"name": "x"}, headers=AUTH).status_code == 404
    assert client.get(f"/api/events/{uid}").status_code == 405
