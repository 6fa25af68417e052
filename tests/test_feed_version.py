"""The data version behind every ETag: a counter the database's triggers keep (migration 0006_version)."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import delete, select, text, update

from db.feed_queries import DataVersion, feed_data_version
from db.models import Article, Event, FeedVersion, IngestRun, Source, article_events
from db.session import Database


def _version(database: Database) -> DataVersion:
    with database.begin() as session:
        return feed_data_version(session)


@pytest.fixture
def stocked(database: Database) -> Database:
    return _stock(database)


def _stock(database: Database) -> Database:
    with database.begin() as session:
        source = Source(key="s", name="s", kind="files", location="/tmp", timezone="UTC")
        event = Event(
            uid="e@test", name="论坛", start_date=date(2024, 1, 1), end_date=date(2024, 1, 1), timezone="Asia/Shanghai"
        )
        session.add_all([source, event])
        session.add_all(
            [Article(source=source, guid=f"g{i}", title=f"t{i}", text="x", content_hash=str(i)) for i in range(3)]
        )
    return database


CHANGES = {
    "new article": lambda s: s.add(
        Article(source=s.scalar(select(Source)), guid="new", title="n", text="x", content_hash="new")
    ),
    "article edited": lambda s: s.execute(update(Article).where(Article.guid == "g0").values(title="edited")),
    "article deleted": lambda s: s.execute(delete(Article).where(Article.guid == "g1")),
    "reprint linked": lambda s: s.execute(
        update(Article)
        .where(Article.guid == "g2")
        .values(duplicate_of=select(Article.id).where(Article.guid == "g0").scalar_subquery())
    ),
    "event edited": lambda s: s.execute(update(Event).values(status="cancelled")),
    "event linked": lambda s: s.execute(
        article_events.insert().from_select(
            ["article_id", "event_id"],
            select(Article.id, Event.id).join(Event, text("1 = 1")).where(Article.guid == "g0"),
        )
    ),
    "event deleted": lambda s: s.execute(delete(Event)),
}


@pytest.mark.parametrize("change", CHANGES)
def test_every_change_to_what_feeds_show_gives_a_new_version(stocked: Database, change: str) -> None:
    before = _version(stocked)
    with stocked.begin() as session:
        CHANGES[change](session)
    after = _version(stocked)
    assert after.token != before.token
    assert after.modified >= before.modified


def test_other_tables_and_empty_transactions_leave_it(stocked: Database) -> None:
    before = _version(stocked)
    with stocked.begin() as session:
        session.add(IngestRun(target="s", trigger="cli"))
        session.execute(update(Source).values(error_count=3))
        session.execute(update(Article).where(Article.guid == "nothing").values(title="x"))
    assert _version(stocked) == before


def test_one_transaction_counts_once_on_postgresql(stocked: Database) -> None:
    before = _version(stocked)
    with stocked.begin() as session:
        for name in ("a", "b", "c"):
            CHANGES["article edited"](session)
            session.add(
                Article(source=session.scalar(select(Source)), guid=name, title=name, text="x", content_hash=name)
            )
            session.flush()
    generation, counter = before.token.split(".")
    after = _version(stocked).token.split(".")
    assert after[0] == generation
    step = int(after[1]) - int(counter)
    assert step == 1 if stocked.engine.dialect.name == "postgresql" else step > 1


def test_a_rolled_back_change_counts_nothing(stocked: Database) -> None:
    before = _version(stocked)
    with pytest.raises(RuntimeError), stocked.begin() as session:
        CHANGES["article edited"](session)
        session.flush()
        raise RuntimeError("ingest failed")
    assert _version(stocked) == before


def test_emptied_by_hand_then_a_new_generation(stocked: Database) -> None:
    before = _version(stocked)
    with stocked.begin() as session:
        session.execute(delete(FeedVersion))
    assert _version(stocked).token == "none"
    with stocked.begin() as session:
        CHANGES["article edited"](session)
    after = _version(stocked)
    assert after.token.endswith(".1") and after.token.split(".")[0] != before.token.split(".")[0]


def test_uncommitted_changes_do_not_show_and_writers_do_not_queue(postgres_database: Database) -> None:
    """PostgreSQL: the bump runs at commit, so a long ingest transaction does not hold the counter's row."""
    stocked = _stock(postgres_database)
    before = _version(stocked)
    with stocked.begin() as long_run:
        CHANGES["article edited"](long_run)
        long_run.flush()
        assert _version(stocked) == before  # read elsewhere: nothing committed yet
        done = threading.Event()

        def other_run() -> None:
            with stocked.begin() as session:
                session.execute(text("SET LOCAL lock_timeout = '3s'"))
                CHANGES["event edited"](session)
            done.set()

        worker = threading.Thread(target=other_run)
        worker.start()
        worker.join(10)
        assert done.is_set(), "a second writer waited for the first one's commit"
        middle = _version(stocked)
        assert middle.token != before.token
    assert _version(stocked).token not in (before.token, middle.token)
