from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from feed.errors import ParseError
from feed.parse.textfile import parse_metadata_line, parse_text_article

BEIJING = ZoneInfo("Asia/Shanghai")

SIMPLIFIED = """示例论坛在大连举行
2024年3月5日 14:20来源：示例日报 作者：张三 责编：李四

  原标题：示例论坛在大连举行 多方共话海洋经济

  3月4日，示例海洋经济论坛在大连举行。这是一段为测试而写的文字。

  与会代表围绕港口合作交换了意见。（记者 王五 赵六）

版权声明：本网所有内容未经授权不得转载。
1、转载请注明出处。
"""


def test_seed_article_parses_fully(seed_text: str) -> None:
    doc = parse_text_article(seed_text, timezone="Asia/Shanghai", guid="file:seed.txt")
    assert doc.title == "國資央企助力東北全面振興座談會在瀋陽舉行"
    assert doc.published == datetime(2023, 6, 26, 10, 11, 34, tzinfo=BEIJING)
    assert doc.outlet == "遼寧日報"
    assert doc.editors == ["黃非", "石麗敏"]
    assert doc.original_title is not None and doc.original_title.startswith("共擔國家使命 共譜合作新篇")
    assert doc.author == "方亮 楊忠厚 史冬柏"
    assert doc.language == "zh-Hant"
    assert doc.text.startswith("6月25日,國資央企助力東北全面振興座談會在瀋陽舉行。")
    assert doc.text.endswith("(記者 方亮 楊忠厚 史冬柏 )")
    assert "原標題" not in doc.text
    assert "版權" not in doc.text and "國際在線" not in doc.text  # the publisher's notice is dropped
    assert doc.text.count("\n\n") == 11  # twelve body paragraphs


def test_simplified_layout_with_chinese_date_and_labels() -> None:
    doc = parse_text_article(SIMPLIFIED, timezone="Asia/Shanghai")
    assert doc.published == datetime(2024, 3, 5, 14, 20, tzinfo=BEIJING)
    assert (doc.outlet, doc.editors, doc.language) == ("示例日报", ["李四"], "zh-Hans")
    assert doc.original_title == "示例论坛在大连举行 多方共话海洋经济"
    assert doc.author == "王五 赵六"
    assert "版权声明" not in doc.text and doc.text.endswith("（记者 王五 赵六）")


def test_source_timezone_applies_to_naive_times() -> None:
    doc = parse_text_article("Title\n2024-01-02 03:04:05\n\nBody text here.", timezone="Europe/London")
    assert doc.published is not None and doc.published.utcoffset().total_seconds() == 0
    assert doc.language == "en"


def test_second_line_that_is_body_text_is_kept() -> None:
    doc = parse_text_article("Headline\nThe first paragraph follows at once.\n\nSecond one.", timezone="UTC")
    assert doc.published is None
    assert doc.text == "The first paragraph follows at once.\n\nSecond one."


def test_control_characters_are_removed() -> None:
    doc = parse_text_article("Head\x07line\n\n\nBody\x00 text\x1b.", timezone="UTC")
    assert doc.title == "Headline" and doc.text == "Body text."


@pytest.mark.parametrize("raw", ["", "\n\n", "Only a headline\n\n"])
def test_empty_articles_are_refused(raw: str) -> None:
    with pytest.raises(ParseError, match="parse:"):
        parse_text_article(raw, timezone="UTC")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("2023-06-26 10:11:34來源:遼寧日報編輯:黃非責編:石麗敏", {"outlet": "遼寧日報", "editors": ["黃非", "石麗敏"]}),
        ("发布时间：2023-06-26 10:11 来源：辽宁日报 责任编辑：黄非", {"outlet": "辽宁日报", "editors": ["黄非"]}),
        ("2023-06-26 來源：新華社 作者：某某", {"outlet": "新華社", "author": "某某"}),
        ("", {}),
    ],
)
def test_metadata_line_in_both_scripts(line: str, expected: dict) -> None:
    assert parse_metadata_line(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("(Wire) 08:46, September 12, 2023", datetime(2023, 9, 12, 8, 46, tzinfo=BEIJING)),
        ("30 Nov 2022", datetime(2022, 11, 30, tzinfo=BEIJING)),
        ("May 12, 2010 08:09 pm | Updated", datetime(2010, 5, 12, 20, 9, tzinfo=BEIJING)),
        ("Mon, Aug 06, 2012 - Page 3", datetime(2012, 8, 6, tzinfo=BEIJING)),
        ("2020/1/31 16:23(1/31 16:37 更新)", datetime(2020, 1, 31, 16, 23, tzinfo=BEIJING)),
        ("[2020.11.04] 發表", datetime(2020, 11, 4, tzinfo=BEIJING)),
        ("2013年11月01日15:00   来源:示例网", datetime(2013, 11, 1, 15, 0, tzinfo=BEIJING)),
    ],
)
def test_date_lines_in_chinese_and_english(line: str, expected: datetime) -> None:
    doc = parse_text_article(f"Headline\n{line}\n\nBody text.", timezone="Asia/Shanghai")
    assert doc.published == expected


