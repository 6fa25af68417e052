"""What every parsed document goes through before it is stored.

- XML that declares entities is refused: internal entities are how "billion
  laughs" expands, external ones how files and intranet URLs leak in. Entity
  declarations can only sit in the DOCTYPE before the root element, so the
  prolog alone is read.
- Every article field is cleaned of XML-invalid control characters, bounded in
  length, its link must be http(s), and a date in the future is not believed.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, datetime, timedelta

from feed.errors import ParseError
from feed.model import ArticleDoc
from feed.parse.html import sanitise_html
from feed.text import clean_text

__all__ = ["MAX_TEXT", "MAX_TITLE", "check_xml_prolog", "normalise_doc"]

MAX_TITLE = 500
MAX_TEXT = 200_000
MAX_HTML = 400_000
MAX_FIELD = 255
FUTURE_SLACK = timedelta(days=1)

_ROOT = re.compile(r"<[A-Za-z_]")
_ENTITY = re.compile(r"<!ENTITY", re.I)
_HTTP = re.compile(r"^https?://[^\s]+$", re.I)


def check_xml_prolog(text: str) -> None:
    """Refuse a document whose DOCTYPE declares entities."""
    root = _ROOT.search(text)
    prolog = text[: root.start()] if root else text[:65536]
    if _ENTITY.search(prolog):
        raise ParseError(
            "parse: the document declares XML entities (entity expansion or external entity); refused"
        )


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
