"""Re-extraction: the current extractor over stored articles, their meetings updated in place.

Each article's meetings go through `feed.events.link_meetings`, as when ingest stores a changed
article: an unchanged meeting keeps its event's UID and SEQUENCE, a changed one raises SEQUENCE
(a moved one keeps its UID), a new one is added, and an event no article reports any more is
cancelled; an editor's corrections stay as set. Articles are read, extracted and written a batch
at a time, oldest first (an original before its reprints), each batch committed.

One re-extraction at a time per database: it holds a lock of its own (`feed.leader.lock_for`:
an advisory lock on PostgreSQL, a lock file beside an SQLite file) that its process's end frees.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from db.articles import article_by_id, articles_after, count_articles
from db.models import Article, Event, utcnow
from db.session import Database
from db.sources import source_by_key
from feed.errors import FeedError, NotFound
from feed.events import expire_cancelled, link_meetings
from feed.extract import extract_meetings
from feed.leader import Leadership, lock_for
from feed.model import ArticleDoc, Meeting

if TYPE_CHECKING:
    from feed.ingest import Progress

__all__ = ["BATCH", "Busy", "ReextractSummary", "reextract"]

log = logging.getLogger(__name__)

BATCH = 200  # articles read, extracted and written per transaction
LOCK_NAME, LOCK_KEY = "reextract", 0x66656565  # the scheduler's advisory lock is 'feed', 0x66656564


class Busy(FeedError):
    """Another re-extraction holds the database's lock."""


@dataclass
class ReextractSummary:
    """What a re-extraction did: articles read, failed, and events by what became of them."""

    articles: int = 0
    errors: int = 0
    unchanged: int = 0
    changed: int = 0
    added: int = 0
    cancelled: int = 0


@dataclass
class _Tally:
    """Events seen by the run, by id; an event is counted once, by the last thing that befell it."""

    seen: set[int] = field(default_factory=set)
    added: set[int] = field(default_factory=set)
    changed: set[int] = field(default_factory=set)
    cancelled: set[int] = field(default_factory=set)

    def note(self, events: Iterable[Event], now: datetime) -> None:
        """link_meetings stamps what it creates, changes and cancels with `now`."""
        for event in events:
            self.seen.add(event.id)
            if event.created_at == now:
                self.added.add(event.id)
            if event.cancelled_at == now:
                self.cancelled.add(event.id)
            elif event.updated_at == now:
                self.changed.add(event.id)

    def fill(self, summary: ReextractSummary) -> None:
        summary.cancelled = len(self.cancelled)
        summary.added = len(self.added - self.cancelled)
        summary.changed = len(self.changed - self.added - self.cancelled)
        summary.unchanged = len(self.seen - self.added - self.changed - self.cancelled)


@dataclass
class _Extracted:
    article_id: int
    content_hash: str
    meetings: list[Meeting]


def reextract(
    database: Database,
    *,
    source_key: str | None = None,
    since: datetime | None = None,
    progress: Progress | None = None,
    batch: int = BATCH,
) -> ReextractSummary:
    """Run the current extractor over the stored articles (of one source, dated `since` or later).

    Raises Busy when another re-extraction is running on the database.
    """
    lock = lock_for(database.url, LOCK_NAME, LOCK_KEY, lease_seconds=None)
    if not lock.try_acquire():
        raise Busy("reextract: another re-extraction is running on this database; try again when it has finished")
    try:
        return _reextract(database, source_key, since, progress or (lambda processed, total: None), batch, lock)
    finally:
        lock.release()


def _reextract(
    database: Database,
    source_key: str | None,
    since: datetime | None,
    progress: Progress,
    batch: int,
    lock: Leadership,
) -> ReextractSummary:
    now = utcnow()
    with database.begin() as session:
        source_id = None
        if source_key is not None:
            source = source_by_key(session, source_key)
            if source is None:
                raise NotFound(f"reextract: no source with key {source_key!r}")
            source_id = source.id
        total, last = count_articles(session, source_id, since)  # later ones met this extractor at ingest
    summary, tally, after = ReextractSummary(), _Tally(), 0
    progress(0, total)
    while True:
        with database.begin() as session:  # read: no write lock held while extracting
            page = [
                (_doc(article, timezone), article.id, article.content_hash)
                for article, timezone in articles_after(session, after, last, batch, source_id, since)
            ]
        if not page:
            break
        after = page[-1][1]
        extracted = []
        for doc, article_id, content_hash in page:
            summary.articles += 1
            try:
                extracted.append(_Extracted(article_id, content_hash, extract_meetings(doc)))
            except Exception:  # one article's extraction bug must not stop the run
                log.exception("reextract article=%d failed; its meetings are left as they were", article_id)
                summary.errors += 1
            progress(summary.articles, total)
        if not lock.still_held():
            raise FeedError(f"reextract: lost the database lock; stopped after {summary.articles - len(page)} articles")
        with database.begin() as session:
            for item in extracted:
                article = article_by_id(session, item.article_id)
                if article is None or article.content_hash != item.content_hash:
                    continue  # removed or changed by an ingest meanwhile, which extracted it again
                original = article_by_id(session, article.duplicate_of) if article.duplicate_of else None
                previous = list(article.events)
                events = link_meetings(session, article, item.meetings, original=original, now=now)
                tally.note([*previous, *events], now)
    with database.begin() as session:
        expire_cancelled(session)
    tally.fill(summary)
    log.info(
        "reextract source=%s articles=%d unchanged=%d changed=%d added=%d cancelled=%d errors=%d",
        source_key or "*",
        summary.articles,
        summary.unchanged,
        summary.changed,
        summary.added,
        summary.cancelled,
        summary.errors,
    )
    return summary


def _doc(article: Article, timezone: str) -> ArticleDoc:
    """The article as ingest parsed it; its time in the source's zone, as a source time without an
    offset was read (the extractor takes the day it was published from it)."""
    published = article.published_at.astimezone(ZoneInfo(timezone)) if article.published_at else None
    return ArticleDoc(
        title=article.title,
        text=article.text,
        published=published,
        url=article.url,
        guid=article.guid,
        outlet=article.outlet,
        author=article.author,
        editors=list(article.editors or []),
        original_title=article.original_title,
        summary=article.summary,
        content_html=article.content_html,
        language=article.language,
    )
