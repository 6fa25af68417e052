"""Meeting extraction: an `ArticleDoc` in, the `Meeting`s it reports out.

`extract_meetings` is loaded when first asked for, so that importing a small module of this package
(`feed.extract.identity`, which the run's process needs) does not load the extractor and its tables.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from feed.extract.meetings import extract_meetings

__all__ = ["extract_meetings"]


def __getattr__(name: str) -> Any:
    if name == "extract_meetings":
        from feed.extract.meetings import extract_meetings

        return extract_meetings
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
