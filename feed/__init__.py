"""Event-feed syndication: news articles in, feeds and calendars out."""

__version__ = "0.1.0"
