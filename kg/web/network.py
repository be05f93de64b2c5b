"""The network view: ``/graph`` draws actors, meetings and agreements (Cytoscape.js) from ``/graph.json``;
``/graph.gexf`` and ``/graph.graphml`` give the same network to Gephi (written by kg.graphio).

Events and agreements are the canonical ones (kg/identity); the network is read with two fixed queries
(kg/web/queries/network_*.rq) and kept per server worker until the store changes.
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
from flask import Blueprint, Response, jsonify, render_template, request, url_for

from kg.graphio import Network, to_gexf, to_graphml
from kg.web.pages import KG, local_href
from kg.web.reads import select, until_store_changes

bp = Blueprint("network", __name__, template_folder="templates")

CATEGORIES = {
    KG + "Person": "person", KG + "Country": "country", KG + "Agreement": "agreement",
    **{KG + c: "organization" for c in ("Organization", "GovernmentBody", "NonStateGroup",
                                        "MediaOrganization", "InternationalOrganization")},
    **{KG + c: "meeting" for c in ("Meeting", "Visit", "Talks", "Summit", "Call")},
}
PRIORITY = ("person", "country", "organization", "meeting", "agreement")
EVENTS = ("meeting", "agreement")


@bp.app_context_processor
def _inject() -> dict[str, object]:
    """The navigation link here only in apps that serve the network."""
    return {"network_url": lambda: url_for("network.graph_view")}


def network(*, max_events: int | None = None) -> Network:
    """Actors, meetings and agreements with the links between them. With ``max_events``, only the
    best-connected meetings/agreements are kept, with their actors (a browser draws a few thousand nodes).

    The whole network takes seconds at a million quads, so a server keeps it until the store changes."""
    full = until_store_changes("kg.network", read_network)
    return full if max_events is None else busiest(full, max_events)


def read_network() -> Network:
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
    return Network(nodes=nodes, edges=edges)


def busiest(net: Network, max_events: int) -> Network:
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


@bp.get("/graph.gexf")
def graph_gexf() -> Response:
    return Response(to_gexf(network()), mimetype="application/gexf+xml",
                    headers={"Content-Disposition": 'attachment; filename="kg.gexf"'})


@bp.get("/graph.graphml")
def graph_graphml() -> Response:
    return Response(to_graphml(network()), mimetype="application/graphml+xml",
                    headers={"Content-Disposition": 'attachment; filename="kg.graphml"'})
