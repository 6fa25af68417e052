"""What feeds, calendars and the API list: articles and meetings by filter, and the data version.

The article queries choose their plan by what is known (see _newest_article_ids); meetings come
as EventWithReports, their articles as plain `reports` kept between renders by db.report_cache.

Pages go newest first from a cursor (Filters.before). The article walks also go the other way,
`newer`: oldest first over the rows that are not after the cursor, the cursor's own row first,
which is how newer_article_cursor finds the page before a page.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple
from zoneinfo import ZoneInfo

from sqlalchemy import Engine, Select, and_, func, literal, or_, select, union_all
from sqlalchemy.orm import Session, selectinload

from db import report_cache
from db.lookups import one_of
from db.models import Article, Event, FeedVersion, Source, article_events
from db.search import search_key


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
    before: tuple[datetime, int] | None = None  # paging cursor: (sort time or start day, id), exclusive
    limit: int = 50
    min_confidence: float | None = None  # meetings only: this sure or surer
    located: bool = False  # meetings only: those with coordinates (maps)


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


def _after_cursor(time: Any, article_id: Any, cursor: tuple[datetime, int], newer: bool = False) -> Any:
    """Rows that come after the cursor (sort time, id) in newest-first order; `newer`: the others."""
    when, last_id = cursor
    if newer:
        return or_(time > when, and_(time == when, article_id >= last_id))
    return or_(time < when, and_(time == when, article_id < last_id))


def _in_order(time: Any, article_id: Any, newer: bool = False) -> tuple[Any, Any]:
    """Newest first; `newer`: oldest first."""
    return (time.asc(), article_id.asc()) if newer else (time.desc(), article_id.desc())


def _newest_ids(filters: Filters, dated: bool, stop: datetime | None = None, newer: bool = False) -> Any:
    """(id, sort_time) of the newest matching articles with (or without) a published time, by an index on that time.

    The sort time is coalesce(published_at, created_at); split on published_at being set,
    each half orders by a plain column, so the database walks an index from the newest
    end and stops after `limit` rows instead of sorting every match. `stop` bounds the walk.
    """
    time = Article.published_at if dated else Article.created_at
    query = _matches(filters, time)
    query = query.where(Article.published_at.is_not(None) if dated else Article.published_at.is_(None))
    if filters.before:
        when = filters.before[0]
        query = query.where(
            time >= when if newer else time <= when, _after_cursor(time, Article.id, filters.before, newer)
        )
    if stop is not None:
        query = query.where(time <= stop if newer else time >= stop)
    return query.order_by(*_in_order(time, Article.id, newer)).limit(filters.limit).subquery()


def _newest_by_sorting(filters: Filters, newer: bool = False) -> Any:
    """(id, sort_time) of the newest matching articles: every match fetched (through the trigram index), then sorted.

    For few matches among many articles: walking a time index would visit tens of thousands
    of rows to find them. MATERIALIZED keeps the planner from folding the walk back in.
    """
    matches = _matches(filters, _article_time()).cte("matches").prefix_with("MATERIALIZED")
    newest = select(matches.c.id, matches.c.sort_time)
    if filters.before:
        newest = newest.where(_after_cursor(matches.c.sort_time, matches.c.id, filters.before, newer))
    return newest.order_by(*_in_order(matches.c.sort_time, matches.c.id, newer)).limit(filters.limit)


def _walked(filters: Filters, stop: datetime | None = None, newer: bool = False) -> Any:
    """(id, sort_time, dated) of the newest matches of both halves, by walking their time indexes."""
    dated, undated = _newest_ids(filters, True, stop, newer), _newest_ids(filters, False, newer=newer)
    return union_all(
        select(dated.c.id, dated.c.sort_time, literal(True)), select(undated.c.id, undated.c.sort_time, literal(False))
    )


def _recent_bound(session: Session, filters: Filters, newer: bool = False) -> datetime | None:
    """The published time RECENT_ROWS dated articles back from where the page starts, `newer`: forward from
    it (None: fewer than that)."""
    time = Article.published_at
    query = select(time).where(time.is_not(None))
    if filters.before:
        query = query.where(time >= filters.before[0] if newer else time <= filters.before[0])
    return session.scalar(query.order_by(time.asc() if newer else time.desc()).offset(RECENT_ROWS).limit(1))


def _newest_linked(filters: Filters, newer: bool = False) -> Any:
    """(id, sort_time) of the newest articles linked to meetings of the city (else the region), by the links' sort time.

    The links of those meetings come from the index (event_id, article_time, article_id)
    alone and are sorted; PostgreSQL keeps a FROM subquery's order through the join, so
    articles are fetched in that order only until a page passes the other filters. Sorting
    the linked articles themselves fetched every one: 2,700 for a city at a million articles.
    """
    city = filters.city
    meetings = select(Event.id).where(_city_matches(city) if city else _region_matches(filters.region or ""))
    time, article_id = article_events.c.article_time, article_events.c.article_id
    linked = select(article_id, time).distinct().where(article_events.c.event_id.in_(meetings))
    if filters.before:
        linked = linked.where(_after_cursor(time, article_id, filters.before, newer))
    links = linked.order_by(*_in_order(time, article_id, newer)).subquery()
    query = select(Article.id, links.c.article_time).join(links, links.c.article_id == Article.id)
    if filters.source:
        query = query.join(Article.source)
    rest = replace(filters, city=None) if city else replace(filters, region=None)
    query = _article_filter(query, rest, links.c.article_time)
    return query.order_by(*_in_order(links.c.article_time, links.c.article_id, newer)).limit(filters.limit)


RECENT_ROWS = 5000  # dated articles a text search walks before it sorts every match instead


def _newest_article_ids(session: Session, filters: Filters, newer: bool = False) -> list[tuple[int, datetime]]:
    """(id, sort time) of a page's articles, in no order; `newer`: of the page that goes the other way.

    PostgreSQL picks a time-index walk or a sort of all matches by estimates that are poor for
    city links and for `q` (LIKE '%...%'): a rare name walked 40,000 rows at a million articles.
    Here the choice is made on what is known: a city's (or region's) articles come from its
    meetings' links; for `q`, whether the newest RECENT_ROWS articles hold a page of matches.
    SQLite walks.
    """
    if session.get_bind().dialect.name != "postgresql":
        query = _walked(filters, newer=newer)
    elif filters.city or filters.region:
        query = _newest_linked(filters, newer)
    elif filters.q:
        stop = _recent_bound(session, filters, newer)
        rows = session.execute(_walked(filters, stop, newer)).all()
        if stop is None or sum(dated for _, _, dated in rows) >= filters.limit:
            return [(article_id, time) for article_id, time, _ in rows]
        query = _newest_by_sorting(filters, newer)  # rarely matched lately
    else:
        query = _walked(filters, newer=newer)
    return [(row[0], row[1]) for row in session.execute(query)]


def recent_articles(session: Session, filters: Filters) -> list[Article]:
    """Newest first; `filters.before` continues after the last article of a previous page."""
    ids = [article_id for article_id, _ in _newest_article_ids(session, filters)]
    if not ids:
        return []
    query: Select[Article] = (
        select(Article)
        .where(Article.id.in_(ids))
        .options(
            selectinload(Article.source),
            selectinload(Article.events),
            selectinload(Article.reprints).selectinload(Article.source),
        )
    )
    newest_first = _article_time().desc()
    return list(session.scalars(query.order_by(newest_first, Article.id.desc()).limit(filters.limit)))


def article_cursor(article: Article) -> tuple[datetime, int]:
    """The paging cursor that continues after this article (see Filters.before)."""
    return (article.published_at or article.created_at, article.id)


def newer_article_cursor(session: Session, filters: Filters) -> tuple[datetime, int] | None:
    """The cursor of the page before the one `filters.before` starts (RFC 5005's next-archive), when that
    page has a cursor: its `limit` articles, the ones just newer than this page, are not the newest.

    One walk the other way: the `limit` + 1 oldest articles not after the cursor; the last is the one
    that page continues after. None on the first page and on the second (the page before is the first).
    """
    if filters.before is None:
        return None
    rows = sorted(_newest_article_ids(session, replace(filters, limit=filters.limit + 1), newer=True), key=_by_time)
    if len(rows) <= filters.limit:
        return None
    article_id, time = rows[filters.limit]
    return time, article_id


def _by_time(row: tuple[int, datetime]) -> tuple[datetime, int]:
    return row[1], row[0]


def event_cursor(event: Event) -> tuple[datetime, int]:
    """The paging cursor that continues after this meeting (see Filters.before): its start day and id."""
    return _day_cursor(event.start_date, event.id)


def _day_cursor(day: date, event_id: int) -> tuple[datetime, int]:
    return datetime(day.year, day.month, day.day, tzinfo=UTC), event_id


class Report(NamedTuple):
    """An article as a meeting lists it: no text. `outlet` falls back to the source's name."""

    article_id: int
    title: str
    url: str | None
    published_at: datetime | None
    language: str | None
    outlet: str


class EventWithReports(NamedTuple):
    """A meeting as feeds, calendars, pages and the API show it: the row and its articles, oldest first."""

    event: Event
    reports: tuple[Report, ...]


def _with_reports(session: Session, events: list[Event]) -> list[EventWithReports]:
    """Each event with its reports, oldest first: from the report cache where the event's reports_version
    is the one cached, the others in one query of plain rows.

    A calendar of 500 meetings lists a few thousand articles at a million; as ORM objects
    (what `Event.articles` gives) they cost more than the query and the rendering together.
    The event ids go as one array parameter: as IN (...) each of 500 ids is a parameter
    that the driver and the planner handle one by one.
    """
    bind = session.get_bind()
    cache = report_cache.cache_for(bind if isinstance(bind, Engine) else bind.engine)
    found: dict[int, tuple[Report, ...]] = {}
    missing: dict[int, list[Report]] = {}
    for event in events:
        cached = cache.get(event.id, event.reports_version)
        if cached is None:
            missing[event.id] = []
        else:
            found[event.id] = cached
    if missing:
        # Core execution on the session's connection: plain rows skip the ORM's work on every row
        rows = session.connection().execute(
            select(
                Article.id,
                Article.title,
                Article.url,
                Article.published_at,
                Article.language,
                func.coalesce(Article.outlet, Source.name),
                article_events.c.event_id,
            )
            .join_from(article_events, Article, Article.id == article_events.c.article_id)
            .join(Source, Source.id == Article.source_id)
            .where(one_of(session, article_events.c.event_id, list(missing)))
            .order_by(Article.published_at.asc().nulls_last(), Article.id)
        )
        make = Report._make
        for row in rows:
            missing[row[6]].append(make(row[:6]))
        for event in events:
            if event.id in missing:
                found[event.id] = cache.put(event.id, event.reports_version, missing[event.id])
    return [EventWithReports(event, found[event.id]) for event in events]


def _event_filter(query: Any, filters: Filters) -> Any:
    """The meetings the filters match (all but the paging cursor); never the ones an editor hid."""
    query = query.where(Event.hidden.is_(False))
    if filters.source:
        source_id = select(Source.id).where(Source.key == filters.source).scalar_subquery()
        query = query.where(
            or_(
                Event.articles.any(Article.source.has(Source.key == filters.source)),
                Event.orphaned_source_id == source_id,
            )
        )
    if filters.city:
        query = query.where(_city_matches(filters.city))
    if filters.region:
        query = query.where(_region_matches(filters.region))
    if filters.q:
        query = query.where(
            or_(_contains(Event.search_text, filters.q), Event.articles.any(_contains(Article.search_text, filters.q)))
        )
    if filters.lang:
        query = query.where(Event.articles.any(_lang_matches(Article.language, filters.lang)))
    if filters.min_confidence:
        query = query.where(Event.confidence >= filters.min_confidence)
    if filters.located:
        query = query.where(Event.latitude.is_not(None), Event.longitude.is_not(None))
    if filters.start:
        query = query.where(Event.end_date >= filters.start)
    if filters.end:
        query = query.where(Event.start_date <= filters.end)
    return query


def _after_event_cursor(cursor: tuple[datetime, int], newer: bool = False) -> Any:
    """Meetings that come after the cursor (start day, id) in events_for's order; `newer`: the others."""
    day, after_id = cursor[0].astimezone(UTC).date(), cursor[1]
    if newer:
        return or_(Event.start_date > day, and_(Event.start_date == day, Event.id <= after_id))
    return or_(Event.start_date < day, and_(Event.start_date == day, Event.id > after_id))


def events_for(session: Session, filters: Filters) -> list[EventWithReports]:
    """Meetings, newest first, each with its reports (see _with_reports)."""
    query: Select[Event] = _event_filter(select(Event), filters)
    if filters.before:
        query = query.where(_after_event_cursor(filters.before))
    query = query.order_by(Event.start_date.desc(), Event.id).limit(filters.limit)
    # populate_existing: an event already in this session may hold a reports_version that triggers have changed since
    events = list(session.scalars(query.execution_options(populate_existing=True)))
    return _with_reports(session, events)


def newer_event_cursor(session: Session, filters: Filters) -> tuple[datetime, int] | None:
    """As newer_article_cursor, for events_for's pages: one walk of the start day index the other way."""
    if filters.before is None:
        return None
    query = _event_filter(select(Event.start_date, Event.id), filters).where(_after_event_cursor(filters.before, True))
    row = session.execute(query.order_by(Event.start_date, Event.id.desc()).offset(filters.limit).limit(1)).first()
    return None if row is None else _day_cursor(row[0], row[1])


def upcoming_events(session: Session, filters: Filters) -> list[EventWithReports]:
    """Meetings, soonest first (the first `limit` of them, which events_for's order would not give)."""
    query: Select[Event] = _event_filter(select(Event), filters)
    query = query.order_by(Event.start_date, Event.start_time, Event.id).limit(filters.limit)
    events = list(session.scalars(query.execution_options(populate_existing=True)))
    return _with_reports(session, events)


class Place(NamedTuple):
    """A city or region meetings are held in: the filter value that finds them and the names shown."""

    value: str  # as stored: ?city= or ?region= with it finds the place's meetings
    name: str
    name_en: str | None = None


def meeting_cities(session: Session, min_confidence: float | None) -> list[Place]:
    """The cities of the meetings listed at this threshold, each once whatever its script, by name."""
    query = _event_filter(select(Event.city_key, Event.city, Event.city_en), Filters(min_confidence=min_confidence))
    places: dict[str, Place] = {}
    for key, city, city_en in sorted(session.execute(query.distinct()), key=lambda row: (row[1] or "", row[2] or "")):
        if city and city.strip():
            places.setdefault(key, Place(city, city, city_en or None))
        elif city_en and city_en.strip():
            places.setdefault(city_en.casefold(), Place(city_en, city_en))
    return sorted(places.values(), key=lambda place: place.value)


def meeting_regions(session: Session, min_confidence: float | None) -> list[Place]:
    """The regions of the meetings listed at this threshold, each once whatever its script, by name."""
    query = _event_filter(select(Event.region_key, Event.region), Filters(min_confidence=min_confidence))
    places: dict[str, Place] = {}
    for key, region in sorted(session.execute(query.distinct()), key=lambda row: row[1] or ""):
        if region and region.strip():
            places.setdefault(key, Place(region, region))
    return sorted(places.values(), key=lambda place: place.value)


def event_with_reports(session: Session, uid: str, *, hidden: bool = False) -> EventWithReports | None:
    """One meeting with its reports, as events_for gives them; one an editor hid only when `hidden`."""
    query = select(Event).where(Event.uid == uid)
    if not hidden:
        query = query.where(Event.hidden.is_(False))
    event = session.scalar(query.execution_options(populate_existing=True))
    return None if event is None else _with_reports(session, [event])[0]


def article_with_events(session: Session, article_id: int) -> Article | None:
    """One stored article with its source, the meetings it reports and its reprints (for /articles/{id})."""
    query = (
        select(Article)
        .where(Article.id == article_id)
        .options(
            selectinload(Article.source),
            selectinload(Article.events),
            selectinload(Article.reprints).selectinload(Article.source),
            selectinload(Article.original).selectinload(Article.source),
        )
        .execution_options(populate_existing=True)
    )
    return session.scalar(query)


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
