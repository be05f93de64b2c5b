"""The one table of serialization formats: names, media types, pyoxigraph formats, file extensions.

It drives the web layer's content negotiation and ``format=`` parameter, and the CLI's ``kg export --format``
and ``kg query --format`` choices. No Flask here: the CLI imports it.

It also serializes query results under a row cap (``solutions_body``, ``triples_body``).

Three kinds of format:

* ``results``: SPARQL query results (SELECT, ASK);
* ``graph``: triples (CONSTRUCT, DESCRIBE, the service description, a single-graph export);
* ``dataset``: quads (a whole-store export; CONSTRUCT results put in the default graph).

Names are unique within a kind (``xml`` is SPARQL/XML results among results and RDF/XML among RDF formats).

>>> by_name("ttl", RDF_KINDS).content_type
'text/turtle; charset=utf-8'
>>> by_name("json", ("results",)).media_types[0]
'application/sparql-results+json'
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import islice

import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    name: str                       # the short name the CLI and ``format=`` use
    kind: str                       # "results" | "graph" | "dataset"
    media_types: tuple[str, ...]    # the first is canonical; the others are accepted in Accept headers
    content_type: str               # the exact Content-Type header sent
    extension: str                  # file extension, no dot
    ox: ox.RdfFormat | ox.QueryResultsFormat
    aliases: tuple[str, ...] = ()   # other names accepted by ``format=``/``output=`` and the CLI
    label: str = ""

    @property
    def w3c_iri(self) -> str:
        """The format's IRI under http://www.w3.org/ns/formats/ (used by the service description)."""
        return "http://www.w3.org/ns/formats/" + _W3C[(self.kind, self.name)]


_W3C = {("results", "json"): "SPARQL_Results_JSON", ("results", "xml"): "SPARQL_Results_XML",
        ("results", "csv"): "SPARQL_Results_CSV", ("results", "tsv"): "SPARQL_Results_TSV",
        ("graph", "ttl"): "Turtle", ("graph", "nt"): "N-Triples", ("graph", "jsonld"): "JSON-LD",
        ("graph", "xml"): "RDF_XML", ("dataset", "trig"): "TriG", ("dataset", "nq"): "N-Quads"}


FORMATS: tuple[Format, ...] = (
    # SPARQL query results
    Format("json", "results", ("application/sparql-results+json", "application/json"),
           "application/sparql-results+json", "srj", ox.QueryResultsFormat.JSON, ("srj",), "SPARQL JSON"),
    Format("xml", "results", ("application/sparql-results+xml", "application/xml", "text/xml"),
           "application/sparql-results+xml; charset=utf-8", "srx", ox.QueryResultsFormat.XML, ("srx",),
           "SPARQL XML"),
    Format("csv", "results", ("text/csv",), "text/csv; charset=utf-8", "csv", ox.QueryResultsFormat.CSV, (),
           "CSV"),
    Format("tsv", "results", ("text/tab-separated-values",), "text/tab-separated-values; charset=utf-8", "tsv",
           ox.QueryResultsFormat.TSV, (), "TSV"),
    # RDF: triples
    Format("ttl", "graph", ("text/turtle", "application/x-turtle"), "text/turtle; charset=utf-8", "ttl",
           ox.RdfFormat.TURTLE, ("turtle",), "Turtle"),
    Format("nt", "graph", ("application/n-triples", "text/plain"), "application/n-triples", "nt",
           ox.RdfFormat.N_TRIPLES, ("ntriples", "n-triples"), "N-Triples"),
    Format("jsonld", "graph", ("application/ld+json",), "application/ld+json", "jsonld", ox.RdfFormat.JSON_LD,
           ("json-ld", "json"), "JSON-LD"),
    Format("xml", "graph", ("application/rdf+xml", "application/xml", "text/xml"),
           "application/rdf+xml; charset=utf-8", "rdf", ox.RdfFormat.RDF_XML, ("rdfxml", "rdf", "rdf+xml"),
           "RDF/XML"),
    # RDF: quads
    Format("trig", "dataset", ("application/trig",), "application/trig", "trig", ox.RdfFormat.TRIG, (),
           "TriG"),
    Format("nq", "dataset", ("application/n-quads",), "application/n-quads", "nq", ox.RdfFormat.N_QUADS,
           ("nquads", "n-quads"), "N-Quads"),
)

