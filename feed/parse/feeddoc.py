"""RSS, Atom (feedparser) and JSON Feed documents -> ArticleDocs.

feedparser 6.0 does not read JSON Feed, which is plain JSON, so it is mapped here.
"""

from __future__ import annotations

import calendar
import json
from datetime import UTC, datetime
from typing import Any

import feedparser

from feed.errors import ParseError
from feed.model import ArticleDoc
from feed.parse.dates import parse_datetime
from feed.parse.html import html_to_text, sanitise_html
from feed.text import clean_text, detect_language


def looks_like_json_feed(body: bytes) -> bool:
    return body.lstrip()[:1] == b"{" and b"jsonfeed.org/version" in body[:4096]


def parse_feed_document(body: bytes, *, timezone: str, base_url: str | None = None) -> list[ArticleDoc]:
    if looks_like_json_feed(body):
        return parse_json_feed(body, timezone=timezone)
    parsed = feedparser.parse(body, response_headers={"content-location": base_url or ""})
    if not parsed.get("version"):
        reason = parsed.get("bozo_exception") or "no RSS or Atom root element"
        raise ParseError(f"parse: not an RSS, Atom or JSON feed ({reason})")
    if parsed.get("bozo") and not parsed.entries:
        raise ParseError(f"parse: broken feed with no readable items ({parsed.get('bozo_exception')})")
    return [doc for entry in parsed.entries if (doc := _entry(entry, timezone))]


def _entry(entry: Any, timezone: str) -> ArticleDoc | None:
    html = ""
    if entry.get("content"):
        html = entry.content[0].get("value", "")
    summary_html = entry.get("summary", "")
    html = html or summary_html
    title = clean_text(entry.get("title", "")).strip()
    text = html_to_text(html)
    if not title and not text:
        return None
    return ArticleDoc(
        title=title or text[:80],
        text=text,
        published=_entry_time(entry, timezone),
        url=entry.get("link"),
        guid=entry.get("id") or entry.get("link"),
        outlet=None,
        author=clean_text(entry.get("author", "")) or None,
        summary=html_to_text(summary_html) or None if summary_html != html else None,
        content_html=sanitise_html(html) if html else None,
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


def parse_json_feed(body: bytes, *, timezone: str) -> list[ArticleDoc]:
    try:
        data = json.loads(body)
    except (ValueError, UnicodeDecodeError) as exc:
        raise ParseError(f"parse: JSON Feed is not valid JSON: {exc}") from None
    items = data.get("items") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ParseError("parse: JSON Feed has no 'items' array")
    docs = []
    for item in items:
        if not isinstance(item, dict):
            continue
        html = str(item.get("content_html") or "")
        text = clean_text(str(item.get("content_text") or "")) or html_to_text(html)
        title = clean_text(str(item.get("title") or "")).strip()
        if not title and not text:
            continue
        authors = item.get("authors") or ([item["author"]] if item.get("author") else [])
        published = item.get("date_published") or item.get("date_modified")
        docs.append(
            ArticleDoc(
                title=title or text[:80],
                text=text,
                published=parse_datetime(str(published), timezone) if published else None,
                url=item.get("url"),
                guid=str(item.get("id") or item.get("url") or "") or None,
                author=", ".join(str(a.get("name")) for a in authors if isinstance(a, dict)) or None,
                summary=clean_text(str(item["summary"])) if item.get("summary") else None,
                content_html=sanitise_html(html) if html else None,
                language=detect_language(title + "\n" + text),
            )
        )
    return docs
