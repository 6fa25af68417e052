"""/sitemap.xml (sitemaps.org 0.9, read with lxml) and /robots.txt (read with urllib.robotparser)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime
from urllib.robotparser import RobotFileParser
from zoneinfo import ZoneInfo

import extruct
import pytest
from lxml import etree
from sqlalchemy import select, update
from starlette.testclient import TestClient

from db.models import Article, Event
from db.session import Database
from feed.render import sitemap as sitemaps
from feed.web.app import create_app
from tests.test_web_support import BASE_URL, EXPO, FORUM, FORUM_ARTICLE, add, settings_for

NS = {"s": sitemaps.NAMESPACE}
W3C = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$")


def urlset(body: bytes) -> dict[str, datetime]:
    """loc -> lastmod of a urlset, checked against the protocol's rules on the way."""
    root = etree.fromstring(body)
    assert root.tag == f"{{{sitemaps.NAMESPACE}}}urlset"
    found = {}
    for url in root:
        assert [child.tag.split("}")[1] for child in url] == ["loc", "lastmod"]
        loc, lastmod = url.findtext("s:loc", namespaces=NS), url.findtext("s:lastmod", namespaces=NS)
        assert loc and loc.startswith(BASE_URL + "/") and len(loc) < 2048 and loc not in found
        assert lastmod and W3C.match(lastmod), lastmod
        found[loc] = datetime.fromisoformat(lastmod)
    assert len(found) <= 50_000
    return found


def article_pages(database: Database) -> set[str]:
    """The article pages the sitemap lists: every article the feeds list (not a reprint)."""
    with database.begin() as session:
        ids = session.scalars(select(Article.id).where(Article.duplicate_of.is_(None)))
        return {f"{BASE_URL}/articles/{i}" for i in ids}


def test_sitemap_lists_the_index_and_every_meeting_and_article_page(client: TestClient, populated: Database) -> None:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.headers["content-type"] == "application/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    listed = urlset(response.content)
    index = client.get("/").text
    pages = {BASE_URL + p for p in re.findall(r'href="(/events/[^"]+)"', index) if not p.endswith(".ics")}
    articles = article_pages(populated)
    assert set(listed) == {BASE_URL + "/"} | pages | articles and len(pages) == 4 and len(articles) == 125
    assert list(listed)[1 + len(pages) :] == sorted(articles, key=lambda url: int(url.rsplit("/", 1)[1]))
    for loc in sorted(articles)[:3]:
        assert client.get(loc).status_code == 200
    for loc in pages:  # each URL is the page's own (its JSON-LD url) and answers 200
        page = client.get(loc)
        assert page.status_code == 200
        (jsonld,) = extruct.extract(page.text, base_url=loc, syntaxes=["json-ld"])["json-ld"]
        assert jsonld["url"] == loc
    assert all(lastmod <= datetime.now(UTC) for lastmod in listed.values())
    again = client.get("/sitemap.xml", headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304


def test_robots_txt_points_at_the_sitemap(client: TestClient) -> None:
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response.headers["content-type"] == "text/plain; charset=utf-8"
    robots = RobotFileParser(BASE_URL + "/robots.txt")
    robots.parse(response.text.splitlines())
    assert robots.site_maps() == [BASE_URL + "/sitemap.xml"]
    assert robots.can_fetch("*", BASE_URL + "/events/x") and robots.can_fetch("Googlebot", BASE_URL + "/")


@pytest.mark.parametrize("per_page", [4, 50])  # 130 URLs: meetings end on page 2, or on page 1
def test_past_the_limit_the_sitemap_is_an_index_of_pages(
    client: TestClient, populated: Database, monkeypatch: pytest.MonkeyPatch, per_page: int
) -> None:
    whole = urlset(client.get("/sitemap.xml").content)
    assert len(whole) == 130  # the index, 4 meetings, 125 articles
    monkeypatch.setattr(sitemaps, "MAX_URLS", per_page)
    app = create_app(settings_for(populated.url), populated, version_ttl=0)  # its own render cache
    with TestClient(app, base_url=BASE_URL) as split:
        response = split.get("/sitemap.xml")
        assert response.status_code == 200
        root = etree.fromstring(response.content)
        assert root.tag == f"{{{sitemaps.NAMESPACE}}}sitemapindex"
        entries = [(s.findtext("s:loc", namespaces=NS), s.findtext("s:lastmod", namespaces=NS)) for s in root]
        count = -(-130 // per_page)
        assert [loc for loc, _ in entries] == [f"{BASE_URL}/sitemap.xml?page={n}" for n in range(1, count + 1)]
        pieces = [urlset(split.get(loc).content) for loc, _ in entries]  # type: ignore[arg-type]
        assert [len(p) for p in pieces] == [per_page] * (count - 1) + [130 - per_page * (count - 1)]
        assert [k for p in pieces for k in p] == list(whole)  # in the same order, none twice
        assert {k: v for p in pieces for k, v in p.items()} == whole
        assert [datetime.fromisoformat(m) for _, m in entries] == [max(p.values()) for p in pieces]  # type: ignore[arg-type]
        assert split.get(f"/sitemap.xml?page={count + 1}").status_code == 404
        for query in ("page=0", "page=x", "page=1&page=2", "page=%D9%A1", "limit=5"):
            assert split.get(f"/sitemap.xml?{query}").status_code == 400, query


def test_only_what_the_index_lists(database: Database) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM, replace(EXPO, confidence=0.3)])
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        assert len(urlset(client.get("/sitemap.xml").content)) == 3  # the index, the forum, the article
        with database.begin() as session:
            session.execute(update(Event).values(hidden=True))
        assert list(urlset(client.get("/sitemap.xml").content)) == [BASE_URL + "/", *article_pages(database)]


BEIJING = ZoneInfo("Asia/Shanghai")


@pytest.mark.parametrize(
    ("status", "now", "expected"),
    [
        ("scheduled", datetime(2023, 6, 20, tzinfo=UTC), datetime(2023, 6, 1, tzinfo=UTC)),  # as changed
        ("scheduled", datetime(2023, 6, 25, 3, tzinfo=UTC), datetime(2023, 6, 25, tzinfo=BEIJING)),  # ongoing
        ("held", datetime(2023, 7, 9, tzinfo=UTC), datetime(2023, 6, 28, tzinfo=BEIJING)),  # held since
        ("cancelled", datetime(2023, 7, 9, tzinfo=UTC), datetime(2023, 6, 1, tzinfo=UTC)),  # as reported
    ],
)
def test_a_page_changes_when_its_status_moves_on(status: str, now: datetime, expected: datetime) -> None:
    changed = datetime(2023, 6, 1, tzinfo=UTC)
    assert (
        sitemaps.page_changed(changed, date(2023, 6, 25), date(2023, 6, 27), "Asia/Shanghai", status, now) == expected
    )


def test_urls_are_escaped() -> None:
    body = sitemaps.render_urlset([("https://example.org/?a=1&b=<2>", datetime(2023, 6, 25, 8, tzinfo=BEIJING))])
    assert b"a=1&amp;b=&lt;2&gt;" in body and b"<lastmod>2023-06-25T00:00:00+00:00</lastmod>" in body
    assert etree.fromstring(body).findtext("s:url/s:loc", namespaces=NS) == "https://example.org/?a=1&b=<2>"
