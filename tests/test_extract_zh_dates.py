from __future__ import annotations

from datetime import date, time

import pytest

from feed.extract.dates import resolve_mention
from feed.extract.zh_dates import find_dates

PUBLISHED = date(2023, 6, 26)


def spans(text: str, reference: date = PUBLISHED, future: bool = False):
    found = []
    for mention in find_dates(text):
        mention.future = future
        found.append(resolve_mention(mention, reference))
    return found


def test_range_within_a_month():
    assert spans("6月19日至23日举行") == [(date(2023, 6, 19), date(2023, 6, 23))]


def test_range_across_months():
    assert spans("8月31日至9月1日") == [(date(2023, 8, 31), date(2023, 9, 1))]


def test_yesterday_with_the_day_in_brackets():
    assert spans("昨(25)日下午") == [(date(2023, 6, 25), None)]


def test_today_and_tomorrow():
    assert spans("今明两天") == [(date(2023, 6, 26), date(2023, 6, 27))]


def test_chinese_numerals_and_a_range_without_the_first_day_mark():
    assert spans("四月十七至廿六日") == [(date(2023, 4, 17), date(2023, 4, 26))]


def test_two_listed_days_make_a_range():
    assert spans("9月25日、26日", future=True) == [(date(2023, 9, 25), date(2023, 9, 26))]


def test_missing_year_of_an_announced_date_is_next_year():
    assert spans("3月2日", reference=date(2023, 12, 15), future=True) == [(date(2024, 3, 2), None)]


def test_missing_year_of_a_report_stays_in_the_past():
    assert spans("12月28日", reference=date(2024, 1, 3)) == [(date(2023, 12, 28), None)]


def test_day_only_takes_the_publication_month():
    assert spans("10日在上海开幕", reference=date(2017, 12, 13)) == [(date(2017, 12, 10), None)]


def test_time_of_day():
    [mention] = find_dates("16日上午10时召开")
    assert mention.start_time == time(10, 0)
    [mention] = find_dates("18日下午3点半")
    assert mention.start_time == time(15, 30)


def test_new_years_day_after_yu_or_zai_is_the_first_of_january():
    assert spans("于元旦清晨七点在镇公所广场举办", date(2026, 1, 1)) == [(date(2026, 1, 1), None)]
    assert [m.start_time for m in find_dates("将于元旦上午9时举行")] == [time(9, 0)]
    assert spans("第十届元旦升旗典礼暨健走活动", date(2026, 1, 1)) == []  # a name's word, no day


def test_numbers_that_are_not_days():
    assert find_dates("会展中心2号馆") == []
    assert find_dates("共签约项目111个,总投资5000亿元") == []
    assert find_dates("第二十次全国代表大会") == []


def test_two_days_is_a_count_not_the_second():
    assert spans("今、明两日(6月26至27日)继续开放") == [(date(2023, 6, 26), date(2023, 6, 27))]
    assert spans("展期两日") == []


def test_weekdays_of_this_next_and_last_week():
    # 2023-06-26 is a Monday
    assert spans("本周五上午9时开幕") == [(date(2023, 6, 30), None)]
    assert spans("下周一至周三举行") == [(date(2023, 7, 3), date(2023, 7, 5))]
    assert spans("上星期六") == [(date(2023, 6, 24), None)]


def test_a_bare_weekday_points_back_in_a_report_and_ahead_in_an_announcement():
    assert spans("周日在杭州开幕") == [(date(2023, 6, 25), None)]
    assert spans("周日在杭州开幕", future=True) == [(date(2023, 7, 2), None)]


def test_a_person_called_zhou_is_no_weekday():
    assert spans("周一平表示") == []


def test_roc_years():
    assert spans("中華民國112年6月3日") == [(date(2023, 6, 3), None)]
    assert spans("112年度預算") == []
    assert spans("改革開放40年來") == []


def test_a_date_keeps_its_weekday_in_brackets():
    assert spans("论坛至本月29日(周四)结束，7月2日(星期日)开幕") == [
        (date(2023, 6, 29), None),
        (date(2023, 7, 2), None),
    ]


def test_a_weekday_with_its_day_in_brackets_is_that_day():
    assert spans("原订周六(27日)率团出访", date(2025, 12, 21), future=True) == [(date(2025, 12, 27), None)]


def test_days_listed_after_a_date_extend_its_run() -> None:
    text = "於本月12及13日、19及20日,一連兩個周末舉行活動"
    [mention] = find_dates(text)
    assert (mention.start[2], mention.end, text[mention.begin : mention.finish]) == (
        12,
        (None, None, 20),
        "本月12及13日、19及20日",
    )
    [both] = find_dates("于5月12日及13日举行")
    assert (both.start, both.end) == ((None, 5, 12), (None, None, 13))


def test_a_run_from_today_to_a_date() -> None:
    assert spans("今(26日)至6月28日举行") == [(date(2023, 6, 26), date(2023, 6, 28))]
    assert spans("今(26)日至28日登场") == [(date(2023, 6, 26), date(2023, 6, 28))]
    assert spans("今天至7月2日展出") == [(date(2023, 6, 26), date(2023, 7, 2))]


def test_a_day_in_brackets_after_on_with_no_today() -> None:
    assert spans("展览于(26)日至7月2日举行") == [(date(2023, 6, 26), date(2023, 7, 2))]
    assert spans("第(3)日") == []


