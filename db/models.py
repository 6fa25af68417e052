"""The tables: sources, articles, events (many-to-many with articles), ingest runs."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Annotated, Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    MetaData,
    String,
    Table,
    Text,
    Time,
    UniqueConstraint,
    false,
    inspect,
    text,
)
from sqlalchemy import event as orm_event
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.orm.base import PassiveFlag

from db.search import search_key
from db.types import UTCDateTime

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


def utcnow() -> datetime:
    return datetime.now(UTC)


intpk = Annotated[int, mapped_column(primary_key=True)]

created = Annotated[datetime, mapped_column(UTCDateTime(), default=utcnow)]
shorttext = Annotated[str, mapped_column(String(255))]


class Base(DeclarativeBase):
    metadata = metadata
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON, list[Any]: JSON}


article_events = Table(
    "article_events",
    metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    # the article's sort time, coalesce(published_at, created_at), copied by triggers (migration
    # 0009): a city's links give its newest articles from the index alone
    Column("article_time", UTCDateTime(timezone=True)),
    Index("ix_article_events_event_id_article_time", "event_id", "article_time", "article_id"),
)


class Source(Base):
    __tablename__ = "sources"

    id: Mapped[intpk]
    key: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[shorttext]
    kind: Mapped[str] = mapped_column(String(16))
    location: Mapped[str] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String(64))
    interval_seconds: Mapped[int | None]  # runs this often; or by `cron`; neither: run by hand only
    cron: Mapped[str | None] = mapped_column(String(128))  # a crontab expression in `timezone`
    configured: Mapped[bool] = mapped_column(default=True)
    etag: Mapped[str | None] = mapped_column(String(512))
    last_modified: Mapped[str | None] = mapped_column(String(128))
    last_run_at: Mapped[datetime | None]
    last_success_at: Mapped[datetime | None]
    last_error: Mapped[str | None] = mapped_column(Text)
    error_count: Mapped[int] = mapped_column(default=0)
    next_run_at: Mapped[datetime | None]
    retry_at: Mapped[datetime | None]  # no attempt before (backoff, Retry-After, ttl, max-age)
    disabled_reason: Mapped[str | None] = mapped_column(Text)  # set: scheduled runs skip it
    options: Mapped[dict[str, Any]] = mapped_column(default=dict)  # fulltext, selector, allow_private
    created_at: Mapped[created]

    articles: Mapped[list[Article]] = relationship(back_populates="source")


class Article(Base):
    __tablename__ = "articles"
    __table_args__ = (
        UniqueConstraint("source_id", "guid"),
        Index("ix_articles_published_at", "published_at"),
        Index("ix_articles_url", "url"),
        Index("ix_articles_content_hash", "content_hash"),
        Index("ix_articles_canonical_url", "canonical_url"),
        Index("ix_articles_text_hash", "text_hash"),
        Index("ix_articles_duplicate_of_id", "duplicate_of", "id"),
        Index(
            "ix_articles_created_at_undated",
            "created_at",
            "id",
            postgresql_where=text("published_at IS NULL"),
            sqlite_where=text("published_at IS NULL"),
        ),
        # PostgreSQL: trigrams for `q` (LIKE '%q%'); SQLite: an empty index, kept for schema comparison
        Index(
            "ix_articles_search_text_trgm",
            "search_text",
            postgresql_using="gin",
            postgresql_ops={"search_text": "gin_trgm_ops"},
            postgresql_with={"gin_pending_list_limit": 65536},  # merged by (auto)vacuum: migration 0021
            sqlite_where=text("0"),
        ),
    )

    id: Mapped[intpk]
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id", ondelete="CASCADE"))
    guid: Mapped[str] = mapped_column(String(1024))
    url: Mapped[str | None] = mapped_column(String(2048))
    title: Mapped[str] = mapped_column(Text)
    original_title: Mapped[str | None] = mapped_column(Text)
    summary: Mapped[str | None] = mapped_column(Text)
    text: Mapped[str] = mapped_column(Text)
    content_html: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255))
    author: Mapped[str | None] = mapped_column(String(512))
    editors: Mapped[list[Any]] = mapped_column(default=list)
    language: Mapped[str | None] = mapped_column(String(16))
    published_at: Mapped[datetime | None]
    content_hash: Mapped[str] = mapped_column(String(64))
    canonical_url: Mapped[str | None] = mapped_column(String(2048))
    text_hash: Mapped[str | None] = mapped_column(String(64))
    fingerprint: Mapped[str | None] = mapped_column(Text)  # MinHash, see feed.dedup
    duplicate_of: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))
    search_text: Mapped[str | None] = mapped_column(Text)  # search_key(title, text), set on flush
    created_at: Mapped[created]
    updated_at: Mapped[created]

    source: Mapped[Source] = relationship(back_populates="articles")
    original: Mapped[Article | None] = relationship(remote_side="Article.id", back_populates="reprints")
    reprints: Mapped[list[Article]] = relationship(back_populates="original", order_by="Article.id")
    events: Mapped[list[Event]] = relationship(
        secondary=article_events, back_populates="articles", order_by="Event.start_date"
    )


class ArticleBand(Base):
    """LSH band keys of an article's fingerprint: the index for near-duplicate candidates."""

    __tablename__ = "article_bands"

    band: Mapped[str] = mapped_column(String(32), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)


