"""Large feed files item by item (feed.parse.stream): the same documents as the whole-file path."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from feed.errors import ParseError
from feed.model import ArticleDoc
from feed.parse import stream
from feed.parse.feeddoc import ParsedFeed, parse_feed, parse_feed_document
from feed.parse.stream import index_feed, streamable

TZ = "Asia/Shanghai"

RSS = """<?xml version="1.0" encoding="utf-8"?>
<!-- a comment before the root -->
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/">
<channel><title>遼寧日報 &amp; Co</title><link>https://news.example.org/</link><description>d</description>
<item><title>座談會在瀋陽舉行</title><link>https://news.example.org/a</link>
<guid isPermaLink="false">a-1</guid><pubDate>Mon, 26 Jun 2023 10:11:34 +0800</pubDate>
<dc:creator>記者 黃非</dc:creator>
<description><![CDATA[<p>摘要 <b>一</b></p>]]></description>
<content:encoded><![CDATA[<p>6月25日，國資央企助力東北全面振興座談會在瀋陽舉行。</p><p>會議討論了合作。</p>
<script>alert(1)</script>]]></content:encoded>
<enclosure url="https://news.example.org/a.jpg" type="image/jpeg" length="1234"/>
<media:content url="https://news.example.org/a.mp4" medium="video"/></item>
<item><title>Naive time\x01 &lt;escaped&gt;</title><link>https://news.example.org/b</link>
<pubDate>2023-06-26 10:11:34</pubDate><description>&lt;p&gt;First &lt;i&gt;para&lt;/i&gt;.&lt;/p&gt;</description></item>
<item><title>No date, text only</title><description>A plain body in English about a forum.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:georss="http://www.georss.org/georss" xml:lang="zh">
<id>urn:s</id><updated>2023-06-26T02:11:34Z</updated><author><name>Desk</name></author>
<entry><title type="html">&lt;b&gt;座談會&lt;/b&gt;在瀋陽舉行</title><id>urn:e1</id>
<published>2023-06-26T10:11:34+08:00</published><updated>2023-06-27T00:00:00Z</updated>
<link rel="alternate" href="https://news.example.org/e1"/><link rel="enclosure" href="https://news.example.org/e1.mp3"
 type="audio/mpeg" length="99"/><author><name>黃非</name></author><georss:point>41.8 123.4</georss:point>
<summary>短摘要</summary>
<content type="html"><![CDATA[<p>6月25日，座談會在瀋陽舉行。會議討論了區域合作與產業發展的議題。</p>]]></content></entry>
<entry><title>Second</title><id>urn:e2</id><updated>2023-06-26T02:11:34Z</updated>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>An <em>xhtml</em> body.</p></div></content></entry>
<title>Atom title after the entries</title>
</feed>"""

RDF = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example.org/"><title>RDF outlet</title><link>https://news.example.org/</link>
<description>d</description><items><rdf:Seq><rdf:li rdf:resource="https://news.example.org/r1"/></rdf:Seq></items></channel>
<item rdf:about="https://news.example.org/r1"><title>RSS 1.0 item</title><link>https://news.example.org/r1</link>
<dc:date>2023-06-26T10:11:34+08:00</dc:date><description>Body one.</description></item>
</rdf:RDF>"""


def streamed(body: bytes) -> tuple[list[ArticleDoc], list[str]]:
    errors: list[str] = []
    index = index_feed(io.BytesIO(body))
    errors.extend(index.errors)
    return list(index.docs(TZ, errors)), errors


@pytest.mark.parametrize("document", [RSS, ATOM, RDF], ids=["rss", "atom", "rdf"])
@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_streamed_items_are_the_whole_file_documents(document: str, encoding: str) -> None:
    body = document.replace('encoding="utf-8"', f'encoding="{encoding}"').encode(encoding)
    whole = parse_feed_document(body, timezone=TZ)
    docs, errors = streamed(body)
    assert errors == []
    assert len(whole) == (3 if document is RSS else 2 if document is ATOM else 1)
    assert docs == whole


def test_the_sample_keeps_what_the_comparison_is_about() -> None:
    """The equality above compares documents that carry every feature named in its sample."""
    (first, naive, plain), _ = streamed(RSS.encode())
    assert first.outlet == "遼寧日報 & Co" and first.author == "記者 黃非" and first.guid == "a-1"
    assert first.content_html is not None and "瀋陽" in first.content_html and "<script" not in first.content_html
    assert first.summary == "摘要 一" and first.published is not None and first.published.utcoffset() is not None
    assert naive.title == "Naive time <escaped>" and naive.text == "First para."
    assert plain.guid is None and plain.published is None
    (entry, second), _ = streamed(ATOM.encode())
    assert entry.outlet == "Atom title after the entries" and entry.author == "黃非"
    assert entry.title.endswith("在瀋陽舉行") and entry.url == "https://news.example.org/e1"
    assert second.text == "An xhtml body."


