"""The fetcher's errors, all under `feed.errors.FetchError`.

FetchError
├── BlockedAddress     the URL resolves to a private, loopback or link-local address
├── BodyTooLarge       the body (raw or decompressed) is over the size cap
├── BadEncoding        Content-Encoding lies, or the compressed body is truncated
├── FetchTimeout       connect, read or total timeout
├── TooManyRedirects
└── HTTPStatusError    4xx/5xx; carries `status` and `retry_after` (seconds or None)
    └── Gone           410: the source should be disabled
"""

from __future__ import annotations

from feed.errors import FetchError

__all__ = [
    "BadEncoding",
    "BlockedAddress",
    "BodyTooLarge",
    "FetchError",
    "FetchTimeout",
    "Gone",
    "HTTPStatusError",
    "TooManyRedirects",
]


class BlockedAddress(FetchError):
    pass


class BodyTooLarge(FetchError):
    pass


class BadEncoding(FetchError):
    pass


class FetchTimeout(FetchError):
    pass


class TooManyRedirects(FetchError):
    pass


class HTTPStatusError(FetchError):
    def __init__(self, message: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.retry_after = retry_after


class Gone(HTTPStatusError):
    pass
