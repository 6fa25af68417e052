"""When are two reported meetings the same meeting?

The key is the meeting's name, normalised, and its first day. Normalising makes
the key script-, case- and punctuation-insensitive (国资央企…座谈会 = 國資央企…座談會)
and drops what the date already says: years ('2025台北国际城市论坛' =
'台北国际城市论坛' when both start on 16 May 2025) and edition numbers
('第五届海峡论坛' = '海峡论坛', 'Seventh China-Eurasia Expo' = 'China-Eurasia Expo').
Session numbers ('第二次全体会议') are kept: two sessions can share a day.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date

from feed.model import Meeting
from feed.text import to_simplified

_NUMERALS = "0-9〇零一二三四五六七八九十百"
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?:年度|年)?(?!\d)")
_EDITION = re.compile(
    rf"第[{_NUMERALS}]+届|\b(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|eleventh|twelfth)\b|\bthe\b",
    re.I,
)
_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def normalised_name(name: str) -> str:
    text = to_simplified(name).lower()
    text = _EDITION.sub("", _YEAR.sub("", text))
    return _NOISE.sub("", text) or _NOISE.sub("", to_simplified(name).lower())


def meeting_key(meeting: Meeting) -> str:
    """Same meeting -> same key, whichever script or article reported it."""
    return day_key(meeting.name, meeting.start)


def day_key(name: str, start: date) -> str:
    return f"{normalised_name(name)}|{start.isoformat()}"


def meeting_uid(meeting: Meeting, domain: str = "feed.local") -> str:
    return day_uid(meeting.name, meeting.start, domain)


def day_uid(name: str, start: date, domain: str = "feed.local") -> str:
    """The UID of a meeting of this name whose first day is `start`."""
    digest = hashlib.sha256(day_key(name, start).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{domain}"
