"""Undated articles take their dateline's day (the year from the fetch time), not the ingest time."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from feed.loaders import load_documents
from feed.parse.dateline import dateline_time

BEIJING = ZoneInfo("Asia/Shanghai")
NOW = datetime(2025, 1, 10, 4, 0, tzinfo=UTC)


def test_dateline_day_takes_the_nearest_past_year() -> None:
    assert dateline_time("新華社北京1月9日電 示例會議開幕。", NOW, "Asia/Shanghai") == datetime(
        2025, 1, 9, tzinfo=BEIJING
    )
    assert dateline_time("新華社北京12月30日電 示例會議開幕。", NOW, "Asia/Shanghai") == datetime(
        2024, 12, 30, tzinfo=BEIJING
    )
    assert dateline_time("BEIJING, Dec. 30 (Xinhua) -- A fair opened.", NOW, "Asia/Shanghai") == datetime(
        2024, 12, 30, tzinfo=BEIJING
    )
    assert dateline_time("本報瀋陽20日訊 示例會議開幕。", NOW, "Asia/Shanghai") == datetime(
        2024, 12, 20, tzinfo=BEIJING
    )


def test_datelines_written_in_chinese_numerals() -> None:
    assert dateline_time("新华社北京十二月三十日电 示例会议开幕。", NOW, "Asia/Shanghai") == datetime(
        2024, 12, 30, tzinfo=BEIJING
    )
    assert dateline_time("本報瀋陽二十日訊 示例會議開幕。", NOW, "Asia/Shanghai") == datetime(
        2024, 12, 20, tzinfo=BEIJING
    )


def test_no_dateline_no_day() -> None:
    assert dateline_time("1月9日，示例會議開幕。", NOW, "Asia/Shanghai") is None
    assert dateline_time("BEIJING -- A fair opened.", NOW, "Asia/Shanghai") is None


def test_undated_feed_item_takes_its_dateline_day(tmp_path: Path) -> None:
    today = datetime.now(BEIJING).date()
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>示例</title>'
        "<item><title>示例港口論壇開幕</title><guid>d1</guid>"
        f"<description>新華社大連{today.month}月{today.day}日電 示例港口論壇今天開幕。</description></item>"
        "<item><title>示例港口論壇閉幕</title><guid>d2</guid><pubDate>Fri, 03 May 2024 10:00:00 +0800</pubDate>"
        f"<description>新華社大連{today.month}月{today.day}日電 示例港口論壇閉幕。</description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    first, second = load_documents("feed", str(feed), "Asia/Shanghai").docs
    assert first.published == datetime(today.year, today.month, today.day, tzinfo=BEIJING)
    assert second.published == datetime(2024, 5, 3, 10, 0, tzinfo=BEIJING)  # the metadata's date wins
