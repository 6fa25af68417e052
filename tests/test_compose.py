"""docker-compose.yml, read as issue #6 lays it out (no Docker engine runs on the CI machines).

The processes it starts are tested for real elsewhere: leadership and health checks in
test_leader.py, several web workers in test_cli.py, migrations taking turns in test_migrations.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from feed.cli import _parser

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    return yaml.safe_load((ROOT / "docker-compose.yml").read_text(encoding="utf-8"))["services"]


def test_the_processes_of_issue_6(services: dict[str, Any]) -> None:
    assert set(services) == {"postgres", "migrate", "web", "scheduler"}
    web = _parser().parse_args(services["web"]["command"][1:])
    assert web.command == "serve" and web.no_scheduler and web.workers >= 2
    assert services["scheduler"]["command"] == ["feed", "scheduler"]
    assert services["scheduler"]["deploy"]["replicas"] == 2
    assert services["migrate"]["command"] == ["feed", "db", "upgrade"] and services["migrate"]["restart"] == "no"


def test_migrations_run_once_before_web_and_schedulers(services: dict[str, Any]) -> None:
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    for name in ("web", "scheduler"):
        assert services[name]["depends_on"] == {"migrate": {"condition": "service_completed_successfully"}}


def test_every_long_running_service_has_a_health_check(services: dict[str, Any]) -> None:
    for name in ("postgres", "web", "scheduler"):
        assert services[name]["healthcheck"]["test"][0] in ("CMD", "CMD-SHELL"), name
    web_port = _parser().parse_args(services["web"]["command"][1:]).port
    assert services["web"]["healthcheck"]["test"][1:] == [
        "python", "-m", "feed.healthcheck", f"http://127.0.0.1:{web_port}/readyz"]
    scheduler = services["scheduler"]
    metrics_port = scheduler["environment"]["FEED_METRICS_PORT"]
    assert scheduler["healthcheck"]["test"][1:5] == [
        "python", "-m", "feed.healthcheck", f"http://127.0.0.1:{metrics_port}/metrics"]
    assert "--heartbeat" in scheduler["healthcheck"]["test"]


def test_configuration_is_by_documented_environment_only(services: dict[str, Any]) -> None:
    for name in ("migrate", "web", "scheduler"):
        environment = services[name]["environment"]
        assert environment["FEED_DATABASE_URL"].startswith("postgresql+psycopg://"), name
        for variable in environment:
            assert f"`{variable}`" in README, f"{variable} is not documented in the README"
        assert "--config" not in services[name]["command"]
