"""A meeting's status as of today, in its own time zone, rather than the tense of the article that reported it."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

from db.feed_queries import DataVersion
from db.models import Event
from feed.config import DEFAULT_TIMEZONE

AS_REPORTED = ("cancelled", "postponed")


def utc_now() -> datetime:
    return datetime.now(UTC)


def status_on(event: Event, today: date) -> str:
    """scheduled before its start, ongoing from start to end day, held after; cancelled and postponed as reported."""
    if event.status in AS_REPORTED:
        return event.status
    if today < event.start_date:
        return "scheduled"
    return "ongoing" if today <= event.end_date else "held"


class Today:
    """The present for statuses (`now` is injectable), and the day it is in every meeting zone met so far.

    Responses that show statuses are cached by that day as well as by the data version, so they
    change at midnight in each zone without a change of data.
    """

    def __init__(self, now: Callable[[], datetime] = utc_now) -> None:
        self.now = now
        self._zones: dict[str, ZoneInfo] = {DEFAULT_TIMEZONE: ZoneInfo(DEFAULT_TIMEZONE)}
        self._lock = threading.Lock()

    def status(self, event: Event) -> str:
        zone = self._zones.get(event.timezone)
        if zone is None:
            with self._lock:
                zone = self._zones.setdefault(event.timezone, ZoneInfo(event.timezone))
        return status_on(event, self.now().astimezone(zone).date())

    def version(self, data: DataVersion) -> DataVersion:
        """`data` with today's date in each zone in its token; modified at the latest midnight passed."""
        now, zones = self.now(), dict(self._zones)  # a copy: renders add zones meanwhile
        days = [(name, now.astimezone(zone).date()) for name, zone in sorted(zones.items())]
        midnight = max(datetime.combine(day, time(), zones[name]) for name, day in days).astimezone(UTC)
        token = data.token + "@" + ",".join(f"{name}={day.isoformat()}" for name, day in days)
        return replace(data, token=token, modified=max(data.modified, midnight))
