"""Every query the service runs. Functions take the session; callers own the transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple, TypeVar
from zoneinfo import ZoneInfo

from sqlalchemy import ARRAY, Integer, Select, and_, case, delete, func, literal, or_, select, union_all
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from db import report_cache
from db.models import (
    Article,
    ArticleBand,
    Event,
    FeedVersion,
    IngestRun,
    JobKey,
    RateBucket,
    Source,
    article_events,
    search_key,
    utcnow,
)
from feed import dedup
from feed.config import SourceConfig
from feed.extract.identity import meeting_uid
from feed.model import ArticleDoc, Meeting
from feed.text import content_hash

T = TypeVar("T")

# ---- sources ----------------------------------------------------------------


def schedule_text(config: SourceConfig) -> str:
    if config.cron:
        return f"cron {config.cron}"
    seconds = int(config.every.total_seconds()) if config.every else 3600
    return f"every {seconds}s"


def sync_sources(session: Session, configs: Sequence[SourceConfig]) -> list[Source]:
    """Make the sources table match the sources file; unlisted sources stay, unconfigured."""
    existing = {s.key: s for s in session.scalars(select(Source))}
    wanted = {c.key for c in configs}
    for source in existing.values():
        if source.key not in wanted and source.configured:
            source.configured = False
    rows = []
    for config in configs:
        source = existing.get(config.key)
        if source is None:  # processes starting together (schedulers, web) may insert the same key at once
            source = _insert_or_get(session, _configure(Source(key=config.key), config),
                                    select(Source).where(Source.key == config.key))
        rows.append(_configure(source, config))
    session.flush()
    return rows


def _configure(source: Source, config: SourceConfig) -> Source:
    if source.location != config.location:
        source.etag = source.last_modified = None
    if source.location != config.location or source.kind != config.kind:
        source.disabled_reason, source.retry_at = None, None
    source.name, source.kind, source.location = config.name, config.kind, config.location
    source.options = config.options
    source.timezone, source.schedule = config.timezone, schedule_text(config)
    source.configured = True
    return source


def source_by_key(session: Session, key: str) -> Source | None:
    return session.scalar(select(Source).where(Source.key == key))


def all_sources(session: Session) -> list[Source]:
    return list(session.scalars(select(Source).order_by(Source.configured.desc(), Source.key)))


def adhoc_source(session: Session, key: str, kind: str, location: str, timezone: str) -> Source:
    """The source row for an ad-hoc `feed ingest PATH|URL`, so its validators persist too."""
    source = source_by_key(session, key)
    if source is None:
        source = Source(
            key=key, name=location, kind=kind, location=location, timezone=timezone,
            schedule="manual", configured=False,
        )
        session.add(source)
        session.flush()
    return source


# ---- articles and events ----------------------------------------------------


def article_guid(doc: ArticleDoc) -> str:
    return doc.guid or doc.url or "hash:" + content_hash(doc.title, doc.published and doc.published.isoformat())


def store_article(session: Session, source: Source, doc: ArticleDoc) -> tuple[str, Article]:
    """Insert or update one article: returns ('new' | 'updated' | 'unchanged', row)."""
    guid = article_guid(doc)
    digest = content_hash(
        doc.title, doc.text, doc.url, doc.published and doc.published.isoformat(),
        doc.content_html, doc.outlet, doc.author, doc.original_title,
    )
    canonical = dedup.canonical_url(doc.url)
    article = session.scalar(
        select(Article).where(Article.source_id == source.id, Article.guid == guid)
    )
    if article is None and doc.url:
        article = session.scalar(
            select(Article)
            .where(Article.source_id == source.id, or_(Article.url == doc.url, Article.canonical_url == canonical))
            .limit(1)
        )
    if article is not None and article.content_hash == digest:
        return "unchanged", article
    outcome = "updated" if article is not None else "new"
    if article is None:
        lookup = select(Article).where(Article.source_id == source.id, Article.guid == guid)
        new = _fill(Article(source_id=source.id, guid=guid), doc, digest)
        article = _insert_or_get(session, new, lookup)
        if article is new:
            return outcome, article
    _fill(article, doc, digest)
    session.flush()
    return outcome, article


def _fill(article: Article, doc: ArticleDoc, digest: str) -> Article:
    article.url = doc.url
    article.canonical_url = dedup.canonical_url(doc.url)
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


def known_guids(session: Session, source: Source, guids: Sequence[str]) -> set[str]:
    """Which of these GUIDs the source already has (to skip fetching their pages again)."""
    found: set[str] = set()
    for start in range(0, len(guids), 500):
        chunk = list(guids[start : start + 500])
        found.update(session.scalars(
            select(Article.guid).where(Article.source_id == source.id, Article.guid.in_(chunk))
        ))
    return found


def link_story(session: Session, article: Article) -> Article | None:
    """Mark `article` as a reprint of an earlier one (see feed.dedup) and index its fingerprint.

    Returns the original, or None when the article is a story of its own. An
    article that others already point to stays an original.
    """
    article.text_hash = dedup.text_hash(article.text)
    article.fingerprint = dedup.fingerprint(article.text)
    bands = dedup.band_keys(article.fingerprint)
    session.execute(ArticleBand.__table__.delete().where(ArticleBand.article_id == article.id))
    session.add_all(ArticleBand(band=band, article_id=article.id) for band in bands)
    original = None
    has_reprints = session.scalar(select(Article.id).where(Article.duplicate_of == article.id).limit(1))
    if not has_reprints:
        original = _story_original(session, article, bands)
    article.duplicate_of = original.id if original else None
    session.flush()
    return original


def _story_original(session: Session, article: Article, bands: Sequence[str]) -> Article | None:
    others = Article.id != article.id
    for column, value in ((Article.canonical_url, article.canonical_url), (Article.text_hash, article.text_hash)):
        if value:
            match = session.scalar(select(Article).where(column == value, others).order_by(Article.id).limit(1))
            if match is not None:
                return _root(session, match)
    if not bands:
        return None
    candidates = session.execute(
        select(Article.id, Article.fingerprint)
        .join(ArticleBand, ArticleBand.article_id == Article.id)
        .where(ArticleBand.band.in_(bands), others)
        .distinct()
        .order_by(Article.id)
        .limit(200)
    ).all()
    scored = [(dedup.similarity(article.fingerprint, fp), id_) for id_, fp in candidates]
    best = max(scored, default=(0.0, None), key=lambda s: (s[0], -(s[1] or 0)))
    if best[1] is None or best[0] < dedup.NEAR_DUPLICATE:
        return None
    return _root(session, session.get(Article, best[1]))


def _root(session: Session, article: Article | None) -> Article | None:
    if article is not None and article.duplicate_of is not None:
        return session.get(Article, article.duplicate_of) or article
    return article


_EVENT_FIELDS = (
    ("start_date", "start"), ("end_date", "last_day"), ("start_time", "start_time"),
    ("end_time", "end_time"), ("timezone", "timezone"), ("city", "city"), ("city_en", "city_en"),
    ("region", "region"), ("country", "country"), ("venue", "venue"), ("latitude", "latitude"),
    ("longitude", "longitude"), ("status", "status"),
)


def link_meetings(session: Session, article: Article, meetings: Sequence[Meeting]) -> list[Event]:
    """Upsert the article's meetings as events and make them the article's event links.

    An event keeps its UID; when a report changes its details SEQUENCE goes up.
    A report with lower confidence only fills in what the event lacks.
    """
    events: list[Event] = []
    for meeting in meetings:
        uid = meeting_uid(meeting)
        event = session.scalar(select(Event).where(Event.uid == uid))
        if event is None:
            event = Event(uid=uid, name=meeting.name, sequence=0, confidence=meeting.confidence)
            _apply(event, meeting, overwrite=True)
            event = _insert_or_get(session, event, select(Event).where(Event.uid == uid))
        elif _apply(event, meeting, overwrite=meeting.confidence >= event.confidence):
            event.sequence += 1
            event.updated_at = utcnow()
        event.confidence = max(event.confidence, meeting.confidence)
        if event not in events:
            events.append(event)
    orphans = [e for e in article.events if e not in events]
    article.events = events
    session.flush()
    for event in orphans:
        if not event.articles:
            session.delete(event)
    return events


def _insert_or_get(session: Session, row: T, lookup: Select[tuple[T]]) -> T:
    """Insert `row`; when a concurrent run inserted the same key first, return that row."""
    try:
        with session.begin_nested():
            session.add(row)
            session.flush()
        return row
    except IntegrityError:
        existing = session.scalar(lookup)
        if existing is None:
            raise
        return existing


def _apply(event: Event, meeting: Meeting, *, overwrite: bool) -> bool:
    changed = False
    for column, attribute in _EVENT_FIELDS:
        new = getattr(meeting, attribute)
        old = getattr(event, column, None)
        if new is None or new == old or (old is not None and not overwrite):
            continue
        setattr(event, column, new)
        changed = True
    if overwrite or not event.evidence:  # why we believe it: shown, but no change to the meeting (no SEQUENCE)
        event.evidence = {name: asdict(item) for name, item in meeting.evidence.items()}
        event.sentence = meeting.sentence
    organisers = [{"name": o.name, "role": o.role} for o in meeting.organisers]
    if organisers and organisers != event.organisers and (overwrite or not event.organisers):
        event.organisers = organisers
        changed = True
    return changed


@dataclass(frozen=True)
class Filters:
    """What a feed, calendar or API list shows. Text filters match script-insensitively."""

    source: str | None = None
    city: str | None = None
    region: str | None = None
    q: str | None = None
    start: date | None = None  # from
    end: date | None = None  # to
    lang: str | None = None  # a language tag or its prefix: "zh" matches zh-Hant and zh-Hans
    before: tuple[datetime, int] | None = None  # article paging cursor: (sort time, id), exclusive
    limit: int = 50
    min_confidence: float | None = None  # meetings only: this sure or surer


def _article_time() -> Any:
    return func.coalesce(Article.published_at, Article.created_at)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _lang_matches(column: Any, lang: str) -> Any:
    lang = lang.lower()
    return or_(func.lower(column) == lang, func.lower(column).like(_escape_like(lang) + "-%", escape="\\"))


def _contains(column: Any, text: str) -> Any:
    return column.like("%" + _escape_like(search_key(text) or "") + "%", escape="\\")


def _article_filter(query: Any, filters: Filters, time: Any = None) -> Any:
    """`time` stands for the article's sort time where the query pins it to one column."""
    time = _article_time() if time is None else time
    if filters.source:
        query = query.where(Source.key == filters.source)
    else:  # one story once; its reprints hang off it as `reprints`
        query = query.where(Article.duplicate_of.is_(None))
    if filters.q:
        query = query.where(_contains(Article.search_text, filters.q))
    if filters.city:
        query = query.where(Article.events.any(_city_matches(filters.city)))
    if filters.region:
        query = query.where(Article.events.any(_region_matches(filters.region)))
    if filters.lang:
        query = query.where(_lang_matches(Article.language, filters.lang))
    if filters.start:
        query = query.where(time >= _day_start(filters.start))
    if filters.end:
        query = query.where(time < _day_start(filters.end, plus_one=True))
    return query


