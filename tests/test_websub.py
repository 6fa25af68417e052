"""WebSub: hub and self links on every feed and calendar, the hub at POST /websub, verification of
intent, delivery of changed topics (signed, retried), leases, and pings to outside hubs.

The subscriber here is a plain http.server on loopback (tests/test_websub_e2e.py uses a real one
written by others); the hub's job runs by hand (`WebSubWorker.run_once`), as the scheduler runs it.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import select
from starlette.testclient import TestClient

from db.models import WebSubRequest, WebSubSubscription, utcnow
from db.session import Database
from feed.config import ConfigError, Settings, WebSubSettings
from feed.web.app import create_app
from feed.websub import WebSubWorker, signature
from tests.test_web_support import BASE_URL, EXPO, EXPO_ARTICLE, FORUM, FORUM_ARTICLE, add

HUB = BASE_URL + "/websub"
ATOM = "{http://www.w3.org/2005/Atom}"
SHENYANG = BASE_URL + "/feeds/events.ics?city=Shenyang"
KUNMING = BASE_URL + "/feeds/events.ics?city=Kunming"


# ---- advertising -------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/feeds/articles.atom",
        "/feeds/articles.rss",
        "/feeds/articles.json",
        "/feeds/events.atom",
        "/feeds/events.rss?city=Shenyang",
        "/feeds/events.ics?city=Shenyang&script=hans",
    ],
)
def test_every_feed_and_calendar_sends_hub_and_self_links(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    link = response.headers["link"]
    assert f'<{HUB}>; rel="hub"' in link
    self_url = BASE_URL + path  # already canonical
    assert f'<{self_url}>; rel="self"' in link
    assert "Link" in response.headers["access-control-expose-headers"]
    again = client.get(path, headers={"If-None-Match": response.headers["etag"]})
    assert again.status_code == 304 and again.headers["link"] == link


def test_self_link_is_the_canonical_topic(client: TestClient) -> None:
    link = client.get("/feeds/events.ics?script=hans&city=Shenyang").headers["link"]
    assert f'<{BASE_URL}/feeds/events.ics?city=Shenyang&script=hans>; rel="self"' in link


def test_one_event_calendar_advertises_the_hub(client: TestClient) -> None:
    uid = client.get("/api/events").json()["events"][0]["uid"]
    response = client.get(f"/events/{uid}.ics")
    assert f'<{HUB}>; rel="hub"' in response.headers["link"]


def test_the_documents_carry_the_hub_where_the_format_allows(client: TestClient) -> None:
    atom = ET.fromstring(client.get("/feeds/articles.atom").content)
    rels = {link.get("rel"): link.get("href") for link in atom.findall(f"{ATOM}link")}
    assert rels["hub"] == HUB and rels["self"] == BASE_URL + "/feeds/articles.atom"
    rss = ET.fromstring(client.get("/feeds/events.rss").content)
    hubs = [link.get("href") for link in rss.iter(f"{ATOM}link") if link.get("rel") == "hub"]
    assert hubs == [HUB]
    document = json.loads(client.get("/feeds/articles.json").content)
    assert document["hubs"] == [{"type": "WebSub", "url": HUB}]
    assert document["feed_url"] == BASE_URL + "/feeds/articles.json"


# ---- settings ------------------------------------------------------------------


def test_websub_settings_from_the_environment() -> None:
    settings = WebSubSettings.from_env(
        {
            "FEED_WEBSUB_LEASE_SECONDS": "7200",
            "FEED_WEBSUB_LEASE_MIN": "600",
            "FEED_WEBSUB_LEASE_MAX": "86400",
            "FEED_WEBSUB_MAX_PER_TOPIC": "3",
            "FEED_WEBSUB_HUBS": "https://hub.example.net/, https://pubsubhubbub.example.com/",
            "FEED_WEBSUB_ALLOW_PRIVATE": "1",
        }
    )
    assert (settings.lease_default, settings.lease_min, settings.lease_max) == (7200, 600, 86400)
    assert settings.lease(None) == 7200 and settings.lease(5) == 600 and settings.lease(10**9) == 86400
    assert settings.max_per_topic == 3 and settings.allow_private
    assert settings.hubs == ("https://hub.example.net/", "https://pubsubhubbub.example.com/")
    assert WebSubSettings.from_env({}) == WebSubSettings()
    for bad in (
        {"FEED_WEBSUB_LEASE_SECONDS": "10"},
        {"FEED_WEBSUB_MAX_PER_HOST": "0"},
        {"FEED_WEBSUB_HUBS": "ftp://hub.example.net/"},
        {"FEED_WEBSUB_TIMEOUT": "soon"},
    ):
        with pytest.raises(ConfigError):
            WebSubSettings.from_env(bad)


# ---- a subscriber -------------------------------------------------------------


@dataclass
class Subscriber:
    """Callbacks on loopback: confirms intent (or not) and records what the hub sends."""

    url: str = ""
    confirm: bool = True
    statuses: list[int] = field(default_factory=list)  # answers to the next deliveries; then 200
    verifications: list[dict[str, str]] = field(default_factory=list)
    deliveries: list[tuple[str, dict[str, str], bytes]] = field(default_factory=list)
    delivered: threading.Event = field(default_factory=threading.Event)

    def callback(self, name: str) -> str:
        return f"{self.url}/{name}?kept=1"

    def to(self, name: str) -> list[tuple[dict[str, str], bytes]]:
        return [(headers, body) for path, headers, body in self.deliveries if path == name]


@contextmanager
def serve_subscriber() -> Iterator[Subscriber]:
    subscriber = Subscriber()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            query = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
            subscriber.verifications.append(query)
            body = query.get("hub.challenge", "").encode() if subscriber.confirm else b"no"
            self.send_response(200 if subscriber.confirm else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers["Content-Length"]))
            status = subscriber.statuses.pop(0) if subscriber.statuses else 200
            path = urlsplit(self.path).path.strip("/")
            subscriber.deliveries.append((path, {k.lower(): v for k, v in self.headers.items()}, body))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            subscriber.delivered.set()

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    subscriber.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield subscriber
    finally:
        server.shutdown()
        server.server_close()


def hub_settings(database: Database, **websub: object) -> Settings:
    options = replace(WebSubSettings(allow_private=True, retry_seconds=1.0), **websub)  # type: ignore[arg-type]
    return Settings(database.url, Path("/nonexistent"), None, BASE_URL, websub=options)


@contextmanager
def hub_client(database: Database, **websub: object) -> Iterator[tuple[TestClient, WebSubWorker]]:
    settings = hub_settings(database, **websub)
    with TestClient(create_app(settings, database, version_ttl=0), base_url=BASE_URL) as test_client:
        yield test_client, WebSubWorker(database, settings)


def subscribe(client: TestClient, topic: str, callback: str, **extra: str) -> tuple[int, str]:
    form = {"hub.mode": "subscribe", "hub.topic": topic, "hub.callback": callback} | {
        f"hub.{k}": v for k, v in extra.items()
    }
    response = client.post("/websub", data=form)
    return response.status_code, response.text


def subscriptions(database: Database) -> list[WebSubSubscription]:
    with database.begin() as session:
        return list(session.scalars(select(WebSubSubscription).order_by(WebSubSubscription.id)))


# ---- the hub endpoint ----------------------------------------------------------


def test_requests_the_hub_refuses_say_why(database: Database) -> None:
    with hub_client(database, allow_private=False) as (client, _):
        cases = [
            ({"hub.mode": "follow", "hub.topic": SHENYANG, "hub.callback": "https://sub.example.net/cb"}, "hub.mode"),
            ({"hub.mode": "subscribe", "hub.topic": SHENYANG}, "required"),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": "https://elsewhere.example/feed",
                    "hub.callback": "https://sub.example.net/cb",
                },
                "of this service",
            ),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": BASE_URL + "/api/events",
                    "hub.callback": "https://sub.example.net/cb",
                },
                "feed or calendar",
            ),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": BASE_URL + "/feeds/events.ics?colour=red",
                    "hub.callback": "https://sub.example.net/cb",
                },
                "unknown query parameter",
            ),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": BASE_URL + "/feeds/events.ics?from=June",
                    "hub.callback": "https://sub.example.net/cb",
                },
                "from must be a date",
            ),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": BASE_URL + "/feeds/articles.xml",
                    "hub.callback": "https://sub.example.net/cb",
                },
                "no article feed",
            ),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": BASE_URL + "/events/nope.ics",
                    "hub.callback": "https://sub.example.net/cb",
                },
                "no event",
            ),
            ({"hub.mode": "subscribe", "hub.topic": SHENYANG, "hub.callback": "http://127.0.0.1:9/cb"}, "loopback"),
            ({"hub.mode": "subscribe", "hub.topic": SHENYANG, "hub.callback": "http://10.1.2.3/cb"}, "private"),
            ({"hub.mode": "subscribe", "hub.topic": SHENYANG, "hub.callback": "ftp://sub.example.net/cb"}, "http"),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": SHENYANG,
                    "hub.callback": "https://sub.example.net/cb",
                    "hub.lease_seconds": "-5",
                },
                "lease_seconds",
            ),
            (
                {
                    "hub.mode": "subscribe",
                    "hub.topic": SHENYANG,
                    "hub.callback": "https://sub.example.net/cb",
                    "hub.secret": "s" * 200,
                },
                "200 bytes",
            ),
            ({"hub.mode": "publish", "hub.url": SHENYANG}, "publishes only"),
        ]
        for form, reason in cases:
            response = client.post("/websub", data=form)
            assert response.status_code == 400, (form, response.text)
            assert reason in response.text, (form, response.text)
        assert client.post("/websub", json={"hub.mode": "subscribe"}).status_code == 415
        with database.begin() as session:
            assert session.scalar(select(WebSubRequest)) is None


def test_a_valid_request_is_accepted_and_kept_for_verification(database: Database) -> None:
    with hub_client(database, allow_private=False, lease_max=7200) as (client, _):
        status, text = subscribe(
            client,
            BASE_URL + "/feeds/events.ics?script=hans&city=Shenyang",
            "https://sub.example.net/cb",
            lease_seconds="999999",
            secret="s3cret",
        )
        assert status == 202, text
    with database.begin() as session:
        request = session.scalars(select(WebSubRequest)).one()
        assert request.topic == BASE_URL + "/feeds/events.ics?script=hans&city=Shenyang"
        assert request.topic_key == BASE_URL + "/feeds/events.ics?city=Shenyang&script=hans"
        assert (request.callback_host, request.secret, request.lease_seconds) == ("sub.example.net", "s3cret", 7200)


def test_caps_per_topic_and_per_callback_host(database: Database) -> None:
    with hub_client(database, allow_private=False, max_per_topic=2, max_per_host=3) as (client, _):
        assert subscribe(client, SHENYANG, "https://a.example.net/1")[0] == 202
        assert subscribe(client, SHENYANG, "https://b.example.net/1")[0] == 202
        status, text = subscribe(client, SHENYANG, "https://c.example.net/1")
        assert status == 429 and "this topic" in text
        assert subscribe(client, SHENYANG, "https://a.example.net/1")[0] == 202  # a renewal is no new one
        assert subscribe(client, KUNMING, "https://a.example.net/2")[0] == 202
        assert subscribe(client, BASE_URL + "/feeds/articles.atom", "https://a.example.net/3")[0] == 202
        status, text = subscribe(client, BASE_URL + "/feeds/articles.rss", "https://a.example.net/4")
        assert status == 429 and "a.example.net" in text


# ---- verification, delivery, leases ----------------------------------------------


def test_subscribe_verify_deliver_on_change_only_to_affected_topics(database: Database) -> None:
    add(database, "lnd", FORUM_ARTICLE, [FORUM])
    with serve_subscriber() as subscriber, hub_client(database) as (client, worker):
        assert (
            subscribe(client, KUNMING, subscriber.callback("kunming"), secret="k-secret", lease_seconds="4000")[0]
            == 202
        )
        assert subscribe(client, SHENYANG, subscriber.callback("shenyang"))[0] == 202
        worker.run_once()
        assert [v["hub.mode"] for v in subscriber.verifications] == ["subscribe", "subscribe"]
        [first] = [v for v in subscriber.verifications if v["hub.topic"] == KUNMING]  # verified side by side
        assert first["hub.topic"] == KUNMING and first["hub.lease_seconds"] == "4000" and first["kept"] == "1"
        assert len(subscriptions(database)) == 2
        assert subscriber.deliveries == []

        worker.run_once()  # nothing changed: nothing sent
        assert subscriber.deliveries == []

        add(database, "yn", EXPO_ARTICLE, [EXPO])  # a meeting in Kunming
        worker.run_once()
        assert [path for path, _, _ in subscriber.deliveries] == ["kunming"]
        headers, body = subscriber.to("kunming")[0]
        assert body == client.get("/feeds/events.ics?city=Kunming").content
        assert "示例博览会开幕式".encode() in body
        assert headers["content-type"] == "text/calendar; charset=utf-8"
        expected = "sha256=" + hmac.new(b"k-secret", body, hashlib.sha256).hexdigest()
        assert headers["x-hub-signature"] == expected == signature("k-secret", body)
        assert f'<{HUB}>; rel="hub"' in headers["link"] and f'<{KUNMING}>; rel="self"' in headers["link"]

        worker.run_once()
        assert len(subscriber.deliveries) == 1


def test_an_unconfirmed_request_stores_nothing(database: Database) -> None:
    with serve_subscriber() as subscriber, hub_client(database) as (client, worker):
        subscriber.confirm = False
        assert subscribe(client, SHENYANG, subscriber.callback("no"))[0] == 202
        worker.run_once()
        assert len(subscriber.verifications) == 1
        assert subscriptions(database) == []


def test_unsubscribe_after_verification(database: Database) -> None:
    with serve_subscriber() as subscriber, hub_client(database) as (client, worker):
        subscribe(client, SHENYANG, subscriber.callback("s"))
        worker.run_once()
        assert len(subscriptions(database)) == 1
        form = {"hub.mode": "unsubscribe", "hub.topic": SHENYANG, "hub.callback": subscriber.callback("s")}
        assert client.post("/websub", data=form).status_code == 202
        worker.run_once()
        assert subscriber.verifications[-1]["hub.mode"] == "unsubscribe"
        assert subscriptions(database) == []


def test_failed_deliveries_are_retried_with_backoff_then_given_up(database: Database) -> None:
    with serve_subscriber() as subscriber, hub_client(database, max_attempts=3, retry_seconds=30.0) as (client, worker):
        subscribe(client, KUNMING, subscriber.callback("k"))
        worker.run_once()
        subscriber.statuses = [500, 503, 500]
        add(database, "yn", EXPO_ARTICLE, [EXPO])
        worker.run_once()
        [subscription] = subscriptions(database)
        assert subscription.attempts == 1 and "HTTP 500" in (subscription.last_error or "")
        assert subscription.due_at is not None
        wait = (subscription.due_at - utcnow()).total_seconds()
        assert 25 < wait <= 30
        worker.run_once()  # not due yet
        assert len(subscriber.deliveries) == 1
        for expected_attempts, expected_wait in ((2, 60), (3, None)):
            with database.begin() as session:
                session.get(WebSubSubscription, subscription.id).due_at = utcnow()  # type: ignore[union-attr]
            worker.run_once()
            [subscription] = subscriptions(database)
            assert subscription.attempts == expected_attempts
            if expected_wait is None:
                assert subscription.due_at is None and "gave up" in (subscription.last_error or "")
            else:
                assert subscription.due_at is not None
                assert expected_wait - 5 < (subscription.due_at - utcnow()).total_seconds() <= expected_wait


def test_a_retry_succeeds_and_a_410_ends_the_subscription(database: Database) -> None:
    with serve_subscriber() as subscriber, hub_client(database) as (client, worker):
        subscribe(client, KUNMING, subscriber.callback("k"))
        worker.run_once()
        subscriber.statuses = [502]
        add(database, "yn", EXPO_ARTICLE, [EXPO])
        worker.run_once()
        with database.begin() as session:
            session.scalars(select(WebSubSubscription)).one().due_at = utcnow()
        worker.run_once()
        [subscription] = subscriptions(database)
        assert (subscription.attempts, subscription.due_at, subscription.last_error) == (0, None, None)
        assert [status for status in map(len, (subscriber.deliveries,))] == [2]
        subscriber.statuses = [410]
        add(database, "lnd", FORUM_ARTICLE, [replace(FORUM, city_en="Kunming", city="昆明")])
        worker.run_once()
        assert subscriptions(database) == []


def test_leases_expire_and_a_renewal_extends_them(database: Database) -> None:
    with serve_subscriber() as subscriber, hub_client(database, lease_min=60) as (client, worker):
        subscribe(client, SHENYANG, subscriber.callback("s"), lease_seconds="60")
        worker.run_once()
        [first] = subscriptions(database)
        assert 55 < (first.expires_at - utcnow()).total_seconds() <= 60
        subscribe(client, SHENYANG, subscriber.callback("s"), lease_seconds="3600")
        worker.run_once()
        [renewed] = subscriptions(database)
        assert renewed.id == first.id and renewed.lease_seconds == 3600
        with database.begin() as session:
            session.scalars(select(WebSubSubscription)).one().expires_at = utcnow() - timedelta(seconds=1)
        worker.run_once()
        assert subscriptions(database) == []


def test_callbacks_that_resolve_to_private_addresses_are_refused_where_the_socket_opens(
    database: Database, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A name passes the check of the request; the address it resolves to is refused by the fetcher's guard."""
    import socket

    real = socket.getaddrinfo

    def resolve(host: str, port: object, *args: object, **kwargs: object) -> object:
        return real("127.0.0.1" if host == "sub.example.net" else host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", resolve)
    caplog.set_level("INFO", logger="feed.websub")
    with serve_subscriber() as subscriber, hub_client(database, allow_private=False) as (client, worker):
        callback = subscriber.callback("x").replace("127.0.0.1", "sub.example.net")
        assert subscribe(client, SHENYANG, callback)[0] == 202
        worker.run_once()
        assert subscriber.verifications == [] and subscriptions(database) == []
        assert "resolves to 127.0.0.1, a loopback address" in caplog.text


# ---- outside hubs -------------------------------------------------------------------


def test_outside_hubs_get_a_publish_ping_when_a_main_topic_changes(database: Database) -> None:
    with serve_subscriber() as hub:
        outside = hub.url + "/hub"
        with hub_client(database, hubs=(outside,)) as (client, worker):
            link = client.get("/feeds/events.atom").headers["link"]
            assert f'<{outside}>; rel="hub"' in link
            worker.run_once()
            assert hub.deliveries == []  # the first look sets the baseline
            add(database, "yn", EXPO_ARTICLE, [EXPO])
            worker.run_once()
            pings = [parse_qs(body.decode()) for _, _, body in hub.deliveries]
            assert all(ping["hub.mode"] == ["publish"] and ping["hub.topic"] == ping["hub.url"] for ping in pings)
            pinged = sorted(ping["hub.url"][0] for ping in pings)
            assert pinged == sorted(
                BASE_URL + p
                for p in (
                    "/feeds/articles.atom",
                    "/feeds/articles.rss",
                    "/feeds/articles.json",
                    "/feeds/events.atom",
                    "/feeds/events.rss",
                    "/feeds/events.ics",
                )
            )
