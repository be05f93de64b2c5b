"""The compiled shape checks (kg.shape_checks) against pyshacl, the reference: the same results — focus node,
path, constraint component, value — on real article graphs, and on graphs broken systematically, one mutation
per constraint of every property shape (generated from the shapes, not written per article)."""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from pyshacl import validate as pyshacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

from kg import build, shape_checks, sources
from kg.extract import get_extractor
from kg.validate import shapes_graph, validate, validate_triples
from kg.vocab import PREFIXES

REPO = Path(__file__).resolve().parent.parent
ARTICLES = sorted((REPO / "data" / "articles").glob("*.txt")) + sorted((REPO / "tests" / "data" / "blind4").glob("*.txt"))[:6]
AT = dt.datetime(2026, 1, 1, tzinfo=dt.timezone.utc)
SHAPES = shape_checks.compiled()


def _key(focus, path, component, value) -> tuple:
    return (focus, tuple(path), component, value)


def reference(triples) -> Counter:
    """pyshacl's results as comparable keys."""
    g = Graph()
    for t in triples:
        g.add(t)
    _, results, _ = pyshacl_validate(g, shacl_graph=shapes_graph(), inference="none", advanced=False,
                                     allow_warnings=True)
    out = Counter()
    for r in results.subjects(RDF.type, SH.ValidationResult):
        path = results.value(r, SH.resultPath)
        steps = tuple(Collection(results, path)) if isinstance(path, BNode) else (path,)
        out[_key(results.value(r, SH.focusNode), steps, results.value(r, SH.sourceConstraintComponent),
                 results.value(r, SH.value))] += 1
    return out


def fast(triples) -> Counter:
    return Counter(_key(r.focus, r.path, r.component, r.value) for r in shape_checks.check(triples, SHAPES))


@pytest.fixture(scope="module")
def article_graphs() -> list[list[tuple]]:
    extractor = get_extractor("rules")
    return [build.build_triples(d, extractor.extract(d), ingested_at=AT) for d in map(sources.load, ARTICLES)]


def test_the_project_shapes_compile():
    assert SHAPES is not None and len(SHAPES) == len(set(shapes_graph().subjects(RDF.type, SH.NodeShape)))


def test_real_articles_agree_and_conform(article_graphs):
    for triples in article_graphs:
        assert fast(triples) == reference(triples) == Counter()
        assert validate_triples(triples).conforms


# -- broken graphs, generated from each constraint --------------------------------------------------------
def _focus_nodes(triples, shape: shape_checks.NodeShape) -> list:
    types = {(s, o) for s, p, o in triples if p == RDF.type}
    found = {s for s, c in types if c in shape.target_classes}
    found |= {o for s, p, o in triples if p in shape.target_objects_of}
    return sorted(found, key=str)


def _values(triples, focus, path) -> list:
    nodes = [focus]
    for step in path:
        nodes = [o for n in nodes for s, p, o in triples if s == n and p == step]
    return nodes


def _replace_values(triples, focus, path, new_values) -> list[tuple]:
    """The graph with every value of ``path`` from ``focus`` replaced by ``new_values`` (at the last step)."""
    holders = [focus]
    for step in path[:-1]:
        holders = [o for n in holders for s, p, o in triples if s == n and p == step]
    last = path[-1]
    kept = [t for t in triples if not (t[0] in holders and t[1] == last)]
    if not holders:  # the path has no intermediate node: make one
        mid = URIRef(f"{focus}/mutated")
        kept.append((focus, path[0], mid))
        holders = [mid]
    return kept + [(holders[0], last, v) for v in new_values]


def _wrong_values(ps: shape_checks.PropertyShape, existing: list) -> dict[URIRef, list]:
    """For each constraint of the property shape: values that break it (several kinds each)."""
    stranger = URIRef("https://example.org/not-described")
    cases: dict[URIRef, list] = {}
    if ps.min_count:
        cases[SH.MinCountConstraintComponent] = [[]]
    if ps.max_count is not None:
        sample = existing[0] if existing else stranger
        extra = [sample] + [_variant(sample, i) for i in range(1, ps.max_count + 1)]
        cases[SH.MaxCountConstraintComponent] = [extra]
    if ps.classes:
        cases[SH.ClassConstraintComponent] = [[stranger], [Literal("a literal")]]
    if ps.datatype is not None:
        cases[SH.DatatypeConstraintComponent] = [[Literal("not valid", datatype=ps.datatype)],
                                                 [Literal("tagged", lang="en")], [stranger],
                                                 [Literal("1", datatype=XSD.anyURI)]]
    for component, bound in ps.ranges:
        below = Literal(Decimal(str(bound.value)) - 1, datatype=bound.datatype or XSD.decimal)
        above = Literal(Decimal(str(bound.value)) + 1, datatype=bound.datatype or XSD.decimal)
        cases[shape_checks._COMPONENT[component]] = [[below], [above], [Literal("text")], [stranger]]
    if ps.min_length:
        cases[SH.MinLengthConstraintComponent] = [[Literal("")]]
    if ps.patterns:
        cases[SH.PatternConstraintComponent] = [[Literal("!! no match")], [URIRef("https://example.org/x")]]
    if ps.allowed is not None:
        cases[SH.InConstraintComponent] = [[stranger], [Literal("asserted")]]
    if ps.node_kind is not None:
        cases[SH.NodeKindConstraintComponent] = [[Literal("a literal")], [BNode("b0")]]
    return {c: v for c, v in cases.items()}


