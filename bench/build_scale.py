"""Build a big store the bulk way, for the scale benchmarks (issue 11 item 5): generate N-Quads shaped like
ours (bench/gen_graph.py: one named graph per article, Zipf-reused persons, countries and places) and load them
with ``kg.store.Store.bulk_load`` into an empty store, streaming from the file, then build the entity summaries
(kg/summary.py, as ``kg summarize`` does). Prints one Markdown row: articles, quads, generation, load and summary
time, store size and bytes per quad, peak RSS of the loading process.

    .venv/bin/python bench/build_scale.py --quads 10000000 --dir /tmp/kg-scale

The store lands in <dir>/store-<quads>; <dir>/store-<quads>/LOADED marks it done (a later run reuses it). Big
stores belong under /tmp, never in the repository.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def load(store_dir: Path, nq: Path) -> dict:
    """In this process (run as a child, so its peak RSS is its own): bulk load, then count."""
    from kg import summary
    from kg.pipeline import ensure_ontology
    from kg.store import Store

    started = time.perf_counter()
    with Store(store_dir) as store:
        store.bulk_load(nq)
        ensure_ontology(store)  # status and threat labels, as every real store has them
        seconds = time.perf_counter() - started
        articles_quads = len(store)
        started, cpu = time.perf_counter(), time.process_time()
        summary.rebuild(store)  # the entity summaries ingest keeps (kg summarize)
        summary_s, summary_cpu = time.perf_counter() - started, time.process_time() - cpu
        store.optimize()
        quads = len(store)
    return {"quads": quads, "load_s": seconds, "article_quads": articles_quads, "summary_s": summary_s,
            "summary_cpu_s": summary_cpu,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}


def build(quads: int, folder: Path, *, persons: int) -> dict:
    store_dir = folder / f"store-{quads}"
    done = store_dir / "LOADED"
    if done.exists():
        return json.loads(done.read_text())
    folder.mkdir(parents=True, exist_ok=True)
    nq = folder / f"graph-{quads}.nq"
    started = time.perf_counter()
    gen = subprocess.run([sys.executable, str(ROOT / "bench/gen_graph.py"), "--quads", str(quads),
                          "--persons", str(persons), "--out", str(nq)], check=True, capture_output=True, text=True)
    gen_s = time.perf_counter() - started
    articles = int(gen.stderr.split(" quads in ")[1].split()[0])
    subprocess.run(["rm", "-rf", str(store_dir)], check=True)
    child = subprocess.run([sys.executable, __file__, "--load-only", str(store_dir), str(nq)],
                           check=True, capture_output=True, text=True)
    figures = json.loads(child.stdout)
    nq.unlink()
    figures.update(articles=articles, gen_s=gen_s, bytes=du(store_dir), load1=os.getloadavg()[0])
    done.write_text(json.dumps(figures))
    return figures


def main() -> None:
    if len(sys.argv) == 4 and sys.argv[1] == "--load-only":
        print(json.dumps(load(Path(sys.argv[2]), Path(sys.argv[3]))))
        return
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quads", type=int, nargs="+", default=[1_000_000, 10_000_000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/kg-scale"))
    ap.add_argument("--persons", type=int, default=20_000, help="person pool, Zipf-reused (gen_graph)")
    args = ap.parse_args()
    print("| articles | quads (articles + summaries) | generate s | bulk load s | summaries s (CPU) | store MiB | B/quad | "
          "peak RSS (load) MB | load avg |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n in args.quads:
        f = build(n, args.dir, persons=args.persons)
        print(f"| {f['articles']:,} | {f.get('article_quads', f['quads']):,} + "
              f"{f['quads'] - f.get('article_quads', f['quads']):,} | {f['gen_s']:.0f} | {f['load_s']:.0f} | "
              f"{f.get('summary_s', 0):.0f} ({f.get('summary_cpu_s', 0):.0f}) | "
              f"{f['bytes'] / 2**20:,.0f} | {f['bytes'] / f['quads']:.0f} | {f['peak_rss_mb']:,.0f} | "
              f"{f['load1']:.1f} |", flush=True)


if __name__ == "__main__":
    main()
