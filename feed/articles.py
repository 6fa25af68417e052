"""Which stored article a parsed document is, and what storing it did: new, updated or unchanged.

Within a source a document is the article with its GUID, else the one at its address
(the URL, or the same canonical URL); a document whose content hashes the same is unchanged.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.articles import add_article, article_by_address, article_by_guid
from db.models import Article, Source, utcnow
from feed.dedup import canonical_url
from feed.model import ArticleDoc
from feed.text import content_hash


def article_guid(doc: ArticleDoc) -> str:
    published = doc.published.isoformat() if doc.published else None
    return doc.guid or doc.url or "hash:" + content_hash(doc.title, published)


def content_digest(doc: ArticleDoc) -> str:
    """What tells a stored article unchanged: a hash of every field that is stored from the document."""
    return content_hash(
        doc.title,
        doc.text,
        doc.url,
        doc.published.isoformat() if doc.published else None,
        doc.content_html,
        doc.outlet,
        doc.author,
        doc.original_title,
    )


def store_article(session: Session, source: Source, doc: ArticleDoc) -> tuple[str, Article]:
    """Insert or update one article: returns ('new' | 'updated' | 'unchanged', row)."""
    guid = article_guid(doc)
    digest = content_digest(doc)
    article = article_by_guid(session, source.id, guid)
    if article is None and doc.url:
        article = article_by_address(session, source.id, doc.url, canonical_url(doc.url))
    if article is not None and article.content_hash == digest:
        return "unchanged", article
    outcome = "updated" if article is not None else "new"
    if article is None:
        new = new_article(source, doc)
        article = add_article(session, new)
        if article is new:
            return outcome, article
    _fill(article, doc, digest)
    session.flush()
    return outcome, article


def new_article(source: Source, doc: ArticleDoc) -> Article:
    """The row a document is stored as when it is new (not added to any session)."""
    return _fill(Article(source_id=source.id, guid=article_guid(doc), events=[]), doc, content_digest(doc))


def _fill(article: Article, doc: ArticleDoc, digest: str) -> Article:
    article.url = doc.url
    article.canonical_url = canonical_url(doc.url)
    article.title = doc.title
    article.original_title = doc.original_title
    article.summary = doc.summary
    article.text = doc.text
    article.content_html = doc.content_html
    article.outlet = doc.outlet
    article.author = doc.author
    article.editors = list(doc.editors)
    article.language = doc.language
    article.published_at = doc.published
    article.content_hash = digest
    article.updated_at = utcnow()
    return article
