"""Words in a meeting's own sentence that leave its day in doubt: it will not be held then ('will not be held',
'不在南京举行'), it is held only if something happens ('If approved', '如获批准'), whether it is held is open
('whether', '是否…举行'), the day is rumoured, denied, tentative, aimed at or bid for ('网传', '消息不实', '暂定',
'力争', '申办'), it did not hold ('was to have opened', '本应于'), it is held over the internet or on air only
('will be held online', '在线上举办', '电视台…将直播'), the day is the one it was moved from ('由5月22日调整为
5月29日'), or the name only says whose another thing is ('the Example Summit protesters', '…开幕一周年纪念活动').
Such a meeting is listed, never published (confidence.meeting_confidence's `uncertain`): a confidently wrong
calendar entry is worse than none.

Every pattern here is run on one sentence (a short window), and each starts with a literal or a character class.
"""

from __future__ import annotations

import re

from feed.extract.candidate import Candidate
from feed.text import to_simplified

# 'will not be held', 'would not hold its', "won't take place", 'will no longer take place', 'may not go ahead'
_EN_NOT_HELD = re.compile(
    r"\b(?:(?:will|would|shall|may|might|could|can|does|do|did|is|are)\s+(?:not|no\s+longer|never)"
    r"|won['’]t|wouldn['’]t|can['’]t|cannot|isn['’]t|aren['’]t)\s+"
    r"(?:\w+\s+){0,2}?(?:be\s+(?:held|staged|hosted|organi[sz]ed)|take\s+place|go\s+ahead|open|hold|happen|start|begin)\b",
    re.I,
)
# 'would have opened', 'was to have been held': a day that did not hold
_EN_COUNTERFACTUAL = re.compile(
    r"\b(?:(?:would|should|could|might)\s+have|(?:was|were)\s+to\s+have)\s+(?:been\s+)?"
    r"(?:opened|held|hosted|staged|started|begun|taken\s+place|run|gone\s+ahead)\b",
    re.I,
)
_EN_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but|while|whereas)\s+")
# 'which was not held last year': the past, not this meeting's day
_EN_PAST_AFTER = re.compile(r"[^.;]{0,30}?\b(?:last\s+year|in\s+(?:19|20)\d\d|since|before|ago)\b", re.I)
# 'No decision has been made on whether …', '… remains unclear', 'has not decided whether'
_EN_OPEN_QUESTION = re.compile(
    r"\bwhether\b|\b(?:remains?|is|was)\s+(?:unclear|uncertain|undecided|in\s+doubt)\b|\byet\s+to\s+be\s+(?:decided|confirmed)"
    r"|\b(?:unlikely|doubtful)\s+to\b|\bpending\s+(?:\w+\s+)?(?:approval|funding|permission|clearance)\b",
    re.I,
)
# 'If approved by the council, …', 'Unless the strike ends, …', 'Pending funding, …'
_EN_CONDITION = re.compile(
    r"(?:If(?!\s+you\b)|Unless|Pending|Provided|Should)\b|[^.;]*?,\s+(?:if|unless)\s+(?:approved|permitted|allowed|enough|funding)\b"
)
# 'will be held online', 'hosted virtually', 'as a virtual event', 'livestreamed', 'a webinar'
_EN_ONLINE = re.compile(
    r"\b(?:(?:held|hosted|staged|run|take\s+place|takes\s+place|convened?|opens?|opened|starts?|begins?|go|goes)\s+"
    r"(?:(?:entirely|fully|wholly|only|purely|exclusively)\s+)?(?:online|virtually|on\s+the\s+internet)"
    r"|as\s+an?\s+(?:virtual|online)\s+\w+|live-?streamed|webcast)\b",
    re.I,
)
# '不在南京举行', '无法在5月26日如期开赛', '将不会于5月15日在杭州举行', '不再举行', '未能举行'
_ZH_NOT_HELD = re.compile(
    r"(?:不再|不会|不能|无法|未能|不)(?:[在于][^，。；,;]{0,14}?)?(?:如期|按期|照常|按时)?"
    r"(?:举行|举办|召开|开幕|开赛|登场|开展|进行)"
)
# '取消了5月16日在深圳的开幕仪式', '停办': called off before the day in its clause
_ZH_CALLED_OFF = re.compile(r"(?:取消|停办|喊停|叫停|暂停)")
# '如获批准，', '如果条件允许，', '若天气条件允许，', '待审批通过后', '目前正在报批', '仍在申请中'
_ZH_CONDITION = re.compile(
    r"(?:如获|如果|若(?!干)|倘若|假如)[^，。；,;]{0,12}?(?:批准|核准|通过|允许|许可|趋缓|好转|同意)"
    r"|[如若](?:审批|审查|审核|申请|报批)[^，。；,;]{0,6}?(?:顺利|通过|获批)"
    r"|待[^，。；,;]{0,6}?(?:审批|审查|审核|批准|核准)通过后|[正仍]在?(?:报批|申请中|审批中|审核中)"
)
# '在线上举办', '以视频方式召开', '云开幕活动', '在网上举行', '以网络直播形式', '在央视直播', '转播'
_ZH_ONLINE = re.compile(
    r"(?:线上|网上|网络上|网路上|云端|云上|视频方式|视讯方式|视频形式|视讯形式|直播形式|云开幕|网络平台)"
    r"|[在于][^，。；,;]{0,6}?(?:直播|转播|播出)|将(?:现场|全程)?(?:直播|转播|播出)"
)
# '由5月22日调整为5月29日', '由5月18日延后一周', '从5月14日推迟到': the day it is moved from
_ZH_MOVED_FROM = re.compile(r"[由从]$")
_ZH_MOVED_AFTER = re.compile(r"(?:[起开]?[^，。；,;]{0,3}?)(?:调整|改|延|推迟|推延|往后|提前)")
_ZH_CLAUSE = re.compile(r"[，。；,;！？]")
# '针对外界对中国举办进口博览会的质疑,商务部副部长3日在上海回应称…': the day after the name is the day someone spoke of
# the meeting, not its own (read with .match right after that day)
_ZH_SPOKE_THAT_DAY = re.compile(
    r"(?:上午|下午|晚间|晚上)?(?:在[^，。；,;]{1,12}?)?(?:回应|表示|指出|透露|强调|坦言|证实|回答|答记者问|接受[^，。；,;]{0,8}?采访)"
)
# '…举行的消息不实', '网传…，组委会回应称系谣言', '尚在研究中', '力争5月21日开幕', '是否5月21日举行',
# '此前曾计划5月21日举行': a day rumoured, denied, weighed, aimed at or once planned
_ZH_DOUBT = re.compile(
    r"(?:不实|谣言|网传|传言|传闻|[尚仍正]在研究|[尚仍]未确定|[尚仍]不确定|待定|力争|力求|力拚|力拼|争取(?!到))"
    r"|[是能]否[^，。；,;]{0,16}?(?:举行|举办|召开|开幕|开展)"
    r"|(?:本应|本该|理应|原应|搁浅|生变|告吹|泡汤|落空|叫停|喊停)"  # '本应于6月3日开幕', '…开幕的计划已搁浅'
    r"|(?:初定|暂定|初步定|初步计划|申办|争办|竞办)"  # '暂定5月21日举行', '申办…，举办时间初定5月21日'
    r"|(?:曾|此前|之前|先前|早前)[^，。；,;]{0,4}?(?:计划|打算|拟|定于|预计)"
)
_ZH_RUMOUR = re.compile(r"^(?:网传|传言|传闻)")
# '举行第五届示例论坛开幕一周年纪念活动': the anniversary of the meeting, not the meeting
_ZH_ANNIVERSARY = re.compile(r"(?:开幕|举办|召开|成立|创办|创立)?[\d一二三四五六七八九十百两]*周年")
# 'The trial of the Example Summit protesters opens …': the name says whose, another thing is what opens
_EN_ATTRIBUTIVE = re.compile(
    r"['’]?s?\s+(?:protesters|organi[sz]ers|delegates|officials|volunteers|staff|tickets?|trial|case|site|venue|hotel"
    r"|grounds|secretariat|website|app|logo|mascot|budget|contract|bid|report|plan|anniversary|shortlist)\b",
    re.I,
)


