"""Article inserts into PostgreSQL with the search trigram index's pending list at the server's 4 MB, at
migration 0021's 64 MB (with the server's work_mem, and with the 64 MB db.articles gives the transaction that
inserts a batch) and with none (fastupdate off), side by side.

    python bench/trigram_pending.py [--items 4000] [--stored 20000] [--rounds 2] [--postgres URL]

For each round and each setting, a scratch table `bench_trigram_pending` (dropped at the end) holds --stored rows
of the search keys (db.search.search_key of title and text) of the ingest bench's generated articles
(bench/ingest.py: 1-3 kB, three languages), with a GIN gin_trgm_ops index as articles.search_text has; then the
keys of --items new articles are inserted 500 a transaction with executemany, as `feed ingest` commits its
batches. An insert that fills the pending list merges it into the index itself, gathering its keys in work_mem.
Printed: ms a row for the inserts, by the clock and in the server process's CPU time (read from /proc, so only
for a server on this machine; the CPU time is what a loaded machine changes least); the time of four LIKE '%q%'
searches right after them (the pending list still full); and the time gin_clean_pending_list takes to merge what
is left, the work (auto)vacuum does off the ingest path. Last, insert and merge together, over the 64 MB list's
with the server's work_mem.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import psycopg

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from ingest import generate  # noqa: E402

from db.articles import PENDING_LIST_MERGE_MEMORY  # noqa: E402
from db.search import search_key  # noqa: E402

# the index's options, and the work_mem of the inserting transactions (None: the server's)
SETTINGS: dict[str, tuple[str, str | None]] = {
    "4 MB (server default)": ("", None),
    "64 MB (migration 0021)": (" WITH (gin_pending_list_limit = 65536)", None),
    "64 MB, work_mem 64 MB": (" WITH (gin_pending_list_limit = 65536)", PENDING_LIST_MERGE_MEMORY),
    "none (fastupdate off)": (" WITH (fastupdate = off)", None),
}
BASELINE = "64 MB (migration 0021)"
SEARCHES = ("会议", "论坛开幕", "conference", "示例")
BATCH = 500


@dataclass(frozen=True)
class Run:
    """Seconds of one setting's round: the inserts by the clock and in the server's CPU (None when it cannot be
    read), the searches, and the merge of what is left (by the clock)."""

    inserts: float
    inserts_cpu: float | None
    searches: float
    merge: float


def server_cpu(pid: int) -> float | None:
    """CPU seconds the server process `pid` has used (user and system), from /proc; None where it is not here."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def one_run(connection: psycopg.Connection, keys: list[str], stored: int, setting: tuple[str, str | None]) -> Run:
    option, work_mem = setting
    connection.execute("DROP TABLE IF EXISTS bench_trigram_pending")
    connection.execute("CREATE TABLE bench_trigram_pending (id serial PRIMARY KEY, search_text text)")
    stock = (keys * (stored // len(keys) + 1))[:stored]
    connection.execute("INSERT INTO bench_trigram_pending (search_text) SELECT unnest(%s::text[])", (stock,))
    connection.execute(
        "CREATE INDEX bench_trigram_pending_ix ON bench_trigram_pending USING gin (search_text gin_trgm_ops)" + option
    )
    connection.execute("VACUUM ANALYZE bench_trigram_pending")
    pid = connection.info.backend_pid
    cpu_before = server_cpu(pid)
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for at in range(0, len(keys), BATCH):
            with connection.transaction():
                if work_mem:
                    cursor.execute(f"SET LOCAL work_mem = '{work_mem}'")
                cursor.executemany(
                    "INSERT INTO bench_trigram_pending (search_text) VALUES (%s)", [(k,) for k in keys[at : at + BATCH]]
                )
    inserts = time.perf_counter() - started
    cpu_after = server_cpu(pid)
    inserts_cpu = cpu_after - cpu_before if cpu_before is not None and cpu_after is not None else None
    started = time.perf_counter()
    for q in SEARCHES:
        connection.execute("SELECT count(*) FROM bench_trigram_pending WHERE search_text LIKE %s", (f"%{q}%",))
    searches = time.perf_counter() - started
    started = time.perf_counter()
    connection.execute("SELECT gin_clean_pending_list('bench_trigram_pending_ix'::regclass)")
    return Run(inserts, inserts_cpu, searches, time.perf_counter() - started)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--stored", type=int, default=20000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--postgres", default="postgresql://postgres@127.0.0.1:5432/test")
    args = parser.parse_args()
    keys = [search_key(item.title, item.text) or "" for item in generate(args.items, seed=3)]
    figures: dict[str, list[Run]] = {name: [] for name in SETTINGS}
    with psycopg.connect(args.postgres, autocommit=True) as connection:
        connection.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for _ in range(args.rounds):
            for name, setting in SETTINGS.items():  # alternating, so that the machine's load falls on each
                figures[name].append(one_run(connection, keys, args.stored, setting))
        connection.execute("DROP TABLE IF EXISTS bench_trigram_pending")

    def per_row(seconds: float | None) -> str:
        return "-" if seconds is None else f"{seconds / args.items * 1000:.2f}"

    print(f"{args.items} inserts after {args.stored} stored, {args.rounds} rounds (one figure a round)")
    print(
        f"{'pending list':<24} {'insert ms a row':<18} {'server CPU ms a row':<20} {'4 searches ms':<16} "
        f"{'merge after, ms a row':<22} both"
    )
    for name, runs in figures.items():
        inserts = ", ".join(per_row(r.inserts) for r in runs)
        cpu = ", ".join(per_row(r.inserts_cpu) for r in runs)
        searches = ", ".join(f"{r.searches * 1000:.0f}" for r in runs)
        merges = ", ".join(per_row(r.merge) for r in runs)
        both = ", ".join(per_row(r.inserts + r.merge) for r in runs)
        print(f"{name:<24} {inserts:<18} {cpu:<20} {searches:<16} {merges:<22} {both}")
    baseline = figures[BASELINE]
    for name, runs in figures.items():
        ratio = sum(r.inserts + r.merge for r in runs) / sum(r.inserts + r.merge for r in baseline)
        line = f"insert and merge, {name} over {BASELINE}: {ratio:.2f}x"
        if all(r.inserts_cpu for r in runs + baseline):
            cpu_ratio = sum(r.inserts_cpu or 0 for r in runs) / sum(r.inserts_cpu or 0 for r in baseline)
            line += f"; the inserts' server CPU {cpu_ratio:.2f}x"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
