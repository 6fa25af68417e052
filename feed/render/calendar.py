"""Meetings as iCalendar (RFC 5545 with RFC 7986 calendar properties), written line by line.

Hand-written rather than with the icalendar library, which is many times slower per
event; icalendar still builds the VTIMEZONE blocks, cached, and checks the output in
the tests.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from db.feed_queries import EventWithReports, Report
from db.models import Event
from feed.config import DEFAULT_ZONE
from feed.render import ical
from feed.render.ical import fold, param, text
from feed.render.links import Links
from feed.render.script import AS_STORED, Script

PRODID = "-//feed//event-feed syndication//EN"
REFRESH = timedelta(hours=1)
COLOR = "teal"  # a CSS3 colour name (RFC 7986)
DEFAULT_LENGTH = timedelta(hours=2)
# as reported; every other status (scheduled, ongoing, held: a matter of today's date) is CONFIRMED
STATUSES = {"cancelled": "CANCELLED", "postponed": "TENTATIVE"}


@dataclass(frozen=True)
class CalendarInfo:
    name: str
    description: str
    self_url: str
    home_url: str
    alarm: timedelta | None = None  # before the start: VALARM with TRIGGER:-<alarm>
    script: Script = AS_STORED


def location_text(event: Event) -> str:
    """'瀋陽, 遼寧省, 中國 (Shenyang)': venue, city, region, country, then the English city name."""
    parts: list[str] = []
    for part in (event.venue, event.city, event.region, event.country):
        if part and part not in parts:
            parts.append(part)
    result = ", ".join(parts)
    if event.city_en and event.city_en not in parts:
        result = f"{result} ({event.city_en})" if result else event.city_en
    return result


def event_language(reports: Sequence[Report]) -> str | None:
    return next((a.language for a in reports if a.language), None)


def event_description(event: Event, reports: Sequence[Report]) -> str:
    lines = []
    if event.organisers:
        lines.append("; ".join(f"{o['role']}: {o['name']}" for o in event.organisers))
    for article in reports:
        when = article.published_at.astimezone(DEFAULT_ZONE).date().isoformat() if article.published_at else ""
        lines.append(" ".join(filter(None, (when, article.title, article.url))))
    return "\n".join(lines)


def event_span(event: Event) -> tuple[datetime, datetime] | tuple[date, date]:
    """(start, exclusive end): aware datetimes for a timed event, dates for an all-day one."""
    if event.start_time is None:
        return event.start_date, event.end_date + timedelta(days=1)
    zone = ZoneInfo(event.timezone)
    start = datetime.combine(event.start_date, event.start_time, zone)
    if event.end_time is not None:
        end = datetime.combine(event.end_date, event.end_time, zone)
    else:
        end = datetime.combine(event.end_date, event.start_time, zone) + DEFAULT_LENGTH
    return start, max(end, start + timedelta(minutes=30))


def _vevent(shown: EventWithReports, links: Links, info: CalendarInfo, out: list[str]) -> None:
    event, reports = shown
    convert = info.script.convert
    language = info.script.language(event_language(reports))
    lang = f";LANGUAGE={param(language)}" if language else ""
    add = out.append
    add(fold("BEGIN:VEVENT"))
    add(fold(f"UID:{text(event.uid)}"))
    add(fold(f"DTSTAMP:{ical.utc_stamp(event.updated_at)}"))
    add(fold(f"CREATED:{ical.utc_stamp(event.created_at)}"))
    add(fold(f"LAST-MODIFIED:{ical.utc_stamp(event.updated_at)}"))
    add(fold(f"SEQUENCE:{event.sequence}"))
    add(fold(f"SUMMARY{lang}:{text(convert(event.name))}"))
    start, end = event_span(event)
    if isinstance(start, datetime) and isinstance(end, datetime):
        tzid = param(event.timezone)
        add(fold(f"DTSTART;TZID={tzid}:{ical.local_stamp(start)}"))
        add(fold(f"DTEND;TZID={tzid}:{ical.local_stamp(end.astimezone(start.tzinfo))}"))
    else:
        add(fold(f"DTSTART;VALUE=DATE:{ical.day_stamp(start)}"))
        add(fold(f"DTEND;VALUE=DATE:{ical.day_stamp(end)}"))
    location = location_text(event)
    if location:
        add(fold(f"LOCATION{lang}:{text(convert(location))}"))
    if event.latitude is not None and event.longitude is not None:
        add(fold(f"GEO:{event.latitude:.6f};{event.longitude:.6f}"))
        title = f'"{convert(location).translate(ical.PARAM_UNSAFE)}"' if location else '""'
        add(
            fold(
                f"X-APPLE-STRUCTURED-LOCATION;VALUE=URI;X-TITLE={title}:geo:{event.latitude:.6f},{event.longitude:.6f}"
            )
        )
    description = event_description(event, reports)
    if description:
        add(fold(f"DESCRIPTION{lang}:{text(convert(description))}"))
    add(fold(f"URL;VALUE=URI:{links.event_page(event)}"))
    add(fold(f"STATUS:{STATUSES.get(event.status, 'CONFIRMED')}"))
    add(fold("CLASS:PUBLIC"))
    add(fold("TRANSP:TRANSPARENT"))
    # no LANGUAGE: 'meeting' is English whatever the language of the reports, the city often too
    categories = ["meeting"] + [c for c in (event.city_en or event.city,) if c]
    add(fold("CATEGORIES:" + ",".join(text(convert(c)) for c in categories)))
    if info.alarm is not None:
        add(fold("BEGIN:VALARM"))
        add(fold("ACTION:DISPLAY"))
        add(fold(f"DESCRIPTION{lang}:{text(convert(event.name))}"))
        add(fold(f"TRIGGER;RELATED=START:{ical.duration(-info.alarm)}"))
        add(fold("END:VALARM"))
    add(fold("END:VEVENT"))


def render_calendar(events: Sequence[EventWithReports], links: Links, info: CalendarInfo) -> bytes:
    out = [
        fold(line)
        for line in (
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            f"PRODID:{PRODID}",
            "CALSCALE:GREGORIAN",  # no METHOD: iTIP's PUBLISH needs an ORGANIZER, which a published feed leaves out
            f"NAME:{text(info.name)}",
            f"X-WR-CALNAME:{text(info.name)}",
            f"DESCRIPTION:{text(info.description)}",
            f"X-WR-CALDESC:{text(info.description)}",
            f"REFRESH-INTERVAL;VALUE=DURATION:{ical.duration(REFRESH)}",
            f"X-PUBLISHED-TTL:{ical.duration(REFRESH)}",
            f"SOURCE;VALUE=URI:{info.self_url}",
            f"URL;VALUE=URI:{info.home_url}",
            f"COLOR:{COLOR}",
        )
    ]
    if events:
        out.append(fold(f"LAST-MODIFIED:{ical.utc_stamp(max(e.event.updated_at for e in events))}"))
    years: dict[str, tuple[int, int]] = {}
    for event, _ in events:
        if event.start_time is not None:
            first, last = years.get(event.timezone, (event.start_date.year, event.end_date.year))
            years[event.timezone] = (min(first, event.start_date.year), max(last, event.end_date.year))
    for tzid, (first, last) in sorted(years.items()):
        out.append(ical.vtimezone(tzid, first, last))
    for shown in events:
        _vevent(shown, links, info, out)
    out.append(fold("END:VCALENDAR"))
    return "".join(out).encode("utf-8", "ignore")  # drops lone surrogates


def google_template(event: Event, details: str = "") -> dict[str, str]:
    """Query parameters of Google Calendar's 'add event' link (action=TEMPLATE)."""
    start, end = event_span(event)
    if isinstance(start, datetime) and isinstance(end, datetime):
        dates = f"{ical.utc_stamp(start)}/{ical.utc_stamp(end)}"
    else:
        dates = f"{ical.day_stamp(start)}/{ical.day_stamp(end)}"
    return {
        "action": "TEMPLATE",
        "text": event.name,
        "dates": dates,
        "location": location_text(event),
        "details": details,
    }


def _outlook_stamp(value: date) -> str:
    """UTC for a timed event's ends (both datetimes), the ISO day for an all-day one's (both dates)."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return value.isoformat()


def outlook_compose(event: Event, details: str = "") -> dict[str, str]:
    """Query parameters of Outlook on the web's compose link."""
    start, end = event_span(event)
    timed = isinstance(start, datetime)
    return {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.name,
        "startdt": _outlook_stamp(start),
        "enddt": _outlook_stamp(end),
        "allday": "false" if timed else "true",
        "location": location_text(event),
        "body": details,
    }
