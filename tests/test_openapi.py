"""The OpenAPI document against the handlers: schemathesis finds no 5xx and no schema violation.

The app runs on SQLite with the demo articles ingested; examples are bounded so the run stays short.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance, status_code_conformance
from starlette.applications import Starlette
from starlette.testclient import TestClient

from db.migrate import upgrade
from db.session import Database
from feed import ingest
from feed.config import Settings, SourceConfig
from feed.sources import sync_sources
from feed.web.app import create_app
from feed.web.openapi import document

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
TOKEN = "s3cret"
CHECKS = [not_a_server_error, response_schema_conformance, status_code_conformance]


@pytest.fixture(scope="module")
def api_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Starlette]:
    database = Database(f"sqlite:///{tmp_path_factory.mktemp('openapi') / 'feed.db'}")
    upgrade(database.engine)
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key="demo", name="Demo", kind="files", path=DEMO)])
    assert ingest.ingest_now(database, "demo", "cli").new == 3
    settings_ = Settings(database.url, DEMO / "none.toml", TOKEN, "http://testserver", job_rate=None)
    yield create_app(settings_, database, version_ttl=0)
    database.dispose()


# Loaded from the document itself (the test below checks /openapi.json serves it): schemathesis'
# fixture-based lazy loading does not run under pytest 9.
schema = schemathesis.openapi.from_dict(document())


@schema.parametrize()
@settings(max_examples=40, deadline=None, database=None, suppress_health_check=list(HealthCheck))
def test_the_api_keeps_to_its_document(case: Any, api_app: Starlette) -> None:
    case.call_and_validate(app=api_app, headers={"Authorization": f"Bearer {TOKEN}"}, checks=CHECKS)


def test_the_document_is_served_and_lists_every_json_route(api_app: Starlette) -> None:
    with TestClient(api_app) as client:
        served = client.get("/openapi.json").json()
    assert served == document()
    assert served["openapi"].startswith("3.1")
    assert set(served["paths"]) == {"/api/articles", "/api/events", "/api/sources", "/api/jobs",
                                      "/api/jobs/{id}", "/healthz", "/readyz"}
