"""Large runs commit as they go: batch by batch, with the run's progress; a crash loses one batch at most."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future
from itertools import islice
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, text

from db.articles import PENDING_LIST_MERGE_MEMORY
from db.models import Article, Event, IngestRun
from db.session import Database
from feed import ingest, prepare
from feed.config import SourceConfig
from feed.extract.identity import meeting_uid
from feed.ingest import Batching
from feed.model import RunTrigger
from feed.prints import Prints, prints_of
from feed.sources import sync_sources

ROOT = Path(__file__).resolve().parent.parent


def feed_file(path: Path, items: int) -> Path:
    """An RSS file whose items each report a meeting of their own; a third have a GUID, a third only a
    link, a third neither (the ingest path then names them by a hash of their title and time)."""
    parts = []
    for n in range(1, items + 1):
        guid = f"<guid>g-{n}</guid>" if n % 3 == 0 else ""
        link = f"<link>https://news.example.org/p/{n}</link>" if n % 3 == 1 else ""
        parts.append(
            f"<item><title>第{n}届示例科技峰会在北京举行</title>{link}{guid}<pubDate>2024-12-31 09:00:00</pubDate>"
            f"<description>{1 + (n - 1) // 28}月{1 + (n - 1) % 28}日，第{n}届示例科技峰会在北京举行。</description></item>"
        )
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>S</title>'
        "<link>https://news.example.org/</link><description>d</description>" + "".join(parts) + "</channel></rss>",
        encoding="utf-8",
    )
    return path


def configure(database: Database, path: Path, *keys: str) -> str:
    """Sources of `kind = "feed"` reading the file; the first key (default 'big') is returned."""
    keys = keys or ("big",)
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key=key, name=key, kind="feed", path=path) for key in keys])
    return keys[0]


def stored(database: Database) -> tuple[int, int]:
    with database.begin() as session:
        return session.scalar(select(func.count(Article.id))) or 0, session.scalar(select(func.count(Event.id))) or 0


def latest_run(database: Database, target: str | None = None) -> IngestRun:
    query = select(IngestRun).order_by(IngestRun.id.desc()).limit(1)
    with database.begin() as session:
        run = session.scalars(query.where(IngestRun.target == target) if target else query).one()
        session.expunge(run)
        return run


def test_a_run_commits_every_batch_with_its_progress(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = configure(database, feed_file(tmp_path / "feed.xml", 12))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=5, seconds=60))
    seen: list[tuple[int, int | None, int, int, int, int | None]] = []

    def progress(processed: int, total: int | None) -> None:  # what another connection sees meanwhile
        run = latest_run(database)
        seen.append((processed, total, *stored(database), run.processed, run.total))

    summary = ingest.ingest_now(database, key, "cli", progress=progress)
    assert (summary.status, summary.new, summary.events, summary.processed, summary.total) == (
        "succeeded",
        12,
        12,
        12,
        12,
    )
    assert seen[:2] == [(0, None, 0, 0, 0, None), (0, 12, 0, 0, 0, 12)]  # reading, then the count is known
    # (done, total, articles and meetings visible, the run's processed and total) after each batch; the last
    # two are split so that the last is a fifth of a batch (feed.ingest._batch_sizes)
    assert seen[2:] == [(n, 12, n, n, n, 12) for n in (5, 10, 11, 12)]
    assert (latest_run(database).processed, latest_run(database).total) == (12, 12)


class Crash(BaseException):
    """The process dies here: nothing in the ingest path catches it."""


@pytest.mark.parametrize("where", ["extract_meetings", "link_meetings"])
def test_a_run_that_dies_mid_way_keeps_its_batches_and_a_rerun_stores_each_item_once(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    """Dying while extracting (no transaction open) or while writing a batch (its transaction rolls back)."""
    key = configure(database, feed_file(tmp_path / "feed.xml", 12))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=5, seconds=60, workers=0))  # extraction in this process
    real = getattr(ingest, where)
    calls = [0]

    def dying(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 8:
            raise Crash
        return real(*args, **kwargs)

    monkeypatch.setattr(ingest, where, dying)
    with pytest.raises(Crash):
        ingest.ingest_now(database, key, "cli")
    crashed = latest_run(database)
    assert (crashed.status, crashed.processed, crashed.total, crashed.new) == ("running", 5, 12, 5)
    assert stored(database) == (5, 5)  # the first batch; the second died with the process

    monkeypatch.setattr(ingest, where, real)
    again = ingest.ingest_now(database, key, "cli")
    assert (again.status, again.new, again.unchanged, again.events, again.processed) == ("succeeded", 7, 5, 12, 12)
    assert stored(database) == (12, 12)
    assert ingest.ingest_now(database, key, "cli").unchanged == 12
    with database.begin() as session:
        guids = session.scalars(select(Article.guid)).all()
    assert len(set(guids)) == 12 and sum(g.startswith("hash:") for g in guids) == 4


def test_interrupting_a_run_fails_it_where_it_stopped(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = configure(database, feed_file(tmp_path / "feed.xml", 12))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=5, seconds=60, workers=0))
    real, calls = ingest.extract_meetings, [0]

    def interrupted(doc: Any) -> Any:
        calls[0] += 1
        if calls[0] == 8:
            raise KeyboardInterrupt
        return real(doc)

    monkeypatch.setattr(ingest, "extract_meetings", interrupted)
    with pytest.raises(KeyboardInterrupt):
        ingest.ingest_now(database, key, "cli")
    run = latest_run(database)
    assert (run.status, run.processed, run.new) == ("failed", 5, 5)
    assert run.error == "ingest: interrupted after 5 of 12 documents; a new run stores the rest"
    assert stored(database) == (5, 5)


def test_a_run_killed_mid_way_then_run_again_stores_each_item_once(tmp_path: Path) -> None:
    """`feed ingest` killed (SIGKILL) after its first batch was committed, then run again."""
    feed = feed_file(tmp_path / "feed.xml", 60)
    url = f"sqlite:///{tmp_path / 'feed.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FEED_")} | {"FEED_DATABASE_URL": url}
    # extraction made slow (50 ms an article) so that the kill comes mid-way on any machine
    slow = (
        "import sys, time; from feed import ingest; real = ingest.extract_meetings\n"
        "ingest.extract_meetings = lambda doc: (time.sleep(0.05), real(doc))[1]\n"
        "ingest.BATCHING = ingest.Batching(size=10, seconds=60, workers=0)\n"
        "from feed.cli import main; sys.exit(main(['ingest', sys.argv[1]]))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", slow, str(feed)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    database = Database(url)
    try:
        _wait_for_articles(database, process, 10)
        process.send_signal(signal.SIGKILL)
        assert process.wait(timeout=10) == -signal.SIGKILL
        killed = latest_run(database)
        assert killed.status == "running" and 10 <= killed.processed < 60 and killed.total == 60
        assert stored(database) == (killed.processed, killed.processed)
        assert killed.processed % 10 == 0  # whole batches
        assert killed.owner is not None and killed.owner.endswith(f":{process.pid}")
        with database.begin() as session:  # the killed run does not block its source: the next job is new
            killed_source = session.get(IngestRun, killed.id).source  # type: ignore[union-attr]
            assert killed_source is not None
            source_key = killed_source.key
        assert ingest.queue(database, source_key, RunTrigger.API) != killed.id
        with database.begin() as session:
            assert session.get(IngestRun, killed.id).status == "failed"  # type: ignore[union-attr]

        done = subprocess.run(
            [sys.executable, "-m", "feed", "ingest", str(feed)], env=env, cwd=tmp_path, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        again = latest_run(database)
        assert (again.new, again.unchanged, again.processed) == (60 - killed.processed, killed.processed, 60)
        assert stored(database) == (60, 60)
    finally:
        if process.poll() is None:
            process.kill()
        database.dispose()


def _slowed(monkeypatch: pytest.MonkeyPatch, name: str, seconds: float) -> None:
    real: Callable[..., Any] = getattr(ingest, name)

    def slow(*args: Any) -> Any:
        time.sleep(seconds)
        return real(*args)

    monkeypatch.setattr(ingest, name, slow)


def test_sqlite_readers_and_writers_are_not_held_up_by_a_long_run(
    sqlite_database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A long run on SQLite holds the write lock for one batch's writes at a time, not for the run.

    Extraction (outside the lock) and storing (inside it) are each slowed to 30 ms an article, so
    the 60-article run takes about 4.5 s. Measured: a job queued 0.5, 1.5 or 2.5 s into the run
    waited 0.02-0.04 s; when the whole run was one transaction it waited 4.3, 3.6 and 2.4 s, to
    the run's end."""
    key = configure(sqlite_database, feed_file(tmp_path / "feed.xml", 60), "big", "other")
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=500, seconds=0.25, workers=0))
    _slowed(monkeypatch, "extract_meetings", 0.03)
    _slowed(monkeypatch, "store_article", 0.03)
    runner = threading.Thread(target=ingest.ingest_now, args=(sqlite_database, key, "cli"))
    runner.start()
    other = Database(sqlite_database.url)  # another process's connection: the web app's, say
    try:
        deadline = time.monotonic() + 30
        while stored(other)[0] == 0 and time.monotonic() < deadline:
            time.sleep(0.02)
        articles, events = stored(other)
        assert 0 < articles < 60 and events > 0  # readers see the run's first batches
        started = time.monotonic()
        job = ingest.queue(other, "other", "api")  # a writer: POST /api/jobs
        waited = time.monotonic() - started
        running = latest_run(other, key)
        assert running.id != job
        assert (running.status, running.total) == ("running", 60) and running.processed < 60
        assert waited < 1.0, waited
    finally:
        runner.join(timeout=60)
        other.dispose()
    assert stored(sqlite_database) == (60, 60)


