"""Scale benchmark on PostgreSQL (issue #6, item 8).

    python bench/scale.py [--sizes 10k,100k,1m] [--events 50000] [--cold 8] [--cached 100] [--keep]

For each size: a database `feed_scale_<size>` is created, migrated to 0003, filled with
generated rows by COPY (articles, 50k events, article-event links, sources, search keys
as the app computes them), then migrated to the head (the index migration runs on
the filled tables and is timed). `feed serve --no-scheduler` is started for each size on
a free loopback port and each case is requested through HTTP, the sizes side by side:
each round asks every size in turn, in rotating order, so drift on a shared machine
falls on all sizes alike:

  cold   = the first request after the data changed (an event's updated_at bumped, then
           the version TTL waited out): data-version read, rows, render, gzip;
  render = the same, but another request read the new data version first (what a request
           meets under steady traffic, where the version is re-read in the background):
           rows, render, gzip;
  cached = the same request repeated (bytes already built).
  relisted (calendars only) = cold, after the reports_version of every meeting the calendar lists
           changed, as if each one's list of articles had: the web process's report cache misses
           for all 500 and their articles are read again (as for a first request after start).
           Shown beside the goal, not in it: the goal's cold is a change as ingest makes one.

It prints p50/p95 per case and size, the ratio of the largest size to the smallest,
the web process memory (VmRSS, VmHWM), and EXPLAIN (ANALYZE) summaries of the main
queries at the largest size. Databases are dropped at the end unless --keep.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import psycopg  # noqa: E402
from corpus import (  # noqa: E402
    COMMON,
    END,
    LANG_WEIGHTS,
    LANGS,
    RARE,
    RARE_ARTICLES,
    Corpus,
    copy_escape,
    spread,
    ts,
)
from sqlalchemy import event as sa_event  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402

from db.search import search_key  # noqa: E402

SIZES = {"10k": 10_000, "100k": 100_000, "1m": 1_000_000}
SOURCES = 40
NULL = "\\N"
SERVE_LIMIT_MB = 200
CITY = "上海"
Q_COMMON = COMMON  # a topic in titles: about 1 article of 12
Q_RARE = RARE  # a company name in about 100 articles at every size: 1 in 100 at 10k, 1 in 10,000 at 1M
CASES = {
    "feed": "/feeds/articles.atom",
    "feed city": "/feeds/articles.atom?city=" + urllib.parse.quote(CITY),
    "feed q common": "/feeds/articles.atom?q=" + urllib.parse.quote(Q_COMMON),
    "feed q rare": "/feeds/articles.atom?q=" + urllib.parse.quote(Q_RARE),
    "calendar": "/feeds/events.ics",
    "calendar city": "/feeds/events.ics?city=" + urllib.parse.quote(CITY),
}


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# ---- databases ---------------------------------------------------------------


def libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def create_database(server: str, name: str) -> str:
    with psycopg.connect(libpq(server), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return make_url(server).set(database=name).render_as_string(hide_password=False)


def drop_database(server: str, name: str) -> None:
    with psycopg.connect(libpq(server), autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def migrate(url: str, revision: str) -> float:
    from db.migrate import upgrade
    from db.session import Database

    # index builds on a filled table: give them memory (session setting, this connection only)
    database = Database(url, connect_args={"options": "-c maintenance_work_mem=1GB"})
    t0 = time.perf_counter()
    upgrade(database.engine, revision)
    database.dispose()
    return time.perf_counter() - t0


def _copy(connection: psycopg.Connection, table: str, columns: str, rows: object) -> None:
    with connection.cursor() as cursor, cursor.copy(f"COPY {table} ({columns}) FROM STDIN") as copy:
        buffer: list[str] = []
        size = 0
        for line in rows:  # type: ignore[attr-defined]
            buffer.append(line)
            size += len(line)
            if size > 4_000_000:
                copy.write("".join(buffer))
                buffer, size = [], 0
        copy.write("".join(buffer))


def fill(url: str, articles: int, events: int, corpus: Corpus, seed: int = 7) -> dict[str, float]:
    """Generated rows by COPY; returns counts and seconds."""
    rng = random.Random(seed)
    t0 = time.perf_counter()
    with psycopg.connect(libpq(url)) as connection:
        now = ts(spread(articles, articles, rng))
        _copy(
            connection,
            "sources",
            "id, key, name, kind, location, timezone, interval_seconds, configured, error_count, options, created_at",
            (
                f"{i}\tsrc{i:02d}\t示例日报{i:02d}\tfeed\thttps://news{i:02d}.example.cn/rss.xml\tAsia/Shanghai\t"
                f"1800\tt\t0\t{{}}\t{now}\n"
                for i in range(1, SOURCES + 1)
            ),
        )

        def event_rows():  # type: ignore[no-untyped-def]
            for i in range(1, events + 1):
                place = corpus.city(rng)
                when = spread(i, events, rng) + timedelta(days=rng.randint(-20, 40))
                lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
                if lang == "en":
                    name = f"{place.city_en} {rng.choice(('Forum', 'Summit', 'Expo', 'Conference'))} {i}"
                else:
                    name = corpus.titles[lang][i % len(corpus.titles[lang])].text[:30] + f"第{i}届"
                start = when.date()
                end = start + timedelta(days=rng.choice((0, 0, 0, 1, 2)))
                city_key, region_key = search_key(place.city) or "", search_key(place.region) or ""
                text = copy_escape(search_key(name, None, place.city, place.city_en, place.region) or "")
                uid = hashlib.sha1(f"scale-{i}".encode()).hexdigest()[:16] + "@feed.example"
                stamp = ts(min(when, END))  # rows written before the data's end date
                yield (
                    f"{i}\t{uid}\t{name}\t{start}\t{end}\t{place.timezone}\t{place.city}\t{place.city_en}\t"
                    f"{place.region}\t{place.country}\t{place.latitude}\t{place.longitude}\t[]\theld\t0.8\t0\t"
                    f"{stamp}\t{stamp}\t{city_key}\t{region_key}\t{text}\n"
                )

        _copy(
            connection,
            "events",
            "id, uid, name, start_date, end_date, timezone, city, city_en, region, country, "
            "latitude, longitude, organisers, status, confidence, sequence, created_at, updated_at, city_key, "
            "region_key, search_text",
            event_rows(),
        )
        t_events = time.perf_counter()
        langs = rng.choices(LANGS, LANG_WEIGHTS, k=articles)
        rare_every = max(1, articles // RARE_ARTICLES)

        def article_rows():  # type: ignore[no-untyped-def]
            for i in range(1, articles + 1):
                lang = langs[i - 1]
                _, _, title, text, key = corpus.article(rng, lang, rare=i % rare_every == 0)
                source = rng.randint(1, SOURCES)
                url = f"https://news{source:02d}.example.cn/a/{i}.html"
                published = spread(i, articles, rng)
                created = published + timedelta(minutes=rng.randint(5, 600))
                duplicate = str(i - 1) if i % 40 == 0 else NULL  # 2.5% reprints of the previous story
                published_copy = NULL if i % 200 == 7 else ts(published)  # 0.5% undated
                yield (
                    f"{i}\t{source}\t{url}\t{url}\t{title}\t{text}\t示例日报{source:02d}\t示例记者\t[]\t{lang}\t"
                    f"{published_copy}\t{i:064x}\t{ts(created)}\t{ts(created)}\t"
                    f"{url}\t{duplicate}\t{key}\n"
                )

        _copy(
            connection,
            "articles",
            "id, source_id, guid, url, title, text, outlet, author, editors, language, "
            "published_at, content_hash, created_at, updated_at, canonical_url, duplicate_of, search_text",
            article_rows(),
        )
        t_articles = time.perf_counter()
        links: set[tuple[int, int]] = set()
        for event in range(1, events + 1):  # every event reported at least once
            links.add((rng.randint(1, articles), event))
        for _ in range(articles * 15 // 100):  # and about one article in six reports one
            links.add((rng.randint(1, articles), rng.randint(1, events)))
        _copy(connection, "article_events", "article_id, event_id", (f"{a}\t{e}\n" for a, e in sorted(links)))
        for table in ("sources", "events", "articles"):
            connection.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))")
        connection.commit()
    t1 = time.perf_counter()
    return {
        "articles": articles,
        "events": events,
        "links": len(links),
        "seconds": t1 - t0,
        "articles_seconds": t_articles - t_events,
    }


def check_search_keys(url: str, sample: int = 300) -> None:
    """The generated search_text equals what the app computes from title and text."""
    with psycopg.connect(libpq(url)) as connection:
        rows = connection.execute(
            "SELECT title, text, search_text FROM articles ORDER BY id LIMIT %s", (sample,)
        ).fetchall()
        events = connection.execute(
            "SELECT name, venue, city, city_en, region, search_text, city_key FROM events ORDER BY id LIMIT %s",
            (sample,),
        ).fetchall()
    for title, text, stored in rows:
        assert search_key(title, text) == stored, (title, text[:80], stored[:80])
    for name, venue, city, city_en, region, stored, city_key in events:
        assert search_key(name, venue, city, city_en, region) == stored and search_key(city) == city_key


def tune(url: str, random_page_cost: float) -> None:
    """The planner setting README recommends for data on SSD or in memory (new connections take it)."""
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        name = connection.info.dbname
        connection.execute(f'ALTER DATABASE "{name}" SET random_page_cost = {float(random_page_cost)}')


def analyze(url: str) -> None:
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        connection.execute("VACUUM ANALYZE")


# ---- the service -----------------------------------------------------------------


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Service:
    """`feed serve --no-scheduler` in its own process group."""

    def __init__(self, url: str, work: Path, config: Path | None = None) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        if config is None:
            config = work / "sources.toml"
            (work / "empty").mkdir(exist_ok=True)
            config.write_text(
                '[[sources]]\nkey = "bench"\nname = "Bench"\nkind = "files"\npath = "empty"\nevery = "6h"\n',
                encoding="utf-8",
            )
        env = {**os.environ, "FEED_DATABASE_URL": url, "FEED_CONFIG": str(config), "FEED_BASE_URL": self.base}
        feed = Path(sys.executable).with_name("feed")
        command = [str(feed)] if feed.exists() else [sys.executable, "-m", "feed"]
        self.log = (work / f"serve-{self.port}.log").open("wb")
        self.process = subprocess.Popen(
            command + ["serve", "--no-scheduler", "--port", str(self.port)],
            env=env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(self.base + "/healthz", timeout=2).read()
                break
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    raise RuntimeError(f"feed serve did not start; see {self.log.name}") from None
                time.sleep(0.2)

    def get(self, path: str) -> tuple[float, int, bytes]:
        request = urllib.request.Request(self.base + path, headers={"Accept-Encoding": "gzip"})
        t0 = time.perf_counter()
        with urllib.request.urlopen(request, timeout=120) as response:
            body = response.read()
        return time.perf_counter() - t0, response.status, body

    def memory(self) -> dict[str, int]:
        status = Path(f"/proc/{self.process.pid}/status").read_text()
        return {
            k: int(re.search(rf"{k}:\s+(\d+) kB", status).group(1)) // 1024  # type: ignore[union-attr]
            for k in ("VmRSS", "VmHWM")
        }

    def stop(self) -> None:
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(5)
        self.log.close()


def shape(body: bytes) -> dict[str, int]:
    """A response's size, its entries or events, and its event description lines (one per article)."""
    text = gzip.decompress(body).decode("utf-8")
    if "BEGIN:VCALENDAR" in text:
        descriptions = re.findall(r"^DESCRIPTION[^:]*:([^\r\n]*(?:\r\n[ \t][^\r\n]*)*)", text, re.MULTILINE)
        lines = sum(d.count("\\n") + 1 for d in descriptions)
        return {"bytes": len(body), "items": text.count("BEGIN:VEVENT"), "description lines": lines}
    return {"bytes": len(body), "items": len(re.findall(r"<entry[ >]", text))}


