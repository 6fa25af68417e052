"""The gazetteer: place names in either Chinese script or English -> a `Place` with coordinates.

What the tables say and how they are read (which names a place is found by, which city a district,
venue or prefecture stands for); finding places in a text is `places.py`.

Data: `data/places.tsv` (GeoNames, CC BY 4.0; cpca, MIT; built by
`build_gazetteer.py`), `data/venues.tsv` (well-known venues and a few towns,
written for this project) and `data/capitals.tsv` (the capital an English demonym
names, from countryinfo, MIT; built by `build_capitals.py`). Lookups normalise to Simplified Chinese or lower-case
English, so 瀋陽, 沈阳 and Shenyang are one place.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from feed.text import to_simplified

# Single-character and literary names that news uses for cities ('在京举行', '抵沪').
ABBREVIATIONS = {
    "京": "北京",
    "沪": "上海",
    "津": "天津",
    "渝": "重庆",
    "穗": "广州",
    "蓉": "成都",
    "港": "香港",
    "澳": "澳门",
    "榕": "福州",
    "杭": "杭州",
    "汉": "武汉",
    "宁": "南京",
    "甬": "宁波",
    "邕": "南宁",
    "筑": "贵阳",
    "昆": "昆明",
    "哈": "哈尔滨",
    "沈": "沈阳",
    "郑": "郑州",
    "厦": "厦门",
    "连": "大连",
    "兰": "兰州",
    "银": "银川",
    "呼": "呼和浩特",
    "乌": "乌鲁木齐",
    "济": "济南",
    "肥": "合肥",
    "深": "深圳",
    "莞": "东莞",
    "锡": "无锡",
    "并": "太原",
    "珠": "珠海",
    "温": "温州",
    "徐": "徐州",
    "石": "石家庄",
    # prefecture cities' own papers ('…论坛在攀举行', '在绵召开', '在遵开幕'), read only before the verb
    "攀": "攀枝花",
    "绵": "绵阳",
    "遵": "遵义",
    "蚌": "蚌埠",
    "潍": "潍坊",
    "淄": "淄博",
    "芜": "芜湖",
    "柳": "柳州",
    "湛": "湛江",
    "汕": "汕头",
    "肇": "肇庆",
    "漳": "漳州",
    "株": "株洲",
    "襄": "襄阳",
    "邯": "邯郸",
    "邢": "邢台",
    "廊": "廊坊",
    # a city's first character and 市, as its own papers write it ('在呼市开赛', '哈市各界')
    "呼市": "呼和浩特",
    "哈市": "哈尔滨",
    "乌市": "乌鲁木齐",
    "鹏城": "深圳",
    "鹭岛": "厦门",
    "羊城": "广州",
    "华府": "华盛顿",
    "星洲": "新加坡",
    "申城": "上海",
    "冰城": "哈尔滨",
    "泉城": "济南",
    "春城": "昆明",
    "蓉城": "成都",
    "星城": "长沙",
    "江城": "武汉",
    "津门": "天津",
    "金陵": "南京",
    "花城": "广州",
    "邕城": "南宁",
    "筑城": "贵阳",
    "魔都": "上海",
    # city papers' own names for their cities ('在甬城举行', '在岛城开幕'); not 榕城 (also 揭阳's seat) or 鹿城
    "甬城": "宁波",
    "岛城": "青岛",
    "椰城": "海口",
    "鹭城": "厦门",
    "洪城": "南昌",
    "瓷都": "景德镇",
}
_KIND_RANK = {"venue": 0, "city": 1, "region": 2, "district": 3, "country": 4}


@dataclass(frozen=True)
class Place:
    kind: str  # venue | city | region | district | country
    name: str  # Simplified Chinese (English for places with no Chinese name)
    name_en: str
    region: str | None
    region_en: str | None
    country: str | None
    country_en: str | None
    latitude: float | None
    longitude: float | None
    timezone: str | None
    population: int
    city: str | None = None  # the city a venue, a district or a town that is a district lies in (Simplified)
    county_level: bool = False  # a county-level city (瑞丽): its short name also occurs inside other words

    @property
    def city_place(self) -> Place | None:
        if self.kind == "city":
            return _rolled_up(self)
        if self.kind in ("venue", "district") and self.city:
            found = find_place(self.city)
            return found if found and found.kind == "city" else None
        return None


_ROLLED_UP_REGIONS = {"香港特别行政区": "香港", "澳门特别行政区": "澳门"}
# '合川区体育中心': the towns and districts of the four cities governed directly are in those cities
_MUNICIPALITIES = {"北京市": "北京", "上海市": "上海", "天津市": "天津", "重庆市": "重庆"}


def data_rows(table: str) -> Iterator[dict[str, str]]:
    """The rows of one of the package's data tables (tab-separated, a header, '#' lines are notes)."""
    with (resources.files("feed.extract") / "data" / table).open(encoding="utf-8") as handle:
        yield from csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t")


