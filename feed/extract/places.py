"""Place names -> city, region, country and coordinates.

A first, small table; the gazetteer issue replaces it with a full data set.
Keys are Simplified Chinese or lower-case English; lookups normalise first.
"""

from __future__ import annotations

from dataclasses import dataclass

from feed.text import to_simplified


@dataclass(frozen=True)
class Place:
    city: str  # Simplified Chinese name
    city_en: str
    region: str
    country: str
    latitude: float
    longitude: float


_PLACES = [
    Place("沈阳", "Shenyang", "辽宁省", "中国", 41.8057, 123.4315),
    Place("北京", "Beijing", "北京市", "中国", 39.9042, 116.4074),
    Place("上海", "Shanghai", "上海市", "中国", 31.2304, 121.4737),
    Place("天津", "Tianjin", "天津市", "中国", 39.3434, 117.3616),
    Place("广州", "Guangzhou", "广东省", "中国", 23.1291, 113.2644),
    Place("深圳", "Shenzhen", "广东省", "中国", 22.5431, 114.0579),
    Place("昆明", "Kunming", "云南省", "中国", 25.0389, 102.7183),
    Place("长春", "Changchun", "吉林省", "中国", 43.8171, 125.3235),
    Place("哈尔滨", "Harbin", "黑龙江省", "中国", 45.8038, 126.5350),
    Place("大连", "Dalian", "辽宁省", "中国", 38.9140, 121.6147),
    Place("香港", "Hong Kong", "香港特别行政区", "中国", 22.3193, 114.1694),
    Place("澳门", "Macau", "澳门特别行政区", "中国", 22.1987, 113.5439),
    Place("台北", "Taipei", "台湾", "中国", 25.0330, 121.5654),
]
_BY_NAME = {p.city: p for p in _PLACES} | {p.city_en.lower(): p for p in _PLACES}


def find_place(name: str) -> Place | None:
    key = to_simplified(name.strip()).removesuffix("市")
    return _BY_NAME.get(key) or _BY_NAME.get(key.lower())


def place_in(text: str) -> Place | None:
    """The first known place named in `text`."""
    simplified = to_simplified(text)
    lowered = simplified.lower()
    hits = [(lowered.find(k), p) for k, p in _BY_NAME.items() if k in lowered]
    return min(hits, key=lambda hit: hit[0])[1] if hits else None
