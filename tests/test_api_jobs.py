from __future__ import annotations

import socket
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select, update
from starlette.testclient import TestClient

from db.models import IngestRun, JobKey, utcnow
from db.runs import claim_queued_run
from db.session import Database
from feed import ingest
from feed.config import Settings, SourceConfig
from feed.sources import sync_sources
from feed.web.app import create_app
from tests.conftest import _empty
from tests.test_run_owner import dead_pid

DEMO = Path(__file__).resolve().parent.parent / "feed" / "demo" / "articles"
AUTH = {"Authorization": "Bearer s3cret"}


def app_client(database: Database, token: str | None, **settings: Any) -> TestClient:
    with database.begin() as session:
        sync_sources(session, [SourceConfig(key="demo", name="Demo", kind="files", path=DEMO)])
    return TestClient(
        create_app(Settings(database.url, DEMO / "none.toml", token, "http://testserver", **settings), database)
    )


@pytest.fixture
def client(database: Database) -> Iterator[TestClient]:
    with app_client(database, "s3cret") as client:
        yield client


def test_job_is_queued_run_and_reported(client: TestClient, database: Database) -> None:
    response = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH)
    assert response.status_code == 202
    location = response.headers["location"]
    assert location == f"/api/jobs/{response.json()['id']}"
    queued = client.get(location).json()
    assert (queued["status"], queued["progress"]) == ("queued", {"processed": 0, "total": None})
    ingest.run_queued(database)  # what the scheduler's poll does
    job = client.get(location).json()
    assert job["status"] == "succeeded"
    assert job["counts"] == {"new": 3, "updated": 0, "unchanged": 0, "events": 3, "errors": 0}
    assert job["progress"] == {"processed": 3, "total": 3}


