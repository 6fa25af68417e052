"""One story, however many outlets print it (and in whichever script)."""

from __future__ import annotations

import random
import threading
import zlib
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import numpy as np
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.feed_queries import Filters, events_for, recent_articles
from db.models import Article, ArticleBand, Source
from db.runs import queue_run
from db.session import Database
from db.sources import source_by_key
from feed import dedup, ingest, prints
from feed.config import SourceConfig
from feed.ingest import _Writer
from feed.model import ArticleDoc, RunTrigger
from feed.parse.guard import normalise_doc
from feed.sources import sync_sources

HANS = (
    "4月17日，首届湿地保护论坛在滨江新区会展中心举行，来自十二所高校的学者和三十多家环保组织的代表参加了会议。"
    "论坛由滨江新区管委会主办，江城大学生态学院承办。与会代表围绕候鸟栖息地修复、城市雨水花园建设和湿地科普教育等议题进行了交流，"
    "并实地考察了新区东侧的芦苇湿地。主办方介绍，今后论坛将每年举办一次。"
)
HANT = (
    "4月17日，首屆濕地保護論壇在濱江新區會展中心舉行，來自十二所高校的學者和三十多家環保組織的代表參加了會議。"
    "論壇由濱江新區管委會主辦，江城大學生態學院承辦。與會代表圍繞候鳥棲息地修復、城市雨水花園建設和濕地科普教育等議題進行了交流，"
    "並實地考察了新區東側的蘆葦濕地。主辦方介紹，今後論壇將每年舉辦一次。（轉載自江城晚報）"
)
OTHER = (
    "港湾市第三届海洋科技博览会5月5日开幕，展期三天，共有一百二十家企业参展，展区分为海洋能源、水下机器人和渔业科技三部分。"
    "主办单位表示，今年新增的青年创业专区吸引了不少大学团队报名参加，开幕当日还举行了近海风电研讨会。"
)


def test_canonical_urls_drop_tracking_and_noise() -> None:
    assert dedup.canonical_url("HTTPS://News.Example:443//a/b.html?utm_source=rss&id=7&spm=x#top") == (
        "https://news.example/a/b.html?id=7"
    )
    assert dedup.canonical_url("http://news.example:8080/a?b=2&a=1") == "http://news.example:8080/a?a=1&b=2"


def test_near_duplicates_across_scripts() -> None:
    hans, hant, other = (dedup.fingerprint(t) for t in (HANS, HANT, OTHER))
    assert dedup.similarity(hans, hant) >= dedup.NEAR_DUPLICATE
    assert dedup.similarity(hans, other) < 0.1
    assert set(dedup.band_keys(hans)) & set(dedup.band_keys(hant))
    assert dedup.fingerprint("too short") is None


def test_fingerprints_are_the_minhash_the_stored_ones_were_made_with() -> None:
    """Stored fingerprints are compared with new ones: however the signature is computed, it must stay
    the minimum over the shingles of (crc32 mod p) * a + b mod p, for each permutation's a and b."""
    prime = 2**31 - 1
    for text in (HANS, OTHER, "Wetland forum opens in Binjiang with scholars from twelve universities. " * 3):
        norm = dedup.normalised_text(text)
        shingles = {norm[i : i + prints.SHINGLE] for i in range(len(norm) - prints.SHINGLE + 1)}
        hashes = [zlib.crc32(s.encode("utf-8")) % prime for s in shingles]
        expected = "".join(
            f"{min((h * int(a) + int(b)) % prime for h in hashes):08x}"
            for a, b in zip(prints._A, prints._B, strict=True)
        )
        assert dedup.fingerprint(text) == expected


def test_the_signature_reduces_modulo_the_prime_as_the_remainder_does() -> None:
    prime = 2**31 - 1
    largest = (prime - 1) * (prime - 1) + prime - 1  # a hash below the prime times a multiplier, plus b
    edges = [0, 1, prime - 1, prime, prime + 1, 2 * prime, 2 * prime - 1, 2**31, 2**32 - 1, 2**61, largest]
    chance = random.Random(31)
    values = edges + [chance.randrange(largest + 1) for _ in range(5000)]
    reduced = prints._mod_prime(np.array(values, dtype=np.uint64))
    assert reduced.tolist() == [v % prime for v in values]


