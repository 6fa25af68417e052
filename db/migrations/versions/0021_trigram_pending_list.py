"""article search trigrams merged in bulk, off the ingest path (PostgreSQL)

Revision ID: 0021_trigram_pending_list
Revises: 0020_dated_band_keys

The GIN trigram index on articles.search_text gets a 64 MB pending list (the
server's default is 4 MB): a new article's trigrams are appended to the list,
and (auto)vacuum merges the list into the index in bulk, where an insert into a
full default-sized list had to merge it itself. Searches read the list as they
read the index. SQLite has no such index; nothing changes there.
"""

from __future__ import annotations

from alembic import op

revision = "0021_trigram_pending_list"
down_revision = "0020_dated_band_keys"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_articles_search_text_trgm SET (gin_pending_list_limit = 65536)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER INDEX ix_articles_search_text_trgm RESET (gin_pending_list_limit)")
