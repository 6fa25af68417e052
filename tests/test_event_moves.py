"""Meetings that move keep their UID; cancelled and orphaned meetings stay 30 days with STATUS:CANCELLED."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar
from sqlalchemy import func, select, update

from db.feed_queries import Filters, events_for
from db.models import Article, Event, EventAlias
from db.runs import queue_run
from db.session import Database
from db.sources import source_by_key
from feed.articles import store_article
from feed.config import DEFAULT_MIN_CONFIDENCE, SourceConfig
from feed.events import CANCELLED_KEPT, expire_cancelled, link_meetings
from feed.ingest import _Writer
from feed.model import ArticleDoc, Meeting
from feed.parse.guard import normalise_doc
from feed.render.calendar import CalendarInfo, render_calendar
from feed.render.links import Links
from feed.sources import sync_sources

BEIJING = ZoneInfo("Asia/Shanghai")
LINKS = Links("http://feeds.example.org")
INFO = CalendarInfo("Meetings", "Meetings for tests", "http://feeds.example.org/feeds/events.ics", "/")

# written for these tests, not news texts
FORUM = (
    "滨江新区湿地保护论坛定于5月17日在滨江新区会展中心举行，来自十二所高校的学者和三十多家环保组织的代表将参加会议。"
    "论坛由滨江新区管委会主办，江城大学生态学院承办。与会代表将围绕候鸟栖息地修复、城市雨水花园建设和湿地科普教育等议题进行交流，"
    "并实地考察新区东侧的芦苇湿地。主办方介绍，今后论坛将每年举办一次。"
)
MOVED = FORUM.replace("5月17日", "5月24日")
NEXT_YEAR = FORUM.replace("5月17日", "5月16日")
PUBLISHED = datetime(2024, 4, 18, 9, 30, tzinfo=BEIJING)


def _ingest(database: Database, key: str, *docs: ArticleDoc) -> None:
    with database.begin() as session:
        source = source_by_key(session, key)
        if source is None:
            (source,) = sync_sources(session, [SourceConfig(key=key, name=key, kind="files", path=Path("/tmp"))])
        run = queue_run(session, key, "cli", source)
        session.flush()
        run_id, source_id = run.id, source.id
    _Writer(database, run_id, source_id, key).store([normalise_doc(d) for d in docs])
    with database.begin() as session:
        expire_cancelled(session)  # as every run ends


def _article(text: str, guid: str, published: datetime = PUBLISHED) -> ArticleDoc:
    return ArticleDoc(title="滨江新区湿地保护论坛将举行", text=text, guid=guid, published=published, language="zh-Hans")


def _calendar(database: Database) -> dict[str, dict[str, str]]:
    """UID -> the VEVENT's properties, as icalendar reads the calendar."""
    with database.begin() as session:
        body = render_calendar(events_for(session, Filters(limit=500)), LINKS, INFO)
    return {
        str(e["UID"]): {
            "start": e.decoded("DTSTART").isoformat(),
            "sequence": str(e["SEQUENCE"]),
            "modified": e.decoded("LAST-MODIFIED").isoformat(),
            "status": str(e["STATUS"]),
        }
        for e in Calendar.from_ical(body).walk("VEVENT")
    }


def _backdate(database: Database, hours: int = 1) -> None:
    """As if the events were last changed `hours` ago (LAST-MODIFIED has whole seconds)."""
    with database.begin() as session:
        session.execute(update(Event).values(updated_at=datetime.now(UTC) - timedelta(hours=hours)))


def test_an_updated_article_moving_its_meeting_keeps_the_uid_and_raises_sequence(database: Database) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    ((uid, before),) = _calendar(database).items()
    assert (before["start"], before["sequence"]) == ("2024-05-17", "0")
    _backdate(database)
    before = _calendar(database)[uid]

    _ingest(database, "jc", _article(MOVED, "jc-1"))  # the same article, updated
    after = _calendar(database)
    assert list(after) == [uid]
    assert (after[uid]["start"], after[uid]["sequence"], after[uid]["status"]) == ("2024-05-24", "1", "CONFIRMED")
    assert after[uid]["modified"] > before["modified"]

    # a later report of the new day, in another story, finds the moved event
    _ingest(database, "wire", _article("5月24日，滨江新区湿地保护论坛在滨江新区会展中心举行。", "wire-1"))
    assert list(_calendar(database)) == [uid]
    with database.begin() as session:
        (event,) = session.scalars(select(Event))
        assert sorted(a.guid for a in event.articles) == ["jc-1", "wire-1"]
        assert session.scalar(select(func.count()).select_from(EventAlias)) == 1


