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
from kg.web import entity
from kg.web.conneg import negotiate
from kg.web.local_paths import local_path
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
    vocabulary = local_path(iri)  # ontology terms, threat concepts, statuses resolve here too
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
    incoming_total: int = 0   # links in all (a summarised person's count; else those read, 300 at most)
    incoming_more: str = ""   # where every link is listed, when the page shows only some
    evidence: list[dict[str, object]] = field(default_factory=list)
    evidence_cut: bool = False  # a busy person's evidence: from the first 25 facts naming it only
    links: dict[str, tuple[str, str]] = field(default_factory=dict)   # IRI → (label, href): the summary's links


LINKS_SHOWN = 50    # incoming links a summarised person's page shows (entity_person_incoming.rq's LIMIT)


def listings() -> dict[str, str]:
    """A section the page cuts → the query listing all of it (kg/web/queries/more_*.rq), ?this unbound."""
    return {"events": _sparql("more_events"), "agreements": _sparql("more_agreements"),
            "statements": _sparql("more_statements"), "threats": _sparql("more_threats"),
            "incoming": _sparql("more_incoming")}


def more_link(listing: str, iri: str) -> str:
    """A link to the SPARQL endpoint running a listing query for ``iri``: the query's text with a trailing
    VALUES clause, the IRI serialised by pyoxigraph (escaped), so the link can hold nothing but it."""
    return url_for("sparql.endpoint", query=f"{listing.rstrip()}\nVALUES ?this {{ {ox.NamedNode(iri)} }}\n")


def first_labels(nodes: set[ox.NamedNode]) -> dict[ox.NamedNode, ox.Literal | None]:
    """One label per node (rdfs:label, else skos:prefLabel, in any named graph; the first found), by index
    lookups in one read: a page links to a hundred resources and a query each would cost more than the lookups."""
    predicates = [ox.NamedNode(p) for p in LABELS]

    def read(store: object) -> dict[ox.NamedNode, ox.Literal | None]:
        out: dict[ox.NamedNode, ox.Literal | None] = {}
        for node in nodes:
            found = (q.object for p in predicates
                     for q in store.quads_matching(node, p, None, None)  # type: ignore[attr-defined]
                     if isinstance(q.object, ox.Literal) and not isinstance(q.graph_name, ox.DefaultGraph))
            out[node] = next(found, None)
        return out

    return _read(read) if nodes else {}


def describe_html(iri: str) -> Description:
    d = Description(iri=iri)
    run = lambda name, **kw: _read(lambda store: entity.run(store, name, iri, **kw))  # noqa: E731
    summarized = bool(run("entity_has_summary"))  # a person whose page was chosen in its summary graph
    rows = entity.fold_properties(run("entity_person_properties", terms=True) if summarized
                                  else run("entity_properties", terms=True))
    asserted_types = [r["o"].value for r in rows  # type: ignore[union-attr]
                      if r["p"].value == RDF_TYPE and not r["inferred"]]  # type: ignore[union-attr]
    d.summary = _read(lambda store: entity.summarize(store, iri, asserted_types))
    counts = (d.summary.counts if d.summary else None) or {}
    incoming_rows = run("entity_person_incoming", terms=True) if summarized else run("entity_incoming", terms=True)
    incoming = entity.fold_properties([{**r, "o": r["s"]} for r in incoming_rows])  # entailed links shown once
    busy = summarized and counts.get("incoming", 0) > LINKS_SHOWN
    this = ox.NamedNode(iri)
    evidence = _select("entity_person_evidence", this=this) if busy else _select("page_evidence", this=this)

    nodes = {r["o"] for r in rows if isinstance(r["o"], ox.NamedNode)}  # every label the page shows, read at once
    nodes |= {r["o"] for r in incoming if isinstance(r["o"], ox.NamedNode)}
    if d.summary is not None:
        nodes |= {ox.NamedNode(n) for n in d.summary.labels_needed()}
    labels = first_labels(nodes)
    label = lambda node: labels.get(node) if isinstance(node, ox.NamedNode) else None  # noqa: E731

    for row in rows:
        p, o = row["p"].value, row["o"]  # type: ignore[union-attr]
        if p in LABELS and isinstance(o, ox.Literal) and not d.label:
            d.label = o.value
        if p == RDF_TYPE and not row["inferred"]:
            d.types.append(term(o, label(o)))
        d.properties.append({"p": term(row["p"], row.get("plabel")), "o": term(o, label(o)), "graphs": row["graphs"],
                             "inferred": row["inferred"], "also": [term(a) for a in row["also"]]})  # type: ignore[union-attr]
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
        for sec in d.summary.sections:  # a list cut by the page links to the whole of it
            if sec.counted is not None and sec.total > len(sec.items) and sec.key in listings():
                sec.more = more_link(listings()[sec.key], iri)
    for row in incoming:
        d.incoming.append({"s": term(row["o"], label(row["o"])), "p": term(row["p"], row.get("plabel")),
                           "inferred": row["inferred"], "also": [term(a) for a in row["also"]]})  # type: ignore[union-attr]
    d.incoming_total = counts.get("incoming", len(incoming_rows)) if summarized else len(incoming_rows)
    if summarized and d.incoming_total > len(incoming_rows):
        d.incoming_more = more_link(listings()["incoming"], iri)
    d.evidence, d.evidence_cut = group_evidence(iri, evidence), busy
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
