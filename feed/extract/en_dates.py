"""English date expressions as `DateMention`s: 'Oct. 26', 'Sept. 19-22', 'June 7 to 10',
'May 28 to May30', 'Aug 5 and 6', '9 June', 'on Monday', 'Monday, Tuesday, and Wednesday',
'through Friday', 'today', 'yesterday', 'tomorrow', with an optional year and time.

dateparser handles single expressions well but neither ranges in running text
nor the tense-dependent weekday rule, so this small grammar is written here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import time

from feed.extract.dates import DateMention

MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTH_NAMES = (
    r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
)  # written out or cut short: 'Oct', 'Sept', 'September'
_MONTH = rf"(?:{MONTH_NAMES})\.?"
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# (not the hour of 'on April 29, 2000H-2030H', as Philippine notices write the clock)
_YEAR = r"(?:19|20)\d\d(?![\dHh])"
# A pattern tests the first letter a word of it can begin with before its alternatives, each of which a
# case-insensitive pattern tries in turn. A range's last day is no hour: 'September 4th, 2002 - 02:00 GMT'
_MONTH_DAY = re.compile(
    rf"\b(?=[jfmasond])(?P<m>{_MONTH})\s*(?P<d>{_DAY})\b(?:,?\s*(?P<y>{_YEAR}))?"
    rf"(?:\s*(?:-|–|—|to|and|through|until|till)\s*(?:(?P<m2>{_MONTH})\s*)?(?P<d2>{_DAY})\b(?![:.]\d)"
    rf"(?:,?\s*(?P<y2>{_YEAR}))?)?",
    re.I,
)
_DAY_MONTH = re.compile(
    # 'the 11th day of June 2024': a notice's formal date
    rf"\b(?=\d)(?P<d>{_DAY})(?:\s*(?:-|–|to|and)\s*(?:the\s+)?(?:{_WEEKDAY},?\s+)?(?P<d2>{_DAY}))?"
    rf"\s+(?:day\s+of\s+|of\s+)?(?P<m>{_MONTH})\b"
    rf"(?:\s*(?:-|–|to|until|till)\s*(?P<d3>{_DAY})\s+(?:of\s+)?(?P<m3>{_MONTH})\b)?"
    rf"(?:,?\s*(?P<y>{_YEAR}))?",
    re.I,
)
# '2018-09-28', '28.09.2018' (day first, as Europe writes it with dots)
_NUMERIC = re.compile(
    r"\b(?=\d)(?:(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)|(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>(?:19|20)\d\d))\b"
)
# 'in Denpasar, Bali (10/30)', 'on Wednesday (20/3)': a bracketed day and month in either order, read only where one
# of the two numbers can be no month ('(24/7)' is round the clock)
_BRACKETED_NUMERIC = re.compile(r"\((?!24/7\))(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)\)")
# 'from Friday, October 6, until Monday, October 9': two dates that are one run; 'from 17 November (Thursday) to
# 20 November (Sunday)': the first's weekday in brackets between them
_RANGE_JOIN = re.compile(rf"(?:\s*\({_WEEKDAY}\))?,?\s*(?:-|–|—|to|until|till|through)\s+(?:{_WEEKDAY},?\s+)?", re.I)
# 'on the 5th to the 7th of next month', 'the 12th of this month': days of a month named relative to the report
_DAY_OF_MONTH_NAMED = re.compile(
    r"\bthe\s+(?P<d>\d{1,2}(?:st|nd|rd|th))(?:\s*(?:-|–|to|and|until)\s*(?:the\s+)?(?P<d2>\d{1,2}(?:st|nd|rd|th)))?"
    r"\s+of\s+(?P<which>this|next|last)\s+month\b",
    re.I,
)
_WEEK_AFTER = re.compile(r",?\s+(this|next|last)\s+week\b", re.I)
_THIS_NEXT_LAST = {"this": 0, "next": 1, "last": -1}
# '(October 10, 1954-2024)', '(1 May 1975 - 2025)': a dated day and the year of its anniversary, the span of years
# an anniversary counts; the day is the one remembered, long past, and no day of the meeting that marks it
# ('postponed from July 24, 2020 to 2021': moved to another year, with 'to', which an anniversary's span never is)
_ANNIVERSARY_SPAN_AFTER = re.compile(rf"\s*[-–—]\s*{_YEAR}\b")
_IN_YEAR_AFTER = re.compile(r"\s+in\s+((?:19|20)\d\d)\b(?![-–/]\d)")  # 'on June 9 in 2011'
_YEAR_AFTER = re.compile(r",?\s+(this|next|last)\s+year\b", re.I)  # 'on May 29 last year'

# ('over the weekend of May 18-19': the days written after it say which)
_WEEKEND = re.compile(r"\b(?:(?P<which>this|next|last)(?:\s+coming)?|over\s+the)\s+weekend\b(?!\s+of\b)", re.I)
# 'during the week of May 13': a week that day begins, no day of it
_WEEK_OF_BEFORE = re.compile(r"\bweek\s+of\s+(?:the\s+)?$", re.I)
_THIS_BEFORE = re.compile(r"\bthis\s+$", re.I)
_NEXT_BEFORE = re.compile(r"\bnext\s+$", re.I)
# 'on the Sunday evening': a weekday after 'the' is one of the days told before it, not one of this week
_THE_BEFORE = re.compile(r"\bthe\s+$", re.I)
# 'will close on Sundays': a weekday in the plural is a habit, no day
_WEEKDAYS = re.compile(
    rf"\b(?=[mtwfs])(?P<first>{_WEEKDAY})(?P<rest>(?:\s*,\s*(?:and\s+)?{_WEEKDAY}|\s+and\s+{_WEEKDAY})*)"
    rf"(?:\s*(?:-|–|to|through(?:\s+to)?|until)\s*(?P<last>{_WEEKDAY}))?(?!s\b)",
    re.I,
)
# 'Monday 17 and Tuesday 18', 'on Monday, the 22nd,': a weekday and the day of the month without the month; the
# number is no day before a noun ('on Monday 17 people') nor before a time ('Monday 10:30'); Brazilian papers
# write it in brackets: 'on Sunday (17)', 'this Monday (18) and Tuesday (19)'
_WEEKDAY_DAY = re.compile(
    rf"\b(?=[mtwfs])(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?(?P<open>\()?(?P<d>{_DAY})(?(open)\))"
    rf"(?:\s*(?:-|–|to|and|through|until)\s*(?:{_WEEKDAY},?\s+)?(?:the\s+)?(?P<open2>\()?(?P<d2>{_DAY})(?(open2)\)))?"
    r"(?=\s*(?:[,;)]|[.:](?!\d)|$|(?:at|in|from|and|to|with|for|will|was|is)\b))",
    re.I,
)
# ('is not due until Thursday night': a person's arrival, not a meeting's last day)
_THROUGH = re.compile(
    r"\b(?=[tu])(?<!not due )(?<!not expected )(?<!not arriving )(?:through|until|till|to)\s+"
    rf"(?:(?P<next>next)\s+|this\s+)?(?P<last>{_WEEKDAY})\b",
    re.I,
)
_RELATIVE = re.compile(
    r"\b(?=[tyl])(?P<rel>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|"
    r"(?:yesterday|tomorrow) (?:morning|afternoon|evening)|last night)\b",
    re.I,
)
_RELATIVE_PAIR = re.compile(
    r"\b(?:yesterday\s+(?:and|to|through|till|until)\s+today|today\s+(?:and|to|through|till|until)\s+tomorrow"
    rf"|today,\s+tomorrow,?\s+and\s+(?P<third>{_WEEKDAY}))\b",
    re.I,
)  # 'today, tomorrow and Monday': a run of three days, the weekday the last
# '10:30am', '10.30am' (British style); an hour is 1 to 12: '10-30am' gives none, not 30 o'clock
CLOCK_WORDS = r"(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mm>[0-5]\d))?\s*(?P<ap>a\.?m\.?|p\.?m\.?)"
# 'kicked off at 00.05', 'at 14:30 hrs': a 24-hour time after 'at', with two digits to its hour (not '3.45 per cent')
_CLOCK_24 = (  # 'from 10:00 to 16:30' too
    r"(?:(?<=\bat\s)|(?<=\bfrom\s)(?=\d\d:))(?:(?P<h24>[01]\d|2[0-3]):|(?P<h24d>00|1[3-9]|2[0-3])\.)(?P<m24>[0-5]\d)"
    r"(?:\s*(?:hrs|hours|h)\b)?(?![\d%]|\s*(?:[ap]\.?m|per\b|percent))"
)
# the numbers written as words, one to twelve: an hour of the clock, a count of days
NUMBER_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve")
# 'at ten o'clock in the forenoon', 'at 3 o'clock in the afternoon': a notice's hour in words, its part of the day
# saying which half ('at seven o'clock' alone says neither)
_OCLOCK = (
    rf"(?P<wh>{'|'.join(NUMBER_WORDS)}|1[0-2]|0?[1-9])\s+o['’]clock\s+in\s+the\s+"
    r"(?P<part>forenoon|morning|afternoon|evening)\b"
)
# 'on April 29, 2000H-2030H': the four digits and H of a Philippine government notice's clock
_CLOCK_HOURS = r"(?P<hh>[01]\d|2[0-3])(?P<hmm>[0-5]\d)H\b"
_CLOCK = re.compile(  # 'at noon today', 'from 12 noon'
    rf"\b(?:{CLOCK_WORDS}|(?P<noon>(?:12\s+)?noon|midday)\b|{_OCLOCK}|{_CLOCK_HOURS})|{_CLOCK_24}", re.I
)
_ENDING_BEFORE = re.compile(
    r"\b(?:close|closed|closes|closing|ended|ends|concluded|concludes|wrapped up|until|till)\s+(?:at\s+)?$", re.I
)
# 'to open at 10am daily and close at 6pm from Tuesday to Thursday, 10pm on Friday and Saturday': each hour of a
# list after 'close at' closes the day, up to an opening verb or the end of the clause
_CLOSING_HOURS_BEFORE = re.compile(
    r"\b(?:close|closes|closed|closing)\s+at\s+(?:(?!\b(?:opens?|opened|opening|starts?|started|begins?|began)\b)"
    r"[^.;:])*$",
    re.I,
)
_UNTIL = re.compile(
    rf"\s*(?:to|until|till|and|-|–|—)\s*(?:{CLOCK_WORDS}|(?P<h24>[01]\d|2[0-3]):(?P<m24>[0-5]\d)(?![\d%]))", re.I
)
# '8 a.m. to 9 p.m. Saturday': the second hour of a range closes the day, however near the date it stands
_RANGE_END_BEFORE = re.compile(rf"{CLOCK_WORDS}\s*(?:to|until|till|and|-|–|—)\s*$", re.I)


def _month(value: str) -> int:
    return MONTHS[value.lower()[:3]]


_NOT_DIGIT = re.compile(r"\D")
_WEEKDAY_NAME = re.compile(_WEEKDAY, re.I)


def _day(value: str) -> int:
    return int(_NOT_DIGIT.sub("", value))


def find_dates(text: str) -> list[DateMention]:
    mentions: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in taken)

    # every day of the month is written in digits (_DAY): a text with none skips the patterns that read one
    digits = may_hold_digit(text)
    for match in _MONTH_DAY.finditer(text) if digits else ():
        if match.group("y") and not match.group("d2") and _ANNIVERSARY_SPAN_AFTER.match(text, match.end()):
            taken.append(match.span())
            continue
        day, month = _day(match.group("d")), _month(match.group("m"))
        year = int(match.group("y")) if match.group("y") else None
        month2 = _month(match.group("m2")) if match.group("m2") else None
        year2 = int(match.group("y2")) if match.group("y2") else year
        if year is None and year2 is not None:  # 'May 3 to 5, 2024', 'Dec. 30 to Jan. 2, 2024': the range's year
            year = year2 - 1 if month2 is not None and month2 < month else year2
        mention = DateMention(match.start(), match.end(), (year, month, day))
        if match.group("d2"):
            mention.end = (year2, month2, _day(match.group("d2")))
        elif year is None and (listed := _LISTED_DAYS_AFTER.match(text, match.end())) is not None:
            listed_year = int(listed.group("y")) if listed.group("y") else None
            written = text[listed.start() : listed.start("y") if listed_year else listed.end()]
            days = [day] + [_day(d) for d in _DAY_NUMBER.findall(written)]
            if days == list(range(day, day + len(days))):  # 'May 14, 15 and 16': the days of one run
                mention.start = (listed_year, month, day)
                mention.end, mention.finish = (listed_year, month, days[-1]), listed.end()
        _add_year_after(text, mention)
        mentions.append(mention)
        taken.append(match.span())
    _join_runs(text, mentions)
    taken += [(m.begin, m.finish) for m in mentions]  # 'October 6, until Monday, October 9': one run
    for match in _DAY_MONTH.finditer(text) if digits else ():
        if not free(*match.span()):
            continue
        if match.group("y") and not match.group("d2") and _ANNIVERSARY_SPAN_AFTER.match(text, match.end()):
            taken.append(match.span())
            continue
        year = int(match.group("y")) if match.group("y") else None
        mention = DateMention(match.start(), match.end(), (year, _month(match.group("m")), _day(match.group("d"))))
        listed = _LISTED_DAYS_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if listed is not None and match.group("d2") and not match.group("d3"):
            # '14, 15 and 16 May': the run from the first day listed, or its first day when they are not a run
            days = [_day(d) for d in _DAY_NUMBER.findall(listed.group(0))] + [_day(match.group("d"))]
            days.append(_day(match.group("d2")))
            run = days == list(range(days[0], days[0] + len(days)))
            mention.begin, mention.start = listed.start(), (year, _month(match.group("m")), days[0])
            mention.end = (year, _month(match.group("m")), days[-1]) if run else None
            mentions.append(mention)
            taken.append((mention.begin, mention.finish))
            continue
        if match.group("d3"):
            mention.start = (year, _month(match.group("m")), _day(match.group("d")))
            mention.end = (year, _month(match.group("m3")), _day(match.group("d3")))
        elif match.group("d2"):
            mention.end = (year, _month(match.group("m")), _day(match.group("d2")))
        _add_year_after(text, mention)
        mentions.append(mention)
        taken.append(match.span())
    mentions.sort(key=lambda m: m.begin)
    _join_runs(text, mentions)  # '17 November (Thursday) to 20 November (Sunday)': one run
    taken += [(m.begin, m.finish) for m in mentions]
    for match in _DAY_OF_MONTH_NAMED.finditer(text) if digits else ():
        if not free(*match.span()):
            continue
        mention = DateMention(match.start(), match.end(), (None, None, _day(match.group("d"))))
        if match.group("d2"):
            mention.end = (None, None, _day(match.group("d2")))
        mention.flags.add(f"month:{_THIS_NEXT_LAST[match.group('which').lower()]}")
        mentions.append(mention)
        taken.append(match.span())
    for match in _NUMERIC.finditer(text) if digits else ():
        if not free(*match.span()):
            continue
        year, month, day = (int(match.group(k) or match.group(k + "2")) for k in ("y", "m", "d"))
        if 1 <= month <= 12 and 1 <= day <= 31:
            mentions.append(DateMention(match.start(), match.end(), (year, month, day)))
            taken.append(match.span())
    for match in _BRACKETED_NUMERIC.finditer(text) if digits else ():
        a, b = int(match.group("a")), int(match.group("b"))
        month, day = (b, a) if a > 12 else (a, b)
        if free(*match.span()) and (a > 12) != (b > 12) and 1 <= month <= 12 and 1 <= day <= 31:
            mentions.append(DateMention(match.start(), match.end(), (None, month, day)))
            taken.append(match.span())
    for match in _WEEKDAY_DAY.finditer(text) if digits else ():
        if not free(*match.span()):
            continue
        mention = DateMention(match.start(), match.end(), (None, None, _day(match.group("d"))))
        mention.weekday = WEEKDAYS.index(match.group("wd").lower())
        mention.flags.add("of-month")
        if match.group("d2"):
            mention.end = (None, None, _day(match.group("d2")))
        mentions.append(mention)
        taken.append(match.span())
    dated = {m.begin: m for m in mentions}
    for match in _WEEKDAYS.finditer(text):
        if not free(*match.span()):
            continue
        names = _WEEKDAY_NAME.findall(match.group(0))
        gap = _GLOSS_GAP.match(text, match.end())
        assert gap is not None  # every part of it is optional
        if len(names) == 1 and (glossed := dated.get(gap.end())) is not None:
            glossed.begin = match.start()  # 'on Monday, June 5': the date says which Monday
            glossed.flags.add(f"on-weekday:{WEEKDAYS.index(names[0].lower())}")  # and the Monday which year
            if "(" in gap.group(0) and text.startswith(")", glossed.finish):
                glossed.finish += 1
            continue
        if len(names) == 1 and any(_GLOSS_OF_DATE.fullmatch(text, m.finish, match.start()) for m in mentions):
            continue  # 'June 5 (Monday)': the weekday of the date before it
        if _THE_BEFORE.search(text, max(0, match.start() - 5), match.start()):
            continue
        mention = DateMention(match.start(), match.end(), (None, None, 1))
        mention.weekday = WEEKDAYS.index(names[0].lower())
        if len(names) > 1:
            mention.end_weekday = WEEKDAYS.index(names[-1].lower())
        mention.flags.add("weekday")
        week_after = _WEEK_AFTER.match(text, match.end())
        if _THIS_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            mention.flags.add("week:0")  # 'this Thursday': the Thursday of this week, before or after today
        elif _NEXT_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            mention.flags.add("next")  # 'next Sunday': one still to come, and never today
        elif week_after is not None:  # 'on Wednesday next week', 'Monday last week'
            mention.flags.add(f"week:{_THIS_NEXT_LAST[week_after.group(1).lower()]}")
            mention.finish = week_after.end()
        mentions.append(mention)
        taken.append(match.span())
    for match in _WEEKEND.finditer(text) if may_hold(text, ("weekend",)) else ():
        if not free(*match.span()):
            continue
        mention = DateMention(match.start(), match.end(), (None, None, 1))
        mention.weekday, mention.end_weekday = 5, 6  # Saturday and Sunday
        mention.flags.add("weekday")
        if match.group("which"):  # 'this weekend', 'next weekend'; 'over the weekend' by the tense, as a weekday
            mention.flags.add(f"week:{_THIS_NEXT_LAST[match.group('which').lower()]}")
        mentions.append(mention)
        taken.append(match.span())
    runs = [(match.start(), match.end(), 3 if match.group("third") else 2) for match in _RELATIVE_PAIR.finditer(text)]
    pairs = [(begin, finish) for begin, finish, _ in runs]
    for begin, finish, length in runs:  # 'will meet today and tomorrow': a run of two days from the first
        mentions[:] = [m for m in mentions if not begin <= m.begin < finish]  # its weekday is no day of its own
        mention = DateMention(begin, finish, (None, None, 1), duration_days=length)
        mention.relative_days = -1 if text[begin].lower() == "y" else 0
        mention.flags.add("relative")
        mentions.append(mention)
    for match in _RELATIVE.finditer(text):
        if any(begin <= match.start() < finish for begin, finish in pairs):
            continue
        rel = match.group("rel").lower()
        mention = DateMention(match.start(), match.end(), (None, None, 1))
        mention.relative_days = (
            -1 if rel.startswith(("yesterday", "last night")) else (1 if rel.startswith("tomorrow") else 0)
        )
        mention.flags.add("relative")
        mentions.append(mention)
    _join_weekday_runs(text, mentions)
    mentions[:] = [
        m for m in mentions if m.end is not None or not _WEEK_OF_BEFORE.search(text, max(0, m.begin - 16), m.begin)
    ]
    for mention in mentions:
        _add_clock_times(text, mention)
    return sorted(mentions, key=lambda m: m.begin)


# 'May 14, 15 and 16', '14, 15 and 16 May': a list of days of one month
_LISTED_DAYS_AFTER = re.compile(
    rf"(?:\s*,\s*{_DAY}\b){{1,4}},?\s+and\s+{_DAY}\b(?![:.]\d)(?:,?\s*(?P<y>{_YEAR}))?(?!,?\s*\d)", re.I
)
_LISTED_DAYS_BEFORE = re.compile(rf"\b(?:{_DAY}\s*,\s*){{1,4}}$", re.I)
_DAY_NUMBER = re.compile(r"\d{1,2}")


def _add_year_after(text: str, mention: DateMention) -> None:
    """'on May 29 last year', '3 March next year': the year, relative to the reference, of a day written without one."""
    year_after = _YEAR_AFTER.match(text, mention.finish)
    if year_after is not None and mention.start[0] is None:
        mention.flags.add(f"year:{_THIS_NEXT_LAST[year_after.group(1).lower()]}")
        mention.finish = year_after.end()
    in_year = _IN_YEAR_AFTER.match(text, mention.finish)
    if in_year is not None and mention.start[0] is None:  # 'on June 9 in 2011', as Bangladesh's papers write it
        year = int(in_year.group(1))
        mention.start = (year, *mention.start[1:])
        if mention.end is not None and mention.end[0] is None:
            mention.end = (year, *mention.end[1:])
        mention.finish = in_year.end()


# 'between 30th March and 1st April': a run whose two days 'between' joins with 'and' (not 'on 3 May and 5 June')
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+(?:the\s+)?$", re.I)
_AND_JOIN = re.compile(r",?\s+and\s+(?:the\s+)?", re.I)
# "on Monday, June 5", "on Tuesday, the 11th day of June", "from Thursday evening, August 22nd"
_GLOSS_GAP = re.compile(r"(?:\s+(?:morning|afternoon|evening|night)\b)?,?\s*(?:\(|the\s+)?")
_GLOSS_OF_DATE = re.compile(r".?\(|\(\s", re.S)  # between a date and its weekday: 'June 5 (Monday)'


def _join_runs(text: str, mentions: list[DateMention]) -> None:
    """A date with no end, then 'until (Monday,) October 9': the second date ends the first's run."""
    for first, second in zip(mentions, mentions[1:], strict=False):
        if first.end is None and second.end is None and first.finish <= second.begin:
            joint = _RANGE_JOIN.fullmatch(text, first.finish, second.begin) or (
                _BETWEEN_BEFORE.search(text, max(0, first.begin - 12), first.begin)
                and _AND_JOIN.fullmatch(text, first.finish, second.begin)
            )
            if joint is not None and second.start[1] is not None:
                first.end = second.start if second.start[0] is not None else (first.start[0], *second.start[1:])
                if first.start[0] is None and first.end[0] is not None:  # '30 March and 1 April 2020': the run's
                    back = 1 if (first.start[1] or 0) > (first.end[1] or 0) else 0  # year ('30 Dec. and 2 Jan.')
                    first.start = (first.end[0] - back, *first.start[1:])
                first.finish = second.finish
                second.flags.add("joined")
    mentions[:] = [m for m in mentions if "joined" not in m.flags]


