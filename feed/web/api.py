"""The JSON API: articles, events, sources, jobs."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from db.api_state import job_key, remember_job_key
from db.events import event_known_as
from db.feed_queries import EventWithReports, event_with_reports, events_for, recent_articles
from db.models import Article, IngestRun, Source
from db.runs import run_by_id
from db.sources import all_sources, source_by_key
from feed import ingest
from feed.corrections import Correction, CorrectionError, apply_correction, corrected_fields, parse_correction
from feed.errors import NotFound
from feed.fetch.errors import BlockedAddress
from feed.fetch.netguard import check_host
from feed.model import RunTrigger
from feed.render.articles import article_summary
from feed.render.calendar import location_text
from feed.sources import schedule_text
from feed.urls import is_api_url, url_problem
from feed.web.params import API_LIST, EVENT_LIST, no_params, parse_view, refuse_control
from feed.web.ratelimit import RateLimiter, retry_after
from feed.web.responses import cached_response

MAX_JOB_BODY = 8 * 1024
MAX_KEY_LENGTH = 255
MAX_ID = 2**31 - 1  # job ids are 32-bit integers


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def article_json(article: Article) -> dict[str, Any]:
    return {
        "title": article.title,
        "url": article.url,
        "published": _iso(article.published_at),
        "source": article.source.key,
        "outlet": article.outlet,
        "author": article.author,
        "language": article.language,
        "summary": article_summary(article),
        "events": [event.uid for event in article.events if not event.hidden],
    }


def event_json(shown: EventWithReports, links: Any, status: str) -> dict[str, Any]:
    event, reports = shown
    return {
        "uid": event.uid,
        "name": event.name,
        "start": event.start_date.isoformat(),
        "end": event.end_date.isoformat(),
        "start_time": _iso(event.start_time),
        "end_time": _iso(event.end_time),
        "timezone": event.timezone,
        "city": event.city,
        "city_en": event.city_en,
        "region": event.region,
        "country": event.country,
        "venue": event.venue,
        "location": location_text(event),
        "latitude": event.latitude,
        "longitude": event.longitude,
        "organisers": event.organisers,
        "status": status,
        "confidence": event.confidence,
        "evidence": event.evidence,
        "sentence": event.sentence,
        "sequence": event.sequence,
        "hidden": event.hidden,
        "corrected": None
        if event.corrected_at is None
        else {"at": _iso(event.corrected_at), "by": event.corrected_by, "fields": corrected_fields(event)},
        "ics": links.event_ics(event),
        "articles": [{"title": a.title, "url": a.url, "published": _iso(a.published_at)} for a in reports],
    }


def source_json(source: Source) -> dict[str, Any]:
    return {
        "key": source.key,
        "name": source.name,
        "kind": source.kind,
        "location": source.location,
        "schedule": schedule_text(source),
        "configured": source.configured,
        "last_run": _iso(source.last_run_at),
        "last_success": _iso(source.last_success_at),
        "next_run": _iso(source.next_run_at),
        "retry_at": _iso(source.retry_at),
        "error_count": source.error_count,
        "last_error": source.last_error,
        "disabled_reason": source.disabled_reason,
        "options": dict(source.options or {}),
    }


def run_json(run: IngestRun) -> dict[str, Any]:
    return {
        "id": run.id,
        "target": run.target,
        "trigger": run.trigger,
        "status": run.status,
        "queued_at": _iso(run.queued_at),
        "started_at": _iso(run.started_at),
        "finished_at": _iso(run.finished_at),
        "counts": {
            "new": run.new,
            "updated": run.updated,
            "unchanged": run.unchanged,
            "events": run.events,
            "errors": run.errors,
        },
        "progress": {"processed": run.processed, "total": run.total},
        "error": run.error,
    }


async def list_articles(request: Request) -> Response:
    view = parse_view(request.query_params, API_LIST)

    def build() -> tuple[bytes, dict[str, str]]:
        with request.app.state.database.begin() as session:
            rows = [article_json(a) for a in recent_articles(session, view.filters)]
        return bytes(JSONResponse({"articles": rows}).body), {}

    return await cached_response(request, "api", build, view)


async def list_events(request: Request) -> Response:
    view = parse_view(request.query_params, EVENT_LIST)
    links, today = request.app.state.links, request.app.state.today

    def build() -> tuple[bytes, dict[str, str]]:
        with request.app.state.database.begin() as session:
            rows = [event_json(s, links, today.status(s.event)) for s in events_for(session, view.filters)]
        return bytes(JSONResponse({"events": rows}).body), {}

    return await cached_response(request, "api", build, view, by_day=True)


def list_sources(request: Request) -> Response:
    no_params(request.query_params)
    with request.app.state.database.begin() as session:
        rows = [source_json(s) for s in all_sources(session)]
    return JSONResponse({"sources": rows})


def _require_token(request: Request) -> str:
    """The caller's scope (a digest of its token), or 401/403."""
    token = request.app.state.settings.api_token
    if not token:
        raise HTTPException(403, "the write API is off: set FEED_API_TOKEN on the server to enable it")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(
            401,
            "a valid 'Authorization: Bearer TOKEN' header is required",
            headers={"WWW-Authenticate": 'Bearer realm="feed"'},
        )
    return hashlib.sha256(token.encode()).hexdigest()


