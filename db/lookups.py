"""Looking many keys up at once: `column IN (…)` in chunks, as one array parameter on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import ARRAY, ColumnElement, func, literal
from sqlalchemy.orm import Session

T = TypeVar("T")

# SQLite binds each value as a parameter (at most 32,766 a statement); PostgreSQL takes one array, whose
# size costs only the rows it finds, where 500 bound parameters cost more to plan than to look up
# (bench/README.md, issue 16)
_ARRAY_CHUNK = 20_000
_IN_LIST_CHUNK = 500


def _takes_arrays(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def chunks(session: Session, values: Sequence[T]) -> Iterator[list[T]]:
    """`values` in slices that one lookup takes."""
    size = _ARRAY_CHUNK if _takes_arrays(session) else _IN_LIST_CHUNK
    for start in range(0, len(values), size):
        yield list(values[start : start + size])


def one_of(session: Session, column: Any, values: Sequence[Any]) -> ColumnElement[bool]:
    """column IN values: `column = ANY(:array)` on PostgreSQL, `column IN (…)` elsewhere."""
    if _takes_arrays(session):
        clause: ColumnElement[bool] = column == func.any(literal(list(values), ARRAY(column.type)))
    else:
        clause = column.in_(values)
    return clause
