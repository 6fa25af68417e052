"""a change counter for feed validators, kept by triggers

Revision ID: 0006_version
Revises: 0004_indexes

Feeds took their ETag from aggregates over every article and link (counts, sums, max
times): ~90 ms at a million articles, on every data-version read. Now one row counts the
changes. Triggers on articles, events and article_events bump it, so every writer counts,
including SQL run by hand.

PostgreSQL: deferred constraint triggers run at commit, once per transaction (a
transaction-local setting remembers it bumped), so an ingest run holds the row's lock only
while it commits and concurrent runs do not queue behind each other. SQLite (one writer at
a time) bumps on every row.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision = "0006_version"
down_revision = "0004_indexes"
branch_labels = None
depends_on = None

TABLES = ("articles", "events", "article_events")

POSTGRESQL_FUNCTION = """
CREATE OR REPLACE FUNCTION feed_version_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('feed.version_bumped', true) IS DISTINCT FROM txid_current()::text THEN
        PERFORM set_config('feed.version_bumped', txid_current()::text, true);
        INSERT INTO feed_version (id, generation, counter, changed_at)
        VALUES (1, md5(random()::text), 1, clock_timestamp())
        ON CONFLICT (id) DO UPDATE SET counter = feed_version.counter + 1, changed_at = clock_timestamp();
    END IF;
    RETURN NULL;
END $$
"""

SQLITE_BUMP = """
INSERT INTO feed_version (id, generation, counter, changed_at)
VALUES (1, lower(hex(randomblob(16))), 1, datetime('now'))
ON CONFLICT (id) DO UPDATE SET counter = counter + 1, changed_at = datetime('now');
"""


def upgrade() -> None:
    op.drop_index("ix_articles_updated_at", table_name="articles")
    op.drop_index("ix_events_updated_at", table_name="events")
    op.create_table(
        "feed_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("generation", sa.String(32), nullable=False),
        sa.Column("counter", sa.BigInteger(), nullable=False),
        sa.Column("changed_at", UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_version")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute("INSERT INTO feed_version VALUES (1, md5(random()::text), 0, clock_timestamp())")
        op.execute(POSTGRESQL_FUNCTION)
        for table in TABLES:
            op.execute(
                f"CREATE CONSTRAINT TRIGGER feed_version_{table} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION feed_version_bump()"
            )
    else:
        op.execute("INSERT INTO feed_version VALUES (1, lower(hex(randomblob(16))), 0, datetime('now'))")
        for table in TABLES:
            for change in ("INSERT", "UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER feed_version_{table}_{change.lower()} AFTER {change} ON {table} "
                    f"BEGIN {SQLITE_BUMP} END"
                )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in TABLES:
            op.execute(f"DROP TRIGGER feed_version_{table} ON {table}")
        op.execute("DROP FUNCTION feed_version_bump()")
    else:
        for table in TABLES:
            for change in ("insert", "update", "delete"):
                op.execute(f"DROP TRIGGER feed_version_{table}_{change}")
    op.drop_table("feed_version")
    op.create_index("ix_events_updated_at", "events", ["updated_at"])
    op.create_index("ix_articles_updated_at", "articles", ["updated_at"])
