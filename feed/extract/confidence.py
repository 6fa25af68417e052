"""How sure the extractor is of a meeting: per field, from the cue that gave it, and overall.

A meeting is published in calendars and event feeds only at or above the
operator's threshold (`FEED_MIN_CONFIDENCE`), so the overall figure answers one
question: is this a real meeting on this start date? The name and the date
decide it; the place only adds to what a reader sees.
"""

from __future__ import annotations

import re

from feed.extract.candidate import Candidate
from feed.model import Evidence

_DATE_CUES = {"clause": 0.9, "before": 0.6, "dateline": 0.6}
_PLACE_CUES = {"clause": 0.9, "abbreviation": 0.9, "main-venue": 0.9, "venue": 0.85, "name": 0.75,
               "dateline": 0.65, "headline": 0.6}
_BOUNDED = re.compile(r"^[“「『《\"].+[”」』》\"]|[”」』》\"]\s*\S{0,6}$")


def evidence_of(candidate: Candidate) -> dict[str, Evidence]:
    evidence = {"name": Evidence(candidate.name, _name_confidence(candidate), "name")}
    if candidate.date_phrase is not None:
        cue = candidate.date_cue or "clause"
        evidence["date"] = Evidence(candidate.date_phrase, _DATE_CUES.get(cue, 0.5), cue)
    place = candidate.place
    if place is not None:
        phrase = place.venue or place.surface or place.place.name
        evidence["place"] = Evidence(phrase, _PLACE_CUES.get(place.cue, 0.5), place.cue)
    return evidence


def meeting_confidence(candidate: Candidate, evidence: dict[str, Evidence]) -> float:
    name = evidence["name"].confidence
    day = evidence["date"].confidence if "date" in evidence else 0.5
    confidence = min(name, day)
    if not candidate.has_event_verb:
        confidence -= 0.15
    return round(max(0.0, min(confidence, 0.95)), 2)


def _name_confidence(candidate: Candidate) -> float:
    if _BOUNDED.search(candidate.name):
        return 0.9
    return 0.8