def test_a_date_line_with_an_update_gives_the_publication_time() -> None:
    doc = parse_text_article(
        "國防部表揚大會舉行\n示例社 更新於 2025年10月25日01:22 • 發布於 2025年07月25日06:00\n\n正文。",
        timezone="Asia/Taipei",
    )
    assert doc.published is not None and doc.published.date().isoformat() == "2025-07-25"


def test_a_dateline_at_the_end_of_the_date_line_opens_the_body() -> None:
    doc = parse_text_article(
        "Scholars to meet\nNovember 05, 2012 10:07 am | Updated 10:08 am IST - HYDERABAD:\n\nThe conference opens on Thursday.\n",
        timezone="Asia/Kolkata",
    )
    assert doc.text == "HYDERABAD: The conference opens on Thursday."
    assert doc.published is not None and doc.published.date().isoformat() == "2012-11-05"


def test_a_city_in_title_case_after_the_clock_of_the_date_line_opens_the_body() -> None:
    doc = parse_text_article(
        "Scholars to meet\nMay 02, 2024 09:15 am | Updated 09:15 am IST - Pokhara\n\nThe conference opens today.\n",
        timezone="Asia/Kolkata",
    )
    assert doc.text == "Pokhara — The conference opens today."
    section = parse_text_article(
        "Scholars to meet\n2024-05-02 - Business\n\nThe conference opens today.\n", timezone="UTC"
    )
    assert section.text == "The conference opens today."


def test_a_reporter_and_city_at_the_end_of_the_date_line_open_the_body() -> None:
    doc = parse_text_article(
        "縣府救災\n2025/09/29 09:49 記者王小明／花蓮報導\n\n縣府官員今上午出席聯合會議。\n", timezone="Asia/Taipei"
    )
    assert doc.text == "記者王小明／花蓮報導 縣府官員今上午出席聯合會議。"
    assert doc.published is not None and doc.published.date().isoformat() == "2025-09-29"


def test_a_bracketed_byline_after_the_outlet_at_the_end_of_the_date_line_opens_the_body() -> None:
    doc = parse_text_article(
        "示例起駕\n2022.04.08 21:00【示例報╱記者王小明╱台中報導】\n\n示例宮今晚起駕。\n", timezone="Asia/Taipei"
    )
    assert doc.text == "示例報╱記者王小明╱台中報導 示例宮今晚起駕。"
    assert doc.published is not None and doc.published.date().isoformat() == "2022-04-08"


def test_a_body_wrapped_by_hand_is_read_in_sentences() -> None:
    raw = (
        "Senate meets\n\n\nDHAKA, Jun 13, 2020 (BSS) – The Annual Senate Session of Example\n"
        "University will be held tomorrow at 3 pm at the Senate Bhaban on the\ncampus.\n"
        "The chairman will preside over the session, said a press release.\nA short caption line\nNext paragraph.\n"
    )
    doc = parse_text_article(raw, timezone="Asia/Dhaka")
    assert doc.text.split("\n\n") == [
        "DHAKA, Jun 13, 2020 (BSS) – The Annual Senate Session of Example University will be held tomorrow at 3 pm "
        "at the Senate Bhaban on the campus.",
        "The chairman will preside over the session, said a press release.",
        "A short caption line",
        "Next paragraph.",
    ]


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("http://www.example.cn 2021年05月02日09:30 镇江日报", "镇江日报"),
        ("2021年05月02日 示例晚報", "示例晚報"),
        ("2021-05-02 10:11 我有话说", None),
        ("发布时间：2021-05-02 10:11 来源：辽宁日报", "辽宁日报"),
    ],
)
def test_a_papers_name_ending_the_date_line_after_its_clock_is_the_outlet(line: str, outlet: str | None) -> None:
    # a portal's repost line, 'http://… 2021年05月02日09:30 镇江日报': the paper it reposts, with no '来源:' before it
    assert parse_metadata_line(line).get("outlet") == outlet