@lru_cache(maxsize=1)
def _rollup() -> dict[str, str]:
    return {row["place"]: row["city"] for row in data_rows("rollup.tsv")}


@lru_cache(maxsize=4096)
def _rolled_up(place: Place) -> Place:
    """Wan Chai is in Hong Kong, Tamsui in New Taipei, Hechuan in Chongqing: towns the gazetteer lists as cities,
    placed in theirs."""
    parent = (
        _ROLLED_UP_REGIONS.get(place.region or "")
        or place.city
        or _rollup().get(place.name)
        or _MUNICIPALITIES.get(place.region or "")
    )
    if parent is None or parent == place.name:
        return place
    found = best_place(names_index().get(lookup_key(parent), []))
    # Hunan's 龙潭 is no district of Taoyuan
    return found if found is not None and found.kind == "city" and found.country == place.country else place


def _float(value: str) -> float | None:
    return float(value) if value else None


def _add_places(index: dict[str, list[Place]], rows: Iterable[dict[str, str]]) -> None:
    for row in rows:
        place = Place(
            kind=row["kind"],
            name=row["name"],
            name_en=row["name_en"],
            region=row["region"] or None,
            region_en=row["region_en"] or None,
            country=row["country"] or None,
            country_en=row["country_en"] or None,
            latitude=_float(row["latitude"]),
            longitude=_float(row["longitude"]),
            timezone=row["timezone"] or None,
            population=int(row["population"] or 0),
            city=row["name_en"] if row["kind"] == "district" else None,
        )
        if place.name.endswith(_DIRECTLY_GOVERNED) or (place.kind == "district" and place.name in _AMBIGUOUS_DISTRICTS):
            continue
        english = [] if place.kind == "district" else [row["name_en"]]
        place, short = _county_level(place)
        keys = [row["name"], *english, *row["aliases"].split("|"), short]
        if _mainland_town(place):
            keys = [key for key in keys if key and _town_key(key, place, row["aliases"])]
        if place.country == "中国":
            keys = [key for key in keys if key not in _EVERYDAY_SEAT_NAMES]
        for key in dict.fromkeys(keys):
            if key:
                index.setdefault(lookup_key(key), []).append(place)


def _mainland_town(place: Place) -> bool:
    return (
        place.kind == "city"
        and place.country == "中国"
        and place.region not in _ROLLED_UP_REGIONS
        and 0 < place.population < _TOWN_POPULATION
        and not place.county_level
    )


_TOWN_POPULATION = 200_000
_SUFFIXED = re.compile(r"[镇乡市县区]$")


def _town_key(key: str, town: Place, aliases: str) -> bool:
    """Most of GeoNames' mainland towns are everyday words ('合作', '中心', '高峰', '青年', '启动'): in
    Chinese such a town is found with its 镇 (市, 县…), bare only when it is also a city called 市 (拉萨,
    都匀) whose name is no common word, or when the roll-up table places it in a city ('福田'). English names
    stay (English text finds no small town anyway)."""
    if key.isascii() or _SUFFIXED.search(key) or town.name in _rollup():
        return True
    return key == town.name and f"{key}市" in aliases.split("|") and key not in _COMMON_WORDS


