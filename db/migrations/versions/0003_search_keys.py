"""script-insensitive search keys on articles and events

Revision ID: 0003_search
Revises: 0002_fetch
"""

from __future__ import annotations

from functools import lru_cache

import opencc
import sqlalchemy as sa
from alembic import op

revision = "0003_search"
down_revision = "0002_fetch"
branch_labels = None
depends_on = None


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
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

    bind = op.get_bind()
    articles = sa.table("articles", sa.column("id"), sa.column("title"), sa.column("text"),
                        sa.column("search_text"))
    for row in bind.execute(sa.select(articles.c.id, articles.c.title, articles.c.text)).all():
        bind.execute(articles.update().where(articles.c.id == row.id)
                     .values(search_text=search_key(row.title, row.text)))
    events = sa.table("events", sa.column("id"), sa.column("name"), sa.column("venue"), sa.column("city"),
                      sa.column("city_en"), sa.column("region"), sa.column("city_key"),
                      sa.column("region_key"), sa.column("search_text"))
    rows = bind.execute(sa.select(events.c.id, events.c.name, events.c.venue, events.c.city,
                                  events.c.city_en, events.c.region)).all()
    for row in rows:
        bind.execute(events.update().where(events.c.id == row.id).values(
            city_key=search_key(row.city), region_key=search_key(row.region),
            search_text=search_key(row.name, row.venue, row.city, row.city_en, row.region)))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_index("ix_events_region_key")
        batch.drop_index("ix_events_city_key")
        batch.drop_column("search_text")
        batch.drop_column("region_key")
        batch.drop_column("city_key")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("search_text")
