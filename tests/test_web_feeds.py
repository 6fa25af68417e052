"""HTTP behaviour of feeds and calendars: validators, 304, HEAD, gzip, cache, single flight, filters, 400s."""

from __future__ import annotations

import asyncio
import gzip
import xml.etree.ElementTree as ET
from dataclasses import replace
from datetime import date, timedelta
from email.utils import format_datetime, parsedate_to_datetime

import httpx2 as httpx
import pytest
from icalendar import Calendar
from starlette.testclient import TestClient

from db.session import Database
from feed.web.app import create_app
from tests.test_web_support import (
    BASE_URL,
    EXPO,
    EXPO_ARTICLE,
    FORUM,
    SUMMIT_ARTICLE,
    add,
    paging_links,
    populate,
    settings_for,
)

FEEDS = {
    "/feeds/articles.rss": "application/rss+xml",
    "/feeds/articles.atom": "application/atom+xml",
    "/feeds/articles.json": "application/feed+json",
    "/feeds/events.rss": "application/rss+xml",
    "/feeds/events.atom": "application/atom+xml",
    "/feeds/events.ics": "text/calendar",
}
ATOM = "{http://www.w3.org/2005/Atom}"


def titles(client: TestClient, query: str) -> list[str]:
    return [i["title"] for i in client.get("/feeds/articles.json" + query).json()["items"]]


def summaries(client: TestClient, query: str) -> list[str]:
    calendar = Calendar.from_ical(client.get("/feeds/events.ics" + query).content)
    return [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]


@pytest.mark.parametrize("path", FEEDS)
def test_content_type_validators_and_cache_control(client: TestClient, path: str) -> None:
    response = client.get(path, headers={"accept-encoding": "identity"})
    assert response.status_code == 200
    assert response.headers["content-type"] == f"{FEEDS[path]}; charset=utf-8"
    assert response.headers["etag"].startswith('"') and response.headers["etag"].endswith('"')
    parsedate_to_datetime(response.headers["last-modified"])
    assert response.headers["cache-control"] == "public, max-age=300"
    assert response.headers["vary"] == "Accept-Encoding"
    assert "content-encoding" not in response.headers
    assert int(response.headers["content-length"]) == len(response.content)


@pytest.mark.parametrize("path", FEEDS)
def test_304_for_if_none_match_and_if_modified_since(client: TestClient, path: str) -> None:
    first = client.get(path + "?limit=5")
    etag, modified = first.headers["etag"], first.headers["last-modified"]
    for headers in ({"if-none-match": etag}, {"if-none-match": f'"x", W/{etag}'}, {"if-modified-since": modified}):
        again = client.get(path + "?limit=5", headers=headers)
        assert again.status_code == 304, headers
        assert again.content == b""
        assert again.headers["etag"] == etag and again.headers["last-modified"] == modified
    assert client.get(path + "?limit=5", headers={"if-none-match": '"other"'}).status_code == 200
    old = format_datetime(parsedate_to_datetime(modified).replace(year=2020), usegmt=True)
    assert client.get(path + "?limit=5", headers={"if-modified-since": old}).status_code == 200
    # If-None-Match wins over If-Modified-Since
    both = {"if-none-match": '"other"', "if-modified-since": modified}
    assert client.get(path + "?limit=5", headers=both).status_code == 200


