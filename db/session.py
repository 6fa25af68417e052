"""Engines and sessions. The session lifecycle lives at the edges (request, job, command)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.orm import Session, sessionmaker

# libpq settings unless the URL gives its own: an unreachable PostgreSQL fails requests fast (the web
# answers 503), and a connection whose peer vanished without closing it (a network cut, a lost host)
# fails within about 10 s instead of waiting minutes on TCP retransmissions
POSTGRESQL_CONNECT_ARGS = {
    "connect_timeout": 5,  # seconds
    "keepalives": 1,
    "keepalives_idle": 5,  # seconds idle before the first probe
    "keepalives_interval": 2,
    "keepalives_count": 3,
    "tcp_user_timeout": 10_000,  # milliseconds that sent data may stay unacknowledged
    # times come back in UTC as datetime.UTC, which needs no conversion (a ZoneInfo zone needed one
    # per value read, thousands for a calendar); nothing in SQL depends on the session zone
    "options": "-c TimeZone=UTC",
}


def make_engine(url: str, **kwargs: Any) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 30}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "savepoint", _sqlite_begin_before_savepoint)
        return engine
    parsed = make_url(url)
    if parsed.get_backend_name() == "postgresql":
        defaults = {k: v for k, v in POSTGRESQL_CONNECT_ARGS.items() if k not in parsed.query}
        kwargs["connect_args"] = defaults | kwargs.get("connect_args", {})
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _sqlite_begin_before_savepoint(connection: Connection, _name: str | None) -> None:
    """Open the transaction a savepoint belongs in.

    pysqlite begins a transaction before INSERT, UPDATE or DELETE only, not before SAVEPOINT; a
    savepoint outside a transaction is one of its own, and releasing it commits. So the first
    row a transaction inserted through a savepoint (db.rows.insert_or_get) was committed alone:
    a run that then failed kept that article without its meetings.
    """
    dbapi_connection = connection.connection.dbapi_connection
    if dbapi_connection is not None and not dbapi_connection.in_transaction:
        cursor = dbapi_connection.cursor()
        cursor.execute("BEGIN")
        cursor.close()


class Database:
    """One engine and its sessionmaker."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def begin(self) -> Iterator[Session]:
        """A session in a transaction: committed on success, rolled back on error."""
        with self.sessions.begin() as session:
            yield session

    def ping(self) -> bool:
        try:
            with self.engine.connect() as connection:
                connection.execute(text("SELECT 1"))
            return True
        except Exception:
            return False

    def dispose(self) -> None:
        self.engine.dispose()
