"""iCalendar output: independent parsers, RFC 5545 line rules, and DESIGN.md's calendar list."""

from __future__ import annotations

import random
import re
from dataclasses import replace
from datetime import timedelta

import pytest
import vobject
from icalendar import Calendar
from sqlalchemy import select
from starlette.testclient import TestClient

from db.feed_queries import Filters, events_for
from db.models import Event
from db.session import Database
from feed.render.calendar import CalendarInfo, render_calendar
from feed.render.ical import fold
from feed.render.links import Links
from feed.render.script import SCRIPTS
from tests.test_web_support import BASE_URL, FORUM, FORUM_ARTICLE, add

LINKS = Links(BASE_URL)


def render(database: Database, **kw: object) -> bytes:
    with database.begin() as session:
        events = events_for(session, Filters(limit=500))
        info = CalendarInfo("Test calendar", "Meetings for tests", f"{BASE_URL}/feeds/events.ics", f"{BASE_URL}/", **kw)  # type: ignore[arg-type]
        return render_calendar(events, LINKS, info)


def unfold(body: bytes) -> list[str]:
    return body.decode("utf-8").replace("\r\n ", "").split("\r\n")[:-1]


def vevents(body: bytes) -> dict[str, dict[str, str]]:
    """SUMMARY -> {property line name with parameters: value} for each VEVENT."""
    out: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for line in unfold(body):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT" and current is not None:
            summary = next(f"{k}:{v}" for k, v in current.items() if k.startswith("SUMMARY"))
            out[summary] = current
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current.setdefault(name, value)
    return out


def test_lines_end_in_crlf_and_fold_at_75_octets(populated: Database) -> None:
    body = render(populated)
    assert body.endswith(b"END:VCALENDAR\r\n")
    assert b"\n" not in body.replace(b"\r\n", b"")
    for line in body.split(b"\r\n")[:-1]:
        assert len(line) <= 75, line
        line.decode("utf-8")  # no UTF-8 character split across a fold
    assert any(line.startswith(b" ") for line in body.split(b"\r\n"))  # the long texts were folded


@pytest.mark.parametrize("text", ["a" * 200, "瀋" * 100, "😀" * 60, "ab瀋" * 40, "x" * 74, "x" * 75, "x" * 76])
def test_fold_never_splits_a_character(text: str) -> None:
    folded = fold("DESCRIPTION:" + text)
    lines = folded.encode("utf-8").split(b"\r\n")
    assert lines[-1] == b""
    assert all(len(line) <= 75 for line in lines)
    assert all(line.startswith(b" ") for line in lines[1:-1])
    assert folded.replace("\r\n ", "") == "DESCRIPTION:" + text + "\r\n"


def test_fold_fills_each_line_as_far_as_a_whole_character_allows() -> None:
    rng = random.Random(4)
    alphabet = ["a", ",", "é", "瀋", "😀", " "]
    for _ in range(300):
        line = "X:" + "".join(rng.choices(alphabet, k=rng.randint(0, 120)))
        pieces = fold(line).removesuffix("\r\n").split("\r\n ")
        assert "".join(pieces) == line
        for index, piece in enumerate(pieces[:-1]):
            room = 75 if index == 0 else 74
            following = pieces[index + 1][0].encode("utf-8")
            assert len(piece.encode("utf-8")) <= room < len(piece.encode("utf-8")) + len(following)
        assert len(pieces[-1].encode("utf-8")) <= (75 if len(pieces) == 1 else 74)


def test_independent_parsers_accept_it(populated: Database) -> None:
    body = render(populated, alarm=timedelta(hours=1))
    calendar = Calendar.from_ical(body)
    assert calendar.get_missing_tzids() == set()
    assert len(calendar.walk("VEVENT")) == 4
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            assert required in event
    parsed = vobject.readOne(body.decode("utf-8"))
    assert len(parsed.vevent_list) == 4
    assert {e.summary.value for e in parsed.vevent_list} >= {FORUM.name, "Example Summit on Small Towns"}


def test_calendar_properties(populated: Database) -> None:
    lines = unfold(render(populated))
    for expected in (
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "NAME:Test calendar",
        "X-WR-CALNAME:Test calendar",
        "REFRESH-INTERVAL;VALUE=DURATION:PT1H",
        "X-PUBLISHED-TTL:PT1H",
        f"SOURCE;VALUE=URI:{BASE_URL}/feeds/events.ics",
        f"URL;VALUE=URI:{BASE_URL}/",
        "COLOR:teal",
    ):
        assert expected in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert not any(line.startswith(("ORGANIZER", "ATTENDEE", "METHOD")) for line in lines)
    assert "METHOD" not in Calendar.from_ical(render(populated))