def test_shingle_hashes_are_zlibs_crc32_of_each_shingle() -> None:
    chance = random.Random(16)
    letters = "ab09é中國国际大数据𠀀ß-"  # one to four bytes a character in UTF-8
    for size in (5, 6, 61, 400):
        norm = "".join(chance.choice(letters) for _ in range(size))
        expected = [zlib.crc32(norm[i : i + 5].encode("utf-8")) for i in range(size - 4)]
        assert prints.shingle_crcs(norm).tolist() == expected


def _ingest(database, key: str, docs: list[ArticleDoc]) -> None:  # type: ignore[no-untyped-def]
    with database.begin() as session:
        source = source_by_key(session, key)
        run_id, source_id = queue_run(session, key, "cli", source).id, source.id
    _Writer(database, run_id, source_id, key).store([normalise_doc(d) for d in docs])


def test_a_reprinted_story_is_shown_once_with_its_other_sources(database: Database) -> None:
    with database.begin() as session:
        sync_sources(
            session,
            [SourceConfig(key=k, name=k, kind="feed", url=f"https://{k}.example/rss") for k in ("jc", "ny", "agg")],
        )
    when = datetime(2024, 4, 18, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    _ingest(
        database,
        "jc",
        [
            ArticleDoc(
                title="滨江新区举办首届湿地保护论坛",
                text=HANS,
                guid="jc-1",
                url="https://jc.example/a/1.html",
                published=when,
            ),
            ArticleDoc(
                title="海洋科技博览会开幕",
                text=OTHER,
                guid="jc-2",
                url="https://jc.example/a/2.html",
            ),
        ],
    )
    _ingest(
        database,
        "ny",
        [
            ArticleDoc(
                title="濱江新區舉辦首屆濕地保護論壇",
                text=HANT,
                guid="ny-9",
                url="https://ny.example/x/9.html",
                published=when,
            ),
        ],
    )
    _ingest(
        database,
        "agg",
        [  # an aggregator linking the original with tracking parameters
            ArticleDoc(
                title="Wetland forum",
                text="A short blurb.",
                guid="agg-1",
                url="https://jc.example/a/1.html?utm_source=agg&utm_medium=rss",
            ),
        ],
    )
    with database.begin() as session:
        shown = recent_articles(session, Filters())
        assert sorted(a.guid for a in shown) == ["jc-1", "jc-2"]
        original = next(a for a in shown if a.guid == "jc-1")
        assert sorted(r.source.key for r in original.reprints) == ["agg", "ny"]
        by_source = recent_articles(session, Filters(source="ny"))
        assert [a.guid for a in by_source] == ["ny-9"]  # a source's own feed still has it
        ny = session.scalar(select(Article).join(Source).where(Source.key == "ny"))
        assert len(original.events) == 1 and ny.events == original.events  # one meeting, reported once
        assert sorted(a.source.key for a in original.events[0].articles) == ["agg", "jc", "ny"]
        assert len(events_for(session, Filters())) == 1


def test_the_original_is_found_among_many_articles_sharing_one_band(database: Database) -> None:
    """More older articles than the candidate limit share one band key with a reprint: the original,
    sharing most of them, is still the one found."""
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key="s", name="s", kind="feed", url="https://s.example/rss")])
    when = datetime(2024, 4, 18, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    fillers = [
        ArticleDoc(
            title=f"简讯{i}", text=f"第{i}条简讯：港湾市今日天气晴，气温{i % 30}度。", guid=f"f-{i}", published=when
        )
        for i in range(210)
    ]
    _ingest(database, "s", fillers)
    one_band = prints.dated_keys(dedup.band_keys(dedup.fingerprint(HANS))[:1], date(2024, 4, 18))[0]
    with database.begin() as session:
        session.add_all(
            ArticleBand(band=one_band, article_id=a.id)
            for a in session.scalars(select(Article).where(Article.guid.like("f-%")))
        )
    _ingest(database, "s", [ArticleDoc(title="湿地保护论坛", text=HANS, guid="original", published=when)])
    _ingest(database, "s", [ArticleDoc(title="濕地保護論壇", text=HANT, guid="reprint", published=when)])
    with database.begin() as session:
        original = session.scalar(select(Article).where(Article.guid == "original"))
        reprint = session.scalar(select(Article).where(Article.guid == "reprint"))
        assert original is not None and reprint is not None
        assert reprint.duplicate_of == original.id


@pytest.mark.parametrize(
    ("size", "workers"), [(1, 0), (500, 0), (3, 1)], ids=["one-by-one", "one-batch", "extracted-by-a-worker"]
)
def test_a_batch_finds_the_originals_that_storing_one_by_one_finds(
    database: Database, monkeypatch: pytest.MonkeyPatch, size: int, workers: int
) -> None:
    """New documents of one batch are inserted together: an earlier one of the batch is the original of a
    later one by text and by fingerprint, as a stored one is (and by canonical URL); a second document at
    an address of the batch updates the first."""
    monkeypatch.setattr(ingest, "BATCHING", ingest.Batching(size=size, seconds=60, workers=workers))
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key=k, name=k, kind="feed", url=f"https://{k}.example/rss") for k in "ab"])
    when = datetime(2024, 4, 18, 9, 30, tzinfo=ZoneInfo("Asia/Shanghai"))
    stored_before = (
        "港湾市第二届海洋科技博览会去年5月举行，今年的展会规模扩大了一倍，主办单位预计参展企业和观众人数都将创下新高。"
        * 2
    )
    old = ArticleDoc(title="旧闻", text=stored_before, guid="old", url="https://a.example/old.html", published=when)
    _ingest(database, "a", [old])

    def doc(guid: str, text: str, url: str | None = None) -> ArticleDoc:
        return ArticleDoc(title=guid, text=text, guid=guid, url=url, published=when)

    _ingest(
        database,
        "b",
        [
            doc("hans", HANS, "https://b.example/1.html"),
            doc("other", OTHER, "https://b.example/2.html"),
            doc("hant", HANT, "https://b.example/3.html"),  # a near-duplicate of 'hans' in the other script
            doc("blurb", "A short blurb.", "https://a.example/old.html?utm_source=x"),  # old's canonical URL
            doc("copy", OTHER + "\n", "https://b.example/5.html"),  # other's text
            doc("again", stored_before, "https://b.example/6.html"),  # a stored article's text
            doc("moved", OTHER, "https://b.example/2.html"),  # a new GUID at other's address: other, updated
        ],
    )
    with database.begin() as session:
        rows = session.execute(select(Article.guid, Article.id, Article.duplicate_of, Article.title)).all()
        guid_of = {id_: guid for guid, id_, _, _ in rows}
        originals = {guid: guid_of.get(duplicate_of) for guid, _, duplicate_of, _ in rows}
        titles = {guid: title for guid, _, _, title in rows}
        bands = session.scalar(select(func.count()).select_from(ArticleBand))
    assert originals == {
        "old": None,
        "hans": None,
        "other": None,
        "hant": "hans",
        "blurb": "old",
        "copy": "other",
        "again": "old",
    }
    assert titles["other"] == "moved"
    assert bands == 16 * 6  # every fingerprinted text; the blurb is too short


