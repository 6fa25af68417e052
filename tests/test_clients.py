"""Real clients against a running `feed serve`: newsboat for feeds, vdirsyncer + khal for calendars."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.clients import SyncedCalendar, newsboat_items
from tests.service import feed_env, run_feed, running_service

TITLE = "國資央企助力東北全面振興座談會在瀋陽舉行"


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
