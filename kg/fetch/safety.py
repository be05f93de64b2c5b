"""Which URLs may be fetched: http(s) only, and no private, loopback or link-local address unless allowed.

The check runs on the addresses a host name resolves to (after DNS), and the fetcher then connects to exactly
the address that was checked, so a name cannot resolve to a public address for the check and a private one for
the connection.
"""

from __future__ import annotations

import ipaddress
import socket
from urllib.parse import urlsplit

from kg.errors import KGError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
SCHEMES = ("http", "https")

# What --allow-private opens: the ranges intranet sources live in. Link-local stays refused even then: it
# holds cloud metadata endpoints (169.254.169.254), the classic target of a server-side request forgery.
PRIVATE_NETWORKS: tuple[Network, ...] = tuple(ipaddress.ip_network(n) for n in (
    "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8", "100.64.0.0/10", "::1/128", "fc00::/7",
))


class FetchRefused(KGError):
    """A URL is not fetched or its response not used; the message is the one-line reason. Transient
    refusals (timeouts, 5xx) may succeed on a later try; the others will not."""

    def __init__(self, message: str, *, transient: bool = False, status: int = 0) -> None:
        super().__init__(message)
        self.transient = transient
        self.status = status


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in SCHEMES and "://" in text


def split_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL; anything else is refused."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in SCHEMES:
        raise FetchRefused(f"{url}: only http and https URLs are fetched, not {scheme or 'a bare path'}")
    if not parts.hostname:
        raise FetchRefused(f"{url}: no host name")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise FetchRefused(f"{url}: bad port") from None
    if parts.username or parts.password:
        raise FetchRefused(f"{url}: credentials in URLs are refused")
    return scheme, parts.hostname.lower(), port


def _kind(address: IPAddress) -> str | None:
    """Why an address is not public, or None when it is."""
    if address.is_loopback:
        return "loopback"
    if address.is_link_local:
        return "link-local"
    if address.is_multicast or address.is_reserved or address.is_unspecified:
        return "reserved"
    if address.is_private:
        return "private"
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return _kind(address.ipv4_mapped)
    if not address.is_global:
        return "non-global"
    return None


def check_address(address: IPAddress, *, allow: tuple[Network, ...], url: str) -> None:
    kind = _kind(address)
    if kind is None or any(address in net for net in allow):
        return
    hint = "always refused" if kind == "link-local" else "refused; --allow-private lets intranet sources in"
    raise FetchRefused(f"{url}: {address} is a {kind} address ({hint})")


def resolve(host: str, port: int, *, allow: tuple[Network, ...], url: str) -> IPAddress:
    """The address to connect to; every address the name resolves to must be allowed."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise FetchRefused(f"{url}: host {host} not found ({exc})") from None
    addresses: list[IPAddress] = []
    for info in infos:
        address = ipaddress.ip_address(info[4][0].split("%", 1)[0])
        check_address(address, allow=allow, url=url)
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise FetchRefused(f"{url}: host {host} has no address")
    return addresses[0]
