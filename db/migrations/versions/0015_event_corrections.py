"""corrections by an editor, which outlive every later ingest

Revision ID: 0015_event_corrections
Revises: 0014_event_moves

`events.corrections` holds what an editor set (column -> value), which ingest
leaves alone; `corrected_at`/`corrected_by` the latest correction; `hidden` an
event an editor removed. `event_corrections` records every correction: who,
when, what.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0015_event_corrections"
down_revision = "0014_event_moves"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTERs, no batch copy of the table: on SQLite a copy would drop migration 0010's triggers on events
    op.add_column("events", sa.Column("corrections", sa.JSON(), nullable=False, server_default="{}"))
    op.add_column("events", sa.Column("corrected_at", db.types.UTCDateTime(timezone=True), nullable=True))
    op.add_column("events", sa.Column("corrected_by", sa.String(255), nullable=True))
    op.add_column("events", sa.Column("hidden", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.create_table(
        "event_corrections",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("editor", sa.String(255), nullable=False),
        sa.Column("token", sa.String(64), nullable=False),
        sa.Column("changes", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_corrections_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_event_corrections")),
    )
    op.create_index("ix_event_corrections_event_id", "event_corrections", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_corrections_event_id", table_name="event_corrections")
    op.drop_table("event_corrections")
    for column in ("hidden", "corrected_by", "corrected_at", "corrections"):
        op.execute(f"ALTER TABLE events DROP COLUMN {column}")  # SQLite 3.35+ and PostgreSQL
