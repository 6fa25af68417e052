"""The WebSub job: verify intent, notice changed topics, deliver them, ping outside hubs.

The scheduler runs `WebSubWorker.run_once` every second, in the active scheduler only (the same
leader lock as ingest runs); requests and due deliveries are rows that are claimed, so two
processes never send the same one. A topic's body is rendered by the web app in this process
(`TopicRenderer`) exactly as a GET would get it, and compared by its SHA-256 with the body each
subscriber last got: subscribers of topics whose output did not change hear nothing.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import threading
from collections.abc import Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import timedelta
from typing import Any
from urllib.parse import urlencode, urlsplit

from db.feed_queries import feed_data_version
from db.models import WebSubRequest, WebSubSubscription, utcnow
from db.session import Database
from db.websub import (
    claim_due,
    expire_subscriptions,
    subscribed_topics,
    subscription_by_id,
    subscription_for,
    subscriptions_to,
    take_requests,
)
from feed.config import Settings
from feed.websub.callbacks import Answer, CallbackError, call, signature
from feed.websub.topics import Topic, internal_get, topic_path

__all__ = ["HUB_PATH", "MAIN_TOPICS", "TopicRenderer", "WebSubWorker"]

log = logging.getLogger(__name__)

HUB_PATH = "/websub"
# what outside hubs are told of (their subscribers' filtered topics are not known here)
MAIN_TOPICS = (
    "/feeds/articles.atom",
    "/feeds/articles.rss",
    "/feeds/articles.json",
    "/feeds/events.atom",
    "/feeds/events.rss",
    "/feeds/events.ics",
)
MAX_BACKOFF = timedelta(days=1)
CONCURRENT_DELIVERIES = 4


class TopicRenderer:
    """Topics rendered by a web app of this process's own (its render cache spares repeated renders)."""

    def __init__(self, settings: Settings, database: Database) -> None:
        from feed.web.app import FeedApp, create_app

        app = create_app(settings, database, version_ttl=0)
        assert isinstance(app, FeedApp)
        self.app = app
        self.base_url = settings.base_url
        self.host = urlsplit(settings.base_url).netloc
        self._lock = threading.Lock()  # the render cache shares a render between callers of one event loop only

    def token(self) -> str:
        """The data version and today's dates: what every rendered body depends on."""
        with self.app.state.database.begin() as session:
            version = feed_data_version(session)
        return str(self.app.state.today.version(version).token)

    def render(self, topics: Mapping[str, str]) -> dict[str, Topic]:
        """{key: its topic's answer} for {key: topic URL}."""

        async def all_of() -> dict[str, Topic]:
            rendered = {}
            for key, url in topics.items():
                path, query = topic_path(url, self.base_url)
                rendered[key] = await internal_get(self.app.routed, self.host, path, query)
            return rendered

        if not topics:
            return {}
        with self._lock:
            return asyncio.run(all_of())


@dataclass(frozen=True)
class _Due:
    id: int
    topic: str
    topic_key: str
    callback: str
    secret: str | None
    attempts: int