TRUNCATED_IRI = "https://w3id.org/kg/ontology#truncated"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RESULT_KINDS = ("results",)
RDF_KINDS = ("graph", "dataset")


def of_kind(kinds: Iterable[str]) -> list[Format]:
    wanted = set(kinds)
    return [f for f in FORMATS if f.kind in wanted]


def names(kinds: Iterable[str]) -> list[str]:
    """Short names for a CLI choice list, e.g. ``names(RDF_KINDS)`` → ttl, nt, jsonld, xml, trig, nq."""
    return [f.name for f in of_kind(kinds)]


def by_name(name: str, kinds: Iterable[str]) -> Format:
    """The format called ``name`` (or one of its aliases, or one of its media types) among ``kinds``."""
    key = name.strip().lower()
    candidates = of_kind(kinds)
    for fmt in candidates:
        if key == fmt.name or key in fmt.aliases:
            return fmt
    for fmt in candidates:
        if key in fmt.media_types:
            return fmt
    raise KeyError(f"unknown format {name!r}; expected one of {', '.join(f.name for f in candidates)}")


def by_media_type(media_type: str, kinds: Iterable[str]) -> Format | None:
    key = media_type.split(";", 1)[0].strip().lower()
    for fmt in of_kind(kinds):
        if key in fmt.media_types:
            return fmt
    return None


# -- serializing capped results (used by the endpoint's query processes; usable by `kg query`) ---------------
def _term_json(term: object) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        return {"type": "triple", "value": {"subject": _term_json(term.subject),
                                            "predicate": _term_json(term.predicate),
                                            "object": _term_json(term.object)}}
    raise TypeError(f"unexpected term {term!r}")


def solutions_body(result: ox.QuerySolutions, fmt: Format, *, max_rows: int) -> tuple[bytes, bool, int]:
    """At most ``max_rows`` solutions in ``fmt`` → (body, truncated, rows), with a truncation marker where the
    format has room for one (JSON: a ``kg:truncated`` key and a ``head.link``; XML: a ``<link>``).

    pyoxigraph serializes whole result iterators only, so the capped rows go through SPARQL JSON (a term
    mapping, no escaping of our own) and pyoxigraph's parse_query_results → serialize for the other formats.
    """
    variables = [v.value for v in result.variables]
    rows = list(islice(result, max_rows + 1))
    truncated = len(rows) > max_rows
    rows = rows[:max_rows]
    bindings = []
    for solution in rows:
        binding = {}
        for name in variables:
            term = solution[name]
            if term is not None:
                binding[name] = _term_json(term)
        bindings.append(binding)
    doc: dict = {"head": {"vars": variables}, "results": {"bindings": bindings}}
    if fmt.ox == ox.QueryResultsFormat.JSON:
        if truncated:
            doc["head"]["link"] = [TRUNCATED_IRI]
            doc["kg:truncated"] = {"rows": max_rows, "reason": f"row cap of {max_rows} reached; more rows exist"}
        return json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), truncated, len(rows)
    data = json.dumps(doc, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    body = ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON).serialize(format=fmt.ox)
    if truncated and fmt.ox == ox.QueryResultsFormat.XML:
        body = body.replace(b"</head>", f'<link href="{TRUNCATED_IRI}"/></head>'.encode(), 1)
    return body, truncated, len(rows)


def triples_body(result: ox.QueryTriples, fmt: Format, *, max_rows: int) -> tuple[bytes, bool, int]:
    """At most ``max_rows`` triples in ``fmt`` (quads in the default graph for N-Quads/TriG) → (body, truncated,
    count), with a ``#`` comment (Turtle, N-Triples, N-Quads, TriG) or an XML comment marking a truncation."""
    triples = list(islice(result, max_rows + 1))
    truncated = len(triples) > max_rows
    triples = triples[:max_rows]
    items: list = triples
    if fmt.kind == "dataset":
        items = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
    body = ox.serialize(items, format=fmt.ox) or b""
    if truncated:
        note = f"kg:truncated: row cap of {max_rows} triples reached; more triples exist"
        if fmt.ox in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
            body = f"# {note}\n".encode() + body
        elif fmt.ox == ox.RdfFormat.RDF_XML and body.startswith(b"<?xml"):
            end = body.index(b"?>") + 2
            body = body[:end] + f"\n<!-- {note} -->".encode() + body[end:]
    return body, truncated, len(triples)
