"""Meeting pages for machines: schema.org JSON-LD read with extruct, h-event read with mf2py, and both
saying the same thing."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import extruct
import mf2py
import pytest
from starlette.testclient import TestClient

from db.models import Event
from db.session import Database
from feed.corrections import REPORTED_NAME
from feed.events import was_moved
from feed.extract.identity import day_uid
from feed.web.app import create_app
from feed.web.headers import CONTENT_SECURITY_POLICY
from tests.test_web_support import BASE_URL, EXPO, FORUM, FORUM_ARTICLE, POSTPONED, SUMMIT, add, settings_for

SCHEMA = "https://schema.org/"


def event_path(html: str, name: str) -> str:
    match = re.search(r'href="(/events/[^"]+)"><b>' + re.escape(name), html)
    assert match, name
    return match.group(1)


def read(client: TestClient, path: str) -> tuple[dict[str, Any], dict[str, Any], str]:
    """The page's one JSON-LD item (extruct), its one h-event (mf2py) and the HTML."""
    response = client.get(path)
    assert response.status_code == 200
    html = response.text
    found = extruct.extract(html, base_url=BASE_URL + path, syntaxes=["json-ld"])["json-ld"]
    events = [i for i in mf2py.parse(doc=html, url=BASE_URL + path)["items"] if i["type"] == ["h-event"]]
    assert len(found) == 1 and len(events) == 1, (found, events)
    return found[0], events[0]["properties"], html


def moment(value: str) -> date | datetime:
    """A date or an aware datetime, however each parser spells it ('+08:00', '+0800')."""
    return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)


def assert_same_meeting(jsonld: dict[str, Any], hevent: dict[str, Any]) -> None:
    assert hevent["name"] == [jsonld["name"]]
    assert hevent["url"] == [jsonld["url"]]
    assert [moment(v) for v in hevent["start"]] == [moment(jsonld["startDate"])]
    assert [moment(v) for v in hevent.get("end", [])] == ([moment(jsonld["endDate"])] if "endDate" in jsonld else [])
    assert hevent.get("description", []) == ([jsonld["description"]] if "description" in jsonld else [])
    organizers = [o["properties"]["name"][0] for o in hevent.get("organizer", [])]
    assert organizers == [o["name"] for o in jsonld.get("organizer", [])]
    place = jsonld.get("location")
    if place is None:
        assert "location" not in hevent
        return
    (card,) = hevent["location"]
    assert card["type"] == ["h-card"]
    props, address = card["properties"], place.get("address", {})
    assert props.get("name") == ([place["name"]] if "name" in place else None)
    for schema_key, mf2_key in (
        ("addressLocality", "locality"),
        ("addressRegion", "region"),
        ("addressCountry", "country-name"),
    ):
        assert props.get(mf2_key) == ([address[schema_key]] if schema_key in address else None), mf2_key
    if "geo" in place:
        assert float(props["latitude"][0]) == place["geo"]["latitude"]
        assert float(props["longitude"][0]) == place["geo"]["longitude"]
    else:
        assert "latitude" not in props and "longitude" not in props


def test_all_day_meeting_with_place_geo_and_organiser(client: TestClient) -> None:
    path = event_path(client.get("/").text, FORUM.name)
    jsonld, hevent, _ = read(client, path)
    assert jsonld["@context"] == "https://schema.org" and jsonld["@type"] == "Event"
    assert jsonld["name"] == FORUM.name
    assert (jsonld["startDate"], jsonld["endDate"]) == ("2023-06-25", "2023-06-25")  # days: no time, no offset
    assert jsonld["eventStatus"] == SCHEMA + "EventScheduled"
    assert jsonld["eventAttendanceMode"] == SCHEMA + "OfflineEventAttendanceMode"
    assert jsonld["location"] == {
        "@type": "Place",
        "name": "示例會議中心",
        "address": {
            "@type": "PostalAddress",
            "addressLocality": "瀋陽",
            "addressRegion": "遼寧省",
            "addressCountry": "中國",
        },
        "geo": {"@type": "GeoCoordinates", "latitude": 41.8057, "longitude": 123.4315},
    }
    assert jsonld["organizer"] == [{"@type": "Organization", "name": "遼寧省示例廳"}]
    assert jsonld["url"] == BASE_URL + path
    assert "isAccessibleForFree" not in jsonld  # nothing says whether it is free
    assert_same_meeting(jsonld, hevent)


