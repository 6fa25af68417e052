"""Meetings as iCalendar (RFC 5545), with the icalendar library."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, vDuration, vGeo, vText
from icalendar import Event as VEvent

from db.models import Event
from feed.render.links import Links

PRODID = "-//feed//event-feed syndication//EN"
REFRESH = timedelta(hours=1)
BEIJING = ZoneInfo("Asia/Shanghai")
STATUSES = {"cancelled": "CANCELLED", "postponed": "TENTATIVE", "scheduled": "CONFIRMED",
            "held": "CONFIRMED", "ongoing": "CONFIRMED"}


def location_text(event: Event) -> str:
    """'瀋陽, 遼寧省, 中國 (Shenyang)': venue, city, region, country, then the English city name."""
    parts: list[str] = []
    for part in (event.venue, event.city, event.region, event.country):
        if part and part not in parts:
            parts.append(part)
    text = ", ".join(parts)
    if event.city_en and event.city_en not in parts:
        text = f"{text} ({event.city_en})" if text else event.city_en
    return text


def event_description(event: Event, links: Links) -> str:
    lines = []
    if event.organisers:
        lines.append("; ".join(f"{o['role']}: {o['name']}" for o in event.organisers))
    for article in event.articles:
        when = f"{article.published_at.astimezone(BEIJING):%Y-%m-%d}" if article.published_at else ""
        lines.append(" ".join(x for x in (when, article.title, article.url or "") if x))
    return "\n".join(lines)


def _vevent(event: Event, links: Links) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", event.uid)
    vevent.add("dtstamp", event.updated_at.astimezone(UTC))
    vevent.add("created", event.created_at.astimezone(UTC))
    vevent.add("last-modified", event.updated_at.astimezone(UTC))
    vevent.add("sequence", event.sequence)
    vevent.add("summary", event.name)
    if event.start_time is not None:
        zone = ZoneInfo(event.timezone)
        start = datetime.combine(event.start_date, event.start_time, zone)
        end_time = event.end_time or (datetime.combine(date.min, event.start_time) + timedelta(hours=2)).time()
        end = datetime.combine(event.end_date, end_time, zone)
        vevent.add("dtstart", start)
        vevent.add("dtend", max(end, start + timedelta(minutes=30)))
    else:
        vevent.add("dtstart", event.start_date)
        vevent.add("dtend", event.end_date + timedelta(days=1))  # exclusive
    location = location_text(event)
    if location:
        vevent.add("location", location)
    if event.latitude is not None and event.longitude is not None:
        vevent.add("geo", vGeo((event.latitude, event.longitude)))
    description = event_description(event, links)
    if description:
        vevent.add("description", description)
    first_url = next((a.url for a in event.articles if a.url), None)
    vevent.add("url", first_url or links.event_ics(event))
    vevent.add("status", STATUSES.get(event.status, "CONFIRMED"))
    vevent.add("transp", "TRANSPARENT")
    vevent.add("categories", ["meeting"])
    return vevent


def render_calendar(events: Sequence[Event], links: Links, name: str, self_url: str) -> bytes:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("name", name)
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-caldesc", vText("Meetings reported in the news, collected by the event-feed service"))
    calendar.add("refresh-interval", vDuration(REFRESH), parameters={"VALUE": "DURATION"})
    calendar.add("x-published-ttl", vDuration(REFRESH))
    calendar.add("source", self_url, parameters={"VALUE": "URI"})
    for event in events:
        calendar.add_component(_vevent(event, links))
    timed = [e.start_date for e in events if e.start_time is not None]
    if timed:
        calendar.add_missing_timezones(
            first_date=min(timed) - timedelta(days=1), last_date=max(e.end_date for e in events) + timedelta(days=2)
        )
    return calendar.to_ical()