def test_similarity_is_the_share_of_equal_hash_values() -> None:
    fingerprint = dedup.prints_of("滨江新区湿地保护论坛定于5月17日举行。" * 20).fingerprint
    assert fingerprint is not None
    chunks = [fingerprint[i : i + 8] for i in range(0, len(fingerprint), 8)]
    new_chunks = ["ffffffff" if i % 4 == 0 else chunk for i, chunk in enumerate(chunks)]
    changed = "".join(new_chunks)
    expected = sum(a == b for a, b in zip(chunks, new_chunks, strict=True))
    assert dedup.similarity(fingerprint, fingerprint) == 1.0
    assert dedup.similarity(fingerprint, changed) == expected / len(chunks)
    assert dedup.similarity(fingerprint, None) == dedup.similarity(fingerprint, fingerprint[:-8]) == 0.0


@pytest.mark.parametrize("size", [1, 500], ids=["one-by-one", "one-batch"])
def test_a_reprint_is_found_when_dated_in_its_originals_month_or_the_next(
    database: Database, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    """Band keys are filed under their article's month and looked up in the months around a new one's: a
    reprint dated in the next month is found, one dated three months later is a story of its own (the
    same text still is a reprint, by its hash)."""
    monkeypatch.setattr(ingest, "BATCHING", ingest.Batching(size=size, seconds=60, workers=0))
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key="s", name="s", kind="feed", url="https://s.example/rss")])
    shanghai = ZoneInfo("Asia/Shanghai")

    def doc(guid: str, text: str, month: int, day: int) -> ArticleDoc:
        return ArticleDoc(title=guid, text=text, guid=guid, published=datetime(2024, month, day, 9, tzinfo=shanghai))

    _ingest(database, "s", [doc("original", HANS, 4, 28)])
    _ingest(
        database,
        "s",
        [doc("next-month", HANT, 5, 20), doc("later", HANT + "編輯：江城", 7, 20), doc("same", HANS, 9, 1)],
    )
    with database.begin() as session:
        rows = session.execute(select(Article.guid, Article.id, Article.duplicate_of)).all()
        keys = session.scalars(select(ArticleBand.band).join(Article).where(Article.guid == "original")).all()
    guid_of = {id_: guid for guid, id_, _ in rows}
    assert {guid: guid_of.get(original) for guid, _, original in rows} == {
        "original": None,
        "next-month": "original",
        "later": None,
        "same": "original",
    }
    assert len(keys) == prints.BANDS and all(key.startswith("202404/") for key in keys)


