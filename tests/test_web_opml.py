"""GET /feeds.opml, read with listparser (what feed readers' OPML import is modelled on)."""

from __future__ import annotations

from dataclasses import replace
from urllib.parse import parse_qs, urlsplit

import listparser
from sqlalchemy import update
from starlette.testclient import TestClient

from db.models import Source
from db.session import Database
from feed.web.app import create_app
from tests.test_web_pages import parse
from tests.test_web_support import BASE_URL, EXPO, FORUM, FORUM_ARTICLE, add, settings_for


def _path(url: str) -> str:
    assert url.startswith(BASE_URL), url
    return url.removeprefix(BASE_URL)


def test_the_list_holds_every_feed_and_calendar_overall_and_per_source_city_and_region(client: TestClient) -> None:
    response = client.get("/feeds.opml")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/x-opml; charset=utf-8"
    result = listparser.parse(response.content)
    assert not result.bozo, result.bozo_exception
    assert result.version == "opml2" and result.meta.title == "Event feeds"
    feeds = {tuple(f.categories[0]): f for f in result.feeds if f.categories}
    calendars = {tuple(c.categories[0]): c for c in result.lists}
    overall = {f.title: f.url for f in result.feeds if f.categories == [["All sources"]]}
    assert overall == {
        "News articles": f"{BASE_URL}/feeds/articles.atom",
        "Meetings in the news": f"{BASE_URL}/feeds/events.atom",
    }
    assert calendars[("All sources",)].url == f"{BASE_URL}/feeds/events.ics"
    folders = {folder for folder in feeds if len(folder) == 2}
    assert {f[1] for f in folders if f[0] == "By city"} == {
        "瀋陽 (Shenyang)",
        "昆明 (Kunming)",
        "天津 (Tianjin)",
        "大連",
    }
    assert {f[1] for f in folders if f[0] == "By region"} == {"遼寧省", "云南省", "天津市"}
    sources = {f[1] for f in folders if f[0] == "By source"}
    assert sources and sources <= {"Source lnd", "Source yn", "Source wire", "Source bulk"}
    # three per folder: articles, meetings, calendar, each titled with the folder's name
    for folder in folders:
        titles = sorted(s.title for s in result.feeds + result.lists if folder in map(tuple, s.categories))
        assert titles == sorted(
            f"{what}: {folder[1]}" for what in ("Meetings calendar", "Meetings in the news", "News articles")
        )


def test_every_url_in_the_list_answers_with_what_its_folder_names(client: TestClient) -> None:
    result = listparser.parse(client.get("/feeds.opml").content)
    urls = [s.url for s in result.feeds + result.lists]
    assert len(urls) == len(set(urls)) and len(urls) % 3 == 0
    for url in urls:
        assert client.get(_path(url)).status_code == 200, url
    shenyang = next(s.url for s in result.lists if s.categories == [["By city", "瀋陽 (Shenyang)"]])
    calendar = client.get(_path(shenyang)).text
    assert FORUM.name in calendar and EXPO.name not in calendar
    liaoning = next(s.url for s in result.feeds if s.title == "News articles: 遼寧省")
    assert FORUM_ARTICLE.title in client.get(_path(liaoning)).text


def test_titles_and_feeds_in_the_readers_script(client: TestClient) -> None:
    result = listparser.parse(client.get("/feeds.opml?script=hans").content)
    titles = {s.title for s in result.feeds + result.lists}
    assert "News articles: 沈阳 (Shenyang)" in titles and "Meetings calendar: 辽宁省" in titles
    assert not any("瀋陽" in t or "遼寧" in t for t in titles)
    assert all(parse_qs(urlsplit(s.url).query)["script"] == ["hans"] for s in result.feeds + result.lists)
    hant = listparser.parse(client.get("/feeds.opml?script=hant").content)
    assert "Meetings in the news: 雲南省" in {s.title for s in hant.feeds}


def test_bad_parameters_are_400_with_a_reason(client: TestClient) -> None:
    response = client.get("/feeds.opml?city=x")
    assert response.status_code == 400 and "unknown query parameter(s): city" in response.json()["error"]
    response = client.get("/feeds.opml?script=latn")
    assert response.status_code == 400 and "script must be hans" in response.json()["error"]


def test_it_is_cached_like_the_feeds(client: TestClient) -> None:
    first = client.get("/feeds.opml")
    etag = first.headers["etag"]
    assert first.headers["access-control-allow-origin"] == "*" and first.headers["last-modified"]
    assert first.headers["cache-control"] == "public, max-age=300"
    again = client.get("/feeds.opml", headers={"If-None-Match": etag})
    assert again.status_code == 304 and again.content == b"" and again.headers["etag"] == etag
    assert client.get("/feeds.opml?script=hans").headers["etag"] != etag
    head = client.head("/feeds.opml")
    assert head.status_code == 200 and head.content == b"" and head.headers["etag"] == etag


def test_the_index_links_and_advertises_it(client: TestClient) -> None:
    page = parse(client.get("/?script=hant&city=瀋陽").text)
    opml = [a for a in page.alternates if a["type"] == "text/x-opml"]
    assert [a["href"] for a in opml] == [f"{BASE_URL}/feeds.opml?script=hant"]
    assert dict(page.anchors)["Download .opml"] == f"{BASE_URL}/feeds.opml?script=hant"


def test_renamed_sources_and_unsure_meetings(database: Database) -> None:
    """A source's new name shows at once (configuration is part of the ETag); a meeting below the
    calendar's threshold puts no city on the list."""
    add(database, "lnd", FORUM_ARTICLE, [FORUM, replace(EXPO, city="示例低信市", city_en=None, confidence=0.2)])
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        first = client.get("/feeds.opml")
        result = listparser.parse(first.content)
        assert [f.title for f in result.feeds if f.categories == [["By source", "Source lnd"]]]
        assert "示例低信市" not in first.text and "瀋陽" in first.text
        with database.begin() as session:
            session.execute(update(Source).where(Source.key == "lnd").values(name="遼寧日報 <&>"))
        renamed = client.get("/feeds.opml", headers={"If-None-Match": first.headers["etag"]})
        assert renamed.status_code == 200
        titles = {f.title for f in listparser.parse(renamed.content).feeds}
        assert "News articles: 遼寧日報 <&>" in titles
