"""The OpenAPI 3.1 document of the JSON API, served at /openapi.json.

It describes what the handlers in api.py and app.py return; tests/test_openapi.py
checks both against each other with schemathesis.
"""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from feed import __version__
from feed.corrections import MAX_EDITOR, MAX_NAME, MAX_NOTE, STATUSES, TEXT_FIELDS, TIME_PATTERN
from feed.model import RunStatus, RunTrigger
from feed.urls import MAX_URL, URL_PATTERN
from feed.web.api import MAX_ID, MAX_KEY_LENGTH
from feed.web.params import (
    CURSOR_PATTERN,
    DATE_PATTERN,
    FIRST_DAY,
    LANG_PATTERN,
    LAST_DAY,
    MAX_LIMIT,
    TEXT_PARAMS,
    TEXT_PATTERN,
)
from feed.web.websub import HUB_PATH
from feed.web.websub import MAX_URL as HUB_MAX_URL

_ERROR_REF = {"$ref": "#/components/schemas/Error"}
_VISIBLE = r"^[^\u0000-\u001f\u007f-\u009f]*\S[^\u0000-\u001f\u007f-\u009f]*$"  # no control characters, not blank


def _nullable(kind: str, **extra: Any) -> dict[str, Any]:
    return {"type": [kind, "null"], **extra}


def _object(properties: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"type": "object", "required": sorted(properties), "properties": properties, **extra}


def _error(description: str, **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": _ERROR_REF}}, **extra}


def _json(schema: dict[str, Any], description: str, **extra: Any) -> dict[str, Any]:
    return {"description": description, "content": {"application/json": {"schema": schema}}, **extra}


def _plain(description: str) -> dict[str, Any]:
    return {"description": description, "content": {"text/plain": {"schema": {"type": "string"}}}}


_RETRY_AFTER = {"Retry-After": {"description": "Seconds to wait", "schema": {"type": "string"}}}
_UNAVAILABLE = _error("The database is unreachable", headers=_RETRY_AFTER)
_DATE_TIME = _nullable("string", format="date-time")


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema}


def _text(name: str, description: str) -> dict[str, Any]:
    """An empty or blank text parameter is the same as none; the typed ones below need a value."""
    return _query(name, description, {"type": "string", "maxLength": TEXT_PARAMS[name], "pattern": TEXT_PATTERN})


_DATE = {"type": "string", "format": "date", "pattern": DATE_PATTERN}
FILTER_PARAMETERS = [
    _text("source", "Only this source (its key)"),
    _text("city", "Meetings in this city (any script; Chinese or English name)"),
    _text("region", "Meetings in this region (prefix match, any script)"),
    _text("q", "Words in the title or text (any script)"),
    _query("from", "From this day (Beijing time)", _DATE),
    _query("to", "Up to and including this day", _DATE),
    _query("lang", "A language tag or its prefix: zh, zh-Hant, en", {"type": "string", "pattern": LANG_PATTERN}),
    _query(
        "before",
        "Paging cursor from a feed's next link: /feeds/articles.* for articles, /feeds/events.rss|.atom for events",
        {"type": "string", "pattern": CURSOR_PATTERN},
    ),
    _query("limit", "How many (default 50)", {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT}),
]

