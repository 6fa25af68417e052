"""indexes for large databases: event links by event, trigram search, change times

Revision ID: 0004_indexes
Revises: 0005_idempotency (main numbered its migration 0005 off 0003_search while this one was open; chained after it so databases already at 0005 get these indexes)

- article_events(event_id): calendars load their articles by event, city filters join by it;
- articles(duplicate_of, id) replaces articles(duplicate_of): reprint lookups as before, and
  the data version's dedup-link sum becomes an index-only scan;
- articles(updated_at), events(updated_at): the data version's max() without a table scan;
- articles(created_at, id) where published_at is null: newest-first paging of undated articles
  (dated ones page by ix_articles_published_at);
- PostgreSQL: pg_trgm and a GIN trigram index on articles.search_text for `q` (LIKE '%q%',
  three or more characters). SQLite gets an empty partial index of the same name, so the
  schema stays comparable with the models.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_indexes"
down_revision = "0005_idempotency"
branch_labels = None
depends_on = None


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    op.create_index("ix_article_events_event_id", "article_events", ["event_id"])
    op.drop_index("ix_articles_duplicate_of", table_name="articles")
    op.create_index("ix_articles_duplicate_of_id", "articles", ["duplicate_of", "id"])
    op.create_index("ix_articles_updated_at", "articles", ["updated_at"])
    op.create_index("ix_events_updated_at", "events", ["updated_at"])
    op.create_index(
        "ix_articles_created_at_undated",
        "articles",
        ["created_at", "id"],
        postgresql_where=sa.text("published_at IS NULL"),
        sqlite_where=sa.text("published_at IS NULL"),
    )
    if postgresql:
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        op.create_index(
            "ix_articles_search_text_trgm",
            "articles",
            ["search_text"],
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
        )
    else:
        op.create_index("ix_articles_search_text_trgm", "articles", ["search_text"], sqlite_where=sa.text("0"))


def downgrade() -> None:
    op.drop_index("ix_articles_search_text_trgm", table_name="articles")
    op.drop_index("ix_articles_created_at_undated", table_name="articles")
    op.drop_index("ix_events_updated_at", table_name="events")
    op.drop_index("ix_articles_updated_at", table_name="articles")
    op.drop_index("ix_articles_duplicate_of_id", table_name="articles")
    op.create_index("ix_articles_duplicate_of", "articles", ["duplicate_of"])
    op.drop_index("ix_article_events_event_id", table_name="article_events")
