"""HTML pages: the index (subscribe, sources, meetings, articles), one page per meeting, one per stored
article (/articles/{id}: the item link of articles that have no publisher's URL), error pages.

Jinja2 templates in templates/, autoescaped: every piece of stored or user text is escaped where a
template prints it. Plain HTML and CSS, no JavaScript. A meeting's page describes the meeting twice
for machines: as schema.org JSON-LD (a data block, which the Content-Security-Policy does not treat
as a script) and as h-event microformats on what it shows.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from urllib.parse import quote, urlencode

import jinja2
from markupsafe import Markup
from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from db.events import uids_of
from db.feed_queries import (
    Report,
    article_with_events,
    event_with_reports,
    events_for,
    recent_articles,
    upcoming_events,
)
from db.models import Article, Event
from db.sources import all_sources
from feed.config import DEFAULT_ZONE
from feed.corrections import corrected_fields
from feed.events import was_moved
from feed.parse.html import sanitise_html
from feed.render.articles import article_html, article_summary, article_time
from feed.render.calendar import google_template, location_text, outlook_compose
from feed.render.events import event_when
from feed.render.links import Links
from feed.render.script import Script
from feed.render.structured import event_dates, event_jsonld, place_name
from feed.web import params
from feed.web.params import parse_view

INDEX_PARAMS = params.FILTERS | {"script", "min_confidence"}
FEEDS = (
    ("Articles", "Atom", "/feeds/articles.atom", "application/atom+xml"),
    ("Articles", "RSS 2.0", "/feeds/articles.rss", "application/rss+xml"),
    ("Articles", "JSON Feed", "/feeds/articles.json", "application/feed+json"),
    ("Meetings", "Atom", "/feeds/events.atom", "application/atom+xml"),
    ("Meetings", "RSS 2.0", "/feeds/events.rss", "application/rss+xml"),
)
CALENDAR = "/feeds/events.ics"


ERROR_TITLES = {404: "Not found", 500: "Something went wrong", 503: "Temporarily unavailable"}


def wants_html(request: Request) -> bool:
    """A browser (Accept: text/html): errors come as pages; API clients and feed readers keep JSON."""
    return "text/html" in request.headers.get("accept", "")


def error_page(request: Request, status: int, message: str, headers: Mapping[str, str] | None = None) -> HTMLResponse:
    context = {"title": ERROR_TITLES.get(status, "Error"), "message": message, "status": status}
    return templates.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)


def index(request: Request) -> HTMLResponse:
    links: Links = request.app.state.links
    # the filter form sends its empty fields (script=): here, unlike in feeds and the API, they mean none
    view = parse_view(
        QueryParams([(k, v) for k, v in request.query_params.multi_items() if v]),
        INDEX_PARAMS,
        default_limit=20,
        min_confidence=request.app.state.settings.min_confidence,
    )
    query = dict(request.query_params)
    today = request.app.state.today.now().astimezone(DEFAULT_ZONE).date()
    with request.app.state.database.begin() as session:
        upcoming_filters = replace(view.filters, start=max(view.filters.start or today, today))
        context = {
            "title": "Event feeds",
            "links": links,
            "query": query,
            "feeds": FEEDS,
            "calendar": links.url(CALENDAR, query),
            "opml": links.url("/feeds.opml", {"script": query.get("script", "")}),
            "timeline": links.url("/timeline", query),
            "embed": links.url("/embed", query),
            "embed_snippet": embed_snippet(links.url("/embed", query)),
            "script": view.script,
            "upcoming": [shown.event for shown in upcoming_events(session, upcoming_filters)],
            "past": [shown.event for shown in events_for(session, view.filters) if shown.event.end_date < today],
            "articles": recent_articles(session, view.filters),
            "sources": [s for s in all_sources(session) if s.configured],
        }
        # rendered here: the template reads the rows' relationships, which need the session
        return templates.TemplateResponse(request, "index.html", context)


def embed_snippet(url: str) -> str:
    """What a site pastes to show /embed: the URL escaped for the snippet's HTML (the page escapes the whole again)."""
    return (
        f'<iframe src="{html.escape(url)}" title="Upcoming meetings" width="100%" height="400" '
        'style="border:0" loading="lazy"></iframe>'
    )


def event_page(request: Request) -> HTMLResponse:
    links: Links = request.app.state.links
    uid = request.path_params["uid"]
    with request.app.state.database.begin() as session:
        shown = event_with_reports(session, uid)
        if shown is None:
            raise HTTPException(404, f"no event with uid {uid!r}")
        event, reports = shown
        details = links.event_page(event)
        moved = was_moved(event, uids_of(session, [event])[event.id] - {event.uid})
        context = {
            "title": event.name,
            "links": links,
            "event": event,
            "reports": reports,
            "page": details,
            "dates": event_dates(event),
            "place": _place_parts(event),
            "jsonld": event_jsonld(event, details, moved=moved),
            "ics": links.event_ics(event),
            "google": "https://calendar.google.com/calendar/render?" + urlencode(google_template(event, details)),
            "outlook": "https://outlook.live.com/calendar/0/deeplink/compose?"
            + urlencode(outlook_compose(event, details)),
            "status": request.app.state.today.status(event),
            "map": _map_url(event),
            "evidence": _evidence(event),
            "language": _sentence_language(reports),
            "corrected": corrected_fields(event),
        }
        return templates.TemplateResponse(request, "event.html", context)


