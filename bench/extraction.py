"""Score meeting extraction on labelled article files, per split, language and field.

    python bench/extraction.py                      # the corpus: tune and sealed splits
    python bench/extraction.py --split tune --misses
    python bench/extraction.py --labels ../shared/devset/labels.json --texts bench/.articles

The corpus is `bench/corpus/labels-*.json` with its texts in the git-ignored
`bench/.corpus/` (see bench/corpus/README.md); `bench/corpus/split.json` assigns
each file to `tune` or `sealed`. Each text is parsed with `parse_text_article`
and passed to `extract_meetings`. When the file's date line gives no publication
time, the label's `published` date (noon, Beijing time) is used, as the ingest
pipeline takes it from the feed item or page metadata.

Figures, per split and language:
- "found": articles with a meeting for which the extractor gives at least one;
  "empty": no-meeting articles left without one.
- per field, for the main event (the first label of an article) and for all
  labelled events: name (character-level F1 >= 0.6, script-, case- and
  punctuation-insensitive; a label's parenthesised parts count as alternative
  names), start date, end date (both empty counts as right), city (script-
  insensitive, '市'/'省' suffixes ignored, two spellings of one gazetteer city
  agree, both empty counts as right), time
  (start time, where the label gives one) and status. Each labelled event is
  paired with the unused predicted event whose name matches it best, a shared
  start date counting as 0.3 of name F1.
- spurious: predicted events that match no labelled event (paired with none,
  or paired with a name F1 under 0.3 and another start date), per article.
- published (confidence >= --min-confidence, the service's default): precision
  (paired, right start date, name F1 >= 0.3) and the labelled events kept
  (published with the right start date); and the share of published events right
  with their city too (a calendar entry in the wrong city is wrong to its reader), and
  with their name too (character F1 >= 0.6, as the name field scores it: the pairing's 0.3
  lets a meeting that took another's day count as right, as '世园会“北京日”活动' with the
  expo's opening day did in the thirty-fifth session).

`--misses` lists what went wrong, for the tune split (or labels given without a
split) only: the sealed split is scored, never read.
`--breakdown` counts the main event's misses by kind (another meeting or a part of
its name; the publication day or a day off; no city or another city), for the same
articles `--misses` reads.

Without local texts (see bench/corpus/README.md): `--predict FILE --predictions OUT`
reads the article of label FILE from standard input, extracts its meetings and
appends them to OUT (JSON lines; the text itself is written nowhere); then
`--predictions OUT` alone scores those meetings instead of extracting from
`--texts`. The last line for a file counts.

    python bench/extraction.py --labels L.json --predict t10-zh-001.txt --predictions P.jsonl < article
    python bench/extraction.py --labels L.json --predictions P.jsonl --split-file /nonexistent --summary
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from datetime import time as clock
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from feed.config import DEFAULT_MIN_CONFIDENCE  # noqa: E402
from feed.errors import ParseError  # noqa: E402
from feed.extract import extract_meetings  # noqa: E402
from feed.extract.gazetteer import find_place  # noqa: E402
from feed.model import Meeting  # noqa: E402
from feed.parse.textfile import parse_text_article  # noqa: E402
from feed.text import to_simplified  # noqa: E402

NAME_THRESHOLD = 0.6
SAME_MEETING = 0.3
FIELDS = ("name", "start", "end", "city", "time", "status")
LANGUAGES = ("zh-Hans", "zh-Hant", "en")


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
    """The label, its name without brackets, each top-level bracketed part ('A (B (C))' -> B (C)) and each
    alternative a bracket lists ('A (B; C)' -> B, C)."""
    bare, parts, depth = [], [], 0
    for char in label:
        if char in "(（":
            depth += 1
            if depth == 1:
                parts.append("")
                continue
        elif char in ")）" and depth:
            depth -= 1
            if depth == 0:
                continue
        if depth:
            parts[-1] += char
        else:
            bare.append(char)
    # '(UN climate talks; COP 20)': a bracket may list several alternatives
    listed = [piece.strip() for part in parts if ";" in part for piece in part.split(";")]
    return [label, "".join(bare), *parts, *listed]


def name_score(predicted: str, label: str) -> float:
    return max(char_f1(predicted, alternative) for alternative in name_alternatives(label))


def same_city(predicted: str | None, expected: str | None) -> bool:
    """Script-insensitive, '市'/'省' ignored; two spellings of one gazetteer city (Macao, Macau) agree."""

    def key(value: str | None) -> str:
        value = normalised(value or "")
        return re.sub(r"(市|省|city)$", "", value)

    if key(predicted) == key(expected):
        return True
    a, b = find_place(predicted or ""), find_place(expected or "")
    return a is not None and a == b


def pair_events(labels: list[dict], predicted: list[Meeting]) -> list[tuple[dict, Meeting | None]]:
    # best first; among equals the earlier label and the earlier (more central) predicted event
    scores = sorted(
        (
            (-(name_score(m.name, e["name"]) + (0.3 if m.start.isoformat() == e["start"] else 0)), i, j)
            for i, e in enumerate(labels)
            for j, m in enumerate(predicted)
        ),
    )
    pairs: dict[int, Meeting | None] = {}
    used: set[int] = set()
    for _score, i, j in scores:
        if i not in pairs and j not in used:
            pairs[i] = predicted[j]
            used.add(j)
    return [(label, pairs.get(i)) for i, label in enumerate(labels)]


def right_meeting(label: dict, meeting: Meeting) -> bool:
    """A published event counts as right: the labelled meeting, on its start day."""
    return meeting.start.isoformat() == label["start"] and name_score(meeting.name, label["name"]) >= SAME_MEETING


def same_meeting(label: dict, meeting: Meeting) -> bool:
    return name_score(meeting.name, label["name"]) >= SAME_MEETING or meeting.start.isoformat() == label["start"]


def field_results(label: dict, meeting: Meeting | None) -> dict[str, bool | None]:
    expected_time = label.get("start_time")
    if meeting is None:
        results: dict[str, bool | None] = dict.fromkeys(FIELDS, False)
        results["time"] = False if expected_time else None
        return results
    end = meeting.end.isoformat() if meeting.end else None
    start_time = meeting.start_time.strftime("%H:%M") if meeting.start_time else None
    return {
        "name": name_score(meeting.name, label["name"]) >= NAME_THRESHOLD,
        "start": meeting.start.isoformat() == label["start"],
        "end": end == label["end"],
        "city": same_city(meeting.city, label["city"]),
        "time": (start_time == expected_time) if expected_time else None,
        "status": meeting.status == label["status"],
    }


def load_article(path: Path, label: dict, label_dates: bool = True):
    return parse_article(path.read_text(encoding="utf-8"), path.name, label, label_dates)


def parse_article(text: str, name: str, label: dict, label_dates: bool = True):
    doc = parse_text_article(text, timezone="Asia/Shanghai", guid=name)
    if doc.published is None and label.get("published") and label_dates:
        day = date.fromisoformat(label["published"])
        doc.published = datetime(day.year, day.month, day.day, 12, tzinfo=ZoneInfo("Asia/Shanghai"))
    return doc


def load_labels(paths: list[Path]) -> list[dict]:
    labels: list[dict] = []
    for path in paths:
        files = sorted(path.glob("labels-*.json")) if path.is_dir() else [path]
        for file in files:
            labels += json.loads(file.read_text(encoding="utf-8"))
    return labels


@dataclass
class Predicted:
    """A meeting as `--predict` recorded it: the fields the scores read."""

    name: str
    start: date
    end: date | None
    start_time: clock | None
    city: str | None
    status: str
    confidence: float
    cues: dict[str, str]
    sentence: str | None = None
    standing: dict[str, bool] = field(default_factory=dict)

    @property
    def evidence(self) -> dict:
        return {field: Cue(cue) for field, cue in self.cues.items()}


@dataclass
class Cue:
    cue: str


def recorded(meeting: Meeting) -> dict:
    return {
        "name": meeting.name,
        "start": meeting.start.isoformat(),
        "end": meeting.end.isoformat() if meeting.end else None,
        "start_time": meeting.start_time.isoformat() if meeting.start_time else None,
        "city": meeting.city,
        "status": meeting.status,
        "confidence": meeting.confidence,
        "cues": {field: e.cue for field, e in meeting.evidence.items()},
        "field_confidence": {field: e.confidence for field, e in meeting.evidence.items()},
        "standing": meeting.standing,
        "sentence": meeting.sentence,
    }


def predicted(fields: dict) -> Predicted:
    return Predicted(
        name=fields["name"],
        start=date.fromisoformat(fields["start"]),
        end=date.fromisoformat(fields["end"]) if fields["end"] else None,
        start_time=clock.fromisoformat(fields["start_time"]) if fields["start_time"] else None,
        city=fields["city"],
        status=fields["status"],
        confidence=fields["confidence"],
        cues=fields["cues"],
        sentence=fields.get("sentence"),
        standing=fields.get("standing", {}),
    )


def load_predictions(path: Path) -> dict[str, list[Predicted]]:
    """{file: its meetings} from a `--predict` file; a later line for a file replaces an earlier one."""
    found: dict[str, list[Predicted]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            entry = json.loads(line)
            found[entry["file"]] = [predicted(fields) for fields in entry["meetings"]]
    return found


def predict(labels: list[dict], name: str, out: Path, label_dates: bool) -> int:
    """Extract the meetings of label `name`'s article, read from standard input, and append them to `out`."""
    label = next((label for label in labels if Path(label["file"]).name == name), None)
    if label is None:
        print(f"no label for {name}", file=sys.stderr)
        return 2
    meetings = extract_meetings(parse_article(sys.stdin.read(), name, label, label_dates))
    with out.open("a", encoding="utf-8") as lines:
        lines.write(json.dumps({"file": name, "meetings": [recorded(m) for m in meetings]}, ensure_ascii=False) + "\n")
    for meeting in meetings:
        print(describe(meeting))
    print(f"{name}: {len(meetings)} meetings recorded in {out}")
    return 0


