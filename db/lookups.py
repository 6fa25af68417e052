"""Looking many keys up at once: `column IN (…)` in chunks of one parameter each (an array on PostgreSQL, a
JSON array on SQLite)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any, TypeVar

from sqlalchemy import ARRAY, ColumnElement, func, literal, select
from sqlalchemy.orm import Session

T = TypeVar("T")

# One parameter, whose size costs only the rows it finds, where 500 bound parameters cost more to plan than
# to look up on PostgreSQL (bench/README.md, issue 16), and SQLAlchemy builds each of them in Python
_CHUNK = 20_000


def chunks(session: Session, values: Sequence[T]) -> Iterator[list[T]]:
    """`values` in slices that one lookup takes."""
    for start in range(0, len(values), _CHUNK):
        yield list(values[start : start + _CHUNK])


def one_of(session: Session, column: Any, values: Sequence[str] | Sequence[int]) -> ColumnElement[bool]:
    """column IN values (strings or integers): `column = ANY(:array)` on PostgreSQL, `column IN (SELECT value
    FROM json_each(:json))` on SQLite."""
    if session.get_bind().dialect.name == "postgresql":
        clause: ColumnElement[bool] = column == func.any(literal(list(values), ARRAY(column.type)))
    else:
        listed = func.json_each(literal(json.dumps(list(values)))).table_valued("value")
        clause = column.in_(select(listed.c.value))
    return clause