def die_in_the_worker(docs: Any, prints: bool = True) -> Any:
    """What the extraction worker is given instead of feed.prepare.make_all: the worker process dies."""
    os._exit(3)


def test_a_run_whose_extraction_worker_dies_extracts_the_rest_itself(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    key = configure(database, feed_file(tmp_path / "feed.xml", 12))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=5, seconds=60, workers=1))
    monkeypatch.setattr(prepare, "make_all", die_in_the_worker)
    summary = ingest.ingest_now(database, key, "cli")
    assert (summary.status, summary.new, summary.events, summary.errors) == ("succeeded", 12, 12, 0)
    assert stored(database) == (12, 12)
    assert "the extraction worker stopped; extracting here" in caplog.text


def test_ctrl_c_stops_a_run_and_its_extraction_worker_quietly(tmp_path: Path) -> None:
    """Ctrl-C reaches the whole process group: the run fails saying where it stopped, the worker prints
    no traceback, and no process is left behind."""
    feed = feed_file(tmp_path / "feed.xml", 60)
    url = f"sqlite:///{tmp_path / 'feed.db'}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("FEED_")} | {"FEED_DATABASE_URL": url}
    # each batch's commit made slow (0.3 s) so that Ctrl-C comes mid-way on a loaded machine too (the
    # extraction runs in the worker process, which this patch does not reach)
    run = (
        "import signal, sys, time; from feed import ingest; real = ingest._Writer._commit\n"
        # a shell's background job starts with Ctrl-C ignored, and a child inherits that: a terminal's does not
        "signal.signal(signal.SIGINT, signal.default_int_handler)\n"
        "ingest._Writer._commit = lambda self, *args: (time.sleep(0.3), real(self, *args))[1]\n"
        "ingest.BATCHING = ingest.Batching(size=10, seconds=60, workers=1)\n"
        "from feed.cli import main; sys.exit(main(['ingest', sys.argv[1]]))"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", run, str(feed)],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group, as a shell gives a command
    )
    database = Database(url)
    try:
        _wait_for_articles(database, process, 10)
        os.killpg(process.pid, signal.SIGINT)
        _, err = process.communicate(timeout=30)
        assert process.returncode == 130
        assert b"Traceback" not in err, err.decode()[-2000:]
        stopped = latest_run(database)
        assert stopped.status == "failed" and stopped.error is not None
        assert stopped.error.startswith(f"ingest: interrupted after {stopped.processed} of 60 documents")
        assert stopped.processed >= 10 and stored(database)[0] == stopped.processed
        gone = time.monotonic() + 30  # multiprocessing's resource tracker may outlive the run a moment
        while time.monotonic() < gone and _group_alive(process.pid):
            time.sleep(0.1)
        assert not _group_alive(process.pid)
    finally:
        if process.poll() is None:
            process.kill()
        database.dispose()