def test_from_today() -> None:
    assert spans("今起连2天举办") == [(date(2023, 6, 26), None)]  # the two days are the meeting's, not the date's


def test_the_day_after_tomorrow_written_hou_ri() -> None:
    assert spans("后日下午举行") == [(date(2023, 6, 28), None)]
    assert spans("会后日本代表团离开") == []
    assert spans("此后日益增多") == []


def test_cantonese_yesterday_in_its_simplified_working_form():
    assert spans("㖊日下午") == [(date(2023, 6, 25), None)]
    assert spans("琴晚8时") == [(date(2023, 6, 25), None)]
    assert spans("他在钢琴日本巡演时说") == []


def test_an_end_hour_without_its_part_of_the_day_is_in_the_afternoon_the_range_began_in() -> None:
    [afternoon] = find_dates("5月14日下午2时至4时在杭州举行")
    assert (afternoon.start_time, afternoon.end_time) == (time(14, 0), time(16, 0))
    [evening] = find_dates("5月14日晚上7点至9点举行")
    assert (evening.start_time, evening.end_time) == (time(19, 0), time(21, 0))
    [late] = find_dates("5月14日晚上10时至1时举行")  # past midnight, not 13:00
    assert (late.start_time, late.end_time, "ends_next_day" in late.flags) == (time(22, 0), time(1, 0), True)
    [morning] = find_dates("5月14日上午9时至11时30分举行")
    assert (morning.start_time, morning.end_time) == (time(9, 0), time(11, 30))


def _meetings_of(text: str, published: str):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from feed.extract import extract_meetings
    from feed.model import ArticleDoc
    from feed.text import detect_language

    day = date.fromisoformat(published)
    doc = ArticleDoc(
        title="標題",
        text=text,
        published=datetime(day.year, day.month, day.day, 10, tzinfo=ZoneInfo("Asia/Shanghai")),
        language=detect_language("標題\n" + text),
    )
    return extract_meetings(doc)


def test_a_month_and_day_months_ahead_read_back_into_last_year_is_never_sure() -> None:
    from feed.config import DEFAULT_MIN_CONFIDENCE

    for text in (
        "第九屆示例創新論壇於10月19日至21日在臺南市舉行。",
        "第九屆示例半導體展9月4日至6日在南港展覽館登場。",
        "第九屆示例知識產權論壇12月5日至6日假灣仔會展舉行。",
    ):
        [forum] = _meetings_of(text, "2024-05-10")
        assert forum.confidence < DEFAULT_MIN_CONFIDENCE, (text, forum)
    # a day of last December told in January, or its year written: as sure as before
    [december] = _meetings_of("第九屆示例創新論壇於12月19日在臺南市舉行。", "2024-01-10")
    assert (december.start, december.confidence >= DEFAULT_MIN_CONFIDENCE) == (date(2023, 12, 19), True)
    [dated] = _meetings_of("第九屆示例創新論壇於去年10月19日在臺南市舉行。", "2024-05-10")
    assert (dated.start, dated.confidence >= DEFAULT_MIN_CONFIDENCE) == (date(2023, 10, 19), True)


def test_a_month_and_day_months_ahead_is_of_the_year_the_name_carries() -> None:
    for text, name in (
        ("2024示例遊艇展9月4日至6日在高雄展覽館登場。", "2024示例遊艇展"),
        ("民國113年示例運動會於10月19日至24日在臺南市舉行。", "民國113年示例運動會"),
        ("113年示例客家文化節於10月19日至24日在苗栗舉行。", "113年示例客家文化節"),
    ):
        found = next(m for m in _meetings_of(text, "2024-05-10") if m.name == name)
        assert (found.start.year, found.end and found.end.year, found.status) == (2024, 2024, "scheduled"), text
    # a season looked back on carries two years: no year of its own
    season = _meetings_of("2023-24年度示例聯賽頒獎典禮於10月19日在臺南市舉行。", "2024-05-10")
    assert all(m.start.year == 2023 for m in season)


def test_a_run_written_with_slashes_keeps_its_last_day() -> None:
    published = date(2024, 5, 10)
    assert spans("兰花展于5/18至5/20在台南举行", published) == [(date(2024, 5, 18), date(2024, 5, 20))]
    assert spans("兰花展5/18(六)-20(一)在台南登场", published) == [(date(2024, 5, 18), date(2024, 5, 20))]
    assert spans("咖啡节5/30~6/2在台北举行", published) == [(date(2024, 5, 30), date(2024, 6, 2))]
    assert spans("论坛5/18在台南举行", published) == [(date(2024, 5, 18), None)]
    assert spans("约有1/3至1/2在家", published) == []  # shares, no days


def test_a_slashed_date_with_its_year_gregorian_or_of_the_republic() -> None:
    published = date(2024, 5, 10)
    assert spans("论坛将于113/5/18(六)在台中举行", published) == [(date(2024, 5, 18), None)]
    assert spans("论坛于2024/5/18在台中举行", published) == [(date(2024, 5, 18), None)]
    assert spans("论坛于112/10/18在台中举行", published) == [(date(2023, 10, 18), None)]
    assert spans("论坛于113/5/18至5/20在台中举行", published) == [(date(2024, 5, 18), date(2024, 5, 20))]