def test_a_running_job_shows_its_progress_in_the_documented_schema(
    client: TestClient, database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run commits batch by batch (here every document): GET /api/jobs/{id} shows how far it is."""
    import jsonschema

    from feed.web.openapi import document

    schemas = document()["components"]["schemas"]
    monkeypatch.setattr(ingest, "BATCHING", ingest.Batching(size=1, seconds=60))
    location = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH).headers["location"]
    seen = []

    def progress(processed: int, total: int | None) -> None:
        job = client.get(location).json()
        jsonschema.validate(job, {**schemas["Job"], "components": {"schemas": schemas}})
        seen.append((processed, job["status"], job["progress"], job["counts"]["new"]))

    with database.begin() as session:
        run = claim_queued_run(session)
        assert run is not None
        run_id = run.id
    ingest.refresh(database, run_id, progress=progress)
    assert seen == [
        (0, "running", {"processed": 0, "total": None}, 0),  # reading the source
        (0, "running", {"processed": 0, "total": 3}, 0),
        (1, "running", {"processed": 1, "total": 3}, 1),  # told once each batch is committed
        (2, "running", {"processed": 2, "total": 3}, 2),
        (3, "running", {"processed": 3, "total": 3}, 3),
    ]
    assert client.get(location).json()["progress"] == {"processed": 3, "total": 3}


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
    [
        (b"not json", 400),
        (b'{"source": 1}', 400),
        (b'{"colour": "red"}', 400),
        (b"[]", 400),
        (b'{"url": "file:///etc/passwd"}', 400),
        (b'{"source": "nope"}', 404),
    ],
)
def test_malformed_job_requests(client: TestClient, body: bytes, status: int) -> None:
    response = client.post("/api/jobs", content=body, headers=AUTH | {"Content-Type": "application/json"})
    assert response.status_code == status
    assert response.json()["error"]


def test_unknown_job_is_404(client: TestClient) -> None:
    assert client.get("/api/jobs/999").status_code == 404
    assert client.get("/api/jobs/abc").status_code == 404


# ---- Idempotency-Key ----------------------------------------------------------


def _post(client: TestClient, body: dict[str, str], key: str | None = None, token: str = "s3cret") -> Any:
    headers = {"Authorization": f"Bearer {token}"} | ({"Idempotency-Key": key} if key else {})
    return client.post("/api/jobs", json=body, headers=headers)


def test_a_retry_with_the_same_key_gets_the_same_answer(client: TestClient, database: Database) -> None:
    first = _post(client, {"source": "demo"}, "key-1")
    assert first.status_code == 202 and "idempotent-replayed" not in first.headers
    ingest.run_queued(database)  # the job runs and finishes in between
    again = _post(client, {"source": "demo"}, "key-1")
    assert again.status_code == 202
    assert again.json() == first.json() and again.json()["status"] == "queued"  # the first answer, as sent
    assert again.headers["location"] == first.headers["location"]
    assert again.headers["idempotent-replayed"] == "true"
    assert client.get(first.headers["location"]).json()["status"] == "succeeded"
    fresh = _post(client, {"source": "demo"}, "key-2")  # a new key is a new request
    assert fresh.status_code == 202 and fresh.json()["id"] != first.json()["id"]


def test_a_key_reused_with_another_body_is_422(client: TestClient) -> None:
    assert _post(client, {"source": "demo"}, "key-1").status_code == 202
    reused = _post(client, {"url": "https://news.example.org/rss.xml"}, "key-1")
    assert reused.status_code == 422
    assert "different request body" in reused.json()["error"]
    assert _post(client, {"source": "nope"}, "key-1").status_code == 422


def test_keys_that_share_a_running_job_each_replay_it(client: TestClient, database: Database) -> None:
    first = _post(client, {"source": "demo"}, "key-a").json()
    second = _post(client, {"source": "demo"}, "key-b").json()
    assert second["id"] == first["id"]  # one run per source at a time
    ingest.run_queued(database)
    assert _post(client, {"source": "demo"}, "key-b").json() == second  # not a new run after the first ended


def test_keys_expire_after_24_hours(client: TestClient, database: Database) -> None:
    first = _post(client, {"source": "demo"}, "key-1").json()
    ingest.run_queued(database)
    with database.begin() as session:
        session.execute(update(JobKey).values(created_at=utcnow() - timedelta(hours=24, seconds=1)))
    later = _post(client, {"source": "demo"}, "key-1")
    assert later.status_code == 202 and later.json()["id"] != first["id"]
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(JobKey)) == 1


def test_keys_belong_to_their_token(database: Database) -> None:
    with app_client(database, "s3cret") as client:
        first = _post(client, {"source": "demo"}, "key-1").json()
    ingest.run_queued(database)
    with app_client(database, "another") as client:
        other = _post(client, {"source": "demo"}, "key-1", token="another").json()
    assert other["id"] != first["id"]


def test_errors_are_not_remembered(client: TestClient) -> None:
    assert _post(client, {"source": "nope"}, "key-1").status_code == 404
    assert _post(client, {"source": "demo"}, "key-1").status_code == 202


@pytest.mark.parametrize("key", ["", " ", "x" * 256, "naïve", "tab\there"])
def test_malformed_keys_are_400(client: TestClient, key: str) -> None:
    response = client.post(
        "/api/jobs", json={"source": "demo"}, headers=[*AUTH.items(), ("Idempotency-Key", key.encode("utf-8"))]
    )
    assert response.status_code == 400 and "Idempotency-Key" in response.json()["error"]


def test_a_quoted_key_is_the_same_key(client: TestClient) -> None:
    first = _post(client, {"source": "demo"}, "abc").json()
    assert _post(client, {"source": "demo"}, '"abc"').json() == first


def test_concurrent_requests_with_one_key_make_one_job(migrated_postgres: Database) -> None:
    database = migrated_postgres  # PostgreSQL only: SQLite runs one writer at a time
    _empty(database)
    with app_client(database, "s3cret", job_rate=None) as client:

        def post(i: int) -> tuple[int, int]:
            response = _post(client, {"source": "demo"}, "same-key")
            return response.status_code, response.json().get("id", response.text)

        with ThreadPoolExecutor(8) as pool:
            answers = list(pool.map(post, range(16)))
    assert {status for status, _ in answers} == {202}
    assert len({job for _, job in answers}) == 1
    with database.begin() as session:
        assert session.scalar(select(func.count()).select_from(JobKey)) == 1
        assert session.scalar(select(func.count()).select_from(IngestRun)) == 1


def test_a_retried_job_keeps_to_the_documented_schema(client: TestClient, database: Database) -> None:
    """The scheduler requeues an orphaned run with trigger 'retry': GET /api/jobs/{id} must match the document."""
    import jsonschema

    from feed.scheduler import recover_orphaned_runs
    from feed.web.openapi import document

    first = client.post("/api/jobs", json={"source": "demo"}, headers=AUTH).json()
    with database.begin() as session:
        claim_queued_run(session, f"{socket.gethostname()}:{dead_pid()}")  # a scheduler took it, then died
    recover_orphaned_runs(database)
    schemas = document()["components"]["schemas"]
    jobs = [client.get(f"/api/jobs/{first['id']}").json(), client.get(f"/api/jobs/{first['id'] + 1}").json()]
    assert [(j["trigger"], j["status"]) for j in jobs] == [("api", "failed"), ("retry", "queued")]
    for job in jobs:
        jsonschema.validate(job, {**schemas["Job"], "components": {"schemas": schemas}})