SCHEMAS: dict[str, Any] = {
    "Error": _object({"error": {"type": "string"}}),
    "Article": _object(
        {
            "title": {"type": "string"},
            "url": _nullable("string"),
            "published": _DATE_TIME,
            "source": {"type": "string"},
            "outlet": _nullable("string"),
            "author": _nullable("string"),
            "language": _nullable("string"),
            "summary": {"type": "string"},
            "events": {"type": "array", "items": {"type": "string"}, "description": "UIDs of the meetings it reports"},
        }
    ),
    "Event": _object(
        {
            "uid": {"type": "string"},
            "name": {"type": "string"},
            "start": {"type": "string", "format": "date"},
            "end": {"type": "string", "format": "date", "description": "The last day (inclusive)"},
            "start_time": _nullable("string"),
            "end_time": _nullable("string"),
            "timezone": {"type": "string"},
            "city": _nullable("string"),
            "city_en": _nullable("string"),
            "region": _nullable("string"),
            "country": _nullable("string"),
            "venue": _nullable("string"),
            "location": {"type": "string"},
            "latitude": _nullable("number"),
            "longitude": _nullable("number"),
            "organisers": {"type": "array", "items": _object({"name": {"type": "string"}, "role": {"type": "string"}})},
            "status": {
                "type": "string",
                "enum": ["scheduled", "ongoing", "held", "cancelled", "postponed"],
                "description": "As of today in the meeting's time zone: scheduled before its start day, "
                "ongoing from its start to its end day, held after; cancelled and postponed "
                "as reported",
            },
            "confidence": {
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "description": "How sure the extractor is that this is a real meeting on this start date; "
                "calendars and event feeds list those at or above FEED_MIN_CONFIDENCE",
            },
            "evidence": {
                "type": "object",
                "description": "For name, date and place: the phrase it came from, "
                "the cue that gave it and its confidence",
                "additionalProperties": _object(
                    {"phrase": {"type": "string"}, "cue": {"type": "string"}, "confidence": {"type": "number"}}
                ),
            },
            "sentence": _nullable("string", description="The sentence that reports the meeting"),
            "sequence": {"type": "integer", "description": "Raised by every change, the editor's corrections too"},
            "hidden": {"type": "boolean", "description": "Hidden by an editor: listed nowhere (only PATCH shows it)"},
            "corrected": {
                "oneOf": [
                    {"type": "null"},
                    _object(
                        {
                            "at": {"type": "string", "format": "date-time"},
                            "by": {"type": "string"},
                            "fields": {
                                "type": "array",
                                "items": {"type": "string"},
                                "description": "Event columns an editor set; ingest leaves them alone",
                            },
                        }
                    ),
                ],
                "description": "The latest correction by an editor, or null",
            },
            "ics": {"type": "string", "description": "URL of the event's iCalendar file"},
            "articles": {
                "type": "array",
                "items": _object(
                    {
                        "title": {"type": "string"},
                        "url": _nullable("string"),
                        "published": _DATE_TIME,
                    }
                ),
            },
        }
    ),
    "Source": _object(
        {
            "key": {"type": "string"},
            "name": {"type": "string"},
            "kind": {"type": "string", "examples": ["feed", "page", "listing", "files", "auto"]},
            "location": {"type": "string", "description": "URL or path"},
            "schedule": {"type": "string"},
            "configured": {"type": "boolean", "description": "false: an ad-hoc source or one no longer configured"},
            "last_run": _DATE_TIME,
            "last_success": _DATE_TIME,
            "next_run": _DATE_TIME,
            "retry_at": {**_DATE_TIME, "description": "No attempt before this time (backoff, Retry-After, ttl)"},
            "error_count": {"type": "integer", "minimum": 0},
            "last_error": _nullable("string"),
            "disabled_reason": _nullable("string", description="Set: scheduled runs skip the source"),
            "options": {"type": "object", "description": "fulltext, selector, allow_private"},
        }
    ),
    "Job": _object(
        {
            "id": {"type": "integer", "minimum": 1},
            "target": {"type": "string"},
            "trigger": {"type": "string", "enum": [t.value for t in RunTrigger]},
            "status": {"type": "string", "enum": [s.value for s in RunStatus]},
            "queued_at": {"type": "string", "format": "date-time"},
            "started_at": _DATE_TIME,
            "finished_at": _DATE_TIME,
            "counts": _object(
                {
                    name: {"type": "integer", "minimum": 0}
                    for name in ("new", "updated", "unchanged", "events", "errors")
                },
                description="So far while the job runs: a run commits every 500 documents or 2 seconds",
            ),
            "progress": _object(
                {
                    "processed": {
                        "type": "integer",
                        "minimum": 0,
                        "description": "Documents stored (committed) so far",
                    },
                    "total": _nullable(
                        "integer",
                        minimum=0,
                        description="Documents the run has to store; null until the source has been read",
                    ),
                }
            ),
            "error": _nullable("string"),
        }
    ),
    "JobRequest": {
        "oneOf": [
            _object(
                {"source": {"type": "string", "minLength": 1, "pattern": TEXT_PATTERN, "description": "A source key"}},
                additionalProperties=False,
            ),
            _object(
                {
                    "url": {
                        "type": "string",
                        "format": "uri",
                        "pattern": URL_PATTERN,
                        "maxLength": MAX_URL,
                        "description": "A feed or article URL (ASCII: percent-encode other characters; no "
                        "user name or password); private addresses need "
                        "FEED_ALLOW_PRIVATE_NETWORKS=1",
                    }
                },
                additionalProperties=False,
            ),
        ],
    },
    "EventCorrection": {
        "type": "object",
        "minProperties": 1,
        "additionalProperties": False,
        "description": "The fields to change; each one given outlives every later ingest of the articles. "
        "A new start without an end keeps the meeting's length.",
        "properties": {
            "name": {"type": "string", "minLength": 1, "maxLength": MAX_NAME, "pattern": _VISIBLE},
            "start": {"type": "string", "format": "date", "pattern": DATE_PATTERN},
            "end": {"type": "string", "format": "date", "pattern": DATE_PATTERN, "description": "The last day"},
            "start_time": _nullable("string", pattern=TIME_PATTERN, description="HH:MM or HH:MM:SS, local time"),
            "end_time": _nullable("string", pattern=TIME_PATTERN),
            **{
                name: _nullable("string", minLength=1, maxLength=limit, pattern=_VISIBLE)
                for name, limit in TEXT_FIELDS.items()
            },
            "status": {"type": "string", "enum": list(STATUSES)},
            "hidden": {"type": "boolean", "description": "true: listed nowhere (as DELETE does)"},
            "editor": _nullable(
                "string", minLength=1, maxLength=MAX_EDITOR, pattern=_VISIBLE, description="Who corrects (recorded)"
            ),
            "note": _nullable("string", minLength=1, maxLength=MAX_NOTE, pattern=_VISIBLE, description="Why"),
        },
    },
    "Readiness": _object(
        {
            "status": {"type": "string", "enum": ["ready", "unavailable"]},
            "database": {"type": "string", "enum": ["reachable", "unreachable"]},
            "migrations": {"type": "string", "enum": ["current", "behind", "unknown"]},
        }
    ),
}