def _matches(filters: Filters, time: Any) -> Any:
    """(id, sort_time) of the articles the filters match; `time` as in _article_filter."""
    query = select(Article.id, time.label("sort_time"))
    if filters.source:
        query = query.join(Article.source)
    return _article_filter(query, filters, time)


def _after_cursor(time: Any, article_id: Any, cursor: tuple[datetime, int]) -> Any:
    """Rows that come after the cursor (sort time, id) in newest-first order."""
    when, last_id = cursor
    return or_(time < when, and_(time == when, article_id < last_id))


def _newest_ids(filters: Filters, dated: bool, since: datetime | None = None) -> Any:
    """Ids of the newest matching articles with (or without) a published time, by an index on that time.

    The sort time is coalesce(published_at, created_at); split on published_at being set,
    each half orders by a plain column, so the database walks an index from the newest
    end and stops after `limit` rows instead of sorting every match. `since` bounds the walk.
    """
    time = Article.published_at if dated else Article.created_at
    query = _matches(filters, time)
    query = query.where(Article.published_at.is_not(None) if dated else Article.published_at.is_(None))
    if filters.before:
        query = query.where(time <= filters.before[0], _after_cursor(time, Article.id, filters.before))
    if since is not None:
        query = query.where(time >= since)
    return query.order_by(time.desc(), Article.id.desc()).limit(filters.limit).subquery()


