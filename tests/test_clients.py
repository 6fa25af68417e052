"""Real clients against a running `feed serve`: newsboat for feeds, vdirsyncer + khal for calendars."""

from __future__ import annotations

import re
import shutil
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar

from tests.clients import SyncedCalendar, newsboat_items
from tests.service import feed_env, run_feed, running_service

TITLE = "國資央企助力東北全面振興座談會在瀋陽舉行"

# written for these tests, not a news text. A near copy giving a new day is a later version of the same
# story, which moves its meeting (as in tests/test_event_moves.py).
FORUM = "第三屆示例論壇"
ANNOUNCED = """第三屆示例論壇將在瀋陽舉行
2024-04-18 09:30:00來源:示例日報編輯:林曉

  第三屆示例論壇定於5月17日在瀋陽舉行,來自東北三省的二百多位學者和企業代表將出席會議。論壇由示例研究會主辦,瀋陽示例學院承辦。

  與會代表將圍繞老工業基地的數字化改造、冬季城市交通和黑土地保護等議題進行交流,並到渾河沿岸的新建園區實地參觀。主辦方介紹,論壇自前年起每年舉辦一次。
"""
MOVED = ANNOUNCED.replace("5月17日", "5月24日").replace("2024-04-18 09:30:00", "2024-04-20 15:00:00")


@pytest.fixture(scope="module")
def service(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Iterator[str]:
    seed = request.config.rootpath.parent / "shared" / "seeds" / "000_bf8f529006094c02.txt"
    if not seed.exists():
        pytest.skip(f"the seed article is not here ({seed}): ../shared is absent")
    work = tmp_path_factory.mktemp("service")
    (work / "articles").mkdir()
    shutil.copy(seed, work / "articles" / "seed.txt")
    (work / "sources.toml").write_text(
        '[[sources]]\nkey = "seed"\nname = "Seed"\nkind = "files"\npath = "articles"\nevery = "1h"\n',
        encoding="utf-8",
    )
    env = feed_env(f"sqlite:///{work / 'feed.db'}", work / "sources.toml")
    assert run_feed("ingest", "seed", env=env, cwd=work).returncode == 0
    with running_service(env, work, "--no-scheduler") as base:
        yield base


@pytest.mark.parametrize("path", ["/feeds/articles.rss", "/feeds/articles.atom"])
def test_newsboat_shows_the_article(service: str, tmp_path: Path, path: str) -> None:
    rows = newsboat_items(service + path, tmp_path)
    assert [title for title, _, _ in rows] == [TITLE]
    assert rows[0][2] == 1687745494  # 2023-06-26 10:11:34 +08:00


def test_vdirsyncer_and_khal_show_the_forum(service: str, tmp_path: Path) -> None:
    calendar = SyncedCalendar(f"{service}/feeds/events.ics", tmp_path)
    assert len(calendar.files) == 1
    listed = calendar.khal_list("2023-06-25")
    assert "國資央企助力東北全面振興座談會" in listed and "2023-06-25" in listed
    assert "座談會" not in calendar.khal_list("2023-06-26")  # an all-day event ends on the 25th


@pytest.mark.parametrize("path", ["/feeds/articles.rss", "/feeds/articles.atom"])
def test_newsboat_opens_every_items_link(service: str, tmp_path: Path, path: str) -> None:
    rows = newsboat_items(service + path, tmp_path)
    assert rows
    for title, link, _ in rows:
        assert re.fullmatch(re.escape(service) + r"/articles/\d+", link), link  # a text file's article: our page
        page = httpx.get(link)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html"), link
        assert f"<title>{title}</title>" in page.text  # the item's own article


def test_khal_shows_a_moved_meeting_once_on_its_new_day(tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text("", encoding="utf-8")
    env = feed_env(f"sqlite:///{tmp_path / 'feed.db'}", tmp_path / "sources.toml")
    with running_service(env, tmp_path, "--no-scheduler") as base:
        _ingest(base, tmp_path / "announced.txt", ANNOUNCED, env)
        ((uid, sequence, _),) = _served_events(base)
        calendar = SyncedCalendar(f"{base}/feeds/events.ics", tmp_path / "client")
        assert len(calendar.files) == 1
        assert calendar.khal_events("2024-05-17") == [f"2024-05-17 {FORUM}"]

        _ingest(base, tmp_path / "moved.txt", MOVED, env)
        moved = _served_events(base)
        assert [(u, d) for u, _, d in moved] == [(uid, "2024-05-24")], moved  # the same event, on its new day
        assert moved[0][1] > sequence
        calendar.sync()
        assert len(calendar.files) == 1  # vdirsyncer's http storage ignores UIDs: the new version replaced the old
        assert calendar.khal_events("2024-05-24") == [f"2024-05-24 {FORUM}"]  # once, and not cancelled
        assert calendar.khal_events("2024-05-17") == []


def _ingest(base: str, file: Path, text: str, env: dict[str, str]) -> None:
    """`feed ingest FILE` beside the running service, then wait until its calendar has the new data."""
    before = httpx.get(f"{base}/feeds/events.ics").headers["etag"]
    file.write_text(text, encoding="utf-8")
    result = run_feed("ingest", str(file), env=env, cwd=file.parent)
    assert result.returncode == 0, result.stderr
    deadline = time.monotonic() + 10  # the service reads the data version at most once a second
    while httpx.get(f"{base}/feeds/events.ics").headers["etag"] == before:
        assert time.monotonic() < deadline, "the calendar did not change after the ingest"
        time.sleep(0.2)


def _served_events(base: str) -> list[tuple[str, int, str]]:
    """UID, SEQUENCE and first day of each event in the service's calendar."""
    events = Calendar.from_ical(httpx.get(f"{base}/feeds/events.ics").content).walk("VEVENT")
    return [(str(e["UID"]), int(e["SEQUENCE"]), e.decoded("DTSTART").isoformat()) for e in events]
