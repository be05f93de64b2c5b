"""Linked data pages: ``/id/<path>`` dereferences ``https://w3id.org/kg/id/<path>`` (an HTML page with the
evidence behind each fact for people, Turtle / JSON-LD / N-Triples / RDF-XML by content negotiation for
machines), and ``/graph`` shows the network of actors, meetings and agreements (Cytoscape.js), downloadable
for Gephi as ``/graph.gexf`` or ``/graph.graphml``.

Everything is read through kg.store with the SPARQL files beside the templates; values are bound with
substitutions, never pasted into query text.
"""

from __future__ import annotations

import threading
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TypeVar

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, jsonify, render_template, request, url_for

from kg import formats
from kg.store import Snapshot, Store, reader, signature
from kg.vocab import PREFIXES
from kg.web.conneg import negotiate

bp = Blueprint("pages", __name__, template_folder="templates")



ID_BASE = "https://w3id.org/kg/id/"
KG = "https://w3id.org/kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
QUERY_DIR = Path(__file__).resolve().parent / "templates"
WEB_SCHEMES = ("http://", "https://")
T = TypeVar("T")



def page_formats() -> list[formats.Format]:
    """The RDF formats a resource description is offered in (kg.formats' triple formats), in order."""
    return formats.of_kind(("graph",))


def choose_format(accept: str | None, name: str | None) -> formats.Format | str | None:
    """``"html"``, an RDF format, or None (→ 406). ``?format=`` wins over Accept; HTML is the server's first
    offer, so browsers and clients that accept anything get the page."""
    if name:
        if name.strip().lower() == "html":
            return "html"
        try:
            return formats.by_name(name, ("graph",))
        except KeyError:
            return None
    mime = negotiate(accept, ["text/html"] + [m for f in page_formats() for m in f.media_types])
    if mime is None or mime == "text/html":
        return None if mime is None else "html"
    return formats.by_media_type(mime, ("graph",))


# -- store access ------------------------------------------------------------------------------------------
# The SPARQL endpoint runs client queries in killable processes (kg.web.workers); the pages' own queries are
# fixed, bounded (LIMIT) and parameterised, so each server worker reads in-process through one
# kg.store.Snapshot: the same protocol as every reader (shared lock to open, re-open after a write, retry a read
# a compaction broke), so a page never fails because 'kg ingest' is writing.
_lock = threading.Lock()


def _snapshot() -> Snapshot:
    ext = current_app.extensions
    with _lock:
        if "kg.pages.snapshot" not in ext:
            ext["kg.pages.snapshot"] = reader(ext["kg.settings"].location)
        return ext["kg.pages.snapshot"]


def _read(fn: Callable[[Store], T]) -> T:
    """``fn(store)``, which must consume its results, on the app's Store or a current snapshot."""
    ext = current_app.extensions
    if "kg.store" in ext:  # an app handed a Store (tests, notebooks)
        return fn(ext["kg.store"])
    return _snapshot().read(fn)


@lru_cache(maxsize=None)
def _sparql(name: str) -> str:
    return (QUERY_DIR / f"{name}.rq").read_text(encoding="utf-8")


def _select(name: str, **bindings: ox.NamedNode) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
    def rows(store: Store) -> list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]:
        result = store.query(_sparql(name), bindings=bindings or None)
        names = [v.value for v in result.variables]  # type: ignore[union-attr]
        return [{n: row[n] for n in names if row[n] is not None} for row in result]  # type: ignore[union-attr]

    return _read(rows)


# -- terms as the templates see them ----------------------------------------------------------------------
def curie(iri: str) -> str:
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best) and prefix != "kgid":
            best, name = ns, f"{prefix}:{iri[len(ns):]}"
    return name if best else iri


def short_name(iri: str) -> str:
    """What to show for an IRI with no label: ``statement/doc-1/9`` for ours, a CURIE for known vocabularies."""
    return iri[len(ID_BASE):] if iri.startswith(ID_BASE) else curie(iri)


