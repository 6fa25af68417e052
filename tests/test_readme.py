"""The README's examples run in a fresh clone: files it ships, URLs a server accepts, the job's own Location."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
SHELL_LINES = [line for block in re.findall(r"```sh\n(.*?)```", README, re.S) for line in block.splitlines()]


def test_ingested_paths_are_files_the_repository_ships() -> None:
    paths = [m.group(1) for line in SHELL_LINES if (m := re.match(r"feed ingest (\S+)", line))]
    assert paths
    for path in paths:
        assert not path.startswith(("..", "/")) and (ROOT / path).is_file(), path


def test_curl_urls_are_percent_encoded() -> None:
    urls = [url for line in SHELL_LINES if line.startswith("curl") for url in re.findall(r"https?://[^\s'\"]+", line)]
    assert urls
    for url in urls:
        assert url.isascii(), url


def test_the_job_example_follows_the_location_it_was_given() -> None:
    assert not any("/api/jobs/1" in line for line in SHELL_LINES)
    assert any("%header{location}" in line for line in SHELL_LINES)


def test_settings_are_read_at_start_and_the_test_switches_documented() -> None:
    assert "is read when the server starts" in README
    tests = README.split("## Tests", 1)[1].split("\n## ", 1)[0]
    assert "FEED_TEST_RESTART_POSTGRES" in tests and "test_faults.py" in tests
