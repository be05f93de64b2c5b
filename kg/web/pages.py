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
from kg.web import entity, terms
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
    vocabulary = terms.local_path(iri)  # ontology terms, threat concepts, statuses resolve here too
    if vocabulary is not None:
        return vocabulary
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
    summary: entity.Summary | None = None
    incoming: list[dict[str, object]] = field(default_factory=list)
    evidence: list[dict[str, object]] = field(default_factory=list)
    links: dict[str, tuple[str, str]] = field(default_factory=dict)   # IRI → (label, href): the summary's links


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

    asserted_types = []
    for row in entity.fold_properties(_read(lambda store: entity.run(store, "entity_properties", iri, terms=True))):
        p, o = row["p"].value, row["o"]  # type: ignore[union-attr]
        if p in LABELS and isinstance(o, ox.Literal) and not d.label:
            d.label = o.value
        if p == RDF_TYPE and not row["inferred"]:
            d.types.append(term(o, label(o)))
            asserted_types.append(o.value)  # type: ignore[union-attr]
        d.properties.append({"p": term(row["p"], row.get("plabel")), "o": term(o, label(o)), "graphs": row["graphs"],
                             "inferred": row["inferred"], "also": [term(a) for a in row["also"]]})  # type: ignore[union-attr]
    d.summary = _read(lambda store: entity.summarize(store, iri, asserted_types))
    if d.summary is not None:
        d.links = {n: (lab.value if lab is not None else short_name(n), local_href(n))
                   for n in d.summary.labels_needed() for lab in [label(ox.NamedNode(n))]}
        d.links.update({n: (lab, local_href(n)) for n, lab in d.summary.known_labels().items()})
        d.links.update({i.iri: (short_name(i.iri), local_href(i.iri)) for sec in d.summary.sections
                        if sec.key == "statements" for i in sec.items})
        if d.summary.record:  # reports are named by their titles
            d.links.update({r["doc"]: (r.get("title") or short_name(r["doc"]), local_href(r["doc"]))
                            for r in d.summary.record.reports_read})
        if d.summary.document:  # a document's facts carry their own labels: no look-up each
            d.links.update({f.iri: (f.label or short_name(f.iri), local_href(f.iri))
                            for facts in d.summary.document.facts.values() for f in facts})
    incoming = [{**r, "o": r["s"]} for r in _read(lambda store: entity.run(store, "entity_incoming", iri, terms=True))]
    for row in entity.fold_properties(incoming):  # a link entailed under a broader property is shown once
        d.incoming.append({"s": term(row["o"], label(row["o"])), "p": term(row["p"], row.get("plabel")),
                           "inferred": row["inferred"], "also": [term(a) for a in row["also"]]})  # type: ignore[union-attr]
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
    return serve(ID_BASE + path, lambda **args: url_for("pages.resource", path=path, **args))


def serve(iri: str, url: Callable[..., str]) -> Response:
    """The page of ``iri`` (HTML or an RDF format by content negotiation); ``url(format=...)`` is its own URL."""
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
    alternates = [(f.name, f.media_types[0], url(format=f.name)) for f in page_formats()]
    if chosen == "html":
        response = current_app.make_response(
            render_template("resource.html", d=describe_html(iri), alternates=alternates))
    else:
        assert isinstance(chosen, formats.Format) and isinstance(chosen.ox, ox.RdfFormat)
        response = Response(describe_rdf(iri, chosen.ox), headers={"Content-Type": chosen.content_type})
    response.headers["Vary"] = "Accept"
    response.headers["Link"] = ", ".join(f'<{href}>; rel="alternate"; type="{mime}"' for _, mime, href in alternates)
    return response