def _join_weekday_runs(text: str, mentions: list[DateMention]) -> None:
    """'from Tuesday to November 4', 'from today to November 1': a weekday, or a day named from the report's
    after 'from', then a date with its month, is the run from the one to the other."""
    mentions.sort(key=lambda m: m.begin)
    for first, second in zip(mentions, mentions[1:], strict=False):
        starts_a_run = "weekday" in first.flags or (
            "relative" in first.flags and _FROM_BEFORE.search(text, max(0, first.begin - 6), first.begin)
        )
        if not starts_a_run or first.end_weekday is not None or second.start[1] is None:
            continue
        if second.end is None and _WEEKDAY_TO.fullmatch(text, first.finish, second.begin):
            first.end = second.start
            first.finish = second.finish
            second.flags.add("joined")
    mentions[:] = [m for m in mentions if "joined" not in m.flags]


_WEEKDAY_TO = re.compile(r"\s*(?:to|until|till|through)\s+", re.I)
# ('postponed today to May 6' gives the day it was moved to, not the end of a run)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)


# 'on August 15 at 9.30', 'on 3 May, at 09:30': an hour of the morning with no a.m. right after a day, as a
# 24-hour text writes it (hours 1 to 7 without a leading zero say neither half: 'on May 5 at 7:30' is the evening)
_MORNING_AT_AFTER = re.compile(
    r",?\s+at\s+(?P<h>0\d|1[01]|[89])[.:](?P<m>[0-5]\d)\b(?![.:]?\d|\s*(?:[ap]\.?m|o['’]clock|per\b|percent|%))",
    re.I,
)
# 'inaugurated Thursday morning, at 9:00', 'opens on Friday afternoon at 2.30': the part of the day written between
# a day and its hour says which half an hour with no a.m. or p.m. is in
_PART_OF_DAY_AT_AFTER = re.compile(
    r"\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening),?\s+at\s+(?P<h>1[0-2]|0?[1-9])[.:](?P<m>[0-5]\d)\b"
    r"(?![.:]?\d|\s*(?:[ap]\.?m|o['’]clock|per\b|percent|%|hrs\b|hours\b|h\b))",
    re.I,
)
_HOURS_OF_PART = {"morning": range(5, 12), "afternoon": range(12, 19), "evening": range(17, 24)}
_PART_OF_DAY_BEFORE = re.compile(r"\bon\s+the\s+(?:morning|afternoon|evening|night)\s+of\s+$", re.I)


