"""A subscription list as OPML 2.0 (http://opml.org/spec2.opml): folders of feeds and calendars.

Feeds are `type="rss"` outlines with `xmlUrl` (Atom too: readers take the type as "a feed"),
which is what feed readers import. A calendar is a `type="link"` outline with `url`: OPML has no
calendar type, and a reader that cannot subscribe to one leaves it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from lxml import etree

from feed.text import xml_safe

SPEC = "http://opml.org/spec2.opml"


@dataclass(frozen=True)
class Subscription:
    title: str
    url: str
    html_url: str  # the page a reader links the feed to
    calendar: bool = False  # a calendar (type="link"), else a feed (type="rss", xmlUrl)
    description: str = ""


@dataclass(frozen=True)
class Folder:
    title: str
    items: Sequence[Subscription | Folder] = field(default_factory=tuple)


def render_opml(title: str, items: Sequence[Subscription | Folder], *, owner_url: str) -> bytes:
    root = etree.Element("opml", version="2.0")
    head = etree.SubElement(root, "head")
    etree.SubElement(head, "title").text = xml_safe(title)
    etree.SubElement(head, "ownerId").text = owner_url
    etree.SubElement(head, "docs").text = SPEC
    body = etree.SubElement(root, "body")
    for item in items:
        _outline(body, item)
    return etree.tostring(root, xml_declaration=True, encoding="utf-8", pretty_print=True)


def _outline(parent: etree._Element, item: Subscription | Folder) -> None:
    if isinstance(item, Folder):
        folder = etree.SubElement(parent, "outline", text=xml_safe(item.title))
        for child in item.items:
            _outline(folder, child)
        return
    name = xml_safe(item.title)
    attributes = {"text": name, "title": name}
    if item.calendar:
        attributes |= {"type": "link", "url": item.url}
    else:
        attributes |= {"type": "rss", "xmlUrl": item.url, "htmlUrl": item.html_url}
    if item.description:
        attributes["description"] = xml_safe(item.description)
    etree.SubElement(parent, "outline", attributes)
