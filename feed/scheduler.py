"""When sources are refreshed (APScheduler 3.x). The work itself is `feed.ingest`.

Jobs live in a SQLAlchemyJobStore in the service's own database, one per source
with the id 'refresh:KEY'. A job store must never be shared by two running
schedulers. Jobs queued through the web API are rows in `ingest_runs` that a
short poll here picks up.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Sequence
from datetime import UTC, datetime

from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, JobExecutionEvent
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.memory import MemoryJobStore
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.interval import IntervalTrigger
from sqlalchemy.exc import DBAPIError

from db.models import utcnow
from db.runs import queue_run, runs_marked_running
from db.session import Database
from db.sources import all_sources
from feed import ingest
from feed.config import Settings, SourceConfig
from feed.errors import FeedError
from feed.fetch import close_http_client
from feed.leader import is_exclusive, leadership_for
from feed.logs import RepeatFilter
from feed.metrics import SCHEDULER_ACTIVE, SCHEDULER_HEARTBEAT
from feed.model import RunStatus, RunTrigger
from feed.owners import run_is_dead
from feed.sources import cron_trigger
from feed.websub import WebSubWorker

log = logging.getLogger(__name__)

JOB_PREFIX = "refresh:"
POLL_JOB = "poll-queued-runs"
WEBSUB_JOB = "websub"
POLL_SECONDS = 1
_database: Database | None = None  # persistent jobs are stored by reference, not with their data
_websub: WebSubWorker | None = None
# while the database is down, the poll job and APScheduler (its job store, on every wake-up) fail each second
REPEATS = RepeatFilter(("scheduler: cannot poll", "Error getting due jobs"))


def refresh_job(source_key: str) -> None:
    assert _database is not None, "scheduler: no database; build_scheduler() was not called"
    ingest.ingest_now(_database, source_key, RunTrigger.SCHEDULE)


def poll_job() -> None:
    """Recover the runs whose process is gone (a scheduler on another host dies without a trace in this
    host's process table: its runs go silent), then run the queued ones."""
    assert _database is not None
    try:
        recover_orphaned_runs(_database)
        ingest.run_queued(_database)
    except DBAPIError as exc:  # the database went away: one line a second, not APScheduler's traceback
        log.warning("scheduler: cannot poll for queued runs: database unreachable (%s)", exc.orig.__class__.__name__)


def websub_job() -> None:
    if _websub is None:
        return
    try:
        _websub.run_once()
    except DBAPIError as exc:
        log.warning("scheduler: cannot run the WebSub job: database unreachable (%s)", exc.orig.__class__.__name__)


def trigger_for(config: SourceConfig) -> BaseTrigger:
    if config.cron:
        return cron_trigger(config.cron, config.timezone)
    assert config.every is not None
    return IntervalTrigger(seconds=int(config.every.total_seconds()), timezone=UTC)


def build_scheduler(database: Database) -> BackgroundScheduler:
    global _database
    _database = database
    logging.getLogger("apscheduler.executors.default").setLevel(logging.WARNING)
    for logger in (log, logging.getLogger("apscheduler.scheduler")):
        if REPEATS not in logger.filters:
            logger.addFilter(REPEATS)
    scheduler = BackgroundScheduler(
        jobstores={
            "default": SQLAlchemyJobStore(engine=database.engine),
            "memory": MemoryJobStore(),
        },
        executors={"default": ThreadPoolExecutor(4)},
        job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 3600},
        timezone=UTC,
    )
    scheduler.add_listener(lambda e: _after_job(scheduler, database, e), EVENT_JOB_EXECUTED | EVENT_JOB_ERROR)
    return scheduler


def start_scheduler(
    scheduler: BackgroundScheduler,
    database: Database,
    configs: Sequence[SourceConfig],
    websub: WebSubWorker | None = None,
) -> None:
    """`websub`: the WebSub hub's job (verification, delivery) runs here too, every POLL_SECONDS."""
    global _websub
    scheduler.start(paused=True)
    sync_jobs(scheduler, database, configs)
    scheduler.add_job(
        poll_job,
        "interval",
        seconds=POLL_SECONDS,
        id=POLL_JOB,
        jobstore="memory",
        replace_existing=True,
        next_run_time=datetime.now(UTC),
    )
    _websub = websub
    if websub is not None:
        scheduler.add_job(
            websub_job,
            "interval",
            seconds=POLL_SECONDS,
            id=WEBSUB_JOB,
            jobstore="memory",
            replace_existing=True,
            next_run_time=datetime.now(UTC),
        )
    scheduler.resume()
    log.info("scheduler: started with %d source job(s)", len(configs))


def sync_jobs(scheduler: BackgroundScheduler, database: Database, configs: Sequence[SourceConfig]) -> None:
    """One job per configured source; jobs of sources no longer configured are removed."""
    wanted = {JOB_PREFIX + c.key: c for c in configs}
    for job in scheduler.get_jobs(jobstore="default"):
        if job.id.startswith(JOB_PREFIX) and job.id not in wanted:
            scheduler.remove_job(job.id)
    with database.begin() as session:
        never_ran = {s.key for s in all_sources(session) if s.last_run_at is None}
    for job_id, config in wanted.items():
        trigger = trigger_for(config)
        existing = scheduler.get_job(job_id)
        if existing is not None and str(existing.trigger) == str(trigger):
            continue
        options = {"next_run_time": datetime.now(UTC)} if config.key in never_ran else {}
        scheduler.add_job(
            refresh_job,
            trigger,
            args=[config.key],
            id=job_id,
            name=f"refresh {config.key}",
            replace_existing=True,
            **options,
        )
    _record_next_runs(scheduler, database)


