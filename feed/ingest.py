"""The ingest path for one source: fetch -> parse -> extract -> store, recorded as a run.

`refresh` is the one function that runs it; the scheduler, the CLI and the job
API all go through it.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence, Sized
from concurrent.futures import Future
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from itertools import islice

import httpx
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.articles import (
    event_ids_of,
    insert_new_articles,
    known_guids,
    lock_stories,
    number_new_articles,
    stored_addresses,
    stored_hashes,
)
from db.models import Article, Event, IngestRun, Source, utcnow
from db.runs import active_run_for, claim_queued_run, queue_run, run_by_id, start_run, touch_run
from db.session import Database
from db.sources import source_by_key
from db.statistics import analyze_articles, planned_articles
from feed.articles import article_guid, content_digest, new_article, store_article
from feed.config import DEFAULT_TIMEZONE
from feed.dedup import (
    Prints,
    canonical_url,
    index_new_stories,
    link_story,
    mark_new_stories,
    originals_of_new,
    prints_of,
)
from feed.errors import FeedError, NotFound
from feed.events import Known, expire_cancelled, known_events, link_meetings
from feed.fetch import (
    FetchLimits,
    Gone,
    HTTPStatusError,
    backoff_delay,
)
from feed.loaders import Loaded, kind_of, load_documents
from feed.metrics import RUN_SECONDS, RUNS
from feed.model import ArticleDoc, Meeting, RunStatus, RunTrigger
from feed.owners import heartbeat, run_is_dead, this_process
from feed.prepare import Made, Workers, default_workers, extract_meetings, make
from feed.readahead import ReadAhead
from feed.sources import adhoc_source, run_interval

log = logging.getLogger(__name__)

MAX_RUN_ERROR = 4000  # characters of a run's per-item errors kept in ingest_runs.error
ANALYZE_AFTER = 1000  # new articles a run stores before it first takes the planner's statistics again

Progress = Callable[[int, int | None], None]
"""Told (documents stored so far, how many there are or None while unknown) as a run goes."""


@dataclass(frozen=True)
class Batching:
    """When a run commits: after `size` documents or `seconds` of work, whichever comes first.

    Readers see a long run's articles and meetings while it goes on, a crash loses at most one
    batch, and SQLite's write lock is held for one batch's writes at most: the meetings of a
    batch are extracted before its transaction starts. A run of more than `size` documents (or of
    a number not known in advance) has `workers` processes extract the next batches while it
    stores one (none on a machine with one core).
    """

    size: int = 500
    seconds: float = 2.0
    workers: int = field(default_factory=default_workers)


BATCHING = Batching()


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
    processed: int = 0
    total: int | None = None

    @classmethod
    def of(cls, run: IngestRun) -> RunSummary:
        return cls(
            run.id,
            run.target,
            run.status,
            run.new,
            run.updated,
            run.unchanged,
            run.events,
            run.errors,
            run.error,
            run.processed,
            run.total,
        )


# ---- targets ----------------------------------------------------------------


def resolve_target(database: Database, target: str, timezone: str = DEFAULT_TIMEZONE) -> str:
    """A source key, or the key of the ad-hoc source for a path or URL (created if needed)."""
    with database.begin() as session:
        if source_by_key(session, target):
            return target
        kind, location = kind_of(target)
        key = "adhoc-" + hashlib.sha256(location.encode()).hexdigest()[:12]
        adhoc_source(session, key, kind, location, timezone)
        return key


def _run_target(source: Source) -> str:
    """What a run names: the key of a configured source, the path or URL of an ad-hoc one."""
    return source.key if source.configured else source.location


SKIPPED = "skipped"  # a RunSummary's status when a scheduled run was not started (no run row)


def queue_run_for(session: Session, source: Source, trigger: RunTrigger) -> IngestRun:
    """The source's queued or running run, else a new queued one: one run per source at a time."""
    active = live_run_for(session, source)
    return active if active is not None else queue_run(session, _run_target(source), trigger, source)


def live_run_for(session: Session, source: Source) -> IngestRun | None:
    """The source's queued or running run; one whose process is gone (killed, its host lost) is failed
    on the way, so that it does not block the source."""
    while (active := active_run_for(session, source)) is not None:
        if active.status != RunStatus.RUNNING or not run_is_dead(active, utcnow()):
            return active
        _failed(active, None, f"ingest: the process running this job ({active.owner}) stopped before it finished")
        session.flush()
        log.warning("ingest source=%s run %d: its process %s is gone; failed", source.key, active.id, active.owner)
    return None