def test_the_day_before_yesterday_with_its_day_in_brackets() -> None:
    assert spans("论坛前(24)日在台中举行") == [(date(2023, 6, 24), None)]
    assert spans("论坛前(24)日下午举行") == [(date(2023, 6, 24), None)]


def test_a_month_and_day_read_back_into_the_year_the_name_carries_is_sure() -> None:
    from feed.config import DEFAULT_MIN_CONFIDENCE

    for text in ("112年示例運動會於10月19日至24日在臺南市舉行。", "2023示例遊艇展9月4日至6日在高雄展覽館登場。"):
        [found] = _meetings_of(text, "2024-05-10")
        assert (found.start.year, found.confidence >= DEFAULT_MIN_CONFIDENCE) == (2023, True), text


def test_last_years_edition_is_on_a_day_of_last_year() -> None:
    for text in ("去年第四屆示例論壇於5月18日在台中舉行。", "去年，第四屆示例論壇於5月18日在台中舉行，吸引千人。"):
        found = _meetings_of(text, "2024-05-10")
        assert [(m.start, m.status) for m in found] == [(date(2023, 5, 18), "held")], text
    for text in (
        "與去年相同，第五屆示例論壇於5月18日在台中舉行。",
        "目前年產量達千噸，第五屆示例論壇於5月18日在台中舉行。",
    ):
        assert [m.start for m in _meetings_of(text, "2024-05-10")] == [date(2024, 5, 18)], text


def test_the_last_editions_day_without_its_year_is_never_sure() -> None:
    from feed.config import DEFAULT_MIN_CONFIDENCE

    for text in ("上屆示例論壇於5月18日在台中舉行。", "上一屆示例論壇於3月18日在台中舉行。"):
        [found] = _meetings_of(text, "2024-05-10")
        assert found.confidence < DEFAULT_MIN_CONFIDENCE, text
    [dated] = _meetings_of("上屆示例論壇於2023年5月18日在台中舉行。", "2024-05-10")
    assert (dated.start, dated.confidence >= DEFAULT_MIN_CONFIDENCE) == (date(2023, 5, 18), True)
    [this] = _meetings_of("第五屆示例論壇於5月18日在台中舉行，上屆吸引千人。", "2024-05-10")
    assert (this.start, this.confidence >= DEFAULT_MIN_CONFIDENCE) == (date(2024, 5, 18), True)


def test_a_bare_day_with_hao_and_its_part_of_the_day_in_brackets_is_a_day_of_the_month():
    # '24號(晚)在…開幕': Taiwan's spoken day number, then the part of the day in brackets
    assert spans("示例观光季24号(晚)在东港开幕") == [(date(2023, 6, 24), None)]
    assert spans("音乐会22号(下午)在广场登场") == [(date(2023, 6, 22), None)]
    assert spans("市集23号(早)在河滨举行") == [(date(2023, 6, 23), None)]


def test_a_number_with_hao_and_other_words_in_brackets_stays_no_day():
    # near misses: a hall's or a line's number, a note in brackets
    assert spans("展览在3号(主馆)举行") == []
    assert spans("乘坐5号(环线)前往会场") == []
    assert spans("在2号馆(晚)举行") == []


def test_a_meeting_held_since_it_began_takes_no_day_from_the_sentence_before() -> None:
    # '…的5月20日单日客流达3万。本届湘交会参观人数为湘交会举办以来最多': 举办以来 tells its history, not a day of
    # it; the fair closed the day before the report after five days
    from feed.extract import extract_meetings
    from feed.parse.textfile import parse_text_article

    doc = parse_text_article(
        "第八届湘交会圆满收官\n2021-05-23 08:00 来源:示例晚报\n\n"
        "昨日下午,为期5天的第八届湘潭商品交易会圆满收官。\n"
        "展会期间人流达12万人次,高峰期的5月20日单日客流达3万人次。本届湘交会参观人数为湘交会举办以来最多的一次。\n",
        timezone="Asia/Shanghai",
    )
    assert [(m.start, m.end) for m in extract_meetings(doc)] == [(date(2021, 5, 18), date(2021, 5, 22))]


def test_a_meeting_held_in_the_sentence_after_a_day_takes_that_day() -> None:
    # near miss: '举办' with no '以来' is the meeting held on the day the sentence before gives
    found = _meetings_of("5月20日上午,嘉宾陆续抵达湘潭。第八届湘交会在湘潭国际会展中心举办。", "2021-05-23")
    assert [(m.name, m.start) for m in found][:1] == [("第八届湘交会", date(2021, 5, 20))]


def test_a_run_to_a_day_of_next_year_ends_on_that_day():
    # '周六(23日)起至明年1月8日': the first day glossed after its weekday, the last one in the next year
    december = date(2023, 12, 20)
    assert spans("年货展周六(23日)起至明年1月8日在会展中心举行", december) == [(date(2023, 12, 23), date(2024, 1, 8))]
    assert spans("年货展23日起至明年1月8日举行", december) == [(date(2023, 12, 23), date(2024, 1, 8))]
    assert spans("年货展今天起至明年1月8日举行", december) == [(date(2023, 12, 20), date(2024, 1, 8))]
    assert spans("书展周五(22日)起至1月3日举行", december) == [(date(2023, 12, 22), date(2024, 1, 3))]
    # near misses: a weekday's day in brackets with no run after it, and '明年' with no month
    assert spans("年货展周六(23日)在会展中心开幕", december) == [(date(2023, 12, 23), None)]
    assert spans("年货展23日开幕,明年5日再办", december)[0] == (date(2023, 12, 23), None)


