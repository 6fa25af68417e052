"""Documents read ahead by a thread: a feed file goes on being parsed while the run waits on its database."""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class ReadAhead(Generic[T]):
    """The items of `items` in their order, at most `most` of them taken ahead by a thread of their own.

    What the items' loader adds to `errors` on the way is moved to `into` as the items are taken, so `into`
    holds the same errors in the same order as if the caller had taken them itself. What `items` raises is
    raised here after the items before it. `close` stops the thread (and closes `items`, when it can be).
    """

    def __init__(self, items: Iterator[T], most: int, errors: list[str], into: list[str]) -> None:
        self._items, self._errors, self._into = items, errors, into
        self._seen = len(errors)
        self._box: queue.Queue[tuple[bool, T | BaseException | None, list[str]]] = queue.Queue(max(1, most))
        self._stop = threading.Event()
        self._done = False
        self._thread = threading.Thread(target=self._read, name="read-ahead", daemon=True)
        self._thread.start()

    def _new_errors(self) -> list[str]:
        new = self._errors[self._seen :]
        self._seen += len(new)
        return new

    def _read(self) -> None:
        try:
            for item in self._items:
                self._box.put((True, item, self._new_errors()))
                if self._stop.is_set():
                    break
        except BaseException as exc:  # handed to the caller, where it would have been raised
            self._box.put((False, exc, self._new_errors()))
            return
        finally:
            close = getattr(self._items, "close", None)
            if close is not None:
                close()
        self._box.put((False, None, self._new_errors()))

    def __iter__(self) -> Iterator[T]:
        return self

    def __next__(self) -> T:
        if self._done:
            raise StopIteration
        taken, value, errors = self._box.get()
        self._into.extend(errors)
        if taken:
            return value  # type: ignore[return-value]
        self._done = True
        if value is None:
            raise StopIteration
        assert isinstance(value, BaseException)
        raise value

    def close(self) -> None:
        self._done = True
        self._stop.set()
        while self._thread.is_alive():  # take what it is putting, so that it sees the stop
            try:
                self._box.get(timeout=0.05)
            except queue.Empty:
                pass
