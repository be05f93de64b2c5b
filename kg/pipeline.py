"""Ingest = read → extract → build → reason → validate → store, and nothing else.

Every document of a batch is extracted, built and validated alone before the store is touched (the gate); the
valid ones are then written whole, each article all or nothing: those new to the store in one atomic bulk load
per chunk, re-ingested ones in transactions that replace their named graphs (``_write``). An invalid or
unreadable article, or one over the size limit, is set aside with its reasons (kg.quarantine) and the others
land. With ``all_or_nothing`` the first bad article stops the batch and the store stays exactly as it was.

A first import into an empty store on disk is written, resolved and summarised in a store in memory and lands
in one bulk load at the end (``_Staging``): compact at once (~195 B/quad, no compaction pass), and nothing is
in the store until the whole import is (past ``STAGE_ARTICLES`` the rest goes chunk by chunk).
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Graph

from kg import build, compact, identity, ntriples, reason, sources, summary
from kg.errors import KGError, SourceError, StoreError, StoreRefused, ValidationError
from kg.extract import Extractor, get_extractor
from kg.quarantine import Rejected
from kg.store import Store, _as_nquads
from kg.vocab import ONTOLOGY_GRAPH

WRITE_BATCH = 25    # documents per store transaction: bounds the size of one SPARQL Update
MAX_ARTICLE_BYTES = 2_000_000  # an article file larger than this is quarantined unread (Settings.max_article_bytes)
PARALLEL_FROM = 16  # batches at least this large are extracted in one process per core
CHUNK = 500         # articles read, prepared, written and resolved at a time: ingest's memory stays flat
STAGE_ARTICLES = 5_000  # a first import is staged in memory up to this many articles (_Staging); 0: never

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(frozen=True)
class Built:
    document: sources.Document
    triples: list[tuple]     # the article graph (rdflib terms)
    inferred: list[tuple]    # what the closed ontology adds


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
    rejected: list[Rejected] = field(default_factory=list)  # set aside by the gate, with their reasons
    landed_paths: list[str] = field(default_factory=list)
    compaction: str | None = None  # what the automatic compaction did (kg.compact.after_ingest), if it ran


def _nt(g: Graph) -> str:
    return g.serialize(format="nt", encoding="utf-8").decode("utf-8")


def process(document: sources.Document, *, extractor: Extractor, ingested_at: dt.datetime) -> Built:
    """One document through extract → build → reason → validate; raises ValidationError naming the article.
    Triples stay plain tuples of rdflib terms (no rdflib Graph) and are written as N-Triples directly."""
    extraction = extractor.extract(document)
    triples = build.build_triples(document, extraction, ingested_at=ingested_at)
    from kg.validate import validate_triples

    report = validate_triples(triples)
    if not report.conforms:
        first = report.violations[0]
        more = f" (and {len(report.violations) - 1} more)" if len(report.violations) > 1 else ""
        error = ValidationError(f"{document.path}: article {document.id}: {first}{more}")
        error.reasons = tuple(f"{document.path}: article {document.id}: {v}" for v in report.violations)
        raise error
    return Built(document, triples, reason.infer_triples(triples))


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
    all_or_nothing: bool = False,
    max_article_bytes: int = MAX_ARTICLE_BYTES,
    bulk: bool = False,
) -> IngestReport:
    """Ingest article files and folders, ``CHUNK`` articles at a time so memory stays flat however many there
    are (with ``all_or_nothing`` the whole batch is one chunk: nothing lands unless every article passes).
    ``bulk``: a first import into an empty store writes the article graphs with Oxigraph's bulk loader (compact,
    compressed files, several times faster); if anything fails the store is emptied again, as it was."""
    files = sources.discover(paths)
    if not files:
        raise SourceError(f"{', '.join(map(str, paths))}: no articles found (.txt, .md, .html)")
    extractor_name = extractor if isinstance(extractor, str) else None
    if isinstance(extractor, str):
        extractor = get_extractor(extractor)
    # asked only of stores that can use the answer (a remote store has no cheap emptiness test, nor a bulk path)
    empty = (bulk or _stageable(store)) and store.is_empty()
    bulk = bulk and empty
    # a first import into an empty store on disk is staged in memory and lands in one bulk load (_Staging)
    staging = _Staging(store) if empty and STAGE_ARTICLES > 0 and _stageable(store) else None
    whole = False  # the import landed in one bulk load into the empty store
    at = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    before = len(store)
    seen: dict[str, str] = {}
    rejected: list[Rejected] = []
    landed: list[tuple[str, str]] = []  # (doc id, path) of every article written
    chunks = [files] if all_or_nothing else [files[i:i + CHUNK] for i in range(0, len(files), CHUNK)]
    try:
        with _Workers(extractor_name) as workers:
            for number, chunk in enumerate(chunks):
                documents, unread = _load_all(chunk, max_article_bytes=max_article_bytes,
                                              all_or_nothing=all_or_nothing, seen=seen)
                outcomes = _prepare_all(documents, extractor=extractor, workers=workers, at=at,
                                        progress=_offset(progress, number * CHUNK, len(files)))
                prepared = [o for o in outcomes if isinstance(o, Prepared)]
                rejected += unread + [o for o in outcomes if isinstance(o, Rejected)]
                if rejected and all_or_nothing:
                    raise ValidationError(rejected[0].reasons[0] if rejected[0].reasons else rejected[0].path)
                target = staging.memory if staging else store  # where this chunk is written and resolved
                if number == 0:
                    ensure_ontology(target)
                graphs = [str(build.graph_iri(p.doc_id)) for p in prepared]
                # what a re-ingested version fed (nothing, in a store that was empty)
                touched = set() if bulk or staging else summary.entities_of(target, graphs)
                # which articles are new to the store (a remote store's summaries are refreshed whole: not asked)
                fresh = set(graphs) if bulk or staging else \
                    {g for g in graphs if not store.has_graph(g)} if isinstance(store, Store) else set()
                paths = {d.id: str(d.path) for d in documents}
                if all_or_nothing:  # a refusal must stop the batch before anything is written
                    _check_parses(prepared, paths)
                if staging:  # new graphs (the store was empty, ids are unique): one load into memory
                    prepared, refused = _each_or_refused(
                        lambda ps: target.load_new_graphs({iri: nt for p in ps for iri, nt in _graphs(p).items()}),
                        prepared, paths)
                    if progress:
                        progress("store", len(landed) + len(prepared), len(files))
                else:
                    prepared, refused = _write(store, prepared, paths, bulk=bulk,
                                               progress=_offset(progress, len(landed), len(files)))
                rejected += refused
                ids = {p.doc_id for p in prepared}
                # quarantined ones are not stored. Articles just written to disk are read from their text, not
                # back from the store (1.25 against 1.66 ms an article); a staged store in memory reads faster
                # than the text is indexed (0.83 ms), so it is read.
                identity.resolve(target, [d for d in documents if d.id in ids],
                                 graphs=None if staging else {p.doc_id: p.graph_nt for p in prepared})
                summary.refresh_ingest(target, graphs, fresh=fresh, before=touched)
                landed += [(d.id, str(d.path)) for d in documents if d.id in ids]
                if staging and (len(landed) >= STAGE_ARTICLES or number == len(chunks) - 1):
                    staging.land()  # the rest of a very large import goes to the store chunk by chunk
                    staging, whole = None, number == len(chunks) - 1
    except BaseException:
        # the bulk loader is not transactional: a first import that fails leaves the store empty; so does a
        # staged one that failed while landing (one that failed before it never wrote the store)
        if bulk or (staging and staging.landing):
            store.clear()
        raise
    if len(landed) >= 100 and not whole:
        store.optimize()  # (a first import that landed in one bulk load is compact as it is)
    # a big ingest is rewritten into the bulk loader's compressed layout when it left more than 300 B/quad
    compaction = compact.after_ingest(store, len(landed)) if isinstance(store, Store) else None
    store.flush()
    return IngestReport(
        documents=len(landed), quads=len(store) - before,
        graphs=[str(build.graph_iri(doc_id)) for doc_id, _ in landed],
        rejected=sorted(rejected, key=lambda r: r.path),
        landed_paths=[path for _, path in landed], compaction=compaction,
    )


def _stageable(store: Store) -> bool:
    return isinstance(store, Store) and store.path is not None and not store.read_only


class _Staging:
    """A first import into an empty store on disk, written and resolved in a store in memory and landed in one
    bulk load (``Store.land``) when it ends, or when it holds ``STAGE_ARTICLES`` articles (memory stays bounded:
    the rest of the import goes to the store chunk by chunk, as any other ingest).

    Why: the bulk loader writes an empty store's data sorted into RocksDB's compressed bottom level (~190 B/quad)
    in one atomic commit; everything written later (chunks, identity and summary graphs by transaction) lands in
    the uncompressed levels (~320 B/quad), which ``kg.compact`` then copied once more, 12 ms an article. All or
    nothing: until the landing nothing is written to the store (a failure, Ctrl-C or kill leaves it empty, as
    it was); the landing is one atomic bulk load, and the store is emptied again if it fails."""

    def __init__(self, store: Store) -> None:
        self.store, self.memory = store, Store(None)
        self.landing = False

    def land(self) -> None:
        self.landing = True
        self.store.land(self.memory)
        self.landing = False
        self.memory = None  # type: ignore[assignment]


def _offset(progress: Progress | None, done: int, total: int) -> Progress | None:
    """A chunk's progress as progress through the whole ingest."""
    if progress is None:
        return None
    return lambda stage, n, _: progress(stage, done + n, total)


