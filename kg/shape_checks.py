"""The SHACL shapes compiled to direct checks over one article's triples: the ingest gate's fast validator.

Why: pyshacl costs ~30 ms an article (the largest share of ingest); the same constraints checked over a
dictionary index of the article's ~800 triples cost well under a millisecond. pyshacl stays the reference:
``kg.validate`` asks it for the readable report whenever this finds a violation, and tests prove the two give
the same results (focus, path, constraint, value) on every shape, on valid and on systematically broken graphs.

Only the SHACL Core features the shapes use are compiled (targets by class and objects-of; predicate and
sequence paths; count, class, datatype, range, length, pattern, in and node-kind constraints). A shape using
anything else raises :class:`Unsupported` when compiled, and ``kg.validate`` then runs pyshacl alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from pyshacl.rdfutil.compare import compare_literal as _compare_literal  # the reference's own comparison
from rdflib.namespace import RDF, RDFS, SH, XSD

from kg.shapes import shapes_graph

Triple = tuple  # (subject, predicate, object) of rdflib terms

# What a node shape or property shape may say and still be compiled; anything else: Unsupported.
_NODE_KEYS = {RDF.type, RDFS.comment, RDFS.label, SH.property, SH.targetClass, SH.targetObjectsOf}
_PROPERTY_KEYS = {SH.path, SH.message, SH.name, SH.description, SH.minCount, SH.maxCount, SH["class"],
                  SH.datatype, SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive,
                  SH.pattern, SH.minLength, SH.maxLength, SH["in"], SH.nodeKind}
_NODE_KINDS = {SH.IRI: (URIRef,), SH.Literal: (Literal,), SH.BlankNode: (BNode,),
               SH.BlankNodeOrIRI: (BNode, URIRef), SH.IRIOrLiteral: (URIRef, Literal),
               SH.BlankNodeOrLiteral: (BNode, Literal)}


# Terms used per triple or per value: rdflib's namespace attribute lookups cost more than the checks themselves.
_TYPE, _SUBCLASS = RDF.type, RDFS.subClassOf
_MIN_COUNT, _MAX_COUNT, _CLASS, _DATATYPE = (SH.MinCountConstraintComponent, SH.MaxCountConstraintComponent,
                                             SH.ClassConstraintComponent, SH.DatatypeConstraintComponent)
_MIN_LENGTH, _MAX_LENGTH, _PATTERN, _IN, _NODE_KIND = (
    SH.MinLengthConstraintComponent, SH.MaxLengthConstraintComponent, SH.PatternConstraintComponent,
    SH.InConstraintComponent, SH.NodeKindConstraintComponent)
_XSD_STRING, _LANG_STRING, _RDFS_LITERAL, _RDFS_DATATYPE = XSD.string, RDF.langString, RDFS.Literal, RDFS.Datatype


class Unsupported(Exception):
    """A shape uses a SHACL feature this checker does not compile."""


@dataclass(frozen=True)
class Result:
    """One validation result, as pyshacl would report it (``value`` is None for count constraints)."""

    focus: object
    path: tuple[URIRef, ...]
    component: URIRef       # sh:MinCountConstraintComponent, …
    value: object
    shape: object           # the property shape (a node of the shapes graph)
    node_shape: object


@dataclass(frozen=True)
class PropertyShape:
    node: object
    path: tuple[URIRef, ...]
    min_count: int | None
    max_count: int | None
    classes: tuple[URIRef, ...]
    datatype: URIRef | None
    ranges: tuple[tuple[URIRef, Literal], ...]   # (sh:minInclusive …, bound)
    min_length: int | None
    max_length: int | None
    patterns: tuple[re.Pattern, ...]
    allowed: frozenset | None
    node_kind: tuple[type, ...] | None
    # What the checks that depend on the value alone (not on the graph) found, by value: the same offsets,
    # confidences, rule names and labels recur in every article, and pyshacl's literal comparison costs ~10 µs.
    failures: dict = field(default_factory=dict, init=False, compare=False, hash=False, repr=False)


@dataclass(frozen=True)
class NodeShape:
    node: object
    target_classes: tuple[URIRef, ...]
    target_objects_of: tuple[URIRef, ...]
    properties: tuple[PropertyShape, ...]


def _one(g: Graph, s: object, p: URIRef) -> object | None:
    values = list(g.objects(s, p))  # type: ignore[arg-type]
    if len(values) > 1:
        raise Unsupported(f"{s}: more than one {p}")
    return values[0] if values else None


def _path(g: Graph, node: object) -> tuple[URIRef, ...]:
    path = _one(g, node, SH.path)
    if isinstance(path, URIRef):
        return (path,)
    if isinstance(path, BNode) and (path, RDF.first, None) in g:
        steps = tuple(Collection(g, path))
        if all(isinstance(s, URIRef) for s in steps):
            return steps  # type: ignore[return-value]
    raise Unsupported(f"{node}: only predicate and sequence paths are compiled")


def _property(g: Graph, node: object) -> PropertyShape:
    keys = set(g.predicates(node, None))  # type: ignore[arg-type]
    if keys - _PROPERTY_KEYS:
        raise Unsupported(f"{node}: {sorted(map(str, keys - _PROPERTY_KEYS))}")
    count = lambda p: int(v) if (v := _one(g, node, p)) is not None else None  # noqa: E731
    ranges = tuple((p, v) for p in (SH.minInclusive, SH.maxInclusive, SH.minExclusive, SH.maxExclusive)
                   for v in g.objects(node, p))  # type: ignore[arg-type]
    allowed = _one(g, node, SH["in"])
    kind = _one(g, node, SH.nodeKind)
    return PropertyShape(
        node=node, path=_path(g, node), min_count=count(SH.minCount), max_count=count(SH.maxCount),
        classes=tuple(g.objects(node, SH["class"])), datatype=_one(g, node, SH.datatype),  # type: ignore[arg-type]
        ranges=ranges, min_length=count(SH.minLength), max_length=count(SH.maxLength),
        patterns=tuple(re.compile(str(p)) for p in g.objects(node, SH.pattern)),  # type: ignore[arg-type]
        allowed=frozenset(Collection(g, allowed)) if allowed is not None else None,
        node_kind=_NODE_KINDS[kind] if kind is not None else None,
    )


def compile_shapes(g: Graph) -> tuple[NodeShape, ...]:
    """Every node shape of the shapes graph, compiled; raises Unsupported on a feature not compiled here."""
    shapes = []
    for node in sorted(set(g.subjects(RDF.type, SH.NodeShape)), key=str):
        keys = set(g.predicates(node, None))
        if keys - _NODE_KEYS:
            raise Unsupported(f"{node}: {sorted(map(str, keys - _NODE_KEYS))}")
        shapes.append(NodeShape(
            node=node,
            target_classes=tuple(g.objects(node, SH.targetClass)),  # type: ignore[arg-type]
            target_objects_of=tuple(g.objects(node, SH.targetObjectsOf)),  # type: ignore[arg-type]
            properties=tuple(_property(g, p) for p in sorted(g.objects(node, SH.property), key=str)),
        ))
    return tuple(shapes)


@lru_cache(maxsize=1)
def compiled() -> tuple[NodeShape, ...] | None:
    """The project's shapes, compiled once; None when they use a feature this checker does not have."""
    try:
        return compile_shapes(shapes_graph())
    except Unsupported:
        return None


