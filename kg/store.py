"""The only module that knows the backend: an embedded, persistent Oxigraph store (the default), or a remote
SPARQL 1.1 server (``kg.remote``, chosen by ``--store sparql+http://…``) behind the same methods;
``open_store`` and ``reader`` pick one from a location.

Why Oxigraph: on our graph shape it loads 12-15x faster than rdflib's memory store, answers analyst queries
4-420x faster and persists to disk with no server (shared/PERFORMANCE-NOTES.md, and bench/). rdflib users get
the same data through ``rdflib_dataset()`` (oxrdflib). Every write replaces whole named graphs inside one
SPARQL Update, which Oxigraph runs as a single transaction: a failed write leaves the store as it was.

The on-disk protocol between one writer and many readers lives here, for every process that touches a store
(``kg ingest``, the server's query, update and page readers, ``kg export``):

* writes (and the read-write open) hold an exclusive ``flock`` on ``<store>/kg-write.lock`` (``write_lock``);
* a read-only open is a snapshot, taken under the same lock shared, so it never sees a half-written store;
* every write appends one byte to ``<store>/kg-writes`` before it releases that lock (``write_count``);
* a reader compares that count (one stat) before each read and re-opens when a kg writer wrote since; it also
  compares the store's ``signature`` (names, sizes, mtimes of its files: ~0.05 ms) at least every
  ``SIGNATURE_EVERY`` seconds, for any other writer; a read that fails because a compaction removed a file its
  snapshot needed is retried on a fresh snapshot, the last time under the shared lock (``Snapshot.read``);
* a server holds ``<store>/kg-serve.lock`` shared while it runs (``hold_serving``); ``kg compact`` (kg.compact),
  which replaces the whole folder, holds it exclusive and refuses while a server has it (``not_served``). Every
  lock is taken on the lock file that is at the store's path once it is granted, not on a swapped-out folder's.
"""

from __future__ import annotations

import fcntl
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import pyoxigraph as ox

from kg import dataset
from kg.errors import QueryError, StoreBusy, StoreError, StoreRefused
from kg.remote import RemoteLocation, RemoteReader, RemoteStore, is_remote
from kg.remote import signature as remote_signature

# The dataset's default graph, as analysts expect of a news graph (Fuseki's unionDefaultGraph): the union of
# every named graph. Shipped queries still scope with GRAPH ?g, which is faster and de-duplicates nothing wrongly.
UNION_DEFAULT = True

LOCK_NAME = "kg-write.lock"
SERVE_LOCK_NAME = "kg-serve.lock"  # shared by every server of the store while it runs (hold_serving)
WRITES_NAME = "kg-writes"  # grows by one byte per write: its size is the count of writes (never reused)
SIGNATURE_EVERY = 0.05  # seconds between full signatures; kg's own writes are seen at once through kg-writes
_STORAGE_WORDS = ("Corruption", "IO error", "No such file", "RocksDB")
READ_ATTEMPTS = 6  # optimistic ones, then one under the shared lock (a writer waits for that one read)
RETRY_PAUSE = 0.02  # seconds, times the attempt number: lets a background compaction finish

if TYPE_CHECKING:
    from kg.compact import Compaction

T = TypeVar("T")


# -- the on-disk protocol ----------------------------------------------------------------------------------
def signature(path: Path | RemoteLocation) -> tuple:
    """Changes whenever anything writes the store (WAL appends, flushes, compactions)."""
    if is_remote(path):
        return remote_signature()
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except (FileNotFoundError, NotADirectoryError):
        return ()
    sig = []
    for entry in entries:
        if entry.name.startswith(("LOG", "kg-")) or entry.name == "LOCK":  # kg-*: our lock, quarantine report
            continue
        if entry.name.endswith(".sst"):  # RocksDB never rewrites a table file: its name says it all (no stat)
            sig.append((entry.name,))
            continue
        try:
            st = entry.stat()
        except FileNotFoundError:
            continue
        sig.append((entry.name, st.st_size, st.st_mtime_ns))
    return tuple(sig)


