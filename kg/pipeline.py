"""Ingest = read → extract → build → reason → validate → store, and nothing else.

Every document of a batch is extracted, built and validated before the store is touched; the graphs are
then written in transactions of whole named graphs. A bad input therefore stops the batch with one clear
error and leaves the store exactly as it was.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph

from kg import build, identity, reason, sources
from kg.errors import SourceError, ValidationError
from kg.extract import Extractor, get_extractor
from kg.store import Store
from kg.vocab import ONTOLOGY_GRAPH

WRITE_BATCH = 25    # documents per store transaction: bounds the size of one SPARQL Update
PARALLEL_FROM = 16  # batches at least this large are extracted in one process per core

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Built:
    document: sources.Document
    graph: Graph
    inferred: Graph


@dataclass(frozen=True)
class Prepared:
    """A document ready for the store: its graphs as N-Triples (small to keep, cheap to pass between processes)."""

    doc_id: str
    graph_nt: str
    inferred_nt: str


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
    extractor_name = extractor if isinstance(extractor, str) else None
    if isinstance(extractor, str):
        extractor = get_extractor(extractor)
    documents = [sources.load(f) for f in files]
    seen: dict[str, str] = {}
    for d in documents:
        if d.id in seen:
            raise SourceError(f"{d.path}: article id {d.id!r} is also the id of {seen[d.id]}; rename one file")
        seen[d.id] = d.path
    at = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    prepared = _prepare_all(documents, extractor=extractor, extractor_name=extractor_name, at=at,
                            progress=progress)
    before = len(store)
    ensure_ontology(store)
    for start in range(0, len(prepared), WRITE_BATCH):
        graphs: dict[str, str] = {}
        for p in prepared[start:start + WRITE_BATCH]:
            graphs[str(build.graph_iri(p.doc_id))] = p.graph_nt
            graphs[str(build.inferred_graph_iri(p.doc_id))] = p.inferred_nt
        store.replace_graphs(graphs)
        if progress:
            progress("store", min(start + WRITE_BATCH, len(prepared)), len(prepared))
    identity.resolve(store, documents)
    if len(prepared) >= 100:
        store.optimize()
    store.flush()
    return IngestReport(
        documents=len(prepared), quads=len(store) - before,
        graphs=[str(build.graph_iri(p.doc_id)) for p in prepared],
    )


def _prepare(document: sources.Document, extractor: Extractor, at: dt.datetime) -> Prepared:
    built = process(document, extractor=extractor, ingested_at=at)
    return Prepared(document.id, _nt(built.graph), _nt(built.inferred))


_worker_extractor: Extractor | None = None


def _prepare_in_worker(document: sources.Document, extractor_name: str, at: dt.datetime) -> Prepared:
    global _worker_extractor
    if _worker_extractor is None:
        _worker_extractor = get_extractor(extractor_name)
    return _prepare(document, _worker_extractor, at)


def _prepare_all(documents: list[sources.Document], *, extractor: Extractor, extractor_name: str | None,
                 at: dt.datetime, progress: Progress | None) -> list[Prepared]:
    """Extract, build, reason and validate every document; in parallel for large batches of a named
    extractor (an extractor object passed in may not survive pickling, so it runs here)."""
    total = len(documents)
    workers = min(os.cpu_count() or 1, 8)
    if extractor_name is None or total < PARALLEL_FROM or workers < 2:
        out = []
        for i, d in enumerate(documents, start=1):
            out.append(_prepare(d, extractor, at))
            if progress:
                progress("extract", i, total)
        return out
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        out = []
        for i, p in enumerate(pool.map(_prepare_in_worker, documents, [extractor_name] * total, [at] * total,
                                       chunksize=8), start=1):
            out.append(p)
            if progress:
                progress("extract", i, total)
        return out
