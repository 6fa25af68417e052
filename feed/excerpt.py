"""Excerpts of article text that end where a reader can stop: a sentence end, else a word boundary.

Chinese and Japanese have no spaces between words, so there any character is a
boundary; Latin, Greek and Cyrillic words are never split. A cut excerpt ends
with '…' and is at most `limit` characters long, the ellipsis included.
"""

from __future__ import annotations

import re

ELLIPSIS = "…"
_SENTENCE_END = re.compile(r"(?:[。！？!?]|\.(?=\s|$))[」』”’\"')）]*")
_TRAILING = re.compile(r"[\s,，、;；:：\-–—(（「『“‘]+$")
_SPACED_SCRIPTS_END = 0x2E80  # the CJK radicals start here; below are the scripts that space their words


def excerpt(text: str, limit: int) -> str:
    """`text` when it fits in `limit` characters, else its longest readable beginning plus '…'.

    A sentence end in the second half of the window is preferred; without one the
    cut is at the last word boundary, and only a single word longer than the
    window is cut inside.
    """
    text = text.strip()
    if len(text) <= limit:
        return text
    room = limit - len(ELLIPSIS)
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(text[: room + 1]) if room // 2 <= m.end() <= room]
    if sentence_ends:
        return text[: sentence_ends[-1]] + ELLIPSIS
    cut = next((i for i in range(room, 0, -1) if _is_boundary(text, i)), room)
    return (_TRAILING.sub("", text[:cut]) or text[:cut]) + ELLIPSIS


def _is_boundary(text: str, index: int) -> bool:
    """Whether cutting `text` before `index` leaves every word whole."""
    return not (_in_spaced_word(text[index - 1]) and _in_spaced_word(text[index]))


def _in_spaced_word(char: str) -> bool:
    return ord(char) < _SPACED_SCRIPTS_END and (char.isalnum() or char in "'’")
