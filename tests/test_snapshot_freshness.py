"""A reader (kg.store.Snapshot) sees kg's own writes at once through the write count, without listing the store
folder before every read, and any other writer's within SIGNATURE_EVERY through the folder's signature."""

from __future__ import annotations

import time

import pyoxigraph as ox

from kg import store as store_mod
from kg.store import Snapshot, Store, write_count

G1, G2 = "https://w3id.org/kg/graph/one", "https://w3id.org/kg/graph/two"
TRIPLE = '<https://w3id.org/kg/id/a> <http://www.w3.org/2000/01/rdf-schema#label> "{}" .\n'


def _graphs(snapshot: Snapshot) -> set[str]:
    return snapshot.read(lambda s: {str(row["g"].value) for row in s.query("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")})


def test_every_kg_write_is_counted_and_seen_by_an_open_reader_at_once(tmp_path, monkeypatch):
    path = tmp_path / "store"
    with Store(path) as s:
        s.replace_graphs({G1: TRIPLE.format("one")})
    snapshot = Snapshot(path)
    assert _graphs(snapshot) == {G1}
    monkeypatch.setattr(store_mod, "SIGNATURE_EVERY", 3600.0)  # only the count can tell the reader now
    before = write_count(path)
    with Store(path) as s:
        s.replace_graphs({G2: TRIPLE.format("two")})
    assert write_count(path) > before
    assert _graphs(snapshot) == {G1, G2}


def test_a_write_by_anything_else_is_seen_within_the_signature_period(tmp_path):
    path = tmp_path / "store"
    with Store(path) as s:
        s.replace_graphs({G1: TRIPLE.format("one")})
    snapshot = Snapshot(path)
    assert _graphs(snapshot) == {G1}
    count = write_count(path)
    foreign = ox.Store(str(path))  # pyoxigraph itself: no kg lock, no write count
    foreign.add(ox.Quad(ox.NamedNode("https://w3id.org/kg/id/b"), ox.NamedNode("http://example.org/p"),
                        ox.Literal("x"), ox.NamedNode(G2)))
    foreign.flush()
    del foreign
    assert write_count(path) == count
    time.sleep(store_mod.SIGNATURE_EVERY * 1.5)
    assert _graphs(snapshot) == {G1, G2}
