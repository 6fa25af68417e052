"""Chinese date expressions in a Simplified working copy, as `DateMention`s.

Written by hand after measuring jionlp 1.5 (`parse_time`, `ner.extract_time`) on
the patterns news uses: it resolves '6月19日至23日', '今天上午' and '二十二日', but
fails on '昨（25）日' and '昨夜', misreads '四月十七至廿六日' and '一连四日', its
extractor misses '昨(25)日' in running text, and it has no notion of an announced
future date in another year. The grammar below is what news needs:

    [YYYY年|今年|明年|去年|前年|后年][M月|本月]D日|号 [(星期X)] [上午|下午|晚…][H时|点[M分|半]]
        [至|到|-|、 [M月]D日]
    今天, 今日, 即日(起/至: from today), 明起 (from tomorrow), 今(31)日, 昨天, 昨(25)日, 昨晚, 明天, 前天, 后天,
    后日, 当天, 今明两天
    and Cantonese 噚日, 琴日 (yesterday)
"""

from __future__ import annotations

import re
from datetime import time

from feed.extract.dates import DateMention
from feed.numerals import NUMERAL_CHARS, chinese_number

_N = f"[{NUMERAL_CHARS}]{{1,3}}"
_TO = "至|到|-|—|–|~"  # between the first and the last day, or hour
_YEAR = r"(?:\d{4}|[〇零一二三四五六七八九]{4})"
# the parts of a day a clock time may follow ('清晨5点30分'); the longer words first ('晚上' before '晚')
PARTS_OF_DAY = "上午|下午|晚上|晚间|早上|早晨|清晨|凌晨|中午|傍晚|晚"
_TIME = (
    rf"(?P<tod>{PARTS_OF_DAY})?"
    rf"(?:(?P<hh>{_N})[时点:∶](?:(?P<mm>{_N})分?|(?P<half>半))?)?"
)
# each pattern opens with a lookahead of the characters it can start with: the engine then passes
# over every other position at once instead of trying each optional group there
_DATE = re.compile(
    rf"(?=[\d{NUMERAL_CHARS}民中今去明前后本下上])"
    rf"(?<![\d.])(?<!\d[—–\-~])"  # not the last day of a range whose first is no date ('1119—22日')
    rf"(?:(?P<y>{_YEAR}) ?年 ?|(?:民国|中华民国)?(?P<roc>1[0-2]\d|[4-9]\d)年(?=[{NUMERAL_CHARS}]{{1,2}}月)"
    r"|(?P<ry>今年|去年|明年|前年|后年))?"
    rf"(?:(?P<m>{_N}) ?月份? ?|(?P<rm>本月|下月|上月|下个月|上个月))?"  # '2 月 25 日': some sites space them
    rf"(?!两[日号天])(?P<d>{_N})(?: ?(?P<dsuf>[日号]))?"  # '今、明两日': two days, no 2nd of the month
    # '本月16 -21日': some pages space the dash of a range
    # Taiwan's '8月24日(一)10:00': the weekday in brackets, written bare
    r"(?:\((?:星期|周)?[一二三四五六日天]\))?" + _TIME + rf"(?:起? ?(?P<sep>{_TO}|、|和|及) ?"
    # '7月28、29连续两日': the count of days after the last day stands for its 日
    # '13日起至明年1月5日': the last day in the next year, its month written
    # '本月20日至下月8日': the last day in the next month
    # '12月24日起至108年1月1日': the last day with its year of the Republic
    rf"(?:(?P<y2>{_YEAR})年|(?:民国)?(?P<roc2>1[0-2]\d|[4-9]\d)年(?={_N}月)|明年(?={_N}月))?(?:(?P<m2>{_N})月|(?P<rm2>下个?月))?(?P<d2>{_N})(?:[日号]|(?=连续|一连)))?"
)
# '元宵夜', '除夕夜': the holidays whose night names a day ('…燈會昨元宵夜開幕')
HOLIDAY_NIGHTS = "元宵|除夕|中秋|七夕|平安|跨年|圣诞"
_RELATIVE = re.compile(
    r"(?=[今本当同昨前明后翌次即㖊琴(日隔])(?P<rel>今明两天|今明两日|今天|今日|即日(?=起|至|到)|今晨|今早|今午|今晚|今夜|本日|当天|当日|同日(?=,)|(?<![幕赛会节式礼展议])当晚|昨天|昨日|昨晚|昨夜|昨晨|昨早|昨午|"
    r"㖊日|㖊晚|(?<!钢)琴日(?!本)|(?<!钢)琴晚|"  # Cantonese: '噚日立法會大會…' (㖊日 simplified: yesterday)
    # Taiwan's '縣府日昨舉行…': yesterday (not the 日 of '节日', '生日', '3日' before 昨天)
    r"(?<![节假生平末每当今昨明前后翌次某两几数一二三四五六七八九十廿卅\d])日昨(?![天日晚夜晨早午])|"
    r"前天|前日|(?<![幕赛会节式礼展议])前[晚夜]|明天|明日|明晚|后天|(?<![之以此最然随往过会日])后日(?![本元圆币语军韩方历记子益趋常程期])|(?<![至到])[翌次]日|"
    r"(?<![每相])隔天|"  # '31日…,隔天出席…升旗典禮': the day after (not '每隔天', '相隔天數')
    # '今(23)日', and a Macau release's '今(二十三)日'
    # and '昨(10月18)日', the month written too
    # and Taiwan's '前(8)日', the day before yesterday with its day
    rf"[今昨明前](?=\((?:{_N}月)?{_N}(?:\)日|日\)|\)[晚早晨夜上下中]))|"
    # '…工展會昨開鑼', '…展覽昨揭幕', '…賽事今開跑': Hong Kong's, Macau's and Taiwan's verbs of an opening too
    r"[今昨](?=出席|受访|表示|举行|召开|宣布|指出|上午|下午|晚间|开幕|登场|闭幕|开锣|揭幕|启幕|开赛|开跑|落幕)|今(?=起)"
    # Taiwan's '議員今舉辦「…論壇」', '…展今在台北揭幕', '縣府今於…國際會議廳舉辦': today, before the verb or the
    # place (not 如今, 至今, 迄今)
    r"|(?<![如至迄现而古当从自于到])今(?=举办|揭幕|开跑|启动|展开|主持|"
    r"[在于][\u4e00-\u9fff]{2,20}?(?:举行|举办|召开|揭幕|登场|开幕))"
    r"|昨(?=[在于假])"  # Hong Kong's and Macau's '…典禮昨於文化中心舉行', '昨假…舉行': yesterday, at
    # Taiwan's '國防部昨舉辦「…表揚大會」', '局長昨主持…': yesterday, before the verb of holding it
    r"|昨(?=举办|主持|启动|展开)"
    # '…區議會昨率先召開首次會議', '…展今正式開幕': yesterday or today, then an adverb of how, then the verb
    r"|(?<![如至迄现而古当从自于到])[今昨](?=(?:率先|首先|分别|相继|先后|正式|再度|再次|首度|联合|共同|隆重|盛大)"
    r"(?:举行|召开|举办|开幕|揭幕|登场|开锣))"
    # Taiwan's '…燈會昨元宵夜開幕', '今除夕夜舉行': yesterday or today, told by the holiday's night it fell on
    rf"|[今昨](?=(?:{HOLIDAY_NIGHTS})夜)"
    # '明起一连3天在台北舉行': from tomorrow, before a run or its verb (not the 明 of '说明起草')
    r"|(?<![说表证声标阐查聪光文发透分简鲜英])明(?=起(?:一连|连续|为期|至|到|举行|举办|展出|开放|开始|在|于))"
    r"|(?<=[于在])(?=\(\d{1,2}\)日))"  # '於(26)日至11月29日': the day in brackets with no 今 before it
    # '昨晚(14)八時': the day in brackets after a part of it, then the hour
    rf"(?:\((?:(?P<pm>{_N})月)?(?P<pd>{_N})(?:\)日|日\)|\)(?=[晚早晨夜上下中]|{_N}[时点])))?" + _TIME
)
# '市長上午主持…記者會', '下午在市府舉行…': a part of the day with no day before it, as a subject does something;
# the day the text is telling of (the report's, unless a sentence before named another). Not a part of the day
# after a date, a weekday, a holiday or a word of range ('8日上午', '周五下午', '周末上午', '春节上午', '至下午5时')
# '行政長官出席行政會議前會見傳媒', '…表決後見記者', '率行會成員晤傳媒': Hong Kong's media session, a briefing
# written from the first character each word consumes (zh_meetings.KINDS, whose scan skips to such characters)
MEETS_THE_PRESS_WORDS = (
    r"传(?:(?<=会见传)|(?<=[^会接看遇只意]见传)|(?<=晤传))媒(?![会招])",
    r"记(?:(?<=会见记)|(?<=[^会接看遇只意]见记)|(?<=晤记))者(?![会招])",
)
MEETS_THE_PRESS = f"(?:{'|'.join(MEETS_THE_PRESS_WORDS)})"
_BARE_PART_OF_DAY = re.compile(
    rf"(?=[上下中早晚傍])(?<=[\u4e00-\u9fff])(?<![日号天晚早夜前后次翌当同每周末节夕宵间时{NUMERAL_CHARS}至到于在及和与])"
    # '…上午與候任議員舉行…': with whom, then the verb; '…中午結束行程前會見傳媒': a media session, after what it
    # comes before
    r"(?:上午|下午|中午|早上|晚上|晚间|傍晚)(?=(?:[在与和同][^,。;]{1,15}?)?(?:主持|出席|举行|召开|举办)"
    rf"|[^,。;]{{1,14}}?{MEETS_THE_PRESS})"
)
_RUN_VERB = "举行|举办|进行|展出"
# '为期三天', '一连四日', '展开4天', '为期四十四天': how long, not which day ('四日' is no 4th); every alternative
# begins with its character (the lookbehind after it), so the regex engine skips to those characters
DURATION = re.compile(
    # '在高雄展覽館一連舉行3天': the verb of the run may stand before its count
    # '论坛将持续3天', '博览会持续5天': how long the meeting just named goes on (not '降雨将持续3天')
    rf"(?:为期|一连(?:{_RUN_VERB})?|连续(?:{_RUN_VERB})?|连|历时|会期|展期|展开|共计|起(?<=日起)"
    r"|持续(?<=[会坛节展赛动]持续)|将持续(?<=[会坛节展赛动]将持续))"
    # '为期4天半': five days on the calendar; '一連兩晚': two evenings, on two days
    rf"(?P<n>[{NUMERAL_CHARS}]{{1,3}})个?整?(?:天|日|晚|夜)(?P<half>(?<=[天日])半)?"
)
# '…落下帷幕,4天时间里,…': the days it ran, told after it closed (apart from DURATION, whose alternatives all begin
# with their own characters)
DAYS_IT_RAN = re.compile(rf"(?<=[,，])(?P<n>[{NUMERAL_CHARS}]{{1,2}})天(?:时间)?里")
# '今(12/27)、明(12/28)登场': today and tomorrow with their month and day in brackets
_SLASHED_RELATIVE = re.compile(
    r"[今昨明]\((?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])\)"
    r"(?:[、,]?明\((?P<m2>1[0-2]|0?[1-9])/(?P<d2>3[01]|[12]\d|0?[1-9])\))?"
)
# '展期由原本7日减至6日', '去年7日展期': how many days a run lasts or lasted, not which day
_RUN_LENGTH = re.compile(
    rf"(?<![月\d{NUMERAL_CHARS}])[{NUMERAL_CHARS}]{{1,2}}个?[天日]"
    rf"(?:(?:减|减少|缩短)(?:至|为|到)[{NUMERAL_CHARS}]{{1,2}}个?[天日]|(?=的?(?:展期|会期)))"
)
# '5/6(六)在台中举行': a month and day written with a slash, right before the place or verb it dates
# (not a share: '有1/3在家')
_SLASH_DATE = re.compile(
    # '2024/5/18', Taiwan's '113/5/18': its year before it, Gregorian or of the Republic of China
    r"(?=\d)(?<![\d/.有占约近过逾达的])(?<!\d[至到~—–-])(?:(?P<y>(?:19|20)\d{2}|1[01]\d)/)?(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])(?![\d/.%])(?:\([一二三四五六日]\))?"
    # '5/18至5/20在台南舉行', '5/18(六)-20(一)登場': a run, its last day with or without its month
    rf"(?:(?:{_TO})(?:(?P<m2>1[0-2]|0?[1-9])/)?(?P<d2>3[01]|[12]\d|0?[1-9])(?![\d/.%])日?(?:\([一二三四五六日]\))?)?"
    r"(?=在|于|起|至|举|开|登|到|上午|下午|晚间|晚上)" + _TIME  # '4/26上午10:30舉辦': and the hour it begins
)
# '330日上午', '1119—22日', '417日至18日': a page that lost the 月 between month and day (3月30日, 11月19—22日).
# Read only where the digits part one way (a month, then a day of 10 to 31: not '119日', 11月9日 or 1月19日) and a
# part of the day, a comma, a bracket, a verb or a run's last day follows; not a count ('第120日', '120日内')
_LOST_MONTH = re.compile(
    r"(?<![\d.第约近共逾满超达前后])(?:(?P<m>1[0-2])(?P<d>[12]\d|3[01])|(?P<m1>[2-9])(?P<d1>[12]\d|3[01])"
    r"|1(?P<d3>[1-3]0|3[01]))"
    rf"(?:日(?=上午|下午|晚|早|中午|凌晨|[,，(（在于举召开])|日?(?P<sep>{_TO})(?P<d2>[12]?\d|3[01])日)"
)
# the digits (a month's ASCII, a day's) and the 日 or the range every _LOST_MONTH ends with: a text without them
# has none (a scan that looks only at ASCII digits, first, where _LOST_MONTH's tries every character)
_LOST_MONTH_DIGITS = re.compile(rf"[0-9][0-9]\d\d?(?:日|{_TO})")
_ADDRESS_BEFORE = set("路街道巷弄里")
# '農曆三月廿三日', '(阴历八月十五)': a day of the lunar calendar, which is no day of the civil one
# '每年的1月5日', '每年都固定在5月18日举办', '每年固定于10月18日开幕': a day of every year, however the habit is put
_YEARLY_BEFORE = re.compile(r"(?:每年|每逢)(?:的|都|均|也|固定|定期|一般|通常|会|在|于)*$")
_LUNAR_BEFORE = re.compile(r"(?:农历|阴历|夏历|旧历)$")
# '在劳动节当日举办', '元旦上午举行': holidays on the same day of the year in mainland China, Hong Kong, Macau and
# Taiwan (not 国庆, 教师节, 儿童节, 青年节: their days differ between them; '雙十節' is the tenth of October
# wherever it is written)
_HOLIDAYS = {
    "元旦": (1, 1),
    "双十节": (10, 10),
    "劳动节": (5, 1),
    "妇女节": (3, 8),
    "情人节": (2, 14),
    "平安夜": (12, 24),
    "圣诞节": (12, 25),
}
_HOLIDAY = re.compile(
    rf"(?:国际|五一)?(?P<holiday>{'|'.join(_HOLIDAYS)})(?P<same>当天|当日|这一天|那天)?(?:一早)?" + _TIME
)
_HELD_AFTER = re.compile(r"举行|举办|开幕|登场")
# a word every match of _HOLIDAY, _WEEKDAY holds: a text with none is not scanned for them (the scan for one of
# these words looks at far fewer of its characters)
_HOLIDAY_NAME = re.compile("|".join(_HOLIDAYS))
_WEEKDAY_WORD = re.compile("周|星期|礼拜")


