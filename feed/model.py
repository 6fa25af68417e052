"""Plain data passed between the stages: parse -> extract -> store -> render."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import StrEnum

from feed.config import DEFAULT_TIMEZONE


class RunTrigger(StrEnum):
    """What queued an ingest run (ingest_runs.trigger; the Job schema of /openapi.json)."""

    SCHEDULE = "schedule"
    CLI = "cli"
    API = "api"
    RETRY = "retry"  # requeued by the scheduler after the process running it stopped


class RunStatus(StrEnum):
    """Where an ingest run is (ingest_runs.status; the Job schema of /openapi.json)."""

    QUEUED = "queued"
    RUNNING = "running"
    SUCCEEDED = "succeeded"
    FAILED = "failed"


@dataclass
class ArticleDoc:
    """An article as parsed from a source, before it is stored.

    `text` is plain text, paragraphs separated by blank lines. `published` is
    timezone-aware (a naive source time is read in the source's timezone).
    """

    title: str
    text: str
    published: datetime | None = None
    url: str | None = None
    guid: str | None = None
    outlet: str | None = None
    author: str | None = None
    editors: list[str] = field(default_factory=list)
    original_title: str | None = None
    summary: str | None = None
    content_html: str | None = None
    language: str | None = None


@dataclass
class Organiser:
    name: str
    role: str  # "主辦", "承辦", "協辦", "host", ... as the article says it


@dataclass
class Evidence:
    """Where a meeting's field came from: the phrase as the article writes it, and how sure that is."""

    phrase: str
    confidence: float
    cue: str  # how it was read: 'clause', 'dateline', 'venue', 'name', ...


@dataclass
class Meeting:
    """A meeting reported by an article. `end` is inclusive (None: one day)."""

    name: str
    start: date
    end: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    timezone: str = DEFAULT_TIMEZONE
    city: str | None = None
    city_en: str | None = None
    region: str | None = None
    country: str | None = None
    venue: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    organisers: list[Organiser] = field(default_factory=list)
    status: str = "held"  # scheduled | held | ongoing | postponed | cancelled
    confidence: float = 0.5
    evidence: dict[str, Evidence] = field(default_factory=dict)  # 'name', 'date', 'place'
    # what else the confidence rests on: 'main', 'in_headline', 'event_verb', 'corroborated', 'contradicted'
    standing: dict[str, bool] = field(default_factory=dict)
    sentence: str | None = None  # the sentence that reports it

    @property
    def last_day(self) -> date:
        return self.end or self.start
