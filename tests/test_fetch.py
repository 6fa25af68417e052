"""The fetcher against a real server on 127.0.0.1 (and MockTransport where that is enough)."""

from __future__ import annotations

import gzip
import socket
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from feed.fetch import (
    USER_AGENT,
    BlockedAddress,
    FetchLimits,
    HTTPStatusError,
    TooManyRedirects,
    backoff_delay,
    close_http_client,
    fetch_url,
    http_client,
    max_age,
    netguard,
    retry_after,
)
from feed.fetch.netguard import address_problem
from tests.fetchkit import HOSTILE, Handler, compressed, conditional, redirect, serve

LOOPBACK = FetchLimits(allow_private=True, total_timeout=5)
GOOD = (HOSTILE / "good.xml").read_bytes()


def test_conditional_get_sends_validators_and_a_304_has_no_body() -> None:
    with serve({"/feed.xml": conditional(GOOD, '"v1"')}) as base:
        first = fetch_url(base + "/feed.xml", limits=LOOPBACK)
        assert first.status == 200 and first.body == GOOD and first.etag == '"v1"'
        assert first.last_modified == "Wed, 01 May 2024 00:00:00 GMT"
        second = fetch_url(base + "/feed.xml", etag=first.etag, last_modified=first.last_modified, limits=LOOPBACK)
    assert second.not_modified and second.body == b"" and second.etag == '"v1"'


def test_request_headers_name_the_client_and_the_encodings() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, content=GOOD)

    fetch_url("https://news.example/f", transport=httpx.MockTransport(handler))
    headers = seen[0].headers
    assert headers["user-agent"] == USER_AGENT and "feed/" in USER_AGENT
    assert headers["accept-encoding"] == "gzip, deflate, br"


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_compressed_bodies_are_decoded(encoding: str) -> None:
    with serve({"/f": compressed(GOOD, encoding)}) as base:
        assert fetch_url(base + "/f", limits=LOOPBACK).body == GOOD


def test_a_200_with_the_same_etag_counts_as_not_modified() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=GOOD, headers={"ETag": '"same"'}))
    assert fetch_url("https://news.example/f", etag='"same"', transport=transport).not_modified


def test_redirects_are_followed_up_to_the_limit() -> None:
    routes = {
        "/a": redirect("/b"),
        "/b": redirect("/feed.xml"),
        "/feed.xml": conditional(GOOD, '"v"'),
    }
    with serve(routes) as base:
        assert fetch_url(base + "/a", limits=LOOPBACK).url == base + "/feed.xml"
        with pytest.raises(TooManyRedirects, match=r"^fetcher: .* more than 1 redirects"):
            fetch_url(base + "/a", limits=FetchLimits(allow_private=True, max_redirects=1))


def test_loopback_is_refused_by_default_and_allowed_by_the_flag(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FEED_ALLOW_PRIVATE_NETWORKS", raising=False)
    with serve({"/f": conditional(GOOD, '"v"')}) as base:
        with pytest.raises(BlockedAddress, match=r"^fetcher: refusing 127\.0\.0\.1: loopback"):
            fetch_url(base + "/f", limits=FetchLimits.from_env())
        port = base.rsplit(":", 1)[1]
        with pytest.raises(BlockedAddress, match="loopback"):  # vetted after resolution
            fetch_url(f"http://127.1:{port}/f", limits=FetchLimits.from_env())
        monkeypatch.setenv("FEED_ALLOW_PRIVATE_NETWORKS", "0")
        with pytest.raises(BlockedAddress):
            fetch_url(base + "/f", limits=FetchLimits.from_env())
        monkeypatch.setenv("FEED_ALLOW_PRIVATE_NETWORKS", "1")
        assert fetch_url(base + "/f", limits=FetchLimits.from_env()).status == 200
        assert fetch_url(base + "/f", allow_private=True).status == 200  # the per-source flag


def test_a_redirect_to_a_private_address_is_refused() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(302, headers={"Location": "http://169.254.169.254/latest/meta-data"})

    with pytest.raises(BlockedAddress, match="link-local"):
        fetch_url("https://news.example/f", transport=httpx.MockTransport(handler))


def test_fetches_share_one_client_and_its_kept_alive_connection() -> None:
    peers: list[tuple[str, int]] = []

    def feed(h: Handler) -> None:
        peers.append(h.client_address)  # the client's address and port: one per TCP connection
        h.reply(200, GOOD, "application/rss+xml")

    with serve({"/f": feed}) as base:
        client = http_client()
        assert fetch_url(base + "/f", limits=LOOPBACK).body == GOOD
        assert fetch_url(base + "/f", limits=LOOPBACK).body == GOOD
        assert http_client() is client
        close_http_client()
        assert fetch_url(base + "/f", limits=LOOPBACK).body == GOOD  # a new client after closing
        assert http_client() is not client
    assert len(peers) == 3 and peers[0] == peers[1] != peers[2]


def test_a_redirect_to_a_private_address_is_refused_where_the_socket_is_opened(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """127.0.0.1 stands for a public server here. Its redirect to the name 127.2 is not refused up
    front (it is not an IP literal); resolved, it is 127.0.0.2, and the connection is refused."""
    real = netguard.address_problem
    monkeypatch.setattr(netguard, "address_problem", lambda a: None if a == "127.0.0.1" else real(a))
    routes = {"/f": conditional(GOOD, '"v"')}
    with serve(routes) as base:
        routes["/a"] = redirect(f"http://127.2:{base.rsplit(':', 1)[1]}/f")
        limits = FetchLimits(total_timeout=5)
        assert fetch_url(base + "/f", limits=limits).status == 200
        with pytest.raises(BlockedAddress, match=r"^fetcher: refusing 127\.2: it resolves to 127\.0\.0\.2, a loopback"):
            fetch_url(base + "/a", limits=limits)
        assert fetch_url(base + "/f", limits=limits).status == 200


def test_dns_rebinding_meets_the_check_where_each_connection_is_opened(monkeypatch: pytest.MonkeyPatch) -> None:
    """'rebind.test' answers 127.0.0.1 (standing for a public address here), then 127.0.0.2 (loopback).
    The kept-alive connection stays on the vetted address; a new connection asks again and is refused."""
    real_problem, real_getaddrinfo = netguard.address_problem, socket.getaddrinfo
    monkeypatch.setattr(netguard, "address_problem", lambda a: None if a == "127.0.0.1" else real_problem(a))
    answers = iter(["127.0.0.1", "127.0.0.2"])

    def getaddrinfo(host: str, port: int, *args: Any, **kwargs: Any) -> Any:
        if host != "rebind.test":
            return real_getaddrinfo(host, port, *args, **kwargs)
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (next(answers), port))]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    peers: list[tuple[str, int]] = []

    def feed(h: Handler) -> None:
        peers.append(h.client_address)
        h.reply(200, GOOD, "application/rss+xml")

    with serve({"/f": feed}) as base:
        url, limits = f"http://rebind.test:{base.rsplit(':', 1)[1]}/f", FetchLimits(total_timeout=5)
        assert fetch_url(url, limits=limits).status == 200
        assert fetch_url(url, limits=limits).status == 200
        close_http_client()
        with pytest.raises(BlockedAddress, match=r"^fetcher: refusing rebind\.test: it resolves to 127\.0\.0\.2"):
            fetch_url(url, limits=limits)
    assert len(peers) == 2 and peers[0] == peers[1]


