"""Articles: the upsert's lookups, the fingerprint band index, the candidates for a story's original."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from itertools import zip_longest
from typing import Any

from sqlalchemy import Column, ColumnDefault, ColumnElement, delete, func, insert, or_, select, text
from sqlalchemy.orm import Session, make_transient_to_detached, selectinload

from db.lookups import chunks, one_of
from db.models import Article, ArticleBand, Source, article_events
from db.rows import insert_or_get
from db.search import search_key

STORIES_LOCK_KEY = 0x66656566  # PostgreSQL advisory lock; the scheduler's is 0x66656564, re-extraction's 0x66656565


def lock_stories(session: Session) -> None:
    """Hold until this transaction ends the right to store articles and decide which of them tells a story
    first: a run looks for a new article's original, then inserts it, and another run's look in between would
    miss it (two originals of one story). PostgreSQL: a transaction-level advisory lock; SQLite: the database's
    write lock, taken before the first read (pysqlite would take it only at the first write)."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({STORIES_LOCK_KEY})")
    elif connection.dialect.name == "sqlite":
        dbapi_connection = connection.connection.dbapi_connection
        if dbapi_connection is not None and not dbapi_connection.in_transaction:
            dbapi_connection.execute("BEGIN IMMEDIATE")


def article_by_id(session: Session, article_id: int) -> Article | None:
    return session.get(Article, article_id)


def articles_with_events(session: Session, ids: Sequence[int]) -> dict[int, Article]:
    """{id: article} of these articles, their events read with them: two queries for them all, where reading
    each one's events later would be a query each (and a flush of whatever the session holds before it)."""
    found: dict[int, Article] = {}
    for chunk in chunks(session, ids):
        query = select(Article).where(one_of(session, Article.id, chunk)).options(selectinload(Article.events))
        found.update((article.id, article) for article in session.scalars(query))
    return found


def article_by_guid(session: Session, source_id: int, guid: str) -> Article | None:
    return session.scalar(select(Article).where(Article.source_id == source_id, Article.guid == guid))


def article_by_address(session: Session, source_id: int, url: str, canonical_url: str | None) -> Article | None:
    """The source's article at `url`, or at the same canonical URL."""
    return session.scalar(
        select(Article)
        .where(Article.source_id == source_id, or_(Article.url == url, Article.canonical_url == canonical_url))
        .limit(1)
    )


def add_article(session: Session, article: Article) -> Article:
    """Insert an article; when a concurrent run stored the same GUID first, that row."""
    lookup = select(Article).where(Article.source_id == article.source_id, Article.guid == article.guid)
    return insert_or_get(session, article, lookup)


def known_guids(session: Session, source_id: int, guids: Sequence[str]) -> set[str]:
    """Which of these GUIDs the source already has."""
    found: set[str] = set()
    for chunk in chunks(session, guids):
        found.update(
            session.scalars(
                select(Article.guid).where(Article.source_id == source_id, one_of(session, Article.guid, chunk))
            )
        )
    return found


def stored_hashes(session: Session, source_id: int, guids: Sequence[str]) -> dict[str, str]:
    """{GUID: content hash} of the source's articles with these GUIDs."""
    found: dict[str, str] = {}
    for chunk in chunks(session, guids):
        query = select(Article.guid, Article.content_hash).where(
            Article.source_id == source_id, one_of(session, Article.guid, chunk)
        )
        found.update((guid, digest) for guid, digest in session.execute(query))
    return found


def stored_addresses(
    session: Session, source_id: int, urls: Sequence[str], canonical_urls: Sequence[str]
) -> tuple[set[str], set[str]]:
    """(URLs, canonical URLs) among these that the source's stored articles have."""
    urls_found: set[str] = set()
    canonical_found: set[str] = set()
    url_chunk: list[str]
    canonical_chunk: list[str]
    for url_chunk, canonical_chunk in zip_longest(chunks(session, urls), chunks(session, canonical_urls), fillvalue=[]):
        query = select(Article.url, Article.canonical_url).where(
            Article.source_id == source_id,
            or_(one_of(session, Article.url, url_chunk), one_of(session, Article.canonical_url, canonical_chunk)),
        )
        for url, canonical in session.execute(query):
            urls_found.update([url] if url else [])
            canonical_found.update([canonical] if canonical else [])
    return urls_found, canonical_found


def event_ids_of(session: Session, source_id: int, guids: Sequence[str]) -> set[int]:
    """The ids of the events that the source's articles with these GUIDs report."""
    found: set[int] = set()
    for chunk in chunks(session, guids):
        query = (
            select(article_events.c.event_id)
            .join(Article, Article.id == article_events.c.article_id)
            .where(Article.source_id == source_id, one_of(session, Article.guid, chunk))
        )
        found.update(session.scalars(query))
    return found


