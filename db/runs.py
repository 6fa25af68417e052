"""Ingest runs: queued by the API, the CLI and the scheduler, claimed and recorded by the ingest path."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import exists, or_, select, update
from sqlalchemy.orm import Session, aliased

from db.models import IngestRun, Source, utcnow


def queue_run(session: Session, target: str, trigger: str, source: Source | None) -> IngestRun:
    run = IngestRun(target=target, trigger=trigger, source=source, status="queued")
    session.add(run)
    session.flush()
    return run


def run_by_id(session: Session, run_id: int) -> IngestRun | None:
    return session.get(IngestRun, run_id)


def active_run_for(session: Session, source: Source) -> IngestRun | None:
    return session.scalar(
        select(IngestRun)
        .where(IngestRun.source_id == source.id, IngestRun.status.in_(("queued", "running")))
        .order_by(IngestRun.id)
        .limit(1)
    )


def claim_queued_run(session: Session, owner: str | None = None) -> IngestRun | None:
    """Take the oldest queued run and mark it running by `owner` (skipping rows others hold locked)."""
    query = select(IngestRun).where(IngestRun.status == "queued").order_by(IngestRun.id).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    run = session.scalar(query)
    if run is not None:
        start_run(run, owner)
        session.flush()
    return run


def start_run(run: IngestRun, owner: str | None) -> None:
    run.status, run.started_at = "running", utcnow()
    run.owner, run.heartbeat_at = owner, run.started_at


def touch_run(session: Session, run_id: int) -> None:
    """The owner is alive: record its heartbeat."""
    session.execute(update(IngestRun).where(IngestRun.id == run_id).values(heartbeat_at=utcnow()))


def orphaned_runs(session: Session, cli_grace: timedelta = timedelta(hours=1)) -> list[IngestRun]:
    """Runs marked running that no live scheduler owns (called when one becomes active).

    A CLI run may be alive in another process, so it counts only after `cli_grace`.
    """
    cutoff = utcnow() - cli_grace
    return list(
        session.scalars(
            select(IngestRun)
            .where(IngestRun.status == "running")
            .where(or_(IngestRun.trigger != "cli", IngestRun.started_at < cutoff))
            .order_by(IngestRun.id)
        )
    )


def running_runs(session: Session) -> list[IngestRun]:
    """Runs marked running that are their source's newest (an older one was left by a process that died)."""
    newer = aliased(IngestRun)
    return list(
        session.scalars(
            select(IngestRun)
            .where(IngestRun.status == "running", IngestRun.source_id.is_not(None))
            .where(~exists().where(newer.source_id == IngestRun.source_id, newer.id > IngestRun.id))
            .order_by(IngestRun.id)
        )
    )


def recent_runs(session: Session, limit: int = 20) -> list[IngestRun]:
    return list(session.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(limit)))
