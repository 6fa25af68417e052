"""The articles a meeting lists are cached by the meeting's reports_version (migration 0010 triggers):
every change that can alter a list must give the meeting a new version, and the lists read after it
must equal what the database holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete, event, select, update
from sqlalchemy.orm import Session

from db.feed_queries import Filters, events_for
from db.migrate import upgrade
from db.models import Article, Event, Source, article_events
from db.report_cache import ReportCache, cache_for
from db.session import Database

START = datetime(2024, 3, 1, tzinfo=UTC)
Listed = list[tuple[str, str | None, datetime | None, str | None, str]]


def _fill(database: Database) -> None:
    """Two meetings; the first listed by three articles of two sources, the second by one."""
    with database.begin() as session:
        sources = [Source(key=k, name=f"Outlet {k}", kind="files", location="/tmp", timezone="UTC") for k in ("a", "b")]
        events = [
            Event(
                uid=f"m{i}@test",
                name=f"论坛{i}",
                start_date=date(2024, 3, 1),
                end_date=date(2024, 3, 1),
                timezone="Asia/Shanghai",
                city="瀋陽",
            )
            for i in range(2)
        ]
        articles = [
            Article(
                source=sources[i % 2],
                guid=f"g{i}",
                title=f"報道 {i}",
                url=f"https://x.example/{i}",
                text="正文",
                content_hash=f"h{i}",
                language="zh-Hant",
                published_at=START + timedelta(hours=i),
            )
            for i in range(5)
        ]
        for article in articles[:3]:
            article.events = [events[0]]
        articles[3].events = [events[1]]
        session.add_all(sources + events + articles)


def _listed(database: Database) -> dict[str, Listed]:
    """What the calendar lists, through the cache, from a new session as a request has."""
    with database.begin() as session:
        return {
            e.event.uid: [(r.title, r.url, r.published_at, r.language, r.outlet) for r in e.reports]
            for e in events_for(session, Filters(limit=500))
        }


def _stored(database: Database) -> dict[str, Listed]:
    """The same read through the ORM relationship, without the cache."""
    with database.begin() as session:
        return {
            e.uid: [
                (a.title, a.url, a.published_at, a.language, a.outlet or a.source.name)
                for a in sorted(e.articles, key=lambda a: (a.published_at is None, a.published_at, a.id))
            ]
            for e in session.scalars(select(Event))
        }


def _versions(database: Database) -> dict[str, int]:
    with database.begin() as session:
        return dict(session.execute(select(Event.uid, Event.reports_version)).all())


def _article(session: Session, guid: str) -> Article:
    return session.scalars(select(Article).where(Article.guid == guid)).one()


def _link_new_article(session: Session) -> None:
    source = session.scalars(select(Source)).first()
    event = session.scalars(select(Event).where(Event.uid == "m0@test")).one()
    session.add(
        Article(
            source=source,
            guid="new",
            title="新報道",
            url="https://x.example/new",
            text="t",
            content_hash="hn",
            published_at=START - timedelta(days=1),
            events=[event],
        )
    )


CHANGES: dict[str, Callable[[Session], object]] = {
    "link made": _link_new_article,
    "link made by SQL": lambda s: s.execute(
        article_events.insert().values(
            article_id=_article(s, "g4").id, event_id=s.scalars(select(Event.id).where(Event.uid == "m0@test")).one()
        )
    ),
    "link removed": lambda s: s.execute(
        delete(article_events).where(article_events.c.article_id == _article(s, "g1").id)
    ),
    "link moved": lambda s: s.execute(
        update(article_events)
        .where(article_events.c.article_id == _article(s, "g0").id)
        .values(event_id=s.scalars(select(Event.id).where(Event.uid == "m1@test")).one())
    ),
    "title": lambda s: setattr(_article(s, "g0"), "title", "更正的標題"),
    "url by SQL": lambda s: s.execute(
        update(Article).where(Article.guid == "g2").values(url="https://x.example/moved")
    ),
    "time and order": lambda s: setattr(_article(s, "g2"), "published_at", START - timedelta(days=3)),
    "time removed": lambda s: setattr(_article(s, "g1"), "published_at", None),
    "language": lambda s: setattr(_article(s, "g1"), "language", "en"),
    "outlet": lambda s: setattr(_article(s, "g0"), "outlet", "Agency"),
    "source moved": lambda s: setattr(
        _article(s, "g0"), "source", s.scalars(select(Source).where(Source.key == "b")).one()
    ),
    "source renamed": lambda s: s.execute(update(Source).where(Source.key == "a").values(name="Renamed")),
    "article deleted": lambda s: s.delete(_article(s, "g1")),
    "meeting deleted": lambda s: s.delete(s.scalars(select(Event).where(Event.uid == "m1@test")).one()),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_to_a_list_is_read_after_it(database: Database, change: str) -> None:
    _fill(database)
    before, versions = _listed(database), _versions(database)  # the first read fills the cache
    assert before == _stored(database)
    with database.begin() as session:
        CHANGES[change](session)
    after = _listed(database)
    assert after == _stored(database)
    assert after != before
    if change != "meeting deleted":
        assert _versions(database) != versions


def test_a_change_no_list_shows_keeps_the_version(database: Database) -> None:
    _fill(database)
    before = _versions(database)
    with database.begin() as session:
        article = _article(session, "g0")
        article.text = "改寫的正文"
        article.published_at = article.published_at  # the same value: no change
        session.execute(update(Source).where(Source.key == "a").values(name="Outlet a"))  # the same name
        session.execute(update(Source).where(Source.key == "b").values(error_count=3))
    assert _versions(database) == before


def test_the_cache_answers_while_versions_stay(database: Database) -> None:
    _fill(database)
    first = _listed(database)
    statements: list[str] = []
    listen = lambda conn, cursor, statement, *rest: statements.append(statement)  # noqa: E731
    event.listen(database.engine, "before_cursor_execute", listen)
    try:
        assert _listed(database) == first
    finally:
        event.remove(database.engine, "before_cursor_execute", listen)
    assert statements and not [s for s in statements if "article_events" in s]


def test_a_session_reads_the_links_it_made(database: Database) -> None:
    """An event already in the session is refreshed, so its new version is seen before commit."""
    _fill(database)
    with database.begin() as session:
        held = events_for(session, Filters(limit=500))  # held: the session keeps these objects
        assert len(held[0].reports) == 3
        _link_new_article(session)
        session.flush()
        assert [r.title for r in events_for(session, Filters(limit=500))[0].reports][0] == "新報道"


def test_each_database_has_its_own_cache(tmp_path: Path) -> None:
    """Ids and versions repeat across databases (and after TRUNCATE ... RESTART IDENTITY)."""
    databases = [Database(f"sqlite:///{tmp_path / f'{n}.db'}") for n in ("one", "two")]
    try:
        for n, database in enumerate(databases):
            upgrade(database.engine)
            _fill(database)
            with database.begin() as session:
                session.execute(update(Article).values(title=Article.title + f" in {n}"))
        assert [_listed(d)["m1@test"][0][0] for d in databases] == ["報道 3 in 0", "報道 3 in 1"]
        assert cache_for(databases[0].engine) is not cache_for(databases[1].engine)
    finally:
        for database in databases:
            database.dispose()


def test_cache_is_bounded_by_the_reports_it_holds() -> None:
    cache: ReportCache[str] = ReportCache(limit=6)
    cache.put(1, 10, ["a", "b"])
    cache.put(2, 20, ["c"])
    assert cache.get(1, 10) == ("a", "b")  # now the most recently used
    assert cache.get(1, 11) is None  # another version
    cache.put(3, 30, ["d"])  # 3 + 2 + 2 slots: over 6, the least recently used (2) goes
    assert cache.get(2, 20) is None and cache.get(1, 10) == ("a", "b") and cache.get(3, 30) == ("d",)
    cache.put(1, 12, [])  # replaced, not added
    assert len(cache) == 2 and cache.get(1, 12) == ()
