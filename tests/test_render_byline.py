"""Bylines as item authors and the outlet as the item's source, in RSS, Atom and JSON Feed (issue #13).

The articles are written for these tests.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import feedparser
import jsonschema
import pytest
from starlette.testclient import TestClient

from db.models import Article, Source
from db.session import Database
from feed.articles import store_article
from feed.config import SourceConfig
from feed.model import ArticleDoc
from feed.render.articles import article_authors, article_source_url
from feed.render.feeds import Entry, FeedDoc, Link, render_atom, render_json_feed, render_rss
from feed.sources import sync_sources
from tests.test_web_support import BASE_URL, BEIJING, settings_for

ATOM = "{http://www.w3.org/2005/Atom}"
DC = "{http://purl.org/dc/elements/1.1/}"
SCHEMA = json.loads((Path(__file__).parent / "data" / "jsonfeed-schema" / "schema-v1.1.json").read_text())
WHEN = datetime(2023, 6, 26, 10, 0, tzinfo=BEIJING)
FEED_URL = "https://wire.example.org/news.rss"


def _doc(**kw: object) -> FeedDoc:
    entry = Entry(
        id="tag:feeds.example.org,2023:articles/1",
        title="示例座談會在瀋陽舉行",
        published=WHEN,
        updated=WHEN,
        links=[Link("https://news.example.cn/1.html", "alternate", "text/html")],
        content_html="<p>會議今天開幕。</p>",
        authors=["崔某", "李四"],
        **kw,  # type: ignore[arg-type]
    )
    return FeedDoc(
        id="tag:feeds.example.org,2023:feeds/articles",
        title="News articles",
        subtitle="bylines",
        self_url=f"{BASE_URL}/feeds/articles.rss",
        home_url=f"{BASE_URL}/",
        updated=WHEN,
        entries=[entry],
    )


def test_rss_names_every_reporter_and_the_outlet_with_its_feed() -> None:
    doc = _doc(source="遼寧日報", source_url=FEED_URL)
    item = ET.fromstring(render_rss(doc)).find("channel/item")
    assert item is not None
    assert item.findtext(f"{DC}creator") == "崔某, 李四"
    source = item.find("source")
    assert source is not None and source.text == "遼寧日報" and source.get("url") == FEED_URL
    parsed = feedparser.parse(render_rss(doc))
    assert not parsed.bozo
    assert parsed.entries[0].source.title == "遼寧日報" and parsed.entries[0].source.href == FEED_URL


def test_rss_leaves_out_a_source_without_a_url() -> None:
    item = ET.fromstring(render_rss(_doc(source="遼寧日報"))).find("channel/item")
    assert item is not None and item.find("source") is None


@pytest.mark.parametrize("url", [FEED_URL, None])
def test_atom_has_an_author_per_reporter_and_the_outlet_as_source_title(url: str | None) -> None:
    doc = _doc(source="遼寧日報", source_url=url)
    entry = ET.fromstring(render_atom(doc)).find(f"{ATOM}entry")
    assert entry is not None
    assert [a.findtext(f"{ATOM}name") for a in entry.findall(f"{ATOM}author")] == ["崔某", "李四"]
    sources = entry.findall(f"{ATOM}source")
    assert len(sources) == 1 and sources[0].findtext(f"{ATOM}title") == "遼寧日報"
    parsed = feedparser.parse(render_atom(doc))
    assert not parsed.bozo
    assert [a.name for a in parsed.entries[0].authors] == ["崔某", "李四"]
    assert parsed.entries[0].source.title == "遼寧日報"


def test_json_feed_has_authors_and_the_source_as_an_extension() -> None:
    document = json.loads(render_json_feed(_doc(source="遼寧日報", source_url=FEED_URL)))
    jsonschema.validate(document, SCHEMA)
    item = document["items"][0]
    assert item["authors"] == [{"name": "崔某"}, {"name": "李四"}]
    assert item["_source"] == {"title": "遼寧日報", "url": FEED_URL}


def test_no_source_element_without_an_outlet() -> None:
    doc = _doc()
    assert b"<source" not in render_rss(doc) and b"<source" not in render_atom(doc)
    assert "_source" not in json.loads(render_json_feed(doc))["items"][0]


def _article(text: str, author: str | None = None, outlet: str | None = "示例頻道") -> Article:
    source = Source(key="wire", name="Wire", kind="feed", location=FEED_URL, timezone="Asia/Shanghai")
    return Article(text=text, author=author, outlet=outlet, source=source)


@pytest.mark.parametrize(
    ("article", "authors"),
    [
        (_article("新華社瀋陽6月1日電(記者 崔某)\n\n會議今天開幕。"), ["崔某"]),
        (_article("會議今天開幕。\n\n（记者 张三 李四）", author="示例頻道"), ["张三", "李四"]),
        (_article("會議今天開幕。", author="示例記者"), ["示例記者"]),  # no byline: as before
        (_article("會議今天開幕。"), ["示例頻道"]),
        (_article("開幕式現場(記者 崔某 攝)\n\n會議今天開幕。"), ["示例頻道"]),  # a photo credit is no byline
        (_article("會議今天開幕。", outlet=None), []),
    ],
)
def test_an_article_byline_comes_before_the_stored_author(article: Article, authors: list[str]) -> None:
    assert article_authors(article) == authors


def test_only_a_feed_source_gives_the_source_url() -> None:
    article = _article("text")
    assert article_source_url(article) == FEED_URL
    article.source = Source(key="files", name="Files", kind="files", location="/srv/news", timezone="Asia/Shanghai")
    assert article_source_url(article) is None


@pytest.fixture
def bylined(database: Database) -> Iterator[TestClient]:
    from feed.web.app import create_app

    with database.begin() as session:
        source = sync_sources(session, [SourceConfig(key="wire", name="Wire", kind="feed", url=FEED_URL)])[0]
        store_article(
            session,
            source,
            ArticleDoc(
                title="示例座談會在瀋陽舉行",
                text="新華社瀋陽6月25日電(記者 崔某)\n\n示例座談會今天在瀋陽舉行。這段文字是為測試撰寫的。",
                published=WHEN,
                url="https://news.example.cn/forum.html",
                outlet="遼寧日報",
                language="zh-Hant",
            ),
        )
    app = create_app(settings_for(database.url), database, version_ttl=0)
    with TestClient(app, base_url=BASE_URL) as client:
        yield client


def test_served_feeds_carry_the_byline_and_the_outlet(bylined: TestClient) -> None:
    rss = feedparser.parse(bylined.get("/feeds/articles.rss").content)
    assert not rss.bozo and rss.entries[0].author == "崔某"
    assert rss.entries[0].source.title == "遼寧日報" and rss.entries[0].source.href == FEED_URL
    atom = feedparser.parse(bylined.get("/feeds/articles.atom").content)
    assert not atom.bozo and atom.entries[0].author == "崔某" and atom.entries[0].source.title == "遼寧日報"
    document = bylined.get("/feeds/articles.json").json()
    jsonschema.validate(document, SCHEMA)
    assert document["items"][0]["authors"] == [{"name": "崔某"}]
    assert document["items"][0]["_source"] == {"title": "遼寧日報", "url": FEED_URL}