def bump(url: str, rng: random.Random) -> None:
    """Change the data (one event's updated_at), so every feed's next request is cold."""
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        connection.execute(
            "UPDATE events SET updated_at = (SELECT max(updated_at) FROM events) "
            "+ make_interval(secs => %s) WHERE id = %s",
            (1 + rng.random(), rng.randint(1, 1000)),
        )


def relist(url: str, uids: list[str]) -> None:
    """Give the meetings a calendar lists a new reports_version, as if each one's list of articles had
    changed: none is taken from the web process's report cache."""
    with psycopg.connect(libpq(url), autocommit=True) as connection:
        changed = connection.execute(
            "UPDATE events SET reports_version = floor(random() * 9007199254740991)::bigint WHERE uid = ANY(%s)",
            (uids,),
        ).rowcount
    assert changed == len(uids) > 0, (changed, len(uids))


def listed_uids(body: bytes) -> list[str]:
    text = gzip.decompress(body).decode("utf-8")
    return [uid.replace("\\,", ",").replace("\\;", ";") for uid in re.findall(r"^UID:(.*)\r$", text, re.MULTILINE)]


def kinds_of(name: str, cold: int, cached: int) -> list[tuple[str, int]]:
    kinds = [("cold", cold), ("render", cold), ("cached", cached)]
    return kinds + [("relisted", cold)] if name.startswith("calendar") else kinds