_held: dict[str, list[int]] = {}   # store path → [fd, depth] of this process's exclusive lock (re-entrant)
_held_guard = threading.RLock()


def _lock_fd(path: Path, name: str, mode: int) -> int | None:
    """An fd holding ``flock(mode)`` on <store>/<name>; None when the folder cannot be written (a read-only
    deploy). A compaction swaps the store folder while others wait on the old folder's lock file, so a lock
    whose file is no longer the one at <store>/<name> is dropped and taken again on the current file."""
    while True:
        try:
            fd = os.open(path / name, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError:
            return None
        try:
            fcntl.flock(fd, mode)
            if os.fstat(fd).st_ino == os.stat(path / name).st_ino:
                return fd
        except FileNotFoundError:
            pass  # the folder was swapped while we waited: take the lock again on the current one
        except BaseException:
            os.close(fd)
            raise
        os.close(fd)


@contextmanager
def _flock(path: Path, mode: int) -> Iterator[None]:
    """flock on <store>/kg-write.lock; a no-op when the folder cannot be written (a read-only deploy)."""
    fd = _lock_fd(path, LOCK_NAME, mode)
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)  # closing releases the flock


@contextmanager
def write_lock(path: Path) -> Iterator[None]:
    """The writer's side: exclusive, re-entrant within a process (an update process holds it across open,
    transaction and close; the Store's own writes then take it again)."""
    key = str(Path(path).resolve())
    with _held_guard:
        if key in _held:
            _held[key][1] += 1
            try:
                yield
            finally:
                _held[key][1] -= 1
            return
        with _flock(Path(path), fcntl.LOCK_EX):
            _held[key] = [0, 1]
            try:
                yield
            finally:
                del _held[key]
                _count_write(Path(path))  # still under the lock: a reader that sees the count sees the write