def _write(store: Store, prepared: list[Prepared], paths: dict[str, str], *, bulk: bool,
           progress: Progress | None) -> tuple[list[Prepared], list[Rejected]]:
    """Each article's graphs, the article all or nothing; returns the articles written and those the store
    refused (``_each_or_refused``). Articles new to the store go in one atomic bulk load for the whole chunk
    (``Store.add_new_graphs``: ~5x less CPU than transactions); re-ingested ones (their graphs are replaced)
    and any other backend, in transactions of WRITE_BATCH articles. A failed bulk load writes nothing: its
    chunk is then retried article by article in transactions (each replaces its own graphs, so nothing
    half-loaded can stay behind)."""
    graphs = {p.doc_id: _graphs(p) for p in prepared}
    if bulk:  # --bulk on an empty store: one bulk load, the store emptied again by ingest if anything fails
        def load(ps: list[Prepared]) -> None:
            store.bulk_load("".join(_as_nquads(iri, nt) for p in ps for iri, nt in graphs[p.doc_id].items())
                            .encode("utf-8"))
        refused: list[Rejected] = []
        try:
            load(prepared)
        except StoreRefused:  # a parse error writes nothing: find the refused articles, load the rest at once
            refused = _refused_by_parser(prepared, paths)
            if not refused:
                raise
            prepared = [p for p in prepared if p.doc_id not in {r.doc_id for r in refused}]
            load(prepared)
        if progress:
            progress("store", len(prepared), len(prepared))
        return prepared, refused
    rest, size = prepared, WRITE_BATCH
    if isinstance(store, Store) and len(prepared) > 1:
        fresh = {p.doc_id for p in prepared if not any(store.has_graph(iri) for iri in graphs[p.doc_id])}
        try:
            if store.add_new_graphs({iri: nt for p in prepared if p.doc_id in fresh
                                     for iri, nt in graphs[p.doc_id].items()}):
                rest = [p for p in prepared if p.doc_id not in fresh]
        except StoreError:
            size = 1  # the bulk load wrote nothing: every article in a transaction of its own
        if progress and len(rest) < len(prepared):
            progress("store", len(prepared) - len(rest), len(prepared))
    done = len(prepared) - len(rest)
    refused: list[Rejected] = []
    for start in range(0, len(rest), size):
        refused += _each_or_refused(
            lambda ps: store.replace_graphs({iri: nt for p in ps for iri, nt in graphs[p.doc_id].items()}),
            rest[start:start + size], paths)[1]
        if progress:
            progress("store", done + min(start + size, len(rest)), len(prepared))
    out = {r.doc_id for r in refused}
    return [p for p in prepared if p.doc_id not in out], refused


