"""Store size and ingest memory (issue 11 items 2 and 5): ingest N generated articles (bench/corpus_gen.py)
through ``kg.pipeline.ingest`` — the same code path as ``kg ingest`` — into a fresh store under /tmp, then
report bytes per quad on disk and the peak RSS of the ingesting process and of its extraction workers.

    .venv/bin/python bench/bench_store.py --articles 1000 3000 [--bulk] [--chunk 500] [--compact]

Each size runs in a child process of its own, so each peak RSS is that ingest's alone. ``--bulk`` is the first-
import path (``kg ingest --bulk``). Prints one Markdown row per size.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def one(n: int, folder: Path, *, bulk: bool, chunk: int, compacting: bool = False) -> dict:
    """In a child process: write the corpus, ingest it, measure."""
    from corpus_gen import write_corpus

    from kg import compact, pipeline
    from kg.store import Store

    corpus, store_dir = folder / f"corpus-{n}", folder / f"store-{n}{'-bulk' if bulk else ''}"
    if not corpus.exists():
        write_corpus(corpus, n)
    shutil.rmtree(store_dir, ignore_errors=True)
    pipeline.CHUNK = chunk
    if compacting:  # measured separately below, on the store the ingest left
        compact.AUTO_MIN_ARTICLES = 10**12
    started = time.perf_counter()
    with Store(store_dir) as store:
        report = pipeline.ingest([corpus], store=store, bulk=bulk)
        quads = len(store)
    seconds = time.perf_counter() - started
    out = {"articles": report.documents, "quads": quads, "seconds": seconds, "bytes": du(store_dir),
           "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
           "workers_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
           "load1": os.getloadavg()[0]}
    if compacting:
        cpu, wall = time.process_time(), time.perf_counter()
        with Store(store_dir) as store:
            done = store.compact()
        out.update(compacted_bytes=du(store_dir), compact_cpu=time.process_time() - cpu,
                   compact_wall=time.perf_counter() - wall, compact_quads=done.quads,
                   compact_load1=os.getloadavg()[0])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000])
    ap.add_argument("--bulk", action="store_true", help="the first-import path (kg ingest --bulk)")
    ap.add_argument("--chunk", type=int, default=500, help="articles per chunk (kg.pipeline.CHUNK)")
    ap.add_argument("--compact", action="store_true",
                    help="no automatic compaction in the ingest; then 'kg compact' the store it left, timed")
    ap.add_argument("--dir", type=Path, default=Path("/tmp/kg-bench-store"))
    ap.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    if args.child:
        print(json.dumps(one(args.articles[0], args.dir, bulk=args.bulk, chunk=args.chunk, compacting=args.compact)))
        return
    print("| articles | path | chunk | quads | ingest s | articles/s | store MiB | B/quad | peak RSS MB (main / worker) | load avg |")
    print("|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.articles:
        command = [sys.executable, __file__, "--child", "--articles", str(n), "--chunk", str(args.chunk),
                   "--dir", str(args.dir)] + (["--bulk"] if args.bulk else []) + (["--compact"] if args.compact else [])
        f = json.loads(subprocess.run(command, check=True, capture_output=True, text=True).stdout)
        print(f"| {f['articles']:,} | {'bulk' if args.bulk else 'transactions'} | {args.chunk} | {f['quads']:,} | "
              f"{f['seconds']:.0f} | {f['articles'] / f['seconds']:.1f} | {f['bytes'] / 2**20:,.1f} | "
              f"{f['bytes'] / f['quads']:.0f} | {f['rss_mb']:,.0f} / {f['workers_rss_mb']:,.0f} | {f['load1']:.1f} |",
              flush=True)
        if args.compact:
            print(f"|  | then `kg compact` | | {f['compact_quads']:,} | {f['compact_wall']:.1f} ({f['compact_cpu']:.1f} "
                  f"CPU-s) | | {f['compacted_bytes'] / 2**20:,.1f} | {f['compacted_bytes'] / f['quads']:.0f} | | "
                  f"{f['compact_load1']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