def _holiday_day(text: str, match: re.Match[str]) -> bool:
    """A holiday said as the day something is held: '于元旦清晨六点在…举办', '在劳动节当日举办', '元旦上午举行';
    not a holiday inside a name ('…元旦升旗典礼') or a season ('元旦期间')."""
    return (
        text[match.start() - 1 : match.start()] in ("于", "在")
        or bool(match["same"] or match["tod"] or match["hh"])
        or bool(_HELD_AFTER.match(text, match.end()))
    )


_WEEKDAY_NUMBERS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
# '本周五', '下星期一', '星期日', '礼拜天'; a bare '周五' only where a surname '周' cannot be meant
_WEEKDAY = re.compile(
    r"(?=[本这下上星礼周])(?<![个每逢])(?P<week>本|这|下|上|下个|上个)?(?:(?P<long>星期|礼拜)|周)"
    r"(?P<wd>[一二三四五六日天])"
    r"(?:(?P<sep>至|到|-|—|~)(?:星期|礼拜|周)?(?P<wd2>[一二三四五六日天])|(?<=六)、?(?P<sun>[日天])(?![本元圆币语军韩方历记子]))?"
    + _TIME
)
# and an adverb before the verb of holding: '上周五成功舉行…簽署儀式', '周六隆重开幕'
_AFTER_WEEKDAY = re.compile(
    r"$|[^\u4e00-\u9fff]|上午|下午|晚|早|中午|凌晨|在|于|举|召|开|将|至|到|起|、|和|及|成功|顺利|圆满|隆重|正式"
)
_DAY_GLOSS_AFTER = re.compile(r"\((?:\d{1,2}月)?\d{1,2}[日号]\)")
_GLOSS_BEFORE = re.compile(r"[日号]\($")
_WEEK_OFFSET = {"本": 0, "这": 0, "下": 1, "下个": 1, "上": -1, "上个": -1}
_YEAR_OFFSET = {"今年": 0, "去年": -1, "明年": 1, "前年": -2, "后年": 2}
_MONTH_OFFSET = {"本月": 0, "下月": 1, "下个月": 1, "上月": -1, "上个月": -1}
_RELATIVE_DAYS = {
    "今": 0,
    "即": 0,
    "本": 0,
    "昨": -1,
    "㖊": -1,
    "琴": -1,
    "前": -2,
    "明": 1,
    "后": 2,
    "当": 0,
    "同": 0,  # 同日: the day the text gave before, as 当日
    "翌": 1,
    "次": 1,
    "隔": 1,
}


