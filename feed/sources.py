"""Sources: the sources file made into rows, ad-hoc ones for `feed ingest PATH|URL`, how often each runs."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from db.models import Source
from db.sources import add_source, all_sources, source_by_key
from feed.config import SourceConfig

if TYPE_CHECKING:
    from apscheduler.triggers.cron import CronTrigger

DEFAULT_INTERVAL = 3600  # seconds: a configured source without `every` or `cron`, and a run-by-hand source


def cron_trigger(expression: str, timezone: str) -> CronTrigger:
    from apscheduler.triggers.cron import CronTrigger

    return CronTrigger.from_crontab(expression, timezone=timezone)


def schedule_text(source: Source) -> str:
    """'every 30m', 'cron */5 * * * *' or 'manual' (an ad-hoc source), as `feed sources` and the API show it."""
    if source.cron:
        return f"cron {source.cron}"
    return f"every {interval_text(source.interval_seconds)}" if source.interval_seconds else "manual"


def interval_text(seconds: int) -> str:
    """Seconds in the largest unit of the sources file that divides them: 21600 -> '6h', 90 -> '90s'."""
    for unit, size in (("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def run_interval(source: Source, now: datetime) -> float:
    """Seconds between the source's runs: the base of its backoff and the shortest wait a ttl or
    max-age hint must exceed to delay it. A cron source's is the time between its next two fire
    times, so a `*/5` source backs off from 5 minutes."""
    if source.interval_seconds:
        return float(source.interval_seconds)
    if source.cron:
        trigger = cron_trigger(source.cron, source.timezone)
        first = trigger.get_next_fire_time(None, now)
        second = trigger.get_next_fire_time(first, first) if first else None
        if first and second:
            gap: timedelta = second - first
            return gap.total_seconds()
    return float(DEFAULT_INTERVAL)


def sync_sources(session: Session, configs: Sequence[SourceConfig]) -> list[Source]:
    """Make the sources table match the sources file; unlisted sources stay, unconfigured."""
    existing = {s.key: s for s in all_sources(session)}
    wanted = {c.key for c in configs}
    for source in existing.values():
        if source.key not in wanted and source.configured:
            source.configured = False
    rows = []
    for config in configs:
        row = existing.get(config.key)
        if row is None:  # processes starting together (schedulers, web) may insert the same key at once
            row = add_source(session, _configure(Source(key=config.key), config))
        rows.append(_configure(row, config))
    session.flush()
    return rows


def _configure(source: Source, config: SourceConfig) -> Source:
    """A changed address forgets the validators; a changed address or kind forgets a disabling error."""
    if source.location != config.location:
        source.etag = source.last_modified = None
    if source.location != config.location or source.kind != config.kind:
        source.disabled_reason, source.retry_at = None, None
    source.name, source.kind, source.location = config.name, config.kind, config.location
    source.options = config.options
    source.timezone, source.cron = config.timezone, config.cron
    every = int(config.every.total_seconds()) if config.every else DEFAULT_INTERVAL
    source.interval_seconds = None if config.cron else every
    source.configured = True
    return source


def adhoc_source(session: Session, key: str, kind: str, location: str, timezone: str) -> Source:
    """The source row for an ad-hoc `feed ingest PATH|URL`, so its validators persist too."""
    source = source_by_key(session, key)
    if source is None:
        row = Source(key=key, name=location, kind=kind, location=location, timezone=timezone, configured=False)
        source = add_source(session, row)
    return source