def test_a_connection_opened_for_an_allowed_source_is_not_reused_for_others() -> None:
    with serve({"/f": conditional(GOOD, '"v"')}) as base:
        url = f"http://127.1:{base.rsplit(':', 1)[1]}/f"  # a name, so only the connect-time check sees it
        assert fetch_url(url, allow_private=True).status == 200
        with pytest.raises(BlockedAddress, match="resolves to 127.0.0.1, a loopback address"):
            fetch_url(url)


def test_cookies_follow_redirect_hops_but_not_other_fetches() -> None:
    def login(h: Handler) -> None:
        h.reply(302, b"", Location="/f", Set_Cookie="session=abc; Path=/")

    def feed(h: Handler) -> None:
        h.reply(200, h.headers.get("Cookie", "none").encode() + b" " + GOOD, "application/rss+xml")

    with serve({"/login": login, "/f": feed}) as base:
        assert fetch_url(base + "/login", limits=LOOPBACK).body.startswith(b"session=abc ")
        assert fetch_url(base + "/f", limits=LOOPBACK).body.startswith(b"none ")


@pytest.mark.parametrize(
    ("address", "problem"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("192.168.0.9", "private"),
        ("169.254.169.254", "link-local"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("::ffff:10.0.0.1", "private"),
        ("0.0.0.0", "unspecified"),
        ("93.184.216.34", None),
    ],
)
def test_address_problems(address: str, problem: str | None) -> None:
    assert address_problem(address) == problem


def test_status_errors_carry_retry_after() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(429, headers={"Retry-After": "120"}))
    with pytest.raises(HTTPStatusError, match=r"^fetcher: .*HTTP 429.*Retry-After 120 s") as caught:
        fetch_url("https://news.example/f", transport=transport)
    assert caught.value.status == 429 and caught.value.retry_after == 120


def test_hints() -> None:
    now = datetime(2024, 5, 1, tzinfo=UTC)
    assert retry_after("30") == 30
    assert retry_after("Wed, 01 May 2024 00:10:00 GMT", now) == 600
    assert retry_after("soon") is None
    assert max_age("public, max-age=900") == 900 and max_age("no-cache, max-age=900") is None
    assert [backoff_delay(n, 1800, 86400) for n in (1, 2, 3)] == [
        timedelta(minutes=30),
        timedelta(hours=1),
        timedelta(hours=2),
    ]
    assert backoff_delay(40, 1800, 86400) == timedelta(days=1)


def test_content_length_over_the_cap_is_refused_before_reading() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=b"x" * 2000))
    with pytest.raises(Exception, match=r"^fetcher: .*2000 bytes, over the 1000-byte cap"):
        fetch_url("https://news.example/f", limits=FetchLimits(max_bytes=1000), transport=transport)


def test_gzip_within_the_cap_is_fine() -> None:
    packed = gzip.compress(b"<rss>" + b" " * 900 + b"</rss>")
    transport = httpx.MockTransport(lambda r: httpx.Response(200, content=packed, headers={"Content-Encoding": "gzip"}))
    assert len(fetch_url("https://news.example/f", limits=FetchLimits(max_bytes=1000), transport=transport).body) == 911
