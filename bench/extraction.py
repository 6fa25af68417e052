"""Score meeting extraction on a folder of article files against labels.

    python bench/extraction.py ARTICLES_DIR LABELS_JSON [--no-label-dates]

ARTICLES_DIR holds `NNN.txt` files (line 1 headline, line 2 date/source line or
empty, then the body) named as the labels' `file` entries. Each is parsed with
`parse_text_article` and passed to `extract_meetings`. When the file's date line
gives no publication time, the label's `published` date (noon, Beijing time) is
used, as the ingest pipeline would take it from the feed item or page metadata.

Figures, overall and per language:
- "a meeting is reported": recall and precision over articles; no-meeting
  articles correctly left empty.
- for labelled events (main event = the first label of an article, and all
  events): name (character-level F1 >= 0.6, script-, case- and punctuation-
  insensitive; a label's parenthesised parts count as alternative names),
  start date, end date (both empty counts as right), city (script-insensitive,
  '市'/'省' suffixes ignored, both empty counts as right) and status. Each labelled event is
  paired with the unused predicted event whose name matches it best.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from feed.extract import extract_meetings  # noqa: E402
from feed.model import Meeting  # noqa: E402
from feed.parse.textfile import parse_text_article  # noqa: E402
from feed.text import to_simplified  # noqa: E402

NAME_THRESHOLD = 0.6
FIELDS = ("name", "start", "end", "city", "status")


def normalised(text: str) -> str:
    return re.sub(r"[\W_]+", "", to_simplified(text)).lower()


def char_f1(predicted: str, expected: str) -> float:
    a, b = Counter(normalised(predicted)), Counter(normalised(expected))
    common = sum((a & b).values())
    if not common:
        return 0.0
    precision, recall = common / sum(a.values()), common / sum(b.values())
    return 2 * precision * recall / (precision + recall)


def name_alternatives(label: str) -> list[str]:
    parts = re.findall(r"[(（]([^()（）]+)[)）]", label)
    bare = re.sub(r"[(（][^()（）]*[)）]", "", label)
    return [label, bare, *parts]


def name_score(predicted: str, label: str) -> float:
    return max(char_f1(predicted, alternative) for alternative in name_alternatives(label))


def same_city(predicted: str | None, expected: str | None) -> bool:
    def key(value: str | None) -> str:
        value = normalised(value or "")
        return re.sub(r"(市|省|city)$", "", value)

    return key(predicted) == key(expected)


def pair_events(labels: list[dict], predicted: list[Meeting]) -> list[tuple[dict, Meeting | None]]:
    scores = sorted(
        ((name_score(m.name, e["name"]) + (0.01 if m.start.isoformat() == e["start"] else 0), i, j)
         for i, e in enumerate(labels) for j, m in enumerate(predicted)),
        reverse=True,
    )
    pairs: dict[int, Meeting | None] = {}
    used: set[int] = set()
    for _score, i, j in scores:
        if i not in pairs and j not in used:
            pairs[i] = predicted[j]
            used.add(j)
    return [(label, pairs.get(i)) for i, label in enumerate(labels)]


def field_results(label: dict, meeting: Meeting | None) -> dict[str, bool]:
    if meeting is None:
        return dict.fromkeys(FIELDS, False)
    end = meeting.end.isoformat() if meeting.end else None
    return {
        "name": name_score(meeting.name, label["name"]) >= NAME_THRESHOLD,
        "start": meeting.start.isoformat() == label["start"],
        "end": end == label["end"],
        "city": same_city(meeting.city, label["city"]),
        "status": meeting.status == label["status"],
    }


def load_article(path: Path, label: dict, label_dates: bool = True):
    doc = parse_text_article(path.read_text(encoding="utf-8"), timezone="Asia/Shanghai",
                       guid=path.name)
    if doc.published is None and label.get("published") and label_dates:
        day = date.fromisoformat(label["published"])
        doc.published = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo("Asia/Shanghai"))
    return doc


def percent(numerator: int, denominator: int) -> str:
    if not denominator:
        return "    -"
    return f"{100 * numerator / denominator:5.1f}% ({numerator}/{denominator})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles")
    parser.add_argument("labels")
    parser.add_argument("--no-label-dates", action="store_true",
                        help="never fall back to the label's publication date")
    args = parser.parse_args(argv)
    labels = json.loads(Path(args.labels).read_text(encoding="utf-8"))
    started = time.perf_counter()
    detection: dict[str, Counter] = defaultdict(Counter)
    fields: dict[tuple[str, str], Counter] = defaultdict(Counter)
    misses: list[str] = []
    missing_files: list[str] = []
    for label in labels:
        path = Path(args.articles) / Path(label["file"]).name
        if not path.exists():
            missing_files.append(path.name)
            continue
        language = label["language"]
        meetings = extract_meetings(load_article(path, label, not args.no_label_dates))
        events = label["events"]
        for group in (language, "all"):
            counts = detection[group]
            counts["articles"] += 1
            counts["labelled"] += bool(events)
            counts["predicted"] += bool(meetings)
            counts["both"] += bool(events) and bool(meetings)
            counts["empty_right"] += not events and not meetings
            counts["empty_labelled"] += not events
        if not events and meetings:
            misses.append(f"{path.name} [{language}] false meeting: {_describe(meetings[0])}")
        if events and not meetings:
            expected = events[0]["name"]
            misses.append(f"{path.name} [{language}] no meeting found; expected {expected}")
        for index, (event, meeting) in enumerate(pair_events(events, meetings)):
            results = field_results(event, meeting)
            for group in (language, "all"):
                for scope in (("main", "events") if index == 0 else ("events",)):
                    for field_name, right in results.items():
                        fields[(group, scope)][field_name] += right
                    fields[(group, scope)]["n"] += 1
            wrong = [f for f, right in results.items() if not right]
            if wrong and meeting is not None:
                expected = {f: event[f] for f in FIELDS}
                misses.append(
                    f"{path.name} [{language}] {'main' if index == 0 else 'side'} wrong "
                    f"{','.join(wrong)}: expected {expected}; got {_describe(meeting)}"
                )
            elif meeting is None and meetings:
                misses.append(f"{path.name} [{language}] unmatched label event {event['name']}")
    elapsed = time.perf_counter() - started
    _report(detection, fields)
    missing = f"; missing files: {', '.join(missing_files)}" if missing_files else ""
    print(f"\n{detection['all']['articles']} articles scored in {elapsed:.1f}s{missing}")
    print("\nMisses:")
    for line in misses:
        print("  " + line)
    return 0


def _describe(meeting: Meeting) -> str:
    end = meeting.end.isoformat() if meeting.end else None
    return (f"{{name: {meeting.name}, start: {meeting.start.isoformat()}, end: {end}, "
            f"city: {meeting.city}, status: {meeting.status}}}")


def _report(detection, fields) -> None:
    groups = ["zh-Hans", "zh-Hant", "en", "all"]
    print("Meeting reported (article level)")
    print(f"{'':8} {'recall':>18} {'precision':>18} {'no-meeting empty':>18}")
    for group in groups:
        d = detection[group]
        recall, precision = percent(d["both"], d["labelled"]), percent(d["both"], d["predicted"])
        empty = percent(d["empty_right"], d["empty_labelled"])
        print(f"{group:8} {recall:>18} {precision:>18} {empty:>18}")
    for scope, title in (("main", "Main events (first label of each article)"),
                         ("events", "All labelled events")):
        print(f"\n{title}")
        print(f"{'':8} " + " ".join(f"{f:>15}" for f in FIELDS))
        for group in groups:
            counts = fields[(group, scope)]
            cells = " ".join(f"{percent(counts[f], counts['n']):>15}" for f in FIELDS)
            print(f"{group:8} {cells}")


if __name__ == "__main__":
    raise SystemExit(main())
