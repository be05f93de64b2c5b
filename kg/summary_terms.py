"""The names and small helpers of the summary graphs that kg.summary (which writes them) and kg.summary_page (the
person page's part of them) share: graph IRIs, terms, N-Triples rows and memoised point lookups."""

from __future__ import annotations

import pyoxigraph as ox

BASE = "https://w3id.org/kg/"
ID = BASE + "id/"
SUMMARY = BASE + "summary/"
ARTICLE_GRAPH = BASE + "graph/"
CANONICAL_EVENT_GRAPH = BASE + "identity/event/"
KG = BASE + "ontology#"
SCHEMA = "https://schema.org/"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ORG_HOLDS = "http://www.w3.org/ns/org#holds"
XSD = "http://www.w3.org/2001/XMLSchema#"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


PARTICIPANT, NATIONALITY, PARTY, COUNTRY = (_n(KG + "participant"), _n(KG + "nationality"), _n(KG + "party"),
                                            _n(KG + "country"))
HOLDS, LABEL, START = _n(ORG_HOLDS), _n(RDFS_LABEL), _n(SCHEMA + "startDate")
TYPE, PERSON, SPEAKER = _n(RDF_TYPE), _n(KG + "Person"), _n(KG + "speaker")
SPECIALIZATION, DERIVED, ISSUED, DATE = (_n(PROV + "specializationOf"), _n(PROV + "wasDerivedFrom"),
                                         _n(DCT + "issued"), _n(DCT + "date"))
REPORTED_ON = _n(KG + "reportedOn")
_SHARED = {DERIVED, ISSUED, SPECIALIZATION, START, LABEL, REPORTED_ON}  # the lookups a kg.summary._Memo remembers


def _local(iri: str) -> str:
    return iri[len(ID):] if iri.startswith(ID) else iri.split("://", 1)[-1]


def summary_graph(entity: str, other: str | None = None) -> str:
    """The summary graph of a person or country, or (with ``other``) of a pair of parties, in either order."""
    if other is None:
        return SUMMARY + _local(entity)
    a, b = sorted((entity, other))
    return f"{SUMMARY}pair/{_local(a)}/{_local(b)}"


def _is_article(g: ox.NamedNode | ox.DefaultGraph | ox.BlankNode) -> bool:
    return isinstance(g, ox.NamedNode) and g.value.startswith(ARTICLE_GRAPH)


def _t(s: str, p: str, o: ox.NamedNode | ox.Literal | str) -> str:
    return f"<{s}> <{p}> {o if not isinstance(o, str) else f'<{o}>'} ."


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_n(XSD + "integer"))


def _head(graph: str, entity: str) -> list[str]:
    return [_t(graph, RDF_TYPE, KG + "EntitySummary"), _t(graph, SCHEMA + "about", entity)]


def _one(store, s: ox.NamedNode, p: ox.NamedNode, g=None):  # noqa: ANN001, ANN202 - first object or None
    ones = getattr(store, "ones", None)  # a _Memo: lookups several summaries repeat are answered once
    if ones is None or p not in _SHARED:
        return next((q.object for q in store.quads_matching(s, p, None, g)), None)
    key = (s, p, g)
    if key not in ones:
        ones[key] = next((q.object for q in store.quads_matching(s, p, None, g)), None)
    return ones[key]


def report_of(store, doc: ox.NamedNode) -> str:  # noqa: ANN001
    """The report a document is a copy of (prov:specializationOf, stated by identity, not by an article), else the
    document itself: copies of one report count once."""
    ones = getattr(store, "ones", None)
    if ones is not None and (doc, None) in ones:
        return ones[(doc, None)]
    report = next((q.object for q in store.quads_matching(doc, SPECIALIZATION, None, None)
                   if not _is_article(q.graph_name)), doc).value
    if ones is not None:
        ones[(doc, None)] = report
    return report
