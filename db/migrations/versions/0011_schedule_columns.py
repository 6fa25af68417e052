"""a source's schedule as two columns: an interval in seconds, or a cron expression

Revision ID: 0011
Revises: 0010_reports_version

`sources.schedule` held text ('every 3600s', 'cron */5 * * * *', 'manual') that the ingest
path parsed back for the backoff base, and it read 3600 s for every cron source. Now
`interval_seconds` or `cron` is set (neither: a manual, ad-hoc source). Both ways in SQL.

No table is rebuilt: on SQLite a rebuilt `sources` would lose the triggers of 0010. So the
downgrade adds `schedule` NOT NULL with DEFAULT 'manual', which stays on SQLite (PostgreSQL
drops the default again); revision 0010 does not care.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010_reports_version"
branch_labels = None
depends_on = None

TEXT_TO_COLUMNS = [
    # 'every 3600s': the digits between 'every ' (6 characters) and the closing 's'
    "UPDATE sources SET interval_seconds = CAST(substr(schedule, 7, length(schedule) - 7) AS INTEGER) "
    "WHERE schedule LIKE 'every %s'",
    "UPDATE sources SET cron = substr(schedule, 6) WHERE schedule LIKE 'cron %'",
]
COLUMNS_TO_TEXT = (
    "UPDATE sources SET schedule = CASE WHEN cron IS NOT NULL THEN 'cron ' || cron "
    "WHEN interval_seconds IS NOT NULL THEN 'every ' || CAST(interval_seconds AS VARCHAR(20)) || 's' "
    "ELSE 'manual' END"
)


def upgrade() -> None:
    op.add_column("sources", sa.Column("interval_seconds", sa.Integer(), nullable=True))
    op.add_column("sources", sa.Column("cron", sa.String(length=128), nullable=True))
    for statement in TEXT_TO_COLUMNS:
        op.execute(statement)
    op.drop_column("sources", "schedule")


def downgrade() -> None:
    op.add_column("sources", sa.Column("schedule", sa.String(length=128), nullable=False, server_default="manual"))
    op.execute(COLUMNS_TO_TEXT)
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column("sources", "schedule", server_default=None)
    op.drop_column("sources", "cron")
    op.drop_column("sources", "interval_seconds")
