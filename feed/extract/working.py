"""The working copy an extractor matches against, aligned character by character with the original.

Full-width digits and punctuation become ASCII, Traditional becomes Simplified
(OpenCC), and every offset in the working copy is also an offset in the original,
so names and places are copied out of the original text in its own script.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property, lru_cache

from feed.extract.places import PlaceMatches
from feed.text import to_simplified

_DIGITS = {
    "〇": 0,
    "○": 0,
    "零": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "兩": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_TENS = {"十": 10, "廿": 20, "卅": 30}
NUMERAL_CHARS = "0-9〇○零一二两三四五六七八九十廿卅"


@dataclass(frozen=True)
class WorkingText:
    original: str
    text: str

    def span(self, start: int, end: int) -> str:
        """The original characters behind a working-copy span."""
        return self.original[start:end]

    @cached_property
    def places(self) -> PlaceMatches:
        """The gazetteer names in the working copy, looked up once for every span a caller asks about."""
        return PlaceMatches(self.text)


def _narrow(char: str) -> str:
    folded = unicodedata.normalize("NFKC", char)
    if char in "○◯":
        return "〇"
    return folded if len(folded) == 1 else char


class _NarrowTable(dict[int, str]):
    """A `str.translate` table of `_narrow`, filled in as characters are met."""

    def __missing__(self, code: int) -> str:
        narrowed = self[code] = _narrow(chr(code))
        return narrowed


_NARROW = _NarrowTable()


@lru_cache(maxsize=16)
def working_text(original: str) -> WorkingText:
    """The working copy of `original`. The body and the headline are asked for by several steps of one
    extraction: each is converted (and its places looked up) once."""
    narrowed = original.translate(_NARROW)
    paragraphs = []
    for paragraph in narrowed.split("\n"):
        simplified = to_simplified(paragraph)
        if len(simplified) != len(paragraph):
            simplified = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in paragraph)
        paragraphs.append(simplified)
    return WorkingText(original, "\n".join(paragraphs))


def chinese_number(value: str) -> int | None:
    """'22', '二十二', '廿六', '二〇二〇' -> int; None for anything else."""
    if value.isdigit():
        return int(value)
    if not value or any(c not in _DIGITS and c not in _TENS for c in value):
        return None
    if not any(c in _TENS for c in value):
        number = 0
        for char in value:
            number = number * 10 + _DIGITS[char]
        return number
    total = 0
    pending = 0
    for char in value:
        if char in _TENS:
            total += _TENS[char] * (pending or 1) if char == "十" else _TENS[char]
            pending = 0
        else:
            pending = _DIGITS[char]
    return total + pending
