"""How sure the extractor is of a meeting: per field, from the cue that gave it, and overall.

A meeting is published in calendars and event feeds only at or above the
operator's threshold (`FEED_MIN_CONFIDENCE`), so the overall figure answers one
question: is this a real meeting on this start date? It rests on how the day is
written (a date with its month beats 'today', which often dates the report
rather than the meeting; a dateline's day is the report's), on whether the
meeting is the article's main one, on whether the headline names it, and on
whether its other mentions agree on the day. The place only adds to what a
reader sees. The weights were set on the corpus's tune split
(bench/extraction.py --calibration), never on its sealed split.
"""

from __future__ import annotations

import re

from feed.extract.candidate import Candidate
from feed.extract.zh_meetings import PRESS_KIND, PRESS_SESSION_KEY
from feed.model import Evidence

# 'during': a day of its run ('在…博览会期间', 'during the X Fair on April 18'), not the day it began
# 'title': a day only the headline gives ('Example Forum to open on May 24')
_DATE_KINDS = {
    "explicit": 0.9,
    "day": 0.9,
    "weekday": 0.7,
    "relative": 0.7,
    "guessed": 0.7,
    "approximate": 0.7,  # '5月14日前后', '或将于5月14日'
    "during": 0.7,
    "title": 0.5,
    "dateline": 0.3,
}
_EARLIER_IN_SENTENCE = 0.2  # the date stands before another clause, not beside the name
_DAY_OF_THE_MEETING_BEFORE = 0.1  # '升旗儀式結束後,…國慶酒會': the day of the meeting it follows, no day of its own
_PLACE_CUES = {
    "clause": 0.9,
    "abbreviation": 0.9,
    "venue": 0.9,
    "name": 0.7,
    "series": 0.8,
    "reference": 0.8,
    "dateline": 0.5,
    "headline": 0.6,
    "outlet": 0.5,  # '市政协召开…' reported by a city's paper
    "own": 0.5,  # '我市…' beside '松原市委…': the city whose own bodies the report names
    "host": 0.6,  # '由宣城市人民政府主办的…'
    "main": 0.6,  # a side event held while the main meeting runs, in its place
    "sole": 0.5,  # the one city the text names
    "town": 0.7,  # a town the gazetteer lacks, beside its county or state ('in Kidwelly, Carmarthenshire')
}
_BOUNDED = re.compile(r"^[“「『《\"].+[”」』》\"]|[”」』》\"]\s*\S{0,6}$")
# '…论坛11日下午在福州落下帷幕': the day it closed, and no word of when it opened
_CLOSING_DAY_ONLY = 0.7
_SIDE_EVENT = 0.15
_NO_EVENT_VERB = 0.1  # no 'held', 'opened', '举行', '开幕' beside it
_NAMED_IN_HEADLINE = 0.05
# the article's main meeting, its own date written beside its name, and a verb that it was held or opened: as sure
# as one the headline names (set on recorded tune articles: bench/README.md, session of 2026-12-06 (twenty-seventh))
_DATED_MAIN = 0.05
_DESCRIBED_NAME = 0.6
# '开幕式', '主办机构开幕典礼', '新闻发布会': a part of a meeting, or a briefing, the text never names; a calendar entry
# under it tells a reader nothing (set on recorded tune articles: bench/README.md, twenty-eighth session)
_BARE_PART = re.compile(
    r"(?:主办机构|主办方|主办单位)?(?:开幕|闭幕|开馆|启动|颁奖|签约|揭牌|剪彩)(?:式|仪式|典礼)|"
    + PRESS_KIND
    # '开工典礼', '通车仪式', '首航仪式', '毕业典礼': any act's ceremony the text never names, whose it is unsaid;
    # so are two acts at one ceremony ('奠基和竣工仪式') and acts done together ('集中开工仪式')
    + r"|(?:集中)?[\u4e00-\u9fff]{2}(?:(?:和|暨|及|与)[\u4e00-\u9fff]{2})?(?:仪式|典礼)"
)
_NAME_WITHOUT_KIND = 0.8  # 'The X Biz will be held …': only the verb says it is a meeting
# '举办3大宴会之一的国庆公宴', '…三大宴会': how many meetings there are, counted, not what one is called (not '二十大',
# the twentieth congress, nor '第三届示例大会')
_COUNTED_MEETINGS = re.compile(
    r"(?<![第十\d两二三四五六七八九])[两二三四五六七八九2-9]大(?:宴会|会议|活动|论坛|展会|展览|赛事|庆典|盛会|峰会|节会|赛会)$"
)
# two mentions that agree on the day, of a meeting the headline names, make a reader sure of it; two that
# disagree make them check (set on the tune split: bench/README.md, session of 2026-12-04 (seventh))
_CORROBORATED = 0.15
_CONTRADICTED = 0.1
# which day a postponed meeting keeps (the old one, a new one) is often unclear: listed, never sure
_POSTPONED_CAP = 0.75
_UNCERTAIN_CAP = 0.7  # a meeting hoped for, proposed or weighed ('bidding to host', 'may be held')
# a day read back into digits that lost their 月 ('330日上午') is a guess at what the page meant, and a day given
# as near or likely ('5月14日前后', '或将于5月14日') one the page is unsure of: listed, never published however the
# headline agrees
_GUESSED_CAP = 0.85


