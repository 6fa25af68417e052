"""idempotency keys of job requests

Revision ID: 0005_idempotency
Revises: 0003_search
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision = "0005_idempotency"
down_revision = "0003_search"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "job_keys",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scope", sa.String(64), nullable=False),
        sa.Column("key", sa.String(255), nullable=False),
        sa.Column("request_hash", sa.String(64), nullable=False),
        sa.Column("run_id", sa.Integer(), nullable=False),
        sa.Column("status_code", sa.Integer(), nullable=False),
        sa.Column("response", sa.JSON(), nullable=False),
        sa.Column("created_at", UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["run_id"], ["ingest_runs.id"], name=op.f("fk_job_keys_run_id_ingest_runs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_job_keys")),
        sa.UniqueConstraint("scope", "key", name=op.f("uq_job_keys_scope_key")),
    )
    op.create_index("ix_job_keys_created_at", "job_keys", ["created_at"])


def downgrade() -> None:
    op.drop_index("ix_job_keys_created_at", table_name="job_keys")
    op.drop_table("job_keys")
