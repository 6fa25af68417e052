from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.testclient import TestClient

from db import store
from db.session import Database
from feed import ingest
from feed.config import Settings, SourceConfig
from feed.web.app import create_app

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
AUTH = {"Authorization": "Bearer s3cret"}


def app_client(database: Database, token: str | None, **settings: Any) -> TestClient:
    with database.begin() as session:
        store.sync_sources(session, [SourceConfig(key="demo", name="Demo", kind="files", path=DEMO)])
    return TestClient(create_app(Settings(database.url, DEMO / "none.toml", token, "http://testserver", **settings),
                                 database))


@pytest.fixture
def client(database: Database) -> Iterator[TestClient]:
    with app_client(database, "s3cret") as client:
        yield client


def test_job_is_queued_run_and_reported(client: TestClient, database: Database) -> None:
    response = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH)
    assert response.status_code == 202
    location = response.headers["location"]
    assert location == f"/api/jobs/{response.json()['id']}"
    assert client.get(location).json()["status"] == "queued"
    ingest.run_queued(database)  # what the scheduler's poll does
    job = client.get(location).json()
    assert job["status"] == "succeeded"
    assert job["counts"] == {"new": 3, "updated": 0, "unchanged": 0, "events": 3, "errors": 0}


def test_second_trigger_while_queued_returns_the_same_job(client: TestClient) -> None:
    first = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH).json()["id"]
    assert client.post("/api/jobs", json={"source": "demo"}, headers=AUTH).json()["id"] == first


def test_failed_job_reports_its_error(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FEED_ALLOW_PRIVATE_NETWORKS", "1")  # the fetcher reads it too
    with app_client(database, "s3cret", allow_private_networks=True) as client:
        response = client.post("/api/jobs", json={"url": "http://127.0.0.1:9/none.xml"}, headers=AUTH)
        assert response.status_code == 202
        ingest.run_queued(database)
        job = client.get(response.headers["location"]).json()
    assert job["status"] == "failed" and job["error"].startswith("fetcher: ")


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic s3cret"}])
def test_without_a_valid_token_401(client: TestClient, headers: dict[str, str]) -> None:
    response = client.post("/api/jobs", json={"source": "demo"}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")


def test_without_a_configured_token_the_write_api_is_off(database: Database) -> None:
    with app_client(database, None) as client:
        response = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH)
    assert response.status_code == 403
    assert "FEED_API_TOKEN" in response.json()["error"]


@pytest.mark.parametrize(
    ("body", "status"),
    [(b"not json", 400), (b'{"source": 1}', 400), (b'{"colour": "red"}', 400), (b"[]", 400),
     (b'{"url": "file:///etc/passwd"}', 400), (b'{"source": "nope"}', 404)],
)
def test_malformed_job_requests(client: TestClient, body: bytes, status: int) -> None:
    response = client.post("/api/jobs", content=body, headers=AUTH | {"Content-Type": "application/json"})
    assert response.status_code == status
    assert response.json()["error"]


def test_unknown_job_is_404(client: TestClient) -> None:
    assert client.get("/api/jobs/999").status_code == 404
    assert client.get("/api/jobs/abc").status_code == 404