def _group_alive(group: int) -> bool:
    try:
        os.killpg(group, 0)
    except ProcessLookupError:
        return False
    return True


def test_extraction_workers_leave_ctrl_c_to_the_run() -> None:
    workers = prepare.Workers(1, "test")
    try:
        assert workers.pool is not None
        assert workers.pool.submit(signal.getsignal, signal.SIGINT).result(timeout=60) == signal.SIG_IGN
    finally:
        workers.close()


def _wait_for_articles(database: Database, process: subprocess.Popen[bytes], count: int) -> None:
    """Until `count` articles are stored (a minute at most), or the process has ended."""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        try:
            if stored(database)[0] >= count:
                return
        except Exception:  # not migrated yet
            pass
        time.sleep(0.02)


def test_a_batch_of_new_articles_looks_their_events_up_at_once(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import event

    path = feed_file(tmp_path / "feed.xml", 6)
    # two more items reporting meetings the first two report: one event each, linked twice
    again = "".join(
        f"<item><title>第{n}届示例科技峰会在北京举行</title><guid>again-{n}</guid><pubDate>2024-12-31 10:00:00</pubDate>"
        f"<description>1月{n}日，第{n}届示例科技峰会在北京举行，嘉宾云集。</description></item>"
        for n in (1, 2)
    )
    path.write_text(path.read_text(encoding="utf-8").replace("</channel>", again + "</channel>"), encoding="utf-8")
    key = configure(database, path)
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=50, seconds=60))
    lookups: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.lstrip().startswith("SELECT") and "FROM events" in statement:
            lookups.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        summary = ingest.ingest_now(database, key, "cli")
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    assert (summary.status, summary.new, summary.events) == ("succeeded", 8, 6)
    with database.begin() as session:
        reports = sorted(len(e.articles) for e in session.scalars(select(Event)))
    assert reports == [1, 1, 1, 1, 2, 2]
    assert len(lookups) <= 2  # by UID and by alias, for the whole batch; not two for every meeting


