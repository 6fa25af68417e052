"""What every table family's insert needs: a key that a concurrent process may have taken first."""

from __future__ import annotations

from typing import TypeVar

from sqlalchemy import Select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

T = TypeVar("T")


def insert_or_get(session: Session, row: T, lookup: Select[T]) -> T:
    """Insert `row`; when a concurrent run inserted the same key first, return that row."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        existing = session.scalar(lookup)
        if existing is None:
            raise
        return existing
