"""What `feed ingest` shows while a run goes on: a bar on a terminal, else a line every few seconds.

A display hands out one progress callback per run (`feed.ingest.Progress`, told the documents
stored so far and how many there are) and prints each run's closing line. rich, for the bar, is
imported only when a terminal shows one.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TextIO

if TYPE_CHECKING:
    from feed.ingest import Progress

LINE_EVERY = 5.0  # seconds between two progress lines when stderr is not a terminal


class Display(Protocol):
    def start(self, label: str) -> Progress: ...

    def done(self, line: str) -> None: ...

    def close(self) -> None: ...


def display_for(stream: TextIO, quiet: bool = False) -> Display:
    """Nothing when quiet; a bar when `stream` is a terminal; else a line every LINE_EVERY seconds."""
    if quiet:
        return Silent()
    if stream.isatty():
        return Bar(stream)
    return Lines(stream)


@dataclass
class Rate:
    """Documents a second and the time left, counted from when the run knew what it had to store."""

    clock: Callable[[], float] = time.monotonic
    since: float | None = None

    def update(self, processed: int, total: int | None) -> tuple[float | None, float | None]:
        """(documents a second, seconds left): None while unknown."""
        now = self.clock()
        if self.since is None:
            if total is None:
                return None, None
            self.since = now
        elapsed = now - self.since
        if elapsed <= 0 or processed <= 0:
            return None, None
        rate = processed / elapsed
        return rate, (max(total - processed, 0) / rate if total is not None else None)


def duration(seconds: float) -> str:
    """'0:01:05' for 65 seconds."""
    whole = int(seconds + 0.5)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


class Silent:
    """--quiet: nothing while the runs go on."""

    def start(self, label: str) -> Progress:
        return lambda processed, total: None

    def done(self, line: str) -> None:
        pass

    def close(self) -> None:
        pass


class Lines:
    """One plain line every `every` seconds, for a log file or a pipe:

    local: 1,200/5,000 documents (24%), 41.2/s, 0:01:32 left
    """

    def __init__(self, stream: TextIO, every: float = LINE_EVERY, clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.every, self.clock = stream, every, clock

    def start(self, label: str) -> Progress:
        rate, last = Rate(self.clock), self.clock()

        def update(processed: int, total: int | None) -> None:
            nonlocal last
            speed, left = rate.update(processed, total)
            if self.clock() - last < self.every:
                return
            last = self.clock()
            if total is None and not processed:
                text = "reading the source"
            else:
                text = f"{processed:,}/{total:,} documents" if total is not None else f"{processed:,} documents"
                if total:
                    text += f" ({processed * 100 // total}%)"
                if speed is not None:
                    text += f", {speed:.1f}/s"
                if left is not None:
                    text += f", {duration(left)} left"
            self.stream.write(f"{label}: {text}\n")
            self.stream.flush()

        return update

    def done(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


class Bar:
    """A rich progress bar per run: label, bar, done/total, documents a second, time left.

    While it shows, log records go through rich above the bar instead of across it.
    """

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

        self.stream = stream
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[rate]}"),
            TextColumn("{task.fields[left]}"),
            console=Console(file=stream),
        )
        self.progress.start()
        # rich now routes sys.stderr above the bar; the log handlers that wrote to the stream follow it
        self.handlers = [
            handler
            for handler in logging.getLogger().handlers
            if isinstance(handler, logging.StreamHandler) and handler.stream is stream
        ]
        for handler in self.handlers:
            handler.setStream(sys.stderr)

    def start(self, label: str) -> Progress:
        task = self.progress.add_task(label, total=None, rate="", left="")
        rate = Rate()

        def update(processed: int, total: int | None) -> None:
            speed, left = rate.update(processed, total)
            fields: dict[str, Any] = {
                "rate": f"{speed:.1f}/s" if speed is not None else "",
                "left": f"{duration(left)} left" if left is not None else "",
            }
            self.progress.update(task, completed=processed, total=total, **fields)

        return update

    def done(self, line: str) -> None:
        self.progress.console.print(line, markup=False, highlight=False)

    def close(self) -> None:
        self.progress.stop()
        for handler in self.handlers:
            handler.setStream(self.stream)