def test_a_batch_whose_new_event_another_run_stored_first_is_stored_one_by_one(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = feed_file(tmp_path / "feed.xml", 6)
    first = configure(database, path, "first", "second")
    assert ingest.ingest_now(database, first, "cli").events == 6
    # the second source's batch looks its events up before the first run stored them: it inserts them itself
    monkeypatch.setattr(ingest, "known_events", lambda _session, meetings: dict.fromkeys(map(meeting_uid, meetings)))
    one_by_one: list[str] = []
    store_one = ingest._Writer._store_one
    monkeypatch.setattr(
        ingest._Writer, "_store_one", lambda self, *args: one_by_one.append("item") or store_one(self, *args)
    )
    summary = ingest.ingest_now(database, "second", "cli")
    assert len(one_by_one) == 6  # the batch's savepoint took the conflict, and nothing of it was kept
    assert (summary.status, summary.new, summary.events, summary.errors) == ("succeeded", 6, 6, 0)
    with database.begin() as session:
        assert sorted(len(e.articles) for e in session.scalars(select(Event))) == [2] * 6
    assert stored(database) == (12, 6)


def test_a_batch_of_new_articles_is_numbered_in_order_and_inserted_by_one_statement(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from sqlalchemy import event

    key = configure(database, feed_file(tmp_path / "feed.xml", 30))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=50, seconds=60))
    inserts: list[tuple[str, bool]] = []

    def seen(_conn: Any, _cursor: Any, statement: str, _params: Any, _context: Any, executemany: bool) -> None:
        if statement.lstrip().startswith("INSERT INTO articles"):
            inserts.append((statement, executemany))

    event.listen(database.engine, "before_cursor_execute", seen)
    try:
        summary = ingest.ingest_now(database, key, "cli")
    finally:
        event.remove(database.engine, "before_cursor_execute", seen)
    assert (summary.status, summary.new) == ("succeeded", 30)
    with database.begin() as session:
        titles = list(session.scalars(select(Article.title).order_by(Article.id)))
    assert titles == [f"第{n}届示例科技峰会在北京举行" for n in range(1, 31)]  # ids in the feed's order
    if database.engine.dialect.name == "postgresql":  # numbered first: no RETURNING, one statement for every row
        assert [(executemany, "RETURNING" in statement) for statement, executemany in inserts] == [(True, False)]


