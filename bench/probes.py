"""Probes: sentences written for this project the way outlets write meetings, each with what a careful reader
would label, scored against the extractor (bench/README.md, "Probes").

    python bench/probes.py [-v] [--code TREE] [FILE.jsonl ...]

Each line of bench/probes/*.jsonl is one case: `text` (the article's body), `published` and `headline`, and
`want`: null for a trap (nothing may be published, but a meeting published as cancelled or postponed), or the
meeting a reader would label (`start`, `end`, `city`: a name, a list of acceptable names or "" for none, `name`: a
fragment of it), or `not_named` / `not_named_like` / `not_on` (with `name`): what must not be published. A case is
right when the labelled meeting (the first whose name holds the fragment, else the first found) has that start,
end, city and name, and no meeting is published on another day; "wrongly published" counts the cases where what
is wrong reached the calendar (the labelled meeting published with a field wrong or missing, a city not found
included, or another meeting published on another day, or a trap published).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PROBES = ROOT / "bench" / "probes"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=sorted(PROBES.glob("*.jsonl")))
    parser.add_argument("--code", type=Path, default=ROOT, help="the tree whose feed package is measured")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case that is not right")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code.resolve()))
    from feed.config import DEFAULT_MIN_CONFIDENCE
    from feed.extract.gazetteer import find_place
    from feed.parse.textfile import parse_text_article
    from feed.prepare import extract_meetings
    from feed.text import to_simplified

    def plain(city: str) -> str:
        return to_simplified(city).removesuffix("市").lower()

    def same_city(want: str, got: str | None) -> bool:
        if not want or not got:
            return not want and not got
        if plain(want) == plain(got):
            return True
        wanted, found = find_place(want), find_place(got)
        return wanted is not None and found is not None and wanted.name == found.name

    def holds(name: str, fragment: str) -> bool:
        return fragment.lower() in name.lower() or to_simplified(fragment) in to_simplified(name)

    def judge(case: dict[str, Any]) -> tuple[bool, bool, list[tuple[Any, ...]]]:
        raw = f"{case['headline']}\n{case['published']}\n\n{case['text']}\n"
        meetings = extract_meetings(parse_text_article(raw, timezone="Asia/Shanghai"))
        published = [
            m for m in meetings if m.confidence >= DEFAULT_MIN_CONFIDENCE and m.status not in ("cancelled", "postponed")
        ]
        shown = [(m.name, str(m.start), m.end and str(m.end), m.city, m.confidence, m.status) for m in meetings]
        want = case["want"]
        if want is None:
            return not published, bool(published), shown
        if "not_named" in want or "not_named_like" in want or "not_on" in want:
            bad = [
                m
                for m in published
                if ("not_named" in want and to_simplified(m.name) == to_simplified(want["not_named"]))
                or ("not_named_like" in want and holds(m.name, want["not_named_like"]))
                or ("not_on" in want and str(m.start) == want["not_on"] and holds(m.name, want["name"]))
            ]
            return not bad, bool(bad), shown
        named = [m for m in meetings if want["name"] and holds(m.name, want["name"])]
        meeting = named[0] if named else (meetings[0] if meetings else None)
        if meeting is None:
            return False, False, shown
        end = str(meeting.end) if meeting.end and meeting.end != meeting.start else None
        cities = want["city"] if isinstance(want["city"], list) else [want["city"]]
        right = (
            str(meeting.start) == want["start"]
            and end == want["end"]
            and (want["city"] is None or any(same_city(city, meeting.city) for city in cities))
            and (not want["name"] or holds(meeting.name, want["name"]))
            and not any(str(m.start) != want["start"] for m in published)
        )
        wrong_published = not right and any(m is meeting or str(m.start) != want["start"] for m in published)
        return right, wrong_published, shown

    total_right = total = 0
    for path in args.files:
        cases = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        right = wrong = 0
        for case in cases:
            ok, wrongly, shown = judge(case)
            right += ok
            wrong += wrongly
            if args.verbose and not ok:
                verdict = "WRONG-PUBLISHED" if wrongly else "MISS"
                print(f"{verdict} {case['text']}\n   want {case['want']}\n   got  {shown}")
        print(f"{path.name}: {right}/{len(cases)} right, {wrong} wrongly published")
        total_right += right
        total += len(cases)
    print(f"all: {total_right}/{total} right")
    return 0


if __name__ == "__main__":
    sys.exit(main())
