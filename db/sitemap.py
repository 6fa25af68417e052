"""What /sitemap.xml lists: the meetings' and the articles' pages, with what their last change is computed from."""

from __future__ import annotations

from datetime import date, datetime
from typing import NamedTuple

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from db.models import Article, Event, article_events


class EventPage(NamedTuple):
    uid: str
    updated_at: datetime
    reported_at: datetime | None  # the newest change to an article that reports it
    start_date: date
    end_date: date
    timezone: str
    status: str


def _listed(min_confidence: float | None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [Event.hidden.is_(False)]
    if min_confidence:
        conditions.append(Event.confidence >= min_confidence)
    return conditions


def count_event_pages(session: Session, min_confidence: float | None) -> int:
    return session.scalar(select(func.count()).select_from(Event).where(*_listed(min_confidence))) or 0


def event_pages(
    session: Session, min_confidence: float | None, offset: int = 0, limit: int | None = None
) -> list[EventPage]:
    """The meetings the index and the calendars list, oldest row first (a page keeps its place)."""
    reported = (
        select(func.max(Article.updated_at))
        .join(article_events, article_events.c.article_id == Article.id)
        .where(article_events.c.event_id == Event.id)
        .scalar_subquery()
    )
    query = (
        select(Event.uid, Event.updated_at, reported, Event.start_date, Event.end_date, Event.timezone, Event.status)
        .where(*_listed(min_confidence))
        .order_by(Event.id)
        .offset(offset)
        .limit(limit)
    )
    return [EventPage(*row) for row in session.execute(query)]


class ArticlePage(NamedTuple):
    id: int
    updated_at: datetime


def count_article_pages(session: Session) -> int:
    """Articles the feeds list (a reprint is listed under its original): each has a page."""
    return session.scalar(select(func.count()).select_from(Article).where(Article.duplicate_of.is_(None))) or 0


def article_pages(session: Session, offset: int = 0, limit: int | None = None) -> list[ArticlePage]:
    """The articles count_article_pages counts, oldest row first (a page keeps its place)."""
    query = (
        select(Article.id, Article.updated_at)
        .where(Article.duplicate_of.is_(None))
        .order_by(Article.id)
        .offset(offset)
        .limit(limit)
    )
    return [ArticlePage(*row) for row in session.execute(query)]
