"""kg.build's made-once terms and literals (speed) give what rdflib's constructors give."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal
from rdflib import namespace as rdflib_namespace

from kg import build, ntriples, sources, vocab
from kg.extract import get_extractor

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "data" / "articles").glob("*.txt"))[:8] + sorted((REPO / "tests" / "data" / "blind4").glob("*.txt"))[:4]
AT = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _same(a: Literal, b: Literal) -> None:
    assert (str(a), a.datatype, a.language, a.value, type(a.value), a.ill_typed) == \
        (str(b), b.datatype, b.language, b.value, type(b.value), b.ill_typed)


@pytest.mark.parametrize("value", ["", "x", "A \"quoted\" line\nand more", "Ünïcode", "1", " padded "])
def test_plain_literals_are_rdflibs(value):
    _same(build._plain(value), Literal(value))
    _same(build._plain(value), Literal(value))  # remembered


@pytest.mark.parametrize("value", [0, 1, 17, 2_000_000])
def test_integer_literals_are_rdflibs(value):
    for _ in range(2):
        _same(build._integer(value), Literal(value, datatype=rdflib_namespace.XSD.integer))


@pytest.mark.parametrize("value", [0.0, 1.0, 1, 0.8499999, 0.85, 0.1 + 0.2, -3.0, 7.5, True, False])
def test_decimal_literals_are_rdflibs(value):
    want = Literal(Decimal(str(round(min(max(value, 0.0), 1.0), 3))), datatype=rdflib_namespace.XSD.decimal)
    for _ in range(2):
        _same(build._decimal(value), want)
    # 1 and 1.0 (and True) hash alike but are written "1" and "1.0": remembered apart
    assert str(build._decimal(1)) == "1" and str(build._decimal(1.0)) == "1.0"


def test_made_once_terms_are_the_namespaces_terms():
    for wrapped, plain in ((build.KG, vocab.KG), (build.RDF, rdflib_namespace.RDF), (build.OA, vocab.OA),
                           (build.XSD, rdflib_namespace.XSD), (build.SCHEMA, vocab.SCHEMA)):
        for name in ("type", "Person", "evidence", "start", "integer", "url"):
            try:
                want = getattr(plain, name)
            except AttributeError:
                with pytest.raises(AttributeError):
                    getattr(wrapped, name)
                continue
            assert getattr(wrapped, name) == want and getattr(wrapped, name) is getattr(wrapped, name)
    with pytest.raises(AttributeError):
        build.KG.NoSuchTerm  # noqa: B018 - a mistyped ontology term still fails loudly


def test_articles_build_as_with_rdflibs_constructors(monkeypatch):
    """The whole article graph, byte for byte, with and without the made-once terms and literals."""
    extractor = get_extractor("rules")
    docs = [sources.load(p) for p in ARTICLES]
    extractions = [extractor.extract(d) for d in docs]
    fast = [ntriples.lines(build.build_triples(d, x, ingested_at=AT)) for d, x in zip(docs, extractions)]
    for name, ns in (("DCTERMS", rdflib_namespace.DCTERMS), ("HTTP", vocab.HTTP), ("KG", vocab.KG),
                     ("OA", vocab.OA), ("ORG", vocab.ORG), ("PROV", rdflib_namespace.PROV),
                     ("RDF", rdflib_namespace.RDF), ("RDFS", rdflib_namespace.RDFS), ("SCHEMA", vocab.SCHEMA),
                     ("SKOS", rdflib_namespace.SKOS), ("XSD", rdflib_namespace.XSD)):
        monkeypatch.setattr(build, name, ns)
    monkeypatch.setattr(build, "_plain", Literal)
    monkeypatch.setattr(build, "_integer", lambda n: Literal(n, datatype=rdflib_namespace.XSD.integer))
    monkeypatch.setattr(build, "_decimal", lambda c: Literal(Decimal(str(round(min(max(c, 0.0), 1.0), 3))),
                                                             datatype=rdflib_namespace.XSD.decimal))
    reference = [ntriples.lines(build.build_triples(d, x, ingested_at=AT)) for d, x in zip(docs, extractions)]
    assert fast == reference
    assert sum(text.count("\n") for text in fast) > 1000
