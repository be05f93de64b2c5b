"""Build time and store size: `kg build` on data/articles, and full ingest throughput on a generated corpus.

    .venv/bin/python bench/bench_build.py [--articles 1000,10000]

Full ingest = read → extract → build → reason → validate (compiled shapes) → store (on disk) → identity, the
same code path as `kg ingest`, into a fresh store. Prints a Markdown table for BENCHMARKS.md, with CPU seconds
of every process (bench/cpu_meter.py) beside the wall clock, and the load average: the machine is shared.
"""

from __future__ import annotations

import argparse
import os
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


def bench_corpus(tmp: Path, n: int) -> dict:
    """First ingest of ``n`` generated articles into a fresh store, after a warm-up on another store (imports,
    shapes, closure table, pool start-up are not the corpus's cost)."""
    from corpus_gen import write_corpus  # bench/corpus_gen.py
    from cpu_meter import CpuMeter

    from kg.pipeline import ingest
    from kg.store import Store

    folder = tmp / f"corpus-{n}"
    write_corpus(folder, n)
    warm = tmp / "warm"
    write_corpus(warm, 40, seed=3)
    with Store(tmp / "warm-store") as store:
        ingest([warm], store=store)
    marks: dict[str, float] = {}

    def progress(stage: str, done: int, total: int) -> None:
        marks[stage] = time.perf_counter()

    load_before = os.getloadavg()
    store = Store(tmp / f"gen-store-{n}")
    chunks: list[dict] = []
    restore = _per_chunk(chunks, lambda: sum(cpu.seen.values()) - sum(cpu._before.values()))
    with CpuMeter() as cpu:
        started, main_cpu = time.perf_counter(), time.process_time()
        ingest([folder], store=store, progress=progress)
        elapsed, main_cpu = time.perf_counter() - started, time.process_time() - main_cpu
    restore()
    quads = len(store)
    store.close()
    stages, last = [], started
    for stage, at in marks.items():
        stages.append(f"{stage} {at - last:.0f} s")
        last = at
    stages.append(f"identity + flush {started + elapsed - last:.0f} s")
    return {"n": n, "seconds": elapsed, "cpu": cpu.seconds, "main_cpu": main_cpu, "quads": quads, "bytes": du(tmp / f"gen-store-{n}"),
            "load": (load_before, os.getloadavg()), "stages": ", ".join(stages),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "chunks": chunks}


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _per_chunk(chunks: list[dict], pool_cpu) -> callable:  # noqa: ANN001
    """Time each chunk's identity resolution and summary upkeep (main-process CPU), the main process's and the
    pool's CPU per chunk, and the main process's RSS after it: work proportional to the new articles shows as
    flat rows. Wraps kg.identity.resolve and the summary call ingest makes (refresh_ingest, else refresh)."""
    from kg import identity, summary

    name = "refresh_ingest" if hasattr(summary, "refresh_ingest") else "refresh"
    resolve, upkeep = identity.resolve, getattr(summary, name)
    state = {"main": time.process_time(), "pool": 0.0, "identity": 0.0}

    def timed_resolve(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        t = time.process_time()
        try:
            return resolve(*args, **kwargs)
        finally:
            state["identity"] = time.process_time() - t

    def timed_upkeep(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        t = time.process_time()
        try:
            return upkeep(*args, **kwargs)
        finally:
            now, pool = time.process_time(), pool_cpu()
            chunks.append({"main": now - state["main"], "identity": state["identity"], "summary": now - t,
                           "pool": pool - state["pool"], "rss": _rss_mb()})
            c = chunks[-1]
            print(f"chunk {len(chunks)}: main {c['main']:.1f} CPU-s (identity {c['identity']:.1f}, summaries "
                  f"{c['summary']:.1f}), pool {c['pool']:.1f}, RSS {c['rss']:.0f} MB, load {os.getloadavg()[0]:.1f}",
                  file=sys.stderr, flush=True)
            state["main"], state["pool"] = now, pool

    identity.resolve = timed_resolve
    setattr(summary, name, timed_upkeep)

    def restore() -> None:
        identity.resolve = resolve
        setattr(summary, name, upkeep)
    return restore


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", default="1000", help="corpus sizes, comma-separated (e.g. 1000,10000)")
    parser.add_argument("--no-seeds", action="store_true", help="skip `kg build` on data/articles")
    parser.add_argument("--chunks", action="store_true", help="also a row per chunk of the ingest (CPU, RSS)")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-"))
    cores = os.cpu_count() or 1
    try:
        print(f"Measured {time.strftime('%Y-%m-%d %H:%M')} UTC, {cores} cores. Reproduce: "
              f"`.venv/bin/python bench/bench_build.py --articles {args.articles}`\n")
        print("| measure | value |\n|---|---|")
        if not args.no_seeds:
            seconds, quads, size = bench_seeds(tmp)
            print(f"| `kg build` on data/articles (2 articles, cold process) | {seconds:.2f} s |")
            print(f"| quads in store after build | {quads:,} |")
            print(f"| store size on disk | {size / 1024:.0f} KiB |")
        for n in (int(x) for x in args.articles.split(",")):
            r = bench_corpus(tmp, n)
            wall = n / r["seconds"]
            print(f"| full ingest of {n:,} generated articles, first import (read → extract → build → reason → "
                  f"validate → store → identity) | {r['seconds']:.1f} s wall = {wall:.1f} articles/s "
                  f"({wall / cores:.1f} per core by wall clock) |")
            print(f"| same, CPU time of every process (main + extraction pool) | {r['cpu']:.1f} CPU-s = "
                  f"**{n / r['cpu']:.1f} articles per CPU-second (per core)** |")
            print(f"| of which the main process (store writes, identity, summaries, compaction) | "
                  f"{r['main_cpu']:.1f} CPU-s; the extraction pool {r['cpu'] - r['main_cpu']:.1f} CPU-s |")
            print(f"| load average (1/5/15 min) before → after | {'/'.join(f'{x:.1f}' for x in r['load'][0])} → "
                  f"{'/'.join(f'{x:.1f}' for x in r['load'][1])} |")
            print(f"| stages (wall) | {r['stages']} |")
            print(f"| quads; store size on disk | {r['quads']:,}; {r['bytes'] / 1024 / 1024:.1f} MiB |")
            print(f"| peak RSS of the main process | {r['peak_mb']:.0f} MB |", flush=True)
            if args.chunks:
                print("\n| chunk | main CPU-s | of which identity | of which summaries | pool CPU-s | "
                      "RSS after, MB |\n|---:|---:|---:|---:|---:|---:|")
                for i, c in enumerate(r["chunks"], 1):
                    print(f"| {i} | {c['main']:.1f} | {c['identity']:.1f} | {c['summary']:.1f} | {c['pool']:.1f} | "
                          f"{c['rss']:.0f} |")
                print(flush=True)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