def gazetteer_loaded() -> bool:
    """Run in the extraction worker: whether its gazetteer is in memory yet."""
    from feed.extract import gazetteer

    return gazetteer.names_index.cache_info().currsize > 0


def test_extraction_workers_load_the_extractor_before_the_first_batch_arrives() -> None:
    workers = prepare.Workers(1, "test")
    try:
        assert workers.pool is not None
        # one worker takes its tasks in order: what it was given at its start comes before this
        assert workers.pool.submit(gazetteer_loaded).result(timeout=60)
    finally:
        workers.close()


def test_a_run_that_knows_its_total_ends_on_a_small_batch() -> None:
    sizes = ingest._batch_sizes
    assert list(islice(sizes(500, 4000), 10)) == [500] * 7 + [400, 100, 500]
    assert list(islice(sizes(500, 4100), 9)) == [500] * 9  # the last batch (100) is small already
    assert list(islice(sizes(500, None), 3)) == [500] * 3
    assert list(islice(sizes(1, 3), 3)) == [1] * 3  # never an empty batch


def test_workers_started_ahead_are_those_the_run_takes() -> None:
    prepare.start_workers_ahead(1)
    try:
        started = prepare._AHEAD[1]
        workers = prepare.Workers(1, "test")
        assert workers.pool is started and not prepare._AHEAD
        workers.close()
        prepare.start_workers_ahead(1)  # none taken: stopped by the command at its end
        prepare.stop_workers_ahead()
        assert not prepare._AHEAD
    finally:
        prepare.stop_workers_ahead()


_CHARACTERS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面"


def reprint_feed(tmp_path: Path) -> Path:
    """16 items, p-14 a reprint of p-2 (the same text, in another batch of 4), the rest unlike each other."""
    story = (
        "示例市今天发布了新的公共交通规划，计划在未来五年内新建三条地铁线路和二十个公交枢纽，方便市民出行。"
        "规划还提出，到期末全市公交站点五百米覆盖率达到百分之九十五，并在老城区试点夜间公交。"
    )
    items = []
    for n in range(1, 17):
        text = story if n in (2, 14) else "".join(random.Random(n).choices(_CHARACTERS, k=80))  # unlike the rest
        items.append(
            f"<item><title>示例新闻{n}</title><guid>p-{n}</guid><pubDate>2024-12-31 09:00:00</pubDate>"
            f"<description>{text}</description></item>"
        )
    path = tmp_path / "feed.xml"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>S</title>'
        + "".join(items)
        + "</channel></rss>",
        encoding="utf-8",
    )
    return path


def test_a_run_with_a_worker_stores_every_articles_own_prints(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every article is stored with its own prints, whichever side made them, and a reprint in a later batch
    finds its original."""
    key = configure(database, reprint_feed(tmp_path))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=4, seconds=60, workers=1))
    summary = ingest.ingest_now(database, key, "cli")
    assert (summary.status, summary.new) == ("succeeded", 16)
    assert_every_articles_own_prints(database)


def assert_every_articles_own_prints(database: Database) -> None:
    with database.begin() as session:
        articles = {a.guid: a for a in session.scalars(select(Article))}
        for article in articles.values():
            prints = prints_of(article.text)
            assert article.fingerprint
            assert (article.text_hash, article.fingerprint) == (prints.text_hash, prints.fingerprint)
        assert articles["p-14"].duplicate_of == articles["p-2"].id
        assert sum(a.duplicate_of is not None for a in articles.values()) == 1


class ScriptedWorkers:
    """Workers making each batch at once, in this process, and answering `ready` as scripted."""

    def __init__(self, readiness: list[bool]) -> None:
        self.readiness = iter(readiness)
        self.asked_for_prints: list[bool] = []

    def __call__(self, count: int, label: str) -> ScriptedWorkers:
        return self

    def start(self, docs: Any, prints: bool = True) -> Future[list[prepare.Made]]:
        self.asked_for_prints.append(prints)
        made: Future[list[prepare.Made]] = Future()
        made.set_result(prepare.make_all(docs, prints))
        return made

    def ready(self, started: Any) -> bool:
        return next(self.readiness)

    def result(self, started: Future[list[prepare.Made]], docs: Any) -> list[prepare.Made]:
        return started.result()

    def close(self) -> None:
        pass


def test_a_run_that_waited_for_its_worker_makes_the_next_batchs_prints_itself(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Batches of 4, 4, 4, 3 and 1 (the last one split): the first two's prints are made here (the worker is still
    starting when the second is handed over); then the worker makes them after a batch that was ready when the
    run came to store it, the run after one it had to wait for."""
    key = configure(database, reprint_feed(tmp_path))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=4, seconds=60, workers=1))
    workers = ScriptedWorkers(readiness=[True, False, True, True])  # batches 1-4 when the run comes to store them
    monkeypatch.setattr(ingest, "Workers", workers)
    made_here: list[str] = []

    def counted_prints_of(text: str) -> Prints:
        made_here.append(text)
        return prints_of(text)

    monkeypatch.setattr(ingest, "prints_of", counted_prints_of)
    summary = ingest.ingest_now(database, key, "cli")
    assert (summary.status, summary.new) == ("succeeded", 16)
    assert workers.asked_for_prints == [False, False, True, False, True]
    assert len(made_here) == 4 + 4 + 3
    assert_every_articles_own_prints(database)


