"""GET /timeline (meetings by month) and GET /embed (the next meetings, for other sites' iframes)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from html.parser import HTMLParser

import pytest
from markupsafe import escape
from starlette.testclient import TestClient

from db.session import Database
from feed.web.app import create_app
from tests.test_web_pages import parse
from tests.test_web_support import BASE_URL, EXPO, FORUM, HOSTILE_ARTICLE, POSTPONED, SUMMIT, add, settings_for

JULY_FIRST = datetime(2023, 7, 1, 4, 0, tzinfo=UTC)  # noon in Beijing: the summit is over, the forum in Dalian ahead


@pytest.fixture(scope="module")
def client(populated: Database) -> Iterator[TestClient]:
    app = create_app(settings_for(populated.url), populated, version_ttl=0, now=lambda: JULY_FIRST)
    with TestClient(app, base_url=BASE_URL) as test_client:
        yield test_client


class Outline(HTMLParser):
    """The page's sections, month headings and meeting names, in document order."""

    def __init__(self) -> None:
        super().__init__()
        self.items: list[tuple[str, str]] = []  # ("h2" | "month" | "meeting", text)
        self._open: str | None = None
        self._text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "h2":
            self._open = "h2"
        elif tag == "time" and (values.get("datetime") or "").count("-") == 1:
            self._open = "month"
        elif tag == "b" or (
            tag == "a" and values.get("target") == "_blank" and "/events/" in (values.get("href") or "")
        ):
            self._open = "meeting"
        self._text = [] if self._open else self._text

    def handle_data(self, data: str) -> None:
        self._text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if self._open and tag in ("h2", "time", "b", "a"):
            self.items.append((self._open, "".join(self._text).strip()))
            self._open = None


def outline(html: str) -> list[tuple[str, str]]:
    parser = Outline()
    parser.feed(html)
    return parser.items


def test_timeline_groups_upcoming_and_past_meetings_by_month(client: TestClient) -> None:
    response = client.get("/timeline")
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert parse(response.text).scripts == 0
    assert outline(response.text) == [
        ("h2", "Upcoming"),
        ("month", "July 2023"),
        ("meeting", POSTPONED.name),
        ("month", "August 2023"),
        ("meeting", EXPO.name),
        ("h2", "Past"),
        ("month", "June 2023"),
        ("meeting", SUMMIT.name),
        ("meeting", FORUM.name),
    ]
    assert 'id="m-2023-07"' in response.text and 'href="#m-2023-07"' in response.text
    assert (
        'type="text/calendar"' in response.text
        and "frame-ancestors 'none'" in response.headers["content-security-policy"]
    )


def test_timeline_takes_the_calendars_filters(client: TestClient) -> None:
    shenyang = outline(client.get("/timeline?city=沈阳&script=hans").text)
    assert shenyang == [("h2", "Upcoming"), ("h2", "Past"), ("month", "June 2023"), ("meeting", "东北振兴示例座谈会")]
    form = client.get("/timeline?city=&region=遼寧&q=&source=&from=&to=&script=")  # as the filter form sends it
    assert [text for kind, text in outline(form.text) if kind == "meeting"] == [POSTPONED.name, FORUM.name]
    assert 'value="遼寧"' in form.text
    assert outline(client.get("/timeline?min_confidence=0.95").text) == [("h2", "Upcoming"), ("h2", "Past")]


def test_timeline_pages_back_to_earlier_meetings(client: TestClient) -> None:
    page = client.get("/timeline?limit=2")
    assert [t for k, t in outline(page.text) if k == "meeting"] == [POSTPONED.name, EXPO.name]
    earlier = dict(parse(page.text).anchors)["Earlier meetings →"]
    assert earlier == f"{BASE_URL}/timeline?limit=2&to=2023-07-03"
    rest = client.get(earlier.removeprefix(BASE_URL)).text
    assert [t for k, t in outline(rest) if k == "meeting"] == [POSTPONED.name, SUMMIT.name]
    assert "Earlier meetings" not in client.get("/timeline").text


@pytest.mark.parametrize("path", ["/timeline", "/embed"])
def test_bad_filters_are_400_with_a_reason(client: TestClient, path: str) -> None:
    response = client.get(f"{path}?to=2023-01-01&from=2023-02-01")
    assert response.status_code == 400 and response.json() == {"error": "to (2023-01-01) is before from (2023-02-01)"}
    page = client.get(f"{path}?alarm=PT1H", headers={"Accept": "text/html"})
    assert page.status_code == 400 and "unknown query parameter(s): alarm" in page.text
    assert client.get(f"{path}?limit=0").status_code == 400


