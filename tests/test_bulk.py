"""The bulk path: 'kg extract' on a real 2-worker Dask LocalCluster, then 'kg load', gives exactly the quads
'kg ingest' gives, on the embedded store and on Virtuoso.

Normalisation: none beyond fixing the ingest time. Both paths are given the same ``now`` (the time stamped on each
article's ingest activity); cross-report identity graphs are computed from the loaded articles and must match
to the quad, blank-node free."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.bulk import extract, load
from kg.pipeline import ingest
from kg.store import Store, open_store

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "data" / "articles"
CORPUS = REPO.parent / "shared" / "corpus"
PATHS = [SEEDS] + ([CORPUS] if CORPUS.is_dir() else [])
AT = dt.datetime(2026, 2, 9, tzinfo=dt.timezone.utc)
KG = str(Path(sys.executable).with_name("kg"))


def _quads(store) -> set[str]:
    return {str(q) for q in store.quads()}


@pytest.fixture(scope="module")
def shards(tmp_path_factory) -> Path:
    """The seeds and the shared corpus, extracted in shards of 3 on a LocalCluster of 2 worker processes."""
    out = tmp_path_factory.mktemp("shards")
    report = extract(PATHS, out, workers=2, shard_size=3, now=AT)
    assert report.shards >= 2 and not report.rejected
    return out


@pytest.fixture(scope="module")
def ingested(tmp_path_factory) -> set[str]:
    store = Store(tmp_path_factory.mktemp("ingest") / "store")
    ingest(PATHS, store=store, now=AT)
    return _quads(store)


def test_shards_hold_every_article_with_provenance_and_inferences(shards, ingested):
    names = sorted(p.name for p in shards.glob("*.nq"))
    assert "ontology.nq" in names and len(names) >= 3
    text = b"".join(p.read_bytes() for p in shards.glob("shard-*.nq")).decode("utf-8")
    assert "/inferred>" in text and "http://www.w3.org/ns/prov#wasGeneratedBy" in text
    assert "https://w3id.org/kg/identity/keys/" in text


def test_extract_then_load_equals_ingest_embedded(shards, ingested, tmp_path):
    store = Store(tmp_path / "store")
    load(shards, store=store)
    assert _quads(store) == ingested


def test_loading_twice_changes_nothing(shards, ingested, tmp_path):
    store = Store(tmp_path / "store")
    load(shards, store=store)
    load(shards, store=store)
    assert _quads(store) == ingested


def test_extract_then_load_equals_ingest_on_virtuoso(shards, ingested, remote):
    with open_store(remote) as server:
        load(shards, store=server)
        assert _quads(server) == ingested


def test_a_broken_shard_names_itself_and_loads_nothing(shards, tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    for p in shards.glob("*.nq"):
        (bad / p.name).write_bytes(p.read_bytes())
    (bad / "shard-99999.nq").write_text("<https://w3id.org/kg/id/x> <http://x/p> \"unterminated .\n")
    store_dir = tmp_path / "store"
    out = subprocess.run([KG, "load", str(bad), "--store", str(store_dir)], capture_output=True, text=True)
    assert out.returncode == 2 and "shard-99999.nq" in out.stderr and "Traceback" not in out.stderr
    assert not (store_dir / "CURRENT").exists() or len(Store(store_dir)) == 0


def test_cli_extract_and_load(tmp_path):
    out = tmp_path / "shards"
    run = subprocess.run([KG, "extract", str(SEEDS), "--out", str(out), "--workers", "2", "--shard-size", "1"],
                         capture_output=True, text=True, env=os.environ.copy(), timeout=600)
    assert run.returncode == 0, run.stderr
    assert len(list(out.glob("shard-*.nq"))) == 2
    loaded = subprocess.run([KG, "load", str(out), "--store", str(tmp_path / "store")], capture_output=True,
                            text=True, timeout=600)
    assert loaded.returncode == 0, loaded.stderr
    stats = subprocess.run([KG, "stats", "--store", str(tmp_path / "store"), "--json"], capture_output=True,
                           text=True, timeout=600)
    assert '"articles": 2' in stats.stdout
