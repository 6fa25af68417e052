"""The HTML index: feeds to subscribe to, sources and their state, meetings, articles."""

from __future__ import annotations

from html import escape
from urllib.parse import quote

from starlette.requests import Request
from starlette.responses import HTMLResponse

from db import store
from feed.render.calendar import location_text
from feed.render.links import Links

STYLE = """
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;color:#222}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}
table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;text-align:left;vertical-align:top;
border-bottom:1px solid #eee}code{background:#f4f4f4;padding:0 .2rem;word-break:break-all}
.err{color:#a00}ul{padding-left:1.2rem}a{color:#0645ad}
"""


def _feed_rows(links: Links) -> str:
    rows = []
    for label, path in (
        ("Articles (Atom)", "/feeds/articles.atom"),
        ("Articles (RSS 2.0)", "/feeds/articles.rss"),
        ("Articles (JSON Feed)", "/feeds/articles.json"),
    ):
        url = links.url(path)
        rows.append(f'<tr><td>{label}</td><td><a href="{escape(path)}">{escape(path)}</a></td>'
                    f"<td><code>{escape(url)}</code></td><td></td></tr>")
    ics = links.url("/feeds/events.ics")
    webcal = "webcal://" + ics.split("://", 1)[1]
    google = "https://calendar.google.com/calendar/render?cid=" + quote(webcal, safe=":/")
    rows.append(
        '<tr><td>Meetings (iCalendar)</td><td><a href="/feeds/events.ics">/feeds/events.ics</a></td>'
        f'<td><code>{escape(ics)}</code></td><td><a href="{escape(webcal)}">webcal</a> · '
        f'<a href="{escape(google)}">add to Google Calendar</a></td></tr>'
    )
    return "".join(rows)


def index(request: Request) -> HTMLResponse:
    links: Links = request.app.state.links
    with request.app.state.database.begin() as session:
        sources = store.all_sources(session)
        events = store.events_for(session, store.Filters(limit=20))
        articles = store.recent_articles(session, store.Filters(limit=20))
        source_rows = "".join(
            f"<tr><td>{escape(s.key)}</td><td>{escape(s.name)}</td><td>{escape(s.kind)}</td>"
            f"<td>{escape(s.last_success_at.strftime('%Y-%m-%d %H:%M UTC') if s.last_success_at else '—')}</td>"
            f"<td class=err>{escape(s.last_error or '')}</td></tr>"
            for s in sources if s.configured
        )
        event_items = "".join(
            f'<li><b>{escape(e.name)}</b> — {e.start_date.isoformat()}'
            f'{" to " + e.end_date.isoformat() if e.end_date != e.start_date else ""}'
            f' — {escape(location_text(e))} — <a href="/events/{quote(e.uid)}.ics">.ics</a></li>'
            for e in events
        )
        article_items = "".join(
            f"<li>{_article_link(a.title, a.url)} <small>{escape(a.outlet or a.source.name)}"
            f"{' · ' + a.published_at.strftime('%Y-%m-%d') if a.published_at else ''}</small></li>"
            for a in articles
        )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Event feeds</title><style>{STYLE}</style>
<link rel="alternate" type="application/atom+xml" title="Articles (Atom)" href="/feeds/articles.atom">
<link rel="alternate" type="application/rss+xml" title="Articles (RSS)" href="/feeds/articles.rss">
<link rel="alternate" type="application/feed+json" title="Articles (JSON Feed)" href="/feeds/articles.json">
</head><body>
<h1>Event feeds</h1>
<p>News articles and the meetings they report, as feeds you can subscribe to.</p>
<h2>Subscribe</h2>
<table><tr><th>Feed</th><th>Path</th><th>Copy this link</th><th></th></tr>{_feed_rows(links)}</table>
<h2>Meetings</h2><ul>{event_items or "<li>No meetings yet.</li>"}</ul>
<h2>Latest articles</h2><ul>{article_items or "<li>No articles yet.</li>"}</ul>
<h2>Sources</h2>
<table><tr><th>Key</th><th>Name</th><th>Kind</th><th>Last success</th><th>Last error</th></tr>{source_rows}</table>
</body></html>"""
    return HTMLResponse(page)


def _article_link(title: str, url: str | None) -> str:
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}">{escape(title)}</a>'
    return escape(title)
