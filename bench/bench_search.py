"""Search index: time to read it from a store of N synthetic articles (bench/gen_graph.py), and per look-up.

    .venv/bin/python bench/bench_search.py --articles 10000

Prints the build time of the index (done once per server worker after each write to the store), its size, and
the median and worst time of look-ups for prefixes of real labels. Numbers go to the report / BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from flask import Flask

from kg.store import Store

import synthetic  # bench/synthetic.py



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=500)
    args = parser.parse_args()

    from kg.reason import load_ontology
    from kg.web import search

    store = Store(None)
    store.bulk_load(synthetic.nquads(args.articles))
    ontology = load_ontology().serialize(format="nt")
    store.replace_graphs({"https://w3id.org/kg/graph/ontology": ontology})
    app = Flask(__name__)
    app.extensions["kg.store"] = store
    with app.test_request_context():
        started, cpu = time.perf_counter(), time.process_time()
        index = search.read_index()
        built, built_cpu = time.perf_counter() - started, time.process_time() - cpu
        labels = [e.label for e in index.entries.values()]
        rng = random.Random(7)
        queries = [label[: rng.randint(2, max(2, len(label)))] for label in rng.choices(labels, k=args.lookups)]
        times = []
        for q in queries:
            t = time.process_time()  # CPU time: the machine is shared, wall time measures the neighbours
            index.search(q, limit=20)
            times.append(time.process_time() - t)
    print(f"articles={args.articles} quads={len(store)} entries={len(index.entries)} words={len(index.words)}")
    print(f"index build: {built:.2f}s wall, {built_cpu:.2f}s CPU")
    print(f"look-up (CPU time): median {statistics.median(times) * 1000:.2f} ms, p95 "
          f"{sorted(times)[int(len(times) * 0.95)] * 1000:.2f} ms, max {max(times) * 1000:.2f} ms "
          f"over {len(times)} prefixes of labels")


if __name__ == "__main__":
    main()
