"""Analyst questions at scale (issue 11 item 3): p50/p95 latency of parameterised questions on a big store,
embedded (kg.store.Store, read-only, in this process) and through the endpoint (a real ``kg serve``).

The questions are bench/queries/*.rq, each with its parameters as variables (?person, ?a ?b ?from ?to ...);
the linked-data page of the busiest person runs the queries kg/web/pages.py runs (embedded: ``describe_html``
in an app handed the store; endpoint: GET /id/... as HTML). Parameters are drawn from the store: the busiest
value (the worst case under a Zipf law) and ``--params - 1`` others at random (seeded), each run ``--repeat``
times after one warm-up. A client of the endpoint writes the values into the query text, so both modes run
that same text: each value is serialised by pyoxigraph (``str(term)``: an escaped IRI or typed literal) in
place of its variable.

    .venv/bin/python bench/bench_queries.py --store /tmp/kg-scale/store-1000000 [--no-endpoint]

Prints a Markdown table (p50 / p95 / busiest-case p50, ms) for BENCHMARKS.md; --json FILE keeps the raw figures.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.store import Store  # noqa: E402

QUERIES = ROOT / "bench" / "queries"
KG = "https://w3id.org/kg/ontology#"
XSD_DATE = ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")

# Where parameters come from: counted over a sample of the first SAMPLE matching rows (a full count at 10M quads
# takes minutes); under a Zipf law the busiest value of the sample is the busiest of the store.
SAMPLE = 50_000
FIND = {
    "person": f"""SELECT ?person (COUNT(*) AS ?n) WHERE {{
                    {{ SELECT ?person WHERE {{ GRAPH ?g {{ ?e <{KG}participant> ?person }} }} LIMIT {SAMPLE} }}
                  }} GROUP BY ?person ORDER BY DESC(?n)""",
    "country": f"""SELECT ?country (COUNT(*) AS ?n) WHERE {{
                     {{ SELECT ?country WHERE {{ GRAPH ?g {{ ?x <{KG}nationality> ?country }} }} LIMIT {SAMPLE} }}
                   }} GROUP BY ?country ORDER BY DESC(?n)""",
    "threat": f"""SELECT ?threat (COUNT(*) AS ?n) WHERE {{
                    {{ SELECT ?threat WHERE {{ GRAPH ?g {{ ?m <{KG}threat> ?threat ; <{KG}evidence> ?s }} }} LIMIT {SAMPLE} }}
                  }} GROUP BY ?threat ORDER BY DESC(?n)""",
    "pair": f"""SELECT ?a ?b (COUNT(*) AS ?n) WHERE {{
                  {{ SELECT ?a ?b WHERE {{ GRAPH ?g {{ ?x <{KG}party> ?a , ?b }} FILTER(STR(?a) < STR(?b)) }} LIMIT {SAMPLE} }}
                }} GROUP BY ?a ?b ORDER BY DESC(?n)""",
    "fact": f"""SELECT ?fact WHERE {{ GRAPH ?g {{ ?fact <{KG}evidence> ?s }} }} LIMIT 20000""",
}
ONE_YEAR = [("2025-01-01", "2026-01-01"), ("2024-01-01", "2025-01-01"), ("2026-01-01", "2027-01-01")]


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def draw(store: Store, key: str, n: int, rng: random.Random) -> list[tuple[ox.NamedNode, ...]]:
    """The busiest value of ``key`` and n - 1 others at random."""
    result = store.query(FIND[key])
    names = [v.value for v in result.variables if v.value != "n"]  # type: ignore[union-attr]
    rows = [tuple(r[v] for v in names) for r in result]  # type: ignore[union-attr]
    if not rows:
        return []
    if key == "fact":
        return rng.sample(rows, min(n, len(rows)))
    return [rows[0]] + rng.sample(rows[1:], min(n - 1, len(rows) - 1))


def parameters(store: Store, n: int) -> dict[str, list[dict[str, ox.NamedNode | ox.Literal]]]:
    """For each question, the parameter sets it is run with (the first is the busiest case)."""
    rng = random.Random(11)
    persons = draw(store, "person", n, rng)
    pairs = draw(store, "pair", n, rng)
    out: dict[str, list[dict[str, ox.NamedNode | ox.Literal]]] = {
        "person_meetings": [{"person": p} for (p,) in persons],
        "person_posts": [{"person": p} for (p,) in persons],
        "pair_agreements": [{"a": a, "b": b, "from": ox.Literal(f, datatype=XSD_DATE),
                             "to": ox.Literal(t, datatype=XSD_DATE)}
                            for i, (a, b) in enumerate(pairs) for f, t in [ONE_YEAR[i % len(ONE_YEAR)]]],
        "threat_statements": [{"threat": t} for (t,) in draw(store, "threat", n, rng)],
        "fact_evidence": [{"fact": f} for (f,) in draw(store, "fact", n, rng)],
        "country_network": [{"country": c} for (c,) in draw(store, "country", n, rng)],
    }
    out["person_page"] = [{"person": persons[0][0]}] if persons else []
    return out


def inline(sparql: str, values: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """The query as a client sends it: each parameter variable replaced by its value, serialised by pyoxigraph."""
    for name, term in values.items():
        sparql = re.sub(rf"[?$]{name}\b", lambda _: str(term), sparql)
    return sparql


def consume(result) -> int:
    if isinstance(result, ox.QuerySolutions):
        names = result.variables
        n = 0
        for row in result:
            for v in names:
                row[v]
            n += 1
        return n
    return 1


def timed(call: Callable[[], int], repeat: int) -> tuple[list[float], int, list[float]]:
    """Wall-clock seconds of each run, the rows of the last, and this process's CPU seconds of each run (the
    engine is single-threaded: on a busy machine CPU time is what an idle one would show as wall time)."""
    rows = call()  # warm-up
    wall, cpu = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        rows = call()
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
    return wall, rows, cpu


def embedded_page(store: Store, iri: str) -> Callable[[], int]:
    from kg.config import Settings
    from kg.web import create_app
    from kg.web.pages import describe_html

    app = create_app(Settings(store=store.path))
    app.extensions["kg.store"] = store  # the pages read this Store, as in tests and notebooks

    def call() -> int:
        with app.test_request_context("/"):
            d = describe_html(iri)
        return len(d.properties) + len(d.incoming) + len(d.evidence)

    return call


def run(store_path: Path, *, repeat: int, n_params: int, endpoint: bool, workers: int,
        queries: Path = QUERIES) -> dict:
    store = Store(store_path, read_only=True)
    quads = len(store)
    started = time.perf_counter()
    params = parameters(store, n_params)
    print(f"{store_path}: {quads:,} quads; parameters drawn in {time.perf_counter() - started:.1f} s",
          file=sys.stderr, flush=True)
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(queries.glob("*.rq"))}
    figures: dict = {"store": str(store_path), "quads": quads, "load_avg": [], "questions": {}}

    def record(mode: str, name: str, samples: list[tuple[list[float], int, list[float]]]) -> None:
        entry = figures["questions"].setdefault(name, {})
        flat = [s for times, _, _ in samples for s in times]
        cpu = [s for _, _, times in samples for s in times]
        entry[mode] = {"p50_ms": 1000 * statistics.median(flat), "p95_ms": 1000 * percentile(flat, 0.95),
                       "busiest_p50_ms": 1000 * statistics.median(samples[0][0]),
                       "cpu_p50_ms": 1000 * statistics.median(cpu),
                       "busiest_cpu_ms": 1000 * statistics.median(samples[0][2]),
                       "rows": [rows for _, rows, _ in samples], "runs": len(flat)}
        figures["load_avg"].append(os.getloadavg()[0])
        m = entry[mode]
        print(f"  {mode:8} {name:18} p50 {m['p50_ms']:8.1f} ms  p95 {m['p95_ms']:8.1f} ms  busiest "
              f"{m['busiest_p50_ms']:8.1f} ms  cpu p50 {m['cpu_p50_ms']:7.1f} busiest {m['busiest_cpu_ms']:7.1f}  "
              f"rows {m['rows'][:3]}", file=sys.stderr, flush=True)

    for name, text in texts.items():
        record("embedded", name, [timed(lambda q=inline(text, v): consume(store.query(q)), repeat)
                                  for v in params[name]])
    person = params["person_page"][0]["person"].value
    record("embedded", "person_page", [timed(embedded_page(store, person), repeat)])
    store.close()
    if endpoint:
        from kg.web.server import launch, stop

        proc, url = launch(store_path, workers=workers, timeout=60)
        session = requests.Session()

        def post(q: str) -> int:
            r = session.post(url + "/sparql", data={"query": q},
                             headers={"Accept": "application/sparql-results+json"}, timeout=120)
            r.raise_for_status()
            return len(r.json()["results"]["bindings"])

        def page(path: str) -> int:
            r = session.get(url + path, headers={"Accept": "text/html"}, timeout=120)
            r.raise_for_status()
            return 1

        try:
            for name, text in texts.items():
                record("endpoint", name, [timed(lambda q=inline(text, v): post(q), repeat) for v in params[name]])
            record("endpoint", "person_page",
                   [timed(lambda: page("/id/" + person.removeprefix("https://w3id.org/kg/id/")), repeat)])
        finally:
            stop(proc)
    return figures


def markdown(figures: list[dict]) -> str:
    lines = ["| question | quads | embedded p50 / p95 ms | busiest ms | embedded CPU p50 / busiest ms | "
             "endpoint p50 / p95 ms | busiest ms | load avg |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for f in figures:
        load = f"{min(f['load_avg']):.1f}–{max(f['load_avg']):.1f}" if f["load_avg"] else "–"
        for name, modes in f["questions"].items():
            cells = []
            for mode in ("embedded", "endpoint"):
                m = modes.get(mode)
                cells += ([f"{m['p50_ms']:,.1f} / {m['p95_ms']:,.1f}", f"{m['busiest_p50_ms']:,.1f}"] if m
                          else ["–", "–"])
                if mode == "embedded":
                    cells.append(f"{m['cpu_p50_ms']:,.1f} / {m['busiest_cpu_ms']:,.1f}" if m else "–")
            lines.append(f"| {name} | {f['quads']:,} | {' | '.join(cells)} | {load} |")
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--store", type=Path, nargs="+", required=True)
    ap.add_argument("--repeat", type=int, default=5, help="timed runs per parameter set (after one warm-up)")
    ap.add_argument("--params", type=int, default=10, help="parameter sets per question (busiest + random)")
    ap.add_argument("--no-endpoint", action="store_true")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--queries", type=Path, default=QUERIES,
                    help="folder of the questions (default bench/queries; another for a before/after comparison)")
    args = ap.parse_args()
    figures = [run(p, repeat=args.repeat, n_params=args.params, endpoint=not args.no_endpoint,
                   workers=args.workers, queries=args.queries) for p in args.store]
    if args.json:
        args.json.write_text(json.dumps(figures, indent=1))
    print(markdown(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
