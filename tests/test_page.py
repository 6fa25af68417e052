"""Article pages in GBK and Big5 (declared right, wrong or not at all), listings, auto-detection."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Article
from db.session import Database
from feed.config import SourceConfig
from feed.fetch import decode_document
from feed.ingest import ingest_now, resolve_target
from feed.parse.listing import article_links
from feed.parse.page import extract_article
from feed.parse.textfile import parse_metadata_line
from tests.fetchkit import PAGES, configure, encoded_page, file, make_database, serve

HANS = (PAGES / "hans.html").read_text(encoding="utf-8")
HANT = (PAGES / "hant.html").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("line", "outlet", "editors"),
    [
        (
            "2024-04-18 09:30:00 来源：江城晚报 编辑：林小舟 责编：周立",
            "江城晚报",
            ["林小舟", "周立"],
        ),
        (
            "發布時間：2024-05-06 14:05 來源：南嶼日報 編輯：何靜雯 責編：梁少川",
            "南嶼日報",
            ["何靜雯", "梁少川"],
        ),
        ("发布时间:2024-05-06 来源:江城晚报", "江城晚报", []),
    ],
)
def test_metadata_lines_parse_in_both_scripts(line: str, outlet: str, editors: list[str]) -> None:
    meta = parse_metadata_line(line)
    assert meta.get("outlet") == outlet and meta.get("editors", []) == editors


@pytest.mark.parametrize(
    ("text", "codec", "declared"),
    [
        (HANS, "gb18030", "gbk"),
        (HANS, "gb18030", "utf-8"),
        (HANS, "gb18030", None),
        (HANS, "gb18030", "big5"),
        (HANT, "big5", "big5"),
        (HANT, "big5", "gbk"),
        (HANT, "big5", "utf-8"),
        (HANT, "big5", None),
        (HANT, "utf-8", "big5"),
    ],
)
def test_charsets_that_lie_are_caught(text: str, codec: str, declared: str | None) -> None:
    body = text.replace('<meta charset="gbk">', "").encode(codec)
    decoded, _ = decode_document(body, f"text/html; charset={declared}" if declared else "text/html")
    assert decoded == text.replace('<meta charset="gbk">', "")


def test_simplified_page() -> None:
    doc = extract_article(HANS, url="https://jc.example/news/2024/04/18/wetland.html", timezone="Asia/Shanghai")
    assert doc.title == "滨江新区举办首届湿地保护论坛"
    assert doc.published.isoformat() == "2024-04-18T09:30:00+08:00"
    assert doc.outlet == "江城晚报" and doc.editors == ["林小舟", "周立"]
    assert doc.text.startswith("4月17日，首届湿地保护论坛") and "热门推荐" not in doc.text
    assert "版权所有" not in doc.text and "首页" not in doc.text
    assert doc.author == "陈南风" and doc.text.endswith("科普工作坊。")
    assert doc.language == "zh-Hans"


def test_traditional_page() -> None:
    doc = extract_article(HANT, url="https://ny.example/x/expo.html", timezone="Asia/Taipei")
    assert doc.title == "港灣市舉行海洋科技博覽會"
    assert doc.published.isoformat() == "2024-05-06T14:05:00+08:00"
    assert doc.outlet == "南嶼日報" and doc.editors == ["何靜雯", "梁少川"]
    assert doc.text.startswith("第三屆海洋科技博覽會") and "相關新聞" not in doc.text
    assert doc.language == "zh-Hant"


def test_listing_links_automatic_and_by_selector() -> None:
    html = (PAGES / "listing.html").read_text(encoding="utf-8")
    base = "https://jc.example/news/"
    assert article_links(html, base) == [
        "https://jc.example/news/2024/04/18/wetland.html",
        "https://jc.example/news/2024/05/06/expo.html?utm_source=list",
    ]
    assert article_links(html, base, "ul.list li")[-1] == "https://elsewhere.example/news/2024/05/01/other.html"


SUMMARY_FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Summaries</title>
<item><title>滨江新区举办首届湿地保护论坛</title><link>/news/2024/04/18/wetland.html</link>
<guid isPermaLink="false">s-1</guid><description>湿地论坛举行。</description></item>
<item><title>港灣市舉行海洋科技博覽會</title><link>/news/2024/05/06/expo.html</link>
<guid isPermaLink="false">s-2</guid><description>博覽會開幕。</description></item>
</channel></rss>""".encode()

