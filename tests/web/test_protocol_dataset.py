"""Regressions found by the W3C query suites (issue 7, item 7): a request naming a default graph got every named
graph of the store as well, a request naming only named graphs got the union default graph; an unknown function
was a 500; concurrent rdflib parses in the guard made 500s."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from web_support import make_store

G1, G2 = "http://example.org/g1", "http://example.org/g2"
DATA = {G1: "<http://x/a> <http://x/p> \"1\" .\n", G2: "<http://x/b> <http://x/p> \"2\" .\n"}
JSON = {"Accept": "application/sparql-results+json"}


def _rows(client, query: str, **params) -> list[dict]:
    resp = client.get("/sparql", query_string={"query": query, **params}, headers=JSON)
    assert resp.status_code == 200, resp.data
    return resp.get_json()["results"]["bindings"]


def test_the_protocol_dataset_is_exactly_what_the_request_names(make_app, tmp_path) -> None:
    client = make_app(make_store(tmp_path / "store", DATA)).test_client()
    assert len(_rows(client, "SELECT * { ?s ?p ?o }")) == 2                       # union default graph
    assert _rows(client, "SELECT * { GRAPH ?g { ?s ?p ?o } }", **{"default-graph-uri": G1}) == []
    assert len(_rows(client, "SELECT * { ?s ?p ?o }", **{"default-graph-uri": G1})) == 1
    assert _rows(client, "SELECT * { ?s ?p ?o }", **{"named-graph-uri": G2}) == []
    named = _rows(client, "SELECT ?g { GRAPH ?g { ?s ?p ?o } }", **{"named-graph-uri": G2})
    assert [r["g"]["value"] for r in named] == [G2]


def test_unknown_function_is_400(client) -> None:
    resp = client.get("/sparql", query_string={"query": "PREFIX q: <http://example.org/> "
                                                         "SELECT * WHERE { FILTER (q:name()) }"})
    assert resp.status_code == 400 and b"not supported" in resp.data


def test_concurrent_parses_in_the_guard(client) -> None:
    query = "SELECT * FROM <http://example.org/nowhere> WHERE { ?s ?p ?o FILTER(?o != 'x') }"
    with ThreadPoolExecutor(8) as pool:
        statuses = list(pool.map(lambda _: client.get("/sparql", query_string={"query": query}).status_code,
                                 range(40)))
    assert set(statuses) == {403}
