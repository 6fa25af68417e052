"""The index-friendly queries give what the plain ones gave: article order and paging, both ways.

That the indexes are used at scale is shown by bench/scale.py (EXPLAIN ANALYZE at 1M articles)."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import and_, func, or_, select, update
from sqlalchemy.orm import Session

from db import feed_queries
from db.feed_queries import (
    Filters,
    article_cursor,
    event_cursor,
    events_for,
    newer_article_cursor,
    newer_event_cursor,
    recent_articles,
)
from db.models import Article, Event, Source, article_events
from db.session import Database

START = datetime(2024, 1, 1, tzinfo=UTC)


def _reference_articles(session: Session, filters: Filters) -> list[int]:
    """recent_articles as it was: one query sorted on coalesce(published_at, created_at)."""
    query = select(Article.id).join(Article.source)
    query = feed_queries._article_filter(query, filters)
    if filters.before:
        when, article_id = filters.before
        time = feed_queries._article_time()
        query = query.where(or_(time < when, and_(time == when, Article.id < article_id)))
    return list(
        session.scalars(query.order_by(feed_queries._article_time().desc(), Article.id.desc()).limit(filters.limit))
    )


@pytest.fixture
def filled(database: Database) -> Database:
    """120 articles over two sources: equal times, undated ones, reprints, events in two cities, two a day."""
    rng = random.Random(6)
    with database.begin() as session:
        sources = [Source(key=k, name=k, kind="files", location="/tmp", timezone="UTC") for k in ("a", "b")]
        session.add_all(sources)
        events = [
            Event(
                uid=f"e{i}@test",
                name=f"论坛{i}",
                start_date=date(2024, 1, 1) + timedelta(days=i // 2),
                end_date=date(2024, 1, 1) + timedelta(days=i // 2),
                timezone="Asia/Shanghai",
                city=("瀋陽", "上海", None)[i % 3],
                city_en=("Shenyang", "Shanghai", None)[i % 3],
                region=("遼寧省", "上海市", None)[i % 3],
            )
            for i in range(12)
        ]
        session.add_all(events)
        session.flush()
        articles = []
        for i in range(120):
            published = START + timedelta(hours=rng.randint(0, 40)) if i % 7 else None  # many equal times
            article = Article(
                source=sources[i % 2],
                guid=f"g{i}",
                title=f"{'合作論壇' if i % 3 else 'forum'} {i}",
                text="text",
                content_hash=str(i),
                language=("zh-Hant", "zh-Hans", "en")[i % 3],
                published_at=published,
                created_at=START + timedelta(hours=rng.randint(0, 40)),
            )
            article.events = [events[i % 12]] if i % 4 else []
            articles.append(article)
        session.add_all(articles)
        session.flush()
        for i in range(0, 120, 10):
            articles[i + 1].duplicate_of = articles[i].id
    return database


FILTERS = [
    Filters(),
    Filters(limit=7),
    Filters(limit=500),
    Filters(source="a", limit=9),
    Filters(city="沈阳", limit=5),
    Filters(city="shanghai"),
    Filters(city="Shenyang", q="合作", limit=4),
    Filters(city="上海", lang="en", limit=3),
    Filters(city="shanghai", source="b", limit=4),
    Filters(city="上海", start=date(2024, 1, 2), limit=4),
    Filters(region="遼寧", limit=4),
    Filters(city="瀋陽", region="辽宁", limit=4),
    Filters(city="Shenyang", region="上海", limit=4),
    Filters(q="合作", limit=8),
    Filters(q="FORUM"),
    Filters(lang="zh", limit=6),
    Filters(start=date(2024, 1, 2), limit=10),
    Filters(end=date(2024, 1, 1), limit=10),
    Filters(start=date(2024, 1, 2), end=date(2024, 1, 2), source="b"),
]


@pytest.mark.parametrize("filters", FILTERS, ids=range(len(FILTERS)))
def test_articles_and_every_page_as_before(filled: Database, filters: Filters) -> None:
    _every_page_as_before(filled, filters)


def test_links_follow_their_articles_sort_time(filled: Database) -> None:
    """Triggers copy coalesce(published_at, created_at) to the links, also when an article's times change."""

    def mismatched(session: Session) -> list[int]:
        return list(
            session.scalars(
                select(article_events.c.article_id)
                .join(Article, Article.id == article_events.c.article_id)
                .where(
                    or_(
                        article_events.c.article_time.is_(None),
                        article_events.c.article_time != feed_queries._article_time(),
                    )
                )
            )
        )

    with filled.begin() as session:
        assert session.scalar(select(func.count()).select_from(article_events)) == 90
        assert mismatched(session) == []
        dated, undated = (
            session.scalar(select(Article).where(Article.events.any(), condition).limit(1))
            for condition in (Article.published_at.is_not(None), Article.published_at.is_(None))
        )
        assert dated is not None and undated is not None
        dated.published_at = START - timedelta(days=30)
        undated.published_at = START + timedelta(days=30)
        session.flush()
        session.execute(update(Article).where(Article.id == dated.id).values(created_at=START))  # no change: stays
        session.execute(
            update(Article).where(Article.published_at.is_(None)).values(created_at=START + timedelta(days=2))
        )
        assert mismatched(session) == []
        link_time = select(article_events.c.article_time).where(article_events.c.article_id == undated.id)
        assert session.scalar(link_time) == START + timedelta(days=30)


