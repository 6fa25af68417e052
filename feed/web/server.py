"""uvicorn's HTTP protocols with a timeout on the request head.

uvicorn (0.29-0.55) closes an idle keep-alive connection after `timeout_keep_alive`, but
arms that timer only once a response is sent: a connection that never completes a request
head, silent or dripping a header line at a time, is held until the client goes, with h11
and httptools alike (h11_max_incomplete_event_size bounds a head's size, not its time).
Here every request head must be complete within `header_timeout()` seconds of the
connection opening, or of its first byte after a response on a keep-alive connection;
otherwise the connection is closed. `feed serve` passes "feed.web.server:HeaderTimeoutProtocol"
(httptools when installed, as uvicorn's "auto" picks, else h11).
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from uvicorn.protocols.http.h11_impl import H11Protocol

__all__ = ["HeaderTimeoutH11", "HeaderTimeoutProtocol", "header_timeout", "set_header_timeout"]

DEFAULT_HEADER_TIMEOUT = 10.0
_timeout = DEFAULT_HEADER_TIMEOUT  # set from FEED_HEADER_TIMEOUT by feed serve and each worker


def header_timeout() -> float:
    return _timeout


def set_header_timeout(seconds: float) -> None:
    global _timeout
    _timeout = seconds


class _Cycle(Protocol):
    """What the head timer reads of uvicorn's request-response cycle (h11's and httptools' alike)."""

    response_complete: bool


def _cycle_open(cycle: _Cycle | None) -> bool:
    """A request head was read and its response is not finished."""
    return cycle is not None and not cycle.response_complete


class _HeadTimer(asyncio.Protocol):
    """Mixed into a uvicorn HTTP protocol: the connection closes unless each request head arrives in time.

    It comes first among the bases, so `super()` is the uvicorn protocol.
    """

    _head_timer: asyncio.TimerHandle | None = None
    # provided by uvicorn's protocol classes
    loop: asyncio.AbstractEventLoop
    transport: asyncio.Transport

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        super().connection_made(transport)
        self._arm_head_timer()

    def data_received(self, data: bytes) -> None:
        if self._head_timer is None and not self._in_request():
            self._arm_head_timer()  # the first bytes of the next request on a kept-alive connection
        super().data_received(data)
        if self._in_request() and self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None

    def connection_lost(self, exc: Exception | None) -> None:
        if self._head_timer is not None:
            self._head_timer.cancel()
            self._head_timer = None
        super().connection_lost(exc)

    def _in_request(self) -> bool:
        """A request head was read and its response is not finished (each protocol has its own cycle type)."""
        raise NotImplementedError

    def _arm_head_timer(self) -> None:
        self._head_timer = self.loop.call_later(_timeout, self._head_timed_out)

    def _head_timed_out(self) -> None:
        self._head_timer = None
        if not self._in_request() and not self.transport.is_closing():
            self.transport.close()


class HeaderTimeoutH11(_HeadTimer, H11Protocol):
    def _in_request(self) -> bool:
        return _cycle_open(self.cycle)


HeaderTimeoutProtocol: type[asyncio.Protocol]
try:
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol
except ImportError:  # httptools is not installed: uvicorn's "auto" would take h11 too
    HeaderTimeoutProtocol = HeaderTimeoutH11
else:

    class HeaderTimeoutHttpTools(_HeadTimer, HttpToolsProtocol):
        def _in_request(self) -> bool:
            return _cycle_open(self.cycle)

    HeaderTimeoutProtocol = HeaderTimeoutHttpTools