def _time(match: re.Match[str]) -> time | None:
    hour = chinese_number(match.group("hh")) if match.group("hh") else None
    if hour is None:
        return None
    minute = 30 if match.group("half") else chinese_number(match.group("mm") or "0") or 0
    tod = match.group("tod")
    evening_day = (match.groupdict().get("rel") or "")[-1:] in ("晚", "夜")  # '今晚8时', '昨夜10时'
    if (tod in ("下午", "晚上", "晚间", "傍晚", "晚") or evening_day) and hour < 12:
        hour += 12
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        return None
    return time(hour, minute)


def _year(value: str | None, relative: str | None) -> int | None:
    if value:
        return chinese_number(value)
    return None


# '活動三日皆為免費入場': all of its three days, a count written in numerals before 皆, 均 or 都, not the 3rd
_EVERY_ONE_OF_THE_DAYS = re.compile(
    r"(?<![月\d〇零一二三四五六七八九十])[二三四五六七八九十两]{1,2}[天日](?=[皆均都](?:为|是|可|免费|开放))"
)


def find_dates(text: str) -> list[DateMention]:
    """Every date expression in `text`, left to right, without overlaps."""
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    # holidays before '当日' is read as a day of its own
    for match in _HOLIDAY.finditer(text) if _HOLIDAY_NAME.search(text) else ():
        if _holiday_day(text, match):
            mention = DateMention(match.start(), match.end(), (None, *_HOLIDAYS[match["holiday"]]))
            mention.start_time = _time(match)
            mentions.append(mention)
            taken.append(match.span())
    for match in _SLASHED_RELATIVE.finditer(text):
        mention = DateMention(match.start(), match.end(), (None, int(match["m"]), int(match["d"])))
        if match["m2"]:
            mention.end = (None, int(match["m2"]), int(match["d2"]))
        mentions.append(mention)
        taken.append(match.span())
    for match in _RELATIVE.finditer(text):
        if _overlaps(match, taken):
            continue
        rel = match.group("rel")
        mention = DateMention(match.start(), match.end(), (None, None, 1))
        if match.group("pd"):
            month = chinese_number(match.group("pm")) if match.group("pm") else None
            mention.start = (None, month, chinese_number(match.group("pd")) or 1)
            mention.flags.add("day_only")
        else:
            mention.relative_days = -1 if rel == "日昨" else _RELATIVE_DAYS[rel[0]]
        if rel.startswith("今明"):
            mention.duration_days = 2
        if rel in ("当天", "当日", "当晚", "同日") and not match.group("pd"):  # '当天(30日)' says its day
            mention.flags.add("same_day")
        if rel in ("翌日", "次日", "隔天"):
            mention.flags.add("next_day")  # the day after the date written before it, not after today
        mention.flags.add("relative")
        mention.start_time = _time(match)
        mentions.append(mention)
        taken.append((match.start(), match.end()))
    for match in _WEEKDAY.finditer(text) if _WEEKDAY_WORD.search(text) else ():
        if _overlaps(match, taken):
            continue
        if not match.group("long") and not match.group("sun") and not _AFTER_WEEKDAY.match(text, match.end()):
            continue  # '周一平表示': a person called 周
        if _GLOSS_BEFORE.search(text, max(0, match.start() - 2), match.start()) and text.startswith(")", match.end()):
            continue  # '5月22日(周日)': the weekday of the date before it, which is read with it
        if _DAY_GLOSS_AFTER.match(text, match.end()):
            continue  # '周六(27日)': the day in brackets says which Saturday, and is read on its own
        mention = DateMention(match.start(), match.end(), (None, None, 1))
        mention.weekday = _WEEKDAY_NUMBERS[match.group("wd")]
        if match.group("wd2") or match.group("sun"):  # '周六日', '周六、日': the weekend
            mention.end_weekday = _WEEKDAY_NUMBERS[match.group("wd2") or match.group("sun")]
        if match.group("week"):
            mention.flags.add(f"week:{_WEEK_OFFSET[match.group('week')]}")
        mention.flags.update(("weekday", "relative"))
        mention.start_time = _time(match)
        mentions.append(mention)
        taken.append((match.start(), match.end()))
    for match in _BARE_PART_OF_DAY.finditer(text):
        if not _overlaps(match, taken):
            mention = DateMention(match.start(), match.end(), (None, None, 1), relative_days=0)
            mention.flags.update(("relative", "same_day"))
            mentions.append(mention)
            taken.append(match.span())
    taken += [(match.start("n"), match.end()) for match in DURATION.finditer(text)]
    if "皆" in text or "均" in text or "都" in text:
        taken += [match.span() for match in _EVERY_ONE_OF_THE_DAYS.finditer(text)]
    if "期" in text or "减" in text or "缩短" in text:  # every run length _RUN_LENGTH reads is said with one of them
        taken += [match.span() for match in _RUN_LENGTH.finditer(text)]
    for match in _DATE.finditer(text):
        if _item_number(match):  # '一、2月28日(周一)': the number of a list's item, then the date
            match = _DATE.match(text, match.start("m2")) or match
        if _overlaps(match, taken):
            continue
        if match.group("m") is None and text[match.start() - 1 : match.start()] in _ADDRESS_BEFORE:
            continue  # '广安门南街6-1号': a house number
        if match.group("m") is None and text.endswith(("倒数", "倒數"), 0, match.start()):
            continue  # '倒数10日开赛记者会': ten days to go, no 10th of a month
        if (
            match.group("y") is None
            and match.group("roc") is None
            and _YEARLY_BEFORE.search(text, max(0, match.start() - 8), match.start())
        ):
            continue  # '把每年的1月5日定为冰雪节': a day of every year, none in particular
        if _LUNAR_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue  # '由四月十七日至二十一日(农历三月廿日至廿五日)': the lunar days gloss the civil ones
        absolute = _absolute(match)
        if absolute is not None:
            mentions.append(absolute)
    spans = taken + [(m.begin, m.finish) for m in mentions]
    for match in _SLASH_DATE.finditer(text) if "/" in text else ():
        if not _overlaps(match, spans):
            year = int(match["y"]) if match["y"] else None
            if year is not None and year < 1000:
                year += 1911  # '113/5/18': the 113th year of the Republic, 2024
            mention = DateMention(match.start(), match.end(), (year, int(match["m"]), int(match["d"])))
            mention.start_time = _time(match)
            if match["d2"]:
                mention.end = (None, int(match["m2"]) if match["m2"] else None, int(match["d2"]))
            mentions.append(mention)
            spans.append(match.span())
    for match in _LOST_MONTH.finditer(text) if _LOST_MONTH_DIGITS.search(text) else ():
        if not _overlaps(match, spans):
            mentions.append(_lost_month(match))
    for mention in mentions:
        if mention.start_time is not None:
            _end_time(mention, text)
    return _day_lists_joined(text, sorted(mentions, key=lambda m: m.begin))


