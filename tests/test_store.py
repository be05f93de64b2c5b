"""kg.store on disk: compaction after big writes, the bulk loader's file path, emptiness (issue 11)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.errors import StoreError
from kg.store import Store


def _du(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _graphs(n: int) -> dict[str, str]:
    return {f"https://example.org/g/{i}": "\n".join(
        f'<https://example.org/s/{i}/{j}> <https://example.org/p> "value {i} {j} {"x" * 40}" .' for j in range(50))
        for i in range(n)}


def test_optimize_drops_the_write_ahead_log_and_keeps_every_quad(tmp_path):
    store = Store(tmp_path / "store")
    graphs = _graphs(400)
    for start in range(0, 400, 25):
        store.replace_graphs(dict(list(graphs.items())[start:start + 25]))
    store.flush()
    before, quads = _du(tmp_path / "store"), len(store)
    store.optimize()
    after = _du(tmp_path / "store")
    assert len(store) == quads == 20_000
    assert after < before / 2, (before, after)  # the log held every byte written since the open
    store.replace_graphs({"https://example.org/g/new": "<https://example.org/a> <https://example.org/b> <https://example.org/c> ."})
    assert len(store) == quads + 1  # still writable after the re-open


def test_optimize_keeps_a_store_someone_else_holds(tmp_path):
    store = Store(tmp_path / "store")
    store.replace_graphs(_graphs(2))
    dataset = store.rdflib_dataset()  # holds the same Oxigraph store: it must not be closed under it
    store.optimize()
    assert len(dataset) == len(store) == 100


def test_bulk_load_reads_a_file_as_a_stream(tmp_path):
    nq = tmp_path / "data.nq"
    nq.write_text("".join(f"<https://example.org/s{i}> <https://example.org/p> \"{i}\" <https://example.org/g> .\n"
                          for i in range(1000)))
    store = Store(tmp_path / "store")
    assert store.is_empty()
    store.bulk_load(nq)
    assert len(store) == 1000 and not store.is_empty()
    store.clear()
    assert store.is_empty()


def test_bulk_load_of_bad_data_names_the_store_and_the_error(tmp_path):
    store = Store(tmp_path / "store")
    with pytest.raises(StoreError, match="bulk load failed"):
        store.bulk_load(b"<https://example.org/s> <https://example.org/p> \"unterminated .\n")