MIN_CONFIDENCE = {
    "name": "min_confidence",
    "in": "query",
    "required": False,
    "description": "Only meetings this sure or surer (default: all)",
    "schema": {"type": "number", "minimum": 0, "maximum": 1},
}


def _list(name: str, item: str, summary: str, extra: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    schema = _object({name: {"type": "array", "items": {"$ref": f"#/components/schemas/{item}"}}})
    return {
        "get": {
            "summary": summary,
            "operationId": f"list_{name}",
            "parameters": FILTER_PARAMETERS + (extra or []),
            "responses": {
                "200": _json(schema, f"The {name}") | {"headers": _VALIDATORS},
                "304": {
                    "description": "Unchanged since the ETag sent in If-None-Match (or If-Modified-Since)",
                    "headers": _VALIDATORS,
                },
                "400": _error("A query parameter is not valid"),
                "503": _UNAVAILABLE,
            },
        }
    }


_VALIDATORS = {
    "ETag": {"description": "Changes when the data does", "schema": {"type": "string"}},
    "Last-Modified": {"description": "When the data last changed", "schema": {"type": "string"}},
}


_JOB = {"$ref": "#/components/schemas/Job"}
_LOCATION = {"Location": {"description": "/api/jobs/{id}", "schema": {"type": "string"}}}

PATHS: dict[str, Any] = {
    "/api/articles": _list("articles", "Article", "Articles, newest first (each story once)"),
    "/api/events": _list("events", "Event", "Meetings, latest start first, with their confidence", [MIN_CONFIDENCE]),
    "/api/sources": {
        "get": {
            "summary": "Sources and their state",
            "operationId": "list_sources",
            "responses": {
                "200": _json(
                    _object({"sources": {"type": "array", "items": {"$ref": "#/components/schemas/Source"}}}),
                    "The sources",
                ),
                "400": _error("A query parameter was given (there are none)"),
                "503": _UNAVAILABLE,
            },
        }
    },
    "/api/events/{uid}": {
        "parameters": [{"name": "uid", "in": "path", "required": True, "schema": {"type": "string"}}],
        "patch": {
            "summary": "Correct a meeting: name, dates, times, place, status, or hide it",
            "description": "The fields given outlive every later ingest of the same articles. The correction "
            "raises SEQUENCE and LAST-MODIFIED, is recorded with the editor's name (else 'token') and the time, "
            "and the event page shows the meeting as corrected. A correction that changes nothing changes "
            "and records nothing. The UID may also be one the meeting was known by before it moved.",
            "operationId": "correct_event",
            "security": [{"bearer": []}],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/EventCorrection"}}},
            },
            "responses": {
                "200": _json({"$ref": "#/components/schemas/Event"}, "The meeting as corrected"),
                "400": _error("The body is not valid, or a query parameter was given"),
                "401": _error("No valid bearer token"),
                "403": _error("The write API is off (FEED_API_TOKEN is not set)"),
                "404": _error("No meeting with this UID"),
                "413": _error("The body is too large"),
                "422": _error("The corrected meeting would end before it starts, or last over a year"),
                "503": _UNAVAILABLE,
            },
        },
        "delete": {
            "summary": "Hide a meeting",
            "description": 'A correction like PATCH {"hidden": true}: the meeting is listed nowhere and later '
            'ingests do not bring it back; PATCH {"hidden": false} shows it again.',
            "operationId": "hide_event",
            "security": [{"bearer": []}],
            "responses": {
                "204": {"description": "Hidden (also when it already was)"},
                "400": _error("A query parameter was given"),
                "401": _error("No valid bearer token"),
                "403": _error("The write API is off (FEED_API_TOKEN is not set)"),
                "404": _error("No meeting with this UID"),
                "503": _UNAVAILABLE,
            },
        },
    },
    "/api/jobs": {
        "post": {
            "summary": "Trigger an ingest run of a source or URL",
            "description": "One run per source at a time: a trigger while one is queued or running answers that "
            "run. With Idempotency-Key, a retry with the same key and body in the next 24 hours gets "
            "the first answer again (same status and body). Rate-limited per client address and "
            "per token, in each web process (FEED_JOB_RATE).",
            "operationId": "create_job",
            "security": [{"bearer": []}],
            "parameters": [
                {
                    "name": "Idempotency-Key",
                    "in": "header",
                    "required": False,
                    "description": "Makes retries safe: one job per key and token for 24 hours",
                    "schema": {"type": "string", "minLength": 1, "maxLength": MAX_KEY_LENGTH, "pattern": "^[!-~]+$"},
                }
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/JobRequest"}}},
            },
            "responses": {
                "202": _json(_JOB, "Queued, or the run already queued or running for the source", headers=_LOCATION),
                "400": _error("The body, a URL or the Idempotency-Key is not valid, or the URL is a private address"),
                "401": _error("No valid bearer token"),
                "403": _error("The write API is off (FEED_API_TOKEN is not set)"),
                "404": _error("No such source, file or folder"),
                "409": _error("A concurrent request with the same Idempotency-Key is in progress"),
                "413": _error("The body is too large"),
                "422": _error("The Idempotency-Key was used with a different body"),
                "429": _error("Too many job requests", headers=_RETRY_AFTER),
                "503": _UNAVAILABLE,
            },
        }
    },
    "/api/jobs/{id}": {
        "get": {
            "summary": "A job's status, counts and progress",
            "operationId": "get_job",
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "schema": {"type": "integer", "minimum": 1, "maximum": MAX_ID},
                }
            ],
            "responses": {
                "200": _json(_JOB, "The job"),
                "400": _error("A query parameter was given"),
                "404": _error("No such job"),
                "503": _UNAVAILABLE,
            },
        }
    },
    HUB_PATH: {
        "post": {
            "summary": "WebSub hub: subscribe to or unsubscribe from a feed or calendar of this service",
            "description": "W3C WebSub §5.1. The hub answers 202 and verifies the intent at hub.callback "
            "with a GET carrying hub.challenge; updates then reach the callback when the topic changes, "
            "signed with X-Hub-Signature: sha256=… when hub.secret was given.",
            "operationId": "websub",
            "requestBody": {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {
                        "schema": {
                            "type": "object",
                            "required": ["hub.mode", "hub.callback", "hub.topic"],
                            "properties": {
                                "hub.mode": {"type": "string", "enum": ["subscribe", "unsubscribe"]},
                                "hub.callback": {"type": "string", "format": "uri", "maxLength": HUB_MAX_URL},
                                "hub.topic": {
                                    "type": "string",
                                    "maxLength": HUB_MAX_URL,
                                    "description": "A feed or calendar URL of this service, filters included",
                                },
                                "hub.lease_seconds": {"type": "integer", "minimum": 1},
                                "hub.secret": {"type": "string", "description": "Under 200 bytes"},
                            },
                        }
                    }
                },
            },
            "responses": {
                "202": _plain("Accepted: the hub will verify the request at the callback"),
                "400": _plain("A field is missing or wrong, or the topic is no feed or calendar of this service"),
                "413": _plain("The request body is too large"),
                "415": _plain("The body is not application/x-www-form-urlencoded"),
                "429": _plain("The topic or the callback's host has the most subscriptions allowed"),
                "503": _UNAVAILABLE,
            },
        }
    },
    "/healthz": {
        "get": {
            "summary": "Liveness: the process answers",
            "operationId": "healthz",
            "responses": {"200": {"description": "Alive", "content": {"text/plain": {"schema": {"type": "string"}}}}},
        }
    },
    "/readyz": {
        "get": {
            "summary": "Readiness: the database answers and its migrations are current",
            "operationId": "readyz",
            "responses": {
                "200": _json({"$ref": "#/components/schemas/Readiness"}, "Ready"),
                "503": _json({"$ref": "#/components/schemas/Readiness"}, "Not ready", headers=_RETRY_AFTER),
            },
        }
    },
}


def document() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Event feeds JSON API",
            "version": __version__,
            "description": "News articles and the meetings they report. Feeds and calendars (/feeds/...) are "
            f"documented in the README. Dates run from {FIRST_DAY} to {LAST_DAY}.",
        },
        "paths": PATHS,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "bearer": {"type": "http", "scheme": "bearer", "description": "FEED_API_TOKEN of the server"}
            },
        },
    }


def openapi_json(request: Request) -> Response:
    return JSONResponse(document())
