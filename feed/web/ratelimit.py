"""The rate limit on job triggers, kept in the database so every web process counts together."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from db.api_state import take_rate_token
from db.session import Database


class RateLimiter:
    """`rate` requests per `per` seconds for each key, with bursts up to `rate`."""

    def __init__(self, database: Database, rate: int, per: float, *, clock: Callable[[], float] = time.time) -> None:
        self.database = database
        self.interval = per / rate
        self.per = per
        self.clock = clock

    def take(self, key: str) -> float:
        """Take one request for `key`: 0.0 when allowed, else the seconds until one is allowed."""
        with self.database.begin() as session:
            return take_rate_token(session, key[:100], self.clock(), self.interval, self.per)


def retry_after(seconds: float) -> str:
    """A Retry-After value in whole seconds, never 0."""
    return str(max(1, math.ceil(seconds)))
