"""Ingest a fixed set of articles into a fresh store and write the whole store as sorted N-Quads (speed work on
ingest: the same store before and after, byte for byte).

    PYTHONHASHSEED=0 .venv/bin/python bench/store_dump.py /tmp/store-before.nq [--generated 600]

Articles: bench/corpus_gen.py's generated corpus (two chunks of kg.pipeline.CHUNK at the default 600, so the
second chunk re-clusters against the first), then the seeds, ../shared/corpus and tests/data/*/ in a second
ingest (identity across ingests, re-ingest of nothing). The ingest time is fixed, so the dump is a function of
the code alone. Compare two dumps with `cmp`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--generated", type=int, default=600)
    args = parser.parse_args()
    import pyoxigraph as ox
    from corpus_gen import write_corpus

    from kg.pipeline import ingest
    from kg.store import Store

    real = [REPO / "data" / "articles", REPO.parent / "shared" / "corpus",
            *sorted(p for p in (REPO / "tests" / "data").iterdir() if p.is_dir())]
    with tempfile.TemporaryDirectory(prefix="kg-dump-") as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, args.generated)
        with Store(Path(tmp) / "store") as store:
            for batch in ([folder], [p for p in real if p.exists()]):
                report = ingest(batch, store=store, now=NOW)
                print(f"{report.documents} articles, {report.quads:,} quads, {len(report.rejected)} set aside")
            lines = store.dump(ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    lines.sort()
    Path(args.out).write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines):,} quads → {args.out}")


if __name__ == "__main__":
    main()
