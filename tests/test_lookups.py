"""Many keys looked up at once find the same rows on both databases, across the chunks they are sent in."""

from __future__ import annotations

from db.articles import add_bands, band_holders, known_guids
from db.models import Article, Source
from db.session import Database


def test_keys_in_every_chunk_are_found(database: Database) -> None:
    """45,000 keys span the chunks of both databases (500 on SQLite, 20,000 on PostgreSQL); the stored
    ones sit at each chunk's first and last place and must all be found, and nothing else."""
    wanted = [f"absent-{i}" for i in range(45_000)]
    stored_at = [0, 499, 500, 19_999, 20_000, 44_999]
    for place in stored_at:
        wanted[place] = f"g{place}"
    with database.begin() as session:
        source = Source(key="s", name="s", kind="files", location="/tmp", timezone="UTC")
        articles = [
            Article(source=source, guid=f"g{place}", title="t", text="t", content_hash=str(place), language="en")
            for place in stored_at
        ]
        session.add_all(articles)
        session.flush()
        add_bands(session, [(f"202401/0:{article.guid}", article.id) for article in articles])
        add_bands(session, [("202401/1:shared", article.id) for article in articles])
    with database.begin() as session:
        assert known_guids(session, source.id, wanted) == {f"g{place}" for place in stored_at}
        bands = [key.replace("absent-", "202401/0:x") for key in wanted]
        bands = [f"202401/0:{key}" if key.startswith("g") else key for key in bands] + ["202401/1:shared"]
        holders, crowded = band_holders(session, bands, most=3)
    assert sorted(holders) == sorted(f"202401/0:g{place}" for place in stored_at)
    assert all(len(ids) == 1 for ids in holders.values())
    assert crowded == {"202401/1:shared"}  # six holders, more than `most`
