"""Meetings become events: one per meeting, linked to every article that reports it.

An event keeps its UID; when a report changes its details SEQUENCE goes up. A report
with lower confidence only fills in what the event lacks. An event's confidence is the
highest of its reports'; when its only report is read again (updated, or re-extracted), that
reading's.

A meeting is looked up by its UID (its script-normalised name and first day, see
feed.extract.identity), or by a UID the event is also known by (an alias). A meeting
whose UID is unknown may be one that a later report moved: an event of the same
normalised name, reported by an earlier version of the same article or by the article's
story (its original and the original's reprints), that the article no longer reports on
its old day, and that starts within MOVE_WINDOW of the new day. That event moves: new
dates, SEQUENCE + 1, the new UID as an alias, so later reports of the new day find it.
Annual editions of a forum are different stories a year apart, and stay apart (even when one
year's article is a near copy of the last one's: a move is never further than MOVE_WINDOW).

A report of a day the event was moved away from links the article to the event without
moving it back, unless that article reported the move itself (an updated article has the
last word on what it says).

Columns an editor corrected (feed.corrections) are left as the editor set them.

An event that a report cancels, or that no article reports any longer, is cancelled: it
stays with STATUS:CANCELLED for CANCELLED_KEPT, then `expire_cancelled` removes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from db.events import (
    add_alias,
    add_event,
    delete_events_cancelled_before,
    event_known_as,
    events_known_as_any,
    events_of_story,
    is_reported,
    uids_of,
)
from db.models import Article, Event, utcnow
from feed.corrections import REPORTED_NAME
from feed.extract.identity import day_uid, meeting_uid, normalised_name
from feed.model import Meeting

__all__ = ["CANCELLED_KEPT", "MOVE_WINDOW", "expire_cancelled", "known_events", "link_meetings", "was_moved"]

Known = dict[str, Event | None]  # UID -> its event (None: none), for the meetings of a batch of articles

MOVE_WINDOW = timedelta(days=183)  # a report that moves a meeting further than this reports another edition
CANCELLED_KEPT = timedelta(days=30)
CANCELLED = "cancelled"

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


def link_meetings(
    session: Session,
    article: Article,
    meetings: Sequence[Meeting],
    *,
    original: Article | None = None,
    now: datetime | None = None,
    known: Known | None = None,
    new_story: bool = False,
) -> list[Event]:
    """Merge the article's meetings into events and make them the article's event links.

    `original`: the article is a reprint of it. A reprint reports its original's meetings as well as
    its own, except those it reports itself under the same name (on another day, say).
    `known`: the events of the meetings' UIDs as `known_events` found them, kept up to date here; given for an
    article of a batch that the caller inserts in one savepoint, so a new event is added to the session and a
    concurrent run's row for its UID is the caller's conflict. Without it, a new event is inserted at once, in a
    savepoint of its own, taking the row a concurrent run stored first.
    `new_story`: the article was just stored and reprints nothing, nor does anything reprint it yet,
    so no event of its story can have moved.
    """
    now = now or utcnow()
    previous = list(article.events)
    reported = {meeting_uid(m) for m in meetings}
    movable: list[Event] | None = [] if new_story and original is None else None  # looked up when needed
    events: list[Event] = []
    one_by_one = known is None
    known = {} if known is None else known
    for meeting in meetings:
        uid = meeting_uid(meeting)
        event = known[uid] if uid in known else event_known_as(session, uid)
        if event is None:
            if movable is None:
                movable = _movable(session, article, previous, original, reported)
            event = _moved(meeting, movable, events)
            if event is not None:
                add_alias(session, event, uid)
                if _apply(event, meeting, overwrite=True):
                    _changed(event, now)
            else:
                event = Event(
                    uid=uid,
                    name=meeting.name,
                    sequence=0,
                    confidence=meeting.confidence,
                    orphaned_source_id=None,
                    created_at=now,
                    updated_at=now,
                )
                _apply(event, meeting, overwrite=True)
                _mark_cancelled(event, now)  # every column set before the insert: no UPDATE after it
                if one_by_one:
                    event = add_event(session, event)
                else:
                    session.add(event)
            known[uid] = event
        elif event.start_date != meeting.start and event not in previous:
            pass  # a report of the day it was moved away from: linked, not moved back
        else:
            orphan = event.cancelled_at is not None and not is_reported(session, event)
            if _apply(event, meeting, overwrite=orphan or meeting.confidence >= event.confidence):
                _changed(event, now)
            if event in previous and not is_reported(session, event, besides=article):
                event.confidence = meeting.confidence  # its only report, read again: as sure as that reading
        event.confidence = max(event.confidence, meeting.confidence)
        event.orphaned_source_id = None
        _mark_cancelled(event, now)
        if event not in events:
            events.append(event)
    if original is not None:  # and what its original reports, unless it reports that meeting itself
        names = {normalised_name(m.name) for m in meetings}
        events.extend(e for e in original.events if e not in events and normalised_name(e.name) not in names)
    orphans = [e for e in previous if e not in events]
    article.events = events
    if orphans:  # is_reported must see this article's links gone; otherwise the next query or commit flushes
        session.flush()
    for event in orphans:
        if not is_reported(session, event):
            event.orphaned_source_id = article.source_id
            _cancel(event, now)
    return events


def known_events(session: Session, meetings: Sequence[Meeting]) -> Known:
    """The events of the meetings' UIDs, looked up at once (for link_meetings' `known`)."""
    uids = sorted({meeting_uid(m) for m in meetings})
    found = events_known_as_any(session, uids)
    return {uid: found.get(uid) for uid in uids}


def was_moved(event: Event, aliases: set[str]) -> bool:
    """Is the event on a day a later report moved it to? Then its name and first day give one of
    its `aliases` (see link_meetings); an event back on its first day, or one an editor redated, is not."""
    names = {event.name, (event.corrections or {}).get(REPORTED_NAME) or event.name}
    return any(day_uid(name, event.start_date) in aliases for name in names)


def expire_cancelled(session: Session, now: datetime | None = None) -> int:
    """Remove the events cancelled CANCELLED_KEPT ago or longer; how many."""
    return delete_events_cancelled_before(session, (now or utcnow()) - CANCELLED_KEPT)


def _movable(
    session: Session, article: Article, previous: list[Event], original: Article | None, reported: set[str]
) -> list[Event]:
    """Events a meeting of this article may have moved: the article's own (as it was) and its story's,
    less those the article still reports on a day they are known by."""
    story = events_of_story(session, original.id if original is not None else article.id)
    pool = previous + [e for e in story if e not in previous]
    known = uids_of(session, pool)
    return [e for e in pool if not known[e.id] & reported]


def _moved(meeting: Meeting, movable: list[Event], taken: list[Event]) -> Event | None:
    """The movable event of the meeting's name nearest its new day, within MOVE_WINDOW."""
    name = normalised_name(meeting.name)
    near = [
        e for e in movable if e not in taken and abs(e.start_date - meeting.start) <= MOVE_WINDOW and name in _names(e)
    ]
    return min(near, key=lambda e: (abs(e.start_date - meeting.start), e.id), default=None)


