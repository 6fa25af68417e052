"""Loading a source: files, feeds, article pages and listings in, normalised `ArticleDoc`s out.

What a run stores and how is feed.ingest's; this module only reads and parses, with the
fetcher's limits, and reports per-item errors instead of failing the whole source.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import httpx

from db.models import utcnow
from feed.articles import article_guid
from feed.errors import FeedError, NotFound, ParseError
from feed.excerpt import excerpt
from feed.fetch import (
    ACCEPT_ANY,
    ACCEPT_FEED,
    ACCEPT_PAGE,
    FetchLimits,
    FetchResult,
    decode_document,
    fetch_url,
)
from feed.model import ArticleDoc
from feed.parse.dateline import dateline_time
from feed.parse.feeddoc import feed_links, parse_feed, parse_feed_document, sniff
from feed.parse.guard import normalise_doc
from feed.parse.listing import article_links
from feed.parse.stream import index_feed, streamable
from feed.parse.textfile import parse_text_article
from feed.urls import url_problem

log = logging.getLogger(__name__)

_URL = re.compile(r"^https?://", re.I)

TEXT_SUFFIXES = {".txt"}  # the README lists these and FEED_SUFFIXES for folders
FEED_SUFFIXES = {".xml", ".rss", ".atom", ".json"}
MAX_FILE_BYTES = 15 * 1024 * 1024
STREAM_ABOVE = 4 * 1024 * 1024  # feed files larger than this are read item by item (feed.parse.stream)
FULLTEXT_SUMMARY_CHARS = 1000  # a feed item's own text, kept as the summary when its page replaces it


def kind_of(target: str) -> tuple[str, str]:
    """(kind, location) of an ad-hoc target: a feed URL, a feed file, or article files."""
    if _URL.match(target):
        if problem := url_problem(target):
            raise FeedError(f"ingest: url {problem}")
        return "auto", target  # feed or article page: told by what comes back
    path = Path(target).expanduser()
    if not path.exists():
        raise NotFound(f"ingest: {target!r} is neither a configured source key nor an existing path or URL")
    kind = "feed" if path.is_file() and path.suffix.lower() in FEED_SUFFIXES else "files"
    return kind, str(path.resolve())


@dataclass
class Loaded:
    """What one source gave: its documents, new validators, per-item errors.

    Files and feed files give their documents as they are read, and add the errors of the
    items they could not read to `errors` on the way.
    """

    docs: Iterable[ArticleDoc] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    total: int | None = None  # documents `docs` will give at most, when known before they are read
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None
    hint: float | None = None  # seconds the publisher asks us to wait (RSS ttl, Cache-Control max-age)


def load_documents(
    kind: str,
    location: str,
    timezone: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    options: dict[str, Any] | None = None,
    limits: FetchLimits | None = None,
    is_known: Callable[[Sequence[str]], set[str]] | None = None,
    transport: httpx.BaseTransport | None = None,
) -> Loaded:
    """Fetch and parse one source; every document comes back normalised (see feed.parse.guard)."""
    if kind == "files":
        loaded = _load_files(Path(location), timezone)
    elif kind in ("feed", "page", "listing", "auto") and _URL.match(location):
        web = _Web(limits or FetchLimits.from_env(), options or {}, timezone, is_known, transport)
        loaded = web.load(kind, location, etag, last_modified)
    elif kind == "feed":
        loaded = Loaded()
        loaded.docs, loaded.total = _feed_file(Path(location), timezone, loaded.errors)
    else:
        raise FeedError(f"ingest: a source of kind {kind!r} needs an http(s) URL, not {location!r}")
    return _normalised(loaded, timezone)


def _normalised(loaded: Loaded, timezone: str) -> Loaded:
    docs = _normalised_docs(loaded.docs, loaded.errors, timezone)
    return replace(loaded, docs=docs if not isinstance(loaded.docs, list) else list(docs))


def _normalised_docs(docs: Iterable[ArticleDoc], errors: list[str], timezone: str) -> Iterator[ArticleDoc]:
    now = utcnow()
    seen = set()  # the GUIDs met: a few dozen bytes a document, where the documents are kilobytes
    for doc in docs:
        doc = normalise_doc(doc, now)
        if doc.published is None:  # no date in the metadata: the dateline's day, else (when stored) the ingest time
            doc = replace(doc, published=dateline_time(doc.text, now, timezone))
        guid = article_guid(doc)
        if guid in seen:
            errors.append(f"parse: duplicate GUID {guid[:120]!r} in one document; first kept")
            continue
        seen.add(guid)
        yield doc


@dataclass
class _Web:
    """The HTTP kinds: feed (optionally with each item's page), page, listing, auto."""

    limits: FetchLimits
    options: dict[str, Any]
    timezone: str
    is_known: Callable[[Sequence[str]], set[str]] | None
    transport: httpx.BaseTransport | None

    def fetch(self, url: str, accept: str, etag: str | None = None, last_modified: str | None = None) -> FetchResult:
        return fetch_url(
            url,
            etag=etag,
            last_modified=last_modified,
            limits=self.limits,
            allow_private=bool(self.options.get("allow_private")),
            accept=accept,
            transport=self.transport,
        )

    def load(self, kind: str, url: str, etag: str | None, last_modified: str | None) -> Loaded:
        accept = {"feed": ACCEPT_FEED, "auto": ACCEPT_ANY}.get(kind, ACCEPT_PAGE)
        result = self.fetch(url, accept, etag, last_modified)
        loaded = Loaded(etag=result.etag, last_modified=result.last_modified, hint=result.max_age)
        if result.not_modified:
            loaded.not_modified = True
            return loaded
        if kind == "auto":
            kind = "page" if sniff(result.body, result.content_type) == "html" else "feed"
        if kind == "feed":
            parsed = parse_feed(  # HTTP bodies are capped (FetchLimits), so parsed whole
                result.body, timezone=self.timezone, base_url=result.url, content_type=result.content_type
            )
            loaded.docs = parsed.docs
            loaded.errors.extend(filter(None, [parsed.warning]))
            loaded.hint = max(filter(None, (parsed.ttl, result.max_age)), default=None)
            if self.options.get("fulltext"):
                self._with_pages(loaded)
        elif kind == "page":
            loaded.docs = [self._page(result, guid=url)]
        else:
            self._listing(loaded, result)
        return loaded

    def _html(self, result: FetchResult) -> str:
        return decode_document(result.body, result.content_type)[0]

    def _page(self, result: FetchResult, guid: str | None = None) -> ArticleDoc:
        from feed.parse.page import extract_article  # trafilatura and GNE load slowly; only web pages need them

        html = self._html(result)
        try:
            return extract_article(html, url=result.url, timezone=self.timezone, guid=guid)
        except ParseError as exc:
            found = feed_links(html, result.url)
            raise ParseError(f"{exc}; the page announces a feed at {found[0]}" if found else str(exc)) from None

    def _new(self, guids: list[str]) -> list[str]:
        known = self.is_known(guids) if self.is_known and guids else set()
        return [g for g in guids if g not in known]

    def _with_pages(self, loaded: Loaded) -> None:
        """Replace each new item's summary with the text of its page.

        Items already stored are left out (their stored text is the page's), and
        so are new items past the per-run budget: the next run fetches them.
        """
        assert isinstance(loaded.docs, list)
        wanted = set(self._new([article_guid(d) for d in loaded.docs if d.url]))
        budget = self.limits.max_pages_per_run
        docs = []
        for doc in loaded.docs:
            if not doc.url:
                docs.append(doc)
                continue
            if article_guid(doc) not in wanted or budget <= 0:
                continue
            budget -= 1
            try:
                page = self._page(self.fetch(doc.url, ACCEPT_PAGE))
            except FeedError as exc:
                loaded.errors.append(f"{doc.url}: {exc}")
                docs.append(doc)
                continue
            docs.append(
                replace(
                    doc,
                    text=page.text,
                    content_html=page.content_html,
                    summary=doc.summary or excerpt(doc.text, FULLTEXT_SUMMARY_CHARS),
                    outlet=page.outlet or doc.outlet,
                    author=doc.author or page.author,
                    editors=page.editors,
                    published=doc.published or page.published,
                    language=page.language,
                )
            )
        loaded.docs = docs

    def _listing(self, loaded: Loaded, result: FetchResult) -> None:
        links = article_links(self._html(result), result.url, self.options.get("selector"))
        if not links:
            hint = "" if self.options.get("selector") else " (give the source a selector = 'CSS')"
            raise ParseError(f"parse: no article links found on the listing page{hint}")
        docs = []
        for url in self._new(links)[: self.limits.max_pages_per_run]:
            try:
                docs.append(self._page(self.fetch(url, ACCEPT_PAGE), guid=url))
            except FeedError as exc:
                loaded.errors.append(f"{url}: {exc}")
        loaded.docs = docs
        if loaded.errors and not docs:
            raise ParseError(f"parse: none of the new article pages could be read: {loaded.errors[0]}")


def _load_files(path: Path, timezone: str) -> Loaded:
    """A file or a folder's article and feed files, read one at a time as their documents are taken."""
    if not path.exists():
        raise FeedError(f"ingest: {path} does not exist")
    loaded = Loaded()
    if path.is_file():
        files, count = 1, (None if path.suffix.lower() in FEED_SUFFIXES else 1)
    else:
        files = count = 0
        for file in _files_under(path):
            files += 1
            count = None if count is None or file.suffix.lower() in FEED_SUFFIXES else count + 1
    loaded.total = count  # one document a text file; a feed file's are known only once it is read
    loaded.docs = _file_docs(path, files, timezone, loaded)
    return loaded


def _files_under(folder: Path) -> Iterator[Path]:
    """Article and feed files under `folder` in path order, one directory listed at a time."""
    with os.scandir(folder) as listing:
        entries = sorted(listing, key=lambda entry: entry.name)
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            yield from _files_under(Path(entry.path))
        elif entry.is_file() and os.path.splitext(entry.name)[1].lower() in TEXT_SUFFIXES | FEED_SUFFIXES:
            yield Path(entry.path)


def _file_docs(path: Path, files: int, timezone: str, loaded: Loaded) -> Iterator[ArticleDoc]:
    read = 0
    for file in [path] if path.is_file() else _files_under(path):
        guid = "file:" + (file.name if file == path else file.relative_to(path).as_posix())
        try:
            if file.suffix.lower() in FEED_SUFFIXES:
                for doc in _feed_file(file, timezone, loaded.errors)[0]:
                    read += 1
                    yield doc
            else:
                yield parse_text_article(decode_document(_read_file(file))[0], timezone=timezone, guid=guid)
                read += 1
        except FeedError as exc:
            loaded.errors.append(f"{file.name}: {exc}")
    if files and not read:
        raise ParseError(f"parse: none of the {files} files in {path} could be read: {loaded.errors[0]}")


def _feed_file(path: Path, timezone: str, errors: list[str]) -> tuple[Iterable[ArticleDoc], int]:
    """A feed file's documents and how many items it has: a large RSS or Atom file item by item,
    others parsed whole. Items that cannot be read go to `errors`.

    Feeds up to STREAM_ABOVE (all the usual ones) keep feedparser's whole-document path, whose
    lenient parser also recovers items from XML that is not well-formed; the streamed path skips
    such items, and reads a feed of any size in bounded memory.
    """
    if path.stat().st_size > STREAM_ABOVE:
        with path.open("rb") as handle:
            if streamable(handle.read(4096)):
                handle.seek(0)
                index = index_feed(handle)
                errors.extend(index.errors)
                return index.docs(timezone, errors), len(index)
    docs = parse_feed_document(_read_file(path), timezone=timezone)
    return docs, len(docs)


def _read_file(path: Path) -> bytes:
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise ParseError(f"parse: {path.name} is {size} bytes, over the {MAX_FILE_BYTES}-byte cap")
    return path.read_bytes()
