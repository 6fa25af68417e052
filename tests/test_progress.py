"""What `feed ingest` shows while it runs: a line every few seconds off a terminal, a bar on one."""

from __future__ import annotations

import io

from feed.progress import Lines, Rate, duration


def test_rate_and_time_left_count_from_when_the_total_is_known() -> None:
    now = [100.0]
    rate = Rate(lambda: now[0])
    assert rate.update(0, None) == (None, None)  # reading the source
    now[0] = 160.0
    assert rate.update(0, 1000) == (None, None)
    now[0] = 170.0
    assert rate.update(250, 1000) == (25.0, 30.0)
    assert rate.update(250, None) == (25.0, None)
    assert duration(30.0) == "0:00:30" and duration(3725.4) == "1:02:05"


def test_plain_lines_come_every_few_seconds_and_say_how_far() -> None:
    now, out = [0.0], io.StringIO()
    display = Lines(out, every=5.0, clock=lambda: now[0])
    update = display.start("[1/2] local")
    update(0, None)
    now[0] = 6.0
    update(0, None)  # a slow source: still reading after 5 s
    update(0, 4000)
    now[0] = 8.0
    update(100, 4000)  # within 5 s of the last line: nothing
    now[0] = 16.0
    update(1000, 4000)
    now[0] = 26.0
    update(2000, None)
    display.done("[1/2] local: succeeded new=4000 errors=0")
    assert out.getvalue().splitlines() == [
        "[1/2] local: reading the source",
        "[1/2] local: 1,000/4,000 documents (25%), 100.0/s, 0:00:30 left",
        "[1/2] local: 2,000 documents, 100.0/s",
        "[1/2] local: succeeded new=4000 errors=0",
    ]