def measure(
    urls: dict[str, str], work: Path, cold: int, cached: int, cases: dict[str, str]
) -> tuple[dict[str, dict[str, dict[str, list[float]]]], dict[str, dict]]:
    """Every size side by side: one server per size, and each round of a case asks every size in turn
    (the order rotating), so drift on a shared machine falls on all sizes alike."""
    rng = random.Random(3)
    services = {label: Service(url, work) for label, url in urls.items()}
    labels = list(services)
    info: dict[str, dict] = {label: {"memory_start": service.memory()} for label, service in services.items()}

    def ask(label: str, path: str) -> tuple[float, bytes]:
        seconds, status, body = services[label].get(path)
        assert status == 200, (label, path, status)
        return seconds, body

    try:
        results: dict[str, dict[str, dict[str, list[float]]]] = {
            label: {name: {kind: [] for kind, _ in kinds_of(name, cold, cached)} for name in cases} for label in labels
        }
        listed: dict[tuple[str, str], list[str]] = {}  # (size, case) -> the UIDs its calendar lists
        for name, kind, rounds in ((n, k, r) for n in cases for k, r in kinds_of(n, cold, cached)):
            for round_ in range(rounds):
                order = labels[round_ % len(labels) :] + labels[: round_ % len(labels)]
                if kind != "cached":
                    for label in labels:
                        bump(urls[label], rng)
                        if kind == "relisted":
                            relist(urls[label], listed[label, name])
                    time.sleep(1.1)  # the version TTL (1 s): the next request reads the new version
                for label in order:
                    if kind == "render":  # another request reads the new version first
                        ask(label, "/feeds/events.rss?limit=1")
                    seconds, body = ask(label, cases[name])
                    results[label][name][kind].append(seconds)
                    if kind == "cold":
                        info[label][name] = shape(body)
                        if name.startswith("calendar"):
                            listed[label, name] = listed_uids(body)
        for label, service in services.items():
            info[label]["memory"] = service.memory()
    finally:
        for service in services.values():
            service.stop()
    return results, info


