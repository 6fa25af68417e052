"""Places in a text: every gazetteer name in Chinese text (one pass, shared by every span a caller asks
about), and the places, venues and capitals an English text names (feed.extract.gazetteer has the names).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Collection
from functools import lru_cache
from typing import Any

from feed.extract.gazetteer import (
    PLAIN_LETTERS,
    SMALL_TOWN,
    Place,
    best_place,
    data_rows,
    degrees_apart,
    find_town,
    lookup_key,
    names_index,
    towns_countries_and_states,
    towns_index,
)
from feed.extract.words import inside_word
from feed.extract.zh_dates import PARTS_OF_DAY
from feed.numerals import NUMERAL_CHARS

_LONGEST = 12


@lru_cache(maxsize=1)
def _name_prefixes() -> dict[str, Place | None]:
    """Every beginning of two or more characters of a name of two to twelve: the best place of the name
    it is, or None for a beginning only."""
    prefixes: dict[str, Place | None] = {}
    for name, places in names_index().items():
        place = best_place(places)
        if 2 <= len(name) <= _LONGEST and place is not None:
            # '中国—东盟博览会展馆' is written with any dash ('中国－东盟', read as '中国-东盟', '中国–东盟')
            dashed = not name.isascii() and any(dash in name for dash in _DASHES)
            for key in {_DASH.sub(dash, name) for dash in _DASHES} if dashed else (name,):
                for length in range(2, len(key)):
                    prefixes.setdefault(key[:length], None)
                if key == name or prefixes.get(key) is None:  # a name as written wins over another's variant
                    prefixes[key] = place
    return prefixes


_DASHES = "—–-"
_DASH = re.compile(r"[—–-]")


@lru_cache(maxsize=1)
def _pair_start() -> re.Pattern[str]:
    """A character that begins a name's first two characters, before one that can be its second: the
    few places worth a lookup, found by the regex engine without making a string of every pair."""
    pairs = [key for key in _name_prefixes() if len(key) == 2]
    firsts = "".join(sorted({pair[0] for pair in pairs}))
    seconds = "".join(sorted({pair[1] for pair in pairs}))
    return re.compile(f"[{re.escape(firsts)}](?=[{re.escape(seconds)}])")


def _name_starts(text: str) -> list[int]:
    """Every position where the first two characters of some name begin."""
    prefixes = _name_prefixes()
    candidates = (match.start() for match in _pair_start().finditer(text))
    return [position for position in candidates if text[position : position + 2] in prefixes]


# '立法院中部办公室': an institution's office in another region, not the venue at its seat
_REGIONAL_OFFICE = re.compile(r"[中南北东西]部(?:办公室|办事处|服务处|服务中心|联络处)")

# '在台北时间今天早上九点开幕', '北京时间5日晚': the clock of the day, not where the meeting is
_CLOCK_ZONE = re.compile(rf"时间(?:[{NUMERAL_CHARS}今明昨本当同]|{PARTS_OF_DAY}|星期|周)")

# '四川大学生运动会': university students (大学生), no university; '四川大学生命科学学院' is the university's
_STUDENTS_AFTER = re.compile(r"生(?![命物态])")

# '省人民大会堂', '市人民大会堂': a province's or a city's own hall, not the capital's one of that name
_LOCAL_HALL_OWNER = frozenset("省市区區县縣")

# '天安数码城', '巴黎春天', '威尼斯人度假村': a development named for a city abroad, in the city it was built in;
# '湖東社區': a neighbourhood whose name a city abroad shares; '在倫敦人舉行': Macau's resort The Londoner, or
# Londoners, never London itself (not '伦敦人口', '纽约人寿')
_BRAND_SUFFIX = re.compile(r"数码城|春天|人(?:度假村|(?![口民士才员权寿]))|商城|花园|公馆|小镇|社区")
# '南京路', '长安街', '中山路': a street named for a place, in any city; '观音亭', '天后庙': a pavilion, a temple (not
# '上海街头', '北京街区': the city's streets; '上海路演': a roadshow there)
_LANDMARK_AFTER = re.compile(r"[亭寺庙祠桥]|[路街巷](?![头道区演线过])")
# '九龙湖校区', '九龙山': a lake or a hill named like a city, anywhere (not '北京湖南商会', '上海湖州', '香港山顶')
_LAKE_OR_HILL_AFTER = re.compile(r"[湖山](?![南北东西州区顶市县])")
_HOME = frozenset({"中国", "台湾"})
# '長治鄉', '吉安鄉': a township (Taiwan's 鄉) named like a city elsewhere, not that city (not '吉安乡村', '长治乡亲')
_TOWNSHIP_AFTER = re.compile(r"乡(?![村镇亲土间下愁音情里民贤])")


# '维也纳酒店', '维也纳国际酒店', '香格里拉大酒店', '巴黎人酒店': a chain of hotels (or a resort) named for a city,
# in the city it stands in (not '巴黎丽兹酒店', a hotel of that city's)
_HOTEL_AFTER = re.compile(r"(?:国际|智好|3好|三好|森林|人)?大?(?:酒店|饭店|宾馆)")
_HOTEL_CHAINS_AT_HOME = frozenset({"香格里拉"})  # a city of Yunnan, and Shangri-La's hotels in every city


def _brand_named_for(place: Place, text: str, end: int) -> bool:
    if place.kind != "city":
        return False
    if place.name in _HOTEL_CHAINS_AT_HOME:
        return _HOTEL_AFTER.match(text, end) is not None
    return place.country not in _HOME and (
        _BRAND_SUFFIX.match(text, end) is not None or _HOTEL_AFTER.match(text, end) is not None
    )


@lru_cache(maxsize=1)
def _regions_named_like_cities() -> dict[str, Place]:
    """吉林 (the province and its city): each region that shares its name with a city, by that name."""
    regions: dict[str, Place] = {}
    for name, places in names_index().items():
        region = next((p for p in places if p.kind == "region"), None)
        if region is not None and any(p.kind == "city" for p in places):
            regions[name] = region
    return regions


def _province_before_its_city(place: Place, text: str, end: int, prefixes: dict[str, Place | None]) -> Place | None:
    """'吉林集安', '在吉林长春举行': a city named like its province, right before another city of that province,
    is the province (as '浙江宁波' is), or None."""
    region = _regions_named_like_cities().get(place.name) if place.kind == "city" else None
    if region is None:
        return None
    for length in range(2, _LONGEST + 1):
        piece = text[end : end + length]
        if piece not in prefixes:
            return None
        after = prefixes[piece]
        if after is not None and after.kind == "city" and after.region == region.region and after.name != place.name:
            return region
    return None


def _county_after(text: str, end: int, region: Place) -> tuple[int, Place] | None:
    """'在浙江宁海开幕': a county written without its 县 right after its province's name is that county."""
    if text.startswith("县", end + 2) or text.startswith("县", end + 3):
        return None
    for length in (2, 3):
        county = best_place(names_index().get(text[end : end + length] + "县", []))
        if county is not None and county.region == region.region and county.city_place is not None:
            return length, county
    return None


