"""The city a meeting's own name implies although it does not write it.

Some meetings are held in the same city every time: the Canton Fair in
Guangzhou, 海峡论坛 in Xiamen, the Shangri-La Dialogue in Singapore
(data/series.tsv). Sessions of the national people's congress and political
consultative conference and the party congress meet in Beijing; a province's
meet in its capital (data/provincial_capitals.tsv); the State Council Information
Office's and the foreign ministry's press conferences are held in Beijing. A reader places such a
meeting without being told; the extractor does the same when the text gives no
place of its own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from feed.extract.gazetteer import Place, data_rows, find_place
from feed.text import to_simplified

_NOT_WORD = re.compile(r"[\W_]+")
_NUMBER = "[一二三四五六七八九十〇零百]+"
# what may follow a series' or a session's name in the name of the same meeting: its year, its opening
_SAME_MEETING_AFTER = (
    r"(?:\d{4}年?)?(?:开幕式|闭幕式|开幕典礼|开幕会|闭幕会|预备会议|全体会议|大会|论坛大会|"
    r"openingceremony|closingceremony|\d{4})?$"
)
_NATIONAL_SESSION = re.compile(
    rf"(?:(?:全国人大|全国人民代表大会|全国政协|中国人民政治协商会议第{_NUMBER}届全国委员会)(?:常委会|常务委员会)?"
    rf"(?:第?{_NUMBER}届)?(?:第?{_NUMBER}次|(?<=人大|政协|委会)|(?<=委员会))(?:全体)?会议"
    rf"|中国共产党第{_NUMBER}次全国代表大会|中共中央政治局(?:常委会)?会议|中央经济工作会议){_SAME_MEETING_AFTER}"
)
_PROVINCIAL_BODY = re.compile(
    rf"(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)?(?:第?{_NUMBER}届)?"
    rf"(?:人大|人民代表大会|政协|政治协商会议|委员会)(?:常委会|常务委员会)?.{{0,12}}?第?{_NUMBER}次(?:全体)?会议"
    rf"{_SAME_MEETING_AFTER}|(?:省|自治区|壮族自治区|回族自治区|维吾尔自治区)?第{_NUMBER}次代表大会{_SAME_MEETING_AFTER}"
)
_PARTY = re.compile("^(?:中国共产党|中共)")  # the party congress of a province
# the State Council Information Office's and the foreign ministry's press conferences are held in Beijing,
# whichever province a 专场 is about
_NATIONAL_OFFICES = "国务院新闻办公室|国务院新闻办|国新办|中共中央宣传部|中宣部|外交部"
_TAIWANS_TOO = "外交部"  # reported from Taiwan, the foreign ministry is Taiwan's own, in Taipei
_BRIEFINGS = "新闻发布会|记者会|吹风会|发布会"


def _national_briefing(offices: str) -> re.Pattern[str]:
    return re.compile(
        rf"^(?:{offices})\w{{0,40}}?(?:{_BRIEFINGS})"
        r"|^(?:scio|thestatecouncilinformationoffice|statecouncilinformationoffice)\w{0,40}?(?:pressconference|briefing)"
    )


def _national_host(offices: str) -> re.Pattern[str]:
    """'国务院新闻办公室3日举行…新闻发布会': the office holds it, in the sentence that reports it."""
    return re.compile(rf"(?:^|[,，。;；])(?:{offices})[^,，。;；]{{0,16}}?(?:举行|召开)")


_MAINLAND_OFFICES = _NATIONAL_OFFICES.replace("|" + _TAIWANS_TOO, "")
_NATIONAL_BRIEFING = {False: _national_briefing(_NATIONAL_OFFICES), True: _national_briefing(_MAINLAND_OFFICES)}
_NATIONAL_HOST = {False: _national_host(_NATIONAL_OFFICES), True: _national_host(_MAINLAND_OFFICES)}
_BRIEFING = re.compile(rf"(?:{_BRIEFINGS})$")


def series_city(name: str, sentence: str | None = None, from_taiwan: bool = False) -> Place | None:
    """The city where the meeting called `name` (reported in `sentence`, from Taiwan or not) is always held,
    or None."""
    key = _comparable(name)
    if sentence and _BRIEFING.search(key) and _NATIONAL_HOST[from_taiwan].search(to_simplified(sentence)):
        return find_place("北京")
    cities, pattern, edition_head = _series()
    # the meeting is the series ('第137届广交会开幕式'), not one about it ('广交会参展企业座谈会')
    found = pattern.search(key) or edition_head.match(key)
    if found is not None:
        return find_place(cities[found.group("series")])
    if _NATIONAL_SESSION.search(key) or _NATIONAL_BRIEFING[from_taiwan].search(key):
        return find_place("北京")
    body = _PARTY.sub("", key)
    for region, capital in _provincial_capitals().items():
        # the province's own body ('浙江省政协十三届五次会议'), not a city's in it ('湖南省株洲市政协…'); not its
        # government press office's briefing, which labellers leave in the province (7 of 10 such labels)
        if body.startswith(region) and _PROVINCIAL_BODY.match(body, len(region)):
            return find_place(capital)
    return None


def provincial_capital(region: str) -> Place | None:
    """The capital of a mainland province or autonomous region ('河北' -> 石家庄), or None."""
    capital = _provincial_capitals().get(region)
    return find_place(capital) if capital is not None else None


def _comparable(name: str) -> str:
    """Simplified script, lower case, no punctuation or spaces."""
    return _NOT_WORD.sub("", to_simplified(name)).lower()


@lru_cache(maxsize=1)
def _series() -> tuple[dict[str, str], re.Pattern[str], re.Pattern[str]]:
    """Each series' names (comparable) and their city; a pattern that finds any of them ending a name (or
    opening a joint one: '…丝绸之路国际博览会暨第21届…洽谈会'); and one that finds an edition of one heading the
    name of a meeting held during it ('第23届哈洽会…签约暨新闻发布会')."""
    cities: dict[str, str] = {}
    for row in data_rows("series.tsv"):
        for name in [row["name"], *row["aliases"].split("|")]:
            if name:
                cities[_comparable(name)] = row["city"]
    names = "|".join(re.escape(name) for name in sorted(cities, key=len, reverse=True))
    return (
        cities,
        re.compile(f"(?P<series>{names})(?:暨.+$|{_SAME_MEETING_AFTER})"),
        re.compile(rf"(?:\d{{4}}年?)?第(?:\d+|{_NUMBER})届(?P<series>{names})"),
    )


@lru_cache(maxsize=1)
def _provincial_capitals() -> dict[str, str]:
    return {row["region"]: row["capital"] for row in data_rows("provincial_capitals.tsv")}
