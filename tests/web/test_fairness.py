"""Issue 7, item 2: fair under abuse. A new client's cheap query is answered within 1 s (p95) while 50 runaway
queries are in flight, from one abusive client and from 25 others (regression: four runaway queries made a simple ASK
wait 9 s; with 50 a probe got no answer for 10 s). The runaway clients use other loopback addresses
(127.0.0.0/8 is all local), so the server sees them as the distinct clients they would be on a network.

The margins hold on a loaded 2-core machine: the fast lane budget is CPU time, so other processes slow the
runaways' demotion but never turn a cheap query into a runaway."""

from __future__ import annotations

import http.client
import threading
import time
from urllib.parse import urlencode, urlsplit

import pytest
from web_support import make_store, start_server, stop_server

pytestmark = pytest.mark.server

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(22)) + " }"
PROBE = "ASK { ?s ?p ?o }"
RUNAWAYS = 50
PROBES = 30


def _get(base: str, query: str, source: str, timeout: float = 60) -> tuple[int, dict[str, str], bytes]:
    parts = urlsplit(base)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=timeout, source_address=(source, 0))
    try:
        conn.request("GET", "/sparql?" + urlencode({"query": query}),
                     headers={"Accept": "application/sparql-results+json"})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def test_cheap_queries_answered_within_1s_p95_while_50_runaways_run(tmp_path) -> None:
    server = start_server(make_store(tmp_path / "store"), workers=2, timeout=10)
    stop = threading.Event()
    outcomes: list[tuple[int, str, str, str]] = []
    lock = threading.Lock()

    def runaway(n: int) -> None:
        # half from one abusive client, half from 25 clients of their own
        source = "127.0.0.2" if n % 2 else f"127.0.1.{n + 1}"
        while not stop.is_set():
            try:
                status, headers, body = _get(server.url, RUNAWAY, source)
            except OSError:
                return  # the server stopped
            with lock:
                outcomes.append((status, headers.get("retry-after", ""), body.decode(errors="replace"), source))

    threads = [threading.Thread(target=runaway, args=(n,), daemon=True) for n in range(RUNAWAYS)]
    try:
        for t in threads:
            t.start()
        # A runaway client's first query looks like anyone's until it has used the fast lane's budget; so wait
        # until the server has answered (refused or stopped) every runaway client once: on an idle machine that
        # takes a few seconds, on a loaded one longer (up to 90 s here). They stay in flight: each one retries at
        # once, and the server's time limit (10 s) keeps freeing the long lane for the next.
        deadline = time.monotonic() + 90
        clients = {("127.0.0.2" if n % 2 else f"127.0.1.{n + 1}") for n in range(RUNAWAYS)}
        while time.monotonic() < deadline:
            with lock:
                if {o[3] for o in outcomes} >= clients:
                    break
            time.sleep(0.2)
        latencies = []
        for _ in range(PROBES):
            started = time.monotonic()
            status, _, body = _get(server.url, PROBE, "127.0.0.3")
            latencies.append(time.monotonic() - started)
            assert status == 200 and b"true" in body, (status, body[:200])
            time.sleep(0.1)
    finally:
        stop.set()
        stop_server(server.process)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    with lock:
        refused = [o for o in outcomes if o[0] == 503 and "long lane" in o[2]]
    print(f"\nprobe p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, p95 {p95 * 1000:.0f} ms, "
          f"max {latencies[-1] * 1000:.0f} ms; {len(outcomes)} runaway answers, {len(refused)} refused by the lanes")
    assert p95 < 1.0, latencies
    assert refused, "the runaway queries were never refused"
    assert len(outcomes) < RUNAWAYS * 20, "refused queries should wait, not bounce straight back"
    assert all(retry.isdigit() for _, retry, _, _ in refused)
