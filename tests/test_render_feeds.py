"""Article and meeting feeds: required elements of RSS 2.0, Atom 1.0 and JSON Feed 1.1, checked directly."""

from __future__ import annotations

import json
import locale
import os
import re
import shutil
import subprocess
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timedelta, timezone
from email.utils import parsedate_to_datetime
from pathlib import Path

import feedparser
import jsonschema
import pytest
from starlette.testclient import TestClient

from feed.render.articles import articles_feed
from feed.render.events import events_feed
from feed.render.feeds import Entry, FeedDoc, Link, render_atom, render_rss
from feed.render.links import Links
from tests.test_web_support import BASE_URL, paging_links

ATOM = "{http://www.w3.org/2005/Atom}"
RFC3339 = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")
RFC822 = re.compile(
    r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"\d{4} \d\d:\d\d:\d\d [+-]\d{4}$"
)
SCHEMA = json.loads((Path(__file__).parent / "data" / "jsonfeed-schema" / "schema-v1.1.json").read_text())


def atom_links(element: ET.Element) -> dict[str, list[ET.Element]]:
    out: dict[str, list[ET.Element]] = {}
    for link in element.findall(f"{ATOM}link"):
        out.setdefault(link.get("rel", "alternate"), []).append(link)
    return out


@pytest.mark.parametrize("path", ["/feeds/articles.atom", "/feeds/events.atom"])
def test_atom_required_elements(client: TestClient, path: str) -> None:
    response = client.get(path + "?limit=10")
    feed = ET.fromstring(response.content)
    assert feed.tag == f"{ATOM}feed"
    assert feed.findtext(f"{ATOM}id", "").startswith("tag:feeds.example.org,")
    assert feed.findtext(f"{ATOM}title")
    assert RFC3339.match(feed.findtext(f"{ATOM}updated", ""))
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    links = atom_links(feed)
    assert links["self"][0].get("href") == f"{BASE_URL}{path}?limit=10"
    assert links["self"][0].get("type") == "application/atom+xml"
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    ids = [e.findtext(f"{ATOM}id") for e in entries]
    assert len(set(ids)) == len(ids) and all(i and i.startswith("tag:") for i in ids)
    for entry in entries:
        assert entry.findtext(f"{ATOM}title")
        assert RFC3339.match(entry.findtext(f"{ATOM}updated", ""))
        assert RFC3339.match(entry.findtext(f"{ATOM}published", ""))
        for link in entry.findall(f"{ATOM}link"):
            assert link.get("rel") and link.get("href")  # feedgen 1.0.0 dropped rel and type here
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")


def test_atom_entry_links_keep_rel_and_type(client: TestClient) -> None:
    feed = ET.fromstring(client.get("/feeds/articles.atom?city=沈阳").content)
    entry = feed.find(f"{ATOM}entry")
    assert entry is not None
    links = atom_links(entry)
    assert links["alternate"][0].get("type") == "text/html"
    assert links["related"][0].get("href", "").startswith(f"{BASE_URL}/events/")
    events = ET.fromstring(client.get("/feeds/events.atom?city=沈阳").content)
    event_links = atom_links(events.find(f"{ATOM}entry"))  # type: ignore[arg-type]
    page = event_links["alternate"][0]
    assert page.get("type") == "text/html" and page.get("href", "").startswith(f"{BASE_URL}/events/")
    assert client.get(page.get("href", "")).status_code == 200
    ics = event_links["enclosure"][0]
    assert ics.get("type") == "text/calendar" and ics.get("href", "") == page.get("href") + ".ics"
    assert client.get(ics.get("href", "")).headers["content-type"] == "text/calendar; charset=utf-8"


def test_atom_source_has_the_feed_metadata_an_aggregator_keeps(client: TestClient) -> None:
    """RFC 4287 4.2.11: atom:source SHOULD hold at least atom:id, atom:title and atom:updated (the W3C
    feed validator warns 'Missing source element: id' and '...: updated' for a source with a title alone)."""
    ids = set()
    for query in ("?city=沈阳", "?city=沈阳&script=hans"):
        feed = ET.fromstring(client.get("/feeds/articles.atom" + query).content)
        entries = [e for e in feed.findall(f"{ATOM}entry") if e.find(f"{ATOM}source") is not None]
        assert entries
        for entry in entries:
            source = entry.find(f"{ATOM}source")
            assert source is not None and source.findtext(f"{ATOM}title")
            assert source.findtext(f"{ATOM}id", "").startswith("tag:feeds.example.org,")
            assert source.findtext(f"{ATOM}updated") == entry.findtext(f"{ATOM}updated")
            ids.add(source.findtext(f"{ATOM}id"))
    assert len(ids) == 1  # the outlet's id, whichever script its title is written in


