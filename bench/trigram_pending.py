"""Article inserts into PostgreSQL with the search trigram index's pending list at the server's 4 MB, at
migration 0021's 64 MB and with none (fastupdate off), side by side.

    python bench/trigram_pending.py [--items 4000] [--stored 20000] [--rounds 2] [--postgres URL]

For each round and each setting, a scratch table `bench_trigram_pending` (dropped at the end) holds --stored rows
of the search keys (db.search.search_key of title and text) of the ingest bench's generated articles
(bench/ingest.py: 1-3 kB, three languages), with a GIN gin_trgm_ops index as articles.search_text has; then the
keys of --items new articles are inserted 500 a transaction with executemany, as `feed ingest` commits its
batches. Printed: ms a row for the inserts; the time of four LIKE '%q%' searches right after them (the pending
list still full); and the time gin_clean_pending_list takes to merge what is left, the work (auto)vacuum does off
the ingest path. Last, insert and merge together, over the 64 MB list's.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import generate  # noqa: E402

from db.search import search_key  # noqa: E402

SETTINGS = {
    "4 MB (server default)": "",
    "64 MB (migration 0021)": " WITH (gin_pending_list_limit = 65536)",
    "none (fastupdate off)": " WITH (fastupdate = off)",
}
SEARCHES = ("会议", "论坛开幕", "conference", "示例")
BATCH = 500


def one_run(connection: psycopg.Connection, keys: list[str], stored: int, option: str) -> tuple[float, float, float]:
    connection.execute("DROP TABLE IF EXISTS bench_trigram_pending")
    connection.execute("CREATE TABLE bench_trigram_pending (id serial PRIMARY KEY, search_text text)")
    stock = (keys * (stored // len(keys) + 1))[:stored]
    connection.execute("INSERT INTO bench_trigram_pending (search_text) SELECT unnest(%s::text[])", (stock,))
    connection.execute(
        "CREATE INDEX bench_trigram_pending_ix ON bench_trigram_pending USING gin (search_text gin_trgm_ops)" + option
    )
    connection.execute("VACUUM ANALYZE bench_trigram_pending")
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for at in range(0, len(keys), BATCH):
            with connection.transaction():
                cursor.executemany(
                    "INSERT INTO bench_trigram_pending (search_text) VALUES (%s)", [(k,) for k in keys[at : at + BATCH]]
                )
    inserts = time.perf_counter() - started
    started = time.perf_counter()
    for q in SEARCHES:
        connection.execute("SELECT count(*) FROM bench_trigram_pending WHERE search_text LIKE %s", (f"%{q}%",))
    searches = time.perf_counter() - started
    started = time.perf_counter()
    connection.execute("SELECT gin_clean_pending_list('bench_trigram_pending_ix'::regclass)")
    return inserts, searches, time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--stored", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    keys = [search_key(item.title, item.text) or "" for item in generate(args.items, seed=3)]
    figures: dict[str, list[tuple[float, float, float]]] = {name: [] for name in SETTINGS}
    with psycopg.connect(args.postgres, autocommit=True) as connection:
        connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for _ in range(args.rounds):
            for name, option in SETTINGS.items():  # alternating, so that the machine's load falls on both
                figures[name].append(one_run(connection, keys, args.stored, option))
        connection.execute("DROP TABLE IF EXISTS bench_trigram_pending")
    print(f"{args.items} inserts after {args.stored} stored, {args.rounds} rounds (one figure a round)")
    print(f"{'pending list':<24} {'insert ms a row':<20} {'4 searches ms':<20} {'merge after, ms a row':<22} both")
    for name, runs in figures.items():
        inserts = ", ".join(f"{i / args.items * 1000:.2f}" for i, _, _ in runs)
        searches = ", ".join(f"{s * 1000:.0f}" for _, s, _ in runs)
        merges = ", ".join(f"{c / args.items * 1000:.2f}" for _, _, c in runs)
        both = ", ".join(f"{(i + c) / args.items * 1000:.2f}" for i, _, c in runs)
        print(f"{name:<24} {inserts:<20} {searches:<20} {merges:<22} {both}")
    large = sum(i + c for i, _, c in figures["64 MB (migration 0021)"])
    for name, runs in figures.items():
        print(f"insert and merge, {name} over 64 MB: {sum(i + c for i, _, c in runs) / large:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