def _newest_by_sorting(filters: Filters) -> Any:
    """Ids of the newest matching articles: every match fetched (through the trigram index), then sorted.

    For few matches among many articles: walking a time index would visit tens of thousands
    of rows to find them. MATERIALIZED keeps the planner from folding the walk back in.
    """
    matches = _matches(filters, _article_time()).cte("matches").prefix_with("MATERIALIZED")
    newest = select(matches.c.id)
    if filters.before:
        newest = newest.where(_after_cursor(matches.c.sort_time, matches.c.id, filters.before))
    return newest.order_by(matches.c.sort_time.desc(), matches.c.id.desc()).limit(filters.limit)


def _walked(filters: Filters, since: datetime | None = None) -> Any:
    """(id, dated) of the newest matches of both halves, by walking their time indexes."""
    dated, undated = _newest_ids(filters, True, since), _newest_ids(filters, False)
    return union_all(select(dated.c.id, literal(True)), select(undated.c.id, literal(False)))


def _recent_bound(session: Session, filters: Filters) -> datetime | None:
    """The published time RECENT_ROWS dated articles back from where the page starts (None: fewer than that)."""
    query = select(Article.published_at).where(Article.published_at.is_not(None))
    if filters.before:
        query = query.where(Article.published_at <= filters.before[0])
    return session.scalar(query.order_by(Article.published_at.desc()).offset(RECENT_ROWS).limit(1))


