"""Issue 7, item 4: readers never fail because a writer is working. Every read route (pages, /graph and its
downloads, /sparql, VoID) and 'kg export' are hammered while 'kg ingest' rewrites the store again and again;
not one answer may be a 5xx (regression: about 1% of /id/... requests answered 500 with RocksDB's
"Corruption: … No such file … .sst", because pages opened the store on their own, without the lock or a retry)."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest
import requests
from web_support import start_server, stop_server

pytestmark = pytest.mark.server

REPO = Path(__file__).resolve().parents[2]
INGESTS = 2


def _kg(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", "from kg.cli import main; main()", *args], cwd=REPO,
                          capture_output=True, text=True, timeout=300, **kw)


def test_no_5xx_on_any_read_route_while_ingest_writes(tmp_path) -> None:
    articles = tmp_path / "articles"
    articles.mkdir()
    for i in range(1):
        for src in sorted((REPO / "data" / "articles").glob("*.txt")):
            (articles / f"copy{i}-{src.name}").write_text(src.read_text())
    store = tmp_path / "store"
    first = _kg("ingest", str(articles), "--store", str(store))
    assert first.returncode == 0, first.stderr
    server = start_server(store, workers=2, timeout=20)
    statuses: Counter[tuple[str, int]] = Counter()
    failures: list[str] = []
    lock = threading.Lock()
    writing = threading.Event()
    writing.set()
    try:
        ids = requests.get(server.endpoint, params={
            "query": "SELECT DISTINCT ?s { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), 'https://w3id.org/kg/id/')) } "
                     "ORDER BY ?s LIMIT 12"}, headers={"Accept": "application/sparql-results+json"}).json()
        paths = ["/id/" + b["s"]["value"].removeprefix("https://w3id.org/kg/id/")
                 for b in ids["results"]["bindings"]]
        assert paths
        routes = paths + ["/graph", "/graph.json", "/graph.gexf", "/graph.graphml", "/.well-known/void",
                          "/sparql?query=SELECT%20(COUNT(*)%20AS%20%3Fn)%20%7B%20GRAPH%20%3Fg%20%7B%20%3Fs%20%3Fp%20%3Fo%20%7D%20%7D",
                          "/id/" + paths[0].removeprefix("/id/") + "?format=ttl"]

        def reader(n: int) -> None:
            with requests.Session() as session:
                i = n
                while writing.is_set():
                    route = routes[i % len(routes)]
                    i += 1
                    try:
                        r = session.get(server.url + route, timeout=60)
                    except requests.RequestException as exc:
                        with lock:
                            failures.append(f"{route}: {exc!r}")
                        continue
                    with lock:
                        statuses[(route.split("?")[0].rsplit("/", 1)[0] or route, r.status_code)] += 1
                        if r.status_code >= 500:
                            failures.append(f"{route}: {r.status_code} {r.text[:200]}")

        def exporter() -> None:
            while writing.is_set():
                out = _kg("export", "--store", str(store), "--format", "nq")
                with lock:
                    statuses[("kg export", out.returncode)] += 1
                    if out.returncode != 0:
                        failures.append(f"kg export: {out.stderr.strip()[:200]}")

        threads = [threading.Thread(target=reader, args=(n,)) for n in range(6)] + [threading.Thread(target=exporter)]
        for t in threads:
            t.start()
        try:
            for _ in range(INGESTS):
                result = _kg("ingest", str(articles), "--store", str(store))
                assert result.returncode == 0, result.stderr
        finally:
            writing.clear()
            for t in threads:
                t.join(120)
    finally:
        stop_server(server.process)
    print("\n" + ", ".join(f"{route} {status}: {n}" for (route, status), n in sorted(statuses.items())))
    assert not failures, "\n".join(failures[:8])
    assert sum(n for (route, status), n in statuses.items() if route != "kg export") > 100