# ---- plans -------------------------------------------------------------------------


def plans(url: str) -> list[tuple[str, list[str]]]:
    """EXPLAIN (ANALYZE, BUFFERS) of every statement the store runs for each case."""
    from db.feed_queries import Filters, events_for, feed_data_version, recent_articles
    from db.session import Database

    database = Database(url)
    captured: list[tuple[str, object]] = []

    @sa_event.listens_for(database.engine, "before_cursor_execute")
    def _capture(conn, cursor, statement, parameters, context, executemany):  # type: ignore[no-untyped-def]
        if statement.lstrip().upper().startswith("SELECT"):
            captured.append((statement, parameters))

    calls = {
        "data version": lambda s: feed_data_version(s),
        "feed": lambda s: recent_articles(s, Filters()),
        "feed city": lambda s: recent_articles(s, Filters(city=CITY)),
        "feed q common": lambda s: recent_articles(s, Filters(q=Q_COMMON)),
        "feed q rare": lambda s: recent_articles(s, Filters(q=Q_RARE)),
        "calendar": lambda s: events_for(s, Filters(limit=500)),
        "calendar city": lambda s: events_for(s, Filters(city=CITY, limit=500)),
    }
    out = []
    for name, call in calls.items():
        captured.clear()
        with database.begin() as session:
            call(session)
        statements = list(captured)
        for index, (statement, parameters) in enumerate(statements):
            with database.engine.connect() as connection:
                rows = connection.exec_driver_sql("EXPLAIN (ANALYZE, BUFFERS) " + statement, parameters).all()
            lines = [r[0] for r in rows]
            keep = [line for line in lines if re.search(r"Scan|Join|Sort|Limit|SubPlan|Execution Time", line)]
            out.append((f"{name} [{index + 1}/{len(statements)}]", keep))
    database.dispose()
    return out


