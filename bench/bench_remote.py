"""Beyond one machine (issue 12): the same generated corpus on the embedded store and on Virtuoso.

    .venv/bin/python bench/bench_remote.py --articles 1000

1. extraction throughput of ``kg extract`` on a Dask LocalCluster of 1, then 2 worker processes (the scaling
   factor; each run includes starting the cluster, as a user's run does);
2. ``kg load`` of the 2-worker shards into a fresh embedded store (Oxigraph's bulk loader) and into a fresh
   Virtuoso (Graph Store PUT per graph), timed apart from the identity pass that follows;
3. bytes on disk of each after the load (Virtuoso after a checkpoint);
4. the analyst query set (ontology/queries/*.rq) on each: p50 of 5 runs after a warm-up, per query.

Virtuoso is started by tests/virtuoso_support.py (its own ports and database folder), with 2 GB of buffers.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent / "tests")]

from corpus_gen import write_corpus  # noqa: E402
import virtuoso_support  # noqa: E402

from kg import identity  # noqa: E402
from kg.bulk import extract  # noqa: E402
from kg.config import QUERIES_DIR  # noqa: E402
from kg.remote import RemoteLocation, RemoteStore  # noqa: E402
from kg.store import Store  # noqa: E402

AT = dt.datetime(2026, 2, 9, tzinfo=dt.timezone.utc)


def _du(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file())


def _load(store, shards: Path) -> tuple[float, float, int]:
    """(seconds loading, seconds resolving identity, quads) — kg.bulk.load, timed in its two parts."""
    import pyoxigraph as ox

    files = sorted(shards.glob("*.nq"))
    ids: set[str] = set()
    started = time.perf_counter()
    for f in files:
        data = f.read_bytes()
        store.load_nquads(data)
        ids |= {q.graph_name.value.rsplit("/", 1)[1] for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)
                if q.graph_name.value.startswith("https://w3id.org/kg/graph/")
                and not q.graph_name.value.endswith(("/inferred", "/ontology"))}
    loaded = time.perf_counter()
    identity.resolve_stored(store, sorted(ids))
    store.optimize()
    store.flush()
    return loaded - started, time.perf_counter() - loaded, len(store)


def _p50s(store, runs: int = 5) -> dict[str, float]:
    out = {}
    for q in sorted(QUERIES_DIR.glob("*.rq")):
        text = q.read_text(encoding="utf-8")
        list(store.query(text))  # warm-up
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            list(store.query(text))
            times.append(time.perf_counter() - started)
        out[q.stem] = statistics.median(times) * 1000
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--shard-size", type=int, default=50)
    ap.add_argument("--workers", default="1,2", help="Dask worker counts to measure extraction with")
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kg-bench-remote-"))
    try:
        corpus = work / "corpus"
        write_corpus(corpus, args.articles)
        rates = {}
        counts = [int(w) for w in args.workers.split(",")]
        for workers in counts:
            out = work / f"shards-{workers}"
            started = time.perf_counter()
            report = extract([corpus], out, workers=workers, shard_size=args.shard_size, now=AT)
            seconds = time.perf_counter() - started
            rates[workers] = report.documents / seconds
            print(f"extract, {workers} Dask worker(s): {report.documents} articles in {seconds:.1f} s = "
                  f"{rates[workers]:.1f} articles/s ({report.shards} shards)", flush=True)
        if len(counts) > 1:
            print(f"scaling factor {counts[0]} → {counts[-1]} workers: {rates[counts[-1]] / rates[counts[0]]:.2f}x",
                  flush=True)
        shards = work / f"shards-{counts[-1]}"
        shard_bytes = _du(shards)

        embedded = Store(work / "embedded")
        load_s, resolve_s, quads = _load(embedded, shards)
        emb = {"load": load_s, "resolve": resolve_s, "quads": quads}
        emb_p50 = _p50s(embedded)
        embedded.close()
        emb["bytes"] = _du(work / "embedded")

        server = virtuoso_support.start(work / "virtuoso", memory_mb=2048)
        try:
            remote = RemoteStore(RemoteLocation.parse(server.url, user="dba", password=server.password))
            load_s, resolve_s, quads = _load(remote, shards)
            vir = {"load": load_s, "resolve": resolve_s, "quads": quads}
            vir_p50 = _p50s(remote)
            server.isql("checkpoint;")
            vir["bytes"] = server.disk_bytes()
        finally:
            server.stop()

        print(f"\ncorpus: {args.articles} generated articles, {emb['quads']:,} quads, shards {shard_bytes / 1e6:.1f} MB")
        print("| | embedded (Oxigraph) | Virtuoso 7.2 |\n|---|---|---|")
        for name, key in (("quads", "quads"),):
            print(f"| {name} | {emb[key]:,} | {vir[key]:,} |")
        print(f"| load (bulk loader / Graph Store PUT) | {emb['load']:.1f} s = {emb['quads'] / emb['load']:,.0f} quads/s "
              f"| {vir['load']:.1f} s = {vir['quads'] / vir['load']:,.0f} quads/s |")
        print(f"| identity pass after the load | {emb['resolve']:.1f} s | {vir['resolve']:.1f} s |")
        print(f"| bytes on disk | {emb['bytes'] / 1e6:.0f} MB | {vir['bytes'] / 1e6:.0f} MB |")
        for q in emb_p50:
            print(f"| p50 {q}.rq | {emb_p50[q]:.1f} ms | {vir_p50[q]:.1f} ms |")
        print(f"| p50, median over the queries | {statistics.median(emb_p50.values()):.1f} ms "
              f"| {statistics.median(vir_p50.values()):.1f} ms |")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