@lru_cache(maxsize=1)
def names_index() -> dict[str, list[Place]]:
    index: dict[str, list[Place]] = {}
    for table in ("places.tsv", "cities.tsv"):
        _add_places(index, data_rows(table))
    for row in data_rows("aliases.tsv"):
        named = index.get(lookup_key(row["name"]), [])
        if named:
            index.setdefault(lookup_key(row["alias"]), []).extend(named)
    _add_districts(index)
    _fix_misplaced_cities(index)
    _seats_named_by_their_city(index)
    _towns_that_are_districts(index)
    _county_seats(index)
    _add_prefectures(index)
    for row in data_rows("venues.tsv"):
        # a venue names the city it is in; a town names its province
        parent = best_place(index.get(lookup_key(row["city"]), []))
        place = Place(
            kind=row["kind"],
            name=row["name"],
            name_en=row["name_en"],
            region=parent.region if parent else None,
            region_en=parent.region_en if parent else None,
            country=parent.country if parent else None,
            country_en=parent.country_en if parent else None,
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            timezone=parent.timezone if parent else None,
            population=0,
            city=row["city"] if row["kind"] in ("venue", "district") else None,
        )
        for key in [row["name"], row["name_en"], *row["aliases"].split("|")]:
            if key:
                index.setdefault(lookup_key(key), []).insert(0, place)
    return index


def _fix_misplaced_cities(index: dict[str, list[Place]]) -> None:
    """GeoNames puts a few border towns in the neighbouring province (敦煌 in Xinjiang, 武夷山 in Jiangxi):
    where the county-level city of the same name lies in another province at the same spot, its province is
    the one that is right."""
    fixed: dict[int, Place] = {}
    for places in index.values():
        counties = {p.name: p for p in places if p.county_level}
        for place in places:
            county = counties.get(place.name)
            if (
                county
                and place.kind == "city"
                and not place.county_level
                and county.region != place.region
                and degrees_apart(place, (county.latitude or 0, county.longitude or 0)) < 1  # 兴城: two towns
            ):
                fixed[id(place)] = replace(place, region=county.region, region_en=county.region_en)
    _replace_places(index, fixed)


def _seats_named_by_their_city(index: dict[str, list[Place]]) -> None:
    """GeoNames names some county-level cities by their seat (琼海 is its 嘉积, 浏阳 its 关口), which calendars
    would show: a town that carries a county-level city's name and lies at its spot takes that name."""
    fixed: dict[int, Place] = {}
    counties = {id(p): p for places in index.values() for p in places if p.county_level}
    for county in counties.values():  # each once, though it is filed under several keys
        if county.latitude is None:
            continue
        for place in index.get(lookup_key(county.name), []) + index.get(lookup_key(county.name + "市"), []):
            if (
                place.kind == "city"
                and not place.county_level
                and place.name != county.name
                and degrees_apart(place, (county.latitude, county.longitude or 0)) < _SAME_SPOT_DEGREES
            ):
                fixed[id(place)] = replace(place, name=county.name)
    _replace_places(index, fixed)


_SAME_SPOT_DEGREES = 0.5


def _towns_that_are_districts(index: dict[str, list[Place]]) -> None:
    """GeoNames lists many cities' districts as towns, often in the neighbouring province (Shanghai's 浦东,
    松江 and 嘉定 in Jiangsu or Zhejiang, Beijing's 顺义 in Hebei, Chongqing's 万州 in Sichuan): a town at the
    spot of a district of that name ('…区', '…新区') of another city is that district: it rolls up to that city."""
    fixed: dict[int, Place] = {}
    for key, places in index.items():
        for place in places:
            if place.kind != "city" or place.county_level or place.country != "中国" or place.latitude is None:
                continue
            for district in index.get(key + "区", []) + index.get(key + "新区", []):
                if (
                    district.kind == "district"
                    and district.city not in (None, key, place.name)  # 荆州区 is the city 荆州's own
                    and district.latitude is not None
                    and degrees_apart(place, (district.latitude, district.longitude or 0)) < 0.5
                ):
                    fixed[id(place)] = replace(
                        place, city=district.city, region=district.region, region_en=district.region_en
                    )
                    break
    _replace_places(index, fixed)