class Event(Base):
    """A meeting. Read through db.feed_queries it also carries `reports`: its articles, oldest first."""

    __tablename__ = "events"
    __table_args__ = (
        Index("ix_events_start_date", "start_date"),
        Index("ix_events_city_key", "city_key"),
        Index("ix_events_city_en_lower", text("lower(city_en)")),
        Index("ix_events_region_key", "region_key"),
        Index("ix_events_cancelled_at", "cancelled_at"),
    )

    id: Mapped[intpk]
    uid: Mapped[str] = mapped_column(String(255), unique=True)
    name: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)  # inclusive
    start_time: Mapped[time | None] = mapped_column(Time)
    end_time: Mapped[time | None] = mapped_column(Time)
    timezone: Mapped[str] = mapped_column(String(64))
    city: Mapped[str | None] = mapped_column(String(255))
    city_en: Mapped[str | None] = mapped_column(String(255))
    region: Mapped[str | None] = mapped_column(String(255))
    country: Mapped[str | None] = mapped_column(String(255))
    venue: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    organisers: Mapped[list[Any]] = mapped_column(default=list)
    status: Mapped[str] = mapped_column(String(16), default="held")
    confidence: Mapped[float] = mapped_column(Float, default=0.5)
    # 'name', 'date', 'place' -> the phrase it came from, the cue, the confidence
    evidence: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    sentence: Mapped[str | None] = mapped_column(Text)  # the sentence that reports it
    sequence: Mapped[int] = mapped_column(default=0)
    # when it became cancelled (by a report, or when no article reported it any more): it goes 30 days later
    cancelled_at: Mapped[datetime | None]
    # the source whose article last reported it, once none does: its calendar shows it cancelled for those 30 days
    # (no foreign key: SQLite cannot add one to this table without a copy that drops its triggers)
    orphaned_source_id: Mapped[int | None]
    # what an editor set (column -> value as JSON): ingest leaves these columns alone (feed.corrections)
    corrections: Mapped[dict[str, Any]] = mapped_column(default=dict, server_default="{}")
    corrected_at: Mapped[datetime | None]  # the latest correction (all of them: event_corrections)
    corrected_by: Mapped[str | None] = mapped_column(String(255))
    hidden: Mapped[bool] = mapped_column(default=False, server_default=false())  # by an editor: listed nowhere
    city_key: Mapped[str | None] = mapped_column(String(255))  # search_key(city), set on flush
    region_key: Mapped[str | None] = mapped_column(String(255))  # search_key(region)
    search_text: Mapped[str | None] = mapped_column(Text)  # search_key(name, venue, city, region)
    created_at: Mapped[created]
    updated_at: Mapped[created]
    # a new random value whenever the articles it lists may have changed, set by triggers (migration 0010)
    reports_version: Mapped[int] = mapped_column(BigInteger, default=0, server_default="0")

    articles: Mapped[list[Article]] = relationship(
        secondary=article_events, back_populates="events", order_by="Article.published_at"
    )


