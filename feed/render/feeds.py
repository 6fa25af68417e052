"""RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1 writers over plain views.

RSS and Atom are built with feedgen 1.0.0; JSON Feed is written here (feedgen has no JSON Feed 1.1).
What feedgen leaves out is added through its own extension mechanism (`register_extension`: classes
that add to the lxml tree it builds, before it is serialised), never by editing its XML afterwards:

- Atom entry links: `FeedEntry.atom_entry` reads rel, type and title back from the bare element it
  has just made instead of from the link, so every entry link comes out as a plain href (an
  alternate link to a reader). `_AtomEntry` sets them again, and the entry's xml:lang.
- RSS: of the feed's links feedgen writes only the self link, and of an item's links only one
  <link> and one <enclosure>. `_RssChannel` adds the RFC 5005 paging links, `_RssItem` the item's
  other links (the event pages an article reports) as atom:link. `fh:archive` on older pages comes
  from `_AtomFeed` and `_RssChannel`; dc:creator from feedgen's own dc extension.
- An item's outlet: RSS <source url> through feedgen's `source()` (only with a URL, which RSS requires),
  Atom <source> from `_AtomEntry` (feedgen writes it only with a link) with the id, title and updated
  RFC 4287 4.2.11 asks an aggregator to keep, JSON Feed `_source`.
- RSS dates: feedgen formats them with `feedgen.util.formatRFC2822`, which sets the process's LC_ALL
  to C around `strftime` and back. Feeds render in worker threads: two renders at once can format
  under the locale the other restored, or restore the other's C for good. `_RssItem` writes item
  dates with `email.utils.format_datetime` (no locale), and the one date feedgen still formats
  (lastBuildDate, which it always writes) is formatted holding `_SETLOCALE`.
- lxml refuses the characters XML 1.0 forbids: every string is cleaned before feedgen sees it.

feedgen and lxml cost more per item than string templates did (bench/README.md, "Feed rendering");
bytes are rendered once per data change, so that is paid once per change, not per request.
"""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime
from typing import TypeVar

from feedgen.entry import FeedEntry
from feedgen.ext.base import BaseEntryExtension, BaseExtension
from feedgen.ext.dc import DcEntryExtension
from feedgen.feed import FeedGenerator
from lxml import etree

from feed.text import xml_safe

GENERATOR = "feed (event-feed syndication)"
ARCHIVE_NS = "http://purl.org/syndication/history/1.0"
ATOM_NS = "http://www.w3.org/2005/Atom"
RSS_DOCS = "https://www.rssboard.org/rss-specification"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
EXTENSION = "event_feed"  # the name our extensions are registered under: an attribute of generator and entries
# feedgen.util.formatRFC2822 switches the process-wide locale; never two of them at once
_SETLOCALE = threading.Lock()
T = TypeVar("T")


@dataclass(frozen=True)
class Link:
    href: str
    rel: str = "alternate"
    type: str | None = None
    title: str | None = None


@dataclass(frozen=True)
class Entry:
    id: str  # a tag: URI
    title: str
    published: datetime
    updated: datetime
    links: Sequence[Link]  # the first rel=alternate one is the entry's main link
    content_html: str | None = None
    summary: str | None = None
    authors: Sequence[str] = ()
    categories: Sequence[str] = ()
    language: str | None = None
    source: str | None = None  # the outlet that published it: RSS <source>, Atom source/title
    source_url: str | None = None  # the feed it came from; RSS <source> needs one, else it is left out
    source_id: str | None = None  # the outlet's tag: URI, Atom source/id

    @property
    def url(self) -> str | None:
        return next((link.href for link in self.links if link.rel == "alternate"), None)


@dataclass(frozen=True)
class FeedDoc:
    id: str
    title: str
    subtitle: str
    self_url: str
    home_url: str
    updated: datetime
    entries: Sequence[Entry]
    language: str | None = None
    paging: Sequence[Link] = field(default_factory=tuple)  # first, next, previous, prev-archive...
    archive: bool = False  # an older page: RFC 5005's fh:archive
    author: str = "feed"
    hubs: Sequence[str] = ()  # WebSub hubs that push this feed's changes (rel="hub")


def _clean(link: Link) -> Link:
    return Link(
        xml_safe(link.href),
        xml_safe(link.rel),
        xml_safe(link.type) if link.type else None,
        xml_safe(link.title) if link.title else None,
    )


def _link_fields(link: Link) -> dict[str, str]:
    fields = {"href": link.href, "rel": link.rel}
    if link.type:
        fields["type"] = link.type
    if link.title:
        fields["title"] = link.title
    return fields


