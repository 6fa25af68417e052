"""Serving benchmark, on loopback, in one run (issue #5, item 8).

    python bench/serve.py [--seconds 5] [--repeat 3] [--connections 50] [--granian st:1,st:2] [--cases REGEX]
                          [--writers-from REV]

(a) a cached 50-item Atom feed, gzipped, from the service (uvicorn, one worker) against nginx
    serving the same bytes as a static file with gzip_static (tuned: sendfile off,
    output_buffers 2 1m; and nginx's default sendfile on, reported too); and, as ceilings for
    a Python server, a bare app answering the same bytes: ASGI in the same uvicorn, and RSGI
    in granian (one worker, HTTP/1, uvloop; the response written by Rust, `response_bytes`),
    in each runtime mode and thread count given by --granian (needs `pip install granian`);
(b) a 304 answer to If-None-Match from the service against nginx's 304, and the bare apps' 304;
(c) a cold render of the same feed from the database, per item, against a bare
    string-template lower bound measured in the same run (same rows, same fields, html.escape);
    the Atom and RSS writers alone over the same views, and with --writers-from REV the writers
    of feed/render/feeds.py as it was at REV, timed over the same views in the same rounds.

Needs wrk and nginx (Debian packages). Articles are generated from sentences written here.
"""

from __future__ import annotations

import argparse
import gzip
import html
import importlib.util
import os
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import types
import urllib.request
from datetime import datetime, timedelta
from importlib.metadata import version
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BEIJING = ZoneInfo("Asia/Shanghai")
FEED_PATH = "/feeds/articles.atom?limit=50"
# granian's Rust task implementation exists on Python < 3.12 only (it falls back to asyncio there)
GRANIAN_DEFAULT = "st:1,st:2" + (",st:1:rust" if sys.version_info < (3, 12) else "")
PHRASES = [
    "座談會在瀋陽舉行",
    "與會代表圍繞區域合作交流發言",
    "多個合作項目現場簽約",
    "會議由示例機構主辦",
    "博覽會在昆明開幕",
    "展會設有多個專題展區",
    "論壇聚焦產業升級與創新",
    "企業負責人介紹發展規劃",
    "the forum discussed regional cooperation",
    "delegates signed several agreements",
    "organisers expect more visitors next year",
    "the expo opened on Monday morning",
]

HANZI = [chr(c) for c in random.Random(1).sample(range(0x4E00, 0x9FA6), 3000)]


def make_bare_app():  # type: ignore[no-untyped-def]
    """The ceiling: a bare ASGI app in the same uvicorn answering the same gzipped bytes, nothing else."""
    body = Path(os.environ["BENCH_BODY"]).read_bytes()
    headers = [
        (b"content-type", b"application/atom+xml; charset=utf-8"),
        (b"content-encoding", b"gzip"),
        (b"content-length", str(len(body)).encode()),
    ]

    async def app(scope, receive, send):  # type: ignore[no-untyped-def]
        if scope["type"] == "http":
            if any(name == b"if-none-match" for name, _ in scope["headers"]):
                await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", b'"x"')]})
                await send({"type": "http.response.body", "body": b""})
                return
            await send({"type": "http.response.start", "status": 200, "headers": headers})
            await send({"type": "http.response.body", "body": body})

    return app


class BareRSGI:
    """The same bytes from granian's RSGI interface: the response is written by Rust (response_bytes)."""

    def __init__(self) -> None:
        self.body = Path(os.environ["BENCH_BODY"]).read_bytes()
        self.headers = [
            ("content-type", "application/atom+xml; charset=utf-8"),
            ("content-encoding", "gzip"),
            ("content-length", str(len(self.body))),
        ]

    async def __rsgi__(self, scope, protocol):  # type: ignore[no-untyped-def]
        if scope.proto == "http":
            if "if-none-match" in scope.headers:
                protocol.response_empty(304, [("etag", '"x"')])
                return
            protocol.response_bytes(200, self.headers, self.body)


