"""rate limit buckets shared by the web processes

Revision ID: 0008_rate_buckets
Revises: 0007_city_links

The limit on POST /api/jobs was counted in each process's memory, so N web workers
allowed N times the configured rate. One row per caller (address or token) now holds
the time its allowance is full again.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008_rate_buckets"
down_revision = "0007_city_links"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_buckets",
        sa.Column("key", sa.String(100), nullable=False),
        sa.Column("due", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_rate_buckets")),
    )
    op.create_index("ix_rate_buckets_due", "rate_buckets", ["due"])


def downgrade() -> None:
    op.drop_index("ix_rate_buckets_due", table_name="rate_buckets")
    op.drop_table("rate_buckets")