def test_gzip_when_accepted(client: TestClient) -> None:
    plain = client.get("/feeds/articles.atom", headers={"accept-encoding": "identity"})
    zipped = client.get("/feeds/articles.atom", headers={"accept-encoding": "gzip, deflate"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.content == plain.content  # httpx decodes it
    assert zipped.headers["etag"] != plain.headers["etag"]
    assert (
        client.get(
            "/feeds/articles.atom", headers={"if-none-match": plain.headers["etag"], "accept-encoding": "gzip"}
        ).status_code
        == 304
    )
    refused = client.get("/feeds/articles.atom", headers={"accept-encoding": "gzip;q=0"})
    assert "content-encoding" not in refused.headers


def test_raw_gzip_bytes(client: TestClient) -> None:
    with client.stream("GET", "/feeds/events.ics", headers={"accept-encoding": "gzip"}) as response:
        raw = b"".join(response.iter_raw())
    assert int(response.headers["content-length"]) == len(raw)
    assert gzip.decompress(raw).startswith(b"BEGIN:VCALENDAR\r\n")


@pytest.mark.parametrize("path", FEEDS)
def test_head(client: TestClient, path: str) -> None:
    get = client.get(path, headers={"accept-encoding": "identity"})
    head = client.head(path, headers={"accept-encoding": "identity"})
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == get.headers["etag"]
    assert head.headers["content-length"] == get.headers["content-length"]


def test_rendered_once_per_key_and_version_then_invalidated(database: Database) -> None:
    populate(database)
    app = create_app(settings_for(database.url), database, version_ttl=0)
    cache = app.state.cache
    with TestClient(app, base_url=BASE_URL) as client:
        first = client.get("/feeds/articles.atom?city=沈阳")
        for _ in range(5):
            assert client.get("/feeds/articles.atom?city=沈阳").content == first.content
        assert cache.renders == 1
        client.get("/feeds/articles.atom?city=瀋陽")  # another key
        client.get("/feeds/articles.atom?city=沈阳&script=hans")
        assert cache.renders == 3
        add(database, "wire", SUMMIT_ARTICLE.__class__(**{**SUMMIT_ARTICLE.__dict__, "title": "A new title"}), [])
        second = client.get("/feeds/articles.atom?city=沈阳")
        assert cache.renders == 4
        assert second.headers["etag"] != first.headers["etag"]
        assert (
            client.get("/feeds/articles.atom?city=沈阳", headers={"if-none-match": first.headers["etag"]}).status_code
            == 200
        )


@pytest.mark.parametrize("path", ["/feeds/articles.atom", "/feeds/events.rss"])
def test_archive_links_stay_when_items_arrive_at_the_top(database: Database, path: str) -> None:
    """Keyset cursors fix an archive page's older and newer archive pages: an item at the top changes the
    third page's ETag (the data version) but not its links. The second page gains its next-archive: the
    page before it, until then the subscription document, is an archive page from then on."""
    populate(database)
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        first = f"{BASE_URL}{path}?limit=1"
        second = paging_links(client, first)["prev-archive"]
        third = paging_links(client, second)["prev-archive"]
        links, etag = paging_links(client, third), client.get(third).headers["etag"]
        assert links["next-archive"] == second and "next-archive" not in paging_links(client, second)
        later = EXPO_ARTICLE.published + timedelta(days=30)  # type: ignore[operator]
        article = replace(
            EXPO_ARTICLE, title="A later expo", text="A later expo, written for tests.", url=None, published=later
        )
        add(database, "yn", article, [replace(EXPO, name="A later expo", start=later.date())])
        assert paging_links(client, third) == links and client.get(third).headers["etag"] != etag
        assert paging_links(client, second)["next-archive"] == paging_links(client, first)["prev-archive"] != second


@pytest.mark.parametrize("path", ["/api/events?city=沈阳", "/api/articles?limit=5"])
def test_api_lists_are_cached_per_data_version_with_validators(database: Database, path: str) -> None:
    populate(database)
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        first = client.get(path)
        assert first.status_code == 200 and first.headers["content-type"] == "application/json"
        assert first.headers["cache-control"] == "no-cache" and "access-control-allow-origin" not in first.headers
        assert client.get(path).json() == first.json() and app.state.cache.renders == 1
        assert client.get(path, headers={"if-none-match": first.headers["etag"]}).status_code == 304
        add(database, "wire", SUMMIT_ARTICLE.__class__(**{**SUMMIT_ARTICLE.__dict__, "title": "A new title"}), [])
        second = client.get(path, headers={"if-none-match": first.headers["etag"]})
        assert second.status_code == 200 and app.state.cache.renders == 2
        assert second.headers["etag"] != first.headers["etag"]


def test_concurrent_requests_render_once(database: Database) -> None:
    populate(database)
    app = create_app(settings_for(database.url), database, version_ttl=60)

    async def burst() -> list[httpx.Response]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url=BASE_URL) as http:
            return await asyncio.gather(*(http.get("/feeds/events.ics?city=沈阳") for _ in range(30)))

    responses = asyncio.run(burst())
    assert {r.status_code for r in responses} == {200}
    assert len({r.content for r in responses}) == 1
    assert app.state.cache.renders == 1


def test_etag_differs_for_every_parameter(client: TestClient) -> None:
    queries = [
        "",
        "?source=lnd",
        "?city=沈阳",
        "?region=辽宁",
        "?q=沈阳",
        "?from=2023-06-01",
        "?to=2023-06-30",
        "?lang=en",
        "?limit=7",
        "?script=hans",
        "?script=hant",
        "?city=瀋陽",
    ]
    tags = {client.get("/feeds/articles.atom" + q).headers["etag"] for q in queries}
    assert len(tags) == len(queries)
    calendar = {client.get("/feeds/events.ics" + q).headers["etag"] for q in ["", "?alarm=PT1H", "?alarm=PT2H"]}
    assert len(calendar) == 3


def test_city_and_q_match_across_scripts(client: TestClient) -> None:
    forum_title = "示例座談會在瀋陽舉行 共商東北振興"
    for query in (
        "?city=沈阳",
        "?city=瀋陽",
        "?city=Shenyang",
        "?city=shenyang",
        "?q=沈阳",
        "?q=瀋陽",
        "?q=东北振兴",
        "?region=辽宁",
        "?region=遼寧省",
    ):
        assert forum_title in titles(client, query), query
    assert titles(client, "?city=沈阳") == [forum_title]
    assert summaries(client, "?city=沈阳") == [FORUM.name]
    assert summaries(client, "?q=沈阳") == [FORUM.name]
    assert set(summaries(client, "?region=辽宁省")) == {FORUM.name, "示例論壇"}
    assert titles(client, "?q=%25") == []  # LIKE wildcards are literal


def test_source_lang_and_dates(client: TestClient) -> None:
    assert set(titles(client, "?source=lnd")) == {"示例座談會在瀋陽舉行 共商東北振興", "大連示例論壇延期舉行"}
    assert titles(client, "?lang=zh-Hans") == ["示例博览会将在昆明开幕"]
    assert len(titles(client, "?lang=zh")) == 3
    assert titles(client, "?lang=en&from=2023-06-20&to=2023-06-20") == ["Small-town summit in Tianjin is cancelled"]
    assert summaries(client, "?from=2023-06-28&to=2023-06-28") == ["Example Summit on Small Towns"]
    assert summaries(client, "?lang=en") == ["Example Summit on Small Towns"]


def test_script_converts_output(client: TestClient) -> None:
    assert titles(client, "?city=沈阳&script=hans") == ["示例座谈会在沈阳举行 共商东北振兴"]
    assert titles(client, "?lang=zh-Hans&script=hant") == ["示例博覽會將在昆明開幕"]
    feed = ET.fromstring(client.get("/feeds/articles.atom?city=沈阳&script=hans").content)
    assert feed.find(f"{ATOM}entry").get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-Hans"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("limit=0", "limit"),
        ("limit=abc", "limit"),
        ("limit=501", "limit"),
        ("limit=５", "limit"),
        ("from=2023-02-30", "from"),
        ("to=yesterday", "to"),
        ("from=2023-07-01&to=2023-06-01", "before"),
        ("colour=red", "unknown"),
        ("script=latin", "script"),
        ("lang=zh_TW!", "lang"),
        ("lang=fr", "lang"),  # well formed, but no article is stored in it: an empty feed would hide the typo
        ("before=xyz", "before"),
        ("before=99999999999999999999-1", "before"),
        ("from=0001-01-01", "between"),
        ("city=a%00b", "control"),
        ("q=" + "x" * 201, "q"),
        ("city=a&city=b", "more than once"),
        ("source=%ED%A0%80", "source"),
    ],
)
def test_bad_parameters_are_400_with_a_reason(client: TestClient, query: str, says: str) -> None:
    for path in ("/feeds/articles.atom", "/feeds/articles.json", "/feeds/events.ics", "/feeds/events.rss"):
        if "before" in query and "events" in path and "to=" not in query:
            continue
        response = client.get(f"{path}?{query}")
        assert response.status_code == 400, (path, query, response.text)
        assert says in response.json()["error"]


