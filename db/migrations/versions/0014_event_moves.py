"""meetings that move keep their UID; cancelled meetings go 30 days later

Revision ID: 0014_event_moves
Revises: 0013_tag_authority

`event_aliases` holds the other UIDs an event is known by (the name-and-day UID of
a date a report moved it to), so later reports of the new day find the moved
event. `events.cancelled_at` records when an event became cancelled, by a report
or because no article reports it any more; such events are removed 30 days later.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0014_event_moves"
down_revision = "0013_tag_authority"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTERs, no batch copy of the table: on SQLite a copy would drop migration 0010's triggers on events
    op.add_column("events", sa.Column("cancelled_at", db.types.UTCDateTime(timezone=True), nullable=True))
    op.create_index("ix_events_cancelled_at", "events", ["cancelled_at"])
    op.create_table(
        "event_aliases",
        sa.Column("uid", sa.String(255), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["event_id"], ["events.id"], name=op.f("fk_event_aliases_event_id_events"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("uid", name=op.f("pk_event_aliases")),
    )
    op.create_index("ix_event_aliases_event_id", "event_aliases", ["event_id"])


def downgrade() -> None:
    op.drop_index("ix_event_aliases_event_id", table_name="event_aliases")
    op.drop_table("event_aliases")
    op.drop_index("ix_events_cancelled_at", table_name="events")
    op.execute("ALTER TABLE events DROP COLUMN cancelled_at")  # SQLite 3.35+ and PostgreSQL
