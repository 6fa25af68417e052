"""The next chunk of a run's documents is read in a thread while the last one is stored."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from feed.readahead import chunks_read_ahead


def counted(total: int, taken: list[int], fail_at: int | None = None) -> Iterator[int]:
    for n in range(total):
        if n == fail_at:
            raise ValueError(f"item {n} is broken")
        taken.append(n)
        yield n


def test_chunks_come_in_order_and_whole() -> None:
    taken: list[int] = []
    assert list(chunks_read_ahead(counted(12, taken), 5)) == [[0, 1, 2, 3, 4], [5, 6, 7, 8, 9], [10, 11]]
    assert list(chunks_read_ahead(iter([]), 5)) == []


def test_the_reader_stays_one_chunk_ahead_and_no_further() -> None:
    taken: list[int] = []
    chunks = chunks_read_ahead(counted(100, taken), 5)
    first = next(chunks)
    time.sleep(0.3)  # time enough to read everything, were it not held back
    assert first == [0, 1, 2, 3, 4] and len(taken) == 10
    next(chunks)
    time.sleep(0.3)
    assert len(taken) == 15
    chunks.close()


def test_what_the_items_raise_reaches_the_caller_after_the_chunks_before() -> None:
    taken: list[int] = []
    chunks = chunks_read_ahead(counted(20, taken, fail_at=12), 5)
    assert next(chunks) == [0, 1, 2, 3, 4]
    assert next(chunks) == [5, 6, 7, 8, 9]
    with pytest.raises(ValueError, match="item 12 is broken"):
        next(chunks)


def test_a_caller_that_stops_early_leaves_no_reader_behind() -> None:
    before = {t.ident for t in threading.enumerate()}
    for chunk in chunks_read_ahead(counted(1000, []), 5):
        if chunk[0] == 10:
            break
    assert [t for t in threading.enumerate() if t.ident not in before and t.name == "read-ahead"] == []
