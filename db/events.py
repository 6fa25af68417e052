"""Events: the rows that meetings are merged into (the merge itself is feed.events)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, literal, select, union_all
from sqlalchemy.orm import Session

from db.lookups import chunks, one_of
from db.models import Article, Event, EventAlias, EventCorrection, article_events
from db.rows import insert_or_get


def event_known_as(session: Session, uid: str) -> Event | None:
    """The event with this UID, else the one that has it as an alias."""
    return events_known_as_any(session, [uid]).get(uid)


def events_known_as_any(session: Session, uids: Sequence[str]) -> dict[str, Event]:
    """{UID: the event with it, else the one that has it as an alias} for those of `uids` that are known."""
    found: dict[str, Event] = {}
    for chunk in chunks(session, uids):
        found.update(
            (event.uid, event) for event in session.scalars(select(Event).where(one_of(session, Event.uid, chunk)))
        )
        aliased = select(EventAlias.uid, Event).join(Event, EventAlias.event_id == Event.id)
        for uid, event in session.execute(aliased.where(one_of(session, EventAlias.uid, chunk))):
            found.setdefault(uid, event)
    return found


def uids_of(session: Session, events: Sequence[Event]) -> dict[int, set[str]]:
    """Every UID each event is known by: its own and its aliases."""
    known = {event.id: {event.uid} for event in events}
    if known:
        for uid, event_id in session.execute(
            select(EventAlias.uid, EventAlias.event_id).where(EventAlias.event_id.in_(list(known)))
        ):
            known[event_id].add(uid)
    return known


def add_alias(session: Session, event: Event, uid: str) -> None:
    session.add(EventAlias(uid=uid, event_id=event.id))


def events_of_story(session: Session, story_id: int) -> list[Event]:
    """The events reported by a story: its original (`story_id`) and every reprint of it."""
    # a union, not `id = ? OR duplicate_of = ?`, which SQLite answers by scanning an index of every article
    articles = union_all(select(literal(story_id)), select(Article.id).where(Article.duplicate_of == story_id))
    linked = select(article_events.c.event_id).where(article_events.c.article_id.in_(articles))
    return list(session.scalars(select(Event).where(Event.id.in_(linked)).order_by(Event.id)))


def add_event(session: Session, event: Event) -> Event:
    """Insert an event; when a concurrent run stored the same UID first, that row."""
    return insert_or_get(session, event, select(Event).where(Event.uid == event.uid))


def is_reported(session: Session, event: Event, besides: Article | None = None) -> bool:
    """Whether any article (other than `besides`) links to the event."""
    query = select(article_events.c.article_id).where(article_events.c.event_id == event.id)
    if besides is not None:
        query = query.where(article_events.c.article_id != besides.id)
    return session.scalar(query.limit(1)) is not None


def delete_events_cancelled_before(session: Session, when: datetime) -> int:
    """Remove the events cancelled before `when`; how many."""
    result = session.execute(
        delete(Event).where(Event.cancelled_at < when).execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def add_correction(
    session: Session, event: Event, editor: str, token: str, changes: dict[str, Any], note: str | None, when: datetime
) -> None:
    session.add(
        EventCorrection(event_id=event.id, editor=editor, token=token, changes=changes, note=note, created_at=when)
    )


def corrections_of(session: Session, event: Event) -> list[EventCorrection]:
    """The event's corrections, oldest first."""
    query = select(EventCorrection).where(EventCorrection.event_id == event.id)
    return list(session.scalars(query.order_by(EventCorrection.id)))
