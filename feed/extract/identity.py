"""When are two reported meetings the same meeting?"""

from __future__ import annotations

import hashlib
import re

from feed.model import Meeting
from feed.text import to_simplified

_NOISE = re.compile(r"[\s\W_]+", re.UNICODE)


def meeting_key(meeting: Meeting) -> str:
    """A script- and punctuation-insensitive key: the same meeting reported twice gets one key."""
    name = _NOISE.sub("", to_simplified(meeting.name)).lower()
    return f"{name}|{meeting.start.isoformat()}"


def meeting_uid(meeting: Meeting, domain: str = "feed.local") -> str:
    digest = hashlib.sha256(meeting_key(meeting).encode("utf-8")).hexdigest()[:24]
    return f"{digest}@{domain}"
