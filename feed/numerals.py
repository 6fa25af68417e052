"""Chinese numerals as numbers: '二十二', '廿六', '二〇二〇', written days and years of news text."""

from __future__ import annotations

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
