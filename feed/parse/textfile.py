"""Article text files: the seed layout.

    line 1   headline
    line 2   date and metadata line, e.g. '2023-06-26 10:11:34來源:遼寧日報編輯:黃非責編:石麗敏'
             (may be empty)
    then     body paragraphs, optionally a '原標題:' line first and a reporters' byline last;
             the publisher's notices after the body are dropped (feed/parse/boilerplate.py).

No library reads this layout, so it is parsed here.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import TypedDict

from feed.errors import ParseError
from feed.model import ArticleDoc
from feed.parse.boilerplate import without_boilerplate
from feed.parse.dates import find_datetime
from feed.text import clean_text, detect_language

_LABELS = {
    "outlet": ("來源", "来源", "Source", "source"),
    "editor": ("編輯", "编辑", "責編", "责编", "責任編輯", "责任编辑", "Editor", "editor"),
    "author": ("作者", "記者", "记者", "Author", "By"),
    "time": ("發布時間", "发布时间", "發佈時間", "時間", "时间", "Published", "Date"),
}
_LABEL = re.compile(
    r"(?P<label>"
    + "|".join(sorted((re.escape(x) for xs in _LABELS.values() for x in xs), key=len, reverse=True))
    + r")\s*[:：]\s*"
)
_ORIGINAL_TITLE = re.compile(r"^\s*(?:原標題|原标题)\s*[:：]\s*(?P<title>.+)$")
# 'November 05, 2012 10:07 am | Updated 10:08 am IST - HYDERABAD:': the report's dateline ends its date line
_TRAILING_DATELINE = re.compile(r"\s[-–—]\s*(?P<dateline>[A-Z][A-Z .'’-]{1,30}[A-Z]:)$")
# 'April 28, 2024 05:42 pm | Updated 05:42 pm IST - Kathmandu': the same after the clock, its city in title case
_TRAILING_CITY = re.compile(
    r"(?:\d:\d\d\s*(?:[ap]\.?m\.?)?|\b(?:AM|PM|IST|GMT|UTC|[A-Z]{2}T))\s[-–—]\s*(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)$"
)
# the outlet ('示例報╱') before the reporter, and the reporter and the city the report is filed from
# ('記者王小明╱台中報導')
_OUTLET = r"[^\s【】／/╱∕]{1,12}[／/╱∕]"
_REPORTER_FROM = r"(?:記者|记者)[^\s【】／/╱∕]{1,12}[／/╱∕]\s*[\u4e00-\u9fff]{2,8}(?:報導|報道|报道)"
# '2025/09/29 09:49 記者王小明／花蓮報導', '2022.04.08 21:00【示例報╱記者王小明╱台中報導】': after the date
_TRAILING_REPORTED_FROM = re.compile(rf"(?:\s|(?<=\d)(?=【))【?(?P<dateline>(?:{_OUTLET})?{_REPORTER_FROM})】?$")
# '記者王小明/桃園報導 2016-02-18 15:00', '記者王小明/台北報導-2020-08-25 11:39:33': the same before the date
_LEADING_REPORTED_FROM = re.compile(rf"^【?(?P<dateline>(?:{_OUTLET}\s*)?{_REPORTER_FROM})】?(?=[\s-]*\d)")
_BYLINE = re.compile(r"[（(]\s*(?:記者|记者|通訊員|通讯员|本報記者|本报记者)[\s:：]*(?P<names>[^()（）]+?)\s*[)）]\s*$")


def parse_text_article(raw: str, *, timezone: str, guid: str | None = None) -> ArticleDoc:
    text = clean_text(raw.replace("\r\n", "\n").replace("\r", "\n")).lstrip("\ufeff")
    lines = text.split("\n")
    title = lines[0].strip() if lines else ""
    if not title:
        raise ParseError("parse: text article has no headline on its first line")
    meta_line = lines[1].strip() if len(lines) > 1 else ""
    meta = parse_metadata_line(meta_line)
    paragraphs = _paragraphs(lines[2:], title)
    first = 0  # the paragraph an original headline may open the body with
    if meta_line and not meta and not find_datetime(meta_line, timezone):
        paragraphs.insert(0, meta_line)  # line 2 was body text, not metadata
        first = 1  # ('日期:04-01', a day with no year, then '原标题:…')
    elif paragraphs and (
        dateline := _TRAILING_DATELINE.search(meta_line)
        or _TRAILING_REPORTED_FROM.search(meta_line)
        or _LEADING_REPORTED_FROM.match(meta_line)
    ):
        paragraphs[0] = f"{dateline.group('dateline')} {paragraphs[0]}"
    elif paragraphs and (trailing := _TRAILING_CITY.search(meta_line)):
        paragraphs[0] = f"{trailing.group('city')} — {paragraphs[0]}"
    original_title = None
    if len(paragraphs) > first and (match := _ORIGINAL_TITLE.match(paragraphs[first])):
        original_title = match.group("title").strip()
        lead = original_title[len(title) :].strip() if original_title.startswith(title) else ""
        # '原标题:示例马拉松昨举行示例日报讯(记者…)昨日上午…。': the page ran the lead on after the headline; a
        # longer title ('原标题:示例论坛在大连举行 多方共话海洋经济') ends no sentence
        if "。" in lead:
            original_title, paragraphs[first] = title, lead
        elif first == 0:
            paragraphs.pop(0)
        else:
            original_title = None  # a line of the body before it: kept as it was
    paragraphs = without_boilerplate(paragraphs)
    author = meta.get("author")
    if paragraphs and (match := _BYLINE.search(paragraphs[-1])):
        author = " ".join(match.group("names").split())
    body = "\n\n".join(paragraphs)
    if not body:
        raise ParseError(f"parse: text article {title[:40]!r} has no body")
    return ArticleDoc(
        title=title,
        text=body,
        published=_published(meta_line, timezone) if meta_line else None,
        guid=guid,
        outlet=meta.get("outlet"),
        author=author,
        editors=meta.get("editors", []),
        original_title=original_title,
        language=detect_language(title + "\n" + body),
    )


def _published(line: str, timezone: str) -> datetime | None:
    """The line's publication time: the one after '發布於' when the line also gives when it was updated
    ('更新於 2025年10月25日01:22 • 發布於 2025年07月25日06:00'), else its first."""
    marker = _PUBLISHED_AT.search(line)
    return (find_datetime(line[marker.end() :], timezone) if marker else None) or find_datetime(line, timezone)


_PUBLISHED_AT = re.compile(r"(?:發布|发布|發佈|发表|發表)(?:於|于|時間|时间)?\s*[:：]?\s*(?=\d)")


class LineMetadata(TypedDict, total=False):
    """What a metadata line names: each key only when the line has it."""

    outlet: str
    author: str
    editors: list[str]


def parse_metadata_line(line: str) -> LineMetadata:
    """'…來源:遼寧日報編輯:黃非責編:石麗敏' -> outlet, editors (author when given)."""
    found: LineMetadata = {}
    matches = list(_LABEL.finditer(line))
    for match, following in zip(matches, [*matches[1:], None], strict=False):
        value = line[match.end() : following.start() if following else len(line)].strip(" \t|｜/")
        if not value:
            continue
        label = match.group("label")
        field = next(name for name, labels in _LABELS.items() if label in labels)
        if field == "editor":
            found.setdefault("editors", []).append(value)
        elif field == "outlet":
            found.setdefault("outlet", value)
        elif field == "author":
            found.setdefault("author", value)
    if "outlet" not in found and (trailing := _TRAILING_OUTLET.search(line)):
        found["outlet"] = trailing.group("outlet")  # 'http://www.example.cn 2006年06月11日09:30 示例日报'
    return found


# a paper's name ending the date line after its clock or day, with no '来源' before it: the outlet
_TRAILING_OUTLET = re.compile(
    r"(?:\d:\d\d(?::\d\d)?|\d日)\s*(?P<outlet>[\u4e00-\u9fff]{2,10}?(?:日报|日報|晚报|晚報|早报|早報|晨报|晨報|商报|商報|"
    r"都市报|都市報|时报|時報))\s*$"
)


def _paragraphs(lines: list[str], title: str = "") -> list[str]:
    """The body's paragraphs, one a line; a wire copy wrapped by hand ('The Annual Senate Session of Example' /
    'University will be held tomorrow'): a line of a wrap's width that stops mid-sentence goes on in the line right
    after it (a longer one is a paragraph printed without its full stop, a standfirst or a caption),
    unless that line opens a sentence of its own after a subhead ('Pilgrims reunite in the city' / 'The first day
    of the congress began'), or is the headline printed again above the body, whose next line is a caption or
    the lede."""
    paragraphs: list[str] = []
    wrapped = False
    for line in lines:
        text = " ".join(line.split())
        if not text:
            wrapped = False
            continue
        if wrapped and _GOES_ON.match(text) and not (_HEADING_END.search(paragraphs[-1]) and _OPENS.match(text)):
            paragraphs[-1] = f"{paragraphs[-1]} {text}"
        else:
            paragraphs.append(text)
        wrapped = (
            _WRAP_WIDTH <= len(text) <= _WRAP_WIDTH_MAX and bool(_STOPS_MID_SENTENCE.search(text)) and text != title
        )
    return paragraphs


_WRAP_WIDTH = 40
_WRAP_WIDTH_MAX = 100
_STOPS_MID_SENTENCE = re.compile(r"[A-Za-z0-9,;]$")
_GOES_ON = re.compile(r"[A-Za-z0-9(“\"'‘]")
_HEADING_END = re.compile(r"[A-Za-z0-9]$")
_OPENS = re.compile(r"(?:The|A|An)\s+[a-z]")  # 'The first day …': a new sentence, not a name wrapped ('The Hindu')
