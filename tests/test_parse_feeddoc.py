from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from feed.errors import ParseError
from feed.parse.feeddoc import parse_feed_document, parse_json_feed

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sample</title><link>https://news.example.org/</link>
<description>d</description>
<item><title>Offset time</title><link>https://news.example.org/a</link><guid>a-1</guid>
<pubDate>Mon, 26 Jun 2023 10:11:34 +0800</pubDate>
<description>&lt;p&gt;First &lt;b&gt;para&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Second.&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;</description></item>
<item><title>Naive time\x01</title><link>https://news.example.org/b</link>
<pubDate>2023-06-26 10:11:34</pubDate><description>plain</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>S</title><id>urn:s</id><updated>2023-06-26T02:11:34Z</updated>
<entry><title>座談會在瀋陽舉行</title><id>urn:e1</id><updated>2023-06-26T02:11:34Z</updated>
<link href="https://news.example.org/e1"/>
<content type="html">&lt;p&gt;6月25日，座談會在瀋陽舉行。會議討論了區域合作與產業發展的議題。&lt;/p&gt;</content></entry></feed>"""


def test_rss_items_with_offsets_naive_times_and_html() -> None:
    offset, naive = parse_feed_document(RSS.encode(), timezone="Asia/Shanghai")
    assert offset.guid == "a-1" and offset.url == "https://news.example.org/a"
    assert offset.published == datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC)
    assert offset.text == "First para.\n\nSecond."
    assert offset.content_html is not None and "<script" not in offset.content_html
    assert naive.title == "Naive time"  # control character removed
    assert naive.published is not None and naive.published.utcoffset() == timedelta(hours=8)
    assert naive.guid == "https://news.example.org/b"  # no guid: the link stands in


def test_atom_entry() -> None:
    (entry,) = parse_feed_document(ATOM.encode(), timezone="Asia/Shanghai")
    assert entry.title == "座談會在瀋陽舉行" and entry.guid == "urn:e1"
    assert entry.published == datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC)
    assert entry.language == "zh-Hant"


def test_json_feed() -> None:
    body = json.dumps(
        {
            "version": "https://jsonfeed.org/version/1.1",
            "title": "J",
            "items": [
                {
                    "id": "j1",
                    "url": "https://news.example.org/j1",
                    "title": "Hello",
                    "content_text": "A plain body.",
                    "date_published": "2023-06-26T10:11:34+08:00",
                    "authors": [{"name": "A. Writer"}],
                },
                {"id": "j2", "content_html": "<p>No title here</p><script>track()</script><style>p {}</style>"},
                "not an item",
            ],
        }
    ).encode()
    first, second = parse_feed_document(body, timezone="Asia/Shanghai")
    assert (first.guid, first.text, first.author) == ("j1", "A plain body.", "A. Writer")
    assert first.published == datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC)
    assert second.title == "No title here"
    assert second.text == "No title here"  # a script's or a style's text is no part of the article
    assert second.content_html is not None and "<script" not in second.content_html


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"<html><body>Not a feed</body></html>",
        b"<rss><channel>",
        b'{"version": "https://jsonfeed.org/version/1.1", "items": 3}',
    ],
)
def test_documents_that_are_not_feeds_are_refused(body: bytes) -> None:
    with pytest.raises(ParseError, match="^parse: "):
        parse_feed_document(body, timezone="Asia/Shanghai")


def test_markup_lxml_cannot_parse_still_loses_its_scripts(monkeypatch: pytest.MonkeyPatch) -> None:
    import lxml.html

    from feed.parse import html

    def refuse(*args: object, **kwargs: object) -> None:
        raise lxml.etree.ParserError("Document is empty")

    monkeypatch.setattr(lxml.html, "fragment_fromstring", refuse)
    fragment = '<p>會議在瀋陽舉行</p><SCRIPT type="text/javascript">track("座談會")</SCRIPT><style>p{}</style><p>end'
    assert html.html_to_text(fragment).split() == ["會議在瀋陽舉行", "end"]
    assert html.html_to_text("<p>before</p><script>never closed").split() == ["before"]


def test_relative_links_in_the_html_kept_are_made_absolute() -> None:
    rss = RSS.replace("&lt;b&gt;para&lt;/b&gt;", '&lt;a href="/news/b"&gt;para&lt;/a&gt; &lt;img src="pic.jpg"&gt;')
    offset, _ = parse_feed_document(rss.encode(), timezone="Asia/Shanghai", base_url="https://news.example.org/rss/")
    assert offset.content_html is not None
    assert 'href="https://news.example.org/news/b"' in offset.content_html
    assert 'src="https://news.example.org/rss/pic.jpg"' in offset.content_html
    atom = ATOM.replace('<content type="html">', '<content type="html" xml:base="https://cdn.example.org/2023/">')
    atom = atom.replace("&lt;/p&gt;</content>", '&lt;img src="x.png"&gt;&lt;/p&gt;</content>')
    (entry,) = parse_feed_document(atom.encode(), timezone="Asia/Shanghai")
    assert entry.content_html is not None and 'src="https://cdn.example.org/2023/x.png"' in entry.content_html


def test_relative_links_in_a_json_feed_item_are_made_absolute() -> None:
    items = [
        {"id": "1", "url": "https://news.example.org/2023/a.html", "content_html": '<p><img src="pic.jpg"> 正文</p>'},
        {"id": "2", "url": 7, "content_html": '<p><a href="/about">關於</a></p>'},
    ]
    body = {"version": "https://jsonfeed.org/version/1.1", "home_page_url": "https://news.example.org/", "items": items}
    first, second = parse_json_feed(json.dumps(body).encode(), timezone="Asia/Shanghai")
    assert first.content_html is not None and 'src="https://news.example.org/2023/pic.jpg"' in first.content_html
    assert second.content_html is not None and 'href="https://news.example.org/about"' in second.content_html
    assert second.url is None  # a number is no address


def test_an_item_whose_html_names_forbidden_characters_is_read_and_the_others_kept() -> None:
    rss = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sample</title>
<item><title>Fine</title><guid>ok-1</guid><description>plain words</description></item>
<item><title>Odd references</title><guid>odd-1</guid>
<description>&lt;p&gt;one&lt;/p&gt;&amp;#1;two &lt;a href="https://news.example.org/x"&gt;link&lt;/a&gt;&amp;#xFFFE;
&lt;div&gt;three&amp;#x0B;&lt;/div&gt;four</description></item>
</channel></rss>"""
    fine, odd = parse_feed_document(rss.encode(), timezone="Asia/Shanghai")
    assert (fine.guid, fine.text) == ("ok-1", "plain words")
    assert odd.text == "one\n\ntwo link three\n\nfour"
    assert odd.content_html is not None and "two" in odd.content_html and "four" in odd.content_html
    assert not any(ord(c) < 0x20 and c not in "\t\n\r" or c == "\ufffe" for c in odd.text + odd.content_html)
