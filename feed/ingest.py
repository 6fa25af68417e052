"""The ingest path for one source: fetch -> parse -> extract -> store, recorded as a run.

`refresh` is the one function that runs it; the scheduler, the CLI and the job
API all go through it.
"""

from __future__ import annotations

import hashlib
import logging
import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from db import store
from db.models import IngestRun, Source, utcnow
from db.session import Database
from feed.errors import FeedError, NotFound, ParseError
from feed.extract import extract_meetings
from feed.fetch import fetch_url
from feed.model import ArticleDoc
from feed.parse.feeddoc import parse_feed_document
from feed.parse.textfile import parse_text_article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ".md"}
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".json"}
MAX_FILE_BYTES = 15 * 1024 * 1024


@dataclass
class Loaded:
    """What one source gave: its documents, new validators, per-item errors."""

    docs: list[ArticleDoc] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


@dataclass
class RunSummary:
    run_id: int
    target: str
    status: str
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    events: int = 0
    errors: int = 0
    error: str | None = None

    @classmethod
    def of(cls, run: IngestRun) -> RunSummary:
        return cls(
            run.id, run.target, run.status, run.new, run.updated, run.unchanged,
            run.events, run.errors, run.error,
        )


# ---- targets ----------------------------------------------------------------

_URL = re.compile(r"^https?://", re.I)


def kind_of(target: str) -> tuple[str, str]:
    """(kind, location) of an ad-hoc target: a feed URL, a feed file, or article files."""
    if _URL.match(target):
        return "feed", target
    path = Path(target).expanduser()
    if not path.exists():
        raise NotFound(f"ingest: {target!r} is neither a configured source key nor an existing path or URL")
    kind = "feed" if path.is_file() and path.suffix.lower() in FEED_SUFFIXES else "files"
    return kind, str(path.resolve())


def resolve_target(database: Database, target: str, timezone: str = "Asia/Shanghai") -> str:
    """A source key, or the key of the ad-hoc source for a path or URL (created if needed)."""
    with database.begin() as session:
        if store.source_by_key(session, target):
            return target
        kind, location = kind_of(target)
        key = "adhoc-" + hashlib.sha256(location.encode()).hexdigest()[:12]
        store.adhoc_source(session, key, kind, location, timezone)
        return key


def queue(database: Database, source_key: str, trigger: str) -> int:
    """Queue a run for a source; a source already queued or running returns that run."""
    with database.begin() as session:
        source = store.source_by_key(session, source_key)
        if source is None:
            raise NotFound(f"ingest: no source with key {source_key!r}")
        active = store.active_run_for(session, source)
        if active is not None:
            return active.id
        return store.queue_run(session, source.key, trigger, source).id


def ingest_now(database: Database, source_key: str, trigger: str) -> RunSummary:
    with database.begin() as session:
        source = store.source_by_key(session, source_key)
        if source is None:
            raise NotFound(f"ingest: no source with key {source_key!r}")
        run = store.queue_run(session, source.key, trigger, source)
        run.status, run.started_at = "running", utcnow()
        run_id = run.id
    return refresh(database, run_id)


def run_queued(database: Database, limit: int = 10) -> list[RunSummary]:
    """Run queued jobs (from the API) one after another; the scheduler polls this."""
    done = []
    for _ in range(limit):
        with database.begin() as session:
            run = store.claim_queued_run(session)
            run_id = run.id if run else None
        if run_id is None:
            break
        done.append(refresh(database, run_id))
    return done


# ---- the path ---------------------------------------------------------------


def refresh(database: Database, run_id: int) -> RunSummary:
    """Run the ingest path for a run that is marked running. Never raises for a bad source."""
    started = time.monotonic()
    with database.begin() as session:
        run = store.run_by_id(session, run_id)
        if run is None or run.source is None:
            raise NotFound(f"ingest: run {run_id} has no source")
        source = run.source
        spec = (source.key, source.kind, source.location, source.timezone, source.etag, source.last_modified)
    key, kind, location, timezone, etag, last_modified = spec
    try:
        loaded = load_documents(kind, location, timezone, etag=etag, last_modified=last_modified)
        with database.begin() as session:
            run = store.run_by_id(session, run_id)
            assert run is not None and run.source is not None
            _store(session, run, run.source, loaded)
            _succeeded(run, run.source, loaded)
            summary = RunSummary.of(run)
    except Exception as exc:  # a failing source is recorded on its run, never raised
        message = str(exc) if isinstance(exc, FeedError) else f"internal error: {exc.__class__.__name__}: {exc}"
        if not isinstance(exc, FeedError):
            log.exception("ingest source=%s crashed", key)
        with database.begin() as session:
            run = store.run_by_id(session, run_id)
            assert run is not None
            _failed(run, run.source, message)
            summary = RunSummary.of(run)
    log.info(
        "ingest source=%s url=%s status=%s new=%d updated=%d unchanged=%d events=%d errors=%d duration_ms=%d%s",
        key, location, summary.status, summary.new, summary.updated, summary.unchanged,
        summary.events, summary.errors, (time.monotonic() - started) * 1000,
        f" error={summary.error!r}" if summary.error else "",
    )
    return summary


