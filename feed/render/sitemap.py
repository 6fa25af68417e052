"""Sitemaps (sitemaps.org protocol 0.9): a urlset of pages, or an index of urlsets.

A urlset holds at most MAX_URLS URLs (and 50 MB, which 50,000 of these URLs never reach); a site
with more lists them in several, named by a sitemap index. Every URL is absolute and entity-escaped;
`lastmod` is a W3C Datetime in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time
from xml.sax.saxutils import escape
from zoneinfo import ZoneInfo

MAX_URLS = 50_000
NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
AS_REPORTED = ("cancelled", "postponed")


def w3c_datetime(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def page_changed(changed: datetime, start: date, end: date, zone: str, status: str, now: datetime) -> datetime:
    """When a meeting's page last changed: `changed` (its own or a report's update), or the midnight at
    which the status it shows moved on (scheduled -> ongoing -> held, feed.status), if that is later."""
    if status in AS_REPORTED:
        return changed
    tz = ZoneInfo(zone)
    today = now.astimezone(tz).date()
    turns = [day for day in (start, date.fromordinal(end.toordinal() + 1)) if day <= today]
    return max([changed, *(datetime.combine(day, time(), tz) for day in turns)])


def _document(root: str, child: str, entries: Iterable[tuple[str, datetime]]) -> bytes:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f'<{root} xmlns="{NAMESPACE}">']
    for loc, lastmod in entries:
        lines.append(f"<{child}><loc>{escape(loc)}</loc><lastmod>{w3c_datetime(lastmod)}</lastmod></{child}>")
    lines.append(f"</{root}>\n")
    return "\n".join(lines).encode("utf-8")


def render_urlset(pages: Iterable[tuple[str, datetime]]) -> bytes:
    """(absolute URL, last modified) of each page."""
    return _document("urlset", "url", pages)


def render_index(sitemaps: Iterable[tuple[str, datetime]]) -> bytes:
    """(absolute URL, last modified) of each sitemap."""
    return _document("sitemapindex", "sitemap", sitemaps)
