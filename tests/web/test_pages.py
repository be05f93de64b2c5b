"""Linked-data pages and the network export, through Flask's test client on a small in-memory store.

The blueprints are mounted on a bare Flask app holding a Store (``app.extensions["kg.store"]``), so these tests
need nothing of the SPARQL endpoint; test_pages_app_* checks the same pages through kg.web.create_app.
"""

from __future__ import annotations

import importlib.util
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask import Flask

from kg.store import Store

ROOT = Path(__file__).resolve().parents[2]
ID = "https://w3id.org/kg/id/"

# One article graph in the builder's shape, with a literal that must never reach the page unescaped.
ARTICLE = """
@prefix kg: <https://w3id.org/kg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/kg/id/> .

<https://w3id.org/kg/graph/doc-1> {
  <https://w3id.org/kg/graph/doc-1> a kg:ArticleGraph ; prov:wasDerivedFrom id:doc\\/doc-1 .
  id:doc\\/doc-1 a kg:Document ; dcterms:title "NSAs meet in Delhi" ; dcterms:publisher "The Paper" ;
      schema:url "https://news.example/nsa-meet"^^xsd:anyURI ; dcterms:issued "2025-09-19"^^xsd:date .
  id:country\\/IN a kg:Country ; rdfs:label "India" .
  id:country\\/CA a kg:Country ; rdfs:label "Canada" .
  id:person\\/ajit-doval a kg:Person ; rdfs:label "Ajit Doval" ; kg:nationality id:country\\/IN ;
      kg:evidence id:sentence\\/doc-1\\/0-60 .
  id:person\\/nathalie-drouin a kg:Person ; rdfs:label "Nathalie Drouin <script>alert(1)</script>" ;
      kg:nationality id:country\\/CA .
  id:event\\/doc-1\\/0 a kg:Meeting ; rdfs:label "Meeting: Ajit Doval, Nathalie Drouin" ;
      kg:participant id:person\\/ajit-doval , id:person\\/nathalie-drouin ;
      kg:evidence id:sentence\\/doc-1\\/61-140 ; kg:rule "meeting/verb" .
  id:agreement\\/doc-1\\/0 a kg:Agreement ; rdfs:label "strengthen security cooperation" ;
      kg:party id:country\\/IN , id:country\\/CA ; kg:reachedAt id:event\\/doc-1\\/0 .
  id:sentence\\/doc-1\\/0-60 a kg:Sentence ; oa:hasSource id:doc\\/doc-1 ;
      oa:hasSelector id:sentence\\/doc-1\\/0-60\\/quote .
  id:sentence\\/doc-1\\/0-60\\/quote a oa:TextQuoteSelector ; oa:exact "National Security Adviser Ajit Doval said so." .
  id:sentence\\/doc-1\\/61-140 a kg:Sentence ; oa:hasSource id:doc\\/doc-1 ;
      oa:hasSelector id:sentence\\/doc-1\\/61-140\\/quote .
  id:sentence\\/doc-1\\/61-140\\/quote a oa:TextQuoteSelector ;
      oa:exact "Doval met Drouin in New Delhi on Thursday <b>to talk</b> & agree." .
}
"""