def _lost_month(match: re.Match[str]) -> DateMention:
    month = int(match["m"] or match["m1"] or 1)
    day = int(match["d"] or match["d1"] or match["d3"])
    mention = DateMention(match.start(), match.end(), (None, month, day))
    if match["d2"] is not None and int(match["d2"]) > day:
        mention.end = (None, month, int(match["d2"]))
    mention.flags.add("lost_month")  # a guess at the page's intent: never dated as surely as a date written whole
    return mention


def _overlaps(match: re.Match[str], spans: list[tuple[int, int]]) -> bool:
    """Whether the match shares a character with a span already read as a date."""
    return any(a < match.end() and match.start() < b for a, b in spans)


def _item_number(match: re.Match[str]) -> bool:
    """A bare number before '、' and a date with its month: '一、2月28日' is no run from the 1st."""
    return (
        match.group("sep") == "、"
        and match.group("m2") is not None
        and not any(match.group(g) for g in ("y", "roc", "ry", "m", "rm", "dsuf"))
    )


def _day_lists_joined(text: str, mentions: list[DateMention]) -> list[DateMention]:
    """'本月12及13日、19及20日': days listed after a date belong to it, which runs to the last of them;
    '今(23日)至5月25日', '今天至25日': a run from a day named from today to the date after it."""
    joined: list[DateMention] = []
    for mention in mentions:
        last = joined[-1] if joined else None
        if (
            last is not None
            and (
                (_RANGE_BETWEEN.fullmatch(text, last.finish, mention.begin) and "relative" in last.flags)
                or _glossed_day_runs_to(text, last, mention)
                or (_LUNAR_GLOSS_THEN_TO.fullmatch(text, last.finish, mention.begin) and "day_only" not in last.flags)
                or (
                    _RANGE_AROUND_VERB.fullmatch(text, last.finish, mention.begin)
                    and not last.flags - {"relative", "day_only"}
                )
            )
            and last.weekday is None
            and last.end is None
            and last.duration_days is None
            and not mention.flags - {"day_only", "year:1", "month:1"}
            and mention.start_time is None
        ):
            last.end, last.finish = mention.start, mention.finish
            if "month:1" in mention.flags:  # '明日至下月8日': the last day in the month after the report's
                last.flags.add("end-month:1")
            continue
        if last is not None and _bracketed_runs(text, last, mention):
            last.end, last.finish = mention.end, mention.finish
            continue
        if (
            last is not None
            and (text[last.finish : mention.begin] in ("、", "和", "及") or _glossed_list(text, last, mention))
            and mention.flags - {"relative"} == {"day_only"}
            and mention.start_time is None
        ):
            end = mention.end or mention.start
            if end[2] > (last.end or last.start)[2]:
                last.end, last.finish = (last.start[0], last.start[1], end[2]), mention.finish
                continue
        joined.append(mention)
    return joined


