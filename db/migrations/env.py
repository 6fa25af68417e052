from __future__ import annotations

from alembic import context

from db.models import metadata

APSCHEDULER_TABLE = "apscheduler_jobs"


def include_object(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name == APSCHEDULER_TABLE)


MIGRATION_LOCK_KEY = 0x66656564_6D6967  # "feedmig": processes starting together migrate one after another

engine = context.config.attributes["engine"]
with engine.begin() as connection:
    if connection.dialect.name == "postgresql":
        connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
    context.configure(
        connection=connection,
        target_metadata=metadata,
        include_object=include_object,
        render_as_batch=connection.dialect.name == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()
