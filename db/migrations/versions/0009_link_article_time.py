"""each link carries its article's sort time, kept by triggers

Revision ID: 0009_link_time
Revises: 0008_rate_buckets

A city's feed sorted every article linked to the city's meetings: 2,700 articles
fetched one by one at a million (15 ms), where a page shows 50. With the sort time on the
link, the index (event_id, article_time, article_id) gives the links in time order and
only the articles of the page are fetched. It replaces (event_id, article_id), which it
also serves.

Triggers copy coalesce(published_at, created_at) to the links when a link is made and when
an article's times change, for every writer (SQL run by hand too).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.types import UTCDateTime

revision = "0009_link_time"
down_revision = "0008_rate_buckets"
branch_labels = None
depends_on = None

ARTICLE_TIME = "SELECT coalesce(published_at, created_at) FROM articles WHERE articles.id = {link}.article_id"
TIME_CHANGED = "coalesce(OLD.published_at, OLD.created_at) IS DISTINCT FROM coalesce(NEW.published_at, NEW.created_at)"

POSTGRESQL = [
    f"""CREATE FUNCTION feed_link_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.article_time := ({ARTICLE_TIME.format(link="NEW")});
    RETURN NEW;
END $$""",
    "CREATE TRIGGER article_events_time BEFORE INSERT OR UPDATE OF article_id ON article_events "
    "FOR EACH ROW EXECUTE FUNCTION feed_link_time()",
    """CREATE FUNCTION feed_article_time() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE article_events SET article_time = coalesce(NEW.published_at, NEW.created_at) WHERE article_id = NEW.id;
    RETURN NULL;
END $$""",
    f"CREATE TRIGGER articles_time AFTER UPDATE OF published_at, created_at ON articles FOR EACH ROW "
    f"WHEN ({TIME_CHANGED}) EXECUTE FUNCTION feed_article_time()",
]

SQLITE = [  # SQLite cannot change NEW: the link is updated after its insert
    f"""CREATE TRIGGER article_events_time AFTER INSERT ON article_events BEGIN
    UPDATE article_events SET article_time = ({ARTICLE_TIME.format(link="NEW")})
    WHERE article_id = NEW.article_id AND event_id = NEW.event_id;
END""",
    f"""CREATE TRIGGER articles_time AFTER UPDATE OF published_at, created_at ON articles
WHEN {TIME_CHANGED.replace("IS DISTINCT FROM", "IS NOT")} BEGIN
    UPDATE article_events SET article_time = coalesce(NEW.published_at, NEW.created_at) WHERE article_id = NEW.id;
END""",
]


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.add_column("article_events", sa.Column("article_time", UTCDateTime(timezone=True), nullable=True))
    op.execute(f"UPDATE article_events SET article_time = ({ARTICLE_TIME.format(link='article_events')})")
    if postgresql:  # run the deferred feed_version triggers now: a table with pending trigger events cannot be indexed
        op.execute("SET CONSTRAINTS ALL IMMEDIATE")
    op.create_index(
        "ix_article_events_event_id_article_time", "article_events", ["event_id", "article_time", "article_id"]
    )
    op.drop_index("ix_article_events_event_id_article_id", table_name="article_events")
    for statement in POSTGRESQL if postgresql else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER articles_time ON articles")
        op.execute("DROP TRIGGER article_events_time ON article_events")
        op.execute("DROP FUNCTION feed_article_time()")
        op.execute("DROP FUNCTION feed_link_time()")
    else:
        op.execute("DROP TRIGGER articles_time")
        op.execute("DROP TRIGGER article_events_time")
    op.create_index("ix_article_events_event_id_article_id", "article_events", ["event_id", "article_id"])
    op.drop_index("ix_article_events_event_id_article_time", table_name="article_events")
    op.drop_column("article_events", "article_time")  # SQLite 3.35+ drops it in place, keeping the table's triggers