def load_documents(
    kind: str, location: str, timezone: str, *, etag: str | None = None, last_modified: str | None = None
) -> Loaded:
    if kind == "files":
        return _load_files(Path(location), timezone)
    if kind == "feed":
        if _URL.match(location):
            result = fetch_url(location, etag=etag, last_modified=last_modified)
            if result.not_modified:
                return Loaded(not_modified=True, etag=result.etag, last_modified=result.last_modified)
            docs = parse_feed_document(result.body, timezone=timezone, base_url=result.url)
            return Loaded(docs=docs, etag=result.etag, last_modified=result.last_modified)
        return Loaded(docs=parse_feed_document(_read_file(Path(location)), timezone=timezone))
    raise FeedError(f"ingest: sources of kind {kind!r} are not supported yet")


def _load_files(path: Path, timezone: str) -> Loaded:
    if not path.exists():
        raise FeedError(f"ingest: {path} does not exist")
    files = [path] if path.is_file() else sorted(
        p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES | FEED_SUFFIXES
    )
    loaded = Loaded()
    for file in files:
        guid = "file:" + (file.name if file == path else file.relative_to(path).as_posix())
        try:
            raw = _read_file(file)
            if file.suffix.lower() in FEED_SUFFIXES:
                loaded.docs.extend(parse_feed_document(raw, timezone=timezone))
            else:
                loaded.docs.append(parse_text_article(_decode(raw, file), timezone=timezone, guid=guid))
        except FeedError as exc:
            loaded.errors.append(f"{file.name}: {exc}")
    if files and not loaded.docs:
        raise ParseError(f"parse: none of the {len(files)} files in {path} could be read: {loaded.errors[0]}")
    return loaded


def _read_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ParseError(f"parse: {path.name} is {size} bytes, over the {MAX_FILE_BYTES}-byte cap")
    return path.read_bytes()


def _decode(raw: bytes, path: Path) -> str:
    for encoding in ("utf-8-sig", "gb18030", "big5"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise ParseError(f"parse: {path.name} is not UTF-8, GB18030 or Big5 text")


def _store(session, run: IngestRun, source: Source, loaded: Loaded) -> None:  # type: ignore[no-untyped-def]
    counts = {"new": 0, "updated": 0, "unchanged": 0}
    event_ids: set[int] = set()
    errors = list(loaded.errors)
    for doc in loaded.docs:
        outcome, article = store.store_article(session, source, doc)
        counts[outcome] += 1
        if outcome == "unchanged":
            event_ids.update(e.id for e in article.events)
            continue
        try:
            meetings = extract_meetings(doc)
        except Exception as exc:  # one article's extraction bug must not fail the source
            log.exception("extract source=%s article=%s failed", source.key, article.guid)
            errors.append(f"extract: {article.guid}: {exc.__class__.__name__}: {exc}")
            continue
        event_ids.update(e.id for e in store.link_meetings(session, article, meetings))
    run.new, run.updated, run.unchanged = counts["new"], counts["updated"], counts["unchanged"]
    run.events, run.errors = len(event_ids), len(errors)
    run.error = "; ".join(errors)[:4000] if errors else None


def _succeeded(run: IngestRun, source: Source, loaded: Loaded) -> None:
    now = utcnow()
    run.status, run.finished_at = "succeeded", now
    source.last_run_at = source.last_success_at = now
    source.last_error, source.error_count = None, 0
    if loaded.etag or loaded.last_modified or not loaded.not_modified:
        source.etag, source.last_modified = loaded.etag, loaded.last_modified


def _failed(run: IngestRun, source: Source | None, message: str) -> None:
    now = utcnow()
    run.status, run.finished_at, run.error = "failed", now, message
    run.errors = max(run.errors, 1)
    if source is not None:
        source.last_run_at, source.last_error = now, message
        source.error_count += 1
