"""script-insensitive search keys on articles and events

Revision ID: 0003_search
Revises: 0002_fetch

Fills the keys of the rows already stored in batches (no table is read into memory at
once). The keys are OpenCC's Traditional-to-Simplified conversion, as the queries compute
them with the OpenCC installed when they run; the function is copied here, so what this
migration writes does not change with the application's code.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from alembic import op

if TYPE_CHECKING:
    import opencc

revision = "0003_search"
down_revision = "0002_fetch"
branch_labels = None
depends_on = None

BATCH = 1000  # rows read and written at a time


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    import opencc  # here: alembic loads every migration to learn the newest, also where none runs

    return opencc.OpenCC("t2s")


def search_key(*parts: str | None) -> str | None:
    """As db.search.search_key stood when this was written: a migration keeps its own copy."""
    text = "\n".join(p for p in parts if p)
    return _t2s().convert(text).casefold() if text else None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=True))
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("city_key", sa.String(255), nullable=True))
        batch.add_column(sa.Column("region_key", sa.String(255), nullable=True))
        batch.add_column(sa.Column("search_text", sa.Text(), nullable=True))
        batch.create_index("ix_events_city_key", ["city_key"])
        batch.create_index("ix_events_region_key", ["region_key"])

    articles = sa.table("articles", sa.column("id"), sa.column("title"), sa.column("text"), sa.column("search_text"))
    _backfill(
        articles, (articles.c.title, articles.c.text), ("search_text",), lambda row: (search_key(row.title, row.text),)
    )
    events = sa.table(
        "events",
        sa.column("id"),
        sa.column("name"),
        sa.column("venue"),
        sa.column("city"),
        sa.column("city_en"),
        sa.column("region"),
        sa.column("city_key"),
        sa.column("region_key"),
        sa.column("search_text"),
    )
    _backfill(
        events,
        (events.c.name, events.c.venue, events.c.city, events.c.city_en, events.c.region),
        ("city_key", "region_key", "search_text"),
        lambda row: (
            search_key(row.city),
            search_key(row.region),
            search_key(row.name, row.venue, row.city, row.city_en, row.region),
        ),
    )


def _backfill(
    table: sa.TableClause,
    read: tuple[sa.ColumnClause[Any], ...],
    write: tuple[str, ...],
    keys: Callable[[Any], tuple[str | None, ...]],
) -> None:
    """Set the `write` columns of every row to `keys(row)`, BATCH rows at a time in id order:
    one SELECT and one executemany UPDATE a batch.

    Batches follow the primary key (WHERE id > last), so no cursor stays open across the
    updates and only one batch of texts is in memory.
    """
    bind = op.get_bind()
    update = (
        table.update()
        .where(table.c.id == sa.bindparam("row_id"))
        .values({column: sa.bindparam(f"new_{column}") for column in write})
    )
    query = sa.select(table.c.id, *read).order_by(table.c.id).limit(BATCH)
    rows = bind.execute(query).all()
    while rows:
        bind.execute(
            update,
            [
                {"row_id": row.id} | {f"new_{column}": value for column, value in zip(write, keys(row), strict=True)}
                for row in rows
            ],
        )
        rows = bind.execute(query.where(table.c.id > rows[-1].id)).all()


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_region_key")
        batch.drop_index("ix_events_city_key")
        batch.drop_column("search_text")
        batch.drop_column("region_key")
        batch.drop_column("city_key")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("search_text")