def _add_clock_times(text: str, mention: DateMention) -> None:
    """The nearest clock time around a date starts it ('opened at 9:30 am on Friday'); one after 'closed',
    'until' or 'to' ends it ('… and closed at 5 pm', '9 am to 5 pm')."""
    part = _PART_OF_DAY_BEFORE.search(text, max(0, mention.begin - 30), mention.begin)
    reach = 25 + (len(part.group()) if part is not None else 0)  # 'at 7.30 pm on the evening of Monday 5 July'
    near = [*_CLOCK.finditer(text, max(0, mention.begin - reach), mention.begin)]
    near += [*_CLOCK.finditer(text, mention.finish, mention.finish + 40)]
    starts = [
        c
        for c in near
        if not _ENDING_BEFORE.search(text, max(0, c.start() - 14), c.start())
        and not _CLOSING_HOURS_BEFORE.search(text, max(0, c.start() - 80), c.start())
        and not _RANGE_END_BEFORE.search(text, max(0, c.start() - 20), c.start())
    ]
    if not starts:
        morning = _MORNING_AT_AFTER.match(text, mention.finish)
        if morning is not None:  # 'on August 15 at 9.30': a morning hour in 24-hour style, right after its day
            mention.start_time = time(int(morning.group("h")), int(morning.group("m")))
        elif (part := _PART_OF_DAY_AT_AFTER.match(text, mention.finish)) is not None:
            hours = _HOURS_OF_PART[part.group("part").lower()]
            # the hour of the clock in that part of the day: 'afternoon at 2:30' is 14:30, 'morning at 9:00' 09:00
            hour = next((h for h in (int(part.group("h")) % 12, int(part.group("h")) % 12 + 12) if h in hours), None)
            if hour is not None:
                mention.start_time = time(hour, int(part.group("m")))
        return
    clock = min(starts, key=lambda c: min(abs(c.start() - mention.finish), abs(mention.begin - c.end())))
    mention.start_time = _clock_time(clock)
    until = _UNTIL.match(text, clock.end())
    ends = [_clock_time(until)] if until else []
    ends += [_clock_time(c) for c in near if c.start() > clock.end() and c not in starts]
    end = next((e for e in ends if e > mention.start_time), None)
    if end is not None:
        mention.end_time = end


