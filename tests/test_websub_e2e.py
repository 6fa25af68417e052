"""WebSub end to end with a subscriber written by others: Flask-WebSub's (PyPI flask-websub).

The service runs as deployed: uvicorn (over TLS: Flask-WebSub sends a secret only to an https hub)
and the scheduler with its leader lock, its queue of ingest runs and the WebSub job. The subscriber
discovers hub and topic from a filtered calendar's Link header, subscribes with a secret, and is
told of a meeting an ingest adds within 5 s; Flask-WebSub passes a notification to its listeners
only when X-Hub-Signature is valid. A subscriber of a topic the ingest did not change hears nothing.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from db.models import WebSubSubscription
from db.runs import run_by_id
from db.session import Database
from feed import ingest
from feed.model import RunTrigger
from tests.websubkit import DEMO, FlaskSubscriber, TLSService, demo_source_ingested, trusted_ca, wait_for


def test_flask_websub_subscriber_gets_a_signed_calendar_within_5_s(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ca = trusted_ca(monkeypatch, tmp_path)
    configs = demo_source_ingested(database, tmp_path)

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

        shutil.copy(DEMO / "002-kunming-expo.txt", configs[0].path)  # a meeting in Kunming
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
