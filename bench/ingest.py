"""Ingest speed at archive scale (issue #16): articles a second, ms per stage, peak RSS.

    python bench/ingest.py [--items 2000] [--stored 1k,100k,1m] [--db sqlite,postgresql]
        [--postgres postgresql+psycopg://postgres@127.0.0.1:5432/test] [--code DIR] [--rounds 1]
        [--keep DIR [--fill-only]] [--old DIR]

Writes an RSS file of --items generated articles (1-3 kB of UTF-8 each; Simplified, Traditional
and English in the proportions of bench/corpus.py; 20% open with a sentence reporting a meeting
with its day and city, 10% reprint an earlier item, half of the Chinese ones in the other
script). Their sentences are built from the word lists of bench/corpus.py without its meeting
words, so that meeting words are as rare as in news. Then, for every database and stored size:

  1. a database holding `stored` articles of another source (random text hashes, fingerprints
     and 16 band keys each; the texts and search keys of 2,000 other generated articles, cycled, so
     that the search index is as large as a real archive's; one event for every 20 articles,
     linked), written with COPY
     (PostgreSQL) or executemany (SQLite), analysed, and copied for every run, not timed;
     `--stored 0` is a first run's database: nothing stored and no statistics, so that the run's
     own articles are all the source has (an outlet's archive back-filled into a new service);
  2. `feed ingest FILE --quiet` of the file in a child process with the code of --code (default:
     this tree): its wall time and peak RSS (the child's rusage from wait4);
  3. the same ingest in another child into another copy, with the stages timed, all of them in
     that process (no extraction workers): parse (taking documents from the loader), extract
     (extract_meetings), dedup (prints, originals, bands), store (the rest of the run: lookups,
     inserts, events, commits);
  4. feedparser.parse of the same file in a child: the time a parse alone takes.

Prints a row per database and size; the ratio of the rate at the largest stored size to the
smallest; and the ingest time over feedparser's parse time. With --old DIR (another tree, e.g. a
`git worktree` of an earlier revision), every round also runs step 2 with that tree's code, the
two in alternating order, and prints the median ratio of the wall times, new over old.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import (  # noqa: E402
    EN_NAMES,
    EN_SUFFIXES,
    EN_WORDS,
    LANG_WEIGHTS,
    LANGS,
    MEETINGS_EN,
    MEETINGS_ZH,
    TOPICS_EN,
    TOPICS_ZH,
    ZH_WORDS,
    Corpus,
    entity_zh,
)

from db.search import search_key  # noqa: E402
from feed.text import to_simplified, to_traditional  # noqa: E402

MONTHS = "January February March April May June July August September October November December".split()


@dataclass(frozen=True)
class Item:
    guid: str
    link: str
    title: str
    text: str
    published: datetime
    lang: str


def _meeting_sentence(corpus: Corpus, rng: random.Random, lang: str, day: datetime) -> str:
    city = corpus.city(rng)
    edition = rng.randint(2, 12)
    if lang == "en":
        kind, topic = rng.choice(MEETINGS_EN), rng.choice(TOPICS_EN)
        return (
            f"The {edition}th {city.city_en} {topic} {kind} opened in {city.city_en} on "
            f"{MONTHS[day.month - 1]} {day.day}, {day.year}, with several hundred delegates attending. "
        )
    name = f"第{edition}届{city.city}{rng.choice(TOPICS_ZH)}{rng.choice(MEETINGS_ZH)}"
    sentence = f"{day.month}月{day.day}日，{name}在{city.city}开幕。"
    return to_traditional(sentence) if lang == "zh-Hant" else sentence


MEETING_WORDS = set(MEETINGS_ZH) | {
    "论坛",
    "会议",
    "座谈会",
    "研讨会",
    "峰会",
    "年会",
    "大会",
    "博览会",
    "发布会",
    "展览",
    "展会",
}
PLAIN_ZH = [
    w for w in ZH_WORDS if w not in MEETING_WORDS and w not in ("开幕", "举行", "召开", "首届", "第二届", "本届")
]
PLAIN_EN = [
    w for w in EN_WORDS if w not in {m.lower() for m in MEETINGS_EN} | {"meeting", "opened", "held", "convened"}
]


def _sentence(corpus: Corpus, rng: random.Random, lang: str) -> str:
    if lang == "en":
        words = rng.choices(PLAIN_EN, k=rng.randint(8, 18))
        if rng.random() < 0.4:
            words.insert(rng.randrange(len(words)), f"{rng.choice(EN_NAMES)} {rng.choice(EN_SUFFIXES)}")
        if rng.random() < 0.3:
            words.insert(0, "In " + corpus.city(rng).city_en + ",")
        return " ".join(words).capitalize() + ". "
    words = rng.choices(PLAIN_ZH, k=rng.randint(5, 12))
    if rng.random() < 0.4:
        words.insert(rng.randrange(len(words)), entity_zh(rng))
    if rng.random() < 0.3:
        words.insert(0, corpus.city(rng).city)
    cut = rng.randint(2, len(words) - 1)
    sentence = "".join(words[:cut]) + "，" + "".join(words[cut:]) + "。"
    return to_traditional(sentence) if lang == "zh-Hant" else sentence


def _body(corpus: Corpus, rng: random.Random, lang: str) -> tuple[str, str]:
    """(title, text of 1-3 kB of UTF-8 in paragraphs of three sentences)."""
    target = rng.randint(1000, 3000)
    paragraphs: list[str] = []
    size = 0
    while size < target:
        paragraph = "".join(_sentence(corpus, rng, lang) for _ in range(3))
        paragraphs.append(paragraph)
        size += len(paragraph.encode())
    return rng.choice(corpus.titles[lang]).text, "\n\n".join(paragraphs)


NEW_ITEMS_START = datetime(2025, 3, 1, tzinfo=UTC)


def generate(count: int, seed: int = 16, start: datetime = NEW_ITEMS_START) -> Iterator[Item]:
    """`count` items, oldest first: 20% report a meeting, 10% reprint an earlier item."""
    corpus = Corpus(seed=seed, sentences=3000, titles=1500)
    rng = random.Random(seed)
    earlier: list[Item] = []
    for index in range(count):
        published = start + timedelta(minutes=7 * index)
        lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
        if earlier and rng.random() < 0.10:
            source = rng.choice(earlier[-500:])
            text = source.text
            if source.lang != "en" and rng.random() < 0.5:  # a reprint in the other script
                lang = "zh-Hant" if source.lang == "zh-Hans" else "zh-Hans"
                text = to_traditional(text) if lang == "zh-Hant" else to_simplified(text)
            else:
                lang = source.lang
            title = source.title + (" (转载)" if lang != "en" else " (reprint)")
        else:
            title, text = _body(corpus, rng, lang)
            if rng.random() < 0.20:
                text = _meeting_sentence(corpus, rng, lang, published - timedelta(days=rng.randint(0, 2))) + text
        item = Item(f"bench-ingest-{index}", f"https://example.org/n/{index}.html", title, text, published, lang)
        earlier.append(item)
        yield item


def write_feed(path: Path, items: Iterator[Item]) -> int:
    """An RSS 2.0 file of the items, newest last as they come; returns how many."""
    count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n'
            "<title>示例日报 ingest bench</title>\n<link>https://example.org/</link>\n<description>bench</description>\n"
        )
        for item in items:
            body = "".join(f"<p>{escape(p)}</p>" for p in item.text.split("\n\n"))
            out.write(
                f"<item><title>{escape(item.title)}</title><link>{item.link}</link>"
                f'<guid isPermaLink="false">{item.guid}</guid>'
                f"<pubDate>{format_datetime(item.published)}</pubDate>"
                f"<description><![CDATA[{body}]]></description></item>\n"
            )
            count += 1
        out.write("</channel>\n</rss>\n")
    return count


# ---- stored articles ------------------------------------------------------------------------------

STAMP = "2024-06-01 08:00:00+00"
# the stored articles are dated evenly over three years up to the end of the new items' first month, so that
# month already holds a month of the archive when they arrive (band keys are filed by month: feed.prints)
ARCHIVE_END = NEW_ITEMS_START + timedelta(days=31)
ARCHIVE_DAYS = 3 * 365


def _archive_date(i: int, count: int) -> datetime:
    return ARCHIVE_END - timedelta(days=ARCHIVE_DAYS * (count - i + 1) / count)


STORED_TEXTS = 2000


def _stored_texts(seed: int) -> list[tuple[str, str]]:
    """(text, search key) of STORED_TEXTS generated articles that are not among the new items."""
    items = generate(STORED_TEXTS, seed=seed, start=ARCHIVE_END - timedelta(days=ARCHIVE_DAYS))
    return [(item.text, search_key(item.title, item.text) or "") for item in items]


def _stored_rows(count: int, seed: int = 7) -> Iterator[tuple[list[object], list[list[object]]]]:
    """(article row, its 16 band rows) of `count` stored articles: ids 1..count, source 1, dated over three
    years (a month of 1M stored holds about 28,000 of them)."""
    rng = random.Random(seed)
    texts = _stored_texts(seed) if count else []
    for i in range(1, count + 1):
        text, key = texts[i % len(texts)]
        url = f"https://archive.example/a/{i}.html"
        fingerprint = f"{rng.getrandbits(2048):0512x}"
        published = _archive_date(i, count)
        row: list[object] = [
            i,
            1,
            f"stored-{i}",
            url,
            url,
            f"存档稿件{i}",
            text,
            "[]",
            "zh-Hans",
            f"{published:%Y-%m-%d %H:%M:%S}+00",
            f"{rng.getrandbits(256):064x}",
            f"{rng.getrandbits(256):064x}",
            fingerprint,
            key,
            STAMP,
            STAMP,
        ]
        # filed under the article's month, as feed.prints files them
        bands = [[f"{published:%Y%m}/{band:x}:{rng.getrandbits(64):016x}", i] for band in range(16)]
        yield row, bands


ARTICLE_COLUMNS = (
    "id, source_id, guid, url, canonical_url, title, text, editors, language, published_at, "
    "content_hash, text_hash, fingerprint, search_text, created_at, updated_at"
)
SOURCE = (1, "archive", "存档", "feed", "https://archive.example/rss", "Asia/Shanghai", 21600, 0, STAMP)
SOURCE_COLUMNS = "id, key, name, kind, location, timezone, interval_seconds, error_count, created_at"
EVENT_COLUMNS = (
    "id, uid, name, start_date, end_date, timezone, status, confidence, sequence, organisers, created_at, updated_at"
)


def _event_rows(count: int) -> Iterator[list[object]]:
    for i in range(1, count + 1):
        yield [
            i,
            f"stored-{i}@bench.example",
            f"存档会议{i}",
            "2024-05-01",
            "2024-05-01",
            "Asia/Shanghai",
            "held",
            0.8,
            0,
            "[]",
            STAMP,
            STAMP,
        ]


def fill_sqlite(path: Path, stored: int, code: Path) -> None:
    """A migrated SQLite database at `path` holding `stored` articles."""
    migrate(f"sqlite:///{path}", code)
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute(
            f"INSERT INTO sources ({SOURCE_COLUMNS}, configured) VALUES ({', '.join('?' * 9)}, 0)", SOURCE
        )
        marks = ", ".join("?" * 16)
        articles, bands = [], []
        for row, keys in _stored_rows(stored):
            articles.append(row)
            bands.extend(keys)
            if len(articles) == 20_000:
                connection.executemany(f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({marks})", articles)
                connection.executemany("INSERT INTO article_bands (band, article_id) VALUES (?, ?)", bands)
                articles, bands = [], []
        connection.executemany(f"INSERT INTO articles ({ARTICLE_COLUMNS}) VALUES ({marks})", articles)
        connection.executemany("INSERT INTO article_bands (band, article_id) VALUES (?, ?)", bands)
        if not stored:  # a first run's database: nothing stored, never analysed
            return
        events = max(stored // 20, 1)
        connection.executemany(
            f"INSERT INTO events ({EVENT_COLUMNS}) VALUES ({', '.join('?' * 12)})", _event_rows(events)
        )
        connection.executemany(
            "INSERT INTO article_events (article_id, event_id) VALUES (?, ?)",
            ((i * 20, i) for i in range(1, events + 1)),
        )
        connection.execute("ANALYZE")


_COPY_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copy_text(values: list[object]) -> str:
    """A row in COPY's text format."""
    return "\t".join(str(v).translate(_COPY_ESCAPES) for v in values) + "\n"


