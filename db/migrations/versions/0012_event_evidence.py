"""where each meeting's name, date and place came from

Revision ID: 0012_event_evidence
Revises: 0011

Each event keeps the phrase and the confidence of its name, date and place
(`evidence`, JSON) and the sentence that reports it, so the API and the event
page can show why the service believes in a meeting.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_event_evidence"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # plain ALTERs, no batch copy of the table: on SQLite a copy would drop migration 0010's triggers on events
    op.add_column("events", sa.Column("evidence", sa.JSON(), nullable=False, server_default="{}"))
    op.add_column("events", sa.Column("sentence", sa.Text(), nullable=True))


def downgrade() -> None:
    op.execute("ALTER TABLE events DROP COLUMN sentence")  # SQLite 3.35+ and PostgreSQL
    op.execute("ALTER TABLE events DROP COLUMN evidence")