def local_href(iri: str) -> str:
    """Where a browser should go for an IRI: our page for our resources, the IRI itself otherwise."""
    if iri.startswith(ID_BASE):
        return url_for("pages.resource", path=iri[len(ID_BASE):])
    return iri if iri.lower().startswith(WEB_SCHEMES) else ""  # no javascript:, data: … hrefs


def term(node: object, label: object = None) -> dict[str, str]:
    if isinstance(node, ox.NamedNode):
        return {"kind": "iri", "value": node.value, "href": local_href(node.value),
                "label": label.value if isinstance(label, ox.Literal) else short_name(node.value)}
    if isinstance(node, ox.Literal):
        dt = node.datatype.value if node.datatype else ""
        return {"kind": "literal", "value": node.value, "lang": node.language or "",
                "datatype": "" if dt in (XSD_STRING, RDF_LANG) else curie(dt)}
    return {"kind": "bnode", "value": str(node)}


@dataclass
class Description:
    iri: str
    label: str = ""
    types: list[dict[str, str]] = field(default_factory=list)
    properties: list[dict[str, object]] = field(default_factory=list)
    incoming: list[dict[str, object]] = field(default_factory=list)
    evidence: list[dict[str, object]] = field(default_factory=list)


def describe_html(iri: str) -> Description:
    this = ox.NamedNode(iri)
    d = Description(iri=iri)
    labels: dict[ox.NamedNode, ox.Literal | None] = {}

    def label(node: object) -> ox.Literal | None:
        if not isinstance(node, ox.NamedNode):
            return None
        if node not in labels:
            rows = _select("page_label", this=node)
            labels[node] = rows[0].get("label") if rows else None  # type: ignore[assignment]
        return labels[node]

    for row in _select("page_outgoing", this=this):
        p, o = row["p"].value, row["o"]
        if p in LABELS and isinstance(o, ox.Literal) and not d.label:
            d.label = o.value
        if p == RDF_TYPE:
            d.types.append(term(o, label(o)))
        d.properties.append({"p": term(row["p"], row.get("plabel")), "o": term(o, label(o)),
                             "graphs": int(row["graphs"].value) if "graphs" in row else 0})
    for row in _select("page_incoming", this=this):
        d.incoming.append({"s": term(row["s"], label(row["s"])), "p": term(row["p"], row.get("plabel"))})
    d.evidence = group_evidence(iri, _select("page_evidence", this=this))
    d.label = d.label or iri.rsplit("/", 1)[-1]
    return d


def group_evidence(iri: str, rows: list[dict[str, ox.NamedNode | ox.Literal | ox.BlankNode]]) -> list[dict[str, object]]:
    """One entry per sentence, in the query's order (newest article first), with every fact it supports: the
    resource itself, its post, the meeting it took part in ... each with the rule and confidence behind it."""
    out: dict[str, dict[str, object]] = {}
    for row in rows:
        values = {k: (term(v) if isinstance(v, ox.NamedNode) else v.value) for k, v in row.items()}
        if not str(values.get("url") or "").lower().startswith(WEB_SCHEMES):
            values.pop("url", None)  # a header's url: javascript:… or data:… never becomes a link
        entry = out.setdefault(row["sentence"].value, {
            **{k: values.get(k) for k in ("sentence", "text", "doc", "docTitle", "url", "publisher", "issued")},
            "facts": []})
        fact = {"term": term(row["fact"], row.get("factLabel")), "self": row["fact"].value == iri,
                "rule": values.get("rule"), "confidence": values.get("confidence")}
        if fact not in entry["facts"]:  # type: ignore[operator]
            entry["facts"].append(fact)  # type: ignore[union-attr]
    return list(out.values())


def describe_rdf(iri: str, fmt: ox.RdfFormat) -> bytes:
    triples = _read(lambda store: set(store.query(_sparql("page_describe"),  # type: ignore[arg-type]
                                                  bindings={"this": ox.NamedNode(iri)})))
    # kgid: is left out: our IRIs' slashes would have to be escaped in prefixed names (kgid:person\\/x).
    prefixes = {k: v for k, v in PREFIXES.items() if k != "kgid"} if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML) else None
    return ox.serialize(sorted(triples, key=str), format=fmt, prefixes=prefixes) or b""