def test_all_of_its_days_counted_before_jie_is_no_day_of_the_month():
    # '活動三日皆為免費入場': all three of its days, not the 3rd
    assert spans("活动三日皆为免费入场") == []
    assert spans("展览四天均开放参观") == []
    # near miss: the 3rd, then what happens on it
    assert spans("论坛三日都在台北举行") == [(date(2023, 6, 3), None)]


def test_yesterday_or_today_told_by_the_holidays_night_it_fell_on():
    # '…燈會昨元宵夜開幕': yesterday, the Lantern Festival's night; '今除夕夜': today, New Year's Eve
    assert spans("示例灯会昨元宵夜开幕") == [(date(2023, 6, 25), None)]
    assert spans("跨年晚会今除夕夜举行") == [(date(2023, 6, 26), None)]
    # near miss: the holiday's night with no 昨 or 今 before it gives no day of the report
    assert spans("元宵夜市民涌入庙口") == []


def test_today_before_yu_and_the_place_it_is_held_at():
    # Taiwan's '縣府今於…國際會議廳舉辦「…論壇」': 今 then 於 and a place of up to twenty characters, then the verb
    assert spans("县政府今于示例博物馆国际会议厅举办产业论坛") == [(date(2023, 6, 26), None)]
    assert spans("示例协会今于示例饭店举行第三届研讨会") == [(date(2023, 6, 26), None)]
    assert spans("市府今在示例大学附设医院国际会议中心大礼堂召开记者会") == [(date(2023, 6, 26), None)]
    # near misses: 至今 and 如今 before 于, and a place with no verb of holding after it
    assert spans("该馆至今于示例街区举办过三次展览") == []
    assert spans("如今于示例公园举行的市集已成传统") == []
    assert spans("今于示例公园散步的民众不多") == []


def test_a_site_reporters_dated_report_is_the_day_of_its_tonight() -> None:
    # '东方网记者王某6月17日报道:…今晚在福州启动' on a page of the 18th: 今晚 is the evening of the 17th
    for text in (
        "示例网记者王某8月14日报道:第三届示例文化节今晚在厦门开幕。",
        "示例新闻网记者李某某8月14日报道 第二届示例论坛今天在泉州举行。",
        "示例在线记者张某8月14日报道:示例推介会今晚在漳州举办。",
    ):
        [meeting] = _meetings_of(text, "2019-08-15")
        assert meeting.start == date(2019, 8, 14), text


def test_a_run_to_a_day_of_next_month():
    # '明日至下月8日': the last day is in the month after the report's, whichever day the run starts on
    assert spans("示例花展将于明日至下月20日在公园展出") == [(date(2023, 6, 27), date(2023, 7, 20))]
    assert spans("示例市集由今天起至下个月3日每晚开放") == [(date(2023, 6, 26), date(2023, 7, 3))]
    assert spans("示例书展本月28日至下月5日举行") == [(date(2023, 6, 28), date(2023, 7, 5))]
    assert spans("示例灯饰本月27日至下月30日亮灯") == [(date(2023, 6, 27), date(2023, 7, 30))]


def test_which_day_of_a_run_is_no_day_of_the_month():
    # '進行最後一日賽事', '比賽第一日': the last or the first day of a run, not the 1st
    assert spans("示例龙舟赛今天进行最后一日赛事") == [(date(2023, 6, 26), None)]
    assert spans("示例书展第一日人流不多") == []
    assert spans("这一日示例市集特别热闹") == []
    assert spans("示例展览第三日安排导赏") == []
    # near miss: a day with its month after 最后 is that day
    assert spans("最后5月3日举行闭幕式") == [(date(2023, 5, 3), None)]


def test_the_run_of_the_first_edition_is_not_a_later_editions():
    # '第四屆…藝術節即將於3月24日登場。…首屆藝術節展期16天吸引…': the first edition's sixteen days, not this one's
    for text in (
        "第五屆示例藝術節將於5月10日登場。台中在2018年首次舉辦示例藝術節,首屆藝術節展期16天吸引近8萬人次。",
        "第四屆示例文化節將於6月1日開幕。主辦單位表示,首屆文化節展期10天,吸引5萬人次。",
        "第三屆示例博覽會將於9月6日開幕。回顧首屆博覽會為期5天,共有300家廠商參展。",
    ):
        [meeting] = _meetings_of(text, "2024-01-20")
        assert meeting.end is None, text


def test_a_run_told_next_after_who_said_it():
    # '…藝術節即將於3月24日登場。文化局表示,3月24日至4月16日活動期間,…': the run of the meeting just named
    for text, end in (
        ("第五屆示例藝術節將於5月10日登場。文化局表示,5月10日至6月1日活動期間,步道每日封閉。", date(2024, 6, 1)),
        ("第二屆示例花卉展將於3月2日開幕。主辦單位指出,3月2日至3月17日展出期間免費入場。", date(2024, 3, 17)),
        ("第七屆示例燈節將於2月9日點燈。觀光局說,2月9日至25日每晚均有表演。", date(2024, 2, 25)),
    ):
        [meeting] = _meetings_of(text, "2024-01-20")
        assert meeting.end == end, text