# '吴中经济技术开发区', '滨湖高新区': a development zone named for its district, written without the district's 区
_DEVELOPMENT_ZONE_AFTER = re.compile(r"(?:经济技术|经济|高新技术产业|高新技术|高新|旅游度假)?(?:开发区|产业园区|区)")


def _district_of_zone(text: str, position: int, end: int) -> tuple[int, Place] | None:
    """'在吴中经济技术开发区举行': the district (吴中区) the zone is named for, which lies in its city."""
    if not _DEVELOPMENT_ZONE_AFTER.match(text, end) or text.startswith("区", end):
        return None
    district = best_place(names_index().get(text[position:end] + "区", []))
    if district is None or district.kind != "district" or district.city_place is None:
        return None
    return end - position, district


def _township_of_many(written: str, place: Place) -> bool:
    """'长滩镇', '白沙镇': a small mainland town found by its 镇 form. Townships of one name lie in many
    provinces, and the gazetteer knows one of them (乌镇, written as its own name, is kept)."""
    return (
        written.endswith("镇")
        and written != place.name
        and place.kind == "city"
        and place.country == "中国"
        and 0 < place.population < 200_000
    )


# '春回大地，万象更新', '确保长治久安', '大好江山', '大理石地面': a set phrase or a word that holds a city's name
# (Vientiane, 长治, 江山, 大理, 安康) and means something else; '果阿‧達曼和第烏', one of the Portuguese-speaking
# communities a Macau report lists: Daman and Diu in India, no Dammam (达曼) of Saudi Arabia; '太平洋公园', the
# Pacific's name, no town of 太平
_SET_PHRASE = re.compile(
    r"万象更新|长治久安|江山(?:如画|社稷|多娇)|(?:大好|锦绣)江山|大理石|福寿安康|达曼[和及与、]第乌|太平洋"
)
_SET_PHRASE_PLACES = frozenset(("万象", "长治", "江山", "大理", "安康", "达曼", "太平"))  # where one of them can start


def _in_set_phrase(text: str, position: int) -> bool:
    if text[position : position + 2] not in _SET_PHRASE_PLACES:
        return False
    phrases = _SET_PHRASE.finditer(text, max(0, position - 3), position + 5)
    return any(phrase.start() <= position < phrase.end() for phrase in phrases)


# what stands right before a place's name as a word of its own ('在', '于', Taiwan's '假台中…' for 'at')
_WORD_BEFORE_A_PLACE = frozenset("在于假赴到至往从自经由和与及同跟向去来抵返回住驻位处是为将")


