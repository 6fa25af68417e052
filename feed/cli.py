"""The `feed` command (also `python -m feed`)."""

from __future__ import annotations

import argparse
import logging
import os
import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from feed.config import DEFAULT_TIMEZONE, Settings
from feed.errors import ConfigError, FeedError
from feed.logs import configure_logging

if TYPE_CHECKING:
    from db.models import IngestRun
    from db.session import Database
    from feed.config import SourceConfig
    from feed.ingest import RunSummary

# Each command imports what it needs when it runs, so `feed --help` and `feed sources` start at once
# instead of loading the web app, the scheduler and the extractors first.

log = logging.getLogger("feed")


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        settings = Settings.from_env()
        if getattr(args, "config", None):
            settings = replace(settings, config_path=Path(args.config))
        level = logging.INFO if args.command in ("serve", "scheduler") or args.verbose else logging.WARNING
        configure_logging(level, settings.log_format)
        return int(args.run(args, settings) or 0)
    except FeedError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # 'feed extract --json … | head': the reader left; say nothing more
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # the database is unreachable, refuses, has no such database or file: one line
        from sqlalchemy.exc import DBAPIError

        if not isinstance(exc, DBAPIError):
            raise
        reason = str(exc.orig).strip().splitlines()[0] if str(exc.orig).strip() else exc.orig.__class__.__name__
        print(f"error: database: {_redacted(settings.database_url)}: {reason}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="feed", description="Event-feed syndication service")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    serve = commands.add_parser("serve", help="run the web app (and the scheduler, unless --no-scheduler)")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8000)
    serve.add_argument("--config", help="sources file (default: $FEED_CONFIG, else the bundled demo)")
    serve.add_argument("--no-scheduler", action="store_true", help="web only; run `feed scheduler` elsewhere")
    serve.add_argument("--workers", type=int, default=1, help="web worker processes (more than 1 needs --no-scheduler)")
    serve.set_defaults(run=_serve)

    scheduler = commands.add_parser("scheduler", help="run the scheduler alone")
    scheduler.add_argument("--config")
    scheduler.set_defaults(run=_scheduler)

    ingest = commands.add_parser("ingest", help="ingest one source, path or URL now and print a summary")
    target = ingest.add_mutually_exclusive_group(required=True)
    target.add_argument("target", nargs="?", help="source key, file or folder path, or feed URL")
    target.add_argument("--all", action="store_true", help="every configured source")
    ingest.add_argument("--config")
    _quiet_option(ingest)
    ingest.set_defaults(run=_ingest)

    reextract = commands.add_parser(
        "reextract", help="run the current extractor over stored articles, updating their meetings"
    )
    reextract.add_argument("--source", metavar="KEY", help="only this source's articles")
    reextract.add_argument(
        "--since", metavar="DATE", help="only articles published (else stored) on or after DATE (YYYY-MM-DD, local)"
    )
    reextract.add_argument("--config")
    _quiet_option(reextract)
    reextract.set_defaults(run=_reextract)

    sources = commands.add_parser("sources", help="list sources with their state")
    sources.add_argument("--config")
    sources.set_defaults(run=_sources)

    extract = commands.add_parser("extract", help="print an article's fields and meetings, storing nothing")
    extract.add_argument("targets", nargs="+", metavar="PATH_OR_URL", help="text file, folder, feed file or URL")
    extract.add_argument("--json", action="store_true", help="JSON instead of text")
    extract.add_argument("--timezone", default=DEFAULT_TIMEZONE, help="zone of times without an offset")
    extract.set_defaults(run=_extract)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(dest="db_command", required=True, metavar="ACTION")
    db_commands.add_parser("upgrade", help="apply migrations").set_defaults(run=_db_upgrade)
    return parser


def _quiet_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress on stderr (default: a bar on a terminal, else a line every few seconds)",
    )


def _open(settings: Settings, fetches: bool = True) -> tuple[Database, list[SourceConfig]]:
    """Open the database (migrated to the latest schema) and sync the sources file into it."""
    from db.migrate import is_current, upgrade
    from feed.config import load_sources
    from feed.sources import sync_sources

    configs = load_sources(settings.config_path)
    if fetches:
        from feed.fetch.limits import FetchLimits

        FetchLimits.from_env()  # refuse bad FEED_FETCH_* values at start, not on the first fetch
    database = _database(settings)
    if not is_current(database.engine):
        upgrade(database.engine)
    with database.begin() as session:
        sync_sources(session, configs)
    log.info("database: %s", _redacted(settings.database_url))  # an error names it too
    return database, configs


