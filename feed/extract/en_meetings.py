"""Meetings in English text: a capitalised name ending in a meeting word ('Forum',
'Summit', 'Fair for Investment and Trade') with a date in the same clause.
'The forum' and 'the summit' refer back to the main meeting; a bare weekday
means the last one for a report and the next one for an announcement.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import date, timedelta

from feed.extract.candidate import Candidate, PlaceMention, date_cue_kind, first_named_dated
from feed.extract.dates import (
    LONGEST_RUN_DAYS,
    LONGEST_SHOW_DAYS,
    DateMention,
    date_kind,
    resolve_mention,
    resolve_weekday,
    safe_date,
)
from feed.extract.en_dates import (
    CLOCK_WORDS,
    MONTH_NAMES,
    MONTHS,
    NUMBER_WORDS,
    clock_time_at,
    find_dates,
    may_hold,
    may_hold_digit,
    through_weekday,
)
from feed.extract.gazetteer import SMALL_TOWN, Place, find_place, find_town
from feed.extract.places import (
    english_capitals_in,
    english_countries_named,
    english_places_in,
    english_town,
    english_towns_in,
    english_venues_in,
)

_KIND = (
    r"(?:Conferences?|Forums?|Summits?|Expos?|Exposition|Fairs?|Congress|Dialogue|Meetings?|"
    r"Symposium|Colloquium|Ceremon(?:y|ies)|Talks|Assembly|Exhibition|Roundtable|Seminars?|Workshops?|Festival|Games|(?-i:(?!Jon|John|Nath)[A-Za-z]*athon)|Messe(?!\s+(?-i:[A-Z]))|"
    r"Gala|Awards?\s+Nights?|Awards|Convention|Show|(?-i:Showcase)|Airshow|Air Show|Olympics|Championships?|"
    r"Multi-?sports?\s+Events?|"  # 'the region's biggest multisport event': a games
    r"Tournament|Retreat|Reception|Conclaves?|Synods?|"  # India's 'the Example Science Conclave'; a church's
    # 'the Third Plenum of the 20th Central Committee', 'the 65th International Mathematical Olympiad', 'the World
    # Scout Jamboree', 'the Example Triennale', 'the Example Ironman Triathlon'
    r"Plenum|Olympiad|Jamboree|Trienn(?:ale|ial)|(?-i:(?:Tri|Bi|Pent|Du|Aqu)athlon)|"
    r"Festivities|"  # 'Nine days of Dasara festivities will commence from Sunday': a festival's
    r"(?-i:Fest|(?!Mani)[A-Z][a-z]+fest)|"  # 'the Example Fest', 'the sixth annual Northwest Bookfest', 'Oktoberfest'
    # (not South Asia's 'District and Sessions Judge Court', 'the Sessions Court': a court, no sitting of a body)
    r"Briefing|(?-i:Week)|Biennale|Carnival|Fiesta|(?-i:Sessions?(?!\s+(?:Judges?|Courts?)\b))|(?<=['’\u201d\x22]\s)sessions?|(?<=\blegislative\s)sessions?|(?-i:Cup)|Indaba|Convocation|(?-i:Congregation)|"
    r"Durbar|(?-i:AGM)|(?-i:Races)|Regatta|(?-i:Parade)|(?-i:Grand\s+Prix)|"
    # a rugby sevens tournament named by its city ('the Example Sevens kick off on Friday'), not a team or a season
    r"(?-i:Sevens(?!\s+(?i:squads?|teams?|sides?|coach(?:es)?|captains?|players?|stars?|titles?|series|circuit)\b))|"
    r"Mahotsav|Mela|Utsav|"  # India's festivals and fairs: 'Chintpurni Mahotsav', 'Surajkund Mela'
    # India's 'Example Lit Fest', 'the Example Bluesfest' (not 'Manifest'); a meet as India and Africa call one ('the
    # Global Investors Meet', 'the National Athletics Meet'), after the word saying whose (a headline's 'Leaders Meet'
    # is a verb); South Africa's cabinet 'Lekgotla', Pakistan's and Afghanistan's 'Jirga'
    r"(?-i:Fest|(?!Manifest)[A-Z][a-z]+fest)|(?-i:(?:Investors|Partners|Exporters|Buyers|Traders)['’]?\s+Meet)|"
    r"(?-i:(?:Athletics|Sports|Alumni|Business|Industry|Track|Aquatics|Swimming|Shooting|Chess|Science|Youth"
    r"|Investment)\s+Meet)|Lekgotla|(?-i:Jirga)|"
    # 'COP29', 'COP 16': a conference of the parties, named by its number alone (not in 'the COP29 climate summit',
    # which the summit ends; 'climate talks, known as COP20' names the talks)
    r"(?-i:(?<!known as )(?<!called )(?<!dubbed )COP\s?-?\d{1,2}(?![\d-])"
    r"(?!\s+(?:[\w-]+\s+){0,2}(?:summit|conference|talks|meeting|negotiations)\b))|"
    r"Naadam|Nadam|"  # Mongolian games fairs: 'the Example Banner Naadam', 'a winter Nadam fair'
    r"(?-i:F[eé]ile)|"  # Irish for festival, its name after it: 'Féile an Phobail', 'Feile na Bealtaine'
    # Xinhua's word for a commemoration: 'A grand gathering celebrating the centenary of …' (not 'mass gatherings')
    r"(?<=\bgrand\s)gatherings?|(?<=\bsolemn\s)gatherings?|"
    r"F[eê]tes?)"  # 'the fete opens on Friday': a festival, as Kenyan and Indian papers call it
)
ORDINAL_WORDS = tuple("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split())
_ORDINAL = rf"(?:{'|'.join(ORDINAL_WORDS)}|\d+(?:st|nd|rd|th))"
# capitalised words of a headline that are no part of a name
# ('… Forum Announced Deferment', 'Eastern Conference on Wednesday', 'the Tourism Administration-supported festival')
# adjectives in -ed that are words of names ('Standard Chartered', 'Advanced Materials'), unlike 'Announced'
_ED_IN_NAMES = (
    r"(?:United|Chartered|Limited|Advanced|Applied|Integrated|Connected|Augmented|Distributed|Embedded|Automated"
    r"|Unified|Associated|Related)\b"
)
_NOT_IN_NAMES = (
    rf"(?!(?:(?!{_ED_IN_NAMES})[A-Z][a-z]+ed|[A-Z][\w'’]*-[a-z]+ed|Announces?|Opens|Open(?!\s+[A-Z])|Kicks?|Begins?|Says?|Set|Will|Holds?|Hosts?|Ends?|Closes?|Concludes?|"
    r"Wraps?|Starts?|Continues?|Resumes?|Returns?|Draws?|Attracts?|"
    # a headline's verb of whoever comes to it: 'Minister to Address International Seminar', 'Ruto Addresses Example
    # Forum', 'Mayor Attends …', 'PM Will Not Attend Summit'
    r"Address(?:es)?|Attends?|Inaugurates?|Unveils?|Visits|Chairs|Joins?|Skips?|Not|"
    # 'Example Group Set To Hold Regional Investment Summit Next Week', '… Book Fair Tomorrow': the day it is held
    r"(?:Today|Tonight|Tomorrow|Yesterday)(?!['’])|(?:Next|This)(?=\s+(?:Week|Weekend|Month|Year)\b)|"
    r"Must|To|Is|Are|Was|Were|Has|Have|Be|Gets?|At|In|On|With|As|By|Amid|After|Before|From|Ready|Ahead|Of|"
    r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)"
)
# a token with a digit is a word of a name ('G20', 'COP28', '5G', '2024'), a bare day ('June 12 summit') or an
# hour ('1pm Conference adjourns') is not
_WORD = rf"(?:{_NOT_IN_NAMES}[A-Z][\w'’&.+/-]*|[A-Z][\w-]*\d[\w-]*|(?!\d{{1,2}}[ap]m\b)\d[\w-]*[A-Za-z][\w-]*|\d{{4}})"
# a month or a weekday, written out or cut short: 'Oct.', 'Sept', 'Thursday' (not 'Fringe', 'Sunshine')
_DAY_WORD = (
    rf"(?:{MONTH_NAMES}|Mon(?:day)?|Tue(?:s|sday)?|Wed(?:nesday)?|Thu(?:rs|rsday)?|Fri(?:day)?|"
    r"Sat(?:urday)?|Sun(?:day)?)\b"
)
# 'the' inside a name follows a small word ('Conference of the Parties'), not a capitalised one
_SMALL_WORDS_BEFORE_THE = ("of", "on", "for", "to", "and", "at", "in")
_THE_AFTER_A_SMALL_WORD = "(?:" + "|".join(rf"(?<=\b{word}\s)" for word in _SMALL_WORDS_BEFORE_THE) + ")the"
# a name starts at a word ('Home Affairs' holds no 'fairs'; '90,000-visitor show' no '000-visitor show'); a comma goes
# on its head only in a list ending in 'and'
# ('Water, Energy, Technology and Environment Exhibition'; not 'the Culture Departments, Example Festival')
_NAME = re.compile(
    rf"(?<![\w&/-])(?<!\w['’])(?<!\d,)(?P<name>(?:(?:{_ORDINAL}|{_WORD}|&|(?:and|for|of|es|de|da|del)(?=\s+[A-Z])"
    rf"|Heads? of (?:State|Government)"
    rf"|\([A-Z][A-Za-z0-9]{{1,8}}\))(?:,(?=(?:,?\s+{_WORD})+,?\s+(?:and|&)\s)\s+|\s+))*?"
    rf"(?:{_WORD}\s+)?"
    rf"(?:(?:autumn|spring|summer|winter|annual|trade|peace|biodiversity|international|"
    rf"world|global|ministerial|leaders'?|economic|climate)\s+)*"
    rf"(?i:{_KIND})\b(?:\s+(?:\([A-Z][A-Za-z0-9]{{1,8}}\)\s+)?(?:[A-Z][\w'’-]*\s+){{0,2}}"
    # 'Pacific Islands Forum (PIF) Leaders Summit', 'the X Festival colloquium'
    rf"(?i:summit|meeting|conference|talks|forum|retreat|ceremony|symposium|colloquium|seminar|workshop)\b)?)"
    # '… on Infrastructure, Information and Innovation': a comma goes on a name only in such a topic list;
    # '… Forum on the Digital Economy and the Smart Example Expo': 'and the' before a meeting word starts another name
    rf"(?P<tail>(?:\s+(?:on|for)\s+{_WORD}(?:\s+{_WORD})*(?:,\s+{_WORD}(?:\s+{_WORD})*)+,?\s+(?:and|&)\s+{_WORD}"
    # ('the' only after a small word: 'host the World Expo 2020 Ayutthaya the 151st General Assembly' is two names)
    rf"|\s+(?:of|on|for|to|{_THE_AFTER_A_SMALL_WORD}|and(?!\s+the\s+(?:{_WORD}\s+){{1,6}}(?i:{_KIND})\b)"
    rf"|&|parties|{_WORD})"
    # '… Forum for Media Cooperation of the fourth Example City Forum': the edition of the meeting it is part of
    rf"|(?<=\sof\sthe)\s+{_ORDINAL}(?=\s+{_WORD})"
    rf"|(?<=F[eé]ile)\s+(?:an|na)(?=\s+[A-Z])"  # 'Féile an Phobail': the Irish article after the word for festival
    # '… Forum for Advanced International Students': after 'for', 'on' or 'of' a word in -ed before another
    # capitalised one describes the topic ('Applied', 'Integrated'); elsewhere it is a headline's verb
    rf"|(?:(?<=\sof)|(?<=\son)|(?<=\sfor))\s+[A-Z][a-z]+ed(?=\s+[A-Z]))*"
    rf"(?:\s*\([A-Z][A-Za-z0-9]+\))?)"
)
_STOPWORDS = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "its",
    "their",
    "his",
    "her",
    "our",
    "of",
    "on",
    "for",
    "to",
    "and",
    "at",
    "in",
    "by",
    "with",
    "as",
    "from",
    "about",
}
# a name of meeting words alone that the text writes as a title, its 'The' capitalised: 'The Festival Congress'
_PROPER_THE = re.compile(r"The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+$")
_OPENS_A_SENTENCE = ("", ".", "!", "?", ":", ";", "“", '"', "‘", "'", "(", "—", "–", "-")  # a 'The' after them
# a kind that names one meeting by its number: 'COP29' (the 29th Conference of the Parties)
_NUMBERED_KIND = re.compile(r"COP-?\d{1,2}")
_FEST_NAME = re.compile(r"[A-Z][a-z]+fest")  # 'Oktoberfest', 'Riverfest': a festival's name in one word
_GENERIC_LEAD = re.compile(
    r"^(?:(?:\d{1,2}\s+[A-Z][a-z]+\s+)?\d{4}\s*[-–—]+\s*)?"  # '30 January 2017- The 28th Summit'
    r"(?:(?:[Tt]he|THE|[Tt]his|[Tt]hat|[Aa]n?|[Ii]ts|[Tt]heir|[Oo]ur|[Tt]hese|[Uu]pcoming|major|first|"
    r"second|last|next|physical|online|virtual|biennial|annual|"
    # 'a two-day summit', 'Three-day fair opens': its length, no part of its name
    rf"(?:\d{{1,2}}|{'|'.join(f'[{w[0].upper()}{w[0]}]{w[1:]}' for w in NUMBER_WORDS[:10])})-(?:day|week))\s+)+"
)
# a holiday, not a gathering ('the Lantern Festival observed on Feb. 24'); '2024 Taiwan Lantern Festival' is one
_HOLIDAY = re.compile(
    r"^(?:Lantern|Spring|Mid-Autumn|Dragon Boat|Qingming|Double Ninth|Chinese New Year|Lunar New Year)\s+Festival$"
)
_PREPOSITION_LEAD = re.compile(r"^(?:of|for)\s+")  # 'the second day of Dragon Boat Festival'
_COINCIDES_WITH_BEFORE = re.compile(
    r"\bcoincid(?:es|ed|ing|e)\s+with\s+(?:the\s+)?(?:(?:first|second|third|last|final|opening|closing)\s+day\s+)?"
    r"(?:of\s+)?(?:the\s+)?$"
)
_NOT_MEETINGS = re.compile(
    r"\b(?:online|web|internet|virtual)\s+(?:forum|talks|meeting)|\b(?:Eastern|Western)\s+Conference\b"
    r"|\b(?:All Progressives|Indian National|African National|Nepali|U\.?S\.?|Trades Union)\s+Congress\b"
    r"|\bPeople['’]s National Congress\b|\bConference on Trade and Development\b"  # parties, UNCTAD
    r"|\breach(?:ed|es|ing)?\s+the\s+summit\b|\bsummit\s+of\s+(?:Mount|Mt\.?|Everest|K2|the\s+(?:mountain|peak))\b"
    r"|\bslide\s*shows?\b"  # '9 Photos | View Slide Show': a page's gallery, not a show anyone attends
    r"|\b(?:won|wins|win|winning|awarded|scooped|claimed|took)\s+(?:the|a|its)\s+Grand\s+Prix\b",  # a prize, not a race
    re.I,
)
_TOPIC = re.compile(
    r"\s+(?:on|about)\s+(?:(?!(?:in|at|by|with|from|to|and|which|that|where|was|were|is|are|will|would|has|had|"
    r"on|held|hosted|opened|opens|began|begins|took|takes|kicked|started|starts|said|says|today|tomorrow|"
    rf"yesterday|this|next|last|\d+)\b|{_DAY_WORD})"
    r"[\w'’&-]+\s*){1,6}"
)
_VENUE_AFTER = re.compile(
    r"\s*(?i:(?:and|&)\s+(?:exhibition|convention|conference)\s+)?(?i:Cent(?:er|re)s?|Halls?|Hotel|Park|Building|"
    r"Complex|Grounds|Site|Venue|Room|Road|Street|Avenue|Square|Stadium|Arena|Palace|Pavilion|Facility|"
    r"Theat(?:re|er)s?|Auditorium|Museum|Gallery|Cinemas?|Multiplex|Village|Plants?|Lines?|Factor(?:y|ies)|"
    r"Spaces?|Areas?|Booths?|Stands?|Lounges?|Suites?|Terraces?|Wing)\b"
)  # 'the Petersfield conference complex' is a place, 'its US assembly plant' a factory, '500 sq m of exhibition space'
# ('the Summit Lounge of the hotel', 'the Congress Suite': a room)
_SUB_EVENT = re.compile(r"^(?:opening|closing|concluding|signing)\s+(?:ceremony|session)$|^press\s+conference$", re.I)
# 'reiterated their will to boost ties', 'the political will': the noun, not the tense
_NOT_THE_TENSE = r"(?<!\btheir\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\bour\s)(?<!\bthe\s)(?<!\bpolitical\s)"
_FUTURE = re.compile(
    # 'pools that had been slated to close': what was once planned, told in the past, no tense of a meeting to come
    # (the first letters of its words first: one test where none begins, not one for each)
    rf"(?<!had been )(?<!had )\b(?=[abceginkoprstuw])(?:{_NOT_THE_TENSE}will|shall|is to|are to|"
    r"to be (?:held|hosted|staged|organi[sz]ed|convened|played)|scheduled|set for|set to|"
    r"expected to|plans? to|planned for|slated|(?:is|are) going to|"
    r"would|upcoming|next week|next month|is due|are due|opens|begins?|starts|commences|kicks? off|gets under way|"
    r"ahead of|returns|runs|run from|takes? place|"
    # 'The Example Games open in Perth on Nov. 11', 'the talks start on Monday': a plural meeting's present
    r"(?:(?<=games )|(?<=talks )|(?<=ships )|(?<=olympics )|(?<=awards )|(?<=races )|(?<=finals )|(?<=trials ))"
    r"(?:open|start|commence|get\s+under\s*way|run|return)(?=\s+(?:in|on|at|from|this|next|today|tonight|tomorrow"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|[A-Z][a-z]{2,8}\.?\s+\d|\d))|"
    # 'are taking place Tuesday evening', 'is being held on Friday': one day told in the present progressive is to
    # come (a run of days so told may have begun: 'is being held Monday to Wednesday')
    r"(?:is|are)\s+(?:taking\s+place|being\s+held)\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
    r"(?!\s*(?:-|–|(?:to|through|until|and)\b))|"
    r"to (?:delay|postpone|defer|put off|push back))\b",  # 'decided to delay the start of Sunday's race': to come
    re.I,
)
# ('The Example Agricultural Show roared to life yesterday', 'burst into life': it opened; 'sprang to life' is read
# by _OPENING alone, the letters the guard tests being kept)
_EVENT_VERBS = re.compile(
    # 'The X Summit officially started on Tuesday': 'started' says it as 'began' does
    r"\b(?=[bcehkoprst])(?:opened|opens|held|hold|holds|hosts?|hosted|convened|kicked off|kicks? off|began|begins|"
    r"started|starts|"
    r"concluded|closed|ended|run|runs|postponed|cancell?ed|called off|rescheduled|commenced|takes? place|"
    r"(?:roared|roars|burst|bursts|came|comes)\s+(?:to|in)(?:to)?\s+life)\b",
    re.I,
)
_ENDED = r"concluded|closed|ended|wrapped up|wound up"  # the verbs that say a meeting is over
_CLOSING = re.compile(
    rf"\b(?:{_ENDED}|(?:drew|draws|came|comes)\s+to\s+(?:a|an|its)\s+(?:close|end)|(?:closing|concluding) ceremony)\b",
    re.I,
)
# 'will close on Friday', 'is set to conclude today': the last day to come
_CLOSING_AHEAD = re.compile(
    r"\b(?:(?:will|is\s+to|are\s+to|(?:is\s+|are\s+)?(?:set|due|scheduled|expected)\s+to)\s+"
    r"(?:conclude|close|end|wrap\s+up)"
    # 'The two-day forum, which ends on Tuesday': the present of its last day
    r"|(?:concludes|closes|ends|wraps\s+up))\b(?!\s+(?:the|a|an|its|his|her|their)\b)",
    re.I,
)
_OPENING = re.compile(
    r"\b(?:opened|opens|kicked off|kicks off|got under ?way|gets under ?way|began|begins|commenced"
    r"|(?:roared|roars|sprang|springs|burst|bursts|came|comes)\s+(?:to|in)(?:to)?\s+life)\b"
)
# 'The Vice-President on Tuesday opened the second edition of the Example Fair': its opening, the name the object
# 'The mayor on Friday kicked off the X Festival', 'Yesterday kicked off three weeks of X Festival frenzy': the run it
# opened, its length before it; 'will kick off the meeting Friday morning': the day it is to open
_OPENED_IT = re.compile(
    r"\b(?:open(?:s|ed)?|inaugurat(?:es?|ed)|kick(?:s|ed)?\s+off)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:(?:[\w'’-]+\s+){1,3}?(?:edition|staging)\s+of\s+(?:the\s+)?"
    r"|(?:[\w'’-]+-long|\d{1,2}-day|[a-z]+-day)\s+"
    r"|(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s+(?:days|weeks|nights)\s+of\s+(?:the\s+)?)?$"
)
# 'announced the opening of the country's first national-level expo', 'the curtains were raised for the X Games'
_OPENING_OF_IT = re.compile(
    r"\b(?:(?:announced|declared)\s+the\s+opening\s+of|curtains?\s+(?:was|were)\s+raised\s+(?:for|on)"
    r"|raised\s+the\s+curtains?\s+on)\s+(?:the\s+|an?\s+)?(?:(?!(?:at|for|in|on|of|to|with|and|the)\s)[\w'’-]+\s+){0,4}$"
    # 'Ghana opened its annual cocoa summit': a kind after its own words
    r"|\b(?:opened|inaugurated)\s+(?:the|its|their|an?)\s+(?:(?!(?:at|for|in|on|of|to|with|and|the|a|an)\s)[a-z][\w'’-]*\s+){1,3}$"
    # 'stole the show at the opening of the 17th edition of the Example Festival on Saturday night'
    r"|\bat\s+the\s+(?:official\s+)?opening\s+of\s+(?:the\s+)?(?:[\w-]+\s+edition\s+of\s+(?:the\s+)?)?$"
)
_CANCELLED = re.compile(
    r"(?<!after being )(?<!after )\b(?:cancell?ed|called off|scrapped|calls? off)\b"  # on again after it
    r"(?!\s+(?:his|her|their|its|the)\s+(?:own\s+)?(?:appearance|attendance|participation|trip|visit|speech|"
    r"talk|flight|plans?\s+to\s+attend))"
    # 'canceled her solo meeting' (the clause may stop before the meeting, another one): her own, not this one
    r"(?!\s+(?:his|her|their)\s+(?:[a-z]+\s+)?(?:(?:meeting|talks)\b|$))"
    # 'canceled altogether in 2020', 'was canceled the past two years', 'cancelled for two years': an earlier
    # edition's fate, not this one's
    r"(?!\s+(?:[a-z]+\s+){0,2}(?:in\s+(?:19|20)\d\d|last\s+year|the\s+(?:previous|prior)\s+year"
    r"|(?:for\s+|in\s+|over\s+)?(?:the\s+)?(?:past|last|previous|prior)\s+(?:two|three|four|five|\d)\s+years"
    r"|for\s+(?:two|three|four|five|\d)\s+(?:straight\s+|consecutive\s+)?years))",
    re.I,
)
# 'opens on October 1 after being delayed for a year': on again, not postponed
_POSTPONED = re.compile(
    r"(?<!after being )(?<!after )\b(?:postponed?|postpones|delayed|put off|deferred|defers|deferment)\b", re.I
)
# 'announce the indefinite postponement of its 4th Annual X Conference': what is called off follows
_CALLED_OFF_BEFORE = re.compile(
    r"\b(?P<what>postponement|cancell?ation|deferment|deferral)\s+of\s+(?:the\s+|its\s+|their\s+|this\s+year['’]s\s+)?$",
    re.I,
)
_RESCHEDULED = re.compile(r"\b(?:rescheduled|moved)\s+(?:for|to)\b", re.I)
_OWNER_AFTER = re.compile(
    r"['’]s\s+(?!(?:opening|closing|start|launch)\b)"
)  # 'the marathon's history', not its opening
_NUMBERS = {word: n for n, word in enumerate(NUMBER_WORDS, start=1)}  # 'a three-day fair', 'the eleven-day festival'
# 'the first two days reserved for publishers', 'the last three days of the fair': a part of the run, not its length
_PART_OF_RUN = "".join(
    rf"(?<!\b{word}\s)" for word in ("first", "last", "final", "past", "remaining", "opening", "closing")
)
# 'the three-day ‘Example Sabha’ (Example Literature Conference)', 'the two-day Sahitya Sabha (Literature
# Conference)', 'the two-day “Example Forum”': a name in quotes or in the local language before the meeting word
_NATIVE_NAME_BEFORE = (
    r"(?:[‘“\"](?:[^’”\"()]{2,60}[’”\"]\s+\((?=(?-i:[A-Z])))?"
    r"|(?:(?-i:[A-Z])[\w'’&-]*\s+){1,4}\((?=(?-i:[A-Z])))"
)
_DURATION = re.compile(
    # 'said after two days of meetings': days already behind the reported one, no run ahead of it; 'to begin
    # tomorrow over a three day period': the hyphen left out; 'got the venue ready in seven days': how long a task
    # took (the one test of a character first)
    rf"\b(?=[\dotfsen])(?<!after )(?<!following )(?<!\bin )(?<!within ){_PART_OF_RUN}"
    rf"(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})"
    r"(?:(?:-\s?|\s)day(?:-long)?\s+"  # 'a two- day conference': a hyphen a line break left apart
    r"(?:(?-i:[A-Z]{2,8})\b(?!\s+[a-z]+\s+(?:to|in)\b)|"  # 'the four-day MIMF': a meeting by its acronym
    rf"{_NATIVE_NAME_BEFORE}?"
    r"(?:[\w'’&-]+\s+){0,6}?"
    r"(?:event|forum|conference|summit|expo|fair|meeting|gathering|session|congress|talks|festival|show|week|"
    r"championships?|games|exhibition|symposium|seminar|workshop|convention|carnival|tournament|celebrations?|"
    # 'open on Oct. 26 for a 10-day run', 'The two-day meet is organised by …', 'over a three-day period'
    r"mahotsav|mela|utsav|conclave|run\b|meet\b|period\b))|"
    # 'Two days after the concert': how far apart; 'has 14 days to appeal': a deadline, no run
    r"\s+days\b(?!\s+(?:after|before|later|earlier|ago|prior|on\b|to\s+(?:appeal|respond|reply|pay|comply|file)\b)))",
    re.I,
)
_CREDIT = r"\([A-Z][A-Za-z/ ]{1,20}\)"  # '(Reuters)', '(The Hawk)', '(WJBF/GPTV)': a station and its partner
_WIRE = r"/[A-Z][A-Za-z .-]{1,30}/"  # 'BEIJING, Sept. 14, 2025 /PRNewswire/ --': a press release's wire service
# the capitals of Latin letters with marks: 'HÀ NỘI —', 'ĐÀ NẴNG —', 'SÃO PAULO —' (datelines in capitals)
_MARKED_CAPITALS = "".join(
    c for c in map(chr, [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]) if c.isupper() and c not in "×"
)
_DATELINE = re.compile(
    r"^\s*(?:By\s+[A-Z][a-z]+(?:\s+[A-Z][a-z'’-]+){1,3}\s+)?"  # 'By Jane Example KUALA LUMPUR, July 28 (Bernama) --'
    rf"(?P<city>[A-Z{_MARKED_CAPITALS}][A-Z{_MARKED_CAPITALS} .'’-]{{2,30}}[A-Z{_MARKED_CAPITALS}])"
    # ', Pakistan —', 'NAIROBI, Kenya Apr 25 –', 'ST. PETERSBURG, Fla. —'
    rf"(?:,\s*(?P<within>D\.\s?C\.|[A-Z][a-z]+(?:\s+(?!{_DAY_WORD})[A-Z][a-z]+)?\.?)(?=\s*[-—–:(]|,?\s*{_DAY_WORD}\.?\s+\d))?"
    rf"(?:\s*{_CREDIT})?"
    # 'Oct 19', 'OCT 19' (Bernama writes the month in capitals too)
    r"(?:,?\s*(?P<m>[A-Z](?:[a-z]{2,8}|[A-Z]{2,8}))\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:,?\s*(?:19|20)\d\d)?)?\s*"
    rf"(?:{_WIRE}\s*)?"
    r"(?:\((?:Xinhua|AP|Reuters|AFP|CNA|Kyodo|Bernama|UPI|dpa|ANI|PTI|IANS|Yonhap|ANTARA|VNA|TASS|"
    r"Anadolu|Sputnik|CGTN|CNS|AA|The Star|Bloomberg|[A-Z][A-Za-z ]{1,20} News|[A-Z]{2,6}|"  # ENA, BSS, WAM
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\)\s*)?"  # any agency in words: 'Lusa', 'Prensa Latina'
    r"(?:--?|—|–|:)",
    re.M,
)
# 'KUCHING (Nov 3):', 'MIRI (Jan 12):': the city in capitals, then its day in brackets (The Borneo Post's)
_BRACKETED_DAY_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'’-]{2,30}[A-Z])\s*\((?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})\)\s*(?::|--?|—|–)",
    re.M,
)
# 'Dhaka, Jul 31 :', 'Chennai, December 21 (PTI) -', 'Taipei, Oct. 10 (CNA) A forum…': a city written in
# title case needs its day beside it
_TITLE_CASE_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][a-z]+(?:[ -](?:(?:of|de|del|la|da|do|el)\s)?[A-Z][a-z]+){0,2}),"
    r"\s*(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?\b"  # 'Beijing, November 28th—'"
    rf"(?:,?\s*(?:19|20)\d\d)?\s*(?:\([A-Za-z ]{{2,20}}\)\s*|,?\s*[A-Z]{{2,6}}\s*|{_WIRE}\s*)?"
    r"(?:--?|—|–|:|(?<=\)\s)(?=[A-Z])|[ \t]*$)",
    # 'Tehran, Sep 16, IRNA –', 'Koforidua, June 20 GNA -', 'Port of Spain, April 18 (Inditop) The…', and
    # 'Panchkula, September 9' on a line of its own (The Tribune)
    re.M,
)
# 'Brussels, 1 June 2018 (ITUC OnLine):', 'Geneva, 5 March -', 'Abuja, 22 December 2018. The opening ceremony…': the
# same, its day before its month; a stop ends it only after the year
_DAY_FIRST_DATELINE = re.compile(  # 'Kigali, 8 May 2024 -', 'ABU DHABI, 8th May, 2024 (WAM) --'
    r"^\s*(?P<city>[A-Z](?:[a-z]+|[A-Z]+)(?:[ -](?:(?:of|de|del|la|da|do|el)\s)?[A-Z](?:[a-z]+|[A-Z]+)){0,2}),"
    r"\s*(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Z][a-z]{2,8})\.?"
    r"(?:(?:,?\s*(?:19|20)\d\d)?\s*(?:\([A-Za-z ]{2,20}\)\s*)?(?:--?|—|–|:)|,?\s+(?:19|20)\d\d\s*\.(?=\s))",
    re.M,
)
# 'ENA February 11/2020 The summit…', 'Addis Ababa February 11/2020 (ENA) -': an agency or a city, then the day with
# its year after a slash (the Ethiopian News Agency's)
_SLASH_YEAR_DATELINE = re.compile(
    r"^\s*(?:[A-Z]{2,6}|(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),?)\s+(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})/"
    r"(?:19|20)\d\d\b(?:\s*\([A-Z]{2,6}\))?(?:\s*(?:--?|—|–|:))?"
)
# 'Nairobi — The conference…', 'Chandigarh (The Hawk): A workshop…': a city in title case, its paper's name, and a
# dash or a colon open the report
_BARE_DATELINE = re.compile(
    r"\s*(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    rf"(?:\s+(?:—|–|--?)|\s*{_CREDIT}\s*(?:—|–|--?|:))\s+(?=[A-Z])"
)
# 'Walvis Bay • Leandrea Louw', a line of its own near the top: the town the reporter files from, then the reporter
_BYLINE_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*[•·]\s*[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){1,2}\s*$", re.M
)
# 'GENEVA, (UrduPoint / Pakistan Point News / WAM - 10th Mar, 2020) Given …': the aggregator's sites and the
# agency it copies, then the day, in brackets
_SITES_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'’-]{2,30}[A-Z]),?\s*\((?:[A-Z][\w .]{1,30}/\s*){1,3}[A-Za-z][\w .]{1,20}\s+-\s*"
    r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<m>[A-Z][a-z]{2,8})\.?,?\s+(?:19|20)\d\d\)"
)
# 'AUCKLAND, Last night: The awards…': a dateline whose day is a word of the report's own sentence, which it leaves
_RELATIVE_DAY_DATELINE = re.compile(
    r"^\s*(?P<city>[A-Z][A-Z .'’-]{2,30}[A-Z]),(?=\s*(?:[Ll]ast\s+night|[Yy]esterday|[Tt]oday|[Tt]onight"
    r"|[Tt]his\s+(?:morning|afternoon|evening))\s*(?:--?|—|–|:))"
)
_DATE_FIRST_DATELINE = re.compile(
    r"^\s*(?P<day>(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?,?\s+(?:19|20)\d\d|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+(?:19|20)\d\d))"
    r"(?=,?\s+[A-Z][A-Z .'-]{2,30}[A-Z]\s*(?:--?|—|–|:))"  # '8 April 2005, HANOVER -' too
)
# 'March 10, 2020 — After a careful assessment …', '10 March 2020 – The board …': a release's day alone, then a dash,
# opening the report (no city before it); the report's day, not a meeting's
_DAY_ONLY_DATELINE = re.compile(
    r"[ \t]*(?:(?P<m>[A-Z][a-z]{2,8})\.?\s+(?P<d>\d{1,2})|(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8})\.?),?\s+"
    r"(?P<y>(?:19|20)\d\d)\s*(?:--?|—|–)\s*(?=[A-Z])"
)
_TITLED_AFTER = re.compile(
    r"\s+(?:titled|entitled|styled|dubbed|called|named):?\s+(?:the\s+)?[“\"‘'](?P<title>(?:[^”\"’']|[’'](?=[a-z])){3,80})[”\"’']"
)  # an apostrophe before a letter is no closing quote ('“Quaid’s Pakistan”')
# ('a seminar titled: ‘…’': a colon may come between the word and the title)
# 'the 4th annual cultural festival, “Example Town Namma Festa 2025”, organised by …': a title-cased name in quotes
# set off by commas names the meeting the words before describe (a quoted remark is not title-cased)
_QUOTED_TITLE_AFTER = re.compile(
    r"\s*,\s*[“\"](?P<title>[A-Z][\w'’-]*(?:\s+[A-Z0-9][\w'’-]*){1,8}),?[”\"]\s*(?:[,.;)]|$)"
)
_TITLED = re.compile(r"\b(?:titled|entitled|themed):?\s+[“\"](?P<title>[^”\"]{3,80})[”\"]")
# a sentence ends at '. ' but not after a title or a place's abbreviation ('St. Petersburg', 'Mr. Lee')
_SENTENCE = re.compile(  # the stop first: the abbreviations are looked at only where there is one
    r"(?:(?<=[.!?”\"])|(?=\n))"  # where a stop or a new line may end one: one test where none is
    r"(?:(?<=[.!?”\"])(?<!\bSt\.)(?<!\bMt\.)(?<!\bFt\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bDr\.)(?<!\bMrs\.)(?<!\bPt\.)"
    r"(?<!\bProf\.)(?<!\bSen\.)(?<!\bGov\.)(?<!\bGen\.)(?<!\bRev\.)(?<!\bHon\.)"
    # 'veteran artist H.S. Sarath, at …', 'Minister K.M. Silva said': a person's initials after a word, not the end
    # of a sentence ('in the U.S. The …', 'in Washington D.C. The …' end one)
    r"(?!(?<=[a-z]\s[A-Z]\.[A-Z]\.)(?<!\b[Tt]he\s[A-Z]\.[A-Z]\.)(?<!D\.C\.))"
    r"(?!(?<=[ap]\.m\.)\s+(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Satur|Sun)day\b)"  # '7 a.m. Sunday'
    # '9:30 a.m. EDT on Tuesday', '10 a.m. ET (1400 GMT)', '7 p.m. Eastern time': the hour's zone, not a sentence
    r"(?!(?<=[ap]\.m\.)\s+(?:[ECMP][DS]?T|AK[DS]T|HST|GMT|UTC|BST|CES?T|EES?T|WES?T|IST|PKT|SAST|[ECW]AT|GST|SGT|MYT"
    r"|PHT|ICT|WIB|HKT|[JK]ST|AE[DS]T|AC[DS]T|AWST|NZ[DS]T|(?:Eastern|Pacific|Central|Mountain)\s+(?:[Dd]aylight\s+|"
    r"[Ss]tandard\s+)?[Tt]ime)\b)"
    # 'in Regina, Sask. Thursday, July 11, 2019', 'in Halifax, N.S. March 6': a wire caption's state or province,
    # cut short after its city, then the day the photo was taken
    r"(?!(?:(?<=,\s[A-Z][a-z]\.)|(?<=,\s[A-Z][a-z]{2}\.)|(?<=,\s[A-Z][a-z]{3}\.)|(?<=,\s[A-Z][a-z]{4}\.)"
    r"|(?<=,\s[A-Z]\.[A-Z]\.))\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s+)?"
    rf"(?:{MONTH_NAMES})\.?\s+\d)"
    r"\s+(?=[A-Z“\"(])|\n+|(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]))"  # 'Africa.The'
)


def english_candidates(title: str, text: str, reference: date | None) -> list[Candidate]:
    lede = text.startswith(title)  # the headline is the report's first sentence, read as part of its text too
    text = text.replace("\u2015", "\u2014")  # 'KANGAR, March 20 ―': a horizontal bar is a dash, as long
    dated = _DATE_FIRST_DATELINE.match(text)
    if dated is not None:  # '29 March 2017 MANILA —': the report's day, then its city
        text = " " * dated.end("day") + text[dated.end("day") :]
    day_only = _day_only_dateline(text, reference)
    text = " " * day_only + text[day_only:]
    dateline_place, dateline_date, (dateline_start, dateline_end) = _dateline(text, reference)
    reference = dateline_date or reference
    # the dateline's date is the report's, not a meeting's; a lede before it (a first line that is the report's
    # first sentence) stays
    text = text[:dateline_start] + " " * (dateline_end - dateline_start) + text[dateline_end:]
    if reference is None:
        return []
    if lede:  # 'Nairobi — The conference will be held at X, Kirinyaga County': its dateline places nothing there either
        title = text[: len(title)]
    title = _SENTENCE.split(title)[0]  # a first line that is the report's lede: its first sentence
    # 'FINAL SET OF CLASS OF 2024 GRADUATE IN CHEERFUL CEREMONY': a headline in capitals shows no name's edges
    candidates = (
        [] if title.isupper() else _sentence_candidates(title, 0, english_countries_named(title), reference, None)
    )
    # 'The Book Fair is set to open on Tuesday': the fair the body then names without a tense is still to come
    ahead = any(c.future and not c.generic for c in candidates)
    headline_days = {
        id(c): (c.start, c.end, c.date_phrase)
        for c in candidates
        if c.date_cue == "explicit" and not _ERRAND_AFTER.match(title, title.find(c.name) + len(c.name))
    }
    for c in candidates:
        c.start = c.end = None
        c.start_time = c.end_time = None
        c.notes.append("title")
    offset = 0
    aliases = _acronyms_of_meetings(text)
    # 'LAGOS — … held in Nsukka': the dateline's city names the country whose towns the text may name
    countries = english_countries_named(text)
    if dateline_place is not None:
        countries |= english_countries_named(dateline_place.place.name_en)
    countries |= _countries_of_towns_meetings_are_named_after(text)
    kind_parts = _kind_word_parts_in(text)
    for sentence in _SENTENCE.split(text):
        position = text.find(sentence, offset)
        offset = position + len(sentence)
        found = _sentence_candidates(
            sentence, position + 1000, countries, reference, dateline_place, ahead, aliases, kind_parts
        )
        if _CAPTION_CREDIT.match(text, offset):
            _as_caption(found)
        candidates.extend(found)
    candidates = [c for c in candidates if not _body_by_apposition(c) and not _day_designated_by(c)]
    _press_by_audience(candidates)
    _briefing_of_remarks(candidates, text, reference, dateline_place)
    for candidate in candidates:
        if (
            not candidate.generic
            and not candidate.sub_event
            and (_written_lowercase(candidate.name, text) or _capital_of_its_sentence_only(candidate, text))
        ):
            candidate.generic = True  # 'Photo exhibition …' in a headline, 'a photo exhibition' in the text
    for candidate in candidates:
        if candidate.generic and not candidate.sub_event and "title" not in candidate.notes:
            _name_by_apposed_name(candidate)
    for candidate in candidates:
        _name_by_its_edition(candidate, candidates, countries)
    if not any(not c.generic and not c.sub_event for c in candidates):
        titled = _TITLED.search(text)
        generic = next((c for c in candidates if c.generic and c.start), None)
        if titled and generic:
            kind = _kind_of(generic).lower()
            named = Candidate(
                name=f"“{titled.group('title').rstrip(',.')}” {kind}", key=titled.group("title").lower(), position=0
            )
            candidates.insert(0, named)
        elif generic and generic.sentence:
            _name_by_acronym(generic)
            if generic.generic:
                _name_by_apposition(generic, text)
            if generic.generic:
                _name_by_copula(generic)
            # 'The origin of Forum Lisboa … at a seminar to mark its 15th anniversary': the first dated reference
            # that its words describe
            for described in (c for c in candidates if generic.generic and c.generic and c.start and c.sentence):
                _name_by_description(described)
                if not described.generic:
                    break
            for bare in (c for c in candidates if generic.generic and c.generic and c.start):
                _name_by_earlier_description(bare, candidates)
            for bare in (c for c in candidates if generic.generic and c.generic and c.start):
                _name_by_headline(bare, candidates)
            # 'the annual summit between A and B, which was scheduled to be held in Pune, has been postponed' beside
            # 'to hold summit talks on Sunday': the summit called off, named by its words, takes the talks' day
            for off in (c for c in candidates if generic.generic and c.generic and _called_off_in_text(c)):
                _name_by_description(off)
                if not off.generic:
                    break
    for press in candidates:
        _name_by_briefing(press, text)
    _weekdays_in_order(candidates, reference)
    _weekday_of_next_week(candidates, reference)
    _date_by_apposition(candidates, text)
    _date_named_by_reference(candidates)
    _date_by_reference(candidates, text, reference)
    _meeting_of_members(candidates, text, reference)
    _met_at_the_next(candidates, text, reference)
    _date_by_report(candidates, reference, dateline_place)
    _date_by_same_day(candidates, text, reference)
    _put_off_by_days(candidates, text)
    _date_by_headline(candidates, headline_days)
    _date_by_dateline(candidates, title, None if dated is not None else reference)
    _place_by_reference(candidates, text)
    _place_by_opening_phrase(candidates, text)
    _time_by_reference(candidates, text, reference)
    duration = _DURATION.search(text) if may_hold(text, ("day",)) else None
    owners = _duration_owners(candidates, text, duration) if duration else []
    # 'A gala will run over three days from May 2': a bare count of days (no meeting word) whose sentence gives
    # a first day is the run of what starts that day, not of a meeting on another day
    days_only = duration is not None and "-" not in duration.group()
    run_days = _days_of_sentence(text, duration.start(), reference) if duration and days_only else set()
    through = through_weekday(text)
    if through is not None and (
        _of_a_part(text, through[1])
        or _DEADLINE_UNTIL.search(text, max(0, through[1] - 40), through[1] + 6)
        or _KEPT_CLOSED_BEFORE.search(text, max(0, through[1] - 30), through[1])
        or _THROUGH_THE_DAY_AFTER.match(text, through[1])
    ):
        through = None
    # 'The expo, scheduled to open on Friday and last for three days': a count in the sentence that dates the meeting
    # is its run, whichever way that sentence's bare weekdays fall ('may visit the fair for four days, beginning on
    # Friday' gives nothing to an undated 'the fair' of it)
    sentence = (_sentence_start(text, duration.start()), _sentence_end(text, duration.start())) if duration else (0, 0)
    for candidate in candidates:
        own_sentence = candidate.start is not None and sentence[0] <= candidate.position - 1000 < sentence[1]
        own_run = not run_days or candidate.start in run_days or own_sentence
        if (
            duration
            and candidate.duration_days is None
            and own_run
            and any(candidate is o for o in owners)
            and not _run_of_another_kind(candidate, text, duration)
        ):
            value = duration.group("n").lower()
            candidate.duration_days = _NUMBERS.get(value) or int(value)
        start = candidate.start
        if through is not None and start is not None and candidate.end is None and not candidate.closing:
            end = resolve_weekday(through[0], start, future=True)
            if end == start and through[2]:
                end += timedelta(days=7)  # 'open Saturday … will continue every day through next Saturday'
            if end > start:
                candidate.end = end
                candidate.duration_days = None
    for candidate in candidates:
        _run_behind_its_close(candidate)
        _weekend_run_told_next(candidate, text)
    open_ended = [
        c
        for c in candidates
        if c.start is not None
        and c.end is None
        and "opened by" not in c.notes
        and not _days_own(c)
        and not _ONE_SITTING.search(c.key)
    ]
    spans = [(m, resolve_mention(m, reference)) for m in find_dates(text)] if open_ended else []
    for candidate in open_ended:
        assert candidate.start is not None
        longest = LONGEST_SHOW_DAYS if _RUNS_FOR_MONTHS.search(candidate.key) else LONGEST_RUN_DAYS
        own_first = _own_sentence_first(spans, text, candidate)
        candidate.end = _stated_end(candidate.start, text, own_first, candidate.closing, longest)
        if candidate.end is None and not candidate.closing:
            candidate.end = _bare_day_end(candidate, text, longest)
        if candidate.end is not None:
            candidate.duration_days = None
    _running_and_virtual(candidates, text, reference)
    _first_of_a_run(candidates)
    return candidates


def _name_by_its_edition(bare: Candidate, candidates: list[Candidate], countries: Collection[str]) -> None:
    """'the highlights of the 25th Example Music Festival … to mark its 25th festival, which runs from June 3 to 9':
    an ordinal before a lowercase kind word names no meeting of its own but the edition the text names in full
    (one name only), and takes the city that name carries when its own clause gave none. A bare kind word with an
    edition of its own ("the paper's 15th anniversary awards held yesterday" under '15th Anniversary Awards') is
    only described by that name: never sure enough to publish."""
    bare_edition = _BARE_EDITION.fullmatch(bare.name)
    noted = next((n.removeprefix("edition:") for n in bare.notes if n.startswith("edition:")), "")
    if bare_edition is not None and not bare.generic:
        number, kind = edition_number(bare.name), bare_edition.group("kind")
    elif bare.generic and not bare.sub_event and noted.isdigit() and bare.name.isalpha() and bare.name.islower():
        number, kind = int(noted), bare.name
    else:
        return
    full = {
        c.name
        for c in candidates
        if c is not bare
        and edition_number(c.name) == number
        and c.name.lower().endswith(f" {kind}")
        and any(word[:1].isupper() for word in c.name.split()[1:])
    }
    if len(full) != 1:
        return
    name = full.pop()
    if bare.generic:
        _described_as(bare, name)
    else:
        bare.name, bare.key = name, name.lower()
    if bare.place is None:
        bare.place = _city_in_name(name, countries)


# '25th festival', 'its 12th annual summit' as a name: an ordinal, lowercase words and the kind word
_BARE_EDITION = re.compile(rf"(?P<ordinal>(?i:{_ORDINAL}))\s+(?:[a-z][a-z-]*\s+){{0,2}}(?P<kind>[a-z]+)")


def _days_own(candidate: Candidate) -> bool:
    """ "Saturday's half marathon": a meeting the text names as one day's runs on that day alone."""
    sentence, phrase = candidate.sentence or "", candidate.date_phrase or ""
    return bool(phrase) and (f"{phrase}'s " in sentence or f"{phrase}’s " in sentence)


# 'After two days of meetings in Lima, the forum wrapped up Saturday': the days behind a close, the meeting's run
_DAYS_BEHIND = re.compile(rf"\b(?:[Aa]fter|[Ff]ollowing)\s+(?P<n>\d{{1,2}}|{'|'.join(_NUMBERS)})\s+days\s+of\b")


def _run_behind_its_close(candidate: Candidate) -> None:
    """A meeting that closed on its day 'after two days of meetings' ran those days, ending that day."""
    if not candidate.closing or candidate.start is None or candidate.end is not None or candidate.duration_days:
        return
    behind = _DAYS_BEHIND.search(candidate.sentence or "")
    if behind is not None:
        value = behind.group("n").lower()
        candidate.duration_days = _NUMBERS.get(value) or int(value)


def _weekend_run_told_next(candidate: Candidate, text: str) -> None:
    """'… converging on Denver this weekend for the X meeting. From Friday to Sunday, they will …': a meeting of a
    weekend whose next sentence gives a run of weekdays ending on its Sunday starts on that run's first day."""
    start, end = candidate.start, candidate.end
    if start is None or end is None or "weekend" not in (candidate.date_phrase or "").lower():
        return
    if start.weekday() != _SATURDAY or (end - start).days != 1 or candidate.position < 1000:
        return  # a weekend's Saturday and Sunday, named in the text (not the headline)
    after = _sentence_end(text, candidate.position - 1000) + 1
    after += len(text[after:]) - len(text[after:].lstrip())
    for mention in find_dates(text[after : _sentence_end(text, after)]):
        if mention.end_weekday == _SUNDAY and mention.weekday in _WEEKEND_EVES:
            candidate.start = start - timedelta(days=_SATURDAY - mention.weekday)
            return


_SATURDAY, _SUNDAY = 5, 6
_WEEKEND_EVES = (3, 4)  # Thursday and Friday: 'from Friday to Sunday' is a weekend meeting's run


# 'Example Research Forum of Ruritania (ERFR), a research-based organisation, organised the event': what the
# name is called right after it, a body that holds meetings
_BODY_APPOSITION = re.compile(
    r"(?:\s*\([A-Z][\w&.-]{1,12}\))?,\s+(?:a|an)\s+(?:[\w-]+\s+){0,4}?"
    r"(?:organi[sz]ation|NGO|non-?profit|association|think[\s-]tank|institute|foundation|charity|society)\b"
)


def _body_by_apposition(candidate: Candidate) -> bool:
    """A name with no day of its own that the text calls an organisation names a body, not a meeting."""
    if candidate.generic or candidate.start is not None or not candidate.sentence:
        return False
    at = candidate.sentence.find(candidate.name)
    return at >= 0 and _BODY_APPOSITION.match(candidate.sentence, at + len(candidate.name)) is not None


# 'X Day on November 5, which was designated by the United Nations General Assembly': the body that named the day
_DESIGNATED_BY = re.compile(
    r"\b(?:designated|proclaimed|declared|named|recogni[sz]ed)(?:\s+as\s+[\w\s'’-]{1,40}?)?\s+by\s+(?:the\s+)?$"
)


def _day_designated_by(candidate: Candidate) -> bool:
    """A body after 'designated by' whose date comes before it: the day (or week) it named, not its sitting."""
    sentence, phrase = candidate.sentence or "", candidate.date_phrase
    at = sentence.find(candidate.name)
    if candidate.generic or not phrase or at < 0:
        return False
    designated = _DESIGNATED_BY.search(sentence, max(0, at - 80), at)
    return designated is not None and 0 <= sentence.find(phrase) < designated.start()


def _called_off_in_text(candidate: Candidate) -> bool:
    """An undated mention in the text (not the headline) of a meeting postponed or cancelled."""
    called_off = candidate.status in ("postponed", "cancelled")
    return called_off and candidate.start is None and "title" not in candidate.notes and bool(candidate.sentence)


def _first_of_a_run(candidates: list[Candidate]) -> None:
    """'The festival is a three-day celebration' and 'X Festival runs until 4pm on Monday 28 January': a run of
    days and its last day give its first ('until' only: never as sure as a first day the text writes)."""
    for candidate in candidates:
        days = candidate.duration_days
        if candidate.start is None and candidate.last_day is not None and days is not None and 1 < days <= 7:
            last, phrase, kind = candidate.last_day
            candidate.start, candidate.end = last - timedelta(days=days - 1), last
            candidate.date_phrase, candidate.date_cue, candidate.duration_days = phrase, f"{kind}-until", None


def _of_a_part(text: str, position: int) -> bool:
    """'… and the opening speeches would last through Wednesday': the clause before a last day speaks of a part
    of the meeting, whose end is not the meeting's."""
    clause = max(_sentence_start(text, position), text.rfind(",", 0, position) + 1, text.rfind(" and ", 0, position))
    return _PART_OF_A_MEETING.search(text, clause, position) is not None


_ONE_AUDIENCE = (
    r"\b(?:open|opens|reserved|restricted)\s+(?:only\s+)?(?:to|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:professionals|(?:trade|business|professional)\s+(?:visitors|audiences?)|media|press|buyers|traders)\b"
)
_PART_OF_A_MEETING = re.compile(  # 'the opening speeches', 'the high-level segment'; not 'The Expo opening on Friday'
    r"\bthe\s+(?:(?:opening|closing|high[- ]level|general)\s+)?(?:speeches|statements|segment|debate)\b"
    r"|\bthe\s+(?:opening|closing)\s+ceremon(?:y|ies)\b"
    # 'is open for business professionals on Thursday and Friday': the days of one audience, a part of the run
    rf"|{_ONE_AUDIENCE}",
    re.I,
)
# the days of one audience ('open for business professionals on', 'reserved for trade visitors from'), not the
# meeting's own run ('open to visitors from June 3 to 9' is its run)
_ONE_AUDIENCE_BEFORE = re.compile(rf"{_ONE_AUDIENCE}\s+(?:only\s+)?(?:on|from|between)?\s*(?:the\s+)?$", re.I)
# 'the ongoing festival (at five malls) is a showcase', 'at the ongoing Example Book Fair': the text says the
# meeting runs on at the report, whatever day it opened ('preparations for the summit are underway' says nothing
# of the summit's run)
_RUNNING = re.compile(rf"\b(?:the|this|an?)\s+ongoing\s+(?:[\w'’-]+\s+){{0,4}}?(?P<kind>(?i:{_KIND}))\b", re.I)
# 'The exhibition is taking place at the X Hall this week': running as the report is written (not 'next week')
_TAKING_PLACE = re.compile(
    rf"\b(?:the|this)\s+(?:[\w'’-]+\s+){{0,3}}?(?P<kind>(?i:{_KIND}))\s+(?:is|are)\s+(?:currently\s+|now\s+)?"
    r"(?:taking\s+place|being\s+held)\b(?![^.;]*\b(?:next|later|tomorrow|from)\b)",
    re.I,
)
_SHOW_WORDS = {"exhibition", "expo", "exposition", "fair", "show", "messe"}
# 'During the week-long forum, 21 activities will be held': a meeting that opened less than a week before runs on
_WEEK_LONG = re.compile(rf"\b(?:the|this|a)\s+week-?long\s+(?P<kind>(?i:{_KIND}))\b", re.I)
_WEEK = 7
# 'The X Summit, which began yesterday at the Y Centre, continues today': in session at the report (the named
# meeting right before the verb, no other one between them)
_CONTINUES_TODAY = re.compile(
    rf"\b(?P<kind>(?i:{_KIND}))\b(?P<between>[^.;]{{0,160}}?)\s+continues\s+(?:today|tonight)\b",
)
# 'Ministers from the 10 countries have been meeting in Laos': in session at the report
_STILL_MEETING = re.compile(r"\b(?:have|has)\s+been\s+(?:meeting|in\s+session|holding\s+talks)\b", re.I)
# 'Participants from business and government are gathering in the city for the event': there now, as the report is
# written (not 'are gathering in Lima next week', 'will be gathering')
_GATHERING_NOW = re.compile(
    r"\b(?:are|is)\s+(?:now\s+)?gathering\s+(?:in|at|here)\b"
    r"(?![^.;]*\b(?:next|later|tomorrow|from|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)",
    re.I,
)
# 'India will host a virtual summit of 120 countries', 'an online forum on trade': held over the internet, in no
# city (not the dateline's, where the host spoke)
_VIRTUAL = re.compile(rf"\b(?:virtual|online)\s+(?:[\w'’-]+\s+){{0,2}}?(?P<kind>(?i:{_KIND}))\b", re.I)


def _kind_word(name: str) -> str:
    """The meeting word of a name, lower case and singular: 'summit' of 'Voice of Global South Summit'."""
    found = _KIND_IN_NAME.search(name)
    word = (found.group(0) if found is not None else name.split()[-1] if name.split() else "").lower()
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "games", "talks", "awards")) else word


def _running_and_virtual(candidates: list[Candidate], text: str, reference: date | None) -> None:
    """The named meetings whose kind the text calls ongoing ('the ongoing festival') run on at the report
    (see meetings._status); those it calls virtual ('a virtual summit') sit in no city, not in the dateline's.
    'Ministers … have been meeting in Laos' (told the day after the meeting opened): a meeting that opened up to
    two days before the report, its last day not given, is still in session."""
    running = {_kind_word(m.group("kind")) for m in _scan(_RUNNING, text, ("ongoing",))}
    running |= {_kind_word(m.group("kind")) for m in _scan(_TAKING_PLACE, text, ("taking place", "being held"))}
    if running & _SHOW_WORDS:
        running |= _SHOW_WORDS  # 'The exhibition is taking place … this week' beside the X Forum and Expo
    virtual = {_kind_word(m.group("kind")) for m in _scan(_VIRTUAL, text, ("virtual", "online"))}
    continuing = [
        m.end("kind")
        for m in _scan(_CONTINUES_TODAY, text, ("continues",))
        if not any(_meeting_not_venue(kind, m.group("between")) for kind in _KIND_IN_NAME.finditer(m.group("between")))
    ]
    week_long = {_kind_word(m.group("kind")) for m in _scan(_WEEK_LONG, text, ("week",))}
    in_session = reference is not None and (
        (may_hold(text, ("been",)) and _STILL_MEETING.search(_unquoted(text)) is not None)
        or (may_hold(text, ("gathering",)) and _GATHERING_NOW.search(_unquoted(text)) is not None)
    )
    for candidate in candidates:
        if candidate.generic or candidate.sub_event or "title" in candidate.notes:
            continue
        kind = _kind_word(candidate.name)
        kinds = {kind} | {_kind_word(word) for word in _KIND_IN_NAME.findall(candidate.name)}
        opened_lately = (
            in_session
            and reference is not None
            and candidate.start is not None
            and candidate.end is None
            and 0 <= (reference - candidate.start).days <= 2
        )
        continues = any(text.endswith(candidate.name, 0, end) for end in continuing) or (
            kind in week_long
            and reference is not None
            and candidate.start is not None
            and candidate.end is None
            and 0 <= (reference - candidate.start).days < _WEEK
        )
        if (kinds & running or opened_lately or continues) and "running" not in candidate.notes:
            candidate.notes.append("running")
        if kind in virtual and (candidate.place is None or candidate.place.weak):
            candidate.place = None
            candidate.notes.append("virtual")  # see meetings.extract_meetings: no dateline's city either


def _meeting_not_venue(kind: re.Match[str], text: str) -> bool:
    """A meeting word in `text` that is no venue's ('the X Convention Centre')."""
    return not _VENUE_AFTER.match(text, kind.end())


def _duration_owners(candidates: list[Candidate], text: str, duration: re.Match[str]) -> list[Candidate]:
    """Whose run 'the five-day event' gives: every meeting's when the article dates one named meeting; else
    those of its own sentence, or the named meeting dated last before it ('… Foreign Ministers Meeting in Suva on
    August 14. The 54th … Leaders Meeting opened on Monday. The five-day event …': the leaders' meeting)."""
    dated_named = [c for c in candidates if c.start is not None and not c.generic and not c.sub_event]
    if len(dated_named) <= 1:
        return candidates
    first = _sentence_start(text, duration.start())
    own = [
        c
        for c in candidates
        if "title" not in c.notes and first <= c.position - 1000 < _sentence_end(text, duration.start())
    ]
    if own:
        return own
    before = [c for c in dated_named if "title" not in c.notes and c.position - 1000 < duration.start()]
    return before[-1:]


def _run_of_another_kind(candidate: Candidate, text: str, duration: re.Match[str]) -> bool:
    """ "Tuesday's meeting of the executive policy committee … the 10-day celebration drew 90,000 people": a meeting
    named only by its description takes no run another sentence gives a meeting of another kind."""
    if "described" not in candidate.notes or not duration.group().lower().endswith(_KIND_OF_RUN):
        return False
    if _sentence_start(text, duration.start()) <= candidate.position - 1000 < _sentence_end(text, duration.start()):
        return False
    kind = duration.group().lower().split()[-1].rstrip("s")
    return kind not in candidate.name.lower()


# the kinds a run of days names ('the 10-day celebration'); not 'event', 'gathering', 'run' or 'period'
_KIND_OF_RUN = (
    "forum",
    "conference",
    "summit",
    "expo",
    "fair",
    "meeting",
    "session",
    "congress",
    "talks",
    "festival",
    "show",
    "week",
    "championship",
    "championships",
    "games",
    "exhibition",
    "symposium",
    "seminar",
    "workshop",
    "convention",
    "carnival",
    "tournament",
    "celebration",
    "celebrations",
    "mahotsav",
    "mela",
    "utsav",
    "conclave",
)


def _name_by_earlier_description(generic: Candidate, candidates: list[Candidate]) -> None:
    """'… would attend a seminar on studying the plan. The seminar on Friday will be hosted by …': with no named
    meeting in the article, a dated reference takes the words that described its kind before it, and the place
    said of it there when its own is only the dateline's."""
    kind = _kind_of(generic).lower()
    if generic.name.lower() != kind:
        return
    earlier = [
        c
        for c in candidates
        if c.generic and c.start is None and c.position < generic.position and "title" not in c.notes
    ]
    for described in (c for c in reversed(earlier) if _kind_of(c).lower() == kind):
        name = described.name
        if len(name.split()) == 1:  # '… will hold a research conference in Accra': the words of its sentence
            words = replace(described, notes=[])
            _name_by_description(words)
            name = words.name
        if len(name.split()) > 1:
            _described_as(generic, name)
            if described.place and not described.place.weak and (generic.place is None or generic.place.weak):
                generic.place = described.place  # 'in Accra' said of it, not the dateline's town
            return


def _name_by_headline(generic: Candidate, candidates: list[Candidate]) -> None:
    """'Example College announces two spring graduation ceremonies' over 'The ceremonies take place on May 5th':
    with no named meeting in the article, a dated 'the <kind>' is the one the headline described by that kind, and
    takes its words (never sure enough to publish: a described name)."""
    kind = _kind_of(generic).lower()
    if generic.name.lower() != kind or not _after_the(generic.sentence or "", kind):
        return
    for headline in (c for c in candidates if "title" in c.notes and c.generic and c.sentence):
        for match in _HEADLINE_DESCRIBED.finditer(headline.sentence or ""):
            if match.group("kind").lower() == kind:
                _described_as(generic, f"{' '.join(match.group('described').split())} {match.group('kind')}")
                return


def _after_the(sentence: str, kind: str) -> bool:
    """'the ceremonies', 'The press conference': `kind` after a definite article, as whole words."""
    return any(kind in (m.group(1), m.group(0)[4:].strip()) for m in _THE_WORDS.finditer(sentence))


# 'the ceremonies', 'The press conference': a definite article and the one or two words after it
_THE_WORDS = re.compile(r"\b[Tt]he\s+([a-z]+)(?:\s+[a-z]+)?\b")
# 'announces multiple spring graduation ceremonies', 'to hold the annual flower festival': the lowercase words a
# headline describes a kind with, after an article or a count
_HEADLINE_DESCRIBED = re.compile(
    r"\b(?i:the|an?|its|their|two|three|four|five|several|multiple|many)\s+"
    r"(?P<described>(?:(?!(?:the|a|an|of|in|on|at|to|for|and|with|by|from|this|next|last|upcoming)\b)"
    r"[a-z][\w-]*\s+){1,3})"
    rf"(?P<kind>(?i:{_KIND}))\b"
)


def _weekdays_in_order(candidates: list[Candidate], reference: date) -> None:
    """'… in the X Meeting on Saturday, and in the Y Forum on Monday, where they will be joined by …' told on a
    Monday: the weekdays one sentence gives its meetings still to come follow each other, the Monday after that
    Saturday, not the day of the report."""
    for earlier, later in zip(candidates, candidates[1:]):
        if (
            later.start == reference
            and earlier.sentence == later.sentence
            and earlier.date_cue == later.date_cue == "weekday"
            and earlier.future
            and later.future
            and earlier.start is not None
            and later.start is not None
            and later.start < earlier.start
        ):
            later.start += timedelta(days=7)
            later.end = later.end + timedelta(days=7) if later.end is not None else None


def _weekday_of_next_week(candidates: list[Candidate], reference: date) -> None:
    """'Delegates are due to meet in Nairobi next week for a five-day conference, organisers said on Monday. … the
    X Session to be held from Monday will …': a bare weekday still to come that falls on the day of the report is
    that weekday of next week when an undated mention of a meeting before it says 'next week' (a report on Monday
    writes 'today' for its own day, and next week holds no day of this one)."""
    for later in candidates:
        if (
            later.start != reference
            or later.date_cue != "weekday"
            or not later.future
            or _THIS_WEEK_WORDS.search(later.date_phrase or "")
        ):
            continue
        if any(
            earlier.position < later.position
            and earlier.generic
            and earlier.start is None
            and _NEXT_WEEK.search(earlier.sentence or "")
            for earlier in candidates
        ):
            later.start += timedelta(days=7)
            later.end = later.end + timedelta(days=7) if later.end is not None else None


_NEXT_WEEK = re.compile(r"\bnext\s+week\b", re.I)
_THIS_WEEK_WORDS = re.compile(r"\b(?:this|today|tonight)\b", re.I)


def _date_by_apposition(candidates: list[Candidate], text: str) -> None:
    """'… hosted The Example Conference 2025 - the largest annual security forum in the region - from October 9
    through 11': a dated reference set off right after a named meeting is that meeting, whatever its word; the
    named meeting takes its day and is also called by its word ('kind:forum'), so that 'the forum' names it.
    One already dated that day ('meeting on Friday for the X forum, the first global summit since …') is only
    called by the word: the summit is the forum, not another one the headline may name ('Lima summit')."""
    for dated in list(candidates):
        if (
            not dated.generic
            or dated.start is None
            or dated.sub_event
            or dated.key.startswith(_PRESS_KEYS)
            or _EVENT_FOR_IT.match(dated.key)
        ):
            continue
        at = dated.position - 1000
        named = next(
            (
                c
                for c in candidates
                if not c.generic
                and not c.sub_event
                and "title" not in c.notes
                and c.start in (None, dated.start)
                and c.status is None
                and _apposed(text, c, at)
            ),
            None,
        )
        if named is None:
            continue
        if named.start is not None:
            named.notes.append(f"kind:{_kind_of(dated).lower()}")
            candidates.remove(dated)
            continue
        named.start, named.end = dated.start, dated.end
        named.start_time, named.end_time = dated.start_time, dated.end_time
        named.date_phrase, named.date_cue, named.future = dated.date_phrase, dated.date_cue, dated.future
        named.closing, named.opening, named.sentence = dated.closing, dated.opening, dated.sentence
        named.has_event_verb = named.has_event_verb or dated.has_event_verb
        if dated.place is not None and not dated.place.weak and (named.place is None or named.place.weak):
            named.place = dated.place
        named.notes.append(f"kind:{_kind_of(dated).lower()}")
        candidates.remove(dated)


def _apposed(text: str, named: Candidate, at: int) -> bool:
    """The named meeting's name ends where a description that runs to `at` begins."""
    begin = text.find(named.name, named.position - 1000, at)
    return begin >= 0 and _APPOSITION_GAP.fullmatch(text, begin + len(named.name), at) is not None


# ' - the largest annual security and foreign policy ', ', the annual ': a description between a name and its word
_APPOSITION_GAP = re.compile(r"\s*[-–—,]\s*(?:the|an?)\s+(?:[a-z][\w'’-]*\s+){0,8}")


def _date_named_by_reference(candidates: list[Candidate]) -> None:
    """'… set to host the Example Trade Exhibition (ETE) in Kuala Lumpur. The exhibition will be held from
    September 25 to 27 …': a dated reference by a meeting word dates the undated meeting named last before it
    with that word; a reference with no verb of holding it ('the fair will bring buyers together on May 8') gives
    a day of its run, not its own. A day read so is never sure enough to publish (cue '-reference')."""
    for index, dated in enumerate(candidates):
        # 'the Ninth X-Y Strategic Dialogue … during the Strategic Dialogue to be held on Thursday': a short name
        # that ends the full one named before refers to it as a meeting word does
        tail_of = next(
            (c for c in reversed(candidates[:index]) if _short_name_of(dated, c)),
            None,
        )
        if (
            (not dated.generic and tail_of is None)
            or dated.start is None
            or dated.sub_event
            or dated.key.startswith(_PRESS_KEYS)
            or _EVENT_FOR_IT.match(dated.key)  # "the tournament's pool draw is today": the draw's day
        ):
            continue  # 'told a press conference on Monday' dates no conference named before
        if not (dated.has_event_verb or _TIMED.search(dated.sentence or "") or _dated_beside(dated)):
            continue
        kind = _kind_of(dated).lower()
        named = tail_of or next((c for c in reversed(candidates[:index]) if _named_with_word(c, kind)), None)
        if named is None or named.start is not None or named.status is not None:
            continue
        named.start, named.end = dated.start, dated.end
        named.start_time, named.end_time = dated.start_time, dated.end_time
        named.date_phrase, named.future, named.has_event_verb = dated.date_phrase, dated.future, True
        named.notes += [note for note in dated.notes if note == "opened by"]
        named.closing = dated.closing  # 'The two-day forum closed on Tuesday': the day it ended
        named.opening = named.opening or dated.opening  # 'The fair opens today': the day it opened
        named.sentence = dated.sentence  # the day's one witness: the reference no longer corroborates it
        named.date_cue = f"{date_cue_kind(dated.date_cue)}-reference"
        if dated.place is not None and not dated.place.weak and (named.place is None or named.place.weak):
            named.place = dated.place


def _short_name_of(short: Candidate, named: Candidate) -> bool:
    """'Strategic Dialogue' of 'Ninth X-Y Strategic Dialogue': a name of two or three words, one a meeting word,
    that ends a longer name given before it."""
    words = short.key.split()
    return (
        not short.generic
        and not named.generic
        and not named.sub_event
        and 2 <= len(words) <= 3
        and bool(_KIND_IN_NAME.search(short.name))
        and named.key.endswith(" " + short.key)
        and len(named.key.split()) > len(words)
    )


_PRESS_KEYS = ("press ", "news ", "media ")
# 'pool draw for the tournament', 'media preview of the expo' (_PREVIEW_OF, _PREVIEW_OWNED_AFTER): an event of its
# own, on its own day, that dates no meeting named before
_EVENT_FOR_IT = re.compile(r"(?:[\w-]+\s+)?(?:preview|launch|draws?)\s+(?:of|for)\s+the\s")
# 'The exhibition is scheduled for September 25', 'will start on …': words that time the meeting itself
_TIMED = re.compile(
    r"\b(?:scheduled|slated|set\s+(?:for|to)|due|planned|starts?|started|starting|opening|open|close|closing)\b", re.I
)


def _dated_beside(dated: Candidate) -> bool:
    """'The exhibition on September 25 will show …', 'the September 25 exhibition', 'the fair between May 3 and 6':
    the day, or the run of days, written beside the word."""
    sentence, phrase = dated.sentence or "", dated.date_phrase or ""
    name_at, day_at = sentence.find(dated.name), sentence.find(phrase)
    if name_at < 0 or day_at < 0 or not phrase:
        return False
    name_end = name_at + len(dated.name)
    if dated.end is not None and day_at > name_end and _RUN_AFTER_WORD.fullmatch(sentence, name_end, day_at):
        return True
    return 0 <= day_at - name_end <= 4 or 0 <= name_at - (day_at + len(phrase)) <= 2


# 'for the 14th edition of the festival between August 2 and 26', 'the fair, from May 3 to 6': a run of days set
# right after the word is the run of what it names
_RUN_AFTER_WORD = re.compile(r",?\s+(?:between|from)\s+")


_WHOSE_OR_WHAT = re.compile(r"(?P<word>[\w'’-]+)\s+(?:of|on)\s")


def _named_with_word(candidate: Candidate, kind: str) -> bool:
    """A meeting with a name of its own that ends in the meeting word ('… Trade Exhibition (ETE)')."""
    if candidate.generic or candidate.sub_event or "title" in candidate.notes:
        return False
    words = _PAREN_ACRONYM.sub("", candidate.name).lower().split()
    # '… Conference of the Association of X Studies', '… Conference on Y': the word before whose or what it is
    whose = _WHOSE_OR_WHAT.search(" ".join(words))
    word_before = whose.group("word") if whose is not None else None
    return bool(words) and kind in (words[-1], word_before)


def _date_by_reference(candidates: list[Candidate], text: str, reference: date | None) -> None:
    """'… the annual Hong Kong Book Fair. When the event opened at 10am Wednesday, …': when no named meeting
    has a day of its own, a later sentence that dates the meeting by a reference dates the article's first
    named meeting. A day read so is never sure enough to publish (cue '-reference')."""
    if reference is None or first_named_dated(candidates) is not None:
        return
    _original_days_by_reference(candidates, text, reference)
    _new_days_by_reference(candidates, text, reference)
    named_ones = [c for c in candidates if not c.generic and not c.sub_event and c.status is None]
    named = next(iter(named_ones), None)
    if named is None:
        return
    if "title" in named.notes:
        # 'Science forum stresses cooperation' over '… participants in the fourth World Science … Forum': the
        # text's fuller name holds every word of the headline's
        words = set(named.key.split())
        named = next((c for c in named_ones if "title" not in c.notes and words <= set(c.key.split())), named)
    dated = _DATED_BY_REFERENCE.finditer(text) if may_hold_digit(text) else ()  # its day is in digits
    for match in sorted([*_OPENED_BY_REFERENCE.finditer(text), *dated], key=_at):
        if match.groupdict().get("ministers") and "minister" not in named.key:
            continue  # 'the trade ministers met on Tuesday' beside a summit: their own meeting, not the summit
        sentence_end, announced = _sentence_end(text, match.end()), _ANNOUNCED.search(match.group()) is not None
        if match.re is _DATED_BY_REFERENCE:  # 'The December 18-21 gathering would be held at the centre'
            sentence_end, match = match.end(), _DAY_OF_REFERENCE.search(text, match.start(), match.end()) or match
        mention = next(iter(find_dates(text[match.end() : sentence_end])), None)
        if mention is None or _BEFORE_IT_AFTER.match(text, match.end() + mention.finish):
            continue  # 'is to meet the premier on Monday ahead of the summit': a day before the meeting's
        mention.future = announced
        resolved = resolve_mention(mention, reference)
        if resolved is None:
            continue
        _dated_by_reference(named, text, match.end(), mention, resolved)
        named.start_time, named.end_time = mention.start_time, mention.end_time
        named.future = mention.future  # '… Kicks Off … with Ministers Meeting' over 'ministers were gathering today'
        named.has_event_verb = True
        sentence = text[match.start() : sentence_end]  # '… the event, which began on Sunday in Wuhan': its city too
        found = _place(sentence, match.end() - match.start(), len(sentence), 0, 0)
        if found is not None and found.place.kind == "city" and not named.placed_by_its_text:
            named.place = PlaceMention(found.place, found.surface, found.venue, cue="reference")
        return


# 'The events were originally set to take place in the Philippines from 7 - 11 September 2020', 'the three-day
# fair would have run from May 4 to 6': the days a postponed or cancelled meeting was set for, told by a
# reference in a later sentence
_ORIGINAL_DAYS = re.compile(
    r"\b[Tt]he\s+(?:[\w-]+-day\s+)?(?:(?P<plural>events|meetings|conferences|summits|festivals)|event|meeting|"
    r"conference|summit|forum|festival|fair|expo|show)\s+(?:(?:was|were|had\s+been)\s+(?:originally\s+)?"
    r"(?:set|scheduled|due|supposed|slated|planned)\s+to\s+(?:take\s+place|be\s+held|happen|run)|"
    r"would\s+have\s+(?:taken\s+place|been\s+held|run|opened))\b"
)


# 'The co-located event is now scheduled to take place July 31 - August 4', 'The congress will now be held on
# 5-7 May': the days a postponed meeting has moved to, told by a reference in a later sentence
# ('The 5,500-exhibitor, 200,000-attendee event will now run next year': its size, told in numbers, before the word)
_NEW_DAYS = re.compile(
    r"\b[Tt]he\s+(?:[\w,]+-[\w-]+,?\s+){0,3}(?:event|meeting|conference|congress|summit|forum|festival|fair|expo|"
    r"show|exhibition|symposium|convention)\s+(?:is|will)\s+now\s+(?:be\s+)?(?:(?:scheduled|set|due|slated|planned)\s+to\s+"
    r"(?:take\s+place|be\s+held|run)|take\s+place|held|run)\b"
)


def _new_days_by_reference(candidates: list[Candidate], text: str, reference: date) -> None:
    """The first named meeting the text puts off ('decided to postpone the X Congress') takes the days and the city
    a later 'The event is now scheduled to take place July 31 - August 4, 2020, in Vienna' gives."""
    put_off = [c for c in candidates if c.status == "postponed" and not c.generic and not c.sub_event]
    put_off = [c for c in put_off if c.start is None and "title" not in c.notes]
    for match in _NEW_DAYS.finditer(text) if put_off else ():
        sentence_end = _sentence_end(text, match.end())
        mention = next(iter(find_dates(text[match.end() : sentence_end])), None)
        if mention is not None:
            mention.future = True
        resolved = resolve_mention(mention, reference) if mention is not None else None
        if mention is None or resolved is None:
            continue
        _dated_by_reference(put_off[0], text, match.end(), mention, resolved)
        clause = text[match.start() : sentence_end]
        found = _place(clause, match.end() - match.start(), len(clause), 0, 0)
        if found is not None and found.place.kind == "city" and not put_off[0].placed_by_its_text:
            put_off[0].place = PlaceMention(found.place, found.surface, found.venue, cue="reference")
        return


def _original_days_by_reference(candidates: list[Candidate], text: str, reference: date) -> None:
    """The named meetings the text calls off ('decided to postpone the X Conference and the Y Meeting') take the
    days a later 'The events were originally set to take place … from 7 - 11 September' gives: the first of
    them, or all of them for a plural reference."""
    called_off = [c for c in candidates if c.status and not c.generic and not c.sub_event and c.start is None]
    called_off = [c for c in called_off if "title" not in c.notes]
    for match in _ORIGINAL_DAYS.finditer(text) if called_off else ():
        sentence_end = _sentence_end(text, match.end())
        mention = next(iter(find_dates(text[match.end() : sentence_end])), None)
        if mention is not None:  # 'this year's fair, set for October, is off … would have run from October 7 to 9'
            mention.future = called_off[0].future
        resolved = resolve_mention(mention, reference) if mention is not None else None
        if mention is None or resolved is None:
            continue
        for named in called_off if match.group("plural") else called_off[:1]:
            _dated_by_reference(named, text, match.end(), mention, resolved)
        return


def _dated_by_reference(
    candidate: Candidate, text: str, offset: int, mention: DateMention, days: tuple[date, date | None]
) -> None:
    """`candidate` takes `days` from `mention`, found in `text` from `offset` on: a day a reference gives, never
    sure enough to publish (cue '-reference')."""
    candidate.start, candidate.end = days
    candidate.date_phrase = text[offset + mention.begin : offset + mention.finish]
    candidate.date_cue = f"{date_kind(mention)}-reference"


def _names_or_dates_a_meeting(candidates: list[Candidate]) -> bool:
    """The text itself (not only its headline) names a meeting or dates one."""
    return any(c.start is not None or not c.generic for c in candidates if "title" not in c.notes)


def _meeting_of_members(candidates: list[Candidate], text: str, reference: date) -> None:
    """When the text names no meeting and dates none, 'EU foreign ministers will meet on Monday in Brussels' is the
    'meeting of EU foreign ministers' on that day, where its sentence puts it. Never sure enough to publish."""
    if _names_or_dates_a_meeting(candidates):
        return
    for match in _scan(_MEMBERS_MEET, text, ("met", "meet", "gathered")):
        sentence_end = _sentence_end(text, match.end())
        mention = next(iter(find_dates(text[match.end() : sentence_end])), None)
        resolved = resolve_mention(mention, reference) if mention is not None else None
        if mention is None or resolved is None or mention.begin > _NEAR_VERB:
            continue
        name = f"meeting of {match.group('who')}"
        meeting = Candidate(name=name, key=name.lower(), position=match.start())
        _dated_by_reference(meeting, text, match.end(), mention, resolved)
        meeting.future = match.group("verb").startswith(("will", "are", "is"))
        meeting.has_event_verb = True
        sentence = text[match.start() : sentence_end]
        meeting.sentence = sentence.strip()
        found = _place(sentence, match.end() - match.start(), len(sentence), 0, 0)
        if found is not None and found.place.kind == "city":
            meeting.place = PlaceMention(found.place, found.surface, found.venue)
        for gathered in _HAVE_GATHERED.finditer(text):  # '… ministers have gathered on Monday': they meet now
            day = next(iter(find_dates(text[gathered.end() : gathered.end() + _NEAR_VERB])), None)
            if day is not None and resolve_mention(day, reference) == resolved and meeting.start == reference:
                meeting.future = False
                meeting.notes.append("running")  # see meetings._status
        candidates.insert(0, meeting)
        return


_NEAR_VERB = 20  # 'will meet on Monday in Brussels': the day beside the verb, not one a clause later


def _met_at_the_next(candidates: list[Candidate], text: str, reference: date) -> None:
    """'Officials from both countries met in Lima on Monday to discuss trade. At a seminar at the university, …':
    when the text names no meeting and dates none, the bare meeting word of the sentence after the day they met
    is that meeting, on that day and where they met. Never sure enough to publish."""
    if _names_or_dates_a_meeting(candidates):
        return
    for met in _scan(_MET, text, ("met",)):
        sentence_end = _sentence_end(text, met.end())
        mention = next(iter(find_dates(text[met.end() : sentence_end])), None)
        resolved = resolve_mention(mention, reference) if mention is not None else None
        if mention is None or resolved is None or mention.begin > _NEAR_VERB + 30:
            continue
        after = len(text) - len(text[sentence_end + 1 :].lstrip())  # the next sentence's first word
        bare = next(
            (c for c in candidates if c.generic and after <= c.position - 1000 < _sentence_end(text, after)), None
        )
        if bare is None:
            return
        _dated_by_reference(bare, text, met.end(), mention, resolved)
        bare.has_event_verb = True
        sentence = text[met.start() : sentence_end]
        found = _place(sentence, 0, len(sentence), 0, 0) if bare.place is None else None
        if found is not None and found.place.kind == "city":
            bare.place = PlaceMention(found.place, found.surface, found.venue)
        _name_by_description(bare)
        if bare.generic:
            _described_as(bare, bare.name)
        return


_MET = re.compile(r"\bmet\b(?:\s+(?:in|at)\s+(?:[A-Z][\w'’-]*\s+){1,3})?")
_HAVE_GATHERED = re.compile(r"\b(?:have|has)\s+(?:gathered|convened|assembled)\b")


def _time_by_reference(candidates: list[Candidate], text: str, reference: date) -> None:
    """'… is set to hold a press conference Monday. … The presser is set for 4 p.m.': a later sentence with no day
    of its own ('Monday's parade started around 9 a.m.': or only theirs) gives the time of the article's meetings
    when they are all on one day and none has a time."""
    dated = [c for c in candidates if c.start is not None]
    # '… on Sept. 16 and 17. … On Sept. 17, a band is to close the festival': a bare mention on a later day of a
    # named meeting's run is of that run, no meeting of another day
    dated = [c for c in dated if not any(_later_day_of_its_run(c, run) for run in dated)]
    if len({c.start for c in dated}) != 1 or any(c.start_time is not None for c in dated):
        return
    day = dated[0].start
    assert day is not None
    for match in _scan(_SET_FOR_TIME, text, _SET_FOR_TIME_PARTS) if may_hold_digit(text) else ():  # before a digit
        clock = clock_time_at(text, match.end())
        if clock is None:
            continue
        sentence_start = _sentence_start(text, match.start())
        if _names_another_meeting(text[sentence_start : match.start()], candidates):
            continue  # 'The Second Example Ceremony is scheduled to begin at 2.30pm': that ceremony's time
        sentence = text[sentence_start : _sentence_end(text, clock[1])]
        timed = dated
        if _PRESS_EVENT.search(text, sentence_start, match.start()):
            # 'Ministers are meeting in Brussels on Monday … A press briefing is scheduled for 6 p.m.': the briefing's
            # hour, not the meeting's
            timed = [c for c in dated if c.key.startswith(_PRESS_KEYS)]
            if not timed:
                continue
        # 'The exhibition opened at 10am … and runs through Sunday, the foundation said in a statement yesterday':
        # a last day, or the day of a statement, is no day of its own
        if all(
            _UNTIL_BEFORE.search(sentence, max(0, m.begin - 24), m.begin)
            or _SAID_BEFORE.search(sentence, max(0, m.begin - 40), m.begin)
            or (_THEIR_DAY.match(sentence, m.finish) and _names_the_day(m, day, reference))
            or (
                _OWN_DAY_AFTER_HOUR.match(sentence, m.begin - 4) and m.end is None and _names_the_day(m, day, reference)
            )
            for m in find_dates(sentence)
        ):
            for candidate in timed:
                candidate.start_time = clock[0]
            return
    for match in _OPENS_PROCEEDINGS_AT.finditer(text) if "proceedings" in text else ():
        clock = clock_time_at(text, match.end())
        sentence = text[_sentence_start(text, match.start()) : _sentence_end(text, match.end())]
        days = [resolve_mention(m, reference) for m in find_dates(sentence)]
        if clock is not None and days and all(d is not None and d[0] == day and d[1] is None for d in days):
            for candidate in dated:  # 'X will kick off proceedings with an address at 2pm on Sunday': the first hour
                candidate.start_time = clock[0]
            return


def _later_day_of_its_run(bare: Candidate, run: Candidate) -> bool:
    """`bare` is a bare kind word dated on a day after the first of `run`, a named meeting of days ('the festival'
    on Sept. 17 beside the X Festival on Sept. 16 and 17)."""
    return (
        bare.generic
        and not run.generic
        and bare.start is not None
        and run.start is not None
        and run.end is not None
        and run.start < bare.start <= run.end
    )


_PRESS_EVENT = re.compile(r"\b(?:press|news|media)\s+(?:briefing|conference)s?\b|\bpresser\b", re.I)
# 'beginning from 12 noon on Thursday': the meeting's own day, written just after its hour
_OWN_DAY_AFTER_HOUR = re.compile(r"\s?\bon\s")
# what opens the meeting at an hour on its own day: 'The chairman will kick off proceedings with a main stage
# address at 2pm on Sunday'
_OPENS_PROCEEDINGS_AT = re.compile(
    r"\b(?:kick(?:s|ed)?\s+off|open(?:s|ed)?|begins?|began|start(?:s|ed)?)\s+(?:the\s+)?proceedings\b"
    r"[^.;]{0,60}?\bat\s+(?=\d)"
)
_SAID_BEFORE = re.compile(r"\b(?:said|says|told|announced|stated)\b[\w\s'’-]{0,30}$")
_THEIR_DAY = re.compile(r"['’]s\s")  # "Monday's parade"


def _names_the_day(mention: DateMention, day: date, reference: date) -> bool:
    """The mention gives `day`; a bare weekday names the meeting's day of this week, whichever way its own sentence
    is tensed ("Thursday's two-hour session which will begin at 7pm", after 'on Thursday night')."""
    if (resolve_mention(mention, reference) or (None,))[0] == day:
        return True
    bare_weekday = mention.weekday is not None and mention.start[:2] == (None, None)
    return bare_weekday and mention.weekday == day.weekday() and abs((day - reference).days) <= 7


def _names_another_meeting(subject: str, candidates: list[Candidate]) -> bool:
    """The words before 'is scheduled to begin at' name a meeting of its own that has no day."""
    return any(c.start is None and not c.generic and not c.sub_event and c.name in subject for c in candidates)


# the named meeting's own hour, on the day another sentence gives it; not an hour it keeps each day
# 'the meeting of the X, at 9 am, at the Y': its hour set off right after its name, however far its day stands
_AT_CLOCK_AFTER = re.compile(r",?\s+at\s+(?=\d)(?![^,;]*\b(?:daily|each\s+day|every\s+day)\b)", re.I)
# 'a Sunset Ceremony at the museum courtyard at 8pm,': the hour within the name's own item of a list (not daily)
_OWN_HOUR_AFTER = re.compile(r"[^,;.]{0,60}?\bat\s+(?=\d)(?![^,;]*\b(?:daily|each\s+day|every\s+day)\b)", re.I)
_ITEMS_APART = re.compile(r"[,;]")  # a comma between a day and a name: the day is another item's
# 'the X Forum ended at 5pm': the hour it closed, not its own start
_ENDS_BEFORE_HOUR = re.compile(r"\b(?:end|ends|ended|close[sd]?|conclude[sd]?|wrap(?:s|ped)?\s+up|until|till)\b", re.I)
_STARTS_AT = re.compile(
    r"\s+(?:will\s+)?(?:starts?|begins?|kicks?\s+off|gets?\s+under\s*way)\s+at\s+(?=\d)"
    r"(?![^,;]*\b(?:daily|each\s+day|every\s+day)\b)",
    re.I,
)
# 'The presser is set for 4 p.m.', 'Montanari is scheduled to speak at 10 a.m. at the stadium', 'The inaugural
# ceremony of the fair will take place at 10:30 am', 'The forum will be held from 2.30 p.m. through 8 p.m.', 'The
# exhibition opened at 10am' (not an hour it keeps each day)
_AT_ABOUT = r"(?:at(?:\s+around|\s+about)?|around|about)"
_SET_FOR_TIME = re.compile(
    r"\b(?:(?:is|are)\s+(?:scheduled|set|slated|due)\s+(?:to\s+(?:speak|begin|start|get\s+under\s*way)\s+at|for)"
    r"|will\s+(?:take\s+place|be\s+held|begin|start|open|kick\s+off)\s+(?:at|from)"
    # 'opened at 10am daily': opening hours, not the hour the meeting began; 'began around 9 a.m.': about that hour
    rf"|(?<!\bdaily\s)(?:opened|began|kicked\s+off|got\s+under\s*way)\s+{_AT_ABOUT}"
    r"(?![^.;]*\b(?:daily|each\s+day|every\s+day)\b)"
    # 'The event started at 9.30 am', "Monday's parade started around 9 a.m.": told after the day, the hour the
    # article's meeting began (not 'A fire started at 9 p.m.')
    r"|\b(?:[Tt]he\s+(?:event|programme|program|function|proceedings)|[Ii]t|(?=(?i:[a-z]))(?i:"
    rf"{_KIND}|parade|procession))\s+(?:started|began|commenced|kicked\s+off|got\s+under\s*way)\s+{_AT_ABOUT}"
    # 'Beginning at 10pm, the awards will take place on screens …': a sentence that opens with the hour
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:Beginning|Starting)\s+at"
    # 'will be attending the event beginning from 12 noon on Thursday': the hour the article's meeting begins
    r"|\b[Tt]he\s+(?:event|programme|program|function|proceedings)\s+(?:beginning|starting)\s+(?:from|at)"
    # 'The festival starts at 10 a.m. and runs until 5 p.m.': the hour it is to begin (not one it opens at daily)
    r"|\b(?:[Tt]he\s+(?:event|programme|program|function|proceedings)|[Ii]t|(?=(?i:[a-z]))(?i:"
    # "the Speaker said the session would start at 9.30 a.m.": the same hour, told as what someone said
    rf"{_KIND}|parade|procession))\s+(?:will\s+|would\s+)?(?:starts?|begins?|kicks?\s+off|gets?\s+under\s*way)\s+at"
    r"(?![^;\n]{0,30}\b(?:daily|each\s+day|every\s+day)\b)"
    # 'The event is to run from 11am to 6pm on both days': the hour its days begin (not hours it keeps daily)
    r"|\b(?:[Tt]he\s+(?:event|programme|program|function|proceedings)|[Ii]t|(?=(?i:[a-z]))(?i:"
    rf"{_KIND}|parade|procession))\s+(?:(?:is|are)\s+to|will|would)\s+run\s+from"
    r"(?![^;\n]{0,40}\b(?:daily|each\s+day|every\s+day)\b)"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))Time\s*(?:is|:))\s+(?=\d)"  # an invitation's 'Time is 9am each day.', 'Time: 10am'
)

# a word each alternative of _SET_FOR_TIME holds
_SET_FOR_TIME_PARTS = tuple(
    "schedul set slated due will opened began begin kick got get start commenced time run".split()
)


def _press_by_audience(candidates: list[Candidate]) -> None:
    """'told journalists at the briefing': a bare briefing or conference whose audience is the press is a press
    briefing or news conference."""
    for candidate in candidates:
        kind = candidate.name.lower()
        if candidate.generic and kind in ("briefing", "conference"):
            told = _TOLD_THE_PRESS_AT.search(candidate.sentence or "")
            if told is not None and told.group("kind").lower() == kind:
                candidate.name = "press briefing" if kind == "briefing" else "news conference"
                candidate.key, candidate.generic = candidate.name, False
                candidate.notes.append("described")


_TOLD_THE_PRESS_AT = re.compile(
    r"\btold\s+(?:reporters|journalists|newsmen|the\s+media)\s+at\s+(?:a|an|the)\s+(?P<kind>briefing|conference)\b",
    re.I,
)


def _briefing_of_remarks(
    candidates: list[Candidate], text: str, reference: date, dateline_place: PlaceMention | None
) -> None:
    """'… spokesperson Mao Ning said on Monday … Mao made the remarks at a regular press briefing': the
    briefing where the remarks were made is on the day they were said. Its name only describes it, and a
    day read from another sentence is never sure enough to publish (cue '-reference')."""
    named_dated = first_named_dated(candidates) is not None
    for candidate in candidates:
        sentence = candidate.sentence or ""
        remarks = _REMARKS_AT.search(sentence)
        if not candidate.generic or candidate.start is not None or remarks is None:
            continue
        if named_dated and remarks.group("briefing").split()[-1] in ("briefing", "conference"):
            return  # 'made the remarks at the press conference': perhaps the named meeting's own
        said = next((m for m in find_dates(text) if _said_on(text, m)), None)
        resolved = resolve_mention(said, reference) if said is not None else None
        if said is None or resolved is None:
            return
        candidate.name = " ".join(remarks.group("briefing").split())
        candidate.key, candidate.generic = candidate.name.lower(), False
        candidate.notes.append("described")
        _dated_by_reference(candidate, text, 0, said, (resolved[0], None))
        candidate.place = candidate.place or dateline_place
        return


def _said_on(text: str, mention: DateMention) -> bool:
    """The day of a report's remarks: 'said on Monday', 'today said'."""
    return bool(
        _REPORTED_ON.search(text, max(0, mention.begin - 40), mention.begin) or _SAID_AFTER.match(text, mention.finish)
    )


# the verbs of a report's remarks, which date what is said, not a meeting; each pattern below adds its own
_SPEECH_VERBS = r"said|told|announced|stated|reported|confirmed|disclosed|revealed|pledged|vowed"
_SAID_AFTER = re.compile(rf"\s+(?:{_SPEECH_VERBS})\b")
# 'on Monday the minister', 'on Monday, Jane Roe': who stands between a day and what they did on it
_WHO_AFTER_THE_DAY = r",?(?:\s+(?:the\s+[a-z]+(?:\s+[a-z]+)?|(?:the\s+)?[A-Z][\w'’.-]*)){0,3}"
# 'The ministry on Thursday reported that …', 'Earlier on Saturday, Jane Doe told reporters that …': who says it may
# stand between the day and the verb, or those who speak, unnamed ('On Saturday, official sources stated that …')
_REPORTED_AFTER = re.compile(
    rf"{_WHO_AFTER_THE_DAY}(?:,(?:\s+[a-z]+)?\s+[a-z]+s)?"
    rf"\s+(?:{_SPEECH_VERBS}"
    r"|finali[sz]ed|fixed|decided|recommended|approved)\b"  # 'on Friday finalised the dates of the X Session
)
_SETS_OFF = r"left|leaves|departed|departs|set\s+(?:off|out)|sets\s+(?:off|out)|embarked|embarks"  # on a trip
# 'The minister on Monday left for a visit to Brazil during which she will chair the X Dialogue', 'The envoy on
# Monday delivered an invitation to attend the X Summit': the day of a trip or an invitation, before the meeting it
# is for; who goes or invites may stand between the day and the verb, as for a report
_TRIP_OR_INVITATION_AFTER = re.compile(
    rf"{_WHO_AFTER_THE_DAY}\s+(?:(?:{_SETS_OFF}|flew|flies)"
    r"\s+(?:for|to|on)\b"
    r"|(?:arrived|arrives)\s+(?:in|here|there)\b"
    r"|(?:delivered|delivers|handed|hands|extended|extends|sent|sends|issued|issues|received|receives|conveyed)"
    r"(?:\s+over)?\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z]+\s+){0,2}?invitations?\b"
    r"|invited\b)"
)
# 'left for a three-day visit to Japan', 'departed Paris for Brazil', 'set off on a tour of': a trip away from
# where the sentence starts
_TRIP_BEFORE = re.compile(
    rf"\b(?:{_SETS_OFF})"
    r"(?:\s+[A-Z][\w'’-]*){0,2}\s+(?:for|on)\s"
)
# 'Li Keqiang on Thursday announced the opening of the first X Expo': the announcing is the opening, that day
_PROGRAMMED_KIND = re.compile(
    r"\b(?:festival|show|fair|expo|exhibition|biennale|carnival|games|championships?)\b(?!.*\b(?:summit|conference)\b)",
    re.I,
)
# (not 'launched', which a meeting does when it opens: 'The festival launched on Friday')
_ANNOUNCES_ITS_AFTER = re.compile(
    r"\s+(?:(?:on\s+|last\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|"
    r"morning|afternoon|evening|night)\s+)?(?:announced|unveiled|revealed|named|released|published)\s+"
    r"(?:its|their|the|a|an|\d+)\b"
)
_DECLARED_OPEN_AFTER = re.compile(r"\s+(?:the\s+)?(?:official\s+)?(?:opening|closing)\s+of\b")
# ('the dates and venue for the X Symposium': its own days and place)
_GROUNDS_OF_BEFORE = re.compile(
    r"(?<!dates and )(?<!date and )\b(?:site|venue|grounds|park|pavilions?)\s+(?:of|for)\s+(?:the\s+)?$"
    # 'inaugurated the Example Pavilion at Expo 2020 on Saturday': the day a country's pavilion opened, not the expo
    r"|\b(?:inaugurat|open|unveil|launch)[a-z]*\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}?"
    r"(?:pavilions?|booths?|stands?|stalls?)\s+at\s+(?:the\s+)?$",
    re.I,
)
# 'on Friday afternoon in Hamburg, Prime Minister Jane Doe canceled her meeting': the part of the day, where, and who
_CALLED_OFF_AFTER = re.compile(
    r"(?:\s+(?:afternoon|morning|evening|night))?(?:\s+in\s+[A-Z][\w-]*)?(?:,(?:\s+[A-Z][\w.'’-]*){1,6})?"
    r"\s+(?:[a-z]+ly\s+)?(?:postponed|cancell?ed|called\s+off|scrapped|deferred|put\s+off|suspended)\s+"
    r"(?:the|a|an|its|their|his|her)\b"
)
# '… for the X Marathon, as organisers today postponed the planned race': the meeting named before, called off
_CALLS_IT_OFF = re.compile(
    r"\s+(?:[a-z]+ly\s+)?(?:postponed|cancell?ed|called\s+off|scrapped|deferred|put\s+off|suspended)\s+the\b"
)
_REMARKS_AT = re.compile(
    r"\b(?:(?:made|making)\s+the\s+remarks\s+at|told)\s+(?:a|an|the)\s+"  # 'told a news conference': remarks too
    r"(?P<briefing>(?:(?:regular|daily|weekly|routine|online)\s+)?(?:press|news)\s+(?:briefing|conference)\b"
    # 'made the remarks at a dinner reception in honour of the delegations': a reception, and whom it honours
    r"|(?:(?:welcome|welcoming|state|official|gala)\s+)?(?:dinner\s+reception|reception|banquet|luncheon|dinner)\b"
    r"(?:\s+(?:in\s+honou?r\s+of|to\s+mark|marking)\s+[^,.;]{3,120})?)"
)


# '… at the 7th Example Expo in Kunming, Aug. 18, 2023. (Xinhua/Hu Chao)': a photographer's credit after a
# sentence makes it a photo's caption; so does one that ends its line unbracketed ('… on Sunday. EP/Jane Doe',
# 'Photo by Example/Jane Doe.'), capitalised names after the agency's
_CAPTION_CREDIT = re.compile(
    r"\s*\((?:Photo:\s*)?[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?/[A-Z][^()\n/]{1,40}\)"
    r"|[ \t]*(?:Photo\s+by\s+)?[A-Z][\w.-]*/\s?[A-Z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,3}[ \t]*(?=\n|$)"
)


def _as_caption(candidates: list[Candidate]) -> None:
    """A caption's day is the day its photo was taken, a day of the meeting's run and not its first."""
    for candidate in candidates:
        if candidate.date_cue is not None:
            candidate.date_cue = "during"
            candidate.notes.append("frame")


def _date_by_report(candidates: list[Candidate], reference: date, dateline_place: PlaceMention | None) -> None:
    """'The Edinburgh International Festival has opened': when nothing else dates the article's meetings, the
    first named one that 'has opened' did so on the day of the report, where the report was filed from unless
    its sentence puts it elsewhere. Never sure enough to publish."""
    for candidate in candidates:
        if candidate.start is None and "has opened:underway" in candidate.notes:
            # 'The X summit is underway in Apia': running on the day of the report, whatever other days the
            # article gives to other meetings ('talks with his counterpart on Friday')
            candidate.start, candidate.date_phrase, candidate.date_cue = reference, "is underway", "published"
            candidate.notes.append("running")
    if any(c.start is not None for c in candidates):  # 'met at the forum on Sunday' dates it better
        return
    for candidate in candidates:
        verb = next((n.removeprefix("has opened:") for n in candidate.notes if n.startswith("has opened:")), None)
        if verb is not None and "title" not in candidate.notes:
            day = next((int(n.removeprefix("day:")) for n in candidate.notes if n.startswith("day:")), 1)
            candidate.start, candidate.date_phrase, candidate.date_cue = reference, verb, "published"
            candidate.opening = True  # it opened that day: a festival or a fair runs on at the report
            if day > 1:  # 'The second day of the Example Forum started': it opened the day before the report
                candidate.start = reference - timedelta(days=day - 1)
                candidate.notes.append("running")  # and runs on at the report, on its second day
            if candidate.place is None and not _elsewhere(candidate.sentence or "", dateline_place):
                candidate.place = dateline_place
            return


def _days_of_sentence(text: str, position: int, reference: date | None) -> set[date]:
    """The first days the dates of the sentence at `position` give."""
    begin = _sentence_start(text, position)
    sentence = text[begin : _sentence_end(text, position)]
    # 'spend two days … ahead of a Nov 18-19 summit': the day of what it comes before starts no run of it
    mentions = [m for m in find_dates(sentence) if not _AHEAD_OF_BEFORE.search(sentence, 0, m.begin)]
    resolved = [resolve_mention(m, reference) for m in mentions] if reference is not None else []
    return {r[0] for r in resolved if r is not None}


_AHEAD_OF_BEFORE = re.compile(r"\b(?:ahead\s+of|before)\s+(?:a|an|the|this|next)\s+$", re.I)


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence that `position` is in starts: after the '. ' or the new line before it."""
    return max(text.rfind(". ", 0, position), text.rfind("\n", 0, position)) + 1


def _sentence_end(text: str, start: int) -> int:
    """Where the sentence that `start` is in ends: its '. ', the end of its line, or the end of the text."""
    return min((i for i in (text.find(". ", start), text.find("\n", start)) if i >= 0), default=len(text))


# 'the three-day event, which began on Tuesday', 'co-host the event, to be held at the hall on Dec 2'
# 'The community event is set to return in full on Saturday': a yearly event's first day this year
# 'The month-long event opened at the fairground on Sunday': a run told by its length
_OPENED_BY_REFERENCE = re.compile(
    r"\b(?=[TtOoIiWwAaMm])(?:"  # where one of the alternatives can begin: one test, not one for each
    r"\b(?:[Tt]he|[Tt]his(?:\s+year['’]s)?)\s+(?:(?:\d{1,2}|[a-z]+)-day\s+|[a-z]+-long\s+|community\s+|annual\s+)?"
    r"(?:event|fair|expo|festival|"
    r"summit|forum|conference|show|exhibition|meeting|gathering|congress|convention|games|marathon|gala|carnival|"
    r"session)(?:,\s*which)?\s+(?:officially\s+)?"
    r"(?:opened|began|kicked\s+off|started|got\s+under\s*way|was\s+held|took\s+place|returns"
    r"|will\s+(?:open|begin|start|kick\s+off|be\s+(?:held|staged|hosted)|take\s+place|return)"
    r"|is\s+(?:set|due)\s+to\s+return"
    # 'The event, which is planned to kick off on Tuesday', 'The summit, set to open on 22 August'
    r"|(?:is\s+)?(?:planned|scheduled|set|slated|due)\s+to\s+(?:open|begin|start|kick\s+off))\b"
    r"|\b(?:[Tt]he|[Tt]his)\s+(?:event|fair|expo|festival|summit|forum|conference|show|exhibition|meeting|gathering|"
    r"congress|convention),\s+(?:to\s+be\s+held|(?:planned|scheduled|set|slated|due)\s+to\s+(?:open|begin|start|kick\s+off))\b"
    # '… at Barcelona, Mobile World Congress, gets over. During the five-day event, starting February 27, …'
    r"|\b(?:[Tt]he|[Tt]his)\s+(?:(?:\d{1,2}|[a-z]+)-day\s+)?(?:event|fair|expo|festival|summit|forum|conference|"
    r"show|exhibition|congress|convention),\s+(?:starting|beginning|opening)\b"
    # 'As part of the two-day event, on Monday and Tuesday delegates will hear …': the run it gives its days to
    r"|\b(?:[Aa]s\s+part\s+of|[Dd]uring)\s+the\s+(?:\d{1,2}|[a-z]+)-day\s+(?:event|fair|expo|festival|summit|forum|"
    r"conference|show|exhibition|congress|convention)\s*,"
    # 'The minister would open the event on Monday': who opens it, on its first day
    r"|\b(?:open|opens|opened|inaugurate|inaugurates|inaugurated)\s+the\s+(?:event|fair|expo|festival|summit|forum|"
    r"conference|show|exhibition|congress|convention)\b"
    # 'The prime ministers of the three Baltic states will meet in Riga next Monday'
    # 'OPEC+ is set to meet on Tuesday'
    r"|\b(?:will|(?:is|are)\s+(?:set\s+|due\s+|scheduled\s+)?to)\s+meet\b"
    # 'Finance ministers of the bloc met Wednesday in Lima' under '… with Finance Ministers Meeting': the ministers'
    # meeting the article names
    r"|(?P<ministers>\b[Mm]inisters\b(?:(?!\b(?:who|whom|which|that)\b)[^.;,]){0,60}?\b"
    r"(?:met|gathered|convened|were\s+(?:gathering|meeting))\b)"
    # '… to speak at the Example colloquium. The event … will be declared open by … It is slated for December 6
    # and 7': a sentence that opens on 'It' and sets a day speaks of the meeting before it
    # ('It is slated for release on Friday' is a product's: the day follows 'for' at once)
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))It\s+(?:is|has\s+been|will\s+be)\s+(?:slated|scheduled|set|billed)\s+for\s+"
    rf"(?=(?:this\s+|next\s+)?{_DAY_WORD}|\d|the\s+\d)"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))It\s+will\s+(?:be\s+held|take\s+place)\b"
    r")"
)


# 'The December 18-21 gathering would be held at the Example Convention Centre': the day before the word
_DATED_BY_REFERENCE = re.compile(
    rf"\b[Tt]he\s+(?:{MONTH_NAMES})\.?\s+\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:event|fair|expo|festival|summit|"
    r"forum|conference|show|exhibition|meeting|gathering|congress|convention)\s+(?:will|would|is\s+to)\s+"
    r"(?:be\s+(?:held|staged|hosted)|take\s+place|open|begin)\b"
)
_DAY_OF_REFERENCE = re.compile(r"\b[Tt]he(?=\s)")  # the mention read after it


def _at(match: re.Match[str]) -> int:
    return match.start()


_BEFORE_IT_AFTER = re.compile(
    r",?\s+(?:ahead\s+of|before|on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)-up\s+to)\s+(?:the|this|its|next)\b", re.I
)
_ANNOUNCED = re.compile(r"\b(?:will|would|returns|slated|scheduled|planned|to\s+(?:be|meet|open|inaugurate|return))\b")


def _date_by_same_day(candidates: list[Candidate], text: str, reference: date) -> None:
    """'The fair opened on September 10, 2025. In the afternoon, the Open Example Forum was held …': a sentence
    that opens on a part of that day dates the named meeting it holds by the last day of the sentence before
    it. A day read so is never sure enough to publish (cue '-reference')."""
    for candidate in candidates:
        sentence = candidate.sentence or ""
        if candidate.start is not None or candidate.generic or not _SAME_DAY_LEAD.match(sentence):
            continue
        position = text.find(sentence)
        before = _sentence_start(text, position - 1)
        mention = next(reversed(find_dates(text[before:position])), None)
        resolved = resolve_mention(mention, reference) if mention is not None and mention.start[1] else None
        if mention is None or resolved is None:
            continue
        _dated_by_reference(candidate, text, before, mention, (resolved[0], None))


_SAME_DAY_LEAD = re.compile(
    r"(?:In\s+the|That|Later\s+that|Later\s+in\s+the)\s+(?:morning|afternoon|evening|day)\b|(?:On\s+)?the\s+same\s+day\b",
    re.I,
)
_Day = tuple[date | None, date | None, str | None]  # a start, an end and the words that give them


def _put_off_by_days(candidates: list[Candidate], text: str) -> None:
    """'The talks will be postponed for one day … The formal opening of the talks, originally scheduled for
    Monday, …': the day a meeting was first set for, moved on by the days the text says it is put off by."""
    put_off = _PUT_OFF_BY.search(text) if may_hold(text, ("day",)) else None
    if put_off is None:
        return
    days = _NUMBERS.get(put_off.group("n").lower()) or (1 if put_off.group("n").lower() == "a" else 0)
    for candidate in candidates:
        sentence = candidate.sentence or ""
        if candidate.start is not None and days and _FIRST_SET_FOR.search(sentence):
            candidate.start += timedelta(days=days)
            candidate.end = candidate.end + timedelta(days=days) if candidate.end is not None else None
            candidate.date_cue = f"{date_cue_kind(candidate.date_cue)}-reference"


# 'will be postponed for one day', 'was put off by two days', 'delayed by a day'
_PUT_OFF_BY = re.compile(
    r"\b(?:postponed|put\s+off|delayed|pushed\s+back)\s+(?:for|by)\s+(?P<n>a|one|two|three|four|five)\s+days?\b", re.I
)
_FIRST_SET_FOR = re.compile(r"\b(?:originally|initially|first)\s+(?:scheduled|planned|set|slated)\s+(?:for|on)\b", re.I)


def _date_by_headline(candidates: list[Candidate], headline_days: dict[int, _Day]) -> None:
    """'Example Trade Forum to open on May 24' over a text that dates no meeting: the headline's month and day
    date the meeting it names. A press conference dated in the text ('told a press conference here today') is
    where the meeting was announced, not a day of it; nor does the text date another meeting where it only calls
    the headline's by the end of its name on a day of the headline's run ('X Council meeting in Brussels on 17
    and 18 November' over 'On Tuesday, defence ministers will join the Council meeting'). A day read from a
    headline alone is never sure enough to publish (cue 'title')."""
    dated = [c for c in candidates if c.start is not None and not c.key.startswith(_PRESS_KEYS)]
    for candidate in candidates:
        if id(candidate) not in headline_days:
            continue
        start, end, phrase = headline_days[id(candidate)]
        if any(not _told_on_a_day_of(c, candidate, start, end) for c in dated):
            return
        candidate.start, candidate.end, candidate.date_phrase = start, end, phrase
        candidate.date_cue = "title"


def _told_on_a_day_of(told: Candidate, headline: Candidate, start: date | None, end: date | None) -> bool:
    """`told` is the headline's meeting named by the end of its name on a day of the run the headline gives."""
    return (
        not told.generic
        and ("title" not in told.notes)
        and (" " + headline.key).endswith(" " + told.key)
        and told.start is not None
        and start is not None
        and start <= told.start <= (end or start)
    )


def _date_by_dateline(candidates: list[Candidate], title: str, day: date | None) -> None:
    """'54th Example Summit opens in Abuja' over 'Abuja, 22 December 2018. The opening ceremony…' and a text that
    dates no meeting: the meeting the headline says opens did so on the dateline's day, or with no dateline on the
    report's ('Example Tourism Fair opens' over 'organizers said on Wednesday'). A day read so is never sure
    enough to publish (cue 'title'). Not when the text gives a last day instead ('will run through next Monday')."""
    if day is None or any(c.start is not None or c.last_day is not None for c in candidates):
        return
    for candidate in candidates:
        at = title.find(candidate.name)
        if "title" in candidate.notes and not candidate.generic and at >= 0:
            opens = _OPENS_AFTER.match(title, at + len(candidate.name))
            if (
                opens is not None
                and not find_dates(title[opens.end() :])
                and not _ANOTHER_DAY.search(title, opens.end())
            ):
                candidate.start, candidate.date_phrase, candidate.date_cue = day, "dateline", "title"
                return


_OPENS_AFTER = re.compile(r"\s+(?:opens|begins|starts|kicks\s+off|gets\s+under\s*way)\b")
_ANOTHER_DAY = re.compile(r"\b(?:tomorrow|tonight|next|later|soon|this)\b", re.I)  # 'X opens next week'


def _place_by_reference(candidates: list[Candidate], text: str) -> None:
    """'The event will be held at Lima Convention Center': a later sentence that places the meeting by a
    reference places the article's first named meeting when its own clause gave no place."""
    main = first_named_dated(candidates)
    if main is None or main.placed_by_its_text:
        return
    for match in _HELD_BY_REFERENCE.finditer(text):
        sentence_end = _sentence_end(text, match.end())
        sentence = text[match.start() : sentence_end]  # _place looks for venues in all of the text it is given
        found = _place(sentence, match.end() - match.start(), len(sentence), 0, 0)
        if found is not None and found.place.kind == "city":
            main.place = PlaceMention(found.place, found.surface, found.venue, cue="reference")
            return
        references = [c for c in candidates if c is main or c.generic]
        dateline = next((c.place for c in references if c.place is not None and c.place.cue == "dateline"), None)
        if _elsewhere(sentence, dateline):
            # 'the two day Conference is being held in Kevadia, Gujarat': not the dateline's city, for the meeting
            # nor for its other mentions ('The Conference will be inaugurated … on 25 November')
            for reference in references:
                if reference.place is not None and reference.place.cue == "dateline":
                    reference.place = None
            return


# '* X Fair, March 1-4: Due to be held in Shanghai, the fair usually …': a sentence that opens by placing what it
# goes on to tell of places the meeting named just before it
_HELD_IN_OPENING = re.compile(
    r"(?:^|(?<=[.:;!?]\s)|(?<=\n))\s*(?:(?:Originally|Initially|First)\s+)?(?:[Dd]ue|[Ss]cheduled|[Ss]et|[Ss]lated|"
    r"[Pp]lanned)\s+to\s+(?:be\s+held|take\s+place)\s+(?:in|at)\s+(?P<where>[^,.;]{2,60}),"
)
_OPENING_REACH = 200  # from the name to the sentence that places it


def _place_by_opening_phrase(candidates: list[Candidate], text: str) -> None:
    """Place the meeting named last before a sentence that opens 'Due to be held in Shanghai, …' with that
    city, when its own clause gave it none."""
    for match in _scan(_HELD_IN_OPENING, text, ("held", "place")):
        before = [c for c in candidates if "title" not in c.notes and c.position - 1000 < match.start()]
        if not before:
            continue
        named = max(before, key=lambda c: c.position)
        if named.generic or named.place is not None or match.start() - (named.position - 1000) > _OPENING_REACH:
            continue
        where = match.group("where")
        cities = [p.city_place for _, _, p in english_places_in(where) if p.city_place is not None]
        if len({city.name for city in cities}) == 1:
            named.place = PlaceMention(cities[0], cities[0].name_en, cue="reference")


# 'a directive from the local government of Muntinlupa, where the event was set to be held': a city that a
# relative clause names as the place of the event (not the dateline's city, where the report was filed)
_WHERE_HELD = re.compile(
    r"\b(?P<place>[A-Z][a-z'’-]+(?:\s[A-Z][a-z'’-]+){0,2}),?\s+where\s+the\s+"
    r"(?i:event|meeting|conference|forum|summit|expo|fair|festival|ceremony|seminar|congress|concert|show)\s+"
    r"(?:was|is|will\s+be|had\s+been|has\s+been)\s+(?:(?:originally\s+)?(?:set|scheduled|due|supposed|slated)\s+)?"
    r"(?:to\s+be\s+held|to\s+take\s+place|held|taking\s+place|to\s+run)\b"
)


def _where_held(sentence: str, end: int) -> PlaceMention | None:
    """The city a relative clause after the meeting's name gives as the place of the event ('… has been
    postponed, as organisers comply with a directive of Muntinlupa, where the event was set to be held')."""
    where = _WHERE_HELD.search(sentence, end)
    place = find_place(where.group("place")) if where is not None else None
    if where is None or place is None or place.kind != "city":
        return None
    return PlaceMention(place, where.group("place"))


_HELD_BY_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:(?:\d{1,2}|two|three|four|five|six|seven)[- ]day\s+)?"
    r"(?i:event|meeting|conference|forum|summit|expo|fair|festival|ceremony|seminar|congress|"
    r"gathering|session|exhibition|show|dialogue)"
    # 'The event – the main theme of which will be X – will take place in person at the Y headquarters in Z': an
    # aside set off by dashes between the word and its verb
    r"(?:\s*,\s*which|\s+[–—]\s[^–—.;!?]{1,160}?\s[–—])?\s+"
    r"(?:(?:will\s+be|was|is\s+being|is|has\s+been)\s+(?:held|hosted|staged)|(?:will\s+take|takes|took)\s+place)\s+"
    r"(?:in\s+person\s+)?(?:at|in)\s+"
    r"|\b(?:will|are\s+(?:set\s+|due\s+|scheduled\s+)?to)\s+meet\s+(?:at|in)\s+"
    # 'a crew that visited the showgrounds in Lusaka yesterday': the grounds of the article's show or fair
    r"|\b(?:at|to|on|in|visited)\s+the\s+(?:show|fair|festival|exhibition)\s?grounds\s+in\s+"
)


# 'The exhibition runs until March 31', 'Expo 2020 … will run till March 31, 2022': shows that stay open for months
# (up to LONGEST_SHOW_DAYS)
_RUNS_FOR_MONTHS = re.compile(r"\b(?:expo|exposition|exhibition|biennale|biennial|triennale)\b")


def _stated_end(
    start: date,
    text: str,
    spans: list[tuple[DateMention, tuple[date, date | None] | None]],
    closing: bool = False,
    longest: int = LONGEST_RUN_DAYS,
) -> date | None:
    """The last day the article gives elsewhere: 'Scheduled for August 7-9' or '… runs until October 25' (up to
    `longest` days on). A meeting told as closing ('the six-day fair concluded on Tuesday') ends only where a day is
    said to end it: 'Until June 30, the fair will continue at libraries' is the run of what carries on after it."""
    for mention, resolved in spans:
        if resolved is None:
            continue
        first, last = resolved
        if (
            first == start
            and last is not None
            and last > start
            and not _began_within(text, mention)
            and not _ONE_AUDIENCE_BEFORE.search(text, max(0, mention.begin - 80), mention.begin)
        ):
            return last
        until = _UNTIL_BEFORE.search(text, max(0, mention.begin - 24), mention.begin)
        if until is None or last is not None or (closing and not _ENDED_ON.match(until.group())):
            continue
        if _of_a_part(text, mention.begin) or _DEADLINE_UNTIL.search(text, max(0, mention.begin - 40), mention.begin):
            continue
        if _OTHERS_CLOSE_BEFORE.search(text, max(0, until.start() - 40), until.start()):
            continue  # 'Registrations closed on Tuesday': what closed is no meeting
        if _KEPT_CLOSED_BEFORE.search(text, max(0, until.start() - 30), until.start()):
            continue  # 'the road would remain closed until Tuesday': a closure's end, not the meeting's
        if _DAY_AFTER_THE_END.match(text, mention.finish):
            continue  # 'until Tuesday morning, the day after the end of the event': the day after its last
        if mention.weekday is not None and not any(flag.startswith(("week:", "of-month")) for flag in mention.flags):
            first = resolve_weekday(mention.weekday, start, future=True)  # 'ending on Saturday': ahead
        if 0 < (first - start).days <= longest:
            return first
    return None


def _own_sentence_first(
    spans: list[tuple[DateMention, tuple[date, date | None] | None]], text: str, candidate: Candidate
) -> list[tuple[DateMention, tuple[date, date | None] | None]]:
    """The days the text gives, those of the candidate's own sentence first: 'The X Festival opened on Friday and
    runs until August 26. The Y Festival also opened on Friday, running until August 25': each its own last day."""
    at = candidate.position - 1000
    if at < 0:
        return spans  # named in the headline, no sentence of the text
    begin, end = _sentence_start(text, at), _sentence_end(text, at)
    return sorted(spans, key=lambda span: not begin <= span[0].begin < end)


def _bare_day_end(candidate: Candidate, text: str, longest: int) -> date | None:
    """'The X Week starts next Monday (21) … . The event, slated to end on 27, will include …': a day of the month
    alone after a verb that ends a run said of the meeting, in the sentence that dates it or the next one, is its
    last day in the month it starts (a later day, within `longest`)."""
    assert candidate.start is not None
    begin = _sentence_start(text, candidate.position - 1000)
    own_end = _sentence_end(text, candidate.position - 1000)
    finish = _sentence_end(text, own_end + 1) if own_end < len(text) else own_end
    for match in _BARE_DAY_END.finditer(text, begin, finish) if may_hold_digit(text[begin:finish]) else ():
        said_of_it = match.start() < own_end or _RUN_SUBJECT_BEFORE.search(text, own_end, match.start())
        if not said_of_it or _OTHERS_CLOSE_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            continue
        day = int(match.group("d"))
        if candidate.start.day < day <= candidate.start.day + longest:
            try:
                return candidate.start.replace(day=day)
            except ValueError:
                return None
    return None


# 'According to the ministry, the event, slated to end on 27': the meeting the next sentence's verb is said of
_RUN_SUBJECT_BEFORE = re.compile(
    r"\b(?:[Tt]he\s+(?:event|fair|week|festival|exhibition|expo|show|conference|forum|congress|summit|games)"
    r"|[Ii]t|which)\b[^.;]{0,40}$"
)


# 'the opening ceremony of the Norway Pavilion', 'a press conference on the fair': held at one sitting, on its day;
# the run the article gives the fair that day opens is not its own
_ONE_SITTING = re.compile(
    r"\b(?:ceremony|ceremonies|(?:press|news|media)\s+(?:conference|briefing)|banquet|luncheon|gala\s+dinner)\b"
)
# 'runs to', 'running up to June 9', 'lasts up to Friday'
_RUNS_UP = r"(?:runs?|running|lasts?|lasting)(?:\s+up)?"
_ENDING_VERBS = r"close|closes|closed|closing|end|ends|ended|ending|conclude|concludes|concluded|concluding"
# 'slated to end on 27,', 'and closes on 30.': a bare day of the month after a verb that ends a run, with nothing
# after it (not 'ends on 27 points', 'closed on 5 counts' nor a month, '27 June', that find_dates reads)
_BARE_DAY_END = re.compile(
    rf"\b(?:{_ENDING_VERBS})\s+on\s+(?:the\s+)?(?P<d>[12]\d|3[01]|[1-9])(?:st|nd|rd|th)?(?=\s*(?:[,;)]|\.(?!\d)|$))",
    re.I,
)
_ENDED_ON = re.compile(rf"(?i:{_ENDING_VERBS})\b")
# 'until 4pm on': a closing time between the word and the day
_CLOSING_TIME = rf"(?:(?:{CLOCK_WORDS}|noon|midnight)\s+)?(?:on\s+)?"
# ('the prime minister is not due until Thursday night': a person's arrival, not the meeting's last day)
_UNTIL_BEFORE = re.compile(
    r"\b(?<!not due )(?<!not expected )(?<!not arriving )"
    rf"(?:until|through(?:\s+to)?|till|up\s+to\s+and\s+including|{_RUNS_UP} to|continues to"
    # 'which began on Sunday … and will continue on Monday'; 'which concludes Friday', as US papers leave out 'on'
    rf"|(?:{_ENDING_VERBS})(?:\s+on)?|(?:continue|continues|continuing)\s+on)\s+"
    rf"{_CLOSING_TIME}$",
    re.I,
)


# 'registrations closed on Tuesday', 'voting ends on Friday': the subject of the ending verb is no meeting
_OTHERS_CLOSE_BEFORE = re.compile(
    r"\b(?:registrations?|entries|applications|nominations|submissions|voting|polls|bids|bidding|tenders?|sales"
    r"|deadline|window|markets?|trading|shops|stores|schools|roads?|borders?|offices|banks)\s+"
    r"(?:(?:will|would|have|has|had|are|is|were|was)\s+)?(?:be\s+)?$",
    re.I,
)
# 'the road would remain closed until Tuesday', 'schools stay shut till Monday': what is kept closed, no meeting
# (read on the few words before 'until' only)
_KEPT_CLOSED_BEFORE = re.compile(
    r"\b(?:remain|remains|remained|stay|stays|stayed|be|been|is|are|was|were|kept)\s+(?:closed|shut|sealed|"
    r"suspended|blocked|cordoned\s+off|off[\s-]limits)\s+$",
    re.I,
)
# 'until Tuesday morning, the day after the end of the three-day event': the day after the last (read with .match)
_DAY_AFTER_THE_END = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+the\s+day\s+after\s+the\s+(?:end|close)\b"
)
_THROUGH_THE_DAY_AFTER = re.compile(r"[a-z]+(?:\s+to)?\s+[A-Za-z]+" + _DAY_AFTER_THE_END.pattern)
# 'The leaders have until Sunday to reach a deal': the time they are given, not the meeting's last day
_DEADLINE_UNTIL = re.compile(
    r"\b(?:have|has|had|having|given|get|gets|got)\s+(?:(?:just|only|now)\s+)?(?:until|till)\s+\S*\s*$", re.I
)


def _written_lowercase(name: str, text: str) -> bool:
    """A name the text also writes in lowercase is a description, capitalised only where a sentence starts."""
    lowered = name.lower()
    if lowered == name or lowered not in text:  # the pattern is built only where the words are there
        return False
    return re.search(rf"(?<![\w-]){re.escape(lowered)}(?![\w-])", text) is not None


def _capital_of_its_sentence_only(candidate: Candidate, text: str) -> bool:
    """'Outcomes show forum was successful': a name whose only capital is the one that starts its sentence, on a
    word the text also writes in lowercase ('the outcomes'), is words of a sentence, no name (unless it says its
    topic)."""
    first, *rest = candidate.name.split()
    if not rest or not (candidate.sentence or "").startswith(candidate.name) or not first[1:].islower():
        return False
    if any(not word.islower() for word in rest) or _TOPIC_WORDS.search(candidate.name):
        return False  # 'Press briefing on the budget report': a kind named by its topic
    return re.search(rf"(?<![\w-]){re.escape(first.lower())}(?![\w-])", text) is not None


def _kind_of(generic: Candidate) -> str:
    """The meeting word of a generic name: 'seminar' of 'seminar on trade'."""
    found = _KIND_IN_NAME.search(generic.name)
    return found.group(0) if found is not None else generic.name.split()[-1]


_KIND_IN_NAME = re.compile(rf"\b(?i:{_KIND})\b")
_PROPER_WORD_BEFORE = re.compile(r"\b[A-Z][a-z]+\s+$")
_ON_A_TOPIC = re.compile(r"\s(?:on|about)\s")


def _name_by_acronym(generic: Candidate) -> None:
    """'EU leaders … their one-day summit on Thursday': with no named meeting in the article, the acronym
    the sentence gives before the meeting word names it ('EU summit'), or the one it gives the meeting
    right after it ('climate talks, known as COP28': 'COP28 talks')."""
    if _ON_A_TOPIC.search(generic.name):
        return  # 'a forum on the policy': named by its topic already, not by who holds it
    sentence = generic.sentence or ""
    kind = _kind_of(generic)
    # 'The Committee of the X Consultative Conference (XCC) will hold a press conference': the meeting's own kind
    # word as it writes it, not a body's name ending in the same word before it
    own = re.search(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", sentence)
    at = own.start() if own is not None else sentence.lower().find(kind.lower())
    proper = _PROPER_NAME_AFTER.match(sentence, at + len(kind)) if at >= 0 else None
    if proper is not None and find_place(proper.group("name")) is not None:
        proper = None  # 'at the fair Kenya opened its pavilion': a country, the one who opened something there
    if proper is not None:  # 'the technology show Examplex opened on Tuesday': the show's own name follows its kind
        generic.name, generic.key, generic.generic = proper.group("name"), proper.group("name").lower(), False
        return
    # 'including the Secretary (SGF), Sen. A; former governors; … will meet at a forum': an item of a list
    # before a semicolon is one of those who attend, not who holds it
    before = sentence[:at].rpartition(";")[2] if at > 0 else ""
    # 'the Macao SAR will hold a forum': letters ending a longer proper name are part of it, no name of the forum
    # 'the office of the SGF, Ann Doe, said … the ceremony': an acronym standing alone before a stop is a body or
    # an office spoken of, not the words before a noun that say whose meeting it is ('EU leaders')
    acronym = [
        a.group(0)
        for a in _ACRONYM.finditer(before)
        if not _PROPER_WORD_BEFORE.search(before, 0, a.start()) and not _STOP_AFTER.match(before, a.end())
    ]
    after = _ACRONYM_AFTER.match(sentence, at + len(kind)) if at >= 0 else None
    if after is not None:  # 'climate talks, known as COP28', 'the summit (COP29)': its own name
        acronym = [after.group("acronym")]
    elif (
        acronym
        and (written := _IN_CAPITALS.search(before))
        and acronym[0] in written.group().split()
        and find_place(written.group()) is None
    ):  # 'the trade visitor day at CARAVAN SALON … this leading trade fair': a name printed in capitals, whole
        generic.name, generic.key, generic.generic = written.group(), written.group().lower(), False
        return
    joined = _JOINED_ACRONYM.search(sentence, 0, at + len(kind)) if after is None and at > 0 else None
    if joined is not None:  # 'a Saudi-US investment forum': the pair and the words that say what kind
        generic.name = f"{joined.group('pair')} {joined.group('words')}{kind.lower()}"
    elif acronym:  # 'EU summit'; 'NBS press conference'
        press = _PRESS_BEFORE.search(sentence, 0, at) if at > 0 else None
        generic.name = f"{acronym[0]} {press.group(0).lower() if press else ''}{kind.lower()}"
    holder = _HOLDER_BEFORE.search(before) if not acronym and joined is None and before else None
    if holder is not None:  # 'a State Council Information Office news conference', 'the Town Council's monthly meeting'
        generic.name = f"{holder.group('body')}{holder.group('tail')}{kind.lower()}"
    if joined is not None or acronym or holder is not None:
        generic.key = generic.name.lower()
        generic.generic = False


def _name_by_apposition(generic: Candidate, text: str) -> None:
    """'The forum, which is the first edition of the Prof. Ada Okafor Annual Public Lecture, will …': with no named
    meeting in the article, the name a later reference to the meeting is given names it. Never published."""
    kind = _kind_of(generic).lower()
    for match in _APPOSED_TO_REFERENCE.finditer(text):
        if match.group("kind").lower() == kind and len(_CAPITALISED.findall(match.group("name"))) >= 2:
            _described_as(generic, match.group("name"))
            return


_APPOSED_TO_REFERENCE = re.compile(
    rf"\b[Tt]he\s+(?P<kind>(?i:{_KIND}))\s*,\s*(?:which|that)\s+(?:is|was|will\s+be)\s+(?:the\s+|an?\s+)?"
    rf"(?P<name>(?:{_ORDINAL}\s+edition\s+of\s+(?:the\s+)?)?{_WORD}(?:\s+(?:(?:of|for|on|and|the)\s+)*{_WORD})*)"
)


def _name_by_apposed_name(generic: Candidate) -> None:
    """'Art Lisboa, an annual contemporary art fair in its 28th year, is to open …': the name that opens the
    sentence, set off by the description that holds the meeting's word, names it."""
    kind = _kind_of(generic).lower()
    for match in _APPOSED_NAME_FIRST.finditer(generic.sentence or ""):
        if match.group("kind").lower() == kind and not _KIND_IN_NAME.search(match.group("name")):
            generic.name, generic.key, generic.generic = match.group("name"), match.group("name").lower(), False
            generic.notes += ["no kind", f"kind:{kind}"]  # 'the fair' names it too (meetings._merged)
            return


# a name opening its sentence, then ', a (the) …' words that are no preposition and the meeting word, which ends
# that description ('Lagos, the host city of the festival' names no festival; 'Jane Roe, the festival director' none)
# ('Lima, May 16: The first-ever Andes Sambaad, an international dialogue hosted by the government, has …': after
# a dateline, 'The' and the words that say which edition)
_APPOSED_NAME_FIRST = re.compile(
    r"^\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*:\s*)?"
    r"(?:The\s+(?:(?:first|first-ever|second|third|inaugural|annual|maiden)\s+)?)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD}){{0,4}})\s*,\s+(?:an?|the)\s+"
    r"(?:(?!(?:of|for|to|at|in|on|by|with|from|and|or)\b)[\w'’-]+\s+){0,5}?"
    rf"(?P<kind>(?i:{_KIND}))(?=\s*[,;(]|\s+(?:in\s+its|now\s+in|which|that|is|was|will|opens?|opened|held|"
    r"hosted|organi[sz]ed)\b)"
)


def _name_by_copula(generic: Candidate) -> None:
    """'the 2012 Example Tech will be the association's largest show in history when the show floor opens on
    Tuesday': with no named meeting in the article, the name its sentence says is that kind of meeting names it.
    Never published."""
    kind = _kind_of(generic).lower()
    for match in _IS_THE_KIND.finditer(generic.sentence or ""):
        if match.group("kind").lower() == kind:
            _described_as(generic, match.group("name"))
            return


_IS_THE_KIND = re.compile(
    # (not 'The President will be holding a press conference': who holds it, not what it is)
    # ('Mr. Roe was addressing a press conference': what he was doing, no name of it)
    rf"\b(?P<name>{_WORD}(?:\s+{_WORD}){{1,5}})\s+(?:is|was|will\s+be)\s+(?![a-z]+ing\b)(?:the\s+|an?\s+)?"
    rf"(?:(?!(?:is|was|and|or|but)\s)[\w'’-]+\s+){{0,4}}?(?P<kind>(?i:{_KIND}))"
    # 'the show in history', not 'the festival director' nor "the festival's": the meeting itself
    r"(?=\s+(?:in|of|on|at|this|when|since|ever|to|for|that|which)\b|\s*[,.;]|$)"
)


def _name_by_description(generic: Candidate) -> None:
    """'not to hold the four-party summit in Amman': with no named meeting in the article, the words that
    describe the meeting ('four-party summit', 'second party congress', 'annual summit between A and B') name
    it. Such a name is never sure enough to publish (confidence.py)."""
    kind = _kind_of(generic).lower()
    sentence = generic.sentence or ""
    # the words before the kind first, then those after it ('a summit aiming to pave the way for peace')
    for match in (*_DESCRIBED.finditer(sentence), *_DESCRIBED_AFTER.finditer(sentence)):
        if match.group("kind").lower() == kind:
            parts = match.groupdict()
            tail = _DESCRIBED_TAIL.match(sentence, match.end()) if "described" in parts else None
            if tail is not None and not parts.get("between"):  # 'a photo exhibition marking the 50th anniversary …'
                parts["after"] = tail.group("after")
            chain = _SITTING_CHAIN.match(sentence, match.end("kind"))
            if chain is not None and not parts.get("between"):
                parts["after"] = chain.group(0)  # 'the third meeting of the fourth session of the eighth Parliament'
            words = [parts.get(group) or "" for group in ("described", "kind", "after", "between")]
            _described_as(generic, " ".join(" ".join(words).split()))
            return


def _name_by_briefing(generic: Candidate, text: str) -> None:
    """'The office will hold a press conference at 10 a.m. on May 4. A spokesperson will brief the media on the
    ministry's work in 2020.': what the next sentence says it will brief on names the bare press conference."""
    if generic.name.lower() not in _BARE_PRESS or not generic.sentence:
        return
    at = text.find(generic.sentence)
    if at < 0:
        return
    after = at + len(generic.sentence)
    briefed = _BRIEF_ON.search(text, after, after + 240)
    if briefed is not None and not _PRESS_WORD.search(text, after, briefed.start()):
        _described_as(generic, f"{generic.name} on {briefed.group('topic')}")


_BARE_PRESS = frozenset(("press conference", "news conference", "press briefing", "news briefing"))
# 'will brief the media on the ministry's performance in 2018 and its work schedule for 2019'
_BRIEF_ON = re.compile(
    r"\bwill\s+brief\s+(?:the\s+)?(?:media|press|journalists|reporters)\s+(?:on|about)\s+"
    # ('… on the session and take questions': what else the spokesperson will do, no part of the topic)
    r"(?P<topic>[^.;\n]{5,120}?)(?=\s*[.;\n]|,?\s+and\s+(?:take|answer|field|respond\s+to)\s+(?:\w+\s+)?questions\b|$)"
)
_PRESS_WORD = re.compile(r"\b(?:press|news)\s+(?:conference|briefing)", re.I)  # another one between them


def _described_as(generic: Candidate, name: str) -> None:
    """A generic meeting named by the words that describe it: never sure enough to publish (confidence.py)."""
    generic.name = name
    generic.key = name.lower()
    generic.generic = False
    generic.notes.append("described")


_DESCRIBING_WORD = (
    r"(?!(?:the|a|an|of|in|on|at|to|for|and|with|by|from|this|next|last|upcoming)\b)"
    # 'a State Council executive meeting': a body's two capitalised words, then what kind of meeting of it
    r"(?:[a-z][\w-]*|[A-Z][a-z]+(?=\s+(?:[A-Z][a-z]+\s+)?[a-z])|[a-z]+s['’])"
)
_DESCRIBED = re.compile(
    # 'will conduct free summer journalism workshops': after the verb that holds them, several with no article
    # "the region's largest electronics fair": after whose it is, as after an article
    r"\b(?:(?i:the|a|an|its|their|his|her|our|this|next|last|of)|(?:conduct|hold|host|organi[sz]e|stage)[sd]?"
    r"|[\w-]+['’]s)\s+"
    # 'of Muslim foreign ministers' conference': a demonym and a possessive plural describe it too
    # 'a Qatar security and stability conference': two words joined by 'and' are one part of it
    rf"(?P<described>(?:{_DESCRIBING_WORD}\s+(?:and\s+(?!(?i:{_KIND})\b){_DESCRIBING_WORD}\s+)?){{1,3}})"
    rf"(?P<kind>(?i:{_KIND}))\b"
    r"(?P<between>\s+between\s+[^,.;]{3,80}?(?=\s*(?:[,.;]|\s(?:which|that|has|have|was|were|is|will)\b)))?"
)


_DESCRIBED_TAIL = re.compile(
    # 'a lecture meeting is held to mark the 30th anniversary of …', 'a ceremony was held on Wednesday (May 10) to mark'
    # 'a seminar was held here on Tuesday to mark …', '… held in Quetta on Monday to mark …': where, then the day
    rf"(?:\s+(?:is|was|were|will\s+be)\s+held(?:\s+(?:here|there|in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?))?"
    rf"(?:\s+(?:on\s+)?(?:{_DAY_WORD}|today|yesterday|tomorrow)[\w\s(),]{{0,20}}?)?)?"
    # 'a dialogue session with the Example Club': who it is held with describes it too
    r"\s+(?P<after>(?:session\s+)?(?:aiming|aimed|dedicated|devoted|focusing|focused|on|about|for|marking|"
    r"commemorating|celebrating|to\s+(?:mark|commemorate|celebrate)|with|of(?=\s+the\s+[a-z]))\s+"
    # (up to a bracket: '… marking the 50th anniversary of the city (May 3, 1975-2025)', an aside on it)
    rf"(?!{_DAY_WORD}|\d)[^,.;(]{{3,100}}?)"
    r"(?=\s+(?:that|which|who|where|will|would|is|was|were|has|had|in|at|from|on|this|next|last|opened|opens|"
    # 'a two-day conference on the new water policy to be held on May 12-13': where its tense begins
    r"to\s+be\s+(?:held|hosted|organi[sz]ed|staged|convened)|to\s+take\s+place|"
    # '… for new Permanent Secretaries today': the day after it is no word of its description
    rf"held|closed|closes|began|begins|kicked|took|attracted|drew|today|tonight|yesterday|tomorrow|{_DAY_WORD})\b"
    r"|\s*[,.;(])"
)
# "Tuesday's meeting of the finance committee": a weekday's meeting, described by whose it is
_DESCRIBED_AFTER = re.compile(
    rf"\b(?:(?i:a|an|the)|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day['’]s)\s+(?P<kind>(?i:{_KIND})){_DESCRIBED_TAIL.pattern}"
)


# news agencies name the report, not the meeting ('…, PTI reported')
_ACRONYM = re.compile(
    r"\b(?!(?:AP|AFP|PTI|IANS|ANI|UNI|NAN|VNA|CNA|TASS|KUNA|WAM|SPA|APP|BSS|PNA|UPI)\b)(?:[A-Z]{2,6}(?:\d{1,4}\b)?\+?|G\d{1,2})(?![\w’'])"
    r"(?!,\s*[A-Z][a-z]{2,8}\.?\s+\d)"  # 'LISBON, March 7': a dateline's city, not an acronym
)
_IN_CAPITALS = re.compile(r"(?<![\w’'-])[A-Z]{2,}(?:\s+[A-Z]{2,}){1,3}(?![\w’'-])")
_JOINED_ACRONYM = re.compile(
    r"(?<![\w-])(?P<pair>(?:[A-Z][a-z]+|[A-Z]{2,6})-(?:[A-Z][a-z]+|[A-Z]{2,6}))\s+(?P<words>(?:[a-z][\w-]*\s+){0,2})\w+$"
)
_ACRONYM_AFTER = re.compile(
    r"\s*(?:,\s*(?:known|referred\s+to)\s+as\s+|,\s*(?:or|dubbed|called)\s+|\()(?:the\s+)?(?P<acronym>[A-Z]{2,6}\d{0,4}|G\d{1,2})\b"
)
_PRESS_BEFORE = re.compile(r"\b(?:press|news|media)\s+$", re.I)
_STOP_AFTER = re.compile(r"\s*[,;:.)]")
_OFFICE_TITLE = (
    r"(?:President|Prime|Premier|Minister|Governor|Mayor|Chancellor|Secretary|Chairman|Chairperson|Vice|Deputy|"
    r"Chief|King|Queen|Prince|Princess|Sheikh|Sir|Dame|Mr|Mrs|Ms|Dr|Prof|Professor|Senator|Sen|Gov|Rep)\b"
)
# a proper name right after the kind and before the verb that opens or closes it: 'the trade fair Examplex opened'
# (not who opened it: 'at the ceremony President Example opened the wing')
_PROPER_NAME_AFTER = re.compile(
    rf"\s+(?P<name>(?!{_DAY_WORD}|{_OFFICE_TITLE}|The\b)[A-Z][\w'’&-]*(?:\s+(?!{_DAY_WORD})[A-Z][\w'’&-]*){{0,2}}(?:\s+(?:19|20)\d\d)?)"
    r"\s+(?:opened|opens|kicked\s+off|kicks\s+off|began|begins|got\s+under\s*way|gets\s+under\s*way|closed|closes"
    r"|ended|ends|concluded|concludes)\b"
)
_QUOTED_TITLE = re.compile(
    rf"[‘'“\"](?P<title>[A-Z](?:[^‘'“”\"’]|[’'](?=[a-z])){{2,60}}(?<![,.!?]))[’'”\"]\s+(?P<kind>(?i:{_KIND}))$"
)  # an apostrophe before a letter is no closing quote ('“Founder’s Vision” seminar'); one that closes on a comma
# or a stop ends what someone said ('"We sold out," festival director Jane Roe said'), not a title
# 'the first "read China and listen to the world" forum': after an edition, a quoted title in any case
_EDITION_QUOTED_TITLE = re.compile(
    rf"\b(?i:{_ORDINAL})\s+[“\"](?P<title>[^“”\"]{{3,60}})[”\"]\s+(?P<kind>(?i:{_KIND}))$"
)
_EDITION_BEFORE_QUOTE = re.compile(rf"\b(?P<ordinal>(?i:{_ORDINAL}))\s+[“\"]$")
_QUOTE_CLOSES = re.compile(r"[”\"]")
# the words of a possessive's noun ('Tibet's development', 'Kenya's draft national water strategy'), up to a verb, a
# small word or a participle ('… strategy is set', '… economy held in')
_NOT_POSSESSED = (
    r"(?:is|are|was|were|be|been|being|will|would|can|may|has|have|had|opens?|opened|begins?|starts?|runs?|ends?|"
    r"closes?|takes?|taking|gets?|and|or|but|in|at|on|from|for|with|by|of|to|into|as|over|after|before|during|amid|"
    r"until|since|between|which|that|who|where|when|this|these|the|an?|its|their|last|next|set|due|held|said|says|"
    r"today|tonight|tomorrow|yesterday|earlier|later|also|now)\b"
)
_POSSESSED = re.compile(rf"(?:\s+(?!{_DAY_WORD}|{_NOT_POSSESSED})[a-z][\w-]*\b(?<!ed)){{1,5}}")
_SENTENCE_END = re.compile(r"(?<=[a-z]{3})\.$")  # 'of Ministers.' ends a sentence; 'U.S.' and 'Co.' keep theirs
_TRAILING_SMALL_WORDS = re.compile(r"(?:\s+(?:of|on|for|to|the|and))+$")
_LEGISLATURE_BEFORE = re.compile(r"\bHouses? of\s+$")
_SOME_OF = re.compile(
    r"^(?:Thousands|Hundreds|Dozens|Millions|Scores|Most|Many|Some|All|Each|Both|Several|Part|One|Leaders|Members|"
    r"Delegates|Delegations|Ministers|Representatives|Participants|Organi[sz]ers|Visitors|Residents|Officials|Guests|"
    r"Fans|Students|Citizens)\s+of\s+"
)
_LEGISLATURE = re.compile(r"\bHouses? of\s+(?i:assembly|assemblies|representatives|commons|lords|delegates)\b")
# the last word of a name's tail that makes it an office or a shop named after a meeting or its company
_PLACE_LAST_WORDS = frozenset(
    ("Office", "Offices", "Store", "Stores", "Shop", "Shops", "Headquarters", "Kiosk", "Kiosks")
)
# 'the May 22 Hall for International Conferences': a building named for the meetings it holds
_VENUE_FOR = re.compile(
    r"\b(?:Halls?|Cent(?:er|re)|Palace|House|Building|Complex|Auditorium)\s+for\s+(?:[\w'’&-]+\s+)*"
    r"(?:Conferences|Meetings|Exhibitions|Events|Conventions|Congresses)$"
)
_NAME_AFTER_KIND = re.compile(r"F[eé]ile")
_CAPITAL_AFTER = re.compile(r"\s+(?:(?:an|na)\s+)?[A-Z]")
_NAMED_BY_TAIL = re.compile(r"\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]")
# 'a meeting of the Baltic Council', 'the first forum of China-Serbia Culture Communication'
_BODY_MEETING = re.compile(
    r"(?i:meeting|summit|session|congress|assembly|conference|forum|dialogue|symposium|seminar|workshop|expo|fair|"
    r"ceremony|exhibition|festival)"
)
_KIND_IN_TAIL = re.compile(rf"\b[A-Z][\w-]*\s+(?i:{_KIND})\b")


def _kind_in_tail(tail: str) -> bool:
    """'opening ceremony of the 17th Shanghai Forum': a meeting named after the kind; not a venue named after one
    ('opening ceremony Nangang Exhibition Center': where it is held)."""
    kind = _KIND_IN_TAIL.search(tail)
    return kind is not None and not _VENUE_AFTER.match(tail, kind.end())


# 'a press conference announcing the 5th X Expo': the meeting is what a press conference is about
# ('held a press conference today … and briefed the media … on preparation work for the X Fair': its preparations)
_PRESS_ABOUT = re.compile(
    r"\b(?:press|news|media)\s+(?:conference|briefing)\b[^.;]*?\b(?:announc(?:ing|ed)|introduc(?:ing|ed)|"
    r"unveil(?:ing|ed)|launch(?:ing|ed)|promot(?:ing|ed)|inform(?:ing|ed)|present(?:ing|ed)|"
    r"to\s+(?:announce|introduce|unveil|launch|promote|present)|about|ahead\s+of"
    r"|preparations?(?:\s+works?)?\s+(?:for|of))\s+(?:the\s+)?$"
    r"|\b(?:press|news|media)\s+(?:conference|briefing)\s+on\s+(?:the\s+)?$"  # 'a press conference on the X Expo'
)
# what is done for a meeting before it: its day is not the meeting's
# 'is bidding to host', 'a proposal to hold', 'is considering holding', 'the proposed': a meeting hoped for or
# weighed, not one set
_HOPED_FOR_BEFORE = re.compile(
    r"\b(?:bid(?:s|ding)?\s+(?:to|for)\s+(?:host|stage|hold)|(?:hope|hopes|hoping|wants?|wanting|seeks?|seeking)\s+to"
    r"\s+(?:host|stage|hold)|(?:proposal|offer|idea|push|request|motion|bid)\s+to\s+(?:host|stage|hold)"
    r"|consider(?:s|ing|ed)?\s+(?:hosting|holding|staging)|proposed|possible|potential|mooted|would-be|tentative)"
    # (the name's own words between: 'a possible boycott of the X' is no possible X)
    r"\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:(?:(?-i:[A-Z0-9])[\w'’-]*|annual|first|inaugural|next)\s+){0,3}$",
    re.I,
)
# 'every year on May 20', 'annually on 5 June', 'each year from May 20 to 22': the series' habit
_HABIT_BEFORE = re.compile(r"\b(?:(?:every|each)\s+year|annually|yearly)\s+(?:on|from|between)\s+(?:the\s+)?$", re.I)
# 'X may be held in Nairobi on May 20 if …', 'X, tentatively set for May 20': a day not yet sure
_MAYBE_AFTER = re.compile(
    r",?\s+(?:(?:which|that)\s+)?(?:(?:may|might|could)\s+(?:still\s+)?(?:be\s+(?:held|hosted|staged|moved)|take\s+place"
    r"|go\s+ahead|open)|(?:is|was|has\s+been)?\s*tentatively\s+(?:set|scheduled|slated|planned))\b",
    re.I,
)
# ', which runs ', ', which will be held in Nairobi on ': an aside after a meeting's name that gives its own days
_OWN_DAYS_ASIDE = re.compile(
    r",\s*(?:which|that)\s+(?:is\s+|will\s+)?(?:be\s+)?(?:runs?|opens?|held|takes?\s+place|starts?|begins?"
    r"|scheduled(?:\s+for)?|set\s+for|slated\s+for|running|due)\b[^,;]*"
)
_ERRANDS = r"(?:Tickets?|Registrations?|Entries|Applications?|Nominations?|Submissions?|Bookings?)\s+(?:for|to)\s+"
_POST_LEAD = re.compile(
    r"^(?:(?:Vice|Deputy|Assistant|Executive|General|Chief|Festival|Show|Event)\s+)*"
    r"(?:President|Chair(?:man|woman|person)?|Secretary|Director|Manager|Treasurer|Executive|Organi[sz]er|"
    r"Coordinator)\s+(?=[A-Z0-9])"
)
_APPOSED_BEFORE = re.compile(r"[a-z],\s+$")  # after a person's name and its comma
# 'the swearing-in ceremony of Jane Doe', 'the graduation ceremony of Example College': the act in lower case before
# a ceremony named by whose it is
_CEREMONY_ACT_BEFORE = re.compile(
    r"(?<![\w-])(?!(?:during|following|including|regarding|concerning)\s)"
    r"(?:[a-z]+-[a-z]+(?:-[a-z]+)?|[a-z]+(?:ing|tion|ture))\s+$"
)
_ERRAND_LEAD = re.compile(rf"^{_ERRANDS}(?:the\s+)?(?=[A-Z0-9])")
_INAUGURATING_LEAD = re.compile(r"^(?:While\s+)?Inaugurating\s+(?:the\s+)?(?=[A-Z0-9])")
_ERRAND_AFTER = re.compile(r"\s+(?:tickets?|registrations?|entries|applications?|nominations?|bookings?)\b", re.I)
_ERRAND_BEFORE = re.compile(rf"\b{_ERRANDS}(?:the\s+)?$", re.I)
# 'Tickets for the final on Saturday were sold out days before': told after it, in the past
_SOLD_BEFORE = re.compile(r"\b(?:was|were|had)\b", re.I)
# 'Tickets for the X went on sale on Wednesday': the day of the sale, after its verb
_ON_SALE_BEFORE = re.compile(r"\b(?:went|go|goes|going|sold|sell|sells|selling)\b")
# 'the draw for the World Cup finals': an event of its own, on its own day
_PREVIEW_OF = re.compile(
    r"\b(?P<event>(?:media|press)\s+preview|soft\s+launch|(?:final\s+)?draw)\s+(?P<of>of|for)\s+(?:the\s+)?$", re.I
)
# "the tournament's pool draw", "the expo's press preview": the same events named after the meeting they are for
_PREVIEW_OWNED_AFTER = re.compile(
    r"['’]s\s+(?:official\s+)?(?P<event>(?:media|press)\s+preview|soft\s+launch"
    r"|(?:(?:pool|group|final|official|fixtures?)\s+)?draws?)\b(?!-)",
    re.I,
)
_DATE_IN_TAIL = re.compile(rf"\s+(?:(?:on|of|for|to|the)\s+)*{_DAY_WORD}.*$")
_OF_A_BODY = re.compile(r"\bof\s+(?:the\s+)?[A-Z][\w-]*(?:(?:,?\s+and\s+|,\s+|\s+)[A-Z][\w-]*){0,3}$")


def _rest_of_topic(sentence: str, name_start: int, position: int, countries: Collection[str]) -> str:
    """'… Fair for Trade in Services', '… Conference on the Least Developed Countries': the words of a topic that
    the name grammar stops before, an 'in' that does not place the meeting and a capitalised word in -ed."""
    rest = ""
    # 'Forum on Trade Concluded Today In Lima': around the name, a headline's capitals; its -ed word is a verb
    headline = _capitalised_share(sentence[:name_start] + sentence[position:]) > 0.6
    while more := _TOPIC_IN.match(sentence, position) or (not headline and _TOPIC_ED.match(sentence, position)):
        words = more.group("words")
        if english_places_in(words) or english_town(words.split()[0], countries):
            break  # '… Forum on Trade in Beijing': the place it is held in
        rest += more.group(0)
        position = more.end()
        if more.re is _TOPIC_IN and (paired := _PAIRED_REGION.match(sentence, position)) is not None:
            rest += paired.group(0)  # '… on Social Development in Latin America and the Caribbean': both regions
            position = paired.end()
    return rest


def _capitalised_share(sentence: str) -> float:
    words = [w for w in sentence.split() if len(w) > 3]
    return sum(w[0].isupper() for w in words) / len(words) if words else 0.0


_TOPIC_LEAD = re.compile(r"\s+(?:on|for|of)\s")
# not 'in Denpasar, Bali', nor its first word alone ('in Nusa Dua, Bali': 'Nusa'), so the words are taken whole
_TOPIC_IN = re.compile(rf"\s+in\s+(?P<words>{_WORD}(?:\s+{_WORD})*+)\b(?!\s*,\s*[A-Z])")
# the second of two regions the UN and others pair in the names of their bodies and meetings ('Latin America and
# the Caribbean', 'Asia and the Pacific', 'the Middle East and North Africa', 'Europe and Central Asia')
_PAIRED_REGION = re.compile(
    r"\s+and\s+(?:the\s+(?:Caribbean|Pacific|Americas|Mediterranean|Middle\s+East|Balkans|Caucasus|Sahel|Arctic)"
    rf"|(?:North|West|East|Southern|Central)\s+(?:Africa|Asia)|Eastern\s+Europe)\b(?!\s+(?i:{_KIND})\b)"
)
_TOPIC_ED = re.compile(rf"(?P<words>\s+[A-Z][a-z]+ed(?:\s+{_WORD})+)\b")
_MEMBER_NOUNS = (
    r"(?:ministers|leaders|officials|envoys|chiefs|diplomats|lawmakers|governors|mayors|presidents|premiers|"
    r"parliamentarians|speakers|ambassadors|consuls(?:[\s-]general)?|consul[\s-]generals|"
    r"heads\s+of\s+(?:state|government)(?:\s+and\s+government)?)\b"
)
# 'a meeting of Thai ambassadors and consuls-general': who meets, two kinds of them joined by 'and'
_MEMBERS = re.compile(
    r"(?:\s+(?:foreign|finance|defen[cs]e|trade|health|education|energy|agriculture|interior|justice|environment|"
    r"economy|economic|transport|culture|labou?r|tourism|senior|top|member|party)){0,2}"
    rf"\s+{_MEMBER_NOUNS}(?:\s+and\s+{_MEMBER_NOUNS})?"
)
# 'the third meeting of the fourth session of the eighth Parliament of the Fourth Republic': a legislature's
# numbered sittings, meetings and sessions, each of the next, name one meeting
_POSSESSOR_LEAD = re.compile(r"[A-Z][\w&-]*['’]s\s+\S+$")
_OF_MEMBERS = re.compile(rf"\s+of{_MEMBERS.pattern}")
# 'a summit of Arab, African and Asian leaders': the other peoples of a list, then who meets
_LISTED_MEMBERS = re.compile(rf"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?){{0,3}}{_MEMBERS.pattern}")
_SITTING_CHAIN = re.compile(
    rf"(?:\s+of\s+the\s+(?i:{_ORDINAL})\s+(?i:session|sitting|meeting|parliament|assembly|congress|senate|legislature)"
    r"(?:\s+of\s+the\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})?)+"
)
# 'EU foreign ministers will meet on Monday in Brussels', 'G7 finance ministers met in Niigata on Thursday': a
# body's members who meet on a day, with no name for their meeting
_MEMBERS_MEET = re.compile(
    rf"\b(?P<who>[A-Z][A-Za-z0-9+.-]*(?:{_MEMBERS.pattern}))\s+"
    r"(?P<verb>will\s+meet|met|(?:are|were)\s+(?:set\s+|due\s+|scheduled\s+)?to\s+meet|(?:have|has)\s+gathered)\b"
)
_BODY_WORDS = (
    r"Board|Bureau|Secretariat|Commission|Foundation|Institute|Society|Association|Committee|Authority|Trust|"
    r"Federation|Organi[sz]ation|Agency|Ministry|Department|AG|GmbH|Ltd|Inc|Corp(?:oration)?|Company|Group"
)
# a body's proper name right before the meeting word, as who holds it: its words, then its possessive or 'press'
_HOLDER_BEFORE = re.compile(
    r"(?<![\w'’.-])(?P<body>(?!(?:The|A|An|At|In|On|Its|This|That)\b)(?:[A-Z][a-z]+\s+){1,5}"
    rf"(?:Council|Office|Government|Assembly|Service|Parliament|{_BODY_WORDS}))"
    r"(?P<tail>['’]s\s+(?:(?:monthly|annual|regular|weekly|quarterly|special|ordinary|plenary|general)\s+)?"
    r"|\s+(?:press|news|media)\s+)$"
)
_BODY_AFTER = re.compile(
    rf"\s+(?:{_BODY_WORDS})\b|\s+(?:member\s+(?:states|countries|nations|economies)|members|secretariat)\b"
    r"|[\s-]+goers\b"  # 'Saturday's festival goers': the people who go to it
    # 'announced on the festival website', 'the festival organisers', 'Asean and its dialogue partners': its page or
    # its people, not the meeting
    r"|\s+(?i:web\s?site|web\s?page|homepage|organi[sz]ers?|organi[sz]ing\s+committee|director|spokes(?:wo)?man|"
    r"spokesperson|partner|participant|delegate|attendee|sponsor)s?\b"
    # 'The Herald's Galway Arts Festival bulletin for Saturday 3 August': a paper's issue about it, of its own day
    r"|\s+(?:bulletin|newsletter|podcast|blog|live\s?blog|diary|digest|supplement)s?\b"
    # 'New York Assembly Speaker Jane Doe', 'General Assembly President Jan Novak': an office of the body, its holder
    r"|\s+(?:Deputy\s+)?(?:Speaker|Chair(?:man|woman|person)?|President|Secretary|Clerk|Majority\s+Leader|"
    r"Minority\s+Leader)\s+[A-Z]"
)
_CALL_AFTER = re.compile(r"\s+calls?\b", re.I)
# 'Federation meeting', 'Regions summit': the end of a body's name, then a sitting word in lower case
_BODYS_SITTING = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?:meeting|summit|session|retreat)")
_BODY_BEFORE = re.compile(rf"\b(?:{_BODY_WORDS}|Council)\s+of\s+(?:the\s+)?$", re.I)  # 'Committee of the X Forum'
# the members a body is 'of' when it holds the meeting: 'Association of Southeast Asian Nations (ASEAN) Summit'
# 'The Council of Australian Governments (COAG) held its 24th meeting': the body whose meeting it is
_HOLDER_OF_ITS = re.compile(
    r"(?:^|[.;]\s+)(?:The\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w&'’-]*))*"
    r"(?:\s+\([A-Z][A-Za-z]{1,9}\))?)\s+(?:has\s+|have\s+|had\s+|will\s+|(?:is|are)\s+to\s+)?"
    r"(?:hold|held|holds|convene|convened|convenes|opened|concluded|began)\s+(?:its|an?)\s+$"
)  # 'The Legislative Council (LegCo) will hold a meeting on Wednesday': the council's meeting ('LegCo', 'ExCo':
# an acronym may keep small letters)
# a body set against the article's ('the main opposition', 'rivals') or a meeting of its own ('their own
# conference'), told in a clause on that body: 'The main X opposition, which starts its yearly conference …'
_RIVALS_OWN_BEFORE = re.compile(
    r"(?:^|[.;]\s+)(?:[Tt]he\s+)?(?P<rival>(?:main|chief|rival)\s+)?"
    r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}(?P<opponents>\s+(?:opposition|rivals?|opponents?))?,\s+"
    r"(?:which|who)\s+(?:(?:will|is\s+to|are\s+to)\s+)?(?:starts?|begins?|holds?|opens?|stages?|convenes?)\s+"
    r"(?:its|their)\s+(?P<own>own\s+)?(?:[a-z]+\s+){0,2}$"
    r"(?(rival)|(?(opponents)|(?(own)|(?!))))"
)
# whose awards they are: 'The Example Times on Tuesday announced the winners of its Business Awards'
_WINNERS_OF_ITS = re.compile(
    r"(?:^|(?<=[.;]\s))(?:The\s+)?(?P<body>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,4})\s+"
    r"(?:(?:on\s+)?(?:[a-z]+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\s+){0,2}"
    r"(?:unveiled|announced|revealed|named|presented|crowned)\s+(?:the\s+)?winners\s+(?:of|at)\s+its\s+$"
)
_HOLDER_NOUN = re.compile(
    r"\b(?:Council|Committee|Commission|Board|Association|Society|Federation|Union|Party|Organi[sz]ation|Alliance"
    r"|Assembly|Institute|Foundation|Chamber|Governments)\b"
)
# '(8th ETIF)', '(2018 EPEX)': the short name a text puts in brackets after a meeting's name, with its edition
_BRACKETED_SHORT_NAME = r"(?:\s*\((?:(?:\d+(?:st|nd|rd|th)|(?:19|20)\d\d)\s+)?[A-Z][A-Za-z0-9&-]{1,10}\))"
_SUBJECTS_VERB = re.compile(
    rf"[”\"]?{_BRACKETED_SHORT_NAME}*\s+(?:(?:will|have|has|had|were|are|was|is|be|being|been|officially|formally)\s+)*"
    r"(?:opened|open|opens|began|begin|begins|kicked\s+off|kick\s+off|closed|close|concluded|held|took\s+place"
    r"|take\s+place|takes\s+place|ran|run|runs|ended|got\s+under\s*way)\b",
    re.I,
)
# 'the X Meeting and related meetings, which run from …': a name and the meetings that go with it share the days
# ('The X Fair (8th XF) and the Y Show opened …': the first name's short name in brackets goes between them)
_AND_JOINED = re.compile(  # quoted names too: '“X Festival” and the “Y Festival”'
    rf"[”\"]?{_BRACKETED_SHORT_NAME}*\s*,?\s*and\s+(?:the\s+)?(?:(?:related|associated|side|parallel|accompanying)\s+)?[“\"]?"
)
_BARE_AND = re.compile(rf"(?:{_BRACKETED_SHORT_NAME}\s*)*and(?:\s+(?:related|associated|side|parallel|accompanying))?")
# 'students of the Example Technical University received degrees at their 30th convocation': the university's
_SCHOOL = re.compile(r"\b(?:[A-Z][\w'’.-]*\s+){1,5}(?:University|College|Academy)\b")
_GRADUATION = re.compile(r"\b(?:convocation|graduation|commencement)\b", re.I)
_ITS_BEFORE = re.compile(r"\b(?:its|their)\s+$")


def _school_of_its(sentence: str, begin: int, raw: str) -> str | None:
    """The one university or college the sentence names before 'its (their) convocation' that it holds."""
    if not _GRADUATION.search(raw) or not _ITS_BEFORE.search(sentence, max(0, begin - 8), begin):
        return None
    schools = {m.group() for m in _SCHOOL.finditer(sentence, 0, begin)}
    return schools.pop() if len(schools) == 1 else None


_FULL_NAME = rf"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)+\s+(?i:{_KIND})(?:\s+(?:19|20)\d\d)?"
_NAMED_PAIR = re.compile(rf"(?P<first>{_FULL_NAME})\s+and\s+(?:the\s+)?(?P<second>{_FULL_NAME})")
# a subtitle joined to the name inside the quotes that hold both
# ('“Example Festival between China and Lusophone Countries”': the words after its kind inside the quotes too)
# the part of a quoted title before a dash, when the name the kind word ends starts after it
_QUOTED_TITLE_LEAD = re.compile(r"[“\"](?P<lead>[A-Z][^“”\"]{2,50}?\s[-–—:]\s)$")
# the first part of a name written in two, joined by a double hyphen ('the World Conference on Example Studies --
# Example Forum'), read on the few words before the second part only; the first part holds a meeting word itself
_DOUBLE_DASH_LEAD = re.compile(
    r"(?:^|(?<=\b[Tt]he\s)|(?<=[.:;(]\s))(?P<lead>[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|\d{1,4}|of|on|for|and|the))*"
    r"\s+--\s+)$"
)
_QUOTED_SUBTITLE = re.compile(
    r"(?P<rest>(?:\s?[-–—:]\s?|\s+(?=(?:between|among|for|of|on|in|with)\s))[^\"“”]{3,80}?)(?<![,.!?;])(?=[\"”])"
)
_OF_NATIONS = re.compile(r"^(?:[A-Z][\w-]*\s+)+(?:Nations|States|Countries|Economies)(?:\s+\([A-Z]{2,8}\))?\s+\S+$")
_ORDINAL_BEFORE = re.compile(rf"\b(?i:{_ORDINAL})\s+$")
# 'the Edinburgh Festival Fringe Society', 'the X Games Organizing Committee (XGOC)': its tail names a body
_BODY_AT_END = re.compile(rf"\s(?:{_BODY_WORDS})(?:\s*\([A-Z][A-Za-z0-9]+\))?$")
# 'the Local Government Official Information and Meetings Act', 'the Public Assemblies Bill 2021': a law that
# names meetings, no meeting; 'figures under the Example Festivals Act show …': the verb after it is no meeting word
# (read on the name's own words only)
_LAW_AT_END = re.compile(r"\s(?:Act|Bill|Ordinance|Statute)(?:\s+(?:of\s+)?(?:19|20)\d\d)?(?:\s+[a-z]+)?$")
# 'the Third Plenum of the 20th Central Committee', 'the Annual Meeting of the Example Committee': a sitting of the
# body its tail names, not the body
# ('the 13th Ministerial Conference of the World Trade Organization', 'the General Conference of the X Agency'; in
# lower case too, 'the annual summer meeting of the Example Governors Association')
_SITTING_OF_A_BODY = re.compile(
    r"\b(?i:Plenum|Plenary\s+Session|Session|Meeting|Conference|Congress|Assembly)\s+of\s+the\s"
)
_TREATY = re.compile(r"\bFramework\s+Convention$")
_TREATY_AFTER = re.compile(r"\s+(?:on|against|for\s+the)\s")


def _of_this_year(head: str, reference: date) -> bool:
    """'2024 National Convention': a name led by the report's year (or the next) is an edition of a gathering;
    a treaty carries the year it was signed ('the 1982 Convention on the Law of the Sea')."""
    year = _YEAR_LEAD.match(head)
    return year is not None and 0 <= int(year.group().strip()) - reference.year <= 1


_GATHER_FOR = re.compile(rf"^.*\s+for\s+(?=(?i:{_KIND})$)")
# 'and the President of Chile', 'and the Prime Minister': a person's title after a name, no topic of it
_AND_A_PERSON = re.compile(
    r"\s+(?:and|&)\s+the\s+(?:(?:Vice|Deputy|Acting|Former)[\s-]+)?(?:President|Prime\s+Minister|Minister|"
    r"Secretary(?:-General)?|King|Queen|(?:Crown\s+)?Prince|Governor|Mayor|Chair(?:man|woman|person)?|Ambassador|"
    r"Emir|Premier|Speaker|Chancellor)\b"
)
_AND_A_NAMED_PERSON = re.compile(r"\s+(?:and|&)\s+[A-Z]\w+(?:\s+[A-Z][\w'’-]+){1,2}$")
_TITLE_AFTER = re.compile(
    r",\s+(?:(?:Executive|Managing|General|Vice|Deputy|Chief|Regional|Country)[\s-]+)*(?:Director|President|Minister|"
    r"Secretary|Chair(?:man|woman|person)?|CEO|Manager|Governor|Mayor|Ambassador)\b"
)
_APPOSED_NAME = re.compile(rf",\s+(?P<name>(?i:{_KIND})\b.*)$")
_JOINED = re.compile(r"(?:and|&)\s+")
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d\b")
_YEAR_LEAD = re.compile(r"(?:19|20)\d\d\s+(?=\S)")
_DAY_BEFORE_YEAR = re.compile(rf"\b(?:(?:{MONTH_NAMES})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{MONTH_NAMES})\.?),?\s+$")
_OTHER_EDITION = re.compile(r"\b(last|next|previous)(\s+year['’]s)?\s+$", re.I)  # 'last year's marathon' too
# 'The first Example Marathon was run in 1996': an edition the sentence dates by a year gone by, not the day it names
# 'came together for the Example Summit in 2018': that year's edition
_IN_A_YEAR_AFTER = re.compile(rf"\s+in\s+(?:(?:{MONTH_NAMES})\.?\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*[-–]\d)", re.I)
_HELD_IN_A_YEAR_AFTER = re.compile(
    r"\s+(?:was|were)\s+(?:first\s+)?(?:held|run|staged|hosted|organi[sz]ed|launched|inaugurated|started)"
    rf"\s+in\s+(?:(?:{MONTH_NAMES})\.?\s+)?(?P<year>(?:19|20)\d\d)\b",
    re.I,
)
# 'A European economic summit, organized by the World Economic Forum, opens …': the organiser, not a meeting
_ORGANISER_BEFORE = re.compile(
    r"\b(?:(?:co-)?organi[sz]ed|(?:co-)?hosted|sponsored|convened|run)\s+by\s+(?:the\s+)?$", re.I
)
# 'will be jointly organized by the Party Central Committee, the National Assembly, the State President …': each body
# listed as who organises it, not only the first
_ORGANISER_ITEM = r"[A-Z][\w'’.-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,8}"
_ORGANISER_LISTED_BEFORE = re.compile(
    r"\b(?:(?:jointly|co-)\s*)?(?:(?:co-)?organi[sz]ed|(?:co-)?hosted|sponsored|convened|run)\s+(?:jointly\s+)?by\s+"
    rf"(?:the\s+)?{_ORGANISER_ITEM}(?:,\s+(?:the\s+)?{_ORGANISER_ITEM})*(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?$"
)
# 'five races will be presented in week 1 on 11 and 12 November, including Macau Asia Formula 4, Greater Bay Area
# GT Cup …', 'Six races will be held in week 2 from 16 to 19 November, which are Formula 3 …': the parts a plural
# count of races or events lists, not meetings of their own
_PART_OF_A_LIST = re.compile(
    r"\b(?:races|events|competitions|contests|matches|bouts|heats|stages)\b[^.;:]*?\b(?:including|such\s+as|which\s+are"
    r"|namely)\s+[^.;:]*$"
)
_SPECULATED = re.compile(
    r"\b(?:rumou?red|possible|potential|proposed|mooted|hypothetical|would-be|prospective)\s+(?:\S+\s+)?$",
    re.I,
)
# 'Participants spoke about the 20th National Congress', 'they discussed the X Summit': what they talked of, not a
# meeting held where and when they talked
_TALKED_ABOUT = re.compile(r"\b(?:(?:spoke|talked|learned|learnt)\s+about|discussed)\s+(?:the\s+)?$", re.I)
# 'sentenced on Thursday after being convicted of embezzlement at the Rio Olympics', 'banned for doping at the X
# Games': where the wrong was done, not a meeting on the day of the verdict
_SCENE_OF_AN_OFFENCE = re.compile(
    r"\b(?:convicted|(?:found|pleaded|pled)\s+(?:not\s+)?guilty|acquitted|sentenced|jailed|indicted|banned)"
    r"(?:\s+[\w'’$,.-]+){1,9}?\s+(?:at|during)\s+(?:the\s+|(?:this|last)\s+year['’]s\s+)?$",
    re.I,
)
# 'paid him in 2001 so he wouldn't disrupt a shareholders' meeting', 'resigned to avoid disrupting the congress': a
# meeting by its word kept from harm, no meeting on the sentence's day (a named one is: 'to keep protesters from
# disrupting the Example Summit, which opens on Friday')
_NOT_TO_DISRUPT = re.compile(
    r"\b(?:wouldn['’]t|would\s+not|couldn['’]t|could\s+not|not\s+to|avoid|prevent\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:disrupt|derail|sabotage|interfere\s+with)\w*\s+(?:a|an|the|its|their|this|next)\s+(?:[\w'’-]+\s+){0,2}$",
    re.I,
)
_HONOUR_BEFORE = re.compile(r"\b(?:as|named|dubbed|crowned)\s+(?:a|an|the)\s+[“\"][^”\"]*$", re.I)
_YEAR = re.compile(r"(?:19|20)\d\d")
_NO_DATE_SET = re.compile(
    r"\bno\s+(?:specific\s+|exact\s+|firm\s+|fixed\s+)?dates?\s+(?:has|have)\s+(?:yet\s+)?been\s+(?:set|fixed|decided|announced)"
    r"\s+(?:yet\s+)?for\s+(?:the\s+)?(?:next\s+|new\s+|proposed\s+)?$",
    re.I,
)
# a headline's capitals run into the name: 'No Concrete Date For Next Normandy Four Talks Set'
_NO_DATE_HEADLINE = re.compile(r"No\s+(?:\w+\s+)?Dates?\s+(?:Yet\s+)?(?:Set\s+)?For\s")
_AT_BEFORE = re.compile(r"\bat\s+(?:the\s+)?$")
# 'pledges made at the X Summit held in Beijing in May': a meeting held somewhere itself, no venue of one before
_HELD_ITSELF_AFTER = re.compile(r"\s+(?:held|convened|hosted)\s+(?:in|at|on|last|earlier)\b")
_EDITION_LEAD = re.compile(rf"(?i:{_ORDINAL}|(?:19|20)\d\d)\s")
_IN_BEFORE = re.compile(r"\bin\s+(?:the\s+)?$")
# '455 kilometers south of Seoul', 'an hour outside Paris', 'talks near Paris': a point to find the place by, not
# the place; 'flew in from Sydney', 'will leave Dhaka for Kathmandu', 'said Ann Lee, of Perth,': where someone came from
# ('speakers include Ann Lee from Example College, London': the city of the college she comes from)
_BEARING_FROM = re.compile(
    r"\b(?:(?:north|south|east|west)(?:east|west)?\s+of|outside(?:\s+of)?|near|close\s+to|from|leaves?|left|leaving"
    r"|depart(?:s|ed|ing)?)\s+$|(?-i:\b[A-Z][\w'’-]*),\s+of\s+$"
    r"|\bfrom\s+(?:the\s+)?(?-i:[A-Z][\w'’.&-]*)(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?(?-i:[A-Z][\w'’.&-]*)){0,5},\s+$",
    re.I,
)
_STANCE_BEFORE = re.compile(r"\b(?:pro|anti)-$", re.I)  # 'pro-Beijing groups': a stance, no place
# 'an emergency meeting on Israel's offensive in Gaza': where what the meeting is about happens, not the meeting
_TOPIC_PLACE_BEFORE = re.compile(
    r"\b(?:war|offensive|crisis|conflict|fighting|violence|situation|unrest|attacks?|invasion|occupation|"
    r"bombing|strikes?|earthquake|floods?|famine|outbreak|genocide)\s+(?:in|on|against)\s+(?:the\s+)?$"
)
# 'screens Iloilo by Anthony Chen (Singapore)': a film, book or painting titled with a place, credited to its maker,
# and the maker's country
_MAKER = r"by\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}\b(?!\s+[A-Z])"
_CREDITED_TO_AFTER = re.compile(rf"\s+{_MAKER}")
_MAKERS_COUNTRY_BEFORE = re.compile(rf"\b{_MAKER}\s*\($")
# 'Hong Kong director Ann Hui won … at the X Awards', 'chaired by Example Town MP Jane Doe': where someone comes
# from or whom they stand for, not where the meeting is
_WHOSE_PEOPLE_AFTER = re.compile(
    r"(?:-based)?\s+(?:film\s+)?(?:director|actor|actress|singer|star|filmmaker|player|athlete|artist|writer|author|"
    r"businessman|businesswoman|entrepreneur|MP|MLA|lawmaker|legislator|senator|councill?or)s?\b"
)
_AT_OR_IN_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
# 'allies of Moscow', 'talks with Cairo', 'the Sultan of Sokoto': whose people or whom a title stands for, not where
# the meeting is ('the city of Kano', 'the outskirts of Lima', 'the hall of Lahore Cantonment' are where)
_WHOSE_BEFORE = re.compile(
    r"(?:\b(?!(?:city|town|capital|village|port|province|state|county|district|region|area|island|municipality|heart|"
    r"cent(?:re|er)|outskirts|suburbs?|streets|downtown|parts?|hall|building|campus|headquarters|offices?|premises|"
    r"grounds|auditorium|venue|site|shores?|banks?|resort)\s)[a-z][\w'’-]*"
    r"|\b(?:Sultan|Emir|King|Queen|Prince|Princess|Mayor|Governor|Archbishop|Bishop|Duke|Duchess|Emperor|Sheikh|"
    r"Oba|Ooni|Lord|Lady|Earl|Patriarch)"
    # 'take part include the University of Eldoret': a school named after its town, among those who come (not 'at the
    # University of Nairobi', where the meeting is)
    r"|(?<!\bat\sthe\s)(?<!\bin\sthe\s)\b(?:University|College|Polytechnic|Academy))\s+(?:of|with)\s+(?:the\s+)?$"
)
# 'sponsored by a council in New Delhi', 'sponsored by X Council, Example Road, Delhi': where the one who pays is
_SPONSOR_IN = re.compile(
    r"\b(?:sponsored|funded|financed|supported)\s+by\b[^,.;]*(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*"
    r"(?:\s(?:in|of)\s+(?:the\s+)?|,\s+)$"
)
_SPONSOR_REACH = 120  # characters before a place that _SPONSOR_IN reads
# 'shown during the X Fair on April 18', 'as a sideline of the ongoing X Expo': a day of its run, not the day it
# opened
_DURING_BEFORE = re.compile(
    r"\b(?:during|amid|(?:on|as)\s+(?:the|a)\s+(?:sidelines?|margins?)\s+of)\s+(?:the\s+)?(?:ongoing\s+)?$", re.I
)
_LAST_DAY_BEFORE = re.compile(r"\b(?:last|final|closing|concluding)\s+day\s+of\s+(?:the\s+)?$", re.I)
_CLOSING_WORD_BEFORE = re.compile(r"\b(?:closing|concluding)\s+$", re.I)
# 'Delegates will conclude today the two-day meeting': the verb that ends the meeting stands before it
_CLOSES_IT_BEFORE = re.compile(
    r"\b(?:conclude[sd]?|close[sd]?|end(?:s|ed)?|wrap(?:s|ped)?\s+up|winds?\s+up|wound\s+up)\s+"
    r"(?:(?:today|tomorrow|yesterday|on\s+\w+day)\s+)?"
    # 'wound up two days of high-level talks in Brussels on Friday': the last of those days
    r"(?:(?:the|its|their)\s+(?:[\w-]+-day\s+)?|(?:two|three|four|five|six|seven|\d{1,2})\s+days\s+of\s+(?:[\w-]+\s+)?)$",
    re.I,
)
# 'taking place in Riyadh since February 5 concluded its meetings today': the day after 'since' is the first
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.I)
_CONCLUDED = re.compile(rf"\b(?:{_ENDED}|came to an end)\b", re.I)
_HELD_OVER = re.compile(r"\b(?:took\s+place|(?:was|were)\s+(?:held|organi[sz]ed))\b", re.I)
# 'which was postponed twice, opened on Sunday', 'the delayed Summer Games finally held its opening ceremony':
# the postponement is its history
_TOOK_PLACE = re.compile(
    r"\b(?:opened|began|kicked off|got under way|took place|was held|were held|convened|commenced"
    r"|finally\s+(?:held|opens|begins|takes place))\b",
    re.I,
)
_ANY_KIND = re.compile(_KIND, re.I)
_SITTING_WORDS = rf"{_ORDINAL}|ordinary|extraordinary|special|plenary|regular"  # which session of a body
_SITTING = rf"(?:(?:{_SITTING_WORDS})\s+)+session\s+of"
_ITS_SESSION = re.compile(
    r"\b(?:[Tt]he\s+)?(?P<body>(?:[A-Z][\w'’.-]*\s+){1,8}?(?:Council|Assembly|Parliament|Congress|Senate|Commission))\s+"
    r"(?:\([A-Z]{2,8}\)\s+)?(?:(?:will|is to|is set to|is scheduled to)\s+)?(?:open(?:ed|s)?|beg[iau]ns?|convene[sd]?|"
    r"resume[sd]?|(?:conclude|close)[sd]?|start(?:ed|s)?)\s+its\s+"
    rf"(?P<sitting>(?:(?:{_SITTING_WORDS}|annual|emergency)\s+)+(?:(?:{MONTH_NAMES})\s+)?session)\b"
)
# a meeting word where a word starts, as in every _NAME, an edition or a sitting: the quick test that a sentence
# may hold one
_KIND_WORD = re.compile(rf"\b(?=[a-z])(?:{_KIND}|edition\s+of|{_SITTING}|its\s+(?:[\w-]+\s+){{1,3}}session\b)", re.I)
# what every _KIND_WORD match holds, lower case (a part of each meeting word, 'edition', 'session'): a sentence
# holding none of those a text holds is skipped before the costly search
_KIND_WORD_PARTS = tuple(
    "conference forum summit expo fair congre dialogue meeting symposium colloquium ceremon talks assembly exhibition "
    "roundtable seminar workshop festival games athon messe gala award conv show olympics championship tournament "
    "retreat reception conclave synod festivities briefing week biennale carnival fiesta session cup indaba durbar "
    "agm races sevens regatta parade grand mahotsav mela utsav naadam nadam fete fête feile féile gathering edition "
    "multisport multi-sport plenum olympiad jamboree trienn athlon fest meet lekgotla jirga cop".split()
)


def _kind_word_parts_in(text: str) -> tuple[str, ...]:
    """The _KIND_WORD_PARTS `text` holds, once per text: its sentences hold no others."""
    lowered = text.lower()
    return tuple(part for part in _KIND_WORD_PARTS if part in lowered)


def _scan(pattern: re.Pattern[str], text: str, parts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`pattern`'s matches in `text`, each of which holds one of `parts` (lower case): none where it holds none."""
    return pattern.finditer(text) if may_hold(text, parts) else iter(())


def _holds_kind_word(sentence: str, parts: tuple[str, ...]) -> bool:
    """Whether `sentence` holds a meeting word (_KIND_WORD), searched only when it holds one of `parts`."""
    return may_hold(sentence, parts) and _KIND_WORD.search(sentence) is not None


# 'the 44th edition of the World Travel Market', of the ‘Example Sambaad’: an event by its edition, whatever its
# name ends in
_EDITION_OF = re.compile(
    rf"\b{_ORDINAL}\s+edition\s+of\s+(?:the\s+)?[‘“\"']?(?P<name>{_WORD}(?:\s+(?:(?:of|for|and|&|on)\s+)?{_WORD}){{0,6}})"
)
# 'the ordinary session of the Executive Council of the African Union': a body's sitting, named by its body
_SESSION_OF = re.compile(
    rf"\b(?P<name>{_SITTING}\s+the\s+{_WORD}(?:\s+(?:(?:of|for|and|&|on)\s+(?:the\s+)?)?{_WORD}){{0,8}})"
)


def _acronyms_of_meetings(text: str) -> dict[str, str]:
    """'the China-ASEAN Expo (CAEXPO)': each acronym the text gives a named meeting, and that meeting's name."""
    aliases: dict[str, str] = {}
    for paren in _PAREN_ACRONYM.finditer(text):
        for match in _NAME.finditer(text, max(0, paren.start() - 150), paren.end()):
            name = _GENERIC_LEAD.sub("", text[match.start("name") : paren.start()].strip())
            named = name[:1].isupper() or _ORDINAL_START.match(name) is not None  # '29th X Fair (XF)' too
            if match.end() == paren.end() and named and not _NOT_MEETINGS.search(name):
                aliases.setdefault(paren.group("acronym"), name)
    return aliases


# 'The Example Biz, themed …, will be held from Oct 18-22', 'EXSA 2017 will be held … from July 5': a name
# with no meeting word that a verb of holding, then a day, shows to be one
_HELD_WITHOUT_KIND = re.compile(
    rf"(?<![\w'’&-])(?!The\b)(?P<name>(?:{_ORDINAL}\s+)?{_WORD}(?:\s+(?:(?:of|for|and|&|on)\s+)?{_WORD}){{0,5}})"
    r"(?:\s*,[^,.;]{3,80},)?(?:\s+itself)?\s+(?:will\s+be|is\s+to\s+be|are\s+to\s+be|was|were)\s+(?:held|staged|hosted)\b"
    r"(?!\s+(?:up|back|over|in\s+(?:custody|detention)|hostage|captive|to\s+account|responsible|accountable|liable))"
)
_HOLDING = re.compile(r"\b(?:be|was|were)\s+(?:held|staged|hosted)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|on|at|in|by|with|from|to)\s+(?:the\s+)?$")  # the object of another noun
_MARKED = re.compile(r"\d|[A-Z]{3}")  # a year, an edition, an acronym
# what is held on a day and is no meeting, or who is: an election, a rite, a body, a person
_HELD_NOT_MEETING = re.compile(
    r"\b(?:Elections?|Polls?|Referendum|Votes?|Primar(?:y|ies)|Hearings?|Trials?|Funeral|Burial|Wedding|Mass|"
    r"Prayers?|Exams?|Examinations?|Draw|Auction|Court|Council|Committee|Commission|Government|Parliament|Party|"
    r"Police|Ministry|Minister|President|Mr|Mrs|Ms|Dr)\b"
)


def _held_without_kind(sentence: str) -> list[tuple[int, int, str, str]]:
    """The names in `sentence` with no meeting word that are held on a day it gives after them: a name that
    'the' leads or that carries a year, an edition or an acronym ('HERDSA 2021')."""
    if not may_hold(sentence, ("held", "staged", "hosted")) or not _HOLDING.search(sentence):
        return []
    names = []
    for match in _HELD_WITHOUT_KIND.finditer(sentence):
        name = match.group("name")
        begin, end = match.span("name")
        if _ANY_KIND.search(name) or _HELD_NOT_MEETING.search(name) or not find_dates(sentence[match.end() :]):
            continue
        if _OBJECT_BEFORE.search(sentence, max(0, begin - 10), begin):
            continue  # 'The 180th Congregation of the University of Example was held': the university is not
        if _THE_BEFORE.search(sentence, max(0, begin - 4), begin) or _MARKED.search(name):
            names.append((begin, end, name, name))
    return names


_ORDINAL_START = re.compile(rf"{_ORDINAL}\s")
_PAREN_ACRONYM = re.compile(r"\((?P<acronym>[A-Z][A-Z0-9]{1,7})\)")
# 'the 21st CAEXPO … ran from Sept. 24 to 28', 'The CBF will be held on November 11 to 14'
_ACRONYM_USE = re.compile(rf"(?<![\w(])(?:(?P<ordinal>{_ORDINAL})\s+)?(?P<acronym>[A-Z][A-Z0-9]{{1,7}})\b(?![\w)(’'-])")


def _countries_of_towns_meetings_are_named_after(text: str) -> set[str]:
    """'Shrewsbury Folk Festival … at the showground in Shrewsbury': a meeting named after a town, the only town so
    called, names the town's country, so that 'in Shrewsbury' places it there (too small a town to be known by its
    name alone, but named twice; 'the Brighton Marathon' alone may be run elsewhere)."""
    countries = set()
    for written in {match.group("town") for match in _IN_A_CAPITALISED_WORD.finditer(text)}:
        words = written.split()
        town = english_town(written, (), anywhere=True) or english_town(words[0], (), anywhere=True)
        if town is None or not town.country_en or town.country_en in countries:
            continue
        for name in re.finditer(rf"\b{re.escape(town.name_en)}\s+(?:[A-Z][\w'’-]*\s+){{0,3}}(?i:{_KIND})\b", text):
            if not _NAME_GOES_ON_BEFORE.search(text, max(0, name.start() - 24), name.start()):
                countries.add(town.country_en)  # ('the Royal Example Festival': the town is no first word of it)
                break
    return countries


# 'in', then no word character before it (what \b before it says): the engine skips to each 'in'
_IN_A_CAPITALISED_WORD = re.compile(r"in(?<!\w..)\s+(?P<town>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)")
_NAME_GOES_ON_BEFORE = re.compile(r"\b(?!(?:The|This|At|In|To|For)\s)[A-Z][\w'’-]*\s+$")


# the acronym is the verb's subject: 'The EBF will be held', 'the 9th EPEXPO, which spans 200,000 square meters and ran'
_ACRONYM_VERB = re.compile(
    r"(?:\s*,\s*which\s+(?:[^.;]{0,80}?\s+)?|\s+)(?:(?:will\s+be|was|is|to\s+be)\s+held|opened|opens|ran|runs|"
    r"took\s+place|takes\s+place|kicked\s+off|kicks\s+off|began|begins|closed|concluded|ended)\b"
    # 'since SATEC is now on Wednesday, February 7': the day it is on
    rf"|\s+(?:is|are|will\s+be)\s+(?:now\s+)?on\s+(?={_DAY_WORD})"
)


def _sentence_candidates(
    sentence: str,
    base: int,
    countries: Collection[str],
    reference: date,
    dateline_place: PlaceMention | None,
    ahead: bool = False,
    aliases: dict[str, str] | None = None,
    kind_parts: tuple[str, ...] = _KIND_WORD_PARTS,
) -> list[Candidate]:
    """The meetings one sentence names. `countries`: those the article names (its dateline's among them), whose
    small towns it can name. `ahead`: the headline says the article's meeting is still to come, so a
    day the sentence gives a mere reference to it ('the fair') with no tense of its own is a day to come.
    `aliases`: the acronyms the text gives its named meetings, which name them where they stand alone.
    `kind_parts`: the _KIND_WORD_PARTS its text holds (_kind_word_parts_in)."""
    names: list[tuple[int, int, str, str]] = []
    for use in _ACRONYM_USE.finditer(sentence) if aliases else ():
        name = (aliases or {}).get(use.group("acronym"))
        if name is not None and _ACRONYM_VERB.match(sentence, use.end()):
            if use.group("ordinal") and not _ORDINAL_START.match(name):
                name = f"{use.group('ordinal')} {name}"
            names.append((use.start(), use.end(), name, name))
    names.extend(_held_without_kind(sentence))
    if not names and not _holds_kind_word(sentence, kind_parts):
        return []  # every other name holds a meeting word: the costly _NAME search would find none
    for match in _NAME.finditer(sentence):
        head = match.group("name")
        raw = (head + _DATE_IN_TAIL.sub("", match.group("tail"))).strip()  # 'the summit on Oct. 30-31'
        raw = _SENTENCE_END.sub("", _TRAILING_SMALL_WORDS.sub("", raw))
        person = _AND_A_PERSON.search(raw, len(head))
        if person is None and _TITLE_AFTER.match(sentence, match.start() + len(raw)):
            # 'president of the X Congress and Jane Doe, Executive Director of Y': a person, then what she is
            person = _AND_A_NAMED_PERSON.search(raw, len(head))
        if person is not None:  # 'Delegates from the X Forum and the President of Chile': a person, no part of it
            raw = raw[: person.start()]
        apposed = _APPOSED_NAME.search(head)
        if apposed is not None:  # 'in South America, Expo 2030 Lima': the name is what follows the comma
            offset = apposed.start("name")
            match_start, head, raw = match.start() + offset, head[offset:], raw[offset:]
        else:
            match_start = match.start()
        purpose = _GATHER_FOR.search(head)
        if purpose is not None:  # 'World Leaders Gather in US for Summit': why they come, the kind alone
            match_start, head, raw = match_start + purpose.end(), head[purpose.end() :], raw[purpose.end() :]
        year_led = _YEAR_LEAD.match(head)
        if year_led and _DAY_BEFORE_YEAR.search(sentence, max(0, match_start - 16), match_start):
            # 'at the October 1, 2021 to March 31, 2022 Expo 2020 Dubai': the year ends a date, not the name
            match_start, head, raw = match_start + year_led.end(), head[year_led.end() :], raw[year_led.end() :]
        if _HOLIDAY.match(_PREPOSITION_LEAD.sub("", raw)) or (
            _NOT_MEETINGS.search(sentence[max(0, match.start() - 12) : match.end()])
            and not _OPENED_ITSELF.match(sentence, match.end())
        ):
            continue  # 'The United Nations Conference on Trade and Development has kicked off in Nairobi': its session
        if _COINCIDES_WITH_BEFORE.search(sentence, max(0, match_start - 40), match_start):
            continue  # 'the show that coincides with the second day of the X Festival': what falls on its days
        if _HONOUR_BEFORE.search(sentence, max(0, match_start - 40), match_start):
            continue  # 'honoured as a “City of Marathon”': a title given, no meeting
        if _SURNAME_PARTICLE.search(head):
            continue  # 'this writer, Ria de Fiesta and Ric Gonzales': a surname after its particle, not a fiesta
        if raw.startswith("meeting ") and raw[8:9].isupper():
            continue  # 'he is also meeting Emirati dignitaries': the verb, someone met
        if head.split()[-1].islower() and _PAIR_BEFORE.match(sentence[:match_start]):
            continue  # 'Belt, Road summit focuses on …': the last of a headline's pair ('Belt and Road'), a fragment
        if raw.isupper() and sentence.rstrip().endswith("?"):
            continue  # 'WHEN IS THE CEREMONY?': a heading that asks, no name
        if _LEGISLATURE_BEFORE.search(sentence, max(0, match.start() - 10), match.start()) or _LEGISLATURE.search(head):
            continue  # 'the Lagos State House of Assembly': a legislature, not a meeting
        if _TREATY.search(head) or (
            head.endswith("Convention")
            and _TREATY_AFTER.match(sentence, match.end("name"))
            and not _of_this_year(head, reference)  # 'the 2024 National Convention on Reform': a gathering
        ):
            continue  # 'the UN Framework Convention on Climate Change', 'the Convention on Biological Diversity'
        body = _BODY_BEFORE.search(sentence, max(0, match.start() - 24), match.start())
        if body is not None and _OF_NATIONS.search(head) and match_start == match.start():
            # 'the 46th Association of Southeast Asian Nations (ASEAN) Summit': the nations' body holds the summit
            edition = _ORDINAL_BEFORE.search(sentence, max(0, body.start() - 16), body.start())
            match_start = edition.start() if edition is not None else body.start()
            prefix = sentence[match_start : match.start()]
            head, raw = prefix + head, prefix + raw
        elif body is not None and _BODYS_SITTING.fullmatch(head) and match_start == match.start():
            # 'the first Council of the Federation meeting': a body's name, then a sitting word in lower case, is
            # that body's sitting, named by the whole of the body's name
            prefix = sentence[body.start() : match.start()]
            match_start, head, raw = body.start(), prefix + head, prefix + raw
        elif body is not None:
            continue  # 'chairman of the National Committee of the Chinese People's Political Consultative Conference'
        if _BODY_AFTER.match(sentence, match.end("name")) or (
            _BODY_AT_END.search(raw) and not _SITTING_OF_A_BODY.search(raw)
        ):
            continue  # 'the Conference Board said', 'the Expo Bureau', 'Forum member states': an organisation
        if _LAW_AT_END.search(raw):
            continue  # 'the Official Information and Meetings Act': a law that names meetings
        if _CALL_AFTER.match(sentence, match.end("name")):
            continue  # 'said during a conference call with analysts': a telephone call, held nowhere
        if _VENUE_AFTER.match(sentence, match.end("name")) or _VENUE_FOR.search(head):
            continue  # 'the Shanghai Exhibition Center', 'Conference Hall 3': a place, not a meeting
        if raw.rsplit(None, 1)[-1] in _PLACE_LAST_WORDS and raw != head:
            continue  # 'at the Example Show Rides Office', 'the Example Fair Ticket Kiosk': where to buy, no meeting
        at_before = _AT_BEFORE.search(sentence, max(0, match.start() - 8), match.start()) if names else None
        if (
            at_before is not None
            and not _EDITION_LEAD.match(raw)
            and not _HELD_ITSELF_AFTER.match(sentence, match.end())
        ):
            continue  # 'The X Expo opened at the Sands Expo in Singapore': where the meeting named before is held
        if at_before is not None and names[-1][1] >= at_before.start() - 1:
            names.pop()  # 'the Country Exhibition at the sixth X Expo': a part of the meeting that has editions
        quoted = _QUOTED_TITLE.search(
            sentence, max(0, match_start - 70), match_start + len(head)
        ) or _EDITION_QUOTED_TITLE.search(sentence, max(0, match_start - 70), match_start + len(head))
        if quoted is not None and raw.startswith(head):  # "'Davos in the Desert' conference": the title starts it
            title = f"{quoted.group('title')} {quoted.group('kind')}"
            match_start, head, raw = quoted.start(), title, title + raw[len(head) :]
        title_lead = _QUOTED_TITLE_LEAD.search(sentence, max(0, match_start - 60), match_start)
        if title_lead is not None and raw.startswith(head):  # '“Encounter in Porto – Arts Festival …”': all of it
            quoted_lead = title_lead.group("lead")
            match_start, head, raw = title_lead.start("lead"), quoted_lead + head, quoted_lead + raw
        if raw.startswith(head):  # 'The World Conference on Example Studies -- Example Forum': both parts name it
            dashed = _DOUBLE_DASH_LEAD.search(sentence[max(0, match_start - 90) : match_start])
            if dashed is not None and _KIND_IN_NAME.search(dashed.group("lead")):
                lead = dashed.group("lead")
                match_start, head, raw = match_start - len(lead), lead + head, lead + raw
        subtitle = _QUOTED_SUBTITLE.match(sentence, match_start + len(raw))
        if subtitle is not None and sentence[match_start - 1 : match_start] in ('"', "“"):
            raw += subtitle.group("rest")  # '"X Forum-China Marching Toward New Century", which …': the whole title
        edition = _EDITION_BEFORE_QUOTE.search(sentence, max(0, match_start - 20), match_start)
        quote_left_out = 0
        if edition is not None and raw.startswith(head) and _QUOTE_CLOSES.match(sentence, match_start + len(raw)):
            # 'The Ninth “Ulaanbaatar Dialogue” opened': the edition before a quoted name is the name's
            ordinal = edition.group("ordinal")
            quote_left_out = match_start - edition.start() - len(ordinal) - 1
            match_start, head, raw = edition.start(), f"{ordinal} {head}", f"{ordinal} {raw}"
        if raw.endswith(("'s", "’s")) and len(raw) > len(head) and sentence.startswith(raw, match_start):
            noun = _POSSESSED.match(sentence, match_start + len(raw))  # 'Forum on Tibet's development'
            raw = raw + noun.group(0) if noun is not None else raw[:-2]
        if len(raw) > len(head) and _TOPIC_LEAD.match(raw, len(head)) and sentence.startswith(raw, match_start):
            raw += _rest_of_topic(sentence, match_start, match_start + len(raw), countries)
        members = _LISTED_MEMBERS.match(sentence, match_start + len(raw)) if _OF_A_BODY.search(raw) else None
        if members is None and _POSSESSOR_LEAD.match(raw):  # "the ACD's meeting of foreign ministers": who meets
            members = _OF_MEMBERS.match(sentence, match_start + len(raw))
        if members is not None and sentence.startswith(raw, match_start):
            raw = raw + members.group(0)  # 'a meeting of EU foreign ministers': who meets ends the name
        chain = (
            _SITTING_CHAIN.match(sentence, match_start + len(raw)) if sentence.startswith(raw, match_start) else None
        )
        if chain is not None:  # 'the third meeting of the fourth session of the eighth Parliament of the …'
            raw = raw + chain.group(0)
        joined = _JOINED.match(raw)
        if joined is not None:  # 'the film and TV awards': the end of a lowercase phrase, no name
            match_start, head, raw = (
                match_start + joined.end(),
                head[joined.end() :].lower(),
                raw[joined.end() :].lower(),
            )
        elif raw.startswith(("for ", "of ")):  # 'the guests for Lantern Parade and Music Festival': a name starts
            cut = raw.index(" ") + 1  # after it, as after 'the opening of'
            match_start, head, raw = match_start + cut, head[cut:], raw[cut:]
        elif (gone_to := _PLACE_FOR.match(raw)) is not None and find_place(gone_to.group("place")) is not None:
            # 'diplomats to visit Manila for ASEAN meetings': where they go, then what for
            match_start, head, raw = match_start + gone_to.end(), head[gone_to.end() :], raw[gone_to.end() :]
        elif (some_of := _SOME_OF.match(raw)) is not None:  # 'Thousands of Example Festival fans': who, not the name
            match_start, head, raw = match_start + some_of.end(), head[some_of.end() :], raw[some_of.end() :]
        elif (post := _POST_LEAD.match(raw)) is not None and _APPOSED_BEFORE.search(sentence, 0, match_start):
            # 'Jane Smith, Vice President Ashford Show: …': her post in the show, then the show
            match_start, head, raw = match_start + post.end(), head[post.end() :], raw[post.end() :]
        elif (errand := _ERRAND_LEAD.match(raw) or _INAUGURATING_LEAD.match(raw)) is not None:
            # 'Tickets for the X Festival', 'Inaugurating 75th X Exhibition, he said': the festival, the exhibition
            match_start, head, raw = match_start + errand.end(), head[errand.end() :], raw[errand.end() :]
        if (
            head == "ceremony"
            and _NAMED_BY_TAIL.match(raw, len(head))
            and (act := _CEREMONY_ACT_BEFORE.search(sentence, max(0, match_start - 30), match_start))
        ):
            # 'the swearing-in ceremony of Jane Doe': what the ceremony is for starts the name
            match_start, head, raw = act.start(), act.group() + head, act.group() + raw
        if raw.endswith(("'", "’")):  # "'Conference on the Caribbean' to strengthen …": the closing quote is no part
            raw, head = raw[:-1], head.removesuffix(raw[-1])
        names.append((match_start, match_start + quote_left_out + len(raw), raw, head))
    # (each _EDITION_OF holds 'edition', each _SESSION_OF and _ITS_SESSION 'session': the scans only where it is)
    edition_verb = "edition" in sentence and _EVENT_VERBS.search(sentence) is not None
    for match in _EDITION_OF.finditer(sentence if edition_verb else ""):  # not a report's edition
        name = match.group("name").rstrip("’'\"”")  # the quote that closes a quoted name is no part of it
        begin, end = match.start("name"), match.start("name") + len(name)
        if not any(a < end and begin < b for a, b, _, _ in names):
            names.append((begin, end, name, name))
    for match in _SESSION_OF.finditer(sentence) if "session" in sentence else ():
        begin, end = match.span("name")
        if not any(a < end and begin < b for a, b, _, _ in names):
            names.append((begin, end, match.group("name"), match.group("name")))
    # 'the X Council opened its 13th session': the council's sitting
    for match in _ITS_SESSION.finditer(sentence) if "session" in sentence else ():
        begin, end = match.span("sitting")
        if not any(a < end and begin < b for a, b, _, _ in names):
            body_start, body_end = match.span("body")  # 'the National Assembly' is the body, not the meeting
            names = [n for n in names if not (n[0] < body_end and body_start < n[1])]
            name = f"{match.group('sitting')} of the {match.group('body')}"
            names.append((begin, end, name, name))
    if not names:
        return []
    names = sorted(part for joined in names for part in _split_pair(joined))
    names = _with_press_events(sentence, names)
    # 'The X Forum, a parallel session of the Y Forum, was held Dec. 5': the verb and the day are the first one's;
    # 'The X Dialogue – the leading security forum of Asia – opened': so is a description set off that only its
    # place's name capitalises (a bare word, 'the largest forum', is left to date the name: _date_by_apposition)
    names = [
        n
        for i, n in enumerate(names)
        if not (
            i
            and (
                _APPOSITION_OF.fullmatch(sentence, names[i - 1][1], n[0])
                or (
                    n[2][:1].islower()
                    and not n[2].islower()
                    and _APPOSITION_GAP.fullmatch(sentence, names[i - 1][1], n[0])
                )
            )
        )
    ]
    # 'a Japan-EU Joint Symposium (expert roundtable) in Brussels': what the name is, in brackets, is no other meeting
    names = [
        n
        for i, n in enumerate(names)
        if not (
            i
            and n[2][:1].islower()
            and _OPENING_BRACKET.fullmatch(sentence, names[i - 1][1], n[0])
            and _CLOSING_BRACKET.match(sentence, n[1])
        )
    ]
    # 'the X Festival (.Festival)', 'the X Forum (the "Forum")': the one word in brackets after a name is its short
    # name, no other meeting
    names = [
        n
        for i, n in enumerate(names)
        if not (
            i
            and " " not in n[2]
            and _ALIAS_OPENING_BRACKET.fullmatch(sentence, names[i - 1][1], n[0])
            and _ALIAS_CLOSING_BRACKET.match(sentence, n[1])
        )
    ]
    # 'The Example Book Fair exhibition has been postponed': a lowercase kind word right after a name says what the
    # named meeting is, no other one (the verb after it is the name's)
    names = [
        n
        for i, n in enumerate(names)
        if not (i and n[2].islower() and " " not in n[2] and sentence[names[i - 1][1] : n[0]] == " ")
    ]
    # 'the minister said on Monday that the summit…': the day of a report dates no meeting
    meeting_days = [
        m
        for m in find_dates(sentence)
        if (
            not _REPORTED_ON.search(sentence, max(0, m.begin - 40), m.begin)
            or _TOLD_A_BRIEFING.search(sentence, max(0, m.begin - 40), m.begin)
            or _IN_A_BRIEFING.match(sentence, m.finish)
        )
        and not _OBSERVED_ON.search(sentence, max(0, m.begin - 16), m.begin)
        and not _DATED.search(sentence, max(0, m.begin - 12), m.begin)
        and not _SINCE_ITS_START.search(sentence, max(0, m.begin - 60), m.begin)
    ]
    result = []
    by_video = _BY_VIDEO.search(sentence) is not None  # 'inaugurated the … Congress through video conferencing'
    briefed_on_end = -1  # where the name of a meeting a press conference speaks of ends
    for index, (begin, end, raw, head) in enumerate(names):
        clause_start = _clause_start(sentence, names, index)
        # 'The X Show and the Y Show opened on Wednesday', 'X Show 2024 and Y Show 2024 from Oct. 2 to 4': the names
        # joined by 'and' share the verb and the day after the last of them
        last = index
        while last + 1 < len(names) and _AND_JOINED.fullmatch(sentence, names[last][1], names[last + 1][0]):
            last += 1
        bare_and = _BARE_AND.fullmatch(sentence[names[index][1] : names[last][0]].strip()) is not None
        if last > index and not bare_and and not _SUBJECTS_VERB.match(sentence, names[last][1]):
            last = index  # 'attended the X Forum on Trade and the Y Expo on Monday': the day is the expo's
        clause_end = names[last + 1][0] if last + 1 < len(names) else len(sentence)
        # 'the opening ceremony of the X Pavilion, the guest at the 2024 Y Expo, was held in Lisbon': the verb after
        # an apposition that names another meeting is the head's too
        if last == index and _apposed_meeting(sentence, names, index + 1):
            clause_end = names[index + 2][0] if index + 2 < len(names) else len(sentence)
        clause = sentence[clause_start:clause_end]
        after = sentence[end:clause_end] if index else sentence[:clause_end]
        lead = _GENERIC_LEAD.match(raw)
        name = raw[lead.end() :] if lead else raw
        head_words = head[lead.end() :].split() if lead and lead.end() < len(head) else head.split()
        capitalised = [w for w in head_words[:-1] if w[:1].isupper() or w[:1].isdigit()]
        if lead and lead.end() >= len(head):
            capitalised = []
        if not capitalised and _NUMBERED_KIND.fullmatch(head_words[-1]):
            capitalised = [head_words[-1]]  # 'COP29 opens on Monday': the kind word and its number name it
        if not capitalised and _FEST_NAME.fullmatch(head_words[-1]):
            capitalised = [head_words[-1]]  # 'Oktoberfest opens on Saturday': one word, its name and its kind
        if not capitalised and _PROPER_THE.match(raw) and sentence[:begin].rstrip()[-1:] not in _OPENS_A_SENTENCE:
            capitalised = ["The"]  # 'a new annual event, The Festival Congress, which …': a title, 'The' and all
        if head_words[-1] == "talks" and len(capitalised) == 1 and capitalised[0][1:].islower():
            capitalised = []  # 'phase two of Brexit talks', 'the trade talks': negotiations on a topic, no name
        if head_words[-1].islower() and capitalised and all(_YEAR.fullmatch(w) for w in capitalised):
            if any(int(w) != reference.year for w in capitalised):
                capitalised = []  # 'the 2014 meeting' in 2019 news: another year's, no name of this one
        if len(head_words) == 1 and head[:1].isupper() and _YEAR_AFTER.match(raw, len(head)):
            capitalised = ["tail"]  # 'Expo 2020 Dubai'
        elif _kind_in_tail(raw[len(head) :]):
            capitalised = ["tail"]  # 'opening ceremony of the 17th Shanghai Forum'
        elif _NAME_AFTER_KIND.fullmatch(head_words[-1]) and _CAPITAL_AFTER.match(raw, len(head)):
            capitalised = ["tail"]  # 'Féile Lughnasadh': Irish puts the word for festival before the name
        elif _NAMED_BY_TAIL.match(raw[len(head) :]) and (name[:1].isupper() or _BODY_MEETING.fullmatch(head_words[-1])):
            capitalised = ["tail"]  # 'the Conference of Speakers of State Houses', 'a meeting of the Baltic Council'
        topic = _TOPIC.match(sentence, end) if len(name.split()) <= 2 else None
        if topic is not None:  # 'press briefing on government work report': a bare kind takes its subject
            name = (name + topic.group(0)).rstrip()
        ceremony = _CEREMONY_OF.match(name)
        closing_day = ceremony is not None and (
            ceremony.group("which") in ("closing", "concluding")
            or _CLOSING_WORD_BEFORE.search(sentence, max(0, begin - 12), begin)
        )
        opening_day = ceremony is not None and not closing_day
        if ceremony is not None and _kind_in_tail(name[ceremony.end() :]):
            name = name[ceremony.end() :]  # 'the opening (closing) ceremony of the 5th X Summit': the summit, that day
        if _PRESS_ABOUT.search(sentence, 0, begin):
            name = f"press conference on the {name}"  # the day is the press conference's, not the meeting's
            briefed_on_end = end
        elif index and names[index - 1][1] == briefed_on_end and _AND_JOINED.fullmatch(sentence, briefed_on_end, begin):
            continue  # '… briefed the media on preparations for the X Fair and the Y Expo': the Y Expo too
        elif (preview := _PREVIEW_OF.search(sentence, max(0, begin - 30), begin)) is not None:
            # 'after a media preview of the Expo … here today', 'at the soft launch of the X Fair': an event of its own
            name = f"{preview.group('event').lower()} {preview.group('of').lower()} the {name}"
        elif (owned := _PREVIEW_OWNED_AFTER.match(sentence, end)) is not None:
            # "The tournament's pool draw takes place today", "the fair's media preview is on Monday": the draw or
            # preview is the subject, an event of its own on its own day, not the day the meeting begins
            name = f"{' '.join(owned.group('event').lower().split())} for the {name}"
        holder = _HOLDER_OF_ITS.search(sentence, 0, begin) if len(raw.split()) <= 3 else None
        if holder is not None and _HOLDER_NOUN.search(holder.group("body")):
            # 'The X Council (XC) held its 24th meeting today': the council's 24th meeting
            name, capitalised = f"{raw} of the {holder.group('body')}", ["holder"]
        elif (school := _school_of_its(sentence, begin, raw)) is not None:
            name, capitalised = f"{raw} of the {school}", ["holder"]
        elif raw.endswith("Awards") and (giver := _WINNERS_OF_ITS.search(sentence[max(0, begin - 120) : begin])):
            # 'The London Evening Standard tonight unveiled the winners of its British Film Awards': the paper's
            name, capitalised = f"{giver.group('body')} {raw}", ["holder"]
        candidate = Candidate(name=name, key=name.lower(), position=base + begin)
        if opening_day and name is not raw:
            candidate.notes.append("opening")
        candidate.sub_event = name if _SUB_EVENT.match(name) else None
        candidate.generic = not capitalised and not candidate.sub_event
        own_edition = _OWN_EDITION_BEFORE.search(sentence, max(0, begin - 40), begin) if candidate.generic else None
        if own_edition is not None:
            # "the college's 30th graduation ceremony": a bare kind word whose noun phrase gives an edition of its own
            candidate.notes.append(f"edition:{edition_number(own_edition.group('ordinal'))}")
        if (
            candidate.generic
            and name.lower() == "dialogue"
            and not _DETERMINED_BEFORE.search(sentence, max(0, begin - 40), begin)
        ):
            continue  # 'seek a resumption of dialogue', 'solved through dialogue': talking, no meeting
        if not _ANY_KIND.search(name) and not candidate.generic:
            candidate.notes.append("no kind")  # 'The X Biz will be held …': that it is a meeting, only its verb says
        if candidate.generic and _PRESS_BEFORE.search(sentence, max(0, begin - 8), begin):
            candidate.key = f"press {candidate.key}"  # 'told a press conference': no reference to the expo
        titled = (
            (_TITLED_AFTER.match(sentence, end) or _QUOTED_TITLE_AFTER.match(sentence, end))
            if candidate.generic
            else None
        )
        if titled is not None:  # "a three-day international conference titled the 'Bay of Bengal Conversation 2024'"
            title = titled.group("title").strip(" ,.")
            candidate.name = title if _ANY_KIND.search(title) else f"“{title}” {name.split()[-1].lower()}"
            candidate.key, candidate.generic = title.lower(), False
        if not capitalised and _RIVALS_OWN_BEFORE.search(sentence, 0, begin):
            continue  # 'The main X opposition, which starts its yearly conference next Sunday': a rival's, no mention
            # of the meeting the article is about
        if (
            _SPECULATED.search(sentence, max(0, begin - 24), begin)
            or _TALKED_ABOUT.search(sentence, max(0, begin - 24), begin)
            or _SCENE_OF_AN_OFFENCE.search(sentence, max(0, begin - 100), begin)
            or (candidate.generic and _NOT_TO_DISRUPT.search(sentence, max(0, begin - 60), begin))
            or _NO_DATE_SET.search(sentence, 0, begin)
            or _NO_DATE_HEADLINE.match(name)
            or _ORGANISER_BEFORE.search(sentence, max(0, begin - 30), begin)
            or _ORGANISER_LISTED_BEFORE.search(sentence, max(0, begin - 200), begin)
            or _PART_OF_A_LIST.search(sentence, max(0, begin - 250), begin)
        ):
            continue  # 'a rumored Putin-Trump summit', 'a possible meeting', 'discussed the summit': talk of one
        month_only = _MONTH_ONLY_AFTER.match(sentence, end)
        if month_only is not None and _FIRST_PLANNED.search(month_only.group()):
            month_only = None  # '(originally in May and now from 21st to 25th September)': the month it left
        if month_only is not None and not any(end <= m.begin < month_only.end() for m in meeting_days):
            continue  # 'for holding the Single Country Exhibition in Addis Ababa in May, 2025': no day of it
        held_in = _HELD_IN_A_YEAR_AFTER.match(sentence, end) or _IN_A_YEAR_AFTER.match(sentence, end)
        if held_in is not None and int(held_in.group("year")) < reference.year:
            continue  # '… was run in 1996 when 5,000 took part and today it draws 35,000': 'today' is not its day
        edition = _OTHER_EDITION.search(sentence, max(0, begin - 20), begin)
        # 'the next summit', 'the previous summit': another edition, not this article's meeting; a named one ('the
        # next Normandy Four summit') only with a day of its own after it ('the last 2019 summit' is this year's;
        # 'Last year's Example Marathon was canceled' is not)
        last_years = edition is not None and edition.group(1).lower() == "last" and bool(edition.group(2))
        if edition is not None and (edition.group(1).lower() != "last" or edition.group(2)):
            if candidate.generic or not any(end <= m.begin < clause_end for m in meeting_days):
                if not last_years or candidate.generic:
                    continue
                # 'Last year's Medtronic X Marathon was canceled': the series' full name, with no day and none
                # of that edition's fate
        other_edition = candidate.generic and edition
        if _FOLLOWING_ITS.search(sentence, max(0, begin - 40), begin) and not any(
            end <= m.begin < clause_end for m in meeting_days
        ):
            continue  # 'a meeting … in Accra on Monday following its recent National Conference': an earlier one
        candidate.future = bool(_FUTURE.search(_unquoted(_before_an_aside(clause, end - clause_start))))
        tense_start = _part_of_start(sentence, names, index, clause_start)
        if tense_start < clause_start and not candidate.future:
            # 'will lead guests to Kano for the opening ceremony of the X Cup kicking off today': the verb before
            # the ceremony the name is 'of' is the name's tense too
            before = _unquoted(sentence[tense_start:clause_start])
            candidate.future = bool(_FUTURE.search(before)) and not _PAST_VERB.search(before)
        if _HOPED_FOR_BEFORE.search(sentence, max(0, begin - 60), begin) or _MAYBE_AFTER.match(sentence, end):
            candidate.notes.append("uncertain")  # 'is bidding to host the X on May 20', 'X may be held … if …'
        candidate.has_event_verb = bool(_EVENT_VERBS.search(clause))
        candidate.closing = (
            bool(closing_day and name is not raw)
            or bool(_CLOSING.search(sentence[end:clause_end]))
            # 'The three-day fair will conclude on Friday': its last day, when its length is told before it (the
            # first day then follows), unless the clause opens it too ('opens on Wednesday and closes on Friday')
            or bool(
                _CLOSING_AHEAD.search(sentence, end, clause_end)
                and not _OPENING.search(sentence, end, clause_end)
                and _DURATION.search(sentence, max(0, begin - 30), end)
            )
            or bool(_LAST_DAY_BEFORE.search(sentence, max(0, begin - 24), begin))
            or bool(_CLOSES_IT_BEFORE.search(sentence, max(0, begin - 40), begin))
        )
        candidate.opening = (
            bool(_OPENING.search(sentence, end, clause_end))
            or bool(_OPENED_IT.search(sentence, max(clause_start, begin - 60), begin))
            or bool(_OPENING_OF_IT.search(sentence, max(clause_start, begin - 80), begin))
            or bool(_ITS_OPENING_AFTER.match(sentence, end))  # "Tonight's official Example festival opening"
        )
        rescheduled = _RESCHEDULED.search(clause)
        called_off = _CALLED_OFF_BEFORE.search(sentence, max(0, begin - 40), begin)
        if index and _AND_JOINED.fullmatch(sentence, names[index - 1][1], names[index][0]):
            # 'decided to postpone the X Conference and the Y Council Meeting': the verb before the first of two
            # names joined by 'and' is the second's too
            after = sentence[names[index - 2][1] if index > 1 else 0 : names[index - 1][0]] + " " + after
        if _OWNER_AFTER.match(sentence, end) or last_years:
            pass  # 'the second time in the marathon's 40-year history that the race was called off': whose history
        elif _CANCELLED.search(after) or (called_off is not None and called_off.group("what").startswith("cancel")):
            candidate.status = "cancelled"
        elif (
            (called_off is not None or _POSTPONED.search(after))
            and not rescheduled
            and not _TOOK_PLACE.search(_unquoted(clause))
        ):
            candidate.status = "postponed"
        if rescheduled:
            candidate.future = True
        # 'the “Hope for Tomorrow” festival': a day word inside the name is part of it, not its day
        own_days = [
            m
            for m in meeting_days
            if not _dates_another(m, names, index, sentence)
            and not _dates_a_noun(m, begin, sentence)
            and not _dates_the_press_before(m, names, index, sentence)
            and not _dates_the_press_after(m, names, index, sentence)
            and not begin <= m.begin < end
        ]
        mention = _nearest(own_days, begin, end, clause_start, clause_end, sentence)
        for_tickets = _ERRAND_BEFORE.search(sentence, max(0, begin - 30), begin) is not None
        # 'Tickets for the X final in Soweto on Saturday are selling fast': a day in the noun phrase, before its verb,
        # is the final's, still to come
        ticketed = (
            for_tickets
            and mention is not None
            and mention.begin >= end
            # ('Tickets for the X, which runs May 20-22, went on sale': the days its own aside gives)
            and (
                not _HAS_VERB.search(sentence, end, mention.begin)
                or _OWN_DAYS_ASIDE.fullmatch(sentence, end, mention.begin)
            )
            and not _ON_SALE_BEFORE.search(sentence, end, mention.begin)
            and not _SOLD_BEFORE.search(sentence, mention.finish, clause_end)
        )
        if _SAME_TIME_AS.search(sentence, max(0, begin - 60), begin):
            # 'The Congress will take place on 17 October, the same weekend as the X Festival': named to tell when
            # the other one is, neither dated by its day nor the meeting a reference there names
            candidate.notes.append("time reference")
            if mention is not None and mention.begin < begin:
                mention = None
        if mention is not None and mention.begin < begin and _DATE_OF.search(sentence, max(0, begin - 40), begin):
            mention = None  # 'a negotiation on Wednesday to discuss the opening date of the new session': whose day
        if mention is not None and _UNTIL.search(sentence, max(0, mention.begin - 24), mention.begin):
            mention.future = True
            last_day = resolve_mention(mention, reference)
            if last_day is not None and mention.begin > begin and not last_day[1]:
                candidate.last_day = (last_day[0], sentence[mention.begin : mention.finish], date_kind(mention))
            # 'which runs until Friday': the last day, and no first one (see _first_of_a_run), unless the last day is
            # an aside after the name and the clause goes on to its own day ('The X Games, running through Oct. 8,
            # opened on Saturday')
            mention = _day_after_an_aside(own_days, mention, end, clause_end, sentence)
        elif mention is not None and mention.begin < begin and _AHEAD_OF.search(sentence, max(0, begin - 60), begin):
            mention = None  # 'Shares rose today ahead of the G20 summit': the shares' day, not the summit's
        elif (
            mention is not None
            and index
            and mention.begin >= end
            and "," in sentence[end : mention.begin]
            and not _ITS_OWN_DAY_AFTER.match(sentence, end)
            and _AHEAD_OF.search(sentence, max(names[index - 1][1], begin - 60), begin)
        ):
            # 'during the 9th X Ministers Meeting ahead of the Y Summit, at the Secretariat in Jakarta, Monday,
            # Sept. 4': the day set off after both is the meeting's the other one is ahead of
            mention = None
        elif mention is not None and _ONE_AUDIENCE_BEFORE.search(sentence, max(0, mention.begin - 80), mention.begin):
            mention = None  # 'The show is open for business visitors on Tuesday and Wednesday': a part of its run
        elif mention is not None and for_tickets and not ticketed:
            mention = None  # 'Tickets for the X Festival will go on sale on Friday': the day of the tickets
        elif mention is not None and _PROGRAMMED_KIND.search(raw) and _ANNOUNCES_ITS_AFTER.match(sentence, end):
            # 'The X Festival yesterday announced its line-up', 'On Monday, the Y Show named its new director': the
            # name of a festival or show is its organisers announcing its programme ahead; the day is the
            # announcement's, not one of its run (a summit that announces a fund does so while it sits)
            mention = None
        elif (
            mention is not None
            and mention.finish <= begin
            and (reported := _REPORTED_AFTER.match(sentence, mention.finish)) is not None
            and not _DECLARED_OPEN_AFTER.match(sentence, reported.end())
        ):
            mention = None  # 'The ministry on Thursday reported that … the upcoming assembly': the report's day
        elif (
            mention is not None
            and mention.finish <= begin
            and _TRIP_OR_INVITATION_AFTER.match(sentence, mention.finish) is not None
        ):
            mention = None  # 'The minister on Monday left for a visit during which she will chair the X Dialogue'
        elif mention is not None and _PEOPLES_CLAUSE.match(_day_part(sentence, mention)):
            mention = None  # 'the meeting will hear the ministers, who met on Tuesday': the day those people met
        elif (
            mention is not None
            and candidate.generic
            and mention.finish <= clause_start
            and _OWNER_AFTER.match(sentence, end)
        ):
            mention = None  # '…, ends on Tuesday, …, the forum's organizers said': whose organizers, of no day
        elif mention is not None and _GROUNDS_OF_BEFORE.search(sentence, max(0, begin - 80), begin):
            mention = None  # 'the site of the X Expo … will be put into trial operation on April 5': the site's day
        elif mention is not None and mention.finish <= begin and _FINDINGS_OF_BEFORE.search(sentence, 0, begin):
            # 'The event, which opens on Tuesday, will feature reports of the X Workshop Series': what meetings held
            # before it found, heard at the one the day is of
            mention = None
        elif mention is not None and (_CALLED_OFF_AFTER if mention.finish <= begin else _CALLS_IT_OFF).match(
            sentence, mention.finish
        ):
            # 'Pakistan on Monday indefinitely postponed the … summit', '… the X Marathon, as organisers today
            # postponed the race': the day of the decision
            mention = None
        if mention is not None and date_kind(mention) in ("weekday", "relative") and of_a_later_year(name, reference):
            continue  # 'a report on Sunday … due to the 2020 Summer Olympics' (2019 news): another year's meeting
        if mention is not None and _SINCE_BEFORE.search(sentence, max(0, mention.begin - 8), mention.begin):
            candidate.closing = False
        closes_it = _CLOSES_IT_BEFORE.search(sentence, max(0, begin - 40), begin)
        ended_by = sentence[end:clause_end] + (closes_it.group(0) if closes_it else "")
        if _CONCLUDED.search(ended_by) and not candidate.future:
            candidate.notes.append("concluded")  # over by the report: 'concluded today' is held, not running
        elif _HELD_OVER.search(_unquoted(clause)) and not candidate.future:
            # 'An informal meeting … took place in Prague on 14 and 15 July' (told on the 15th): the past tense
            # of its whole run, over by the report
            candidate.notes.append("concluded")
        if mention is not None:
            # 'the exhibition has been postponed to May 7-12': the days it is moved to are still to come
            moved = _MOVED_TO_BEFORE.search(sentence, max(0, mention.begin - 30), mention.begin) is not None
            if mention is _now_set_for(own_days, sentence):
                moved = True  # 'initially scheduled for May 3, will now hold on June 20': put off to that day
                if candidate.status is None:
                    candidate.status = "postponed"
            if _HABIT_BEFORE.search(sentence, max(0, mention.begin - 30), mention.begin):
                candidate.notes.append("uncertain")  # 'takes place every year on May 20': a habit, no edition's day
            mention.future = (
                bool(rescheduled)
                or moved
                or ticketed  # tickets are sold for a meeting still to come
                or _future_for(sentence, mention, candidate.future or (ahead and candidate.generic))
            )
            if mention.future and _the_day_before_told_in_the_present(sentence, mention, reference):
                mention.future = candidate.future = False
            if _PAST_VERB.search(_day_part(sentence, mention)) and not mention.future:
                candidate.future = False  # 'The ceremony, which was held today …, was preceded by word that … would'
            if _WILL.search(_day_part(sentence, mention)) or _LATER_BEFORE.search(
                sentence, max(0, mention.begin - 12), mention.begin
            ):
                candidate.notes.append("to come")  # 'will host … from Thursday to Friday': not yet begun that day
            if "year:-1" in mention.flags:
                candidate.notes.append("last year")  # 'opened in Perth on Nov. 11 last year': a past edition, told
            resolved = resolve_mention(mention, reference)
            if resolved is not None and mention.start[0] is None:
                resolved = _in_the_year_its_name_says(
                    resolved, sentence[max(0, begin - 32) : begin], reference, sentence[end : end + 32]
                )
            if resolved is not None:
                candidate.start, candidate.end = _opening_day(resolved, clause)
                if (
                    resolved[1] is not None
                    and not moved  # 'postponed to 2nd to 5th June': the run it is moved to
                    and _RANGE_TO.search(sentence, mention.begin, mention.finish)
                    and _CHANGED_DATES.search(sentence, max(0, mention.begin - 120), mention.begin)
                ):
                    # 'has changed the dates of the fair, expected to begin on August 30, to September 12': the
                    # day it left, then the day it moved to, no run
                    candidate.start, candidate.end = resolved[1], None
                    moved = True
                eve = mention.finish <= begin and bool(_EVE_OF.fullmatch(sentence, mention.finish, begin))
                if eve:
                    candidate.start, candidate.end = candidate.start + timedelta(days=1), None
                later = _LATER_TODAY.search(sentence, end, end + 90) if candidate.start == reference else None
                # ('The summit opened today and leaders sign a pact later today': open already)
                if later is not None and not _PAST_OPENING.search(sentence, end, later.start()):
                    candidate.notes.append("to come")  # 'WARSAW, April 28 - A summit … opens here later Wednesday'
                if candidate.end is not None and _began_within(sentence, mention):
                    candidate.end = None
                if candidate.end is not None and _OPENS_IT.search(sentence, max(0, begin - 30), begin):
                    candidate.end = None  # 'A drama will open the festival on June 7 and 8': the drama's days
                    candidate.notes.append("opened by")
                if candidate.end is not None:
                    candidate.end = _second_block_end(sentence, mention, meeting_days, candidate.end, reference)
                candidate.start_time = None if eve else mention.start_time
                candidate.end_time = None if eve else mention.end_time
                if candidate.start_time is None and not eve:
                    _time_of_the_same_day(candidate, mention, own_days, (clause_start, clause_end), reference)
                candidate.date_phrase = sentence[mention.begin : mention.finish]
                if moved:
                    candidate.notes.append("moved to")  # see meetings._absorb
                candidate.date_cue = date_kind(mention) + (
                    "" if clause_start <= mention.begin < clause_end else "-before"
                )
        elif (
            not candidate.generic
            and not _NAMED_SINCE_BEFORE.search(sentence, max(0, begin - 12), begin)
            and (
                (opened := _HAS_OPENED.match(sentence, end)) is not None
                or (opened := _HAVE_OPENED.search(sentence, max(0, begin - 40), begin)) is not None
                or (opened := _INAUGURATING.match(sentence[:begin])) is not None
            )
        ):
            verb = "underway" if _UNDERWAY_WORDS.fullmatch(opened.group("verb").strip(" ,")) else opened.group("verb")
            candidate.notes.append("has opened:" + verb)  # see _date_by_report
        elif (gathered := _GATHERED_FOR.search(sentence, max(0, begin - 60), begin)) is not None:
            candidate.notes.append("has opened:" + gathered.group("verb"))  # 'have gathered to attend a summit'
        elif (nth := _NTH_DAY_OF.search(sentence, max(0, begin - 40), begin)) and _DAY_BEGAN.match(sentence, end):
            candidate.notes.append(f"has opened:{nth.group()}{candidate.name}")  # see _date_by_report
            candidate.notes.append(f"day:{_ORDINALS[nth.group('n').lower()]}")
        if candidate.start is not None and _ARRIVED_FOR.search(sentence, max(0, begin - 120), begin) is not None:
            candidate.notes.append("to come")  # 'has arrived in Arusha … Friday morning … for the 20th Summit'
        if (
            candidate.start is not None
            and candidate.start == reference
            and _ADVISED_AFTER.search(sentence, end, end + 120)
            and not _PAST_VERB.search(sentence)
            and not _CONCLUDED.search(sentence)
            and not _ED_WORD.search(sentence, max(0, begin - 120), begin)  # 'Crowds packed the streets for …'
        ):
            candidate.notes.append("to come")  # 'early Sunday for the X Marathon, motorists should prepare …'
        if _MEETING_NOW_FOR.search(sentence, max(0, begin - 80), begin) is not None:
            candidate.notes.append("running")  # see meetings._status
        if candidate.date_cue is not None and _DURING_BEFORE.search(sentence, max(0, begin - 40), begin):
            candidate.date_cue = "during"
            candidate.notes.append("frame")
        if candidate.start is None and not candidate.generic and (starts := _STARTS_AT.match(sentence, end)):
            clock = clock_time_at(sentence, starts.end())
            candidate.start_time = clock[0] if clock else None  # 'The X Parade starts at 9 a.m.'
        elif (
            candidate.start is not None
            and candidate.start_time is None
            and (at := _AT_CLOCK_AFTER.match(sentence, end))
        ):
            clock = clock_time_at(sentence, at.end())  # 'on Monday, the 22nd, with the meeting of the X, at 9 am,'
            candidate.start_time = clock[0] if clock else None
        elif (
            mention is not None
            and candidate.start is not None
            and mention.finish <= begin
            and _ITEMS_APART.search(sentence, mention.finish, begin)
            and (own := _OWN_HOUR_AFTER.match(sentence, end))
            and not _ENDS_BEFORE_HOUR.search(own.group())
            and (clock := clock_time_at(sentence, own.end())) is not None
        ):
            # 'with performances from 4-7pm today, a Sunset Ceremony at the courtyard at 8pm, and …': a list's item
            # keeps its own hour, not the hour of the day told in the item before it
            candidate.start_time, candidate.end_time = clock[0], None
        candidate.sentence = sentence.strip()
        # 'convened here today': the text itself puts it in the dateline's city, no weaker than a place it names
        here = replace(dateline_place, weak=False) if dateline_place and _HELD_HERE.match(sentence, end) else None
        online = _HELD_ONLINE.match(sentence, end) is not None
        # 'The meeting will be held in Miami, the minister said Monday in a press conference': the place said is
        # the meeting's; the press conference's place is looked for only from the words that report it
        said_in = _SAID_IN_A.search(sentence, max(clause_start, begin - 60), begin)
        place_start = max(clause_start, said_in.start()) if said_in is not None else clause_start
        # '… the X Congress, which will take place at London's Y Centre; and the Z Congress, which will take place
        # at ACC Liverpool': a semicolon ends the item before, and its place
        place_start = max(place_start, sentence.rfind(";", place_start, begin) + 1)
        if index and (held := _HELD_ITSELF_AFTER.match(sentence, names[index - 1][1])) is not None:
            # '… proposed at the X Forum held in Beijing in May, the forum's organizers said': the place of the
            # meeting named before, not of the one after it
            place_start = max(place_start, sentence.find(",", held.end(), begin) + 1)
        # 'New Delhi: The minister on Monday left for a visit to Japan during which she will chair the X Dialogue':
        # the place the trip starts from, the dateline's too, is not the meeting's
        trip = _TRIP_BEFORE.search(sentence, 0, begin)
        if trip is not None:
            place_start = max(place_start, trip.start())
        candidate.place = (
            here
            or _where_held(sentence, end)
            or (None if online else _place(sentence, place_start, clause_end, begin, end, countries))
        )
        if online:  # '… Session of the X Forum held online tonight, said … Hong Kong will thrive': in no city
            candidate.notes += ["virtual", "held online"]
        if by_video:  # 'inaugurated the … Congress through video conferencing': from wherever the speaker was
            candidate.notes.append("by video")
        if candidate.place is None and not online:  # the name's own city only when the sentence gives no place
            named_city = _city_in_name(name, countries)
            if (
                candidate.start
                and not by_video
                and not _elsewhere(sentence[begin:clause_end], dateline_place)
                and not _held_where_its_name_says(name, named_city, dateline_place)
                and trip is None
            ):
                candidate.place = dateline_place
            candidate.place = candidate.place or named_city
        if other_edition:
            candidate.place = None  # 'The last summit was held in Ufa': the last of a series, or the one before
        result.append(candidate)
    return result


def _in_the_year_its_name_says(
    days: tuple[date, date | None], before_name: str, reference: date, after_name: str = ""
) -> tuple[date, date | None] | None:
    """ "This year's X Dialogue was slated to be held on June 4 and 5" (told in October): the days of the year its
    name says, this year's or last year's, not of the next June a plan would point to; "the X's 2023 edition was
    held on May 9", "the 2023 edition of the X": the year of that edition."""
    said = _YEARS_OWN_BEFORE.search(before_name)
    edition = _EDITION_YEAR_BEFORE.search(before_name) or _EDITION_YEAR_AFTER.match(after_name)
    if edition is not None:
        year = int(edition.group(1))
    elif said is not None:
        year = reference.year - (said.group(1).lower() == "last")
    else:
        return days
    start, end = days
    if start.year == year:
        return days
    moved = safe_date(year, start.month, start.day)
    moved_end = safe_date(year + (end.year - start.year), end.month, end.day) if end is not None else None
    return (moved, moved_end) if moved is not None else None


_YEARS_OWN_BEFORE = re.compile(r"\b(this|last)\s+year['’]s\s+$", re.I)
# 'the 2023 edition of the X', "the X's 2023 edition": one year's edition of a series
_EDITION_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+(?:edition|instal?ment)\s+of\s+(?:the\s+)?$", re.I)
_EDITION_YEAR_AFTER = re.compile(r"['’]s\s+((?:19|20)\d\d)\s+(?:edition|instal?ment)\b", re.I)


# 'the X Session held online tonight', 'is to be held virtually': over the internet (not 'held online and onsite at …')
_HELD_ONLINE = re.compile(
    r",?\s+(?:(?:(?:is|are|was|were)\s+to\s+be|was|were|is|are|will\s+be|being|to\s+be)\s+)?"
    r"(?:held|conducted|hosted|staged)\s+"
    r"(?:online|virtually)\b(?!\s+(?:and|or|as\s+well\s+as)\s+(?:on-?site|offline|in[\s-]person|physically))"
)


# 'the X Festival held a press conference in Beijing': the festival is who held it, the press conference the meeting
_HELD_A_PRESS = re.compile(
    r"\s+(?:(?:has|have|had|will|also|is|was)\s+)*(?:held|hosted|holds|hosts|hold|host|holding|hosting|staged|convened)"
    r"\s+(?:a|an|its|their)\s+(?:(?:joint|special|separate)\s+)?(?P<kind>(?:press|news|media)\s+)$",
    re.I,
)


# a body named like a meeting that 'has kicked off in Nairobi' (not 'has opened its conference'): its gathering
_OPENED_ITSELF = re.compile(
    r"\s+(?:has|have)\s+(?:officially\s+|formally\s+)?(?:opened|begun|kicked\s+off|started|got\s+under\s*way)"
    r"(?=\s+(?:in|at|here|today|with)\b|\s*[,.])"
)
_RANGE_TO = re.compile(r"\sto\s")
_CHANGED_DATES = re.compile(
    r"\b(?:changed|shifted|moved|rescheduled|postponed|pushed\s+back|brought\s+forward)\b[^.;]{0,120}$", re.I
)
_SURNAME_PARTICLE = re.compile(r"\s(?:de|da|del|di|dos|das|van|von)\s+\S+$")
_PAIR_BEFORE = re.compile(r"\s*[A-Z][\w'’-]*,\s+$")


def _split_pair(name: tuple[int, int, str, str]) -> list[tuple[int, int, str, str]]:
    """'Africa Build Show 2024 and Africa Tech Show 2024': two meetings, each named in full, joined by 'and'; not
    'Smart City Summit and Expo' (one meeting of two kinds) nor 'Trade and Investment Fair'."""
    begin, end, raw, _ = name
    pair = _NAMED_PAIR.fullmatch(raw)
    if pair is None:
        return [name]
    second = pair.start("second")
    return [
        (begin, begin + pair.end("first"), pair.group("first"), pair.group("first")),
        (begin + second, end, pair.group("second"), pair.group("second")),
    ]


def of_a_later_year(name: str, reference: date) -> bool:
    """'the 2020 Summer Olympics' in news of 2019: a meeting of a later year than the report's, which a day named
    from the report ('on Sunday', 'today') cannot date."""
    edition = _TOPIC_WORDS.split(name, maxsplit=1)[0]  # not 'the Forum on the 2030 Agenda': a topic's year
    return any(int(year) > reference.year for year in _YEAR.findall(edition))


_TOPIC_WORDS = re.compile(r"\s(?:on|for|of|about|towards?|beyond)\s", re.I)


def edition_number(name: str) -> int | None:
    """'the eighth annual summit of X', '8th X Summit': which edition an English name says it is, or None."""
    ordinal = _EDITION_ORDINAL.search(name)
    if ordinal is None:
        return None
    written = ordinal.group().lower()
    return int(written[:-2]) if written[0].isdigit() else _ORDINALS[written]


_EDITION_ORDINAL = re.compile(rf"\b{_ORDINAL}\b", re.I)
# 'the college's 30th graduation ceremony', 'its 12th budget forum': an ordinal, then lowercase words up to the kind
# word, in the noun phrase of a bare kind word
_OWN_EDITION_BEFORE = re.compile(rf"(?<![\w-])(?P<ordinal>(?i:{_ORDINAL}))\s+(?:[a-z][a-z-]*\s+){{0,2}}$")


def _with_press_events(sentence: str, names: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Each meeting named as the one that holds a press conference becomes that press conference ('the X Festival
    press conference'), which takes the day and place its clause gives."""
    merged: list[tuple[int, int, str, str]] = []
    for begin, end, raw, head in names:
        held = _HELD_A_PRESS.match(sentence[merged[-1][1] : begin]) if merged else None
        if held is not None and head.lower() in ("conference", "briefing") and raw.lower() == head.lower():
            first_begin, _, first_raw, _ = merged.pop()
            name = f"{first_raw} {held.group('kind').lower()}{raw.lower()}"
            merged.append((first_begin, end, name, name))
        else:
            merged.append((begin, end, raw, head))
    return merged


_FIRST_PLANNED = re.compile(
    r"\b(?:originally|initially|first)\s+(?:(?:planned|scheduled|set|slated)\s+)?(?:in|for)\s", re.I
)
_MONTH_ONLY_AFTER = re.compile(
    rf"[^.;,]{{0,40}}?\b(?:in|during|last|next)\s+(?:early\s+|mid-|late\s+)?(?:{MONTH_NAMES})(?![\w.]*\s+\d{{1,2}}\b)"
    r"(?:,?\s+(?:19|20)\d\d)?(?![\w-])"
)
_HAVE_OPENED_WORDS = r"(?:has|have)\s+(?:officially\s+|formally\s+)?(?:opened|begun|kicked\s+off|started"
# 'The Example Islands Forum summit is underway in the Samoan capital', 'arrived at the X Conference currently being
# held at the Y Stadium': running on the day of the report ('is being held' alone may be of a day to come)
_UNDERWAY = (
    r"(?:is|are)\s+(?:now\s+|currently\s+)?(?:under\s*way|in\s+full\s+swing)"
    r"|(?:(?:which|that)\s+)?(?:(?:is|are)\s+)?(?:now|currently)\s+(?:being\s+held|taking\s+place|under\s*way)"
)
# 'the biggest event since the Example Games has kicked off': what has opened is the sentence's subject, not the
# meeting it is measured against
_NAMED_SINCE_BEFORE = re.compile(r"\bsince\s+(?:the\s+)?$")
_HAS_OPENED = re.compile(rf",?\s+(?P<verb>{_HAVE_OPENED_WORDS}|got\s+under\s*way)|{_UNDERWAY})\b")
_UNDERWAY_WORDS = re.compile(_UNDERWAY)
# 'Global leaders have kicked off the G7 Example Summit': the same, its subject first
# ('Michael Roe has opened the gates to this year’s Example Festival': its gates, it)
_HAVE_OPENED = re.compile(
    rf"\b(?P<verb>{_HAVE_OPENED_WORDS}|launched))\s+(?:the\s+(?:gates?|doors?)\s+(?:to|of|for)\s+)?"
    r"(?:the\s+|a\s+|an\s+|this\s+year['’]s\s+)?$"
)
# 'European Union leaders have gathered to attend a two-day summit in Brussels', 'delegates have converged on
# Kigali for the Example Forum': the people are there for it on the day of the report, named or not
# 'Representatives … are meeting in Peru on Friday for the X forum': the meeting runs as the report is written (on
# a day to come, the day says so)
_MEETING_NOW_FOR = re.compile(
    r"\b(?:are|is)\s+(?:meeting|gathering|convening|assembling)\b[^.;:!?]*?\bfor\s+(?:the\s+|a\s+|an\s+|their\s+)?"
    r"(?:annual\s+|yearly\s+)?$"
)
# 'President X has arrived in Arusha, Tanzania Friday morning February 1, 2019 for the 20th Ordinary Summit': come
# for a meeting of that day, not yet held
_ARRIVED_FOR = re.compile(r"\b(?:has|have)\s+arrived\b[^.;:!?]{0,100}?\bfor\s+(?:the|a|an|this\s+year['’]s)\s+$")
_GATHERED_FOR = re.compile(
    # 'leaders are meeting in Auckland for their annual X Summit': gathered for it as the report is written
    r"\b(?P<verb>(?:has|have)\s+(?:gathered|assembled|converged|arrived)|(?:is|are)\s+(?:meeting|gathering|gathered))"
    r"\s+(?:(?:in|at|on)\s+[A-Z][\w'’-]*\s+)?"
    r"(?:to\s+(?:attend|take\s+part\s+in|join)|for)\s+(?:the\s+|a\s+|an\s+|their\s+|this\s+year['’]s\s+)?"
    r"(?:annual\s+|yearly\s+)?(?:(?:\d{1,2}|[a-z]+)-day\s+)?$"
)
# 'Inaugurating 75th Example Industrial Exhibition, he said …', 'Speaking at the opening of Example Forum in
# Accra, the minister said …': the speaker opened it, or spoke as it opened, that day
_INAUGURATING = re.compile(
    r"\s*(?P<verb>(?:While\s+)?[Ii]naugurating|(?:Speaking|Addressing\s+\w+)\s+at\s+the\s+opening"
    r"(?:\s+(?:ceremony|session))?\s+of)\s+(?:the\s+)?(?:[\w'’-]+\s+(?:edition|staging)\s+of\s+(?:the\s+)?)?$"
)  # 'Inaugurating the third edition of the Example Summit, …'

_NEXT_CLAUSE = re.compile(r"\b(?:and|while|whereas|but)\b|;")
_NTH_DAY = re.compile(
    r"\b(?:(?:entered|enters|entering|into|on)\s+its\s+(?P<n>second|third|fourth|fifth)\s+day"
    # 'The third day of the X Fair gets under way today': that day is its third, so it opened two days before
    r"|the\s+(?P<t>second|third|fourth|fifth)\s+day\s+of"
    r"|on\s+day\s+(?P<d>two|three|four|five)\s+of)\b",  # 'on day three of the conference this morning'
    re.I,
)
_ORDINALS = {**{word: n for n, word in enumerate(ORDINAL_WORDS, 1)}, "two": 2, "three": 3, "four": 4, "five": 5}
# 'The second day of the Example Forum started in Tartu': a report of that day, with no date of its own
_NTH_DAY_OF = re.compile(r"\b[Tt]he\s+(?P<n>second|third|fourth|fifth)\s+day\s+of\s+(?:the\s+)?$")
_BEGAN_BEFORE = re.compile(r"\b(?:started|began|opened|kicked\s+off|got\s+under\s*way|commenced)\s+(?:on\s+)?$")


def _began_within(text: str, mention: DateMention) -> bool:
    """'The week-long show started over the weekend': two weekdays after a verb of opening are when it began,
    not its run."""
    return (
        mention.end_weekday is not None
        and _BEGAN_BEFORE.search(text, max(0, mention.begin - 20), mention.begin) is not None
    )


# 'A dance drama will open the festival': the meeting is what the subject opens, on the subject's days
_OPENS_IT = re.compile(r"\b(?:will|to|would|shall)\s+open\s+(?:(?:the|this\s+year['’]s)\s+)?$")
_DAY_BEGAN = re.compile(
    r"\s+(?:started|began|opened|kicked\s+off|got\s+under\s*way|(?:is|was)\s+under\s*way"
    # 'The second day of the X Festival is kicking off', '… gets under way': that day begins as the report is written
    r"|(?:is|was)\s+(?:kicking\s+off|getting\s+under\s*way|starting|beginning|opening)"
    r"|kicks\s+off|gets\s+under\s*way|starts|begins|opens)\b"
)


def _opening_day(resolved: tuple[date, date | None], clause: str) -> tuple[date, date | None]:
    """'The summit on Tuesday entered its second day': it opened on Monday, and runs to Tuesday at least."""
    nth = _NTH_DAY.search(clause)
    start, end = resolved
    if nth is None or end is not None:
        return resolved
    return start - timedelta(days=_ORDINALS[(nth.group("n") or nth.group("t") or nth.group("d")).lower()] - 1), start


def _day_part(sentence: str, mention: DateMention) -> str:
    """The part of the sentence between the commas around a day ('which opened on Monday'), up to the next clause
    after it ('On Saturday the forum opened and the minister said it would help': not the minister's tense)."""
    left = max(sentence.rfind(",", 0, mention.begin), sentence.rfind(";", 0, mention.begin)) + 1
    right = min(
        (i for i in (sentence.find(",", mention.finish), sentence.find(";", mention.finish)) if i >= 0),
        default=len(sentence),
    )
    next_clause = _NEXT_CLAUSE.search(sentence, mention.finish, right)
    if next_clause is not None and _HAS_VERB.search(sentence, left, next_clause.start()):
        right = next_clause.start()
    return _unquoted(sentence[left:right])


# a finite verb of the part before 'and': 'the forum opened', 'will open', 'is held', 'began' (a past without '-ed')
_HAS_VERB = re.compile(
    r"\b(?:\w+ed|will|would|is|are|was|were|opens|begins|starts|runs|closes|ends|began|held|met|took|ran|drew)\b"
)


# 'A European economic summit opens here later Wednesday', 'opens later today': still to come on the day
_LATER_BEFORE = re.compile(r"\blater\s+(?:on\s+)?$", re.I)
_LATER_TODAY = re.compile(
    r"\blater\s+(?:on\s+)?(?:today|tonight|this\s+(?:morning|afternoon|evening)|in\s+the\s+day"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.I,
)
# a tense that puts the day itself ahead, unlike 'opens' or 'runs' ('opens today' may be open already)
# ('The summit was set to open in the capital on Monday', told that Monday: the future of the morning's copy)
_WILL = re.compile(
    rf"\b(?:{_NOT_THE_TENSE}will|shall|is to|are to|is scheduled to|are scheduled to|is set to|are set to"
    r"|was set to|were set to|is due to|are due to)\b",
    re.I,
)


_AND_BLOCK = re.compile(r"\s*,?\s+and\s+(?:from\s+)?$")


def _second_block_end(
    sentence: str, mention: DateMention, days: list[DateMention], end: date, reference: date | None
) -> date:
    """'is scheduled for 11-12 November and 16-19 November': a second run joined to the first by 'and' is the
    same meeting's second block, and its last day the meeting's."""
    if reference is None:
        return end
    for other in days:
        if other.begin <= mention.finish or not _AND_BLOCK.match(sentence[mention.finish : other.begin] + " "):
            continue
        resolved = resolve_mention(replace(other, future=mention.future), reference)  # the first one's tense
        if resolved is not None and resolved[1] is not None and 0 < (resolved[1] - end).days <= LONGEST_RUN_DAYS:
            return resolved[1]
    return end


# 'kicks off on Tuesday', 'opens Tuesday': the present of a caption or a lede
_PRESENT_START_BEFORE = re.compile(r"\b(?:opens|begins|starts|commences|kicks\s+off|gets\s+under\s*way)\s+(?:on\s+)?$")


def _the_day_before_told_in_the_present(sentence: str, mention: DateMention, reference: date) -> bool:
    """'The X Festival kicks off on Tuesday' in a report of Wednesday: the day before the report, told in the
    present as a caption is, not the same weekday six days on (that one would be 'next Tuesday' or a date)."""
    return (
        mention.weekday is not None
        and mention.flags == {"weekday"}
        and (mention.weekday - reference.weekday()) % 7 == 6
        and _PRESENT_START_BEFORE.search(sentence, max(0, mention.begin - 30), mention.begin) is not None
        and not _WILL.search(_day_part(sentence, mention))
    )


def _future_for(sentence: str, mention: DateMention, clause_future: bool) -> bool:
    """'The summit, which opened on Monday, will close on Wednesday': the tense of the day's own part."""
    part = _day_part(sentence, mention)
    part = _before_an_aside(part, part.find(sentence[mention.begin : mention.finish]))
    if _REPORTED_ON.search(sentence, max(0, mention.begin - 40), mention.begin) or _TOLD_A_BRIEFING.search(
        sentence, max(0, mention.begin - 50), mention.begin
    ):
        return False  # 'said Monday in a press conference', 'said at a press conference here on Sunday': past
    if _DONE_RIGHT_AFTER.match(sentence, mention.finish):
        return False  # 'President X on Saturday inaugurated the pavilion, which … will be promoting': done that day
    if _READYING_FOR.search(sentence, max(0, mention.begin - 60), mention.begin) and _OWNS_AFTER.match(
        sentence, mention.finish
    ):
        return True  # 'had trained for months for Saturday's half marathon': the race is still ahead
    if _STARTING_BEFORE.search(sentence, max(0, mention.begin - 30), mention.begin):
        return True  # 'as leaders arrived for the summit starting on Friday': the day it starts, still ahead
    if _FUTURE.search(part) or _ARRANGED.search(part):
        return True
    if _PAST_VERB.search(part) or _told_while_there(sentence, mention, part):
        return False
    if _WHERE_SET_OFF.match(part) and not _HAS_VERB.search(part):
        # 'declared open the X exhibition, at the Y Centre in Colombo on Thursday': a place set off by a comma is
        # no clause of its own; its day takes the tense of the verb before it
        before = _unquoted(sentence[: mention.begin])
        if _PAST_VERB.search(before) and not _FUTURE.search(before):
            return False
    return clause_future


_WHERE_SET_OFF = re.compile(r"\s*(?:at|in)\s")


# 'Speaking at the forum in Nairobi on Tuesday, the minister said exports would rise', 'The envoy, addressing the
# summit on Monday, told delegates …': the day someone spoke there, told in the past, whatever tense the words have
_SPOKE_THERE = re.compile(r"\b(?:speaking|addressing|talking|delivering|attending|inaugurating)\b", re.I)
_SPOKE_BEFORE_OR_AFTER = re.compile(r"\b(?:ahead\s+of|before|after|prior\s+to|following)\b", re.I)
_SAID_LATER = re.compile(rf"\b(?:{_SPEECH_VERBS}|added|noted|warned|stressed|urged|insisted)\b")


def _told_while_there(sentence: str, mention: DateMention, part: str) -> bool:
    """A participle's day ('speaking at … on Tuesday') before the past verb that reports what was said there."""
    return (
        _SPOKE_THERE.search(part) is not None
        and _SPOKE_BEFORE_OR_AFTER.search(part) is None
        and _SAID_LATER.search(sentence, mention.finish) is not None
    )


# 'ahead of', 'in preparation for', 'trained for months for', 'getting ready for' a weekday's meeting: one to come
_READYING_FOR = re.compile(
    r"\b(?:ahead\s+of|in\s+(?:the\s+)?(?:run|lead)-up\s+to|in\s+preparation\s+for|ready\s+for"
    r"|(?:prepar|train|gear)(?:e|es|ed|ing|s)?(?:\s+[\w'’]+){0,5}?\s+for)\s+(?:this\s+)?$",
    re.I,
)
_OWNS_AFTER = re.compile(r"['’]s\b")
# the past tense right after the day: 'on Saturday inaugurated', 'on Monday unveiled' (not 'on Monday expected to')
_DONE_RIGHT_AFTER = re.compile(
    r"\s+(?:(?:officially|formally|jointly|also)\s+)?(?!(?:expected|scheduled|slated|planned|supposed|set|due|billed"
    r"|themed|titled|entitled|dubbed|called|named|dedicated|devoted|designed|intended|aimed|aligned|organi[sz]ed"
    r"|hosted|sponsored|backed|attended|based|tied|linked|timed)\b)(?:[a-z]+ed|began|met|took|saw|drew|ran|held)\b"
)
# 'Example Media is hosting a forum in Seoul on Wednesday', 'the festival is opening on Friday', 'the board is taking
# its show on the road Tuesday evening': the present progressive of an arrangement, a day to come
_ARRANGED = re.compile(
    r"\b(?:is|are)\s+(?:hosting|holding|organi[sz]ing|convening|staging|co-hosting"
    r"|opening|starting|beginning|launching|kicking\s+off|taking(?!\s+place)|bringing|returning|welcoming)\b"
)
# the participle of a start right before its day, with no tense of its own: 'the summit starting on Friday' (not
# an aside between commas, 'The summit, starting on Monday, drew 3,000', whose tense is the sentence's)
_STARTING_BEFORE = re.compile(
    r"(?<![,(]\s)(?<!\bthe\s)(?<!['’]s\s)\b(?:starting|beginning|commencing|kicking\s+off)\s+"
    r"(?:on\s+|this\s+|on\s+this\s+)?$",
    re.I,
)  # ('opening' is mostly the noun: "The fair's opening on Monday was attended by …")
_OBSERVED_ON = re.compile(r"\b(?:observed|celebrated|falls|fell)\s+(?:on\s+)?$")  # a holiday's day
_DATED = re.compile(r"\bdated\s+(?:on\s+)?$", re.I)  # 'the proclamation dated January 11': a paper's day
# 'since his assumption of office on May 29': the day a period began, not a meeting's
# ('since the forum is now on Wednesday': 'since' that gives a reason, in the present or the future, not a start)
_SINCE_ITS_START = re.compile(r"\bsince\s+(?:(?!(?:is|are|will|would)\s)[\w'’-]+\s+){1,5}(?:on|in)\s+$", re.I)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")


def _unquoted(text: str) -> str:
    """'"Your work will go a long way," said the envoy at the forum on Wednesday': what a speaker says has
    its own tense, not the report's."""
    return _QUOTED.sub(lambda quote: " " * len(quote.group()), text)


_REPORTED_ON = re.compile(
    rf"\b(?:{_SPEECH_VERBS}|says|added|noted|warned|insisted|"
    r"stressed|argued|claimed|declared|explained|emphasi[sz]ed|reiterated|urged|denied|tweeted|wrote|"
    r"(?:statement|release|notice)\s+(?:issued|released|published))\b"
    r"(?:\s+(?:here|there))?(?:(?:\s+[\w'’-]+){0,4}?\s+on)?\s+$",  # 'said on Monday', 'said here Thursday'
    re.I,
)
# 'told a press conference (here) on Monday': the day of the remarks is the press conference's
# 'told journalists at the briefing on Wednesday': the press, then where it was told, which says what kind
_TOLD_A_BRIEFING = re.compile(
    r"\b(?:told|said\s+at|speaking\s+at)\s+(?:a|an|the)\s+(?:(?:regular|daily|weekly|joint)\s+)?"
    r"(?:press|news|media)\s+(?:conference|briefing)\s+(?:(?:here|there)\s+)?(?:on\s+)?$"
    r"|\btold\s+(?:reporters|journalists|newsmen|the\s+media)\s+at\s+(?:a|an|the)\s+"
    r"(?:(?:press|news|media)\s+)?(?:conference|briefing)\s+(?:on\s+)?$",
    re.I,
)
_SAID_IN_A = re.compile(
    rf"\b(?:{_SPEECH_VERBS})\b[^,.;]{{0,30}}?\s(?:in|at|during)\s+(?:a|an|the)\s+(?:[a-z]+\s+)?(?=(?:press|news|media)\s)"
    r"(?:press|news|media)\s+$",
    re.I,
)
# 'said Monday in a press conference': the day of the remarks is the press conference's too
_IN_A_BRIEFING = re.compile(
    r"\s+(?:in|at|during)\s+(?:a|an|the)\s+(?:(?:regular|daily|weekly|joint)\s+)?(?:press|news|media)\s+"
    r"(?:conference|briefing)\b",
    re.I,
)
# 'which runs until Friday', 'runs until 4pm on Monday 28 January': the last day
# 'which will run through next Monday': the last day, 'next' or 'this' before it
_UNTIL = re.compile(
    rf"\b(?:until|till|through|up\s+to\s+and\s+including|{_RUNS_UP} to)\s+{_CLOSING_TIME}"
    r"(?:(?:next|this|coming|the\s+following)\s+)?$",
    re.I,
)
# '… in preparation for the launch of the work of the X Conference': the day of what prepares it
# 'the Y Summit, which opens on Wednesday', 'the Y Summit, due on Friday': a clause of its own after the name
_ITS_OWN_DAY_AFTER = re.compile(
    r",?\s+(?:which|that|to\s+be|set|due|scheduled|slated|starting|opening|beginning|running|taking\s+place|on)\b", re.I
)
_AHEAD_OF = re.compile(
    r"\b(?:ahead\s+of|on\s+the\s+eve\s+of|in\s+the\s+(?:run|lead)-up\s+to|in\s+preparation\s+for)\s+(?:the\s+|this\s+week's\s+|next\s+week's\s+)?"
    r"(?:(?:launch|opening|start)\s+of\s+(?:the\s+)?(?:work\s+of\s+(?:the\s+)?)?)?$"
    r"|\bawait(?:s|ed|ing)?\s+(?:a\s+|an\s+|the\s+)?(?:key\s+|crucial\s+|closely[- ]watched\s+|upcoming\s+)?$",
    re.I,
)
# 'the same weekend as the city's X Festival': a meeting named to tell when another one is, not dated by that day
# 'to discuss the opening date of the new session', 'to set the dates for the X Fair': the day the sentence gives is
# when its date is talked of, not its own
_FINDINGS_OF_BEFORE = re.compile(
    r"\b(?:reports?|findings|outcomes?|recommendations|resolutions|results)\s+(?:of|from)\s+(?:the\s+)?$", re.I
)
_DATE_OF = re.compile(
    r"\b(?:(?:opening|starting|start|closing)\s+)?dates?\s+(?:of|for)\s+(?:the\s+)?(?-i:[a-z][\w-]*\s+){0,3}$", re.I
)
_SAME_TIME_AS = re.compile(
    r"\bthe\s+same\s+(?:day|days|weekend|week|time|night|evening|dates?)\s+as\s+(?:the\s+)?"
    r"(?:[\w'’-]+\s+){0,3}?$",
    re.I,
)
# "Tonight's official Example festival opening features …": the name, then the noun that says it opens that day
_ITS_OPENING_AFTER = re.compile(r"\s+opening\b(?!\s+(?:of|to|for|hours?|times?|speech|remarks|address|match|game)\b)")
# 'a meeting … on Monday following its recent National Conference': an earlier gathering the day comes after
_FOLLOWING_ITS = re.compile(
    r"\b(?:following|after)\s+(?:its|their|his|her|the|a)\s+(?:recent|latest|last|earlier)\s+(?:annual\s+)?$", re.I
)
_PAST_VERB = re.compile(
    # 'declared open the exhibition on Friday', 'inaugurated the fair on Friday': done, as 'opened' is (not 'will be
    # declared open')
    r"\b(?:opened|held|began|kicked off|started|took place|convened|was|were"
    r"|(?<!\bbe\s)(?:declared\s+open|inaugurated))\b",
    re.I,
)
# a relative clause of people ('who met', 'some of whom arrived'), not of the meeting ('which opened')
_PEOPLES_CLAUSE = re.compile(r"\s*(?:\w+\s+of\s+)?whom?\b")
_CEREMONY_OF = re.compile(
    r"^(?:(?P<which>opening|closing|concluding|inaugural)\s+)?(?:ceremony|session|plenary)\s+of\s+(?:the\s+)?", re.I
)


_ALSO_ON = re.compile(r"\b(?:also|again)\s+(?:\w+\s+){0,2}(?:on\s+)?(?:the\s+)?$")


_ASIDE_OF_THE_ONE_BEFORE = re.compile(
    r",\s*(?:to\s+(?:run|be\s+held|take\s+place)|which\s+(?:will\s+)?(?:runs?|takes?\s+place|is\s+held|be\s+held)|"
    # 'The conference, which is expected to end on 22 July, involves … a World X Forum': the aside's day is its end
    r"which\s+(?:is|was)\s+(?:expected|due|set|scheduled)\s+to\s+(?:end|close|conclude|run)|"
    r"running|held|scheduled)\b[^,;]*,"
)


def _before_an_aside(clause: str, name_end: int) -> str:
    """'Ghana opened its cocoa summit on Monday as it plans to raise output (ahead of the vote)': a clause of
    reason or time after the meeting's own verb tells nothing of when the meeting is."""
    if not _PAST_OPENING.search(clause, 0, name_end + 40):
        return clause
    aside = _ASIDE_AFTER.search(clause, name_end)
    return clause[: aside.start()] if aside is not None else clause


# advice to those it will hold up, told on its day before it: 'motorists should prepare for road closures'
_ADVISED_AFTER = re.compile(
    r"\b(?:should|are\s+(?:advised|asked|urged|reminded)\s+to)\s+(?:prepare|expect|plan|allow)\b", re.I
)
_ED_WORD = re.compile(r"\b[a-z]{2,}ed\b")  # read on the words before a name only
_PAST_OPENING = re.compile(r"\b(?:opened|began|started|kicked off|got under ?way|commenced|convened)\b")
_ASIDE_AFTER = re.compile(r",?\s+(?:as|because|since|while|whereas|amid|ahead of)\s")


def _time_of_the_same_day(
    candidate: Candidate,
    mention: DateMention,
    own_days: list[DateMention],
    clause: tuple[int, int],
    reference: date,
) -> None:
    """'HANGZHOU, April 13 The X Forum was inaugurated in Hangzhou … Thursday morning, at 9:00': the day read
    first has no hour; another naming of the same day in the clause gives it."""
    for other in own_days:
        if other is mention or other.start_time is None or not clause[0] <= other.begin < clause[1]:
            continue
        other.future = mention.future
        resolved = resolve_mention(other, reference)
        if resolved is not None and resolved[0] == candidate.start:
            candidate.start_time, candidate.end_time = other.start_time, other.end_time
            return


def _dates_another(mention: DateMention, names: list[tuple[int, int, str, str]], index: int, sentence: str) -> bool:
    """'a lead-up to the Sept. 22-23 Summit of the Future': a day written just before another name is that one's;
    so is a day's possessive before it ("bookings for the X Festival, including for tonight's prestigious Y Awards")."""
    return any(
        other != index
        and mention.finish <= begin
        and (not sentence[mention.finish : begin].strip() or _DAYS_OWN_GAP.fullmatch(sentence, mention.finish, begin))
        for other, (begin, _, _, _) in enumerate(names)
    )


# "tonight's prestigious", "Sunday's": a day's possessive and up to two lowercase words before the name it dates
_DAYS_OWN_GAP = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}")


def _dates_a_noun(mention: DateMention, begin: int, sentence: str) -> bool:
    """'smarting from a defeat in the September 15 state elections': a day written between 'the' and a noun is that
    noun's, not the day of a meeting named elsewhere in the sentence ('the May 5 Example Fair' is the fair's)."""
    noun = _NOUN_AFTER.match(sentence, mention.finish)
    return (
        noun is not None
        and _DETERMINER_BEFORE.search(sentence, max(0, mention.begin - 8), mention.begin) is not None
        and not (mention.finish <= begin and not sentence[mention.finish : begin].strip())
        and not _A_MEETING_NOUN.match(noun.group("words"))  # 'The May 9-10 event will be the first X Conference'
    )


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+$", re.I)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|to|at|in|on|from|through|until|till|by|of|for|with|as|when|after|before|during|is|was|were"
    r"|are|will|would|has|had|morning|afternoon|evening|night|noon|midnight|edition|session)\b)"
    r"(?P<words>[A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*){0,2})"
)
_A_MEETING_NOUN = re.compile(rf"(?:\S+\s+){{0,2}}?(?:events?|opening|closing|launch|kick-?off|(?i:{_KIND}))\b", re.I)


def _dates_the_press_before(
    mention: DateMention, names: list[tuple[int, int, str, str]], index: int, sentence: str
) -> bool:
    """'told a news conference in Tokyo on Monday that … would attend the X Summit': a day written just after a
    press conference named before is that press conference's, not the meeting it speaks of."""
    return any(
        end <= mention.begin
        and _PRESS_EVENT_END.search(sentence, max(0, end - 24), end) is not None
        and _DAY_OF_IT_AFTER.fullmatch(sentence, end, mention.begin) is not None
        for _, end, _, _ in names[:index]
    )


def _dates_the_press_after(
    mention: DateMention, names: list[tuple[int, int, str, str]], index: int, sentence: str
) -> bool:
    """'Yesterday, at a crowded press conference in Leeds, festival chiefs hailed the programme', 'On Monday, at a
    news briefing in Paris, the fair's director said …': a day that opens the clause of a press conference named
    after it, before the meeting it speaks of, is that press conference's day."""
    return any(
        mention.finish <= begin
        and _PRESS_EVENT_END.search(sentence, max(0, end - 24), end) is not None
        and _AT_THE_PRESS_BEFORE.fullmatch(sentence, mention.finish, begin) is not None
        for begin, end, _, _ in names[:index]
    )


# ', at a crowded ', ' during a ': only the words that open the press event's phrase, between its day and its name
_AT_THE_PRESS_BEFORE = re.compile(r",?\s*(?:at|during)\s+(?:(?:a|an|the|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}", re.I)
_PRESS_EVENT_END = re.compile(r"\b(?:press|news|media)\s+(?:conference|briefing)$", re.I)
# 'here on', 'in Tokyo on', 'at the Foreign Ministry on': only where it was held, between the press event and its day
_DAY_OF_IT_AFTER = re.compile(
    r"\s*(?:(?:here|there)\s+)?(?:(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4})?(?:on\s+)?"
)


def _day_after_an_aside(
    mentions: list[DateMention], last: DateMention, name_end: int, clause_end: int, sentence: str
) -> DateMention | None:
    """'The X Games, running through Oct. 8, opened on Saturday': a last day set off by commas right after the
    name is an aside; the day the clause gives after it is the meeting's first."""
    if not _ASIDE_OF_ITS_RUN.fullmatch(sentence, name_end, last.begin):
        return None
    closed = sentence.find(",", last.finish, clause_end)
    if closed < 0:
        return None
    return next((m for m in mentions if closed < m.begin < clause_end), None)


# ', running through', ', which runs until': the words that open an aside on the run before its last day
_ASIDE_OF_ITS_RUN = re.compile(
    rf",\s+(?:which\s+(?:will\s+)?|that\s+(?:will\s+)?)?(?:runs?|running|lasts?|lasting|continues|continuing|"
    rf"goes\s+on|going\s+on)?\s*(?:until|till|through|{_RUNS_UP} to)\s+{_CLOSING_TIME}"
    r"(?:(?:next|this|coming|the\s+following)\s+)?",
    re.I,
)


def _nearest(
    mentions: list[DateMention], begin: int, end: int, clause_start: int, clause_end: int, sentence: str
) -> DateMention | None:
    # 'Associated with the X Conference, to run from the 4th to the 7th of July, will be the Y Dialogue': the
    # aside after the meeting named before dates that one
    aside = _ASIDE_OF_THE_ONE_BEFORE.match(sentence, clause_start) if clause_start else None
    if aside is not None and aside.end() <= begin:
        mentions = [m for m in mentions if not clause_start <= m.begin < aside.end()]
    inside = [m for m in mentions if clause_start <= m.begin < clause_end]
    if any(m.begin >= end for m in inside):  # 'X runs from 16 to 22 October and Y will take place on 21 October'
        inside = [m for m in inside if m.begin >= end or not _NEXT_CLAUSE.search(sentence, m.finish, begin)]
    later_day = [m for m in inside if m.begin >= end and _ALSO_ON.search(sentence, max(end, m.begin - 30), m.begin)]
    if len(later_day) < len(inside):  # 'on Monday, the 22nd, with the X Meeting, who will also sit on Wednesday'
        inside = [m for m in inside if m not in later_day]
    if (
        _LISTED_WITH_THE_NEXT.match(sentence, end)
        and inside
        and all(m.begin < begin and _NEXT_CLAUSE.search(sentence, m.finish, begin) for m in inside)
    ):  # '… run from April 19 to 22, while the X Show and the Y Conference will run from April 19 to 21': the
        # list shares the day after it, not the day of the clause before
        inside = [m for m in mentions if m.begin >= clause_end][:1]
    # 'X, originally set for May 14, will now take place on June 4': the day it had, when the clause gives another
    first_set = [m for m in inside if _FIRST_SET_BEFORE.search(sentence, max(0, m.begin - 50), m.begin)]
    if first_set and len(first_set) < len(inside):
        inside = [m for m in inside if m not in first_set]
    # 'originally scheduled for 24th to 27th March, will be postponed to 2nd to 5th June': the day it is moved to
    moved_to = [m for m in inside if _MOVED_TO_BEFORE.search(sentence, max(0, m.begin - 30), m.begin)]
    if moved_to:
        return moved_to[0]
    now_set = _now_set_for(inside, sentence)
    if now_set is not None:
        return now_set
    pool = inside or [m for m in mentions if m.begin < begin]
    if not pool:
        return None
    return min(pool, key=lambda m: (m.begin - end) if m.begin >= end else (begin - m.finish) * 4)


def _now_set_for(mentions: list[DateMention], sentence: str) -> DateMention | None:
    """'initially scheduled to hold on the 3rd of May, will now hold on the 20th of June': the day a meeting first
    set for one day is now set for, when the clause gives both."""
    first = next((m for m in mentions if _FIRST_SET_TO.search(sentence, max(0, m.begin - 50), m.begin)), None)
    if first is None:
        return None
    return next(
        (m for m in mentions if m.begin > first.finish and _NOW_SET_TO.search(sentence, max(0, m.begin - 40), m.begin)),
        None,
    )


# 'initially scheduled to hold on the', 'originally set for', 'first planned to take place from'
_FIRST_SET_TO = re.compile(
    r"\b(?:originally|initially|first|earlier|previously)\s+(?:scheduled|planned|set|slated|due|billed)\s+"
    r"(?:to\s+(?:hold|be\s+held|take\s+place|run|open|begin|start)\s+)?(?:on|for|from|between)?\s*(?:the\s+)?$",
    re.I,
)
# 'will now hold on the', 'is now set for', 'will now take place from'
_NOW_SET_TO = re.compile(
    r"\bnow\s+(?:be\s+)?(?:hold|held|take\s+place|taking\s+place|run|go\s+ahead|staged|set|scheduled|slated|due|"
    r"fixed|planned)\s+(?:on|for|from|between)\s+(?:the\s+)?$",
    re.I,
)


# 'a news conference on Sunday, the eve of the Republican National Convention': it opens the day after
_EVE_OF = re.compile(r",?\s+(?:on\s+)?the\s+eve\s+of\s+(?:the\s+)?")
_FIRST_SET_BEFORE = re.compile(
    r"\b(?:originally|initially|previously|first)\s+(?:(?:scheduled|planned|set|slated|due|meant)\s+)?"
    r"(?:to\s+(?:be\s+held|take\s+place|open|start|begin|run)\s+)?(?:for|on|from)?\s*(?:the\s+)?$"
    # 'X, postponed from May 30, will open on August 6': the day it is moved from
    r"|\b(?:postponed|moved|pushed\s+back|deferred|rescheduled|delayed|put\s+off|brought\s+forward)\s+from\s+"
    r"(?:the\s+)?$",
    re.I,
)
_MOVED_TO_BEFORE = re.compile(
    r"\b(?:postponed|moved|pushed\s+back|deferred|rescheduled|put\s+off|brought\s+forward)\s+(?:to|until|till)\s+"
    r"(?:the\s+)?$",
    re.I,
)


# 'the X Show and the Y', 'the X Show exhibition and the Y': a kind word may follow a name that has its own
_LISTED_WITH_THE_NEXT = re.compile(rf"(?:\s+(?i:{_KIND}))?\s*(?:,|,?\s*and|&)\s+(?:the\s+)?(?=[A-Z0-9])")


def _place(
    sentence: str, start: int, end: int, name_begin: int, name_end: int, countries: Collection[str] = ()
) -> PlaceMention | None:
    """The place of the meeting named at name_begin:name_end, from the clause start:end of `sentence`; a
    town too small for the gazetteer ('in Montego Bay') in one of `countries`, those the article names."""
    clause = _unquoted_unless_named(sentence, name_begin)[start:end]
    name = sentence[name_begin:name_end]
    # 'the team of Prof. Wang Li at City University of Hong Kong': where she works, and the city in its name
    affiliated = [
        (a, b) for a, b, _ in english_venues_in(clause) if _AFFILIATED_BEFORE.search(clause, max(0, a - 60), a)
    ]
    found = [
        (a, b, _city_of_district(p))
        for a, b, p in english_places_in(clause)
        if not (name_begin - start <= a < name_end - start) and (not clause[a:b].isupper() or p.kind == "venue")
    ]
    found = [
        f
        for f in _without_address_parts(clause, found)
        if not _BEARING_FROM.search(clause, 0, f[0])
        and not (_NAME_GOES_ON.match(clause, f[1]) and not _CITY_VENUE.match(clause, f[1]))
        and not _STANCE_BEFORE.search(clause, max(0, f[0] - 5), f[0])
        and not _TOPIC_PLACE_BEFORE.search(clause, max(0, f[0] - 40), f[0])
        and not (_CREDITED_TO_AFTER.match(clause, f[1]) and not _AT_OR_IN_BEFORE.search(clause, 0, f[0]))
        and not _MAKERS_COUNTRY_BEFORE.search(clause, max(0, f[0] - 60), f[0])
        and not _WHOSE_PEOPLE_AFTER.match(clause, f[1])
        and not _WHOSE_BEFORE.search(clause, max(0, f[0] - 40), f[0])
        and not any(x <= f[0] < y for x, y in affiliated)
        and not _place_of_another(clause, f[0])
        and not _KEPT_AWAY_BEFORE.search(clause, max(0, f[0] - 120), f[0])
        and not _said_of(clause, name_end - start, f[0])
        and not _REPORTED_IN_BEFORE.search(clause, max(0, name_end - start, f[0] - 50), f[0])
        and not _after_an_opening_time_phrase(sentence, name_begin, name_end, start + f[0])
    ]
    if not any(place.kind == "city" for _, _, place in found):
        found = sorted(found + english_capitals_in(clause), key=lambda f: f[0])  # 'in the Kenyan capital'
    found = [f for f in found if not _SPONSOR_IN.search(clause, max(0, f[0] - _SPONSOR_REACH), f[0])]
    item_start = sentence.rfind(";", 0, name_begin)  # '…, at London's X Centre; and the Y Congress': the item before's
    for a, b, place in english_venues_in(sentence):
        city = place.city_place
        if _AFFILIATED_BEFORE.search(sentence, max(0, a - 60), a):
            continue  # 'the team of Prof. Wang Li at City University of Hong Kong': where she works
        if a < item_start:
            continue
        if a >= end:
            break  # '… the first X Conference, a lead-up to the Y Summit at the UN headquarters': the next one's venue
        if city is not None and not (name_begin <= a < name_end) and not _venue_elsewhere(sentence, b, city):
            return PlaceMention(city, city.name_en, sentence[a:b], cue="venue")
    name_end = name_begin - start
    venue = None
    for a, b, place in found:
        if place.kind == "venue":
            city = place.city_place
            venue = clause[a:b]
            # 'the Kuala Lumpur Convention Centre' by its short name, or a venue's acronym ('COEX', 'IFEMA'); not a
            # one-word name that may be a person's ('Harpa')
            if city is not None and (place.name_en.startswith(city.name_en) or (venue.isupper() and len(venue) >= 4)):
                return PlaceMention(city, city.name_en, venue, cue="venue")
    after_name = [f for f in found if f[2].kind == "city" and f[0] >= max(0, name_end - 1)]
    if after_name:
        # '… Exhibition in Celebration of the Return of Hong Kong to the Motherland in Nanning': the first city 'in'
        # or 'at' names, before one the clause only mentions
        a, b, place = min(after_name, key=lambda f: _AT_OR_IN_BEFORE.search(clause, 0, f[0]) is None)
        own = _city_in_name(name, countries)
        if own is not None and own.place.name != place.name and not _AT_OR_IN_BEFORE.search(clause, 0, a):
            return own  # '… at 2019 London Craft Week, and the signing of … Shanghai's museum': another item's
        return PlaceMention(place, clause[a:b], venue)
    for a, b, place in found:
        if place.kind == "city":
            return PlaceMention(place, clause[a:b], venue)
    for a, b, place in english_towns_in(clause, countries):
        if _place_of_another(clause, a) or _AFFILIATED_BEFORE.search(clause, max(0, a - 75), a - len("University of ")):
            continue  # ('a professor at the University of Windsor': where she works)
        if not _SPONSOR_IN.search(clause, max(0, a - _SPONSOR_REACH), a):
            return PlaceMention(place, clause[a:b], venue)
    beside = _town_beside_its_area(clause)
    if beside is not None:
        return PlaceMention(beside, beside.name_en, venue, cue="town")
    for a, b, place in found:
        if place.kind in ("country", "region") and _IN_BEFORE.search(clause[:a]):
            return PlaceMention(place, "", venue)
    return None


def _said_of(clause: str, name_end: int, at: int) -> bool:
    """'Speaking at the ceremony, he said Hong Kong was honoured …': a place a speaker names after the meeting, as
    what he speaks of ('in' or 'at' it would say where)."""
    return (
        0 <= name_end <= at
        and _SPOKEN.search(clause, name_end, at) is not None
        and _AT_OR_IN_RIGHT_BEFORE.search(clause, max(0, at - 4), at) is None
    )


_SPOKEN = re.compile(rf"\b(?:{_SPEECH_VERBS}|says|added|noted)\b")
# 'Following the gala, Perth stages a fun run': a meeting that only times what the sentence tells
_OPENING_TIME_PHRASE = re.compile(r"^\W*(?:After|Following|Before|Ahead\s+of|Prior\s+to)\s+(?:the\s+|this\s+)?$")


def _after_an_opening_time_phrase(sentence: str, name_begin: int, name_end: int, at: int) -> bool:
    """'After the awards, the winners fly to Perth': a place past the comma that closes a phrase of time opening
    the sentence with the meeting is where the sentence's own subject is, not the meeting."""
    return _OPENING_TIME_PHRASE.match(sentence[:name_begin]) is not None and "," in sentence[name_end:at]


# '… will host the X Summit on July 3 and 4, it was announced Friday in Lisbon': where it was said, after the
# meeting's words, not where it is held (not 'was confirmed for May 3 in Lisbon')
_REPORTED_IN_BEFORE = re.compile(
    r"\b(?:said|told\s+reporters|announced|stated|reported|disclosed|revealed)\b"
    r"(?:\s+(?!(?:for|to|that)\b)[\w'’]+){0,3}?\s+in\s+(?:the\s+)?$"
)
_AT_OR_IN_RIGHT_BEFORE = re.compile(r"\b(?:in|at)\s+$")


# 'in Kidwelly, Carmarthenshire', 'in Screggan, Tullamore, Co Offaly', 'held in Kevadia, Gujarat', 'in Sancheong,
# South Gyeongsang Province': a town too small for the gazetteer, written before the county, province, state or
# country it lies in; a Chinese town the gazetteer knows also as 'in the river town of Wuzhen in east China's Zhejiang
# Province' or 'in Boao, south China's island province of Hainan'
_SIDE = r"(?:(?:north|south)(?:east|west)?|east|west|central)(?:ern)?\s+"
_CHINAS_AREA = (
    rf"(?:(?:{_SIDE})?China['’]s\s+|the\s+(?:{_SIDE})?)(?:(?:island|coastal|border|inland)\s+)?(?:province\s+of\s+)?"
)
_TOWN_BESIDE_AREA = re.compile(
    r"\b(?P<held>(?:held|hosted|staged|take\s+place|takes\s+place|taking\s+place|took\s+place)\s+)?in\s+"
    r"(?:the\s+(?:[a-z]+\s+)?town\s+of\s+)?"
    r"(?:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s+)?(?P<town>[A-Z][a-z]{2,}(?:\s[A-Z][a-z]{2,})?)"
    rf"(?:,\s+(?P<china>{_CHINAS_AREA})?|\s+in\s+(?P<in_china>{_CHINAS_AREA}))"
    r"(?P<area>(?:Co\.?|County)\s+[A-Z][a-z]+|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\s+[Pp]rovince|[A-Z][a-z]+(?:shire|\s+County)"
    r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)"
    r"(?=\s*(?:[,.;:()]|$|(?:on|from|in|at|this|next|last|until|to|between)\b))"
)
_COUNTY = re.compile(r"^(?:Co\.?|County)\s|(?:shire|\sCounty|\s[Pp]rovince)$")
# what a capitalised word before a comma names besides a town: a building, a street, a day
_NO_TOWN = re.compile(
    rf"\b(?:Hall|House|Cent(?:er|re)|Park|Street|Road|Avenue|Square|Stadium|Arena|Hotel|University|College|School|"
    rf"Church|Cathedral|Campus|Building|Grounds?|Field|Theat(?:re|er)|Museum|Library|Parliament|Court|Palace|"
    rf"Village|Island|Airport|Station|Port|Bay|Beach|Lake|River|Valley|Region|Province|State|District|America|"
    rf"Africa|Asia|Europe|Oceania)$|^{_DAY_WORD}"
    r"|^(?:Central|Downtown|Midtown|Uptown|North|South|East|West|Northern|Southern|Eastern|Western|Greater|Upper|Lower)$"
)


def _town_beside_its_area(clause: str) -> Place | None:
    """A town the gazetteer lacks, named beside its county ('Co Offaly', 'Carmarthenshire'), or beside a state,
    region or country the gazetteer knows, or right after 'held in' ('held in Kevadia, Gujarat')."""
    for match in _TOWN_BESIDE_AREA.finditer(clause):
        town, area = match.group("town"), match.group("area")
        known = find_place(town)
        province = area.removesuffix(" province").removesuffix(" Province")
        if known is not None and known.kind == "city" and known.country == "中国" and known.region_en == province:
            return known  # 'in Wuzhen, Zhejiang province': a small Chinese town, found beside its province only
        if _NO_TOWN.search(town) or known is not None or match.group("china") or match.group("in_china"):
            continue  # a known place is found as one ('in Westminster, London': London)
        named = find_place(area)
        an_area = named is not None and named.kind in ("region", "country")
        states = english_countries_named(area)
        if not (_COUNTY.search(area) or an_area or states or match.group("held")):
            continue
        country = named if an_area and named is not None else None
        return Place(
            kind="city",
            name=town,
            name_en=town,
            region=None,
            region_en=area if named is None or named.kind == "region" else None,
            country=country.country if country else None,
            country_en=country.country_en if country else next(iter(states), None),
            latitude=None,
            longitude=None,
            timezone=None,
            population=0,
        )
    for match in _CITY_OF.finditer(clause):  # 'in the Argentine city of Puerto Iguazu': a town called one
        town = match.group("town")
        if find_place(town) is not None or _NO_TOWN.search(town):
            continue
        return Place(
            kind="city",
            name=town,
            name_en=town,
            region=None,
            region_en=None,
            country=None,
            country_en=next(iter(english_countries_named(match.group())), None),
            latitude=None,
            longitude=None,
            timezone=None,
            population=0,
        )
    return None


# ('in the Jordanian resort of Shuneh', 'in the seaside resort of Example Bay': a resort is a town too)
_CITY_OF = re.compile(
    r"\b(?:in|at)\s+the\s+(?:[A-Z][a-z]+\s+|(?:seaside|coastal|beach|lakeside|mountain|ski|holiday)\s+)?"
    r"(?:city|town|resort(?:\s+(?:city|town))?)\s+of\s+(?P<town>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+){0,2})"
)


def _apposed_meeting(sentence: str, names: list[tuple[int, int, str, str]], index: int) -> bool:
    """', the guest at the 2024 Y Expo, was held': the index-th name ends an apposition set off by commas after the
    name before it, and the sentence's verb follows the apposition's closing comma."""
    return (
        0 < index < len(names)
        and _APPOSITION_TO_A_NAME.fullmatch(sentence, names[index - 1][1], names[index][0]) is not None
        and _VERB_AFTER_AN_APPOSITION.match(sentence, names[index][1]) is not None
    )


_APPOSITION_TO_A_NAME = re.compile(
    r"\s*,\s+(?:the|an?)\s+(?:[\w'’-]+\s+){0,5}?(?:at|of|for|during|in|to)\s+(?:the\s+)?", re.I
)
_VERB_AFTER_AN_APPOSITION = re.compile(
    r"\s*,\s+(?:(?:was|were|is|are|has|had|will)(?:\s+be)?|opened|opens|closed|closes|began|begins|took|takes|"
    r"kicked|kicks|got|gets)\b"
)


def _clause_start(sentence: str, names: list[tuple[int, int, str, str]], index: int) -> int:
    """Where the clause of the index-th name starts: after the name before it, unless that one is a description
    the name stands beside ('will inaugurate the largest book fair of the country, 'Ekushey Book Fair', on
    Thursday': the verb before the description is the name's too)."""
    while (
        index
        and names[index - 1][3][:1].islower()
        and _APPOSED.fullmatch(sentence, names[index - 1][1], names[index][0])
    ):
        index -= 1
    return names[index - 1][1] if index else 0


def _part_of_start(sentence: str, names: list[tuple[int, int, str, str]], index: int, clause_start: int) -> int:
    """Where the clause of the name before starts when that one is a bare lowercase part ('ceremony', 'opening')
    the index-th name is 'of' ('the opening ceremony of the maiden X Cup'); else `clause_start`."""
    if (
        index
        and names[index - 1][3][:1].islower()
        and _PART_OF.fullmatch(sentence, names[index - 1][1], names[index][0])
    ):
        return _clause_start(sentence, names, index - 1)
    return clause_start


# ' of the maiden ', ' of the 5th ': between a part and the meeting it is of
_PART_OF = re.compile(r"\s+of\s+(?:the\s+|an?\s+)?(?:[a-z0-9][\w'’-]*\s+){0,2}")
_PLACE_FOR = re.compile(r"(?P<place>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?)\s+for\s+(?=[A-Z])")
_APPOSED = re.compile(r"\s*,\s*(?:the\s+)?['‘“\"]?")
# 'a', 'the', 'this', 'their' and up to three words before a noun: a thing, not the bare noun of an activity
_DETERMINED_BEFORE = re.compile(
    r"\b(?:an?|the|this|that|these|those|its|their|his|her|our|each|every|another)\s+"
    r"(?:(?!(?:of|for|to|in|on|through|by|with)\s)[\w'’-]+\s+){0,3}$",
    re.I,
)
_OPENING_BRACKET = re.compile(r"\s*\(\s*(?:[a-z][\w-]*\s+){0,3}")
_CLOSING_BRACKET = re.compile(r"\s*\)")
_ALIAS_OPENING_BRACKET = re.compile(r"\s*\(\s*(?:the\s+)?[\"“‘']?\.?")
_ALIAS_CLOSING_BRACKET = re.compile(r"[\"”’']?\s*\)")
_APPOSITION_OF = re.compile(
    r"\s*[,–—-]\s+(?:(?:a|an|one)\s+(?:[\w-]+\s+){0,3}(?:of|at|during|within)\s+(?:the\s+)?"
    # 'The X Summit - held as part of the Y Forum on Sept 7 - covered …': the day is the part's
    r"|(?:held|hosted|staged|organi[sz]ed)\s+(?:as\s+(?:a\s+)?part\s+of|during|within|on\s+the\s+sidelines\s+of)"
    r"\s+(?:the\s+)?"
    # 'The Hanover industrial fair 2010, the world's leading annual expo for industry, …': what it is
    r"|the\s+(?:world|country|nation|region|continent|city)['’]s\s+(?:[\w-]+\s+){0,2})"
)
# 'he was unable to attend the conclave due to his presence at the inaugural of the new Parliament building in
# Delhi': where what kept him away was held
_KEPT_AWAY_BEFORE = re.compile(
    r"\b(?:unable\s+to|could\s+not|couldn['’]t|did\s+not|didn['’]t|can(?:not|['’]t))\s+attend\b"
    r"[^.;]{0,60}?\b(?:due\s+to|because\s+of|owing\s+to)\b[^.;]*$"
)


# 'years after the first one in Guadalajara', 'as at the previous edition in Lisbon': an earlier edition's place
_EARLIER_EDITION_BEFORE = re.compile(
    r"\b(?:(?:after|since|than|at)\s+the\s+(?:first|inaugural|previous|last|earlier)|the\s+(?:previous|earlier))"
    r"\s+(?:one|edition)\s+(?:held\s+)?in\s+(?:the\s+)?$"
)
# 'professor at the University of Texas at Austin': the campus a speaker comes from, part of the school's name
_CAMPUS_OF_A_UNIVERSITY_BEFORE = re.compile(r"\bUniversity\s+of\s+(?:[A-Z][\w'’.-]*\s+){1,3}at\s+$")
# 'organized by the Ministry and a university based in Abu Dhabi', 'a society headquartered in Geneva': where an
# organiser sits, not where the meeting is
_BASED_IN_BEFORE = re.compile(r"\b(?:based|headquartered)\s+in\s+(?:the\s+)?$")


def _place_of_another(clause: str, at: int) -> bool:
    """The place at `at` is said of someone or something else: the campus a speaker comes from, where a body is
    based, where an earlier edition was held."""
    return bool(
        _CAMPUS_OF_A_UNIVERSITY_BEFORE.search(clause, max(0, at - 60), at)
        or _BASED_IN_BEFORE.search(clause, max(0, at - 20), at)
        or _EARLIER_EDITION_BEFORE.search(clause, max(0, at - 60), at)
    )


# a scholar's post: 'Prof. Wang Li at', 'researchers from the', 'a team of scientists at'
_AFFILIATED_BEFORE = re.compile(
    r"\b(?:Prof(?:essor)?\.?|Dr\.|(?i:researchers?|scientists?|scholars?|teams?|students?|lecturers?|dean|professors?))"
    # 'professor of management at the University of …': the field taught, in lowercase, before where
    r"(?:\s+(?:of\s+)?[A-Z][\w'’.-]*|\s+(?:of|in)\s+(?:the\s+)?[a-z]+(?:\s+and\s+[a-z]+)?){0,4}\s+(?:at|of|from)\s+(?:the\s+)?$"
)


def _unquoted_unless_named(sentence: str, name_begin: int) -> str:
    """'“We sold machines to Singapore,” he told reporters at the launch of the X Fair here': the places a speaker
    names in quoted words are not where the meeting the report names outside them is."""
    if not any(quote.start() <= name_begin < quote.end() for quote in _QUOTED.finditer(sentence)):
        return _unquoted(sentence)
    return sentence


def _venue_elsewhere(sentence: str, venue_end: int, city: Place) -> bool:
    """'at the United Nations headquarters in Kenya': the place written after a venue says which of its kind it
    is, and it is not the one in `city`; so does a city of its country the sentence goes on to put the meeting in
    ('at SMX Convention Center, SM Lanang, … in Davao City': the chain's hall there, not Manila's)."""
    written_in = _IN_AFTER.match(sentence, venue_end)
    if written_in is None:
        later = next(
            (
                place
                for a, _, place in english_places_in(sentence[venue_end:])
                if _AT_OR_IN_RIGHT_BEFORE.search(sentence, max(0, venue_end + a - 4), venue_end + a)
            ),
            None,
        )
        if later is None or later.kind not in ("city", "district"):
            return False
        later = _city_of_district(later)
        return later.country_en == city.country_en and later.name_en != city.name_en
    after = english_places_in(sentence[written_in.end() : written_in.end() + 40])
    if not after or after[0][0] != 0:
        return False
    other = after[0][2]
    return other.country_en != city.country_en or (other.kind == "city" and other.name_en != city.name_en)


_IN_AFTER = re.compile(r",?\s+in\s+(?:the\s+)?")


# 'inaugurated the … Congress through video conferencing': who opened or addressed it was elsewhere ('held here
# today the first … forum via video link' is held here)
_BY_VIDEO = re.compile(
    r"\b(?:inaugurated|opened|addressed|attended|joined|declared)\b[^.;]{0,160}?"
    r"\b(?:through|via|by|over)\s+(?:a\s+)?video[\s-]?(?:conferenc(?:e|ing)|link)\b",
    re.I,
)


def _elsewhere(clause: str, dateline: PlaceMention | None) -> bool:
    """'Nairobi — The conference will be held from Monday at the Kirinyaga University, Kirinyaga County': the
    clause puts the meeting in a county, province or state other than the dateline's city."""
    if dateline is None:
        return False
    area = _AREA.search(clause)
    if area is not None and area.group("area") != dateline.place.name_en:
        return True
    # 'will be held in Kevadia, Gujarat' under a NEW DELHI dateline: a town and its area, neither the dateline's
    named = dateline.place
    known = {named.name_en, named.region_en, named.country_en}
    if any(
        town.group("town") not in known and town.group("area") not in known for town in _TOWN_AND_AREA.finditer(clause)
    ):
        return True
    # 'NAIROBI — … the Devolution Conference taking place in Kirinyaga': held in a place the gazetteer does not know
    return any(
        held.group("place") not in known and not english_places_in(held.group("place"))
        for held in _HELD_IN_UNKNOWN.finditer(clause)
    )


_AREA = re.compile(
    r"\b(?P<area>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:County|Province|State|Region|District|Prefecture)\b"
)
# 'taking place in Kirinyaga.', 'will be held in Killorglin,': one or two capitalised words after a verb of holding
# and 'in', then the clause's end (not 'held in March', 'held in Parliament House', 'held in English')
_HELD_IN_UNKNOWN = re.compile(
    r"\b(?:tak(?:es|ing)\s+place|(?:is|are|was|were|be|being)\s+held|(?:will\s+)?take\s+place)\s+in\s+"
    rf"(?!(?:{MONTH_NAMES}|English|French|Chinese|Arabic|Spanish|Parliament|Congress|Person|Public|Private|Camera)\b)"
    r"(?P<place>[A-Z][a-z]{3,}(?:\s[A-Z][a-z]{3,})?)(?=\s*(?:[.,;:]|$))"
)
_TOWN_AND_AREA = re.compile(
    r"\bin\s+(?P<town>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+(?P<area>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b(?!\s+[A-Z])"
)


def _city_of_district(place: Place) -> Place:
    """'in Liangjiang New Area': a district English text names (data/venues.tsv) is in its city."""
    return (place.city_place or place) if place.kind == "district" else place


def _without_address_parts(clause: str, found: list[tuple[int, int, Place]]) -> list[tuple[int, int, Place]]:
    """'Victoria Island, Lagos': a place written before a city of another country, as in an address, is a part
    of that city named like a foreign one ('Nusa Dua, Bali' is a town in Bali and stays)."""
    kept = []
    for index, (a, b, place) in enumerate(found):
        following = found[index + 1] if index + 1 < len(found) else None
        if (
            following is not None
            and following[2].kind == "city"
            and following[2].country_en != place.country_en
            and _ADDRESS_PART.fullmatch(clause[b : following[0]])
        ):
            continue
        kept.append((a, b, place))
    return kept


_SENTENCE_OPENER = (  # a capitalised word that starts a sentence and goes on no name
    r"(?:In|On|At|The|A|An|After|During|Meanwhile|However|He|She|It|They|We|This|These|Its|His|Her|Their)\s"
)
_ADDRESS_PART = re.compile(r"(?:\s+[A-Z][a-z]+)*\s*,\s*")
# 'opens at the Example City History Museum', 'at Paris Diderot University': a museum, gallery, theatre or university
# named for its city stands in it
_CITY_VENUE = re.compile(
    r"(?:\s+[A-Z][a-z]+){1,3}\s+(?:Museum|Gallery|Library|Theat(?:re|er)|Opera\s+House|University)\b"
)
# 'starring Sydney Marlowe', 'the Washington Post', 'the Toronto Raptors': a city's name that goes on into
# another capitalised word is part of another name ('Lagos State', 'Xuhui District', 'Paris Monday', 'Lima Convention
# Center' are not, nor 'Lahore Cantonment', a city's army quarter, nor 'Colombo In an interview', a line that lost
# its stop and ran into the next sentence)
_NAME_GOES_ON = re.compile(
    rf"\s(?!{_DAY_WORD}|{_SENTENCE_OPENER}|(?:State|Province|City|County|Districts?|Prefecture|Municipality|Town|"
    r"Township|Village|Islands?|Airport|Station|Port|Harbou?r|Bay|Beach|Region|Metropolitan|Convention|Cent(?:er|re)|"
    r"Exhibition|Expo|Hall|Stadium|Arena|Hotel|International|Conference|Congress|Trade|World|Olympic|University|"
    r"Palace|Plaza|Park|Square|Cantonment)\b)[A-Z][a-z]"
)


def goes_on_into_another_name(text: str, end: int) -> bool:
    """'Florence Devouard spoke', 'the Washington Post': the city's name that ends at `end` is the start of another
    name (not 'Lima Convention Center' nor 'Shanghai History Museum', which are in the city)."""
    return _NAME_GOES_ON.match(text, end) is not None and _CITY_VENUE.match(text, end) is None


_NAME_START = re.compile(
    r"(?:(?:the|The|\d{4}|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual)"
    r"\s+){0,2}"
)
_FIRST_WORD = re.compile(_NAME_START.pattern + r"(?P<town>[A-Z][a-z]+)\s+(?=[A-Z])")  # 'the Brighton Marathon'
_TOWN_INTERNATIONAL = re.compile(_NAME_START.pattern + r"(?P<town>[A-Z][a-z]+)\s+International\s+(?=[A-Z])")
_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")
_LARGEST = 1_000_000


def _largest(place: Place) -> bool:
    return place.kind == "city" and place.population >= _LARGEST


def _words_of(name: str) -> list[tuple[int, int]]:
    """The spans of a name's capitalised words and of each two of them in a row ('New Delhi')."""
    words = [m.span() for m in _CAPITALISED.finditer(name)]
    pairs = [(a[0], b[1]) for a, b in zip(words, words[1:]) if name[a[1] : b[0]] == " "]
    return pairs + words


def _held_where_its_name_says(name: str, named_city: PlaceMention | None, dateline: PlaceMention | None) -> bool:
    """'PUTRAJAYA — … at the Expo 2020 Dubai': a name that carries a city of another country than the dateline's
    is held there, not where the report comes from; but a body named for a city meets anywhere ('Shanghai
    Cooperation Organisation summit'). So is a festival or fair named for another city of the dateline's country."""
    if named_city is None or dateline is None:
        return False
    if named_city.place.country_en == dateline.place.country_en:
        # 'AMMAN — The 5th Irbid Festival for Culture and Arts': the city in the name's first words
        opening = _NAME_START.match(name)
        return (
            named_city.place.name != dateline.place.name
            and opening is not None
            and name.startswith(named_city.surface, opening.end())
            and _HELD_WHERE_NAMED.search(name) is not None
        )
    city_end = name.find(named_city.surface) + len(named_city.surface)
    return not _NAMED_FOR_A_CITY.match(name, city_end)


_HELD_WHERE_NAMED = re.compile(r"\b(?:Festival|Carnival|Fair|Expo|Marathon)\b")


# 'the 32nd Governing Body meeting convened here today to prepare for the fair in New Delhi': where the report
# is written, whatever other place the sentence goes on to name
_HELD_HERE = re.compile(
    r"\s+(?:(?:was|were|is|being|has\s+been)\s+)?(?:convened|held|hosted|organi[sz]ed|opened|inaugurated|began|"
    r"started|underway|under\s+way|that\s+opened|that\s+began|which\s+opened|which\s+began)?\s*here\b"
)
# what a city names besides the place it is held in: 'Shanghai Cooperation Organisation', 'Paris Agreement'
_NAMED_FOR_A_CITY = re.compile(
    r"\s+(?:Cooperation|Organi[sz]ation|Group|Process|Club|Agreement|Accord|Declaration|Pact|Protocol|Consensus|"
    r"Initiative|Principles|Convention|Treaty|Format|Dialogue)\b"
)


def _sizeable_town(
    match: re.Match[str], countries: Collection[str], anywhere: bool = False
) -> list[tuple[int, int, Place]]:
    """The town that `match` names at the start of a meeting's name, as a city found there, when it has 50,000
    people or more: a smaller one's name starts many a name that is not its ('Green Festival' in Ohio)."""
    town = english_town(match.group("town"), countries, anywhere=anywhere)
    if town is None or town.population < SMALL_TOWN:
        return []
    return [(match.start("town"), match.end("town"), town)]


def _city_in_name(name: str, countries: Collection[str] = ()) -> PlaceMention | None:
    """'Shanghai Forum 2019', 'the 2024 Vilnius Tech Summit': a big city that the name itself carries, or a
    smaller one that starts a longer name ('Cannes International Film Festival'); one of the world's largest
    anywhere in it ('Kashish Mumbai International Queer Film Festival'); a town that starts it ('Brighton
    Marathon') when it lies in one of `countries`, those the article names."""
    words = len(name.split())
    found = english_places_in(name)
    showcase = _SHOWCASE.search(name)
    if showcase is not None and any((a, b) == showcase.span("place") for a, b, _ in found):
        return None  # 'Hong Kong Week' at the Shanghai Expo, 'Macao Day' at a fair: a place shown elsewhere
    for a, b, place in found:  # '12th China Changchun Auto Expo': the country hides the city after it
        if place.kind == "country":
            found = found + english_places_in(name[:a] + " " * (b - a) + name[b:])
    cities = [
        (a, b, p)
        for a, b, p in found
        if p.kind == "city"
        and (p.population >= 500_000 or (_NAME_START.fullmatch(name[:a]) and p.population >= 50_000 and words >= 3))
    ]
    if not cities:
        cities = [(a, b, p) for a, b in _words_of(name) if (p := find_place(name[a:b])) is not None and _largest(p)]
    # "Glasgow's European Championships"; not "Victoria's Secret Fashion Show", a brand's
    if not cities and (owner := _CITY_OWNER.match(name)) is not None:
        owned = find_place(owner.group("city"))
        big = owned is not None and owned.kind == "city" and owned.population >= 500_000
        cities = [(owner.start("city"), owner.end("city"), owned)] if big and owned is not None else []
        # "Kettering's Pleasure Park Festival" in a story that names its county or country: a town's own
        town = english_town(owner.group("city"), countries) if not cities and countries and owned is None else None
        if town is not None and town.population >= SMALL_TOWN and not _WORD_OWNER.fullmatch(owner.group("city")):
            cities = [(owner.start("city"), owner.end("city"), town)]
    if not cities and countries and (first := _FIRST_WORD.match(name)) is not None:
        cities = _sizeable_town(first, countries)
    # 'the 40th Galway International Arts Festival' in a story that names no country of its: a town before
    # 'International' at the name's start, when it is the one town of that name
    if not cities and words >= 3 and (first := _TOWN_INTERNATIONAL.match(name)) is not None:
        cities = _sizeable_town(first, countries, anywhere=True)
    if len({p.name for _, _, p in cities}) != 1:
        return None
    a, b, place = cities[0]
    return PlaceMention(place, name[a:b], cue="name")


# a given name or an everyday word before "'s" is a person's or a thing's, whatever town bears it ('Victoria's Secret')
_WORD_OWNER = re.compile(
    r"Victoria|Alice|Ada|Anna|Shirley|Stanley|Marion|Beverly|Jackson|Lincoln|Washington|Franklin|Madison|"
    r"Hamilton|Lawrence|Warren|Jefferson|Kingston|Jordan|Austin|Charlotte|Florence|Sherman|Clinton|Bell|Young"
)
_CITY_OWNER = re.compile(r"(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)['’]s\s+(?=(?:annual\s+|yearly\s+)?[A-Z0-9])")


def shows_its_place(candidate: Candidate) -> bool:
    """'Macao Week' placed in Macao: the place its name shows (_SHOWCASE), which is not where it is held."""
    showcase = (_SHOWCASE.search(candidate.name) or _SHOWCASE_ZH.search(candidate.key)) if candidate.place else None
    shown = find_place(showcase.group("place")) if showcase is not None else None
    return shown is not None and candidate.place is not None and shown.name == candidate.place.place.name


# a place's own week, day or pavilion and nothing more: a showing of that place, mostly held in another
# ('Hong Kong Film Week', 'Hong Kong Cinema' in San Francisco: the place's films shown there)
_SHOWCASE_TOPIC = r"(?:Films?|Movies?|Culture|Cultural|Heritage)"  # not design or fashion weeks, held where named
_SHOWCASE = re.compile(
    rf"\b(?P<place>[A-Z][\w'’.-]*(?:\s+(?!{_SHOWCASE_TOPIC}\b)[A-Z][\w'’.-]*){{0,2}})"
    rf"\s+(?:{_SHOWCASE_TOPIC}\s+)?(?:Week|Day|Pavilion|Cinema)\b"
)
# '…世园会“海口日”', '…进博会“荷兰国家日”': the quoted day of a place at a meeting held elsewhere
_SHOWCASE_ZH = re.compile(r"[“「『\"](?P<place>[\u4e00-\u9fff]{2,6}?)(?:国家)?[日周][”」』\"]")


def _place_within(city: str, place: Place, within: str) -> Place | None:
    """'ST. PETERSBURG, Fla.' is no Russian city, 'BIRMINGHAM, Ala.' no English one: the place of that name in
    the US state or the country the dateline names after it, or none."""
    if within.replace(" ", "") == "D.C.":  # 'WASHINGTON, D.C. —': the capital, not the state
        return place if place.country_en == "United States" and place.region_en != "Washington" else None
    state = _STATE_ABBREVIATIONS.get(within.rstrip("."), within.rstrip("."))
    if state in _US_STATES:
        if place.region_en == state:
            return place
        # the gazetteer's big cities have no state: 'AUSTIN, Texas' is the one, 'PORTLAND, Maine' the town
        town = find_town(city, {state})
        return town or (place if place.region_en is None and place.country_en == "United States" else None)
    named = english_countries_named(within)
    return place if place.country_en in named else find_town(city, named)


_STATE_ABBREVIATIONS = {  # AP style, the ones a dateline abbreviates
    "Ala": "Alabama", "Ariz": "Arizona", "Ark": "Arkansas", "Calif": "California", "Colo": "Colorado",
    "Conn": "Connecticut", "Del": "Delaware", "Fla": "Florida", "Ga": "Georgia", "Ill": "Illinois",
    "Ind": "Indiana", "Kan": "Kansas", "Ky": "Kentucky", "La": "Louisiana", "Md": "Maryland",
    "Mass": "Massachusetts", "Mich": "Michigan", "Minn": "Minnesota", "Miss": "Mississippi", "Mo": "Missouri",
    "Mont": "Montana", "Neb": "Nebraska", "Nev": "Nevada", "Okla": "Oklahoma", "Ore": "Oregon",
    "Pa": "Pennsylvania", "Tenn": "Tennessee", "Vt": "Vermont", "Va": "Virginia", "Wash": "Washington",
    "Wis": "Wisconsin", "Wyo": "Wyoming",
}  # fmt: skip
_US_STATES = {*_STATE_ABBREVIATIONS.values(), "Alaska", "Hawaii", "Idaho", "Iowa", "Maine", "Ohio", "Texas", "Utah"}


def _day_only_dateline(text: str, reference: date | None) -> int:
    """Where 'March 10, 2020 — ' opening the report ends, when its day is within three days of the report's (a
    listing's first line, 'June 4, 2020 — Example Forum', is a meeting's, weeks ahead) and its first sentence tells
    of a meeting to come or put off ('… decided to postpone the X Congress'): the release's own day, not that
    meeting's; else 0. ('March 10, 2020 — The X Summit opened in Vienna' keeps the day: the report's may be its.)"""
    match = _DAY_ONLY_DATELINE.match(text)
    if match is None or reference is None:
        return 0
    first = _SENTENCE.split(text[match.end() : match.end() + 600], maxsplit=1)[0]
    if not (_FUTURE.search(first) or _POSTPONED.search(first) or _CANCELLED.search(first)):
        return 0
    month = MONTHS.get((match.group("m") or match.group("m2"))[:3].lower())
    try:
        day = date(int(match.group("y")), month or 0, int(match.group("d") or match.group("d2")))
    except ValueError:  # no month, or no such day
        return 0
    return match.end() if abs((day - reference).days) <= 3 else 0


def _dateline(text: str, reference: date | None) -> tuple[PlaceMention | None, date | None, tuple[int, int]]:
    """'SHANGHAI, May 3 (Xinhua) --', 'BEIJING (Reuters) -', 'SINGAPORE —': the city reported from, the day,
    and where the dateline ends."""
    match = (
        _RELATIVE_DAY_DATELINE.match(text)
        or _SITES_DATELINE.match(text)
        or _BRACKETED_DAY_DATELINE.search(text[:600])
        or _DATELINE.search(text[:600])
        or _TITLE_CASE_DATELINE.search(text[:600])
        or _DAY_FIRST_DATELINE.search(text[:600])
        or _SLASH_YEAR_DATELINE.match(text)
        or _BARE_DATELINE.match(text)
        or _BYLINE_DATELINE.search(text[:600])
    )
    if match is None:
        return None, None, (0, 0)
    month = match.group("m")[:3].lower() if match.groupdict().get("m") else None
    if month is not None and month not in MONTHS:
        return None, None, (0, 0)
    city = match.group("city") or ""
    place: Place | None = find_place(city.title()) if city else None
    if place is None and city.upper().endswith(" CITY"):  # 'QUEBEC CITY, Canada (CNN) --': the gazetteer's Quebec
        place = find_place(city[: -len(" CITY")].title())
    within = match.groupdict().get("within")
    if city and (place is None or place.kind != "city"):  # 'Koforidua, June 20 GNA -': a town the gazetteer lacks
        # in the state or country the dateline names after it too ('DYERSBURG, Tenn. (AP) —')
        state = _STATE_ABBREVIATIONS.get(within.rstrip("."), within.rstrip(".")) if within else ""
        beside = {state} if state in _US_STATES else set()
        place = english_town(city, english_countries_named(text) | beside, anywhere=True)
    if within and place is not None:
        place = _place_within(match.group("city"), place, within)
    when = None
    if reference is not None and month is not None:
        mention = DateMention(0, 0, (None, MONTHS[month], int(match.group("d"))))
        resolved = resolve_mention(mention, reference)
        if resolved and abs((resolved[0] - reference).days) <= 3:
            when = resolved[0]
    surface = city.title()
    found = PlaceMention(place, surface, weak=True, cue="dateline") if place and place.kind == "city" else None
    if found is None and match.re is _BARE_DATELINE:
        return None, None, (0, 0)  # 'Updated — …': no city, no dateline
    return found, when, match.span()
