"""Extraction speed and memory: the rule extractor alone on generated ~2,000-character articles.

    .venv/bin/python bench/bench_extract.py [--articles 1000]
    .venv/bin/python bench/bench_extract.py --real     # the real articles of tests/data/*/ instead
    .venv/bin/python bench/bench_extract.py --real --long   # also: all of them joined into one paragraph

Reports articles/s on one core (best of --repeat runs, no tracing), and peak memory: traced Python allocations
during a separate extraction pass (tracemalloc) and the process's maximum resident set size. With --long, the same
articles joined into one paragraph are timed as one document: its CPU time against the separate articles' shows
whether the cost of a document grows faster than its length.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import resource
import sys
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "bench"))

from corpus_gen import articles  # noqa: E402

from kg.extract.rules import RuleExtractor  # noqa: E402
from kg.sources import Document  # noqa: E402


def documents(n: int) -> list[Document]:
    return [Document(id=f"synthetic-{i}", text=body, path=f"{i}.txt", title=h["title"], url=h["url"],
                     publisher=h["publisher"], published=dt.date.fromisoformat(h["published"]))
            for i, (h, body) in enumerate(articles(n))]


def real_documents() -> list[Document]:
    from kg import sources
    folders = sorted(p for p in (REPO / "tests" / "data").iterdir() if p.is_dir())
    return [sources.load(path) for path in sources.discover(folders)]


def one_paragraph(docs: list[Document]) -> Document:
    """Every paragraph of every article, joined by spaces into one long single-paragraph document."""
    text = " ".join(p.strip() for d in docs for p in d.text.splitlines() if p.strip())
    return dataclasses.replace(docs[0], id="one-paragraph", text=text, path="one-paragraph.txt")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--real", action="store_true", help="time the articles of tests/data/*/ (blind4-9, heldout*)")
    parser.add_argument("--long", action="store_true", help="also time the articles joined into one paragraph")
    args = parser.parse_args()

    started = time.perf_counter()
    extractor = RuleExtractor()
    extractor.extract(documents(1)[0])  # reference data compiled once, on first use
    warmup = time.perf_counter() - started

    docs = real_documents() if args.real else documents(args.articles)
    mean_chars = sum(len(d.text) for d in docs) / len(docs)
    best = best_wall = float("inf")
    facts = 0
    for _ in range(args.repeat):
        # CPU time of this process: the one-core cost, not inflated when other work shares the machine.
        t0, w0 = time.process_time(), time.perf_counter()
        results = [extractor.extract(d) for d in docs]
        best = min(best, time.process_time() - t0)
        best_wall = min(best_wall, time.perf_counter() - w0)
        facts = sum(len(x.persons) + len(x.organizations) + len(x.events) + len(x.agreements) + len(x.threats)
                    + len(x.statements) for x in results)

    del results
    tracemalloc.start()
    kept = [extractor.extract(d) for d in docs[:200]]  # results kept, as a batch ingest would
    _, traced_peak = tracemalloc.get_traced_memory()
    del kept
    tracemalloc.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"| articles | {len(docs):,} (mean {mean_chars:,.0f} characters) |")
    print(f"| first-use setup (reference data, regexes) | {warmup * 1000:.0f} ms |")
    print(f"| extraction CPU time (best of {args.repeat}) | {best:.2f} s (wall {best_wall:.2f} s) |")
    print(f"| throughput, one core | {len(docs) / best:,.0f} articles/s "
          f"({len(docs) * mean_chars / best / 1e6:.2f} M characters/s) |")
    print(f"| records extracted | {facts:,} ({facts / len(docs):.1f} per article) |")
    print(f"| peak traced allocations, 200 extractions kept | {traced_peak / 1e6:.1f} MB |")
    print(f"| peak resident set size of the process | {rss_mb:.0f} MB |")
    if args.long:
        long_doc = one_paragraph(docs)
        best_long = float("inf")
        for _ in range(args.repeat):
            t0 = time.process_time()
            extractor.extract(long_doc)
            best_long = min(best_long, time.process_time() - t0)
        print(f"| the same articles as one paragraph ({len(long_doc.text):,} characters), CPU time (best of "
              f"{args.repeat}) | {best_long:.2f} s = {best_long / best:.2f}x the separate articles "
              f"({len(long_doc.text) / best_long / 1e6:.2f} M characters/s) |")


if __name__ == "__main__":
    main()
