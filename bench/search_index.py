"""What PostgreSQL's trigram index on articles.search_text costs a new article, side by side.

    python bench/search_index.py [--articles 3000] [--rounds 3]
        [--postgres postgresql://postgres@127.0.0.1:5432/test]

Generates --articles articles as bench/ingest.py does (1-3 kB; Simplified, Traditional and English),
makes each one's search key as the service does (db.search.search_key of headline and text), and
inserts them, 500 a statement as the ingest's batches do, into a scratch table of the server in
three shapes, in rotating order every round: no index on the key; the GIN trigram index the service
has (migration 0005: `q` finds any words of a headline or text); the same index over the first 300
characters of the key only (a headline and lead). Prints ms an article (median of the rounds) and
the ratio to the table with no index. The scratch table is dropped at the end.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

import psycopg

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import Corpus  # noqa: E402

from db.search import search_key  # noqa: E402

TABLE = "bench_search_index"
SHAPES = {
    "no index": None,
    "trigram GIN (the service's)": f"CREATE INDEX ON {TABLE} USING gin (search_text gin_trgm_ops)",
    "trigram GIN, first 300 chars": f"CREATE INDEX ON {TABLE} USING gin ((left(search_text, 300)) gin_trgm_ops)",
}
BATCH = 500


def keys(count: int) -> list[str]:
    corpus, rng = Corpus(seed=7, sentences=3000, titles=1500), random.Random(7)
    languages = rng.choices(["zh-Hans", "zh-Hant", "en"], weights=[45, 25, 30], k=count)
    made = []
    for language in languages:
        title, text, *_ = corpus.article(rng, language)
        made.append(search_key(title, text) or "")
    return made


def insert_all(connection: psycopg.Connection, index: str | None, texts: list[str]) -> float:
    connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
    connection.execute(f"CREATE TABLE {TABLE} (id serial PRIMARY KEY, search_text text)")
    if index:
        connection.execute(index)
    started = time.perf_counter()
    with connection.transaction(), connection.cursor() as cursor:
        for at in range(0, len(texts), BATCH):
            cursor.executemany(f"INSERT INTO {TABLE} (search_text) VALUES (%s)", [(t,) for t in texts[at : at + BATCH]])
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    texts = keys(args.articles)
    print(f"{len(texts)} articles, {statistics.mean(map(len, texts)):.0f} characters of search key on average")
    seconds: dict[str, list[float]] = {shape: [] for shape in SHAPES}
    with psycopg.connect(args.postgres, autocommit=True) as connection:
        connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        try:
            names = list(SHAPES)
            for round_ in range(args.rounds):
                for shape in names[round_ % len(names) :] + names[: round_ % len(names)]:
                    seconds[shape].append(insert_all(connection, SHAPES[shape], texts))
        finally:
            connection.execute(f"DROP TABLE IF EXISTS {TABLE}")
    base = statistics.median(seconds["no index"])
    print(f"\n{'shape':32} {'ms an article':>14} {'x no index':>11}")
    for shape, spent in seconds.items():
        median = statistics.median(spent)
        print(f"{shape:32} {median / len(texts) * 1000:14.3f} {median / base:11.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
