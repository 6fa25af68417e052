"""The `tag:` id authority and date fixed for this database (models.TagAuthority)."""

from __future__ import annotations

from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from db.models import TagAuthority

ROW = 1


def claim_tag_authority(session: Session, authority: str, date: str) -> tuple[str, str]:
    """The stored (authority, date); written from these when none is stored yet. Concurrent claims agree."""
    insert = (postgresql_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert)(TagAuthority)
    session.execute(insert.values(id=ROW, authority=authority, date=date).on_conflict_do_nothing())
    row = session.get(TagAuthority, ROW, populate_existing=True)
    assert row is not None
    return row.authority, row.date
