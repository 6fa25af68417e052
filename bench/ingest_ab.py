"""Ingest speed of two revisions side by side, on PostgreSQL.

    python bench/ingest_ab.py --old 13c29c6 [--articles 1000] [--rounds 3]

Writes --articles generated article files (each reporting one meeting, as bench/load.py
writes them), checks the old revision out in a temporary git worktree, and in alternating
order runs `feed ingest` of the folder into a new database with each revision's code
(migrated by that revision first, not timed). Prints each run and the median ratio new/old.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import psycopg  # noqa: E402
from corpus import Corpus  # noqa: E402
from load import write_article  # noqa: E402
from revisions import checked_out  # noqa: E402

DATABASE = "feed_ingest_ab"


def fresh_database(server: str) -> str:
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
        connection.execute(f"CREATE DATABASE {DATABASE}")
    return f"postgresql+psycopg://postgres@127.0.0.1:5432/{DATABASE}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", required=True, help="the revision to compare the working tree with")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--server", default="host=127.0.0.1 user=postgres dbname=postgres")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-ingest-ab-"))
    folder = work / "articles"
    folder.mkdir()
    corpus, rng = Corpus(sentences=2000, titles=500), random.Random(5)
    for index in range(args.articles):
        write_article(folder, index, corpus, rng)
    config = work / "sources.toml"
    config.write_text(
        f'[[sources]]\nkey = "ab"\nname = "A/B"\nkind = "files"\npath = "{folder}"\n'
        'every = "6h"\ntimezone = "Asia/Shanghai"\n',
        encoding="utf-8",
    )
    seconds: dict[str, list[float]] = {"old": [], "new": []}
    with checked_out(args.old, work) as old_tree:
        trees = {"old": old_tree, "new": ROOT}
        try:
            for round_ in range(args.rounds):
                for label in ("old", "new") if round_ % 2 == 0 else ("new", "old"):
                    env = {**os.environ, "FEED_DATABASE_URL": fresh_database(args.server), "FEED_CONFIG": str(config)}
                    # `python -m feed` from the tree's folder imports that tree's code
                    subprocess.run(
                        [sys.executable, "-m", "feed", "db", "upgrade"],
                        env=env,
                        cwd=trees[label],
                        check=True,
                        capture_output=True,
                    )
                    t0 = time.perf_counter()
                    run = subprocess.run(
                        [sys.executable, "-m", "feed", "ingest", "ab"],
                        env=env,
                        cwd=trees[label],
                        capture_output=True,
                        text=True,
                    )
                    seconds[label].append(time.perf_counter() - t0)
                    if run.returncode != 0:
                        print(run.stderr[-2000:], file=sys.stderr)
                        return 1
                    print(f"{label}: {seconds[label][-1]:.2f} s  {run.stdout.strip().splitlines()[-1]}", flush=True)
        finally:
            with psycopg.connect(args.server, autocommit=True) as connection:
                connection.execute(f"DROP DATABASE IF EXISTS {DATABASE}")
    old, new = statistics.median(seconds["old"]), statistics.median(seconds["new"])
    print(
        f"\n{args.articles} articles, {args.rounds} rounds: median old ({args.old}) {old:.2f} s, "
        f"new {new:.2f} s, new/old {new / old:.2f}; spread old {min(seconds['old']):.2f}-{max(seconds['old']):.2f}, "
        f"new {min(seconds['new']):.2f}-{max(seconds['new']):.2f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