def make_bare_rsgi():  # type: ignore[no-untyped-def]
    return BareRSGI()


def make_app():  # type: ignore[no-untyped-def]
    """uvicorn factory for the service under test (reads FEED_DATABASE_URL and FEED_BASE_URL)."""
    from db.session import Database
    from feed.config import Settings
    from feed.web.app import create_app

    settings = Settings.from_env()
    return create_app(settings, Database(settings.database_url))


def populate(url: str, count: int, chars: int) -> None:
    from db.migrate import upgrade
    from db.session import Database
    from feed.articles import store_article
    from feed.config import SourceConfig
    from feed.events import link_meetings
    from feed.model import ArticleDoc, Meeting
    from feed.sources import sync_sources

    rng = random.Random(5)
    database = Database(url)
    upgrade(database.engine)
    start = datetime(2023, 6, 1, 8, tzinfo=BEIJING)
    with database.begin() as session:
        source = sync_sources(session, [SourceConfig("bench", "Bench source", "files", path=Path("/tmp"))])[0]
        for i in range(count):
            paragraphs = []
            while sum(map(len, paragraphs)) < chars:  # news-like: gzip halves it, as DESIGN.md measured
                words = [
                    rng.choice(PHRASES) if rng.random() < 0.1 else "".join(rng.choices(HANZI, k=rng.randint(1, 4)))
                    for _ in range(rng.randint(30, 80))
                ]
                paragraphs.append("，".join(words) + "。")
            doc = ArticleDoc(
                title=f"示例新聞第{i}號 {rng.choice(PHRASES)}",
                text="\n\n".join(paragraphs),
                published=start + timedelta(hours=i),
                url=f"https://news.example.cn/{i}.html",
                outlet="示例日報",
                author="示例記者",
                language="zh-Hant",
            )
            _, article = store_article(session, source, doc)
            if i % 5 == 0:
                link_meetings(
                    session,
                    article,
                    [Meeting(name=f"示例座談會{i}", start=doc.published.date(), city="瀋陽", region="遼寧省")],
                )
    database.dispose()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, seconds: float = 20) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def fetch(url: str, headers: dict[str, str]) -> tuple[bytes, dict[str, str]]:
    with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=10) as response:
        return response.read(), {k.lower(): v for k, v in response.headers.items()}


NGINX_CONF = """
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    types {{ application/atom+xml atom; }}
    client_body_temp_path {dir}/tmp; proxy_temp_path {dir}/tmp; fastcgi_temp_path {dir}/tmp;
    uwsgi_temp_path {dir}/tmp; scgi_temp_path {dir}/tmp;
    gzip_static on;
    gzip_vary on;
    keepalive_requests 1000000;
    server {{ listen 127.0.0.1:{tuned}; root {dir}/www; sendfile off; output_buffers 2 1m; }}
    server {{ listen 127.0.0.1:{default}; root {dir}/www; sendfile on; }}
}}
"""


def cpu_seconds(root: int) -> tuple[float, float]:
    """User and system CPU time of a process and its children (nginx's or granian's worker), from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    user = system = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(stat.parent.name), int(fields[1])
        if pid == root or ppid == root:
            user += int(fields[11]) / tick
            system += int(fields[12]) / tick
    return user, system


def wrk(url: str, seconds: int, connections: int, headers: dict[str, str], server: int) -> dict[str, float]:
    cpu_before = cpu_seconds(server)
    command = ["wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for name, value in headers.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(command + [url], capture_output=True, text=True, timeout=seconds + 30).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
    non2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)

    def latency(pct: str) -> float:
        value, unit = re.search(rf"\s{pct}%\s+([\d.]+)(us|ms|s)\b", out).groups()  # type: ignore[union-attr]
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    requests = float(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
    user, system = (after - before for after, before in zip(cpu_seconds(server), cpu_before, strict=True))
    per_request = 1e6 / max(requests, 1)
    return {
        "rps": rps,
        "p50": latency("50"),
        "p99": latency("99"),
        "cpu_us": (user + system) * per_request,
        "sys_us": system * per_request,
        "errors": float(non2xx.group(1)) if non2xx else 0,
    }


def writers_at(rev: str) -> types.ModuleType:
    """feed/render/feeds.py as it was at `rev`, loaded beside the working tree's one."""
    path = "feed/render/feeds.py"
    show = ["git", "-C", str(ROOT), "show", f"{rev}:{path}"]
    source = subprocess.run(show, check=True, capture_output=True, text=True).stdout
    module = types.ModuleType(f"bench_feeds_{rev}")
    sys.modules[module.__name__] = module  # dataclasses look their module up
    exec(compile(source, f"{rev}:{path}", "exec"), module.__dict__)
    return module


