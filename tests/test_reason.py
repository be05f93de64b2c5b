"""kg.reason's precomputed closure table against owlrl, the reference: on real articles, the triples the table's
rules add are exactly the triples owlrl's full OWL-RL closure of (article + ontology) adds about the article's
resources — beyond the trivial ones OWL-RL adds about every resource (x owl:sameAs x, x a owl:Thing)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import owlrl
import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF

from kg import build, reason, sources
from kg.config import ONTOLOGY_DIR
from kg.extract import get_extractor

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "data" / "articles").glob("*.txt"))[:1] + sorted((REPO / "tests" / "data" / "blind4").glob("*.txt"))[:1]
AT = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)


def _owlrl_closure(g: Graph) -> Graph:
    for a, b in reason.EXTRA_INVERSES:
        g.add((a, OWL.inverseOf, b))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    return g


def test_the_closure_table_is_current():
    """ontology/closure.nt is what owlrl entails from the ontology now (regenerate: python -m kg.reason)."""
    table = Graph().parse(ONTOLOGY_DIR / reason.CLOSURE_FILE, format="nt")
    assert set(table) == set(reason.owlrl_hierarchy())


@pytest.mark.parametrize("article", ARTICLES, ids=lambda p: p.stem)
def test_table_rules_add_what_owlrl_adds(article):
    document = sources.load(article)
    triples = build.build_triples(document, get_extractor("rules").extract(document), ingested_at=AT)
    ontology_only = set(_owlrl_closure(reason.load_ontology()))
    g = reason.load_ontology()
    for t in triples:
        g.add(t)
    resources = {t[0] for t in triples} | {t[2] for t in triples if isinstance(t[2], URIRef)}
    given = set(triples)
    owlrl_new = {t for t in _owlrl_closure(g) - ontology_only if t not in given and t[0] in resources
                 and not (t[1] == OWL.sameAs and t[0] == t[2]) and not (t[1] == RDF.type and t[2] == OWL.Thing)}
    ours = reason.infer_triples(triples)
    assert len(ours) == len(set(ours))
    assert set(ours) == owlrl_new
    assert len(owlrl_new) > 20  # the article really exercises subclass, subproperty and inverse rules
