"""`feed reextract`: the current extractor over stored articles, meetings updated in place."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from db.models import Event
from db.session import Database
from feed import reextract as module
from feed.corrections import apply_correction, parse_correction
from feed.model import ArticleDoc, Meeting
from feed.reextract import Busy, ReextractSummary, reextract
from tests.service import feed_env, run_feed
from tests.test_event_moves import FORUM, PUBLISHED, _article, _calendar, _ingest

# written for these tests, not a news text
EXPO = (
    "江城茶文化博览会定于6月8日在江城国际会展中心开幕，展期三天，来自八个省份的两百多家茶企将参展。"
    "博览会由江城市农业农村局主办，江城茶叶协会承办。展会期间还将举办茶艺表演、新茶品鉴和茶园采摘体验等活动。"
)
REAL = module.extract_meetings
Extractor = Callable[[ArticleDoc], list[Meeting]]


def _expo(guid: str, published: datetime = PUBLISHED) -> ArticleDoc:
    return ArticleDoc(title="江城茶文化博览会将开幕", text=EXPO, guid=guid, published=published, language="zh-Hans")


def _events(database: Database) -> dict[str, tuple[str, date, int, str]]:
    """name -> (UID, first day, SEQUENCE, status)."""
    with database.begin() as session:
        return {e.name: (e.uid, e.start_date, e.sequence, e.status) for e in session.scalars(select(Event))}


def _later(days: int, only: str | None = None) -> Extractor:
    """An extractor that has changed its mind: meetings `days` later (only in articles whose GUID is `only`)."""

    def extract(doc: ArticleDoc) -> list[Meeting]:
        meetings = REAL(doc)
        if only is not None and doc.guid != only:
            return meetings
        shift = timedelta(days=days)
        return [replace(m, start=m.start + shift, end=m.end + shift if m.end else None) for m in meetings]

    return extract


def test_unchanged_events_keep_uid_and_sequence(database: Database) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"), _expo("jc-2"))
    before, calendar = _events(database), _calendar(database)
    assert len(before) == 2

    summary = reextract(database)
    assert summary == ReextractSummary(articles=2, unchanged=2)
    assert _events(database) == before
    assert _calendar(database) == calendar  # LAST-MODIFIED too


def test_a_changed_event_keeps_its_uid_and_raises_sequence(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"), _expo("jc-2"))
    before = _events(database)
    monkeypatch.setattr(module, "extract_meetings", _later(7, only="jc-1"))

    assert reextract(database) == ReextractSummary(articles=2, unchanged=1, changed=1)
    after = _events(database)
    uid, start, sequence, status = before["滨江新区湿地保护论坛"]
    assert after["滨江新区湿地保护论坛"] == (uid, start + timedelta(days=7), sequence + 1, status)
    assert after["江城茶文化博览会"] == before["江城茶文化博览会"]
    calendar = _calendar(database)[uid]
    assert (calendar["start"], calendar["sequence"], calendar["status"]) == ("2024-05-24", "1", "CONFIRMED")

    assert reextract(database) == ReextractSummary(articles=2, unchanged=2)  # the same extractor again: no change
    assert _events(database) == after


def test_an_event_no_article_reports_is_cancelled_and_a_new_one_added(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    ((uid, start, sequence, _),) = _events(database).values()

    def renamed(doc: ArticleDoc) -> list[Meeting]:
        return [replace(m, name="滨江新区湿地修复论坛", start=m.start + timedelta(days=300)) for m in REAL(doc)]

    monkeypatch.setattr(module, "extract_meetings", renamed)
    assert reextract(database) == ReextractSummary(articles=1, added=1, cancelled=1)
    events = _events(database)
    assert events["滨江新区湿地保护论坛"] == (uid, start, sequence + 1, "cancelled")
    assert events["滨江新区湿地修复论坛"][3] == "scheduled"
    assert _calendar(database)[uid]["status"] == "CANCELLED"


def test_source_and_since_choose_the_articles(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    _ingest(database, "wx", _expo("wx-1", PUBLISHED + timedelta(days=10)))
    before = _events(database)
    monkeypatch.setattr(module, "extract_meetings", _later(7))

    assert reextract(database, source_key="wx") == ReextractSummary(articles=1, changed=1)
    after = _events(database)
    assert after["滨江新区湿地保护论坛"] == before["滨江新区湿地保护论坛"]
    assert after["江城茶文化博览会"][1:3] == (date(2024, 6, 15), 1)

    monkeypatch.setattr(module, "extract_meetings", _later(14))
    since = (PUBLISHED + timedelta(days=5)).astimezone(UTC)
    assert reextract(database, since=since) == ReextractSummary(articles=1, changed=1)
    assert _events(database)["滨江新区湿地保护论坛"] == before["滨江新区湿地保护论坛"]
    assert _events(database)["江城茶文化博览会"][1:3] == (date(2024, 6, 22), 2)

    assert reextract(database, since=since + timedelta(days=30)) == ReextractSummary()
    with pytest.raises(Exception, match="reextract: no source with key 'nope'"):
        reextract(database, source_key="nope")


def test_a_corrected_event_stays_as_the_operator_set_it(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    correction = parse_correction({"start": "2024-05-20", "venue": "江城大学礼堂", "status": "postponed"})
    with database.begin() as session:
        (event,) = session.scalars(select(Event))
        assert apply_correction(session, event, correction, "token")
    ((uid, _, sequence, _),) = _events(database).values()

    monkeypatch.setattr(module, "extract_meetings", _later(7))  # reported a week later now
    reextract(database)
    monkeypatch.setattr(module, "extract_meetings", lambda doc: [])  # reported no more
    reextract(database)
    with database.begin() as session:
        (event,) = session.scalars(select(Event))
        assert (event.uid, event.start_date, event.venue, event.status) == (
            uid,
            date(2024, 5, 20),
            "江城大学礼堂",
            "postponed",
        )
        assert event.sequence == sequence and event.cancelled_at is None


def test_an_article_whose_extraction_fails_is_logged_and_skipped(
    database: Database, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"), _expo("jc-2"))
    before = _events(database)
    later = _later(7)

    def broken(doc: ArticleDoc) -> list[Meeting]:
        if doc.guid == "jc-1":
            raise ValueError("an extractor bug")
        return later(doc)

    monkeypatch.setattr(module, "extract_meetings", broken)
    seen: list[tuple[int, int | None]] = []
    with caplog.at_level(logging.ERROR, logger="feed.reextract"):
        summary = reextract(database, progress=lambda processed, total: seen.append((processed, total)))
    assert summary == ReextractSummary(articles=2, errors=1, changed=1)
    assert seen == [(0, 2), (1, 2), (2, 2)]
    (record,) = caplog.records
    assert record.getMessage().startswith("reextract article=1 failed") and "an extractor bug" in caplog.text
    after = _events(database)
    assert after["滨江新区湿地保护论坛"] == before["滨江新区湿地保护论坛"]
    assert after["江城茶文化博览会"][2] == 1


def test_a_second_reextract_at_the_same_time_is_refused(
    database: Database, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _ingest(database, "jc", _article(FORUM, "jc-1"))
    started, go_on = threading.Event(), threading.Event()

    def slow(doc: ArticleDoc) -> list[Meeting]:
        started.set()
        go_on.wait(60)
        return REAL(doc)

    monkeypatch.setattr(module, "extract_meetings", slow)
    results: list[ReextractSummary] = []
    first = threading.Thread(target=lambda: results.append(reextract(database)))
    first.start()
    try:
        assert started.wait(30)
        with pytest.raises(Busy):  # in this process
            reextract(database)
        config = tmp_path / "sources.toml"
        config.write_text('[[sources]]\nkey = "jc"\nname = "jc"\nkind = "files"\npath = "."\n', encoding="utf-8")
        second = run_feed("reextract", "--quiet", env=feed_env(database.url, config), cwd=tmp_path)  # in another
        assert (second.returncode, second.stdout) == (2, "")
        assert second.stderr == (
            "error: reextract: another re-extraction is running on this database; try again when it has finished\n"
        )
    finally:
        go_on.set()
        first.join(60)
    assert results == [ReextractSummary(articles=1, unchanged=1)]
    monkeypatch.setattr(module, "extract_meetings", REAL)
    assert reextract(database) == ReextractSummary(articles=1, unchanged=1)  # the lock is free again
