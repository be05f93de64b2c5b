"""Against a real ``kg serve`` (gunicorn, several workers) on 127.0.0.1: real clients and concurrency."""

from __future__ import annotations

import statistics
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest
import rdflib
import requests
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper
from web_support import EX_GRAPH, TOKEN, make_store, start_server, stop_server

pytestmark = pytest.mark.server

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(22)) + " }"


def test_sparqlwrapper_select_construct_ask(live_server) -> None:
    sw = SPARQLWrapper(live_server.endpoint)  # sends format=, output=, results= alongside the query
    sw.setQuery(f"SELECT ?l WHERE {{ ?s <{LABEL}> ?l }} ORDER BY ?l")
    for fmt in (JSON, XML):
        sw.setReturnFormat(fmt)
        result = sw.query().convert()
        if fmt == JSON:
            assert [b["l"]["value"] for b in result["results"]["bindings"]] == ["Alpha", "Beta <b>&amp;</b>"]
        else:
            assert len(result.getElementsByTagName("result")) == 2
    sw.setQuery("ASK { ?s ?p ?o }")
    sw.setReturnFormat(JSON)
    assert sw.query().convert()["boolean"] is True
    sw.setQuery("CONSTRUCT WHERE { ?s ?p ?o }")
    sw.setReturnFormat(TURTLE)
    data = sw.query().convert()
    assert len(rdflib.Graph().parse(data=data, format="turtle")) == 3


def test_sparqlwrapper_post_and_update_with_token(live_server) -> None:
    sw = SPARQLWrapper(live_server.endpoint)
    sw.setMethod(POST)
    sw.setReturnFormat(JSON)
    sw.setQuery("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
    assert sw.query().convert()["results"]["bindings"][0]["n"]["value"] == "3"
    up = SPARQLWrapper(live_server.endpoint, updateEndpoint=live_server.endpoint)
    up.setMethod(POST)
    up.addCustomHttpHeader("Authorization", f"Bearer {TOKEN}")
    up.setQuery(f"INSERT DATA {{ GRAPH <{EX_GRAPH}> {{ <http://x/a> <http://x/p> 1 }} }}")
    up.query()
    assert sw.query().convert()["results"]["bindings"][0]["n"]["value"] == "4"  # every worker sees the write


def test_rdflib_sparqlstore(live_server) -> None:
    graph = rdflib.Graph(store=SPARQLStore(live_server.endpoint))
    rows = list(graph.query(f"SELECT ?s ?l WHERE {{ ?s <{LABEL}> ?l }} ORDER BY ?l"))
    assert [str(r.l) for r in rows] == ["Alpha", "Beta <b>&amp;</b>"]
    assert len(list(graph.triples((None, rdflib.URIRef(LABEL), None)))) == 2
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True


def test_responses_are_complete_bodies(live_server) -> None:
    resp = requests.get(live_server.endpoint, params={"query": "SELECT * { ?s ?p ?o }"}, timeout=10)
    assert resp.status_code == 200
    assert int(resp.headers["Content-Length"]) == len(resp.content)  # produced whole, never streamed
    assert "chunked" not in resp.headers.get("Transfer-Encoding", "")


def test_long_url_gets_414_from_the_app(live_server) -> None:
    resp = requests.get(live_server.endpoint, params={"query": "ASK {}" + " " * 20_000}, timeout=10)
    assert resp.status_code == 414


def test_concurrent_clients_while_a_runaway_query_is_killed(tmp_path) -> None:
    server = start_server(make_store(tmp_path / "store"), workers=2, timeout=2)
    try:
        stop = time.monotonic() + 10
        runaway_statuses: list[int] = []
        latencies: list[float] = []
        errors: list[str] = []
        lock = threading.Lock()

        def runaway() -> None:
            with requests.Session() as s:
                while time.monotonic() < stop - 2:
                    r = s.get(server.endpoint, params={"query": RUNAWAY}, timeout=30)
                    runaway_statuses.append(r.status_code)

        def client(n: int) -> None:
            with requests.Session() as s:
                while time.monotonic() < stop:
                    started = time.monotonic()
                    try:
                        r = s.get(server.endpoint, params={"query": f"SELECT ?l {{ ?s <{LABEL}> ?l }} # {n}"},
                                  timeout=30)
                        ok = r.status_code == 200 and len(r.json()["results"]["bindings"]) == 2
                        if not ok:
                            with lock:
                                errors.append(f"{r.status_code} {r.text[:100]}")
                    except requests.RequestException as exc:
                        with lock:
                            errors.append(repr(exc))
                    with lock:
                        latencies.append(time.monotonic() - started)

        with ThreadPoolExecutor(21) as pool:
            futures = [pool.submit(runaway)] + [pool.submit(client, n) for n in range(20)]
            for f in futures:
                f.result()
        assert not errors, errors[:5]
        assert runaway_statuses and set(runaway_statuses) == {503}
        assert len(latencies) > 100
        latencies.sort()
        print(f"\n{len(latencies)} queries in 10 s while {len(runaway_statuses)} runaway queries were killed; "
              f"p50 {statistics.median(latencies) * 1000:.1f} ms, "
              f"p95 {latencies[int(len(latencies) * 0.95)] * 1000:.1f} ms")
    finally:
        stop_server(server.process)


def test_a_launched_server_ends_with_the_process_that_launched_it(tmp_path) -> None:
    """A test run or notebook killed outright must not leave its server (and the server's workers) behind."""
    import os
    import subprocess
    import sys

    store = make_store(tmp_path / "store")
    parent = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from pathlib import Path; from kg.web.server import launch; "
         "p, url = launch(Path(sys.argv[1]), workers=1); print(p.pid, url, flush=True); time.sleep(600)", str(store)],
        stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    pid, url = parent.stdout.readline().split()
    assert requests.get(f"{url}/sparql", params={"query": "ASK {}"}, timeout=30).ok
    parent.kill()  # SIGKILL: no cleanup code of the launcher runs
    parent.wait()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            os.kill(int(pid), 0)
        except ProcessLookupError:
            break
        with open(f"/proc/{pid}/stat") as stat:
            if stat.read().split(") ")[-1].startswith("Z"):  # gone, waiting only to be reaped
                break
        time.sleep(0.2)
    else:
        os.killpg(int(pid), 9)
        pytest.fail("the launched kg serve outlived its launcher")
