"""WebSub hub storage: subscription requests awaiting verification, and verified subscriptions."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, delete, func, not_, select
from sqlalchemy.orm import Session

from db.models import WebSubRequest, WebSubSubscription


def add_request(session: Session, request: WebSubRequest) -> WebSubRequest:
    """Keep `request`, in place of any earlier one for the same topic and callback (the latest wins)."""
    session.execute(
        delete(WebSubRequest).where(
            WebSubRequest.topic_key == request.topic_key, WebSubRequest.callback == request.callback
        )
    )
    session.add(request)
    session.flush()
    return request


def take_requests(session: Session, limit: int = 20) -> list[WebSubRequest]:
    """The oldest requests, removed from the table (rows another process holds are skipped)."""
    query = select(WebSubRequest).order_by(WebSubRequest.id).limit(limit)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    taken = list(session.scalars(query))
    for request in taken:
        session.delete(request)
    session.flush()
    return taken


def subscription_for(session: Session, topic_key: str, callback: str) -> WebSubSubscription | None:
    return session.scalar(
        select(WebSubSubscription).where(
            WebSubSubscription.topic_key == topic_key, WebSubSubscription.callback == callback
        )
    )


def count_for_topic(session: Session, topic_key: str, other_than: str) -> int:
    """Subscriptions and pending subscribe requests to a topic, from callbacks other than `other_than`."""
    subscriptions = select(func.count()).where(
        WebSubSubscription.topic_key == topic_key, WebSubSubscription.callback != other_than
    )
    requests = select(func.count()).where(
        WebSubRequest.mode == "subscribe", WebSubRequest.topic_key == topic_key, WebSubRequest.callback != other_than
    )
    return int(session.scalar(subscriptions) or 0) + int(session.scalar(requests) or 0)


def count_for_host(session: Session, host: str, topic_key: str, callback: str) -> int:
    """Subscriptions and pending subscribe requests with callbacks on `host`, other than this one."""
    same = and_(WebSubSubscription.topic_key == topic_key, WebSubSubscription.callback == callback)
    subscriptions = select(func.count()).where(WebSubSubscription.callback_host == host, not_(same))
    pending_same = and_(WebSubRequest.topic_key == topic_key, WebSubRequest.callback == callback)
    requests = select(func.count()).where(
        WebSubRequest.mode == "subscribe", WebSubRequest.callback_host == host, not_(pending_same)
    )
    return int(session.scalar(subscriptions) or 0) + int(session.scalar(requests) or 0)


def subscribed_topics(session: Session) -> dict[str, str]:
    """{topic key: a topic URL as given} of every subscription."""
    rows = session.execute(
        select(WebSubSubscription.topic_key, func.min(WebSubSubscription.topic)).group_by(WebSubSubscription.topic_key)
    )
    return {key: topic for key, topic in rows}


def subscriptions_to(session: Session, topic_key: str) -> list[WebSubSubscription]:
    return list(
        session.scalars(
            select(WebSubSubscription).where(WebSubSubscription.topic_key == topic_key).order_by(WebSubSubscription.id)
        )
    )


def claim_due(session: Session, now: datetime, hold_until: datetime, limit: int = 50) -> list[WebSubSubscription]:
    """Subscriptions with a delivery due by `now`, held (due again at `hold_until`) while they are sent."""
    query = (
        select(WebSubSubscription)
        .where(WebSubSubscription.due_at <= now, WebSubSubscription.expires_at > now)
        .order_by(WebSubSubscription.due_at, WebSubSubscription.id)
        .limit(limit)
    )
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    claimed = list(session.scalars(query))
    for subscription in claimed:
        subscription.due_at = hold_until
    session.flush()
    return claimed


def subscription_by_id(session: Session, subscription_id: int) -> WebSubSubscription | None:
    return session.get(WebSubSubscription, subscription_id)


def expire_subscriptions(session: Session, now: datetime) -> int:
    """Remove subscriptions whose lease ran out; how many."""
    result = session.execute(delete(WebSubSubscription).where(WebSubSubscription.expires_at <= now))
    return int(getattr(result, "rowcount", 0) or 0)
