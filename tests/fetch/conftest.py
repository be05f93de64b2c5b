"""A real HTTP server of our own on 127.0.0.1 (fetch_site.py), started and stopped per test; the fetch policy
allows 127.0.0.1 only, so nothing can be fetched from anywhere else."""

from __future__ import annotations

import ipaddress
import threading
from http.server import ThreadingHTTPServer

import pytest
from fetch_site import Handler, Site

from kg.fetch.http import Fetcher, FetchPolicy

LOOPBACK_ONLY = (ipaddress.ip_network("127.0.0.1/32"),)


@pytest.fixture
def site():
    s = Site()
    handler = type("Handler", (Handler,), {"site": s})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    s.base = f"http://127.0.0.1:{server.server_address[1]}"
    s.build()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield s
    server.shutdown()
    server.server_close()


@pytest.fixture
def policy() -> FetchPolicy:
    """Loopback allowed (the fixture server), every other non-public address refused; quick limits."""
    return FetchPolicy(allow=LOOPBACK_ONLY, min_interval=0.0, read_timeout=0.5, connect_timeout=1.0,
                       total_timeout=5.0)


@pytest.fixture
def fetcher(policy) -> Fetcher:
    return Fetcher(policy)
