"""Patterns written for speed find what the plain patterns they stand for find."""

from __future__ import annotations

import random
import re

import pytest

from feed import text
from feed.extract import en_dates, en_meetings, places, zh_dates, zh_meetings
from feed.numerals import NUMERAL_CHARS


def _texts(pieces: list[str], count: int = 5_000) -> list[str]:
    rng = random.Random(16)
    return ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(count)]


def _spans(pattern: re.Pattern[str], value: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(value)]


def test_the_guarded_scan_of_chinese_kinds_finds_what_the_plain_alternation_finds() -> None:
    words = [re.sub(r"\(\?[^)]*\)", "", word) for word in zh_meetings.BARE_KINDS.split("|")]
    words += ["活动", "周", "节", "展", "杯", "博会", "交会", "洽会", "贸会"]
    plain = re.compile(f"(?:{zh_meetings.KINDS})")
    for value in _texts(words * 3 + list("在于将举开已今昨明前本下,。、;)”」』》 \n3一的了立司执宪护春环发大会年中馆")):
        assert _spans(zh_meetings.KIND, value) == _spans(plain, value), value


def test_the_chinese_kinds_scanned_from_their_first_characters_are_those_the_guarded_scan_finds() -> None:
    words = [re.sub(r"\(\?[^)]*\)", "", word) for word in zh_meetings.BARE_KINDS.split("|")]
    words += [re.sub(r"\(\?[^)]*\)|[^\u4e00-\u9fff]", "", kind) for kind in zh_meetings._MORE_KINDS]
    words += ["博会", "交会", "洽会", "贸会", "主题推广", "系列", "快闪展售", "烟花", "新会期今日开议", "次常务理事会"]
    words += ["会见传媒", "见记者", "晤传媒", "议会临时会", "行政院会", "升旗礼", "第8届示例奖今(15)日于台北颁奖"]
    pieces = words * 2 + list("在于将举开已今昨明前本下,。、;)”」』》“「 \n3一的了立司执宪护超城乐发大会年中馆")
    for value in _texts(pieces, 8_000):
        start, end = len(value) // 5, len(value) - len(value) // 7
        found = [match.span() for match in zh_meetings._kinds_in(value, start, end)]
        assert found == [match.span() for match in zh_meetings.KIND.finditer(value, start, end)], value


def test_every_chinese_kind_after_the_loose_one_starts_with_the_character_it_consumes_first() -> None:
    # the condition of _FIXED_KIND's fast scan: a pattern that starts with a lookbehind or a class is tried at
    # every character (a quoted English name's kind, 'Carnival', starts with its letter)
    for kind in [*zh_meetings.BARE_KINDS.split("|"), *zh_meetings._MORE_KINDS]:
        assert "\u4e00" <= kind[0] <= "\u9fff" or (kind[0].isascii() and kind[0].isupper()), kind


@pytest.mark.parametrize(
    ("fast", "plain", "pieces"),
    [
        (
            zh_dates.DURATION,
            r"(?:为期|一连|连续|连|历时|会期|展期|展开|(?<=日)起|(?<=[会坛节展赛动])将?持续)"
            rf"(?P<n>[{NUMERAL_CHARS}]{{1,3}})个?整?(?:天|日)",
            [*"为期一连续历时会展开日起持坛节赛动雨将三十个整天2 ", "为期", "日起", "连续", "展开", "持续", "将持续"],
        ),
        (
            text._SPACE_BESIDE_CJK,
            r"(?<=[\u3400-\u4dbf\u4e00-\u9fff])[ \t\u00a0]+(?=[A-Za-z0-9])|"
            r"(?<=[A-Za-z0-9%])[ \t\u00a0]+(?=[\u3400-\u4dbf\u4e00-\u9fff])",
            [*"中文a1% \t\u00a0\n,Z9㐀", "  ", " \u00a0"],
        ),
        (
            en_meetings._SENTENCE,
            r"(?<=[.!?”\"])(?<!\bSt\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bPt\.)"
            r"\s+(?=[A-Z“\"(])|\n+|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])",
            [*'aZ.!?”" \n(', "St.", "Mr.", "Mrs.", "xSt.", "The", "Africa.The", "\n\n", "  "],
        ),
    ],
)
def test_a_pattern_that_tests_its_first_character_first_finds_what_the_plain_one_finds(
    fast: re.Pattern[str], plain: str, pieces: list[str]
) -> None:
    for value in _texts(pieces):
        assert _spans(fast, value) == _spans(re.compile(plain), value), value