async def _limit(limiter: RateLimiter | None, key: str) -> None:
    if limiter is None:
        return
    wait = await run_in_threadpool(limiter.take, key)
    if wait:
        raise HTTPException(
            429, "too many job requests: wait before triggering again", headers={"Retry-After": retry_after(wait)}
        )


def _idempotency_key(request: Request) -> str | None:
    values = request.headers.getlist("idempotency-key")
    if not values:
        return None
    if len(values) > 1:
        raise HTTPException(400, "give Idempotency-Key once")
    key = values[0].strip()
    if len(key) >= 2 and key[0] == key[-1] == '"':
        key = key[1:-1]  # the structured-field form: "KEY"
    if not 1 <= len(key) <= MAX_KEY_LENGTH or not all("!" <= c <= "~" for c in key):
        raise HTTPException(400, f"Idempotency-Key must be 1 to {MAX_KEY_LENGTH} visible ASCII characters")
    return key


async def _json_body(request: Request, expected: str = '{"source": KEY} or {"url": URL}') -> Any:
    size, chunks = 0, []
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_JOB_BODY:
            raise HTTPException(413, f"the body is larger than {MAX_JOB_BODY} bytes")
        chunks.append(chunk)
    try:
        return json.loads(b"".join(chunks))
    except ValueError:
        raise HTTPException(400, f"the body must be JSON: {expected}") from None


async def create_job(request: Request) -> Response:
    no_params(request.query_params)
    limiter = request.app.state.job_limiter
    await _limit(limiter, "address:" + (request.client.host if request.client else "-"))
    scope = _require_token(request)
    await _limit(limiter, "token:" + scope)
    key = _idempotency_key(request)
    body = await _json_body(request)
    if not isinstance(body, dict) or len(body) != 1 or not isinstance(next(iter(body.values())), str):
        raise HTTPException(400, 'the body must be {"source": KEY} or {"url": URL}')
    for name, value in body.items():
        refuse_control(name, value)
    if "url" in body:
        _check_url(body["url"], request.app.state.settings.allow_private_networks)
    elif "source" not in body:
        raise HTTPException(400, 'the body must be {"source": KEY} or {"url": URL}')
    return await run_in_threadpool(_queue_job, request, body, scope, key)


def _check_url(url: str, allow_private: bool) -> None:
    if problem := url_problem(url):
        raise HTTPException(400, f"url {problem}")
    if not is_api_url(url):
        raise HTTPException(
            400,
            "url must be an RFC 3986 URI: ASCII only (percent-encode other characters, "
            "punycode for a host), a port up to 65535",
        )
    host = (urlsplit(url).hostname or "").rstrip(".")
    try:
        check_host(host, allow_private)
        try:  # the legacy IPv4 forms resolvers also accept: 2130706433, 0x7f.1, 127.1
            check_host(socket.inet_ntoa(socket.inet_aton(host)), allow_private)
        except OSError:
            pass
    except BlockedAddress as exc:
        raise HTTPException(400, "url: " + str(exc).removeprefix("fetcher: ")) from None


