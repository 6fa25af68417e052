"""Article feeds: RSS 2.0 and Atom 1.0 (feedgen), JSON Feed 1.1 (json)."""

from __future__ import annotations

import html
import json
import threading
from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from feedgen.feed import FeedGenerator

from db.models import Article
from feed.render.links import Links

BEIJING = ZoneInfo("Asia/Shanghai")
EPOCH = datetime(2023, 1, 1, tzinfo=UTC)
# feedgen formats RFC 822 dates through locale.setlocale, which is process-wide.
_FEEDGEN_LOCK = threading.Lock()


def article_html(article: Article) -> str:
    if article.content_html:
        return article.content_html
    return "".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n\n") if p.strip())


def article_time(article: Article) -> datetime:
    return (article.published_at or article.created_at).astimezone(BEIJING)


def feed_updated(articles: Sequence[Article]) -> datetime:
    times = [a.updated_at for a in articles] + [article_time(a) for a in articles]
    return max(times, default=EPOCH).astimezone(BEIJING)


def _generator(articles: Sequence[Article], links: Links, title: str, self_url: str) -> FeedGenerator:
    fg = FeedGenerator()
    fg.id(links.feed_id("/feeds/articles"))
    fg.title(title)
    fg.subtitle("News articles collected by the event-feed service")
    fg.link(href=self_url, rel="self")
    fg.link(href=links.url("/"), rel="alternate", type="text/html")  # last: feedgen's RSS <link>
    fg.language("zh")
    fg.updated(feed_updated(articles))
    fg.generator("feed")
    for article in reversed(articles):  # feedgen prepends: keep newest first
        entry = fg.add_entry()
        entry.id(links.article_id(article))
        entry.guid(links.article_id(article), permalink=False)
        entry.title(article.title)
        if article.url:
            entry.link(href=article.url, rel="alternate", type="text/html")
        entry.published(article_time(article))
        entry.updated(max(article.updated_at, article_time(article)).astimezone(BEIJING))
        entry.content(article_html(article), type="html")
        summary = article.summary or article.text[:280]
        entry.summary(summary)
        if article.author or article.outlet:
            entry.author(name=article.author or article.outlet)
        for event in article.events:
            entry.category(term=event.name)
    return fg


def render_rss(articles: Sequence[Article], links: Links, title: str, self_url: str) -> bytes:
    with _FEEDGEN_LOCK:
        return _generator(articles, links, title, self_url).rss_str(pretty=False)


def render_atom(articles: Sequence[Article], links: Links, title: str, self_url: str) -> bytes:
    with _FEEDGEN_LOCK:
        return _generator(articles, links, title, self_url).atom_str(pretty=False)


def render_json_feed(articles: Sequence[Article], links: Links, title: str, self_url: str) -> bytes:
    items = []
    for article in articles:
        item = {
            "id": links.article_id(article),
            "title": article.title,
            "content_html": article_html(article),
            "summary": article.summary or article.text[:280],
            "date_published": article_time(article).isoformat(),
            "date_modified": max(article.updated_at, article_time(article)).astimezone(BEIJING).isoformat(),
            "tags": [event.name for event in article.events],
        }
        if article.url:
            item["url"] = article.url
        if article.author or article.outlet:
            item["authors"] = [{"name": article.author or article.outlet}]
        if article.language:
            item["language"] = article.language
        items.append(item)
    document = {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": links.url("/"),
        "feed_url": self_url,
        "language": "zh",
        "items": items,
    }
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