def _replace_places(index: dict[str, list[Place]], fixed: dict[int, Place]) -> None:
    """Put each corrected place (`fixed`, by the id of the place it replaces) under every key of the old one."""
    for places in index.values():
        places[:] = [fixed.get(id(place), place) for place in places]


def _county_seats(index: dict[str, list[Place]]) -> None:
    """GeoNames files many a county's seat town under the county's name ('湘阴县' is its 文星, '歙县' its
    徽城): a town found by the name of a county the gazetteer places in a city, at that county's spot, is in
    that city, as the county is."""
    fixed: dict[int, Place] = {}
    for key, places in index.items():
        county = next((p for p in places if p.kind == "district" and p.city and lookup_key(p.name) == key), None)
        if county is None or not county.name.endswith("县") or county.latitude is None:
            continue
        for place in places:
            if (
                place.kind == "city"
                and place.country == "中国"
                and not place.county_level
                and place.city is None
                and lookup_key(place.name) != key
                and place.latitude is not None
                and degrees_apart(place, (county.latitude, county.longitude or 0)) < _SAME_SPOT_DEGREES
            ):
                fixed[id(place)] = replace(place, city=county.city, region=county.region, region_en=county.region_en)
    _replace_places(index, fixed)


def _add_prefectures(index: dict[str, list[Place]]) -> None:
    """'黔南州召开…', '在西双版纳举行': an autonomous prefecture, by its full or its short names, is its seat
    (都匀, 景洪), or itself where the seat is no city of the gazetteer."""
    for row in data_rows("prefectures.tsv"):
        prefecture = best_place(index.get(lookup_key(row["prefecture"]), []))
        seats = [best_place(index.get(lookup_key(row["seat"] + suffix), [])) for suffix in ("", "市", "县")]
        seat = (
            next((s for s in seats if s is not None and s.kind == "city" and s.region == prefecture.region), None)
            if prefecture
            else None
        )
        target = seat or prefecture
        if target is None:
            continue
        for name in [row["prefecture"], *row["names"].split("|")]:
            index.setdefault(lookup_key(name), []).append(target)


def _add_districts(index: dict[str, list[Place]]) -> None:
    """A district of the roll-up table that no source lists ('中壢區', '新莊區') is found with its 区 and
    placed in its city; its bare name is an everyday word too often ('三重', '新店', '杨梅'). So is one whose bare
    name is another place's ('北屯區' is Taichung's, bare 北屯 Xinjiang's; '岡山區' Kaohsiung's, 冈山 Okayama)
    where no source has the name with its 区 ('龍潭區' is Jilin's too, and left as it was)."""
    for row in data_rows("rollup.tsv"):
        parent = best_place(index.get(lookup_key(row["city"]), []))
        if parent is None or parent.kind != "city" or row["place"].endswith("区"):
            continue
        bare = best_place(index.get(lookup_key(row["place"]), []))
        if bare is not None and (bare.country == parent.country or lookup_key(row["place"] + "区") in index):
            continue
        district = replace(parent, kind="district", name=row["place"] + "区", population=0, city=parent.name)
        index.setdefault(lookup_key(district.name), []).append(district)


# '东区' is Panzhihua's, Hong Kong's, Hsinchu's, Tainan's…: a district name of many cities places nothing; so
# does '城区' (汕尾's, 阳泉's…), mostly the word for a town's built-up part ('老城区', '氹仔城区文化协会')
_AMBIGUOUS_DISTRICTS = frozenset("东区 西区 南区 北区 中区 城区".split())

# cpca files the counties a province governs directly under a prefecture of this name
_DIRECTLY_GOVERNED = "直辖县级行政区划"
_COUNTY_SUFFIX = re.compile(r"(?:林区|县|市)$")
_PREFECTURE = "自治州"