class WebSubWorker:
    def __init__(self, database: Database, settings: Settings, renderer: TopicRenderer | None = None) -> None:
        self.database = database
        self.settings = settings
        self.options = settings.websub
        self.renderer = renderer or TopicRenderer(settings, database)
        self.hub_url = settings.base_url + HUB_PATH
        self.seen_token: str | None = None
        self.published: dict[str, str] = {}  # main topic URL -> the hash outside hubs were last told of

    def run_once(self) -> None:
        self.verify_requests()
        with self.database.begin() as session:
            if expired := expire_subscriptions(session, utcnow()):
                log.info("websub: %d subscription(s) expired", expired)
        self.notice_changes()
        self.deliver_due()

    # ---- verification of intent (WebSub §5.3) ----

    def verify_requests(self) -> int:
        with self.database.begin() as session:
            requests = take_requests(session)
        if requests:
            with ThreadPoolExecutor(CONCURRENT_DELIVERIES, thread_name_prefix="websub-verify") as pool:
                list(pool.map(self._verify, requests))
        return len(requests)

    def _verify(self, request: WebSubRequest) -> None:
        challenge = secrets.token_urlsafe(24)
        params = {"hub.mode": request.mode, "hub.topic": request.topic, "hub.challenge": challenge}
        if request.mode == "subscribe":
            params["hub.lease_seconds"] = str(request.lease_seconds)
        try:
            answer = self._call("GET", request.callback, params=params)
        except CallbackError as exc:
            log.info("websub: %s of %s not verified: %s", request.mode, request.topic, exc)
            return
        if not answer.ok or answer.body.strip() != challenge.encode():
            log.info(
                "websub: %s of %s not verified: the callback answered HTTP %d %s",
                request.mode,
                request.topic,
                answer.status,
                "with the challenge" if answer.body.strip() == challenge.encode() else "without the challenge",
            )
            return
        now = utcnow()
        with self.database.begin() as session:
            subscription = subscription_for(session, request.topic_key, request.callback)
            if request.mode == "unsubscribe":
                if subscription is not None:
                    session.delete(subscription)
                log.info("websub: unsubscribed callback_host=%s topic=%s", request.callback_host, request.topic)
                return
            if subscription is None:
                subscription = WebSubSubscription(
                    topic_key=request.topic_key, callback=request.callback, attempts=0, created_at=now
                )
                session.add(subscription)
            subscription.topic, subscription.callback_host = request.topic, request.callback_host
            subscription.secret, subscription.lease_seconds = request.secret, request.lease_seconds
            subscription.expires_at, subscription.verified_at = now + timedelta(seconds=request.lease_seconds), now
            session.flush()
            subscription_id, baseline = subscription.id, subscription.content_hash
        if baseline is None:  # the body the subscriber can fetch now: changes are counted from it
            topic = self.renderer.render({request.topic_key: request.topic})[request.topic_key]
            with self.database.begin() as session:
                stored = subscription_by_id(session, subscription_id)
                if stored is not None and stored.content_hash is None:
                    stored.content_hash = topic.content_hash
        log.info(
            "websub: subscribed callback_host=%s topic=%s lease_seconds=%d",
            request.callback_host,
            request.topic,
            request.lease_seconds,
        )

    # ---- content distribution (WebSub §7) ----

    def notice_changes(self) -> int:
        """After a change of data: the subscriptions whose topic's body changed are due. How many."""
        token = self.renderer.token()
        if token == self.seen_token:
            return 0
        with self.database.begin() as session:
            topics = subscribed_topics(session)
        rendered = self.renderer.render(topics)
        due, now = 0, utcnow()
        with self.database.begin() as session:
            for key, topic in rendered.items():
                if topic.status != 200:
                    log.warning("websub: topic %s answers HTTP %d: %s", topics[key], topic.status, topic.error())
                    continue
                for subscription in subscriptions_to(session, key):
                    if subscription.content_hash != topic.content_hash:
                        subscription.content_hash = topic.content_hash
                        subscription.due_at, subscription.attempts = now, 0
                        due += 1
        self.publish_to_hubs()
        self.seen_token = token
        if due:
            log.info("websub: %d delivery(ies) due after a change of data", due)
        return due

    def deliver_due(self) -> int:
        now = utcnow()
        hold = now + timedelta(seconds=2 * self.options.timeout + 30)  # a crashed sender's claim runs out
        with self.database.begin() as session:
            due = [
                _Due(s.id, s.topic, s.topic_key, s.callback, s.secret, s.attempts)
                for s in claim_due(session, now, hold)
            ]
        if not due:
            return 0
        rendered = self.renderer.render({d.topic_key: d.topic for d in due})
        with ThreadPoolExecutor(CONCURRENT_DELIVERIES, thread_name_prefix="websub") as pool:
            outcomes = list(pool.map(lambda d: self._deliver(d, rendered[d.topic_key]), due))
        with self.database.begin() as session:
            for item, (answer, error) in zip(due, outcomes, strict=True):
                self._record(session, item, rendered[item.topic_key], answer, error)
        return len(due)

    def _deliver(self, item: _Due, topic: Topic) -> tuple[Answer | None, str | None]:
        if topic.status != 200:
            return None, f"the topic answers HTTP {topic.status}: {topic.error()}"
        headers = {
            "Content-Type": topic.content_type,
            "Link": f'<{self.hub_url}>; rel="hub", <{item.topic}>; rel="self"',
        }
        if item.secret:
            headers["X-Hub-Signature"] = signature(item.secret, topic.body)
        try:
            answer = self._call("POST", item.callback, content=topic.body, headers=headers)
        except CallbackError as exc:
            return None, str(exc)
        return answer, None if answer.ok else f"the callback answered HTTP {answer.status}"

    def _record(self, session: Any, item: _Due, topic: Topic, answer: Answer | None, error: str | None) -> None:
        subscription = subscription_by_id(session, item.id)
        if subscription is None:
            return
        now = utcnow()
        host = urlsplit(item.callback).hostname
        if error is None:
            subscription.due_at, subscription.attempts, subscription.last_error = None, 0, None
            subscription.delivered_at, subscription.content_hash = now, topic.content_hash
            log.info("websub: delivered callback_host=%s topic=%s bytes=%d", host, item.topic, len(topic.body))
            return
        if answer is not None and answer.status == 410:  # the subscriber is gone for good
            session.delete(subscription)
            log.info("websub: callback_host=%s answered 410 Gone: subscription removed", host)
            return
        subscription.attempts = attempts = item.attempts + 1
        if attempts >= self.options.max_attempts:
            subscription.due_at = None
            subscription.last_error = f"{error}; gave up after {attempts} attempts"
        else:
            delay = timedelta(seconds=self.options.retry_seconds * 2 ** (attempts - 1))
            subscription.due_at = now + min(delay, MAX_BACKOFF)
            subscription.last_error = error
        log.warning("websub: delivery to callback_host=%s failed (attempt %d): %s", host, attempts, error)

    # ---- outside hubs ----

    def publish_to_hubs(self) -> int:
        """Tell each outside hub of the main topics whose body changed (hub.mode=publish). How many pings."""
        if not self.options.hubs:
            return 0
        topics = {path: self.settings.base_url + path for path in MAIN_TOPICS}
        changed = []
        for path, topic in self.renderer.render(topics).items():
            url = topics[path]
            if topic.status == 200 and self.published.get(url) != topic.content_hash:
                if url in self.published:  # the first look only sets the baseline
                    changed.append(url)
                self.published[url] = topic.content_hash
        sent = 0
        for hub in self.options.hubs:
            for url in changed:
                try:
                    answer = self._call(
                        "POST",
                        hub,
                        # publishing is up to each hub: PubSubHubbub 0.3 reads hub.url, Flask-WebSub hub.topic
                        content=urlencode({"hub.mode": "publish", "hub.topic": url, "hub.url": url}).encode(),
                        headers={"Content-Type": "application/x-www-form-urlencoded"},
                    )
                except CallbackError as exc:
                    log.warning("websub: publish ping to %s failed: %s", hub, exc)
                    continue
                sent += 1
                if not answer.ok:
                    log.warning("websub: publish ping to %s for %s: HTTP %d", hub, url, answer.status)
        return sent

    def _call(self, method: str, url: str, **kwargs: Any) -> Answer:
        return call(method, url, timeout=self.options.timeout, allow_private=self.options.allow_private, **kwargs)
