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
    if char in "〝〞〟":  # the vertical-writing double prime quotes some Taiwan pages use for “”
        return "“" if char == "〝" else "”"
    if char in "╱∕":  # a box-drawing or division slash between a byline's parts: '記者王小明╱台中報導'
        return "/"
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
    paragraphs = narrowed.split("\n")
    # OpenCC's phrases never span a line break: the text converted at once is its paragraphs converted one by one
    converted = to_simplified(narrowed).split("\n")
    if len(converted) != len(paragraphs):
        converted = [to_simplified(paragraph) for paragraph in paragraphs]
    working = []
    for paragraph, simplified in zip(paragraphs, converted, strict=True):
        if len(simplified) != len(paragraph):
            simplified = "".join(to_simplified(c) if len(to_simplified(c)) == 1 else c for c in paragraph)
        working.append(simplified)
    return WorkingText(original, "\n".join(working))