def load_gen_graph():
    """bench/gen_graph.py as a module (bench/ is not a package)."""
    spec = importlib.util.spec_from_file_location("gen_graph", ROOT / "bench" / "gen_graph.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


def small_graph_nquads(quads: int = 3000) -> bytes:
    """A few dozen synthetic articles plus the hand-made one above, as N-Quads."""
    gen = load_gen_graph()
    store = ox.Store()
    store.load(ARTICLE.encode(), format=ox.RdfFormat.TRIG)
    return "".join(gen.generate(quads=quads, seed=7)).encode() + store.dump(format=ox.RdfFormat.N_QUADS)


@pytest.fixture()
def store() -> Store:
    s = Store(None)
    s.bulk_load(small_graph_nquads())
    return s


@pytest.fixture()
def client(store: Store):
    from kg.web import network, pages, ui

    app = Flask(__name__)
    app.extensions["kg.store"] = store
    app.register_blueprint(ui.bp)
    app.register_blueprint(pages.bp)
    app.register_blueprint(network.bp)
    app.after_request(ui.security_headers)  # as create_app does
    return app.test_client()


def test_page_html_shows_label_types_properties_and_evidence(client) -> None:
    r = client.get("/id/person/ajit-doval", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert r.status_code == 200
    assert r.mimetype == "text/html"
    html = r.get_data(as_text=True)
    assert "<h1>Ajit Doval</h1>" in html
    assert 'href="/id/country/IN"' in html and ">India<" in html          # values are links with labels
    assert "kg:nationality" in html or "nationality" in html
    # evidence: his own sentence and the meeting's, quoted, with the source article
    assert "National Security Adviser Ajit Doval said so." in html
    assert "Doval met Drouin in New Delhi" in html
    assert 'href="https://news.example/nsa-meet"' in html and "NSAs meet in Delhi" in html
    # incoming: the meeting he took part in
    assert 'href="/id/event/doc-1/0"' in html
    assert r.headers["Vary"] == "Accept"


def test_literals_are_escaped(client) -> None:
    html = client.get("/id/person/nathalie-drouin").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    # and the browser runs no script but ours, whatever a literal holds
    for url in ("/", "/graph", "/id/person/nathalie-drouin"):
        csp = client.get(url).headers["Content-Security-Policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src", 1)[1].split(";")[0]
    meeting = client.get("/id/event/doc-1/0").get_data(as_text=True)
    assert "<b>to talk</b>" not in meeting and "&lt;b&gt;to talk&lt;/b&gt; &amp; agree." in meeting


@pytest.mark.parametrize(("accept", "fmt", "mime"), [
    ("text/turtle", ox.RdfFormat.TURTLE, "text/turtle"),
    ("application/ld+json", ox.RdfFormat.JSON_LD, "application/ld+json"),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES, "application/n-triples"),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML, "application/rdf+xml"),
    ("text/turtle;q=0.5, application/rdf+xml;q=0.9", ox.RdfFormat.RDF_XML, "application/rdf+xml"),
])
def test_content_negotiation_gives_rdf_describing_the_resource(client, accept, fmt, mime) -> None:
    r = client.get("/id/person/ajit-doval", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.mimetype == mime
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(r.data, format=fmt)}
    doval = ox.NamedNode(ID + "person/ajit-doval")
    assert ox.Triple(doval, ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), ox.Literal("Ajit Doval")) in triples
    assert ox.Triple(doval, ox.NamedNode("https://w3id.org/kg/ontology#nationality"), ox.NamedNode(ID + "country/IN")) in triples
    # incoming links are part of the description
    assert ox.Triple(ox.NamedNode(ID + "event/doc-1/0"), ox.NamedNode("https://w3id.org/kg/ontology#participant"), doval) in triples


def test_format_parameter_wins_over_accept(client) -> None:
    r = client.get("/id/person/ajit-doval?format=ttl", headers={"Accept": "text/html"})
    assert r.mimetype == "text/turtle"
    r = client.get("/id/person/ajit-doval?format=html", headers={"Accept": "text/turtle"})
    assert r.mimetype == "text/html"


def test_sentence_description_includes_its_quote(client) -> None:
    r = client.get("/id/sentence/doc-1/0-60", headers={"Accept": "application/n-triples"})
    assert b"National Security Adviser Ajit Doval said so." in r.data


def test_unknown_resource_is_404(client) -> None:
    assert client.get("/id/person/nobody-at-all").status_code == 404
    assert client.get("/id/person/not%20an%20iri%3E").status_code == 404   # regression: was a 500
    reflected = client.get("/id/x%3Cscript%3Ealert(1)%3C/script%3E").get_data(as_text=True)
    assert "<script>" not in reflected and "&lt;script&gt;" in reflected
    assert client.get("/id/person/nobody-at-all", headers={"Accept": "text/turtle"}).status_code == 404


def test_unacceptable_media_type_is_406(client) -> None:
    assert client.get("/id/person/ajit-doval", headers={"Accept": "image/png"}).status_code == 406