def make_all_slowly(docs: Any, prints: bool = True) -> Any:
    """What the extraction worker is given instead of feed.prepare.make_all: it takes its time, and says
    whether it was asked for the prints."""
    time.sleep(0.5)
    with open(os.environ["FEED_TEST_ASKED_FOR_PRINTS"], "a", encoding="utf-8") as asked:
        asked.write(f"{prints}\n")
    return _make_all(docs, prints)


_make_all = prepare.make_all


def test_a_run_with_a_slower_worker_makes_every_batchs_prints_itself(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = configure(database, reprint_feed(tmp_path))
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=4, seconds=60, workers=1))
    monkeypatch.setattr(prepare, "make_all", make_all_slowly)
    asked = tmp_path / "asked.txt"
    monkeypatch.setenv("FEED_TEST_ASKED_FOR_PRINTS", str(asked))
    summary = ingest.ingest_now(database, key, "cli")
    assert (summary.status, summary.new) == ("succeeded", 16)
    assert asked.read_text().split() == ["False"] * 5
    assert_every_articles_own_prints(database)


def test_a_run_that_doubles_the_articles_takes_the_planners_statistics_again(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run ANALYZEs the articles each time it has stored as many new ones as the planner knew of (at least
    ANALYZE_AFTER); a small run into a table the planner knows takes none."""
    configure(database, feed_file(tmp_path / "feed.xml", 12), "first")
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=5, seconds=60))
    monkeypatch.setattr(ingest, "ANALYZE_AFTER", 5)
    analysed: list[int | None] = []
    analyze = ingest.analyze_articles

    def counted(session: Any) -> None:
        analyze(session)
        analysed.append(ingest.planned_articles(session))  # what the planner knows of after it

    monkeypatch.setattr(ingest, "analyze_articles", counted)
    assert ingest.ingest_now(database, "first", "cli").new == 12
    # batches of 5, 5, 1 and 1: statistics after 5 new articles (none known before), again after 5 more
    assert analysed == [5, 10]
    analysed.clear()
    configure(database, feed_file(tmp_path / "three.xml", 3), "second")
    assert ingest.ingest_now(database, "second", "cli").new == 3
    assert analysed == []


@pytest.mark.parametrize("database", ["postgresql"], indirect=True)  # SQLite has no trigram index
def test_postgresql_inserts_a_batchs_articles_with_memory_to_merge_the_search_list_in_one_round(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The transaction that inserts a batch's new articles has work_mem for the trigram index's whole pending
    list (db.articles.PENDING_LIST_MERGE_MEMORY); the setting ends with it."""
    configure(database, feed_file(tmp_path / "feed.xml", 3), "first")
    inserted_with: list[str] = []
    insert = ingest.insert_new_articles

    def watched(session: Any, articles: Any) -> None:
        insert(session, articles)
        inserted_with.append(session.scalar(text("SHOW work_mem")))

    monkeypatch.setattr(ingest, "insert_new_articles", watched)
    assert ingest.ingest_now(database, "first", "cli").new == 3
    assert inserted_with == [PENDING_LIST_MERGE_MEMORY]
    with database.engine.connect() as connection:
        assert connection.scalar(text("SHOW work_mem")) != PENDING_LIST_MERGE_MEMORY