def _database(settings: Settings) -> Database:
    from db.session import Database
    from feed.config import check_database_url, create_default_database_folder

    create_default_database_folder(check_database_url(settings.database_url))
    return Database(settings.database_url)


def _serve(args: argparse.Namespace, settings: Settings) -> int:
    import uvicorn

    from feed.metrics import MULTIPROCESS_DIR
    from feed.scheduler import SchedulerService
    from feed.web.app import create_app
    from feed.web.server import set_header_timeout

    set_header_timeout(settings.header_timeout)
    if args.workers < 1 or (args.workers > 1 and not args.no_scheduler):
        raise ConfigError("serve: --workers N (N > 1) needs --no-scheduler; run `feed scheduler` once elsewhere")
    database, configs = _open(settings)
    if args.workers > 1:
        os.environ["FEED_CONFIG"] = str(settings.config_path)
        own_directory = not os.environ.get(MULTIPROCESS_DIR)
        if own_directory:  # the workers (spawned: they read it at import) sum their metrics through it
            os.environ[MULTIPROCESS_DIR] = tempfile.mkdtemp(prefix="feed-metrics-")
        log.info("serve: http://%s:%d/ with %d workers", args.host, args.port, args.workers)
        try:
            options = settings.uvicorn_options()
            uvicorn.run(
                "feed.web.asgi:app_from_env",
                factory=True,
                workers=args.workers,
                host=args.host,
                port=args.port,
                log_config=None,
                proxy_headers=options.proxy_headers,
                forwarded_allow_ips=options.forwarded_allow_ips,
                http=options.http,
            )
        finally:
            if own_directory:
                shutil.rmtree(os.environ.pop(MULTIPROCESS_DIR), ignore_errors=True)
        return 0
    on_startup: Callable[[], None] | None = None
    on_shutdown: Callable[[], None] | None = None
    if not args.no_scheduler:
        service = SchedulerService(database, configs, settings=settings)
        service.claim()
        stop = threading.Event()
        thread = threading.Thread(target=service.run, args=(stop,), name="scheduler", daemon=True)

        def shutdown() -> None:
            stop.set()
            thread.join(timeout=30)

        on_startup, on_shutdown = thread.start, shutdown
    app = create_app(settings, database, on_startup=on_startup, on_shutdown=on_shutdown)
    log.info("serve: http://%s:%d/ sources=%s", args.host, args.port, settings.config_path)
    options = settings.uvicorn_options()
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        log_config=None,
        proxy_headers=options.proxy_headers,
        forwarded_allow_ips=options.forwarded_allow_ips,
        http=options.http,
    )
    return 0


def _scheduler(args: argparse.Namespace, settings: Settings) -> int:
    from feed.scheduler import SchedulerService

    database, configs = _open(settings)
    service = SchedulerService(database, configs, settings=settings)
    service.claim()
    if settings.metrics_port:
        from prometheus_client import start_http_server

        from feed.metrics import PROCESS

        start_http_server(settings.metrics_port, registry=PROCESS)
        log.info("scheduler: metrics on http://0.0.0.0:%d/metrics", settings.metrics_port)
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    service.run(stop)
    log.info("scheduler: stopped")
    return 0


# a feed file this large most likely has more items than a batch (feed.ingest.Batching), which its run has
# a worker process extract: the worker is started before anything else
WORKERS_AHEAD_ABOVE = 1 << 20  # bytes


def _ingest(args: argparse.Namespace, settings: Settings) -> int:
    from feed.prepare import default_workers, start_workers_ahead, stop_workers_ahead

    if args.target and _file_size(args.target) > WORKERS_AHEAD_ABOVE:
        start_workers_ahead(default_workers())
    try:
        return _ingest_now(args, settings)
    finally:
        stop_workers_ahead()


def _file_size(target: str) -> int:
    """The size of the file `target` names, 0 when it names none."""
    try:
        path = Path(target).expanduser()
        return path.stat().st_size if path.is_file() else 0
    except (OSError, ValueError):
        return 0


