"""What a new or changed document needs before it is stored: its meetings and its text's prints.

Made outside any transaction; large runs make them in a worker process while the run itself parses
and stores (feed.ingest), so what is made here must pickle.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
import traceback
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import UTC, datetime

from feed.model import ArticleDoc, Meeting
from feed.prints import Prints, prints_of

log = logging.getLogger(__name__)


@dataclass
class Made:
    prints: Prints | None  # None when the caller makes them (Workers.start(…, prints=False))
    meetings: list[Meeting] = field(default_factory=list)
    failure: str | None = None  # why extraction failed: the run's error
    trace: str | None = None  # and where, for the log


def extract_meetings(doc: ArticleDoc) -> list[Meeting]:
    """feed.extract's, the extractor loaded when first used: a run whose worker extracts never loads it."""
    from feed.extract.meetings import extract_meetings as extract

    return extract(doc)


def make(
    doc: ArticleDoc,
    guid: str,
    extract: Callable[[ArticleDoc], list[Meeting]] = extract_meetings,
    prints: bool = True,
) -> Made:
    """The document's meetings, and its prints unless `prints` is false; an extractor bug is reported, never
    raised."""
    made = Made(prints_of(doc.text) if prints else None)
    try:
        made.meetings = extract(doc)
    except Exception as exc:  # one article's extraction bug must not fail the source
        made.failure = f"extract: {guid}: {exc.__class__.__name__}: {exc}"
        made.trace = traceback.format_exc()
    return made


def make_all(docs: Sequence[tuple[ArticleDoc, str]], prints: bool = True) -> list[Made]:
    """`make` for each (document, GUID): what a worker process is given, a batch at a time."""
    return [make(doc, guid, prints=prints) for doc, guid in docs]


def warm_up() -> None:
    """What a worker does first, while the run reads its first batch: load what the first extraction of each
    script would (the modules, the gazetteer, the pattern tables), so that batch does not wait for it."""
    day = datetime(2024, 6, 2, 10, tzinfo=UTC)
    for title, text, language in _WARM_UP:
        make(ArticleDoc(title=title, text=text, published=day, language=language), "warm-up")


_WARM_UP = (
    ("示例论坛在北京举行", "6月1日，示例论坛在北京举行。", "zh-Hans"),
    ("示例論壇在台北舉行", "6月1日，示例論壇在台北舉行。", "zh-Hant"),
    ("Example Forum opens", "The Example Forum opened in London on Saturday.", "en"),
)


def _leave_interrupts_to_the_run() -> None:
    """Ctrl-C reaches a worker too (one process group): the run says where it stopped, the worker says nothing."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def default_workers() -> int:
    """How many worker processes a large run has extract: one, none on a machine with one core."""
    return min((os.cpu_count() or 1) - 1, 1)


def _started_pool(count: int) -> ProcessPoolExecutor:
    pool = ProcessPoolExecutor(
        count, mp_context=multiprocessing.get_context("spawn"), initializer=_leave_interrupts_to_the_run
    )
    for _ in range(count):
        pool.submit(warm_up)  # starts the workers now, not when the first batch is ready
    return pool


_AHEAD: dict[int, ProcessPoolExecutor] = {}  # pools started by start_workers_ahead, by their size


def start_workers_ahead(count: int) -> None:
    """Start `count` workers now, for the next `Workers(count, …)` to take: a command whose run will most
    likely extract in workers starts them before its own imports and reading, which their start-up (imports,
    the extractor's tables) then overlaps."""
    if count > 0 and count not in _AHEAD:
        _AHEAD[count] = _started_pool(count)


def stop_workers_ahead() -> None:
    """Stop the workers started ahead that no run took."""
    while _AHEAD:
        _AHEAD.popitem()[1].shutdown(wait=True, cancel_futures=True)


class Workers:
    """Worker processes making documents' meetings and prints, a batch a call, while the caller goes on.

    Started fresh ('spawn': nothing of the caller's database connections or threads is inherited), or taken
    from those started ahead (start_workers_ahead). Should they die (killed, out of memory), what is left is
    made in the caller's process.
    """

    def __init__(self, count: int, label: str) -> None:
        self.label = label
        self.pool: ProcessPoolExecutor | None = _AHEAD.pop(count, None) or _started_pool(count)

    def start(self, docs: Sequence[tuple[ArticleDoc, str]], prints: bool = True) -> Future[list[Made]] | None:
        """Hand (document, GUID) pairs to a worker, to make their meetings, and their prints unless `prints` is
        false; None when there are no workers any more."""
        if self.pool is not None:
            try:
                return self.pool.submit(make_all, docs, prints)
            except BrokenProcessPool:
                self._lost()
        return None

    @staticmethod
    def ready(started: Future[list[Made]] | None) -> bool:
        """Whether `result(started, …)` would answer without waiting for a worker."""
        return started is None or started.done()

    def result(self, started: Future[list[Made]] | None, docs: Sequence[tuple[ArticleDoc, str]]) -> list[Made]:
        """What `start(docs)` gave, once it is made (here, when the workers are gone)."""
        if started is not None:
            try:
                return started.result()
            except BrokenProcessPool:
                self._lost()
        return [make(doc, guid) for doc, guid in docs]

    def close(self) -> None:
        """Stop the workers: batches not started are dropped, one in a worker's hands is finished first
        (not waiting leaves Python's exit hook writing to a closed pipe, a traceback at Ctrl-C)."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None

    def _lost(self) -> None:
        log.warning("ingest %s: the extraction worker stopped; extracting here", self.label)
        self.close()