@pytest.mark.parametrize("filters", [f for f in FILTERS if f.city or f.region], ids=lambda f: f"{f.city}-{f.region}")
def test_city_pages_after_sort_times_change(filled: Database, filters: Filters) -> None:
    with filled.begin() as session:
        session.execute(update(Article).where(Article.id % 5 == 0).values(published_at=START + timedelta(days=3)))
    _every_page_as_before(filled, filters)


@pytest.mark.parametrize("filters", [f for f in FILTERS if f.q], ids=lambda f: f.q)
@pytest.mark.parametrize("recent_rows", [0, 3, 40])
def test_text_search_pages_walked_or_sorted(
    filled: Database, filters: Filters, recent_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search walks the newest RECENT_ROWS dated articles, and sorts every match when they hold too few."""
    monkeypatch.setattr(feed_queries, "RECENT_ROWS", recent_rows)
    _every_page_as_before(filled, filters)


def _every_page_as_before(filled: Database, filters: Filters) -> None:
    """Every page as the reference gives it, and each one's newer_article_cursor: the cursor of the page
    before it, None where that is the first page (which has none)."""
    with filled.begin() as session:
        cursors: list[tuple[datetime, int] | None] = []
        while True:
            cursors.append(filters.before)
            got = [a.id for a in recent_articles(session, filters)]
            assert got == _reference_articles(session, filters)
            assert newer_article_cursor(session, filters) == (cursors[-2] if len(cursors) > 1 else None)
            if len(got) < filters.limit or len(cursors) > 40:
                break
            last = session.get(Article, got[-1])
            assert last is not None
            filters = Filters(**{**filters.__dict__, "before": article_cursor(last)})


@pytest.mark.parametrize(
    "filters",
    [
        Filters(limit=2),
        Filters(limit=3),
        Filters(city="沈阳", limit=1),
        Filters(region="上海", limit=1),
        Filters(q="论坛", start=date(2024, 1, 3), limit=2),
        Filters(source="a", limit=1),
    ],
    ids=range(6),
)
def test_event_pages_know_the_page_before(filled: Database, filters: Filters) -> None:
    """newer_event_cursor on every page of events_for: the cursor of the page before it, None where that
    is the first page, also between meetings of one start day (ordered by id, the other way round)."""
    with filled.begin() as session:
        cursors: list[tuple[datetime, int] | None] = []
        seen: list[int] = []
        while True:
            cursors.append(filters.before)
            page = events_for(session, filters)
            assert newer_event_cursor(session, filters) == (cursors[-2] if len(cursors) > 1 else None)
            seen += [shown.event.id for shown in page]
            if len(page) < filters.limit:
                break
            filters = Filters(**{**filters.__dict__, "before": event_cursor(page[-1].event)})
        assert len(cursors) >= 4 and len(seen) == len(set(seen))