def _archive_marker(parent: etree._Element) -> None:
    parent.insert(0, etree.Element(f"{{{ARCHIVE_NS}}}archive"))


class _AtomFeed(BaseExtension):
    """RFC 5005's fh:archive on an older page."""

    archive = False

    def extend_ns(self) -> dict[str, str]:
        return {"fh": ARCHIVE_NS} if self.archive else {}

    def extend_atom(self, feed: etree._Element) -> etree._Element:
        if self.archive:
            _archive_marker(feed)
        return feed


class _AtomEntry(BaseEntryExtension):
    """rel, type and title of the entry's links, which feedgen 1.0.0 drops; the entry's xml:lang; the
    outlet as atom:source (feedgen's `source()` writes one only with a URL, for RSS's sake) with the
    metadata RFC 4287 4.2.11 says an aggregator SHOULD keep: id, title, and updated, which is the entry's
    (the outlet changed at least then)."""

    links: Sequence[Link] = ()
    language: str | None = None
    source: str | None = None
    source_id: str | None = None
    updated: datetime | None = None

    def extend_atom(self, feed: etree._Element) -> etree._Element:
        for element, link in zip(feed.iterchildren("link"), self.links, strict=True):
            element.set("rel", link.rel)
            if link.type:
                element.set("type", link.type)
            if link.title:
                element.set("title", link.title)
        if self.language:
            feed.set(XML_LANG, self.language)
        if self.source:
            source = etree.SubElement(feed, "source")
            if self.source_id:
                etree.SubElement(source, "id").text = self.source_id
            etree.SubElement(source, "title").text = self.source
            if self.updated is not None:
                etree.SubElement(source, "updated").text = self.updated.isoformat()
        return feed


class _RssChannel(BaseExtension):
    """The RFC 5005 paging links and WebSub hub links (feedgen writes only the self link) and fh:archive."""

    paging: Sequence[Link] = ()
    hubs: Sequence[str] = ()
    archive = False

    def extend_ns(self) -> dict[str, str]:
        return {"fh": ARCHIVE_NS} if self.archive else {}

    def extend_rss(self, feed: etree._Element) -> etree._Element:
        channel = feed[0]
        if self.archive:
            _archive_marker(channel)
        for link in self.paging:
            etree.SubElement(channel, f"{{{ATOM_NS}}}link", rel=link.rel, type="application/rss+xml", href=link.href)
        for hub in self.hubs:
            etree.SubElement(channel, f"{{{ATOM_NS}}}link", rel="hub", href=hub)
        return feed


class _RssItem(BaseEntryExtension):
    """pubDate without the process-wide locale, and the links RSS has no element for, as atom:link."""

    published: datetime | None = None
    links: Sequence[Link] = ()

    def extend_rss(self, feed: etree._Element) -> etree._Element:
        if self.published is not None:
            etree.SubElement(feed, "pubDate").text = format_datetime(self.published)
        for link in self.links:
            element = etree.SubElement(feed, f"{{{ATOM_NS}}}link", rel=link.rel, href=link.href)
            if link.type:
                element.set("type", link.type)
        return feed


def _feed_generator(doc: FeedDoc, links: Sequence[Link]) -> FeedGenerator:
    generator = FeedGenerator()
    generator.id(xml_safe(doc.id))
    generator.title(xml_safe(doc.title))
    generator.subtitle(xml_safe(doc.subtitle))
    generator.updated(doc.updated)
    generator.generator(GENERATOR)
    generator.author({"name": xml_safe(doc.author)})
    generator.link([_link_fields(_clean(link)) for link in links])
    if doc.language:
        generator.language(xml_safe(doc.language))
    return generator


def _extension(owner: FeedGenerator | FeedEntry, kind: type[T], name: str = EXTENSION) -> T:
    """The instance of `kind` that feedgen's register_extension/load_extension made `owner.<name>`."""
    extension = getattr(owner, name)
    assert isinstance(extension, kind)
    return extension


