"""Public URLs and stable ids for what the service publishes."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import quote, urlencode, urlsplit

from db.models import Article, Event


@dataclass(frozen=True)
class Links:
    base_url: str  # FEED_BASE_URL, no trailing slash
    # 'authority,date' of every tag: id (RFC 4151); the web app's comes from its database, which fixed it
    # once, so ids survive a change of base URL. Without one: this base URL's host and 2023.
    tagging_entity: Callable[[], str] | None = None

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or "localhost"

    @property
    def tag(self) -> str:
        return "tag:" + (self.tagging_entity() if self.tagging_entity else f"{self.host},2023") + ":"

    @property
    def began(self) -> datetime:
        """The day of the tag: ids (when this service first served): the 'updated' of a feed with no entries."""
        year, month, day, *_ = [int(part) for part in self.tag[4:-1].rsplit(",", 1)[1].split("-")] + [1, 1]
        return datetime(year, month, day, tzinfo=UTC)

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        query = urlencode(sorted((k, v) for k, v in (params or {}).items() if v))
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")

    def article_id(self, article: Article) -> str:
        digest = hashlib.sha256(f"{article.source.key}\x1f{article.guid}".encode()).hexdigest()[:20]
        return f"{self.tag}article:{digest}"

    def outlet_id(self, outlet: str) -> str:
        """An outlet as a feed (Atom source/id): one id per name as stored, whatever script it is shown in."""
        return f"{self.tag}outlet:{hashlib.sha256(outlet.encode()).hexdigest()[:20]}"

    def event_id(self, event: Event) -> str:
        return f"{self.tag}event:{event.uid}"

    def feed_id(self, path: str, params: dict[str, str] | None = None) -> str:
        query = urlencode(sorted((k, v) for k, v in (params or {}).items() if v))
        return f"{self.tag}{path.strip('/')}" + (f"?{query}" if query else "")

    def event_ics(self, event: Event) -> str:
        return self.url(f"/events/{quote(event.uid, safe='@')}.ics")

    def event_page(self, event: Event) -> str:
        return self.url(f"/events/{quote(event.uid, safe='@')}")

    def article_page(self, article: Article) -> str:
        return self.url(f"/articles/{article.id}")

    def webcal(self, url: str) -> str:
        return "webcal://" + url.split("://", 1)[1]

    def google_subscribe(self, url: str) -> str:
        """Google Calendar's subscribe link: works with cid=webcal://..., reported to fail with https."""
        return "https://calendar.google.com/calendar/render?cid=" + quote(self.webcal(url), safe=":/")

    def outlook_subscribe(self, url: str, name: str) -> str:
        """Outlook on the web's subscribe link: an https URL (new Outlook strips webcal:)."""
        return "https://outlook.live.com/calendar/0/addfromweb?" + urlencode({"url": url, "name": name})
