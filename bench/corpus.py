"""Generated rows for the scale and load benchmarks: word lists written here, no news text.

Articles are Simplified, Traditional or English; texts are built from a pool of
sentences whose search keys are computed once with the app's own `search_key`, so
a row's `search_text` is exactly what the app would store (checked on a sample).
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from db.search import search_key
from feed.text import to_traditional

ROOT = Path(__file__).resolve().parents[1]
PLACES = ROOT / "feed" / "extract" / "data" / "places.tsv"

ZH_WORDS = (
    "合作 发展 交流 论坛 会议 项目 企业 产业 创新 经济 投资 贸易 市场 城市 区域 政府 代表 专家 学者 领导 "
    "签约 开幕 举行 召开 主办 承办 协办 参加 出席 发言 讨论 研究 推动 促进 加强 深化 扩大 提升 建设 服务 "
    "科技 数字 绿色 低碳 新能源 智能制造 人工智能 生物医药 现代农业 文化旅游 金融 物流 港口 铁路 航空 教育 "
    "人才 就业 民生 乡村振兴 高质量发展 营商环境 对外开放 招商引资 供应链 产业链 数字经济 跨境电商 会展 博览会 "
    "座谈会 研讨会 峰会 年会 大会 洽谈会 推介会 发布会 展览 展会 成果 协议 合同 计划 方案 规划 政策 措施 "
    "今年 去年 上午 下午 近日 目前 此次 本届 首届 第二届 多家 多个 一批 重要 重点 全面 持续 积极 共同 进一步"
).split()
EN_WORDS = (
    "cooperation development exchange forum meeting project company industry innovation economy investment "
    "trade market city region government delegates experts scholars officials signed opened held convened "
    "hosted organised attended spoke discussed research promote strengthen deepen expand improve build services "
    "technology digital green energy manufacturing intelligence medicine agriculture tourism finance logistics "
    "port railway aviation education talent jobs rural quality environment openness supply chain commerce "
    "exhibition expo summit conference symposium agreement contract plan policy measures this year last "
    "morning afternoon recently first second several many important key joint further partners visitors"
).split()
SYLLABLES = list("华信中兴天海东方长城金龙宏达新星恒瑞德安百联国泰永盛嘉和光明汇通博远佳美鼎丰晨锦")
SUFFIXES = "科技 集团 实业 控股 电子 能源 物流 医药 传媒 银行".split()
EN_NAMES = "Acme Borealis Cobalt Delta Everfield Fairmont Granite Harbor Ionic Juniper Keystone Lumen".split()
EN_SUFFIXES = "Group Holdings Logistics Energy Labs Bank Media Partners".split()
MEETINGS_ZH = "论坛 座谈会 研讨会 峰会 博览会 年会 大会 洽谈会 推介会 交易会".split()
MEETINGS_EN = "Forum Summit Conference Expo Symposium Fair".split()
TOPICS_ZH = "国资央企合作 数字经济 绿色发展 产业链协同 乡村振兴 对外开放 人工智能 新能源汽车 文化旅游 跨境电商".split()
TOPICS_EN = "Digital Economy|Green Growth|Supply Chains|Rural Revival|Open Trade|AI|New Energy|Tourism".split("|")
RARE = "瑶池量子"  # a company name that only the articles given `rare=True` hold
RARE_ARTICLES = 120  # that many at every size (Chinese ones: about 100), so its feed is full at every size
COMMON = "新能源汽车"  # a title topic: in about 1 article of 12
LANGS = ("zh-Hans", "zh-Hant", "en")
LANG_WEIGHTS = (0.55, 0.3, 0.15)


def entity_zh(rng: random.Random) -> str:
    return rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + rng.choice(SUFFIXES)


@dataclass(frozen=True)
class Piece:
    """A stored string, its search key, both escaped for COPY's text format."""

    text: str
    key: str
    text_copy: str
    key_copy: str

    @classmethod
    def of(cls, text: str) -> Piece:
        key = search_key(text) or ""
        return cls(text, key, copy_escape(text), copy_escape(key))


def copy_escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


@dataclass(frozen=True)
class Place:
    city: str
    city_en: str
    region: str
    country: str
    latitude: float
    longitude: float
    timezone: str
    weight: float


