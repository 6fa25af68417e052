"""Items without a title get the report's first sentence, photo captions and datelines left out."""

from __future__ import annotations

import json

from feed.parse.dateline import Lead, read_lead
from feed.parse.feeddoc import parse_feed_document, parse_json_feed
from feed.parse.headline import headline_from_text

CAPTIONED = (
    "開幕式現場(記者 王某攝) 新華社北京5月3日電(記者 李某) 第五屆示例花卉博覽會3日在北京開幕。展期一週，免費入場。"
)
ENGLISH = "BEIJING, May 3 (Xinhua) -- The fifth example flower fair opened on Friday in Beijing. It runs for a week."


def test_caption_and_dateline_are_left_out() -> None:
    assert headline_from_text(CAPTIONED) == "第五屆示例花卉博覽會3日在北京開幕"
    assert headline_from_text("（记者 崔某）本报沈阳5月3日讯 示例论坛今天开幕。会期两天。") == "示例论坛今天开幕"


def test_english_dateline_is_left_out() -> None:
    assert headline_from_text(ENGLISH) == "The fifth example flower fair opened on Friday in Beijing"


def test_long_first_sentence_keeps_its_first_clauses() -> None:
    text = "示例論壇今天在河濱會議中心開幕，" + "來自各地的代表" * 15 + "。"
    assert headline_from_text(text) == "示例論壇今天在河濱會議中心開幕"


def test_lead_gives_the_dateline_day() -> None:
    assert read_lead(CAPTIONED) == Lead(CAPTIONED.index("第五屆"), 5, 3)
    assert read_lead(ENGLISH) == Lead(ENGLISH.index("The"), 5, 3)
    assert read_lead("5月3日，示例論壇開幕。") == Lead(0, None, None)


def test_untitled_feed_items_get_the_headline() -> None:
    rss = (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>示例</title>'
        f"<item><guid>u1</guid><description>&lt;p&gt;{CAPTIONED}&lt;/p&gt;</description></item>"
        "</channel></rss>"
    )
    (doc,) = parse_feed_document(rss.encode(), timezone="Asia/Shanghai")
    assert doc.title == "第五屆示例花卉博覽會3日在北京開幕"
    body = {"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "j1", "content_text": ENGLISH}]}
    (item,) = parse_json_feed(json.dumps(body).encode(), timezone="Asia/Shanghai")
    assert item.title == "The fifth example flower fair opened on Friday in Beijing"
