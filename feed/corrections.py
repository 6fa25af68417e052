"""Corrections by an editor: what PATCH and DELETE /api/events/{uid} change, and how it outlives ingest.

A correction sets event columns and records them in `event.corrections`; feed.events leaves
those columns alone on every later ingest, whatever the articles say. Each correction raises
SEQUENCE and LAST-MODIFIED and is recorded (event_corrections) with who and when.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy.orm import Session

from db.events import add_correction
from db.models import Event, utcnow
from feed.errors import FeedError

REPORTED_NAME = "reported_name"  # in event.corrections: the name before an editor changed it
TIME_PATTERN = r"^([01][0-9]|2[0-3]):[0-5][0-9](:[0-5][0-9])?$"
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(2999, 12, 31)  # as feed.web.params reads dates

__all__ = [
    "REPORTED_NAME",
    "STATUSES",
    "Correction",
    "CorrectionError",
    "apply_correction",
    "corrected_fields",
    "parse_correction",
]

STATUSES = ("scheduled", "ongoing", "held", "postponed", "cancelled")
TEXT_FIELDS = {"venue": 1000, "city": 255, "city_en": 255, "region": 255, "country": 255}
MAX_NAME = 1000
MAX_EDITOR = 100
MAX_NOTE = 1000
# request field -> event column
COLUMNS = {"name": "name", "start": "start_date", "end": "end_date", "start_time": "start_time", "end_time": "end_time"}
COLUMNS |= {name: name for name in TEXT_FIELDS} | {"status": "status", "hidden": "hidden"}


class CorrectionError(FeedError):
    """A correction that cannot be made: its body names an unknown field or a value out of range."""


@dataclass
class Correction:
    """Validated changes (column -> value), and who made them and why."""

    changes: dict[str, Any] = field(default_factory=dict)
    editor: str | None = None
    note: str | None = None


def _text(name: str, value: Any, limit: int, *, nullable: bool) -> str | None:
    if value is None and nullable:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise CorrectionError(f"{name} must be a non-empty string of at most {limit} characters")
    if any(ord(c) < 32 or 127 <= ord(c) < 160 for c in value):
        raise CorrectionError(f"{name} must not contain control characters")
    return value.strip()


def _day(name: str, value: Any) -> date:
    try:
        if isinstance(value, str) and len(value) == 10 and FIRST_DAY <= (day := date.fromisoformat(value)) <= LAST_DAY:
            return day
    except ValueError:
        pass
    raise CorrectionError(f"{name} must be a date from {FIRST_DAY} to {LAST_DAY}: YYYY-MM-DD")


def _time(name: str, value: Any) -> time | None:
    if value is None:
        return None
    if not isinstance(value, str) or not re.fullmatch(TIME_PATTERN, value):
        raise CorrectionError(f"{name} must be a time, HH:MM or HH:MM:SS, or null")
    return time.fromisoformat(value)


def parse_correction(body: Any) -> Correction:
    """The changes a PATCH body asks for; CorrectionError names what is wrong."""
    if not isinstance(body, dict) or not body:
        raise CorrectionError("the body must be a JSON object with at least one field to change")
    unknown = sorted(set(body) - set(COLUMNS) - {"editor", "note"})
    if unknown:
        raise CorrectionError(f"unknown field {unknown[0]!r}: give {', '.join(sorted(COLUMNS))}, editor or note")
    correction = Correction(
        editor=_text("editor", body.get("editor"), MAX_EDITOR, nullable=True),
        note=_text("note", body.get("note"), MAX_NOTE, nullable=True),
    )
    changes = correction.changes
    for name, value in body.items():
        if name == "name":
            changes["name"] = _text(name, value, MAX_NAME, nullable=False)
        elif name in ("start", "end"):
            changes[COLUMNS[name]] = _day(name, value)
        elif name in ("start_time", "end_time"):
            changes[name] = _time(name, value)
        elif name in TEXT_FIELDS:
            changes[name] = _text(name, value, TEXT_FIELDS[name], nullable=True)
        elif name == "status":
            if value not in STATUSES:
                raise CorrectionError(f"status must be one of {', '.join(STATUSES)}")
            changes["status"] = value
        elif name == "hidden":
            if not isinstance(value, bool):
                raise CorrectionError("hidden must be true or false")
            changes["hidden"] = value
    if not changes:
        raise CorrectionError("the body changes nothing: give at least one field besides editor and note")
    return correction


def _json_value(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | time) else value


def apply_correction(
    session: Session, event: Event, correction: Correction, token: str, now: datetime | None = None
) -> bool:
    """Make the correction and record it; False when it changes nothing (nothing is recorded)."""
    now = now or utcnow()
    changes = dict(correction.changes)
    if "start_date" in changes and "end_date" not in changes:  # a move keeps the meeting's length
        changes["end_date"] = changes["start_date"] + (event.end_date - event.start_date)
    start, end = changes.get("start_date", event.start_date), changes.get("end_date", event.end_date)
    if end < start:
        raise CorrectionError(f"the end ({end}) is before the start ({start})")
    if end - start > timedelta(days=366):
        raise CorrectionError("a meeting lasts a year at most")
    changed = {column: value for column, value in changes.items() if getattr(event, column) != value}
    if not changed:
        return False
    corrections = {column: _json_value(value) for column, value in changed.items() if column != "hidden"}
    if "name" in changed and REPORTED_NAME not in event.corrections:  # reports still name it so (feed.events)
        corrections[REPORTED_NAME] = event.name
    for column, value in changed.items():
        setattr(event, column, value)
    event.corrections = event.corrections | corrections
    if "status" in changed:
        event.cancelled_at = now if event.status == "cancelled" else None
    editor = correction.editor or "token"
    event.sequence += 1
    event.updated_at = event.corrected_at = now
    event.corrected_by = editor
    request = {name: _json_value(value) for name, value in correction.changes.items()}
    add_correction(session, event, editor, token, request, correction.note, now)
    return True


def corrected_fields(event: Event) -> list[str]:
    """The event columns an editor set."""
    return sorted(name for name in event.corrections if name != REPORTED_NAME)
