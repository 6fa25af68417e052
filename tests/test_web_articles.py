"""/articles/{id}: one stored article's page, the item link of articles that have no publisher's URL."""

from __future__ import annotations

import json
import re
from dataclasses import replace

import pytest
from lxml import etree
from markupsafe import escape
from sqlalchemy import select
from starlette.testclient import TestClient

from db.models import Article
from db.session import Database
from feed.dedup import link_story
from feed.web.app import create_app
from feed.web.headers import CONTENT_SECURITY_POLICY
from tests.test_web_support import (
    BASE_URL,
    FORUM,
    FORUM_ARTICLE,
    HOSTILE_ARTICLE,
    POSTPONED,
    POSTPONED_ARTICLE,
    add,
    settings_for,
)

ATOM = {"a": "http://www.w3.org/2005/Atom"}


def article_id(database: Database, title: str) -> int:
    with database.begin() as session:
        found = session.scalar(select(Article.id).where(Article.title == title))
        assert found is not None
        return found


def test_a_file_article_has_a_page_with_its_text_and_meetings(client: TestClient, populated: Database) -> None:
    path = f"/articles/{article_id(populated, POSTPONED_ARTICLE.title)}"
    response = client.get(path)
    assert response.status_code == 200 and response.headers["content-type"] == "text/html; charset=utf-8"
    assert response.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert response.headers["x-content-type-options"] == "nosniff" and response.headers["x-frame-options"] == "DENY"
    page = response.text
    assert (
        f"<title>{POSTPONED_ARTICLE.title}</title>" in page
        and f'<link rel="canonical" href="{BASE_URL}{path}">' in page
    )
    assert '<time datetime="2023-06-30T08:00:00+08:00">2023-06-30 08:00</time>' in page
    assert "Source lnd" in page and 'id="publisher"' not in page and "<script" not in page
    assert "<p>原定7月3日在大連舉行的示例論壇延期。測試用文字。</p>" in page.split('id="text"')[1]
    meetings = page.split('id="meetings"')[1]
    assert POSTPONED.name in meetings
    event = re.search(r'href="(/events/[^"]+)"', meetings).group(1)  # type: ignore[union-attr]
    assert client.get(event).status_code == 200
    # the index and the meeting page link to it, as it has no page of its publisher's
    assert f'href="{path}"' in client.get("/").text and f'href="{path}"' in client.get(event).text


def test_an_article_with_a_url_links_its_publisher(client: TestClient, populated: Database) -> None:
    page = client.get(f"/articles/{article_id(populated, FORUM_ARTICLE.title)}").text
    assert f'<a id="publisher" href="{FORUM_ARTICLE.url}"' in page
    assert "示例日報" in page.split('id="outlet"')[1] and "示例記者" in page.split('id="author"')[1]
    assert FORUM.name in page.split('id="meetings"')[1]


def test_a_hostile_headline_and_text_are_escaped(database: Database) -> None:
    script = '<script>alert("x")</script>'
    add(
        database,
        "files",
        HOSTILE_ARTICLE.__class__(**{**HOSTILE_ARTICLE.__dict__, "title": f"{script} title", "url": None}),
        [],
    )
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        page = client.get(f"/articles/{article_id(database, script + ' title')}").text
    assert "<script" not in page and "<b>bold" not in page
    assert (
        "<h1>" in page
        and f"{escape(script)} title</a></h1>" in page
        and f"<title>{escape(script)} title</title>" in page
    )
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page  # the text's own markup, as text


def test_unknown_ids_are_404_and_malformed_ones_400(client: TestClient) -> None:
    assert client.get("/articles/999999999").status_code == 404
    page = client.get("/articles/999999999", headers={"Accept": "text/html"})
    assert page.status_code == 404 and "no article with id 999999999" in page.text
    assert page.headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    for raw in ("abc", "0", "-1", "1.5", "%D9%A1", "1e3", str(2**63), "<script>"):
        response = client.get(f"/articles/{raw}")
        assert response.status_code == 400 and "whole number" in response.json()["error"], raw
    assert client.get("/articles/abc", headers={"Accept": "text/html"}).template.name == "error.html"  # type: ignore[attr-defined]


@pytest.mark.parametrize("title", [POSTPONED_ARTICLE.title, FORUM_ARTICLE.title])
def test_feed_items_link_to_the_page_when_there_is_no_publisher_url(
    client: TestClient, populated: Database, title: str
) -> None:
    page = f"{BASE_URL}/articles/{article_id(populated, title)}"
    expected = FORUM_ARTICLE.url if title == FORUM_ARTICLE.title else page
    query = {"source": "lnd"}
    rss = etree.fromstring(client.get("/feeds/articles.rss", params=query).content)
    (item,) = [i for i in rss.iter("item") if i.findtext("title") == title]
    assert item.findtext("link") == expected
    atom = etree.fromstring(client.get("/feeds/articles.atom", params=query).content)
    (entry,) = [e for e in atom.iterfind("a:entry", ATOM) if e.findtext("a:title", namespaces=ATOM) == title]
    assert [link.get("href") for link in entry.iterfind("a:link[@rel='alternate']", ATOM)] == [expected]
    feed = json.loads(client.get("/feeds/articles.json", params=query).content)
    (json_item,) = [i for i in feed["items"] if i["title"] == title]
    assert json_item["url"] == expected


def test_an_original_and_its_reprint_link_each_other(database: Database) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    add(database, "files", replace(FORUM_ARTICLE, title="轉載: " + FORUM_ARTICLE.title, url=None), [])
    original, reprint = article_id(database, FORUM_ARTICLE.title), article_id(database, "轉載: " + FORUM_ARTICLE.title)
    with database.begin() as session:
        story, copy = session.get(Article, original), session.get(Article, reprint)
        assert story is not None and copy is not None
        assert link_story(session, story) is None and link_story(session, copy) is story
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        first = client.get(f"/articles/{original}")
        assert f'href="/articles/{reprint}">轉載: ' in first.text.split('id="reprints"')[1]
        assert "access-control-allow-origin" not in first.headers and first.headers["referrer-policy"] == "same-origin"
        again = client.get(f"/articles/{reprint}").text
        assert f'href="/articles/{original}">{FORUM_ARTICLE.title}' in again.split('id="original"')[1]
        sitemap = client.get("/sitemap.xml").text
        assert f"/articles/{original}<" in sitemap and f"/articles/{reprint}<" not in sitemap
