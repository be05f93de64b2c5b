"""Issue 11, item 4: provably short queries answered in the serving worker (kg.web.inline), on a real gunicorn
server. The grammar admits only a star of triple patterns around one constant subject; the worker is sandboxed
(no network socket); past the inline limit the client gets 503 with a message, the worker is replaced, and
other clients are served meanwhile."""

from __future__ import annotations

import json
import threading
import time

import pytest
import requests
from web_support import EX_GRAPH, make_store, start_server, stop_server

from kg.web.inline import provably_short

pytestmark = pytest.mark.server

LOOKUP = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?label WHERE { GRAPH ?g { <https://w3id.org/kg/id/a> rdfs:label ?label } } LIMIT 1")
JSON = {"Accept": "application/sparql-results+json"}


@pytest.mark.parametrize("query", [
    LOOKUP,
    "SELECT * { <http://x> ?p ?o }",
    "ASK { <http://x> a <http://y> }",
    'SELECT ?o WHERE { <http://x> <http://p> ?o ; <http://q> "v"@en, "2"^^<http://d> . }',
    "SELECT DISTINCT ?p { GRAPH <http://g> { <http://x> ?p ?o . <http://x> ?q 5 } }",
])
def test_a_star_around_one_resource_is_provably_short(query):
    assert provably_short(query)


@pytest.mark.parametrize("query", [
    "SELECT * { ?s ?p ?o }",                                          # no constant subject: a scan
    "SELECT * { <http://x> ?p ?o . ?o ?q ?r }",                       # a join away from the resource
    "SELECT * { <http://x> ?p ?o . <http://y> ?p ?o }",               # two resources: a product
    "SELECT * { <http://x> ?p ?o FILTER(?o) }",
    "SELECT * { SERVICE <http://x> { <http://x> ?p ?o } }",
    "SELECT * FROM <http://g> { <http://x> ?p ?o }",
    "SELECT (COUNT(*) AS ?n) { <http://x> ?p ?o }",
    "SELECT * { <http://x> <http://p>/<http://q> ?o }",
    "SELECT * { <http://x> <http://p>* ?o }",
    "SELECT * { <http://x> ?p ?o } ORDER BY ?o",
    "SELECT * { <http://x> ?p ?o } LIMIT 1 OFFSET 5000000",
    "CONSTRUCT { <http://x> ?p ?o } WHERE { <http://x> ?p ?o }",
    "SELECT * { OPTIONAL { <http://x> ?p ?o } }",
    "SELECT * { <http://x> ?p _:b }",
    'SELECT * { <http://x> ?p """long""" }',
    "",
])
def test_anything_else_goes_to_the_query_processes(query):
    assert not provably_short(query)


def _where(resp: requests.Response) -> str:
    return resp.headers["Server-Timing"].split('desc="', 1)[1].split('"', 1)[0]


def test_a_lookup_is_answered_in_the_worker_and_anything_else_in_a_process(tmp_path):
    server = start_server(make_store(tmp_path / "store"), workers=1)
    try:
        r = requests.post(server.endpoint, data={"query": LOOKUP}, headers=JSON, timeout=30)
        assert r.status_code == 200 and _where(r) == "inline"
        assert [b["label"]["value"] for b in r.json()["results"]["bindings"]] == ["Alpha"]
        r = requests.post(server.endpoint, data={"query": "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }"}, headers=JSON,
                          timeout=30)
        assert r.status_code == 200 and _where(r) == "process"
        # a client asking for a shorter limit than the watchdog's gets the killable process
        r = requests.post(server.endpoint, data={"query": LOOKUP, "timeout": "0.5"}, headers=JSON, timeout=30)
        assert r.status_code == 200 and _where(r) == "process"
    finally:
        stop_server(server.process)


def test_inline_off_sends_everything_to_the_processes(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_INLINE", "0")
    server = start_server(make_store(tmp_path / "store"), workers=1)
    try:
        r = requests.post(server.endpoint, data={"query": LOOKUP}, headers=JSON, timeout=30)
        assert r.status_code == 200 and _where(r) == "process"
    finally:
        stop_server(server.process)


def test_past_the_inline_limit_503_the_worker_is_replaced_and_others_are_served(tmp_path, monkeypatch):
    """A limit of a microsecond makes every inline lookup overrun: each gets 503 and retires its worker, while a
    client whose queries run in the query processes keeps getting answers, and the server keeps serving."""
    monkeypatch.setenv("KG_INLINE_LIMIT", "0.000001")
    server = start_server(make_store(tmp_path / "store"), workers=2, timeout=10)
    statuses: list[int] = []
    stop = threading.Event()

    def other_client() -> None:
        while not stop.is_set():
            try:
                r = requests.post(server.endpoint, data={"query": f"ASK {{ GRAPH <{EX_GRAPH}> {{ ?s ?p ?o }} }}"},
                                  headers=JSON, timeout=30)
                statuses.append(r.status_code)
            except requests.RequestException:
                statuses.append(0)  # a connection cut by a retiring worker
            time.sleep(0.05)

    probe = threading.Thread(target=other_client, daemon=True)
    try:
        probe.start()
        overran = []
        for _ in range(3):
            r = requests.post(server.endpoint, data={"query": LOOKUP}, headers=JSON, timeout=30)
            if r.status_code == 503:
                overran.append(r.text)
            time.sleep(1.5)  # gunicorn starts the replacement worker
        assert overran and all("inline limit" in text and "replaced" in text for text in overran)
        assert all(not t.lstrip().startswith("<") for t in overran)  # plain text, not an HTML page
        stop.set()
        probe.join(30)
        assert statuses.count(200) >= 0.8 * len(statuses) and statuses.count(200) >= 5
        r = requests.post(server.endpoint, data={"query": "ASK { ?s ?p ?o }"}, headers=JSON, timeout=30)
        assert r.status_code == 200 and json.loads(r.text)["boolean"] is True
    finally:
        stop.set()
        stop_server(server.process)


def test_the_serving_worker_cannot_open_a_network_socket(tmp_path, listener=None):
    """The worker itself runs under the seccomp filter: /proc shows Seccomp mode 2 for every worker process."""
    import os
    import subprocess

    server = start_server(make_store(tmp_path / "store"), workers=2)
    try:
        requests.post(server.endpoint, data={"query": LOOKUP}, headers=JSON, timeout=30)
        children = subprocess.run(["pgrep", "-P", str(server.process.pid)], capture_output=True, text=True).stdout
        # the gunicorn master's children are the workers (kg-serve), each sandboxed
        workers = [int(p) for p in children.split()]
        assert workers
        for pid in workers:
            status = open(f"/proc/{pid}/status").read()
            assert "Seccomp:\t2" in status, f"worker {pid} is not sandboxed"
        assert "Seccomp:\t2" not in open(f"/proc/{os.getpid()}/status").read()  # the test process is free
    finally:
        stop_server(server.process)
