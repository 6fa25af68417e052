"""Index pages without feeds: the article links on them.

With a CSS selector from the sources file, the links it selects (an <a>, or the
<a>s inside what it selects). Without one, links that look like articles: on
the same site, with a headline-length text, and a path shaped like a news
article's (a date, a long number, /content_..., /article/...).
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

import lxml.html
from cssselect import SelectorError
from lxml.cssselect import CSSSelector

from feed.errors import ConfigError, ParseError
from feed.parse.guard import refuse_entity_declarations
from feed.text import clean_text

__all__ = ["article_links"]

_ARTICLE_PATH = re.compile(
    r"/(?:19|20)\d{2}[-/_]?(?:0[1-9]|1[0-2])(?:[-/_]?[0-3]\d)?/"  # /2023/06/26/ or /202306/
    r"|/t(?:19|20)\d{6}_\d+"  # /t20230626_123456.html
    r"|/(?:content|article|articles|news|detail|doc|story|a|n\d?)[_/-]\w*\d{4,}"
    r"|\d{5,}\.s?html?$"
    r"|/[a-z0-9-]*\d[a-z0-9-]{5,}\.s?html?$",
    re.I,
)
_SKIP = re.compile(r"^(?:javascript|mailto|tel|data):", re.I)
_LIST_PARENTS = {"li", "h1", "h2", "h3", "h4", "dt", "dd", "td"}


def _site(host: str) -> str:
    parts = host.lower().split(".")
    tail = 3 if len(parts) > 2 and parts[-2] in {"com", "net", "org", "gov", "edu", "co"} else 2
    return ".".join(parts[-tail:])


def _looks_like_article(anchor: lxml.html.HtmlElement, url: str, text: str, listing: str) -> bool:
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    long_enough = cjk >= 6 or len(text) >= 20
    if not long_enough:
        return False
    path = urlsplit(url).path
    if _ARTICLE_PATH.search(path):
        return True
    parent = anchor.getparent()
    return parent is not None and parent.tag in _LIST_PARENTS and (cjk >= 10 or len(text) >= 40) and url != listing


def article_links(html: str, base_url: str, selector: str | None = None, limit: int = 100) -> list[str]:
    """Article URLs in document order, each once."""
    html = clean_text(html)
    refuse_entity_declarations(html)
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as exc:
        raise ParseError(f"parse: the listing page is not readable HTML: {exc}") from None
    base = tree.xpath("//base/@href")
    base_url = urljoin(base_url, str(base[0])) if base else base_url
    if selector:
        try:
            chosen = CSSSelector(selector)(tree)
        except SelectorError as exc:
            raise ConfigError(f"config: selector {selector!r} is not valid CSS: {exc}") from None
        anchors = [a for el in chosen for a in ([el] if el.tag == "a" else el.iter("a"))]
    else:
        anchors = list(tree.iter("a"))
    site = _site(urlsplit(base_url).hostname or "")
    found: dict[str, None] = {}
    for anchor in anchors:
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#") or _SKIP.match(href):
            continue
        url = urljoin(base_url, href).split("#", 1)[0]
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or url == base_url:
            continue
        if not selector:
            text = " ".join(anchor.text_content().split())
            if _site(parts.hostname or "") != site or not _looks_like_article(anchor, url, text, base_url):
                continue
        found.setdefault(url, None)
        if len(found) >= limit:
            break
    return list(found)
