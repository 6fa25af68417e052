"""Real clients read filtered feeds and calendars from a live server: newsboat, vdirsyncer + khal.

The unfiltered client test lives in tests/test_clients.py; these use ?city=沈阳 (Simplified) to
find the Traditional-script forum, and ?script=hans to convert what the client shows.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.clients import SyncedCalendar, newsboat_items
from tests.test_web_support import FORUM, LiveServer

pytestmark = pytest.mark.clients
FORUM_TITLE = "示例座談會在瀋陽舉行 共商東北振興"


def test_newsboat_reads_a_filtered_feed(live: LiveServer, tmp_path: Path) -> None:
    city = "%E6%B2%88%E9%98%B3"  # 沈阳, as the index page's copy-links write it
    # one cache each: newsboat keeps one row per guid, and both feeds carry the same article ids
    atom_items = newsboat_items(f"{live.url}/feeds/articles.atom?city={city}", tmp_path / "atom")
    rss_items = newsboat_items(f"{live.url}/feeds/articles.rss?city={city}&script=hans", tmp_path / "rss")
    assert len(atom_items) == len(rss_items) == 1, (atom_items, rss_items)
    (atom,), (rss,) = atom_items, rss_items
    assert atom[0] == FORUM_TITLE and atom[1] == "https://news.example.cn/2023/06/26/forum.html"
    assert rss[0] == "示例座谈会在沈阳举行 共商东北振兴"
    assert atom[2] == rss[2] == 1687745494  # 2023-06-26 10:11:34 +08:00


def test_vdirsyncer_and_khal_read_a_filtered_calendar(live: LiveServer, tmp_path: Path) -> None:
    calendar = SyncedCalendar(f"{live.url}/feeds/events.ics?city=%E6%B2%88%E9%98%B3&alarm=PT1H", tmp_path)
    assert len(calendar.files) == 1, calendar.files  # only the Shenyang forum
    assert FORUM.name in calendar.khal_list("2023-06-25")
    assert FORUM.name not in calendar.khal_list("2023-06-26")  # DTEND is exclusive: a one-day meeting
