from __future__ import annotations

from alembic import context

from db.models import metadata

APSCHEDULER_TABLE = "apscheduler_jobs"


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name == APSCHEDULER_TABLE)


MIGRATION_LOCK_KEY = 0x66656564_6D6967  # "feedmig": processes starting together migrate one after another

engine = context.config.attributes["engine"]
with engine.connect() as connection:
    # SQLite alters a table by copying it into a new one and dropping the old: with foreign keys on, that
    # drop deletes every row referring to it (ON DELETE CASCADE: a downgrade of 0003 lost all links).
    # The pragma is a no-op inside a transaction, so it is set before one begins.
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        with connection.begin():
            if connection.dialect.name == "postgresql":
                connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
            context.configure(
                connection=connection,
                target_metadata=metadata,
                include_object=include_object,
                render_as_batch=sqlite,
            )
            with context.begin_transaction():
                context.run_migrations()
            if sqlite and (broken := connection.exec_driver_sql("PRAGMA foreign_key_check").all()):
                raise RuntimeError(f"migrations: rows refer to rows that do not exist: {broken[:5]}")
    finally:
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
