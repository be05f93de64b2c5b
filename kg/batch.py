"""Whole-store jobs: validate every article graph, and evaluate extraction against gold."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph

from kg.store import Store
from kg.validate import Report, validate
from kg.vocab import GRAPH, ONTOLOGY_GRAPH


def article_graphs(store: Store) -> list[str]:
    """Named graphs holding one article each (not the ontology, not inferred graphs)."""
    return [g for g in store.graphs()
            if g.startswith(str(GRAPH)) and g != str(ONTOLOGY_GRAPH) and not g.endswith("/inferred")]


def validate_store(store: Store) -> Report:
    """Validate article by article: the cost per article stays constant whatever the store's size."""
    violations = []
    for iri in article_graphs(store):
        g = Graph()
        g.parse(data=store.dump(ox.RdfFormat.N_TRIPLES, graph=iri).decode("utf-8"), format="nt")
        report = validate(g)
        violations.extend(report.violations)
    return Report(not violations, tuple(violations))
