"""Reporter bylines read from article text (feed/parse/byline.py); every sentence here is made up."""

from __future__ import annotations

import pytest

from feed.parse.byline import byline_authors


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("新華社瀋陽6月1日電(記者 崔某)\n\n會議今天開幕。", ["崔某"]),
        ("会议今天开幕。\n\n（记者 张三 李四）", ["张三", "李四"]),
        ("會議今天開幕。\n\n(本報記者 王五、趙六 通訊員 孫七)", ["王五", "趙六", "孫七"]),
        ("(記者 崔某 報導)\n\n會議今天開幕。", ["崔某"]),
        ("本报记者 王五\n\n会议今天开幕。", ["王五"]),
        ("本報記者王五、趙六 瀋陽報道\n\n會議今天開幕。", ["王五", "趙六"]),
        ("記者林某某／台北報導\n\n展覽今天開幕。", ["林某某"]),
        ("記者林某、陳某/綜合報導\n\n展覽今天開幕。", ["林某", "陳某"]),
        ("文/記者 王五\n\n会议今天开幕。", ["王五"]),
        ("文／记者张三 图／李四\n\n会议今天开幕。", ["张三"]),
        ("開幕式現場(記者 李四攝) 新華社北京6月1日電(記者 崔某)\n\n會議今天開幕。", ["崔某"]),
        ("By Jane Doe\n\nThe fair opened on Monday.", ["Jane Doe"]),
        ("By Jane Doe and John Q. Roe, Example Wire\n\nThe fair opened.", ["Jane Doe", "John Q. Roe"]),
        ("By Mary Ann Smith | June 1, 2023\n\nThe fair opened.", ["Mary Ann Smith"]),
    ],
)
def test_reporters_are_read_from_bylines(text: str, names: list[str]) -> None:
    assert byline_authors(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "開幕式現場。(記者 崔某 攝)\n\n會議今天開幕。",  # a photo credit
        "(記者 崔某/攝影)\n\n會議今天開幕。",
        "開幕式現場。(崔某 攝)",
        "會議今天開幕。\n\n[責任編輯:王五]",  # editor lines
        "會議今天開幕。\n\n(編輯 王五)",
        "會議今天開幕。\n\n责任编辑：王五",
        "(記者 崔某 北京報導)\n\n會議今天開幕。",  # a place is not a name
        "他說(記者會上宣布的消息)很重要。",  # '記者會' in running text
        "記者們在會場外等候了很久。",
        "本報記者今天從會上獲悉,會議將延期。",
        "By the way, the fair opened.",  # not a name
        "Photo: Jane Doe\n\nThe fair opened.",
        "Photo by Jane Doe\n\nThe fair opened.",
        "By Monday the fair had drawn a crowd of thousands from every province.",
        "The fair opened.\n\nBy Jane Doe",  # English bylines only at the start
        "",
    ],
)
def test_no_names_where_there_is_no_reporters_byline(text: str) -> None:
    assert byline_authors(text) == []


def test_names_come_from_the_first_two_or_the_last_paragraph_only() -> None:
    middle = "第一段。\n\n第二段。\n\n(記者 崔某)\n\n第四段。\n\n第五段。"
    assert byline_authors(middle) == []
    assert byline_authors("第一段。\n\n第二段。\n\n第三段。\n\n(記者 崔某)") == ["崔某"]