@bp.get("/id/<path:path>")
def resource(path: str) -> Response:
    iri = ID_BASE + path
    try:
        node = ox.NamedNode(iri)
    except ValueError:  # not an IRI at all (spaces, angle brackets ...): nothing can be named so
        abort(404, description=f"No resource <{iri}> in this graph.")
    if not _read(lambda store: bool(store.query(_sparql("page_exists"), bindings={"this": node}))):
        abort(404, description=f"No resource <{iri}> in this graph.")
    chosen = choose_format(request.headers.get("Accept"), request.args.get("format"))
    if chosen is None:
        offered = ", ".join(["text/html"] + [f.media_types[0] for f in page_formats()])
        abort(406, description=f"This resource is available as {offered}.")
    alternates = [(f.name, f.media_types[0], url_for("pages.resource", path=path, format=f.name))
                  for f in page_formats()]
    if chosen == "html":
        response = current_app.make_response(
            render_template("resource.html", d=describe_html(iri), alternates=alternates))
    else:
        assert isinstance(chosen, formats.Format) and isinstance(chosen.ox, ox.RdfFormat)
        response = Response(describe_rdf(iri, chosen.ox), headers={"Content-Type": chosen.content_type})
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = ", ".join(f'<{href}>; rel="alternate"; type="{mime}"' for _, mime, href in alternates)
    return response


# -- the network -------------------------------------------------------------------------------------------
CATEGORIES = {
    KG + "Person": "person", KG + "Country": "country", KG + "Agreement": "agreement",
    **{KG + c: "organization" for c in ("Organization", "GovernmentBody", "NonStateGroup",
                                        "MediaOrganization", "InternationalOrganization")},
    **{KG + c: "meeting" for c in ("Meeting", "Visit", "Talks", "Summit", "Call")},
}
PRIORITY = ("person", "country", "organization", "meeting", "agreement")
EVENTS = ("meeting", "agreement")


@dataclass
class Network:
    nodes: dict[str, dict[str, str]]       # iri → {label, category}
    edges: list[tuple[str, str, str]]      # (source, predicate local name, target)


def network(*, max_events: int | None = None) -> Network:
    """Actors, meetings and agreements with the links between them. With ``max_events``, only the
    best-connected meetings/agreements are kept, with their actors (a browser draws a few thousand nodes).

    The whole network takes seconds at a million quads, so a server keeps it until the store changes."""
    ext = current_app.extensions
    if "kg.store" in ext:
        full = _read_network()
    else:
        sig = signature(ext["kg.settings"].location)
        cached = ext.get("kg.pages.network")
        if cached is None or cached[0] != sig:
            cached = ext["kg.pages.network"] = (sig, _read_network())
        full = cached[1]
    return full if max_events is None else _busiest(full, max_events)


def _read_network() -> Network:
    nodes: dict[str, dict[str, str]] = {}
    for row in _select("network_nodes"):
        iri, cat = row["n"].value, CATEGORIES.get(row["t"].value)
        if cat is None or not isinstance(row["n"], ox.NamedNode):
            continue
        old = nodes.get(iri)
        label = row["label"].value if "label" in row else iri.rsplit("/", 1)[-1]
        if old is None or PRIORITY.index(cat) < PRIORITY.index(old["category"]):
            nodes[iri] = {"label": label, "category": cat}
    edges = sorted({(r["s"].value, r["p"].value.rsplit("#", 1)[-1], r["o"].value) for r in _select("network_edges")
                    if r["s"].value in nodes and r["o"].value in nodes and r["s"].value != r["o"].value})
    return Network(nodes=nodes, edges=edges)