# County-level city names that are also everyday words: matched only with their 市.
_COMMON_WORDS = frozenset(
    "和平 新华 长安 太平 东方 安定 开平 永和 大同 新和 城步 正安 龙门 福海 乐业 安远 永年 "
    "临江 江口 平安 光明 长兴 新兴 兴业 文安 安福 永胜 德庆 富民 宁安 合作 启动 白沙".split()
)


# Seats of districts that GeoNames counts over the town cut and whose bare names are everyday words ('在奋斗中',
# '长征精神', '金山银山', '城中村', '东海舰队', '关口前移'): matched only with their 镇, 区 or 县; so is the city
# of 来宾 with its 市 ('出席茶话会的来宾' are its guests, in every report of a meeting)
_EVERYDAY_SEAT_NAMES = frozenset("奋斗 长征 金山 城中 东海 关口 双桥 大场 城厢 来宾".split())


def _county_level(place: Place) -> tuple[Place, str | None]:
    """瑞丽市 is a city of its own, also found as 瑞丽. A county (香河县) keeps its 县: without it, county
    names match inside other words ('在望江校区' is no 望江县). A county a province governs directly
    (昌江黎族自治县, 神农架林区) has no prefecture city above it: it is a city of its own, called 昌江."""
    name = place.name
    if place.kind == "district" and (place.city or "").endswith(_DIRECTLY_GOVERNED):
        short = name[:2] if name.endswith("自治县") else _COUNTY_SUFFIX.sub("", name)  # 昌江黎族自治县: 昌江
    elif place.kind == "district" and (place.city or "").endswith(_PREFECTURE) and name.endswith("县"):
        # 昭苏县 of the 伊犁哈萨克自治州: no prefecture city above it either, the county is the place (昭苏),
        # still found only with its 县 ('从江西部' is no 从江县)
        short = name[:2] if name.endswith("自治县") else name[:-1]
        return replace(place, kind="city", name=short, name_en="", city=None, county_level=True), None
    elif place.kind != "district" or len(name) < 3 or not name.endswith("市"):
        return place, None
    else:
        short = name[:-1]
    county = replace(place, kind="city", name=short, name_en="", city=None, county_level=True)
    return county, (None if short in _COMMON_WORDS else short)


def lookup_key(name: str) -> str:
    key = _without_accents(name.strip().replace("’", "'"))
    if key.isascii():
        return key.replace("'", "").lower()  # "Xi'an" is GeoNames' Xian
    return to_simplified(key).lower()


# Latin letters that Unicode does not decompose into a plain letter and a mark ('Ł' is no 'L' with a stroke to it):
# written as English writes them, so 'Łódź', 'Wrocław', 'Tromsø' and 'Diyarbakır' are Lodz, Wroclaw, Tromso, Diyarbakir
PLAIN_LETTERS = str.maketrans(
    {
        "Ł": "L", "ł": "l", "Ø": "O", "ø": "o", "Đ": "D", "đ": "d", "Ð": "D", "ð": "d", "ı": "i", "Ħ": "H",
        "ħ": "h", "Ŧ": "T", "ŧ": "t", "Ŀ": "L", "ŀ": "l", "ß": "ss", "Æ": "Ae", "æ": "ae", "Œ": "Oe", "œ": "oe",
        "Þ": "Th", "þ": "th",
    }
)  # fmt: skip


def _without_accents(name: str) -> str:
    """'Rīga', 'São Paulo' and 'Łódź' are found as written and as 'Riga', 'Sao Paulo', 'Lodz'."""
    if name.isascii():
        return name
    decomposed = unicodedata.normalize("NFKD", name.translate(PLAIN_LETTERS))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped if stripped.isascii() else name


def best_place(places: list[Place]) -> Place | None:
    if not places:
        return None
    return min(places, key=lambda p: (_KIND_RANK[p.kind], -p.population))


def find_place(name: str) -> Place | None:
    """The place called `name` exactly (script- and case-insensitive), or None."""
    key = lookup_key(name)
    index = names_index()
    found = best_place(index.get(key, []))
    if found is None and key in ABBREVIATIONS:
        found = best_place(index.get(ABBREVIATIONS[key], []))
    return found


