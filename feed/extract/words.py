"""Where words begin and end in Chinese text, from jieba's dictionary (rjieba, the Rust port of jieba).

A meeting name's left edge is found by scanning back to a word that cannot be part of a name ('在', '就',
'举办'); a dictionary tells whether such a character starts a longer word instead ('政府就职典礼',
'问题研讨会', '在线博览会'), so the name is not cut inside it.
"""

from __future__ import annotations

import rjieba

_WINDOW = 8  # characters read on each side: enough for the words around one position


def inside_word(text: str, position: int, guessed: bool = True) -> bool:
    """`position` falls between two characters of one word of `text` (Simplified Chinese); with `guessed` false,
    of one of the dictionary's words only, none that jieba's model makes of characters it does not know
    ('音乐祭高雄场' to it holds a word '祭高雄场')."""
    start = max(0, position - _WINDOW)
    end = start
    for word in rjieba.cut(text[start : position + _WINDOW], guessed):
        end += len(word)
        if end >= position:
            return end > position and end - len(word) < position
    return False