_DATE_WORDS = [
    *"Jan January Feb Mar. March Apr May June July Aug Sept. Sep September Oct Nov Dec".split(),
    *"Monday tuesday WEDNESDAY Thursday Friday Saturday Sunday ſunday today tonight Yesterday tomorrow".split(),
    *"through until till to and of 1 12 3rd 21st 2024 2019-09-28 28.09.2018 -day days event forum x the İ".split(),
    *"one two three four five six seven eight nine ten".split(),
    *["this morning", "last night", " ", " ", ", ", "-", "–", "\n"],
]


@pytest.mark.parametrize(
    ("fast", "guard"),
    [
        (en_dates._MONTH_DAY, "(?=[jfmasond])"),
        (en_dates._DAY_MONTH, r"(?=\d)"),
        (en_dates._NUMERIC, r"(?=\d)"),
        (en_dates._WEEKDAYS, "(?=[mtwfs])"),
        (en_dates._THROUGH, "(?=[tu])"),
        (en_dates._RELATIVE, "(?=[tyl])"),
        (en_meetings._DURATION, r"(?=[\dotfsen])"),
    ],
)
def test_an_english_pattern_finds_with_its_first_letters_what_it_finds_without(
    fast: re.Pattern[str], guard: str
) -> None:
    plain = re.compile(fast.pattern.replace(guard, "", 1), fast.flags)
    assert plain.pattern != fast.pattern
    for value in _texts(_DATE_WORDS):
        assert [(m.span(), m.groups()) for m in fast.finditer(value)] == [
            (m.span(), m.groups()) for m in plain.finditer(value)
        ], value


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a '(?:A|B|…)' pattern."""
    alternatives, depth, current = [], 0, ""
    for char in pattern[3:-1]:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if char == "|" and depth == 0:
            alternatives.append(current)
            current = ""
        else:
            current += char
    return [*alternatives, current]


def test_every_english_meeting_word_holds_one_of_the_parts_a_sentence_is_tested_for() -> None:
    for alternative in _alternatives(en_meetings._KIND):
        word = re.sub(r"\(\?<?[=!][^)]*\)|\(\?-i:|\(\?:|[()?*+]", "", alternative)  # lookarounds, groups
        word = re.sub(r"\[(.)[^\]]*\]", r"\1", word).replace(r"\s", " ").lower()  # a class as its first character
        assert any(part in word for part in en_meetings._KIND_WORD_PARTS), alternative
    for other in ("edition of", "third session of", "its annual session"):
        assert any(part in other for part in en_meetings._KIND_WORD_PARTS)


def test_the_english_sentences_skipped_hold_no_meeting_word() -> None:
    pieces = [
        *"Forum forums SUMMIT Expo fair Talks talk Marathon Jonathon Week week Cup cup AGM agm Races".split(),
        *"Session ’ sessions legislative edition of its annual the third Grand Prix Fête fete Awards Night".split(),
        *"Showcase showed affair meet mission ſhow İndaba ındaba Kup the a on".split(),
        *[" ", " ", " ", "\n", ", ", "'", "-"],
    ]
    for value in _texts(pieces):
        found = en_meetings._KIND_WORD.search(value) is not None
        assert en_meetings._holds_kind_word(value, en_meetings._kind_word_parts_in(value)) == found, value


def test_english_place_names_found_capital_first_are_those_found_where_a_word_begins() -> None:
    plain = re.compile(places._ENGLISH_NAME.pattern.replace(rf"[{places._UPPER}](?<!\w.)", rf"\b[{places._UPPER}]", 1))
    assert plain.pattern != places._ENGLISH_NAME.pattern
    pieces = [*"Dar es Salaam Đà Nẵng Łódź iPhone x_Paris 3Paris O'Hara St. de del Ōsaka mcDonald".split()]
    pieces += [" ", " ", "\n", "-", "'", "’", ".", "_", "9", "é", "É"]
    for value in _texts(pieces):
        assert _spans(places._ENGLISH_NAME, value) == _spans(plain, value), value


def test_a_text_said_to_hold_no_digit_holds_none() -> None:
    for value in _texts([*"a B 7 0 ٣ ３ ’ — x".split(), " ", "May", "Monday"]):
        assert en_dates.may_hold_digit(value) or re.search(r"\d", value) is None, value
        assert en_dates.may_hold_digit(value) == (not value.isascii() or re.search(r"\d", value) is not None)


def _skips_ahead(pattern: re.Pattern[str]) -> bool:
    """Whether Python's engine can skip ahead in C to where a match may begin: the pattern starts with a literal
    or a set of characters (every alternative with one of its own, not nested in a group, nor a lookaround)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern.pattern, pattern.flags)
    prefix, _, _ = _compiler._get_literal_prefix(parsed, pattern.flags)
    return bool(prefix) or _compiler._get_charset_prefix(parsed, pattern.flags) is not None