def test_alarm_parameter(client: TestClient) -> None:
    assert b"TRIGGER;RELATED=START:-PT1H\r\n" in client.get("/feeds/events.ics?alarm=PT1H").content
    assert b"TRIGGER;RELATED=START:-P1D\r\n" in client.get("/feeds/events.ics?alarm=P1D").content
    for bad in ("1h", "-PT1H", "P", "PT", "P5W", "PT1H&alarm=PT2H"):
        response = client.get(f"/feeds/events.ics?alarm={bad}")
        assert response.status_code == 400 and "alarm" in response.json()["error"], bad
    assert client.get("/feeds/articles.atom?alarm=PT1H").status_code == 400


def test_unknown_formats_and_events_are_404(client: TestClient) -> None:
    assert client.get("/feeds/articles.xml").status_code == 404
    assert client.get("/feeds/events.json").status_code == 404
    assert client.get("/events/none@feed.local").status_code == 404


def test_api_filters_match_the_feeds(client: TestClient) -> None:
    articles = client.get("/api/articles?city=沈阳").json()["articles"]
    assert [a["title"] for a in articles] == ["示例座談會在瀋陽舉行 共商東北振興"]
    events = client.get("/api/events?region=辽宁&from=2023-06-01&to=2023-06-30").json()["events"]
    assert [e["start"] for e in events] == [date(2023, 6, 25).isoformat()]
    assert client.get("/api/articles?limit=x").status_code == 400


