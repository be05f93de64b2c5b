"""kg/vocab.py stays in step with ontology/kg.ttl; every ontology term has a label and a comment."""

from __future__ import annotations

from rdflib import Graph
from rdflib.namespace import RDFS, SKOS

from kg.config import ONTOLOGY_DIR
from kg.vocab import KG


def _ontology() -> Graph:
    g = Graph()
    g.parse(ONTOLOGY_DIR / "kg.ttl")
    return g


def test_vocab_matches_ontology():
    ns = str(KG._NS)
    declared = {str(s)[len(ns):] for s in _ontology().subjects() if str(s).startswith(ns)}
    assert declared == set(KG.__annotations__)


def test_mistyped_term_fails_loudly():
    import pytest

    with pytest.raises(AttributeError):
        KG.Meetin  # noqa: B018


def test_every_term_has_label_and_comment():
    g = _ontology()
    g.parse(ONTOLOGY_DIR / "threats.ttl")
    ns = str(KG._NS)
    for term in {s for s in g.subjects() if str(s).startswith(ns)}:
        assert g.value(term, RDFS.label), f"{term} has no rdfs:label"
        assert g.value(term, RDFS.comment), f"{term} has no rdfs:comment"
    for concept in g.subjects(SKOS.inScheme, None):
        assert g.value(concept, SKOS.prefLabel), f"{concept} has no skos:prefLabel"