def _inside_another_word(text: str, position: int, prefixes: dict[str, Place | None]) -> bool:
    """'樱桃园', '水蜜桃园', '核桃园': a place's name whose first character ends a word begun before it (樱桃,
    核桃), unless what comes before is a place of its own ('上海浦东', one word to the dictionary)."""
    if position == 0 or not "\u4e00" <= text[position - 1] <= "\u9fff" or text[position - 1] in _WORD_BEFORE_A_PLACE:
        return False
    if any(prefixes.get(text[position - size : position]) is not None for size in (2, 3, 4) if size <= position):
        return False
    return inside_word(text, position, guessed=False)


def _short_venue(size: int, place: Place) -> bool:
    """'台大', '港大', '清大': a venue by a two-character short name, which a word before it can end in ('平台大会',
    '舞台大', '澄清大家')."""
    return place.kind == "venue" and size == 2


class PlaceMatches:
    """Every gazetteer name that starts anywhere in `text`, looked up once for all the spans asked about."""

    def __init__(self, text: str) -> None:
        prefixes = _name_prefixes()
        self.text = text
        self._names: dict[int, list[tuple[int, Place]]] = {}
        counties: dict[int, tuple[int, Place]] = {}
        township = -1  # the end of the last township's name: no name starts inside it ('吉安乡' holds no 安乡)
        for position in _name_starts(text):
            names: list[tuple[int, Place]] = []
            if position < township:
                continue
            for end in range(position + 2, min(position + _LONGEST, len(text)) + 1):
                piece = text[position:end]
                if piece not in prefixes:
                    break
                if prefixes[piece] is None and (zone := _district_of_zone(text, position, end)) is not None:
                    names.append(zone)
                place = prefixes[piece]
                if place is not None and place.kind == "city" and _TOWNSHIP_AFTER.match(text, end):
                    township = end + 1
                    names = []
                    break
                if (
                    place is not None
                    and not (place.kind == "venue" and _REGIONAL_OFFICE.match(text, end))
                    and not (place.kind == "venue" and position and text[position - 1] in _LOCAL_HALL_OWNER)
                    and not (place.kind == "venue" and piece.endswith("大学") and _STUDENTS_AFTER.match(text, end))
                    and not _brand_named_for(place, text, end)
                    and not (place.kind != "venue" and _LANDMARK_AFTER.match(text, end))
                    and not (place.kind == "city" and _LAKE_OR_HILL_AFTER.match(text, end))
                    # '庆尚南道咸阳郡': a county of Korea or Japan (or a commandery of old), named like a Chinese city
                    and not (place.kind in ("city", "district") and text.startswith("郡", end))
                    and not _CLOCK_ZONE.match(text, end)
                ):
                    names.append((end - position, place))
            if names and _township_of_many(text[position : position + names[-1][0]], names[-1][1]):
                continue  # '在长滩镇开幕', '白沙镇': a township's name that many provinces share, no one town of them
            if (
                names
                and all(place.kind in ("city", "district") or _short_venue(size, place) for size, place in names)
                and (_inside_another_word(text, position, prefixes) or _in_set_phrase(text, position))
            ):
                continue  # '在白鹿樱桃园开幕': the cherry orchard (樱桃园), no 桃园 in it; '一台大型晚会', no 台大
            if names and (province := _province_before_its_city(names[-1][1], text, position + names[-1][0], prefixes)):
                names[-1] = (names[-1][0], province)
            if names:
                names.reverse()  # longest first
                self._names[position] = names
                if names[0][1].kind == "region":
                    county = _county_after(text, position + names[0][0], names[0][1])
                    if county is not None:
                        counties[position + names[0][0]] = county
        for position, county in counties.items():
            self._names[position] = sorted([*self._names.get(position, []), county], key=lambda name: -name[0])
        self._starts = sorted(self._names) if counties else list(self._names)

    def within(self, start: int, end: int) -> list[tuple[int, int, Place]]:
        """`places_in(text[start:end])`, offsets counted from `start`."""
        end = min(end, len(self.text))
        found = []
        position = start
        for index in range(bisect_left(self._starts, start), len(self._starts)):
            first = self._starts[index]
            if first + 2 > end:
                break
            if first < position:
                continue
            for length, place in self._names[first]:
                if first + length <= end:
                    found.append((first - start, first + length - start, place))
                    position = first + length
                    break
        return found


def places_in(text: str) -> list[tuple[int, int, Place]]:
    """Known Chinese place names in `text` (Simplified), longest match first, no overlaps."""
    return PlaceMatches(text).within(0, len(text))


@lru_cache(maxsize=1)
def _english_venue_pattern() -> re.Pattern[str] | None:
    """English venue names as written, small words included ('Great Hall of the People')."""
    names = {
        key
        for key, places in names_index().items()
        if " " in key and key.isascii() and any(p.kind == "venue" for p in places)
    }
    if not names:
        return None
    return re.compile(rf"\b{_trie_pattern(names, apostrophes=True)}\b", re.I)


