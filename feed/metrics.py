"""Prometheus metrics.

Two kinds: counters and histograms of this process (`PROCESS`: fetches, runs,
HTTP requests, cache hits), and gauges read from the database at scrape time
(articles, events, runs by source and status), which every process sees alike.

`feed serve --workers N` sets PROMETHEUS_MULTIPROC_DIR for its workers: each
writes its counters to files there and /metrics sums them (prometheus-client's
multiprocess mode), so a scrape does not depend on which worker answers it.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Iterator

from prometheus_client import Counter, Gauge, Histogram
from prometheus_client.core import CollectorRegistry, GaugeMetricFamily, Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from db.models import Article, Event, IngestRun, Source
from db.runs import running_runs
from db.session import Database

MULTIPROCESS_DIR = "PROMETHEUS_MULTIPROC_DIR"
PROCESS = CollectorRegistry()
FETCH_SECONDS = Histogram(
    "feed_fetch_seconds",
    "Time to fetch one URL, by outcome",
    ["outcome"],
    registry=PROCESS,
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60),
)
RUNS = Counter(
    "feed_runs", "Ingest runs finished in this process, by source and outcome", ["source", "outcome"], registry=PROCESS
)
RUN_SECONDS = Histogram(
    "feed_run_seconds",
    "Duration of one ingest run",
    registry=PROCESS,
    buckets=(0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300),
)
HTTP_REQUESTS = Counter(
    "feed_http_requests", "HTTP requests, by route, method and status", ["route", "method", "status"], registry=PROCESS
)
HTTP_SECONDS = Histogram(
    "feed_http_request_seconds",
    "HTTP request latency, by route",
    ["route"],
    registry=PROCESS,
    buckets=(0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5),
)
SCHEDULER_ACTIVE = Gauge(
    "feed_scheduler_active",
    "1 while this process's scheduler runs the jobs, 0 on standby",
    registry=PROCESS,
    multiprocess_mode="max",
)
SCHEDULER_HEARTBEAT = Gauge(
    "feed_scheduler_heartbeat_seconds",
    "Unix time the scheduler loop last turned (0: no scheduler in this process)",
    registry=PROCESS,
    multiprocess_mode="max",
)
CACHE = Counter(
    "feed_render_cache",
    "Rendered-feed cache lookups, by result (hit, miss, not_modified)",
    ["result"],
    registry=PROCESS,
)


class DatabaseCollector(Collector):
    """Counts read from the database, at most once every `max_age` seconds.

    Counting the articles visits every row (PostgreSQL counts row by row), too slow to repeat
    per scrape; scrapes in between, from any number of Prometheus servers, get the last counts.
    """

    def __init__(self, database: Database, max_age: float = 15.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.database = database
        self.max_age = max_age
        self.clock = clock
        self._counted: tuple[float, list[Metric]] | None = None
        self._lock = threading.Lock()

    def collect(self) -> Iterator[Metric]:
        with self._lock:
            if self._counted is None or self.clock() - self._counted[0] >= self.max_age:
                self._counted = (self.clock(), list(self._count()))
            metrics = self._counted[1]
        yield from metrics

    def _count(self) -> Iterator[Metric]:
        with self.database.begin() as session:
            articles = session.scalar(select(func.count(Article.id))) or 0
            events = session.scalar(select(func.count(Event.id))) or 0
            runs = session.execute(
                select(Source.key, IngestRun.status, func.count(IngestRun.id))
                .join(Source, IngestRun.source_id == Source.id)
                .group_by(Source.key, IngestRun.status)
            ).all()
            failing = session.execute(select(Source.key, Source.error_count)).all()
            running = [(run.source.key, run.processed, run.total) for run in running_runs(session) if run.source]
        yield GaugeMetricFamily("feed_articles", "Articles stored", value=articles)
        yield GaugeMetricFamily("feed_events", "Events (meetings) stored", value=events)
        by_outcome = GaugeMetricFamily(
            "feed_ingest_runs", "Ingest runs by source and status", labels=["source", "status"]
        )
        for key, status, count in runs:
            by_outcome.add_metric([key, status], count)
        yield by_outcome
        errors = GaugeMetricFamily(
            "feed_source_consecutive_errors", "Failed runs since the last success", labels=["source"]
        )
        for key, count in failing:
            errors.add_metric([key], count)
        yield errors
        processed = GaugeMetricFamily(
            "feed_ingest_run_processed", "Documents the source's running ingest run has stored", labels=["source"]
        )
        total = GaugeMetricFamily(
            "feed_ingest_run_total",
            "Documents the source's running ingest run has to store, once known",
            labels=["source"],
        )
        for key, done, expected in running:
            processed.add_metric([key], done)
            if expected is not None:
                total.add_metric([key], expected)
        yield processed
        yield total


def process_registry() -> CollectorRegistry:
    """This process's metrics; with PROMETHEUS_MULTIPROC_DIR set, those of every worker writing there, summed."""
    if not os.environ.get(MULTIPROCESS_DIR):
        return PROCESS
    registry = CollectorRegistry()
    MultiProcessCollector(registry)
    return registry


def registry_for(database: Database) -> CollectorRegistry:
    registry = CollectorRegistry()
    registry.register(DatabaseCollector(database))
    return registry
