"""docker-compose.yml, read as issue #6 lays it out (no Docker engine runs on the CI machines).

The processes it starts are tested for real elsewhere: leadership and health checks in
test_leader.py, several web workers in test_cli.py, migrations taking turns in test_migrations.py.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from sqlalchemy.engine import make_url

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
        "python",
        "-m",
        "feed.healthcheck",
        f"http://127.0.0.1:{web_port}/readyz",
    ]
    scheduler = services["scheduler"]
    metrics_port = scheduler["environment"]["FEED_METRICS_PORT"]
    assert scheduler["healthcheck"]["test"][1:5] == [
        "python",
        "-m",
        "feed.healthcheck",
        f"http://127.0.0.1:{metrics_port}/metrics",
    ]
    assert "--heartbeat" in scheduler["healthcheck"]["test"]


def test_configuration_is_by_documented_environment_only(services: dict[str, Any]) -> None:
    for name in ("migrate", "web", "scheduler"):
        environment = services[name]["environment"]
        assert environment["FEED_DATABASE_URL"].startswith("postgresql+psycopg://"), name
        for variable in environment:
            assert f"`{variable}`" in README, f"{variable} is not documented in the README"
        assert "--config" not in services[name]["command"]


# Issue #17: secrets in files, the port on loopback, bounded logs and memory, and the image's layers.

COMPOSE_TEXT = (ROOT / "docker-compose.yml").read_text(encoding="utf-8")
_DEFAULT = re.compile(r"\$\{(\w+):-([^}]*)\}")


def with_defaults(text: str) -> str:
    """`${NAME:-default}` as compose reads it without a .env."""
    return _DEFAULT.sub(lambda match: match.group(2), text)


def test_no_secret_in_any_environment(services: dict[str, Any]) -> None:
    """What `environment:` holds shows in `docker inspect`: the password and the token come from secret files."""
    secrets = yaml.safe_load(COMPOSE_TEXT)["secrets"]
    for name, service in services.items():
        environment = service.get("environment", {})
        assert not {"FEED_API_TOKEN", "POSTGRES_PASSWORD"} & set(environment), name
        for variable, value in environment.items():
            if variable.endswith("_FILE"):
                secret = value.removeprefix("/run/secrets/")
                assert secret in service["secrets"] and secret in secrets, (name, variable)
    for name in ("migrate", "web", "scheduler"):
        url = make_url(with_defaults(services[name]["environment"]["FEED_DATABASE_URL"]))
        assert url.password is None and url.username == services["postgres"]["environment"][
            "POSTGRES_USER"
        ].removeprefix("${FEED_DB_USER:-").removesuffix("}")
        assert (
            services[name]["environment"]["FEED_DATABASE_PASSWORD_FILE"]
            == services["postgres"]["environment"]["POSTGRES_PASSWORD_FILE"]
        )
    assert "FEED_API_TOKEN_FILE" in services["web"]["environment"]
    assert all(set(secret) == {"file"} for secret in secrets.values())


def test_credentials_are_written_once() -> None:
    """The user and database names come from one variable each; no password is written at all."""
    assert COMPOSE_TEXT.count("${FEED_DB_USER:-feed}") == 2 and COMPOSE_TEXT.count("${FEED_DB_NAME:-feed}") == 2
    assert "feed:feed@" not in COMPOSE_TEXT and "POSTGRES_PASSWORD:" not in COMPOSE_TEXT


def test_the_web_port_is_published_on_loopback_by_default(services: dict[str, Any]) -> None:
    (port,) = services["web"]["ports"]
    host, published, container = with_defaults(port).rsplit(":", 2)
    assert (host, published, container) == ("127.0.0.1", "8000", "8000")
    assert all("ports" not in service for name, service in services.items() if name != "web")


def test_logs_rotate_memory_is_bounded_and_the_web_has_time_to_start(services: dict[str, Any]) -> None:
    for name, service in services.items():
        assert service["logging"]["driver"] == "json-file", name
        assert {"max-size", "max-file"} <= set(service["logging"]["options"]), name
        assert re.fullmatch(r"\d+[mg]", service["mem_limit"]), name
    for name in ("postgres", "web", "scheduler"):
        assert services[name]["healthcheck"]["start_period"], name


def test_env_example_lists_every_setting_and_the_readme_documents_them() -> None:
    example = dict(
        line.split("=", 1)
        for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    )
    used = dict(_DEFAULT.findall(COMPOSE_TEXT))
    assert set(example) == set(used)
    for variable, default in used.items():
        assert example[variable] == default, variable
        assert f"`{variable}`" in README, f"{variable} is not documented in the README"


def test_the_image_installs_the_lock_before_the_code_and_keeps_its_data_in_a_volume() -> None:
    lines = [
        line
        for line in (ROOT / "Dockerfile").read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    stages = [index for index, line in enumerate(lines) if line.startswith("FROM ")]
    assert len(stages) >= 2, "a multi-stage build"
    lock = next(index for index, line in enumerate(lines) if "--require-hashes --no-deps -r" in line)
    code = next(index for index, line in enumerate(lines) if line.startswith("COPY feed"))
    assert "requirements.lock" in lines[lock] and lock < code
    final = lines[stages[-1] :]
    assert not any(line.startswith("COPY") and "--from=" not in line for line in final), "no build tree"
    (volume,) = [line.split()[1] for line in final if line.startswith("VOLUME")]
    (env,) = [line for line in final if "FEED_DATABASE_URL=" in line]
    assert f"FEED_DATABASE_URL=sqlite:///{volume}/" in env
