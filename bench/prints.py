"""A text's prints (normalised text hash, MinHash fingerprint, band keys) made by two revisions side by side.

    python bench/prints.py --old 67e304c [--items 2000] [--rounds 5]

The texts are bench/ingest.py's generated articles (1-3 kB; Simplified, Traditional and English;
10% reprints). REV is checked out in a temporary git worktree; each round runs `prints_of` over
every text once in a subprocess per revision (feed.prints, or feed.dedup where REV has no
feed.prints), REV's code imported through PYTHONPATH, after one untimed pass, old and new in
alternating order. Prints ms per text (median of the rounds, and of each size band), new/old,
and whether the two revisions made the same prints for every text (they must).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BANDS = ((0, 1000), (1000, 2000), (2000, 10**9))  # characters


def child(texts_json: Path) -> None:
    """Runs in the subprocess, with the revision's code first on sys.path."""
    try:
        from feed.prints import prints_of
    except ImportError:
        from feed.dedup import prints_of  # before feed.prints existed
    texts = json.loads(texts_json.read_text(encoding="utf-8"))
    made = [prints_of(text) for text in texts]  # untimed: converters loaded, caches warm
    spent = []
    for text in texts:
        started = time.perf_counter()
        prints_of(text)
        spent.append(time.perf_counter() - started)
    digest = hashlib.sha256(json.dumps([[p.text_hash, p.fingerprint, p.bands] for p in made]).encode()).hexdigest()
    print(json.dumps({"spent": spent, "digest": digest}))


def run(tree: Path, texts_json: Path) -> dict:
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(texts_json)],
        env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"},
        cwd=tree,
        capture_output=True,
        text=True,
        check=True,
    )
    result: dict = json.loads(done.stdout)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--old", help="the revision to compare with")
    parser.add_argument("--items", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child)
        return 0
    if not args.old:
        parser.error("--old REV is needed")
    sys.path.insert(0, str(ROOT / "bench"))
    from ingest import generate
    from revisions import checked_out

    texts = [item.text for item in generate(args.items)]
    with tempfile.TemporaryDirectory() as scratch:
        work = Path(scratch)
        texts_json = work / "texts.json"
        texts_json.write_text(json.dumps(texts, ensure_ascii=False), encoding="utf-8")
        with checked_out(args.old, work) as old_tree:
            runs: dict[str, list[dict]] = {"old": [], "new": []}
            for round_ in range(args.rounds):
                order = [("old", old_tree), ("new", ROOT)]
                for label, tree in order if round_ % 2 == 0 else reversed(order):
                    runs[label].append(run(tree, texts_json))
    print(f"{len(texts)} texts, {args.rounds} rounds; old: {args.old}, new: the working tree")
    print(f"{'characters':>16} {'texts':>6} {'old ms':>8} {'new ms':>8} {'new/old':>8}")
    for low, high in (*BANDS, (0, 10**9)):
        chosen = [i for i, text in enumerate(texts) if low <= len(text) < high]
        if not chosen:
            continue
        old, new = (
            statistics.median(sum(r["spent"][i] for i in chosen) / len(chosen) * 1000 for r in runs[label])
            for label in ("old", "new")
        )
        band = "all" if (low, high) == (0, 10**9) else f"{low}-{high if high < 10**9 else ''}"
        print(f"{band:>16} {len(chosen):>6} {old:>8.3f} {new:>8.3f} {new / old:>8.2f}")
    same = {r["digest"] for r in runs["old"] + runs["new"]}
    print("same prints for every text: " + ("yes" if len(same) == 1 else "NO"))
    return 0 if len(same) == 1 else 1


if __name__ == "__main__":
    raise SystemExit(main())
