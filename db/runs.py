"""Ingest runs: queued by the API, the CLI and the scheduler, claimed and recorded by the ingest path."""

from __future__ import annotations

from sqlalchemy import exists, select, update
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
    """Running from now by `owner`; its heartbeat is written by touch_run alone."""
    run.status, run.started_at, run.owner = "running", utcnow(), owner


def touch_run(session: Session, run_id: int) -> None:
    """The owner is alive: record its heartbeat."""
    session.execute(update(IngestRun).where(IngestRun.id == run_id).values(heartbeat_at=utcnow()))


def runs_marked_running(session: Session) -> list[IngestRun]:
    """Every run whose status says running, alive or not (feed.owners.run_is_dead tells)."""
    return list(session.scalars(select(IngestRun).where(IngestRun.status == "running").order_by(IngestRun.id)))


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