class EventAlias(Base):
    """Another UID an event is known by: the UID of a name and date it was moved away from, or moved to.

    A meeting's UID hashes its name and first day (feed.extract.identity); when a later report moves
    the meeting, the event keeps its UID and the new day's UID becomes an alias, so that every
    report of either day finds the same event.
    """

    __tablename__ = "event_aliases"
    __table_args__ = (Index("ix_event_aliases_event_id", "event_id"),)

    uid: Mapped[str] = mapped_column(String(255), primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))


class EventCorrection(Base):
    """One correction by an editor (PATCH or DELETE /api/events/{uid}): who, when, what."""

    __tablename__ = "event_corrections"
    __table_args__ = (Index("ix_event_corrections_event_id", "event_id"),)

    id: Mapped[intpk]
    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    editor: Mapped[str] = mapped_column(String(255))  # the name given, else "token"
    token: Mapped[str] = mapped_column(String(64))  # which API token: a prefix of its SHA-256
    changes: Mapped[dict[str, Any]]  # field -> new value, as the request gave it
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[created]


@orm_event.listens_for(Article, "before_insert")
def _article_search_keys(_mapper: Any, _connection: Any, article: Article) -> None:
    article.search_text = search_key(article.title, article.text)


@orm_event.listens_for(Article, "before_update")
def _changed_article_search_keys(mapper: Any, connection: Any, article: Article) -> None:
    """An article is flushed as changed when only its events are (linked to a meeting): its key is kept then."""
    state = inspect(article)
    changed = (state.get_history(key, PassiveFlag.PASSIVE_NO_INITIALIZE).has_changes() for key in ("title", "text"))
    if article.search_text is None or any(changed):  # state.attrs would build every attribute's state
        _article_search_keys(mapper, connection, article)


@orm_event.listens_for(Event, "before_insert")
@orm_event.listens_for(Event, "before_update")
def _event_search_keys(_mapper: Any, _connection: Any, event: Event) -> None:
    event.city_key = search_key(event.city)
    event.region_key = search_key(event.region)
    event.search_text = search_key(event.name, event.venue, event.city, event.city_en, event.region)


class FeedVersion(Base):
    """One row: how often articles, events or their links changed, kept by database triggers.

    Feeds and calendars take their ETag and Last-Modified from it (feed_queries.feed_data_version).
    Triggers (migration 0006_version) count every insert, update and delete on those tables,
    whoever writes; on PostgreSQL at commit, so a long ingest transaction does not hold the row.
    `generation` is drawn when the row is created, so a recreated database never repeats a version.
    """

    __tablename__ = "feed_version"

    id: Mapped[intpk]
    generation: Mapped[str] = mapped_column(String(32))
    counter: Mapped[int] = mapped_column(BigInteger)
    changed_at: Mapped[datetime]


class IngestRun(Base):
    """One run of the ingest path: a job queued by the API, the CLI or the scheduler."""

    __tablename__ = "ingest_runs"
    __table_args__ = (Index("ix_ingest_runs_status", "status"),)

    id: Mapped[intpk]
    source_id: Mapped[int | None] = mapped_column(ForeignKey("sources.id", ondelete="SET NULL"))
    target: Mapped[str] = mapped_column(Text)  # source key, URL or path
    trigger: Mapped[str] = mapped_column(String(16))  # schedule | cli | api
    status: Mapped[str] = mapped_column(String(16), default="queued")
    queued_at: Mapped[created]
    started_at: Mapped[datetime | None]
    finished_at: Mapped[datetime | None]
    new: Mapped[int] = mapped_column(default=0)
    updated: Mapped[int] = mapped_column(default=0)
    unchanged: Mapped[int] = mapped_column(default=0)
    events: Mapped[int] = mapped_column(default=0)
    errors: Mapped[int] = mapped_column(default=0)
    error: Mapped[str | None] = mapped_column(Text)
    processed: Mapped[int] = mapped_column(default=0)  # documents stored so far, committed batch by batch
    total: Mapped[int | None]  # documents the run has to store, once they are known
    owner: Mapped[str | None] = mapped_column(String(255))  # host:pid of the process running it
    heartbeat_at: Mapped[datetime | None]  # that process's last sign of life

    source: Mapped[Source | None] = relationship()