def test_a_broken_item_is_reported_and_the_items_around_it_kept() -> None:
    items = [
        f"<item><title>Item {n}</title><guid>g{n}</guid><description>Body {n}.</description></item>" for n in range(6)
    ]
    items[2] = "<item><title>Broken & unescaped</title><guid>g2</guid></item>"
    items[4] = "<item><title>Never closed</title><guid>g4</guid>"
    lines = "\n".join(items)
    body = f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>\n{lines}\n</channel></rss>'
    docs, errors = streamed(body.encode())
    assert [d.guid for d in docs] == ["g0", "g1", "g3", "g5"]
    assert len(errors) == 2
    assert errors[0].startswith("parse: item 3 (line 4) is not well-formed XML (not well-formed (invalid token))")
    assert errors[1].startswith("parse: item 5 (line 6) is not well-formed XML (not closed before the next item)")


def test_a_truncated_file_keeps_its_complete_items() -> None:
    body = b'<rss version="2.0"><channel><item><title>One</title></item><item><title>Tw'
    docs, errors = streamed(body)
    assert [d.title for d in docs] == ["One"] and "item 2" in errors[0]


@pytest.mark.parametrize(
    "body",
    [
        # billion laughs: refused before any item is read
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        b'<rss version="2.0"><channel><item><title>&b;</title></item></channel></rss>',
        # an external entity
        b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        b'<rss version="2.0"><channel><item><title>&x;</title></item></channel></rss>',
        # a declaration hidden in a comment before the DOCTYPE
        b'<?xml version="1.0"?><!-- <!ENTITY a "x"> --><rss version="2.0"><channel><item><title>t</title>'
        b"</item></channel></rss>",
    ],
    ids=["expansion", "external", "hidden"],
)
def test_entity_declarations_are_refused(body: bytes) -> None:
    with pytest.raises(ParseError, match="declares XML entities"):
        streamed(body)


def test_an_undeclared_entity_in_an_item_skips_that_item_only() -> None:
    body = (
        b'<rss version="2.0"><channel><item><title>a</title></item><item><title>&b;</title></item>'
        b"<item><title>c</title></item></channel></rss>"
    )
    docs, errors = streamed(body)
    assert [d.title for d in docs] == ["a", "c"] and "undefined entity" in errors[0]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"<rss><channel><title>no items</title></channel></rss>", "no item or entry elements"),
        (b"<rss><channel><title>broken", "not a well-formed RSS or Atom feed"),
    ],
)
def test_files_without_items_are_refused(body: bytes, reason: str) -> None:
    with pytest.raises(ParseError, match=reason):
        streamed(body)


def test_only_rss_and_atom_are_streamed() -> None:
    assert streamable(RSS.encode()[:4096]) and streamable(ATOM.encode()[:4096])
    assert not streamable(b'{"version": "https://jsonfeed.org/version/1.1", "items": []}')
    assert not streamable(b"<!doctype html><html><body>x</body></html>")


def many_items(count: int) -> bytes:
    items = "".join(
        f"<item><title>第{n}届峰会</title><guid>g{n}</guid><pubDate>2024-12-31 09:00:00</pubDate>"
        f"<description><![CDATA[<p>{n}月，峰会在北京举行。</p>]]></description></item>\n"
        for n in range(count)
    )
    return f'<rss version="2.0"><channel><title>T</title>{items}</channel></rss>'.encode()


def test_items_mapped_in_groups_are_the_whole_file_documents() -> None:
    body = many_items(2 * stream.GROUP_ITEMS + 7)  # three groups, the last a short one
    docs, errors = streamed(body)
    assert errors == [] and len(docs) == 2 * stream.GROUP_ITEMS + 7
    assert docs == parse_feed_document(body, timezone=TZ)


def test_a_group_feedparser_refuses_is_mapped_item_by_item(monkeypatch: pytest.MonkeyPatch) -> None:
    real = stream.parse_clean_xml

    def picky(utf8: bytes, **kwargs: Any) -> ParsedFeed:
        if b"<guid>g7</guid>" in utf8:
            raise ParseError("parse: refused for the test")
        return real(utf8, **kwargs)

    monkeypatch.setattr(stream, "parse_clean_xml", picky)
    docs, errors = streamed(many_items(12))
    assert [d.guid for d in docs] == [f"g{n}" for n in range(12) if n != 7]
    assert errors == ["parse: item 8: parse: refused for the test"]


HOSTILE = Path(__file__).parent / "data" / "hostile"


@pytest.mark.parametrize("name", sorted(p.name for p in HOSTILE.glob("*.xml")))
def test_hostile_files_get_the_whole_file_verdict(name: str) -> None:
    """Refused by both paths, or the same documents; a broken file is read leniently whole and
    item by item when streamed, with the items it cannot read reported."""
    body = (HOSTILE / name).read_bytes()
    try:
        whole = parse_feed(body, timezone=TZ)
    except ParseError as refused:
        with pytest.raises(ParseError) as streamed_refusal:
            streamed(body)
        assert ("declares XML entities" in str(refused)) == ("declares XML entities" in str(streamed_refusal.value))
        return
    docs, errors = streamed(body)
    if whole.warning is None:
        assert errors == [] and docs == whole.docs
    else:
        assert errors and errors[0].startswith("parse: item 1 (line 3) is not well-formed XML")
