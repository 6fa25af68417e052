"""A meeting as a schema.org `Event` (the JSON-LD of its page), and the dates its h-event shows.

Both say the same: the page prints `event_dates` in <time> elements and the JSON-LD carries them,
so a search engine and a microformats parser read one meeting. Only what the service knows is
given: no `isAccessibleForFree` (no report says whether a meeting is free) and no `image`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from db.models import Event
from feed.render.calendar import location_text

SCHEMA = "https://schema.org/"
# the extractor records no attendance mode, and the meetings the news reports are held in a place
ATTENDANCE = SCHEMA + "OfflineEventAttendanceMode"


@dataclass(frozen=True)
class EventDates:
    """ISO 8601 values (a day, or a time with its UTC offset) and how the page shows them."""

    start: str
    end: str | None  # the last day or the end time; None when only a start time is known
    start_text: str
    end_text: str  # "" when the end is the start (a one-day meeting)
    zone: str  # the time zone's name for a timed meeting, else ""


def event_dates(event: Event) -> EventDates:
    """All-day meetings as days (the last day inclusive); timed ones as local times with their offsets."""
    if event.start_time is None:
        start, last = event.start_date.isoformat(), event.end_date.isoformat()
        return EventDates(start, last, start, "" if last == start else last, "")
    zone = ZoneInfo(event.timezone)
    begins = datetime.combine(event.start_date, event.start_time, zone)
    start_text = f"{event.start_date.isoformat()} {event.start_time:%H:%M}"
    ends = datetime.combine(event.end_date, event.end_time, zone) if event.end_time is not None else None
    if ends is not None and ends > begins:
        end_text = f"{event.end_time:%H:%M}"
        if event.end_date != event.start_date:
            end_text = f"{event.end_date.isoformat()} {end_text}"
        return EventDates(begins.isoformat(), ends.isoformat(), start_text, end_text, event.timezone)
    if event.end_date != event.start_date:  # an end day but no end time: the day
        return EventDates(begins.isoformat(), event.end_date.isoformat(), start_text, event.end_date.isoformat(), "")
    return EventDates(begins.isoformat(), None, start_text, "", event.timezone)


def event_status(event: Event, moved: bool) -> str:
    """schema.org's eventStatus: cancelled and postponed as reported; rescheduled when a later report
    moved the meeting to the day it is on now (feed.events.was_moved); else scheduled."""
    if event.status == "cancelled":
        return SCHEMA + "EventCancelled"
    if event.status == "postponed":
        return SCHEMA + "EventPostponed"
    return SCHEMA + ("EventRescheduled" if moved else "EventScheduled")


def place_name(event: Event) -> str:
    """The venue, or else the whole place as the page shows it ('瀋陽, 遼寧省, 中國 (Shenyang)')."""
    return event.venue or location_text(event)


def event_place(event: Event) -> dict[str, Any] | None:
    address = {
        key: value
        for key, value in (
            ("addressLocality", event.city),
            ("addressRegion", event.region),
            ("addressCountry", event.country),
        )
        if value
    }
    place: dict[str, Any] = {"@type": "Place"}
    if name := place_name(event):
        place["name"] = name
    if address:
        place["address"] = {"@type": "PostalAddress", **address}
    if event.latitude is not None and event.longitude is not None:
        place["geo"] = {"@type": "GeoCoordinates", "latitude": event.latitude, "longitude": event.longitude}
    return place if len(place) > 1 else None


def event_jsonld(event: Event, url: str, *, moved: bool = False) -> dict[str, Any]:
    """The schema.org `Event` of the meeting's page at `url`, ready for `<script type="application/ld+json">`."""
    dates = event_dates(event)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.name,
        "startDate": dates.start,
    }
    if dates.end is not None:
        data["endDate"] = dates.end
    data["eventStatus"] = event_status(event, moved)
    data["eventAttendanceMode"] = ATTENDANCE
    if place := event_place(event):
        data["location"] = place
    if event.organisers:
        data["organizer"] = [{"@type": "Organization", "name": o["name"]} for o in event.organisers]
    data["url"] = url
    if event.sentence:
        data["description"] = event.sentence
    return data
