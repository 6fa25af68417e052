"""Meeting extraction speed of two revisions side by side, and whether their output is the same.

    python bench/extract_speed.py --old 45b6ea8 [--texts DIR ...] [--generated 300] [--ingest 1000] [--rounds 5]

The articles: --generated short Simplified Chinese items written as bench/load.py writes them
(a meeting in the first sentence, about 250 characters), parsed with `parse_text_article`; --ingest
items of the RSS file bench/ingest.py writes (1-3 kB, Simplified, Traditional and English, 20%
with a meeting, 10% reprints), read as `feed ingest` reads that file (`load_documents`); plus
every `*.txt` of the --texts folders (default: the git-ignored bench/.corpus, bench/.fresh and
bench/.articles, where they exist), parsed with `parse_text_article` (none of it timed). REV is
checked out in a temporary git worktree; each round runs `extract_meetings` over every article
once in a subprocess per revision, REV's code imported through PYTHONPATH, after one pass to warm
up (gazetteer and converters loaded), old and new in alternating order. Prints ms per article by
group (median of the rounds) and new/old, then ms per article by function (cumulative, under
cProfile, one more pass each), and compares every meeting of every article, all fields
(confidence, evidence and organisers included): the two revisions must agree.
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import json
import os
import pstats
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from revisions import checked_out  # noqa: E402

# functions of these files are listed by stage
STAGE_FILES = ("feed/extract/", "feed/text.py")
STAGES_SHOWN = 14
LANGUAGES = ("zh-Hans", "zh-Hant", "en")


def write_ingest_feed(path: Path, count: int) -> None:
    from ingest import generate, write_feed

    write_feed(path, generate(count))


def write_generated(folder: Path, count: int) -> None:
    from corpus import Corpus
    from load import write_article

    corpus, rng = Corpus(sentences=2000, titles=500), random.Random(5)
    for index in range(count):
        write_article(folder, index, corpus, rng)


def _plain(value: object) -> object:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # Meeting.standing (what its confidence rests on, recorded since 2026-12-06) is left out so that older
        # revisions compare; the confidence it gives is compared
        fields = [f.name for f in dataclasses.fields(value) if f.name != "standing"]
        return {name: _plain(getattr(value, name)) for name in fields}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, date | datetime | clock):
        return value.isoformat()
    return value


def child(files: list[tuple[str, str]], mode: str, out: Path) -> None:
    """Runs in the subprocess, with the revision's code first on sys.path."""
    import feed
    from feed.extract import extract_meetings
    from feed.loaders import load_documents
    from feed.parse.textfile import parse_text_article

    if not Path(feed.__file__).resolve().is_relative_to(Path.cwd().resolve()):
        raise SystemExit(f"imported {feed.__file__}, not the code of {Path.cwd()}")
    docs = []
    for group, p in files:
        if group == "ingest":
            docs += [(f"ingest {d.language}", d) for d in load_documents("feed", p, "Asia/Shanghai").docs]
        else:
            docs.append((group, parse_text_article(Path(p).read_text(encoding="utf-8"), timezone="Asia/Shanghai")))
    groups = [g if g != "texts" else (doc.language or "en") for g, doc in docs]
    results = [extract_meetings(doc) for _, doc in docs]  # warm-up, and the output compared
    if mode == "profile":
        profile = cProfile.Profile()
        profile.enable()
        for _, doc in docs:
            extract_meetings(doc)
        profile.disable()
        stats = pstats.Stats(profile).stats  # type: ignore[attr-defined]
        stages = {}
        for (file, _, name), (_, _, _, cumulative, _) in stats.items():
            if name.startswith("<"):
                continue  # comprehensions and lambdas: inside the functions listed
            relative = file.replace("\\", "/")
            for prefix in STAGE_FILES:
                at = relative.rfind(prefix)
                if at >= 0:
                    key = f"{relative[at:].removeprefix('feed/')}:{name}"
                    stages[key] = stages.get(key, 0.0) + cumulative
        out.write_text(json.dumps({"stages": stages, "articles": len(docs)}), encoding="utf-8")
        return
    seconds: dict[str, float] = {}
    for group, (_, doc) in zip(groups, docs, strict=True):
        started = time.perf_counter()
        extract_meetings(doc)
        seconds[group] = seconds.get(group, 0.0) + time.perf_counter() - started
    counts = {g: groups.count(g) for g in seconds}
    meetings = [[_plain(m) for m in found] for found in results]
    out.write_text(json.dumps({"seconds": seconds, "counts": counts, "meetings": meetings}), encoding="utf-8")