def test_a_reprint_giving_a_new_date_moves_the_meeting(database: Database) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    ((uid, _),) = _calendar(database).items()
    _ingest(database, "ny", _article(MOVED, "ny-1", PUBLISHED + timedelta(days=2)))
    with database.begin() as session:
        reprint = session.scalar(select(Article).where(Article.guid == "ny-1"))
        assert reprint is not None and reprint.duplicate_of is not None  # the same story
    calendar = _calendar(database)
    assert list(calendar) == [uid]
    assert (calendar[uid]["start"], calendar[uid]["sequence"]) == ("2024-05-24", "1")

    # a late copy of the first version links to the event and does not move it back
    _ingest(database, "agg", _article(FORUM, "agg-1", PUBLISHED + timedelta(days=3)))
    calendar = _calendar(database)
    assert (list(calendar), calendar[uid]["start"], calendar[uid]["sequence"]) == ([uid], "2024-05-24", "1")
    with database.begin() as session:
        (event,) = session.scalars(select(Event))
        assert sorted(a.guid for a in event.articles) == ["agg-1", "jc-1", "ny-1"]


def test_next_years_edition_stays_a_separate_event(database: Database) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-2024"))
    _ingest(database, "jc", _article(NEXT_YEAR, "jc-2025", PUBLISHED + timedelta(days=365)))
    with database.begin() as session:
        copy = session.scalar(select(Article).where(Article.guid == "jc-2025"))
        # a near copy of last year's text, but a year later: a story of its own (reprints are looked for within
        # a calendar month, feed.prints)
        assert copy is not None and copy.duplicate_of is None
        assert [e.start_date for e in copy.events] == [date(2025, 5, 16)]
    calendar = _calendar(database)
    assert sorted((e["start"], e["sequence"]) for e in calendar.values()) == [("2024-05-17", "0"), ("2025-05-16", "0")]


def test_next_years_edition_in_an_updated_article_is_not_a_move(database: Database) -> None:
    when = datetime(2024, 1, 1, tzinfo=UTC)
    with database.begin() as session:
        (source,) = sync_sources(session, [SourceConfig(key="s", name="S", kind="files", path=Path("/tmp"))])
        _, article = store_article(session, source, _article(FORUM, "g"))
        (first,) = link_meetings(session, article, [Meeting("湿地保护论坛", date(2024, 5, 17))], now=when)
        (second,) = link_meetings(session, article, [Meeting("第二届湿地保护论坛", date(2025, 5, 16))], now=when)
        assert first.uid != second.uid and (first.status, first.sequence) == ("cancelled", 1)


def test_an_orphaned_event_is_cancelled_then_gone_after_30_days(database: Database) -> None:
    when = datetime(2024, 4, 18, 2, 0, tzinfo=UTC)
    forum, side = Meeting("Wetland Forum", date(2024, 5, 17)), Meeting("Side Event", date(2024, 5, 18))
    with database.begin() as session:
        (source,) = sync_sources(session, [SourceConfig(key="s", name="S", kind="files", path=Path("/tmp"))])
        _, article = store_article(session, source, _article(FORUM, "g"))
        link_meetings(session, article, [forum, side], now=when)
        link_meetings(session, article, [forum], now=when + timedelta(hours=1))  # the side event is dropped
    calendar = {e["start"]: e for e in _calendar(database).values()}
    assert (calendar["2024-05-18"]["status"], calendar["2024-05-18"]["sequence"]) == ("CANCELLED", "1")
    assert calendar["2024-05-17"]["status"] == "CONFIRMED"

    with database.begin() as session:
        assert expire_cancelled(session, now=when + timedelta(hours=1) + CANCELLED_KEPT - timedelta(seconds=1)) == 0
    assert len(_calendar(database)) == 2
    with database.begin() as session:
        assert expire_cancelled(session, now=when + timedelta(hours=1) + CANCELLED_KEPT + timedelta(seconds=1)) == 1
    assert [e["start"] for e in _calendar(database).values()] == ["2024-05-17"]