def _bracketed_runs(text: str, last: DateMention, mention: DateMention) -> bool:
    """'一連兩周末(10月25日至27日;11月1日至3日)': the runs of one meeting listed in brackets, which lasts to
    the end of the last."""
    return (
        text[last.begin - 1 : last.begin] == "("
        and text[last.finish : mention.begin] in (";", "、")
        and text[mention.finish : mention.finish + 1] == ")"
        and last.end is not None
        and mention.end is not None
        and mention.start[1] is not None
        and not (last.flags | mention.flags) - {"day_only"}
    )


# '6月1日(农历四月廿五)至9日': the first day's lunar day in brackets, then the last day of the run
_LUNAR_GLOSS_THEN_TO = re.compile(rf"\((?:农历|阴历|夏历|旧历|正月|腊月)[^()]{{1,10}}\)[起始]?(?:{_TO})")
# '周六(13日)起至明年1月5日': a weekday's day in brackets, then the last day of the run
_GLOSSED_RANGE_BETWEEN = re.compile(rf"\)[起始]?(?:{_TO})")


def _glossed_day_runs_to(text: str, last: DateMention, mention: DateMention) -> bool:
    """A run from a day written in brackets after its weekday to a date with its month."""
    return (
        text[last.begin - 1 : last.begin] == "("
        and last.flags == {"day_only"}
        and mention.start[1] is not None
        and bool(_GLOSSED_RANGE_BETWEEN.fullmatch(text, last.finish, mention.begin))
    )