def _clock_time(match: re.Match[str]) -> time:
    if match.groupdict().get("noon"):
        return time(12, 0)
    if match.groupdict().get("hmm"):
        return time(int(match.group("hh")), int(match.group("hmm")))
    if match.groupdict().get("m24"):
        return time(int(match.group("h24") or match.groupdict()["h24d"]), int(match.group("m24")))
    if match.groupdict().get("wh"):
        word = match.group("wh").lower()
        hour = NUMBER_WORDS.index(word) + 1 if word in NUMBER_WORDS else int(word)
        later = match.group("part").lower() in ("afternoon", "evening")
        return time(hour % 12 + (12 if later else 0), 0)
    hour = int(match.group("h")) % 12 + (12 if match.group("ap").lower().startswith("p") else 0)
    return time(hour, int(match.group("mm") or 0))


def clock_time_at(text: str, position: int) -> tuple[time, int] | None:
    """The clock time written at `position` ('4 p.m.', '10.30am') and where it ends, or None."""
    clock = _CLOCK.match(text, position)
    return (_clock_time(clock), clock.end()) if clock is not None else None


# the letters re.I matches with an ASCII one that str.lower() leaves apart: 'İ' (lowered to 'i' and a combining
# dot), the dotless 'ı', the long 'ſ'
_ODD_CASES = ("\u0307", "\u0131", "\u017f")