def render_atom(doc: FeedDoc) -> bytes:
    generator = _feed_generator(
        doc,
        [
            Link(doc.self_url, "self", "application/atom+xml"),
            Link(doc.home_url, "alternate", "text/html"),
            *doc.paging,
            *(Link(hub, "hub") for hub in doc.hubs),
        ],
    )
    generator.register_extension(EXTENSION, _AtomFeed, _AtomEntry, atom=True, rss=False)
    _extension(generator, _AtomFeed).archive = doc.archive
    for e in doc.entries:
        entry = generator.add_entry(order="append")
        entry.id(xml_safe(e.id))
        entry.title(xml_safe(e.title))
        entry.published(e.published)
        entry.updated(e.updated)
        links = [_clean(link) for link in e.links]
        if links:
            entry.link([_link_fields(link) for link in links])
        if e.authors:
            entry.author([{"name": xml_safe(a)} for a in e.authors])
        if e.categories:
            entry.category([{"term": xml_safe(c)} for c in e.categories])
        if e.summary:
            entry.summary(xml_safe(e.summary))
        if e.content_html or e.url is None:  # RFC 4287: no alternate link, then content (feedgen checks)
            entry.content(xml_safe(e.content_html or ""), type="html")
        extension = _extension(entry, _AtomEntry)
        extension.links = links
        extension.language = xml_safe(e.language) if e.language else None
        extension.source = xml_safe(e.source) if e.source else None
        extension.source_id = xml_safe(e.source_id) if e.source_id else None
        extension.updated = e.updated
    return generator.atom_str(encoding="utf-8")


def render_rss(doc: FeedDoc) -> bytes:
    # the last link given is the channel's <link>; feedgen writes only the self one as atom:link
    generator = _feed_generator(doc, [Link(doc.self_url, "self", "application/rss+xml"), Link(doc.home_url)])
    generator.docs(RSS_DOCS)
    generator.register_extension(EXTENSION, _RssChannel, _RssItem, atom=False, rss=True)
    generator.load_extension("dc", atom=False, rss=True)
    channel = _extension(generator, _RssChannel)
    channel.paging = [_clean(link) for link in doc.paging]
    channel.hubs = [xml_safe(hub) for hub in doc.hubs]
    channel.archive = doc.archive
    for e in doc.entries:
        item = generator.add_entry(order="append")
        item.id(xml_safe(e.id))  # <guid isPermaLink="false">
        item.title(xml_safe(e.title))
        links = [_clean(link) for link in e.links]
        main = next((link for link in links if link.rel == "alternate"), None)
        enclosure = next((link for link in links if link.rel == "enclosure"), None)  # its length is not known: 0
        given = [link for link in (main, enclosure) if link is not None]
        if given:
            item.link([_link_fields(link) for link in given])
        if e.summary:  # plain text; readers take <description> as HTML, so it is escaped as HTML too
            item.description(html.escape(xml_safe(e.summary), quote=False))
        if e.content_html:
            item.content(xml_safe(e.content_html))  # <content:encoded> beside a description, else <description>
        if e.categories:
            item.category([{"term": xml_safe(c)} for c in e.categories])
        if e.authors:
            _extension(item, DcEntryExtension, "dc").dc_creator(xml_safe(", ".join(e.authors)))
        if e.source and e.source_url:  # RSS 2.0's <source> requires its url attribute
            item.source(url=xml_safe(e.source_url), title=xml_safe(e.source))
        extension = _extension(item, _RssItem)
        extension.published = e.published
        extension.links = [link for link in links if link is not main and link is not enclosure]
    with _SETLOCALE:
        return generator.rss_str(encoding="utf-8")


def render_json_feed(doc: FeedDoc) -> bytes:
    items = []
    for e in doc.entries:
        item: dict[str, object] = {"id": e.id, "title": e.title}
        if e.url:
            item["url"] = e.url
        external = next((link.href for link in e.links if link.rel == "related"), None)
        if external:
            item["external_url"] = external
        item["content_html"] = e.content_html or ""
        if e.summary:
            item["summary"] = e.summary
        item["date_published"] = e.published.isoformat()
        item["date_modified"] = e.updated.isoformat()
        if e.authors:
            item["authors"] = [{"name": a} for a in e.authors]
        if e.categories:
            item["tags"] = list(e.categories)
        if e.language:
            item["language"] = e.language
        if e.source:  # JSON Feed has no source: an extension (names starting with "_" are ignored by readers)
            item["_source"] = {"title": e.source, **({"url": e.source_url} if e.source_url else {})}
        attachments = [{"url": link.href, "mime_type": link.type} for link in e.links if link.rel == "enclosure"]
        if attachments:
            item["attachments"] = attachments
        items.append(item)
    document: dict[str, object] = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": doc.title,
        "home_page_url": doc.home_url,
        "feed_url": doc.self_url,
        "description": doc.subtitle,
    }
    next_url = next((link.href for link in doc.paging if link.rel == "next"), None)
    if next_url:
        document["next_url"] = next_url
    if doc.language:
        document["language"] = doc.language
    if doc.hubs:
        document["hubs"] = [{"type": "WebSub", "url": hub} for hub in doc.hubs]
    document["items"] = items
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "ignore")


RENDERERS = {"rss": render_rss, "atom": render_atom, "json": render_json_feed}