# '星期六(27日)、星期日(28日)及端午节当天(30日)': each day glossed in brackets after the word that names it
_GLOSSED_BETWEEN = re.compile(r"\)[、和及][^,。;:!?()]{0,8}?\(?")


def _glossed_list(text: str, last: DateMention, mention: DateMention) -> bool:
    """The next day in a list of days each in brackets after its weekday or holiday."""
    return (
        text[last.begin - 1 : last.begin] == "("
        and (text[mention.begin - 1 : mention.begin] == "(" or text.startswith(("当天(", "当日("), mention.begin))
        and bool(_GLOSSED_BETWEEN.fullmatch(text, last.finish, mention.begin))
    )


_RANGE_BETWEEN = re.compile(rf"[起始]?(?:{_TO})")  # "今天起至25日", "昨日始至十一月二日"
# '今(6)日起开议到12月4日', '8日起展出至5月1日', '從今天開始連續舉辦至26日': from the first day, the verb of the
# run, then its last day
_RANGE_AROUND_VERB = re.compile(
    r"(?:[起始]|开始)(?:连续|一连|持续)?(?:开议|举行|举办|进行|展出|开展|开放|登场|上演)(?:至|到)"
)
_END_TIME = re.compile(
    rf"(?:开幕|举行|开始|起)?(?:{_TO})(?P<next>次日|翌日|第二天)?"
    rf"(?P<tod>{PARTS_OF_DAY})?"
    rf"(?P<hh>{_N})[时点:∶](?:(?P<mm>{_N})分?|(?P<half>半))?"
)


