"""The extraction pool's work per article, in one process: each stage timed alone, then a cProfile (CPU clock).

    .venv/bin/python bench/profile_pool.py --articles 300 [--out /tmp/pool.prof] [--top 40] [--no-profile]

What a pool worker does for one article (``kg.pipeline._prepare_in_worker``): unpickle the job, extract, build
the triples, check the shapes, close over the ontology, write N-Triples, pickle the result back. The articles
are bench/corpus_gen.py's, written to a folder and read with kg.sources as ingest reads them. Stage times are
CPU ms an article (best of --repeat passes, no profiler).
"""

from __future__ import annotations

import argparse
import cProfile
import datetime as dt
import pickle
import pstats
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

AT = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--out", default="/tmp/pool.prof")
    parser.add_argument("--top", type=int, default=40)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--no-profile", action="store_true")
    args = parser.parse_args()
    from corpus_gen import write_corpus

    from kg import build, ntriples, pipeline, reason, sources
    from kg.validate import validate_triples

    with tempfile.TemporaryDirectory(prefix="kg-pool-") as tmp:
        docs = [sources.load(p) for p in write_corpus(Path(tmp) / "corpus", args.articles)]
    jobs = [pickle.dumps((d, "rules", AT), protocol=pickle.HIGHEST_PROTOCOL) for d in docs]
    pipeline._prepare_in_worker(pickle.loads(jobs[0]))  # the extractor and tables loaded once, as in a worker
    extractor = pipeline._worker_extractor

    def whole() -> None:
        for job in jobs:
            pickle.dumps(pipeline._prepare_in_worker(pickle.loads(job)), protocol=pickle.HIGHEST_PROTOCOL)

    stages: dict[str, float] = {}
    n = len(docs)
    for _ in range(args.repeat):
        t = time.process_time()
        xs = [extractor.extract(d) for d in docs]
        t, e = time.process_time(), time.process_time() - t
        ts = [build.build_triples(d, x, ingested_at=AT) for d, x in zip(docs, xs)]
        t, b = time.process_time(), time.process_time() - t
        for tr in ts:
            validate_triples(tr)
        t, v = time.process_time(), time.process_time() - t
        inf = [reason.infer_triples(tr) for tr in ts]
        t, r = time.process_time(), time.process_time() - t
        nts = [(ntriples.lines(tr), ntriples.lines(i)) for tr, i in zip(ts, inf)]
        t, w = time.process_time(), time.process_time() - t
        for d, (g, i) in zip(docs, nts):
            pickle.dumps(pipeline.Prepared(d.id, g, i), protocol=pickle.HIGHEST_PROTOCOL)
        p = time.process_time() - t
        t = time.process_time()
        whole()
        all_ = time.process_time() - t
        for k, val in (("extract", e), ("build", b), ("validate", v), ("reason", r), ("ntriples", w),
                       ("pickle result", p), ("whole worker function", all_)):
            stages[k] = min(stages.get(k, float("inf")), val)
    for k, val in stages.items():
        print(f"{k:>22}: {1000 * val / n:6.2f} ms an article")
    if args.no_profile:
        return
    profiler = cProfile.Profile(time.process_time)
    profiler.runcall(whole)
    profiler.dump_stats(args.out)
    st = pstats.Stats(args.out)
    st.sort_stats("tottime").print_stats(args.top)
    st.sort_stats("cumulative").print_stats(args.top)


if __name__ == "__main__":
    main()
