"""A network of nodes and labelled edges, written for Gephi and other graph tools: GEXF 1.3 and GraphML.

Pure data in, bytes out (no store, no web): the web layer's network view and the notebooks hand it what they
drew. Node attributes are written as typed attributes (strings, or integers when every value is one), so a
filter in Gephi works on the same fields as the network view's.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

GEXF_NS = "http://gexf.net/1.3"
GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"


@dataclass
class Network:
    nodes: dict[str, dict[str, object]]   # iri → {label, category, ...attributes}
    edges: list[tuple[str, str, str]]     # (source, predicate local name, target)
    labels: dict[str, str] = field(default_factory=dict)  # IRIs in attribute values (countries …) → label


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def _attributes(net: Network) -> list[tuple[str, str]]:
    """(name, type) of every node attribute but the label, in first-seen order; lists are written joined."""
    names: dict[str, str] = {}
    for v in net.nodes.values():
        for k, value in v.items():
            if k == "label" or value is None:
                continue
            kind = "integer" if isinstance(value, int) and not isinstance(value, bool) else "string"
            if names.get(k, kind) != kind:
                kind = "string"
            names[k] = kind
    return list(names.items())


def _text(value: object, labels: dict[str, str]) -> str:
    """An attribute as text: IRIs by their label when known, lists joined with '; '."""
    if isinstance(value, (list, tuple, set)):
        return "; ".join(labels.get(str(v), str(v)) for v in value)
    return labels.get(str(value), str(value))


def to_gexf(net: Network, *, description: str = "kg: actors, meetings and agreements") -> bytes:
    """GEXF 1.3 (Gephi's own format): nodes with their attributes (``category``, ``iri`` …), directed edges
    labelled with the predicate."""
    root = ET.Element("gexf", {"xmlns": GEXF_NS, "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "description").text = description
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    attrs = ET.SubElement(graph, "attributes", {"class": "node"})
    columns = [("category", "string"), ("iri", "string")]
    columns += [(k, t) for k, t in _attributes(net) if k not in ("category", "iri")]
    for i, (name, kind) in enumerate(columns):
        ET.SubElement(attrs, "attribute", {"id": str(i), "title": name, "type": kind})
    nodes = ET.SubElement(graph, "nodes")
    for iri, v in net.nodes.items():
        node = ET.SubElement(nodes, "node", {"id": iri, "label": str(v["label"])})
        values = ET.SubElement(node, "attvalues")
        for i, (name, _) in enumerate(columns):
            value = v.get(name)
            if name == "iri" or (value is not None and value != []):
                text = iri if name == "iri" else _text(value, net.labels)
                ET.SubElement(values, "attvalue", {"for": str(i), "value": text})
    edges = ET.SubElement(graph, "edges")
    for i, (s, p, o) in enumerate(net.edges):
        ET.SubElement(edges, "edge", {"id": str(i), "source": s, "target": o, "label": p})
    return _xml(root)


def to_graphml(net: Network) -> bytes:
    """GraphML: the same nodes and edges, each attribute a declared key."""
    root = ET.Element("graphml", {"xmlns": GRAPHML_NS})
    columns = [("label", "string"), ("category", "string")]
    columns += [(k, t) for k, t in _attributes(net) if k not in ("label", "category")]
    kinds = {"integer": "int", "string": "string"}
    for name, kind in columns:
        ET.SubElement(root, "key", {"id": name, "for": "node", "attr.name": name, "attr.type": kinds[kind]})
    ET.SubElement(root, "key", {"id": "predicate", "for": "edge", "attr.name": "label", "attr.type": "string"})
    graph = ET.SubElement(root, "graph", {"id": "kg", "edgedefault": "directed"})
    for iri, v in net.nodes.items():
        node = ET.SubElement(graph, "node", {"id": iri})
        for name, _ in columns:
            value = v.get(name)
            if value is not None and value != []:
                ET.SubElement(node, "data", {"key": name}).text = _text(value, net.labels)
    for s, p, o in net.edges:
        ET.SubElement(ET.SubElement(graph, "edge", {"source": s, "target": o}), "data", {"key": "predicate"}).text = p
    return _xml(root)
