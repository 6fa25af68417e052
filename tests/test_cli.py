from __future__ import annotations

import logging
import os
import shutil
import time
from pathlib import Path

import pytest

from tests.service import feed_env, run_feed

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    shutil.copytree(DEMO, tmp_path / "articles")
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nkey = "local"\nname = "Local"\nkind = "files"\npath = "articles"\nevery = "1h"\n',
        encoding="utf-8",
    )
    return feed_env(f"sqlite:///{tmp_path / 'feed.db'}", tmp_path / "sources.toml")


def test_ingest_key_all_and_path_print_summaries(env: dict[str, str], tmp_path: Path) -> None:
    first = run_feed("ingest", "local", env=env, cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    header, row = first.stdout.splitlines()
    assert header.split() == ["run", "target", "status", "new", "updated", "unchanged", "events", "errors"]
    assert row.split()[1:6] == ["local", "succeeded", "3", "0", "0"]
    every = run_feed("ingest", "--all", env=env, cwd=tmp_path)
    assert every.returncode == 0 and every.stderr == "[1/1] local: succeeded new=0 errors=0\n"
    path = run_feed("ingest", str(tmp_path / "articles" / "001-shenyang-forum.txt"), env=env, cwd=tmp_path)
    assert path.returncode == 0 and " succeeded " in path.stdout


def _on_a_terminal(*args: str, env: dict[str, str], cwd: Path) -> tuple[int, str, str]:
    """Run `feed ARGS` with stderr on a pseudo-terminal: (exit status, stdout, what the terminal got)."""
    import os
    import pty
    import subprocess

    from tests.service import FEED

    controller, terminal = pty.openpty()
    process = subprocess.Popen(
        [*FEED, *args],
        env=env | {"TERM": "xterm-256color", "COLUMNS": "120"},
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=terminal,
        text=True,
    )
    os.close(terminal)
    shown = b""
    while True:
        try:
            chunk = os.read(controller, 65536)
        except OSError:  # EIO: the process closed the terminal
            break
        if not chunk:
            break
        shown += chunk
    os.close(controller)
    stdout, _ = process.communicate(timeout=120)
    return process.returncode, stdout, shown.decode("utf-8", "replace")


def test_ingest_shows_a_progress_bar_on_a_terminal_unless_quiet(env: dict[str, str], tmp_path: Path) -> None:
    status, stdout, shown = _on_a_terminal("ingest", "local", env=env, cwd=tmp_path)
    assert status == 0 and stdout.splitlines()[1].split()[1:6] == ["local", "succeeded", "3", "0", "0"]
    assert "\x1b[" in shown and "━" in shown  # drawn, not printed
    final = shown.rsplit("\x1b[2K", 1)[-1]  # the bar as last drawn (each drawing erases the line first)
    assert "local" in final and "3/3" in final and "/s" in final and "left" in final, shown[-500:]
    status, stdout, shown = _on_a_terminal("ingest", "--quiet", "--all", env=env, cwd=tmp_path)
    assert status == 0 and " unchanged " in stdout.splitlines()[0] + " " and shown == ""


def test_reextract_shows_progress_and_a_summary(env: dict[str, str], tmp_path: Path) -> None:
    assert run_feed("ingest", "local", env=env, cwd=tmp_path).returncode == 0
    status, stdout, shown = _on_a_terminal("reextract", "--source", "local", env=env, cwd=tmp_path)
    assert status == 0 and [line.split() for line in stdout.splitlines()] == [
        ["articles", "errors", "unchanged", "changed", "added", "cancelled"],
        ["3", "0", "3", "0", "0", "0"],
    ]
    final = shown.rsplit("\x1b[2K", 1)[-1]
    assert "reextract local" in final and "3/3" in final and "/s" in final, shown[-500:]
    status, stdout, shown = _on_a_terminal("reextract", "--quiet", "--since", "2023-06-27", env=env, cwd=tmp_path)
    assert status == 0 and stdout.splitlines()[1].split()[:3] == ["2", "0", "2"] and shown == ""
    bad = run_feed("reextract", "--since", "June", env=env, cwd=tmp_path)
    assert (bad.returncode, bad.stderr) == (2, "error: reextract: --since must be a date, YYYY-MM-DD: 'June'\n")


def test_sources_lists_state(env: dict[str, str], tmp_path: Path) -> None:
    run_feed("ingest", "local", env=env, cwd=tmp_path)
    listing = run_feed("sources", env=env, cwd=tmp_path)
    assert listing.returncode == 0
    assert listing.stdout.splitlines()[0].split()[:3] == ["key", "kind", "schedule"]
    assert listing.stdout.splitlines()[1].split()[:3] == ["local", "files", "every"]


def test_sources_shows_the_progress_of_a_running_run(env: dict[str, str], tmp_path: Path) -> None:
    import sqlite3

    def running_column() -> str:
        header, row = run_feed("sources", env=env, cwd=tmp_path).stdout.splitlines()
        start = header.index("running")
        return row[start:].split()[0]

    assert run_feed("ingest", "local", env=env, cwd=tmp_path).returncode == 0
    assert running_column() == "-"
    with sqlite3.connect(tmp_path / "feed.db") as connection:
        connection.execute(
            "INSERT INTO ingest_runs (target, trigger, status, queued_at, new, updated, unchanged, events, errors, "
            "processed, total, source_id) SELECT 'local', 'cli', 'running', '2024-05-11 09:00:00', 40, 0, 0, 9, 0, "
            "40, 100, id FROM sources WHERE key = 'local'"
        )
    assert running_column() == "40/100"
    assert run_feed("ingest", "local", env=env, cwd=tmp_path).returncode == 0
    assert running_column() == "-"  # a newer run finished: that one died


def test_failed_ingest_exits_nonzero_with_the_reason(env: dict[str, str], tmp_path: Path) -> None:
    shutil.rmtree(tmp_path / "articles")
    result = run_feed("ingest", "local", env=env, cwd=tmp_path)
    assert result.returncode == 1
    assert "does not exist" in result.stdout


def test_errors_are_one_line_not_tracebacks(env: dict[str, str], tmp_path: Path) -> None:
    result = run_feed("ingest", "no-such-source", env=env, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("error: ingest:") and "Traceback" not in result.stderr
    bad = run_feed("sources", env=env | {"FEED_CONFIG": str(tmp_path / "missing.toml")}, cwd=tmp_path)
    assert bad.returncode == 2 and "does not exist" in bad.stderr


def test_db_upgrade(env: dict[str, str], tmp_path: Path) -> None:
    result = run_feed("db", "upgrade", env=env, cwd=tmp_path)
    assert result.returncode == 0 and "latest schema" in result.stdout
    assert (tmp_path / "feed.db").exists()


def test_extract_prints_meetings_and_stores_nothing(env: dict[str, str], tmp_path: Path) -> None:
    import json

    result = run_feed("extract", "--json", str(tmp_path / "articles"), env=env, cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    reports = json.loads(result.stdout)
    assert len(reports) == 3
    shenyang = next(r for r in reports if r["path"] == "file:001-shenyang-forum.txt")
    (meeting,) = shenyang["meetings"]
    assert (meeting["name"], meeting["start"], meeting["city"]) == (
        "國資央企助力東北全面振興座談會",
        "2023-06-25",
        "瀋陽",
    )
    assert not (tmp_path / "feed.db").exists()
    missing = run_feed("extract", str(tmp_path / "nope.txt"), env=env, cwd=tmp_path)
    assert missing.returncode == 2 and missing.stderr.startswith("extract: cannot read")


def test_serve_with_several_workers(env: dict[str, str], tmp_path: Path) -> None:
    import urllib.error
    import urllib.request
    from concurrent.futures import ThreadPoolExecutor

    from tests.service import running_service

    def trigger(base: str) -> int:
        request = urllib.request.Request(
            base + "/api/jobs",
            data=b'{"source": "local"}',
            method="POST",
            headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"},
        )
        try:
            return urllib.request.urlopen(request, timeout=10).status
        except urllib.error.HTTPError as exc:
            return exc.code

    assert run_feed("ingest", "local", env=env, cwd=tmp_path).returncode == 0
    limited = env | {"FEED_API_TOKEN": "s3cret", "FEED_JOB_RATE": "3/minute"}
    with running_service(limited, tmp_path, "--no-scheduler", "--workers", "2") as base:
        for _ in range(4):
            body = urllib.request.urlopen(base + "/feeds/articles.atom", timeout=10).read().decode()
            assert "國資央企助力東北全面振興座談會" in body
        assert urllib.request.urlopen(base + "/readyz", timeout=10).status == 200
        with ThreadPoolExecutor(8) as pool:  # at once, so both workers take some
            statuses = list(pool.map(lambda _: trigger(base), range(16)))
        assert statuses.count(202) == 3 and statuses.count(429) == 13, statuses  # one limit for both

        def posts_counted() -> float:
            scrape = urllib.request.urlopen(base + "/metrics", timeout=10).read().decode()
            return sum(
                float(line.rsplit(" ", 1)[1])
                for line in scrape.splitlines()
                if line.startswith("feed_http_requests_total{") and 'method="POST"' in line
            )

        # a request is counted once its response is sent, so the client may hear back a moment before it is
        deadline = time.monotonic() + 10
        while posts_counted() < 16 and time.monotonic() < deadline:
            time.sleep(0.1)
        posts = [posts_counted() for _ in range(6)]
        assert posts == [16.0] * 6, posts  # every scrape sums both workers' counters
    assert "with 2 workers" in (tmp_path / "serve.log").read_text()
    refused = run_feed("serve", "--workers", "2", env=env, cwd=tmp_path)
    assert refused.returncode == 2 and "--no-scheduler" in refused.stderr


def test_bad_fetch_settings_are_refused_at_start(env: dict[str, str], tmp_path: Path) -> None:
    result = run_feed("ingest", "--all", env=env | {"FEED_FETCH_TIMEOUT": "soon"}, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: config: FEED_FETCH_TIMEOUT must be a number, 0 or more (got 'soon')"


COMMANDS = [
    ["sources"],
    ["serve", "--port", "9"],
    ["ingest", "--all"],
    ["ingest", "local"],
    ["scheduler"],
    ["db", "upgrade"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=" ".join)
@pytest.mark.parametrize(
    ("url", "message"),
    [
        (
            "postgresql+psycopg://nobody:pw@127.0.0.1:1/x",
            "error: database: postgresql+psycopg://nobody:***@127.0.0.1:1/x: connection failed: ",
        ),
        (
            "bogus",
            "error: config: FEED_DATABASE_URL is not a database URL like sqlite:///./feed.db or "
            "postgresql+psycopg://USER:PASSWORD@HOST:5432/DB",
        ),
        ("nosuch://host/db", "error: config: FEED_DATABASE_URL names a database SQLAlchemy has no driver for: "),
        (f"sqlite:///{DEMO}/no/such/folder/feed.db", f"error: database: sqlite:///{DEMO}/no/such/folder/feed.db: "),
    ],
)
def test_a_bad_database_url_is_one_line_and_exit_2(
    env: dict[str, str],
    tmp_path: Path,
    command: list[str],
    url: str,
    message: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from feed.cli import main

    root = logging.getLogger()  # main() sets the root logger's handler and level: put them back after
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(root, "level", root.level)
    monkeypatch.chdir(tmp_path)
    for name in [name for name in os.environ if name.startswith("FEED_")]:
        monkeypatch.delenv(name)
    for name, value in (env | {"FEED_DATABASE_URL": url}).items():
        monkeypatch.setenv(name, value)
    status = main(command)
    stderr = capsys.readouterr().err
    assert (status, len(stderr.splitlines())) == (2, 1), stderr[-2000:]
    assert stderr.startswith(message), stderr
    assert "pw@" not in stderr


@pytest.mark.parametrize("url", [f"sqlite:///{DEMO}/no/such/folder/feed.db", "bogus"])
def test_the_installed_command_says_a_bad_database_url_in_one_line(
    env: dict[str, str], tmp_path: Path, url: str
) -> None:
    result = run_feed("sources", env=env | {"FEED_DATABASE_URL": url}, cwd=tmp_path)
    assert (result.returncode, len(result.stderr.splitlines())) == (2, 1), result.stderr[-2000:]
    assert result.stderr.startswith("error: "), result.stderr


def test_sources_shows_schedules_as_written_and_times_with_their_offset(env: dict[str, str], tmp_path: Path) -> None:
    (tmp_path / "sources.toml").write_text(
        '[[sources]]\nkey = "local"\nkind = "files"\npath = "articles"\nevery = "6h"\n'
        '[[sources]]\nkey = "often"\nkind = "files"\npath = "articles"\nevery = "30m"\n'
        '[[sources]]\nkey = "odd"\nkind = "files"\npath = "articles"\nevery = "90s"\n'
        '[[sources]]\nkey = "nightly"\nkind = "files"\npath = "articles"\ncron = "15 3 * * *"\n',
        encoding="utf-8",
    )
    env = env | {"TZ": "Asia/Shanghai"}
    assert run_feed("ingest", "local", env=env, cwd=tmp_path).returncode == 0
    rows = {line.split()[0]: line for line in run_feed("sources", env=env, cwd=tmp_path).stdout.splitlines()[1:]}
    assert "every 6h " in rows["local"] and "every 30m " in rows["often"] and "every 90s " in rows["odd"]
    assert "cron 15 3 * * * " in rows["nightly"]
    assert "+08:00" in rows["local"] and "UTC" not in rows["local"]


HEAVY_MODULES = {
    "starlette",
    "jinja2",
    "uvicorn",
    "feedparser",
    "trafilatura",
    "opencc",
    "apscheduler",
    "httpx",
    "gne",
    "numpy",
    "rich",
}


def _imported(*args: str, env: dict[str, str], cwd: Path) -> set[str]:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "feed", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return {line.split("|")[-1].strip() for line in result.stderr.splitlines() if line.startswith("import time:")}


def _packages(modules: set[str]) -> set[str]:
    return {module.split(".")[0] for module in modules}


def test_help_and_sources_import_neither_the_web_app_nor_the_extractors(env: dict[str, str], tmp_path: Path) -> None:
    assert not _packages(_imported("--help", env=env, cwd=tmp_path)) & HEAVY_MODULES
    run_feed("sources", env=env, cwd=tmp_path)  # the first one creates the database and its rows
    assert not _packages(_imported("sources", env=env, cwd=tmp_path)) & HEAVY_MODULES


def test_the_default_database_is_one_per_user_whatever_the_directory(env: dict[str, str], tmp_path: Path) -> None:
    env = {k: v for k, v in env.items() if k != "FEED_DATABASE_URL"} | {"XDG_DATA_HOME": str(tmp_path / "data")}
    here, there = tmp_path / "here", tmp_path / "there"
    here.mkdir()
    there.mkdir()
    assert run_feed("ingest", "local", env=env, cwd=here).returncode == 0
    listing = run_feed("sources", env=env, cwd=there)
    database = tmp_path / "data" / "feed" / "feed.db"
    assert listing.returncode == 0 and listing.stderr == f"database: sqlite:///{database}\n"
    row = listing.stdout.splitlines()[1]
    assert row.split()[:2] == ["local", "files"] and row.split()[4] != "-"  # its last run, made from `here`
    assert database.exists() and not list(here.iterdir()) and not list(there.iterdir())


def test_sources_names_the_database_without_its_password(env: dict[str, str], tmp_path: Path) -> None:
    result = run_feed(
        "sources", env=env | {"FEED_DATABASE_URL": "postgresql+psycopg://me:secret@127.0.0.1:1/x"}, cwd=tmp_path
    )
    assert result.returncode == 2 and "secret" not in result.stderr and "me:***@" in result.stderr


def test_ingesting_a_feed_file_never_loads_the_web_page_extractor(env: dict[str, str], tmp_path: Path) -> None:
    rss = tmp_path / "news.xml"
    rss.write_text(
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>t</title><link>https://x.example/</link>'
        "<description>d</description><item><title>第三届示例论坛在杭州举行</title><link>https://x.example/1</link>"
        "<pubDate>Tue, 02 Apr 2024 08:00:00 +0800</pubDate><description>4月1日，第三届示例论坛在杭州举行。</description>"
        "</item></channel></rss>",
        encoding="utf-8",
    )
    imported = _imported("ingest", str(rss), "--quiet", env=env, cwd=tmp_path)
    assert "feed.extract.meetings" in imported  # the extractor itself is loaded, by the run or its worker
    assert not {"trafilatura", "gne", "feed.parse.page"} & imported


def test_the_runs_process_loads_the_meeting_extractor_only_when_it_extracts(
    env: dict[str, str], tmp_path: Path
) -> None:
    """A large run's worker extracts: the run's own process imports the extractor (about 0.25 s) only
    when it extracts itself (a small run, or its worker lost)."""
    import subprocess
    import sys

    code = "import feed.ingest, sys; print('feed.extract.meetings' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, cwd=tmp_path, capture_output=True, text=True, timeout=60
    )
    assert result.stdout.strip() == "False", result.stderr[-2000:]