_CLOCK = re.compile(
    rf"(?P<tod>{PARTS_OF_DAY})"
    rf"(?P<hh>{_N})[时点](?:(?P<mm>{_N})分?|(?P<half>半))?"
)


def clock_in(text: str, start: int, end: int) -> re.Match[str] | None:
    """A time of day said on its own ('早上9点30分,学校举行…'), with its part of the day."""
    return _CLOCK.search(text, start, end)


def clock_time(match: re.Match[str]) -> time | None:
    return _time(match)


_CLOSES = re.compile(r"结束|闭幕|止|散会|落幕")
_EVENING = time(18, 0)
SMALL_HOURS_END = time(6, 0)  # an evening that ends before this ran past midnight


def end_time_later(mention: DateMention, text: str, limit: int) -> None:
    """'上午9时在杭州开幕,至次日下午4时结束': an end time later in the sentence, said to be the end."""
    if mention.start_time is None or mention.end_time is not None:
        return
    for match in _END_TIME.finditer(text, mention.finish, limit):
        if _CLOSES.match(text, match.end()):
            _end_time(mention, text, match)
            return


def _end_time(mention: DateMention, text: str, match: re.Match[str] | None = None) -> None:
    """'上午9时至11时30分', '9時起至次日下午4時': the end time, and the next day when it says so."""
    adjacent = match is None
    match = match or _END_TIME.match(text, mention.finish)
    if match is None:
        return
    end = _time(match)
    if end is None:
        return
    start = mention.start_time
    if not match.group("tod") and start is not None and start.hour >= 12 and 0 < end.hour < 12:
        afternoon = end.replace(hour=end.hour + 12)
        end = afternoon if afternoon > start else end  # '下午2时至4时': the afternoon it began in ('晚上10时至1时' not)
    if match.group("next") or (
        mention.start_time is not None and mention.start_time >= _EVENING and end < SMALL_HOURS_END
    ):
        mention.flags.add("ends_next_day")  # '晚上10時至零時10分': past midnight, on the next day
    elif mention.start_time is not None and end <= mention.start_time:
        return
    mention.end_time = end
    if adjacent:
        mention.finish = match.end()