def hedged(candidate: Candidate, language: str | None) -> bool:
    """The meeting's own sentence leaves its day in doubt (see the module's docstring)."""
    sentence = candidate.sentence
    if not sentence or candidate.status in ("cancelled", "postponed"):
        return False
    if language == "en":
        return _english_hedged(candidate, sentence)
    return _chinese_hedged(candidate, to_simplified(sentence))


def _english_hedged(candidate: Candidate, sentence: str) -> bool:
    # 'The X Congress opened on Friday; it was unlikely to be held at all a month ago': the clause of its name
    at = sentence.find(candidate.name)
    if at >= 0:
        sentence = sentence[sentence.rfind(";", 0, at) + 1 : (sentence.find(";", at) + 1 or len(sentence) + 1) - 1]
        at = sentence.find(candidate.name)
    # '… opens in Accra on June 3, and ministers will discuss whether …', '… and will not open its doors to the
    # public': what the sentence goes on to say past its name and its day is another clause's
    phrase = candidate.date_phrase or ""
    day = sentence.find(phrase) if phrase else -1
    anchor = max(at + len(candidate.name) if at >= 0 else 0, day + len(phrase) if day >= 0 else 0)
    if (after := _EN_NEXT_CLAUSE.search(sentence, anchor)) is not None:
        sentence = sentence[: after.start()]
    if at >= 0 and _EN_ATTRIBUTIVE.match(sentence, at + len(candidate.name)):
        return True
    for match in _EN_NOT_HELD.finditer(sentence):
        if not _EN_PAST_AFTER.match(sentence, match.end()):
            return True
    if _EN_OPEN_QUESTION.search(sentence) or _EN_CONDITION.match(sentence) or _EN_COUNTERFACTUAL.search(sentence):
        return True
    return _EN_ONLINE.search(sentence) is not None and (candidate.place is None or candidate.place.weak)


