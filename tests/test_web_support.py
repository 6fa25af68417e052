"""Shared test data and app builders for the render and web tests (no tests here).

Every article and meeting is written for these tests; none is a copy of a news text.
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import create_engine, make_url, text
from starlette.testclient import TestClient

from db.migrate import upgrade
from db.session import Database
from db.sources import source_by_key
from feed.articles import store_article
from feed.config import Settings, SourceConfig
from feed.events import link_meetings
from feed.model import ArticleDoc, Meeting, Organiser
from feed.sources import sync_sources
from feed.web.app import create_app

BEIJING = ZoneInfo("Asia/Shanghai")
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEED = SHARED / "seeds" / "000_bf8f529006094c02.txt"
BASE_URL = "http://feeds.example.org"

FORUM = Meeting(
    name="東北振興示例座談會",
    start=date(2023, 6, 25),
    city="瀋陽",
    city_en="Shenyang",
    region="遼寧省",
    country="中國",
    venue="示例會議中心",
    latitude=41.8057,
    longitude=123.4315,
    organisers=[Organiser("遼寧省示例廳", "主辦")],
    confidence=0.9,
)
EXPO = Meeting(
    name="示例博览会开幕式",
    start=date(2023, 8, 16),
    start_time=clock(9, 30),
    end_time=clock(11, 0),
    city="昆明",
    city_en="Kunming",
    region="云南省",
    country="中国",
    status="scheduled",
    confidence=0.9,
)
SUMMIT = Meeting(
    name="Example Summit on Small Towns",
    start=date(2023, 6, 27),
    end=date(2023, 6, 29),
    city="天津",
    city_en="Tianjin",
    region="天津市",
    country="中國",
    status="cancelled",
    confidence=0.9,
)
POSTPONED = Meeting(
    name="示例論壇", start=date(2023, 7, 3), city="大連", region="遼寧省", status="postponed", confidence=0.9
)


def _doc(title: str, text: str, published: datetime, language: str, **kw: object) -> ArticleDoc:
    return ArticleDoc(title=title, text=text, published=published, language=language, **kw)  # type: ignore[arg-type]


FORUM_ARTICLE = _doc(
    "示例座談會在瀋陽舉行 共商東北振興",
    "6月25日,東北振興示例座談會在瀋陽舉行。這段文字是為測試撰寫的,不是新聞原文。\n\n"
    "與會者討論了合作項目,會議由遼寧省示例廳主辦。" * 3,
    datetime(2023, 6, 26, 10, 11, 34, tzinfo=BEIJING),
    "zh-Hant",
    url="https://news.example.cn/2023/06/26/forum.html",
    outlet="示例日報",
    author="示例記者",
)
EXPO_ARTICLE = _doc(
    "示例博览会将在昆明开幕",
    "8月16日上午9时30分,示例博览会开幕式将在昆明举行。本文为测试撰写。",
    datetime(2023, 8, 10, 9, 0, tzinfo=BEIJING),
    "zh-Hans",
    url="https://news.example.cn/expo.html",
)
SUMMIT_ARTICLE = _doc(
    "Small-town summit in Tianjin is cancelled",
    "The Example Summit on Small Towns, planned for 27-29 June in Tianjin, has been cancelled. Written for tests.",
    datetime(2023, 6, 20, 15, 0, tzinfo=BEIJING),
    "en",
    url="https://news.example.com/summit",
    author="A. Writer",
)
POSTPONED_ARTICLE = _doc(
    "大連示例論壇延期舉行",
    "原定7月3日在大連舉行的示例論壇延期。測試用文字。",
    datetime(2023, 6, 30, 8, 0, tzinfo=BEIJING),
    "zh-Hant",
)
HOSTILE_ARTICLE = _doc(
    'Tags <b>bold</b> & "quotes" \x01 in a title',
    "Text with <script>alert(1)</script>, a form feed \x0c and ampersands & more; commas, semicolons.",
    datetime(2023, 6, 1, 12, 0, tzinfo=BEIJING),
    "en",
    url="https://news.example.com/hostile?a=1&b=2",
)


def paging_links(client: TestClient, url: str) -> dict[str, str]:
    """rel -> href of the links of an RSS channel (its atom:link) or an Atom feed, the first of each rel."""
    feed = ET.fromstring(client.get(url).content)
    channel = feed.find("channel") if feed.tag == "rss" else feed
    assert channel is not None
    found: dict[str, str] = {}
    for link in channel.findall("{http://www.w3.org/2005/Atom}link"):
        found.setdefault(link.get("rel", "alternate"), link.get("href", ""))
    return found


def settings_for(url: str) -> Settings:
    return Settings(database_url=url, config_path=Path("/nonexistent"), api_token=None, base_url=BASE_URL)


def add(database: Database, source_key: str, doc: ArticleDoc, meetings: list[Meeting]) -> None:
    with database.begin() as session:
        source = source_by_key(session, source_key)
        if source is None:
            source = sync_sources(
                session, [SourceConfig(key=source_key, name=f"Source {source_key}", kind="files", path=Path("/tmp"))]
            )[0]
        _, article = store_article(session, source, doc)
        link_meetings(session, article, meetings)


def populate(database: Database, bulk: int = 0) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    add(database, "lnd", POSTPONED_ARTICLE, [POSTPONED])
    add(database, "yn", EXPO_ARTICLE, [EXPO])
    add(database, "wire", SUMMIT_ARTICLE, [SUMMIT])
    add(database, "wire", HOSTILE_ARTICLE, [])
    start = datetime(2023, 1, 1, 8, 0, tzinfo=BEIJING)
    for i in range(bulk):
        add(
            database,
            "bulk",
            _doc(
                f"Bulk article number {i}",
                f"Body of bulk article {i}.",
                start + timedelta(hours=i // 2),
                "en",
                url=f"https://bulk.example.com/{i}",
            ),
            [],
        )


# With FEED_TEST_DATABASE_URL (see conftest.py) the shared data set is built on PostgreSQL as well,
# in a scratch database of its own (serve_test_*) that is dropped afterwards.
POSTGRES_URL = os.environ.get("FEED_TEST_DATABASE_URL")
BACKENDS = ["sqlite", "postgresql"] if POSTGRES_URL else ["sqlite"]


@contextmanager
def scratch_database(backend: str, folder: Path) -> Iterator[Database]:
    if backend == "sqlite":
        db = Database(f"sqlite:///{folder / 'feed.db'}")
        upgrade(db.engine)
        yield db
        db.dispose()
        return
    assert POSTGRES_URL
    name = f"serve_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(POSTGRES_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db = Database(make_url(POSTGRES_URL).set(database=name).render_as_string(hide_password=False))
    try:
        upgrade(db.engine)
        yield db
    finally:
        db.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


class LiveServer:
    """The app under uvicorn on a free loopback port, in a thread."""

    def __init__(self, database: Database, **settings: Any) -> None:
        """`settings`: Settings fields to set (map_tiles=...)."""
        import uvicorn

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        app = create_app(
            replace(Settings(database.url, Path("/nonexistent"), None, self.url), **settings), database, version_ttl=0
        )
        self.server = uvicorn.Server(
            uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="warning", lifespan="on")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> LiveServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise RuntimeError("uvicorn did not start in 10 s")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
