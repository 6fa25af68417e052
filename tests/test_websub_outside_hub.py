"""WebSub end to end through an outside hub written by others: Flask-WebSub's (PyPI flask-websub).

The service runs as in tests/test_websub_e2e.py, with FEED_WEBSUB_HUBS naming a Flask-WebSub hub
served over https on loopback. Flask-WebSub's subscriber subscribes at that hub, with a secret, to
the service's unfiltered calendar; an ingest adds a meeting; the service pings the hub
(hub.mode=publish), the hub fetches the calendar and posts it to the subscriber, signed, within 5 s.

Flask-WebSub's hub runs its work as Celery tasks: here eagerly, in the request that asks for it
(`task_always_eager`), so no broker or worker is needed and the hub answers the service's ping
only once it has delivered.
"""

from __future__ import annotations

import shutil
import ssl
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import requests
import trustme
from celery import Celery
from flask import Flask, request
from flask_websub.hub import Hub, SQLite3HubStorage

import feed.scheduler
from db.session import Database
from feed import ingest
from feed.fetch import close_http_client
from feed.model import RunTrigger
from tests.service import free_port
from tests.websubkit import (
    DEMO,
    FlaskOnLoopback,
    FlaskSubscriber,
    TLSService,
    demo_source_ingested,
    trusted_ca,
    wait_for,
)


class FlaskHub(FlaskOnLoopback):
    """Flask-WebSub's hub (SQLite storage, publish pings accepted) in a Flask app over https on loopback."""

    def __init__(self, folder: Path, ca: trustme.CA) -> None:
        port = free_port()
        self.url = f"https://127.0.0.1:{port}/hub"
        tasks = Celery("outside-hub", broker="memory://")
        tasks.conf.update(task_always_eager=True, task_eager_propagates=True)
        self.hub = Hub(SQLite3HubStorage(str(folder / "hub.db")), tasks, REQUEST_TIMEOUT=3)
        self.app = Flask("hub")
        self.app.config["PUBLISH_SUPPORTED"] = True
        self.app.register_blueprint(self.hub.build_blueprint(url_prefix="/hub"))
        self.pings: list[dict[str, str]] = []
        self.app.before_request(self._record)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ca.issue_cert("127.0.0.1").configure_cert(context)
        self.serve(self.app, port, context)

    def _record(self) -> None:
        if request.form.get("hub.mode") == "publish":
            self.pings.append(dict(request.form))

    def subscriptions(self, topic: str) -> list[tuple[str, str | None]]:
        """(callback, secret) of each subscription to `topic` the hub stored."""
        return [(callback, secret) for callback, secret in self.hub.storage.get_callbacks(topic)]


def service_trusts(ca: trustme.CA, monkeypatch: pytest.MonkeyPatch) -> None:
    """The service's HTTP client trusts `ca` too (it reads no SSL_CERT_FILE: trust_env=False)."""
    create = httpx.create_ssl_context

    def trusting(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        context = create(*args, **kwargs)
        ca.configure_trust(context)
        return context

    monkeypatch.setattr(httpx, "create_ssl_context", trusting)
    close_http_client()  # the next request makes the client, with that context


def test_flask_websub_hub_pinged_by_the_service_delivers_a_signed_calendar_within_5_s(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = trusted_ca(monkeypatch, tmp_path)
    service_trusts(ca, monkeypatch)
    configs = demo_source_ingested(database, tmp_path)

    with (
        FlaskHub(tmp_path, ca) as hub,
        TLSService(database, tmp_path, ca, configs, hubs=(hub.url,)) as service,
        FlaskSubscriber(tmp_path) as subscriber,
    ):
        calendar = service.url + "/feeds/events.ics"
        assert f'<{hub.url}>; rel="hub"' in requests.get(calendar, timeout=5).headers["Link"]
        topic = subscriber.subscribe(calendar, hub=hub.url)
        assert topic == calendar
        assert wait_for(lambda: hub.subscriptions(topic), 10), subscriber.errors
        assert all(secret for _, secret in hub.subscriptions(topic))  # so the hub signs what it delivers

        def first_look_taken() -> bool:  # by this service's WebSub job: outside hubs are told of changes from it
            worker = feed.scheduler._websub
            return worker is not None and worker.settings is service.settings and worker.seen_token is not None

        assert wait_for(first_look_taken, 10)
        assert hub.pings == [] and subscriber.notified == []

        shutil.copy(DEMO / "002-kunming-expo.txt", configs[0].path)  # a meeting in Kunming
        ingest.queue(database, "news", RunTrigger.API)  # run by the scheduler's queue
        queued = time.monotonic()
        assert subscriber.arrived.wait(10), f"no notification; the hub was pinged with {hub.pings}"
        topic, body, when = subscriber.notified[0]
        assert when - queued < 5.0, f"notified {when - queued:.1f} s after the ingest was queued"
        assert topic == calendar
        assert "第七届中国—南亚博览会".encode() in body and b"BEGIN:VCALENDAR" in body
        assert {"hub.mode": "publish", "hub.topic": calendar, "hub.url": calendar} in hub.pings