def number_new_articles(session: Session, articles: Sequence[Article]) -> None:
    """Give new articles their ids from PostgreSQL's sequence, in order, before they are added: with its
    id set, an article needs no RETURNING, so a batch is written by one short INSERT sent for every row
    (psycopg's pipelined executemany), not as statements of thousands of parameters that psycopg rewrites
    in Python (bench/README.md). Elsewhere the database numbers them as they are inserted."""
    if not articles or session.get_bind().dialect.name != "postgresql":
        return
    sequence = func.pg_get_serial_sequence(Article.__tablename__, "id")
    ids = session.scalars(select(func.nextval(sequence)).select_from(func.generate_series(1, len(articles))))
    for article, article_id in zip(articles, sorted(ids), strict=True):
        article.id = article_id


# An insert that fills the search trigram index's 64 MB pending list (migration 0021) merges the list into the
# index itself, gathering the list's keys in work_mem and writing them to the index each time that is full: with
# the server's default 4 MB, sixteen rounds of writes into the index where one would do (PostgreSQL's ginfast.c)
PENDING_LIST_MERGE_MEMORY = "64MB"


def insert_new_articles(session: Session, articles: Sequence[Article]) -> None:
    """Insert new articles, not yet in the session, with one executemany, then put them in the session as
    stored rows: the unit of work would spend longer on its bookkeeping for each row than the insert takes.
    They get what the ORM's insert would give them: their search keys, creation times and ids."""
    if not articles:
        return
    table = Article.metadata.tables[Article.__tablename__]
    keys = [column.key for column in table.columns]
    for article in articles:
        article.search_text = search_key(article.title, article.text)  # as the before_insert listener sets it
        for column in table.columns:  # every column loaded, none read back from the database when it is used
            if column.key not in article.__dict__:
                setattr(article, column.key, _default_of(column))
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SET LOCAL work_mem = '{PENDING_LIST_MERGE_MEMORY}'"))
    numbered = all(article.id is not None for article in articles)  # by number_new_articles
    columns = keys if numbered else [key for key in keys if key != "id"]
    rows = [{key: article.__dict__[key] for key in columns} for article in articles]
    if numbered:
        session.connection().execute(insert(table), rows)
    else:
        returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
        ids = session.connection().execute(returning, rows).scalars().all()
        for article, article_id in zip(articles, ids, strict=True):
            article.id = article_id
    for article in articles:
        make_transient_to_detached(article)
    session.add_all(articles)


def _default_of(column: Column[Any]) -> Any:
    """What the ORM's insert would give an unset column: its Python-side default, or None."""
    default = column.default
    if not isinstance(default, ColumnDefault):
        return None
    return default.arg(None) if default.is_callable else default.arg


def add_bands(session: Session, bands: Iterable[tuple[str, int]]) -> None:
    """Index (band key, article id) pairs of articles that have none yet: one COPY on PostgreSQL (16 keys
    an article: several times cheaper than a multi-row INSERT, bench/README.md), else one executemany of
    the driver's, the rows as they are (SQLAlchemy's would build a parameter dictionary for each)."""
    rows = list(bands)
    if not rows:
        return
    session.flush()  # the articles the keys point to
    if session.get_bind().dialect.name != "postgresql":
        statement = insert(ArticleBand).compile(dialect=session.get_bind().dialect)
        session.connection().exec_driver_sql(str(statement), rows)
        return
    psycopg = session.connection().connection.driver_connection
    assert psycopg is not None
    with (
        psycopg.cursor() as cursor,
        cursor.copy(f"COPY {ArticleBand.__tablename__} (band, article_id) FROM STDIN") as copy,
    ):
        for row in rows:
            copy.write_row(row)


def oldest_articles_at(session: Session, canonical_urls: Sequence[str]) -> dict[str, tuple[int, int | None]]:
    """{canonical URL: (id, duplicate_of)} of the oldest article at each of these canonical URLs."""
    return _oldest_with(session, Article.canonical_url, canonical_urls)


def oldest_articles_with_texts(session: Session, text_hashes: Sequence[str]) -> dict[str, tuple[int, int | None]]:
    """{text hash: (id, duplicate_of)} of the oldest article with each of these normalised texts."""
    return _oldest_with(session, Article.text_hash, text_hashes)


def _oldest_with(session: Session, key: Any, wanted: Sequence[str]) -> dict[str, tuple[int, int | None]]:
    found: dict[str, tuple[int, int | None]] = {}
    for chunk in chunks(session, wanted):
        first = (
            select(key.label("key"), func.min(Article.id).label("id"))
            .where(one_of(session, key, chunk))
            .group_by(key)
            .subquery()
        )
        query = select(first.c.key, Article.id, Article.duplicate_of).join(Article, Article.id == first.c.id)
        found.update((value, (article_id, original)) for value, article_id, original in session.execute(query))
    return found