# a town of towns.tsv as a plain tuple (name, region, region_en, country, country_en, latitude, longitude, timezone,
# population): the garbage collector untracks tuples of strings and numbers, where 30,000 Place objects made each full
# collection of a worker 60% longer (8 to 13 ms) and extraction 1.5 times as slow (bench/extract_speed.py)
_TownRow = tuple[str, str | None, str | None, str | None, str | None, float | None, float | None, str | None, int]


@lru_cache(maxsize=1)
def towns_index() -> dict[str, tuple[_TownRow, ...]]:
    """The world's towns of 15,000 to 400,000 people (data/towns.tsv) by lookup key, apart from the names looked
    for everywhere in a text: many are everyday words or people's names ('Mentor', 'Florence', 'Lawrence').
    A row becomes a Place when it is found (town_place)."""
    index: dict[str, list[_TownRow]] = {}
    for row in data_rows("towns.tsv"):
        town: _TownRow = (
            row["name"],
            row["region"] or None,
            row["region_en"] or None,
            row["country"] or None,
            row["country_en"] or None,
            _float(row["latitude"]),
            _float(row["longitude"]),
            row["timezone"] or None,
            int(row["population"] or 0),
        )
        index.setdefault(lookup_key(row["name"]), []).append(town)
        short = _ON_A_RIVER.match(row["name"]) if row["country_en"] == "United Kingdom" else None
        if short is not None and lookup_key(short.group(1)) not in names_index():
            index.setdefault(lookup_key(short.group(1)), []).append((short.group(1), *town[1:]))
    return {key: tuple(towns) for key, towns in index.items()}


# 'Newark on Trent', 'Stratford-upon-Avon', 'Ashton-under-Lyne': a British town that news names by its first word
# ('Newark Showground', 'in Newark'), unless that word is a bigger place's ('Kingston upon Hull' is no Kingston)
_ON_A_RIVER = re.compile(r"([A-Z][a-z]+)[ -](?:on|upon|under)[ -][A-Z][a-z]+$")


@lru_cache(maxsize=4096)
def town_place(town: _TownRow) -> Place:
    name, region, region_en, country, country_en, latitude, longitude, timezone, population = town
    return Place("city", name, name, region, region_en, country, country_en, latitude, longitude, timezone, population)


def towns_countries_and_states() -> tuple[set[str], set[str]]:
    """The countries towns.tsv has towns in (English names), and the US states."""
    towns = [town for towns in towns_index().values() for town in towns]
    return {country for town in towns if (country := town[4])}, {state for town in towns if (state := town[2])}


# a town of towns.tsv under this many people (15,000 to 50,000) is found only in a country the text names, a US one
# only in its named state ('Mentor, Ohio': 'in Mentor' in any American story may be a word), and never by its name
# alone: the only town of a name is the only one of 50,000 or more (Brighton, England beside Brighton, Colorado)
SMALL_TOWN = 50_000


def find_town(name: str, countries: Collection[str], anywhere: bool = False) -> Place | None:
    """The most populous town called `name` in one of `countries` (English names of countries, or of US
    states); with `anywhere`, also the one town of that name and 50,000 people or more in a country not named."""
    towns = towns_index().get(lookup_key(name), ())
    named = [town for town in towns if town[2] in countries or _in_a_named_country(town, countries)]
    if not named and anywhere:
        known = [town for town in towns if town[8] >= SMALL_TOWN]
        named = known if len(known) == 1 else []
    best = max(named, key=lambda town: town[8], default=None)
    return town_place(best) if best is not None else None


def _in_a_named_country(town: _TownRow, countries: Collection[str]) -> bool:
    country_en, population = town[4], town[8]  # a _TownRow's
    return country_en in countries and (population >= SMALL_TOWN or country_en != "United States")


def degrees_apart(place: Place, here: tuple[float, float]) -> float:
    if place.latitude is None or place.longitude is None:
        return 360.0
    return abs(place.latitude - here[0]) + abs(place.longitude - here[1])
