"""Large feed files and folders flow into the batches as they are read (issue #16, item 4)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from db.models import Article
from db.session import Database
from feed import ingest, loaders
from feed.errors import ParseError
from feed.ingest import Batching
from feed.parse import stream
from tests.test_ingest_batches import configure, feed_file, latest_run, stored


def break_item(path: Path, number: int) -> None:
    """Make item `number` (1-based) of a feed_file not well-formed: a bare '&' in its title."""
    text = path.read_text(encoding="utf-8")
    title = f"<title>第{number}届"
    assert title in text
    path.write_text(text.replace(title, f"<title>R&D 第{number}届"), encoding="utf-8")


def test_a_large_file_is_stored_as_it_is_read_and_a_broken_item_is_reported(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = feed_file(tmp_path / "feed.xml", 30)
    break_item(path, 7)
    key = configure(database, path)
    monkeypatch.setattr(loaders, "STREAM_ABOVE", 0)
    monkeypatch.setattr(ingest, "BATCHING", Batching(size=5, seconds=60))
    monkeypatch.setattr(stream, "GROUP_ITEMS", 2)
    mapped = [0]  # items handed to feedparser so far
    real = stream.parse_clean_xml

    def counted(utf8: bytes, **kwargs: Any) -> Any:
        mapped[0] += utf8.count(b"<item>")
        return real(utf8, **kwargs)

    monkeypatch.setattr(stream, "parse_clean_xml", counted)
    seen: list[tuple[int, int | None, int, int]] = []
    summary = ingest.ingest_now(
        database, key, "cli", progress=lambda done, total: seen.append((done, total, mapped[0], stored(database)[0]))
    )
    assert (summary.status, summary.new, summary.errors, summary.processed, summary.total) == (
        "succeeded",
        29,
        1,
        29,
        29,  # the item that is not well-formed is not counted: the index of the file leaves it out
    )
    assert summary.error is not None
    assert summary.error.startswith("parse: item 7 (line 1) is not well-formed XML (not well-formed (invalid token))")
    assert (0, 29, 0, 0) in seen  # the file indexed, no item mapped yet
    # the first batch stored and visible while the second is extracted and a batch more is read ahead (in groups of
    # two items, one of them mapped again alone), the last items not mapped yet
    first = next((total, mapped, count) for done, total, mapped, count in seen if done == 5)
    assert first[0] == 29 and first[2] == 5 and 10 <= first[1] <= 22
    with database.begin() as session:
        titles = session.scalars(select(Article.title)).all()
    assert len(titles) == 29 and not any("R&D" in t for t in titles)


def test_streamed_and_whole_file_runs_store_the_same_articles(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = feed_file(tmp_path / "feed.xml", 9)
    whole, streamed = "whole", "streamed"
    configure(database, path, whole, streamed)
    ingest.ingest_now(database, whole, "cli")
    monkeypatch.setattr(loaders, "STREAM_ABOVE", 0)
    ingest.ingest_now(database, streamed, "cli")

    def articles(key: str) -> list[tuple[Any, ...]]:
        with database.begin() as session:
            rows = session.scalars(select(Article).where(Article.source.has(key=key)).order_by(Article.id)).all()
            return [
                (a.guid, a.title, a.summary, a.text, a.url, a.published_at, a.content_html, a.outlet, a.content_hash)
                for a in rows
            ]

    assert len(articles(whole)) == 9
    assert articles(streamed) == articles(whole)


def test_a_large_file_declaring_entities_is_refused_and_nothing_stored(
    database: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = feed_file(tmp_path / "feed.xml", 3)
    text = path.read_text(encoding="utf-8")
    text = text.replace("<rss", '<!DOCTYPE rss [<!ENTITY a "aaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;">]><rss', 1)
    path.write_text(text.replace("<title>第2届", "<title>&b;第2届"), encoding="utf-8")
    key = configure(database, path)
    monkeypatch.setattr(loaders, "STREAM_ABOVE", 0)
    summary = ingest.ingest_now(database, key, "cli")
    assert summary.status == "failed" and summary.error is not None and "declares XML entities" in summary.error
    assert stored(database) == (0, 0) and latest_run(database).status == "failed"


def test_a_folder_is_read_one_file_at_a_time(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for n in range(5):
        sub = tmp_path / ("b" if n % 2 else "a")
        sub.mkdir(exist_ok=True)
        (sub / f"{n}.txt").write_text(f"第{n}篇\n2024-01-0{n + 1} 09:00:00\n\n正文{n}。\n", encoding="utf-8")
    (tmp_path / "a" / "notes.md").write_text("not an article", encoding="utf-8")
    read: list[str] = []
    real = loaders.parse_text_article

    def counted(text: str, **kwargs: Any) -> Any:
        read.append(kwargs["guid"])
        return real(text, **kwargs)

    monkeypatch.setattr(loaders, "parse_text_article", counted)
    loaded = loaders.load_documents("files", str(tmp_path), "Asia/Shanghai")
    assert loaded.total == 5 and read == []
    docs = iter(loaded.docs)
    assert next(docs).title == "第0篇" and read == ["file:a/0.txt"]
    assert [d.title for d in docs] == ["第2篇", "第4篇", "第1篇", "第3篇"]  # path order, as before
    assert read == ["file:a/0.txt", "file:a/2.txt", "file:a/4.txt", "file:b/1.txt", "file:b/3.txt"]


def test_a_folder_of_unreadable_files_fails_when_read(tmp_path: Path) -> None:
    (tmp_path / "one.xml").write_text("<html><body>no feed</body></html>", encoding="utf-8")
    loaded = loaders.load_documents("files", str(tmp_path), "Asia/Shanghai")
    assert loaded.total is None  # a feed file's documents are known only once it is read
    with pytest.raises(ParseError, match="^parse: none of the 1 files in .* could be read: one.xml: parse: expected"):
        list(loaded.docs)
