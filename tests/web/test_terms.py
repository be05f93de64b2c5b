"""Vocabulary pages (kg.web.terms): w3id IRIs of ontology terms, threat concepts, statuses and modalities resolve
on the server with content negotiation; /ontology/terms.json feeds the query editor's completion."""

from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from kg.config import ONTOLOGY_DIR, Settings
from kg.vocab import PREFIXES
from kg.web import close_app, create_app
from kg.web.terms import local_path
from seeds_server import build_seed_store


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = create_app(Settings(store=build_seed_store(tmp_path_factory.mktemp("terms") / "store")))
    yield app.test_client()
    close_app(app)


@pytest.mark.parametrize(("iri", "path"), [
    ("https://w3id.org/kg/ontology#Person", "/ontology#Person"),
    ("https://w3id.org/kg/ontology", "/ontology"),
    ("https://w3id.org/kg/threat/terrorism", "/threat/terrorism"),
    ("https://w3id.org/kg/status/agreed", "/status/agreed"),
    ("https://w3id.org/kg/modality/asserted", "/modality/asserted"),
    ("https://w3id.org/kg/threat/", None),
    ("https://w3id.org/kg/id/person/x", None),          # /id/ pages are kg.web.pages'
    ("https://schema.org/Person", None),
])
def test_local_path(iri, path) -> None:
    assert local_path(iri) == path


def _concepts(kind: str) -> list[str]:
    """Every concept of a scheme, from the ontology files themselves."""
    graph = ox.Store()
    for f in ONTOLOGY_DIR.glob("*.ttl"):
        graph.load(path=str(f), format=ox.RdfFormat.TURTLE)
    return [r["c"].value for r in graph.query(f"SELECT ?c WHERE {{ ?c a <https://w3id.org/kg/ontology#{kind}> }}")]


@pytest.mark.parametrize("kind", ["ThreatConcept", "AgreementStatus", "Modality"])
def test_every_concept_has_a_page_and_turtle(client, kind) -> None:
    concepts = _concepts(kind)
    assert concepts
    for iri in concepts:
        html = client.get(local_path(iri), headers={"Accept": "text/html"})
        assert html.status_code == 200 and html.mimetype == "text/html"
        ttl = client.get(local_path(iri), headers={"Accept": "text/turtle"})
        assert ttl.mimetype == "text/turtle"
        subjects = {t.subject.value for t in ox.parse(ttl.data, format=ox.RdfFormat.TURTLE)}
        assert iri in subjects
        ld = client.get(local_path(iri), headers={"Accept": "application/ld+json"})
        assert ld.mimetype == "application/ld+json" and iri in ld.get_data(as_text=True)


def test_ontology_page_lists_every_class_and_negotiates(client) -> None:
    html = client.get("/ontology").get_data(as_text=True)
    graph = ox.Store()
    graph.load(path=str(ONTOLOGY_DIR / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    classes = [r["c"].value for r in graph.query(
        "SELECT ?c WHERE { ?c a <http://www.w3.org/2002/07/owl#Class> FILTER(STRSTARTS(STR(?c), 'https://w3id.org/kg/ontology#')) }")]
    assert classes
    for c in classes:
        assert f'id="{c.rsplit("#", 1)[1]}"' in html
    ttl = client.get("/ontology", headers={"Accept": "text/turtle"})
    got = {t.subject.value for t in ox.parse(ttl.data, format=ox.RdfFormat.TURTLE)}
    assert set(classes) <= got
    assert client.get("/ontology", headers={"Accept": "image/png"}).status_code == 406
    assert client.get("/threat/no-such-threat").status_code == 404


def test_terms_json_is_local_and_uses_the_project_prefixes(client) -> None:
    data = json.loads(client.get("/ontology/terms.json").data)
    assert data["prefixes"] == PREFIXES and data["prefixes"]["schema"] == "https://schema.org/"
    assert "https://w3id.org/kg/ontology#Person" in data["classes"]
    assert "https://w3id.org/kg/ontology#nationality" in data["properties"]
    assert "https://schema.org/startDate" in data["properties"]     # reused terms the SHACL contract names
    assert not any(t.startswith("http://www.w3.org/2001/XMLSchema#") for t in data["classes"])


def test_pages_link_terms_locally(client) -> None:
    html = client.get("/id/person/ajit-doval").get_data(as_text=True)
    assert 'href="/ontology#Person"' in html
    assert "https://w3id.org/kg/ontology#Person\">" not in html.replace('title="https://w3id.org/kg/ontology#Person"', "")
