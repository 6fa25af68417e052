"""One exception tree. Messages start with the stage that raised them."""

from __future__ import annotations


class FeedError(Exception):
    """Root of every error this service raises on purpose."""


class ConfigError(FeedError):
    """The sources file or the environment is wrong."""


class FetchError(FeedError):
    """A source could not be fetched."""


class ParseError(FeedError):
    """A fetched document could not be read as an article or a feed."""


class NotFound(FeedError):
    """A named thing (source, job, event) does not exist."""
