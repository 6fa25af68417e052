"""`feed extract PATH... [--json]`: print the parsed article and its meetings, storing nothing."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from datetime import date, datetime, time

from feed.config import DEFAULT_TIMEZONE
from feed.errors import FeedError
from feed.extract.meetings import extract_meetings
from feed.loaders import kind_of, load_documents
from feed.model import ArticleDoc, Meeting

SHOWN_PROBLEMS = 10  # a folder of unreadable files gives this many reasons, then a count


def run_extract(targets: list[str], as_json: bool, timezone: str = DEFAULT_TIMEZONE) -> int:
    """Print what the extractor makes of files, folders or URLs; returns the exit code:
    2 when a target cannot be read at all, 1 when some of its files could not."""
    reports = []
    problems = []
    for target in targets:
        try:
            loaded = load_documents(*kind_of(target), timezone)
        except FeedError as error:
            print(f"extract: cannot read {target}: {error}", file=sys.stderr)
            return 2
        try:
            reports += [(doc.guid or doc.url or target, doc, extract_meetings(doc)) for doc in loaded.docs]
        except FeedError as error:  # a folder's files are read as its documents are taken
            print(f"extract: cannot read {target}: {error}", file=sys.stderr)
            return 2
        problems += [f"extract: {target}: {problem}" for problem in loaded.errors]
    if as_json:
        payload = [_json_report(path, doc, meetings) for path, doc, meetings in reports]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
    else:
        for path, doc, meetings in reports:
            print(_text_report(path, doc, meetings))
    for line in problems[:SHOWN_PROBLEMS]:
        print(line, file=sys.stderr)
    if not problems:
        return 0
    shown = f" ({SHOWN_PROBLEMS} shown above)" if len(problems) > SHOWN_PROBLEMS else ""
    print(
        f"extract: {_count(len(problems), 'file')} could not be read{shown}, {_count(len(reports), 'article')} read",
        file=sys.stderr,
    )
    return 1


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _json_report(path: str, doc: ArticleDoc, meetings: list[Meeting]) -> dict[str, object]:
    return {
        "path": path,
        "article": {
            "headline": doc.title,
            "published": doc.published.isoformat() if doc.published else None,
            "outlet": doc.outlet,
            "language": doc.language,
        },
        "meetings": [_fields(m) for m in meetings],
    }


def _fields(meeting: Meeting) -> dict[str, object]:
    """The meeting's fields as JSON values: dates and times as ISO strings, organisers and evidence as dicts."""
    return {key: _plain(value) for key, value in asdict(meeting).items()}


def _plain(value: object) -> object:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    return value


def _text_report(path: str, doc: ArticleDoc, meetings: list[Meeting]) -> str:
    lines = [
        f"== {path}",
        f"headline:  {doc.title}",
        f"published: {doc.published.isoformat() if doc.published else '-'}",
        f"outlet:    {doc.outlet or '-'}",
        f"language:  {doc.language or '-'}",
        f"meetings:  {len(meetings)}",
    ]
    for number, meeting in enumerate(meetings, 1):
        lines.append(f"  [{number}] {meeting.name}")
        for key, value in _fields(meeting).items():
            if key == "name":
                continue
            if key == "organisers":
                value = "; ".join(f"{o.name} ({o.role})" for o in meeting.organisers) or None
            if key == "evidence":
                value = (
                    "; ".join(
                        f"{name} {e.phrase!r} ({e.cue}, {e.confidence:.2f})" for name, e in meeting.evidence.items()
                    )
                    or None
                )
            lines.append(f"      {key + ':':12} {value if value is not None else '-'}")
    return "\n".join(lines) + "\n"