# '25号上午', '25號()上午9時', '3号(周五)', '4號(晚)': a bare number with 号, then a part of its day, is a
# day of the month
_PART_OF_DAY_AFTER = re.compile(
    r"\(?\)?(?:上午|下午|晚上|晚间|早上|中午|傍晚|凌晨|\((?:星期|周)[一二三四五六日天]\))"
    r"|\((?:晚|早|午|上午|下午|晚上|中午|傍晚)\)"  # '4號(晚)在東隆宮開幕': the part of the day in brackets
)


_NTH_DAY_BEFORE = re.compile(r"(?:[第每这那]|最后)$")


def _absolute(match: re.Match[str]) -> DateMention | None:
    day = chinese_number(match.group("d"))
    month = chinese_number(match.group("m")) if match.group("m") else None
    has_range = match.group("d2") is not None
    if not match.group("dsuf") and not has_range:
        return None
    if match.group("m") is None and match.group("rm") is None and not match.group("dsuf"):
        if not has_range:
            return None
    if (
        month is None
        and match.group("rm") is None
        and match.group("dsuf") == "号"
        and not _PART_OF_DAY_AFTER.match(match.string, match.end("dsuf"))
    ):
        return None  # '2号馆', '3号线': a number, not a day (but '将在25号上午9时…举行' is the 25th)
    if day is None or not 1 <= day <= 31 or (month is not None and not 1 <= month <= 12):
        return None
    if (
        month is None
        and match.group("rm") is None
        and _NTH_DAY_BEFORE.search(match.string, max(0, match.start() - 2), match.start())
    ):
        return None  # '第一日', '最後一日賽事': which day of a run, not a day of the month
    year = _year(match.group("y"), match.group("ry"))
    if match.group("roc"):
        year = int(match.group("roc")) + 1911
    if year is not None and month is None:
        return None
    mention = DateMention(match.start(), match.end(), (year, month, day))
    if month is None and match.group("rm") is None:
        mention.flags.add("day_only")
    if match.group("rm"):
        mention.flags.add(f"month:{_MONTH_OFFSET[match.group('rm')]}")
    if match.group("ry"):
        if month is None:
            return None  # '去年5日' names no day
        mention.flags.add(f"year:{_YEAR_OFFSET[match.group('ry')]}")
    if has_range:
        day2 = chinese_number(match.group("d2"))
        month2 = chinese_number(match.group("m2")) if match.group("m2") else None
        year2 = chinese_number(match.group("y2")) if match.group("y2") else None
        if match.group("roc2"):
            year2 = int(match.group("roc2")) + 1911
        if day2 is not None and 1 <= day2 <= 31 and (month2 is None or 1 <= month2 <= 12):
            if match.group("sep") in ("、", "和", "及") and day2 != day + 1:
                mention.finish = match.start("sep")
            else:
                mention.end = (year2, month2, day2)
                if match.group("rm2"):
                    mention.flags.add(f"end-month:{_MONTH_OFFSET[match.group('rm2')]}")
    mention.start_time = _time(match)
    return mention
