"""The language of a text: English, or Chinese in one of its two scripts."""

from __future__ import annotations

import pytest

from feed.text import detect_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("國資央企助力東北全面振興座談會在瀋陽舉行，會議由四省區政府共同主辦。", "zh-Hant"),
        ("国资央企助力东北全面振兴座谈会在沈阳举行，会议由四省区政府共同主办。", "zh-Hans"),
        ("The forum opened in Shenyang on Sunday.", "en"),
        ("The 2023 Shenyang forum (瀋陽論壇) opened on Sunday with speeches by ministers.", "en"),  # a gloss
        ("中文" * 4, "en"),  # fewer than ten Chinese characters: not enough to tell
        ("會議" * 15 + " word" * 25, "zh-Hant"),  # 30 characters against 100 letters: Chinese
        ("會議" * 10 + " word" * 25, "en"),  # 20 against 100: English with a Chinese name or two
        ("", "en"),
    ],
)
def test_language_by_script(text: str, language: str) -> None:
    assert detect_language(text) == language


@pytest.mark.parametrize(("traditional", "language"), [(0, "zh-Hans"), (2, "zh-Hans"), (3, "zh-Hant"), (15, "zh-Hant")])
def test_traditional_from_one_character_in_a_hundred(traditional: int, language: str) -> None:
    """300 Chinese characters, `traditional` of them Traditional only: at least max(2, 1%) make the text Traditional."""
    words = ["国资央企助力东北全面振兴座谈会在沈阳举行"] * 15  # 20 characters, 会 once each
    text = "".join(w.replace("会", "會") if i < traditional else w for i, w in enumerate(words))
    assert detect_language(text) == language