def test_network_json_has_actors_meetings_and_agreements(client) -> None:
    data = client.get("/graph.json").get_json()
    cats = {e["data"]["category"] for e in data["elements"] if "category" in e["data"]}
    assert {"person", "country", "meeting", "agreement", "organization"} <= cats
    ids = {e["data"]["id"] for e in data["elements"] if "source" not in e["data"]}
    edges = [e["data"] for e in data["elements"] if "source" in e["data"]]
    assert edges and all(e["source"] in ids and e["target"] in ids for e in edges)
    assert {"source": ID + "event/doc-1/0", "target": ID + "person/ajit-doval"}.items() <= next(
        e for e in edges if e["source"] == ID + "event/doc-1/0" and e["target"] == ID + "person/ajit-doval").items()


def test_network_downloads_for_gephi_parse(client) -> None:
    r = client.get("/graph.gexf")
    assert r.status_code == 200 and r.mimetype == "application/gexf+xml"
    root = ET.fromstring(r.data)
    ns = {"g": "http://gexf.net/1.3"}
    labels = {n.get("label") for n in root.iterfind(".//g:node", ns)}
    assert "Ajit Doval" in labels and "Nathalie Drouin <script>alert(1)</script>" in labels  # XML-escaped, round-trips
    assert root.find(".//g:edge", ns) is not None
    r = client.get("/graph.graphml")
    root = ET.fromstring(r.data)
    assert root.find(".//{http://graphml.graphdrawing.org/xmlns}edge") is not None


def test_graph_page_loads_vendored_cytoscape(client) -> None:
    html = client.get("/graph").get_data(as_text=True)
    assert "/assets/vendor/cytoscape/cytoscape.min.js?v=" in html
    assert "http://" not in html.split("<main>")[0].replace('href="data:,"', "")  # no CDN in the head


def test_ui_lists_the_competency_queries_read_at_run_time(client) -> None:
    html = client.get("/").get_data(as_text=True)
    config = json.loads(html.split('<script type="application/json" id="kg-config">', 1)[1].split("</script>", 1)[0])
    files = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    assert [q["name"] for q in config["queries"]] == [f.stem for f in files]
    for q, f in zip(config["queries"], files):
        first = f.read_text(encoding="utf-8").splitlines()[0]
        if first.startswith("# title:"):
            assert q["title"] == first.split(":", 1)[1].strip()
    assert config["endpoint"].endswith("/sparql")
    assert "cdn" not in html.lower() and "unpkg" not in html.lower()


def test_static_files_carry_caching_headers(client) -> None:
    html = client.get("/").get_data(as_text=True)
    url = html.split('src="', 1)[1].split('"', 1)[0]           # the versioned YASGUI bundle
    assert url.startswith("/assets/vendor/yasgui/yasgui.min.js?v=")
    r = client.get(url)
    assert r.status_code == 200
    assert "max-age=31536000" in r.headers["Cache-Control"] and "immutable" in r.headers["Cache-Control"]
    assert r.headers.get("ETag")
    again = client.get(url, headers={"If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304
    plain = client.get("/assets/kg.css")
    assert "max-age=300" in plain.headers["Cache-Control"]
    assert client.get("/assets/../pages.py").status_code == 404


def test_query_file_is_served(client) -> None:
    files = sorted((ROOT / "ontology" / "queries").glob("*.rq"))
    if not files:
        pytest.skip("no competency queries in ontology/queries yet")
    r = client.get(f"/queries/{files[0].stem}.rq")
    assert r.status_code == 200 and r.mimetype == "application/sparql-query"
    assert r.get_data(as_text=True) == files[0].read_text(encoding="utf-8")
    assert client.get("/queries/no-such-query.rq").status_code == 404


def test_pages_app_serves_pages_through_create_app(tmp_path: Path) -> None:
    """The same pages in the real app (kg.web.create_app), reading an on-disk store read-only."""
    web = pytest.importorskip("kg.web")
    if not hasattr(web, "create_app"):
        pytest.skip("kg.web.create_app not there yet")
    from kg.config import Settings

    with Store(tmp_path / "store") as s:
        s.bulk_load(small_graph_nquads(500))
    app = web.create_app(Settings(store=tmp_path / "store"))
    try:
        c = app.test_client()
        assert c.get("/id/person/ajit-doval").status_code == 200
        assert c.get("/id/person/nobody-at-all").status_code == 404
        assert c.get("/").status_code == 200
    finally:
        if hasattr(web, "close_app"):
            web.close_app(app)
