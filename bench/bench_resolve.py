"""Resolution cost per new article (issue 9) as the store grows: 100k and 1M quads.

    .venv/bin/python bench/bench_resolve.py --quads 100000 1000000 [--new 40]

For each size: a synthetic store shaped like kg's own (bench/gen_graph.py: one named graph per article, Zipf-
reused persons, dates over three years) is bulk-loaded on disk and resolved as ingest would resolve it, in
batches of 500 articles (kg.identity.resolve); then ``--new`` fresh articles are stored and resolved one at a
time, and the median and 90th percentile of kg.identity.resolve per article are printed with the candidates
it looked at. Each article's text (needed for the copy keys) is its own words, so no two are copies.
Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

from gen_graph import GRAPH, Article  # noqa: E402

from kg import identity  # noqa: E402
from kg.store import Store  # noqa: E402

BATCH = 500
WORDS = ("security talks ministers agreed cooperation terrorism border officials visit capital statement "
         "envoy counterpart summit dialogue liaison intelligence trade energy minerals police drugs").split()


@dataclass(frozen=True)
class Doc:
    id: str
    text: str


def _text(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randrange(1000)) for _ in range(300))


def _articles(start: int, stop: int, rng: random.Random) -> list[tuple[str, str]]:
    out = []
    for i in range(start, stop):
        art = Article(i, rng, 2000)
        out.append((art.doc_id, "".join(art.build())))
    return out


def run(quads: int, new: int, folder: Path) -> dict[str, float]:
    rng = random.Random(42)
    texts = random.Random(7)
    arts, total = [], 0
    while total < quads:
        batch = _articles(len(arts), len(arts) + 200, rng)
        arts += batch
        total += sum(a[1].count("\n") for a in batch)
    store = Store(folder)
    started = time.perf_counter()
    store.bulk_load("".join(a[1] for a in arts).encode("utf-8"))
    load_s = time.perf_counter() - started
    started = time.perf_counter()
    for i in range(0, len(arts), BATCH):
        identity.resolve(store, [Doc(doc_id, _text(texts)) for doc_id, _ in arts[i:i + BATCH]])
    background_s = time.perf_counter() - started
    size = len(store)
    times = []
    for doc_id, nq in _articles(len(arts), len(arts) + new, rng):
        nt = "\n".join(line.rsplit(" ", 2)[0] + " ." for line in nq.splitlines())  # drop the graph name
        store.replace_graphs({f"{GRAPH}{doc_id}": nt})
        started = time.perf_counter()
        identity.resolve(store, [Doc(doc_id, _text(texts))])
        times.append(time.perf_counter() - started)
    store.close()
    times.sort()
    return {"articles": len(arts), "quads": size, "load_s": load_s, "background_s": background_s,
            "median_ms": statistics.median(times) * 1000, "p90_ms": times[int(len(times) * 0.9)] * 1000}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--quads", type=int, nargs="+", default=[100_000, 1_000_000])
    ap.add_argument("--new", type=int, default=40, help="fresh articles resolved one at a time (default 40)")
    args = ap.parse_args()
    print("| store (articles / quads after resolution) | resolve all, batches of 500 | per new article, median / p90 |")
    print("|---|---|---|")
    for q in args.quads:
        with tempfile.TemporaryDirectory() as tmp:
            r = run(q, args.new, Path(tmp) / "store")
        print(f"| {r['articles']:,} / {r['quads']:,} | {r['background_s']:.1f} s "
              f"({r['background_s'] / r['articles'] * 1000:.1f} ms/article) | "
              f"{r['median_ms']:.1f} / {r['p90_ms']:.1f} ms |", flush=True)


if __name__ == "__main__":
    main()
