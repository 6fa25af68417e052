"""who runs a run: the owning process (host:pid) and its last heartbeat

Revision ID: 0017_run_owner
Revises: 0016_run_progress

A run left 'running' by a process that was killed blocked its source until a scheduler
became active and recovered it after an hour. With the owner and a heartbeat, the next
request for the source can tell at once that nobody is running it any more.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0017_run_owner"
down_revision = "0016_run_progress"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ingest_runs", sa.Column("owner", sa.String(255), nullable=True))
    op.add_column("ingest_runs", sa.Column("heartbeat_at", db.types.UTCDateTime(timezone=True), nullable=True))


def downgrade() -> None:
    op.drop_column("ingest_runs", "heartbeat_at")
    op.drop_column("ingest_runs", "owner")
