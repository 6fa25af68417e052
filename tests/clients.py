"""Drive real clients headless: newsboat for feeds, vdirsyncer + khal for calendars."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

KHAL_LOCALE = """
[locale]
local_timezone = Asia/Shanghai
default_timezone = Asia/Shanghai
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
"""


def need(*binaries: str) -> None:
    missing = [b for b in binaries if shutil.which(b) is None]
    if missing:
        pytest.skip(f"{', '.join(missing)} not installed (apt-get install {' '.join(missing)})")


def client_env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "HOME": str(home),
        "LC_ALL": "C.UTF-8",
        "LANG": "C.UTF-8",
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
    }


def newsboat_items(url: str, work: Path) -> list[tuple[str, str, int]]:
    """(title, url, pubDate) of every item newsboat reads from `url`, in a cache of its own."""
    need("newsboat")
    work.mkdir(parents=True, exist_ok=True)
    urls, cache = work / "urls", work / "cache.db"
    urls.write_text(url + "\n", encoding="utf-8")
    result = subprocess.run(
        ["newsboat", "-u", str(urls), "-c", str(cache), "-C", "/dev/null", "-x", "reload"],
        env=client_env(work),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with sqlite3.connect(cache) as db:
        return db.execute("SELECT title, url, pubDate FROM rss_item").fetchall()


class SyncedCalendar:
    """A calendar URL synced by vdirsyncer into a folder that khal reads."""

    def __init__(self, url: str, work: Path) -> None:
        need("vdirsyncer", "khal")
        self.work, self.folder = work, work / "calendar"
        self.folder.mkdir(parents=True)
        self.config = work / "vdirsyncer.conf"
        self.config.write_text(
            f"""[general]
status_path = "{work / "status"}"

[pair events]
a = "events_remote"
b = "events_local"
collections = null

[storage events_remote]
type = "http"
url = "{url}"

[storage events_local]
type = "filesystem"
path = "{self.folder}"
fileext = ".ics"
""",
            encoding="utf-8",
        )
        self._vdirsyncer("discover")
        self.sync()
        self.khal_config = work / "khal.conf"
        self.khal_config.write_text(
            f"[calendars]\n[[events]]\npath = {self.folder}\ntype = calendar\n{KHAL_LOCALE}", encoding="utf-8"
        )

    def sync(self) -> None:
        """Bring the folder up to date with the URL, as a calendar app's next refresh would."""
        self._vdirsyncer("sync")

    def _vdirsyncer(self, command: str) -> None:
        result = subprocess.run(
            ["vdirsyncer", "-c", str(self.config), command],
            env=client_env(self.work),
            input="y\n",
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.returncode == 0, result.stderr

    @property
    def files(self) -> list[Path]:
        return sorted(self.folder.glob("*.ics"))

    def khal_list(self, day: str) -> str:
        return self._khal("list", day, day)

    def khal_events(self, day: str) -> list[str]:
        """One line per event khal lists on `day`: its first day and title, 'CANCELLED ' first if it is."""
        listed = self._khal("list", "--day-format", "", "--format", "{cancelled}{start-date} {title}", day, day)
        return listed.splitlines()

    def _khal(self, *args: str) -> str:
        listed = subprocess.run(
            ["khal", "-c", str(self.khal_config), *args],
            env=client_env(self.work),
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert listed.returncode == 0, listed.stderr
        return listed.stdout
