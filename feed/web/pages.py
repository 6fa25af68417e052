"""HTML pages: the index (subscribe, sources, meetings, articles) and one page per meeting.

Plain HTML and CSS, no JavaScript; every piece of stored or user text is escaped.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import datetime
from html import escape
from urllib.parse import quote, urlencode
from zoneinfo import ZoneInfo

from starlette.datastructures import QueryParams
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse

from db.feed_queries import Report, event_with_reports, events_for, recent_articles
from db.models import Article, Event, Source
from db.sources import all_sources
from feed.render.calendar import google_template, location_text, outlook_compose
from feed.render.events import event_when
from feed.render.links import Links
from feed.web import params
from feed.web.params import parse_view

BEIJING = ZoneInfo("Asia/Shanghai")
INDEX_PARAMS = params.FILTERS | {"script", "min_confidence"}
FEEDS = (
    ("Articles", "Atom", "/feeds/articles.atom", "application/atom+xml"),
    ("Articles", "RSS 2.0", "/feeds/articles.rss", "application/rss+xml"),
    ("Articles", "JSON Feed", "/feeds/articles.json", "application/feed+json"),
    ("Meetings", "Atom", "/feeds/events.atom", "application/atom+xml"),
    ("Meetings", "RSS 2.0", "/feeds/events.rss", "application/rss+xml"),
)
CALENDAR = "/feeds/events.ics"
STYLE = """
*{box-sizing:border-box}
body{font:16px/1.55 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC",sans-serif;
max-width:56rem;margin:0 auto;padding:1rem;color:#1f2328;background:#fff}
h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #d0d7de;
padding-bottom:.2rem}a{color:#0550ae}small,.muted{color:#57606a}
ul.items{list-style:none;padding:0}ul.items li{padding:.45rem 0;border-bottom:1px solid #eaeef2}
.feed{border:1px solid #d0d7de;border-radius:6px;padding:.6rem .8rem;margin:.6rem 0}
.feed label{display:block;margin-top:.3rem}
.feed input{width:100%;font:inherit;font-size:.85rem;padding:.25rem;border:1px solid #d0d7de;border-radius:4px;
background:#f6f8fa}.actions{display:flex;flex-wrap:wrap;gap:.2rem 1rem}.actions a{white-space:nowrap}
.bad{color:#cf222e}.ok{color:#1a7f37}.tag{font-size:.8rem;border:1px solid currentColor;border-radius:1rem;
padding:0 .4rem;margin-left:.3rem}
form.filters{display:flex;flex-wrap:wrap;gap:.5rem;align-items:end}form.filters label{display:flex;
flex-direction:column;font-size:.85rem}form.filters input,form.filters select{font:inherit;padding:.2rem;
max-width:11rem}
.table{overflow-x:auto}table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;text-align:left;
vertical-align:top;border-bottom:1px solid #eaeef2}dl{display:grid;grid-template-columns:max-content 1fr;
gap:.3rem 1rem}dt{font-weight:600}dd{margin:0}
"""


ERROR_TITLES = {404: "Not found", 500: "Something went wrong", 503: "Temporarily unavailable"}


def wants_html(request: Request) -> bool:
    """A browser (Accept: text/html): errors come as pages; API clients and feed readers keep JSON."""
    return "text/html" in request.headers.get("accept", "")


def error_page(status: int, message: str, headers: Mapping[str, str] | None = None) -> HTMLResponse:
    title = ERROR_TITLES.get(status, "Error")
    body = (
        f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
        f'<p><small class="muted">{status}</small> · <a href="/">all feeds and meetings</a></p>'
    )
    return _page(title, body, status_code=status, headers=headers)


def _page(
    title: str, body: str, head: str = "", status_code: int = 200, headers: Mapping[str, str] | None = None
) -> HTMLResponse:
    return HTMLResponse(
        status_code=status_code,
        headers=headers,
        content=f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title><style>{STYLE}</style>
{head}</head><body>
{body}
</body></html>""",
    )


def _autodiscovery(links: Links, query: dict[str, str]) -> str:
    return (
        "\n".join(
            f'<link rel="alternate" type="{media}" title="{escape(what)} ({escape(fmt)})" '
            f'href="{escape(links.url(path, query))}">'
            for what, fmt, path, media in FEEDS
        )
        + f'\n<link rel="alternate" type="text/calendar" title="Meetings (iCalendar)" '
        f'href="{escape(links.url(CALENDAR, query))}">'
    )


def _subscribe(links: Links, query: dict[str, str]) -> str:
    blocks = []
    ics = links.url(CALENDAR, query)
    blocks.append(
        f'<div class="feed"><b>Meetings calendar</b> <small>iCalendar</small>'
        f"<label><small>Copy this link into your calendar app:</small>"
        f'<input readonly value="{escape(ics)}" aria-label="Meetings calendar link"></label>'
        f'<div class="actions"><a href="{escape(links.webcal(ics))}">Subscribe (webcal)</a>'
        f'<a href="{escape(links.google_subscribe(ics))}">Add to Google Calendar</a>'
        f'<a href="{escape(links.outlook_subscribe(ics, "Meetings in the news"))}">Add to Outlook</a>'
        f'<a href="{escape(ics)}">Download .ics</a></div></div>'
    )
    for what, fmt, path, _ in FEEDS:
        url = links.url(path, query)
        blocks.append(
            f'<div class="feed"><b>{escape(what)}</b> <small>{escape(fmt)}</small>'
            f"<label><small>Copy this link into your feed reader:</small>"
            f'<input readonly value="{escape(url)}" aria-label="{escape(what)} {escape(fmt)} link"></label>'
            f'<div class="actions"><a href="{escape(url)}">Open</a></div></div>'
        )
    return "".join(blocks)


def _filter_form(query: dict[str, str]) -> str:
    def field(name: str, label: str, placeholder: str) -> str:
        return (
            f'<label>{label}<input name="{name}" value="{escape(query.get(name, ""))}" '
            f'placeholder="{escape(placeholder)}"></label>'
        )

    scripts = "".join(
        f'<option value="{v}"{" selected" if query.get("script", "") == v else ""}>{label}</option>'
        for v, label in (("", "as published"), ("hans", "简体"), ("hant", "繁體"))
    )
    return (
        f'<form class="filters" method="get" action="/">{field("city", "City", "沈阳")}'
        f"{field('region', 'Region', '遼寧')}{field('q', 'Words', '振兴')}{field('source', 'Source', 'key')}"
        f'<label>Script<select name="script">{scripts}</select></label>'
        f'<button type="submit">Filter</button></form>'
    )


def _source_row(source: Source) -> str:
    if source.error_count:
        health = f'<span class="bad">failing ({source.error_count})</span>'
    elif source.last_success_at:
        health = '<span class="ok">ok</span>'
    else:
        health = '<span class="muted">not run yet</span>'
    return (
        f"<tr><td>{escape(source.name)} <small>{escape(source.key)}</small></td><td>{health}</td>"
        f"<td>{_when(source.last_success_at)}</td><td>{_when(source.next_run_at)}</td>"
        f'<td class="bad">{escape((source.last_error or "")[:200])}</td></tr>'
    )


def _when(value: datetime | None) -> str:
    return escape(value.astimezone(BEIJING).strftime("%Y-%m-%d %H:%M")) if value else "—"


def _event_item(event: Event) -> str:
    status = ""
    if event.status in ("cancelled", "postponed"):
        status = f'<span class="tag bad">{escape(event.status)}</span>'

    place = location_text(event)
    page = "/events/" + quote(event.uid, safe="@")
    return (
        f'<li><a href="{page}"><b>{escape(event.name)}</b></a>{status}<br>'
        f"<small>{escape(event_when(event))}{' · ' + escape(place) if place else ''} · "
        f'<a href="{page}.ics">.ics</a></small></li>'
    )


def _article_item(article: Article | Report) -> str:
    published = f" · {_when(article.published_at)}" if article.published_at else ""
    # a Report's outlet already falls back to its source's name
    outlet = escape(article.outlet or (article.source.name if isinstance(article, Article) else ""))
    return f"<li>{_article_link(article)}<br><small>{outlet}{published}</small></li>"


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
    convert = view.script.convert
    today = request.app.state.today.now().astimezone(BEIJING).date()
    with request.app.state.database.begin() as session:
        sources = [s for s in all_sources(session) if s.configured]
        upcoming_filters = replace(view.filters, start=max(view.filters.start or today, today))
        upcoming = sorted(events_for(session, upcoming_filters), key=lambda e: e.start_date)
        past = [e for e in events_for(session, view.filters) if e.end_date < today]
        articles = recent_articles(session, view.filters)
        upcoming_html = "".join(_event_item(e) for e in upcoming)
        past_html = "".join(_event_item(e) for e in past)
        articles_html = "".join(_article_item(a) for a in articles)
        sources_html = "".join(_source_row(s) for s in sources)
    body = f"""<header><h1>Event feeds</h1>
<p class="muted">News articles and the meetings they report, as feeds and calendars you can subscribe to.</p></header>
<main>
<h2>Filter</h2>{_filter_form(query)}
<h2>Subscribe</h2>{_subscribe(links, query)}
<h2>Upcoming meetings</h2>
<ul class="items" id="upcoming">{convert(upcoming_html) or "<li>No upcoming meetings.</li>"}</ul>
<h2>Recent meetings</h2><ul class="items" id="recent">{convert(past_html) or "<li>No meetings yet.</li>"}</ul>
<h2>Latest articles</h2><ul class="items" id="articles">{convert(articles_html) or "<li>No articles yet.</li>"}</ul>
<h2>Sources</h2><div class="table"><table id="sources"><tr><th>Source</th><th>Health</th><th>Last success</th>
<th>Next run</th><th>Last error</th></tr>
{sources_html or '<tr><td colspan="5">No sources configured.</td></tr>'}</table></div>
</main>"""
    return _page("Event feeds", body, _autodiscovery(links, query))


def event_page(request: Request) -> HTMLResponse:
    links: Links = request.app.state.links
    uid = request.path_params["uid"]
    with request.app.state.database.begin() as session:
        event = event_with_reports(session, uid)
        if event is None:
            raise HTTPException(404, f"no event with uid {uid!r}")
        ics = links.event_ics(event)
        details = f"{links.event_page(event)}"
        google = "https://calendar.google.com/calendar/render?" + urlencode(google_template(event, details))
        outlook = "https://outlook.live.com/calendar/0/deeplink/compose?" + urlencode(outlook_compose(event, details))
        place = location_text(event)
        rows = [("When", escape(event_when(event))), ("Where", escape(place) or "—")]
        status = request.app.state.today.status(event)
        if status != "held":
            rows.append(("Status", escape(status)))
        if event.organisers:
            rows.append(
                (
                    "Organisers",
                    "<br>".join(f"{escape(o['name'])} <small>{escape(o['role'])}</small>" for o in event.organisers),
                )
            )
        if event.latitude is not None and event.longitude is not None:
            osm = (
                f"https://www.openstreetmap.org/?mlat={event.latitude:.5f}&mlon={event.longitude:.5f}"
                f"#map=12/{event.latitude:.5f}/{event.longitude:.5f}"
            )
            rows.append(("Map", f'<a href="{escape(osm)}">OpenStreetMap</a>'))
        rows.append(("Confidence", _confidence_text(event)))
        facts = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in rows)
        quote = (
            (
                f'<blockquote id="evidence" lang="{escape(_sentence_language(event))}">{escape(event.sentence)}'
                "</blockquote>"
            )
            if event.sentence
            else ""
        )
        articles = "".join(_article_item(a) for a in event.reports) or "<li>No articles.</li>"
        name = event.name
    body = f"""<p><a href="/">← All feeds</a></p>
<main><h1>{escape(name)}</h1>
<dl id="facts">{facts}</dl>{quote}
<h2>Add to calendar</h2>
<p class="actions" id="add"><a href="{escape(ics)}">Download .ics</a>
<a href="{escape(links.webcal(ics))}">Open in calendar app</a>
<a href="{escape(google)}">Google Calendar</a><a href="{escape(outlook)}">Outlook</a></p>
<h2>Reported in</h2><ul class="items" id="articles">{articles}</ul></main>"""
    head = f'<link rel="alternate" type="text/calendar" title="{escape(name)}" href="{escape(ics)}">'
    return _page(name, body, head)


def _confidence_text(event: Event) -> str:
    """'0.80: name, date (6月25日), place (瀋陽)': how sure, and the phrases it rests on."""
    parts = []
    for field in ("name", "date", "place"):
        found = event.evidence.get(field)
        if found and field != "name":
            parts.append(f"{field} ({escape(found['phrase'])}, {found['confidence']:.2f})")
        elif found:
            parts.append(f"{field} {found['confidence']:.2f}")
    return f"{event.confidence:.2f}" + (f" <small>{'; '.join(parts)}</small>" if parts else "")


def _sentence_language(event: Event) -> str:
    languages = {report.language for report in event.reports if report.language}
    return languages.pop() if len(languages) == 1 else ""


def _article_link(article: Article | Report) -> str:
    if article.url and article.url.startswith(("http://", "https://")):
        return f'<a href="{escape(article.url)}">{escape(article.title)}</a>'
    return escape(article.title)
