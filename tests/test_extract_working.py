from __future__ import annotations

import pytest

from feed.extract.working import working_text
from feed.numerals import chinese_number


@pytest.mark.parametrize(
    ("written", "number"),
    [
        ("22", 22),
        ("二十二", 22),
        ("十七", 17),
        ("廿六", 26),
        ("卅", 30),
        ("二〇二〇", 2020),
        ("两", 2),
        ("三十一", 31),
        ("日", None),
        ("", None),
    ],
)
def test_chinese_number(written, number):
    assert chinese_number(written) == number


def test_working_text_is_simplified_ascii_and_aligned():
    working = working_text("國資央企，６月２５日（星期日）在瀋陽舉行…")
    assert working.text == "国资央企,6月25日(星期日)在沈阳举行…"
    start = working.text.index("沈阳")
    assert working.span(start, start + 2) == "瀋陽"