def test_the_days_before_it_opens_are_not_its_first():
    # '…於2月15日起至2月18日搶先試營運,試營運作為燈會正式登場前的調整': a trial run before it opens
    for text, start in (
        (
            "示例燈會將於2月10日登場。在示例燈會前夕,於2月6日起至2月9日搶先試營運,"
            "試營運除了作為燈會正式登場前的調整,民眾還能搶先觀看。",
            date(2024, 2, 10),
        ),
        (
            "2024示例燈會將於2月24日登場。主辦單位自2月20日起至23日搶先試營運,作為燈會正式登場前的壓力測試。",
            date(2024, 2, 24),
        ),
        (
            "2024示例花卉節將於3月16日登場。農業局將於3月12日至15日開放試營運,作為花卉節登場前的最後調整。",
            date(2024, 3, 16),
        ),
    ):
        meeting = next(m for m in _meetings_of(text, "2024-01-20") if "示例" in m.name)
        assert meeting.start == start, text


def test_that_day_after_a_run_of_days_is_not_a_day_to_publish():
    # '3月22日至23日,…举办…。当天,还举行了首届…音乐节': which of the run's days is unsaid; listed, never published
    for text in (
        "5月3日至5日,示例镇举办侗族歌会活动,四方宾客齐聚一堂。当天,还举行了首届侗族大歌艺术节等精彩纷呈的活动。",
        "4月18日至20日,示例县开展茶乡文化旅游活动。当日,还举办了第二届示例采茶大赛等丰富多彩的活动。",
        "6月8日至10日,示例市举行龙舟民俗活动,当天还举办了首届示例龙舟文化节等系列活动。",
    ):
        [meeting] = _meetings_of(text, "2024-06-12")
        assert meeting.confidence < 0.9, text
    # near misses: one day before '当天' is that day; the opening on '当天' after a run is on its first day
    [meeting] = _meetings_of("5月3日,示例镇举办侗族歌会活动。当天,还举行了首届侗族大歌艺术节。", "2024-06-12")
    assert (meeting.start, meeting.confidence) == (date(2024, 5, 3), 0.9)
    text = "6月8日至10日,第五届示例博览会在杭州举行。当天上午,博览会开幕式在示例中心举行。"
    [meeting] = _meetings_of(text, "2024-06-12")
    assert (meeting.start, meeting.confidence) == (date(2024, 6, 8), 0.9)


@pytest.mark.parametrize(
    ("text", "start"),
    [
        (
            "3月1日晚上將舉行元宵綜藝匯演之夜總綵排,海旁暫停開放。3月2日晚上將舉行元宵綜藝匯演之夜,海旁全晚封閉。",
            date(2024, 3, 2),
        ),
        ("6月14日將舉行示例音樂節總彩排,6月15日將舉行示例音樂節。", date(2024, 6, 15)),
        ("本月22日將舉行示例煙花匯演帶妝綵排,23日晚上將舉行示例煙花匯演。", date(2024, 2, 23)),
    ],
)
def test_a_rehearsal_day_is_not_the_shows_day(text, start):
    # '…日晚上將舉行…匯演之夜總綵排': the dress rehearsal on the eve, the show itself on a day of its own
    assert {m.start for m in _meetings_of(text, "2024-02-20")} == {start}


@pytest.mark.parametrize(
    ("text", "end"),
    [
        (
            "示例藝術節將於國慶連假開跑,10月5日至6日在文化中心廣場推出踩街遊行;系列活動自10月5日至11月20日,共有40場演出。",
            date(2024, 11, 20),
        ),
        (
            "第三屆示例燈節將在中秋前登場,9月7日到8日,在河濱公園推出點燈晚宴;系列活動自9月7日至9月29日,歡迎民眾參加。",
            date(2024, 9, 29),
        ),
        (
            "示例海洋音樂祭將於暑假登場,7月6日至7日,在海灘推出衝浪體驗。活動時間為7月6日至8月4日,每週末均有表演。",
            date(2024, 8, 4),
        ),
    ],
)
def test_the_run_of_the_series_after_the_days_of_its_first_item(text, end):
    # '…藝術節將於雙十假期開跑,10月9日到10日…鉅獻流水席;系列活動自10月9日至11月10日': the whole runs to the later day
    meeting = next(m for m in _meetings_of(text, "2024-06-01") if "示例" in m.name)
    assert meeting.end == end


def test_a_later_run_from_another_day_leaves_the_meeting_its_own():
    # near miss: the run stated after opens on a day of its own, so it is not the meeting's
    [meeting] = _meetings_of("示例論壇將於7月6日至7日舉行。活動時間為7月8日至8月4日。", "2024-06-01")
    assert (meeting.start, meeting.end) == (date(2024, 7, 6), date(2024, 7, 7))


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("示例市國慶晚會將在雙十節當天晚上7時於體育場舉行。", "2018-10-04", date(2018, 10, 10)),
        ("示例廟會將於雙十節舉行,現場有攤位。", "2024-10-01", date(2024, 10, 10)),
        ("縣府訂於雙十節上午九時在縣府廣場舉辦示例縣國慶升旗典禮。", "2021-10-05", date(2021, 10, 10)),
    ],
)
def test_double_tenth_day_is_the_tenth_of_october(text, published, start):
    # '焰火活動將於雙十節當天晚間8時…施放': 雙十節 is the same day wherever it is written, unlike a bare 國慶
    assert [m.start for m in _meetings_of(text, published)] == [start]


