"""How many quads an ingested article writes, by kind (issue 11: the landing costs ~13 µs a quad whatever the route,
so fewer quads an article is its only lever; this table is for deciding which kinds could go).

    .venv/bin/python bench/quad_kinds.py --articles 1000

Ingests bench/corpus_gen.py's articles into a fresh on-disk store as `kg ingest` does (one first import), then
sorts every quad into a kind by its graph and predicate and prints quads per article for each, largest first.
Nothing is changed: it only reads the store.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "bench"))

NOW = dt.datetime(2026, 12, 1, 12, 0, tzinfo=dt.timezone.utc)
from kg.vocab import BASE  # noqa: E402


def _short(iri: str) -> str:
    for prefix, short in (("http://www.w3.org/ns/prov#", "prov:"), ("http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdf:"),
                          ("http://www.w3.org/2000/01/rdf-schema#", "rdfs:"), ("http://www.w3.org/ns/oa#", "oa:"),
                          ("http://purl.org/dc/terms/", "dcterms:"), ("https://schema.org/", "schema:"),
                          ("http://schema.org/", "schema:"), ("http://www.w3.org/2004/02/skos/core#", "skos:"),
                          ("http://www.w3.org/2002/07/owl#", "owl:"), ("http://www.w3.org/ns/org#", "org:")):
        if iri.startswith(prefix):
            return short + iri[len(prefix):]
    return iri.rsplit("/", 1)[-1] if iri.startswith(BASE) else iri


def _graph_kind(g: str) -> str:
    if not g.startswith(BASE):
        return "default graph" if not g else g
    rest = g[len(BASE):]
    if rest.startswith("graph/") and rest.endswith("/inferred"):
        return "inferred (closure)"
    if rest.startswith("graph/"):
        return "article graph" if rest != "graph/ontology" else "ontology"
    return rest.split("/")[0] + "/" + (rest.split("/")[1] if "/" in rest else "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    from corpus_gen import write_corpus

    from kg.pipeline import ingest
    from kg.store import Store

    by_graph: Counter[str] = Counter()
    by_kind: Counter[tuple[str, str]] = Counter()
    with tempfile.TemporaryDirectory(prefix="kg-kinds-") as tmp:
        folder = Path(tmp) / "corpus"
        write_corpus(folder, args.articles)
        with Store(Path(tmp) / "store") as store:
            report = ingest([folder], store=store, now=NOW)
            n = report.documents
            for q in store.quads():
                g = getattr(q.graph_name, "value", "")
                kind = _graph_kind(g)
                by_graph[kind] += 1
                by_kind[(kind, _short(q.predicate.value))] += 1
    total = sum(by_graph.values())
    print(f"{n} articles, {total:,} quads, {total / n:.1f} an article")
    print("| graph kind | quads an article | share |\n|---|---:|---:|")
    for kind, c in by_graph.most_common():
        print(f"| {kind} | {c / n:.1f} | {c / total:.1%} |")
    print("\n| graph kind | predicate | quads an article | share |\n|---|---|---:|---:|")
    for (kind, pred), c in by_kind.most_common(args.top):
        print(f"| {kind} | {pred} | {c / n:.1f} | {c / total:.1%} |")


if __name__ == "__main__":
    main()
