"""kg/fetch/safety.py: which URLs and addresses may be fetched (no network: literal addresses and /etc/hosts)."""

from __future__ import annotations

import ipaddress

import pytest

from kg.fetch.safety import PRIVATE_NETWORKS, FetchRefused, check_address, is_url, resolve, split_url

REFUSED = [
    ("10.1.2.3", "private"), ("172.16.0.9", "private"), ("192.168.1.1", "private"),
    ("127.0.0.1", "loopback"), ("::1", "loopback"), ("169.254.169.254", "link-local"),
    ("fe80::1", "link-local"), ("fc00::5", "private"), ("0.0.0.0", "reserved"), ("224.0.0.1", "reserved"),
    ("100.64.0.1", "address"),
]


@pytest.mark.parametrize("address, kind", REFUSED)
def test_non_public_address_refused_by_default(address, kind):
    with pytest.raises(FetchRefused, match=kind):
        check_address(ipaddress.ip_address(address), allow=(), url="http://x/")


@pytest.mark.parametrize("address", ["93.184.215.14", "2606:4700::6810:85e5", "8.8.8.8"])
def test_public_address_allowed(address):
    check_address(ipaddress.ip_address(address), allow=(), url="http://x/")


@pytest.mark.parametrize("address", ["10.1.2.3", "192.168.1.1", "127.0.0.1", "::1", "fc00::5"])
def test_allow_private_opens_intranet_ranges(address):
    check_address(ipaddress.ip_address(address), allow=PRIVATE_NETWORKS, url="http://x/")


@pytest.mark.parametrize("address", ["169.254.169.254", "fe80::1"])
def test_link_local_refused_even_with_allow_private(address):
    with pytest.raises(FetchRefused, match="always refused"):
        check_address(ipaddress.ip_address(address), allow=PRIVATE_NETWORKS, url="http://x/")


def test_checked_after_name_resolution():
    """A host *name* that resolves to loopback is refused like the address itself."""
    with pytest.raises(FetchRefused, match="loopback"):
        resolve("localhost", 80, allow=(), url="http://localhost/")


@pytest.mark.parametrize("url, reason", [
    ("ftp://example.org/a.html", "only http and https"), ("file:///etc/passwd", "only http and https"),
    ("http://user:pw@example.org/", "credentials"), ("http:///nohost", "no host"),
    ("http://example.org:99999/", "bad port"),
])
def test_only_plain_http_urls(url, reason):
    with pytest.raises(FetchRefused, match=reason):
        split_url(url)


def test_is_url():
    assert is_url("https://example.org/a") and is_url("HTTP://example.org/")
    assert not is_url("data/articles/a.txt") and not is_url("ftp://example.org/")