class Scores:
    """Counts for one group of articles (a split, a language, or all)."""

    def __init__(self) -> None:
        self.articles = Counter()
        self.fields: dict[str, Counter] = {"main": Counter(), "events": Counter()}
        self.published = Counter()
        self.published_status: Counter[tuple[str, bool]] = Counter()  # (status, right) of each published meeting

    def add(self, events: list[dict], meetings: list[Meeting], min_confidence: float) -> None:
        counts = self.articles
        counts["articles"] += 1
        counts["labelled"] += bool(events)
        counts["found"] += bool(events) and bool(meetings)
        counts["predicted"] += len(meetings)
        counts["empty_labelled"] += not events
        counts["empty_right"] += not events and not meetings
        pairs = pair_events(events, meetings)
        matched = {id(m) for label, m in pairs if m is not None and same_meeting(label, m)}
        counts["spurious"] += sum(id(m) not in matched for m in meetings)
        for index, (label, meeting) in enumerate(pairs):
            results = field_results(label, meeting)
            for scope in ("main", "events") if index == 0 else ("events",):
                for name, right in results.items():
                    if right is not None:
                        self.fields[scope][name] += right
                        self.fields[scope][name + "_n"] += 1
        published = [m for m in meetings if m.confidence >= min_confidence]
        self.published["published"] += len(published)
        self.published["labelled"] += len(events)
        right_ones = {id(m): label for label, m in pairs if m is not None and right_meeting(label, m)}
        for meeting in published:
            label = right_ones.get(id(meeting))
            right = label is not None
            self.published["right"] += right
            fields = field_results(label, meeting) if label is not None else {}
            self.published["right_city"] += bool(fields.get("city"))
            self.published["right_name"] += bool(fields.get("name"))
            self.published_status[meeting.status, right] += 1


