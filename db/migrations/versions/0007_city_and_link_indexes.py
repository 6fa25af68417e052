"""indexes for city filters and for an event's articles

Revision ID: 0007_city_links
Revises: 0006_version

- events(lower(city_en)): ?city=Shenyang matches city_key or the English name; without an
  index on the second the OR scanned every event (20 ms at 50k events);
- article_events(event_id, article_id) replaces article_events(event_id): an event's
  article ids come from the index alone (the planner preferred reading the whole primary
  key (article_id, event_id) to fetching table rows for the event_id index).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_city_links"
down_revision = "0006_version"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_city_en_lower", "events", [sa.text("lower(city_en)")])
    op.create_index("ix_article_events_event_id_article_id", "article_events", ["event_id", "article_id"])
    op.drop_index("ix_article_events_event_id", table_name="article_events")


def downgrade() -> None:
    op.create_index("ix_article_events_event_id", "article_events", ["event_id"])
    op.drop_index("ix_article_events_event_id_article_id", table_name="article_events")
    op.drop_index("ix_events_city_en_lower", table_name="events")
