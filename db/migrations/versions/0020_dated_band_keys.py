"""band keys filed under the month of their article's date

Revision ID: 0020_dated_band_keys
Revises: 0019_event_orphaned_source

An article's fingerprint band keys are stored behind the month of its date,
coalesce(published_at, created_at) in UTC ('202506/3:…'), so that one month's keys
sit together in the index and a new article's keys land on a few of its pages
(feed.prints). One UPDATE rewrites the stored keys; it runs over every band row
(16 an article), minutes for a million articles.
"""

from __future__ import annotations

from alembic import op

revision = "0020_dated_band_keys"
down_revision = "0019_event_orphaned_source"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "UPDATE article_bands AS b SET band = to_char(coalesce(a.published_at, a.created_at) AT TIME ZONE 'UTC',"
            " 'YYYYMM') || '/' || b.band FROM articles AS a WHERE a.id = b.article_id"
        )
    else:
        # SQLite keeps UTC datetimes as text, 'YYYY-MM-DD HH:MM:SS…' (an offset after it, in rows written
        # by hand, would stop strftime)
        op.execute(
            "UPDATE article_bands SET band = (SELECT substr(t, 1, 4) || substr(t, 6, 2) FROM (SELECT"
            " coalesce(a.published_at, a.created_at) AS t FROM articles AS a WHERE a.id = article_bands.article_id))"
            " || '/' || band"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE article_bands SET band = split_part(band, '/', 2)")
    else:
        op.execute("UPDATE article_bands SET band = substr(band, instr(band, '/') + 1)")
