"""Memory and first-article latency of `feed ingest` on one large feed file (issue #16, item 4).

    python bench/stream.py [--items 10000,100000] [--keep]

For each size: writes an RSS 2.0 file of that many short items (Simplified, Traditional
and English, about 300 characters each, from the word lists in bench/corpus.py), starts
`feed serve --no-scheduler` and `feed ingest FILE --quiet` on a fresh SQLite database,
and prints

  file MB        size of the generated file
  peak RSS MB    of the `feed ingest` process (its rusage from wait4, so children of the bench
                 or the server do not count)
  first (s)      from the start of `feed ingest` until the first generated item is listed in
                 the server's /feeds/articles.atom (polled every 0.25 s)
  total (s)      until `feed ingest` exits
  stored         articles in the database afterwards, and the run's summary line

`--parse-only` measures the parse alone instead, in a fresh process per case: feedparser on the
whole file against the streamed path (index, then every item mapped), seconds and peak RSS side
by side, and whether both gave as many documents.

`--folder N` writes a folder of N short article files (1,000 a subfolder) and reads it alone,
as a run takes its documents, against all of them held in a list at once (as before).

`--stop-after SECONDS` interrupts `feed ingest` (SIGINT, as Ctrl-C) after that long: the row
then shows the peak RSS and first-article time of the part that ran, and `stopped` with the
articles stored by then. The script never extrapolates.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import LANG_WEIGHTS, LANGS, Corpus  # noqa: E402
from scale import Service  # noqa: E402

MARK = "https://example.org/a/"  # every generated item links there: the feed is searched for it


def write_feed(path: Path, items: int, corpus: Corpus, seed: int = 16) -> None:
    """An RSS 2.0 file of `items` short items, newest first, written as it is generated."""
    rng = random.Random(seed)
    start = datetime(2025, 1, 1, tzinfo=UTC)
    with path.open("w", encoding="utf-8") as out:
        out.write(
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n'
            "<title>示例日报 bench</title>\n<link>https://example.org/</link>\n<description>bench</description>\n"
        )
        for index in range(items, 0, -1):
            lang = rng.choices(LANGS, LANG_WEIGHTS)[0]
            title, text, *_ = corpus.article(rng, lang)
            text = text[:300]
            published = start + timedelta(minutes=index)
            body = "".join(f"<p>{escape(p)}</p>" for p in text.split("\n\n"))
            out.write(
                f"<item><title>{escape(title)} {index}</title>"
                f"<link>{MARK}{index}.html</link>"
                f'<guid isPermaLink="false">bench-stream-{index}</guid>'
                f"<pubDate>{format_datetime(published)}</pubDate>"
                f"<dc:creator>记者{index % 97}</dc:creator>"
                f"<description><![CDATA[{body}]]></description></item>\n"
            )
        out.write("</channel>\n</rss>\n")


def feed_command() -> list[str]:
    feed = Path(sys.executable).with_name("feed")
    return [str(feed)] if feed.exists() else [sys.executable, "-m", "feed"]


class FirstVisible(threading.Thread):
    """Polls the server's Atom feed until a generated item shows; records when."""

    def __init__(self, service: Service) -> None:
        super().__init__(name="first-visible", daemon=True)
        self.service = service
        self.started = time.monotonic()
        self.seen: float | None = None
        self.stop = threading.Event()

    def run(self) -> None:
        while not self.stop.is_set():
            try:
                _, _, body = self.service.get("/feeds/articles.atom?limit=5")
            except OSError:
                body = b""
            if MARK.encode() in _gunzip(body):
                self.seen = time.monotonic() - self.started
                return
            self.stop.wait(0.25)


def _gunzip(body: bytes) -> bytes:
    import gzip

    try:
        return gzip.decompress(body)
    except OSError:
        return body


def measure(items: int, corpus: Corpus, work: Path, stop_after: float | None = None) -> dict[str, object]:
    folder = work / f"n{items}"
    folder.mkdir()
    feed_file = folder / "big.xml"
    write_feed(feed_file, items, corpus)
    database = folder / "feed.db"
    url = f"sqlite:///{database}"
    env = {**os.environ, "FEED_DATABASE_URL": url, "FEED_CONFIG": str(folder / "sources.toml")}
    service = Service(url, folder)  # writes sources.toml (one empty files source) and migrates the database
    try:
        watcher = FirstVisible(service)
        started = time.monotonic()
        with (folder / "ingest.out").open("wb") as out, (folder / "ingest.err").open("wb") as err:
            ingest = subprocess.Popen(
                feed_command() + ["ingest", str(feed_file), "--quiet"], env=env, stdout=out, stderr=err
            )
        watcher.started = started
        watcher.start()
        stopper = threading.Timer(stop_after or 0, lambda: ingest.send_signal(signal.SIGINT))
        if stop_after:
            stopper.start()
        _, status, usage = os.wait4(ingest.pid, 0)
        stopper.cancel()
        stopped = bool(stop_after) and time.monotonic() - started >= stop_after
        total = time.monotonic() - started
        ingest.returncode = os.waitstatus_to_exitcode(status)
        watcher.stop.set()
        watcher.join(5)
    finally:
        service.stop()
    with sqlite3.connect(database) as connection:
        (stored,) = connection.execute("select count(*) from articles").fetchone()
    lines = (folder / "ingest.out").read_text().strip().splitlines()
    return {
        "items": items,
        "file MB": feed_file.stat().st_size / 2**20,
        "peak RSS MB": usage.ru_maxrss / 1024,
        "first (s)": watcher.seen,
        "total (s)": total,
        "stored": stored,
        "exit": ingest.returncode,
        "stopped": stopped,
        "summary": lines[-1] if lines else "",
        "stderr": (folder / "ingest.err").read_text().strip()[-500:],
    }


