"""Where a large `feed ingest` spends its wall time: its batches on a timeline (issue #16).

    python bench/ingest_timeline.py [--items 4000] [--code DIR] [--database URL]

Writes the RSS file bench/ingest.py writes (--items generated articles) and runs `feed ingest FILE --quiet`
once in a child process with the code of --code (default: this tree), into a fresh SQLite database (or
--database, which should be empty). The child records, for every batch: when the run handed it to the
extraction worker, when the worker began and ended it, when the run took its result and when its
transaction began and committed. Prints those times (seconds from the command's start, interpreter
start-up included), then the wall time and how it divides: start-up to the first batch handed over, the
worker's busy time, the run waiting for the worker, the run committing.

The run waits for the worker when extraction is the longer path; the worker waits for the run when
parsing and storing are.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CHILD = """
import json, sys, time
sys.path.insert(0, sys.argv[3])

def patched():
    import timeline_worker
    import feed.ingest as ingest
    import feed.prepare as prepare

    real_result, real_commit = prepare.Workers.result, ingest._Writer._commit

    def start(self, docs, *options, **named):  # options: what this code's make_all takes after the documents
        events.append(("handed", len(docs), time.time()))
        if self.pool is None:
            return None
        return self.pool.submit(timeline_worker.timed_make_all, docs, *options, *named.values())

    def result(self, started, docs):
        events.append(("waits", len(docs), time.time()))
        if started is None:
            made, began, ended = real_result(self, None, docs), 0.0, 0.0
        else:
            made, began, ended = started.result()
        events.append(("took", len(docs), time.time()))
        events.append(("worker", len(docs), began, ended))
        return made

    def commit(self, prepared, stored):
        events.append(("commits", len(prepared), time.time()))
        real_commit(self, prepared, stored)
        events.append(("committed", len(prepared), time.time()))

    prepare.Workers.start, prepare.Workers.result, ingest._Writer._commit = start, result, commit

# the worker process imports this file again (multiprocessing's spawn): as the `feed` command's own script
# does, it imports nothing more than the command would
if __name__ == "__main__":
    events = []
    from feed.cli import main
    patched()
    code = main(["ingest", sys.argv[1], "--quiet"])
    events.append(("end", 0, time.time()))
    with open(sys.argv[2], "w") as out:
        json.dump({"exit": code, "events": events}, out)
"""

WORKER = """
import time
from feed.prepare import make_all

def timed_make_all(docs, *options):
    began = time.time()
    made = make_all(docs, *options)
    return made, began, time.time()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=4000)
    parser.add_argument("--code", type=Path, default=ROOT)
    parser.add_argument("--database", help="SQLAlchemy URL of an empty database (default: a fresh SQLite file)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-timeline-") as tmp:
        work = Path(tmp)
        feed = work / "feed.xml"
        write = [sys.executable, str(ROOT / "bench" / "ingest.py"), "--items", str(args.items), "--write", str(feed)]
        subprocess.run(write, check=True, stdout=subprocess.DEVNULL)
        (work / "none.toml").write_text("# no configured sources\n")
        (work / "timeline_worker.py").write_text(WORKER)
        (work / "child.py").write_text(CHILD)
        url = args.database or f"sqlite:///{work / 'feed.db'}"
        config = str(work / "none.toml")
        env = {**os.environ, "FEED_DATABASE_URL": url, "PYTHONPATH": str(args.code), "FEED_CONFIG": config}
        out = work / "events.json"
        began = time.time()
        subprocess.run([sys.executable, str(work / "child.py"), str(feed), str(out), str(work)], env=env, check=True)
        recorded = json.loads(out.read_text())
    print(f"{args.items} items; code: {args.code}; exit {recorded['exit']}\n")
    if recorded["exit"] != 0:
        print("the ingest failed: no timeline", file=sys.stderr)
        return 1
    print(f"{'event':<10} {'items':>6} {'at s':>7}")
    waited = committing = busy = 0.0
    first_handed = None
    last: dict[str, float] = {}
    for kind, count, *times in recorded["events"]:
        if kind == "worker":
            began_batch, ended_batch = (t - began for t in times)
            busy += ended_batch - began_batch
            print(f"{'worker':<10} {count:>6} {began_batch:>7.2f} - {ended_batch:.2f}")
            continue
        at = times[0] - began
        print(f"{kind:<10} {count:>6} {at:>7.2f}")
        if kind == "handed" and first_handed is None:
            first_handed = at
        if kind == "took":
            waited += at - last["waits"]
        if kind == "committed":
            committing += at - last["commits"]
        last[kind] = at
    wall = last["end"]
    print(
        f"\nwall {wall:.2f} s: first batch handed to the worker at {first_handed or 0:.2f} s; worker busy {busy:.2f} s;"
        f" the run waited for the worker {waited:.2f} s and committed for {committing:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
