"""Find: the search API, results page, browse page and the search box, through Flask's test client.

The data is a few hand-made article graphs in the builder's shape (asserted types and labels in article graphs
that name their source document, the threat scheme in the ontology graph), so citations can be counted."""

from __future__ import annotations

from pathlib import Path

import pytest
from flask import Flask
from web_support import make_store

from kg.store import Store
from kg.web.search import fold

KG, ID, GRAPH = "https://w3id.org/kg/ontology#", "https://w3id.org/kg/id/", "https://w3id.org/kg/graph/"
LABEL, ALT = "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#altLabel"
PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
TYPE, DERIVED = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/prov#wasDerivedFrom"


def article(doc: str, *lines: str) -> str:
    head = f'<{GRAPH}{doc}> <{DERIVED}> <{ID}doc/{doc}> .\n'
    return head + "\n".join(lines) + "\n"


def person(key: str, name: str, *aliases: str) -> str:
    out = f'<{ID}person/{key}> <{TYPE}> <{KG}Person> .\n<{ID}person/{key}> <{LABEL}> "{name}" .\n'
    return out + "".join(f'<{ID}person/{key}> <{ALT}> "{a}" .\n' for a in aliases)


SPAIN = f'<{ID}country/ES> <{TYPE}> <{KG}Country> .\n<{ID}country/ES> <{LABEL}> "Spain" .'
THREAT = "https://w3id.org/kg/threat/terrorism"
GRAPHS = {
    GRAPH + "d1": article("d1", person("jose-marti", "José Martí"), person("josefa-jones", "Josefa Jones", "Pepa"),
                          f'<{ID}mention/d1/0> <{KG}threat> <{THREAT}> .'),
    GRAPH + "d2": article("d2", person("jose-marti", "José Martí"), SPAIN),
    # an inferred graph repeats a type: it must not count as a citation
    GRAPH + "d2/inferred": f'<{ID}person/josefa-jones> <{TYPE}> <{KG}Person> .',
    GRAPH + "ontology": (f'<{THREAT}> <{TYPE}> <{KG}ThreatConcept> .\n<{THREAT}> <{PREF}> "terrorism" .\n'
                         f'<{THREAT}> <{ALT}> "terror" .\n'),
}


@pytest.fixture()
def client():
    from kg.web import network, pages, search, ui

    store = Store(None)
    store.replace_graphs(GRAPHS)
    app = Flask(__name__)
    app.extensions["kg.store"] = store
    for bp in (ui.bp, pages.bp, network.bp, search.bp):
        app.register_blueprint(bp)
    return app.test_client()


def labels(client, q: str, **args: str) -> list[str]:
    r = client.get("/search.json", query_string={"q": q, **args})
    assert r.status_code == 200
    return [h["label"] for h in r.json["results"]]


@pytest.mark.parametrize(("text", "folded"), [
    ("José Martí", "jose marti"), ("DROUÏN-Smith", "drouin smith"), ("  Ajit   Doval ", "ajit doval"),
    ("Straße", "strasse"), ("", ""),
])
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded


@pytest.mark.parametrize("q", ["jose marti", "JOSÉ", "marti", "mar jo", "Martí"])
def test_accents_case_and_word_prefixes_all_find_the_same_person(client, q: str) -> None:
    assert labels(client, q)[0] == "José Martí"


def test_ranked_by_citations_when_names_match_alike(client) -> None:
    r = client.get("/search.json", query_string={"q": "jos"}).json["results"]
    assert [h["label"] for h in r] == ["José Martí", "Josefa Jones"]  # cited in 2 articles, then in 1
    assert [h["cited"] for h in r] == [2, 1]                          # the inferred graph is no citation
    assert r[0]["href"] == "/id/person/jose-marti" and r[0]["kind"] == "person"


def test_a_whole_name_beats_a_more_cited_prefix_match(client) -> None:
    assert labels(client, "josefa jones") == ["Josefa Jones"]
    assert labels(client, "jose")[0] == "José Martí"


def test_aliases_are_found_and_said(client) -> None:
    [hit] = client.get("/search.json", query_string={"q": "pep"}).json["results"]
    assert hit["label"] == "Josefa Jones" and hit["alias"] == "Pepa"
    [threat] = client.get("/search.json", query_string={"q": "terror"}).json["results"]
    assert threat["label"] == "terrorism" and threat["kind"] == "threat" and threat["cited"] == 1


def test_type_filter_and_bad_type(client) -> None:
    assert labels(client, "s", type="country") == ["Spain"]
    assert labels(client, "jos", type="country") == []
    r = client.get("/search.json", query_string={"q": "s", "type": "planet"})
    assert r.status_code == 400 and b"planet" in r.data


def test_no_match_and_empty_query(client) -> None:
    assert labels(client, "zzz") == [] and labels(client, "") == [] and labels(client, " - ") == []


def test_browse_counts_each_type_and_lists_most_cited_first(client) -> None:
    page = client.get("/id/").get_data(as_text=True)
    assert 'data-kind="person">Persons</a>\n      <span class="count">2</span>' in page
    assert 'data-kind="country">Countries</a>\n      <span class="count">1</span>' in page
    assert 'data-kind="threat">Threats</a>\n      <span class="count">1</span>' in page
    persons = client.get("/id/?type=person").get_data(as_text=True)
    assert persons.index("José Martí") < persons.index("Josefa Jones")
    assert client.get("/id/?type=planet").status_code == 400


def test_results_page_and_search_box_on_every_page(client) -> None:
    page = client.get("/search?q=pepa").get_data(as_text=True)
    assert 'href="/id/person/josefa-jones">Josefa Jones</a>' in page and "Pepa" in page
    for url in ("/", "/graph", "/id/", "/id/person/jose-marti", "/search?q=x"):
        html = client.get(url).get_data(as_text=True)
        assert 'form class="search-box"' in html and 'data-api="/search.json"' in html, url
        assert "/assets/search.js" in html, url


def test_a_running_server_sees_articles_written_after_it_started(make_app, tmp_path: Path) -> None:
    store = make_store(tmp_path / "store", {GRAPH + "d1": GRAPHS[GRAPH + "d1"]})
    client = make_app(store).test_client()
    assert client.get("/search.json?q=spain").json["results"] == []
    with Store(store) as s:
        s.replace_graphs({GRAPH + "d2": GRAPHS[GRAPH + "d2"]})
    assert [h["label"] for h in client.get("/search.json?q=spain").json["results"]] == ["Spain"]
    assert client.get("/search.json?q=jose").json["results"][0]["cited"] == 2