def test_the_chinese_scans_of_every_sentence_skip_ahead_to_their_first_characters() -> None:
    # a group of alternatives inside the first one ('(?:一连|连续)(?:举行…)?') made DURATION try every character
    for pattern in (zh_dates.DURATION, zh_meetings._RUN_OF_QUOTED, zh_meetings._RUN_OF_IT, zh_meetings._FIXED_KIND):
        assert _skips_ahead(pattern), pattern.pattern[:60]
    assert not _skips_ahead(re.compile("(?:(?:一连|连续)举行|连)[三四]天"))


def test_demonyms_and_states_found_first_letter_first_are_those_found_where_no_word_or_stop_is_before() -> None:
    _, pattern = places._demonyms_and_states()
    body = pattern.pattern.removeprefix("(?:").removesuffix(r")(?![\w])")
    alternatives = body.replace(r"(?<![\w.].)", "")
    plain = re.compile(rf"(?<![\w.])(?:{alternatives})(?![\w])")
    assert _skips_ahead(pattern) and "(?<!" not in alternatives
    pieces = [*"UK U.K. US USA America American Ghanaian New South Wales Wales Texas Ontario Philippine".split()]
    pieces += [*"aUK x_US .Wales Ghanaians Americana 9US é É".split(), " ", " ", "\n", ".", "-", "'", "_", ","]
    for value in _texts(pieces):
        assert _spans(pattern, value) == _spans(plain, value), value


def test_the_english_edition_and_session_scans_skipped_find_nothing() -> None:
    pieces = [*"the third 4th edition Edition of session Session Sessions its annual ordinary opened held".split()]
    pieces += [*"Council Assembly Example United World Expo Forum The (UN) will is to".split(), " ", " ", ", ", "\n"]
    for value in _texts(pieces):
        if "edition" not in value:
            assert en_meetings._EDITION_OF.search(value) is None, value
        if "session" not in value:
            assert en_meetings._SESSION_OF.search(value) is None, value
            assert en_meetings._ITS_SESSION.search(value) is None, value
    for found in ("the third edition of the Example Expo", "the ordinary session of the United Council"):
        assert en_meetings._EDITION_OF.search(found) or en_meetings._SESSION_OF.search(found)


def test_in_before_a_capitalised_word_found_from_in_is_found_where_a_word_begins() -> None:
    plain = re.compile(en_meetings._IN_A_CAPITALISED_WORD.pattern.replace(r"in(?<!\w..)", r"\bin", 1))
    assert plain.pattern != en_meetings._IN_A_CAPITALISED_WORD.pattern
    assert _skips_ahead(en_meetings._IN_A_CAPITALISED_WORD)
    pieces = [*"in In Paris Shrewsbury Montego Bay within tin_ 9in éin xx".split(), " ", " ", "\n", "-", "'", "_", "."]
    for value in _texts(pieces):
        assert _spans(en_meetings._IN_A_CAPITALISED_WORD, value) == _spans(plain, value), value