def run_child(tree: Path, files_json: Path, mode: str, work: Path) -> dict:
    out = work / f"out-{os.getpid()}-{time.monotonic_ns()}.json"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--child", str(files_json), "--mode", mode, "--out", str(out)],
        env=env,
        cwd=tree,
        check=True,
    )
    result: dict = json.loads(out.read_text(encoding="utf-8"))
    out.unlink()
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old", help="the revision to compare the working tree with")
    parser.add_argument("--texts", type=Path, nargs="*", help="folders of article files")
    parser.add_argument("--generated", type=int, default=300)
    parser.add_argument("--ingest", type=int, default=1000, help="items of bench/ingest.py's feed file")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--mode", default="time", help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(json.loads(args.child.read_text(encoding="utf-8")), args.mode, args.out)
        return 0
    if not args.old:
        parser.error("--old REV is required")
    with tempfile.TemporaryDirectory(prefix="bench-extract-speed-") as scratch:
        work = Path(scratch)
        generated = work / "generated"
        generated.mkdir()
        write_generated(generated, args.generated)
        folders = (
            args.texts if args.texts is not None else [ROOT / "bench" / n for n in (".corpus", ".fresh", ".articles")]
        )
        files = [("generated", str(p)) for p in sorted(generated.glob("*.txt"))]
        if args.ingest:
            write_ingest_feed(work / "ingest.xml", args.ingest)
            files.append(("ingest", str(work / "ingest.xml")))
        for folder in folders:
            files += [("texts", str(p)) for p in sorted(folder.glob("*.txt"))]
        files_json = work / "files.json"
        files_json.write_text(json.dumps(files), encoding="utf-8")
        runs: dict[str, list[dict]] = {"old": [], "new": []}
        with checked_out(args.old, work) as old_tree:
            trees = {"old": old_tree, "new": ROOT}
            for round_ in range(args.rounds):
                for label in ("old", "new") if round_ % 2 == 0 else ("new", "old"):
                    runs[label].append(run_child(trees[label], files_json, "time", work))
            profiles = {label: run_child(trees[label], files_json, "profile", work) for label in trees}
    report(args.old, runs, profiles)
    return 0 if runs["old"][0]["meetings"] == runs["new"][0]["meetings"] else 1


def report(old_rev: str, runs: dict[str, list[dict]], profiles: dict[str, dict]) -> None:
    counts: dict[str, int] = runs["new"][0]["counts"]
    groups = [g for g in ("generated", *(f"ingest {lang}" for lang in LANGUAGES), *LANGUAGES) if g in counts]
    rounds = len(runs["new"])
    print(f"ms per article, median of {rounds} rounds (old = {old_rev}, new = working tree)\n")
    print(f"{'articles':<16}{'count':>7}{'old':>10}{'new':>10}{'new/old':>9}")

    def per_article(label: str, group_list: list[str]) -> float:
        total = sum(counts[g] for g in group_list)
        return statistics.median(sum(r["seconds"][g] for g in group_list) for r in runs[label]) * 1000 / total

    for name, group_list in [*((g, [g]) for g in groups), ("all", groups)]:
        old, new = per_article("old", group_list), per_article("new", group_list)
        total = sum(counts[g] for g in group_list)
        print(f"{name:<16}{total:>7}{old:>10.3f}{new:>10.3f}{new / old:>9.2f}")
    articles = profiles["new"]["articles"]
    shown: list[str] = []
    for label in ("old", "new"):
        stages = profiles[label]["stages"]
        shown += [k for k in sorted(stages, key=stages.get, reverse=True)[:STAGES_SHOWN] if k not in shown]
    print(f"\nms per article by function, cumulative, under cProfile ({articles} articles, one pass each)\n")
    print(f"{'function':<48}{'old':>9}{'new':>9}")
    for key in sorted(shown, key=lambda k: -max(p["stages"].get(k, 0.0) for p in profiles.values())):
        cells = [profiles[label]["stages"].get(key) for label in ("old", "new")]
        text = "".join(f"{c * 1000 / articles:>9.3f}" if c is not None else f"{'-':>9}" for c in cells)
        print(f"{key:<48}{text}")
    old_meetings, new_meetings = runs["old"][0]["meetings"], runs["new"][0]["meetings"]
    found = sum(len(m) for m in new_meetings)
    differing = [i for i, (a, b) in enumerate(zip(old_meetings, new_meetings, strict=True)) if a != b]
    if differing:
        print(f"\noutput DIFFERS for {len(differing)} of {len(new_meetings)} articles (indexes {differing[:10]})")
    else:
        print(f"\noutput identical: {len(new_meetings)} articles, {found} meetings, every field")


if __name__ == "__main__":
    raise SystemExit(main())
