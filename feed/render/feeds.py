"""RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1 writers over plain views.

Hand-written rather than feedgen 1.0.0: feedgen drops rel/type on Atom entry
links, writes only the self link into RSS, formats dates through the
process-wide locale, and costs about 40 µs per item; these writers cost a few
µs per item and write every link (self, alternate, RFC 5005 paging, .ics).
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime

# XML 1.0 forbids these; each is one byte in UTF-8 and never part of a multi-byte character
_XML_INVALID_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])
GENERATOR = "feed (event-feed syndication)"
ARCHIVE_NS = "http://purl.org/syndication/history/1.0"


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


def xml_text(value: str) -> str:
    return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xml_document(text: str) -> bytes:
    """UTF-8 bytes without what XML 1.0 forbids: control characters, lone surrogates, U+FFFE/U+FFFF.

    Done once on the whole document: cheaper than a check per field.
    """
    data = text.encode("utf-8", "ignore").translate(None, _XML_INVALID_BYTES)
    if b"\xef\xbf\xbe" in data or b"\xef\xbf\xbf" in data:
        data = data.replace(b"\xef\xbf\xbe", b"").replace(b"\xef\xbf\xbf", b"")
    return data


def xml_attr(value: str) -> str:
    return xml_text(value).replace('"', "&quot;")


def _atom_link(link: Link) -> str:
    extra = f' type="{xml_attr(link.type)}"' if link.type else ""
    if link.title:
        extra += f' title="{xml_attr(link.title)}"'
    return f'<link rel="{xml_attr(link.rel)}" href="{xml_attr(link.href)}"{extra}/>'


def render_atom(doc: FeedDoc) -> bytes:
    out = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"']
    if doc.archive:
        out.append(f' xmlns:fh="{ARCHIVE_NS}"')
    out.append(f' xml:lang="{xml_attr(doc.language)}">' if doc.language else ">")
    if doc.archive:
        out.append("<fh:archive/>")
    out.append(
        f"<id>{xml_text(doc.id)}</id><title>{xml_text(doc.title)}</title>"
        f"<subtitle>{xml_text(doc.subtitle)}</subtitle><updated>{doc.updated.isoformat()}</updated>"
        f"<generator>{xml_text(GENERATOR)}</generator><author><name>{xml_text(doc.author)}</name></author>"
    )
    out.append(_atom_link(Link(doc.self_url, "self", "application/atom+xml")))
    out.append(_atom_link(Link(doc.home_url, "alternate", "text/html")))
    out.extend(_atom_link(link) for link in doc.paging)
    for e in doc.entries:
        lang = f' xml:lang="{xml_attr(e.language)}"' if e.language else ""
        out.append(
            f"<entry{lang}><id>{xml_text(e.id)}</id><title>{xml_text(e.title)}</title>"
            f"<published>{e.published.isoformat()}</published><updated>{e.updated.isoformat()}</updated>"
        )
        out.extend(_atom_link(link) for link in e.links)
        out.extend(f"<author><name>{xml_text(a)}</name></author>" for a in e.authors)
        out.extend(f'<category term="{xml_attr(c)}"/>' for c in e.categories)
        if e.summary:
            out.append(f"<summary>{xml_text(e.summary)}</summary>")
        if e.content_html:
            out.append(f'<content type="html">{xml_text(e.content_html)}</content>')
        out.append("</entry>")
    out.append("</feed>\n")
    return xml_document("".join(out))


def render_rss(doc: FeedDoc) -> bytes:
    out = [
        '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        ' xmlns:dc="http://purl.org/dc/elements/1.1/"'
        + (f' xmlns:fh="{ARCHIVE_NS}"' if doc.archive else "")
        + "><channel>"
    ]
    if doc.archive:
        out.append("<fh:archive/>")
    out.append(
        f"<title>{xml_text(doc.title)}</title><link>{xml_text(doc.home_url)}</link>"
        f"<description>{xml_text(doc.subtitle)}</description>"
    )
    if doc.language:
        out.append(f"<language>{xml_text(doc.language)}</language>")
    out.append(
        f"<lastBuildDate>{format_datetime(doc.updated)}</lastBuildDate>"
        f"<generator>{xml_text(GENERATOR)}</generator><docs>https://www.rssboard.org/rss-specification</docs>"
    )
    out.append(f'<atom:link rel="self" type="application/rss+xml" href="{xml_attr(doc.self_url)}"/>')
    out.extend(
        f'<atom:link rel="{xml_attr(link.rel)}" type="application/rss+xml" href="{xml_attr(link.href)}"/>'
        for link in doc.paging
    )
    for e in doc.entries:
        out.append(f'<item><title>{xml_text(e.title)}</title><guid isPermaLink="false">{xml_text(e.id)}</guid>')
        url = e.url
        if url:
            out.append(f"<link>{xml_text(url)}</link>")
        out.append(f"<pubDate>{format_datetime(e.published)}</pubDate>")
        if e.authors:
            out.append(f"<dc:creator>{xml_text(', '.join(e.authors))}</dc:creator>")
        out.extend(f"<category>{xml_text(c)}</category>" for c in e.categories)
        if e.summary:  # plain text; readers take <description> as HTML, so it is escaped as HTML too
            out.append(f"<description>{xml_text(html.escape(e.summary, quote=False))}</description>")
        if e.content_html:
            out.append(f"<content:encoded>{xml_text(e.content_html)}</content:encoded>")
        for link in e.links:
            if link.rel == "enclosure":  # its length is not known: 0, as RSS readers accept
                out.append(f'<enclosure url="{xml_attr(link.href)}" length="0" type="{xml_attr(link.type or "")}"/>')
            elif link.href != url or link.rel != "alternate":
                out.append(
                    f'<atom:link rel="{xml_attr(link.rel)}" href="{xml_attr(link.href)}"'
                    + (f' type="{xml_attr(link.type)}"' if link.type else "")
                    + "/>"
                )
        out.append("</item>")
    out.append("</channel></rss>\n")
    return xml_document("".join(out))


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
    document["items"] = items
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "ignore")


RENDERERS = {"rss": render_rss, "atom": render_atom, "json": render_json_feed}