@pytest.mark.parametrize("path", ["/feeds/articles.rss", "/feeds/events.rss"])
def test_rss_required_elements(client: TestClient, path: str) -> None:
    response = client.get(path + "?limit=10")
    rss = ET.fromstring(response.content)
    assert rss.tag == "rss" and rss.get("version") == "2.0"
    channel = rss.find("channel")
    assert channel is not None
    for name in ("title", "link", "description"):
        assert channel.findtext(name)
    assert RFC822.match(channel.findtext("lastBuildDate", ""))
    links = atom_links(channel)
    assert links["self"][0].get("href") == f"{BASE_URL}{path}?limit=10"
    items = channel.findall("item")
    assert items
    for item in items:
        assert item.findtext("title")
        guid = item.find("guid")
        assert guid is not None and guid.get("isPermaLink") == "false" and (guid.text or "").startswith("tag:")
        pub = item.findtext("pubDate", "")
        assert RFC822.match(pub), pub
        assert parsedate_to_datetime(pub).utcoffset() is not None
    parsed = feedparser.parse(response.content)
    assert not parsed.bozo, parsed.get("bozo_exception")


def test_rss_items_link_to_source_and_to_the_event_page(client: TestClient) -> None:
    channel = ET.fromstring(client.get("/feeds/articles.rss?city=沈阳").content).find("channel")
    item = channel.find("item")  # type: ignore[union-attr]
    assert item is not None and item.findtext("link") == "https://news.example.cn/2023/06/26/forum.html"
    assert atom_links(item)["related"][0].get("href", "").startswith(f"{BASE_URL}/events/")
    events = ET.fromstring(client.get("/feeds/events.rss").content).find("channel")
    for item in events.findall("item"):  # type: ignore[union-attr]
        page = item.findtext("link") or ""
        assert page.startswith(f"{BASE_URL}/events/") and item.find("enclosure").get("url") == page + ".ics"  # type: ignore[union-attr]


