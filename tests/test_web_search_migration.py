"""Migration 0003_search fills the search keys of rows stored before it."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text

from db.migrate import upgrade
from db.session import Database


def test_existing_rows_get_search_keys(tmp_path: Path) -> None:
    database = Database(f"sqlite:///{tmp_path / 'feed.db'}")
    upgrade(database.engine, "0002_fetch")
    with database.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO sources (id, key, name, kind, location, timezone, schedule, configured, error_count, "
                "options, created_at) VALUES (1, 'lnd', 'x', 'files', '/tmp', 'Asia/Shanghai', 'manual', 1, 0, '{}', "
                "'2023-06-26 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO articles (id, source_id, guid, title, text, editors, content_hash, created_at, updated_at) "
                "VALUES (1, 1, 'g', '座談會在瀋陽舉行', '東北振興', '[]', 'h', '2023-06-26 00:00:00', '2023-06-26 00:00:00')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO events (id, uid, name, start_date, end_date, timezone, city, region, organisers, status, "
                "confidence, sequence, created_at, updated_at) VALUES (1, 'u@x', '示例座談會', '2023-06-25', "
                "'2023-06-25', 'Asia/Shanghai', '瀋陽', '遼寧省', '[]', 'held', 0.5, 0, '2023-06-26 00:00:00', "
                "'2023-06-26 00:00:00')"
            )
        )
    upgrade(database.engine)
    with database.engine.connect() as connection:
        assert connection.execute(text("SELECT search_text FROM articles")).scalar() == "座谈会在沈阳举行\n东北振兴"
        row = connection.execute(text("SELECT city_key, region_key, search_text FROM events")).one()
    assert tuple(row) == ("沈阳", "辽宁省", "示例座谈会\n沈阳\n辽宁省")
    database.dispose()
