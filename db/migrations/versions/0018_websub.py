"""WebSub hub: subscription requests awaiting verification, and verified subscriptions

Revision ID: 0018_websub
Revises: 0017_run_owner

Two new tables and nothing else, so that this revision can be renumbered on a merge.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types

revision = "0018_websub"
down_revision = "0017_run_owner"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "websub_requests",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("topic", sa.String(2048), nullable=False),
        sa.Column("topic_key", sa.String(2048), nullable=False),
        sa.Column("callback", sa.String(2048), nullable=False),
        sa.Column("callback_host", sa.String(255), nullable=False),
        sa.Column("secret", sa.String(200), nullable=True),
        sa.Column("lease_seconds", sa.Integer(), nullable=False),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_websub_requests")),
    )
    op.create_table(
        "websub_subscriptions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("topic", sa.String(2048), nullable=False),
        sa.Column("topic_key", sa.String(2048), nullable=False),
        sa.Column("callback", sa.String(2048), nullable=False),
        sa.Column("callback_host", sa.String(255), nullable=False),
        sa.Column("secret", sa.String(200), nullable=True),
        sa.Column("lease_seconds", sa.Integer(), nullable=False),
        sa.Column("expires_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=True),
        sa.Column("due_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("last_error", sa.Text(), nullable=True),
        sa.Column("delivered_at", db.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("created_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("verified_at", db.types.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_websub_subscriptions")),
        sa.UniqueConstraint("topic_key", "callback", name=op.f("uq_websub_subscriptions_topic_key_callback")),
    )
    op.create_index("ix_websub_subscriptions_callback_host", "websub_subscriptions", ["callback_host"])
    op.create_index("ix_websub_subscriptions_due_at", "websub_subscriptions", ["due_at"])
    op.create_index("ix_websub_subscriptions_expires_at", "websub_subscriptions", ["expires_at"])


def downgrade() -> None:
    op.drop_table("websub_subscriptions")
    op.drop_table("websub_requests")
