"""What goes over the wire to a SPARQL server and back: Virtuoso's answers made standard, bindings written in as
VALUES, the server's errors turned into one readable line."""

from __future__ import annotations

import json
import re

import pyoxigraph as ox
import requests

from kg.errors import QueryError, StoreError


def by_graph(nquads: bytes) -> dict[str, list[ox.Triple]]:
    out: dict[str, list[ox.Triple]] = {}
    for q in ox.parse(nquads, format=ox.RdfFormat.N_QUADS):
        g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else ""
        out.setdefault(g, []).append(ox.Triple(q.subject, q.predicate, q.object))
    return out


def result_kind(result: object) -> str:
    if isinstance(result, ox.QueryTriples):
        return "triples"
    return "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"


_STRINGS = re.compile(r"'''.*?'''|\"\"\".*?\"\"\"|'(?:[^'\\\n]|\\.)*'|\"(?:[^\"\\\n]|\\.)*\"", re.S)
_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")


def with_values(sparql: str, bindings: dict[str, ox.NamedNode | ox.Literal]) -> str:
    """``sparql`` with its variables pre-bound, as the embedded store's ``substitutions`` do: a VALUES block at the
    start of every WHERE group (the query's and each sub-select's, which must project the variable, as they do
    for pyoxigraph), found outside strings, IRIs and comments; without WHERE, the first group that is not a
    CONSTRUCT template."""
    names = list(bindings)
    values = f" VALUES ({' '.join('?' + v for v in names)}) {{ ({' '.join(str(bindings[v]) for v in names)}) }} "
    spots: list[int] = []
    first: int | None = None
    i, n, last_word, template = 0, len(sparql), "", False
    while i < n:
        ch = sparql[i]
        if ch == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j + 1
        elif ch in "'\"":
            m = _STRINGS.match(sparql, i)
            i, last_word = (m.end() if m else i + 1), ""
        elif ch == "<":
            m = _IRIREF.match(sparql, i)
            i, last_word = (m.end() if m else i + 1), ""
        elif ch.isalpha():
            m = re.compile(r"[A-Za-z_]+").match(sparql, i)
            word = m.group(0).upper()  # type: ignore[union-attr]
            prefixed = i > 0 and sparql[i - 1] in "?$:_"
            last_word = "" if prefixed else word
            i = m.end()  # type: ignore[union-attr]
        elif ch == "{":
            if last_word == "WHERE":
                spots.append(i)
            elif first is None and last_word == "CONSTRUCT":
                template = True
            elif first is None and not template:
                first = i
            last_word, i = "", i + 1
        elif ch == "}" and template:
            template, last_word, i = False, "", i + 1
        else:
            if not ch.isspace():
                last_word = ""
            i += 1
    spots = spots or ([first] if first is not None else [])
    if not spots:
        raise QueryError("a query with bindings needs a { group }")
    for at in sorted(spots, reverse=True):
        sparql = sparql[: at + 1] + values + sparql[at + 1:]
    return sparql


def normalise_results(body: bytes) -> bytes:
    """Virtuoso's JSON results, made standard: xsd:boolean as true/false, blank node labels that parse."""
    data = json.loads(body)
    for row in data.get("results", {}).get("bindings", []):
        for term in row.values():
            _fix_term(term)
    return json.dumps(data).encode("utf-8")


_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean"


def _fix_term(term: dict) -> None:
    if term.get("datatype") == _BOOLEAN and term.get("value") in ("1", "0"):
        term["value"] = "true" if term["value"] == "1" else "false"
    elif term.get("type") == "bnode":
        term["value"] = re.sub(r"[^A-Za-z0-9]", "", term["value"].removeprefix("nodeID://")) or "b"


_NT_BOOLEAN = re.compile(rb'"([01])"\^\^<http://www\.w3\.org/2001/XMLSchema#boolean>')
_NT_BNODE = re.compile(rb"<nodeID://([A-Za-z0-9]+)>|_:nodeID://([A-Za-z0-9]+)")


def fix_ntriples(body: bytes) -> bytes:
    body = _NT_BOOLEAN.sub(lambda m: b'"' + (b"true" if m.group(1) == b"1" else b"false") + b'"^^<'
                           + _BOOLEAN.encode() + b">", body)
    return _NT_BNODE.sub(lambda m: b"_:" + (m.group(1) or m.group(2)), body)


def as_query_triples(body: bytes) -> ox.QueryTriples:
    """The server's CONSTRUCT/DESCRIBE answer as the embedded store's own result type (a one-off memory store)."""
    scratch = ox.Store()
    scratch.load(fix_ntriples(body), format=ox.RdfFormat.N_TRIPLES)
    return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")  # type: ignore[return-value]


def raise_for_query(response: requests.Response, where: str) -> None:
    if response.status_code == 400:
        raise QueryError(f"SPARQL query refused by the server: {server_says(response)}")
    if response.status_code >= 400:
        raise StoreError(f"{where}: the SPARQL server failed the query (HTTP {response.status_code}): "
                         f"{server_says(response)}")


def server_says(response: requests.Response) -> str:
    text = " ".join(response.text.split())
    return (text[:300] + " …") if len(text) > 300 else (text or f"HTTP {response.status_code}")


def reason(exc: Exception) -> str:
    text = str(exc)
    m = re.search(r"\[Errno -?\d+\] ([^')]+)", text)
    return m.group(1) if m else text.splitlines()[0][:200]