@pytest.mark.parametrize("query", ["", "?limit=3", "?city=沈阳&script=hans", "?lang=en"])
def test_json_feed_matches_the_schema(client: TestClient, query: str) -> None:
    document = client.get("/feeds/articles.json" + query).json()
    jsonschema.validate(document, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert document["feed_url"] == f"{BASE_URL}/feeds/articles.json" + query.replace("沈阳", "%E6%B2%88%E9%98%B3")
    for item in document["items"]:
        assert RFC3339.match(item["date_published"])
        assert item["id"].startswith("tag:")


def test_text_is_escaped_and_control_characters_dropped(client: TestClient) -> None:
    for path in ("/feeds/articles.atom", "/feeds/articles.rss"):
        body = client.get(path + "?source=wire").content
        ET.fromstring(body)  # well-formed
        assert b"\x01" not in body and b"\x0c" not in body
        assert b"<script>" not in body and b"&lt;b&gt;bold&lt;/b&gt;" in body


def test_paging_follows_next_links_to_the_end(client: TestClient) -> None:
    url: str | None = f"{BASE_URL}/feeds/articles.atom?limit=50"
    seen: list[str] = []
    pages = 0
    while url:
        feed = ET.fromstring(client.get(url).content)
        links = atom_links(feed)
        assert links["first"][0].get("href") == f"{BASE_URL}/feeds/articles.atom?limit=50"
        if pages:
            assert links["current"][0].get("href") == f"{BASE_URL}/feeds/articles.atom?limit=50"
        seen += [e.findtext(f"{ATOM}id", "") for e in feed.findall(f"{ATOM}entry")]
        url = links["next"][0].get("href") if "next" in links else None
        if url:
            assert links["prev-archive"][0].get("href") == url
        pages += 1
    assert pages == 3 and len(seen) == 125 and len(set(seen)) == 125
    document = client.get("/feeds/articles.json?limit=100").json()
    assert "before=" in document["next_url"] and len(document["items"]) == 100
    last = client.get(document["next_url"]).json()
    assert len(last["items"]) == 25 and "next_url" not in last


FH = "{http://purl.org/syndication/history/1.0}"


@pytest.mark.parametrize("kind", ["atom", "rss"])
def test_event_feeds_page_like_article_feeds(client: TestClient, kind: str) -> None:
    """Every meeting is reached through next links; archive pages say so; the last page has no next link."""
    url: str | None = f"{BASE_URL}/feeds/events.{kind}?limit=1"
    seen: list[str] = []
    while url:
        feed = ET.fromstring(client.get(url).content)
        if kind == "rss":
            feed = feed.find("channel")  # type: ignore[assignment]
            items = [
                (i.findtext("guid", ""), i.findtext("link", ""), i.find("enclosure")) for i in feed.findall("item")
            ]
        else:
            items = [
                (
                    e.findtext(f"{ATOM}id", ""),
                    atom_links(e)["alternate"][0].get("href", ""),
                    atom_links(e)["enclosure"][0],
                )
                for e in feed.findall(f"{ATOM}entry")
            ]
        assert (feed.find(f"{FH}archive") is not None) == bool(seen)
        ((item_id, link, enclosure),) = items
        assert link.startswith(f"{BASE_URL}/events/") and not link.endswith(".ics")
        assert enclosure is not None and enclosure.get("type") == "text/calendar"
        assert (enclosure.get("url") or enclosure.get("href")) == link + ".ics"
        seen.append(item_id)
        links = atom_links(feed)
        url = links["next"][0].get("href") if "next" in links else None
        assert ("prev-archive" in links) == (url is not None)
    assert len(seen) == len(set(seen)) == 4


@pytest.mark.parametrize("kind", ["atom", "rss"])
@pytest.mark.parametrize(
    "path, query",
    [("/feeds/articles", "limit=20"), ("/feeds/articles", "q=bulk&limit=25"), ("/feeds/events", "limit=1")],
)
def test_archive_pages_link_the_newer_archive_page(client: TestClient, kind: str, path: str, query: str) -> None:
    """RFC 5005 §4: an archive page links prev-archive (the older page) and next-archive (the newer one)
    where that is an archive too, from the third page on: the second's is the subscription document."""
    urls, pages = [], []
    url: str | None = f"{BASE_URL}{path}.{kind}?{query}"
    while url:
        urls.append(url)
        pages.append(paging_links(client, url))
        url = pages[-1].get("prev-archive")
    assert len(pages) >= 4
    for i, links in enumerate(pages):
        assert links.get("next-archive") == (urls[i - 1] if i >= 2 else None), i
    for i, links in enumerate(pages[1:-1], start=1):  # back from the older page: the same page
        assert paging_links(client, links["prev-archive"])["next-archive"] == urls[i]


def test_no_next_link_when_the_page_holds_the_last_rows(client: TestClient) -> None:
    for path, rows in (("/feeds/events.atom", 4), ("/feeds/articles.atom", 125)):
        full = atom_links(ET.fromstring(client.get(f"{path}?limit={rows}").content))
        assert "next" not in full and "prev-archive" not in full, path
        assert "next" in atom_links(ET.fromstring(client.get(f"{path}?limit={rows - 1}").content)), path


def test_default_and_maximum_limit(client: TestClient) -> None:
    assert len(client.get("/feeds/articles.json").json()["items"]) == 50
    assert len(client.get("/feeds/articles.json?limit=500").json()["items"]) == 125
    assert client.get("/feeds/articles.json?limit=501").status_code == 400


# ---- dates whatever the process locale ---------------------------------------------------

FOREIGN_LOCALES = ("de_DE.UTF-8", "fr_FR.UTF-8", "es_ES.UTF-8", "ru_RU.UTF-8", "zh_CN.UTF-8", "ja_JP.UTF-8")
TUESDAY_IN_MARCH = datetime(2023, 3, 7, 9, 5, 1, tzinfo=timezone(timedelta(hours=8)))


def _names_are_english() -> bool:
    return TUESDAY_IN_MARCH.strftime("%a %b") == "Tue Mar"


@pytest.fixture
def foreign_locale(tmp_path: Path) -> Iterator[str]:
    """LC_ALL set, for the whole process, to a locale whose day and month names are not English:
    an installed one, else de_DE.UTF-8 built with localedef into a temporary LOCPATH."""
    saved, saved_path = locale.setlocale(locale.LC_ALL), os.environ.get("LOCPATH")
    try:
        for name in FOREIGN_LOCALES:
            try:
                locale.setlocale(locale.LC_ALL, name)
            except locale.Error:
                continue
            if not _names_are_english():
                yield name
                return
        sources = Path("/usr/share/i18n/locales/de_DE")
        if shutil.which("localedef") and sources.exists():
            subprocess.run(["localedef", "-i", "de_DE", "-f", "UTF-8", str(tmp_path / "de_DE.UTF-8")], check=False)
            os.environ["LOCPATH"] = str(tmp_path)
            locale.setlocale(locale.LC_ALL, "de_DE.UTF-8")
            if not _names_are_english():
                yield "de_DE.UTF-8"
                return
        pytest.skip(
            f"no locale with non-English day and month names: none of {', '.join(FOREIGN_LOCALES)} is installed "
            "(`locale -a`) and localedef could not build de_DE.UTF-8 (apt-get install locales)"
        )
    finally:
        if saved_path is None:
            os.environ.pop("LOCPATH", None)  # before restoring: the saved locales are outside LOCPATH
        else:
            os.environ["LOCPATH"] = saved_path
        locale.setlocale(locale.LC_ALL, saved)


def _dated_doc(n: int) -> FeedDoc:
    entries = [
        Entry(
            id=f"tag:feeds.example.org,2023:articles/{i}",
            title=f"Article {i}",
            published=TUESDAY_IN_MARCH + timedelta(days=i * 37),
            updated=TUESDAY_IN_MARCH + timedelta(days=i * 37, hours=1),
            links=[Link(f"https://news.example.org/{i}", "alternate", "text/html")],
            content_html="<p>text</p>",
        )
        for i in range(n)
    ]
    return FeedDoc(
        id="tag:feeds.example.org,2023:feeds/articles",
        title="News articles",
        subtitle="dates",
        self_url=f"{BASE_URL}/feeds/articles.rss",
        home_url=f"{BASE_URL}/",
        updated=TUESDAY_IN_MARCH,
        entries=entries,
    )


def _assert_dates_right(doc: FeedDoc) -> None:
    channel = ET.fromstring(render_rss(doc)).find("channel")
    assert channel is not None
    build = channel.findtext("lastBuildDate", "")
    assert RFC822.match(build), build
    assert parsedate_to_datetime(build) == doc.updated
    pubs = [item.findtext("pubDate", "") for item in channel.findall("item")]
    assert all(RFC822.match(p) for p in pubs), pubs
    assert [parsedate_to_datetime(p) for p in pubs] == [e.published for e in doc.entries]
    feed = ET.fromstring(render_atom(doc))
    published = [e.findtext(f"{ATOM}published", "") for e in feed.findall(f"{ATOM}entry")]
    assert [datetime.fromisoformat(p) for p in published] == [e.published for e in doc.entries]


def test_dates_are_english_and_right_under_a_foreign_locale(foreign_locale: str) -> None:
    """feedgen formats RSS dates through locale.setlocale; the feeds must not show 'Di, 07 Mär 2023'."""
    before = locale.setlocale(locale.LC_ALL)
    _assert_dates_right(_dated_doc(12))  # twelve months: every month name, and each day name
    assert locale.setlocale(locale.LC_ALL) == before
    assert not _names_are_english(), f"{foreign_locale} is still the process locale"


def test_concurrent_renders_keep_dates_and_the_process_locale(
    foreign_locale: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Feeds render in worker threads: feedgen's setlocale(C) ... setlocale(saved) pairs must never interleave
    (one render would format under the locale another restored, or restore another's C for good)."""
    setlocale = locale.setlocale

    def setlocale_then_switch(category: int, value: str | None = None) -> str:
        result = setlocale(category, value)
        time.sleep(0.0002)  # another thread runs here: without a lock the pairs interleave at once
        return result

    monkeypatch.setattr(locale, "setlocale", setlocale_then_switch)
    before = setlocale(locale.LC_ALL)
    doc = _dated_doc(3)
    with ThreadPoolExecutor(8) as pool:
        list(pool.map(lambda _: _assert_dates_right(doc), range(100)))
    assert setlocale(locale.LC_ALL) == before


def test_an_empty_feed_is_updated_when_the_service_began_not_on_a_made_up_day() -> None:
    links = Links(BASE_URL, lambda: "news.example.org,2026-12-03")
    for build in (articles_feed, events_feed):
        feed = build([], links, title="Empty", self_url=BASE_URL + "/feeds/x")
        assert feed.updated == datetime(2026, 12, 3, 8, tzinfo=timezone(timedelta(hours=8))), build
