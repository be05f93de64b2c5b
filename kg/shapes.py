"""The SHACL shapes in shapes/ as one rdflib Graph, parsed once: what kg.shape_checks compiles and what
kg.validate hands pyshacl (and names a violation's shape from)."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph

from kg.config import SHAPES_DIR


@lru_cache(maxsize=1)
def shapes_graph() -> Graph:
    g = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        g.parse(path, format="turtle")
    return g
