"""Kinds of meeting that news names, found in sentences written for these tests (a probe of 84 Chinese and 53
English kind words, each in 'the 5th X KIND opened in CITY on DAY', found these missing)."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from feed.extract import extract_meetings
from feed.model import ArticleDoc, Meeting
from feed.text import detect_language

BEIJING = ZoneInfo("Asia/Shanghai")


def meetings(text: str, published: str = "2024-05-10") -> list[Meeting]:
    day = date.fromisoformat(published)
    doc = ArticleDoc(
        title="Head",
        text=text,
        published=datetime(day.year, day.month, day.day, 10, tzinfo=BEIJING),
        language=detect_language(text),
    )
    return extract_meetings(doc)


@pytest.mark.parametrize(
    ("text", "name", "start"),
    [
        ("二十届三中全会15日在北京开幕。", "二十届三中全会", "2024-05-15"),
        ("省委十三届九次全会8日在杭州召开。", "省委十三届九次全会", "2024-05-08"),
        ("2024春季示例服装订货会8日在杭州开幕。", "2024春季示例服装订货会", "2024-05-08"),
        ("第五届全国示例青年选拔赛8日在杭州开幕。", "第五届全国示例青年选拔赛", "2024-05-08"),
        (
            "The 12th International Example Olympiad opened in Vienna on Wednesday.",
            "12th International Example Olympiad",
            "2024-05-08",
        ),
        ("The 2024 Example Scout Jamboree opened in Vienna on Wednesday.", "2024 Example Scout Jamboree", "2024-05-08"),
        ("The Example Triennale opened in Vienna on Wednesday.", "Example Triennale", "2024-05-08"),
        ("The Example Ironman Triathlon started in Vienna on Wednesday.", "Example Ironman Triathlon", "2024-05-08"),
        ("The Third Plenum opened in Beijing on Monday.", "Third Plenum", "2024-05-06"),
        (
            "The Third Plenary Session of the 20th Central Committee opened in Beijing on Monday.",
            "Third Plenary Session of the 20th Central Committee",
            "2024-05-06",
        ),
        (
            "The Annual Meeting of the Example Olympic Committee was held in Vienna on Wednesday.",
            "Annual Meeting of the Example Olympic Committee",
            "2024-05-08",
        ),
    ],
)
def test_a_kind_of_meeting_is_found_with_its_whole_name_and_day(text: str, name: str, start: str) -> None:
    found = meetings(text)
    assert [(m.name, m.start.isoformat()) for m in found][:1] == [(name, start)]


@pytest.mark.parametrize(
    "text",
    [
        "会议传达学习了三中全会精神。",  # the plenum's spirit studied, no sitting of one
        "The Decathlon store opened in Vienna on Wednesday.",  # the retailer
        "The Example Festival Organising Committee met in Vienna on Wednesday.",  # a body, not its sitting
    ],
)
def test_words_beside_those_kinds_name_no_meeting(text: str) -> None:
    assert meetings(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lakeland Global Investors Meet opened in Chennai on Wednesday.", "Lakeland Global Investors Meet"),
        (
            "The 9th Lakeland State Athletics Meet began in Bhubaneswar on Wednesday.",
            "9th Lakeland State Athletics Meet",
        ),
        ("The Lakeland Lit Fest opened in Jaipur on Wednesday.", "Lakeland Lit Fest"),
        ("The Lakeland Bluesfest opened in Byron Bay on Wednesday.", "Lakeland Bluesfest"),
        ("The Lakeland Cabinet Lekgotla began in Pretoria on Wednesday.", "Lakeland Cabinet Lekgotla"),
        ("The Lakeland Grand Jirga opened in Peshawar on Wednesday.", "Lakeland Grand Jirga"),
    ],
)
def test_meets_fests_lekgotlas_and_jirgas_as_south_asia_and_africa_name_them(text: str, name: str) -> None:
    assert [(m.name, m.start) for m in meetings(text)][:1] == [(name, date(2024, 5, 8))]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders Meet Investors In Chennai On Wednesday",  # a headline's verb
        "The Manifest Group said in Jaipur on Wednesday that profits rose.",
    ],
)
def test_a_meet_or_fest_that_is_no_meeting_is_none(text: str) -> None:
    assert meetings(text) == []


def test_a_conference_of_the_parties_named_by_its_number_alone_is_one() -> None:
    for text in (
        "COP31 opens in Example City on Nov. 9.",
        "Leaders gather in Example City for COP31, which opens on Nov. 9.",
    ):
        assert [(m.name, m.start) for m in meetings(text)][:1] == [("COP31", date(2024, 11, 9))], text
    # its summit keeps its whole name; its presidency is no sitting
    found = meetings("The COP31 climate summit opens in Example City on Nov. 9.")
    assert [m.name for m in found][:1] == ["COP31 climate summit"]
    assert meetings("The COP31 presidency said on Wednesday that talks were hard.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The 9th Ministerial Conference of the Lakeland Trade Organization opened in Abu Dhabi on Wednesday.",
            "9th Ministerial Conference of the Lakeland Trade Organization",
        ),
        (
            "The General Conference of the Lakeland Energy Agency opened in Vienna on Wednesday.",
            "General Conference of the Lakeland Energy Agency",
        ),
        (
            "The 45th Congress of the Lakeland Surgeons Association opened in Kigali on Wednesday.",
            "45th Congress of the Lakeland Surgeons Association",
        ),
    ],
)
def test_a_conference_or_congress_of_a_body_is_its_sitting(text: str, name: str) -> None:
    assert [(m.name, m.start) for m in meetings(text)][:1] == [(name, date(2024, 5, 8))]


def test_a_body_named_conference_that_speaks_is_no_sitting() -> None:
    assert (
        meetings("The Conference of the Lakeland Bar Association said on Wednesday that judges were underpaid.") == []
    )


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("示例市第十三次党代会8日开幕。", "示例市第十三次党代会"),
        ("5月8日,2024年第一季度经济形势分析会召开。", "2024年第一季度经济形势分析会"),
        ("5月8日,全市重点项目建设汇报会召开。", "全市重点项目建设汇报会"),
        ("5月8日,示例峰会筹备工作协调会在珠海召开。", "示例峰会筹备工作协调会"),
    ],
)
def test_government_and_party_sittings_by_their_short_kind_words(text: str, name: str) -> None:
    assert [(m.name, m.start.isoformat()) for m in meetings(text)][:1] == [(name, "2024-05-08")]


@pytest.mark.parametrize("text", ["出席党代会的代表8日抵达北京。", "会议听取了关于党代会筹备情况的汇报。"])
def test_a_congress_named_in_passing_is_no_sitting_that_day(text: str) -> None:
    assert meetings(text) == []


def test_a_final_series_an_all_star_game_a_showcase_and_a_triathlon_are_meetings() -> None:
    from datetime import date as _date

    from feed.parse.textfile import parse_text_article
    from feed.prepare import extract_meetings as _extract

    for text, name in (
        ("2024示例職棒總冠軍賽今（10）日在台南開打。", "2024示例職棒總冠軍賽"),
        ("2024示例職棒全明星賽明（11）日在台北登場。", "2024示例職棒全明星賽"),
        ("第十屆示例國際扯鈴觀摩賽今（10）日在台南舉行。", "第十屆示例國際扯鈴觀摩賽"),
        ("第五屆示例鐵人三項賽明（11）日在台東登場。", "第五屆示例鐵人三項賽"),
    ):
        found = _extract(parse_text_article(f"標題\n2024-05-10 08:00\n\n{text}\n", timezone="Asia/Shanghai"))
        assert [m.name for m in found] == [name], text
        assert found[0].start in (_date(2024, 5, 10), _date(2024, 5, 11))
    assert (
        _extract(parse_text_article("標題\n2024-05-10 08:00\n\n他曾在去年的冠軍賽中奪冠。\n", timezone="Asia/Shanghai"))
        == []
    )


@pytest.mark.parametrize(
    ("text", "name", "city"),
    [
        ("5月8日,示例市第三届春季长跑比赛在示例市体育中心起跑。", "示例市第三届春季长跑比赛", None),
        ("5月8日,第五届示例杯篮球比赛在郑州举行。", "第五届示例杯篮球比赛", "郑州"),
        ("5月8日,2024年示例省青少年象棋比赛在合肥开幕。", "2024年示例省青少年象棋比赛", "合肥"),
    ],
)
def test_an_unquoted_contest_with_its_edition_or_year_is_a_meeting(text: str, name: str, city: str | None) -> None:
    found = meetings(text)
    assert [(m.name, m.start.isoformat(), m.city) for m in found][:1] == [(name, "2024-05-08", city)]


def test_a_race_that_starts_off_is_held() -> None:
    found = meetings("5月8日,2024示例半程马拉松在杭州起跑。")
    assert [(m.name, m.city, m.status) for m in found] == [("2024示例半程马拉松", "杭州", "held")]
    assert found[0].confidence >= 0.9


@pytest.mark.parametrize(
    ("named", "near_miss"),
    [
        # no edition nor year: a game, not a named contest
        ("5月8日,第五届示例杯篮球比赛在郑州举行。", "5月8日,示例市篮球比赛在郑州举行。"),
        # won in it: no day of its own
        ("5月8日,第五届示例杯篮球比赛在郑州举行。", "5月8日,他在第五届示例杯篮球比赛中获得冠军。"),
        ("5月8日,第五届示例杯篮球比赛在郑州举行。", "5月8日,第五届示例杯篮球比赛中,他获得冠军。"),
        # a plan that starts off, no race
        ("5月8日,2024示例半程马拉松在杭州起跑。", "5月8日,示例乡村振兴计划在广州起跑。"),
        # a countdown campaign that starts off before a forum: no race, nor the forum's day
        ("5月8日,2024示例半程马拉松在杭州起跑。", "第五届示例湿地论坛倒计时活动5月8日起跑。"),
    ],
)
def test_a_contest_without_edition_or_held_verb_is_no_meeting(named: str, near_miss: str) -> None:
    assert [m.confidence >= 0.9 for m in meetings(named)] == [True]
    assert meetings(near_miss) == []


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("由香港出版業協會主辦的「油麻地書展——閱讀在廟街」在下周六舉行。", "油麻地書展——閱讀在廟街"),
        ("「春季音樂節—城市之聲」將於5月20日在尖沙咀舉行。", "春季音樂節—城市之聲"),
        ("由市政府主辦的「海港美食節——品味老街」將於5月25日在鹽埕舉行。", "海港美食節——品味老街"),
    ],
)
def test_a_quoted_names_subtitle_after_a_dash_is_of_its_name(sentence, name):
    [meeting] = meetings(sentence)
    assert meeting.name == name


def test_a_dash_outside_quotes_or_before_a_comma_ends_the_name():
    # near misses: a comma before the closing quote; a subtitle that is a meeting's own name (joined as before)
    [first] = meetings("由市政府主辦的「海港美食節——品味老街,吃遍全城」將於5月25日舉行。")
    assert first.name == "海港美食節"
    [second] = meetings("「第五屆亞洲論壇——青年峰會」將於5月25日在灣仔舉行。")
    assert second.name == "第五屆亞洲論壇——青年峰會"


@pytest.mark.parametrize(
    "sentence",
    [
        "2024示例蘭花文化觀光季8日晚在朴子開幕,縣長表示,蘭花季舉辦邁入第10年,不僅是全國知名慶典之一。",
        "示例燈籠季8日起在鹿港登場,縣長說,燈籠季已成為全台重要節慶之一。",
        "示例賞鳥季8日在關渡開跑,主辦單位表示,賞鳥季堪稱北台灣三大盛會之一。",
    ],
)
def test_a_kind_said_of_the_subject_as_one_of_many_is_no_meeting(sentence):
    # '…不僅是全國知名慶典之一': what sort of thing the subject is, no meeting held that day
    assert [m.name for m in meetings(sentence) if m.name.endswith(("慶典", "節慶", "盛會"))] == []


def test_one_of_a_programmes_parts_named_after_it_stays_a_meeting():
    # near miss: no copula before it, a meeting named after what it is one of
    [meeting] = meetings("示例科技論壇之一「智慧城市分論壇」8日在台北舉行。")
    assert meeting.start == date(2024, 5, 8)


@pytest.mark.parametrize(
    "sentence",
    [
        "市長王大明今天視察台南國際展覽會議中心工地時指出,會展產業是城市發展的重要動力。",
        "縣長今天到嘉義展覽會議中心工地視察,了解工程進度。",
    ],
)
def test_an_exhibition_and_convention_centre_is_a_building_not_a_meeting(sentence):
    # '…展覽會議中心': '展覽會' and the 議 of '會議' run on into the building's '中心', no exhibition held
    assert meetings(sentence) == []


def test_an_exhibition_conference_by_name_stays_a_meeting():
    # near miss: no building after '展覽會議', a meeting of that name
    [meeting] = meetings("第五屆國際食品展覽會議今天在台南舉行。")
    assert (meeting.name, meeting.start) == ("第五屆國際食品展覽會議", date(2024, 5, 10))


@pytest.mark.parametrize(
    ("sentence", "name", "start"),
    [
        ("示例工商協會會員中秋聯誼活動將於18日在台南舉辦。", "示例工商協會會員中秋聯誼活動", date(2024, 5, 18)),
        ("工總今天舉辦企業端午座談,出席的企業主約兩百人。", "企業端午座談", date(2024, 5, 10)),
    ],
)
def test_a_gathering_named_by_the_holiday_it_is_held_for_is_a_meeting(sentence, name, start):
    # '台商春節聯誼活動', '舉辦台商端午座談': a yearly fellowship or panel named by its holiday, no edition or year
    [meeting] = meetings(sentence)
    assert (meeting.name, meeting.start) == (name, start)


def test_a_panel_talk_with_no_holiday_before_it_stays_no_meeting():
    # near miss: a bare '座談' named by nothing is only a talk
    assert meetings("工總今天舉辦企業座談,出席的企業主約兩百人。") == []


@pytest.mark.parametrize(
    "text",
    [
        "Rolling out its tested Visitor Safety Concept Messe Stuttgart will protect every guest from 4 to 8 October.",
        "Under its tried Health and Safety Plan Messe Berlin will welcome guests from 4 to 8 October.",
        "Thanks to the Clean Air Programme Messe Essen will open its halls from 10 to 14 May.",
        "With its proven Hygiene Protocol Messe Leipzig will host visitors from 2 to 5 June.",
    ],
)
def test_messe_before_a_city_is_the_fair_company_not_a_meeting(text):
    # 'Messe Düsseldorf will celebrate …', '… Concept Messe Düsseldorf will …': the organiser and its grounds
    assert [m.name for m in meetings(text, "2021-03-01") if "Messe" in m.name] == []


def test_messe_after_its_name_stays_a_fair():
    # near miss: 'Hannover Messe', the fair's own name, ends with the word
    [meeting] = meetings("The Hannover Messe will open its gates to visitors on Monday.", "2024-04-20")
    assert (meeting.name, meeting.start) == ("Hannover Messe", date(2024, 4, 22))


@pytest.mark.parametrize(
    "text",
    [
        "A court in Lagos on Tuesday jailed a former football official for four years after he was convicted of "
        "fraud at the All-Africa Games.",
        "The tribunal on Monday banned a sprinter for two years over doping at the Example Commonwealth Games.",
        "A referee was found guilty on Wednesday of taking bribes at the Example Youth Olympics.",
        "A former organiser was sentenced on Wednesday for taking bribes during the Example Winter Games.",
        "Two coaches pleaded guilty on Friday to fixing bouts at the Pacific Games, prosecutors said.",
    ],
)
def test_a_meeting_where_a_wrong_was_done_is_not_held_on_the_day_of_the_verdict(text):
    # 'sentenced on Thursday ... after being convicted of embezzlement at the Rio Olympics': the Games of 2016, not
    # a meeting on the day of the sentence
    assert meetings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "5月8日,第四届示例苗木交易会在桂林开幕。本届交易会于5月8—10日举办,比上一届交易会多了200个展位。",
        "5月8日,第六届示例农机博览会在南宁开幕。本届博览会于5月8日至10日举行,参展企业较上届展会增加了120家。",
        "5月8日,第三届示例民俗文化节在柳州开幕。文化节于5月8日至10日举行,游客数量与上一届文化节相比增长两成。",
    ],
)
def test_the_edition_before_compared_with_this_one_is_no_meeting(text):
    # '…比上一届交易会扩大了1.1万亩': the last edition, named to measure this one by, held on none of its days
    assert [m.name for m in meetings(text)] == [text[5:].split("在")[0]]


@pytest.mark.parametrize(
    ("sentence", "name", "start"),
    [
        ("「示例之光」焰火活動將於10月10日晚間在港口舉行。", "示例之光焰火活動", date(2024, 10, 10)),
        ("「夏夜星河」煙火活動今晚8時在河濱公園舉行。", "夏夜星河煙火活動", date(2024, 5, 10)),
        ("“示例跨年”烟火活动将于12月31日晚在江边举行。", "示例跨年烟火活动", date(2024, 12, 31)),
    ],
)
def test_a_quoted_fireworks_show_is_a_meeting(sentence, name, start):
    # '「光輝國慶閃耀花蓮」焰火活動將於…施放': a named fireworks show, as a quoted '「…」推廣活動' is an event
    [meeting] = meetings(sentence)
    assert (meeting.name, meeting.start) == (name, start)


@pytest.mark.parametrize(
    ("sentence", "name", "start"),
    [
        (
            "主辦單位將於6月2日在中環海濱舉行「Harbour Wine Festival」,預計吸引十萬人次。",
            "Harbour Wine Festival",
            date(2024, 6, 2),
        ),
        (
            "「Asia Example Summit」將於9月12日在會展中心舉行,邀請多國官員出席。",
            "Asia Example Summit",
            date(2024, 9, 12),
        ),
        (
            "旅發局將於7月6日至8月4日的每個周末舉行「Harbour Light Carnival」,其間每晚上演燈光匯演。",
            "Harbour Light Carnival",
            date(2024, 7, 6),
        ),
    ],
)
def test_a_quoted_english_name_ending_in_its_kind_is_a_meeting_in_chinese(sentence, name, start):
    # '於灣仔臨時海濱花園舉行「Harbour Chill Carnival」': the name is the English one, not the light show held there
    meeting = meetings(sentence)[0]
    assert (meeting.name, meeting.start) == (name, start)


def test_a_quoted_english_kind_word_alone_is_no_meeting():
    # near miss: a kind word with no name before it names nothing
    assert meetings("「Festival」將於9月12日在會展中心舉行。") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "示例海洋产业大会将于9月8日至10日在青岛召开,展区面积3万平方米,将成为北方规模最大的海洋装备展览会。",
        "示例食品交易会将于9月8日至10日在郑州举办,有望成为中部地区唯一的进口食品博览会。",
        "第五届示例投资贸易洽谈会将于9月8日至10日在南宁举办,将成为华南规模最大的专业消费品展会。",
    ],
)
def test_the_biggest_of_a_kind_said_of_the_subject_is_no_other_meeting(sentence):
    # '…进口展及国际投资大会将于…在成都举办,…将成为中国西部规模最大的专业进口展会': the subject described
    # as the biggest or only one of a kind, not a second meeting
    assert len(meetings(sentence, "2021-06-01")) == 1, sentence


@pytest.mark.parametrize(
    "text",
    [
        "The two men were convicted and sentenced by Bogura District and Sessions Judge Court on March 3 in a "
        "robbery case.",
        "The Additional Sessions Judge Court of Khulna handed down the verdict on July 12, a lawyer said.",
        "The Dhaka Sessions Judges Court acquitted the three men on Sunday.",
    ],
)
def test_a_sessions_judge_court_is_no_meeting(text):
    # 'sentenced by Sirajganj District and Sessions Judge Court on June 9': a court, listed as a meeting
    assert meetings(text, "2021-08-10") == [], text
    # near miss: a body's session is one
    assert [m.name for m in meetings("The Fifth Session of the Example Provincial Congress opened on Sunday.")] == [
        "Fifth Session of the Example Provincial Congress"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "昨日下午,解放路和中山路交会处一辆白色货车撞上路灯杆,司机受轻伤。",
        "6月9日上午,在东环路与建设大道交会处发生一起交通事故。",
        "昨晚8时许,人民路与胜利街交会口,两辆电动车相撞。",
        "9日,文化路与南湖路交会点附近的一家商铺起火。",
    ],
)
def test_where_two_roads_meet_is_no_trade_fair(text):
    # a crash where two roads meet (交会处): 交会 read as the 交会 of '广交会', a fair at a crossing
    assert meetings(text, "2024-06-10") == [], text
    # near miss: a trade fair shortened so is one
    assert [m.name for m in meetings("第十届示例农交会6月9日在示例会展中心开幕。", "2024-06-10")] == [
        "第十届示例农交会"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("7月17日,化学系首届研究生学术节在活动中心举行。", "化学系首届研究生学术节"),
        ("5月20日,示例大学第十届读书节在图书馆开幕。", "示例大学第十届读书节"),
        ("4月12日,外国语学院第五届翻译节在学术报告厅开幕。", "外国语学院第五届翻译节"),
        ("昨天,示例中学第三十届体育节隆重开幕。", "示例中学第三十届体育节"),
    ],
)
def test_a_school_or_its_department_before_the_edition_heads_a_themed_festival(text, name):
    # '…高分子系第一届研究生学术节在…排练厅隆重召开': a festival named by its theme ('学术节') is taken only
    # with its edition first, and the department that holds it before the edition hid it
    assert [m.name for m in meetings(text, "2014-07-18")] == [name], text
    # near miss: with no edition after the school, its theme and 节 name no festival of its own
    assert meetings("5月20日,示例大学读书节在图书馆开幕。", "2014-07-18") == []


@pytest.mark.parametrize(
    "text",
    [
        "7月17日,全系研究生参加了学术节,学术节采用国际会议形式展开。",
        "今天,本次培训采用研讨会的方式进行,学员分组讨论。",
        "6月2日,本次活动采取论坛的形式,邀请三位专家对话。",
    ],
)
def test_a_meeting_word_for_the_manner_something_is_held_in_is_no_meeting(text):
    # '本届学术节…采用国际会议形式展开': '采用国际会议' was a meeting, on the day the festival was held
    assert [m.name for m in meetings(text, "2024-07-17")] == [], text
    # near miss: the meeting held in that manner is still one
    held = "6月2日,示例协会年会以线上会议形式召开,百余名会员参加。"
    assert [m.name for m in meetings(held, "2024-06-03")] == ["示例协会年会"]
