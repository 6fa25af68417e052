"""Stored articles as feed entries: the rows a feed shows, as plain views."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import datetime

from db.models import Article
from feed.config import DEFAULT_ZONE
from feed.excerpt import excerpt
from feed.parse.byline import byline_authors
from feed.render import feeds as writers
from feed.render.feeds import Entry, FeedDoc, Link
from feed.render.links import Links
from feed.render.script import AS_STORED, Script

SUMMARY_CHARS = 280


def article_html(article: Article) -> str:
    if article.content_html:
        return article.content_html
    return "".join(f"<p>{html.escape(p)}</p>" for p in article.text.split("\n\n") if p.strip())


def article_summary(article: Article) -> str:
    """The source's summary, else the text's beginning cut where a reader can stop."""
    return article.summary or excerpt(article.text, SUMMARY_CHARS)


def article_time(article: Article) -> datetime:
    return (article.published_at or article.created_at).astimezone(DEFAULT_ZONE)


def article_authors(article: Article) -> list[str]:
    """The reporters the text's byline names, else the stored author, else the outlet (as before)."""
    if names := byline_authors(article.text):
        return names
    author = article.author or article.outlet
    return [author] if author else []


def article_source_url(article: Article) -> str | None:
    """The feed an article came from, the URL RSS's <source> needs; None for files and pages."""
    source = article.source
    if source.kind == "feed" and source.location.startswith(("http://", "https://")):
        return source.location
    return None


def article_entry(article: Article, links: Links, script: Script = AS_STORED) -> Entry:
    published = article_time(article)
    # the publisher's page, else ours (/articles/{id}): every item has a link a reader can open
    entry_links = [Link(article.url or links.article_page(article), "alternate", "text/html")]
    entry_links += [Link(links.event_page(e), "related", "text/html", script.convert(e.name)) for e in article.events]
    return Entry(
        id=links.article_id(article),
        title=script.convert(article.title),
        published=published,
        updated=max(article.updated_at.astimezone(DEFAULT_ZONE), published),
        links=entry_links,
        content_html=script.convert(article_html(article)),
        summary=script.convert(article_summary(article)),
        authors=[script.convert(author) for author in article_authors(article)],
        categories=[script.convert(e.name) for e in article.events],
        language=script.language(article.language),
        source=script.convert(article.outlet) if article.outlet else None,
        source_url=article_source_url(article) if article.outlet else None,
        source_id=links.outlet_id(article.outlet) if article.outlet else None,
    )


def articles_feed(
    articles: Sequence[Article],
    links: Links,
    *,
    title: str,
    self_url: str,
    paging: Sequence[Link] = (),
    archive: bool = False,
    script: Script = AS_STORED,
    feed_id: str | None = None,
) -> FeedDoc:
    entries = [article_entry(a, links, script) for a in articles]
    updated = max((e.updated for e in entries), default=links.began.astimezone(DEFAULT_ZONE))
    return FeedDoc(
        id=feed_id or links.feed_id("/feeds/articles"),
        title=title,
        subtitle="News articles collected by the event-feed service",
        self_url=self_url,
        home_url=links.url("/"),
        updated=updated,
        entries=entries,
        language="zh" if script.name is None else script.language("zh"),
        paging=paging,
        archive=archive,
    )


def render_atom(articles: Sequence[Article], links: Links, title: str, self_url: str) -> bytes:
    return writers.render_atom(articles_feed(articles, links, title=title, self_url=self_url))


def render_rss(articles: Sequence[Article], links: Links, title: str, self_url: str) -> bytes:
    return writers.render_rss(articles_feed(articles, links, title=title, self_url=self_url))


def render_json_feed(articles: Sequence[Article], links: Links, title: str, self_url: str) -> bytes:
    return writers.render_json_feed(articles_feed(articles, links, title=title, self_url=self_url))
