"""Store size at 10× an ingested store without 10× the extraction (issue 11 item 2): copy a store's quads K times
into a fresh store through the write pattern ``kg ingest`` uses, then measure B/quad before and after ``compact``.

Each copy renames every instance IRI (``https://w3id.org/kg/…`` except the ontology) with a copy tag and tags
every literal of 40+ characters (evidence sentences, titles), so no term is shared between copies (pessimistic:
real generated articles share many sentences, which Oxigraph stores once). Writes per copy, like ingest's
chunks: the article graphs (``graph/<id>`` and ``…/inferred``) by the bulk loader, 500 articles a call
(``Store.add_new_graphs``), then every other graph (identity, summaries) in transactions of 25 graphs
(``Store.replace_graphs``); ``optimize`` at the end, as ingest does. An estimate of a 10k-article ingest's layout,
not an ingest: identity and summary graphs are not re-resolved across copies.

    .venv/bin/python bench/replicate_store.py /tmp/p5-bench/store-1000 --copies 10 --out /tmp/p5-bench/store-x10
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import time
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.compact import size_on_disk  # noqa: E402
from kg.store import Store  # noqa: E402

INSTANCE = re.compile(r"<https://w3id\.org/kg/(?!ontology)")
LONG = re.compile(r'"((?:[^"\\]|\\.){40,})"')
ARTICLE = re.compile(r"^https://w3id\.org/kg/(?:c\d+/)?graph/(?!ontology)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path)
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    with Store(args.source, read_only=True) as src:
        lines = src.dump(ox.RdfFormat.N_QUADS).decode("utf-8").splitlines()
    shutil.rmtree(args.out, ignore_errors=True)
    cpu, wall = time.process_time(), time.perf_counter()
    store = Store(args.out)
    for k in range(args.copies):
        by_graph: dict[str, list[str]] = defaultdict(list)
        for line in lines:
            if k:
                line = LONG.sub(lambda m: f'"{m.group(1)} ~{k}"', INSTANCE.sub(f"<https://w3id.org/kg/c{k}/", line))
            cut = line.rindex(" <")
            by_graph[line[cut + 2:line.rindex(">")]].append(line[:cut] + " .")
        if k:
            by_graph.pop("https://w3id.org/kg/graph/ontology", None)
        articles = sorted(g for g in by_graph if ARTICLE.match(g))
        for start in range(0, len(articles), 1000):  # 500 articles = 1,000 graphs (each with its inferences)
            store.add_new_graphs({g: "\n".join(by_graph[g]) for g in articles[start:start + 1000]})
        rest = sorted(set(by_graph) - set(articles))
        for start in range(0, len(rest), 25):
            store.replace_graphs({g: "\n".join(by_graph[g]) for g in rest[start:start + 25]})
        print(f"copy {k + 1}/{args.copies}: {len(store):,} quads", flush=True)
    store.optimize()
    quads, before = len(store), size_on_disk(args.out)
    written = (time.process_time() - cpu, time.perf_counter() - wall)
    cpu, wall, load = time.process_time(), time.perf_counter(), os.getloadavg()[0]
    done = store.compact()
    compact_cpu, compact_wall = time.process_time() - cpu, time.perf_counter() - wall
    store.close()
    after = size_on_disk(args.out)
    print(f"written in {written[1]:.0f} s ({written[0]:.0f} CPU-s); {quads:,} quads")
    print(f"| {args.copies} × {args.source.name} | {quads:,} | {before / 2**20:,.1f} MiB = {before / quads:.0f} B/quad | "
          f"{after / 2**20:,.1f} MiB = {after / quads:.0f} B/quad | {compact_wall:.0f} s ({compact_cpu:.0f} CPU-s) | "
          f"{load:.1f} → {os.getloadavg()[0]:.1f} |")
    assert done.quads == quads


if __name__ == "__main__":
    main()