def _newest_linked(filters: Filters) -> Any:
    """Ids of the newest articles linked to meetings of the city (else the region), by the links' sort time.

    The links of those meetings come from the index (event_id, article_time, article_id)
    alone and are sorted; PostgreSQL keeps a FROM subquery's order through the join, so
    articles are fetched in that order only until a page passes the other filters. Sorting
    the linked articles themselves fetched every one: 2,700 for a city at a million articles.
    """
    by_city = bool(filters.city)
    meetings = select(Event.id).where(_city_matches(filters.city) if by_city else _region_matches(filters.region or ""))
    time, article_id = article_events.c.article_time, article_events.c.article_id
    links = select(article_id, time).distinct().where(article_events.c.event_id.in_(meetings))
    if filters.before:
        links = links.where(_after_cursor(time, article_id, filters.before))
    links = links.order_by(time.desc(), article_id.desc()).subquery()
    query = select(Article.id).join(links, links.c.article_id == Article.id)
    if filters.source:
        query = query.join(Article.source)
    rest = replace(filters, city=None) if by_city else replace(filters, region=None)
    query = _article_filter(query, rest, links.c.article_time)
    return query.order_by(links.c.article_time.desc(), links.c.article_id.desc()).limit(filters.limit)


RECENT_ROWS = 5000  # dated articles a text search walks before it sorts every match instead


def _newest_article_ids(session: Session, filters: Filters) -> list[int]:
    """PostgreSQL picks a time-index walk or a sort of all matches by estimates that are poor for
    city links and for `q` (LIKE '%...%'): a rare name walked 40,000 rows at a million articles.
    Here the choice is made on what is known: a city's (or region's) articles come from its
    meetings' links; for `q`, whether the newest RECENT_ROWS articles hold a page of matches.
    SQLite walks.
    """
    if session.get_bind().dialect.name != "postgresql":
        return list(session.scalars(_walked(filters)))
    if filters.city or filters.region:
        return list(session.scalars(_newest_linked(filters)))
    if filters.q:
        since = _recent_bound(session, filters)
        rows = session.execute(_walked(filters, since)).all()
        if since is None or sum(dated for _, dated in rows) >= filters.limit:
            return [article_id for article_id, _ in rows]
        return list(session.scalars(_newest_by_sorting(filters)))  # rarely matched lately
    return list(session.scalars(_walked(filters)))


def recent_articles(session: Session, filters: Filters) -> list[Article]:
    """Newest first; `filters.before` continues after the last article of a previous page."""
    ids = _newest_article_ids(session, filters)
    if not ids:
        return []
    query: Select[tuple[Article]] = (
        select(Article).where(Article.id.in_(ids)).options(
            selectinload(Article.source), selectinload(Article.events),
            selectinload(Article.reprints).selectinload(Article.source),
        )
    )
    newest_first = _article_time().desc()
    return list(session.scalars(query.order_by(newest_first, Article.id.desc()).limit(filters.limit)))


def article_cursor(article: Article) -> tuple[datetime, int]:
    """The paging cursor that continues after this article (see Filters.before)."""
    return (article.published_at or article.created_at, article.id)


class Report(NamedTuple):
    """An article as a meeting lists it: no text. `outlet` falls back to the source's name."""

    article_id: int
    title: str
    url: str | None
    published_at: datetime | None
    language: str | None
    outlet: str