def _ingest_now(args: argparse.Namespace, settings: Settings) -> int:
    from feed.fetch import close_http_client
    from feed.ingest import ingest_now, resolve_target
    from feed.model import RunStatus, RunTrigger
    from feed.progress import display_for

    database, configs = _open(settings)
    keys = [c.key for c in configs] if args.all else [resolve_target(database, args.target)]
    summaries: list[RunSummary] = []
    display = display_for(sys.stderr, quiet=args.quiet)
    try:
        for index, key in enumerate(keys, 1):
            label = f"[{index}/{len(keys)}] {key}" if args.all else args.target
            summary = ingest_now(database, key, RunTrigger.CLI, progress=display.start(label))
            if args.all:
                display.done(f"{label}: {summary.status} new={summary.new} errors={summary.errors}")
            summaries.append(summary)
    finally:
        display.close()
        close_http_client()
    print(_summary_table(summaries))
    return 0 if all(s.status == RunStatus.SUCCEEDED for s in summaries) else 1


def _summary_table(summaries: Sequence[RunSummary]) -> str:
    header = ("run", "target", "status", "new", "updated", "unchanged", "events", "errors")
    rows: list[tuple[str, ...]] = [
        (str(s.run_id), s.target, s.status, str(s.new), str(s.updated), str(s.unchanged), str(s.events), str(s.errors))
        for s in summaries
    ]
    if len(summaries) > 1:
        total = [sum(getattr(s, f) for s in summaries) for f in header[3:]]
        rows.append(("", "total", "", *map(str, total)))
    lines = _table(header, rows)
    lines += [f"error ({s.target}): {s.error}" for s in summaries if s.error]
    return "\n".join(lines)


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    return ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip() for row in [header, *rows]]


def _reextract(args: argparse.Namespace, settings: Settings) -> int:
    from feed.progress import display_for
    from feed.reextract import reextract

    since = _local_midnight(args.since) if args.since is not None else None
    database, _ = _open(settings, fetches=False)
    display = display_for(sys.stderr, quiet=args.quiet)
    try:
        label = f"reextract {args.source}" if args.source else "reextract"
        summary = reextract(database, source_key=args.source, since=since, progress=display.start(label))
    finally:
        display.close()
    counts = asdict(summary)  # articles read and failed, then events by what became of them
    print("\n".join(_table(list(counts), [[str(n) for n in counts.values()]])))
    return 1 if summary.errors else 0


def _local_midnight(text: str) -> datetime:
    from datetime import date

    try:
        return datetime.combine(date.fromisoformat(text), datetime.min.time()).astimezone()
    except ValueError:
        raise ConfigError(f"reextract: --since must be a date, YYYY-MM-DD: {text!r}") from None


def _sources(args: argparse.Namespace, settings: Settings) -> int:
    from db.runs import running_runs
    from db.sources import all_sources
    from feed.sources import schedule_text

    database, _ = _open(settings, fetches=False)
    print(f"database: {_redacted(settings.database_url)}", file=sys.stderr)

    def when(value: datetime | None) -> str:
        return value.astimezone().isoformat(" ", "minutes") if value else "-"  # local time and its offset

    with database.begin() as session:
        running = {run.source_id: run for run in running_runs(session)}
        rows = [
            (
                s.key,
                s.kind,
                schedule_text(s),
                when(s.last_run_at),
                when(s.last_success_at),
                "disabled" if s.disabled_reason else when(max(filter(None, (s.next_run_at, s.retry_at)), default=None)),
                _progress_text(running[s.id]) if s.id in running else "-",
                str(s.error_count),
                (s.last_error or "")[:80],
            )
            for s in all_sources(session)
            if s.configured
        ]
    header = ("key", "kind", "schedule", "last run", "last success", "next run", "running", "errors", "last error")
    print("\n".join(_table(header, rows)))
    return 0


def _progress_text(run: IngestRun) -> str:
    """A running run's progress: '1200/5000' documents, '1200/?' while the total is unknown."""
    return f"{run.processed}/{'?' if run.total is None else run.total}"


def _extract(args: argparse.Namespace, settings: Settings) -> int:
    from feed.extract.cli import run_extract

    return run_extract(args.targets, args.json, args.timezone)


def _db_upgrade(args: argparse.Namespace, settings: Settings) -> int:
    from db.migrate import upgrade

    upgrade(_database(settings).engine)
    print(f"database {_redacted(settings.database_url)} is at the latest schema")
    return 0


def _redacted(url: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
