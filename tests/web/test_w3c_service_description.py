"""The W3C SPARQL 1.1 Service Description tests (from their manifest), and the VoID description."""

from __future__ import annotations

import pytest
import rdflib
from rdflib.collection import Collection
from web_support import W3C

MANIFEST = W3C / "sparql11-service-description" / "manifest.ttl"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
RDF_FORMATS = {"text/turtle": "turtle", "application/rdf+xml": "xml", "application/ld+json": "json-ld"}


def _entries() -> list[str]:
    if not MANIFEST.exists():
        return []
    g = rdflib.Graph().parse(MANIFEST, format="turtle")
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    return [str(e).rsplit("#", 1)[1] for e in Collection(g, g.value(manifest, MF.entries))]


ENTRIES = _entries()


def _description(client, accept: str = "text/turtle", path: str = "/sparql") -> rdflib.Graph:
    resp = client.get(path, headers={"Accept": accept})
    assert resp.status_code == 200, resp.data
    assert resp.mimetype == accept
    assert "Accept" in resp.headers.get("Vary", "")
    return rdflib.Graph().parse(data=resp.data, format=RDF_FORMATS[accept])


def _returns_rdf(client) -> None:
    for accept in RDF_FORMATS:
        assert len(_description(client, accept)) > 5


def _has_endpoint_triple(client) -> None:
    for path in ("/sparql", "/sparql/"):
        g = _description(client, path=path)
        assert (None, SD.endpoint, rdflib.URIRef("http://localhost" + path)) in g


def _conforms_to_schema(client) -> None:
    g = _description(client)
    services = list(g.subjects(rdflib.RDF.type, SD.Service))
    assert len(services) == 1
    service = services[0]
    assert g.value(service, SD.endpoint) is not None
    languages = set(g.objects(service, SD.supportedLanguage))
    assert languages and languages <= {SD.SPARQL10Query, SD.SPARQL11Query, SD.SPARQL11Update}
    for fmt in g.objects(service, SD.resultFormat):
        assert str(fmt).startswith("http://www.w3.org/ns/formats/")
    dataset = g.value(service, SD.defaultDataset)
    assert (dataset, rdflib.RDF.type, SD.Dataset) in g
    assert (g.value(dataset, SD.defaultGraph), rdflib.RDF.type, SD.Graph) in g
    # every sd: term used is one the vocabulary defines
    defined = {"Service", "endpoint", "supportedLanguage", "SPARQL11Query", "SPARQL11Update", "feature",
               "UnionDefaultGraph", "defaultDataset", "Dataset", "defaultGraph", "Graph", "resultFormat"}
    used = {str(t)[len(str(SD)):] for triple in g for t in triple if str(t).startswith(str(SD))}
    assert used <= defined, used - defined


CHECKS = {"returns-rdf": _returns_rdf, "has-endpoint-triple": _has_endpoint_triple,
          "conforms-to-schema": _conforms_to_schema}


@pytest.mark.skipif(not ENTRIES, reason=f"W3C service-description manifest not found at {MANIFEST} "
                                        "(expected <repo>/../shared/w3c)")
@pytest.mark.parametrize("entry", ENTRIES or ["manifest-missing"])
def test_w3c_service_description(entry: str, client) -> None:
    CHECKS[entry](client)


def test_update_language_is_announced_only_with_a_token(make_app, store_path) -> None:
    read_only = _description(make_app(store_path).test_client())
    writable = _description(make_app(store_path, update_token="t").test_client())
    assert (None, SD.supportedLanguage, SD.SPARQL11Update) not in read_only
    assert (None, SD.supportedLanguage, SD.SPARQL11Update) in writable


def test_browser_on_bare_endpoint_is_sent_to_the_ui(client) -> None:
    resp = client.get("/sparql", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert resp.status_code == 303 and resp.headers["Location"] == "/"


def test_service_description_406(client) -> None:
    assert client.get("/sparql", headers={"Accept": "image/png"}).status_code == 406


def test_void_counts_triples_and_graphs(client) -> None:
    resp = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    g = rdflib.Graph().parse(data=resp.data, format="turtle")
    dataset = g.value(predicate=rdflib.RDF.type, object=VOID.Dataset)
    assert int(g.value(dataset, VOID.triples)) == 3
    assert int(g.value(dataset, VOID.documents)) == 1
    assert str(g.value(dataset, VOID.sparqlEndpoint)) == "http://localhost/sparql"
