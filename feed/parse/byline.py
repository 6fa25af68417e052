"""Reporter bylines in article text: '(記者 崔某)', '本报记者 王五', '記者林某／台北報導', 'By Jane Doe'.

Hand-written because no library reads Chinese bylines: name-recognition models (jieba, HanLP,
spaCy zh) tag person names in running text, but not whose byline a name is, and they would take
photo credits ('(記者 崔某 攝)') and editor lines ('責任編輯:…') as readily as reporters. The
rules here are deliberately narrow: a byline is taken only in a form listed below, from the first
two or the last paragraph, with names of 2-4 CJK characters (or 2-3 capitalised English words).
Anything else, including a byline that also carries a photo or editor credit, gives no names, and
the caller keeps the author it had.
"""

from __future__ import annotations

import re

_CJK = r"\u3400-\u4dbf\u4e00-\u9fff"
_NAME = re.compile(rf"[{_CJK}]{{2,4}}")
_REPORTER = r"(?:本[報报]|本台|本刊)?(?:記者|记者)"
_HELPER = ("通訊員", "通讯员", "實習生", "实习生", "實習記者", "实习记者")
# credits and notes that make a byline someone else's: photographers, editors, sources
_NOT_A_REPORTER = re.compile(r"攝|摄|編輯|编辑|責編|责编|圖|图|來源|来源|校對|校对|翻譯|翻译|整理")
_REPORTED = ("報導", "報道", "报道")  # '(記者 崔某 報導)': the word alone is skipped, '北京報導' is not a name
_SEPARATORS = re.compile(r"[\s、，,及和與与]+")

# '(記者 崔某)', '（记者 张三 李四）', '(本報記者 王五、趙六 通訊員 孫七)'
_PARENTHESISED = re.compile(rf"[（(]\s*{_REPORTER}[\s:：]*(?P<names>[^()（）]{{2,40}}?)\s*[)）]")
# '本报记者 王五' / '本報記者王五、趙六' at a paragraph's start, the names ended by a space or punctuation
_OWN_REPORTER = re.compile(
    rf"^\s*本[報报](?:記者|记者)[\s:：]*(?P<names>[{_CJK}]{{2,4}}(?:\s*[、，,]\s*[{_CJK}]{{2,4}})*)"
    r"(?=\s|[，,。:：;；|｜]|$)"
)
# '記者林某／台北報導', '記者林某、陳某/綜合報導'
_REPORTED_FROM = re.compile(
    rf"{_REPORTER}[\s:：]*(?P<names>[{_CJK}]{{2,4}}(?:\s*[、，,]\s*[{_CJK}]{{2,4}})*)\s*[/／]\s*"
    rf"[{_CJK}]{{1,8}}(?:報導|報道|报道)"
)
# '文/記者 王五', '文／记者张三' (then a space, punctuation or the end)
_WRITTEN_BY = re.compile(
    rf"(?:^|\s)文\s*[/／]\s*{_REPORTER}[\s:：]*(?P<names>[{_CJK}]{{2,4}}(?:\s*[、，,]\s*[{_CJK}]{{2,4}})*)"
    r"(?=\s|[，,。;；|｜]|$)"
)
_EN_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_EN_NAME = rf"{_EN_WORD}(?:\s+(?:[A-Z]\.\s+)?{_EN_WORD}){{1,2}}"
# 'By Jane Doe', 'By Jane Doe and John Roe', 'By Jane Doe, Reuters' (after a comma: not a name): a short
# first line of its own
_ENGLISH = re.compile(
    rf"^\s*By\s+(?P<names>{_EN_NAME}(?:(?:\s+and\s+|\s*&\s*){_EN_NAME})*)\s*(?:[,|–—-]\s*[^.!?\n]{{0,60}})?$"
)
_EN_SPLIT = re.compile(r"\s+and\s+|\s*&\s*")
_EN_NOT_NAMES = {"The", "This", "That", "Staff", "Our", "Photo", "Photos", "Editor", "Editorial", "Reporter"}


def byline_authors(text: str) -> list[str]:
    """The reporters a byline in `text` names, in order; [] when there is no clear byline."""
    paragraphs = [p.strip() for p in text.split("\n\n") if p.strip()]
    if not paragraphs:
        return []
    if names := _english(paragraphs[0].split("\n", 1)[0]):
        return names
    places = paragraphs[:2] + paragraphs[2:][-1:]
    for paragraph in places:
        if names := _chinese(paragraph):
            return names
    return []


def _chinese(paragraph: str) -> list[str]:
    candidates = [m.group("names") for m in _PARENTHESISED.finditer(paragraph)]
    for pattern in (_OWN_REPORTER, _REPORTED_FROM, _WRITTEN_BY):
        candidates += [m.group("names") for m in pattern.finditer(paragraph)]
    for candidate in candidates:
        if names := _cjk_names(candidate):
            return names
    return []


def _cjk_names(candidate: str) -> list[str]:
    if _NOT_A_REPORTER.search(candidate):
        return []
    names = []
    for token in _SEPARATORS.split(candidate.strip()):
        if not token or token in _HELPER or token in _REPORTED:
            continue
        if token.endswith(_REPORTED) or token.endswith(("電", "电")):
            return []  # a place it was reported from: the rest is not a plain list of names
        if not _NAME.fullmatch(token):
            return []  # anything but names (a place, 報導, a sentence): not a byline we can read
        names.append(token)
    return _unique(names)


def _english(line: str) -> list[str]:
    match = _ENGLISH.match(line)
    if not match:
        return []
    names = [" ".join(name.split()) for name in _EN_SPLIT.split(match.group("names")) if name.strip()]
    if any(name.split()[0] in _EN_NOT_NAMES for name in names):
        return []
    return _unique(names)


def _unique(names: list[str]) -> list[str]:
    return list(dict.fromkeys(names))
