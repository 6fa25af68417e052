"""Meetings in Chinese text (either script), read from the Simplified working copy.

A meeting is a name ending in a meeting word (论坛, 博览会, 新闻发布会, 开幕式…)
with a day-precise date in the same clause. The name's left edge is found by
walking back to punctuation or a function word; the place is the gazetteer match
in the clause's '在…' phrase, else the city of a '…电' dateline.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from feed.extract.candidate import Candidate, PlaceMention
from feed.extract.dates import DateMention, resolve_mention
from feed.extract.places import ABBREVIATIONS, Place, find_place, places_in
from feed.extract.working import NUMERAL_CHARS, WorkingText, chinese_number
from feed.extract.zh_dates import find_dates

KINDS = (
    "新闻发布会|新闻发表会|发布会|记者会|吹风会|说明会|通气会|座谈会|研讨会|讨论会|恳谈会|"
    "高峰论坛|论坛|峰会|博览会|交易会|洽谈会|推介会|对接会|招商会|博览交易会|"
    "年会|大会|会议|展览会|展销会|展会|书展|车展|电玩展|漫展|机床展|"
    "开幕式|闭幕式|开幕典礼|开幕仪式|开馆仪式|典礼|仪式|旅游节|"
    r"[\u4e00-\u9fff]{1,2}(?:博会|交会|洽会|贸会)"
)
_KIND = re.compile(f"(?:{KINDS})")
# A meeting word that only refers back to the article's main meeting.
_REFERENCE = re.compile(
    r"^(?:本届|本次|此次|这次|该|今年|今年的|首场|这场|上述)?"
    r"(?:论坛|峰会|年会|大会|会议|博览会|展会|活动|盛会)$"
)
# Parts of the main meeting that are events of their own when they fall on another day.
_SUB_EVENT = re.compile(
    r"^(?:本届|本次|此次|该|论坛|年会|大会)?"
    r"(?:论坛大会|论坛年会开幕式|开幕式|闭幕式|开幕典礼|开幕仪式|开馆仪式|签约仪式|新闻发布会|"
    r"发布会|记者会|吹风会|会前新闻发布会)$"
)
_NOT_MEETINGS = re.compile(r"(?:网络|网路|网上|在线|线上|社区)论坛$|委员会议$|常务会议$")
_STOP_CHARS = set(",。;:!?、\n\t ()[]|/…—-–·")
_LEFT_BOUNDARIES = (
    "在", "于", "的", "了", "将", "由", "出席", "参加", "举办", "举行", "召开", "主办", "承办",
    "开幕", "闭幕", "主持", "宣布", "表示", "介绍", "指出", "迎来", "讯", "电", "是", "为",
    "就", "对", "向", "从", "届时", "据悉", "获悉", "记者", "报道", "今天", "今日", "昨天",
    "昨日", "明天", "日前", "近日", "当天", "当日", "其中", "以及", "包括", "还有", "一年一度",
)
_LEADING_NOISE = re.compile(
    r"^(?:本届|本次|此次|这次|该|今年的?|昨天|昨日|今天|今日|明天|日前|近日|当天|当日|当晚|"
    rf"[{NUMERAL_CHARS}]{{1,2}}日(?:上午|下午|晚上?)?)+"
)
_EVENT_VERBS = re.compile(
    r"举行|召开|开幕|举办|闭幕|落幕|启幕|登场|揭幕|开展|开馆|拉开帷幕|落下帷幕|召集|展开|"
    r"停办|取消|延期|推迟|延迟|暂缓|改期|延后|开跑|亮相"
)
_CLOSING = re.compile(r"闭幕|落幕|落下帷幕|结束|圆满收官")
_FUTURE = re.compile(
    r"将于|将在|将会|将举行|将举办|将召开|将开幕|将登场|将迎来|将通过|将在|定于|订于|拟于|即将|预定|"
    r"计划于|届时|将|预计"
)
_CANCELLED = re.compile(r"取消|停办|喊卡|叫停|不再举办|宣布停")
_POSTPONED = re.compile(r"延期|推迟|延迟|暂缓|改期|延后|延到|延至|展延")
_DURATION = re.compile(
    rf"(?:为期|一连|连续|历时|会期)(?P<n>[{NUMERAL_CHARS}]{{1,2}})(?:天|日)"
)
_DATELINE = re.compile(
    r"(?:社|网|台|报|新闻)(?:记者[^)\s]{0,12})?(?P<city>[\u4e00-\u9fff]{2,4}?)(?:/[\u4e00-\u9fff]{2,4})?"
    rf"(?:(?P<m>[{NUMERAL_CHARS}]{{1,2}})月)?(?P<d>[{NUMERAL_CHARS}]{{1,2}})日电"
)
_SLOT = re.compile(r"(?:在|于|赴|落户|设在|移师|改在|转至)(?P<slot>[^,。;:!?\n]{1,24})")
_MAIN_VENUE = re.compile(r"主会场(?:设在|位于|在)(?P<slot>[^,。;:!?\n]{1,20})")


def chinese_candidates(working: WorkingText, reference: date | None) -> list[Candidate]:
    text = working.text
    dateline_city, dateline_date = _dateline(text, reference)
    reference = dateline_date or reference
    if reference is None:
        return []
    candidates: list[Candidate] = []
    mentions = find_dates(text)
    previous_day: date | None = None
    for sentence_start, sentence_end in _sentences(text):
        sentence = text[sentence_start:sentence_end]
        names = list(_names(working, sentence_start, sentence_end))
        sentence_dates = [m for m in mentions if sentence_start <= m.begin < sentence_end]
        for index, (begin, end, name, key) in enumerate(names):
            clause_start = names[index - 1][1] if index else sentence_start
            clause_end = names[index + 1][0] if index + 1 < len(names) else sentence_end
            clause = text[clause_start:clause_end]
            candidate = Candidate(name=name, key=key, position=begin)
            candidate.generic = bool(_REFERENCE.match(key))
            sub = _SUB_EVENT.match(key)
            candidate.sub_event = sub.group(0) if sub else None
            candidate.future = bool(_FUTURE.search(clause))
            candidate.has_event_verb = bool(_EVENT_VERBS.search(clause))
            candidate.closing = bool(_CLOSING.search(text[end:clause_end]))
            duration = _DURATION.search(sentence)
            if duration:
                candidate.duration_days = (
                    chinese_number(duration.group("n")) if duration.group("n") else 7
                )
            if _CANCELLED.search(clause):
                candidate.status = "cancelled"
            elif _POSTPONED.search(clause):
                candidate.status = "postponed"
            mention = _nearest(sentence_dates, begin, end, clause_start, clause_end)
            if mention is not None:
                mention.future = candidate.future
                if "same_day" in mention.flags and previous_day is not None:
                    resolved: tuple[date, date | None] | None = (previous_day, None)
                else:
                    resolved = resolve_mention(mention, reference)
                if resolved is not None:
                    candidate.start, candidate.end = resolved
                    candidate.start_time = mention.start_time
            candidate.place = _place(working, clause_start, clause_end, begin, end)
            if candidate.place is None and dateline_city is not None and candidate.start:
                candidate.place = PlaceMention(dateline_city[0], dateline_city[1])
            candidates.append(candidate)
        for mention in sentence_dates:
            resolved = resolve_mention(mention, reference)
            if resolved is not None and "same_day" not in mention.flags:
                previous_day = resolved[0]
    _apply_main_venue(working, candidates)
    return candidates


def _sentences(text: str) -> list[tuple[int, int]]:
    spans = []
    start = 0
    for match in re.finditer(r"[。!?;\n]+", text):
        if match.start() > start:
            spans.append((start, match.start()))
        start = match.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _names(working: WorkingText, start: int, end: int):
    text = working.text
    for match in _KIND.finditer(text, start, end):
        if match.end() < end and text[match.end()] in "中馆区位场址期览":
            continue
        left = _left_edge(text, match.start(), start)
        raw = text[left : match.end()]
        stripped = _LEADING_NOISE.sub("", raw)
        left += len(raw) - len(stripped)
        name = working.span(left, match.end())
        key = _strip_quotes(stripped)
        if not key or _NOT_MEETINGS.search(key) or len(key) < 2:
            continue
        yield left, match.end(), _strip_quotes(name), key


def _left_edge(text: str, kind_start: int, floor: int) -> int:
    position = kind_start
    depth = 0
    while position > floor and kind_start - position < 40:
        char = text[position - 1]
        if char in "”」』》\"":
            depth += 1
        elif char in "“「『《":
            depth -= 1
            if depth < 0:
                break
        elif depth == 0:
            if char in _STOP_CHARS and not (char == "(" and ")" in text[position:kind_start]):
                if char != "(" and char != "-":
                    break
                if char == "-":
                    break
            if any(text.endswith(word, floor, position) for word in _LEFT_BOUNDARIES):
                break
        position -= 1
    return position


def _strip_quotes(name: str) -> str:
    name = name.strip()
    pairs = {"“": "”", "「": "」", "『": "』", "《": "》", '"': '"'}
    if len(name) > 2 and name[0] in pairs and name.endswith(pairs[name[0]]):
        inner = name[1:-1]
        if not any(q in inner for q in pairs):
            return inner
    if name and name[0] in pairs and pairs[name[0]] in name and not name.endswith(pairs[name[0]]):
        return name
    return name.lstrip("“「『《\"")


def _nearest(
    mentions: list[DateMention], begin: int, end: int, clause_start: int, clause_end: int
) -> DateMention | None:
    inside = [m for m in mentions if clause_start <= m.begin < clause_end]
    pool = inside or [m for m in mentions if m.begin < begin]
    if not pool:
        return None
    return min(pool, key=lambda m: (m.begin - end) if m.begin >= end else (begin - m.finish) * 2)


def _place(working: WorkingText, start: int, end: int, name_begin: int, name_end: int):
    text = working.text
    for match in _SLOT.finditer(text, start, end):
        slot_begin = match.start("slot")
        found = _place_in_slot(working, slot_begin, match.end("slot"))
        if found is not None:
            return found
    inside_name = places_in(text[name_begin:name_end])
    for a, b, place in inside_name:
        if place.kind == "city" and place.country == "中国" or place.kind == "city":
            return PlaceMention(place, working.span(name_begin + a, name_begin + b))
    return None


def _place_in_slot(working: WorkingText, begin: int, end: int) -> PlaceMention | None:
    slot = working.text[begin:end]
    for abbreviation, full in ABBREVIATIONS.items():
        if slot.startswith(abbreviation) and (
            len(slot) == len(abbreviation) or slot[len(abbreviation)] in "举召开闭主期间会隆成"
        ):
            place = find_place(full)
            if place is not None:
                return PlaceMention(place, full)
    found = places_in(slot)
    if not found:
        return None
    found = [f for f in found if f[0] <= 12]
    if not found:
        return None
    venue_match = next(((a, b, p) for a, b, p in found if p.kind == "venue"), None)
    city_match = next(((a, b, p) for a, b, p in found if p.kind in ("city", "district")), None)
    venue_text = _venue_text(working, begin, end, found)
    if city_match is not None:
        a, b, place = city_match
        surface = working.span(begin + a, begin + b)
        if place.kind == "district":
            parent = place.city_place
            if parent is None:
                return None
            return PlaceMention(parent, _script_like(surface, parent.name), venue_text)
        return PlaceMention(place, _trim_city(surface), venue_text)
    if venue_match is not None:
        a, b, place = venue_match
        city = place.city_place
        surface = working.span(begin + a, begin + b)
        if city is not None and place.name.startswith(city.name):
            return PlaceMention(city, surface[: len(city.name)], surface)
        return PlaceMention(place, "", surface)
    a, b, place = found[0]
    surface = working.span(begin + a, begin + b)
    if place.kind == "region":
        return PlaceMention(place, _trim_region(surface), venue_text)
    return PlaceMention(place, "", venue_text)


def _venue_text(working: WorkingText, begin: int, end: int, found) -> str | None:
    slot = working.text[begin:end]
    verb = re.search(r"举行|召开|开幕|举办|隆重|盛装|启幕|登场|揭幕|进行|拉开|落幕|闭幕", slot)
    stop = verb.start() if verb else len(slot)
    last_place_end = max((b for a, b, p in found if p.kind != "venue" and b <= stop), default=0)
    venue = slot[last_place_end:stop].strip()
    venue_matches = [(a, b) for a, b, p in found if p.kind == "venue" and b <= stop]
    if venue_matches:
        a, b = venue_matches[0]
        return working.span(begin + a, begin + max(b, stop if stop - b < 8 else b)).strip()
    if len(venue) >= 3 and re.search(r"馆|中心|酒店|宾馆|会堂|大厦|园|厅|广场|大学|学院|站|楼", venue):
        return working.span(begin + last_place_end, begin + stop).strip()
    return None


def _trim_city(surface: str) -> str:
    return surface[:-1] if len(surface) > 2 and surface[-1] in "市巿" else surface


def _trim_region(surface: str) -> str:
    for suffix in ("维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "特别行政区", "省"):
        if surface.endswith(suffix) and len(surface) > len(suffix) + 1:
            return surface.removesuffix(suffix)
    return surface


def _script_like(surface: str, simplified: str) -> str:
    return simplified if surface == simplified else simplified


def _dateline(text: str, reference: date | None) -> tuple[tuple[Place, str] | None, date | None]:
    match = _DATELINE.search(text[:300])
    if match is None:
        return None, None
    city_text = match.group("city")
    place = None
    surface = city_text
    for size in range(len(city_text), 1, -1):
        place = find_place(city_text[-size:])
        if place is not None and place.kind == "city":
            surface = city_text[-size:]
            break
        place = None
    day = chinese_number(match.group("d"))
    month = chinese_number(match.group("m")) if match.group("m") else None
    when = None
    if reference is not None and day:
        mention = DateMention(0, 0, (None, month, day))
        resolved = resolve_mention(mention, reference)
        if resolved and abs((resolved[0] - reference).days) <= 3:
            when = resolved[0]
    return ((place, surface) if place else None), when


def _apply_main_venue(working: WorkingText, candidates: list[Candidate]) -> None:
    match = _MAIN_VENUE.search(working.text)
    if match is None:
        return
    found = _place_in_slot(working, match.start("slot"), match.end("slot"))
    if found is None:
        return
    for candidate in candidates:
        if candidate.start is not None and not candidate.sub_event:
            candidate.place = found
            break


def days_between(first: date, second: date) -> int:
    return (second - first).days


__all__ = ["chinese_candidates", "days_between", "timedelta"]