def percent(numerator: int, denominator: int) -> str:
    if not denominator:
        return "-"
    return f"{100 * numerator / denominator:.1f}% ({numerator}/{denominator})"


def report(title: str, groups: dict[str, Scores], min_confidence: float) -> None:
    names = [g for g in (*LANGUAGES, "all") if g in groups]
    print(f"\n=== {title}")
    print(f"{'':8} {'articles':>8} {'found':>17} {'empty':>15} {'spurious/article':>17}")
    for group in names:
        a = groups[group].articles
        spurious = f"{a['spurious'] / a['articles']:.3f}" if a["articles"] else "-"
        print(
            f"{group:8} {a['articles']:>8} {percent(a['found'], a['labelled']):>17} "
            f"{percent(a['empty_right'], a['empty_labelled']):>15} {spurious:>17}"
        )
    for scope, heading in (("main", "main event"), ("events", "all labelled events")):
        print(f"\n{heading}")
        print(f"{'':8} " + " ".join(f"{f:>17}" for f in FIELDS))
        for group in names:
            counts = groups[group].fields[scope]
            print(f"{group:8} " + " ".join(f"{percent(counts[f], counts[f + '_n']):>17}" for f in FIELDS))
    print(f"\npublished (confidence >= {min_confidence})")
    print(f"{'':8} {'precision':>17} {'kept':>17}")
    for group in names:
        p = groups[group].published
        print(f"{group:8} {percent(p['right'], p['published']):>17} {percent(p['right'], p['labelled']):>17}")
    everything = groups["all"].published if "all" in groups else Counter()
    print(f"published right with its city too: {percent(everything['right_city'], everything['published'])}")
    print(f"published right with its name too: {percent(everything['right_name'], everything['published'])}")
    by_status = groups["all"].published_status if "all" in groups else Counter()
    statuses = sorted({status for status, _ in by_status})
    print(
        "published precision by status: "
        + (
            ", ".join(
                f"{status} {percent(by_status[status, True], by_status[status, True] + by_status[status, False])}"
                for status in statuses
            )
            or "-"
        )
    )


