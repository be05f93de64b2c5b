"""Compaction: rewrite an on-disk store through Oxigraph's bulk loader into a fresh folder and swap it in atomically.

Why: transactions and later bulk loads leave RocksDB's data in its uncompressed levels (~320 B/quad after an
ingest); the bulk loader writes an empty store's data sorted into the compressed last level (~200 B/quad;
BENCHMARKS.md, "Store size"). Oxigraph has no call that recompresses in place (``optimize`` compacts, within the
same levels), so the store's quads are bulk-loaded into ``<store>.compacting``, checked (same quad count, same
named graphs), given the store folder's side files (kg-writes, feeds.json, kg-quarantine.json, …), and exchanged
with the store folder in one ``renameat2(RENAME_EXCHANGE)``.

Crash safety: until the exchange the store folder is only read; the exchange is atomic; after it the store folder
holds the complete, verified, cleanly closed copy. Whatever is left beside it (``.compacting``) is
scratch that the next compaction deletes. Where the file system cannot exchange two folders, two renames are used
and ``recover`` (run before every open) puts the old folder back if a crash fell between them.

The caller holds the write lock (no kg writer changes the store meanwhile) and ``not_served`` (no server reads it:
its read-only snapshots would lose their files).
"""

from __future__ import annotations

import ctypes
import errno
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from kg.errors import StoreError

TARGET_BYTES_PER_QUAD = 300  # issue 11's bound; an ingest above it (and big enough, see AUTO_MIN_ARTICLES) compacts
AUTO_MIN_ARTICLES = 100      # ingests smaller than this never compact (the RocksDB files' fixed cost dominates)
# RocksDB's own files; everything else in a store folder is a kg side file and is carried over.
_ROCKSDB_NAMES = ("CURRENT", "IDENTITY", "LOCK", "LOG")
_ROCKSDB_PREFIXES = ("LOG.old", "MANIFEST-", "OPTIONS-")
_ROCKSDB_SUFFIXES = (".sst", ".log", ".blob", ".dbtmp")
_LOCK_FILES = ("kg-write.lock", "kg-serve.lock")  # fresh ones are created on demand in the new folder


@dataclass(frozen=True)
class Compaction:
    quads: int
    graphs: int
    bytes_before: int
    bytes_after: int
    seconds: float

    def line(self) -> str:
        per = (lambda b: b / self.quads if self.quads else 0.0)
        return (f"compacted {self.quads:,} quads in {self.graphs:,} graphs: {self.bytes_before / 2**20:,.1f} → "
                f"{self.bytes_after / 2**20:,.1f} MiB ({per(self.bytes_before):.0f} → {per(self.bytes_after):.0f} "
                f"B/quad) in {self.seconds:.1f}s")


def scratch(path: Path) -> Path:
    return path.with_name(path.name + ".compacting")


def _old(path: Path) -> Path:
    return path.with_name(path.name + ".compact-old")


