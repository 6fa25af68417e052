"""When a large `feed ingest` gets its first batch's meetings from its extraction worker, and how long the run
waits for that worker in all, for two revisions side by side.

    python bench/worker_start.py --old REV [--items 4000] [--rounds 3]

Writes an RSS file of --items generated articles (bench/ingest.py --write), checks REV out in a temporary git
worktree, then every round runs `feed ingest FILE --quiet` into a new SQLite database once with REV's code and
once with the working tree's, in alternating order, each in a child process that times, from its start: the
imports, the worker pool's creation, the first batch handed to it, its first batch's meetings back, the end;
and the seconds spent waiting for the worker. Prints each run and the medians.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from revisions import checked_out  # noqa: E402


def child(feed_file: str) -> None:
    """Runs in the child, with the revision's code first on sys.path."""
    started = time.perf_counter()
    from feed import prepare
    from feed.cli import main as cli

    marks: dict[str, float] = {"imports": time.perf_counter() - started}
    waited = [0.0]
    made, handed, taken = prepare.Workers.__init__, prepare.Workers.start, prepare.Workers.result

    def init(self: prepare.Workers, *args: object) -> None:
        marks.setdefault("pool created", time.perf_counter() - started)
        made(self, *args)  # type: ignore[arg-type]

    def start(self: prepare.Workers, *args: object) -> object:
        marks.setdefault("first batch handed over", time.perf_counter() - started)
        return handed(self, *args)  # type: ignore[arg-type]

    def result(self: prepare.Workers, *args: object) -> object:
        before = time.perf_counter()
        got = taken(self, *args)  # type: ignore[arg-type]
        marks.setdefault("first batch made", time.perf_counter() - started)
        waited[0] += time.perf_counter() - before
        return got

    prepare.Workers.__init__, prepare.Workers.start, prepare.Workers.result = init, start, result  # type: ignore[method-assign, assignment]
    try:
        cli(["ingest", feed_file, "--quiet"])
    except SystemExit:
        pass
    marks["end"] = time.perf_counter() - started
    marks["waiting for the worker"] = waited[0]
    print(json.dumps(marks))


def run(tree: Path, feed_file: Path, work: Path) -> dict[str, float]:
    database = work / "run.db"
    database.unlink(missing_ok=True)
    env = {**os.environ, "PYTHONPATH": str(tree), "FEED_DATABASE_URL": f"sqlite:///{database}"}
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(feed_file)],
        env=env,
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    marks: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", help="the revision to compare the working tree with")
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    if not args.old:
        parser.error("--old REV is needed")
    with tempfile.TemporaryDirectory(prefix="bench-worker-start-") as scratch:
        work = Path(scratch)
        feed_file = work / "feed.xml"
        subprocess.run(
            [sys.executable, str(ROOT / "bench" / "ingest.py"), "--items", str(args.items), "--write", str(feed_file)],
            check=True,
            capture_output=True,
        )
        runs: dict[str, list[dict[str, float]]] = {"old": [], "new": []}
        with checked_out(args.old, work) as old_tree:
            trees = {"old": old_tree, "new": ROOT}
            for round_ in range(args.rounds):
                for label in ("old", "new") if round_ % 2 == 0 else ("new", "old"):
                    marks = run(trees[label], feed_file, work)
                    runs[label].append(marks)
                    print(label, {key: round(value, 2) for key, value in marks.items()})
    if any("first batch handed over" not in marks for label_runs in runs.values() for marks in label_runs):
        print(f"\n{args.items} items: the run extracted them itself, no worker was started; give more --items")
        return 2
    print(f"\n{args.items} items, {args.rounds} rounds, medians in seconds (old: {args.old}, new: the working tree)")
    for key in ("first batch handed over", "first batch made", "waiting for the worker", "end"):
        old, new = (statistics.median(m[key] for m in runs[label]) for label in ("old", "new"))
        print(f"{key:26} old {old:6.2f}  new {new:6.2f}  new/old {new / old:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