def test_cached_bytes_are_answered_before_routing(database: Database) -> None:
    populate(database)
    app = create_app(settings_for(database.url), database, version_ttl=60)
    with TestClient(app, base_url=BASE_URL) as client:
        first = client.get("/feeds/articles.rss?lang=zh", headers={"accept-encoding": "gzip"})
        routed = app.fast_path.app

        async def no_routing(scope, receive, send):  # type: ignore[no-untyped-def]
            raise AssertionError(f"routed: {scope['path']}")

        app.fast_path.app = no_routing
        again = client.get("/feeds/articles.rss?lang=zh", headers={"accept-encoding": "gzip"})
        assert again.content == first.content and again.headers["etag"] == first.headers["etag"]
        assert (
            client.get("/feeds/articles.rss?lang=zh", headers={"if-none-match": first.headers["etag"]}).status_code
            == 304
        )
        assert client.head("/feeds/articles.rss?lang=zh").content == b""
        app.fast_path.app = routed
        assert client.get("/feeds/articles.rss?lang=en").status_code == 200  # another key is routed


NASTY = [
    "",
    " ",
    "%",
    "_",
    "\\",
    "'",
    '"',
    "<>",
    "%00",
    "%ff",
    "%ED%A0%80",
    "😀",
    "x" * 5000,
    "-1",
    "1e3",
    "0x10",
    "2023-06-25T00:00",
    "9999-12-31",
    "0001-01-01",
    "PT0S",
    "P999W",
    "zh-",
    "a-b-c-d",
    "1-1",
    "0-0",
    "99999999999999999-999999999999",
]


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/articles.atom",
        "/feeds/articles.json",
        "/feeds/events.ics",
        "/feeds/events.rss",
        "/api/articles",
        "/api/events",
        "/",
    ],
)
def test_no_parameter_value_gives_a_500(client: TestClient, path: str) -> None:
    for name in ("source", "city", "region", "q", "from", "to", "lang", "limit", "before", "script", "alarm"):
        for value in NASTY:
            response = client.get(f"{path}?{name}={value}")
            assert response.status_code in (200, 400), (path, name, value, response.status_code)
            if response.status_code == 400:
                assert response.json()["error"]
