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
from sqlalchemy import update
from starlette.testclient import TestClient

from db.models import Event
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


def test_sitemap_lists_the_index_and_every_meeting_page(client: TestClient) -> None:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200 and response.headers["content-type"] == "application/xml; charset=utf-8"
    assert response.content.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    listed = urlset(response.content)
    index = client.get("/").text
    pages = {BASE_URL + p for p in re.findall(r'href="(/events/[^"]+)"', index) if not p.endswith(".ics")}
    assert set(listed) == {BASE_URL + "/"} | pages and len(pages) == 4
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


def test_past_the_limit_the_sitemap_is_an_index_of_pages(
    client: TestClient, populated: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    whole = urlset(client.get("/sitemap.xml").content)
    monkeypatch.setattr(sitemaps, "MAX_URLS", 2)  # 5 URLs: 3 sitemaps
    app = create_app(settings_for(populated.url), populated, version_ttl=0)  # its own render cache
    with TestClient(app, base_url=BASE_URL) as split:
        response = split.get("/sitemap.xml")
        assert response.status_code == 200
        root = etree.fromstring(response.content)
        assert root.tag == f"{{{sitemaps.NAMESPACE}}}sitemapindex"
        entries = [(s.findtext("s:loc", namespaces=NS), s.findtext("s:lastmod", namespaces=NS)) for s in root]
        assert [loc for loc, _ in entries] == [f"{BASE_URL}/sitemap.xml?page={n}" for n in (1, 2, 3)]
        pieces = [urlset(split.get(loc).content) for loc, _ in entries]  # type: ignore[arg-type]
        assert [len(p) for p in pieces] == [2, 2, 1]
        assert {k: v for p in pieces for k, v in p.items()} == whole
        assert [datetime.fromisoformat(m) for _, m in entries] == [max(p.values()) for p in pieces]  # type: ignore[arg-type]
        assert split.get("/sitemap.xml?page=4").status_code == 404
        for query in ("page=0", "page=x", "page=1&page=2", "page=%D9%A1", "limit=5"):
            assert split.get(f"/sitemap.xml?{query}").status_code == 400, query


def test_only_what_the_index_lists(database: Database) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM, replace(EXPO, confidence=0.3)])
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        assert len(urlset(client.get("/sitemap.xml").content)) == 2  # the index and the forum
        with database.begin() as session:
            session.execute(update(Event).values(hidden=True))
        assert list(urlset(client.get("/sitemap.xml").content)) == [BASE_URL + "/"]


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
