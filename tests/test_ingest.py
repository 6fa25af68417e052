from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import Article, Event, IngestRun
from db.session import Database
from db.sources import source_by_key
from feed import ingest
from feed.config import SourceConfig
from feed.errors import NotFound
from feed.sources import sync_sources
from tests.http_server import Route, Site, serve_site

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"

FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Sample</title><link>https://news.example.org/</link><description>d</description>
<item><title>示例峰会在北京举行</title><link>https://news.example.org/p/1</link><guid>p-1</guid>
<pubDate>2024-05-11 09:00:00</pubDate>
<description>5月10日，示例科技峰会在北京举行。这是为测试撰写的句子，与会者讨论了人工智能的应用。</description></item>
</channel></rss>"""


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    monkeypatch.setenv("FEED_ALLOW_PRIVATE_NETWORKS", "1")  # the test site is on loopback
    with serve_site() as site:
        yield site


def configure(database: Database, *configs: SourceConfig) -> None:
    with database.begin() as session:
        sync_sources(session, configs)


def counts(database: Database) -> tuple[int, int]:
    with database.begin() as session:
        return session.scalar(select(func.count(Article.id))), session.scalar(select(func.count(Event.id)))


def test_files_source_ingests_and_reingests_without_duplicates(database: Database, tmp_path: Path) -> None:
    shutil.copytree(DEMO, tmp_path / "a")
    configure(database, SourceConfig(key="demo", name="Demo", kind="files", path=tmp_path / "a"))
    first = ingest.ingest_now(database, "demo", "cli")
    assert (first.status, first.new, first.updated, first.unchanged, first.errors) == ("succeeded", 3, 0, 0, 0)
    assert first.events >= 2
    again = ingest.ingest_now(database, "demo", "cli")
    assert (again.new, again.updated, again.unchanged) == (0, 0, 3)
    assert counts(database)[0] == 3
    edited = tmp_path / "a" / "002-kunming-expo.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n  补充一段为测试而写的文字。\n", encoding="utf-8")
    third = ingest.ingest_now(database, "demo", "cli")
    assert (third.new, third.updated, third.unchanged) == (0, 1, 2)
    assert counts(database)[0] == 3


def test_seed_gives_one_event_on_the_day_in_shenyang(database: Database, tmp_path: Path, seed_text: str) -> None:
    (tmp_path / "seed.txt").write_text(seed_text, encoding="utf-8")
    key = ingest.resolve_target(database, str(tmp_path / "seed.txt"))
    ingest.ingest_now(database, key, "cli")
    ingest.ingest_now(database, key, "cli")
    with database.begin() as session:
        (event,) = session.scalars(select(Event)).all()
        assert event.name == "國資央企助力東北全面振興座談會"
        assert (event.start_date, event.end_date) == (date(2023, 6, 25), date(2023, 6, 25))
        assert (event.city, event.city_en) == ("瀋陽", "Shenyang")
        assert event.organisers == [
            {"name": "遼寧省、吉林省、黑龍江省、內蒙古自治區人民政府", "role": "主辦"},
            {"name": "遼寧省人民政府", "role": "承辦"},
        ]
        assert [a.title for a in event.articles] == ["國資央企助力東北全面振興座談會在瀋陽舉行"]


def test_feed_url_with_conditional_get(database: Database, site: Site) -> None:
    site.routes["/rss"] = Route(FEED.encode(), etag='"v1"')
    configure(database, SourceConfig(key="f", name="F", kind="feed", url=site.base_url + "/rss"))
    first = ingest.ingest_now(database, "f", "cli")
    assert (first.status, first.new, first.events) == ("succeeded", 1, 1)
    second = ingest.ingest_now(database, "f", "cli")
    assert (second.status, second.new, second.unchanged) == ("succeeded", 0, 0)
    assert site.requests[-1]["if-none-match"] == '"v1"'
    with database.begin() as session:
        source = source_by_key(session, "f")
        assert source is not None and source.etag == '"v1"' and source.error_count == 0
        (event,) = session.scalars(select(Event)).all()
        assert (event.name, event.start_date, event.city) == ("示例科技峰会", date(2024, 5, 10), "北京")


def test_failing_source_records_why_and_keeps_earlier_data(database: Database, site: Site) -> None:
    site.routes["/rss"] = Route(FEED.encode())
    configure(database, SourceConfig(key="f", name="F", kind="feed", url=site.base_url + "/rss"))
    ingest.ingest_now(database, "f", "cli")
    site.routes["/rss"] = Route(b"<html>maintenance</html>", content_type="text/html")
    broken = ingest.ingest_now(database, "f", "cli")
    assert broken.status == "failed" and broken.error is not None and broken.error.startswith("parse: ")
    del site.routes["/rss"]
    gone = ingest.ingest_now(database, "f", "cli")
    assert gone.status == "failed" and "HTTP 404" in (gone.error or "")
    assert counts(database) == (1, 1)
    with database.begin() as session:
        source = source_by_key(session, "f")
        assert source is not None and source.error_count == 2 and "404" in (source.last_error or "")


def test_unreadable_files_are_counted_not_fatal(database: Database, tmp_path: Path) -> None:
    shutil.copy(DEMO / "001-shenyang-forum.txt", tmp_path / "good.txt")
    (tmp_path / "empty.txt").write_text("\n\n", encoding="utf-8")
    configure(database, SourceConfig(key="d", name="D", kind="files", path=tmp_path))
    summary = ingest.ingest_now(database, "d", "cli")
    assert (summary.status, summary.new, summary.errors) == ("succeeded", 1, 1)
    assert summary.error is not None and "empty.txt" in summary.error


def test_missing_folder_fails_the_run(database: Database, tmp_path: Path) -> None:
    configure(database, SourceConfig(key="d", name="D", kind="files", path=tmp_path / "nope"))
    summary = ingest.ingest_now(database, "d", "cli")
    assert summary.status == "failed" and "does not exist" in (summary.error or "")


def test_queued_jobs_run_once_per_source(database: Database) -> None:
    configure(database, SourceConfig(key="demo", name="Demo", kind="files", path=DEMO))
    run_id = ingest.queue(database, "demo", "api")
    assert ingest.queue(database, "demo", "api") == run_id  # still queued: the same job
    (summary,) = ingest.run_queued(database)
    assert (summary.run_id, summary.status, summary.new) == (run_id, "succeeded", 3)
    assert ingest.run_queued(database) == []
    with database.begin() as session:
        run = session.get(IngestRun, run_id)
        assert run is not None and run.trigger == "api" and run.finished_at is not None
    assert ingest.queue(database, "demo", "api") != run_id


def test_unknown_targets(database: Database) -> None:
    with pytest.raises(NotFound):
        ingest.queue(database, "nope", "api")
    with pytest.raises(NotFound, match="neither a configured source key nor"):
        ingest.resolve_target(database, "/no/such/path")


def test_adhoc_url_is_remembered_as_a_source(database: Database, site: Site) -> None:
    site.routes["/rss"] = Route(FEED.encode(), etag='"v1"')
    key = ingest.resolve_target(database, site.base_url + "/rss")
    assert key == ingest.resolve_target(database, site.base_url + "/rss")
    ingest.ingest_now(database, key, "cli")
    ingest.ingest_now(database, key, "cli")
    assert site.requests[-1].get("if-none-match") == '"v1"'


BIG5_ARTICLE = (
    "示例書展在臺北舉行 讀者排隊入場\n"
    "2024-03-02 09:30:00來源:示例晚報\n"
    "3月1日,示例國際書展在臺北開幕。這幾句話是為測試寫的,不是新聞原文。\n"
    "展場裡有許多出版社參展,讀者們在攤位之間慢慢瀏覽,也買了幾本舊書。\n"
)
GBK_ARTICLE = (
    "示例茶叶节在杭州开幕 游客品尝新茶\n"
    "2024-04-12 08:00:00来源:示例日报\n"
    "4月11日,示例茶叶节在杭州开幕。这几句话是为测试写的,不是新闻原文。\n"
    "茶农们带来了今年的新茶,游客们在湖边的棚子里一边喝茶一边聊天。\n"
)


@pytest.mark.parametrize(
    ("text", "codec", "language"),
    [
        (BIG5_ARTICLE, "big5", "zh-Hant"),
        (GBK_ARTICLE, "gbk", "zh-Hans"),
    ],
)
def test_text_files_in_big5_and_gbk_are_read_right(
    database: Database, tmp_path: Path, text: str, codec: str, language: str
) -> None:
    (tmp_path / "article.txt").write_bytes(text.encode(codec))
    configure(database, SourceConfig(key="d", name="D", kind="files", path=tmp_path))
    summary = ingest.ingest_now(database, "d", "cli")
    assert (summary.status, summary.new, summary.errors) == ("succeeded", 1, 0), summary.error
    with database.begin() as session:
        (article,) = session.scalars(select(Article)).all()
        assert article.title == text.splitlines()[0]
        assert text.splitlines()[2] in article.text
        assert article.language == language
