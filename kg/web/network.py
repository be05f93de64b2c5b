"""The network view: ``/graph`` draws actors, meetings and agreements (Cytoscape.js) from ``/graph.json``;
``/graph.gexf`` and ``/graph.graphml`` give Gephi the same view (same filters, same cap, same expanded nodes,
written by kg.graphio); ``/graph/evidence.json`` gives the sentences behind one link.

Events and agreements are the canonical ones (kg/identity). The whole network (nodes, links, what the filters
read) comes from fixed queries (kg/web/queries/network_*.rq) and is kept per server worker until the store
changes; each request then only selects its view from it (kg.web.network_view).
"""

from __future__ import annotations

from dataclasses import replace

import pyoxigraph as ox
from flask import Blueprint, Response, abort, jsonify, render_template, request, url_for

from kg.graphio import Network, to_gexf, to_graphml
from kg.web.network_view import EVENTS, Indexed, View, ViewError, parse_filters, select_view
from kg.web.pages import ID_BASE, KG, local_href
from kg.web.reads import select, until_store_changes

bp = Blueprint("network", __name__, template_folder="templates")

CATEGORIES = {
    KG + "Person": "person", KG + "Country": "country", KG + "Agreement": "agreement",
    **{KG + c: "organization" for c in ("Organization", "GovernmentBody", "NonStateGroup",
                                        "MediaOrganization", "InternationalOrganization")},
    **{KG + c: "meeting" for c in ("Meeting", "Visit", "Talks", "Summit", "Call")},
}
PRIORITY = ("person", "country", "organization", "meeting", "agreement")
LINKS = ("participant", "party", "reachedAt", "nationality", "country")  # network_edges.rq's predicates
COUNTRY_LINKS = ("party", "nationality", "country")


@bp.app_context_processor
def _inject() -> dict[str, object]:
    """The navigation link here only in apps that serve the network."""
    return {"network_url": lambda: url_for("network.graph_view")}


def read_network() -> Network:
    """Every actor, canonical meeting and agreement, the links between them, and for each node what the
    filters read: its countries, date, number of independent sources and the threats it is about."""
    nodes: dict[str, dict[str, object]] = {}
    for row in select("network_nodes"):
        iri, cat = row["n"].value, CATEGORIES.get(row["t"].value)
        if cat is None or not isinstance(row["n"], ox.NamedNode):
            continue
        old = nodes.get(iri)
        label = row["label"].value if "label" in row else iri.rsplit("/", 1)[-1]
        if old is None or PRIORITY.index(cat) < PRIORITY.index(str(old["category"])):
            nodes[iri] = {"label": label, "category": cat}
    edges = sorted({(r["s"].value, r["p"].value.rsplit("#", 1)[-1], r["o"].value) for r in select("network_edges")
                    if r["s"].value in nodes and r["o"].value in nodes and r["s"].value != r["o"].value})
    _add_attributes(nodes, edges)
    labels = {n: str(v["label"]) for n, v in nodes.items() if v["category"] == "country"}
    labels.update({r["t"].value: r["label"].value for r in select("network_threats") if "label" in r})
    return Network(nodes=nodes, edges=edges, labels=labels)


def _add_attributes(nodes: dict[str, dict[str, object]], edges: list[tuple[str, str, str]]) -> None:
    facts: dict[str, dict[str, set[str]]] = {}
    for row in select("network_attributes"):
        if row["n"].value in nodes:
            facts.setdefault(row["n"].value, {}).setdefault(row["key"].value, set()).add(row["v"].value)
    own: dict[str, set[str]] = {}      # countries a node names itself (party, nationality, country)
    people: dict[str, set[str]] = {}   # an event's participants
    for s, p, o in edges:
        if p in COUNTRY_LINKS and nodes[o]["category"] == "country":
            own.setdefault(s, set()).add(o)
        elif p == "participant":
            people.setdefault(s, set()).add(o)
    for iri, v in nodes.items():
        f = facts.get(iri, {})
        countries = {iri} if v["category"] == "country" else set(own.get(iri, ()))
        if v["category"] in EVENTS:  # an event is about its participants' countries too
            for person in people.get(iri, ()):
                countries |= own.get(person, set())
            dated = sorted(f.get("date", ())) or sorted(f.get("reported", ()))
            v["date"] = dated[0][:10] if dated else None
            v["sources"] = max((int(x) for x in f.get("sources", ()) if x.isdigit()), default=1)
            v["threats"] = sorted(f.get("threat", ()))
        v["countries"] = sorted(countries)


