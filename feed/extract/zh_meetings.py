"""Meetings in Chinese text (either script), read from the Simplified working copy.

A meeting is a name ending in a meeting word (论坛, 博览会, 新闻发布会, 开幕式…)
with a day-precise date in the same clause. The name's left edge is found by
walking back to punctuation or a function word; the place is the gazetteer match
in the clause's '在…' phrase, else the city of a '…电' dateline. A sentence that
reports a dated event without naming it ('原定于六月九日至十三日在港举行')
refers to the article's main meeting.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextvars import ContextVar
from dataclasses import replace
from datetime import date, time, timedelta

from feed.extract.candidate import Candidate, PlaceMention, date_cue_kind, first_named_dated
from feed.extract.dates import (
    LONGEST_SHOW_DAYS,
    MONTH_DAY_AHEAD,
    DateMention,
    date_kind,
    resolve_mention,
    safe_date,
    year_sent_back,
)
from feed.extract.gazetteer import ABBREVIATIONS, Place, find_place, names_index
from feed.extract.series import provincial_capital, series_city
from feed.extract.words import inside_word
from feed.extract.working import WorkingText
from feed.extract.zh_dates import (
    DAYS_IT_RAN,
    DURATION,
    HOLIDAY_NIGHTS,
    MEETS_THE_PRESS,
    MEETS_THE_PRESS_WORDS,
    PARTS_OF_DAY,
    clock_in,
    clock_time,
    end_time_later,
    find_dates,
)
from feed.numerals import NUMERAL_CHARS, chinese_number
from feed.text import to_simplified

BARE_KINDS = (
    # '新書發表會', '成果發表會': Taiwan's word for a launch or a presentation of results; not '发表会议…'
    "新闻发布会|新闻发表会|发布会|发表会(?![议员长谈见])|记者会|记者招待会|吹风会|说明会|法说会|通气会|简报会|座谈会|研讨会|研讨活动|"
    "讨论会|恳谈会|"
    "高峰论坛|论坛|峰会|博览交易会|博览会|世园会|交易会|洽谈会|推介会|对接会|招商会|"
    # '校友大會餐': a banquet, no congress
    # '汽车展览会': a show's short word is no end of a name that goes on in 展览会, 展销会…
    # '最後一年會做好做滿', '明年會再辦': a span of years, then 會 (will); a year written in words holds an annual
    # meeting ('二〇二四年會'), and so does a word ending in 同, 全, 整 or 当 ('協同年會', '安全年會')
    "年(?<![今明去每几数多隔一两二三四五六七八九十]年)会|年(?<=(?:一九|二[〇○零0])[〇○零0一二三四五六七八九]{2}年)会|"
    "大会(?!舞(?!台)|餐)|会议|展览会|展销会|展售会|展示会|展会|书展(?![览销售示])|车展(?![览销售示])|旅展(?![览销售示])|电玩展|漫展|"
    "机床展(?![览销售示])|"
    "开幕式|闭幕式|开幕典礼|开幕仪式|开馆仪式|典礼|仪式|"
    "大(?<!乐大)典|祭典|收获祭|丰年祭|旅游节|"  # not the book 永乐大典
    "音乐祭|艺术祭|"  # Taiwan's word for a festival: '貢寮國際海洋音樂祭'
    "花(?<![烟火]花)祭|"  # '…縣桐花祭', '櫻花祭': a flower festival (not '花火祭', fireworks, nor '祭花')
    "庆典(?!礼)|"  # '十一周年慶典': not the 庆 of '国庆典礼'
    "合作对接活动|"  # '吉林省与北京市合作对接活动在北京举行': two governments meet to match projects
    "产业文化活动|"  # '…柚香產業文化活動': a Taiwan township's festival of its farm produce
    # '专家对谈沙龙', '读书沙龙': a salon of talks; '美发沙龙' is a shop, '沙龙照' a photo
    "沙(?<![发容甲体]沙)龙(?![照店馆])|"
    "讲坛|讲座|演讲会|演说会|报告会|酒会|招待会|晚会|晚宴|午宴|宴会(?!厅)|餐会(?!厅)|联欢会|音乐会|演唱会|运动会|马拉松接力赛|马拉松赛|马拉松|颁奖礼|嘉年华|音乐节|电影节|艺术节|艺术季|艺文季(?!刊)|文化节|"
    "园游会|游园会|购车节|风筝节|风筝会|冰雪节|灯会|庙会|会晤|对话会|"
    # '活動周邊道路', '電影周邊商品': 周边 is what is around it (or goods made of it), no week
    "活动周(?![边遭围])|文化周(?![边遭围])|时装周(?![边遭围])|设计周(?![边遭围])|艺术周(?![边遭围])|电影周(?![边遭围])|"
    "汇演|开放日|体验日|同乐日|缤纷日|野餐日|"
    "专题展|特展|巡展|作品展|成就展|书画展|摄影展|艺术展|精品展|回顾展|展览(?![中馆会厅室品区]|节目|项目|内容)|"
    "工作会|推进会|现场会|动员会|部署会|调度会|交流会|见面会|分享会|茶话会|联谊会|团拜会|表彰会|誓师会|"
    # '示例市第十三次党代会', '经济形势分析会', '…项目建设汇报会', '…协调会': government and party sittings
    "党代会|分析会|汇报会|协调会|"
    "观摩会|宣讲会|培训会|评审会|审查会|论证会|听证会|通报会|务虚会|首展|主题展览|主题展|那达慕|大展(?![身宏鸿拳])|招聘会|双选会|"
    "主管会报|团拜(?!会)|"  # Taiwan's heads-of-departments meeting; '新春团拜'
    "订货会|选拔赛|"  # a trade fair where buyers place orders; a contest that picks a team
    "锦标赛|大奖赛|公开赛|邀请赛|资格赛|龙舟赛|路跑|挑战赛|总决赛|争霸赛|对抗赛|大赛车|大赛|大师赛|精英赛|帆船赛|自行车赛(?!道)|公路赛(?!道)|"
    # '中職總冠軍賽', '…全明星賽', '…扯鈴觀摩賽', '…鐵人三項賽': a final series, an all-star game, a showcase, a race
    "冠军赛|全明星赛|观摩赛|铁人三项赛|"
    "拍卖会|"  # '第一鮪拍賣會…在魚市場舉行': bidders gather for an auction
    "启动礼|揭幕礼|剪彩礼|奠基礼|签约活动|法(?<![立司执宪护]法)会|绕境|"  # '…大法会', '媽祖遶境': religious gatherings
    "神功戏|酬神戏|神功宴|"  # Hong Kong's and Macau's opera and banquet for a deity's birthday
    "盂兰胜会|"  # '…街坊盂蘭勝會': a Hong Kong neighbourhood's Yu Lan rites for the seventh lunar month
    # '聯合追思公祭', '追思公祭': a public memorial service, where mourners gather
    "追思公祭|联合公祭|"
    # '年货大集', '美食市集': a market fair; '大集团', '超市集团' are groups
    "大集(?![团中成体合结市])|市(?<![超城都股门夜]市)集(?![团中成体合结群资散聚])"
)
# '广交会', '农交会' (not '东路与北街交会口', where two roads meet)
_LOOSE_KIND = re.compile(r"[\u4e00-\u9fff]{1,2}(?:博会|交会(?![处口点])|洽会|贸会)")
# '七一升旗禮', '代表團授旗禮', '亮燈禮', '開球禮' (a match's kick-off): Hong Kong's and Macau's ceremonies named
# by the act and 禮 alone
_ACT_AND_RITE = r"礼(?<=(?:升旗|授旗|授勋|亮灯|揭牌|动土|结业|毕业|开球)礼)(?![物品服堂貌仪])"
_RITE_OF_AN_ACT = re.compile(_ACT_AND_RITE)
_ENDS_IN_KIND = re.compile(rf"(?:{BARE_KINDS}|{_ACT_AND_RITE})[”」』\"]?$")
# '經發局將舉辦第四次台中市經濟發展諮詢委員會': a committee's numbered sitting, named as the committee (Taiwan)
_SITTING_OF_A_COMMITTEE = re.compile(rf"(?:召开|举行|举办)第[{NUMERAL_CHARS}\d]{{1,3}}次[\u4e00-\u9fff]{{2,16}}$")
_MANY_EDITIONS = re.compile(r"历届|每届|各届|历年|每年|各类|各种")  # '出席历届开学典礼和毕业典礼': none on one day
# Every kind after the loose one is written from the character it consumes first, a lookbehind after that
# character ('理(?<=次理)事会' for '(?<=次)理事会'), so that _FIXED_KIND's scan can skip to those characters
_HAN = r"[\u4e00-\u9fff]"
_QUOTE_CLOSES = r"[”」』\"]"


def _preceded(before: str, word: str) -> str:
    """`word` where `before` stands before it, as a pattern that starts with the word's first character."""
    return f"{word[0]}(?<={before}{word[0]}){word[1:]}"


# '…采冰节即将登场', '…艺术节隆重开幕', '…文化节圆满落幕': the verb after it; '…采冰节上的一幕': what went on at it
_THEMED_KIND_ENDS = (
    # '…光節—空山祭': a dash, then the edition's own name after it
    r"(?=[在于将举开已今昨明前本下周即正隆盛落闭启登拉圆上暨,。、;)”」』》\s0-9〇零一二三四五六七八九十廿卅—]"
    r"|(?:系列)?活动|[(（][A-Z]|$"  # '首届…杜鹃花节活动举办时间为…': the festival's programme is the festival
    r"|[A-Z]{2,}(?![A-Za-z])"  # '…電腦展COMPUTEX 2022今日開幕': its Latin name in capitals, joined to it
    r"|[(（](?:以下|下文)?(?:简称|下称)"  # '…商品展(以下简称“…”)': the short name it goes by after
    r"|原[定订计本]"  # '…美食博覽原定今日起…舉行': the plan it had
    r"|[定订拟]于|(?:计划|预[定计订])[于在]"  # '…航展计划于11月12日…举行', '…藝術節預定於…': the plan it has
    r"|[(（][\u4e00-\u9fff]{2,3}[)）][-—–]?[”」』A-Z\d])"  # '“…服務展(澳門)-2017 PLPEX”': its city's edition
)
# '台商春節聯誼活動', '舉辦台商端午座談': a yearly gathering named by the holiday it is held for
_HOLIDAY_GATHERING = "春节|新春|端午|中秋|秋节|元宵|圣诞|年终"
_MORE_KINDS = (
    # '二十届三中全会', '省委十三届九次全会': a party committee's numbered plenary session
    _preceded(f"[{NUMERAL_CHARS}]中", "全会"),
    _preceded("次", "全会"),
    # '二届八次理事会': a sitting of the council, not the council
    _preceded("次", "常务(?:理事会|董事会|监事会)"),
    *(_preceded("次", word) for word in ("理事会", "董事会", "监事会")),
    # '縣議會第17屆第5次定期會', '縣議會臨時會今天開議': a Taiwan council's regular or extra session
    r"定(?:(?<=次定)|(?<=议会定))期会(?![议员长期])",
    r"临(?:(?<=次临)|(?<=议会临))时会(?![议员长期])",
    _ACT_AND_RITE,
    r"院(?:(?<=[院”」』]院)|(?<=行政院))会",  # '立法院院會', '“立法院”院會', '行政院會': a Yuan's plenary sitting
    _preceded("新", "会期(?=[^,。;]{0,8}开议)"),  # '立法院新會期今日開議': a legislature's session opens
    # '第8届示例服务奖今(15)日于台北颁奖': a prize given on its day is its ceremony
    _preceded(
        _HAN,
        rf"奖(?=(?:今|昨|明|本月|\d|[{NUMERAL_CHARS}]{{1,3}}[日月])[^,。;]{{0,18}}?颁奖(?!典礼|仪式|礼|晚会))",
    ),
    # '「…周年」活动今日举行', '“畅游一夏”主题推广活动': a quoted name makes an event of it
    *(
        _preceded(_QUOTE_CLOSES, f"{word}活动")
        for word in (
            "主题(?:推广)?",
            "推广",
            "宣传",
            "专题",
            "快闪(?:展售|展销|促销)?",
            "展(?:售|销)",
            "促销",
            "焰火",  # '「光輝國慶…」焰火活動': a named fireworks show
            "烟火",
            "",
        )
    ),
    _preceded(_HAN, f"推广活动(?={_QUOTE_CLOSES})"),  # '“…——里斯本示例推广活动”于…举行': a quoted roadshow
    _preceded(_HAN, f"之夜(?={_QUOTE_CLOSES})"),  # '「…金曲之夜」': a quoted gala night
    _preceded(_HAN, f"座谈(?={_QUOTE_CLOSES})"),  # '进行一场「焦点座谈」': a quoted panel talk
    _preceded(f"(?:{_HOLIDAY_GATHERING})", "座谈(?!会)"),  # '舉辦台商端午座談': a panel held for the holiday
    _preceded(_HAN, f"表演(?={_QUOTE_CLOSES})"),  # '“慶祝…廿五周年煙花表演”': a quoted named show
    _preceded(_HAN, f"比赛(?={_QUOTE_CLOSES})"),  # '“第一屆示例學生朗誦比賽”決賽': a quoted named contest
    # '第二届示例长跑比赛在…起跑': an unquoted contest with its edition or year (checked where it is found), right
    # before where or when it is held
    _preceded(_HAN, "比赛(?=[在于]|正式|隆重|举行|举办|开幕|开赛|开跑|起跑|鸣枪|落幕|闭幕)"),
    # '“中国-东盟省市长对话”将于4月19日举行': a quoted name that ends in 对话 is a dialogue meeting
    _preceded(_HAN, f"对话(?={_QUOTE_CLOSES})"),
    _preceded(_HAN, r"周(?=[在于将举开已今昨明前本下暨,。、;)”」』》\s]|$)"),
    # '国际电脑展(COMPUTEX)今天开幕': an acronym in brackets may follow the name; '香港国际七人榄球赛': a tournament
    *(_preceded(_HAN, word + _THEMED_KIND_ENDS) for word in ("节", "展", "杯", "博览", "球赛")),
    # '第24届洛阳牡丹花会在…开幕': a flower fair, themed like a festival (not '樱花会在3月盛开', the blossom will)
    _preceded(_HAN, "花会" + _THEMED_KIND_ENDS),
    # '…飄色會景巡遊', '花车巡游', '夜光巡遊': a parade of its own; '舞狮队在街头巡游' only goes round the streets
    *(_preceded(before, "巡游(?![队伍路线至到经过于在])") for before in ("会景", "花车", "彩车", "飘色", "夜光", "大")),
    _preceded(_HAN, "活动"),  # '2010示例寻宝活动': an activity named with its year (_named_activity)
    _preceded(_HAN, f"会(?={_QUOTE_CLOSES})"),  # '「2018示例群英会」': a quoted gathering with its year
    _preceded(_HAN, "委员会(?![会议员])"),  # '舉辦第四次…諮詢委員會': a sitting (_SITTING_OF_A_COMMITTEE)
    *MEETS_THE_PRESS_WORDS,
    # '舉行「Harbour Chill Carnival」': a quoted English name that ends in its kind, in a Chinese sentence
    *(
        _preceded("[A-Za-z0-9] ", f"{word}(?={_QUOTE_CLOSES})")
        for word in ("Carnival", "Festival", "Expo", "Fair", "Summit", "Forum", "Conference")
    ),
)
KINDS = "|".join((BARE_KINDS, _LOOSE_KIND.pattern, *_MORE_KINDS))
# '动漫节', '国际食品展': a festival or show named by its theme, only with an edition, a year or '国际'
# before it, never a holiday ('春节') or a word that ends in the same character ('环节', '发展'); so is a road
# run ('第4届…公益路跑'), whose bare word ('路跑活动由县长鸣笛开跑') names no run of its own, and a Hong Kong
# themed expo ('第35屆美食博覽')
_THEMED_KIND = ("节", "展", "周", "杯", "博览", "路跑", "球赛", "花会")
_NOT_THEMED_BEFORE = set(
    "春宵明午秋阳庆动童女师诞夕八恩活军树士者亲母环细季章关调情礼音脱过佳时发进开拓扩伸施延推招参布撤观看办策会巡"
)
# '「…閱讀生活節」', '…國際生活展': a festival or show of a way of life; the 活 kept out is Easter's ('复活节')
_LIFE_THEME = re.compile(r"生活(?:节|展)")
# '…中心正式展开', '展示', '展现': the verb, not an exhibition ('…展开幕' and '…展开馆' are one)
_SHOW_OF_ZHAN = re.compile(r"演(?!出)")  # '…艺术展演' (not '…书画展演出活动', a show at the exhibition)
_VERB_OF_ZHAN = re.compile(r"开(?!幕|馆|园|放|展|张|启|工)|示|现|望")
_NOT_A_WEEK_BEFORE = set("本上下每一二两三四五六七八九十数几当同整半首前后")  # '本周', '一周': a week
_NTH_EDITION = rf"第[{NUMERAL_CHARS}]{{1,3}}届|首届"  # '第五届', '首届': which time a series meets
# '「…博覽會」與第33屆…', '…博览会与2025…': 与 between a quoted meeting or before one with its edition
_SECOND_OF_TWO = re.compile(rf"[”」』\"]与|.与(?:{_NTH_EDITION}|\d{{4}}年?)")
# '第七届浙洽会第四届消博会隆重开幕', '第十届示例车展第三届示例茶博会': two meetings, each led by its own edition,
# written back to back with nothing between them (not '第十届…论坛第二次全体会议', a sitting of the forum)
_EDITION_AT = re.compile(_NTH_EDITION)
_EDITION_LED_MEETING_BEFORE = re.compile(
    rf"(?:{_NTH_EDITION})[^,。;:!?、\s“”「」『』()]{{1,24}}?"
    rf"(?:{BARE_KINDS}|{_ACT_AND_RITE}|博会|交会|洽会|贸会|节|展)[”」』\"]?$"
)
# '第20届示例冰雪节第5届冰雕比赛': a numbered contest written straight after a festival's name is one of its events
# (the festival's Nth contest), one name with it
_CONTEST_AT = re.compile(r"(?:锦标|比|大|邀请|联)?赛")


def _contest_of_a_festival(text: str, edition: int, kind_start: int) -> bool:
    """The name from `edition` on is a contest (its kind at `kind_start`) and the name before it a festival's."""
    return bool(_CONTEST_AT.match(text, kind_start)) and text[edition - 1] in "节会"


_ANNUAL = re.compile(r"(?:一年一度|每年一度)的?$")
_CONTEST_OF_A_SERIES = re.compile(rf"{_NTH_EDITION}|(?:19|20)\d{{2}}")
# a year written in Chinese numerals, as Taiwan, Hong Kong and Macau papers do ('二〇二三', '二○二三', '二0二五')
_WRITTEN_YEAR = "(?:一九|二[〇○零0])[〇○零0一二三四五六七八九]{2}"
# ('河南省第24届…花会': its province before the edition)
_THEMED_NAME = re.compile(
    rf"^(?:[\u4e00-\u9fff]{{1,3}}省)?(?:{_NTH_EDITION}|\d{{4}}年?|{_WRITTEN_YEAR}年?)|国际|[“「『《]"
)
_YEAR_CLOSES_NAME = re.compile(r"(?:19|20)\d{2}[”」』》\"]")
_LATIN_NAME_AFTER = re.compile(r"[(（][A-Z]")  # '智慧显示展(Touch Taiwan 2019)': the show's own name in brackets


def _initials(alternatives: str) -> str:
    """The characters the words of a pattern of alternative Chinese words begin with (a lookbehind skipped)."""
    words = [re.sub(r"^\(\?<[=!][^)]*\)", "", alternative) for alternative in alternatives.split("|")]
    initials = "".join(sorted({word[0] for word in words}))
    if not all("\u4e00" <= initial <= "\u9fff" for initial in initials):
        raise ValueError(f"not a word: {initials!r}")
    return initials


# KINDS behind a test of what a kind begins with (a bare kind's first character, another kind's, a loose kind):
# where none can begin, one test instead of one for each of the 200 alternatives
_KIND_INITIALS = _initials(BARE_KINDS) + "".join(sorted({kind[0] for kind in _MORE_KINDS}))
KIND = re.compile(rf"(?=[{_KIND_INITIALS}]|{_LOOSE_KIND.pattern})(?:{KINDS})")
# KINDS but the loose kind: every alternative starts with a character (the comment above KINDS), so that the
# compiled pattern skips in C to where one of them stands instead of trying each kind at every character
_FIXED_KIND = re.compile("|".join((BARE_KINDS, *_MORE_KINDS)))
_LOOSE_KIND_END = re.compile("[博交洽贸]会")
OPENING_WORD = re.compile(r"开幕式|开幕典礼|开幕仪式|开幕礼")
_OPENING_SITE = re.compile(r"主会场|会场|场馆|场地|舞台")  # '…开幕式主会场前的绿雕': a place, not the opening
# '…年会开幕典礼' is the 年会 on its first day; '…论坛闭幕式' the 论坛 on its last (the word after the name says which)
_CEREMONY = rf"(?:{OPENING_WORD.pattern}|闭幕式|闭幕典礼|闭幕仪式)"
_CEREMONY_OF_MEETING = re.compile(rf"^(?P<meeting>.{{2,}}(?:{KINDS})[”」』》\"]?){_CEREMONY}$")
# the end _CEREMONY_OF_MEETING needs, tested first: the whole pattern tries every kind at every character
_ENDS_IN_CEREMONY = re.compile(rf"{_CEREMONY}$")
_DETERMINER = r"(?:本届|今届|本次|此次|这次|今次|该|今年|今年的|首场|这场|本场|该场|此场|此届|上述|其)?"
# A bare meeting word ('本届论坛', '研讨会') only refers back to the article's main meeting.
_REFERENCE = re.compile(
    rf"^{_DETERMINER}(?:第[{NUMERAL_CHARS}]{{1,3}}届|\d{{4}}年度?)?"
    # '第十四届全国运动会' is the National Games by name
    r"(?:国际|全国性?(?!运动会$)|大型|重要|高端|高层次|年度|首次|专题|相关|各类|各项|系列|双边|多边|最大规模的?)*"
    rf"(?:{BARE_KINDS}|典礼仪式|活动|盛会|会)$"  # '串连表演节目以及典礼仪式': the ceremony's rites, no name
)
# ',就《政府工作报告》及…征求各民主党派…的意见': the document a consultation asks views on, after the bare meeting
_CONSULTED_ON = re.compile(
    r",就(?P<topic>《[^》,。;]{2,30}》(?:[及和与][^,。;《》]{1,24}?)?)(?:\([^()]{1,8}\))?,?"
    r"(?:向[^,。;]{1,24}?|广泛)?(?P<verb>征求|听取)[^,。;]{0,40}?意见"
)
_BARE_CONSULTATION = re.compile(r"(?:专题|征求意见)?(?:座谈会|会议|协商会|恳谈会)")
# a games or a festival called by its bare word ('运动会开幕式'): the opening of the one the text names
_BARE_SHOW = "运动会|艺术节|文化节|旅游节|音乐节|电影节"
# Parts of the main meeting: events of their own when they fall on another day.
_SUB_EVENT = re.compile(
    rf"^{_DETERMINER}(?:论坛|年会|大会|博览会|峰会|展会|交易会|洽谈会|研讨会|{_BARE_SHOW}){{0,2}}"
    r"(?:论坛大会|分论坛|平行论坛|开幕式|闭幕式|开幕典礼|闭幕典礼|开幕仪式|闭幕仪式|开幕晚会|闭幕晚会|开馆仪式|签约仪式|"
    r"(?:开幕|闭幕|展前)?(?:新闻发布会|发布会|记者会|新闻简报会)|吹风会|会前新闻发布会|颁奖(?:典礼|仪式|礼|晚会))$"
)
_OTHER_YEARS_EDITION = re.compile(r"去年|前年|明年")  # before a bare '峰会': that year's edition
_OTHER_YEARS_BEFORE = re.compile(r"[去前明]年的?$")
_LAST_EDITION = re.compile(r"(?:^|[比较与和同跟])(?:上一?届|往届|前一届)的?")
_DETERMINERS = re.compile(r"^(?:本届|今届|本次|此次|这次|今次|该|本场|该场|这场|此场|此届|上述)")
# '今年度第1次会议': 今年度 is the sitting's own year (a body's year of sittings), not the determiner 今年 before 度
_INNER_DETERMINER = re.compile(r"本届|今届|本次|此次|这次|今次|本场|该场|这场|此场|此届|今年(?!度)")
_AS_A = re.compile(r"(?:^|[,。;:])作为[^,。;:]*的$")
_CAN_HOST = re.compile(r"(?:适合|适宜|可供|可以|能够|足以|可)(?:举办|举行|承办|容纳)$")
# '業者傾向不舉辦實體開賣儀式', '今年不會舉行開幕典禮': a meeting that is not held at all, on no day (not '不再舉辦',
# which calls off a series, _CANCELLED; not '不得不舉辦', nor '不辦理報名的…說明會'); searched on a short window
# before the name
_NOT_HELD = r"(?:不(?<!得不)|没有?)(?:会|拟|打算|准备|计划|特别)?(?:举办|举行|召开|办(?![理法公]))"
_NOT_HELD_BEFORE = re.compile(_NOT_HELD + r"[^,。;:!?]{0,16}$")
_NOT_HELD_IN_NAME = re.compile(_NOT_HELD)  # '示例公司8日不辦實體發表會': the name's edge fell before it
# '除了…、…马拉松外,': the names a clause sets aside before its own subject
_EXCEPTED_BEFORE = re.compile(r"(?<![排消解清拆删切免扫剔])除(?:了|去)?(?!夕)[^,。;:]*$")
# '除了A、B及C外,': every item of the list up to its '外', not only the last
_EXCEPTED_AFTER = re.compile(r"(?:[”」』》\"]?(?:、|及|和|与)[^,。;:!?]{0,40}?)?[”」』》\"]?(?:以)?外(?:,|还|也)")
_AS_THE = re.compile(r"作为[“「『《\"]?$")
_ONE_OF_WHICH = re.compile(r"[”」』》\"]?[^,。;:!?、]{0,10}之一的")
# '…不僅是全國知名慶典之一', '被誉为三大节庆之一': a kind said of the subject ('one of the …'), no meeting's name
_ONE_OF_A_KIND = re.compile(r"[”」』\"]?之一(?!的)")
_COPULA_BEFORE = re.compile(r"(?:是|为|成为|列为|堪称|誉为)[^,。;:!?“「『]{0,10}$")
# '…进口展…将成为中国西部规模最大的专业进口展会。': the superlative kind said of the subject, ending the clause, no
# meeting's name (not '被誉为…最美…的X节—…', a name described before it)
_SUPERLATIVE_SAID = re.compile(
    r"(?<!被)(?:是|为|成为|堪称)[^,。;:!?“「『]{0,16}?(?:最|唯一|首个|第一个)[^,。;:!?“「『]{0,8}的$"
)
_PRIZE_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:金牌|银牌|铜牌|冠军|亚军|季军|奖牌|金奖|银奖|铜奖)")
_WON_AT = re.compile(r"(?:获|获得|夺得|摘得|赢得|荣获|夺|摘)$")  # after the name's left edge, _LEFT_BOUNDARIES
# '…联谊会9月20日晚于…举行“…就职典礼”', '…联谊会昨晚举行中秋晚宴': the club holds what comes after the verb
# ('…联谊会前晚举行期间' is the club's party itself, while it went on)
_HOLDS_SOMETHING = re.compile(
    r"[^,。;:!?“「『\"]{0,24}?(?:举行|举办)了?(?!了|期间|时|前|后|之际|当天|当日|完毕|结束)[“「『\"\u4e00-\u9fff]"
)
# '…联谊会五月二十八日由会长偕同…拜会…办事处', '…联谊会于去年十一月十一日成立': the club calls on someone or
# was founded that day, no meeting of its own
_CALLS_ON = re.compile(
    r"[^,。;:!?举召]{0,40}?(?:拜会|拜访|探访|参访|走访|慰问|成立(?![\d一二三四五六七八九十两百]|大会|典礼|仪式|庆典))"
)
_ONE_OF_THEM = re.compile(r"其中[“「『\"]?$")
# '賽事組委會', '大会组委会': the organisers, maybe of 'the race' or 'the meeting', not a body with a name of its own
_THE_ORGANISERS = re.compile(r"(?:赛事|大会|活动|展会)?(?:主办机构|主办方|主办单位|承办方|组委会|筹委会|执委会)|大会")
_BARE_NAME_LENGTH = 6  # '庆祝晚会', '新春团拜会': a kind and a word on it, no name of its own
_HOLDS_NEXT = re.compile(r"(?:举行|举办|召开|主办|承办)的[^,。;:!?]{0,12}$")
# '在为期三天的文化旅游节期间': a run of days given for the meeting the words after it name
_RUN_OF_IT = re.compile(rf"{DURATION.pattern}的[\u4e00-\u9fff]{{0,4}}$")
# '自十月十九日起将举办一系列活动,包括…研讨会、…回顾展': the day the series begins, not each listed meeting's
# ('接下來縣府還有一波波活動,包括…': what comes next, on days of its own)
_SERIES_LISTING = re.compile(
    r"(?:系列[\u4e00-\u9fff]{0,4}|一波波|一连串|接下来[^,。;]{0,8}?)活动[^。;]{0,6}?(?:包括|包含)"
)
# '恰逢“九八”投洽会和中秋佳节,…今起举办首届…市民节': the occasion it coincides with, not dated by what follows
_OCCASION_BEFORE = re.compile(r"(?:恰逢|适逢|正逢|时逢|欣逢|喜逢|恰值|适值|时值)[“「『\"]?$")
# '…介绍「…」活动', '就第八届…文博会筹备情况进行座谈': what is presented or talked over, not held then
# '公布今年…音樂會的場次': the year of the edition may come between
_TOPIC_OF = re.compile(r"(?:(?:介绍|推介|讲解|解读|公布)了?|就)(?:今年|本届|今届|明年)?的?[“「『\"]?$")
# '介绍第四届…旅游节暨…系列活动筹备情况': how it is being prepared, the topic of that day, not its own day; and
# '公布今年…音樂會的場次': the days and places of its shows, announced that day
_PREPARATIONS_OF = re.compile(r"[^,。;]{0,24}?(?:筹备|筹办|情况|安排|事宜|日程|场次|时间表|时程)")
# a verb that begins a noun: '主办方' (who organises), '筹办情况' (how it is prepared)
_VERB_AS_NOUN = re.compile(r"(?:主|承|协|举)办(?:方|单位)|(?:筹办|筹备|举办|召开|举行)(?:工作)?情况")
_BY_VIDEO = re.compile(r"视频会议|视讯会议|电视电话会议|视频连线会议|网络会议|线上会议|云会议")
# '…论坛通过在线方式举行', '…研讨会以线上形式召开', '…年会在线上举办': held over the internet, in no city (not
# '线上线下结合', which meets somewhere too)
_HELD_ONLINE = re.compile(
    r"[”」』》\"]?(?:[^,。;:!?]{0,12}?(?:通过|以|采取|采用)了?(?:在线|线上|网上|网络|云端|云上|视频)(?:会议)?的?(?:方式|形式)"
    r"|[^,。;:!?]{0,4}?在?(?:在线|线上|云端|云上|网上))(?:举行|举办|召开|进行)"
)
_REPORTED_ON_AT = re.compile(r"(?:\([^()]{1,12}\))?[^,。;:()]{0,6}?情况的?(?:新闻发布会|发布会|记者会|吹风会|通气会)")
_HOLDS_ITS_OWN = re.compile(
    r"(?:在[^,。;:!?]{2,16}?)?(?:举行|举办|召开)了?"
)  # '…人大二次会议举行第一场新闻发布会': the session holds it
# '…博览会、…峰会闭幕新闻发布会': the list's last word is for every item, and the day is that press conference's
_FOR_THE_LIST = re.compile(
    r"(?:闭幕式|闭幕仪式|(?:闭幕|联合)?(?:新闻发布会|记者会|发布会|吹风会|简报会)|签约仪式|颁奖(?:典礼|仪式))$"
)
_DURING_SERIES = re.compile(r"(?P<meeting>[^,。;]{2,20}?)期间")
_BROADCAST_BEFORE = re.compile(r"(?:播映|播出|重播|播放|首播)[“「『《\"]?$")
_ENTRIES_OPEN_AFTER = re.compile(r"[^。;]{0,40}?(?:开始|接受|开放|启动|截止)(?:接受)?(?:网上)?报名")
# '…马拉松报名启动': its entries open; '…论坛征稿将于5月14日截止', '…音乐节门票5月14日开售': its call for
# papers and its ticket sales, on days of their own
# '…峰会筹备会议5月8日召开', '…峰会总结表彰大会', '…峰会开幕倒计时30天', '…论坛宣传推介会在北京举行': a meeting
# before or after it, promoting it, or the days still to go, on a day of its own
_PREPARING = re.compile(
    r"(?:之夜)?的?(?:布展|撤展|筹备工作|搭建|(?:总|带妆|最后)?(?:彩排|排练)|报名|征稿|投稿|征文|论文征集|门票|售票|开票|购票"
    r"|(?:第[一二三四五六七八九十\d]{1,3}次)?(?:筹备会|筹备委员会会议|总结(?:表彰)?(?:大)?会)"
    r"|(?:开幕|开幕式|举办|召开)?倒计时|(?:宣传|专场)?推介会|宣介会)"
)
# '…运动会开幕式5日下午进行带装带机彩排': a rehearsal of it, in its clause after its name, on a day before it
_REHEARSED_AFTER = re.compile(r"[^,。;:!?]{0,16}?(?:进行|举行|开展)了?[^,。;:!?]{0,8}?(?:(?<!精)彩排|排练|预演)(?!球)")
_BEFORE_IT = re.compile(r"前(?![往进景列身任夕后所天日年晚])")
_SEEN_THERE = re.compile(r"[上里内]?(?:可以|可|就能|能|将可)?(?:看到|看见|见到|欣赏到|参观到|体验到)")
_AT_ITS_GATE = re.compile(r"(?:入口|出口|门口|大门)处?")
_MARKET_GONE_TO = re.compile(r"赶[\u4e00-\u9fff]{0,6}集$")  # '市民来赶南杨大集': a market day, as every week
_MONTH_ONLY_BEFORE = re.compile(
    r"(?<![\d年])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|中旬|下旬|上旬|底|初)?(?:[在于][^，,。；;]{1,8}?)?"
    r"(?:举办|举行|召开|登场|开幕)的[“「『《\"]?$"
)
# '接著還有11月「…展」、明年1月的「…博覽會」': the month each is held in, right before its quoted name
_MONTH_OF_IT = re.compile(
    r"(?<![\d年月日])(?:明年|今年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|中旬|下旬|上旬|底|初)?的?[“「『《\"]$"
)
_MONTH_ONLY_AFTER = re.compile(
    r"[”」』》\"]?[^,。;:!?\d]{0,6}?[于在](?<![\d年])(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:份|中旬|下旬|上旬|底|初)"
)
# '澳门格兰披治大赛车将于下周举行,组委会前日(11月12日)举行开幕仪式': its own time is a week, no day
_WEEK_ONLY_AFTER = re.compile(
    r"[”」』》\"]?(?:将|会|将会|亦将)?[于在]?(?:下周|下星期|下个星期|下礼拜|下月|下个月)(?![一二三四五六七八九十廿卅日天])"
    r"(?:[^,。;:!?\d]{0,8}?)(?:举行|举办|召开|登场|开幕|开锣)"
)
_PARTNER_AFTER = re.compile(r"[”」』\"]?(?:合作|携手|联手)")
_WITH_BEFORE = re.compile(r"[与和同跟]")
_HOSTING_RIGHTS = re.compile(r"[^。，,;；!?]{0,60}?(?:举办权|主办权|承办权)")
_BID_FOR = re.compile(r"争取[“「『]?$")
# '為即將登場的…博覽會暖身,今天舉辦…': a warm-up for a meeting still to come, which is on no day of this clause
_WARM_UP_FOR = re.compile(r"为(?:即将|将)?[^,。;:!?]{0,30}?(?:暖身|热身|预热|造势)")
# '在即将迎来国庆之际,…论坛在北京召开': the occasion still to come sets no tense of the meeting held then
_OCCASION_TO_COME = re.compile(r"(?:在|值此|正值)[^,。;:!?]{0,16}?(?:即将|将要)[^,。;:!?]{0,24}?之际")
_WARM_UP = re.compile(r"暖身|热身|预热|造势")  # looked for first: _WARM_UP_FOR tries every '为
_YEARLY_EVENT_OF = re.compile(r"[”」』]?(?:为|是)[^,。;:!?]{0,10}?(?:一年一度|每年一度|年度)[之的]?(?:盛事|盛会)[,。;]")
_HERE_AFTER = re.compile(r"[”」』]?(?:在此|于此)(?:上演|举行|举办|展开|登场|进行)")
_TO_BE_HOSTED = re.compile(r"[”」』]?(?:在|于|落户|移师|[^,。;:!?]{0,8}?(?:举办|举行|主办|承办|落户))")
_POSTED_ON = re.compile(r"上?(?:发帖|发布帖|发表帖|跟帖|网帖|贴出|留言)")  # '网友在当地论坛上发布帖称': a web forum
# a body named after its meeting, its place in brackets or not: '…国际会议(广州)组委会召开新闻发布会'
_ORGANISATION = re.compile(
    r"(?:\([\u4e00-\u9fff]{1,4}\))?[\u4e00-\u9fff]{0,4}(?:代表处|秘书处|组委会|执委会|筹委会|官网|网站|主席|秘书长|理事会|新闻中心|媒体中心|"
    r"基金会|大中华区|总部|办公室|协会|委员会)"
    r"|(?:\([\u4e00-\u9fff]{1,4}\))?成立[\d一二三四五六七八九十两]{1,3}(?:周年|年)"  # '中葡论坛(澳门)成立二十周年'
    r"|(?:筹备)?组(?![织成建合])"  # '…文博会论坛会议组', '…峰会筹备组': the working group of a meeting
    # '…理事长联谊会总召集人陈永丰': an office in a body, so the 联谊会 is the body
    r"|(?:总|副|常务副)?(?:召集人|会长|理事长|总干事|董事长|执行长)"
    r"|(?:股份)?有限(?:责任)?公司|报社"  # '示例博览会有限公司…召开股东大会': a company named after a fair
)
# '相關資訊可上「示例兒童藝術節」官方臉書查詢', '…音樂祭粉絲專頁': the page or account named after a meeting, where
# readers look it up; it says nothing of the meeting on a day (the day of the sentence before is not its own)
_ITS_PAGE = re.compile(
    r"[”」』》\"]?(?:的)?(?:官方)?(?:脸书|面书|网站|网页|官网|粉丝专页|粉丝团|专页|社群|帐号|账号|公众号|微信公众号|微博|"
    r"(?i:facebook|instagram|ig|line|app)(?![a-z]))"
)
# '这4个展览', '超过30摊市集', '逾百档展览': a number of things counted, approximately; '10多家首展参展商': the
# companies counted, then what they are; '2地烏魚文化節': places, each with its festival
_ABOUT = r"(?:这|那|上述|超过|逾|近|约|多达)?"
_COUNTERS = "场个项类批轮种摊档家"
_COUNTED = rf"(?:[二三四五六七八九十百\d][0-9〇零一二两三四五六七八九十百]*(?:多|余)?[{_COUNTERS}]|\d{{1,2}}地)"
_QUANTIFIED = re.compile(
    r"^(?:(?:多|数|几|两|各|每)[场个次项类批届轮种]|若干|一系列|系列|一批|所有|历届|历次|各种各样的?|各式各样的?"
    # '五个分论坛' counts too; '十四届' is an edition, no count
    rf"|{_ABOUT}{_COUNTED}"
    r"(?!(?!分|平行)(?:届|次)?[\u4e00-\u9fff]{0,3}(?:峰会|论坛|大会|博览会|年会)))"
)
_EDITIONS = re.compile(r"^[二三四五六七八九十\d][0-9〇零一二两三四五六七八九十]*[届屆次]")
# '站周遭逾300個台灣燈會花燈', '梓官鄉、茄萣鄉2地烏魚文化節': a count inside the words before a kind starts the
# name, which _QUANTIFIED then reads (what is counted is not one meeting named by the words before the count)
_COUNT_BEFORE = re.compile(rf"{_ABOUT}(?<![第\d〇零一二两三四五六七八九十百]){_COUNTED}$")
# '晚上也规划一系列庆典活动': 'a series of' counts what follows it anywhere in the words, no name of one meeting
_COUNTED_INSIDE = re.compile(r"一(?:系列|连串)")
# nouns that end in a boundary character: 据 'according to' in 数据 'data', 向 'towards' in 方向 'direction'
# and '党的' ('学习贯彻党的二十大精神座谈会'): the Party's, inside a name
# '…定向大赛', '城市定向赛': orienteering (定向) ends in the boundary 向, but is a sport the race's name keeps
_NOUNS_ENDING_IN_A_BOUNDARY = frozenset("数据 证据 方向 导向 取向 动向 意向 倾向 定向 自由 理由 行为 派对 党的".split())
_NOT_A_FIRST_CHAR = set("幕式礼议坛展的了和与及次届")
# '举行展佛仪式', '举办展演活动': a rite of displaying a Buddha thangka, a showing; no word cut in two
_FIRST_WORD_OF_ZHAN = re.compile(r"展(?:佛|演|映|前)")  # and '展前记者会', a press conference before a show
# '光大会展中心': 光大 + 会展中心; '博鳌亚洲论坛国际会议中心': a building named after a forum
_VENUE_AFTER = re.compile(
    r"展览|会展|展中心|展馆|大厦|大?酒店|大?饭店|宾馆|广场|大楼|室|(?:国际)?会议中心|(?:[东西南北]|[一二三四五六七八九十\d]号?)厅"
    r"|[及暨和与]展览(?:中心|馆)"  # '香港会议及展览中心': the building's full name
)
# A name that is only its kind ('记者会', '升旗仪式') takes what the sentence says before it:
# '以“蓝色南海”为主题的一场研讨会', '贺一诚紧急召开记者会', '河南省政府新闻办举行新闻发布会'.
_BARE_NAME = re.compile(
    rf"^(?:第?[{NUMERAL_CHARS}\d]{{1,3}}[次场期]|首次)?"  # '县人大常委会召开第十次会议', '…指挥部召开第25场新闻发布会'
    r"(?:国际|学术|专题|新春|新年|国庆|年度|周年|例行|紧急|常务|扩大|高峰|圆桌|主题)*(?:座谈交流会|工作交流会|交流座谈会|交流会|新闻发布会|发布会|记者会|记者招待会|招待会|吹风会|简报会|座谈会|"
    r"新闻通气会|通气会|研讨会|讨论会|说明会|法说会|会议|全体会议|扩大会议|常委会会议|大会|会员大会|年会|论坛|升旗仪式|开园仪式|启动仪式|开幕式|典礼|"
    # '…人大二次会议举行预备会议', '…代表团举行开放团组会议', '市委、市政府举行欢迎晚宴': sittings and dinners named by
    # who holds them
    r"预备会议|(?:开放)?团组会议|(?:欢迎|答谢)(?:晚宴|宴会)|"
    r"仪式|酒会|讲座)(?:(?<!议)议)?$"
    # '县一中举行第47届运动会开幕式': a school's numbered sports meet, named by the school that holds it
    rf"|^(?:{_NTH_EDITION})(?:春季|秋季|冬季|夏季)?(?:田径)?运动会$"
    # '…中學於學校禮堂舉行第三十六屆畢業典禮': and its graduation, every school's, named by the school
    rf"|^(?:{_NTH_EDITION})?(?:毕业|结业|开学)典礼$"
)
_QUALIFIER = re.compile(
    r"以[“「『\"](?P<q>[^”」』\"]{2,30})[”」』\"]为主题的(?:一场|一次)?$|"
    # '…電(記者 王五)示例政府…舉行': after a byline in brackets (not the day of '今(8)日')
    r"(?:^|(?<=[,、;:\s赴])|(?<=\))(?![日号晚早上下]))(?!组委会|执委会|筹委会|主办方|主办单位|主办机构|承办方|大会|双方|各方|我们|他们)"
    # who attends or presides holds nothing; '…首次采用视频连线方式举行': the manner it is held in is no holder
    # '…自治州州委、州政府在西宁召开': the Party committee and the government hold it together
    # '行政公職局、身份證明局及…服務局聯合召開': bureaus listed, who hold it together
    r"(?P<q2>(?:[\u4e00-\u9fff]{1,14}?(?:委|政府|省|市|县|区|局|署)、){0,3}"
    r"(?:(?![在于并赴]|出席|参加|参与|列席|观礼|通过|采用|采取|方式|形式|主持)[\u4e00-\u9fff·]){2,20}?)"
    # '…博覽館12月2日舉行座談會': the day, with its month, between who holds it and the verb
    r"(?:今天|今日|昨天|昨日|当天|当日|日前|近日|今晚|昨晚|今早|今晨|(?:\d{1,2}月)?\d{1,2}日|[今昨明]\(\d{1,2}\)日|昨|今)?"
    r"(?:\(\d{1,2}月\d{1,2}日\))?"  # '今天(5月15日)上午举行…': the day, then its date in brackets
    # '…研究会将于下周一(1月26日)在京港两地举办研讨会': who holds it, then when
    r"(?:将?于(?:[下本这]?(?:周|星期)[一二三四五六日天]|\d{1,2}月\d{1,2}日)(?:\(\d{1,2}月\d{1,2}日\))?)?"
    # '委员会中午举行座谈会', '…今晚举办酒会': the part of the day is when, not who
    # '…值理会昨日下午三时在…举行记者招待会': the hour, in words or digits, is when, not who
    rf"(?:{PARTS_OF_DAY})?(?:[\d{NUMERAL_CHARS}]{{1,3}}[时点](?:[\d{NUMERAL_CHARS}]{{1,3}}分?|半|整)?)?"
    # '同日,…博覽館亦舉辦座談會': also held that day by the same holder; '…同鄉會昨日假座…酒樓舉行': Hong Kong's and
    # Macau's 'at'
    # '在示例設計中心(TDC)後方露臺舉行': a venue with its abbreviation or floor in brackets, then more of it
    rf"(?:(?:[在于]|假座?)[\u4e00-\u9fff]{{2,12}}?(?:\([^()]{{1,12}}\)[\u4e00-\u9fff]{{0,8}}?)?)?(?:亦|也|还|另)?(?:紧急|正式|隆重|首次|专门|再次|率先|首度|分别|相继|先后)?并?(?P<joint>联合)?(?:召开|举行|举办)了?"
    r"(?:一场|一次|首次)?(?:(?:隆重|盛大)的?)?$"  # '…组委会在拉萨市举行盛大招待会': how grand it was, not who
)
# '市长今天与企业代表举行座谈会': the day written between the host and whom it meets is no part of the name
_TIME_AMONG_HOLDERS = re.compile(r"(?:今天|今日|昨天|昨日|当天|当日|早上|上午|下午|晚上|\d{1,2}日)(?=[与和同跟])")


def _holder_words(working: WorkingText, start: int, end: int) -> tuple[str, str]:
    """Who holds the meeting, as written and as a key, without a day written among them."""
    text = working.text
    time = _TIME_AMONG_HOLDERS.search(text, start, end)
    if time is None:
        return working.span(start, end), text[start:end]
    a, b = time.span()
    return working.span(start, a) + working.span(b, end), text[start:a] + text[b:end]


# '举行仪式,欢迎…凯旋', '举行典礼,庆祝建校一百周年': a ceremony with no name of its own, then the clause of what
# it is held for, which names it (not its holder: '示例市消防支队仪式' is no ceremony's name)
_CEREMONY_FOR = re.compile(
    # not a clause of its own on the ceremony ('欢迎仪式由市长主持', '庆祝活动吸引了…', '表彰大会同时举行')
    r",(?P<for>(?:欢迎|欢送|庆祝|纪念|表彰|迎接|悼念|缅怀|祭奠)(?!会)"
    r"(?![^,。;:!?]*(?:举行|举办|召开|仪式|活动|典礼|大会|会议|晚会|由|主持|持续|吸引|参加|出席|了))[^,。;:!?]{2,30})"
    r"(?=[,。;:!?]|$)"
)
# '“国家日”和“荣誉日”活动', '「開放日」及「體驗日」活動': two quoted kinds of day listed before 活动
_QUOTED_KINDS_LISTED = re.compile(r"[”」』\"](?:和|与|及|、|以及)[“「『\"][^”」』\"]{1,12}[”」』\"]活动$")
_AWARDS_CEREMONY = re.compile(r"^颁奖(?:典礼|仪式|礼|晚会|晚宴)$")
# the prize that opens the sentence and holds the ceremony named after it ('金钟奖昨晚在…举行颁奖典礼')
_PRIZE_HOLDS = re.compile(
    r"[“「『]?(?P<prize>[\u4e00-\u9fff\d]{2,16}?奖)(?![项金品状牌励券])[”」』]?(?=[^,。;:!?“「『]{0,24}?(?:举行|举办)了?$)"
)
_PERFORMED = re.compile(r"(?:演绎|重现|重演)$")
_IN_SUPPORT_OF = re.compile(r"为了?(?:支持|响应|配合)(?:(?:及|和|与|并)(?:支持|响应|配合))?[“「『《\"]?$")
# '成立三十周年会庆': an anniversary of the body that holds it; '…同乡会昨晚假…酒楼举办': that body
FOUNDING_YEARS = r"成立[\d〇零一二两三四五六七八九十百]{1,4}(?:周年|年)"
_FOUNDING = re.compile(f"^(?:庆祝)?(?P<years>{FOUNDING_YEARS})")
# '自示例论坛创办以来': 自 of 'since it began', before the name, is no part of it
_SINCE_BEGUN = re.compile(
    r"[^,。;:!?]{2,20}?(?:创办|创立|成立|开办|开讲|开设|举办|设立|启动|开始|开幕|问世|诞生)(?:以来|至今)"
)
_HOLDER = re.compile(
    r"(?:^|(?<=[,;:)\s】]))(?P<holder>[\u4e00-\u9fff]{2,20}?(?:同乡会|联谊会|联会|商会|协会|学会|总会|公会|基金会|促进会|"
    r"研究会|校友会|俱乐部|公司|集团|大学|学院|中学|小学|学校|医院|银行))(?=[\u4e00-\u9fff“「『\"]{0,12}?(?:举办|举行|庆祝))"
)
# '在示例設計中心(TDC)': a venue, 在 or 於 then its words, up to the brackets that close before a would-be holder
_VENUE_BEFORE_BRACKETS = re.compile(r"[在于][^,;:!?。()]{2,16}$")


def _after_a_venues_brackets(text: str, start: int, at: int) -> bool:
    """'在示例設計中心(TDC)後方露臺舉行記者會': the words at `at`, after brackets that close a venue's
    abbreviation, are more of the venue, no holder (as they are after a byline's brackets)."""
    if at <= start or text[at - 1] != ")":
        return False
    opening = text.rfind("(", start, at)
    return opening >= 0 and _VENUE_BEFORE_BRACKETS.search(text, start, opening) is not None


# a quoted event that opens the sentence of a bare press conference, with no comma between: whose it is
_QUOTED_TOPIC = re.compile(r"[“「『\"](?P<topic>[^”」』\",。;]{2,20})[”」』\"](?=[^,。;:!?]{0,24}$)")
# a press conference or a briefing for the press, the end of a key ('新闻发布会', '记者招待会', '吹风会')
PRESS_KINDS = ("发布会", "记者会", "记者招待会", "说明会", "通气会", "吹风会", "简报会")
PRESS_KIND = rf"(?:新闻)?(?:{'|'.join(PRESS_KINDS)})"  # the whole word, '新闻' and all
_PRESS_WORD = re.compile(rf"{PRESS_KIND}$")
_SPOKE_OF_IT = r"(?:表示|称|说|指出|透露|宣布|介绍|强调|获悉)$"  # '李四表示将于5月6日举行记者会': who spoke of it
_WHEN_NOT_WHO = re.compile(
    r"(?:将会|将要|即将|将)$|[上下本这]周|星期|周[一二三四五六日天]|[明后]天|明日|"
    rf"{_SPOKE_OF_IT}|"
    r"^(?:之后|随后|其后|然后|接着|稍后|会后|上午|下午|中午|晚上|晚间|傍晚|"
    r"今天|今日|昨天|昨日|当天|当日|日前|近日|今晚|昨晚|今早|今晨)$"  # ',今天举行记者会': only when
)
_BODY = re.compile(r"(?:办公室|办|委员会|委|部|局|厅|政府|协会|学会|研究院|中心|集团|公司|大学|学院)$")
# '在9月12日…新闻办公室召开的', '在昨天…委员会举行的': the body that held the meeting named next, in a clause before it
# that 在 dates (not '在示例大学举行的讲座', where the meeting was held)
# ('记者从省政府新闻办举行的新闻发布会上获悉': learned at it, the day between 从 and the body or none)
_DAY_HELD = r"(?:(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|今天|昨天|当天|日前)"
_HELD_BY_A_BODY = re.compile(
    rf"(?:在{_DAY_HELD}|从{_DAY_HELD}?)(?:上午|下午|晚上)?"
    r"(?P<holder>(?:(?!在)[\u4e00-\u9fff]){2,20}?(?:办公室|办|委员会|委|部|局|厅|政府|协会|学会))"
    r"(?:主持)?(?:召开|举行|举办)的$"
)
_NOT_A_CITY = ("合作组织", "清醮", "洋")  # '太平清醮' is a rite of peace, '太平洋' the Pacific: no town of 太平
# '…簽署儀式下午在特區政府總部舉行', a paragraph after the day: a part of the day with no day of its own, as a clock
_PART_OF_DAY_BEFORE_VERB = re.compile(rf"(?<![日天号晚早今昨明])(?:{PARTS_OF_DAY})(?=[在于举召开])")
# '8时整,…出席…升旗仪式', '16时,开幕式正式开始': a time on the 24-hour clock, no part of day
# '…宣布论坛开幕', '大会正式开幕。': a meeting named again opens there and then (not '开幕式', '开幕以来', '开幕前')
_OPENS_NOW = re.compile(r"(?:正式|隆重)?开幕(?![式典礼仪以前后时的])")
_OPENING_CLOCK = re.compile(r"(?P<hh>\d{1,2})[时点](?:(?P<mm>\d{1,2})分?|整|(?P<half>半))?,")
# '山东大学威海校区', '浙江大学海宁国际校区', '…大学深圳国际研究生院': the campus's city after the school's name
_CAMPUS_AFTER = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,3}?)(?:国际)?(?:校区|分校|研究生院)")
# '(9月18日无人机拍摄)', '(资料照片,5月3日摄)': the day a photo was taken, no day of a meeting
_PHOTO_TAKEN = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:拍摄|摄)[)）]")
# '…巡游,是太平清醮仪式最重要的一个部分', '此次沙龙是“…展”的配套活动之一': the whole a part belongs to
_PART_OF_AFTER = re.compile(
    r"[”」』\"]?最?(?:重要|主要)?的(?:一个|一项|一场|一)?(?:重要)?(?:组成)?"
    r"(?:部分|部份|环节|(?:配套|系列|延伸|附属|分项)活动)"
)
_IS_BEFORE = re.compile(r"是[“「『\"]?$")
# '将于5月14日前后举行', '或将于5月14日', '有望于5月14日': a day given as near or as likely, not as fixed
_ROUGHLY_AFTER = re.compile(r"前后|左右")
_LIKELY_BEFORE = re.compile(r"(?:或将|或|有望|可望|可能|或许|也许)(?:将|会)?(?:于|在)?$")


def _hedged(text: str, mention: DateMention, floor: int) -> bool:
    return (
        # ('5月14日上午9时左右': the day is sure, the hour is not)
        (_ROUGHLY_AFTER.match(text, mention.finish) is not None and mention.start_time is None)
        or _LIKELY_BEFORE.search(text, max(floor, mention.begin - 6), mention.begin) is not None
    )


_OTHER_DAY = re.compile(r"次日|翌日|第二天|隔天|前一天|之后|随后|此后|期间")
# '升旗儀式結束後,', '大學隨後在…舉行': held right after a meeting told before, on its day
_AFTER_A_MEETING = re.compile(r"(?P<meeting>[\u4e00-\u9fff]{2,12}?)(?:结束|完毕)(?:之|以)?后,?|随后")
_ANOTHER_DAY = re.compile(r"次日|翌日|第二天|隔天|前一天|期间|[\d一二两三四五六七八九十]+(?:天|日|周|个?月|年)")


def _meeting_it_follows(text: str, sentence_start: int, begin: int, candidates: list[Candidate]) -> Candidate | None:
    """The one-day meeting told before, in this paragraph or the one before, that the words before the name say
    it follows: the meeting they name ('升旗儀式結束後'), or with '隨後' the last one dated."""
    after = _AFTER_A_MEETING.search(text, sentence_start, begin)
    if after is None or _ANOTHER_DAY.search(text, sentence_start, begin):
        return None
    words = after.group("meeting")
    for earlier in reversed(candidates):
        if earlier.start is None or earlier.position >= begin:
            continue
        if len(_PARAGRAPH_BREAK.findall(text, earlier.position, begin)) > 1:
            return None
        if words is None or words.endswith(earlier.key) or earlier.key.endswith(words):
            return earlier if earlier.end in (None, earlier.start) else None  # which day of a run is unsaid
    return None


_PARAGRAPH_BREAK = re.compile(r"\n+")
_NTH_DAY_AFTER = re.compile(r"(?:活动)?(?:已|已经)?(?:进入|迈入)第(?P<n>[二三四五六七八九十2-9])(?:天|日)")
# guests who go on taking part in a meeting on the report's day: '代表團今日繼續積極參與在北京舉行的…論壇'
_GOES_ON_AT = re.compile(r"继续(?:积极)?(?:参与|参加|出席)[^,。;]*$")
# the day before it opens: '…前夕', '迎接即将开幕的…论坛'
# '於今日,即…投票日的前一天,舉辦…': the eve restates the day given before it, of the meeting after it
_EVE_RESTATES_DAY = re.compile(r"(?:今[天日]|明[天日]|\d{1,2}日)\)?,即[^,。;:!?]{1,24}?(?:前一天|前一日|前夕),")
# ('…試營運,作為燈會正式登場前的調整': the days of what comes before it opens)
_EVE = re.compile(r"前夕|前一天|(?:召开|举行|开幕|登场)前|即将(?:开幕|举行|召开|举办|开始|登场)")
# '——写在第七届…博览会召开之际': a feature written around its opening, whose dateline is not that day
_AT_ITS_OPENING = re.compile(r"(?:召开|举行|举办|开幕|启幕|开展|开赛)之际")
# '「…論壇」會前記者會', '賽前記者會': a meeting named as held before another, on a day of its own (not that one's)
_HELD_BEFORE_ANOTHER = re.compile(r"[会赛展]前(?:记者会|新闻发布会|发布会|说明会|吹风会|通气会)")
_TICKETS_AFTER = re.compile(r"[”」』》\"]?的?(?:门票|入场券|票券|票价|票根)")
# '…艺术节日前揭幕', '…博览会近日在广州举行', '「…展览」,日前假友谊广场举行' (假, Hong Kong's and Macau's 'held
# at'): the meeting's own time is a vague past, no day of it
_VAGUE_OWN_TIME = re.compile(
    r"[”」』》\"]?,?(?:已|已经)?(?:于|在)?(?:日前|早前|近日|稍早前)(?:已|已经)?(?:[在假][^,。;:!?]{1,12}?)?(?:正式|隆重|盛大)?"
    r"(?:揭幕|开幕|举行|举办|召开|开锣|登场|展开|落幕|闭幕|结束)"
)
# '…5月14日作出决定,文博会开幕当晚,…': a time of its own, not a day written before its clause
_OWN_TIME_AFTER = re.compile(r"(?:开幕|闭幕|举办|举行|召开)?(?:期间|当晚|当天|当日|前夕|之际)")
# '开幕式当晚8时…还将举行焰火晚会': the evening of the opening, and a time for what is held then
_TIME_OF_ANOTHER = re.compile(
    r"(?:当晚|当天|当日|期间)[^,。;]{0,30}?(?:举行|举办|上演|燃放)[^,。;]{0,12}?(?:晚会|演出|表演|焰火)"
)
# '在…博览会(暨论坛)期间,…举办…推介会': the time of another event
_FRAME_AFTER = re.compile(r"[^,。;:!?\s]{0,8}?期间")
# '「2019年度示例奖」暨「青年奖」今天在…举办颁奖典礼': quoted, with its year, joined by 暨, the subject needs no 于
_SUBJECT_WORDS = r"(?:\d{2,4}年度?)?[\u4e00-\u9fff]{2,12}?"
_SUBJECT = re.compile(
    rf"^(?:其中|另外|此外|同时|而|并)?[“「『]?(?P<subject>{_SUBJECT_WORDS}(?:[”」』](?:暨|和|及|与)[“「『]{_SUBJECT_WORDS})?)"
    rf"[”」』]?(?:于|将于|定于|订于|将在|拟于|(?<=[”」』]))"
    rf"(?=[{NUMERAL_CHARS}今明昨本])"
)
# '本年度第一次会议', '2023年第二次理事会议': a sitting named only by its number, and the body that holds it
_NUMBERED_SITTING = re.compile(
    rf"^(?:\d{{4}}年度?|[本今]年度|今年)?第[{NUMERAL_CHARS}]{{1,3}}次[\u4e00-\u9fff]{{0,8}}会议?$"
)
_NUMBERED_SITTING_OF = re.compile(
    rf"^(?:【[^】]{{1,12}}】)?[“「『]?(?P<body>(?<=[“「『])[\u4e00-\u9fff]{{2,16}}?(?=[”」』])|[\u4e00-\u9fff]{{2,16}}?(?:协会|商会|学会|联合会|联谊会|同乡会|委员会|理事会|董事会|"
    rf"公司|集团|政府|党委|政协|常委会)|[\u4e00-\u9fff]{{0,6}}?(?:立法会|议会)(?:[\u4e00-\u9fff]{{1,6}}?委员?会)?)[”」』]?\(?将?(?:于|於|在)?(?=[{NUMERAL_CHARS}今明昨本上下星周])(?:\([^()]{{0,40}}\)|[^,。;]){{0,30}}(?:举行|召开|举办)$"
)
_ATTENDED_DONE = re.compile(r"(?:出席|参加|列席)了[^,。;]*$")
# '出席党代会的我省代表团在人民大会堂…厅举行全体会议': a congress delegation's own plenary sitting
_DELEGATION_SITTING_OF = re.compile(r"^(?P<body>[^,。;]{2,16}?代表团)(?:在[^,。;]{1,20}?)?(?:举行|召开)$")
# '各类论坛' are others in general, but '各项…锦标赛联合开幕典礼' is one ceremony for them all
_LEGISLATURE_SITTING = re.compile(r"^(?:会议|全体会议|大会)$")  # a legislature's bare word for its sitting
_LEGISLATURE = re.compile(r"(?:立法会|议会)(?:[\u4e00-\u9fff]{1,6}?委员?会)?$")  # '立法会财委会': its committee too
_NOT_MEETINGS = re.compile(
    r"(?:网络|网路|网上|在线|线上|社区)论坛$|委员会议$|其[他它]|"  # '其他…书展': others
    r"各(?:类|种|大|项)(?!.{2,}(?:典礼|仪式|开幕式|闭幕式)$)|"
    r"(?:摄影|征文|作文|视频|书法|绘画|书画|作品|创意|设计|网络|线上|知识)(?:竞)?大赛$|"  # entries sent in
    r"(?<![次院府])常务会议$|"  # '市政府第20次常务会议' and '国务院常务会议' are meetings
    r"^跑(?:全程|半程)?马拉松$|"  # '其实跑马拉松跟骑车一样': running one, no race
    r"^(?:大型|中小型|小型|多种|一系列)|"  # '可承接大型国际展览和综合性会议': the kinds a hall can hold
    r"^(?:这|那|此)(?:种|类|样)|"  # '这种形式的发布会我是第一次参加': a kind of meeting, not one of them
    r"^各[\u4e00-\u9fff]{1,3}会议$|"  # '經各鄉鎮市公所、各部落會議研商後': each body's sittings, none of them one
    r"(?<![第\d])\d+[多余]?场|"  # '共规划超过50场演出与展览活动': a count of events, not one of them
    r"(?<![第\d.])\d+(?:\.\d+)?万?[多余]?名|"  # '3.5万名选手参赛马拉松': a count of people, not a name
    r"^(?:多|数|几|上百|数百|数十|上千|数千)[位名]|"  # '多位国内顶尖马拉松好手': people, in words
    # '首季会议': a quarter's count of meetings; '上半年国民经济运行新闻发布会' names one by its topic
    r"^(?:首季|第?[一二三四1-4]季度?|上半年|下半年|全年|前[一二三四五六七八九十\d]{1,2}个?月)[\u4e00-\u9fff]{0,4}$|"
    # '共召开八小时会议', '连开两天会议': how long it sits, not a name
    r"^(?:共|连开|连续)?[\d一二两三四五六七八九十半]{1,3}个?(?:多|余)?(?:小时|钟头|天|日)(?:的)?(?:会议|会)$"
)
# '向…大会致贺信', '给…论坛发来贺电': a letter or a telegram sent to the meeting
_LETTER_TO_IT = re.compile(r"[”」』》\"]?(?:致|发来|发出|发去|致以)?了?(?:贺信|贺电|贺词)")
# '全程马拉松', '半程马拉松': a distance of a race with no name of its own, listed beside its other distances
_RACE_DISTANCE = re.compile(r"^(?:全程|半程|短程|迷你|超级)马拉松(?:赛)?$")
_LIST_NEXT = ("、", "和", "及", "与")
# '墾丁音樂盛事「示例祭」': words on what kind of occasion it is, before its quoted name
# and '…年度体育盛事第20届…马拉松', '文化盛会2021…艺术节': before its edition or its year; and before a dash of any
# width, '暑假旅遊盛事–示例熱氣球嘉年華', '年度盛會──示例文化節' (a dash inside a name, '中国—东盟博览会', follows no
# such word)
_DESCRIBED_AS_AN_OCCASION = re.compile(
    rf"[^“”「」『』,。;]{{1,12}}?(?:盛事|盛会)(?=[“「『][^“”「」『』]{{2,30}}[”」』]|{_NTH_EDITION}|(?:19|20)\d{{2}})"
    r"|[^“”「」『』,。;]{1,12}?(?:盛事|盛会|盛典|活动|大事|亮点|重头戏)[-‐‑‒–—―─－]+(?=[\u4e00-\u9fff\d“「『])"
)
# '…开游节暨…开幕式': no name joined by 暨 is two characters long, so a one-character word before them is inside it
_TOO_SHORT_TO_JOIN = re.compile(r"[\u4e00-\u9fff]{1,2}暨")
_REPORTERS_OF = re.compile(r"(?:驻华|驻港|驻澳|驻京|中外|外国|境外|海外|两岸)$")  # reporters a meeting is for
_SESSION_OF = re.compile(rf"(?:会|论坛|峰会|博览会)第[{NUMERAL_CHARS}]{{1,3}}[次届]$")
_STOP_CHARS = set(",。;:!?、\n\t []|/…【】〔〕<>~～▲△▼◆◇◎●○■□★☆")  # '▲…': a caption's bullet, before a name
# '…脫穎而出,進入總決賽', '有機會近距離接觸大賽車': a verb of going on to a round or of getting near, then a bare
# kind: what is reached, not a mention of the meeting on a day of its own
_GOES_ON_TO_VERBS = ("进入", "晋身", "晋级", "挺进", "打进", "闯进", "接触")
_GOES_ON_TO = re.compile(f"(?:{'|'.join(_GOES_ON_TO_VERBS)})$")
# '整條街變成一場音樂嘉年華', '廣場宛如燈光節': what a place is likened to, a figure of speech and no meeting (not
# '變身「…音樂節」主場': a quoted name after the verb is one)
_LIKENED_TO = re.compile(r"(?:变成|变身为?|化身为?|宛如|犹如|仿佛|好似|好像|如同|俨然)[^,。;:!?“”「」『』\"]{0,8}$")
# '…晉身15日舉行的決賽,…進入總決賽': a sentence of who goes on to which round tells of no meeting named before it
_GOES_ON_TO_KIND = re.compile(f"(?:{'|'.join(_GOES_ON_TO_VERBS)})(?:{KINDS})")
_LEFT_BOUNDARIES = (
    "拍摄的",  # '这是11月19日拍摄的示博会举办地': the photo a caption dates, then what it shows (before 的)
    "在",
    "于",
    "的",
    "了",
    "将",
    "由",
    "出席",
    "列席",
    "旁听",
    # '縣長…親臨記者會現場', '…蒞臨論壇開幕式致詞': who comes to it in person, then what it is
    "亲临",
    "莅临",
    "光临",
    "驾临",
    "亲赴",
    "到",  # '欢迎朋友9月23日到10月1日一定要到彰化博览会'
    "亮相",  # '3D打印服装亮相软博会': what is shown there, not the fair's name
    # '…方案脫穎而出,進入總決賽', '晉級決賽': who goes on to a round, then the round, whose name starts after;
    # '市民有機會近距離接觸大賽車': what is got near to, not a name that starts before the verb
    *_GOES_ON_TO_VERBS,
    "期待",
    "期盼",
    "盼望",
    "希望",  # '委员会希望藉大赛车六十周年的契机': who hopes, then what for
    "藉",
    "藉著",  # '当局冀藉著论坛活动,推动…': by way of it
    "藉着",
    "借着",
    "来到",
    "参加",
    "齐聚",  # '数百名嘉宾齐聚…论坛': who gathers comes before the name
    "相约",  # '八方宾客相约…博览会', '共赴…艺术节': who meets there, then its name
    "共赴",
    "奔赴",
    "启幕",  # '嘉宾共同启幕…文化节', '开启…旅游节': who opens it, then its name
    "开启",
    "聚首",
    "相聚",
    "汇聚",
    "举办",
    "办理",  # '於…辦理第四屆…研討會': who runs it, then its name
    "演绎",  # '一起演繹排灣族收穫祭典': what is performed, after the verb
    "举行",
    "召开",
    "进行",  # '傍晚将进行检讨会议': it is held, the name comes after
    "主办",
    "承办",
    "合办",  # '…與…在陳列館合辦「…」美術作品展': who runs it together, then its name
    "主持",
    "宣布",
    "澄清",  # '主办单位澄清论坛仍将于…举行': who says so, then the meeting
    "否认",
    "表示",
    "回应",  # '商务部回应进博会质疑': who answers about it, then its name
    "显示",
    "介绍",
    "指出",
    "迎来",
    "是",
    "为",
    "根据",
    "依据",
    "同时",  # sentence adverbs: '同时…论坛今天开幕'
    # connectives: '…举行颁奖典礼,不过典礼严重超时' (however), never a name's first word
    "不过",
    "但是",
    "然而",
    "可是",
    # one-character 'but' of Hong Kong and Taiwan news: '…惟會議上經常遭…反對' ('不但', '唯一' are words)
    "但",
    "惟",
    "唯",
    "却",
    "而且",
    "并且",
    "加上",  # '…免費入場,加上「示例祭」活動適逢連假': besides, never a name's first word
    "因此",
    "所以",
    "只是",
    "于是",
    "因为",
    "虽然",
    "尽管",
    "此外",
    "另外",
    "随后",
    "其间",
    "此前",
    "本月",
    "上月",
    "下月",
    "据",
    "就",
    "对",
    "向",
    "从",
    "届时",
    "据悉",
    "获悉",
    "实现",
    "开展",  # '组织企业家开展“…”活动': what is carried out, named after the verb
    "记者",
    "报道",
    "今天",
    "今日",
    "昨天",
    "昨日",
    "明天",
    "今明",  # '今明示例论坛主题是…': today and tomorrow, not the name's first character
    "日前",
    "近日",
    "近年来",
    "近年",  # '近年馬拉松及路跑活動蓬勃發展': a time, not the name's first word
    "当天",
    "当日",
    "其中",
    "以及",
    "包括",
    "还有",
    "一年一度",
    "传出",
    "外传",
    "传言",
    "据传",
    "前往",
    "率团",
    "赴",
    "逛",  # '逛火神庙会': a visit to it
    "参与",
    "筹办",
    "筹备",
    "公布",
    "通报",  # '会议通报第三届…博览会将于…举办': what is announced; '…情况通报会' is a kind
    "确定",
    "决定",
    "拍板",
    "预计",
    "原定",
    "原订",  # '原訂統一頒獎典禮於6月21至23日舉辦': the plan, then the name
    "原本",
    "预定",
    "定于",
    "订于",
    "拟",
    "透过",
    "纳入",
    "列入",
    "作为",
    "请持",
    "还有",
    "设有",
    "共有",
    "另有",
    "将有",
    "除",
    "目前",
    "如今",
    "发售",
    "现已",
    "也是",
    "下设",
    "设立",
    "假",
    "首次",
    "再次",
    "最后一次",  # '中部地區最後一次「實體攤位」…博覽會': the last time it is held so, then its name
    "借助",
    "把",
    "令",
    "让",
    "现身",
    "走进",
    "来到",
    "期间",
    "分别以",
    "配合",  # '台鐵配合海洋音樂祭輸運加開列車': what the service is for comes after
    "以",  # '以文化旅游推介会《…》展示…': the means, then the name; '以色列' is one word
    "通过",
    "则",
    "并",
    "拜会",
    "抗议",
    "反对",
    "有关",
    "若",
    "因",
    "因应",  # '市府因應台灣燈會也設置接駁站': what the city prepares for comes after
    "开完",
    "欣赏",
    "问",
    "观赏",
    "参观",
    "观摩",  # '2月26日观摩台湾灯会': a visit to it
    "使",
    "今后",
    "此后",
    "以后",
    "随着",
    "简称",  # '(以下简称农交会)'
    "争取",
    "安排",
    "有",  # '有两场研讨会': a count follows; '有色金属' is one word
    "移师",
    "之",  # '精心筹备之论坛'; '丝绸之路' is one word
    "确保",
    "庆祝",
    "恰逢",
    "宣传",
    "紧接",  # '紧接升旗仪式后': right after the ceremony
    "紧接着",
    "探营",  # '提前探营丝博会': a visit before it opens
    "恭喜",  # '致词时首先恭喜中央社「…」活动': what a speaker congratulates comes after
    "祝贺",
    "预祝",  # '並預祝年會圓滿成功': a wish for a meeting named after it
    "祝福",  # '市長祝福博覽會圓滿成功'
    "促成",  # '感謝主辦單位與市政府共同促成展會': what was brought about comes after
    "结合",  # '「…城市博覽會」結合第33屆國際管樂節': two meetings, combined
    "串联",  # '…藝術中心串聯「…光之季」燈會': who links up with it, then its name
    # '於市政會議聽取文化局長簡報藝術節內容': what a sitting hears reported, not the sitting's name
    "听取",
    "简报",
    "收看",  # '即場收看或收聽會議': who watches or listens to it
    "收听",
    "观看",
    "拍摄",  # '游客拍摄晒佛仪式': who photographs it, then what; '短视频拍摄大赛' is a contest of filming (_FILMED)
    "围观",
    "感谢",
    "开",  # '次长会开记者会': he will hold one; '开学典礼', '开工仪式' are words
    "其实",
    "关切",  # '各界关切双城论坛进度': who is concerned, then about what
    # verbs of what happens to a meeting: '主席取消明天的会议', '…创下灯会史上…': the name comes after
    "取消",
    "调整",  # '关于调整…龙舟赛赛事日程的通知'
    "推迟",
    "延期",
    "暂停",
    "叫停",
    "停办",
    "恢复",
    "改期",
    "缺席",
    "退出",
    "抵制",
    "确认",
    "批准",
    "创下",
    "见证",
    "提交",  # '提交立法會會議省覽的…': what is submitted to it
    "回顾",  # '與會者回顧中葡論壇成立以來的成果': what is looked back on comes after
    "参展",
    "报名",
    "推出",  # '博物馆…推出「夜游示例古城」活动'
    "呈献",  # '…于7月30日至10月15日呈献《…》展览'
    "预告",  # '也预告明年2027示例马拉松会扩大举办': what is announced comes after
    "邀请",  # '邀請鄉親一起來感受藝術節': whom it invites, then what to
    "感受",
    "体验",
    "上演",  # '在竹翠公園上演重頭戲大型戶外音樂會': where and what is staged
    "聚焦",  # '首日聚焦开幕仪式与…': what a day of it is about
    "突出",
    "甫获",  # '甫獲全國中等學校運動會跆拳道金牌': where a prize was won
    "获得",
    "荣获",
    "夺得",
    "摘得",
    "赢得",
    # '呼籲民眾經由…交流道來台灣燈會': who comes to it, then its name; a word of its own (not 未来, 以来), and the
    # last of them, so that 迎来 and 来到 are found before it
    "来",
)
# the first of them a text ends with, found by looking up its last one to four characters
_BOUNDARY_RANK = {word: rank for rank, word in reversed(list(enumerate(_LEFT_BOUNDARIES)))}
_BOUNDARY_LENGTHS = sorted({len(word) for word in _LEFT_BOUNDARIES})
_BOUNDARY_ENDS = frozenset(word[-1] for word in _LEFT_BOUNDARIES)
_VERB_BOUNDARIES = tuple(word for word in _LEFT_BOUNDARIES if len(word) > 1)  # '参加', '举办': not '的', '在'
_BYLINE_NOTE = re.compile(r"记者|电|讯|报道|摄")
# '如第三届…博览会将于…举办', '例如…': 'for example', before a meeting an article lists (not 如皋, a city)
_LEADING_NOISE = re.compile(
    r"^(?:[”」』》]|[\u4e00-\u9fff]{0,6}?报讯(?=[“「『《\"])|有(?!色|限|关|机|效|线)|而(?!立)|(?:例|比|譬|诸)?如(?![意家皋东果何此今同是])|隆重的?|盛大的?|热闹的?|重头戏的?|压轴的?|一场|一次|本届|今届|本次|此次|这次|今次|该|本场|该场|这场|今年(?!度)的?|去年(?!度)的?|明年(?!度)的?|首届|昨天|昨日|㖊日|㖊晚|琴日|琴晚|今天|今日|明天|明日|日前|近日|当天|当日|当晚|今晚|今夜|今早|今晨|昨晚|昨夜|明晚|今(?!年度)|"
    # '舉行宣傳記者會': a publicity event that names nothing it promotes is the bare occasion
    r"宣传(?=(?:新闻)?(?:记者会|发布会|说明会|招待会)$|[早午晚]?(?:餐会|宴会?)$|酒会$|茶会$)|"
    r"(?:睽违|时隔|相隔|阔别)[一二三四五六七八九十两多\d]{1,3}年(?:之后|后)?|"  # '睽違三年…說明會再登場': after years
    r"(?:全国|全台|全港|全澳|全球|全省|全市|全县)?唯一的?|"  # '全國唯一冬季畢業典禮': what is said of it, no name
    r"(?:上午|下午|中午|晚上|晚间|傍晚|凌晨|清晨|早晨|早上)起?|"  # '上午起台中國際花毯節在新社區開幕': from the morning
    rf"起?(?:为期|一连|连续)[{NUMERAL_CHARS}]{{1,2}}个?(?:天|日)|"  # '3月7日起一连两天「…」活动': how long
    # '110年6月17日第20屆理事會…': a year of the Republic of China too
    rf"(?:(?:\d{{4}}|[〇零一二三四五六七八九]{{4}}|(?:民国)?(?:1[0-4]\d|[4-9]\d))年)?"
    rf"(?:[{NUMERAL_CHARS}]{{1,3}}月)?[{NUMERAL_CHARS}]{{1,3}}日(?:上午|下午|晚上|晚间|晚)?|"
    # '7月13至15日台東市各阿美族部落豐年祭典', '7月27、28日…': the days it runs, before its name
    rf"(?:[{NUMERAL_CHARS}]{{1,3}}月)?[{NUMERAL_CHARS}]{{1,3}}日?[至到、][{NUMERAL_CHARS}]{{1,3}}日)+"
)
# '八时准时升旗典礼', '上午9时30分开幕式': the hour it begins, not the name ('十点读书会' may start with a bare 十点)
_MINUTES = rf"[{NUMERAL_CHARS}]{{1,3}}分"
_LEADING_CLOCK = re.compile(
    rf"^(?:{PARTS_OF_DAY})?[{NUMERAL_CHARS}]{{1,3}}(?:时(?:{_MINUTES}|整|半)?|点(?:{_MINUTES}|整|半|钟))(?:许|左右)?(?:准时|正式)?"
)
_CLOCK_BEFORE = re.compile(rf"[{NUMERAL_CHARS}][时点]$")  # '8时整升旗典礼': the name's edge falls after the digits
_CLOCK_TAIL = re.compile(r"^(?:整|半|许)?(?:准时|正式)?")
_CLOCK_MINUTES = re.compile(r"\d[:：]\d\d$")
_GLOSSED_DAY_BEFORE = re.compile(r"[今昨明前]\(\d{1,2}\)$")  # '今(16)', '昨(15)': a relative day and its date
_EVENT_VERBS = re.compile(
    r"举行|召开|开幕|开议|举办|闭幕|落幕|启幕|登场|揭幕|开展|开馆|开园(?![式典礼仪前])|拉开帷幕|落下帷幕|降下帷幕|拉开序幕|揭开序幕|开锣|召集(?!人)|展开|"
    r"停办|取消|延期|推迟|延迟|暂缓|改期|延后|开跑|开赛|鸣枪|亮相|"
    # '…长跑比赛在市政府前坪起跑', '…马拉松起跑': a race starts off; not '倒计时活动5月13日起跑', a campaign
    r"(?<=[赛跑松])(?:在[^,。;]{1,20}?)?起跑|"
    r"活动(?:[在于][^,。;]{1,20})?启动"  # '…主题推广活动在运城…启动': an event launched, not a plan
)
_CLOSING = re.compile(r"闭幕|落幕|落下帷幕|降下帷幕|[画划][上下]句[点号]|结束|收官|最后一天|最后一日")
# '…博览会今天开幕', '…灯会今晚亮灯', '…蘭展今天開園' (a show on grounds of its own opens them), '…燈會今晚點燈': it
# opened and runs on; not '开幕前' or a ceremony of its own ('…开幕式举行', '…開園儀式')
# up to the clause's first comma, past a short name in brackets ('…博览会(以下简称“进博会”)启幕'), or past a
# comma that only sets the name before its day ('…定期大會,今天開議')
_OPENS_AFTER = re.compile(  # '「…藝術節」，二十二日於…熱鬧登場': a comma, then the day it opens
    # ('…承辦台灣燈會,昨元宵夜開幕', '…,今晚開幕': the evening, or the holiday's night, it opened on)
    rf"(?:[”」』》\"]?,(?:(?:今|昨)(?:[天日晚夜]|(?:{HOLIDAY_NIGHTS})夜)|[{NUMERAL_CHARS}]{{1,3}}日))?"
    r"[^,;。]*?(?:开幕|开议|开展|开馆|开园|揭幕|启幕|登场|开锣|开打|开赛|亮灯|点灯|拉开帷幕|拉开序幕|揭开序幕)(?![式典礼仪前])"
)
# '行政院會11日通過「…草案」,將設立…': what the sitting passed is done; a future word after the comma is of the law
_DECIDED_THERE = re.compile(r"[^,。;]{0,12}?(?:通过|决议|核定|核准|拍板)")
# '10月18日,…菊花文化节启幕,各色菊花将古城装扮得…': opened or held in its own clause; a 将 after the comma is
# of what follows (here the 将 of 把), not the meeting's
_HELD_THERE = re.compile(
    r"[”」』》\"]?[^,。;]{0,6}?(?:举行|举办|召开|开幕|启幕|揭幕|开展|开馆|开园|登场|开锣|拉开帷幕|拉开序幕)(?![式典礼仪前])[^,。;]{0,4},"
)
# '…電影節今晚閉幕片「X」', '…影展的開幕片「X」': the festival's opening or closing film, screened on a day of its own
_FESTIVAL_FILM = re.compile(
    r"[”」』》\"]?(?:今晚|今天|今日|昨晚|昨天|明晚|明天)?的?(?P<film>[开闭]幕(?:片|影片|电影))"
    r"[“「『《](?P<title>[^“”「」『』《》,。;]{1,20})[”」』》]"
)
# '…节的各项活动将陆续展开,其中': what comes after 其中 is one item of the meeting's programme, on its own day
_ITEM_OF_ITS_PROGRAMME = re.compile(r"[”」』》\"]?的(?:各项|各类|系列|相关|其他|其它|后续)活动[^。;!?]*?其中")
# '「示例嘉年華」壓軸項目「…決賽」將於…', '…文化節重頭戲「…」', '…艺术节的压轴演出…': the item that crowns the
# meeting's programme, named after it, is what the day that follows is of
# and when the item is quoted, it is one session of the meeting, named by both
_FINALE = r"[”」』》\"]?(?:的|之)?(?:压轴|重头戏|重头好戏)"
_QUOTED_FINALE = re.compile(
    _FINALE + r"(?:项目|活动|节目|赛事|演出|好戏|大戏|表演)?[“「『](?P<item>[^“”「」『』,。;]{2,20})[”」』]"
)
_ITS_FINALE = re.compile(_FINALE + r"[^,。;:!?]*$")
# '…开幕的“…博览会”': the day the meeting named next opened (not '即将开幕的', which is still to come)
_OPENED_BEFORE = re.compile(r"(?<![将要])(?:开幕|开展|开馆|揭幕|启幕)的[“「『《\"]?$")
_FUTURE = re.compile(
    r"将于|将在|将会|将举行|将举办|将召开|将开幕|将登场|将迎来|将通过|定于|订于|拟于|即将|预定|"
    r"计划于|届时|预计|"
    r"正(?:在)?(?:积极)?筹[备划]|"  # '當局正籌備十二月三十一日舉行…': still being prepared
    # '对20日要开幕的…大会': 要 before the verb that opens or holds it; not the 要 of '主要', '重要', '需要'
    r"(?<![主重需必只纪摘提首简概扼紧次显])要(?:开幕|举行|举办|召开|登场|开始)|"
    # '由市長將178個單位簽署的宣言遞交給…': 将 before what is handed over is 把, no future; '會中將請…報告': what
    # is to be done at the meeting, not that the meeting is to come
    r"(?<!会中|会上|会后)将(?![\d一二三四五六七八九十两百千万]+[个份件项名位家本套张台辆只条批]|其|此|这|该|所有)"
)
_PAST_PLAN = re.compile(r"原定|原本|原订|原先|原计划|本来|原预计|原预定")
_MOVED_FROM = re.compile(r"[由从]$")
_MOVED_FROM_TO = re.compile(r"(?:开幕|举行|举办)?(?:调整|改|推迟|推延|延后|延|提前|顺延)(?:为|至|到)")


# '为即将出国交换的学生献上祝福': what is still to come for the people described, before 的 and their noun; not
# '将于明天举行的论坛', '即将开幕的博览会', whose verb is the meeting's own
_FUTURE_OF_SOMEONE = re.compile(r"(?:即将|将要)(?P<act>[\u4e00-\u9fff]{1,10}?)的(?=[\u4e00-\u9fff])")
_VERB_OF_A_MEETING = re.compile(
    r"举行|举办|召开|开幕|闭幕|登场|开始|展开|进行|揭幕|开跑|开赛|开锣|展出|上演|启动|迎来|到来|来临|于|在"
)


def _announces(clause: str) -> bool:
    """The clause says the meeting is still to come ('将于'), and not as a plan since changed ('原定于')."""
    if "将" in clause:
        clause = _FUTURE_OF_SOMEONE.sub(lambda m: m[0] if _VERB_OF_A_MEETING.search(m["act"]) else "的", clause)
    return bool(_FUTURE.search(clause)) and not _PAST_PLAN.search(clause)


_CANCELLED = re.compile(
    r"(?<!被)取消(?!了?(?:出席|参加|参会|与会|行程|访问|访华|演讲|发言|报名|资格|限制|费用|门票|航班|预约|订单|关税))|"
    r"停办|喊卡|叫停|不再举办|宣布停(?!办)|暂停(?:一天|一次|举行|举办)|"
    r"被取消(?=$|[,。;:!?])"  # '…年会被取消。': the meeting is called off (not '被取消资格')
)
# '被取消的年会是原定于2月8日举行的…年会': what was called off, named after it
_CANCELLED_NAMED_AFTER = re.compile(r"(?:被|遭|已)取消的[^,。;:!?]{0,12}?(?:是|为|包括|有)[^,。;:!?]*$")
_CANCELLED_OBJECT = re.compile(r"了?([^,。;:!?、]*)")
_CANCELLED_SUBJECT = re.compile(r"的([^,。;:!?、的]{1,6})(?:被|遭|也|均|都|已)?$")
# what is called off is the meeting: '取消本届…', '取消原定…的…', '取消举办', '取消所有活动'
_THE_MEETING = re.compile(r"本届|今届|本次|此次|这次|今次|该|今年|原定|原计划|活动|举行|举办|召开|比赛|赛事|演出")


_SIGNAL_BEFORE = re.compile(r"(?:信号|警告|预警|警报|风球|特报)[^,。;:!?]{0,12}$")


# before the verb of a clause of its own: why ('因风势过大'), and words of manner or time ('一度', '临时', '已')
_WHY_AND_HOW_BEFORE = re.compile(
    r"(?:(?:因为|由于|因|受)[^,。;:!?]*?)?(?:一度|临时|紧急|随即|随后|后来|现在|现|已经|已|也|均|都|被|遭|将|暂时)*$"
)
# '主办方宣布取消', '组委会决定取消': the subject calls it off, and what is called off is the meeting
_CALLS_IT_OFF = re.compile(r"(?:宣布|决定|只好|被迫|不得不)[^,。;:!?]{0,4}$")


def _cancelled_in_a_clause_of_its_own(after: str, named_at: int, verb: int) -> bool:
    """'…花火節今晚開幕,無人機燈光秀因風勢過大取消': a clause after the meeting's own, with a subject of its own that is
    not the meeting ('本届', '活动', a kind), tells what else was called off; and '一度取消' only for a while."""
    clause = max(after.rfind(",", named_at, verb), after.rfind(";", named_at, verb)) + 1
    if "一度" in after[max(clause, verb - 4) : verb]:
        return True
    if not clause or _CALLS_IT_OFF.search(after, clause, verb):
        return False
    subject = _WHY_AND_HOW_BEFORE.sub("", after[clause:verb], count=1).rsplit("的", 1)[-1]
    return len(subject) >= 2 and not (KIND.search(subject) or _THE_MEETING.search(subject))


def _cancels_it(after: str, key: str, named_at: int = 0) -> bool:
    """'…现已取消', '宣布取消本届论坛': the meeting is called off; '…开幕,取消烟火表演': something at it is.
    `named_at`: where in `after` the meeting's name ends."""
    for match in _CANCELLED.finditer(after):
        if _SIGNAL_BEFORE.search(after, 0, match.start()):
            continue  # '黑色暴雨警告信號在上午11時取消': a weather signal lifted, the meeting goes on
        if _cancelled_in_a_clause_of_its_own(after, named_at, match.start()):
            continue
        subject = _CANCELLED_SUBJECT.search(after, 0, match.start())
        if subject is not None and not (KIND.search(subject.group(1)) or _THE_MEETING.search(subject.group(1))):
            continue  # '原訂9日加開的列車班次取消': those trains are called off, not the festival
        what = _CANCELLED_OBJECT.match(after, match.end())
        thing = what.group(1) if what else ""
        if not thing or KIND.search(thing) or _THE_MEETING.search(thing) or key.endswith(thing[-2:]):
            return True
    return False


# '明年是第20届…', '明年将考虑举办世界茶叶博览会': next year's, or one only planned
_NEXT_EDITION_BEFORE = re.compile(
    r"(?:明年|下届|下一届)(?:的|将是|将为|是|为|就是"
    r"|(?:将|会|还将|也将)?(?:考虑|计划|准备|争取|拟|有望)?(?:在[^,。;]{1,8}?)?(?:举办|举行|承办|主办|办))?[“「『\"]?$"
)
# '首屆藝術節展期16天', '去年燈會為期16天': an edition before the one reported, by how it is named
_EARLIER_EDITION_BEFORE = re.compile(r"(?:首届|上届|上一届|去年|前年|往年|历届)的?$")
# '去年因疫情取消的工展會今年復辦': an earlier edition's fate, this one goes ahead
# '過去連續兩年因應防疫而取消…': the editions of years gone by
_CANCELLED_BEFORE = re.compile(
    r"(?:(?:去年|前年|上届|上一届|往年)[^,。;]{0,8}?|过去(?:连续)?[两三四五六七八九十\d]{1,2}年[^,。;]{0,8}?)(?:取消|停办)"
    r"|复办|恢复举办|重新举办"
)
# not '延遲開放': the doors open late that day ('…延遲開放,下午1時起入場'), the meeting is not moved; not '蔓延至',
# '綿延到': what spreads or stretches to somewhere
_POSTPONED = re.compile(
    r"延期|推迟|延迟(?!开放|开门|入场|开场|开馆)|暂缓|改期|延后|(?<![蔓绵])延[到至]|展延|顺延|"
    r"(?:不会|不能|无法|未能)(?:在[^,。;]{0,12})?如期(?:举行|举办|召开|开幕)"  # '不会在4月15日如期举办'
)
# '因疫情连续三年延期后首次恢复线下举办': earlier editions put off, this one on again
_PAST_POSTPONEMENTS = re.compile(
    r"(?:连续|一连|曾|曾经|此前|先前|多次)[^,。;]{0,6}?(?:延期|推迟|停办)(?:后|之后|以后)?"
    # '…在2020、2021年皆因疫情影響順延,今年終於順利舉辦': put off before, held at last this year
    r"|(?:延期|推迟|停办|顺延)(?=[^。;]{0,12}?今年(?:终于|才|再度|恢复|重新|首度))"
)
# '原訂延期排審的總預算案', '延後實施的新制': put off is what the words after 的 name (a bill, a rule), not the
# meeting, unless they name a meeting ('延期舉行的博覽會')
_POSTPONED_THING = re.compile(r"(?:延期|推迟|延迟|暂缓|延后|顺延)[^,。;:!?的]{0,6}的(?P<thing>[^,。;:!?]{1,24})")


def _not_the_meeting_postponed(fate: str) -> str:
    """`fate` without the postponements that are said of a thing named after them, not of a meeting."""
    return _POSTPONED_THING.sub(
        lambda m: m.group() if KIND.search(m.group("thing")) or _THE_MEETING.search(m.group("thing")) else "",
        fate,
    )


# '駐英代表將延後返台出席會議': a guest's journey put off, not the meeting
_LATE_COMING = re.compile(r"(?:延后|推迟|延迟)(?:返|回|抵|赴|前往|出席|参加|到场|与会|出发|启程|动身)")
# '结束时间由原来下午5时延至晚上8时': the hours of a day moved, not the meeting
_HOURS_MOVED = re.compile(
    rf"时间(?:由[^,。;]{{0,12}}?)?(?:延长|延后|推迟|延)(?:至|到)(?:{PARTS_OF_DAY})?[\d{NUMERAL_CHARS}]{{1,3}}[时点:]"
)
# where the report comes from, with no day: '〔記者王小明／高雄報導〕', '(記者 潘恆 杭州報道)',
# '【記者 吳瑞興／嘉義縣 報導】', and with no mark between reporter and city, '【記者陳世長台中報導】' (the city:
# the longest place name ending the run, _dateline_city); after a slash, with no 报导: '【記者王小華/台北】'; a
# campus paper's '【記者陳品婕淡水校園報導】'
_REPORTED_FROM = re.compile(
    r"[〔【\[(]记者\s*(?:(?:[^〕】\])/\s]{1,12}(?:/|\s+))?(?P<city>[\u4e00-\u9fff]{2,8}?)(?:校园|校区)?\s*(?:报导|报道)"
    r"|[^〕】\])/\s]{1,12}/\s*(?P<filed_from>[\u4e00-\u9fff]{2,8}))[〕】\])]"
)
# the same at the start of the text or of a line near it (after a photo caption), with no brackets:
# '記者王小明／花蓮報導', '示例報／ 記者李小華／嘉義即時報導', '記者王小明/廈門採訪報導'
_OPENING_BYLINE = re.compile(
    r"(?:^|(?<=\n))(?:[^\n/]{1,12}/\s*)?记者\s*[^/\s]{1,12}/\s*(?P<city>[\u4e00-\u9fff]{2,8}?)(?:即时|采访)?\s*(?:报导|报道)(?=\s|$)"
)
# a Hong Kong paper's reporters and the city they report from, closing the lead paragraph, with no mark around them:
# '大公報記者王小明、李大文成都報道', '香港文匯報記者 王小明 深圳報道', '本報記者王小明北京報道'
_PAPERS_REPORTERS_FROM = re.compile(
    r"(?:^|(?<=[。!?\s]))[\u4e00-\u9fff]{1,6}?报记者\s*(?P<city>[\u4e00-\u9fff、·\s]{3,24}?)\s*(?:报道|报导)(?=[:\s]|$)"
)
# an outlet's byline that opens the text, a line or a bracket: '【中時新聞網 王小明/台南報導】', 'ETtoday新聞雲
# 記者王小明／台中報導', '民視新聞／王小明 台北報導', 'TVBS新聞網 記者王小明 / 高雄報導' (the outlet, a space or a
# slash, the reporter, a space or a slash, the city reported from)
_OUTLET_BYLINE = re.compile(
    r"[^\n/〔〕【】\[\]()]{2,16}?(?:\s|/)\s*(?:记者\s*)?[^/\s〔〕【】\[\]()]{2,4}\s*(?:/|\s)\s*"
    r"(?P<city>[\u4e00-\u9fff]{2,8}?)(?:即时|采访)?\s*(?:报导|报道)(?=[\s〕】\])]|$)"
)


def _outlet_byline(head: str) -> re.Match[str] | None:
    """The first _OUTLET_BYLINE at the start of the text, of a line or of a bracket."""
    for match in _OUTLET_BYLINE.finditer(head):
        if match.start() == 0 or head[match.start() - 1] in "\n〔【[(":
            return match
    return None


# '长沙晚报讯(记者 林森)', '香港文匯報訊': a city's paper reports from its city ('湖南日报讯' names a province)
_CITY_PAPER = re.compile(r"(?:^|[\s】\]])(?P<city>[\u4e00-\u9fff]{2,4}?)[\u4e00-\u9fff]{0,2}?(?:日报|晚报|早报|报)讯")
# '深圳新闻网3月2日讯', '南京日报3月2日讯': a city's paper or news site that dates its report files it from its city
_DATED_CITY_PAPER = re.compile(
    r"(?:^|[\s】\]])(?P<city>[\u4e00-\u9fff]{2,4}?)[\u4e00-\u9fff]{0,2}?(?:日报|晚报|早报|报|新闻网)"
    rf"(?:[{NUMERAL_CHARS}]{{1,2}}月)?[{NUMERAL_CHARS}]{{1,3}}日讯"
)
_A_BODY_SAYS = re.compile(r"[”」』]?(?:指出|认为|预估|预测|提醒|发文|贴文)")
# '…、特色艺术展等60项文化活动': a count of items after the list makes its items kinds of activity, not meetings
_PROGRAMME_ITEMS_AFTER = re.compile(
    r"[”」』]?(?:等|等等)(?:(?:多个|多项|系列)?(?:环节|节目|项目|内容)|[\d一二三四五六七八九十百]+(?:项|类|大类))"
)
# '将举办游客换装、“相遇那达慕·游客签名”、传统那达慕等特色活动': an item of a list the clause closes with
# '等…活动', a part of the day's programme, not a meeting of its own
_LISTED_ITEM_AFTER = re.compile(
    r"[”」』]?(?P<more>[^、,。;:!?]{0,12}、[^,。;:!?]{0,60}?)?(?:等|等等)"
    # '…、乒乓球等共计32项体育健身活动': the list's count of items may come between
    rf"(?:(?:共计|总计|共)?[\d{NUMERAL_CHARS}]{{1,4}}(?:项|场|个|类))?[\u4e00-\u9fff]{{0,4}}?(?:活动|环节|节目|项目|内容)"
)
# '活动包含A、B', '内容包括A、B': the list that follows is the programme of a meeting named before (an item with
# a day of its own, '包括5日的…', is a meeting of its own)
# and '今屆的賽事組合包括…大賽、…盃': the races a Grand Prix or a games is made of
_PROGRAMME_OF_IT = re.compile(
    r"(?:活动|内容|节目|赛事(?:组合|项目)?|比赛项目)(?:还|也)?(?:包含|包括|涵盖)[^,。;:!?\d日]*$"
)
# the verb the list is the object of ('将举办A、B等活动'; not '示例论坛、示例峰会等活动在京举行')
_LIST_HELD_BEFORE = re.compile(r"(?:举办|举行|开展|推出|安排|设有|设置|包括|包含|(?:会|将|还|另)有)[^,。;:!?]*$")
# '以“特色美食节”“摄影大赛”等为载体', '以举行记者会及新闻稿等形式': the means, the theme or the manner of what
# the clause holds, not a meeting of its own
_BY_WAY_OF_REACH = 32
_BY_WAY_OF_BEFORE = re.compile(r"(?<![可所予难加得足借])以(?![及上下后来前外内便免致])[^,。;:!?]{0,30}$")
_BY_WAY_OF_AFTER = re.compile(
    r"(?:[^。;:!?”」』\"]{0,20}[”」』\"])?"  # '以「運動豐年祭,台東原動力」為活動主軸': a comma inside the quote
    r"[^,。;:!?]{0,40}?(?:为(?:活动)?(?:载体|主题|题|抓手|依托|平台|主线|主轴)|等(?:形式|方式))"
)
# '以最高礼遇“高山流水”仪式向宾客敬酒', '以隆重的入城仪式欢迎…': the rite guests are greeted with, no meeting
_GREETS_WITH_IT = re.compile(
    r"[”」』\"]?(?:向|为|给)[^,。;:!?]{1,12}?(?:敬酒|献酒|献哈达|致敬|致意|献礼)|[”」』\"]?(?:欢迎|迎接|迎送)"
)
# '围绕“相约草原 遇见那达慕”主题,组织举办…活动': the theme the programme is built around, not a meeting
_AROUND_THEME_BEFORE = re.compile(r"(?:围绕|紧扣|聚焦|突出)[“「『\"]$")
_AROUND_THEME_AFTER = re.compile(r"[”」』\"](?:这一|这个)?主题(?!活动|展|节|周|日|晚会|论坛|大会)")
# '花卉展的主题为“示例美食节”': the theme a show is given, not a meeting of that name
_THEME_IS_BEFORE = re.compile(r"主题(?:为|是|定为)[“「『\"]?$")
# '舉行回歸活動,主題為「…嘉年華」': the theme names an activity that has no name of its own
_ACTIVITY_THEMED = re.compile(r"活动[,:]?主题(?:为|是|定为)[“「『\"]?$")
# '…开幕式,将正式拉开“遇见那达慕”系列主题活动的序幕': what the meeting before it opens, no meeting that day
_CURTAIN_RAISED_ON = re.compile(r"拉开了?[“「『\"]?$")
_CURTAIN_RAISED_FOR = re.compile(r"为(?:今年|本届|今年的|本届的)?[“「『\"]?$")
# '舉辦祭祖儀式,為豐年祭揭開序幕': a rite of its own, held before the meeting it heralds; not an opening rite
# ('開幕儀式,為示例節揭開序幕', '點燈儀式', '啟動儀式': those open the meeting that day)
_PRELUDE_RITE = re.compile(
    r"^(?!.*(?:开幕|开园|开馆|开展|揭幕|启幕|启动|开营|开锣|亮灯|点灯|开灯)).*(?:仪式|典礼|祭典|法会)$"
)
_CURTAIN_AFTER = re.compile(r"[”」』\"]?[^,。;:!?]{0,8}?的?(?:序幕|帷幕)")
# '经执委会会议讨论决定', '经…会议讨论,决议从…起': the body whose decision the report gives, not a meeting it dates
_DECIDED_AFTER = re.compile(r"(?:讨论|研究|审议|审定)?,?(?:决定|决议|通过|批准|同意)")
# '每日甘肃网兰州讯(记者…)': an outlet's dateline with its city and no day, before the reporters' names
# '【苗栗訊】2018示例山水節…': a local paper's bracketed dateline, its city and no day ('【本報訊】' names none)
_BRACKETED_DATELINE = re.compile(r"(?:^|(?<=\n))\s*[【\[〔](?P<city>[\u4e00-\u9fff]{2,4}?)讯[】\]〕]")
_UNDATED_DATELINE = re.compile(r"(?:社|网|台|报)(?P<city>[\u4e00-\u9fff]{2,4}?)讯\s*[(（]")
# '本报济南讯 10月18日,…': a paper's own dateline, its city and no day, the report right after it
_OWN_PAPER_DATELINE = re.compile(r"本报(?P<city>[\u4e00-\u9fff]{2,4}?)讯")
_UNTIL = re.compile(r"(?:至|到|截至|截止|截止日期为|截止时间为|直到)(?:(?:星期|周)[一二三四五六日天]\()?$")
_TAKES_EFFECT = re.compile(r"起?(?:正式)?(?:实施|施行|生效|执行|推行)")
# '…艺术节订于12日晚间6点起到13日休园': the days its grounds are shut (a typhoon), not days it is held
# '星期一(7月21日)提早于上午9时开放': a day of the run whose opening hours change, not the first day
_HOURS_OF_THE_DAY = re.compile(
    r"\)?[^,。;:!?]{0,10}?(?:提早|提前|延长|延迟|推迟|缩短)(?:于|至|到)?[^,。;:!?]{0,8}?(?:开放|开门|开馆|入场)"
)
_SHUT = re.compile(r"(?:全天|全日)?(?:预警性|预防性)?(?:休园|闭园|休馆|闭馆|封园|暂停开放|停止开放)")
_COUNTED_FROM = re.compile(r"\)?起?(?:至今|迄今|以来)")
# '延期至5月7日', '順延一天至10日', '延期约1年,至明年10月1日', '改为10日': its new first day
_MOVED_REACH = 10  # how far before a day _MOVED_TO looks
_MOVED_TO = re.compile(
    r"(?:延期|推迟|推延|延后|改期|顺延|提前|延|改|调整|整合|合并|移|挪)"
    r"(?:约|大约)?(?:[一二两三四五六七八九十\d]{1,2}(?:天|日|周|个月|年))?,?(?:至|到)$|(?:改|调整|更改|变更)(?:为|在|于)$"
)
# the shortest city before the day: '上海九月十五日电' is 上海 on 九月十五日; a day may take three numerals,
# '台中市二十四日電'
_DATELINE = re.compile(
    # '…新闻网站\n北京6月23日电 今天上午': a line that opens with the city and day, its agency on a line before
    # (or none: a body that opens '北京6月23日电 今天上午')
    r"(?:(?:社|网|台|报|新闻|在线)(?:消息[,，]?\s?)?(?:记者[^)\s]{0,12}?)?|(?<=\n)|^)(?P<city>[\u4e00-\u9fff]{2,4}?)"
    r"(?:/[\u4e00-\u9fff]{2,4})?"
    rf"(?:(?P<m>[{NUMERAL_CHARS}]{{1,2}})月)?(?P<d>[{NUMERAL_CHARS}]{{1,3}})日(?:专?电|讯|消息)"
)
# '【本報駐澳門記者李大明30日電】': a paper's own reporter files the day, from the city the paper keeps them in
_REPORTER_DATELINE = re.compile(
    r"[【〔\[(]本报(?:驻(?P<city>[\u4e00-\u9fff]{2,4}?))?(?:特派)?记者[\u4e00-\u9fff·]{2,4}?"
    rf"(?:(?P<m>[{NUMERAL_CHARS}]{{1,2}})月)?(?P<d>[{NUMERAL_CHARS}]{{1,3}})日专?电[】〕\])]"
)
# '…會議安排在下午三時開始。(北京七日電)': a Hong Kong or Macau paper's dateline closes the report
_CLOSING_DATELINE = re.compile(
    rf"[(（](?P<city>[\u4e00-\u9fff]{{2,4}}?)(?:(?P<m>[{NUMERAL_CHARS}]{{1,2}})月)?(?P<d>[{NUMERAL_CHARS}]{{1,3}})日专?电[)）]"
)
# how every _CLOSING_DATELINE ends: a text without it has none (a scan for its first character, far faster)
_CLOSING_DATELINE_END = re.compile(r"日专?电[)）]")
# '东南网6月29日上海讯': the day before the city; '湖南日报11月5日讯': no city at all
_DATELINE_DATE_FIRST = re.compile(
    rf"(?:社|网|台|报|新闻|在线)(?:(?P<m>[{NUMERAL_CHARS}]{{1,2}})月)?(?P<d>[{NUMERAL_CHARS}]{{1,3}})日"
    r"(?P<city>[\u4e00-\u9fff]{2,4}?)?(?:专?电|讯|消息)"
)
# '东方网记者王某6月17日报道:': a site's reporter dates the report, its 今晚 is that day's evening
_REPORTER_DAY_DATELINE = re.compile(
    r"(?:社|网|台|报|新闻|在线)记者[\u4e00-\u9fff·]{2,4}?"
    rf"(?:(?P<m>[{NUMERAL_CHARS}]{{1,2}})月)?(?P<d>[{NUMERAL_CHARS}]{{1,3}})日(?P<city>[\u4e00-\u9fff]{{2,4}}?)?(?:报道|报导)"
)
# '央广网北京9月6日消息': a site's dateline, the day the report is filed, not a meeting's
_DATELINE_DAY = re.compile(r"^(?:专?电|讯|消息)")
_DATELINE_END = re.compile(rf"[{NUMERAL_CHARS}]日(?:专?电|讯|消息)$")
# how far after '在', '假'… the words that may name a place run: '…商務中心「南塔」8樓…舉行', a venue with its
# tower and floor, runs past 24 characters
_SLOT_WIDTH = 32
# '假台東市舉行': Taiwan's formal 'held at', borrowing the place; '假座…舉行': Hong Kong's and Macau's
_SLOT_TRIGGER = re.compile(
    # '在致词时感谢立法院…': the moment a speaker speaks, not a place
    # '关于澳门的新闻', '由于', '对于', '属于': 于 of a word that names no place ('位于' does)
    r"在(?!线|致[辞词]|讲话|发言|演讲|会上|会中)|(?<![关对由至属基鉴终善便易过归乐敢勇急忠免利碍])于|赴|落户|设在|选址|移师|改在|转至|齐聚|聚首|云集|相聚|汇聚"
    rf"|假座?(?=[^,。;]{{2,{_SLOT_WIDTH}}}?(?:举行|举办|召开))"
    # '民众可以来嘉义县逛台湾灯会', '到台中参加…': come to a place to visit the meeting
    # '啟程前往北京,出席翌日舉行的…', '抵達俄國聖彼得堡出席…': the city a guest travels to, to attend or host the
    # meeting
    r"|(?:来|到|前往|抵达)(?!自)(?=[\u4e00-\u9fff]{2,5}(?:逛|参加|参观|观赏|观看|体验|,(?:出席|主持|参加))"
    r"|(?<=抵达)[\u4e00-\u9fff]{2,8}?(?:出席|参加))"
    # '北上前进板桥…百货举办「…」展售活动', '进驻…广场举办…': where a team goes to hold it
    r"|(?:前进|进驻|前往)(?=[^,。;]{2,24}?(?:举行|举办))"
    r"|(?P<led>(?:率领|率团|带领|带队)[^,。;:!?]{0,12}?前往)"  # '…论坛登场,副市长率领官员前往上海': its guests go
)
_SLOT_LEAD = re.compile(
    rf"(?:(?:\d{{4}}|[{NUMERAL_CHARS}]{{1,4}})[年月日号]|[至到\-]|上午|下午|晚上|今天|明天|本月|"
    rf"[{NUMERAL_CHARS}]{{1,2}}[时点](?:[{NUMERAL_CHARS}]{{1,2}}分)?)+"
)
_STATED_PLACE = re.compile(
    r"(?:^|[。\n;])(?:活动|会议|论坛|展览|比赛|大会|举办|举行)?(?:地点|场地)(?:为|是|设在|位于|在)?:?\s*(?P<slot>[^,。;!?\n]{2,30})"
)
_VERB_BEFORE_PART = re.compile(r"^(?:启动|宣布|出席|参加|主持)(?=(?:开幕式|闭幕式|开幕典礼|开幕仪式|仪式|典礼)$)")
# '仪仗队、各代表团及裁判员队伍进入开幕式主会场': who marches in, then the ceremony they enter
_ENTERS_PART = re.compile(r"[进步走]入(?=(?:开幕式|闭幕式|开幕典礼|开幕仪式|仪式|典礼)$)")
_CAPTION_MARK = re.compile(r"[左中右前后][一二三四五六七八九1-9]?")
_PHOTO_CREDIT = re.compile(r"[(（][^()（）\n]{0,24}摄[)）]\s*$")  # '(王小明 摄)' ends a photo's caption
# the day something was said or decided ('…協會今日(21日)宣布，原定…舉行的…回顧展取消') or a journey to the meeting
# began ('原定明天上午出发前往北京,出席…会议') dates no meeting
# '10日上午抵達之後,下午舉行記者會': the day someone arrived goes on into the clause after, later that day
_SAME_DAY_GOES_ON = re.compile(
    r"\)?(?:上午|早上|中午)?[^,。;:!?]{0,12}?,(?:随后|之后|接着)?(?:下午|晚上|晚间|傍晚|当晚|午后)(?:[在于][^,。;]{1,20}?)?"
    r"(?:举行|举办|召开|出席|参加|主持)"
)
_SOMEONES_DAY = re.compile(
    rf"\)?(?:{PARTS_OF_DAY})?"
    r"(?:宣布|表示|透露|指出|证实|回应|称|说|(?:临时)?(?:确定|决定)(?!于)|出发|启程|动身|抵达|观摩|参观)"
)
# '…博览会将赴曼谷办展', '…展览会首次赴海外巡展': a fair that takes a show of it to another place
_SHOW_TAKEN_TO = re.compile(r"(?:将|将要|首次|还将|再次)?(?P<show>赴[^,。;:!?、\s]{2,12}?(?:办展|巡展|路演))")
_PAVILION_AFTER = re.compile(
    rf"(?![在于到至和与及、])[\u4e00-\u9fff]{{1,6}}?(?:馆|展区|体验区|专区)(?=将|于|已|正式|进入|昨|今|明|[{NUMERAL_CHARS}])"
)
_ORGANISER_BEFORE = re.compile(r"(?:由|经)[^,。;:!?]*$")
# '…论坛(FORGES)委员会主席': an office in the body, past a short name in brackets
_ROLE_AFTER = re.compile(
    r"(?:\([^()]{1,12}\))?(?:委员会|理事会)?(?:总?召集人|成员|秘书长|非官守议员|主席(?!团))"
    r"|(?:国手|名将|健将)"  # '女子马拉松国手许某': an athlete of the sport, no race
    r"|(?<=马拉松)运动(?!会)"  # '为推广马拉松运动', '热爱马拉松运动的市民': the sport, no race of it
    r"|主办方(?:发布|宣布|表示|透露|称)"  # '中国建博会主办方发布公告': who holds it speaks, on a day of their own
)


def _heads_it(text: str, end: int) -> bool:
    """'…青年会长陈某': 会长 names the head of the body before it; '…大会长沙主会场' is a city after the name."""
    return text.startswith("长", end) and not any(find_place(text[end : end + n]) for n in (2, 3))


# '…马拉松就表示,', '…展览会发布公告称,': its organisers
_SPEAKS_AFTER = re.compile(
    r"(?:就|也|还|再次|已)?(?:(?:发布|发出)(?:公告|通知|声明|通告)称?|表示|宣布|称|透露|通报)[,:]"
)
_DELEGATION_AFTER = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:代表团|代表组|团组)"  # '…会议山东代表团': a delegation to it
    # '在「…节」及「…大赛」授旗礼上': the send-off of a team going to them, held on another day than theirs
    r"|[”」』\"]?(?:[及和与、][“「『\"][^”」』\"]{1,30}[”」』\"])*(?:授旗|出征|壮行|誓师)"
)
_ORGANISES = re.compile(r"(?:和|与|及)?[^,。;:!?的]{0,20}?(?:共同|联合)?(?:主办|承办|举办|发起|组织|协办|指导)")
_DATE_IN_NAME = re.compile(r"(?:明年|今年|去年|\d{4}年)\d{1,2}月")
# '2023年12月招商引资项目集中签约仪式': the projects of one month, signed or begun together, name its ceremony
_MONTHS_BATCH = re.compile(r"\d{4}年\d{1,2}月份?[\u4e00-\u9fff]{0,12}?(?:项目|集中(?:签约|开工|开复工|竣工|投产))")
_OPENING_QUOTES = ("“", "「", "『", '"')
_INNER_QUOTE = re.compile(r"[“「『《][^”」』》]*[”」』》]")
_CLOSING_QUOTES = ("”", "」", "』", '"')
_RECURRING = re.compile(r"每(?:天|日|周|週|星期|月|年|逢|晚|早)")
_ATTENDS = "参加|出席|列席|参与|参会"
_ATTENDEES_OF = re.compile(rf"(?:{_ATTENDS})$")
# '会见了来京出席…论坛的嘉宾', '宴请参加…博览会的外宾': the day of a call on the guests a meeting brought, not its own
_CALL_ON_ATTENDEES = re.compile(rf"(?:会见|会晤|看望|接见|宴请|慰问|欢迎|款待)(?:了)?[^,。;]{{0,12}}?(?:{_ATTENDS})$")
_GUESTS_OF_IT = re.compile(r"[”」』》]?的[^,。;]{0,8}?(?:嘉宾|代表|客人|来宾|外宾|贵宾|客商|专家|学者|选手)")
_HELD_ALONGSIDE = re.compile(r"[”」』》]?(?:同期|同时|同步|一同|一并)(?:隆重|盛大|联合)?(?:举办|举行|召开|开幕|开展)")
# '繼…馬拉松圓滿舉行後', '继…博览会落幕之后': a meeting over before the one the sentence reports
_DONE_BEFORE_THIS = re.compile(r"[”」』》]?[^,。;]{0,6}?(?:圆满)?(?:举行|举办|结束|落幕|闭幕|收官)(?:之)?后")
_FOLLOWING = re.compile(r"继[“「『《\"]?$")
# '作为“…艺术节”系列活动之一': the series the sentence's event belongs to
_AS_PART_OF = re.compile(r"作为[“「『《\"]?$")
_ONE_OF_ITS_EVENTS = re.compile(r"[”」』》\"]?的?(?:系列|系列活动|重要活动|活动|主题活动|配套活动)之一")
_TRAVELLING = re.compile(r"抵达|抵京|抵港|赴京|奔赴|前往|出发|启程|乘坐|乘机|登机|返回|离开|参观|考察|视察|调研|走访")
_GUESTS_ARRIVE = re.compile(
    r"的[^,。;]{0,8}?(?:嘉宾|代表|客人|来宾|选手|运动员)[^,。;]{0,4}?(?:到达|抵达|报到|到来|莅临)"
)
_MAIN_VENUE = re.compile(r"主会场(?:设在|位于|在)(?P<slot>[^,。;:!?\n]{1,20})")
_ALIAS = re.compile(
    r"^\((?:(?:(?:以下)?简称|又称|亦称|也称|俗称|通称)[“「\"]?(?P<alias>[^”」\")]{2,12})[”」\"]?"
    r"|(?:今年|本届|本次)?(?:春季|夏季|秋季|冬季)?"
    rf"(?P<known>(?:{_NTH_EDITION})?[“「\"]?[\u4e00-\u9fff]{{1,6}}(?:会|展|节|论坛|峰会)[”」\"]?))\)"
)  # '(以下简称进博会)', '(又称“夏季达沃斯论坛”)', '(今年秋季广交会)', '(第26届“哈洽会”)'
_TRAILING_NOTE = re.compile(r"^\([^()]{2,10}\)")
_LEARNING = "获悉|获知|得知|了解到"
_LEARNED = re.compile(rf"(?:记者)?(?:从[^,。;]{{1,20}}?)?(?:{_LEARNING})")
_LEARNED_AT_A_MEETING = re.compile(rf"从[^,。;]{{0,20}}?(?:{BARE_KINDS})(?:上|中|现场)(?:{_LEARNING})")
_REPORTING = re.compile(
    r"\)?(?:上午|下午|晚间)?(?:(?:本报)?记者(?:从[^,。;]{1,20}?)?)?"
    # '周六(28日)在社交平台表示': the day someone posted on a social network, not a meeting's
    r"(?:在(?:社交平台|社交媒体|社交网站|社群平台|社群网站|脸书|面书|微博|微信|网志|个人专页|专页|Facebook|Instagram)"
    r"[^,。;]{0,6}?)?"
    rf"(?:宣布|表示|说|称|指出|透露|公布|发布消息|证实|受访|传出|{_LEARNING}|报道)"
)
# '当地时间9月11日晚间(台湾12日清晨)': the same moment at home, not the meeting's own day
_HOME_TIME = re.compile(r"\((?:北京|台北|台湾|香港|澳门)(?:时间)?$")
_TEXT: ContextVar[str] = ContextVar("text", default="")
_NameSpan = tuple[int, int, str, str, bool]  # begin, end, name as written, Simplified key, refers back
_ORPHAN_EVENT = re.compile(r"举行|召开|举办|开幕|登场")
# '…協辦的「示例青年交流分享」今日(22日)假…舉行': a quoted title with no kind word (nor a body's), its day right
# after the closing quote and its verb of holding in the same clause, names the meeting held
_QUOTED_TITLE = re.compile(r"[“「『](?P<title>[^“”「」『』,。;:!?\n]{4,40})[”」』]")
_HELD_IN_CLAUSE = re.compile(r"[^,。;:!?]{0,30}?(?:举行|举办|召开)")


def _organises_quoted(text: str, end: int) -> bool:
    organises = _ORGANISES.match(text, end)
    return (
        organises is not None
        and text.startswith("的", organises.end())
        and text[organises.end() + 1 : organises.end() + 2] in _OPENING_QUOTES
    )


def _quoted_meeting(working: WorkingText, start: int, end: int, dates: list[DateMention]) -> list[_NameSpan]:
    text = working.text
    for quoted in _QUOTED_TITLE.finditer(text, start, end):
        if KIND.search(quoted.group("title")) or _BODY.search(quoted.group("title")):
            continue  # '「示例委員會」明日舉行': a body, or a kind the names already weighed
        if any(d.begin == quoted.end() for d in dates) and _HELD_IN_CLAUSE.match(text, quoted.end(), end):
            a, b = quoted.span("title")
            return [(a, b, working.span(a, b), text[a:b], False)]
    return []


_VENUE_WORD = re.compile(r"馆|中心|酒店|宾馆|会堂|大厦|园|厅|广场|大学|学院|站|楼")
_BIG_CITY = 500_000
SMALL_TOWN = 100_000
_SCHOOL_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:大学|学院|书院)")
_BUILDING = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:礼堂|饭店|酒店|宾馆|大厦|会堂|剧院|大楼)")
_SENTENCE_ENDS = "。!?;\n"
# a run of _SENTENCE_ENDS, written as one alternative for each first character, so that the regex engine only
# looks at those characters (a class or a repeat first has it try a match at every one); an ellipsis before a
# date closes a list of things to do: '…、看歌舞……昨日,…庙会开启'
_SENTENCE_END = re.compile(
    "|".join(f"{re.escape(end)}[{_SENTENCE_ENDS}]*" for end in _SENTENCE_ENDS)
    + r"|……+(?=[今昨明前本当]|\d|[一二三四五六七八九十]{1,3}月)"
)
# '舉行“你好,香港!”啟動禮': a mark that closes a short quoted title ends the title, not the sentence
_TITLE_MARK = re.compile(r"[“「『《][^“”「」『』《》。;\n]{1,12}$")
_ORIGINAL_HEADLINE = re.compile(r"\s*原标题:")
_LINK_IN_A_LIST = re.compile(r"[^\s\d:](?:19|20)\d\d-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d\d(?::\d\d)?)?\s*$")
# '浙江日报 要闻 00002 示例论坛在京举行 2021-05-30 22600732 2 2021年05月30日 星期日': a digital paper's line for
# its page, the headline again between the page and the day the paper came out
_PAGE_OF_A_PAPER = re.compile(
    r"(?:19|20)\d\d-\d{1,2}-\d{1,2}[\s\d]*(?:19|20)\d\d年\d{1,2}月\d{1,2}日\s*星期[一二三四五六日天]\s*$"
)
# '…举行招待会,当场宣布,…展佛活动如期举行': what was announced there is another clause, of another day
_LEARNED_AT = re.compile(rf"(?:上|中|现场)?(?:{_LEARNING})|上(?:宣布|表示|透露|指出)|,当场(?:宣布|表示|透露)")
# '主持市政会议时表示,…', '参加博览会开幕式致词时指出,…': what was said at the meeting, after it, is another clause,
# of its own tense and runs of days (read only right after the name, by .match)
_SPOKE_AT = re.compile(r"(?:[^,。;:!?]{0,4}?(?:致词|致辞|演讲|讲话))?时(?:也|并|更|则)?(?:表示|指出|强调|说|透露)[,:]")
# '论坛2024': a year or a number ends a name; '糖酒会24~26日举行': the first day of a range does not
# '示例论坛2019在京举行' ends in its year; '绕境9天8夜', '论坛300人', '马拉松16周年', '公开赛16强' count
# something after the name
# '台北國際電腦展COMPUTEX 2022', '…遊艇展KYS 2023': a Latin name in capitals written straight after the kind,
# with its year; not a word in lower case ('…展Apple'), nor a single letter ('展A區': a hall)
_LATIN_NAME_JOINED = re.compile(r"[A-Z]{2,}(?![A-Za-z])(?: ?(?:19|20)\d{2}(?!\d))?")
_NUMBER_AFTER = re.compile(
    r"\d{1,4}(?![\d年月日号时点:./天夜场人名万千百亿个届次家项位岁米元%周强]|小时|公里|分钟|(?:至|到|[-—–~])\d{1,2}[日号])"
)
_CLOSING_QUOTE = re.compile(r"[^,。;:!?]{0,10}?[”」』》]")
# a year ('2019', '二〇一九年', Taiwan's '114年') and an edition; the party or the CPPCC whose local body
# meets ('中共余杭区第五次代表大会', '政协浦东新区第七届委员会第三次会议': the district's own, in its city)
_NAME_HEAD = re.compile(
    rf"^(?:中国共产党|中共|政协|中国人民政治协商会议)?"
    rf"(?:(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})年?|\d{{2,3}}年度?)?(?:{_NTH_EDITION})?"
)
_SLOT_VERB = re.compile(r"举行|召开|开幕|举办|隆重|盛大|盛装|热闹|启幕|登场|揭幕|进行|拉开|落幕|闭幕|开展|展出")
_VENUE_TAIL = re.compile(r"\w*(?:\(\w*\)\w*)*")  # '…中心(B馆)': parentheses that close


def chinese_candidates(working: WorkingText, reference: date | None) -> list[Candidate]:
    text = working.text
    _TEXT.set(text)
    dateline_city, dateline_date, dateline_phrase = _dateline(working, reference)
    reference = dateline_date or _own_today(text, reference) or reference
    if reference is None:
        return []
    mentions = [
        m
        for m in find_dates(text)
        if not _DATELINE_DAY.match(text[m.finish :])
        and not (_SOMEONES_DAY.match(text, m.finish) and not _SAME_DAY_GOES_ON.match(text, m.finish))
        and not _HOME_TIME.search(text, max(0, m.begin - 6), m.begin)
        and not _far_guess(m, reference)
    ]
    _inherit_months(mentions, reference, text)
    _on_in_a_year_to_come(text, mentions, reference)
    candidates: list[Candidate] = []
    aliases: dict[str, tuple[str, str]] = {}  # an alias's key: the full name's key and written name
    previous_day: date | None = None
    previous_kind = "relative"  # how the text named previous_day ('12日…。…当天举办的…': as '12日' did)
    previous_run = False  # previous_day is the first of a run ('3月22日至23日')
    previous_said: tuple[date, str] | None = None  # the day the sentence before dates a saying ('7日在南宁宣布')
    previous: tuple[DateMention, date] | None = None  # the last date of the sentence before
    previous_unnamed = False  # the sentence before named no meeting: it sets the scene ('…广场彩旗飘扬')
    last_dated: tuple[DateMention, date] | None = None  # the last date of any paragraph before
    for sentence_start, sentence_end in _sentences(text):
        sentence = text[sentence_start:sentence_end]
        if "-" in sentence and _LINK_IN_A_LIST.search(sentence):
            continue  # '第十二届北京香山论坛将于9月17日至19日举行2025-09-11': another story's headline, linked
        if "星期" in sentence and _PAGE_OF_A_PAPER.search(sentence):
            continue  # the paper's page line: the headline and the day of the paper, not the day of the meeting
        if _ORIGINAL_HEADLINE.match(sentence):
            continue  # '原标题:…糖酒会24~26日成都举行': the headline again, its days shortened; the body dates it
        names = list(_names(working, sentence_start, sentence_end, aliases))
        if names:
            names = _subject_of_a_rating(
                working,
                sentence_start,
                _without_short_names(
                    text,
                    _without_delegations(
                        text,
                        _without_means(
                            text,
                            _without_conjoined_items(text, _without_list_heads(text, _dash_joined(working, names))),
                        ),
                    ),
                ),
            )
        sentence_dates = [
            m for m in mentions if sentence_start <= m.begin < sentence_end and not _PHOTO_TAKEN.match(text, m.finish)
        ]
        _in_this_year(text, sentence_start, sentence_dates, reference)
        if not names and sentence_dates and "展" in sentence:  # each run of a show names it (展期, 展览, 展出)
            runs_until = _SHOW_RUNS_UNTIL.match(sentence)
            if runs_until and sentence_dates[0].begin == sentence_start + runs_until.end():
                _end_last_show(candidates, sentence_dates[0], reference)
            runs_from = _SHOW_RUNS_FROM.match(sentence)
            if runs_from and sentence_dates[0].begin == sentence_start + runs_from.end():
                run_phrase = working.span(sentence_dates[0].begin, sentence_dates[0].finish)
                _run_of_last_show(candidates, sentence_dates[0], reference, run_phrase)
        series_from = _SERIES_RUNS_FROM.match(sentence) if not names else None
        if series_from and sentence_dates and sentence_dates[0].begin == sentence_start + series_from.end():
            _run_of_last_meeting(candidates, sentence_dates[0], reference)
        run = _RUN_OF_QUOTED.search(sentence) if not names else None
        if run is not None:
            _run_of_quoted(candidates, run.group("quoted"), chinese_number(run.group("n")))
        if names and all(n[4] for n in names):
            # '…摄影大展在平遥拉开帷幕。据悉,本届大展将持续至9月25日': the meeting named before runs until that day
            word = _DETERMINERS.sub("", names[0][3])
            for until in sentence_dates:
                if word and _RUNS_UNTIL.search(text, sentence_start, until.begin):
                    _end_last_show(candidates, until, reference, re.compile(re.escape(word) + "$"))
        # '…聯誼會教育委員會協辦的「…分享」': a body that holds the meeting quoted next, no meeting
        names = [n for n in names if not _organises_quoted(text, n[1])]
        if not names and sentence_dates and "举" in sentence:
            names = _quoted_meeting(working, sentence_start, sentence_end, sentence_dates)
        if not names and sentence_dates and _ORPHAN_EVENT.search(sentence) and not _GOES_ON_TO_KIND.search(sentence):
            names = [(sentence_start, sentence_start, "", "会", True)]
        abroad = (
            bool(names)
            and dateline_city is not None
            and _names_abroad(working, sentence_start, sentence_end, dateline_city[0])
        )
        learned_after: int | None = None  # where what was learned at a meeting of the sentence begins
        for index, (begin, end, name, key, refers_back) in enumerate(names):
            first = index
            while first and (
                _joined(text, names[first - 1], names[first])
                or (
                    _PRESS_SESSION.search(text, names[first][1] - 2, names[first][1])
                    and _BEFORE_THE_SESSION.fullmatch(text, names[first - 1][1], names[first][0])
                )
                or _session_holds(text, names[first - 1], names[first])
            ):
                # '出席升旗儀式和國慶酒會': a name joined to the one before shares its day and verb; so does a media
                # session before a meeting ('出席行政會議前會見傳媒')
                first -= 1
            clause_start = names[first - 1][1] if first else sentence_start
            if first:
                clause_start = _own_clause_of_next(text, clause_start, names[first][0], sentence_dates) or clause_start
            clause_end = names[index + 1][0] if index + 1 < len(names) else sentence_end
            if index + 1 < len(names):
                clause_end = _own_clause_of_next(text, end, names[index + 1][0], sentence_dates) or clause_end
            following = index + 1
            while following < len(names) and _joined(text, names[following - 1], names[following]):
                # '“A”(22屆MIF)及“B”今(19)日…開幕': names joined into one subject share its day and verb
                following += 1
                clause_end = names[following][0] if following < len(names) else sentence_end
            learned = _LEARNED_AT.match(text, end)
            if learned is not None:  # '从…新闻发布会上获悉:…设在运城': what was learned there is another clause
                clause_end = min(clause_end, learned.end())
                learned_after = learned.end() if learned_after is None else learned_after
            spoke = _SPOKE_AT.match(text, end)
            if (
                spoke is not None
            ):  # '主持市政会议时表示,…将率团进行为期8天的访问': what was said there is another clause
                clause_end = min(clause_end, spoke.end())
            # its words are not the tense of this one
            clause = _OCCASION_TO_COME.sub("", _WARM_UP_FOR.sub("", text[clause_start:clause_end]))
            after = text[end:clause_end] if index else text[sentence_start:clause_end]
            if index + 1 < len(names) and _HOLDS_NEXT.match(text, end, names[index + 1][0]):
                continue  # '…联席会议举行的…新闻发布会': the first holds the second, it is no meeting here
            if index + 1 < len(names) and _hosts_next(text, end, key, names[index + 1]):
                continue  # '…人大二次会议举行第一场新闻发布会': the press conference is that day's meeting
            if index + 1 < len(names) and _run_holds_on_a_day(text, names[index], names[index + 1], sentence_dates):
                continue  # '…嘉年華8/1起一連兩晚在…舉行…音樂會': the day is the concert's, not the festival's first
            if index + 1 < len(names) and _session_holds(text, names[index], names[index + 1]):
                continue  # '…政协十届三次会议举行…座谈会': that day's meeting is the one the session holds
            if index + 1 < len(names) and _run_holds_quoted(text, names[index], names[index + 1]):
                continue  # '…博覽會舉辦「…分論壇」': the day is the forum's, not the fair's first
            if (
                _ATTENDEES_OF.search(text, max(sentence_start, begin - 6), begin)
                and text.startswith("的", end)
                and _TRAVELLING.search(text, end, clause_end)
            ):
                continue  # '3月2日,参加…全国人大五次会议的代表乘高铁赴京': the day of the delegates' journey or visit
            if text[begin - 1 : begin] in "与和同" and _HELD_ALONGSIDE.match(text, end):
                continue  # '…博览会将于…在临州与第三届…节同期举办': the festival it keeps company with, no day given
            if _CALL_ON_ATTENDEES.search(text, max(sentence_start, begin - 20), begin) and _GUESTS_OF_IT.match(
                text, end
            ):
                continue  # '今晚,省长在…会见了来我省出席…论坛的嘉宾': the call's day, which is not the forum's
            if (key.startswith("继") or _FOLLOWING.search(text, max(0, begin - 2), begin)) and _DONE_BEFORE_THIS.match(
                text, end
            ):
                continue  # '繼示例馬拉松圓滿舉行後，澳門接力舉辦長跑賽': the one held before, no day of it given
            if _AS_PART_OF.search(text, max(sentence_start, begin - 4), begin) and _ONE_OF_ITS_EVENTS.match(text, end):
                continue  # '作为“…文化艺术节”系列活动之一,…晚会在银川举行': the series the day's event is one of
            if _ORGANISER_BEFORE.search(text, max(sentence_start, begin - 12), begin) and _ORGANISES.match(text, end):
                continue  # '由…同学总会和…联谊会共同主办的…研讨会': the bodies that hold it, not a meeting
            if key.endswith("联谊会") and (_HOLDS_SOMETHING.match(text, end) or _CALLS_ON.match(text, end)):
                continue  # the club that holds it, or pays a call
            if _PRIZE_AFTER.match(text, end) and _WON_AT.search(text, max(sentence_start, begin - 3), begin):
                continue  # '甫獲全國中等學校運動會跆拳道金牌': where a prize was won, not this report's meeting
            if _A_BODY_SAYS.match(text, end):
                continue  # '氣象粉專「台灣颱風論壇」指出': a page or a body that speaks, no meeting
            if _ROLE_AFTER.match(text, end):
                continue  # '行政会议召集人叶刘淑仪': an office she holds in a body, not a meeting
            listed = _LISTED_ITEM_AFTER.match(text, end)
            if _PROGRAMME_ITEMS_AFTER.match(text, end) or (
                listed is not None
                and (listed.group("more") is not None or "、" in text[max(sentence_start, begin - 2) : begin])
                and _LIST_HELD_BEFORE.search(text, max(sentence_start, begin - 60), begin)
                and not _quoted_edition(text, names[index])  # '舉辦「第一屆…嘉年華」、「首屆…展」等': meetings
            ):
                continue  # '…群众大联欢、冰雪市集等环节': an item of the programme listed, not a meeting
            if ("、" in text[max(sentence_start, begin - 2) : begin] or text.startswith("、", end)) and (
                _PROGRAMME_OF_IT.search(text, max(sentence_start, begin - 40), begin)
            ):
                continue  # '…生活節將於…登場,活動包含閱讀路跑、野餐市集': its programme, no meeting of its own
            if key.endswith("会") and _heads_it(text, end):
                continue  # '同乡青年会长陈某': the head of a body, not a meeting
            if _speaks_for_its_organisers(text, begin, end, key, refers_back):
                # '9月10日,示例马拉松就表示,原定于…': the day its organisers spoke, not its own, nor that of the
                # meeting what they said names
                learned_after = end if learned_after is None else learned_after
                continue
            if text.startswith(",", end) and _AS_A.search(text, max(sentence_start, begin - 30), begin):
                continue  # '作为西部首次举办的世界性综合运动会,成都大运会…': what the subject after the comma is
            if _CAN_HOST.search(text, max(sentence_start, begin - 6), begin):
                continue  # '筛选出适合举办集中开工仪式的项目现场': what a place could hold, not a meeting held
            if _NOT_HELD_BEFORE.search(text, max(clause_start, begin - 24), begin) or _NOT_HELD_IN_NAME.search(key):
                continue  # '業者傾向不舉辦實體開賣儀式': no meeting is held
            if _EXCEPTED_AFTER.match(text, end) and _EXCEPTED_BEFORE.search(text, sentence_start, begin):
                continue  # '除了…龙舟赛、…马拉松外,体育局将于…举办…': the things excepted, not the clause's meeting
            if _ONE_OF_WHICH.match(text, end) and _AS_THE.search(text, max(sentence_start, begin - 3), begin):
                continue  # '作为第十届示例博览会子活动之一的…主题活动': the whole its subject is a part of
            if _ONE_OF_A_KIND.match(text, end) and _COPULA_BEFORE.search(text, max(sentence_start, begin - 12), begin):
                continue  # '…季不僅是全國知名慶典之一': what kind of thing its subject is, not a meeting held
            if text[end : end + 1] in ("", ",", "。", ";", "!", "?") and _SUPERLATIVE_SAID.search(
                text, max(sentence_start, begin - 30), begin
            ):
                continue  # '…将成为中国西部规模最大的专业进口展会': as above, the biggest or first of a kind
            topic = _TOPIC_OF.search(text, max(sentence_start, begin - 6), begin) is not None
            if topic and key.endswith("活动"):
                continue  # '举行记者会,介绍「…」活动': what the press conference presents, not a meeting
            if (
                index
                and _CURTAIN_RAISED_ON.search(text, max(clause_start, begin - 4), begin)
                and _CURTAIN_AFTER.match(text, end)
            ):
                continue  # '…那达慕开幕式,将正式拉开“遇见那达慕”系列活动的序幕': the series the meeting before opens
            if (
                index
                and (_PRESS_WORD.search(names[index - 1][3]) or _PRELUDE_RITE.search(names[index - 1][3]))
                and _CURTAIN_RAISED_FOR.search(text, max(clause_start, begin - 6), begin)
                and _CURTAIN_AFTER.match(text, end)
            ):
                continue  # '…記者會,…共同為今年國慶焰火晚會揭開序幕': a press conference heralds it, on no day of it
                # '13日舉辦祭祖儀式,為豐年祭揭開序幕': a rite held before it heralds it too, unless it opens it
            if _PERFORMED.search(text, max(sentence_start, begin - 3), begin):
                continue  # '9個原鄉將一起演繹排灣族收穫祭典': rites performed at the festival, not a meeting
            if _REPORTED_ON_AT.match(text, end):
                continue  # '介绍…运动会筹办情况的新闻发布会': what the press conference is about, not its day
            if _BROADCAST_BEFORE.search(text, max(sentence_start, begin - 4), begin):
                continue  # '澳视澳门今晚八时播映“…赠送仪式”': the hour of a broadcast of it, not its own
            if text.endswith("回顾", max(sentence_start, begin - 2), begin):
                continue  # '回顾第五届示例论坛的成果': a meeting looked back on, not one held that day
            if _IN_SUPPORT_OF.search(text, max(sentence_start, begin - 8), begin):
                continue  # '为支持及响应「…双年展」,…呈献《…》展览': the programme it joins, not the meeting
            if _RECURRING.search(text, max(clause_start, begin - 8), begin):
                continue  # '每天上午舉行工作會議': a routine, not a meeting on the day the clause names
            if _PAVILION_AFTER.match(text, end):
                continue  # '上海世博会江西馆将于4月20日至25日试运行': the days of a pavilion of it
            if text[begin - 1 : begin] in "(（" and _ENTRIES_OPEN_AFTER.match(text, end):
                continue  # '名额将于8月31日(马拉松)和9月1日(迷你马拉松)开始接受报名': the days its entries open
            if (
                _PREPARING.match(text, end)
                or _REHEARSED_AFTER.match(text, end)
                or text.endswith("探营", max(clause_start, begin - 2), begin)
            ):
                continue  # '…布展工作的第三天', '…汇演之夜总彩排', '提前探营丝博会': the days before it opens
            if _NEXT_EDITION_BEFORE.search(text, max(clause_start, begin - 16), begin) and not any(
                clause_start <= m.begin < clause_end for m in sentence_dates
            ):
                continue  # '也预告明年2027示例马拉松会扩大举办': next year's edition, with no day of its own
            if _MONTH_ONLY_BEFORE.search(text, max(clause_start, begin - 20), begin) or _MONTH_OF_IT.search(
                text, max(clause_start, begin - 8), begin
            ):
                continue  # '为迎接10月在彰化举办的「…展」,14日率团参访': a month, and no day of it
            if _AT_ITS_GATE.match(text, end) and text.endswith("在", max(sentence_start, begin - 1), begin):
                continue  # '在…王庄大集入口处,几十张小桌一字排开': a place to stand at, not the meeting of the day
            if key.endswith("集") and _MARKET_GONE_TO.search(text, max(sentence_start, begin - 1), end):
                continue  # '李先生当天来赶王庄大集': the market people go to, not a meeting held that day
            if _TICKETS_AFTER.match(text, end):
                continue  # '演唱会门票10日开售', '买了10月4日的演唱会门票': its tickets, not the meeting held
            if _VAGUE_OWN_TIME.match(text, end):
                continue  # '第54屆示例藝術節日前揭幕,局長周六(28日)表示…': it opened some days ago, no day given
            if _MONTH_ONLY_AFTER.match(text, end) or _WEEK_ONLY_AFTER.match(text, end):
                continue  # '…15日开打,至于「…邀请赛」则预计于11月中旬举办': its own time is a month, no day
            candidate = Candidate(name=name, key=key, position=begin)
            candidate.sub_event = key if _SUB_EVENT.match(key) else None
            if (taken := _SHOW_TAKEN_TO.match(text, end)) is not None:
                # '第9届示例博览会将赴河内办展': the fair's show taken to another city, on days of its own
                candidate.name += working.span(taken.start("show"), taken.end())
                candidate.key += taken.group("show")
            if index and _closed_by(text, names[index - 1], begin, key):
                # '台北國際書展今舉行閉幕典禮': the fair's closing ceremony, a sitting of its own on its last day
                candidate.name, candidate.key = names[index - 1][2] + name, names[index - 1][3] + key
                candidate.sub_event = None
            if index and len(key) <= _BARE_NAME_LENGTH and _session_holds(text, names[index - 1], names[index]):
                # '…人大二次会议举行首场记者会': a bare meeting the session holds goes by the session's name
                candidate.name, candidate.key = names[index - 1][2] + name, names[index - 1][3] + key
            if index and _FAIRS_OWN_FORUM.search(key) and _run_holds_quoted(text, names[index - 1], names[index]):
                # '2018示例博覽會舉辦「長三角暨國際分論壇」': one of the fair's forums, named with the fair
                candidate.name, candidate.key = names[index - 1][2] + name, names[index - 1][3] + key
            if index and _LISTED_IN_PROGRAMME.fullmatch(text, names[index - 1][1], begin):
                # '辦理「2025示例音樂節」系列活動,包含「樂團晚會」': a part of the festival named before it
                candidate.name, candidate.key = names[index - 1][2] + name, names[index - 1][3] + key
            film = _FESTIVAL_FILM.match(text, end, clause_end)
            if film is not None:  # '…電影節今晚閉幕片「X」放映取消': the screening of that film, not the festival
                candidate.name += working.span(*film.span("film")) + working.span(*film.span("title"))
                candidate.key += (
                    text[film.start("film") : film.end("film")] + text[film.start("title") : film.end("title")]
                )
            opening = OPENING_WORD.match(text, end)
            if opening and not _OPENING_SITE.match(text, opening.end()):
                candidate.notes.append("opening")  # its day is the meeting's first
            if _GOES_ON.match(text, end, clause_end):
                candidate.notes.append("goes on")  # '招聘会将继续举行': a later day of its run
            if _EARLIER_EDITION_BEFORE.search(text, max(clause_start, begin - 4), begin):
                candidate.notes.append("earlier edition")  # '首屆藝術節展期16天' beside this year's 第四屆
            line_end = text.find("\n", begin)
            if _PHOTO_CREDIT.search(text, begin, len(text) if line_end < 0 else line_end):
                candidate.notes.append("caption")  # '…联合举办…文艺晚会。(王小明 摄)': what a photo shows
            candidate.generic = not candidate.sub_event and (bool(_REFERENCE.match(key)) or refers_back)
            if candidate.generic and not _REFERENCE.match(key):
                candidate.notes.append("determined")  # '本届香港书展': a name of its own after 本届
            consulted = _CONSULTED_ON.match(text, end) if candidate.generic and not refers_back else None
            if consulted is not None and _BARE_CONSULTATION.fullmatch(key):
                # '主持召开座谈会,就《政府工作报告》…征求各民主党派…的意见': named by what it asks views on
                document = re.sub(r"[《》]", "", working.span(*consulted.span("topic")))
                asked = consulted.group("verb") + "意见"
                candidate.name = document + asked + name
                candidate.key = re.sub(r"[《》]", "", consulted.group("topic")) + asked + key
                candidate.generic = False
                candidate.notes.append("described")
            head = max(sentence_start, text.rfind(",", sentence_start, begin) + 1)  # its clause's start
            subject = _SUBJECT.match(text[head:end]) if candidate.sub_event else None
            if subject is not None and (
                re.search(_SPOKE_OF_IT, subject.group("subject")) or _THE_ORGANISERS.fullmatch(subject.group("subject"))
            ):
                subject = None  # '主辦機構於12日…舉行開幕典禮': the meeting's own organisers, no name of a place
            if subject is not None:
                a, b = subject.span("subject")
                written = re.sub(r"[“”「」『』]", "", working.span(head + a, head + b))
                if KIND.search(text, head + a, head + b):
                    candidate.notes.append("subject:" + written)
                else:  # '「…展馆」于5月8日举行开幕典礼': the opening of a place, a meeting of its own
                    candidate.name, candidate.key = written + name, text[head + a : head + b] + key
                    candidate.sub_event = None
            sitting = _NUMBERED_SITTING.match(key) or _LEGISLATURE_SITTING.match(key)
            body = _NUMBERED_SITTING_OF.match(text[head:begin]) if sitting else None
            if body is None and _LEGISLATURE_SITTING.match(key):
                body = _DELEGATION_SITTING_OF.match(text[head:begin])
            if body is not None and (
                _NUMBERED_SITTING.match(key)
                or _LEGISLATURE.search(body.group("body"))
                or body.re is _DELEGATION_SITTING_OF
            ):
                # '…联谊会于二月三日晚…举行本年度第一次会议', '立法會明日…舉行會議': the body's sitting
                a, b = body.span("body")
                candidate.name, candidate.key = working.span(head + a, head + b) + name, text[head + a : head + b] + key
                candidate.generic = False
            candidate.future = _announces(clause)
            comma = text.find(",", end, clause_end)
            if (
                candidate.future
                and comma > 0
                and (
                    _HOLDS_NAME.search(text, clause_start, begin)
                    or _ATTENDS_NAME.search(text, clause_start, begin)
                    or _DECIDED_THERE.match(text, end, comma)
                    or _HELD_THERE.match(text, end, comma + 1)
                )
                and not _announces(text[clause_start:comma])
            ):
                # '…今(15)日舉行法說會,…他也預期未來…將非常強勁': the verb before the name sets its tense; a future
                # word after the comma is of what was said there
                candidate.future = False
            if _BEFORE_IT.match(text, end):
                candidate.notes.append("before")  # '出席市政会议前接受访问': said before it, later that day
            if _ATTENDED_DONE.search(text, clause_start, begin):
                candidate.notes.append("concluded")  # '出席了十六至二十日…举行的…会议' told on the 20th: over
            # '…参观人数为洛交会举办以来最多': a verb 'since' it was first held tells its history, not a day of it
            candidate.has_event_verb = any(
                not _COUNTED_FROM.match(clause, m.end()) for m in _EVENT_VERBS.finditer(clause)
            )
            candidate.closing = bool(_CLOSING.search(text[end:clause_end])) or (
                index + 1 < len(names) and _closed_by(text, names[index], names[index + 1][0], names[index + 1][3])
            )
            # '今天在南京开幕的示例博览会上': opened in a clause that describes it, before its name
            candidate.opening = bool(_OPENS_AFTER.match(text, end, sentence_end)) or bool(
                _OPENED_BEFORE.search(text, max(clause_start, begin - 6), begin)
            )
            # '“X”一连四天…,…举行开幕典礼': X's run; '…落下帷幕,4天时间里': the days it ran
            duration = _run_in(text, clause_start, clause_end) or DAYS_IT_RAN.search(text, clause_start, clause_end)
            if duration and not _CLOSING_PART.search(key):  # '…今天下午舉辦閉幕儀式,歷時9天': the show's run, over
                days = chinese_number(duration.group("n"))
                # '为期4天半的…博览会…今天闭幕': half a day more runs into one more day
                candidate.duration_days = days + 1 if days is not None and duration.groupdict().get("half") else days
            fate, fate_start = after, end if index else sentence_start
            contrast = text.rfind(",而", sentence_start, begin) if not index else -1
            if contrast >= 0:  # '甲將取消舉行,而原定於…的乙將順延舉行': what befalls 甲 is no word on 乙
                fate, fate_start = text[contrast:clause_end], contrast
            if (
                _cancels_it(fate, key, end - fate_start) and not _CANCELLED_BEFORE.search(fate)
            ) or _CANCELLED_NAMED_AFTER.search(text, sentence_start, begin):
                candidate.status = "cancelled"
            elif _POSTPONED.search(
                _PAST_POSTPONEMENTS.sub(
                    "", _HOURS_MOVED.sub("", _LATE_COMING.sub("", _not_the_meeting_postponed(fate)))
                )
            ):
                candidate.status = "postponed"
            # '召开新闻发布会,公布“…峰会”日程': what the press conference presents, named there, dated elsewhere
            presented = topic and _PREPARATIONS_OF.match(text, end) is not None
            mention = None if presented else _nearest(sentence_dates, begin, end, clause_start, clause_end)
            if (
                mention is not None
                and mention.begin >= clause_end
                and index + 1 < len(names)
                and names[index + 1][3] == key
            ):
                # '…取消X,局長昨日表示,正籌備十二月三十一日舉行X': a day after it is its next mention's; not one in its
                # own clause ('X(以下简称Y)于21日落下帷幕,…Y带给…')
                mention = None
            if (
                duration
                and mention is not None
                and duration.start() < head <= mention.begin < begin
                and any(m.begin < duration.start() for m in sentence_dates if m.begin >= clause_start)
            ):
                # '…15日起一連3天在…登場,13日舉辦祭祖儀式': the run is that of the clause before, with its own day; the
                # rite on a day of its own in its own clause takes none of it
                candidate.duration_days = None
            if (
                mention is not None
                and (refers_back or _REFERENCE.match(key))
                and _day_of_briefing_before(names[:index], mention)
            ):
                mention = None  # '5月14日,…大会新闻发布会召开,本届大会以…为主题': the briefing's day, not the meeting's
            if mention is not None and learned_after is not None and mention.finish <= learned_after <= begin:
                mention = None  # '从4月15日举行的…发布会上获悉,…包括“A”、B': the day it was learned, not A's
            if index and mention is not None and candidate.future:
                own = max(text.rfind(",", clause_start, mention.begin), text.rfind(";", clause_start, mention.begin))
                if own > 0 and any(clause_start <= m.begin < own for m in sentence_dates):
                    # '「…馬拉松」將於12月1日舉行,組委會於25日舉行新聞發佈會': the tense before the comma is the first's
                    candidate.future = _announces(text[own:clause_end])
            if mention is not None and candidate.future:
                own = text.rfind(",", clause_start, min(begin, mention.begin))
                if own > clause_start and not _EVENT_VERBS.search(text, clause_start, own):
                    # '縣長任期將屆滿,今天舉行記者會': the future word is that of a clause before, on no meeting
                    candidate.future = _announces(text[own:clause_end])
            moved_to = _new_day(text, sentence_dates) if candidate.status == "postponed" else None
            if moved_to is not None:
                mention, candidate.future = moved_to, True
            put_off = candidate.status == "postponed" and _TIME_TO_BE_ANNOUNCED.search(clause) is not None
            if moved_to is None and put_off and mention is not None and not _as_planned(text, mention, begin):
                mention = None  # '10月12日,记者获悉,…博览会延期举行,具体时间另行通知': no day of the meeting
            restated = None
            if "即" in text[sentence_start:begin]:
                restated = _EVE_RESTATES_DAY.search(text, sentence_start, begin)
            if mention is not None and restated is not None and mention.begin >= restated.start():
                # '於今日,即…12月10日投票日的前一天,舉辦…': the day restated, not the one in what restates it
                comma = text.find(",即", restated.start())
                mention = max((m for m in sentence_dates if m.finish <= comma), key=lambda m: m.finish, default=mention)
            if (
                mention is not None
                and (
                    (
                        _EVE.search(clause)
                        and not _on_its_eve(text, sentence_start, begin, clause_end)
                        and restated is None
                    )
                    or (candidate.future and _past_day_after_comma(text, end, mention, reference))
                    or _until(text, mention.begin)
                    or _TAKES_EFFECT.match(text, mention.finish)
                    or _SHUT.match(text, mention.finish)
                    or _HOURS_OF_THE_DAY.match(text, mention.finish)
                    or _COUNTED_FROM.match(text, mention.finish)
                    or (text.startswith("起", mention.finish) and _CLOSING_PART.search(key) is not None)
                    or (text.endswith("在", 0, begin) and _SEEN_THERE.match(text, end) is not None)
                    or _SERIES_LISTING.search(text, mention.finish, max(mention.finish, begin))
                    or _occasion_dated_later(text, sentence_start, begin, end, mention)
                    # '…艺术节的各项活动也将陆续展开,其中2月7日…的…演出': the day of one item of its programme
                    or (mention.begin >= end and _ITEM_OF_ITS_PROGRAMME.match(text, end, mention.begin) is not None)
                    # '「…嘉年華2024」壓軸項目「…決賽」將於5月15日…舉行': the day of its finale, not its first
                    or (mention.begin >= end and _ITS_FINALE.match(text, end, mention.begin) is not None)
                    or (_OWN_TIME_AFTER.match(text, end) and "," in text[mention.finish : max(mention.finish, begin)])
                    or (
                        _ATTENDEES_OF.search(text, max(clause_start, begin - 4), begin)
                        and (
                            _TRAVELLING.search(text, mention.finish, max(mention.finish, begin))
                            or _GUESTS_ARRIVE.match(text, end)
                        )
                    )  # '昨日,…代表陆续抵达武汉,参加…会议', '今天,参加…大会的嘉宾陆续到达': the day they arrived
                )
            ):
                mention = None  # '展期至5月10日', '截至5月6日', '7月1日起实施', '从…日至今': no first day of it
                # ('7月5日起…登場,下午的閉幕典禮': the day a run begins from is no closing ceremony's;
                # '3月1日可以在…燈會看到…館': a day something is on show at the fair, not the fair's first)
            elif mention is not None:
                mention.future = candidate.future
                resolved: tuple[date, date | None] | None
                # '賽前記者會上午…召開': a bare part of the day is the report's day, not the other meeting's before it
                own_day = "same_day" in mention.flags and _HELD_BEFORE_ANOTHER.search(key) is not None
                same_day = (
                    _same_day_as(text, sentence_dates, mention, reference)
                    if "same_day" in mention.flags and not own_day
                    else None
                )
                said = (
                    _briefed_on_the_day_said(key, mention, previous_run, previous_said)
                    if same_day is None and not own_day
                    else None
                )
                if same_day is not None:
                    resolved = (same_day[1], None)
                elif said is not None:
                    resolved = (said[0], None)
                elif "same_day" in mention.flags and previous_day is not None and not own_day:
                    resolved = (previous_day, None)
                elif "next_day" in mention.flags:
                    day = _day_before(mentions, mention, reference)
                    resolved = (day + timedelta(days=1), None) if day is not None else None
                else:
                    resolved = resolve_mention(mention, reference)
                    if resolved is not None and year_sent_back(mention, resolved[0], reference):
                        resolved = _in_year_named(resolved, _this_years_name(key, reference))
                end_time_later(mention, text, sentence_end)
                if resolved is not None:
                    candidate.start, candidate.end = resolved
                    if _own_part_of_day(text, mention.finish, begin) is None and not _right_after(
                        text, mention.finish, begin
                    ):
                        candidate.start_time = mention.start_time
                        candidate.end_time = mention.end_time
                    if "ends_next_day" in mention.flags and candidate.end is None:
                        candidate.end = candidate.start + timedelta(days=1)
                    if candidate.end is None:
                        closes = _closing_day(text, sentence_dates, mention, sentence_end, candidate.start, reference)
                        if closes is not None:
                            candidate.end, candidate.closing = closes, False  # the 闭幕 was the later day's
                    if candidate.end is None and duration is not None and candidate.duration_days:
                        last = _last_day_of_run_from(text, sentence_dates, mention, duration, reference)
                        if last is not None and last > candidate.start:
                            candidate.end, candidate.duration_days = last, None
                    candidate.date_phrase = working.span(mention.begin, mention.finish)
                    kind = same_day[0] if same_day is not None else None
                    of_a_run = same_day[2] if same_day is not None else False
                    if said is not None:
                        kind = said[1]  # '…新闻发布会当天在南宁举行' after '7日宣布,4月14日至5月14日…': the 7th
                    elif kind is None and "same_day" in mention.flags and previous_day is not None and not own_day:
                        kind, of_a_run = previous_kind, previous_run
                    if of_a_run and not (candidate.sub_event or candidate.generic or candidate.opening):
                        kind = "approximate"  # '3月22日至23日,…。当天,还举行了…': one day of the run, which unsaid
                    if kind is None and "next_day" in mention.flags and not candidate.sub_event:
                        # '31日…召開…會議,…隔天出席…升旗典禮': a meeting of its own the day after is dated as
                        # firmly as the day written before ('次日举行分论坛': a part of the one before, is not)
                        kind = _kind_of_day_before(mentions, mention, reference)
                    if (
                        kind is None
                        and _year_a_guess(text, clause, mention, candidate.start, reference)
                        and _one_year_named(key) != candidate.start.year  # '112年全國運動會於10月…': last year's
                    ) or (kind is None and mention.start[0] is None and _of_the_last_edition(text, begin, key)):
                        kind = "guessed"  # '10月19日至24日在臺南市舉行' in a report of May: last year's or this?
                    candidate.date_cue = (kind or date_kind(mention)) + (
                        "" if clause_start <= mention.begin < clause_end else "-before"
                    )
                    if _hedged(text, mention, clause_start):
                        candidate.date_cue = "approximate"  # '或将于5月14日', '5月14日前后': a day not yet sure
                    if candidate.status is None and _plan_since_changed(
                        text, clause, mention, candidate.start, reference, begin, sentence_end
                    ):
                        candidate.status = "postponed"  # '…原计划于2020年10月20日…举行': that day no longer holds
                        _take_new_day(working, candidate, mention, sentence_dates, reference)
            if candidate.start == reference and _GOES_ON_AT.search(text, max(clause_start, begin - 24), begin):
                candidate.notes.append("running")  # '今日繼續參與在北京舉行的…論壇': it runs on at the report
            # '…18日在府前廣場歡迎…' and a paragraph on, '歡迎儀式於上午10時30分…舉行': a clock with no day is a
            # time of the day the report last gave
            clocked = (
                clock_in(text, clause_start, clause_end)
                or _OPENING_CLOCK.match(text, sentence_start)
                or _PART_OF_DAY_BEFORE_VERB.search(text, clause_start, clause_end)
            )
            carried = previous or (last_dated if clocked else None)
            # '11月7日下午,甲市人民政府与乙集团签订…协议。' and the next paragraph, '…等参加签约仪式': the ceremony of
            # the act told on that day, a paragraph on
            day_before = carried or last_dated
            across = (
                day_before is not None
                and candidate.start is None
                and _act_told_a_paragraph_before(text, key, day_before[0].finish, begin)
            )
            carried = day_before if across else carried
            # '今年因…取消,因此特別安排了…音樂會': the sentence places it by its year alone, on no day said before
            year_only = candidate.start is None and "今年" in text[sentence_start:begin]
            if year_only:
                carried = None
            if candidate.start is None and carried is not None and not (candidate.generic or presented or put_off):
                mention, day = carried
                act = _act_before(text, key, mention.finish, begin)
                if (
                    (candidate.has_event_verb or act is not None)
                    and not _EVE.search(clause)
                    and not _OTHER_DAY.search(sentence)
                    and not _HELD_BEFORE_ANOTHER.search(key)
                    and _ITEM_OF_ITS_PROGRAMME.match(text, end, sentence_end) is None  # its items' days come after
                    and ("\n" not in text[mention.finish : begin] or clocked or across)
                    # '十九日宣布,…会议将在澳门举行。届时,将举办…会议': 届时 is a time to come, not a past day
                    and not ("届时" in text[sentence_start:begin] and day < reference)
                ):
                    candidate.start = day  # '5月19日,是毕业生的日子。早上9点30分,学校隆重举行…典礼'
                    if carried is previous and previous_unnamed:
                        # '18日上午9时,体育场彩旗飘扬。…开幕式…拉开帷幕': the scene's hour too
                        candidate.start_time = mention.start_time
                    candidate.date_phrase = working.span(mention.begin, mention.finish)
                    candidate.date_cue = date_kind(mention) + "-previous"
                    if act is not None and not candidate.has_event_verb and len(key) <= _BARE_NAME_LENGTH:
                        _name_by_act(working, candidate, mention.finish, act)
            if candidate.start is None and candidate.has_event_verb and not (candidate.generic or put_off):
                earlier = _meeting_it_follows(text, sentence_start, begin, candidates)
                if earlier is not None:  # '升旗儀式結束後,…參加…國慶酒會', '大學隨後在…舉行…典禮': that day
                    candidate.start, candidate.date_phrase = earlier.start, earlier.date_phrase
                    candidate.date_cue = date_cue_kind(earlier.date_cue) + "-after"
            nth = _NTH_DAY_AFTER.match(text, end, clause_end)
            if nth is not None and candidate.start is not None and candidate.end is None and mention is not None:
                # '昨日,第十三届示例交易会进入第二天': the day given is its second, it opened the day before
                candidate.start -= timedelta(days=(chinese_number(nth.group("n")) or 1) - 1)
                candidate.has_event_verb = candidate.opening = True
            if candidate.start is None and nth is not None:
                # '「示例祭」活動進入第2天': it opened the day before the report
                candidate.start = reference - timedelta(days=(chinese_number(nth.group("n")) or 1) - 1)
                candidate.date_phrase, candidate.date_cue = working.span(nth.start(), nth.end()), "relative"
                candidate.has_event_verb = candidate.opening = True
                candidate.notes.append("running")  # and runs on at the report
            if (
                candidate.start is None
                and reference is not None
                and (countdown := _COUNTDOWN_AFTER.match(text, end, clause_end)) is not None
                and _COUNTDOWN_BEFORE.search(text, sentence_start, begin)
            ):
                # '距离“示例音乐节”开幕只剩10天': it opens that many days after the report
                candidate.start = reference + timedelta(days=chinese_number(countdown.group("n")) or 0)
                candidate.date_phrase, candidate.date_cue = working.span(countdown.start(), countdown.end()), "relative"
                candidate.has_event_verb = candidate.opening = candidate.future = True
            if (
                candidate.start is None
                and dateline_date is not None
                and not (candidate.generic or presented or put_off or year_only)
            ):
                if candidate.has_event_verb and not _EVE.search(clause) and not _AT_ITS_OPENING.search(clause):
                    candidate.start = dateline_date
                    candidate.date_phrase, candidate.date_cue = dateline_phrase, "dateline"
            if candidate.date_cue is not None and _FRAME_AFTER.match(text, end):
                candidate.date_cue = "during"
                candidate.notes.append("frame")
            if (
                candidate.start is not None
                and candidate.start_time is None
                and not (mention is not None and _right_after(text, mention.finish, begin))
                and "before" not in candidate.notes  # '开幕式前,…上午9时许,…': the hour of what came before it
            ):
                own_part = (
                    None
                    if mention is None
                    else _part_of_day_in_its_sentence(text, sentence_start, begin)
                    if mention.finish < sentence_start
                    else _own_part_of_day(text, mention.finish, begin)
                )
                clock = (
                    clock_in(text, clause_start, end if text.startswith("后,", end) else clause_end)
                    if own_part is None
                    else clock_in(text, own_part, begin)
                )
                if clock is not None and _AFTER_THE_HOUR.match(text, clock.end()):
                    pass  # '晚上10點以後開放遊客加入': from some hour on, people may come; no hour it begins at
                elif clock is not None and not _TIME_OF_ANOTHER.match(text, end):
                    candidate.start_time = clock_time(clock)
                    if mention is not None:
                        end_time_later(mention, text, sentence_end)
                elif clause_start == sentence_start and (opening := _OPENING_CLOCK.match(text, sentence_start)):
                    candidate.start_time = _opening_clock_time(opening)
            elif candidate.start is None and (
                (candidate.sub_event and OPENING_WORD.search(key))
                # '上午10时,…宣布论坛开幕', '上午9时,大会正式开幕': the meeting named again, opening at that hour
                or (candidate.generic and _OPENS_NOW.match(text, end) is not None)
                or (candidate.generic and "opening" in candidate.notes)  # '上午10时,文化节开幕式在…举行'
            ):
                # '上午8点30分,大会举行开幕式': the hour of the opening (the sentence's, before the meeting it opens
                # too), on a day the meeting's own mention gives
                clock = clock_in(text, sentence_start, clause_end)
                if clock is not None and not _TIME_OF_ANOTHER.match(text, end):
                    candidate.start_time = clock_time(clock)
            read_against_report = (candidate.date_cue or "").split("-")[0] in ("relative", "day", "weekday")
            if (
                read_against_report
                and candidate.start is not None
                and _later_edition(_name_year(text, begin, key), candidate.start)
                and not _announces_another(key)  # '2025示例运动会吉祥物亮相记者会' a year ahead: its year
            ):
                # '预告2027示例马拉松将扩大举办' beside '今天', '十九日宣布,二〇〇四年的…会议将在澳门举行': a
                # later year's edition, not one on a day read against the report
                continue
            borrowed = (candidate.date_cue or "").endswith(("-before", "-previous", "-after"))
            if candidate.start is not None and _earlier_edition(key, candidate.start, borrowed):
                continue  # '曾在2019年示例论坛上发言的…将于12月21日…': that edition, not one on this day
            if _IS_BEFORE.search(text, max(0, begin - 2), begin) and _PART_OF_AFTER.match(text, end):
                continue  # '…巡游,是太平清醮仪式最重要的一个部分': the whole a part belongs to, not that day's
            candidate.sentence = working.span(sentence_start, sentence_end)
            candidate.place = (
                _place(
                    working,
                    clause_start,
                    clause_end,
                    begin,
                    end,
                    (sentence_start, sentence_end),
                    [m for m in sentence_dates if m is not mention],
                )
                or _inaugurated_heads_city(working, key, sentence_start, begin)
                or _own_council_of_head(working, key, sentence_start, begin)
                or _holder_city(working, sentence_start, begin, end, key)
            )
            by_video = bool(_BY_VIDEO.search(key))  # '全省视频会议': sits in many places, not in the dateline's
            if by_video:
                candidate.notes.append("by video")
            if _HELD_ONLINE.match(text, end, clause_end):
                candidate.notes += ["virtual", "held online"]
            if dateline_city is not None and candidate.start is not None and not abroad and not by_video:
                if candidate.place is None:
                    candidate.place = PlaceMention(*dateline_city, weak=True, cue="dateline")
                elif _dateline_stands_for(text, clause_start, clause_end, candidate.place):
                    candidate.place = PlaceMention(*dateline_city, candidate.place.venue, weak=True, cue="dateline")
            group = candidates[-1] if index and candidates and candidates[-1].position == names[index - 1][0] else None
            if (
                group is not None
                and _ONE_OF_THEM.search(text, clause_start, begin)
                and len(group.key) <= _BARE_NAME_LENGTH
                and text[names[index - 1][0] - 1 : names[index - 1][0]] not in '“「『"'
            ):
                group.generic = True  # '…各區舉行慶祝晚會,其中「…演唱會」於…舉行': one of them, by its own name
            candidates.append(candidate)
        if "\n" in text[sentence_start - 1 : sentence_end + 1]:
            previous = None  # a new paragraph: the day of the last one is not this one's
        said_here: tuple[date, str] | None = None
        for mention in sentence_dates:
            if _until(text, mention.begin):
                continue  # '展期至12月8日': the last day of a run, not a day the next sentence's meeting takes
            if _SAID_ON.match(text, mention.finish) and (spoken := resolve_mention(mention, reference)) is not None:
                said_here = (spoken[0], date_kind(mention))
            resolved = resolve_mention(mention, reference)
            if resolved is not None and (reference - resolved[0]).days > _YEAR_DAYS:
                continue  # '…於2018年12月5日開幕' told in 2023: history, not the day a later '同日' or '當天' is
            if resolved is not None and not mention.flags & {"same_day", "next_day"}:
                previous_day, previous_kind = resolved[0], date_kind(mention)
                previous_run = resolved[1] not in (None, resolved[0])
                previous_said = said_here
                previous = last_dated = (mention, resolved[0])
                previous_unnamed = not names
    _apply_main_venue(working, candidates)
    _apply_stated_place(working, candidates)
    for candidate in candidates:
        candidate.notes.extend(f"alias:{a}" for a, (k, _) in aliases.items() if k == candidate.key)
        if dateline_date is not None and candidate.start is not None and candidate.start > dateline_date:
            # '【本報駐澳門記者…30日電】…明日…舉行' printed on the 1st: to come when it was written
            candidate.notes.append("to come")
    return candidates


_YEAR_DAYS = 366
_GUESS_REACH = 45  # days from the report: a month read back into '330日' further off is no date of this report


# '…書展今舉行閉幕典禮': a bare closing ceremony held after a name, in its clause, is that meeting's
_CLOSING_PART = re.compile(r"闭幕(?:式|典礼|仪式|礼)")
_HOLDS_ITS_CLOSING = re.compile(r"[^,。;:!?、]{0,12}?(?:举行|举办|进行)了?")


def _closed_by(text: str, meeting: _NameSpan, part_begin: int, part_key: str) -> bool:
    """The name `meeting`, then its day and a verb that holds the bare closing ceremony `part_key` after it."""
    return (
        bool(_CLOSING_PART.fullmatch(part_key))
        and not _CLOSING_PART.search(meeting[3])
        and _HOLDS_ITS_CLOSING.fullmatch(text, meeting[1], part_begin) is not None
    )


def _far_guess(mention: DateMention, reference: date) -> bool:
    """'330日上午' read as 3月30日 in a report of June: too far from the report to be what the page meant."""
    if "lost_month" not in mention.flags:
        return False
    resolved = resolve_mention(mention, reference)
    return resolved is None or abs((resolved[0] - reference).days) > _GUESS_REACH


# '18日上午8时寄出邀请函,傍晚将召开检讨会议': a part of the day after a comma is the meeting's own, and the clock
# before that comma is what else happened that day
_PART_OF_DAY = re.compile(rf"{PARTS_OF_DAY}|夜间")


# '台中市长当选人…25日就职,将…举办「草地就职典礼」': a mayor or county head takes office in the city they head
_INAUGURATION = re.compile(r"就职|宣誓")
_HEAD_OF_CITY = re.compile(r"(?P<city>[\u4e00-\u9fff]{2,3}?[市县])长")


def _inaugurated_heads_city(working: WorkingText, key: str, sentence_start: int, begin: int) -> PlaceMention | None:
    head = _HEAD_OF_CITY.search(working.text, sentence_start, begin) if _INAUGURATION.search(key) else None
    place = find_place(head.group("city")) if head is not None else None
    if head is None or place is None or place.kind != "city":
        return None
    return PlaceMention(place, working.span(head.start("city"), head.end("city") - 1))  # '台中市' as '台中'


# '桃园市长今日主持市政会议', '某县长主持县务会议': a city's or county's own government meeting, which its head
# chairs, sits in the city they head (only a bare name, read by fullmatch)
_OWN_COUNCIL = re.compile(r"(?:市政|县政|市务|县务)会议")


def _own_council_of_head(working: WorkingText, key: str, sentence_start: int, begin: int) -> PlaceMention | None:
    if not _OWN_COUNCIL.fullmatch(key):
        return None
    heads = list(_HEAD_OF_CITY.finditer(working.text, sentence_start, begin))
    place = find_place(heads[-1].group("city")) if len(heads) == 1 else None
    if place is None or place.kind != "city" or heads[-1].group("city")[-1] != key[0]:
        return None  # '市长…主持县务会议': not the head of that government
    return PlaceMention(place, working.span(heads[-1].start("city"), heads[-1].end("city") - 1), weak=True, cue="host")


# '10月17日下午,…集中签约一批项目。…出席签约仪式': the ceremony of the act the dated sentence before reports
_CEREMONY_OF_ACT = re.compile(r"(?P<act>[\u4e00-\u9fff]{2})仪式$")


def _act_before(text: str, key: str, date_end: int, begin: int) -> tuple[int, int, str | None] | None:
    """Where the act a bare ceremony ('签约仪式', '挂牌仪式') celebrates is told between a day and the ceremony
    ('…集团签订战略合作协议' for '签约'): its span, and the deal signed when it is one; None when it is not."""
    ceremony = _CEREMONY_OF_ACT.fullmatch(key)
    if ceremony is None:
        return None
    act = ceremony.group("act")
    at = text.find(act, date_end, begin)
    if at >= 0:
        return at, at + len(act), None
    signed = _SIGNED_DEAL.search(text, date_end, begin) if act == "签约" else None
    return (signed.start(), signed.end(), signed.group("deal")) if signed is not None else None


def _act_told_a_paragraph_before(text: str, key: str, date_end: int, begin: int) -> bool:
    """The act of the bare ceremony `key` is told in the paragraph of the day (`date_end`), and the ceremony in
    the paragraph right after it."""
    act = _act_before(text, key, date_end, begin) if len(key) <= _BARE_NAME_LENGTH else None
    if act is None or "\n" in text[date_end : act[0]]:
        return False
    return sum(1 for line in text[act[1] : begin].split("\n") if line.strip()) <= _ACT_AND_CEREMONY_PARAGRAPHS


_ACT_AND_CEREMONY_PARAGRAPHS = 2  # the rest of the act's paragraph, then the ceremony's
# '签订战略合作协议', '签署合作框架协议': a deal signed, the act of a '签约仪式'
_SIGNED_DEAL = re.compile(r"(?:签订|签署)(?P<deal>[\u4e00-\u9fff]{0,12}?(?:协议|合同|协定|备忘录))")
# who does the act, at the head of its clause: '示例产业园区在城南镇隆重挂牌', '甲市人民政府与乙集团签订…协议'
_ACT_SUBJECT = re.compile(
    r"(?P<subject>[\u4e00-\u9fff()（）]{4,30}?)(?:[在于][\u4e00-\u9fff]{1,20}?)?(?:隆重|正式|顺利|成功|共同)*"
)
_SUBJECT_BODY = re.compile(
    r"(?:园区|产业园|科技园|工业园|开发区|新区|中心|基地|公司|集团|研究院|研究所|实验室|学院|医院|工作站|博物馆|"
    r"纪念馆|图书馆|大厦|项目|工程|小镇|街区|商会|协会|学会|联盟)$"
)
_TWO_SIGNERS = re.compile(r"[\u4e00-\u9fff()（）]{2,}(?:与|和|同)[\u4e00-\u9fff()（）]{2,}")


def _name_by_act(working: WorkingText, candidate: Candidate, date_end: int, act: tuple[int, int, str | None]) -> None:
    """'8日上午,示例产业园区在城南镇隆重挂牌。…参加挂牌仪式': a bare ceremony of an act told after its day goes by
    who did the act ('示例产业园区挂牌仪式'; '甲市人民政府与乙集团战略合作协议签约仪式'), when the act heads its
    clause."""
    text = working.text
    act_start, act_end, deal = act
    clause_start = max(date_end, *(text.rfind(mark, date_end, act_start) + 1 for mark in ",。;:\n"))
    head = _ACT_SUBJECT.fullmatch(text, clause_start, act_start)
    if head is None:
        return
    subject = head.group("subject")
    if not (_TWO_SIGNERS.fullmatch(subject) if deal is not None else _SUBJECT_BODY.search(subject)):
        return
    written = working.span(head.start("subject"), head.end("subject"))
    deal_written = working.span(act_end - len(deal), act_end) if deal is not None else ""
    candidate.name = written + deal_written + candidate.name
    candidate.key = subject + (deal or "") + candidate.key


def _right_after(text: str, date_end: int, begin: int) -> bool:
    """'…晚間7時舉辦開幕典禮,緊接登場「X」': X comes on after the meeting whose date and hours are written
    before the comma, on its day but at no hour of its own."""
    comma = text.rfind(",", date_end, begin)
    return comma >= 0 and _RIGHT_AFTER.match(text, comma + 1, begin) is not None


def _own_part_of_day(text: str, date_end: int, begin: int) -> int | None:
    """Where the words after a date (with its clock) go past a comma and say another part of the day before
    the meeting: the start of that part, or None."""
    comma = min((p for p in (text.find(",", date_end, begin), text.find(";", date_end, begin)) if p >= 0), default=-1)
    part = _PART_OF_DAY.search(text, comma, begin) if comma >= 0 else None
    return part.start() if part is not None else None


def _part_of_day_in_its_sentence(text: str, sentence_start: int, begin: int) -> int | None:
    """For a meeting dated by an earlier sentence, where its own sentence says a part of the day before it
    ('…上午9时许,…。晚上7时30分,…开幕式主会场'): the start of that part, or None."""
    part = _PART_OF_DAY.search(text, sentence_start, begin)
    return part.start() if part is not None else None


_LISTED_IN_PROGRAMME = re.compile(r"[”」』]?(?:系列)?活动,?(?:包含|包括)[“「『]")
_COUNTDOWN_BEFORE = re.compile(r"距(?:离)?[^,。;:!?]{0,40}$")
_COUNTDOWN_AFTER = re.compile(
    rf"[”」』》\"]?(?:正式)?(?:开幕|开赛|开展|开唱|开演|举行|举办|召开|开跑)(?:还有|只剩下?|仅剩|尚有|仅有|只有)"
    rf"(?:最后)?(?P<n>[{NUMERAL_CHARS}\d]{{1,3}})天"
)
# '6月26日晚,在…论坛开幕前夕,…的“山西之夜”在天津举办': the eve of another meeting, a frame for the one after
_ON_THE_EVE_OF = re.compile(r"在[^,。;]{2,40}?前夕,")


# '進行為期3天參訪', '为期五天的工作访问': the days of a trip its guests make, not of the meeting held on it
_TRIP_AFTER = re.compile(
    r"的?[\u4e00-\u9fff]{0,2}?(?:参访|访问|考察|行程|旅游|旅程|之旅|访台|访港|访澳|访华|出访)(?![节会展周季日])"
)


# '明天起一連3天', '明(13)日起,一連5天': the day a run is counted from, right before its count
_RUN_FROM_THEN = re.compile(r"起,?")


def _last_day_of_run_from(
    text: str, dates: list[DateMention], opening: DateMention, run: re.Match[str], reference: date | None
) -> date | None:
    """'今天開幕,明天起一連3天…展出': a run counted from a day of its own, not from the day the meeting opens,
    ends that many days after its own day."""
    own = next((m for m in dates if _RUN_FROM_THEN.fullmatch(text, m.finish, run.start())), None)
    if own is None or own is opening or reference is None:
        return None
    first = resolve_mention(replace(own, future=True), reference)
    days = chinese_number(run.group("n"))
    if first is None or first[1] is not None or days is None or days < 2:
        return None
    return first[0] + timedelta(days=days - 1)


def _run_in(text: str, begin: int, end: int) -> re.Match[str] | None:
    """The first count of days between `begin` and `end` that is the run of a meeting, not of a trip."""
    return next((m for m in DURATION.finditer(text, begin, end) if not _TRIP_AFTER.match(text, m.end(), end)), None)


def _past_day_after_comma(text: str, end: int, mention: DateMention, reference: date | None) -> bool:
    """'茶博將登場,縣長3日下午…舉辦祈福活動' told on the 3rd: a meeting still to come takes no day of the report's
    or before from a clause after its own."""
    if reference is None or mention.begin < end or "," not in text[end : mention.begin]:
        return False
    # read as the meeting to come reads it: '…,確定延至10月3日舉行' told in June is this October, not last
    resolved = resolve_mention(replace(mention, future=True), reference)
    return resolved is not None and resolved[0] <= reference


def _on_its_eve(text: str, sentence_start: int, begin: int, clause_end: int) -> bool:
    """The eve a clause speaks of is another meeting's, set before this one as the time it is held on."""
    frames = list(_ON_THE_EVE_OF.finditer(text, sentence_start, begin))
    return bool(frames) and _EVE.search(text, frames[-1].end(), clause_end) is None


def _later_edition(year: int | None, start: date) -> bool:
    """Whether the year of a name comes after the day it was given ('2024跨年晚会' may end the year before)."""
    if year is None:
        return False
    ahead = year - start.year
    return ahead >= 2 or (ahead == 1 and start.month < 11)


_LAUNCH_WORD = re.compile(r"(?:记者会|发布会|说明会|吹风会|启动仪式|启动礼|宣传周|推介会)$")


def _announces_another(key: str) -> bool:
    """A press conference, launch or promotion named by the meeting it announces ('2025示例运动会吉祥物亮相记者会',
    '“2010年上海世博会江苏宣传周”暨…展览': each name joined by 暨 is read)."""
    for part in key.split("暨"):
        words = part.strip('“”「」『』"')
        launch = _LAUNCH_WORD.search(words)
        if launch is not None and KIND.search(words, 0, launch.start()) is not None:
            return True
    return False


def _name_year(text: str, begin: int, key: str) -> int | None:
    """The year a name carries ('2024示例论坛', '二〇〇四年示例会议') or that is written just before it ('2004年的')."""
    year = YEAR_IN_NAME.search(key) or _NUMERAL_YEAR.search(key) or _YEAR_BEFORE.search(text, max(0, begin - 6), begin)
    return chinese_number(year.group("year")) if year is not None else None


# '民國113年全國運動會', '113年全國客家日': a year of the Republic of China (1911 + n) a Taiwan name carries
_ROC_YEAR_IN_NAME = re.compile(r"民国(?P<year>1[0-4]\d)年(?!度)")
_ROC_YEAR_FIRST = re.compile(r"(?P<year>1[0-4]\d)年(?![度代])")


def _one_year_named(key: str) -> int | None:
    """The one year a name carries ('2024台灣國際遊艇展', '民國113年全國運動會'); None for none, or when another year,
    as one looked back on ('2023年度…', '2023-24賽季') or a range, would make it ambiguous."""
    years = [int(m.group("year")) for m in YEAR_IN_NAME.finditer(key) if not _YEAR_OF_ACCOUNT.match(key, m.end())]
    roc = _ROC_YEAR_IN_NAME.search(key) or _ROC_YEAR_FIRST.match(key)
    if roc is not None:
        years.append(int(roc.group("year")) + 1911)
    return years[0] if years and len(set(years)) == 1 else None


def _this_years_name(key: str, reference: date) -> int | None:
    """The report's year when the name carries it and no other."""
    return reference.year if _one_year_named(key) == reference.year else None


def _in_year_named(resolved: tuple[date, date | None], year: int | None) -> tuple[date, date | None]:
    """'2024台灣國際遊艇展9月4日至6日…登場' in a report of May 2024: a month and day read back into last year are of
    the year the name carries."""
    start, end = resolved
    if year is None:
        return resolved
    moved = safe_date(year, start.month, start.day)
    if moved is None:
        return resolved
    later = safe_date(end.year + year - start.year, end.month, end.day) if end is not None else None
    return moved, later


def _earlier_edition(key: str, start: date, borrowed: bool = False) -> bool:
    """Whether the year a name carries is two or more before the day it was given ('2023年度…颁奖典礼' is
    held the year after; '纪念2008年…十周年' remembers a year), or one before a day it takes from another clause
    ('…特别是2017示例灯会在示例县…' beside '25日…就职': a past edition recalled; '2020示例运动会23日…开幕' put off a
    year dates itself)."""
    year = YEAR_IN_NAME.search(key)
    if year is None or _REMEMBERS.search(key):
        return False
    gap = start.year - int(year.group())
    return gap >= 2 or (gap == 1 and borrowed and not _YEAR_OF_ACCOUNT.match(key, year.end()))


_REMEMBERS = re.compile(r"周年|纪念")
_YEAR_OF_ACCOUNT = re.compile(r"年?度|\s?[-—–~/至]\s?\d")  # '2017年度…颁奖典礼', '2019-20赛季': a year looked back on
# a year a name carries ('2024跨年晚会', 'Example Tech Summit 2025'); meetings.py reads it too
YEAR_IN_NAME = re.compile(r"(?<!\d)(?P<year>(?:19|20)\d{2})(?!\d)")
_NUMERAL_YEAR = re.compile(r"(?P<year>[〇零一二][〇零一二三四五六七八九]{3})(?=年)")
_YEAR_BEFORE = re.compile(r"(?P<year>(?:19|20)\d{2}|[〇零一二][〇零一二三四五六七八九]{3})年的?$")


def _hosts_next(text: str, end: int, key: str, following: _NameSpan) -> bool:
    """Whether the meeting ending at `end` only holds the next one, named after it: its own part, no opening."""
    begin, _, _, next_key, _ = following
    part = next_key[len(key) :]
    return (
        next_key.startswith(key)
        and bool(part)
        and _HOLDS_ITS_OWN.fullmatch(text, end, begin) is not None
        and not OPENING_WORD.search(part)
        and "闭幕" not in part
    )


# '市政协十届三次会议', '十四届全国人大二次会议', '省委十三届九次全会': a numbered session, which sits for days
_NUMBERED_SESSION = re.compile(rf"届[^,。;:!?]{{0,12}}?[{NUMERAL_CHARS}\d]{{1,3}}次(?:全体)?(?:会议|全会)$")


def _session_holds(text: str, host: _NameSpan, held: _NameSpan) -> bool:
    """Whether a numbered session holds the meeting named after it ('…政协十届三次会议举行…座谈会'): the day is
    that meeting's, not the session's first (unless what it holds is its opening or its close)."""
    host_end, host_key = host[1], host[3]
    held_begin, held_key = held[0], held[3]
    return (
        _NUMBERED_SESSION.search(host_key) is not None
        and _HOLDS_ITS_OWN.fullmatch(text, host_end, held_begin) is not None
        and "开幕" not in held_key
        and "闭幕" not in held_key
    )


# a festival, a season or a show that runs for weeks ('…嘉年華', '…藝術節', '…博覽會'), which holds meetings of its own
_RUNS_FOR_WEEKS = re.compile(r"(?:嘉年华|节|季|博览会|展览会|展|灯会|庙会)[”」』\"]?$")
# between it and the meeting it holds: the day, how long, where, then the verb ('8/1起一連兩晚在…舉行')
_HOLDS_ON_ITS_DAY = re.compile(r"[^,。;:!?“”「」『』]{1,30}?(?:举行|举办|推出|上演)了?[“「『\"]?")


# between a fair that runs for days and the quoted meeting it holds: where, then the verb ('…博覽會舉辦「…分論壇」')
_HOLDS_QUOTED = re.compile(r"(?:在[^,。;:!?“”「」『』]{2,16}?)?(?:举行|举办|召开)了?[“「『\"]")
# a forum held as one of a fair's own ('…暨國際分論壇'), named with the fair that holds it
_FAIRS_OWN_FORUM = re.compile(r"(?:分论坛|平行论坛|专题论坛)$")


def _run_holds(text: str, host: _NameSpan, held: _NameSpan, between: re.Pattern[str]) -> bool:
    """Whether a fair, festival or season that runs for days holds the meeting named after it, `between` the two
    (what it holds is not its opening or its close, a part of the run)."""
    held_key = held[3]
    return (
        _RUNS_FOR_WEEKS.search(host[3]) is not None
        and "开幕" not in held_key
        and "闭幕" not in held_key
        and between.fullmatch(text, host[1], held[0]) is not None
    )


def _run_holds_quoted(text: str, host: _NameSpan, held: _NameSpan) -> bool:
    """Whether the run holds the quoted meeting named right after its verb ('27日,2018示例博覽會舉辦「…分論壇」'):
    the day is that meeting's, not the fair's first."""
    return _run_holds(text, host, held, _HOLDS_QUOTED)


def _run_holds_on_a_day(text: str, host: _NameSpan, held: _NameSpan, dates: list[DateMention]) -> bool:
    """Whether the run holds the meeting named after it on the day written between them
    ('2024示例嘉年華8/1起一連兩晚在…舉行…音樂會'): the day is that meeting's, not the run's first."""
    return _run_holds(text, host, held, _HOLDS_ON_ITS_DAY) and any(
        host[1] <= mention.begin and mention.finish <= held[0] for mention in dates
    )


# between a series and one of its parts: '」系列活动子活动之一——'
_ITS_NAMED_PART = re.compile(r"[”」』\"]?系列之[“「『\"](?P<part>[^”」』\",。;:!?]{2,20})[”」』\"]")
_ONE_OF_ITS_PARTS = re.compile(r"[”」』》\"]?[^,。;:!?、]{0,10}之一(?:——|—|:)")


# '世园会迎来“海口日”', '进博会迎来甘肃活动周': the day (or week) of a city, a province or a country held inside
# the meeting, on the day the clause gives; the meeting itself opened before
_THEMED_DAY_AFTER = re.compile(
    r"迎来了?(?:首个)?(?P<day>[“「『\"][^“”「」『』\",。;]{1,10}?[日周][”」』\"](?:活动)?"
    r"|[\u4e00-\u9fff]{2,6}?(?:活动周|文化周|主题日|活动日))"
)


def _dash_joined(working: WorkingText, names: list[_NameSpan]) -> list[_NameSpan]:
    """'第二十一届…年会——…青年论坛在哈尔滨举行': a series and its meeting joined by a dash are one name;
    '“…节”系列之“…美食街”…开锣': the part of the series named after it is the clause's meeting, and so is the
    themed day it holds ('…世园会迎来“海口日”')."""
    joined: list[_NameSpan] = []
    for index, name in enumerate(names):
        if joined and name[0] < joined[-1][1]:
            continue  # '…进博会迎来“甘肃日”活动': a name inside the themed day joined to the one before
        day = _THEMED_DAY_AFTER.match(working.text, name[1])
        if day is not None:
            written = name[2] + working.span(*day.span("day"))
            name = (name[0], day.end("day"), written, name[3] + day.group("day"), name[4])
        part = _ITS_NAMED_PART.match(working.text, name[1])
        if part is not None:
            if any(part.start() <= other[0] < part.end() for other in names[index + 1 :]):
                continue  # '…系列之“…论坛”': the part is named as a meeting of its own
            written = name[2] + "系列之" + working.span(*part.span("part"))
            name = (name[0], part.end("part"), written, name[3] + "系列之" + part.group("part"), name[4])
        if joined and _ONE_OF_ITS_PARTS.fullmatch(working.text, joined[-1][1], name[0]):
            joined.pop()  # '「…推广周」系列活动之一——…座谈会在昆召开': the series it is part of, no meeting here
        if joined and working.text[joined[-1][1] : name[0]] in ("——", "—"):
            head = joined.pop()
            dash = working.span(head[1], name[0])
            name = (head[0], name[1], head[2] + dash + name[2], head[3] + dash + name[3], head[4])
        joined.append(name)
    return joined


def _without_list_heads(text: str, names: list[_NameSpan]) -> list[_NameSpan]:
    """'…博览会、…峰会闭幕新闻发布会': an item of a list whose last name is for all of them (a closing, a
    press conference) is no meeting of its own; its words belong to the last one's clause."""
    return [
        name
        for name, following in zip(names, [*names[1:], None])
        if following is None
        or not (
            (_LIST_SEPARATOR.fullmatch(text, name[1], following[0]) and _FOR_THE_LIST.search(following[3]))
            or (_JOINED.fullmatch(text, name[1], following[0]) and _PRESS_ON_MEETINGS.search(following[3]))
        )
    ]


def _without_conjoined_items(text: str, names: list[_NameSpan]) -> list[_NameSpan]:
    """'「…学者会议」暨文化展览、电影放映、图书博览会于…举行': the items listed after a name joined by 暨 are
    parts of that meeting, which the sentence's day and verb are for; the last item is no meeting of its own."""
    kept: list[_NameSpan] = []
    for name in names:
        if kept and "暨" in kept[-1][3] and _CONJOINED_ITEMS.fullmatch(text, kept[-1][1], name[0]):
            continue
        kept.append(name)
    return kept


# the items between the name joined by 暨 and the last item: '、电影放映、'
_CONJOINED_ITEMS = re.compile(r"、(?:[^,。;:!?、\n]{1,10}、)*")


# '…人民代表大会第三次会议和政协…第二次会议新闻发布会': one press conference on both sessions, named by both
_JOINED = re.compile(r"[和及与]")
_PRESS_ON_MEETINGS = re.compile(rf"(?:{BARE_KINDS})(?:联合)?(?:新闻发布会|记者会|发布会|吹风会|简报会)$")


# between two items of a list: '、', after an item's opening ('「…青年节」开幕式、嘉年华联合记者会')
_LIST_SEPARATOR = re.compile(r"(?:[”」』》]?(?:开幕式|开幕典礼|开幕仪式|开幕礼))?、")


def _speaks_for_its_organisers(text: str, begin: int, end: int, key: str, refers_back: bool) -> bool:
    """A meeting's own name as the one who speaks ('示例马拉松就表示,'), not someone attending it ('出席…论坛表示,')
    nor a bare word for a part of it ('出席开幕仪式表示,')."""
    if refers_back or not _SPEAKS_AFTER.match(text, end):
        return False
    bare = _BARE_NAME.match(key) or _SUB_EVENT.match(key) or _REFERENCE.match(key)
    if bare or _ANNOUNCING_KIND.search(key):
        return False  # '…情况新闻发布会透露,': a press conference speaks on its own day
    return not _ATTENDEES_OF.search(text, max(0, begin - 4), begin)


_ANNOUNCING_KIND = re.compile(r"(?:发布会|记者会|吹风会|通气会|说明会|简报会)$")


_AS_PLANNED = re.compile(r"如期|照常|按期|按原计划")
_PLAN_CHANGED = re.compile(r"调整|改为|改成|改以|改采|改用|延期|延后|推迟|顺延|暂缓")  # calling off is cancelled


def _opening_clock_time(match: re.Match[str]) -> time | None:
    hour, minute = int(match.group("hh")), 30 if match.group("half") else int(match.group("mm") or 0)
    return time(hour, minute) if hour < 24 and minute < 60 else None


def _plan_since_changed(
    text: str, clause: str, mention: DateMention, start: date, reference: date, begin: int, sentence_end: int
) -> bool:
    """A day still to come that the clause gives as the old plan ('原计划于…举行', '原定…'), not kept as planned;
    or a day gone by whose plan the sentence says was changed ('原訂典禮於6月21日舉辦,…因應疫情調整授獎模式')."""
    planned = _PAST_PLAN.search(text, max(0, min(begin, mention.begin) - 6), mention.begin) or (
        # '由5月22日调整为5月29日', '从9月6日推迟到9月20日': the day it is moved from
        _MOVED_FROM.search(text, max(0, mention.begin - 1), mention.begin)
        and _MOVED_FROM_TO.match(text, mention.finish)
    )
    changed = start > reference or _PLAN_CHANGED.search(text, mention.finish, sentence_end) is not None
    return bool(planned) and changed and not _AS_PLANNED.search(clause)


def _without_means(text: str, names: list[_NameSpan]) -> list[_NameSpan]:
    """'以“特色美食节”“…”等为载体', '以“示例美食节”为主题的…文化节', '主题为“…节”': the means or the theme of
    what the clause holds, not a meeting of its own; '经…会议讨论决定': the way a decision was taken."""
    return [
        span
        for span in names
        if not (
            _BY_WAY_OF_BEFORE.search(text, max(0, span[0] - _BY_WAY_OF_REACH), span[0])
            and (_BY_WAY_OF_AFTER.match(text, span[1]) or _GREETS_WITH_IT.match(text, span[1]))
        )
        and not (
            _AROUND_THEME_BEFORE.search(text, max(0, span[0] - 3), span[0]) and _AROUND_THEME_AFTER.match(text, span[1])
        )
        and not ("经" in text[max(0, span[0] - 1) : span[0] + 1] and _DECIDED_AFTER.match(text, span[1]))
        and not (
            _THEME_IS_BEFORE.search(text, max(0, span[0] - 4), span[0])
            and not _ACTIVITY_THEMED.search(text, max(0, span[0] - 8), span[0])
        )
    ]


# '…大会(简称“示例大会”)在成都开幕': the short name given in brackets after the name
_SHORT_NAME_OPENS = re.compile(r"[(（](?:以下|下文)?(?:简称|下称|称)[:：]?[“「『\"]?")
_SHORT_NAME_CLOSES = re.compile(r"[”」』\"]?[)）]")
# '…博览会(以下简称“西博会”)在京举行新闻发布会', '…博览会昨日在沪召开新闻发布会': the meeting named is who holds
# the press conference, on the conference's day and in its city; its own days and place are told apart
_HOLDS_A_BRIEFING = re.compile(
    r"(?:[(（][^()（）]{1,20}[)）]|[”」』\"]?[)）])?"
    r"(?:(?:举办|筹办|筹备|有关|相关)?情况)?"  # '就…博览会筹备情况召开新闻发布会': on how it goes
    r"(?:今天|今日|昨天|昨日)?(?:上午|下午)?(?:在[\u4e00-\u9fff]{1,12}?)?"
    rf"(?:召开|举行|举办)了?(?:一场|首场)?{PRESS_KIND}"
)
# '…博览会(下文简称“6·3”茶博会)第二次新闻发布会': the short name in brackets inside the name of one of its sessions
_SHORT_NAME_INSIDE = re.compile(r"[(（](?:以下|下文)?(?:简称|下称)[^()（）]{1,16}[)）]")


# '「示例祭」…,堪稱是今年全台數一數二大型音樂祭典': words rating the sentence's subject, not the name of a meeting
_RATED_AS_BEFORE = re.compile(
    r"(?:堪称|可谓|号称|称得上|算得上|可说是|可以说是|被誉为|誉为)(?:是|为)?[^,。;:!?“「『”」』]{0,10}$"
)
_QUOTED_SUBJECT = re.compile(r"\s*[“「『](?P<title>[^“”「」『』,。;:!?\n]{2,30})[”」』]")


def _subject_of_a_rating(working: WorkingText, sentence_start: int, names: list[_NameSpan]) -> list[_NameSpan]:
    """A name after '堪稱(是)', '號稱', '被譽為' rates the sentence's subject: the meeting is that subject, a quoted
    title opening the sentence ('「示例祭」在…登場,…堪稱是全台最大音樂祭典'), or none when no title opens it."""
    text = working.text
    kept: list[_NameSpan] = []
    for span in names:
        begin = span[0]
        if text.endswith("的", 0, begin) or not _RATED_AS_BEFORE.search(text, max(sentence_start, begin - 16), begin):
            # '被譽為全台最美燈節的示例光節': the rating before 的 describes the name after it
            kept.append(span)
            continue
        subject = _QUOTED_SUBJECT.match(text, sentence_start)
        if subject is not None and not kept and subject.end() <= begin:
            a, b = subject.span("title")
            kept.append((a, b, working.span(a, b), text[a:b], False))
    return kept


def _without_short_names(text: str, names: list[_NameSpan]) -> list[_NameSpan]:
    """A short name in brackets just after the full one ('…大会(简称“示例大会”)在成都开幕') is that name again,
    not the next meeting of the clause: the words after the bracket are the full name's."""
    if len(names) < 2:
        return names
    return [
        span
        for index, span in enumerate(names)
        if not (
            index
            and _SHORT_NAME_OPENS.fullmatch(text, names[index - 1][1], span[0])
            and _SHORT_NAME_CLOSES.match(text, span[1])
        )
    ]


def _without_delegations(text: str, names: list[_NameSpan]) -> list[_NameSpan]:
    """'…人大二次会议山东代表团举行全体会议': a session that only names whose delegation meets is no meeting
    on that day; its words belong to the delegation's meeting after it. So are the games a team is sent off to."""
    return [name for name in names if not _DELEGATION_AFTER.match(text, name[1])]


def _new_day(text: str, sentence_dates: list[DateMention]) -> DateMention | None:
    """'原订于6月27日举办的…,确定延至10月3日…举行': the day it was moved to."""
    return next((m for m in sentence_dates if _MOVED_TO.search(text[max(0, m.begin - _MOVED_REACH) : m.begin])), None)


def _take_new_day(
    working: WorkingText, candidate: Candidate, planned: DateMention, sentence_dates: list[DateMention], reference: date
) -> None:
    """'原定于6月9日及6月10日的赛事,现整合至6月10日举行': the day the plan was changed to. A day still among those
    planned ('现整合至6月10日') or before them ('提前至') puts nothing off; one after them ('改至7月1日') does."""
    text = working.text
    later = [m for m in sentence_dates if m.begin > planned.finish]
    moved = _new_day(text, later)
    new = resolve_mention(moved, reference) if moved is not None else None
    if moved is None or new is None or candidate.start is None:
        return
    old_days = [candidate.start] + [
        day[0] for m in later if m.finish <= moved.begin and (day := resolve_mention(m, reference)) is not None
    ]
    if new[0] <= max(old_days):
        candidate.status = None
    candidate.start, candidate.end = new
    candidate.start_time, candidate.end_time = moved.start_time, moved.end_time
    candidate.date_phrase = working.span(moved.begin, moved.finish)


def _day_before(mentions: list[DateMention], mention: DateMention, reference: date) -> date | None:
    """The day of the nearest date written before `mention`: '本月25日啟程…出席翌日舉行的…' is the 26th."""
    for earlier in reversed([m for m in mentions if m.finish <= mention.begin]):
        if not earlier.flags & {"same_day", "next_day"} and (resolved := resolve_mention(earlier, reference)):
            return resolved[0]
    return None


def _kind_of_day_before(mentions: list[DateMention], mention: DateMention, reference: date) -> str | None:
    """How the text wrote the day `_day_before` reads a '翌日' or '隔天' against ('31日' a day, '今天' relative)."""
    for earlier in reversed([m for m in mentions if m.finish <= mention.begin]):
        if not earlier.flags & {"same_day", "next_day"} and resolve_mention(earlier, reference):
            return date_kind(earlier)
    return None


def _day_of_briefing_before(before: list[_NameSpan], mention: DateMention) -> bool:
    """Whether `mention` dates a press conference the sentence names first."""
    return any(mention.finish <= begin and _PRESS_WORD.search(key) for begin, _, _, key, _ in before)


def _holder_city(working: WorkingText, sentence_start: int, begin: int, end: int, key: str) -> PlaceMention | None:
    """The city heading the holder a bare meeting is named by ('示例县…会议在…举行预备会议': the session's), not
    one of several listed holders ('兰州市、嘉峪关市两地举行…'), nor a delegation's home ('…会议佛山代表团举行全体会议'
    sits where the congress does)."""
    holder = key[: max(0, len(key) - (end - begin))]
    if holder.endswith("代表团"):
        return None
    found = working.text.rfind(holder, sentence_start, begin) if holder else -1
    if found < 0 or working.text[found - 1 : found] == "、":
        return None
    return _city_in_name(working, found, found + len(holder))


def _as_planned(text: str, mention: DateMention, begin: int) -> bool:
    """Whether `mention` is the day a meeting was planned for ('原定于10月20日举行的…')."""
    # '原定于10月20日举行的…', '…不会在5月10日如期举办'
    return _PLANNED_FOR.search(text, min(begin, mention.begin - 4), max(begin, mention.finish + 3)) is not None


# '7日在南宁宣布', '昨天上午介绍': a day that dates what someone said
_SAID_ON = re.compile(r"(?:上午|下午|晚间)?(?:在[\u4e00-\u9fff]{1,8}?)?(?:宣布|表示|介绍|透露|通报)")
# a briefing: '…新闻发布会', '…记者会', '…新闻通气会'
_BRIEFING_KEY = re.compile(r"(?:发布会|记者会|通气会|吹风会)$")


def _briefed_on_the_day_said(
    key: str, mention: DateMention, previous_run: bool, previous_said: tuple[date, str] | None
) -> tuple[date, str] | None:
    """'…7日在南宁宣布,4月14日至5月14日,…将举办…。…新闻发布会当天在南宁举行': a briefing's '当天' is the day the
    sentence before dates a saying, not the first day of the run it announced."""
    if "same_day" not in mention.flags or not previous_run or _BRIEFING_KEY.search(key) is None:
        return None
    return previous_said


_TIME_TO_BE_ANNOUNCED = re.compile(r"另行(?:通知|公布|确定|告知|发布|安排)|另定|待定")
_PLANNED_FOR = re.compile(r"原定|原计划|原订|原本|原拟|计划于|定于|订于|如期|按期")


def _same_day_as(
    text: str, sentence_dates: list[DateMention], mention: DateMention, reference: date
) -> tuple[str, date, bool] | None:
    """How and which day the sentence named before its '当天': '6月28日上午举办…,当天下午举行…' is the 28th; and
    whether that day opens a run ('6月28日至30日')."""
    for earlier in reversed([m for m in sentence_dates if m.finish <= mention.begin]):
        if earlier.flags & {"same_day", "next_day"} or _until(text, earlier.begin):
            continue
        if (resolved := resolve_mention(earlier, reference)) is not None:
            return date_kind(earlier), resolved[0], resolved[1] not in (None, resolved[0])
    return None


def _inherit_months(mentions: list[DateMention], reference: date, text: str) -> None:
    """'11月12日至17日…开幕式将于12日': a bare day falls in the range just named."""
    previous: DateMention | None = None
    for mention in mentions:
        year, month, day = mention.start
        if month is not None:
            previous = mention
            continue
        if previous is None or "relative" in mention.flags or mention.begin - previous.finish > 200:
            continue
        if "\n" in text[previous.finish : mention.begin]:
            continue
        span = resolve_mention(previous, reference)
        if span is None:
            continue
        first, last = span[0], span[1] or span[0]
        if first.day <= day <= (last.day if last.month == first.month else 31):
            mention.start = (first.year, first.month, day)
            mention.flags.discard("day_only")


# '「第12屆…閱讀?勵活動頒獎禮」', '「誰是贏家?示例論壇」': a mark inside a quoted title, its quote closing a few
# characters on, is the title's (or a character the page lost), not a sentence's end
_OPEN_TITLE_BEFORE = re.compile(r"[“「『《][^“”「」『』《》。;\n]{1,30}$")
_TITLE_CLOSES_AFTER = re.compile(r"[^“”「」『』《》。;!?\n]{1,20}[”」』》]")


def _inside_a_title(text: str, mark: int, after: int) -> bool:
    return bool(_TITLE_CLOSES_AFTER.match(text, after) and _OPEN_TITLE_BEFORE.search(text, max(0, mark - 31), mark))


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.group() in ("!", "?") and (
            (
                text.startswith(("”", "」", "』", "》"), match.end())
                and _TITLE_MARK.search(text, max(0, match.start() - 13), match.start())
            )
            or _inside_a_title(text, match.start(), match.end())
        ):
            continue
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


_THEME_AND_KIND = 5  # '杨梅节', '开渔节', '龙舟文化节': a festival's theme and its word, no place of its own


def _annual_of_a_place(working: WorkingText, floor: int, left: int) -> tuple[int, int] | None:
    """The span of the city or county whose yearly meeting the name at `left` is ('浙江仙居一年一度的杨梅节':
    仙居), written right before '一年一度的'."""
    annual = _ANNUAL.search(working.text, max(floor, left - 5), left)
    if annual is None:
        return None
    begin = max(floor, annual.start() - _TOWN_NAME)
    for a, b, place in working.places.within(begin, annual.start()):
        if begin + b == annual.start() and place.kind in ("city", "district"):
            return begin + a, begin + b
    return None


_TOWN_NAME = 7  # '互助土族自治县': the longest county names the gazetteer holds bare


# '湖北·钟祥…', '中国·…': a province, a country or a city and a middle dot, as a festival's own name begins
_PLACE_DOT = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,4}?)[·・•‧](?=[\u4e00-\u9fff]{2})")


def _placed_by_a_dot(name: str) -> bool:
    """'湖北·钟祥第三届杨梅节': a known place, then a dot, then at least a place or an edition and the theme."""
    dot = _PLACE_DOT.match(name)
    if dot is None or find_place(dot.group("place")) is None:
        return False
    rest = name[dot.end() :]
    return len(rest) > 2 and (
        _THEMED_NAME.search(rest) is not None or _city_heads(rest) or _TOWN_THEN_EDITION.match(rest) is not None
    )


# '钟祥第三届杨梅…', '婺源第三届油菜花…': the town's name after the dot, then the edition
_TOWN_THEN_EDITION = re.compile(rf"[\u4e00-\u9fff]{{2,4}}?(?:{_NTH_EDITION})")


def _city_heads(name: str) -> bool:
    """'台南橡塑胶工业展': a big city heads the name of a show named by its theme, and more follows it."""
    for size in (3, 2):
        place = find_place(name[:size])
        if place is not None and place.kind == "city" and place.population >= _BIG_CITY and len(name) > size + 1:
            return True
    return False


# '郓城县陈坡乡2023年…丰收节', '长兴县第十届…文化节': a county or a city (and a town of it), then the year or the
# edition, as a local festival's own name begins; not a district, whose name several cities give theirs (西湖区)
_COUNTY_THEN_EDITION = re.compile(
    rf"(?P<place>[\u4e00-\u9fff]{{1,6}}?[市县旗])(?:[\u4e00-\u9fff]{{1,4}}?(?:镇|乡|街道))?"
    rf"(?:{_NTH_EDITION}|\d{{4}}年?)"
)


# '示例大学第十届读书节', '化学系首届研究生学术节': a school or one of its departments, then the edition, as a campus
# festival's own name begins (not '关系', '体系', '联系')
_SCHOOL_THEN_EDITION = re.compile(
    rf"[\u4e00-\u9fff]{{1,12}}?(?:大学|学院|学校|中学|小学|书院|(?<![关体联派直])系)(?:{_NTH_EDITION})"
)


def _county_heads(name: str) -> bool:
    """'郓城县陈坡乡2023年中国农民丰收节': a place the gazetteer knows, then its year or edition, head the name."""
    county = _COUNTY_THEN_EDITION.match(name)
    return county is not None and find_place(county.group("place")) is not None


def _during_its_run(text: str, start: int, kind: re.Match[str]) -> bool:
    """'在为期三天的文化旅游节期间': the meeting, named after the days it runs, and the time while it does."""
    return text.startswith("期间", kind.end()) and bool(_RUN_OF_IT.search(text, start, kind.start()))


def _refers_back_by_its_run(text: str, start: int, left: int, right: int) -> bool:
    """'为期5天的活动周吸引了众多观众': a run of days before a name refers back to the article's meeting;
    '8月3日,为期3天的首届示例博览会在…开幕' introduces it, the clause giving it a verb of its own."""
    return bool(_RUN_OF_IT.search(text, start, left)) and not _OWN_VERB_AFTER.match(text, right)


# '这是…首次在室内举行新生开学典礼': a sentence on what the last one reported, its meeting that one
_THIS_WAS = re.compile(r"\s*(?:这|此|这也|这还)是(?!继)")  # not '这是继…之后', another one before it
# a verb of the name's own in its clause ('…博览会在示例会展中心开幕'), not a later clause's
_OWN_VERB_AFTER = re.compile(rf"[^,。;:!?]{{0,20}}?(?:{_EVENT_VERBS.pattern})")


# '“示例夏季礼品、家居用品及玩具展览”': the themes of one show, the last joined by 及, not a slogan's clauses
_THEMES_LISTED = re.compile(r"、[^、,。;]+(?:及|和|与)[^、,。;]+$")
# '“…——张三、李四藏画展”', '“王五、赵六师生书画展”': a show of the works of the people listed, not a slogan
_WORKS_OF_THOSE_LISTED = re.compile(
    r"、[^、,。;]{1,8}(?:藏画|藏品|书画|绘画|作品|摄影|美术|师生|父子|母女|夫妇|双人|联)[^、,。;]{0,4}展(?:览)?$"
)


def _kinds_in(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What `KIND.finditer(text, start, end)` finds, in a third of the time: _FIXED_KIND's scan, and KIND itself
    where a loose kind may begin (one or two characters before '博会', '交会', '洽会', '贸会': '进博会')."""
    loose = [
        at for end_of in _LOOSE_KIND_END.finditer(text, start, end) for at in (end_of.start() - 2, end_of.start() - 1)
    ]
    loose.reverse()
    position = start
    while position < end:
        match = _FIXED_KIND.search(text, position, end)
        while loose and loose[-1] < position:
            loose.pop()
        if loose and (match is None or loose[-1] <= match.start()):
            match = KIND.match(text, loose.pop(), end)  # the kinds in their order, the loose one among them
            if match is None:
                continue
        elif match is None:
            return
        yield match
        position = match.end()


# '…回歸26周年慶典日': a day named for its celebrations, no meeting ('慶典日前舉行' is held some days ago, '慶典日期'
# its date)
_DAY_OF_CELEBRATIONS = re.compile(r"[庆盛]典日(?![前期程])")


# '采用国际会议形式', '以座谈会的方式', '通过视频会议方式': a kind of meeting for the manner of what the clause holds
# (not '以舉行記者會的方式公布': a press conference held, the way something was made known)
_MANNER_AFTER = re.compile(r"的?(?:形式|方式|模式)")
_MANNER_VERB = re.compile(
    r"(?:采用|采取|仿照|参照|借鉴|沿用|通过|(?<![可所予难加得足借])以)(?![^,。;:!?]*(?:举行|召开|举办))[^,。;:!?]{0,12}$"
)
_MANNER_REACH = 14


def _names(working: WorkingText, start: int, end: int, aliases: dict[str, tuple[str, str]]) -> Iterator[_NameSpan]:
    """(begin, end, name in the original script, Simplified key, refers back), longest only."""
    text = working.text
    found: list[tuple[int, int]] = []
    warm_ups = [m.span() for m in _WARM_UP_FOR.finditer(text, start, end)] if _WARM_UP.search(text, start, end) else []
    for match in _kinds_in(text, start, end):
        # '…展览会议中心': the 议 after a kind that ends in 会 is of the word ('展览会议'), the building after it
        after = match.end() + (text.startswith("议", match.end()) and match.group().endswith("会"))
        if after < end and (
            (text[after] in "中馆区位场址期览堂厅楼员" and not _during_its_run(text, start, match))
            or _VENUE_AFTER.match(text, after)
        ):
            continue  # '香港会议展览中心', '会展中心': a building, not a meeting; '立法会议员': a member
        if _MANNER_AFTER.match(text, match.end()) and _MANNER_VERB.search(
            text, max(start, match.start() - _MANNER_REACH), match.start()
        ):
            continue  # '采用国际会议形式展开', '以线上会议形式召开': the manner it is held in, not a meeting
        if _DAY_OF_CELEBRATIONS.match(text, match.start()):
            continue  # '今日是香港回歸26周年慶典日': the day of the celebrations, the meetings of it named after
        if text.startswith("业", match.end()) and not text.startswith("业余", match.end()):
            continue  # '會議展覽業的發展', '會展業': an industry, not a meeting ('…運動會業餘組' is one)
        if _ORGANISATION.match(text, match.end()):
            _drop_names_of_body(text, match, start, found)
            continue
        if _ITS_PAGE.match(text, match.end()):
            continue  # '可上「示例藝術節」官方臉書查詢': where to look it up, no mention of it on a day
        if match.group() == "晚会" and _EVENING_THEN.match(text, match.start() - 1):
            continue  # '周六夜晚會有一道鋒面通過': 夜晚 then 會 (will), no gala
        themed = match.group() in _THEMED_KIND
        not_before = _NOT_A_WEEK_BEFORE if match.group() == "周" else _NOT_THEMED_BEFORE
        if themed and text[match.start() - 1] in not_before and not _LIFE_THEME.match(text, match.start() - 2):
            continue
        if match.group().endswith("展") and _VERB_OF_ZHAN.match(text, match.end()):  # '主题展开': unfolds
            continue
        core = match.end() - 2 if _LOOSE_KIND.fullmatch(match.group()) else match.start()
        left = _left_edge(text, core, start)  # '举办花博会' is 举办 + 花博会, not 办花博会
        if match.group() in ("传媒", "记者"):  # a media session begins at its verb, leaving '行政会议' its own name
            left = match.start() - (2 if text.startswith("会见", match.start() - 2) else 1)
        before = text[left : match.start()]
        if not before and _GOES_ON_TO.search(text, max(start, left - 2), left):
            continue  # '進入總決賽', '接觸大賽車': the round gone on to, the cars got near to, no mention of a day
        if _LIKENED_TO.search(text, max(start, match.start() - 12), match.start()):
            continue  # '市區變成大型音樂嘉年華': what the streets became, not a meeting
        if (
            themed
            and not (
                _THEMED_NAME.search(before)
                or _THEMED_NAME.search(_LEADING_NOISE.sub("", before))
                # '…古镇开街暨第五届美食节': the edition after 暨 heads the festival joined to the opening
                or _THEMED_NAME.search(before.rpartition("暨")[2])
                # '湖北·钟祥第三届杨梅节', '中国·示例国际风筝会': a place and a dot head a festival's own name
                or _placed_by_a_dot(before)
                or _city_heads(before)
                or _county_heads(before)
                or _SCHOOL_THEN_EDITION.match(before) is not None
                # '一年一度的中国…雪顿节': a festival held every year; a holiday's two characters ('情人节') are not
                or (_ANNUAL.search(text, max(0, left - 5), left) is not None and len(before) > 2)
                # '浙江仙居一年一度的杨梅节': a town's yearly festival, named by its theme after the town
                or _annual_of_a_place(working, start, left) is not None
                # '「示例银行海滨音乐节」': the quote starts a name; a holiday's two characters ('「情人節」') do not
                or (text[left - 1 : left] in _OPENING_QUOTES and len(before) > 2)
                or (_LATIN_NAME_AFTER.match(text, match.end()) is not None and len(before) > 1)
                # '「創科博覽2022」': a quoted name that ends in its year is that year's edition
                or (text[left - 1 : left] in _OPENING_QUOTES and _YEAR_CLOSES_NAME.match(text, match.end()) is not None)
            )
        ):
            continue  # '首届…工业展': the edition is leading noise for the name, not for this test
        if (
            match.group() == "活动"
            and text[match.start() - 1] not in _CLOSING_QUOTES  # '「…周年」活动': the quoted one's
            and not _named_activity(text, start, left, match.start())
            and not _quoted_with_its_year(text, left, match.end())
        ):
            continue  # '各项活动', '开展交流活动': an activity with no name of its own
        if match.group() == "会" and not (
            text[left - 1 : left] in _OPENING_QUOTES and _EDITION_OR_YEAR_FIRST.match(before)
        ):
            continue  # '「示例委员会」': a body; a gathering of that name is quoted with its year or edition
        if match.group() == "委员会" and not _SITTING_OF_A_COMMITTEE.search(text, start, match.start()):
            continue  # '市經濟發展諮詢委員會': the committee, not one of its sittings
        if match.group() == "比赛" and not _CONTEST_OF_A_SERIES.search(before):
            continue  # '“这是一场好比赛”': a quoted contest is a named one only with its edition or year
        kind_end = match.end() + (text.startswith("议", match.end()) and match.group().endswith("会"))
        # '民间艺术展演': a show of performances, whose name is not cut inside the word 展演
        kind_end += _SHOW_OF_ZHAN.match(text, kind_end) is not None and match.group().endswith("展")
        right = _right_edge(text, left, kind_end, end)  # '工作会议' is no '工作会' + '议'
        while found and found[-1][0] >= left:
            found.pop()
        found.append((left, right))
    owner: tuple[str, str, int] | None = None  # a meeting that holds the press conference named after it
    for left, right in _opening_joined_split(text, found):
        inner = _INNER_DETERMINER.search(text, left + 1, right)
        if inner is not None:
            left = inner.start()  # '秘书长及今次会议', '如果你问今年台北车展': the determiner starts the name
        raw = text[left:right]
        stripped = _LEADING_CLOCK.sub("", _LEADING_NOISE.sub("", raw))
        if _CLOCK_BEFORE.search(text, max(0, left - 2), left):
            stripped = _CLOCK_TAIL.sub("", stripped)
        refers_back = bool(
            _DETERMINERS.match(raw) or _refers_back_by_its_run(text, start, left, right) or _THIS_WAS.match(text, start)
        )
        left += len(raw) - len(stripped)
        described = _DESCRIBED_AS_AN_OCCASION.match(stripped)
        if described is not None:  # '墾丁音樂盛事「示例祭」活動': what the quoted one is, before its name
            left += described.end()
            stripped = text[left:right]
        key = _strip_quotes(stripped)
        verb = _VERB_BEFORE_PART.match(key) or _ENTERS_PART.search(key)
        if verb is not None:  # '…李明(中)启动开幕式': the opening ceremony he started
            left, key = left + verb.end(), key[verb.end() :]
        joined = text.find("暨", left, right)
        if joined > 0 and _QUANTIFIED.match(key):
            # '…系列文化活动暨第五届…艺术节': the activities are counted, the name joined to them is the meeting
            left = joined + 1
            key = _strip_quotes(text[left:right])
        if not key or _NOT_MEETINGS.search(key) or len(key) < 2:
            continue
        if _REFERENCE.match(key) and (
            _OTHER_YEARS_EDITION.match(raw) or _OTHER_YEARS_BEFORE.search(text, max(0, left - 3), left)
        ):
            continue  # '去年的峰会在广州举行': last year's edition, not the meeting the article refers back to
        last_edition = _LAST_EDITION.search(key)
        if last_edition is not None and _REFERENCE.match(key[last_edition.end() :]):
            continue  # '面积比上一届交易会扩大了…': the edition before, compared with this one
        if left > 0 and text[left - 1] in "向给" and _LETTER_TO_IT.match(text, right):
            continue  # '4月25日向…联盟大会致贺信': the day of the letter, which says nothing of the meeting's day
        if _RACE_DISTANCE.match(key) and (text[left - 1 : left] == "、" or text[right : right + 1] in _LIST_NEXT):
            continue  # '选手参加全程马拉松、半程马拉松和迷你跑': the distances a race is run over, no race of their own
        # '召开了八届研讨会' counts meetings; '召开了七届委员会第九次主席会议' names one
        counted = _EDITIONS.match(key) and "第" not in key and left > 0 and text[left - 1] in "了已共"
        cut = key[0] in _NOT_A_FIRST_CHAR and not refers_back and not _FIRST_WORD_OF_ZHAN.match(key)
        if counted or _QUANTIFIED.match(key) or _COUNTED_INSIDE.search(key) or cut:
            continue  # '多场分论坛', '幕典礼': a count of meetings, or a word cut in two
        ceremony = _CEREMONY_OF_MEETING.search(key) if _ENDS_IN_CEREMONY.search(key) else None
        if ceremony is not None and text.endswith(key, left, right):
            right -= len(key) - ceremony.end("meeting")
            key = key[: ceremony.end("meeting")]
        if _HOSTING_RIGHTS.match(text, right):
            continue  # '争取到…年会、…大会举办权': the right to host one, not a meeting on a day
        if _HERE_AFTER.match(text, right) and _EVENT_VERBS.search(text, start, left):
            continue  # '…开幕式在成都启幕,一场…文化嘉年华在此上演': the same event, told again as what went on there
        if _YEARLY_EVENT_OF.match(text, right):
            continue  # '台灣燈會為全台灣一年一度之盛事,': what the series is every year, not a meeting on a day
        if any(a < left and right < b for a, b in warm_ups):
            continue  # '為即將登場的…博覽會暖身': what the warm-up is for
        if _BID_FOR.search(text, max(start, left - 3), left) and _TO_BE_HOSTED.match(text, right):
            continue  # '为争取2026年…灯会在花莲举办', '争取…灯会在花莲': a bid to host it, no meeting that day
        if _PARTNER_AFTER.match(text, right) and _WITH_BEFORE.search(text, max(start, left - 4), right):
            continue  # '也再度与日本示例音乐祭合作': a partner the meeting works with, not one held
        if _in_document_title(text, left, right, start, end):
            continue  # '发布《关于2020示例博览会延期举办的通知》': a notice's title, not the meeting on that day
        if key.endswith("论坛") and _POSTED_ON.match(text, right):
            continue
        if _DATE_IN_NAME.search(key) and not _MONTHS_BATCH.search(key):
            continue  # '重庆国际博览中心明年10月首展', '2012年10月实现首展': a plan with its month, no meeting's name
        if (
            "、" in _INNER_QUOTE.sub("", key)
            and not _THEMES_LISTED.search(key)
            and not _WORKS_OF_THOSE_LISTED.search(key)
            and text[left - 1 : left] in _OPENING_QUOTES
            and text[right : right + 1] in _CLOSING_QUOTES
        ):
            continue  # '“月月有活动、季季有展会”': a slogan that lists things (not '「…『梦想、世界』记者会」')
        if key.endswith("活动") and _QUOTED_KINDS_LISTED.search(key):
            continue  # '…博览会“国家日”和“荣誉日”活动': the activities of kinds listed, many events, none of them one
        name = _strip_quotes(working.span(left, right))
        insert = _SHORT_NAME_INSIDE.search(text, left, right)
        if insert is not None and insert.end() < right:  # '…博览会(以下简称“茶博会”)新闻发布会': the owner's name
            a, b = insert.span()
            name = _strip_quotes(working.span(left, a) + working.span(b, right))
            key = _strip_quotes(text[left:a] + text[b:right])
        finale = _QUOTED_FINALE.match(text, right, end)
        if finale is not None:  # '「示例嘉年華2024」壓軸項目「示例決賽」': the carnival's final, named by both
            a, b = finale.span("item")
            name, key, right = name + working.span(a, b), key + text[a:b], finale.end()
        alias = _ALIAS.match(text[right:])
        town = _annual_of_a_place(working, start, left) if len(key) <= _THEME_AND_KIND else None
        if town is not None:  # '仙居一年一度的杨梅节' is 仙居杨梅节
            name, key = working.span(*town) + name, text[town[0] : town[1]] + key
        if alias:
            aliases[alias.group("alias") or alias.group("known")] = (key, name)
        key, name = aliases.get(key, (key, name))
        if not refers_back and _HOLDS_A_BRIEFING.match(text, right):
            owner = (name, key, right)  # '…博览会(以下简称“西博会”)在京举行新闻发布会': the fair's, not the fair
            continue
        if owner is not None and _PRESS_WORD.search(key) and _HOLDS_A_BRIEFING.match(text, owner[2], right):
            name, key = owner[0] + name, owner[1] + key
        held_for = _CEREMONY_FOR.match(text, right, end) if key in ("仪式", "典礼") and not refers_back else None
        if held_for is not None:  # '…在会展中心举行仪式,欢迎援外医疗队凯旋': the ceremony is named by what it is for
            a, b = held_for.span("for")
            name, key = working.span(a, b) + name, text[a:b] + key
        elif _BARE_NAME.match(key) and not refers_back:
            qualifier = _QUALIFIER.search(text[start:left])
            if qualifier is not None and _WHEN_NOT_WHO.search(qualifier.group("q2") or ""):
                qualifier = None  # '下周一将会举行研讨会': when and whether, not who holds it
            if (
                qualifier is not None
                and qualifier.group("q2")
                and _after_a_venues_brackets(text, start, start + qualifier.start("q2"))
            ):
                qualifier = None
            subject = _SUBJECT.match(text[start:left]) if qualifier is None else None
            if qualifier is not None:
                a, b = qualifier.span("q" if qualifier.group("q") else "q2")
                a, b = a + start, b + start
                full = _full_form(text, text[a:b]) if qualifier.group("q2") else None
                if full is not None:  # '学会今日举办记者会' of '香港示例学会(下称「学会」)': the body's full name
                    a, b = full
                holder_name, holder_key = _holder_words(working, a, b)
                if qualifier.group("joint"):  # '…局聯合召開記者會': their joint press conference
                    joint = start + qualifier.start("joint")
                    holder_name, holder_key = holder_name + working.span(joint, joint + 2), holder_key + "联合"
                name, key = holder_name + name, holder_key + key
            elif subject is not None and _BODY.search(subject.group("subject")):
                a, b = subject.span("subject")  # '国务院台湾事务办公室于26日…举行了例行新闻发布会'
                name, key = working.span(start + a, start + b) + name, text[start + a : start + b] + key
            elif (held_by := _HELD_BY_A_BODY.search(text, start, left)) is not None:
                a, b = held_by.span("holder")  # '在9月12日省政府新闻办公室召开的新闻发布会上': the office's
                name, key = working.span(a, b) + name, text[a:b] + key
            elif (topic := _QUOTED_TOPIC.match(text, start, left)) is not None and _PRESS_WORD.search(key):
                a, b = topic.span("topic")  # '「秋遊示例季」今(21)日上午於縣府大廳舉辦記者會': that event's
                name, key = working.span(a, b) + name, text[a:b] + key
            elif (anniversary := _ANNIVERSARY_OF.search(text[start:left])) is not None:
                a, b = start + anniversary.start("of"), start + anniversary.end("of")  # '…一周年的新闻发布会'
                name, key = working.span(a, b) + name, text[a:b] + key
        elif _AWARDS_CEREMONY.match(key) and (prize := _PRIZE_HOLDS.match(text, start, left)) is not None:
            a, b = prize.span("prize")  # '第9届示例奖昨晚在…举行颁奖典礼': the ceremony of that prize
            name, key = working.span(a, b) + name, text[a:b] + key
        elif (founding := _FOUNDING.match(key)) and (
            holder := _holder(text, start, left + founding.start("years"))
        ) is not None:
            a, b = holder  # '澳门南海同乡会昨晚…举办成立三十周年会庆': whose anniversary it is names it
            since = founding.start("years")  # '…联会「庆祝成立6周年…」': the holder's anniversary, without 庆祝
            name, key = working.span(a, b) + name[since:], text[a:b] + key[since:]
        if _PRESS_SESSION.search(text, right - 2, right) and (whole := _press_session(working, start, left, right)):
            name, key = whole
        yield left, right, name, key, refers_back


# '…自由贸易试验区一周年的新闻发布会', '纪念…建校一百周年的座谈会': the anniversary it marks names a bare meeting,
# from the start of its clause or after the verb that holds it
_ANNIVERSARY_OF = re.compile(
    r"(?:^|(?<=[,;:!?。、])|(?<=举行)|(?<=召开)|(?<=举办)|(?<=出席)|(?<=参加)|(?<=了))"
    rf"(?P<of>(?:(?!举行|召开|举办|出席|参加|了)[^,;:!?。的]){{2,24}}?[{NUMERAL_CHARS}百]{{1,4}}周年)的(?:一场|一次)?$"
)
_PRESS_SESSION = re.compile(rf"{MEETS_THE_PRESS}$")
# a media session's key ('行政长官出席行政会议前会见传媒', '见记者' when no clause names it): a key holds no words
# before its verb for MEETS_THE_PRESS's lookbehinds, so the key is read by its last words alone
PRESS_SESSION_KEY = re.compile(r"(?:见|晤)(?:传媒|记者)$")
_BEFORE_THE_SESSION = re.compile(r"之?前")  # '出席行政會議前會見傳媒'
_CLAUSE_BREAK = re.compile(r"[,;:!?。]|以下是")
# '今日(一月二十一日)上午', '中午': when, no part of the session's name
_WHEN_IN_SESSION = re.compile(
    r"(?:今天|今日|今早|昨天|昨日|当天|当日)?(?:\([^()]{1,12}\))?(?:上午|中午|下午|早上|晚上)?"
)


def _press_session(working: WorkingText, start: int, left: int, right: int) -> tuple[str, str] | None:
    """'行政長官李家超今日(…)上午出席行政會議前會見傳媒': the whole clause, who and before what, without when, names
    a media session (name, key)."""
    text = working.text
    breaks = list(_CLAUSE_BREAK.finditer(text, start, left))
    clause = breaks[-1].end() if breaks else start
    if left - clause > 24:
        return None
    name = key = ""
    position = clause
    for when in _WHEN_IN_SESSION.finditer(text, clause, left):
        if when.group():
            name, key = name + working.span(position, when.start()), key + text[position : when.start()]
            position = when.end()
    return name + working.span(position, right), key + text[position:right]


# '…博览会开幕式暨…发展论坛': the fair's opening ceremony joined to a meeting of another kind
_OPENING_JOINED = re.compile(rf"(?:{OPENING_WORD.pattern})暨")
# '…洽谈会开幕式暨招待酒会': a reception or a gala that is part of the opening, no meeting of its own
_PART_OF_THE_OPENING = re.compile(r"(?:酒会|招待会|晚会|晚宴|午宴|宴会|仪式|典礼|联欢会|文艺演出)$")


def _full_form(text: str, short: str) -> tuple[int, int] | None:
    """Where the text gives the full name of a body it goes on to call by `short` ('示例学会(下称「学会」)')."""
    quoted = rf"[“「『\"]?{re.escape(short)}[”」』\"]?"
    match = re.search(rf"[\u4e00-\u9fff]{{2,24}}(?=\((?:以下|下文)?(?:简称|称|下称){quoted}\))", text)
    return match.span() if match is not None and match.group() != short else None


# '辛丑迎春…活动', '己亥年春节联欢…': a year named by its place in the sixty-year cycle, as associations in
# Hong Kong, Macau and Taiwan name their new-year gatherings
_CYCLE_YEAR = r"[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年?"
_EDITION_OR_YEAR_FIRST = re.compile(rf"(?:{_NTH_EDITION}|(?:19|20)\d{{2}}(?!年?\d)|{_CYCLE_YEAR})[^,。;:!?]{{3,}}$")
# '2010示例寻宝活动', '第三届…活动', '“…”2026年元旦…主题活动': a name of its own begins with its year or its
# edition, after its quoted name or not, or joins two by 暨; '2023年各项活动', '相关活动' count or point at them
_ACTIVITY_NAMED = re.compile(
    rf"(?:[“「『][^”」』]{{2,30}}[”」』])?(?:{_NTH_EDITION}|(?:19|20)\d{{2}}(?![\d年]*月)|{_CYCLE_YEAR})[^,。;:!?]{{3,}}$"
    r"|[^,。;:!?暨]{2,}暨[^,。;:!?暨]{3,}$"  # '元旦升旗暨乐活健走活动': two named events joined in one name
    r"|[^,。;:!?]{2,}[\d〇零一二两三四五六七八九十百]{1,3}周年(?:庆祝|纪念|庆)?$"  # '…就职三周年活动': an anniversary's
    # '全市重点产业项目集中开工活动': projects broken ground on, or signed, together at one ceremony
    r"|(?!此次|本次|这次|今次|该)[^,。;:!?]{2,}集中(?:开工|开复工|签约|竣工|投产)$"  # not '此次集中开工活动'
    # '台商春節聯誼活動': a fellowship gathering named by its holiday, after whose it is
    rf"|[^,。;:!?]{{2,}}(?:{_HOLIDAY_GATHERING})(?:联谊|联欢|团拜|座谈)$"
)
# '2024示例黄河观凌周文化旅游系列活动': a series with a name of its own before 系列, not '举办系列活动', nor
# the programme of a festival named before it ('2018示例山水节系列活动')
_SERIES_NAMED = re.compile(r"(?<=[\u4e00-\u9fff”」』]{4})(?<![节展周杯])系列(?:文化|旅游|文化旅游|文旅|主题|庆祝)?$")
_GENERIC_ACTIVITY = re.compile(r"各|等|多项|多场|相关|有关|这些|上述|系列|其他|其它|此类|该类|类似|开展|组织|参与|参加")


def _quoted_with_its_year(text: str, left: int, right: int) -> bool:
    """'“2012示例·企业合作周系列活动”在杭州启动': a quoted name with its year or edition, whole, is a meeting."""
    return (
        text[left - 1 : left] in _OPENING_QUOTES
        and text[right : right + 1] in _CLOSING_QUOTES
        and _EDITION_OR_YEAR_FIRST.match(text, left, right) is not None
    )


def _named_activity(text: str, floor: int, left: int, kind_start: int) -> bool:
    """A bare 活动 is a meeting when its own name comes before it."""
    if _ends_a_kind(text, floor, kind_start):
        return False  # '…杜鹃花节活动': the programme of the meeting named before it, found already
    before = text[left:kind_start]
    own_words = _SERIES_NAMED.sub("", before)
    # '2023示例大会长沙主会场活动': the activity of a meeting named in it, not one of its own
    # '…丰收节暨“…”系列文旅活动': a meeting joined by 暨 to a series named after it is one name, the series's
    joined = before.rfind("暨")
    return (
        bool(_ACTIVITY_NAMED.match(before))
        and not _GENERIC_ACTIVITY.search(own_words)
        and not KIND.search(before, joined + 1 if joined > 0 and _SERIES_NAMED.search(before) else 0)
    )


def _opening_joined_split(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'2016示例酒业博览会开幕式暨国际酒业发展论坛在…举行': the fair, which opens with the ceremony, and the forum
    held with it are two meetings; so are a fair and a forum that open with one ceremony ('…博览会暨…论坛开幕仪式');
    a name that only goes on to the ceremony's word ('…节暨…庆典开幕式') or to a reception of the opening
    ('…洽谈会开幕式暨招待酒会') is one."""
    spans: list[tuple[int, int]] = []
    for left, right in found:
        joined = _OPENING_JOINED.search(text, left, right)
        if joined is not None and _PART_OF_THE_OPENING.search(text, joined.end(), right):
            joined = None
        joined = joined or _joint_opening(text, left, right)
        if joined is not None and joined.start() - left >= 2 and right - joined.end() >= 2:
            spans += [(left, joined.start()), (joined.end(), right)]
        else:
            spans.append((left, right))
    return spans


# '…进口博览会暨…经济论坛开幕仪式': two meetings of their own kinds, opened by one ceremony
_TWO_OPENED_AT_ONCE = re.compile(rf"[^暨]{{2,}}?(?:{BARE_KINDS})(?P<joint>暨)[^暨]{{2,}}?(?:{BARE_KINDS})")
_ONE_SITTING_KIND = re.compile(r"(?:仪式|典礼|庆典|开幕式|闭幕式|晚会|酒会|招待会|宴会|礼)暨")


def _joint_opening(text: str, left: int, right: int) -> re.Match[str] | None:
    """The 暨 of two meetings opened together, as a match of that one character."""
    opening = OPENING_WORD.search(text, left, right)
    if opening is None and not OPENING_WORD.match(text, right):
        return None
    both = _TWO_OPENED_AT_ONCE.fullmatch(text, left, right if opening is None else opening.start())
    if both is None or _ONE_SITTING_KIND.search(text, left, both.end("joint")):
        return None
    return re.compile("暨").match(text, both.start("joint"))


# '夜晚会有', '明晚会再降温': an evening word, then 会 as 'will' before its verb; after 今晚, 昨晚 and 当晚 (a gala
# of that evening is '当晚的晚会'), 会 is 'will' before any verb ('当晚会加强服务') or the meeting of '昨晚会上'
_EVENING_THEN = re.compile(r"[今昨当]晚会|[夜明傍]晚会(?=[有下出转降再更持是要将就也还可仍逐越比较举召在于开])")
_DOCUMENT_TITLE = re.compile(r"(?:通知|公告|通告|决定|意见|方案|办法|规定|报告|批复|细则|指南|函)$")


def _in_document_title(text: str, left: int, right: int, floor: int, end: int) -> bool:
    """The name stands inside the book-title marks of a document ('《关于…延期举办的通知》')."""
    opening = text.rfind("《", floor, left + 1)
    if opening < 0 or "》" in text[opening:left]:
        return False
    closing = text.find("》", right, end)
    return closing >= 0 and bool(_DOCUMENT_TITLE.search(text, opening + 1, closing))


def _drop_names_of_body(text: str, kind: re.Match[str], floor: int, found: list[tuple[int, int]]) -> None:
    """'…论坛暨…博览会组委会发布通知': every meeting joined into a body's name (the committee, the office) is
    the body's, not a meeting of the clause."""
    core = kind.end() - 2 if _LOOSE_KIND.fullmatch(kind.group()) else kind.start()
    left = _left_edge(text, core, floor)
    while found and found[-1][0] >= left:
        found.pop()


# '「…聯席會議暨…聯席會」': a quoted name goes on past 暨 to its closing quote, though the gathering (会) it joins
# has no meeting word of its own ('…升旗典禮暨迎新活動' joins a programme, not a meeting)
_JOINED_UP_TO_THE_QUOTE = re.compile(r"暨[^“「『”」』,。;:!?、]{1,19}会(?=[”」』])")
# '「灣仔書展——閱讀在銅鑼灣」': a dash, then a subtitle of plain words that runs to the closing quote
_DASH_SUBTITLE = re.compile(r"—{1,2}(?P<words>[^“「『”」』,。;:!?、—\s]{2,12})(?=[”」』])")


def _right_edge(text: str, left: int, right: int, end: int) -> int:
    latin = _LATIN_NAME_JOINED.match(text, right)
    if latin is not None and latin.end() <= end:
        right = latin.end()  # '…电脑展COMPUTEX 2022': the show's own Latin name and year, joined to its Chinese one
    digits = _NUMBER_AFTER.match(text, right)
    if digits and digits.end() <= end:
        right = digits.end()
    if left > 0 and text[left - 1] in "“「『" and text.startswith("暨", right):
        joined = _JOINED_UP_TO_THE_QUOTE.match(text, right, end)
        if joined is not None:
            right = joined.end()
    if left > 0 and text[left - 1] in "“「『" and text.startswith("—", right):
        subtitle = _DASH_SUBTITLE.match(text, right, end)
        if subtitle is not None and not KIND.search(subtitle.group("words")):
            right = subtitle.end()  # '「…书展——阅读在…」': the subtitle after a dash, up to the quote, is of the name
    opened = sum(text.count(q, left, right) for q in "“「『《")
    closed = sum(text.count(q, left, right) for q in "”」』》")
    if opened > closed:
        close = _CLOSING_QUOTE.match(text, right)
        if close:
            right = close.end()
    note = _TRAILING_NOTE.match(text, right)
    if note and not _ALIAS.match(text[right:]):
        right = note.end()
    return _place_session(text, right, end)


# '…藝術節台北場將於…舉行', '…巡迴演唱會高雄場次': one session of a festival or a tour, named by the city it is held
# in; not '…博覽會現場', '會場', nor a word that starts with 場 ('…音樂節台北場館')
_SESSION_AFTER_PLACE = re.compile(r"场次?(?![馆地所内外边景面])")


def _place_session(text: str, right: int, end: int) -> int:
    """The end of a name that goes on with one of its sessions, a city or district then 場 ('…藝術節台北場')."""
    for size in (2, 3):
        session = _SESSION_AFTER_PLACE.match(text, right + size, end)
        if session is None:
            continue
        place = find_place(text[right : right + size])
        if place is not None and place.kind in ("city", "district"):
            return session.end()
    return right


# '展期橫跨春節連假至…', '展期跨越暑假到…': a run across a holiday, to its last day
_ACROSS_A_HOLIDAY = r"(?:(?:横跨|跨越)[\u4e00-\u9fff]{2,8}?)?"
# '展期將至十月八日,展覽免費開放': a sentence of its own that gives the last day of the show just reported
# '展期將至一月八日', '展期將持續進行4天到26日為止', '展期橫跨春節連假至3月1日止', and as someone said it
# ('副市長表示,展期至3月1日止')
_SHOW_RUNS_UNTIL = re.compile(  # '愉景新城展期至4月23日': the run at the venue the show opened at
    r"\s*(?:[^,。;]{2,14}?(?:表示|指出|说|强调)[,:])?(?:[\u4e00-\u9fff]{2,6}?(?=展期))?(?:展期|展览|展出)(?:将|将会)?(?:持续|一直)?(?:进行|举行)?(?:[一二两三四五六七八九十\d]{1,2}天)?"
    rf"{_ACROSS_A_HOLIDAY}(?:至|到)"
)
_SHOW = re.compile(r"(?:展|展览|展览会)$")
# '展期由今(9)日起至18日,在…展出': a sentence of its own that gives the whole run of the show just reported
_SHOW_RUNS_FROM = re.compile(r"\s*(?:展期|展览|展出)(?:将|将会)?(?:由|从|自)")


# '为期5天的“十八坂”以…为主题': the run of the meeting named before, by the quoted word its name holds
_RUN_OF_QUOTED = re.compile(rf"{DURATION.pattern}的(?P<quoted>[“「『][^”」』,。;]{{2,10}}[”」』])")


def _run_of_quoted(candidates: list[Candidate], quoted: str, days: int | None) -> None:
    meeting = next((c for c in reversed(candidates) if quoted in to_simplified(c.name)), None)
    if meeting is not None and meeting.start is not None and meeting.end is None and days is not None and days > 1:
        meeting.end = meeting.start + timedelta(days=days - 1)


def _run_of_last_show(candidates: list[Candidate], run: DateMention, reference: date | None, phrase: str) -> None:
    """The last show named before, undated or open on the day the run starts, and with no last day, runs for
    those days."""
    days = resolve_mention(run, reference) if reference is not None else None
    show = next((c for c in reversed(candidates) if _SHOW.search(c.key)), None)
    if days is None or days[1] is None or show is None or show.end is not None or show.start not in (None, days[0]):
        return
    if days[1] > days[0] and show.start is None:
        show.start, show.end = days
        show.date_phrase, show.date_cue = phrase, date_kind(run) + "-next"
    elif days[1] > days[0]:
        show.end = days[1]


# '…藝術節將於雙十開跑,10月9日到10日…鉅獻流水席;系列活動自10月9日至11月10日': after the days of its first item, a
# sentence of its own gives the run of the whole
_SERIES_RUNS_FROM = re.compile(r"\s*(?:系列活动|活动期间|活动时间)(?:将|将会)?(?:由|从|自|为)")


def _run_of_last_meeting(candidates: list[Candidate], run: DateMention, reference: date | None) -> None:
    """The first meeting of the last dated sentence before, when it opens on the day the run starts, lasts until
    its last day."""
    dated = [c for c in candidates if c.start is not None]
    if not dated or reference is None:
        return
    meeting = next(c for c in dated if c.sentence == dated[-1].sentence)
    if meeting.start is None:
        return
    days = resolve_mention(replace(run, future=True), meeting.start if run.start[0] is None else reference)
    if days is None or days[1] is None or meeting.start != days[0]:
        return
    if days[1] > (meeting.end or meeting.start) and (days[1] - days[0]).days <= _STATED_RUN_DAYS:
        meeting.end = days[1]


def _end_last_show(
    candidates: list[Candidate], until: DateMention, reference: date, kind: re.Pattern[str] = _SHOW
) -> None:
    """The last show named before (or meeting of `kind`), open and with no last day, runs until the day this
    sentence gives."""
    dated = {c.key for c in candidates if c.start is not None}  # an undated mention of a dated show is that show
    show = next(
        (
            c
            for c in reversed(candidates)
            if kind.search(c.key)
            and (kind is _SHOW or not c.generic)
            and (c.start is not None or c.key not in dated)
            and not c.key.startswith("更多")  # '希望舉辦更多此類展覽': more shows of a kind, not the one reported
        ),
        None,
    )
    if show is None or show.start is None or show.end is not None:
        return
    last = _last_day(until, show.start, reference)
    if last is not None and last > show.start:
        show.end = last


def _closing_day(
    text: str, dates: list[DateMention], opening: DateMention, limit: int, start: date, reference: date | None
) -> date | None:
    """'6日上午9时在南京开幕,7日下午闭幕', '19日开幕,一路延续至1月1日': the day it closes, later in the same
    sentence."""
    for mention in dates:
        if not opening.finish <= mention.begin < limit:
            continue
        if mention.end is not None and text.endswith(_STATED_PERIOD, 0, mention.begin):
            # '定期會今(7)日正式開議,會議期間11月6日到12月5日': the period stated for it, which holds its day
            period = resolve_mention(mention, reference) if reference is not None else None
            if period is not None and period[1] is not None and period[0] <= start < period[1]:
                return period[1] if (period[1] - start).days <= _STATED_RUN_DAYS else None
            continue
        if not _CLOSED_AFTER.match(text, mention.finish) and not _RUNS_UNTIL.search(text, 0, mention.begin):
            continue
        last = _last_day(mention, start, reference)
        longest = _STATED_RUN_DAYS if _SHOW_RUN.search(text, max(0, mention.begin - 16), mention.begin) else 30
        if last is not None and 0 < (last - start).days <= longest:
            return last
    return None


_STATED_PERIOD = tuple(
    word + after
    for word in ("会期", "会议期间", "议期", "展期", "活动期间")
    for after in ("", "为", ":", "是", "自", "从")
)
# '展期至11月9日': a show states its run, which may last months; a bare '至…' beyond a month is another day's
_SHOW_RUN = re.compile(rf"展期{_ACROSS_A_HOLIDAY}.{{0,4}}$")
_STATED_RUN_DAYS = LONGEST_SHOW_DAYS  # a flower expo states a run of six months


def _last_day(mention: DateMention, start: date, reference: date | None) -> date | None:
    """The day a meeting that opened on `start` closes: a day written without a year or a word relative to the
    report ('展期一路到28日', '至1月3日') is the first such day after it opened; any other is read as written
    ('次日闭幕': the day after it opened, not after the report)."""
    if "next_day" in mention.flags:
        return start + timedelta(days=1)
    if mention.start[0] is None and mention.relative_days is None and mention.weekday is None:
        resolved = resolve_mention(replace(mention, future=True), start)
    else:
        resolved = resolve_mention(mention, reference) if reference is not None else None
    return resolved[0] if resolved is not None else None


# '…17日晚間回鑾安座': a deity's procession ends on its return to the temple
_CLOSED_AFTER = re.compile(rf"(?:{PARTS_OF_DAY})?[^,。;]{{0,8}}?(?:闭幕|落幕|结束|闭会|回銮)")
_RUNS_UNTIL = re.compile(
    # '…论坛8日开幕,会期至5月10日': the sitting's stated run
    rf"(?:(?:延续|持续|一直|展期|会期|议期|一路)(?:一路|一直)?(?:展|延续)?{_ACROSS_A_HOLIDAY}"
    # '定期大會今天開議,議事將進行到6月11日': a sitting's business goes on to its last day
    r"|(?:议事|议程|会期)(?:将|将会)?(?:持续|一直)?进行)"
    r"(?:至|到)(?:明年|\d{4}年)?$"
)


def _left_edge(text: str, kind_start: int, floor: int) -> int:
    quoted = _opening_quote(text, kind_start, floor)
    if quoted is not None:
        return _quoted_name_start(text, quoted, floor)  # '「Greater Bay Festival 創科…嘉年華」': whole, spaces and all
    position = spoken = kind_start
    quotes = parens = 0
    # inside quotes the walk goes on to the opening quote ('暨“高等教育、区域创新与经济增长:…的角色与作用”2019年学术
    # 研讨会'), and past 暨 through the name it joins ('第二届…论坛暨“…”研讨会': one meeting of two names)
    reach = 40
    while position > floor and (
        kind_start - position < reach or text[position - 1] == "暨" or (quotes > 0 and kind_start - position < 80)
    ):
        char = text[position - 1]
        if char == "暨" and quotes == 0 and parens == 0:
            reach = min(kind_start - position + 40, 100)
        if quotes > 0 and char in "。…":
            position = spoken  # '“…浓缩版、精华版、珍藏版……”媒体见面会上': words spoken, no name; it starts after them
            break
        if char in "”」』》" or (char == '"' and not _opens_straight_quote(text, floor, position - 1)):
            if quotes == 0:
                spoken = position
            quotes += 1
        elif char in "“「『《" or char == '"':
            quotes -= 1
            if quotes < 0:
                break
        elif char == ")":
            opening = text.rfind("(", floor, position)
            inside = text[opening + 1 : position - 1] if opening >= 0 else ""
            too_long = len(inside) > (20 if _SHORT_NAME_OPENS.match(text, opening) else 10)
            if opening < 0 or too_long or _BYLINE_NOTE.search(inside) or _CAPTION_MARK.fullmatch(inside):
                break  # '王岐山(中)启动开幕式': who stands where in a photo ends what comes before it
            parens += 1
        elif char == "(":
            parens -= 1
            if parens < 0:
                break
        elif quotes == 0 and parens == 0:
            if (
                position < kind_start
                and _EDITION_AT.match(text, position)
                and _EDITION_LED_MEETING_BEFORE.search(text, max(floor, position - 40), position)
                and not _contest_of_a_festival(text, position, kind_start)
            ):
                break  # '第七届浙洽会第四届消博会': the second meeting's name starts at its own edition
            if (
                (char in "和及" or (char == "与" and _SECOND_OF_TWO.match(text, position - 2)))
                and _ENDS_IN_KIND.search(text, floor, position - 1)
                and not _MANY_EDITIONS.search(text, max(floor, position - 12), position)
                and text.rfind("(", floor, position) <= text.rfind(")", floor, position)
                # '「A」及「B」授旗禮': one rite for both games (not '出席酒會和升旗禮')
                and not (_RITE_OF_AN_ACT.match(text, kind_start) and text[position - 2] in "”」』")
            ):
                # '出席升旗儀式和慶祝酒會', '「…博覽會」與第33屆…節': two meetings, each named by its own
                # kind word (by 与 only a quoted one or one with its edition: '主论坛与分论坛' are one day's
                # sittings); not in brackets,
                # '(馬拉松及半程馬拉松)': the races a day is for
                break
            if char == "与" and _place_before_with(text, floor, position - 1):
                break  # '在河北省会石家庄与第五届…节同期举办': where it is held, then the meeting held with it
            if char == "、" and (
                _modifier_listed_before(text, floor, position - 1, kind_start)
                or _places_listed_before(text, floor, position - 1)
            ):
                position -= 1  # '印刷、包装工业博览会': words of one name listed, not two meetings
                continue
            if char in "-–/" and position - 5 >= floor and _season_at(text, position - 5):
                position -= 5  # '…樂團2024-25樂季開幕音樂會': a season's two years are one word of the name
                continue
            if char in _STOP_CHARS:
                break
            if (char in _COUNTERS or char == "地") and (
                count := _COUNT_BEFORE.search(text, max(floor, position - 12), position)
            ):
                position = count.start()
                break
            if char == "自" and _SINCE_BEGUN.match(text, position) and not inside_word(text, position):
                break
            if char in "—-–" and not (
                position - 2 >= floor
                and "\u4e00" <= text[position - 2] <= "\u9fff"
                and "\u4e00" <= text[position] <= "\u9fff"
            ):
                break  # '——' and dashes between words are punctuation; '中国—南亚' is a name
            if char in "电讯息" and _DATELINE_END.search(text, max(floor, position - 5), position):
                break  # '中央社记者台北3日电 2024亚洲…研讨会': the name starts after the dateline
            if char in "时点" and position - 2 >= floor and text[position - 2].isdigit():
                break  # '今早11时抗疫记者会': the time of day starts no name
            if char in "日晚" and _GLOSSED_DAY_BEFORE.search(text, max(floor, position - 8), position - 1):
                break  # '於昨(15)日年度記者會宣布': nor a day glossed with its date in brackets
            if char.isdigit() and _CLOCK_MINUTES.search(text, max(floor, position - 6), position):
                break  # '上午9:30第五届…论坛', '9:00-11:00与…同步举行': nor do the minutes of a clock
            if (
                char == "月"
                and position - 2 >= floor
                and text[position - 2].isdigit()
                and not text[position].isdigit()
                and not _YEAR_AND_MONTH_BEFORE.search(text, max(floor, position - 8), position)
            ):
                break  # '3月嘉义县台湾灯会见': a month alone starts no name ('2023年12月…仪式': with its year it does)
            if char == "办" and (
                _GOES_TO_HOLD.search(text, max(floor, position - 8), position - 1)
                or _HOLDS_THERE.search(text, max(floor, position - 3), position - 1)
                or _HOLDS_WHEN.search(text, max(floor, position - 3), position - 1)
            ):
                break  # '國關學會到台中辦年會': who goes where to hold it, then what ('新闻办' is an office)
            word = _boundary_before(text, floor, position)
            if (
                word is not None
                # '建校60周年庆祝大会', '书画展开展仪式', '…节启幕仪式': a kind of meeting, or the show's opening
                and not (word in ("庆祝", "开展", "启幕", "开启") and position == kind_start)
                # '…丰收节山西庆祝活动暨第七届…博览会': a celebration's programme, joined by 暨 to what it goes on to
                and not (word == "庆祝" and _PROGRAMME_JOINED.match(text, position))
                # '…成立70周年庆祝活动新闻发布会', '…节庆祝活动启动仪式': named by the celebration's programme
                and not (word == "庆祝" and _PROGRAMME_BRIEFED.match(text, position))
                and not (word == "拍摄" and _FILMED.match(text, position))
                and not _within_on_the_situation(text, position)
                # '智慧显示展', '文化宣传周暨…联谊会': no verb before a one-character theme word that ends a name
                and not (
                    _themed_word_at(text, position) and (position == kind_start or text.startswith("暨", position + 1))
                )
                and not _SESSION_OF.search(text, floor, position - len(word))
                and not (len(word) == 1 and inside_word(text, position))  # '政府就职典礼', '问题研讨会'
                and not (word == "来" and inside_word(text, position - 1))  # '未来科技大会', '以来最大的博览会'
                and not (word == "开" and position != kind_start)  # '开记者会', but '示例开游节' is a name
                and not (word == "在" and _RESIDENTS.match(text, position))  # '…与在京媒体座谈会': media in Beijing
                # '吉祥物亮相记者会': a press conference named by the unveiling it is for
                and not (word == "亮相" and position == kind_start and _PRESS_KIND.match(text, position))
                # '防疫簡報記者會', '期末簡報審查會': a sitting held to brief, 簡報 no verb
                and not (word == "简报" and _BRIEFING_SITTING.match(text, position))
                # '…百萬行宣傳午餐會', '…電影節宣傳記者會': a publicity lunch or press event, named by what it promotes
                and not (word == "宣传" and _publicity_occasion_at(text, position, kind_start))
                and not (len(word) == 1 and _TOO_SHORT_TO_JOIN.match(text, position, kind_start))  # '开游节暨…'
                and text[position - 2 : position] not in _NOUNS_ENDING_IN_A_BOUNDARY  # '大数据产业博览会'
                and not _VERB_AS_NOUN.match(text, position - len(word))  # '会展主办方大会', '筹办情况新闻发布会'
                and not _begins_a_kind(text, position - len(word), position)
                # '…新春团拜会暨…嘉许典礼': 拜会 ends the meeting word the second name is joined to
                and not (text.startswith("暨", position) and _ends_a_kind(text, floor, position))
                # '…新闻发言人亮相暨…新闻发布会': no name begins with 暨, the verb ends the first name joined
                and not (len(word) > 1 and text.startswith("暨", position))
                and not _preparations_of_a_meeting(text, floor, position - len(word))
                # '举办“全民健身日”的启动仪式': the ceremony of the quoted occasion, named by it
                and not (
                    word == "的"
                    and position - 2 >= floor
                    and text[position - 2] in "”」』"
                    and _RITE_OF_QUOTED.match(text, position)
                )
                # '…原市长张三的遗体告别仪式': a farewell to the dead, named by whose body it is
                and not (word == "的" and _FAREWELL_TO_THE_DEAD.match(text, position))
            ):
                if not (word == "记者" and _REPORTERS_OF.search(text, floor, position - len(word))):
                    break  # but '…大会第一次筹备工作会议' and '外国驻华记者新年招待会' are one name
        position -= 1
    if text.startswith("(", position):
        closing = text.find(")", position, kind_start)
        if closing > 0:
            return closing + 1  # '电(王小明 李红)2025示例…发布会': a byline in brackets starts no name
    return position


_PRESS_KIND = re.compile(r"(?:新闻)?(?:记者会|发布会|说明会)")
# '遗体告别仪式', '遗体送别仪式': the farewell held before a cremation, of someone's body
_FAREWELL_TO_THE_DEAD = re.compile(r"遗体(?:告别|送别)")
_BRIEFING_SITTING = re.compile(r"[\u4e00-\u9fff]{0,3}?(?<![灯庙游])会")  # not '簡報台灣燈會…', a festival
# the gatherings a promotion is held as, after '宣传': a meal, a reception or a press event (not '宣传博览会', which
# promotes the fair)
_PUBLICITY_OCCASION = re.compile(r"(?:新闻)?(?:记者会|发布会|说明会|招待会)|[早午晚]?(?:餐会|宴会?)|酒会|茶会")


def _publicity_occasion_at(text: str, position: int, kind_start: int) -> bool:
    """'宣传午餐会', '宣传记者会': 宣传 is what the meal or press event is for, part of its name, no verb."""
    occasion = _PUBLICITY_OCCASION.match(text, position)
    return occasion is not None and occasion.end() > kind_start


# the ceremony that opens, launches or closes something, after '“…”的' ('“…读书月”的开幕式')
_RITE_OF_QUOTED = re.compile(r"(?:启动|开幕|闭幕|开营|揭牌|颁奖)(?:仪式|典礼)|开幕式|闭幕式")
_PROGRAMME_JOINED = re.compile(r"(?:活动|大会)暨")
# and '教師節慶祝活動啟動儀式': the ceremony that launches, opens or closes the celebration's programme
_PROGRAMME_BRIEFED = re.compile(
    r"活动(?:(?:新闻)?(?:发布会|记者会|说明会|通气会|吹风会)|(?:启动|开幕|闭幕)(?:仪式|典礼|礼))"
)
# '2023年12月招商引资项目集中签约仪式': a month written with its year heads the name of that month's edition
_YEAR_AND_MONTH_BEFORE = re.compile(r"(?<!\d)(?:19|20)\d{2}年\d{1,2}月$")
# '在京媒体', '在沪企业': 在 with a place's one-character name, then who is there, is one noun of the name
_RESIDENTS = re.compile(
    r"[京沪津渝港澳台华穗深杭蓉汉宁闽粤湘鄂川苏浙赣皖鲁豫晋冀辽吉陕甘滇黔桂琼](?:中央|主流|外资|外国)?"
    r"(?:媒体|企业|外企|外商|机构|单位|高校|院校|学者|专家|人士|侨胞|同胞|乡亲|乡贤|台商|台胞|侨商|商会|社团|"
    r"留学生|学生|青年|记者|校友|党员|代表|委员|员工)"
)


# '2024-25樂季', '2023/24樂季': the two years of a season
_SEASON = re.compile(r"(?<!\d)(?P<first>(?:19|20)\d{2})[-–/](?P<next>\d{2}|(?:19|20)\d{2})(?!\d)")


def _season_at(text: str, at: int) -> bool:
    """'2024-25', '2022/2023' at `at`: a year and the next (not '2024-05', a month)."""
    season = _SEASON.match(text, at)
    return season is not None and (int(season.group("first")) + 1) % 10 ** len(season.group("next")) == int(
        season.group("next")
    )


# '到台中辦年會': going to a place to hold it (then 办 is a verb, not the 办 of an office)
_GOES_TO_HOLD = re.compile(r"(?:到|来|回|赴)[\u4e00-\u9fff]{2,4}$")
# '圓山宮前辦…音樂祭', '廟口辦…', '鄉公所辦…': where, or the township office, then 辦 (holds) and what it holds
_HOLDS_THERE = re.compile(r"(?:前|旁|口|公所)$")
# '縣府5月1日起辦…音樂節', '今年將辦…': the day it is held from, or a tense, then 辦 (holds) and what it holds
_HOLDS_WHEN = re.compile(r"(?:\d日|起|将)$")


# '微电影拍摄大赛', '纪录片拍摄启动仪式', '开机拍摄仪式': a contest in filming or the start of a shoot, of which
# 拍摄 is a word of the name
_FILMED = re.compile(r"(?:大|比|挑战|技能|创作)?赛|征集|启动|开机|杀青|签约|仪式|典礼")


def _begins_a_kind(text: str, word_start: int, position: int) -> bool:
    """'记者会暨…典礼': the boundary word from `word_start` begins a meeting word; not '是世博会', where a short
    expo's word ('世博会') starts after it."""
    kind = KIND.match(text, word_start)
    return kind is not None and not (_LOOSE_KIND.fullmatch(kind.group()) and _LOOSE_KIND.match(text, position))


def _ends_a_kind(text: str, floor: int, position: int) -> bool:
    """A meeting word ends at `position` ('…团拜会' before '暨')."""
    return any(match.end() == position for match in KIND.finditer(text, max(floor, position - 8), position))


# '…年度勳章、獎章和獎狀頒授典禮': the last two things listed, joined by 和, before the meeting's word
_LIST_CLOSED_BY_AND = re.compile(r"[\u4e00-\u9fff]{1,4}[和及与]")


def _modifier_listed_before(text: str, floor: int, comma: int, kind_start: int) -> bool:
    """'山东(国际)印刷、包装工业博览会': a short word before the 、 that is no meeting, of the one meeting after it."""
    start = max([floor] + [text.rfind(stop, floor, comma) + 1 for stop in _STOP_CHARS | set("()“”「」《》")])
    item = text[start:comma]
    return (
        (1 <= len(item) <= 4 or _LIST_CLOSED_BY_AND.match(text, comma + 1, kind_start) is not None)
        and KIND.search(item) is None
        and KIND.search(text, comma + 1, kind_start) is None
        and _boundary_before(text, floor, comma) is None
    )


# '三江侗族自治县、融水苗族自治县成立70周年…': two places of one kind (县 and 县) that share the name after them
_PLACE_OF_A_LIST = re.compile(r"[\u4e00-\u9fff]{1,8}?(?P<kind>[省市县区州旗])")


# '在江南省省会临州与…': 在, then the place the meeting is held in
_AT_A_PLACE_BEFORE = re.compile(r"在[\u4e00-\u9fff]{2,12}$")


def _place_before_with(text: str, floor: int, with_at: int) -> bool:
    """'在…省会临州与第三届…节同期举办': the 与 follows where the meeting is held, no part of a name."""
    if not _AT_A_PLACE_BEFORE.search(text, max(floor, with_at - 13), with_at):
        return False
    return any(
        (place := find_place(text[with_at - size : with_at])) is not None and place.kind == "city" for size in (3, 2)
    )


def _places_listed_before(text: str, floor: int, comma: int) -> bool:
    """'甲县、乙县成立60周年庆祝活动新闻发布会': the 、 lists the places of the one meeting after them."""
    start = max([floor] + [text.rfind(stop, floor, comma) + 1 for stop in _STOP_CHARS | set("()“”「」《》")])
    item = _PLACE_OF_A_LIST.fullmatch(text, start, comma)
    after = _PLACE_OF_A_LIST.match(text, comma + 1, comma + 10)
    return (
        item is not None
        and after is not None
        and item.group("kind") == after.group("kind")
        and KIND.search(text, start, after.end()) is None
    )


def _themed_word_at(text: str, index: int) -> bool:
    """A one-character theme word ('展', '节') there, which no boundary word before it can leave as a name."""
    match = KIND.match(text, index)
    return match is not None and match.group() in _THEMED_KIND


_EDITION_BEFORE_QUOTE = re.compile(rf"(?:{_NTH_EDITION}|\d{{4}}年?)$")


# '博鳌亚洲论坛2021年年会海南省筹备工作和主题活动新闻发布会': the press conference is named by the preparations
# of the meeting before it, one name
_PREPARATION_WORK = re.compile(r"筹[备办]工作")


def _preparations_of_a_meeting(text: str, floor: int, word_start: int) -> bool:
    return bool(_PREPARATION_WORK.match(text, word_start)) and any(
        match.end() >= word_start - 4 for match in KIND.finditer(text, max(floor, word_start - 12), word_start)
    )


def _opens_straight_quote(text: str, floor: int, index: int) -> bool:
    """A straight quote opens when an even number of them come before it ('11月19日,"示例对话"论坛')."""
    return text.count('"', floor, index) % 2 == 0


def _quoted_name_start(text: str, quoted: int, floor: int) -> int:
    """Where a quoted name starts with the edition before its quote ('第二届“香江诺贝论坛”') and the quoted
    name it is joined to by 暨 ('第二届“香港世界青年科学大会”暨第二届“香江诺贝论坛”'): one meeting of two names."""
    edition = _EDITION_BEFORE_QUOTE.search(text, max(floor, quoted - 7), quoted - 1)  # before its opening quote
    if edition is None:
        return quoted
    start = edition.start()
    if start - 2 >= floor and text[start - 1] == "暨" and text[start - 2] in "”」』":
        earlier = _opening_quote(text, start - 2, floor)
        if earlier is not None:
            return _quoted_name_start(text, earlier, floor)
    return start


def _opening_quote(text: str, kind_start: int, floor: int) -> int | None:
    """Where the quoted name around `kind_start` starts, if the meeting word stands inside quotes."""
    window = text[max(floor, kind_start - 40) : kind_start]
    opening = max(window.rfind(q) for q in "“「『")
    straight = window.rfind('"')
    if straight > opening and _opens_straight_quote(text, floor, kind_start - len(window) + straight):
        opening = straight  # '舉行的 "FIBA 3X3 示例大師賽"': a straight quote opens a name, spaces and all
    if opening < 0:
        return None
    start = kind_start - len(window) + opening + 1
    if any(
        char in _QUOTE_BREAKS and not (char in "!?" and _inside_a_title(text, at, at + 1))
        for at, char in enumerate(text[start:kind_start], start)
    ):
        return None
    if any(text.startswith(word, start) for word in _VERB_BOUNDARIES if word != "庆祝"):
        return None  # '「参加海峡论坛」' quotes what someone does, not a name ('「庆祝…周年…展」' is one)
    if not _closes_in_its_sentence(text, text[start - 1], kind_start):
        return None  # '“23日24日活动期间有龙舟赛、…。': a stray mark that closes nothing opens no name
    return start


_CLOSING_OF = {"“": "”", "「": "」", "『": "』"}


def _closes_in_its_sentence(text: str, opening: str, position: int) -> bool:
    """Whether the quote opened by `opening` closes after `position`, before its sentence ends."""
    closing = _CLOSING_OF.get(opening)
    if closing is None:
        return True  # a straight quote, read by _opens_straight_quote
    ends = [found for found in (text.find(mark, position) for mark in "。!?;\n") if found >= 0]
    closes = text.find(closing, position)
    return closes >= 0 and closes < min(ends, default=len(text))


_QUOTE_BREAKS = set('”」』》"。,;:!?\n')


def _within_on_the_situation(text: str, position: int) -> bool:
    """'…建设有关情况新闻发布会': the topic a briefing reports on goes on over 有关情况 (neither '有关部门', who
    holds one, nor '设有', a word that ends inside it)."""
    return text.startswith("有关情况", position - 2) or text.startswith("有关情况", position - 1)


def _boundary_before(text: str, floor: int, position: int) -> str | None:
    """The first word of _LEFT_BOUNDARIES that `text[floor:position]` ends with."""
    if text[position - 1] not in _BOUNDARY_ENDS:
        return None
    words = [text[position - n : position] for n in _BOUNDARY_LENGTHS if position - n >= floor]
    return min((w for w in words if w in _BOUNDARY_RANK), key=_BOUNDARY_RANK.__getitem__, default=None)


def _strip_quotes(name: str) -> str:
    name = name.strip()
    pairs = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}
    if len(name) > 2 and name[0] in pairs and name.endswith(pairs[name[0]]):
        inner = name[1:-1]
        if not any(q in inner for q in pairs):
            return inner
    if len(name) > 2 and name[0] in pairs:  # '「…周年」活动', '「…」快闪展售活动': the quoted name and its word
        inner, closing, tail = name[1:].partition(pairs[name[0]])
        marks = (*pairs, *pairs.values())
        if tail.startswith("的") and _RITE_OF_QUOTED.fullmatch(to_simplified(tail[1:])):
            tail = tail[1:]  # '“全民健身日”的启动仪式': the 全民健身日启动仪式
        if closing and 0 < len(tail) <= 6 and not any(q in inner + tail for q in marks):
            if not KIND.search(to_simplified(inner)):  # '「…专题展」开幕式' stays: the quoted one is the meeting
                return inner + tail
    return name


def _occasion_dated_later(text: str, sentence_start: int, begin: int, end: int, mention: DateMention) -> bool:
    """'恰逢“九八”投洽会和中秋佳节,举城狂欢,…今起举办…市民节': a day in a later clause dates what the sentence goes
    on to, not the occasion it coincides with ('恰逢示例投洽会今起举行' keeps its own)."""
    return (
        "," in text[end : mention.begin]
        and _OCCASION_BEFORE.search(text, max(sentence_start, begin - 4), begin) is not None
    )


def _nearest(
    mentions: list[DateMention], begin: int, end: int, clause_start: int, clause_end: int
) -> DateMention | None:
    text = _TEXT.get()
    # '今天传出', '7日透露': a day that dates a report dates no meeting
    mentions = [
        m
        for m in mentions
        if not (("relative" in m.flags or "day_only" in m.flags) and _REPORTING.match(text, m.finish))
        # '记者2月14日获悉': the day the reporter learned it; but '记者2月12日从…新闻发布会上了解到': the day of
        # the press conference it was learned at
        and not (_LEARNED.match(text, m.finish) and not _LEARNED_AT_A_MEETING.match(text, m.finish))
        and not _SETTING_UP.match(text, m.finish)  # '3月21~23日布展,3月24~26日为展期': the stands are built
        # '另於14日晚上7時在電視頻道重播1次': the day it is shown again, not a day it is held
        and not _REPLAYED.match(text, m.finish)
    ]
    announced = _ANNOUNCED_AT.match(text, end)
    if announced is not None:  # '在市政會議預告,9日台中多場活動': the days of what was announced there
        clause_end = min(clause_end, announced.end())
    done_before = _DONE_BEFORE.match(text, end)
    if done_before is not None:  # '参加…联席会议后,于17日赶赴…': that day is of what was done after it
        mentions = [m for m in mentions if m.begin < done_before.end()]
        clause_end = min(clause_end, done_before.end())
    floor = max(0, begin - _OWN_MONTH_REACH)
    head = max(text.rfind(",", floor, begin), text.rfind("。", floor, begin)) + 1 or floor
    if _OWN_MONTH.search(text, head, begin) or _UPCOMING.search(text, max(head, begin - 6), begin):
        # '…下周二(21日)测试营运,明年3月迎来首档…大展': the name's own clause gives a month and no day; a day
        # before that clause is another thing's (one after it may still be its own: '…,展期定于3月5日至8日')
        mentions = [m for m in mentions if m.begin >= head]
    inside = [
        m
        for m in mentions
        if clause_start <= m.begin < clause_end
        and not (m.begin >= end and _attended_then(text, begin, end, m.begin))
        and not (m.begin >= end and _NEXT_CLAUSE_DATED.fullmatch(text, end, m.begin))
    ]
    pool = inside or [m for m in mentions if m.begin < begin]
    if any("relative" not in m.flags for m in pool):
        # '1月21日,今日中国沈阳会客厅揭牌仪式…举行': 今日 written into the name, beside the day the clause gives
        pool = [m for m in pool if not ("relative" in m.flags and m.finish == begin)]
    if not pool:
        return None
    return min(pool, key=lambda m: (_distance(m, begin, end), abs(begin - m.finish)))  # a tie: the nearer


_REPLAYED = re.compile(r"[^,。;:!?]{0,16}?(?:重播|回放|重映)")
# '…「X」,…,接續10月10日於…舉辦Y': a date that opens a later clause after 接續 or 隨後 is of what that clause holds
_NEXT_CLAUSE_DATED = re.compile(r"[^。;!?]*?,(?:接续|紧?接[着著]|随后|其后|之后|然后|再)(?:于|在)?")
# '…開幕典禮,緊接登場「X」': what comes on right after a meeting is on its day, but not at its hours
_RIGHT_AFTER = re.compile(r"(?:紧接[着著]?|随即|随后|接[着著])(?:登场|举行|举办|上演|开唱)[“「『《\"]?$")
# '晚上10點以後', '下午3時過後': an hour after which something goes on, not a time anything starts at
_AFTER_THE_HOUR = re.compile(r"(?:以后|之后|过后)")
_SETTING_UP = re.compile(r"(?:进行)?(?:布展|撤展|搭建展台)")
# a month with no day ('明年3月', '10月份', '3月底'): a clause that dates its meeting so takes no day from another
_OWN_MONTH = re.compile(rf"[{NUMERAL_CHARS}]月(?!\s*[{NUMERAL_CHARS}])")
_OWN_MONTH_REACH = 40  # how far before a name its clause's month is looked for
# '…,呼應即將到來的全民運動會': a meeting said to be coming, with no day of its own in the clause
_UPCOMING = re.compile(r"即将(?:到来|来临)的[“「『《]?$")
# '出席了…開幕儀式,並於六月二十三日參與了…研討會': the day after 并 dates what the next verb attends
_ATTENDED = re.compile(r"(?:参加|出席|列席|参与|观摩)了?$")
_AND_THEN = re.compile(r"并(?:于|在|将于)?$")
_DONE_BEFORE = re.compile(r"(?:之|以)?后(?![天日年续期])")
_ANNOUNCED_AT = re.compile(r"(?:上|中|时)?(?:预告|宣布|透露|表示|指出)")
# '…博览会开幕式暨…论坛在成都举行': the fair's opening joined to the forum, both held where and when the clause says
_JOINED_TO_NEXT = re.compile(
    rf"[”」』》\"]?(?:[(（][^()（）,。;]{{1,20}}[)）])?(?:及|和|与|以及|(?:{OPENING_WORD.pattern})?暨)[“「『《\"]?"
)


def _joined(text: str, before: _NameSpan, after: _NameSpan) -> bool:
    """Whether two names are one subject sharing the clause's day and verb: joined by 及, 和, 与 ('出席升旗儀式和
    國慶酒會'), or listed with '、' when both are editions named in full ('第十五屆…嘉年華、第四屆…文化週昨開幕')."""
    if _JOINED_TO_NEXT.fullmatch(text, before[1], after[0]):
        return True
    if _QUOTES_LISTED.fullmatch(text, before[1], after[0]):  # '「2024…大法會」、「首屆…作品展」'
        return all(_quoted_edition(text, name) for name in (before, after))
    return text[before[1] : after[0]] == "、" and all(_EDITION_FIRST.match(name[3]) for name in (before, after))


_EDITION_FIRST = re.compile(rf"第[{NUMERAL_CHARS}]{{1,3}}届|(?:19|20)\d{{2}}年?")
_QUOTES_LISTED = re.compile(r"[”」』\"]、[“「『\"](?:首届)?")
_QUOTE_OPENS_EDITION = re.compile(r"[“「『\"](?P<first>首届)?$")  # '首屆' is left out of the name


def _quoted_edition(text: str, name: _NameSpan) -> bool:
    """A name quoted in full with its edition or year ('「第一屆…嘉年華」', '「首屆…作品展」', '「2024…法會」'):
    a meeting of its own, whatever list it stands in."""
    begin, end, _name, key, _refers_back = name
    opened = _QUOTE_OPENS_EDITION.search(text, max(0, begin - 3), begin)
    return (
        opened is not None
        and text.startswith(("”", "」", "』", '"'), end)
        and (opened.group("first") is not None or _EDITION_FIRST.match(key) is not None)
    )


_NEXT_ITEM = re.compile(r"[”」』》\"]?(?:[、;]|、?(?:及|和|与|以及|暨))")  # '…博览会、及5月20日音乐会'
# '7月27日…辦理「…藝術節」系列活動,以及7月15日…收穫祭': after 以及 the day leads the next item, which it names
_AND_ALSO = re.compile(r"[、及和与]$")  # 以及 ends in 及
_ATTENDS_NAME = re.compile(r"(?:出席|参加|主持)了?[“「『《\"]?$")  # '今天出席開幕儀式表示,…將…': as _HOLDS_NAME
# '举办了“…推介会”': the quote opens the name; '今天辦理招商說明會': Taiwan's formal word for holding one;
# '將在1月16到19日再推出「…博覽會」': a show launched
_HOLDS_NAME = re.compile(r"(?:举行|召开|举办|办理|推出)了?[“「『《\"]?$")
_GOES_ON = re.compile(r"[^,。;]{0,4}?(?:继续|再度|再次|续办)")


def _own_clause_of_next(text: str, end: int, next_begin: int, dates: list[DateMention]) -> int | None:
    """'“X”将于…拉开战幕,主办机构于12日在…举行开幕典礼': a day after the comma, in the clause that holds the next
    meeting, is that meeting's; X's clause ends at the comma."""
    comma = text.rfind(",", end, next_begin)
    if comma < 0 or not _HOLDS_NAME.search(text, comma, next_begin):
        return None
    return comma if any(comma < m.begin < next_begin for m in dates) else None


def _attended_then(text: str, begin: int, end: int, day: int) -> bool:
    """Someone attended the meeting, then, after 并, did something else on the day that follows."""
    return bool(_ATTENDED.search(text, max(0, begin - 3), begin) and _AND_THEN.search(text, end, day))


def _names_a_meeting(text: str, start: int) -> bool:
    """A meeting's word follows `start` in its clause, before any verb of holding: the day leads that name."""
    span = text[start : start + 24]
    cut = start + min((span.find(c) for c in ",。;:!?" if c in span), default=len(span))
    kind = KIND.search(text, start, cut)
    return kind is not None and not _EVENT_VERBS.search(text, start, kind.start())


def _distance(mention: DateMention, begin: int, end: int) -> float:
    """How far a date is from a name, in characters, weighted by how Chinese attaches dates.

    '原订7月29日至31日在台中举办的X' binds the date to X; '今天宣布' dates the report.
    """
    text = _TEXT.get()
    if mention.begin >= end:
        distance = float(mention.begin - end)
        leads = _EVENT_VERBS.search(text, mention.finish, mention.finish + 30)
        if leads and _NEXT_ITEM.fullmatch(text, end, mention.begin):
            distance += 40  # '…举行“A”、7月3日…举行“B”': the date leads the next item of the list
        elif _AND_ALSO.search(text, end, mention.begin) and _names_a_meeting(text, mention.finish):
            distance += 40
        if _GOES_ON.match(text, mention.finish):
            distance += 40  # '前晚推出“X”活动,昨晚再度推出': a later day of it
    else:
        between = text[mention.finish : begin]
        if "," not in between and (("的" in between and _EVENT_VERBS.search(between)) or _HOLDS_NAME.search(between)):
            return 0.0  # '将于5月8日在三亚举行开幕式,5月9日至12日进行比赛': the day it is held on
        distance = (begin - mention.finish) * 2.0
    if _REPORTING.match(text, mention.finish):
        distance += 40
    return distance


def _place(
    working: WorkingText,
    start: int,
    end: int,
    name_begin: int,
    name_end: int,
    sentence: tuple[int, int] | None = None,
    other_days: Sequence[DateMention] = (),
) -> PlaceMention | None:
    text = working.text
    triggers = list(_SLOT_TRIGGER.finditer(text, start, end))
    if sentence is not None and start > sentence[0]:
        # '…发布会在京举行,…博览会将于…在株洲国际会展中心举行': what comes before the name is the earlier
        # name's; the meeting's own words after it come first
        triggers.sort(key=lambda match: match.start() < name_end)
    earlier = None
    if "继" in text[start:name_begin]:
        earlier = _FOLLOWS_ON.search(text, start, name_begin)
    for match in triggers:
        if match.group("led") and (
            _OTHER_DAY.search(text, name_end, match.start()) or _CLOSING.search(text, name_end, match.start())
        ):
            continue  # '…大会闭幕,随后率团前往深圳考察': a journey after it, not to it
        if earlier is not None and earlier.start() <= match.start() < earlier.end():
            continue  # '继2023年在广州举办后,…峰会在珠海开幕': where it was held before, not now
        if _NOT_THERE_BEFORE.search(text, max(0, match.start() - 2), match.start()):
            continue  # '…音乐节不再在北京举办,改为在天津举办': where it is no longer held
        if match.group() in ("在", "于") and _in_a_dated_clause_before(text, match.start(), name_begin, other_days):
            continue  # '局長昨日在立法院備詢後表示,…藝術節將於6月1日開幕': where yesterday's hearing was
        slot_begin, slot_end = _slot_after(text, match.end(), end)
        if slot_begin <= name_begin < slot_end and _AT_ITS_OWN_NAME.fullmatch(text, slot_begin, name_begin):
            continue  # '在进博会上感受了重庆的开放英姿': at the meeting itself, as '在会上'; what follows is no place
        if sentence is not None and _HERE_SLOT.match(text, slot_begin, slot_end):
            # '7月2日晚,X县城广场盛装相扮。…开幕式在这里隆重举行': 'here' is the place the sentence before opens on
            return _place_opening_sentence_before(working, sentence[0])
        found = _place_in_slot(working, slot_begin, slot_end)
        if found is None and _held_in_several(working, slot_begin, slot_end):
            return None  # '武汉大学在日本东京和京都举行…': in several cities, none its own, nor its holder's school's
        if found is not None:
            if not found.surface and found.place.kind in ("venue", "country"):
                # a city heading the name ('114年花蓮縣…運動會' at '小巨蛋'), not one inside it ('…暨杭州亚运会…')
                named = _city_in_name(working, name_begin, name_end, heading=found.place.kind == "venue")
                abroad = found.place.kind == "country" and named is not None and named.place.country != found.place.name
                if named is not None and not abroad:  # '武汉大学…学术周在日本…': not in Wuhan
                    return PlaceMention(named.place, named.surface, found.venue, cue="name")
            if _abroad_against_its_name(working, found, name_begin, name_end):
                return None  # neither is sure: a place abroad misread, or a Chinese city's week held abroad
            return found
        during = _DURING_SERIES.match(text, slot_begin, slot_end)
        city = series_city(during.group("meeting")) if during is not None else None
        if city is not None:  # '该发布会在首届京交会期间举行': held during a series, in its city
            return PlaceMention(city, "", cue="series")
    listed = _LISTED_PLACE.search(text, max(start, name_begin - 12), name_begin)
    if listed is not None and (found := _place_in_slot(working, listed.start("slot"), listed.end("slot"))):
        return found
    if sentence is not None and (found := _place_before_list(working, sentence[0], start)) is not None:
        return found
    area = sentence or (start, end)
    for a, b, place in working.places.within(*area):
        if place.kind == "venue" and not school_of_people(text, area[0] + b):
            if _in_a_dated_clause_before(text, area[0] + a, name_begin, other_days):
                continue  # '18日上午出席行政院會,邀請…參加即將在2月22日開幕的燈會': where the 18th's visit was
            return _venue_place(working, area[0] + a, area[0] + b, place, None)
    held = _CITY_HOLDS_BEFORE.search(text, max(start, name_begin - 40), name_begin)
    holder = find_place(held.group("city")) if held is not None else None
    if holder is not None and holder.kind == "city":  # '记者从广元市人民政府新闻办公室举办的…新闻发布会上获悉'
        return PlaceMention(holder, held.group("city") if held else "", weak=True, cue="host")
    return (
        _city_hosting(text, start, name_begin)
        or _city_taking_part(text, start, name_begin, name_end)
        or _city_in_name(working, name_begin, name_end)
    )


# '召开鄂尔多斯市参加2019中国北京世界园艺博览会…协调会': a city's own working meeting on taking part in an event held
# elsewhere, whose city the event's name gives
_TAKES_PART_BEFORE = re.compile(r"(?:召开|举行|组织)(?P<city>[\u4e00-\u9fff]{2,4}?)市参加$")
_WORKING_MEETING = re.compile(r"(?:协调|推进|筹备|调度|部署|动员|对接)(?:工作)?会(?:议)?$")


def _city_taking_part(text: str, start: int, name_begin: int, name_end: int) -> PlaceMention | None:
    takes_part = _TAKES_PART_BEFORE.search(text, max(start, name_begin - 12), name_begin)
    if takes_part is None or _WORKING_MEETING.search(text, name_begin, name_end) is None:
        return None
    place = find_place(takes_part.group("city"))
    if place is None or place.kind != "city":
        return None
    return PlaceMention(place, takes_part.group("city"), cue="host")


def _in_a_dated_clause_before(text: str, at: int, name_begin: int, other_days: Sequence[DateMention]) -> bool:
    """Whether `at` lies in a clause before the name's (a comma between them) that gives a day of its own (one of
    `other_days`, which are not the meeting's)."""
    if "," not in text[at:name_begin]:
        return False
    clause_begin = max(text.rfind(mark, 0, at) for mark in ",;:。\n") + 1
    ends = [found for mark in ",;。\n" if (found := text.find(mark, at)) >= 0]
    clause_end = min(ends, default=len(text))
    return any(clause_begin <= day.begin < clause_end for day in other_days)


def _abroad_against_its_name(working: WorkingText, found: PlaceMention, name_begin: int, name_end: int) -> bool:
    """'湖北·宜昌第二届樱桃节在长滩樱桃基地开幕': a city abroad whose Chinese name heads a word of more characters
    (长滩 = Long Beach, as the first word of a farm's name) while the meeting's own name places it in China."""
    place = found.place
    if place.kind != "city" or place.country == "中国" or not found.surface:
        return False
    after = working.text.find(found.surface, name_end)
    if after < 0 or not _HAN_WORD_AFTER.match(working.text, after + len(found.surface)):
        return False
    return any(
        other.country == "中国" and other.kind in ("city", "district", "region")
        for _, _, other in working.places.within(name_begin, name_end)
    )


# a word going on after a place's name ('长滩樱桃基地'), not a verb or a word of where ('巴黎举行', '巴黎市')
_HAN_WORD_AFTER = re.compile(
    r"(?!举行|举办|召开|开幕|揭幕|启幕|开展|展出|登场|市|的|上演|隆重|盛大|正式)[\u4e00-\u9fff]{2}"
)


# '…开幕式在这里隆重举行': 'here', a place the text named just before
_HERE_SLOT = re.compile(
    r"(?:这里|这儿|此地|此处)(?:隆重|正式|盛大|热闹)?(?:举行|举办|召开|开幕|揭幕|启幕|开赛|上演|拉开|落下|闭幕|落幕)"
)
_LEAD_CLAUSES = 2  # 'here' is named where the sentence before opens: in its first clauses, as their subject


def _place_opening_sentence_before(working: WorkingText, sentence_start: int) -> PlaceMention | None:
    """The place the sentence before `sentence_start` opens on ('7月2日晚,X县城广场盛装相扮'): its first clauses,
    past a day or an hour, when one of them starts with a place's name (not '据X说', not a place inside them)."""
    text = working.text
    before = max(text.rfind("。", 0, sentence_start - 1), text.rfind("\n", 0, sentence_start - 1)) + 1
    clause_begin = before
    for _ in range(_LEAD_CLAUSES):
        comma = text.find(",", clause_begin, sentence_start)
        clause_end = comma if comma >= 0 else sentence_start
        lead = _SLOT_LEAD.match(text, clause_begin, clause_end)
        begin = lead.end() if lead is not None else clause_begin
        if begin < clause_end and any(a == 0 for a, _, _ in working.places.within(begin, clause_end)):
            found = _place_in_slot(working, begin, clause_end)
            return None if found is None else replace(found, venue=None, weak=True)
        if comma < 0:
            return None
        clause_begin = comma + 1
    return None


# '继2023年在广州成功举办之后,': the clause of what came before it
_NOT_THERE_BEFORE = re.compile(r"(?:不再?|不会|不能|无法|未能)$")
# what may stand between '在' and the meeting's own name in '在本届进博会上': nothing, or a word for this edition
_AT_ITS_OWN_NAME = re.compile(r"(?:本届|今年的?|此次|这次|这届)?")
_FOLLOWS_ON = re.compile(r"继[^,。;:!?]{0,30}?之?后,")
# '香港明日(13日)起一连两日将主办第八届「…论坛」', '杭州将承办…': a city, the subject of its clause, hosts the meeting;
# so does a county, for its city ('某县于9月1日举办了…', '某市于9月14日-16日举办…': a day or a run of days)
_DAY_WRITTEN = rf"(?:[{NUMERAL_CHARS}]{{1,2}}月)?[{NUMERAL_CHARS}]{{1,3}}日"
_CITY_HOSTS = re.compile(
    r"(?<![\u4e00-\u9fff])(?P<lead>[\u4e00-\u9fff]{2,3}?)市?"
    rf"(?:今|明|今日|明日|今天|明天|\([^()]{{1,12}}\)|起|一连|连续|[{NUMERAL_CHARS}]{{1,3}}[日天]|将|会|再度|再次|首次|正式"
    rf"|于{_DAY_WRITTEN}(?:[至到\-—~]{_DAY_WRITTEN})?)*"
    rf"(?:主办|承办|举办)了?(?:第[{NUMERAL_CHARS}]{{1,3}}[届次]|首届)?[“「『]?$"
)


def _city_hosting(text: str, start: int, name_begin: int) -> PlaceMention | None:
    """A city named as the subject that hosts the meeting, only days and adverbs between them (a body of the
    city, '香港代表团', '北京大学', is no city hosting)."""
    hosts = _CITY_HOSTS.search(text, max(start, name_begin - 40), name_begin)
    if hosts is None:
        return None
    place = find_place(hosts.group("lead"))
    if place is None or place.county_level or not (place.kind == "city" or _county_of_a_city(place)):
        return None
    return PlaceMention(place, hosts.group("lead"), weak=True, cue="host")


def _county_of_a_city(place: Place) -> bool:
    """A county or district written in full ('古蔺县', '东坡区'), which the gazetteer rolls up to its city (not
    '郊区' or '矿区', words for any city's suburbs or mines)."""
    return (
        place.kind == "district"
        and place.city_place is not None
        and len(place.name) > 2
        and place.name.endswith(("县", "区"))
    )


def _slot_after(text: str, trigger_end: int, end: int) -> tuple[int, int]:
    """The words after a trigger ('在', '于'…) that may name a place: past a day or an hour, up to a comma."""
    slot_begin = trigger_end
    lead = _SLOT_LEAD.match(text, slot_begin)
    if lead:
        slot_begin = lead.end()
    slot_end = slot_begin
    while slot_end < end and slot_end - slot_begin < _SLOT_WIDTH and text[slot_end] not in ",。;:!?\n":
        slot_end += 1
    return slot_begin, slot_end


def _place_before_list(working: WorkingText, sentence_start: int, clause_start: int) -> PlaceMention | None:
    """'两场会议将在香港举行,包括A,以及B': the place of the clause a list opens after is each item's."""
    opens = working.text.rfind("包括", sentence_start, clause_start)
    if opens < 0:
        return None
    for match in _SLOT_TRIGGER.finditer(working.text, sentence_start, opens):
        found = _place_in_slot(working, *_slot_after(working.text, match.end(), opens))
        if found is not None:
            return found
    return None


# '从广元市人民政府新闻办公室举办的', '由宣城市政府主办的', '由昆明市组织的': a city's government or its office
# holds the meeting next
_CITY_HOLDS_BEFORE = re.compile(
    r"(?:由|从)(?P<city>[\u4e00-\u9fff]{2,4}?)市(?:人民政府|政府|委)?[^,。;]{0,16}?(?:举办|召开|举行|主办|承办|组织)的$"
)


# '9月6日至8日,驻马店,2013年…洽谈会': a listing's date, place and name, each between commas
_LISTED_PLACE = re.compile(r"[日号],(?P<slot>[\u4e00-\u9fff]{2,5}),$")
# '南京大学校长陈骏', '行政院长卓荣泰', '由北京大学张某教授主持', '某大学附属医院呼吸科主任': someone's post in an
# institution (or in one of its units, '某大学上海校友会会长'), not where the meeting is
# '邀请到了…、清华大学、…等国家部委、国内顶尖高校的专家学者': schools the guests come from, not where it is held
# ('…等高校的100余名专家学者', '…等单位的近百位代表': so many of them)
_PEOPLE_FROM = re.compile(
    r"[、\u4e00-\u9fff]{0,40}?的(?:[近逾超约]?[\d一二两三四五六七八九十百千数多余]{1,6}[名位])?"
    r"(?:专家|学者|教授|师生|代表|研究人员|科研人员|负责人)"
)
_OFFICE_AFTER = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?(?:中心|医院|学院|科|系|部|所|处|室|组|校友会|协会|商会))?"
    r"(?:原|前|时任)?副?(?:校长|院长|所长|馆长|主任|教授|书记|主席|局长|部长|理事长|董事长|总经理|总裁|执行长|会长|研究员|长)"
    r"|[\u4e00-\u9fff]{2,3}副?(?:教授|研究员|院士|校长|院长)"
    r"|副?(?:国际|教务|学务|总务|研发)长"  # '国立台湾大学国际长某某': a school's dean of an office
    r"|(?:青年)?教师|讲师|博士后|博士生|学者|师生(?!活动|服务|之家)"  # '华东师范大学青年教师方某': a speaker's school
    r"|(?:[\u4e00-\u9fff]{0,8}?(?:校友会|协会|商会))(?:总干事|秘书长|理事|会员)"  # '…大学华东校友会总干事某某'
)


def school_of_people(text: str, end: int) -> bool:
    """'清华大学、北京大学等高校的专家学者', '南京大学校长': the institution (a venue ending at `end`) that
    people hold a post in or come from, not a place of the meeting."""
    return _OFFICE_AFTER.match(text, end) is not None or _PEOPLE_FROM.match(text, end) is not None


def _holder(text: str, start: int, left: int) -> tuple[int, int] | None:
    """The span of the association, company or school that opens the clause before `left`, or None."""
    found = None
    for found in _HOLDER.finditer(text, start, left):
        pass
    return found.span("holder") if found is not None else None


def _provincial_capital_before(working: WorkingText, begin: int) -> PlaceMention | None:
    """'…河北科技传播论坛在省会召开': the capital of the province the sentence names last before '省会', or of the
    one province the whole text names."""
    sentence_start = max(working.text.rfind("。", 0, begin), working.text.rfind("\n", 0, begin)) + 1
    before = [place.name for _, _, place in working.places.within(sentence_start, begin) if place.kind == "region"]
    if before:
        region: str | None = before[-1]
    else:
        named = {place.name for _, _, place in working.places.within(0, len(working.text)) if place.kind == "region"}
        region = named.pop() if len(named) == 1 else None
    capital = provincial_capital(region) if region is not None else None
    return PlaceMention(capital, capital.name, cue="abbreviation") if capital is not None else None


def _city_in_name(working: WorkingText, name_begin: int, name_end: int, heading: bool = False) -> PlaceMention | None:
    """'第二届巴黎中法论坛' is in Paris: a big city in the name, or one that starts it (`heading`: only one
    that starts it)."""
    key = working.text[name_begin:name_end]
    if (welcomed := _THEMED_DAY_AFTER.search(key)) is not None:
        # '昆明花博会迎来“西宁日”': the guests' place names their day, the meeting's its host
        key, name_end = key[: welcomed.start()], name_begin + welcomed.start()
    head = _NAME_HEAD.match(key)
    head_end = head.end() if head else 0  # the pattern is all optional: it always matches
    found = working.places.within(name_begin, name_end)
    # '上海—台北雙城論壇' names both its cities, not where it is held ('上海市浦东新区…' names one city, twice)
    if len({(place.city_place or place).name for _, _, place in found if place.kind == "city"}) > 1:
        return None
    for a, b, place in found:
        if key.startswith(_NOT_A_CITY, b):
            continue  # '上海合作组织' is an organisation, not Shanghai
        if _also_a_province(place) and "市" not in key[a : b + 1]:
            continue  # '吉林活动周' is the province's week; '吉林市…' the city's
        if _talks_about_an_event_after(key, b):
            continue  # '米兰世博会…湖南活动周新闻发布会' was held in Hunan
        if _another_place_holds_it_after(key, b, found):
            continue  # '上海世博会江苏宣传周' is the promotion week of the Expo, held in Jiangsu
        # a smaller city starting the name must be followed by more than the meeting word: '雙城論壇' is
        # a twin-city forum, not one of 双城; and a county-level city is no cue inside a name unless its 市 is
        # written ('瑞安市第十届人民代表大会…'): its short name also occurs inside other words
        # '丝绸之路(敦煌)国际文化博览会', '中国(义乌)…博览会': the city a series names in brackets is its host
        bracketed = 0 < a and key[a - 1] in "(（" and key[b : b + 1] in (")", "）")
        heads_it = a == head_end and len(key) - b > 2
        written_whole = key[a:b].endswith("市") or key[b : b + 1] == "市"
        small_ok = (not place.county_level and (heads_it or bracketed)) or (heads_it and written_whole)
        if heading and a != head_end:
            continue
        # a part of a bigger city ('松江', in Shanghai, and Matsue) is a cue only where it starts the name
        big_ok = place.population >= _BIG_CITY and place.city_place is place
        if place.kind == "city" and (big_ok or small_ok):
            return PlaceMention(place, working.span(name_begin + a, name_begin + b), cue="name")
        # '四川大学2019届毕业典礼' is held at the university, in Chengdu; '文成县第十七届人民代表大会…' in Wenzhou
        # but a school heading the name holds it at another venue the text names ('武汉大学…学术周在早稻田大学')
        city = place.city_place if place.kind in ("venue", "district") and a == head_end else None
        if place.kind == "venue":
            city = _campus_city(key, b) or city  # '山东大学青岛校区…典礼': the campus's city, not the school's seat
        if heading and place.kind == "venue":
            city = None
        if city is not None:
            return PlaceMention(city, "", working.span(name_begin + a, name_begin + b), cue="name")
    return None


# a press conference or a symposium named after the event it talks about ('上海世博会…外宣工作座谈会'): the
# city heads that event's name, which ends before the talk's own word
_TALK = re.compile(rf"(?:{PRESS_KIND}|座谈会)$")
_EVENT_WORD = re.compile(r"会|节|赛|展|周")


def _talks_about_an_event_after(key: str, city_end: int) -> bool:
    talk = _TALK.search(key)
    return talk is not None and _EVENT_WORD.search(key, city_end, talk.start()) is not None


def _another_place_holds_it_after(key: str, city_end: int, found: list[tuple[int, int, Place]]) -> bool:
    """'2010年上海世博会江苏宣传周': a place after the event the city names begins the name of this meeting."""
    return any(
        a >= city_end and place.kind in ("city", "region") and _EVENT_WORD.search(key, city_end, a) is not None
        for a, _, place in found
    )


def _also_a_province(place: Place) -> bool:
    """'吉林': a city that shares its name with its province, which a name without '市' means most often."""
    return place.kind == "city" and any(other.kind == "region" for other in names_index().get(place.name, []))


# '在京举行', '在沪期间', '在汉启动', '在穗落幕': the word after '京' is no part of a name
_AFTER_ABBREVIATION = "举召开闭主期间会隆成启落揭"
_PROVINCE_SEAT = re.compile(r"省(?:政府|委|人民政府|人大常委会|政协)(?!所在)")


_COUNTY_SEAT = re.compile(r"县(?:府|政府)")


def _one_county_named(working: WorkingText) -> PlaceMention | None:
    """The one county the text names as a county ('新竹縣長', '屏東縣政府'), or None."""
    text = working.text
    counties = {
        place.name: (place, working.span(a, b))
        for a, b, place in working.places.within(0, len(text))
        if place.kind == "city" and (text[b - 1] == "县" or text.startswith("县", b))
    }
    if len(counties) != 1:
        return None
    place, surface = next(iter(counties.values()))
    return PlaceMention(place, surface, weak=True, cue="venue")


_HOMETOWN_BODY = re.compile(r"同乡(?:联谊)?会|会馆")
_STATIONED_OFFICE = re.compile(r"驻(?P<city>[\u4e00-\u9fff])(?:办事处|办|代表处)")  # '驻京办', '驻沪代表处'
# '在中山东一路鸣枪', '在北京路步行街': a road named after a city, not that city ('在上海街头' is in Shanghai)
_ROAD_AFTER = re.compile(r"[东南西北中]?[一二三四五六七八九十\d]{0,2}(?:大道|大街|路(?!演|上|过)|街(?!头|道|巷))")
# '在中国馆开幕', '在法国馆展出': a country's pavilion at an expo abroad, not that country
_PAVILION_AFTER_COUNTRY = re.compile(r"国家馆|馆")


def _place_in_slot(working: WorkingText, begin: int, end: int) -> PlaceMention | None:
    slot = working.text[begin:end]
    if slot.startswith("省会") and not _city_named_at(working, begin + 2, end):
        return _provincial_capital_before(working, begin)  # '在省会召开', '在省会岳麓区…宾馆举办'
    if _PROVINCE_SEAT.match(slot):  # '在省政府新闻发布厅': the province's offices are in its capital
        return _provincial_capital_before(working, begin)
    if _COUNTY_SEAT.match(slot):  # '於縣府大廳舉辦記者會': a county government's hall is in its county
        return _one_county_named(working)
    for abbreviation, full in ABBREVIATIONS.items():
        if slot.startswith(abbreviation) and (
            len(slot) == len(abbreviation) or slot[len(abbreviation)] in _AFTER_ABBREVIATION
        ):
            place = find_place(full)
            if place is not None:
                return PlaceMention(place, full, cue="abbreviation")
    stationed = _STATIONED_OFFICE.match(slot)
    if stationed is not None and stationed.group("city") in ABBREVIATIONS:  # '在駐京辦多功能廳': the office in Beijing
        place = find_place(ABBREVIATIONS[stationed.group("city")])
        if place is not None:
            return PlaceMention(place, "", working.span(begin, begin + stationed.end()), cue="abbreviation")
    found = [
        (a, b, place)
        for a, b, place in _plausible(working.places.within(begin, end), slot)
        if not (place.kind == "city" and place.population < SMALL_TOWN and _BUILDING.match(working.text, begin + b))
        and not (place.kind in ("city", "district") and working.text.startswith("门", begin + b))
        and not _HOMETOWN_BODY.match(working.text, begin + b)
        and not working.text.startswith("驻", begin + b)
        and not (place.kind in ("city", "district") and _ROAD_AFTER.match(working.text, begin + b))
        and not (place.kind == "country" and _PAVILION_AFTER_COUNTRY.match(working.text, begin + b))
    ]  # '锦江小礼堂', '锦江饭店': a building named like a small town, not in it; '广安门': a gate, not 广安;
    # '江门同乡会', '漳州会馆': the hometown of people who gather somewhere else; '澳门驻北京办事处': the home
    # of an office stationed in another city
    if not found or _places_side_by_side(working.text, begin, found):
        return None
    venue_text = _venue_text(working, begin, end, found)
    for index, (a, b, place) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if following is not None and following[0] == b and following[2].county_level and _inside(following[2], place):
            continue  # '德宏州瑞丽市': the county-level city named after its prefecture is the place
        if place.kind in ("city", "district"):
            surface = working.span(begin + a, begin + b)
            if place.kind == "district":
                parent = place.city_place
                if parent is None:
                    continue
                return PlaceMention(parent, parent.name, venue_text)
            if _SCHOOL_AFTER.match(working.text, begin + b):
                # '在珠海學院舉行': a school named for a city, most often in it (weak: the headline's city wins)
                return PlaceMention(place, _trim_city(surface), venue_text, weak=True, cue="venue")
            return PlaceMention(place, _trim_city(surface), venue_text)
    for a, b, place in found:
        if place.kind == "venue":
            return _venue_place(working, begin + a, begin + b, place, venue_text)
    regions = [f for f in found if f[2].kind == "region"]
    a, b, place = regions[-1] if regions else found[0]
    if place.kind == "region":
        capital = provincial_capital(place.name) if _PROVINCIAL_VENUE.match(working.text, begin + b) else None
        if capital is not None:  # '在山西体育中心', '湖南国际会展中心': a province's own venue, in its capital
            return PlaceMention(capital, "", venue_text, cue="venue")
        return PlaceMention(place, _trim_region(working.span(begin + a, begin + b)), venue_text)
    return PlaceMention(place, "", venue_text)


def _city_named_at(working: WorkingText, begin: int, end: int) -> bool:
    """A city's name starts at `begin` ('省会昆明'), not a district's or a venue's ('省会岳麓区')."""
    return any(a == 0 and place.kind == "city" for a, _, place in working.places.within(begin, end))


def _held_in_several(working: WorkingText, begin: int, end: int) -> bool:
    """The slot names several cities or areas side by side ('在北京和上海举行')."""
    found = _plausible(working.places.within(begin, end), working.text[begin:end])
    return _places_side_by_side(working.text, begin, found)


def _places_side_by_side(text: str, begin: int, found: list[tuple[int, int, Place]]) -> bool:
    """'由廣東、香港、澳門共同承辦', '在北京和上海举行': several places host it, none of them is its city."""
    return any(
        _PLACES_JOINED.fullmatch(text, begin + b, begin + a)
        and {here.kind, there.kind} <= _AREAS
        and here.name != there.name
        for (_, b, here), (a, _, there) in zip(found, found[1:])
    )


_PLACES_JOINED = re.compile(r"、|和|及|与|以及")
_AREAS = {"city", "district", "region", "country"}


_PROVINCIAL_VENUE = re.compile(
    r"省?(?:国际)?(?:体育中心|奥体中心|体育场|体育馆|会展中心|博览中心|展览馆|大剧院|人民会堂|大会堂|艺术中心|"
    r"会议中心|宾馆|科技馆|博物馆|图书馆)"
)


# what a city is called between its country or province and its name: '边城', '省会', '海滨城市', '首都', '著名侨乡',
# '小镇'
_CITY_WORD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:城|城市|都|省会|首府|会|乡|镇)")
# '在日光城拉萨举办', '瓷都景德镇', '旅游城市丽江', '屈原故里秭归', '茶叶之乡安溪县': what the city or county is
# called, then its name
_CITY_EPITHET = re.compile(r"[\u4e00-\u9fff]{1,5}?(?:城|城市|都|故里|故乡|之乡)")


def _inside(smaller: Place, larger: Place) -> bool:
    """'瑞丽' lies in '德宏': the smaller place is in the larger one's province (or is in that city)."""
    return smaller.region == larger.region or smaller.city_place is larger


def _plausible(found: list[tuple[int, int, Place]], slot: str) -> list[tuple[int, int, Place]]:
    """Places that start the slot or follow one another ('辽宁大连', '中国边城黑河', '云南省会昆明'), a city after
    what it is called ('日光城拉萨'), and big
    cities anywhere."""
    kept: list[tuple[int, int, Place]] = []
    chain_end = 0
    for a, b, place in found:
        if (
            a == chain_end
            or (chain_end > 0 and kept[-1][2].kind in ("country", "region") and _CITY_WORD.fullmatch(slot[chain_end:a]))
            or place.kind == "venue"
            or (place.kind == "city" and place.population >= _BIG_CITY and a <= 12)
            or (not kept and place.kind in ("city", "district") and _CITY_EPITHET.fullmatch(slot, 0, a))
        ):
            kept.append((a, b, place))
            chain_end = b if place.kind != "venue" else -1  # '…会展中心': what follows a venue is no place
    return kept


def _dateline_stands_for(text: str, start: int, end: int, mention: PlaceMention) -> bool:
    """Whether the dateline's city stands for a venue named without its city: not when the clause holds the meeting
    at it ('於…國際會議中心登場') and the venue table gives its city, which outweighs a reporter's byline from
    elsewhere ('花蓮報導' on a prize-giving at a Taipei hall); a venue merely named in the sentence still gives way."""
    if mention.surface or mention.place.kind != "venue":
        return False
    if mention.place.city_place is None or mention.venue is None:
        return True
    venue = to_simplified(mention.venue)
    return not any(venue in text[m.end() : m.end() + 30] for m in _SLOT_TRIGGER.finditer(text, start, end))


def _campus_city(text: str, venue_end: int) -> Place | None:
    """The city of the campus named after a school ('山东大学青岛校区'), or None."""
    campus = _CAMPUS_AFTER.match(text, venue_end)
    city = find_place(campus.group("city")) if campus is not None else None
    return city.city_place if city is not None else None


def _venue_place(working: WorkingText, begin: int, end: int, place: Place, venue_text: str | None) -> PlaceMention:
    surface = working.span(begin, end)
    venue = venue_text or surface
    campus = _campus_city(working.text, end)
    if campus is not None:  # '山东大学青岛校区': the campus's city, not the school's seat
        return PlaceMention(campus, "", venue, cue="venue")
    city = place.city_place
    if city is not None:
        written = working.text[begin:end].find(city.name)
        if written >= 0:
            return PlaceMention(city, surface[written : written + len(city.name)], venue, cue="venue")
    return PlaceMention(place, "", venue, cue="venue")


def _venue_text(working: WorkingText, begin: int, end: int, found: list[tuple[int, int, Place]]) -> str | None:
    slot = working.text[begin:end]
    verb = _SLOT_VERB.search(slot)
    stop = verb.start() if verb else len(slot)
    venues = [(a, b) for a, b, p in found if p.kind == "venue" and b <= stop]
    if venues:
        a, b = venues[0]
        tail = slot[b:stop]
        if len(tail) <= 8 and _VENUE_TAIL.fullmatch(tail):
            b = stop
        return working.span(begin + a, begin + b).strip()
    last_place_end = max((b for a, b, p in found if b <= stop), default=0)
    if slot.startswith("民", last_place_end) and slot[last_place_end - 1 : last_place_end] == "市":
        last_place_end -= 1  # '南宁市民中心': the 市民中心, not the city's '市'
    venue = slot[last_place_end:stop].strip()
    if len(venue) >= 3 and _VENUE_WORD.search(venue):
        return working.span(begin + last_place_end, begin + stop).strip()
    return None


def _trim_city(surface: str) -> str:
    """'瀋陽市' -> '瀋陽', '花蓮縣' -> '花蓮' (a Taiwan county stands as a city)."""
    return surface[:-1] if len(surface) > 2 and surface[-1] in "市巿县縣" else surface


def _trim_region(surface: str) -> str:
    for suffix in (
        "维吾尔自治区",
        "壮族自治区",
        "回族自治区",
        "自治区",
        "特别行政区",
        "省",
        "維吾爾自治區",
        "壯族自治區",
        "回族自治區",
        "自治區",
        "特別行政區",
    ):
        if surface.endswith(suffix) and len(surface) > len(suffix) + 1:
            return surface.removesuffix(suffix)
    return surface


def _dateline(working: WorkingText, reference: date | None) -> tuple[tuple[Place, str] | None, date | None, str | None]:
    head = working.text[:300]
    lead = working.text[:600]  # a paper's reporters close its lead paragraph ('…大公報記者王小明成都報道')
    # every dateline _DATELINE, _DATELINE_DATE_FIRST and _REPORTER_DATELINE find ends in 电, 讯 or 消息 (looked for
    # first)
    filed = "电" in head or "讯" in head or "消息" in head
    match = (
        (_DATELINE.search(head) or _DATELINE_DATE_FIRST.search(head) or _REPORTER_DATELINE.search(head))
        if filed
        else None
    )
    if match is None and ("报道" in head or "报导" in head):
        match = _REPORTER_DAY_DATELINE.search(head)
    if match is None and _CLOSING_DATELINE_END.search(working.text):
        match = next(reversed(list(_CLOSING_DATELINE.finditer(working.text))), None)
    if match is None:
        # the words each pattern needs (_REPORTED_FROM: 记者 or a slash), looked for first: those scans are slower
        match = (
            (_REPORTED_FROM.search(head) if "记者" in head or "/" in head else None)
            or (_OPENING_BYLINE.search(head) if "记者" in head else None)
            or (_outlet_byline(head) if "报导" in head or "报道" in head else None)
            or (_PAPERS_REPORTERS_FROM.search(lead) if "报记者" in lead else None)
            or (_CITY_PAPER.search(head) if "报讯" in head else None)
            or (_UNDATED_DATELINE.search(head) if "讯" in head else None)
            or (_OWN_PAPER_DATELINE.search(head) if "本报" in head else None)
            or (_BRACKETED_DATELINE.search(head) if "讯" in head else None)
        )
        found = _dateline_city(working, match) if match is not None else None
        if found is not None and match is not None and match.re is _CITY_PAPER and _not_a_city_paper(*found):
            found = None  # '新民晚报' is Shanghai's, not 新民's
        return found, None, (working.span(*match.span()) if match is not None and found else None)
    found = _dateline_city(working, match)
    paper = _DATED_CITY_PAPER.search(head, 0, match.end()) if found is None else None
    if paper is not None and paper.end() == match.end() and (city := _dateline_city(working, paper)) is not None:
        found = None if _not_a_city_paper(*city) else city  # '深圳新闻网3月2日讯': the site's city, and its day
    if _RELAYED.match(working.text, match.end()):
        found = None  # '中评社北京2月20日电/据大公报报导': where the relay was filed, not where it happened
    day = chinese_number(match.group("d"))
    month = chinese_number(match.group("m")) if match.group("m") else None
    when = None
    if reference is not None and day:
        resolved = resolve_mention(DateMention(0, 0, (None, month, day)), reference)
        if resolved and abs((resolved[0] - reference).days) <= 3:
            when = resolved[0]
    return found, when, working.span(*match.span())


_RELAYED = re.compile(r"\s*[/,:]?\s*据[\u4e00-\u9fff]{2,12}?(?:报道|报导|消息)")
# '特区政府今(20)日举行…' on a page dated the evening before: the day the text itself calls today
_TODAY_NAMED = re.compile(r"今\((\d{1,2})\)日|今\((\d{1,2})日\)")


def _own_today(text: str, reference: date | None) -> date | None:
    """The day a '今(20)日' near the top names, when the page's date is the day before or after it: the text's
    bare 今日 and 明天 are counted from that day."""
    match = _TODAY_NAMED.search(text, 0, 300)
    if reference is None or match is None:
        return None
    resolved = resolve_mention(DateMention(0, 0, (None, None, int(match.group(1) or match.group(2)))), reference)
    return resolved[0] if resolved is not None and abs((resolved[0] - reference).days) == 1 else None


def _not_a_city_paper(place: Place, surface: str) -> bool:
    """'新民晚报' (a county's name) and '羊城晚报' (a city's byname, a province's paper) report from no city
    of their own."""
    return place.county_level or to_simplified(surface) != place.name


def _names_abroad(working: WorkingText, start: int, end: int, dateline: Place) -> bool:
    """'出席在巴布亚新几内亚举行的APEC会议' under a 台北 dateline: the meeting is not where the report is from."""
    text = working.text
    return any(
        place.kind == "country"
        and place.name not in _HOME_COUNTRIES
        and place.name != dateline.country
        and _TO_OR_IN.search(text, max(0, a - 2), a) is not None
        for a, _, place in working.places.within(start, end)
    )


_HOME_COUNTRIES = frozenset({"中国", "中华人民共和国", "中华民国", "台湾"})
_TO_OR_IN = re.compile(r"(?:在|于|赴|到|前往)$")  # '在巴布亚新几内亚', not '台湾日本关系协会'


# '今年將舉辦三場,6月29日…,9月28日…舉辦': a sentence announcing this year's plans gives this year's days, even
# with no '将' in the clause of a later one (read as a report, a day months ahead had gone back to last year)
_THIS_YEAR = re.compile(r"今年")
_OTHER_YEAR = re.compile(r"去年|前年|明年|后年|\d{4}年|[〇○零一二三四五六七八九]{4}年")


# '去年12月7日', '曾于12月7日', '已于12月7日': a day the text puts in another year or in the past
_NOT_TO_COME_BEFORE = re.compile(rf"(?:{_OTHER_YEAR.pattern}|曾|已|上届|上一届|往年|上年)[^,。;:!?]{{0,6}}$")


_PAST_AFTER = re.compile(r"[^。;!?]{0,12}?(?:曾经|曾|已经)")
# '9月10日在长沙开幕了', '12月7日,示例市曾举办…': the clause says the day read back into last year is past
_TOLD_AS_PAST = re.compile(r"[曾已了]|去年|前年")


def _year_a_guess(text: str, clause: str, mention: DateMention, start: date, reference: date) -> bool:
    """A month and day read back into last year with no word that it is past ('曾于12月7日', '已…', '…开幕了' in
    its clause): which year is a guess."""
    return (
        year_sent_back(mention, start, reference)
        and _PAST_AFTER.match(text, mention.finish) is None
        and _NOT_TO_COME_BEFORE.search(text, max(0, mention.begin - 10), mention.begin) is None
        and _TOLD_AS_PAST.search(clause) is None
    )


def _on_in_a_year_to_come(text: str, mentions: list[DateMention], reference: date) -> None:
    """'7月23日,在…举办…。8月18日,在…举办…。12月7日,在…举办…' in a report of July: a bare month and day later in
    the year than one before it still to come goes on through this year's calendar, not back to last December."""
    last: tuple[int, int] | None = None  # the month and day of the last bare date still to come this year
    for mention in mentions:
        year, month, day = mention.start
        if year is not None or month is None or mention.relative_days is not None or mention.weekday is not None:
            continue
        this_year = safe_date(reference.year, month, day)
        if this_year is None:
            continue
        if (
            any(flag.startswith("year:") for flag in mention.flags)
            or _NOT_TO_COME_BEFORE.search(text, max(0, mention.begin - 10), mention.begin)
            or _PAST_AFTER.match(text, mention.finish)
        ):
            continue  # '去年12月7日' (its year said), '曾于12月7日'
        if last is not None and (month, day) >= last:
            mention.start = (reference.year, month, day)
        if this_year > reference and (last is not None or this_year <= reference + timedelta(days=MONTH_DAY_AHEAD)):
            last = (month, day)


def _in_this_year(text: str, sentence_start: int, dates: list[DateMention], reference: date) -> None:
    for mention in dates:
        year, month, day = mention.start
        if year is not None or month is None or mention.relative_days is not None:
            continue
        said = _THIS_YEAR.search(text, sentence_start, mention.begin)
        if (
            said is not None
            and not any(flag.startswith("year:") for flag in mention.flags)  # '原定今年…,至明年10月1日': its own year
            and not _OTHER_YEAR.search(text, said.end(), mention.begin)
            and _announces(text[said.end() : mention.begin])  # not '今年是第十年,…12月30日開幕' told in January
        ):
            mention.start = (reference.year, month, day)
            continue
        back = _last_year_before(text, sentence_start, mention.begin)
        if back and not _announces(text[sentence_start : mention.begin]):
            # '去年第四屆示例論壇於5月18日在台中舉行': the edition of last year, on a day of last year
            mention.start = (reference.year - back, month, day)


_LAST_EDITION = re.compile(r"上一?届")


def _of_the_last_edition(text: str, begin: int, key: str) -> bool:
    """'上屆示例論壇於5月18日…舉行': the edition before, on a day whose year the text leaves out (last year's, or
    two years back for one held every other year)."""
    return _LAST_EDITION.match(key) is not None or _LAST_EDITION.search(text, max(0, begin - 3), begin) is not None


# '去年第四屆…論壇於5月18日…', '去年的…', '前年,…': the year before (or two before) the report, said of what follows;
# not '與去年相同', '比去年', '去年底', '去年以來', '去年度'
# (nor the 前年 of '目前年產量', '提前年底')
_LAST_YEAR = re.compile(r"[去前]年(?![相同底初末以至起度产])")
_NOT_BEFORE_LAST_YEAR = frozenset("与和比较同如像于目提之以此先当日天月周几多数年")


def _last_year_before(text: str, sentence_start: int, begin: int) -> int:
    """How many years back a '去年' or '前年' in the sentence before a day puts it, when no other year stands
    between; 0 for none."""
    said = None
    for found in _LAST_YEAR.finditer(text, sentence_start, begin):
        if found.start() == 0 or text[found.start() - 1] not in _NOT_BEFORE_LAST_YEAR:
            said = found
    if said is None or _OTHER_YEAR.search(text, said.end(), begin) or _THIS_YEAR.search(text, said.end(), begin):
        return 0
    return 1 if said.group().startswith("去") else 2


def _until(text: str, begin: int) -> bool:
    before = text[max(0, begin - _MOVED_REACH) : begin]
    return bool(_UNTIL.search(before)) and not _MOVED_TO.search(before)


def _dateline_city(working: WorkingText, match: re.Match[str]) -> tuple[Place, str] | None:
    group = "filed_from" if match.groupdict().get("filed_from") else "city"
    city_text = match.group(group) or ""
    for size in range(len(city_text), 1, -1):
        place = find_place(city_text[-size:])
        if place is None and size <= 3:
            # '央广网昭苏7月11日消息': a county that is a city of its own (昭苏县, in an autonomous prefecture) by its
            # bare name, which a dateline writes alone
            county = find_place(city_text[-size:] + "县")
            place = county if county is not None and county.county_level else None
        if place is not None and place.kind == "city":
            return place, working.span(match.end(group) - size, match.end(group))
    return None


def _apply_stated_place(working: WorkingText, candidates: list[Candidate]) -> None:
    """'地点：杭州国际博览中心', '活动地点为…': the place an article states on its own places its first named
    meeting when that meeting's clause gave none (or only a dateline's)."""
    main = first_named_dated(candidates)
    if main is None or main.placed_by_its_text:
        return
    match = _STATED_PLACE.search(working.text)
    if match is None:
        return
    found = _place_in_slot(working, match.start("slot"), match.end("slot"))
    if found is not None and found.place.kind in ("city", "venue"):
        main.place = replace(found, cue="reference")


def _apply_main_venue(working: WorkingText, candidates: list[Candidate]) -> None:
    match = _MAIN_VENUE.search(working.text)
    if match is None:
        return
    found = _place_in_slot(working, match.start("slot"), match.end("slot"))
    main = first_named_dated(candidates)
    if found is not None and main is not None:
        main.place = found