def queue(database: Database, source_key: str, trigger: RunTrigger) -> int:
    """Queue a run for a source; a source already queued or running returns that run."""
    with database.begin() as session:
        source = source_by_key(session, source_key)
        if source is None:
            raise NotFound(f"ingest: no source with key {source_key!r}")
        return queue_run_for(session, source, trigger).id


def ingest_now(
    database: Database, source_key: str, trigger: RunTrigger, *, progress: Progress | None = None
) -> RunSummary:
    """Run a source now. A scheduled run of a disabled or backing-off source is skipped."""
    with database.begin() as session:
        source = source_by_key(session, source_key)
        if source is None:
            raise NotFound(f"ingest: no source with key {source_key!r}")
        if trigger == RunTrigger.SCHEDULE and (reason := _not_due(source) or _busy(session, source)):
            log.info("ingest source=%s skipped: %s", source.key, reason)
            return RunSummary(0, source.key, SKIPPED, error=reason)
        run = queue_run(session, _run_target(source), trigger, source)
        start_run(run, this_process())
        run_id = run.id
    return refresh(database, run_id, progress=progress)


def run_queued(database: Database, limit: int = 10) -> list[RunSummary]:
    """Run queued jobs (from the API) one after another; the scheduler polls this."""
    done = []
    for _ in range(limit):
        with database.begin() as session:
            run = claim_queued_run(session, this_process())
            run_id = run.id if run else None
        if run_id is None:
            break
        done.append(refresh(database, run_id))
    return done


# ---- the path ---------------------------------------------------------------