def test_all_day_and_timed_events(populated: Database) -> None:
    body = render(populated)
    events = vevents(body)
    forum = events[f"SUMMARY;LANGUAGE=zh-Hant:{FORUM.name}"]
    assert forum["DTSTART;VALUE=DATE"] == "20230625"
    assert forum["DTEND;VALUE=DATE"] == "20230626"  # exclusive
    summit = events["SUMMARY;LANGUAGE=en:Example Summit on Small Towns"]
    assert (summit["DTSTART;VALUE=DATE"], summit["DTEND;VALUE=DATE"]) == ("20230627", "20230630")
    expo = events["SUMMARY;LANGUAGE=zh-Hans:示例博览会开幕式"]
    assert expo["DTSTART;TZID=Asia/Shanghai"] == "20230816T093000"
    assert expo["DTEND;TZID=Asia/Shanghai"] == "20230816T110000"
    vtimezone = body.split(b"BEGIN:VTIMEZONE")[1].split(b"END:VTIMEZONE")[0]
    assert b"TZID:Asia/Shanghai" in vtimezone
    starts = re.findall(rb"DTSTART:(\d{4})", vtimezone)
    assert starts and all(int(y) >= 2023 for y in starts)  # no 1986-91 summer time
    assert b"DAYLIGHT" not in vtimezone


def test_status_geo_categories_language(populated: Database) -> None:
    events = vevents(render(populated))
    forum = events[f"SUMMARY;LANGUAGE=zh-Hant:{FORUM.name}"]
    assert forum["STATUS"] == "CONFIRMED"
    assert forum["GEO"] == "41.805700;123.431500"
    assert forum["CATEGORIES"] == "meeting,Shenyang"
    assert all("CATEGORIES" in event for event in events.values())
    assert not any(name.startswith("CATEGORIES;") for event in events.values() for name in event)
    assert forum["LOCATION;LANGUAGE=zh-Hant"] == "示例會議中心\\, 瀋陽\\, 遼寧省\\, 中國 (Shenyang)"
    assert forum["URL;VALUE=URI"].startswith(f"{BASE_URL}/events/")
    assert events["SUMMARY;LANGUAGE=en:Example Summit on Small Towns"]["STATUS"] == "CANCELLED"
    assert events["SUMMARY;LANGUAGE=zh-Hant:示例論壇"]["STATUS"] == "TENTATIVE"


def test_alarm_only_when_asked(populated: Database) -> None:
    assert b"VALARM" not in render(populated)
    body = render(populated, alarm=timedelta(minutes=90))
    assert body.count(b"BEGIN:VALARM") == 4
    assert b"TRIGGER;RELATED=START:-PT1H30M\r\n" in body
    assert b"ACTION:DISPLAY\r\n" in body


def test_script_conversion_changes_text_and_language(populated: Database) -> None:
    events = vevents(render(populated, script=SCRIPTS["hans"]))
    assert "SUMMARY;LANGUAGE=zh-Hans:东北振兴示例座谈会" in events
    events = vevents(render(populated, script=SCRIPTS["hant"]))
    assert "SUMMARY;LANGUAGE=zh-Hant:示例博覽會開幕式" in events


def test_deterministic_and_sequence_raised_on_change(database: Database) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    with database.begin() as session:  # stored a minute ago: LAST-MODIFIED has whole seconds
        for event in session.scalars(select(Event)):
            event.updated_at -= timedelta(minutes=1)
    first = render(database)
    assert render(database) == first
    before = vevents(first)[f"SUMMARY;LANGUAGE=zh-Hant:{FORUM.name}"]
    changed = replace(FORUM, venue="另一個示例會場", confidence=0.95)
    add(database, "lnd", replace(FORUM_ARTICLE, title=FORUM_ARTICLE.title + " (更新)"), [changed])
    after = vevents(render(database))[f"SUMMARY;LANGUAGE=zh-Hant:{FORUM.name}"]
    assert after["UID"] == before["UID"]
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1
    assert after["LAST-MODIFIED"] > before["LAST-MODIFIED"]


def test_one_event_ics(client: TestClient) -> None:
    uid = vevents(client.get("/feeds/events.ics").content)[f"SUMMARY;LANGUAGE=zh-Hant:{FORUM.name}"]["UID"]
    response = client.get(f"/events/{uid}.ics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    assert [str(e["UID"]) for e in calendar.walk("VEVENT")] == [uid]
    assert str(calendar["X-WR-CALNAME"]) == FORUM.name
    assert client.get("/events/nothing@feed.local.ics").status_code == 404
