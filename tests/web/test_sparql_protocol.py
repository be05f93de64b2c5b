"""The SPARQL 1.1 Protocol at /sparql beyond the W3C suite: every format, exact headers, client quirks."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest
import rdflib
from web_support import EX_GRAPH

SELECT = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s"
CONSTRUCT = "CONSTRUCT WHERE { ?s ?p ?o }"
RDFLIB_PARSERS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/ld+json": "json-ld",
                  "application/rdf+xml": "xml", "application/trig": "trig", "application/n-quads": "nquads"}


@pytest.mark.parametrize(("accept", "content_type"), [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml; charset=utf-8"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("*/*", "application/sparql-results+json"),
])
def test_select_formats(client, accept, content_type) -> None:
    resp = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept})
    assert resp.status_code == 200
    assert resp.headers["Content-Type"] == content_type
    assert "Accept" in resp.headers["Vary"]
    body = resp.data.decode("utf-8")
    if "json" in content_type:
        rows = json.loads(body)["results"]["bindings"]
        assert [r["label"]["value"] for r in rows] == ["Alpha", "Beta <b>&amp;</b>"]
        assert rows[1]["label"]["xml:lang"] == "en"
    elif "xml" in content_type:
        ns = "{http://www.w3.org/2005/sparql-results#}"
        assert len(ET.fromstring(resp.data).findall(f"{ns}results/{ns}result")) == 2
    elif "csv" in content_type:
        rows = list(csv.reader(io.StringIO(body)))
        assert rows[0] == ["s", "label"] and rows[2][1] == "Beta <b>&amp;</b>"
    else:
        lines = body.splitlines()
        assert lines[0] == "?s\t?label" and lines[2].endswith('"Beta <b>&amp;</b>"@en')


@pytest.mark.parametrize("accept", list(RDFLIB_PARSERS))
def test_construct_formats(client, accept) -> None:
    resp = client.post("/sparql", data=CONSTRUCT, content_type="application/sparql-query", headers={"Accept": accept})
    assert resp.status_code == 200, resp.data
    assert resp.mimetype == accept
    graph = rdflib.Dataset() if accept in ("application/trig", "application/n-quads") else rdflib.Graph()
    graph.parse(data=resp.data, format=RDFLIB_PARSERS[accept])
    assert len(graph) == 3


def test_describe(client) -> None:
    resp = client.get("/sparql", query_string={"query": "DESCRIBE <https://w3id.org/kg/id/a>"})
    assert resp.status_code == 200 and resp.mimetype == "text/turtle"
    assert len(rdflib.Graph().parse(data=resp.data, format="turtle")) == 2


def test_ask_json_and_xml_not_csv(client) -> None:
    q = {"query": "ASK { ?s ?p ?o }"}
    assert json.loads(client.get("/sparql", query_string=q).data) == {"head": {}, "boolean": True}
    xml = client.get("/sparql", query_string=q, headers={"Accept": "application/sparql-results+xml"})
    assert b"<boolean>true</boolean>" in xml.data
    assert client.get("/sparql", query_string=q, headers={"Accept": "text/csv"}).status_code == 406


def test_q_values_pick_the_format(client) -> None:
    accept = "application/sparql-results+json;q=0.5, text/csv;q=0.9, */*;q=0.1"
    assert client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": accept}).mimetype == "text/csv"


def test_406_when_nothing_fits(client) -> None:
    resp = client.get("/sparql", query_string={"query": SELECT}, headers={"Accept": "image/png"})
    assert resp.status_code == 406 and b"image/png" in resp.data
    resp = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert resp.status_code == 406


@pytest.mark.parametrize(("params", "mimetype"), [
    ({"format": "json"}, "application/sparql-results+json"),
    ({"output": "xml"}, "application/sparql-results+xml"),
    ({"format": "csv"}, "text/csv"),
    ({"format": "tsv", "results": "json"}, "text/tab-separated-values"),
    ({"format": "no-such-format"}, "application/sparql-results+json"),  # unknown: ignored, Accept decides
])
def test_format_parameter(client, params, mimetype) -> None:
    resp = client.get("/sparql", query_string={"query": SELECT, **params})
    assert resp.status_code == 200 and resp.mimetype == mimetype


@pytest.mark.parametrize(("fmt", "mimetype"), [("turtle", "text/turtle"), ("xml", "application/rdf+xml"),
                                                ("json", "application/ld+json"), ("nt", "application/n-triples")])
def test_format_parameter_for_graphs(client, fmt, mimetype) -> None:
    resp = client.get("/sparql", query_string={"query": CONSTRUCT, "format": fmt})
    assert resp.status_code == 200 and resp.mimetype == mimetype


def test_sparqlwrapper_stray_parameters_are_ignored(client) -> None:
    resp = client.get("/sparql", query_string={"query": SELECT, "format": "json", "output": "json",
                                               "results": "json", "callback": "", "nonsense": "1"})
    assert resp.status_code == 200


def test_form_post_and_dataset_parameters(client) -> None:
    q = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"
    full = client.post("/sparql", data={"query": q})
    assert json.loads(full.data)["results"]["bindings"][0]["n"]["value"] == "3"
    empty = client.post("/sparql", data={"query": q, "default-graph-uri": "https://w3id.org/kg/graph/none"})
    assert json.loads(empty.data)["results"]["bindings"][0]["n"]["value"] == "0"
    named = client.post("/sparql?named-graph-uri=" + EX_GRAPH,
                        data="SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }", content_type="application/sparql-query")
    assert [b["g"]["value"] for b in json.loads(named.data)["results"]["bindings"]] == [EX_GRAPH]


def test_relative_iris_resolve_against_the_endpoint(client) -> None:
    resp = client.get("/sparql", query_string={"query": "SELECT (<x> AS ?iri) {}"})
    assert json.loads(resp.data)["results"]["bindings"][0]["iri"]["value"] == "http://localhost/x"


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_wrong_method_405(client, method) -> None:
    resp = client.open("/sparql", method=method, data="ASK {}", content_type="application/sparql-query")
    assert resp.status_code == 405 and "GET" in resp.headers["Allow"]


@pytest.mark.parametrize("content_type", [None, "text/plain", "application/json", "multipart/form-data; boundary=x"])
def test_wrong_content_type_415(client, content_type) -> None:
    resp = client.post("/sparql", data=b"ASK {}", content_type=content_type)
    assert resp.status_code == 415
    assert b"application/sparql-query" in resp.data


def test_non_utf8_charset_415_and_bad_bytes_400(client) -> None:
    resp = client.post("/sparql", data="ASK {}".encode("utf-16"), content_type="application/sparql-query; charset=UTF-16")
    assert resp.status_code == 415
    resp = client.post("/sparql", data=b"ASK { ?s ?p \"\xff\" }", content_type="application/sparql-query")
    assert resp.status_code == 400 and b"UTF-8" in resp.data


def test_two_queries_400(client) -> None:
    resp = client.get("/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert resp.status_code == 400 and b"2 'query' parameters" in resp.data


def test_query_and_update_together_400(client) -> None:
    assert client.post("/sparql", data={"query": "ASK {}", "update": "CLEAR ALL"}).status_code == 400


def test_syntax_error_is_readable(client) -> None:
    resp = client.get("/sparql", query_string={"query": "SELECT * WHERE {\n  ?s ?p ?o \n  FILTER( }"})
    assert resp.status_code == 400
    text = resp.data.decode()
    assert resp.mimetype == "text/plain"
    assert "line 3" in text and "column" in text
    assert "Traceback" not in text and len(text) < 400


def test_bad_graph_iri_400(client) -> None:
    resp = client.get("/sparql", query_string={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert resp.status_code == 400


def test_cors_on_queries(client) -> None:
    resp = client.get("/sparql", query_string={"query": "ASK {}"})
    assert resp.headers["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "https://example.org",
                                                   "Access-Control-Request-Method": "POST"})
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "Authorization" not in preflight.headers["Access-Control-Allow-Headers"]
