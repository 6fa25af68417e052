"""the source that last reported an event no article reports any more

Revision ID: 0019_event_orphaned_source
Revises: 0018_websub

A source-filtered calendar lists an event through its articles; once none reports
it, `events.orphaned_source_id` keeps it in that source's calendar, cancelled,
until it expires.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019_event_orphaned_source"
down_revision = "0018_websub"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # no foreign key: SQLite cannot add one in an ALTER, and a batch copy would drop migration 0010's triggers
    op.add_column("events", sa.Column("orphaned_source_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE events DROP COLUMN orphaned_source_id")  # SQLite 3.35+ and PostgreSQL
