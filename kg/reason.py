"""OWL-RL reasoning kept off the hot path: the ontology is closed once with owlrl; each article then gets only
the data-level consequences (types from subclasses, properties from subproperties and inverses) in a graph
of its own. Inputs are never mutated.

Why not owlrl per article: it re-derives the ontology's own closure every time (~190 ms an article, capping
ingest near 5 articles/s; shared/PERFORMANCE-NOTES.md). The rules applied here are the instance-level
OWL-RL rules cax-sco, prp-spo1 and prp-inv over the precomputed closure, which gives the same new triples.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from kg.config import ONTOLOGY_DIR
from kg.vocab import ORG

ONTOLOGY_FILES = ("kg.ttl", "threats.ttl")
# ORG declares org:holds / org:heldBy as inverses; we do not load ORG itself, so state what we rely on.
EXTRA_INVERSES = ((ORG.holds, ORG.heldBy),)


def load_ontology() -> Graph:
    g = Graph()
    for name in ONTOLOGY_FILES:
        g.parse(ONTOLOGY_DIR / name, format="turtle")
    return g


@dataclass(frozen=True)
class Closure:
    superclasses: dict[URIRef, frozenset[URIRef]]
    superproperties: dict[URIRef, frozenset[URIRef]]
    inverses: dict[URIRef, frozenset[URIRef]]


@lru_cache(maxsize=1)
def ontology_closure() -> Closure:
    """Close the ontology once with owlrl's OWL-RL semantics and keep the hierarchies it entails."""
    import owlrl

    g = load_ontology()
    for a, b in EXTRA_INVERSES:
        g.add((a, OWL.inverseOf, b))
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics, axiomatic_triples=False, datatype_axioms=False).expand(g)
    sup: dict[URIRef, set[URIRef]] = defaultdict(set)
    for c, d in g.subject_objects(RDFS.subClassOf):
        if isinstance(c, URIRef) and isinstance(d, URIRef) and c != d and d != OWL.Thing:
            sup[c].add(d)
    sprop: dict[URIRef, set[URIRef]] = defaultdict(set)
    for p, q in g.subject_objects(RDFS.subPropertyOf):
        if isinstance(p, URIRef) and isinstance(q, URIRef) and p != q:
            sprop[p].add(q)
    inv: dict[URIRef, set[URIRef]] = defaultdict(set)
    for p, q in g.subject_objects(OWL.inverseOf):
        if isinstance(p, URIRef) and isinstance(q, URIRef):
            inv[p].add(q)
            inv[q].add(p)
    freeze = lambda m: {k: frozenset(v) for k, v in m.items()}  # noqa: E731
    return Closure(freeze(sup), freeze(sprop), freeze(inv))


def infer(graph: Graph) -> Graph:
    """The triples the closed ontology entails from ``graph`` that ``graph`` does not already hold."""
    closure = ontology_closure()
    out = Graph()
    for s, p, o in graph:
        if p == RDF.type:
            for sup in closure.superclasses.get(o, ()):  # type: ignore[arg-type]
                out.add((s, RDF.type, sup))
            continue
        for q in closure.superproperties.get(p, ()):  # type: ignore[arg-type]
            out.add((s, q, o))
        if isinstance(o, URIRef):
            for q in closure.inverses.get(p, ()):  # type: ignore[arg-type]
                out.add((o, q, s))
    for triple in list(out):
        if triple in graph:
            out.remove(triple)
    return out
