"""RSS, Atom (feedparser) and JSON Feed documents -> ArticleDocs.

feedparser 6.0 does not read JSON Feed, which is plain JSON, so it is mapped here.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from feed.errors import ParseError
from feed.fetch.charset import decode_document
from feed.model import ArticleDoc
from feed.parse.boilerplate import text_without_boilerplate
from feed.parse.dates import parse_datetime
from feed.parse.guard import refuse_entity_declarations
from feed.parse.headline import headline_from_text
from feed.parse.html import html_to_text, with_absolute_links
from feed.parse.itemhtml import ItemHtml
from feed.text import clean_text, detect_language

_XML_DECLARATION = re.compile(r"^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*[\"'][^\"']*[\"']")
_FEED_ROOT = re.compile(r"<(?:[\w-]+:)?(?:rss|feed|RDF)[\s>]")
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>])", re.I | re.S)
_FEED_LINK = re.compile(r"<link[^>]+type=[\"']application/(?:rss|atom)\+xml[\"'][^>]*>", re.I)
_HREF = re.compile(r"href=[\"']([^\"']+)[\"']", re.I)


@dataclass
class ParsedFeed:
    docs: list[ArticleDoc] = field(default_factory=list)
    title: str | None = None
    ttl: float | None = None  # seconds, from RSS <ttl>
    warning: str | None = None  # set when a broken document was read by the lenient parser


def looks_like_json_feed(body: bytes) -> bool:
    return body.lstrip()[:1] == b"{" and b"jsonfeed.org/version" in body[:4096]


def sniff(body: bytes, content_type: str = "") -> str:
    """'feed' or 'html' (or 'unknown') from what the document is, not what it is called."""
    if looks_like_json_feed(body):
        return "feed"
    head = body[:4096].decode("latin-1")
    if _HTML_START.match(head):
        return "html"
    if _FEED_ROOT.search(head):
        return "feed"
    if "html" in content_type.lower() or re.search(r"<(?:html|body|div|p)[\s>]", head, re.I):
        return "html"
    return "unknown"


def feed_links(html: str, base_url: str | None) -> list[str]:
    """Feeds a page announces with <link rel="alternate" type="application/rss+xml">."""
    links = []
    for tag in _FEED_LINK.findall(html[:65536]):
        if href := _HREF.search(tag):
            links.append(urljoin(base_url or "", href.group(1)))
    return links


def parse_feed_document(
    body: bytes, *, timezone: str, base_url: str | None = None, content_type: str = ""
) -> list[ArticleDoc]:
    return parse_feed(body, timezone=timezone, base_url=base_url, content_type=content_type).docs


def parse_feed(body: bytes, *, timezone: str, base_url: str | None = None, content_type: str = "") -> ParsedFeed:
    if looks_like_json_feed(body):
        return ParsedFeed(docs=parse_json_feed(body, timezone=timezone))
    text = clean_text(decode_document(body, content_type)[0])  # XML-invalid control characters out
    if sniff(body, content_type) == "html":
        found = feed_links(text, base_url)
        hint = f"; the page announces a feed at {found[0]}" if found else ""
        raise ParseError(f"parse: expected a feed but got an HTML page{hint}")
    refuse_entity_declarations(text)
    return parse_clean_xml(without_encoding(text).encode("utf-8"), timezone=timezone, base_url=base_url)


def without_encoding(text: str) -> str:
    """Decoded XML without its declared encoding, which no longer holds once it is re-encoded."""
    return _XML_DECLARATION.sub(r"\1", text, count=1)


def parse_clean_xml(utf8: bytes, *, timezone: str, base_url: str | None = None) -> ParsedFeed:
    """An RSS or Atom document, already decoded, cleaned and guarded, as UTF-8 without a declared encoding."""
    parsed = feedparser.parse(
        utf8,
        response_headers={"content-location": base_url or "", "content-type": "application/xml; charset=utf-8"},
        sanitize_html=False,  # nh3 sanitises the HTML kept (sanitise_html) and html_to_text drops scripts
        resolve_relative_uris=False,  # with_absolute_links does it for the HTML kept, and only where needed
    )
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise ParseError(f"parse: not an RSS, Atom or JSON feed ({reason})")
    title = clean_text(parsed.feed.get("title", "")).strip() or None
    ttl = parsed.feed.get("ttl")
    if parsed.get("bozo") and not parsed.entries:
        raise ParseError(f"parse: broken feed with no readable items ({parsed.get('bozo_exception')})")
    warning = None
    if parsed.get("bozo") and not isinstance(parsed.get("bozo_exception"), feedparser.CharacterEncodingOverride):
        reason = " ".join(str(parsed.get("bozo_exception")).split())[:200]
        warning = f"parse: the feed is not well-formed XML ({reason}); {len(parsed.entries)} item(s) recovered"
    return ParsedFeed(
        warning=warning,
        docs=[doc for entry in parsed.entries if (doc := _entry(entry, timezone, title))],
        title=title,
        ttl=float(ttl) * 60 if str(ttl or "").strip().isdigit() else None,
    )


def _entry(entry: Any, timezone: str, outlet: str | None = None) -> ArticleDoc | None:
    html, base = "", None
    if entry.get("content"):
        html, base = entry.content[0].get("value", ""), entry.content[0].get("base")
    summary_html = entry.get("summary", "")
    if not html:
        html, base = summary_html, (entry.get("summary_detail") or {}).get("base")
    title = clean_text(entry.get("title", "")).strip()
    item_html = ItemHtml(html)
    text = text_without_boilerplate(item_html.text())
    if not title and not text:
        return None
    return ArticleDoc(
        title=title or headline_from_text(text),
        text=text,
        published=_entry_time(entry, timezone),
        url=entry.get("link"),
        guid=entry.get("id") or entry.get("link"),
        outlet=outlet,
        author=clean_text(entry.get("author", "")) or None,
        summary=html_to_text(summary_html) or None if summary_html != html else None,
        content_html=_stored_html(item_html, base) if html else None,
        language=detect_language(title + "\n" + text),
    )


def _entry_time(entry: Any, timezone: str) -> datetime | None:
    """The entry's time, reading an offset-less source time in the source's zone.

    feedparser turns every time into UTC, taking a missing offset as UTC; the raw
    string is read first so that a naive Beijing time stays Beijing time.
    """
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = entry.get(raw_key)
        if raw and (value := parse_datetime(raw, timezone)):
            return value
        parsed = entry.get(parsed_key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC)
    return None


def _stored_html(item_html: ItemHtml, base: str | None) -> str:
    """An item's HTML as it is stored: sanitised, without its boilerplate, its links made absolute."""
    return with_absolute_links(item_html.without_boilerplate(), base)


