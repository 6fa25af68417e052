"""The index-friendly queries give what the plain ones gave: article order and paging.

That the indexes are used at scale is shown by bench/scale.py (EXPLAIN ANALYZE at 1M articles)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from db import store
from db.models import Article, Event, Source
from db.session import Database

START = datetime(2024, 1, 1, tzinfo=UTC)


def _reference_articles(session: Session, filters: store.Filters) -> list[int]:
    """recent_articles as it was: one query sorted on coalesce(published_at, created_at)."""
    query = select(Article.id).join(Article.source)
    query = store._article_filter(query, filters)
    if filters.before:
        when, article_id = filters.before
        time = store._article_time()
        query = query.where(or_(time < when, and_(time == when, Article.id < article_id)))
    return list(session.scalars(query.order_by(store._article_time().desc(), Article.id.desc()).limit(filters.limit)))


@pytest.fixture
def filled(database: Database) -> Database:
    """120 articles over two sources: equal times, undated ones, reprints, events in two cities."""
    rng = random.Random(6)
    with database.begin() as session:
        sources = [Source(key=k, name=k, kind="files", location="/tmp", timezone="UTC", schedule="manual")
                   for k in ("a", "b")]
        session.add_all(sources)
        events = [Event(uid=f"e{i}@test", name=f"论坛{i}", start_date=date(2024, 1, 1) + timedelta(days=i),
                        end_date=date(2024, 1, 1) + timedelta(days=i), timezone="Asia/Shanghai",
                        city=("瀋陽", "上海", None)[i % 3], city_en=("Shenyang", "Shanghai", None)[i % 3])
                  for i in range(12)]
        session.add_all(events)
        session.flush()
        articles = []
        for i in range(120):
            published = START + timedelta(hours=rng.randint(0, 40)) if i % 7 else None  # many equal times
            article = Article(
                source=sources[i % 2], guid=f"g{i}", title=f"{'合作論壇' if i % 3 else 'forum'} {i}",
                text="text", content_hash=str(i), language=("zh-Hant", "zh-Hans", "en")[i % 3],
                published_at=published, created_at=START + timedelta(hours=rng.randint(0, 40)),
            )
            article.events = [events[i % 12]] if i % 4 else []
            articles.append(article)
        session.add_all(articles)
        session.flush()
        for i in range(0, 120, 10):
            articles[i + 1].duplicate_of = articles[i].id
    return database


FILTERS = [
    store.Filters(),
    store.Filters(limit=7),
    store.Filters(limit=500),
    store.Filters(source="a", limit=9),
    store.Filters(city="沈阳", limit=5),
    store.Filters(city="shanghai"),
    store.Filters(q="合作", limit=8),
    store.Filters(q="FORUM"),
    store.Filters(lang="zh", limit=6),
    store.Filters(start=date(2024, 1, 2), limit=10),
    store.Filters(end=date(2024, 1, 1), limit=10),
    store.Filters(start=date(2024, 1, 2), end=date(2024, 1, 2), source="b"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_articles_and_every_page_as_before(filled: Database, filters: store.Filters) -> None:
    _every_page_as_before(filled, filters)


@pytest.mark.parametrize("filters", [f for f in FILTERS if f.city], ids=lambda f: f.city)
def test_city_pages_by_the_time_index_too(filled: Database, filters: store.Filters,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    """Cities with more linked articles than FEW_LINKED walk the time index instead."""
    monkeypatch.setattr(store, "FEW_LINKED", 0)
    _every_page_as_before(filled, filters)


@pytest.mark.parametrize("filters", [f for f in FILTERS if f.q], ids=lambda f: f.q)
@pytest.mark.parametrize("recent_rows", [0, 3, 40])
def test_text_search_pages_walked_or_sorted(filled: Database, filters: store.Filters, recent_rows: int,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """A search walks the newest RECENT_ROWS dated articles, and sorts every match when they hold too few."""
    monkeypatch.setattr(store, "RECENT_ROWS", recent_rows)
    _every_page_as_before(filled, filters)


def _every_page_as_before(filled: Database, filters: store.Filters) -> None:
    with filled.begin() as session:
        pages = 0
        while True:
            got = [a.id for a in store.recent_articles(session, filters)]
            assert got == _reference_articles(session, filters)
            pages += 1
            if len(got) < filters.limit or pages > 40:
                break
            last = session.get(Article, got[-1])
            assert last is not None
            filters = store.Filters(**{**filters.__dict__, "before": store.article_cursor(last)})