def test_a_cancelled_meeting_goes_after_30_days_unless_it_is_on_again(database: Database) -> None:
    when = datetime(2024, 4, 18, 2, 0, tzinfo=UTC)
    on, off = (
        Meeting("Wetland Forum", date(2024, 5, 17)),
        Meeting("Wetland Forum", date(2024, 5, 17), status="cancelled"),
    )
    with database.begin() as session:
        (source,) = sync_sources(session, [SourceConfig(key="s", name="S", kind="files", path=Path("/tmp"))])
        _, first = store_article(session, source, _article(FORUM, "g-1"))
        _, second = store_article(session, source, _article(MOVED, "g-2"))
        (event,) = link_meetings(session, first, [on], now=when)
        link_meetings(session, second, [off], now=when + timedelta(days=1))
        assert (event.status, event.sequence, event.cancelled_at) == ("cancelled", 1, when + timedelta(days=1))
    ((status, sequence),) = [(e["status"], e["sequence"]) for e in _calendar(database).values()]
    assert (status, sequence) == ("CANCELLED", "1")

    with database.begin() as session:
        (event,) = session.scalars(select(Event))
        first, second = session.scalars(select(Article).order_by(Article.guid))
        link_meetings(session, first, [on], now=when + timedelta(days=2))  # back on: kept
        assert (event.status, event.sequence, event.cancelled_at) == ("held", 2, None)
        assert expire_cancelled(session, now=when + timedelta(days=90)) == 0
        link_meetings(session, second, [off], now=when + timedelta(days=3))
        assert expire_cancelled(session, now=when + timedelta(days=32)) == 0
        assert expire_cancelled(session, now=when + timedelta(days=34)) == 1
        assert session.scalar(select(func.count(Event.id))) == 0


def test_an_orphan_reported_again_is_on_again(database: Database) -> None:
    when = datetime(2024, 4, 18, 2, 0, tzinfo=UTC)
    forum = Meeting("Wetland Forum", date(2024, 5, 17), confidence=0.9)
    with database.begin() as session:
        (source,) = sync_sources(session, [SourceConfig(key="s", name="S", kind="files", path=Path("/tmp"))])
        _, first = store_article(session, source, _article(FORUM, "g-1"))
        _, second = store_article(session, source, _article(MOVED, "g-2"))
        (event,) = link_meetings(session, first, [forum], now=when)
        link_meetings(session, first, [], now=when)
        assert (event.status, event.cancelled_at) == ("cancelled", when)
        link_meetings(session, second, [Meeting("Wetland Forum", date(2024, 5, 17), confidence=0.3)], now=when)
        assert (event.status, event.cancelled_at, event.sequence) == ("held", None, 2)


def test_a_source_calendar_shows_its_orphaned_event_cancelled(database: Database) -> None:
    when = datetime(2024, 4, 18, 2, 0, tzinfo=UTC)
    forum, side = Meeting("Wetland Forum", date(2024, 5, 17)), Meeting("Side Event", date(2024, 5, 18))
    with database.begin() as session:
        sync_sources(
            session,
            [SourceConfig(key=k, name=k, kind="files", path=Path("/tmp")) for k in ("s", "other")],
        )
        source = source_by_key(session, "s")
        assert source is not None
        _, article = store_article(session, source, _article(FORUM, "g"))
        link_meetings(session, article, [forum, side], now=when)
        link_meetings(session, article, [forum], now=when + timedelta(hours=1))  # the side event is dropped
    with database.begin() as session:
        listed = {s.event.name: s.event.status for s in events_for(session, Filters(source="s"))}
        assert listed == {"Wetland Forum": "held", "Side Event": "cancelled"}
        assert events_for(session, Filters(source="other")) == []

    with database.begin() as session:  # reported again, by the other source: it leaves this source's calendar
        other = source_by_key(session, "other")
        assert other is not None
        _, reprint = store_article(session, other, _article(FORUM + "。", "g-other"))
        link_meetings(session, reprint, [side], now=when + timedelta(hours=2))
    with database.begin() as session:
        assert {s.event.name for s in events_for(session, Filters(source="s"))} == {"Wetland Forum"}
        assert {s.event.name: s.event.status for s in events_for(session, Filters(source="other"))} == {
            "Side Event": "held"
        }


def _confidences(database: Database) -> dict[str, float]:
    with database.begin() as session:
        return {event.uid: event.confidence for event in session.scalars(select(Event))}


def _published(database: Database) -> list[str]:
    """The UIDs a calendar lists at the service's default threshold."""
    with database.begin() as session:
        return [e.event.uid for e in events_for(session, Filters(min_confidence=DEFAULT_MIN_CONFIDENCE, limit=500))]


def test_an_event_takes_its_only_reports_new_confidence_and_the_highest_of_several(database: Database) -> None:
    doubted = (
        FORUM + "另据主办方消息,论坛于5月10日举行。"
    )  # another day beside it: less sure (an earlier plan, 原定, is not)
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    ((uid, sure),) = _confidences(database).items()
    assert _published(database) == [uid]

    _ingest(database, "jc", _article(doubted, "jc-1"))  # the same article, updated: its only report
    assert _confidences(database)[uid] < sure
    assert _published(database) == []

    _ingest(database, "wire", _article(FORUM, "wire-1"))  # a second report, as sure as the first was
    _ingest(database, "jc", _article(doubted + "主办方欢迎市民报名参加。", "jc-1"))  # jc-1 updated again
    assert _confidences(database) == {uid: sure}
    assert _published(database) == [uid]