def _attach_reports(session: Session, events: list[Event]) -> list[Event]:
    """Set `event.reports`, oldest first: from the report cache where the event's reports_version
    is the one cached, the others in one query of plain rows.

    A calendar of 500 meetings lists a few thousand articles at a million; as ORM objects
    (what `Event.articles` gives) they cost more than the query and the rendering together.
    The event ids go as one array parameter: as IN (...) each of 500 ids is a parameter
    that the driver and the planner handle one by one.
    """
    cache = report_cache.cache_for(session.get_bind())
    missing: dict[int, list[Report]] = {}
    for event in events:
        cached = cache.get(event.id, event.reports_version)
        if cached is None:
            missing[event.id] = []
        else:
            event.reports = cached
    if missing:
        # Core execution on the session's connection: the ORM path costs about 1 µs more a row
        rows = session.connection().execute(
            select(Article.id, Article.title, Article.url, Article.published_at, Article.language,
                   func.coalesce(Article.outlet, Source.name), article_events.c.event_id)
            .join_from(article_events, Article, Article.id == article_events.c.article_id)
            .join(Source, Source.id == Article.source_id)
            .where(_any(article_events.c.event_id, list(missing), session))
            .order_by(Article.published_at.asc().nulls_last(), Article.id)
        )
        make = Report._make
        for row in rows:
            missing[row[6]].append(make(row[:6]))
        for event in events:
            if event.id in missing:
                event.reports = cache.put(event.id, event.reports_version, missing[event.id])
    return events


def _any(column: Any, ids: list[int], session: Session) -> Any:
    """column = ANY(ids) as one array parameter on PostgreSQL; IN (...) where arrays do not exist."""
    if session.get_bind().dialect.name == "postgresql":
        return column == func.any(literal(ids, ARRAY(Integer)))
    return column.in_(ids)


def events_for(session: Session, filters: Filters) -> list[Event]:
    """Meetings, newest first, each with its `reports` (see _attach_reports)."""
    query: Select[tuple[Event]] = select(Event)
    if filters.source:
        query = query.where(Event.articles.any(Article.source.has(Source.key == filters.source)))
    if filters.city:
        query = query.where(_city_matches(filters.city))
    if filters.region:
        query = query.where(_region_matches(filters.region))
    if filters.q:
        query = query.where(or_(_contains(Event.search_text, filters.q),
                                Event.articles.any(_contains(Article.search_text, filters.q))))
    if filters.lang:
        query = query.where(Event.articles.any(_lang_matches(Article.language, filters.lang)))
    if filters.min_confidence:
        query = query.where(Event.confidence >= filters.min_confidence)
    if filters.start:
        query = query.where(Event.end_date >= filters.start)
    if filters.end:
        query = query.where(Event.start_date <= filters.end)
    query = query.order_by(Event.start_date.desc(), Event.id).limit(filters.limit)
    # populate_existing: an event already in this session may hold a reports_version that triggers have changed since
    events = list(session.scalars(query.execution_options(populate_existing=True)))
    return _attach_reports(session, events)


def event_by_uid(session: Session, uid: str) -> Event | None:
    event = session.scalar(select(Event).where(Event.uid == uid).execution_options(populate_existing=True))
    return None if event is None else _attach_reports(session, [event])[0]


def _city_matches(city: str) -> Any:
    return or_(Event.city_key == search_key(city), func.lower(Event.city_en) == city.casefold())


def _region_matches(region: str) -> Any:
    key = search_key(region) or ""
    # "遼寧" finds "遼寧省"; "辽宁省" finds it too
    return Event.region_key.like(_escape_like(key) + "%", escape="\\")


def _day_start(day: date, plus_one: bool = False) -> datetime:
    if plus_one:
        day = day + timedelta(days=1)
    return datetime(day.year, day.month, day.day, tzinfo=ZoneInfo("Asia/Shanghai"))


@dataclass(frozen=True)
class DataVersion:
    """What every feed and calendar derives from: a fingerprint and the last change time."""

    token: str
    modified: datetime


NO_CHANGE_TIME = datetime(2023, 1, 1, tzinfo=UTC)


def feed_data_version(session: Session) -> DataVersion:
    """The change counter the database's triggers keep (see models.FeedVersion): one row by primary key."""
    row = session.get(FeedVersion, 1, populate_existing=True)
    if row is None:  # emptied by hand (TRUNCATE fires no row triggers); the next change recreates it
        return DataVersion("none", NO_CHANGE_TIME)
    return DataVersion(f"{row.generation}.{row.counter}", row.changed_at.astimezone(UTC).replace(microsecond=0))


# ---- ingest runs ------------------------------------------------------------


def queue_run(session: Session, target: str, trigger: str, source: Source | None) -> IngestRun:
    run = IngestRun(target=target, trigger=trigger, source=source, status="queued")
    session.add(run)
    session.flush()
    return run


