"""A meeting as one language's extractor reports it, before merging and status."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time

from feed.extract.gazetteer import Place


@dataclass
class PlaceMention:
    place: Place
    surface: str  # as the article writes it, e.g. '瀋陽', 'Cebu'
    venue: str | None = None  # the venue text, when the article names one
    weak: bool = False  # taken from a dateline, not from the sentence
    cue: str = (
        "clause"  # clause | abbreviation | venue | name | series | reference | dateline | headline | main | sole | town
    )


@dataclass
class Candidate:
    name: str  # in the article's own script
    key: str  # normalised name for merging
    position: int  # offset of the name in the text
    start: date | None = None
    end: date | None = None
    start_time: time | None = None
    end_time: time | None = None
    place: PlaceMention | None = None
    future: bool = False
    closing: bool = False  # the date is the day it closed
    opening: bool = False  # the date is the day it opened ('开幕', 'opened')
    duration_days: int | None = None
    status: str | None = None  # 'cancelled' / 'postponed' when the text says so
    generic: bool = False  # '本届论坛': a reference to the article's main meeting
    sub_event: str | None = None  # '开幕式': part of the main meeting
    has_event_verb: bool = False
    notes: list[str] = field(default_factory=list)
    date_phrase: str | None = None  # the date as the article writes it
    date_cue: str | None = None  # clause | before | dateline | title
    sentence: str | None = None
    # the day each other mention of this meeting gives it ('本届论坛25日开幕', 'the forum, which opened on
    # Monday'), with that mention's sentence and its date cue
    mention_days: list[tuple[date, str | None, str | None]] = field(default_factory=list)
    # 'runs until Monday 28 January': the last day its own sentence gives, with that phrase and its kind, when it
    # gives no first one
    last_day: tuple[date, str, str] | None = None

    def corroborated(self, reference: date | None) -> bool:
        """Another sentence gives it the same start day. A bare weekday read back to a day before the report
        ('香港馬拉松周日舉行' told on a Wednesday, no word of the future) is corroborated only by a mention that gives
        the day otherwise: two weekdays read back by one rule share its errors."""
        read_back = (
            date_cue_kind(self.date_cue) == "weekday"
            and not self.future
            and reference is not None
            and self.start is not None
            and self.start < reference
        )
        return any(
            day == self.start and sentence != self.sentence and not (read_back and date_cue_kind(cue) == "weekday")
            for day, sentence, cue in self.mention_days
        )

    @property
    def contradicted(self) -> bool:
        """Another mention gives it a day outside its run."""
        return any(not self.runs_on(day) for day, _, _ in self.mention_days)

    def runs_on(self, day: date) -> bool:
        """The day is one of its run (its start, or its start to its end)."""
        assert self.start is not None
        return self.start <= day <= (self.end or self.start)

    @property
    def placed_by_its_text(self) -> bool:
        """Its place comes from its own words, not from a dateline or another meeting."""
        return self.place is not None and not self.place.weak


def date_cue_kind(cue: str | None) -> str:
    """The kind of a date cue: 'weekday' of 'weekday-previous', 'weekday-reference'; 'explicit' for none."""
    return (cue or "explicit").partition("-")[0]


def first_named_dated(candidates: list[Candidate]) -> Candidate | None:
    """The article's first meeting with a name of its own (not '本届论坛', not '开幕式') and a day."""
    return next((c for c in candidates if c.start is not None and not c.sub_event and not c.generic), None)
