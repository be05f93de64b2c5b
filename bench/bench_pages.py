"""Entity pages: time to render the HTML page (summary, properties, incoming links, evidence) of the busiest
resources of each kind, on N synthetic articles (bench/gen_graph.py) plus the seed articles (which carry the
cross-report identity graphs the synthetic ones lack).

    .venv/bin/python bench/bench_pages.py --articles 10000

In-process (Flask test client on an app handed the Store), so the figures are the page's own cost, not HTTP's.
Prints median and worst of ``--repeat`` renders per page. Run it on another checkout (PYTHONPATH=that/checkout)
to compare. Numbers go to BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from flask import Flask

from kg.store import Store

import synthetic  # bench/synthetic.py

HERE = Path(__file__).resolve().parent

# the busiest resource of each kind: most article graphs naming it
BUSIEST = """
PREFIX kg: <https://w3id.org/kg/ontology#>
SELECT ?t ?s (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s a ?t } } GROUP BY ?t ?s ORDER BY DESC(?n) ?s LIMIT 1
"""


def busiest(store: Store, kind: str) -> str:
    import pyoxigraph as ox

    rows = list(store.query(BUSIEST, bindings={"t": ox.NamedNode("https://w3id.org/kg/ontology#" + kind)}))
    return rows[0]["s"].value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()

    from kg.pipeline import ingest
    from kg.web import pages, ui

    store = Store(None)
    t0 = time.perf_counter()
    store.bulk_load(synthetic.nquads(args.articles))
    ingest(sorted((HERE.parent / "data" / "articles").glob("*.txt")), store=store)
    print(f"{args.articles} synthetic articles + seeds loaded in {time.perf_counter() - t0:.1f} s")

    app = Flask(__name__)
    app.extensions["kg.store"] = store
    for bp in (ui.bp, pages.bp):
        app.register_blueprint(bp)
    try:
        from kg.web import terms
        app.register_blueprint(terms.bp)
    except ImportError:  # a checkout before the vocabulary pages
        pass
    client = app.test_client()
    targets = {
        "person (busiest)": busiest(store, "Person"),
        "country (busiest)": busiest(store, "Country"),
        "document": busiest(store, "Document"),
        "meeting (busiest)": busiest(store, "Meeting"),
        "agreement": busiest(store, "Agreement"),
    }
    print(f"| page | resource | p50 ms | max ms | bytes |\n|---|---|---:|---:|---:|")
    for name, iri in targets.items():
        path = "/id/" + iri.split("/id/", 1)[1]
        times, size = [], 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            r = client.get(path, headers={"Accept": "text/html"})
            times.append((time.perf_counter() - t) * 1000)
            assert r.status_code == 200, (path, r.status_code)
            size = len(r.data)
        print(f"| {name} | `{path}` | {statistics.median(times):.0f} | {max(times):.0f} | {size:,} |")


if __name__ == "__main__":
    main()
