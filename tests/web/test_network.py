"""The network view's server side (issue 10, item 3) on a real store: the seed articles and ../shared/corpus
ingested through the pipeline, so events and agreements are the canonical ones with their sources.

Each filter is checked against a SPARQL query of its own, written here from the rule the view promises (an
event is India's when it names India or one of its participants is Indian ...), not against the view's code;
GEXF and GraphML are read back with networkx, and must hold the very subgraph /graph.json draws.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest
from kg.config import Settings
from kg.pipeline import ingest
from kg.store import Store
from kg.web import close_app, create_app
from kg.web.network_view import EXPAND_CAP, MAX_EXPAND

ROOT = Path(__file__).resolve().parents[2]
KG = "https://w3id.org/kg/ontology#"
EVENTS = ("meeting", "agreement")
PREFIXES = """PREFIX kg: <https://w3id.org/kg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX schema: <https://schema.org/>
PREFIX oa: <http://www.w3.org/ns/oa#>
"""


@pytest.fixture(scope="module")
def store_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    articles = [ROOT / "data" / "articles"]
    shared = ROOT.parent / "shared" / "corpus"
    if shared.is_dir():
        articles += sorted(shared.glob("*.txt"))
    path = tmp_path_factory.mktemp("network") / "store"
    with Store(path) as s:
        ingest(articles, store=s)
    return path


@pytest.fixture(scope="module")
def store(store_path: Path) -> Iterator[Store]:
    """The same store, read-only, for the tests' own queries."""
    with Store(store_path, read_only=True) as s:
        yield s


@pytest.fixture(scope="module")
def client(store_path: Path):
    """The app as kg serve builds it (its error handling too), reading the store through its snapshots."""
    app = create_app(Settings(store=store_path))
    yield app.test_client()
    close_app(app)


def iris(store: Store, query: str, **bindings: str) -> set[str]:
    result = store.query(PREFIXES + query, bindings={k: ox.NamedNode(v) for k, v in bindings.items()} or None)
    return {row[0].value for row in result}  # type: ignore[union-attr]  (the first variable; bound ones follow)


def view(client, **args) -> dict:
    r = client.get("/graph.json", query_string=args)
    assert r.status_code == 200, r.get_data(as_text=True)
    return r.get_json()


def nodes(data: dict) -> dict[str, dict]:
    return {e["data"]["id"]: e["data"] for e in data["elements"] if "source" not in e["data"]}


def events(data: dict) -> set[str]:
    return {n for n, d in nodes(data).items() if d["category"] in EVENTS}


@pytest.fixture(scope="module")
def whole(client) -> dict:
    return view(client, events=2000)


def test_default_view_draws_canonical_events_with_their_actors(client, whole) -> None:
    data = view(client)
    assert data["counts"]["matching"] == len(events(whole)) > 5
    assert all(n.startswith("https://w3id.org/kg/id/canonical/") for n in events(data))  # one node per event
    drawn = nodes(data)
    for e in data["elements"]:
        if "source" in e["data"]:
            assert e["data"]["source"] in drawn and e["data"]["target"] in drawn


def test_country_filter_keeps_the_events_of_that_country(client, store, whole) -> None:
    options = whole["options"]["countries"]
    assert len(options) > 2
    for country in (options[0]["iri"], options[-1]["iri"]):
        expected = iris(store, """SELECT DISTINCT ?e ?c WHERE {
            { GRAPH ?g { ?e kg:country|kg:party ?c } }
            UNION { GRAPH ?g { ?e kg:participant ?p } GRAPH ?h { ?p kg:nationality|kg:country ?c } } }""",
                        c=country) & events(whole)
        data = view(client, country=country)
        assert events(data) == expected and expected
        assert data["counts"]["matching"] == len(expected)
        assert all(country in nodes(data)[e]["countries"] for e in expected)
    code = options[-1]["iri"].rsplit("/", 1)[-1]
    assert events(view(client, country=code.lower())) == events(view(client, country=options[-1]["iri"]))