def _each_or_refused(write: Callable[[list[Prepared]], None], prepared: list[Prepared],
                     paths: dict[str, str]) -> tuple[list[Prepared], list[Rejected]]:
    """``write`` the articles in one go; if the store's parser refuses the data (StoreRefused: the gate passed
    something the store cannot read — a raw U+2028 did, once), write each article alone and set aside the ones
    refused with the store's reason, so one article cannot fail its chunk, or a whole staged first import.
    A store failure (StoreError: I/O, a lock) still stops the ingest: it is no article's fault."""
    try:
        write(prepared)
        return prepared, []
    except StoreRefused:
        pass
    kept: list[Prepared] = []
    refused: list[Rejected] = []
    for p in prepared:
        try:
            write([p])
            kept.append(p)
        except StoreRefused as exc:
            refused.append(Rejected(paths[p.doc_id], p.doc_id, (_refusal(paths[p.doc_id], p.doc_id, exc),)))
    return kept, refused


def _refusal(path: str, doc_id: str, exc: StoreRefused) -> str:
    reason = str(exc).splitlines()[0] if str(exc) else "a parse error"
    return f"{path}: article {doc_id}: the store refused its triples ({reason})"


def _refused_by_parser(prepared: list[Prepared], paths: dict[str, str]) -> list[Rejected]:
    """The articles whose graphs the store's parser refuses, each loaded into a scratch store in memory."""
    refused = []
    for p in prepared:
        try:
            Store(None).load_new_graphs(_graphs(p))
        except StoreRefused as exc:
            refused.append(Rejected(paths[p.doc_id], p.doc_id, (_refusal(paths[p.doc_id], p.doc_id, exc),)))
    return refused


