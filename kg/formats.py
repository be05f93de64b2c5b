"""The one table of serialization formats: names, media types, pyoxigraph formats, file extensions.

It drives the web layer's content negotiation and ``format=`` parameter, and the CLI's ``kg export --format``
and ``kg query --format`` choices. No Flask here: the CLI imports it.

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

from collections.abc import Iterable
from dataclasses import dataclass

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