ROUTES = {
    "/summaries.xml": lambda h: h.reply(200, SUMMARY_FEED, "application/rss+xml"),
    "/gbk-lying.html": encoded_page("hans.html", "gb18030", "utf-8"),
    "/big5-plain.html": encoded_page("hant.html", "big5", None),
    "/feed.xml": file("good.xml"),
    "/news/": encoded_page("listing.html", "utf-8", "utf-8"),
    "/news/2024/04/18/wetland.html": encoded_page("hans.html", "gb18030", "gbk"),
    "/news/2024/05/06/expo.html": encoded_page("hant.html", "big5", "big5"),
}


def test_ingest_url_detects_page_or_feed_and_keeps_validators(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEED_ALLOW_PRIVATE_NETWORKS", "1")
    database = make_database(tmp_path)
    with serve(ROUTES) as base:
        page_key = resolve_target(database, base + "/gbk-lying.html")
        feed_key = resolve_target(database, base + "/big5-plain.html")
        assert ingest_now(database, page_key, "cli").new == 1
        assert ingest_now(database, feed_key, "cli").new == 1
        feed = resolve_target(database, base + "/feed.xml")
        assert ingest_now(database, feed, "cli").new == 2
    with database.begin() as session:
        titles = set(session.scalars(select(Article.title)))
    assert {
        "滨江新区举办首届湿地保护论坛",
        "港灣市舉行海洋科技博覽會",
        "Library extends its opening hours",
    } <= titles


def test_ingest_url_obeys_the_private_network_rule(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FEED_ALLOW_PRIVATE_NETWORKS", raising=False)
    database = make_database(tmp_path)
    with serve(ROUTES) as base:
        summary = ingest_now(database, resolve_target(database, base + "/feed.xml"), "api")
    assert summary.status == "failed" and summary.error.startswith("fetcher: refusing 127.0.0.1")


def test_listing_source_fetches_each_new_article_once(database: Database) -> None:
    with serve(ROUTES) as base:
        configure(
            database,
            SourceConfig(key="jc", name="jc", kind="listing", url=base + "/news/", allow_private=True),
        )
        first = ingest_now(database, "jc", "cli")
        second = ingest_now(database, "jc", "cli")
    assert (first.status, first.new) == ("succeeded", 2), first.error
    assert (second.new, second.updated) == (0, 0)


def test_fulltext_feed_fetches_each_new_items_page_once(database: Database) -> None:
    with serve(ROUTES) as base:
        configure(
            database,
            SourceConfig(
                key="sf",
                name="sf",
                kind="feed",
                url=base + "/summaries.xml",
                fulltext=True,
                allow_private=True,
            ),
        )
        first = ingest_now(database, "sf", "cli")
        second = ingest_now(database, "sf", "cli")
    assert (first.status, first.new) == ("succeeded", 2), first.error
    assert (second.new, second.updated) == (0, 0)
    with database.begin() as session:
        texts = {a.guid: a for a in session.scalars(select(Article))}
    assert texts["s-1"].text.startswith("4月17日，首届湿地保护论坛") and texts["s-1"].summary == "湿地论坛举行。"
    assert texts["s-2"].outlet == "南嶼日報" and texts["s-2"].title == "港灣市舉行海洋科技博覽會"


def test_english_page() -> None:
    html = """<html><head><title>Harbour city opens a trade fair - Harbour Times</title>
<meta property="article:published_time" content="2024-05-01T08:00:00+08:00"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<h1>Harbour city opens a trade fair</h1>
<div class="story"><p>The harbour city opened a two-day trade fair on Wednesday, with stalls from forty local firms.</p>
<p>Organisers said they expected about three thousand visitors, most of them from neighbouring towns.</p></div>
<aside><h3>Most read</h3><ul><li><a href="/a">Library extends hours</a></li></ul></aside>
<footer>Copyright Harbour Times. All rights reserved.</footer></body></html>"""
    doc = extract_article(html, url="https://ht.example/a.html", timezone="UTC")
    assert doc.title == "Harbour city opens a trade fair" and doc.language == "en"
    assert doc.published.isoformat() == "2024-05-01T08:00:00+08:00"
    assert doc.text.startswith("The harbour city") and "Most read" not in doc.text and "Copyright" not in doc.text


def test_an_index_page_is_not_an_article() -> None:
    html = (PAGES / "listing.html").read_text(encoding="utf-8")
    with pytest.raises(Exception, match=r"^parse: .*no article text found"):
        extract_article(html, url="https://jc.example/news/", timezone="UTC")
