"""Meetings become events: one per meeting UID, linked to every article that reports it.

An event keeps its UID; when a report changes its details SEQUENCE goes up. A report
with lower confidence only fills in what the event lacks. An event that no article
reports any longer is deleted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict

from sqlalchemy.orm import Session

from db.events import add_event, delete_event, event_by_uid
from db.models import Article, Event, utcnow
from feed.extract.identity import meeting_uid
from feed.model import Meeting

# event column, meeting attribute
_EVENT_FIELDS = (
    ("start_date", "start"),
    ("end_date", "last_day"),
    ("start_time", "start_time"),
    ("end_time", "end_time"),
    ("timezone", "timezone"),
    ("city", "city"),
    ("city_en", "city_en"),
    ("region", "region"),
    ("country", "country"),
    ("venue", "venue"),
    ("latitude", "latitude"),
    ("longitude", "longitude"),
    ("status", "status"),
)


def link_meetings(session: Session, article: Article, meetings: Sequence[Meeting]) -> list[Event]:
    """Merge the article's meetings into events and make them the article's event links."""
    events: list[Event] = []
    for meeting in meetings:
        uid = meeting_uid(meeting)
        event = event_by_uid(session, uid)
        if event is None:
            event = Event(uid=uid, name=meeting.name, sequence=0, confidence=meeting.confidence)
            _apply(event, meeting, overwrite=True)
            event = add_event(session, event)
        elif _apply(event, meeting, overwrite=meeting.confidence >= event.confidence):
            event.sequence += 1
            event.updated_at = utcnow()
        event.confidence = max(event.confidence, meeting.confidence)
        if event not in events:
            events.append(event)
    orphans = [e for e in article.events if e not in events]
    article.events = events
    session.flush()
    for event in orphans:
        if not event.articles:
            delete_event(session, event)
    return events


def _apply(event: Event, meeting: Meeting, *, overwrite: bool) -> bool:
    """Copy the meeting's details onto the event (only into empty fields unless `overwrite`): changed?"""
    changed = False
    for column, attribute in _EVENT_FIELDS:
        new = getattr(meeting, attribute)
        old = getattr(event, column, None)
        if new is None or new == old or (old is not None and not overwrite):
            continue
        setattr(event, column, new)
        changed = True
    if overwrite or not event.evidence:  # why we believe it: shown, but no change to the meeting (no SEQUENCE)
        event.evidence = {name: asdict(item) for name, item in meeting.evidence.items()}
        event.sentence = meeting.sentence
    organisers = [{"name": o.name, "role": o.role} for o in meeting.organisers]
    if organisers and organisers != event.organisers and (overwrite or not event.organisers):
        event.organisers = organisers
        changed = True
    return changed
