"""Profile a whole ingest in one process with a CPU-time clock (the pool's half and the main process's half).

    .venv/bin/python bench/profile_ingest.py --articles 300 [--out /tmp/ingest.prof] [--top 40] [--pool]

The extraction pool is switched off (kg.pipeline.PARALLEL_FROM raised) so cProfile sees every stage (with
``--pool`` it stays on and the profile is the main process's half: store writes, identity, compaction); the
corpus is bench/corpus_gen.py's, written to a temporary folder, ingested into a fresh store.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--out", default="/tmp/ingest.prof")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--pool", action="store_true", help="keep the extraction pool: profile the main process")
    args = parser.parse_args()
    from corpus_gen import write_corpus

    from kg import pipeline
    from kg.store import Store

    if not args.pool:
        pipeline.PARALLEL_FROM = 10 ** 9
    with tempfile.TemporaryDirectory(prefix="kg-prof-") as tmp:
        folder, warm = Path(tmp) / "corpus", Path(tmp) / "warm"
        write_corpus(folder, args.articles)
        write_corpus(warm, 20, seed=3)
        with Store(Path(tmp) / "warm-store") as store:   # imports, shapes and closure table are not the corpus's
            pipeline.ingest([warm], store=store)
        with Store(Path(tmp) / "store") as store:
            profiler = cProfile.Profile(time.process_time)
            started = time.process_time()
            profiler.runcall(pipeline.ingest, [folder], store=store)
            cpu = time.process_time() - started
    profiler.dump_stats(args.out)
    print(f"{args.articles} articles: {cpu:.1f} CPU-s = {args.articles / cpu:.1f} articles per CPU-second")
    pstats.Stats(args.out).sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