class JobKey(Base):
    """An Idempotency-Key sent with POST /api/jobs: the job it made and the first answer, replayed."""

    __tablename__ = "job_keys"
    __table_args__ = (UniqueConstraint("scope", "key"), Index("ix_job_keys_created_at", "created_at"))

    id: Mapped[intpk]
    scope: Mapped[str] = mapped_column(String(64))  # whose key: a digest of the bearer token
    key: Mapped[str] = mapped_column(String(255))
    request_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the request body, canonical JSON
    run_id: Mapped[int] = mapped_column(ForeignKey("ingest_runs.id", ondelete="CASCADE"))
    status_code: Mapped[int]
    response: Mapped[dict[str, Any]]
    created_at: Mapped[created]


class RateBucket(Base):
    """A caller's rate limit on job triggers, shared by every web process (GCRA, see db.api_state.take_rate_token)."""

    __tablename__ = "rate_buckets"
    __table_args__ = (Index("ix_rate_buckets_due", "due"),)

    key: Mapped[str] = mapped_column(String(100), primary_key=True)  # "address:…" or "token:…"
    due: Mapped[float] = mapped_column(Float)  # epoch seconds when the bucket is full again


class TagAuthority(Base):
    """One row: the authority and date of every `tag:` id (RFC 4151) this database's feeds publish.

    Written once, from the base URL in use when the database was first served (migration 0013 for
    databases that already served ids), so moving the service to another host changes links, not ids.
    """

    __tablename__ = "tag_authority"

    id: Mapped[intpk]
    authority: Mapped[str] = mapped_column(String(255))  # a host name, e.g. feeds.example.org
    date: Mapped[str] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD


class WebSubRequest(Base):
    """A subscribe or unsubscribe request to the WebSub hub, kept until its intent is verified."""

    __tablename__ = "websub_requests"

    id: Mapped[intpk]
    mode: Mapped[str] = mapped_column(String(16))  # subscribe | unsubscribe
    topic: Mapped[str] = mapped_column(String(2048))  # as the subscriber gave it
    topic_key: Mapped[str] = mapped_column(String(2048))  # the topic's canonical self URL
    callback: Mapped[str] = mapped_column(String(2048))
    callback_host: Mapped[str] = mapped_column(String(255))
    secret: Mapped[str | None] = mapped_column(String(200))
    lease_seconds: Mapped[int]
    created_at: Mapped[created]


class WebSubSubscription(Base):
    """A verified subscription: a callback that gets a topic's new content until `expires_at`."""

    __tablename__ = "websub_subscriptions"
    __table_args__ = (
        UniqueConstraint("topic_key", "callback"),
        Index("ix_websub_subscriptions_callback_host", "callback_host"),
        Index("ix_websub_subscriptions_due_at", "due_at"),
        Index("ix_websub_subscriptions_expires_at", "expires_at"),
    )

    id: Mapped[intpk]
    topic: Mapped[str] = mapped_column(String(2048))
    topic_key: Mapped[str] = mapped_column(String(2048))
    callback: Mapped[str] = mapped_column(String(2048))
    callback_host: Mapped[str] = mapped_column(String(255))
    secret: Mapped[str | None] = mapped_column(String(200))
    lease_seconds: Mapped[int]
    expires_at: Mapped[datetime]
    content_hash: Mapped[str | None] = mapped_column(String(64))  # the topic's body the subscriber has (or is due)
    due_at: Mapped[datetime | None]  # set: a delivery is due then (a change, or a retry)
    attempts: Mapped[int] = mapped_column(default=0)  # failed deliveries of the current change
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None]
    created_at: Mapped[created]
    verified_at: Mapped[created]
