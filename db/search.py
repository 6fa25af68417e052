"""Search keys: the script- and case-insensitive form that search columns hold and queries compare."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc


@lru_cache(maxsize=1)
def _traditional_to_simplified() -> opencc.OpenCC:
    import opencc  # when first needed: `feed sources` and `feed --help` need none

    return opencc.OpenCC("t2s")


def search_key(*parts: str | None) -> str | None:
    """The parts, one a line, in Simplified Chinese and casefolded; None when every part is empty."""
    text = "\n".join(p for p in parts if p)
    return _traditional_to_simplified().convert(text).casefold() if text else None
