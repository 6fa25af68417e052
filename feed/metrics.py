"""Prometheus metrics read from the database at scrape time."""

from __future__ import annotations

from collections.abc import Iterator

from prometheus_client.core import CollectorRegistry, GaugeMetricFamily, Metric
from prometheus_client.registry import Collector
from sqlalchemy import func, select

from db.models import Article, Event, IngestRun, Source
from db.session import Database


class DatabaseCollector(Collector):
    def __init__(self, database: Database) -> None:
        self.database = database

    def collect(self) -> Iterator[Metric]:
        with self.database.begin() as session:
            articles = session.scalar(select(func.count(Article.id))) or 0
            events = session.scalar(select(func.count(Event.id))) or 0
            runs = session.execute(
                select(Source.key, IngestRun.status, func.count(IngestRun.id))
                .join(Source, IngestRun.source_id == Source.id)
                .group_by(Source.key, IngestRun.status)
            ).all()
            failing = session.execute(select(Source.key, Source.error_count)).all()
        yield GaugeMetricFamily("feed_articles", "Articles stored", value=articles)
        yield GaugeMetricFamily("feed_events", "Events (meetings) stored", value=events)
        by_outcome = GaugeMetricFamily("feed_ingest_runs", "Ingest runs by source and status",
                                       labels=["source", "status"])
        for key, status, count in runs:
            by_outcome.add_metric([key, status], count)
        yield by_outcome
        errors = GaugeMetricFamily("feed_source_consecutive_errors",
                                   "Failed runs since the last success", labels=["source"])
        for key, count in failing:
            errors.add_metric([key], count)
        yield errors


def registry_for(database: Database) -> CollectorRegistry:
    registry = CollectorRegistry()
    registry.register(DatabaseCollector(database))
    return registry
