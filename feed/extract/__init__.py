"""Meeting extraction: an `ArticleDoc` in, the `Meeting`s it reports out."""

from feed.extract.meetings import extract_meetings

__all__ = ["extract_meetings"]