@pytest.mark.parametrize(
    ("headline", "paragraph", "lead"),
    [
        (
            "2024示例国际马拉松昨举行",
            "原标题:2024示例国际马拉松昨举行示例日报示例讯(记者张三)昨日上午7点30分,示例国际马拉松鸣枪起跑。",
            "示例日报示例讯(记者张三)昨日上午7点30分,示例国际马拉松鸣枪起跑。",
        ),
        (
            "第五届示例论坛开幕",
            "原标题:第五届示例论坛开幕新华社示例3月31日电(记者张三)第五届示例论坛31日在示例市开幕。",
            "新华社示例3月31日电(记者张三)第五届示例论坛31日在示例市开幕。",
        ),
        (
            "示例灯会今晚亮灯",
            "原标题:示例灯会今晚亮灯 本报讯(记者王五)2024示例灯会将于今晚在示例公园开幕,持续至3月1日。",
            "本报讯(记者王五)2024示例灯会将于今晚在示例公园开幕,持续至3月1日。",
        ),
    ],
)
def test_a_lead_run_on_after_the_original_headline_stays_in_the_body(headline: str, paragraph: str, lead: str) -> None:
    # a page that prints '原标题:' and the headline with the lead run on after it, no break between: the paragraph
    # was taken whole for the original headline and the lead, with its meeting, was lost
    doc = parse_text_article(f"{headline}\n2024-04-01 10:00\n\n{paragraph}\n\n第二段。\n", timezone="Asia/Shanghai")
    assert (doc.original_title, doc.text.split("\n\n")[0]) == (headline, lead)


@pytest.mark.parametrize(
    ("line2", "lead"),
    [
        ("日期:04-01", "示例日报讯(记者张三)昨日上午8时,示例国际马拉松鸣枪起跑。"),
        ("04-01 示例新闻网", "本报讯(记者李四)3月31日,第五届示例论坛在杭州开幕。"),
        ("点击:1024", "新华社示例3月31日电(记者王五)示例博览会31日在成都开幕。"),
    ],
)
def test_after_a_second_line_of_no_date_a_lead_run_on_after_the_original_headline_stays(line2: str, lead: str) -> None:
    # '日期:04-01' (a day with no year) is kept as a body line; the '原标题:…' paragraph after it, with the lead run
    # on, was left whole in the body, where the extractor passes over a sentence that opens with '原标题:'
    doc = parse_text_article(f"示例头条\n{line2}\n\n原标题:示例头条{lead}\n\n第二段。\n", timezone="Asia/Shanghai")
    assert (doc.original_title, doc.text.split("\n\n")[:2]) == ("示例头条", [line2, lead])


@pytest.mark.parametrize(
    ("line", "published"),
    [
        ("發稿單位:示例處 發稿時間:112年9月28日08:05", datetime(2023, 9, 28, 8, 5, tzinfo=BEIJING)),
        ("民國113年1月5日 示例縣政府新聞稿", datetime(2024, 1, 5, tzinfo=BEIJING)),
        ("發布日期:110年 12月3日 示例市政府", datetime(2021, 12, 3, tzinfo=BEIJING)),
    ],
)
def test_a_date_line_in_the_republics_years_dates_the_article(line: str, published: datetime) -> None:
    # 'ROC 112' is 2023: a Taiwan government release dates itself by the Republic's year
    article = parse_text_article(f"示例標題\n{line}\n\n示例縣今天舉行記者會。", timezone="Asia/Shanghai")
    assert article.published == published


@pytest.mark.parametrize(
    "standfirst",
    [
        "A court in Accra on Monday jailed a former federation treasurer for five years after finding him guilty of "
        "theft at the All-Africa Games",
        "Organisers say the Example Lantern Festival drew more visitors than ever this year despite the rain and "
        "the early closing of two of its four parks",
        "The mayor of Example City opened the new riverside convention centre on Friday with a ribbon cutting and "
        "a short speech to about two hundred guests",
    ],
)
def test_a_long_paragraph_printed_without_its_full_stop_does_not_run_on_into_the_next(standfirst: str) -> None:
    # a page's standfirst or caption with no full stop, one paragraph a line: read as wrapped by hand, it took the
    # next paragraph's first word ('... at the Rio Olympics' / 'Wario was ...' gave 'Rio Olympics Wario')
    doc = parse_text_article(f"Head\n2023-03-02 10:00\n{standfirst}\nKofi Example was also fined.\n", timezone="UTC")
    assert doc.text.split("\n\n") == [standfirst, "Kofi Example was also fined."]


@pytest.mark.parametrize(
    ("line", "city"),
    [
        ("記者王小明/桃園報導 2016-02-18 15:00", "桃園"),
        ("記者王小明/台中報導-2020-08-25 11:39:33", "台中"),
        ("示例新聞/ 記者王小明/花蓮報導 2022.06.29 15:19", "花蓮"),
    ],
)
def test_a_byline_before_the_date_on_line_two_places_the_report(line: str, city: str) -> None:
    # '記者黃某/桃園報導 2016-02-18 15:00': the reporter and the city come first, then the date; the city was lost
    # with the date line and the lantern festival the body told of was left with no city
    from feed.extract import extract_meetings

    doc = parse_text_article(f"示例標題\n{line}\n\n市長邀請民眾參加3月1日開幕的示例燈會。", timezone="Asia/Shanghai")
    assert doc.text.startswith(line.split(" 2")[0].split("-2")[0])
    assert [(m.name, m.city) for m in extract_meetings(doc)] == [("示例燈會", city)]