def _index() -> Indexed:
    return until_store_changes("kg.network", lambda: Indexed(read_network()))


def _view() -> tuple[Indexed, View, dict[str, str]]:
    """The view the request's arguments ask for, and the mentions it was asked to expand, each mapped to
    the canonical node that stands for it."""
    index = _index()
    try:
        filters = parse_filters(request.args, expand=request.args.getlist("expand"), id_base=ID_BASE)
    except ViewError as exc:
        abort(400, description=str(exc))
    resolved = {}
    for iri in filters.expand:
        if iri not in index.net.nodes and iri.startswith(ID_BASE):
            rows = select("network_canonical", m=ox.NamedNode(iri))
            if rows:
                resolved[iri] = rows[0]["canonical"].value
    if resolved:
        filters = replace(filters, expand=tuple(resolved.get(i, i) for i in filters.expand))
    return index, select_view(index, filters), resolved


@bp.get("/graph")
def graph_view() -> str:
    return render_template("graph.html")


@bp.get("/graph.json")
def graph_json() -> Response:
    index, view, resolved = _view()
    net = view.net
    elements = [{"data": {"id": n, "label": v["label"], "category": v["category"], "href": local_href(n),
                          **{k: v[k] for k in ("countries", "date", "sources") if v.get(k) is not None}}}
                for n, v in net.nodes.items()]
    elements += [{"data": {"id": f"{s} {p} {o}", "source": s, "target": o, "label": p}} for s, p, o in net.edges]
    return jsonify({"elements": elements, "nodes": len(net.nodes), "edges": len(net.edges),
                    "events": view.shown_events, "counts": view.counts(), "options": index.options(),
                    "resolved": resolved})


def _download(data: bytes, mimetype: str, name: str) -> Response:
    return Response(data, mimetype=mimetype, headers={"Content-Disposition": f'attachment; filename="{name}"'})


@bp.get("/graph.gexf")
def graph_gexf() -> Response:
    """The view the same arguments give /graph.json (without any: the whole network)."""
    net = _view()[1].net if request.args else _index().net
    return _download(to_gexf(net), "application/gexf+xml", "kg.gexf")


@bp.get("/graph.graphml")
def graph_graphml() -> Response:
    net = _view()[1].net if request.args else _index().net
    return _download(to_graphml(net), "application/graphml+xml", "kg.graphml")


@bp.get("/graph/evidence.json")
def edge_evidence() -> Response:
    """The sentences behind one link (source, predicate, target), newest report first; when no sentence states
    the link itself (an event's countries), the sentences behind its source node."""
    args = request.args
    predicate = args.get("predicate", "")
    if predicate not in LINKS:
        abort(400, description=f"predicate={predicate!r}: not a link of the network (one of {', '.join(LINKS)})")
    try:
        s, o = ox.NamedNode(args.get("source", "")), ox.NamedNode(args.get("target", ""))
    except ValueError:
        abort(400, description="source and target must be IRIs of the network's nodes")
    rows = select("network_edge_evidence", s=s, p=ox.NamedNode(KG + predicate), o=o)
    stated = bool(rows)
    if not rows:
        rows = select("network_node_evidence", s=s)
    out = []
    for r in rows:
        url = r["url"].value if "url" in r else ""
        out.append({"text": r["text"].value, "doc": local_href(r["doc"].value),
                    "title": r["title"].value if "title" in r else r["doc"].value.rsplit("/", 1)[-1],
                    "publisher": r["publisher"].value if "publisher" in r else "",
                    "issued": r["issued"].value if "issued" in r else "",
                    "url": url if url.lower().startswith(("http://", "https://")) else ""})
    return jsonify({"stated": stated, "evidence": out})