def _trie_pattern(names: set[str], apostrophes: bool = False) -> str:
    """One alternation per shared prefix ('great hall(?: of the people)?'): the regex engine tries a
    handful of first letters at each word instead of every name. A name that goes on is tried before
    its shorter prefix, so this matches what the alternatives sorted longest first match."""
    trie: dict[str, dict[str, Any]] = {}
    for name in names:
        node = trie
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def pattern(node: dict[str, dict[str, Any]]) -> str:
        branches = [_char(char, apostrophes) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return pattern(trie)


def _char(char: str, apostrophes: bool) -> str:
    """A key's character; with `apostrophes`, a letter may be followed by the apostrophe keys leave out
    ("St. Peter's Square" is the key 'st. peters square')."""
    return re.escape(char) + ("['’]?" if apostrophes and char.isalpha() else "")


def english_venues_in(text: str) -> list[tuple[int, int, Place]]:
    """Known venues named in English `text`, each with the city it lies in."""
    return list(_english_venues_in(text))


# a clause or sentence is read for places once for each meeting named in it: the same text, the same places
@lru_cache(maxsize=256)
def _english_venues_in(text: str) -> tuple[tuple[int, int, Place], ...]:
    pattern = _english_venue_pattern()
    if pattern is None:
        return ()
    index = names_index()
    found = []
    for match in pattern.finditer(_unaccented(text)):  # the keys are unaccented: 'Palacio San Martín'
        venue = next((p for p in index[lookup_key(match.group())] if p.kind == "venue"), None)
        if venue is not None:
            found.append((match.start(), match.end(), venue))
    return tuple(found)


def _unaccented(text: str) -> str:
    """`text` with each accented Latin letter written as its letter ('í' as 'i'), one character for one, so that
    what matches in it stands where it does in `text`."""
    return text if text.isascii() else _NOT_ASCII.sub(lambda char: _unaccented_letter(char.group()), text)


_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


@lru_cache(maxsize=512)
def _unaccented_letter(char: str) -> str:
    plain = char.translate(PLAIN_LETTERS)
    if plain != char:
        return plain if len(plain) == 1 else char  # 'ł' as 'l'; 'ß' would move what follows it
    decomposed = unicodedata.normalize("NFD", char)
    letter, marks = decomposed[0], decomposed[1:]
    return letter if marks and letter.isascii() and all(unicodedata.combining(m) for m in marks) else char


def _small_chinese_town(place: Place) -> bool:
    """In English text 'Bali' is not the Chinese town romanised Bali: towns of mainland China under 200,000
    people are found by their Chinese names only (the hand-written rows, population 0, stay findable)."""
    return place.country == "中国" and place.kind in ("city", "district") and 0 < place.population < 200_000


# "Hanoi's National Convention Center" is in Hanoi; "Singapore's Ministry of Foreign Affairs" is no place
_POSSESSIVE = re.compile(r"['’]s$")
_VENUE_WORD = re.compile(
    r"\b(?:Cent(?:er|re)|Hall|Stadium|Arena|Hotel|Park|Square|Palace|Museum|Theat(?:er|re)|University|Expo)$"
)
_UPPER = "A-ZÀ-ÖØ-ÞĐŁŚŠŽ"  # 'Đà Nẵng', 'Łódź', 'Östersund': capitals beyond ASCII
# a capital where a word begins ('Dar es Salaam'): the capital, then no word character before it (what \b[…]
# says), so that the regex engine skips to the capitals instead of trying every character
_ENGLISH_NAME = re.compile(rf"[{_UPPER}](?<!\w.)[\w'’.-]*(?:\s+(?:(?:es|de|da|del)\s+)?[{_UPPER}][\w'’-]*){{0,3}}")


# words that may stand before a place inside one capitalised phrase ('In Paris', 'Greater London'); any other
# capitalised word before it makes it part of another name ('Tito Paris', 'Lake Geneva', 'Jack London')
_BEFORE_A_PLACE = frozenset(
    "In At The Of For To And From With On By Near Outside Inside Around Across Greater Metro Metropolitan Downtown "
    "Central North South East West Northern Southern Eastern Western Northeast Northwest Southeast Southwest "
    "Inner Outer Upper Lower Old Port Visit Visits Visiting Via Hosted Held".split()
)


def english_places_in(text: str) -> list[tuple[int, int, Place]]:
    """Known places among the capitalised phrases of English `text`."""
    return list(_english_places_in(text))


@lru_cache(maxsize=256)
def _english_places_in(text: str) -> tuple[tuple[int, int, Place], ...]:
    index = names_index()
    found = []
    for match in _ENGLISH_NAME.finditer(text):
        words = match.group().split()
        before_venue = _VENUE_WORD.search(match.group()) is not None
        for size in range(len(words), 0, -1):
            for first in range(0, len(words) - size + 1):
                owner = _owner(words[:first]) if first and not before_venue else None
                if first and not before_venue and owner is None and words[first - 1] not in _BEFORE_A_PLACE:
                    continue
                phrase = " ".join(words[first : first + size])
                if before_venue:
                    phrase = _POSSESSIVE.sub("", phrase)
                if not before_venue and first + size < len(words) and _POSSESSIVE.search(phrase):
                    continue  # "Queen's Park Savannah", "People's Square": whose, not the place Queens
                phrase = phrase.rstrip(".'’")
                places = index.get(lookup_key(phrase), [])
                if owner is not None:  # a possessive is never one of _BEFORE_A_PLACE
                    places = [p for p in places if _within(p, owner)]  # "Hong Kong's Wan Chai", however small
                else:
                    places = [p for p in places if not _small_chinese_town(p)]
                if first + size < len(words) and words[first + size] == "Province":
                    places = [p for p in places if p.kind == "region"]  # 'Jilin Province' is no city Jilin
                if first + size < len(words) and words[first + size] == "County":
                    places = [p for p in places if p.kind == "region" or p.country in _HOME]  # 'Kakamega County'
                if first == 0 and _REGION_OF.search(text, max(0, match.start() - 30), match.start()):
                    places = [p for p in places if p.kind != "city"]  # 'the Province of Buenos Aires'
                if places:
                    start = match.start() + match.group().index(words[first])
                    found.append((start, start + len(phrase), best_place(places)))
                    break
            else:
                continue
            break
        else:
            city = _city_owning(text, match, words)
            if city is not None:
                found.append(city)
    return tuple((a, b, p) for a, b, p in found if p is not None and not _ZONE_AFTER.match(text, b))


# 'in Melbourne's Docklands', 'at Lagos's Victoria Island': a city's quarter or venue, told with 'in' or 'at'
_IN_OR_AT = re.compile(r"\b(?:in|at)\s+$")


def _city_owning(text: str, match: re.Match[str], words: list[str]) -> tuple[int, int, Place] | None:
    """The city whose possessive opens a phrase after 'in' or 'at' that names no known place of its own
    ("in Jakarta's Senayan"); a person's or a brand's possessive is no place ('Victoria's Secret' is not
    after 'in')."""
    end = next((i for i, word in enumerate(words[:-1]) if _POSSESSIVE.search(word)), None)
    if end is None or not _IN_OR_AT.search(text, max(0, match.start() - 4), match.start()):
        return None
    owner = _owner(words[: end + 1])
    if owner is None or owner.kind != "city":
        return None
    written = _POSSESSIVE.sub("", " ".join(words[: end + 1]))
    return (match.start(), match.start() + len(written), owner)


# 'the province of Cordoba', 'the State of Veracruz': the region, not its city of that name
_REGION_OF = re.compile(r"\b(?:[Pp]rovince|[Ss]tate|[Pp]refecture|[Rr]egion)\s+of\s+(?:the\s+)?$")
_ZONE_AFTER = re.compile(r"\s+time\b")  # 'at 2am Melbourne time': a clock's zone, not a place


def _owner(words: list[str]) -> Place | None:
    """The place a possessive names before a place in it ("Hong Kong's Wan Chai"), or None."""
    if not words or _POSSESSIVE.search(words[-1]) is None:
        return None
    return best_place(names_index().get(lookup_key(_POSSESSIVE.sub("", " ".join(words))), []))


def _within(place: Place, owner: Place) -> bool:
    """ "Hong Kong's Wan Chai", "China's Hainan province"; not "Beijing's Chaoyang", which is no Chaoyang city."""
    if owner.kind == "country":
        return place.country == owner.country
    if owner.kind == "region":
        return place.region == owner.region
    city, owners = place.city_place, owner.city_place
    return city is not None and owners is not None and city.name == owners.name


# 'the Kenyan capital', 'the UAE capital', 'the U.S. capital'
# (not 'the US capital markets', 'the UK capital gains tax': money, not a city)
_CAPITAL_OF = re.compile(
    r"\bthe ((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+|U\.[SK]\.|[A-Z]{2,3})(?: [Ss]tate| [Pp]rovincial)? capital\b"
    r"(?!\s+(?:market|gain|spending|expenditure|flow|outflow|inflow|investment|good|ratio|requirement|control"
    r"|raising|account|base|adequacy|injection|stock|cost|fund|allocation|buffer|punishment|offen[cs]e|crime|case)s?\b)"
)
# 'the capital of Kenya', 'the capital city of the Philippines': the country's name after it
_CAPITAL_OF_COUNTRY = re.compile(r"\bthe capital(?: city)? of (?:the )?((?:[A-Z][a-z]+ ){0,3}[A-Z][a-z]+)")
# the short forms news writes before 'capital' for the demonyms of capitals.tsv ('the Saudi capital', 'the UAE
# capital', 'the Philippine capital'); a country's name written so ('the New Zealand capital') is one too
NEWS_DEMONYMS = {
    "Saudi": "Saudi Arabian",
    "Philippine": "Filipino",
    "Lao": "Laotian",
    "UAE": "Emirati",
    "US": "American",
    "U.S.": "American",
    "UK": "British",
    "U.K.": "British",
    "DRC": "Congolese",
    "New Zealand": "New Zealander",
    "Sri Lanka": "Sri Lankan",
    "Papua New Guinea": "Papua New Guinean",
    "Myanmar": "Burmese",
}
# a country whose name a US state shares: 'the capital of Georgia' may be Atlanta
_STATE_NAMED = frozenset({"Georgia"})


def english_capitals_in(text: str) -> list[tuple[int, int, Place]]:
    """'in the Kenyan capital', 'in the capital of Kenya': the city a demonym's or a country's capital names,
    where the text calls it so."""
    capitals, states = _capitals(), _state_capitals()
    found = []
    for match in _CAPITAL_OF.finditer(text) if " capital" in text else ():  # (every match holds it)
        named = match.group(1)
        # 'the Kerala capital', 'the Rivers State capital', 'the Guangdong provincial capital': a state's
        city = capitals.get(named) or states.get(named[:-6] if named.endswith(" State") else named)
        if city is not None:
            found.append((match.start(), match.end(), city))
    if "capital " in text:
        countries = _capitals_of_countries()
        for match in _CAPITAL_OF_COUNTRY.finditer(text):
            words = match.group(1).split(" ")
            # 'the capital of Kenya Nairobi': the longest run of words that is a country's name
            name = next((n for n in (" ".join(words[:k]) for k in range(len(words), 0, -1)) if n in countries), None)
            if name is not None:
                found.append((match.start(), match.start(1) + len(name), countries[name]))
        found.sort(key=lambda f: f[0])
    return found


@lru_cache(maxsize=1)
def _state_capitals() -> dict[str, Place]:
    """Each state's or province's capital by the state's name and the other forms news writes before 'capital'
    (state_capitals.tsv; China's provinces from provincial_capitals.tsv by their English names): the city of
    that name in that country, or its town of that name (in that US state where there are several)."""
    found: dict[str, Place] = {}
    for row in data_rows("state_capitals.tsv"):
        cities = [p for p in names_index().get(lookup_key(row["capital"]), []) if p.kind == "city"]
        city = best_place([p for p in cities if p.country_en == row["country"]]) or find_town(
            row["capital"], {row["state"]} if row["country"] == "United States" else {row["country"]}
        )
        if city is not None:
            for name in [row["state"], *filter(None, (row["forms"] or "").split("|"))]:
                found.setdefault(name, city)
    for row in data_rows("provincial_capitals.tsv"):
        region = best_place([p for p in names_index().get(lookup_key(row["region"]), []) if p.kind == "region"])
        city = best_place([p for p in names_index().get(lookup_key(row["capital"]), []) if p.kind == "city"])
        if region is not None and city is not None and region.name_en:
            found.setdefault(region.name_en, city)
    return found


@lru_cache(maxsize=1)
def _capitals_of_countries() -> dict[str, Place]:
    """Each country's capital by the country's name in capitals.tsv ('Kenya' -> Nairobi)."""
    capitals = _capitals()
    return {
        row["country"]: capitals[row["demonym"]]
        for row in data_rows("capitals.tsv")
        if row["demonym"] in capitals and row["country"] not in _STATE_NAMED
    }


# 'will be held October 17 to 19 in the capital': the country's capital, called by no name
_BARE_CAPITAL = re.compile(r"\bthe capital\b(?!\s+(?:of|city\s+of)\b)")


def english_bare_capitals(text: str, city: Place) -> int:
    """How often `text` calls `city` 'the capital' bare, when it is a country's capital."""
    if not any(city.name == capital.name for capital in _capitals().values()):
        return 0
    return len(_BARE_CAPITAL.findall(text))


@lru_cache(maxsize=1)
def _capitals() -> dict[str, Place]:
    """Each demonym's capital: the gazetteer city of that name in that country, or near the coordinates
    countryinfo gives (GeoNames' 'Czechia' is its 'Czech Republic'; some of its coordinates are the
    country's middle)."""
    capitals = {}
    index = names_index()
    for row in data_rows("capitals.tsv"):
        here = (float(row["latitude"]), float(row["longitude"]))
        names = (row["capital"], row["capital"].split(" ")[0])  # 'Washington D.C.'
        cities = [p for name in names for p in index.get(lookup_key(name), []) if p.kind == "city"]
        near = [p for p in cities if p.country_en == row["country"] or degrees_apart(p, here) < 10]
        if near:
            capitals[row["demonym"]] = max(near, key=lambda p: p.population)
    for short, demonym in NEWS_DEMONYMS.items():
        if demonym in capitals:
            capitals.setdefault(short, capitals[demonym])
    return capitals


# 'in Montego Bay', 'at Koforidua': a capitalised run after 'in' or 'at', whole
# 'Montego', 'Copiapó', 'Constanța', 'Cluj-Napoca', 'Aix-en-Provence', 'St. Louis'
_TOWN_LOWER = "a-zß-öø-ÿĀ-žșțạ-ỹ'’"
_TOWN_WORD = rf"(?:St\.\s)?[A-ZÀ-ÖØ-ÞĀ-ŽȘȚ][{_TOWN_LOWER}]+(?:-[A-ZÀ-ÖØ-ÞĀ-ŽȘ{_TOWN_LOWER}][{_TOWN_LOWER}]*)*"
_IN_A_TOWN = re.compile(
    # (each word first, then no word character before it, what \b before it says: the engine skips to its letters)
    r"(?:i(?<!\w.)n|a(?<!\w.)t|c(?<!\w.)ity\s+of|t(?<!\w.)own\s+of)"
    rf"\s+(?P<town>{_TOWN_WORD}(?:\s+(?:(?:es|de|del|la)\s+)?{_TOWN_WORD}){{0,2}})"
    r"(?![\w'’-]|\s+[A-Z])"
)


# 'at the Montego Bay Convention Centre', 'at the Bendigo Town Hall': a hall, ground or stadium whose name starts
# with its town's
_TOWN_VENUE = re.compile(
    rf"at(?<!\w..)\s+(?:the\s+)?(?P<town>{_TOWN_WORD}(?:\s+{_TOWN_WORD})?)\s+(?:(?:International|Regional)\s+)?"
    r"(?:(?:Conference|Convention|Exhibition|Cultural|Civic|Sports|Events?|Trade\s+Fair)\s+"
    r"(?:Centre|Center|Hall|Complex|Grounds)|(?:Town|City)\s+Hall|Showgrounds?|Racecourse|Stadium|Arena)\b"
)
# 'at the University of Windsor': a university named for its town (not 'of Delaware', a state, or 'of Ghana')
_TOWN_UNIVERSITY = re.compile(rf"at(?<!\w..)\s+the\s+University\s+of\s+(?P<town>{_TOWN_WORD})(?![\w'’-]|\s+[A-Z])")


# 'Copiapó, a mining city, will host the …': a town that hosts the meeting, as the subject of its clause
_TOWN_HOSTS = re.compile(
    rf"^\s*(?P<town>{_TOWN_WORD}(?:\s+{_TOWN_WORD})?)(?:,[^,]{{3,60}},)?"
    r"\s+(?:will\s+|is\s+set\s+to\s+|is\s+to\s+)?(?:host|hosts|hosted|is\s+hosting)\s+the\b"
)


def english_towns_in(text: str, countries: Collection[str]) -> list[tuple[int, int, Place]]:
    """The towns of data/towns.tsv that `text` puts a meeting in ('in Montego Bay', 'Copiapó will host the', 'at
    the Montego Bay Convention Centre'), when they lie in one of `countries`, those the article names
    (english_countries_named)."""
    found = []
    universities = [m for m in _TOWN_UNIVERSITY.finditer(text) if m.group("town") not in _countries_or_states()]
    for match in [*_TOWN_HOSTS.finditer(text), *_IN_A_TOWN.finditer(text), *_TOWN_VENUE.finditer(text), *universities]:
        name = match.group("town")
        town = english_town(name, countries) or _known_town(name)
        if town is None and _CITY_WORD.search(name):
            town = english_town(_CITY_WORD.sub("", name), countries)  # 'in Ormoc City': the town Ormoc
        if town is not None:
            found.append((match.start("town"), match.end("town"), town))
    return found


_CITY_WORD = re.compile(r"\s+City$")
_KNOWN_TOWN_POPULATION = 150_000


def _known_town(name: str) -> Place | None:
    """'in Montpellier' with no country named: a town big enough to be known by its name alone, the only town
    so called (english_town anywhere), and no country, region or bigger city is."""
    if lookup_key(name) in names_index():
        return None
    town = english_town(name, (), anywhere=True)
    return town if town is not None and town.population >= _KNOWN_TOWN_POPULATION else None


def english_town(name: str, countries: Collection[str], anywhere: bool = False) -> Place | None:
    """find_town in `countries`, those an English article names (english_countries_named); not a town under
    50,000 people whose name is a place the gazetteer knows ('in Mexico' is no Philippine town, 'in Paris' no
    Texan one) or an everyday word or given name (_WORD_TOWNS)."""
    key = lookup_key(name)
    if key not in towns_index() or name in _countries_or_states():
        return None  # 'in Ontario', 'in Wyoming': the province or the state, no town of its name
    town = find_town(name, countries, anywhere)
    if town is not None and town.population < SMALL_TOWN and (key in names_index() or key in _WORD_TOWNS):
        return None
    return town


# Towns of 15,000 to 50,000 people (towns.tsv) named by an everyday English word or a given name: capitalised after
# 'in' or 'at', before 'will host the' or opening a report, such a word is mostly a month's, a sentence's, a title's or
# a person's ('in March' in a story that names London is no town in Cambridgeshire; 'at Summit', 'Alice will host
# the'). Written for this project (no word list is installed): the small towns whose names occur in lower case in
# the English of this repository's tests and probes and of the Python and Rust documentation, then months and given
# names; names that news uses for the town itself stay ('Mentor, Ohio', 'Concord, New Hampshire'). Without the list,
# 'launched in March' in a British story placed its meeting in March, 'Alice will host the' in Alice, Texas.
_WORD_TOWNS = frozenset(
    lookup_key(word)
    for word in (
        "March Summit Time Same Say Goes Best Deal Hook Marks Buy Rich Young Green Golden Crystal Eagle Bear Mine "
        "Gap Lens Retreat Seaside Holiday Federal University Airport Superior Alliance Liberty Opportunity "
        "Independence Enterprise Republic Paradise Mission Eden Zion Eureka Central Police Bar Much Along Pop Peer "
        "Boom Manage Tank Semi Para Lakeside Riverside Keystone Fountain Cocoa Pearl Orange Plum Mango Salt Bell "
        "Reading Alice Ada Anna Shirley Stanley Marion Beverly Florence Victoria"
    ).split()
)


@lru_cache(maxsize=8)
def english_countries_named(text: str) -> frozenset[str]:
    """The countries an English text names (English names): by name, by a place in them, by demonym
    ('Ghanaian'), by an English county ('Nottinghamshire'); and the US states it names."""
    named = {place.country_en for _, _, place in english_places_in(text) if place.country_en}
    countries, pattern = _demonyms_and_states()
    named.update(countries.get(match.group(), match.group()) for match in pattern.finditer(text))
    if _SHIRE.search(text):
        named.add("United Kingdom")
    return frozenset(named)


# 'Nottinghamshire', 'North Yorkshire', 'Aberdeenshire': a British county (not 'New Hampshire', a US state)
_SHIRE = re.compile(r"(?<!New )\b[A-Z][a-z]+shire\b")


@lru_cache(maxsize=1)
def _countries_or_states() -> frozenset[str]:
    """The names of the countries, US states, provinces and short country names the articles may write."""
    known, states = towns_countries_and_states()
    return frozenset({*known, *states, *_SHORT_NAMES})


@lru_cache(maxsize=1)
def _demonyms_and_states() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each demonym's or short name's country ('Ghanaian', 'UK'), and a pattern finding them and US states as words."""
    known, states = towns_countries_and_states()
    countries = {}
    for row in data_rows("capitals.tsv"):  # countryinfo's 'Netherlands' is GeoNames' 'The Netherlands'
        forms = (row["country"], row["country"].removeprefix("The "), f"The {row['country']}")
        countries[row["demonym"]] = next((form for form in forms if form in known), row["country"])
    countries.update(_SHORT_NAMES)
    names = sorted({*countries, *states}, key=len, reverse=True)
    # each name's first letter, then no word character or stop before it (what (?<![\w.]) before it says), so
    # that the regex engine skips to the names' first letters instead of trying every character
    alternatives = "|".join(re.escape(name[0]) + r"(?<![\w.].)" + re.escape(name[1:]) for name in names)
    return countries, re.compile(rf"(?:{alternatives})(?![\w])")


# provinces and states that name their country as a US state does ('in Moncton, New Brunswick'); not 'Victoria',
# which as often names a person, a lake or a harbour
_CANADIAN_PROVINCES = (
    "Ontario", "Quebec", "British Columbia", "Alberta", "Manitoba", "Saskatchewan", "Nova Scotia", "New Brunswick",
    "Newfoundland", "Prince Edward Island",
)  # fmt: skip
_AUSTRALIAN_STATES = (
    "New South Wales", "Queensland", "Tasmania", "Western Australia", "South Australia", "Northern Territory",
)  # fmt: skip
# what news calls a country for short, which the gazetteer's country names miss
_SHORT_NAMES = {
    **dict.fromkeys(("UK", "U.K.", "Britain", "England", "Scotland", "Wales"), "United Kingdom"),
    **dict.fromkeys(("US", "U.S.", "USA", "America"), "United States"),
    "UAE": "United Arab Emirates",
    **dict.fromkeys(_CANADIAN_PROVINCES, "Canada"),
    **dict.fromkeys(_AUSTRALIAN_STATES, "Australia"),
    "Philippine": "Philippines",  # the adjective ('Philippine Information Agency'); its demonym is 'Filipino'
}
