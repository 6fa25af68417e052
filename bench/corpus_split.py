"""Draw the corpus's sealed split: a third of each labeller's slice, at random, once.

    python bench/corpus_split.py [--seed 20261203]

Writes bench/corpus/split.json ({file: "tune" | "sealed"}). Run once, after the
labels are written and before any rule is changed against them; files already in
split.json keep their side, so labels added later are split without reshuffling.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "corpus"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    path = CORPUS / "split.json"
    split: dict[str, str] = json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    slices: dict[str, list[str]] = defaultdict(list)
    for labels in sorted(CORPUS.glob("labels-*.json")):
        for label in json.loads(labels.read_text(encoding="utf-8")):
            if label["file"] not in split:
                slices[labels.stem.removeprefix("labels-")].append(label["file"])
    rng = random.Random(args.seed)
    for name, files in sorted(slices.items()):
        files.sort()
        rng.shuffle(files)
        sealed = round(len(files) / 3)
        split.update({f: "sealed" for f in files[:sealed]} | {f: "tune" for f in files[sealed:]})
        print(f"{name}: {len(files)} new, {sealed} sealed")
    path.write_text(json.dumps(dict(sorted(split.items())), indent=1) + "\n", encoding="utf-8")
    counts = {side: sum(v == side for v in split.values()) for side in ("tune", "sealed")}
    print(f"split.json: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