def _check_parses(prepared: list[Prepared], paths: dict[str, str]) -> None:
    """For an all-or-nothing batch: a refusal stops the batch before anything is written, wherever the writes
    go."""
    refused = _refused_by_parser(prepared, paths)
    if refused:
        raise ValidationError(refused[0].reasons[0])


def _graphs(p: Prepared) -> dict[str, str]:
    """An article's two graphs: its own and what the closed ontology adds to it (IRI → N-Triples)."""
    return {str(build.graph_iri(p.doc_id)): p.graph_nt, str(build.inferred_graph_iri(p.doc_id)): p.inferred_nt}


def _load_all(files: list[Path], *, max_article_bytes: int, all_or_nothing: bool,
              seen: dict[str, str] | None = None) -> tuple[list[sources.Document], list[Rejected]]:
    """Read every file; one that is too large, unreadable or a second use of an article id (in ``seen``,
    article id → path, shared across the chunks of one ingest) is set aside."""
    documents: list[sources.Document] = []
    rejected: list[Rejected] = []
    seen = {} if seen is None else seen
    for f in files:
        try:
            size = f.stat().st_size
            if size > max_article_bytes:
                raise SourceError(f"{f}: {size:,} bytes is over the article size limit of {max_article_bytes:,} "
                                  "(KG_MAX_ARTICLE_BYTES); split the article or raise the limit")
            d = sources.load(f)
            if d.id in seen:
                raise SourceError(f"{d.path}: article id {d.id!r} is also the id of {seen[d.id]}; rename one file")
        except OSError as exc:
            error: KGError = SourceError(f"{f}: cannot read ({exc.strerror})")
            if all_or_nothing:
                raise error from None
            rejected.append(Rejected(str(f), None, (str(error),)))
            continue
        except SourceError as exc:
            if all_or_nothing:
                raise
            rejected.append(Rejected(str(f), None, (str(exc),)))
            continue
        seen[d.id] = d.path
        documents.append(d)
    return documents, rejected


def _prepare(document: sources.Document, extractor: Extractor, at: dt.datetime) -> Prepared | Rejected:
    """One article through the gate: ready for the store, or set aside with every reason SHACL gave."""
    try:
        built = process(document, extractor=extractor, ingested_at=at)
    except ValidationError as exc:
        return Rejected(str(document.path), document.id, getattr(exc, "reasons", (str(exc),)))
    except KGError as exc:
        return Rejected(str(document.path), document.id, (f"{document.path}: article {document.id}: {exc}",))
    return Prepared(document.id, ntriples.lines(built.triples), ntriples.lines(built.inferred))


_worker_extractor: Extractor | None = None


def _prepare_in_worker(args: tuple[sources.Document, str, dt.datetime]) -> Prepared | Rejected:
    global _worker_extractor
    document, extractor_name, at = args
    if _worker_extractor is None:
        _worker_extractor = get_extractor(extractor_name)
    return _prepare(document, _worker_extractor, at)


class _Workers:
    """The extraction processes of one ingest, started when a chunk first needs them and kept for every chunk
    after it: each worker imports kg and loads the extractor once (~1.5 CPU-s), not once per chunk.

    A multiprocessing.Pool, not a ProcessPoolExecutor: leaving the block (done, Ctrl-C, an error) terminates
    the workers at once, and each worker dies with its parent, so even 'kill -9' of ingest leaves no orphans."""

    def __init__(self, extractor_name: str | None) -> None:
        self.extractor_name = extractor_name  # None: an extractor object, which may not survive pickling
        self.count = min(os.cpu_count() or 1, 8)
        self._pool = None

    def usable(self, documents: int) -> bool:
        return self.extractor_name is not None and documents >= PARALLEL_FROM and self.count >= 2

    def pool(self):  # -> multiprocessing.pool.Pool
        if self._pool is None:
            import multiprocessing

            from kg.procs import die_with_parent

            context = multiprocessing.get_context("forkserver")
            self._pool = context.Pool(self.count, initializer=die_with_parent)
        return self._pool

    def __enter__(self) -> "_Workers":
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.terminate()


def _prepare_all(documents: list[sources.Document], *, extractor: Extractor, workers: _Workers,
                 at: dt.datetime, progress: Progress | None) -> list[Prepared | Rejected]:
    """Extract, build, reason and validate every document; in the ingest's worker processes for large batches
    of a named extractor."""
    total = len(documents)
    out: list[Prepared | Rejected] = []
    if not workers.usable(total):
        for i, d in enumerate(documents, start=1):
            out.append(_prepare(d, extractor, at))
            if progress:
                progress("extract", i, total)
        return out
    jobs = ((d, workers.extractor_name, at) for d in documents)
    for i, p in enumerate(workers.pool().imap(_prepare_in_worker, jobs, chunksize=8), start=1):
        out.append(p)
        if progress:
            progress("extract", i, total)
    return out
