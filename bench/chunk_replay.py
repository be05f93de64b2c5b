"""One chunk's identity resolution and summary upkeep, replayed by any code on the same store: an in-process A/B
of kg/identity and kg/summary that the machine's load blurs less than a whole ingest does.

    .venv/bin/python bench/chunk_replay.py snap 1000 2 /tmp/snap   # ingest 1,000 generated articles (memory
        # store, chunks of 500); just before chunk 2's identity.resolve write /tmp/snap.nq and /tmp/snap.args
    PYTHONPATH=/tmp/base .venv/bin/python bench/chunk_replay.py replay /tmp/snap [--repeat 3] [--out /tmp/o.nq]
        # load the store, run that chunk's identity.resolve then summary.refresh_ingest (as kg.pipeline.ingest
        # does), print each one's CPU seconds (ms an article); --out: the store after the first pass, sorted
        # N-Quads (compare two codes' with cmp); --text: identity reads the articles from their N-Triples, as
        # an ingest into a store on disk does, not back from the store as a staged first import does

The snapshot is the staged first import's memory store (kg.pipeline._Staging) as that chunk found it, so the
replay resolves exactly what the ingest resolved. Each repeat starts again from the snapshot.
"""

from __future__ import annotations

import argparse
import os
import pickle
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))


def snap(n: int, k: int, out: str) -> None:
    import pyoxigraph as ox
    from corpus_gen import write_corpus

    from kg import identity, pipeline, summary
    from kg.store import Store

    folder = Path(tempfile.mkdtemp(prefix="kg-snap-")) / "corpus"
    write_corpus(folder, n)
    real_resolve, seen, saved = identity.resolve, [0], {}

    def resolve(store, documents, *, graphs=None):  # noqa: ANN001, ANN202
        seen[0] += 1
        if seen[0] == k:
            Path(out + ".nq").write_bytes(store.dump(ox.RdfFormat.N_QUADS))
            saved["resolve"] = ([(d.id, d.text) for d in documents], graphs)
        return real_resolve(store, documents, graphs=graphs)

    def refresh_ingest(store, graphs, *, fresh, before):  # noqa: ANN001, ANN202
        if seen[0] == k:
            Path(out + ".args").write_bytes(pickle.dumps((saved["resolve"], (graphs, fresh, before))))
            print(f"chunk {k}: {len(store):,} quads after identity; the store before it → {out}.nq", file=sys.stderr)
            raise SystemExit(0)
        return real_summary(store, graphs, fresh=fresh, before=before)

    real_summary = summary.refresh_ingest
    identity.resolve, summary.refresh_ingest = resolve, refresh_ingest
    # a memory store, so the whole import is 'staged' as the bench's first import into an empty store on disk is
    pipeline.ingest([folder], store=Store(None))


class _Doc:
    def __init__(self, doc_id: str, text: str) -> None:
        self.id, self.text = doc_id, text


def replay(snapshot: str, repeat: int, dump: str | None, text: bool) -> None:
    import pyoxigraph as ox

    from kg import identity, summary
    from kg.store import Store

    (docs, graphs_nt), (graphs, fresh, before) = pickle.loads(Path(snapshot + ".args").read_bytes())
    documents = [_Doc(i, t) for i, t in docs]
    if not text:  # a staged first import reads the articles back from the memory store (kg.pipeline.ingest)
        graphs_nt = None
    n = len(documents)
    for run in range(repeat):
        store = Store(None)
        store.bulk_load(Path(snapshot + ".nq"))
        load = os.getloadavg()[0]
        started = time.process_time()
        identity.resolve(store, documents, graphs=graphs_nt)
        mid = time.process_time()
        summary.refresh_ingest(store, graphs, fresh=fresh, before=before)
        done = time.process_time()
        print(f"{identity.__file__.rsplit('/kg/', 1)[0]} run {run + 1}: identity {mid - started:.2f} CPU-s "
              f"= {1000 * (mid - started) / n:.2f} ms an article; summaries {done - mid:.2f} CPU-s = "
              f"{1000 * (done - mid) / n:.2f} ms an article (load {load:.1f})", flush=True)
        if dump and run == 0:
            lines = store.dump(ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
            lines.sort()
            Path(dump).write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=("snap", "replay"))
    parser.add_argument("args", nargs="+")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--out")
    parser.add_argument("--text", action="store_true",
                        help="hand identity the articles' N-Triples, as an ingest into a store on disk does")
    a = parser.parse_args()
    if a.mode == "snap":
        snap(int(a.args[0]), int(a.args[1]), a.args[2])
    else:
        replay(a.args[0], a.repeat, a.out, a.text)
