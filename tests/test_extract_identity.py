from __future__ import annotations

from datetime import date

from feed.extract.identity import meeting_key, meeting_uid
from feed.model import Meeting


def test_key_is_script_and_punctuation_insensitive():
    traditional = Meeting(name="國資央企助力東北全面振興座談會", start=date(2023, 6, 25))
    simplified = Meeting(name="国资央企助力东北全面振兴 座谈会", start=date(2023, 6, 25))
    assert meeting_key(traditional) == meeting_key(simplified)
    assert meeting_uid(traditional) == meeting_uid(simplified)


def test_key_ignores_years_and_editions_the_date_already_gives():
    day = date(2013, 6, 15)
    assert meeting_key(Meeting(name="第五屆海峽論壇", start=day)) == meeting_key(Meeting(name="海峡论坛", start=day))
    assert meeting_key(Meeting(name="2025台北國際城市論壇", start=date(2025, 5, 16))) == (
        meeting_key(Meeting(name="台北国际城市论坛", start=date(2025, 5, 16)))
    )
    assert meeting_key(Meeting(name="the Seventh China-Eurasia Expo", start=day)) == meeting_key(
        Meeting(name="China-Eurasia Expo", start=day)
    )


def test_key_keeps_what_tells_meetings_apart():
    day = date(2024, 3, 5)
    first = Meeting(name="第一次全体会议", start=day)
    second = Meeting(name="第二次全体会议", start=day)
    assert meeting_key(first) != meeting_key(second)
    assert meeting_key(first) != meeting_key(Meeting(name="第一次全体会议", start=date(2024, 3, 6)))


def test_uid_is_deterministic():
    meeting = Meeting(name="北京论坛", start=date(2013, 11, 1))
    assert meeting_uid(meeting) == meeting_uid(Meeting(name="北京論壇", start=date(2013, 11, 1)))
    assert meeting_uid(meeting).endswith("@feed.local")