def test_english_town_scans_found_from_their_first_letters_are_those_found_where_a_word_begins() -> None:
    in_a_town = re.compile(
        places._IN_A_TOWN.pattern.replace(
            r"(?:i(?<!\w.)n|a(?<!\w.)t|c(?<!\w.)ity\s+of|t(?<!\w.)own\s+of)", r"\b(?:in|at|(?:city|town)\s+of)", 1
        )
    )
    town_venue = re.compile(places._TOWN_VENUE.pattern.replace(r"at(?<!\w..)", r"\bat", 1))
    assert in_a_town.pattern != places._IN_A_TOWN.pattern and town_venue.pattern != places._TOWN_VENUE.pattern
    assert _skips_ahead(places._IN_A_TOWN) and _skips_ahead(places._TOWN_VENUE)
    pieces = [*"in at city of town of the Ormoc City Montego Bay Convention Centre Arena St. Łódź cat win".split()]
    pieces += [*"Town Hall Showgrounds 9at _in éin xin".split(), " ", " ", "\n", "-", "'", "_", "."]
    for value in _texts(pieces):
        assert _spans(places._IN_A_TOWN, value) == _spans(in_a_town, value), value
        assert _spans(places._TOWN_VENUE, value) == _spans(town_venue, value), value
    capital_pieces = [*"the Kenyan Rivers State capital capitals Capital U.S. UAE of".split(), " ", " ", ",", "\n"]
    for value in _texts(capital_pieces):
        if " capital" not in value:
            assert places._CAPITAL_OF.search(value) is None, value
    assert places._CAPITAL_OF.search("in the Kenyan capital") is not None


_TENSE_WORDS = [
    *"will shall is are to be held scheduled set for expected plans planned slated going would upcoming next".split(),
    *"week month due opens open begin begins starts start commences kicks kick off gets get under way ahead of".split(),
    *"returns return runs run from takes take place taking being Monday Friday delay postpone put had been".split(),
    *"their the games talks opened began kicked got around about at 9 10am daily The event It Summit summit".split(),
    *"Festival parade Fest Oktoberfest ſummit ſhall İt ıs Kick KICKS WILL Opened HELD hosts hosted convened".split(),
    *"concluded closed ended postponed cancelled canceled called rescheduled commenced Time Beginning".split(),
    *[" ", " ", " ", ", ", ".", ". ", ":", "\n", "-"],
    *["Summit started at 9", "ſummit began around 10", "xSummit began at 9", "Kongress started at 9", "It began at"],
    *["festival starts at 9", "Oktoberfest kicked off at 9", "The event started about 9", "is set for 9", "Time: 9"],
]


@pytest.mark.parametrize(
    ("fast", "guard"),
    [
        (en_meetings._FUTURE, "(?=[abceginkoprstuw])"),
        (en_meetings._EVENT_VERBS, "(?=[bcehkoprst])"),
        (en_meetings._SET_FOR_TIME, "(?=(?i:[a-z]))"),
    ],
)
def test_an_english_verb_pattern_finds_with_its_first_letters_what_it_finds_without(
    fast: re.Pattern[str], guard: str
) -> None:
    plain = re.compile(fast.pattern.replace(guard, ""), fast.flags)
    assert plain.pattern != fast.pattern
    for value in _texts(_TENSE_WORDS, 20_000):
        assert [(m.span(), m.groups()) for m in fast.finditer(value)] == [
            (m.span(), m.groups()) for m in plain.finditer(value)
        ], value


def test_a_text_without_weekend_holds_no_weekend() -> None:
    for value in _texts([*"this next last coming over the weekend Weekend WEEKEND weekends of".split(), " ", "  "]):
        if not en_dates.may_hold(value, ("weekend",)):
            assert en_dates._WEEKEND.search(value) is None, value
