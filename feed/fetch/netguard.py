"""No fetches of private, loopback or link-local addresses unless the operator allows them.

The check runs where the socket is opened: every name is resolved once, every
address is vetted, and the connection goes to a vetted address. So it holds for
every redirect hop and cannot be dodged by a DNS answer that changes between a
check and the connect. `GuardedBackend` is that check as an httpcore network
backend; `feed.fetch.transport` gives it to the connection pool.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable

import httpcore

from feed.fetch.errors import BlockedAddress

__all__ = ["GuardedBackend", "address_problem", "check_host"]


def address_problem(address: str) -> str | None:
    """Why an IP address may not be fetched ('loopback', 'private', ...) or None.

    An IPv6 address that carries an IPv4 one reaches that IPv4 host through a relay, so the
    IPv4 address is vetted too: IPv4-mapped (::ffff:a.b.c.d), 6to4 (2002:AABB:CCDD::/48) and
    Teredo (2001::/32, its server and its de-obfuscated client).
    """
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address):
        if ip.ipv4_mapped:
            return _problem(ip.ipv4_mapped)
        for inner in (ip.sixtofour, *(ip.teredo or ())):
            if inner is not None and (problem := _problem(inner)):
                return problem
    return _problem(ip)


def _problem(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    for name in ("unspecified", "loopback", "link_local", "private", "multicast", "reserved"):
        if getattr(ip, f"is_{name}"):
            return name.replace("_", "-")
    if not ip.is_global:
        return "non-global"
    return None


def check_host(host: str, allow_private: bool) -> None:
    """Refuse a literal private address or 'localhost' before any request is made."""
    if allow_private:
        return
    bare = host.strip("[]").lower()
    if bare == "localhost" or bare.endswith(".localhost"):
        raise BlockedAddress(f"fetcher: refusing {host}: loopback name (set FEED_ALLOW_PRIVATE_NETWORKS=1 to allow)")
    try:
        problem = address_problem(bare)
    except ValueError:
        return  # a name: vetted after resolution
    if problem:
        raise BlockedAddress(
            f"fetcher: refusing {host}: {problem} address (set FEED_ALLOW_PRIVATE_NETWORKS=1 to allow)"
        )


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise httpcore.ConnectError(f"cannot resolve {host}: {exc.strerror}") from None
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0])
        if address not in seen:
            seen.append(address)
    return seen


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's network backend, connecting only to vetted addresses of the name it resolved."""

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None,
    ) -> httpcore.NetworkStream:
        problems = {address: address_problem(address) for address in _resolve(host, port)}
        allowed = [address for address, problem in problems.items() if problem is None]
        if not allowed:
            address, problem = next(iter(problems.items()))
            raise BlockedAddress(
                f"fetcher: refusing {host}: it resolves to {address}, a {problem} address "
                "(set FEED_ALLOW_PRIVATE_NETWORKS=1 to allow)"
            )
        last: Exception | None = None
        for address in allowed:
            try:
                return super().connect_tcp(address, port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                last = exc
        assert last is not None
        raise last
