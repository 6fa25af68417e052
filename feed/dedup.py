"""One story, however many outlets print it.

Articles are the same story when, in this order:
1. they carry the same GUID (within a source: the same row);
2. their canonical URLs match (tracking parameters, fragments, default ports dropped);
3. their normalised texts hash the same;
4. their texts are near-duplicates (feed.prints): MinHash over character 5-grams of the text
   converted to Simplified Chinese, lower-cased, without spaces and punctuation,
   so a Traditional reprint of a Simplified story (or the reverse) matches.
   Candidates come from 16 LSH bands of 4 rows, among the articles dated in its
   calendar month or the one before or after (feed.prints); a candidate counts when the estimated
   Jaccard similarity is at least NEAR_DUPLICATE.

A reprint points to its story's original, the oldest such article (`link_story`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy.orm import Session

from db.articles import (
    add_bands,
    article_by_id,
    articles_sharing_bands,
    articles_with_events,
    band_holders,
    fingerprints_of,
    has_reprints,
    index_bands,
    oldest_article_at,
    oldest_article_with_text,
    oldest_articles_at,
    oldest_articles_with_texts,
)
from db.models import Article
from feed.prints import (
    BANDS,
    NEAR_DUPLICATE,
    Prints,
    band_keys,
    dated_keys,
    fingerprint,
    nearby_keys,
    normalised_text,
    prints_of,
    similarity,
    text_hash,
)

__all__ = [
    "BANDS",
    "NEAR_DUPLICATE",
    "Prints",
    "band_keys",
    "canonical_url",
    "fingerprint",
    "index_new_stories",
    "link_story",
    "mark_new_stories",
    "normalised_text",
    "originals_of_new",
    "prints_of",
    "similarity",
    "text_hash",
]

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|spm|scm|share_token|"
    r"_hsenc|_hsmi|ref|ref_src|from|isappinstalled|wfr|cmpid|ncid)$",
    re.I,
)


@lru_cache(maxsize=4096)  # a run asks for each document's three times: to look it up, to batch it, to store it
def canonical_url(url: str | None) -> str | None:
    """The URL without what does not name the page: tracking parameters, fragment, default port."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return url.strip()
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = urlencode(
        sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not _TRACKING.match(k))
    )
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    return urlunsplit((scheme, host, path, query, ""))


def link_story(session: Session, article: Article, prints: Prints | None = None) -> Article | None:
    """Mark `article` as a reprint of an earlier one and index its fingerprint.

    Returns the original, or None when the article is a story of its own. An
    article that others already point to stays an original. `prints`: the article's text's, when made already.
    """
    prints = prints or prints_of(article.text)
    article.text_hash, article.fingerprint, day = prints.text_hash, prints.fingerprint, _story_day(article)
    index_bands(session, article, dated_keys(prints.bands, day))
    original = None
    if not has_reprints(session, article):
        original = _story_original(session, article, nearby_keys(prints.bands, day))
    article.duplicate_of = original.id if original else None
    session.flush()
    return original


def _story_day(article: Article) -> date:
    """The day that files an article's band keys: its date, else when it was stored (as the feeds sort it)."""
    return (article.published_at or article.created_at or datetime.now(UTC)).astimezone(UTC).date()


def _story_original(session: Session, article: Article, bands: list[str]) -> Article | None:
    """The same canonical URL, else the same text, else the most similar text sharing a band (`bands`: the keys
    of the months around its own)."""
    if article.canonical_url and (match := oldest_article_at(session, article.canonical_url, article)):
        return _root(session, match)
    if article.text_hash and (match := oldest_article_with_text(session, article.text_hash, article)):
        return _root(session, match)
    if not bands:
        return None
    scored = [(similarity(article.fingerprint, fp), id_) for id_, fp in articles_sharing_bands(session, bands, article)]
    best = max(scored, default=(0.0, None), key=lambda s: (s[0], -(s[1] or 0)))
    if best[1] is None or best[0] < NEAR_DUPLICATE:
        return None
    return _root(session, article_by_id(session, best[1]))


def _root(session: Session, article: Article | None) -> Article | None:
    """A reprint's original stands for it."""
    if article is not None and article.duplicate_of is not None:
        return article_by_id(session, article.duplicate_of) or article
    return article


# ---- many new articles at once --------------------------------------------------------------------
# A batch of new articles is looked up before it is inserted and indexed after: the same originals as
# link_story one after the other, where an earlier article of the batch counts as stored before a later one.

Found = Article | int  # an article of the batch, or the id of a stored one


