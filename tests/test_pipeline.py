"""Ingest end to end on a synthetic article: named graphs, provenance, idempotence, and all-or-nothing errors."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import build
from kg.errors import SourceError, ValidationError
from kg.extract import get_extractor
from kg.extract.model import Extraction, Role, Statement, Speaker, Support
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


# -- scale: chunks and the bulk first import (issue 11) -----------------------------------------------------
def _corpus(folder: Path, n: int) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "bench"))
    from corpus_gen import write_corpus

    write_corpus(folder, n)
    return folder


def test_ingest_in_chunks_gives_the_store_one_batch_gives(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 5)
    whole = Store(tmp_path / "whole")
    ingest([corpus], store=whole, now=AT)
    monkeypatch.setattr("kg.pipeline.CHUNK", 2)  # 3 chunks: resolution must link across them as in one batch
    chunked = Store(tmp_path / "chunked")
    report = ingest([corpus], store=chunked, now=AT)
    assert report.documents == 5 and len(report.graphs) == 5
    assert _nquads(chunked) == _nquads(whole)


def test_the_chunks_of_one_ingest_share_one_pool_of_workers_and_store_what_one_process_stores(tmp_path,
                                                                                                 monkeypatch):
    import os

    if (os.cpu_count() or 1) < 2:
        pytest.skip("extraction runs in one process on a one-core machine")
    import kg.pipeline

    corpus = _corpus(tmp_path / "corpus", 6)
    one = Store(tmp_path / "one")
    ingest([corpus], store=one, now=AT)  # 6 < PARALLEL_FROM: in this process
    pools = []
    start = kg.pipeline._Workers.pool

    def counted(self):
        pools.append(self._pool is None)
        return start(self)

    monkeypatch.setattr(kg.pipeline._Workers, "pool", counted)
    monkeypatch.setattr("kg.pipeline.PARALLEL_FROM", 2)
    monkeypatch.setattr("kg.pipeline.CHUNK", 2)  # 3 chunks, each large enough for the workers
    pooled = Store(tmp_path / "pooled")
    report = ingest([corpus], store=pooled, now=AT)
    assert report.documents == 6
    assert pools == [True, False, False]  # started for the first chunk, reused by the next two
    assert _nquads(pooled) == _nquads(one)


def test_a_duplicate_id_in_a_later_chunk_is_still_set_aside(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 3)
    twin = tmp_path / "more" / "00000.txt"  # same file name, same article id, another folder
    twin.parent.mkdir()
    twin.write_text((corpus / "00000.txt").read_text())
    monkeypatch.setattr("kg.pipeline.CHUNK", 2)
    report = ingest([corpus, twin.parent], store=Store(tmp_path / "store"), now=AT)
    assert report.documents == 3
    assert [r.path for r in report.rejected] == [str(twin)]


def test_bulk_first_import_stores_what_transactions_store(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 4)
    plain, bulk = Store(tmp_path / "plain"), Store(tmp_path / "bulk")
    ingest([corpus], store=plain, now=AT)  # staged in memory, one bulk load
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)  # --bulk's own path: chunks bulk-loaded as they come
    report = ingest([corpus], store=bulk, now=AT, bulk=True)
    assert report.documents == 4 and report.quads == len(bulk)
    assert _nquads(bulk) == _nquads(plain)


def test_bulk_on_a_store_that_has_data_replaces_graphs_as_usual(tmp_path, synthetic_article, synthetic_extractor):
    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT)
    first = _nquads(store)
    ingest([synthetic_article], store=store, extractor=synthetic_extractor, now=AT, bulk=True)
    assert _nquads(store) == first  # not loaded twice beside itself: the bulk loader is for empty stores only


def test_failed_bulk_import_leaves_the_store_empty(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 2)
    store = Store(tmp_path / "store")

    class Broken:  # an extractor whose second article breaks after the first chunk was bulk-loaded
        name = "broken/1"

        def __init__(self) -> None:
            from kg.extract import get_extractor

            self.rules, self.calls = get_extractor("rules"), 0

        def extract(self, document):
            self.calls += 1
            if self.calls == 2:
                raise KeyboardInterrupt  # as if the user stopped it: not a bad article, the import stops
            return self.rules.extract(document)

    monkeypatch.setattr("kg.pipeline.CHUNK", 1)
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)  # --bulk's own path (also taken past the stage)
    extractor = Broken()
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], store=store, extractor=extractor, now=AT, bulk=True)
    assert extractor.calls == 2  # the first article was written before the second broke
    assert len(store) == 0


def test_a_first_import_is_staged_in_memory_and_lands_in_one_bulk_load_with_what_chunks_store(tmp_path,
                                                                                                monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 5)
    lands, real = [], Store.land
    monkeypatch.setattr(Store, "land", lambda self, staged: lands.append(len(staged)) or real(self, staged))
    monkeypatch.setattr("kg.pipeline.CHUNK", 2)
    staged = Store(tmp_path / "staged")
    report = ingest([corpus], store=staged, now=AT)
    assert report.documents == 5 and lands == [len(staged)] == [report.quads]  # one load: everything
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)  # never staged: chunk by chunk into the store
    plain = Store(tmp_path / "plain")
    ingest([corpus], store=plain, now=AT)
    assert _nquads(staged) == _nquads(plain)
    ingest([corpus], store=staged, now=AT)  # a store with data: not staged, every article replaced
    assert lands == [report.quads] and _nquads(staged) == _nquads(plain)


def test_a_first_import_larger_than_the_stage_lands_it_then_goes_on_chunk_by_chunk(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 5)
    lands, real = [], Store.land
    monkeypatch.setattr(Store, "land", lambda self, staged: lands.append(len(staged)) or real(self, staged))
    monkeypatch.setattr("kg.pipeline.CHUNK", 2)
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 2)
    spilled = Store(tmp_path / "spilled")
    assert ingest([corpus], store=spilled, now=AT).documents == 5
    assert len(lands) == 1 and 0 < lands[0] < len(spilled)  # the first chunk landed, the rest came after
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)
    plain = Store(tmp_path / "plain")
    ingest([corpus], store=plain, now=AT)
    assert _nquads(spilled) == _nquads(plain)


def test_a_staged_first_import_stopped_before_it_lands_leaves_the_store_empty(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 3)

    class Broken:  # stopped (Ctrl-C) at the third article, after two chunks were written and resolved
        name = "broken/1"

        def __init__(self) -> None:
            from kg.extract import get_extractor

            self.rules, self.calls = get_extractor("rules"), 0

        def extract(self, document):
            self.calls += 1
            if self.calls == 3:
                raise KeyboardInterrupt
            return self.rules.extract(document)

    monkeypatch.setattr("kg.pipeline.CHUNK", 1)
    store = Store(tmp_path / "store")
    with pytest.raises(KeyboardInterrupt):
        ingest([corpus], store=store, extractor=Broken(), now=AT)
    assert len(store) == 0 and store.graphs() == []
    store.close()
    assert len(Store(tmp_path / "store")) == 0  # nothing on disk either


def test_a_staged_first_import_whose_landing_fails_leaves_the_store_empty(tmp_path, monkeypatch):
    from kg.errors import StoreError

    corpus = _corpus(tmp_path / "corpus", 2)
    real = Store.land

    def broken(self, staged):  # the worst case: written, then the check fails
        real(self, staged)
        raise StoreError("loading the first import failed its check")

    monkeypatch.setattr(Store, "land", broken)
    store = Store(tmp_path / "store")
    with pytest.raises(StoreError):
        ingest([corpus], store=store, now=AT)
    assert len(store) == 0
    monkeypatch.setattr(Store, "land", real)
    assert ingest([corpus], store=store, now=AT).documents == 2  # and it can be imported again


def test_new_articles_take_the_bulk_path_and_store_what_transactions_store(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 4)
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)  # chunk by chunk into the store, as a later ingest
    calls = []
    real = Store.add_new_graphs
    monkeypatch.setattr(Store, "add_new_graphs", lambda self, graphs: calls.append(len(graphs)) or real(self, graphs))
    fast = Store(tmp_path / "fast")
    ingest([corpus], store=fast, now=AT)
    assert calls == [8, 4]  # 4 articles × (graph, inferred graph) in one bulk load, then their 4 keys graphs
    monkeypatch.setattr(Store, "add_new_graphs", lambda self, graphs: False)
    plain = Store(tmp_path / "plain")
    ingest([corpus], store=plain, now=AT)
    assert _nquads(fast) == _nquads(plain)


def test_a_chunk_mixing_new_and_re_ingested_articles_replaces_the_old_and_adds_the_new(tmp_path):
    corpus = _corpus(tmp_path / "corpus", 4)
    first_two = tmp_path / "two"
    first_two.mkdir()
    for f in sorted(corpus.iterdir())[:2]:
        (first_two / f.name).write_text(f.read_text())
    mixed = Store(tmp_path / "mixed")
    ingest([first_two], store=mixed, now=AT)
    ingest([corpus], store=mixed, now=AT)  # 2 articles again (replaced), 2 new (bulk-loaded)
    whole = Store(tmp_path / "whole")
    ingest([corpus], store=whole, now=AT)
    assert _nquads(mixed) == _nquads(whole)


def test_a_failed_bulk_load_falls_back_to_one_transaction_per_article(tmp_path, monkeypatch):
    from kg.errors import StoreError

    corpus = _corpus(tmp_path / "corpus", 3)
    half = []

    def broken(self, graphs):  # the worst case: part of the chunk written, then the load fails
        first = dict(list(graphs.items())[:1])
        self.replace_graphs({g: nt.split("\n", 1)[0] for g, nt in first.items()})
        half.append(first)
        raise StoreError("disk full")

    monkeypatch.setattr(Store, "add_new_graphs", broken)
    monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)  # chunk by chunk into the store, as a later ingest
    store = Store(tmp_path / "store")
    report = ingest([corpus], store=store, now=AT)
    assert half and report.documents == 3
    monkeypatch.setattr(Store, "add_new_graphs", lambda self, graphs: False)
    plain = Store(tmp_path / "plain")
    ingest([corpus], store=plain, now=AT)
    assert _nquads(store) == _nquads(plain)  # each article whole, nothing half-loaded left behind


def test_a_post_two_facts_support_keeps_one_rule_and_the_surer_confidence(tmp_path, synthetic_article,
                                                                          synthetic_extractor):
    """Two roles naming one post (the same office, two sentences) must not break the one-rule, one-confidence
    contract and quarantine the whole article: the post keeps every evidence sentence and its surest support."""

    class SharedPost(type(synthetic_extractor)):  # the fixture's class: "conftest" names several modules
        def extract(self, document):
            x = super().extract(document)
            lopez, park = x.persons
            first = lopez.roles[0]
            park.roles = [Role(first.title, first.key, country=first.country,
                               support=Support(park.support.evidence + x.statements[0].support.evidence,
                                               rule="post-second", confidence=0.95))]
            first.support.rule, first.support.confidence = "post-first", 0.6
            return x

    store = Store(tmp_path / "store")
    ingest([synthetic_article], store=store, extractor=SharedPost(), now=AT)
    rows = list(store.query("""
        PREFIX kg: <https://w3id.org/kg/ontology#>
        SELECT ?rule ?confidence (COUNT(DISTINCT ?evidence) AS ?n) WHERE { GRAPH ?g {
          <https://w3id.org/kg/id/post/pt/foreign-minister> kg:rule ?rule ; kg:confidence ?confidence ;
                                                           kg:evidence ?evidence } } GROUP BY ?rule ?confidence"""))
    assert [(r["rule"].value, float(r["confidence"].value), int(r["n"].value)) for r in rows] == [("post-second", 0.95, 2)]


def _refused_on(monkeypatch, name: str) -> None:
    """The gate passes the article named ``name``, but its graph holds a line the store's parser refuses (an IRI
    with a space): what a raw U+2028 in a literal once did to every write path."""
    import kg.pipeline as pipeline

    real = pipeline._prepare

    def prepare(document, extractor, at):
        out = real(document, extractor, at)
        if Path(document.path).name != name:
            return out
        return pipeline.Prepared(out.doc_id, out.graph_nt + "<urn:kg:a b> <urn:kg:p> \"x\" .\n", out.inferred_nt)

    monkeypatch.setattr(pipeline, "_prepare", prepare)


@pytest.mark.parametrize("route", ["staged first import", "chunk by chunk", "re-ingest", "bulk"])
def test_an_article_the_store_refuses_is_quarantined_and_the_others_land(tmp_path, monkeypatch, route):
    import shutil

    corpus = _corpus(tmp_path / "corpus", 4)
    bad = sorted(corpus.iterdir())[1]
    good = tmp_path / "good"
    shutil.copytree(corpus, good)
    (good / bad.name).unlink()
    store = Store(tmp_path / "store")
    if route == "chunk by chunk":
        monkeypatch.setattr("kg.pipeline.STAGE_ARTICLES", 0)
    if route == "re-ingest":
        ingest([corpus], store=store, now=AT)
        before = _nquads(store)
    _refused_on(monkeypatch, bad.name)
    report = ingest([corpus], store=store, now=AT, extractor=get_extractor("rules"),  # in this process
                    bulk=route == "bulk")
    assert report.documents == 3 and [r.path for r in report.rejected] == [str(bad)]
    assert "the store refused its triples" in report.rejected[0].line() and bad.name in report.rejected[0].line()
    if route == "re-ingest":  # the refused article keeps what it had; the others are replaced by the same
        assert _nquads(store) == before
        return
    monkeypatch.undo()
    plain = Store(tmp_path / "plain")
    ingest([good], store=plain, now=AT, bulk=route == "bulk")
    assert _nquads(store) == _nquads(plain)  # as if the refused article had never been given


def test_an_all_or_nothing_batch_with_an_article_the_store_refuses_writes_nothing(tmp_path, monkeypatch):
    corpus = _corpus(tmp_path / "corpus", 3)
    store = Store(tmp_path / "store")
    ingest([sorted(corpus.iterdir())[0]], store=store, now=AT)
    before = _nquads(store)
    monkeypatch.setattr("kg.pipeline.WRITE_BATCH", 1)  # the good article before it would be written first
    _refused_on(monkeypatch, sorted(corpus.iterdir())[2].name)
    with pytest.raises(ValidationError, match="the store refused its triples"):
        ingest([corpus], store=store, now=AT, extractor=get_extractor("rules"), all_or_nothing=True)
    assert _nquads(store) == before