def _names(event: Event) -> set[str]:
    """The event's normalised names: its own, and the one its reports give when an editor changed it."""
    reported = (event.corrections or {}).get(REPORTED_NAME)
    return {normalised_name(name) for name in (event.name, reported) if name}


def _changed(event: Event, now: datetime) -> None:
    event.sequence += 1
    event.updated_at = now


def _mark_cancelled(event: Event, now: datetime) -> None:
    """Keep cancelled_at with the status: set when it becomes cancelled, cleared when it is on again."""
    if event.status == CANCELLED:
        event.cancelled_at = event.cancelled_at or now
    else:
        event.cancelled_at = None


def _cancel(event: Event, now: datetime) -> None:
    """No article reports the event any longer: cancelled, and removed CANCELLED_KEPT later."""
    if event.status != CANCELLED and "status" not in event.corrections:
        event.status = CANCELLED
        _changed(event, now)
    _mark_cancelled(event, now)


def _apply(event: Event, meeting: Meeting, *, overwrite: bool) -> bool:
    """Copy the meeting's details onto the event (only into empty fields unless `overwrite`): changed?"""
    changed = False
    corrected = event.corrections or {}  # an editor's word outlives every report (feed.corrections)
    for column, attribute in _EVENT_FIELDS:
        new = getattr(meeting, attribute)
        old = getattr(event, column, None)
        if column in corrected or new is None or new == old or (old is not None and not overwrite):
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