MAX_ARTICLE_ID = 2**63 - 1  # ids go to the database as 64-bit integers: a larger one is malformed, not unknown


def article_page(request: Request) -> HTMLResponse:
    """One stored article: headline, date, outlet and source, its text as stored (sanitised on ingest),
    the meetings it reports (those the event pages show) and the publisher's link when it has one."""
    links: Links = request.app.state.links
    raw = request.path_params["id"]
    if not (raw.isascii() and raw.isdigit()) or not 1 <= int(raw) <= MAX_ARTICLE_ID:
        raise HTTPException(400, f"an article id is a whole number from 1 to {MAX_ARTICLE_ID}")
    with request.app.state.database.begin() as session:
        article = article_with_events(session, int(raw))
        if article is None:
            raise HTTPException(404, f"no article with id {raw}")
        url = article.url if article.url and article.url.startswith(("http://", "https://")) else None
        context = {
            "title": article.title,
            "links": links,
            "article": article,
            "page": links.article_page(article),
            "published": article_time(article),
            "dated": article.published_at is not None,
            "url": url,
            # sanitised at ingest (feed.parse) and again here, as the feeds do not need to: the page is ours
            "body": Markup(sanitise_html(article_html(article))),
            "summary": article_summary(article),
            "events": [e for e in article.events if not e.hidden],
            "original": article.original,
            "reprints": article.reprints,
        }
        return templates.TemplateResponse(request, "article.html", context)


def _place_parts(event: Event) -> list[tuple[str, str, bool]]:
    """(h-card property, value, shown) of the meeting's place, shown as location_text shows it: a part
    equal to one before it is not shown again, but its property is still given (a <data> element)."""
    parts: list[tuple[str, str, bool]] = []
    shown: list[str] = []
    for prop, value in (
        ("p-name", event.venue),
        ("p-locality", event.city),
        ("p-region", event.region),
        ("p-country-name", event.country),
    ):
        if value:
            parts.append((prop, value, value not in shown))
            shown.append(value)
    if event.city_en and event.city_en not in shown:
        parts.append(("", event.city_en, True))
    if not event.venue and parts:  # the whole place is its name (structured.place_name)
        parts.insert(0, ("p-name", place_name(event), False))
    return parts


def _map_url(event: Event) -> str | None:
    if event.latitude is None or event.longitude is None:
        return None
    return (
        f"https://www.openstreetmap.org/?mlat={event.latitude:.5f}&mlon={event.longitude:.5f}"
        f"#map=12/{event.latitude:.5f}/{event.longitude:.5f}"
    )


def _evidence(event: Event) -> list[str]:
    """['name 0.80', 'date (6月25日, 0.75)', 'place (瀋陽, 0.60)']: the phrases a meeting's confidence rests on."""
    parts = []
    for field in ("name", "date", "place"):
        found = event.evidence.get(field)
        if found and field != "name":
            parts.append(f"{field} ({found['phrase']}, {found['confidence']:.2f})")
        elif found:
            parts.append(f"{field} {found['confidence']:.2f}")
    return parts


def _sentence_language(reports: tuple[Report, ...]) -> str:
    languages = {report.language for report in reports if report.language}
    return languages.pop() if len(languages) == 1 else ""


def _event_path(event: Event) -> str:
    return "/events/" + quote(event.uid, safe="@")


def _article_path(article: Article | Report) -> str:
    return f"/articles/{article.article_id if isinstance(article, Report) else article.id}"


def _beijing_time(value: datetime | None) -> str:
    return value.astimezone(DEFAULT_ZONE).strftime("%Y-%m-%d %H:%M") if value else "—"


def _outlet(article: Article | Report) -> str:
    # a Report's outlet already falls back to its source's name
    return article.outlet or (article.source.name if isinstance(article, Article) else "")


def _in_script(html: str, script: Script) -> str:
    """`{% filter in_script(script) %}`: the block's text in the script asked for (?script=hans|hant).

    OpenCC maps Chinese characters to Chinese characters, so escaped markup stays escaped and safe.
    """
    converted = script.convert(str(html))
    return Markup(converted) if isinstance(html, Markup) else converted


def _environment() -> jinja2.Environment:
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        autoescape=True,  # every value a template prints is escaped unless it is Markup
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # |tojson (the JSON-LD) writes < > & ' as \u003c and so on: no text can end the <script> data block
    environment.policies["json.dumps_kwargs"] = {"ensure_ascii": False, "sort_keys": False}
    environment.filters.update(
        when=event_when,
        place=location_text,
        page_path=_event_path,
        article_path=_article_path,
        beijing=_beijing_time,
        outlet=_outlet,
        in_script=_in_script,
    )
    return environment


templates = Jinja2Templates(env=_environment())
