"""A first rule-based meeting extractor.

It reads a Simplified working copy of the text (so one set of patterns covers
both scripts) and copies names back from the original. It knows the commonest
news pattern, '<date>，<meeting>在<place>举行', the '由…主办，…承办' organiser
sentence, and the English 'the <meeting> was held in <place> on <date>'.
"""

from __future__ import annotations

import re
from datetime import date

from feed.extract.places import find_place, place_in
from feed.model import ArticleDoc, Meeting, Organiser
from feed.text import to_simplified, to_traditional

_KINDS = (
    "座谈会|研讨会|论坛|峰会|博览会|交易会|洽谈会|推介会|对接会|发布会|年会|大会|会议|"
    "展览会|展会|开幕式|典礼|仪式|会"
)
_ZH_MEETING = re.compile(
    r"(?P<month>\d{1,2})月(?P<day>\d{1,2})日(?:[上下]午|晚)?[，,、\s]*"
    r"(?P<name>[^，,。；;：:“”\s]{2,60}?(?:" + _KINDS + r"))"
    r"(?:[^，,。；;]{0,4}?)在(?P<place>[^，,。；;]{2,20}?)(?:隆重)?(?:举行|召开|开幕|举办|启幕)"
)
_ZH_HOSTS = re.compile(r"由(?P<hosts>[^。；;]{2,120}?)(?:共同|联合)?主办")
_ZH_UNDERTAKERS = re.compile(r"[，,](?P<who>[^，,。；;]{2,80}?)承办")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
)
_EN_MEETING = re.compile(
    r"(?:the\s+)?(?P<name>(?:[A-Z0-9][\w'’&-]*\s+){1,12}?(?:Forum|Conference|Summit|Expo|Meeting|"
    r"Symposium|Fair|Congress|Dialogue|Ceremony))"
    r"\s+(?:was|is|will be)\s+(?:held|opened|convened)\s+in\s+(?P<place>[A-Z][\w ]{1,30}?)\s+on\s+"
    r"(?:\w+day,?\s+)?(?P<month>" + _MONTHS + r")\s+(?P<day>\d{1,2})",
    re.I,
)


def extract_meetings(doc: ArticleDoc) -> list[Meeting]:
    if doc.language == "en":
        return _english(doc)
    return _chinese(doc)


def _chinese(doc: ArticleDoc) -> list[Meeting]:
    original = doc.text
    working = to_simplified(original)
    same_length = len(working) == len(original)
    meetings: dict[str, Meeting] = {}
    for match in _ZH_MEETING.finditer(working):
        start = _dated(doc, int(match.group("month")), int(match.group("day")))
        if start is None:
            continue
        name = original[slice(*match.span("name"))] if same_length else match.group("name")
        key = to_simplified(name)
        if key in meetings:
            continue
        meeting = Meeting(name=name, start=start, confidence=0.6)
        place = original[slice(*match.span("place"))] if same_length else match.group("place")
        _place(meeting, place, doc.language)
        meeting.organisers = _organisers(original, working, same_length)
        meeting.status = _status(doc, start)
        meetings[key] = meeting
    return list(meetings.values())


def _english(doc: ArticleDoc) -> list[Meeting]:
    meetings: list[Meeting] = []
    for match in _EN_MEETING.finditer(doc.text):
        month = _MONTHS.split("|").index(match.group("month").lower()) + 1
        start = _dated(doc, month, int(match.group("day")))
        if start is None:
            continue
        name = " ".join(match.group("name").split())
        if any(m.name == name for m in meetings):
            continue
        meeting = Meeting(name=name, start=start, confidence=0.5, status=_status(doc, start))
        _place(meeting, match.group("place"), doc.language)
        meetings.append(meeting)
    return meetings


def _dated(doc: ArticleDoc, month: int, day: int) -> date | None:
    year = doc.published.year if doc.published else None
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _status(doc: ArticleDoc, start: date) -> str:
    return "scheduled" if doc.published and start > doc.published.date() else "held"


def _place(meeting: Meeting, text: str, language: str | None) -> None:
    place = find_place(text) or place_in(text)
    if place is None:
        meeting.venue = text.strip()
        return
    if language == "en":
        meeting.city, meeting.region, meeting.country = place.city_en, place.region, place.country
    else:
        script = to_traditional if language == "zh-Hant" else str
        meeting.city, meeting.region = script(place.city), script(place.region)
        meeting.country = script(place.country)
    meeting.city_en = place.city_en
    meeting.latitude, meeting.longitude = place.latitude, place.longitude
    meeting.confidence += 0.2


def _organisers(original: str, working: str, same_length: bool) -> list[Organiser]:
    def span(match: re.Match[str], group: str) -> str:
        return original[slice(*match.span(group))] if same_length else match.group(group)

    found: list[Organiser] = []
    hosts = _ZH_HOSTS.search(working)
    if hosts:
        role = original[hosts.end() - 2 : hosts.end()] if same_length else "主办"
        found.append(Organiser(span(hosts, "hosts").strip(), role))
        undertakers = _ZH_UNDERTAKERS.match(working, hosts.end())
        if undertakers:
            role = original[undertakers.end() - 2 : undertakers.end()] if same_length else "承办"
            found.append(Organiser(span(undertakers, "who").strip(), role))
    return found
