"""Sources: the rows of the sources file and of ad-hoc targets, with their fetch state."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Source
from db.rows import insert_or_get


def source_by_key(session: Session, key: str) -> Source | None:
    return session.scalar(select(Source).where(Source.key == key))


def all_sources(session: Session) -> list[Source]:
    """Configured sources first, then by key."""
    return list(session.scalars(select(Source).order_by(Source.configured.desc(), Source.key)))


def add_source(session: Session, source: Source) -> Source:
    """Insert a source; processes starting together may insert the same key: then the row stored first."""
    return insert_or_get(session, source, select(Source).where(Source.key == source.key))
