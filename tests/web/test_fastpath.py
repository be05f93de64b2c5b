"""Issue 11, item 4: plain lookups answered before Flask (kg.web.fastpath) get exactly the answer Flask's path
gives — status, body and headers — and every other request still goes through Flask. Two servers on one store,
the layer on and off (KG_FAST_LOOKUP=0), receive the same requests."""

from __future__ import annotations

import pytest
import requests
from web_support import make_store, start_server, stop_server
from werkzeug.test import EnvironBuilder
from werkzeug.wrappers import Request

from kg.web.fastpath import _base_url

pytestmark = pytest.mark.server

LOOKUP = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?label WHERE { GRAPH ?g { <https://w3id.org/kg/id/b> rdfs:label ?label } } LIMIT 1")
STAR = "SELECT * { <https://w3id.org/kg/id/a> ?p ?o }"   # no LIMIT: the row-capped writer
ASK = "ASK { <https://w3id.org/kg/id/a> <https://w3id.org/kg/ontology#meets> <https://w3id.org/kg/id/b> }"
AMP = 'SELECT ?s { <https://w3id.org/kg/id/b> ?p "a&b=c" }'  # & and = inside the value: still one field
BAD_PREFIX = "SELECT * { ex:a ?p ?o }"  # short by the grammar, refused by Oxigraph: an error from the inline path

FORM = "application/x-www-form-urlencoded"

# (name, method, body or params, headers, answered by the fast layer?)
CASES = [
    ("form, JSON", "POST", {"query": LOOKUP}, {"Accept": "application/sparql-results+json"}, True),
    ("form, no Accept", "POST", {"query": STAR}, {}, True),
    ("GET, XML", "GET", {"query": LOOKUP}, {"Accept": "application/sparql-results+xml"}, True),
    ("sparql-query body, CSV", "POST", LOOKUP.encode(), {"Content-Type": "application/sparql-query; charset=UTF-8",
                                                        "Accept": "text/csv"}, True),
    ("ASK, TSV or JSON", "POST", {"query": ASK}, {"Accept": "text/tab-separated-values, */*;q=0.1"}, True),
    ("& in a literal", "POST", {"query": AMP}, {}, True),
    ("engine error", "POST", {"query": BAD_PREFIX}, {}, True),
    ("ASK, only TSV: 406", "POST", {"query": ASK}, {"Accept": "text/tab-separated-values"}, False),
    ("a second parameter", "POST", {"query": LOOKUP, "format": "xml"}, {}, False),
    ("a timeout header", "POST", {"query": LOOKUP}, {"X-KG-Timeout": "5"}, False),
    ("not short", "POST", {"query": "SELECT * { ?s ?p ?o }"}, {}, False),
    ("SERVICE", "POST", {"query": "SELECT * { SERVICE <http://x> { <http://x> ?p ?o } }"}, {}, False),
    ("malformed UTF-8", "POST", b"query=%FF", {"Content-Type": FORM}, False),
    ("latin-1 charset", "POST", {"query": LOOKUP}, {"Content-Type": f"{FORM}; charset=latin-1"}, False),
    ("URL over the limit", "GET", {"query": LOOKUP + " " * 17_000}, {}, False),
]

VOLATILE = {"date", "server-timing", "connection", "keep-alive"}


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    store = make_store(tmp_path_factory.mktemp("fast") / "store")
    with pytest.MonkeyPatch.context() as mp:
        mp.delenv("KG_FAST_LOOKUP", raising=False)
        fast = start_server(store, workers=1)
        mp.setenv("KG_FAST_LOOKUP", "0")
        try:
            flask = start_server(store, workers=1)
        except BaseException:
            stop_server(fast.process)
            raise
    yield fast, flask
    stop_server(fast.process)
    stop_server(flask.process)


def _send(endpoint: str, method: str, payload, headers: dict) -> requests.Response:
    if method == "GET":
        return requests.get(endpoint, params=payload, headers=headers, timeout=30)
    return requests.post(endpoint, data=payload, headers=headers, timeout=30)


@pytest.mark.parametrize("name,method,payload,headers,fast", CASES, ids=[c[0] for c in CASES])
def test_the_fast_layer_answers_exactly_as_flask_does(servers, name, method, payload, headers, fast):
    on, off = servers
    a, b = _send(on.endpoint, method, payload, headers), _send(off.endpoint, method, payload, headers)
    assert (a.status_code, a.content) == (b.status_code, b.content)
    same = lambda r: {k.lower(): v for k, v in r.headers.items() if k.lower() not in VOLATILE}  # noqa: E731
    assert same(a) == same(b)
    assert ('path;desc="fast"' in a.headers.get("Server-Timing", "")) is fast
    assert 'path;desc="fast"' not in b.headers.get("Server-Timing", "")
    if fast and a.status_code == 200:
        assert 'query;desc="inline"' in a.headers["Server-Timing"]


def test_the_answers_are_the_lookups_results(servers):
    on, _ = servers
    r = requests.post(on.endpoint, data={"query": LOOKUP}, headers={"Accept": "application/sparql-results+json"},
                      timeout=30)
    assert [b["label"]["value"] for b in r.json()["results"]["bindings"]] == ["Beta <b>&amp;</b>"]
    assert r.headers["X-KG-Truncated"] == "false" and r.headers["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize("host,scheme,path", [
    ("127.0.0.1:8000", "http", "/sparql"),
    ("example.org", "https", "/sparql/"),
    ("[::1]:8080", "http", "/sparql"),
    ("EXAMPLE.org:443", "https", "/sparql"),
])
def test_the_base_iri_is_flasks_request_base_url(host, scheme, path):
    environ = EnvironBuilder(path=path, base_url=f"{scheme}://{host}").get_environ()
    assert _base_url(scheme, environ.get("HTTP_HOST"), environ["SERVER_NAME"], environ["SERVER_PORT"],
                     path) == Request(environ).base_url


def test_a_hostile_host_header_cannot_reach_the_query_text():
    """werkzeug drops a Host that is no host name; what is left is Flask's base URL, with nothing smuggled."""
    environ = EnvironBuilder(path="/sparql").get_environ()
    environ["HTTP_HOST"] = "evil> } SERVICE <http://x"
    base = _base_url("http", environ["HTTP_HOST"], environ["SERVER_NAME"], environ["SERVER_PORT"], "/sparql")
    assert base == Request(environ).base_url and not set(base) & set("<> {}")
