"""Output script: ?script=hans|hant converts the text a feed or calendar shows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from feed.text import to_simplified, to_traditional


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class Script:
    """A text conversion plus the language tag it produces for Chinese text."""

    name: str | None  # None: as stored
    convert: Callable[[str], str]

    def language(self, stored: str | None) -> str | None:
        if self.name is None or not stored or not stored.lower().startswith("zh"):
            return stored
        return "zh-Hans" if self.name == "hans" else "zh-Hant"


AS_STORED = Script(None, _same)
SCRIPTS = {"hans": Script("hans", to_simplified), "hant": Script("hant", to_traditional)}
