import threading
from collections.abc import Iterator

import pytest

from feed.readahead import ReadAhead


def test_items_come_in_order() -> None:
    assert list(ReadAhead(iter(range(1000)), 7, [], [])) == list(range(1000))


def test_an_error_comes_after_the_items_before_it() -> None:
    def items() -> Iterator[int]:
        yield 1
        yield 2
        raise ValueError("broken item")

    taken = []
    with pytest.raises(ValueError, match="broken item"):
        for item in ReadAhead(items(), 1, [], []):
            taken.append(item)
    assert taken == [1, 2]


def test_close_stops_the_thread_and_closes_the_items() -> None:
    closed = threading.Event()

    def items() -> Iterator[int]:
        try:
            yield from range(1_000_000)
        finally:
            closed.set()

    ahead = ReadAhead(items(), 3, [], [])
    assert next(ahead) == 0
    ahead.close()
    assert closed.is_set()
    assert not ahead._thread.is_alive()
    with pytest.raises(StopIteration):
        next(ahead)


def test_the_loaders_errors_come_with_the_items_after_them() -> None:
    errors: list[str] = ["before"]
    into: list[str] = ["before"]

    def items() -> Iterator[int]:
        yield 1
        errors.append("between 1 and 2")
        yield 2
        errors.append("after 2")

    ahead = ReadAhead(items(), 5, errors, into)
    assert next(ahead) == 1
    assert into == ["before"]
    assert next(ahead) == 2
    assert into == ["before", "between 1 and 2"]
    assert list(ahead) == []
    assert into == ["before", "between 1 and 2", "after 2"]