@pytest.mark.parametrize("path", ["/timeline", "/embed?city=瀋陽"])
def test_pages_are_cached_and_revalidated_by_etag(client: TestClient, path: str) -> None:
    first = client.get(path)
    etag = first.headers["etag"]
    assert first.headers["cache-control"] == "no-cache" and first.headers["last-modified"]
    again = client.get(path, headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    assert client.head(path).headers["etag"] == etag


def test_embed_lists_the_next_meetings_soonest_first(client: TestClient) -> None:
    response = client.get("/embed")
    assert response.status_code == 200
    assert outline(response.text) == [("meeting", POSTPONED.name), ("meeting", EXPO.name)]
    assert outline(client.get("/embed?limit=1").text) == [("meeting", POSTPONED.name)]
    assert outline(client.get("/embed?region=云南&script=hant").text) == [("meeting", "示例博覽會開幕式")]
    assert "No upcoming meetings." in client.get("/embed?city=Tianjin").text
    links = parse(response.text).anchors
    assert dict(links)["All meetings"] == f"{BASE_URL}/timeline"
    assert dict(links)["Calendar (.ics)"] == f"{BASE_URL}/feeds/events.ics"
    assert response.text.count('target="_blank" rel="noopener"') == len(links) == 4


def test_embed_may_be_framed_by_any_site_and_sets_no_cookie(client: TestClient) -> None:
    response = client.get("/embed?limit=3")
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors *" in policy and "'none'" in policy.split("frame-ancestors")[0]  # still no scripts
    assert "x-frame-options" not in response.headers and "set-cookie" not in response.headers
    # its own small stylesheet, not the site's page layout
    assert response.text.count("<style>") == 1 and "max-width:56rem" not in response.text
    assert parse(response.text).scripts == 0 and len(response.content) < 4000
    error = client.get("/embed?limit=x", headers={"Accept": "text/html"})
    assert error.status_code == 400 and "frame-ancestors *" in error.headers["content-security-policy"]
    # only this path: the others still refuse to be framed
    for path in ("/", "/timeline", "/embedded"):
        other = client.get(path)
        assert "frame-ancestors 'none'" in other.headers.get("content-security-policy", "frame-ancestors 'none'")


class Attributes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    parser = Attributes()
    parser.feed(html)
    return parser.tags


def test_the_index_links_the_timeline_and_shows_the_embed_snippet(client: TestClient) -> None:
    html = client.get("/?region=遼寧&script=hans").text
    query = "region=%E9%81%BC%E5%AF%A7&script=hans"
    assert dict(parse(html).anchors)["All meetings by month (timeline)"] == f"{BASE_URL}/timeline?{query}"
    snippet = next(a["value"] for t, a in tags(html) if a.get("aria-label") == "Embed snippet")
    assert snippet
    [(tag, iframe)] = tags(snippet)  # the snippet is one element, its URL escaped for HTML (&amp;)
    assert tag == "iframe" and "&amp;script" in snippet
    assert iframe["src"] == f"{BASE_URL}/embed?{query}" and iframe["title"] == "Upcoming meetings"
    assert client.get(iframe["src"].removeprefix(BASE_URL)).status_code == 200


def test_every_page_escapes_what_it_shows(database: Database) -> None:
    script = '<script>alert("x")</script>'
    meeting = replace(POSTPONED, name=f"{script} meeting", venue=script, city=script, region=script)
    add(database, "hostile", HOSTILE_ARTICLE, [meeting])
    app = create_app(settings_for(database.url), database, version_ttl=0, now=lambda: JULY_FIRST)
    with TestClient(app, base_url=BASE_URL) as client:
        for path in ("/timeline", "/embed"):
            for query in ({}, {"city": script}, {"region": "<script>"}):
                html = client.get(path, params=query).text
                assert "<script" not in html and f"{escape(script)} meeting" in html, (path, query)
                assert html.count(str(escape(script))) >= 2  # the name and the place
        form = client.get("/timeline", params={"q": '"><script>'}).text
        assert "<script" not in form and 'value="&#34;&gt;&lt;script&gt;"' in form
        snippet = client.get("/", params={"q": '"><script>'}).text
        assert "<script" not in snippet and "&lt;iframe src=&#34;" in snippet


def test_the_index_lists_the_soonest_upcoming_meetings_when_more_are_ahead_than_it_shows(client: TestClient) -> None:
    page = client.get("/?limit=1").text
    assert POSTPONED.name in page and EXPO.name not in page  # 3 July before 16 August, not the furthest one
