"""GET /feeds/events.geojson: RFC 7946, checked with the `geojson` package, and the calendar's filters and caching."""

from __future__ import annotations

from dataclasses import replace

import geojson
import pytest
from icalendar import Calendar
from starlette.testclient import TestClient

from db.session import Database
from feed.web.app import create_app
from tests.test_web_support import BASE_URL, FORUM, settings_for

PATH = "/feeds/events.geojson"


def collection(client: TestClient, query: str = "") -> geojson.FeatureCollection:
    response = client.get(PATH + query)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"] == "application/geo+json"
    parsed = geojson.loads(response.text)
    assert isinstance(parsed, geojson.FeatureCollection)
    assert parsed.is_valid, parsed.errors()
    return parsed


def test_a_feature_collection_of_points_in_lon_lat_order(client: TestClient) -> None:
    parsed = collection(client)
    assert [f["properties"]["name"] for f in parsed["features"]] == [FORUM.name]
    (feature,) = parsed["features"]
    assert isinstance(feature, geojson.Feature) and isinstance(feature.geometry, geojson.Point)
    assert feature.geometry.is_valid
    # RFC 7946 §3.1.1: longitude first (Shenyang: 123.43 E, 41.81 N)
    assert feature.geometry.coordinates == [FORUM.longitude, FORUM.latitude]
    assert "crs" not in parsed  # RFC 7946 §4: WGS 84 only, no crs member


def test_a_feature_says_what_when_where_and_links_to_the_meeting(client: TestClient) -> None:
    (feature,) = collection(client)["features"]
    properties = feature["properties"]
    assert properties["start"] == properties["end"] == "2023-06-25"
    assert properties["status"] == "held"
    assert properties["place"] == "示例會議中心, 瀋陽, 遼寧省, 中國 (Shenyang)"
    assert properties["url"] == f"{BASE_URL}/events/{feature['id']}"
    assert properties["ics"] == f"{BASE_URL}/events/{feature['id']}.ics"
    page = client.get(properties["url"].removeprefix(BASE_URL))
    assert page.status_code == 200 and FORUM.name in page.text
    ics = Calendar.from_ical(client.get(properties["ics"].removeprefix(BASE_URL)).content)
    assert [str(e["UID"]) for e in ics.walk("VEVENT")] == [feature["id"]]


def test_the_calendars_meetings_that_have_coordinates(client: TestClient) -> None:
    for query in ("", "?city=沈阳", "?region=遼寧", "?q=振兴", "?from=2023-06-01&to=2023-06-30", "?source=lnd"):
        calendar = Calendar.from_ical(client.get("/feeds/events.ics" + query).content)
        located = [str(e["UID"]) for e in calendar.walk("VEVENT") if "GEO" in e]
        assert [f["id"] for f in collection(client, query)["features"]] == located, query
        assert located, query
    for query in ("?city=Kunming", "?to=2023-06-01", "?source=yn", "?lang=en", "?limit=1&city=Tianjin"):
        assert collection(client, query)["features"] == [], query


def test_converts_the_script_like_the_calendar(client: TestClient) -> None:
    (feature,) = collection(client, "?script=hans")["features"]
    assert feature["properties"]["name"] == "东北振兴示例座谈会"
    assert feature["properties"]["city"] == "沈阳"


@pytest.mark.parametrize(
    "query", ["?alarm=PT1H", "?before=1-1", "?limit=0", "?limit=501", "?from=2023-13-01", "?city=a&city=b", "?x=1"]
)
def test_a_bad_parameter_is_a_400(client: TestClient, query: str) -> None:
    response = client.get(PATH + query)
    assert response.status_code == 400 and response.json()["error"]


def test_the_threshold_applies(populated: Database) -> None:  # noqa: F811
    settings = replace(settings_for(populated.url), min_confidence=0.95)
    with TestClient(create_app(settings, populated, version_ttl=0), base_url=BASE_URL) as strict:
        assert collection(strict)["features"] == []
        assert len(collection(strict, "?min_confidence=0.9")["features"]) == 1


def test_cached_and_answered_304_like_the_calendar(client: TestClient) -> None:
    first = client.get(PATH + "?city=沈阳")
    assert first.headers["cache-control"] == "public, max-age=300"
    assert first.headers["access-control-allow-origin"] == "*"
    assert first.headers["last-modified"]
    again = client.get(PATH + "?city=%E6%B2%88%E9%98%B3", headers={"if-none-match": first.headers["etag"]})
    assert again.status_code == 304 and again.content == b""
    other = client.get(PATH + "?city=Shenyang")
    assert other.headers["etag"] != first.headers["etag"]
    head = client.head(PATH)
    assert head.status_code == 200 and head.content == b""
