"""A real ``kg serve`` in front of a real Virtuoso: it answers like the embedded store and keeps every safeguard
(read-only without the token, no SERVICE/LOAD/outside FROM, a time limit the server keeps too, the row cap)."""

from __future__ import annotations

import json
import time

import pytest
import requests
from web_support import EX_GRAPH, EX_TRIPLES, TOKEN, start_server, stop_server

from kg.store import open_store

# 9 patterns over the server's whole dataset: billions of combinations
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"?s{i} ?p{i} ?o{i} ." for i in range(9)) + " }"


@pytest.fixture
def served(remote):
    with open_store(remote) as store:
        store.replace_graphs({EX_GRAPH: EX_TRIPLES})
    server = start_server(remote, update_token=TOKEN, timeout=3, max_rows=2)
    yield server
    stop_server(server.process)


def _select(server, query: str, **headers: str) -> requests.Response:
    return requests.post(server.endpoint, data={"query": query}, timeout=60,
                         headers={"Accept": "application/sparql-results+json", **headers})


def test_answers_from_the_server(served):
    resp = _select(served, f"SELECT ?o WHERE {{ GRAPH <{EX_GRAPH}> {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }} }} ORDER BY ?o")
    assert resp.status_code == 200
    values = [b["o"]["value"] for b in resp.json()["results"]["bindings"]]
    assert values == ["Alpha", "Beta <b>&amp;</b>"]
    ask = requests.get(served.endpoint, params={"query": f"ASK {{ GRAPH <{EX_GRAPH}> {{ ?s ?p ?o }} }}"},
                       headers={"Accept": "application/sparql-results+json"}, timeout=60)
    assert ask.json()["boolean"] is True


def test_row_cap_is_kept(served):
    resp = _select(served, f"SELECT * WHERE {{ GRAPH <{EX_GRAPH}> {{ ?s ?p ?o }} }}")
    assert resp.headers["X-KG-Row-Cap"] == "2" and resp.headers["X-KG-Truncated"] == "true"
    assert len(resp.json()["results"]["bindings"]) == 2


@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * FROM <http://example.org/elsewhere> WHERE { ?s ?p ?o }",
])
def test_outbound_queries_refused(served, query):
    resp = _select(served, query)
    assert resp.status_code == 403 and resp.headers["Content-Type"].startswith("text/plain")


def test_from_a_graph_of_the_store_is_answered(served):
    assert _select(served, f"SELECT * FROM <{EX_GRAPH}> WHERE {{ ?s ?p ?o }}").status_code == 200


def test_updates_need_the_token_and_load_is_refused(served, remote):
    insert = f"INSERT DATA {{ GRAPH <{EX_GRAPH}> {{ <https://w3id.org/kg/id/c> <http://x/p> 1 }} }}"
    assert requests.post(served.endpoint, data={"update": insert}, timeout=60).status_code in (401, 403)
    load = requests.post(served.endpoint, data={"update": "LOAD <http://127.0.0.1:9/x.ttl>"}, timeout=60,
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert load.status_code == 403
    ok = requests.post(served.endpoint, data={"update": insert}, timeout=60,
                       headers={"Authorization": f"Bearer {TOKEN}"})
    assert ok.status_code == 204, ok.text
    with open_store(remote) as store:
        assert len(list(store.quads(EX_GRAPH))) == 4


def test_runaway_query_stopped_at_the_limit_and_the_server_goes_on(served):
    started = time.monotonic()
    resp = _select(served, RUNAWAY)
    assert resp.status_code == 503 and "time limit" in resp.text
    assert time.monotonic() - started < 15
    again = _select(served, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{EX_GRAPH}> {{ ?s ?p ?o }} }}")
    assert again.status_code == 200 and json.loads(again.text)["results"]["bindings"][0]["n"]["value"] == "3"


def test_pages_read_through_the_server(served):
    page = requests.get(served.url + "/id/a", headers={"Accept": "text/html"}, timeout=60)
    assert page.status_code == 200 and "Alpha" in page.text
    missing = requests.get(served.url + "/id/nothing-here", headers={"Accept": "text/html"}, timeout=60)
    assert missing.status_code == 404
