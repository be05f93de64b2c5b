"""The main process's CPU of a first import by stage, without a profiler: pipeline's callees wrapped in
process_time counters (the pool's work is not in it; bench/profile_pool.py times that).

    .venv/bin/python bench/profile_main.py [--articles 1000]

The corpus is bench/corpus_gen.py's, ingested into a fresh store on disk (staged in memory, landed in one bulk
load: kg.pipeline._Staging), as bench/bench_build.py does. CPU-s and ms an article per stage; what no wrapper
holds (the chunk loop, flush, garbage collection) is the difference to the total.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    from corpus_gen import write_corpus

    from kg import pipeline, summary
    from kg.store import Store

    resolve = importlib.import_module("kg.identity.resolve")  # (kg.identity.resolve is also a function's name)
    spent: dict[str, float] = {}

    def wrap(owner, name: str, label: str) -> None:
        inner = getattr(owner, name)

        def timed(*a, **k):
            started = time.process_time()
            try:
                return inner(*a, **k)
            finally:
                spent[label] = spent.get(label, 0.0) + time.process_time() - started

        setattr(owner, name, timed)

    for owner, name, label in (
            (pipeline, "_prepare_all", "handing articles to the pool"), (pipeline, "_load_all", "reading files"),
            (resolve, "document_keys", "identity: keys (MinHash, block keys)"),
            (resolve, "_add_or_replace", "identity: writing the keys"), (resolve, "_reports", "identity: reports"),
            (resolve, "_persons", "identity: persons"), (resolve, "_resolve_kind", "identity: events + agreements"),
            (resolve, "_denials", "identity: denials"), (summary, "refresh_ingest", "summaries"),
            (Store, "load_new_graphs", "article graphs into the staged store"),
            (Store, "land", "landing (one bulk load to disk)")):
        wrap(owner, name, label)
    n = args.articles
    with tempfile.TemporaryDirectory(prefix="kg-main-") as tmp:
        write_corpus(Path(tmp) / "corpus", n)
        with Store(Path(tmp) / "store") as store:
            load = os.getloadavg()[0]
            started = time.process_time()
            pipeline.ingest([Path(tmp) / "corpus"], store=store)
            total = time.process_time() - started
    print(f"main process: {total:.1f} CPU-s for {n} articles = {1000 * total / n:.1f} ms an article "
          f"(load {load:.1f} → {os.getloadavg()[0]:.1f})")
    for label, cpu in sorted(spent.items(), key=lambda kv: -kv[1]):
        print(f"{label:>40}: {cpu:6.2f} CPU-s = {1000 * cpu / n:5.1f} ms an article")
    rest = total - sum(spent.values())
    print(f"{'the rest':>40}: {rest:6.2f} CPU-s = {1000 * rest / n:5.1f} ms an article")


if __name__ == "__main__":
    main()
