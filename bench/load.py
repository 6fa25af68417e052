"""Load test on loopback while ingest runs (issue #6, item 7).

    python bench/load.py [--db sqlite|postgresql] [--seconds 10] [--connections 32] [--articles 300]

Seeds a folder of generated article files (word lists in bench/corpus.py) and ingests it
with `feed ingest`, starts `feed serve --no-scheduler`, then runs wrk for a bounded time
against each case while a background thread keeps changing files (edits and new ones)
and running `feed ingest` on the folder, so the data version moves and cached feeds
are rebuilt under load:

  feed 200      GET /feeds/articles.atom (gzip)            cached between data changes
  feed 304      the same with If-None-Match: the ETag last seen (a wrk Lua script
                follows the ETag, so after a data change the first answer is a 200)
  calendar 200  GET /feeds/events.ics (gzip)
  api events    GET /api/events                            a database query every request

Prints req/s, p50/p99, the 200/304 split, non-2xx/3xx answers, socket errors, the
ingest runs, and the web process memory. Exits 1 on any error answer, socket error
or failed ingest run. Needs wrk (Debian package).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import MEETINGS_ZH, TOPICS_ZH, Corpus  # noqa: E402
from scale import Service, create_database, drop_database  # noqa: E402

LUA_304 = """
etag = nil
ok, modified = 0, 0  -- globals: done() reads them through thread:get
function request()
  local headers = {["Accept-Encoding"] = "gzip"}
  if etag then headers["If-None-Match"] = etag end
  return wrk.format("GET", nil, headers)
end
function response(status, headers, body)
  local tag = headers["etag"] or headers["ETag"]
  if tag then etag = tag end
  if status == 304 then ok = ok + 1 elseif status == 200 then modified = modified + 1 end
end
local threads = {}
function setup(thread) table.insert(threads, thread) end
function done(summary, latency, requests)
  local a, b = 0, 0
  for _, t in ipairs(threads) do a = a + t:get("ok"); b = b + t:get("modified") end
  io.write(string.format("answers: 304=%d 200=%d\\n", a, b))