def _request_hash(body: dict[str, str]) -> str:
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _queue_job(request: Request, body: dict[str, str], scope: str, key: str | None) -> Response:
    """Queue a run, or answer again as before for an Idempotency-Key already used (24 h)."""
    database = request.app.state.database
    digest = _request_hash(body)
    for _ in range(2):  # a second pass when a concurrent request recorded the same key first
        if key is not None:
            with database.begin() as session:
                seen = job_key(session, scope, key)
                if seen is not None:
                    if seen.request_hash != digest:
                        raise HTTPException(
                            422,
                            "this Idempotency-Key was used with a different request body "
                            "in the last 24 hours: use a new key for a new request",
                        )
                    return _job_response(seen.response, seen.status_code, replayed=True)
        try:
            source_key = body["source"] if "source" in body else ingest.resolve_target(database, body["url"])
            with database.begin() as session:
                source = source_by_key(session, source_key)
                if source is None:
                    raise NotFound(f"ingest: no source with key {source_key!r}")
                run = ingest.queue_run_for(session, source, RunTrigger.API)
                payload = run_json(run)
                if key is not None:
                    remember_job_key(session, scope, key, digest, run, 202, payload)
            return _job_response(payload, 202)
        except NotFound as exc:
            raise HTTPException(404, str(exc)) from None
        except IntegrityError:
            if key is None:
                raise
    raise HTTPException(409, "a concurrent request with this Idempotency-Key is being processed: retry")


def _job_response(payload: dict[str, Any], status_code: int, *, replayed: bool = False) -> Response:
    headers = {"Location": f"/api/jobs/{payload['id']}"}
    if replayed:
        headers["Idempotent-Replayed"] = "true"
    return JSONResponse(payload, status_code=status_code, headers=headers)


def get_job(request: Request) -> Response:
    no_params(request.query_params)
    raw = request.path_params["id"]
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 10 or int(raw) > MAX_ID:
        raise HTTPException(404, f"no job {raw[:40]!r}")
    with request.app.state.database.begin() as session:
        run = run_by_id(session, int(raw))
        if run is None:
            raise HTTPException(404, f"no job {raw}")
        return JSONResponse(run_json(run))


async def correct_event(request: Request) -> Response:
    """PATCH /api/events/{uid}: an editor's correction (see feed.corrections)."""
    no_params(request.query_params)
    scope = _require_token(request)
    body = await _json_body(request, "an object of the fields to change")
    try:
        correction = parse_correction(body)
    except CorrectionError as exc:
        raise HTTPException(400, str(exc)) from None
    return await run_in_threadpool(_correct, request, correction, scope)


async def hide_event(request: Request) -> Response:
    """DELETE /api/events/{uid}: the event is hidden, a correction like any other; 204 also when it was."""
    no_params(request.query_params)
    scope = _require_token(request)
    await run_in_threadpool(_correct, request, Correction(changes={"hidden": True}), scope)
    return Response(status_code=204)


def _correct(request: Request, correction: Correction, scope: str) -> Response:
    uid = request.path_params["uid"]
    refuse_control("uid", uid)
    links, today = request.app.state.links, request.app.state.today
    with request.app.state.database.begin() as session:
        event = event_known_as(session, uid)
        if event is None:
            raise HTTPException(404, f"no event with uid {uid[:300]!r}")
        try:
            apply_correction(session, event, correction, scope[:16])
        except CorrectionError as exc:
            raise HTTPException(422, str(exc)) from None
        session.flush()
        shown = event_with_reports(session, event.uid, hidden=True)
        assert shown is not None
        return JSONResponse(event_json(shown, links, today.status(shown.event)))