# -- checking ----------------------------------------------------------------------------------------------
_NOTHING: dict = {}
_NONE: frozenset = frozenset()


class _Index:
    """The triples by subject and predicate, the types by node (with rdfs:subClassOf from the data itself,
    as SHACL's notion of a 'SHACL instance' asks)."""

    def __init__(self, triples: Iterable[Triple]) -> None:
        self.out: dict[object, dict[object, set]] = defaultdict(lambda: defaultdict(set))
        self.objects_of: dict[object, set] = defaultdict(set)
        self.instances: dict[object, set] = defaultdict(set)
        sub: dict[object, set] = defaultdict(set)
        for s, p, o in triples:
            self.out[s][p].add(o)
            self.objects_of[p].add(o)
            if type(p) is URIRef:  # URIRef's == is a Python call: compare the text, as it does for two IRIs
                if str.__eq__(p, _TYPE):
                    self.instances[o].add(s)
                elif str.__eq__(p, _SUBCLASS):
                    sub[o].add(s)
            elif p == _TYPE:
                self.instances[o].add(s)
            elif p == _SUBCLASS:
                sub[o].add(s)
        for c in list(sub):  # an instance of a subclass is an instance of the class
            seen, todo = set(), [c]
            while todo:
                for d in sub.get(todo.pop(), ()):
                    if d not in seen:
                        seen.add(d)
                        todo.append(d)
            for d in seen:
                self.instances[c] |= self.instances.get(d, set())

    def values(self, focus: object, path: tuple[URIRef, ...]) -> set:
        if len(path) == 1:  # (the set itself: callers only read it)
            return self.out.get(focus, _NOTHING).get(path[0], _NONE)
        nodes = {focus}
        for step in path:
            nodes = {o for n in nodes for o in self.out.get(n, {}).get(step, ())}
        return nodes

    def is_instance(self, node: object, cls: object) -> bool:
        return node in self.instances.get(cls, ())


def _datatype_ok(v: object, datatype: URIRef) -> bool:
    if not isinstance(v, Literal):
        return False
    if v.datatype == datatype:
        return getattr(v, "ill_typed", None) is not True and _value_fits(v, datatype)
    if datatype == _RDFS_LITERAL:
        return True
    if datatype == _RDFS_DATATYPE:
        return v.datatype is not None
    if v.datatype is None and v.language is None and datatype == _XSD_STRING:
        return True
    return datatype == _LANG_STRING and bool(v.language)


