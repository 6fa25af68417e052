"""where each meeting's name, date and place came from

Revision ID: 0012_event_evidence
Revises: 0010_reports_version

Each event keeps the phrase and the confidence of its name, date and place
(`evidence`, JSON) and the sentence that reports it, so the API and the event
page can show why the service believes in a meeting.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012_event_evidence"
down_revision = "0010_reports_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("evidence", sa.JSON(), nullable=False, server_default="{}"))
        batch.add_column(sa.Column("sentence", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.drop_column("sentence")
        batch.drop_column("evidence")
