"""Which scheduler is the active one.

PostgreSQL: a session-level advisory lock on a dedicated connection; when the
holder dies its connection closes and the lock is free for a standby. A holder
that has gone silent for longer than the lease (a frozen process) has its
session ended by a standby.
SQLite: an exclusive lock on a file next to the database; a second scheduler
on the same file refuses to start.

`lock_for` gives the same locks under other names, for other work that one process at a time
may do (`feed reextract`).
"""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path
from typing import IO, Protocol

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from db.session import make_engine

log = logging.getLogger(__name__)

ADVISORY_LOCK_KEY = 0x66656564  # 'feed'


class Leadership(Protocol):
    def try_acquire(self) -> bool: ...
    def still_held(self) -> bool: ...
    def release(self) -> None: ...


# The server probes the leader's connection too: when the leader's host or network goes away
# without closing it, PostgreSQL ends the session, and frees the lock for a standby, within about
# 11 s (5 s idle, then 3 probes 2 s apart) whatever the server's own keepalive settings are.
SERVER_KEEPALIVES = {"tcp_keepalives_idle": 5, "tcp_keepalives_interval": 2, "tcp_keepalives_count": 3}
# A frozen leader (SIGSTOP, `docker pause`) keeps its connection and so the lock: its kernel
# answers the probes. The leader speaks on that connection every poll (still_held), so a holder
# idle for longer than the lease is taken to be frozen, and a standby ends its session.
LEASE_SECONDS = 30.0
SILENT_HOLDER = (
    "(SELECT a.pid FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
    "WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = :key AND l.objsubid = 1 "
    "AND a.pid <> pg_backend_pid() AND a.state = 'idle' "
    "AND a.state_change < clock_timestamp() - make_interval(secs => :lease))"
)
# one round trip, as a standby tries every few seconds: (settings..., got the lock, pid of a silent holder)
_KEEPALIVES = "".join(f"set_config('{name}', '{value}', false), " for name, value in SERVER_KEEPALIVES.items())
ACQUIRE = text(f"SELECT {_KEEPALIVES}pg_try_advisory_lock(:key), {SILENT_HOLDER}")
ACQUIRE_WITHOUT_LEASE = text(f"SELECT {_KEEPALIVES}pg_try_advisory_lock(:key), NULL")


class AdvisoryLock:
    def __init__(self, url: str, lease_seconds: float | None = LEASE_SECONDS, key: int = ADVISORY_LOCK_KEY) -> None:
        """`lease_seconds` None: a holder is never taken to be frozen, however long it stays silent."""
        self.engine = make_engine(url, poolclass=NullPool, isolation_level="AUTOCOMMIT")
        self.connection: Connection | None = None
        self.lease_seconds = lease_seconds
        self.key = key

    def try_acquire(self) -> bool:
        connection = None
        try:
            connection = self.engine.connect()
            if self.lease_seconds is None:
                *_, got, silent = connection.execute(ACQUIRE_WITHOUT_LEASE, {"key": self.key}).one()
            else:
                *_, got, silent = connection.execute(ACQUIRE, {"key": self.key, "lease": self.lease_seconds}).one()
            if not got and silent is not None:
                log.warning(
                    "leader: the active scheduler has not spoken for over %g s (frozen?); ending its "
                    "database session (server pid %d) so that a standby takes over",
                    self.lease_seconds,
                    silent,
                )
                connection.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": silent})
        except Exception as exc:
            if connection is not None:
                connection.close()
            log.warning("leader: database unreachable: %s", exc.__class__.__name__)
            return False
        if got:
            self.connection = connection
        else:
            connection.close()
        return bool(got)

    def still_held(self) -> bool:
        if self.connection is None:
            return False
        try:
            self.connection.execute(text("SELECT 1"))
            return True
        except Exception:
            self.connection = None
            return False

    def release(self) -> None:
        if self.connection is not None:
            try:
                # at once: closing the session frees its locks too, but only once the server process has
                # noticed and ended, and a standby asking in between is refused
                self.connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": self.key})
            except Exception:
                pass  # the session is gone already, and its locks with it
            finally:
                self.connection.close()
                self.connection = None
        self.engine.dispose()


class FileLock:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.handle: IO[str] | None = None

    def try_acquire(self) -> bool:
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.close()
            return False
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self.handle = handle
        return True

    def still_held(self) -> bool:
        return self.handle is not None

    def release(self) -> None:
        if self.handle is not None:
            self.handle.close()
            self.handle = None


class NoLock:
    """For in-memory SQLite: one process, nothing to share."""

    def try_acquire(self) -> bool:
        return True

    def still_held(self) -> bool:
        return True

    def release(self) -> None:
        pass


def leadership_for(database_url: str) -> Leadership:
    return lock_for(database_url, "scheduler", ADVISORY_LOCK_KEY, LEASE_SECONDS)


def lock_for(database_url: str, name: str, key: int, lease_seconds: float | None) -> Leadership:
    """A lock one process at a time holds per database: advisory lock `key` on PostgreSQL, a file
    `DATABASE.NAME.lock` beside an SQLite file; freed when its holder closes it or dies."""
    url = make_url(database_url)
    if url.get_backend_name() == "postgresql":
        return AdvisoryLock(database_url, lease_seconds, key)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        return FileLock(Path(url.database).with_name(f"{Path(url.database).name}.{name}.lock"))
    return NoLock()


def is_exclusive(database_url: str) -> bool:
    """True where a second scheduler must refuse to start instead of standing by."""
    return make_url(database_url).get_backend_name() != "postgresql"