def summary(groups_by_split: dict[str, dict[str, Scores]], min_confidence: float) -> None:
    """One markdown table: the figures the README quotes, per split and language."""
    print(
        "\n| split | language | articles | found | name | start | city | no-meeting empty | spurious/article "
        f"| published precision (≥ {min_confidence}) | labelled events published |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for part, groups in groups_by_split.items():
        for group in (*LANGUAGES, "all"):
            if group not in groups:
                continue
            scores = groups[group]
            a, main, p = scores.articles, scores.fields["main"], scores.published

            def cell(n: int, d: int) -> str:
                return f"{100 * n / d:.0f}%" if d else "-"

            print(
                f"| {part} | {group} | {a['articles']} | {cell(a['found'], a['labelled'])} | "
                f"{cell(main['name'], main['name_n'])} | {cell(main['start'], main['start_n'])} | "
                f"{cell(main['city'], main['city_n'])} | {cell(a['empty_right'], a['empty_labelled'])} | "
                f"{a['spurious'] / a['articles']:.2f} | {cell(p['right'], p['published'])} ({p['right']}/"
                f"{p['published']}) | {cell(p['right'], p['labelled'])} |"
            )


def misses_of(name: str, label: dict, meetings: list[Meeting]) -> list[str]:
    language = label["language"]
    events = label["events"]
    lines = []
    if not events and meetings:
        lines.append(f"{name} [{language}] false meeting: {describe(meetings[0])}")
    if events and not meetings:
        lines.append(f"{name} [{language}] no meeting found; expected {events[0]['name']}")
    pairs = pair_events(events, meetings)
    matched = {id(m) for e, m in pairs if m is not None and same_meeting(e, m)}
    for index, (event, meeting) in enumerate(pairs):
        wrong = [f for f, right in field_results(event, meeting).items() if right is False]
        if wrong and meeting is not None:
            expected = {f: event.get(f) for f in ("name", "start", "end", "city", "start_time", "status")}
            lines.append(
                f"{name} [{language}] {'main' if index == 0 else 'side'} wrong {','.join(wrong)}: "
                f"expected {expected}; got {describe(meeting)}"
            )
        elif meeting is None and meetings:
            lines.append(f"{name} [{language}] unmatched label event {event['name']}")
    if events:
        lines += [f"{name} [{language}] spurious: {describe(m)}" for m in meetings if id(m) not in matched]
    return lines


def name_miss(meeting: Meeting, expected: str) -> str:
    """What kind of wrong a main event's name is: another meeting, a part of the name, more than it, or askew."""
    if name_score(meeting.name, expected) < SAME_MEETING:
        return "another meeting"
    got, want = Counter(normalised(meeting.name)), Counter(normalised(name_alternatives(expected)[1]))
    if not got - want:
        return "a part of it"
    if not want - got:
        return "more than it"
    return "overlapping"


def start_miss(meeting: Meeting, expected: str, published: str | None) -> str:
    """How a main event's start day is wrong: the publication day, a day or a week off, or further."""
    if published and meeting.start.isoformat() == published:
        return "the publication day"
    days = abs((meeting.start - date.fromisoformat(expected)).days)
    return "1 day off" if days == 1 else "2-7 days off" if days <= 7 else "further"


def city_miss(meeting: Meeting, expected: str | None) -> str:
    if not meeting.city:
        return "none given"
    return "given, label has none" if not expected else "another city"


def breakdown_of(label: dict, meetings: list[Meeting]) -> list[tuple[str, str]]:
    """(field, kind of miss) of the main labelled event: the kinds `--breakdown` counts."""
    if not label["events"]:
        return [("no-meeting", "meetings given")] if meetings else []
    expected, meeting = pair_events(label["events"], meetings)[0]
    if meeting is None:
        return [("found", "nothing paired")]
    results = field_results(expected, meeting)
    kinds = []
    if not results["name"]:
        kinds.append(("name", name_miss(meeting, expected["name"])))
    if not results["start"]:
        kinds.append(("start", start_miss(meeting, expected["start"], label.get("published"))))
    if not results["city"]:
        kinds.append(("city", city_miss(meeting, expected["city"])))
    return kinds


def report_breakdown(kinds: Counter[tuple[str, str, str]]) -> None:
    print("\nmain event's misses by kind (field: kind, per language)")
    for scored, kind in sorted({(f, k) for f, k, _ in kinds}):
        counts = ", ".join(f"{lang} {kinds[scored, kind, lang]}" for lang in LANGUAGES if kinds[scored, kind, lang])
        print(f"  {scored}: {kind:24} {sum(kinds[scored, kind, lang] for lang in LANGUAGES):>4}  ({counts})")


Calibration = tuple[dict[str, str], bool, bool | None]


def calibration_rows(label: dict, meetings: list[Meeting]) -> list[Calibration]:
    """Each predicted event's cues, whether it is a labelled meeting with the right start date, and, for such a
    meeting with a place, whether the place is the labelled city (None when not a right meeting or no place)."""
    pairs = pair_events(label["events"], meetings)
    cities = {id(m): e["city"] for e, m in pairs if m is not None and right_meeting(e, m)}
    rows = []
    for meeting in meetings:
        place = meeting.evidence.get("place")
        cues = {
            "confidence": f"{meeting.confidence:.2f}",
            "language": label["language"],
            "date": meeting.evidence["date"].cue if "date" in meeting.evidence else "-",
            "place": place.cue if place is not None else "-",
            "standing": " ".join(sorted(k for k, v in meeting.standing.items() if v)) or "-",
        }
        right = id(meeting) in cities
        place_right = same_city(meeting.city, cities[id(meeting)]) if right and meeting.city else None
        rows.append((cues, right, place_right))
    return rows


def report_calibration(rows: list[Calibration]) -> None:
    for cue in ("confidence", "language", "date", "place", "standing"):
        print(f"\nprecision by {cue}")
        values = sorted({c[cue] for c, _, _ in rows})
        for value in values:
            hits = [ok for c, ok, _ in rows if c[cue] == value]
            print(f"  {value:12} {percent(sum(hits), len(hits)):>18}")
    print("\nplace shown right (right meetings with a city), by place cue")
    for value in sorted({c["place"] for c, _, place_right in rows if place_right is not None}):
        hits = [place_right for c, _, place_right in rows if c["place"] == value and place_right is not None]
        print(f"  {value:12} {percent(sum(hits), len(hits)):>18}")


def describe(meeting: Meeting) -> str:
    end = meeting.end.isoformat() if meeting.end else None
    start_time = meeting.start_time.strftime("%H:%M") if meeting.start_time else None
    return (
        f"{{name: {meeting.name}, start: {meeting.start.isoformat()}, end: {end}, time: {start_time}, "
        f"city: {meeting.city}, status: {meeting.status}, confidence: {meeting.confidence}, "
        f"sentence: {(meeting.sentence or '')[:160]!r}}}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--labels",
        type=Path,
        nargs="+",
        default=[ROOT / "bench" / "corpus"],
        help="label files, or folders of labels-*.json (default: bench/corpus)",
    )
    parser.add_argument(
        "--texts",
        type=Path,
        default=ROOT / "bench" / ".corpus",
        help="folder of the article files (default: bench/.corpus)",
    )
    parser.add_argument("--split-file", type=Path, default=ROOT / "bench" / "corpus" / "split.json")
    parser.add_argument("--split", choices=("tune", "sealed", "both"), default="both")
    parser.add_argument("--min-confidence", type=float, default=DEFAULT_MIN_CONFIDENCE)
    parser.add_argument("--misses", action="store_true", help="list what went wrong (never for the sealed split)")
    parser.add_argument("--summary", action="store_true", help="also print one markdown table of the main figures")
    parser.add_argument(
        "--calibration",
        action="store_true",
        help="precision of predicted events by confidence and by cue (never for the sealed split)",
    )
    parser.add_argument(
        "--breakdown",
        action="store_true",
        help="count the main event's misses by kind (never for the sealed split)",
    )
    parser.add_argument("--no-label-dates", action="store_true", help="never fall back to the label's publication date")
    parser.add_argument("--predictions", type=Path, help="JSON lines of recorded meetings: scored instead of texts")
    parser.add_argument("--predict", metavar="FILE", help="record the meetings of FILE's article, read from stdin")
    args = parser.parse_args(argv)
    labels = load_labels(args.labels)
    if args.predict:
        if args.predictions is None:
            parser.error("--predict needs --predictions OUT")
        return predict(labels, args.predict, args.predictions, not args.no_label_dates)
    recorded_meetings = load_predictions(args.predictions) if args.predictions else None
    uses_split = args.split_file.exists() and all(
        p.resolve().is_relative_to(args.split_file.parent.resolve()) for p in args.labels
    )
    split = json.loads(args.split_file.read_text(encoding="utf-8")) if uses_split else {}
    wanted = ("tune", "sealed") if args.split == "both" else (args.split,)
    started = time.perf_counter()
    groups: dict[str, dict[str, Scores]] = defaultdict(lambda: defaultdict(Scores))
    misses: list[str] = []
    calibration: list[Calibration] = []
    kinds: Counter[tuple[str, str, str]] = Counter()
    missing_files: list[str] = []
    unreadable: list[str] = []
    for label in labels:
        name = Path(label["file"]).name
        part = split.get(name, "all") if uses_split else "all"
        if uses_split and part not in wanted:
            continue
        if recorded_meetings is not None:
            if name not in recorded_meetings:
                missing_files.append(name)
                continue
            meetings = recorded_meetings[name]
        else:
            path = args.texts / label["file"]  # 'articles/001.txt' under the folder given, or '001.txt' in it
            if not path.exists():
                path = args.texts / name
            if not path.exists():
                missing_files.append(name)
                continue
            try:
                doc = load_article(path, label, not args.no_label_dates)
            except ParseError as error:
                unreadable.append(f"{name}: {error}")
                continue
            meetings = extract_meetings(doc)
        for group in (label["language"], "all"):
            groups[part][group].add(label["events"], meetings, args.min_confidence)
        if args.misses and part != "sealed":
            misses += misses_of(name, label, meetings)
        if args.calibration and part != "sealed":
            calibration += calibration_rows(label, meetings)
        if args.breakdown and part != "sealed":
            kinds.update((scored, kind, label["language"]) for scored, kind in breakdown_of(label, meetings))
    elapsed = time.perf_counter() - started
    for part in ("tune", "sealed", "all"):
        if part in groups:
            report(f"{part} split" if part != "all" else "all labels", groups[part], args.min_confidence)
    if args.summary:
        summary({part: groups[part] for part in ("tune", "sealed", "all") if part in groups}, args.min_confidence)
    scored = sum(g["all"].articles["articles"] for g in groups.values())
    missing = f"; missing files: {len(missing_files)} ({', '.join(missing_files[:5])}…)" if missing_files else ""
    print(f"\n{scored} articles scored in {elapsed:.1f}s{missing}")
    for line in unreadable:
        print(f"not scored, unreadable: {line}")
    if calibration:
        report_calibration(calibration)
    if kinds:
        report_breakdown(kinds)
    if misses:
        print("\nMisses:")
        for line in misses:
            print("  " + line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
