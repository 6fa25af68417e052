"""each meeting carries a version of the articles it lists, changed by triggers

Revision ID: 0010_reports_version
Revises: 0009_link_time

A calendar of 500 meetings lists every article that reported them: about 2,000 at a
million articles, fetched one by one on each render although a change touches a few
meetings. `events.reports_version` takes a new random value whenever what a meeting
lists may change: a link made or removed, a linked article's title, address, time,
language, outlet or source changed, or its source renamed. The web processes keep the
lists they read by (meeting, version) and read again only the meetings whose version moved
(feed_queries._attach_reports, db/report_cache.py). Random rather than counted, so a database emptied or recreated
under a running process never repeats a version it cached; 0 means never linked.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010_reports_version"
down_revision = "0009_link_time"
branch_labels = None
depends_on = None

LISTED = ("title", "url", "published_at", "language", "outlet", "source_id")
PG_NEW = "floor(random() * 9007199254740991)::bigint"  # 53 random bits
SQLITE_NEW = "random()"  # 64 random bits
LINKED_EVENTS = "SELECT event_id FROM article_events WHERE article_id = NEW.id"
SOURCE_EVENTS = (
    "SELECT l.event_id FROM article_events l JOIN articles a ON a.id = l.article_id "
    "WHERE a.source_id = NEW.id AND a.outlet IS NULL"
)


def _changed(null_safe_distinct: str, columns: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{c} {null_safe_distinct} NEW.{c}" for c in columns)


POSTGRESQL = [
    f"""CREATE FUNCTION feed_link_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' THEN
        UPDATE events SET reports_version = {PG_NEW} WHERE id = OLD.event_id;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        UPDATE events SET reports_version = {PG_NEW} WHERE id = NEW.event_id;
    END IF;
    RETURN NULL;
END $$""",
    "CREATE TRIGGER article_events_reports AFTER INSERT OR DELETE OR UPDATE OF article_id, event_id "
    "ON article_events FOR EACH ROW EXECUTE FUNCTION feed_link_reports()",
    f"""CREATE FUNCTION feed_article_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE events SET reports_version = {PG_NEW} WHERE id IN ({LINKED_EVENTS});
    RETURN NULL;
END $$""",
    f"CREATE TRIGGER articles_reports AFTER UPDATE OF {', '.join(LISTED)} ON articles FOR EACH ROW "
    f"WHEN ({_changed('IS DISTINCT FROM', LISTED)}) EXECUTE FUNCTION feed_article_reports()",
    f"""CREATE FUNCTION feed_source_reports() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE events SET reports_version = {PG_NEW} WHERE id IN ({SOURCE_EVENTS});
    RETURN NULL;
END $$""",
    "CREATE TRIGGER sources_reports AFTER UPDATE OF name ON sources FOR EACH ROW "
    f"WHEN ({_changed('IS DISTINCT FROM', ('name',))}) EXECUTE FUNCTION feed_source_reports()",
]

SQLITE = [
    f"""CREATE TRIGGER article_events_reports_insert AFTER INSERT ON article_events BEGIN
    UPDATE events SET reports_version = {SQLITE_NEW} WHERE id = NEW.event_id;
END""",
    f"""CREATE TRIGGER article_events_reports_delete AFTER DELETE ON article_events BEGIN
    UPDATE events SET reports_version = {SQLITE_NEW} WHERE id = OLD.event_id;
END""",
    f"""CREATE TRIGGER article_events_reports_update AFTER UPDATE OF article_id, event_id ON article_events BEGIN
    UPDATE events SET reports_version = {SQLITE_NEW} WHERE id IN (OLD.event_id, NEW.event_id);
END""",
    f"""CREATE TRIGGER articles_reports AFTER UPDATE OF {", ".join(LISTED)} ON articles
WHEN {_changed("IS NOT", LISTED)} BEGIN
    UPDATE events SET reports_version = {SQLITE_NEW} WHERE id IN ({LINKED_EVENTS});
END""",
    f"""CREATE TRIGGER sources_reports AFTER UPDATE OF name ON sources WHEN {_changed("IS NOT", ("name",))} BEGIN
    UPDATE events SET reports_version = {SQLITE_NEW} WHERE id IN ({SOURCE_EVENTS});
END""",
]
SQLITE_TRIGGERS = (
    "article_events_reports_insert",
    "article_events_reports_delete",
    "article_events_reports_update",
    "articles_reports",
    "sources_reports",
)


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.add_column("events", sa.Column("reports_version", sa.BigInteger(), nullable=False, server_default="0"))
    op.execute(
        f"UPDATE events SET reports_version = {PG_NEW if postgresql else SQLITE_NEW} "
        "WHERE id IN (SELECT event_id FROM article_events)"
    )
    for statement in POSTGRESQL if postgresql else SQLITE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER sources_reports ON sources")
        op.execute("DROP TRIGGER articles_reports ON articles")
        op.execute("DROP TRIGGER article_events_reports ON article_events")
        for function in ("feed_source_reports", "feed_article_reports", "feed_link_reports"):
            op.execute(f"DROP FUNCTION {function}()")
    else:
        for trigger in SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER {trigger}")
    op.drop_column("events", "reports_version")