# ---- report ------------------------------------------------------------------------


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))] * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10k,100k,1m", help="comma-separated: 10k, 100k, 1m (or a number)")
    parser.add_argument("--events", type=int, default=50_000)
    parser.add_argument("--cold", type=int, default=8, help="cold requests per case (each waits 1.1 s)")
    parser.add_argument("--cached", type=int, default=100, help="cached requests per case")
    parser.add_argument(
        "--server",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
        help="PostgreSQL server URL (a database to connect to for CREATE DATABASE)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the feed_scale_* databases")
    parser.add_argument("--reuse", action="store_true", help="use existing feed_scale_* databases as they are")
    parser.add_argument("--cases", help="comma-separated case names or prefixes (default: all): " + ", ".join(CASES))
    parser.add_argument("--no-explain", action="store_true")
    parser.add_argument(
        "--random-page-cost",
        type=float,
        default=1.1,
        help="set on each database (README: PostgreSQL settings); PostgreSQL's default is 4",
    )
    args = parser.parse_args()
    sizes = [(s, SIZES.get(s.lower()) or int(s)) for s in args.sizes.split(",") if s]
    cases = CASES
    if args.cases:
        wanted = [w.strip() for w in args.cases.split(",") if w.strip()]
        cases = {name: path for name, path in CASES.items() if any(name.startswith(w) for w in wanted)}
        if not cases:
            parser.error(f"--cases {args.cases!r} names no case; cases: {', '.join(CASES)}")
    log(f"load average {os.getloadavg()[0]:.2f}; building the sentence pools")
    corpus = Corpus()
    work = Path(tempfile.mkdtemp(prefix="bench-scale-"))
    loads: dict[str, dict[str, float]] = {}
    urls: dict[str, str] = {}
    created: list[str] = []
    try:
        for label, count in sizes:
            name = f"feed_scale_{label.lower()}"
            url = make_url(args.server).set(database=name).render_as_string(hide_password=False)
            if not args.reuse:
                url = create_database(args.server, name)
                created.append(name)
                migrate(url, "0003_search")
                log(f"{name}: filling {count} articles, {args.events} events")
                loads[label] = fill(url, count, args.events, corpus)
                check_search_keys(url)
                loads[label]["migrate_head_seconds"] = migrate(url, "head")
                t0 = time.perf_counter()
                analyze(url)
                loads[label]["analyze_seconds"] = time.perf_counter() - t0
                log(f"{name}: filled {loads[label]}")
            elif args.keep is False:
                created.append(name)
            tune(url, args.random_page_cost)
            urls[label] = url
        log("measuring " + ", ".join(urls) + " side by side")
        figures, infos = measure(urls, work, args.cold, args.cached, cases)
        for label in urls:
            log(
                f"{label}: cold/cached p50 ms "
                + ", ".join(
                    f"{case} {pct(f['cold'], 0.5):.1f}/{pct(f['cached'], 0.5):.1f}"
                    for case, f in figures[label].items()
                )
            )
        explain = [] if args.no_explain else plans(url)
    finally:
        if not args.keep:
            for name in created:
                drop_database(args.server, name)

    print(
        f"scale benchmark: PostgreSQL, {args.events} events; `feed serve --no-scheduler` (uvicorn, 1 worker) "
        f"on loopback; {args.cold} cold (data changed, TTL waited), {args.cold} render (the same, version already "
        f"read by another request) and {args.cached} cached requests per case; "
        f"Accept-Encoding: gzip; random_page_cost {args.random_page_cost}; load average now {os.getloadavg()[0]:.2f}"
    )
    if loads:
        print(
            "\nload (COPY at 0003_search), then the migrations to head (0005, 0004 indexes, 0006 version, "
            "0007 city and link indexes, 0008 rate buckets, 0009 link times, 0010 report versions) "
            "on the filled tables:"
        )
        print(f"{'size':>6} {'articles':>9} {'links':>8} {'COPY s':>8} {'head s':>8} {'ANALYZE s':>10}")
        for label, load in loads.items():
            print(
                f"{label:>6} {load['articles']:9.0f} {load['links']:8.0f} {load['seconds']:8.1f} "
                f"{load['migrate_head_seconds']:8.1f} {load['analyze_seconds']:10.1f}"
            )
    labels = list(figures)
    header = f"{'case':16} {'kind':8}" + "".join(f" {label + ' p50':>10} {label + ' p95':>10}" for label in labels)
    if len(labels) > 1:
        header += f" {labels[-1] + '/' + labels[0] + ' p50':>14} {'p95':>6}"
    print("\nlatency, ms\n" + header)
    worst = 0.0
    for case in cases:
        for kind, _ in kinds_of(case, 1, 1):
            line = f"{case:16} {kind:8}"
            for label in labels:
                values = figures[label][case][kind]
                line += f" {pct(values, 0.5):10.1f} {pct(values, 0.95):10.1f}"
            if len(labels) > 1:
                first, last = figures[labels[0]][case][kind], figures[labels[-1]][case][kind]
                ratio50 = pct(last, 0.5) / pct(first, 0.5)
                ratio95 = pct(last, 0.95) / pct(first, 0.95)
                if kind != "relisted":
                    worst = max(worst, ratio50)
                line += f" {ratio50:14.2f} {ratio95:6.2f}" + ("  (beside the goal)" if kind == "relisted" else "")
            print(line)
    print("\nresponses (gzip bytes, entries or events, lines of event descriptions): the work grows where these do")
    for label in labels:
        print(f"  {label:>6}: " + json.dumps({c: infos[label].get(c) for c in cases}, ensure_ascii=False))
    print("web process memory, MB (after start -> after the run):")
    for label in labels:
        start, end = infos[label]["memory_start"], infos[label]["memory"]
        print(f"  {label:>6}: VmRSS {start['VmRSS']} -> {end['VmRSS']}, VmHWM (peak) {end['VmHWM']}")
    peak = max(infos[label]["memory"]["VmHWM"] for label in labels)
    if len(labels) > 1:
        print(
            f"\ngoal 1: {labels[-1]} p50 (cold, render, cached) no worse than 1.5x {labels[0]} in every case"
            f"{'' if len(cases) == len(CASES) else ' measured (' + ', '.join(cases) + ')'}: "
            f"worst ratio {worst:.2f} -> {'met' if worst <= 1.5 else 'NOT met'}"
        )
    print(
        f"goal 2: web process peak memory {peak} MB (limit {SERVE_LIMIT_MB}) -> "
        f"{'met' if peak < SERVE_LIMIT_MB else 'NOT met'}"
    )
    if explain:
        print(f"\nplans at {labels[-1]} (EXPLAIN ANALYZE, BUFFERS; scan/join/sort lines):")
        for name, lines in explain:
            print(f"-- {name}")
            for line in lines:
                print("   " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
