"""Organisers and hosts: the '由…主办，…承办' sentence of Chinese news."""

from __future__ import annotations

import re

from feed.extract.working import working_text
from feed.model import Organiser

_HOSTS = re.compile(r"由(?P<who>[^。;!?]{2,120}?)(?:共同|联合)?(?P<role>主办|举办)")
_PARTNERS = re.compile(r"[,、]?(?P<who>[^,。;!?]{2,80}?)(?P<role>承办|协办)")
_JOINTLY = re.compile(r"(?:共同|联合|聯合)$")


def chinese_organisers(original: str) -> list[Organiser]:
    """Organisers named in the first '由…主办' sentence, in the article's own script."""
    working = working_text(original)
    hosts = _HOSTS.search(working.text)
    if hosts is None:
        return []
    found = [Organiser(working.span(*hosts.span("who")).strip(), working.span(*hosts.span("role")))]
    position = hosts.end()
    while (partner := _PARTNERS.match(working.text, position)) is not None:
        who, role = working.span(*partner.span("who")), working.span(*partner.span("role"))
        found.append(Organiser(_JOINTLY.sub("", who.strip()), role))
        position = partner.end()
    return found
