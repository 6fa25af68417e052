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
