from __future__ import annotations

import threading
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import func, select

from db.feed_queries import Filters, events_for, recent_articles
from db.models import Article, Event, Source
from db.session import Database
from db.sources import all_sources
from feed.articles import store_article
from feed.config import SourceConfig
from feed.events import link_meetings
from feed.model import ArticleDoc, Meeting, Organiser
from feed.sources import sync_sources


def a_source(session) -> Source:  # type: ignore[no-untyped-def]
    (source,) = sync_sources(session, [SourceConfig(key="s", name="S", kind="files", url=None)])
    return source


def a_doc(**changes) -> ArticleDoc:  # type: ignore[no-untyped-def]
    fields = dict(
        title="Forum held",
        text="Body.",
        guid="g-1",
        url="https://news.example.org/1",
        published=datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC),
        language="en",
    )
    return ArticleDoc(**(fields | changes))


def a_meeting(**changes) -> Meeting:  # type: ignore[no-untyped-def]
    fields = dict(name="Example Forum", start=date(2023, 6, 25), city="Shenyang", confidence=0.6)
    return Meeting(**(fields | changes))


def test_times_come_back_timezone_aware_in_utc(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        store_article(session, source, a_doc())
    with database.begin() as session:
        article = session.scalars(select(Article)).one()
        assert article.published_at == datetime(2023, 6, 26, 2, 11, 34, tzinfo=UTC)
        assert article.published_at.tzinfo is not None


def test_naive_datetimes_are_refused(database: Database) -> None:
    with pytest.raises(Exception, match="naive datetime"):
        with database.begin() as session:
            store_article(session, a_source(session), a_doc(published=datetime(2023, 1, 1)))


def test_a_transaction_that_fails_keeps_none_of_its_articles(database: Database) -> None:
    """The first article inserts through a savepoint (db.rows.insert_or_get): on SQLite that savepoint
    was a transaction of its own, committed when released, whatever became of the rest."""
    with database.begin() as session:
        a_source(session)
    with pytest.raises(RuntimeError), database.begin() as session:
        source = session.scalars(select(Source)).one()
        assert store_article(session, source, a_doc())[0] == "new"
        with database.begin() as other:  # another connection sees nothing before the commit
            assert other.scalar(select(func.count(Article.id))) == 0
        raise RuntimeError("the run dies")
    with database.begin() as session:
        assert session.scalar(select(func.count(Article.id))) == 0


def test_article_upsert_new_unchanged_updated(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        assert store_article(session, source, a_doc())[0] == "new"
        assert store_article(session, source, a_doc())[0] == "unchanged"
        outcome, article = store_article(session, source, a_doc(text="Corrected body."))
        assert outcome == "updated" and article.text == "Corrected body."
        assert session.scalar(select(func.count(Article.id))) == 1


def test_same_url_without_guid_is_the_same_article(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        store_article(session, source, a_doc())
        outcome, _ = store_article(session, source, a_doc(guid=None, title="Forum held (updated)"))
        assert outcome == "updated"
        assert session.scalar(select(func.count(Article.id))) == 1


def test_one_meeting_many_articles_one_event(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        _, first = store_article(session, source, a_doc())
        _, second = store_article(session, source, a_doc(guid="g-2", url="https://news.example.org/2"))
        (event_1,) = link_meetings(session, first, [a_meeting()])
        (event_2,) = link_meetings(session, second, [a_meeting(name="Example  forum")])
        assert event_1.uid == event_2.uid
        assert session.scalar(select(func.count(Event.id))) == 1
        assert {a.guid for a in event_1.articles} == {"g-1", "g-2"}


def test_changed_details_raise_sequence_and_keep_uid(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        _, article = store_article(session, source, a_doc())
        (event,) = link_meetings(session, article, [a_meeting()])
        uid = event.uid
        link_meetings(session, article, [a_meeting()])
        assert event.sequence == 0  # nothing changed
        link_meetings(
            session, article, [a_meeting(end=date(2023, 6, 26), venue="Hall 1", organisers=[Organiser("X", "host")])]
        )
        assert (event.uid, event.sequence, event.end_date, event.venue) == (uid, 1, date(2023, 6, 26), "Hall 1")
        assert event.organisers == [{"name": "X", "role": "host"}]


def test_less_confident_report_only_fills_gaps(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        _, article = store_article(session, source, a_doc())
        (event,) = link_meetings(session, article, [a_meeting(confidence=0.8)])
        link_meetings(session, article, [a_meeting(city="Dalian", venue="Hall 2", confidence=0.3)])
        assert (event.city, event.venue) == ("Shenyang", "Hall 2")


def test_meeting_dropped_from_an_updated_article_cancels_the_orphan_event(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        _, article = store_article(session, source, a_doc())
        link_meetings(session, article, [a_meeting(), a_meeting(name="Side Event")])
        link_meetings(session, article, [a_meeting()])
        events = session.scalars(select(Event).order_by(Event.name))
        assert [(e.name, e.status, e.sequence) for e in events] == [
            ("Example Forum", "held", 0),
            ("Side Event", "cancelled", 1),
        ]


def test_filters(database: Database) -> None:
    with database.begin() as session:
        source = a_source(session)
        _, article = store_article(session, source, a_doc(title="瀋陽 forum news"))
        link_meetings(session, article, [a_meeting(city="瀋陽", city_en="Shenyang")])
        store_article(
            session, source, a_doc(guid="g-9", url=None, title="Other", published=datetime(2024, 1, 1, tzinfo=UTC))
        )
    with database.begin() as session:
        assert len(recent_articles(session, Filters())) == 2
        assert [a.title for a in recent_articles(session, Filters(limit=1))] == ["Other"]
        assert len(recent_articles(session, Filters(q="forum"))) == 1
        assert len(recent_articles(session, Filters(source="nope"))) == 0
        assert len(recent_articles(session, Filters(start=date(2023, 12, 31)))) == 1
        for city in ("瀋陽", "沈阳", "shenyang"):
            assert len(events_for(session, Filters(city=city))) == 1, city
        assert len(events_for(session, Filters(start=date(2023, 6, 26)))) == 0
        assert len(events_for(session, Filters(end=date(2023, 6, 25)))) == 1


def test_processes_starting_together_sync_the_same_new_sources(postgres_database: Database) -> None:
    """Two schedulers started at once on an empty database both insert the sources file's keys:
    the second waits for the first's commit and takes its rows instead of failing (it once crashed)."""
    configs = [SourceConfig(key="a", name="A", kind="files"), SourceConfig(key="b", name="B", kind="files")]
    errors: list[BaseException] = []

    def second() -> None:
        try:
            with postgres_database.begin() as session:
                sync_sources(session, configs)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    with postgres_database.begin() as session:
        sync_sources(session, configs)
        other = threading.Thread(target=second)
        other.start()
        other.join(1.0)
        assert other.is_alive()  # waiting on the first one's uncommitted keys
    other.join(10)
    assert not other.is_alive() and errors == []
    with postgres_database.begin() as session:
        assert [(s.key, s.configured) for s in all_sources(session)] == [("a", True), ("b", True)]


def test_sync_sources_marks_removed_sources_unconfigured(database: Database) -> None:
    with database.begin() as session:
        sync_sources(
            session, [SourceConfig(key="a", name="A", kind="files"), SourceConfig(key="b", name="B", kind="files")]
        )
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key="a", name="A2", kind="files")])
    with database.begin() as session:
        assert [(s.key, s.name, s.configured) for s in all_sources(session)] == [("a", "A2", True), ("b", "B", False)]
