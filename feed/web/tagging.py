"""The authority and date of the app's tag: ids, fixed in its database the first time it serves them."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

from db.session import Database
from db.tag_authority import claim_tag_authority


class StoredTaggingEntity:
    """'authority,date' for Links.tagging_entity: read once; a new database takes this host and today."""

    def __init__(self, database: Database, host: str) -> None:
        self.database, self.host = database, host
        self._entity: str | None = None
        self._lock = threading.Lock()

    def __call__(self) -> str:
        if self._entity is None:
            with self._lock:
                if self._entity is None:
                    with self.database.begin() as session:
                        authority, day = claim_tag_authority(session, self.host, datetime.now(UTC).date().isoformat())
                    self._entity = f"{authority},{day}"
        return self._entity