def cold_render(url: str, rounds: int, baseline: types.ModuleType | None = None) -> dict[str, float]:
    """Per-item times: fetching rows, rendering them (views + Atom writer), gzip; and the template bound.
    The writers alone (Atom, RSS) over the same views, and `baseline`'s writers over them too."""
    from db.feed_queries import Filters, recent_articles
    from db.session import Database
    from feed.render.articles import article_time, articles_feed
    from feed.render.feeds import render_atom, render_rss
    from feed.render.links import Links

    database = Database(url)
    links = Links("http://127.0.0.1")
    fetch_t, render_t, gzip_t, template_t = [], [], [], []
    writers = {"atom": render_atom, "rss": render_rss}
    if baseline is not None:
        writers |= {"base_atom": baseline.render_atom, "base_rss": baseline.render_rss}
    writer_t: dict[str, list[float]] = {name: [] for name in writers}
    for _ in range(rounds):
        with database.begin() as session:
            t0 = time.perf_counter()
            articles = recent_articles(session, Filters(limit=50))
            t1 = time.perf_counter()
            doc = articles_feed(articles, links, title="News articles", self_url=links.url(FEED_PATH))
            body = render_atom(doc)
            t2 = time.perf_counter()
            for name, write in writers.items():
                start = time.perf_counter()
                write(doc)
                writer_t[name].append((time.perf_counter() - start) / len(articles))
            gzip.compress(body, 6, mtime=0)
            t3 = time.perf_counter()
            # the lower bound: one f-string per item over the same stored fields, html.escape only
            rows = [
                (
                    links.article_id(a),
                    a.title,
                    a.url or "",
                    article_time(a),
                    a.updated_at,
                    a.summary or a.text[:280],
                    a.text,
                    a.content_html,
                )
                for a in articles
            ]
            t4 = time.perf_counter()
            esc = html.escape
            bound = "".join(
                f'<entry><id>{i}</id><title>{esc(t)}</title><link href="{esc(u)}"/><published>{p.isoformat()}'
                f'</published><updated>{d.isoformat()}</updated><summary>{esc(s)}</summary><content type="html">'
                + esc(c or "".join(f"<p>{esc(x)}</p>" for x in text.split("\n\n") if x.strip()))
                + "</content></entry>"
                for i, t, u, p, d, s, text, c in rows
            ).encode("utf-8")
            t5 = time.perf_counter()
        n = len(articles)
        fetch_t.append((t1 - t0) / n)
        render_t.append((t2 - t1) / n)
        gzip_t.append((t3 - t2) / n)
        template_t.append((t5 - t4) / n)
    database.dispose()
    med = statistics.median
    return {
        "items": n,
        "bytes": len(body),
        "bound_bytes": len(bound),
        "fetch_us": med(fetch_t) * 1e6,
        "render_us": med(render_t) * 1e6,
        "gzip_us": med(gzip_t) * 1e6,
        "template_us": med(template_t) * 1e6,
        **{f"{name}_us": med(times) * 1e6 for name, times in writer_t.items()},
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=5, help="per wrk run (default 5)")
    parser.add_argument("--connections", type=int, default=50)
    parser.add_argument("--items", type=int, default=60, help="articles in the database (the feed shows 50)")
    parser.add_argument("--chars", type=int, default=3000, help="text characters per article")
    parser.add_argument("--rounds", type=int, default=30, help="cold renders to time")
    parser.add_argument(
        "--repeat",
        type=int,
        default=3,
        help="wrk runs per case, interleaved; the median is reported (the host is shared)",
    )
    parser.add_argument(
        "--granian",
        default=GRANIAN_DEFAULT,
        metavar="MODE:THREADS[:TASKS],...",
        help="granian RSGI variants for the bare app: runtime mode (st, mt), runtime threads and "
        f"optionally the task implementation (asyncio, rust) (default {GRANIAN_DEFAULT}; "
        "'' for none)",
    )
    parser.add_argument(
        "--writers-from",
        metavar="REV",
        help="also time the feed writers (feed/render/feeds.py) of git revision REV in (c), over the same views",
    )
    parser.add_argument(
        "--cases",
        metavar="REGEX",
        help="only the wrk cases whose name matches (and the two nginx references); skips (c)",
    )
    args = parser.parse_args()
    variants = [(v.split(":") + ["asyncio"])[:3] for v in args.granian.split(",") if v]
    if variants and importlib.util.find_spec("granian") is None:
        print("bench: granian is not installed (pip install granian): no RSGI rows", file=sys.stderr)
        variants = []
    load = os.getloadavg()[0]
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            print(f"bench: {tool} is not installed (apt-get install {tool})", file=sys.stderr)
            return 2
    work = Path(tempfile.mkdtemp(prefix="bench-serve-"))
    url = f"sqlite:///{work / 'feed.db'}"
    populate(url, args.items, args.chars)
    port, tuned, default = free_port(), free_port(), free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "FEED_DATABASE_URL": url, "FEED_BASE_URL": base, "PYTHONPATH": str(ROOT)}

    def uvicorn(factory: str, port: int, extra_env: dict[str, str]) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "uvicorn",
                f"serve:{factory}",
                "--factory",
                "--app-dir",
                str(ROOT / "bench"),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                "1",
                "--no-access-log",
                "--log-level",
                "warning",
            ],
            env=env | extra_env,
            start_new_session=True,
        )

    def granian(
        factory: str, port: int, extra_env: dict[str, str], mode: str, threads: str, tasks: str
    ) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [
                sys.executable,
                "-m",
                "granian",
                "--interface",
                "rsgi",
                "--factory",
                f"serve:{factory}",
                "--working-dir",
                str(ROOT / "bench"),
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                "1",
                "--http",
                "1",
                "--loop",
                "uvloop",
                "--runtime-mode",
                mode,
                "--runtime-threads",
                threads,
                "--task-impl",
                tasks,
                "--no-access-log",
                "--log-level",
                "warning",
            ],
            env=env | extra_env,
            start_new_session=True,
        )

    service = uvicorn("make_app", port, {})
    servers: list[subprocess.Popen[bytes]] = [service]
    try:
        wait_for(base + "/healthz")
        feed = base + FEED_PATH
        plain, _ = fetch(feed, {"Accept-Encoding": "identity"})
        zipped, headers = fetch(feed, {"Accept-Encoding": "gzip"})
        assert headers.get("content-encoding") == "gzip", headers
        etag = headers["etag"]
        (work / "www").mkdir()
        (work / "tmp").mkdir()
        (work / "www" / "articles.atom").write_bytes(plain)
        (work / "www" / "articles.atom.gz").write_bytes(zipped)
        for path in (work, work / "www", work / "www" / "articles.atom", work / "www" / "articles.atom.gz"):
            path.chmod(0o755 if path.is_dir() else 0o644)  # nginx workers run as an unprivileged user
        (work / "nginx.conf").write_text(NGINX_CONF.format(dir=work, tuned=tuned, default=default))
        nginx_bin = shutil.which("nginx") or "/usr/sbin/nginx"
        nginx = subprocess.Popen(
            [nginx_bin, "-c", str(work / "nginx.conf"), "-g", "daemon off;"], start_new_session=True
        )
        servers.append(nginx)
        body_env = {"BENCH_BODY": str(work / "www" / "articles.atom.gz")}
        bare_port = free_port()
        bare = uvicorn("make_bare_app", bare_port, body_env)
        servers.append(bare)
        rsgi: dict[str, tuple[int, int]] = {}  # variant label -> (port, pid)
        for mode, threads, tasks in variants:
            rsgi_port = free_port()
            process = granian("make_bare_rsgi", rsgi_port, body_env, mode, threads, tasks)
            servers.append(process)
            rsgi[f"{mode}, {threads} thr" + (", rust tasks" if tasks == "rust" else "")] = (rsgi_port, process.pid)
        wait_for(f"http://127.0.0.1:{bare_port}/")
        for rsgi_port, _ in rsgi.values():
            wait_for(f"http://127.0.0.1:{rsgi_port}/")
            assert fetch(f"http://127.0.0.1:{rsgi_port}/", {"Accept-Encoding": "gzip"})[0] == zipped
        static = f"http://127.0.0.1:{tuned}/articles.atom"
        wait_for(static)
        static_body, static_headers = fetch(static, {"Accept-Encoding": "gzip"})
        assert static_body == zipped and static_headers.get("content-encoding") == "gzip"
        nginx_etag = static_headers["etag"]
        gz = {"Accept-Encoding": "gzip"}
        cases = {
            "a service 200 gzip": (feed, gz, service.pid),
            "a nginx 200 gzip (tuned)": (static, gz, nginx.pid),
            "a nginx 200 gzip (sendfile on)": (f"http://127.0.0.1:{default}/articles.atom", gz, nginx.pid),
            "a uvicorn bare ASGI, same bytes": (f"http://127.0.0.1:{bare_port}/", gz, bare.pid),
            **{
                f"a granian bare RSGI ({label})": (f"http://127.0.0.1:{p}/", gz, pid)
                for label, (p, pid) in rsgi.items()
            },
            "b service 304": (feed, gz | {"If-None-Match": etag}, service.pid),
            "b nginx 304": (static, gz | {"If-None-Match": nginx_etag}, nginx.pid),
            "b uvicorn bare ASGI 304": (f"http://127.0.0.1:{bare_port}/", gz | {"If-None-Match": '"x"'}, bare.pid),
            **{
                f"b granian bare RSGI 304 ({label})": (f"http://127.0.0.1:{p}/", gz | {"If-None-Match": '"x"'}, pid)
                for label, (p, pid) in rsgi.items()
            },
        }
        if args.cases:
            cases = {
                name: case
                for name, case in cases.items()
                if re.search(args.cases, name) or name in ("a nginx 200 gzip (tuned)", "b nginx 304")
            }
        samples: dict[str, list[dict[str, float]]] = {name: [] for name in cases}
        for _ in range(args.repeat):
            for name, (target, headers, server) in cases.items():
                samples[name].append(wrk(target, args.seconds, args.connections, headers, server))
        runs = {name: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for name, rs in samples.items()}
        baseline = writers_at(args.writers_from) if args.writers_from else None
        cold = None if args.cases else cold_render(url, args.rounds, baseline)
        # a cold render through HTTP: the first request for a new key (validators, query, render, gzip)
        http_cold = []
        for i in range(0 if args.cases else 10):
            t0 = time.perf_counter()
            fetch(
                base
                + f"/feeds/articles.atom?limit=50&q=%E7%A4%BA%E4%BE%8B{'&lang=zh' * (i % 2)}&source=bench"
                + f"&to=2030-01-{i + 10:02d}",
                gz,
            )
            http_cold.append(time.perf_counter() - t0)
    finally:
        for process in servers:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(10)
        shutil.rmtree(work, ignore_errors=True)

    print(
        f"feed: {FEED_PATH}, {len(plain)} bytes, {len(zipped)} gzipped; wrk -t1 -c{args.connections} "
        f"-d{args.seconds}s, median of {args.repeat} interleaved runs; uvicorn (httptools, uvloop) 1 worker; "
        + (f"granian {version('granian')} RSGI 1 worker, --http 1 --loop uvloop; " if variants else "")
        + "nginx 1 worker; "
        f"load average at start: {load:.2f}"
    )
    print(
        f"{'run':46} {'req/s':>10} {'p50 ms':>8} {'p99 ms':>8} {'server CPU us/req':>18} {'of it sys':>9} "
        f"{'non-2xx/3xx':>11}"
        f" {'req/s / nginx':>13} {'nginx CPU / CPU':>15}"
    )
    for name, r in runs.items():
        reference = runs.get("a nginx 200 gzip (tuned)" if name.startswith("a") else "b nginx 304")
        ratios = f" {r['rps'] / reference['rps']:13.2f} {reference['cpu_us'] / r['cpu_us']:15.2f}" if reference else ""
        print(
            f"{name:46} {r['rps']:10.0f} {r['p50']:8.2f} {r['p99']:8.2f} {r['cpu_us']:18.1f} {r['sys_us']:9.1f} "
            f"{r['errors']:11.0f}" + ratios
        )
    if {"a service 200 gzip", "a nginx 200 gzip (sendfile on)", "a uvicorn bare ASGI, same bytes"} <= runs.keys():
        a = runs["a service 200 gzip"]["rps"] / runs["a nginx 200 gzip (tuned)"]["rps"]
        a_default = runs["a service 200 gzip"]["rps"] / runs["a nginx 200 gzip (sendfile on)"]["rps"]
        ceiling = runs["a uvicorn bare ASGI, same bytes"]["rps"] / runs["a nginx 200 gzip (tuned)"]["rps"]
        print(
            f"(a) service/nginx cached gzip feed: {a:.2f} of tuned nginx (goal >= 0.9); "
            f"{a_default:.2f} of default nginx; a bare ASGI app in uvicorn: {ceiling:.2f} of tuned nginx"
        )
    if {"b service 304", "b nginx 304", "b uvicorn bare ASGI 304"} <= runs.keys():
        b = runs["b service 304"]["rps"] / runs["b nginx 304"]["rps"]
        b_bare = runs["b uvicorn bare ASGI 304"]["rps"] / runs["b nginx 304"]["rps"]
        print(f"(b) service/nginx 304: {b:.2f} (goal >= 0.2); a bare ASGI 304 in uvicorn: {b_bare:.2f}")
    if cold is not None:
        per_item = cold["render_us"] / cold["template_us"]
        print(
            f"(c) cold render of {cold['items']} items, per item: fetch rows {cold['fetch_us']:.1f} us, "
            f"render {cold['render_us']:.1f} us, gzip {cold['gzip_us']:.1f} us; "
            f"string-template bound {cold['template_us']:.1f} us -> render/bound {per_item:.2f} (goal <= 3)"
        )
        writers = f"    writers alone, per item: Atom {cold['atom_us']:.1f} us, RSS {cold['rss_us']:.1f} us"
        if "base_atom_us" in cold:
            writers += (
                f"; {args.writers_from}'s: Atom {cold['base_atom_us']:.1f} us, RSS {cold['base_rss_us']:.1f} us "
                f"-> this/{args.writers_from} Atom {cold['atom_us'] / cold['base_atom_us']:.2f}, "
                f"RSS {cold['rss_us'] / cold['base_rss_us']:.2f}"
            )
        print(writers)
        print(
            f"    cold request through HTTP (new key: validators + query + render + gzip): "
            f"median {statistics.median(http_cold) * 1000:.1f} ms over {len(http_cold)}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