def _variant(value, i: int):
    if isinstance(value, Literal):
        if isinstance(value.value, (int, Decimal)) and not isinstance(value.value, bool):
            return Literal(value.value + i, datatype=value.datatype)
        if isinstance(value.value, dt.date):
            return Literal((value.value + dt.timedelta(days=i)).isoformat(), datatype=value.datatype)
        return Literal(f"{value}{i}", datatype=value.datatype, lang=value.language)
    return URIRef(f"{value}-{i}")


def _mutations(article_graphs):
    """(name, expected component, broken graph) for every constraint of every property shape."""
    for shape in SHAPES:
        source = next(((g, f) for g in article_graphs for f in _focus_nodes(g, shape)[:1]), None)
        assert source is not None, f"no real article has a focus node of {shape.node}: add one to ARTICLES"
        triples, focus = source
        for ps in shape.properties:
            existing = _values(triples, focus, ps.path)
            for component, variants in _wrong_values(ps, existing).items():
                for i, values in enumerate(variants):
                    name = f"{shape.node.n3(shapes_graph().namespace_manager)} {'/'.join(map(str, ps.path))} " \
                           f"{component.split('#')[-1]} #{i}"
                    yield name, component, _replace_values(triples, focus, ps.path, values)


def test_every_constraint_broken_both_ways_agree(article_graphs):
    checked = Counter()
    for name, component, broken in _mutations(article_graphs):
        got, want = fast(broken), reference(broken)
        assert got == want, name
        if component == SH.MaxCountConstraintComponent or "#" not in name or any(k[2] == component for k in got):
            checked[component] += 1
        assert not validate_triples(broken).conforms or not want, name
    # every kind of constraint the shapes use was exercised
    used = {c for s in SHAPES for ps in s.properties for c in _wrong_values(ps, [URIRef("x")])}
    assert used <= set(checked)


def test_random_damage_agrees(article_graphs):
    """Deleting random triples, or moving objects between triples, breaks graphs in ways nobody listed."""
    rng = random.Random(11)
    for round_ in range(12):
        triples = list(article_graphs[round_ % len(article_graphs)])
        if round_ % 2:
            triples = [t for t in triples if rng.random() > 0.08]
        else:
            for _ in range(6):
                i, j = rng.randrange(len(triples)), rng.randrange(len(triples))
                (s, p, _), (_, _, o) = triples[i], triples[j]
                triples[i] = (s, p, o)
        assert fast(triples) == reference(triples), f"round {round_}"


def test_a_violation_is_reported_by_the_reference(article_graphs):
    """The report people read still comes from pyshacl: shape name, focus, message."""
    triples = article_graphs[0]
    fact = next(s for s, p, o in triples if p == RDF.type and str(o).endswith("#Agreement"))
    broken = [t for t in triples if not (t[0] == fact and str(t[1]).endswith("#evidence"))]
    report = validate_triples(broken)
    assert not report.conforms
    assert any("Evidenced" in v.shape and "evidence" in v.path for v in report.violations)
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    for t in broken:
        g.add(t)
    assert validate(g).violations == report.violations


# -- the value checks remembered per property shape (PropertyShape.failures) ---------------------------------
def _uncached(triples) -> Counter:
    """The same check with nothing remembered: every value checked afresh."""
    for shape in SHAPES:
        for ps in shape.properties:
            ps.failures.clear()
    try:
        return fast(triples)
    finally:
        for shape in SHAPES:
            for ps in shape.properties:
                ps.failures.clear()


def test_remembered_value_checks_equal_fresh_ones(article_graphs):
    """Equal literals that hold different parses (an ill-typed boolean written "false", a decimal holding an
    int, a language tag in another case) must not share a remembered verdict: each order, warm and cold."""
    triples = article_graphs[0]
    statement = next(s for s, p, o in triples if p == RDF.type and str(o).endswith("#Statement"))
    position = next(s for s, p, o in triples if p == RDF.type and str(o).endswith("#TextPositionSelector"))
    fact = next(s for s, p, o in triples if str(p).endswith("#confidence"))
    quoted = URIRef("https://w3id.org/kg/ontology#quoted")
    start = URIRef("http://www.w3.org/ns/oa#start")
    confidence = URIRef("https://w3id.org/kg/ontology#confidence")
    pairs = [
        (quoted, statement, Literal(False), Literal("not valid", datatype=XSD.boolean)),
        (confidence, fact, Literal(Decimal("1"), datatype=XSD.decimal), Literal(1, datatype=XSD.decimal)),
        (start, position, Literal(3, datatype=XSD.integer), Literal("03", datatype=XSD.integer, normalize=False)),
        (start, position, Literal(3, datatype=XSD.integer), Literal("3", datatype=XSD.decimal)),
    ]
    for predicate, node, a, b in pairs:
        graphs = [_replace_values(triples, node, (predicate,), [v]) for v in (a, b)]
        fresh = [_uncached(g) for g in graphs]  # (pyshacl is no reference here: it remembers by equal literal)
        assert fresh[0] != fresh[1] or predicate != quoted, (predicate, a, b)  # the case that matters differs
        for order in ([0, 1], [1, 0], [0, 1, 0, 1]):  # (indices: the two graphs are equal as lists)
            _uncached([])  # forget
            assert [fast(graphs[i]) for i in order] == [fresh[i] for i in order], (predicate, a, b, order)
    assert any(ps.failures for shape in SHAPES for ps in shape.properties)  # the remembering path ran