def test_dated_and_nearby_keys_cross_years() -> None:
    bands = ["0:aa", "1:bb"]
    assert prints.dated_keys(bands, date(2024, 1, 31)) == ["202401/0:aa", "202401/1:bb"]
    assert prints.nearby_keys(bands[:1], date(2024, 1, 31)) == ["202312/0:aa", "202401/0:aa", "202402/0:aa"]
    assert prints.nearby_keys(bands[:1], date(2023, 12, 1))[-1] == "202401/0:aa"


def test_two_runs_storing_the_same_story_at_once_keep_one_original(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Run a has looked for the story's original and not yet stored its article when run b looks: b waits for a
    to commit (the story lock), then finds a's article as the original instead of storing a second one."""
    story = (
        "示例县今天召开农业农村工作推进会，总结去年粮食生产情况，部署今年春耕备耕和高标准农田建设任务。"
        "会议要求各乡镇压实责任，确保粮食播种面积稳定在一百二十万亩以上。"
    )
    with database.begin() as session:
        for key in ("a", "b"):
            path = tmp_path / f"{key}.xml"
            path.write_text(
                '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>S</title>'
                f"<item><title>示例县部署春耕</title><guid>{key}-1</guid><pubDate>2024-03-01 09:00:00</pubDate>"
                f"<description>{story}</description></item></channel></rss>",
                encoding="utf-8",
            )
            sync_sources(session, [SourceConfig(key=key, name=key, kind="feed", path=path)])
    looked, other_looked = threading.Event(), threading.Event()
    look = ingest.originals_of_new

    def first_waits_after_looking(session: Session, articles: Any, prints: Any) -> Any:
        found = look(session, articles, prints)
        if not looked.is_set():
            looked.set()
            other_looked.wait(3)  # until b has looked too, should it get that far before a commits
        else:
            other_looked.set()
        return found

    monkeypatch.setattr(ingest, "originals_of_new", first_waits_after_looking)
    first = threading.Thread(target=ingest.ingest_now, args=(database, "a", RunTrigger.CLI))
    first.start()
    assert looked.wait(30)
    other = Database(database.url)
    try:
        assert ingest.ingest_now(other, "b", RunTrigger.CLI).new == 1
    finally:
        other.dispose()
    first.join(30)
    with database.begin() as session:
        articles = {a.guid: a for a in session.scalars(select(Article))}
    assert articles["a-1"].duplicate_of is None
    assert articles["b-1"].duplicate_of == articles["a-1"].id