def _busiest(net: Network, max_events: int) -> Network:
    """The ``max_events`` best-connected meetings/agreements, their actors, and organisations of those actors'
    countries (as many again at most), with the links among them."""
    edges = net.edges
    degree = Counter(s for s, _, _ in edges) + Counter(o for _, _, o in edges)
    events = [n for n, v in net.nodes.items() if v["category"] in EVENTS]
    keep_events = set(sorted(events, key=lambda n: (-degree[n], n))[:max_events])
    keep = set(keep_events)
    for s, _, o in edges:
        if s in keep_events:
            keep.add(o)
        if o in keep_events:
            keep.add(s)
    orgs = sorted({s for s, _, o in edges if o in keep and net.nodes[s]["category"] == "organization"},
                  key=lambda n: (-degree[n], n))
    keep.update(orgs[:max_events])
    nodes = {n: v for n, v in net.nodes.items() if n in keep}
    return Network(nodes=nodes, edges=[e for e in edges if e[0] in nodes and e[2] in nodes])


@bp.get("/graph")
def graph_view() -> str:
    return render_template("graph.html")


@bp.get("/graph.json")
def graph_json() -> Response:
    limit = min(max(request.args.get("events", 300, type=int), 1), 5000)
    net = network(max_events=limit)
    elements = [{"data": {"id": n, "label": v["label"], "category": v["category"], "href": local_href(n)}}
                for n, v in net.nodes.items()]
    elements += [{"data": {"id": f"e{i}", "source": s, "target": o, "label": p}}
                 for i, (s, p, o) in enumerate(net.edges)]
    return jsonify({"elements": elements, "nodes": len(net.nodes), "edges": len(net.edges), "events": limit})


def _xml(root: ET.Element) -> bytes:
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def to_gexf(net: Network) -> bytes:
    """GEXF 1.3 (Gephi's own format): nodes with a ``category`` attribute, directed edges labelled."""
    root = ET.Element("gexf", {"xmlns": "http://gexf.net/1.3", "version": "1.3"})
    ET.SubElement(ET.SubElement(root, "meta"), "description").text = "kg: actors, meetings and agreements"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "static"})
    attrs = ET.SubElement(graph, "attributes", {"class": "node"})
    ET.SubElement(attrs, "attribute", {"id": "0", "title": "category", "type": "string"})
    ET.SubElement(attrs, "attribute", {"id": "1", "title": "iri", "type": "string"})
    nodes = ET.SubElement(graph, "nodes")
    for iri, v in net.nodes.items():
        node = ET.SubElement(nodes, "node", {"id": iri, "label": v["label"]})
        values = ET.SubElement(node, "attvalues")
        ET.SubElement(values, "attvalue", {"for": "0", "value": v["category"]})
        ET.SubElement(values, "attvalue", {"for": "1", "value": iri})
    edges = ET.SubElement(graph, "edges")
    for i, (s, p, o) in enumerate(net.edges):
        ET.SubElement(edges, "edge", {"id": str(i), "source": s, "target": o, "label": p})
    return _xml(root)


def to_graphml(net: Network) -> bytes:
    root = ET.Element("graphml", {"xmlns": "http://graphml.graphdrawing.org/xmlns"})
    for key, on, name in (("label", "node", "label"), ("category", "node", "category"), ("predicate", "edge", "label")):
        ET.SubElement(root, "key", {"id": key, "for": on, "attr.name": name, "attr.type": "string"})
    graph = ET.SubElement(root, "graph", {"id": "kg", "edgedefault": "directed"})
    for iri, v in net.nodes.items():
        node = ET.SubElement(graph, "node", {"id": iri})
        ET.SubElement(node, "data", {"key": "label"}).text = v["label"]
        ET.SubElement(node, "data", {"key": "category"}).text = v["category"]
    for s, p, o in net.edges:
        ET.SubElement(ET.SubElement(graph, "edge", {"source": s, "target": o}), "data", {"key": "predicate"}).text = p
    return _xml(root)


@bp.get("/graph.gexf")
def graph_gexf() -> Response:
    return Response(to_gexf(network()), mimetype="application/gexf+xml",
                    headers={"Content-Disposition": 'attachment; filename="kg.gexf"'})


@bp.get("/graph.graphml")
def graph_graphml() -> Response:
    return Response(to_graphml(network()), mimetype="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="kg.graphml"'})
