"""Test kit for WebSub end to end: the service as deployed (uvicorn over TLS, the scheduler beside it)
and Flask-WebSub's subscriber (PyPI flask-websub), both on loopback. Never any other address."""

from __future__ import annotations

import shutil
import ssl
import threading
import time
from pathlib import Path
from typing import Self

import pytest
import trustme
import uvicorn
from flask import Flask
from flask_websub.subscriber import SQLite3SubscriberStorage, SQLite3TempSubscriberStorage, Subscriber, discover
from werkzeug.serving import make_server

from db.session import Database
from feed import ingest
from feed.config import Settings, SourceConfig, WebSubSettings
from feed.model import RunTrigger
from feed.scheduler import SchedulerService
from feed.sources import sync_sources
from feed.web.app import create_app
from tests.service import free_port

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"


def demo_source_ingested(database: Database, folder: Path) -> list[SourceConfig]:
    """A files source holding the demo's Shenyang article, ingested once; its configs for the service."""
    articles = folder / "articles"
    articles.mkdir()
    shutil.copy(DEMO / "001-shenyang-forum.txt", articles)
    configs = [SourceConfig(key="news", name="News", kind="files", path=articles, every=None, cron="0 0 1 1 *")]
    with database.begin() as session:
        sync_sources(session, configs)
    ingest.ingest_now(database, "news", RunTrigger.CLI)
    return configs


def trusted_ca(monkeypatch: pytest.MonkeyPatch, folder: Path) -> trustme.CA:
    """A certificate authority that Flask-WebSub trusts (it speaks through requests)."""
    authority = trustme.CA()
    bundle = folder / "ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    return authority


class TLSService:
    """The web app under uvicorn over https on loopback, and the scheduler beside it; `hubs` are
    FEED_WEBSUB_HUBS."""

    def __init__(
        self,
        database: Database,
        folder: Path,
        ca: trustme.CA,
        configs: list[SourceConfig],
        hubs: tuple[str, ...] = (),
    ) -> None:
        port = free_port()
        self.url = f"https://127.0.0.1:{port}"
        pem = folder / "server.pem"
        ca.issue_cert("127.0.0.1").private_key_and_cert_chain_pem.write_to_path(str(pem))
        self.settings = Settings(
            database.url,
            Path("/nonexistent"),
            None,
            self.url,
            websub=WebSubSettings(allow_private=True, timeout=3.0, hubs=hubs),
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


class FlaskOnLoopback:
    """A Flask app served by werkzeug in a thread on loopback, for the time of a `with` block."""

    def serve(self, app: Flask, port: int, ssl_context: ssl.SSLContext | None = None) -> None:
        self.server = make_server("127.0.0.1", port, app, threaded=True, ssl_context=ssl_context)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.thread.join(10)


class FlaskSubscriber(FlaskOnLoopback):
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
        self.serve(self.app, self.port)

    def _notified(self, topic: str, _callback_id: str, body: bytes) -> None:
        self.notified.append((topic, body, time.monotonic()))
        self.arrived.set()

    def subscribe(self, url: str, hub: str | None = None) -> str:
        """Discover hub and topic from `url` (its Link header), subscribe at that hub or at `hub`; the topic."""
        with self.app.app_context():
            found = discover(url)
            if hub is not None:
                found["hub_url"] = hub
            self.subscriber.subscribe(**found)  # a random secret: AUTO_SET_SECRET, the hub is https
        return str(found["topic_url"])


def wait_for(condition, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.05)
    return bool(condition())
