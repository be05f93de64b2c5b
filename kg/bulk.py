"""The bulk path for big imports: extract shards of articles anywhere, load them into either backend.

``extract`` runs one Dask task per shard of articles (a LocalCluster on this machine by default, or the scheduler
of an existing cluster), each through the same gate as ``kg ingest`` (extract → build → reason → validate), and
writes one N-Quads file per shard: every article's graph (with its provenance), its inferences and its identity
keys. ``load`` puts the shards into a store (Oxigraph's bulk loader, or the Graph Store protocol on a server),
replacing each graph it names, then runs cross-report resolution once over the loaded articles. Extracting with
the ingest time ``now`` and loading gives exactly the quads ``kg ingest`` gives with that ``now`` (tested).

Workers need kg installed, nothing else: the client reads the articles and sends their text with the task, and
gets the shard's N-Quads back, so no shared file system is needed.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg import build, compact, identity, sources, summary
from kg.errors import KGError, SourceError
from kg.pipeline import MAX_ARTICLE_BYTES, Prepared, _load_all, _prepare, ensure_ontology
from kg.quarantine import Rejected
from kg.store import Store
from kg.vocab import GRAPH, ONTOLOGY_GRAPH

SHARD_SIZE = 50        # articles per task: big enough to amortise a task (~10 ms), small enough to balance
ONTOLOGY_FILE = "ontology.nq"
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class Shard:
    name: str
    nquads: bytes
    ids: list[str]
    rejected: list[Rejected] = field(default_factory=list)


@dataclass(frozen=True)
class ExtractReport:
    shards: int
    documents: int
    rejected: list[Rejected]


@dataclass(frozen=True)
class LoadReport:
    files: int
    documents: int
    quads: int
    compaction: str | None = None  # what the automatic compaction did (kg.compact.after_ingest), if it ran


# -- extraction ---------------------------------------------------------------------------------------------
_extractors: dict[str, object] = {}


def extract_shard(name: str, documents: Sequence[sources.Document], extractor: str, at: dt.datetime) -> Shard:
    """One task: the shard's articles through the gate, into a scratch store, out as N-Quads. Pure: a retried
    task (a worker lost) gives the same bytes."""
    from kg.extract import get_extractor

    if extractor not in _extractors:  # one extractor per worker process: its tables load once
        _extractors[extractor] = get_extractor(extractor)
    scratch = Store(None)
    landed, rejected = [], []
    for d in documents:
        outcome = _prepare(d, _extractors[extractor], at)  # type: ignore[arg-type]
        if isinstance(outcome, Prepared):
            scratch.replace_graphs({str(build.graph_iri(d.id)): outcome.graph_nt,
                                    str(build.inferred_graph_iri(d.id)): outcome.inferred_nt})
            landed.append(d)
        else:
            rejected.append(outcome)
    scratch.replace_graphs(identity.document_keys(scratch, landed))
    return Shard(name, scratch.dump(ox.RdfFormat.N_QUADS), sorted(d.id for d in landed), rejected)


def extract(paths: list[Path], out: Path, *, extractor: str = "rules", shard_size: int = SHARD_SIZE,
            scheduler: str | None = None, workers: int | None = None, retries: int = 2,
            now: dt.datetime | None = None, max_article_bytes: int = MAX_ARTICLE_BYTES,
            progress: Progress | None = None) -> ExtractReport:
    """Extract ``paths`` into shard files under ``out`` on a Dask cluster (``scheduler``: its address; None: a
    LocalCluster of ``workers`` processes on this machine)."""
    files = sources.discover(paths)
    if not files:
        raise SourceError(f"{', '.join(map(str, paths))}: no articles found (.txt, .md, .html)")
    documents, rejected = _load_all(files, max_article_bytes=max_article_bytes, all_or_nothing=False)
    at = now or dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise KGError(f"--out {out}: cannot create the folder ({exc.strerror})") from None
    _write(out / ONTOLOGY_FILE, _ontology_nquads())
    chunks = [documents[i:i + shard_size] for i in range(0, len(documents), shard_size)]
    names = [f"shard-{i:05d}" for i in range(len(chunks))]
    with _client(scheduler, workers) as client:
        from dask.distributed import as_completed

        futures = client.map(extract_shard, names, chunks, extractor=extractor, at=at, retries=retries,
                             pure=False)
        done = 0
        for future in as_completed(futures):
            shard: Shard = future.result()
            _write(out / f"{shard.name}.nq", shard.nquads)
            rejected += shard.rejected
            done += 1
            if progress:
                progress("shards", done, len(chunks))
    landed = len(documents) - sum(1 for r in rejected if r.doc_id)
    return ExtractReport(len(chunks), landed, sorted(rejected, key=lambda r: r.path))


class _client:
    """A Dask client: to the scheduler at ``address``, or to a LocalCluster of worker processes it starts and
    stops (one thread each: the extractor is pure Python, so processes, not threads, run it in parallel)."""

    def __init__(self, address: str | None, workers: int | None) -> None:
        self.address, self.workers = address, workers
        self.cluster = None

    def __enter__(self):  # noqa: ANN204 - a dask.distributed.Client
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise KGError("kg extract needs dask.distributed (pip install 'dask[distributed]')") from None
        try:
            if self.address:
                self.client = Client(self.address, timeout="20s")
            else:
                self.cluster = LocalCluster(n_workers=self.workers or min(os.cpu_count() or 1, 8),
                                            threads_per_worker=1, processes=True, dashboard_address=":0",
                                            silence_logs=50)  # CRITICAL only: a closing worker logs tracebacks
                self.client = Client(self.cluster)
        except OSError as exc:
            raise KGError(f"--scheduler {self.address or 'local'}: cannot reach the Dask scheduler ({exc})") from None
        return self.client

    def __exit__(self, *exc: object) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _ontology_nquads() -> bytes:
    scratch = Store(None)
    ensure_ontology(scratch)
    return scratch.dump(ox.RdfFormat.N_QUADS)


def _write(path: Path, data: bytes) -> None:
    """Whole files only: a reader (or a retried task) never sees half a shard."""
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


# -- loading ------------------------------------------------------------------------------------------------
def load(folder: Path, *, store, progress: Progress | None = None) -> LoadReport:  # noqa: ANN001 - either backend
    """Load every ``*.nq`` of ``folder`` into ``store``: each file is checked whole before anything is written
    (a broken file names itself and the store is unchanged), each graph it names is replaced, then cross-report
    identity is resolved once over the loaded articles."""
    files = sorted(folder.glob("*.nq")) if folder.is_dir() else []
    if not files:
        raise SourceError(f"{folder}: no .nq shards here (write them with 'kg extract PATH... --out {folder}')")
    contents: list[tuple[Path, bytes]] = []
    ids: set[str] = set()
    for f in files:
        data = f.read_bytes()
        try:
            graphs = {q.graph_name.value for q in ox.parse(data, format=ox.RdfFormat.N_QUADS)
                      if isinstance(q.graph_name, ox.NamedNode)}
        except SyntaxError as exc:
            raise SourceError(f"{f}: not N-Quads ({' '.join(str(exc).split())[:200]}); nothing loaded") from None
        ids |= {_article_id(g) for g in graphs} - {None}  # type: ignore[arg-type]
        contents.append((f, data))
    before = len(store)
    graphs = [str(GRAPH) + i for i in sorted(ids)]
    touched = summary.entities_of(store, graphs)  # what the replaced articles fed before
    for i, (f, data) in enumerate(contents, start=1):
        store.load_nquads(data)
        if progress:
            progress("load", i, len(contents))
    identity.resolve_stored(store, sorted(ids))
    summary.refresh(store, touched | summary.entities_of(store, graphs))
    store.optimize()
    compaction = compact.after_ingest(store, len(ids)) if isinstance(store, Store) else None  # as ingest does
    store.flush()
    return LoadReport(len(files), len(ids), len(store) - before, compaction)


def _article_id(graph: str) -> str | None:
    prefix = str(GRAPH)
    if not graph.startswith(prefix) or graph == str(ONTOLOGY_GRAPH) or graph.endswith("/inferred"):
        return None
    return graph[len(prefix):]

