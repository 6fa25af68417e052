"""The JSON API: articles, events, sources, jobs."""

from __future__ import annotations

import hmac
from typing import Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from db import store
from db.models import Article, Event, IngestRun, Source
from feed import ingest
from feed.errors import NotFound
from feed.render.calendar import location_text
from feed.web.params import parse_filters


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
        "summary": article.summary or article.text[:280],
        "events": [event.uid for event in article.events],
    }


def event_json(event: Event, links: Any) -> dict[str, Any]:
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
        "status": event.status,
        "confidence": event.confidence,
        "sequence": event.sequence,
        "ics": links.event_ics(event),
        "articles": [
            {"title": a.title, "url": a.url, "published": _iso(a.published_at)} for a in event.articles
        ],
    }


def source_json(source: Source) -> dict[str, Any]:
    return {
        "key": source.key,
        "name": source.name,
        "kind": source.kind,
        "location": source.location,
        "schedule": source.schedule,
        "configured": source.configured,
        "last_run": _iso(source.last_run_at),
        "last_success": _iso(source.last_success_at),
        "next_run": _iso(source.next_run_at),
        "error_count": source.error_count,
        "last_error": source.last_error,
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
            "new": run.new, "updated": run.updated, "unchanged": run.unchanged,
            "events": run.events, "errors": run.errors,
        },
        "error": run.error,
    }


def list_articles(request: Request) -> Response:
    filters = parse_filters(request.query_params)
    with request.app.state.database.begin() as session:
        rows = [article_json(a) for a in store.recent_articles(session, filters)]
    return JSONResponse({"articles": rows})


def list_events(request: Request) -> Response:
    filters = parse_filters(request.query_params)
    with request.app.state.database.begin() as session:
        rows = [event_json(e, request.app.state.links) for e in store.events_for(session, filters)]
    return JSONResponse({"events": rows})


def list_sources(request: Request) -> Response:
    with request.app.state.database.begin() as session:
        rows = [source_json(s) for s in store.all_sources(session)]
    return JSONResponse({"sources": rows})


def _require_token(request: Request) -> None:
    token = request.app.state.settings.api_token
    if not token:
        raise HTTPException(403, "the write API is off: set FEED_API_TOKEN on the server to enable it")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer TOKEN' header is required",
                            headers={"WWW-Authenticate": 'Bearer realm="feed"'})


async def create_job(request: Request) -> Response:
    _require_token(request)
    try:
        body = await request.json()
    except ValueError:
        raise HTTPException(400, 'the body must be JSON: {"source": KEY} or {"url": URL}') from None
    if not isinstance(body, dict) or len(body) != 1 or not isinstance(next(iter(body.values())), str):
        raise HTTPException(400, 'the body must be {"source": KEY} or {"url": URL}')
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(_queue_job, request, body)


def _queue_job(request: Request, body: dict[str, str]) -> Response:
    database = request.app.state.database
    try:
        if "source" in body:
            key = body["source"]
        elif "url" in body:
            url = body["url"]
            if not url.lower().startswith(("http://", "https://")) or len(url) > 2048:
                raise HTTPException(400, "url must be an http:// or https:// URL")
            key = ingest.resolve_target(database, url)
        else:
            raise HTTPException(400, 'the body must be {"source": KEY} or {"url": URL}')
        run_id = ingest.queue(database, key, "api")
    except NotFound as exc:
        raise HTTPException(404, str(exc)) from None
    with database.begin() as session:
        run = store.run_by_id(session, run_id)
        assert run is not None
        payload = run_json(run)
    return JSONResponse(payload, status_code=202, headers={"Location": f"/api/jobs/{run_id}"})


def get_job(request: Request) -> Response:
    raw = request.path_params["id"]
    if not raw.isdigit() or len(raw) > 18:
        raise HTTPException(404, f"no job {raw!r}")
    with request.app.state.database.begin() as session:
        run = store.run_by_id(session, int(raw))
        if run is None:
            raise HTTPException(404, f"no job {raw}")
        return JSONResponse(run_json(run))
