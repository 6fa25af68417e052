"""the authority and date of tag: ids, fixed per database

Revision ID: 0013_tag_authority
Revises: 0012_event_evidence

Item ids were tag: URIs built from FEED_BASE_URL on every render, so moving the
service to another host changed every id and feed readers showed every article
again. One row now keeps the authority and date. A database that has served
feeds (it has sources) keeps the authority it was serving: the host of
FEED_BASE_URL at upgrade time, else the default 127.0.0.1, with the date 2023
that every id carried. A new database gets its row when the web app first
renders (db.tag_authority.claim_tag_authority).
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import sqlalchemy as sa
from alembic import op

revision = "0013_tag_authority"
down_revision = "0012_event_evidence"
branch_labels = None
depends_on = None

DEFAULT_AUTHORITY = "127.0.0.1"
SERVED_DATE = "2023"


def upgrade() -> None:
    table = op.create_table(
        "tag_authority",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("authority", sa.String(255), nullable=False),
        sa.Column("date", sa.String(10), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tag_authority")),
    )
    served = op.get_bind().execute(sa.text("SELECT EXISTS (SELECT 1 FROM sources)")).scalar()
    if served:
        authority = urlsplit(os.environ.get("FEED_BASE_URL") or "").hostname or DEFAULT_AUTHORITY
        op.bulk_insert(table, [{"id": 1, "authority": authority, "date": SERVED_DATE}])


def downgrade() -> None:
    op.drop_table("tag_authority")
