"""How the web layer's own routes read the store: fixed queries from kg/web/queries (kg.resources.web_query),
values bound with substitutions, run on the app's Store or on this worker's kg.store.Snapshot.

The SPARQL endpoint runs client queries in killable processes (kg.web.workers); the pages' own queries are
fixed, bounded and parameterised, so each server worker reads in-process through one Snapshot: the same
protocol as every reader (shared lock to open, re-open after a write, retry a read a compaction broke), so a
page never fails because 'kg ingest' is writing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from flask import current_app

from kg.resources import web_query
from kg.store import Snapshot, Store, signature

T = TypeVar("T")
Row = dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]
_lock = threading.Lock()


def _snapshot() -> Snapshot:
    ext = current_app.extensions
    with _lock:
        if "kg.pages.snapshot" not in ext:
            ext["kg.pages.snapshot"] = Snapshot(Path(ext["kg.settings"].store))
        return ext["kg.pages.snapshot"]


def read(fn: Callable[[Store], T]) -> T:
    """``fn(store)``, which must consume its results, on the app's Store or a current snapshot."""
    ext = current_app.extensions
    if "kg.store" in ext:  # an app handed a Store (tests, notebooks)
        return fn(ext["kg.store"])
    return _snapshot().read(fn)


@lru_cache(maxsize=None)
def sparql(name: str) -> str:
    return web_query(name)


def select(name: str, **bindings: ox.NamedNode) -> list[Row]:
    """The rows of the web query ``name`` (unbound variables left out of each row)."""
    def rows(store: Store) -> list[Row]:
        result = store.query(sparql(name), bindings=bindings or None)
        names = [v.value for v in result.variables]  # type: ignore[union-attr]
        return [{n: row[n] for n in names if row[n] is not None} for row in result]  # type: ignore[union-attr]

    return read(rows)


def until_store_changes(key: str, build: Callable[[], T]) -> T:
    """``build()``, kept per server worker until anything writes the store (the network and the search index
    take seconds to read at a million quads; a stat of the store's files tells whether they are stale)."""
    ext = current_app.extensions
    if "kg.store" in ext:  # an app handed a Store (tests, notebooks): no files to watch
        return build()
    sig = signature(Path(ext["kg.settings"].store))
    cached = ext.get(key)
    if cached is None or cached[0] != sig:
        cached = ext[key] = (sig, build())
    return cached[1]