def may_hold(text: str, parts: Iterable[str]) -> bool:
    """Whether `text` holds one of `parts` (lower case) in any case, or a letter a case-insensitive pattern may read
    as one of theirs: the cheap test before a costly scan, each of whose matches holds one of `parts`."""
    lowered = text.lower()
    return any(part in lowered for part in parts) or any(odd in lowered for odd in _ODD_CASES)


def may_hold_digit(text: str) -> bool:
    """Whether `text` may hold a digit (\\d): an ASCII text without 0-9 holds none."""
    return not text.isascii() or any(digit in text for digit in "0123456789")


def through_weekday(text: str) -> tuple[int, int, bool] | None:
    """'… will continue through Friday' -> (4, where 'through' stands, False), '… through next Saturday' -> (5, …,
    True); not the end of a range of weekdays ('running from Thursday to Saturday'), which is the run of the meeting
    it stands with."""
    for match in _THROUGH.finditer(text) if may_hold(text, ("day",)) else ():  # every weekday ends in 'day'
        if _DATE_GLOSS_AFTER.match(text, match.end()):
            continue  # 'through Monday, Jan. 12': the date says which Monday, not the next one after the start
        if not _WEEKDAY_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            return WEEKDAYS.index(match.group("last").lower()), match.start(), bool(match.group("next"))
    return None


_WEEKDAY_BEFORE = re.compile(rf"\b{_WEEKDAY},?\s+$", re.I)
# a weekday's own date after it: ', Jan. 12', ' 12 January', ', the 12th'
_DATE_GLOSS_AFTER = re.compile(rf",?\s+(?:the\s+)?(?:{_MONTH}\s+{_DAY}\b|{_DAY}\s+{_MONTH}(?!\w))", re.I)
