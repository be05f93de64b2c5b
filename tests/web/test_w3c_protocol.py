"""The W3C SPARQL 1.1 Protocol test suite, read from its manifest, each entry one test against a fresh app.

Each manifest entry describes HTTP requests (ht:Request: method, path, headers, body and its encoding) and the
response expected (status class, and for queries the boolean or the kind of format). The requests run in order
against a fresh store loaded with the entry's ut:graphData (data1.nt … data3.nt, each into the named graph its
rdfs:label gives); every request carries the update token, so the update cases run too.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDFS

from kg import formats
from web_support import TOKEN, W3C

MANIFEST = W3C / "sparql11-protocol" / "manifest.ttl"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = rdflib.Namespace("http://www.w3.org/2011/http#")
HTS = rdflib.Namespace("http://www.w3.org/2011/http-statusCodes#")
CNT = rdflib.Namespace("http://www.w3.org/2011/content#")
UT = rdflib.Namespace("http://www.w3.org/2009/sparql/tests/test-update#")


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[int]            # allowed status classes: 2, 3, 4
    boolean: bool | None = None
    result_format: str | None = None


@dataclass
class Case:
    id: str
    name: str
    graphs: dict[str, Path] = field(default_factory=dict)
    requests: list[Request] = field(default_factory=list)


def _read_manifest() -> list[Case]:
    g = rdflib.Graph().parse(MANIFEST, format="turtle")
    manifest = next(g.subjects(rdflib.RDF.type, MF.Manifest))
    cases = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        case = Case(str(entry).rsplit("#", 1)[1], str(g.value(entry, MF.name)))
        for data in g.objects(entry, UT.graphData):
            case.graphs[str(g.value(data, RDFS.label))] = Path(str(g.value(data, UT.graph)).removeprefix("file://"))
        action = g.value(entry, MF.action)
        for req in Collection(g, g.value(action, HT.requests)):
            headers = {}
            header_list = g.value(req, HT.headers)
            if header_list is not None:
                for h in Collection(g, header_list):
                    headers[str(g.value(h, HT.fieldName))] = str(g.value(h, HT.fieldValue))
            body = None
            body_node = g.value(req, HT.body)
            if body_node is not None:
                encoding = str(g.value(body_node, CNT.characterEncoding) or "UTF-8")
                body = str(g.value(body_node, CNT.chars)).encode(encoding.lower())
            resp = g.value(req, HT.resp)
            statuses = {int(str(s).rsplit("StatusCode", 1)[1][0]) for s in g.objects(resp, MF.expectedStatus)}
            boolean = g.value(resp, MF.expectedBoolean)
            fmt = g.value(resp, MF.expectedFormat)
            case.requests.append(Request(str(g.value(req, HT.methodName)), str(g.value(req, HT.absolutePath)),
                                         headers, body, statuses,
                                         None if boolean is None else bool(boolean.toPython()),
                                         None if fmt is None else str(fmt)))
        cases.append(case)
    return cases


CASES = _read_manifest() if MANIFEST.exists() else []
SKIP = pytest.mark.skipif(not MANIFEST.exists(), reason=f"W3C protocol manifest not found at {MANIFEST} "
                                                         "(expected <repo>/../shared/w3c)")


def _boolean(resp) -> bool:
    if resp.mimetype == "application/sparql-results+json":
        return json.loads(resp.data)["boolean"]
    if resp.mimetype == "application/sparql-results+xml":
        node = ET.fromstring(resp.data).find("{http://www.w3.org/2005/sparql-results#}boolean")
        return node.text.strip() == "true"
    raise AssertionError(f"an ASK result came as {resp.mimetype}")


def _check_format(resp, expected: str) -> None:
    if expected == "boolean":
        assert resp.mimetype in ("application/sparql-results+json", "application/sparql-results+xml")
    elif expected == "tabular":
        assert formats.by_media_type(resp.mimetype, formats.RESULT_KINDS) is not None, resp.mimetype
    elif expected == "RDF":
        fmt = formats.by_media_type(resp.mimetype, formats.RDF_KINDS)
        assert fmt is not None, resp.mimetype
        (rdflib.Dataset() if fmt.kind == "dataset" else rdflib.Graph()).parse(data=resp.data, format={"ttl": "turtle", "nt": "nt", "xml": "xml", "jsonld": "json-ld",
                                                      "trig": "trig", "nq": "nquads"}[fmt.name])


@SKIP
@pytest.mark.parametrize("case", CASES or [None], ids=[c.id for c in CASES] or ["manifest-missing"])
def test_w3c_protocol(case: Case, backend_store, make_app) -> None:
    base = MANIFEST.parent
    graphs = {iri: (base / p.name).read_text() for iri, p in case.graphs.items()}
    app = make_app(backend_store(graphs or {}), update_token=TOKEN)
    client = app.test_client()
    for req in case.requests:
        headers = {k: v for k, v in req.headers.items() if k.lower() != "content-type"}
        headers["Authorization"] = f"Bearer {TOKEN}"
        resp = client.open(req.path, method=req.method, data=req.body, headers=headers,
                           content_type=req.headers.get("content-type"))
        assert resp.status_code // 100 in req.statuses, (resp.status_code, resp.data[:300])
        if req.result_format:
            _check_format(resp, req.result_format)
        if req.boolean is not None:
            assert _boolean(resp) is req.boolean