def evidence_of(candidate: Candidate) -> dict[str, Evidence]:
    evidence = {"name": Evidence(candidate.name, _name_confidence(candidate), "name")}
    if candidate.date_phrase is not None:
        cue = candidate.date_cue or "explicit"
        kind, _, before = cue.partition("-")
        borrowed = _DAY_OF_THE_MEETING_BEFORE if before == "after" else _EARLIER_IN_SENTENCE if before else 0.0
        confidence = _DATE_KINDS.get(kind, 0.5) - borrowed
        if candidate.closing and candidate.end is None:
            confidence = min(confidence, _CLOSING_DAY_ONLY)
        evidence["date"] = Evidence(candidate.date_phrase, round(confidence, 2), cue)
    place = candidate.place
    if place is not None:
        phrase = place.venue or place.surface or place.place.name
        evidence["place"] = Evidence(phrase, _PLACE_CUES.get(place.cue, 0.5), place.cue)
    return evidence


def meeting_confidence(
    evidence: dict[str, Evidence],
    *,
    main: bool,
    in_headline: bool,
    event_verb: bool,
    postponed: bool = False,
    uncertain: bool = False,
    corroborated: bool = False,
    contradicted: bool = False,
) -> float:
    """Is this a real meeting on this start date? The weaker of name and date, then its standing in the article,
    then what its other mentions say of the day: `corroborated` when another sentence gives the same start,
    `contradicted` when another mention gives a day outside its run."""
    day = evidence["date"].confidence if "date" in evidence else 0.5
    confidence = min(evidence["name"].confidence, day)
    if not event_verb:
        confidence -= _NO_EVENT_VERB
    if not main:
        confidence -= _SIDE_EVENT
    if in_headline:
        confidence += _NAMED_IN_HEADLINE
    elif main and event_verb and "date" in evidence and evidence["date"].cue in ("explicit", "day"):
        confidence += _DATED_MAIN
    if contradicted:
        confidence -= _CONTRADICTED
    elif corroborated and in_headline and event_verb:
        confidence += _CORROBORATED
    cap = _POSTPONED_CAP if postponed else 0.95
    if uncertain:  # 'is bidding to host it on May 20', 'may be held on May 20': a day hoped for, never published
        cap = min(cap, _UNCERTAIN_CAP)
    if "date" in evidence and evidence["date"].cue.startswith(("guessed", "approximate")):
        cap = min(cap, _GUESSED_CAP)
    return round(max(0.0, min(confidence, cap)), 2)


def _name_confidence(candidate: Candidate) -> float:
    # a media session ('行政長官出席行政會議前會見傳媒') is named by who meets the press: listed, never published
    if (
        "described" in candidate.notes
        or _BARE_PART.fullmatch(candidate.key)
        or PRESS_SESSION_KEY.search(candidate.key)
        or _COUNTED_MEETINGS.search(candidate.key)
    ):
        return _DESCRIBED_NAME  # 'the four-party summit': what it is, not what it is called
    if "no kind" in candidate.notes:
        return _NAME_WITHOUT_KIND
    if _BOUNDED.search(candidate.name):
        return 0.9
    return 0.85