def originals_of_new(session: Session, articles: Sequence[Article], prints: Sequence[Prints]) -> list[Article | None]:
    """The original of each article about to be inserted, in order (None: a story of its own).

    Call before the articles are added to the session; `prints[i]` are `articles[i]`'s.
    """
    at = oldest_articles_at(session, sorted({a.canonical_url for a in articles if a.canonical_url}))
    texts = oldest_articles_with_texts(session, sorted({p.text_hash for p in prints if p.text_hash}))
    days = [_story_day(a) for a in articles]
    nearby = [nearby_keys(p.bands, day) for p, day in zip(prints, days, strict=True)]
    unmatched = {
        i: nearby[i]
        for i, (a, p) in enumerate(zip(articles, prints, strict=True))
        if p.bands and (a.canonical_url not in at) and (p.text_hash not in texts)
    }
    sharing = _sharing_stored(session, unmatched)
    found: list[Found | None] = []
    first_at: dict[str, int] = {}
    first_text: dict[str, int] = {}
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for i, (article, p) in enumerate(zip(articles, prints, strict=True)):
        url, digest = article.canonical_url, p.text_hash
        if url and url in at:
            match: Found | None = _stored_root(at[url])
        elif url and url in first_at:
            match = _batch_root(found, articles, first_at[url])
        elif digest and digest in texts:
            match = _stored_root(texts[digest])
        elif digest and digest in first_text:
            match = _batch_root(found, articles, first_text[digest])
        else:
            batch = [(j, prints[j]) for j in _sharing(holders, nearby[i])]
            match = _most_similar(p, sharing.get(i, []), batch)
            match = _batch_root(found, articles, match) if isinstance(match, _Position) else match
        found.append(match)
        if url:
            first_at.setdefault(url, i)
        if digest:
            first_text.setdefault(digest, i)
        for band in dated_keys(p.bands, days[i]):
            holders[band].append(i)
    stored = {f for f in found if isinstance(f, int)}
    loaded = articles_with_events(session, sorted(stored))  # link_meetings reads an original's events
    return [loaded.get(f) if isinstance(f, int) else f for f in found]


CANDIDATES = 200  # stored articles compared with a new one at most: those sharing the most band keys


def _sharing_stored(
    session: Session, bands: dict[int, list[str]]
) -> dict[int, list[tuple[int, str | None, int | None]]]:
    """For each position's band keys: (id, fingerprint, duplicate_of) of the CANDIDATES stored articles
    sharing the most of them, oldest first among equals (as articles_sharing_bands ranks them)."""
    holders, crowded = band_holders(session, sorted({b for keys in bands.values() for b in keys}), CANDIDATES)
    ranked: dict[int, list[int]] = {}
    for position, keys in bands.items():
        if crowded.intersection(keys):  # a key many articles share: ranked in SQL
            ranked[position] = [id_ for id_, _ in articles_sharing_bands(session, keys, None, CANDIDATES)]
            continue
        shared: dict[int, int] = {}
        for key in keys:
            for article_id in holders.get(key, ()):
                shared[article_id] = shared.get(article_id, 0) + 1
        ranked[position] = sorted(shared, key=lambda id_: (-shared[id_], id_))[:CANDIDATES]
    prints = fingerprints_of(session, sorted({id_ for ids in ranked.values() for id_ in ids}))
    return {position: [(id_, *prints[id_]) for id_ in ids if id_ in prints] for position, ids in ranked.items()}


class _Position(int):
    """An index into the batch, told apart from a stored article's id."""


def _stored_root(row: tuple[int, int | None]) -> int:
    article_id, original = row
    return original if original is not None else article_id


def _batch_root(found: list[Found | None], articles: Sequence[Article], position: int) -> Found:
    return found[position] or articles[position]


def _sharing(holders: defaultdict[str, list[int]], bands: list[str]) -> list[int]:
    return sorted({j for band in bands for j in holders.get(band, ())})


def _most_similar(
    prints: Prints, stored: list[tuple[int, str | None, int | None]], batch: list[tuple[int, Prints]]
) -> int | None:
    """The stored article (its root's id) or the batch position (a _Position) most like `prints`, the
    oldest among equals (stored ones are older than the batch), when similar enough."""
    best: tuple[float, int] | None = None  # (similarity, age rank: lower is older)
    chosen: int | None = None
    for article_id, fp, original in stored:
        score = (similarity(prints.fingerprint, fp), article_id)
        if best is None or score[0] > best[0] or (score[0] == best[0] and score[1] < best[1]):
            best, chosen = score, _stored_root((article_id, original))
    for position, other in batch:
        score = (similarity(prints.fingerprint, other.fingerprint), 1 << 62 | position)
        if best is None or score[0] > best[0] or (score[0] == best[0] and score[1] < best[1]):
            best, chosen = score, _Position(position)
    if best is None or best[0] < NEAR_DUPLICATE:
        return None
    return chosen


def mark_new_stories(
    articles: Sequence[Article], prints: Sequence[Prints], originals: Sequence[Article | None]
) -> None:
    """Before the articles are inserted: their text hashes and fingerprints, and the originals stored already."""
    for article, p, original in zip(articles, prints, originals, strict=True):
        article.text_hash, article.fingerprint = p.text_hash, p.fingerprint
        if original is not None and original.id is not None:
            article.duplicate_of = original.id


def index_new_stories(
    session: Session, articles: Sequence[Article], prints: Sequence[Prints], originals: Sequence[Article | None]
) -> None:
    """After the articles are inserted (they have ids): their band keys, and the originals inserted with them."""
    keys = ((a.id, dated_keys(p.bands, _story_day(a))) for a, p in zip(articles, prints, strict=True))
    add_bands(session, ((band, article_id) for article_id, bands in keys for band in bands))
    for article, original in zip(articles, originals, strict=True):
        if original is not None and article.duplicate_of != original.id:
            article.duplicate_of = original.id
