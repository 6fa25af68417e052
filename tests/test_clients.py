"""Real clients against a running `feed serve`: newsboat for feeds, vdirsyncer + khal for calendars."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.service import feed_env, run_feed, running_service

TITLE = "國資央企助力東北全面振興座談會在瀋陽舉行"


def need(binary: str) -> str:
    path = shutil.which(binary)
    if path is None:
        pytest.skip(f"{binary} is not installed (apt-get install {binary})")
    return path


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


def client_env(home: Path) -> dict[str, str]:
    return dict(os.environ, HOME=str(home), LC_ALL="C.UTF-8", LANG="C.UTF-8")


@pytest.mark.parametrize("path", ["/feeds/articles.rss", "/feeds/articles.atom"])
def test_newsboat_shows_the_article(service: str, tmp_path: Path, path: str) -> None:
    newsboat = need("newsboat")
    (tmp_path / "urls").write_text(service + path + "\n", encoding="utf-8")
    subprocess.run(
        [newsboat, "-u", str(tmp_path / "urls"), "-c", str(tmp_path / "cache.db"), "-C", "/dev/null", "-x", "reload"],
        env=client_env(tmp_path), check=True, capture_output=True, timeout=60,
    )
    with sqlite3.connect(tmp_path / "cache.db") as cache:
        rows = cache.execute("SELECT title, pubDate FROM rss_item").fetchall()
    assert [title for title, _ in rows] == [TITLE]
    assert rows[0][1] == 1687745494  # 2023-06-26 10:11:34 +08:00


def test_vdirsyncer_and_khal_show_the_forum(service: str, tmp_path: Path) -> None:
    vdirsyncer, khal = need("vdirsyncer"), need("khal")
    env = client_env(tmp_path)
    calendar_dir = tmp_path / "calendar"
    calendar_dir.mkdir()
    (tmp_path / "vdirsyncer.conf").write_text(f"""
[general]
status_path = "{tmp_path / 'status'}"

[pair events]
a = "events_remote"
b = "events_local"
collections = null

[storage events_remote]
type = "http"
url = "{service}/feeds/events.ics"

[storage events_local]
type = "filesystem"
path = "{calendar_dir}"
fileext = ".ics"
""", encoding="utf-8")
    for command in ("discover", "sync"):
        result = subprocess.run([vdirsyncer, "-c", str(tmp_path / "vdirsyncer.conf"), command],
                                env=env, input="y\n", capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
    assert len(list(calendar_dir.glob("*.ics"))) == 1
    (tmp_path / "khal.conf").write_text(f"""
[calendars]
[[events]]
path = {calendar_dir}
type = calendar

[locale]
local_timezone = Asia/Shanghai
default_timezone = Asia/Shanghai
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
""", encoding="utf-8")
    listed = subprocess.run([khal, "-c", str(tmp_path / "khal.conf"), "list", "2023-06-25", "2023-06-25"],
                            env=env, capture_output=True, text=True, timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert "國資央企助力東北全面振興座談會" in listed.stdout
    assert "2023-06-25" in listed.stdout
    nothing = subprocess.run([khal, "-c", str(tmp_path / "khal.conf"), "list", "2023-06-26", "2023-06-26"],
                             env=env, capture_output=True, text=True, timeout=60)
    assert "座談會" not in nothing.stdout  # an all-day event ends on the 25th
