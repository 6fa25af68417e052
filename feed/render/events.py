"""Meetings as feed entries (/feeds/events.rss|.atom): one entry per meeting, linked to its .ics."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from db.feed_queries import EventWithReports
from db.models import Event
from feed.config import DEFAULT_ZONE
from feed.render.calendar import event_language, location_text
from feed.render.feeds import Entry, FeedDoc, Link
from feed.render.links import Links
from feed.render.script import AS_STORED, Script


def event_when(event: Event) -> str:
    """'2023-06-25', '2023-06-25 – 2023-06-27' or '2023-06-25 09:00 Asia/Shanghai'."""
    when = event.start_date.isoformat()
    if event.start_time is not None:
        when += f" {event.start_time:%H:%M} {event.timezone}"
    if event.end_date != event.start_date:
        when += f" – {event.end_date.isoformat()}"
    return when


def event_entry(shown: EventWithReports, links: Links, script: Script = AS_STORED) -> Entry:
    event, reports = shown
    convert = script.convert
    place = location_text(event)
    html = [f"<p>{escape(event_when(event))}" + (f" · {escape(convert(place))}" if place else "") + "</p>"]
    if event.status in ("cancelled", "postponed"):
        html.append(f"<p><strong>{escape(event.status)}</strong></p>")
    html.append(
        "<ul>"
        + "".join(
            f'<li><a href="{escape(a.url)}">{escape(convert(a.title))}</a></li>'
            if a.url
            else f"<li>{escape(convert(a.title))}</li>"
            for a in reports
        )
        + "</ul>"
    )
    html.append(f'<p><a href="{escape(links.event_ics(event))}">Add to calendar (.ics)</a></p>')
    published = min((a.published_at for a in reports if a.published_at), default=event.created_at)
    return Entry(
        id=links.event_id(event),
        title=convert(event.name),
        published=published.astimezone(DEFAULT_ZONE),
        updated=event.updated_at.astimezone(DEFAULT_ZONE),
        links=[
            Link(links.event_page(event), "alternate", "text/html"),
            Link(links.event_ics(event), "enclosure", "text/calendar", "iCalendar"),
        ],
        content_html="".join(html),
        summary=convert(f"{event_when(event)} {place}".strip()),
        categories=["meeting"] + ([convert(event.city)] if event.city else []),
        language=script.language(event_language(reports)),
    )


def events_feed(
    events: Sequence[EventWithReports],
    links: Links,
    *,
    title: str,
    self_url: str,
    paging: Sequence[Link] = (),
    archive: bool = False,
    script: Script = AS_STORED,
    feed_id: str | None = None,
) -> FeedDoc:
    entries = [event_entry(e, links, script) for e in events]
    return FeedDoc(
        id=feed_id or links.feed_id("/feeds/events"),
        title=title,
        subtitle="Meetings reported in the news, one entry per meeting with its .ics",
        self_url=self_url,
        home_url=links.url("/"),
        updated=max((e.updated for e in entries), default=links.began.astimezone(DEFAULT_ZONE)),
        entries=entries,
        language="zh" if script.name is None else script.language("zh"),
        paging=paging,
        archive=archive,
    )