def _chinese_hedged(candidate: Candidate, sentence: str) -> bool:
    simplified_name = to_simplified(candidate.name)
    named = sentence.find(simplified_name)
    phrase = to_simplified(candidate.date_phrase or "")
    at = sentence.find(phrase) if phrase else -1
    if at < 0:
        at = max(0, named)
    start = max((m.end() for m in _ZH_CLAUSE.finditer(sentence, 0, at)), default=0)
    stop = _ZH_CLAUSE.search(sentence, at)
    end = stop.start() if stop else len(sentence)
    clause = sentence[start:end]
    if _ZH_NOT_HELD.search(clause) or _ZH_CALLED_OFF.search(sentence, start, at):
        return True
    if named >= 0 and _spoken_of_that_day(sentence, named + len(candidate.name), phrase):
        return True
    # '第五届示例论坛申办工作推进会5月8日召开': the name's own words are no doubt of its day (but '网传…' is)
    own = _ZH_RUMOUR.sub("", simplified_name)
    if _ZH_CONDITION.search(sentence) or _ZH_DOUBT.search(clause.replace(own, "") if own else clause):
        return True
    if named >= 0 and _ZH_ANNIVERSARY.match(sentence, named + len(candidate.name)):
        return True
    if (
        phrase
        and _ZH_MOVED_FROM.search(sentence, max(0, at - 1), at)
        and _ZH_MOVED_AFTER.match(sentence, at + len(phrase))
    ):
        return True
    return (
        _ZH_ONLINE.search(clause) is not None
        and "线下" not in clause  # '线上线下同步举办': held in a place too
        and (candidate.place is None or candidate.place.weak)
    )


def _spoken_of_that_day(sentence: str, after_name: int, phrase: str) -> bool:
    """The meeting's day is the first after its name (which ends at `after_name`), and someone speaks of it that day
    ('…举办进口博览会…的质疑,商务部副部长3日在上海回应称'): the day of what was said, not the meeting's own."""
    if not phrase:
        return False
    day = sentence.find(phrase, after_name)
    return day >= 0 and _ZH_SPOKE_THAT_DAY.match(sentence, day + len(phrase)) is not None