def fill_postgres(url: str, stored: int, code: Path) -> None:
    import psycopg

    migrate(url, code)
    with psycopg.connect(_libpq(url)) as connection, connection.cursor() as cursor:
        # as COPY fills the trigram index's pending list, merged in few rounds (db.articles)
        cursor.execute("SET work_mem = '256MB'")
        cursor.execute(
            f"INSERT INTO sources ({SOURCE_COLUMNS}, configured) VALUES ({', '.join(['%s'] * 9)}, false)", SOURCE
        )
        with cursor.copy(f"COPY articles ({ARTICLE_COLUMNS}) FROM STDIN") as copy:
            for row, _ in _stored_rows(stored):
                copy.write(_copy_text(row))
        with cursor.copy("COPY article_bands (band, article_id) FROM STDIN") as copy:
            for _, keys in _stored_rows(stored):
                for key in keys:
                    copy.write(_copy_text(key))
        events = max(stored // 20, 1) if stored else 0  # a first run's database: nothing stored, never analysed
        with cursor.copy(f"COPY events ({EVENT_COLUMNS}) FROM STDIN") as copy:
            for event in _event_rows(events):
                copy.write(_copy_text(event))
        with cursor.copy("COPY article_events (article_id, event_id) FROM STDIN") as copy:
            for i in range(1, events + 1):
                copy.write(f"{i * 20}\t{i}\n")
        for table in ("sources", "articles", "events"):
            cursor.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        connection.commit()
    if stored:
        with psycopg.connect(_libpq(url), autocommit=True) as connection:
            connection.execute("VACUUM ANALYZE")


def _libpq(url: str) -> str:
    return url.replace("postgresql+psycopg://", "postgresql://")


def migrate(url: str, code: Path) -> None:
    """The schema of the measured tree (`--code`), whose migrations may differ from this one's."""
    subprocess.run(
        [sys.executable, "-m", "feed", "db", "upgrade"],
        env={**os.environ, "FEED_DATABASE_URL": url, "PYTHONPATH": str(code)},
        cwd=code,  # `-m` puts the working folder first on the path
        check=True,
        capture_output=True,
    )


class Store:
    """A filled template database and fresh copies of it for each run. With `keep`, the template is kept
    (SQLite: a file in that folder; PostgreSQL: the database) and a kept one is used again."""

    def __init__(self, kind: str, stored: int, work: Path, server: str, code: Path, keep: Path | None = None) -> None:
        self.kind, self.stored, self.work, self.server, self.keep = kind, stored, work, server, keep
        self.copies: list[str] = []
        started = time.monotonic()
        if keep is not None:
            keep.mkdir(parents=True, exist_ok=True)
        if kind == "sqlite":
            self.template = (keep or work) / f"template-{stored}.db"
            ready = self.template.with_suffix(".ready")
            if not (keep and ready.exists()):
                self.template.unlink(missing_ok=True)
                fill_sqlite(self.template, stored, code)
                ready.touch()
        else:
            self.template_name = f"feed_bench_ingest_{stored}"
            if not (keep and self._count(self.template_name) == stored):
                self._create(self.template_name)
                fill_postgres(self._url(self.template_name), stored, code)
        self.fill_seconds = time.monotonic() - started

    def copy(self) -> str:
        """A fresh copy of the template: its URL."""
        self.drop_copies()
        if self.kind == "sqlite":
            path = self.work / f"run-{self.stored}.db"
            shutil.copy(self.template, path)
            self.copies.append(str(path))
            return f"sqlite:///{path}"
        name = f"feed_bench_ingest_{self.stored}_run"
        self._create(name, template=self.template_name)
        self.copies.append(name)
        return self._url(name)

    def _url(self, name: str) -> str:
        return self.server.rsplit("/", 1)[0] + "/" + name

    def _admin(self) -> Any:
        import psycopg

        return psycopg.connect(_libpq(self.server), autocommit=True)

    def _count(self, name: str) -> int | None:
        import psycopg

        try:
            with psycopg.connect(_libpq(self._url(name))) as connection:
                row = connection.execute("SELECT count(*) FROM articles").fetchone()
                return int(row[0]) if row else None
        except psycopg.Error:
            return None

    def _create(self, name: str, template: str | None = None) -> None:
        with self._admin() as connection:
            connection.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
            connection.execute(f"CREATE DATABASE {name}" + (f" TEMPLATE {template}" if template else ""))

    def drop_copies(self) -> None:
        for copy in self.copies:
            if self.kind == "sqlite":
                for suffix in ("", "-wal", "-shm"):
                    Path(copy + suffix).unlink(missing_ok=True)
            else:
                with self._admin() as connection:
                    connection.execute(f"DROP DATABASE IF EXISTS {copy} WITH (FORCE)")
        self.copies = []

    def drop(self) -> None:
        self.drop_copies()
        if self.kind != "sqlite" and not self.keep:
            with self._admin() as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {self.template_name} WITH (FORCE)")


# ---- the children -------------------------------------------------------------------------------

STAGES_CHILD = """
import json, sys, time
from collections import defaultdict
import feed.ingest as ingest
spent = defaultdict(float)

def timed(name, function):
    def run(*args, **kwargs):
        started = time.perf_counter()
        try:
            return function(*args, **kwargs)
        finally:
            spent[name] += time.perf_counter() - started
    return run

try:
    import feed.prepare as prepare
except ImportError:
    prepare = None
for module, name, stage in [(ingest, "extract_meetings", "extract"), (ingest, "prints_of", "dedup"),
                            (prepare, "prints_of", "dedup"), (ingest, "originals_of_new", "dedup"),
                            (ingest, "index_new_stories", "dedup"), (ingest, "mark_new_stories", "dedup"),
                            (ingest, "link_story", "dedup")]:
    if hasattr(module, name):
        setattr(module, name, timed(stage, getattr(module, name)))
if hasattr(ingest.BATCHING, "workers"):  # every stage in this process, to be timed
    import dataclasses
    ingest.BATCHING = dataclasses.replace(ingest.BATCHING, workers=0)
    if hasattr(prepare, "start_workers_ahead"):  # nor started ahead by the command
        prepare.start_workers_ahead = lambda count: None
real_load = ingest.load_documents

def load(*args, **kwargs):
    started = time.perf_counter()
    loaded = real_load(*args, **kwargs)
    spent["parse"] += time.perf_counter() - started
    docs = iter(loaded.docs)
    def timed_docs():
        while True:
            started = time.perf_counter()
            try:
                doc = next(docs)
            except StopIteration:
                spent["parse"] += time.perf_counter() - started
                return
            spent["parse"] += time.perf_counter() - started
            yield doc
    loaded.docs = timed_docs() if not isinstance(loaded.docs, list) else list(timed_docs())
    return loaded

ingest.load_documents = load
real_refresh = ingest.refresh

def refresh(*args, **kwargs):
    started = time.perf_counter()
    try:
        return real_refresh(*args, **kwargs)
    finally:
        spent["run"] += time.perf_counter() - started

ingest.refresh = refresh
from feed.cli import main
code = main(["ingest", sys.argv[1], "--quiet"])
print(json.dumps({"exit": code, **spent}))
"""

FEEDPARSER_CHILD = """
import json, sys, time
import feedparser
started = time.perf_counter()
parsed = feedparser.parse(sys.argv[1])
print(json.dumps({"seconds": time.perf_counter() - started, "entries": len(parsed.entries)}))
"""


def _env(url: str, code: Path, work: Path) -> dict[str, str]:
    return {**os.environ, "FEED_DATABASE_URL": url, "PYTHONPATH": str(code), "FEED_CONFIG": str(work / "none.toml")}


def _rss_mb(pid: int, field: str = "VmRSS") -> float:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    return int(status.split(f"{field}:")[1].split()[0]) / 1024 if f"{field}:" in status else 0.0


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []


def ingest_wall(url: str, feed: Path, code: Path, work: Path) -> tuple[float, float, float, str]:
    """(seconds, peak RSS MB of the ingest process, of its worker processes together, last line printed)
    of `feed ingest FILE --quiet` in a child; memory sampled from /proc every 0.1 s (the process's VmHWM)."""
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "feed", "ingest", str(feed), "--quiet"],
        env=_env(url, code, work),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=work,
    )
    main_peak, workers_peak = [0.0], [0.0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.1):
            main_peak[0] = max(main_peak[0], _rss_mb(child.pid, "VmHWM"))
            workers = sum(_rss_mb(pid) for pid in _children(child.pid))
            workers_peak[0] = max(workers_peak[0], workers)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = child.communicate()
    done.set()
    seconds = time.monotonic() - started
    sampler.join()
    if child.returncode != 0:
        raise SystemExit(f"feed ingest failed: {err.decode()[-2000:]}")
    return seconds, main_peak[0], workers_peak[0], out.decode().strip().splitlines()[-1]


