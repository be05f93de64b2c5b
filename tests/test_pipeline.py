"""Ingest end to end on a synthetic article: named graphs, provenance, idempotence, and all-or-nothing errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import build
from kg.errors import SourceError, ValidationError
from kg.extract.model import Extraction, Statement, Speaker, Support
from kg.pipeline import ingest
from kg.store import Store

AT = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _nquads(store: Store) -> set[str]:
    return set(store.dump(ox.RdfFormat.N_QUADS).decode().splitlines())


def test_each_article_gets_its_own_graph_with_provenance(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    graph = str(build.graph_iri("synthetic-meeting"))
    assert graph in store.graphs()
    ask = store.query("""
        PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX kg: <https://w3id.org/kg/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        ASK { GRAPH ?g { ?g prov:wasDerivedFrom ?doc ; prov:wasGeneratedBy ?act .
                         ?doc kg:sha256 ?h ; dcterms:title "Synthetic meeting" ; dcterms:issued ?d .
                         ?act kg:extractor "synthetic/1" ; prov:endedAtTime ?t } }""")
    assert bool(ask)


def test_evidence_offsets_point_into_the_document(tmp_path, synthetic_article, synthetic_extractor):
    from kg.sources import load

    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    text = load(synthetic_article).text
    rows = list(store.query((Path(__file__).parent.parent / "ontology/queries/evidence.rq").read_text()))
    assert rows
    for row in rows:
        start, end = int(row["start"].value), int(row["end"].value)
        assert text[start:end] == row["text"].value


def test_reingest_gives_identical_quads(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    first = _nquads(store)
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    assert _nquads(store) == first


def test_reingest_replaces_the_old_graph(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    ingest([synthetic_article], store=store, extractor=synthetic_extractor,
           now=AT + dt.timedelta(days=1))
    times = list(store.query("PREFIX prov: <http://www.w3.org/ns/prov#> "
                             "SELECT ?t WHERE { GRAPH ?g { ?a prov:endedAtTime ?t } }"))
    assert len(times) == 1 and times[0]["t"].value.startswith("2026-01-02")


def test_inferences_live_in_their_own_graph(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    inferred = str(build.inferred_graph_iri("synthetic-meeting"))
    assert bool(store.query(f"""PREFIX prov: <http://www.w3.org/ns/prov#>
        ASK {{ GRAPH <{inferred}> {{ ?s a prov:Agent }} }}"""))
    assert not bool(store.query(f"""PREFIX prov: <http://www.w3.org/ns/prov#>
        ASK {{ GRAPH <{build.graph_iri('synthetic-meeting')}> {{ ?s a prov:Agent }} }}"""))


class BrokenExtractor:
    """Produces a statement with no evidence: the SHACL contract must refuse it."""

    name = "broken/1"

    def extract(self, document):
        return Extraction(extractor=self.name, statements=[
            Statement(Speaker("unnamed", "officials", "officials"), "something", support=Support(rule="r"))])


def test_invalid_article_leaves_store_unchanged(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    before = _nquads(store)
    with pytest.raises(ValidationError) as err:
        ingest([synthetic_article], store=store, extractor=BrokenExtractor(), now=AT, all_or_nothing=True)
    assert "synthetic-meeting" in str(err.value) and "evidence" in str(err.value)
    assert _nquads(store) == before


def test_bad_file_in_batch_leaves_store_unchanged(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    before = _nquads(store)
    bad = synthetic_article.parent / "zz-bad.txt"
    bad.write_text("---\ntitle: x\npublished: yesterday\n---\nText.\n")
    with pytest.raises(SourceError, match=r"zz-bad.txt:3: published date"):
        ingest([synthetic_article.parent], store=store, extractor=synthetic_extractor, now=AT, all_or_nothing=True)
    assert _nquads(store) == before


def test_aliases_that_only_change_case_are_dropped():
    from kg.build import _aliases

    assert _aliases("Ministry of External Affairs", ["MEA", "Ministry Of External Affairs", "mea"]) == ["MEA"]
