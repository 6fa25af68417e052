"""a run's progress: documents stored so far and, once known, how many there are

Revision ID: 0016_run_progress
Revises: 0015_event_corrections

A run now commits batch by batch; `processed` counts the documents committed so far and
`total` how many the run has to store (NULL until the source is read, or when a source
cannot tell). Finished runs get `processed` = new + updated + unchanged, what they stored;
their `total` stays unknown.

No table is rebuilt (see 0011): `processed` is added NOT NULL with DEFAULT 0, which stays on
SQLite and is dropped again on PostgreSQL.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016_run_progress"
down_revision = "0015_event_corrections"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("ingest_runs", sa.Column("processed", sa.Integer(), nullable=False, server_default="0"))
    op.add_column("ingest_runs", sa.Column("total", sa.Integer(), nullable=True))
    op.execute("UPDATE ingest_runs SET processed = new + updated + unchanged")
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("ingest_runs", "processed", server_default=None)


def downgrade() -> None:
    op.drop_column("ingest_runs", "total")
    op.drop_column("ingest_runs", "processed")
