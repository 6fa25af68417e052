"""What every parsed document goes through before it is stored.

- A document that declares entities is refused: internal entities are how
  "billion laughs" expands, external ones how files and intranet URLs leak in.
  Declarations are found by an XML parser (expat, reporting them as defusedxml
  does), not by a pattern: comments and processing instructions before the
  DOCTYPE hid them from the pattern this replaced. Feeds, article pages and
  listing pages all go through it.
- Every article field is cleaned of XML-invalid control characters, bounded in
  length, its link must be http(s), and a date in the future is not believed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from xml.parsers import expat

from feed.errors import ParseError
from feed.model import ArticleDoc
from feed.parse.html import sanitise_html
from feed.text import clean_text

__all__ = [
    "MAX_TEXT",
    "MAX_TITLE",
    "normalise_doc",
    "refuse_declarations_in",
    "refuse_entity_declarations",
    "refuse_hidden_declarations",
]

MAX_TITLE = 500
MAX_TEXT = 200_000
MAX_HTML = 400_000
MAX_FIELD = 255
FUTURE_SLACK = timedelta(days=1)

_ENTITY = re.compile(rb"<!ENTITY", re.I)
_REFUSED = "parse: the document declares XML entities (entity expansion or external entity); refused"
_HTTP = re.compile(r"^https?://[^\s]+$", re.I)


class _Declared(Exception):
    pass


class _Root(Exception):
    pass


def refuse_entity_declarations(text: str) -> None:
    """Refuse a document (XML or HTML) whose DOCTYPE declares entities.

    expat reads the prolog and stops at the root element, where declarations end.
    Declarations it reports are refused; so is `<!ENTITY` anywhere in the prolog
    (inside a comment, where a lenient parser may still find it), and anywhere in a
    document whose prolog expat cannot read (HTML often: lenient parsers read on).
    """
    data = text.encode("utf-8", "replace")
    parser = expat.ParserCreate(encoding="utf-8")  # the text is decoded: its declared encoding no longer holds

    def declared(*_: object) -> None:
        raise _Declared

    def root(*_: object) -> None:
        raise _Root

    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared
    parser.StartElementHandler = root
    try:
        parser.Parse(data, True)
        hidden = _ENTITY.search(data) is not None  # not reached: a document without a root is an error
    except _Declared:
        hidden = True
    except _Root:
        hidden = _ENTITY.search(data, 0, parser.CurrentByteIndex) is not None
    except expat.ExpatError:
        hidden = _ENTITY.search(data) is not None
    if hidden:
        raise ParseError(_REFUSED)


def refuse_declarations_in(parser: expat.XMLParserType) -> None:
    """Make an expat parser that reads a document in pieces refuse entity declarations as it meets them."""

    def declared(*_: object) -> None:
        raise ParseError(_REFUSED)

    parser.EntityDeclHandler = declared
    parser.UnparsedEntityDeclHandler = declared


def refuse_hidden_declarations(prolog: bytes) -> None:
    """Refuse `<!ENTITY` anywhere before the root element, where a lenient parser may still find it."""
    if _ENTITY.search(prolog):
        raise ParseError(_REFUSED)


def _bounded(value: str | None, limit: int) -> str | None:
    if value is None:
        return None
    value = clean_text(value).strip()
    if len(value) > limit:
        value = value[: limit - 1].rstrip() + "…"
    return value or None


def _single_line(value: str | None, limit: int) -> str | None:
    return _bounded(" ".join(value.split()) if value else value, limit)


def normalise_doc(doc: ArticleDoc, now: datetime | None = None) -> ArticleDoc:
    """A copy of `doc` that is safe to store and to serve."""
    now = now or datetime.now(UTC)
    published = doc.published
    if published is not None and published > now + FUTURE_SLACK:
        published = None  # a date days ahead is a broken clock or a trick to stay on top
    html = doc.content_html
    if html:
        html = sanitise_html(html[:MAX_HTML])
    url = doc.url.strip() if doc.url else None
    return replace(
        doc,
        title=_single_line(doc.title, MAX_TITLE) or "(untitled)",
        text=_bounded(doc.text, MAX_TEXT) or "",
        published=published,
        url=url if url and _HTTP.match(url) and len(url) <= 2048 else None,
        guid=_single_line(doc.guid, 1024),
        outlet=_single_line(doc.outlet, MAX_FIELD),
        author=_single_line(doc.author, 512),
        editors=[e for e in (_single_line(x, MAX_FIELD) for x in doc.editors[:20]) if e],
        original_title=_single_line(doc.original_title, MAX_TITLE),
        summary=_bounded(doc.summary, 4000),
        content_html=html or None,
        language=_single_line(doc.language, 16),
    )