def test_a_season_round_double_tenth_day_dates_nothing():
    # near miss: '雙十節期間' is a season, not the day something is held
    assert _meetings_of("雙十節期間,示例商場舉辦促銷活動。", "2024-10-01") == []


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        ("本会订于2023年7月3日(一)14:30于第二会议室召开理事会", time(14, 30)),
        ("座谈会将于7月8日(六)上午10时在图书馆举行", time(10, 0)),
        ("颁奖典礼订于7月9日(日)下午2时假市府礼堂举行", time(14, 0)),
    ],
)
def test_a_clock_time_after_a_bare_weekday_in_brackets(text, hour):
    # Taiwan's '2020年8月24日(一)10:00於…辦理簽約儀式': the weekday in brackets, then the hour it starts
    [mention] = find_dates(text)
    assert mention.start_time == hour


def test_a_range_whose_days_each_carry_a_bare_weekday():
    # '9月5日(六)至6日(日)': one run of two days, the weekday after each
    assert spans("展售会订于7月8日(六)至9日(日)举行") == [(date(2023, 7, 8), date(2023, 7, 9))]


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        ("9月20日,第十二届示例桂花节开幕,满城桂花将老城点缀得金黄一片,市民争相赏花。", "2021-11-25", date(2021, 9, 20)),
        ("10月8日,示例县第五届柑橘文化节在县城广场举行,果农将新采的柑橘摆满展台。", "2022-12-01", date(2022, 10, 8)),
        ("8月30日,第三届示例湖灯光节启幕,数万盏彩灯将湖岸映照得如同白昼。", "2023-10-20", date(2023, 8, 30)),
    ],
)
def test_a_future_word_after_the_comma_that_closes_an_opened_meeting(text, published, start):
    # '10月18日,…菊花文化节启幕,各色菊花将古都装扮得…' told in December: the 将 after the comma is 把, of the
    # flowers; the meeting opened in its own clause, in October of the report's year, not of the next
    assert [m.start for m in _meetings_of(text, published)] == [start]


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "历时四天的第六届示例国际茶业博览会(以下简称茶博会)于12日闭幕,展会期间客商云集,茶博会签约金额再创新高。",
            "2023-05-14",
            date(2023, 5, 9),
            date(2023, 5, 12),
        ),
        (
            "为期三天的2022示例数字经济大会(简称数博会)于昨日落下帷幕,数博会共吸引两万余名观众入场参观。",
            "2022-11-08",
            date(2022, 11, 5),
            date(2022, 11, 7),
        ),
        (
            "历时五天的第九届示例农产品交易会(以下简称农交会)于20日落幕,其间,农交会累计成交额超过十亿元。",
            "2021-09-22",
            date(2021, 9, 16),
            date(2021, 9, 20),
        ),
    ],
)
def test_a_closing_day_in_the_clause_of_a_name_its_alias_repeats_later(text, published, start, end):
    # '历时五天的…交易会(以下简称喀交会)于21日落下帷幕,…喀交会带给…': the day is the close of the name whose clause
    # holds it, not the day of the alias mentioned after it; counted back five days from that close
    [fair] = _meetings_of(text, published)
    assert (fair.start, fair.end) == (start, end)


@pytest.mark.parametrize(
    "text",
    [
        "示例国际冰雪节每年都在1月5日开幕,已成为这座北方城市的一张名片。",
        "示例菊花文化节每年固定于10月18日开幕,会期一个月,吸引大批游客赏菊。",
        "示例经贸洽谈会每年都固定在5月18日举办,因此被当地人称为“5·18”。",
    ],
)
def test_a_day_a_series_keeps_every_year_gives_no_edition_a_day(text):
    # '洽谈会每年都固定在5月18日举办,因此被称为河北“第一展会”': a habit of the series, with words between 每年 and
    # the day, was published as a fair held on 18 May of the publication year
    assert find_dates(text) == []
    assert _meetings_of(text, "2018-08-16") == []
    # near miss: this year's edition on its day is dated
    [edition] = _meetings_of("今年的示例国际冰雪节于1月5日在哈尔滨开幕。", "2018-01-06")
    assert edition.start == date(2018, 1, 5)