def test_timed_meeting_has_utc_offsets(client: TestClient) -> None:
    jsonld, hevent, html = read(client, event_path(client.get("/").text, EXPO.name))
    assert (jsonld["startDate"], jsonld["endDate"]) == ("2023-08-16T09:30:00+08:00", "2023-08-16T11:00:00+08:00")
    assert jsonld["location"]["name"] == "昆明, 云南省, 中国 (Kunming)"  # no venue: the place as shown
    assert "organizer" not in jsonld and "geo" not in jsonld["location"]
    assert_same_meeting(jsonld, hevent)
    facts = re.sub(r"<[^>]+>", "", html.split("<dt>When</dt><dd>")[1].split("</dd>")[0])
    assert facts == "2023-08-16 09:30 – 11:00 Asia/Shanghai"


@pytest.mark.parametrize(
    ("meeting", "status", "dates"),
    [
        (SUMMIT, "EventCancelled", ("2023-06-27", "2023-06-29")),
        (POSTPONED, "EventPostponed", ("2023-07-03", "2023-07-03")),
    ],
    ids=["cancelled", "postponed"],
)
def test_reported_statuses(client: TestClient, meeting: Any, status: str, dates: tuple[str, str]) -> None:
    jsonld, hevent, _ = read(client, event_path(client.get("/").text, meeting.name))
    assert jsonld["eventStatus"] == SCHEMA + status
    assert (jsonld["startDate"], jsonld["endDate"]) == dates
    assert_same_meeting(jsonld, hevent)


def test_a_moved_meeting_is_rescheduled_and_its_sentence_is_the_description(database: Database) -> None:
    sentence = "6月25日,東北振興示例座談會在瀋陽舉行。"
    add(database, "lnd", FORUM_ARTICLE, [replace(FORUM, sentence=sentence)])
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        path = event_path(client.get("/").text, FORUM.name)
        jsonld, hevent, _ = read(client, path)
        assert jsonld["eventStatus"] == SCHEMA + "EventScheduled"
        assert jsonld["description"] == sentence
        assert_same_meeting(jsonld, hevent)
        # the same article, updated: the forum is on the 28th
        moved = replace(FORUM_ARTICLE, text=FORUM_ARTICLE.text.replace("6月25日", "6月28日"))
        add(database, "lnd", moved, [replace(FORUM, start=date(2023, 6, 28), sentence=sentence)])
        jsonld, hevent, _ = read(client, path)  # the event keeps its page
        assert (jsonld["startDate"], jsonld["eventStatus"]) == ("2023-06-28", SCHEMA + "EventRescheduled")
        assert_same_meeting(jsonld, hevent)


HOSTILE = '</script><script>alert("x")</script><!-- & </SCRIPT >'


def test_a_hostile_name_cannot_leave_the_json_ld(database: Database) -> None:
    add(database, "x", FORUM_ARTICLE, [replace(FORUM, name=HOSTILE, venue="<b>hall</b>", sentence=HOSTILE)])
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        index = client.get("/").text
        path = re.search(r'href="(/events/[^"]+)"><b>&lt;/script', index).group(1)  # type: ignore[union-attr]
        jsonld, hevent, html = read(client, path)
        assert jsonld["name"] == HOSTILE and jsonld["description"] == HOSTILE
        assert jsonld["location"]["name"] == "<b>hall</b>"
        assert_same_meeting(jsonld, hevent)
        # one <script> element, the data block, whose text holds no "<" at all
        assert html.lower().count("<script") == 1 and html.lower().count("</script") == 1
        block = html.split('<script type="application/ld+json">')[1].split("</script>")[0]
        assert not set("<>&") & set(block) and "\\u003c/script\\u003e" in block


def test_the_policy_lets_the_data_block_be_and_still_allows_no_script(client: TestClient) -> None:
    """A data block (a <script> whose type is not JavaScript) is never run, so the policy does not
    apply to it (HTML, "prepare the script element"): the policy stays as strict as it was. Chromium
    reading the page under the policy is in test_browser_pages."""
    response = client.get(event_path(client.get("/").text, FORUM.name))
    policy = response.headers["content-security-policy"]
    assert policy == CONTENT_SECURITY_POLICY
    assert "default-src 'none'" in policy and "script-src" not in policy


def test_moved_means_on_a_day_a_report_moved_it_to() -> None:
    first, later = date(2023, 6, 25), date(2023, 6, 28)
    aliases = {day_uid(FORUM.name, later)}  # what link_meetings records when a report moves it
    event = Event(uid=day_uid(FORUM.name, first), name=FORUM.name, start_date=later, corrections={})
    assert was_moved(event, aliases)
    event.start_date = first  # moved back by the article that moved it
    assert not was_moved(event, aliases)
    event.start_date = date(2023, 7, 1)  # redated by an editor
    assert not was_moved(event, aliases)
    event.start_date, event.name = later, "An editor's name"  # reports still give the old one
    event.corrections = {REPORTED_NAME: FORUM.name, "name": event.name}
    assert was_moved(event, aliases)
