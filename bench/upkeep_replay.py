"""One chunk's summary upkeep, replayed by any code on the same store: an A/B of kg.summary that the machine's
load does not blur the way a whole --chunks run does.

    .venv/bin/python bench/upkeep_replay.py snap 2000 4 /tmp/snap   # ingest 2,000 generated articles (memory
        # store, chunks of 500); just before chunk 4's summary upkeep write /tmp/snap.nq and /tmp/snap.args
    PYTHONPATH=/tmp/base .venv/bin/python bench/upkeep_replay.py replay /tmp/snap [/tmp/out.nq]
        # load the store, run that upkeep (summary.refresh_ingest), print its CPU seconds; optionally dump the
        # store after it (compare two codes' dumps sorted: `LC_ALL=C sort out.nq | sha1sum`)
"""

from __future__ import annotations

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

    from kg import summary
    from kg.pipeline import ingest
    from kg.store import Store

    folder = Path(tempfile.mkdtemp(prefix="kg-snap-")) / "corpus"
    write_corpus(folder, n)
    real, seen = summary.refresh_ingest, [0]

    def stop_before(store, graphs, *, fresh, before):  # noqa: ANN001, ANN202
        seen[0] += 1
        if seen[0] < k:
            return real(store, graphs, fresh=fresh, before=before)
        Path(out + ".nq").write_bytes(store.dump(ox.RdfFormat.N_QUADS))
        Path(out + ".args").write_bytes(pickle.dumps((graphs, fresh, before)))
        print(f"chunk {k}: {len(store):,} quads → {out}.nq", file=sys.stderr)
        raise SystemExit(0)

    summary.refresh_ingest = stop_before
    ingest([folder], store=Store(None))


def replay(snapshot: str, dump: str | None) -> None:
    import pyoxigraph as ox

    from kg import summary
    from kg.store import Store

    store = Store(None)
    store.bulk_load(Path(snapshot + ".nq"))
    graphs, fresh, before = pickle.loads(Path(snapshot + ".args").read_bytes())
    started = time.process_time()
    summary.refresh_ingest(store, graphs, fresh=fresh, before=before)
    cpu = time.process_time() - started
    print(f"{summary.__file__}: {cpu:.2f} CPU-s, load {os.getloadavg()[0]:.1f}", flush=True)
    if dump:
        Path(dump).write_bytes(store.dump(ox.RdfFormat.N_QUADS))


if __name__ == "__main__":
    if sys.argv[1] == "snap":
        snap(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4])
    else:
        replay(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None)
