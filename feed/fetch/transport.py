"""The fetcher's httpx transport: pooled keep-alive connections, opened only to vetted addresses.

httpx's own `HTTPTransport` takes no network backend, so this is a small transport over
httpcore's public `ConnectionPool`, which does (`network_backend=`). It keeps two pools, so that
a connection opened under one policy is never reused under the other: one whose backend is
`GuardedBackend` (the default) and one with httpcore's plain backend, for requests that carry
the `ALLOW_PRIVATE` extension set to True (sources the operator allowed). No proxy, no
environment settings.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager

import httpcore
import httpx

from feed.fetch.netguard import GuardedBackend

__all__ = ["ALLOW_PRIVATE", "POOL_LIMITS", "GuardedTransport"]

ALLOW_PRIVATE = "feed.allow_private"  # request extension: True lets this request reach private addresses
POOL_LIMITS = httpx.Limits(max_connections=20, max_keepalive_connections=10, keepalive_expiry=30.0)

# httpcore's errors as httpx's, most specific first (what httpx.HTTPTransport does for its own pool)
_ERRORS: tuple[tuple[type[Exception], type[httpx.TransportError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.TimeoutException, httpx.TimeoutException),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.NetworkError, httpx.NetworkError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.ProtocolError, httpx.ProtocolError),
)


@contextmanager
def _httpx_errors() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for core, mapped in _ERRORS:
            if isinstance(exc, core):
                raise mapped(str(exc)) from exc
        raise


class _Body(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes]) -> None:
        self._stream = stream

    def __iter__(self) -> Iterator[bytes]:
        with _httpx_errors():
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            with _httpx_errors():
                close()


class GuardedTransport(httpx.BaseTransport):
    """HTTP/1.1 over pooled connections; private addresses only for requests marked `ALLOW_PRIVATE`."""

    def __init__(self, limits: httpx.Limits = POOL_LIMITS) -> None:
        ssl_context = httpx.create_ssl_context(trust_env=False)

        def pool(backend: httpcore.NetworkBackend) -> httpcore.ConnectionPool:
            return httpcore.ConnectionPool(
                ssl_context=ssl_context,
                max_connections=limits.max_connections,
                max_keepalive_connections=limits.max_keepalive_connections,
                keepalive_expiry=limits.keepalive_expiry,
                network_backend=backend,
            )

        self._guarded = pool(GuardedBackend())
        self._open = pool(httpcore.SyncBackend())

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        assert isinstance(request.stream, httpx.SyncByteStream)
        pool = self._open if request.extensions.get(ALLOW_PRIVATE) is True else self._guarded
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _httpx_errors():
            response = pool.handle_request(core_request)
        assert isinstance(response.stream, Iterable)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_Body(response.stream),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._guarded.close()
        self._open.close()
