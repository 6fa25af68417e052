"""The publisher's boilerplate after an article's body, dropped from every kind of source.

Text files, feed items and article pages end alike: a copyright notice
('Copyright ©1999-2024 … All Rights Reserved', '版權聲明:…') and an editor's
note ('[責任編輯:王某]', '(編輯 李某)', '（责任编辑：张某）'). The body ends before the
first copyright notice (never the first paragraph: an article about copyright is
kept); editor's notes are taken off its end, also when they close the last
paragraph. A reporters' byline '(記者 …)' is body text and stays.
"""

from __future__ import annotations

import re

import lxml.html

from feed.parse.html import fragment_tree, inner_html

COPYRIGHT = re.compile(r"(版權|版权).{0,24}(聲明|声明)|^(版權所有|版权所有|Copyright\b|©)|免責聲明|免责声明", re.I)
_EDITORS = r"(?:責任編輯|责任编辑|責編|责编|編輯|编辑|Editors?|Edited\s+by)"
_OPEN, _CLOSE = r"[\[【(（]", r"[\]】)）]"
_EDITOR_NOTE = re.compile(
    rf"(?:{_OPEN}\s*{_EDITORS}\s*[:：]?\s*[^\[\]【】()（）\n]{{1,40}}?{_CLOSE}"
    rf"|(?:^|(?<=[。！？.!?\s])){_EDITORS}\s*[:：]\s*[^\s。！？.!?\[\]【】()（）]{{1,20}})\s*$",
    re.I,
)
_TRAILING_COPYRIGHT = re.compile(r"\s*(?:Copyright\s*)?©\s*\d{4}[^。！？]*$", re.I)
# What a match of each pattern must hold, tested first: most paragraphs hold none of it, and the patterns,
# case-insensitive and anchored at the end, are tried at every character. Only E/e and D/d match 'e' and 'd'.
_COPYRIGHT_CHARACTERS = ("版", "免", "©")  # COPYRIGHT without them: 'Copyright' at the start
_COPYRIGHT_START = re.compile(r"Copyright\b", re.I)
# '© AP Photo/ Jane Doe', '© John Doe/Example Agency' under a caption at the top: a photo's credit, short, with no
# year and no rights reserved, where the article goes on
_PHOTO_CREDIT = re.compile(r"©(?=.{0,60}$)(?!.*\d{4})(?!.*\brights\b).*(?:/|\bPhotos?\b)", re.I)
_COPYRIGHT_WORD = re.compile(r"Copyright", re.I)
_COPYRIGHT_Y = ("y", "Y")  # only they match its 'y' (most Chinese texts hold neither)
_EDITOR_WORDS = ("編", "编", "ed", "Ed", "eD", "ED")  # in every _EDITORS
_NOTE_ENDS = ("]", "】", ")", "）")  # an _EDITOR_NOTE ends with one of them or its name follows a colon


def without_boilerplate(paragraphs: list[str]) -> list[str]:
    """The body paragraphs without the notices after them."""
    body = list(paragraphs)
    for index, paragraph in enumerate(body):
        if index > 0 and _is_copyright(paragraph) and not _credit_above_the_lede(body, index):
            body = body[:index]
            break
    while body:
        last = strip_trailing_notes(body[-1])
        if last or last == body[-1]:  # an empty paragraph (an image's block) is not a note
            body[-1] = last
            break
        body.pop()
    return body


def _is_copyright(paragraph: str) -> bool:
    """COPYRIGHT.search(paragraph), unless it is a photo's credit."""
    if any(character in paragraph for character in _COPYRIGHT_CHARACTERS):
        return COPYRIGHT.search(paragraph) is not None and _PHOTO_CREDIT.match(paragraph) is None
    return _COPYRIGHT_START.match(paragraph) is not None


def _credit_above_the_lede(paragraphs: list[str], index: int) -> bool:
    """'Copyright © Example News' under a photo's caption at the top: a short notice with no year and no rights
    reserved, after which the article goes on (a long paragraph follows within a few)."""
    notice = paragraphs[index]
    return (
        index < _TOP_PARAGRAPHS
        and len(notice) <= _CREDIT_LENGTH
        and _NOTICE_YEAR_OR_RIGHTS.search(notice) is None
        and any(len(paragraph) >= _LEDE_LENGTH for paragraph in paragraphs[index + 1 : index + 1 + _TOP_PARAGRAPHS])
    )


_TOP_PARAGRAPHS = 4
_CREDIT_LENGTH = 60
_LEDE_LENGTH = 100
_NOTICE_YEAR_OR_RIGHTS = re.compile(r"\d{4}|\brights\b|reserved|版權所有|版权所有", re.I)


def strip_trailing_notes(paragraph: str) -> str:
    """`paragraph` without the editor's notes and copyright line that end it ('' when that is all it is)."""
    while True:
        shorter = paragraph
        if _may_end_with_editor_note(shorter):
            shorter = _EDITOR_NOTE.sub("", shorter)
        if "©" in shorter:
            shorter = _TRAILING_COPYRIGHT.sub("", shorter)
        shorter = shorter.rstrip()
        if shorter == paragraph:
            return paragraph
        paragraph = shorter


def _may_end_with_editor_note(paragraph: str) -> bool:
    if not any(word in paragraph for word in _EDITOR_WORDS):
        return False
    return paragraph.rstrip().endswith(_NOTE_ENDS) or ":" in paragraph or "：" in paragraph


def may_hold_boilerplate(text: str, last: str) -> bool:
    """False when `without_boilerplate` leaves paragraphs as they are: `text` holds all of them and
    what a copyright notice must, and `last` (the last) no note at its end."""
    if any(character in text for character in _COPYRIGHT_CHARACTERS):
        return True
    if any(y in text for y in _COPYRIGHT_Y) and _COPYRIGHT_WORD.search(text):
        return True
    return strip_trailing_notes(last) != last


def text_without_boilerplate(text: str) -> str:
    """The same for plain text whose paragraphs are separated by blank lines."""
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    if paragraphs and not may_hold_boilerplate(text, paragraphs[-1]):
        return "\n\n".join(paragraphs)
    return "\n\n".join(without_boilerplate(paragraphs))


def html_without_boilerplate(fragment: str) -> str:
    """An HTML body without the blocks, and the end of the last text, that are boilerplate."""
    if "<" not in fragment:
        return text_without_boilerplate(fragment)
    root = fragment_tree(fragment)
    if root is None:  # markup lxml cannot parse is kept as it is
        return fragment
    return tree_without_boilerplate(root)


def tree_without_boilerplate(root: lxml.html.HtmlElement) -> str:
    """`html_without_boilerplate` of the fragment `fragment_tree` parsed as `root`; changes the tree."""
    blocks = [child for child in root if isinstance(child.tag, str)]
    kept = len(blocks)
    if blocks and may_hold_boilerplate(root.text_content(), _block_text(blocks[-1])):
        kept = len(without_boilerplate([_block_text(block) for block in blocks]))
    for block in blocks[kept:]:
        block.tail = None
        block.drop_tree()
    _strip_last_text(root)
    return inner_html(root)


def _block_text(block: lxml.html.HtmlElement) -> str:
    return " ".join(block.text_content().split())


def _strip_last_text(element: lxml.html.HtmlElement) -> bool:
    """Take the notes off the last text inside `element`, in document order; False when it has none."""
    for child in reversed(element):
        if child.tail and child.tail.strip():
            child.tail = strip_trailing_notes(child.tail)
            return True
        if _strip_last_text(child):
            return True
    if element.text and element.text.strip():
        element.text = strip_trailing_notes(element.text)
        return True
    return False