def ingest_stages(url: str, feed: Path, code: Path, work: Path) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", STAGES_CHILD, str(feed)],
        env=_env(url, code, work),
        capture_output=True,
        text=True,
        cwd=work,
    )
    if done.returncode != 0:
        raise SystemExit(f"staged ingest failed: {done.stderr[-2000:]}")
    spent: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return spent


def feedparser_seconds(feed: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", FEEDPARSER_CHILD, str(feed)], capture_output=True, text=True, check=True
    )
    seconds: float = json.loads(done.stdout)["seconds"]
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--stored", default="1000,100000", help="stored sizes, comma-separated (1k, 1m allowed)")
    parser.add_argument("--db", default="sqlite,postgresql")
    parser.add_argument("--postgres", default="postgresql+psycopg://postgres@127.0.0.1:5432/test")
    parser.add_argument("--code", type=Path, default=ROOT, help="the tree whose feed package is measured")
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument(
        "--keep", type=Path, help="keep the filled templates (SQLite files in this folder) and reuse them"
    )
    parser.add_argument(
        "--fill-only", action="store_true", help="fill (and keep, with --keep) the templates, then stop"
    )
    parser.add_argument("--write", type=Path, help="only write the feed file here and stop")
    parser.add_argument("--old", type=Path, help="a tree whose `feed ingest` wall time is measured beside --code's")
    args = parser.parse_args()
    if args.write:
        started = time.monotonic()
        count = write_feed(args.write, generate(args.items))
        print(f"wrote {count} items to {args.write} in {time.monotonic() - started:.1f} s")
        return 0
    sizes = [int(s.lower().replace("k", "000").replace("m", "000000")) for s in args.stored.split(",")]
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        work = Path(tmp)
        (work / "none.toml").write_text("# no configured sources: the file is ingested as an ad-hoc source\n")
        feed = work / "feed.xml"
        write_feed(feed, generate(args.items))
        print(f"{args.items} items, {feed.stat().st_size / 2**20:.1f} MB; code: {args.code}", flush=True)
        parse = statistics.median(feedparser_seconds(feed) for _ in range(3))
        print(f"feedparser.parse alone: {parse:.2f} s ({parse / args.items * 1000:.2f} ms an item)\n", flush=True)
        header = (
            f"{'db':<10} {'stored':>9} {'wall s':>7} {'art/s':>6} {'x fp':>5} {'run s':>6} {'run art/s':>9} "
            f"{'parse':>6} {'extract':>7} {'dedup':>6} {'store':>6} {'RSS MB':>7} {'worker':>7} {'run x fp':>8}"
        )
        rates: dict[str, dict[int, float]] = {}
        rows = []
        walls_old_new: dict[tuple[str, int], list[tuple[float, float]]] = {}
        for kind in args.db.split(","):
            for size in sizes:
                store = Store(kind, size, work, args.postgres, args.code, args.keep)
                print(f"({kind}: {size} stored, filled in {store.fill_seconds:.0f} s)", flush=True)
                if args.fill_only:
                    continue
                try:
                    for round_ in range(args.rounds):
                        if args.old:
                            old_first = round_ % 2 == 0
                            old_wall = ingest_wall(store.copy(), feed, args.old, work)[0] if old_first else 0.0
                        wall, rss, workers_rss, last = ingest_wall(store.copy(), feed, args.code, work)
                        if args.old:
                            if not old_first:
                                old_wall = ingest_wall(store.copy(), feed, args.old, work)[0]
                            walls_old_new.setdefault((kind, size), []).append((old_wall, wall))
                            print(f"{kind:<10} {size:>9,} old {old_wall:>7.1f} s, new {wall:>7.1f} s", flush=True)
                        spent = ingest_stages(store.copy(), feed, args.code, work)
                        per = {k: spent.get(k, 0.0) / args.items * 1000 for k in ("parse", "extract", "dedup", "run")}
                        per["store"] = per["run"] - per["parse"] - per["extract"] - per["dedup"]
                        rate = args.items / spent["run"]
                        rates.setdefault(kind, {}).setdefault(size, rate)
                        rows.append(
                            f"{kind:<10} {size:>9,} {wall:>7.1f} {args.items / wall:>6.0f} {wall / parse:>5.1f} "
                            f"{spent['run']:>6.1f} {rate:>9.0f} "
                            f"{per['parse']:>6.2f} {per['extract']:>7.2f} {per['dedup']:>6.2f} {per['store']:>6.2f} "
                            f"{rss:>7.0f} {workers_rss:>7.0f} {spent['run'] / parse:>8.1f}"
                        )
                        print(rows[-1], f"   [{last.split()[2] if len(last.split()) > 2 else last}]", flush=True)
                finally:
                    store.drop()
        print("\n" + header)
        print("\n".join(rows))
        print(
            "\nwall s, art/s, RSS MB and worker (MB: its extraction process) are `feed ingest` FILE as a user runs it"
            " (start-up included); x fp: wall s over feedparser.parse of the file alone."
            "\nrun s, run art/s and the stages (ms an article) are the same run with every stage in one process,"
            " start-up excluded; run x fp: run s over the parse alone."
        )
        for (kind, size), pairs in walls_old_new.items():
            ratios = [new / old for old, new in pairs]
            old_rate = args.items / statistics.median(old for old, _ in pairs)
            new_rate = args.items / statistics.median(new for _, new in pairs)
            print(
                f"{kind} at {size:,} stored: wall new/old median {statistics.median(ratios):.2f} "
                f"({', '.join(f'{r:.2f}' for r in ratios)}); old {old_rate:.0f} art/s, new {new_rate:.0f} art/s"
            )
        for kind, by_size in rates.items():
            if len(by_size) > 1:
                small, large = min(by_size), max(by_size)
                print(f"{kind}: rate at {large:,} stored / rate at {small:,}: {by_size[large] / by_size[small]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
