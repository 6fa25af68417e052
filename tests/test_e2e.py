"""The seed article through the HTTP app: feed item and calendar event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import feedparser
import icalendar
import pytest
from starlette.testclient import TestClient

from db.session import Database
from feed import ingest
from feed.config import Settings
from feed.web.app import create_app

TITLE = "國資央企助力東北全面振興座談會在瀋陽舉行"


@pytest.fixture
def client(database: Database, tmp_path: Path, seed_text: str) -> Iterator[TestClient]:
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    ingest.ingest_now(database, ingest.resolve_target(database, str(tmp_path / "seed.txt")), "cli")
    settings = Settings(database.url, tmp_path / "none.toml", "token", "https://feeds.example.org")
    with TestClient(create_app(settings, database)) as client:
        yield client


@pytest.mark.parametrize("path", ["/feeds/articles.rss", "/feeds/articles.atom"])
def test_article_feeds_carry_the_seed(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    parsed = feedparser.parse(response.content)
    assert parsed.bozo == 0, parsed.get("bozo_exception")
    (entry,) = parsed.entries
    assert entry.title == TITLE
    assert entry.id.startswith("tag:feeds.example.org,")
    assert entry.published_parsed[:6] == (2023, 6, 26, 2, 11, 34)  # 10:11:34 Beijing time
    assert "+08:00" in response.text or "+0800" in response.text
    self_links = [link.href for link in parsed.feed.links if link.rel == "self"]
    assert self_links == ["https://feeds.example.org" + path]


def test_rss_guid_is_not_a_permalink_and_channel_link_is_the_site(client: TestClient) -> None:
    text = client.get("/feeds/articles.rss").text
    assert '<guid isPermaLink="false">tag:feeds.example.org,' in text
    assert "<link>https://feeds.example.org/</link>" in text


def test_json_feed_carries_the_seed(client: TestClient) -> None:
    response = client.get("/feeds/articles.json")
    assert response.headers["content-type"] == "application/feed+json; charset=utf-8"
    feed = response.json()
    assert feed["version"] == "https://jsonfeed.org/version/1.1"
    assert feed["feed_url"] == "https://feeds.example.org/feeds/articles.json"
    (item,) = feed["items"]
    assert item["title"] == TITLE and item["date_published"] == "2023-06-26T10:11:34+08:00"
    assert item["tags"] == ["國資央企助力東北全面振興座談會"]


def test_calendar_has_the_forum_all_day_in_shenyang(client: TestClient) -> None:
    response = client.get("/feeds/events.ics")
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    body = response.content
    assert body.count(b"\r\n") == body.count(b"\n"), "every line ends in CRLF"
    assert all(len(line) <= 75 for line in body.split(b"\r\n"))
    calendar = icalendar.Calendar.from_ical(body)
    (event,) = calendar.walk("VEVENT")
    assert str(event["SUMMARY"]) == "國資央企助力東北全面振興座談會"
    assert event["DTSTART"].params.get("VALUE") == "DATE" and event.decoded("DTSTART").isoformat() == "2023-06-25"
    assert event.decoded("DTEND").isoformat() == "2023-06-26"  # exclusive
    assert "瀋陽" in str(event["LOCATION"]) and "Shenyang" in str(event["LOCATION"])
    assert "ORGANIZER" not in event and "ATTENDEE" not in event
    assert "遼寧省人民政府" in str(event["DESCRIPTION"]) and TITLE in str(event["DESCRIPTION"])
    assert str(calendar["X-WR-CALNAME"]) and "REFRESH-INTERVAL;VALUE=DURATION:PT1H" in response.text
    uid = str(event["UID"])
    single = client.get(f"/events/{uid}.ics")
    assert single.status_code == 200
    (again,) = icalendar.Calendar.from_ical(single.content).walk("VEVENT")
    assert str(again["UID"]) == uid


def test_etag_and_304(client: TestClient) -> None:
    first = client.get("/feeds/articles.atom")
    etag = first.headers["etag"]
    assert client.get("/feeds/articles.atom", headers={"If-None-Match": etag}).status_code == 304
    assert client.get("/feeds/articles.atom?limit=5", headers={"If-None-Match": etag}).status_code == 200
    since = first.headers["last-modified"]
    assert client.get("/feeds/articles.atom", headers={"If-Modified-Since": since}).status_code == 304


def test_index_healthz_and_read_api(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and TITLE in page.text
    assert "webcal://feeds.example.org/feeds/events.ics" in page.text
    assert client.get("/healthz").status_code == 200
    (event,) = client.get("/api/events").json()["events"]
    assert (event["start"], event["city"]) == ("2023-06-25", "瀋陽")
    assert event["articles"][0]["title"] == TITLE
    assert client.get("/api/articles?q=振興").json()["articles"][0]["title"] == TITLE
    assert client.get("/api/sources").json()["sources"][0]["last_error"] is None
    assert "feed_articles 1.0" in client.get("/metrics").text


@pytest.mark.parametrize("query", ["limit=0", "limit=501", "limit=x", "from=2023-13-01", "to=yesterday", "colour=red"])
def test_bad_parameters_are_400_with_a_reason(client: TestClient, query: str) -> None:
    response = client.get("/feeds/articles.atom?" + query)
    assert response.status_code == 400
    assert response.json()["error"]


def test_metrics_count_requests_by_route_and_cache_use(client: TestClient) -> None:
    client.get("/feeds/articles.atom")
    client.get("/feeds/articles.atom")
    client.get("/api/events")
    client.get("/no/such/page")
    text = client.get("/metrics").text
    assert 'feed_http_requests_total{method="GET",route="/api/events",status="200"}' in text
    assert 'route="unmatched",status="404"' in text
    assert 'feed_http_request_seconds_bucket{le="0.001",route="/api/events"}' in text
    assert 'feed_render_cache_total{result="render"}' in text
    assert "feed_articles 1.0" in text and "feed_fetch_seconds" in text