def places() -> list[Place]:
    rows = []
    with PLACES.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row["kind"] != "city" or not row["latitude"] or not row["timezone"]:
                continue
            population = max(int(row["population"] or 0), 50_000)
            china = row["country"] == "中国"
            rows.append(
                Place(
                    row["name"],
                    row["name_en"],
                    row["region"],
                    row["country"],
                    float(row["latitude"]),
                    float(row["longitude"]),
                    row["timezone"],
                    population**0.8 * (4 if china else 1),
                )
            )
    return rows


class Corpus:
    """Pools of sentences and titles per language; `article()` picks from them."""

    def __init__(self, seed: int = 6, sentences: int = 12_000, titles: int = 6_000) -> None:
        rng = self.rng = random.Random(seed)
        self.places = places()
        self.place_weights = [p.weight for p in self.places]
        zh = [self._zh_sentence(rng) for _ in range(sentences)]
        self.sentences = {
            "zh-Hans": [Piece.of(s) for s in zh],
            "zh-Hant": [Piece.of(to_traditional(s)) for s in zh],
            "en": [Piece.of(self._en_sentence(rng)) for _ in range(sentences // 2)],
        }
        zh_titles = [self._zh_title(rng) for _ in range(titles)]
        rare = f"{RARE}{zh[0]}"
        self.rare = {"zh-Hans": Piece.of(rare), "zh-Hant": Piece.of(to_traditional(rare)), "en": Piece.of("")}
        self.titles = {
            "zh-Hans": [Piece.of(t) for t in zh_titles],
            "zh-Hant": [Piece.of(to_traditional(t)) for t in zh_titles],
            "en": [Piece.of(self._en_title(rng)) for _ in range(titles // 2)],
        }

    def city(self, rng: random.Random) -> Place:
        return rng.choices(self.places, self.place_weights)[0]

    def _zh_sentence(self, rng: random.Random) -> str:
        words = rng.choices(ZH_WORDS, k=rng.randint(5, 12))
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), entity_zh(rng))
        if rng.random() < 0.3:
            words.insert(0, self.city(rng).city)
        cut = rng.randint(2, len(words) - 1)
        return "".join(words[:cut]) + "，" + "".join(words[cut:]) + "。"

    def _en_sentence(self, rng: random.Random) -> str:
        words = rng.choices(EN_WORDS, k=rng.randint(8, 18))
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), f"{rng.choice(EN_NAMES)} {rng.choice(EN_SUFFIXES)}")
        if rng.random() < 0.3:
            words.insert(0, "In " + self.city(rng).city_en + ",")
        return " ".join(words).capitalize() + ". "

    def _zh_title(self, rng: random.Random) -> str:
        words = "".join(rng.choices(ZH_WORDS, k=2))
        return f"{self.city(rng).city}{rng.choice(TOPICS_ZH)}{rng.choice(MEETINGS_ZH)}{words}"

    def _en_title(self, rng: random.Random) -> str:
        return f"{self.city(rng).city_en} {rng.choice(TOPICS_EN)} {rng.choice(MEETINGS_EN)} {rng.choice(EN_WORDS)}"

    def article(self, rng: random.Random, lang: str, rare: bool = False) -> tuple[str, str, str, str, str]:
        """(title, text, title COPY, text COPY, search_text COPY) of one generated article."""
        pool = self.sentences[lang]
        title = rng.choice(self.titles[lang])
        chosen = rng.choices(pool, k=rng.randint(5, 12))
        if rare:
            chosen[0] = self.rare[lang]
        paragraphs = [chosen[i : i + 3] for i in range(0, len(chosen), 3)]
        text = "\n\n".join("".join(p.text for p in para) for para in paragraphs)
        text_copy = "\\n\\n".join("".join(p.text_copy for p in para) for para in paragraphs)
        key_copy = title.key_copy + "\\n" + "\\n\\n".join("".join(p.key_copy for p in para) for para in paragraphs)
        return title.text, text, title.text_copy, text_copy, key_copy


def decode_copy(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\":
            out.append({"n": "\n", "t": "\t", "r": "\r", "\\": "\\"}[value[i + 1]])
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


START = datetime(2019, 1, 1, tzinfo=UTC)
END = datetime(2026, 11, 1, tzinfo=UTC)


def ts(value: datetime | None) -> str:
    return "\\N" if value is None else value.strftime("%Y-%m-%d %H:%M:%S+00")


def day(value: date) -> str:
    return value.isoformat()


def spread(i: int, count: int, rng: random.Random) -> datetime:
    """Published times over the years, roughly in id order (ids follow ingest order)."""
    span = (END - START).total_seconds()
    return START + timedelta(seconds=span * i / count + rng.uniform(-43_200, 43_200))
