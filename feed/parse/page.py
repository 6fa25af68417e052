"""Article pages (HTML) -> ArticleDoc: headline, publication time, outlet/author, main text.

The main text comes from GNE (GeneralNewsExtractor, text and punctuation
density), with trafilatura (favour-precision, tables kept) as the fallback when
GNE finds no article; bench/extractors.py measured both (GNE F1 1.000, best
trafilatura setting 0.899 on 36 Chinese pages in both scripts). Chinese news pages carry a
metadata line ('2023-06-26 10:11 来源:辽宁日报 编辑:黄非'): it is found in the
page and read with the same parser as the text files, in either script.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime

import lxml.html
import trafilatura
from gne import GeneralNewsExtractor

from feed.errors import ParseError
from feed.model import ArticleDoc
from feed.parse.boilerplate import without_boilerplate
from feed.parse.dates import find_datetime, parse_datetime
from feed.parse.guard import refuse_entity_declarations
from feed.parse.html import sanitise_html
from feed.parse.textfile import _BYLINE, _LABEL, parse_metadata_line
from feed.text import clean_text, detect_language

__all__ = ["extract_article", "metadata_line"]

logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its per-page warnings are not ours to show

MIN_TEXT = 40  # characters of main text below which a page is not an article
_META_TIME = (
    "article:published_time",
    "og:published_time",
    "pubdate",
    "publishdate",
    "publish_date",
    "PubDate",
    "datePublished",
    "dc.date",
    "DC.date.issued",
)
_LINE_TAGS = {
    "div",
    "p",
    "span",
    "td",
    "li",
    "section",
    "header",
    "small",
    "em",
    "font",
    "h5",
    "h6",
}
_OUTLET_LABEL = re.compile(r"來源|来源|Source", re.I)
_TITLE_SEPARATORS = re.compile(r"\s*(?:[-_|｜—–]+)\s*")


def _tree(html: str) -> lxml.html.HtmlElement:
    try:
        return lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ParseError(f"parse: the page is not readable HTML: {exc}") from None


def metadata_line(tree: lxml.html.HtmlElement) -> str | None:
    """The shortest block near the top that reads like '时间 来源:X 编辑:Y'."""
    best: tuple[int, str] | None = None
    for position, element in enumerate(tree.iter(*_LINE_TAGS)):
        if position > 4000:
            break
        text = " ".join(element.text_content().split())
        if not 4 <= len(text) <= 200 or not _OUTLET_LABEL.search(text):
            continue
        labels = len(_LABEL.findall(text))
        if labels and (best is None or (labels, -len(text)) > (best[0], -len(best[1]))):
            best = (labels, text)
    return best[1] if best else None


def _meta_time(tree: lxml.html.HtmlElement, timezone: str) -> datetime | None:
    for name in _META_TIME:
        for attribute in ("property", "name", "itemprop"):
            for value in tree.xpath(f'//meta[@{attribute}="{name}"]/@content'):
                if parsed := parse_datetime(str(value), timezone):
                    return parsed
    return None


def _mostly_links(text: str, tree: lxml.html.HtmlElement) -> bool:
    """An index page: most of what was extracted is the text of links."""
    anchors = {" ".join(a.text_content().split()) for a in tree.iter("a")}
    linked = sum(len(a) for a in anchors if len(a) >= 4 and a in text)
    return linked > 0.5 * len("".join(text.split()))


def _gne(html: str) -> dict[str, str]:
    try:
        found = GeneralNewsExtractor().extract(html, with_body_html=False)
    except Exception:  # GNE raises assorted errors on odd markup; trafilatura is the fallback
        return {}
    return {k: str(v) for k, v in found.items() if isinstance(v, str)}


def _headline(tree: lxml.html.HtmlElement, extracted_title: str | None) -> str:
    h1s = [" ".join(h.text_content().split()) for h in tree.iter("h1")]
    title = " ".join((extracted_title or "").split())
    for h1 in h1s:
        if len(h1) >= 4 and (not title or h1 in title or title in h1):
            return h1
    if title:
        parts = _TITLE_SEPARATORS.split(title)
        return parts[0] if len(parts) > 1 and len(parts[0]) >= 6 else title
    return h1s[0] if h1s else ""


def extract_article(html: str, *, url: str | None, timezone: str, guid: str | None = None) -> ArticleDoc:
    """Raise ParseError when the page has no article text (an index page, an error page)."""
    html = clean_text(html)
    refuse_entity_declarations(html)
    tree = _tree(html)
    result = trafilatura.bare_extraction(
        html,
        url=url,
        favor_precision=True,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,  # its cache spans calls
    )
    gne = _gne(html)
    text = gne.get("content", "").strip()
    if len(text) < MIN_TEXT:
        text = (getattr(result, "text", None) or "").strip() if result else ""
    if len(text) < MIN_TEXT or _mostly_links(text, tree):
        raise ParseError(f"parse: {url or 'page'}: no article text found (not an article page?)")
    paragraphs = [" ".join(p.split()) for p in text.split("\n") if p.strip()]
    line = metadata_line(tree)
    meta = parse_metadata_line(line) if line else {}
    published = (find_datetime(line, timezone) if line else None) or _meta_time(tree, timezone)
    for raw in (gne.get("publish_time"), getattr(result, "date", None)):
        if published is None and raw:
            published = parse_datetime(str(raw), timezone)
    title = _headline(tree, gne.get("title") or getattr(result, "title", None))
    if not title:
        raise ParseError(f"parse: {url or 'page'}: the page has no headline")
    while paragraphs and (
        paragraphs[0] in (title, line) or (line and line in paragraphs[0] and len(paragraphs[0]) < 240)
    ):
        paragraphs.pop(0)  # the headline and the metadata line are not body text
    paragraphs = without_boilerplate(paragraphs)
    author = meta.get("author") or getattr(result, "author", None) or None
    if paragraphs and (byline := _BYLINE.search(paragraphs[-1])):
        author = " ".join(byline.group("names").split())
        if byline.start() == 0:
            paragraphs.pop()
    body = "\n\n".join(paragraphs)
    return ArticleDoc(
        title=title,
        text=body,
        published=published,
        url=url,
        guid=guid or url,
        outlet=meta.get("outlet") or getattr(result, "sitename", None) or None,
        author=author,
        editors=meta.get("editors", []),
        summary=(getattr(result, "description", None) or None),
        content_html=sanitise_html("".join(f"<p>{_escape(p)}</p>" for p in paragraphs)),
        language=detect_language(title + "\n" + body),
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
