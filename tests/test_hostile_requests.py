"""Hostile requests (issue #17): each is answered without a 5xx and without growing the process."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from db.feed_queries import feed_data_version
from db.session import Database
from feed.config import Settings
from feed.web.app import create_app
from tests.service import feed_env, run_feed, running_service
from tests.test_web_support import FORUM, FORUM_ARTICLE, add

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
AUTH = {"Authorization": "Bearer s3cret"}


def make_client(database: Database, **settings: Any) -> TestClient:
    settings.setdefault("api_token", "s3cret")
    settings.setdefault("job_rate", None)
    app = create_app(
        Settings(database.url, DEMO / "none.toml", base_url="http://testserver", **settings), database, version_ttl=0
    )
    return TestClient(app)


# ---- the render cache -----------------------------------------------------------


def test_the_render_cache_keys_on_validated_parameters(sqlite_database: Database) -> None:
    add(sqlite_database, "lnd", FORUM_ARTICLE, [FORUM])
    with make_client(sqlite_database) as client:
        cache = client.app.state.cache  # type: ignore[attr-defined]
        for count in range(1, 41):  # a different query string each time, the same request
            response = client.get("/api/articles?source=lnd&q=" + "+" * (4 * count))
            assert response.status_code == 200
        for count in range(1, 11):  # over q's 200 characters: refused, nothing kept
            assert client.get("/api/articles?source=lnd&q=" + "+" * (5000 + count)).status_code == 400
        plain = client.get("/api/articles?source=lnd")
        assert plain.status_code == 200 and plain.headers["etag"] == response.headers["etag"]
        for alarm in ("PT1H", "PT60M", "PT0060M", "PT0H60M", "PT3600S", "P0DT1H"):
            assert client.get("/feeds/events.ics?alarm=" + alarm).status_code == 200
        for count in range(1, 21):
            assert client.get("/feeds/articles.atom?limit=0" + "0" * count + "7&city=+瀋陽+").status_code == 200
        assert len(cache._entries) == 3, list(cache._entries)
        assert all(len(path) + len(query) < 200 for path, query in cache._entries)


def test_the_render_cache_counts_its_keys_against_the_limit(sqlite_database: Database) -> None:
    from feed.web.cache import RenderCache, Rendered

    with sqlite_database.begin() as session:
        current = feed_data_version(session)
    cache = RenderCache(max_bytes=64 * 1024)
    for n in range(100):
        entry = Rendered.build(current, f"tag{n}", b"{}", "application/json")
        cache.put(("/api/articles", f"q={n:04d}".encode() + b"x" * 4000), entry)
    assert len(cache._entries) < 16 and cache._bytes <= cache.max_bytes


# ---- X-Forwarded-For ------------------------------------------------------------------


def status_of(request: urllib.request.Request | str) -> int:
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        exc.close()
        return exc.code


def _post_jobs(base: str, count: int, token: str = "wrong") -> list[int]:
    return [
        status_of(
            urllib.request.Request(
                base + "/api/jobs",
                data=b'{"source": "local"}',
                method="POST",
                headers={
                    "Authorization": f"Bearer {token}",
                    "Content-Type": "application/json",
                    "X-Forwarded-For": f"198.51.100.{n + 1}",
                },
            )
        )
        for n in range(count)
    ]


@pytest.fixture
def served(tmp_path: Path) -> dict[str, str]:
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nkey = "local"\nkind = "files"\npath = "articles"\n', encoding="utf-8"
    )
    (tmp_path / "articles").mkdir()
    return feed_env(
        f"sqlite:///{tmp_path / 'feed.db'}",
        tmp_path / "sources.toml",
        FEED_API_TOKEN="s3cret",
        FEED_JOB_RATE="3/minute",
    )


def test_forwarded_for_is_ignored_unless_the_proxy_is_trusted(served: dict[str, str], tmp_path: Path) -> None:
    with running_service(served, tmp_path, "--no-scheduler") as base:
        assert _post_jobs(base, 6) == [401] * 3 + [429] * 3  # one address, whatever the header says
    trusted = served | {"FEED_TRUSTED_PROXIES": "127.0.0.1, ::1"}
    with running_service(trusted, tmp_path, "--no-scheduler") as base:
        assert _post_jobs(base, 6) == [401] * 6  # behind a trusted proxy each client counts on its own


def test_a_bad_trusted_proxies_value_is_a_config_error(served: dict[str, str], tmp_path: Path) -> None:
    result = run_feed("sources", env=served | {"FEED_TRUSTED_PROXIES": "10.0.0.1, proxy.example"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == (
        "error: config: FEED_TRUSTED_PROXIES must be IP addresses or networks separated by commas (got 'proxy.example')"
    )


# ---- the access log ---------------------------------------------------------------------


def test_logged_paths_and_queries_are_cut_to_a_kilobyte_with_their_length(
    served: dict[str, str], tmp_path: Path
) -> None:
    long_query = "/api/articles?source=zz&q=" + "+" * 60_000
    long_path = "/events/" + "a" * 30_000
    with running_service(served, tmp_path, "--no-scheduler") as base:
        assert (status_of(base + long_query), status_of(base + long_path)) == (400, 404)  # q over 200 characters
        time.sleep(0.5)  # the access log line is written after the answer
    lines = (tmp_path / "serve.log").read_text(encoding="utf-8").splitlines()
    access = [line for line in lines if " uvicorn.access " in line]
    assert len(access) >= 3, lines  # /healthz, the long query, the long path
    assert max(map(len, lines)) < 1500, max(map(len, lines))
    assert any("/api/articles?source=zz&q=++++" in line and f"[{len(long_query)} chars]" in line for line in access)
    assert any("/events/aaaa" in line and f"[{len(long_path)} chars]" in line for line in access)


# ---- control characters --------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        "/events/a%00b",
        "/events/a%00b.ics",
        "/events/a%0Ab",
        "/events/a%7Fb.ics",
        "/api/jobs/1%00",
        "/feeds/articles.rss%00",
        "/feeds/events.%1Bics",
    ],
)
def test_control_characters_in_a_path_are_a_400(database: Database, path: str) -> None:
    with make_client(database) as client:
        response = client.get(path)
        assert response.status_code == 400, (response.status_code, response.text)
        assert "control character" in response.json()["error"]


@pytest.mark.parametrize(
    "body",
    [
        {"source": "de\u0000mo"},
        {"source": "demo\n"},
        {"url": "http://example.invalid/a\u0000b"},
        {"url": "http://a\u0000b/"},
        {"url": "http://example.invalid/\u0085"},
        {"source": "\ud800"},
    ],
)
def test_control_characters_in_a_job_request_are_a_400(database: Database, body: dict[str, str]) -> None:
    import json

    with make_client(database) as client:
        raw = json.dumps(body)  # \\u escapes: lone surrogates too
        response = client.post("/api/jobs", content=raw, headers=AUTH | {"Content-Type": "application/json"})
        assert response.status_code == 400, (response.status_code, response.text)
        assert "control character" in response.json()["error"]


# ---- RSS description ------------------------------------------------------------------


def test_rss_description_shows_markup_in_an_article_as_text(sqlite_database: Database) -> None:
    """Readers take RSS <description> as HTML: text that looks like markup must arrive as text."""
    import feedparser
    import lxml.html

    from feed.model import ArticleDoc

    text = "A reader wrote <img src=x onerror=alert(34)> & <b>this</b> into a comment."
    doc = ArticleDoc(
        title="A comment with markup in it",
        text=text,
        url="https://news.example.com/c",
        published=FORUM_ARTICLE.published,
        language="en",
    )
    add(sqlite_database, "wire", doc, [])
    with make_client(sqlite_database) as client:
        body = client.get("/feeds/articles.rss").content
    (entry,) = feedparser.parse(body).entries
    assert "<img" not in entry.summary and "<b>" not in entry.summary
    assert entry.summary_detail.type == "text/html"
    shown = lxml.html.fragment_fromstring(entry.summary, create_parent="div").text_content()
    assert shown == text  # what a reader shows after rendering the HTML


# ---- credentials in URLs -------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    [
        "http://alice:s3cretpw@news.example.org/feed.xml",
        "https://alice@news.example.org/feed.xml",
        "https://:s3cretpw@news.example.org/",
        "https://news.example.org@evil.example/",
    ],
)
def test_job_urls_with_credentials_are_refused(sqlite_database: Database, url: str) -> None:
    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"url": url}, headers=AUTH)
        assert response.status_code == 400, response.text
        assert response.json()["error"].startswith("url must not carry a user name or password")
        assert "s3cretpw" not in response.text
        assert client.get("/api/sources").json() == {"sources": []}


def test_a_sources_file_or_cli_url_with_credentials_is_a_one_line_error(tmp_path: Path) -> None:
    config = tmp_path / "sources.toml"
    config.write_text(
        '[[sources]]\nkey = "lnd"\nurl = "https://alice:s3cretpw@news.example.org/rss.xml"\n', encoding="utf-8"
    )
    env = feed_env(f"sqlite:///{tmp_path / 'feed.db'}", config)
    result = run_feed("sources", env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr == (
        "error: config: source 'lnd': url must not carry a user name or password "
        "(user:password@host): the API would show it\n"
    )
    config.write_text("", encoding="utf-8")
    adhoc = run_feed("ingest", "https://alice:s3cretpw@news.example.org/rss.xml", env=env, cwd=tmp_path)
    assert adhoc.returncode == 2 and "s3cretpw" not in adhoc.stderr
    assert adhoc.stderr.startswith("error: ingest: url must not carry a user name or password")
    assert len(adhoc.stderr.splitlines()) == 1


# ---- IPv4 addresses inside IPv6 ones -------------------------------------------------

EMBEDDED_PRIVATE = [
    "http://[2002:a9fe:a9fe::]/latest/meta-data/",  # 6to4 of 169.254.169.254
    "http://[2002:a9fe:a9fe:1:2:3:4:5]/",
    "http://[2002:7f00:1::]/",  # 6to4 of 127.0.0.1
    "http://[2002:c0a8:101::1]/",  # 6to4 of 192.168.1.1
    "http://[2001:0:4136:e378:8000:63bf:56fe:5656]/",  # Teredo, client 169.1.169.169 (obfuscated)
    "http://[2001:0:a00:1:8000:63bf:3fff:fdd2]/",  # Teredo through server 10.0.0.1
]


@pytest.mark.parametrize("url", EMBEDDED_PRIVATE)
def test_6to4_and_teredo_forms_of_private_addresses_are_refused(sqlite_database: Database, url: str) -> None:
    from feed.fetch import BlockedAddress, fetch_url

    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"url": url}, headers=AUTH)
    assert response.status_code == 400 and "FEED_ALLOW_PRIVATE_NETWORKS" in response.json()["error"]
    with pytest.raises(BlockedAddress):  # the fetcher, where the socket is opened
        fetch_url(url)


def test_6to4_of_a_public_address_is_not_refused(sqlite_database: Database) -> None:
    with make_client(sqlite_database) as client:
        response = client.post("/api/jobs", json={"url": "http://[2002:808:808::1]/feed.xml"}, headers=AUTH)
    assert response.status_code == 202, response.text


# ---- connections that send no request ---------------------------------------------------


def _seconds_until_closed(sock: socket.socket, started: float, drip: bytes = b"", wait: float = 10.0) -> float:
    """Seconds from `started` until the server closes `sock`, sending `drip` every 0.3 s meanwhile (a slow head)."""
    sock.settimeout(0.3)
    while time.monotonic() - started < wait:
        try:
            if sock.recv(4096) == b"":
                return time.monotonic() - started
        except TimeoutError:
            pass
        except ConnectionResetError:
            return time.monotonic() - started
        if drip:
            try:
                sock.sendall(drip)
            except OSError:
                return time.monotonic() - started
    return float("inf")


def _get(sock: socket.socket) -> bytes:
    sock.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n")
    answer = b""
    while not answer.endswith(b"ok\n"):
        chunk = sock.recv(4096)
        assert chunk, answer
        answer += chunk
    return answer


def _check_header_timeout(port: int, timeout: float) -> None:
    connect = lambda: socket.create_connection(("127.0.0.1", port), timeout=5)  # noqa: E731
    with connect() as silent, connect() as slow:
        opened = time.monotonic()
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: x\r\n")  # then a header line every 0.3 s, never the end
        seconds = _seconds_until_closed(slow, opened, b"X-Slow: 1\r\n"), _seconds_until_closed(silent, opened)
        assert all(timeout - 0.5 < s < timeout + 2 for s in seconds), seconds
    with connect() as kept:
        for _ in range(3):  # whole requests on a keep-alive connection, with pauses under the timeout
            assert _get(kept).startswith(b"HTTP/1.1 200")
            time.sleep(timeout / 4)
        kept.sendall(b"GET /healthz HTTP/1.1\r\n")  # the next request on it: its head is timed too
        assert _seconds_until_closed(kept, time.monotonic(), b"X-Slow: 1\r\n") < timeout + 2


def test_feed_serve_closes_connections_that_send_no_request_head(served: dict[str, str], tmp_path: Path) -> None:
    """The default protocol (httptools) behind a real `feed serve`."""
    with running_service(served | {"FEED_HEADER_TIMEOUT": "1"}, tmp_path, "--no-scheduler") as base:
        _check_header_timeout(int(base.rsplit(":", 1)[1]), 1.0)


def test_the_h11_protocol_closes_connections_that_send_no_request_head(sqlite_database: Database) -> None:
    import threading

    import uvicorn

    from feed.web import server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    app = create_app(Settings(sqlite_database.url, DEMO / "none.toml", None, "http://testserver"), sqlite_database)
    previous = server.header_timeout()
    server.set_header_timeout(1.0)
    uv = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", http=server.HeaderTimeoutH11)
    )
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 10
        while not uv.started and time.monotonic() < deadline:
            time.sleep(0.05)
        _check_header_timeout(port, 1.0)
    finally:
        uv.should_exit = True
        thread.join(10)
        server.set_header_timeout(previous)


def test_every_parameter_is_part_of_the_cache_key() -> None:
    """A parameter missing from View.query would let two different answers share one cache entry."""
    from starlette.datastructures import QueryParams

    from feed.web import params

    samples = {
        "source": "lnd",
        "city": "瀋陽",
        "region": "遼寧",
        "q": "論壇",
        "from": "2023-06-01",
        "to": "2023-07-01",
        "lang": "zh",
        "limit": "5",
        "before": "1687744294000000-3",
        "script": "hans",
        "alarm": "PT1H",
        "min_confidence": "0.5",
    }
    every = (
        params.ARTICLE_FEED
        | params.EVENT_FEED
        | params.CALENDAR
        | params.ONE_EVENT
        | params.API_LIST
        | params.EVENT_LIST
    )
    assert set(samples) >= every, f"give a sample value of {sorted(every - set(samples))} here"
    for known in (
        params.ARTICLE_FEED,
        params.EVENT_FEED,
        params.CALENDAR,
        params.ONE_EVENT,
        params.API_LIST,
        params.EVENT_LIST,
    ):
        for name in known:
            view = params.parse_view(QueryParams({name: samples[name]}), known)
            assert [k for k, _ in view.query] == [name], (name, view.query)
