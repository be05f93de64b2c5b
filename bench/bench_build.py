"""Build time and store size: `kg build` on data/articles, and full ingest throughput on a generated corpus.

    .venv/bin/python bench/bench_build.py [--articles 1000]

Full ingest = read → extract → build → reason → validate (pyshacl) → store (on disk), the same code path as
`kg ingest`. Prints a Markdown table for BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def bench_seeds(tmp: Path) -> tuple[float, int, int]:
    store = tmp / "seeds-store"
    started = time.perf_counter()
    subprocess.run([str(REPO / ".venv/bin/kg"), "build", "--store", str(store)], check=True, cwd=REPO,
                   capture_output=True)
    elapsed = time.perf_counter() - started
    from kg.store import Store

    with Store(store, read_only=True) as s:
        quads = len(s)
    return elapsed, quads, du(store)


def bench_corpus(tmp: Path, n: int) -> tuple[float, float, int, int]:
    from corpus_gen import write_corpus  # bench/corpus_gen.py

    from kg.pipeline import ingest
    from kg.store import Store

    folder = tmp / "corpus"
    write_corpus(folder, n)
    store = Store(tmp / "gen-store")
    ingest([folder], store=store)  # warm-up: imports, ontology closure, shapes (then replaced below)
    started = time.perf_counter()
    ingest([folder], store=store)
    elapsed = time.perf_counter() - started
    quads = len(store)
    store.close()
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return elapsed, peak_mb, quads, du(tmp / "gen-store")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    try:
        seconds, quads, size = bench_seeds(tmp)
        print("| measure | value |\n|---|---|")
        print(f"| `kg build` on data/articles (2 articles, cold process) | {seconds:.2f} s |")
        print(f"| quads in store after build | {quads:,} |")
        print(f"| store size on disk | {size / 1024:.0f} KiB |")
        seconds, peak_mb, quads, size = bench_corpus(tmp, args.articles)
        print(f"| full ingest of {args.articles:,} generated articles (warm; extraction in one process per core) | {seconds:.1f} s = "
              f"{args.articles / seconds:.0f} articles/s |")
        print(f"| quads after generated ingest | {quads:,} |")
        print(f"| store size on disk (generated) | {size / 1024 / 1024:.1f} MiB |")
        print(f"| peak RSS | {peak_mb:.0f} MB |")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
