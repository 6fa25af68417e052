"""WebSub end to end with a subscriber written by others: Flask-WebSub's (PyPI flask-websub).

The service runs as deployed: uvicorn (over TLS: Flask-WebSub sends a secret only to an https hub)
and the scheduler with its leader lock, its queue of ingest runs and the WebSub job. The subscriber
discovers hub and topic from a filtered calendar's Link header, subscribes with a secret, and is
told of a meeting an ingest adds within 5 s; Flask-WebSub passes a notification to its listeners
only when X-Hub-Signature is valid. A subscriber of a topic the ingest did not change hears nothing.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
import trustme
import uvicorn
from flask import Flask
from flask_websub.subscriber import SQLite3SubscriberStorage, SQLite3TempSubscriberStorage, Subscriber, discover
from sqlalchemy import select
from werkzeug.serving import make_server

from db.models import WebSubSubscription
from db.runs import run_by_id
from db.session import Database
from feed import ingest
from feed.config import Settings, SourceConfig, WebSubSettings
from feed.model import RunTrigger
from feed.scheduler import SchedulerService
from feed.sources import sync_sources
from feed.web.app import create_app

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class TLSService:
    """The web app under uvicorn over https on loopback, and the scheduler beside it."""

    def __init__(self, database: Database, folder: Path, ca: trustme.CA, configs: list[SourceConfig]) -> None:
        port = free_port()
        self.url = f"https://127.0.0.1:{port}"
        pem = folder / "server.pem"
        ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(pem))
        self.settings = Settings(
            database.url,
            Path("/nonexistent"),
            None,
            self.url,
            websub=WebSubSettings(allow_private=True, timeout=3.0),
        )
        app = create_app(self.settings, database, version_ttl=0)
        config = uvicorn.Config(
            app, host="127.0.0.1", port=port, log_level="warning", ssl_certfile=str(pem), ssl_keyfile=str(pem)
        )
        self.server = uvicorn.Server(config)
        self.web = threading.Thread(target=self.server.run, daemon=True)
        self.stop = threading.Event()
        self.scheduler = SchedulerService(database, configs, poll_seconds=0.5, settings=self.settings)
        self.background = threading.Thread(target=self.scheduler.run, args=(self.stop,), daemon=True)

    def __enter__(self) -> TLSService:
        self.web.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert time.monotonic() < deadline, "uvicorn did not start in 10 s"
            time.sleep(0.05)
        self.scheduler.claim()
        self.background.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.background.join(30)
        self.server.should_exit = True
        self.web.join(10)


class FlaskSubscriber:
    """Flask-WebSub's subscriber in a Flask app on loopback, recording what its listeners get."""

    def __init__(self, folder: Path) -> None:
        self.port = free_port()
        storage = str(folder / "subscriber.db")
        self.subscriber = Subscriber(SQLite3SubscriberStorage(storage), SQLite3TempSubscriberStorage(storage))
        self.app = Flask("subscriber")
        self.app.config["SERVER_NAME"] = f"127.0.0.1:{self.port}"
        self.app.register_blueprint(self.subscriber.build_blueprint(url_prefix="/callbacks"))
        self.notified: list[tuple[str, bytes, float]] = []  # topic, body, when
        self.subscribed: list[str] = []
        self.errors: list[str] = []
        self.arrived = threading.Event()
        self.subscriber.add_listener(self._notified)
        self.subscriber.add_success_handler(lambda topic, _id, mode: self.subscribed.append(topic))
        self.subscriber.add_error_handler(lambda topic, _id, reason: self.errors.append(f"{topic}: {reason}"))
        self.server = make_server("127.0.0.1", self.port, self.app, threaded=True)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def _notified(self, topic: str, _callback_id: str, body: bytes) -> None:
        self.notified.append((topic, body, time.monotonic()))
        self.arrived.set()

    def subscribe(self, url: str) -> str:
        """Discover hub and topic from `url` (its Link header), subscribe; the topic."""
        with self.app.app_context():
            found = discover(url)
            self.subscriber.subscribe(**found)  # a random secret: AUTO_SET_SECRET, the hub is https
        return str(found["topic_url"])

    def __enter__(self) -> FlaskSubscriber:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.thread.join(10)


def wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())


@pytest.fixture
def ca(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[trustme.CA]:
    authority = trustme.CA()
    bundle = tmp_path / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))  # Flask-WebSub speaks through requests
    yield authority


def test_flask_websub_subscriber_gets_a_signed_calendar_within_5_s(
    database: Database, tmp_path: Path, ca: trustme.CA
) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    shutil.copy(DEMO / "001-shenyang-forum.txt", articles)
    configs = [SourceConfig(key="news", name="News", kind="files", path=articles, every=None, cron="0 0 1 1 *")]
    with database.begin() as session:
        sync_sources(session, configs)
    ingest.ingest_now(database, "news", RunTrigger.CLI)

    with TLSService(database, tmp_path, ca, configs) as service, FlaskSubscriber(tmp_path) as subscriber:
        kunming = subscriber.subscribe(service.url + "/feeds/events.ics?city=Kunming&script=hans")
        shenyang = subscriber.subscribe(service.url + "/feeds/events.ics?city=Shenyang")
        assert kunming == service.url + "/feeds/events.ics?city=Kunming&script=hans"
        assert wait_for(lambda: len(subscriber.subscribed) == 2, 10), subscriber.errors
        assert subscriber.notified == []

        def stored_secrets() -> list[str | None]:
            with database.begin() as session:  # the hub stores a subscription once its challenge is answered
                return list(session.scalars(select(WebSubSubscription.secret)))

        assert wait_for(lambda: len(stored_secrets()) == 2, 10), stored_secrets()
        assert all(stored_secrets())  # Flask-WebSub sent a secret: it checks every notification's signature

        shutil.copy(DEMO / "002-kunming-expo.txt", articles)  # a meeting in Kunming
        run_id = ingest.queue(database, "news", RunTrigger.API)  # run by the scheduler's queue
        queued = time.monotonic()
        assert subscriber.arrived.wait(10), "no notification"
        topic, body, when = subscriber.notified[0]
        assert when - queued < 5.0, f"notified {when - queued:.1f} s after the ingest was queued"
        assert topic == kunming
        assert "第七届中国—南亚博览会".encode() in body and b"BEGIN:VCALENDAR" in body
        with database.begin() as session:
            assert run_by_id(session, run_id).status == "succeeded"  # type: ignore[union-attr]
        time.sleep(1.5)  # the Shenyang calendar did not change: nothing more comes
        assert [t for t, _, _ in subscriber.notified] == [kunming]
        assert b"BEGIN:VEVENT" in requests.get(shenyang, timeout=5).content  # not an empty calendar
