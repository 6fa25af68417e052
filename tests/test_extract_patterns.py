"""Patterns written for speed find what the plain patterns they stand for find."""

from __future__ import annotations

import random
import re

from feed.extract import zh_meetings


def _texts(words: list[str], characters: str, count: int) -> list[str]:
    rng = random.Random(16)
    return [
        "".join(rng.choice(words) if rng.random() < 0.4 else rng.choice(characters) for _ in range(rng.randint(1, 8)))
        for _ in range(count)
    ]


def test_the_guarded_scan_of_chinese_kinds_finds_what_the_plain_alternation_finds() -> None:
    words = [re.sub(r"\(\?[^)]*\)", "", word) for word in zh_meetings.BARE_KINDS.split("|")]
    words += ["活动", "周", "节", "展", "杯", "博会", "交会", "洽会", "贸会"]
    characters = "在于将举开已今昨明前本下,。、;)”」』》 \n3一的了立司执宪护春环发大会年中馆"
    plain = re.compile(f"(?:{zh_meetings.KINDS})")
    for text in _texts(words, characters, 5_000):
        assert [m.span() for m in zh_meetings._KIND.finditer(text)] == [m.span() for m in plain.finditer(text)], text
