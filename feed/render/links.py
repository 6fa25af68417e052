"""Public URLs and stable ids for what the service publishes."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from db.models import Article, Event


@dataclass(frozen=True)
class Links:
    base_url: str  # FEED_BASE_URL, no trailing slash

    @property
    def host(self) -> str:
        return urlsplit(self.base_url).hostname or "localhost"

    def url(self, path: str, params: dict[str, str] | None = None) -> str:
        query = urlencode(sorted((k, v) for k, v in (params or {}).items() if v))
        return f"{self.base_url}{path}" + (f"?{query}" if query else "")

    def article_id(self, article: Article) -> str:
        digest = hashlib.sha256(f"{article.source.key}\x1f{article.guid}".encode()).hexdigest()[:20]
        return f"tag:{self.host},2023:article:{digest}"

    def feed_id(self, path: str) -> str:
        return f"tag:{self.host},2023:{path.strip('/')}"

    def event_ics(self, event: Event) -> str:
        return self.url(f"/events/{event.uid}.ics")
