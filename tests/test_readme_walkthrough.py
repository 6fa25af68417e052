"""The README as a new user runs it: a fresh clone with nothing beside it, its first command, then its
'Try it' block and its jobs API example against the running service, with the output checked.
The other blocks are checked elsewhere: the test command and the lock installs by .ci/run itself,
the lock commands by tests/test_lock.py; the docker compose block needs a Docker engine (README).

Slow (a clean virtual environment and `pip install .`), so it runs when FEED_TEST_README=1 (set by
.ci/run) and skips otherwise.
"""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.service import free_port

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"


def shell_blocks(text: str) -> list[str]:
    return re.findall(r"```sh\n(.*?)```", text, re.S)


def try_it_block(text: str) -> str:
    section = text.split("## Try it", 1)[1].split("\n## ", 1)[0]
    (block, *_) = shell_blocks(section)
    return block


def jobs_block(text: str) -> tuple[str, str]:
    """The token the README exports before `feed serve`, and the commands that queue and read a job."""
    (block,) = [b for b in shell_blocks(text) if "/api/jobs" in b and "export FEED_API_TOKEN=" in b]
    export, rest = block.split("\n", 1)
    token = export.split("=", 1)[1].split()[0]
    return token, rest


def json_objects(text: str) -> list[dict[str, object]]:
    """The JSON objects curl printed one after another, with no newline between them."""
    decoder, found, at = json.JSONDecoder(), [], text.find("{")
    while at >= 0:
        value, end = decoder.raw_decode(text, at)
        found.append(value)
        at = text.find("{", end)
    return found


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if os.environ.get("FEED_TEST_README") != "1":
        pytest.skip("the README walk-through installs into a new virtual environment: set FEED_TEST_README=1")
    # the clone sits alone in its folder: no ../shared beside it, as on a newcomer's machine
    target = tmp_path_factory.mktemp("newcomer") / "feed"
    subprocess.run(["git", "clone", "-q", str(ROOT), str(target)], check=True, timeout=120)
    return target


def newcomer_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("FEED_", "VIRTUAL_ENV", "XDG_"))}
    env["PATH"] = os.pathsep.join(p for p in env["PATH"].split(os.pathsep) if ".venv" not in p)
    return env | {"HOME": str(home)}


def test_the_readme_first_command_and_try_it_block_work_in_a_fresh_clone(clone: Path, tmp_path: Path) -> None:
    text = (clone / "README.md").read_text(encoding="utf-8")
    install_and_serve = shell_blocks(text)[0].strip()
    assert install_and_serve.endswith("&& feed serve"), install_and_serve
    install = install_and_serve.removesuffix("&& feed serve").strip().removesuffix("&&").strip()
    port = free_port()
    env = newcomer_env(tmp_path / "home")
    subprocess.run(["bash", "-ec", install], cwd=clone, env=env, check=True, timeout=900, capture_output=True)

    token, job_commands = jobs_block(text)
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        ["bash", "-ec", f". .venv/bin/activate && exec feed serve --port {port}"],
        cwd=clone,
        env=env | {"FEED_API_TOKEN": token},
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
                break
            except OSError:
                assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
                time.sleep(0.3)
        # the first start's demo run goes on in the background: the Try-it block ingests one of its articles again,
        # which two runs at once can each store as an original (neither sees the other's before it commits)
        deadline = time.monotonic() + 120
        while not _demo_ran(port):
            assert server.poll() is None and time.monotonic() < deadline, (tmp_path / "serve.log").read_text()
            time.sleep(0.3)
        block = try_it_block(text).replace("127.0.0.1:8000", f"127.0.0.1:{port}")
        lines = [line for line in block.splitlines() if line.strip()]
        outputs = []
        for line in lines:
            command = line.split("  #", 1)[0].strip()  # the README's comments beside each command
            done = subprocess.run(
                ["bash", "-ec", f". .venv/bin/activate && {command}"],
                cwd=clone,
                env=env,
                capture_output=True,
                text=True,
                timeout=300,
            )
            assert done.returncode == 0, (command, done.stdout, done.stderr)
            outputs.append(done.stdout + done.stderr)
        script = (
            job_commands.replace("127.0.0.1:8000", f"127.0.0.1:{port}")
            + "\nsleep 3\n"
            + (job_commands.strip().splitlines()[-1].replace("127.0.0.1:8000", f"127.0.0.1:{port}"))
        )  # read the job again once the embedded scheduler has run it
        job = subprocess.run(["bash", "-ec", script], cwd=clone, env=env, capture_output=True, text=True, timeout=120)
        assert job.returncode == 0, (job.stdout, job.stderr)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
        log.close()

    ingest, sources, calendar, atom_encoded, atom_urlencoded = outputs
    assert "succeeded" in ingest and "001-shenyang-forum.txt" in ingest
    assert "demo" in sources and "database: sqlite:///" in sources and str(tmp_path / "home") in sources
    assert "SUMMARY;LANGUAGE=zh-Hant:國資央企助力東北全面振興座談會" in calendar
    assert "DTSTART;VALUE=DATE:20230625" in calendar and "Shenyang" in calendar
    for atom in (atom_encoded, atom_urlencoded):
        assert atom.count("<entry") == 1 and "瀋陽" in atom
    queued, done = json_objects(job.stdout)
    assert queued["target"] == done["target"] == "demo" and queued["trigger"] == "api"
    assert done["status"] == "succeeded", done


def _demo_ran(port: int) -> bool:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/sources", timeout=5) as response:
        sources = json.load(response)["sources"]
    return any(source["key"] == "demo" and source["last_run"] is not None for source in sources)