def _address(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def parse_json_feed(body: bytes, *, timezone: str) -> list[ArticleDoc]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"parse: JSON Feed is not valid JSON: {exc}") from None
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ParseError("parse: JSON Feed has no 'items' array")
    feed_base = _address(data.get("home_page_url")) or _address(data.get("feed_url"))
    docs = []
    for item in items:
        if not isinstance(item, dict):
            continue
        html = str(item.get("content_html") or "")
        base = _address(item.get("url")) or feed_base
        item_html = ItemHtml(html)
        text = text_without_boilerplate(clean_text(str(item.get("content_text") or "")) or item_html.text())
        title = clean_text(str(item.get("title") or "")).strip()
        if not title and not text:
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        published = item.get("date_published") or item.get("date_modified")
        docs.append(
            ArticleDoc(
                title=title or headline_from_text(text),
                text=text,
                published=parse_datetime(str(published), timezone) if published else None,
                url=_address(item.get("url")),
                guid=str(item.get("id") or item.get("url") or "") or None,
                author=", ".join(str(a.get("name")) for a in authors if isinstance(a, dict)) or None,
                summary=clean_text(str(item["summary"])) if item.get("summary") else None,
                content_html=_stored_html(item_html, base) if html else None,
                language=detect_language(title + "\n" + text),
            )
        )
    return docs
