"""Meetings as an RFC 7946 GeoJSON FeatureCollection: one Point feature per meeting with coordinates.

Positions are [longitude, latitude] (RFC 7946 §3.1.1), in WGS 84, with no `crs` member. Property
names follow /api/events; `status` is the meeting's as of today (feed.status).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from db.models import Event
from feed.render.calendar import location_text
from feed.render.events import event_when
from feed.render.links import Links
from feed.render.script import AS_STORED, Script

PRECISION = 5  # decimal places of a coordinate: about a metre


def event_feature(event: Event, links: Links, status: str, script: Script = AS_STORED) -> dict[str, Any]:
    assert event.latitude is not None and event.longitude is not None
    convert = script.convert
    return {
        "type": "Feature",
        "id": event.uid,
        "geometry": {
            "type": "Point",
            "coordinates": [round(event.longitude, PRECISION), round(event.latitude, PRECISION)],
        },
        "properties": {
            "name": convert(event.name),
            "start": event.start_date.isoformat(),
            "end": event.end_date.isoformat(),
            "start_time": event.start_time.isoformat() if event.start_time else None,
            "end_time": event.end_time.isoformat() if event.end_time else None,
            "timezone": event.timezone,
            "when": event_when(event),
            "status": status,
            "place": convert(location_text(event)),
            "city": convert(event.city) if event.city else None,
            "city_en": event.city_en,
            "region": convert(event.region) if event.region else None,
            "country": convert(event.country) if event.country else None,
            "venue": convert(event.venue) if event.venue else None,
            "url": links.event_page(event),
            "ics": links.event_ics(event),
        },
    }


def render_geojson(
    events: Sequence[Event], links: Links, status: Callable[[Event], str], script: Script = AS_STORED
) -> bytes:
    """The meetings that have coordinates, in the order given; the others are left out."""
    features = [
        event_feature(event, links, status(event), script)
        for event in events
        if event.latitude is not None and event.longitude is not None
    ]
    collection = {"type": "FeatureCollection", "features": features}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
