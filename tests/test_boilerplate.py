"""One cleaner for the publisher's notices after the body: text files, feed items and pages alike."""

from __future__ import annotations

import json

from feed.parse.boilerplate import html_without_boilerplate, may_hold_boilerplate, without_boilerplate
from feed.parse.feeddoc import parse_feed_document, parse_json_feed
from feed.parse.page import extract_article
from feed.parse.textfile import parse_text_article

BODY = [
    "5月3日，示例市花卉博覽會在河濱公園開幕，來自各地的園藝師帶來了上千種花卉。",
    "主辦方表示，博覽會將持續一週，每天晚上還有燈光表演。(記者 陳某某)",
]
NOTICES = ["[責任編輯:林某]", "Copyright ©1999-2024 Example Daily. All Rights Reserved"]

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>示例日報</title><link>https://news.example.org/</link><description>d</description>
<item><title>花卉博覽會開幕</title><link>https://news.example.org/1.html</link><guid>n1</guid>
<pubDate>Fri, 03 May 2024 10:00:00 +0800</pubDate>
<description><![CDATA[<p>{}</p><p>{}（编辑 周某）</p><p>{}</p><p>{}</p>]]></description></item>
</channel></rss>
""".format(*BODY, *NOTICES)


def test_notices_and_editor_notes_after_the_body_are_dropped() -> None:
    assert without_boilerplate([*BODY, *NOTICES]) == BODY
    assert without_boilerplate([BODY[0], BODY[1] + "（责任编辑：周某）"]) == BODY
    assert without_boilerplate([BODY[0] + "(編輯 周某)"]) == [BODY[0]]
    assert without_boilerplate(["Copyright law changes this year.", "More text."]) == [
        "Copyright law changes this year.",
        "More text.",
    ]


def test_notices_in_any_case_and_script_are_dropped() -> None:
    """The patterns are tried only on paragraphs holding what a notice must: these still lose theirs."""
    for note in ("EDITED BY: Jane", "Editors: Smith", "eDITOR: x", "(責編 趙某)", "责编：钱某", "© 2023 Example"):
        assert without_boilerplate([BODY[0], BODY[1] + " " + note]) == BODY
    for notice in ("COPYRIGHT 2024 Example", "copyright notice", "版权所有", "免責聲明：本文", "©Example"):
        assert without_boilerplate([*BODY, notice, "more"]) == BODY


def test_only_text_that_may_hold_a_notice_is_read_paragraph_by_paragraph() -> None:
    """'ed' alone (as in every English text) is not enough for an editor's note: it ends with a bracket or
    names the editor after a colon."""
    assert not may_hold_boilerplate("Prices rose.\n\nShares ended higher.", "Shares ended higher.")
    assert not may_hold_boilerplate("\n\n".join(BODY), BODY[-1])
    for last in ("Copyright 2024", "版權所有", "b（编辑 周某）", "b [Edited by Jane] ", "b. Editor: Jane", "© 2023"):
        assert may_hold_boilerplate("a\n\n" + last, last)
    assert may_hold_boilerplate("Copyright law\n\nmore", "more")  # a notice's word anywhere: read it all


def test_byline_is_kept() -> None:
    assert without_boilerplate(BODY) == BODY


def test_feed_item_text_and_html_lose_the_notices() -> None:
    (doc,) = parse_feed_document(RSS.encode(), timezone="Asia/Shanghai")
    assert doc.text == "\n\n".join(BODY)
    assert doc.content_html is not None
    for gone in ("責任編輯", "编辑", "Copyright", "Rights"):
        assert gone not in doc.content_html
    assert "(記者 陳某某)" in doc.content_html


def test_json_feed_item_loses_the_notices() -> None:
    body = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": "示例日報",
        "items": [{"id": "j1", "title": "花卉博覽會開幕", "content_text": "\n\n".join([*BODY, *NOTICES])}],
    }
    (doc,) = parse_json_feed(json.dumps(body).encode(), timezone="Asia/Shanghai")
    assert doc.text == "\n\n".join(BODY)


def test_text_file_loses_an_editor_note_and_keeps_the_byline_as_author() -> None:
    raw = "花卉博覽會開幕\n2024-05-03 10:00來源:示例日報\n\n" + "\n\n".join([*BODY[:1], BODY[1] + "(編輯 周某)"])
    doc = parse_text_article(raw, timezone="Asia/Shanghai")
    assert doc.text == "\n\n".join(BODY)
    assert doc.author == "陳某某"


def test_page_loses_the_notices() -> None:
    paragraphs = "".join(f"<p>{p}</p>" for p in [*BODY, *NOTICES])
    html = (
        "<html><head><title>花卉博覽會開幕</title></head><body><h1>花卉博覽會開幕</h1>"
        f"<div class='article'>{paragraphs}</div></body></html>"
    )
    doc = extract_article(html, url="https://news.example.org/1.html", timezone="Asia/Shanghai")
    assert "責任編輯" not in doc.text and "Copyright" not in doc.text
    assert doc.text.startswith(BODY[0])


def test_html_keeps_a_closing_image_and_markup() -> None:
    html = '<p>正文。<a href="https://x.example/">連結</a>(編輯 周某)</p><p><img src="https://x.example/a.png"></p>'
    assert (
        html_without_boilerplate(html)
        == '<p>正文。<a href="https://x.example/">連結</a></p><p><img src="https://x.example/a.png"></p>'
    )


def test_html_keeps_the_leading_text_escaped() -> None:
    html = "A &amp; B &lt;3 before any element<p>正文。(編輯 周某)</p>"
    assert html_without_boilerplate(html) == "A &amp; B &lt;3 before any element<p>正文。</p>"