def _after_job(scheduler: BackgroundScheduler, database: Database, event: JobExecutionEvent) -> None:
    if event.exception is not None:
        log.error("scheduler: job %s raised %r", event.job_id, event.exception)
    if event.job_id.startswith(JOB_PREFIX):
        # Not in this executor thread: shutdown(wait=True) holds the job stores' lock while it waits for
        # the executor's threads, and get_jobs takes that lock (a stop during an ingest hung for good).
        threading.Thread(
            target=_record_next_runs, args=(scheduler, database), name="record-next-runs", daemon=True
        ).start()


def _record_next_runs(scheduler: BackgroundScheduler, database: Database) -> None:
    jobs = {job.id: job for job in scheduler.get_jobs(jobstore="default")}
    if scheduler.state == STATE_STOPPED:  # shut down meanwhile: no longer the schedule
        return
    with database.begin() as session:
        for source in all_sources(session):
            job = jobs.get(JOB_PREFIX + source.key)
            next_run = None
            if job is not None and not source.disabled_reason:
                next_run = job.next_run_time
                if next_run is not None and source.retry_at is not None and source.retry_at > next_run:
                    next_run = job.trigger.get_next_fire_time(None, source.retry_at)  # backing off
            source.next_run_at = next_run


class SchedulerService:
    """The scheduler with leader election: stand by, take over, step down.

    On PostgreSQL any number may run; one is active and the others wait for its
    advisory lock. On SQLite a second one refuses to start (`claim` raises).
    """

    def __init__(
        self,
        database: Database,
        configs: Sequence[SourceConfig],
        poll_seconds: float = 5.0,
        settings: Settings | None = None,
    ) -> None:
        """`settings`: run the WebSub hub's job (it renders topics with the web app's settings)."""
        self.database = database
        self.settings = settings
        self.configs = list(configs)
        self.poll_seconds = poll_seconds
        self.lock = leadership_for(database.url)

    def claim(self) -> None:
        """Where schedulers are exclusive, take the lock now or fail with the reason."""
        if is_exclusive(self.database.url) and not self.lock.try_acquire():
            raise FeedError(
                "scheduler: another scheduler is already running on this SQLite database; "
                "only one may run (stop it, or start this one with `feed serve --no-scheduler`)"
            )

    def run(self, stop: threading.Event) -> None:
        """Block until `stop` is set, running the scheduler whenever this process leads."""
        standing_by = False
        try:
            while not stop.is_set():
                SCHEDULER_HEARTBEAT.set_to_current_time()
                if not self.lock.still_held() and not self.lock.try_acquire():
                    SCHEDULER_ACTIVE.set(0)
                    if not standing_by:  # said once, not every few seconds
                        log.info(
                            "scheduler: standing by (pid %d): another scheduler holds the leader lock, "
                            "or the database is unreachable; trying every %g s",
                            os.getpid(),
                            self.poll_seconds,
                        )
                        standing_by = True
                    stop.wait(self.poll_seconds)
                    continue
                standing_by = False
                self._lead(stop)
        finally:
            self.lock.release()
            close_http_client()

    def _lead(self, stop: threading.Event) -> None:
        log.info("scheduler: active (pid %d)", os.getpid())
        scheduler = build_scheduler(self.database)
        try:
            recover_orphaned_runs(self.database)
            websub = WebSubWorker(self.database, self.settings) if self.settings is not None else None
            start_scheduler(scheduler, self.database, self.configs, websub)
        except DBAPIError as exc:  # e.g. a frozen leader, resumed, creating the job table at the same moment
            log.error(
                "scheduler: could not start as the active scheduler (%s); standing by and trying again",
                str(exc.orig or exc).splitlines()[0],
            )
            if scheduler.state != STATE_STOPPED:
                scheduler.shutdown(wait=False)
            self.lock.release()
            stop.wait(self.poll_seconds)
            return
        SCHEDULER_ACTIVE.set(1)
        try:
            while not stop.wait(self.poll_seconds):
                SCHEDULER_HEARTBEAT.set_to_current_time()
                if not self.lock.still_held():
                    log.error("scheduler: lost the leader lock (database connection gone); stepping down")
                    break
        finally:
            SCHEDULER_ACTIVE.set(0)
            scheduler.shutdown(wait=True)
            self.lock.release()


def recover_orphaned_runs(database: Database) -> None:
    """Runs left 'running' by a process that died (feed.owners.run_is_dead) are failed with the reason and
    queued again."""
    with database.begin() as session:
        now = utcnow()
        orphans = [run for run in runs_marked_running(session) if run_is_dead(run, now)]
        for run in orphans:
            run.status, run.finished_at = RunStatus.FAILED, now
            run.error = "ingest: the process running this job stopped before it finished; queued again"
            if run.source is not None:
                queue_run(session, run.target, RunTrigger.RETRY, run.source)
    for run in orphans:
        log.warning("scheduler: run %d (%s) lost its process %s; queued again", run.id, run.target, run.owner)