end
"""


def write_article(folder: Path, index: int, corpus: Corpus, rng: random.Random, edit: int = 0) -> None:
    place = corpus.city(rng)
    published = datetime(2024, 1, 1, 9) + timedelta(hours=index * 7)
    meeting = f"{place.city}{rng.choice(TOPICS_ZH)}{rng.choice(MEETINGS_ZH)}"
    _, text, *_ = corpus.article(rng, "zh-Hans")
    held = published - timedelta(days=1)
    body = f"{held.month}月{held.day}日，{meeting}在{place.city}举行。{text}"
    if edit:
        body += f"\n\n（第{edit}次更新）"
    headline = f"{meeting}举行 第{index}篇"
    (folder / f"{index:05d}.txt").write_text(
        f"{headline}\n{published:%Y-%m-%d %H:%M:%S}来源:示例日报编辑:示例编辑\n\n{body}\n", encoding="utf-8"
    )


class Ingest(threading.Thread):
    """Changes files and runs `feed ingest` on the folder, again and again, until stopped."""

    def __init__(self, env: dict[str, str], folder: Path, corpus: Corpus, count: int) -> None:
        super().__init__(name="ingest", daemon=True)
        self.env, self.folder, self.corpus, self.count = env, folder, corpus, count
        self.stop = threading.Event()
        self.runs: list[tuple[float, int, str]] = []  # seconds, exit status, summary line
        self.rng = random.Random(11)

    def run(self) -> None:
        edit = 0
        while not self.stop.is_set():
            edit += 1
            for index in self.rng.sample(range(self.count), 5):
                write_article(self.folder, index, self.corpus, self.rng, edit)
            for _ in range(2):
                write_article(self.folder, self.count, self.corpus, self.rng)
                self.count += 1
            t0 = time.perf_counter()
            done = subprocess.run(
                feed_command() + ["ingest", "load"], env=self.env, capture_output=True, text=True, timeout=300
            )
            line = (done.stdout.strip().splitlines() or [""])[-1] + done.stderr.strip()[-300:]
            self.runs.append((time.perf_counter() - t0, done.returncode, line))
            self.stop.wait(0.5)


def feed_command() -> list[str]:
    feed = Path(sys.executable).with_name("feed")
    return [str(feed)] if feed.exists() else [sys.executable, "-m", "feed"]


def wrk(url: str, seconds: int, connections: int, headers: dict[str, str], script: Path | None) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    if script is not None:
        command += ["-s", str(script)]
    out = subprocess.run(command + [url], capture_output=True, text=True, timeout=seconds + 60).stdout

    def latency(pct: str) -> float:
        value, unit = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)\b", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    answers = re.search(r"answers: 304=(\d+) 200=(\d+)", out)
    return {
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),  # type: ignore[union-attr]
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),  # type: ignore[union-attr]
        "p50": latency("50"),
        "p99": latency("99"),
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "socket": sum(map(int, sockets.groups())) if sockets else 0,
        "socket_detail": sockets.group(0) if sockets else "none",
        "answers": f"304={answers.group(1)} 200={answers.group(2)}" if answers else "",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument(
        "--server",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
        help="PostgreSQL server URL for --db postgresql (database feed_load is created)",
    )
    parser.add_argument("--seconds", type=int, default=10, help="per wrk case")
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--articles", type=int, default=300, help="article files seeded before the load")
    parser.add_argument("--keep", action="store_true", help="keep the database and the work folder")
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("load: wrk is not installed (apt-get install wrk)", file=sys.stderr)
        return 2
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    folder = work / "articles"
    folder.mkdir()
    corpus = Corpus(sentences=2000, titles=500)
    rng = random.Random(5)
    for index in range(args.articles):
        write_article(folder, index, corpus, rng)
    if args.db == "sqlite":
        url = f"sqlite:///{work / 'feed.db'}"
    else:
        url = create_database(args.server, "feed_load")
    config = work / "sources.toml"
    config.write_text(
        f'[[sources]]\nkey = "load"\nname = "Load test"\nkind = "files"\npath = "{folder}"\n'
        'every = "6h"\ntimezone = "Asia/Shanghai"\n',
        encoding="utf-8",
    )
    env = {**os.environ, "FEED_DATABASE_URL": url, "FEED_CONFIG": str(config)}
    t0 = time.perf_counter()
    seed = subprocess.run(feed_command() + ["ingest", "load"], env=env, capture_output=True, text=True, timeout=600)
    print(
        f"seed: `feed ingest load` of {args.articles} files in {time.perf_counter() - t0:.1f} s, "
        f"exit {seed.returncode}\n{seed.stdout.strip()}",
        flush=True,
    )
    if seed.returncode != 0:
        print(seed.stderr, file=sys.stderr)
        return 1
    service = Service(url, work, config)
    ingest = Ingest(env, folder, corpus, args.articles)
    results: dict[str, dict] = {}
    lua = work / "follow-etag.lua"
    lua.write_text(LUA_304, encoding="utf-8")
    gz = {"Accept-Encoding": "gzip"}
    cases = {
        "feed 200": (service.base + "/feeds/articles.atom", gz, None),
        "feed 304": (service.base + "/feeds/articles.atom", {}, lua),
        "calendar 200": (service.base + "/feeds/events.ics", gz, None),
        "api events": (service.base + "/api/events", gz, None),
    }
    try:
        for path in ("/feeds/articles.atom", "/feeds/events.ics", "/api/events"):
            urllib.request.urlopen(service.base + path, timeout=30).read()
        ingest.start()
        for name, (url_, headers, script) in cases.items():
            results[name] = wrk(url_, args.seconds, args.connections, headers, script)
            print(f"  {name}: done", file=sys.stderr, flush=True)
        memory = service.memory()
    finally:
        ingest.stop.set()
        ingest.join(timeout=320)
        service.stop()
        if not args.keep:
            if args.db == "postgresql":
                drop_database(args.server, "feed_load")
            shutil.rmtree(work, ignore_errors=True)

    print(
        f"\nload test: {args.db}, `feed serve --no-scheduler` (uvicorn, 1 worker); wrk -t2 "
        f"-c{args.connections} -d{args.seconds}s per case on loopback; `feed ingest` of a changing folder "
        f"in a loop meanwhile; load average {os.getloadavg()[0]:.2f}"
    )
    print(
        f"{'case':14} {'req/s':>9} {'requests':>9} {'p50 ms':>8} {'p99 ms':>8} {'non-2xx/3xx':>11} "
        f"{'socket err':>10}  answers"
    )
    errors = 0
    for name, r in results.items():
        print(
            f"{name:14} {r['rps']:9.0f} {r['requests']:9d} {r['p50']:8.2f} {r['p99']:8.2f} {r['non2xx']:11d} "
            f"{r['socket']:10d}  {r['answers']}"
        )
        errors += r["non2xx"] + r["socket"]
    failed = [run for run in ingest.runs if run[1] != 0]
    durations = sorted(run[0] for run in ingest.runs)
    print(
        f"ingest runs during the load: {len(ingest.runs)}, failed {len(failed)}; seconds per run: "
        f"median {durations[len(durations) // 2] if durations else 0:.1f}, max {max(durations, default=0):.1f}"
    )
    for run in failed[:5]:
        print(f"  failed run: exit {run[1]}: {run[2]}")
    if ingest.runs:
        print(f"  last run: {ingest.runs[-1][2]}")
    print(f"web process memory: VmRSS {memory['VmRSS']} MB, VmHWM (peak) {memory['VmHWM']} MB")
    ok = errors == 0 and not failed and len(ingest.runs) > 0
    print(
        "result: "
        + ("no errors" if ok else f"ERRORS: {errors} error answers/socket errors, {len(failed)} failed ingest runs")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
