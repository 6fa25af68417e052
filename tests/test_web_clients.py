"""Real clients read filtered feeds and calendars from a live server: newsboat, vdirsyncer + khal.

The unfiltered client test lives in tests/test_clients.py; these use ?city=沈阳 (Simplified) to
find the Traditional-script forum, and ?script=hans to convert what the client shows.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tests.test_web_support import FORUM, LiveServer, live, populated  # noqa: F401

pytestmark = pytest.mark.clients
FORUM_TITLE = "示例座談會在瀋陽舉行 共商東北振興"


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "HOME": str(home), "LC_ALL": "C.UTF-8", "XDG_CONFIG_HOME": str(home / ".config"),
            "XDG_DATA_HOME": str(home / ".local" / "share")}


@pytest.mark.skipif(shutil.which("newsboat") is None, reason="newsboat is not installed (apt-get install newsboat)")
def test_newsboat_reads_a_filtered_feed(live: LiveServer, tmp_path: Path) -> None:
    city = "%E6%B2%88%E9%98%B3"  # 沈阳, as the index page's copy-links write it
    items = {}
    for name, url in (("atom", f"{live.url}/feeds/articles.atom?city={city}"),
                      ("rss", f"{live.url}/feeds/articles.rss?city={city}&script=hans")):
        # one cache each: newsboat keeps one row per guid, and both feeds carry the same article ids
        urls, cache = tmp_path / f"urls-{name}", tmp_path / f"cache-{name}.db"
        urls.write_text(url + "\n", encoding="utf-8")
        result = subprocess.run(["newsboat", "-u", str(urls), "-c", str(cache), "-C", "/dev/null", "-x", "reload"],
                                env=_env(tmp_path), capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
        with sqlite3.connect(cache) as db:
            items[name] = db.execute("SELECT title, url, pubDate FROM rss_item").fetchall()
    assert len(items["atom"]) == len(items["rss"]) == 1, items
    atom, rss = items["atom"][0], items["rss"][0]
    assert atom[0] == FORUM_TITLE and atom[1] == "https://news.example.cn/2023/06/26/forum.html"
    assert rss[0] == "示例座谈会在沈阳举行 共商东北振兴"
    assert atom[2] == rss[2] == 1687745494  # 2023-06-26 10:11:34 +08:00


@pytest.mark.skipif(shutil.which("vdirsyncer") is None or shutil.which("khal") is None,
                    reason="vdirsyncer and khal are not installed (apt-get install vdirsyncer khal)")
def test_vdirsyncer_and_khal_read_a_filtered_calendar(live: LiveServer, tmp_path: Path) -> None:
    env = _env(tmp_path)
    store = tmp_path / "calendars" / "meetings"
    status = tmp_path / "status"
    config = tmp_path / "vdirsyncer.conf"
    config.write_text(f"""[general]
status_path = "{status}"

[pair meetings]
a = "meetings_remote"
b = "meetings_local"
collections = null

[storage meetings_remote]
type = "http"
url = "{live.url}/feeds/events.ics?city=%E6%B2%88%E9%98%B3&alarm=PT1H"

[storage meetings_local]
type = "filesystem"
path = "{store}"
fileext = ".ics"
""", encoding="utf-8")
    store.mkdir(parents=True)
    vdir = ["vdirsyncer", "-c", str(config)]
    for command in (["discover"], ["sync"]):
        result = subprocess.run(vdir + command, env=env, input="y\n", capture_output=True, text=True, timeout=60)
        assert result.returncode == 0, result.stderr
    files = list(store.glob("*.ics"))
    assert len(files) == 1, files  # only the Shenyang forum
    khal_config = tmp_path / "khal.conf"
    khal_config.write_text(f"""[calendars]
[[meetings]]
path = {store}

[locale]
local_timezone = Asia/Shanghai
default_timezone = Asia/Shanghai
timeformat = %H:%M
dateformat = %Y-%m-%d
longdateformat = %Y-%m-%d
datetimeformat = %Y-%m-%d %H:%M
longdatetimeformat = %Y-%m-%d %H:%M
""", encoding="utf-8")
    khal = ["khal", "-c", str(khal_config)]
    listed = subprocess.run(khal + ["list", "2023-06-25", "2023-06-25"], env=env, capture_output=True, text=True,
                            timeout=60)
    assert listed.returncode == 0, listed.stderr
    assert FORUM.name in listed.stdout
    nothing = subprocess.run(khal + ["list", "2023-06-26", "2023-06-26"], env=env, capture_output=True, text=True,
                             timeout=60)
    assert FORUM.name not in nothing.stdout  # DTEND is exclusive: a one-day meeting
