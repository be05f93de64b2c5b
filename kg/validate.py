"""The shapes in shapes/ → a report people can read: one line per violation naming shape, node and rule.

The verdict comes from the shapes compiled to direct checks (kg.shape_checks, well under a millisecond an
article); pyshacl, the reference, writes the report whenever they find a violation (and decides alone when the
shapes use a feature the compiler does not have). Tests prove the two agree on every shape."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rdflib import BNode, Graph
from rdflib.namespace import RDF, SH

from kg.shapes import shapes_graph  # re-exported: kg.validate.shapes_graph is where callers find it


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    shape: str
    sentence: str = ""  # the evidence sentence of the fact, when it has one (what a person checks first)

    def __str__(self) -> str:
        where = f" {self.path}" if self.path else ""
        said = f' (sentence: "{_clip(self.sentence)}")' if self.sentence else ""
        return f"{self.focus}{where}: {self.message} [{self.shape}]{said}"


def _clip(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + " …"


@dataclass(frozen=True)
class Report:
    conforms: bool
    violations: tuple[Violation, ...]

    def text(self, *, limit: int = 50) -> str:
        if self.conforms:
            return "conforms"
        lines = [f"does not conform: {len(self.violations)} violation(s)"]
        lines += [f"  - {v}" for v in self.violations[:limit]]
        if len(self.violations) > limit:
            lines.append(f"  ... and {len(self.violations) - limit} more")
        return "\n".join(lines)


def _short(term: object, g: Graph) -> str:
    if term is None:
        return ""
    if isinstance(term, BNode):  # a sequence path: show it as SPARQL would, a/b
        from rdflib.collection import Collection

        return "/".join(_short(t, g) for t in Collection(shapes_graph(), term))
    try:
        return g.namespace_manager.normalizeUri(term)  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001 - a path that is a list or blank node has no short form
        return str(term)


def _shape_name(shape: object) -> str:
    """The named node shape behind a (usually anonymous) property shape."""
    g = shapes_graph()
    parent = next(iter(g.subjects(SH.property, shape)), shape)  # type: ignore[arg-type]
    return _short(parent, g)


def _sentence(node: object, data: Graph) -> str:
    """The exact text of the first evidence sentence of ``node`` (kg:evidence → oa:hasSelector → oa:exact)."""
    from kg.vocab import KG, OA

    for evidence in data.objects(node, KG.evidence):  # type: ignore[arg-type]
        for selector in data.objects(evidence, OA.hasSelector):
            exact = data.value(selector, OA.exact)
            if exact is not None:
                return str(exact)
    return ""


def validate(data: Graph) -> Report:
    """Validate a data graph (no inference: the contract is on what the extractor asserts)."""
    return validate_triples(data, graph=data)


def validate_triples(triples: Iterable[tuple], *, graph: Graph | None = None) -> Report:
    """Validate an article's triples (rdflib terms); an rdflib Graph is built only to report a violation."""
    from kg import shape_checks  # on first use: it imports pyshacl (~1 s), kept off this module's import

    shapes = shape_checks.compiled()
    if shapes is not None and not shape_checks.check(triples, shapes):
        return Report(True, ())
    if graph is None:
        from kg.vocab import PREFIXES

        graph = Graph()
        for prefix, ns in PREFIXES.items():  # the report names terms as kg:participant, not by full IRI
            graph.bind(prefix, ns)
        for t in triples:
            graph.add(t)
    return reference_validate(graph)


def reference_validate(data: Graph) -> Report:
    """pyshacl's verdict and report: the reference the compiled checks are tested against."""
    from pyshacl import validate as shacl

    conforms, results, _ = shacl(data, shacl_graph=shapes_graph(), inference="none", advanced=False,
                                 allow_warnings=True)
    if conforms:
        return Report(True, ())
    violations = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        violations.append(Violation(
            focus=_short(results.value(result, SH.focusNode), data),
            path=_short(results.value(result, SH.resultPath), data),
            message=str(results.value(result, SH.resultMessage) or "constraint violated"),
            shape=_shape_name(results.value(result, SH.sourceShape)),
            sentence=_sentence(results.value(result, SH.focusNode), data),
        ))
    return Report(False, tuple(sorted(violations, key=str)))