@pytest.mark.parametrize(
    ("text", "published", "start", "end"),
    [
        (
            "「2025秋季國際書展」分兩個週末(11月7日至9日;11月14日至16日)在世貿一館舉行。",
            "2025-11-07",
            date(2025, 11, 7),
            date(2025, 11, 16),
        ),
        (
            "第十屆海港音樂節一連兩周(7月4日至6日;7月11日至13日)在中環海濱舉行。",
            "2025-07-04",
            date(2025, 7, 4),
            date(2025, 7, 13),
        ),
        (
            "本屆農產品嘉年華分兩階段(5月2日至4日;5月9日至11日)在市民廣場舉辦。",
            "2025-05-02",
            date(2025, 5, 2),
            date(2025, 5, 11),
        ),
    ],
)
def test_a_meeting_over_two_weekends_ends_with_the_second(text, published, start, end):
    # '…嘉年華」一連兩周末(10月25日至27日;11月1日至3日)在龍環葡韻舉行': the semicolon between the two weekends, inside
    # the brackets, ended the sentence, and the fair ended with the first weekend
    [fair] = _meetings_of(text, published)
    assert (fair.start, fair.end) == (start, end)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        (
            "9月17日晚,河西省第九届运动会开幕式在安州隆重举行。\n\n河西省第九届运动会开幕式今晚在安州隆重举行。\n\n"
            "20时42分,省长宣布:河西省第九届运动会开幕!",
            "2022-09-19",
            date(2022, 9, 17),
        ),
        (
            "5月8日上午,第三届示例茶文化节开幕式在青山县举行。\n\n第三届示例茶文化节开幕式今天上午在青山县举行。\n\n"
            "10时整,县长宣布:第三届示例茶文化节开幕!",
            "2021-05-10",
            date(2021, 5, 8),
        ),
        (
            "11月2日晚,第五屆示例讀書節開幕典禮在市圖書館舉行。\n\n第五屆示例讀書節開幕典禮今晚在市圖書館舉行。\n\n"
            "19時30分,市長宣布:第五屆示例讀書節開幕!",
            "2020-11-06",
            date(2020, 11, 2),
        ),
    ],
)
def test_a_written_day_beats_a_relative_one_of_the_same_meeting(text, published, start):
    # '9月17日晚,甘肃省…运动会开幕式在兰州隆重举行' above '…开幕式今晚在兰州隆重举行' in a page posted two days later:
    # the 今晚 of the report it reprints, read against the later page, moved the games to the 19th
    [games] = _meetings_of(text, published)
    assert games.start == start
    # not published as sure: its two days disagree
    assert games.confidence < 0.9
    # near miss: a relative day alone is read against the page
    [games] = _meetings_of(text.split("\n\n", 1)[1], published)
    assert games.start > start


@pytest.mark.parametrize(
    ("text", "run"),
    [
        ("將於12月24日起至108年1月1日在示例園區登場", (date(2018, 12, 24), date(2019, 1, 1))),
        ("107年12月28日至108年1月2日舉行", (date(2018, 12, 28), date(2019, 1, 2))),
        ("展期自112年12月30日到113年1月7日", (date(2023, 12, 30), date(2024, 1, 7))),
    ],
)
def test_a_run_whose_last_day_has_its_year_of_the_republic(text, run):
    # a county's year-end series '12月24日起至108年1月1日': the last day, written with its Republic year, was no
    # end of the run, and a later bare '24日' of the series was read into the month before the report
    assert spans(text, date(2018, 12, 12), future=True)[:1] == [run]


@pytest.mark.parametrize(
    ("text", "run"),
    [
        (
            "第三届示例年货会将于2月2日(农历腊月十七)至2月24日(农历正月初九)举办。",
            (date(2018, 2, 2), date(2018, 2, 24)),
        ),
        ("示例庙会于2月16日(正月初一)至2月20日(正月初五)在示例古镇举行。", (date(2018, 2, 16), date(2018, 2, 20))),
        ("示例年货节将于2月8日(阴历腊月二十三)至14日举行。", (date(2018, 2, 8), date(2018, 2, 14))),
    ],
)
def test_a_run_whose_first_day_is_glossed_by_its_lunar_day_keeps_its_last(text, run):
    # a New Year fair's run with each day's lunar day in brackets: the lunar day between the two dates cut the run
    # to its first day
    assert spans(text, date(2018, 2, 1))[:1] == [run], text
    # near miss: a lunar day alone is no second date
    assert spans("示例庙会于3月2日(农历正月十五)举行。", date(2018, 2, 1)) == [(date(2018, 3, 2), None)]


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("18日上午9时,示例县体育场彩旗飘扬。示例县第五届运动会开幕式在激昂的音乐中拉开帷幕。", time(9, 0)),
        ("18日上午8时许,示例酒店报告厅座无虚席。示例研究会2023年年会开幕式在一段短片后开始。", time(8, 0)),
        ("18日晚7时30分,示例广场人头攒动。第三届示例灯会开幕式在焰火中拉开序幕。", time(19, 30)),
    ],
)
def test_the_hour_of_a_scene_set_just_before_is_the_hour_of_the_meeting_that_opens_in_it(text, clock):
    # a symposium's opening told right after a sentence that gives the day and hour and describes the full room:
    # the day came from the sentence before, its hour did not
    [meeting] = _meetings_of(text, "2023-03-19")
    assert (meeting.start, meeting.start_time) == (date(2023, 3, 18), clock), text
    # near miss: the hour of a meeting named before is not the next one's
    found = _meetings_of("18日上午9时,示例论坛开幕。示例签约仪式在会场举行。", "2023-03-19")
    assert [m.start_time for m in found if "签约仪式" in m.name] in ([], [None])


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        ("示例渔会5/12上午10:30举办第一鲔拍卖会,欢迎民众参加。", time(10, 30)),
        ("示例协会6/3下午2:00在台中举办会员大会。", time(14, 0)),
        ("示例乡公所7/8(五)晚上7:15在庙埕举行纳凉音乐会。", time(19, 15)),
    ],
)
def test_a_day_written_with_a_slash_keeps_the_clock_time_after_it(text, clock):
    # '東港區漁會4/26上午10:30舉辦…拍賣會': the hour in digits and a colon after a slashed day was not read
    [mention] = find_dates(text)[:1]
    assert mention.start_time == clock, text