def size_on_disk(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


def is_side_file(name: str) -> bool:
    return not (name in _ROCKSDB_NAMES or name.startswith(_ROCKSDB_PREFIXES) or name.endswith(_ROCKSDB_SUFFIXES)
                or name in _LOCK_FILES)


def recover(path: Path) -> None:
    """Put the old folder back if a two-rename swap was cut between its renames (nothing at ``path``)."""
    path = Path(path)
    if not path.exists() and (_old(path) / "CURRENT").exists():
        try:
            os.rename(_old(path), path)
        except OSError:
            pass  # the swap went on meanwhile (or another reader recovered first): a store is at path again


def clean(path: Path) -> None:
    """Delete a past compaction's scratch (``path`` holds a complete store, or we would not be here)."""
    for leftover in (scratch(path), _old(path)):
        shutil.rmtree(leftover, ignore_errors=True)


def rebuild(source: ox.Store, path: Path) -> tuple[Path, int, int]:
    """Bulk-load every quad of ``source`` (the open store at ``path``) into the scratch folder, check it and
    close it; returns the folder, its quad count and graph count. Raises StoreError, leaving no scratch behind.

    Quads go from store to store (``bulk_extend``), not through an N-Quads dump: the bulk loader's parser renames
    blank nodes, and the two cost the same CPU (480k quads: 21.6 s against 22.4 s dump + load)."""
    target = scratch(path)
    clean(path)
    try:
        quads = len(source)
        graphs = set(source.named_graphs())
        fresh = ox.Store(str(target))
        try:
            fresh.bulk_extend(source)
            fresh.flush()
            got_quads, got_graphs = len(fresh), set(fresh.named_graphs())
        finally:
            del fresh  # closes the new store: RocksDB writes its last files now
        if got_quads != quads or got_graphs != graphs:
            raise StoreError(f"{path}: compaction check failed ({got_quads:,} quads in {len(got_graphs):,} graphs "
                             f"against {quads:,} in {len(graphs):,}); the store is unchanged")
        copy_side_files(path, target)
        return target, quads, len(graphs)
    except BaseException as exc:
        shutil.rmtree(target, ignore_errors=True)
        if isinstance(exc, (OSError, RuntimeError, SyntaxError, ValueError)):
            raise StoreError(f"{path}: compaction failed, the store is unchanged: {_first_line(exc)}") from None
        raise


def copy_side_files(source: Path, target: Path, *, only_changed: bool = False) -> None:
    """Copy kg's side files (not RocksDB's, not the lock files) from one store folder to another; with
    ``only_changed``, those that differ in size or time (written during the swap by a process that does not
    take the write lock)."""
    for entry in os.scandir(source):
        if not is_side_file(entry.name):
            continue
        dest = target / entry.name
        if only_changed and dest.exists():
            a, b = entry.stat(follow_symlinks=False), dest.stat(follow_symlinks=False)
            if (a.st_size, a.st_mtime_ns) == (b.st_size, b.st_mtime_ns):
                continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(dest, ignore_errors=True)
            shutil.copytree(entry.path, dest, symlinks=True)
        else:
            shutil.copy2(entry.path, dest, follow_symlinks=False)


def swap(path: Path, target: Path) -> None:
    """Make ``target`` the store at ``path``: one atomic exchange, else two renames (``recover`` undoes a cut).
    Afterwards ``target`` holds the old store; side files written to it meanwhile are carried over, then it
    is deleted."""
    try:
        if not _exchange(target, path):
            os.rename(path, _old(path))
            os.rename(target, path)  # a failure here is undone by recover (Store.compact runs it at once)
            os.rename(_old(path), target)
    except OSError as exc:
        shutil.rmtree(target, ignore_errors=True)
        raise StoreError(f"{path}: compaction failed at the swap, the store is unchanged: {_first_line(exc)}") from None
    copy_side_files(target, path, only_changed=True)
    shutil.rmtree(target, ignore_errors=True)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _exchange(a: Path, b: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): swap two folders atomically (Linux ≥ 3.15, glibc ≥ 2.28); False if not here."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    err = ctypes.get_errno()
    if err in (errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP):
        return False  # the file system cannot exchange: fall back on renames
    raise OSError(err, os.strerror(err), str(b))


def _first_line(exc: BaseException) -> str:
    text = str(exc)
    return text.splitlines()[0] if text else exc.__class__.__name__


def after_ingest(store, articles: int) -> str | None:  # noqa: ANN001 - a kg.store.Store
    """Compact after a big ingest (``articles`` ≥ AUTO_MIN_ARTICLES) that left the store above the target size per
    quad; a line saying what happened, or None when nothing was to do. A served store is left for later."""
    from kg.errors import StoreBusy

    if articles < AUTO_MIN_ARTICLES or store.path is None or store.read_only:
        return None
    quads = len(store)
    if not quads or size_on_disk(store.path) / quads <= TARGET_BYTES_PER_QUAD:
        return None
    try:
        return store.compact().line()
    except StoreBusy as exc:
        return f"not compacted: {exc}; run 'kg compact' then"