def band_holders(session: Session, bands: Sequence[str], most: int) -> tuple[dict[str, list[int]], set[str]]:
    """({band key: ids of the stored articles holding it} for the keys at most `most` articles hold,
    the keys more hold): two indexed queries a chunk of keys, and at most `most` rows a key."""
    holders: dict[str, list[int]] = {}
    crowded: set[str] = set()
    for chunk in chunks(session, bands):
        counts = (
            select(ArticleBand.band, func.count())
            .where(one_of(session, ArticleBand.band, chunk))
            .group_by(ArticleBand.band)
        )
        held = {band: count for band, count in session.execute(counts)}
        crowded.update(band for band, count in held.items() if count > most)
        light = [band for band in held if band not in crowded]
        if light:
            rows = select(ArticleBand.band, ArticleBand.article_id).where(one_of(session, ArticleBand.band, light))
            for band, article_id in session.execute(rows):
                holders.setdefault(band, []).append(article_id)
    return holders, crowded


def fingerprints_of(session: Session, ids: Sequence[int]) -> dict[int, tuple[str | None, int | None]]:
    """{id: (fingerprint, duplicate_of)} of these articles."""
    found: dict[int, tuple[str | None, int | None]] = {}
    for chunk in chunks(session, ids):
        query = select(Article.id, Article.fingerprint, Article.duplicate_of).where(one_of(session, Article.id, chunk))
        found.update((article_id, (fp, original)) for article_id, fp, original in session.execute(query))
    return found


def index_bands(session: Session, article: Article, bands: Sequence[str]) -> None:
    """Make `bands` the article's fingerprint band keys (replacing the ones it had)."""
    stale = delete(ArticleBand).where(ArticleBand.article_id == article.id)
    session.execute(stale.execution_options(synchronize_session=False))  # nothing in the session to update
    session.add_all(ArticleBand(band=band, article_id=article.id) for band in bands)


def has_reprints(session: Session, article: Article) -> bool:
    """Whether another article is marked a reprint of this one."""
    return session.scalar(select(Article.id).where(Article.duplicate_of == article.id).limit(1)) is not None


def oldest_article_at(session: Session, canonical_url: str, other_than: Article) -> Article | None:
    return _oldest_other(session, Article.canonical_url, canonical_url, other_than)


def oldest_article_with_text(session: Session, text_hash: str, other_than: Article) -> Article | None:
    return _oldest_other(session, Article.text_hash, text_hash, other_than)


def _oldest_other(session: Session, column: Any, value: str, other_than: Article) -> Article | None:
    return session.scalar(
        select(Article).where(column == value, Article.id != other_than.id).order_by(Article.id).limit(1)
    )


def articles_sharing_bands(
    session: Session, bands: Sequence[str], other_than: Article | None, limit: int = 200
) -> list[tuple[int, str | None]]:
    """(id, fingerprint) of the articles sharing the most band keys with `other_than` (a near-duplicate
    shares most of them), oldest first among equals; counted in SQL before any fingerprint is read."""
    shared = func.count().label("shared")
    ranked = (
        select(ArticleBand.article_id, shared)
        .where(
            one_of(session, ArticleBand.band, bands),
            *([] if other_than is None else [ArticleBand.article_id != other_than.id]),
        )
        .group_by(ArticleBand.article_id)
        .order_by(shared.desc(), ArticleBand.article_id)
        .limit(limit)
        .subquery()
    )
    rows = session.execute(
        select(Article.id, Article.fingerprint)
        .join(ranked, ranked.c.article_id == Article.id)
        .order_by(ranked.c.shared.desc(), Article.id)
    )
    return [(article_id, fingerprint) for article_id, fingerprint in rows]


def articles_after(
    session: Session,
    after_id: int,
    through_id: int,
    limit: int,
    source_id: int | None = None,
    since: datetime | None = None,
) -> list[tuple[Article, str]]:
    """The next `limit` articles by id after `after_id` up to `through_id` (of one source, dated
    `since` or later when given), each with its source's timezone."""
    query = select(Article, Source.timezone).join(Source, Source.id == Article.source_id)
    query = query.where(Article.id > after_id, Article.id <= through_id, *_chosen(source_id, since))
    return [(article, timezone) for article, timezone in session.execute(query.order_by(Article.id).limit(limit))]


def count_articles(session: Session, source_id: int | None = None, since: datetime | None = None) -> tuple[int, int]:
    """How many articles there are (of one source, dated `since` or later), and the highest id of them."""
    query = select(func.count(), func.coalesce(func.max(Article.id), 0)).where(*_chosen(source_id, since))
    count, highest = session.execute(query).one()
    return int(count), int(highest)


def _chosen(source_id: int | None, since: datetime | None) -> list[ColumnElement[bool]]:
    """An article's date is when it was published, else when it was stored."""
    chosen = [] if source_id is None else [Article.source_id == source_id]
    if since is not None:
        chosen.append(func.coalesce(Article.published_at, Article.created_at) >= since)
    return chosen