def refresh(
    database: Database,
    run_id: int,
    *,
    limits: FetchLimits | None = None,
    transport: httpx.BaseTransport | None = None,
    batching: Batching | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Run the ingest path for a run that is marked running. Never raises for a bad source.

    What it stores is committed a batch at a time (see Batching) with the run's counts and
    progress; `progress` is told the same after every batch it commits. The run's heartbeat goes on
    all the while (feed.owners), so others can tell it is still being run.
    """

    def beat() -> None:
        with database.begin() as session:
            touch_run(session, run_id)

    with heartbeat(beat):
        return _refresh(database, run_id, limits, transport, batching, progress)


def _refresh(
    database: Database,
    run_id: int,
    limits: FetchLimits | None,
    transport: httpx.BaseTransport | None,
    batching: Batching | None,
    progress: Progress | None,
) -> RunSummary:
    started = time.monotonic()
    limits = limits or FetchLimits.from_env()
    with database.begin() as session:
        run = run_by_id(session, run_id)
        if run is None or run.source is None:
            raise NotFound(f"ingest: run {run_id} has no source")
        source = run.source
        spec = (
            source.id,
            source.key,
            source.kind,
            source.location,
            source.timezone,
            source.etag,
            source.last_modified,
            dict(source.options or {}),
        )
    source_id, key, kind, location, timezone, etag, last_modified, options = spec

    def is_known(guids: Sequence[str]) -> set[str]:
        with database.begin() as session:
            return known_guids(session, source_id, guids)

    writer = _Writer(database, run_id, source_id, key, batching or BATCHING, progress or _unseen)
    try:
        writer.progress(0, None)
        loaded = load_documents(
            kind,
            location,
            timezone,
            etag=etag,
            last_modified=last_modified,
            options=options,
            limits=limits,
            is_known=is_known,
            transport=transport,
        )
        writer.errors = loaded.errors  # the loader adds the items it cannot read as the documents are taken
        writer.store(loaded.docs, loaded.total)
        with database.begin() as session:
            expire_cancelled(session)
            run = run_by_id(session, run_id)
            assert run is not None and run.source is not None
            writer.record(run, _Batch())
            _succeeded(run, run.source, loaded, limits)
            summary = RunSummary.of(run)
    except KeyboardInterrupt:  # Ctrl-C on `feed ingest`: the batches committed stay, the run says where it stopped
        with database.begin() as session:
            run = run_by_id(session, run_id)
            assert run is not None
            of = f" of {writer.total}" if writer.total is not None else ""
            _failed(run, None, f"ingest: interrupted after {writer.processed}{of} documents; a new run stores the rest")
        raise
    except Exception as exc:  # a failing source is recorded on its run, never raised
        message = str(exc) if isinstance(exc, FeedError) else f"internal error: {exc.__class__.__name__}: {exc}"
        if not isinstance(exc, FeedError):
            log.exception("ingest source=%s crashed", key)
        with database.begin() as session:
            run = run_by_id(session, run_id)
            assert run is not None
            _failed(run, run.source, message, exc, limits)
            summary = RunSummary.of(run)
    RUNS.labels(source=key, outcome=summary.status).inc()
    RUN_SECONDS.observe(time.monotonic() - started)
    log.info(
        "ingest source=%s url=%s status=%s new=%d updated=%d unchanged=%d events=%d errors=%d duration_ms=%d%s",
        key,
        location,
        summary.status,
        summary.new,
        summary.updated,
        summary.unchanged,
        summary.events,
        summary.errors,
        (time.monotonic() - started) * 1000,
        f" error={summary.error!r}" if summary.error else "",
    )
    return summary


def _unseen(processed: int, total: int | None) -> None:
    pass


LAST_PART = 5  # a run whose total is known ends on a batch of a fifth of the size (_batch_sizes)


def _batch_sizes(size: int, total: int | None) -> Iterator[int]:
    """The sizes of a run's batches when workers extract them: `size`, but when the run knows its total the
    last full batch is split so that the last part is small. The run stores a batch only once its worker has
    made it, so the run's last batch is stored with the worker idle: the smaller it is, the sooner the run ends."""
    left = total
    while left is not None and left > size:
        yield size
        left -= size
    part = max(1, size // LAST_PART)
    if left is not None and left > part:
        yield left - part
        yield part
    while True:  # should the documents be more than announced
        yield size


_ToMake = list[tuple[ArticleDoc, str]]  # (document, GUID) whose meetings and prints are to be made


@dataclass
class _Prepared:
    """A document ready to store: its meetings and prints made outside the transaction, when it needs them."""

    doc: ArticleDoc
    guid: str
    extracted: bool = False
    meetings: list[Meeting] = field(default_factory=list)
    failure: str | None = None  # why extraction failed
    prints: Prints | None = None

    def is_new_or_changed(self, stored: dict[str, str]) -> bool:
        """Not stored, or stored with other content: its meetings and prints are to be made (no digest is
        computed for a document with nothing stored to compare it with)."""
        return self.guid not in stored or stored[self.guid] != content_digest(self.doc)


@dataclass
class _Batch:
    """What one transaction stored: added to the run's totals once it is committed."""

    counts: Counter[str] = field(default_factory=Counter)
    event_ids: set[int] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    processed: int = 0


@dataclass
class _Writer:
    """Stores a run's documents batch by batch, each batch committed with the run's counts and progress.

    A batch's unchanged documents and its new ones (a GUID and an address the source does not have yet)
    are written together: one query to find them, one insert of the articles, one of their band keys.
    The others (updated, or new at an address already stored) are stored one by one.
    """

    database: Database
    run_id: int
    source_id: int
    source_key: str
    batching: Batching = BATCHING
    progress: Progress = _unseen
    errors: list[str] = field(default_factory=list)
    counts: Counter[str] = field(default_factory=Counter)
    event_ids: set[int] = field(default_factory=set)
    processed: int = 0
    total: int | None = None
    planned: int | None = None  # the articles the planner knows of; None: a database this does not tend
    unplanned: int = 0  # new articles this run stored since then

    def store(self, docs: Iterable[ArticleDoc], total: int | None = None) -> None:
        """Store `docs` as they come, a batch at a time; `total` is how many at most, if known."""
        self.total = len(docs) if isinstance(docs, Sized) else total
        with self.database.begin() as session:
            run = run_by_id(session, self.run_id)
            assert run is not None
            run.total = self.total
            self.planned = planned_articles(session)
        self.progress(0, self.total)
        remaining = iter(docs)
        workers = self.batching.workers if self.total is None or self.total > self.batching.size else 0
        if workers:
            self._store_alongside(remaining, workers)
        else:
            while chunk := list(islice(remaining, self.batching.size)):
                stored = self._stored(chunk)
                queue = deque(chunk)
                while queue:
                    self._commit(self._prepare(queue, stored), stored)
        self.total = self.processed  # fewer than announced when some items could not be read

    def _stored(self, chunk: list[ArticleDoc]) -> dict[str, str]:
        """One query for a batch: the content hashes of its documents already stored."""
        with self.database.begin() as session:
            return stored_hashes(session, self.source_id, [article_guid(doc) for doc in chunk])

    def _store_alongside(self, remaining: Iterator[ArticleDoc], workers: int) -> None:
        """Store batch after batch while worker processes make the meetings and prints of the next ones:
        this process reads and stores, they extract. When this process had to wait for the last batch a worker
        made (the workers are the slower side, as on SQLite), it makes the next batch's prints itself while
        the workers extract."""
        extractors = Workers(workers, f"source={self.source_key}")
        loader_errors, self.errors = self.errors, list(self.errors)
        remaining = ReadAhead(remaining, self.batching.size, loader_errors, self.errors)
        ahead: deque[tuple[list[_Prepared], dict[str, str], _ToMake, Future[list[Made]] | None]] = deque()
        waited = True  # the first batch's workers are still starting
        try:
            for size in _batch_sizes(self.batching.size, self.total):
                if not (chunk := list(islice(remaining, size))):
                    break
                stored = self._stored(chunk)
                prepared = [_Prepared(doc, article_guid(doc)) for doc in chunk]
                to_make = self._to_make(prepared, stored)
                ahead.append((prepared, stored, to_make, extractors.start(to_make, prints=not waited)))
                if waited:
                    self._make_prints(prepared, stored)
                if len(ahead) > workers:
                    waited = not extractors.ready(ahead[0][3])
                    self._store_made(extractors, *ahead.popleft())
            while ahead:
                self._store_made(extractors, *ahead.popleft())
        finally:
            remaining.close()
            extractors.close()

    def _make_prints(self, prepared: list[_Prepared], stored: dict[str, str]) -> None:
        for item in prepared:
            if item.is_new_or_changed(stored):
                item.prints = prints_of(item.doc.text)

    def _to_make(self, prepared: list[_Prepared], stored: dict[str, str]) -> _ToMake:
        """(document, GUID) of the new and changed documents: those whose meetings and prints are needed."""
        return [(item.doc, item.guid) for item in prepared if item.is_new_or_changed(stored)]

    def _store_made(
        self,
        extractors: Workers,
        prepared: list[_Prepared],
        stored: dict[str, str],
        to_make: _ToMake,
        made: Future[list[Made]] | None,
    ) -> None:
        by_guid = dict(zip((guid for _, guid in to_make), extractors.result(made, to_make), strict=True))
        for item in prepared:
            if item.guid in by_guid:
                self._took(item, by_guid[item.guid])
        self._commit(prepared, stored)

    def _prepare(self, queue: deque[ArticleDoc], stored: dict[str, str]) -> list[_Prepared]:
        """Extract the meetings of new and changed documents, for at most `seconds`, holding no lock."""
        started = time.monotonic()
        prepared: list[_Prepared] = []
        while queue and (not prepared or time.monotonic() - started < self.batching.seconds):
            doc = queue.popleft()
            item = _Prepared(doc, article_guid(doc))
            if item.is_new_or_changed(stored):
                self._extract(item)
            prepared.append(item)
        return prepared

    def _extract(self, item: _Prepared) -> None:
        self._took(item, make(item.doc, item.guid, extract_meetings))

    def _took(self, item: _Prepared, made: Made) -> None:
        item.extracted, item.meetings, item.failure = True, made.meetings, made.failure
        if made.prints is not None:  # else made here already (_make_prints)
            item.prints = made.prints
        if made.trace:
            log.error("extract source=%s article=%s failed\n%s", self.source_key, item.guid, made.trace.rstrip())

    def _commit(self, prepared: list[_Prepared], stored: dict[str, str]) -> None:
        """Store the unchanged and new documents in one transaction, then the others in transactions of
        at most `seconds` each."""
        rest: list[_Prepared] = []
        self._transaction(
            lambda session, source, batch: rest.extend(self._store_many(session, source, prepared, stored, batch))
        )
        done = 0
        while done < len(rest):
            started = time.monotonic()

            def some(session: Session, source: Source, batch: _Batch) -> None:
                nonlocal done
                while done < len(rest) and (not batch.processed or time.monotonic() - started < self.batching.seconds):
                    self._store_one(session, source, rest[done], batch)
                    done += 1
                    self.progress(self.processed + batch.processed, self.total)

            self._transaction(some)

    def _transaction(self, work: Callable[[Session, Source, _Batch], None]) -> None:
        """Run `work` in a transaction that records the run's counts; they count once it is committed."""
        batch = _Batch()
        with self.database.begin() as session:
            lock_stories(session)
            run = run_by_id(session, self.run_id)
            assert run is not None and run.source is not None
            work(session, run.source, batch)
            self.record(run, batch)
        self.counts.update(batch.counts)
        self.event_ids |= batch.event_ids
        self.errors.extend(batch.errors)
        self.processed += batch.processed
        if batch.processed:
            self.progress(self.processed, self.total)
        self._keep_statistics(batch.counts["new"])

    def _keep_statistics(self, new: int) -> None:
        """ANALYZE the articles once this run has stored as many new ones as the planner knows of (at least
        ANALYZE_AFTER): a run that grows the table re-plans its lookups once each time it doubles it, and a
        run into a large table never."""
        if self.planned is None:
            return
        self.unplanned += new
        if self.unplanned < max(ANALYZE_AFTER, self.planned):
            return
        started = time.monotonic()
        with self.database.begin() as session:
            analyze_articles(session)
            self.planned = planned_articles(session)
        self.unplanned = 0
        log.info(
            "statistics source=%s articles=%s seconds=%.2f", self.source_key, self.planned, time.monotonic() - started
        )

    def _store_many(
        self, session: Session, source: Source, prepared: list[_Prepared], stored: dict[str, str], batch: _Batch
    ) -> list[_Prepared]:
        """Store the unchanged and the new documents of `prepared`; returns the others, in order."""
        unchanged = [item for item in prepared if not item.extracted]
        changed = [item for item in prepared if item.extracted]
        if unchanged:
            batch.counts["unchanged"] += len(unchanged)
            batch.processed += len(unchanged)
            batch.event_ids |= event_ids_of(session, source.id, [item.guid for item in unchanged])
        fresh, rest = self._new_ones(session, source, changed, stored)
        if fresh and self._insert_new(session, source, fresh, batch):
            return rest
        return changed

    def _new_ones(
        self, session: Session, source: Source, items: list[_Prepared], stored: dict[str, str]
    ) -> tuple[list[_Prepared], list[_Prepared]]:
        """(new documents at addresses the source does not have, the others)."""
        candidates = [item for item in items if item.guid not in stored]
        urls = [item.doc.url for item in candidates if item.doc.url]
        canonical = [c for c in map(canonical_url, urls) if c]
        taken_urls, taken_canonical = stored_addresses(session, source.id, urls, canonical)
        fresh: list[_Prepared] = []
        rest: list[_Prepared] = []
        for item in items:
            url = item.doc.url
            address = canonical_url(url)
            if item.guid in stored or (url and (url in taken_urls or address in taken_canonical)):
                rest.append(item)
                continue
            fresh.append(item)
            if url:  # a later document at the same address updates this one, as it would stored one by one
                taken_urls.add(url)
                taken_canonical.update([address] if address else [])
        return fresh, rest

    def _insert_new(self, session: Session, source: Source, items: list[_Prepared], batch: _Batch) -> bool:
        """Insert new articles at once, then link their meetings in order. False (nothing written) when a
        concurrent run stored one of them first: they are then stored one by one."""
        articles = [new_article(source, item.doc) for item in items]
        prints = [item.prints or prints_of(item.doc.text) for item in items]
        originals = originals_of_new(session, articles, prints)
        mark_new_stories(articles, prints, originals)
        try:  # one savepoint for the batch's articles, links and new events, not one a row
            with session.begin_nested():
                number_new_articles(session, articles)
                insert_new_articles(session, articles)
                index_new_stories(session, articles, prints, originals)
                known = known_events(session, [m for item in items for m in item.meetings])
                linked = [
                    self._link(session, item, article, original, known)
                    for item, article, original in zip(items, articles, originals, strict=True)
                ]
                session.flush()
        except IntegrityError:
            return False
        for item, article, original, events in zip(items, articles, originals, linked, strict=True):
            batch.counts["new"] += 1
            batch.processed += 1
            if original is not None:
                log.info("dedup source=%s article=%s reprints=%s", source.key, article.guid, original.guid)
            if item.failure:
                batch.errors.append(item.failure)
            batch.event_ids.update(e.id for e in events)
        return True

    def _store_one(self, session: Session, source: Source, item: _Prepared, batch: _Batch) -> None:
        outcome, article = store_article(session, source, item.doc)
        batch.counts[outcome] += 1
        batch.processed += 1
        if outcome == "unchanged":
            batch.event_ids.update(e.id for e in article.events)
            return
        if not item.extracted:  # stored unchanged when the batch began, changed since
            self._extract(item)
        original = link_story(session, article, item.prints)
        if original is not None:  # a reprint reports its original's meetings too (feed.events.link_meetings)
            log.info("dedup source=%s article=%s reprints=%s", source.key, article.guid, original.guid)
        if item.failure:
            batch.errors.append(item.failure)
        events = self._link(session, item, article, original)
        session.flush()
        batch.event_ids.update(e.id for e in events)

    def _link(
        self, session: Session, item: _Prepared, article: Article, original: Article | None, known: Known | None = None
    ) -> list[Event]:
        """Link the article's meetings (and its original's) to events, and return them; `known`: the article
        is one of a batch of new ones, whose meetings' events were looked up at once (new events are then
        inserted with the batch, not one by one)."""
        if item.failure:
            if original is None:
                return []
            item.meetings = []
        if not item.meetings and original is None and not article.events:
            return []
        return link_meetings(
            session,
            article,
            item.meetings,
            original=original,
            known=known,
            new_story=known is not None,
        )

    def record(self, run: IngestRun, batch: _Batch) -> None:
        """The run's counts with this batch's: written in the batch's transaction."""
        counts = self.counts + batch.counts
        run.new, run.updated, run.unchanged = counts["new"], counts["updated"], counts["unchanged"]
        run.events = len(self.event_ids) + len(batch.event_ids - self.event_ids)
        run.processed, run.total = self.processed + batch.processed, self.total
        run.errors = len(self.errors) + len(batch.errors)
        shown = (self.errors[:MAX_RUN_ERROR] + batch.errors[:MAX_RUN_ERROR])[:MAX_RUN_ERROR]  # each is 1+ character
        run.error = "; ".join(shown)[:MAX_RUN_ERROR] if shown else None


def _busy(session: Session, source: Source) -> str | None:
    """One run per source at a time: a scheduled run waits for a queued or running one."""
    active = live_run_for(session, source)
    return f"run {active.id} is {active.status}" if active is not None else None


def _not_due(source: Source, now: datetime | None = None) -> str | None:
    now = now or utcnow()
    if source.disabled_reason:
        return f"disabled: {source.disabled_reason}"
    if source.retry_at and source.retry_at > now:
        return f"next attempt not before {source.retry_at:%Y-%m-%d %H:%M UTC}"
    return None


def _succeeded(run: IngestRun, source: Source, loaded: Loaded, limits: FetchLimits) -> None:
    now = utcnow()
    run.status, run.finished_at = RunStatus.SUCCEEDED, now
    source.last_run_at = source.last_success_at = now
    source.last_error, source.error_count, source.disabled_reason = None, 0, None
    hint = min(loaded.hint or 0.0, limits.hint_ceiling)
    source.retry_at = now + timedelta(seconds=hint) if hint > run_interval(source, now) else None
    if loaded.etag or loaded.last_modified or not loaded.not_modified:
        source.etag, source.last_modified = loaded.etag, loaded.last_modified


def _failed(
    run: IngestRun,
    source: Source | None,
    message: str,
    exc: Exception | None = None,
    limits: FetchLimits | None = None,
) -> None:
    """Record the failure; the source backs off exponentially (or as the server asks), up to a ceiling."""
    now = utcnow()
    run.status, run.finished_at, run.error = RunStatus.FAILED, now, message
    run.errors = max(run.errors, 1)
    if source is None:
        return
    limits = limits or FetchLimits()
    source.last_run_at, source.last_error = now, message
    source.error_count += 1
    delay = backoff_delay(source.error_count, run_interval(source, now), limits.backoff_ceiling)
    if isinstance(exc, HTTPStatusError) and exc.retry_after is not None:
        delay = max(delay, timedelta(seconds=min(exc.retry_after, limits.hint_ceiling)))
    source.retry_at = now + delay
    if isinstance(exc, Gone):
        source.disabled_reason = f"{message}; disabled: fix or remove the source, or run it by hand to retry"
