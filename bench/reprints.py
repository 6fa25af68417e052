"""Reprint candidates as the store grows: the query `link_story` runs for every new article.

    python bench/reprints.py [--sizes 1000,10000,100000] [--pool 50] [--queries 200] [--postgres URL]

For each size, a fresh database (SQLite in a temporary folder, and PostgreSQL when --postgres
is given) is migrated and filled with that many articles and their 16 band keys each. Fifteen
keys of an article are its own; one is drawn from a pool of --pool keys, as short items written
alike (weather notes, price lists) share a band with many others. Then --queries new articles
each ask for their candidates, alternating between the query before this change (the oldest
200 articles sharing any key, with their fingerprints) and the one now in db/articles.py (the
200 sharing the most keys, counted in SQL), and the median milliseconds of each are printed
side by side with their ratio, and how many rows each brought back.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import insert, select, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from db.articles import articles_sharing_bands  # noqa: E402
from db.migrate import upgrade  # noqa: E402
from db.models import Article, ArticleBand, Source  # noqa: E402
from db.session import Database  # noqa: E402

BANDS = 16


def oldest_sharing_any(session, bands: Sequence[str], other_than: Article, limit: int = 200):  # type: ignore[no-untyped-def]
    """The query before: the oldest `limit` articles sharing any of `bands`."""
    rows = session.execute(
        select(Article.id, Article.fingerprint)
        .join(ArticleBand, ArticleBand.article_id == Article.id)
        .where(ArticleBand.band.in_(bands), Article.id != other_than.id)
        .distinct()
        .order_by(Article.id)
        .limit(limit)
    )
    return list(rows)


def fill(database: Database, size: int, pool: int, rng: random.Random) -> None:
    with database.begin() as session:
        source = Source(key="bench", name="bench", kind="files", location="/tmp", timezone="Asia/Shanghai")
        session.add(source)
        session.flush()
        source_id = source.id
    batch = 5000
    for first in range(0, size, batch):
        count = min(batch, size - first)
        articles = [
            {
                "source_id": source_id,
                "guid": f"g{first + i}",
                "title": "t",
                "text": "x",
                "language": "zh-Hans",
                "fingerprint": "0" * 64,
                "content_hash": f"h{first + i}",
            }
            for i in range(count)
        ]
        with database.begin() as session:
            ids = session.scalars(insert(Article).returning(Article.id), articles).all()
            bands = []
            for article_id in ids:
                bands.append({"band": f"0:{rng.randrange(pool)}", "article_id": article_id})
                bands += [{"band": f"{b:x}:{article_id}", "article_id": article_id} for b in range(1, BANDS)]
            session.execute(insert(ArticleBand), bands)


def measure(database: Database, size: int, pool: int, queries: int, rng: random.Random) -> dict[str, float]:
    timings: dict[str, list[float]] = {"before": [], "now": []}
    rows: dict[str, list[int]] = {"before": [], "now": []}
    with database.begin() as session:
        probe = session.scalar(select(Article).order_by(Article.id.desc()).limit(1))
        assert probe is not None
        for index in range(queries):
            bands = [f"0:{rng.randrange(pool)}"] + [f"{b:x}:new{index}" for b in range(1, BANDS)]
            order = [("before", oldest_sharing_any), ("now", articles_sharing_bands)]
            for name, query in order if index % 2 == 0 else reversed(order):
                started = time.perf_counter()
                found = query(session, bands, probe)
                timings[name].append((time.perf_counter() - started) * 1000)
                rows[name].append(len(found))
    return {
        "before_ms": statistics.median(timings["before"]),
        "now_ms": statistics.median(timings["now"]),
        "before_rows": statistics.median(rows["before"]),
        "now_rows": statistics.median(rows["now"]),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--pool", type=int, default=50)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--postgres", help="a PostgreSQL URL whose server may create and drop databases")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    print(
        f"{'database':<11} {'articles':>9} {'before ms':>10} {'now ms':>8} {'before/now':>11} {'rows before/now':>16}"
    )
    for dialect in ["sqlite"] + (["postgresql"] if args.postgres else []):
        for size in sizes:
            rng = random.Random(size)
            with tempfile.TemporaryDirectory() as folder:
                url = f"sqlite:///{folder}/bench.db" if dialect == "sqlite" else _fresh_postgres(args.postgres, size)
                database = Database(url)
                try:
                    upgrade(database.engine)
                    fill(database, size, args.pool, rng)
                    result = measure(database, size, args.pool, args.queries, rng)
                finally:
                    database.dispose()
                    if dialect == "postgresql":
                        _drop_postgres(args.postgres, size)
            ratio = result["before_ms"] / result["now_ms"] if result["now_ms"] else float("inf")
            print(
                f"{dialect:<11} {size:>9,} {result['before_ms']:>10.2f} {result['now_ms']:>8.2f} {ratio:>10.2f}x"
                f" {result['before_rows']:>8.0f}/{result['now_rows']:<7.0f}"
            )
    return 0


def _fresh_postgres(url: str, size: int) -> str:
    admin = Database(url)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS feed_bench_reprints_{size}"))
        connection.execute(text(f"CREATE DATABASE feed_bench_reprints_{size}"))
    admin.dispose()
    return url.rsplit("/", 1)[0] + f"/feed_bench_reprints_{size}"


def _drop_postgres(url: str, size: int) -> None:
    admin = Database(url)
    with admin.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text(f"DROP DATABASE IF EXISTS feed_bench_reprints_{size}"))
    admin.dispose()


if __name__ == "__main__":
    raise SystemExit(main())
