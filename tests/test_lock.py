"""requirements.lock and requirements-test.lock (issue #17): the image and CI install these, with hashes.

They must keep up with pyproject.toml: a dependency added there without refreshing the locks (README,
"Locked dependencies") would be missing from the image, as it installs the lock with --no-deps.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)(?:\[[^\]]*\])?==([^\s;\\]+)")


def pins(name: str) -> dict[str, tuple[str, int]]:
    """{canonical name: (version, number of hashes)} of a lock written by `uv pip compile --generate-hashes`."""
    found: dict[str, tuple[str, int]] = {}
    current = None
    for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match:
            current = canonicalize_name(match.group(1))
            found[current] = (match.group(2), 0)
        elif line.strip().startswith("--hash=sha256:") and current:
            version, hashes = found[current]
            found[current] = (version, hashes + 1)
        elif not line.startswith((" ", "#")) and line.strip():
            pytest.fail(f"{name}: a line that is neither a pin nor a hash: {line!r}")
    return found


RUNTIME = pins("requirements.lock")
TEST = pins("requirements-test.lock")


@pytest.mark.parametrize("lock", [RUNTIME, TEST], ids=["requirements.lock", "requirements-test.lock"])
def test_every_pin_has_a_hash_and_the_project_is_not_pinned(lock: dict[str, tuple[str, int]]) -> None:
    assert lock
    assert all(hashes > 0 for _, hashes in lock.values()), [n for n, (_, h) in lock.items() if not h]
    assert "feed" not in lock


@pytest.mark.parametrize("requirement", PROJECT["dependencies"])
def test_every_runtime_dependency_is_locked_within_its_range(requirement: str) -> None:
    wanted = Requirement(requirement)
    for lock in (RUNTIME, TEST):
        name = canonicalize_name(wanted.name)
        assert name in lock, f"{wanted.name} is not in a lock: refresh them (README, Locked dependencies)"
        assert wanted.specifier.contains(lock[name][0], prereleases=True), (requirement, lock[name][0])


@pytest.mark.parametrize("requirement", PROJECT["optional-dependencies"]["test"])
def test_every_test_dependency_is_in_the_test_lock(requirement: str) -> None:
    wanted = Requirement(requirement)
    name = canonicalize_name(wanted.name)
    assert name in TEST, f"{wanted.name} is not in requirements-test.lock: refresh it"
    assert wanted.specifier.contains(TEST[name][0], prereleases=True), (requirement, TEST[name][0])


def test_tests_run_on_the_versions_the_image_ships() -> None:
    assert set(RUNTIME) <= set(TEST)
    assert {name: RUNTIME[name][0] for name in RUNTIME} == {name: TEST[name][0] for name in RUNTIME}
