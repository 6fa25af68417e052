"""libical (Evolution's and many servers' parser) accepts the calendars: RFC 5545 and iTIP restrictions."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from starlette.testclient import TestClient

CHECKER = Path(__file__).parent / "data" / "libical_check.c"


@pytest.fixture(scope="module")
def libical_check(tmp_path_factory: pytest.TempPathFactory) -> Path:
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libical"], capture_output=True, text=True)
    if shutil.which("cc") is None or flags.returncode != 0:
        pytest.skip("libical's headers are not installed (apt-get install libical-dev)")
    program = tmp_path_factory.mktemp("libical") / "check"
    subprocess.run(["cc", "-o", str(program), str(CHECKER), *flags.stdout.split()], check=True)
    return program


@pytest.mark.parametrize("query", ["", "?alarm=PT1H", "?script=hans"])
def test_libical_finds_no_error(client: TestClient, libical_check: Path, tmp_path: Path, query: str) -> None:
    calendars = {"events.ics": client.get("/feeds/events.ics" + query).content}
    for line in calendars["events.ics"].decode().split("\r\n"):
        if line.startswith("UID:"):
            calendars[f"{line[4:]}.ics"] = client.get(f"/events/{line[4:]}.ics" + query).content
    for name, body in calendars.items():
        (tmp_path / "calendar.ics").write_bytes(body)
        result = subprocess.run([str(libical_check), str(tmp_path / "calendar.ics")], capture_output=True, text=True)
        assert result.returncode == 0, (name, result.stdout)