# pyshacl also checks the parsed value's Python type for the datatypes rdflib maps (an ill-formed date has none)
_PYTHON_TYPES = {XSD.string: (str, bytes), XSD.integer: (int,), XSD.decimal: (Decimal,), XSD.boolean: (bool,),
                 XSD.date: (dt.date,), XSD.dateTime: (dt.datetime,), XSD.float: (float,), XSD.time: (dt.time,),
                 RDF.langString: (str, bytes)}


def _value_fits(v: Literal, datatype: URIRef) -> bool:
    expected = _PYTHON_TYPES.get(datatype)
    return expected is None or isinstance(v.value, expected)


def _in_range(v: object, component: URIRef, bound: Literal) -> bool:
    """SHACL's range test as pyshacl decides it: a literal compared with the bound by the reference's own
    comparison; a string never compares with a non-string; an IRI or blank node never passes."""
    if not isinstance(v, Literal) or isinstance(v.value, str) != isinstance(bound.value, str):
        return False
    try:
        c = _compare_literal(v, bound)
    except (TypeError, NotImplementedError):
        return False
    if component == _MIN_INCLUSIVE:
        return c >= 0
    if component == _MAX_INCLUSIVE:
        return c <= 0
    return c > 0 if component == _MIN_EXCLUSIVE else c < 0


_MIN_INCLUSIVE, _MAX_INCLUSIVE, _MIN_EXCLUSIVE = SH.minInclusive, SH.maxInclusive, SH.minExclusive


_COMPONENT = {SH.minInclusive: SH.MinInclusiveConstraintComponent, SH.maxInclusive: SH.MaxInclusiveConstraintComponent,
              SH.minExclusive: SH.MinExclusiveConstraintComponent, SH.maxExclusive: SH.MaxExclusiveConstraintComponent}


def _check_property(index: _Index, shape: NodeShape, ps: PropertyShape, focus: object) -> Iterable[Result]:
    values = index.values(focus, ps.path)

    def result(component: URIRef, value: object = None) -> Result:
        return Result(focus, ps.path, component, value, ps.node, shape.node)

    if ps.min_count is not None and len(values) < ps.min_count:
        yield result(_MIN_COUNT)
    if ps.max_count is not None and len(values) > ps.max_count:
        yield result(_MAX_COUNT)
    failures = ps.failures
    for v in values:
        for cls in ps.classes:
            if not index.is_instance(v, cls):
                yield result(_CLASS, v)
        # two equal literals can differ in what was parsed from them: "not valid"^^xsd:boolean is written
        # "false" and ill-typed, Literal(1, datatype=XSD.decimal) holds an int: both go in the key
        key = (v, type(v.value), v.ill_typed) if isinstance(v, Literal) else v
        failed = failures.get(key)
        if failed is None:
            if len(failures) >= _VALUE_CACHE:
                failures.clear()
            failed = failures[key] = tuple(_value_failures(ps, v))
        for component in failed:
            yield result(component, v)


_VALUE_CACHE = 20_000  # values remembered per property shape (PropertyShape.failures, cleared when full)


def _value_failures(ps: PropertyShape, v: object) -> Iterable[URIRef]:
    """The value constraints ``v`` breaks, in the order the checks run."""
    if ps.datatype is not None and not _datatype_ok(v, ps.datatype):
        yield _DATATYPE
    for component, bound in ps.ranges:
        if not _in_range(v, component, bound):
            yield _COMPONENT[component]
    text = None if isinstance(v, BNode) else str(v)
    if ps.min_length is not None and (text is None or len(text) < ps.min_length):
        yield _MIN_LENGTH
    if ps.max_length is not None and (text is None or len(text) > ps.max_length):
        yield _MAX_LENGTH
    for pattern in ps.patterns:
        if text is None or not pattern.search(text):
            yield _PATTERN
    if ps.allowed is not None and v not in ps.allowed:
        yield _IN
    if ps.node_kind is not None and not isinstance(v, ps.node_kind):
        yield _NODE_KIND


def check(triples: Iterable[Triple], shapes: tuple[NodeShape, ...]) -> list[Result]:
    """Every validation result of the data against the compiled shapes (empty: it conforms)."""
    index = _Index(triples)
    results: list[Result] = []
    for shape in shapes:
        focus_nodes: set = set()
        for cls in shape.target_classes:
            focus_nodes |= index.instances.get(cls, set())
        for p in shape.target_objects_of:
            focus_nodes |= index.objects_of.get(p, set())
        for focus in focus_nodes:
            for ps in shape.properties:
                results.extend(_check_property(index, shape, ps, focus))
    return results
