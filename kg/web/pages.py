"""Linked data pages: ``/id/<path>`` dereferences ``https://w3id.org/kg/id/<path>`` (an HTML page with the
evidence behind each fact for people, Turtle / JSON-LD / N-Triples / RDF-XML by content negotiation for
machines). The network view is kg.web.network.

Everything is read through kg.web.reads with the SPARQL files of kg/web/queries; values are bound with
substitutions, never pasted into query text.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pyoxigraph as ox
from flask import Blueprint, Response, abort, current_app, render_template, request, url_for

from kg import formats
from kg.vocab import PREFIXES
from kg.web.conneg import negotiate
from kg.web.reads import read as _read
from kg.web.reads import select as _select
from kg.web.reads import sparql as _sparql

bp = Blueprint("pages", __name__, template_folder="templates")



ID_BASE = "https://w3id.org/kg/id/"
KG = "https://w3id.org/kg/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANG = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
WEB_SCHEMES = ("http://", "https://")



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
