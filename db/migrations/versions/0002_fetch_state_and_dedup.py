"""fetch state, source options, dedup columns

Revision ID: 0002_fetch
Revises: 0001
Create Date: 2026-11-26 10:52:28.040708
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.types  # noqa: F401  (custom column types)

revision = "0002_fetch"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_bands",
        sa.Column("band", sa.String(length=32), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"],
            ["articles.id"],
            name=op.f("fk_article_bands_article_id_articles"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("band", "article_id", name=op.f("pk_article_bands")),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.add_column(sa.Column("canonical_url", sa.String(length=2048), nullable=True))
        batch_op.add_column(sa.Column("text_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("fingerprint", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("duplicate_of", sa.Integer(), nullable=True))
        batch_op.create_index("ix_articles_canonical_url", ["canonical_url"], unique=False)
        batch_op.create_index("ix_articles_duplicate_of", ["duplicate_of"], unique=False)
        batch_op.create_index("ix_articles_text_hash", ["text_hash"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_articles_duplicate_of_articles"),
            "articles",
            ["duplicate_of"],
            ["id"],
            ondelete="SET NULL",
        )

    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retry_at", db.types.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("disabled_reason", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("options", sa.JSON(), nullable=False, server_default=sa.text("'{}'")))


def downgrade() -> None:
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_column("options")
        batch_op.drop_column("disabled_reason")
        batch_op.drop_column("retry_at")

    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_articles_duplicate_of_articles"), type_="foreignkey")
        batch_op.drop_index("ix_articles_text_hash")
        batch_op.drop_index("ix_articles_duplicate_of")
        batch_op.drop_index("ix_articles_canonical_url")
        batch_op.drop_column("duplicate_of")
        batch_op.drop_column("fingerprint")
        batch_op.drop_column("text_hash")
        batch_op.drop_column("canonical_url")

    op.drop_table("article_bands")
