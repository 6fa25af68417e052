"""One story, however many outlets print it.

Articles are the same story when, in this order:
1. they carry the same GUID (within a source: the same row);
2. their canonical URLs match (tracking parameters, fragments, default ports dropped);
3. their normalised texts hash the same;
4. their texts are near-duplicates: MinHash over character 5-grams of the text
   converted to Simplified Chinese, lower-cased, without spaces and punctuation,
   so a Traditional reprint of a Simplified story (or the reverse) matches.
   Candidates come from 16 LSH bands of 4 rows; a candidate counts when the
   estimated Jaccard similarity is at least NEAR_DUPLICATE.

A reprint points to its story's original, the oldest such article (`link_story`).
"""

from __future__ import annotations

import hashlib
import re
import zlib
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np
from sqlalchemy.orm import Session

from db.articles import (
    article_by_id,
    articles_sharing_bands,
    has_reprints,
    index_bands,
    oldest_article_at,
    oldest_article_with_text,
)
from db.models import Article
from feed.text import to_simplified

__all__ = [
    "BANDS",
    "NEAR_DUPLICATE",
    "band_keys",
    "canonical_url",
    "fingerprint",
    "link_story",
    "normalised_text",
    "similarity",
    "text_hash",
]

SHINGLE = 5
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
NEAR_DUPLICATE = 0.6
MIN_CHARS = 60  # shorter texts are not fingerprinted: too little to tell stories apart

_PRIME = np.uint64(2**31 - 1)
_rng = np.random.default_rng(20231126)
_A = _rng.integers(1, 2**31 - 1, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, 2**31 - 1, size=PERMUTATIONS, dtype=np.uint64)

_TRACKING = re.compile(
    r"^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|igshid|spm|scm|share_token|"
    r"_hsenc|_hsmi|ref|ref_src|from|isappinstalled|wfr|cmpid|ncid)$",
    re.I,
)
_NOT_WORD = re.compile(r"[\W_]+", re.UNICODE)


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


def normalised_text(text: str) -> str:
    return _NOT_WORD.sub("", to_simplified(text).lower())


def text_hash(text: str) -> str | None:
    """SHA-256 of the normalised text; None for a text too short to name one story."""
    norm = normalised_text(text)
    return hashlib.sha256(norm.encode("utf-8")).hexdigest() if len(norm) >= MIN_CHARS else None


def _signature(norm: str) -> np.ndarray | None:
    if len(norm) < MIN_CHARS:
        return None
    shingles = {norm[i : i + SHINGLE] for i in range(len(norm) - SHINGLE + 1)}
    hashes = np.fromiter((zlib.crc32(s.encode("utf-8")) for s in shingles), dtype=np.uint64, count=len(shingles))
    hashes %= _PRIME
    signature: np.ndarray = ((np.outer(hashes, _A) + _B) % _PRIME).min(axis=0)
    return signature


def fingerprint(text: str) -> str | None:
    """The MinHash signature as hex (PERMUTATIONS x 8 digits), or None for a short text."""
    signature = _signature(normalised_text(text))
    return None if signature is None else "".join(f"{int(v):08x}" for v in signature)


def _values(fp: str) -> np.ndarray:
    return np.array([int(fp[i : i + 8], 16) for i in range(0, len(fp), 8)], dtype=np.uint64)


def band_keys(fp: str | None) -> list[str]:
    """One key per LSH band: two near-duplicate texts share at least one with high probability."""
    if not fp:
        return []
    width = ROWS * 8
    return [
        f"{band:x}:" + hashlib.blake2b(fp[band * width : (band + 1) * width].encode(), digest_size=8).hexdigest()
        for band in range(BANDS)
    ]


def similarity(a: str | None, b: str | None) -> float:
    """Estimated Jaccard similarity of two texts from their fingerprints."""
    if not a or not b or len(a) != len(b):
        return 0.0
    return float(np.mean(_values(a) == _values(b)))


def link_story(session: Session, article: Article) -> Article | None:
    """Mark `article` as a reprint of an earlier one and index its fingerprint.

    Returns the original, or None when the article is a story of its own. An
    article that others already point to stays an original.
    """
    article.text_hash = text_hash(article.text)
    article.fingerprint = fingerprint(article.text)
    bands = band_keys(article.fingerprint)
    index_bands(session, article, bands)
    original = None
    if not has_reprints(session, article):
        original = _story_original(session, article, bands)
    article.duplicate_of = original.id if original else None
    session.flush()
    return original


def _story_original(session: Session, article: Article, bands: list[str]) -> Article | None:
    """The same canonical URL, else the same text, else the most similar text sharing a band."""
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
