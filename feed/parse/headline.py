"""A headline for an item that came without one: the report's first sentence, lead left out."""

from __future__ import annotations

import re

from feed.excerpt import excerpt
from feed.parse.dateline import read_lead

HEADLINE_CHARS = 80
_FIRST_SENTENCE = re.compile(r".+?(?:[。！？!?]|\.(?=\s)|$)", re.S)
_CLAUSE_END = re.compile(r"[，,；;：:]")


def headline_from_text(text: str, limit: int = HEADLINE_CHARS) -> str:
    """'開幕式現場(記者 王某攝) 新華社北京5月3日電 第五屆花卉博覽會3日開幕。…' -> '第五屆花卉博覽會3日開幕'."""
    first = next((p.strip() for p in text.split("\n") if p.strip()), "")
    report = first[read_lead(first).end :].strip() or first
    match = _FIRST_SENTENCE.match(report)
    sentence = (match.group() if match else report).strip().rstrip("。.")
    if len(sentence) > limit:  # too long: its first clauses, when they make a line of some length
        clause_ends = [m.start() for m in _CLAUSE_END.finditer(sentence, 0, limit) if m.start() >= 6]
        if clause_ends:
            return sentence[: clause_ends[-1]]
    return excerpt(sentence, limit)
