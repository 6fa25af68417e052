"""The sources table made to match the sources file; ad-hoc sources for `feed ingest PATH|URL`."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from db.models import Source
from db.sources import add_source, all_sources, source_by_key
from feed.config import SourceConfig


def schedule_text(config: SourceConfig) -> str:
    if config.cron:
        return f"cron {config.cron}"
    seconds = int(config.every.total_seconds()) if config.every else 3600
    return f"every {seconds}s"


def sync_sources(session: Session, configs: Sequence[SourceConfig]) -> list[Source]:
    """Make the sources table match the sources file; unlisted sources stay, unconfigured."""
    existing = {s.key: s for s in all_sources(session)}
    wanted = {c.key for c in configs}
    for source in existing.values():
        if source.key not in wanted and source.configured:
            source.configured = False
    rows = []
    for config in configs:
        source = existing.get(config.key)
        if source is None:  # processes starting together (schedulers, web) may insert the same key at once
            source = add_source(session, _configure(Source(key=config.key), config))
        rows.append(_configure(source, config))
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
    source.timezone, source.schedule = config.timezone, schedule_text(config)
    source.configured = True
    return source


def adhoc_source(session: Session, key: str, kind: str, location: str, timezone: str) -> Source:
    """The source row for an ad-hoc `feed ingest PATH|URL`, so its validators persist too."""
    source = source_by_key(session, key)
    if source is None:
        source = add_source(session, Source(
            key=key, name=location, kind=kind, location=location, timezone=timezone,
            schedule="manual", configured=False,
        ))
    return source
