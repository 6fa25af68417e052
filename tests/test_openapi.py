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
    assert set(served["paths"]) == {
        "/api/articles",
        "/api/events",
        "/api/events/{uid}",
        "/api/sources",
        "/api/jobs",
        "/api/jobs/{id}",
        "/healthz",
        "/readyz",
        "/websub",
    }


# ---- the document and the validation agree, value by value ------------------------------

QUERY_SAMPLES = {
    "from": [
        "2023-06-25",
        "",
        "0942-02-04",
        "1899-12-31",
        "1900-01-01",
        "2999-12-31",
        "3000-01-01",
        "2023-02-30",
        "2023-W26-7",
        "20230625",
        "2023-6-25",
    ],
    "to": ["", "2023-06-25", "2023-06-25T00:00"],
    "limit": ["", "1", "500", "501", "0", "-1", "x"],
    "lang": ["", "zh", "zh-Hant", "en-GB-oxendict", "zh_TW"],
    "before": ["", "1-1", "1687744294000000-3", "1-2147483647", "1-9999999999", "1-99999999999", "x-1"],
    "q": ["", "沈阳", " ", "a\tb", "x" * 200, "x" * 201, "a\x00b", "a\x85b", "\ufffd"],
    "source": ["", "demo", "x" * 65],
}


def _parameter_schema(name: str) -> dict[str, Any]:
    (parameter,) = [p for p in document()["paths"]["/api/events"]["get"]["parameters"] if p["name"] == name]
    return parameter["schema"]


def _schema_accepts(schema: dict[str, Any], value: Any) -> bool:
    import jsonschema

    try:
        jsonschema.validate(value, schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)
    except jsonschema.ValidationError:
        return False
    return True


@pytest.mark.parametrize(("name", "value"), [(n, v) for n, values in QUERY_SAMPLES.items() for v in values])
def test_a_query_value_is_answered_200_exactly_when_the_document_allows_it(
    api_app: Starlette, name: str, value: str
) -> None:
    schema = _parameter_schema(name)
    typed: Any = int(value) if schema.get("type") == "integer" and value.lstrip("-").isdigit() else value
    with TestClient(api_app) as client:
        status = client.get("/api/events", params={name: value}).status_code
    assert status in (200, 400)
    assert (status == 200) == _schema_accepts(schema, typed), (name, value, status, schema)


JOB_URLS = [
    "https://news.example.org/rss.xml",
    "https://\u00cf",
    "https://news.example.org/新闻",
    "https://a b/",
    "http://host:99999/",
    "http://host:65535/x",
    "https://news.example.org/a%20b?x=1#y",
    "http://[::1/",
    "ftp://news.example.org/",
    "https://news.example.org/" + "x" * 2100,
    "http:///path",
]


@pytest.mark.parametrize("url", JOB_URLS)
def test_a_job_url_is_accepted_exactly_when_the_document_allows_it(api_app: Starlette, url: str) -> None:
    schemas = document()["components"]["schemas"]
    with TestClient(api_app) as client:
        status = client.post("/api/jobs", json={"url": url}, headers={"Authorization": f"Bearer {TOKEN}"}).status_code
    assert status in (202, 400)
    assert (status == 202) == _schema_accepts(
        {**schemas["JobRequest"], "components": {"schemas": schemas}}, {"url": url}
    ), (url, status)
