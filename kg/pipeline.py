"""Ingest = read → extract → build → reason → validate → store, and nothing else.

Every document of a batch is extracted, built and validated before the store is touched; the graphs are
then written in transactions of whole named graphs. A bad input therefore stops the batch with one clear
error and leaves the store exactly as it was.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg import build, reason, sources
from kg.errors import SourceError, ValidationError
from kg.extract import Extractor, get_extractor
from kg.store import Store
from kg.vocab import ONTOLOGY_GRAPH

WRITE_BATCH = 200  # documents per store transaction: bounds the size of one SPARQL Update

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Built:
    document: sources.Document
    graph: Graph
    inferred: Graph


@dataclass(frozen=True)
class IngestReport:
    documents: int
    quads: int
    graphs: list[str]


def _nt(g: Graph) -> str:
    return g.serialize(format="nt", encoding="utf-8").decode("utf-8")


def process(document: sources.Document, *, extractor: Extractor, ingested_at: dt.datetime) -> Built:
    """One document through extract → build → reason → validate; raises ValidationError naming the article."""
    extraction = extractor.extract(document)
    graph = build.build_graph(document, extraction, ingested_at=ingested_at)
    from kg.validate import validate

    report = validate(graph)
    if not report.conforms:
        first = report.violations[0]
        more = f" (and {len(report.violations) - 1} more)" if len(report.violations) > 1 else ""
        raise ValidationError(f"{document.path}: article {document.id}: {first}{more}")
    return Built(document, graph, reason.infer(graph))


def ensure_ontology(store: Store) -> None:
    """The ontology and threat scheme live in their own named graph, refreshed on every ingest."""
    store.replace_graphs({str(ONTOLOGY_GRAPH): _nt(reason.load_ontology())})


def ingest(
    paths: list[Path],
    *,
    store: Store,
    extractor: Extractor | str = "rules",
    progress: Progress | None = None,
    now: dt.datetime | None = None,
) -> IngestReport:
    files = sources.discover(paths)
    if not files:
        raise SourceError(f"{', '.join(map(str, paths))}: no articles found (.txt, .md, .html)")
    if isinstance(extractor, str):
        extractor = get_extractor(extractor)
    documents = [sources.load(f) for f in files]
    seen: dict[str, str] = {}
    for d in documents:
        if d.id in seen:
            raise SourceError(f"{d.path}: article id {d.id!r} is also the id of {seen[d.id]}; rename one file")
        seen[d.id] = d.path
    at = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    built: list[Built] = []
    for i, d in enumerate(documents, start=1):
        built.append(process(d, extractor=extractor, ingested_at=at))
        if progress:
            progress("extract", i, len(documents))
    before = len(store)
    ensure_ontology(store)
    for start in range(0, len(built), WRITE_BATCH):
        chunk = built[start:start + WRITE_BATCH]
        graphs: dict[str, str] = {}
        for b in chunk:
            graphs[str(build.graph_iri(b.document.id))] = _nt(b.graph)
            graphs[str(build.inferred_graph_iri(b.document.id))] = _nt(b.inferred)
        store.replace_graphs(graphs)
        if progress:
            progress("store", min(start + WRITE_BATCH, len(built)), len(built))
    store.flush()
    return IngestReport(
        documents=len(built), quads=len(store) - before,
        graphs=[str(build.graph_iri(b.document.id)) for b in built],
    )
