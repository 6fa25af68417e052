"""What the job API keeps between requests: idempotency keys and the rate limiter's buckets."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import case, delete, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import IngestRun, JobKey, RateBucket, utcnow

JOB_KEY_TTL = timedelta(hours=24)


def job_key(session: Session, scope: str, key: str) -> JobKey | None:
    """The record of an Idempotency-Key used by `scope` in the last 24 hours."""
    return session.scalar(
        select(JobKey).where(JobKey.scope == scope, JobKey.key == key, JobKey.created_at > utcnow() - JOB_KEY_TTL)
    )


def remember_job_key(
    session: Session,
    scope: str,
    key: str,
    request_hash: str,
    run: IngestRun,
    status_code: int,
    response: dict[str, Any],
) -> JobKey:
    """Record a key's first answer. Raises IntegrityError when a concurrent request recorded it first."""
    session.execute(delete(JobKey).where(JobKey.created_at <= utcnow() - JOB_KEY_TTL))
    row = JobKey(
        scope=scope, key=key, request_hash=request_hash, run_id=run.id, status_code=status_code, response=response
    )
    session.add(row)
    session.flush()
    return row


# ---- rate limit on job triggers ---------------------------------------------

RATE_SLACK = 1.0  # seconds


def take_rate_token(session: Session, key: str, now: float, interval: float, window: float) -> float:
    """Take one request from `key`'s allowance: 0.0 when allowed, else the seconds to wait.

    The generic cell rate algorithm: a bucket holds one time, `due`, when it is full again.
    A request adds `interval` (window / rate) to it and is allowed while that stays within
    `window` of now, so a full bucket lets `rate` requests through at once. One upsert
    decides, so web processes sharing the database count together and none can race past.
    """
    insert = (postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert)(RateBucket)
    due = case((RateBucket.due > now, RateBucket.due), else_=now) + interval
    # Requests read their clocks before they queue for the row, so a burst reaches it slightly out of
    # order; without slack the last request of a full burst was refused (2 of 3 at 3/minute).
    # Under half an interval, it lets no extra request through at one instant.
    limit = window + min(RATE_SLACK, interval / 2)
    allowed = session.scalar(
        insert.values(key=key, due=now + interval)
        .on_conflict_do_update(index_elements=[RateBucket.key], set_={"due": due}, where=due - now <= limit)
        .returning(RateBucket.due)
    )
    if allowed is not None:
        session.execute(delete(RateBucket).where(RateBucket.due < now))  # full again: the same as no row
        return 0.0
    current = session.scalar(select(RateBucket.due).where(RateBucket.key == key))
    if current is None:  # just deleted as full again by another process
        return 0.001
    return max(current + interval - limit - now, 0.001)