def test_minimum_sources_filter(client, store, whole) -> None:
    expected = iris(store, "SELECT ?e WHERE { GRAPH ?g { ?e kg:sourceCount ?n } FILTER(?n >= 2) }") & events(whole)
    data = view(client, min_sources=2)
    assert events(data) == expected and expected and len(expected) < len(events(whole))
    assert all(nodes(data)[e]["sources"] >= 2 for e in expected)


def test_threat_filter(client, store, whole) -> None:
    threat = whole["options"]["threats"][0]["iri"]
    expected = iris(store, """SELECT DISTINCT ?e ?t WHERE {
        { GRAPH ?g { ?e kg:threat ?t } }
        UNION { GRAPH ?cg { ?e kg:sourceCount ?n ; dcterms:source ?doc }
                GRAPH ?h { ?h prov:wasDerivedFrom ?doc . ?m a kg:ThreatMention ; kg:threat ?t } } }""",
                    t=threat) & events(whole)
    assert events(view(client, threat=threat)) == expected and expected


def test_date_range_filter(client, store, whole) -> None:
    dates = sorted(d["date"] for d in nodes(whole).values() if d.get("date"))
    low, high = dates[len(dates) // 3], dates[-1]
    data = view(client, **{"from": low, "to": high})
    kept = events(data)
    assert kept and len(kept) < len(events(whole))
    for e in kept:
        date = nodes(data)[e]["date"]
        assert low <= date <= high
        assert iris(store, f"""SELECT ?e WHERE {{ GRAPH ?g {{ ?e schema:startDate|kg:reportedOn ?d }}
                                  FILTER(STR(?d) = "{date}") }}""", e=e)  # the date is the store's
    for e in events(whole) - kept:
        date = nodes(whole)[e].get("date")
        assert date is None or not low <= date <= high


def test_type_filter_and_hidden_counts_add_up(client, whole) -> None:
    everything = nx.read_gexf(io.BytesIO(client.get("/graph.gexf").data))  # no arguments: the whole network
    total = {c: sum(1 for _, d in everything.nodes(data=True) if d["category"] == c) for c in
             ("person", "organization", "country", "meeting", "agreement")}
    data = view(client, types="person,meeting", country=whole["options"]["countries"][0]["iri"])
    drawn = nodes(data)
    assert {d["category"] for d in drawn.values()} == {"person", "meeting"}
    for category, hidden in data["counts"]["hidden"].items():
        shown = sum(1 for d in drawn.values() if d["category"] == category)
        assert shown + hidden == total[category]
        if category not in ("person", "meeting"):
            assert shown == 0 and hidden == total[category]


def test_cap_and_show_more(client, whole) -> None:
    one = view(client, events=1)
    assert len(events(one)) == 1 and one["counts"]["shown"] == 1
    assert one["counts"]["more"] == one["counts"]["matching"] - 1 > 0
    more = view(client, events=3)
    assert events(one) < events(more) and len(events(more)) == 3  # the best-connected first, then the next


def test_expand_brings_the_whole_neighbourhood(client, whole) -> None:
    graph = nx.read_gexf(io.BytesIO(client.get("/graph.gexf").data))
    narrow = view(client, events=1)
    drawn = set(nodes(narrow))
    candidates = [n for n in sorted(drawn) if set(nx.all_neighbors(graph, n)) - drawn]
    assert candidates
    node = candidates[0]
    wider = view(client, events=1, expand=node)
    around = set(nx.all_neighbors(graph, node))
    assert len(around) <= EXPAND_CAP
    assert around <= set(nodes(wider)) and drawn <= set(nodes(wider))
    assert wider["counts"]["expanded"] == {node: 0}
    assert sum(wider["counts"]["hidden"].values()) < sum(narrow["counts"]["hidden"].values())


def test_exports_hold_the_filtered_view(client, whole) -> None:
    args = {"country": whole["options"]["countries"][-1]["iri"], "events": "300"}
    drawn = nodes(view(client, **args))
    gexf = client.get("/graph.gexf", query_string=args)
    assert gexf.status_code == 200 and gexf.mimetype == "application/gexf+xml"
    g = nx.read_gexf(io.BytesIO(gexf.data))
    assert set(g.nodes) == set(drawn)
    assert g.number_of_edges() == len([e for e in view(client, **args)["elements"] if "source" in e["data"]])
    country_labels = {c["iri"]: c["label"] for c in whole["options"]["countries"]}
    for n, d in drawn.items():
        assert g.nodes[n]["category"] == d["category"] and g.nodes[n]["label"] == d["label"]
        if d.get("countries"):
            assert g.nodes[n]["countries"] == "; ".join(country_labels[c] for c in d["countries"])
    ml = nx.read_graphml(io.BytesIO(client.get("/graph.graphml", query_string=args).data))
    assert set(ml.nodes) == set(drawn)
    assert len(nx.read_gexf(io.BytesIO(client.get("/graph.gexf").data))) > len(drawn)  # no arguments: everything


def test_edge_evidence_is_a_sentence_stating_the_link(client, store, whole) -> None:
    links = [e["data"] for e in whole["elements"] if e["data"].get("label") == "participant"][:6]
    assert links
    for link in links:
        r = client.get("/graph/evidence.json", query_string={"source": link["source"], "target": link["target"],
                                                             "predicate": "participant"})
        data = r.get_json()
        assert data["stated"] and data["evidence"]
        for e in data["evidence"]:
            said = store.query(PREFIXES + """ASK {
                { GRAPH ?ig { ?m prov:specializationOf ?s }
                  GRAPH ?g { ?m kg:participant ?o ; kg:evidence ?sentence . ?sentence oa:hasSelector/oa:exact ?text } }
                UNION { GRAPH ?g { ?s kg:participant ?o ; kg:evidence ?sentence . ?sentence oa:hasSelector/oa:exact ?text } }
                }""", bindings={"s": ox.NamedNode(link["source"]), "o": ox.NamedNode(link["target"]),
                                "text": ox.Literal(e["text"])})
            assert bool(said), (link, e["text"])
            assert e["doc"].startswith("/id/doc/") and e["title"]


@pytest.mark.parametrize("args, names", [
    ({"from": "2026-13-01"}, "from="), ({"to": "soon"}, "to="), ({"from": "2026-02-01", "to": "2026-01-01"}, "after"),
    ({"types": "person,spy"}, "types="), ({"events": "0"}, "events="), ({"events": "lots"}, "events="),
    ({"min_sources": "0"}, "min_sources="), ({"expand": [f"https://x/{i}" for i in range(MAX_EXPAND + 1)]}, "expand"),
])
def test_bad_filters_get_one_readable_line(client, args, names) -> None:
    for route in ("/graph.json", "/graph.gexf", "/graph.graphml"):
        r = client.get(route, query_string=args)
        assert r.status_code == 400
        body = r.get_data(as_text=True).strip()
        assert names in body and "\n" not in body and "Traceback" not in body


@pytest.mark.parametrize("args", [
    {"source": "https://w3id.org/kg/id/x", "target": "https://w3id.org/kg/id/y", "predicate": "knows"},
    {"source": "not an iri", "target": "https://w3id.org/kg/id/y", "predicate": "participant"},
    {"predicate": "participant"},
])
def test_bad_evidence_requests_get_400(client, args) -> None:
    r = client.get("/graph/evidence.json", query_string=args)
    assert r.status_code == 400 and "\n" not in r.get_data(as_text=True).strip()


def test_expanding_a_mention_expands_the_canonical_node_it_stands_for(client, store, whole) -> None:
    canonical = sorted(events(whole))[0]
    mentions = iris(store, "SELECT ?m ?c WHERE { GRAPH ?g { ?m prov:specializationOf ?c } }", c=canonical)
    assert mentions
    mention = sorted(mentions)[0]
    data = view(client, events=1, expand=mention)
    assert data["resolved"] == {mention: canonical}
    assert canonical in nodes(data) and data["counts"]["expanded"] == {canonical: 0}
