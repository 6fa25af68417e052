"""The planner's statistics of the articles table, taken again while a run stores many articles.

PostgreSQL plans the upsert's lookups (db/articles.py) from the statistics ANALYZE takes. Autovacuum takes them at
most once a minute, and never where it is off; a plan made when the table was nearly empty walks every article of
the source for each lookup, so that the cost of an article grew with the run's own (bench/README.md, issue 16).
SQLite plans those lookups by their indexes without statistics: nothing to do there.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session


def planned_articles(session: Session) -> int | None:
    """How many articles PostgreSQL's planner believes there are (0 before any ANALYZE); None on other databases."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    rows = session.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass"))
    return max(int(rows or 0), 0)


def analyze_articles(session: Session) -> None:
    session.execute(text("ANALYZE articles"))