def _count_write(path: Path) -> None:
    try:
        fd = os.open(path / WRITES_NAME, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
    except OSError:
        return  # a read-only folder: readers fall back on the signature
    try:
        os.write(fd, b".")
    finally:
        os.close(fd)


def hold_serving(path: Path) -> int | None:
    """A server's side: a shared flock on <store>/kg-serve.lock, held (by the returned fd) as long as the
    server lives, so ``kg compact`` can tell that readers hold the store open. Close the fd to release it."""
    return _lock_fd(Path(path), SERVE_LOCK_NAME, fcntl.LOCK_SH)


@contextmanager
def not_served(path: Path) -> Iterator[None]:
    """Hold off servers (``hold_serving``) for the duration; raises StoreBusy at once if one holds the store."""
    path = Path(path)
    try:
        fd = _lock_fd(path, SERVE_LOCK_NAME, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise StoreBusy(f"{path}: a server ('kg serve') has this store open; stop it first") from None
    try:
        yield
    finally:
        if fd is not None:
            os.close(fd)


def write_count(path: Path) -> int:
    """How many times kg has written the store at ``path`` (-1 when it never has): one stat, ~2 µs."""
    try:
        return os.stat(path / WRITES_NAME).st_size
    except OSError:
        return -1


@contextmanager
def read_lock(path: Path) -> Iterator[None]:
    with _flock(Path(path), fcntl.LOCK_SH):
        yield


def open_snapshot(path: Path) -> "Store":
    """A read-only snapshot of the store at ``path``, never of a half-written one."""
    with read_lock(path):
        return Store(path, read_only=True)


class Snapshot:
    """A reader that follows writers: re-opens when the store changed, retries a read that a compaction broke.
    Thread-safe; one per process (or per server worker) is enough."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._store: Store | None = None
        self._sig: tuple | None = None
        self._writes = -1
        self._checked = 0.0  # time.monotonic() of the last full signature
        self._lock = threading.Lock()

    def current(self) -> tuple["Store", tuple]:
        """The open snapshot and its signature, re-opened first if anything wrote the store since: kg's own
        writes at once (write_count), any other writer within SIGNATURE_EVERY (the signature)."""
        with self._lock:
            writes, now = write_count(self.path), time.monotonic()
            if self._store is not None and writes == self._writes and now - self._checked < SIGNATURE_EVERY:
                return self._store, self._sig  # type: ignore[return-value]
            sig = signature(self.path)
            if self._store is None or sig != self._sig or writes != self._writes:
                self._store, self._sig = open_snapshot(self.path), sig
            self._writes, self._checked = writes, now
            return self._store, self._sig

    def invalidate(self) -> None:
        with self._lock:
            self._store, self._sig, self._writes = None, None, -1

    def read(self, fn: Callable[["Store"], T]) -> T:
        """``fn(store)`` on a current snapshot; ``fn`` must consume its results (they are read lazily).

        RocksDB compacts in background threads after a write returns, outside any lock of ours, so a file a
        snapshot (or an open) needs can vanish at any moment: such a read or open is retried on a fresh
        snapshot, after a short pause, and the last attempt holds the shared lock."""
        for attempt in range(1, READ_ATTEMPTS + 1):
            try:
                if attempt < READ_ATTEMPTS:
                    return fn(self.current()[0])
                with read_lock(self.path):  # no writer can start now
                    self.invalidate()
                    return fn(self.current()[0])
            except PermissionError:
                raise  # not a vanished file: the sandbox refused something (see kg.sandbox)
            except (OSError, StoreError) as exc:
                self.invalidate()
                if attempt == READ_ATTEMPTS or (isinstance(exc, StoreError) and "no store here" in str(exc)):
                    if isinstance(exc, StoreError):
                        raise
                    raise StoreError(f"{self.path}: cannot read the store: {_first_line(exc)}") from None
                time.sleep(RETRY_PAUSE * attempt)
        raise AssertionError("unreachable")


def _write_error(exc: BaseException) -> type[StoreError]:
    """Which error a failed write raises: the data's fault (a parse error: StoreRefused, one article can be set
    aside) or the store's (I/O: StoreError, the ingest stops)."""
    return StoreError if isinstance(exc, OSError) else StoreRefused


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else exc.__class__.__name__


class Store:
    """A store on disk (``path``) or in memory (``path=None``)."""

    def __init__(self, path: Path | None = None, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        try:
            if path is not None and not (path / "CURRENT").exists():
                from kg.compact import recover

                recover(path)  # a compaction's two-rename swap cut by a crash: the old folder goes back
            if path is None:
                self._ox = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"{path}: no store here (run 'kg build' or 'kg ingest' first)")
                self._ox = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                with write_lock(path):
                    self._ox = ox.Store(str(path))
        except (OSError, RuntimeError) as exc:  # RuntimeError: RocksDB's "Corruption: …"
            reason = _first_line(exc)
            if "lock" in reason.lower():
                reason = "it is open in another process (is 'kg serve' running on it?)"
            raise StoreError(f"{path}: cannot open the store: {reason}") from None

    # -- writing -----------------------------------------------------------------------------------------
    def replace_graphs(self, graphs: dict[str, str]) -> None:
        """Replace each named graph (IRI → N-Triples text) in one transaction; all or nothing.

        (Oxigraph's transactional N-Quads ``load`` was tried for batches of new graphs: same CPU, less wall time,
        but a store three times larger on disk after 1,000 articles — 760 vs 245 MiB; see BENCHMARKS.md.)"""
        if not graphs:
            return
        parts = [f"DROP SILENT GRAPH <{iri}>" for iri in graphs]
        body = "\n".join(f"GRAPH <{iri}> {{\n{nt}\n}}" for iri, nt in graphs.items())
        parts.append(f"INSERT DATA {{\n{body}\n}}")
        self._update(";\n".join(parts))

    def _update(self, sparql: str) -> None:
        """One SPARQL update, one transaction, under the write lock (re-entrant): a failure changes nothing."""
        try:
            with self._writing():
                self._ox.update(sparql)
        except (SyntaxError, OSError, ValueError) as exc:
            raise _write_error(exc)(f"{self.path or 'memory store'}: write failed, nothing changed: {exc}") from None

    def rewrite_graphs(self, graphs: dict[str, str]) -> None:
        """Replace each named graph's content (IRI → N-Triples text) as ``replace_graphs`` does, in one
        transaction, but by deleting only the triples that go and inserting only those that come.

        Why: graphs rewritten every chunk of an ingest (summaries, canonical clusters) mostly gain a few rows and
        change a few counts. Dropping and re-inserting them whole costs a delete and an insert of every quad in
        each of the store's six indexes, and the deletes pile up as RocksDB tombstones that every later read of
        the graph's key range steps over (profile at 1,000 articles: ``DROP`` + ``INSERT DATA`` of summary and
        identity graphs 37% of the main process's CPU in the second chunk). A graph holding blank nodes (which
        ``DELETE DATA`` cannot name; any "_:" in either text), or given no triple (replace_graphs leaves no named
        graph then, where deleting every triple would leave an empty one), is replaced whole.

        Old and new are compared as N-Triples lines (Oxigraph's dump of the graph against the text given), not as
        sets of parsed triples: at 2,000 articles, building both sides' Triple objects, scanning them for blank
        nodes and formatting the changed ones back into text was ~2/3 of the summaries' rewrite. Oxigraph writes a
        term in the canonical form kg's writers use; a line spelt otherwise (``"x"^^xsd:string``, an escape) is
        deleted and inserted again in the same update: the same store."""
        if not graphs:
            return
        with self._writing():
            deletes, inserts, whole = [], [], {}
            for iri, nt in graphs.items():
                old_text = self._ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(iri)) or b""
                new = {line for line in _nt_lines(nt) if line.strip()}
                if not new or "_:" in nt or b"_:" in old_text:  # (any "_:", even in a literal: replaced whole)
                    whole[iri] = nt
                    continue
                old = set(_nt_lines(old_text.decode("utf-8")))
                if gone := old - new:
                    deletes.append(f"GRAPH <{iri}> {{\n" + "\n".join(gone) + "\n}")
                if come := new - old:
                    inserts.append(f"GRAPH <{iri}> {{\n" + "\n".join(come) + "\n}")
            parts = [f"DROP SILENT GRAPH <{iri}>" for iri in whole]
            if deletes:
                parts.append("DELETE DATA {\n" + "\n".join(deletes) + "\n}")
            body = inserts + [f"GRAPH <{iri}> {{\n{nt}\n}}" for iri, nt in whole.items()]
            if body:
                parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
            if parts:
                self._update(";\n".join(parts))

    def add_to_graphs(self, graphs: dict[str, str]) -> None:
        """Add triples (IRI → N-Triples text) to named graphs, keeping what they hold, in one transaction; all or
        nothing (a summary gaining rows: kg.summary.refresh_ingest)."""
        if not graphs:
            return
        body = "\n".join(f"GRAPH <{iri}> {{\n{nt}\n}}" for iri, nt in graphs.items())
        self._update(f"INSERT DATA {{\n{body}\n}}")

    def bulk_load(self, nquads: bytes | Path) -> None:
        """Fast, non-transactional load for first imports, benchmarks and restores (Oxigraph's bulk loader):
        N-Quads as bytes, or a file read as a stream (a 10M-quad file never sits in memory). Into an empty
        store it writes sorted, compact files (~190 B/quad, against ~1 KB for transactions)."""
        source = {"path": str(nquads)} if isinstance(nquads, Path) else {"input": nquads}
        try:
            with self._writing():
                self._ox.bulk_load(format=ox.RdfFormat.N_QUADS, **source)
        except (SyntaxError, OSError, ValueError) as exc:
            raise _write_error(exc)(f"{self.path or 'memory store'}: bulk load failed: {_first_line(exc)}") from None

    def add_new_graphs(self, graphs: dict[str, str]) -> bool:
        """Add named graphs (IRI → N-Triples text) that are not in the store yet, all or nothing, through the bulk
        loader: ~5x less CPU than a transaction (into an empty store it also writes compressed files, ~190 B/quad;
        later loads land uncompressed like transactions, ~315: BENCHMARKS.md).

        Returns False, writing nothing, when this store cannot (memory, read-only) or when one of the graphs exists
        (replacing needs a DROP, which the bulk loader cannot join): use ``replace_graphs`` then. Why all or
        nothing holds: pyoxigraph 0.5's bulk loader builds every table file first and, at its commit, hands them to
        RocksDB in one IngestExternalFiles call over all column families, which RocksDB applies atomically (the
        non-atomic mode, ``without_atomicity``, is not what ``Store.bulk_load`` uses); a parse or I/O error before
        that deletes the files and raises. Raises StoreError when the load fails; nothing is written then."""
        if self.path is None or self.read_only or not graphs:
            return False
        names = [ox.NamedNode(iri) for iri in graphs]
        if any(self._ox.contains_named_graph(g) for g in names):
            return False
        nquads = "".join(_as_nquads(iri, nt) for iri, nt in graphs.items())
        self.bulk_load(nquads.encode("utf-8"))
        return True

    def load_new_graphs(self, graphs: dict[str, str]) -> None:
        """Add named graphs (IRI → N-Triples text) known not to be in the store, in one transactional N-Quads load
        (for a first import staged in memory: ~40% less CPU than INSERT DATA; on disk it would leave a store three
        times larger, see ``replace_graphs``). All or nothing; raises StoreError."""
        if not graphs:
            return
        if self.path is None and all(map(_statements_only, graphs.values())):
            self._load_each(graphs)
            return
        nquads = "".join(_as_nquads(iri, nt) for iri, nt in graphs.items()).encode("utf-8")
        try:
            with self._writing():
                self._ox.load(nquads, format=ox.RdfFormat.N_QUADS)
        except (SyntaxError, OSError, ValueError) as exc:
            raise _write_error(exc)(f"{self.path or 'memory store'}: write failed, nothing changed: {_first_line(exc)}") from None

    def _load_each(self, graphs: dict[str, str]) -> None:
        """``load_new_graphs`` in a memory store: each graph's N-Triples parsed straight into its graph (no N-Quads
        text: ~1.9 against ~3 ms an article, the text's check and rewriting being most of the difference). All or
        nothing still: a graph that fails to parse loads nothing of itself, and the graphs loaded before it are
        removed again (they were new); a memory store dies with its process, so no kill can leave a part."""
        loaded: list[ox.NamedNode] = []
        with self._writing():
            try:
                for iri, nt in graphs.items():
                    name = ox.NamedNode(iri)
                    self._ox.load(nt.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES, to_graph=name)
                    loaded.append(name)
            except (SyntaxError, OSError, ValueError) as exc:
                for name in loaded:
                    self._ox.remove_graph(name)
                raise _write_error(exc)(f"memory store: write failed, nothing changed: {_first_line(exc)}") from None

    def land(self, staged: "Store") -> None:
        """Every quad of ``staged`` (a first import staged in memory, kg.pipeline) into this store, which must be an
        empty one on disk, in one bulk load: the data lands sorted in RocksDB's compressed bottom level (~190
        B/quad, no compaction needed) and all or nothing (the bulk loader's one atomic commit, see
        ``add_new_graphs``). The count is checked after; raises StoreError on any failure, and the caller empties
        the store again (it was empty)."""
        if self.path is None or self.read_only:
            raise StoreError(f"{self.path or 'memory store'}: only an on-disk store open for writing can be loaded")
        try:
            with self._writing():
                if not self.is_empty():
                    raise StoreError(f"{self.path}: the store is no longer empty; the first import was not loaded")
                # store to store: ~20% less CPU than an N-Quads dump and load (152k quads: 1.2-1.4 s against 1.7)
                self._ox.bulk_extend(staged._ox)
                got, expected = len(self._ox), len(staged._ox)
        except (SyntaxError, OSError, RuntimeError, ValueError) as exc:
            raise StoreError(f"{self.path}: loading the first import failed: {_first_line(exc)}") from None
        if got != expected:
            raise StoreError(f"{self.path}: loading the first import failed its check ({got:,} quads against "
                             f"{expected:,})")

    def has_graph(self, iri: str) -> bool:
        return self._ox.contains_named_graph(ox.NamedNode(iri))

    def is_empty(self) -> bool:
        return next(iter(self._ox.quads_for_pattern(None, None, None, None)), None) is None  # len() counts all

    def load_nquads(self, nquads: bytes) -> None:
        """Replace every graph the N-Quads name with their content, through the bulk loader ('kg load')."""
        graphs = sorted({q.graph_name.value for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS)
                         if isinstance(q.graph_name, ox.NamedNode)})
        with self._writing():
            if graphs:
                self._ox.update(";\n".join(f"DROP SILENT GRAPH <{g}>" for g in graphs))
            self._ox.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)

    def optimize(self) -> None:
        """Compact the on-disk files after a large write: RocksDB leaves many small files behind, and keeps its
        write-ahead log (about as large as everything written since the store was opened: 2/3 of the bytes
        after a big ingest) until the store is opened again, so the store is re-opened here."""
        if self.path is not None and not self.read_only:
            with self._writing():
                self._ox.flush()
                self._ox.optimize()
                if sys.getrefcount(self._ox) == 2:  # nobody else holds it (an rdflib Dataset would): re-open
                    del self._ox  # closing and re-opening lets RocksDB delete the log it no longer needs
                    self._ox = ox.Store(str(self.path))

    def compact(self) -> "Compaction":
        """Rewrite the store through the bulk loader into a fresh folder and swap it in (kg.compact): ~320 → ~200
        B/quad after an ingest. Holds the write lock throughout; refuses (StoreBusy) while a server has the store
        open. On any failure before the swap the store is exactly as it was."""
        from kg import compact

        if self.path is None or self.read_only:
            raise StoreError(f"{self.path or 'memory store'}: only an on-disk store open for writing can be compacted")
        started = time.perf_counter()
        with self._writing(), not_served(self.path):
            if sys.getrefcount(self._ox) != 2:  # an rdflib Dataset holds it: it cannot be closed and re-opened
                raise StoreBusy(f"{self.path}: the store is in use in this process; close what holds it first")
            self._ox.flush()
            before = compact.size_on_disk(self.path)
            target, quads, graphs = compact.rebuild(self._ox, self.path)
            del self._ox  # RocksDB closes the old store; from here the store folder is ours to exchange
            try:
                compact.swap(self.path, target)
            finally:
                compact.recover(self.path)  # a swap cut between two renames: the old store goes back
                self._ox = ox.Store(str(self.path))
        return compact.Compaction(quads, graphs, before, compact.size_on_disk(self.path),
                                  time.perf_counter() - started)

    def clear(self) -> None:
        """Empty the store (a failed first import goes back to the empty store it started from)."""
        with self._writing():
            self._ox.clear()

    def drop_graphs(self, iris: list[str]) -> None:
        """Drop named graphs in one transaction (one SPARQL Update): all or nothing."""
        if not iris:
            return
        try:
            self._ox.update(";\n".join(f"DROP GRAPH <{ox.NamedNode(iri).value}>" for iri in iris))
        except (SyntaxError, OSError, ValueError) as exc:
            raise StoreError(f"{self.path or 'memory store'}: removal failed, nothing changed: {exc}") from None

    def drop_graph(self, iri: str) -> None:
        with self._writing():
            self._ox.update(f"DROP SILENT GRAPH <{iri}>")

    def update(self, sparql: str) -> None:
        try:
            with self._writing():
                self._ox.update(sparql)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL Update syntax error: {exc}") from None

    def flush(self) -> None:
        if self.path is not None and not self.read_only:
            with self._writing():
                self._ox.flush()

    @contextmanager
    def _writing(self) -> Iterator[None]:
        if self.path is None or self.read_only:
            yield
        else:
            with write_lock(self.path):
                yield

    # -- reading -----------------------------------------------------------------------------------------
    def query(
        self,
        sparql: str,
        *,
        default_graph: list[str] | None = None,
        named_graphs: list[str] | None = None,
        bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query. A dataset given by the protocol (default-graph-uri, named-graph-uri) wins
        over the union default graph."""
        kwargs: dict[str, object] = {}
        if default_graph or named_graphs:
            # SPARQL 1.1 Protocol §2.1.4: a request naming any graph gets exactly the dataset it names (a
            # default-graph-uri alone means no named graphs; a named-graph-uri alone, an empty default graph).
            kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph or []]
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graphs or []]
        elif UNION_DEFAULT:
            kwargs["use_default_graph_as_union"] = True
        if bindings:
            kwargs["substitutions"] = {ox.Variable(k): v for k, v in bindings.items()}
        try:
            return self._ox.query(sparql, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"SPARQL syntax error: {exc}") from None
        except RuntimeError as exc:  # Oxigraph's evaluation errors, and RocksDB's storage ones
            message = _first_line(exc)
            if any(word in message for word in _STORAGE_WORDS):
                raise OSError(message) from None  # a vanished file: Snapshot.read retries on a fresh snapshot
            raise QueryError(f"SPARQL evaluation error: {message}") from None

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self._ox.named_graphs() if isinstance(g, ox.NamedNode))

    def quads(self, graph: str | None = None) -> Iterator[ox.Quad]:
        return iter(self._ox.quads_for_pattern(None, None, None, ox.NamedNode(graph) if graph else None))

    def quads_matching(self, subject=None, predicate=None, obj=None, graph=None) -> Iterator[ox.Quad]:
        """Quads matching a pattern (None: any), straight from Oxigraph's indexes: for lookups by one known term,
        where parsing and planning a SPARQL query would cost more than the lookup itself."""
        return iter(self._ox.quads_for_pattern(subject, predicate, obj, graph))

    def __len__(self) -> int:
        return len(self._ox)

    def dump(self, fmt: ox.RdfFormat, *, graph: str | None = None) -> bytes:
        return dataset.dump(self._ox, fmt, graph=graph)

    def rdflib_dataset(self):  # -> rdflib.Dataset
        """The same data through rdflib's API (oxrdflib), for notebooks and rdflib-based tools."""
        return dataset.rdflib_dataset(self._ox)

    def close(self) -> None:
        if self.path is not None and not self.read_only:
            with write_lock(self.path):  # RocksDB writes its last files on close
                self._ox.flush()
                del self._ox
        else:
            del self._ox

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _as_nquads(iri: str, nt: str) -> str:
    """One graph's N-Triples as N-Quads: each line ends in ' .', the graph name goes before it."""
    tail = f" <{iri}> .\n"
    if _plain_lines(nt):  # what kg writes: one replace in C, not a Python step per line (~650k lines a chunk)
        return (nt if nt.endswith("\n") else nt + "\n").replace(" .\n", tail)
    return "".join(line.rstrip()[:-1].rstrip() + tail for line in _nt_lines(nt) if line.strip())


# N-Triples ends a line at CR or LF only (EOL ::= [#xD#xA]+); U+2028, NEL, form feed and the other breaks that
# str.splitlines knows may stand raw inside a literal ("a quote\u2028from a pasted page"), so splitting there would
# cut a statement in two and fail the whole load.
_NT_EOL = re.compile(r"[\r\n]+")


def _nt_lines(nt: str) -> list[str]:
    """An N-Triples text's lines: split at CR/LF only, never at a line break a literal may hold."""
    return _NT_EOL.split(nt)


_ODD_BREAKS = re.compile(r"[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _statements_only(nt: str) -> bool:
    """Loading this text as N-Triples into a graph gives what loading ``_as_nquads`` of it gives: every line ends in
    ' .' and only a line feed ends a line (as ``_plain_lines`` asks, without its slower test for blanks before the
    dot, which the N-Triples parser skips alike), no '_:' (one N-Quads document shares blank node labels across
    graphs, separate loads would not) and nothing that could open a comment (' #', '.#', a line opening with '#':
    the rewriting puts the graph name at a line's end, inside a comment closing the line)."""
    ends_open = nt.endswith(" .")
    if not (ends_open or nt.endswith(" .\n")) or "_:" in nt or " #" in nt or ".#" in nt or "\n#" in nt \
            or nt.startswith("#"):
        return False
    return nt.count(" .\n") == nt.count("\n") and not _ODD_BREAKS.search(nt)


# what would make the one replace differ from the line by line rewriting: a CR (the odd breaks a literal may hold
# raw take that slower path too, to be safe), or space before a line's ' .'


def _plain_lines(nt: str) -> bool:
    """Every line ends in ' .' and nothing else ends a line (N-Triples escapes line breaks inside literals, so
    ' .' then a line feed is only ever a line's end)."""
    ends_open = nt.endswith(" .")
    if not (ends_open or nt.endswith(" .\n")):
        return False
    lines = nt.count("\n") + ends_open
    if nt.count(" .\n") + ends_open != lines or _ODD_BREAKS.search(nt):
        return False
    # no blank before a line's ' .': the character before each ' .' ending a line (a regex, r'\s \.(?:\n|\Z)', scanned
    # the text a character at a time, ~1 ms an article); an empty part is preceded by the last one's line feed
    parts = nt.split(" .\n")
    if ends_open:
        parts[-1] = parts[-1][:-2]
        tail = parts[1:]
    else:
        tail = parts[1:-1]
    return not (parts[0][-1:].isspace() or any(not p or p[-1].isspace() for p in tail))


def iter_rows(result: ox.QuerySolutions) -> Iterable[tuple[ox.NamedNode | ox.Literal | ox.BlankNode | None, ...]]:
    variables = [v.value for v in result.variables]
    for solution in result:
        yield tuple(solution[v] for v in variables)


# -- choosing a backend -------------------------------------------------------------------------------------
Location = Path | RemoteLocation


def open_store(location: Location, *, read_only: bool = False) -> "Store | RemoteStore":
    """The store at ``location`` (Settings.location): an embedded folder or a remote SPARQL server."""
    if is_remote(location):
        return RemoteStore(location, read_only=read_only)  # type: ignore[arg-type]
    return Store(Path(location), read_only=read_only)  # type: ignore[arg-type]


def reader(location: Location) -> "Snapshot | RemoteReader":
    """A reader that follows writers (``Snapshot.read``) for either backend."""
    if is_remote(location):
        return RemoteReader(location)  # type: ignore[arg-type]
    return Snapshot(Path(location))  # type: ignore[arg-type]


def exists(location: Location) -> bool:
    """Is there a store to read? (A remote server is asked when it is opened.)"""
    if is_remote(location):
        return True
    if not (Path(location) / "CURRENT").exists():  # type: ignore[arg-type]
        from kg.compact import recover

        recover(Path(location))  # type: ignore[arg-type]  # a compaction's swap cut by a crash
    return (Path(location) / "CURRENT").exists()  # type: ignore[arg-type]
