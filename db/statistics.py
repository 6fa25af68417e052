"""The planner's statistics of the articles table, taken again while a run stores many articles.

The upsert's lookups (db/articles.py) are planned from the statistics ANALYZE takes. Without them, or with those of a
nearly empty table, PostgreSQL and SQLite both plan the known-address check as a walk over every article of the
source, so that the cost of an article grew with the run's own (bench/README.md, issue 16). PostgreSQL's autovacuum
takes them at most once a minute, and never where it is off; SQLite never takes them by itself.
"""

from __future__ import annotations

from sqlalchemy import text
from sqlalchemy.orm import Session

# rows SQLite reads of each index for its statistics: approximate ones plan these lookups as well as exact ones, for
# a small part of the time (SQLite's own advice for PRAGMA optimize)
SQLITE_ANALYSIS_LIMIT = 1000


def planned_articles(session: Session) -> int | None:
    """How many articles the planner believes there are (0 before any ANALYZE); None on other databases."""
    dialect = session.get_bind().dialect.name
    if dialect == "postgresql":
        rows = session.scalar(text("SELECT reltuples FROM pg_class WHERE oid = 'articles'::regclass"))
        return max(int(rows or 0), 0)
    if dialect == "sqlite":
        if not session.scalar(text("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")):
            return 0
        stats = session.scalars(text("SELECT stat FROM sqlite_stat1 WHERE tbl = 'articles'"))
        return max((int(stat.split()[0]) for stat in stats), default=0)
    return None


def analyze_articles(session: Session) -> None:
    if session.get_bind().dialect.name == "sqlite":
        session.execute(text(f"PRAGMA analysis_limit = {SQLITE_ANALYSIS_LIMIT}"))
    session.execute(text("ANALYZE articles"))