PARSE_CHILD = """
import json, resource, sys, time
from pathlib import Path
from feed.parse.feeddoc import parse_feed_document
from feed.parse.stream import index_feed
from feed.loaders import load_documents
how, path = sys.argv[1], Path(sys.argv[2])
status = Path("/proc/self/status").read_text()
base = int(status.split("VmRSS:")[1].split()[0])  # kB, after the imports
started = time.perf_counter()
if how == "whole":
    count = len(parse_feed_document(path.read_bytes(), timezone="Asia/Shanghai"))
elif how == "folder":
    count = sum(1 for _ in load_documents("files", str(path), "Asia/Shanghai").docs)
elif how == "folder-list":  # every document held, as a folder was read before
    count = len(list(load_documents("files", str(path), "Asia/Shanghai").docs))
else:
    with path.open("rb") as handle:
        index = index_feed(handle)
    count = sum(1 for _ in index.docs("Asia/Shanghai", []))
seconds = time.perf_counter() - started
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps([count, seconds, base / 1024, peak / 1024]))
"""


def parse_alone(path: Path, how: str) -> tuple[int, float, float, float]:
    """(documents, seconds, RSS after imports MB, peak RSS MB) of parsing `path` alone, in a fresh process."""
    import json

    done = subprocess.run(
        [sys.executable, "-c", PARSE_CHILD, how, str(path)], cwd=ROOT, capture_output=True, text=True, check=True
    )
    count, seconds, base, peak = json.loads(done.stdout)
    return int(count), float(seconds), float(base), float(peak)


def compare_parsers(sizes: list[int], corpus: Corpus, work: Path) -> None:
    """The parse alone, whole document (feedparser) against streamed, on the same files, side by side."""
    print(
        f"{'items':>8} {'imports MB':>10} {'whole s':>8} {'whole MB':>9} {'streamed s':>11} {'streamed MB':>12}"
        f" {'s ratio':>8}  same"
    )
    for items in sizes:
        path = work / f"parse-{items}.xml"
        write_feed(path, items, corpus)
        whole = parse_alone(path, "whole")
        streamed = parse_alone(path, "streamed")
        print(
            f"{items:>8,} {whole[2]:>10.0f} {whole[1]:>8.1f} {whole[3]:>9.0f} {streamed[1]:>11.1f} "
            f"{streamed[3]:>12.0f} {streamed[1] / whole[1]:>8.2f}  {whole[0] == streamed[0]}",
            flush=True,
        )
        path.unlink()
    print("(imports MB: RSS once the parsers are imported; whole/streamed MB: peak RSS of the process)")


def compare_folder(files: int, corpus: Corpus, work: Path) -> None:
    """A folder of article files read as a run takes them, against all its documents held at once."""
    folder = work / "folder"
    folder.mkdir()
    rng = random.Random(4)
    for index in range(files):
        sub = folder / f"{index // 1000:03d}"
        sub.mkdir(exist_ok=True)
        title, text, *_ = corpus.article(rng, rng.choices(LANGS, LANG_WEIGHTS)[0])
        (sub / f"{index:06d}.txt").write_text(f"{title}\n2025-01-01 09:00:00\n\n{text[:300]}\n", encoding="utf-8")
    lazy = parse_alone(folder, "folder")
    held = parse_alone(folder, "folder-list")
    print(f"{'files':>8} {'imports MB':>10} {'read s':>7} {'read MB':>8} {'held s':>7} {'held MB':>8}  same")
    print(
        f"{files:>8,} {lazy[2]:>10.0f} {lazy[1]:>7.1f} {lazy[3]:>8.0f} {held[1]:>7.1f} {held[3]:>8.0f}"
        f"  {lazy[0] == held[0] == files}"
    )
    print("(read: documents taken one by one as a run takes them; held: all of them in a list at once)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", default="10000,100000", help="comma-separated item counts")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--stop-after", type=float, help="interrupt each ingest after this many seconds")
    parser.add_argument("--parse-only", action="store_true", help="only the parse alone, whole against streamed")
    parser.add_argument("--folder", type=int, help="only a folder of this many article files, read alone")
    args = parser.parse_args()
    sizes = [int(s) for s in args.items.split(",")]
    corpus = Corpus(sentences=3000, titles=2000)
    work = Path(tempfile.mkdtemp(prefix="feed-stream-"))
    if args.folder:
        try:
            compare_folder(args.folder, corpus, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    if args.parse_only:
        try:
            compare_parsers(sizes, corpus, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
        return 0
    rows = []
    try:
        for items in sizes:
            row = measure(items, corpus, work, args.stop_after)
            rows.append(row)
            print(f"  {items:,} items: {row}", file=sys.stderr, flush=True)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
        else:
            print(f"work folder: {work}", file=sys.stderr)
    print(f"{'items':>8} {'file MB':>8} {'peak RSS MB':>12} {'first (s)':>10} {'total (s)':>10} {'stored':>8}  exit")
    stopped = "  (stopped)"
    for row in rows:
        first = row["first (s)"]
        print(
            f"{row['items']:>8,} {row['file MB']:>8.1f} {row['peak RSS MB']:>12.0f} "
            f"{first if first is None else format(first, '.1f'):>10} {row['total (s)']:>10.1f} "
            f"{row['stored']:>8,}  {row['exit']}{stopped if row['stopped'] else ''}"
        )
    for row in rows:
        print(f"{row['items']:,}: {row['summary']}")
        if row["exit"]:
            print(f"  stderr: {row['stderr']}")
    return 0 if all(row["exit"] == 0 or row["stopped"] for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
