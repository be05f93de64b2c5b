"""Issue 7, item 2: query processes have a memory cap (RLIMIT_AS); a query over it gets a clear error and the
others go on (regression: a doubling CONCAT grew one query process to 2.2 GB in 10 s)."""

from __future__ import annotations

GROW = ('SELECT (STRLEN(?s27) AS ?n) WHERE { BIND("0123456789abcdef" AS ?s0) '
        + " ".join(f"BIND(CONCAT(?s{i}, ?s{i}) AS ?s{i + 1})" for i in range(27)) + " }")  # 16 B · 2^27 = 2 GiB


def test_a_query_over_the_memory_cap_gets_a_clear_error(make_app, store_path) -> None:
    client = make_app(store_path, query_memory_mb=768, query_timeout=30).test_client()
    resp = client.get("/sparql", query_string={"query": GROW})
    assert resp.status_code == 503, resp.data
    assert b"memory cap of 768 MB" in resp.data and resp.data.count(b"\n") == 1
    ok = client.get("/sparql", query_string={"query": "ASK { ?s ?p ?o }"},
                    headers={"Accept": "application/sparql-results+json"})
    assert ok.status_code == 200 and b"true" in ok.data, ok.data
