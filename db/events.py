"""Events: the rows that meetings are merged into (the merge itself is feed.events)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Event
from db.rows import insert_or_get


def event_by_uid(session: Session, uid: str) -> Event | None:
    return session.scalar(select(Event).where(Event.uid == uid))


def add_event(session: Session, event: Event) -> Event:
    """Insert an event; when a concurrent run stored the same UID first, that row."""
    return insert_or_get(session, event, select(Event).where(Event.uid == event.uid))


def delete_event(session: Session, event: Event) -> None:
    session.delete(event)