def run_by_id(session: Session, run_id: int) -> IngestRun | None:
    return session.get(IngestRun, run_id)


def active_run_for(session: Session, source: Source) -> IngestRun | None:
    return session.scalar(
        select(IngestRun)
        .where(IngestRun.source_id == source.id, IngestRun.status.in_(("queued", "running")))
        .order_by(IngestRun.id)
        .limit(1)
    )


def queue_source_run(session: Session, source: Source, trigger: str) -> IngestRun:
    """The source's queued or running run, else a new queued one: one run per source at a time."""
    active = active_run_for(session, source)
    if active is not None:
        return active
    return queue_run(session, source.key if source.configured else source.location, trigger, source)


def claim_queued_run(session: Session) -> IngestRun | None:
    """Take the oldest queued run and mark it running (skipping rows others hold locked)."""
    query = select(IngestRun).where(IngestRun.status == "queued").order_by(IngestRun.id).limit(1)
    if session.get_bind().dialect.name == "postgresql":
        query = query.with_for_update(skip_locked=True)
    run = session.scalar(query)
    if run is not None:
        run.status, run.started_at = "running", utcnow()
        session.flush()
    return run


def orphaned_runs(session: Session, cli_grace: timedelta = timedelta(hours=1)) -> list[IngestRun]:
    """Runs marked running that no live scheduler owns (called when one becomes active).

    A CLI run may be alive in another process, so it counts only after `cli_grace`.
    """
    cutoff = utcnow() - cli_grace
    return list(session.scalars(
        select(IngestRun)
        .where(IngestRun.status == "running")
        .where(or_(IngestRun.trigger != "cli", IngestRun.started_at < cutoff))
        .order_by(IngestRun.id)
    ))


def recent_runs(session: Session, limit: int = 20) -> list[IngestRun]:
    return list(session.scalars(select(IngestRun).order_by(IngestRun.id.desc()).limit(limit)))


# ---- idempotency keys of job requests ---------------------------------------

JOB_KEY_TTL = timedelta(hours=24)


def job_key(session: Session, scope: str, key: str) -> JobKey | None:
    """The record of an Idempotency-Key used by `scope` in the last 24 hours."""
    return session.scalar(
        select(JobKey).where(JobKey.scope == scope, JobKey.key == key, JobKey.created_at > utcnow() - JOB_KEY_TTL)
    )


def remember_job_key(session: Session, scope: str, key: str, request_hash: str, run: IngestRun,
                     status_code: int, response: dict[str, Any]) -> JobKey:
    """Record a key's first answer. Raises IntegrityError when a concurrent request recorded it first."""
    session.execute(delete(JobKey).where(JobKey.created_at <= utcnow() - JOB_KEY_TTL))
    row = JobKey(scope=scope, key=key, request_hash=request_hash, run_id=run.id, status_code=status_code,
                 response=response)
    session.add(row)
    session.flush()
    return row


# ---- rate limit on job triggers ---------------------------------------------

RATE_SLACK = 1.0  # seconds


def take_rate_token(session: Session, key: str, now: float, interval: float, window: float) -> float:
    """Take one request from `key`'s allowance: 0.0 when allowed, else the seconds to wait.

    The generic cell rate algorithm: a bucket holds one time, `due`, when it is full again.
    A request adds `interval` (window / rate) to it and is allowed while that stays within
    `window` of now, so a full bucket lets `rate` requests through at once. One upsert
    decides, so web processes sharing the database count together and none can race past.
    """
    insert = (postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert)(RateBucket)
    due = case((RateBucket.due > now, RateBucket.due), else_=now) + interval
    # Requests read their clocks before they queue for the row, so a burst reaches it a few ms out of
    # order; without slack the last request of a full burst was refused (2 of 3 at 3/minute).
    # Under half an interval, it lets no extra request through at one instant.
    limit = window + min(RATE_SLACK, interval / 2)
    allowed = session.scalar(
        insert.values(key=key, due=now + interval)
        .on_conflict_do_update(index_elements=[RateBucket.key], set_={"due": due}, where=due - now <= limit)
        .returning(RateBucket.due)
    )
    if allowed is not None:
        session.execute(delete(RateBucket).where(RateBucket.due < now))  # full again: the same as no row
        return 0.0
    current = session.scalar(select(RateBucket.due).where(RateBucket.key == key))
    return max(current + interval - limit - now, 0.001)