@pytest.mark.parametrize(
    ("text", "relative"),
    [
        ("示例区议会昨率先召开首次会议", -1),
        ("第五届示例书展今正式开幕", 0),
        ("两个同乡会昨分别举行会员大会", -1),
    ],
)
def test_yesterday_or_today_alone_before_an_adverb_and_the_verb_is_a_day(text, relative):
    # '西貢及中西區區議會昨率先召開首次會議': a bare 昨 before 率先 and the verb was no day, and the sitting was lost
    [mention] = find_dates(text)
    assert mention.relative_days == relative, text
    # near miss: 如今 is 'nowadays', no day
    assert find_dates("如今正式举行的比赛越来越多") == []


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("「示例藝術博覽會」今天開幕,明天起一連3天在台南示例酒店展出。", date(2026, 3, 12), date(2026, 3, 15)),
        ("示例書畫展今日開幕,13日起一連五天在台中文化中心展出。", date(2026, 3, 12), date(2026, 3, 17)),
        ("示例燈會今(12)日晚間點燈,明(13)日起一連5天開放參觀。", date(2026, 3, 12), date(2026, 3, 17)),
    ],
)
def test_a_run_counted_from_a_day_of_its_own_ends_that_many_days_after_it(text, start, end) -> None:
    # '…今天開幕,明天起一連3天…展出': the three days were counted from the opening, and the fair closed a day early
    [meeting] = _meetings_of(text, "2026-03-12")
    assert (meeting.start, meeting.end) == (start, end), text


def test_a_run_with_no_day_of_its_own_is_counted_from_the_opening() -> None:
    # near miss: '今天開幕,一連3天': the run starts on the day it opens
    [meeting] = _meetings_of("示例藝術節今天開幕,一連3天在台南舉行。", "2026-03-12")
    assert (meeting.start, meeting.end) == (date(2026, 3, 12), date(2026, 3, 14))


@pytest.mark.parametrize(
    "wish",
    ["希望日後舉辦更多此類展覽", "期望各界支持舉辦更多展覽", "盼舉辦更多同類展覽"],
)
def test_shows_of_a_kind_wished_for_do_not_take_the_run_of_the_show_reported(wish) -> None:
    # '…更有望舉辦更多此類展覽…。展期至本月二十日': the shows wished for stood between, and the run was lost
    text = f"示例書畫展昨日在澳門開幕。\n會長致詞時表示,{wish}。展期至本月二十日。"
    [show] = _meetings_of(text, "2026-03-12")
    assert (show.start, show.end) == (date(2026, 3, 11), date(2026, 3, 20)), text


def test_a_show_named_in_between_still_keeps_the_run_from_the_one_before() -> None:
    # near miss: another show by its own name, undated, may be the one whose run it is
    found = _meetings_of("示例書畫展昨日在澳門開幕。「示例攝影展」同場展出。展期至本月二十日。", "2026-03-12")
    assert [(m.name, m.end) for m in found if m.start is not None] == [("示例書畫展", None)]


@pytest.mark.parametrize(
    ("text", "follower"),
    [
        (
            "3月12日上午,示例學院在校園廣場舉行升旗儀式,師生出席。\n儀式完畢後,學院在示例禮堂舉行示例學院新生入學典禮。",
            "示例學院新生入學典禮",
        ),
        (
            "3月12日,示例市政府在示例廣場舉行植樹儀式。\n\n天氣晴朗。植樹儀式結束後,示例商會在示例酒店舉行2026示例商會春茗酒會。",
            "2026示例商會春茗酒會",
        ),
        (
            "示例大學3月12日在體育館舉行畢業典禮,逾千名學生出席。校方隨後在示例會堂舉行2026年傑出校友頒獎禮。",
            "2026年傑出校友頒獎禮",
        ),
    ],
)
def test_a_meeting_held_right_after_another_takes_its_day(text: str, follower: str) -> None:
    # '升旗儀式結束後,…參加…國慶日酒會', '大學隨後在…舉行…入學典禮': no day of its own, so the meeting was lost
    found = {m.name: m for m in _meetings_of(text, "2026-03-12")}
    assert follower in found, list(found)
    assert found[follower].start == date(2026, 3, 12)
    assert found[follower].confidence < 0.9  # a day borrowed from another meeting is listed, never published


@pytest.mark.parametrize(
    "text",
    [
        # the meeting before ran several days: which of them is unsaid
        "示例藝術節3月8日至12日在台南舉行。主辦單位隨後在示例會堂舉行示例攝影比賽頒獎禮。",
        # another day is said: the day after
        "示例學院今日在校園廣場舉行升旗儀式。儀式結束後,學院次日在示例禮堂舉行示例學院新生入學典禮。",
    ],
)
def test_a_meeting_after_a_run_or_on_another_day_takes_no_day_from_it(text: str) -> None:
    found = _meetings_of(text, "2026-03-12")
    assert not any(m.name.endswith(("頒獎禮", "入學典禮")) and m.start == date(2026, 3, 12) for m in found), found
